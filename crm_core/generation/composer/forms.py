"""Lay a plan out for its channel: SMS short forms, push in two or three sentences, long forms for
Kakao, LMS and email; then one speech level for every sentence and the brief's emoji.

Each channel gets its forms richest first; the generator sends the first one the guard passes.
"""

from __future__ import annotations

from dataclasses import dataclass

from crm_core.channels import channel_text, customer_variable, measure
from crm_core.domain import Channel, Tone
from crm_core.generation.base import GenerationRequest
from crm_core.generation.composer import sms
from crm_core.generation.composer.plan import MessagePlan, season_of
from crm_core.generation.composer.speech import conjugate
from crm_core.generation.composer.voice import emoji_count, emoji_palette

OPT_OUT_SAMPLE = "080-000-0000"  # sizes the ad footer; the pipeline puts the real number in
ACTIVATION = 1  # stage index
MARGIN = 4  # room for a sender name a little longer than the brand's


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
    """Paragraphs for Kakao, LMS and email; email and LMS carry usage and a second proof. A caution
    follows the product line wherever it appears."""
    proofs = list(plan.proofs)
    trendy = tone == Tone.trendy
    first = [plan.hook, plan.product_after_hook, plan.caution, proofs[0] if proofs else None]
    if channel == Channel.email:
        second = [proofs[1] if len(proofs) > 1 else None, proofs[2] if len(proofs) > 2 else None, plan.fomo]
        return [first, [*second, plan.usage, plan.offer], [plan.close, plan.signature]]
    if channel == Channel.lms:
        return [
            [*first, proofs[1] if len(proofs) > 1 else None, plan.fomo, plan.offer],
            [plan.usage],
            [plan.close, plan.signature],
        ]
    extra = None if trendy or len(proofs) < 2 else proofs[1]
    if plan.stage == ACTIVATION and plan.usage:  # the first-use guide is the point of this stage
        return [[*first, plan.offer], [plan.usage], [plan.close, plan.signature]]
    return [[*first, extra, plan.fomo, plan.offer], [plan.close, plan.signature]]


def _frame_size(request: GenerationRequest, title: str, cta: str) -> int:
    """What the channel adds around the body (ad label, sender, footer), in the channel's unit."""
    resolved = request.resolved
    sender = resolved.brief.sender or resolved.brand.name
    frame = channel_text(
        title, "", cta, resolved.channel, is_ad=resolved.is_ad, sender=sender, opt_out_number=OPT_OUT_SAMPLE
    )
    return measure(frame, resolved.channel).length + MARGIN


def _fits(request: GenerationRequest, body: str, frame: int) -> bool:
    return measure(body, request.resolved.channel).length + frame <= request.resolved.channel.body_limit


def _push_body(plan: MessagePlan, greeting: str, request: GenerationRequest) -> str:
    """The reader's opener, the product line (with its caution) and the event's full offer first;
    then a reason or the close while the display guideline allows. The event is named even in the
    tightest form."""
    frame = _frame_size(request, plan.title, plan.cta) + 3  # emoji may add a few characters
    reason = plan.proofs[0] if plan.proofs else None
    product = [plan.product_line, plan.caution]
    after_hook = [plan.product_after_hook, plan.caution]
    hook_led: list[list[str | None]]
    if plan.offer:  # the offer whole, with as much of the opener and close as fits
        hook_led = [[plan.hook, *after_hook, plan.offer, plan.close], [plan.hook, *after_hook, plan.offer]]
        nudge_led = [[plan.nudge, *product, plan.offer, plan.close], [plan.nudge, *product, plan.offer]]
        rest = [
            [plan.event_lead, plan.caution, plan.offer, plan.close],
            [plan.event_lead, plan.caution, plan.offer],
            [*product, plan.offer],
            [plan.event_lead_short, plan.caution, plan.offer],
            [plan.nudge, *product, f"{plan.offer_short} 소식도 확인해 보세요."],
            [*product, f"{plan.offer_short} 소식도 확인해 보세요."],
        ]
    else:  # a reason from the facts earns its place, the stage's close keeps its own
        hook_led = [[plan.hook, *after_hook, reason, plan.close], [plan.hook, *after_hook, plan.close]]
        nudge_led = [
            [plan.nudge, *product, reason, plan.close],
            [plan.nudge, *product, plan.close],
            [plan.nudge, *product, reason],
            [plan.nudge, *product],
        ]
        rest = [[*product, reason, plan.close], [*product, plan.close]]
    # the hook leads when it speaks to this reader, the reader's nudge when the hook is the stage's
    # alone; a third variant takes the other order, so variants differ
    nudge_first = (request.variant % 3 == 2) != (not plan.hook_personal)
    candidates = [*nudge_led, *hook_led, *rest] if nudge_first else [*hook_led, *nudge_led, *rest]
    for sentences in candidates:
        body = greeting + _join(sentences)
        if _fits(request, body, frame):
            return body
    return greeting + _join(product)


def _sms_bodies(plan: MessagePlan) -> list[str]:
    """Short name + one reason + the stage's call to action, richest first (90-byte channel)."""
    name = sms.sms_name(plan.facts.name)
    found = sms.reasons(plan.facts.points, name, plan.facts.noun)
    closes = [f"{adverb} {plan.sms_verb}" for adverb in (plan.values["adv"], "지금", "오늘")] + [plan.sms_verb]
    event = plan.offer_short if plan.is_promotion else None
    return sms.bodies(name, found, plan.angle.sms_tag, closes, event)


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
        frame = _frame_size(request, plan.title, "")
        bodies = [conjugate(b, brief.honorific) for b in _sms_bodies(plan)]
        fitting = [b for b in bodies if _fits(request, b, frame)]
        if fitting:  # variant 0 sends the richest that fits; later variants start further down
            k = request.variant % len(fitting)
            fitting = fitting[k:] + fitting[:k]
        bodies = fitting + sorted((b for b in bodies if b not in fitting), key=len)
        drafts = [(plan.title, body, "", "sms") for body in bodies]  # the body ends on the call to action
    elif channel == Channel.push:
        drafts = [(plan.title, _push_body(plan, greeting, request), plan.cta, "push")]
    else:
        paragraphs = [_join(p) for p in _long_sentences(plan, channel, brief.tone)]
        joiner = "\n\n" if channel == Channel.email else "\n"
        body = greeting + joiner.join(p for p in paragraphs if p)
        drafts = [(plan.title, body, plan.cta, "long")]
        short = greeting + _join([plan.hook, plan.product_after_hook, plan.caution, plan.offer, plan.close])
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
