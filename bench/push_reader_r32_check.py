"""Round 32 (readings 70-75: about 30 pushes at 3.0-3.5; the dominant note "관점 없음" / a wrong persona's angle).

Counted over copy_eval's grid sent on push only (as push_persona_clause_check, whose `carries` rule it reuses):

- nothing_<persona>: a push body that carries nothing for its reader (push_persona_clause_check's wide rule);
  why_<persona>_<reason>: why, from the composer's own plan: `noclause` (push.reader_clauses gave none: no fact
  the push would say), `lost` (a clause existed but no form with it was sent: no room, or the form was skipped);
- wrong_<persona>: a line that names another reader's interest (s2466, a budget reader: "…담고 있어 성분을 꼼꼼히
  보는 분께 권하기 좋습니다"; s9301, a trend reader: "쓰던 제품과 성분·사용감을 비교해 보십시오");
- causal_stock: "…을 담은 제품이라 오래 곁에 두게 돼요" (s2598: "민트 추출물이라 오래 곁에 둔다는 인과 어색");
- review_topic_tangle: "X은 … 후기로는 …" (s9856: "주어·서술어가 꼬임").

    PYTHONPATH=. python bench/push_reader_r32_check.py --n 1500 [--show why_budget_noclause] [--dump X]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from persona_reason_check import house_of
from push_grid import bare_body, reader_key, run_push_counter
from push_persona_clause_check import carries

from crm_core.generation.composer import push

# another reader's interest named: the ingredient-checker to a budget, trend or natural reader; an ingredient
# comparison to a trend or budget reader
WRONG = {
    "budget": re.compile("성분을 꼼꼼히|성분표부터|성분·사용감을 비교"),
    "trend": re.compile("성분을 꼼꼼히|성분표부터|성분·사용감을 비교"),
    "natural": re.compile("성분을 꼼꼼히|성분표부터"),
    "sensitive": re.compile("가성비|실속"),
    "luxury": re.compile("가성비|실속|부담 없이 들일"),
}
CAUSAL_STOCK = re.compile(r"(?:담은|든) 제품이라 오래 곁에 두게")
REVIEW_TANGLE = re.compile(r"^\S.*?[은는] [^.]*후기로는 ")


def main() -> None:
    seen: list = []
    original = push.bodies

    def recording(plan, request):  # type: ignore[no-untyped-def]
        seen.append((plan, request))
        return original(plan, request)

    def findings(result, catalog) -> set[str] | None:  # type: ignore[no-untyped-def]
        if not seen:
            return None
        plan, request = seen[-1]
        seen.clear()
        product, message = result.product, result.message
        key = reader_key(result)
        body = message.body
        found: set[str] = set()
        if not carries(key, product, bare_body(result), house_of(result.brand.story or "")):
            found.add(f"nothing_{key}")
            clauses = push.reader_clauses(push._as_user(plan, request), request)
            found.add(f"why_{key}_{'lost' if clauses else 'noclause'}")
        if WRONG[key].search(body + " " + (message.title or "")):
            found.add(f"wrong_{key}")
            found.add("wrong_all")
        if CAUSAL_STOCK.search(body):
            found.add("causal_stock")
        if REVIEW_TANGLE.search(body):
            found.add("review_topic_tangle")
        return found

    push.bodies = recording  # forms.py calls push.bodies
    run_push_counter(__doc__, findings)


if __name__ == "__main__":
    main()
