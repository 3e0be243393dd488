"""A seeded generator of a year of daily sales and stock for a dozen catalog products.

Demand = base level × weekly shape × season (sunscreen peaks in summer, rich creams in
winter) × promotion lift, drawn from a Poisson; stock follows a reorder-point policy. A few
products end the year in trouble on purpose (a late oversized delivery, stock close to its
expiry date) so the sample has something for the triggers to find.

    python -m crm_core.triggers.sample --out data/sample_inventory.csv
"""

from __future__ import annotations

import argparse
import math
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

SAMPLE_INVENTORY = Path(__file__).resolve().parents[2] / "data" / "sample_inventory.csv"
WEEKLY = (0.9, 0.85, 0.9, 0.95, 1.1, 1.3, 1.2)  # Monday … Sunday


@dataclass(frozen=True)
class SampleProduct:
    """How one product sells and what goes wrong with its stock at the end of the year."""

    product_id: str
    base: float
    season: str = "flat"  # flat | summer | winter
    late_delivery: int = 0  # units received 5 days before the end
    shelf_days: int | None = None  # expiry = last receipt + shelf_days when given


SAMPLE_PRODUCTS = (
    SampleProduct("SWS-001", 6, "winter"),
    SampleProduct("SWS-008", 9, "summer", late_delivery=600),
    SampleProduct("LNG-001", 22, "winter"),
    SampleProduct("LNG-006", 14, "flat", shelf_days=40),
    SampleProduct("LNG-011", 18, "summer", late_delivery=900),
    SampleProduct("LNG-012", 25, "winter"),
    SampleProduct("INF-003", 30, "flat"),
    SampleProduct("INF-008", 20, "summer"),
    SampleProduct("INF-011", 12, "flat", late_delivery=500, shelf_days=30),
    SampleProduct("AST-001", 16, "winter"),
    SampleProduct("ETD-001", 19, "flat"),
    SampleProduct("HRA-001", 8, "flat"),
)


def season_factor(kind: str, day: date) -> float:
    """A smooth yearly curve: 1.0 on average, peak in July (summer) or January (winter)."""
    angle = 2 * math.pi * (day.timetuple().tm_yday - 196) / 365.25
    if kind == "summer":
        return 1 + 0.6 * math.cos(angle)
    if kind == "winter":
        return 1 - 0.4 * math.cos(angle)
    return 1.0


def simulate(product: SampleProduct, start: date, days: int, rng: np.random.Generator) -> list[dict[str, object]]:
    """Daily rows for one product: demand, sales capped by stock, receipts from the reorder policy."""
    reorder_point, order_qty = product.base * 10, int(product.base * 30)
    stock, pending, expiry = int(product.base * 30), 0, None
    rows: list[dict[str, object]] = []
    for offset in range(days):
        day = start + timedelta(days=offset)
        received = pending
        pending = 0
        if offset == days - 5 and product.late_delivery:
            received += product.late_delivery
        if received and product.shelf_days is not None:
            expiry = day + timedelta(days=product.shelf_days)
        stock += received
        promo = int(rng.random() < 0.05)
        mean = product.base * WEEKLY[day.weekday()] * season_factor(product.season, day) * (1.8 if promo else 1.0)
        sold = min(stock, int(rng.poisson(mean)))
        stock -= sold
        if stock < reorder_point and offset < days - 10:
            pending = order_qty
        rows.append({
            "product_id": product.product_id,
            "date": day.isoformat(),
            "units_sold": sold,
            "stock_on_hand": stock,
            "received": received,
            "expiry_date": expiry.isoformat() if expiry else "",
            "promo": promo,
        })  # fmt: skip
    return rows


def generate_sample(end: date = date(2026, 11, 30), days: int = 365, seed: int = 16) -> pd.DataFrame:
    """The sample table, ending on `end` (inclusive)."""
    rng = np.random.default_rng(seed)
    start = end - timedelta(days=days - 1)
    rows = [row for product in SAMPLE_PRODUCTS for row in simulate(product, start, days, rng)]
    return pd.DataFrame(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the seeded sample inventory CSV")
    parser.add_argument("--out", type=Path, default=SAMPLE_INVENTORY)
    parser.add_argument("--end", type=date.fromisoformat, default=date(2026, 11, 30))
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args(argv)
    generate_sample(args.end, args.days, args.seed).to_csv(args.out, index=False)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
