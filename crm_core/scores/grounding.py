"""Groundedness: the share of a message's factual clauses that the evidence backs."""

from __future__ import annotations

import re
from collections.abc import Sequence

from crm_core.domain import Evidence, Finding, Message, Product, Score
from crm_core.guard.numbers import evidence_numbers, mentions
from crm_core.scores.text import clauses, clip, containment, ngrams

# Words that make a clause a claim about the product (besides numbers and ingredient names).
CLAIM_WORDS = (
    "성분",
    "함유",
    "배합",
    "추출",
    "유래",
    "효과",
    "개선",
    "보습",
    "흡수",
    "탄력",
    "진정",
    "미백",
    "주름",
    "자외선",
    "가격",
    "정가",
    "출시",
    "한정",
    "기획",
    "증정",
    "할인",
    "쿠폰",
    "적립",
    "후기",
    "리뷰",
    "판매",
    "인증",
    "테스트",
    "임상",
    "기술",
    "특허",
    "피부 타입",
)
SUPPORT_THRESHOLD = 0.4  # share of a clause's character bigrams that must occur in the evidence
_PARTICLE_TAIL = re.compile(r"(으로|에서|에게|까지|부터|처럼|이라|라는|이는|은|는|이|가|을|를|의|에|로|과|와|도|만)$")


def anchors(clause: str, product: Product) -> list[str]:
    """The fact-bearing words of a clause (the words holding an ingredient or a claim word),
    without their trailing particle: what must be in the evidence for the clause to be backed."""
    keys = [ing.replace(" ", "") for ing in product.key_ingredients] + [w.replace(" ", "") for w in CLAIM_WORDS]
    found = []
    for word in clause.split():
        if any(key in word for key in keys):
            found.append(_PARTICLE_TAIL.sub("", word))
    return [a for a in found if a]


def anchored(clause: str, product: Product, facts_compact: str) -> bool:
    """Every fact-bearing word of the clause occurs in the evidence (spacing ignored)."""
    words = anchors(clause, product)
    return bool(words) and all(word in facts_compact for word in words)


def is_claim(clause: str, product: Product) -> bool:
    """Numbers, the product's ingredients, or product-attribute words make a clause factual."""
    compact = clause.replace(" ", "")
    if mentions(clause):
        return True
    if any(ing.replace(" ", "") in compact for ing in product.key_ingredients):
        return True
    return any(word.replace(" ", "") in compact for word in CLAIM_WORDS)


def groundedness(product: Product, evidence: Evidence, message: Message, findings: Sequence[Finding] = ()) -> Score:
    """Backed = every number in the clause is in the evidence, no invented-fact finding falls in it,
    and much of its wording (character bigrams) occurs in the evidence."""
    facts = tuple(evidence.fact_texts())
    known = evidence_numbers(facts)
    fact_grams = ngrams("\n".join(facts), sizes=(2,))
    facts_compact = "".join(facts).replace(" ", "")
    invented = [f.span.text for f in findings if f.category == "invented_fact" and f.span and f.span.text]
    claims = [c for part in (message.title, message.body, message.cta) for c in clauses(part) if is_claim(c, product)]
    if not claims:
        return Score(name="groundedness", value=1.0, explanation="사실 주장이 없는 문구입니다")
    unbacked = []
    for claim in claims:
        numbers_ok = all(known.backs(m) for m in mentions(claim))
        no_invention = not any(text in claim for text in invented)
        worded = containment(ngrams(claim, sizes=(2,)), fact_grams) >= SUPPORT_THRESHOLD or anchored(
            claim, product, facts_compact
        )
        if not (numbers_ok and no_invention and worded):
            unbacked.append(claim)
    backed = len(claims) - len(unbacked)
    explanation = f"사실 주장 {len(claims)}개 중 {backed}개가 근거와 일치"
    if unbacked:
        explanation += f" · 근거 확인 안 됨: '{unbacked[0][:30]}'"
    return Score(name="groundedness", value=clip(backed / len(claims)), explanation=explanation)
