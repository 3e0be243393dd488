"""Round 39's long-copy counts (readings 94-95: long notes rated 3.0-3.5), on a dump of bench/long_r34_check.py.

Counts, per channel, on top of long_r38_check's flags:

- said_twice: two sentences before the close that share one thought, as forms.thought_said_once measures it (three
  telling stems or more, 60 % of the poorer's), the product's name and ingredient words left out ("원료부터 꼼꼼히
  살피는 분이라면 …에 든 병풀 추출물이 반가울 거예요." then "원료부터 살피는 분이라면 병풀 추출물이 자연에서 얻은
  원료라는 점이 …");
- decided_twice: a deciding sentence that says nothing of the product after another deciding sentence (s3502: "겨울에
  새로 들일 클렌저를 찾고 있었다면 … 새 클렌저를 들일 생각이었다면 오늘 시작하기 좋아요");
- stock_moment / felt_again: the emotional line that carries no fact ("…날에도 (이) 앰플에는 마음 편히 손이 가요",
  s9542, s9059) or points back ("그 마무리 덕분에 (이) 크림만큼은 기분 좋게 챙길 수 있어요");
- used_when: a catalog claim with no one to use it ("…싶은 날 사용합니다", s6667);
- origin_unsaid: "원료가 어디서 왔는지 먼저 보는 분께" in a body that never says where an ingredient comes from.

    PYTHONPATH=. python bench/long_r34_check.py --n 800 --dump /tmp/after.jsonl
    PYTHONPATH=. python bench/long_r39_check.py --read /tmp/after.jsonl [--before /tmp/before.jsonl] [--show said_twice]
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_r36_check import sentences_of
from long_r37_check import _skip
from long_r38_check import KEYS as R38_KEYS
from long_r38_check import compare_dumps
from long_r38_check import flags_of as r38_flags

from crm_core.generation.composer import forms

ROOT = Path(__file__).resolve().parent.parent
INGREDIENTS = {
    p["name"]: tuple(p.get("key_ingredients") or ()) for p in json.loads((ROOT / "data/products.json").read_text())
}
STOCK_MOMENT = re.compile(r"에도 (?:이 )?\S+에는 마음 편히 손이 가")
FELT_AGAIN = re.compile(r"그 \S+ 덕분에 (?:이 )?\S+만큼은 기분 좋게 챙길")
USED_WHEN = re.compile(r"(?:날|때) 사용(?:합니다|해요)\.")
ORIGIN_LEAD = "원료가 어디서 왔는지 먼저 보는 분께"
ORIGIN_TOLD = re.compile("에서 (?:얻은|온|추출한|길러 낸)|유래")
BARE_DECIDING = re.compile(
    r"^[^가-힣#]*(?:새 \S+ 들일 생각이었다면|[^.,]+, 궁금했다면|[^.,]+ 두고 고민하셨다면) (?:오늘|이번 주|지금)"
)
KEYS = ["said_twice", "decided_twice", "stock_moment", "felt_again", "used_when", "origin_unsaid"]


def _left_out(row: dict) -> frozenset[str]:
    words = [*_skip(row), *(w for i in INGREDIENTS.get(row["product"], ()) for w in i.split())]
    return frozenset(s for w in words for unit in forms._units(w) for s in unit) | frozenset(words)


def said_twice(row: dict) -> tuple[str, str] | None:
    """The first pair of sentences (the close left out) that say one thought, as thought_said_once measures it."""
    skip = _left_out(row)
    said = sentences_of(row["body"])[:-1]
    telling = [forms._telling(forms._units(s), skip, 1) for s in said]
    for (a, ta), (b, tb) in itertools.combinations(zip(said, telling, strict=True), 2):
        shared = ta & tb
        poorer = min(len(ta), len(tb))
        if poorer and len(shared) >= forms._THOUGHT_SHARED_LEAST and len(shared) >= forms._THOUGHT_SHARE * poorer:
            return a, b
    return None


def flags_of(row: dict) -> list[str]:
    body = row["body"]
    flags = []
    if said_twice(row):
        flags.append("said_twice")
    told = sentences_of(body)[:-1]
    deciding = [s for s in told if forms._DECIDING.search(s)]
    if len(deciding) >= 2 and any(BARE_DECIDING.search(s) for s in deciding[1:]):
        flags.append("decided_twice")
    for key, pattern in (("stock_moment", STOCK_MOMENT), ("felt_again", FELT_AGAIN), ("used_when", USED_WHEN)):
        if pattern.search(body):
            flags.append(key)
    at = body.find(ORIGIN_LEAD)
    if at >= 0 and not ORIGIN_TOLD.search(body, at + len(ORIGIN_LEAD)):
        flags.append("origin_unsaid")
    return flags


def with_r38_flags(row: dict) -> list[str]:
    """This round's flags and long_r38_check's own (KEYS), as one list."""
    return [*flags_of(row), *(f for f in r38_flags(row) if f in R38_KEYS)]


def compare_cli(description: str, flags, keys: list[str]) -> argparse.Namespace:  # type: ignore[no-untyped-def]
    """Parse --read/--before/--show and print the flag counts (and changes) of the dumps; a later round's check
    calls it with its own flags."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--read", type=Path, required=True)
    parser.add_argument("--before", type=Path, default=None, help="a dump of the same grid: its counts and changes")
    parser.add_argument("--show", default="")
    args = parser.parse_args()
    compare_dumps(args.before, args.read, flags, keys, {s for s in args.show.split(",") if s})
    return args


def main() -> None:
    compare_cli(__doc__.split("\n")[0], with_r38_flags, KEYS + R38_KEYS)


if __name__ == "__main__":
    main()
