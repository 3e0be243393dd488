"""Round 36's long-copy counts (readings 88-89: KakaoTalk, email and LMS notes rated 3.0-3.5).

Reads a dump of bench/long_r34_check.py (--dump: copy_eval's grid, each brief sent on KakaoTalk, LMS, email and SMS)
and counts, per channel:

- fomo_then_def: what the product is ("…미스트입니다.", "…에센스로, …") said after a missing-out sentence ("아직 써
  보지 않으셨다면 놓치기 아깝습니다.": readings 88-89, s6859 "제품 정의가 마지막", s2348 / s4248 "'놓치기
  아깝습니다' 뒤 문장 순서"); urgent_then_def: the same after a time-pressed opener ("…지금 챙겨 둘 때예요.", s1843);
- thrice: a content stem (long_r35_check.twice_of's stems) said in three different body sentences (s5471: "'거품'
  설명이 세 번 반복"); --top lists the stems said thrice most often;
- readings 88-89's seams: referral_missed ("말해 주지 않으면 모르고 지나치기 쉬", s4921), pillow_feel ("…묻어나지 않는
  … 제형이 기분 좋게", s6195), kept_at_choice ("곁에 두고 … 이어 가기" to a reader who has not bought it, s1739),
  next_other (a next-step close naming another product with no word of this one's line, s6747), order_how (a
  first-order offer at the activation stage beside the how-to of a product in hand, s8022), house_split (the
  house's formula parted: "…이니스프리가 만들었습니다. 이 크림에는 …을 담았습니다.", s4331), luxury_fomo ("놓치기
  아깝" at 설화수/헤라).

    PYTHONPATH=. python bench/long_r34_check.py --n 1200 --dump /tmp/x.jsonl
    PYTHONPATH=. python bench/long_r36_check.py --read /tmp/x.jsonl [--show fomo_then_def] [--top 30]
    PYTHONPATH=. python bench/long_r36_check.py --read /tmp/after.jsonl --before /tmp/before.jsonl --changed 25
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_r35_check import SENTENCE, _stems, print_flag_table

LONG = ("kakao_friendtalk", "lms", "email")
FOMO = re.compile(
    "놓치기 (?:아깝|아까|아쉽|아쉬|쉬)|놓치지 (?:않|마|말)|지나치기 (?:아깝|아까|아쉽|아쉬|쉬)|모르고 지나치|"
    "놓치기엔|넘기기엔"
)
URGENT = re.compile(r"(?:지금|이번 주|오늘)[^.]*(?:때예요|때입니다|날이에요|날입니다)\.$")


def _kinds() -> str:
    from crm_core.generation.composer import forms

    return "|".join(sorted(forms._KIND_NOUNS, key=len, reverse=True))


_DEFINES: re.Pattern[str] | None = None


def defines(sentence: str) -> bool:
    """A sentence that says what the product is: a kind and a copula, or a kind joined on ("…크림으로, …")."""
    global _DEFINES
    if _DEFINES is None:
        kinds = _kinds()
        _DEFINES = re.compile(rf"(?:{kinds})(?:이에요|예요|입니다)\.$|^[^,]*(?:{kinds})(?:으로|로|이고|이자), ")
    return bool(_DEFINES.search(sentence)) and not FOMO.search(sentence)


def sentences_of(body: str) -> list[str]:
    return [s.strip() for line in body.split("\n") for s in SENTENCE.findall(line) if s.strip()]


def said_of(row: dict, least: int) -> list[str]:
    """The stems said in `least` different body sentences or more (long_r35_check.twice_of at 2)."""
    bare = re.sub(r" \d[\d.]*\s*(?:ml|g|mL|매|ea)$", "", row["product"])
    named = [bare, *(m.group("next") for m in NEXT_NAMED.finditer(row["body"]))]  # and the next step's product
    skip = frozenset([*bare.split(), row["brand"]])
    skip |= frozenset(stem for name in named for stem in _stems(name, frozenset()))  # "보습" of "…보습탄력 …"
    seen: Counter[str] = Counter()
    for sentence in sentences_of(row["body"]):
        seen.update(_stems(sentence, skip))
    return sorted(w for w, n in seen.items() if n >= least)


def order_flags(row: dict) -> list[str]:
    said = sentences_of(row["body"])[:-1]  # the close is the ask
    flags = []
    fomo = next((i for i, s in enumerate(said) if FOMO.search(s)), None)
    urgent = next((i for i, s in enumerate(said) if URGENT.search(s)), None)
    if fomo is not None and any(defines(s) for s in said[fomo + 1 :]):
        flags.append("fomo_then_def")
    if urgent is not None and any(defines(s) for s in said[urgent + 1 :]):
        flags.append("urgent_then_def")
    return flags


NEXT_NAMED = re.compile(r"다음 단계로(?:는)? (?P<next>.+?)(?:를|을) ")
HOUSE_SPLIT = re.compile(r"(?:이|가) 만들었(?:어요|습니다)\. 이 [가-힣]+에는 [^.]+ 담았(?:어요|습니다)\.")
ORDER_OFFER = re.compile("첫 주문|첫 구매")
HOW_TO = re.compile(r"(?:면|하면) (?:돼요|됩니다)\.")
PATTERNS = {
    "referral_missed": re.compile("말해 주지 않으면 모르고 지나치기 쉬"),
    "pillow_feel": re.compile(r"묻어나지 않는 [^.]*제형이 기분 좋게"),
    "house_split": HOUSE_SPLIT,
}


def flags_of(row: dict) -> list[str]:
    text = (row["title"] or "") + "\n" + row["body"]
    flags = [key for key, pattern in PATTERNS.items() if pattern.search(text)]
    flags += order_flags(row)
    if said_of(row, 3):
        flags.append("thrice")
    if row["stage"] in (0, 3, 4) and re.search(r"곁에 두고 [^.]*이어 가", row["body"]) and row["stage"] != 4:
        flags.append("kept_at_choice")
    if row["stage"] == 4 and re.search(r"곁에 두고 [^.]*이어 가", row["body"]):
        flags.append("kept_at_referral")
    found = NEXT_NAMED.search(row["body"])
    if found:
        words = [w for w in re.sub(r" \d[\d.]*\s*(?:ml|g|mL|매|ea)$", "", row["product"]).split() if len(w) >= 2]
        said = found.group("next")
        related = said.startswith(("같은 라인의 ", f"{row['brand']}의 "))
        if not any(w in said for w in words) and not related:
            flags.append("next_other")
    unframed = [s for s in sentences_of(row["body"]) if HOW_TO.search(s) and "받으신 뒤" not in s]
    if row["stage"] == 1 and ORDER_OFFER.search(row["body"]) and (unframed or "아래 쓰는 법" in row["body"]):
        flags.append("order_how")
    if "놓치기 아깝" in text and row["brand"] in ("설화수", "헤라"):
        flags.append("luxury_fomo")
    return flags


KEYS = [
    "fomo_then_def",
    "urgent_then_def",
    "thrice",
    *PATTERNS,
    "kept_at_choice",
    "kept_at_referral",
    "next_other",
    "order_how",
    "luxury_fomo",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--read", type=Path, required=True)
    parser.add_argument("--before", type=Path, default=None, help="a dump of the same grid to diff against")
    parser.add_argument("--changed", type=int, default=0, help="print this many changed long bodies (with --before)")
    parser.add_argument("--show", default="")
    parser.add_argument("--top", type=int, default=0)
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.read.open(encoding="utf-8")]
    counts: Counter[str] = Counter()
    stems: Counter[str] = Counter()
    shown = {s for s in args.show.split(",") if s}
    for row in rows:
        counts[f"messages|{row['channel']}"] += 1
        if args.top and row["channel"] in LONG:
            stems.update(said_of(row, 3))
        for flag in flags_of(row):
            counts[f"{flag}|{row['channel']}"] += 1
            if flag in shown:
                extra = f" {said_of(row, 3)}" if flag == "thrice" else ""
                print(f"[{flag}]{extra} {row['channel']} s{row['stage']} {row['product']} | {row['body']!r}")
    print_flag_table(counts, list(KEYS))
    if args.top:
        print(
            "stems said thrice (KakaoTalk, LMS, email):", ", ".join(f"{w} {n}" for w, n in stems.most_common(args.top))
        )
    if args.before:
        old = [json.loads(line) for line in args.before.open(encoding="utf-8")]
        changed = [(a, b) for a, b in zip(old, rows, strict=True) if a["body"] != b["body"]]
        print(f"changed bodies: {len(changed)} of {len(rows)}")
        for a, b in changed[: args.changed]:
            print(f"--- {b['channel']} s{b['stage']} {b['persona']} {b['tone']} {b['product']}")
            print(f"  before: {a['body']!r}")
            print(f"  after:  {b['body']!r}")


if __name__ == "__main__":
    main()
