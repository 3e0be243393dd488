"""Round 38's long-copy counts (readings 92-93: KakaoTalk 3.92, email 3.95; long notes rated 3.0-3.5).

Reads a dump of bench/long_r34_check.py (--dump; --n 800 gives 2,400 long bodies) and counts, per channel:

- label: a sentence that says only what kind the product is after its name ("자음유액 EX는 보습 유액입니다.", s9728;
  "더 나이아신아마이드 15 세럼, 가벼운 세럼이에요.", s6314), or that ends on the name itself ("…마음에 들 PDRN
  카페인샷입니다.", s2270);
- kind_twice: two sentences in a row that both end on what the product is (s2270: "…카페인샷입니다. …앰플입니다.");
- kind_held: a kind said as an ingredient ("이 보습 미스트에는 세럼이 들어 있어요", s7483);
- stock: a stock emotional line that carries no fact of the product (lines.STYLE_LINES[3], reader.py's rituals:
  s2876 "…라면 오래 곁에 두게 됩니다", s4138 "…정성을 들이면 하루의 시작이 단정해져요"); --top lists them;
- review_tangled: "써 본 분들이 남긴 … 후기는 … 참고가 됩니다" (s9728);
- opening kinds: the body's first sentence as a hook (the reader's moment, a question), an ingredient line
  (s6264 "픽싱 틴트에는 호호바 오일이 들어 있어요."), an introduction ("…을 소개해 드립니다", s2876), a definition,
  a review line, or other.

    PYTHONPATH=. python bench/long_r34_check.py --n 800 --dump /tmp/x.jsonl
    PYTHONPATH=. python bench/long_r38_check.py --read /tmp/after.jsonl [--before /tmp/before.jsonl] [--show label]
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_r34_check import print_flag_table
from long_r36_check import LONG, sentences_of
from long_r37_check import _skip

KINDS = (
    "자외선 차단제", "기능성 화장품", "선크림", "선 스틱", "크림", "세럼", "에센스", "토너", "클렌저", "클렌징폼",
    "에멀젼", "에멀전", "로션", "앰플", "마스크", "미스트", "틴트", "쿠션", "파운데이션", "밤", "패드", "오일",
    "바디워시", "샴푸", "리무버", "팩", "스틱", "트리트먼트", "폼", "워터", "밀크", "컨실러", "립스틱", "팔레트",
    "젤", "세안제", "유액", "스킨", "수딩젤", "선젤", "선밀크", "립밤", "아이크림", "제품",
)  # fmt: skip
_KIND = "(?:" + "|".join(sorted(KINDS, key=len, reverse=True)) + ")"
COPULA = "(?:이에요|예요|입니다)"
# after the name: a topic particle or a comma, at most two words, a kind and a copula
LABEL_REST = re.compile(rf"^(?:은|는|이|가|,)? ?(?:\S+ ){{0,1}}\S*{_KIND}{COPULA}\.$")
BARE_LABEL = re.compile(rf"^(?:이 )?(?:\S+ ){{0,1}}\S*{_KIND}{COPULA}\.$")
ENDS_KIND = re.compile(rf"{_KIND}{COPULA}\.$")
KIND_HELD = re.compile(rf"에는 {_KIND}(?:이|가) 들어 있")
STOCK = {
    "feel_myself": re.compile("바쁜 날에도 [^.]{1,16} 쓰는 (?:짧은 순간|몇 분)만큼은 기분 좋게 나를 챙길"),
    "at_ease": re.compile("쓰는 (?:짧은 순간|몇 분)만큼은 여유 있게 즐겨"),
    "familiar_ease": re.compile("익숙한 사용감이라 피곤한 날에도"),
    "feel_first": re.compile("사용감부터 마음에 들어야"),
    "kept_long": re.compile("(?:이라면|라면) 오래 곁에 두게 (?:돼요|됩니다)"),
    "story_vivid": re.compile("이야기가 더 생생하게 전해져"),
    "friend_safe": re.compile("받는 분도 이 \\S+ 안심하고 만날"),
    "moment_felt": re.compile("에도 이 \\S+에는 마음 편히 손이 가(?:요|ㅂ니다)|에도 이 \\S+에는 마음 편히 손이 갑니다"),
    "ritual_tidy": re.compile("하루의 시작이 (?:한결 )?단정해져"),
    "ritual_other": re.compile("하루(?:를|의) (?:마무리|끝)가 (?:한결 )?\\S+해져|마음이 한결 (?:편안|느긋|차분)해져"),
}
REVIEW_TANGLED = re.compile("남긴 [^.]*후기는 [^.]*참고가 (?:돼요|됩니다)")
INTRODUCE = re.compile("소개해 드(?:려요|립니다)|소식을 전해 드")
# a bare ingredient line: what it holds and nothing of what it is or who it is for
HELD = re.compile(r"^[^,]*에는 [^,]+(?:들어 있|담겨 있)(?:어요|습니다)\.$|^[^,]*을 담아 만들었(?:어요|습니다)\.$")
REVIEW = re.compile("후기")


def opening_of(body: str, skip: frozenset[str]) -> str:
    """The kind of a body's first sentence (the greeting skipped)."""
    said = [s for s in sentences_of(body) if s not in ("안녕하세요.", "반갑습니다.", "늘 찾아 주셔서 감사합니다.")]
    first = said[0] if said else ""
    if INTRODUCE.search(first):
        return "open_introduce"
    if HELD.search(first):
        return "open_ingredient"
    if REVIEW.search(first):
        return "open_review"
    if ENDS_KIND.search(first) and not re.search("분이라면|날|때", first):
        return "open_definition"
    return "open_hook"


def _is_label(sentence: str, names: tuple[str, ...]) -> bool:
    for name in names:
        if sentence.startswith(name):
            rest = sentence[len(name) :]
            if LABEL_REST.match(rest) or re.fullmatch(rf"{COPULA}\.", rest):
                return True
        if sentence.endswith(tuple(f"{name}{c}." for c in ("이에요", "예요", "입니다"))):
            return True
    return bool(BARE_LABEL.match(sentence))


def flags_of(row: dict) -> list[str]:
    bare = re.sub(r" \d[\d.]*\s*(?:ml|g|mL|매|ea)$", "", row["product"])
    names = tuple(dict.fromkeys([bare, bare.removeprefix(row["brand"]).strip()]))
    said = sentences_of(row["body"])
    flags = []
    if any(_is_label(s, names) for s in said):
        flags.append("label")
    ends = [
        bool(ENDS_KIND.search(s)) or s.endswith(tuple(f"{n}{c}." for n in names for c in ("이에요", "입니다")))
        for s in said
    ]
    if any(a and b for a, b in itertools.pairwise(ends)):
        flags.append("kind_twice")
    if KIND_HELD.search(row["body"]):
        flags.append("kind_held")
    if any(p.search(row["body"]) for p in STOCK.values()):
        flags.append("stock")
    if REVIEW_TANGLED.search(row["body"]):
        flags.append("review_tangled")
    flags.append(opening_of(row["body"], _skip(row)))
    return flags


KEYS = ["label", "kind_twice", "kind_held", "stock", "review_tangled"]
OPENINGS = ["open_hook", "open_ingredient", "open_introduce", "open_definition", "open_review"]


def compare_dumps(before: Path | None, read: Path, flags, keys: list[str], shown: set[str], top: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Print, for each dump (`before` where given, then `read`), the long bodies' `flags(row)` per channel in `keys`'
    order (the "after" bodies of a flag in `shown` whole; each stock line's count with `top`), then how many bodies
    the two dumps differ in."""
    bodies: dict[str, dict[int, str]] = {}
    for label, path in (("before", before), ("after", read)):
        if path is None:
            continue
        counts: Counter[str] = Counter()
        stock: Counter[str] = Counter()
        bodies[label] = {}
        for row in (json.loads(line) for line in path.open(encoding="utf-8")):
            if row["channel"] not in LONG:
                continue
            bodies[label][row["i"]] = row["body"]
            counts[f"messages|{row['channel']}"] += 1
            stock.update(k for k, p in STOCK.items() if p.search(row["body"]))
            for flag in flags(row):
                counts[f"{flag}|{row['channel']}"] += 1
                if flag in shown and label == "after":
                    print(f"[{flag}] {row['channel']} s{row['stage']} {row['persona']} {row['product']}")
                    print(f"   {row['body']!r}")
        print(f"== {label}: {path} ({len(bodies[label])} long bodies)")
        print_flag_table(counts, keys)
        if top:
            print("stock lines:", dict(stock.most_common()))
    if len(bodies) == 2:
        changed = sum(1 for i, body in bodies["after"].items() if bodies["before"].get(i) != body)
        print(f"changed: {changed} of {len(bodies['after'])} long bodies")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--read", type=Path, required=True)
    parser.add_argument("--before", type=Path, default=None, help="a dump of the same grid: its counts and changes")
    parser.add_argument("--show", default="")
    parser.add_argument("--top", action="store_true", help="each stock line's count")
    args = parser.parse_args()
    shown = {s for s in args.show.split(",") if s}
    compare_dumps(args.before, args.read, flags_of, KEYS + OPENINGS, shown, args.top)


if __name__ == "__main__":
    main()
