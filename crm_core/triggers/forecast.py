"""Daily demand forecasts per product: two baselines, a moving average and gradient boosting.

All models forecast `horizon` days after an origin date from the history up to that date.
The gradient-boosting model is one global model over every product (demand scaled by each
product's recent level) with calendar, promotion and lag features; its lags are at least
`horizon` days old, so it forecasts the whole horizon directly with no recursion. Future
promotions are unknown and taken as none. `backtest` scores models by rolling origins, and
`choose_model` keeps the learned model only when it beats seasonal-naive there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from threadpoolctl import threadpool_limits

from crm_core.errors import InvalidInput

MODELS = ("naive", "seasonal_naive", "moving_average", "gradient_boosting")
BASELINE = "seasonal_naive"
SEASON = 7
AVERAGE_WINDOW = 28
MIN_HISTORY = 56

Series = dict[str, pd.Series]  # product id → daily units sold, indexed by date
Forecaster = Callable[[Series, pd.Timestamp, int], Series]


def check_horizon(horizon: int) -> int:
    """The horizon in days; refuses zero or negative values."""
    if not isinstance(horizon, int) or horizon <= 0:
        raise InvalidInput("horizon", f"must be a whole number of days ≥ 1, got {horizon!r}")
    return horizon


def future_index(origin: pd.Timestamp, horizon: int) -> pd.DatetimeIndex:
    return pd.date_range(origin + pd.Timedelta(days=1), periods=horizon, freq="D")


def naive(history: Series, origin: pd.Timestamp, horizon: int) -> Series:
    """Tomorrow and every later day sell what the origin day sold."""
    return {pid: pd.Series(float(s.iloc[-1]), index=future_index(origin, horizon)) for pid, s in history.items()}


def seasonal_naive(history: Series, origin: pd.Timestamp, horizon: int) -> Series:
    """Each day sells what the same weekday sold in the last week."""
    out = {}
    for pid, s in history.items():
        last_week = s.iloc[-SEASON:].to_numpy(dtype=float)
        out[pid] = pd.Series(np.resize(last_week, horizon), index=future_index(origin, horizon))
    return out


def moving_average(history: Series, origin: pd.Timestamp, horizon: int) -> Series:
    """Every day sells the mean of the last four weeks."""
    return {
        pid: pd.Series(float(s.iloc[-AVERAGE_WINDOW:].mean()), index=future_index(origin, horizon))
        for pid, s in history.items()
    }


def _features(s: pd.Series, promo: pd.Series, days: pd.DatetimeIndex, horizon: int, level: float) -> pd.DataFrame:
    """Calendar, promotion and lag features for `days` of one product (lags ≥ horizon, scaled by level)."""
    scaled = s / level
    frame = pd.DataFrame(index=days)
    frame["dow"] = days.day_of_week
    frame["doy_sin"] = np.sin(2 * np.pi * days.day_of_year / 365.25)
    frame["doy_cos"] = np.cos(2 * np.pi * days.day_of_year / 365.25)
    frame["promo"] = promo.reindex(days).fillna(0).to_numpy()
    week_lag = horizon + (-horizon) % SEASON  # the first lag ≥ horizon on the same weekday
    for name, lag in (("lag_week", week_lag), ("lag_week2", week_lag + SEASON)):
        frame[name] = scaled.reindex(days - pd.Timedelta(days=lag)).to_numpy()
    rolling = scaled.rolling(AVERAGE_WINDOW, min_periods=SEASON).mean()
    frame["mean_28"] = rolling.reindex(days - pd.Timedelta(days=horizon)).to_numpy()
    return frame


@dataclass
class GradientBoosting:
    """One HistGradientBoostingRegressor over all products; promo histories feed the promo feature."""

    promos: dict[str, pd.Series]
    seed: int = 0

    def __call__(self, history: Series, origin: pd.Timestamp, horizon: int) -> Series:
        xs, ys = [], []
        levels = {pid: max(float(s.iloc[-AVERAGE_WINDOW:].mean()), 1e-3) for pid, s in history.items()}
        for pid, s in history.items():
            days = s.index[s.index > s.index[0] + pd.Timedelta(days=horizon + 2 * SEASON)]
            if len(days) == 0:
                continue
            xs.append(_features(s, self._promo(pid), days, horizon, levels[pid]))
            ys.append(s.reindex(days).to_numpy() / levels[pid])
        if not xs:
            return seasonal_naive(history, origin, horizon)
        model = HistGradientBoostingRegressor(max_iter=150, learning_rate=0.08, random_state=self.seed)
        with threadpool_limits(1):  # a few thousand rows: extra OpenMP threads only add contention
            model.fit(pd.concat(xs), np.concatenate(ys))
        out = {}
        for pid, s in history.items():
            days = future_index(origin, horizon)
            future_promo = pd.Series(0.0, index=days)  # promotions ahead are unknown: assume none
            x = _features(s, pd.concat([self._promo(pid)[:origin], future_promo]), days, horizon, levels[pid])
            with threadpool_limits(1):
                predicted = model.predict(x)
            out[pid] = pd.Series(np.clip(predicted, 0, None) * levels[pid], index=days)
        return out

    def _promo(self, pid: str) -> pd.Series:
        return self.promos.get(pid, pd.Series(dtype=float, index=pd.DatetimeIndex([])))


def forecasters(promos: dict[str, pd.Series] | None = None) -> dict[str, Forecaster]:
    """Every model by name."""
    return {
        "naive": naive,
        "seasonal_naive": seasonal_naive,
        "moving_average": moving_average,
        "gradient_boosting": GradientBoosting(promos or {}),
    }


@dataclass(frozen=True)
class BacktestScore:
    """Errors of one model over every origin and product: WAPE and MAPE in percent."""

    model: str
    wape: float
    mape: float
    origins: int
    points: int


def backtest(
    sales: Series, models: dict[str, Forecaster], horizon: int, origins: Sequence[pd.Timestamp]
) -> list[BacktestScore]:
    """Rolling-origin backtest: at each origin fit on the past and score the next `horizon` days."""
    check_horizon(horizon)
    errors: dict[str, list[tuple[float, float]]] = {name: [] for name in models}
    for origin in origins:
        past = {pid: s[:origin] for pid, s in sales.items() if len(s[:origin]) >= MIN_HISTORY}
        actual = {pid: s[origin + pd.Timedelta(days=1) :].iloc[:horizon] for pid, s in sales.items() if pid in past}
        past = {pid: s for pid, s in past.items() if len(actual[pid]) == horizon}
        for name, model in models.items():
            predicted = model(past, origin, horizon)
            for pid in past:
                errors[name] += list(zip(actual[pid].to_numpy(dtype=float), predicted[pid].to_numpy(), strict=True))
    scores = []
    for name, pairs in errors.items():
        a = np.array([p[0] for p in pairs])
        f = np.array([p[1] for p in pairs])
        wape = float(np.abs(a - f).sum() / max(a.sum(), 1e-9) * 100) if len(a) else float("nan")
        nonzero = a > 0
        mape = float(np.mean(np.abs(a[nonzero] - f[nonzero]) / a[nonzero]) * 100) if nonzero.any() else float("nan")
        scores.append(BacktestScore(name, round(wape, 2), round(mape, 2), len(origins), len(a)))
    return scores


def rolling_origins(last: pd.Timestamp, horizon: int, count: int) -> list[pd.Timestamp]:
    """`count` origins spaced one horizon apart, the latest leaving one full horizon before `last`."""
    return [last - pd.Timedelta(days=horizon * k) for k in range(count, 0, -1)]


def choose_model(scores: Sequence[BacktestScore], candidate: str = "gradient_boosting") -> str:
    """The candidate when its backtest WAPE beats seasonal-naive, else seasonal-naive."""
    by_name = {s.model: s for s in scores}
    if candidate in by_name and BASELINE in by_name and by_name[candidate].wape < by_name[BASELINE].wape:
        return candidate
    return BASELINE


def sales_series(rows: pd.DataFrame, column: str = "units_sold") -> Series:
    """Per product, one daily series (days with no row count as zero)."""
    out = {}
    for pid, part in rows.groupby("product_id"):
        s = part.set_index("date")[column].astype(float).sort_index()
        out[str(pid)] = s.asfreq("D", fill_value=0.0)
    return out
