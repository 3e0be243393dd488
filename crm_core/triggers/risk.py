"""Stock risk per product: how much of today's stock the forecast says will still be there.

    excess %  = (stock − expected sales over the sell-through window) / stock × 100
    expiry %  = (stock − expected sales until the expiry date) / stock × 100   (when expiry is known)
    risk %    = the larger of the two; the product triggers at risk % ≥ threshold (default 12 %).

Expected sales beyond the forecast horizon continue at the horizon's mean daily rate. The kind
of trigger says which number drove it: short_dated (expiry), slow_mover (more than
`slow_cover_days` of stock) or overstock. Every assessment keeps its numbers and the forecast,
so the page and the queue can show why a product was (or was not) triggered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from typing import Literal

import numpy as np
import pandas as pd
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from crm_core.errors import InvalidInput
from crm_core.triggers import forecast as fc
from crm_core.triggers.inventory import Inventory, RowError

TriggerKind = Literal["overstock", "slow_mover", "short_dated"]
NIGHT_START, NIGHT_END = time(21, 0), time(8, 0)  # 정보통신망법 제50조 제3항: ads need separate consent
INTERVAL_Z = 1.2816  # 80 % interval


class TriggerConfig(BaseModel):
    """Thresholds, forecast horizon and the send window of trigger campaigns; typos fail loudly."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    horizon: int = Field(default=14, description="Forecast days")
    threshold_pct: float = Field(default=12.0, gt=0, le=100)
    sell_through_days: int = Field(default=28, ge=1, description="Days the current stock should sell within")
    slow_cover_days: int = Field(default=90, ge=1)
    backtest_origins: int = Field(default=3, ge=1, le=20)
    channels: tuple[str, ...] = ("push",)
    campaign: str = "stock_trigger"
    send_start: time = time(17, 0)
    send_end: time = time(17, 30)

    @field_validator("horizon")
    @classmethod
    def _horizon(cls, value: int) -> int:
        return fc.check_horizon(value)

    @model_validator(mode="after")
    def _daytime_window(self) -> TriggerConfig:
        if not (NIGHT_END <= self.send_start < self.send_end <= NIGHT_START):
            raise InvalidInput(
                "send_window",
                f"{self.send_start:%H:%M}–{self.send_end:%H:%M} must be a daytime window between "
                f"{NIGHT_END:%H:%M} and {NIGHT_START:%H:%M} (night ads need separate consent)",
            )
        return self


def trigger_config(**values: object) -> TriggerConfig:
    """A config from user values; a bad one raises InvalidInput naming the field."""
    try:
        return TriggerConfig.model_validate(values)
    except ValidationError as exc:
        error = exc.errors()[0]
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, InvalidInput):
            raise cause from None
        field = ".".join(str(p) for p in error["loc"]) or "config"
        raise InvalidInput(field, error["msg"].removeprefix("Value error, ")) from None


@dataclass(frozen=True)
class ProductRisk:
    """One product's numbers on one day, and whether (and why) they trigger a campaign."""

    product_id: str
    day: date
    stock: int
    forecast: tuple[float, ...]
    lower: tuple[float, ...]
    upper: tuple[float, ...]
    expected_sales: float
    excess_pct: float
    expiry_pct: float | None
    days_to_expiry: int | None
    days_of_cover: float | None
    risk_pct: float
    kind: TriggerKind | None
    model: str

    @property
    def triggered(self) -> bool:
        return self.kind is not None

    def why(self) -> dict[str, object]:
        """The numbers behind the decision, for the queue row and the CLI."""
        return {
            "stock": self.stock,
            "expected_sales": round(self.expected_sales, 1),
            "excess_pct": round(self.excess_pct, 1),
            "expiry_pct": None if self.expiry_pct is None else round(self.expiry_pct, 1),
            "days_to_expiry": self.days_to_expiry,
            "days_of_cover": None if self.days_of_cover is None else round(self.days_of_cover, 1),
            "risk_pct": round(self.risk_pct, 1),
            "model": self.model,
            "forecast": [round(v, 2) for v in self.forecast],
        }


@dataclass(frozen=True)
class Assessment:
    """One day's risk for every valid product, the model used and the backtest that chose it."""

    day: date
    config: TriggerConfig
    model: str
    scores: tuple[fc.BacktestScore, ...]
    risks: tuple[ProductRisk, ...]
    errors: tuple[RowError, ...] = field(default=())

    @property
    def triggered(self) -> tuple[ProductRisk, ...]:
        return tuple(r for r in self.risks if r.triggered)


def expected_sales(daily: np.ndarray, days: int) -> float:
    """Sales over `days`: the forecast's days first, then its mean daily rate."""
    if days <= len(daily):
        return float(daily[:days].sum())
    return float(daily.sum() + daily.mean() * (days - len(daily)))


def interval(history: pd.Series, point: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """An 80 % band from the spread of week-over-week changes in the last eight weeks."""
    recent = history.iloc[-8 * fc.SEASON :]
    sigma = float((recent - recent.shift(fc.SEASON)).dropna().std() / np.sqrt(2)) if len(recent) > fc.SEASON else 0.0
    return np.clip(point - INTERVAL_Z * sigma, 0, None), point + INTERVAL_Z * sigma


def product_risk(
    pid: str, history: pd.DataFrame, point: np.ndarray, day: date, model: str, config: TriggerConfig
) -> ProductRisk:
    """Numbers and trigger kind for one product whose forecast is `point`."""
    stock = int(history["stock_on_hand"].iloc[-1])
    sales = expected_sales(point, config.sell_through_days)
    excess = max(0.0, (stock - sales) / stock * 100) if stock > 0 else 0.0
    expiry_value = history["expiry_date"].iloc[-1]
    days_left = (expiry_value.date() - day).days if pd.notna(expiry_value) else None
    expiry_pct = None
    if days_left is not None:
        before_expiry = expected_sales(point, max(days_left, 0))
        expiry_pct = max(0.0, (stock - before_expiry) / stock * 100) if stock > 0 else 0.0
    rate = float(point.mean())
    cover = stock / rate if rate > 0 else None
    risk = max(excess, expiry_pct or 0.0)
    kind: TriggerKind | None = None
    if risk >= config.threshold_pct:
        if expiry_pct is not None and expiry_pct >= excess:
            kind = "short_dated"
        elif cover is None or cover >= config.slow_cover_days:
            kind = "slow_mover"
        else:
            kind = "overstock"
    lower, upper = interval(history["units_sold"].astype(float), point)
    return ProductRisk(
        pid, day, stock, tuple(map(float, point)), tuple(map(float, lower)), tuple(map(float, upper)), sales,
        excess, expiry_pct, days_left, cover, risk, kind, model,
    )  # fmt: skip


def assess(inventory: Inventory, day: date, config: TriggerConfig | None = None) -> Assessment:
    """Backtest, pick the model, forecast from `day` and compute every product's risk.

    Products with less than MIN_HISTORY days of history, or none on `day` itself, are reported
    as row errors (field date) and left out; the others still run.
    """
    config = config or TriggerConfig()
    known = inventory.up_to(day)
    sales, promos = fc.sales_series(known.rows), fc.sales_series(known.rows, "promo")
    errors = list(known.errors)
    origin = pd.Timestamp(day)
    for pid in list(sales):
        s = sales[pid]
        if s.index[-1] != origin or len(s) < fc.MIN_HISTORY:
            reason = f"no row for {day}" if s.index[-1] != origin else f"only {len(s)} days of history"
            errors.append(RowError(None, "date", f"{reason}; at least {fc.MIN_HISTORY} days up to {day} needed", pid))
            del sales[pid]
    models = fc.forecasters(promos)
    origins = fc.rolling_origins(origin, config.horizon, config.backtest_origins)
    scores = fc.backtest(sales, models, config.horizon, origins) if sales else []
    chosen = fc.choose_model(scores)
    forecasts = models[chosen](sales, origin, config.horizon) if sales else {}
    risks = [
        product_risk(pid, known.history(pid), forecasts[pid].to_numpy(), day, chosen, config) for pid in sorted(sales)
    ]
    return Assessment(day, config, chosen, tuple(scores), tuple(risks), tuple(errors))
