"""Round 35's long-copy counts (readings 84-87: KakaoTalk, email and LMS notes rated 3.0-3.5).

Reads a dump of bench/long_r34_check.py (--dump: copy_eval's grid, each brief sent on KakaoTalk, LMS, email and SMS)
and counts, per channel:

- twice: a content stem of two syllables or more (Kiwi, as forms.said_once_each hears it; not the product's name
  words, not a word any message needs: forms._COMMON_WORDS) said in two different body sentences (readings 86-87,
  s2749: "'촉촉' 반복", s7777: "'담아'가 겹치고"); --top lists the stems said twice most often;
- notice_twice: "눈여겨볼 만" said twice (the seasonal hook "…찾고 있었다면 눈여겨볼 만한 제품이 있어요" beside a
  proof "…부터 눈여겨볼 만해요");
- readings 86-87's seams: skip_day_liked ("빠뜨리고 싶지 않은 날에도 써 보고 좋았던", s7178), each_time_order
  ("쓸 때마다 아침저녁", s7178), feel_or_miss ("직접 느껴 보지 않으면 놓치기 쉽", s9035), this_kind_holds ("이 보습
  에멀젼에 … 담았어요", s7187), these_days_too ("요즘도 편하게", s5882), kind_and ("…샴푸이고, 눈에 띄는 성분은",
  s9717), mood_long ("기분 전환이 필요한 날에도 … 오래 곁에", s4269), holds_trust ("…이 담겨 있어, … 믿고 쓰기
  좋", s7777), review_claim (a review request whose body says a lasting claim in a sentence of its own, s8905);
- what sms.asked_for_stage patches or patched (house_apart and the three leads are written at their source since
  round 35), counted where the long channels say it: house_apart, review_as_new, season_drawn, drawn_new, lead_check,
  lead_worry, lead_service, safe_noun.

    PYTHONPATH=. python bench/long_r34_check.py --n 1200 --dump /tmp/x.jsonl
    PYTHONPATH=. python bench/long_r35_check.py --read /tmp/x.jsonl [--show twice,notice_twice] [--top 30]
    PYTHONPATH=. python bench/long_r35_check.py --steps 1200 [--seed 20261203]   # asked_for_stage, step by step
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_r34_check import print_flag_table

SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
PATTERNS = {
    "notice_twice": None,
    "skip_day_liked": re.compile("빠뜨리고 싶지 않은 날에도 써 보고 좋았던"),
    "each_time_order": re.compile("쓸 때마다 (?:아침저녁|아침|저녁)"),
    "feel_or_miss": re.compile("직접 느껴 보지 않으면 놓치기 쉽"),
    "this_kind_holds": re.compile(r"(?:^|\. )이 [^.,]+에 [^.]+ 담았(?:어요|습니다)"),
    "these_days_too": re.compile("요즘도 편하게"),
    "kind_and": re.compile(r"(?:샴푸|크림|토너|세럼|에센스|클렌저|에멀젼|앰플)이고, (?:눈에 띄는|주목할|주요) 성분은"),
    "mood_long": re.compile("기분 전환이 필요한 날에도 [^.]*오래 곁에"),
    "holds_trust": re.compile(r"담겨 있어, [^.]*믿고 쓰기 좋"),
    # the SMS rewrites (sms.asked_for_stage), in both speech levels
    "review_as_new": re.compile(r"후기가 있어 새로 들여 보기 좋(?:아요|습니다)\."),
    "season_drawn": re.compile(r"인 요즘, (?:이 )?\S+[을를] 새로 들여 보"),
    "drawn_new": re.compile("요즘 새로 들여 보"),
    "lead_check": re.compile(
        r"(?:^|\n)(?:지나치기|놓치기) 전에 (?:지금 )?(?:나에게|내 \S+에) 맞는지 (?:보고|살펴보고) "
    ),
    "lead_worry": re.compile(r"(?:^|\n)(?:지나치기|놓치기) 전에 [^,.]*? 고민에 맞춰 "),
    "lead_service": re.compile(r"(?:^|\n)(?:지나치기|놓치기) 전에 (?:간단한 문답|매장이나 온라인|온라인 채팅)"),
    "safe_noun": re.compile(r"제품이라 안심(?:이에요|입니다)\."),
}
REVIEW_ASK = re.compile("후기로 남겨|후기를 남겨|후기 남기")
LASTING = re.compile(r"(?:^|\. )[^.]*(?:무너지지 않|오래 유지|지속)[^.]*(?:돼요|됩니다|해요|합니다)\.")


def _stems(sentence: str, skip: frozenset[str]) -> set[str]:
    from crm_core.generation.composer import forms

    units = forms._units(sentence)
    return {s for unit in units for s in unit if len(s) >= 2 and s not in forms._COMMON_WORDS and s not in skip}


def twice_of(row: dict) -> list[str]:
    """The stems said in two different body sentences."""
    bare = re.sub(r" \d[\d.]*\s*(?:ml|g|mL|매|ea)$", "", row["product"])
    skip = frozenset([*bare.split(), row["brand"]])
    seen: Counter[str] = Counter()
    for line in row["body"].split("\n"):
        for sentence in SENTENCE.findall(line):
            if sentence.strip():
                seen.update(_stems(sentence.strip(), skip))
    return sorted(w for w, n in seen.items() if n >= 2)


def flags_of(row: dict) -> list[str]:
    text = (row["title"] or "") + "\n" + row["body"]
    flags = [key for key, pattern in PATTERNS.items() if pattern and pattern.search(text)]
    if text.count("눈여겨볼 만") >= 2:
        flags.append("notice_twice")
    if REVIEW_ASK.search(row["body"]) and LASTING.search(row["body"]):
        flags.append("review_claim")
    if row["brand"] and re.search(rf"[^.,]+ 브랜드 {re.escape(row['brand'])}의 ", text):
        flags.append("house_apart")
    if twice_of(row):
        flags.append("twice")
    return flags


def steps(n: int, seed: int) -> None:
    """Run the grid's SMS briefs (an SMS brief's LMS is where sms.asked_for_stage runs) and count, step by step,
    how often each of asked_for_stage's rewrites changes the body it is given."""
    from copy_eval import checked_pipeline, results_on_channels

    from crm_core.generation.composer import sms

    fired: Counter[str] = Counter()
    calls = Counter[str]()
    original = sms.asked_for_stage

    def counted(body: str, stage: int) -> str:
        calls["calls"] += 1
        lines = body.split("\n")
        if stage != 0 and any(sms._REVIEW_AS_NEW.search(line) for line in lines):
            fired["review_as_new"] += 1
        close = [line for line in lines if line.strip()][-1] if body.strip() else ""
        for key, pattern in (
            ("season_drawn", sms._SEASON_DRAWN),
            ("drawn_new", sms._DRAWN_NEW),
        ):
            if pattern.search(close):
                fired[key] += 1
        if sms._SAFE_NOUN.search(body):
            fired["safe_noun"] += 1
        out = original(body, stage)
        if out != body:
            fired["changed"] += 1
        return out

    sms.asked_for_stage = counted
    pipeline, catalog = checked_pipeline()
    for _ in results_on_channels(pipeline, catalog, n, seed, ("sms",)):
        pass
    print(f"asked_for_stage calls {calls['calls']}: " + ", ".join(f"{k} {v}" for k, v in sorted(fired.items())))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--read", type=Path, default=None)
    parser.add_argument("--steps", type=int, default=0, help="briefs of the grid to count asked_for_stage's steps on")
    parser.add_argument("--seed", type=int, default=20261206)
    parser.add_argument("--show", default="")
    parser.add_argument("--top", type=int, default=0)
    args = parser.parse_args()
    if args.steps:
        steps(args.steps, args.seed)
        return
    rows = [json.loads(line) for line in args.read.open(encoding="utf-8")]
    counts: Counter[str] = Counter()
    stems: Counter[str] = Counter()
    shown = {s for s in args.show.split(",") if s}
    for row in rows:
        counts[f"messages|{row['channel']}"] += 1
        if args.top and row["channel"] != "sms":
            stems.update(twice_of(row))
        for flag in flags_of(row):
            counts[f"{flag}|{row['channel']}"] += 1
            if flag in shown:
                extra = f" {twice_of(row)}" if flag == "twice" else ""
                print(f"[{flag}]{extra} {row['channel']} {row['product']} | {row['title']!r} | {row['body']!r}")
    keys = [*PATTERNS, "review_claim", "house_apart", "twice"]
    print_flag_table(counts, keys)
    if args.top:
        print(
            "stems said twice (KakaoTalk, LMS, email):", ", ".join(f"{w} {n}" for w, n in stems.most_common(args.top))
        )


if __name__ == "__main__":
    main()
