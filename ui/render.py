"""HTML fragments for model output: finding highlights, draft → final diffs and badges.

Every piece of text that came from a model, a template, a user or the catalog goes through
html.escape here; pages pass these strings to st.markdown(unsafe_allow_html=True) and nothing else.
"""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from crm_core.domain import Finding
from ui.labels import SEVERITY, VERDICT, VERDICT_ICON

CSS = """
<style>
.crm-text { white-space: pre-wrap; line-height: 1.6; }
.crm-text mark.crm-block { background: #ffd6d6; border-bottom: 2px solid #d93025; padding: 0 1px; }
.crm-text mark.crm-warn { background: #fff1c2; border-bottom: 2px solid #e0a800; padding: 0 1px; }
.crm-diff del { background: #ffe3e3; color: #8a1c1c; }
.crm-diff ins { background: #ddf6dd; color: #135e13; text-decoration: none; }
.crm-badge { display: inline-block; border-radius: 0.6rem; padding: 0 0.5rem; margin: 0 0.2rem 0.2rem 0;
             font-size: 0.85rem; border: 1px solid rgba(49, 51, 63, 0.2); }
.crm-badge.pass { background: #e6f4ea; } .crm-badge.warn { background: #fff4d6; }
.crm-badge.block { background: #fde2e1; } .crm-badge.info { background: #eef1f6; }
</style>
"""


@dataclass(frozen=True)
class Mark:
    """A highlighted range of one text: [start, end), severity and the tooltip."""

    start: int
    end: int
    severity: str
    tip: str


def esc(text: object) -> str:
    """HTML-escaped text that also stays inside its HTML block: a newline becomes a character reference,
    so a blank line in the text can never end the block and hand the rest to the Markdown parser."""
    return html.escape(str(text), quote=True).replace("\r", "").replace("\n", "&#10;")


_MD_PUNCT = re.compile(r"([!-/:-@\[-`{-~])")


def plain(text: object) -> str:
    """User, model or catalog text for st.markdown / st.caption / alerts, shown exactly as typed.

    Every ASCII punctuation mark is backslash-escaped (CommonMark allows it for all of them), so
    `![](url)` loads no image, `21:00~08:00` strikes nothing through, `$` starts no formula and
    `:red[…]` colours nothing; line starts lose their indentation (no code block) and newlines are
    hard breaks.
    """
    lines = [_MD_PUNCT.sub(r"\\\1", line.lstrip()) for line in str(text).replace("\r", "").split("\n")]
    return "  \n".join(lines)


def locate(text: str, finding: Finding) -> tuple[int, int] | None:
    """Where a finding's span lies in text: its offsets when they match, else its first occurrence."""
    span = finding.span
    if span is None or not span.text:
        return None
    if text[span.start : span.end] == span.text:
        return span.start, span.end
    found = text.find(span.text)
    return (found, found + len(span.text)) if found >= 0 else None


def marks_for(text: str, findings: Iterable[Finding], field: str | None) -> list[Mark]:
    """Marks for the findings that point into this field (field None: any finding whose span is found)."""
    marks = []
    for f in findings:
        if field is not None and f.field not in (field, None):
            continue
        where = locate(text, f)
        if where is None:
            continue
        marks.append(Mark(*where, f.severity, f"{SEVERITY.get(f.severity, f.severity)} · {f.rule_id}: {f.message}"))
    return marks


def highlight(text: str, findings: Iterable[Finding] = (), field: str | None = None) -> str:
    """Escaped text with each finding's span wrapped in <mark>; overlapping spans merge (block wins)."""
    marks = sorted(marks_for(text, findings, field), key=lambda m: (m.start, -m.end))
    merged: list[Mark] = []
    for m in marks:
        if merged and m.start < merged[-1].end:
            last = merged[-1]
            severity = "block" if "block" in (last.severity, m.severity) else "warn"
            merged[-1] = Mark(last.start, max(last.end, m.end), severity, f"{last.tip}\n{m.tip}")
        else:
            merged.append(m)
    out, pos = [], 0
    for m in merged:
        out.append(esc(text[pos : m.start]))
        out.append(f'<mark class="crm-{m.severity}" title="{esc(m.tip)}">{esc(text[m.start : m.end])}</mark>')
        pos = m.end
    out.append(esc(text[pos:]))
    return f'<div class="crm-text">{"".join(out)}</div>'


_TOKENS = re.compile(r"\s+|[^\s]+")


def diff(before: str, after: str) -> str:
    """Word-level diff: removed words in <del>, added words in <ins>, all escaped."""
    a, b = _TOKENS.findall(before), _TOKENS.findall(after)
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(esc("".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(f"<del>{esc(''.join(a[i1:i2]))}</del>")
        if j2 > j1:
            out.append(f"<ins>{esc(''.join(b[j1:j2]))}</ins>")
    return f'<div class="crm-text crm-diff">{"".join(out)}</div>'


def badge(text: str, kind: str = "info", tip: str = "") -> str:
    title = f' title="{esc(tip)}"' if tip else ""
    return f'<span class="crm-badge {esc(kind)}"{title}>{esc(text)}</span>'


def verdict_badge(verdict: str) -> str:
    return badge(f"{VERDICT_ICON.get(verdict, '')} {VERDICT.get(verdict, verdict)}", verdict)


def score_badges(scores: Sequence[tuple[str, float, str]]) -> str:
    """(label, value, explanation) → badges coloured by value; the explanation is the tooltip."""
    parts = []
    for label, value, explanation in scores:
        kind = "pass" if value >= 0.75 else "warn" if value >= 0.5 else "block"
        parts.append(badge(f"{label} {value:.2f}", kind, explanation))
    return "".join(parts)
