"""Round 31 (readings 62-65: 18 of 86 pushes rated 3.0-3.5), counted over copy_eval's grid sent on push only.

- nothing_<persona>: a push body (the name cut out) that carries nothing for its reader, on the brief's wide
  rule: luxury no function, active, key ingredient, figure, firmness review or house research (s5988: "성분 근거를
  찾는 럭셔리 고객에게 줄 정보가 없음"); budget no price, per-use, dose, size or review (s2970: "32만 원 크림을
  가성비 고객에게 설득할 근거 없음"); sensitive no mildness word, soothing ingredient or test; natural no origin,
  plant or comfort; trend no finish, colour, format or new-look word (persona_reason_check.carries_reason, wide,
  plus those); nothing_<persona>_had: of those, the ones whose catalog row had such a fact to say;
- referral_held_ask: a referral push (stage 4) whose share or gift ask follows a bare "X은 A·B를 담았습니다."
  line with no word of why it is worth passing on (s7657: "성분 나열 뒤 공유 권유로 급히 넘어감");
- pressure_<who>: "늦지 않게" (not before a gift's choice: its moment passes) or "더 미루지 말고" said to a
  luxury or sensitive reader or in the 고급스러운 tone (s1450: "'늦지 않게'가 막연함", s9225: "'더 미루지
  말고'가 민감성 고객에게 재촉");
- curious_owner: "궁금하셨다면" at the activation stage (stage 1: the reader has the product in hand, s5988).

    PYTHONPATH=. python bench/push_persona_clause_check.py --n 1500 [--show nothing_luxury] [--dump X]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from persona_reason_check import carries_reason, house_of, reason_in_catalog
from push_grid import bare_body, reader_key, run_push_counter

from crm_core.generation.template import short_product_name

SENTENCE = re.compile(r"(?<=[.!?])\s+")
BUDGET_MORE = re.compile(r"[\d,]+원|후기|리뷰|다시 찾|재구매|한 통")
SENSITIVE_MORE = re.compile("테스트|패치|예민|자극|안심|편안")
TREND_MORE = re.compile("새로|새롭|요즘|신상|화제|재미|톡톡|색다")
NATURAL_MORE = re.compile("원료|추출물|오일|순하|편안")
SHARE_ASK = re.compile("공유|나눠|나누|전해|건네|선물|추천해|알려")
HELD_END = re.compile(r"(?:담았습니다|담았어요|들어 있습니다|들어 있어요)\.$")
PRESSURE = re.compile("더 미루지 말고|늦지 않게(?![^.!?]*(?:선물|건넬|건네|골라|전해))")  # not a gift's moment


def carries(key: str, product, bare: str, house: str) -> bool:  # type: ignore[no-untyped-def]
    """The brief's wide rule: carries_reason (wide) or the words the brief names for the reader."""
    if carries_reason(key, product, bare, house, wide=True):
        return True
    heads = [i.split()[0] for i in product.key_ingredients if len(i.split()[0]) >= 2]
    if key == "luxury":
        return any(h in bare for h in heads)
    if key == "budget":
        return bool(BUDGET_MORE.search(bare))
    if key == "sensitive":
        return bool(SENSITIVE_MORE.search(bare))
    if key == "trend":
        return bool(TREND_MORE.search(bare))
    if key == "natural":
        return bool(NATURAL_MORE.search(bare)) and any(h in bare for h in heads)
    return False


def findings(result, catalog) -> set[str]:  # type: ignore[no-untyped-def]
    product, message, brief = result.product, result.message, result.brief
    key = reader_key(result)
    short = short_product_name(product.name)
    body = message.body
    found: set[str] = set()
    if not carries(key, product, bare_body(result), house_of(result.brand.story or "")):
        found.add(f"nothing_{key}")
        if reason_in_catalog(key, product, result) or (key == "luxury" and product.key_ingredients):
            found.add(f"nothing_{key}_had")
    sentences = [x for x in SENTENCE.split(body) if x]
    if brief.stage_index == 4 and len(sentences) >= 2 and SHARE_ASK.search(sentences[-1] + (message.cta or "")):
        if HELD_END.search(sentences[-2]) and short in sentences[-2]:
            found.add("referral_held_ask")
    tone = getattr(brief.tone, "value", brief.tone)
    if PRESSURE.search(body):
        if key in ("luxury", "sensitive"):
            found.add(f"pressure_{key}")
        if tone == "고급스러운":
            found.add("pressure_luxurious_tone")
        found.add("pressure_all")
    if "궁금하셨다면" in body and brief.stage_index == 1:
        found.add("curious_owner")
    return found


if __name__ == "__main__":
    run_push_counter(__doc__, findings)
