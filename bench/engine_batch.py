"""A large engine batch on the template backend: peak memory and throughput, chunk by chunk into SQLite.

Reproduce (from the repository root):
    python -m bench.engine_batch --briefs 10000
Writes bench/results/engine-batch-<date>.json (the command, the machine, peak RSS before and after).

The briefs cycle through every persona × stage × style × product of the sample catalog, one
variant each, through `Workbench.generate_many` with the real retriever (lexical when no embedding
model is on the machine), guard and scorer, into a fresh SQLite file. Peak memory is the process's
peak resident set size (ru_maxrss), read after the workbench is built and after the batch.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from bench.results_io import write_results

REPO = Path(__file__).resolve().parents[1]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports kilobytes


def sample_briefs(catalog: Any, count: int) -> list[Any]:
    """`count` briefs over the catalog's personas, stages, styles and products (seed varies too)."""
    from crm_core.domain import Brief

    combos = itertools.product(
        [p.index for p in catalog.personas],
        range(5),
        [s.index for s in catalog.styles],
        [(p.brand, p.name) for p in catalog.products],
    )
    briefs = []
    for seed, (persona, stage, style, (brand, product)) in enumerate(itertools.cycle(combos)):
        if seed == count:
            break
        values = {"persona": persona, "brand": brand, "product": product, "stage_index": stage, "style_index": style}
        briefs.append(Brief.model_validate(values | {"seed": seed}))
    return briefs


def run(count: int, workdir: Path) -> dict[str, Any]:
    os.environ["CRM_CACHE_DIR"] = str(workdir)
    os.environ["CRM_BACKEND"] = "template"
    from crm_core.catalog import Catalog
    from crm_core.config import load_settings
    from crm_core.workbench import BatchProgress, Workbench

    settings = load_settings()
    started = time.perf_counter()
    wb = Workbench.from_settings(settings, backend="template", user="bench")
    briefs = sample_briefs(Catalog.load(settings.data_dir), count)
    setup_s = time.perf_counter() - started
    rss_before = peak_rss_mb()
    trace: list[tuple[int, float]] = []

    def progress(report: BatchProgress) -> None:
        if not trace or report.briefs_done - trace[-1][0] >= count // 20 or report.briefs_done == count:
            trace.append((report.briefs_done, round(peak_rss_mb(), 1)))

    started = time.perf_counter()
    view = wb.generate_many(briefs, on_progress=progress)
    batch_s = time.perf_counter() - started
    rss_after = peak_rss_mb()
    return {
        "briefs": count,
        "variants_stored": view.run.n_variants,
        "failures": len(view.failures),
        "status": view.run.status,
        "setup_s": round(setup_s, 1),
        "batch_s": round(batch_s, 1),
        "briefs_per_s": round(count / batch_s, 1),
        "peak_rss_mb_before_batch": round(rss_before, 1),
        "peak_rss_mb_after_batch": round(rss_after, 1),
        "peak_rss_growth_mb": round(rss_after - rss_before, 1),
        "peak_rss_mb_by_briefs_done": trace,
        "database_mb": round(sum(p.stat().st_size for p in workdir.glob("*.sqlite*")) / 2**20, 1),
        "retrieval": wb.pipeline.evidence_source.retriever.status,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--briefs", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=REPO / f"bench/results/engine-batch-{date.today():%Y-%m-%d}.json")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="crm-engine-batch-") as workdir:
        figures = run(args.briefs, Path(workdir))
    report = {
        "command": "python -m bench.engine_batch " + " ".join(argv if argv is not None else sys.argv[1:]),
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count()},
        "limit_mb": 1024,
        "under_limit": figures["peak_rss_mb_after_batch"] < 1024,
        **figures,
    }
    write_results(args.out, report)
    print(json.dumps({k: v for k, v in report.items() if k != "peak_rss_mb_by_briefs_done"}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
