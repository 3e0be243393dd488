"""What one generation produces: evidence, message, findings, scores, timing and provenance."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import Field

from crm_core.domain.brief import Brief
from crm_core.domain.catalog import (
    Brand,
    CampaignEvent,
    Persona,
    Product,
    Record,
    StageGoal,
    StyleTemplate,
)
from crm_core.domain.channel import Channel
from crm_core.domain.product_match import ListedProduct, NameOnlyProduct, ProductMatch

Collection = Literal[
    "product_facts", "reviews", "brand_tone", "stage_rules", "past_messages", "style_templates", "event"
]
RetrievalMode = Literal["hybrid", "lexical", "dense", "none"]
Verdict = Literal["pass", "warn", "block"]
Severity = Literal["block", "warn"]
MessageField = Literal["title", "body", "cta", "channel_text"]


SMS_TO_LMS = "sms_to_lms"
"""The flag of an SMS brief written as LMS because 90 bytes could not carry it (see Brief.sms_overflow)."""
SMS_TO_LMS_NOTE = (
    "SMS 90바이트에는 제품명과 한 줄만 담겨 이유·혜택을 다 전할 수 없어 LMS로 작성했어요 "
    "(발송 단가가 달라요 · 'SMS로 줄여 작성'을 고르면 SMS로 보내요)"
)
"""Also true of an ad with no event (round 24: sent as LMS unless sms_overflow=shorten, the UI's 'SMS로 줄여 작성')."""
SMS_TO_LMS_LINK_NOTE = (
    "SMS 90바이트에는 링크와 함께 제품명·이유·혜택을 다 담을 수 없어 LMS로 작성했어요 "
    "(발송 단가가 달라요 · 'SMS로 줄여 작성'을 고르면 SMS로 보내요)"
)
"""The same, for a brief with a link: an SMS carries its link in its text (channels.text_link), ~25 of its bytes."""

ReviewPolarity = Literal["praise", "complaint", "mixed", "hedged", "neutral"]


class EvidenceItem(Record):
    """One retrieved passage with where it came from and how well it matched."""

    source_id: str
    collection: Collection
    text: str
    score: float | None = None
    review_id: str | None = Field(default=None, description="Quoted review's id (reviews only)")
    rating: int | None = Field(default=None, ge=1, le=5, description="Quoted review's star rating")
    polarity: ReviewPolarity | None = Field(default=None, description="How the quoted sentence reads")
    aspects: tuple[str, ...] = Field(default=(), description="What the sentence praises, in Korean (보습, 자극·진정)")


class Evidence(Record):
    """Everything the chain may rely on for one brief; anything else is invented."""

    product_facts: tuple[EvidenceItem, ...] = ()
    reviews: tuple[EvidenceItem, ...] = ()
    brand_tone: tuple[EvidenceItem, ...] = ()
    past_messages: tuple[EvidenceItem, ...] = ()
    stage_rules: tuple[EvidenceItem, ...] = ()
    style_templates: tuple[StyleTemplate, ...] = ()
    event: CampaignEvent | None = None
    retrieval_mode: RetrievalMode = "none"
    status: str = Field(default="", description="Why retrieval ran the way it did (e.g. lexical-only)")
    no_usable_review: bool = Field(
        default=False, description="Reviews were searched but none praises what the persona cares about"
    )

    @property
    def degraded(self) -> bool:
        return self.retrieval_mode in ("lexical", "none") and bool(self.status)

    def fact_texts(self) -> list[str]:
        """Texts whose numbers and names a message may repeat (facts, event, reviews)."""
        texts = [item.text for item in (*self.product_facts, *self.reviews)]
        if self.event is not None:
            texts += [self.event.name, self.event.detail]
        return texts


class Span(Record):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Finding(Record):
    """One guard finding; a blocking one prevents approval."""

    rule_id: str = Field(description="Dotted id, e.g. ad_law.medical_claim")
    category: str
    severity: Severity
    message: str
    field: MessageField | None = None
    span: Span | None = None
    basis: str = ""
    suggestion: str | None = None


class Score(Record):
    """A score in [0, 1] with a one-line reason the UI can show."""

    name: str
    value: float = Field(ge=0.0, le=1.0)
    explanation: str


class Timing(Record):
    """Seconds per stage for one message (batched stages are divided by batch size)."""

    load: float = 0.0
    rag: float = 0.0
    draft: float = 0.0
    refine: float = 0.0
    guard: float = 0.0
    total: float = 0.0


class Message(Record):
    """The final copy; channel_text is exactly what would be sent (labels and opt-out included)."""

    title: str
    body: str
    cta: str
    channel_text: str


class MessageResult(Record):
    """One variant for one brief, with everything needed to review, approve or reproduce it."""

    brief: Brief
    variant: int = 0
    persona: Persona
    brand: Brand
    product: ListedProduct | Product | NameOnlyProduct
    product_match: ProductMatch | None = Field(default=None, description="How the sheet's product text was matched")
    stage: StageGoal
    style_index: int
    style_name: str
    event: CampaignEvent | None = None
    is_ad: bool = False
    sms_to_lms: bool = Field(
        default=False, description="An SMS brief written as LMS: 90 bytes could not carry it (flag sms_to_lms)"
    )
    message: Message
    draft: str = ""
    refiner_raw: str = ""
    evidence: Evidence
    findings: tuple[Finding, ...] = ()
    verdict: Verdict = "pass"
    scores: tuple[Score, ...] = ()
    timing: Timing = Timing()
    backend: str
    backend_reason: str = ""
    is_template: bool = Field(description="True when the copy was composed from templates, not a model")
    drafter_model: str | None = None
    refiner_model: str | None = None
    adapter: str | None = None
    seed: int
    prompt_version: str
    needs_edit: bool = False
    fallback_reason: str | None = None
    attempts: int = 1
    created_at: datetime = Field(default_factory=lambda: datetime.now(UTC))

    @property
    def blocked(self) -> bool:
        return self.verdict == "block"

    @property
    def channel(self) -> Channel:
        """The channel the message was written for and is sent on (LMS for an SMS brief that overflowed)."""
        return Channel.lms if self.sms_to_lms else self.brief.channel

    def to_prototype_dict(self) -> dict[str, Any]:
        """The prototype's result keys (so downstream scripts keep working) plus the new ones."""
        persona = self.persona
        return {
            "persona_profile": {
                "name": persona.name,
                "age_range": f"{persona.age_min}:{persona.age_max}",
                "gender": persona.gender,
                "skin_type": ", ".join(persona.skin_concerns),
                "shopping_style": persona.shopping_style,
                "value_focus": persona.value_focus,
                "brand_pref": list(persona.brand_pref),
            },
            "product_basic": {
                "id": self.product.id,
                "brand": self.product.brand,
                "name": self.product.name,
                "category": self.product.category,
                "price": self.product.price,
                "volume": self.product.volume,
                "key_ingredients": list(self.product.key_ingredients),
            },
            "product_match": self.product_match.model_dump(by_alias=True) if self.product_match else None,
            "stage_name": self.stage.name,
            "stage_kr": self.stage.name_kr,
            "objective": self.stage.objective,
            "target_state": self.stage.target_state,
            "style_type": self.style_name,
            "style_templates": [t.model_dump() for t in self.evidence.style_templates],
            "is_event": int(self.brief.is_event),
            "channel": self.channel.value,
            "sms_to_lms": self.sms_to_lms,
            "selected_event": self.event.model_dump() if self.event else None,
            "qwen": {
                "model": self.drafter_model,
                "draft": self.draft,
                "highlights": [item.text for item in self.evidence.reviews],
            },
            "exaone": {"model": self.refiner_model, "result_raw": self.refiner_raw},
            "timing": {
                "load": round(self.timing.load, 4),
                "rag": round(self.timing.rag, 4),
                "qwen": round(self.timing.draft, 4),
                "exaone": round(self.timing.refine, 4),
                "guard": round(self.timing.guard, 4),
                "total": round(self.timing.total, 4),
            },
            "message": self.message.model_dump(),
            "verdict": self.verdict,
            "findings": [f.model_dump() for f in self.findings],
            "scores": {s.name: {"value": round(s.value, 4), "explanation": s.explanation} for s in self.scores},
            "backend": self.backend,
            "backend_reason": self.backend_reason,
            "is_template": self.is_template,
            "needs_edit": self.needs_edit,
            "fallback_reason": self.fallback_reason,
            "seed": self.seed,
            "variant": self.variant,
            "prompt_version": self.prompt_version,
            "adapter": self.adapter,
            "evidence": self.evidence.model_dump(mode="json", exclude={"style_templates"}),
        }
