"""Stock risk: the ratio is the stock left after the expected sales, and the kind says what drove it."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
import pytest

from crm_core.catalog import Catalog
from crm_core.triggers.inventory import load_inventory
from crm_core.triggers.risk import assess, trigger_config

DAY = date(2026, 11, 30)


def steady(pid: str, stock: int, expiry: date | None = None, per_day: int = 10, days: int = 70) -> list[dict]:  # type: ignore[type-arg]
    """A product that sells exactly `per_day` every day, restocked daily by as much, so `stock` stays on hand."""
    start = DAY - timedelta(days=days - 1)
    expiry_text = expiry.isoformat() if expiry else ""
    return [
        {"product_id": pid, "date": (start + timedelta(days=k)).isoformat(), "units_sold": str(per_day),
         "stock_on_hand": str(stock), "received": str(per_day), "expiry_date": expiry_text, "promo": "0"}
        for k in range(days)
    ]  # fmt: skip


@pytest.fixture()
def result(catalog: Catalog):  # type: ignore[no-untyped-def]
    rows = [
        *steady("LNG-001", 400),  # 28 days sell 280: 30 % left → overstock (40 days of cover)
        *steady("LNG-006", 400, expiry=DAY + timedelta(days=7)),  # 70 sell before expiry: 82.5 % → short-dated
        *steady("INF-003", 250),  # everything sells within 28 days → no trigger
        *steady("SWS-001", 1000, per_day=5),  # 200 days of cover → slow mover
        *steady("INF-008", 305),  # 280 of 305 sell: 8.2 % left, under 12 % → no trigger
    ]
    inventory = load_inventory(pd.DataFrame(rows), catalog.products_by_id)
    return assess(inventory, DAY, trigger_config(backtest_origins=1))


def test_the_risk_ratio_is_the_stock_left_after_expected_sales(result) -> None:  # type: ignore[no-untyped-def]
    risks = {r.product_id: r for r in result.risks}
    assert result.model == "seasonal_naive"  # constant demand: nothing beats repeating last week
    assert risks["LNG-001"].expected_sales == pytest.approx(280)
    assert risks["LNG-001"].excess_pct == pytest.approx(30.0)
    assert risks["LNG-006"].expiry_pct == pytest.approx(82.5)
    assert risks["INF-008"].risk_pct == pytest.approx(25 / 305 * 100)
    assert risks["INF-003"].risk_pct == 0.0


def test_the_kind_names_what_drove_the_trigger(result) -> None:  # type: ignore[no-untyped-def]
    kinds = {r.product_id: r.kind for r in result.risks}
    assert kinds == {
        "LNG-001": "overstock", "LNG-006": "short_dated", "INF-003": None, "SWS-001": "slow_mover", "INF-008": None,
    }  # fmt: skip
    why = next(r for r in result.risks if r.product_id == "LNG-006").why()
    assert (why["stock"], why["days_to_expiry"], why["risk_pct"]) == (400, 7, 82.5)
    assert why["forecast"] == [10.0] * 14


def test_a_higher_threshold_triggers_fewer_products(catalog: Catalog) -> None:
    rows = [*steady("LNG-001", 400), *steady("LNG-006", 400, expiry=DAY + timedelta(days=7))]
    inventory = load_inventory(pd.DataFrame(rows), catalog.products_by_id)
    high = assess(inventory, DAY, trigger_config(threshold_pct=50, backtest_origins=1))
    assert [r.product_id for r in high.triggered] == ["LNG-006"]
