"""Round 38 (readings 92-93: push 3.90), counted over copy_eval's grid sent on push only (push_r37_check's findings,
whose counts it prints beside its own):

- thin: a push whose only sentences are the product line, saying what the product holds or is and no merit, and the
  ask, with no offer (s7667, 3.0: "수퍼 화산송이 모공 마스크는 화산송이 파우더·카올린을 담은 팩입니다. 겨울이 깊어지기
  전에 제품 페이지에서 가볍게 둘러보시면 좋겠습니다." — "신뢰 포인트 없이 '둘러보라'만 남아 얇음"); thin_<reader>;
- unit_permission: a price per unit said as a permission ("1매당 약 470원꼴이라 한 장씩 써도 됩니다", s8890: "어색");
- helps_no_one: the compact referral's gain that names no one ("…공유하시면 큰 도움이 됩니다").

    PYTHONPATH=. python bench/push_r38_check.py --n 1500 [--show thin] [--dump X]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from push_grid import reader_key, run_push_counter
from push_r36_check import MERIT
from push_r37_check import findings as r37_findings

from crm_core.generation.template import short_product_name

SENTENCE = re.compile(r"(?<=[.!?])\s+")
OFFER = re.compile("드려요|드립니다|적립|증정|무료|쿠폰|할인|포장|샘플|미니어처|세트|주문하시면|구매하시면|후기")
# what a sensitive reader hears as their reason
MILD = re.compile("민감|예민|순한|순하게|저자극|자극|진정|약산성|무향|편안|안심|붉은기")
# a trust point (the house's research, a test, a figure), the referral's bridge, the price's value
TRUST = re.compile(r"연구|만들어|테스트|임상|인증|\d+%|권하기 좋|건네기 좋|부담 없")
HOLDING = frozenset({"담았", "담은", "들어 있"})
GREETING = re.compile(r"^#\{고객명\}님, ")


def thin(body: str, name: str) -> bool:
    """Whether the body says the product line (what it holds or is, no MERIT word but holding, no mildness, no
    trust point) and the ask only, with no offer."""
    said = [s for s in SENTENCE.split(GREETING.sub("", body.strip())) if s.strip()]
    if len(said) != 2 or OFFER.search(body):
        return False
    line = said[0].replace(name, " ")
    if MILD.search(line) or TRUST.search(line):
        return False
    return not any(m.group() not in HOLDING and m.group() not in name for m in MERIT.finditer(line))


def findings(result, catalog) -> set[str]:  # type: ignore[no-untyped-def]
    found = r37_findings(result, catalog)
    body = result.message.body
    if thin(body, short_product_name(result.product.name)):
        found |= {"thin", f"thin_{reader_key(result)}"}
    if re.search(r"당 약 [\d,]+원꼴이라(?: \S+){1,3} 써도 (?:돼요|됩니다)", body):
        found.add("unit_permission")
    if re.search("시면 큰 도움이 (?:돼요|됩니다)", body):
        found.add("helps_no_one")
    return found


if __name__ == "__main__":
    run_push_counter(__doc__, findings)
