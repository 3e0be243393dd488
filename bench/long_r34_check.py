"""Round 34's long-copy counts (readings 82-85: KakaoTalk, email and LMS notes rated 3.0-3.5).

Dumps copy_eval's grid (--n briefs, each sent on KakaoTalk, LMS, email and SMS) to --dump, or counts a dump (--read):

- what sms.asked_for_stage patches in an SMS brief's LMS, counted on every channel: while_offered ("혜택이 있을 때/
  있는 동안", a deadline the event lacks; reading 79, s9433), live_now ("라이브를 보며 …", s2587), first_feel ("첫
  사용의 느낌을 … 만나 보", s1721), safe_noun ("제품이라 안심입니다", s4375), review_as_new ("후기가 있어 새로
  들여 보기", s4958), drawn_new ("요즘 새로 들여 보", s8012), house_owner ("… 브랜드 아이오페의 {name}은", s7076),
  name_twice ("… 크림, {name}을 소개해 드립니다" with a name word said twice, s9835);
- readings 82-85's awkward phrases: charm ("…이 매력입니다" with a routine or texture as subject, s3852, s4979),
  bulk_missed ("대용량이 아쉬워", s2771), premium_light ("가볍게 시작" for a product at 100,000 won or more, s9966),
  pass_waste ("지나치기엔 아깝/아쉽", s2044, s5085), luxury_fomo ("놓치기 아깝" at 설화수/헤라, s7074), good_twice
  (≥2 "좋습니다", s7315, s9338), skip_day ("관리를 빠뜨리고 싶지 않은 날" for a cleanser or hair product, s9554,
  s8820), feel_first ("사용감부터 마음에 들어야", s8820), fav_new ("즐겨 쓰는" and "새로 들이신" together, s5749);
- choppy: two short copula sentences in a row ("…젤이에요. 눈에 띄는 성분은 …이에요.", under 32 and 45
  characters; s5592, s5230).

    PYTHONPATH=. python bench/long_r34_check.py --n 1200 --dump /tmp/x.jsonl
    PYTHONPATH=. python bench/long_r34_check.py --read /tmp/x.jsonl [--show charm]
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

CHANNELS = ("kakao_friendtalk", "lms", "email", "sms")
SENTENCE = re.compile(r"[^.!?\n]+[.!?]")
SHORT_FACT = re.compile(r"(?:입니다|이에요|예요)\.$")
LUXURY_HOUSES = ("설화수", "헤라")
PATTERNS = {
    "while_offered": re.compile("혜택이 (?:있는 동안|있을 때)"),
    "live_now": re.compile("라이브를 보며"),
    "first_feel": re.compile("첫 사용의 느낌을 (?:오늘 )?(?:직접 )?만나"),
    "safe_noun": re.compile(r"제품이라 안심(?:이에요|입니다)\."),
    "review_as_new": re.compile("후기가 있어 새로 들여 보기"),
    "drawn_new": re.compile("요즘 새로 들여 보"),
    "charm": re.compile(r"(?:루틴|제형|팁|텍스처|타입)[이가] 매력(?:입니다|이에요)"),
    "bulk_missed": re.compile("대용량이 (?:바로 )?아쉬워"),
    "pass_waste": re.compile("지나치기엔 (?:아깝|아쉽)"),
    "feel_first": re.compile("사용감부터 마음에 들어야"),
}


def flags_of(row: dict) -> list[str]:
    text = (row["title"] or "") + "\n" + row["body"]
    flags = [key for key, pattern in PATTERNS.items() if pattern.search(text)]
    name, brand = row["product"], row["brand"]
    bare = re.sub(r" \d[\d.]*\s*(?:ml|g|mL|매|ea)$", "", name)
    if re.search(rf"브랜드 {re.escape(brand)}의 ", text):
        flags.append("house_owner")
    found = re.search(rf"([^.,\n]+), (?:{re.escape(name)}|{re.escape(bare)})[을를] 소개해 드(?:려요|립니다)", text)
    if found and any(len(w) >= 2 and w in found.group(1).split() for w in bare.split()):
        flags.append("name_twice")
    if "가볍게 시작" in text and row["price"] >= 100000:
        flags.append("premium_light")
    if "놓치기 아깝" in text and brand in LUXURY_HOUSES:
        flags.append("luxury_fomo")
    if text.count("좋습니다") >= 2:
        flags.append("good_twice")
    if "관리를 빠뜨리고 싶지 않은 날" in text and re.search("클렌|폼|오일|샴푸|두피|헤어|워시", name):
        flags.append("skip_day")
    if "즐겨 쓰는" in text and "새로 들이신" in text:
        flags.append("fav_new")
    for line in row["body"].split("\n"):
        sentences = [s.strip() for s in SENTENCE.findall(line)]
        if any(
            SHORT_FACT.search(a) and SHORT_FACT.search(b) and len(a) < 32 and len(b) < 45
            for a, b in itertools.pairwise(sentences)
        ):
            flags.append("choppy")
            break
    return flags


def dump(n: int, seed: int, out: Path) -> None:
    from copy_eval import checked_pipeline, results_on_channels

    from crm_core.generation.composer.angles import angle_for

    pipeline, catalog = checked_pipeline()
    with out.open("w", encoding="utf-8") as f:
        for i, (channel, result) in enumerate(results_on_channels(pipeline, catalog, n, seed, CHANNELS)):
            brief = result.brief
            row = dict(
                i=i,
                channel=channel,
                persona=angle_for(result.persona).key,
                stage=brief.stage_index,
                style=brief.style_index,
                tone=str(brief.tone),
                honorific=str(brief.honorific),
                brand=result.brand.name,
                product=result.product.name,
                price=result.product.price or 0,
                event=bool(brief.is_event),
                title=result.message.title,
                body=result.message.body,
            )
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1200)
    parser.add_argument("--seed", type=int, default=20261206)
    parser.add_argument("--dump", type=Path, default=None)
    parser.add_argument("--read", type=Path, default=None)
    parser.add_argument("--show", default="")
    args = parser.parse_args()
    if args.dump:
        dump(args.n, args.seed, args.dump)
        return
    rows = [json.loads(line) for line in args.read.open(encoding="utf-8")]
    counts: Counter[str] = Counter()
    shown = {s for s in args.show.split(",") if s}
    for row in rows:
        counts[f"messages|{row['channel']}"] += 1
        for flag in flags_of(row):
            counts[f"{flag}|{row['channel']}"] += 1
            if flag in shown:
                print(f"[{flag}] {row['channel']} {row['product']} | {row['title']!r} | {row['body']!r}")
    keys = [*PATTERNS, "house_owner", "name_twice", "premium_light", "luxury_fomo", "good_twice", "skip_day"]
    keys += ["fav_new", "choppy"]
    print_flag_table(counts, keys)


def print_flag_table(counts: Counter, keys: list[str]) -> None:
    """Each flag's count per channel over that channel's messages (counts holds "flag|channel" and
    "messages|channel"), and the flag's total."""
    print("| flag | " + " | ".join(CHANNELS) + " | all |")
    print("|---|" + "---|" * (len(CHANNELS) + 1))
    for key in keys:
        cells = [f"{counts[f'{key}|{c}']}/{counts[f'messages|{c}']}" for c in CHANNELS]
        total = sum(counts[f"{key}|{c}"] for c in CHANNELS)
        print(f"| {key} | " + " | ".join(cells) + f" | {total} |")


if __name__ == "__main__":
    main()
