"""Guard checks for an instruction count: load, one warm-up pass over the labelled sets, then K more passes.

Reproduce (from the repository root of the checkout to measure):
    PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no python -m bench.guard_instructions 0
    PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no python -m bench.guard_instructions 1
The difference of the two "I refs" totals is one pass over the 1,047 lines: a cost that, unlike seconds on a
shared machine, does not move with other work (bench/results/guard-speed.md).
"""

from __future__ import annotations

import sys

from bench.guard_speed import ROOT, SETS, prepared
from crm_core.cli.check import ContextResolver
from crm_core.guard import Guard


def main(argv: list[str] | None = None) -> int:
    passes = int((argv if argv is not None else sys.argv[1:])[0])
    resolver = ContextResolver(ROOT / "data")
    guard = Guard.load(persona_labels=resolver.persona_labels)
    lines = prepared(SETS, resolver)
    for _ in range(1 + passes):  # the first pass warms lazily compiled patterns and caches
        for parts, ctx in lines:
            guard.check(parts, ctx)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
