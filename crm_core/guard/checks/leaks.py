"""Leak checks: internal persona labels and unrendered placeholders in customer-facing copy."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from crm_core.guard.matcher import Compact, compact_term
from crm_core.guard.scan import CompiledRule, RuleHit, Scan

_LATIN = re.compile(r"[A-Za-z]")


@lru_cache(maxsize=64)
def _persona_patterns(
    labels: tuple[str, ...], suffixes: tuple[str, ...], plain: tuple[str, ...]
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """(Latin names anywhere, Korean labels used as a form of address) — the latter on compact text."""
    latin = [lab for lab in labels if _LATIN.search(lab)]
    korean = [compact_term(lab) for lab in labels if lab not in latin and compact_term(lab)]
    latin_re = None
    if latin:
        names = ["[\\s_\\-]*".join(re.escape(t) for t in re.split(r"[\s_\-]+", lab) if t) for lab in latin]
        latin_re = re.compile(r"(?<![A-Za-z])(?:" + "|".join(names) + r")(?![A-Za-z])", re.IGNORECASE)
    korean_re = None
    if korean:
        everyday = {compact_term(p) for p in plain}
        strict = [re.escape(k) for k in korean if k not in everyday]
        alts = [re.escape(k) for k in sorted(korean, key=len, reverse=True)]
        pieces = [f"[\\[【<「\"'‘“](?:{'|'.join(alts)})[\\]】>」\"'’”]", f"(?:{'|'.join(alts)})님"]
        if strict and suffixes:
            pieces.append(f"(?:{'|'.join(strict)})(?:{'|'.join(re.escape(s) for s in suffixes)})")
        korean_re = re.compile("|".join(pieces))
    return latin_re, korean_re


def persona_leak(rule: CompiledRule, scan: Scan) -> list[RuleHit] | str:
    """Persona names (Budget_Seeker) anywhere; Korean labels when used to address the customer."""
    params: Any = rule.params
    labels = tuple(dict.fromkeys([*params.get("labels", ()), *scan.ctx.persona_labels]))
    latin_re, korean_re = _persona_patterns(
        labels, tuple(params.get("suffixes", ())), tuple(params.get("everyday_labels", ()))
    )
    hits = []
    for name in scan.parts.content_fields():
        text = scan.parts.get(name)
        if latin_re is not None:
            hits += [RuleHit(name, m.start(), m.end(), m.group(0)) for m in latin_re.finditer(text)]
        if korean_re is not None:
            compact: Compact = scan.compact(name)
            for m in korean_re.finditer(compact.text):
                start, end = compact.span(m.start(), m.end())
                hits.append(RuleHit(name, start, end, text[start:end]))
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
