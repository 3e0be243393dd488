"""Leak checks: internal persona labels and unrendered placeholders in customer-facing copy."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from crm_core.guard.matcher import compact_term, gram_code
from crm_core.guard.scan import CompiledRule, RuleHit, Scan

_LATIN = re.compile(r"[A-Za-z]")


@lru_cache(maxsize=64)
def _persona_pattern(
    labels: tuple[str, ...], suffixes: tuple[str, ...], plain: tuple[str, ...]
) -> tuple[re.Pattern[str], frozenset[int]]:
    """One regex over the compact, lower-cased copy: Latin names anywhere (Budget_Seeker,
    budget seeker, BudgetSeeker), Korean labels only where they address the customer; and the start
    grams of the names, one of which a text must hold for the regex to match (most copy holds none)."""
    latin = [lab for lab in labels if _LATIN.search(lab)]
    korean = sorted(
        {compact_term(lab) for lab in labels if lab not in latin and compact_term(lab)}, key=len, reverse=True
    )
    pieces = []
    starts: set[str] = set()
    if latin:
        tokens = [[t.lower() for t in re.split(r"[\s_\-]+", lab) if t] for lab in latin]
        names = ["[_\\-]*".join(re.escape(t) for t in name) for name in tokens]
        starts |= {name[0][:2] for name in tokens}  # a Latin label has a letter, so a token
        pieces.append(r"(?<![a-z])(?:" + "|".join(names) + r")(?![a-z])")
    if korean:
        everyday = {compact_term(p) for p in plain}
        strict = [re.escape(k) for k in korean if k not in everyday]
        alts = "|".join(re.escape(k) for k in korean)
        starts |= {k[:2] for k in korean}
        pieces += [f"[\\[【<「\"'‘“](?:{alts})[\\]】>」\"'’”]", f"(?:{alts})님"]
        if strict and suffixes:
            pieces.append(f"(?:{'|'.join(strict)})(?:{'|'.join(re.escape(s) for s in suffixes)})")
    return re.compile("|".join(pieces) or "(?!)"), frozenset(gram_code(g) for g in starts)


def persona_leak(rule: CompiledRule, scan: Scan) -> list[RuleHit] | str:
    """Persona names (Budget_Seeker) anywhere; Korean labels when used to address the customer."""
    params: Any = rule.params
    labels = tuple(dict.fromkeys([*params.get("labels", ()), *scan.persona_labels]))
    pattern, starts = _persona_pattern(
        labels, tuple(params.get("suffixes", ())), tuple(params.get("everyday_labels", ()))
    )
    if starts.isdisjoint(scan.copy.grams):
        return []  # every match begins with a name's first characters
    hits = []
    for m in pattern.finditer(scan.copy.key):
        name, start, end = scan.locate(*scan.copy.span(m.start(), m.end()))
        hits.append(RuleHit(name, start, end, scan.parts.get(name)[start:end]))
    return hits


def placeholder(rule: CompiledRule, scan: Scan) -> list[RuleHit] | str:
    """Template slots left unfilled ({user_name}, [camera_emoji], %s) unless the channel declares them."""
    if rule.matcher is None:
        return []
    spec = scan.ctx.channel
    declared = tuple(spec.variables) if spec else ()
    hits = []
    for name, hit in scan.find(rule.matcher):
        text = scan.parts.get(name)
        spans = [(m.start(), m.end()) for v in declared for m in re.finditer(re.escape(v), text)]
        if not any(hit.start < e and s < hit.end for s, e in spans):
            hits.append(RuleHit(name, hit.start, hit.end, hit.text))
    return hits
