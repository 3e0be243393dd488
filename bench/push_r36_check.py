"""Round 36 (readings 88-89: push 3.84, 5 of 40 messages at 3.5 or below), counted over copy_eval's grid sent on push
only (push_r35_check's grid, whose counts it prints beside its own):

- budget_price_bare: a budget reader's push whose body says the price and nothing the money buys: no product merit
  (a texture, finish, function, what it does, an ingredient), no review, no use (s5290 "워터뱅크 UV 베리어 선크림은
  50ml 정가 32,000원, 1ml당 약 640원입니다." — "ml당 가격만 있고 제품 장점 없음"; s5938 "조금씩 덜어 쓰는 래디언씨
  비타민 스팟 앰플은 10g 한 통 기준 정가 32,000원이에요." — "정가만 던져 가성비 설득이 안 됨"); budget_priced: those
  saying the price at all;
- favour_ask: push_r35_check's, "…주시면 감사하겠습니다/좋겠습니다" (s5008: "'감사하겠습니다'가 딱딱하고 트렌디한 톤이
  부족함"), by tone (favour_<tone>);
- strict_<persona>: push_r35_check's.

    PYTHONPATH=. python bench/push_r36_check.py --n 1500 [--show budget_price_bare] [--dump X]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from push_grid import reader_key, run_push_counter
from push_r35_check import findings as r35_findings

from crm_core.generation.template import short_product_name

# what the money buys: a texture or finish, what it does, a registered function, an ingredient it holds, a use, a
# review, the dose's reason ("한 병을 오래 두고 쓸 수 있어요"); not a dose alone ("조금씩 덜어 쓰는", "펌프 한 번이면
# 되는"), nor the size ("한 통", "넉넉한 용량"), nor the tone's words ("정성을 담은") or an ask ("가볍게 둘러보세요")
MERIT = re.compile(
    "후기|써 본 분|기능성|흡수|촉촉|산뜻|가볍(?!게 둘러)|가벼운|부드럽|부드러운|보습|수분|진정|끈적|백탁|거품|세정|"
    "녹여|녹이|녹는|윤기|광이|광의|매트|밀착|커버|지속|정돈|탄력|미백|주름|쫀쫀|쫀득|제형|사용감|발리|발려|스며|머금|"
    "자외선|피부결|모발|두피|개운|당김|순한|순하게|약산성|얼굴과 몸|온 가족|덧바르|담았|(?<!정성을 )담은|들어 있|"
    "보송|톤업|발색|닦아|씻어|영양|매끈|상쾌|은은|입자|필오프|화장솜|편안|오래 두고 쓸| 향|향의|향이"
)


def price_of(product) -> str:  # type: ignore[no-untyped-def]
    return f"{product.price:,}원" if getattr(product, "price", None) else ""


def merit_said(body: str, product) -> bool:  # type: ignore[no-untyped-def]
    """Whether the body (its product name cut out) says something the money buys (MERIT)."""
    bare = body.replace(product.name, " ").replace(short_product_name(product.name), " ")
    return any(m.group() not in product.name for m in MERIT.finditer(bare))


def findings(result, catalog) -> set[str]:  # type: ignore[no-untyped-def]
    """push_r35_check's findings, with the favour ask by tone and the budget reader's bare price."""
    product, body = result.product, result.message.body
    tone = getattr(result.brief.tone, "value", result.brief.tone)
    found = r35_findings(result, catalog)
    if "favour_ask" in found:
        found.add(f"favour_{tone}")
    price = price_of(product)
    if reader_key(result) == "budget" and price and price in body:
        found.add("budget_priced")
        if not merit_said(body, product):
            found.add("budget_price_bare")
    return found


if __name__ == "__main__":
    run_push_counter(__doc__, findings)
