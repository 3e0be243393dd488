"""Guard lines per CPU second on the development set and on all labelled sets, for one checkout.

Reproduce (from the repository root of the checkout to measure):
    taskset -c 0 python -m bench.guard_speed --runs 10
To compare two commits on a shared machine, alternate the two checkouts several times (other work on the
cores moves every figure; alternating spreads it over both):
    git worktree add /tmp/base <commit>
    for i in 1 2 3; do (cd /tmp/base && taskset -c 0 python <this checkout>/bench/guard_speed.py); \
        taskset -c 0 python -m bench.guard_speed; done

Why its own script: the verdict must not change with a speed change (bench/guard_verdicts.py), so only the
time is measured here, on the same lines, with the same warm-up, in whichever checkout it is run from.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path.cwd()
sys.path.insert(0, str(ROOT))  # measure the checkout it is run from, even when the script lives elsewhere

from crm_core.cli.check import ContextResolver  # noqa: E402
from crm_core.guard import Example, Guard, GuardContext, example_parts  # noqa: E402

SETS = ("guard_labelled", "guard_holdout", "guard_holdout2", "guard_holdout3", "guard_holdout4", "guard_holdout5")


def prepared(
    names: tuple[str, ...], resolver: ContextResolver, data: Path = ROOT / "bench/data"
) -> list[tuple[Any, GuardContext]]:
    """The labelled lines of the named sets, ready for Guard.check (parts and context)."""
    out = []
    for name in names:
        for raw in (data / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if raw.strip():
                line = json.loads(raw)
                example = Example.model_validate({"text": line["text"], **line.get("context", {})})
                out.append((example_parts(example), GuardContext.from_example(example, resolver.channels)))
    return out


def rates(
    guard: Guard,
    lines: list[tuple[Any, GuardContext]],
    runs: int,
    warm_up: list[tuple[Any, GuardContext]] | None = None,
) -> list[float]:
    """Lines per CPU second in each run, after one pass over `warm_up` (default: the lines)."""
    for parts, ctx in lines if warm_up is None else warm_up:  # lazily compiled patterns and caches
        guard.check(parts, ctx)
    out = []
    for _ in range(runs):
        cpu = time.process_time()
        for parts, ctx in lines:
            guard.check(parts, ctx)
        out.append(len(lines) / (time.process_time() - cpu))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args(argv)
    resolver = ContextResolver(ROOT / "data")
    guard = Guard.load(persona_labels=resolver.persona_labels)
    report: dict[str, Any] = {"checkout": str(ROOT), "load_average_1m_before": round(os.getloadavg()[0], 2)}
    for label, names in (("development set", SETS[:1]), ("all labelled sets", SETS)):
        measured = rates(guard, prepared(names, resolver), args.runs)
        report[label] = {
            "median_lines_per_cpu_s": round(statistics.median(measured)),
            "best_lines_per_cpu_s": round(max(measured)),
            "runs": [round(r) for r in measured],
        }
    report["load_average_1m_after"] = round(os.getloadavg()[0], 2)
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
