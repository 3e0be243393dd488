"""Deterministic copy from evidence, style templates and stage rules: no model involved.

This is the offline default and the chain's fallback. Its output is always labelled template
output (is_template=True), never passed off as AI copy. The same brief and seed give the same
message; each variant takes a different template.
"""

from __future__ import annotations

import random
import re
from datetime import datetime

from crm_core.channels import customer_variable
from crm_core.domain import Channel, EmojiPolicy, Honorific, StyleTemplate
from crm_core.generation.base import Candidate, CheckFn, CheckOutcome, GenerationRequest, StageListener
from crm_core.korean import fill_slots, strip_emoji, to_hapsho

PROMPT_VERSION = "template-v1"
SEASONS = {12: "겨울", 1: "겨울", 2: "겨울", 3: "봄", 4: "봄", 5: "봄", 6: "여름", 7: "여름", 8: "여름"}
_VOLUME_TAIL = re.compile(r"\s*\(?\d[\d.,]*\s*(ml|mL|g|매|개|입|EA|ea)\b.*$")

# What reviewers praise → a short clause for {review_point} ("…다는 후기").
REVIEW_ASPECTS = (
    ("끈적", "끈적임 없이 산뜻하다는"),
    ("흡수", "흡수가 빠르다는"),
    ("촉촉", "촉촉함이 오래간다는"),
    ("보습", "보습감이 편안하다는"),
    ("순하", "순하게 쓰기 좋다는"),
    ("자극", "자극 걱정 없이 쓰기 편하다는"),
    ("향", "향이 은은하다는"),
    ("가볍", "가볍게 발린다는"),
    ("탄력", "피부가 탄탄하게 느껴진다는"),
    ("광", "은은한 윤기가 돈다는"),
    ("진정", "피부가 편안해졌다는"),
    ("세정", "깔끔하게 씻긴다는"),
    ("백탁", "백탁 없이 발린다는"),
    ("가성비", "가격 대비 만족스럽다는"),
    ("재구매", "다시 찾게 된다는"),
)


def short_product_name(name: str) -> str:
    """'자음생크림 60ml' → '자음생크림': copy reads better without the pack size."""
    short = _VOLUME_TAIL.sub("", name).strip()
    return short or name


def season_of(when: datetime | None) -> str:
    month = (when or datetime.now()).month
    return SEASONS.get(month, "가을")


def review_point(request: GenerationRequest) -> str | None:
    """A clause paraphrasing what the best-matching reviews praise; None without reviews."""
    for item in request.evidence.reviews:
        for keyword, clause in REVIEW_ASPECTS:
            if keyword in item.text:
                return clause
    return None


def slot_values(request: GenerationRequest, rng: random.Random) -> dict[str, str]:
    """Values for every slot the evidence can honestly fill; unfillable slots are absent."""
    resolved, evidence = request.resolved, request.evidence
    product = resolved.product
    values = {
        "brand": resolved.brand.name,
        "product": short_product_name(product.name),
        "season": season_of(resolved.brief.scheduled_at),
        "customer": customer_variable(resolved.channel) or "고객",
    }
    if product.category:
        values["category"] = product.category
    if product.key_ingredients:  # a name-only product has no facts: those slots stay unfilled
        values["ingredient"] = rng.choice(product.key_ingredients)
        values["benefit"] = (
            rng.choice(product.selling_points) if product.selling_points else f"{product.key_ingredients[0]} 함유"
        )
    point = review_point(request)
    if point:
        values["review_point"] = point
    if evidence.event is not None:
        values["event_name"] = evidence.event.name
        values["event_detail"] = evidence.event.detail
    return values


def ordered_templates(request: GenerationRequest) -> list[StyleTemplate]:
    """Templates in the order this brief tries them: event ones first when there is an event,
    the emoji policy's preferred variant next, then a shuffle seeded by the brief (not the variant).
    Variant k starts at position k, so the variants of one brief take different templates."""
    brief = request.resolved.brief
    templates = list(request.evidence.style_templates)
    random.Random(f"{brief.seed}:{brief.brand}:{brief.product}:{brief.stage_index}").shuffle(templates)
    prefer_emoji = brief.emoji == EmojiPolicy.playful
    templates.sort(
        key=lambda t: (
            not (t.needs_event and request.evidence.event is not None),
            (t.variant == "이모지") != prefer_emoji if brief.emoji != EmojiPolicy.few else False,
        )
    )
    k = request.variant % max(len(templates), 1)
    return templates[k:] + templates[:k]


def without_emoji(request: GenerationRequest) -> bool:
    """No emoji when the brief says so, or on SMS/LMS, whose EUC-KR encoding cannot carry them."""
    channel = request.resolved.channel.channel
    return request.resolved.brief.emoji == EmojiPolicy.none or channel in (Channel.sms, Channel.lms)


def render(template: StyleTemplate, values: dict[str, str], request: GenerationRequest) -> tuple[str, str, str]:
    brief = request.resolved.brief
    parts = [fill_slots(text, values) for text in (template.title, template.body, template.cta)]
    if without_emoji(request):
        parts = [strip_emoji(p) for p in parts]
    if brief.honorific == Honorific.hapsho:
        parts[1] = to_hapsho(parts[1])
    return parts[0], parts[1], parts[2]


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def shorter_forms(title: str, body: str, cta: str) -> list[tuple[str, str, str]]:
    """The message, then shorter forms of it for tight channels (SMS: 90 bytes): the body's first
    sentence, then the title standing in for the body. Each form says only what the template said."""
    forms = [(title, body, cta)]
    first = _SENTENCE_END.split(body.strip())[0]
    if first != body.strip():
        forms.append((title, first, cta))
    if title.strip() and title.strip() != first:
        forms.append((title, title, cta))
    return forms


class TemplateGenerator:
    """Composes copy from templates; tries templates until one passes the guard."""

    name = "template"
    prompt_version = PROMPT_VERSION

    def __init__(self, reason: str = "template backend selected", max_tries: int = 12):
        self.reason = reason
        self.max_tries = max_tries

    def describe(self) -> dict[str, object]:
        return {"type": "template", "prompt_version": PROMPT_VERSION, "max_tries": self.max_tries}

    def generate(
        self, requests: list[GenerationRequest], check: CheckFn, on_stage: StageListener | None = None
    ) -> list[Candidate]:
        if on_stage is not None:
            on_stage("template")
        return [self.compose(request, check) for request in requests]

    def compose(self, request: GenerationRequest, check: CheckFn, reason: str | None = None) -> Candidate:
        """Best template for one request: the first that passes, else the least blocked (flagged)."""
        brief = request.resolved.brief
        rng = random.Random(f"{brief.seed}:{request.variant}:{brief.brand}:{brief.product}:{brief.stage_index}")
        values = slot_values(request, rng)
        usable = [t for t in ordered_templates(request) if t.slots() <= values.keys()]
        if not usable:
            raise ValueError(
                f"style {request.resolved.style.name} has no usable template for stage "
                f"{request.resolved.stage.name} (needs slots the evidence cannot fill)"
            )
        best: tuple[int, tuple[str, str, str], CheckOutcome, StyleTemplate] | None = None
        tries = 0
        for template in usable:
            for title, body, cta in shorter_forms(*render(template, values, request)):
                tries += 1
                outcome = check(request, title, body, cta)
                blocking = len(outcome.blocking)
                if best is None or blocking < best[0]:
                    best = (blocking, (title, body, cta), outcome, template)
                if blocking == 0 or tries >= self.max_tries:
                    break
            if best[0] == 0 or tries >= self.max_tries:
                break
        assert best is not None
        blocking, (title, body, cta), outcome, template = best
        needs_edit = blocking > 0
        why = "; ".join(f"{f.rule_id}: {f.message}" for f in outcome.blocking[:3])
        return Candidate(
            title=title,
            body=body,
            cta=cta,
            outcome=outcome,
            backend="template",
            backend_reason=reason or self.reason,
            is_template=True,
            draft=f"[template {template.id}]",
            needs_edit=needs_edit,
            fallback_reason=f"no template passed the guard after {tries} tries: {why}" if needs_edit else None,
            attempts=tries,
        )
