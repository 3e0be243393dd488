"""Round 35 (readings 86-87: push 3.69, 12 of 40 messages at 3.5 or below), counted over copy_eval's grid sent on
push only (push_reader_r33_check's grid):

- strict_<persona>: a push body (the name cut out) that says nothing the readers took as theirs, a stricter rule
  than push_reader_r33_check's: a luxury reader hears an anti-ageing function (주름·미백·탄력), an active, a figure,
  a generation, a firmness review or the house's research and heritage, never a helper ingredient alone
  (s6180 "세라마이드를 담았어요" — "성분 한 줄뿐"; s5744 "여드름성 피부 완화 기능성" — "럭셔리 고객과 무관"); a
  natural reader where it comes from or how it feels (s1631 "시어버터·세라마이드를 담았습니다", s7008 "발효 용해물·
  판테놀" — "자연 유래 관점 없음"); a sensitive reader a word of mildness, care or a test (s1617 "감초 추출물",
  s7015 "히알루론산·판테놀" — "안심 포인트가 없음"); a trend reader what is new, talked about, or a finish
  or make-up word (s2848, s6190 — "새로움이 약함"); a budget reader price, size, dose or reviews;
- favour_ask: a share asked as a favour to us, "…주시면 감사하겠습니다/좋겠습니다" (s1617, s4319, s5744:
  "'공유해 주시면 감사하겠습니다'는 회사 중심");
- heart_lead: "마음 가는 대로" (s6662: "어색"); type_title: a title saying the test finds the skin type beside the
  product's name (s7015: "제목이 토너가 피부 타입을 찾아 준다는 뜻으로 읽힘"); fomo_empties: "놓치지 말고 공병"
  (s6724); how_new: "어떻게 쓰는지" to a reader who has not bought it (stage 0, s4087);
- next_unrelated: a push naming the catalog's next product with no word of how it relates ("같은 라인", "다음 단계로
  이어 쓸 …" of the house) — s2848: "브리프에 없는 토너 제품명을 특정함";
- verdict_<v>, product_unnamed.

    PYTHONPATH=. python bench/push_r35_check.py --n 1500 [--show strict_luxury] [--dump X]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from persona_reason_check import AGE, LUX_REVIEW
from push_grid import bare_body, reader_key, run_push_counter

from crm_core.generation.template import short_product_name

LUXURY = re.compile(r"주름 개선|미백|탄력|\d+(?:\.\d+)?%|세대|연구|오랜|헤리티지|전통|한방")
NATURAL = re.compile("자연|에서 얻은|유래|식물|순한|순하게|편안|당김이 적|당기지 않|자극 없이")
SENSITIVE = re.compile(
    "민감|예민|순한|순하게|저자극|자극|진정|약산성|무향|편안|안심|테스트|작은 부위|팔 안쪽|천천히|이틀에 한 번"
)
TREND = re.compile(
    "새로|새롭|요즘|신상|화제|재미|사이에서|이야기가 이어|메이크업|사진|피니시|발색|톤업|광|매트|보송|글로우"
)
BUDGET = re.compile(r"[\d,]+원|후기|리뷰|한 통|넉넉|대용량|한 단계|쌀알|소량|펌프|방울")
READERS = {"luxury": LUXURY, "natural": NATURAL, "sensitive": SENSITIVE, "trend": TREND, "budget": BUDGET}
FAVOUR = re.compile("주시면 (?:감사하겠|좋겠)")
RELATED = re.compile("같은 라인|같은 브랜드|라인의")


def strict_heard(key: str, bare: str) -> bool:
    if key == "luxury" and (any(a in bare for a in AGE) or LUX_REVIEW.search(bare)):
        return True
    return bool(READERS[key].search(bare))


def findings(result, catalog) -> set[str]:  # type: ignore[no-untyped-def]
    product, message, brief = result.product, result.message, result.brief
    key = reader_key(result)
    title, body = message.title or "", message.body
    short = short_product_name(product.name)
    found: set[str] = set()
    if not strict_heard(key, bare_body(result)):
        found.add(f"strict_{key}")
    if FAVOUR.search(body):
        found.add("favour_ask")
    if "마음 가는 대로" in body:
        found.add("heart_lead")
    if "피부 타입을 찾아" in title:
        found.add("type_title")
    if "놓치지 말고 공병" in body:
        found.add("fomo_empties")
    if "어떻게 쓰는지" in body and brief.stage_index == 0:
        found.add("how_new")
    nxt = getattr(result, "next_product", None) or getattr(getattr(result, "resolved", None), "next_product", None)
    event_name = getattr(getattr(result, "event", None), "name", "") or ""
    if "다음 단계" in event_name:
        found.add("next_step_event")
        others = (
            [p.name for p in catalog.products if p.brand == product.brand and p.name != product.name]
            if nxt is None
            else [nxt.name]
        )
        related = RELATED.search(body) or f"{result.brand.name}의 " in body
        if any(short_product_name(o) in body for o in others) and not related:
            found.add("next_unrelated")
    found.add(f"verdict_{result.verdict}")
    if short not in title + body and product.name not in title + body:
        found.add("product_unnamed")
    return found


if __name__ == "__main__":
    run_push_counter(__doc__, findings)
