"""A brand's voice for the composer: its manner, signature lines and emoji, with a neutral default."""

from __future__ import annotations

from crm_core.domain import Brand, BrandVoice, Channel, EmojiPolicy

NEUTRAL_VOICE = BrandVoice(
    manner="gentle",
    signatures=("{brand}가 준비한 이야기를 편하게 만나 보세요.", "매일의 루틴에 {product}를 더해 보세요."),
    emoji=("✨",),
    emoji_max=2,
)
# How each manner moves: the adverb its closing lines lean on.
MANNER_ADVERB: dict[str, str] = {
    "heritage": "천천히",
    "herbal": "꾸준히",
    "fresh": "가볍게",
    "nature": "산뜻하게",
    "modern": "나답게",
    "science": "차근차근",
    "gentle": "편안하게",
    "family": "편하게",
    "bright": "설레는 마음으로",
    "clinical": "차분하게",
    "playful": "신나게",
    "bold": "자신 있게",
}
# Restrained manners: no exclamation, no trendy fragments, no price talk.
QUIET_MANNERS = frozenset({"heritage", "modern"})
STYLE_EMOJI = ("⏰", "📌", "👀", "🌙", "🍃", "✨")  # by style family index
SEASON_EMOJI = {"봄": "🌸", "여름": "☀️", "가을": "🍂", "겨울": "❄️"}


def voice_of(brand: Brand) -> BrandVoice:
    return brand.voice or NEUTRAL_VOICE


def emoji_count(brand: Brand, policy: EmojiPolicy, channel: Channel) -> int:
    """none → 0, few → 1, playful → 2–3 capped by the brand (SMS/LMS carry none: EUC-KR)."""
    if channel in (Channel.sms, Channel.lms) or policy == EmojiPolicy.none:
        return 0
    wanted = 1 if policy == EmojiPolicy.few else 3
    return min(wanted, voice_of(brand).emoji_max)


# Reading 13 (s9301): a brand's 💄 on a sunscreen. An emoji that shows a kind of product closes copy for that kind only.
KIND_EMOJI: dict[str, frozenset[str]] = {"💄": frozenset({"립", "쿠션·베이스"})}


def emoji_palette(brand: Brand, style_index: int, season: str, category: str) -> list[str]:
    """The brand's emoji first, then the style's (the season's for the seasonal style), without those that
    show another kind of product than `category`."""
    extra = SEASON_EMOJI.get(season, "✨") if style_index == 4 else STYLE_EMOJI[style_index % len(STYLE_EMOJI)]
    palette = list(voice_of(brand).emoji)
    if extra not in palette:
        palette.append(extra)
    return [e for e in palette if e not in KIND_EMOJI or category in KIND_EMOJI[e]]
