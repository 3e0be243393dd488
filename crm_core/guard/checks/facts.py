"""Facts checks: numbers, periods and events in the copy that the evidence does not state."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from crm_core.guard.matcher import Compact, compact_term
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
    for m in mentions(scan.copy.original):
        if not known.backs(m):
            name, start, end = scan.locate(m.start, m.end)
            hits.append(RuleHit(name, start, end, m.text, {"kind": kinds.get(m.kind, m.kind)}))
    return hits


@lru_cache(maxsize=256)
def _facts_compact(facts: tuple[str, ...]) -> str:
    return Compact.of("\n".join(facts)).text.lower()


def invented_events(rule: CompiledRule, scan: Scan) -> list[RuleHit] | str:
    """Event and promotion words (기획전, 쿠폰, 증정 …) only when the evidence has them too."""
    if scan.ctx.facts is None:
        return NO_EVIDENCE
    if rule.matcher is None:
        return []
    facts = _facts_compact(scan.ctx.facts)
    return [
        RuleHit(name, hit.start, hit.end, hit.text, {"kind": "행사·혜택"})
        for name, hit in scan.find(rule.matcher)
        if compact_term(hit.text).lower() not in facts
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
