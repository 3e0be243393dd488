"""Round 33's long-copy counts (readings 76-81: KakaoTalk, email and LMS notes rated 3.0-3.5).

Over copy_eval's grid (--n briefs, each sent on KakaoTalk, LMS and email; an SMS-less grid, so no sms_to_lms) it counts:

- twice_ingredient: an ingredient of the product's key_ingredients (its head word, "인삼 추출물" -> "인삼") named in two
  sentences of one body (reading 80, s7994: "주요 성분은 인삼 추출물·작약 추출물입니다." then "인삼과 작약 추출물을
  담아 …": "성분 중복 서술");
- sipsio_many / sipsio_title: "십시오" more than once in a message, or in its title (reading 80, s3541: "쓰는 법만
  챙기십시오" … "직접 써 보십시오": "명령형 합쇼체가 딱딱함");
- thin_kakao: a KakaoTalk body without the persona's own reason (persona_strict_check.strict_reason), per persona
  (reading 80, s6889: "짧고 무난, 고객 각도 없음");
- referral_buy: a referral (stage 4) message that asks to buy anew ("새로 들여 보", "들여 보시면"; reading 80, s4958)
  and any message with "요즘 새로 들여 보시면" (s8012).

    PYTHONPATH=. python bench/long_r33_check.py --n 1200 [--show twice_ingredient] [--dump /tmp/x.jsonl]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import checked_pipeline, results_on_channels
from persona_reason_check import house_of
from persona_strict_check import strict_reason

from crm_core.generation.composer.angles import angle_for
from crm_core.generation.template import short_product_name

CHANNELS = ("kakao_friendtalk", "lms", "email")
PERSONAS = ("luxury", "budget", "trend", "natural", "sensitive")
SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
REFERRAL_BUY = re.compile("새로 들여 보|들여 보시면|들여 보세요|들여 보기 좋")
NOW_BUY = re.compile("요즘 새로 들여 보시면")
# an ingredient's head word that is no ingredient of its own ("비타민", "오일") is too generic to count
GENERIC = {"비타민", "오일", "추출물", "성분", "워터", "파우더"}


def heads(product) -> list[str]:  # type: ignore[no-untyped-def]
    out = []
    for item in product.key_ingredients:
        head = item.split()[0]
        if head not in GENERIC and len(head) >= 2:
            out.append(head)
    return out


# a sentence that says the product holds an ingredient ("…을 담아", "주요 성분은 …", "…를 더한", "배합"), not its
# scent ("장미 향") nor the brand's story ("려는 인삼과 한방 원료로 … 브랜드예요")
HOLDS = re.compile("담아|담은|담았|담겨|더한|더해|배합|성분|들어 있|들어있|함량")


def twice_ingredient(body: str, product) -> str:  # type: ignore[no-untyped-def]
    """The first ingredient head said as held in two sentences of the body ("" where none is)."""
    bare = body.replace(product.name, " ").replace(short_product_name(product.name), " ")
    sentences = [s for s in SENTENCE.findall(bare) if HOLDS.search(s) and "브랜드" not in s]
    for head in heads(product):
        if head in short_product_name(product.name):
            continue  # a name word ("자음생", "어린쑥") comes back with the name
        said = [s for s in sentences if re.search(re.escape(head) + "(?! 향)", s)]
        if len(said) > 1:
            return head
    return ""


def flags_of(channel: str, result) -> list[str]:  # type: ignore[no-untyped-def]
    message = result.message
    product = result.product
    title = message.title or ""
    body = message.body
    flags = []
    if twice_ingredient(body, product):
        flags.append("twice_ingredient")
    text = title + "\n" + body
    if text.count("십시오") > 1:
        flags.append("sipsio_many")
    if "십시오" in title:
        flags.append("sipsio_title")
    if result.brief.stage_index == 4 and REFERRAL_BUY.search(text):
        flags.append("referral_buy")
    if NOW_BUY.search(text):
        flags.append("now_buy")
    if channel == "kakao_friendtalk":
        full = " ".join((title, body, message.cta or ""))
        bare = full.replace(product.name, " ").replace(short_product_name(product.name), " ")
        if not strict_reason(angle_for(result.persona).key, product, bare, house_of(result.brand.story or "")):
            flags.append("thin_kakao:" + angle_for(result.persona).key)
    return flags


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1200)
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--show", default="", help="comma-separated flags whose messages are printed")
    parser.add_argument("--dump", type=Path, default=None)
    args = parser.parse_args()
    pipeline, catalog = checked_pipeline()
    shown = {s for s in args.show.split(",") if s}
    counts: Counter[str] = Counter()
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    for channel, result in results_on_channels(pipeline, catalog, args.n, args.seed, CHANNELS):
        counts[f"messages:{channel}"] += 1
        if channel == "kakao_friendtalk":
            counts[f"kakao:{angle_for(result.persona).key}"] += 1
        flags = flags_of(channel, result)
        for flag in flags:
            counts[f"{flag}|{channel}" if not flag.startswith("thin_kakao") else flag] += 1
            name = flag.split(":")[0]
            if name in shown or flag in shown:
                m = result.message
                print(f"[{flag}] {channel} {result.product.name} | {m.title!r} | {m.body!r}")
        if dump:
            brief = result.brief
            row = dict(
                channel=channel,
                persona=angle_for(result.persona).key,
                stage=brief.stage_index,
                style=brief.style_index,
                tone=brief.tone,
                honorific=brief.honorific,
                product=result.product.name,
                title=result.message.title,
                body=result.message.body,
                flags=flags,
            )
            dump.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("| flag | " + " | ".join(CHANNELS) + " |")
    print("|---|---|---|---|")
    for flag in ("twice_ingredient", "sipsio_many", "sipsio_title", "referral_buy", "now_buy"):
        row = [f"{counts[f'{flag}|{c}']}/{counts[f'messages:{c}']}" for c in CHANNELS]
        print(f"| {flag} | " + " | ".join(row) + " |")
    print("\nKakaoTalk bodies without the reader's own reason (persona_strict_check.strict_reason):")
    for key in PERSONAS:
        print(f"  {key}: {counts[f'thin_kakao:{key}']}/{counts[f'kakao:{key}']}")
    thin = sum(counts[f"thin_kakao:{k}"] for k in PERSONAS)
    print(f"  all: {thin}/{counts['messages:kakao_friendtalk']}")


if __name__ == "__main__":
    main()
