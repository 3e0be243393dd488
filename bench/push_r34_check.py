"""Round 34 (readings 82-85: push 3.75, 26 of 104 ratings at 3 or below), counted over copy_eval's grid sent on push
only (push_reader_r33_check's grid):

- order_warm: a friendly, emotional or trendy 합쇼체 push with "…십시오" anywhere in its title or body (s2668: "친근한
  톤에 '확인해 보십시오'가 딱딱함"); order_any: any push saying "십시오"; order_twice: a body saying it twice or more;
  order_title: a title saying it;
- lux_off_name: a luxury push whose product name carries a key ingredient ("풀핏 프로폴리스 라이트 크림") and whose
  body names an ingredient, but never the name's own, nor a registered function or the house's research (s6795:
  "프로폴리스 대신 히알루론산만 언급"); lux_bare_other: a luxury push whose only anchor is an ingredient that is neither
  an active nor the name's (s5916 "실리카 파우더", s7316 "새싹 추출물"), where the catalog has a function, the
  name's ingredient or an active to say;
- nothing_trend: push_reader_r33_check's nothing33_trend;
- awkward_<key>: the lines readers marked whose words come from push.py (s7579 "보습 마무리까지 갖췄어요",
  s4873 "은은한 효과로", s3848 "새로 써 보면", "따뜻한 후기", s9732 "계산하면"/"…꼴" and a per-ml price in the
  emotional tone);
- choppy_function: "…기능성 화장품입니다." said as a sentence of its own with no subject right after another sentence
  (s6458: "문장이 뚝뚝 끊김");
- first_order_title: a first-order event's push whose title drops "첫" (s1111, s6906: "제목에 '첫 주문' 조건 빠짐");
- verdict_<v>: the guard's verdicts; product_unnamed: a push naming the product nowhere.

    PYTHONPATH=. python bench/push_r34_check.py --n 1500 [--show order_warm] [--dump X]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from persona_reason_check import house_of
from push_grid import bare_body, reader_key, run_push_counter
from push_persona_clause_check import carries
from push_reader_r33_check import TREND_TALK

from crm_core.generation.template import short_product_name

WARM = ("친근한", "감성적인", "트렌디한")
ACTIVES = ("아데노신", "나이아신아마이드", "레티놀", "펩타이드", "사포닌", "알부틴", "비타민C", "PDRN", "콜라겐")
AWKWARD = {
    "finish_held": re.compile("마무리까지 갖췄"),
    "subtle_effect": re.compile("은은한 효과"),
    "newly_tried": re.compile("새로 써 보면"),
    "warm_review": re.compile("따뜻한 후기"),
    "reckoned": re.compile("계산하면|원꼴"),
}
PER_ML = re.compile(r"1(?:ml|g|매)당")
FUNCTION_ALONE = re.compile(r"(?:^|[.!?] )(?:피부 )?[가-힣 ]*기능성 화장품(?:입니다|이에요)[.!]")


def findings(result, catalog) -> set[str]:  # type: ignore[no-untyped-def]
    product, message, brief = result.product, result.message, result.brief
    key = reader_key(result)
    title, body = message.title or "", message.body
    tone = getattr(brief.tone, "value", brief.tone)
    honorific = getattr(brief.honorific, "value", brief.honorific)
    bare = bare_body(result)
    found: set[str] = set()
    if "십시오" in title + body:
        found.add("order_any")
        if honorific == "합쇼체" and tone in WARM:
            found.add("order_warm")
    if body.count("십시오") > 1:
        found.add("order_twice")
    if "십시오" in title:
        found.add("order_title")
    if key == "luxury":
        ingredients = [i for i in product.key_ingredients if i]
        own = [i for i in ingredients if len(i.split()[0]) > 1 and i.split()[0] in product.name.split()]
        said = [i for i in ingredients if i.split()[0] in bare]
        anchored = "기능성" in bare or "연구" in bare or "%" in bare
        if own and said and not any(i in said for i in own) and not anchored:
            found.add("lux_off_name")
        functions = [f for f in (product.functional_claims or []) if "자외선" not in f]
        better = bool(own or functions or any(a in i for i in ingredients for a in ACTIVES))
        strong = any(a in i for i in said for a in ACTIVES) or any(i in said for i in own)
        if said and not strong and not anchored and better:
            found.add("lux_bare_other")
    if key == "trend" and not carries(key, product, bare, house_of(result.brand.story or "")):
        if not TREND_TALK.search(bare):
            found.add("nothing_trend")
    for name, pattern in AWKWARD.items():
        if pattern.search(title + " " + body):
            found.add(f"awkward_{name}")
    if tone == "감성적인" and PER_ML.search(body):
        found.add("awkward_per_ml_emotional")
    if FUNCTION_ALONE.search(body) and not re.search(r"(?:^|[.!?] )[^.!?]*[은는] [^.!?]*기능성 화장품", body):
        found.add("choppy_function")
    event_name = getattr(getattr(result, "event", None), "name", "") or ""
    if brief.is_event and "첫 주문" in event_name and "첫" not in title:
        found.add("first_order_title")
    found.add(f"verdict_{result.verdict}")
    if short_product_name(product.name) not in title + body and product.name not in title + body:
        found.add("product_unnamed")
    return found


if __name__ == "__main__":
    run_push_counter(__doc__, findings)
