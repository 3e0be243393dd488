"""Catalog records: what a marketer's company sells and to whom, as validated, frozen values."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SKIN_TYPES = ("건성", "지성", "복합성", "민감성", "중성")
FUNCTIONAL_CLAIMS = ("미백", "주름개선", "자외선차단", "여드름완화", "탈모완화", "아토피보습", "튼살개선")
TEMPLATE_VARIANTS = ("텍스트", "이모지")

# Placeholders a style template may use; the template backend fills each from evidence.
TEMPLATE_SLOTS = (
    "brand",
    "product",
    "category",
    "ingredient",
    "benefit",
    "review_point",
    "event_name",
    "event_detail",
    "season",
    "customer",
)
_SLOT_RE = re.compile(r"\{([^{}]*)\}")


class Record(BaseModel):
    """Base: immutable, and unknown fields are an error (typos in data files fail loudly)."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


VoiceManner = Literal[
    "heritage",
    "herbal",
    "fresh",
    "nature",
    "modern",
    "science",
    "gentle",
    "family",
    "bright",
    "clinical",
    "playful",
    "bold",
]


class BrandVoice(Record):
    """How the offline composer speaks for a brand: its manner (register) and its own signature lines."""

    manner: VoiceManner = Field(description="Sentence shape family, e.g. heritage (slow, restrained)")
    signatures: tuple[str, ...] = Field(
        min_length=2, description="Brand lines in 해요체; {product} marks the product's short name"
    )
    emoji: tuple[str, ...] = Field(default=(), description="Emoji that suit the brand, most fitting first")
    emoji_max: int = Field(default=3, ge=0, le=3, description="Most emoji a message may carry for this brand")
    price_talk: bool = Field(default=True, description="False: never lead with price, volume-for-money or savings")


class Brand(Record):
    """A brand and its voice; the refiner and the tone score both read this profile."""

    name: str = Field(min_length=1, description="Korean brand name, the key (e.g. 설화수)")
    name_en: str = Field(min_length=1)
    story: str = Field(min_length=20, description="Our own short brand story")
    tone_keywords: tuple[str, ...] = Field(min_length=2)
    do_phrases: tuple[str, ...] = Field(default=(), description="Expressions that sound like us")
    dont_phrases: tuple[str, ...] = Field(default=(), description="Expressions we never use")
    exclusions: tuple[str, ...] = Field(default=(), description="Topics or words to keep out")
    visual_colors: tuple[str, ...] = ()
    exemplars: tuple[str, ...] = Field(default=(), description="Sample sentences in brand voice")
    url: str | None = None
    voice: BrandVoice | None = Field(default=None, description="Composer voice; a neutral one when absent")


_VOLUME_TAIL = re.compile(r"\s*\(?\d[\d.,]*\s*(ml|mL|g|매|개|입|EA|ea)\b.*$")
_SUN_RATING = re.compile(r"\s*SPF\s?\d+\+?(\s*/\s*PA\+*)?\s*$")  # the rating is a fact the copy states, not a name


@lru_cache(maxsize=4096)
def short_product_name(name: str) -> str:
    """'자음생크림 60ml' → '자음생크림', '… 선크림 SPF50+/PA++++ 40ml' → '… 선크림': copy reads
    better without the pack size and the sun rating in the name (and the guard reads a named product as copy names
    it)."""
    short = _SUN_RATING.sub("", _VOLUME_TAIL.sub("", name)).strip()
    return short or name


class Product(Record):
    """One product with facts a message may state; nothing outside these facts is true."""

    id: str = Field(min_length=1, pattern=r"^[A-Za-z0-9_\-]+$")
    brand: str = Field(min_length=1)
    name: str = Field(min_length=1)
    category: str = Field(min_length=1)
    price: int = Field(gt=0, le=10_000_000, description="Regular price in KRW")
    volume: str = Field(min_length=1, description="e.g. 60ml, 50g, 30매")
    key_ingredients: tuple[str, ...] = Field(min_length=1)
    claims: tuple[str, ...] = Field(min_length=1, description="Factual product statements")
    selling_points: tuple[str, ...] = Field(
        default=(), description="Short factual noun phrases for templates, e.g. 가볍게 스며드는 젤 크림"
    )
    functional_claims: tuple[str, ...] = Field(
        default=(), description="Registered 기능성 functions (MFDS), e.g. 미백, 주름개선"
    )
    skin_types: tuple[str, ...] = ()
    usage: str | None = None
    url: str | None = None

    @field_validator("functional_claims")
    @classmethod
    def _known_functions(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [v for v in value if v not in FUNCTIONAL_CLAIMS]
        if unknown:
            raise ValueError(f"unknown functional claim {unknown}; allowed: {list(FUNCTIONAL_CLAIMS)}")
        return value

    @field_validator("skin_types")
    @classmethod
    def _known_skin_types(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [v for v in value if v not in SKIN_TYPES]
        if unknown:
            raise ValueError(f"unknown skin type {unknown}; allowed: {list(SKIN_TYPES)}")
        return value


class Review(Record):
    """A customer review; persona-matched highlights are retrieved from these."""

    id: str = Field(min_length=1)
    product_id: str = Field(min_length=1)
    rating: int = Field(ge=1, le=5)
    text: str = Field(min_length=5)
    skin_type: str | None = None
    age_group: str | None = Field(default=None, description="e.g. 20대, 30대")
    date: dt.date | None = None

    @field_validator("skin_type")
    @classmethod
    def _known_skin_type(cls, value: str | None) -> str | None:
        if value is not None and value not in SKIN_TYPES:
            raise ValueError(f"unknown skin type {value!r}; allowed: {list(SKIN_TYPES)}")
        return value


class Persona(Record):
    """A target customer group; its label is internal and must never appear in copy."""

    index: int = Field(ge=0)
    name: str = Field(min_length=1, description="Internal label, e.g. Luxury_Lover")
    label_kr: str = Field(min_length=1, description="Korean display name for the UI")
    age_min: int = Field(ge=10, le=100)
    age_max: int = Field(ge=10, le=100)
    gender: str = "female"
    skin_concerns: tuple[str, ...] = Field(min_length=1)
    shopping_style: str
    value_focus: str
    brand_pref: tuple[str, ...] = ()
    custom: bool = False

    @model_validator(mode="after")
    def _age_order(self) -> Persona:
        if self.age_min > self.age_max:
            raise ValueError(f"age_min {self.age_min} is above age_max {self.age_max}")
        return self


class StageGoal(Record):
    """One AARRR stage: what the message is for and what it must not do."""

    index: int = Field(ge=0, le=4)
    name: Literal["Acquisition", "Activation", "Retention", "Revenue", "Referral"]
    name_kr: str
    objective: str
    target_state: str
    allowed_context: tuple[str, ...]
    forbidden_context: tuple[str, ...]
    message_focus: tuple[str, ...]
    cta_style: str
    example_intent: str = ""
    cta_examples: tuple[str, ...] = Field(default=(), description="CTA labels fit for this stage")


class StyleTemplate(Record):
    """A reusable message skeleton; placeholders come from TEMPLATE_SLOTS only."""

    id: str = Field(min_length=1)
    stage: int = Field(ge=0, le=4)
    variant: Literal["텍스트", "이모지"] = "텍스트"
    title: str = Field(min_length=1)
    body: str = Field(min_length=1)
    cta: str = Field(min_length=1)
    needs_event: bool = Field(default=False, description="Only usable when the brief has an event")

    @model_validator(mode="after")
    def _known_slots(self) -> StyleTemplate:
        for part in (self.title, self.body, self.cta):
            for slot in _SLOT_RE.findall(part):
                if slot not in TEMPLATE_SLOTS:
                    raise ValueError(f"unknown placeholder {{{slot}}}; allowed: {list(TEMPLATE_SLOTS)}")
        return self

    def slots(self) -> set[str]:
        return {s for part in (self.title, self.body, self.cta) for s in _SLOT_RE.findall(part)}


class StyleFamily(Record):
    """A persuasion style (index 0..5 as in the prototype) with its templates per stage."""

    index: int = Field(ge=0)
    name: str
    name_kr: str
    description: str
    templates: tuple[StyleTemplate, ...] = Field(min_length=1)

    def for_stage(self, stage: int) -> tuple[StyleTemplate, ...]:
        return tuple(t for t in self.templates if t.stage == stage)


OfferKind = Literal["coupon", "points", "gift", "free", "price", "content", "service"]


class EventOffer(Record):
    """An event's offer as parts of a sentence, so copy never pastes the raw description.

    `condition` is a clause ending in a conditional (첫 주문하시면); `benefit` a noun phrase whose
    numbers appear in the event's detail; `kind` picks the verb (coupon → 드려요, points → 적립돼요).
    """

    kind: OfferKind
    benefit: str = Field(min_length=2)
    condition: str | None = None
    sms: str | None = Field(
        default=None,
        min_length=2,
        max_length=24,
        description="The offer in a few words for SMS, an adverbial before the call to action (첫 주문 10% 쿠폰으로)",
    )


class CampaignEvent(Record):
    """A campaign a message may mention; only its own words and numbers are facts."""

    id: str = Field(min_length=1)
    stage: int = Field(ge=0, le=4)
    name: str
    detail: str
    is_promotion: bool
    brands: tuple[str, ...] = Field(default=(), description="Empty means every brand")
    categories: tuple[str, ...] = Field(default=(), description="Product categories it applies to; empty: all")
    offer: EventOffer | None = Field(default=None, description="Structured benefit the composer writes out")
    invite: str | None = Field(
        default=None,
        min_length=2,
        max_length=24,
        description="A push title inviting to what the event holds, in 해요체 (첫 주문에 샘플을 함께 드려요)",
    )
    button: str | None = Field(
        default=None,
        min_length=2,
        max_length=12,
        description="The button that takes the reader to the event (상담 신청하기), so the ask matches it",
    )
    ask: str | None = Field(
        default=None,
        min_length=4,
        max_length=40,
        description=(
            "For a content or service event: the push's call to action in one short 해요체 sentence saying"
            " what it holds and asking for the button (간단한 문답으로 내 피부 타입을 알아보세요.), in place of"
            " the offer's long benefit"
        ),
    )

    how: str | None = Field(
        default=None,
        min_length=8,
        max_length=80,
        description=(
            "For a content or service event: what it holds and how one takes part, in 해요체, only what the"
            " event row carries (where to bring the empties and what becomes of them, where a live"
            " broadcast's schedule is shown), written out in place of a stock line on the benefit"
        ),
    )
    sms: str | None = Field(
        default=None,
        min_length=4,
        max_length=20,
        description=(
            "For a content or service event: its invitation as the SMS's one ask, in 해요체, said after the"
            " product's name (라이브로 쓰는 법 확인해 보세요.), so the event travels in 90 bytes"
        ),
    )

    sells_line_set: bool = Field(
        default=False,
        description=(
            "A set of the line's daily steps (라인 3종 세트): never offered with an all-in-one product, which is one"
            " step by design (Catalog.offers)"
        ),
    )
    names_next_step: bool = Field(
        default=False,
        description=(
            "A guide to the routine's next step (다음 단계 라인 안내): the catalog names the brand's product for the"
            " step after this one (Catalog.next_in_routine), so copy can say which product, not only 다음 단계"
        ),
    )

    def applies_to(self, product: Product) -> bool:
        """Whether the event may be offered with this product (its brand and category are in scope)."""
        return (not self.brands or product.brand in self.brands) and (
            not self.categories or product.category in self.categories
        )
