"""Lay a plan out for its channel: SMS short forms, push in two or three sentences, long forms for
Kakao, LMS and email; then one speech level for every sentence and the brief's emoji.

Each channel gets its forms richest first; the generator sends the first one the guard passes.
"""

from __future__ import annotations

from dataclasses import dataclass

from crm_core.channels import customer_variable
from crm_core.domain import Channel, Tone
from crm_core.generation.base import GenerationRequest
from crm_core.generation.composer.plan import MessagePlan, season_of
from crm_core.generation.composer.speech import conjugate
from crm_core.generation.composer.voice import emoji_count, emoji_palette

PUSH_BODY_CHARS = 150  # under the 160-character display guideline, ad footer not counted


@dataclass(frozen=True)
class CopyForm:
    """One way to write the message for its channel; `parts` says what it carries."""

    title: str
    body: str
    cta: str
    parts: tuple[str, ...]


def _greeting(request: GenerationRequest) -> str:
    """Friendly copy on a channel with a name variable opens with the customer's name."""
    variable = customer_variable(request.resolved.channel)
    return f"{variable}님, " if variable and request.resolved.brief.tone == Tone.friendly else ""


def _join(sentences: list[str | None]) -> str:
    return " ".join(s for s in sentences if s)


def _long_sentences(plan: MessagePlan, channel: Channel, tone: Tone | None) -> list[list[str | None]]:
    """Paragraphs for Kakao, LMS and email; email and LMS carry usage and a second proof."""
    proofs = list(plan.proofs)
    trendy = tone == Tone.trendy
    first = [plan.hook, plan.product_line, proofs[0] if proofs else None]
    if channel == Channel.email:
        second = [proofs[1] if len(proofs) > 1 else None, plan.usage, plan.offer]
        return [first, second, [plan.close, plan.signature]]
    if channel == Channel.lms:
        return [
            [*first, proofs[1] if len(proofs) > 1 else None, plan.offer],
            [plan.usage],
            [plan.close, plan.signature],
        ]
    extra = None if trendy or len(proofs) < 2 else proofs[1]
    return [[*first, extra, plan.offer], [plan.close, plan.signature]]


def _push_body(plan: MessagePlan, greeting: str) -> str:
    """Product line and close always; hook, offer and a proof while the display guideline allows."""
    for sentences in (
        [plan.hook, plan.product_line, plan.offer, plan.close],
        [plan.product_line, plan.offer, plan.close],
        [plan.hook, plan.product_line, plan.offer_short and f"{plan.offer_short}.", plan.close],
        [plan.product_line, plan.offer_short and f"{plan.offer_short}.", plan.close],
        [plan.product_line, plan.close],
    ):
        body = greeting + _join(sentences)
        if len(body) <= PUSH_BODY_CHARS:
            return body
    return greeting + plan.product_line


def _sms_bodies(plan: MessagePlan) -> list[str]:
    """Product + one benefit + the stage's call to action, shortest last (90-byte channel)."""
    name, point = plan.facts.name, plan.sms_point
    bodies = []
    if plan.offer_short:
        bodies.append(f"{name}, {plan.offer_short}. {plan.sms_close}")
    bodies += [f"{name}, {point}. {plan.sms_close}", f"{name}, {point}.", f"{name}, 지금 {plan.sms_close}"]
    return bodies


def _with_emoji(title: str, body: str, count: int, palette: list[str]) -> tuple[str, str]:
    """One emoji closes the title; a second and third close the body's first and last sentences."""
    if count <= 0:
        return title, body
    title = f"{title} {palette[0]}"
    if count >= 2 and len(palette) > 1:
        sentences = body.split(" ")
        first_end = next((i for i, word in enumerate(sentences) if word.endswith((".", "?", "!"))), None)
        if first_end is not None and first_end < len(sentences) - 1:
            sentences[first_end] += f" {palette[1]}"
        body = " ".join(sentences)
        if count >= 3 and len(palette) > 2:
            body += f" {palette[2]}"
        elif first_end is None or first_end >= len(sentences) - 1:
            body += f" {palette[1]}"
    return title, body


def layout(request: GenerationRequest, plan: MessagePlan) -> list[CopyForm]:
    """The plan's forms for the brief's channel, each at one speech level with the brief's emoji."""
    resolved, brief = request.resolved, request.resolved.brief
    channel = resolved.channel.channel
    greeting = _greeting(request)
    if channel == Channel.sms:
        drafts = [(plan.title, body, plan.sms_cta, "sms") for body in _sms_bodies(plan)]
    elif channel == Channel.push:
        drafts = [(plan.title, _push_body(plan, greeting), plan.cta, "push")]
    else:
        paragraphs = [_join(p) for p in _long_sentences(plan, channel, brief.tone)]
        joiner = "\n\n" if channel == Channel.email else "\n"
        body = greeting + joiner.join(p for p in paragraphs if p)
        drafts = [(plan.title, body, plan.cta, "long")]
        short = greeting + _join([plan.hook, plan.product_line, plan.offer, plan.close])
        drafts.append((plan.title, short, plan.cta, "long-short"))
    count = emoji_count(resolved.brand, brief.emoji, channel)
    palette = emoji_palette(resolved.brand, resolved.style.index, season_of(brief.scheduled_at))
    forms = []
    for title, body, cta, kind in drafts:
        title = conjugate(title, brief.honorific)
        body = "\n".join(conjugate(line, brief.honorific) if line else "" for line in body.split("\n"))
        title, body = _with_emoji(title, body, count, palette)
        forms.append(CopyForm(title, body, cta, (*plan.parts, kind)))
    return forms
