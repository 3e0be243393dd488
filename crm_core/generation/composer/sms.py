"""SMS bodies as micro-campaigns: the product's full name, one reason for this reader (or the
event's offer) and a call to action that fits the stage and the tone, all inside 90 EUC-KR bytes.
A referral's reason is the product's own (this reader's fact), the friend who gains ("실속 찾는
친구에게 알려 주세요") beside it where bytes allow, never alone; a budget reader's is what the money
buys (how little one use takes, a generous size), never a bare price. Facts come in compact
wordings too ("병풀을 담은" for 병풀 추출물), tried after the full ones. A skin type the catalog lists is no
fact ("민감성 피부에도 맞는" read as a claim with nothing behind it, reading 16). Where the selling points give
no reason that fits, the product's key ingredient is one, so that fewer briefs go out as LMS for want of bytes.

The ad frame ("(광고)[브랜드] " and the free opt-out line) takes about 40 of the 90 bytes, so the
body has some 22 Hangul. Candidates are written richest first and tiered: a lead with a reason
or an offer beats a bare lead, an adverb beats none, and the full catalog name (without pack
size) beats a shortened one. forms.py keeps those that fit and rotates variants inside the best
tier. A shortened name is only used when no sentence with the full name fits; its form says so.

Every body is written in 해요체 and ends on the call to action; speech.py sets the level.

SMS or the flagged LMS (readings 17-19: kept SMS read 2.59, SMS briefs written as a flagged LMS 3.21): an SMS is
kept only where its 90 bytes carry a complete ad, the product, one thing this reader would act on (their catalog
fact, a stated benefit, the offer with its condition) and the ask. How the product feels or smells ("워터 제형의",
"살짝 점도가 있는") and an ingredient this reader does not weigh ("아데노신을 담은" to a natural reader) count as
quality words, not reasons: a brief with nothing else to say goes out as the LMS, which has room for the reason,
because an SMS that says nothing costs the marketer the send and the reader's attention. A luxury brand's or a
pricey product's SMS ends on a full stop and never on "…봐요" (forms._calm); no 합쇼체 order ends on "!".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from crm_core.domain import CampaignEvent, Honorific, Tone
from crm_core.evidence import unit_price
from crm_core.generation.composer.angles import Angle
from crm_core.generation.composer.facts import (
    AGE_ACTIVES,
    NAME_WORDS,
    NIGHT_WORDS,
    PLAIN_BASES,
    WASH_OFF,
    ProductFacts,
    by_another,
    named_ingredients,
)
from crm_core.generation.composer.fit import signature
from crm_core.generation.composer.speech import conjugate, ends_open, rieul_modifier
from crm_core.korean import particle_for

# Trailing name tokens that tell variants apart but not the product: "EX", "6세대", "중·건성용".
_VARIANT_TOKEN = re.compile(r"^([A-Z0-9.%+/-]+|\d+세대|.+용|\(.*\))$")
# Words that cannot open a reason: verb modifiers and particles need the words before them
# ("얇게 발리는", "인삼을 담은"); adjectives ("은은한", "가벼운") and nouns stand alone.
_NEEDS_MORE = ("는", "은", "을", "를", "이", "게", "히", "고", "서", "에", "로", "의", "과", "와", "인", "좋은", "있는")
_STANDS_ALONE = ("한", "운")
_GOVERNS = frozenset({"위한", "대한", "더한", "통한"})  # end like adjectives but take an object
_VAGUE = frozenset({"다음", "여러", "모든", "전용", "첫", "두", "세", "이", "그"})  # say nothing alone
_PREFIX = frozenset({"세미"})  # never cut off what it qualifies: "세미 매트 피니시" is no "매트 피니시"
# Bound nouns that only continue the words before them ("물기 어린 듯 맑은 마무리", "세안 후 남는 촉촉함").
_BOUND = frozenset({"듯", "뒤", "후", "때", "중", "채", "만큼", "전", "동안", "대신"})
# Particle endings: a modifier after such a word takes it as its subject or object ("팁이 달린", "피부도 편한").
_PARTICLE_ENDS = ("이", "가", "도", "을", "를", "에", "서", "로")
_WEAK_WORD = re.compile(r"^([A-Za-z0-9]+|[가-힣])$")  # "BX", "비": too little to tell a product by
REASON_CHARS = 10  # a reason longer than this never fits beside the name and a call to action
INGREDIENT_CHARS = 8  # "인삼 사포닌" fits a lead; "락토바실러스 발효물" does not
# Humectants and bases most creams carry: "글리세린을 담은" gives no reason to buy, except to a
# reader who checks ingredients when it is the product's key one.
COMMON_BASES = frozenset(
    {"글리세린", "판테놀", "스쿠알란", "알란토인", "아미노산", "시어버터", "비타민E", "실리카", "히알루론산", "베타인"}
)

# The reader's adverb before the call to action, by stage (0 introduce … 4 share): persona changes
# how the ask is put ("부담 없이 만나 보세요", "넉넉히 채워 두세요", "꼼꼼히 골라 보세요").
ADVERBS: dict[str, tuple[str, str, str, str, str]] = {
    "luxury": ("천천히", "천천히", "늘", "여유 있게", "정성껏"),
    "sensitive": ("편안하게", "편안하게", "잊지 말고", "차분히", "편하게"),
    "budget": ("부담 없이", "부담 없이", "넉넉히", "꼼꼼히", "부담 없이"),
    "trend": ("지금", "바로", "이번에도", "지금", "지금"),
    "natural": ("가볍게", "가볍게", "꾸준히", "가볍게", "가볍게"),
}
# Readers whose everyday adverb ("부담 없이", "가볍게") belittles a premium product say this instead.
PREMIUM_ADVERBS: dict[str, tuple[str, str, str, str, str]] = {
    "budget": ("꼼꼼히", "차근차근", "미리", "꼼꼼히", "기꺼이"),
    "natural": ("찬찬히", "찬찬히", "꾸준히", "찬찬히", "진심으로"),
}
# The call to action per stage (0 introduce … 4 share) and tone, two wordings each (variants
# alternate), no adverb of their own: the reader's adverb or an event's adverbial goes before them
# ("첫 주문 10% 쿠폰으로 만나 보세요.").
CLOSES: dict[int, dict[Tone | None, tuple[str, str]]] = {
    0: {
        None: ("만나 보세요.", "둘러보세요."),
        Tone.friendly: ("구경해 보세요.", "한번 둘러보세요."),  # not "구경 오십시오" under 합쇼체
        Tone.expert: ("확인해 보세요.", "살펴보세요."),
        Tone.trendy: ("체크해 보세요.", "찜해 두세요."),
        Tone.luxurious: ("경험해 보세요.", "느껴 보세요."),
        Tone.emotional: ("나를 위해 만나 보세요.", "오늘의 나에게 건네 보세요."),
    },
    1: {
        None: ("써 보세요.", "시작해 보세요."),
        Tone.friendly: ("발라 보세요.", "한번 써 보세요."),
        Tone.expert: ("순서대로 써 보세요.", "사용법대로 써 보세요."),
        Tone.trendy: ("루틴에 넣어 보세요.", "첫 개봉을 즐겨 보세요."),
        Tone.luxurious: ("첫 사용을 경험해 보세요.", "경험해 보세요."),
        Tone.emotional: ("첫 느낌을 느껴 보세요.", "처음의 설렘을 느껴 보세요."),
    },
    2: {
        None: ("채워 두세요.", "다 쓰기 전에 채워 두세요."),
        Tone.friendly: ("챙겨 두세요.", "떨어지기 전에 챙겨 두세요."),
        Tone.expert: ("다음 분량을 준비해 두세요.", "남은 양을 확인해 보세요."),
        Tone.trendy: ("쟁여 두세요.", "하나 더 쟁여 두세요."),
        Tone.luxurious: ("곁에 두고 이어 가세요.", "다음 병도 곁에 두세요."),
        Tone.emotional: ("루틴을 이어 가세요.", "매일의 습관으로 이어 가세요."),
    },
    3: {
        None: ("골라 보세요.", "구성을 살펴보세요."),
        Tone.friendly: ("장바구니에 담아 보세요.", "골라 담아 보세요."),
        Tone.expert: ("구성을 비교해 보세요.", "비교해 보고 골라 보세요."),
        Tone.trendy: ("담아 보세요.", "장바구니에 넣어 보세요."),
        Tone.luxurious: ("곁에 들여 보세요.", "나를 위해 들여 보세요."),
        Tone.emotional: ("나에게 선물해 보세요.", "나를 위해 골라 보세요."),
    },
    4: {
        None: ("소중한 분께 선물해 보세요.", "주변에 추천해 주세요."),
        Tone.friendly: ("친구에게 소개해 주세요.", "친구에게 알려 주세요."),
        Tone.expert: ("써 본 후기를 남겨 주세요.", "필요한 분께 추천해 주세요."),
        Tone.trendy: ("친구에게 자랑해 주세요.", "친구 루틴에도 추천해 주세요."),
        Tone.luxurious: ("소중한 분께 전해 보세요.", "마음을 담아 선물해 보세요."),
        Tone.emotional: ("고마운 분께 건네 보세요.", "마음을 담아 건네 보세요."),
    },
}
# Short calls to action per stage, plain words any tone may use, for a long name that leaves room
# for little else; none that needs a recipient it does not name (a bare "전해 보세요", "들여 보세요").
# Seven each: the brief's tone and reader pick which leads ((tone + 2 × reader) mod 7), so changing
# either changes the ask even where nothing but the name and a verb fits. Where a choice is asked, it names what to do
# ("장바구니에 담아 보세요"): reading 23 read a bare "…크림, 선택해 보세요!" as a flat ask (s6040).
SHORT_CLOSES: tuple[tuple[str, ...], ...] = (
    ("만나 보세요.", "둘러보세요.", "살펴보세요.", "구경해 보세요.", "확인해 보세요.", "기억해 두세요.",
     "경험해 보세요."),
    ("써 보세요.", "발라 보세요.", "시작해 보세요.", "사용해 보세요.", "느껴 보세요.", "경험해 보세요.",
     "만나 보세요."),
    ("채워 두세요.", "챙겨 두세요.", "준비해 두세요.", "쟁여 두세요.", "곁에 두세요.", "루틴을 이어 가세요.",
     "마련해 두세요."),
    ("골라 보세요.", "담아 보세요.", "만나 보세요.", "비교해 보세요.", "주문해 보세요.", "장바구니에 담아 보세요.",
     "장만해 보세요."),
    ("추천해 주세요.", "소개해 주세요.", "주변에 권해 보세요.", "후기를 들려주세요.", "친구에게 알려 주세요.",
     "권해 보세요.", "선물해 보세요."),
)  # fmt: skip
# Round 30 (reading 60, s2587: an ask with no way to act): a visit ("들러 보세요") says no place in an SMS without a
# link; the introduction's short ask is one the reader can do where they read it ("기억해 두세요").
PRICEY_ONLY = {"장만해 보세요.": "챙겨 보세요."}  # "장만" is for a pricey, lasting buy, never a 9,000원 remover
# "쟁여 두세요" (stock up) is slang for a cheap staple: an 85,000원 eye cream or a luxury brand's product is
# kept at hand instead (reading 12: "85,000원 아이크림에 '쟁여 두세요'는 가볍다").
NO_STOCKPILE = {
    "쟁여 두세요.": "미리 채워 두세요.",
    "하나 더 쟁여 두세요.": "다음 것도 챙겨 두세요.",
}
STOCKPILE_PRICE = 50_000  # KRW: at or above, no "쟁여"
WASH_OFF_ASKS = {"발라 보세요.": "써 보세요."}  # a cleanser or a shampoo is not "applied"
NOT_APPLIED = WASH_OFF | {"패드"}  # nor is a pad, which is wiped over ("60매 구성의 … 필링 패드, 발라 보십시오")
GIFT_SHORT = ("선물해 보세요.", "전해 보세요.", "건네 보세요.", "보내 보세요.", "선물하세요.", "선물해 주세요.",
              "챙겨 보내 보세요.")  # fmt: skip
TONES: tuple[Tone | None, ...] = (None, *Tone)
READERS = ("luxury", "sensitive", "budget", "trend", "natural")
# A gift or free-wrapping offer at the sharing stage asks for a gift, whatever the tone's usual ask.
GIFT_CLOSES: dict[Tone | None, tuple[str, str]] = {
    None: ("소중한 분께 선물해 보세요.", "선물해 보세요."),
    Tone.friendly: ("가까운 분께 선물해 보세요.", "친구에게 선물해 보세요."),
    Tone.expert: ("필요한 분께 선물해 보세요.", "선물로 추천해 보세요."),
    Tone.trendy: ("친구에게 선물해 보세요.", "센스 있게 선물해 보세요."),
    Tone.luxurious: ("소중한 분께 전해 보세요.", "마음을 담아 전해 보세요."),
    Tone.emotional: ("고마운 분께 건네 보세요.", "마음을 담아 건네 보세요."),
}
SHARING = 4  # stage index
# A referral SMS says why to pass it on by naming who gains from it, a friend with this reader's own
# concern ("실속 찾는 친구에게 알려 주세요"): a bare "추천해 주세요" gives no reason (reading 8).
REFERRAL_FRIENDS = {
    "luxury": "안목 있는 분께",
    "sensitive": "피부가 예민한 친구에게",
    "budget": "실속 찾는 친구에게",
    "trend": "새로운 걸 찾는 친구에게",
    "natural": "원료를 따지는 친구에게",
}
_SENSITIVE_PART = {"헤어": "두피가", "립": "입술이"}  # a shampoo's friend has a sensitive scalp
# The referral's verbs per tone (the friend goes before them), two each; the first differs per tone.
REFERRAL_VERBS: dict[Tone | None, tuple[str, str]] = {
    None: ("권해 보세요.", "소개해 주세요."),
    Tone.friendly: ("알려 주세요.", "소개해 주세요."),
    Tone.expert: ("추천해 주세요.", "권해 보세요."),
    Tone.trendy: ("자랑해 주세요.", "알려 주세요."),
    Tone.luxurious: ("전해 보세요.", "권해 보세요."),
    Tone.emotional: ("건네 보세요.", "전해 보세요."),
}
_NOT_GIFT = {
    "소중한 분께 선물해 보세요.": "소중한 분께 전해 보세요.",
    "선물해 보세요.": "전해 보세요.",
    "가까운 분께 선물해 보세요.": "가까운 분께 전해 보세요.",
    "친구에게 선물해 보세요.": "친구에게 건네 보세요.",
    "필요한 분께 선물해 보세요.": "필요한 분께 전해 보세요.",
    "선물로 추천해 보세요.": "필요한 분께 보내 보세요.",
    "센스 있게 선물해 보세요.": "센스 있게 건네 보세요.",
    "마음을 담아 선물해 보세요.": "마음을 담아 전해 보세요.",
    "선물하세요.": "보내 보세요.",
    "선물해 주세요.": "건네 보세요.",
}
FIRST_USE = 1  # stage index
# A sensitive reader's first use of a leave-on product: the ask is the care tip itself (true of any
# product, claims nothing about this one). Never for what is rinsed off, a mask or a lip product.
PATCH_TIP = "팔 안쪽에 먼저 발라 보세요."
PATCH_TIP_WHY = "예민하다면 팔 안쪽에 먼저 발라 보세요."  # the tip with its reason, where bytes allow
NO_PATCH_TIP = WASH_OFF | {"마스크·팩", "립", "패드"}  # a pad is wiped over, never "팔 안쪽에 먼저 발라"
SHORT_KEPT = 7  # all of them: a long name may leave room for the shortest only; variants differ by it


class SmsBody(NamedTuple):
    """One candidate body; `tier` orders richness (0 best), `full_name` says whether the catalog
    name is whole, `carries` what it gives the reader (a reason or only a quality word, the offer, both
    or nothing) and `angle`
    which opening and call to action it uses (variants take different angles); `styled` whether the
    brief's style is felt (its word said, or a style without one); `toned` whether the ask is the tone's
    own wording. A tuple: hundreds are built per
    brief, and a frozen dataclass costs several times more to build."""

    text: str
    tier: int
    full_name: bool
    carries: str
    angle: tuple[str, str]
    styled: bool = True
    toned: bool = True  # the ask is the tone's own wording; else voiced() lets the tone choose its ending


def shortenings(name: str) -> list[str]:
    """Parts of a name too long for an SMS (only under sms_overflow=shorten), longest first: the name
    without its first words, so what is left reads exactly as printed on the product ('어드밴스드
    스네일 96 뮤신 파워 에센스' → '스네일 96 뮤신 파워 에센스'). A word is never taken from the middle
    or the end (a name with a hole, or without 'EX', names another product), nor a number, nor so much
    that only category words are left ("클렌징 폼" names no product)."""
    words = name.split()
    found = []
    for start in range(1, min(len(words) - 1, MAX_DROPPED + 1)):  # "수딩 크림" is no longer the product
        kept = words[start:]
        if any(_KEEP.match(w) for w in words[:start]) or all(w in _GENERIC_WORDS for w in kept):
            break
        if not _VARIANT_TOKEN.match(kept[0]):  # "EX 크림" reads as nothing
            found.append(" ".join(kept))
    return found


_GENERIC_WORDS = frozenset(
    "크림 세럼 토너 에센스 앰플 로션 에멀젼 에멀전 미스트 선크림 선스틱 클렌저 클렌징 폼 클렌징폼 오일 젤 밤 팩 "
    "마스크 패드 스킨 워터 쿠션 샴푸 립 틴트 수분 보습 진정 프레쉬 데일리 젠틀 마일드 오리지널 어드밴스드".split()
)
_KEEP = re.compile(r".*\d")  # "0.1%", "96", "365": the number tells products apart
MAX_DROPPED = 2  # leading words a shortened name may lose


@lru_cache(maxsize=4096)
def reasons(points: tuple[str, ...], name: str, noun: str) -> tuple[str, ...]:
    """Short reasons cut from selling points (best fit first): the longest tail that opens on a free
    word, names no category ("수분 크림" says nothing an SMS reader gains) and repeats nothing of
    the name. Kept per product: every SMS and push of a product asks again."""
    out = []
    for point in points:
        words = point.split()
        best = None
        for start in range(len(words) - 1, -1, -1):
            tail = " ".join(words[start:])
            if len(tail) > REASON_CHARS:
                break
            opener = words[start]
            free = opener not in _GOVERNS and (opener.endswith(_STANDS_ALONE) or not opener.endswith(_NEEDS_MORE))
            # never cut after a number or a determiner ("여러 가지 색상" → "가지 색상") or from the verb an
            # adjective takes ("다니기 편한 작은 용량" → "편한 작은 용량")
            before = words[start - 1] if start > 0 else ""
            counted = bool(before) and (
                bool(_KEEP.match(before)) or before in _VAGUE | _PREFIX or before.endswith("기")
            )
            # nor a noun off its modifier ("피곤해 보이는 날 더하는 생기" → "날 더하는 생기")
            counted = counted or (before.endswith("는") and not _modifies(opener))
            # nor a modifier off the word it governs ("팁이 달린 작은 튜브" → "달린 작은 튜브")
            counted = counted or (_modifies(opener) and before.endswith(_PARTICLE_ENDS))
            if start < len(words) - 1 and free and opener not in _VAGUE | _BOUND and not counted:
                best = tail
        if best and _telling(best, name, noun) and words[-1] not in (*name.split(), "피부") and best not in out:
            out.append(best)
    return tuple(sorted(out, key=bare_texture))  # what the reader gains before how it feels in the hand


_TEXTURE_TAILS = frozenset({"제형", "입자", "텍스처", "질감", "타입"})


_TEXTURE_WORDS = _GENERIC_WORDS | {"묽은", "얇은", "맑은", "도톰한", "투명한"}


def _modifies(word: str) -> bool:
    """A word that ends on a modifier ("오른", "바르는", "촉촉한"): what follows it opens a phrase."""
    last = word[-1]
    return word.endswith(("는", "던")) or ("가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 == 4)  # final ㄴ


def texture_benefits(points: tuple[str, ...], name: str, noun: str) -> list[str]:
    """What a texture point says it does, as the name's modifier: "메이크업 위에도 뿌리는 고운 입자" →
    "메이크업 위에도 뿌리는", "열감이 오른 피부를 식혀 주는 워터 제형" → "피부를 식혀 주는" (the
    longest tail that fits, ending on the verb that described the texture)."""
    out = []
    for point in points:
        words = point.split()
        if not words or words[-1] not in _TEXTURE_TAILS:
            continue
        end = len(words) - 1
        while end > 0 and (words[end - 1] in _TEXTURE_WORDS or words[end - 1].endswith(_STANDS_ALONE)):
            end -= 1  # "… 적은 탱글한 젤 제형": past the texture's own words
        if end == 0 or not words[end - 1].endswith(("는", "적은")):
            continue
        best = None
        for start in range(end - 2, -1, -1):
            tail = " ".join(words[start:end])
            if len(tail) > REASON_CHARS:
                break
            opens_phrase = start == 0 or _modifies(words[start - 1])  # not "(메이크업) 위에도 뿌리는"
            if (
                opens_phrase
                and words[start] not in _VAGUE
                and not words[start].endswith(("어", "아", "여", "혀", "워"))
            ):
                best = tail
        if best and _telling(best, name, noun) and best not in out:
            out.append(best)
    return out


def bare_texture(reason: str) -> bool:
    """A reason that only names a texture ("탱글한 젤 제형", "고운 입자"): it tells how the product
    feels, not what the reader gains, so it comes after a benefit ("당김 없는 편안함")."""
    return reason.split()[-1] in _TEXTURE_TAILS


def _telling(reason: str, name: str, noun: str) -> bool:
    """A reason that adds to the name: no category word ("컬러 립" for a lip balm), nothing the name
    already says, no vague tail."""
    words = reason.split()
    compact = name.replace(" ", "")
    if noun in words or words[-1] in _VAGUE_TAILS or words[-1] in _GENERIC_WORDS:
        return False
    return not any(len(w) >= 2 and w in compact for w in words)


_VALUE_WORDS = frozenset({"용량", "대용량", "가성비", "가격", "넉넉한"})
_VAGUE_TAILS = frozenset({"단계", "타입", "제품", "라인", "구성", "사용", "루틴", "세안제"})


def _of(reason: str, name: str) -> str:
    """'은은한 윤기', '자음생크림' → '은은한 윤기의 자음생크림,': the reason as the name's modifier, so the
    body reads as one sentence ending on the ask, not "은은한 윤기, 자음생크림이에요. 만나 보세요.". What
    the product leaves on the reader is what it is for ("차분한 모발을 위한 …"): a treatment has no hair."""
    words = reason.split()
    if words[-1] in _RESULTS:
        return f"{reason}{particle_for(reason, '을')} 위한 {name},"
    if len(words) == 2 and words[1] in _PROCESSES and _modifies(words[0]):  # "빠른 유화의" reads stiff
        return f"{words[1]}{particle_for(words[1], '이')} {words[0]} {name},"
    return f"{reason}의 {name},"


# What a product does over time ("유화", "흡수"): a quality of it reads as the subject ("유화가 빠른 …").
_PROCESSES = frozenset({"유화", "흡수", "세정", "밀착", "발림", "건조", "지속"})


# Nouns of the reader's own skin, hair or lips: a reason ending on one is a result, not the product's own.
_RESULTS = frozenset({"피부결", "피부", "모발", "머릿결", "두피", "입술", "속피부", "피부톤", "안색", "결"})


# One-word qualities an SMS may put before the name, when a selling point uses them; each
# reader's own come first (sensitive: 순한, trend: 화사한 …).
QUALITIES: dict[str, tuple[str, ...]] = {
    "sensitive": ("순한", "편안한", "부드러운", "촉촉한", "산뜻한"),
    "budget": ("가벼운", "산뜻한", "깔끔한", "보송한", "촉촉한"),
    "trend": ("화사한", "선명한", "말랑한", "쫀쫀한", "쫀득한", "탱글한"),
    "natural": ("촉촉한", "향긋한", "상쾌한", "순한", "산뜻한"),
    "luxury": ("은은한", "도톰한", "쫀쫀한", "부드러운", "매끄러운"),
}
_ALL_QUALITIES = (*dict.fromkeys(q for words in QUALITIES.values() for q in words), "맑은", "얇은", "시원한")


def traits(points: tuple[str, ...], angle_key: str) -> list[str]:
    """One-word qualities of the product its selling points state, this reader's first ("순한")."""
    said = {word for point in points for word in point.split()}
    order = QUALITIES[angle_key] + tuple(q for q in _ALL_QUALITIES if q not in QUALITIES[angle_key])
    return [word for word in order if word in said]


# How little one use takes, from the catalog's usage: the budget reader's value reason ("펌프 한 번이면
# 되는 자음생앰플,"), since a price alone persuades no one (reading 8: "가격만 제시하고 가성비 근거 없음").
DOSE_LEADS = {
    "한 번 펌핑": "펌프 한 번이면 되는",
    "두세 방울": "두세 방울이면 되는",
    "한두 방울": "한두 방울이면 되는",
    "쌀알만큼": "쌀알만큼이면 되는",
    "소량": "조금씩 덜어 쓰는",
}
_DOSE = re.compile("|".join(DOSE_LEADS))


def dose_lead(facts: ProductFacts, name: str) -> str | None:
    """'펌프 한 번이면 되는 {name},' where the usage says one use takes that little (never what is
    rinsed off: a cleanser's dose is no saving)."""
    found = _DOSE.search(facts.usage or "")
    if found is None or facts.category in WASH_OFF:
        return None
    return f"{DOSE_LEADS[found.group(0)]} {name},"


# Reading 25 (s5728: "가성비 근거 없음", s9739, s3897): a budget reader's SMS said how the product feels and nothing of
# what the money buys. The price per ml (g, sheet) the evidence states is that reason in a few bytes ("1ml당 약 60원인
# 젠틀 딥 클렌징 오일,"), for a brand that talks price and a product bought by its size (not a shade of make-up).
UNIT_PRICED_OFF = frozenset({"립", "쿠션·베이스"})
UNIT_PRICE_SAID = 300  # KRW per unit: past this the figure reads as dear, no reason to buy ("1ml당 약 1,290원인 …")


def unit_price_lead(facts: ProductFacts, name: str) -> str | None:
    """'{unit}당 약 {per}원인 {name},' from the catalog's price and size; None where the catalog gives no unit."""
    if facts.category in UNIT_PRICED_OFF or not (facts.price and facts.volume):
        return None
    per = unit_price(facts.price, facts.volume)
    if per is None or int(per[1].replace(",", "")) > UNIT_PRICE_SAID:
        return None
    return f"{per[0]}당 약 {per[1]}원인 {name},"


_UNIT_LEAD = re.compile(r"^\S+당 약 [\d,]+원인 ")  # unit_price_lead's opening
# The budget reader's referral said with what the price per unit buys a friend: an SMS brief's LMS at the sharing
# stage, where the price line of the other stages is no pitch (push.unit_price_line) and the kept SMS's bare
# "1ml당 약 200원인 …, 권해 보세요." gives way (readings 30-31)
REFERRAL_UNIT = "{unit}당 약 {per}원이라 실속 찾는 친구에게 권하기 좋아요."


def referral_unit_line(facts: ProductFacts, reader: str, stage: int, price_talk: bool) -> str | None:
    """REFERRAL_UNIT for a budget reader of a brand that talks price passing on a product that is no premium one, at
    a price per unit that reads as a reason (UNIT_PRICE_SAID, never a lip or base shade); else None."""
    if reader != "budget" or stage != SHARING or not price_talk or facts.premium:
        return None
    lead = unit_price_lead(facts, "")
    per = unit_price(facts.price, facts.volume) if lead else None
    return REFERRAL_UNIT.format(unit=per[0], per=per[1]) if per else None


def price_lead(facts: ProductFacts, name: str) -> str:
    """'100ml에 28,000원인 {name},': a figure, not a reason; it only goes where nothing else fits."""
    return f"{facts.volume}에 {facts.price:,}원인 {name},"


# The one catalog fact each reader weighs, said before the name so the body stays one sentence
# (reading 11: "민감성 고객에게 전할 정보가 없음", a bare "가벼운 토너" says nothing): a budget reader hears what
# the money buys, a sensitive one how mild it is, a luxury one its registered function or signature
# ingredient, a natural one where its ingredient comes from, a trend one its finish or texture.
# The catalog's functional wording → how an SMS names it; a double function also yields each one alone.
FUNCTIONS = (
    ("미백과 주름 개선", "미백·주름 개선 기능성"),
    ("주름 개선", "주름 개선 기능성"),
    ("미백", "미백 기능성"),
    ("여드름성 피부 완화", "여드름성 피부 완화 기능성"),
    ("탈모 증상의 완화", "탈모 증상 완화 기능성"),
    ("아토피성 피부의 보습", "아토피성 피부 보습 기능성"),
)
# What the catalog says of mildness → the SMS modifier (향료를 넣지 않은 → 무향료: the same fact, 7 bytes).
MILD_FACTS = (
    ("약산성", "약산성이라 순한"),  # what it gives the reader, where bytes allow
    ("약산성", "약산성"),
    ("향료를 넣지 않", "무향료"),
    ("향이 거의 없", "향이 거의 없는"),
    ("눈 시림이 적", "눈 시림이 적은"),
)
_MILD_SKIN = re.compile(r"예민해진 피부(?:를|도|에도) \S+(?:는|한)(?= )")
# The same facts in fewer bytes, tried after the full wording where it leaves no room beside a long name:
# the plant itself for its extract ("병풀 추출물을 담은" → "병풀을 담은", 7 bytes less).
_EXTRACT = re.compile(r"^(.+) 추출물을 담은$")
# Ingredients a sensitive reader looks for (soothing, barrier), and tails of a selling point that say care
# ("순한 사용감", "입문용 농도", "당김이 적은 마무리").
SOOTHING = ("병풀", "마데카소사이드", "아줄렌", "판테놀", "세라마이드", "알로에", "카모마일", "알란토인", "어린쑥")
_CARE = re.compile(r"^(순한|편안한) 사용감$|농도$|당김")
# Actives made in a lab: a natural reader hears a plant, a flower or a ferment as the source, not these.
LAB_ACTIVES = (
    "레티", "펩타이드", "아데노신", "나이아신아마이드", "살리실산", "히알루론산", "소듐하이알루로네이트", "세라마이드",
    "PDRN", "카페인", "비타민", "글루코노락톤", "베타인", "이산화티타늄", "산화아연", "실리카", "콜라겐", "판테놀",
    "덱스판테놀", "비오틴", "트라넥삼산", "징크", "콜레스테롤", "아미노산", "케라틴", "글리세린", "마데카소사이드",
)  # fmt: skip
# Where an ingredient comes from: "제주 녹차와 …" → "제주 녹차", "제주 홍차 추출물을 …" → "제주 홍차 추출물".
_ORIGIN = re.compile(r"(제주 (?:\S+ )?\S+?)(?:과|와|을|를|의) ")
_ORIGIN_MADE = re.compile(r"우리 쌀을 발효해 얻은|씨앗에서 얻은 펩타이드")
# What one product saves a budget reader: two uses in one, a step less.
_SAVES = re.compile(r"얼굴과 몸에 모두 쓰는|\S+ 단계를 줄여 주는|한 단계로 끝내는|온 가족이 함께 쓰")
# How a product looks and feels on: the trend reader's news (a finish, a texture), never a bare adjective.
TREND_TAILS = frozenset(
    {
        "피니시",
        "마무리",
        "광",
        "발색",
        "톤업",
        "제형",
        "텍스처",
        "캡슐",
        "거품",
        "입자",
        "보송함",
        "윤기",
        "젤",
        "밤",
        "발림",
    }
)
# Adjectives in -은 that stand alone before a finish ("맑은 광"), unlike verbs that need an object ("담은").
_PLAIN_ADJECTIVES = frozenset({"맑은", "얇은", "묽은", "작은", "깊은"})
# A reader's fact the product's own name already says ("순정 약산성 5.5 폼 클렌저", "… 올인원 크림").
NAME_FACTS = {"sensitive": ("약산성",), "budget": ("올인원", "대용량"), "trend": ("세대",)}


def _texts(facts: ProductFacts) -> tuple[str, ...]:
    return (*facts.points, *facts.claims)


def _functions(facts: ProductFacts) -> list[str]:
    """'주름 개선 기능성', from the catalog's own functional claim (registered functions only)."""
    said = [c for c in facts.claims if "기능성" in c and "도움을 주는" in c]
    return [short for words, short in FUNCTIONS if any(words in c for c in said)]


@lru_cache(maxsize=4096)
def fact_phrases(facts: ProductFacts, reader: str) -> tuple[str, ...]:
    """This reader's catalog facts as modifiers of the name, best first ("약산성", "주름 개선 기능성",
    "제주 녹차를 담은", "넉넉한 용량의"); none where the catalog states none for them."""
    texts = _texts(facts)
    out: list[str] = []
    if reader == "sensitive":
        out += [short for words, short in MILD_FACTS if any(words in t for t in texts)]
        out += [m.group(0) for t in facts.points if (m := _MILD_SKIN.search(t))]
        found = reasons(facts.points, facts.name, facts.noun)
        out += [_of(r, "").rstrip(" ,") for r in found if _CARE.search(r)]
        out += [h for h in _held(facts, reader, 3) if any(w in h for w in SOOTHING)]
        # the catalog's skin-type list is no fact the reader can check: "민감성 피부에도 맞는" read as a claim with
        # nothing behind it (reading 16: "'민감성 피부에도 맞는' 근거 없음"); a mildness fact or a soothing
        # ingredient says it, else the body gives the product's own benefit
    elif reader == "luxury":
        out += _functions(facts)
        # a sunscreen's registered protection said as the function it is ("자외선 차단 기능성"): the rating alone
        # ("SPF50+ UV 쉴드 선 스틱, 아직이라면 담아 보십시오.") read as a label, no reason to this reader (reading 32,
        # s1940: "페르소나 미반영", "구매 근거 없음"); where it does not fit, the LMS says it (fit.LUXURY_SUN)
        # (a sunscreen is chosen for that protection: its plant extract is no reason beside it, "병풀을 담은 … 선크림")
        if facts.category == "선크림":
            out += [SUN_FUNCTION] if "자외선차단" in facts.functional else []
        else:
            lead = _lead_ingredients(facts, reader)[:1]
            out += [f"{i}{particle_for(i, '을')} 담은" for i in lead if _trusted(facts, i)]
    elif reader == "natural":
        origins = [m.group(1) for t in texts for m in _ORIGIN.finditer(t)]
        out += [f"{o}{particle_for(o, '을')} 담은" for o in dict.fromkeys(origins)]
        made = [m.group(0) for t in texts if (m := _ORIGIN_MADE.search(t))]
        out += [m if m.endswith("얻은") else f"{m}{particle_for(m, '을')} 담은" for m in made]
        out += [h for h in _held(facts, reader) if not h.startswith(LAB_ACTIVES)]
    elif reader == "budget":
        dose = _DOSE.search(facts.usage or "")
        if dose and facts.category not in WASH_OFF:
            out.append(DOSE_LEADS[dose.group(0)])
        if not facts.premium and facts.generous:
            out += [f"{facts.volume} 대용량"] if any("대용량" in t for t in texts) else []
            out += [f"{facts.volume} 넉넉한 용량의", "넉넉한 용량의"]
        out += [
            m.group(0).replace("함께 쓰", "함께 쓰는").replace("쓰는는", "쓰는")
            for t in texts
            if (m := _SAVES.search(t))
        ]
        if facts.volume.endswith("매"):  # a pad or mask count is what the money buys
            out.append(f"{facts.volume} 구성의")
    elif reader == "trend":
        found = reasons(facts.points, facts.name, facts.noun)
        out += [_of(r, "").rstrip(" ,") for r in found if r.split()[-1] in TREND_TAILS]
        plain = [p.split()[-2:] for p in facts.points if len(p.split()) >= 2]  # "… 도는 맑은 광" → "맑은 광"
        out += [f"{adj} {tail}의" for adj, tail in plain if adj in _PLAIN_ADJECTIVES and tail in TREND_TAILS]
        out += texture_benefits(facts.points, facts.name, facts.noun)
        out += _finish_tails(facts)
        out += [_NO_CAST_SAID.get(m.group(0), m.group(0)) for t in facts.points if (m := _NO_CAST.search(t))]
    if reader == "trend":  # a finish is what they see; a texture alone ("조밀한 거품의", "쫀쫀한 제형의") is no result
        out = [phrase for phrase in out if not says_little(f"{phrase} ")]
    compact = [c for phrase in out if (c := _compact(phrase))]
    return tuple(dict.fromkeys([*out, *compact]))


SUN_FUNCTION = "자외선 차단 기능성"
_MADE_UP = frozenset({"립", "쿠션·베이스"})  # a shade's pigment is no formula a luxury reader trusts


def _trusted(facts: ProductFacts, ingredient: str) -> bool:
    """An ingredient a luxury reader takes as the product's reason on its own: an anti-ageing active, or the
    signature the product is known by (fit.signature: "인삼", "작약"), never a base or a common helper
    ("세라마이드를 담은 슈퍼바이탈 에멀젼"), a make-up pigment ("파우더 피그먼트를 담은 픽싱 틴트"), nor the name's
    own ingredient in another word ("병풀을 담은 시카 슬리핑 마스크", "꿀을 담은 … 허니 모델링팩")."""
    if facts.category in _MADE_UP or ingredient in PLAIN_BASES or ingredient.split()[0] in TRUST_PLAIN:
        return False
    if any(word in facts.name for word in NAME_WORDS.get(ingredient.split()[0], ())):
        return False
    return any(a in ingredient for a in AGE_ACTIVES) or ingredient == signature(facts)


TRUST_PLAIN = frozenset({"세라마이드", "꿀"})  # a barrier lipid, honey: care any cream gives, no house's research


def _compact(phrase: str) -> str | None:
    """The fact in fewer bytes ("병풀을 담은"), or None where it has no shorter wording."""
    found = _EXTRACT.match(phrase)
    if found is None:
        return None
    plant = found.group(1)
    return f"{plant}{particle_for(plant, '을')} 담은"


# What a trend reader sees in a photo: no white cast ("백탁이 적은 편안한 사용감" → "백탁이 적은").
_NO_CAST = re.compile(r"백탁(?:이 거의 없는|이 적은| 없이)")
_NO_CAST_SAID = {"백탁 없이": "백탁 없는"}
FINISH_CHARS = 12  # "선명하고 오래가는 발색": a finish said whole still fits beside most names


def _finish_tails(facts: ProductFacts) -> list[str]:
    """A finish the selling points describe with an adverb or a second adjective before it ("바른 뒤 은은하게
    도는 광" → "은은하게 도는 광의", "한 번에 선명하고 오래가는 발색" → "선명하고 오래가는 발색의"): the look
    itself, which reasons() leaves out because such a word cannot open a cut reason."""
    out = []
    for point in facts.points:
        words = point.split()
        if len(words) < 3 or words[-1] not in TREND_TAILS:
            continue
        for start in range(len(words) - 2):
            tail = " ".join(words[start:])
            if words[start].endswith(("하게", "하고")) and len(tail) <= FINISH_CHARS:
                if _telling(" ".join(words[start:-1]), facts.name, facts.noun):
                    out.append(f"{tail}의")
                break
    return out


# A sunscreen's mineral filter is how the SPF is reached, no reason to try a cushion (reading 19, s3300)
UV_FILTERS = frozenset({"산화아연", "이산화티타늄", "징크옥사이드", "티타늄디옥사이드"})


def _lead_ingredients(facts: ProductFacts, reader: str, first: int = 2) -> list[str]:
    """The key ingredients short enough for a lead, not a base most creams carry (except the key one, to a
    reader who checks ingredients), nor a UV filter, nor one the name does not say where the name says another:
    reading 28 (s1923: "병풀을 담은 카밍 샷 아줄렌 선크림", "아줄렌 제품을 병풀로 소개 … 의문") heard the second
    ingredient led on as if it were the product's own (the named one repeats the name, reader_facts drops it)."""
    named = named_ingredients(facts.name, facts.ingredients)
    return [
        ingredient
        for k, ingredient in enumerate(facts.ingredients[:first])
        if len(ingredient) <= INGREDIENT_CHARS
        and (ingredient not in COMMON_BASES or (k == 0 and reader in ("natural", "sensitive")))
        and ingredient not in UV_FILTERS
        and (not named or ingredient in named)
    ]


def _held(facts: ProductFacts, reader: str, first: int = 2) -> list[str]:
    """'인삼 사포닌을 담은': a lead ingredient as an opening."""
    return [f"{i}{particle_for(i, '을')} 담은" for i in _lead_ingredients(facts, reader, first)]


@lru_cache(maxsize=8192)
def reader_facts(facts: ProductFacts, reader: str, name: str) -> tuple[str, ...]:
    """Openings that give this reader their fact beside the name ("약산성 {name},"), none that repeats
    a word of the name ("제주 녹차를 담은 그린티 …" is fine, "어린쑥 추출물을 담은 어린쑥 …" is not)."""
    compact = name.replace(" ", "")
    return tuple(
        f"{phrase} {name},"
        for phrase in fact_phrases(facts, reader)
        if not any(len(w) >= 2 and w in compact for w in _content_words(phrase))
        and not by_another(phrase, name, facts.ingredients, reader)  # persona helper, round 20 (facts.by_another)
    )


def _content_words(phrase: str) -> list[str]:
    """The words of a fact phrase that could repeat the name ("병풀 추출물을 담은" → 병풀, 추출물)."""
    words = phrase.split()
    return [w.rstrip("을를") for w in (words[:-1] if len(words) > 1 else words)]


def name_says_fact(name: str, reader: str) -> bool:
    """Whether the name itself carries this reader's fact ("순정 약산성 5.5 폼 클렌저" to a sensitive reader)."""
    return any(word in name for word in NAME_FACTS.get(reader, ()))


@lru_cache(maxsize=8192)
def leads(facts: ProductFacts, angle: Angle, name: str, price_talk: bool) -> tuple[list[str], int]:
    """Openings that name the product with one reason, best first, and how many lead with this
    reader's own: the reader's catalog facts (fact_phrases) where the catalog states any, else size
    and price for budget readers of a brand that talks price, the ingredient for natural readers, a
    texture or a glow for luxury readers, this reader's own quality word for the others. Each is a
    phrase ending in a comma that the ask completes, so the body reads as one sentence ("주름 개선
    기능성 자음생크림,", "인삼 사포닌을 담은 자음생크림,")."""
    mine = list(reader_facts(facts, angle.key, name))
    openings, own = _other_leads(facts, angle, name, price_talk)
    if not mine:
        return openings, own
    return [*mine, *(o for o in openings if o not in mine)], len(mine)


def _other_leads(facts: ProductFacts, angle: Angle, name: str, price_talk: bool) -> tuple[list[str], int]:
    """leads() past the reader's own facts: reasons cut from the selling points, ingredients, qualities."""
    found = reasons(facts.points, name, facts.noun)
    if facts.premium or angle.key == "luxury":  # a premium line or reader is never sold on size ("넉넉한 용량")
        found = [r for r in found if not set(r.split()) & _VALUE_WORDS]
    elif angle.key != "budget":  # size is the budget reader's reason: others hear what the product does first
        found = sorted(found, key=lambda r: bool(set(r.split()) & _VALUE_WORDS))
    sentences = [_of(reason, name) for reason in found]
    benefits = [_of(reason, name) for reason in found if not bare_texture(reason)]
    doing = [f"{phrase} {name}," for phrase in texture_benefits(facts.points, name, facts.noun)]
    sentences = [*benefits, *doing, *(s for s in sentences if s not in benefits)]
    held = [
        f"{i}{particle_for(i, '을')} 담은 {name},"
        for i in _lead_ingredients(facts, angle.key)
        if i.split()[0] not in name.replace(" ", "")  # 카페인샷
    ]
    # the plant for its extract where the full wording leaves no room ("병풀 추출물을 담은" → "병풀을 담은", 7 bytes)
    compact = [f"{c} {name}," for lead in held if (c := _compact(lead.removesuffix(f" {name},")))]
    held = list(dict.fromkeys([*held, *compact]))
    words = traits(facts.points, angle.key)
    if angle.key == "luxury":
        words = [w for w in words if w not in _VALUE_WORDS]
    # round 36 (reading 89, s5924: "도톰한 여윤팩, 첫 주문 시 10% 쿠폰 받고 만나 보세요", "'도톰한 여윤팩' 어색",
    # "민감성 고객 배려 없음"): a sensitive reader's text is never led by another reader's texture word
    if angle.key == "sensitive":
        words = [w for w in words if w in QUALITIES["sensitive"]]
    qualities = [f"{word} {name}," for word in words[:2]]
    own_quality = bool(words) and words[0] in QUALITIES[angle.key]
    if angle.key == "budget":  # how little one use takes and a generous size, then the benefits; a bare price last
        dose = dose_lead(facts, name)
        value = [_of(r, name) for r in found if set(r.split()) & _VALUE_WORDS]
        priced = price_talk and not facts.premium and facts.price and facts.volume
        unit = unit_price_lead(facts, name) if priced else None
        own_leads = [*([dose] if dose else []), *value, *([unit] if unit else [])]
        rest = [s for s in sentences if s not in own_leads]
        unsaid = [] if rest else held  # the ingredient only where no benefit is stated (as below)
        return [*own_leads, *rest, *unsaid, *qualities, *([price_lead(facts, name)] if priced else [])], len(own_leads)
    if angle.key == "natural":  # the ingredient is the reason for a reader who checks the source
        return [*held, *sentences, *qualities], len(held)
    if angle.key == "luxury":  # a care reason or the line's own ingredient, before a texture alone
        first = [*benefits, *doing][:1]
        rest = [s for s in sentences if s not in first]
        return [*first, *held[:1], *rest, *qualities], len(first + held[:1])
    # the product's own ingredient is a stated reason too where its selling points give none that fits (reading 16:
    # a reader with nothing to say went out as LMS, "SMS 분량 초과"); only then, so that it does not crowd out the
    # reader's own adverb and leave two readers one text
    mine = [] if any(not says_little(s) for s in sentences) else held
    if own_quality:
        return [*qualities, *sentences, *mine], 1
    return [*sentences, *mine, *qualities], 0


# An offer's SMS wording that leaves out when the reader gets it (reading 15: "'받는 분 샘플과 함께' 조건
# 불명확", "3% 적립 조건 불명확") → the same offer with its condition said in the reader's words, taken from the
# event's own condition (the word it must state, so a changed event never gets a condition it lacks). Said in
# as few bytes as keep the condition ("선물 주문 시", not "선물하기로 주문하면": 8 bytes that left a gift offer no room
# beside a long name, so the brief went out as LMS, reading 16's "SMS 분량 초과").
CONDITIONED_OFFERS: dict[str, tuple[str, str]] = {
    "받는 분 샘플과 함께": ("선물하기로 주문", "선물 주문 시 받는 분 샘플과 함께"),
    "재주문 3% 적립으로": ("다시 주문", "재주문 시 3% 적립으로"),
    "리필 1,000P 적립으로": ("리필 제품을 구매", "리필 구매 시 1,000P 적립으로"),
    "재구매 샘플 3매와 함께": ("재구매", "재구매 시 샘플 3매와 함께"),
    "7만 원 이상 파우치와 함께": ("7만 원 이상 구매", "7만 원 이상 구매 시 파우치와 함께"),
    # reading 51 (s5348): "선물 주문 시 포장 무료로 전해 보셔도 좋습니다" read the gift as passed on for free
    # ("'포장 무료로 전해' 어색"): the wrapping is what is free, said as the way the order goes (as "첫 주문은
    # 배송비 없이"), one byte more
    "선물 포장 무료로": ("선물하기로 주문", "선물 주문은 무료 포장으로"),
    "친환경 상자로": ("선물하기로 주문", "선물 주문 시 친환경 상자로"),
    "15% 낮은 세트로": ("3종을 세트로", "3종 세트 15% 낮은 가격으로"),
    # reading 19 (s8005): "첫 주문 10% 쿠폰으로 살펴보십시오" read as a coupon with no condition: "시" says when
    # reading 20 (s1811): "쿠폰으로 … 살펴보세요" made the coupon the means of looking: the coupon is taken,
    # then the ask
    "첫 주문 10% 쿠폰으로": ("첫 주문", "첫 주문 시 10% 쿠폰 받고"),
    "첫 주문 샘플 2종과 함께": ("첫 주문", "첫 주문 시 샘플 2종과 함께"),
    "첫 주문 파우치와 함께": ("첫 주문", "첫 주문 시 파우치와 함께"),
    "첫 구매 미니어처와 함께": ("첫 구매", "첫 구매 시 미니어처와 함께"),
    "리필 1개 추가로": ("쿠션 제품을 구매", "쿠션 구매 시 리필 1개 추가로"),
    # reading 25 (s1940): "첫 주문 배송비 무료로 써 보세요" read as the product free: the delivery is what is free
    "첫 주문 배송비 무료로": ("첫 주문", "첫 주문은 배송비 없이"),
}


# Reading 23 (s5315): "첫 주문 시 10% 쿠폰 받고 확인해 보십시오" read awkward: a coupon taken is spent on meeting
# the product, not on looking at it; after "…받고" a look verb ("확인해 보세요", "살펴보세요") becomes "만나 보세요".
_LOOKS = frozenset({"확인해 보세요.", "살펴보세요.", "둘러보세요.", "구경해 보세요."})
TAKEN_OFFER_VERB = "만나 보세요."


def event_phrase(event: CampaignEvent) -> str:
    """The event as an adverbial before the call to action, its condition said ("첫 주문 10% 쿠폰으로",
    "재주문 시 3% 적립으로"); an event without an SMS wording goes by its name ("웰컴 미니 샘플과 함께")."""
    offer = event.offer
    if offer is not None and offer.sms:
        word, said = CONDITIONED_OFFERS.get(offer.sms, ("", offer.sms))
        return said if word in (offer.condition or "") else offer.sms
    return f"{event.name}{particle_for(event.name, '과')} 함께"


_CONDITION_ENDS = re.compile("(?:하시면|시면|으로|에서|에|을|를|로|은|는)$")


def condition_kept(event: CampaignEvent) -> bool:
    """Whether the offer's SMS wording (event_phrase) says every word of its condition, by its first two syllables
    ("공식 온라인몰 첫 주문에" needs "공식", "온라", "주문"; the event's brand and "제품" aside): round 38 (s5893) read
    "첫 주문 시 10% 쿠폰" as the coupon's "공식 온라인몰" condition dropped. An offer with no condition keeps it."""
    condition = event.offer.condition if event.offer is not None else None
    if not condition:
        return True
    said = event_phrase(event)
    # the brand is the ad frame's ("[헤라]"), and "제품" names nothing the product does not
    known = {*(_CONDITION_ENDS.sub("", b) for b in event.brands), "제품"}
    words = (_CONDITION_ENDS.sub("", w) for w in condition.split())
    return all(w[:2] in said for w in words if len(w) >= 2 and w not in known)


PREMIUM_BUDGET_FRIEND = "꼼꼼히 고르는 친구에게"  # a 320,000원 cream is no "실속" pick


def referral_friend(reader: str, facts: ProductFacts) -> str:
    """Who gains from the product, as the referral's recipient ("실속 찾는 친구에게")."""
    if reader == "budget" and facts.premium:
        return PREMIUM_BUDGET_FRIEND
    friend = REFERRAL_FRIENDS.get(reader, REFERRAL_FRIENDS["luxury"])
    return friend.replace("피부가", _SENSITIVE_PART[facts.category]) if facts.category in _SENSITIVE_PART else friend


def referral_asks(tone: Tone | None, reader: str, facts: ProductFacts) -> tuple[str, ...]:
    """The referral's asks that give a reason to pass it on: the friend it suits, then the tone's verb."""
    friend = referral_friend(reader, facts)
    return tuple(f"{friend} {verb}" for verb in REFERRAL_VERBS[tone])


def closes(
    stage: int,
    tone: Tone | None,
    reader: str,
    event: CampaignEvent | None,
    facts: ProductFacts,
    luxury_brand: bool = False,
) -> list[tuple[str, int]]:
    """The calls to action to try, with 0 for those as good as the tone's own and 1 for plain
    fallbacks: the tone's two for the stage and the short ones, tone and reader picking which short
    one leads ((tone + 2 × reader) mod 7). Readers alternate between the tone's first words and
    that short one, so a swapped reader hears another ask; a gift offer at sharing asks for a gift.
    Asks that do not fit the product give way ("장만" below a premium price, "발라" for a cleanser, "쟁여"
    for a pricey product or a luxury brand's)."""
    gift = stage == SHARING and event is not None and event.offer is not None and event.offer.kind in ("gift", "free")
    own = GIFT_CLOSES[tone] if gift else CLOSES[stage][tone]
    short = GIFT_SHORT if gift else SHORT_CLOSES[stage]
    r = READERS.index(reader) if reader in READERS else 0
    start = (TONES.index(tone) + 2 * r) % len(short)
    short = short[start:] + short[:start]
    fitting = _fitting(facts, luxury_brand)
    own = tuple(fitting.get(verb, verb) for verb in own)
    short = tuple(fitting.get(verb, verb) for verb in short)
    if gift and event is not None and event.offer is not None and "선물" in event_phrase(event):
        # "선물 포장 무료로 선물해 보세요" says gift twice: hand it over instead
        own = tuple(_NOT_GIFT.get(verb, verb) for verb in own)
        short = tuple(dict.fromkeys(_NOT_GIFT.get(verb, verb) for verb in short))
    lead = [own[0], own[1], short[0]] if r % 2 == 0 else [short[0], own[1], own[0]]
    found = [(verb, 0) for verb in dict.fromkeys(lead)] + [(v, 1) for v in short[1:SHORT_KEPT] if v not in lead]
    if stage == SHARING and not gift:  # the friend who gains first: a bare ask only where nothing else fits
        found = [(ask, 0) for ask in referral_asks(tone, reader, facts)] + found
    return found


def _fitting(facts: ProductFacts, luxury_brand: bool) -> dict[str, str]:
    """Asks that do not fit this product → what it says instead."""
    fitting = {} if facts.premium else dict(PRICEY_ONLY)
    if facts.category in NOT_APPLIED:
        fitting |= WASH_OFF_ASKS
    if luxury_brand or facts.premium or (facts.price or 0) >= STOCKPILE_PRICE:
        fitting |= NO_STOCKPILE
    return fitting


def _own_asks(stage: int, tone: Tone | None, facts: ProductFacts, luxury_brand: bool) -> frozenset[str]:
    """The tone's own asks for the stage as closes() words them for this product (gift ones included)."""
    fitting = _fitting(facts, luxury_brand)
    said = [fitting.get(verb, verb) for verb in (*CLOSES[stage][tone], *GIFT_CLOSES[tone])]
    return frozenset(said + [_NOT_GIFT.get(verb, verb) for verb in said])


# bytes 합쇼체 may add to a 해요체 body: "예요" → "입니다", and an ask that invites rather than commands
# ("만나 보세요" → "만나 보시면 좋겠습니다", voiced())
HAPSHO_SLACK = 11
DROPPED_OFFER = 16384  # tiers at or past this leave the event out


# The brief's style in one or two words before the ask, where bytes remain (style index: 0 시간 긴박,
# 2 FOMO, 3 감성, 4 계절); never a date or a number the brief did not give.
_URGENT, _FOMO, _EMOTIONAL, _SEASONAL = 0, 2, 3, 4
# A reader's adverb that already says when: not "이번 주 지금 …", "오늘 꾸준히 …".
_TIME_ADVERBS = frozenset({"지금", "바로", "이번에도", "늘", "꾸준히"})
# A reader's adverb the tone cannot say, and what it says instead: a trendy SMS does not take its time.
TONE_CLASHES: dict[Tone | None, dict[str, str]] = {
    Tone.trendy: {"차분히": "바로", "천천히": "바로", "찬찬히": "바로", "여유 있게": "바로", "정성껏": "자신 있게"},
}
# A reader's adverb that takes its time: never after "지금" (reading 14: "지금 차분히 선택해 보세요!").
_SLOW_ADVERBS = frozenset({"천천히", "여유 있게", "차분히", "찬찬히", "편안하게", "편하게"})


def moment(styles: tuple[int, ...], season: str, name: str, offer: bool, stage: int) -> tuple[str, ...]:
    """The style's words, the first preferred: the moment, never a deadline (no event in the catalog has a
    period, so "이번 주" or a bare "오늘" reads as a date the brief never gave, reading 13: "'이번 주'의 이유가
    없음"): "오늘 루틴에" at first use, else "지금" (time-pressed), "놓치기 전에" (FOMO beside an offer; without
    one, "아직이라면" to a reader who has not started or bought yet and "떨어지기 전에" at the routine stage:
    what the reader would miss, never a scarcity the brief lacks), "오늘 밤" for a night product, else "나를
    위해" or, when passing it on, "마음을 담아" (emotional), "겨울엔" (seasonal), for the first of the
    brief's styles that has one."""
    for style in styles:
        if style == _URGENT:
            return ("오늘 루틴에", "지금") if stage == FIRST_USE else ("지금",)
        if style == _FOMO and (offer or stage in _FOMO_WORDS):
            return ("놓치기 전에",) if offer else (_FOMO_WORDS[stage],)
        if style == _EMOTIONAL:
            if any(w in name for w in NIGHT_WORDS):
                return ("오늘 밤",)
            return ("마음을 담아",) if stage == SHARING else ("나를 위해",)
        if style == _SEASONAL:
            return (f"{season}엔",)
    return ()


# Reading 27 (s4619): "빠르게 스며드는 윤조에센스 6세대, 겨울엔 시작해 보세요" ("'겨울엔 시작해 보세요'
# 어색"): the season said as a bare adverb of an ask with no object. It opens the body instead and leads into
# the product's fact ("겨울엔 빠르게 스며드는 윤조에센스 6세대, 시작해 보세요."): the same words and bytes, the
# season now the setting of the reason.
SEASON_END = "엔"  # moment()'s seasonal word ("겨울엔"); no other style word ends so
# by stage, without an offer; passing it on, what is too good to keep (reading 28, s3261: "추천 유도와 FOMO가 약함")
_FOMO_WORDS = {0: "아직이라면", 1: "아직이라면", 2: "떨어지기 전에", 3: "아직이라면", 4: "혼자 알기 아깝다면"}
_ONLY_BEFORE = ("주", "늘", "밤")  # "이번 주 만나 보세요" reads "이번 주만 …", "오늘 만나" "오늘만 …"


# Readings 28-29 (s9088: "세라마이드를 담은 순정 2x 베리어 보습 크림, 써 보세요." "감성·계절감 없이 '써 보세요' 한 줄";
# s3261 "놓침 방지 … 없고"): beside a long name and the reader's reason the style's word ("아직이라면", 11 bytes; "나를
# 위해", 10) often leaves no room, and the line said nothing of the brief's style. An ask that says the style itself
# costs fewer bytes: what not to miss ("놓치지 마세요", FOMO) or a feeling ("느껴 보세요", "마음을 전해 보세요",
# emotional), by stage (0 introduce … 4 share); tried after the style's word, before a line without the style. Keyed
# by moment()'s words, which say the style. The season ("겨울엔", 7 bytes) and "지금" (5) have no shorter ask.
STYLE_ASKS: dict[str, dict[int, tuple[str, ...]]] = {
    "놓치기 전에": {0: ("놓치지 마세요.",), 1: ("놓치지 마세요.",), 3: ("놓치지 마세요.",)},
    "아직이라면": {0: ("놓치지 마세요.",), 1: ("놓치지 마세요.",), 3: ("놓치지 마세요.",)},
    "나를 위해": {0: ("느껴 보세요.",), 1: ("느껴 보세요.",), 3: ("나에게 선물해 보세요.",)},
    "마음을 담아": {4: ("마음을 전해 보세요.",)},
    "혼자 알기 아깝다면": {4: ("혼자 알기 아까워요.",)},  # at 합쇼체 "혼자 알기 아깝습니다."
}


STYLE_ASKED = frozenset(a for by_stage in STYLE_ASKS.values() for asks in by_stage.values() for a in asks)


def style_asks(when: tuple[str, ...], stage: int) -> tuple[str, ...]:
    """The asks that say the brief's style (its first word `when[0]`, moment()) at this stage, or none."""
    return STYLE_ASKS.get(when[0], {}).get(stage, ()) if when else ()


@lru_cache(maxsize=8192)
def euckr_bytes(text: str) -> int:
    """EUC-KR bytes of composer text (Hangul, ASCII and punctuation only)."""
    return len(text.encode("cp949"))


@lru_cache(maxsize=8192)
def bodies(
    name: str,
    facts: ProductFacts,
    angle: Angle,
    tone: Tone | None,
    stage: int,
    event: CampaignEvent | None,
    price_talk: bool,
    budget: int | None = None,
    when: tuple[str, ...] = (),
) -> tuple[SmsBody, ...]:
    """Candidate bodies naming the product as `name` (only those within `budget` bytes in 해요체,
    when given; cached, as the variants of a brief share them), best tier first: the event's offer
    kept, then what the body carries (reason and offer, the offer, a reason or a care tip, a quality
    word, nothing), then the reader's own reason, then the style's word `when` ("이번 주", felt once in
    every message), then the tone's own call to action before the short ones (which tone and reader
    also pick), then the reader's adverb."""
    verbs = closes(stage, tone, angle.key, event, facts, luxury_brand=not price_talk)
    own_asks = _own_asks(stage, tone, facts, not price_talk)
    why = set(referral_asks(tone, angle.key, facts)) & {verb for verb, _ in verbs} if stage == SHARING else set()
    if angle.key == "sensitive" and stage == FIRST_USE and facts.category and facts.category not in NO_PATCH_TIP:
        verbs = [(PATCH_TIP_WHY, 0), (PATCH_TIP, 0), *verbs]
    carried = style_asks(when, stage)  # asks that say the style themselves, where its word leaves no room
    verbs = [*verbs, *((verb, 1) for verb in carried if verb not in {v for v, _ in verbs})]
    adverb = ADVERBS[angle.key][stage]
    if facts.premium and angle.key in PREMIUM_ADVERBS:  # a 210,000원 serum is not handed over "부담 없이"
        adverb = PREMIUM_ADVERBS[angle.key][stage]
    if adverb in TONE_CLASHES.get(tone, ()):  # "차분히" in a trendy SMS reads off-tone (reading 14)
        adverb = TONE_CLASHES[tone][adverb]
    offer = event_phrase(event) if event is not None else None
    openings, own = leads(facts, angle, name, price_talk)
    mine = set(reader_facts(facts, angle.key, name))
    # the price per ml that reads as a reason is the budget reader's own (reading 25), but only beside something the
    # reader gains with it (priced, below)
    priced = {o for o in openings if _UNIT_LEAD.match(o)} if angle.key == "budget" else set()
    mine |= priced
    named = name_says_fact(name, angle.key)  # the name itself gives the reader's fact
    qualities = {f"{word} {name}," for word in _ALL_QUALITIES}
    if facts.price and facts.volume:  # a bare price says no more than a quality word
        qualities.add(price_lead(facts, name))
    textures = {_of(r, name) for r in reasons(facts.points, name, facts.noun) if bare_texture(r)}
    # a bare texture, a scent or a viscosity ("워터 제형의", "상쾌한 향의", "살짝 점도가 있는") is how the product
    # feels, no reason to act (readings 17-19: "점도를 훅으로 쓴 한 줄 추천", "'워터 제형'만 내세운 추천이 얇고"): it
    # counts as a quality word, so the SMS that carries only it gives way to the LMS (forms._says_something)
    qualities |= textures | {o for o in openings if says_little(o)}
    # so is an ingredient named without what it does for this reader ("세라마이드를 담은 …" to a trend reader,
    # "아데노신을 담은 …" to a natural one, reading 19: "아데노신 훅이 내추럴 페르소나와 무관"); where it is their own
    # fact (a soothing one to a sensitive reader, a plant to a natural one, the line's own to a luxury one) it is
    # the fact. Which serves the marketer better: an SMS that names the product and an ingredient the reader does
    # not weigh reads as saying nothing (kept SMS read 2.59 in readings 17-19, the flagged LMS 3.21), so such a
    # brief goes out as the flagged LMS, which has room for the reader's reason; an SMS is kept where 90 bytes
    # carry one.
    qualities |= {o for o in openings if o not in mine and _HELD_ONLY.match(o)}
    starts = [(i, opening, euckr_bytes(opening) + 1) for i, opening in enumerate(openings)]
    starts.append((len(openings), None, euckr_bytes(name) + 2))  # "{name}, "
    smallest = min(size for _, _, size in starts)
    full = name == facts.name
    out: list[SmsBody] = []
    for verb, plain in verbs:
        tip = verb in (PATCH_TIP, PATCH_TIP_WHY)
        gives_why = verb in why
        # an ask that is no reason of its own takes the reader's adverb (not one that says the style: "가볍게
        # 놓치지 마세요")
        bare = not (tip or gives_why or verb in carried)
        for with_offer in (True, False) if offer else (False,):
            roomy: set[tuple[bool, int]] = set()  # bodies that fit with the style's word and spare bytes
            for with_adverb, word in [(a, w) for a in (True, False) for w in (*when, None)]:
                if with_adverb and not bare:  # the tip is the reader's angle: no "편안하게 팔 안쪽에"
                    continue
                # reading 20 (s1811): "첫 주문 시 10% 쿠폰으로 편안하게 살펴보세요" read awkward: the reader's adverb
                # does not follow from the offer; after an offer the ask is the offer's verb alone
                if with_adverb and with_offer:
                    continue
                # nor the style's own ask after an offer ("2,000P 적립과 함께 놓치기 아깝습니다"), except passing it on
                if with_offer and verb in carried and stage != SHARING:
                    continue
                if word is not None and (
                    verb in carried  # the ask says the style already: not "아직이라면 놓치지 마세요"
                    or any(w in verb for w in word.split())  # once: not "오늘 오늘의 나에게", "전에 … 전에"
                    or (with_adverb and adverb in _TIME_ADVERBS)  # not "지금 바로 둘러보세요"
                    or (with_adverb and word == "지금" and adverb in _SLOW_ADVERBS)  # not "지금 차분히"
                    or (word.endswith("에") and "에 " in verb)  # not "오늘 루틴에 팔 안쪽에 …"
                    or ("나를" in word and "나에게" in verb)  # not "나를 위해 오늘의 나에게 …"
                    # the patch tip is an instruction: no mood or urge before it ("나를 위해 팔 안쪽에 먼저 …")
                    or (tip and word != "지금" and not word.endswith(SEASON_END))
                ):
                    continue
                said = TAKEN_OFFER_VERB if with_offer and offer.endswith("받고") and verb in _LOOKS else verb
                parts = (word, offer if with_offer else None, adverb if with_adverb else None, said)
                ask = " ".join(w for w in parts if w)
                if word and word.endswith(_ONLY_BEFORE) and ask[len(word) + 1] == "만":  # "이번 주만": a deadline
                    continue
                # the trend reader's "지금" is the time-pressed style's word already
                styled = not when or word is not None or (with_adverb and adverb in when) or verb in carried
                room = None if budget is None else budget - euckr_bytes(ask)
                if room is not None and room < smallest:  # not even "{name}, " fits beside this ask
                    continue
                for i, opening, size in starts:
                    if room is not None and size > room:
                        continue
                    if (with_adverb, i) in roomy:  # a better word fits with bytes to spare: this one is never sent
                        continue
                    if word is not None and (room is None or size <= room - HAPSHO_SLACK):
                        roomy.add((with_adverb, i))  # 합쇼체 cannot push it out: its siblings after it never go
                    reason = _given(opening, mine, named, qualities)
                    # Readings 30-31 (s6285: "1ml당 약 80원인 청보리 마일드 필링 토너, 써 보세요." "ml당 가격만 있는 한
                    # 줄, 감성 톤·첫 사용 안내 없음"; s9194 "한 줄 나열뿐", both 2.5, the weakest SMS of the reading):
                    # the price per ml alone before a bare ask is a price, not a campaign, and 90 bytes leave no room
                    # for the use beside the figure and a long name. It is the reader's fact only with what they gain
                    # by it (the thrifty friend a referral names, the offer, the care tip); alone it is a bare figure
                    # (as price_lead), so the brief goes out as the flagged LMS, which says the price per unit beside
                    # the product's use and benefit (forms._sms_lms_sentences)
                    if opening in priced and not (gives_why or with_offer or tip):
                        reason = "quality"
                    why_word = "why" if gives_why else None  # the friend who gains (a referral)
                    given = (reason, "tip" if tip else None, why_word, "offer" if with_offer else None)
                    carries = "+".join(k for k in given if k)
                    text = f"{opening} {ask}" if opening else f"{name}, {ask}"
                    if word is not None and word.endswith(SEASON_END):  # the season leads into the product's fact
                        text = f"{word} {(opening or f'{name},')} {ask[len(word) + 1 :]}"
                    dropped = offer is not None and not with_offer
                    # the reader's own reason and the style's word both, else one of them (the reason
                    # first), then the tone's own ask, then the style's first word, then the reader's adverb
                    not_own = bool(own) and i >= own
                    tier = DROPPED_OFFER * dropped + 512 * _rank(carries or "nothing") + 256 * (opening in textures)
                    tier += 2048 * (bool(why) and not gives_why and not with_offer)  # a referral says why
                    tier += 64 * (not_own + (not styled)) + 32 * not_own + 16 * plain
                    # the second style word ("지금") with the reader's adverb before the first ("오늘 루틴에") alone
                    tier += 2 * (word is not None and word != when[0]) + 4 * (not with_adverb and bare)
                    tier += 8 * (verb in carried)  # only where no ask with the style's word fits
                    toned = gives_why or verb in own_asks
                    out.append(SmsBody(text, tier, full, carries or "nothing", (opening or "", verb), styled, toned))
    return tuple(sorted(out, key=lambda body: body.tier))


# The tone heard in a content event's one-line invitation (the SMS wording in data/events.json is the
# same for every tone): a word before it, or after its topic ("공병은 편하게 매장에 …"); the brand's
# default voice keeps the plain wording.
INVITATION_TONE_WORDS: dict[Tone, str] = {
    Tone.friendly: "편하게",
    Tone.expert: "꼼꼼히",
    Tone.trendy: "지금",
    Tone.luxurious: "여유롭게",
    Tone.emotional: "마음 편히",  # not "오늘": no event gives a day (reading 13)
}
# a topic is a noun with 은 ("공병은", "바뀐 고민은"), never a verb's modifier ("라이브로 쓰는 법": no "쓰는 꼼꼼히 법")
_INVITATION_TOPIC = re.compile(r"^(\S+(?: \S+)?은) ")


def _toned_invitation(ask: str, tone: Tone) -> str | None:
    return _worded_invitation(ask, INVITATION_TONE_WORDS[tone])


# Style words that read well before an event's invitation (reading 13: a time-pressed SMS with none, "시간 긴박감이
# 전혀 없음"); after a topic ("공병은 …") only "지금" does.
_INVITATION_STYLE_WORDS = ("지금", "아직이라면")


# Round 30 (reading 60, s2587): a content event's invitation names where it is taken up only when its wording says a
# place the reader can go without a link ("공병은 매장에 모아 주세요"); every other one ("브랜드 이야기를 읽어 보세요",
# "후기 먼저 살펴보세요") needs the brief's link in an SMS, which has no button.
_PLACES = re.compile("매장|앱에서|온라인몰|공식몰|고객센터|마이페이지")


def placed_invitation(ask: str) -> bool:
    """Whether a content event's SMS wording says where the reader takes it up (a store, the app)."""
    return bool(_PLACES.search(ask))


def _styled_invitation(ask: str, when: tuple[str, ...]) -> str | None:
    """The invitation with the style's word before it ("지금 후기 먼저 살펴보세요."), or None."""
    word = next((w for w in when if w in _INVITATION_STYLE_WORDS or w.endswith("엔")), None)
    if word is None or (word != "지금" and _INVITATION_TOPIC.match(ask)):
        return None
    return _worded_invitation(ask, word)


def _worded_invitation(ask: str, word: str) -> str | None:
    """The invitation with `word` before it (after its topic), or None where "지금" would stand before a when-clause
    ("지금 다 써 갈 때 알림 받아 보세요", reading 14)."""
    if word == "지금" and "때 " in ask:
        return None
    topic = _INVITATION_TOPIC.match(ask)
    if topic:
        return f"{topic.group(1)} {word} {ask[topic.end() :]}"
    return f"{word} {ask}"


@lru_cache(maxsize=4096)
def invite_bodies(
    name: str,
    facts: ProductFacts,
    angle: Angle,
    tone: Tone | None,
    stage: int,
    event: CampaignEvent,
    price_talk: bool,
    budget: int | None = None,
    when: tuple[str, ...] = (),
    following: str = "",
) -> tuple[SmsBody, ...]:
    """Bodies for a content or service event with an SMS wording: the product named (after this reader's
    fact or a stated reason where it fits) and the event's invitation as the one ask ("워터뱅크 크림,
    라이브로 쓰는 법 확인해 보세요."), best first; then, dropped below them, the bodies without the event
    (sms_overflow=shorten may still send one when no invitation fits). `following`: the product the catalog names
    for the routine's next step (plan.values["next"]), which a line guide's invitation names where its bytes allow
    (next_step_asks). Cached like bodies()."""
    ask = event.sms or ""
    openings, _ = leads(facts, angle, name, False)  # never a bare price before an invitation
    mine = set(reader_facts(facts, angle.key, name))
    named = name_says_fact(name, angle.key)
    qualities = {f"{word} {name}," for word in _ALL_QUALITIES}
    # as in bodies(): a texture alone or an ingredient that is not this reader's fact is no reason beside the
    # invitation ("적송을 담은 진설크림, 함께 쓰는 루틴을 공유해 보십시오" to a trend reader)
    qualities |= {o for o in openings if says_little(o) or (o not in mine and _HELD_ONLY.match(o))}
    full = name == facts.name
    worded = _toned_invitation(ask, tone) if tone in INVITATION_TONE_WORDS else None
    asks = (worded, ask) if worded else (ask,)
    styled = _styled_invitation(ask, when) if tone not in INVITATION_TONE_WORDS else None
    asks = (styled, ask) if styled else asks  # the brand's own voice: the style's moment where bytes allow
    ahead = next_step_asks(following, tone, when) if following and event.names_next_step else ()
    out: list[SmsBody] = []
    ahead_out: list[SmsBody] = []
    for i, opening in enumerate([*(o for o in openings if o not in qualities), None]):
        reason = _given(opening, mine, named, qualities)
        carries = "+".join(k for k in (reason, "invite") if k)
        plain = f"{opening} {ask}" if opening else f"{name}, {ask}"
        # the next step's product named only where the plain invitation fits too (forms._invitation_may_fit measures
        # that one), first: the reader's own product, then what follows it ("자음수 EX 다음엔 자음생세럼
        # 브라이트닝도 살펴보세요.")
        fits = budget is None or euckr_bytes(plain) <= budget
        # the product named is what the guide is about: it says something (forms._says_something) as a reason does
        led = "+".join(k for k in (reason, "next", "invite") if k)
        named_asks = [(f"{opening} {a}" if opening else f"{name} {a}", a, led) for a in ahead] if fits else []
        worded = [(f"{opening} {a}" if opening else f"{name}, {a}", a, carries) for a in asks]
        for j, (text, said, kind) in enumerate([*named_asks, *worded]):  # the tone's word where bytes allow first
            if budget is not None and euckr_bytes(text) > budget:
                continue
            toned = said not in (ask, *ahead[-1:]) or tone not in INVITATION_TONE_WORDS
            tier = 512 * _rank(kind) + 64 * j + i  # the tone's word before a longer wording of the same kind
            (ahead_out if said in ahead else out).append(
                SmsBody(text, tier, full, kind, (opening or "", ask), True, toned)
            )
    # the next step named leads (the name alone before it where the reader's fact leaves it no room); the rest in
    # their own order
    out = sorted(ahead_out, key=lambda body: body.tier) + out
    dropped = bodies(name, facts, angle, tone, stage, None, price_talk, budget, when)
    out += [body._replace(tier=body.tier + DROPPED_OFFER) for body in dropped]
    return tuple(out)


# Round 26: the line guide to the routine's next step (ev-rev-n1, its SMS wording "다음 단계도 비교해 보세요.") said
# which step it meant nowhere in the SMS (readings 43-44, s9466: "다음 단계 제품명 … 없이 '비교해 보세요'로 끝나 전환
# 역할 못 함"); where the catalog names the product for it (Catalog.next_in_routine), the invitation names it after
# the reader's own: "…, 다음엔 자음생세럼 브라이트닝도 살펴보세요." ("도": said the same after any last syllable).
NEXT_STEP_ASK = "다음엔 {next}도 살펴보세요."
NEXT_STEP_TONED = "다음엔 {next}도 {word} 살펴보세요."


def next_step_asks(following: str, tone: Tone | None, when: tuple[str, ...]) -> tuple[str, ...]:
    """The line guide's invitation naming the next step's product `following`: with the tone's word (or the
    time-pressed style's "지금" in the brand's own voice) where one is heard, then plain (the last)."""
    word = INVITATION_TONE_WORDS.get(tone) if tone is not None else ("지금" if "지금" in when else None)
    plain = NEXT_STEP_ASK.format(next=following)
    return (NEXT_STEP_TONED.format(next=following, word=word), plain) if word else (plain,)


# A content or service event about the state of the skin ("계절이나 피부 상태가 바뀔 때 … 상담", "피부 타입 테스트")
# asks nothing of a lip colour, a base or a shampoo (reading 13: "립 틴트에 '바뀐 고민은 상담받아 보세요'"), nor a
# skin care line's next step of a lip or base product: its SMS leaves the invitation out and gives the reader's
# reason and the tone's ask instead.
_UNFIT_EVENTS = (
    (re.compile(r"피부 (?:상태|타입)|바르는 순서"), frozenset({"립", "쿠션·베이스", "헤어"})),
    (re.compile(r"다음 단계 라인"), frozenset({"립", "쿠션·베이스"})),
)


@lru_cache(maxsize=256)
def invitation_fits(event: CampaignEvent, category: str | None) -> bool:
    """Whether a content or service event's SMS invitation suits a product of this kind."""
    return not any(category in kinds and pattern.search(event.detail) for pattern, kinds in _UNFIT_EVENTS)


# Openings that only say how the product feels or smells: "살짝 점도가 있는", "워터 제형의", "조밀한 거품의", "상쾌한
# 향의", "고운 입자의". A trend reader's finish or texture is their fact (fact_phrases) and counts as that first.
_SAYS_LITTLE = re.compile("점도|(?:" + "|".join(sorted(_TEXTURE_TAILS | {"거품", "향"})) + ")의 ")


_HELD_ONLY = re.compile(r"^[^,]+[을를] 담은 ")  # "인삼 추출물을 담은 탄력크림 EX,": the ingredient alone


def says_little(opening: str | None) -> bool:
    """Whether an opening gives only a texture, a scent or a viscosity (no gain for the reader)."""
    return bool(opening) and bool(_SAYS_LITTLE.search(opening or ""))


def _given(opening: str | None, mine: set[str], named: bool, qualities: set[str]) -> str | None:
    """What an opening gives the reader: their own catalog fact (or the name says it beside it), a stated reason,
    a bare quality word ("가벼운 토너,"), or nothing without an opening. A generic reason ("편안한 사용감의")
    is only a quality word where the catalog states this reader's own fact (reading 13: "'편안한 사용감'이
    범용적")."""
    # the name alone, or beside a bare quality word, is no reason: "어드밴스드 스네일 92 올인원 크림, 느껴 보세요."
    # (reading 34: "제품명만 있고 이유·혜택·링크가 없음", 2 and 2)
    if not opening:
        return None
    if opening in mine:
        return "fact"
    if opening in qualities or (mine and _GENERIC_REASON.match(opening)):
        return "quality"
    return "fact" if named else "reason"


# Reasons any product of the kind could claim: how it feels in use, said without what it does.
_GENERIC_REASON = re.compile(r"^\S+ (?:사용감|보습감|흡수감|느낌)의 ")


def _rank(carries: str) -> int:
    """With an event the offer must travel, the reader's fact beside it is better still, any reason
    next; without one, the reader's own catalog fact (fact_phrases) comes first; a one-word quality
    ("가벼운 토너") is a weaker reason than a stated one (an ingredient, a price) or a care tip."""
    parts = set(carries.split("+"))
    if "offer" in parts or "invite" in parts:
        # a line guide's next step named is what it is about, before the reader's fact on the product in hand
        return 0 if parts & {"fact", "next"} else 1 if parts & {"reason", "tip", "why"} else 2
    if "fact" in parts:
        return 3 if parts & {"tip", "why"} else 4
    if parts & {"reason", "tip", "why"}:
        return 6 - ("reason" in parts and bool(parts & {"tip", "why"}))  # a reason and the tip or the why
    return 7 if "quality" in parts else 8


# How each tone ends an ask at 합쇼체, best first: it wishes, advises, asks or permits ("만나 보시길 바랍니다",
# "확인해 보시길 권합니다"), and where nothing longer fits, it asks plainly ("만나 보십시오", which costs no more than
# "만나 보세요" + 2 bytes). Never a frame in place of the ask (reading 15: "…알릴 때입니다!", "…소개합니다." left
# the reader nothing to do): no "…할 때입니다", "…차례입니다", no bare "권합니다". An ask said with a reason or an
# offer before it reads as an invitation, not the bare order reading 12 heard in "'권해 보십시오' 한 줄뿐".
HAPSHO_ENDINGS: dict[Tone | None, tuple[str, ...]] = {
    # reading 25 (s5728): "'담아 보시겠습니까'가 딱딱함": no tone asks it as a question; the permission ("…보셔도
    # 좋습니다") is as short
    None: ("wish", "may"),  # "만나 보시길 바랍니다", "만나 보셔도 좋습니다"
    Tone.friendly: ("may",),  # "만나 보셔도 좋습니다!" (no stiff "…보시겠습니까?")
    Tone.expert: ("advise", "wish_formal"),  # "확인해 보시길 권합니다", "확인해 보시기 바랍니다"
    # not "체크해 보십시오!": an order said with "!" read awkward (reading 19: "'살펴보십시오!' 어색")
    Tone.trendy: ("may",),  # "체크해 보셔도 좋습니다!"
    Tone.luxurious: ("wish", "hope"),  # "곁에 들여 보시길 바랍니다", "… 보시면 좋겠습니다"
    Tone.emotional: ("hope", "wish"),  # "건네 보시면 좋겠습니다"
}
ORDER_ENDS = ("십시오.", "십시오!")  # the plain 합쇼체 ask: what fits when no invitation does
# Round 28 (part 2): a one-line 합쇼체 SMS that ends on an order with no "…해 보-" to soften it reads as a command,
# not a favour ("…옥용팩, 라이브로 쓰는 법 확인하십시오.", "…재주문 시 3% 적립으로 쟁여 두십시오."), and so does a
# visit ordered ("…샘플 2종과 함께 들러 보십시오."); "…써 보십시오", "…살펴보십시오" after the offer or the reason
# read as an invitation and stay. Such a body is never kept as an SMS (forms._sms_candidates): the
# brief takes another body, or goes as the flagged LMS, which invites ("…보시길 바랍니다"). 13 of 105 kept SMS over
# the 2,400-brief grid (bench/sms_event_check.py bare_order).
_TRIED_ORDER = re.compile(r"(?<!들러 )보십시오[.!]$")


def bare_order(text: str) -> bool:
    """Whether a 합쇼체 ask is a bare order ("…확인하십시오.", "…곁에 두십시오."), a favour asked as one included
    ("솔직 후기를 나눠 주십시오.", reading 52 s2538), not one softened by 보- ("…확인해 보십시오.", "…살펴보십시오.";
    a visit, "들러 보십시오", is still an order)."""
    return text.endswith(ORDER_ENDS) and not _TRIED_ORDER.search(text)


# A request made of the reader for the brand ("솔직 후기를 나눠 주세요") is no wish of ours for them.
_FOR_US = {"may": "wish", "advise": "wish_formal"}  # not "추천해 주시길 권합니다"


# 해요체 asks that are not the tone's own wording end as the tone would put them: friendly asks ("…볼까요?"),
# trendy exclaims ("…보세요!"), emotional says it with the reader ("…봐요."); the other tones keep "…세요.".
HAEYO_ENDINGS: dict[Tone | None, str] = {Tone.friendly: "shall", Tone.trendy: "exclaim", Tone.emotional: "together"}
_EXCLAIMING = frozenset({Tone.friendly, Tone.trendy})  # a favour asked at 합쇼체 ends on "!" ("추천 부탁드립니다!")
_TOGETHER = {"보": "봐", "두": "둬", "가": "가", "하": "해"}
_HOPED = frozenset({"보", "두"})  # "써 보시면 좋겠어요", "채워 두시면 좋겠어요": never "써 봐요", "챙겨 둬요"
# Endings that join the stem as they are ("…만나 보" + "시길 바랍니다.")
_PLAIN_ENDINGS = {
    "wish": "시길 바랍니다.",
    "advise": "시길 권합니다.",
    "ask": "시겠습니까?",
    "hope": "시면 좋겠습니다.",
    "good": "기 좋습니다.",
    "exclaim": "세요!",
    "may": "셔도 좋습니다!",  # the friendly tone's easy permission at 합쇼체
    "wish_formal": "시기 바랍니다.",
    "command": "십시오.",  # the plain ask, where nothing longer fits
}


# Readings 28-29 (s3112: "1g당 약 80원인 비자 트러블 클렌징폼, 권해 보십시오." "'권해 보십시오'가 뜬금없고 …
# 친근한 톤 아님"; s1923: "…선크림, 후기를 들려주십시오." "친근 톤과 먼 '들려주십시오'"): where no invitation fits the
# 90 bytes, a 합쇼체 ask a copywriter would not send as an order says what the product is good for instead
# ("…클렌징폼, 권하기 좋습니다", "…크림, 다 쓰기 전에 채워 두기 좋습니다": the reason before it becomes the why), and
# a review is asked as a favour ("후기 부탁드립니다", shorter than the order). Only verbs whose "…기 좋습니다" reads as
# a suggestion (a look, "살펴보기 좋습니다", or a feeling, "느껴 보기 좋습니다", does not: those stay the plain order),
# never the sensitive reader's patch tip (an instruction: "팔 안쪽에 먼저 발라 보십시오"; _UNSUITED).
SUITS: dict[str, str] = {  # the verb itself where it reads so: two bytes more than the order ("권해 보십시오")
    "권해 보": "권하기", "추천해 주": "추천하기", "소개해 주": "소개하기", "알려 주": "알리기", "자랑해 주": "자랑하기",
    "선물해 보": "선물하기", "선물해 주": "선물하기", "전해 보": "전하기", "건네 보": "건네기", "보내 보": "보내기",
    "채워 두": "채워 두기", "챙겨 두": "챙기기", "쟁여 두": "쟁여 두기", "준비해 두": "준비하기",
    "곁에 두": "곁에 두기", "마련해 두": "마련하기", "이어 가": "이어 가기", "찜해 두": "찜하기",
    "시작해 보": "시작하기", "써 보": "쓰기", "사용해 보": "쓰기", "루틴에 넣어 보": "루틴에 넣기",
    "들여 보": "들이기", "장만해 보": "장만하기", "골라 보": "고르기", "챙겨 보": "챙기기",
}  # fmt: skip
# A referral's verb where even that does not fit: what the product is worth, in the order's bytes ("권할 만합니다").
WORTH: dict[str, str] = {
    "권해 보": "권할", "추천해 주": "추천할", "소개해 주": "소개할", "자랑해 주": "자랑할", "선물해 보": "선물할",
    "전해 보": "전할", "건네 보": "건넬", "알려 주": "알릴",
}  # fmt: skip
_WORTH = re.compile("(?:" + "|".join(sorted(map(re.escape, WORTH), key=len, reverse=True)) + ")$")
SUITS_ENDS = ("기 좋습니다.", "기 좋습니다!", "만합니다.", "만합니다!")
# Words before the ask that such an ending does not follow: the patch tip, a condition ("아직이라면 쓰기 좋습니다"
# reads as if not using it yet made it good to use), an offer that is no way of using ("배송비 없이 쓰기 좋습니다").
_UNSUITED = ("안쪽에", "아직이라면", "배송비 없이")
_SUITS = re.compile("(?:" + "|".join(sorted(map(re.escape, SUITS), key=len, reverse=True)) + ")$")
# The FOMO ask (STYLE_ASKS) at 합쇼체: what a pity it would be to miss, not the order "놓치지 마십시오".
NOT_MISSED = ("놓치지 마", "놓치기 아깝습니다.")
# A review asked at 합쇼체: the favour, never "후기를 들려주십시오".
REVIEW_ASKS = {"후기를 들려주": "후기 부탁드립니다!", "써 본 후기를 남겨 주": "써 본 후기 부탁드립니다!"}


def _ending(stem: str, kind: str) -> str | None:
    """The ask's stem ("…만나 보", "…알려 주") with one ending, or None where the stem does not take it."""
    if kind == "please":  # a 하다 verb asked of the reader for us: its noun, asked warmly
        review = next((stem.removesuffix(k) + v for k, v in REVIEW_ASKS.items() if stem.endswith(k)), None)
        return review or (f"{stem.removesuffix('해 주')} 부탁드립니다!" if stem.endswith("해 주") else None)
    if kind == "suits" and stem.endswith(NOT_MISSED[0]):  # "…, 놓치기 아깝습니다."
        return f"{stem.removesuffix(NOT_MISSED[0])}{NOT_MISSED[1]}"
    if kind == "suits":  # what the product is good for: "권하기 좋습니다."
        found = _SUITS.search(stem)
        if found is None or any(w in stem for w in _UNSUITED):
            return None
        return f"{stem[: found.start()]}{SUITS[found.group(0)]} 좋습니다."
    if kind == "worth":  # a referral's verb in the order's bytes: "권할 만합니다."
        found = _WORTH.search(stem)
        return None if found is None else f"{stem[: found.start()]}{WORTH[found.group(0)]} 만합니다."
    if not ends_open(stem):  # a stem ending in a consonant never comes from the banks
        return None
    if stem.endswith("지 마") and kind in ("may", "shall", "together"):  # "놓치지 마셔도 좋습니다", "놓치지 말까요?"
        return None
    last = stem[-1]
    if kind in _PLAIN_ENDINGS:
        return stem + _PLAIN_ENDINGS[kind]
    if kind == "shall":
        return f"{stem}실래요?" if last == "주" else f"{rieul_modifier(stem)}까요?"
    if kind == "together":
        if last in _HOPED:  # reading 24 (s8522): "…수분크림, 써 봐요." read as an awkward 청유: said as a wish for them
            return f"{stem}시면 좋겠어요."
        return f"{stem}실래요?" if last == "주" else (f"{stem[:-1]}{_TOGETHER[last]}요." if last in _TOGETHER else None)
    return None


# A luxury brand does not ask a favour at 합쇼체 (reading 16: "32만원 크림을 '추천 부탁드립니다'", then
# "추천해 주십시오" as a bare order): the reader is invited to pass it on.
_CALM_ASKS = {"추천해 주세요.": "권해 보세요.", "소개해 주세요.": "소개해 보세요."}


@lru_cache(maxsize=16384)
def voiced(
    text: str, tone: Tone | None, honorific: Honorific, toned: bool = True, calm: bool = False
) -> tuple[str, ...]:
    """The body at the brief's speech level, its ask ended as the tone puts it, best first (the caller keeps
    the first that fits its bytes). 합쇼체 wishes, advises, asks or permits, then asks plainly ("…보십시오")
    where nothing longer fits; 해요체 keeps the tone's own wording, and lets the tone end any other ask. Every
    ending is an ask the reader can act on, never a frame ("…할 때입니다"). `calm` (a luxury brand's offer
    or referral, reading 15: "헤라 톤에 느낌표 가벼움") ends on a full stop, never "!", and never begs
    ("추천 부탁드립니다", reading 16)."""
    if calm and honorific == Honorific.hapsho:  # no favour ordered for the brand: "권해 보시길 바랍니다"
        text = next((text[: -len(a)] + b for a, b in _CALM_ASKS.items() if text.endswith(a)), text)
    # a luxury brand's or premium product's 해요체 keeps the tone's plain ask: "겨울엔 써 봐요" and "…볼까요?" read
    # light for a 130,000원 serum (reading 17: "13만 원 세럼에 '겨울엔 써 봐요'는 가볍고 밋밋")
    found = _voiced(text, tone, honorific, toned or (calm and HAEYO_ENDINGS.get(tone) == "together"))
    if not calm:
        return found
    # nor begs: "추천 부탁드립니다" asks a favour for the brand (reading 16: "'추천 부탁드립니다' 한 줄로")
    found = tuple(t for t in found if "부탁드립니다" not in t) or found
    return tuple(dict.fromkeys(t[:-1] + "." if t.endswith("!") else t for t in found))


def _voiced(text: str, tone: Tone | None, honorific: Honorific, toned: bool) -> tuple[str, ...]:
    if not text.endswith("세요."):
        return (conjugate(text, honorific),)
    stem = text[: -len("세요.")]
    if honorific == Honorific.hapsho:
        for_us = stem.endswith("주") and not any(w in stem for w in ("에게 ", "께 "))
        # a favour asked for a friend's sake ("친구에게 소개해 주") is still asked of the reader: never the bare
        # order "친구에게 소개해 주십시오." (reading 24, s7689: "명령조로 딱딱하고"), a request or a hope first
        favour = stem.endswith("주") and not for_us
        # the plain order last, on a full stop: never "…보십시오!" (reading 19)
        kinds = [(_FOR_US.get(k, k) if for_us else k) for k in (*HAPSHO_ENDINGS[tone], "command")]
        if for_us and tone in _EXCLAIMING:  # "추천 부탁드립니다!", not a stiff "추천해 주시겠습니까?" (reading 14)
            kinds.insert(0, "please")
        elif for_us:  # "추천 부탁드립니다." before the bare order "추천해 주십시오."
            kinds.insert(-1, "please")
        if favour:  # "친구에게 소개 부탁드립니다.", "친구에게 알려 주시면 좋겠습니다." before the bare order
            kinds = [k for k in kinds if k != "may"]  # never "소개해 주셔도 좋습니다"
            kinds[-1:-1] = ["hope", "please"] if tone in _EXCLAIMING else ["please", "hope"]
        kinds[-1:-1] = ["suits", "worth"]  # "권하기 좋습니다.", "권할 만합니다." before the bare order "권해 보십시오."
        if stem.endswith(NOT_MISSED[0]):  # "놓치기 아깝습니다." first: the FOMO ask said, never "놓치지 마십시오."
            kinds.insert(0, "suits")
        found = [e for k in dict.fromkeys(kinds) if (e := _ending(stem, k))]
        if tone in _EXCLAIMING:  # "쟁여 두기 좋습니다!"
            found = [e[:-1] + "!" if e.endswith(SUITS_ENDS[::2]) else e for e in found]
        else:
            found = [e[:-1] + "." if e.endswith("부탁드립니다!") else e for e in found]
        return tuple(found) or (conjugate(text, honorific),)
    if tone == Tone.trendy:  # the trendy tone exclaims its own asks too
        return (f"{stem}세요!",)
    if toned or tone not in HAEYO_ENDINGS:
        return (text,)
    ended = _ending(stem, HAEYO_ENDINGS[tone])
    return (ended, text) if ended else (text,)


# ---- a long form's title that promises only what its body says ---------------------------------------------
# Reading 22 (SMS briefs written as LMS): "제목의 겨울이 본문에 없고" (s5014: "겨울에 시작하는 에멀젼" over a body on
# the product alone), "제목의 '기분'이 본문과 무관" (s5701: "기분까지 챙기는 에센스" over a patch-test tip). A title's
# season or mood is a promise; where the body never says it, the title is one without it.
TITLE_PROMISES = ("겨울", "여름", "봄", "가을", "환절기", "기분")
# By stage: a title that names the product in the stage's terms and promises nothing the body must carry.
PLAIN_STAGE_TITLES = {
    0: "처음 만나는 {product}",
    1: "새로 시작하는 {product}",
    2: "매일 이어 가는 {product} 루틴",
    3: "내 루틴에 더하는 {product}",
    4: "소중한 분과 나누는 {product}",
}


# A refill or running-out title promises a restock: only over a button that asks for one (s2766: "다시 채워 두는 …"
# over 루틴 이어가기).
REFILL_TITLE = re.compile("다시 채워|채워 두|떨어지기 전|바닥나기 전")
RESTOCK_BUTTONS = frozenset(
    {"오늘 루틴 확인", "다시 채워두기", "알림 신청하기", "리필 구매하기", "다시 주문하기", "리필 구성 보기"}
)


# Reading 24 (s8529): "제목 '매일 쓰는 이유'에 본문이 답하지 않음": a title that promises a reason
# ("…을 매일 쓰는 이유") over a body with no clause giving one ("…라서", "…해서", "덕분에") is a promise broken too.
REASON_TITLE = re.compile("이유")
REASON_GIVEN = re.compile("이유[는가]|라서|이라 |라 |어서|아서|해서|여서|워서|덕분|니까|때문|으니|이니")
# Round 34 (reading 83, s4495: "제목이 약속한 '알아 둘 점'이 없고"; reading 83, s3405: "'사용감부터 반가운'이라면서
# 사용감 설명이 없음"): an SMS brief's LMS titled on what to know before choosing says at least KNOWN_LEAST sentences
# before its ask, and one titled on the feel says how it feels on use; else the plain title
KNOWN_TITLE = "알아 둘 점"
KNOWN_LEAST = 3
FEEL_TITLE = "사용감부터"
FEEL_GIVEN = re.compile(
    "발리|발려|흡수|스며|제형|텍스처|촉촉|산뜻|보송|끈적|거품|부드러운|부드럽게 |가볍게 |가벼운|묽은|도톰|쫀쫀|말랑"
    "|매끄럽|매끈|펴 바르|밀착|마무리|감싸|녹아|녹여|헹궈|윤기|광이"
)
_SAID_BEFORE_ASK = re.compile(r"(?<=[.!?])\s+")
_GREETED = re.compile(r"#\{고객명\}님, [^.]{0,16}[.!]")  # a greeting said as a sentence of its own


def broken_promise(title: str, body: str, button: str = "", reason: bool = False) -> bool:
    """Whether `title` names a season or a mood (TITLE_PROMISES) that `body` never says, (`reason`: an SMS brief's
    short LMS, whose two sentences have no room for a reason line) a reason the body never gives, what to know
    before choosing said in fewer than KNOWN_LEAST sentences, a feel it never tells (FEEL_GIVEN), or (where
    `button` is given) a restock the button does not ask for."""
    if button and button not in RESTOCK_BUTTONS and REFILL_TITLE.search(title):
        return True
    if reason and REASON_TITLE.search(title) and not REASON_GIVEN.search(body):
        return True
    told = body.rsplit("\n", 1)[0] if "\n" in body else body  # what comes before the ask
    said = [x for x in _SAID_BEFORE_ASK.split(told) if x.strip() and not _GREETED.fullmatch(x.strip())]
    if reason and KNOWN_TITLE in title and len(said) < KNOWN_LEAST:
        return True
    if reason and FEEL_TITLE in title and not FEEL_GIVEN.search(told):
        return True
    return any(word in title and word not in body for word in TITLE_PROMISES)


def promise_kept(
    title: str, plain: str, body: str, stage: int, product: str, button: str = "", reason: bool = False
) -> str:
    """`title` where the body says its season or mood (and the button asks for the restock it promises); else the
    plan's plain title where that breaks no such promise; else the stage's plain title (PLAIN_STAGE_TITLES)."""
    if not broken_promise(title, body, button, reason):
        return title
    if plain and not broken_promise(plain, body, button, reason):
        return plain
    stand_in = PLAIN_STAGE_TITLES.get(stage, PLAIN_STAGE_TITLES[0])
    return stand_in.format(product=product)


# Round 29 (reading 54, s7988, 2.5: "'에멀젼'이 다섯 번 반복되는 조립형 문장"): an SMS brief's LMS names the product,
# whose name most often ends on its kind word, says what it is ("…보습 에멀젼이에요"), then points back at it with
# "이 에멀젼에는 …" and closes on "… 이 에멀젼을 골라 보세요", under a title that says the kind again: 1,310 of 2,299
# grid SMS briefs' LMS said the kind word three times or more, 365 four times or more (bench/sms_event_check.py
# kind_thrice, kind_four). A Korean sentence needs no pointer to the one product the text is about: once the kind
# is said three times, "이 {kind}" goes where nothing but the pointer is lost, as the object or the owner of a
# close's verb ("이 에멀젼을 골라 보세요" → "골라 보세요", "이 샴푸의 첫 느낌을" → "첫 느낌을") or the topic a
# sentence opens on ("이 토너에는 제주 청보리가 들어 있습니다" → "제주 청보리가 들어 있습니다"). It stays after a
# modifier, whose noun it is ("내 루틴에 맞는 이 에센스를"), and before 와/과/에 ("이 토너에 이어 쓸 다음 단계"),
# where the sentence needs it, as the object a sentence opens on or "들이다" takes, and in a short sentence, which
# would be left with its verb alone.
_KIND_SAID_MOST = 2
# a sentence left with fewer Hangul than this reads bare without its object ("곁에 두세요.", "이번 겨울, 곁에 두세요.")
_KIND_LEFT_LEAST = 10
_HANGUL_OF = re.compile("[가-힣]")
# what "이 {kind}의" owns, said to the end with its particle ("첫 느낌을", "사용감이"); "이 아이크림의 첫 느낌, …"
# keeps it
# a verb that reads bare without its object ("새로 들여 보시면", "들이기"), and a sentence that opens on the object
# ("이 아이크림을 오늘 가볍게 만나 보십시오": the product is all it is about)
_TAKES_ITS_OBJECT = re.compile("(?:[가-힣]+ ){0,2}(?:들여|들이)")
_OWNED_SAID = re.compile("(?:[가-힣]+ )?[가-힣]+(?:을|를|이|가) ")


@lru_cache(maxsize=512)
def _kind_pointer(noun: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    last = re.escape(noun.split()[-1])
    pointer = re.compile(rf"(?:(?<=^)|(?<=\n)|(?<=\. )|(?<= ))이 {re.escape(noun)}(?:을|를|의|에는|은|는) ")
    return pointer, re.compile(rf"(?<![가-힣]){last}")


def _modifier_before(text: str, at: int) -> bool:
    """Whether the word before `at` ends like a modifier (a final ㄴ or ㄹ: "맞는", "쓸"), whose noun the pointer is."""
    head = text[:at].rstrip()
    if not head or not text[:at].endswith(" ") or not ("가" <= head[-1] <= "힣"):
        return False
    return (ord(head[-1]) - 0xAC00) % 28 in (4, 8)  # ㄴ, ㄹ


def kind_said_sparingly(title: str, body: str, noun: str) -> str:
    """`body` (an SMS brief's LMS) with "이 {noun}" left out where the title and body say the kind three times or
    more and the pointer is all a sentence loses, the first such pointer first, until the kind is said twice."""
    if not noun or noun == "제품":
        return body
    pointer, kind = _kind_pointer(noun)
    said = len(kind.findall(title)) + len(kind.findall(body))
    if said <= _KIND_SAID_MOST or f"이 {noun}" not in body:
        return body
    at = 0
    while said > _KIND_SAID_MOST:
        found = pointer.search(body, at)
        if not found:
            break
        particle = found.group()[len(noun) + 2 : -1]
        opening = found.start() == 0 or body[found.start() - 1] == "\n" or body[: found.start()].endswith(". ")
        start = max(body.rfind(". ", 0, found.start()) + 2, body.rfind("\n", 0, found.start()) + 1)
        end = body.find(".", found.end())
        left = _HANGUL_OF.findall(body[start : found.start()] + body[found.end() : end if end > 0 else len(body)])
        if (
            _modifier_before(body, found.start())
            or (particle in ("에는", "은", "는") and not opening)
            or len(left) < _KIND_LEFT_LEAST
            or (particle == "의" and not _OWNED_SAID.match(body, found.end()))
            or (particle in ("을", "를") and (opening or _TAKES_ITS_OBJECT.match(body, found.end())))
        ):
            at = found.end()
            continue
        body = body[: found.start()] + body[found.end() :]
        said -= 1
        at = found.start()
    return body


# Round 29 (reading 53, s4450: "'루틴에 들이기' 반복", "'들이' 반복"): an SMS brief's LMS said "들이다" (to bring a
# product in) twice, the product line's or the title's ("요즘 루틴에 들이기 좋은 …", "새로 들이신 세럼") and the close's
# ("루틴에 새로 들일 한 가지, …", "새로 들인 템, …"): a later one takes another verb. "시간을 들여" (to spend time) is
# another word and stays.
_BROUGHT_IN = re.compile("(?<![곁분람을])(?<!더 )들(?:이[기신고는]|일 |인 |여 보)")
_BROUGHT_AGAIN = (
    ("새로 들일 한 가지", "새로 더할 한 가지"),
    ("새로 들인 템", "장만한 템"),
    ("들이기 좋", "더하기 좋"),
)
# Round 29 (reading 56, s9767: "'중·건성용은' 어색"): a name whose last word tells a variant by the skin it is for
# ("… 토너 중·건성용") read as the topic of a sentence ("… 토너 중·건성용은 에센스처럼 촉촉한 보습 토너예요"): the
# variant is said as the product's fit, the name bare of it ("… 토너는 중·건성 피부에 맞춘, 에센스처럼 촉촉한 보습
# 토너예요"), where what the sentence says of it is the kind with a copula
_SKIN_VARIANT = re.compile("^(.+) ((?:[중건지복민]\\S*)(?:성|피부))용$")


@lru_cache(maxsize=256)
def _variant_topic(name: str, noun: str) -> tuple[re.Pattern[str], str, str] | None:
    """The pattern of `name` said as a topic before a sentence that ends on its kind, the name bare of its skin
    variant and the variant's fit ("중·건성 피부에 맞춘"), or None where the name has no such variant."""
    bare = re.sub(r" \d[\d.]*\s*(?:ml|g|mL|매|ea)$", "", name)
    found = _SKIN_VARIANT.match(bare)
    if not found or not noun:
        return None
    last = re.escape(noun.split()[-1])
    pattern = re.compile(rf"{re.escape(bare)}은 (?=[^.,]*{last}(?:이에요|예요|입니다|이고|이며)[ ,.])")
    skin = found.group(2) if found.group(2).endswith("피부") else f"{found.group(2)} 피부"
    return pattern, found.group(1), f"{skin}에 맞춘, "


def said_plainly(title: str, body: str, name: str, noun: str) -> str:
    """`body` (an SMS brief's LMS) with "들이다" said once with the title (a later one in other words, _BROUGHT_AGAIN)
    and a skin variant of the name never the topic's last word (_variant_topic)."""
    in_title = _BROUGHT_IN.search(title)
    first = in_title or _BROUGHT_IN.search(body)
    if first:
        start = 0 if in_title else first.end()
        for said, other in _BROUGHT_AGAIN:
            at = body.find(said, start)
            if at >= 0:
                body = body[:at] + other + body[at + len(said) :]
    variant = _variant_topic(name, noun)
    if variant:
        pattern, bare, fit = variant
        body = pattern.sub(f"{bare}{particle_for(bare, '는')} {fit}", body, count=1)
    return body


# Round 33 (readings 76-81): an SMS brief's LMS said what its stage does not ask or what the evidence lacks.
# - a trend reader's review line said as a newcomer's buy ("발색이 예쁘다는 후기가 있어 새로 들여 보기 좋습니다") to
#   a reader past the first order (reading 80, s4958: "추천 단계인데 '새로 들여 보기 좋습니다'로 구매 권유 혼재"): the
#   review said as talk among users (fit.TREND_TALKED_SHORT's words), which a referral passes on and a sale weighs;
# - the trendy close "이 크림을 요즘 새로 들여 보세요" (s8012: "'요즘 새로 들여 보시면' 어색"): a sale asks plainly
#   ("이번에 이 크림을 골라 보세요", the close _one_frame gives its other draw);
_REVIEW_AS_NEW = re.compile(r"(?:(?<=^)|(?<=\. ))([^.,\n]+?) 후기가 있어 새로 들여 보기 좋아요\.", re.M)
_REVIEW_TALKED = "{who} 사이에서 {review} 이야기가 이어져요."
_TRIED_ELSEWHERE = re.compile("써 보|써 본")  # said elsewhere, the talk is "쓰는 분들"'s (reading 25: "'써 본' 반복")
_DRAWN_NEW = re.compile(r"(?:((?:이 )?\S+[을를]) )?요즘 새로 들여 보")
_SEASON_DRAWN = re.compile(r"(인 요즘, (?:이 )?\S+[을를]) 새로 들여 보")
_DRAWN = re.compile(f"{_SEASON_DRAWN.pattern}|{_DRAWN_NEW.pattern}")  # one pass: neither rewrite makes the other's
# - "…민감성 피부도 쓸 수 있는 제품이라 안심입니다" (reading 78, s4375: "'안심입니다'가 딱딱함", "'안심입니다' 어미만
#   다듬으면 발송 가능"): the reassurance said as the reader's ease ("…제품이라 한결 마음이 놓입니다").
_SAFE_NOUN = re.compile(r"제품이라 안심(?:이에요|입니다)\.")
_SAFE_FELT = "제품이라 한결 마음이 놓여요."


def asked_for_stage(body: str, stage: int) -> str:
    """`body` (an SMS brief's LMS, 해요체 before conjugation) with the asks its stage makes: see the notes above. (Round
    34 fixed the deadline the event lacks, the live close, the first-use close and the repeated name where the lines
    are written, for every channel: plan._while_offered, lines.LIVE_CLOSE, forms._styled_close, plan._names_kind; round
    35 the house set apart from the definition and the FOMO lead said after what it does not govern:
    forms._house_in_product_line, forms._missed_before_ask.)"""
    if stage != 0:  # _REVIEW_AS_NEW reads line by line (re.M, no newline inside)
        who = "쓰는 분들" if _TRIED_ELSEWHERE.search(body) else "써 본 분들"
        body = _REVIEW_AS_NEW.sub(lambda m: _REVIEW_TALKED.format(who=who, review=m.group(1)), body)
    lines = body.split("\n")
    close_at = max((i for i, line in enumerate(lines) if line.strip()), default=0)
    lines[close_at] = _DRAWN.sub(_drawn, lines[close_at])
    return _SAFE_NOUN.sub(_SAFE_FELT, "\n".join(lines))


def _drawn(match: re.Match[str]) -> str:
    """A close's "새로 들여 보" asked as a choice: after the season's "…인 요즘, 이 크림을", else with "이번에"."""
    season, held = match.group(1), match.group(2)
    if season:
        return f"{season} 골라 보"
    return f"이번에 {held} 골라 보" if held else "이번에 골라 보"
