"""Round 40's long-copy and SMS counts (readings 96-97: long and SMS notes rated 3.0), on a dump of
bench/long_r34_check.py.

Counts, per channel (the long ones through long_r38_check.compare_dumps, SMS on its own), on top of long_r39_check's
flags:

- noun_twice: a content noun phrase (a Kiwi noun of two syllables or more, then the next word's noun; not of the
  product's name, brand or ingredients) in two sentences before the close (s2967: "…닦아 내는 데일리 패드예요. …
  피지가 고민인 피부의 데일리 패드로 좋아요");
- chose_twice: two sentences before the close that each speak to a reader choosing a new one (s1159: "겨울에 새로
  들일 에센스를 찾고 있었다면 … 오늘 새 에센스를 찾는다면 …");
- reason_noun: "눈여겨볼 이유는 …(이)에요" (s2051), looked_first: "…찾는다면 … 먼저 눈이 가" (s3071);
- kept_for: "…(이)라 관리에서 빼놓지 않게 돼요" (s9196); speaks_for: "꾸준히 이어 쓰게 돼요", "다시 찾게 돼요"
  (s7882, s7521);
- worn_routine: a lip or base product told of a routine begun or of "매일의 관리" (s5040, s7392);
- user_defined (SMS): a user (retention, referral) told what the product is ("쓰고 계신 …은 …제품으로, …", s2178).

    PYTHONPATH=. python bench/long_r34_check.py --n 800 --dump /tmp/after.jsonl
    PYTHONPATH=. python bench/long_r40_check.py --read /tmp/after.jsonl [--before /tmp/before.jsonl] [--show noun_twice]
"""

from __future__ import annotations

import itertools
import json
import re
import sys
from collections import Counter
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_r36_check import sentences_of
from long_r39_check import KEYS as R39_KEYS
from long_r39_check import compare_cli, with_r38_flags

ROOT = Path(__file__).resolve().parent.parent
PRODUCTS = json.loads((ROOT / "data/products.json").read_text())
CATEGORY = {p["name"]: p["category"] for p in PRODUCTS}
INGREDIENTS = {p["name"]: tuple(p.get("key_ingredients") or ()) for p in PRODUCTS}
NOUNS = ("NNG", "NNP", "SL")
WORN = ("립", "쿠션·베이스")
CHOOSING = re.compile(r"새로 들일|새 \S+(?:을|를) (?:고른다면|찾는다면|들일)")
PATTERNS = {
    "reason_noun": re.compile(r"눈여겨볼 이유는 [^.]+(?:이에요|예요|입니다)\."),
    "looked_first": re.compile(r"찾는다면 [^.]*먼저 눈이 (?:가요|갑니다)"),
    "kept_for": re.compile("빼놓지 않게 (?:돼요|됩니다)"),
    "speaks_for": re.compile("(?:꾸준히 이어 쓰게|다시 찾게) (?:돼요|됩니다)"),
}
WORN_ROUTINE = re.compile(r"루틴을 \S+(?:으로|로) (?:새로 )?시작|루틴을 시작하기|매일의 관리|루틴의 시작")
USER_DEFINED = re.compile(r"쓰고 계신 [^.]+(?:제품으로|(?:이에요|예요|입니다)\.)")
KEYS = ["noun_twice", "chose_twice", *PATTERNS, "worn_routine"]
SMS_KEYS = [*KEYS, "user_defined"]


@cache
def _phrases(sentence: str) -> frozenset[str]:
    """The sentence's two-word noun phrases ("데일리 패드", "수분 크림"): a noun of two syllables or more, then the
    next word's noun."""
    from crm_core.retrieval.analyzer import kiwi

    tokens = kiwi().tokenize(sentence)
    out = set()
    for a, b in itertools.pairwise(tokens):
        spaced = b.start > a.start + a.len
        if spaced and a.tag in NOUNS and b.tag in NOUNS and len(a.form) >= 2:
            out.add(f"{a.form} {b.form}")
    return frozenset(out)


def noun_twice(row: dict) -> str | None:
    """The first content noun phrase two sentences before the close both say (the product's name, brand and
    ingredients left out, and the kind the message points back at: "이 바디 클렌저")."""
    named = " ".join([row["product"], row["brand"], *INGREDIENTS.get(row["product"], ())])
    seen: set[str] = set()
    for sentence in sentences_of(row["body"])[:-1]:
        phrases = {p for p in _phrases(sentence) if p not in named and f"이 {p}" not in row["body"]}
        again = sorted(phrases & seen)
        if again:
            return again[0]
        seen |= phrases
    return None


def flags_of(row: dict) -> list[str]:
    body = row["body"]
    told = sentences_of(body)[:-1]
    flags = []
    if noun_twice(row):
        flags.append("noun_twice")
    if sum(1 for s in told if CHOOSING.search(s)) >= 2:
        flags.append("chose_twice")
    flags += [key for key, pattern in PATTERNS.items() if pattern.search(body)]
    if CATEGORY.get(row["product"]) in WORN and WORN_ROUTINE.search(f"{row['title']} {body}"):
        flags.append("worn_routine")
    if row["channel"] == "sms" and row["stage"] in (2, 4) and USER_DEFINED.search(body):
        flags.append("user_defined")
    return flags


def all_flags(row: dict) -> list[str]:
    """This round's flags and long_r39_check's (with long_r38_check's), as one list."""
    return [*flags_of(row), *with_r38_flags(row)]


def sms_counts(path: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    for row in (json.loads(line) for line in path.open(encoding="utf-8")):
        if row["channel"] == "sms":
            counts["messages"] += 1
            counts.update(f for f in flags_of(row) if f in SMS_KEYS)
    return counts


def main() -> None:
    args = compare_cli(__doc__.split("\n")[0], all_flags, KEYS + R39_KEYS)
    for label, path in (("before", args.before), ("after", args.read)):
        if path is not None:
            print(f"== SMS {label}:", dict(sms_counts(path)))


if __name__ == "__main__":
    main()
