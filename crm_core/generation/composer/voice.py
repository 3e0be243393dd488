"""A brand's voice for the composer: its manner, signature lines and emoji, with a neutral default."""

from __future__ import annotations

import re

from crm_core.domain import Brand, BrandVoice, Channel, EmojiPolicy, Honorific, Tone

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
# Emoji that show another season (a brand's 🌸 on a winter message, reading 29, s8594: "겨울 메시지에 🌸 어색").
OFF_SEASON_EMOJI: dict[str, frozenset[str]] = {
    "겨울": frozenset({"🌸", "🌷", "☀️", "🍂"}),
    "봄": frozenset({"❄️", "🍂"}),
    "여름": frozenset({"❄️", "🍂", "🌷"}),
    "가을": frozenset({"🌸", "🌷", "❄️"}),
}


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


def in_season(emoji: list[str], season: str) -> list[str]:
    """The message's emoji without those another season shows (a brand's 🌸 on a winter message), each put back
    by a neutral one (filled)."""
    off = OFF_SEASON_EMOJI.get(season, frozenset())
    return filled([e for e in emoji if e not in off], len(emoji))


NEUTRAL_EMOJI = ("✨", "🤍", "💫")


def filled(kept: list[str], count: int) -> list[str]:
    """`kept` topped up to `count` emoji with neutral ones it does not show yet: a playful brief asks for two or
    three (copy-eval: "playful messages with 2 or more emoji"), and one taken out for not fitting the message
    would leave fewer."""
    spare = [e for e in NEUTRAL_EMOJI if e not in kept]
    return kept + spare[: max(0, count - len(kept))]


# ---- a time-pressed style without an event ---------------------------------------------------------
# "이번 주가 들이기 좋아요" with no event, no offer and no date in the brief is a reason to hurry the brief does not
# carry (reading 25, s5701: "'이번 주가 들이기 좋다'는 근거 없는 긴박감"; titles: "지금 고르기 좋은 때"). Without an
# event the time style asks for today in plain words, or keeps the reader's own reason (a bottle running low, a
# feeling still fresh), and names no week. Finished 해요체 sentences (plan.py), most specific first.
UNDATED: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), plain)
    for pattern, plain in (
        (
            r"이번 주는 (.+?(?:으로|로)) 루틴에 작은 변화를 더하기 좋(?:은 때예요|아요)",
            r"오늘은 \1 루틴에 작은 변화를 더해 볼 만해요",
        ),
        (r", 궁금했다면 이번 주가 만나 보기 좋은 때예요", ", 궁금했다면 오늘 한 번 만나 볼 만해요"),
        (r"고민하셨다면 이번 주가 들이기 좋(?:은 때예요|아요)", "고민하셨다면 오늘 한 번 살펴볼 만해요"),
        (r"있었다면 이번 주가 알아보기 좋은 때예요", "있었다면 오늘 한 번 알아볼 만해요"),
        (r"남은 양이 절반 아래라면 이번 주가 채워 두기 좋은 때예요", "남은 양이 절반 아래라면 미리 채워 두면 든든해요"),
        (r"생생한 이번 주가 권하기 좋은 때예요", "생생할 때 권하면 더 잘 전해져요"),
        (r"떠올랐다면 지금이 좋은 때예요", "떠올랐다면 생각난 김에 바로 알려 주기 좋아요"),
        (r"떠올랐다면 지금 전하기 좋아요", "떠올랐다면 생각난 김에 바로 알려 주기 좋아요"),
        (r", 이번 주에 꺼내 써 보기 좋(?:은 때예요|아요)", ", 오늘부터 바로 꺼내 써 보기 좋아요"),
        (r"(을|를) 꺼낸 이번 주에는 ", r"\1 꺼냈다면 "),
        (r"이번 주에 시작하는 ", "바로 시작하는 "),
        (r"이번 주에 (?:들이기 좋은|만나 보는) (.+)", r"새로 만나 보는 \1"),
        (r", 지금 고르기 좋은 때", ", 지금 살펴보기"),  # a title names no day
        (r"이번 주 루틴을 점검한다면", "오늘 루틴을 점검한다면"),
        (r"^이번 주, ", ""),  # a title: "이번 주, {product}을 권해 보세요"
        (r"마음이 닿았다면 이번 주에 ", "마음이 닿았다면 바로 "),
        (r"이번 주에도 빠짐없이", "오늘도 빠짐없이"),
        (r"이번 주에 새 ", "오늘 새 "),
        (r"까지 이번 주에 미리", "까지 지금 미리"),
        (r"들일 생각이었다면 오늘이 시작하기 좋은 날이에요", "들일 생각이었다면 오늘 한 번 살펴볼 만해요"),
        (r"이번 주에 ", "오늘 "),
        (r"이번 주가 ", "오늘이 "),
        (r"오늘 만나", "오늘 바로 만나"),  # never "오늘 만나 …", read as "오늘만" (a deadline: the guard)
    )
)


_UNDATED_CUE = re.compile(
    "이번 주|좋은 때|좋은 날|전하기 좋아요|오늘 만나"
)  # a text no pattern above can touch is kept


def undated(text: str) -> str:
    """`text` naming no week and no 'good time' (no event gives one): see UNDATED."""
    if not _UNDATED_CUE.search(text):
        return text
    for pattern, plain in UNDATED:
        text = pattern.sub(plain, text)
    return text


# ---- a playful house's lilt ------------------------------------------------------------------------
# Readings 98-101 marked 에뛰드's copy "에뛰드다운 발랄함은 약함" / "경쾌함은 약함" seven times (s2812, s3482, s5221,
# s1329 …): its manner moved only an adverb. A playful house pats its products on (톡톡, its own word) in every tone,
# and where the tone lets it (the brand's own, friendly, trendy; never 합쇼체) its last line ends on an
# exclamation, as its exemplars do. A caution keeps its full stop.
LIVELY_TONES: tuple[Tone | None, ...] = (None, Tone.friendly, Tone.trendy)
_PAT = re.compile(r"(?<!톡톡 )두드려")
_LAST_ASK = re.compile(r"요\.$")
_CARE = re.compile("테스트|발라 보고|자외선 차단|귀 뒤|팔 안쪽|턱선|조금씩|천천히|주의")


def lilted(body: str, brand: Brand, honorific: Honorific, tone: Tone | None, room: bool) -> str:
    """`body` in a playful house's lilt (above); other houses' bodies as they are. The pat only with `room` (a push
    is counted to the character)."""
    if voice_of(brand).manner != "playful":
        return body
    if room and "톡톡" not in body:
        body = _PAT.sub("톡톡 두드려", body, count=1)
    if honorific == Honorific.hapsho or tone not in LIVELY_TONES:
        return body
    head, _, last = body.rpartition("\n")
    sentence = re.split(r"(?<=[.!?]) ", last)[-1]
    if _LAST_ASK.search(last) and not _CARE.search(sentence):
        last = last[:-1] + "!"
    return f"{head}\n{last}" if head else last
