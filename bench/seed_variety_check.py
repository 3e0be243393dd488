"""Variants of one brief must differ: over copy_eval's grid, how many briefs give the same body on two or more of
four seeds, per channel.

DESIGN: "variants of one brief differ in angle or structure, not only in a word". Reading 50's s4618 (프리메라
오가니언스 워터, a sensitive reader, 트렌디한, stage 2, style 4, Kakao) gave one body on 5 of 6 seeds. This check runs
copy_eval's grid (the whole pipeline with its guard) with seeds 0-3 on every channel and counts, per channel:

- briefs: briefs the channel accepts;
- same_2plus: briefs whose body is identical on at least two of the four seeds;
- all_same: briefs whose four bodies are one.

    PYTHONPATH=. python bench/seed_variety_check.py --n 600 --show kakao_friendtalk
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import checked_pipeline, grid

from crm_core.domain import Brief
from crm_core.errors import CrmError

CHANNELS = ("kakao_friendtalk", "lms", "email", "push", "sms")
SEEDS = (0, 1, 2, 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=600, help="briefs in copy_eval's grid, each sent on every channel")
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--show", default="", help="a channel whose repeated briefs are printed")
    parser.add_argument("--persona", type=int, default=-1, help="only this persona's briefs")
    args = parser.parse_args()
    pipeline, catalog = checked_pipeline()
    total, same, one = Counter(), Counter(), Counter()
    by_persona = Counter()
    shown = 0
    for spec in grid(catalog, args.n, args.seed):
        if args.persona >= 0 and spec["persona"] != args.persona:
            continue
        for channel in CHANNELS:
            bodies = []
            try:
                for seed in SEEDS:
                    result = pipeline.run_one(Brief(**(spec | {"channel": channel, "seed": seed})))[0]
                    bodies.append(result.message.body)
            except CrmError:
                continue
            total[channel] += 1
            counts = Counter(bodies)
            if max(counts.values()) >= 2:
                same[channel] += 1
                by_persona[(spec["persona"], channel)] += 1
                if channel == args.show and shown < 12 and len(counts) == 1:
                    shown += 1
                    print(
                        json.dumps(
                            {
                                k: spec[k]
                                for k in ("persona", "product", "stage_index", "style_index", "tone", "is_event")
                            },
                            ensure_ascii=False,
                        )
                    )
                    for seed, body in zip(SEEDS, bodies, strict=True):
                        print(f"  [{seed}] {body}")
            if len(counts) == 1:
                one[channel] += 1
    out = {
        channel: {"briefs": total[channel], "same_2plus": same[channel], "all_same": one[channel]}
        for channel in CHANNELS
    }
    out["by_persona"] = {f"{p}/{c}": n for (p, c), n in sorted(by_persona.items())}
    print(json.dumps(out, ensure_ascii=False, indent=1))
    if args.out:
        args.out.write_text(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
