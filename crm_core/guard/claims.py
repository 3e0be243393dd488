"""Claim rules: concept classes that together make a claim when they meet within one clause.

A rule such as "authority × recommendation" fires on "약사님들이 권하는 크림" and on "피부과 의사와
함께 개발한 세럼" alike: each concept is a lexicon of stems (matched across spacing and particles, see
matcher.py), so a paraphrase matches by meaning class rather than by one literal phrase. A clause in
one of the rule's exception contexts (caution note, disclaimer, quoted policy) never makes a claim,
and a `none_of` concept in the clause cancels it ("브이라인 연출").

Linear in the text: each concept is searched once per message (cached on the Scan), hits are put in
their clause by bisection, and clause sets are intersected.
"""

from __future__ import annotations

from crm_core.guard.matcher import Hit
from crm_core.guard.rules import Rule
from crm_core.guard.scan import RuleHit, Scan


def _by_clause(scan: Scan, hits: list[Hit]) -> dict[int, list[Hit]]:
    clauses = scan.clauses()
    out: dict[int, list[Hit]] = {}
    for hit in hits:
        k = clauses.index(hit.start)
        if k is not None:
            out.setdefault(k, []).append(hit)
    return out


def claim_hits(rule: Rule, scan: Scan) -> list[RuleHit]:
    """One hit per clause where every `all_of` concept occurs, no `none_of` concept does, and the
    clause stands in none of the rule's contexts; the span runs from the first concept word to the last."""
    if not all(scan.concept_present(name) for name in rule.all_of):
        return []  # most copy lacks at least one concept: one cached search each decides it
    found: list[dict[int, list[Hit]]] = []
    for name in rule.all_of:
        hits = scan.concept_hits(name)
        if not hits:
            return []  # most copy lacks at least one concept: stop before any clause work
        found.append(_by_clause(scan, hits))
    common = set(found[0]).intersection(*found[1:])
    for name in rule.none_of:
        if common:
            common -= set(_by_clause(scan, scan.concept_hits(name)))
    clauses = scan.clauses()
    contexts = frozenset(rule.contexts)
    out = []
    for k in sorted(common):
        if contexts and clauses.items[k].contexts & contexts:
            continue
        start = min(h.start for per in found for h in per[k])
        end = max(h.end for per in found for h in per[k])
        name, field_start, field_end = scan.locate(start, end)
        out.append(RuleHit(name, field_start, field_end, scan.parts.get(name)[field_start:field_end]))
    return out
