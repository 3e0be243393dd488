"""Demand-forecast backtest: WAPE / MAPE per model against the naive and seasonal-naive baselines.

Reproduce (from the repository root):  python -m bench.forecast_eval
Writes bench/results/forecast-eval.md and bench/results/forecast-eval.json.

Rolling origin: at each origin every model is fitted on the history up to that day only and
scored on the next `horizon` days; origins are one horizon apart and end on the last day of the
file. The data is data/sample_inventory.csv, our own seeded simulation (crm_core.triggers.sample),
so the figures show the method works on data with weekly and yearly patterns, promotions and
stock-outs; they are not a claim about real sales.
"""

from __future__ import annotations

import argparse
import platform
import time
from pathlib import Path
from typing import Any

from bench.results_io import write_results
from crm_core.catalog import Catalog
from crm_core.triggers import forecast as fc
from crm_core.triggers.inventory import load_inventory

REPO = Path(__file__).resolve().parents[1]
COMMAND = "python -m bench.forecast_eval"


def evaluate(inventory_path: Path, horizons: list[int], origins: int) -> dict[str, Any]:
    """Scores per horizon (all products pooled) and per product at the first horizon."""
    catalog = Catalog.load(REPO / "data")
    inventory = load_inventory(inventory_path, catalog.products_by_id)
    sales, promos = fc.sales_series(inventory.rows), fc.sales_series(inventory.rows, "promo")
    last = max(s.index[-1] for s in sales.values())
    models = fc.forecasters(promos)
    out: dict[str, Any] = {"horizons": {}, "per_product": {}}
    for horizon in horizons:
        started = time.perf_counter()
        scores = fc.backtest(sales, models, horizon, fc.rolling_origins(last, horizon, origins))
        out["horizons"][str(horizon)] = {
            "scores": [s.__dict__ for s in scores],
            "chosen": fc.choose_model(scores),
            "seconds": round(time.perf_counter() - started, 1),
        }
    first = horizons[0]
    for pid in sorted(sales):
        scores = fc.backtest({pid: sales[pid]}, models, first, fc.rolling_origins(last, first, origins))
        out["per_product"][pid] = {s.model: s.wape for s in scores}
    out["meta"] = {
        "command": COMMAND,
        "inventory": str(inventory_path.relative_to(REPO)),
        "products": len(sales),
        "days": int(inventory.rows["date"].nunique()),
        "last_day": str(last.date()),
        "origins": origins,
        "machine": f"{platform.machine()}, Python {platform.python_version()}",
        "note": "per-product rows refit the gradient-boosting model on that product alone",
    }
    return out


def markdown(result: dict[str, Any]) -> str:
    meta = result["meta"]
    lines = [
        "# Demand forecast backtest (rolling origin)",
        "",
        f"Command: `{meta['command']}`",
        "",
        f"Data: `{meta['inventory']}` — {meta['products']} products × {meta['days']} days up to {meta['last_day']} "
        "(seeded simulation: weekly shape, yearly season, promotions, Poisson noise, stock-outs). "
        f"{meta['origins']} origins one horizon apart, the last ending on the last day; each model sees only "
        f"the past at each origin. Machine: {meta['machine']}.",
        "",
        "WAPE = Σ|actual − forecast| / Σ actual; MAPE over days with sales. Lower is better. The trigger run "
        "uses gradient boosting only when its WAPE beats seasonal-naive on the same kind of backtest.",
        "",
    ]
    for horizon, block in result["horizons"].items():
        base = {s["model"]: s["wape"] for s in block["scores"]}["seasonal_naive"]
        lines += [
            f"## Horizon {horizon} days (all products pooled)",
            "",
            "| model | WAPE % | MAPE % | vs seasonal-naive WAPE | points |",
            "|---|---:|---:|---:|---:|",
        ]
        for s in block["scores"]:
            lines.append(
                f"| {s['model']} | {s['wape']:.2f} | {s['mape']:.2f} | {s['wape'] - base:+.2f} | {s['points']} |"
            )
        lines += ["", f"Chosen for triggers: **{block['chosen']}** (backtest took {block['seconds']} s).", ""]
    first = next(iter(result["horizons"]))
    lines += [
        f"## WAPE % per product, horizon {first} (gradient boosting refit per product)",
        "",
        "| product | " + " | ".join(fc.MODELS) + " |",
        "|---|" + "---:|" * len(fc.MODELS),
    ]
    for pid, wapes in result["per_product"].items():
        lines.append(f"| {pid} | " + " | ".join(f"{wapes[m]:.1f}" for m in fc.MODELS) + " |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--inventory", type=Path, default=REPO / "data" / "sample_inventory.csv")
    parser.add_argument("--horizons", type=int, nargs="+", default=[14, 7])
    parser.add_argument("--origins", type=int, default=8)
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "forecast-eval")
    args = parser.parse_args(argv)
    result = evaluate(args.inventory.resolve(), args.horizons, args.origins)
    write_results(args.out, result, markdown(result))
    print(markdown(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
