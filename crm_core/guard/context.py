"""What the guard checks (the message parts) and what it needs to know about the send (context)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from crm_core.domain import Channel, ChannelSpec, Evidence, Finding, Verdict, blocking, verdict_of
from crm_core.domain.catalog import short_product_name
from crm_core.domain.result import MessageField
from crm_core.errors import InvalidInput

if TYPE_CHECKING:
    from crm_core.catalog import ResolvedBrief
    from crm_core.guard.rules import Example

CONTENT_FIELDS: tuple[MessageField, ...] = ("title", "body", "cta")


@dataclass(frozen=True)
class MessageParts:
    """One message: the copy fields and the exact text that would be sent."""

    title: str = ""
    body: str = ""
    cta: str = ""
    channel_text: str = ""

    @classmethod
    def of(cls, parts: MessageParts | Mapping[str, str] | str) -> MessageParts:
        """Accept parts, a dict of them, or one string (the message as sent)."""
        if isinstance(parts, MessageParts):
            return parts
        if isinstance(parts, str):
            return cls(body=parts, channel_text=parts)
        unknown = set(parts) - {"title", "body", "cta", "channel_text"}
        if unknown:
            raise InvalidInput(
                "parts", f"unknown message fields {sorted(unknown)}", allowed=[*CONTENT_FIELDS, "channel_text"]
            )
        return cls(**{k: v or "" for k, v in parts.items()})

    def get(self, name: MessageField) -> str:
        return str(getattr(self, name))

    def content_fields(self) -> tuple[MessageField, ...]:
        """The copy fields to scan for claims; the sent text when no field is given separately."""
        present = tuple(f for f in CONTENT_FIELDS if self.get(f))
        return present or ("channel_text",)

    def with_sent_text(self) -> MessageParts:
        """These parts with channel_text filled (title, body and CTA joined) when none was given."""
        if self.channel_text:
            return self
        joined = "\n".join(p for p in (self.title, self.body, self.cta) if p)
        return MessageParts(self.title, self.body, self.cta, joined)

    @property
    def sent(self) -> str:
        """The text as sent: channel-level rules (label, opt-out, length) read this."""
        return self.channel_text


@dataclass(frozen=True)
class GuardContext:
    """Facts about one send; None means unknown, and the checks that need it are skipped."""

    channel: ChannelSpec | None = None
    is_ad: bool = False
    informational: bool = False
    senders: tuple[str, ...] = ()
    facts: tuple[str, ...] | None = None
    functional_claims: tuple[str, ...] | None = None
    stage: str | None = None
    send_at: datetime | None = None
    persona_labels: tuple[str, ...] = ()
    product_price: int | None = None
    campaign: str | None = None
    name_only_product: str | None = None  # set when the product is written from its name only
    # other catalog products the copy names (a line guide's next product), each with its registered functions: a
    # function word inside such a name ("브라이트닝 기미 에센스") names that product, it claims nothing for this one
    named_products: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def names_registered(self, function: str, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] lies inside a named product's name (pack size left off) registered for
        `function`."""
        for name, functions in self.named_products:
            if function not in functions:
                continue
            at = text.find(name)
            while at >= 0:
                if at <= start and end <= at + len(name):
                    return True
                at = text.find(name, at + 1)
        return False

    @classmethod
    def from_resolved(
        cls,
        resolved: ResolvedBrief,
        evidence: Evidence,
        persona_labels: Iterable[str] = (),
        sender: str | None = None,
    ) -> GuardContext:
        """Context for a resolved brief: its channel, ad status, product, stage and evidence."""
        brand, persona = resolved.brand, resolved.persona
        senders = [s for s in (sender, resolved.brief.sender, brand.name, brand.name_en) if s]
        return cls(
            channel=resolved.channel,
            is_ad=resolved.is_ad,
            informational=resolved.brief.informational,
            senders=tuple(dict.fromkeys(senders)),
            facts=tuple(evidence.fact_texts()),
            functional_claims=resolved.product.functional_claims,
            stage=resolved.stage.name,
            send_at=resolved.brief.scheduled_at,
            persona_labels=tuple(dict.fromkeys([*persona_labels, persona.name, persona.label_kr])),
            product_price=resolved.product.price,
            campaign=resolved.brief.campaign,
            name_only_product=resolved.product.name if resolved.name_only else None,
            named_products=tuple(
                (short_product_name(p.name), p.functional_claims) for p in (resolved.next_product,) if p is not None
            ),
        )

    @classmethod
    def from_example(cls, example: Example, channels: Mapping[str, ChannelSpec]) -> GuardContext:
        """Context for a rules-file example or a labelled test line."""
        channel = None
        if example.channel is not None:
            wanted = Channel.parse(example.channel).value
            if wanted not in channels:
                raise InvalidInput("channel", f"no spec for {wanted}", allowed=sorted(channels))
            channel = channels[wanted]
        senders = (example.sender, *example.sender_aliases) if example.sender else example.sender_aliases
        return cls(
            channel=channel,
            is_ad=example.ad,
            informational=example.informational,
            senders=tuple(senders),
            facts=example.facts,
            functional_claims=example.functional_claims,
            stage=example.stage,
            send_at=example.send_at,
            persona_labels=example.persona_labels,
            product_price=example.product_price,
            campaign=example.campaign,
            name_only_product=example.name_only_product,
        )


def example_parts(example: Example) -> MessageParts:
    """The example text is the message as sent; title and CTA are given separately when they matter."""
    return MessageParts(title=example.title or "", body=example.text, cta=example.cta or "", channel_text=example.text)


@dataclass(frozen=True)
class Skip:
    """A rule that did not run because the context lacked what it needs."""

    rule_id: str
    reason: str


@dataclass(frozen=True)
class GuardReport:
    """Findings, the verdict they add up to, and the rules that could not run."""

    findings: tuple[Finding, ...]
    skipped: tuple[Skip, ...] = field(default=())

    @property
    def verdict(self) -> Verdict:
        return verdict_of(self.findings)

    @property
    def blocking(self) -> tuple[Finding, ...]:
        return blocking(self.findings)

    def to_dict(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "findings": [f.model_dump(mode="json") for f in self.findings],
            "skipped": skipped_summary(self.skipped),
        }


def skipped_summary(skipped: Sequence[Skip]) -> dict[str, list[str]]:
    """Reason → rule ids, so a CLI user sees at a glance what was not checked and why."""
    out: dict[str, list[str]] = {}
    for s in skipped:
        out.setdefault(s.reason, []).append(s.rule_id)
    return out
