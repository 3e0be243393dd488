"""A message plan per brief: which angle, facts, proof, offer and close each part of the copy carries.

The plan is content only (해요체 sentences with facts filled in); forms.py lays it out per channel
and speech.py sets the speech level. Choices are seeded by the brief and the variant, so the same
brief gives the same plan and variants of one brief take different hooks, facts and proof orders.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace
from datetime import datetime
from functools import lru_cache

from crm_core.catalog import ResolvedBrief
from crm_core.catalog.catalog import ALL_IN_ONE
from crm_core.domain import (
    Brand,
    CampaignEvent,
    Channel,
    Evidence,
    EvidenceItem,
    Honorific,
    NameOnlyProduct,
    Persona,
    Product,
    Tone,
)
from crm_core.generation.base import GenerationRequest
from crm_core.generation.composer import lines
from crm_core.generation.composer.angles import Angle, angle_for, fit, for_name_only, speaks_past, unfamiliar
from crm_core.generation.composer.angles import angle as angle_by_key
from crm_core.generation.composer.facts import (
    LAB_ACTIVES,
    MINERALS,
    STRONG_ACTIVES,
    STRONG_AT,
    WASH_OFF,
    ProductFacts,
    care_actives,
    is_definition,
    name_free,
    product_facts,
    repeats_name,
    short_product_name,
    texture_clash,
)
from crm_core.generation.composer.fit import (
    BASE_INGREDIENTS,
    TREND_SHARE_FEEL,
    Fit,
    budget_share,
    fits,
    sensitive_share,
    tells_reader,
    toned,
)
from crm_core.generation.composer.key_message import key_sentence
from crm_core.generation.composer.offers import offer_sentence, offer_short
from crm_core.generation.composer.owned import OwnedCache
from crm_core.generation.composer.reader import active_caution, product_kind, reader_lines
from crm_core.generation.composer.reviews import ACTIVE_UNFIT, ReviewPoint, review_points, unfit_aspects
from crm_core.generation.composer.speech import as_step
from crm_core.generation.composer.voice import MANNER_ADVERB, QUIET_MANNERS, undated, voice_of
from crm_core.korean import final_consonant, particle_for

SEASONS = {12: "겨울", 1: "겨울", 2: "겨울", 3: "봄", 4: "봄", 5: "봄", 6: "여름", 7: "여름", 8: "여름"}
STAGE_LED = (1, 2, 4)  # stages whose own opening joins the style's hooks
DAYTIME = frozenset({"선크림", "쿠션·베이스"})  # worn by day: no evening scenes
TONED = frozenset({"립", "쿠션·베이스"})  # make-up chosen for its shade
SCALP = "헤어"  # hair care speaks of the scalp where skin copy speaks of the skin
# ... of the hair where the product never touches the scalp (reading 27, s3520: "모발 세럼에 '내 두피에 맞는지'는 오류")
_HAIR_PARTICLES = (
    ("피부가 예민한", "모발이 푸석한"),  # hair is not "sensitive" nor "tight": it goes dry and brittle
    ("피부가 당기는", "모발이 푸석해지는"),
    ("피부가", "모발이"),
    ("피부를", "모발을"),
    ("피부는", "모발은"),
    ("피부와", "모발과"),
    ("피부", "모발"),
)


@lru_cache(maxsize=1024)
def _touches_scalp(facts: ProductFacts) -> bool:
    return any("두피" in text for text in (facts.name, *facts.points, *facts.claims, facts.usage or ""))


_ACTIVE_PRODUCT = re.compile(r" 제품(을|은|이|도)(?![가-힣])")
_ACTIVE_HELD = re.compile("(?:이|가) 든 제품")


def owned_active(caution: str, strong: str, noun: str, told: tuple[str, ...]) -> str:
    """A care tip naming an active the message says nowhere else says it is this product's ("레티놀 제품을 하루 쉬어
    가도" → "레티놀이 든 이 에멀젼을 …", reading 27, s8621: "제품 설명에 없던 '레티놀 제품'이 갑자기 등장")."""
    words = strong.split("·")  # "고농도 비타민C" is said only where its strength is
    at = caution.find(strong)
    if at < 0:
        return caution
    said = any(w in text for w in words for text in told if text)
    held = _ACTIVE_HELD.match(caution, at + len(strong))
    if held:  # "{strong}이 든 제품이라, 권하실 때 …" → "{strong}이 든 토너라, …": the kind, whether said or not
        rest = caution[held.end() :]
        if rest.startswith("이라") and not final_consonant(noun):  # "토너라", "에멀젼이라"
            rest = rest[1:]
        return caution[: held.end() - 2] + noun + rest
    after = _ACTIVE_PRODUCT.match(caution, at + len(strong))
    if after:  # "{strong} 제품을" → "{strong}이 든 이 {noun}을", or "이 {noun}을" where the active was said
        held = "" if said else f"{strong}{particle_for(strong, '이')} 든 "
        return caution[:at] + f"{held}이 {noun}{particle_for(noun, after.group(1))}" + caution[after.end() :]
    return caution if said else caution[:at] + f"이 {noun}의 " + caution[at:]  # "이 세럼의 {strong}은 안내대로 …"


def as_hair(text: str, facts: ProductFacts) -> str:
    """Skin copy in a hair product's words: the scalp for one the catalog puts on the scalp, else the hair."""
    if _touches_scalp(facts):
        return text.replace("피부", "두피")
    for skin, hair in _HAIR_PARTICLES:
        text = text.replace(skin, hair)
    return text


# Unhurried wording in a close that the urgency and FOMO styles turn to a time ("this week", "today").
URGENT_CLOSES = (
    ("첫 사용 팁을 먼저 살펴보고 손끝으로 천천히", "오늘 첫 사용 팁을 살펴보고 손끝으로"),
    ("천천히 살펴보시고, 마음이 닿을 때 만나 보세요", "마음이 닿았다면 이번 주에 만나 보세요"),
    ("마음이 닿을 때 천천히 만나 보세요", "마음이 닿았다면 이번 주에 만나 보세요"),
    # reading 23, s1416: "FOMO인데 '천천히 만나 보세요'로 힘이 빠짐"
    ("오늘 천천히 만나 보세요", "오늘 바로 만나 보세요"),
    ("여유 있게", "이번 주에"),
    # reading 14: "놓침 방지형인데 '편하게 골라 보십시오'로 끝나 힘이 빠집니다"
    ("편하게 골라 보", "지금 골라 보"),
    ("천천히 골라 보", "지금 골라 보"),
    ("찬찬히 둘러보고", "지금 둘러보고"),
    ("편하게 둘러보", "지금 둘러보"),
    ("찬찬히 살펴보고", "지금 살펴보고"),
)
# Trendy slang in a close, and its plain wording for a restrained brand or another tone's copy.
SLANG_CLOSES = (
    ("최애 루틴이", "지금 루틴이"),
    ("미리 쟁여 두세요", "미리 채워 두세요"),
    ("새로 들인 템, 오늘 바로 써 보세요", "오늘 바로 꺼내 써 보세요"),
    ("요즘 최애템, 친구에게 바로 공유해 보세요", "써 본 느낌, 친구에게 공유해 보세요"),
)
# A close's "루틴" and its wording without it, for a message that already said "루틴" twice.
ROUTINE_FREE_CLOSES = (
    ("오늘 저녁 루틴에서 ", "오늘 저녁 "),
    ("오늘 루틴에서 ", "오늘 "),
    ("오늘 루틴부터 ", "오늘부터 "),
    ("지금 루틴이 끊기지 않게, ", ""),
    ("최애 루틴이 끊기지 않게, ", ""),
    ("내 루틴에 맞는지", "나에게 맞는지"),
    ("지금 내 루틴에 맞는지", "지금 나에게 맞는지"),
    ("내 루틴에 맞는 ", "나에게 맞는 "),
)
# A next step's close and its wording for a cushion or a lip, which follows no routine step.
NEXT_STEP_COMPARE = "다음 단계는 성분과 사용감으로 비교해 보세요"
TONED_COMPANIONS = "함께 쓰면 좋은 제품도 한 번에 살펴보세요"
MIXED_STYLE = 5  # the mixed family borrows hooks and titles from two of the others
_BASE_STYLES = (0, 1, 2, 3, 4)


def season_of(when: datetime | None) -> str:
    month = (when or datetime.now()).month
    return SEASONS.get(month, "가을")


@dataclass(frozen=True)
class MessagePlan:
    """The parts of one message, each a finished 해요체 sentence (or None when it has no content)."""

    title: str
    hook: str
    hook_personal: bool  # the hook speaks to this reader (their moment, need or habit), not only the stage
    product_line: str  # names the product
    product_after_hook: str  # the same after a hook that already named it ("이 크림은 …")
    proofs: tuple[str, ...]  # best first; long channels take more of them
    usage: str | None  # how to use it: activation copy carries it on every long channel
    caution: str | None  # a patch-test line for a sensitive reader and a strong active; never dropped
    fomo: str | None  # what the reader would miss, for the FOMO style on long channels
    stage: int
    offer: str | None
    offer_short: str | None
    is_promotion: bool
    close: str
    sms_point: str
    values: dict[str, str]  # the slot values, for the SMS forms
    sms_close: str
    sms_verb: str  # the call to action without its adverb, for the tightest SMS
    cta: str
    facts: ProductFacts
    angle: Angle
    review: ReviewPoint | None
    parts: tuple[str, ...]  # what was chosen, for the draft note and tests
    styles: tuple[int, ...] = ()  # the style families the copy speaks in (two for the mixed style)
    opener: str = ""  # a fact this reader looks for, naming the product (no description of the reader)
    # What this reader hears when no fact fits their angle (reader.py): a care tip, a value frame, a
    # place in their routine; it claims nothing new about the product. The long forms get it as the
    # first proof (kind "angle" in parts) where no fitting fact is said; push and SMS may use it
    # where values["reason"] is empty. None where the angle has no line for this product or stage.
    reader_line: str | None = None
    style_line: str | None = None  # the style said once where the hook does not carry it (long forms)
    # One sentence for this reader's value focus from true evidence (fit.py): `fit.line` is among the
    # long forms' proofs where it is said (kind "fit" in parts); `fit.short` is for push and SMS. None
    # where the evidence has nothing for this reader that the message does not already say.
    fit: Fit | None = None
    # The title without a promise the laid-out body may not keep (a review, a how-to): forms.py uses it
    # where the body quotes no review or gives no usage step ("후기로 먼저 만나는 …" over no review).
    plain_title: str = ""
    # The close where the laid-out message does not say the offer: the empties campaign's "모아 두셨다가 …" reads
    # only after the campaign's how, so a form that leaves the how out (an SMS brief's short LMS) asks the
    # campaign's own ask instead. "" where the close needs no offer before it.
    plain_close: str = ""


def _pick(pool: tuple[str, ...] | list[str], index: int) -> str:
    return pool[index % len(pool)]


def _style_pools(style: int, rng: random.Random) -> tuple[int, ...]:
    if style != MIXED_STYLE:
        return (style,)
    first = rng.choice(_BASE_STYLES)
    return (first, rng.choice([s for s in _BASE_STYLES if s != first]))


def _point(brand: Brand, name_only: bool, facts: ProductFacts, k: int) -> str:
    """The k-th selling point; for a product written from its name (no points), what is true of it:
    who introduces it and what kind of product the name says it is ("라네즈에서 소개하는 토너")."""
    if name_only:
        return f"{brand.name}에서 소개하는 {facts.noun}"
    return facts.point(k)


# "달팽이 점액 여과물의 올인원 크림" reads as translated: an ingredient before 의 becomes "…을 담은".
_INGREDIENT_GENITIVE = re.compile(
    r"^(.+(?:추출물|여과물|발효물|오일|산|세라마이드|파우더|성분|콜라겐|펩타이드))의 (.+)$"
)
# Ingredients a natural-minded reader asks after: where they come from is in the name.
_NATURAL_WORDS = (
    "추출물",
    "오일",
    "녹차",
    "제주",
    "씨드",
    "쑥",
    "꽃",
    "쌀",
    "발효",
    "인삼",
    "동백",
    "새싹",
    "꿀",
    "프로폴리스",
)


def from_nature(facts: ProductFacts) -> bool:
    """Whether the catalog names an ingredient whose origin is in its name: only then may copy speak
    of "자연에서 온 원료" (a vitamin C derivative is none; reading 9)."""
    return any(word in text for text in (*facts.ingredients, *facts.points) for word in _NATURAL_WORDS)


def _natural_phrase(definition: str) -> str:
    match = _INGREDIENT_GENITIVE.match(definition)
    if not match:
        return definition
    return f"{match.group(1)}{particle_for(match.group(1), '을')} 담은 {match.group(2)}"


# Winter copy never leans on coolness or heat
COOL_WORDS = re.compile("시원|쿨링|청량|냉장|더운|여름|무더|햇볕|열감|식혀|식히")
# (reading 22, s8279: "두꺼운 외투를 꺼내 입는 한겨울 … 햇볕을 쬔 뒤 바르기 좋은 젤" read as a clash; reading 25, s2662:
# "겨울에 '열감 식혀 줌'이 계절과 어긋나고")
HEAT_WORDS = re.compile("더운|여름|무더")  # nor does spring or autumn copy lean on the heat
# a claim that the product does not take to seasons ("…흡수되어 계절을 타지 않습니다") denies the winter it is sent in
# (readings 49-52, s9239: "겨울 건조와 '계절 타지 않는 산뜻함' 충돌"): a long message says its texture alone
# ("…흡수됩니다"), never dropped (round 27 dropped it and cost the trend reader's reason)
ALL_YEAR_CLAIM = re.compile("(?:되어|돼|해) 계절을 타지 않습니다")


def said_in_season(claim: str, season: str) -> str:
    """The claim as a winter message says it: "…흡수되어 계절을 타지 않습니다" → "…흡수됩니다"."""
    if season != "겨울" or "계절을 타지 않" not in claim:
        return claim
    return ALL_YEAR_CLAIM.sub(lambda m: "합니다" if m.group().startswith("해") else "됩니다", claim)


def feature_in_season(feature: str, season: str) -> str:
    """A feature as a winter message says it: "계절을 타지 않는 산뜻한 흡수감" → "산뜻한 흡수감" (readings 46 and 50,
    s9534, s9239: "겨울 건조와 '계절 타지 않는 산뜻함' 충돌"); kept, not dropped, as said_in_season keeps a claim."""
    if season != "겨울" or "계절을 타지 않" not in feature:
        return feature
    return feature.replace("계절을 타지 않는 ", "")


def off_season(text: str, season: str) -> bool:
    """Whether a fact sells what the send date's season is not: coolness in winter, the heat outside
    summer (reading 11: a winter opener, then "더운 계절에도 …" or "시원하게 퍼지는 젤 크림")."""
    return bool((season == "겨울" and COOL_WORDS.search(text)) or (season != "여름" and HEAT_WORDS.search(text)))


# Where the usage step says where it goes ("토너 다음 단계에서 …"): a definition placing the product the same way
# ("토너 다음에 바르는 보습 에멀젼") says it twice in a message that gives the step (reading 12, s5186).
STEP_AFTER = re.compile(r"(\S+) 다음 단계에서 ")


@lru_cache(maxsize=4096)
def step_anchor(usage: str | None) -> str:
    """ "토너 다음" for a usage step that starts after the toner; "" for one that names no such step."""
    match = STEP_AFTER.search(usage or "")
    return f"{match.group(1)} 다음" if match else ""


@lru_cache(maxsize=8192)
def _definition(facts: ProductFacts, k: int, season: str = "", step: str = "", unnamed: bool = False) -> str | None:
    """What the product is, as a noun phrase: a defining selling point, else a defining claim, else
    its key ingredient and category; None for a name-only product (nothing is known). One that sells
    nothing out of season where the catalog has one (reading 11: "더운 계절에도 유분감이 적은 크림")."""
    defs = facts.definitions or tuple(
        c.rstrip(". ").removesuffix("입니다")
        for c in facts.claims
        if is_definition(c) and c.rstrip(". ").endswith("입니다")
    )
    if season:
        defs = tuple(d for d in defs if not off_season(d, season)) or defs
    if unnamed:  # a long form: what the name says is not said again ("살리실산 클렌저는 살리실산을 담은 클렌저")
        defs = tuple(held_unnamed(d, facts.name) for d in defs)
    if (
        unnamed and defs and all(_repeats_held(d, facts.name) for d in defs)
    ):  # a defining claim that does not, else said so
        claims = tuple(c for c in facts.claim_definitions if not _repeats_held(c, facts.name))
        defs = claims or tuple(
            (named_definition(d, facts.name, False, facts.ingredients) or f"{AS_NAMED}{d}") if _HOLDS.match(d) else d
            for d in defs
        )
    elif unnamed:  # one that holds what the name does not say, where the catalog has one
        defs = tuple(d for d in defs if not _repeats_held(d, facts.name)) or defs
    defs = tuple(d for d in defs if not repeats_name(d, facts.name)) or defs  # reading 10: "살리실산을 담은
    # 데일리 클렌저, 살리실산 데일리 젠틀 클렌저": one that says more than the name, where the catalog has one
    if step:  # the usage step says where it goes: a definition that says something else, else it without the place
        defs = tuple(d for d in defs if step not in d) or tuple(re.sub(f"{step}에 \\S+ ", "", d) for d in defs)
    if defs:
        said = _worded_definition(defs[k % len(defs)], facts.name, facts.noun, unnamed)
        if unnamed and _bare_label(said):
            # "자음유액 EX는 보습 유액입니다", "더 나이아신아마이드 15 세럼, 가벼운 세럼이에요" (readings 92-93, s9728,
            # s6314: "'보습 유액입니다' 같은 설명문이 끼어 어색", "'세럼, 가벼운 세럼이에요'가 투박"): what the name
            # and the usage step left of the definition is only a label; another definition that still says what it
            # does, else the label with what it holds
            richer = (_worded_definition(d, facts.name, facts.noun, unnamed) for d in defs)
            said = next((d for d in richer if not _bare_label(d)), said)
        return said
    if facts.ingredients and facts.category:
        ingredient = ((unnamed_ingredients(facts.ingredients, facts.name) if unnamed else ()) or facts.ingredients)[0]
        return f"{ingredient}{particle_for(ingredient, '을')} 담은 {facts.noun}"
    return None


_HOLDS = re.compile(r"^(.+?)(을|를) 담은 (.+)$")


def _worded_definition(definition: str, name: str, noun: str, unnamed: bool) -> str:
    """A catalog definition as a long form says it: the name's words left out, the kind said once."""
    said = _natural_phrase(name_free(definition, name, noun))
    # "세럼을 미스트로 담은 보습 미스트" (reading 39, s7143: "'미스트로 담은 보습 미스트' 중복"): the kind once
    said = _KIND_TWICE.sub(r"\1 담은 ", said)
    return held_unnamed(said, name) if unnamed else said


def _bare_label(definition: str) -> bool:
    """A definition of two words or fewer ("보습 유액", "가벼운 세럼"): a label, no fact of what the product does."""
    return len(definition.split()) <= 2


_KIND_TWICE = re.compile(r"(을|를) ([가-힣]{2,})(?:으로|로) 담은 (?=[^,]*\2$)")
AS_NAMED = "이름 그대로 "  # a definition that says what the name says, on purpose: after the name only
_DESCRIBING = ("은", "한", "운", "인", "된")  # a word that describes the kind after it ("맑은", "순한")
_AND = re.compile("과 |와 |·")


def _names_it(text: str, name: str) -> bool:
    return any(len(word) >= 2 and word in text.split() for word in name.split())


# "<A>(과 <B>)을 (함께) 담은 <kind>" and what follows the kind in its sentence (a copula, "이자 …", "으로, …")
_HELD_KIND = re.compile(
    r"^(?P<held>[^,.]+?)(?:을|를) (?:함께 )?담은 (?P<kind>[^,.]+?)(?P<tail>(?:이에요|예요|입니다|이자 |으로,|로,).*|)$"
)


# a base a definition never leads with as what the formula adds ("세라마이드에 글리세린을 더한 …")
_BASES = frozenset({"글리세린", "정제수", "부틸렌글라이콜", "프로판다이올", "스쿠알란"})


@lru_cache(maxsize=4096)
def named_definition(definition: str, name: str, kind_alone: bool = True, others: tuple[str, ...] = ()) -> str | None:
    """A definition whose held ingredient the name already says, written so that it says more than the name, or
    None where it cannot: "어린쑥에 히알루론산을 더한 속보습 크림" (of 어린쑥 속수분 쑥히알 크림: what is added to
    the name's own ingredient, which is named: never the added one as if it led, reading 16); "수분 크림으로,
    …" (of 알파인베리 워터리 크림: the kind, where the sentence goes on). Never "…클렌저는 이름 그대로 살리실산을
    담은 클렌저" (reading 32, s1811: "'이름 그대로' 동어반복"). `kind_alone` False: never the kind alone (a plan's
    definition, which a bare kind leaves with nothing to join: "바디 로션이고, …")."""
    match = _HELD_KIND.match(definition)
    if not match:
        return None
    held, kind, tail = match.group("held"), match.group("kind"), match.group("tail")
    items = _AND.split(held)
    if not _names_it(items[0], name):
        return None
    if len(items) == 2 and not _names_it(items[1], name):
        return f"{items[0]}에 {items[1]}{particle_for(items[1], '을')} 더한 {kind}{tail}"
    # one held ingredient the name says: what the catalog's key ingredients add to it ("살리실산에 티트리 잎 오일을
    # 더한 클렌저"), never "…클렌저는 이름 그대로 살리실산을 담은 클렌저" (round 23: 113 of 4,800 messages kept it)
    extra = next((o for o in others if not _names_it(o, name) and o not in _BASES and o.split()[0] not in held), None)
    if len(items) == 1 and extra:
        return f"{items[0]}에 {extra}{particle_for(extra, '을')} 더한 {kind}{tail}"
    words = kind.split()
    # a kind that says more than the name ("수분 크림", "부분용 앰플"), never one the name says ("데일리 클렌저")
    # and only with what follows it ("수분 크림으로, 물기를 …"): "…크림은 수분 크림이에요" says nothing (reading 23)
    if (
        kind_alone
        and tail.startswith(("이자 ", "으로,", "로,"))
        and len(items) == 1
        and len(words) >= 2
        and not _names_it(" ".join(words[:-1]), name)
    ):
        return f"{kind}{tail}"
    return None


def unnamed_ingredients(ingredients: tuple[str, ...], name: str) -> tuple[str, ...]:
    """The ingredients whose words the product's name does not already say ("어린쑥 추출물" of 어린쑥 선크림)."""
    return tuple(i for i in ingredients if not _names_it(i, name))


def _long_values(on: _Subject, facts: ProductFacts, k: int) -> dict[str, str]:
    """The slot values a long form says differently: a definition and an ingredient line that do not say again
    what the product's name says (reading 14: "살리실산 클렌저는 살리실산을 담은 클렌저")."""
    if on.name_only:
        return {}
    step = step_anchor(facts.usage) if on.tells_usage and facts.usage else ""
    definition = _definition(facts, (k + 1) // 2, on.season, step, unnamed=True)
    out = {"ingredients": "·".join(_listed(facts.ingredients, facts.name))} if facts.ingredients else {}
    return out | ({"definition": definition} if definition else {})


# _long_values by the grounds object it is worked out from (the subject, its facts and the variant): the same for
# every long brief on them, whatever its tone, style or seed. Some 4,096 small dicts (a definition and an
# ingredient list each): a few MB at most.
_LONG: OwnedCache[dict[str, str]] = OwnedCache(4096)


def _long_values_of(ground: object, on: _Subject, facts: ProductFacts, k: int) -> dict[str, str]:
    """_long_values for the subject `ground` was built on, worked out once (never mutate it: merge it)."""
    known = _LONG.get(ground, None)
    if known is None:
        known = _long_values(on, facts, k)
        _LONG.put(ground, None, known)
    return known


def _listed(ingredients: tuple[str, ...], name: str) -> tuple[str, ...]:
    """The two ingredients an ingredient line names: those the name does not say and no base humectant
    (fit.BASE_INGREDIENTS), where the catalog has any; else its first two."""
    told = [i for i in ingredients if i not in BASE_INGREDIENTS]  # the story's: the name's own one first
    return tuple(told[:2]) if told else ingredients[:2]


def _repeats_held(definition: str, name: str) -> bool:
    """A definition that says what it holds with a word of the name ("어린쑥 추출물을 담은 선크림")."""
    match = _HOLDS.match(definition)
    return bool(match) and _names_it(match.group(1), name)


@lru_cache(maxsize=4096)
def held_unnamed(definition: str, name: str) -> str:
    """A definition "<ingredients>을 담은 <kind>" without the ingredients the name already says (reading 14:
    "살리실산 클렌저는 살리실산을 담은 클렌저"): the others stay; with none left, the kind alone where it
    still says something ("아줄렌을 담은 맑은 워터 토너" of 카밍 샷 아줄렌 토너 → "맑은 워터 토너")."""
    match = _HOLDS.match(definition)
    if not match:
        return definition
    held, rest = match.group(1), match.group(3)
    items = _AND.split(held)
    kept = [i for i in items if not _names_it(i, name)]
    if kept:  # it holds more than the name says: said whole, the name's ingredient first (reading 16: "어린쑥
        return definition  # 미스트인데 어성초를 대표 성분으로 소개")
    words = rest.split()
    # the kind alone where it still describes ("맑은 워터 토너", "각질 케어 토너"), never a bare "바디 로션"
    describes = len(words) >= 3 or (len(words) == 2 and words[0].endswith(_DESCRIBING))
    return rest if describes and not words[0].endswith("는") else definition


# A lip product is not worn on the skin: the reader's scene speaks of the lips.
LIP_MOMENTS = {"sensitive": "입술이 유난히 거칠어진 날", "natural": "입술이 당기는 건조한 날"}
_OILY = re.compile("피지|유분|노세범|보송|번들")  # a product for oily skin is no answer to a dry day
# A budget reader of a mask one uses some days, not every day: value without "매일".
BUDGET_NEED = angle_by_key("budget").need
WEEKLY_BUDGET_NEED = "부담 없이 챙기는 스페셜 케어"
WEEKLY_BUDGET_NEED_SHORT = "실속 있는 스페셜 케어"
WEEKLY_BUDGET_ASK = "가끔 쓰는 팩일수록 값어치를 꼼꼼히 따져 보시나요?"
NATURAL_PLAIN_ASK = "오래 써도 편안한 사용감부터 살펴보시나요?"  # round 16 (reading 24, s3180)
NATURAL_PLAIN_NEED = "오래 써도 편안한 사용감"  # the natural reader's other concern, for a product of no natural origin


def _weekly(facts: ProductFacts) -> bool:
    """A mask one uses some days (washed or peeled off, or "주 1~2회"), unless its facts say daily."""
    if facts.category != "마스크·팩" or not _WEEKLY.search(facts.usage or ""):
        return False
    return not any(re.search("매일|데일리", text) for text in (*facts.points, *facts.claims))


def _angle_for_product(angle: Angle, facts: ProductFacts) -> Angle:
    """The reader's framing made true of this product: a sensitive reader offered strong actives is
    met with care, never promised mildness; a lip or hair product's scene speaks of lips or scalp;
    a natural reader is promised natural origin only by a product with a natural ingredient, and a
    dry day only by a product that is not for oily skin; a mask is no daily basic for a budget reader."""
    if angle.key == "sensitive" and (facts.strong or care_actives(facts)):  # no "예민한 날" for an active
        angle = replace(
            angle, moment=lines.CAREFUL_MOMENT, need=lines.CAREFUL_NEED, need_short=lines.CAREFUL_NEED_SHORT
        )
    if facts.category == "립":
        angle = replace(angle, moment=LIP_MOMENTS.get(angle.key, angle.moment))
    elif facts.category == SCALP:
        angle = replace(angle, moment=as_hair(angle.moment, facts))
    if angle.key == "budget" and _weekly(facts):
        angle = replace(angle, need=WEEKLY_BUDGET_NEED, need_short=WEEKLY_BUDGET_NEED_SHORT, ask=WEEKLY_BUDGET_ASK)
    if angle.key == "natural" and facts.category:
        if not from_nature(facts):
            angle = replace(angle, need=NATURAL_PLAIN_NEED)
        if not facts.ingredients:  # lab actives alone (facts.story): no "무엇으로 만들었는지" left unanswered
            angle = replace(angle, ask=NATURAL_PLAIN_ASK)
        oily = _oily(facts)
        if oily and facts.category != "립" and "건조" in angle.moment:
            # the day as the reader wants it, never her skin's fault (readings 90-91: "피부가 쉽게 번들거리는 날" to
            # a natural reader, who looks for comfort, read as a complaint)
            angle = replace(angle, moment=NATURAL_OILY_MOMENT)
    return angle


NATURAL_OILY_MOMENT = "피부를 산뜻하게 정돈하고 싶은 날"


@lru_cache(maxsize=4096)  # a pure function of the facts (hashed once), asked twice a brief
def _oily(facts: ProductFacts) -> bool:
    """A product for oily skin (피지, 노세범 …): no dry day, no dry season is its reason."""
    return any(_OILY.search(text) for text in (*facts.points, *facts.claims))


@lru_cache(maxsize=8192)
def _season_scene(facts: ProductFacts, season: str, k: int) -> str:
    """One of the season's scenes, turned by product and variant; never a dry one before an oil-control product."""
    pool = lines.SEASON_SCENES[season]
    if _oily(facts) or not facts.answers_dryness:  # nor before a sunscreen (facts.answers_dryness, reading 25)
        pool = tuple(scene for scene in pool if not lines.DRY_WORDS.search(scene)) or pool
    elif any(lines.DRY_WORDS.search(text) for text in (*facts.points, *facts.claims)):
        # the product says dryness itself ("속건조를 달래 주는 …", "건조한 피부를 위한 …"): the season's other
        # scene, never "…실내가 건조한 겨울" beside it (round 24: "건조" in two sentences, 5 -> 26 of 3,600)
        pool = tuple(scene for scene in pool if not lines.DRY_WORDS.search(scene)) or pool
    return pool[(k + sum(map(ord, facts.name))) % len(pool)]


# What answers each season's scene in a fact ("찬 바람 … 건조한 겨울" → "촉촉", "보습감"); a scene before a fact that
# answers nothing of it is a stock opener (reading 26, s3434, s6040, s5860: "상투적 계절 도입")
_SEASON_ANSWERS = {
    "겨울": re.compile("촉촉|보습|수분|건조|장벽|보호막|영양|당기지|당김|윤기|포근|도톰|쫀쫀"),
    "가을": re.compile("촉촉|보습|수분|건조|장벽|보호막|영양|당기지|당김|윤기|각질|결"),
    "봄": re.compile("자외선|진정|먼지|세정|산뜻|가볍|편안|보송|백탁"),
    "여름": re.compile("자외선|산뜻|가볍|보송|끈적|피지|땀|시원|쿨링|백탁"),
}


_USE_TIME = re.compile("세안|단계|메이크업 전|루틴")
# the pack or the tip a product comes in answers no season (readings 98-101, s8036: "겨울에도 뾰족한 팁이 달린 작은
# 튜브라 이 앰플은 부담 없이 손이 가요", "연결이 어색"): never a season's fact
_PACKED = re.compile("튜브|용기|스포이트|패키지|팁$|팁이 달린|노즐|케이스|펌프")


def _season_fact(features: tuple[str, ...], season: str) -> dict[str, str]:
    """The product's own fact a seasonal line rests on (reading 26 and 27: "{season}에는 {category} 하나도 조금 더
    꼼꼼히 챙기게 돼요" fitted any product): one that answers the season first ("season_answers" says whether it
    does), never a step or a form ("…단계"), and a second one for a line whose hook said the first."""
    # nor one that names when it is used ("세안 후 당김을 덜어 주는 …"): the usage step says that, and forms.py cuts
    # its "세안 후" when the opening said it
    usable = [
        f
        for f in features
        if not f.endswith(tuple(lines.KIND_POINT_LINES)) and not _USE_TIME.search(f) and not _PACKED.search(f)
    ]
    answers = _SEASON_ANSWERS.get(season)
    answering = [f for f in usable if answers and answers.search(f)]
    ordered = answering + [f for f in usable if f not in answering]
    return {
        "season_fact": ordered[0] if ordered else "",
        "season_fact2": ordered[1] if len(ordered) > 1 else "",
        "season_answers": "1" if answering else "",
        "season_answers2": "1" if len(answering) > 1 else "",
    }


def _bigram_share(text: str, fact: str) -> bool:
    """Most of the fact's syllable pairs in one of the text's sentences (its words said again, in any order)."""
    pairs = _bigrams(fact)
    return bool(pairs) and any(len(pairs & _bigrams(s)) / len(pairs) >= 0.5 for s in text.split(". "))


_KEPT_PROOFS = frozenset({"review", "price", "ingredients", "fit", "share"})  # proofs a season line never stands for


def _bare_season(line: str, values: dict[str, str]) -> bool:
    bare_lines = (*lines.SEASON_BARE_LINES.values(), *lines.SEASON_SCENE_BARE_LINES.values())
    return any(line == lines.fill(bare, values) for bare in bare_lines)


def _season_bare_bank(values: dict[str, str]) -> dict[str, str]:
    """The season-and-kind lines: on the season's scene where what the product is answers it."""
    scened = _answers_season(values["season"], values["feature"], values["feel"], values["definition"])
    return lines.SEASON_SCENE_BARE_LINES if scened else lines.SEASON_BARE_LINES


@lru_cache(maxsize=8192)  # a pure function of its strings: a product's facts and proofs recur brief after brief
def _said_in(fact: str, texts: tuple[str, ...]) -> bool:
    return any(fact in text or _bigram_share(text, fact) for text in texts if text)


def _season_pool(
    stage: int, values: dict[str, str], said: tuple[str, ...], ordering: bool = False
) -> tuple[tuple[str, ...], dict[str, str]]:
    """The seasonal style's lines for this reader (`ordering`: a first-use reader whose first order is still ahead),
    on the product's fact no other sentence says (the second where the first was said), and the values they are
    filled with."""
    reader = lines.ORDER_READER if ordering else lines.SEASON_READERS.get(stage, "new")
    fact, answers = values["season_fact"], values["season_answers"]
    if fact and _said_in(fact, said):
        values = {**values, "season_fact": values["season_fact2"]}
        answers = values["season_answers2"]
    if not values["season_fact"] or _said_in(values["season_fact"], said):  # every fact said: the season, the kind
        return (_season_bare_bank(values)[reader],), values
    return (lines.SEASON_FACT_LINES if answers else lines.SEASON_PLAIN_LINES)[reader], values


def season_style_lines(values: dict[str, str], stage: int) -> frozenset[str]:
    """Every season line a plan with these values may open on (forms.py sets it at the start; tests find it)."""
    bare_lines = (*lines.SEASON_BARE_LINES.values(), *lines.SEASON_SCENE_BARE_LINES.values())
    out = {lines.fill(line, values) for line in bare_lines}
    readers = {lines.SEASON_READERS.get(stage, "new")} | ({lines.ORDER_READER} if stage == ACTIVATION else set())
    for fact in (values["season_fact"], values["season_fact2"]):
        if fact:
            filled = {**values, "season_fact": fact}
            for bank in (lines.SEASON_FACT_LINES, lines.SEASON_PLAIN_LINES):
                out |= {lines.fill(line, filled) for reader in readers for line in bank[reader]}
    return frozenset(out)


def _answers_season(season: str, feature: str | None, feel: str | None, definition: str = "") -> bool:
    """Whether the hook's fact, or what the product is (said in the next sentence: "…속건조를 달래 주는 수분
    크림이에요"), answers the season's scene."""
    answers = _SEASON_ANSWERS.get(season)
    return bool(answers and answers.search(f"{feature or ''} {feel or ''} {definition}"))


@lru_cache(maxsize=8192)
def _fits_reader(text: str, angle_key: str, concerns: tuple[str, ...]) -> bool:
    return fit(text, angle_by_key(angle_key), concerns) > 0


# A feature one feels on the skin (texture, finish, scent): what an emotional hook can dwell on.
_SENSORY = re.compile("제형|거품|향(?!상)|마무리|발리|흡수|스며|광|윤기|보습감|사용감|촉촉|세정|피니시|질감|텍스처")


# A point that says what kind of lip product it is ("립밤처럼 … 컬러 립"): a second definition beside
# the product line, so never a feature, a feeling or a claim of its own.
_LIP_KIND = re.compile(r"(?:^|\s)립(?:입니다)?\.?$")


# Ingredients no customer repeats to a friend ("이산화티타늄이 들어 있어 믿고 쓴다", "콜레스테롤이 들어 있더라":
# reading 19, "추천 멘트가 부자연스럽다"): UV filters, pigments and powders, the barrier lipid, base humectants.
UNREPEATABLE = frozenset(
    {"이산화티타늄", "산화아연", "콜레스테롤", "글리세린", "베타인", "소듐하이알루로네이트", "실리카", "실리카 파우더",
     "파우더 피그먼트", "글루코노락톤", "젖산"}
)  # fmt: skip


def _key_ingredient(ingredients: tuple[str, ...], definition: str, natural: bool) -> str:
    """The story's ingredient a referral names: one the definition has not said (reading 16: "녹차 성분 반복"),
    the story's first, for a natural reader one whose name says where it comes from; "" where the definition
    says them all or none is one a friend would repeat (UNREPEATABLE)."""
    unsaid = tuple(i for i in ingredients if i.split()[0] not in definition and i not in UNREPEATABLE)
    return (_natural_ingredient(unsaid) if natural else "") or (unsaid[0] if unsaid else "")


# The natural reader's lead-in for a product with no ingredient that says where it comes from: "원료가 어디서 왔는지
# 먼저 보는 분께 …을 권해 드려요" promised an origin the message never told (reading 94-95): the comfort they keep
NATURAL_PLAIN_LEAD_IN = "오래 써도 편안한 사용감을 찾는 분께"


@lru_cache(maxsize=4096)
def _natural_ingredient(ingredients: tuple[str, ...]) -> str:
    """The first ingredient whose name says where it comes from ("" when none)."""
    return next((i for i in ingredients if any(w in i for w in _NATURAL_WORDS)), "")


@lru_cache(maxsize=8192)
def _features(facts: ProductFacts, definition: str | None, angle: Angle, season: str) -> tuple[str, ...]:
    """The product's features worth a sentence for this reader and season: none the definition says,
    none that speaks past the reader, no lip kind, nothing out of season."""
    return tuple(
        feature_in_season(f, season)
        for f in facts.features
        if not (definition and says_again(f, definition))
        and not speaks_past(f, angle)
        and not _LIP_KIND.search(f)
        and not off_season(f, season)
        and not texture_clash(f, definition or "")
    )


ACTIVE_CLAIMS = frozenset({"미백", "주름개선"})  # registered functions an active carries
_BEGINNER = re.compile("처음 시작|입문|낮은 농도")
PRESUMES_USE = re.compile("앞 단계|적응한")  # a feature for a reader who has used the line's earlier step


# A product the catalog places through the day ("건조한 실내에서 수시로 더하는 윤기", a mist): its calm moment is a
# pause in the day, never "하루를 정돈하는 고요한 저녁" (readings 37-40: the scene did not fit the product's moment).
_ANYTIME = re.compile("수시로|틈틈이|언제든|메이크업 위에|외출 중")
ANYTIME_MOMENT = "하루 중 잠시 숨 돌리는 차분한 오후"
# The trendy tone's calm scene is one of enjoying it ("고요한 저녁" read as another tone's, readings 37-40).
TRENDY_MOMENTS = {
    "하루를 정돈하는 고요한 저녁": "하루를 마치고 나만의 루틴을 즐기는 저녁",
    "하루를 마무리하는 고요한 밤": "하루를 마치고 나만의 루틴을 즐기는 밤",
    "하루를 여는 차분한 아침": "하루를 가볍게 여는 상쾌한 아침",
}

_ENJOYED = frozenset(TRENDY_MOMENTS.values())  # no hardship either ("…즐기는 저녁에도" reads as one)


def _anytime(facts: ProductFacts) -> bool:
    return any(_ANYTIME.search(t) for t in (*facts.points, *facts.claims, facts.usage or ""))


def _values(on: _Subject, facts: ProductFacts, angle: Angle, k: int) -> dict[str, str]:
    voice = voice_of(on.brand)
    budget_need = angle.key == "budget" and (not voice.price_talk or facts.premium) and angle.need == BUDGET_NEED
    ingredients = facts.ingredients
    season = on.season
    step = step_anchor(facts.usage) if on.tells_usage and facts.usage else ""
    definition = _definition(facts, (k + 1) // 2, season, step)  # variants 1 and 2 share it but not the product line
    features = _features(facts, definition, angle, season)
    if on.stage == 0:  # a first contact has used nothing before: "앞 단계에 적응한 피부를 위한 다음 농도" speaks past
        features = tuple(f for f in features if not PRESUMES_USE.search(f))  # them (reading 24, s5014)
    if starter_free(angle.key, on.stage):  # no beginner's step to them
        features = tuple(f for f in features if not STARTER_CLAIM.search(f))
    fitting = [f for f in features if _fits_reader(f, angle.key, on.persona.skin_concerns)]  # the reason
    if angle.key == "luxury":  # "낮은 농도 단계라 정성 들인 관리에 잘 어울려요" (reading 12): a beginner's step is no
        fitting = [f for f in fitting if not _BEGINNER.search(f)]  # reason for a reader of thorough care
    moment = angle.moment
    if (facts.category in DAYTIME or facts.daytime) and "저녁" in moment:  # facts.daytime: reading 25, s9447
        moment = "하루를 여는 차분한 아침"
    elif _anytime(facts) and _CALM.search(moment):  # a mist "건조한 실내에서 수시로" is no evening ritual
        moment = ANYTIME_MOMENT
    elif (facts.overnight or facts.evening) and "아침" in moment:  # facts.evening: reading 29, s5139
        moment = "하루를 마무리하는 고요한 밤"
    if MOOD.search(moment) and any("기능성" in claim for claim in facts.claims):
        # a registered care (탈모 증상 완화, 주름 개선) is no mood change (reading 27, s1356: "탈모케어에 '기분 전환'
        # 어색"): the day it is kept up; a cleanser, a shampoo or a scalp essence is used every day, never kept for
        # such a day (reading 84, s9554, s8820: "'관리를 빠뜨리고 싶지 않은 날' 표현이 클렌저와 안 맞음")
        moment = WASHED_MOMENT if facts.category in WASH_OFF or "두피" in facts.noun else CARE_MOMENT
    return {
        "product": facts.name,
        "brand": on.brand.name,
        "category": facts.noun,
        "point": _point(on.brand, on.name_only, facts, k),
        "point2": _point(on.brand, on.name_only, facts, k + 1),
        "definition": definition or facts.name,
        "reason": fitting[0] if fitting else "",
        "feature": features[0] if features else "",
        "feature2": next((f for f in features if f not in fitting[:1]), ""),
        "feel": next((f for f in features if _SENSORY.search(f)), ""),
        # every selling point and ingredient, for the emotional line's unsaid fact (_felt_fact, _style_line)
        "features": "\0".join(features),
        "all_ingredients": "\0".join(facts.ingredients),
        "strong": "·".join(facts.strong),
        # one the name does not say already ("알파인베리 워터리 크림에는 알파인베리 추출물이 …"), where there is one
        "ingredient": ingredients[k % len(ingredients)] if ingredients else facts.name,  # name-only: no facts
        # what the name does not say already, where the catalog names more
        "ingredients": "·".join(ingredients[:2]),
        # the one a referral names first: where it comes from is in its name, where the catalog has one
        # the referral is a long form's: it names what the long form's definition (_long_values) has not said,
        # among the two the message lists (reading 16, s2667: "판테놀·히알루론산을 담았습니다 … 병풀 추출물")
        "key_ingredient": _key_ingredient(
            ingredients[:2], _definition(facts, (k + 1) // 2, season, step, unnamed=True) or "", angle.key == "natural"
        ),
        "need": "매일 손이 가는 기본" if budget_need else angle.need,
        "need_short": angle.need_short,
        "moment": moment,
        "ask": angle.ask,
        "lead_in": NATURAL_PLAIN_LEAD_IN
        if angle.key == "natural" and not _natural_ingredient(ingredients)
        else angle.lead_in,
        "season": season,
        "season_scene": _season_scene(facts, season, k),
        **_season_fact(features, season),
        "adv": MANNER_ADVERB[voice.manner],
        "browse": lines.BROWSE_ADVERB.get(voice.manner, MANNER_ADVERB[voice.manner]),
        "volume": facts.volume,
        "price": f"{facts.price:,}" if facts.price else "",
        "span": lines.USE_SPANS[product_kind(facts, on.product.name) in lines.QUICK_KINDS],
    }


TITLE_CHARS = 30  # titles past this are cut off on many phones (push shows about 30-40)


def _next_titles(values: dict[str, str]) -> dict[str, str]:
    """A next-step guide's titles: each names the next product where the catalog names one and the title still fits."""
    if not values["next"]:
        return lines.NEXT_STEP_TITLES
    out = dict(lines.NEXT_STEP_TITLES)
    # a long name is called "{brand} {noun}" in a title (forms._title_names_briefly): measured so
    brief = f"{values['brand']} {values['category']}".strip()
    measured = values | {"product": brief} if len(values["product"]) > len(brief) else values
    for plain, named in lines.NEXT_NAMED_TITLES.items():
        if len(lines.fill(named, measured)) <= lines.NEXT_TITLE_CHARS:
            out[plain] = named
    return out


def _title(pool: list[str], start: int, values: dict[str, str]) -> str:
    """The first title from `start` on that fits TITLE_CHARS, else the shortest."""
    filled = []
    for i in range(len(pool)):
        title = lines.fill(_pick(pool, start + i), values)
        if len(title) <= TITLE_CHARS:
            return title
        filled.append(title)
    return min(filled, key=len)


@lru_cache(maxsize=8192)
def _words(text: str) -> frozenset[str]:
    return frozenset(w.strip(".,·") for w in text.split() if len(w.strip(".,·")) >= 2)


# Words too common in product copy to tell two facts apart.
_COMMON = frozenset({"담은", "피부", "있는", "위한", "함께", "얼굴", "전체에", "제품", "부드럽게", "가볍게", "제형"})


_UNSQUEEZED = re.compile(r"[^가-힣A-Za-z0-9]")


@lru_cache(maxsize=8192)
def _bigrams(text: str) -> frozenset[str]:
    squeezed = _UNSQUEEZED.sub("", text)
    return frozenset(squeezed[i : i + 2] for i in range(len(squeezed) - 1))


@lru_cache(maxsize=16384)
def says_again(sentence: str, phrase: str) -> bool:
    """Whether a sentence says what another already said: two shared telling words, or most of the
    shorter one's syllable pairs ("바른 뒤 은은하게 도는 광" in "바른 뒤 은은한 광이 돌아 …")."""
    if len((_words(sentence) & _words(phrase)) - _COMMON) >= 2:
        return True
    a, b = _bigrams(sentence), _bigrams(phrase)
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= 0.4


def _price_talk(brand: Brand, stage: int, facts: ProductFacts, angle: Angle) -> bool:
    """A budget reader hears price and volume, unless the brand or the line never talks price or
    the message is a first-use guide (the reader has paid) or a referral."""
    voice = voice_of(brand)
    paid_or_sharing = stage in (1, 4)  # first use and referral never lean on price
    return (
        angle.key == "budget" and voice.price_talk and bool(facts.price) and not facts.premium and not paid_or_sharing
    )


_FORMAT = re.compile("타입$")
_SKIN_DAY = re.compile("건조|당기|번들|예민|정돈하고 싶은")  # the skin's state (NATURAL_OILY_MOMENT too), not a time
_WORN = re.compile("발색|커버|피니시|톤업|컬러|타입$|캡슐")  # a colour or a format the trend reader tries it for


def _opener(
    on: _Subject, facts: ProductFacts, angle: Angle, review: ReviewPoint | None, values: dict[str, str]
) -> tuple[str, str, str]:
    """(sentence, the fact it states, the sentence said with the definition or ""): an informative first sentence
    about what this reader looks for (price per pack, a review point, the key ingredient, a fitting feature), never a
    description of the reader. A fact the definition already states is skipped."""
    definition = values["definition"]
    natural = _natural_ingredient(facts.ingredients)
    # a sunscreen, a base or a lip colour is chosen for protection and finish: no ingredient at its centre
    worn_for_finish = product_kind(facts, on.product.name) in ("sun", "base", "lip")
    available = {
        "price": values["price"] if _price_talk(on.brand, on.stage, facts, angle) else "",
        "review": review.clause if review and not texture_clash(review.clause, definition) else "",
        "ingredient": facts.ingredients[0] if facts.ingredients and not worn_for_finish else "",
        "natural": natural,
        "reason": values["reason"],
        # the trend reader's opener is a feel met on trying it, never a step or a tip ("…팁부터 써 보는 재미",
        # "…다음 농도부터 써 보는 재미": readings 62-65, s5245, "비문")
        "feature": next(
            (f for f in (values["reason"], values["feel"], values["feature"]) if _SENSORY.search(f) or _WORN.search(f)),
            "",
        ),
    }
    for kind, line in lines.OPENERS[angle.key]:
        fact = available[kind]
        # "홍삼 추출물" is said by a definition of "홍삼과 벌꿀 추출물을 담은 …" (reading 9, own read)
        if fact and fact not in definition and fact.removesuffix("추출물").strip() not in definition:
            said = fact
            line_at = line
            if line == lines.OPENER_FELT and not _SENSORY.search(fact):  # a colour is seen, a format is tried
                line_at = (
                    lines.OPENER_SEEN if _SHADE.search(fact) else lines.OPENER_TRIED if _FORMAT.search(fact) else line
                )
            if kind == "ingredient" and names_product(fact, facts.name):
                # the signature the name says leads what the formula adds to it ("…토너는 프로폴리스 추출물에 꿀
                # 추출물을 더했어요"), never said back to the name alone ("세라마이드 아토 수딩 젤에는 (이름 그대로)
                # 세라마이드가 담겨", reading 28, s3180, s4562: "동어반복"); reading 11 wants the signature named
                other = next((i for i in unnamed_ingredients(facts.ingredients, facts.name) if i not in definition), "")
                if not other:
                    continue  # the next opener this reader looks for (a review), else the fallback
                line_at = lines.OPENER_ADDED
                values = values | {"other": other}
            filled = lines.fill(line_at, values | {kind: said} | ({"review": fact} if kind == "review" else {}))
            stated = values["ingredients"] if kind == "ingredient" else fact
            if kind == "price":
                stated = lines.fill(lines.PRICE_LINES[0], values)  # the price proof, said here instead
            joined = ""
            # never "…을 담은 …으로, …을 담았어요" nor "…바뀌는 오일로, … 호호바 오일을 담았어요" (a word said twice)
            if (
                kind == "ingredient"
                and definition
                and "담" not in definition
                and not set(said.split()) & set(definition.split())
            ):
                joined_at = lines.OPENER_ADDED_JOINED if line_at == lines.OPENER_ADDED else lines.OPENER_JOINED
                joined = lines.fill(joined_at, values | {kind: said})
            return filled, stated, joined
    return lines.fill(lines.OPENER_FALLBACK, values), "", ""


def names_product(ingredient: str, name: str) -> bool:
    """Whether an ingredient's first word is a word of the product's name ("알파인베리 추출물" of 알파인베리 워터리
    크림, "비타민C" of 비타민C 엑스퍼트 25% 토닝 앰플): said as what the product holds, it repeats the name (readings
    27-28: "동어반복")."""
    first = ingredient.split()[0] if ingredient.strip() else ""
    return len(first) > 1 and first in name.split()


_READER_WORDS = frozenset({"피부", "예민", "두피", "입술"})  # the reader's own words may come back
# Round 32 (reading 75, s7106, 세라마이드 아토 집중 크림: "메이크업 전 팁과 샤워 후 바디 사용법이
# 뒤섞임", "얼굴 메이크업과 바디 사용법이 섞임"): a cream for face and body whose catalog step is after the
# shower ("샤워 후 물기가 살짝 남아 있을 때 …") heard the trend reader's make-up tip ("메이크업 전이라면
# 스며든 뒤 베이스를 올려야 …") beside that step: a tip contradicting the catalog's usage gives way (71 of 7,200
# long messages of bench/long_r32_check.py --tips)
_AFTER_SHOWER = re.compile("샤워 후|샤워 뒤|젖은 몸|몸 전체")
_MAKEUP_TIP = re.compile("메이크업|베이스를|화장이|화장을")


def _reader_line(
    request: GenerationRequest, facts: ProductFacts, angle: Angle, values: dict[str, str], hook: str
) -> str | None:
    """The reader's line for this product (see reader.py), or None: strong actives get the caution
    instead, a product known by name alone has nothing to frame, a definition that already speaks
    to the reader ("제주 녹차를 담은 …") needs none. A line echoing the hook gives way to the next."""
    if not facts.category or request.resolved.name_only:
        return None
    if _fits_reader(values["definition"], angle.key, request.resolved.persona.skin_concerns):
        return None
    if angle.key == "sensitive" and facts.strong:
        return None
    if angle.key == "natural" and any(w in i for i in facts.ingredients[:2] for w in _NATURAL_WORDS):
        return None  # the ingredients line names where they come from
    kind = product_kind(facts, request.resolved.product.name)
    candidates = reader_lines(angle.key, kind, request.resolved.stage.index, request.variant, values, facts)
    if _AFTER_SHOWER.search(facts.usage or ""):  # no make-up tip where the step is after the shower (s7106)
        candidates = tuple(line for line in candidates if not _MAKEUP_TIP.search(line))
    echoes = [len((content_stems(line) & content_stems(hook)) - _READER_WORDS) for line in candidates]
    for most in (0, 1):  # a line sharing no word with the hook first, one sharing a single word next
        line = next((line for line, n in zip(candidates, echoes, strict=True) if n <= most), None)
        if line:
            return line
    return None


# A sentence on whose skin the product suits ("유분이 부담스러운 민감성·복합성 피부에 잘 맞아요"): beside the
# reader's own skin-type line it says the same thing twice (reading 11, s1674).
SKIN_TYPES = re.compile("(?:건성|지성|복합성|중성|민감성)[^.]*피부")


# A claim made for a first try ("레티놀을 처음 시작하는 분을 위한 낮은 농도 단계입니다"): never a proof to a
# luxury reader, who wants the evidence, not the beginner's step, nor to one who already uses the product
# (readings 90-91, s9535: "럭셔리 고객에게 '입문용 낮은 농도'는 모순")
STARTER_CLAIM = re.compile("처음 (?:시작하|써 보|쓰)는|입문|낮은 농도")
_USING_STAGES = frozenset({2})  # a referral passes it to a newcomer, for whom a first step is news


def starter_free(angle_key: str, stage: int) -> bool:
    """Whether this reader hears no beginner's step (STARTER_CLAIM): a luxury reader, or one who uses it already."""
    return angle_key == "luxury" or stage in _USING_STAGES


@lru_cache(maxsize=8192)
def _claims(facts: ProductFacts, definition: str, season: str) -> tuple[str, ...]:
    """The catalog's feature claims a proof may state: none the definition says, no lip kind, nothing
    out of season."""
    return tuple(
        c
        for c in facts.feature_claims
        if not says_again(c, definition) and not _LIP_KIND.search(c) and not off_season(c, season)
    )


def _tone_turn(tone: Tone | None) -> int:
    """An offset for a line bank's pick that differs between neighbouring tones (copy_eval's tone swap)."""
    return list(Tone).index(tone) + 1 if tone is not None else 0


OWN_REASON = frozenset({"trend", "natural", "luxury"})  # readers whose fit (fit.py) goes before a matched feature
FACTLESS_SHARES = frozenset({"trend", "sensitive"})  # readers whose share line (lines.SHARE_LINES) names no fact


_FOAM = "거품"


def _proofs(
    request: GenerationRequest,
    facts: ProductFacts,
    angle: Angle,
    review: ReviewPoint | None,
    values: dict[str, str],
    k: int,
    opened: str = "",
    reader: str | None = None,
    candidates: tuple[Fit, ...] = (),
    reviewing: bool = False,
    gifting: bool = False,
) -> tuple[list[tuple[str, str]], Fit | None]:
    """Proof sentences (kind, text) in the order this reader should meet them: why it suits the
    reader first, then the angle's favourite kind of proof; and the reader's fit (fit.py) kept.
    `opened` is the fact the hook stated; `reader` the reader's line, said first where no fact
    fitting the reader is; `candidates` this reader's value-focus sentences, best first: the first
    no other part states is said, first of all for a budget reader (a price alone is no reason),
    else where no fact fitting the reader is."""
    tone = request.resolved.brief.tone
    definition = values["definition"]
    out: list[tuple[str, str, str]] = []  # kind, sentence, the fact it states (to say each fact once)
    if values["reason"] and not (angle.key == "sensitive" and facts.strong):
        bank = lines.REASON_LINES if request.resolved.stage.index in lines.NEW_STAGES else lines.USER_REASON_LINES
        reason = lines.fill(bank[angle.key], values | {"feature": values["reason"]})
        out.append(("reason", reason, values["reason"]))
    # a budget reader passes on the volume only where the catalog calls it generous ("넉넉한 용량")
    valued = budget_share(facts, product_kind(facts, facts.name)) if angle.key == "budget" else None  # reading 25
    sharing = (
        request.resolved.stage.index == 4 and facts.category and (angle.key != "budget" or facts.generous or valued)
    )
    sharing = sharing and not gifting  # the gift is the one ask
    if sharing and not (angle.key == "sensitive" and facts.strong) and not reviewing:  # the review is the share
        line = lines.SHARE_LINES[angle.key] if facts.ingredients else lines.SHARE_PLAIN
        line = valued if valued and not facts.generous else line  # the value a budget reader passes on
        # the soothing ingredient or the mildness a friend would repeat, never "‘성분표부터 같이 보자’" naming nothing
        # (readings 57-60: "민감 피부 안심 포인트 없음"); the fit saying the same is not said beside it
        soothed = sensitive_share(facts, " ".join((definition, opened, *(text for _, text, _ in out))))
        if angle.key == "sensitive" and soothed:
            line, candidates = soothed.line, tuple(c for c in candidates if c.kind != soothed.kind)
        elif angle.key == "sensitive" and product_kind(facts, facts.name) == "lip":
            # a lip colour read with a friend's "‘성분표부터 같이 보자’" (readings 98-101, s4157 픽싱 틴트: "틴트
            # 추천에 억지스러움"): where the catalog names no soothing ingredient or mildness, the word of one who
            # tried it
            line = lines.SHARE_PLAIN
        told = values["key_ingredient"] and tells_reader(angle.key, values["key_ingredient"])
        # no feel to quote: the ingredient tip stays, where there is one (reading 33, s6297: "‘이 들었는데 써 보니
        # 좋더라’" quoted an empty ingredient: "인용문 깨짐")
        told = told or (angle.key == "trend" and not values["feel"] and bool(values["key_ingredient"]))
        if not told and "{key_ingredient}" in line:  # the texture or finish a friend would repeat
            feel = TREND_SHARE_FEEL if angle.key == "trend" else lines.SHARE_FEEL
            line = feel if values["feel"] else lines.SHARE_PLAIN
        share = lines.fill(line, values)
        if facts.category == SCALP:
            share = as_hair(share, facts)
        share = share.replace("매일 쓰는 기본", angle.need_short)  # a weekly mask is no daily basic
        # the ingredient it names is said once: no "…을 담았어요" beside it
        out.append(("share", share, share))
    if review is not None:
        bank = lines.REVIEW_LINES.get(tone) or lines.REVIEW_LINES[None]
        out.append(("review", lines.fill(_pick(bank, k), values | {"review": review.clause}), review.clause))
    claims = _claims(facts, definition, values["season"])
    if starter_free(angle.key, request.resolved.stage.index):
        claims = tuple(c for c in claims if not STARTER_CLAIM.search(c))
    claim = claims[k % len(claims)] if claims else None
    long_only = request.resolved.channel.channel in LONG_CHANNELS and not request.resolved.sms_to_lms
    if claim and long_only:
        claim = said_in_season(claim, values["season"])  # an SMS brief's LMS keeps the catalog's words (sms.py)
    if claim:
        out.append(("claim", claim, claim))  # 합쇼체 as written; forms.py sets the level
    named = f"{definition} {claim or ''}"
    said_inside = "담은" in definition or "담아" in definition
    shared = any(kind == "share" for kind, _, _ in out) and bool(values["key_ingredient"])
    named += f" {values['key_ingredient']}" if shared else ""
    if facts.ingredients and not said_inside and not any(i in named for i in facts.ingredients[:2]):
        out.append(
            # with no review (whose wording turns with the tone), the wording turns with the tone: a message whose
            # other lines the tone leaves alone still differs
            (
                "ingredients",
                lines.fill(_pick(lines.INGREDIENT_LINES[angle.key], k + (0 if review else _tone_turn(tone))), values),
                values["ingredients"],
            ),
        )
    head = values["feature2"].split()[-1] if values["feature2"] else ""
    if head and long_only and any(head in text for _, text, _ in out) and len(head) >= 2:
        # Round 36 (readings 88-89, s5471, 에스트라 버블클렌저: "…부드러운 거품이라 꾸준히 이어 쓰기 좋습니다. 문지르지
        # 않고 노폐물을 감싸는 거품입니다.", "'거품' 설명이 세 번 반복"): a second point on the thing a proof has named
        # ("거품", "제형") says it again; the long forms leave it out
        values = values | {"feature2": ""}
    if values["feature2"]:
        kind = next((line for end, line in lines.KIND_POINT_LINES.items() if values["feature2"].endswith(end)), None)
        wording = _pick(lines.SECOND_POINT_LINES, k + len(values["feature2"]))  # turned by the fact too
        if "도 " in values["feature2"]:  # "…날에도 오래가는 보송함도 …": one "도" to a sentence
            wording = lines.SECOND_POINT_LINES[0]
        second = lines.fill(kind or wording, values | {"feature": values["feature2"]})
        out.append(("point2", second, values["feature2"]))
    if _price_talk(request.resolved.brand, request.resolved.stage.index, facts, angle):
        price = lines.fill(lines.PRICE_LINES[0], values)
        out.append(("price", price, price))
    said = [definition, *([opened] if opened else [])]
    unsaid = (c for c in candidates if not any(says_again(c.fact, s) or c.fact in s for s in said))
    if long_only and opened.endswith(_FOAM):
        # nor, in the long forms, a fit on the foam the hook named ("…감싸는 거품이 돋보여요. … 부드러운 거품이 기분
        # 좋게 느껴져요." beside the usage step's "펌핑한 거품을", s5471: "'거품' 설명이 세 번 반복"; a cleanser's
        # usage step says it too, so a third saying is at hand)
        unsaid = (c for c in unsaid if _FOAM not in c.line)
    fit = next(unsaid, None)
    # a referral asks one thing: a fit that asks too ("…확인해 보세요.") is dropped below, so the long forms say the
    # next one (round 23: sensitive referrals kept none of their reader's facts); push and SMS keep `fit` (its short)
    told_fit = fit
    if fit and request.resolved.stage.index == 4 and fit.line.endswith("세요."):
        told_fit = next((c for c in unsaid if not c.line.endswith("세요.")), None)
        told_fit = told_fit or (Fit(fit.kind, fit.plain, fit.short, fit.fact) if fit.plain else fit)
    # a fact or a share line for the reader; the trend reader's share line names no fact of the product, so its
    # own reason (a finish, a texture) is said beside it (reading 16: "트렌드 페르소나 미반영")
    # so does the sensitive reader's ("‘성분표부터 같이 보자’", round 23: 24 of 75 sensitive long messages without
    # their reason were referrals whose catalog lists sensitive skin or a soothing ingredient the share line hid)
    has_reason = any(kind == "reason" or (kind == "share" and angle.key not in FACTLESS_SHARES) for kind, _, _ in out)
    if fit and angle.key in OWN_REASON and not any(kind == "share" for kind, _, _ in out):
        # their value focus from the catalog in place of a feature matched by a word (reading 16: "트렌드 페르소나
        # 미반영", "자연 지향 고객 관점 없음", "럭셔리 고객 관점 부족")
        out, has_reason = [item for item in out if item[0] != "reason"], False
    # a budget reader's dose or function line is the reader's line (reader.py), said after a fact
    if told_fit and told_fit.kind not in ("dose", "one_step") and (angle.key == "budget" or not has_reason):
        if told_fit.kind == "review":  # one review sentence: the fit's
            out = [item for item in out if item[0] != "review"]
        if angle.key == "budget" and values["price"] and values["price"] in told_fit.line:  # the price said with it
            out = [item for item in out if item[0] != "price"]
        out.insert(0, ("fit", told_fit.line, told_fit.fact))
    kept: list[tuple[str, str]] = []
    typed = told_fit is not None and told_fit.kind == "sensitive_type" and any(item[0] == "fit" for item in out)
    for kind, text, fact in out:  # each fact once: drop one the definition or a kept proof states
        if typed and kind != "fit" and SKIN_TYPES.search(text):  # one sentence says whose skin it suits
            continue
        if not any(says_again(fact, s) or (kind != "fit" and texture_clash(fact, s)) for s in said):
            kept.append((kind, text))
            said.append(fact)
    if request.resolved.stage.index == 4:  # "성분표를 … 확인해 보세요" beside the referral's ask is a second one
        reader = None if reader and reader.endswith("세요.") else reader  # (reading 16: one focused ask)
        kept = [item for item in kept if not item[1].endswith("세요.")]
    if reader and not any(kind in ("reason", "share") for kind, _ in kept):
        if not (angle.key == "budget" and any(kind == "fit" for kind, _ in kept)):  # the fit weighs the value
            kept.insert(0, ("angle", reader))  # no fitting fact said: the reader's own line
    # (the dose only in a referral, which says no usage step naming the same dose: never "두세 방울이라 …" beside
    # "두세 방울을 덜어"); its own kind, after the facts, so that an SMS keeps its own short line
    stage = request.resolved.stage.index
    dosed = angle.key == "budget" and told_fit is not None
    # a registered function one step carries; a second use ("화장솜에 적셔 팩처럼") stays the SMS's per-unit line
    one_step = told_fit is not None and told_fit.kind == "one_step" and "기능성" in told_fit.line
    dosed = dosed and (one_step or (told_fit.kind == "dose" and stage == 4))  # type: ignore[union-attr]
    if dosed and not any(kind in ("angle", "share", "fit") for kind, _ in kept):
        # a budget reader's dose or one-step line is said as the reader's line, after a fact; where a matched feature
        # (reason) kept the reader's line out, it was said nowhere (round 23: "가성비 근거 없음", 퍼펙트리뉴 3X
        # 에멀젼's "주름 개선 기능성까지 한 단계에")
        if not any(says_again(told_fit.fact, text) or told_fit.fact in text for _, text in kept):  # type: ignore[union-attr]
            kept.append(("angle", told_fit.line))  # type: ignore[union-attr]
    first = {
        "luxury": "ingredients",
        "natural": "ingredients",
        "sensitive": "claim",
        "budget": "review",
        "trend": "review",
    }
    lead = first.get(angle.key)
    if angle.key == "luxury" and any(kind == "claim" and "기능성" in text for kind, text in kept):
        lead = "claim"  # a registered function (주름 개선, 미백) is the evidence this reader asks for
    if angle.key == "budget" and any(kind == "price" for kind, _ in kept):
        lead = "price"  # price and volume first; the review follows
    # the reader's line (a tip, a value reason, what to pass on) builds on a fact: it follows one,
    # never parts the definition from the facts that go with it
    reader_said = next((item for item in kept if item[0] in ("angle", "share")), None)
    kept = [item for item in kept if item[0] not in ("angle", "share")]
    top = "fit" if angle.key == "budget" else "reason"  # a budget reader's value reason beats a feature
    kept.sort(key=lambda item: (item[0] != top, item[0] != "fit", item[0] != "reason", item[0] != lead))
    if k % 2 and len(kept) > 2 and kept[0][0] != "fit":  # odd variants lead with a different proof
        kept = [kept[1], kept[0], *kept[2:]]
    if reader_said and reader_said[0] == "share" and angle.key == "budget":
        if any("용량" in text for _, text in kept):  # the volume is said already: not passed on twice
            reader_said = None
    if reader_said:
        kinds = [kind for kind, _ in kept]
        builds_on = next((kind for kind in ("price", "claim") if angle.key == "budget" and kind in kinds), None)
        kept.insert(kinds.index(builds_on) + 1 if builds_on else min(1, len(kept)), reader_said)
    # a user hears no "써 보면" nor "먼저 경험해 본 분" (reading 17); nor, passing it on, "…으로, 써 보면 쫀득한 밤
    # 제형이 …" (round 25) or "먼저 경험해 본 분들은 … 후기" (reading 77, s3407: "이미 쓰는 고객에게 '먼저 경험해 본
    # 분들' 후기")
    if request.resolved.stage.index in (2, 4):
        kept = [(kind, as_user(text)) for kind, text in kept]
    if starter_free(angle.key, request.resolved.stage.index):
        kept = [item for item in kept if not STARTER_CLAIM.search(item[1])]
    return kept, fit


# What a reader who already uses the product hears in place of a newcomer's words (reading 17, s7563: "기존
# 사용자에게 '써 보면·먼저 경험해 본 분' 표현이 어긋남").
USER_WORDING = (  # each tone's review line keeps a wording of its own (tone-swapped messages must differ)
    ("먼저 경험해 본 분들은", "함께 쓰는 분들도"),
    # never "다른 분도 … 후기로 남겼어요" (reading 27, s5860: "'다른 분도' 어색한 연결"): who they are, no "도"
    ("먼저 써 본 분들은", "같은 제품을 쓰는 분들은"),
    ("먼저 써 본 분은", "꾸준히 써 온 분들은"),
    ("먼저 써 본 분의 후기에는", "오래 써 온 분들의 후기에는"),
    ("써 본 분들은", "꾸준히 쓰는 분들은"),  # its line says "후기도" (reading 76, s9041: "분들도…후기도")
    ("써 본 분들 후기 중에는", "다른 분들 후기 중에는"),  # never "중에도 … 이야기도" (reading 21: "'도' 중복")
    ("써 보면 먼저 ", "쓸 때마다 "),
    ("처음 쓸 때부터 ", "쓸 때마다 "),
    # the trend reader's "…으로, 써 보면 쫀득한 밤 제형이 …" to one who uses it (round 25: 12 of 3,600): the feel alone
    ("새로 써 보면 ", ""),
    ("써 보면 ", ""),
)


_FUNCTION_AGAIN = " 기능성까지"
# Round 40 (bench/long_r40_check.py, said_twice: "…정가 85,000원이고, 한 번에 소량만 덜어 쓰니 오래 두고 쓸 수
# 있어요. … 한 번에 쓰는 양이 소량이라 한 통을 오래 두고 쓸 수 있어요."): the price line that says the dose says it
# for the reader's dose line (reader.DOSE_LINE), which goes
_DOSE_PRICED = "덜어 쓰니 오래 두고 쓸 수 있어요"
_DOSE_LEAD = "한 번에 쓰는 양이 "
_FUNCTION_SAID = re.compile(r"([가-힣 ]+?)에 도움을 주는 (?:이중 )?기능성 화장품")


def _function_once(proofs: tuple[tuple[str, str], ...], told: str) -> tuple[tuple[str, str], ...]:
    """The budget reader's "주름 개선 기능성까지 한 단계에 …" without the function where another sentence states it
    ("…크림이자 피부 주름 개선에 도움을 주는 기능성 화장품이에요": reading 40, s2939, "주름 개선 기능성 반복")."""
    said = " ".join(
        m.group(1)
        for t in (told, *(text for _, text in proofs))
        if "에 도움을 주는 " in t  # _FUNCTION_SAID's words: its lazy start is slow to find none
        for m in _FUNCTION_SAID.finditer(t)
    )
    out = []
    for kind, text in proofs:
        at = text.find(_FUNCTION_AGAIN)
        if at > 0 and not _FUNCTION_SAID.search(text):
            head = text[:at]
            start = max(head.rfind("‘"), head.rfind(", ")) + 1
            start += head[start:].startswith(" ")
            function = head[start:]
            if function and function in said:
                text = text[:start] + text[at + 1 :]
        out.append((kind, text))
    return tuple(out)


def as_user(text: str) -> str:
    """A newcomer's review wording in a user's terms (USER_WORDING)."""
    for newcomer, user in USER_WORDING:
        if newcomer in text:
            text = text.replace(newcomer, user)
    return text


@lru_cache(maxsize=8192)
def _button(stage_ctas: tuple[str, ...], close_button: str, event: CampaignEvent | None) -> tuple[str, bool]:
    """The button for the message, and whether the tone's close still fits it. An event picks the
    stage's button that leads to it; a content button (후기, 이야기, 팁 …) never goes with another
    event; without an event the button is the one the close asks for."""
    if event is None:
        return (close_button, True) if close_button in stage_ctas else (stage_ctas[0], False)
    about = f"{event.name} {event.offer.benefit if event.offer else ''}"
    for event_words, button_words in lines.EVENT_BUTTONS:
        if re.search(event_words, about):
            fitting = [b for b in stage_ctas if re.search(button_words, b)]
            if fitting:
                chosen = close_button if close_button in fitting else fitting[0]
                return chosen, chosen == close_button or not lines.CONTENT_BUTTONS.search(close_button)
    if close_button in stage_ctas and not lines.CONTENT_BUTTONS.search(close_button):
        return close_button, True
    neutral = [b for b in stage_ctas if not lines.CONTENT_BUTTONS.search(b)] or list(stage_ctas)
    return neutral[0], False


_TWICE_WORDS = ("기분", "가볍", "가벼", "촉촉", "설레", "여유", "마음")


# A moment of calm is no hardship: "하루를 정돈하는 고요한 저녁에도 …" reads as if calm were a trial (reading 12).
_CALM = re.compile("고요한|차분한|여유로운")


_HANGUL = re.compile("[가-힣]")
LONG_FIRST = 60  # Hangul syllables a long message's first sentence holds at most before its scene stands alone


@lru_cache(maxsize=8192)  # a pure function of two strings: a product's hooks and style lines recur brief after brief
def _at_ease(text: str, moment: str) -> str:
    """`text` with "{moment}에도 " said as "{moment}, " where the moment is a calm one ("…에는 X은" would
    say two topics)."""
    calm = _CALM.search(moment) or moment in _ENJOYED
    text = text.replace(f"{moment}에도 ", f"{moment}, ") if calm else text
    # "바쁜 아침저녁에는 아침저녁 얇게 스며드는 …" (a feel that opens on the moment's own time): said once
    last = moment.split()[-1] if moment.strip() else ""
    return _moment_echo(moment, last).sub(r"\1", text) if last else text


@lru_cache(maxsize=1024)
def _moment_echo(moment: str, last: str) -> re.Pattern[str]:
    """_at_ease's pattern, compiled once per moment (re's own cache of 512 lost it to other dynamic patterns)."""
    return re.compile(f"({re.escape(moment)}(?:에는|에도|,) ){re.escape(last)} ")


@lru_cache(maxsize=8192)
def _says_twice(sentence: str) -> bool:
    return any(sentence.count(word) > 1 for word in _TWICE_WORDS)


@lru_cache(maxsize=1024)
def _own_ask(event: CampaignEvent | None, stage_ctas: tuple[str, ...]) -> tuple[str, str] | None:
    """(close, button) for a content or service event the reader takes up (a campaign, a test, a
    consultation) that no button of the stage leads to: the event's own ask and button, so that the
    message asks for one thing (reading 9: a 공병 campaign closed on "다시 채워 두세요")."""
    if event is None or event.is_promotion or not event.ask or not event.button or event.offer is None:
        return None
    if event.offer.kind not in ("content", "service"):
        return None
    about = f"{event.name} {event.offer.benefit}"
    for event_words, button_words in lines.EVENT_BUTTONS:
        if re.search(event_words, about) and any(re.search(button_words, b) for b in stage_ctas):
            return None
    return event.ask, event.button


# Stems any invitation shares with any close: no sign that the two speak of the same content.
_INVITING_STEMS = frozenset({"준비", "두었", "제품", "살펴", "확인", "보세", "보십"})


def _restates(close: str, offer: str) -> bool:
    """Whether a close asks for what a content event's sentence describes (three content words shared)."""
    return len((content_stems(close) & content_stems(offer)) - _INVITING_STEMS) >= 3


_ENDING_STEMS = frozenset({"있어", "해요", "보세", "주세", "드려", "이에", "함께", "매일", "오늘"})


_HANGUL_WORD = re.compile(r"[가-힣]{2,}")


@lru_cache(maxsize=8192)
def content_stems(text: str) -> frozenset[str]:
    """The first two syllables of each content word ("선택을", "선택이에요" → "선택"), to catch a
    line repeating another's word through a different particle."""
    return frozenset(w[:2] for w in _HANGUL_WORD.findall(text)) - _ENDING_STEMS


# A usage step that says the product is for some days, not every day ("주 1~2회", a wash-off mask).
_WEEKLY = re.compile(r"주\s?\d|씻어 냅니다|떼어 냅니다|헹궈 냅니다")


@lru_cache(maxsize=8192)
def _usage(usage: str, stage: int, season: str, k: int, category: str = "") -> str:
    """How to use it, as the step the reader takes, led in by the stage where that helps; a mask
    one washes or peels off is not led in as a daily step. In winter a tip about keeping it cold is
    left out."""
    head, _, tail = usage.partition(", ")
    if season == "겨울" and "냉장" in tail and head.endswith("고"):
        step: str | None = head[:-1] + "면 돼요."
    elif "꼭" in tail:  # a must ("자외선 차단제를 꼭 사용합니다") is no "…면 돼요": it is asked for, not described
        step = usage[: -len("합니다.")] + "하세요." if usage.endswith("합니다.") else None
    else:
        step = as_step(usage)
    step = step or usage
    leads = lines.USAGE_LINES.get(stage)
    if category == "마스크·팩" and _WEEKLY.search(usage):
        leads = lines.WEEKLY_USAGE_LINES.get(stage, leads)
    return lines.fill(_pick(leads, k), {"usage": step}) if leads else step


def _fomo(
    facts: ProductFacts, values: dict[str, str], stage: int, said: list[str], k: int, no_starter: bool = False
) -> str:
    """What the reader would miss, said once: a fact the proofs have not stated, else the stage's line (never a
    beginner's step, `no_starter`, to a luxury reader or a user: STARTER_CLAIM)."""
    said = [*said, values["definition"]]
    season = values["season"]  # a feature as the season says it (feature_in_season), said or not
    told = (feature_in_season(f, season) for f in facts.features)
    unsaid = (f for f in told if not any(f in s or says_again(f, s) for s in said))
    # nor, to a first contact, one that presumes the line's earlier step (reading 24, s5014)
    # nor one out of season ("열감이 오른 피부를 식혀 주는 …" in winter, reading 25, s2662)
    unsaid = (f for f in unsaid if not (no_starter and STARTER_CLAIM.search(f)))
    feature = next((f for f in unsaid if not (stage == 0 and PRESUMES_USE.search(f)) and not off_season(f, season)), "")
    user_line = lines.USER_FOMO_LINES.get(stage)
    if user_line and ("{feature}" not in user_line or feature):
        return lines.fill(user_line, values | {"feature": feature})
    if user_line:  # running out, or a referral's share, with no unsaid feature to name
        return lines.fill(lines.REFERRAL_FOMO_PLAIN if stage == 4 else lines.USER_FOMO_PLAIN, values)
    if not feature:
        felt = any(_FELT.search(s) for s in said)
        reviewed = not felt and any(_REVIEWED.search(s) for s in said)
        line = lines.FOMO_REVIEWED if reviewed else lines.FOMO_PLAIN
        return lines.fill(line, values)
    return lines.fill(_pick(lines.FOMO_LINES, k), values | {"feature": feature})


# Words that say how a product feels on the skin: a FOMO line on its "사용감" points at them.
_REVIEWED = re.compile("후기|써 본 분")  # a review the message quotes ("써 본 분들 사이에서는 … 이야기가")
_FELT = re.compile("제형|발리|흡수|촉촉|산뜻|가볍|가벼|끈적|부드럽|스며|쫀쫀|묽|밀착|보송|윤기|거품|녹아|녹는|터지")


@lru_cache(maxsize=64)
def _hooks_of(style: int, stage: int) -> frozenset[str]:
    """The hook lines that speak in a style family at a stage."""
    own = {*lines.STYLE_HOOKS[style], *lines.USER_HOOKS.get(stage, {}).get(style, ())}
    own |= set(lines.STAGE_STYLE_HOOKS.get(stage, {}).get(style, ()))
    own |= {lines.SHEET_REFILL_HOOK} if (style, stage) == (0, 2) else set()
    return frozenset(own | (set(lines.FIRST_USE_FOMO_HOOKS) if style == 2 else set()))


def _felt_fact(values: dict[str, str], told: str) -> str:
    """The selling point an emotional line is said of: the feel, else a feature, that the message does not say yet, in
    these words or others (_said_in; reading 94, s6667: "묽은 세럼 같은 제형 덕분에 …" after "묽은 세럼 같은 제형이
    빠르게 흡수되어 …"), and that is no kind ("스포이트로 덜어 쓰는 세럼 덕분에 이 세럼을 …" names the kind twice); ""
    where none is left."""
    kinds = tuple(lines.KIND_POINT_LINES)
    more = [f for f in values.get("features", "").split("\0") if _SENSORY.search(f)]  # a feel, never "…날 더하는 생기"
    for fact in (values["feel"], values["feature"], values["feature2"], *more):
        if (
            fact
            and not _said_in(fact, tuple(told.split("\0")))
            and not fact.endswith((*kinds, "거품"))
            and values["category"] not in fact
        ):
            return fact
    return ""


# An active that may sting or that a reader weighs ("비타민C 유도체", "레티놀", "아데노신"): never what makes a product
# "마음 편히 손이 가는" one (reading 95, s7752: "25% 비타민C를 '예민한 날에도 편하게'로 암시해 … 오해 소지")
_STIRRING = re.compile("|".join(map(re.escape, (*STRONG_ACTIVES, *STRONG_AT, *LAB_ACTIVES, "비타민"))))
# Ingredients no reader feels at ease for: a base, a UV filter or pigment, a lipid named like a lab reagent
# ("콜레스테롤이 들어 있는 이 크림에는 마음 편히 손이 가요" read as an odd reason, round 39)
_UNFELT = frozenset({*BASE_INGREDIENTS, "콜레스테롤", "카올린", "알지네이트", "글루코노락톤", "젖산"})

# Words that already make a hook speak of time: the time style is then said.
_TIME_WORDS = re.compile("이번 주|오늘|지금")


_REACHED = "손이 가"  # "…에는 마음 편히 손이 가요" (lines.MOMENT_HELD_LINE, MOMENT_FELT_LINE)


def _style_line(
    styles: tuple[int, ...],
    stage: int,
    hook_line: str,
    values: dict[str, str],
    promotion: bool,
    k: int,
    said: str = "",
    oily: bool = False,
    close: str = "",
    campaign: str = "",
    by_sheet: bool = False,
    told: str = "",
    ordering: bool = False,
) -> str | None:
    """The first style family the hook leaves unsaid (time, feeling, season) in one sentence (the
    k-th wording); the FOMO style has its own line, information is the message itself. `said` is
    the hook and the close: one that names the season or the time already says that style (the
    mixed style's other hook, a close asking for today), and a wording that names the season
    already named gives way to one that does not."""
    season = values["season"]
    for style in styles:
        if style not in (0, 3, 4) or hook_line in _hooks_of(style, stage):
            continue
        if (style == 4 and season in said) or (style == 0 and _TIME_WORDS.search(said)):
            continue
        if campaign == REVIEWING and style in lines.REVIEW_STYLE_LINES:
            pool: tuple[str, ...] = (lines.REVIEW_STYLE_LINES[style],)
        elif campaign == EMPTIES and style == 0:
            if lines.EMPTIES_CLOSE == close:  # the close says when: no "다 쓴 … 용기" line beside the how
                continue
            pool = (lines.EMPTIES_STYLE_LINE,)
        elif style == 4 and stage == 4:
            scene = _answers_season(season, values["feature"], values["feel"], values["definition"])
            gift = lines.SEASON_GIFT_SCENE_LINE if scene else lines.SEASON_GIFT_LINE
            pool = (gift if campaign == GIFTING else lines.SEASON_SHARE_LINE,)
        elif style == 4:
            pool, values = _season_pool(stage, values, (said, *told.split("\0")), ordering)
        elif style == 0 and promotion and stage in lines.NEW_STAGES:
            # "혜택이 있는 이번 주" dates an offer no event dates (reading 13, s2536): now, not this week
            pool = tuple(
                line.replace("이번 주가", "지금이").replace("이번 주에는", "지금").replace("이번 주에 ", "지금 ")
                for line in lines.STYLE_LINES[0][stage]
            )
        else:
            pool = lines.STYLE_LINES[style][stage]
        if by_sheet:
            pool = tuple(line for line in pool if "남은 양" not in line) or (lines.SHEET_REFILL_LINE,)
        if campaign == ALERTING:  # the alert is the one ask: no "이번 주가 채워 두기 좋은 때예요" beside it
            pool = tuple(line for line in pool if not lines.KEEP_NOW.search(line)) or (lines.ALERT_SHEET_LINE,)
        if campaign == GIFTING:
            pool = tuple(line for line in pool if not lines.RECOMMENDING.search(line)) or pool
        if style == 3:
            # the feeling is said of the product's own feel, else another selling point the message has not said
            # (lines.STYLE_LINES[3]); with none, the line goes rather than say a stock mood (readings 92-93, s2876,
            # s4138: "상투적", "군더더기")
            told_all = tuple(f"{said}\0{told}".split("\0"))
            fact = _felt_fact(values, f"{said}\0{told}")
            # never "그 {head} 덕분에 이 {category}만큼은 기분 좋게 챙길 수 있어요" (readings 94-95: "그 마무리" pointed
            # two sentences back across a patch tip); "{moment}에도 이 {category}에는 마음 편히 손이 가요" (s9542,
            # s9059: "빈 문장", it tells nothing of this product; 131 of 2,400 long bodies) only with no fact unsaid
            held = next(
                (
                    i
                    for i in values.get("all_ingredients", "").split("\0")
                    if i
                    and not _said_in(i, told_all)
                    and not _STIRRING.search(i)
                    and i not in _UNFELT
                    and not MINERALS.search(i)
                ),
                "",
            )
            # never for a product whose name says its ingredient: a later pass may leave that one out of the copy, and
            # another named alone reads as its story (test_ingredients: "아줄렌 언급 없고")
            ingredients = [i for i in values.get("all_ingredients", "").split("\0") if i]
            if any(i.split()[0] in values["product"] for i in ingredients):
                held = ""
            # "…편안한 마음으로 손이 가요. … 이 미스트에는 마음 편히 손이 가요." (readings 98-101, s2768: "'손이 가요'를
            # 연달아 반복"): where a proof says it is reached for, no moment line says so again
            reached = _REACHED in f"{said}\0{told}"
            if fact:
                values = values | {"feel": fact}
            elif reached:
                continue
            elif (
                held and stage != REFERRAL and values["moment"] not in f"{said}\0{told}"
            ):  # the moment said once  # with no selling point left, an ingredient the message has not named
                pool, values = (lines.MOMENT_HELD_LINE,), values | {"held": held}
            elif values["moment"] not in f"{said}\0{told}" and stage != REFERRAL:
                # the reader's own moment, so the emotional style the brief chose is still felt (test_long_forms)
                pool = (lines.MOMENT_FELT_LINE,)
            else:
                continue
        filled = [lines.fill(_pick(pool, k + i), values) for i in range(len(pool))]
        if oily:  # a product that controls oil is not answered by a dry season
            filled = [line for line in filled if not lines.DRY_WORDS.search(line)] or filled
        fresh = [line for line in filled if season not in line or season not in said]
        if fresh:  # a wording that repeats no word of the hook or the close first ("마음" twice)
            # a wording sharing no word with the close first, then none with the hook ("마음" twice)
            closing, hooked = content_stems(close), content_stems(said)
            return min(fresh, key=lambda line: (len(content_stems(line) & closing), len(content_stems(line) & hooked)))
    return None


ACQUISITION, ACTIVATION, ROUTINE, REFERRAL = 0, 1, 2, 4  # stage indexes
_HOUSE_FITS = frozenset({"brand", "house", "house_only"})  # fit.py's lines that introduce the brand
CONVERSION = 3
MOOD = re.compile("기분")  # a reader's moment that is a mood, not a state of the skin
HAND_ON = "손이 갈 "
CARE_MOMENT = "관리를 빠뜨리고 싶지 않은 날"  # a functional product's moment in place of a mood
WASHED_MOMENT = "익숙한 루틴에 새로움을 더하고 싶은 날"  # a daily wash or scalp step's (plan values)
# What a feel must say to answer the reader's moment in one opening sentence ("건조한 날" → moisture); a calm moment
# (an evening, a morning) takes any feel; a mood ("기분 전환") none.
MOMENT_ANSWERS: tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...] = (
    (re.compile("기분|관리를 빠뜨리"), None),  # a mood, or CARE_MOMENT: no texture answers it
    (re.compile("건조|당기|거칠"), re.compile("촉촉|보습|수분|윤기|보호막|감싸|밀착")),
    (re.compile("예민"), re.compile("순한|부드럽|편안|자극|진정|쫀쫀|거품")),
    (re.compile("번들"), re.compile("산뜻|보송|가볍|피지|흡수")),
    (re.compile("바쁜"), re.compile("빠르|흡수|가볍|산뜻|한 번|간편|스며")),
)


def _answers(moment: str, feel: str) -> bool:
    """Whether `feel` answers `moment` in "{moment}에도 {feel} 덕분에 …" (a moment not listed takes any feel)."""
    if _SHADE.search(feel) and _CALM.search(moment):  # "고요한 저녁에는 … 선명한 발색만으로도 마음이 한결 편해져요"
        return False  # (reading 40, s9975: "저녁 립 틴트로 마음이 편해진다는 연결 어색"): a colour answers no calm
    for asks, answer in MOMENT_ANSWERS:
        if asks.search(moment):
            return answer is not None and bool(answer.search(feel))
    return True


_SHADE = re.compile("발색|커버|피니시|톤업|컬러")
_CALM = re.compile("고요한|차분한")
# A conversion close under a promotion gives the brief's reason to act now: the offer, never a date it lacks.
CHOOSE_NOW = re.compile(r"(골라 (?:담아 )?보세요|들여 보세요)")
# and "부담 없이 " (readings 62-65, s4326: "'부담 없이 혜택이 있을 때 골라 보시면' 어색")
_ADVERB = re.compile(r"(\S+(?:게|히)|없이) $")  # "딱 맞게 ", "꼼꼼히 ": how one chooses, said right before the verb


# Round 34 (readings 82-85, s3852: "'보습 루틴이 매력' 어색"; s4979: "'점도가 있는 제형이 매력' 어색"): "…이
# 매력이에요" reads right after a quality one senses (a finish, a scent, a lather, a colour), not after a routine the
# product suits nor a texture or a tip said as what it is (55 of 3,600 long messages): the routine is what the product
# fits, the texture or the tip what to look at first
_SENSED = re.compile("(?:향|거품|마무리|사용감|발색|피니시|윤기|흡수감|광|컬러)$")
_USE_SCENE = re.compile("(?:루틴|날|아침|저녁|밤|순간)$")
_CHARM = " 매력이에요."


def _charm_fits(hook: str, feature: str) -> str:
    """`hook` with "{feature}이 매력이에요." said as what the feature is: a quality one senses keeps it."""
    if not feature or _SENSED.search(feature):
        return hook
    said = f"{feature}{particle_for(feature, '이')}{_CHARM}"
    if said not in hook:
        return hook
    # never "{feature}부터 눈여겨볼 만해요" (round 35: the translated "…부터 살펴볼 만" frame lines.STAGE_STYLE_HOOKS
    # shuns since reading 52, and beside the season's "…찾고 있었다면 눈여겨볼 만한 제품이 있어요" said twice): what
    # stands out
    stands_out = f"{feature}{particle_for(feature, '이')} 돋보여요."
    fit = f"{feature}에 잘 맞아요." if _USE_SCENE.search(feature) else stands_out
    return hook.replace(said, fit)


# Round 34 (readings 82-85, s7074: "설화수치고 '놓치기 아깝다' 톤이 가벼움"; s9966: "43만 원 고보습 크림에 '가볍게
# 시작'은 어울리지 않고"): a house that talks no price (voice.price_talk: 설화수, 헤라) urges no fear of missing out,
# and a premium line is never started "가볍게"; each says the same thing in the house's register
_HOUSE_MISSED = (
    "아직 써 보지 않으셨다면 놓치기 아까워요.",
    "아직 써 보지 않으셨다면 이번에는 놓치지 않고 경험해 볼 만해요.",
)
_PREMIUM_LIGHT = (
    ("오늘부터 가볍게 시작하기 좋아요.", "오늘부터 차분히 시작해 보기 좋아요."),
    ("오늘부터 가볍게 시작해도 충분해요.", "오늘부터 천천히 시작해도 충분해요."),
)


_HOUSE_MISSED_ANY = re.compile("|".join(re.escape(line) for line in _HOUSE_MISSED))


def _house_restrained(hook: str, house: bool, premium: bool) -> str:
    """`hook` without the FOMO cliché at a house that talks no price, nor "가볍게 시작" for a premium line."""
    if house:
        hook = hook.replace(*_HOUSE_MISSED)
    if premium:
        for light, calm in _PREMIUM_LIGHT:
            hook = hook.replace(light, calm)
    return hook


def _names_kind(definition: str, name: str) -> bool:
    """Whether a word of the definition (its head noun: "에멀젼") is a word of the product's name."""
    return any(len(word) >= 2 and word in name.split() for word in definition.split())


# Round 34 (readings 79-85, s9433: "'혜택이 있는 동안' 기한 암시"): "혜택이 있을 때" read as a deadline the event
# lacks; the offer is said as this time's ("이번 혜택과 함께 이 크림을 골라 보세요", "…이번 혜택으로 골라 보세요"), as
# sms.asked_for_stage rewrote it for an SMS brief's LMS only (85 of 3,600 long messages said it)
_NOW_BEFORE = re.compile(r"(?:지금|오늘) $")
_ADVERB_LED = re.compile(r"(?<![^ ])(?:(?:딱|더|꼭|좀|아주|가장|잘) )?(?:\S+ 없이|\S+(?:게|히)) $")
_THIS_CHOSEN = re.compile(r"(?:이 \S+|\{product\})[을를] $")


@lru_cache(maxsize=1024)
def _name_chosen(name: str) -> re.Pattern[str]:
    """The name as what is chosen ("X를 "), compiled once per name (see _moment_echo)."""
    return re.compile(rf"{re.escape(name)}[을를] $")


def _while_offered(close: str, name: str = "") -> str:
    """The close with the offer as the reason to choose now, before what is chosen ("이번 혜택과 함께 이 크림을
    골라 보세요") or the verb ("이번 혜택으로 골라 보세요"), before an adverb of manner that leads the verb ("…딱 맞게
    골라 담아" is one phrase: reading 18, s8279, read as broken with the offer between)."""
    found = CHOOSE_NOW.search(close)
    if not found:
        return close
    led = _ADVERB_LED.search(close[: found.start()])  # "편하게 골라", "부담 없이 골라": the offer before the manner
    at = led.start() if led else found.start()
    head, rest = close[:at], close[at:]
    head = _NOW_BEFORE.sub("", head)  # "지금 이번 혜택으로" says the time twice
    this = _THIS_CHOSEN.search(head) or (_name_chosen(name).search(head) if name else None)
    said = "이번 " in head  # "이번 겨울, … 이번 혜택과 함께": "이번" said once
    if this:
        word = _OFFER_WITH.removeprefix("이번 ") if said else _OFFER_WITH
        return f"{head[: this.start()]}{word}{head[this.start() :]}{rest}"
    return f"{head}{'이 혜택으로 ' if said else _OFFER_BY}{rest}"


_OFFER_WITH = "이번 혜택과 함께 "
_OFFER_BY = "이번 혜택으로 "


# Titles and hooks that promise a how-to ("더 잘 쓰는 법", "알아 두면 좋은 점"): only over a body that gives it.
PROMISES_USAGE = re.compile("쓰는 법|사용법|순서|가이드|이렇게 시작|놓치기 쉬운 점|알아 두면 좋은 점")
PROMISES_REASON = re.compile("이유")  # "…을 매일 쓰는 이유": only over a body that gives one
PROMISES = re.compile(f"{PROMISES_USAGE.pattern}|{PROMISES_REASON.pattern}")
REASON_KINDS = frozenset({"reason", "fit", "share", "angle"})  # the proofs that say why (plan.parts)


# Stages whose LMS written from an SMS brief carries the usage step: first use (the guide is the point)
# and the routine (how it is used daily); at a first look or a purchase it reads as padding (reading 8).
SMS_LMS_USAGE_STAGES = (ACTIVATION, 2)


def gives_usage(stage: int, channel: Channel, has_usage: bool, from_sms: bool = False) -> bool:
    """Whether a long message carries the usage step: never in a referral (a reason to pass on, not
    the steps) nor at a first look (a reason to look, not a how-to: reading 12 read "획득 단계에 사용법"
    as a message without focus); in a FriendTalk bubble only at first use, where the step is the point;
    in an LMS written from an SMS brief only at first use and in the routine."""
    if from_sms and stage not in SMS_LMS_USAGE_STAGES:
        return False
    if stage in (ACQUISITION, REFERRAL):
        return False
    return has_usage and (channel != Channel.kakao_friendtalk or stage == ACTIVATION)


def _keeps_promises(pool: list[str], with_usage: bool, with_event: bool) -> list[str]:
    """The titles or hooks whose promise the body keeps: a how-to only beside the usage step, news
    ("소식") only beside an event."""
    return list(_promises_kept(tuple(pool), with_usage, with_event))


@lru_cache(maxsize=4096)
def _promises_kept(pool: tuple[str, ...], with_usage: bool, with_event: bool) -> tuple[str, ...]:
    """_keeps_promises of a pool: the same few bank pools for every brief."""
    return tuple(t for t in pool if (with_usage or not PROMISES_USAGE.search(t)) and (with_event or "소식" not in t))


# A title that names a day or a week reads as the offer's deadline ("이번 주에 들이기 좋은 …", "오늘, 첫 주문에 …",
# reading 13): no event gives a period, so a long form's title never does ("오늘도 이어 가는 …" names no deadline).
DEADLINE_TITLE = re.compile("이번 주|오늘(?!도)")
LONG_CHANNELS = frozenset({Channel.kakao_friendtalk, Channel.lms, Channel.email})
GIFT_BUTTON = "선물하기"
GIFT_EVENT = re.compile("선물|받는 분")
# A referral title promising what to tell ("권할 때 알려 줄 점", "권하기 좋은 이유") over a gift ask: two asks.
RECOMMENDS = re.compile("권할 때|권하기 좋은|권해 보")
GIFT_TITLE_STYLE = 3  # the referral's feeling titles ("마음을 전하는 …", "소중한 분과 나누는 …") fit a gift
# A reader line that tells how to apply or rinse (a make-up base tip, an evening ritual, a rinse tip): the point
# of a first-use message only; elsewhere readers found it stray ("메이크업 전에 바른다면 …" in a refill message,
# "팩을 하는 동안 조명을 낮추고 …" beside a purchase ask, reading 13). A sensitive reader's care line stays.
APPLY_TIP = re.compile(
    "올리는 게|올리면|올려야|바른다면|바른 뒤|바르면|바르고|뿌린 뒤|펴 바르는|두드|덧바르"
    "|씻어 내는|헹구|헹궈|물기는|물로 마무리|하는 동안"
)
# A routine hook re-explaining what the product is to someone who uses it daily (reading 13, s4364).
REEXPLAINS = "한 번 더 정리"
# A conversion message whose campaign compares the next step of the line speaks to a reader who uses the product:
# never "새 크림을 찾고 계셨다면 … 지나치기 아깝습니다" before "이 크림 다음에 쓸 단계를 …" (reading 13, s1074).
NEXT_STEP = "다음 단계"
INTRODUCES = re.compile(r"새 \{category\}|아직 모르|궁금했다면|들일 생각|\{feature\}, ")
# nor told to switch to it, pick it, try it or make up their mind on it (reading 39, s1719: "겨울에 바꿔 쓸 팩이라면 …
# 쓰고 계신 달빛유자 수면팩 … 오래 고민한 팩이라면 이번 주에는 결정해 볼 만합니다", "고객 상태가 서로 모순"): a hook,
# a style line or a FOMO line that speaks to one still choosing gives way to the user's own; so does the one sending
# them to look at it first ("지금 루틴에 한 단계를 더할 때가 됐다면 {product}부터 살펴보세요")
NOT_OWNED = re.compile(
    "바꿔 쓸|고른다면|아직 써 보지|고민하셨|고민한|처음 만나|써 보지 않고|들이기 좋|결정해 볼|처음 고르는|들일 "
    "|작은 변화를 더하|소개해 드|부터 살펴보"
)
_CHOOSER_LINE = re.compile("(?:손이 갈|꺼내 쓸) [^.]*(?:이)?라면")  # the feeling style's line to one still choosing
# not "이어 쓸" twice, nor "살펴볼" before a close that says "살펴보세요" (lines.NEXT_STEP_NAMED)
# Where the catalog names no next product the title and the close say "다음 단계": the hook says what is added, never
# the step a third time (round 26: "다음 단계" three times in 951 of 3,726 next-step guides)
NEXT_STEP_HOOK = "{product}을 잘 쓰고 계시다면 이제 루틴에 한 가지를 더해 볼 때예요."
# and where the product's own usage step is the routine's last ("스킨케어 마지막 단계에서": a cream, a sun cream, a
# sleeping pack) nothing follows it: the guide says so and looks at the step before it (lines.LAST_STEP_TITLES)
LAST_STEP_HOOK = "{product}을 잘 쓰고 계시다면 루틴의 마지막 단계는 갖추신 셈이니, 이제 나머지 순서를 맞춰 볼 때예요."
LAST_STEP = "마지막 단계"
# where the close names the next product ("…에 이어 쓸 다음 단계로는 {next}를 …"), the hook leaves it the step's word
NEXT_NAMED_HOOK = "{product}을 잘 쓰고 계시다면 이제 그 뒤에 바를 한 가지를 더해 볼 때예요."
TIME_HOOK = re.compile("이번 주")  # where a re-explaining hook gives way, the remaining-amount one that names no week


def _no_deadline(pool: list[str], stage: int, with_usage: bool, with_event: bool) -> list[str]:
    """The titles naming no day or week; where a pure time style has none, the stage's FOMO, then
    information titles (what would be missed is urgency enough)."""
    kept = [t for t in pool if not DEADLINE_TITLE.search(t)]
    for style in (2, 1, 3):
        if kept:
            break
        kept = _keeps_promises(
            [t for t in lines.TITLES[stage][style] if not DEADLINE_TITLE.search(t)], with_usage, with_event
        )
    return kept or pool


# Running out, said by the hook, the FOMO line or the style line: the close then drops its own
# "다 쓰기 전에" ("다 쓰기 전에" twice reads as a form).
_RUNNING_OUT = re.compile("다 쓰|다 써|떨어지|남은 양")
_RUNNING_OUT_CLAUSE = re.compile(r"(^|, )다 (?:쓰기|써 가기) 전에 ")
_NAME_PARTICLE = re.compile("(?:(으로|로|을|를|이|가|은|는|과|와)(?![가-힣]))?")  # always matches


def by_sheet(facts: ProductFacts) -> bool:
    """Whether the product is used by the sheet (a sheet mask, pads: "60매"): it has no amount left to halve."""
    return facts.volume.endswith("매") or "시트" in facts.name


def as_this(text: str, name: str, noun: str) -> str:
    """`text` with the product's name turned into "이 {noun}", its particle agreeing with the noun."""
    at = text.find(name)
    if at < 0:
        return text
    rest = text[at + len(name) :]
    particle = _NAME_PARTICLE.match(rest).group(1) or ""  # type: ignore[union-attr]
    said = f"이 {noun}" + (particle_for(noun, particle) if particle else "")
    return text[:at] + said + rest[len(particle) :]


_FIRST_FEEL = re.compile("설레|설렘|첫날")  # the first day's feeling: one line of a first-use message says it
# A first-order event ("첫 주문하시면 …") to an activation reader: the reader has not ordered yet, so
# the copy never says they already have the product ("새로 들이신", "곁에 두신").
_FIRST_ORDER = re.compile("첫 주문|첫 구매")
_OWNED = re.compile("(?:새로 들이신|새로 곁에 두신|이제 곁에 둔|처음 함께하는) |새로 들인 템, ")


# An event about the line (라인 조합 가이드, 다음 단계 라인 안내): "라인" as a word of its own, never
# inside "온라인" (온라인 피부 타입 테스트 is no line guide); ALL_IN_ONE is the catalog's (catalog.Catalog.offers)
LINE_GUIDE = re.compile("(?<![가-힣])라인(?![가-힣])")

# Round 32 (reading 64, s5861: "CTA가 크림 단품과 세트 사이에서 흔들리고"): an event that sells the line's set
# (CampaignEvent.sells_line_set) was closed on the single product in KakaoTalk, LMS and email ("성분과 구성을 살펴보고
# 이 크림을 혜택이 있을 때 골라 보세요"; 55 of 70 messages on each of those channels, bench/long_r32_check.py --event
# ev-rev-p1), while only an SMS brief's LMS asked for the set (round 31's forms fix): the plan's close asks for the set
# once, for every form ("성분과 구성을 살펴보고 혜택이 있을 때 3종 세트로 골라 보세요").
_SET_SIZE = re.compile(r"(\d+종)[을를] 세트로")
_ONE_CHOSEN = re.compile(
    r"(?<![가-힣])이 [가-힣]+(?: [가-힣]+)?[을를] (?=(?:\S+ ){0,4}(?:골라|더해) )"
)  # "이 크림을 (…) 골라"
_SET_VERB = re.compile(r"(?<=\s)(?=(?:골라|더해) )")


def set_asked(close: str, event: CampaignEvent) -> str:
    """`close` asking for the event's set where it asks to choose, not for the one product; as it was otherwise."""
    if "세트" in close or not _SET_VERB.search(close):
        return close
    size = _SET_SIZE.search(event.offer.condition if event.offer and event.offer.condition else "")
    chosen = f"{size.group(1)} 세트로 " if size else "세트로 "
    return _SET_VERB.sub(chosen, _ONE_CHOSEN.sub("", close, count=1), count=1)


REVIEWING, EMPTIES, GIFTING = "review", "empties", "gift"  # events that are the message's one ask
ALERTING = "alert"  # the running-out alert (lines.ALERT_HOOKS)


def _campaign(event: CampaignEvent | None, stage: int) -> str:
    """A referral's review campaign (the review is how the reader passes it on) or a routine's empties
    campaign (the ask is to bring the empties, not to refill); "" for any other message."""
    if event is None:
        return ""
    about = f"{event.name} {event.offer.benefit if event.offer else ''}"
    if stage == REFERRAL and GIFT_EVENT.search(about):  # one ask: the gift, no friend's recommendation beside it
        return GIFTING
    if event.is_promotion:
        return ""
    if stage == REFERRAL and "후기" in event.name:
        return REVIEWING
    if stage == ROUTINE and "알림" in (event.button or ""):
        return ALERTING
    return EMPTIES if "공병" in about else ""


def _takes_up(event: CampaignEvent | None) -> bool:
    """Whether the event is content or a service the reader takes up, with its own ask."""
    if event is None or event.is_promotion or not event.ask or event.offer is None:
        return False
    return event.offer.kind in ("content", "service")


# A close's "첫 사용" and its wording for a message that said it already; the button ("한 번 써보기") still fits
FIRST_USE_FREE_CLOSES = (
    ("첫 사용 팁을", "사용 팁을"),
    ("첫 사용의 느낌을 오늘 직접 만나 보", "오늘 직접 써 보"),
    ("첫 사용의 느낌을 직접 만나 보", "직접 써 보"),  # its "오늘" dropped for a body that said it
    ("첫 사용을 시작해", "시작해"),
)
_TODAY = re.compile("(?<![가-힣])오늘(?:부터)? ")
_NOWADAYS = re.compile("(?<![가-힣])요즘 ")
INFORMATION = 1  # the information style's index
_HOW_TO_EVENT = re.compile("가이드|사용법|순서|방송")
_LIVE = re.compile("라이브|방송")
_UNBOUGHT_TIME = re.compile("오늘|내일|이번 주|받으신")


def _first_order(event: CampaignEvent | None) -> bool:
    if event is None:
        return False
    condition = (event.offer.condition if event.offer else None) or ""
    return bool(_FIRST_ORDER.search(f"{event.name} {condition}"))


@dataclass(frozen=True)
class _Subject:
    """What a message is about, apart from how it is told: the brand, the product, the reader, the stage,
    the season of the send date and whether the channel's message gives a usage step (it places the
    product, so the definition must not place it again). What depends on these alone is computed once."""

    brand: Brand
    product: Product | NameOnlyProduct
    persona: Persona
    name_only: bool
    stage: int
    season: str
    tells_usage: bool  # where the product has a usage step: gives_usage(..., has_usage=True, ...)

    def __hash__(self) -> int:
        """Hashed once, by the catalog rows' keys (brand name, product id, persona index) rather than by their models,
        which pydantic hashes field by field: every brief builds a new subject to look its grounds up by. Equal
        subjects have equal keys, so equal hashes; the cache compares the models themselves on a hit."""
        known = self.__dict__.get("_hash")
        if known is None:
            rows = (self.brand.name, self.product.id, self.persona.index)
            known = hash((*rows, self.name_only, self.stage, self.season, self.tells_usage))
            object.__setattr__(self, "_hash", known)
        return known

    @classmethod
    def of(cls, request: GenerationRequest) -> _Subject:
        resolved = request.resolved
        return cls(
            resolved.brand,
            resolved.product,
            resolved.persona,
            resolved.name_only,
            resolved.stage.index,
            season_of(resolved.brief.scheduled_at),
            gives_usage(resolved.stage.index, resolved.channel.channel, True, resolved.sms_to_lms),
        )


@lru_cache(maxsize=4096)
def _grounds(
    on: _Subject, evidence_reviews: tuple[EvidenceItem, ...], k: int
) -> tuple[Angle, ProductFacts, dict[str, str], tuple[ReviewPoint, ...], ReviewPoint | None, str]:
    """What the k-th variant stands on before any seeded choice: the reader's angle made true of the
    product, its facts, the slot values (the opener among them: never mutate them, copy), the review
    points and the one quoted, and the fact the opener states. The same for every brief on this
    subject, whatever its tone, channel, style or seed: computed once for them."""
    base_angle = angle_for(on.persona)
    if on.name_only:
        base_angle = for_name_only(base_angle)
    facts = product_facts(on.product, base_angle, on.persona.skin_concerns)
    angle = _angle_for_product(base_angle, facts)
    values = _values(on, facts, angle, k)
    unfit = unfit_aspects(product_kind(facts, on.product.name))
    # a retinol serum or a whitening cream is not proved by its scent (reading 24, s5014: "레티놀에 '향이 은은하다'
    # 후기")
    if facts.strong or ACTIVE_CLAIMS & set(getattr(on.product, "functional_claims", ())):
        unfit = (*unfit, *ACTIVE_UNFIT)
    reviews = review_points(evidence_reviews, angle.aspects, unfit, facts.premium)  # reading 57: no stock-up
    review = reviews[k % len(reviews)] if reviews else None
    opener, opener_fact, joined = _opener(on, facts, angle, review, values)
    values["opener"] = opener
    values["opener_joined"] = joined  # the opener with the definition after it, as one sentence (forms._flowing)
    return angle, facts, values, reviews, review, opener_fact


# The last plan built by plan_for, with what it was built from: a pipeline asks sms_carries about an SMS
# brief, then lays the same request out; the plan is built once for both.
_last_plan: tuple[ResolvedBrief, Evidence, int, MessagePlan] | None = None


def plan_for(request: GenerationRequest) -> MessagePlan:
    """build_plan's plan, reused when asked again for the same resolved brief, evidence and variant (the
    same objects: a plan is a pure function of them, and nothing mutates them or it)."""
    global _last_plan
    last = _last_plan  # one read: another thread may replace it
    if last is not None and last[0] is request.resolved and last[1] is request.evidence and last[2] == request.variant:
        return last[3]
    plan = build_plan(request)
    _last_plan = (request.resolved, request.evidence, request.variant, plan)
    return plan


@lru_cache(maxsize=1024)
def _asking(stage: int, tone: Tone | None, cta: str) -> tuple[str, ...]:
    """The closes that ask for what the button `cta` does: the stage's tones' (a trendy close only in trendy copy,
    where another fits), then its button closes. A pure function of the banks: worked out once."""
    by_tone = sorted(lines.CLOSES[stage].items(), key=lambda item: item[0] == Tone.trendy and tone != Tone.trendy)
    asking = [line for _, (line, button) in by_tone if button == cta]
    return (*asking, *(line for line, button in lines.BUTTON_CLOSES.get(stage, ()) if button == cta))


# _proofs's choice by what it depends on: the grounds (the cached object for the subject, its evidence and the
# variant: facts, angle, review and slot values; the subject carries the stage and brand _proofs reads; it
# owns the entry), the tone, the reason, what the hook stated, the reader's line, the fits and the campaign.
# Briefs on one subject share it, whatever their seed.
_TOLD: OwnedCache[tuple[tuple[tuple[str, str], ...], Fit | None]] = OwnedCache(8192)
# _grounds's and _button's answers by the identity of the evidence's reviews and of the event (pydantic models, hashed
# field by field on every lru_cache lookup), the rest of their arguments as the key
_GROUNDS: OwnedCache[tuple] = OwnedCache(4096)
_BUTTONS: OwnedCache[tuple[str, bool]] = OwnedCache(4096)


# a feature whose first word modifies what follows ("투명하게 올라오는", "물방울처럼 떨어지는", "부드러운 …"): after
# "{product}의" the whole stays one noun phrase
_JOINS_AS_NOUN = re.compile(r"^\S*[는은운한된던인]\s")


_TRIED_VOICE = re.compile("재미|새로")
_PLAIN_SLOTS = ("feature", "feel", "season_fact")  # a hook's plain statement of a feature


def _reader_wins(
    turns: list[str], values: dict[str, str], facts: ProductFacts, on: _Subject, reviews: tuple, k: int
) -> list[str]:
    """The hooks in turn, those that state a feature plainly ("…을 눈여겨볼 만해요", "…이 돋보여요") last where the
    trend reader has a line of their own on that feature (fit.trend_fits: "처음 쓸 때부터 …이 눈에 들어와요"): the
    reader's line wins over the plain statement. Round 41 (reader_r40_check: 350 of the 453 long trend misses had
    such a line dropped as said by the hook, readings 98-101: "트렌드 고객 관점(새로움·재미) 없음")."""
    kind = product_kind(facts, on.product.name)
    own = [
        c.fact
        for c in fits("trend", facts, kind, reviews, False, values["definition"], on.brand.name, "", k, on.stage)
        if c.kind == "finish"
    ]
    if not own:
        return turns

    def plain(hook: str) -> bool:
        stated = [values[slot] for slot in _PLAIN_SLOTS if "{" + slot + "}" in hook and values[slot]]
        return any(fact in said or said in fact for fact in own for said in stated)

    turns = sorted(turns, key=plain)
    voiced = _TRIED_VOICE.search(values["opener"])  # the opener says the fact in the reader's word ("…재미가 있어요")
    choosing = on.stage in lines.NEW_STAGES  # a user is not told of the fun of trying it
    if turns and plain(turns[0]) and voiced and choosing and lines.OPENER_HOOK not in turns:
        # every hook of the style states it plainly: the opener that tells it as the fun of trying it leads
        turns = [lines.OPENER_HOOK, *turns]
    return turns


def build_plan(request: GenerationRequest) -> MessagePlan:
    """Choose every part of one message from the brief (who, what, why, how) and the variant."""
    resolved, brief, k = request.resolved, request.resolved.brief, request.variant
    rng = random.Random(
        f"{brief.seed}:{resolved.brand.name}:{resolved.product.id}:{resolved.stage.index}:{resolved.style.index}:"
        f"{resolved.persona.index}:{brief.tone}:{resolved.channel.channel}"
    )
    on = _Subject.of(request)
    # by the reviews' identity (their models hash slowly): a brief's evidence is a new tuple, often of the same items,
    # so the first item owns the entry, the others' ids are in the key, and the entry holds them all
    items = request.evidence.reviews
    owner, held = (items[0] if items else items), (on, k, *map(id, items[1:]))
    known = _GROUNDS.get(owner, held)
    ground = known[1] if known is not None else None
    if ground is None:
        ground = _grounds(on, request.evidence.reviews, k)  # one cached object per subject, evidence and variant
        _GROUNDS.put(owner, held, (items, ground))
    angle, facts, grounds, reviews, review, opener_fact = ground
    values = dict(grounds)  # the plan's own copy: the cached one is shared
    if resolved.channel.channel in LONG_CHANNELS or resolved.sms_to_lms:
        values |= _long_values_of(ground, on, facts, k)
    if brief.tone == Tone.trendy and values["moment"] in TRENDY_MOMENTS:
        values["moment"] = TRENDY_MOMENTS[values["moment"]]
    opener = values["opener"]
    styles = _style_pools(resolved.style.index, rng)
    stage = resolved.stage.index
    new_reader = stage in lines.NEW_STAGES
    voice = voice_of(resolved.brand)
    tone = brief.tone
    if tone is None and voice.manner in QUIET_MANNERS:
        tone_bank_key: Tone | None = Tone.luxurious
    else:
        tone_bank_key = tone
    daytime = facts.category in DAYTIME or facts.daytime

    # a first-use message whose event is the first order: its reader has not bought the product yet
    ordering = stage == ACTIVATION and _first_order(request.evidence.event)
    title_pool = [t for s in styles for t in lines.TITLES[stage][s]]  # the stage's promise in the style
    if review is not None and 2 in styles and stage in (0, 3):
        title_pool += lines.REVIEW_TITLES
    if stage == 1:  # first use: what would be missed is the right start, not the product
        first_use = {**lines.FIRST_USE_HOOKS, 2: lines.FIRST_USE_FOMO_HOOKS}  # the reader already has it
        if resolved.channel.channel in LONG_CHANNELS and not resolved.sms_to_lms:
            # Round 36 (readings 88-89, s8022: "'아래 쓰는 법을 먼저' 표현이 어색"; s6859: "제품 정의가 마지막"): a
            # long message opens on the product and says the FOMO line of the right first steps after its facts,
            # before the usage step it points at (lines.USER_FOMO_LINES[1]), never "…아래 쓰는 법을 먼저 확인해
            # 보세요" before what the product is (159 of 3,600 long messages)
            first_use[2] = ()
        hook_pool = [h for s in styles for h in first_use.get(s, lines.STYLE_HOOKS[s])]
        if ordering:  # the first order is still ahead: the first try ahead, never the product in hand
            hook_pool = [lines.FIRST_ORDER_HOOKS.get(h, h) for h in hook_pool]
    elif new_reader:
        own = lines.STAGE_STYLE_HOOKS.get(stage, {})
        hook_pool = [h for s in styles for h in own.get(s, lines.STYLE_HOOKS[s])]
    else:
        hook_pool = [h for s in styles for h in lines.USER_HOOKS.get(stage, {}).get(s, lines.STYLE_HOOKS[s])]
    if stage in STAGE_LED and styles != (0,):  # first use, routine and sharing may open on the stage
        # itself; the time-urgency style keeps its own openings, which carry the style
        hook_pool += [lines.FIRST_ORDER_HOOKS.get(h, h) if ordering else h for h in lines.STAGE_HOOKS[stage]]
    campaign = _campaign(request.evidence.event, stage)
    if campaign == REVIEWING:  # one ask: the review is how the reader passes it on
        title_pool, hook_pool = list(lines.REVIEW_SHARE_TITLES), list(lines.REVIEW_SHARE_HOOKS)
    elif campaign == GIFTING:  # one ask: the gift (reading 16: gift, content and a friend's tip in one message)
        title_pool = [t for t in title_pool if not lines.RECOMMENDING.search(t)] or list(lines.TITLES[stage][3])
        hook_pool = [h for h in hook_pool if not lines.RECOMMENDING.search(h)] or list(lines.USER_HOOKS[stage][3])
    elif campaign == EMPTIES:  # one ask: bring the empties in, not refill before running out
        title_pool = [t for t in title_pool if not lines.REFILL_WORDS.search(t)] or list(lines.EMPTIES_TITLES)
        hook_pool = [h for h in hook_pool if not lines.REFILL_WORDS.search(h)] or list(lines.EMPTIES_HOOKS)
        if brief.honorific == Honorific.hapsho and all(h.endswith("?") for h in hook_pool):
            hook_pool = list(lines.EMPTIES_HOOKS)
    # a reader who keeps using it is not told the daily step again (reading 22, s9447, s3434: "재사용 고객에게 사용법
    # 재안내가 군더더기") unless the message is about the steps: the information style ("매일 쓰는 순서 다시 보기") or
    # a how-to event
    how_to = resolved.style.index == INFORMATION or _HOW_TO_EVENT.search(
        request.evidence.event.name if request.evidence.event else ""
    )
    retold = stage == ROUTINE and not how_to
    with_usage = not retold and gives_usage(stage, resolved.channel.channel, bool(facts.usage), resolved.sms_to_lms)
    with_event = request.evidence.event is not None
    title_pool = _keeps_promises(title_pool, with_usage, with_event) or title_pool
    long_form = resolved.channel.channel in LONG_CHANNELS or resolved.sms_to_lms
    if long_form:
        title_pool = _no_deadline(title_pool, stage, with_usage, with_event)
    if not opener_fact:  # no fact to open on: no "핵심부터 정리" promise
        hook_pool = [h for h in hook_pool if h != lines.OPENER_HOOK] or hook_pool
    if brief.honorific == Honorific.hapsho:  # 합쇼체 questions read as a form letter: statements first
        statements = [h for h in hook_pool if not (h.endswith("?") or h == "{ask}")]
        hook_pool = statements or [h for h in lines.STAGE_HOOKS[stage] if not h.endswith("?")] or hook_pool
    hook_pool = _keeps_promises(hook_pool, with_usage, with_event) or hook_pool
    event = request.evidence.event
    next_step = long_form and stage == 3 and event is not None and NEXT_STEP in event.name
    # the product the line guide names for that step (Catalog.next_in_routine): readings 43-44 (s9466, s6854, 2.0-3.0:
    # "다음 단계 제품명 없이 '비교해 보세요'로 끝나 전환 역할 못 함") asked which one
    values["next"] = short_product_name(resolved.next_product.name) if resolved.next_product else ""
    last_step = next_step and not values["next"] and LAST_STEP in (facts.usage or "")
    step_hook = NEXT_NAMED_HOOK if values["next"] else LAST_STEP_HOOK if last_step else NEXT_STEP_HOOK
    if next_step:  # the reader uses this one and looks at the next: it is not introduced as new
        kept = [h for h in hook_pool if not (INTRODUCES.search(h) or NOT_OWNED.search(h) or lines.FEEL_DRAWN in h)]
        if 3 in styles and not any(h in lines.STYLE_HOOKS[3] for h in kept):  # "…을 처음 만나는 설렘은" gave way:
            kept += lines.USER_HOOKS[ROUTINE][3]  # the feeling a user has of it ("…만큼은 마음 편히 꺼내 쓰게 돼요")
        hook_pool = kept or [step_hook]
    if long_form and stage == ROUTINE:  # the reader uses it daily: not told again what it is
        hook_pool = [h for h in hook_pool if REEXPLAINS not in h] or [
            h for h in lines.USER_HOOKS[ROUTINE][0] if not (h.endswith("?") or TIME_HOOK.search(h))
        ]
    # where no opener fits, the message opens on the product's point (reading 16): never a feel-less hook filled
    # with nothing, never a mood before a texture fact
    point_hook = [lines.OPENER_HOOK] if opener_fact else [lines.PLAIN_HOOK if new_reader else lines.USER_PLAIN_HOOK]
    if not values["season_answers"]:  # "…찾게 되는 건 {season_fact} 덕분이에요" only where the fact answers the season
        hook_pool = [h for h in hook_pool if not ("{season_fact}" in h and "덕분" in h)] or hook_pool
    for slot in ("feature", "feel", "season_fact"):  # a hook built on a feature needs a benefit, not a step
        if not values[slot] or values[slot].endswith(tuple(lines.KIND_POINT_LINES)):
            hook_pool = [h for h in hook_pool if "{" + slot + "}" not in h] or point_hook or hook_pool
    if not _answers_season(values["season"], values["feature"], values["feel"], values["definition"]):
        # a season scene leads to a fact that answers it ("실내가 건조한 겨울, …촉촉한 보호막"), else the plain season
        # opens the fact: a scene no fact answers is a frame that fits any product (reading 26: "상투적 계절 도입")
        # and the product is no topic of the season: "겨울에는 {product}의 …부터", never "겨울에 어린쑥 … 토너는 …"
        # (reading 39, s7749: "'겨울에 …토너는' 첫 문장 어색")
        # "겨울에는 센슈얼 누드 밤의 투명하게 올라오는 …발색부터" reads as one noun phrase, "겨울에는 비자 시카 밤 EX의
        # 체온에 녹아 …" as the product's body heat (reading 43, s9466: "첫 문장 조사 연결이 꼬였고"): the genitive
        # only before an adnominal ("…세럼의 실키한 제형"), else a comma: never before an adverb that opens a clause
        # ("…래스팅의 화사하게 오래 유지되는 톤업을", "…세럼의 부드럽게 펴 발리는 …": readings 57-60, "속격 연결 어색")
        topic = "{season}에는 {product}의 " if _JOINS_AS_NOUN.match(values["feature"]) else "{season}에는 {product}, "
        # Round 36 (readings 88-89, s6747: "겨울에는 살리실산 데일리 젠틀 클렌저, 피지를 씻어 내는 부드러운 거품을
        # 직접 확인해 보세요", "첫 문장이 어색", "첫 문장 연결이 어색"; 25 of 3,600 long messages): a fact that does not
        # answer the season is said of the product in any season, a statement (the close is the one ask)
        # (the long channels' own: an SMS brief's text and a push keep their helpers' hooks)
        # the product the sentence's topic, the season its frame (reading 92, s2866: "겨울에도 비자 트러블 클렌징폼은
        # … 거품이 돋보입니다" — "첫 문장 주어가 꼬였고")
        any_season = "{product}은 {season}에도 {feature}이 돋보여요."
        if _USE_SCENE.search(values["feature"]):
            any_season = "{product}은 {season}에도 {feature}에 잘 맞아요."
        if not long_form or resolved.sms_to_lms:
            any_season = lines.STYLE_HOOKS[4][0]
        hook_pool = [
            h.replace(lines.STYLE_HOOKS[4][0], any_season)
            .replace("{season_scene}, {product}은 ", topic)
            .replace("{season_scene}, ", "{season}에 ")
            .replace("{season_scene}", "{season}")
            # a fact that does not answer the season does not suit it ("겨울에는 … 보송한 마무리가 특히 잘 어울려요")
            .replace("{feature}이 특히 잘 어울려요.", "{feature}을 직접 확인해 보세요.")
            for h in hook_pool
        ]
    if not _answers(values["moment"], values["feel"]):
        # "기분 전환이 필요한 날에도 베개에 잘 묻어나지 않는 말랑한 제형 덕분에 …" (reading 16, s1416: "첫 문장 논리
        # 어색"), "건조한 날에도 … 유자 향 덕분에 마음 놓고": the moment opens on the feel only where the feel
        # answers it
        hook_pool = [h for h in hook_pool if not ("{moment}" in h and "{feel}" in h)] or point_hook or hook_pool
    if MOOD.search(
        values["moment"]
    ):  # "기분 전환이 필요한 날에도 … 선크림과 함께라면 루틴이 한결 편안해요": no opening
        hook_pool = [h for h in hook_pool if "{moment}" not in h] or point_hook or hook_pool
    if by_sheet(facts):
        title_pool = [t for t in title_pool if "남은 양" not in t] or title_pool
    if ordering:  # the first order is still ahead: the title promises it, never a first use's how-to (readings 39-40,
        # s8120, s7178, s7183, s3452: "제목은 첫 사용법인데 본문은 첫 주문 유도로 어긋남")
        title_pool = [lines.ORDER_TITLES.get(t, t) for t in title_pool]
    if next_step:  # a user of the product is shown the step after it, never the product to choose (NEXT_STEP_TITLES)
        title_pool = [_next_titles(values).get(t, t) for t in title_pool]
        if last_step:
            title_pool = [lines.LAST_STEP_TITLES.get(t, t) for t in title_pool]
    alert = long_form and event is not None and "알림" in (event.button or "")
    if alert:  # the running-out alert is the one ask: never "지금 챙겨 두세요" beside it (lines.ALERT_HOOKS)
        title_pool = [lines.ALERT_TITLES.get(t, t) for t in title_pool]
    start = rng.randrange(len(title_pool)) + k
    title = _title(title_pool, start, values)
    # for a body that quotes no review or gives no usage step after all (forms.py lays it out)
    plain_pool = [t for t in title_pool if t not in lines.REVIEW_TITLES and not PROMISES.search(t)]
    if not plain_pool and stage == ROUTINE:  # every routine title of the style promises a how-to or a reason
        plain_pool = [lines.EMPTIES_TITLES[0]]
    plain_title = _title(plain_pool, start, values) if plain_pool else title
    # three variants take three hooks where the pool has them; from a pool of two, k + k // 2: the
    # third variant pairs the first hook with the second product line, so that three variants differ
    if by_sheet(facts):  # a sheet mask or a pad is not "남은 양이 절반" (reading 24, s9194)
        hook_pool = [h for h in hook_pool if "남은 양" not in h] or [lines.SHEET_REFILL_HOOK]
    if alert:
        hooks = [h for h in lines.ALERT_HOOKS if not (by_sheet(facts) and "남은 양" in h)]
        hook_pool = [h for h in hook_pool if not lines.KEEP_NOW.search(h)] or hooks
    step = k if len(hook_pool) >= 3 else k + k // 2
    at = rng.randrange(len(hook_pool)) + step
    # "기분 전환이 필요한 날, … 그날의 기분을 바꿔 놓기도" (reading 9, s4087): a hook whose reader's
    # moment repeats its own word gives way to the next one
    turns = [_pick(hook_pool, at + i) for i in range(len(hook_pool))]
    if angle.key == "trend" and facts.category and not resolved.name_only and 2 not in styles and long_form:
        # (a FOMO hook carries the style and says what the product is before what would be missed: it stays)
        turns = _reader_wins(turns, values, facts, on, reviews, k)
    hook_line = next((h for h in turns if not _says_twice(lines.fill(h, values))), turns[0])
    hook = _charm_fits(_at_ease(lines.fill(hook_line, values), values["moment"]), values.get("feature", ""))
    hook = _house_restrained(hook, not voice.price_talk, facts.premium or not voice.price_talk)
    if next_step and NOT_OWNED.search(hook):  # the point hook a filter fell back to ("…을 소개해 드려요")
        hook_line = step_hook
        hook = lines.fill(hook_line, values)
    scene = values["season_scene"]
    if long_form and hook.startswith(f"{scene}, ") and len(_HANGUL.findall(hook)) > LONG_FIRST:
        # "난방으로 실내가 건조해지는 겨울, 워터뱅크 … 중·건성용을 고른다면 …부터 눈여겨볼 만해요" ran past 60
        # syllables (round 24: "첫 문장 길고"): the scene is a sentence of its own
        hook = f"{scene}이에요. {hook[len(scene) + 2 :]}"
    if facts.category == SCALP:
        hook = as_hair(hook, facts)
    if brief.key_message:  # the marketer's point opens the message (see key_message.py)
        hook = key_sentence(brief.key_message)
        hook_line = ""
    hook_fomo = hook_line in lines.FOMO_HOOKS  # the style is said: no second FOMO line
    missed_after = ""
    if long_form and not resolved.sms_to_lms and hook_line in lines.STYLE_HOOKS[2] and facts.name in hook:
        # Round 36 (readings 88-89, s6859: "제품 정의가 마지막", "제품 설명 문장이 FOMO 문장 뒤에 뒤늦게 붙어"; s2348,
        # s4248: "'놓치기 아깝습니다' 뒤 문장 순서"; 249 of 3,600 long messages said what the product is after the
        # hook's "아직 써 보지 않으셨다면 놓치기 아까워요."): the hook keeps its point, what the product is follows it,
        # and what a reader who has not tried it would miss is said after the facts, before the offer and the ask
        lead, _, tail = hook.partition(". ")
        if tail and _HOUSE_MISSED_ANY.search(tail):
            hook, missed_after = f"{lead}.", tail
    opened = opener_fact if hook_line == lines.OPENER_HOOK else ""
    told = next((slot for slot in ("feature", "feel") if "{" + slot + "}" in hook_line), None)
    if told:  # the hook told the feature: no proof repeats it
        opened = values[told]
    renamed = facts.name in hook
    if not facts.points and not facts.ingredients and not facts.claims:  # name-only: nothing to define
        product_line = after_hook = lines.fill(_pick(lines.NAME_ONLY_LINES, k), values)
    else:
        bank = lines.PRODUCT_LINES if new_reader else lines.USER_PRODUCT_LINES
        if stage == 1:  # the first-use reader has the product: it is not introduced again
            bank = lines.FIRST_USE_PRODUCT_LINES
        elif next_step:
            bank = lines.USER_PRODUCT_LINES
        shapes = bank[tone_bank_key]
        # "…데일리 클렌저, 살리실산 데일리 젠틀 클렌저" says the name's words twice in a row: the name first
        # … and "이름 그대로 …" said before the name it points back to
        if repeats_name(values["definition"], facts.name) or values["definition"].startswith(AS_NAMED):
            shapes = tuple(s for s in shapes if not s.startswith(("{definition},", "{product},"))) or shapes
        if "요즘 루틴" in hook:  # "요즘 루틴에 새로운 재미가 … 요즘 루틴에 들이기 좋은 …" (reading 12): said once
            shapes = tuple(s for s in shapes if "요즘 루틴" not in s) or shapes
        if _names_kind(values["definition"], facts.name):
            # "풍부한 보습감의 에멀젼, 슈퍼바이탈 에멀젼을 소개해 드려요" says the kind twice in a row (reading 78,
            # s9835: "제품명을 두 번 되풀이하는 소개 문장"; 56 of 3,600 long messages): the name the topic
            shapes = tuple(s for s in shapes if not s.startswith("{definition},")) or shapes
        product_bank = _pick(shapes, rng.randrange(2) + k)
        product_line = lines.fill(product_bank, values)
        # after a hook that named the product, what it is follows without the name again
        after_hook = lines.fill(lines.RENAMED_LINE, values) if renamed else product_line
    close_line, close_button = lines.CLOSES[stage][tone]
    ctas = resolved.stage.cta_examples or (resolved.stage.cta_style.split("/")[0].strip(),)
    if resolved.name_only:  # no ingredient facts to show behind the button
        ctas = tuple(c for c in ctas if "성분" not in c) or ctas
    buttoned = _BUTTONS.get(event, (tuple(ctas), close_button))
    if buttoned is None:
        buttoned = _button(tuple(ctas), close_button, event)
        _BUTTONS.put(event, (tuple(ctas), close_button), buttoned)
    cta, close_fits = buttoned
    # first use asks to start, but a review collection asks to read it (reading 22, s3112: "지금 시작하기" under a page
    # of first users' reviews read apart from the event)
    reviews_first = event is not None and "후기" in (event.button or "")
    # and a live broadcast asks to be notified of it, never "…라이브 방송이 열려요 … 사용 팁을 살펴보고 …" (reading 31,
    # s3112: "라이브·팁 CTA가 겹침"): one close, the event's
    live = event is not None and bool(_LIVE.search(f"{event.name} {event.button or ''}"))
    event_ask = _own_ask(event, tuple(ctas)) if stage != ACTIVATION or reviews_first else None
    if live and stage == ACTIVATION and event is not None and event.ask and event.button:
        event_ask = (lines.LIVE_CLOSE, event.button)  # the stage's "첫 사용 팁 보기" is a second place to go
    if event_ask:  # no button of the stage leads to the event: its own button and its one ask
        close_line, cta = event_ask
        close_button = cta
    if cta != close_button:  # the close asks for what the button does: another tone's, else the plain one
        asking = list(_asking(stage, tone, cta))
        content = event is not None and not event.is_promotion and bool(event.ask) and stage != ACTIVATION
        if not asking and content and event and lines.CONTENT_BUTTONS.search(cta):
            # the button leads to the event's content and no close asks for it: the event's own ask, never
            # "…첫 느낌을 만나 보십시오" over "이야기 읽어보기" (reading 11, s9508)
            event_ask = (event.ask, cta)
            close_line = event.ask
        elif asking or not close_fits:
            close_line = asking[0] if asking else lines.CLOSES[stage][None][0]
    if stage == ROUTINE and not event_ask and _takes_up(event):
        # a routine message with a report, an alert or a campaign asks for that one thing: never "…리포트도 준비해
        # 두었어요" beside "남은 양을 확인하고 … 준비해 두세요" under "오늘 루틴 확인" (reading 12, s6189)
        # and its own button (reading 22: "…루틴 리포트를 받아 보세요 ▶ 루틴 이어가기" asked one thing, pointed at
        # another)
        event_ask = (event.ask, event.button or cta)  # type: ignore[union-attr]
        close_line, cta = event_ask
    if long_form and stage == REFERRAL and not event_ask and not campaign and _takes_up(event):
        # a referral with content to pass on asks for that one thing: never the content described beside "친구에게
        # 알려 주세요" and a greeting gift (reading 16, s9826: "선물·콘텐츠·친구 추천이 뒤섞여 초점 흐림")
        event_ask = (event.ask, event.button or cta)  # type: ignore[union-attr]
        close_line, cta = event_ask
    by_event = {button for _, button in lines.BUTTON_CLOSES.get(stage, ())}
    if long_form and stage == 3 and not event_ask and _takes_up(event) and cta not in by_event:
        # a consultation beside "골라 담아 보세요" under "나에게 맞게 고르기" asks two things (reading 13, s7395,
        # s8039): the service the campaign offers is the one ask, with its own button
        event_ask = (event.ask, event.button or cta)  # type: ignore[union-attr]
        close_line, cta = event_ask
    gift_event = event is not None and bool(
        GIFT_EVENT.search(f"{event.name} {event.offer.benefit if event.offer else ''}")
    )
    if long_form and stage == REFERRAL and cta == GIFT_BUTTON and not gift_event:
        # no gift in the campaign: the reader recommends what they liked, never "…마음을 전해 보세요 ▶ 선물하기"
        # after a body on what to tell a friend (reading 13, s3982, s3702)
        close_line, cta = lines.CLOSES[REFERRAL][None]
    # the close, whichever tone's it is (another tone's where the button asks for it): one of its wordings
    owner = next((t for t, (line, _) in lines.CLOSES[stage].items() if line == close_line), tone)
    by_button = bool(event_ask) or any(close_line == line for line, _ in lines.BUTTON_CLOSES.get(stage, ()))
    own = (close_line, *(() if by_button else lines.CLOSE_VARIANTS.get((stage, owner), ())))
    close_line = _pick(own, rng.randrange(len(own)) + k)
    if stage == 3 and close_line == lines.CLOSES[3][None][0]:  # the brand's own close, in this reader's terms
        close_line = lines.READER_CHOOSING_CLOSES.get(angle.key, close_line)
    if stage == ACTIVATION and close_line == lines.CLOSES[ACTIVATION][None][0] and lines.STARTED_HOOK_LEAD in hook:
        # never "…, 이제 막 쓰기 시작하셨나요? … 오늘부터 이 선크림을 꺼내 써 보세요" (readings 49-52, s1660: "이미 쓰기
        # 시작했다면서 '오늘부터 꺼내 써 보세요'로 모순"): the reader who has started keeps it up
        close_line = lines.STARTED_CLOSE
    close = lines.fill(close_line, values)
    moment_close = close.startswith(f"{values['moment']}에 꺼내 쓸 ")
    worn = product_kind(facts, resolved.product.name) in ("sun", "base")
    if moment_close and worn and _SKIN_DAY.search(values["moment"]):
        # "피부가 당기는 건조한 날에 꺼내 쓸 선크림/쿠션" (readings 62-65: "선크림을 '건조한 날 꺼내 쓸' 제품으로 말해
        # 논리가 어긋남"): a sunscreen or a base is worn every day, not for a skin's state
        close = lines.fill(lines.WORN_CLOSE, values)
    elif values["moment"] in hook:  # "기분 전환이 필요한 날 … 기분 전환이 필요한 날에 손이 갈 세럼이라면" (reading 12)
        # the emotional choosing close is its moment ("…날에 꺼내 쓸 미스트, 오늘 골라 보세요"): without it, the name
        close = (
            lines.fill(lines.HAND_FREE_CLOSE, values) if moment_close else close.replace(f"{values['moment']}에 ", "")
        )
    if stage == 3 and angle.key != "budget":
        for priced, plain in lines.UNPRICED_CLOSE_WORDS:
            close = close.replace(priced, plain)
    if not facts.premium:  # "오래 곁에 둘" is for a line one keeps for years
        close = close.replace("오래 곁에 둘 ", "내 루틴에 맞는 ")
    else:  # and "부담 없이" is not for a premium price
        close = close.replace("부담 없이", "편하게")
    if tone == Tone.trendy and voice.manner in QUIET_MANNERS:  # a restrained brand: trendy, never flippant
        close = close.replace("일단 구경부터 해 보세요", "먼저 가볍게 살펴보세요")
    formal = brief.honorific == Honorific.hapsho
    # slang: trendy 해요체 of a lively brand, never to a luxury reader ("쟁여 두세요")
    if tone != Tone.trendy or voice.manner in QUIET_MANNERS or formal or angle.key == "luxury":
        for slang, plain in SLANG_CLOSES:
            close = close.replace(slang, plain)
    if stage == REFERRAL and voice.manner in lines.DIGNIFIED_MANNERS and cta in lines.DIGNIFIED_SHARES:
        close = lines.DIGNIFIED_SHARES[cta]  # a luxury house asks with dignity (reading 16, s3261)
    if {0, 2} & set(styles):  # urgency or FOMO: never "take your time" beside it
        for slow, now in URGENT_CLOSES:
            close = close.replace(slow, now)
    if daytime:
        close = close.replace("오늘 저녁", "내일 아침")
    if facts.category == SCALP:
        close = as_hair(close, facts)
    elif facts.category in TONED:  # a tint or a cushion is chosen for its shade (reading 18: "립 틴트에 '내 피부에'")
        # a cushion or a lip has no next step of a routine (reading 23, s5728: "쿠션에 '다음 단계 제품 비교'는 어색")
        close = close.replace(NEXT_STEP_COMPARE, TONED_COMPANIONS)
        close = close.replace("내 피부에 맞는지", "내 톤에 맞는지")
    if next_step:  # a user of the product (USER_PRODUCT_LINES, NEXT_STEP_HOOK) is not asked to choose it first
        # (reading 39, s1719: "쓰고 계신 달빛유자 수면팩 … 이 팩부터 골라 두고, 다음 단계는 …" — "고객 상태가 모순")
        for choose_first, after_it in lines.LAST_STEP_CLOSES if last_step else lines.USER_NEXT_STEP:
            close = close.replace(choose_first, after_it)
        if values["next"] and (resolved.sms_to_lms or resolved.channel.channel not in LONG_CHANNELS):
            close = close.replace(NEXT_STEP_COMPARE, lines.fill(lines.NEXT_STEP_NAMED, values))  # its helpers' own
        elif values["next"]:
            of_line = values["next"].split()[0] == facts.name.split()[0]
            relation = lines.NEXT_OF_LINE if of_line else lines.NEXT_OF_HOUSE if values["brand"] else "{next}"
            related = lines.fill(relation, values)
            named = lines.fill(lines.NEXT_STEP_NAMED, values | {"next": related})
            close = close.replace(NEXT_STEP_COMPARE, named)
    reader = _reader_line(request, facts, angle, values, hook)
    if reader and facts.category == SCALP and "두피" in reader and not _touches_scalp(facts):
        reader = None  # a scalp tip ("두피가 예민한 날에는 … 두드려 바르는") for a serum on the hair's ends
    if long_form and reader and stage != ACTIVATION and angle.key != "sensitive" and APPLY_TIP.search(reader):
        reader, tip_dropped = None, True
    else:
        tip_dropped = False
    concerns = resolved.persona.skin_concerns
    review_opened = review is not None and opened == review.clause  # a review opener fits only by its words
    opener_led = hook_line == lines.OPENER_HOOK and bool(opened) and not review_opened
    fact_for_reader = opener_led or bool(opened and _fits_reader(opened, angle.key, concerns))
    price_talk = _price_talk(resolved.brand, stage, facts, angle)
    fact_for_reader = fact_for_reader and not (angle.key == "budget" and price_talk)
    price_said = bool(values["price"]) and values["price"] in hook  # the opener told the price
    candidates = fits(
        angle.key,
        facts,
        product_kind(facts, resolved.product.name),
        reviews,
        price_talk and not price_said,
        f"{hook} {values['definition']}",
        resolved.brand.name,
        resolved.brand.story or "",  # the brand's research: a luxury reader's trust (fit.py)
        k,  # the variant turns the wording
        # a budget reader's per-unit price is no reason once bought (fit.per_persuades), a trend reader's claim is met
        # the first time or each time (fit.TREND_CLAIM_FIRST/USER); the cache keeps one entry per stage for them only
        stage if angle.key in ("budget", "trend") else -1,
    )
    if stage in (ROUTINE, REFERRAL):
        # the reader uses the product: the house is not introduced to them (reading 26, s3078: "유지 단계에 브랜드
        # 소개는 불필요", "브랜드 소개가 엉뚱함"); the product's own facts speak for it
        candidates = tuple(c for c in candidates if c.kind not in _HOUSE_FITS)
    # the reader's line in the long forms carries an emotional or a luxurious tone (fit.toned, round 22)
    hurried = bool({0, 2} & set(styles))  # a time-pressed or FOMO style: no unhurried pace in the tone's clause
    # "요즘 루틴에 들이기 좋은 …" (the trendy product line), a title or a hook said it: the tone's clause does not
    now_said = "요즘" in f"{title} {hook} {product_line}"
    # a reader who has the product (first use with no first order ahead, a next-step campaign) chooses nothing: never
    # "처음 고르는 마음에도 안심이 돼요" beside "쓰고 계신 …" (NOT_OWNED)
    first_use = stage == ACTIVATION and not ordering
    choosing = new_reader and not first_use and not next_step
    candidates = toned(
        candidates, tone, product_kind(facts, resolved.product.name), k, hurried, choosing, now_said, first_use
    )
    feature = values["feature"]
    if tip_dropped and angle.key == "trend" and not values["reason"] and feature:
        # the tip was the trend reader's point: where no fact fits them either, the lead feature in their terms
        # ("…라 새로 들여 보기 좋아요") takes its place, never nothing (reading 13: no trend point, s8871, s2616)
        said = (values["definition"], opened)
        fitting = any(
            c.kind not in ("dose", "one_step") and not any(says_again(c.fact, t) or c.fact in t for t in said if t)
            for c in candidates
        )
        if not fitting and not feature.endswith(tuple(lines.KIND_POINT_LINES)):
            values["reason"] = feature
    # the reason is in the key: the trend fallback above sets it after the grounds were cached
    told = (
        tone,
        values["reason"],
        opened,
        None if fact_for_reader else reader,
        tuple(candidates),
        campaign == REVIEWING,
        campaign == GIFTING,  # the gift referral's proofs say no friend's tip and ask nothing
        # a long form's values (_long_values_of) and a long channel's claim said in its season (_proofs): without
        # them in the key, a push's proofs were reused for a KakaoTalk message or an SMS brief's LMS of the same
        # subject, and the message depended on what had been composed before it (round 30)
        (resolved.channel.channel in LONG_CHANNELS, resolved.sms_to_lms),
    )
    known = _TOLD.get(ground, told)
    if known is None:
        proofs, fit = _proofs(request, facts, angle, review, values, k, *told[2:-1])
        known = (tuple(proofs), fit)
        _TOLD.put(ground, told, known)
    proofs, fit = known
    if any(_FUNCTION_AGAIN in text for _, text in proofs):
        proofs = _function_once(proofs, f"{hook} {after_hook}")
    if any(_DOSE_PRICED in text for text in (fit.line if fit else "", *(text for _, text in proofs))):
        proofs = tuple((kind, text) for kind, text in proofs if not text.startswith(_DOSE_LEAD))
        reader = None if reader and reader.startswith(_DOSE_LEAD) else reader  # nor as a spare line (forms.py)
    usage = _usage(facts.usage, stage, values["season"], k, facts.category) if facts.usage and not retold else None
    if ordering and usage:  # the product is not in hand yet: how to use it once it comes (lines.ORDER_USAGE_LEAD)
        usage = lines.ORDER_USAGE_LEAD + _usage(facts.usage, CONVERSION, values["season"], k, facts.category)  # no lead
    if next_step and usage:  # "토너 다음 단계에서 …" in a guide to the next step says the step once more: "토너 다음에"
        usage = STEP_AFTER.sub(r"\1 다음에 ", usage)
    caution = None
    if angle.key == "sensitive" and facts.strong:
        if campaign == REVIEWING:
            caution = lines.fill(lines.REVIEW_CAUTION_LINE, values)
        elif campaign == GIFTING:
            caution = lines.fill(lines.GIFT_CAUTION_LINE, values)
        else:  # calm, from the catalog's usage (reader.active_caution)
            caution = active_caution(facts, values["strong"], stage, k)
    # a close that is the event's own ask says what the event is: its description beside it said it twice
    # ("…1:1 뷰티 상담도 신청하실 수 있습니다. 매장이나 온라인 채팅으로 1:1 상담을 신청해 보십시오.", reading 10)
    # an event with its own `how` says it beside its ask: the ask alone left "공병 캠페인에 참여해 보세요" with no
    # word on what to bring, where, and what becomes of it (reading 16, s4132, s1356)
    offer = offer_sentence(event) if event and (not event_ask or event.how) else None
    if offer and event and not event.is_promotion and _restates(close, offer):
        # "…순서와 조합으로 쓰면 좋은지 정리한 가이드도 준비해 두었어요. … 어떤 순서로 함께 쓰면 좋을지 조합부터
        # 살펴보세요" (reading 12): the close that asks for the content says what it is, once
        offer = None
    empties_told = campaign == EMPTIES and bool(offer and event and event.how and offer.startswith(event.how))
    plain_close = ""
    if empties_told and event and close == event.ask:
        # the campaign's how says what to bring, where, and what becomes of it: the ask names it no second time
        # (reading 27, s5468: "공병 캠페인 안내가 두 번 반복", 78 long messages in 3,600)
        close, plain_close = lines.EMPTIES_CLOSE if 0 in styles else lines.EMPTIES_CLOSE_UNTIMED, close
    if missed_after and any("아깝" in text for _, text in proofs):  # "…듬뿍 써도 아깝지 않아요. …놓치기 아까워요."
        missed_after = missed_after.replace(*_HOUSE_MISSED)
    fomo = missed_after or None  # the hook's own missing-out line, said after the facts (above)
    if 2 in styles and offer and event and event.is_promotion:
        if not hook_fomo:
            # what would be missed is the offer itself; a first order's reader has not started the product yet
            # (reading 27, s2667: "'새로 들이신'과 첫 주문 혜택이 서로 어긋남"): never "이제 막 시작하는 루틴이라"
            missed = lines.FOMO_OFFER_CLOSES[0 if stage == ACTIVATION and _first_order(event) else stage]
            offer = f"{offer} {missed}"
    elif 2 in styles and facts.category and not hook_fomo:
        # the hook's feature is said too ("…은 바른 뒤 남는 은은한 윤기만으로도 권할 만해요"): never named again
        if next_step:  # what a user would miss is the step after it, never the product they use (NOT_OWNED)
            fomo = lines.fill(lines.NEXT_STEP_FOMO, values)
        else:
            told = [hook, after_hook, *(text for _, text in proofs)]
            fomo = _fomo(facts, values, stage, told, k, starter_free(angle.key, stage))
    promotion = offer is not None and bool(event and event.is_promotion)
    if stage == CONVERSION and promotion and "혜택" not in f"{offer} {close}":
        # "내 피부에 맞는지 살펴보고 천천히 골라 보십시오" (reading 16, s1940): the reason to choose now is the offer
        close = _while_offered(close, facts.name)
    # the close is said too: a close that already asks for today ("오늘 바로 …") carries the time style
    if "{season_fact}" in hook_line:  # the hook rests on the fact: no proof says it again (kinds a season never
        # stands for aside)
        fact = values["season_fact"]
        proofs = tuple(p for p in proofs if p[0] in _KEPT_PROOFS or not _said_in(fact, (p[1],))) or proofs
    style_at = rng.randrange(2) + k
    oily = _oily(facts) or not facts.answers_dryness

    def _styled(proofs: tuple[tuple[str, str], ...]) -> str | None:
        return _style_line(
            styles,
            stage,
            hook_line,
            values,
            promotion,
            style_at,
            f"{hook} {close}",
            oily,
            close,
            campaign,
            by_sheet(facts),
            # the season's fact is one no other sentence says, in its words or in others ("…캡슐이라" beside "캡슐
            # 형태의 성분이 … 터지며")
            "\0".join((hook, after_hook, *(text for _, text in proofs), fomo or "", offer or "")),
            ordering,
        )

    style_line = _styled(proofs)
    if next_step and style_line and (NOT_OWNED.search(style_line) or _CHOOSER_LINE.search(style_line)):
        # "오래 고민한 팩이라면 … 결정해 볼 만합니다", "자주 손이 갈 크림이라면 사용감부터 마음에 들어야 해요"
        need = {"season_need": lines.NEXT_STEP_SEASON_NEEDS.get(values["season"], "지금 피부에 맞는 사용감")}
        style_line = next(
            (
                lines.fill(lines.NEXT_STEP_STYLE_LINES[s], values | need)
                for s in styles
                if s in lines.NEXT_STEP_STYLE_LINES
            ),
            None,
        )
    fact = values["season_fact"]
    if style_line and fact and _bare_season(style_line, values):
        # the season's only fact was a proof's: the season line says it instead, and that proof gives way (the
        # message keeps its length; the season rests on the product, not on a frame)
        kept = tuple(p for p in proofs if p[0] in _KEPT_PROOFS or not _said_in(fact, (p[1],)))
        if len(kept) < len(proofs) and not _said_in(fact, (hook, after_hook, fomo or "", offer or "")):
            proofs, style_line = kept, _styled(kept)
    if style_line:
        style_line = _at_ease(style_line, values["moment"])
    if style_line and facts.category == SCALP:
        style_line = as_hair(style_line, facts)
    if style_line and "기분 전환" in style_line and any("기능성" in claim for claim in facts.claims):
        style_line = lines.fill(lines.FIRST_CARE_LINE, values)  # "탈모케어에 '기분 전환' 어색" (reading 27, s1356)
    if style_line and HAND_ON in style_line and HAND_ON in close:
        # "자주 손이 갈 두피 에센스라면 … 손이 갈 두피 에센스라면 오늘 골라 보세요" (reading 27, s1356: "'손이 갈
        # 두피 에센스라면' 반복"): the close asks by the product's name instead
        close = lines.fill(lines.HAND_FREE_CLOSE, values)
    if style_line and HAND_ON in style_line:  # "…, 매일 손이 갈 팩" over "자주 손이 갈 팩이라면 …": the title keeps it
        title, plain_title = (t.replace(f"매일 {HAND_ON}", "오래 곁에 둘 ") for t in (title, plain_title))
    if _FIRST_FEEL.search(f"{style_line or ''} {hook}"):  # "설레는 첫 사용" over "첫날의 설렘": a title of its own
        calm = [t for t in title_pool if not _FIRST_FEEL.search(t)]  # else the plain information titles
        plain = [t for t in lines.TITLES[stage][1] if not _FIRST_FEEL.search(t)]
        plain = [_next_titles(values).get(t, t) for t in plain] if next_step else plain
        calm = calm or _keeps_promises(plain, with_usage, with_event)
        title = _title(calm or title_pool, start, values)
        calm = [t for t in plain_pool if not _FIRST_FEEL.search(t)]
        plain_title = _title(calm, start, values) if calm else title
    if long_form and stage == REFERRAL and cta == GIFT_BUTTON and RECOMMENDS.search(title):
        # a gift ask under "권할 때 알려 줄 점" (reading 13, s1977, s7092): the title promises the gift it asks for
        gifts = _no_deadline(list(lines.TITLES[REFERRAL][GIFT_TITLE_STYLE]), stage, with_usage, with_event)
        title = plain_title = _title(gifts, start, values)
    if any(_RUNNING_OUT.search(text) for text in (hook, fomo or "", style_line or "", offer or "")):  # said once
        close = _RUNNING_OUT_CLAUSE.sub(lambda m: " " if m.group(1) else "", close)
        close = close.replace("남은 양을 확인하고 ", "오늘 확인하고 ")  # reading 14: "'남은 양' 안내도 두 번"
    if by_sheet(facts):
        close = close.replace("남은 양을 확인하고 ", "")
    if stage == ACTIVATION and _first_order(event):  # not yet ordered: never "새로 들이신"
        hook, product_line, after_hook, close = (_OWNED.sub("", t) for t in (hook, product_line, after_hook, close))
        # nor "이제 막 쓰기 시작하셨다면" before a first-order offer (reading 19: "'이미 쓰기 시작'과 '첫 주문 포인트'가
        # 충돌")
        hook = hook.replace(lines.STARTED_HOOK_LEAD, lines.FIRST_ORDER_HOOK_LEAD)
        # and a close that times the first use ("오늘"/"내일 아침", reading 21: "첫 주문 전인데 '내일 아침 시작'") asks
        # for the first order instead: never "받으신 날부터 … 시작해 보세요" (reading 22, s6285, s3300: "'받으신 날'과
        # 첫 주문 안내의 시점 충돌"; a reader who has not ordered is asked to meet the product, not told delivery day)
        if _UNBOUGHT_TIME.search(close):
            close = lines.fill(lines.FIRST_ORDER_CLOSES.get(tone, lines.FIRST_ORDER_CLOSES[None]), values)
    if ALL_IN_ONE in facts.name and event and LINE_GUIDE.search(event.name):
        # one step by design: never told to combine with its line (reading 17: "올인원인데 라인 조합 권유로 논리 충돌")
        if lines.LINE_CLOSE_LEAD in close:
            close = lines.fill(lines.ALL_IN_ONE_LINE_CLOSE, values)
        offer = None if offer and "조합" in offer else offer
    if stage == ACTIVATION:  # the reader has the product in hand: no "새로운 재미" asked of them (reading 18)
        hook = hook.replace(lines.NEW_FUN_ASK, lines.FIRST_USE_FUN_ASK)
    if event is None:  # no event, no week: the time style names no "good time" (voice.undated, reading 25, s5701)
        title, hook, after_hook, close = undated(title), undated(hook), undated(after_hook), undated(close)
        style_line, fomo = style_line and undated(style_line), fomo and undated(fomo)
    if angle.key == "trend":  # no familiarity sold to a reader who looks for what is new (angles.unfamiliar)
        title, hook, after_hook, close = unfamiliar(title), unfamiliar(hook), unfamiliar(after_hook), unfamiliar(close)
        style_line, fomo = style_line and unfamiliar(style_line), fomo and unfamiliar(fomo)
    # what is said before the close, one text: no sentence holds "\0", so no word is found across two of them
    said = "\0".join((title, hook, after_hook, *(t for _, t in proofs), fomo or "", style_line or ""))
    if said.count("루틴") >= 2:  # "루틴" a third time in the close reads as filler
        for routine, plain in ROUTINE_FREE_CLOSES:
            close = close.replace(routine, plain)
    if said.count(facts.name) >= 2:  # the name twice already: the close says "이 세럼"
        close = as_this(close, facts.name, facts.noun)
    # "가까운 분께도 … 가까운 분께 전해 보세요", "오늘이 시작하기 좋은 날 … 오늘 골라 보세요" (reading 21:
    # "'가까운 분께' 반복", "'오늘' 반복 등 조립된 느낌"): the close says it its own way
    if "가까운 분" in said:
        close = close.replace("가까운 분께", "주변에")
    for word, pattern in (("오늘", _TODAY), ("요즘", _NOWADAYS)):
        if word in said:
            close = pattern.sub("", close, count=1)
    if "첫 사용" in said:  # "…의 첫 사용은 미루지 않고 … 첫 사용 팁을 살펴보고 …"
        for first_use, plain in FIRST_USE_FREE_CLOSES:
            close = close.replace(first_use, plain)
    if not voice.price_talk or (facts.price or 0) >= lines.PREMIUM_TRY_PRICE:  # the house's ask, never "한 번"
        for light, calm in lines.PREMIUM_TRY_CLOSES:
            close = close.replace(light, calm)
    if event is not None and event.sells_line_set and event.is_promotion:
        close = set_asked(close, event)
    # no brand sign-off after the ask: readers 10 and 11 read every tagline there as pasted on ("…작은 초록에서
    # 시작합니다", "한방 지혜", "씨앗의 힘"); the brand speaks in how the message talks about this product
    points = sorted(facts.points[:2], key=len) if facts.points else [values["point"]]
    return MessagePlan(
        title=title,
        hook=hook,
        hook_personal=any(values[key] in hook for key in ("moment", "need", "need_short", "lead_in", "ask")),
        product_line=product_line,
        product_after_hook=after_hook,
        proofs=tuple(text for _, text in proofs),
        usage=usage,
        caution=caution,
        fomo=fomo,
        stage=stage,
        offer=offer,
        offer_short=offer_short(event) if event else None,
        is_promotion=bool(event and event.is_promotion),
        close=close,
        sms_point=points[0],
        values=values,
        sms_close=f"{(values['adv'], '지금', '오늘')[k % 3]} {lines.SMS_CLOSES[tone][stage]}",  # variants differ
        sms_verb=lines.SMS_CLOSES[tone][stage],
        cta=cta,
        facts=facts,
        angle=angle,
        review=review,
        parts=(f"angle={angle.key}", f"styles={styles}", *(kind for kind, _ in proofs)),
        styles=styles,
        opener=opener,
        reader_line=reader,
        style_line=style_line,
        fit=fit,
        plain_title=plain_title,
        plain_close=plain_close,
    )
