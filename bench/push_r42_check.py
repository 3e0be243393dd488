"""Round 42 (readings 102-105: push 3.57 / 3.35 / 3.79 / 3.54, the weakest channel; 17 of the 43 messages at 3.0
were pushes, nearly all "<persona> 고객 관점 없음"), counted over copy_eval's grid sent on push only:

- unheard_<persona>: a push body (the name cut out, the stock reader lines cut out: the openers, the user hooks, a
  trend reader's "써 보는 재미" hook, which state nothing of the product) that carries no clause of the reader's own
  reason, as the readers took it:
  luxury: push_r35_check's strict rule (a weighed function, a figure, a generation, an anti-ageing active, the
  house's research, a firmness review) or an ingredient told with what it does (facts.TRUSTED_ROLES: s2197
  "글루코노락톤을 담았어요" — "성분 한 줄이 뚝 끊기고 … 관점 없음", s2708 "비타민E를 담았어요");
  sensitive: a mildness, care or test word (s4276 "성분 나열과 샘플 안내뿐이고 민감성 고객을 위한 안심 요소가 없음");
  trend: what is new, talked about, a finish or a make-up result (s8833 "트렌드 고객이 좋아할 새로움·메이크업 포인트가
  없음" under the stock "요즘 루틴에 새로운 재미를 더해 볼 때입니다");
  budget: a review, a dose, a size, a step saved, or a price said with why it pays (s3491 "정가 55,000원에 140ml 한
  통이에요" — "가격은 나열만 하고 가치 설명 없음");
  natural: where it comes from or how it feels (push_r35_check's rule, 원료 too);
- held_cut: a bare "X을 담았어요." sentence with no subject to a luxury reader (s2197, s2708).

    PYTHONPATH=. python bench/push_r42_check.py --n 1500 [--show unheard_luxury] [--dump X]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from push_grid import bare_body, reader_key, run_push_counter
from push_r35_check import NATURAL, SENSITIVE, TREND, strict_heard

from crm_core.generation.composer import push
from crm_core.generation.composer.facts import TRUSTED_ROLES

SENTENCE = re.compile(r"(?<=[.!?])\s+")
ROLES = tuple(dict.fromkeys(role for role, _ in TRUSTED_ROLES.values()))
BUDGET_PLAIN = re.compile(r"후기|리뷰|넉넉|대용량|한 단계|쌀알|소량|펌프|방울|다시 찾|재구매|오래 쓰|두 가지|한 번에")
BUDGET_PRICE = re.compile(r"[\d,]+원")
PRICE_REASON = re.compile(r"부담|꼴|당 약|이라|알뜰|만나실")
NATURAL_MORE = re.compile(f"{NATURAL.pattern}|원료")
CUT_HELD = re.compile(r"^[^ ]+(?: [^ ]+)?[을를] (?:담았어요|담았습니다)\.$")


def _stock_heads() -> tuple[str, ...]:
    """The first words of every stock reader line (they state nothing of the product), one per line."""
    lines: list[str] = []
    for bank in (push.OPENERS, push.STATEMENT_OPENERS):
        lines += [line for said in bank.values() for line in said]
    for bank in push.USER_HOOKS.values():
        lines += list(bank.values())
    lines += [*push.USER_GIFT_HOOKS.values(), *push.USER_REVIEW_HOOKS.values()]
    lines += [line for key in ("trend", "luxury", "budget") for line in push.READER_HOOKS[key]]
    heads = (line.split("{")[0][:12] for line in lines)
    return tuple(dict.fromkeys(h for h in heads if len(h) >= 8))


STOCK = _stock_heads()


def unstocked(body: str) -> str:
    return " ".join(s for s in SENTENCE.split(body) if not s.lstrip("#{고객명}님, ").startswith(STOCK))


def heard(key: str, bare: str) -> bool:
    """Whether the body (name and stock lines cut) says the reader's own reason (see above)."""
    if key == "luxury":
        return strict_heard(key, bare) or any(role in bare for role in ROLES)
    if key == "sensitive":
        return bool(SENSITIVE.search(bare))
    if key == "trend":
        return bool(TREND.search(bare))
    if key == "natural":
        return bool(NATURAL_MORE.search(bare))
    if BUDGET_PLAIN.search(bare):
        return True
    return any(BUDGET_PRICE.search(s) and PRICE_REASON.search(s) for s in SENTENCE.split(bare))


def findings(result, catalog) -> set[str]:  # type: ignore[no-untyped-def]
    key = reader_key(result)
    found: set[str] = set()
    if not heard(key, unstocked(bare_body(result))):
        found.add(f"unheard_{key}")
        found.add("unheard")
    if key == "luxury" and any(CUT_HELD.match(s) for s in SENTENCE.split(result.message.body)):
        found.add("held_cut")
    return found


if __name__ == "__main__":
    run_push_counter(__doc__, findings)
