"""Typed values shared by every crm_core component."""

from crm_core.domain.brief import (
    TONE_INSTRUCTIONS,
    Brief,
    ContextMode,
    EmojiPolicy,
    Honorific,
    Tone,
)
from crm_core.domain.catalog import (
    FUNCTIONAL_CLAIMS,
    SKIN_TYPES,
    TEMPLATE_SLOTS,
    Brand,
    CampaignEvent,
    Persona,
    Product,
    Record,
    Review,
    StageGoal,
    StyleFamily,
    StyleTemplate,
)
from crm_core.domain.channel import Channel, ChannelSpec
from crm_core.domain.result import (
    Evidence,
    EvidenceItem,
    Finding,
    Message,
    MessageResult,
    Score,
    Span,
    Timing,
    Verdict,
)

__all__ = [
    "FUNCTIONAL_CLAIMS", "SKIN_TYPES", "TEMPLATE_SLOTS", "TONE_INSTRUCTIONS",
    "Brand", "Brief", "CampaignEvent", "Channel", "ChannelSpec", "ContextMode", "EmojiPolicy",
    "Evidence", "EvidenceItem", "Finding", "Honorific", "Message", "MessageResult", "Persona",
    "Product", "Record", "Review", "Score", "Span", "StageGoal", "StyleFamily", "StyleTemplate",
    "Timing", "Tone", "Verdict",
]
