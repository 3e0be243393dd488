"""One message under check: cached compact texts and shared facts (is it an ad?) for every rule."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate

from crm_core.channels import AD_LABEL
from crm_core.domain import Channel
from crm_core.domain.result import MessageField
from crm_core.guard.clauses import ClauseContext, Clauses
from crm_core.guard.context import GuardContext, MessageParts
from crm_core.guard.matcher import Compact, Hit, TermMatcher
from crm_core.guard.memo import memo
from crm_core.guard.rules import Lexicon, Rule

INCENTIVE_LEXICON = "incentive"
# A notice whose purpose is the customer's own points: balance or expiry (informational, 정보통신망법 제50조 guidance).
POINT_NOTICE = re.compile(
    r"(?:포인트|적립금|마일리지)[^\n]{0,30}(?:소멸|만료|유효\s*기간|잔액|잔여)|(?:소멸|만료)\s*(?:예정|안내)|"
    r"적립\s*(?:되었|됐|완료|내역)"
)
POINT_WORDS = frozenset({"포인트", "적립금", "마일리지", "적립"})
SEPARATOR = "\x00"
# Something meant as the ad label but not exactly "(광고)": [광고], ( 광고 ), <광고>, (광 고) …
LABEL_LIKE = re.compile(r"[\(\[<（【〈]\s*광\s*고\s*[\)\]>）】〉]")


@dataclass(frozen=True)
class RuleHit:
    """Where a rule fired (field None: the whole send, e.g. its time) and values for its message."""

    field: MessageField | None
    start: int = 0
    end: int = 0
    text: str = ""
    detail: Mapping[str, object] = field(default_factory=dict)
    uncertain: bool = False


class CompiledRule:
    """A rule with its matcher built once (terms, lexicon words, patterns, exceptions)."""

    def __init__(self, rule: Rule, lexicons: Mapping[str, Lexicon]):
        self.rule = rule
        lexicon = lexicons.get(rule.lexicon) if rule.lexicon else None
        terms = rule.terms + (lexicon.terms if lexicon else ())
        patterns = rule.patterns + (lexicon.patterns if lexicon else ())
        exceptions = rule.exceptions + (lexicon.exceptions if lexicon else ())
        self.matcher = (
            TermMatcher(terms, exceptions, patterns, rule.exception_patterns) if (terms or patterns) else None
        )
        self.contexts = frozenset(rule.contexts)
        # Start grams a text must share with each of these sets for the rule to have a chance (empty: always run).
        self.needs: tuple[frozenset[int], ...] = ()

    @property
    def params(self) -> Mapping[str, object]:
        return self.rule.params


class Scan:
    """Per-check state shared by the rules.

    The copy fields are scanned as one text joined by NUL (never whitespace, never inside a term),
    so each rule runs one search per message; hits are mapped back to their field.
    """

    def __init__(
        self,
        parts: MessageParts,
        ctx: GuardContext,
        lexicons: Mapping[str, TermMatcher],
        *,
        persona_labels: Sequence[str] = (),
        senders: Sequence[str] = (),
    ):
        self.parts = parts
        self.ctx = ctx
        self.lexicons = lexicons
        self.persona_labels = (*ctx.persona_labels, *persona_labels)
        self.senders = (*ctx.senders, *(s for s in senders if s not in ctx.senders)) if senders else (*ctx.senders,)
        self.content_fields = parts.content_fields()
        texts = [parts.get(name) for name in self.content_fields]
        self.starts = list(accumulate([0, *(len(t) + 1 for t in texts[:-1])])) if len(texts) > 1 else [0]
        self.copy = Compact.of(SEPARATOR.join(texts))
        self._compact: dict[MessageField, Compact] = {}
        self._clauses: dict[MessageField | None, Clauses] = {}
        self._concepts: dict[str, list[Hit]] = {}
        self._present: dict[str, bool] = {}

    def compact(self, name: MessageField) -> Compact:
        if name not in self._compact:
            text = self.parts.get(name)  # often the whole copy (a message given as one text): compacted once
            self._compact[name] = self.copy if text == self.copy.original else Compact.of(text)
        return self._compact[name]

    def clauses(self, name: MessageField | None = None) -> Clauses:
        """Clauses of one field, or of the joined copy text (None)."""
        if name not in self._clauses:
            self._clauses[name] = Clauses(self.copy.original if name is None else self.parts.get(name))
        return self._clauses[name]

    def concept_present(self, name: str) -> bool:
        """Whether a concept lexicon might occur in the copy (one regex search, cached)."""
        if name not in self._present:
            self._present[name] = self.lexicons[name].might_match(self.copy)
        return self._present[name]

    def concept_hits(self, name: str) -> list[Hit]:
        """Hits of one concept lexicon in the joined copy text (cached: several claim rules share concepts)."""
        if name not in self._concepts:
            self._concepts[name] = self.lexicons[name].find(self.copy)
        return self._concepts[name]

    def locate(self, start: int, end: int) -> tuple[MessageField, int, int]:
        """(field, start, end) of a span of the joined copy text."""
        k = bisect_right(self.starts, start) - 1
        name, base = self.content_fields[k], self.starts[k]
        return name, start - base, min(end - base, len(self.parts.get(name)))

    def find(
        self,
        matcher: TermMatcher,
        fields: Sequence[MessageField] | None = None,
        contexts: frozenset[ClauseContext] = frozenset(),
    ) -> list[tuple[MessageField, Hit]]:
        """Hits of a matcher in the given fields (default: the copy fields), minus those in clauses
        standing in any of the contexts (a caution note, a disclaimer …)."""
        if fields is None or tuple(fields) == self.content_fields:
            out = []
            for hit in matcher.find(self.copy):
                if contexts and self.clauses().in_context(hit.start, hit.end, contexts):
                    continue
                name, start, end = self.locate(hit.start, hit.end)
                out.append((name, Hit(start, end, self.parts.get(name)[start:end])))
            return out
        return [
            (name, hit)
            for name in fields
            if self.parts.get(name)
            for hit in matcher.find(self.compact(name))
            if not (contexts and self.clauses(name).in_context(hit.start, hit.end, contexts))
        ]

    @memo
    def incentives(self) -> list[tuple[MessageField, Hit]]:
        """Coupon / discount / points wording: any of it makes the message an ad.

        Judged by purpose: in a notice about the customer's own points (balance, expiry) the point
        words describe the account, not an offer, so they are not incentives there.
        """
        matcher = self.lexicons.get(INCENTIVE_LEXICON)
        return self.without_account_points(self.find(matcher) if matcher else [])

    def without_account_points(self, hits: list[tuple[MessageField, Hit]]) -> list[tuple[MessageField, Hit]]:
        """The hits minus point words, when the message is a notice about the customer's own points."""
        if hits and POINT_NOTICE.search(self.parts.sent):
            return [(name, h) for name, h in hits if "".join(h.text.split()) not in POINT_WORDS]
        return hits

    @memo
    def labelled(self) -> bool:
        return self.parts.sent.startswith(AD_LABEL)

    @memo
    def label_like(self) -> re.Match[str] | None:
        return LABEL_LIKE.search(self.parts.sent)

    @memo
    def effective_ad(self) -> bool:
        """An ad by the brief, by its own label, or by carrying an incentive."""
        return self.ctx.is_ad or bool(self.incentives) or self.labelled or self.label_like is not None

    @property
    def is_alimtalk(self) -> bool:
        return self.ctx.channel is not None and self.ctx.channel.channel == Channel.kakao_alimtalk

    def sent_hit(self, start: int = 0, end: int | None = None, **detail: object) -> RuleHit:
        """A hit on the sent text; by default its first line."""
        text = self.parts.sent
        if end is None:
            newline = text.find("\n", start)
            end = len(text) if newline < 0 else newline
        return RuleHit("channel_text", start, end, text[start:end], detail)
