"""A brief: one Why–Who–What request, in the prototype's vocabulary so old brief sheets work."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from crm_core.domain.catalog import Record
from crm_core.domain.channel import Channel
from crm_core.errors import InvalidInput


class Tone(StrEnum):
    """Tone presets; each is a short instruction, and the brand's own voice always wins."""

    friendly = "친근한"
    expert = "전문적인"
    trendy = "트렌디한"
    luxurious = "고급스러운"
    emotional = "감성적인"


TONE_INSTRUCTIONS: dict[Tone, str] = {
    Tone.friendly: "가까운 사람에게 말하듯 편안하고 다정하게 씁니다.",
    Tone.expert: "성분과 사용법을 정확한 용어로 차분하게 설명합니다.",
    Tone.trendy: "짧고 경쾌한 문장, 요즘 말투로 리듬감 있게 씁니다.",
    Tone.luxurious: "절제된 어휘와 여백 있는 문장으로 품격 있게 씁니다.",
    Tone.emotional: "일상의 장면과 감정을 떠올리게 하는 문장으로 씁니다.",
}


class Honorific(StrEnum):
    haeyo = "해요체"
    hapsho = "합쇼체"


class EmojiPolicy(StrEnum):
    none = "none"
    few = "few"
    playful = "playful"


class ContextMode(StrEnum):
    """How much retrieved context the chain may use (the Compare page's axis)."""

    none = "no_rag"
    rag = "rag"
    rag_brand = "rag_brand"


class SmsOverflow(StrEnum):
    """What an SMS brief does when 90 bytes cannot carry the full product name, a reason (or the
    event's offer) and a call to action: written as LMS and flagged (the default), or kept SMS
    with less said (the offer or reason dropped first, the name cut to a part of it last)."""

    lms = "lms"
    shorten = "shorten"


KEY_MESSAGE_CHARS = 120
"""A key message is one sentence: longer text would crowd out the product's own facts."""


class Brief(Record):
    """What the marketer asks for; references (persona, brand, product) are resolved by the catalog."""

    persona: int | str = Field(description="Persona index (0..) or name (e.g. Luxury_Lover)")
    brand: str = Field(min_length=1, max_length=100)
    product: str = Field(min_length=1, max_length=300, description="Exact name or a unique part of it within the brand")
    stage_index: int = Field(description="AARRR stage 0..4")
    style_index: int = Field(description="Style family 0..5")
    is_event: bool = False
    event_id: str | None = Field(
        default=None, max_length=100, description="A specific event; else one is chosen by seed"
    )
    channel: Channel = Channel.push
    tone: Tone | None = None
    honorific: Honorific = Honorific.haeyo
    emoji: EmojiPolicy = EmojiPolicy.few
    sms_overflow: SmsOverflow = Field(
        default=SmsOverflow.lms,
        description="SMS only: lms writes a message SMS cannot carry as LMS (flagged sms_to_lms, a different "
        "sending price); shorten keeps it SMS with less said",
    )
    n: int = Field(default=1, ge=1, le=6, description="Number of variants")
    top_k: int = Field(default=3, ge=1, le=20)
    seed: int = Field(default=7, ge=0, le=2**63 - 1)
    context_mode: ContextMode = ContextMode.rag_brand
    informational: bool = Field(
        default=False,
        description="An order, delivery, reservation, point-expiry or policy notice: not an ad, and it may carry "
        "no promotion. Everything else a marketer sends promotes the brand's goods and is an ad (정보통신망법 제50조).",
    )
    sender: str | None = Field(default=None, max_length=60, description="Sender name shown in ad messages")
    product_id: str | None = Field(default=None, description="Catalog product the user mapped this sheet name to")
    unknown_products: Literal["error", "name_only"] = Field(
        default="error", description="name_only: a product missing from the catalog is written from its name alone"
    )
    house_brand: str | None = Field(
        default=None,
        max_length=60,
        description="Opt-in with unknown_products=name_only: a row whose brand is 기타 (or 없음, 미정) is written "
        "from the product name in a neutral house voice under this name (the sender customers see), flagged unbranded",
    )
    scheduled_at: datetime | None = Field(default=None, description="Planned send time, Korean wall-clock (KST)")
    campaign_id: str | None = Field(default=None, max_length=64, description="The sending system's campaign id")
    link_url: str | None = Field(
        default=None,
        description="Landing or button URL (http/https); a button's gets UTM on export, SMS/LMS text holds it as typed",
    )
    kakao_template_code: str | None = Field(
        default=None, max_length=64, description="AlimTalk template code registered with Kakao"
    )
    campaign: str | None = Field(
        default=None, description="Campaign it belongs to (e.g. stock_trigger); its copy rules apply"
    )
    key_message: str | None = Field(
        default=None,
        max_length=KEY_MESSAGE_CHARS,
        description="강조할 점: one point the copy must carry, in the marketer's words; guarded like the copy",
    )

    @field_validator("key_message")
    @classmethod
    def _key_message(cls, value: str | None) -> str | None:
        return " ".join(value.split()) or None if value is not None else None

    @field_validator("link_url")
    @classmethod
    def _web_link(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        if not value.startswith(("http://", "https://")) or any(c.isspace() for c in value):
            raise InvalidInput("link_url", f"must be an http:// or https:// address without spaces, got {value!r}")
        return value

    @model_validator(mode="before")
    @classmethod
    def _ad_flag(cls, value: Any) -> Any:
        """Older sheets and JSON say `is_ad`; it is the opposite of `informational` (both given must agree)."""
        if not isinstance(value, dict) or "is_ad" not in value:
            return value
        data = dict(value)
        is_ad = data.pop("is_ad")
        if not isinstance(is_ad, bool):
            raise InvalidInput("is_ad", f"expected a boolean (true or false), got {is_ad!r}")
        if "informational" in data and bool(data["informational"]) == is_ad:
            raise InvalidInput(
                "is_ad", "is_ad and informational contradict each other: an informational notice is not an ad"
            )
        data["informational"] = not is_ad
        return data

    @property
    def is_ad(self) -> bool:
        """Every message is an ad unless the brief marks it an informational notice."""
        return not self.informational

    @field_validator("persona", mode="before")
    @classmethod
    def _persona_digits(cls, value: object) -> object:
        if isinstance(value, str) and value.strip().lstrip("-").isdigit():
            return int(value.strip())
        return value

    @field_validator("channel", mode="before")
    @classmethod
    def _channel(cls, value: object) -> object:
        return Channel.parse(value) if isinstance(value, str) else value
