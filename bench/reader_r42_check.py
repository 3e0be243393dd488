"""Round 42: the filler lines readers flagged, and a budget price said bare, over persona_r38_check's grid.

Readings 102-105 marked down stock lines: "…에는 마음 편히 손이 가요" (s5238, s7870, s6640), "기분 전환이 필요한 날에도"
(s7783), "바쁜 아침저녁에도 … 손이 가요" of a weekly pack or a remover (s2949, s3717), a first use's "오늘도 잊지 말고"
(s5238, s7870), an email whose how-to sits between the offer and the ask (s9002), and a budget reader's size and price
said bare ("100ml 28,000원, 1ml당 약 280원이에요": "용량·가격 나열만", s3723, s4612). This check sends the grid's briefs
(every product on every channel, two briefs each: persona_r38_check.specs) to all five readers and counts, per
phrase and channel, the messages that say it. SMS reader cells: bench/reader_r40_check.py.

    PYTHONPATH=. python bench/reader_r42_check.py [--examples 마음편히] [--personas 0,1,2,3,4]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import checked_pipeline, run_briefs
from persona_r38_check import specs
from persona_strict_check import CHANNELS

FILLERS = {
    "마음편히": re.compile("마음 편히 손이 가"),
    "손이가x2": re.compile("손이 가[^\n]*손이 가"),
    "기분전환에도": re.compile("기분 전환이 필요한 날에도"),
    "하루시작단정": re.compile("하루의 시작이 (?:한결 )?단정"),
    "중심을잡아": re.compile("중심을 잡아"),
    "오늘도잊지": re.compile("오늘도 잊지 말고"),
    "단가나열": re.compile(r"원, \S+당 약 [\d,]+원(?:이에요|입니다)\."),  # a price per unit with no reason after it
}
OFFER = re.compile("구매하시면|드려요|드립니다|적립|증정|할인")
HOW = re.compile("바르면 돼요|바르면 됩니다|흡수시키면|씻어 내면|닦아 내면|덜어")


def offer_before_how(channel: str, text: str) -> bool:
    """An email whose offer paragraph comes before its how-to paragraph (the how-to between the offer and the ask)."""
    if channel != "email":
        return False
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    offered = next((i for i, p in enumerate(paragraphs) if OFFER.search(p)), None)
    how = next((i for i, p in enumerate(paragraphs) if HOW.search(p)), None)
    return offered is not None and how is not None and offered < how


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--examples", default="", help="phrases whose messages are printed (comma-separated)")
    parser.add_argument("--personas", default="0,1,2,3,4")
    args = parser.parse_args()
    pipeline, catalog = checked_pipeline()
    base = specs(catalog)
    chosen = [s | {"persona": int(p)} for p in args.personas.split(",") for s in base if s["persona"] == 0]
    said: dict[str, Counter] = defaultdict(Counter)
    total: Counter = Counter()
    shown: dict[str, list[str]] = defaultdict(list)
    wanted = set(args.examples.split(","))
    for spec, result in zip(chosen, run_briefs(pipeline, chosen), strict=True):
        if result is None:
            continue
        message = result.message
        text = "\n".join((message.title or "", message.body, message.cta or ""))
        channel = spec["channel"]
        total[channel] += 1
        hits = [k for k, pattern in FILLERS.items() if pattern.search(text)]
        hits += ["메일혜택→사용법"] if offer_before_how(channel, message.body) else []
        for key in hits:
            said[key][channel] += 1
            if key in wanted and len(shown[key]) < 8:
                shown[key].append(f"[{channel} p{spec['persona']} s{spec['stage_index']}] {text[:300]!r}")
    print("| phrase | " + " | ".join(CHANNELS) + " | all |")
    print("|---|" + "---|" * (len(CHANNELS) + 1))
    for key in [*FILLERS, "메일혜택→사용법"]:
        row = [f"{said[key][c]}/{total[c]}" for c in CHANNELS]
        print(f"| {key} | " + " | ".join(row) + f" | {sum(said[key].values())}/{sum(total.values())} |")
    for key, examples in shown.items():
        print(f"\n{key}:")
        for line in examples:
            print("  " + line)


if __name__ == "__main__":
    main()
