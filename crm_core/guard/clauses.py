"""Clauses of a message and the structural contexts that change what a claim word means there.

A claim is judged inside one clause (a sentence or line), not across the whole message: "피부과
전문의" in the sign-off and "트러블 진정" two lines later are not one medical-authority claim.
Some clauses are not claims at all, whatever words they hold:

- caution   the statutory usage caution or a consultation note ("상처가 있는 부위에는 사용을 피하고
            이상이 있으면 전문의와 상담하세요") names diseases to say when NOT to use a product;
- negation  a disclaimer that denies the claim ("의약품이 아닙니다", "치료제가 아닌 화장품");
- policy    quoted service policy ("100% 환불", "교환·반품 보장") is a promise about the sale, not
            about the product's effect;
- notice    the customer's own transaction (order, delivery, reservation, point balance): its dates
            and amounts are account data, not offers.

Everything here runs in one pass over the text (linear time): sentence bounds by one regex scan,
contexts by one scan of the text per context pattern, each match placed in its clause by bisection.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Literal

from crm_core.guard.memo import memo

ClauseContext = Literal["caution", "negation", "policy", "notice"]
CLAUSE_CONTEXTS: tuple[ClauseContext, ...] = ("caution", "negation", "policy", "notice")

# Sentence ends: terminal punctuation, line breaks, the NUL that joins message fields, bullets.
_BOUNDARY = re.compile(r"[.!?。！？…\n\r\x00•▶▷※|]+")

_CONTEXT_PATTERNS: dict[ClauseContext, re.Pattern[str]] = {
    "caution": re.compile(
        r"사용\s*을?\s*(?:피하|멈추|중지|중단|자제|삼가)|사용하지\s*마|바르지\s*마|"
        r"전문의(?:\s*등)?\s*(?:와|과|에게|께|와\s*상의|상담)|"
        r"(?:의사|약사|전문가|전문의)\s*(?:선생님)?(?:와|과|에게|께)\s*(?:[가-힣]+\s+)?(?:상담|상의)|치료\s*중이(?:라면|시면)|"
        r"이상\s*(?:이|증상이)\s*(?:있|나타나|생기)|부작용이\s*(?:있|나타나|생기)|사용\s*시\s*(?:의|주의)|주의\s*사항"
    ),
    "negation": re.compile(
        r"(?:의약품|치료제|약|의료기기|치료|시술)\s*(?:이|가|은|는)?\s*아(?:닙니다|니에요|니예요|니랍니다|니며|니고|닌)|"
        r"(?:다|라)고\s*(?:말씀\s*드릴|말씀드릴|말할|약속할|장담할)\s*수\s*(?:는|가)?\s*없|"
        r"(?:표현|문구|단어)\s*(?:을|를|은|는)?\s*(?:[가-힣]+\s+){0,2}(?:쓰지|사용하지)\s*않"
    ),
    "policy": re.compile(r"환불|교환|반품|취소|보상\s*(?:해|드려|제도|정책)|A/S|약관|개인정보"),
    # the customer's own transaction: its dates and amounts are data, not offers
    "notice": re.compile(
        r"예약(?:이|되|확정|하신)|주문(?:이|하신|번호|\s*내역)|결제\s*(?:금액|완료)|배송\s*(?:완료|출발|조회)|출고|송장|"
        r"소멸\s*(?:예정|될)|적립\s*(?:되었|됐|내역)|접수\s*되었|구매하신\s*지"
    ),
}


@dataclass(frozen=True)
class Clause:
    """[start, end) of one clause in the scanned text and the contexts it stands in."""

    start: int
    end: int
    contexts: frozenset[ClauseContext]


class Clauses:
    """The clauses of one text, with a fast lookup from an offset to its clause.

    Clause bounds are found at once; their contexts only when first asked for (most messages never
    ask: a claim word has to meet its partner, or a rule has to fire, first)."""

    def __init__(self, text: str):
        self.text = text
        bounds: list[tuple[int, int]] = []
        start = 0
        for m in _BOUNDARY.finditer(text):
            if m.start() > start:
                bounds.append((start, m.start()))
            start = m.end()
        if start < len(text):
            bounds.append((start, len(text)))
        self._bounds = bounds
        self._starts = [s for s, _ in bounds]
        self._ends = [e for _, e in bounds]

    @memo
    def items(self) -> tuple[Clause, ...]:
        bounds = self._bounds
        contexts: list[set[ClauseContext]] = [set() for _ in bounds]
        for name, pattern in _CONTEXT_PATTERNS.items():  # one scan of the whole text per context
            for m in pattern.finditer(self.text):
                k = bisect_right(self._starts, m.start()) - 1
                if k >= 0 and m.start() < bounds[k][1]:
                    contexts[k].add(name)
        return tuple(Clause(s, e, frozenset(c)) for (s, e), c in zip(bounds, contexts, strict=True))

    def index(self, offset: int) -> int | None:
        """The index of the clause holding the character at offset; None for a boundary character."""
        k = bisect_right(self._starts, offset) - 1
        if k < 0 or offset >= self._ends[k]:
            return None
        return k

    def in_context(self, start: int, end: int, contexts: frozenset[ClauseContext]) -> bool:
        """True when the span [start, end) lies in a clause standing in any of the contexts."""
        if not contexts:
            return False
        k = self.index(start)
        return k is not None and end <= self._ends[k] and bool(self.items[k].contexts & contexts)
