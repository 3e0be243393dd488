"""Round 38 (readings 92-93: s5893, s6752, 3.0: "(광고)[설화수] 자음수 EX, 첫 주문 시 10% 쿠폰 받고 만나 보세요."
with no reason, the condition's "공식 온라인몰" dropped and "행동할 곳이 없음"): over copy_eval's grid sent as SMS
(sms_r34_check.sms_results), how many SMS briefs stay a 90-byte SMS and how many of those carry

- reason: a reason for the reader beside the offer (the form's kind carries "fact", "reason" or "tip");
- condition: the event's condition whole (each of its words, by its first two syllables: "공식 온라인몰 첫 주문에"
  needs "공식", "온라", "주문"), or no event condition to say;
- place: where to act (the brief's link in the text, or a place the text names: 온라인몰, 공식몰, 매장, 앱);
- all: the three together;

and, for the promotions written as LMS, how many of those say the condition whole (lms promotion condition); for the
seasonal briefs written as LMS, how many say the season before the ask (s2572: not only as the close's frame).
--link sets a link on every brief, --shorten sets sms_overflow=shorten (the brief kept SMS with less said).

    PYTHONPATH=. python bench/sms_r38_check.py --n 1300 [--link] [--shorten] [--show tag,tag]
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import copy_eval
from sms_r34_check import sms_results

PLACE = re.compile("https?://|온라인몰|공식몰|매장|앱에서|홈페이지")
LINK = "https://example.com/e"
_ENDINGS = re.compile("(?:하시면|시면|으로|에서|에|을|를|로|은|는)$")


def condition_said(condition: str | None, text: str) -> bool:
    """Whether every word of the event's condition is said (by its first two syllables, particles aside)."""
    if not condition:
        return True
    words = [_ENDINGS.sub("", w) for w in condition.split()]
    return all(w[:2] in text for w in words if len(w) >= 2)


def carried(kind: str) -> set[str]:
    """What a kept SMS's form carries, from its kind ("sms-fact+offer+style" → {"fact", "offer", "style"})."""
    return set(kind.removeprefix("sms-").removesuffix("-short-name").split("+"))


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1300)
    parser.add_argument("--seed", type=int, default=20261206)
    parser.add_argument("--show", default="")
    parser.add_argument("--link", action="store_true")
    parser.add_argument("--shorten", action="store_true")
    args = parser.parse_args()
    shows = [s for s in args.show.split(",") if s]
    extra = ({"link_url": LINK} if args.link else {}) | ({"sms_overflow": "shorten"} if args.shorten else {})
    grid = copy_eval.grid
    copy_eval.grid = lambda *a: [spec | extra for spec in grid(*a)]  # results_on_channels reads the module's grid
    total, found = Counter(), Counter()
    for group, key, result in sms_results(args.n, args.seed, total):
        event = result.event
        offer = event.offer if event is not None else None
        promotion = event is not None and event.is_promotion
        text = result.message.channel_text
        if group == "sms->lms":
            season = re.search("겨울|여름|봄|가을", result.message.title + text)
            if result.brief.style_index == 4 and season:  # s2572: the season said before the ask, not only there
                found["lms seasonal"] += 1
                found["lms seasonal said before ask"] += season.group() in result.message.body.rsplit("\n", 1)[0]
            if promotion:
                found["lms promotion"] += 1
                found["lms promotion condition"] += condition_said(offer.condition if offer else None, text)
            continue
        kind = result.draft.rsplit(", ", 1)[-1].rstrip("]")
        tags = {
            "reason": bool(carried(kind) & {"fact", "reason", "tip"}),
            "condition": condition_said(offer.condition if offer else None, text),
            "place": bool(PLACE.search(text)),
        }
        tags["all"] = all(tags.values())
        found["kept"] += 1
        for tag, ok in tags.items():
            found[f"kept {tag}"] += ok
            if not ok and f"no_{tag}" in shows:
                print(f"no_{tag}", key, result.brief.stage_index, event.id if event else None, "|", repr(text))
    print("messages per group:", dict(sorted(total.items())))
    for tag in sorted(found):
        print(f"  {tag:26s} {found[tag]}")


if __name__ == "__main__":
    main()
