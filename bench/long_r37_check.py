"""Round 37's long-copy counts (readings 90-91: email 3.65, the weakest channel; long notes rated 3.0-3.5).

Reads a dump of bench/long_r34_check.py (--dump) and counts, per channel:

- thought_twice: two body sentences that say one thought (three content stems or more shared, long_r35_check's stems;
  s6613 "가볍게 발리고 오래가는 보습감을 …" then "가볍게 펴 발리면서도 보습감이 오래 유지돼요");
- clause_again: a sentence that opens on a clause an earlier sentence said ("굳으면서 피부에 밀착되어 …" after
  "굳으면서 밀착되는 고무 팩", s8591);
- offer_in_use: an email paragraph that holds the event's offer and the usage step together (s8591: "적립 안내와
  사용법이 한 문단에 뒤섞여");
- starter_told: a first-try claim ("처음 시작하는 … 낮은 농도", "입문용") told a luxury reader or a user (stage 2;
  s9535);
- thin: an email of four body sentences or fewer (a dropped sentence never leaves a letter thin); and long_r36's thrice.

    PYTHONPATH=. python bench/long_r34_check.py --n 600 --dump /tmp/x.jsonl
    PYTHONPATH=. python bench/long_r37_check.py --read /tmp/after.jsonl [--before /tmp/before.jsonl] [--show thin]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_r35_check import _stems, print_flag_table
from long_r36_check import HOW_TO, said_of, sentences_of

OFFER = re.compile("주문|적립|할인|쿠폰|증정|무료|포인트")
STARTER = re.compile("처음 (?:시작하|써 보|쓰)는 (?:분을 위한|낮은)|입문")
CLAUSE = re.compile("(?:면서도|면서|으며|며|되어|해서|어서|아서|고)$")
THIN_MOST = 4


def _skip(row: dict) -> frozenset[str]:
    bare = re.sub(r" \d[\d.]*\s*(?:ml|g|mL|매|ea)$", "", row["product"])
    return frozenset([*bare.split(), row["brand"]])


def _clause_again(sentence: str, said: set[str], skip: frozenset[str]) -> bool:
    words = sentence.split()
    for end in range(1, len(words) - 1):
        if CLAUSE.search(words[end - 1].rstrip(",")):
            head = _stems(" ".join(words[:end]), skip)
            if head and head <= said and len(" ".join(words[:end])) >= 6:
                return True
    return False


def flags_of(row: dict) -> list[str]:
    skip = _skip(row)
    said = sentences_of(row["body"])[:-1]  # the close is the ask
    stems = [_stems(s, skip) for s in said]
    flags = []
    if any(len(stems[i] & stems[j]) >= 3 for j in range(len(said)) for i in range(j)):
        flags.append("thought_twice")
    if any(_clause_again(s, set().union(*stems[:j]), skip) for j, s in enumerate(said) if j):
        flags.append("clause_again")
    if row["channel"] == "email":
        for paragraph in row["body"].split("\n\n"):
            told = sentences_of(paragraph)
            if any(HOW_TO.search(s) for s in told) and any(OFFER.search(s) and not HOW_TO.search(s) for s in told):
                flags.append("offer_in_use")
                break
        if len(said) + 1 <= THIN_MOST:
            flags.append("thin")
    if STARTER.search(row["body"]) and (row["persona"] == "luxury" or row["stage"] == 2):
        flags.append("starter_told")
    if said_of(row, 3):
        flags.append("thrice")
    return flags


KEYS = ["thought_twice", "clause_again", "offer_in_use", "starter_told", "thin", "thrice"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--read", type=Path, required=True)
    parser.add_argument("--before", type=Path, default=None, help="a dump of the same grid: its counts beside")
    parser.add_argument("--show", default="")
    args = parser.parse_args()
    shown = {s for s in args.show.split(",") if s}
    for label, path in (("before", args.before), ("after", args.read)):
        if path is None:
            continue
        counts: Counter[str] = Counter()
        sentences: Counter[str] = Counter()
        for row in (json.loads(line) for line in path.open(encoding="utf-8")):
            counts[f"messages|{row['channel']}"] += 1
            sentences[row["channel"]] += len(sentences_of(row["body"]))
            for flag in flags_of(row):
                counts[f"{flag}|{row['channel']}"] += 1
                if flag in shown and label == "after":
                    print(f"[{flag}] {row['channel']} s{row['stage']} {row['persona']} {row['product']}")
                    print(f"   {row['body']!r}")
        print(f"== {label}: {path}")
        print_flag_table(counts, KEYS)
        means = {c: round(n / max(1, counts[f"messages|{c}"]), 2) for c, n in sentences.items()}
        print("sentences per body:", means)


if __name__ == "__main__":
    main()
