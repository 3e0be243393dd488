"""Facts checks: numbers, periods and events in the copy that the evidence does not state."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from crm_core.guard.matcher import compact_term
from crm_core.guard.numbers import evidence_numbers, mentions
from crm_core.guard.scan import CompiledRule, RuleHit, Scan

NO_EVIDENCE = "no evidence given (facts cannot be checked)"


def invented_numbers(rule: CompiledRule, scan: Scan) -> list[RuleHit] | str:
    """Every price, percentage, period, date and count must appear in the evidence."""
    if scan.ctx.facts is None:
        return NO_EVIDENCE
    known = evidence_numbers(scan.ctx.facts)
    kinds: Any = rule.params.get("kinds", {})
    hits = []
    contexts = frozenset(rule.rule.contexts)
    for m in mentions(scan.copy.original):
        if contexts and scan.clauses().in_context(m.start, m.end, contexts):
            continue
        if not known.backs(m):
            name, start, end = scan.locate(m.start, m.end)
            hits.append(RuleHit(name, start, end, m.text, {"kind": kinds.get(m.kind, m.kind)}))
    return hits


# Particles dropped on both sides before an offer is looked up in the evidence ("배송비가 무료" is "배송비 무료").
_PARTICLE_CHARS = str.maketrans("", "", "이가을를은는도의")


def _offer_key(text: str) -> str:
    return compact_term(text).lower().translate(_PARTICLE_CHARS)


@lru_cache(maxsize=256)
def _facts_compact(facts: tuple[str, ...]) -> str:
    return _offer_key("\n".join(facts))


def invented_events(rule: CompiledRule, scan: Scan) -> list[RuleHit] | str:
    """Event and promotion words (기획전, 쿠폰, 증정 …) only when the evidence has them too."""
    if scan.ctx.facts is None:
        return NO_EVIDENCE
    if rule.matcher is None:
        return []
    facts = _facts_compact(scan.ctx.facts)
    return [
        RuleHit(name, hit.start, hit.end, hit.text, {"kind": "행사·혜택"})
        for name, hit in scan.without_account_points(scan.find(rule.matcher))
        if _offer_key(hit.text) not in facts
    ]


def high_price(rule: CompiledRule, scan: Scan) -> list[RuleHit] | str:
    """A premium product recommended on its own (a stage rule; judged from the product's price)."""
    price = scan.ctx.product_price
    if price is None:
        return "no product price given"
    threshold = int(rule.params["threshold"])
    if price < threshold:
        return []
    return [RuleHit(None, detail={"price": f"{price:,}", "threshold": f"{threshold:,}"})]
