"""Facts checks: numbers, periods and events in the copy that the evidence does not state."""

from __future__ import annotations

import re
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
    contexts = rule.contexts
    for m in mentions(scan.copy.original):
        if known.backs(m):
            continue  # (asked first: most numbers are backed, and then no clause needs its context)
        if not (contexts and scan.clauses().in_context(m.start, m.end, contexts)):
            name, start, end = scan.locate(m.start, m.end)
            hits.append(RuleHit(name, start, end, m.text, {"kind": kinds.get(m.kind, m.kind)}))
    return hits


# Particles dropped on both sides before an offer is looked up in the evidence ("배송비가 무료" is "배송비 무료").
_PARTICLE_CHARS = str.maketrans("", "", "이가을를은는도의")


def _offer_key(text: str) -> str:
    return compact_term(text).lower().translate(_PARTICLE_CHARS)


@lru_cache(maxsize=4096)
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
    """A premium product recommended on its own (a stage rule; judged from the product's price).
    An informational notice recommends nothing: it is about a product the customer already has."""
    if scan.ctx.informational:
        return []
    price = scan.ctx.product_price
    if price is None:
        return "no product price given"
    threshold = int(rule.params["threshold"])
    if price < threshold:
        return []
    return [RuleHit(None, detail={"price": f"{price:,}", "threshold": f"{threshold:,}"})]


def name_only_claims(rule: CompiledRule, scan: Scan) -> list[RuleHit]:
    """A product written from its name only has no facts: ingredient and efficacy words are invented,
    except where they are part of the product's own name (`블루 수분 선크림` may be named)."""
    name = scan.ctx.name_only_product
    if name is None or rule.matcher is None:
        return []
    names = {compact_term(n).lower() for n in (name, _without_size(name)) if n.strip()}
    hits = []
    for field, hit in scan.find(rule.matcher):
        text = scan.parts.get(field)
        inside = any(s <= hit.start and hit.end <= e for n in names for s, e in _spans(Compact.of(text), n))
        if not inside:
            hits.append(RuleHit(field, hit.start, hit.end, hit.text))
    return hits


def _without_size(name: str) -> str:
    """The name as copy shortens it: no brackets, no pack size, no sun rating (`… 선크림 SPF50+/PA++++ 50ml`)."""
    tail = r"\s*[\[(].*?[\])]|\s*\d+(?:\.\d+)?\s*(?:ml|g|매|ea|개)\b.*$|\s*SPF\s*\d+.*$"
    return re.sub(tail, "", name, flags=re.IGNORECASE)


def _spans(text: Compact, term: str) -> list[tuple[int, int]]:
    """Where a compacted term occurs in a field, as spans of the field's original text."""
    out, at = [], text.key.find(term)
    while term and at != -1:
        out.append(text.span(at, at + len(term)))
        at = text.key.find(term, at + 1)
    return out
