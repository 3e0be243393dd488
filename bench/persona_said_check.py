"""What a persona's own line says again or says where it does not fit, over copy_eval's grid (round 21).

Readings 30-31: a natural reader's origin line said what the definition or the label line had said ("우리 쌀을
발효해 얻은 보습 에센스로, 빨간쌀 발효물처럼 자연에서 얻은 원료를 담았어요": "발효 원료 설명이 중복됨"; "원료 목록에서는
작약 추출물·인삼 추출물을 찾을 수 있습니다. 작약과 인삼 등 한방 원료에서 얻은 성분을 배합했습니다": "작약·인삼 원료
설명이 두 번 반복됨"); a luxury reader of 설화수 led by 시어버터 ("설화수인데 인삼이 아닌 시어버터를 앞세웠고"); a
budget reader told a per-ml price at the retention stage ("유지 단계에 1ml당 가격은 어색"), a small size as value
("가성비 고객에 작은 용량 강조는 엇나감"), a per-gram price of a sun stick ("계산 문장이 기계적"). Counted per message
over every channel:

- origin_twice: a message whose text (the product's name cut out) says an origin twice ("…에서 얻은", "발효해 얻은",
  "자연에서 얻은", "유래" two times or more), or names a key ingredient's head word in two sentences;
- luxury_base_lead: a luxury message whose first named key ingredient is a common base (시어버터, 글리세린, 스쿠알란 …)
  while the product lists an ingredient that is none;
- budget_per_unit_retention: a budget message at the retention stage (2) with a per-unit price;
- budget_small_size: a budget message selling a small size ("작은 용량", "작은 크기", "넣어 다니기");
- budget_per_unit_sun: a budget message with a per-unit price of a sunscreen;
- sensitive_retention_reason: sensitive messages at the retention stage that carry the reader's own reason
  (persona_reason_check.carries_reason), of all such messages; sensitive_retention_concern: those that speak of the
  reader's concern at all (예민, 민감, 순한, 자극, 진정, 컨디션 …).

    PYTHONPATH=. python bench/persona_said_check.py --n 400
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import checked_pipeline, results_on_channels
from persona_reason_check import CHANNELS, carries_reason

from crm_core.generation.composer.angles import angle_for
from crm_core.generation.template import short_product_name

ORIGIN_SAID = re.compile("에서 얻은|해 얻은|자연에서|유래")
COMMON_BASES = (
    "시어버터",
    "글리세린",
    "스쿠알란",
    "히알루론산",
    "판테놀",
    "베타인",
    "토코페롤",
    "아미노산",
    "알란토인",
    "미네랄 오일",
)
PER_UNIT = re.compile(r"(?:1\s?(?:ml|g)|ml|g|1매)당 (?:약 )?[\d,]+원")
SMALL = re.compile("작은 용량|작은 크기|넣어 다니기|미니 사이즈")
SENTENCE = re.compile(r"[^.!?\n]+")
# what a sensitive reader listens for, in the copy's words or the catalog's (reading 30, s1261: "재구매 유도는
# 자연스러우나 민감 피부 관심사 없음")
CONCERN = re.compile("예민|민감|순한|순하게|자극|진정|컨디션|약산성|무향|저자극")


def origin_twice(product, bare: str) -> bool:  # type: ignore[no-untyped-def]
    if len(ORIGIN_SAID.findall(bare)) >= 2:
        return True
    sentences = SENTENCE.findall(bare)
    for ingredient in product.key_ingredients:
        head = ingredient.split()[0]
        if len(head) >= 2 and head not in product.name and sum(head in s for s in sentences) >= 2:
            return True
    return False


def base_lead(product, bare: str) -> bool:  # type: ignore[no-untyped-def]
    heads = [i.split()[0] if i.split()[0] != "미네랄" else i for i in product.key_ingredients]
    found = sorted((bare.find(h), h) for h in heads if bare.find(h) >= 0)
    if not found:
        return False
    first = found[0][1]
    own = [i for i in product.key_ingredients if not i.startswith(COMMON_BASES)]
    named = any(
        w in product.name for i in own for w in i.split() if len(w) >= 2 and w != "추출물"
    )  # the name leads with its own ingredient
    return first.startswith(COMMON_BASES) and bool(own) and not named


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=400)
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--show", default="", help="a flag whose messages are printed")
    args = parser.parse_args()
    from crm_core.generation.composer.facts import product_facts
    from crm_core.generation.composer.reader import product_kind

    pipeline, catalog = checked_pipeline()
    flags, totals = Counter(), Counter()
    for channel, result in results_on_channels(pipeline, catalog, args.n, args.seed, CHANNELS):
        product = result.product
        if not getattr(product, "category", None):
            continue
        key = angle_for(result.persona).key
        stage = result.brief.stage_index
        message = result.message
        text = " ".join((message.title or "", message.body, message.cta or ""))
        bare = text.replace(product.name, " ").replace(short_product_name(product.name), " ")
        body = message.body.replace(product.name, " ").replace(short_product_name(product.name), " ")
        totals["all"] += 1
        totals[key] += 1
        found = set()
        if origin_twice(product, body):
            found.add(f"origin_twice/{key}")
        if key == "luxury" and base_lead(product, body):
            found.add("luxury_base_lead")
        if key == "budget":
            kind = product_kind(product_facts(product, angle_for(result.persona)), product.name)
            if stage == 2 and PER_UNIT.search(text):
                found.add("budget_per_unit_retention")
            if SMALL.search(text):
                found.add("budget_small_size")
            if kind == "sun" and PER_UNIT.search(text):
                found.add("budget_per_unit_sun")
        if key == "sensitive" and stage == 2:
            totals["sensitive_retention"] += 1
            if carries_reason("sensitive", product, bare):
                found.add("sensitive_retention_reason")
            if CONCERN.search(bare):
                found.add("sensitive_retention_concern")
        for name in found:
            flags[name] += 1
            if name == args.show or (args.show and name.startswith(args.show)):
                print(f"[{name} {channel} s{stage}] {product.name}: {message.body[:260]!r}")
    print(f"messages: {totals['all']}")
    for name in sorted(flags):
        print(f"{name}: {flags[name]}")
    print(f"sensitive_retention messages: {totals['sensitive_retention']}")


if __name__ == "__main__":
    main()
