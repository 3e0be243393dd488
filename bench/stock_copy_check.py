"""Stock sentences in the long channels: how many messages share one sentence, the product's own words masked.

Reading 15's readers saw 64 messages side by side and called the sentences that came back in message after
message "틀 문장" / "상투적". This check runs copy_eval's grid (same briefs, same seed, same sampled evidence)
on the long channels (KakaoTalk FriendTalk/AlimTalk, LMS, email; the grid's AlimTalk briefs are ads, which do
not resolve, so none are counted), splits every title and body into sentences, masks the words that belong to
the product (brand, product name and short name, category, key ingredients, selling points, claims, event name
and offer, numbers), folds 합쇼체 endings to 해요체 (one line at both speech levels counts once), and counts,
per masked sentence, how many messages carry it. It reports the 25 most shared sentences, the 25 most shared
frames (first two words … last two), and the share of messages that carry at least one sentence used by more
than 5 % of the messages. Not counted: the ad frame, the opt-out line, sentences under 10 characters, and
sentences of the product's own words (under 5 letters besides the masked words, "<X>은 <X>이에요.").

Reproduce (repository root; under a minute); "before" runs the same script against main's checkout:
    PYTHONPATH=. python bench/stock_copy_check.py --out /tmp/stock10-after.json
    cd /work/main && PYTHONPATH=. python /work/wt30-stock/bench/stock_copy_check.py --out /tmp/stock10-before.json
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import checked_pipeline, grid, run_briefs

from crm_core.domain import Honorific
from crm_core.generation.composer.speech import conjugate
from crm_core.generation.template import short_product_name

LONG = ("kakao_friendtalk", "kakao_alimtalk", "lms", "email")
_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
_FRAME = re.compile(r"^\(광고\)|수신거부|수신 거부|무료수신|^\[|^※|^▶|^-|http")
_EMOJI = re.compile("[\U0001f000-\U0001faff\U00002600-\U000027bf\u2b50\u2b55\ufe0f\u200d]")
THRESHOLD = 0.05


def fold(sentence: str) -> str:
    """The sentence in 해요체 (the composer's own converter), so one line written at both speech levels counts
    once."""
    return conjugate(sentence, Honorific.haeyo)


def frame(sentence: str) -> str:
    """The sentence's frame: its first two and last two words, the middle said as '…'."""
    words = sentence.split()
    return sentence if len(words) <= 5 else " ".join([*words[:2], "…", *words[-2:]])


def own_words(result) -> list[str]:  # type: ignore[no-untyped-def]
    """The words that belong to this message's product, brand and event, longest first."""
    p = result.product
    words = [result.brand.name, result.brand.name_en or "", p.name, short_product_name(p.name), p.category]
    words += list(p.key_ingredients) + list(p.selling_points) + list(p.claims)
    if result.event is not None:
        words += [result.event.name, result.event.detail or ""]
        offer = getattr(result.event, "offer", None)
        if offer is not None:
            words += [getattr(offer, f, None) or "" for f in ("benefit", "sms")]
    return sorted({w for w in words if w and len(w) >= 2}, key=len, reverse=True)


def masked_sentences(result) -> set[str]:  # type: ignore[no-untyped-def]
    text = f"{result.message.title}\n{result.message.body}"
    for word in own_words(result):
        text = text.replace(word, "<X>")
    text = re.sub(r"\d[\d,.]*", "<N>", _EMOJI.sub("", text))
    out = set()
    for sentence in _SPLIT.split(text):
        s = sentence.strip()
        # a sentence of the product's own words ("<X>은 <X>이에요.") is no stock line: under 5 letters of its own
        if len(s) < 10 or _FRAME.search(s) or len(re.sub(r"<X>|<N>|[\s.,!?·]", "", s)) < 5:
            continue
        out.add(fold(s))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1200, help="briefs in copy_eval's grid (all channels)")
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()

    pipeline, catalog = checked_pipeline()
    specs = [s for s in grid(catalog, args.n, args.seed) if s["channel"] in LONG]
    results = [r for r in run_briefs(pipeline, specs) if r is not None]
    per_message = [masked_sentences(r) for r in results]
    shared = Counter(s for sentences in per_message for s in sentences)
    limit = THRESHOLD * len(results)
    stock = {s for s, n in shared.items() if n > limit}
    carrying = sum(bool(sentences & stock) for sentences in per_message)
    by_channel: dict[str, list[int]] = {}
    for r, sentences in zip(results, per_message, strict=True):
        row = by_channel.setdefault(r.brief.channel.value, [0, 0])
        row[0] += bool(sentences & stock)
        row[1] += 1
    report = {
        "messages": len(results),
        "threshold": f"> {THRESHOLD:.0%} of messages ({limit:.0f})",
        "stock_sentences": len(stock),
        "messages_with_stock_sentence": carrying,
        "share_with_stock_sentence": round(carrying / len(results), 3),
        "by_channel": {c: f"{a}/{b}" for c, (a, b) in sorted(by_channel.items())},
        "sentences_shared_by_10_or_more": sum(n >= 10 for n in shared.values()),
        "top": [{"messages": n, "sentence": s} for s, n in shared.most_common(args.top)],
        "top_frames": [
            {"messages": n, "frame": f}
            for f, n in Counter(f for ss in per_message for f in {frame(s) for s in ss}).most_common(args.top)
        ],
    }
    if args.out:
        args.out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in report.items() if not k.startswith("top")}, ensure_ascii=False))
    for row in report["top"]:
        print(f"{row['messages']:4d}  {row['sentence']}")
    print("frames (first two words … last two):")
    for row in report["top_frames"]:
        print(f"{row['messages']:4d}  {row['frame']}")


if __name__ == "__main__":
    main()
