"""pandas frames for the Timing page: per-variant stage seconds, rolling means, batch throughput."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

STAGES = ("load", "rag", "draft", "refine", "guard", "total")
TIMING_COLUMNS = (
    "variant_id",
    "run_id",
    "run_kind",
    "batch_id",
    "run_status",
    "backend",
    "model",
    "drafter_model",
    "refiner_model",
    "adapter",
    "channel",
    "created_at",
    *STAGES,
)
THROUGHPUT_COLUMNS = (
    "run_id",
    "run_kind",
    "batch_id",
    "backend",
    "status",
    "created_at",
    "finished_at",
    "n_briefs",
    "n_variants",
    "n_errors",
    "seconds",
    "variants_per_s",
)


def timing_frame(rows: Sequence[dict[str, Any]]) -> pd.DataFrame:
    """One row per stored variant, oldest first; `model` is the refiner, else the drafter, else the backend."""
    frame = pd.DataFrame(list(rows), columns=[c for c in TIMING_COLUMNS if c != "model"])
    frame.insert(
        TIMING_COLUMNS.index("model"),
        "model",
        frame["refiner_model"].fillna(frame["drafter_model"]).fillna(frame["backend"]).astype("string"),
    )
    frame["created_at"] = pd.to_datetime(frame["created_at"], utc=True)
    for stage in STAGES:
        frame[stage] = frame[stage].astype(float)
    return frame


def rolling_means(frame: pd.DataFrame, window: int = 100, by: str | None = None) -> pd.DataFrame:
    """Mean seconds per stage over the last `window` variants at each point (per group when `by` is set)."""
    ordered = frame.sort_values(["created_at", "variant_id"])
    if by is None:
        means = ordered[list(STAGES)].rolling(window, min_periods=1).mean()
    else:
        grouped = ordered.groupby(by, sort=False)[list(STAGES)]
        means = grouped.rolling(window, min_periods=1).mean().reset_index(level=0, drop=True)
    out = ordered[["variant_id", "created_at", *([by] if by else [])]].join(means.loc[ordered.index])
    return out.reset_index(drop=True)


def throughput_frame(rows: Sequence[dict[str, Any]]) -> pd.DataFrame:
    """Per run: wall seconds from start to its last stored chunk and variants per second."""
    frame = pd.DataFrame(list(rows))
    if frame.empty:
        return pd.DataFrame(columns=list(THROUGHPUT_COLUMNS))
    for column in ("created_at", "finished_at", "last_progress_at"):
        frame[column] = pd.to_datetime(frame[column], utc=True)
    end = frame["finished_at"].fillna(frame["last_progress_at"])
    frame["seconds"] = (end - frame["created_at"]).dt.total_seconds()
    per_second = frame["n_variants"] / frame["seconds"].where(frame["seconds"] > 0)
    frame["variants_per_s"] = per_second.astype(float)
    return frame[list(THROUGHPUT_COLUMNS)]
