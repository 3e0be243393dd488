"""Review-evidence latency per brief: this checkout against a baseline checkout, rounds interleaved.

Each round runs one process per checkout; the process builds the lexical indexes (not timed),
warms up on every brief once, then times `RetrievalEvidence.evidence(resolved)` for every pair of
the labelling pool (top_k 3, context mode rag) PASSES times. Rounds alternate baseline / this
checkout so load from other processes on a shared machine hits both alike; the figure compared is
the median over rounds of each round's median per-brief CPU time of the process, for repeat
briefs (the usual case: many persona × stage × style combinations per product) and for the first
brief of each product in the process (this branch reads a product's reviews once and keeps the
reading) (wall time is
recorded too, but on a machine shared with other jobs it swings by tens of percent between
identical runs).

Reproduce (from the repository root; the baseline is an untouched checkout of main):
    python bench/evidence_latency.py --baseline /work/pristine --md bench/results/evidence-latency.md
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POOL = ROOT / "bench/data/evidence/pool.jsonl"
PASSES = 5


def measure(pool_path: Path, passes: int) -> dict:
    """Per-brief evidence times (ms) in this process, for whatever crm_core is on the path."""
    from crm_core.catalog import Catalog
    from crm_core.domain import Brief, ContextMode
    from crm_core.retrieval import CatalogRetriever, RetrievalEvidence

    catalog = Catalog.load()
    pool = [json.loads(line) for line in pool_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    briefs = [
        catalog.resolve(
            Brief(
                persona=p["persona_index"],
                brand=p["product"]["brand"],
                product=p["product"]["name"],
                stage_index=i % 5,
                style_index=i % 6,
                context_mode=ContextMode.rag,
            )
        )
        for i, p in enumerate(pool)
    ]
    source = RetrievalEvidence(catalog, CatalogRetriever(catalog, embedder=None, use_cache=False))
    source.warm_up()
    source.evidence(briefs[0])  # first use of the code path (Kiwi's model, lazy imports), not timed
    first = []
    for resolved in briefs:  # first brief of each product: per-process caches still cold
        start_cpu = time.process_time()
        source.evidence(resolved)
        first.append((time.process_time() - start_cpu) * 1000)
    cpu, wall = [], []
    for _ in range(passes):
        for resolved in briefs:
            start_cpu, start_wall = time.process_time(), time.perf_counter()
            source.evidence(resolved)
            cpu.append((time.process_time() - start_cpu) * 1000)
            wall.append((time.perf_counter() - start_wall) * 1000)
    cpu.sort()
    return {
        "n": len(cpu),
        "median_ms": statistics.median(cpu),
        "p95_ms": cpu[int(0.95 * (len(cpu) - 1))],
        "mean_ms": statistics.fmean(cpu),
        "wall_median_ms": statistics.median(wall),
        "first_median_ms": statistics.median(first[1:]),
    }


def run_round(checkout: Path, passes: int) -> dict:
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    cmd = [sys.executable, str(Path(__file__).resolve()), "--measure", "--passes", str(passes), "--pool", str(POOL)]
    out = subprocess.run(cmd, cwd=checkout, env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def git_head(checkout: Path) -> str:
    out = subprocess.run(["git", "-C", str(checkout), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    return out.stdout.strip() or "unknown"


def report(baseline: Path, rounds: int, passes: int) -> tuple[dict, str]:
    runs: dict[str, list[dict]] = {"baseline": [], "this": []}
    for _ in range(rounds):
        runs["baseline"].append(run_round(baseline, passes))
        runs["this"].append(run_round(ROOT, passes))
    summary = {
        name: {
            "median_ms": statistics.median(r["median_ms"] for r in rs),
            "p95_ms": statistics.median(r["p95_ms"] for r in rs),
            "wall_median_ms": statistics.median(r["wall_median_ms"] for r in rs),
            "first_median_ms": statistics.median(r["first_median_ms"] for r in rs),
            "rounds": rs,
        }
        for name, rs in runs.items()
    }
    ratio = summary["this"]["median_ms"] / summary["baseline"]["median_ms"]
    ratio_first = summary["this"]["first_median_ms"] / summary["baseline"]["first_median_ms"]
    result = {
        "baseline_code": git_head(baseline),
        "this_code": git_head(ROOT),
        "ratio_median": ratio,
        "ratio_first_brief": ratio_first,
        "within_10_percent": ratio <= 1.10 and ratio_first <= 1.10,
        "briefs": summary["this"]["rounds"][0]["n"] // passes,
        "passes": passes,
        "rounds": rounds,
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs (shared), Python {platform.python_version()}",
        **summary,
    }
    md = "\n".join(
        [
            "# Review-evidence latency per brief",
            "",
            f"`RetrievalEvidence.evidence(resolved)` for the {result['briefs']} pairs of the labelling pool "
            f"(top_k 3, rag, lexical-only as the app runs without a local embedding model), {passes} passes, "
            f"{rounds} interleaved rounds per checkout; figure = median over rounds of the per-round median.",
            f"Machine: {result['machine']}.",
            "",
            "| checkout | median CPU ms / brief | p95 CPU ms / brief | median wall ms / brief "
            "| first brief of a product, median CPU ms |",
            "|---|---:|---:|---:|---:|",
            *(
                f"| {label} | {summary[name]['median_ms']:.2f} | {summary[name]['p95_ms']:.2f} | "
                f"{summary[name]['wall_median_ms']:.2f} | {summary[name]['first_median_ms']:.2f} |"
                for name, label in (
                    ("baseline", f"main ({result['baseline_code']})"),
                    ("this", f"this branch ({result['this_code']})"),
                )
            ),
            "",
            f"Ratio (this / main, median CPU time): **{ratio:.3f}** per brief, **{ratio_first:.3f}** for the first "
            f"brief of a product (reviews not yet read) — both within 10 %: **{result['within_10_percent']}**.",
            "",
            "Reproduce: `python bench/evidence_latency.py --baseline /work/pristine "
            "--md bench/results/evidence-latency.md` (baseline = an untouched checkout of main).",
            "",
        ]
    )
    return result, md


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--measure", action="store_true", help="time this process's crm_core and print JSON")
    parser.add_argument("--pool", type=Path, default=POOL)
    parser.add_argument("--passes", type=int, default=PASSES)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--baseline", type=Path, help="an untouched checkout of main")
    parser.add_argument("--md", type=Path, default=ROOT / "bench/results/evidence-latency.md")
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.pool, args.passes)))
        return
    if args.baseline is None:
        parser.error("--baseline is required (an untouched checkout of main)")
    result, md = report(args.baseline, args.rounds, args.passes)
    args.md.write_text(md, encoding="utf-8")
    args.md.with_suffix(".json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(md)


if __name__ == "__main__":
    main()
