"""Forecasts and the backtest: baselines behave as defined, the learned model is used only when it wins."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from crm_core.catalog import Catalog
from crm_core.errors import InvalidInput
from crm_core.triggers import forecast as fc
from crm_core.triggers.inventory import load_inventory
from crm_core.triggers.risk import assess, trigger_config
from crm_core.triggers.sample import generate_sample

WEEK = [3.0, 4.0, 5.0, 6.0, 7.0, 12.0, 10.0]


def weekly_series(weeks: int = 12) -> dict[str, pd.Series]:
    index = pd.date_range("2026-09-07", periods=7 * weeks, freq="D")  # starts on a Monday
    return {"A": pd.Series(WEEK * weeks, index=index)}


def test_seasonal_naive_repeats_last_week_and_naive_repeats_last_day() -> None:
    sales = weekly_series()
    origin = sales["A"].index[-1]
    assert list(fc.seasonal_naive(sales, origin, 10)["A"]) == WEEK + WEEK[:3]
    assert list(fc.naive(sales, origin, 3)["A"]) == [10.0, 10.0, 10.0]
    assert fc.seasonal_naive(sales, origin, 3)["A"].index[0] == origin + pd.Timedelta(days=1)


def test_the_backtest_scores_a_perfect_weekly_pattern_at_zero_for_seasonal_naive_only() -> None:
    sales = weekly_series()
    origins = fc.rolling_origins(sales["A"].index[-1], 14, 2)
    scores = {
        s.model: s for s in fc.backtest(sales, {"naive": fc.naive, "seasonal_naive": fc.seasonal_naive}, 14, origins)
    }
    assert scores["seasonal_naive"].wape == 0.0
    assert scores["naive"].wape > 20
    assert scores["seasonal_naive"].points == 28


def test_the_learned_model_is_chosen_only_when_it_beats_seasonal_naive() -> None:
    def score(model: str, wape: float) -> fc.BacktestScore:
        return fc.BacktestScore(model, wape, wape, 3, 100)

    assert fc.choose_model([score("seasonal_naive", 30.0), score("gradient_boosting", 25.0)]) == "gradient_boosting"
    assert fc.choose_model([score("seasonal_naive", 30.0), score("gradient_boosting", 30.0)]) == "seasonal_naive"
    assert fc.choose_model([score("seasonal_naive", 30.0), score("gradient_boosting", 41.0)]) == "seasonal_naive"


def test_gradient_boosting_beats_the_baselines_on_the_sample_and_is_used(catalog: Catalog) -> None:
    inventory = load_inventory(generate_sample(days=200).astype(str), catalog.products_by_id)
    result = assess(inventory, date(2026, 11, 30), trigger_config(backtest_origins=2))
    wape = {s.model: s.wape for s in result.scores}
    assert set(wape) == set(fc.MODELS)
    assert wape["gradient_boosting"] < wape["seasonal_naive"]
    assert result.model == "gradient_boosting"
    assert all(len(r.forecast) == 14 and min(r.forecast) >= 0 for r in result.risks)


def test_a_zero_horizon_backtest_is_refused() -> None:
    with pytest.raises(InvalidInput, match=r"^horizon:"):
        fc.backtest(weekly_series(), {"naive": fc.naive}, 0, [])


def test_the_sample_year_has_weekly_and_seasonal_shape() -> None:
    table = generate_sample()
    table["date"] = pd.to_datetime(table["date"])
    weekend = table[table["date"].dt.day_of_week >= 5]["units_sold"].mean()
    weekday = table[table["date"].dt.day_of_week < 5]["units_sold"].mean()
    assert weekend > weekday * 1.15
    sun = table[table["product_id"] == "INF-008"].set_index("date")["units_sold"]
    assert sun["2026-07"].mean() > 2 * sun["2026-01"].mean()
    assert np.array_equal(generate_sample()["units_sold"], table["units_sold"])  # seeded: same data every time


def test_gradient_boosting_learns_a_weekly_pattern_with_no_promotion_history() -> None:
    sales = weekly_series(weeks=16)
    origin = sales["A"].index[-1]
    actual = pd.Series(WEEK, index=fc.future_index(origin, 7))
    learned = float((fc.GradientBoosting({})(sales, origin, 7)["A"] - actual).abs().sum())
    flat = float((fc.moving_average(sales, origin, 7)["A"] - actual).abs().sum())
    assert learned < flat / 3  # it follows the weekdays instead of averaging them away
