"""The guard's verdicts on the composer's own messages over grids wider than copy_eval's: every block printed.

copy_eval's grid (one seed) reads 0 blocks; other seeds reach products, readers and review samples it does not, and
a composer line the guard blocks is a message the marketer cannot send. Each seed is copy_eval's grid of --n briefs
sent on all five channels.

    PYTHONPATH=. python bench/composer_blocks_check.py --n 1500 --seeds 11 22 33
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import checked_pipeline, results_on_channels

CHANNELS = ("push", "kakao_friendtalk", "sms", "lms", "email")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1500)
    parser.add_argument("--seeds", type=int, nargs="+", default=[11, 22, 33])
    args = parser.parse_args()
    pipeline, catalog = checked_pipeline()
    verdicts: Counter = Counter()
    for seed in args.seeds:
        for channel, result in results_on_channels(pipeline, catalog, args.n, seed, CHANNELS):
            verdicts[result.verdict] += 1
            if result.verdict == "block":
                rules = sorted({f.rule_id for f in result.findings if f.severity == "block"})
                print(
                    f"block grid {seed} brief seed {result.brief.seed} {channel} {result.product.name} {rules}: "
                    f"{result.message.title} || {result.message.body}",
                    flush=True,
                )
    print(", ".join(f"{v} {verdicts[v]}" for v in ("pass", "warn", "block")))


if __name__ == "__main__":
    main()
