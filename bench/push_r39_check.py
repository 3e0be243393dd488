"""Round 39 (readings 94-95: push 3.71 / 3.54, the weakest channel), counted over copy_eval's grid sent on push only
(push_r38_check's findings, whose counts it prints beside its own):

- first_feel: the FOMO ask "첫 사용감을 놓치지 말고" (s3365, s7121: "'첫 사용감을 놓치지 말고' 어색");
- glued_offer: the product line glued to an offer on any purchase in one sentence ("…을 담은 X, 최근 6개월 안에 구매한
  제품을 다시 주문하시면 …", s9385: "제품과 적립 조건을 한 문장에 억지로 붙였고");
- bare_permission: a sensitive reader's product line that says only that sensitive skin may use it (s5431: "'민감성도
  쓸 수 있다' 한 줄뿐이라 신뢰 포인트가 약함");
- kept_up_permission: the same said to a reader who keeps the product up (retention; s4396: "오래 쓴 고객에게
  '민감성도 쓸 수 있다'는 말이 군더더기").

    PYTHONPATH=. python bench/push_r39_check.py --n 1500 [--show first_feel] [--dump X]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from push_grid import run_push_counter
from push_r38_check import findings as r38_findings

from crm_core.generation.template import short_product_name

GLUED = re.compile(r"[을를] 담은 [^.]+, [^.]*(?:구매한 제품|원 이상)")


def findings(result, catalog) -> set[str]:  # type: ignore[no-untyped-def]
    found = r38_findings(result, catalog) or set()
    body = result.message.body
    if "첫 사용감을 놓치지" in body:
        found.add("first_feel")
    if GLUED.search(body):
        found.add("glued_offer")
    name = result.product.name
    marked = body.replace(name, "@").replace(short_product_name(name), "@")
    if re.search(r"@[은는] 민감성 피부도 쓸 수 (?:있어요|있습니다)\.", marked):
        found.add("bare_permission")
    if "민감성 피부도 쓸 수" in body and result.brief.stage_index == 2:
        found.add("kept_up_permission")
    return found


if __name__ == "__main__":
    run_push_counter(__doc__, findings)
