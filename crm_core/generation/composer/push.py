"""App push: a title that names the product (or its offer) and a body a copywriter would send.

The body names the product with what it is, gives one benefit framed for this reader's angle,
carries the event as its offer sentence (the reason for the push), and ends on one call to action
that asks for what the button does, with the style said once in its lead ("놓치지 말고 …").
Sentences are 해요체 from the closed set speech.py converts; forms.py picks the richest body that
fits the display guideline and sets the speech level and emoji.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from crm_core.domain import CampaignEvent, Honorific, Tone
from crm_core.generation.base import GenerationRequest
from crm_core.generation.composer import fit as fits
from crm_core.generation.composer import lines, sms
from crm_core.generation.composer.facts import CALMING, ProductFacts, care_actives, repeats_name
from crm_core.generation.composer.offers import offer_sentence
from crm_core.generation.composer.owned import OwnedCache
from crm_core.generation.composer.plan import (
    COOL_WORDS,
    MessagePlan,
    _natural_ingredient,
    from_nature,
    names_product,
    off_season,
)
from crm_core.generation.composer.reader import USER_ACTIVE_SHORT, active_caution
from crm_core.generation.composer.voice import QUIET_MANNERS, filled, in_season, voice_of
from crm_core.korean import particle_for

TIME, INFO, FOMO, EMOTION, SEASON = 0, 1, 2, 3, 4  # style families
REFERRAL = 4  # stage index
ROUTINE = 2  # the stage of a reader who keeps the product up
NEXT_STEP = "다음 단계"  # plan.NEXT_STEP: a line guide's campaign to the step after the product
# Reading 15: "시카 슬리핑 마스크, 함께 쓰는 루틴을 나눠 보십시오" read long; a lock screen shows about 25 characters
# before the emoji, so a longer title names the product by the end of its name ("로즈 워터 토너"), else goes.
TITLE_CHARS = 24  # 25 once 합쇼체 lengthens the ending ("드려요" → "드립니다")

# ---- the product line: its name and what it is, in the tone's shape ---------------------------
PRODUCT: dict[Tone | None, tuple[str, ...]] = {  # to a reader who is choosing
    None: ("{definition}, {product}(이)에요.", "{product}은 {definition}(이)에요."),
    Tone.friendly: ("{product} 아세요? {definition}(이)에요.", "{product}은 {definition}(이)에요."),
    Tone.expert: ("{product}은 {definition}(이)에요.", "{definition}, {product}(이)에요."),  # no "이번에 살펴볼 …은"
    Tone.trendy: (
        "요즘 눈여겨볼 {product}은 {definition}(이)에요.",
        "이번 시즌 새로 만나 볼 {product}은 {definition}(이)에요.",  # reading 12: "새로 들이기 좋은" read stock
    ),
    Tone.luxurious: ("{definition}, {product}을 소개해 드려요.", "{product}은 {definition}(이)에요."),
    Tone.emotional: (
        "나를 위해 골라 볼 {product}은 {definition}(이)에요.",  # reading 12: "오늘 나에게 건네는 …" read awkward
        "{definition}, 곁에 두고 싶은 {product}(이)에요.",
    ),
}
# to a reader who already uses it; three shapes a tone, so that a retained reader's push, whose fact is
# fixed by their fit, still reads anew when a variant is regenerated (tests/store/test_regenerate.py)
USER_PRODUCT: dict[Tone | None, tuple[str, ...]] = {
    None: (
        "쓰고 계신 {product}은 {definition}(이)에요.",
        "{product}은 {definition}(이)에요.",
        "매일 챙기시는 {product}은 {definition}(이)에요.",
    ),
    Tone.friendly: (
        "늘 쓰시는 {product}은 {definition}(이)에요.",
        "쓰고 계신 {product}은 {definition}(이)에요.",
        "손이 자주 가는 {product}은 {definition}(이)에요.",
    ),
    Tone.expert: (
        "{definition}, {product}(이)에요.",
        "쓰고 계신 {product}은 {definition}(이)에요.",
        "{product}은 {definition}(이)에요.",
    ),
    Tone.trendy: (
        # round 33 (s4290, s8674: "'요즘 자주 찾으시는'이 단정적", "가정이 있음"): what the reader does, not how often
        "요즘 쓰고 계신 {product}은 {definition}(이)에요.",
        # readings 57-60 (s4127, s9404: "'이번 시즌에도 손이 가는' 상투구"): not that modifier
        "루틴에 자리 잡은 {product}은 {definition}(이)에요.",
    ),
    Tone.luxurious: (
        "믿고 쓰시는 {product}은 {definition}(이)에요.",  # reading 14: "아껴 쓰시는" read awkward
        "오래 함께한 {product}은 {definition}(이)에요.",
        "공들여 쓰시는 {product}은 {definition}(이)에요.",
    ),
    Tone.emotional: (
        "손에 익은 {product}은 {definition}(이)에요.",  # reading 11: "익숙해서 더 좋은 …은" read awkward
        "곁에 두고 쓰는 {product}은 {definition}(이)에요.",
        "늘 손이 가는 {product}은 {definition}(이)에요.",
    ),
}
BARE = "{product}은 {definition}(이)에요."  # the product line with no tone's words, for the tightest push
NAMED = "{definition}(이)에요."  # after an opener that named the product: no "이 크림은 … 크림"
PLAIN: dict[Tone | None, tuple[str, str]] = {  # the shortest lines in the tone's voice, for a tight push
    None: ("{definition}, {product}(이)에요.", "{product}은 {definition}(이)에요."),
    # readings 57-60 (s4965, s8381: "'친해지기 좋은' 수식이 어색"): the friendly voice introduces the product
    Tone.friendly: (
        "오늘 소개해 드릴 {product}은 {definition}(이)에요.",
        # round 33 (reading 81, s9352, 활성화: "첫 사용인데 '늘 반가운'이 어긋남"): a chooser's shape says no habit,
        # in no more characters (a longer lead cost a tight push its ask)
        "눈여겨볼 {product}은 {definition}(이)에요.",
    ),
    Tone.expert: ("{product}은 {definition}(이)에요.", "{definition}, {product}(이)에요."),
    Tone.trendy: (  # reading 11: "요즘 찾는 …" read vague (who looks for it?)
        "요즘 눈여겨볼 {product}은 {definition}(이)에요.",
        "{definition}, 새로 만나 볼 {product}(이)에요.",
    ),
    # not "정성을 담은 …": the product line may end on "…을 담았어요"
    Tone.luxurious: ("{definition}, {product}(이)에요.", "정성이 깃든 {product}은 {definition}(이)에요."),
    Tone.emotional: (
        # reading 23 (s5014): "'나를 위한 ~는' 연결이 어색"; reading 56 (s8587): "'눈길이 머무는 토너는' 어색",
        # "군더더기"
        "마음이 가는 {product}은 {definition}(이)에요.",
        "곁에 두고 싶은 {product}은 {definition}(이)에요.",
    ),
}
# The tight shapes to a reader who already uses the product (retention, referral): never a newcomer's "새로 만나 볼" or
# "친해지기 좋은" (reading 21, s4048, a referral: "'새로 만나 볼' 샴푸에 써 본 느낌 공유를 요청해 논리 어긋남").
USER_PLAIN: dict[Tone | None, tuple[str, str]] = {
    Tone.friendly: ("늘 쓰시는 {product}은 {definition}(이)에요.", "쓰고 계신 {product}은 {definition}(이)에요."),
    Tone.trendy: (
        # round 33 (s4290, s8674): not "요즘 자주 찾으시는"; no shorter than it was (TONE_ROOM: a tight event push keeps
        # the bare line and the title naming the product: test_a_reorder_offer_title_names_the_product_where_it_fits)
        "요즘 루틴에서 쓰고 계신 {product}은 {definition}(이)에요.",
        "{definition}, 루틴에 자리 잡은 {product}(이)에요.",
    ),
    # the emotional tone to a user: a product in their hands, not one to look at or wish for (s8587)
    Tone.emotional: (
        "늘 곁에 두는 {product}은 {definition}(이)에요.",
        "곁에 두고 쓰는 {product}은 {definition}(이)에요.",
    ),
}


def plain_shapes(plan: MessagePlan, tone: Tone | None) -> tuple[str, str]:
    """The tone's short product-line shapes for this reader: a newcomer's, or a user's where the tone's words
    would greet the product as new."""
    return PLAIN[tone] if plan.stage in lines.NEW_STAGES else USER_PLAIN.get(tone, PLAIN[tone])


# ---- one benefit framed for the reader's angle; {feature} is the fact that fits them best ----
BENEFIT: dict[str, tuple[str, ...]] = {
    "sensitive": ("예민한 날에도 반가운 건 {feature}(이)에요.", "피부가 예민한 날 반가운 점은 {feature}(이)에요."),
    "budget": ("매일 손이 가는 이유는 {feature}(이)에요.", "매일 쓰기 좋은 점은 {feature}(이)에요."),
    "luxury": ("오래 두고 쓸 이유는 {feature}(이)에요.", "하나를 고른다면 눈여겨볼 점은 {feature}(이)에요."),
    "trend": (
        "{feature}(이)라 새로 써 보는 재미가 있어요.",
        "써 보는 재미는 {feature}에 있어요.",
    ),  # not "새로 들이기 좋은"
    "natural": (
        "원료를 보면 {ingredients}을 담았고, {feature}이 돋보여요.",
        "{ingredients}을 담아 {feature}이 돋보여요.",
    ),
}
NATURAL_BARE = ("원료를 보면 {ingredients}을 담았어요.", "주요 원료는 {ingredients}(이)에요.")  # no feature
# another angle's fact; not "…도 장점이에요" (reading 33, s9509: "'~도 장점입니다' 딱딱", as the email's s3017)
PLAIN_BENEFIT = ("{feature}까지 갖췄어요.", "{feature}이 돋보여요.")


# Round 24: "…까지 갖췄어요" and "…이 돋보여요" are said of what the product has (a finish, a texture, a function),
# not of a routine step or a pairing ("오가니언스 워터와 이어지는 보습 단계까지 갖췄어요", "바쁜 아침의 간단한 보습
# 루틴까지 갖췄어요"): such a catalog phrase is said as the use, or not at all.
USE_FORMS = (
    (re.compile(r"^(.+?[와과]) (?:함께 )?이어지는 \S+$"), r"\1 이어 쓰기 좋아요."),
    (re.compile(r"^(.+?)의 간단한 \S+ 루틴$"), r"\1에 간단히 쓰기 좋아요."),
    (re.compile(r"^(.+?) (\S+[이가]) 적은 세안$"), r"\1 세안해도 \2 적어요."),  # "아침저녁 모두 당김이 적은 세안"
)
STEP_FEATURE = re.compile(r"(?:단계|루틴)$|이어지는 ")


def _use_line(feature: str) -> str | None:
    """A step or a pairing said as the use ("…와 이어 쓰기 좋아요"); "" where the feature is neither, None where it
    is a step no use form says."""
    for form, use in USE_FORMS:
        if form.match(feature):
            return form.sub(use, feature)
    return None if STEP_FEATURE.search(feature) else ""


def _benefit(shape: str, values: dict[str, str]) -> str | None:
    """`shape` filled; a feature that says "까지" itself ("세안 후 기분까지 화사한 장미 향") is not said "…까지
    갖췄어요" (two 까지): it stands out instead. A step or a pairing is said as its use (USE_FORMS) or dropped."""
    if shape in PLAIN_BENEFIT and values.get("feature", "").endswith(" 피부"):
        # what the skin is left like is no thing the product has ("당김 없이 부드러운 세안 후 피부까지 갖췄어요":
        # reading 47, s1839 "'…피부까지 갖췄' 어색"; again in readings 57-60's grid)
        return None
    if shape in PLAIN_BENEFIT:
        use = _use_line(values.get("feature", ""))
        if use != "":
            return use
    if shape == PLAIN_BENEFIT[0] and "까지" in values.get("feature", ""):
        shape = PLAIN_BENEFIT[1]
    if shape == PLAIN_BENEFIT[0] and values.get("feature", "").endswith("마무리"):
        return _finish_said(values["feature"]) or lines.fill(PLAIN_BENEFIT[1], values)
    return lines.fill(shape, values)


# Round 34 (reading 85, s7579: "한 단계로 끝내는 보습 마무리까지 갖췄어요" — "'보습 마무리까지 갖췄어요' 어색"; 10 of
# 1,500 grid pushes said "…마무리까지 갖췄어요"): a finish is how the skin is left, not a thing the product has; it is
# said as the finish ("백탁 없이 맑게 마무리돼요"), else as what stands out ("…보습 마무리가 돋보여요").
_FINISH = re.compile(r"^(?P<lead>.*?)(?P<stem>\S+?)(?P<end>한|은) 마무리$")


def _finish_said(feature: str) -> str | None:
    """ "끈적임 없이 촉촉한 마무리" → "끈적임 없이 촉촉하게 마무리돼요."; None where the modifier is no plain
    adjective."""
    found = _FINISH.match(feature)
    if found is None or (found.group("end") == "은" and found.group("stem") not in ("맑", "좋")):
        return None
    if re.search(r"[는은한운인던] $", found.group("lead")):  # "당김 없는 촉촉한 마무리": two modifiers, one noun
        return None
    adverb = found.group("stem") + ("하게" if found.group("end") == "한" else "게")
    return f"{found.group('lead')}{adverb} 마무리돼요."


# A luxury reader and a quality of the product that is not the one fitting them (BENEFIT): still said in their words.
LUXURY_FEATURE_CHARS = 14
LUXURY_FEATURE = ("오래 곁에 둘 이유는 {feature}(이)에요.", "고를 때 눈여겨볼 점은 {feature}(이)에요.")
# Reading 15 (s5860): a sensitive reader offered a vitamin C derivative under "피부가 예민한 날, …" heard no care at
# all; actives the plan does not call strong (a derivative, a wash-off acid) still get a short start-slowly line.
ACTIVES = frozenset({"레티놀", "레티날", "레티노이드", "비타민C", "비타민C 유도체", "살리실산", "젖산", "글리콜산"}) | {
    "글루코노락톤"
}
GENTLE_START = "{strong}이 들어 있어 처음엔 이틀에 한 번 쓰면 안심이에요."  # a tip, not a second ask
ACTIVE_ANGLE_TITLE = "예민하다면 천천히, {product}"  # not "피부가 예민한 날, …" over an active
# Reading 25 (s1923): "예민하다면 천천히" over a time-pressed or FOMO ask ("더 미루지 말고 …") read as a clash: the
# title promises how to start (the body's start-slowly tip), not a pace.
ACTIVE_HURRIED_TITLE = "예민하다면 알고 쓰는 {product}"
# A reader no fact of the product fits: something true for them that claims nothing new about it.
READER_HOOKS: dict[str, tuple[str, ...]] = {  # short: a push rarely has room for more
    "sensitive": ("처음엔 작은 부위부터 발라 보면 안심이에요.", "처음 며칠은 작은 부위부터 써 보면 안심이에요."),
    "budget": ("매일 쓸 제품은 한 번에 쓰는 양까지 따져 보면 좋아요.", "매일 손이 갈 단계인지부터 따져 보면 좋아요."),
    # reading 14: "매일의 관리에 정성을 한 겹" read off on make-up and as a stock line anywhere;
    # reading 19: "공들인 루틴에 …" whatever the product (the frame is retired)
    # readings 35-36 (s2197, s7322, s2965: "필링 패드에 '오래 두고 쓸 한 가지' 어색", "일반론", "채움 문장"): not "오래
    # 두고 쓸 한 가지로 고르기 좋아요", which promised a keepsake of a pad or a cleanser
    "luxury": ("하나를 골라도 제대로 고르고 싶은 분께 권해요.", "꼼꼼히 비교해 고르는 분께 권해요."),
    # reading 12: "이번 시즌 루틴에 새로 들이기 좋아요" read as a stock line; the product's kind makes it its own
    # reading 23 (s1261, s2667): "'루틴이 새로워져요'가 상투적": what a trend reader looks for is the trying itself
    "trend": ("새 {category}은 써 보는 재미가 있어요.", "{category}은 바꿔 써 보는 재미가 있어요."),
    "natural": ("담은 원료는 제품 정보에 그대로 적혀 있어요.",),
}
# A reader who already uses the product (retention, referral): why this matters to them now, in
# words that claim nothing new about it (reading 8: user pushes were the product and the offer only).
USER_HOOKS: dict[int, dict[str, str]] = {
    2: {
        "sensitive": "익숙한 제품이라 예민한 날에도 안심이 돼요.",
        # readings 57-60 (s9016: "'매일 쓰는 만큼 알뜰히 쓰게 돼요' 논리 어색"): why keeping it up is the thrifty choice
        "budget": "매일 쓰는 제품은 손에 익은 걸 이어 쓰는 게 알뜰해요.",
        # reading 14: "…하루하루 쌓일 때 완성돼요" read stock
        "luxury": "손에 익은 한 단계일수록 오래 곁에 두게 돼요.",
        "trend": "이번 시즌 루틴에도 그대로 두기 좋아요.",
    },
    4: {
        # readings 57-60 (s9404: "공유 유도 단계에 '천천히 시작하라고 권하라'", "민감성 고객에게 불안감"): why the
        # sharer's word helps, not advice to pass on
        "sensitive": "예민한 분께는 실제로 쓰는 분의 한마디가 든든한 참고가 돼요.",
        "budget": "매일 쓰는 제품은 써 본 사람 말이 가장 믿음직해요.",
        "luxury": "좋은 걸 알아보는 분께 권하기 좋아요.",
        "trend": "요즘 새 루틴을 찾는 친구에게 알려 주기 좋아요.",
    },
}
# The same to a sharer asked for a review: why their words help others, never "…권하기 좋아요" beside "후기를 남겨
# 주세요" (reading 23, s3520: "'권하기 좋습니다'와 후기 요청이 한 메시지에 섞여 초점이 흐리고"): one ask.
USER_REVIEW_HOOKS: dict[str, str] = {  # short: a longer line loses its place in the push
    "sensitive": "예민한 분께는 실제 사용자의 평이 든든해요.",
    # no "가장": the guard reads a superlative claim; reading 27 (s5014): "실제 사용자의 평이 확실한 근거가 됩니다" read
    # apart from the ask beside it ("앞뒤 문장과 겉돎"): whose words, and for whom
    "luxury": "직접 써 보신 분의 한마디가 고르는 분들께 믿을 만한 근거가 돼요.",
    "trend": "요즘은 실제 사용자의 평이 좋은 길잡이가 돼요.",
}
REVIEW_ASKS = frozenset({"후기 남기기"})
# The same to a sharer whose ask is a gift: "…친구에게 알려 주기 좋아요" beside "…선물해 보세요" asked two things.
USER_GIFT_HOOKS: dict[str, str] = {
    "sensitive": "예민한 분께 건넬 때는 피부 타입부터 살펴보면 좋아요.",
    "budget": "매일 쓰는 제품이라 부담 없이 건네기 좋아요.",
    "luxury": "좋은 걸 알아보는 분께 건네기 좋아요.",
    "trend": "요즘 새 루틴을 찾는 친구에게 건네기 좋아요.",
}
MAKEUP = frozenset({"립", "쿠션·베이스"})
MAKEUP_LUXURY_HOOK = "단정한 메이크업의 마무리로 어울려요."  # not a skin-care routine's step
CARE_WORDS = re.compile("관리|피부를 위한 정성")  # skin-care words a make-up push never says
CATEGORY_PATCH_TIPS = {  # where "a small patch of skin" does not fit
    "헤어": "처음 며칠은 두피 상태를 보며 쓰면 안심이에요.",
    "립": "처음엔 입술에 얇게 발라 보면 안심이에요.",
}
# A budget reader, no price talk, and a size the catalog calls generous; no copula on a unit ("160g예요").
VOLUME = "한 통 {volume}로 넉넉하게 쓸 수 있어요."
# A budget reader and a brand that talks price: the price framed as what the reader gets, never the
# bare "140ml에 9,000원이에요." (blunt), nor "140ml에 9,000원인 …는 리무버" (a clause chain).
PRICE = "{volume} 한 통을 {price}원에 만나실 수 있어요."
# Reading 13 (s6722): a budget reader's event push kept the product's definition and the offer, and dropped the
# value line for room. Where the price is their fact, the name with what the money buys is the product line.
# In the tone's words: copy-eval's tone swap found it the same line for every tone.
NAME_PRICE: dict[Tone | None, str] = {
    None: "{product}은 {volume} 한 통을 {price}원에 만나실 수 있어요.",
    Tone.friendly: "늘 반가운 {product}은 {volume} 한 통을 {price}원에 만나실 수 있어요.",
    Tone.expert: "{product}은 {volume} 한 통 기준 정가 {price}원이에요.",
    Tone.trendy: "요즘 눈여겨볼 {product}은 {volume} 한 통을 {price}원에 만나실 수 있어요.",
    Tone.luxurious: "정성을 담은 {product}은 {volume} 한 통을 {price}원에 만나실 수 있어요.",
    Tone.emotional: "나를 위한 {product}은 {volume} 한 통을 {price}원에 만나실 수 있어요.",
}
CHOOSER_FRIENDLY_LEAD = ("늘 반가운 ", "눈여겨볼 ")  # round 33 (s9352): no habit said to a newcomer


def name_price_shape(plan: MessagePlan, tone: Tone | None) -> str:
    """NAME_PRICE's shape for the tone, without the friendly "늘 반가운" to a reader who has no habit of it yet."""
    shape = NAME_PRICE[tone]
    if plan.stage in lines.NEW_STAGES:
        shape = shape.replace(*CHOOSER_FRIENDLY_LEAD)
    return shape


# Readings 20-21 (s7114: "정가만 제시하고 제품 장점 없음", "가격 나열이 혜택처럼 읽히지 않음"): a budget reader's price
# is said as what the money buys, the price per ml (g, sheet) fit.py computes from the catalog, where the pack is
# bought by size (not a shade of lip colour or base); the tone's words before the name stay (copy-eval's tone swap).
# As short as PRICE, so that the price per unit costs the push no other line (fit.py's BUDGET_PER_UNIT_SHORT, "계산하면
# …", is longer than PRICE and lost budget readers their price where the body was tight).
PER_UNIT = "{volume} {price}원, {unit}당 약 {per}원이에요."  # the compact LMS's (unit_price_line)
NAME_PER_UNIT = "{lead}{product}은 {volume} {regular}{price}원, {unit}당 약 {per}원이에요."  # the short one
# Readings 26-27 (s5468: "정보를 끊어 나열해 딱딱하고"; s3795, s6086: glued onto the product sentence, "비문",
# "억지로 이어 붙임"): a copywriter says the figure as a sentence of its own with a subject ("한 통이 …") and, where
# the figure is low enough to be one (sms.UNIT_PRICE_SAID, by volume or weight), the reason it matters ("…원꼴이라
# 부담 없이 쓰기 좋아요"); a dear figure is said as the computation it is, with no reason claimed.
PER_UNIT_CHEAP = "{volume} {price}원, {unit}당 약 {per}원꼴이라 부담 없이 쓰기 좋아요."
PER_UNIT_SAID = "{volume} 한 통이 {price}원이라 {unit}당 약 {per}원꼴이에요."
NAME_PER_UNIT_CHEAP = "{lead}{product}은 {volume} {regular}{price}원, {unit}당 약 {per}원꼴이라 부담 없어요."
# fewer words where the whole sentence leaves no room: a dear figure as the computation, a low one with its reason
UNIT_SHORT: dict[bool, tuple[str, ...]] = {
    False: ("정가로 치면 {unit}당 약 {per}원꼴이에요.",),
    True: (
        "{volume} {price}원, {unit}당 약 {per}원꼴이라 부담 없어요.",
        "{price}원, {unit}당 약 {per}원꼴이라 부담 없어요.",
    ),
}
NAME_PER_UNIT_SAID = "{lead}{product}은 {volume} 한 통이 {regular}{price}원이라 {unit}당 약 {per}원꼴이에요."
INGREDIENTS = "주요 성분은 {ingredients}(이)에요."  # the information style's second fact
# ---- an opener on what this reader cares about (a question), or the stage's own for users -----
OPENERS: dict[str, tuple[str, ...]] = {  # three each: a regenerated variant opens anew
    "sensitive": (
        "새 제품을 들일 때마다 조심스러우신가요?",
        "예민한 날에도 편하게 쓸 제품을 찾고 계신가요?",
        "순한 사용감부터 확인하고 고르시나요?",
    ),
    "budget": (
        "매일 쓰는 제품일수록 꼼꼼히 따져 보시나요?",
        "매일 손이 가는 기본 제품을 찾고 계신가요?",
        "오래 두고 매일 쓸 제품을 찾고 계신가요?",
    ),
    "luxury": (
        "오래 곁에 둘 한 가지를 찾고 계신가요?",
        "피부를 위한 정성, 어디에 들이고 계신가요?",
        "매일의 관리에도 정성을 들이고 싶으신가요?",
    ),
    "trend": (
        "요즘 루틴에 새로운 재미가 필요하신가요?",
        "새로 들일 루틴 아이템을 찾고 계신가요?",
        "이번 시즌 루틴을 새로 꾸리고 계신가요?",
    ),
    "natural": (
        "무엇으로 만들었는지부터 살펴보시나요?",
        "원료가 분명한 제품을 찾고 계신가요?",
        "자연에서 온 원료를 먼저 고르시나요?",
    ),
}
# 합쇼체 copy opens on a statement: "조심스러우십니까?", "싶으셨습니까?" read as a form letter.
NATURAL_PLAIN_STATEMENT = "오래 두고 쓸 제품일수록 편안한 사용감을 먼저 보게 돼요."
STATEMENT_OPENERS: dict[str, tuple[str, ...]] = {
    "sensitive": (
        "피부가 예민할수록 새 제품은 천천히 들이게 돼요.",
        "예민한 날에도 편하게 쓸 제품 하나쯤은 곁에 있으면 좋아요.",
        "순한 사용감은 직접 확인하고 고르는 게 마음 편해요.",
    ),
    "budget": (
        "매일 쓰는 제품일수록 꼼꼼히 따져 보게 돼요.",
        "매일 손이 가는 기본 제품은 오래 두고 쓰게 돼요.",
        "오래 두고 매일 쓸 제품은 한 번 잘 고르는 게 중요해요.",
    ),
    "luxury": (
        "오래 곁에 둘 제품일수록 한 단계도 신중히 고르게 돼요.",
        "피부를 위한 정성은 매일의 작은 단계에서 시작돼요.",
        "정성을 들인 루틴은 매일의 작은 단계에서 완성돼요.",
    ),
    "trend": (
        "이번 시즌 루틴, 새로 들일 아이템을 골라 볼 때예요.",
        "요즘 루틴에 새로운 재미를 더해 볼 때예요.",
        "새 시즌에는 루틴에도 새 얼굴이 필요해요.",
    ),
    "natural": (
        "원료부터 살펴보면 고르기가 한결 쉬워져요.",
        "원료가 분명하면 매일 쓰기에도 마음이 편해요.",
        "자연에서 온 원료는 이름부터 눈에 들어와요.",
    ),
}
USER_STATEMENT_OPENERS = {
    2: (
        "{product}과 함께하는 루틴, 오늘도 이어 가실 때예요.",
        "{product}을 꾸준히 찾아 주셔서 감사해요.",
        "{product}과 함께하는 매일의 루틴을 응원해요.",
    ),
    4: (
        # not "이제 나눌 차례예요" (reading 36: "어색"), nor an ask of its own before the button's
        "{product}처럼 마음에 든 제품은 주변에도 알리고 싶어져요.",
        "{product}을 써 보고 좋았던 점은 주변에도 들려주고 싶어져요.",
        "곁에 있는 분께도 {product}을 권하기 좋은 때예요.",
    ),
}
USER_OPENERS = {
    2: (
        "요즘 {product}은 잘 쓰고 계신가요?",
        "{product}과 함께하는 루틴, 잘 이어 가고 계신가요?",
        "매일 루틴에서 {product}을 잘 챙기고 계신가요?",
    ),
    4: (
        "{product}, 주변에도 알려 주고 싶을 만큼 마음에 드셨나요?",
        "{product}을 쓰면서 좋았던 점, 누군가에게 알려 주고 싶으셨나요?",
        "곁에 있는 분께도 {product}을 권하고 싶으셨나요?",
    ),
}
# ---- the call to action: what the button does, led by the style (or the tone's adverb) -------
ACTIONS: dict[str, str] = {
    "브랜드 알아보기": "{brand} 이야기를 둘러보세요.",
    "가볍게 둘러보기": "제품 페이지에서 가볍게 둘러보세요.",
    "성분 살펴보기": "성분 정보부터 살펴보세요.",
    "처음 만나보기": "내 피부에 맞을지 직접 만나 보세요.",
    "이야기 읽어보기": "브랜드 이야기를 읽어 보세요.",
    "입문 제품 보기": "입문 제품부터 살펴보세요.",
    "후기 살펴보기": "먼저 써 본 분들의 후기를 살펴보세요.",
    "한 번 써보기": "직접 한 번 써 보세요.",
    "지금 시작하기": "첫 사용을 시작해 보세요.",
    "사용법 보기": "사용법을 확인해 보세요.",
    "입문 루틴 보기": "입문 루틴을 확인해 보세요.",
    "첫 사용 팁 보기": "첫 사용 팁을 확인해 보세요.",
    "내 피부 맞춤 보기": "내 피부에 맞는 쓰임새를 확인해 보세요.",
    "루틴 이어가기": "쓰던 루틴을 그대로 이어 가세요.",
    "오늘 루틴 확인": "남은 양과 루틴을 확인해 보세요.",
    "다시 채워두기": "다 쓰기 전에 미리 채워 두세요.",
    "관리 팁 보기": "관리 팁을 확인해 보세요.",
    "내 루틴 보기": "내 루틴을 확인해 보세요.",
    "꾸준히 이어가기": "{product}을 챙겨 루틴을 이어 가세요.",  # reading 11: "지금의 루틴을 꾸준히 …" asked nothing
    "나에게 맞게 고르기": "내 피부에 맞게 골라 보세요.",
    "세트 구성 보기": "세트 구성을 살펴보세요.",
    "라인 함께 보기": "같은 라인 제품도 함께 살펴보세요.",
    "다음 단계 보기": "쓰던 루틴의 다음 단계로 {product}을 살펴보세요.",  # this product, not "다음 단계 제품"
    "지금 단계 선택": "피부에 맞는 단계를 골라 보세요.",
    "비교해 보기": "쓰던 제품과 성분·사용감을 비교해 보세요.",  # reading 12 (s9563): "쓰던 제품과 비교" said not what
    "구성 살펴보기": "함께 쓰기 좋은 구성을 살펴보세요.",
    "친구에게 알려주기": "가까운 친구에게도 알려 주세요.",
    "공유하기": "써 본 느낌을 공유해 주세요.",
    "선물하기": "받는 분 취향에 맞춰 골라 선물해 보세요.",
    "추천 전하기": "잘 맞을 것 같은 분께 추천해 보세요.",
    "후기 남기기": "써 본 느낌을 후기로 남겨 주세요.",
    "마음 전하기": "고마운 분께 마음을 전해 보세요.",
    # the events' own buttons (data/events.json `button`)
    "쿠폰 받기": "쿠폰을 받아 첫 주문에 써 보세요.",
    "첫 주문하기": "첫 주문으로 직접 만나 보세요.",
    "피부 타입 알아보기": "내 피부 타입부터 알아보세요.",
    "상담 신청하기": "편한 방법으로 상담을 신청해 보세요.",
    "가이드 보기": "가이드에서 바르는 순서를 확인해 보세요.",
    "라이브 알림 받기": "방송 알림을 미리 받아 두세요.",
    "리필 구매하기": "리필을 미리 챙겨 두세요.",
    # readings 20-21 (s5468, s3180): "다시 주문해 두세요", "천천히 다시 주문해 두세요" read as an order and stiff; the
    # ask keeps the reader's own product in their routine, with its own adverb (no tone's "천천히" before it)
    "다시 주문하기": "쓰던 {product}을 다시 챙겨 보세요.",
    "알림 신청하기": "다 써 갈 때 받을 알림을 신청해 두세요.",
    "리포트 보기": "내 루틴 리포트를 확인해 보세요.",
    "캠페인 참여하기": "공병 모으기 캠페인에 참여해 보세요.",
    "함께 담아보기": "함께 쓸 제품도 골라 담아 보세요.",
    "리필 구성 보기": "리필까지 담긴 구성을 살펴보세요.",
    "조합 가이드 보기": "라인 조합 가이드를 확인해 보세요.",
    "선물 추천 보기": "받는 분께 맞는 선물을 골라 보세요.",
    "친구에게 공유하기": "함께 쓸 친구에게 공유해 보세요.",
}
# Reading 13 (s8389, s1316): "첫 주문의 구매를 확정하시면 …. 첫 주문해 보세요." under "첫 주문에 …" said the event's
# key noun three times: after the offer sentence (which states the condition) the ask says the act, not the noun again.
AFTER_OFFER_ACTIONS: dict[str, str] = {
    # reading 20 (s3208): "이 앰플부터 주문해 보세요" read as a blunt order for a 260,000원 ampoule; the offer
    # sentence says 첫 주문하시면, so the ask meets the product
    "첫 주문하기": "{product}부터 만나 보세요.",
    "쿠폰 받기": "잊지 말고 받아 두세요.",
    "리필 구매하기": "떨어지지 않게 미리 챙겨 두세요.",
    "함께 담아보기": "같이 쓸 제품도 골라 담아 보세요.",  # not "…함께 보내 드려요. 함께 담아 보세요."
    # reading 15 (s3376): "받는 분께" in title, offer and ask; the offer sentence says who receives it
    # reading 22 (s9337): "취향에 맞춰 골라 보십시오" left whose taste unsaid and read apart from the gift: the ask
    # names who the gift is for (the offer sentence says 선물하기로 주문하시면)
    "선물하기": "건넬 분을 떠올리며 골라 보세요.",
}
GIFT_RECEIVER = "건넬 분"  # the gift asks after the offer name whom it is for; after a lead that does, the plain ask
GIFT_PLAIN_ASK = "골라 보세요."
AFTER_OFFER_SHORT: dict[str, str] = {
    "첫 주문하기": "{product}부터 만나 보세요.",  # "지금 바로 주문해 보세요" reads as purchase pressure (guard)
    "쿠폰 받기": "받아 두세요.",
    "리필 구매하기": "미리 챙겨 두세요.",
    "함께 담아보기": "같이 쓸 제품도 담아 보세요.",
    "선물하기": "건넬 분을 떠올리며 골라 보세요.",  # reading 23 (s4048): "'건넬 분께 맞게 골라 보십시오'가 어색"
}
# Products whose copy never says 피부 (a shampoo cares for the scalp, a tint sits on the lips): the
# asks that name the reader's skin say "나에게" instead (reading 8: a tint "받는 분 피부에 맞춰").
SKINLESS = frozenset({"헤어", "립"})
SKINLESS_ACTIONS: dict[str, str] = {
    "처음 만나보기": "나에게 맞을지 직접 만나 보세요.",
    "내 피부 맞춤 보기": "나에게 맞는 쓰임새를 확인해 보세요.",
    "나에게 맞게 고르기": "나에게 맞게 골라 보세요.",
    "지금 단계 선택": "나에게 맞는 단계를 골라 보세요.",
    "피부 타입 알아보기": "나에게 맞는 루틴부터 알아보세요.",
}
# Reading 11 (s7974): a trend reader's "써 본 느낌을 공유해 주십시오" read flat, with no photo or package to share.
TREND_ACTIONS = {"공유하기": "써 본 느낌을 사진 한 장과 함께 공유해 주세요."}
# Round 32 (reading 75, s9301, a trend reader: "쓰던 제품과 성분·사용감을 비교해 보십시오" — "트렌드 고객에 성분 비교는
# 각도가 어긋남"): what each reader compares is their own point: a trend reader the texture and finish, a natural one
# the raw materials, a budget one the size and price (the catalog states both for every product).
READER_ACTIONS = {
    "trend": {"비교해 보기": "쓰던 제품과 발림·마무리를 비교해 보세요."},
    "natural": {"비교해 보기": "쓰던 제품과 원료·사용감을 비교해 보세요."},
    "budget": {"비교해 보기": "쓰던 제품과 용량·가격을 비교해 보세요."},
}
# "제품 페이지에서 가볍게 둘러보세요" read as stock in every push: the look is tied to what this
# product shows on its page (a lip's colour, a sunscreen's spread); {product} is "이 크림" by then.
# Reading 11: "…제형까지 제품 페이지에서 둘러보세요" read as odd ("까지": as if the rest were seen): the page
# first, then where to start on it.
# Reading 19 (s1811): "…의 발림부터 가볍게 둘러보세요" read awkward and said the button ("가볍게 둘러보기") again:
# the aspect is the topic, the page is where to look ({aspect} carries its particle: "발림은", "발색은").
# Reading 22 prep: "…의 발색은 제품 페이지에서 둘러보세요" still read off: one browses a page, one checks a colour.
# Reading 22 (s1811): "오늘은 나를 위해 이 두피 에센스의 쓰는 법은 …" broke under a lead-in: the aspect is the object.
# Reading 24 (s3376): "'제품 페이지에서 제형을 확인해 보십시오' 어색": what to look for is the question, asked of the
# product ("이 토너가 어떤 제형인지 …"), the page where it is answered.
LOOK_ASK = "{product}이 어떤 {aspect}인지 제품 페이지에서 확인해 보세요."
LOOK_HOW = "{product}을 어떻게 쓰는지 제품 페이지에서 확인해 보세요."  # a way of use is no "어떤 쓰는 법"
# Reading 87 (s4087: "획득 단계에 '어떻게 쓰는지' 어색"): a reader who has not met the product is asked to look at its
# page (ACTIONS' "제품 페이지에서 가볍게 둘러보세요"), not how to use it
ACQUISITION = 0  # stage index: the reader has not met the product
LOOK_ASPECTS = {"쿠션·베이스": "마무리", "선크림": "발림", "헤어": "쓰는 법", "마스크·팩": "쓰는 법", "패드": "쓰는 법"}
LOOK_ASPECT = "제형"  # any other category: its texture
COLOUR_WORDS = re.compile("발색|컬러|색감|혈색|생기 있는 색")  # a product whose page shows a colour
# Readings 49-52 (s9757, 크림스킨: "크림 제형이 핵심인데 '제형은 페이지에서 확인'으로 넘김"): a product whose catalog
# states its texture is not sent to its page to find it out; readings 53-56 (s7019): nor one whose catalog does not
# state it (no page promises it): the page shows how to use it (_look_ask).
# The same asks in fewer words, for a push whose offer leaves little room.
SHORT_ACTIONS: dict[str, str] = {
    "브랜드 알아보기": "브랜드를 둘러보세요.",
    "후기 살펴보기": "먼저 써 본 후기를 살펴보세요.",
    "내 피부 맞춤 보기": "쓰임새를 확인해 보세요.",
    "루틴 이어가기": "쓰던 루틴을 이어 가세요.",
    "오늘 루틴 확인": "루틴을 확인해 보세요.",
    "다시 채워두기": "미리 채워 두세요.",
    "라인 함께 보기": "같은 라인 제품도 살펴보세요.",
    "지금 단계 선택": "단계를 골라 보세요.",
    "비교해 보기": "쓰던 제품과 비교해 보세요.",
    "친구에게 알려주기": "가까운 친구에게도 알려 주세요.",
    "공유하기": "써 본 느낌을 공유해 주세요.",
    "선물하기": "받는 분께 맞춰 선물해 보세요.",
    "추천 전하기": "잘 맞을 분께 추천해 보세요.",
    "후기 남기기": "써 본 느낌을 후기로 남겨 주세요.",
    "마음 전하기": "고마운 분께 마음을 전해 보세요.",
    "상담 신청하기": "상담을 신청해 보세요.",
    "가이드 보기": "가이드를 확인해 보세요.",
    "알림 신청하기": "알림을 신청해 두세요.",
    "친구에게 공유하기": "친구에게 공유해 보세요.",
    "쿠폰 받기": "쿠폰을 받아 보세요.",
    "첫 주문하기": "첫 주문으로 만나 보세요.",
    "함께 담아보기": "함께 담아 보세요.",
    "리필 구매하기": "리필을 챙겨 두세요.",
    "다시 주문하기": "다시 챙겨 보세요.",
    "리필 구성 보기": "리필 구성을 보세요.",
}
# A content or service event and its button in one sentence: the offer is the ask ("…온라인 상담을
# 신청해 보세요."), never "…상담도 신청하실 수 있어요. 상담을 신청해 보세요." {benefit} is the event's.
MERGED_ASKS: dict[str, str] = {
    "상담 신청하기": "{benefit}을 신청해 보세요.",
    "라이브 알림 받기": "{benefit}을 놓치지 않게 알림을 받아 두세요.",
    "알림 신청하기": "{benefit}을 신청해 두세요.",
    "가이드 보기": "{benefit}를 확인해 보세요.",
    "조합 가이드 보기": "{benefit}를 확인해 보세요.",
    "리포트 보기": "{benefit}를 받아 보세요.",
    "후기 살펴보기": "{benefit}를 살펴보세요.",
    "선물 추천 보기": "{benefit}에서 골라 보세요.",
    "친구에게 공유하기": "{benefit}를 함께 쓸 분께 공유해 보세요.",
    "피부 타입 알아보기": "{benefit}를 해 보세요.",
    "이야기 읽어보기": "{benefit}를 읽어 보세요.",
    "캠페인 참여하기": "{benefit}에 참여해 보세요.",
    "다음 단계 보기": "{benefit}를 받아 보세요.",
    "후기 남기기": "{benefit}에 함께해 주세요.",
}
# Reading 11: a conversion push that asked "쓰시는 라인의 다음 단계를 … 비교해 보세요" under "다음 단계 라인도
# 살펴보세요" left the reader unsure what to buy. The push sells THIS product: the event's comparison is how the
# reader checks it ({product} is "이 크림" by then), and the title names it.
PRODUCT_ASKS: dict[str, str] = {
    # reading 12 (s2435): "이 바디 로션이 다음 단계로 맞을지 …" read vague: whether to take it up as the next step
    # reading 15 (s9194): "…다음 단계로 들일지 … 따져 보세요" read stiff
    "다음 단계 보기": "성분과 사용감을 살펴보고 {product}을 다음 단계로 골라 보세요.",
}
# short, so the name fits whole; not "다음 단계로 …" over an ask that says it (reading 15: a phrase twice)
PRODUCT_INVITES: dict[str, str] = {"다음 단계 보기": "루틴에 더할 {product}"}
# Where the catalog names the next step's product (plan.values["next"]), the push is about that step for a user of
# this one (readings 41 s1432, 44 s6854: "같은 토너를 '다음 단계로' 고르라 해 논리 어긋남"): the ask and the title name
# it, the title the first of these that fits a phone
# round 35 (s2848): {next} says how the product relates ("같은 라인의 …", next_related), in place of "이어 쓸"
NEXT_NAMED_ASKS: dict[str, str] = {"다음 단계 보기": "다음 단계로 {next}를 살펴보세요."}
NEXT_NAMED_TITLES = ("{product} 다음엔 {next}", "다음 단계는 {next}")
ASKING_KINDS = frozenset({"content", "service"})  # offers with no condition, whose benefit is the thing asked for
STYLE_LEADS: dict[int, str] = {
    TIME: "지금 바로",  # a look or a check; trying or keeping a routine takes TIME_USE_LEAD
    FOMO: "놓치지 말고",
    EMOTION: "오늘은 나를 위해",
    SEASON: "{season}이 깊어지기 전에",
}
# Time pressure without an invented deadline: today (reading 11: "이번 주부터 지금의 루틴을 꾸준히 이어 가세요"
# was neither urgent nor an ask); trying starts today, a user keeps it up today too.
TIME_USE_LEAD = "오늘 바로"
TIME_KEEP_LEAD = "오늘도"  # readings 57-60 (s3580, s3545: "'빠뜨리지 말고'가 훈계조"): the day, no reproach
# Round 40 (readings 96-97, s3580, s9327: "시간 긴박 요소 없음"): "오늘도 이 클렌저를 챙겨 루틴을 이어 가세요" says a
# habit, not a when; an ask to keep the product by them (꾸준히 이어가기: "…을 챙겨 …") is timed by the product running
# out, a real deadline and no reproach.
TIME_RUNNING_LEAD = "다 쓰기 전에"
GENERIC_NOUN = "제품"  # _it_noun's word for a kind with no noun of its own (a balm: "밤" reads as night)
RUNNING_KEEP = "꾸준히 이어가기"
KEEP_ACTIONS = frozenset({"루틴 이어가기", "꾸준히 이어가기"})
# Round 25 leftover (time-style event pushes with no time word at all): a content or service event's own ask that
# says "먼저" takes no "지금 바로" (reading 23), and a consultation is led by the reader's question (reading 23): the
# time is said as the day the reader takes it ("오늘은 처음 써 본 분들의 후기를 먼저 살펴보세요", "내 피부에 맞을지
# 궁금하다면 오늘 매장이나 …"), the event's own ask said whole after it, never a deadline the event lacks ("오늘," /
# "오늘 바로" / "이번 주": reading 13).
TIME_TODAY = "오늘"
TIME_TODAY_TOPIC = "오늘은"  # not "오늘 처음 써 본 분들…", which reads as those who tried it today
# Round 30 ("내 피부에 맞을지 궁금하다면 오늘 계절 따라 달라진 고민에 …" read as "today's season"; the same ask said
# bare where the reader's line took the lead's room had no day at all): where the event's ask ends on its object and
# verb, the day goes with the verb ("…온라인 상담을 오늘 신청해 보세요", "…후기를 오늘 먼저 살펴보세요"); not before
# "…라이브로 확인해 보세요", which would date the broadcast
TODAY_BEFORE_VERB = re.compile(
    r"(?<=[을를] )(?=(?:먼저 )?[가-힣]+(?: (?:보세요|두세요|주세요|보십시오|두십시오|주십시오))?[.!]$)"
)
# FOMO with no offer: a reason the reader would miss out (reading 9: "놓치지 말고" alone gave none), true
# for any product: trying beats hearsay, a routine kept pays off, running out, or a look not to pass by.
STOCK_ACTIONS = frozenset({"오늘 루틴 확인", "다시 채워두기", "알림 신청하기"})
# Reading 39 (s4748, 2.5: "'더 미루지 말고' 압박조", "다소 강압적"): a luxury reader, the 고급스러운 tone or a premium
# line is never pressed to try; what they would miss is said as a regret spared, the FOMO still heard. Readings 49-52
# (s1949: "'아쉽지 않게 직접 한 번' 어색"): not "아쉽지 않게", which names no loss, nor the bare "놓치지 말고" (reading
# 9), but what putting it off wastes, as a condition, not an order ("이번엔 직접" left 19 pushes without FOMO).
TRY_LEAD = "더 미루지 말고"
# Readings 53-56 (s5518, s6183: "'미루기엔 아깝다면'이 어색한 FOMO", "논리 약함"): what a dignified reader would miss
# is said as what they have: a reader who owns it and has not opened it keeps it unused ("아껴 두지만 말고 직접 한 번
# 써 보세요"); one who has not got it is told not to wait on the curiosity, and the ask needs no "내 피부에 맞을지".
DIGNIFIED_TRY_LEAD = "아껴 두지만 말고"
# Readings 62-65 (s1450: "'늦지 않게'가 막연함"; s9225: "'더 미루지 말고'가 민감성 고객에게 재촉"; s5988: "궁금하셨다면"
# to a reader who has it in hand): what a dignified or a sensitive reader would miss is named, the feel of the product,
# never a hurry; to a reader at activation (the product in hand) its first use, not a curiosity.
DIGNIFIED_FIRST_LEAD = "궁금하셨던 사용감, 놓치지 말고"
# Readings 94-95 (s3365, s7121: "'첫 사용감을 놓치지 말고' 어색"): a first feel is nothing one misses; the product is
# what would be missed, said as readers say it ("놓치면 아쉬운 이 에센스, 직접 한 번 써 보세요")
DIGNIFIED_OWNED_LEAD = "놓치면 아쉬운 {product},"
# a premium line to another reader (budget, trend, natural): the shorter curiosity, which leaves their own line room
# (round 28: a budget reader of 자음생크림 kept "주름 개선 기능성까지 한 단계에 …" only with it)
PREMIUM_FIRST_LEAD = "궁금하셨다면 늦지 않게"
DIGNIFIED_TRY_LEADS = (DIGNIFIED_TRY_LEAD, DIGNIFIED_FIRST_LEAD, DIGNIFIED_OWNED_LEAD, PREMIUM_FIRST_LEAD)
GENTLE_READERS = frozenset({"luxury", "sensitive"})  # readers never hurried (readings 39, 62-65)
FIRST_USE = "첫 사용"  # an ask that says it ("첫 사용을 시작해 보세요") after DIGNIFIED_OWNED_LEAD: the plain try
ACTIVATION = 1  # stage index: the reader has the product in hand
FIT_ASKED = "내 피부에 맞을지 "  # a try's question, the words a dignified try gives up before a line
SKINLESS_FIT_ASKED = "나에게 맞을지 "
EMPTIES_FOMO_LEAD = "그냥 버리기 아깝다면"
FOMO_LEADS: tuple[tuple[frozenset[str], str], ...] = (
    # reading 18 (s3112): "말로만 듣기엔 아깝다면" read awkward; what a reader who has not tried it misses is the trying
    (frozenset({"한 번 써보기", "지금 시작하기", "처음 만나보기"}), TRY_LEAD),
    (
        frozenset({"루틴 이어가기", "꾸준히 이어가기", "관리 팁 보기", "내 루틴 보기"}),
        "들인 정성이 아깝지 않게",
    ),
    (STOCK_ACTIONS, "떨어져서 아쉽지 않게"),
    # reading 12 (s8752): "나중에 아쉽지 않게 … 1:1 상담을 신청해 보세요" named no loss; a choice's is a poor pick,
    # said as readers say it (readings 49-52, s2602: "'고르고 나서 아쉽지 않게' 어색")
    (frozenset({"상담 신청하기", "비교해 보기", "피부 타입 알아보기"}), "후회 없는 선택을 위해"),
    # reading 86 (s6724: "놓치지 말고 공병을 매장에 모으는 캠페인에 …" — "'놓치지 말고 공병을' 연결이 어색"): an
    # empties campaign is no chance that passes; what a reader would regret is the used bottle thrown away
    (frozenset({"캠페인 참여하기"}), EMPTIES_FOMO_LEAD),
)
# A look or an event's content (the title may say 놓치기 아쉬운): the reader who has not decided yet. Readings 18-19:
# "그냥 넘기기 아깝다면" before "… 이야기를 읽어 보세요" read as a joint that does not connect ("연결 부자연").
FOMO_LEAD = "지나치지 말고"
# Readings 41-43 (s8639, s3186: "'지나치지 말고' 어색", "놓침 방지 긴장감이 약함"): an event's own content (its story,
# reviews, guide, report) is itself what the reader would miss: "…이야기를 놓치지 말고 읽어 보세요" (the lead after a
# long object, with the verb). A choice to fit one's skin is made without regret ("아쉬움 없이"), not "지나치지 말고 …
# 골라 보세요".
CONTENT_FOMO_LEAD = "놓치지 말고"
CHOICE_FOMO_LEAD = "아쉬움 없이"
CHOICE_ACTIONS = frozenset({"나에게 맞게 고르기"})
# The emotional style beside an event's own ask (reading 9, s1896: "내 피부를 위해 … 온라인 상담을 신청해
# 보세요" read stiff): a few words of how the reader feels that lead into what the event does for them.
EMOTION_EVENT_LEADS: dict[str, str] = {
    # reading 13 (s6722): "혼자 애쓰지 말고 마음 편히 …" stacked modifiers; reading 14: "마음 편히 계절 따라 …" read
    # awkward and left the product unlinked to the consultation: the reader's question about it leads in
    "상담 신청하기": "나에게 맞을지 궁금한 마음이라면",
    "후기 살펴보기": "처음이라 망설여지는 마음이라면",
    "가이드 보기": "처음이라 낯선 마음이라면",
    "라이브 알림 받기": "처음이라 낯선 마음이라면",
    "이야기 읽어보기": "여유로운 마음으로",
    "리포트 보기": "나를 돌보는 시간,",
    "조합 가이드 보기": "나에게 맞는 루틴이 궁금하셨다면",
    "다음 단계 보기": "지금 루틴이 익숙해졌다면",
    "캠페인 참여하기": "아껴 쓴 마음 그대로",
    "알림 신청하기": "바쁜 날에도 마음 편하게",
}
USE_ACTIONS = frozenset({"한 번 써보기", "지금 시작하기", "루틴 이어가기", "꾸준히 이어가기"})
REFERRAL_FOMO_LEAD = "혼자 알기 아깝다면"  # what a sharer would miss is telling others, not the product
GIFT_FOMO_LEAD = "늦지 않게"  # a gift: the moment, not the product, is what passes
# FOMO with an offer: the offer is what is missed (reading 15: "혜택이 있을 때" read as no urgency); no event gives a
# deadline, so none is pressed: reading 28 (s9826: "상시 서비스에 '놓치기 전에'는 과장", "놓침 방지 문구는 기한 없음")
# read "혜택을 놓치기 전에" over a standing gift-wrap service as exaggeration. What is missed is this offer, on top of
# the product.
PROMOTION_LEAD = "혜택은 놓치지 말고"
# The emotional lead for a user: their moment, their own skin (not "오늘은 나를 위해 … 비교해"), a gift.
# Round 9: "고마운 마음을 담아 … 골라 보세요" left unclear whose thanks; the sharer thinks of the one they give to.
EMOTION_USER_LEADS = {2: "익숙한 손길로", 3: "내 피부를 위해", 4: "고마운 분을 떠올리며"}
# Readings 37-38 (s2430, s1500: "고마운 분을 떠올리며 써 본 느낌을 공유해 주시면 …", "'고마운 분을 떠올리며 후기'
# 어색"): the grateful thought leads into a gift only; a sharer's review, share or word to a friend is written warmly
EMOTION_SHARE_LEAD = "따뜻한 마음을 담아"
SKINLESS_EMOTION_LEAD = "나를 위해"  # a shampoo or a tint: not "내 피부를 위해"
CONSULT_ASKS = frozenset({"상담 신청하기"})
CONSULT_LEAD = "내 피부에 맞을지 궁금하다면"
# Readings 41-43 (s6833, s9305, s3331: "감성 공감 없음", "'궁금했다면' 높임 누락"): the emotional lead of a comparison
# is what the reader weighed, said with respect
COMPARE_LEAD = "내 피부에 맞을지 고민하셨다면"
SEASON_SHARE_LEAD = "{season} 루틴을 고민하는 분들을 위해"
ASKS_BACK = re.compile("공유해|후기|나눠 주|알려 주")  # an ask for the reader's own words
EMOTION_SELF_LEAD = "오늘은"  # before an ask that says "나에게" itself
# Readings 42-44 (s3168, s9122, s5872, s7015: "'나를 위해 둘러보십시오' 어색", "'받아 두십시오' 딱딱함"): "오늘은
# 나를 위해" is a gift to oneself, which trying the product is, and looking at a page, reading its ingredients, taking a
# coupon or a test is not: such an ask is led by how the reader feels about it. (what the ask does, its lead)
EMOTION_LOOK_LEADS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile("사용법|팁|쓰는지|쓰는 법"), "처음이라 낯선 마음이라면"),
    (re.compile("성분"), "마음 놓고 고를 수 있게"),
    # readings 53-56 (s9596, s9248: "'설레는 마음으로 … 제형인지 확인' 어색"): a look at a colour is led by the wish
    (re.compile("어떤 .+인지"), "궁금한 마음이라면"),
    # reading 86 (s6662: "'마음 가는 대로'가 어색"): a look is led by the wish to know, as a question's is
    (re.compile("둘러보"), "궁금한 마음이라면"),
    (re.compile("받아 두"), "가벼운 마음으로"),
    (re.compile("알아보"), "궁금한 마음이라면"),
)
SENSITIVE_PARTS = {"헤어": "두피", "립": "입술"}  # what is sensitive for a shampoo's or a tint's reader
ADVERB_LEADS = frozenset({"지금 바로", "바로", "편하게", "차근차근", "천천히", "여유롭게"})  # leads that are one adverb
# characters of an ask's object ("바르는 순서와 알맞은 양을") after which a FOMO "…말고" lead goes with the verb
LONG_OBJECT = 14
MODIFIER_OPENING = re.compile(r"(?:써 본|\S+(?:는|던)) ")  # an ask opening on a modifier ("쓰시는 라인", "써 본 느낌")
LEADING_ADVERBS = re.compile("^(?:(?:직접|한 번|바로|지금|미리|먼저) )+")
OWN_ADVERB = re.compile("가볍게|미리|직접|그대로|먼저|꾸준히|편한|챙겨|잊지")  # an ask that already says how
TONE_LEADS: dict[Tone, str] = {
    Tone.friendly: "편하게",
    Tone.expert: "차근차근",
    Tone.trendy: "바로",
    Tone.luxurious: "천천히",
    Tone.emotional: "여유롭게",
}
PAGE_QUESTION = "지 제품 페이지에서 "  # a look's question (LOOK_ASK, LOOK_HOW) before where it is answered
# ---- titles: the offer with an event; else the style's or the reader's promise --------------
# With an event: the product beside the event's invitation (data/events.json `invite`), else the
# invitation alone; never the event's name alone as a noun fragment ("라인 3종 세트 구성").
# The product first where it fits: the invitation alone was the same title on every push of the
# event (reading 8); the body's ask carries the style's lead. The emotional style's ask to a user has
# no lead ("익숙한 손길로" would not fit a merged ask), so its title says it first.
# The invitation alone ({alone}) keeps its condition unless the offer sentence says the same words.
# {named}: the product by its brand and kind ("에스트라 크림, …"), for a body that opens on the name itself (forms.py
# takes it only there: "X 크림, 포인트를 드려요" over "X 크림은 …" said the name twice in a row, readings 20-21)
EVENT_TITLES = ("{product}, {told}", "{named}, {told}", "{styled}", "{alone}")  # the app's name shows above a push
EMOTION_EVENT_TITLES = ("{styled}", "{styled_told}", "{product}, {told}", "{named}, {told}", "{alone}")
# {styled_told}: the style's words before what the reader gets, where the body's offer sentence says the condition
# ("수고한 나에게, 포인트를 드려요"): the whole invitation after them was too long for a lock screen, and the push kept
# no emotional word (round 25, readings 37-40: "감성 공감 없음").
# The style in a few words before the invitation, first: an event push's body often has no room for
# the style's lead; nothing about a deadline or stock the brief lacks. (The body names the product.)
STYLED_INVITES: dict[int, str] = {
    TIME: "지금, {invite}",  # reading 13 (s1316): "오늘, …" implied a deadline no event gives
    FOMO: "이번 기회에, {invite}",  # an offer only: a guide or a campaign is no passing chance
    EMOTION: "수고한 나에게, {invite}",  # an offer for the reader themself only, never a gift for others
    SEASON: "{season}, {invite}",
}
# Round 25 leftover: "수고한 나에게, 첫 주문 할인 쿠폰을 드려요" reads as a cheap treat to a luxury reader, in the
# 고급스러운 tone or of a premium line: the emotional words there are the reader's own time, not a reward.
DIGNIFIED_STYLED_EMOTION = "오롯이 나에게, {invite}"  # as short as the treat
EVENT_INVITE = ("{event}, 함께 챙겨 가세요", "{event}, 확인해 보세요")
# Reading 15: an imperative invitation as the title ("…, 함께 쓰는 루틴을 나눠 보십시오") said the body's ask twice;
# the title says what the event holds, the body asks; in other words than the event's own ask (no phrase twice),
# and not the event's name alone (reading 8: "라이브 사용법 방송" read as a noun fragment).
TITLE_INVITES: dict[str, str] = {
    "함께 쓰는 루틴을 나눠 보세요": "함께 쓰는 루틴 모음",
    # reading 19 (s6285): "헤라 미스트, 브랜드 이야기를 연재해요" read as the mist writing it: the brand tells it
    "브랜드 이야기를 읽어 보세요": "브랜드 이야기를 들려드려요",
    # the ask says "처음 써 본 분들의 후기를 먼저 …"; not "피부 타입별 후기를 모았어요", which the body never gives
    # (reading 35, s2197: "제목의 타입별 후기 내용이 본문에 없고")
    "먼저 써 본 후기를 보세요": "첫 사용 후기를 모았어요",
    # the events' own asks say "쓰는 법을 …", "달라진 고민에 맞춰 …", "이번 계절 루틴 리포트": the title otherwise
    "쓰는 법을 라이브로 보여 드려요": "바르는 법을 라이브로 보여 드려요",
    # the ask says 상담; no comma of its own: beside the season or the product it made a comma chain (reading 31,
    # s8279: "겨울, 바뀐 피부 고민, 함께 살펴 드립니다" — "제목 쉼표 남발")
    "달라진 고민에 맞게 상담해 드려요": "바뀐 피부 고민을 함께 살펴 드려요",
    "이번 계절 루틴을 점검해 드려요": "계절 맞춤 리포트를 드려요",
    "바르는 순서부터 확인해 보세요": "바르는 순서를 정리했어요",
    # readings 57-60 (s3832, s3507: "제목 '테스트가 있습니다' 어색"): what the test does for the reader
    # reading 87 (s7015: "라네즈 토너, 피부 타입을 찾아 드립니다" — "제목이 토너가 피부 타입을 찾아 준다는 뜻으로
    # 읽힘"): beside the product's name the house prepared the test, the product finds nothing
    "내 피부 타입부터 알아보세요": "피부 타입 테스트를 준비했어요",
    "1:1 상담으로 골라 보세요": "1:1 상담으로 골라 드려요",
    "다 쓴 용기를 모아 주세요": "빈 용기도 매장에서 받고 있어요",
    "라인 3종을 세트로 만나 보세요": "라인 3종을 세트로 담았어요",
    "써 본 느낌을 나눠 주세요": "솔직한 후기를 기다리고 있어요",
    "선물 포장까지 맡겨 주세요": "포장까지 해 드려요",  # the offer and the ask say 선물
    "쿠션에 리필을 하나 더 드려요": "쿠션에 리필도 드려요",  # the guard reads "하나 더 드려" as an invented offer
    # the offer says 받는 분께 (reading 15: three times); a bare "샘플도 드립니다" read as dropped in with no context
    # (reading 17, s8005): the title says what the sample comes with
    "받는 분께 샘플도 드려요": "선물엔 샘플도 드려요",
    "고민과 취향별 선물을 모았어요": "선물 고민을 덜어 드려요",  # the ask says 고민과 취향별로 모아 둔
}
# Reading 15 (s7520, s8529): the event's own ask pasted its description ("가족·친구와 함께 쓸 루틴 소개를 공유해
# 보십시오", "받는 분의 고민과 취향에 맞춘 선물 추천에서 골라 보십시오"): what the event holds said as a sentence of
# its own, then one ask. A lead goes after the comma, before the ask.
PUSH_EVENT_ASKS: dict[str, str] = {
    "ev-ref-n3": "함께 쓰기 좋은 루틴을 모아 두었으니, 가족·친구에게 공유해 보세요.",
    "ev-ref-n2": "고민과 취향별로 모아 둔 선물 중에서 골라 보세요.",
    # readings 49-50 (s2501, s6428: "'이번 캠페인' 설명 없이 참여 유도", "공병 캠페인 조건 불명확"): what the campaign
    # does, from its detail (empties collected at the shop) in the ask itself, no longer than the old one (a longer
    # one cost budget and luxury readers their line); push_reader_check campaign_bare 43 -> 0 of 2,000
    "ev-ret-n3": "공병을 매장에 모으는 캠페인에 참여해 보세요.",
}
ASK_SPLIT = "으니, "  # an unlisted event: (promotion, other)
# Reading 13 (s8389): "첫 주문에 포인트를 드려요" over "첫 주문을 구매 확정하시면 …" said the purchase twice; the body's
# offer sentence states the condition, so the title keeps what the reader gets ("포인트를 드려요").
_PURCHASE = re.compile("주문|구매|리필")
_CONDITION_END = re.compile("(?:에|은|는|이면|하면|하시면)$")


# Reading 22 (s3208): "한율 선크림, 샘플을 드려요" read as a sample for anyone, though only a first order gets one: an
# offer of goods (a sample, a pouch, free shipping) keeps its condition in the title, said briefly ("첫 주문 시 샘플을
# 드려요", "재구매 시 샘플을 드려요"), never in the offer sentence's own words.
GOODS_KINDS = frozenset({"gift", "free"})


@lru_cache(maxsize=256)
def briefly_conditioned(invite: str, condition: str | None) -> str:
    """The invitation with its leading purchase condition said as "{condition} 시 …" ("첫 주문에 샘플을 드려요" →
    "첫 주문 시 샘플을 드려요"); the invitation as it is where unconditioned() keeps it whole."""
    told = unconditioned(invite, condition)
    if told == invite:
        return invite
    stem = _CONDITION_END.sub("", invite.removesuffix(told).strip())
    return f"{stem} 시 {told}"


@lru_cache(maxsize=256)
def unconditioned(invite: str, condition: str | None) -> str:
    """The invitation without its leading purchase condition ("첫 주문에 ", "재구매하시면 ") where the
    offer's condition says it; the invitation as it is otherwise."""
    words = invite.split()
    if not condition:
        return invite
    for cut in range(len(words) - 2, 0, -1):  # at least two words stay
        stem = _CONDITION_END.sub("", " ".join(words[:cut]))
        if stem and _PURCHASE.search(stem) and stem in condition:
            return " ".join(words[cut:])
    return invite


# Round 9: "…, 다시 짚어 보는 장점" over "보습 에멀젼이에요." promised what the body did not say. The information
# style's title states the quality the product line states ({fact}: its framed feature), else what the product
# line does say: what the product is. (chooser, user, sharer)
INFO_FACT_TITLES = ("{product}, {fact}", "{product}, 다시 짚어 보는 {fact}", "{product}, 권하고 싶은 {fact}")
INFO_TITLES = ("{product} 한눈에 보기", "오늘도 {product}과 함께")
# Reading 16 (s3180): "지나치기 아쉬운 클렌징 오일 모이스처 이야기" said nothing worth not missing. With no date to
# press, the FOMO title to a reader choosing names what they would miss: the quality the body's line states.
FOMO_FACT_TITLE = "{product}, 놓치기 아쉬운 {fact}"
STYLE_TITLES: dict[int, tuple[str, str]] = {  # (to a reader choosing, to a user)
    TIME: ("오늘 시작하는 {product}", "오늘도 {product}과 함께"),  # never "오늘 만…" (reads as 오늘만)
    INFO: INFO_TITLES,
    FOMO: ("놓치기 아쉬운 {product}", "혼자 알기 아까운 {product}"),  # no "… 이야기" filler (reading 16)
    EMOTION: ("{product}, 나를 위한 작은 선택", "오늘도 곁에 두는 {product}"),
    SEASON: ("{season} 루틴에 {product}", "{season} 루틴에 {product}"),
}
# Reading 39 (s8458: "자음생크림, 나를 위한 작은 선택" — "32만 원 크림에 '작은 선택'은 어긋남", "다소 가벼움"): a
# premium line or a luxury reader is never offered a "small" choice.
DIGNIFIED_EMOTION_TITLE = "{product}, 나를 위한 특별한 선택"
# Reading 41 (s5249: "1만 원대 세안제를 '특별한 선택'으로 과장"): a luxury reader's product under the premium register
# is neither small nor special: the choice is theirs.
LUXURY_READER_EMOTION_TITLE = "{product}, 나를 위한 선택"
# A sharer's title speaks of sharing, never of their own routine ("오늘도 … 함께" reads as retention).
# Reading 9: "마음을 전하는 …" (a gift) over a body asking to share a review read as two asks. A sharer's
# title says what the body's ask does: (recommend or share, give a gift).
REFERRAL_TITLES: dict[int, tuple[str, str]] = {
    TIME: ("지금 나누기 좋은 {product}", "지금 선물하기 좋은 {product}"),
    INFO: ("함께 나누고 싶은 {product}", "선물하기 좋은 {product}"),  # no "한 가지" / "이유" the body may not say
    EMOTION: ("아끼는 분께 권하는 {product}", "고마운 분께 건네는 {product}"),
    SEASON: ("{season}, 함께 나누고 싶은 {product}", "{season}, 곁에 있는 분께 {product}"),
    FOMO: ("함께 알면 좋은 {product}", "미루기 아까운 {product} 선물"),  # the body says 아깝다면 / 늦지 않게
}
REFERRAL_STAGE_TITLES = ("함께 나누고 싶은 {product}", "마음을 전하는 {product}")
# Round 40 (readings 96-97, s4904: "제목은 지인 추천, 본문은 후기 공유로 어긋남"): over an ask to share how it felt,
# the emotional title says that sharing, not a recommendation to someone dear.
FELT_SHARE_ASKS = frozenset({"공유하기", "후기 남기기"})
FELT_SHARE_TITLE = "써 본 느낌을 나누는 {product}"
GIFT_ASKS = frozenset({"선물하기", "마음 전하기", "선물 추천 보기"})  # the referral asks that give a gift
GIFT_WORDS = re.compile("선물|건네|건넬")  # an ask of another label that gives one all the same
# Round 9: "떨어지기 전에 챙기라" over a body that asked to keep the routine going asked two things; the title
# follows the ask: a restock, keeping the routine, or anything else a user may miss.
USER_FOMO_TITLES = {2: "떨어지기 전에 챙기는 {product}"}
RESTOCK_ASKS = STOCK_ACTIONS | {"리필 구매하기", "다시 주문하기"}
USER_KEEP_FOMO_TITLE = "멈추기 아까운 {product} 루틴"
USER_OTHER_FOMO_TITLE = "놓치기 아쉬운 {product}"
# Reading 13 (s8335): "오늘 시작하는 …" over "쓰던 제품과 … 비교해 보십시오" promised a start the ask did not ask for:
# the time style's start title only over an ask to start; over any other, a look the ask then says how to take.
START_ASKS = frozenset({"한 번 써보기", "지금 시작하기", "처음 만나보기", "첫 주문하기"})
TIME_LOOK_TITLE = "지금 살펴볼 {product}"
ANGLE_TITLES: dict[str, str] = {
    "sensitive": "피부가 예민한 날, {product}",
    "budget": "매일 손이 가는 {product}",
    "luxury": "오래 곁에 둘 {product}",
    "trend": "요즘 눈여겨볼 {product}",
    "natural": "원료부터 살펴본 {product}",
}
# Readings 53-56 (s5400, s6183: "획득 단계인데 제목 '오래 곁에 둘'", "제목이 활성화 단계와 안 맞음"): a luxury reader's
# frame says the stage: one still choosing trusts what they pick, one who has it in hand starts keeping it by them
LUXURY_STAGE_TITLES = {0: "믿고 고를 만한 {product}", 1: "이제 곁에 둘 {product}"}
# Round 30 ("오래 곁에 둘 세라마이드 아토 속보습 스킨" over a 16,000원 toner): "오래 곁에 둘" is for a premium line
# one keeps for years, as the long channels say it (plan.py); a luxury reader keeps their other product by them now
LUXURY_PLAIN_TITLE = LUXURY_STAGE_TITLES[1]
STAGE_TITLES = {2: "다시 채워 두는 {product}"}  # a sharer's: REFERRAL_STAGE_TITLES
# Where the reader's line (plan.fit) takes the body's room, the style's shorter title: the angle title beside
# it said the reader twice ("공들인 루틴에 …" over "공들인 관리에 …") and left no trace of the style.
SHORT_STYLE_TITLES: dict[int, str] = {
    TIME: "지금 만나 보는 {product}",
    FOMO: "놓치기 아쉬운 {product}",
    EMOTION: "나를 위한 {product}",
    SEASON: "{season}에 만나는 {product}",
}
# beside an event, which may be a guide or a broadcast with no date, no "지금 …" the event lacks (reading 16; round 38:
# a natural reader's new short fit line gave 달빛유자 수면팩's broadcast push "지금 만나 보는 …")
EVENT_TIME_TITLE = "새로 만나는 {product}"
EVENT_SHORT_TITLES = SHORT_STYLE_TITLES | {
    INFO: "알아 두면 좋은 {product}",
    TIME: EVENT_TIME_TITLE,
}  # beside an event's ask, a long name
USER_SHORT_TITLES = {  # the same to a reader who uses the product
    TIME: "오늘도 {product}과 함께",
    INFO: "오늘도 {product}과 함께",
    FOMO: "놓치기 아쉬운 {product}",
    EMOTION: "오늘도 곁에 두는 {product}",
    SEASON: "{season} 루틴에 {product}",
}


# Reading 13 (s3357, s4143): "…사용하기 좋습니다. …알려 주기 좋습니다." and "매일 …. 매일 …" in three sentences read
# as one word said twice; a form that repeats the predicate 좋다 or "매일" gives way to one that does not.
_ECHO_WORDS = ("매일", "담았")  # reading 14: "…인삼 추출물을 담았어요. …비오틴을 담았어요." once the line says 담았어요
_GOOD_ENDS = (" 좋아요.", " 좋아요!", " 좋습니다.", " 좋습니다!")  # a catalog sentence may come in 합쇼체


def echoes(form: list[str]) -> bool:
    """Whether two sentences of a push end on 좋아요 or the push says an echo word ("매일") twice."""
    text = " ".join(form)  # one join per form: bodies() meets some thirty forms a push
    if any(text.count(word) > 1 for word in _ECHO_WORDS):
        return True
    return text.count(" 좋") > 1 and sum(sentence.endswith(_GOOD_ENDS) for sentence in form) > 1


# Readings 57-60 (s3545: "…동백 추출물을 담았어요. 아데노신을 담은 … 기능성 화장품이에요." — "'담았어요/담은' 반복"):
# what the product holds said twice with 담다; the later sentence says it with 들다 ("아데노신이 든 …"), so that no
# fact is given up for the word (a form dropped for it lost a luxury reader's registered function).
_HELD_SAID = re.compile(r"담았|담은 ")
_HELD_AGAIN = re.compile(r"(?<=[가-힣A-Za-z0-9%])([을를]) (담은 |담았어요|담았습니다|담았고)")
_HELD_AS_IN = {"담은 ": "든 ", "담았어요": "들어 있어요", "담았습니다": "들어 있습니다", "담았고": "들어 있고"}


def held_once(form: Form) -> Form:
    """`form` with a second "…을 담은/담았어요" said "…이 든/들어 있어요" (the first 담다 stays)."""
    said = [s for s in form if s]
    if sum(len(_HELD_SAID.findall(s)) for s in said) < 2:
        return form
    out: Form = []
    seen = False
    for sentence in form:
        if not sentence:
            out.append(sentence)
            continue
        if seen:
            sentence = _HELD_AGAIN.sub(
                lambda m: ("이" if m.group(1) == "을" else "가") + " " + _HELD_AS_IN[m.group(2)], sentence
            )
        seen = seen or bool(_HELD_SAID.search(sentence))
        out.append(sentence)
    return out


@lru_cache(maxsize=8192)
def _trigrams(sentence: str) -> frozenset[tuple[str, ...]]:
    """A sentence's runs of three words (cached: a tier's forms say mostly the same sentences)."""
    words = sentence.split()
    return frozenset(zip(words, words[1:], words[2:], strict=False))


def says_twice(form: list[str]) -> bool:
    """Whether two sentences of the form share three words in a row ("…은 달팽이 점액 여과물을 92% 담은 제품이에요.
    달팽이 점액 여과물을 92% 담은 올인원 크림이에요.": a fact said twice, found in round 30's grid)."""
    seen: set[tuple[str, ...]] = set()
    for sentence in form:
        if not sentence:
            continue
        grams = _trigrams(sentence)
        if not grams.isdisjoint(seen):
            return True
        seen |= grams
    return False


def _echo_free(tier: list[list[str]]) -> Iterator[list[str]]:
    """The tier's forms that say no predicate or echo word twice, nor one fact in two sentences (all of them where
    each does); its distinct sentences are looked at first, so that a tier with nothing to echo costs one pass.
    Lazily: each form is looked at when the one before it has been read."""
    said = {sentence for form in tier for sentence in form}
    daily = sum(sentence.count(word) for sentence in said for word in _ECHO_WORDS)
    plain = daily < 2 and sum(sentence.endswith(_GOOD_ENDS) for sentence in said) < 2
    return _kept_or_all(tier, says_twice if plain else lambda form: echoes(form) or says_twice(form))


def _kept_or_all(tier: list[list[str]], drops: Callable[[list[str]], bool]) -> Iterator[list[str]]:
    """The forms `drops` keeps, given out as they are found; the whole tier where it keeps none."""
    kept = False
    for form in tier:
        if not drops(form):
            kept = True
            yield form
    if not kept:
        yield from tier


def _pick(pool: tuple[str, ...], k: int) -> str:
    return pool[k % len(pool)]


def _turn(request: GenerationRequest) -> int:
    """Which of two shapes a line takes: variants alternate, and another seed may start elsewhere."""
    return request.variant + request.resolved.brief.seed


def _styles(plan: MessagePlan) -> tuple[int, ...]:
    return plan.styles or (0,)


def _winter(plan: MessagePlan) -> bool:
    return plan.values["season"] == "겨울"


def _feature(plan: MessagePlan) -> str:
    """The fact that fits the reader best (the plan's reason), else the first other feature; in
    winter one that does not sell coolness."""
    candidates = [plan.values["reason"], plan.values["feature"], plan.values["feature2"]]
    candidates = [c for c in candidates if c]
    if _winter(plan):
        candidates = [c for c in candidates if not COOL_WORDS.search(c)]
    return candidates[0] if candidates else ""


# What a trend reader looks for first: how it looks, feels or comes (finish, colour, texture, format).
TREND_WORDS = re.compile(
    "피니시|광|매트|벨벳|발색|컬러|색상|톤업|제형|텍스처|캡슐|스틱|젤|밤|쫀쫀|쫀득|말랑|터지|보송|물처럼"
)


def _trend_feature(plan: MessagePlan, said: str = "") -> str:
    """A feature about finish, colour, texture or format for a trend reader (not one the line
    `said`), in winter none selling coolness; "" where the catalog has none."""
    candidates = (plan.values["reason"], plan.values["feature"], plan.values["feature2"], *plan.facts.features)
    for candidate in dict.fromkeys(c for c in candidates if c and c != said):
        if TREND_WORDS.search(candidate) and not (_winter(plan) and COOL_WORDS.search(candidate)):
            return candidate
    return ""


def _line_feature(plan: MessagePlan) -> str:
    """The feature the product line may frame ("… 돋보이는 크림"): the reader's fact; for a trend
    reader with none, how it looks or feels; never one that says the category's noun itself."""
    feature = _feature(plan)
    if plan.angle.key == "trend" and plan.values["reason"] != feature:
        feature = _trend_feature(plan) or feature
    if plan.angle.key != "budget" and "용량" in feature:  # a generous size is a reason for a budget reader only
        return ""
    return "" if _names_noun(feature, plan.facts.noun) else feature


def _definition(plan: MessagePlan) -> str | None:
    """What the product is, or None for a product known by its name only."""
    definition = plan.values["definition"]
    if definition == plan.facts.name:
        return None
    if "의 " in definition or repeats_name(definition, plan.facts.name):  # clumsy or "X는 X와 쓰는 …": another
        plainer = [
            d
            for d in (*plan.facts.definitions, *plan.facts.claim_definitions)
            if "의 " not in d and not repeats_name(d, plan.facts.name)
        ]
        definition = plainer[0] if plainer else definition
    if _winter(plan) and COOL_WORDS.search(definition):
        cooler = [d for d in (*plan.facts.definitions, *plan.facts.claim_definitions) if not COOL_WORDS.search(d)]
        return cooler[0] if cooler else definition
    return definition


# What the product is, framed by the fact this reader meets first (a noun phrase for {definition}).
FEATURED = "{feature}이 돋보이는 {category}"
FEATURED_SAID = "{feature}이 돋보여요."  # after a name that ends on the category's noun: not "X 미스트는 … 미스트예요"
FEATURE_SENTENCE = "{feature}이 특징이에요."  # a clause-like feature the catalog states in no sentence of its own
# Reading 9: a feature that is itself a clause ("수시로 더하는 윤기", "닦아 정돈하는 피부결", "건조함을 오래 막아
# 주는 얇은 보호막") or names a step, a size or a result rather than a quality read ungrammatical as "… 이
# 돋보이는 크림". Such a feature is said in the catalog's own sentence after what the product is.
_CLAUSE_WORD = re.compile(r"(는|을|를)$")
FRAMELESS_HEADS = frozenset(
    {
        "단계",
        "루틴",
        "용량",
        "대용량",
        "크기",
        "피부",
        "피부결",
        "모발",
        "농도",
        "타입",
        "튜브",
        "호수",
        "세안",
        "빗질",
        "펌프",
        "스패출러",
    }
)
WITH_INGREDIENTS = "{ingredients}을 담은 {category}"
KEY_INGREDIENTS = "{ingredients}이 든 {category}"  # reading 12: "… 주요 성분인 립 틴트" read stiff
# Which fact each reader meets first in the product line: its reason (the feature that fits the
# angle), the price, the ingredients, another feature, or what the product is.
# Neighbouring readers fall back to different facts, so that swapping one reader for another
# changes the line even where no feature fits either of them.
FIRST_FACTS: dict[str, tuple[str, ...]] = {
    "luxury": ("reason", "definition"),
    "sensitive": ("reason", "key_ingredients", "definition"),
    "budget": ("price", "reason", "definition"),
    "trend": ("reason", "feature", "definition"),
    "natural": ("ingredients", "reason", "definition"),
}


class Fact(NamedTuple):
    """The fact the product line states: its kind, the noun phrase for {definition}, and where the
    fact is no quality a noun phrase can frame, the catalog's sentence that says it (after the line)."""

    kind: str
    phrase: str
    said: str = ""
    feature: str = ""  # a framed feature, for the "…이 돋보여요" predicate after a name ending on the noun


Point = Fact | None


def framable(feature: str) -> bool:
    """Whether "{feature}이 돋보이는 {category}" reads as Korean: a quality (a texture, a finish, a scent)
    with no verb clause before it ("은은한 윤기", not "건조한 실내에서 수시로 더하는 윤기")."""
    words = feature.split()
    return bool(words) and words[-1] not in FRAMELESS_HEADS and not any(_CLAUSE_WORD.search(w) for w in words[:-1])


_STEM_WORD = re.compile("[가-힣A-Za-z0-9]+")


@lru_cache(maxsize=16384)
def _stems(text: str) -> frozenset[str]:
    return frozenset(word[:2] for word in _STEM_WORD.findall(text) if len(word) >= 2)


def feature_sentence(plan: MessagePlan, feature: str) -> str:
    """The catalog's claim that states `feature` (most of its words), else a short sentence of its own."""
    want = _stems(feature)
    best, shared = "", 0
    for claim in plan.facts.feature_claims:
        common = len(want & _stems(claim))
        if common > shared:
            best, shared = claim, common
    if best and shared * 5 >= len(want) * 3:  # three in five of its words: the same fact
        return best
    return lines.fill(FEATURE_SENTENCE, {"feature": feature})


def _featured(plan: MessagePlan, kind: str, feature: str, definition: str) -> Fact:
    """The feature framed as what the product is, or what it is and then the feature said on its own."""
    if framable(feature):
        return Fact(kind, lines.fill(FEATURED, plan.values | {"feature": feature}), feature=feature)
    return Fact(kind, definition, said=feature_sentence(plan, feature))


# _point's last answer with the plan and request it was for: the titles and the bodies of one push ask it of the same
# plan (a pure function of them, which nothing mutates; a Fact is immutable)
_last_point: tuple[MessagePlan, GenerationRequest, Point] | None = None


def _point(plan: MessagePlan, request: GenerationRequest) -> Point:
    """(kind, noun phrase) the product line states for this reader; None for a name-only product.
    Variant k takes the k-th fact found (the reader's own first), so variants differ."""
    global _last_point
    last = _last_point  # one read: another thread may replace it
    if last is not None and last[0] is plan and last[1] is request:
        return last[2]
    point = _point_of(plan, request)
    _last_point = (plan, request, point)
    return point


def _point_of(plan: MessagePlan, request: GenerationRequest) -> Point:
    definition = _definition(plan)
    if definition is None:
        return None
    values = plan.values
    feature = _line_feature(plan)
    found: list[tuple[str, str]] = []
    extra = ("definition", "ingredients", "feature")  # for other variants: facts beyond the reader's own
    headline = _headline(plan.facts.name, plan.facts.claim_definitions)
    if headline and not plan.caution:  # the figure the name carries leads (reading 11: "비타민C 25%" missed)
        found.append(Fact("headline", headline))
    for kind in dict.fromkeys((*FIRST_FACTS.get(plan.angle.key, ("reason", "definition")), *extra)):
        if kind == "reason" and values["reason"] and feature == values["reason"]:
            found.append(_featured(plan, kind, feature, definition))
        elif kind == "feature" and feature:
            found.append(_featured(plan, kind, feature, definition))
        elif kind == "price" and _talks_price(plan, request) and not _promoted(request, plan, definition):
            found.append(Fact(kind, definition))
        elif kind == "ingredients" and values["ingredients"] and not plan.caution:
            found.append(Fact(kind, lines.fill(WITH_INGREDIENTS, values)))
        elif kind == "key_ingredients" and values["ingredients"] and not plan.caution:
            found.append(Fact("ingredients", lines.fill(KEY_INGREDIENTS, values)))
        elif kind == "definition":
            found.append(Fact(kind, definition))
    if plan.facts.feature_claims:  # a definition left empty once the name's words go: the catalog's sentence
        thin = [f.kind in ("definition", "price") and _thin(plan, f.phrase) for f in found]
        found = [_with_claim(plan, f) if t else f for f, t in zip(found, thin, strict=True)]
    seen: set[tuple[str, str]] = set()
    found = [f for f in found if not ((f.phrase, f.said) in seen or seen.add((f.phrase, f.said)))]  # each once
    return found[request.variant % len(found)] if found else Fact("definition", definition)


FIGURE = re.compile(r"\d+(?:\.\d+)?%?")
_WORD = re.compile("[가-힣A-Za-z0-9.+]+")


@lru_cache(maxsize=4096)
def _thin_phrase(phrase: str, name: str, noun: str) -> bool:
    """Whether `phrase` says nothing past the name's own words and the product's noun but one bare word: "약산성
    데일리 폼 클렌저" of "순정 약산성 5.5 폼 클렌저" is "데일리 제품" once forms.py takes the name's words out."""
    named = set(_WORD.findall(name)) | set(noun.split())
    left = [w for w in phrase.split() if w not in named and not any(w in n for n in named)]
    return len(left) <= 1 and not (left and MODIFIER_END.search(left[0]))


def _thin(plan: MessagePlan, phrase: str) -> bool:
    return _thin_phrase(phrase, plan.facts.name, plan.facts.noun)


def _lean(plan: MessagePlan, fact: Fact) -> Fact:
    """The fact without its own sentence, for room; a thin definition keeps it (without, it says nothing)."""
    return fact if fact.said and _thin(plan, fact.phrase) else fact._replace(said="")


def _with_claim(plan: MessagePlan, fact: Fact) -> Fact:
    """Reading 24 (s6328: "순정 약산성 5.5 폼 클렌저는 데일리 제품이에요", "'데일리 제품이에요' 외 제품 정보가 없어"):
    a thin definition gives way to the catalog's first feature sentence, said with the product as its topic."""
    return fact._replace(said=plan.facts.feature_claims[0])


@lru_cache(maxsize=1024)
def _headline(name: str, definitions: tuple[str, ...]) -> str:
    """The catalog's definition that states the figure the product's name carries ("순수 비타민C 25%를 담은
    토닝 앰플" for "비타민C 엑스퍼트 25% 토닝 앰플"): the fact a reader meets first; "" where there is none."""
    figures = {f.rstrip("%") for f in FIGURE.findall(name)}
    for definition in definitions:
        if figures & {f.rstrip("%") for f in FIGURE.findall(definition) if f.endswith("%")}:
            return definition
    return ""


def _names_noun(feature: str, noun: str) -> bool:
    """Whether a feature says the category's own noun as a word ("크림 제형" for a cream, not
    "아이크림"): framed as "… 돋보이는 크림" the line would say it twice."""
    head = noun.rsplit(" ", 1)[-1]
    at = feature.find(head)
    while at >= 0:
        if at == 0 or not "가" <= feature[at - 1] <= "힣":
            return True
        at = feature.find(head, at + 1)
    return False


# Readings 28-29 (push carried the persona's reason least: luxury 35 %, budget 51 %, trend 54 %; s2800:
# "설화수다운 격이 부족", s1677: "25만 원 제품을 가성비 고객에게 설득할 근거 없음", s7520: "트렌드 팔로워의 새로움
# 포인트가 없음"): where the product line states a fact that is not this reader's, their own catalog fact
# (sms.reader_facts: "주름 개선 기능성", "쌀알만큼이면 되는", "맑은 광의") modifies the name, so that the
# two-sentence push still says why it is for them.
READER_PHRASE_CHARS = 12  # "주름 개선 기능성", "쌀알만큼이면 되는": longer, the line reads as a chain
OWN_KINDS: dict[str, frozenset[str]] = {  # the product line's facts that are this reader's already
    "luxury": frozenset({"reason", "headline"}),
    "budget": frozenset({"reason", "price"}),
    "sensitive": frozenset({"reason", "ingredients"}),
    "natural": frozenset({"reason", "ingredients"}),
    "trend": frozenset({"reason", "feature"}),
}
_PHRASE_VERBS = frozenset({"담은", "되는", "쓰는", "남기", "도는", "주는"})
LUXURY_PROOF = re.compile(
    r"기능성|\d%|세대"
)  # a luxury reader's proof: a registered function, a strength, a generation


@lru_cache(maxsize=4096)
def _phrase_stems(phrase: str) -> frozenset[str]:
    """A reader phrase's telling words ("주름", "개선", "기능" of "주름 개선 기능성"), not its verb ("담은")."""
    return _stems(phrase) - _PHRASE_VERBS


def reader_phrase(plan: MessagePlan, point: Point, event: bool = False) -> str:
    """This reader's catalog fact as a modifier of the name where the product line's fact (`point`) is not theirs
    and says none of its words; "" where the catalog states none short enough, or the line says one already. Not
    the luxury reader's title fact of a push with no `event` (_luxury_title: the title says it)."""
    if point is None or plan.caution:
        return ""
    said = f"{point.phrase} {point.said} {point.feature}"
    # Round 23 (luxury push reason 40 %): a luxury reader's "reason" may be a finish ("메이크업 전에도 밀리지 않는");
    # where it names no registered function, strength or generation, the catalog's function phrase still goes first
    proven = plan.angle.key == "luxury" and point.kind in OWN_KINDS["luxury"] and not LUXURY_PROOF.search(said)
    if point.kind in OWN_KINDS.get(plan.angle.key, frozenset({"reason"})) and not proven:
        return ""
    held = "담은" in said or "담았" in said or "들어 있" in said
    name = plan.facts.name
    titled = _luxury_title(plan) if plan.angle.key == "luxury" and not event else None  # not twice
    for lead in sms.reader_facts(plan.facts, plan.angle.key, name):
        phrase = lead.removesuffix(f" {name},")
        if len(phrase) > READER_PHRASE_CHARS or phrase == lead or (held and phrase.endswith("담은")):
            continue
        if titled and titled.startswith(f"{phrase} "):
            continue
        if proven and not LUXURY_PROOF.search(phrase):
            continue
        if not _phrase_stems(phrase) & _stems(said):
            return phrase
    return ""


def _phrased(shape: str, phrase: str) -> str:
    """`shape` with the reader's phrase before {product} where the name opens the sentence or follows the fact
    ("{definition}, …"); after the tone's words only a phrase that modifies nothing in turn ("요즘 눈여겨볼 약산성
    …", never "믿고 쓰시는 아데노신을 담은 …": two clauses stacked), and never in a question."""
    at = shape.find("{product}")
    if not phrase or at < 0 or "?" in shape:
        return shape
    before = shape[:at]
    if before and not before.endswith(", ") and MODIFIER_END.search(phrase.split()[-1]):
        return shape
    return f"{before}{phrase} {shape[at:]}"


def _phrase_once(form: Form, phrase: str, name: str) -> Form:
    """The form with the reader's phrase out of the product line where another sentence says its words (the
    reader's line: "주름 개선 기능성 X은 …. 피부 주름 개선에 도움을 주는 기능성 화장품이에요.")."""
    lead = f"{phrase} {name}"
    at = next((i for i, s in enumerate(form) if s and lead in s), None)
    if at is None:
        return form
    want = _phrase_stems(phrase)
    if not any(s and i != at and want & _stems(s) for i, s in enumerate(form)):
        return form
    return [*form[:at], form[at].replace(lead, name, 1), *form[at + 1 :]]


class _Phrasing(NamedTuple):
    """The reader's phrase and each product line with it said (reader_phrase), worked out once per push."""

    phrase: str
    phrased: dict[str, str]


def _reader_phrasing(plan: MessagePlan, request: GenerationRequest, point: Point) -> _Phrasing | None:
    """The push's product lines with the reader's phrase (reader_phrase) before the name; None where the catalog
    gives this reader none."""
    phrase = reader_phrase(plan, point, request.evidence.event is not None)
    if not phrase:
        return None
    lean = _lean(plan, point) if point and point.said else point
    pairs = (
        (product_line(plan, request, point), product_line(plan, request, point, phrase=phrase)),
        (product_line(plan, request, point, plain=True), product_line(plan, request, point, plain=True, phrase=phrase)),
        (_tightest(plan, request, point), _tightest(plan, request, point, phrase=phrase)),
        (_tightest(plan, request, point, True), _tightest(plan, request, point, True, phrase=phrase)),
        (_tightest(plan, request, lean), _tightest(plan, request, lean, phrase=phrase)),
    )
    phrased = {line: with_phrase for line, with_phrase in pairs if line != with_phrase and phrase in with_phrase}
    return _Phrasing(phrase, phrased)


def _with_reader_phrase(tier: list[Form], phrasing: _Phrasing | None, name: str, first: bool = False) -> list[Form]:
    """Each form preceded by the same form with the reader's phrase (reader_phrase): where the display leaves room,
    the push says why it is for this reader; where not, nothing else gives way (a tier of phrased forms first lost
    readers their own line for the phrase). `first`: the tier's phrased forms before any of its forms without the
    phrase (a luxury reader's registered function, round 23: the line the push would drop for it says less)."""
    if phrasing is None:
        return tier
    forms: list[Form] = []
    told_forms: list[Form] = []
    for form in tier:
        told = _phrase_once([phrasing.phrased.get(s, s) if s else s for s in form], phrasing.phrase, name)
        if first:
            told_forms += [told] if told != form else []
            forms.append(form)
        else:
            forms += [told, form] if told != form else [form]
    return told_forms + forms


def product_line(
    plan: MessagePlan,
    request: GenerationRequest,
    point: Point,
    named: bool = False,
    plain: bool = False,
    phrase: str = "",
) -> str:
    """The product and the fact this reader meets first, in the tone's shape; `named`: an opener
    already said its name (what it is, without the name again); `plain`: the tone's short shape
    (the size and price, where the reader meets them first, are part of the fact's phrase); `phrase`: the
    reader's own fact before the name (reader_phrase)."""
    if point is None:  # a name-only product: the plan's line says only what is known
        return plan.product_line
    bank = PRODUCT if plan.stage in lines.NEW_STAGES else USER_PRODUCT
    if plain:  # tight: the tone's short shape; the size and price give way to the offer and the ask
        shape = _pick(_own_noun_shapes(plan, point, plain_shapes(plan, request.resolved.brief.tone)), _turn(request))
        return _stated(plan, _phrased(shape, phrase), point)
    shape = NAMED if named else _pick(_own_noun_shapes(plan, point, _shapes(bank, request)), _turn(request))
    return _priced(_stated(plan, _phrased(shape, phrase), point), plan, point)


def _ends_on_noun(plan: MessagePlan) -> bool:
    return plan.facts.name.endswith(plan.facts.noun.split()[-1])


def _own_noun_shapes(plan: MessagePlan, point: Fact, shapes: tuple[str, ...]) -> tuple[str, ...]:
    """The shapes that name the product first ("X 미스트는 …"), where the fact is said as the line's own
    predicate: the catalog's sentence, or "…이 돋보여요" after a name that ends on the category's noun
    (not "X 미스트는 … 미스트예요")."""
    if not (point.said or (point.feature and _ends_on_noun(plan))):
        return shapes
    return tuple(s for s in shapes if s.endswith("{definition}(이)에요.")) or shapes


# A catalog sentence that opens on its own topic ("바른 뒤에는 …"), said after "{product}은": the time
# keeps no "는" ("자음생크림은 바른 뒤에 …", never two topics in a row, noticed in reading 11 and stop 22).
_SECOND_TOPIC = re.compile(r"^((?:\S+ ){0,2}\S*(?:뒤|후|때|전)에)는 ")


SUN_NOUNS = frozenset({"선크림", "선스크린", "선스틱", "선밀크", "선세럼", "선젤"})


def _same_head(word: str, head: str) -> bool:
    """Two nouns of one kind: "크림" and "수분 크림" or "자음생크림", "에멀젼" and "에멀전", "선크림" and "선스크린"."""
    if not (word and head):
        return False
    return word[:2] == head[:2] or head.endswith(word) or word.endswith(head) or {word, head} <= SUN_NOUNS


def _echoes_name(plan: MessagePlan, phrase: str) -> bool:
    """Whether the fact's noun phrase ends on the noun the name ends on: "X 선크림은 … 선크림이에요" and "… 보습
    스킨, X 스킨이에요" define the product by itself (reading 14: "'선크림은 ~선크림이에요' 중복이 어색")."""
    words = phrase.split()  # any word of the name: "톤업 노세범 선스크린 EX", "… 파운데이션 비 글로우"
    return len(words) > 1 and any(_same_head(words[-1], word) for word in plan.facts.name.split() if len(word) > 1)


# The fact said as the predicate, with the product as the topic, where its noun phrase would echo the name.
HELD = "{held} 담았어요."  # "…을 담은 크림" → "X 크림은 …을 담았어요."
CONTAINED = "{ingredients}이 들어 있어요."  # "…이 든 크림" → "X 크림에는 …이 들어 있어요." (topic 에는)
_HOLDS_END = re.compile("(?:을|를) 담은$")
_FACT_FIRST = re.compile(r"^\{definition\}, (.*)\{product\}\(이\)에요\.$")


def _unechoed(plan: MessagePlan, shape: str, point: Fact) -> str | None:
    """The product line with the fact as its predicate where the noun phrase echoes the name's noun: the
    ingredients it holds, the feature that stands out, else the phrase's modifier before the name ("풍부한
    보습감의 슈퍼바이탈 에멀젼이에요"); None where nothing says it without the echo (the usual line then)."""
    if point.said or not _echoes_name(plan, point.phrase):
        return None
    topic = shape.endswith("{definition}(이)에요.") and "{product}" in shape
    if (
        not topic
    ):  # "{definition}, 새로 만나 볼 {product}(이)에요." → "새로 만나 볼 {product}은 …": the tone's words stay
        first = _FACT_FIRST.match(shape)
        shape = f"{first.group(1) if first else ''}{{product}}은 {{definition}}(이)에요."
    words = point.phrase.split()
    cut = len(words) - 1
    while cut > 0 and not (MODIFIER_END.search(words[cut - 1]) or words[cut - 1] == "든"):
        cut -= 1  # "…을 담은 수분 크림" → "…을 담은"
    before = " ".join(words[:cut])
    if point.feature:
        predicate = FEATURED_SAID
    elif _HOLDS_END.search(before):
        predicate = lines.fill(HELD, {"held": before.removesuffix("담은").rstrip()})
    elif point.kind == "ingredients" and before.endswith(" 든"):
        predicate = CONTAINED
        shape = shape.replace("{product}은 ", "{product}에는 ")
    elif topic and len(words) > 2:  # the topic shape keeps the whole phrase, its head noun said as 제품
        described = " ".join(words[:-1])  # "X 크림은 사계절 쓰기 좋은 데일리 보습 제품이에요", as a seed's other line
        return lines.fill(shape.replace("{definition}(이)에요.", f"{described} 제품이에요."), plan.values)
    elif cut > 1 or (cut == 1 and words[0].endswith("의")):
        return lines.fill(RENAMED, plan.values | {"before": before})
    else:
        return None
    return lines.fill(shape.replace("{definition}(이)에요.", predicate), plan.values | {"feature": point.feature})


def _stated(plan: MessagePlan, shape: str, point: Fact) -> str:
    """The product line in `shape` around the point: the catalog's sentence for a fact no noun phrase
    frames ("X 토너는 화장솜에 묻혀 닦아 내면 피부결이 매끄럽게 정돈돼요"), with the product as its topic."""
    unechoed = _unechoed(plan, shape, point)
    if unechoed:
        return unechoed
    topic = shape.endswith("{definition}(이)에요.")
    if point.said and topic:  # the product is the topic: "자음생크림은 바른 뒤에는 …" would say two
        shape = shape.replace("{definition}(이)에요.", _SECOND_TOPIC.sub(r"\1 ", point.said))
    elif point.feature and topic and _ends_on_noun(plan):
        shape = shape.replace("{definition}(이)에요.", FEATURED_SAID)
    elif not point.said and "{product}" in shape and "{definition}" in shape:
        before = _before_name(point.phrase, plan.facts.name, 1 if shape.startswith("{definition}") else 2)
        if before.endswith("담은"):  # not "… 25%를 담은 X 25% 앰플": the name, then what it holds
            return lines.fill(HOLDS, plan.values | {"held": before.removesuffix("담은").rstrip()})
        if before:  # "X 마스크는 … 마스크예요" says the head noun twice: the point modifies the name
            return lines.fill(RENAMED, plan.values | {"before": before})
    line = lines.fill(shape, plan.values | {"definition": point.phrase, "feature": point.feature})
    return (
        f"{line} {point.said}"
        if point.said and not topic and not _restates(point, plan.facts.name, plan.facts.ingredients)
        else line
    )


@lru_cache(maxsize=4096)
def _names_ingredient(ingredients: tuple[str, ...], text: str) -> bool:
    """Whether `text` names one of the product's ingredients (its first word: "녹차 추출물" → 녹차)."""
    return any(i.split()[0] in text for i in ingredients if i.split())


@lru_cache(maxsize=4096)
def _restates(point: Fact, name: str, ingredients: tuple[str, ...] = ()) -> bool:
    """Whether the fact's own sentence says its definition again (two words of it past the name's): reading 36
    (s8833: "메이크업과 선크림을 녹여 내는 순행클렌징오일입니다. 마른 얼굴에 문지르면 메이크업과 선크림이 부드럽게
    녹아 나옵니다" — "'녹여 내는/녹아 나옵니다' 중복"); the definition then goes alone."""
    named = _stems(name).union(*(_stems(i) for i in ingredients))  # an ingredient named again is not the echo
    return len((_stems(point.phrase) & _stems(point.said)) - named) >= 2


# Reading 11: "워터 슬리핑 마스크는 자는 동안 수분을 채우는 슬리핑 마스크입니다" repeats the definition's head
# noun, which the name ends on; the definition's point modifies the name ("자는 동안 … 채우는 워터 슬리핑 마스크예요").
RENAMED = "{before} {product}(이)에요."
HOLDS = "{product}은 {held} 담았어요."
MODIFIER_END = re.compile("(?:는|은|운|한|된|인|던|의)$")  # a word that modifies the noun after it


@lru_cache(maxsize=4096)
def _before_name(phrase: str, name: str, least: int = 2) -> str:
    """What `phrase` says before the `least` or more words it shares with the end of `name` ("자는 동안 수분을
    채우는" of "… 채우는 슬리핑 마스크" for "워터 슬리핑 마스크"), where that ends on a modifier ("…는", "…한",
    "…의"); else "" (one shared noun, or a bare noun left before them)."""
    words, named = phrase.split(), name.split()
    shared = 0
    while shared < min(len(words), len(named)) and words[-1 - shared] == named[-1 - shared]:
        shared += 1
    if shared < least or shared == len(words):  # "X 크림은 … 크림이에요" is the usual definition; "…크림, X 크림"
        return ""  # or two words twice read pasted
    before = words[: len(words) - shared]
    return " ".join(before) if MODIFIER_END.search(before[-1]) else ""


def _priced(line: str, plan: MessagePlan, point: Point) -> str:
    """The product line, then its size and price, framed, where the reader meets the price first."""
    if point is None or point[0] != "price":
        return line
    return f"{line} {price_line(plan)}"


def _per_unit(plan: MessagePlan, alone: bool = False) -> dict[str, str] | None:
    """The price per unit to say (fit.per_unit from the catalog's price and size), with the price and size; None for
    make-up (bought for a shade), a set, or where the reader's fit line, said beside it, says a price per unit
    already (`alone`: a line said in place of the reader's line)."""
    facts = plan.facts
    if facts.category in MAKEUP or not (facts.price and facts.volume):
        return None
    if not alone and plan.fit is not None and "당 약" in plan.fit.short:
        return None
    per = fits.per_unit(facts.price, facts.volume)
    if per is None or _dear(per[0], per[1]) or _unbargained_said(plan):
        return None
    return {"volume": facts.volume, "price": f"{facts.price:,}", "unit": per[0], "per": per[1]}


# Reading 37 (s8645: "30ml 한 통이 45,000원이라 1ml당 약 1,500원꼴이에요." — "ml당 1,500원 강조가 가성비 소구로
# 역효과"): a price per ml or g of 1,000원 or more (fit.py's PER_UNIT_MOST: an eye cream, a spot ampoule, a peptide
# serum) is no budget reader's reason, not even said as a computation: their line is another value (how little one
# use takes, the size, a second use, what users said) or the price itself. Under it, a dear figure is still said as
# the computation it is (PER_UNIT_SAID), a low one with its reason (PER_UNIT_CHEAP). Round 25 (readings 37-40: a
# per-ml figure that is no bargain, "정가로 치면 1ml당 약 430원꼴이에요", reads clumsy): past sms.UNIT_PRICE_SAID
# (300원), where the price is an everyday one (_everyday), the size and price say it ("50ml 한 통을 28,000원에 부담
# 없이 들일 수 있어요.").
_UNIT_FIGURE = re.compile(r"1(ml|g)당 약 ([\d,]+)원")


def _dear(unit: str, per: str) -> bool:
    return unit.endswith(("ml", "g")) and int(per.replace(",", "")) >= fits.PER_UNIT_MOST


def _unbargained(unit: str, per: str) -> bool:
    """Whether a price per ml or g is past sms.UNIT_PRICE_SAID: no bargain, a figure better left to the price."""
    return unit.endswith(("ml", "g")) and int(per.replace(",", "")) > sms.UNIT_PRICE_SAID


def _dear_said(line: str) -> bool:
    """Whether `line` quotes a price per ml or g too dear to say (fit.py's lines compute one under PER_UNIT_MOST,
    but at the retention stage and for a sunscreen)."""
    return any(_dear(m[1], m[2]) for m in _UNIT_FIGURE.finditer(line))


def unit_price_line(plan: MessagePlan, request: GenerationRequest) -> str | None:
    """A budget reader's size, price and price per unit as one sentence ("250ml 15,000원, 1ml당 약 60원이에요."), for a
    brand that talks price and a unit price low enough to be a reason (sms.UNIT_PRICE_SAID); else None."""
    if plan.angle.key != "budget" or not _talks_price(plan, request):
        return None
    unit = _per_unit(plan, alone=True)
    if unit is None or int(unit["per"].replace(",", "")) > sms.UNIT_PRICE_SAID:
        return None
    return lines.fill(PER_UNIT, unit)


def _cheap(told: dict[str, str]) -> bool:
    """Whether a price per ml or g is low enough to be a reason to buy (not a sheet's or a piece's price)."""
    return told["unit"].endswith(("ml", "g")) and int(told["per"].replace(",", "")) <= sms.UNIT_PRICE_SAID


def per_unit_sentence(told: dict[str, str]) -> str:
    """The size, price and price per unit as a sentence of its own (PER_UNIT_CHEAP, PER_UNIT_SAID)."""
    return lines.fill(PER_UNIT_CHEAP if _cheap(told) else PER_UNIT_SAID, told)


def _units_shortened(
    tier: list[Form], plan: MessagePlan, tone: Tone | None, phrases: tuple[str, ...] = ()
) -> list[Form]:
    """The tier with each form that says a price per unit in full followed by the same form with each of its shorter
    sentences (UNIT_SHORT, the name's NAME_PER_UNIT): where the whole one leaves no room, the price stays in fewer
    words before it gives way."""
    told = _per_unit(plan, alone=True)
    if told is None:
        return _everyday_shortened(tier, plan)
    price = f"{told['price']}원"
    shorter = (  # the name's lines first (with what the product does): the plain sentence may be part of them
        *((name_price(plan, tone, p), (_name_unit_short(plan, tone, p),)) for p in phrases),
        (name_price(plan, tone), (_name_unit_short(plan, tone),)),
        (per_unit_sentence(told), tuple(lines.fill(line, told) for line in UNIT_SHORT[_cheap(told)])),
    )
    out: list[Form] = []
    for form in tier:
        out.append(form)
        said = [line for line in form if price in line or "당 약" in line]  # one that says it twice stays as it is
        if len(said) != 1 or said[0].count(price) != 1:
            continue
        whole, shorts = next(((w, s) for w, s in shorter if w in said[0]), ("", ()))
        out += [[line.replace(whole, short) for line in form] for short in shorts]
    return out


def _everyday_shortened(tier: list[Form], plan: MessagePlan) -> list[Form]:
    """The tier with each form that says the everyday buy (_unbargained_said) followed by the same form with the
    size left out ("28,000원에 부담 없이 들일 수 있어요."), as _units_shortened does for a price per unit."""
    if not _unbargained_said(plan):
        return tier
    price, volume = f"{plan.facts.price:,}원", plan.facts.volume
    out: list[Form] = []
    for form in tier:
        out.append(form)
        said = [line for line in form if price in line]
        if len(said) != 1:
            continue
        short = said[0].replace(f"{volume} 한 통을 {price}", price).replace(f"{volume} {price}", price)
        if short != said[0]:
            out.append([short if line == said[0] else line for line in form])
    return out


def _name_unit_short(plan: MessagePlan, tone: Tone | None, phrase: str = "") -> str:
    """name_price's line in fewer words (NAME_PER_UNIT: the name, then the figures, no reason)."""
    told = _per_unit(plan, alone=True)
    assert told is not None
    return _named_per_unit(NAME_PER_UNIT, plan, tone, told, phrase)


def _named_per_unit(shape: str, plan: MessagePlan, tone: Tone | None, told: dict[str, str], phrase: str = "") -> str:
    """A NAME_PER_UNIT shape filled: the tone's words before the name (NAME_PRICE's), or what the product does
    (`phrase`), the expert's "정가"."""
    lead = f"{phrase} " if phrase else name_price_shape(plan, tone).split("{product}")[0]
    regular = "정가 " if tone == Tone.expert else ""  # the expert's "기준 정가"
    return lines.fill(shape, plan.values | told | {"lead": lead, "regular": regular})


def _everyday_line(plan: MessagePlan, request: GenerationRequest) -> str:
    """A budget reader's size and price as an everyday buy, for a brand that talks price (_everyday); else ""."""
    return _everyday(plan) if _talks_price(plan, request) else ""


def _everyday(plan: MessagePlan) -> str:
    """The size and price as an everyday buy (fit.BUDGET_EVERYDAY_SHORT: "50ml 한 통을 28,000원에 부담 없이 들일 수
    있어요."), for a price up to fit.EVERYDAY_PRICE and no make-up (bought for a shade); else ""."""
    facts = plan.facts
    if facts.category in MAKEUP or not (facts.price and facts.volume) or facts.price > fits.EVERYDAY_PRICE:
        return ""
    return lines.fill(fits.BUDGET_EVERYDAY_SHORT, plan.values | {"price": f"{facts.price:,}"})


def _unbargained_said(plan: MessagePlan) -> str:
    """The everyday line (_everyday) said to a reader choosing in place of a price per ml or g past
    sms.UNIT_PRICE_SAID; "" where the figure is low enough to say, too dear to say at all, the price no everyday
    one, or the reader a user (a user's own line stays as it was)."""
    facts = plan.facts
    if plan.stage not in lines.NEW_STAGES:
        return ""
    per = fits.per_unit(facts.price, facts.volume) if facts.price and facts.volume else None
    if per is None or _dear(per[0], per[1]) or not _unbargained(per[0], per[1]):
        return ""
    return _everyday(plan)


EVERYDAY_NAMED = "{product}은 {volume} {price}원으로 부담 없이 들일 수 있어요."  # name_price's everyday buy


def price_line(plan: MessagePlan) -> str:
    """The size and price as a budget reader weighs them: the price per unit where it can be said, an everyday buy
    in place of a figure that is no bargain (_unbargained_said), else framed."""
    told = _per_unit(plan)
    return per_unit_sentence(told) if told else _unbargained_said(plan) or lines.fill(PRICE, plan.values)


def name_price(plan: MessagePlan, tone: Tone | None, phrase: str = "") -> str:
    """The product named with what the money buys (NAME_PRICE's tone words, the price per unit where it can be said);
    `phrase`: what the product does, before the name in place of the tone's words (value_phrases)."""
    told = _per_unit(plan, alone=True)  # said in place of the reader's line (_event_forms)
    if told is None:
        shape = name_price_shape(plan, tone)
        if _unbargained_said(plan):  # the tone's words before the name, the everyday buy after it
            shape = shape[: shape.index("{product}")] + EVERYDAY_NAMED
        if phrase:
            shape = f"{phrase} {shape[shape.index('{product}') :]}"
        return lines.fill(shape, plan.values)
    return _named_per_unit(NAME_PER_UNIT_CHEAP if _cheap(told) else NAME_PER_UNIT_SAID, plan, tone, told, phrase)


# Readings 30-31 (s3208, 2.0: "프로테일러 파운데이션 비 글로우는 30ml 한 통 기준 정가 45,000원입니다." — "정가만
# 말하고 제품 장점·감성 없음, 구매 이유가 안 보임"; s3376, s7689: "제품 장점이 없음"): where the name with its price is
# the whole product sentence, what the product does modifies the name ("순한 사용감의 어린쑥 속수분 쑥히알 크림은 60ml
# 한 통이 …"), so that the figure is the value of something. The budget reader's openings (sms.leads: how little one
# use takes, a benefit or a texture cut from the selling points), never one that says the size or price again.
VALUE_PHRASE_CHARS = 14
_PRICED_LEAD = re.compile(r"당 약|\d원인$|용량|대용량|구성의$")
# a phrase that opens on a modifier or an adverb ("순한 사용감의", "가볍게 펴 발리는"), or says a dose or what it
# holds ("펌프 한 번이면 되는", "레티놀을 담은"): not a bare noun's ("피부 표현의"), nor two adjectives stacked ("도톰한
# 촉촉한 …")
_OPENS_MODIFIED = re.compile(r"^\S*(?:는|은|운|한|된|인|던|게|히|이)(?: |$)|(?:담은|되는|쓰는)$")
_STACKED = re.compile(r"한 \S+한 ")


def value_phrases(plan: MessagePlan, request: GenerationRequest) -> tuple[str, ...]:
    """What the product does as the name's modifier for a priced product line, best first, then the shortest where
    that is another; () where the catalog gives none."""
    facts, name = plan.facts, plan.facts.name
    openings, _ = sms.leads(facts, plan.angle, name, voice_of(request.resolved.brand).price_talk)
    found = [
        phrase
        for lead in openings
        if (phrase := lead.removesuffix(f" {name},")) != lead
        and len(phrase) <= VALUE_PHRASE_CHARS
        and not _PRICED_LEAD.search(phrase)
        and _OPENS_MODIFIED.search(phrase)
        and not _STACKED.search(f"{phrase} ")
    ]
    said = [phrase for phrase in found if " " in phrase] or found  # a lone "촉촉한" says little: only where no other
    return tuple(dict.fromkeys((said[0], min(said, key=len)))) if said else ()


def _shapes(bank: dict[Tone | None, tuple[str, ...]], request: GenerationRequest) -> tuple[str, ...]:
    """The tone's shapes; a restrained (luxury) brand never opens on a quip like "… 아세요?", nor
    does 합쇼체 copy ("… 아십니까?" reads as a quiz), nor a message to a reader who already has the
    product (activation, retention, referral: asking whether they know it reads as a stranger's pitch)."""
    shapes = bank[request.resolved.brief.tone]
    hapsho = request.resolved.brief.honorific == Honorific.hapsho
    owns_it = request.resolved.stage.index in (1, 2, 4)
    if hapsho or owns_it or voice_of(request.resolved.brand).manner in QUIET_MANNERS:
        shapes = tuple(s for s in shapes if "?" not in s) or shapes
    return shapes


# Round 42 (push_r41_check --actives: 19 of 1,440 sensitive referral pushes of a strong active said no caution):
# reader.py's sharer caution ("…이 든 제품이라 권하실 때 팔 안쪽에 먼저 발라 보라고 알려 주세요.") is a second ask and
# too long beside a long name and the share ask, so every form that kept it was over the push's room. A push says the
# care as a fact for whoever starts it, naming the active: no ask of its own.
SHARE_CARE = "{strong}이 든 제품이라 예민한 분은 팔 안쪽에 먼저 발라 보면 안심이에요."


def caution_line(plan: MessagePlan) -> str | None:
    """The plan's caution, said in push length."""
    if not plan.caution:
        return None
    if plan.stage == REFERRAL and plan.cta not in REVIEW_ASKS | GIFT_ASKS:  # a review or gift ask keeps its own
        return lines.fill(SHARE_CARE, {"strong": plan.values["strong"]})
    return active_caution(plan.facts, plan.values["strong"], plan.stage, short=True)


def mild_active(plan: MessagePlan) -> str:
    """The first active a sensitive reader should start slowly with, where the plan gives no caution."""
    if plan.angle.key != "sensitive" or plan.caution or plan.stage not in lines.NEW_STAGES:  # a user knows it
        return ""
    return next((i for i in plan.facts.ingredients if i in ACTIVES), "")


def _gentle_start(plan: MessagePlan) -> str | None:
    active = mild_active(plan)
    return lines.fill(GENTLE_START, {"strong": active}) if active else None


_CARE_HEAD = re.compile(r"^.+?[이가] 들어 있(?:으니|어) ")


def _care_once(form: Form, care: str, actives: tuple[str, ...]) -> Form:
    """The start-slowly line without "X이 들어 있으니" where a sentence before it named the active
    (reading 15: "…에는 비타민C 유도체가 들어 있어요. 비타민C 유도체가 들어 있어 …")."""
    if care not in form:
        return form
    at = form.index(care)
    if not any(a and a in sentence for sentence in form[:at] for a in actives):
        return form
    return [*form[:at], _CARE_HEAD.sub("", care), *form[at + 1 :]]


def benefit_line(plan: MessagePlan, request: GenerationRequest, point: Point, k: int) -> str | None:
    """A second sentence for this reader where there is room: the caution where a sensitive reader
    meets strong actives; else the reader's frame around a fact the product line did not state."""
    if plan.caution:
        return caution_line(plan)
    if gentle_start := _gentle_start(plan):
        return gentle_start
    values, angle = plan.values, plan.angle.key
    used = point[0] if point else ""
    feature = _feature(plan)
    if used in ("reason", "feature"):
        others = (values["feature"], values["feature2"])  # the catalog's sentence may state two points at once
        feature = next((f for f in others if f and f != feature and not _said_in(point, f)), "")
    ingredients = values["ingredients"] if used != "ingredients" else ""
    if ingredients and point and _names_ingredient(plan.facts.ingredients, f"{point.phrase} {point.said}"):
        # round 24: "크림스킨은 녹차 추출물·세라마이드를 담은 토너예요. 원료를 보면 녹차 추출물·세라마이드를 담았고,
        # …"; "아토베리어365 크림은 세라마이드를 담았어요. 주요 성분은 세라마이드·콜레스테롤이에요": a product line
        # that names one of them said the formula
        ingredients = ""
    if angle == "natural" and ingredients:
        if not feature:
            return lines.fill(_pick(NATURAL_BARE, k), values)
        return lines.fill(_pick(BENEFIT[angle], k), values | {"feature": feature})
    new = plan.stage in lines.NEW_STAGES  # a user knows the price: why keeping it up pays speaks to them
    own = _user_fit(plan)  # the reader's line has its own tier: an event's offer drops it only where room runs out
    fit = plan.fit if plan.fit and (new or own) else None  # else a user: the stage's opener speaks
    if fit is not None and angle == "budget" and _dear_said(fit.short):
        fit = None
    if (
        fit is not None
        and angle == "budget"
        and new
        and any(_unbargained(*m.groups()) for m in _UNIT_FIGURE.finditer(fit.short))
    ):
        everyday = _everyday_line(plan, request)  # a user's price goes (forms.py): their own line stays
        if everyday:  # the size and price as the value they are, in place of a clumsy per-ml figure
            return everyday
    if angle == "budget" and fit and not (used == "price" and fit.kind == "volume"):  # value evidence (fit.py)
        # a user's price per ml is their whole line: the brief's seed turns its wording, as it turns any reader line
        turned = own and not new and fit.kind == "value" and (k + request.resolved.brief.seed) % 2
        per = _per_unit(plan, alone=True) if turned else None
        return per_unit_sentence(per) if per else fit.short
    if angle == "budget" and used != "price" and _talks_price(plan, request) and new:
        return price_line(plan)
    fitting = feature and feature == values["reason"]  # the fact chosen because it fits this reader
    if angle == "trend" and not fitting and plan.stage in lines.NEW_STAGES:
        trend = _trend_feature(plan, _line_feature(plan) if used in ("reason", "feature") else "")
        if _said_in(point, trend):
            trend = ""  # the catalog's sentence in the product line said it already
        fitting, feature = bool(trend), trend or feature
    if fitting and _said_in(point, feature):
        fitting = (
            False  # the product line's catalog sentence said it ("…거품이 … 씻어 냅니다. 써 보는 재미는 … 거품에")
        )
        feature = ""
    if fitting and angle in BENEFIT:
        # a feature that says its own fun is not framed as fun again (reading 28, s9739: "골라 쓰는 재미가 있는 여러
        # 가지 색상이라 새로 써 보는 재미가 있어요", "'재미' 반복")
        # a natural reader's frame names the ingredients: not again after a product line that named them
        plain = (angle == "trend" and "재미" in feature) or (angle == "natural" and not ingredients)
        bank = PLAIN_BENEFIT if plain else BENEFIT[angle]
        framed = _benefit(_pick(bank, k), values | {"feature": feature})
        return _sensitive_part(plan, framed) if framed else None
    # after a product line that named its ingredients, the reader's line only where it names none of them: the
    # brand's research, a registered function, the UV protection still speak to the reader (round 24: a luxury push
    # "그린티 씨드 히알루론산 크림은 제주 녹차와 히알루론산을 담았어요" dropped "이니스프리는 섬에서 얻은 원료를 연구해
    # 온 브랜드예요", "럭셔리 고객 관심사 없음")
    named = used == "ingredients" and fit is not None and _names_ingredient(plan.facts.ingredients, fit.short)
    fitted = fit.short if fit and not named and not _said_in(point, fit.fact) else None
    if (
        fitted and point and _restates(Fact("", point.phrase, fitted), plan.facts.name, plan.facts.ingredients)
    ):  # reading 36, s8833
        fitted = None  # "…녹여 내는 제품이에요. 마른 얼굴에 문지르면 메이크업과 선크림이 부드럽게 녹아 나와요."
    if fitted and angle == "trend" and not new and fit.kind == "finish":  # a user's line, not a chooser's (above)
        fitted = trend_user_fact(plan, point, button(plan, request.evidence.event), k)
    if fitted and point and {f for f in FIGURE.findall(fitted) if f.endswith("%")} & set(FIGURE.findall(point.phrase)):
        fitted = None  # "순수 레티놀 0.1%를 담은 …. 순수 레티놀을 0.1% 담았습니다.": the figure said once
    gift = button(plan, request.evidence.event) in GIFT_ASKS
    short = len(feature) <= LUXURY_FEATURE_CHARS  # a long one would cost the line its place in a push
    if angle == "luxury" and not fitted and short and framable(feature) and not _said_in(point, feature) and not gift:
        # reading 14: "성분 나열뿐이라 럭셔리 고객에게 와닿을 포인트가 없습니다": the catalog's own quality, in their
        # words, before a line about their routine that claims nothing of the product
        said = LUXURY_FEATURE if plan.facts.premium else LUXURY_FEATURE[1:]  # round 30: "오래 곁에 둘" as the title
        return lines.fill(_pick(said, k), {"feature": feature})
    # reading 24 (s4914): "'새 패드는 써 보는 재미가 있습니다'가 덧붙인 듯": a trend reader's stock line fits any
    # product; where the catalog has a quality the product line did not say, that quality is said instead, and
    # after a product line that stated a quality of its own, nothing is tacked on
    stock = angle == "trend" and new and not fitted and not gift
    if stock and not (feature and framable(feature) and not _said_in(point, feature)):
        if point and (point.said or point.feature or point.kind in ("reason", "feature", "headline")):
            return None
        stock = False
    if _shares_a_fact(plan, point, feature) and not (fitted or gift):
        return _fact_line(plan, feature, k)
    if angle == "budget" and new and not (fitted or gift) and feature and framable(feature):
        # readings 34, 36 (s8465, s3491, 2.5: "토너 다음에 바르는 보습 에멀젼, …예요. 매일 쓸 제품은 한 번에 쓰는 양까지
        # 따져 보면 좋아요. 브랜드가 걸어온 길 …" — "세 문장이 서로 연결되지 않는 조립형", "사용량 문장 맥락 없음"): a
        # chooser's tip with no figure behind it gives way to a quality of the product said as why it suits every day
        if not _said_in(point, feature) and not (point and feature in point.phrase):
            return lines.fill(_pick(BENEFIT[angle], k), values | {"feature": feature})
    hook = fitted or (None if stock else reader_hook(plan, k + request.resolved.brief.seed, used, gift, point))
    if hook:
        return hook
    if not feature:
        return lines.fill(INGREDIENTS, values) if ingredients else None
    if not framable(feature):  # "화장솜으로 닦아 정돈하는 피부결도 장점이에요": the catalog's own sentence
        said = feature_sentence(plan, feature)
        # the product line said that very sentence (round 24: "…맑은 광이 돕니다. 빠르게 흡수되어 바른 뒤 맑은 광이
        # 돕니다."), or its definition ("메이크업과 선크림을 녹여 내는 제품이에요. 마른 얼굴에 문지르면 메이크업과
        # 선크림이 부드럽게 녹아 나와요", reading 36, s8833: "'녹여 내는/녹아 나옵니다' 중복")
        if point and (
            said == point.said or _restates(Fact("", point.phrase, said), plan.facts.name, plan.facts.ingredients)
        ):
            return None
        return (
            said
            if said != lines.fill(FEATURE_SENTENCE, {"feature": feature})
            else _benefit(PLAIN_BENEFIT[0], {"feature": feature})
        )
    return _benefit(_pick(PLAIN_BENEFIT, k), values | {"feature": feature})


# Reading 11: a 210,000원 serum's budget user heard only "한 통을 알뜰히 쓰게 돼요", a luxury user "공들인 루틴은 …
# 완성돼요": a retained user hears the product's own evidence for their focus where plan.fit has it (how little
# one use takes, a generous size, the actives or the function); a review is for a reader still choosing.
# Reading 24 (s1940: a 설화수 emulsion's luxury user heard "손에 익은 한 단계일수록 …", "설화수 고급감 부족"; s3376,
# s2662: "가성비 관점 없음"): a user keeping up a routine hears the house's research or raw materials (fit.py's brand
# and house lines) and, of a brand that talks price, the price per ml or the dose with it ("value").
USER_FIT_KINDS = frozenset(
    {"dose", "volume", "one_step", "actives", "function", "brand", "house", "house_only", "value"}
)
# Round 23 (readings 30-32: a luxury user or sharer heard "좋은 걸 알아보는 분께 건네기 좋아요", "손에 익은 한
# 단계일수록 오래 곁에 두게 돼요" of a sunscreen whose fit.py line names its registered UV protection, of a cream
# whose line names its texture; a trend user "이번 시즌 루틴에도 그대로 두기 좋아요" of a product whose catalog
# states its finish): the
# reader's own fact (fit.py) outranks the stage's stock line for these kinds too, each said of one reader only
# (uv, texture and formula are luxury lines, finish a trend one).
OWN_FACT_KINDS = frozenset({"uv", "texture", "formula", "finish"})
# Readings 20-21 (push reason share: luxury 22 %, budget 22 %): a user keeping up a routine beside an event's offer,
# or a sharer, heard a line that fits any product ("손에 익은 한 단계일수록 …", "좋은 걸 알아보는 분께 권하기 좋아요").
# The product's own evidence for their focus (fit.py) goes there too: the kinds above, a registered function's
# strength or a line's generation, and for a sharer what users said (a review is what one passes on).
# Not the actives' "…을 담아 고르는 이유가 분명해요" (a chooser's frame, read as assembled).
SHARER_FIT_KINDS = (
    (USER_FIT_KINDS - {"actives", "value"}) | {"strength", "heritage", "review"} | OWN_FACT_KINDS
)  # no price to pass on


def _user_fit(plan: MessagePlan) -> bool:
    if plan.fit is None:
        return False
    if plan.stage == REFERRAL:
        return plan.fit.kind in SHARER_FIT_KINDS
    # a luxury user keeping the routine up hears a firmness or glow review ("꾸준히 써 본 분들이 …"): their own focus
    luxury_review = plan.angle.key == "luxury" and plan.fit.kind == "review"
    # readings 45-46 (s4437, s4542, 3.0: "매일 쓰는 만큼 한 통을 알뜰히 쓰게 돼요" — "논리 어색, 가성비 고객에게 줄 정보
    # 부족"): a budget user's stock line stood where fit.py had what real users said ("실제로 써 본 분들이 여러 개 사
    # 두고 쓴다는 후기를 남겼어요"), the budget reader's own reason (실제 사용자 후기) whether choosing or keeping it up
    budget_review = plan.angle.key == "budget" and plan.fit.kind == "review"
    kept = USER_FIT_KINDS | OWN_FACT_KINDS | {"strength", "heritage"}
    return plan.stage == 2 and (plan.fit.kind in kept or luxury_review or budget_review)


def _said_in(point: Point, fact: str) -> bool:
    """Whether the product line's catalog sentence (or framed feature) already says most of `fact`."""
    if not (point and (point.said or point.feature) and fact):
        return False
    words = _stems(fact)
    return len(words - _stems(f"{point.said} {point.feature}")) * 2 <= len(words)


# Readings 30-31 (s8179, s4914: "각질과 피지를 케어하는 원스텝 오리지널 클리어 패드입니다. 좋은 걸 알아보는 분께 권하기
# 좋습니다. …공유해 주시면 반갑겠습니다!" — "제품 장점이 한 줄뿐", "지인 추천과 후기 공유가 섞여 초점이 흐림"): a
# luxury or trend sharer's line that fits any product ("좋은 걸 알아보는 분께 권하기 좋아요", "요즘 새 루틴을 찾는
# 친구에게 알려 주기 좋아요") gives way to another quality of the product where the catalog states one: what the sharer
# passes on is its merits. (A budget sharer's "써 본 사람 말이 …" and a sensitive sharer's start-slowly tip stay: each
# is their own reason.)
SHARE_FACT_READERS = frozenset({"luxury", "trend"})


def _shares_a_fact(plan: MessagePlan, point: Point, feature: str) -> bool:
    """Whether a luxury or trend sharer's push says another quality of the product in place of the stock line: a
    referral whose ask is no review (USER_REVIEW_HOOKS speak to that), with a feature the product line did not say."""
    if plan.stage != REFERRAL or plan.angle.key not in SHARE_FACT_READERS or plan.cta in REVIEW_ASKS:
        return False
    return bool(feature) and not _said_in(point, feature) and not (point and feature in point.phrase)


def _fact_line(plan: MessagePlan, feature: str, k: int) -> str | None:
    """`feature` said as a sentence: framed ("…도 장점이에요"), else the catalog's own sentence."""
    if framable(feature):
        return _benefit(_pick(PLAIN_BENEFIT, k), plan.values | {"feature": feature})
    said = feature_sentence(plan, feature)
    return (
        said
        if said != lines.fill(FEATURE_SENTENCE, {"feature": feature})
        else _benefit(PLAIN_BENEFIT[0], {"feature": feature})
    )


# Round 23 (readings 30-32, "트렌드 팔로워 관심사 미반영"): a trend user heard "이번 시즌 루틴에도 그대로 두기
# 좋아요", a trend sharer "요즘 새 루틴을 찾는 친구에게 알려 주기 좋아요", of any product, where fit.py holds the
# product's own finish or texture ("끈적임이 적은 탱글한 젤 제형"); its chooser's line ("…, 새로운 사용감을 찾는
# 분께 반가운 포인트예요") is too long for a push and speaks to one still choosing. The stage's line keeps its
# frame with the fact as its reason.
TREND_USER_FACT = {  # two each: a regenerated variant says the fact anew
    2: ("{feature}(이)라 이번 시즌에도 손이 가요.", "{feature}(이)라 요즘 더 자주 손이 가요."),
    4: ("{feature}(이)라 요즘 루틴으로 소개하기 좋아요.", "{feature}(이)라 요즘 소개하고 싶은 아이템이에요."),
}  # not "알려 주기 좋아요" (a sharer): the ask says "…알려 주세요"
TREND_USER_FACT_CHARS = 22  # "끈적임 없이 스며드는 물처럼 가벼운 제형": longer, the line loses its place in the push


def trend_user_fact(plan: MessagePlan, point: Point, label: str = "", k: int = 0) -> str | None:
    """A trend user's or sharer's line on the product's own finish (fit.py), where the product line did not say it;
    not beside a gift or a review ask (`label`: the push's button), which have lines of their own."""
    fit = plan.fit
    if plan.angle.key != "trend" or fit is None or fit.kind != "finish" or plan.stage not in TREND_USER_FACT:
        return None
    if (label or plan.cta) in GIFT_ASKS | REVIEW_ASKS:
        return None
    fact = fit.fact
    if len(fact) > TREND_USER_FACT_CHARS or fact.endswith(("다", "요", ".")) or _said_in(point, fact):
        return None
    if point and (fact in point.phrase or fact in point.said):
        return None
    return lines.fill(_pick(TREND_USER_FACT[plan.stage], k), {"feature": fact})


# Round 23 (readings 30-31: "럭셔리 고객에 맞는 근거가 없음" under "좋은 걸 알아보는 분께 권하기 좋습니다"): a
# luxury user's or sharer's stock line, where the product has a registered function the push does not say, says it
# as its reason (the catalog's own phrase: "주름 개선 기능성"), in the stage's frame.
LUXURY_USER_PROOF = {
    2: "{phrase}(이)라 오래 곁에 두게 돼요.",
    4: "{phrase}(이)라 권하기 좋아요.",
}  # short: else dropped
LUXURY_GIFT_PROOF = "{phrase}(이)라 건네기 좋아요."


@lru_cache(maxsize=4096)
def _function_phrase(facts: ProductFacts) -> str:
    """The catalog's shortest registered-function phrase for a luxury reader ("주름 개선 기능성"), "" where none."""
    name = facts.name
    phrases = [lead.removesuffix(f" {name},") for lead in sms.reader_facts(facts, "luxury", name)]
    return min((p for p in phrases if p.endswith("기능성")), key=len, default="")


def luxury_user_proof(plan: MessagePlan, point: Point, gift: bool = False) -> str | None:
    """A luxury user's or sharer's line on the product's registered function, where the product line does not say
    one and the push has no review ask (USER_REVIEW_HOOKS speak to that)."""
    if plan.angle.key != "luxury" or plan.stage not in LUXURY_USER_PROOF or plan.cta in REVIEW_ASKS:
        return None
    phrase = _function_phrase(plan.facts)
    if not phrase or (point and "기능성" in f"{point.phrase} {point.said} {point.feature}"):
        return None
    return lines.fill(LUXURY_GIFT_PROOF if gift else LUXURY_USER_PROOF[plan.stage], {"phrase": phrase})


def reader_hook(plan: MessagePlan, k: int, used: str = "", gift: bool = False, point: Point = None) -> str | None:
    """What a push says to this reader when no fact of the product fits them: a care tip, the size,
    a place in their routine; nothing new about the product, nor what the product line (`used`:
    the kind of fact it stated; `point`: the fact) already said. `gift`: a sharer's ask is a gift."""
    angle = plan.angle.key
    if plan.stage not in lines.NEW_STAGES and (proved := luxury_user_proof(plan, point, gift)):
        return proved
    if plan.stage == REFERRAL and gift:
        return _sensitive_part(plan, USER_GIFT_HOOKS[angle]) if angle in USER_GIFT_HOOKS else None
    if plan.stage not in lines.NEW_STAGES and (told := trend_user_fact(plan, point, k=k)):
        return told
    if plan.stage not in lines.NEW_STAGES:  # a user: why it matters to them now, not a chooser's hook
        if angle == "sensitive" and plan.stage == 2 and care_actives(plan.facts) and not plan.facts.strong:
            return USER_ACTIVE_SHORT  # no "예민한 날에도 안심" for an active (reader.py)
        if plan.stage == REFERRAL and plan.cta in REVIEW_ASKS and angle in USER_REVIEW_HOOKS:
            return _sensitive_part(plan, USER_REVIEW_HOOKS[angle])
        return USER_HOOKS.get(plan.stage, {}).get(angle)
    if angle == "budget":
        if plan.facts.volume and plan.facts.generous and used != "price":
            return lines.fill(VOLUME, plan.values)
        return None if used == "price" else _pick(READER_HOOKS[angle], k)  # a tip, no claim on the size
    if angle == "natural" and (used == "ingredients" or not plan.facts.ingredients):  # no source to point to
        return None
    if angle == "sensitive" and plan.facts.category in CATEGORY_PATCH_TIPS:
        return CATEGORY_PATCH_TIPS[plan.facts.category]
    if angle == "luxury" and plan.facts.category in MAKEUP:
        return MAKEUP_LUXURY_HOOK
    return lines.fill(_pick(READER_HOOKS[angle], k), plan.values) if angle in READER_HOOKS else None


def _promoted(request: GenerationRequest, plan: MessagePlan, definition: str) -> bool:
    """A promotion's offer goes with the push: the product line then states the product's own benefit, not its size
    and price (reading 17, s6086: "…는 150ml 한 통을 20,000원에 만나실 수 있어요. 첫 주문하시면 …" — "가격 나열이
    혜택처럼 읽히지 않음", "제품 장점 없이 가격만 말해"); the price may follow as the budget reader's second line.
    Not where the only definition says the name's own words ("비자 오일과 … 담은 시카 밤, 비자 시카 밤 EX입니다"): the
    price line stays then."""
    event = request.evidence.event
    promoted = event is not None and event.is_promotion and event.offer is not None
    return promoted and not repeats_name(definition, plan.facts.name)


def _talks_price(plan: MessagePlan, request: GenerationRequest) -> bool:
    voice = voice_of(request.resolved.brand)
    facts = plan.facts
    return bool(voice.price_talk and facts.price and facts.volume and not facts.premium and plan.stage != REFERRAL)


def button(plan: MessagePlan, event: CampaignEvent | None) -> str:
    """The push's button: the event's own (a consultation gets 상담 신청하기, a live show 라이브 알림
    받기) where the push can ask for it; else the stage's button the plan chose."""
    if event is not None and event.button in ACTIONS:
        return event.button
    return plan.cta


def merged_ask(label: str, event: CampaignEvent, next_named: bool = False) -> str | None:
    """The event's offer said as the ask for its button, where the event is content or a service
    the reader takes up: the event's own push-length ask (data/events.json `ask`), else its benefit
    in the button's sentence; None where the offer has a condition or the button no such sentence.
    Readers found the benefit chained into the ask a noun chain ("…에 따라 고른 선물 추천 모음에서
    골라 보세요"), hence the event's own short sentence first."""
    offer = event.offer
    if offer is None or offer.kind not in ASKING_KINDS or offer.condition:
        return None
    if label in PRODUCT_ASKS and label == event.button:  # the ask is about this product, not another line
        return NEXT_NAMED_ASKS[label] if next_named and label in NEXT_NAMED_ASKS else PRODUCT_ASKS[label]
    if event.id in PUSH_EVENT_ASKS and label == event.button:
        return PUSH_EVENT_ASKS[event.id]
    if event.ask and label == event.button:
        return event.ask
    if label not in MERGED_ASKS:
        return None
    return lines.fill(MERGED_ASKS[label], {"benefit": offer.benefit})


def cta_line(
    plan: MessagePlan,
    label: str,
    tone: Tone | None,
    promotion: bool,
    action: str | None = None,
    own: bool = True,
    offered: bool = False,
) -> str:
    """The one call to action: what the button `label` does (or `action`, a sentence saying it),
    led by the style, or by the tone's adverb for the information style (its facts are the style).
    `own`: a look tied to this product where the button is a look; else the button's usual ask.
    An unknown button keeps the stage's close. `offered`: the offer sentence before it states the event's
    condition, so the ask says the act without its key noun (AFTER_OFFER_ACTIONS)."""
    merged = action is not None
    action = action or (own and _look_ask(plan, label)) or _action(plan, label, offered)
    if action is None:
        return plan.close
    style = next((s for s in _styles(plan) if s != INFO), INFO)
    if style == FOMO and promotion:
        lead = PROMOTION_LEAD
    elif style == FOMO and plan.stage == REFERRAL:  # a gift is not what one would regret keeping quiet
        lead = GIFT_FOMO_LEAD if label in GIFT_ASKS or "선물" in action else REFERRAL_FOMO_LEAD
    elif style == FOMO:  # what the reader would miss, not the bare "놓치지 말고" (reading 9, s3331)
        lead = next((lead for labels, lead in FOMO_LEADS if label in labels), FOMO_LEAD)
        if lead == FOMO_LEAD and label in CHOICE_ACTIONS:
            lead = CHOICE_FOMO_LEAD
        elif lead == FOMO_LEAD and merged and label not in PRODUCT_ASKS:
            lead = CONTENT_FOMO_LEAD
        gentle = plan.angle.key in GENTLE_READERS or tone == Tone.luxurious
        if lead == TRY_LEAD and (gentle or plan.facts.premium):
            # readings 57-60 (s3450, s9589, s3365: "'아껴 두지만 말고'가 소유 전제"): an activation reader is not told
            # they keep it unused either; the lead names the feel, so the ask drops "내 피부에 맞을지"
            first = DIGNIFIED_FIRST_LEAD if gentle else PREMIUM_FIRST_LEAD
            lead = DIGNIFIED_OWNED_LEAD if plan.stage == ACTIVATION else first
            action = action.replace(FIT_ASKED, "").replace(SKINLESS_FIT_ASKED, "")
            if lead == DIGNIFIED_OWNED_LEAD and FIRST_USE in action:  # not "…이 에센스, 첫 사용을 시작해"
                action = action.replace(f"{FIRST_USE}을 ", "바로 ")
        if label in STOCK_ACTIONS:  # "갑자기 떨어져 아쉽지 않게 다 쓰기 전에 …": the when is said
            action = SHORT_ACTIONS.get(label, action) if "전에" in action else action
    elif style == EMOTION and merged and label in EMOTION_EVENT_LEADS:  # the event met as the reader feels
        lead = EMOTION_EVENT_LEADS[label]
    elif style == EMOTION and plan.stage in EMOTION_USER_LEADS:  # a user's moment, or a gift for someone else
        own_words = "마음" in action or "내 피부" in action or "나에게" in action
        lead = "" if own_words or (merged and plan.stage == 2) else EMOTION_USER_LEADS[plan.stage]
        if plan.stage == REFERRAL and lead and not (label in GIFT_ASKS or GIFT_WORDS.search(action)):
            lead = EMOTION_SHARE_LEAD
        if plan.facts.category in SKINLESS and "피부" in lead:
            lead = SKINLESS_EMOTION_LEAD
    elif style == TIME and label in USE_ACTIONS:
        lead = TIME_KEEP_LEAD if label in KEEP_ACTIONS else TIME_USE_LEAD
        lead = TIME_RUNNING_LEAD if label == RUNNING_KEEP else lead
        if lead == TIME_RUNNING_LEAD and _it_noun(plan.facts.noun) == GENERIC_NOUN:  # reading 101 (s4229: "다 쓰기
            # 전에 이 제품을 챙겨" — "'이 제품을' 어색"): a kind with no noun of its own is not said
            action = action.replace("{product}을 ", "미리 ").replace(f"이 {GENERIC_NOUN}을 ", "미리 ")
    elif style == TIME and "전에" in action:  # "다 쓰기 전에 …" already says when
        lead = ""
    elif style == EMOTION and "나에게" in action:  # a tint's "나에게 맞을지 …": not "오늘은 나를 위해 나에게 …"
        lead = EMOTION_SELF_LEAD
    elif style == EMOTION:
        lead = next((lead for ask, lead in EMOTION_LOOK_LEADS if ask.search(action)), STYLE_LEADS[style])
        if lead != STYLE_LEADS[style]:  # "가벼운 마음으로 잊지 말고 받아 두세요": one lead before the verb
            action = action.removeprefix("잊지 말고 ")
    elif style in STYLE_LEADS:
        lead = STYLE_LEADS[style]
    elif tone and not (merged or OWN_ADVERB.search(action)):  # never "편하게 … 가볍게 둘러보세요"
        lead = TONE_LEADS[tone]
    else:
        lead = ""  # the brand's default voice, or an ask that has its own adverb: the ask alone
    if lead.endswith(("바로", "지금")) and LEADING_ADVERBS.match(action):  # not "오늘 바로 직접 한 번" (reading 15)
        action = LEADING_ADVERBS.sub("", action)
    # reading 23 (s1424): "'지금 바로 ... 먼저'가 어색"; "겨울이 깊어지기 전에 … 먼저 살펴보세요" says when twice too
    # the ask's own "먼저" says when: the lead goes (an event's ask is said whole)
    if lead.endswith(("바로", "지금", "전에")) and " 먼저 " in f" {action}":
        lead = ""
    if style == TIME and label in CONSULT_ASKS:
        # reading 23 (s1261): "성분 소개 후 갑자기 상담 신청으로 넘어가고": the reader's question about this product
        # leads into the consultation, not a bare "지금 바로"
        lead = _own_part(plan, CONSULT_LEAD)
    if style == TIME and merged and not promotion and not TIME_WORDS.search(f"{lead} {action}"):
        if TODAY_BEFORE_VERB.search(action):
            action = TODAY_BEFORE_VERB.sub(f"{TIME_TODAY} ", action, count=1)
        else:
            lead = f"{lead} {TIME_TODAY}" if lead else TIME_TODAY_TOPIC
    if lead == EMOTION_USER_LEADS[3] and MODIFIER_OPENING.match(action):
        # reading 23 (s2667): "'내 피부를 위해 쓰던 제품과' 어순 어색": the lead binds to the modifier
        lead = _own_part(plan, COMPARE_LEAD)
    if style == SEASON and plan.stage == REFERRAL and ASKS_BACK.search(action):
        # reading 23 (s4132): "'겨울이 깊어지기 전에'가 억지스러움" before "써 본 느낌을 공유해 주십시오": whom the
        # reader's words help this season is the reason to share
        lead = lines.fill(SEASON_SHARE_LEAD, plan.values)
    if lead == PROMOTION_LEAD:  # not "혜택을 놓치기 전에 잊지 말고 받아 두세요"
        action = action.removeprefix("잊지 말고 ")
    if lead == PROMOTION_LEAD and action.startswith(GIFT_RECEIVER):
        # readings 57-60 (s1633: "'혜택은 놓치지 말고 건넬 분을 떠올리며 골라 보시면' 어색"): a gift's moment passes
        lead = GIFT_FOMO_LEAD
    if "분을" in lead and action.startswith(GIFT_RECEIVER):  # "고마운 분을 떠올리며 건넬 분을 …": the receiver once
        action = GIFT_PLAIN_ASK
    if "놓치지" in lead and "놓치지" in action:  # "놓치지 말고 … 놓치지 않게": once
        lead = ""
    if "전에" in lead and "전에" in action:  # "겨울이 깊어지기 전에 다 쓰기 전에 …": say it once
        action = SHORT_ACTIONS.get(label, action)
    if lead and merged and ASK_SPLIT in action:  # "…모아 두었으니, {lead} 함께 쓸 분께 공유해 보세요"
        said, _, ask = action.partition(ASK_SPLIT)
        return lines.fill(f"{said}{ASK_SPLIT}{lead} {ask}", _it(plan))
    if lead in ADVERB_LEADS and PAGE_QUESTION in action:
        # reading 55 (s7019: "'편하게 이 클렌저가 어떤 제형인지' 어순 어색"): a one-adverb lead goes with the verb, not
        # with the question's subject ("이 클렌저를 어떻게 쓰는지 제품 페이지에서 편하게 확인해 보세요")
        return lines.fill(action.replace(PAGE_QUESTION, f"{PAGE_QUESTION}{lead} "), _it(plan))
    if lead in ADVERB_LEADS and MODIFIER_OPENING.match(action):
        # "바로 써 본 느낌", "지금 바로 쓰시는 라인의 …" (reading 11) bind the adverb to the modifier: it goes
        # with the verb (after the last object, else before the closing verb pair); before an event's own
        # ask, said whole, it stands apart with a comma
        if merged:  # the event's own ask whole: the adverb stands apart
            return lines.fill(f"{lead}, {action}", _it(plan))
        object_end = list(re.finditer("[을를] ", action))
        words = action.split()
        before_verbs = len(" ".join(words[:-2])) + 1 if len(words) > 2 else 0  # before "선물해 보세요"
        cut = object_end[-1].end() if object_end else before_verbs
        return lines.fill(f"{action[:cut]}{lead} {action[cut:]}", _it(plan))
    objects = list(re.finditer("[을를] ", action)) if style == FOMO and lead.endswith("말고") else []
    if objects and objects[-1].start() >= LONG_OBJECT:
        # reading 28 (s1416): "지나치지 말고 구매 내역으로 점검한 이번 계절 루틴 리포트를 받아 보세요" bound the lead to
        # the object's first word ("마지막 문장이 어색하게 이어 붙음"): after a long object it goes with the verb
        cut = objects[-1].end()
        return lines.fill(f"{action[:cut]}{lead} {action[cut:]}", _it(plan))
    return lines.fill(f"{lead} {action}".strip(), _it(plan))


def _own_part(plan: MessagePlan, lead: str) -> str:
    """A lead's "내 피부에" said of the scalp or the lips for a shampoo or a tint."""
    return lead.replace("피부", SENSITIVE_PARTS.get(plan.facts.category, "피부"))


def _sensitive_part(plan: MessagePlan, text: str) -> str:
    """A sensitive reader's "피부가 예민한 …" said of the scalp or the lips for a shampoo or a tint."""
    part = SENSITIVE_PARTS.get(plan.facts.category)
    return text.replace("피부가 ", f"{part}{particle_for(part, '가')} ") if part else text


def _action(plan: MessagePlan, label: str, offered: bool = False) -> str | None:
    """The usual ask for the button `label`, in words that fit the product's category; a trend reader
    shares with a photo; after the offer sentence, the ask that does not restate it."""
    if offered and label in AFTER_OFFER_ACTIONS:
        return AFTER_OFFER_ACTIONS[label]
    if plan.facts.category in SKINLESS and label in SKINLESS_ACTIONS:
        return SKINLESS_ACTIONS[label]
    if label in TREND_ACTIONS and plan.angle.key == "trend":
        return TREND_ACTIONS[label]
    said = READER_ACTIONS.get(plan.angle.key, {}).get(label)
    if said and plan.angle.key == "budget" and not plan.values.get("price"):  # a house that talks no price
        said = said.replace("용량·가격", "용량·사용감")
    return said or ACTIONS.get(label)


def _look_ask(plan: MessagePlan, label: str) -> str | None:
    """The "가볍게 둘러보기" ask tied to this product, for a product the catalog knows more than the name of."""
    if label != "가볍게 둘러보기" or not plan.facts.category:
        return None
    coloured = any(COLOUR_WORDS.search(point) for point in plan.facts.points)
    aspect = "발색" if coloured else LOOK_ASPECTS.get(plan.facts.category, LOOK_ASPECT)
    if aspect == LOOK_ASPECT:  # a texture the catalog states is said, not looked for (s9757); one it does not state
        aspect = "쓰는 법"  # is no page's promise either (reading 55, s7019): the page shows how to use it
    if aspect == "쓰는 법":
        return None if plan.stage == ACQUISITION else LOOK_HOW
    return LOOK_ASK.replace("{aspect}", aspect)


def _it(plan: MessagePlan) -> dict[str, str]:
    """Slot values for a sentence after the product was named: "이 크림" in place of its name; the next step's
    product said as the house's own (next_related)."""
    values = plan.values | {"product": f"이 {_it_noun(plan.facts.noun)}"}
    if values.get("next"):
        values["next"] = next_related(plan.facts.name, values["next"], values.get("brand", ""))
    return values


# Reading 86 (s2848: "…다음 단계로 테라크네365 하이드로 액티브 토너를 살펴보세요" — "브리프에 없는 토너 제품명을
# 특정함", "근거 확인 필요"): the catalog's next product named bare read as invented. It is said as the house's own:
# of the same line where its name opens on the line's word ("같은 라인의 테라크네365 하이드로 액티브 토너"), else the
# brand's ("한율의 어린쑥 속수분 쑥히알 크림"). The line's name is never split ("같은 바이오 라인의 컨디셔닝 에센스").
# Round 38 (open from round 37, s6854: "…다음 단계로 같은 라인의 워터뱅크 블루 히알루로닉 세럼을 살펴보세요" — "제품명
# 나열로 문장이 뻑뻑하고"): of the same line, the words the two names share are the line, already said by the product's
# own name: only what differs is said ("같은 라인의 세럼", "같은 라인의 하이드로 액티브 토너").
NEXT_OF_LINE = "같은 라인의 {next}"
NEXT_OF_HOUSE = "{brand}의 {next}"


def next_related(name: str, following: str, brand: str) -> str:
    """The next step's product `following` said with how it relates to the product `name` (see above)."""
    words, own = following.split(), name.split()
    if words[0] == own[0]:
        shared = 0
        while shared < min(len(words) - 1, len(own)) and words[shared] == own[shared]:
            shared += 1
        return NEXT_OF_LINE.format(next=" ".join(words[shared:]))
    return NEXT_OF_HOUSE.format(brand=brand, next=following) if brand else following


def _it_noun(noun: str) -> str:
    """The noun an ask calls the product by. Reading 38 (s4282: "…비자 시카 밤 EX와 함께하는 루틴 … 이 시카 밤을
    챙겨 …" — "제품명 반복"): a balm's noun is two words of its name ("시카 밤": facts.noun, since "이 밤" reads as a
    night) and reads as the name said again; "이 제품" in its place. A kind with its part ("이 헤어 세럼", "이 립
    틴트") names no more of the name and stays."""
    return GENERIC_NOUN if noun.endswith(" 밤") else noun


_MILD_OPENER = re.compile("편하게|순한")


def opener(plan: MessagePlan, request: GenerationRequest) -> str:
    """The marketer's key message when there is one; else the reader's question (users: the
    stage's); a statement under 합쇼체."""
    if request.resolved.brief.key_message:
        return plan.hook
    k = _turn(request)
    hapsho = request.resolved.brief.honorific == Honorific.hapsho
    user = (USER_STATEMENT_OPENERS if hapsho else USER_OPENERS).get(plan.stage)
    if user and plan.stage == REFERRAL and plan.cta in GIFT_ASKS:  # "…권하기 좋은 때예요" over a gift: two asks
        user = tuple(o for o in user if "권하" not in o) or user
    if user:
        return lines.fill(_pick(user, k), plan.values)
    own = STATEMENT_OPENERS if hapsho else OPENERS
    if plan.angle.key not in own:
        return plan.hook
    openers = own[plan.angle.key]
    if plan.angle.key == "natural" and not from_nature(plan.facts):  # nothing from nature to point to
        openers = tuple(o for o in openers if "자연" not in o)
    if plan.angle.key == "natural" and not plan.facts.ingredients:  # lab actives alone: no "무엇으로 만들었는지"
        return NATURAL_PLAIN_STATEMENT if hapsho else plan.angle.ask  # (round 16, reading 24 s3180)
    if plan.angle.key == "sensitive" and (plan.caution or any(i in ACTIVES for i in plan.facts.ingredients)):
        # reading 95 (s7752: "25% 비타민C를 '예민한 날에도 편하게'로 암시"): a strong active is never offered as easy
        # or mild; the opener that says a new product is let in with care
        openers = tuple(o for o in openers if not _MILD_OPENER.search(o)) or openers
    if plan.facts.category in MAKEUP:  # reading 14: skin-care words on make-up ("매일의 관리에 정성을 …")
        openers = tuple(o for o in openers if not CARE_WORDS.search(o)) or openers
    if plan.facts.category in SKINLESS:  # round 25: "피부를 위한 정성, 어디에 …" opened a shampoo's push
        openers = tuple(o for o in openers if "피부" not in o) or openers
    if plan.angle.key == "luxury" and not plan.facts.premium:  # round 30: "오래 곁에 둘" is a premium line's (not
        # where it is a make-up's one opener: reading 14's "매일의 관리에 정성을 …")
        openers = tuple(o for o in openers if "오래 곁에 둘" not in o) or openers
    return _sensitive_part(plan, _pick(openers, k))


# Readings 37-40 ("감성 공감 없음" 45 notes, "긴박감 없음" 25): an event's merged ask says the event in its own words,
# often with no lead of the style, and the title said the event or the product ("에스쁘아 쿠션, 첫 사용 후기를
# 모았어요", "루틴에 더할 …"), so nothing in the push read as the style. Beside such an ask, a promise that says the
# emotional style ("나를 위한 …", "오늘도 곁에 두는 …") comes first.
# Not the time style: beside a guide or a broadcast its "지금 …" title pressed a moment the event lacks (reading 16).
_STYLE_HEARD = {EMOTION: re.compile("나를 위|나에게|곁에|아끼는|고마운|마음|돌보|떠올리|수고|하루|기분|설레|포근")}


def _deaf_style(
    plan: MessagePlan, event: CampaignEvent, label: str, request: GenerationRequest | None
) -> re.Pattern[str] | None:
    """The words that say the brief's first style (the emotional one) where the event's merged ask says none of them;
    None where the ask says them, or for another style."""
    heard = _STYLE_HEARD.get(_styles(plan)[0])
    merged = merged_ask(label, event, bool(plan.values.get("next")))
    if heard is None or merged is None:
        return None
    tone = request.resolved.brief.tone if request is not None else None
    ask = cta_line(plan, label, tone, event.is_promotion, lines.fill(merged, _it(plan)))
    return None if heard.search(ask) else heard


def _dignified(plan: MessagePlan, request: GenerationRequest | None) -> bool:
    """A luxury reader, the 고급스러운 tone or a premium line: no self-reward treat ("수고한 나에게")."""
    tone = request.resolved.brief.tone if request is not None else None
    return plan.angle.key == "luxury" or tone == Tone.luxurious or plan.facts.premium


def _styled_invite_fits(style: int, event: CampaignEvent, stage: int) -> bool:
    if style == TIME:  # a guide or a broadcast gives no date: "지금, 바르는 법을 라이브로 …" pressed on nothing
        return event.is_promotion  # (reading 16: "라이브 일시 없이 긴박감만")
    if style in (FOMO, EMOTION):
        return event.is_promotion and not (style == EMOTION and stage == REFERRAL)
    return style in STYLED_INVITES


# titles' last answer with what it was asked of: forms.py asks for a push's titles, then bodies() asks again for the
# same plan (a pure function of its arguments, which nothing mutates)
_last_titles: tuple[MessagePlan, CampaignEvent | None, int, GenerationRequest | None, list[str]] | None = None


def titles(
    plan: MessagePlan, event: CampaignEvent | None, k: int, request: GenerationRequest | None = None
) -> list[str]:
    """Titles the body keeps, best first: with an event what it holds for the reader (beside the
    product, else alone); else the style's or the reader's promise, variants alternating. Promises
    of TITLE_CHARS or fewer (longer ones only when the last resort is long too), then the last
    resort, the name alone or the event's invitation alone; the layout takes the first that
    leaves the body room."""
    global _last_titles
    last = _last_titles  # one read: another thread may replace it
    if last is not None and last[0] is plan and last[1] is event and last[2] == k and last[3] is request:
        return list(last[4])
    said = _titles(plan, event, k, request)
    _last_titles = (plan, event, k, request, list(said))
    return said


def _titles(
    plan: MessagePlan, event: CampaignEvent | None, k: int, request: GenerationRequest | None = None
) -> list[str]:
    values = plan.values
    bare = ""  # the offer alone, kept as the very last resort behind a named one
    if event is not None:
        invite = lines.fill(
            event.invite or EVENT_INVITE[0 if event.is_promotion else 1], values | {"event": event.name}
        )
        invite = TITLE_INVITES.get(invite, invite)

        style = next((s for s in _styles(plan) if _styled_invite_fits(s, event, plan.stage)), None)
        house_kind = brand_reference(values.get("brand", ""), plan.facts.noun)  # "에스트라 크림"
        reference = house_kind or lines.fill("{product}", values)
        slots = values | {"event": event.name, "invite": invite, "told": invite, "alone": invite, "named": reference}
        if event.offer and not merged_ask(button(plan, event), event):  # beside the product, what the reader
            # gets: the body's offer sentence states the condition (the invitation alone keeps it, unless the
            # offer sentence says those very words: "다시 주문하시면 …" over "…을 다시 주문하시면 …", reading 15)
            # round 34 (readings 84-85, s1111, s6906: "제목이 할인만 외치고 첫 주문 조건 빠짐"): a first order's
            # offer keeps its condition in the title as goods do ("첫 주문 시 할인 쿠폰을 드려요"), never the bare
            # offer; the body's offer sentence says the condition whole (reading 13's "purchase twice" is the price)
            if event.offer.kind in GOODS_KINDS or invite.startswith("첫 "):
                slots["told"] = briefly_conditioned(invite, event.offer.condition)
            else:
                slots["told"] = unconditioned(invite, event.offer.condition)
            condition = invite.removesuffix(slots["told"]).strip()
            if condition and condition in offer_sentence(event, event.invite or ""):
                # reading 21 (s5468): "포인트를 드려요" alone read flat and named nothing: the product by its brand
                # and kind beside it where that fits a lock screen; the offer alone stays the last resort, so that
                # the body keeps its ask (forms.py takes the last resort only where no other title leaves room)
                named = f"{house_kind}, {slots['told']}"
                if 2 < len(named) - len(slots["told"]) and len(named) <= TITLE_CHARS:
                    slots["alone"], bare = named, slots["told"]
                else:
                    slots["alone"] = slots["told"]
        shape = STYLED_INVITES[style] if style is not None else ""
        if style == EMOTION and _dignified(plan, request):
            shape = DIGNIFIED_STYLED_EMOTION
        slots["styled"] = lines.fill(shape, slots) if style is not None else invite
        told_style = lines.fill(shape, slots | {"invite": slots["told"]}) if style is not None else ""
        slots["styled_told"] = told_style or slots["styled"]
        order = EMOTION_EVENT_TITLES if style == EMOTION else EVENT_TITLES
        shapes: tuple[str, ...] = tuple(lines.fill(t, slots) for t in order)
        label = button(plan, event)
        if label in PRODUCT_INVITES and label == event.button:  # never the other line's invitation alone
            shapes = (lines.fill(PRODUCT_INVITES[label], values),)
            if values.get("next"):
                named = (_shortened(lines.fill(t, values), plan) for t in NEXT_NAMED_TITLES)
                shapes = (*(t for t in named if len(t) <= TITLE_CHARS), *shapes)[:1]
        if merged_ask(label, event):  # the body's ask says the invitation: a promise beside the product first
            # (reading 9: the name alone over "…상담을 신청해 보세요" promised nothing), the invitation
            # alone for a long name, the name alone last
            promises = _promises(plan, label, k, event=True, fact=title_fact(plan, request))
            last = min(promises, key=len)  # the shortest promise beside the name, where it fits a phone
            name = lines.fill("{product}", values)
            if len(last) > TITLE_CHARS >= len(name):  # a very long name: the name alone, as before
                last = name
            shapes = (*(t for t in shapes if t != invite), *(t for t in promises if t != last), last)
            heard = _deaf_style(plan, event, label, request)
            if (
                heard and label not in PRODUCT_ASKS
            ):  # the style heard first, where the ask says none of it (see _STYLE_HEARD)
                shapes = (*(t for t in shapes if heard.search(t)), *(t for t in shapes if not heard.search(t)))
            if label in PRODUCT_ASKS:  # the body's reader line outranks the style's lead (reading 11, s5417): beside
                # the invitation naming the product, the title that keeps the style, then the name alone
                style = next((s for s in _styles(plan) if s in STYLE_TITLES), TIME)
                short = EVENT_SHORT_TITLES if plan.stage in lines.NEW_STAGES else USER_SHORT_TITLES
                shapes = (*(t for t in shapes[:1] if t != invite), lines.fill(short[style], values), name)
                if heard and not heard.search(shapes[0]):
                    shapes = (*shapes[1:2], *shapes[:1], *shapes[2:])
    else:
        shapes = (
            *_promises(plan, plan.cta, k, fact=title_fact(plan, request)),
            lines.fill("{product}", values),
        )  # the name alone: a long one
    # a title of three comma-split parts reads as a list (reading 31, s8279: "제목 쉼표 남발"): after any other
    shapes = (*(t for t in shapes if t.count(",") < 2), *(t for t in shapes if t.count(",") >= 2))
    *promising, last_resort = dict.fromkeys(shapes)
    last_resort = _shortened(last_resort, plan)
    # Those that fit (reading 15: lock screens cut the rest): the best with the name's end where the whole name
    # does not fit, then the others whole, then the others with the name's end. The next-step invitation names the
    # product whole or not at all (reading 11: the title names what to buy).
    whole = lines.fill(PRODUCT_INVITES.get(event.button, ""), values) if event is not None else ""
    cut = [t if t == whole else _shortened(t, plan) for t in promising]
    fitting = [*cut[:1], *(t for t in promising[1:] if len(t) <= TITLE_CHARS), *cut[1:]]
    fitting = list(dict.fromkeys(t for t in fitting if len(t) <= TITLE_CHARS))
    tail = [bare] if bare and bare != last_resort else []
    kept = _kept_title(plan, event, last_resort)
    if kept and kept not in fitting and kept not in promising and kept != bare:
        last_resort = kept
    if len(last_resort) <= TITLE_CHARS:  # a title a phone cuts short is no better than the last resort
        return list(dict.fromkeys([*fitting, last_resort, *tail]))
    return list(
        dict.fromkeys([*fitting, *(t for t in promising if len(_shortened(t, plan)) > TITLE_CHARS), last_resort, *tail])
    )


# Readings 39-40 (s4748, s9383: "제목이 제품명뿐"): the name alone, the last resort where the promises leave the body
# too little room or promise what it does not keep, says nothing. In its place the style's shortest promise beside
# the product's brand and kind ("놓치기 아쉬운 려 두피 에센스", "오늘도 라네즈 크림과 함께"), where that takes no
# more room than the name and promises no season or mood (sms.TITLE_PROMISES) the body may not say: the body names
# the product whole. Not over the next step's ask, whose title names what to buy whole (reading 11).


def _kept_title(plan: MessagePlan, event: CampaignEvent | None, last_resort: str) -> str:
    """The style's shortest promise beside the brand and kind, in place of a last resort that is the product's name
    alone; "" where the last resort is not the name, the promise would take more room or names a season or mood."""
    name = plan.values.get("product", "")
    short = brand_reference(plan.values.get("brand", ""), plan.facts.noun)
    if not name or not short or short in name or last_resort not in (name, _shortened(name, plan)):
        return ""
    style = next((s for s in _styles(plan) if s in STYLE_TITLES), TIME)
    label = button(plan, event)
    if event is not None and label in PRODUCT_INVITES:  # the next step names what to buy whole (reading 11)
        return ""
    if plan.stage == REFERRAL:
        shape = REFERRAL_STAGE_TITLES[int(label in GIFT_ASKS)]
    else:
        shape = (EVENT_SHORT_TITLES if plan.stage in lines.NEW_STAGES else USER_SHORT_TITLES)[style]
    kept = lines.fill(shape, plan.values | {"product": short})
    if len(kept) > len(last_resort) or any(word in kept for word in sms.TITLE_PROMISES):
        return ""
    return kept


# Reading 29 (s8594: "겨울 메시지에 🌸 어색"), reading 28 (s1416: "…루틴을 그대로 이어 가세요. 👀", "👀 이모지 어색"): a
# push's emoji fit the season and what the push asks. Another season's emoji goes (a brand's spring flowers in
# winter too), and 👀 (the FOMO style's "look") closes only an ask to look at something.
LOOK_EMOJI = "👀"
_LOOKS = re.compile("보기|살펴|둘러|알아보")  # buttons that ask to look at something


# Reading 31 (s3520: "나를 위한 UV 쉴드 선 스틱 🔬" over "…선크림입니다. 🧪 …" — "감성 공감 톤에 실험실 이모지가
# 어울리지 않음"): a brand's lab emoji (아이오페's 🔬, 🧪) says research, not a feeling; an emotional push shows a warm
# one in its place, as many as the brief asked for.
LAB_EMOJI = frozenset({"🔬", "🧪"})
WARM_EMOJI = ("🤍", "✨")


LAB_ACTIVES = ("아데노신", "나이아신아마이드", "펩타이드", "알부틴", "PDRN", "레티노이드", "바쿠치올", *ACTIVES)


def lab_product(facts: ProductFacts) -> bool:
    """Whether a product has what a lab emoji stands for: a registered function other than UV protection, or an
    active the catalog names (a sun stick, a plain emulsion or a foam cleanser has none)."""
    if any("자외선" not in f for f in facts.functional):
        return True
    return any(a in i for i in facts.ingredients for a in LAB_ACTIVES)


def fitting_emoji(palette: list[str], plan: MessagePlan, label: str, tone: Tone | None = None) -> list[str]:
    """The push's emoji in season (voice.in_season), without 👀 where the button (`label`) asks for no look, and on an
    emotional push (its style or its `tone`) or a product with no active or function to speak of (round 23,
    reading 31: "🔬🧪 이모지가 선스틱과 안 맞고") a warm emoji for a lab one; a neutral one for each taken out
    (voice.filled)."""
    kept = [e for e in in_season(palette, plan.values.get("season", "")) if e != LOOK_EMOJI or _LOOKS.search(label)]
    warmed = EMOTION in _styles(plan) or tone == Tone.emotional or not lab_product(plan.facts)
    if warmed and LAB_EMOJI & set(kept):
        warm = [e for e in WARM_EMOJI if e not in kept]
        kept = [e if e not in LAB_EMOJI else warm.pop(0) if warm else "" for e in kept]
        kept = [e for e in dict.fromkeys(kept) if e]
    return filled(kept, len(palette))


# Reading 22: a push whose title and body say different things. "다시 채워 두는 어린쑥 수분진정 토너" over "어린쑥
# 수분진정 토너를 잘 챙기고 … 어린쑥 수분진정 토너는 …" said the name three times and promised a refill the button
# (루틴 이어가기) did not ask for (s2766); "마데카소사이드를 담은 에뛰드 토너" over a body that never said it
# (s9194); a season or a mood in the title the body never says (s5014, s5701: sms.broken_promise). forms.py takes a
# pair that keeps its title's promise first.
_HELD_IN_TITLE = re.compile(r"([\w·]+?)(?:을|를) 담은")


def mismatched(title: str, body: str, name: str, label: str) -> bool:
    """Whether a push's `title` promises what its `body` or button `label` does not carry: the product's `name`
    three times or more in both, a season or a mood the body never says, an ingredient ("X을 담은") the body never
    names, a refill under a button that is no restock."""
    if name and title.count(name) + body.count(name) > 2:
        return True
    # the title's fact before the name said again before it in the body ("주름 개선 기능성 X" over "주름 개선 기능성 X은
    # …", once the product line carries the reader's phrase: reader_phrase)
    before = title[: title.find(name)].strip() if name and name in title else ""
    if len(before) > 2 and f"{before} {name}" in body:
        return True
    if sms.broken_promise(title, body) or phrase_twice(body, name):
        return True
    held = _HELD_IN_TITLE.search(title) if "담은" in title else None
    if held and held.group(1) not in body:
        return True
    if _SLOW_TITLE.search(title) and _HURRIED_BODY.search(body):  # s1923: "예민하다면 천천히" over "더 미루지 말고"
        return True
    return label not in RESTOCK_ASKS and bool(sms.REFILL_TITLE.search(title))


# Round 40 (readings 96-97, s3580: "믿고 쓰시는 … 믿고 쓰기 좋아요" — "'믿고 쓰'가 두 번 반복"; 17 of 1,500 grid
# pushes said a phrase twice: "나를 위해 골라 볼 X … 오늘은 나를 위해", "손에 익은 X … 손에 익은 한 단계"): a body that
# says a word and the next one's first syllable twice (the product's name left out) gives way to its tier's other
# wording.
_HANGUL_WORD = re.compile("[가-힣]+")
# "…부담 없이 쓰기 좋아요. 함께 쓰기 좋은 구성을 …": a budget reader's per-ml line beside a set's ask stays (the price
# is their reason; test_persona_budget_r28)
_PLAIN_USE = frozenset({"쓰기"})


@lru_cache(maxsize=16384)
def phrase_twice(body: str, name: str) -> bool:
    """Whether the body says a word of two or more syllables followed by the same syllable twice ("믿고 쓰")."""
    words = _HANGUL_WORD.findall(body.replace(name, " ") if name else body)
    pairs = [(a, b[0]) for a, b in itertools.pairwise(words) if len(a) >= 2 and a not in _PLAIN_USE]
    return len(pairs) != len(set(pairs))


# Reading 25: a title that takes its time over a body that hurries read as a contradiction ("제목 '예민하다면 천천히'와
# 본문 '더 미루지 말고'가 충돌", s1923).
_SLOW_TITLE = re.compile("천천히|차분히|찬찬히|여유롭게")
TIME_WORDS = re.compile("지금|오늘|바로")
_HURRIED_BODY = re.compile("미루지 말고|지금 바로|오늘 바로|서둘러|놓치지 말고|지나치지 말고")


# Round 40 (readings 96-97, s9903, 2.5: "제목은 예민 피부를 부르지만 본문에 순함·테스트·사용 주의가 없어 약속을 지키지
# 못함"): a title that speaks to a sensitive reader ("예민하다면 알고 쓰는 …", "피부가 예민한 날, …") promises care the
# body must then say: mildness, a test, or how to start. forms.py takes the body that keeps it before letting the
# title give way (a retinol push that lost its title lost its only sensitive word, round 39).
_SENSITIVE_TITLE = re.compile("예민|민감")
SENSITIVE_CARE = re.compile(
    "순한|순하게|순해|저자극|자극|진정|약산성|무향|편안|안심|테스트|팔 안쪽|작은 부위|천천히|이틀에 한 번"
    "|예민|민감|장벽"
    # an active's own caution is that reader's care too ("레티놀은 저녁에 바르고 낮에는 자외선 차단제를 챙기세요":
    # reading 101, s8443, a retinol push that lost it under a plain title)
    "|자외선 차단제|저녁에 바르"
)


def title_angle_kept(title: str, body: str) -> bool:
    """Whether the body carries the care a sensitive reader's title promises (True for any other title)."""
    return not _SENSITIVE_TITLE.search(title) or bool(SENSITIVE_CARE.search(body))


def brand_reference(brand: str, noun: str) -> str:
    """The product by its brand and kind ("에스쁘아 선크림"), for a title its whole name leaves too long: a cut name
    ("스플래쉬 선크림 톤업 래스팅") read as a typo (reading 16: "제목의 제품명 잘림 어색"); "" without a noun."""
    return f"{brand} {noun}" if brand and noun else ""


_PARTICLE_BASES = {"과": "과", "와": "과", "은": "은", "는": "은", "이": "이", "가": "이", "을": "을", "를": "을"}


def _shortened(title: str, plan: MessagePlan) -> str:
    """A title over TITLE_CHARS with the product named by its brand and kind ("지금 살펴볼 에스쁘아 선크림"), where
    that brings it under, its particle refitted; else the title as it is (titles() puts it after those that fit).
    Never the end of the name alone: the body names it whole."""
    name = plan.values.get("product", "")
    if len(title) <= TITLE_CHARS or not name or name not in title:
        return title
    short = brand_reference(plan.values.get("brand", ""), plan.facts.noun)
    if not short or short in name or len(title) - len(name) + len(short) > TITLE_CHARS:
        return title
    start = title.index(name)
    end = start + len(name)
    after = title[end : end + 1]
    tail = title[end:]
    if after in _PARTICLE_BASES and (end + 1 == len(title) or not ("가" <= title[end + 1] <= "힣")):
        tail = particle_for(short, _PARTICLE_BASES[after]) + title[end + 1 :]
    return title[:start] + short + tail


def _user_fomo_title(plan: MessagePlan, label: str) -> str:
    """A user's FOMO title that asks what the body's ask does: restock, keep the routine, or not miss it."""
    if label in RESTOCK_ASKS:
        return USER_FOMO_TITLES.get(plan.stage, USER_OTHER_FOMO_TITLE)
    return USER_KEEP_FOMO_TITLE if label in KEEP_ACTIONS else USER_OTHER_FOMO_TITLE


def _promises(plan: MessagePlan, label: str, k: int, event: bool = False, fact: str = "") -> tuple[str, ...]:
    """The style's and the reader's promise beside the product, variants alternating; a sharer's say
    what the ask `label` does (a gift, or a recommendation). Beside an event's ask, no stage title that
    asks for something else ("다시 채워 두는 …" over a container campaign), and the style's shortest
    promise last for a long name."""
    new = plan.stage in lines.NEW_STAGES
    style = next((s for s in _styles(plan) if s in STYLE_TITLES), TIME)
    gift = int(label in GIFT_ASKS)
    own = STYLE_TITLES[style][0 if new else 1]
    if style == EMOTION and new and plan.facts.premium:
        own = DIGNIFIED_EMOTION_TITLE  # not "작은 선택" for a 320,000원 cream (reading 39, s8458)
    elif style == EMOTION and new and plan.angle.key == "luxury":
        own = LUXURY_READER_EMOTION_TITLE
    if style == TIME and new and label not in START_ASKS:
        own = EVENT_TIME_TITLE if event else TIME_LOOK_TITLE
    if style == INFO:  # the information style's title is the fact itself, never a promise the body may not keep
        own = INFO_FACT_TITLES[0 if new else 1] if fact else INFO_TITLES[0 if new else 1]
    if style == FOMO and new and fact:
        own = FOMO_FACT_TITLE
    if plan.stage == REFERRAL:
        own = REFERRAL_TITLES[style][gift]
        if style == EMOTION and not gift and label in FELT_SHARE_ASKS:
            own = FELT_SHARE_TITLE
        if style == INFO and fact and not gift:
            own = INFO_FACT_TITLES[2]
    elif style == FOMO and not new:
        own = SHORT_STYLE_TITLES[FOMO] if event else _user_fomo_title(plan, label)
    if new:
        reader = ACTIVE_ANGLE_TITLE if mild_active(plan) or plan.caution else _angle_title(plan, own)
        if reader == ACTIVE_ANGLE_TITLE and style in (TIME, FOMO):  # the ask hurries ("더 미루지 말고"): no "천천히"
            reader = ACTIVE_HURRIED_TITLE
        if plan.angle.key == "natural" and not plan.facts.ingredients:  # lab actives alone: no "원료부터" (facts.story)
            reader = own
        if plan.angle.key == "luxury" and reader == _angle_title(plan, own):
            reader = _luxury_title(plan) or reader  # the frame only where the catalog states nothing short
    elif plan.stage == REFERRAL:
        reader = REFERRAL_STAGE_TITLES[gift]
    else:
        reader = own if event else STAGE_TITLES.get(plan.stage, own)
    bare_fomo = style == FOMO and not fact  # "놓치기 아쉬운 …" alone names nothing worth not missing (reading 16)
    # the body speaks to the reader (a fit with a push form; fit.py gives a house line none): the title keeps the style
    if new and plan.fit and plan.fit.short and style in SHORT_STYLE_TITLES and not bare_fomo:
        reader = EVENT_TIME_TITLE if event and style == TIME else SHORT_STYLE_TITLES[style]
    reader = _sensitive_part(plan, reader)
    if style == FOMO and new and not fact and plan.stage != REFERRAL:
        own = reader  # nothing stated to miss: the reader's own promise, never a bare "놓치기 아쉬운 …" (reading 16)
    if style == INFO and new and not fact and plan.stage != REFERRAL:
        own = reader  # no quality to state: the reader's own title, not "한눈에 보기" (the body speaks to them)
    pool = (own, reader) if k % 2 == 0 and not event else (reader, own)  # beside an event's ask the reader's
    # promise leads: where the body has no room for the reader's line, the title still speaks to them
    held = reader != _angle_title(plan, reader) and "담은" in reader
    if held and _HELD_IN_TITLE.search(lines.fill(reader, plan.values | {"fact": fact})):
        # reading 40 (s9383: "제목이 제품명뿐"): a luxury title of an ingredient the body may leave out ("인삼 추출물을
        # 담은 자음유액 EX") had only the name alone behind it; the reader's frame stands between
        pool = (*pool, _angle_title(plan, reader))
    if event and plan.stage != REFERRAL:  # a long name beside an event's ask: the style's shortest promise
        pool = (*pool, (EVENT_SHORT_TITLES if new else USER_SHORT_TITLES)[style])
    return tuple(dict.fromkeys(lines.fill(t, plan.values | {"fact": fact}) for t in pool))


LUXURY_TITLE_FACT_CHARS = 12  # "미백·주름 개선 기능성", "인삼 사포닌을 담은": with the name, a title that fits


def _angle_title(plan: MessagePlan, default: str) -> str:
    """The reader's frame as a title for the plan's stage (LUXURY_STAGE_TITLES); `default` for a reader with none."""
    if plan.angle.key == "luxury" and plan.stage in LUXURY_STAGE_TITLES:
        return LUXURY_STAGE_TITLES[plan.stage]
    if plan.angle.key == "luxury" and not plan.facts.premium:
        return LUXURY_PLAIN_TITLE
    return ANGLE_TITLES.get(plan.angle.key, default)


def _luxury_title(plan: MessagePlan) -> str | None:
    """A luxury reader's title from the evidence they weigh ("주름 개선 기능성 자음생크림", "SPF50+ 상백선크림",
    "인삼 사포닌을 담은 자음생앰플"), not "공들인 루틴에 …", which fit any product at any price (reading 18); None
    where the catalog states none short enough (the style's promise goes instead)."""
    name = plan.values["product"]
    for lead in sms.reader_facts(plan.facts, "luxury", name):
        phrase = lead.removesuffix(f" {name},")
        if len(phrase) <= LUXURY_TITLE_FACT_CHARS:
            return f"{phrase} {name}"
    return None


def title_fact(plan: MessagePlan, request: GenerationRequest | None) -> str:
    """The quality the body's product line states (a framed feature: "백탁이 적은 촉촉한 사용감"), for a title that
    says it; "" where the line states no such quality (what the product is, its ingredients, a catalog sentence)."""
    if request is None:
        return ""
    point = _point(plan, request)
    return point.feature if point and point.feature and not point.said else ""


Form = list[str]


class Tiers:
    """A push's tiers of forms (bodies), each put through the passes when first asked for: forms.py measures tier
    by tier and stops at the first body that fits, so the later tiers (two in three of a push's forms) are never
    worked out. Each pass reads one tier only, so a tier comes out as it would beside the others."""

    def __init__(
        self,
        tiers: list[list[Form]],
        finish: Callable[[list[Form]], Iterator[Form]],
        held: tuple[Callable[[Form], bool], Callable[[Form], bool]] | None = None,
    ) -> None:
        self._tiers = tiers
        self._finish = finish
        self._held = held  # round 36: (a form held back, a form it goes after): see _price_alone
        self._finished: dict[int, _Finished] = {}
        self._layout: list[list[Form]] | None = None  # the tiers with the held forms moved on (_laid)
        self._laying: Iterator[list[Form]] | None = None  # _laid's tiers as each is settled (has)
        self._settled: list[list[Form]] = []

    def __len__(self) -> int:
        return len(self._laid()) if self._held is not None else len(self._tiers)

    def has(self, at: int) -> bool:
        """Whether there is a tier `at` (>= 0), working out no more of a held layout than settles it: forms.py asks
        tier by tier and stops at the first body that fits, so a budget chooser's later tiers (their forms each put
        through every pass: a twentieth of the composer's time) are mostly never worked out."""
        if self._held is None:
            return at < len(self._tiers)
        if self._layout is not None:
            return at < len(self._layout)
        if self._laying is None:
            self._laying = self._lay()
        while len(self._settled) <= at:
            tier = next(self._laying, None)
            if tier is None:
                self._layout = self._settled
                return False
            self._settled.append(tier)
        return True

    def __getitem__(self, at: int) -> _Finished | list[Form]:
        if self._held is not None:
            if self._layout is None and at >= 0 and self.has(at):
                return self._settled[at]
            return self._laid()[at]
        at = range(len(self._tiers))[at]  # -1 is the last tier
        if at not in self._finished:
            self._finished[at] = _Finished(self._finish(self._tiers[at]))
        return self._finished[at]

    def _laid(self) -> list[list[Form]]:
        """Every tier worked out, each held form moved on, with the held forms before it, past the forms that say
        more (`better`) up to the next form that says neither, or the end of the last tier but one (the last, the
        offer with no ask of its own, keeps its order; one tier: the whole): there the held forms of each tier they
        came from are a tier of their own (forms.py weighs a richer tier with a plainer title above a poorer one with
        a promising title), the tier they stopped in split around them; a push of one tier (no event) stays one, the
        held forms moved within it, so that a body with a promising title still beats one with the name alone. A
        form that says more and fits wins, and a held form still comes before one that says less than it."""
        if self._layout is not None:
            return self._layout
        if self._laying is not None:  # has() began the layout: the rest of it, in order
            self._settled.extend(self._laying)
            self._layout = self._settled
            return self._layout
        self._layout = self._whole()
        return self._layout

    def _whole(self) -> list[list[Form]]:
        """_laid's layout, worked out at once."""
        assert self._held is not None
        held, better = self._held
        tiers = [list(self._finish(tier)) for tier in self._tiers]
        scope = max(len(tiers) - 1, 1)
        laid: list[list[Form]] = []
        waiting: dict[int, list[Form]] = {}  # held forms by the tier they came from, each group a tier of its own
        for at, tier in enumerate(tiers[:scope]):
            current: list[Form] = []
            for form in tier:
                if held(form):
                    waiting.setdefault(at, []).append(form)
                    continue
                if waiting and not better(form) and len(tiers) == 1:  # one tier: the held ones first, in it
                    current += [each for group in waiting.values() for each in group]
                    waiting = {}
                elif waiting and not better(form):  # a form that says less: the held ones first, as tiers
                    laid += ([current] if current else []) + list(waiting.values())
                    current, waiting = [], {}
                current.append(form)
            if current:
                laid.append(current)
        laid += list(waiting.values())
        if len(tiers) == 1:  # one tier stays one (forms.py weighs each body with a promising title first)
            laid = [[each for tier in laid for each in tier]]
        return laid + tiers[scope:]

    def _lay(self) -> Iterator[list[Form]]:
        """_laid's tiers in its order, each given out once nothing after it can change it (a push of one tier, whose
        held forms move within it, only once all of it is worked out)."""
        if len(self._tiers) == 1:
            yield from self._whole()
            return
        assert self._held is not None
        held, better = self._held
        scope = len(self._tiers) - 1
        waiting: dict[int, list[Form]] = {}
        for at in range(scope):
            current: list[Form] = []
            for form in self._finish(self._tiers[at]):
                if held(form):
                    waiting.setdefault(at, []).append(form)
                    continue
                if waiting and not better(form):  # a form that says less: the held ones first, as tiers
                    if current:
                        yield current
                    yield from waiting.values()
                    current, waiting = [], {}
                current.append(form)
            if current:
                yield current
        yield from waiting.values()
        for tier in self._tiers[scope:]:
            yield list(self._finish(tier))


# Readings 88-89 (s5290, 3.0: "워터뱅크 UV 베리어 선크림은 50ml 정가 32,000원, 1ml당 약 640원입니다." — "ml당
# 가격만 있고 제품 장점 없음"; s5938, 3.0: "조금씩 덜어 쓰는 래디언씨 비타민 스팟 앰플은 10g 한 통 기준 정가
# 32,000원이에요." — "정가만 던져 가성비 설득이 안 됨"): a budget reader wants the price and what the money buys. A form
# that says the price with nothing the product does, holds or is liked for (its name's words aside; a dose, the size or
# a price per ml is no merit alone) goes after the forms of its tier and the later ones (the last tier, the offer
# alone, aside) that say a merit with the price, a review, the dose's reason or the size (the shorter ask: the title
# keeps the style), and before any that says less (Tiers._laid); the bare price only where none of those fits.
BUDGET_MERIT = re.compile(
    "후기|써 본 분|기능성|흡수|촉촉|산뜻|가볍(?!게 둘러)|가벼운|부드럽|부드러운|보습|수분|진정|끈적|백탁|거품|세정|"
    "녹여|녹이|녹는|윤기|광이|광의|매트|밀착|커버|지속|정돈|탄력|미백|주름|쫀쫀|쫀득|제형|사용감|발리|발려|스며|머금|"
    "자외선|피부결|모발|두피|개운|당김|순한|순하게|약산성|얼굴과 몸|온 가족|덧바르|담았|(?<!정성을 )담은|들어 있|보송|"
    "톤업|발색|닦아|씻어|영양|매끈|상쾌|은은|입자|필오프|화장솜|편안|오래 두고 쓸| 향|향의|향이"
)
_BUDGET_REASON = re.compile("후기|써 본 분|한 통|한 병|넉넉|대용량|한 단계|쌀알|소량|펌프|방울|오래 두고 쓸")


def _price_alone(plan: MessagePlan) -> tuple[Callable[[Form], bool], Callable[[Form], bool]] | None:
    """For a budget reader choosing (not a user, whose own line and the reorder offer's title stay as they were), with
    a price to say: whether a form says it with no merit beside it, and whether a form says a merit with the price, a
    review, the dose or the size (see above)."""
    facts = plan.facts
    if plan.angle.key != "budget" or not facts.price or plan.stage not in lines.NEW_STAGES:  # a user knows its merit
        return None
    price = f"{facts.price:,}원"
    name = facts.name

    def merit(text: str) -> bool:
        return any(m.group() not in name for m in BUDGET_MERIT.finditer(text.replace(name, " ")))

    def alone(form: Form) -> bool:
        text = " ".join(s for s in form if s)
        return price in text and not merit(text)

    def better(form: Form) -> bool:
        text = " ".join(s for s in form if s)
        return merit(text) and (price in text or bool(_BUDGET_REASON.search(text.replace(name, " "))))

    return alone, better


class _Finished:
    """A tier's forms worked out as far as they are read (forms.py stops at the first body that fits) and read again
    from the start as often as asked; indexing works the whole tier out."""

    def __init__(self, forms: Iterator[Form]) -> None:
        self._source = forms
        self._reached: list[Form] = []

    def __iter__(self) -> Iterator[Form]:
        at = 0
        while True:
            if at == len(self._reached):
                form = next(self._source, None)
                if form is None:
                    return
                self._reached.append(form)
            yield self._reached[at]
            at += 1

    def __getitem__(self, at: int) -> Form:
        self._reached.extend(self._source)
        return self._reached[at]


# Reading 38 (s2430, 2.5, the only push below 3: "순정 약산성 5.5 진정 토너는 넉넉한 대용량이라 화장솜 팩으로도 부담
# 없이 쓸 수 있습니다. 350ml 넉넉한 용량입니다."): a budget reader's size line (fit.py's volume line, VOLUME) after a
# line that spoke of the size already says it twice. Dropped in that form only: a form whose product line leaves the
# catalog's sentence out keeps it (the reader's reason is said once either way).
SIZE_WORDS = re.compile("대용량|넉넉|용량")


def _size_lines(plan: MessagePlan) -> tuple[str, ...]:
    """The lines a budget push says the size in, on their own (fit.py's volume line, VOLUME)."""
    said = [lines.fill(VOLUME, plan.values)] if plan.facts.volume else []
    if plan.fit is not None and plan.fit.kind == "volume" and plan.fit.short:
        said.append(plan.fit.short)
    return tuple(said)


def _size_once(form: Form, sizes: tuple[str, ...]) -> Form:
    """The form without a size line where another of its lines speaks of the size."""
    kept = [line for line in form if line not in sizes]
    if len(kept) == len(form) or not any(SIZE_WORDS.search(line) for line in kept):
        return form
    return kept


# Reading 47 (s6552, 3.0: "에이지 컨트롤 카멜리아 에멀젼은 동백 오일을 담았어요. 지금 루틴이 익숙해졌다면 이어 쓸
# 다음 단계로 플로라 글로우 로즈 스무딩 크림을 살펴보세요." — "다른 라인 크림으로 넘어가 본품 판매가 약함"): a guide to
# the named next step speaks to someone who uses the product (lines.USER_NEXT_STEP), but its stage (conversion) made
# the push introduce it as if to a chooser. Its body is a user's: the product in hand with why it is worth keeping up
# (the user's product line and reader line, as in the routine stage), then the named next product (NEXT_NAMED_ASKS).
# Not for a budget or trend reader: their chooser's line is the product's own fact (a review, a finish).
def _as_user(plan: MessagePlan, request: GenerationRequest) -> MessagePlan:
    """The plan as a routine user's where the push's event guides to the named next step; else the plan."""
    event = request.evidence.event
    if event is None or NEXT_STEP not in event.name or not plan.values.get("next") or plan.stage == ROUTINE:
        return plan
    if plan.angle.key in QUIET_HELD:  # a budget or trend user's stock line ("매일 쓰는 만큼 한 통을 알뜰히 쓰게
        return plan  # 돼요", "이번 시즌 루틴에도 그대로 두기 좋아요": readings 45-46) would replace their own fact
    return replace(plan, stage=ROUTINE)


def bodies(plan: MessagePlan, request: GenerationRequest) -> Tiers:
    """Sentence lists in tiers, richest first within each: those ending on the styled call to
    action, those ending on its short form, those without one (an offer too long to leave room).
    With an event: the product, the benefit, the whole offer and the call to action; without: the
    reader's opener, the product, the benefit, a second fact for the information style, the call
    to action. A caution is never dropped."""
    point = _point(plan, request)  # the fact the product is known by stays; the reader is its user
    plan = _as_user(plan, request)
    product = product_line(plan, request, point)
    event = request.evidence.event
    if event is not None:
        tiers = _event_forms(plan, request, point, product)
    else:
        tiers = [_plain_forms(plan, request, point, product)]
    phrasing = _reader_phrasing(plan, request, point)
    # round 35: a luxury reader of a product with no anti-ageing function, where the house's research can be said
    house = _house_signature(plan, request)
    proof_first = bool(phrasing) and plan.angle.key == "luxury" and bool(LUXURY_PROOF.search(phrasing.phrase))
    offer = offer_sentence(event, event.invite or "") if event is not None else None
    care = _gentle_start(plan)  # the plan's caution names its strong active whole ("고농도 비타민C")
    budget = plan.angle.key == "budget"
    phrases = value_phrases(plan, request) if budget and point and point.kind == "price" else ()
    sizes = _size_lines(plan) if budget else ()
    modifiers = (phrases or value_phrases(plan, request)) if budget else ()
    # the ask in fewer words (no style's lead), for a form that makes room for the reader's clause (round 32)
    # (a trend reader's own ask keeps its photo: reading 11, s7974)
    own = TREND_ACTIONS.get(plan.cta) if plan.angle.key == "trend" else None
    short_ask = (
        lines.fill(own or SHORT_ACTIONS.get(plan.cta) or _action(plan, plan.cta) or "", _it(plan)) if not event else ""
    )
    # the styles every title says (STYLE_TRACES): a form whose ask gives its lead up for the reader's clause keeps them
    said_styles = [t for t in (STYLE_TRACES.get(x) for x in _styles(plan)) if t]
    promised = titles(plan, event, request.variant, request)  # every title the layout may take says the styles
    titled = all(all(t.search(title) for t in said_styles) for title in promised)
    if not titled:
        short_ask = ""  # the short ask says no style: only where the titles say it (else the lead stays)

    said_of: dict[tuple[str | None, ...], tuple[tuple[str | None, ...], ...]] = {}  # each_said's, by form: this push's

    def finished(tier: list[Form]) -> Iterator[Form]:
        """One tier through every pass, in order."""
        tier = _with_reader_phrase(tier, phrasing, plan.facts.name, proof_first)
        tier = _held_renamed(tier, plan, request)
        if sizes:
            tier = [_size_once(form, sizes) for form in tier]
        natural = plan.angle.key == "natural"
        mild = plan.angle.key == "sensitive" and SENSITIVE_TOLD in _sensitive_told(plan)
        if offer is not None and not (natural or mild):
            tier = [_held_into_offer(form, plan.facts.name, offer) for form in tier]
        if care:
            tier = [_care_once(form, care, (mild_active(plan),)) for form in tier]
        tier = _held_told_first(tier, plan)
        tier = _with_reader_clause(tier, plan, request, short_ask, () if titled else tuple(said_styles))
        if natural or mild:  # the reader's reason after the held line said on, before it goes into the offer
            tier = _natural_held_first(tier, plan) if natural else _mild_held_first(tier, plan)
            if offer is not None:
                tier = [_held_into_offer(form, plan.facts.name, offer) for form in tier]
        tier = _referral_bridged(tier, plan)
        tier = _reason_added(tier, plan, short_ask)
        if budget:
            tier = _units_shortened(tier, plan, request.resolved.brief.tone, phrases)
        said = () if titled else tuple(said_styles)

        def each(form: Form) -> list[Form]:  # the passes from here read one form at a time: each form when reached
            return [told for bought in _unit_bought(form) for told in each_said(bought)]

        def each_said(form: Form) -> list[Form]:
            key = tuple(form)  # a tier gives out one form more than once (_kept_or_all, several tiers): worked out once
            if key not in said_of:
                form = _nouns_once(_definitions_joined(_names_held_once(held_once(form), plan, modifiers), plan))
                told = _luxury_named([_function_joined(_held_into_kind(_plainly_felt(form, plan), plan))], plan)
                said_of[key] = tuple(map(tuple, _in_tone(_asked_warmly(told, request, said), plan, request)))
            return [list(told) for told in said_of[key]]

        laid = _reader_first((told for form in _echo_free(tier) for told in each(form)), plan, house)
        return _cautioned_first(_thin_last(laid, plan.facts.name), plan)

    return Tiers(tiers, finished, _price_alone(plan))


# Round 41 (reading 101, s8443, 2.0, the only message below 3: "민감 피부 고객에게 레티놀 앰플을 테스트·주의 안내 없이
# '오늘 바로' 권함"): a sensitive reader's form with a feel line that reads as theirs ("묽은 로션 제형이라 얇게 펴
# 발리고 …") went first (_reader_first) over the forms that keep the active's caution, so under a plain title the
# caution was gone. For that reader a form that says no caution nor start-slowly tip is a last resort: the tier's forms
# that say one come first, each in its order.
CAUTION_SAID = re.compile("자외선 차단제|저녁에 바르|간격|팔 안쪽|천천히|쉬어 가|이틀에 한 번|발라 보|작은 부위")


def cautioned(plan: MessagePlan) -> bool:
    """Whether the plan's reader is a sensitive one offered an active they should start with care."""
    return plan.angle.key == "sensitive" and bool(plan.caution or mild_active(plan))


def _cautioned_first(tier: Iterable[Form], plan: MessagePlan) -> Iterator[Form]:
    """`tier` with the forms that say a caution (CAUTION_SAID) first where the plan's reader needs one (cautioned),
    lazily; the others after, in their order."""
    if not cautioned(plan):
        yield from tier
        return
    bare: list[Form] = []
    for form in tier:
        if any(s and CAUTION_SAID.search(s) for s in form):
            yield form
        else:
            bare.append(form)
    yield from bare


# Readings 94-95 (s5431: "'민감성도 쓸 수 있다' 한 줄뿐이라 신뢰 포인트가 약함"): the catalog's skin type said as the
# whole product line is a permission, not a reason; it is held back as a thin form is, behind a form that says an
# ingredient, a test or a feel beside it.
def _bare_permission(form: Form, name: str) -> bool:
    """Whether a sentence of `form` says of the product only that sensitive skin may use it."""
    return any(
        s.endswith(SENSITIVE_TOLD) and s.removesuffix(SENSITIVE_TOLD).rstrip().endswith(name + particle_for(name, "은"))
        for s in form
        if s
    )


def _ask_of(form: Form) -> str:
    return next((s for s in reversed(form) if s), "")


def _thin_last(tier: Iterable[Form], name: str) -> Iterator[Form]:
    """Round 39 (83 of 1,500 pushes still the product line and the ask alone): a thin form (thin_form) held back
    within its tier past the later forms that say more and end on the very same ask, so the style's lead, the
    offer and the tier (its titles) stay as they were; it comes back before the first form that asks otherwise
    (a bare permission: before the first that says no mildness either).
    Round 38's held tiers moved thin forms past other asks and lost the FOMO lead and the time title."""
    held: list[Form] = []
    for form in tier:
        if thin_form(form, name) or _bare_permission(form, name):
            held.append(form)
            continue
        ask = _ask_of(form)
        mild = not any(_bare_permission(h, name) for h in held) or _MILD_SAID.search(
            " ".join(s for s in form if s).replace(name, " ")
        )
        if held and (not mild or any(_ask_of(h) != ask for h in held)):  # all of them, in their order
            yield from held
            held = []
        yield form
    yield from held


# Readings 92-93 (s8890, 3.5: "28,000원에 60매, 1매당 약 470원꼴이라 한 장씩 써도 됩니다." — "'한 장씩 써도 됩니다'가
# 어색"): a price per unit said as a permission; said as what it buys the reader (fit.py's BUDGET_PER_UNIT_SHORT_CHEAP
# is the line's source).
_UNIT_PERMISSION = re.compile(r"(당 약 [\d,]+원꼴이라(?: \S+){1,3}) 써도 (?:돼요|됩니다)\.$")


UNIT_BOUGHT = ("부담 없이 쓰기 좋아요.", "쓰기 좋아요.")  # the second as long as the permission it replaces


def _unit_bought(form: Form) -> list[Form]:
    """The form with a price per unit's permission ("…원꼴이라 한 장씩 써도 돼요") said as what it buys ("…한 장씩 부담
    없이 쓰기 좋아요", which 합쇼체 says as "…쓰기 좋습니다"), then in as few words as the permission ("…한 장씩 쓰기
    좋아요"); the form alone where it says none."""
    if not any(s and _UNIT_PERMISSION.search(s) for s in form):
        return [form]
    return [[_UNIT_PERMISSION.sub(rf"\1 {bought}", s) if s else s for s in form] for bought in UNIT_BOUGHT]


# Round 38 (readings 92-93, s7667, 3.0: "수퍼 화산송이 모공 마스크는 화산송이 파우더·카올린을 담은 팩입니다. 겨울이
# 깊어지기 전에 제품 페이지에서 가볍게 둘러보시면 좋겠습니다." — "신뢰 포인트 없이 '둘러보라'만 남아 얇음"; s5259:
# "…이름처럼 프로폴리스 추출물을 담았습니다. …상담을 신청해 보십시오." — "제품 소개 한 줄과 상담 권유가 따로 놀아"):
# a push whose only lines are what the product holds or is and the ask gives the reader no reason to act. Before each
# such form come the same with the catalog's own claim for this reader (ranked for the angle: what it does, how it
# feels) said after the product line, then with the shorter ask, then the claim said with the product as its topic
# (the held list giving way), so the push keeps a reason wherever one fits; the bare form stays last.
REASON_CLAIM_CHARS = 40  # a longer claim would never fit beside the name and the ask
REASON_CLAIMS = 3
_OFFER_SAID = re.compile("드려요|드립니다|적립|증정|무료|쿠폰|할인|포장|샘플|미니어처|세트|주문하시면|구매하시면|후기")
_HOLDING = frozenset({"담았", "담은", "들어 있"})
# a trust point: the house's research ("피부 장벽을 연구해 온 에스트라가 만들어"), a test, a figure held; the referral's
# bridge ("…을 담아 성분을 꼼꼼히 보는 분께 권하기 좋습니다"), the price's value ("…이라 부담 없이 건네기 좋습니다")
_TRUST_SAID = re.compile(r"연구|만들어|테스트|임상|인증|\d+%|권하기 좋|건네기 좋|부담 없")
_PRICE_SAID = re.compile(r"\d원")
_TOPIC_OPENING = re.compile(
    r"^\S+[은는이가] "
)  # a claim with a subject of its own ("거품이 …") keeps it beside a topic


def thin_form(form: Form, name: str) -> bool:
    """Whether a form says only the product line (what it holds or is, no merit: BUDGET_MERIT less the holding words,
    no mildness, no trust point) and the ask, with no offer."""
    said = [s for s in form if s]
    if len(said) != 2 or name not in said[0] or _OFFER_SAID.search(" ".join(said)):
        return False
    line = said[0].replace(name, " ")
    if _MILD_SAID.search(line) or _TRUST_SAID.search(line):  # a sensitive reader's reason, a trust point
        return False
    return not any(m.group() not in _HOLDING and m.group() not in name for m in BUDGET_MERIT.finditer(line))


def _reason_claims(plan: MessagePlan, line: str) -> list[str]:
    """The catalog's claims (ranked for the reader) short enough for a push that say no more than half their words
    again after `line`, the first REASON_CLAIMS of them (a shorter one fits where the first does not)."""
    said, season = _stems(line), plan.values.get("season", "")
    found = []
    for claim in plan.facts.feature_claims:  # nothing out of season ("더운 계절에 쓰기 좋아요" in winter)
        words = _stems(claim)
        if off_season(claim, season):
            continue
        if len(claim) <= REASON_CLAIM_CHARS and len(words & said) * 2 < len(words) and not claim.startswith("이 "):
            found.append(claim)
    return found[:REASON_CLAIMS]


def _reason_added(tier: list[Form], plan: MessagePlan, short_ask: str = "") -> list[Form]:
    """Each thin form (thin_form) preceded by the same with the catalog's claim for the reader (see above)."""
    name = plan.facts.name
    out: list[Form] = []
    for form in tier:
        if not thin_form(form, name) or _PRICE_SAID.search(form[0] or ""):  # a bare price: _price_alone holds it
            out.append(form)
            continue
        line, ask = [s for s in form if s]
        claims = _reason_claims(plan, line)
        asks = [ask] + ([short_ask] if short_ask and short_ask != ask else [])
        out += [[line, claim, each] for each in asks for claim in claims]
        head = line[: line.find(name)] if name in line else None
        if head is not None and line[len(head) + len(name) :].startswith(("은 ", "는 ", "에는 ")):
            # round 39: the opening's own words kept ("이번 시즌 새로 만나 볼 X은 …"), the claim in the list's place
            topic = f"{head}{name}{particle_for(name, '은')} "
            out += [[topic + claim, each] for each in asks for claim in claims if not _TOPIC_OPENING.match(claim)]
        out.append(form)
    return out


def name_own_words(name: str, ingredients: Iterable[str]) -> tuple[str, ...]:
    """The first words of the key ingredients the product's name carries ("아줄렌" of 카밍 샷 아줄렌 크림)."""
    return tuple(i.split()[0] for i in ingredients if i and i.split()[0] in name.split())


def _says_own_again(sentence: str, name: str, own: tuple[str, ...]) -> bool:
    """Whether a sentence names the product and again an ingredient its name carries, other than as the name's
    promise kept ("이름처럼 …") or the signature beside what the formula adds to it (round 34: _luxury_named)."""
    return (
        name in sentence
        and "이름처럼" not in sentence
        and "더했" not in sentence
        and any(w in sentence.replace(name, "") for w in own)
    )


_SENTENCE_END = re.compile(r"(?<=[.!?]) ")


def name_echoed(body: str, name: str, own: tuple[str, ...]) -> bool:
    """Whether a push body says the name's own ingredient again beside the name (readings 45, 48: "카밍 샷 아줄렌
    크림은 아줄렌과 마데카소사이드를 담았어요"). Round 41: _reader_first only puts such a form last, so the strict
    passes that pass over a body saying a phrase twice (phrase_twice) must pass over this one too, else the next form
    of the tier is the echo (test_push's name's-own-ingredient test failed on round 40's push branch)."""
    return bool(own) and any(  # a figure says more than the name ("순수 레티놀 0.1%를 담은 …": _name_held_once)
        _says_own_again(s, name, own) and "%" not in s.replace(name, "") for s in _SENTENCE_END.split(body)
    )


# Round 33 (readings 76-81: about 34 of ~76 pushes at 3.0-3.5, most "관점 없음"; s1090, s3362, s7342: "럭셔리 고객 관점
# 없음", s9129, s8238: "내추럴 고객 관점이 없음"): within a tier the forms came in the order they were built, each form
# with the reader's clause right before the same form without it, so a form with a stock line ("손에 익은 한 단계일수록
# 오래 곁에 두게 돼요") that fit was taken before a shorter form of the same tier that said the reader's clause.
# Each tier's forms that say something for the reader now come first, in their order; the tier (its ask, its offer,
# its caution) is the same either way, and the titles keep the style.
def _reader_first(tier: Iterable[Form], plan: MessagePlan, house: tuple[str, ...] | None = None) -> Iterator[Form]:
    """`tier` with the forms that say something for the plan's reader first, each group in its order; `house`: a
    luxury reader whose house can be said hears only what _luxury_heard reads as theirs (round 35). Lazily: a form of
    the first group is given out as soon as it is worked out."""
    name = plan.facts.name
    own = name_own_words(name, plan.facts.ingredients)

    def echoed(form: Form) -> bool:  # the name's own ingredient said again beside it (readings 45, 48): not promoted
        return bool(own) and any(_says_own_again(s, name, own) for s in form if s)

    function = _luxury_function(plan.facts) if plan.angle.key == "luxury" else ""  # a registered function outranks

    hollow = _hollow_for(plan)

    def hears(form: Form) -> int:  # a figure for a luxury reader (reading 30-31: "기능성" is their line)
        text = _heard_text([s for s in form if s], hollow, name)
        if house is not None and _luxury_heard(text, house) and not echoed(form):  # round 35: the house, what ages
            return 2
        reviewed = house is not None and bool(_LUXURY_REVIEW.search(text))  # then a firmness review, as before
        return int((_hears_reader(plan, text) or reviewed) and not echoed(form) and (not function or "기능성" in text))

    top = 1 if house is None else 2  # the rank first given out: its forms go as they come, the others after
    later: list[list[Form]] = [[] for _ in range(top)]
    for form in tier:
        rank = hears(form)
        if rank == top:
            yield form
        else:
            later[rank].append(form)
    for rank in reversed(range(top)):
        yield from later[rank]


# Readings 62-65 (18 of 86 pushes at 3.0-3.5; s5988: "성분 근거를 찾는 럭셔리 고객에게 줄 정보가 없음", s2970: "가성비
# 고객에게 설득할 근거 없음", s1450, s9522, s2711): a push whose form says nothing for its reader (no ingredient or
# registered function for a luxury reader, no price or size for a budget one, no mildness for a sensitive one, no
# source for a natural one, no finish or texture for a trend one) is offered first with one short clause that does,
# from the catalog only (none where it states nothing): it replaces a stock reader line the form has, else it goes
# before the ask; the push's room decides, as for every form.
LUXURY_HELD_NEW = "눈여겨볼 성분은 {ingredients}(이)에요."  # a chooser: what to look at
LUXURY_HELD_SHORT = "{ingredients}을 담았어요."
# Round 42 (reading 104, s2708 올리브 비타민 E 리얼 오일 미스트, a luxury user: "'비타민E를 담았어요'가 뚝 끊기고 럭셔리
# 고객 관점 없음"): a user's product named for its own ingredient hears what the formula adds to it as why it is kept
# with trust (fit.LUXURY_FORMULA_ADDED's fact; the name says the signature), never the bare name alone.
LUXURY_ADDED_KEPT = "{one}까지 더한 구성이라 믿고 이어 쓰기 좋아요."
LUXURY_USER_HELD = "곁에 두고 쓰는 이 {noun}에는 {held} 들어 있어요."  # a user's: what the product in hand holds
LUXURY_FUNCTION = "{phrase} 화장품이에요."  # the catalog's registered function ("주름 개선 기능성")
NATURAL_SOURCE = "{ingredient}처럼 자연에서 얻은 원료가 들어 있어요."
_LUXURY_HEARD = re.compile(r"기능성|\d+(?:\.\d+)?%|세대|연구해|브랜드(?:예요|입니다)")  # a line's generation, the house
# not "부담 없이", "알뜰" alone: "매일 쓰는 제품이라 부담 없이 건네기 좋아요" names no price (round 32)
_BUDGET_HEARD = re.compile(r"[\d,]+원|후기|한 통|넉넉|대용량|한 단계|쌀알|소량|펌프")
_SENSITIVE_HEARD = re.compile(
    "민감|예민|순한|순하게|저자극|자극|진정|약산성|무향|편안|안심|붉은기|테스트|작은 부위|얇게|팔 안쪽|천천히 시작"
)  # the caution or start-slowly line is theirs (round 33: a form without it never goes first)
_NATURAL_HEARD = re.compile("자연|에서 얻은|유래|발효|제주|순한|순하게|편안")
# what users say among themselves is a trend reader's too ("써 본 분들 사이에서 … 이야기가 이어져요"); not the trendy
# tone's words before a name ("요즘 쓰고 계신 X은", "요즘 눈여겨볼 X은")
# round 34: how it goes on is their texture too ("크림처럼 부드럽게 펴 발리며", "물처럼 가볍게 스며들어"), said without
# "새로 써 보면" (_plainly_felt)
_TREND_HEARD = re.compile(f"{TREND_WORDS.pattern}|새로|요즘|재미|사이에서|이야기가 이어|발리|발려|스며들")
_TREND_TONE_WORDS = re.compile("요즘 (?:루틴에서 )?(?:쓰고 계신|눈여겨볼) ")
READER_CLAUSE_MOST = 3  # sentences a form may have before the clause: a push stays short


def _hears_reader(plan: MessagePlan, text: str) -> bool:
    """Whether `text` (a form's sentences, the product's name cut out) says something for the plan's reader."""
    key = plan.angle.key
    if key == "luxury" and _luxury_function(plan.facts):  # a registered function outranks what it holds
        return bool(_LUXURY_HEARD.search(text))
    if key == "luxury":  # an ingredient of one syllable counts whole ("성분표에서 꿀 추출물을 확인할 수 있어요")
        whole = any(i in text for i in plan.facts.ingredients if i)
        heads = [i.split()[0] for i in plan.facts.ingredients if len(i.split()[0]) >= 2]  # only a luxury reader's
        return bool(_LUXURY_HEARD.search(text) or _HELD_SAID.search(text)) or whole or any(h in text for h in heads)
    if key == "budget":
        return bool(_BUDGET_HEARD.search(text))
    if key == "sensitive":
        return bool(_SENSITIVE_HEARD.search(text))
    if key == "natural":
        natural = _natural_ingredient(tuple(plan.facts.ingredients))
        return bool(_NATURAL_HEARD.search(text)) or bool(natural and natural.split()[0] in text)
    if key == "trend":
        text = _TREND_TONE_WORDS.sub("", text)  # a format or finish the catalog states is theirs (TREND_LOOK)
        return bool(_TREND_HEARD.search(text) or TREND_LOOK.search(text))
    return True


def _luxury_function(facts: ProductFacts) -> str:
    """The registered function a luxury reader weighs ("주름 개선 기능성"); not sun protection, which every sunscreen
    states (the title often says it too)."""
    phrase = _function_phrase(facts)
    return "" if "자외선" in phrase else phrase


def reader_clauses(plan: MessagePlan, request: GenerationRequest) -> tuple[str, ...]:
    """Short sentences for the plan's reader from the catalog (see above), the fuller first; none where it states
    nothing for them."""
    key = plan.angle.key
    facts = plan.facts
    if key == "luxury":
        house = _luxury_house(plan, request)
        held = _luxury_held_clauses(plan, request)
        if house and not LUXURY_AGEING.search(_luxury_function(facts)):  # round 35: the house's research first;
            # a sharer passes it on for the house, never for a helper ("실리카 파우더를 담아 … 권하기 좋아요")
            signature = _house_signature(plan, request) or ()
            bridged = plan.stage == REFERRAL and plan.cta not in REVIEW_ASKS  # held clauses: REFERRAL_BRIDGE's
            kept = [c for c in held if not bridged or "기능성" in c or _luxury_heard(c, signature)]
            return (house, _luxury_house(plan, request, made=True), *kept)
        return held
    return _other_clauses(plan, request)


# Readings 86-87 (s6180, 에스트라 크림: "세라마이드를 담았어요" — "성분 한 줄뿐이라 에스트라의 첫 신뢰 포인트와
# 럭셔리 고객 근거가 얇음"; s5744, 이니스프리 여드름 클렌저: "여드름성 피부 완화 기능성 … 럭셔리 안티에이징 고객과
# 무관"; s4319, 에스쁘아 쿠션: "럭셔리·근거 중심 고객에게 맞는 포인트가 없음"): a luxury reader of a product with no
# anti-ageing function heard a helper ingredient or a function they do not weigh. Where the brand's story states its
# research (fit.py's brand_research: "섬에서 얻은 원료", "피부 장벽", "컬러와 피부 표현"), that is their clause
# first, in the reader's terms: a chooser hears the house as fit.py's line says it, a user why it is trusted in use, a
# sharer why it is passed on with trust. A helper ingredient alone no longer counts as their line where the house can
# be said (_luxury_heard). push_r35_check strict_luxury 191 -> 175 of 300.
LUXURY_AGEING = re.compile("주름|미백|탄력")
LUXURY_HOUSE_NEW = fits.LUXURY_BRAND_SHORT  # "{brand}은 {subject}을 연구해 온 브랜드예요."
LUXURY_HOUSE_KEPT = "{brand}은 {subject}을 연구해 온 브랜드라 믿고 쓰기 좋아요."
LUXURY_HOUSE_SHARED = "{brand}은 {subject}을 연구해 온 브랜드라 믿고 {give} 좋아요."
# the same said of the product, in place of its definition where the push has no room for a sentence more (_name_told)
LUXURY_MADE_NEW = "{subject}을 연구해 온 {brand}가 만들었어요."  # fit.py's function line says it so (reading 62)
# Round 41 (reading 101, s4229: "비자 시카 밤 EX는 섬에서 얻은 원료를 연구해 온 이니스프리가 만들어 믿고 쓰기 좋아요"
# — "'…연구해 온 이니스프리가 만들어' 연결이 어색"): a long modifier before the brand, then a second verb chained on:
# the brand made it from its research, and that is why it is trusted.
LUXURY_MADE_KEPT = "{brand}가 {subject}을 연구해 만든 제품이라 믿고 쓰기 좋아요."
LUXURY_MADE_SHARED = "{brand}가 {subject}을 연구해 만든 제품이라 믿고 {give} 좋아요."
_LUXURY_STRICT = re.compile(r"주름|미백|탄력|\d+(?:\.\d+)?%|세대|연구해|브랜드(?:예요|입니다)")
_LUXURY_REVIEW = re.compile("탄탄|윤기")  # a firmness or glow review: theirs, after the house (_reader_first)


def _luxury_house(plan: MessagePlan, request: GenerationRequest, made: bool = False) -> str:
    """A luxury reader's clause on the house's research (see above), "" where the story states none; `made`: said of
    the product ("…을 연구해 온 에스트라가 만들었어요")."""
    if plan.angle.key != "luxury":
        return ""
    subject = fits.house_research(plan.facts, request.resolved.brand.story or "")
    brand = plan.values.get("brand", "")
    if not subject or not brand or ("피부" in subject and plan.facts.category in SKINLESS):
        return ""
    values = {"brand": brand, "subject": subject}
    if plan.stage == REFERRAL:
        if plan.cta in REVIEW_ASKS:
            return ""
        give = "건네기" if plan.cta in GIFT_ASKS else "권하기"
        return lines.fill(LUXURY_MADE_SHARED if made else LUXURY_HOUSE_SHARED, values | {"give": give})
    if plan.stage == ROUTINE:
        return lines.fill(LUXURY_MADE_KEPT if made else LUXURY_HOUSE_KEPT, values)
    return lines.fill(LUXURY_MADE_NEW if made else LUXURY_HOUSE_NEW, values)


def _luxury_heard(text: str, signature: tuple[str, ...] = ()) -> bool:
    """Whether `text` says what a luxury reader weighs where the house can be said: an anti-ageing function, a
    figure, a generation, an active, the house itself or the ingredient its research names
    (`signature`: 설화수's 인삼), not a helper ingredient, nor an acne or UV function."""
    return bool(_LUXURY_STRICT.search(text)) or any(a in text for a in (*LUXURY_ACTIVES, *signature))


def _house_signature(plan: MessagePlan, request: GenerationRequest) -> tuple[str, ...] | None:
    """The product's ingredients the house's research names (_luxury_heard), None where no house can be said."""
    if not _luxury_house(plan, request) or LUXURY_AGEING.search(_luxury_function(plan.facts)):
        return None
    subject = fits.house_research(plan.facts, request.resolved.brand.story or "") or ""
    heads = (i.split()[0] for i in plan.facts.ingredients if i and len(i.split()[0]) >= 2)
    return tuple(h for h in heads if h in subject)


def _luxury_held_clauses(plan: MessagePlan, request: GenerationRequest) -> tuple[str, ...]:
    """A luxury reader's clauses from what the product holds or its registered function (reader_clauses)."""
    facts = plan.facts
    phrase = _luxury_function(facts)
    if phrase:
        return (lines.fill(LUXURY_FUNCTION, {"phrase": phrase}),)
    own = [i for i in facts.ingredients if i and not names_product(i, facts.name)]
    if not own:
        return ()
    one = next((i for i in own if any(a in i for a in LUXURY_ACTIVES)), own[0])  # an anti-ageing active first
    if plan.stage == REFERRAL and plan.cta not in REVIEW_ASKS:  # why it is worth passing on (s7657), to whom
        # it matters (REFERRAL_BRIDGE's), not "…을 담은 제품이라 권하기 좋아요" (round 32: s2598's causal)
        give = "건네기" if plan.cta in GIFT_ASKS else "권하기"
        said = {"head": f"{one}{particle_for(one, '을')}", "verb": "담아", "whom": BRIDGE_WHOM, "give": give}
        return (lines.fill(REFERRAL_BRIDGE, said),)  # never "…을 담아 건네기 좋아요" alone: no reason
    if plan.stage == ROUTINE:  # a user: what the product in hand holds, said plainly (reading 47, s6552); never
        # "민트 추출물을 담은 제품이라 오래 곁에 두게 돼요" (reading 74, s2598: "인과 어색", "논리 비약")
        held_in = f"{one}{particle_for(one, '이')}"
        user_held = lines.fill(LUXURY_USER_HELD, {"noun": facts.noun, "held": held_in})
        # round 33 (s3362, s4628, s7342: "럭셔리 고객 관점 없음" where the user's line had no room beside an
        # offer and a stock "손에 익은 한 단계일수록 …" stayed): the same fact in fewer words after it
        if one.split()[0] in facts.name:  # said beside the name: never the name's own ingredient (reading 45)
            return (user_held,)
        if request.resolved.stage.index != ROUTINE:  # a next step's user (_as_user) hears the product in hand
            return (user_held,)
        signature = next((i for i in facts.ingredients if i and names_product(i, facts.name)), "")
        if signature:  # round 42 (s2708): what it adds to the name's own, as trust (LUXURY_ADDED_KEPT)
            return (user_held, lines.fill(LUXURY_ADDED_KEPT, {"one": one}))
        return (user_held, lines.fill(LUXURY_HELD_SHORT, {"ingredients": one}))
    return _luxury_held_lines(plan, own, one)


def _luxury_held_lines(plan: MessagePlan, own: list[str], one: str) -> tuple[str, ...]:
    """A chooser's (or a user's) held lines: the two ingredients, the first, then the shortest where no frame fits."""
    shape = LUXURY_HELD_NEW if plan.stage in lines.NEW_STAGES else INGREDIENTS
    said = [lines.fill(shape, {"ingredients": "·".join(own[:2])}), lines.fill(shape, {"ingredients": one})]
    said.append(lines.fill(LUXURY_HELD_SHORT, {"ingredients": one}))  # the shortest, where no frame fits
    return tuple(dict.fromkeys(said))


def _other_clauses(plan: MessagePlan, request: GenerationRequest) -> tuple[str, ...]:
    """reader_clauses() for every reader but a luxury one."""
    key = plan.angle.key
    facts = plan.facts
    fitted = _fit_clause(plan, request)
    if key == "budget":
        unit = unit_price_line(plan, request) if plan.stage != ROUTINE else None  # no per-ml price to a keeper
        said = [unit] if unit else []
        if facts.volume and facts.generous:
            said.append(lines.fill(VOLUME, plan.values))
        shared = _shared_price(plan, request)  # a sharer's price says why it is easy to pass on: never the short one
        said += [fitted, shared, "" if shared else _short_price(plan, request)]
        return tuple(dict.fromkeys(c for c in said if c))
    if key == "sensitive":
        if plan.caution or _gentle_start(plan):  # the care line is their line
            return ()
        if SENSITIVE_TOLD in _sensitive_told(plan):
            return (SENSITIVE_TOLD,)
        if plan.stage in lines.NEW_STAGES:
            return (CATEGORY_PATCH_TIPS.get(facts.category, READER_HOOKS["sensitive"][0]),)
        user = USER_HOOKS.get(plan.stage, {}).get("sensitive", "")
        return tuple(c for c in (_sensitive_part(plan, user) if user else "", fitted) if c)
    if key == "natural":
        natural = _natural_ingredient(tuple(facts.ingredients))
        said = [fitted, _feature_clause(plan, NATURAL_COMFORT)]
        if not any(said):  # fit.py's other lines for this reader (the plan chose none: a comfort, a light feel)
            found = fits.natural_fits(facts, (plan.review,) if plan.review else ())
            said.append(next((f.short for f in found if f.short and not _NOT_PREDICATE.search(f.short)), ""))
        if natural and natural.split()[0] not in facts.name:
            said.insert(0, lines.fill(NATURAL_SOURCE, {"ingredient": natural}))
        return tuple(dict.fromkeys(c for c in said if c))
    if key == "trend":
        feature = _trend_feature(plan)
        fits_line = bool(feature) and len(feature) <= TREND_USER_FACT_CHARS and not _names_noun(feature, facts.noun)
        said = [lines.fill(FEATURED_SAID, {"feature": feature})] if fits_line and framable(feature) else []
        return tuple(dict.fromkeys(c for c in (*said, fitted, _feature_clause(plan, TREND_LOOK)) if c))
    return ()


# Round 32 (readings 70-75, s3688, s9301: "트렌드 고객의 새로움을 건드리지 못함"; s6301, s5169, s1670: "자연 유래 관점
# 없음"): a trend reader's texture, finish or format and a natural reader's comfort the catalog states as a feature of
# its own ("손으로도 쉽게 나는 쫀쫀한 거품", "헹군 뒤 당기지 않는 부드러운 거품", "예민해진 피부도 편한 순한 사용감"),
# where no framed line or fit.py line has one: said as the product's quality ("…이 돋보여요"), or where it reads as a
# clause as its own sentence ("…이 특징이에요"); in winter none selling coolness.
TREND_LOOK = re.compile(
    "피니시|광|매트|벨벳|발색|컬러|톤업|제형|텍스처|캡슐|스틱|젤|쫀쫀|쫀득|말랑|터지|보송|물처럼|거품|입자|스포이트|색상"
    "|밀착|블러|글로우|커버|마무리|피부 표현|팁"
)
NATURAL_COMFORT = re.compile("순한 사용감|순하게|당기지 않|당김이 적|자극 없이|편안하게|향료를 넣지 않")
FEATURE_CLAUSE_CHARS = 24


def _feature_clause(plan: MessagePlan, words: re.Pattern[str]) -> str:
    """The first of the catalog's features that says `words`, as a sentence (see above); "" where none does."""
    values, facts = plan.values, plan.facts
    for feature in dict.fromkeys(
        f for f in (values["reason"], values["feature"], values["feature2"], *facts.features) if f
    ):
        if not words.search(feature) or len(feature) > FEATURE_CLAUSE_CHARS or _names_noun(feature, facts.noun):
            continue
        if _winter(plan) and COOL_WORDS.search(feature):
            continue
        if framable(feature):
            return lines.fill(FEATURED_SAID, {"feature": feature})
        return feature_sentence(plan, feature)
    return ""


# Round 32 (readings 70-75: of ~300 pushes each, budget 122, natural 112, trend 91 said nothing for their reader;
# s3702, a budget reader: "오일에서 거품으로 바뀌는 … 클렌저입니다. 처음이라 낯선 마음이라면 …" — "가성비 관점 없음";
# s6301, s1619, s3088: "자연 유래 관점 없음"; s3688): reader_clauses had a line only where the catalog gave its one
# shape (a cheap price per ml, a plant ingredient off the name, a short framable finish), while fit.py had the
# reader's own evidence for most of the rest (what users said, how little one use takes, a plant source or a comfort
# the catalog states, a texture as something new). That line (its push length) is the reader's clause too; for a
# budget reader no price figure that reads dear (PER_UNIT_MOST) or no bargain (the everyday buy in its place).
FIT_CLAUSE_KINDS = {
    "budget": frozenset({"review", "dose", "one_step", "volume", "value"}),
    "natural": frozenset({"origin", "comfort", "earth", "mild"}),
    "trend": frozenset({"finish", "review", "texture"}),
    "sensitive": frozenset({"mild", "soothing", "test", "sensitive_type"}),
}
_NATURAL_REVIEW = re.compile("순하게|편안|당기지|당김")


def _fit_clause(plan: MessagePlan, request: GenerationRequest) -> str:
    """fit.py's line for the plan's reader in push length where it is theirs (FIT_CLAUSE_KINDS), else ""."""
    fit, key = plan.fit, plan.angle.key
    if fit is None or not fit.short:
        return ""
    natural_review = key == "natural" and fit.kind == "review" and bool(_NATURAL_REVIEW.search(fit.short))
    if fit.kind not in FIT_CLAUSE_KINDS.get(key, ()) and not natural_review:
        return ""
    if key != "budget":
        return fit.short
    if plan.stage == REFERRAL and fit.kind == "value":  # no price computed for a sharer (SHARER_FIT_KINDS)
        return ""
    if _dear_said(fit.short):
        return ""
    if any(_unbargained(*m.groups()) for m in _UNIT_FIGURE.finditer(fit.short)):
        return _everyday_line(plan, request) if plan.stage in lines.NEW_STAGES else ""
    return fit.short


# Round 32 (reading 74, s2466, a budget sharer: "…에센스 워터는 동백 추출물을 담고 있어 성분을 꼼꼼히 보는 분께 권하기
# 좋습니다" — "가성비 고객에 성분 각도"): what a budget reader passes on is what buying it costs, the catalog's everyday
# price and size (fit.BUDGET_SHARE_PRICE's, in push length), for a brand that talks price, no premium line and no
# make-up shade.
SHARED_PRICE = "{volume}에 {price}원이라 부담 없이 {give} 좋아요."


def _shared_price(plan: MessagePlan, request: GenerationRequest) -> str:
    """A budget sharer's everyday price as why it is easy to pass on (SHARED_PRICE), else ""."""
    facts = plan.facts
    if plan.stage != REFERRAL or plan.cta in REVIEW_ASKS or not voice_of(request.resolved.brand).price_talk:
        return ""
    if facts.premium or facts.category in MAKEUP or not (facts.price and facts.volume):
        return ""
    if facts.price > fits.EVERYDAY_PRICE:
        return ""
    give = "건네기" if plan.cta in GIFT_ASKS else "권하기"
    return lines.fill(SHARED_PRICE, {"volume": facts.volume, "price": f"{facts.price:,}", "give": give})


# Round 33 (readings 76-81, s3405: "가성비 고객 관점·제품 근거 얕음"; s1686: "가성비 고객이 볼 가격·후기 근거가 없음";
# of ~300 budget pushes 71 had a clause that found no room, most beside an offer): the catalog's price and size in the
# fewest words, the last clause tried, for a house that talks price and an everyday product bought by size (no premium
# line, no make-up shade, none dearer than fit.EVERYDAY_PRICE: a dear price alone is no reason to a budget reader).
SHORT_PRICE = "{volume} {price}원이라 부담 없어요."


def _short_price(plan: MessagePlan, request: GenerationRequest) -> str:
    """A budget reader's price and size in few words (SHORT_PRICE), else ""."""
    facts = plan.facts
    if not voice_of(request.resolved.brand).price_talk or facts.premium or facts.category in MAKEUP:
        return ""
    if not (facts.price and facts.volume) or facts.price > fits.EVERYDAY_PRICE:
        return ""
    return lines.fill(SHORT_PRICE, {"volume": facts.volume, "price": f"{facts.price:,}"})


# Round 42 (readings 102-105: 17 of the 43 messages at 3.0 were pushes, nearly all "<persona> 고객 관점 없음"; s8833, a
# trend reader: "요즘 루틴에 새로운 재미를 더해 볼 때입니다. 순행클렌징오일은 물을 더하면 뽀얗게 유화되어 …" — "트렌드
# 고객이 좋아할 새로움·메이크업 포인트가 없음"; s3623, a sensitive reader under "순한 사용감부터 확인하고 고르시나요?"):
# a stock reader line (an opener, a user's hook) names the reader's words but states nothing of the product, so it
# no longer counts as the reader's reason: the form is offered with the catalog's clause in its place. A sensitive
# reader's patch tip is a real way to start and still counts, as does a sensitive giver's "피부 타입부터 살펴보면".
def _hollow_for(plan: MessagePlan, clauses: tuple[str, ...] = ()) -> frozenset[str]:
    """The stock reader lines of the plan (_stock_for) that say the reader's words but no fact or tip of theirs (nor
    one of the reader's `clauses`: where that is all the catalog gives, it is their line)."""
    hollow = _CLAUSES.get(plan, "hollow")
    if hollow is None:
        tips = {lines.fill(line, plan.values) for line in (*READER_HOOKS["sensitive"], USER_GIFT_HOOKS["sensitive"])}
        hollow = _stock_for(plan) - tips - set(CATEGORY_PATCH_TIPS.values()) - set(clauses)
        _CLAUSES.put(plan, "hollow", hollow)
    return hollow


def _heard_text(said: list[str], hollow: frozenset[str], name: str) -> str:
    """What a form says to its reader, the name cut out: not its stock lines, nor its ask (the last sentence: "쓰던
    제품과 발림·마무리를 비교해 보세요" names a finish but tells none of the product)."""
    told = said[:-1] if len(said) > 1 else said
    return " ".join(s for s in told if s not in hollow).replace(name, " ")


def _stock_for(plan: MessagePlan) -> frozenset[str]:
    """The reader lines that state no fact of the product, which the clause replaces where a form has one."""
    key = plan.angle.key
    stock = {*READER_HOOKS.get(key, ()), *(bank.get(key, "") for bank in USER_HOOKS.values())}
    stock |= {USER_GIFT_HOOKS.get(key, ""), *OPENERS.get(key, ()), *STATEMENT_OPENERS.get(key, ())}
    return frozenset(lines.fill(line, plan.values) for line in stock if line)


_CLAUSES: OwnedCache[tuple] = OwnedCache(256)  # by the plan's identity (with the request's, checked): see below


# Round 37 (a trend push at retention, 설화수 자음생크림: "자음생크림은 바른 뒤에 끈적임 없이 은은한 윤기가 남아요.
# 끈적임 없이 남는 은은한 윤기, 새로운 사용감을 찾는 분이라면 반가울 거예요."): fit.py's fact came back as the reader's
# clause after a product line that said it in other words and another order. A clause that carries the fit's fact
# is left out where one sentence of the form says most of the fact's content stems already.
FIT_SAID_LEAST = 3  # fewer stems than this are too few to call a restatement


def _fit_said(plan: MessagePlan, clause: str, said: list[str]) -> bool:
    """Whether `clause` carries fit.py's fact and a sentence of the form already says most of its content stems."""
    fact = plan.fit.fact if plan.fit else ""
    if not fact or fact not in clause:
        return False
    words = _stems(fact) - _stems(plan.facts.name)
    if len(words) < FIT_SAID_LEAST:
        return False
    return any(len(words - _stems(s)) * 2 <= len(words) for s in said if fact not in s)


def _with_reader_clause(
    tier: list[Form],
    plan: MessagePlan,
    request: GenerationRequest,
    short_ask: str = "",
    styles: tuple[re.Pattern[str], ...] = (),
) -> list[Form]:
    """Each form that says nothing for its reader preceded by the same form with one of reader_clauses() in it:
    in place of a stock reader line after the name, else right after the sentence that names the product (before an
    offer), a stock opener before the name giving way; never beside a sentence that ends on the same noun ("…클렌징
    오일이에요. 눈여겨볼 성분은 올리브 오일이에요."). Round 32 (readings 70-75: "가성비 관점 없음", "자연 유래 관점
    없음" where the clause had no room beside the style's lead): each form is offered with its clause in place of the
    product's definition where nothing else fits (_name_told), then with the ask's lead given up (where the titles or
    the form still say the style) and, with no event, the ask said short (`short_ask`), before the form without the
    clause, so that the reader's reason outlasts the lead."""
    known = _CLAUSES.get(plan, "clauses")  # a push's tiers ask for them with one plan and request: worked out once
    if known is None or known[0] is not request:
        known = (request, reader_clauses(plan, request))
        _CLAUSES.put(plan, "clauses", known)
    clauses = known[1]
    if not clauses:
        return tier
    name = plan.facts.name
    stock = _CLAUSES.get(plan, "stock")
    if stock is None:
        stock = _stock_for(plan)
        _CLAUSES.put(plan, "stock", stock)
    heads = [i.split()[0] for i in plan.facts.ingredients if len(i.split()[0]) >= 2]
    house = _luxury_house(plan, request) in clauses[:1]  # round 35: the house's research first, a helper no line
    signature = (_house_signature(plan, request) or ()) if house else ()
    housed = clauses[:2] if house else ()
    hollow = _hollow_for(plan, clauses)
    out: list[Form] = []
    for form in tier:
        said = [s for s in form if s]
        text = _heard_text(said, hollow, name)
        heard = _hears_reader(plan, text)
        if len(said) < 2 or (_luxury_heard(text, signature) if house else heard):
            out.append(form)
            continue
        text = " ".join(said)
        # a form whose helper ingredient was their line before (round 35) takes the house only: never a helper said
        # again in another place ("…적립돼요. 세라마이드가 들어 있어요.")
        fresh = [c for c in (housed if heard else clauses) if not any(h in text for h in heads if h in c)]
        fresh = [c for c in fresh if not _fit_said(plan, c, said)]
        if "눈여겨" in text:  # "요즘 눈여겨볼 X는 …": not "눈여겨볼 성분은" after it
            fresh = [c.replace(LUXURY_HELD_NEW.split(" {", 1)[0], INGREDIENTS.split(" {", 1)[0]) for c in fresh]
        last = max(i for i, s in enumerate(form) if s)
        named = next((i for i, s in enumerate(form) if s and name in s and i < last), last - 1)
        stocked = [i for i, s in enumerate(form) if s in stock]
        after = next((i for i in stocked if i > named), None)
        added: list[Form] = []
        if after is not None:
            added = [[*form[:after], c, *form[after + 1 :]] for c in fresh if not _same_end(form[named], c)]
        elif stocked or len(said) <= READER_CLAUSE_MOST:  # an opener before the name gives way
            kept = [s for i, s in enumerate(form) if i not in stocked]
            at = named - sum(i < named for i in stocked)
            added = [[*kept[: at + 1], c, *kept[at + 1 :]] for c in fresh if not _same_end(kept[at], c)]
        toned = name_price_shape(plan, request.resolved.brief.tone).split("{product}")[0]  # the tone's words first
        # a chooser's words ("요즘 눈여겨볼"), never a user's: a user's product line keeps its tone's words instead
        chooser = plan.stage in lines.NEW_STAGES or not toned
        said_told = (_name_told(form[named], name, c, toned if chooser else "", chooser) for c in fresh)
        merged = [m for m in said_told if m] if named != last else []
        told = [[*form[:named], m, *form[named + 1 :]] for m in merged]
        # round 42: the clause said of the product, the hollow opener before it given up (s8833: the push had no
        # room for "요즘 루틴에 새로운 재미를 더해 볼 때입니다" and the reader's own line)
        added += [
            [s for i, s in enumerate(f) if i >= named or s not in hollow] for f in told if hollow & set(f[:named])
        ]
        added += told
        out += added
        unled = _ASK_LEAD.sub("", form[last], count=1)
        if unled != form[last] and len(unled) > ASK_LEAD_LEFT:  # the ask without its style's or tone's lead, where
            for f in added:  # the titles or the form's other sentences still say the brief's styles
                rest = " ".join(s for s in [*f[:-1], unled] if s)
                if f[-1] == form[last] and all(t.search(rest) for t in styles):
                    out.append([*f[:-1], unled])
        if short_ask and form[last] != short_ask and form[last] not in stock:
            out += [[*f[:-1], short_ask] for f in added if f[-1] == form[last]]
        out.append(form)
    return out


# The style's and tones' leads before an ask (STYLE_LEADS, the FOMO and emotion leads, the tones' adverbs), which give
# way to the reader's clause where the push has no room for both (round 32); the title keeps the style.
_ASK_LEAD = re.compile(
    r"^(?:지금 바로|오늘 바로|오늘도|오늘은 나를 위해|늦지 않게|지나치지 말고|놓치지 말고|혜택은 놓치지 말고"
    r"|아쉬움 없이|더 미루지 말고|따뜻한 마음을 담아|고마운 분을 떠올리며|익숙한 손길로|내 피부를 위해|나를 위해"
    r"|\S+이 깊어지기 전에|편하게|차근차근|천천히|여유롭게|바로|가볍게|그냥 버리기 아깝다면),? "
)
ASK_LEAD_LEFT = 8  # an ask shorter than this once its lead goes is no ask of its own
STYLE_TRACES = {  # the words that say a style (time, FOMO, emotion, season) somewhere in a push
    TIME: re.compile("지금|오늘|이번 주|바로"),
    FOMO: re.compile(
        "놓치|아쉬운|아쉽지|아쉬움|아깝|지나치|혜택이 있을 때|늦지 않게|미루지 말고|후회 없는|아껴 두지만"
    ),
    EMOTION: re.compile("나를 위해|나를 위한|나에게|마음|곁에|손길|고마운|내 피부를 위해"),
    SEASON: re.compile("겨울|봄|여름|가을"),
}


# Round 32 (readings 70-75: "가성비 관점 없음", "자연 유래 관점 없음" in event pushes, where the offer left the clause
# no room beside the product's definition): where nothing else fits, the clause is said of the product itself in place
# of its definition ("쓰고 계신 X은 100ml에 25,000원이라 부담 없이 건네기 좋아요."), the words before the name
# kept; only a clause that reads as the product's predicate (never one with a topic of its own: s9856's "X은 …
# 후기로는 …"), and never the offer's sentence.
_NAME_TOPIC = "(?P<lead>[^.?!]{0,10}?)(?P<name>%s)(?:은|는|에는) "
_NOT_PREDICATE = re.compile(
    r"^(?:실제로|써 본|예민한|처음|눈여겨볼|주요 성분은|성분표|매일 쓸|오래 두고 쓸 제품일수록)|^\S+[은는] |후기|이야기"
    r"|포인트(?:예요|입니다)|브랜드(?:예요|입니다)|이 \S+에는 "
)  # a clause with a topic of its own ("프리메라는 … 브랜드예요"), a tip, a review or a label line
_OFFER_WORDS = re.compile("하시면|드려요|드립니다|적립|무료")
_FIGURE_SAID = re.compile(r"\d+(?:\.\d+)?%|방울이면|한 번이면|쌀알")  # a figure or a dose the line says already


@lru_cache(maxsize=8192)  # a pure function of its strings: a tier's forms offer the same lines with each clause
def _name_told(line: str, name: str, clause: str, toned: str = "", bare: bool = True) -> str:
    """`line` (the product named as its topic) said as `clause` of the product, the words before the name kept (else
    the tone's, `toned`: the push still says its tone); "" where the line is no such line, says an offer, or the clause
    is no predicate of the product."""
    if not line or _OFFER_WORDS.search(line) or _NOT_PREDICATE.search(clause) or _FIGURE_SAID.search(line):
        return ""  # nor a line that says a figure ("순수 비타민C 25%"): it stays
    found = re.match(_NAME_TOPIC % re.escape(name), line)
    lead = found.group("lead") if found else ""
    if found is None and not re.search(f"{re.escape(name)}(?:예요|이에요|입니다)\\.$", line):
        return ""  # a product line that names it last ("상쾌한 세안감의 X예요.") gives its definition up the same way
    if "담은" in lead or not (lead or bare):  # `bare` False: only a line with its own words before the name
        return ""
    lead = lead or toned
    topic = "에는" if clause.endswith(("들어 있어요.", "들어 있습니다.")) else particle_for(name, "은")
    return f"{lead}{name}{topic} {clause}"


def _same_end(before: str | None, clause: str) -> bool:
    """Whether two sentences end on one noun's copula (push_reader_check's noun_copula_twice)."""
    one, two = _noun_copula(before or ""), _noun_copula(clause)
    return bool(one and two and one.group("noun")[-2:] == two.group("noun")[-2:])


# Readings 62-65 (s7657: "…패드는 버드나무껍질 추출물·베타인살리실레이트를 담았습니다. … 가족·친구에게 공유해 보십시오."
# — "성분 나열 뒤 공유 권유로 급히 넘어감"): a sharer's bare held line right before the share or gift ask says why it is
# worth passing on, to whom it would matter ("X은 A·B를 담아 성분을 꼼꼼히 보는 분께 권하기 좋아요"), not a review
# ask's (one ask: reading 23, s3520).
REFERRAL_BRIDGE = "{head} {verb} {whom} {give} 좋아요."
_REFERRAL_HELD_VERB = {"담았어요": "담아", "들어 있어요": "들어 있어"}
# Round 32 (reading 74, s2466, a budget sharer: "동백 추출물을 담고 있어 성분을 꼼꼼히 보는 분께 권하기 좋습니다" —
# "가성비 고객에 성분 각도"): the ingredient-checker is a luxury or sensitive reader's friend; a natural reader's
# checks the raw materials; a budget reader's held line names no one (their reason is the price, reader_clauses).
_BRIDGE_WHOM = {"trend": "새 루틴을 찾는 친구에게", "natural": "원료를 꼼꼼히 보는 분께", "budget": ""}
BRIDGE_WHOM = "성분을 꼼꼼히 보는 분께"
# Round 33 (reading 76, s5507, a sensitive sharer: "…크림에는 히알루론산·판테놀이 들어 있어 권하기 좋습니다" — "'들어
# 있어 권하기 좋습니다' 논리가 어색하고 민감성 고객의 순함 포인트가 빠짐"): where the push had no room for whom it
# matters to, the bridge went on whomless. Whom it matters to in fewer words comes first (the reader's own interest:
# the ingredient-checker, the raw-material checker, the one looking for something new; a sensitive reader's friend
# who looks for a mild product only where the catalog lists sensitive skin or states mildness), then the whomless.
_BRIDGE_WHOM_SHORT = {"trend": "새 루틴을 찾는 분께", "natural": "원료를 따지는 분께", "budget": ""}
BRIDGE_WHOM_SHORT = "성분을 따지는 분께"
MILD_WHOM = ("순한 제품을 찾는 분께", "순한 걸 찾는 분께")


def _bridge_whoms(plan: MessagePlan) -> tuple[str, str]:
    """(whom, the same in fewer words) a sharer's held line is worth passing on to, for the plan's reader."""
    key = plan.angle.key
    if key == "sensitive" and ("민감성" in plan.facts.skin_types or (plan.fit and plan.fit.kind == "mild")):
        return MILD_WHOM
    return _BRIDGE_WHOM.get(key, BRIDGE_WHOM), _BRIDGE_WHOM_SHORT.get(key, BRIDGE_WHOM_SHORT)


SHARE_ASK = re.compile("공유|전해|추천|알려|선물|건네|건넬")


def _referral_bridged(tier: list[Form], plan: MessagePlan) -> list[Form]:
    """At the referral stage, each form whose bare held line (the name first) comes right before a share or gift
    ask (or before a stock reader line before it, which gives way) preceded by the same form with that line said on
    into why it is worth passing on."""
    if plan.stage != REFERRAL or plan.cta in REVIEW_ASKS:
        return tier
    name = plan.facts.name
    stock = _stock_for(plan)
    out: list[Form] = []
    for original in tier:
        form = original
        said = [(i, s) for i, s in enumerate(form) if s]
        if len(said) < 2 or not SHARE_ASK.search(said[-1][1]) or "후기" in said[-1][1]:  # one ask (reading 23)
            out.append(original)
            continue
        if len(said) > 2 and said[-2][1] in stock and not _hears_reader(plan, said[-2][1]):  # gives way
            form = [s for i, s in enumerate(form) if i != said[-2][0]]
            said = [(i, s) for i, s in enumerate(form) if s]
        at, line = said[-2]
        found = _held_match(line)
        held = found.group("head").split(name, 1)[-1] if found and name in found.group("head") else ""
        if held and not any(names_product(i, name) for i in plan.facts.ingredients if i.split()[0] in held):
            whoms = []
            for whom in _bridge_whoms(plan):
                whom = whom.replace("성분을", "원료를") if "성분" in held else whom  # "발효 성분을 담아 성분을 …": once
                whoms.append("" if "원료" in held and "원료를" in whom else whom)
            whom, brief_whom = whoms
            gift = plan.cta in GIFT_ASKS or bool(GIFT_WORDS.search(said[-1][1]))
            verb = _REFERRAL_HELD_VERB[found.group("verb")]
            verb = "담고 있어" if verb == "담아" and "담아" in said[-1][1] else verb  # not "…담아 … 마음을 담아"
            values = {"head": found.group("head"), "verb": verb, "whom": whom}
            give = "건네기" if gift else "권하기"
            head = found.group("head")
            items = [i for i in _HELD_ITEMS.split(held.split(" ", 1)[-1][:-1]) if i]
            # where the push has no room for whom it matters to, the reason alone; then with the first ingredient
            shorter = f"{head[: len(head) - len(held)]}{held.split(' ', 1)[0]} {items[0]}" if items else ""
            heads = [head, *([f"{shorter}{particle_for(items[0], held[-1])}"] if len(items) > 1 else [])]
            if not head.startswith(name):  # round 33: the tone's words before the name given up before whom it is for
                heads += [h[h.index(name) :] for h in heads]
            whomed = [(h, w) for h in heads for w in (whom, brief_whom)]  # whom it matters to before the whomless
            for head_said, whom_said in dict.fromkeys((*whomed, (head, ""), *((h, "") for h in heads[1:]))):
                said_on = values | {"head": head_said, "give": give, "whom": whom_said}
                bridged = lines.fill(REFERRAL_BRIDGE, said_on).replace("  ", " ")
                out.append([*form[:at], bridged, *form[at + 1 :]])
            # round 33: never the bare held line before the ask where it is said on (s7657, s5507's brief): a tier
            # whose bridged forms have no room gives way to the next (a shorter ask)
            continue
        out.append(original)
    return out


# Readings 28-29 (s5728, s4132, s7114: "써 본 느낌을 지금 바로 공유해 주십시오!", "공유 요청이 명령조로 딱딱함", "톤이
# 딱딱함"): a friendly, emotional or trendy push at 합쇼체 asks as a request, "…공유해 주시면 감사하겠습니다(!)",
# "…확인해 보시면 좋겠습니다". Round 19 turned the order into a request after the body was laid out, where the longer
# ask still fit the display: a trendy push's "…주십시오!" never (speech.asked_warmly reads "십시오." only), and most
# others not, the body chosen having no room left. Each form is offered first with its ask as a request (in 해요체,
# which forms.py conjugates), so that the display keeps the request wherever a form that says as much has room.
WARM_TONES = frozenset({Tone.friendly, Tone.emotional, Tone.trendy})  # forms.WARM_TONES (forms imports push)
_ASK_END = re.compile(r"(?<!마)세요\.$")
# a sentence that wished already (a catalog sentence may come in 합쇼체): no "…좋겠습니다" after it
_WISHED = re.compile(r"(?:좋|편하|편합|편해)[가-힣]*(?:요|니다)[.!]$")


# Readings 41-44 (s6687, s8774: "'반갑겠습니다!' 어색"): a favour for us is one we would be grateful for, the usual
# "…주시면 감사하겠습니다".
GLAD = re.compile("반갑|감사")
GRATEFUL = "감사하겠어요."


def warm_ask(form: Form, gain: bool = True, short: bool = False, compact: int = 0) -> Form:
    """The form with its closing ask said as a request ("…공유해 주시면 감사하겠어요.", "…확인해 보시면 좋겠어요."): a
    favour for us or a friend ("…주세요") one we would be grateful for, any other ask hoped for the reader, or after a
    sentence that wished already ("…좋아요. …좋겠어요" says it twice) recommended ("…보시길 권해요"); the form as it
    is where it closes on no ask, or the body recommends already ("권하기 좋아요. …권해요")."""
    said = [s for s in form if s]
    if not said or not _ASK_END.search(said[-1]):
        return form
    stem = said[-1][: -len("세요.")]
    if stem.endswith("주") and not any(GLAD.search(s) for s in said):
        return [*said[:-1], (gain and shared_gain(stem, short, compact)) or stem + "시면 " + GRATEFUL]
    if not any(_WISHED.search(s) for s in said[:-1]):
        return [*said[:-1], stem + "시면 좋겠어요."]
    if not any("권" in s for s in said):  # after a wish, recommended ("…선물해 보시길 권합니다")
        return [*said[:-1], stem + "시길 권해요."]
    if _SHARE_TRY.search(stem):  # round 34: after "…권하기 좋아요", a share is a favour ("…공유해 주시면 감사하겠어요")
        asked = _SHARE_TRY.sub(r"\1 주", stem)
        return [*said[:-1], (gain and shared_gain(asked, short, compact)) or asked + "시면 " + GRATEFUL]
    return form


_SHARE_TRY = re.compile(r"(공유해|알려|전해) 보$")
# Readings 86-87 (s1617, s4319, s5744: "…공유해 주시면 감사하겠습니다" — "회사 중심"): a share asked as a favour to us
# says what it does instead: the reader's own words help others choose (as the SMS's "후기로 남겨 주시면 다른 분들의
# 선택에 도움이 됩니다", which readers liked: s3171), a word to a friend makes the product one to use together; the
# season's "겨울 루틴을 고민하는 분들을 위해" lead is said as whom it helps, once.
_SHARE_FAVOUR = re.compile(r"(?:공유해|알려|나눠|전해) 주$")
_OWN_WORDS = re.compile("느낌|후기")
_TO_FRIEND = re.compile("친구|가족|지인")
_SEASON_FOR = re.compile(r"(?<!\S)(?P<season>\S+) 루틴을 고민하는 분들을 위해 ")
SHARED_HELPS = "다른 분들의 선택에 도움이 돼요."
SHARED_HELPS_SEASON = "{season} 루틴을 고민하는 분들께 도움이 돼요."
SHARED_TOGETHER = "같이 쓰는 재미가 더해져요."
SHARED_SHORT = {SHARED_HELPS: "다른 분들께 도움이 돼요."}  # where the push has no room for whose choice
SHARED_TOGETHER_SEASON = "{season} 루틴을 함께 챙길 수 있어요."


# Round 37 (reading 90, s6687: "…써 본 느낌을 공유해 주시면 감사하겠습니다", 22 of 1,500 pushes): where the push had no
# room for what sharing does, the favour came back. The reader's own verb without the favour's "…해 주" ("공유하시면",
# "알리시면") and the gain in fewer words make room for the reason to share.
_COMPACT_VERB = {"공유해 주": "공유하", "알려 주": "알리", "나눠 주": "나누", "전해 주": "전하"}
# the gain as short as the favour it replaces: the reader's words help ("큰 도움이 돼요"), the friend hears good news
SHARED_COMPACT = {SHARED_HELPS: "큰 도움이 돼요.", SHARED_TOGETHER: "반가운 소식이 돼요."}


def shared_gain(stem: str, short: bool = False, compact: int = 0) -> str:
    """A share's favour ("…공유해 주") said with what sharing does (see above), in fewer words where `short`, with the
    reader's own verb ("공유하시면") where `compact`, and the gain as short as the favour where `compact` is 2; "" for
    any other ask."""
    if not _SHARE_FAVOUR.search(stem):
        return ""
    season = _SEASON_FOR.search(stem)
    rest = stem[: season.start()] + stem[season.end() :] if season else stem
    if compact and season:  # the season's whom keeps its own words (a later tier says more, s5333's definition)
        return ""
    if compact:
        favour = _SHARE_FAVOUR.search(rest)
        rest = rest[: favour.start()] + _COMPACT_VERB[favour.group()] if favour else rest
    if _OWN_WORDS.search(rest):
        gain = SHARED_HELPS_SEASON.format(season=season.group("season")) if season else SHARED_HELPS
    elif _TO_FRIEND.search(rest):
        if season and "루틴" in rest:  # "…루틴을 모아 두었으니, …": the season said once more would repeat the routine
            return ""
        gain = SHARED_TOGETHER_SEASON.format(season=season.group("season")) if season else SHARED_TOGETHER
    else:
        return ""
    if compact > 1:
        return f"{rest}시면 {SHARED_COMPACT.get(gain, SHARED_SHORT.get(gain, gain))}"
    return f"{rest}시면 {SHARED_SHORT.get(gain, gain) if short else gain}"


# Round 34 (reading 82, s6795, 럭셔리 애호가: "풀핏 프로폴리스 라이트 크림은 히알루론산을 담았어요" — "프로폴리스 대신
# 히알루론산만 언급, 럭셔리 고객 근거 약함"): the ingredient the name carries was left out of what the product holds
# (never said back to the name: readings 45-48), so a luxury reader heard only a minor one. Their line now says the
# signature and what the formula adds to it ("X은 프로폴리스 추출물에 히알루론산을 더했어요", lines.OPENER_ADDED's
# shape), or, where the line names no product, both ("눈여겨볼 성분은 프로폴리스 추출물·히알루론산이에요"); each form
# so said comes right before the form it came from (the push's room decides).
_LUXURY_ONE_HELD = re.compile(
    r"^(?P<head>.*?)(?P<topic>[은는]) (?P<one>[^.,·]+?)[을를] (?P<verb>담았어요|담았고)(?P<rest>.*)$"
)
_LUXURY_LISTED = re.compile(
    r"^(?P<lead>눈여겨볼 성분은|주요 성분은|성분표에서|성분표에|곁에 두고 쓰는 이 \S+에는) (?P<one>[^.,·]+?)"
    r"(?P<rest>[을를이가] .*|이에요\.|예요\.)$"
)
_ADDED_TO = {"담았어요": "더했어요", "담았고": "더했고"}


def _luxury_named(tier: list[Form], plan: MessagePlan) -> list[Form]:
    """For a luxury reader of a product whose name carries a key ingredient, each form whose held line names another
    one alone preceded by the same with the name's own said first (see above); the tier as it is otherwise."""
    if plan.angle.key != "luxury":
        return tier
    name = plan.facts.name
    named = next((i for i in plan.facts.ingredients if i and names_product(i, name) and "%" not in i), "")
    if not named:
        return tier
    head = named.split()[0]
    out: list[Form] = []
    for form in tier:
        said = [s for s in form if s]
        if any(head in s.replace(name, " ") for s in said):
            out.append(form)
            continue
        for at, sentence in enumerate(said):
            found = _LUXURY_ONE_HELD.match(sentence)
            if found and found.group("head").endswith(name) and found.group("one") in plan.facts.ingredients:
                one = found.group("one")
                added = f"{found.group('head')}{found.group('topic')} {named}에 {one}{particle_for(one, '을')} "
                out.append([*said[:at], added + _ADDED_TO[found.group("verb")] + found.group("rest"), *said[at + 1 :]])
                break
            listed = _LUXURY_LISTED.match(sentence)
            if listed and name not in sentence and listed.group("one") in plan.facts.ingredients:
                both = f"{named}·{listed.group('one')}"  # the particle the last one took stays right
                out.append([*said[:at], f"{listed.group('lead')} {both}{listed.group('rest')}", *said[at + 1 :]])
                break
        out.append(form)
    return out


# Round 34 (readings 82-85, s2668, 에뛰드 친근한 합쇼체: "…제품 페이지에서 확인해 보십시오" — "친근한 톤에 '확인해
# 보십시오'가 딱딱함"): 182 of 1,500 grid pushes in a warm tone still closed on the order, the form with the request
# having no room, and a caution before the ask said a second one ("…천천히 시작하십시오. …확인해 보십시오"). A warm
# tone's push now never says the order: where the request has no room, the same form with the ask's lead left out
# (the titles say the style: STYLE_TRACES), then the tier's next forms, as for any form that does not fit. A caution
# or step said before the ask is recommended ("…천천히 시작하시길 권합니다"), in every tone: one order at most.
_MID_ORDER = re.compile(r"(?<![마꼭] )(?<!마)세요\.$")


def _one_order(form: Form) -> Form:
    """The form with every "…세요." before its last sentence said as advice ("…시길 권해요.", "…시면 돼요."), so that a
    합쇼체 push orders once at most; a prohibition ("…지 마세요.") and a must ("꼭 …세요.") as they are."""
    said = [s for s in form if s]
    if len(said) < 2 or not any("세요." in s and _MID_ORDER.search(s) and " 꼭 " not in s for s in said[:-1]):
        return form

    def advised(s: str) -> str:  # "권하실 때 … 알려 주시길 권해요" says 권 twice: "…알려 주시면 돼요"
        return s[: -len("세요.")] + ("시면 돼요." if "권" in s else "시길 권해요.")

    return [advised(s) if _MID_ORDER.search(s) and " 꼭 " not in s else s for s in said[:-1]] + said[-1:]


def _ask_led_off(form: Form, styles: tuple[re.Pattern[str], ...]) -> Form | None:
    """The form with its closing ask's lead (_ASK_LEAD: "겨울이 깊어지기 전에", "놓치지 말고", "지금 바로") left out,
    where the form still says each of `styles` (the styles no title says); None where the ask has none."""
    said = [s for s in form if s]
    m = _ASK_LEAD.match(said[-1]) if said else None
    if m is None or len(said[-1]) - m.end() < ASK_LEAD_LEFT:
        return None
    led_off = [*said[:-1], said[-1][m.end() :]]
    return led_off if all(t.search(" ".join(led_off)) for t in styles) else None


# a share's own lead ("혼자 알기 아깝다면", the FOMO's word for a sharer) and its friend's "가까운": left out before a
# favour is asked, where the push still says the brief's styles
_SHARE_LEADS = (re.compile(r"^혼자 알기 아깝다면,? "), re.compile(r"(?<!\S)가까운 (?=\S+에게)"))


def _share_led_off(form: Form, led_off: Form | None, styles: tuple[re.Pattern[str], ...]) -> list[Form]:
    """The form, then the form without its ask's lead (`led_off`, or the share's own lead), shortest last."""
    said = [s for s in form if s]
    out = [said, *([led_off] if led_off is not None else [])]
    for lead in _SHARE_LEADS:
        for f in list(out):
            short = [*f[:-1], lead.sub("", f[-1], count=1)]
            if short != f and all(t.search(" ".join(short)) for t in styles):
                out.append(short)
    return out


def _asked_warmly(tier: list[Form], request: GenerationRequest, styles: tuple[re.Pattern[str], ...] = ()) -> list[Form]:
    """Each form with its ask as a request (warm_ask), for a warm tone at 합쇼체, then the same with the ask's lead
    left out where the request leaves no room; never the bare order (see above). At 합쇼체 in any tone, one order at
    most (_one_order)."""
    brief = request.resolved.brief
    if brief.honorific != Honorific.hapsho:
        return tier
    tier = [_one_order(form) for form in tier]
    if brief.tone not in WARM_TONES:
        return tier
    forms: list[Form] = []
    for form in tier:
        warm = warm_ask(form)
        if warm == [s for s in form if s]:
            forms.append(form)
            continue
        led_off = _ask_led_off(form, styles)
        grateful = warm_ask(form, gain=False)
        if grateful != warm:  # round 35: what sharing does (shared_gain), in fewer words, then without the lead,
            forms += [warm, *([shorter] if (shorter := warm_ask(form, short=True)) != warm else [])]  # before a favour
            if led_off is not None:
                forms.append(warm_ask(led_off))
            # round 37: then with the reader's own verb, without the lead, without the share's own lead too
            for f in _share_led_off(form, led_off, styles):
                levels = ((False, 1), (True, 1), (True, 2))
                compact = dict.fromkeys(tuple(warm_ask(f, short=s, compact=c)) for s, c in levels)
                forms += [list(t) for t in compact if " ".join(t).count("반가") < 2]  # not "반가우실 … 반가운"
            warm = grateful  # where neither has room, the favour (shorter) keeps the reader's line
        # a favour one char shorter where the grateful one leaves no room ("…공유해 주시면 좋겠습니다!")
        wished = warm[-1].endswith(GRATEFUL) and not any(_WISHED.search(s) for s in warm[:-1])
        forms += [warm, [*warm[:-1], warm[-1].removesuffix(GRATEFUL) + "좋겠어요."]] if wished else [warm]
        if led_off is not None:
            forms.append(warm_ask(led_off, gain=False))
    return forms


# Reading 27 (s1940): "눈가 보습을 위한 슈퍼바이탈 아이크림입니다. 아데노신을 담은 피부 주름 개선 기능성 화장품입니다."
# read as two cut statements ("'~입니다. ~입니다.' 단절된 나열"): a line that ends on the name, followed by one that
# defines the product again with no subject, is said as one sentence with the name as its topic ("… 아이크림은
# 아데노신을 담은 … 화장품입니다").
_COPULA_END = re.compile(r"(?:이에요|예요)\.$")


def _definitions_joined(form: Form, plan: MessagePlan) -> Form:
    name = plan.facts.name
    if len(form) < 3 or not any(line.endswith(("이에요.", "예요.")) and name in line for line in form[:-2]):
        return form
    nouns = ("제품", "화장품", plan.facts.noun.split()[-1] if plan.facts.noun else "제품")
    for i, line in enumerate(form[:-1]):
        after = form[i + 1]
        if not (line.endswith((f"{name}이에요.", f"{name}예요.")) and _COPULA_END.search(after)):
            continue
        stem = _COPULA_END.sub("", after)
        if name in after or not stem.endswith(nouns) or "," in after or "?" in line or line.startswith(name):
            continue
        if "담" in line.replace(name, "") and "담" in after:  # not "…을 담은 X은 …을 담아 …"
            continue
        joined = f"{line[: line.rindex(name) + len(name)]}{particle_for(name, '은')} {after}"
        return [*form[:i], joined, *form[i + 2 :]]
    return form


# Round 34 (reading 82, s3848: "…크림은 새로 써 보면 가볍게 펴 발리면서도 …" — "'새로 써 보면'이 어색"; s4873: "…EX는
# 은은한 효과로 피부 톤을 …" — "'은은한 효과로'가 모호": forms.py takes the name's "톤업" out of "은은한 톤업 효과로"):
# the feel said plainly ("X은 가볍게 펴 발리면서도 …"), and an effect the name says left to the name ("X는 피부 톤을
# 화사하게 정돈해요"). 13 and 2 of 1,500 grid pushes.
_AS_NEW = "새로 써 보면 "
_NAMED_EFFECT = re.compile(r"\S+한 (?P<word>\S+) 효과로 ")


def _plainly_felt(form: Form, plan: MessagePlan) -> Form:
    """The form without "새로 써 보면 " and with a "…한 {a word of the name} 효과로 " left out (see above)."""
    words = plan.facts.name.split()

    def plain(s: str) -> str:
        s = s.replace(_AS_NEW, "")
        if " 효과로 " not in s:  # the pattern's own words: most sentences need no search
            return s
        return _NAMED_EFFECT.sub(lambda m: "" if m.group("word") in words else m.group(0), s)

    return [plain(s) if s else s for s in form]


# Round 34 (reading 83, s6458: "…에센스는 나이아신아마이드를 담았습니다. 피부 미백 기능성 화장품입니다." — "'기능성
# 화장품입니다' 식 문장이 뚝뚝 끊김"; 12 of 1,500 grid pushes): a registered function said with no subject right after
# a sentence on the product goes on from it: after what the product holds, as one sentence ("…에센스는
# 나이아신아마이드를 담은 피부 미백 기능성 화장품이에요", an active the function names joined to the list: "…동백
# 추출물과 아데노신을 담은 …"), after anything else, as what the product is too ("…윤기가 남아요. 피부 주름 개선
# 기능성 화장품이기도 해요").
_FUNCTION_ALONE = re.compile(
    r"^(?:(?P<active>[^ ,.]+(?: [^ ,.]+)?)[이가] 든 )?(?P<function>[^,.]*기능성 화장품)(?:이에요|예요)\.$"
)
_HELD_BEFORE = re.compile(r"^(?P<head>[^,]*[은는] )(?P<held>[^,.]+?)[을를] 담았어요\.$")


def _function_joined(form: Form) -> Form:
    """The form with a subjectless function sentence gone on from the one before it (see above)."""
    said = [s for s in form if s]
    if not any("기능성 화장품" in s for s in said[1:]):  # the pattern's own words: most forms have none
        return form
    for i in range(1, len(said)):
        found = _FUNCTION_ALONE.match(said[i])
        if found is None or said[i - 1].endswith(("?", "!")) or "기능성" in said[i - 1] or "담" in said[i]:
            continue
        held = _HELD_BEFORE.match(said[i - 1])
        if held is not None:
            items = held.group("held")
            if found.group("active"):
                items = f"{items}{particle_for(items, '와')} {found.group('active')}"
            joined = f"{held.group('head')}{items}{particle_for(items, '을')} 담은 {found.group('function')}이에요."
        elif said[i - 1].endswith(("이에요.", "예요.")):  # two copulas: _nouns_once goes on from the first
            continue
        else:
            joined = f"{found.group('function')}이기도 해요."
        return [*said[: i - 1], *([joined] if held is not None else [said[i - 1], joined]), *said[i + 1 :]]
    return form


# Round 40 (readings 96-97, s9327: "…클렌징 오일 모이스처는 포인트 메이크업까지 녹여 내는 제품이에요. 올리브 오일을
# 담았어요." — "문장이 뚝뚝 끊김"): what the product holds said with no subject right after what it is goes into that
# sentence ("…모이스처는 올리브 오일을 담아 포인트 메이크업까지 녹여 내는 제품이에요").
_KIND_SAID = re.compile(r"^[^,.?!]*[가-힣] 제품(?:이에요|예요)\.$")
_HELD_ALONE = re.compile(r"^(?P<held>[^,.?!]{2,24}?)[을를] 담았어요\.$")
_TOPIC_WORD = re.compile(r"[은는] |에는 ")


def _held_into_kind(form: Form, plan: MessagePlan) -> Form:
    """The form with a subjectless "…을 담았어요." gone into the sentence before it on what the product is."""
    name = plan.facts.name
    for i in range(1, len(form)):
        after, line = form[i], form[i - 1] or ""
        if not after or not after.endswith("담았어요.") or name not in line or name in after:
            continue
        at = line.find(name) + len(name)
        head, kind = line[: at + 2], line[at + 2 :]
        held = _HELD_ALONE.match(after)
        if held is None or head[at:] not in ("은 ", "는 ") or not _KIND_SAID.match(kind) or "담" in kind:
            continue
        if _TOPIC_WORD.search(after):
            continue
        items = held["held"]
        return [*form[: i - 1], f"{head}{items}{particle_for(items, '을')} 담아 {kind}", *form[i + 1 :]]
    return form


# Reading 38 (s5241: "상백선크림은 촉촉하게 펴 발리는 제품입니다. SPF50+/PA++++ 자외선 차단 기능성 제품입니다." —
# "'제품입니다'가 연달아 반복"): two sentences in a row that end on one noun's copula. A second one that says
# nothing the first did not ("달팽이 점액 여과물을 92% 담은 … 올인원 크림이에요. 달팽이 점액 여과물을 92% 담은 올인원
# 크림이에요.") goes; else the first, where it ends on a modifier and "제품", goes on into the second as one sentence
# ("…펴 발리는 SPF50+/PA++++ 자외선 차단 기능성 제품이에요."), the second's words as written (the registered
# function's own).
_NOUN_COPULA = re.compile(r"(?P<stem>.*?)(?P<noun>[가-힣]+)(?:이에요|예요)\.$")
_TOPIC = re.compile(r"^\S+[은는이가] ")  # a sentence with a subject of its own


_COPULA_ENDS = ("이에요.", "예요.", "이에요.\n", "예요.\n")  # where _NOUN_COPULA may match ($: before a last newline)


@lru_cache(maxsize=16384)
def _noun_copula(sentence: str) -> re.Match[str] | None:
    """_NOUN_COPULA's match of a sentence (its lazy stem is slow to fail): a tier's forms say mostly the same."""
    return _NOUN_COPULA.match(sentence) if sentence.endswith(_COPULA_ENDS) else None


def _nouns_once(form: Form) -> Form:
    for i in range(len(form) - 1):
        first, second = _noun_copula(form[i]), _noun_copula(form[i + 1])
        if not (first and second and first["noun"] == second["noun"]):
            continue
        words = _stems(second["stem"])
        if len(words - _stems(first["stem"])) * 5 <= len(words):  # four in five of its words said already
            return [*form[: i + 1], *form[i + 2 :]]
        before = first["stem"].split()
        if first["noun"] == "제품" and before and MODIFIER_END.search(before[-1]) and not _TOPIC.match(form[i + 1]):
            return [*form[:i], f"{first['stem']}{form[i + 1]}", *form[i + 2 :]]
    return form


# Reading 25 (s4276, s6153, s2662): "X은 히알루론산을 담았습니다." as the whole product sentence read dry ("첫 문장이
# 건조", "성분 나열이 건조"): what it holds goes on into what it does, the catalog's sentence after it where that is
# one, else the catalog's first feature sentence that names none of those ingredients again.
_HELD_ONLY = re.compile(r"^(?P<head>.+?(?:[은는]|에는) [^.?!]+?) (?P<verb>담았어요|들어 있어요)\.$")
_HELD_GOES_ON = {"담았어요": "담았고", "들어 있어요": "들어 있고"}
_HELD_WORD = re.compile("[가-힣A-Za-z0-9]{2,}")
HELD_TOLD_CHARS = 44  # the catalog sentence joined on: longer, the product sentence reads as two


TOLD_FORMS = 4  # held forms per tier said on: each adds bodies forms.py measures (the composer's speed)


def _held_told_first(tier: list[Form], plan: MessagePlan) -> list[Form]:
    """The tier with each form that holds a bare held line preceded by the form said on into what the product does:
    whole, then without an opening question or a stock reader line ("정성을 들인 루틴은 매일의 작은 단계에서 완성돼요"
    fits any product; the catalog's sentence fits this one). A caution, a start-slowly tip, a line on this product,
    the offer and the ask are never given up for it, and each form keeps its place."""
    if not any(_held_match(line) for form in tier for line in form):
        return tier
    care = {caution_line(plan), _gentle_start(plan)} - {None}
    said = " ".join(dict.fromkeys(line for form in tier for line in form))  # what any form says: not said again
    known: dict[str, list[str]] = {}

    mild = _sensitive_told(plan)

    def told_for(head: str) -> list[str]:  # the catalog's sentence, else the short feature, for this held line
        if head not in known:
            known[head] = [t for t in (_told_claim(plan, head, said), _told_feature(plan, head, said)) if t]
        return known[head]

    def mild_for(head: str) -> list[str]:  # a sensitive reader's: the catalog's sentence where it is mild, else
        # what the catalog states for sensitive skin ("…순한 세안감이에요", "붉은기가 신경 쓰이는 날 …" stay)
        return list(dict.fromkeys((*(t for t in told_for(head) if _MILD_SAID.search(t)), *mild)))

    # a spared copy leaves out the opener that carried the seed's words: its shorter forms would outrank the forms
    # whose product line carries them ("쓰고 계신 X은 …") and every seed would write it alike
    led = any(_led(line, plan.facts.name) for form in tier for line in form)
    out: list[Form] = []
    held = 0
    for form in tier:
        told_by = mild_for if mild and not _MILD_SAID.search(" ".join(form).replace(plan.facts.name, "")) else told_for
        told = _held_told(form, plan, told_by) if held < TOLD_FORMS else [form]
        if len(told) > 1:
            held += 1
            spare = [s for i, s in enumerate(form) if i == len(form) - 1 or s in care or _telling(s, plan, form)]
            spared = _held_told(spare, plan, told_by, leadless=not led)[:-1]
            out += [t for t in (*told[:-1], *spared) if t not in out]
        out.append(form)
    return out


# Readings 57-60 (s6803: "자연 유래 관심사와 연결되지 않음", s4669: "성분 나열 위주로 내추럴 고객 관점이 약함"):
# a natural reader's push whose product line only lists what the product holds ("X에는 장미 추출물·세라마이드가 들어
# 있어요"), where no longer line fits, says where its plant ingredient comes from as fit.py does
# (NATURAL_INGREDIENT_HELD: "X에는 장미 추출물처럼 자연에서 얻은 원료가 들어 있어요"): the extract's name says it.
NATURAL_HELD = "{head} {ingredient}처럼 자연에서 얻은 원료가 들어 있어요."


def _held_said_first(
    tier: list[Form], plan: MessagePlan, said: Callable[[list[str]], str | None], done: Callable[[Form], bool]
) -> list[Form]:
    """Each form with a bare held line (the name first) preceded by the same form with that line said as `said`
    tells it from the held items; a form alone where `said` tells nothing or it says what `said` would (`done`)."""
    name = plan.facts.name
    out: list[Form] = []
    for form in tier:
        if done(form):
            out.append(form)
            continue
        for i, line in enumerate(form[:-1]):
            found = _held_match(line) if line else None
            if not found or not found.group("head").startswith(name):
                continue
            held = found.group("head")[len(name) :].split(" ", 1)[-1]
            told = said([item for item in _HELD_ITEMS.split(held[:-1]) if item])
            if told:
                out.append([*form[:i], told, *form[i + 1 :]])
            break
        out.append(form)
    return out


def _natural_held_first(tier: list[Form], plan: MessagePlan) -> list[Form]:
    """_held_said_first with the held line said as a plant ingredient's origin (NATURAL_HELD), in forms that say
    no origin yet."""
    name = plan.facts.name

    def said(items: list[str]) -> str | None:
        natural = _natural_ingredient(tuple(items))
        if not natural or natural.split()[0] in name:
            return None
        return lines.fill(NATURAL_HELD, {"head": f"{name}에는", "ingredient": natural})

    return _held_said_first(tier, plan, said, lambda form: any("자연에서" in s for s in form if s))


# Readings 57-60 (s7752: "민감 피부 안심 포인트가 없음", s6846: "판테놀 언급뿐 민감 피부 연결 약함"): the same for a
# sensitive reader whose catalog lists 민감성 among the skin types: the bare list gives way to one soothing ingredient
# beside what the catalog states ("X은 판테놀을 담았고, 민감성 피부도 쓸 수 있어요"), where no longer line fits.
def _mild_held_first(tier: list[Form], plan: MessagePlan) -> list[Form]:
    """_held_said_first with the held line said as one soothing ingredient and the catalog's skin type
    (SENSITIVE_TOLD), in forms that say no mildness word yet."""
    name = plan.facts.name

    def said(items: list[str]) -> str:
        kept = next((i for i in items if i.startswith(CALMING) and i.split()[0] not in name), "")
        told = f"{name}{particle_for(name, '은')} "
        return told + (f"{kept}{particle_for(kept, '을')} 담았고, {SENSITIVE_TOLD}" if kept else SENSITIVE_TOLD)

    def mild(form: Form) -> bool:
        return bool(_MILD_SAID.search(" ".join(s for s in form if s).replace(name, " ")))

    return _held_said_first(tier, plan, said, mild)


# Readings 41-44 (s5872, s9826, s9185, s7015, s1464, s5638: "민감성 고객 안심 포인트 없음"): 113 of 400 sensitive
# pushes said only "X에는 판테놀·히알루론산이 들어 있어요" and no word of mildness: a reader does not hear an
# ingredient's name as the reason. What the catalog states for sensitive skin goes on from it instead of a feature.
SENSITIVE_TOLD = "민감성 피부도 쓸 수 있어요."  # the catalog lists 민감성 among its skin types
_MILD_SAID = re.compile("민감|예민|순한|순하게|저자극|자극|진정|약산성|무향|편안|안심|붉은기")


def _sensitive_told(plan: MessagePlan) -> tuple[str, ...]:
    """For a sensitive reader: what the catalog states for sensitive skin, short enough to go on from what the
    product holds (its own sentence on mildness, a review of gentleness, its skin types), said in a form that says
    no mildness yet; none where it states none (nothing is made up)."""
    fit = plan.fit
    if plan.angle.key != "sensitive" or fit is None:
        return ()
    told = [fit.short] if fit.kind in ("mild", "review") and len(fit.short) <= HELD_TOLD_CHARS else []
    if "민감성" in plan.facts.skin_types and plan.facts.category not in ("헤어", "립"):  # as fit.sensitive_fits
        told.append(SENSITIVE_TOLD)
    return tuple(told)


def _led(line: str, name: str) -> bool:
    """Whether `line` is a bare held line with words before the product's name ("쓰고 계신 X에는 …")."""
    found = _held_match(line)
    return found is not None and found.group("head").find(name) > 0


def _telling(line: str, plan: MessagePlan, form: Form) -> bool:
    """Whether a sentence of `form` stays when its held line is said on: all but an opening question and the stock
    reader lines that claim nothing about any product (READER_HOOKS but a sensitive reader's care tip,
    STATEMENT_OPENERS)."""
    return not line.endswith("?") and line not in _STOCK_LINES


_STOCK_LINES = frozenset(
    line
    for bank in (READER_HOOKS, STATEMENT_OPENERS)
    for reader, said in bank.items()
    if reader != "sensitive"
    for line in said
    if "{" not in line
)


def _held_told(
    form: Form, plan: MessagePlan, told_for: Callable[[str], list[str]], leadless: bool = True
) -> list[Form]:
    """`form` with its bare "X은 …을 담았어요." line (the product named in it) said on into what the product does:
    joined with the catalog's sentence after it (no longer), else with one of the catalog's sentences added, that
    form first and the unchanged one after it for where it does not fit (the caution, the reader's line and the
    style's lead are never given up for it), then the shorter forms that keep one ingredient or none; `leadless`
    False: none of those where no words stand before the name."""
    name = plan.facts.name
    for i, line in enumerate(form[:-1]):
        found = _held_match(line)
        if not found or name not in found.group("head"):
            continue
        goes_on = f"{found.group('head')} {_HELD_GOES_ON[found.group('verb')]},"
        if form[i + 1] in plan.facts.feature_claims and i + 1 < len(form) - 1:  # the catalog's sentence follows
            return [[*form[:i], f"{goes_on} {form[i + 1]}", *form[i + 2 :]], form]
        others = [_stems(s) for j, s in enumerate(form[:-1]) if j != i]
        told = [
            t for t in told_for(found.group("head")) if not any(len(o & _stems(t)) * 3 > len(o) * 2 for o in others)
        ]
        joined = [[*form[:i], f"{goes_on} {t}", *form[i + 1 :]] for t in told]
        if not told or not (leadless or found.group("head").find(name) > 0):
            return [*joined, form]
        # where even that does not fit, one ingredient of the list supports what the product does, or what the
        # product does outranks what it holds
        shorter = _held_dropped(found.group("head"), name, min(told, key=len), plan.angle.key)
        return [*joined, *([*form[:i], t, *form[i + 1 :]] for t in shorter), form]
    return [form]


# Reading 26 (s5468, s1923, s7114, s7520): "X에는 A·B가 들어 있어요." kept where the sentence said on did not fit
# ("성분 한 줄뿐이라 끌림이 약하고", "성분 나열이 추천 맥락과 동떨어짐"). The shorter form says what the product does
# with one ingredient as its support, the tone's or the seed's words before the name kept ("쓰고 계신 X은 A를 담아
# …"): round 18's "A를 담은 X은 …" dropped them, and every seed of a brief wrote one push.
_HELD_ITEMS = re.compile(r"·|(?<=[가-힣A-Za-z0-9])[과와] ")
# Not "A를 담아 …": that says A does it ("세라마이드를 담아 … 주름 개선 기능성 화장품", "아르간 오일을 담아 드라이 전후
# 모두 사용할 수 있어요"); the two facts side by side claim no cause.
HELD_SUPPORT = "{lead}{product}은 {kept} 담았고, {told}"
LUXURY_ACTIVES = ("아데노신", "나이아신아마이드", "레티놀", "펩타이드", "사포닌", "알부틴", "비타민C")  # their 근거
QUIET_HELD = frozenset({"budget", "trend"})  # readers whose reason is not what the product holds: it may go


@lru_cache(maxsize=4096)
def _held_dropped(head: str, name: str, told: str, reader: str) -> tuple[str, ...]:
    """The held line with one ingredient of the list kept beside what the product does ("쓰고 계신 X은 판테놀을
    담았고, …": the figure the name carries, a sensitive reader's first soothing one, a luxury reader's first active,
    else the first one whose name is not the product's own), then with all of it left out ("{lead}X은 …"; only for a
    budget or trend reader: the others weigh what it holds). The words before the name stay in both."""
    at = head.find(name)
    if at < 0:
        return ()
    held = head[at + len(name) :].split(" ", 1)[-1][:-1]  # "판테놀·히알루론산이" → "판테놀·히알루론산"
    items = [i for i in _HELD_ITEMS.split(held) if i]
    lead = head[:at]
    topic = f"{lead}{name}{particle_for(name, '은')} {told}"
    figure = next((i for i in items if "%" in i), "")  # the figure the name carries (_headline) is never left out
    mild = next((i for i in items if reader == "sensitive" and any(w in i for w in sms.SOOTHING)), "")
    mild = mild or next((i for i in items if reader == "luxury" and any(w in i for w in LUXURY_ACTIVES)), "")
    own = [i for i in items if not names_product(i, name)]
    kept = figure or mild or (own[0] if own else "")
    particle = "를" if kept.endswith("%") else particle_for(kept, "을")  # "25%" is read "퍼센트"
    one = (lines.fill(HELD_SUPPORT, {"lead": lead, "product": name, "kept": kept + particle, "told": told}),)
    one = one if kept else ()
    # a sensitive reader's mildness outranks the list: "{lead}X은 민감성 피부도 쓸 수 있어요." where nothing else fits
    mild = reader == "sensitive" and bool(_MILD_SAID.search(told))
    if _OWN_TOPIC.search(told):  # a sentence on whose words they are is no predicate of the product's name
        return one
    return (*one, topic) if (reader in QUIET_HELD or mild) and not figure else one


# Reading 75 (s9856: "자양윤모 샴푸는 예민한 날 살펴볼 후기로는 두피가 편안해졌다는 이야기가 있어요" — "주어·서술어가
# 꼬임"): a review's sentence has its own topic or subject (the review, the users), so the product's name is never put
# before it as a second topic.
_OWN_TOPIC = re.compile(r"후기|이야기|분들[이은]? ")


_HELD_PARTICLE = {"담았어요": "을", "들어 있어요": "이"}


@lru_cache(maxsize=16384)
def _held_match(line: str) -> re.Match[str] | None:
    return _HELD_ONLY.match(line)


# Readings 46 and 48 (s1686, 2.5: "살리실산 데일리 젠틀 클렌저는 살리실산을 담았습니다" — "동어반복"; s7272:
# "아줄렌을 담은 편안한 카밍 샷 아줄렌 선크림", s2236: "세라마이드·알로에 베라 잎 추출물이 든 젤, 세라마이드 아토 수딩
# 젤"): an ingredient the name carries, said again as what the product holds, tells the reader nothing. The name says
# it already: the list says the others as what the product adds to it ("…까지 더한 카밍 샷 아줄렌 크림", "X에는 알로에
# 베라 잎 추출물까지 들어 있어요"), a list of the name's own alone gives way to what the product does
# (_held_without_name), and before the name it is left out ("편안한 카밍 샷 아줄렌 선크림이에요"). Where it is the
# reader's own reason (a natural reader's source, a sensitive reader's soothing one) it is said as the name's promise
# kept ("이름처럼 …"). 278 of 2,000 grid pushes said it, 109 after (push_reader_check name_ingredient_echo; most of
# the rest a figure: "레티놀 0.1%를 담았어요").
ADDED_HELD = {"담았어요": "{rest}까지 더했어요", "담았고": "{rest}까지 더했고", "들어 있어요": "{rest}까지 들어 있어요"}
ADDED_BEFORE = "{rest}까지 더한 "


@lru_cache(maxsize=1024)
def _name_held(name: str, ingredients: tuple[str, ...]) -> re.Pattern[str] | None:
    """A list of the product's key ingredients with one the name carries, as the name's predicate ("X은 A·B를
    담았어요", "X에는 A와 B가 들어 있어요") or before it ("A와 B를 담은 …X", "A·B가 든 …"); None where the name
    carries none (most products: the pass costs nothing)."""
    if not any(names_product(i, name) for i in ingredients):
        return None
    said = {i for i in ingredients if i.strip()} | {i.split()[0] for i in ingredients if len(i.split()[0]) > 1}
    one = "(?:제주 )?(?:" + "|".join(re.escape(i) for i in sorted(said, key=len, reverse=True)) + ")"  # "제주 녹차"
    items = f"{one}(?:(?:·|[과와] ){one})*"
    topic = f"{re.escape(name)}(?:[은는]|에는) "
    return re.compile(
        rf"(?P<topic>{topic})(?P<list>{items})(?:[을를이가]) (?P<verb>담았어요|담았고|들어 있어요)"
        rf"|(?:^|(?<=[.!?,] )|(?<=[은는] ))(?P<before>{items})(?:[을를] (?:함께 )?담은|[이가] 든) "
    )


def _reason_held(plan: MessagePlan, ingredient: str) -> bool:
    """Whether the ingredient the name carries is this reader's own reason: a natural reader's source (a plant, a
    ferment, not one made in a lab), a sensitive reader's soothing one."""
    if plan.angle.key == "natural":
        return not any(active in ingredient for active in sms.LAB_ACTIVES)
    return plan.angle.key == "sensitive" and any(word in ingredient for word in sms.SOOTHING)


# Round 28 (readings 49-52, s2501 "'판테놀까지' 어색", s8653 "살리실산보다 '알란토인까지' 강조가 어색", s3848
# "'히알루론산까지 더했고' 어색", s6428): the others said as what the product adds ("X에는 판테놀까지 들어 있어요")
# read as tacked on, a minor ingredient stressed over the one the product is known by, which its name says already.
# The push says that one key ingredient once (the name), and in the add-on's place what the product does: a held
# clause before a told one is left out ("X은 가볍게 펴 발리면서도 …"), a held sentence gives way to the catalog's
# sentence on what it does (_told_claim, _told_feature; none said in the form yet), an add-on before the name is left
# out ("X, 첫 주문을 …"). To a reader whose reason the name's ingredient is, it stays the name's promise kept, alone
# ("X에는 이름처럼 어린쑥 추출물이 들어 있어요"). 156 of 2,000 grid pushes said an add-on (push_reader_check
# ingredient_added).
_PRICED_ON = "\x02"  # the name said into the price that follows
_PRICE_OPENING = re.compile(r"[\d,]+(?:ml|g|원)")  # "120ml 22,000원, …", "22,000원에 120ml 한 통, …"
_ADDED_CUT = "\x00"  # a held clause left out before the told one
_ADDED_TOLD = "\x01"  # a sentence said again as what the product does


def _name_held_once(line: str, plan: MessagePlan, said: str = "", priced: bool = False) -> str:
    """`line` with what the product holds said once: the ingredient its name carries left out of the list and the
    others not said as its add-on (the sentence says what the product does instead), or, where the name's is the
    reader's reason, said alone as the name's promise kept ("X에는 이름처럼 어린쑥 추출물이 들어 있어요")."""
    name = plan.facts.name
    found = _name_held(name, plan.facts.ingredients) if name in line else None
    if found is None:
        return line

    def once(m: re.Match[str]) -> str:
        items = [i for i in _HELD_ITEMS.split(m.group("list") or m.group("before")) if i]
        rest = [i for i in items if i.removeprefix("제주 ").split()[0] not in name]  # "카페인" of "PDRN 카페인샷" too
        if len(rest) == len(items) or any("%" in i for i in items):  # a figure says more than the name
            return m.group(0)
        own = "·".join(i for i in items if i not in rest)
        if m.group("before") is not None:
            ahead = line[m.end() :].split(". ", 1)[0]  # the sentence on: the name after the list, or before it
            behind = line[: m.start()].rsplit(". ", 1)[-1]
            if _reason_held(plan, own) or (name not in ahead and name not in behind):
                return m.group(0)  # the reader's reason, said beside the name that carries it
            if rest:
                calming = [i for i in rest if i.startswith(CALMING)] if plan.angle.key == "sensitive" else []
                if calming:  # a sensitive reader's own, plainly
                    return f"{calming[0]}{particle_for(calming[0], '을')} 담은 "
                return "" if ahead.startswith(f"{name}, ") else _ADDED_TOLD
            return "" if name in ahead and "," not in ahead.split(name)[0] else m.group(0)
        if not rest:  # the name's own alone: _held_without_name's sentence (what the product does)
            return m.group(0)
        verb = m.group("verb")
        held = _HELD_PARTICLE.get(verb, "을")
        if _reason_held(plan, own):
            return f"{m.group('topic')}이름처럼 {own}{particle_for(own, held)} {verb}"
        if plan.angle.key == "sensitive" and verb != "담았고":  # one, plainly (a calming one first): as short as
            one = next((i for i in rest if i.startswith(CALMING)), rest[0])  # the add-on, the reader's mild line
            return f"{m.group('topic')}{one}{particle_for(one, held)} {verb}"  # keeps its room
        return m.group("topic") + _ADDED_CUT if verb == "담았고" else _ADDED_TOLD

    out = found.sub(once, line)
    if _ADDED_CUT in out:
        out = out.replace(_ADDED_CUT + ", ", "").replace(_ADDED_CUT, "")
    if _ADDED_TOLD not in out:
        return out
    sentences = out.split(". ")
    for i, sentence in enumerate(sentences):
        if _ADDED_TOLD not in sentence:
            continue
        if priced and i == len(sentences) - 1:  # a budget reader's price follows: the name said into it
            lead = sentence[: sentence.find(name)] if name in sentence else ""
            sentences[i] = f"{lead.rsplit(', ', 1)[-1].replace(_ADDED_TOLD, '')}{name}{particle_for(name, '은')} "
            return ". ".join(sentences) + _PRICED_ON
        said_so = (_told_claim(plan, line, said), _told_feature(plan, line, said))
        told = min((t for t in said_so if t), key=len, default=None)  # the shorter: the form keeps its room
        if not told:
            return line  # nothing else to say of it: the add-on stays
        lead = sentence[: sentence.find(name)] if name in sentence else ""
        lead = lead.rsplit(", ", 1)[-1].replace(_ADDED_TOLD, "")  # "…더한 밤, 루틴에 자리 잡은 X예요": its modifier
        said_again = f"{lead}{name}{particle_for(name, '은')} {told}"
        sentences[i] = said_again.removesuffix(".") if i < len(sentences) - 1 else said_again
    return ". ".join(sentences)


def _names_held_once(form: Form, plan: MessagePlan, modifiers: tuple[str, ...] = ()) -> Form:
    """Each line through _name_held_once, with what the form's other lines say (told not twice); to a budget reader,
    an add-on line before the price gives way to the name said into it, with what the product does before the name
    where no lead is there (`modifiers`: value_phrases, "가볍게 펴 발리는 X은 60ml 32,000원, 1ml당 …")."""
    if _name_held(plan.facts.name, plan.facts.ingredients) is None:  # most products: every line as it is
        return list(form)
    out: Form = []
    budget = plan.angle.key == "budget"
    lines_left = list(form)
    while lines_left:
        s = lines_left.pop(0)
        if not s:
            out.append(s)
            continue
        then = lines_left[0] if lines_left else ""
        priced = budget and bool(then) and bool(_PRICE_OPENING.match(then))
        if plan.facts.name not in s:  # _name_held_once keeps a line without the name as it is
            out.append(s)
            continue
        said = _name_held_once(s, plan, " ".join(x for x in form if x and x != s), priced)
        if said.endswith(_PRICED_ON):  # the next line, with the name, is said in its place
            said = said.removesuffix(_PRICED_ON)
            if modifiers and said.startswith(plan.facts.name):
                said = f"{modifiers[-1]} {said}"
            lines_left[0] = said + then
            continue
        out.append(said)
    return out


def _held_renamed(tier: list[Form], plan: MessagePlan, request: GenerationRequest) -> list[Form]:
    """The tier through _held_without_name; a form whose priced line lost its held sentence (s1686) followed by the
    same form with the name said straight into the price ("X은 150ml 14,000원, 1ml당 …"), where what the product does
    leaves the price no room."""
    out: list[Form] = []
    known: dict[str, str] = {}  # a tier's forms say mostly the same lines: each worked out once
    for form in tier:
        told = [known[s] if s in known else known.setdefault(s, _held_without_name(s, plan)) for s in form if s]
        out.append(told)
        priced = [s for s in form if s and ". " in s and s not in told]
        if priced:
            head, _, tail = priced[0].partition(". ")
            lead = head[: head.find(plan.facts.name) + len(plan.facts.name)]
            merged = f"{lead}{particle_for(plan.facts.name, '은')} {tail}"
            said = _held_without_name(priced[0], plan)
            phrases = value_phrases(plan, request) if lead == plan.facts.name else ()
            for phrase in phrases[-1:]:  # the shortest of what the product does, before the name
                out.append([f"{phrase} {merged}" if s == said else s for s in told])
            out.append([merged if s == said else s for s in told])
    return out


def _held_without_name(line: str, plan: MessagePlan, short: bool = False) -> str:
    """A bare held line whose every ingredient is named after the product ("알파인베리 워터리 크림은 알파인베리 추출물을
    담았어요", reading 27, s6328: "동어반복"): to a natural reader, whose reason the source is, said as the name's
    promise kept ("… 크림은 이름처럼 알파인베리 추출물을 담았어요"); to the others, what the product does in its place
    (the catalog's first feature sentence, or its quality), else the line as it was. A list with another ingredient
    stays whole (the name's own is often the reader's reason: 아줄렌, 살리실산)."""
    name = plan.facts.name
    first, _, tail = line.partition(
        ". "
    )  # a priced line says its price after it (_priced): "X은 A를 담았어요. 150ml …"
    if tail and name in first and not _held_match(line):  # the short form: the price keeps its room
        told = _held_without_name(f"{first}.", plan, short=True)
        return line if told == f"{first}." else f"{told} {tail}"
    found = _held_match(line)
    if found is None or name not in found.group("head"):
        return line
    head = found.group("head")
    at = head.find(name)
    rest = head[at + len(name) :]
    held = rest.split(" ", 1)[1] if " " in rest else ""
    items = [i for i in _HELD_ITEMS.split(held[:-1]) if i]  # "A·B를" → A, B
    if not items or "%" in held or not all(names_product(i, name) for i in items):
        return line
    lead = head[:at]
    if plan.angle.key == "natural":
        return f"{lead}{name}{rest.split(' ', 1)[0]} 이름처럼 {held} {found.group('verb')}."
    told = (_told_feature(plan, head, "") if short else None) or _told_claim(plan, head, "")
    told = told or _told_feature(plan, head, "")
    return f"{lead}{name}{particle_for(name, '은')} {told}" if told else line


def _told_feature(plan: MessagePlan, held: str, said: str) -> str | None:
    """The short form: "{feature}이 돋보여요." for the first quality of the product (this reader's first) that a
    noun phrase frames, names none of the held ingredients, and the form does not say yet."""
    held_words = {w for w in _HELD_WORD.findall(held) if w not in plan.facts.name and len(w) > 2}
    candidates = (plan.values["reason"], plan.values["feature"], plan.values["feature2"], *plan.facts.features)
    for feature in dict.fromkeys(c for c in candidates if c):
        if not framable(feature) or _names_noun(feature, plan.facts.noun) or feature in said:
            continue
        if any(w[:2] in feature for w in held_words) or (_winter(plan) and COOL_WORDS.search(feature)):
            continue
        if _stems(feature) & _stems(said) == _stems(feature):  # every word of it said already
            continue
        if plan.angle.key != "budget" and "용량" in feature:
            continue
        return lines.fill(FEATURED_SAID, {"feature": feature})
    return None


def _told_claim(plan: MessagePlan, held: str, said: str) -> str | None:
    """The catalog's first feature sentence (ranked for this reader) that is short, names none of the held
    ingredients, says nothing the form says already, and in winter sells no coolness."""
    held_words = {w for w in _HELD_WORD.findall(held) if w not in plan.facts.name}
    for claim in plan.facts.feature_claims:
        if len(claim) > HELD_TOLD_CHARS or claim in said or any(w[:2] in claim for w in held_words if len(w) > 2):
            continue
        if _winter(plan) and COOL_WORDS.search(claim):
            continue
        if len(_stems(claim) & _stems(said)) * 2 > len(_stems(claim)):  # half its words said already
            continue
        return claim
    return None


# Reading 24 (s2800): "아토베리어365 크림은 세라마이드를 담았어요. 토너·에멀전·크림 3종을 세트로 고르시면 …" read as two
# sentences side by side ("성분 한 줄이 따로 놀고", "첫 문장이 뚝 끊기고"): what it holds leads into the offer as one
# thought, "세라마이드를 담은 아토베리어365 크림, 토너·에멀전·크림 3종을 세트로 고르시면 …".
_HELD_LINE = re.compile(r"^(?P<name>.+?)[은는] (?P<held>[^.?!]+?(?:을|를)) 담았어요\.$")
_HELD_ENDS = ("담았어요.", "담았어요.\n")  # where _HELD_LINE may match ($: before a last newline)


# Readings 94-95 (s9385, 3.0: "녹차와 … 담은 그린티 아미노 수분 클렌징폼, 최근 6개월 안에 구매한 제품을 다시 주문하시면
# …적립돼요" — "제품과 적립 조건을 한 문장에 억지로 붙였고"): an offer on any purchase (a past order, a basket's sum)
# is no thought about this product; it stays a sentence of its own.
_ANY_PURCHASE = re.compile("구매한 제품|원 이상")


def _held_into_offer(form: list[str], name: str, offer: str) -> list[str]:
    """`form` with a bare "X은 …을 담았어요." line and the offer after it said as one sentence (not an offer on any
    purchase: _ANY_PURCHASE)."""
    if _ANY_PURCHASE.search(offer):
        return form
    for i, line in enumerate(form[:-1]):
        if not (line.startswith(name) and line.endswith(_HELD_ENDS)):  # no match of this name: the lazy pattern is
            continue  # slow to find none, and every line of every form is asked
        found = _HELD_LINE.match(line)
        if found and found.group("name") == name and form[i + 1] == offer and not offer.startswith(name):
            joined = f"{found.group('held')} 담은 {name}, {offer}"
            return [*form[:i], joined, *form[i + 2 :]]
    return form


# The tone's ending. copy-eval found tight event pushes identical across tones: the offer took the room
# the tone's product line needed, so the tone left no trace. An ending costs nothing: a trendy push ends on
# an exclamation (its ask, or the offer where no ask fits), never a restrained brand's (voice.py), never at 합쇼체
# (readings 49-52, s1123, s8653: "느낌표로 합쇼체 톤 흔들림"; push_reader_check formal_bang 129 of 2,000 -> 0).
_END = re.compile(r"요\.$")


def _in_tone(tier: list[Form], plan: MessagePlan, request: GenerationRequest) -> list[Form]:
    """The forms with the last sentence ended in the tone's way (a caution keeps its full stop)."""
    brief = request.resolved.brief
    if brief.tone != Tone.trendy or voice_of(request.resolved.brand).manner in QUIET_MANNERS:
        return tier
    if brief.honorific == Honorific.hapsho:  # "…공유해 주시면 감사하겠습니다!" (s1123, s8653: "톤 흔들림")
        return tier
    care = caution_line(plan)
    return [[*form[:-1], form[-1][:-1] + "!"] if _END.search(form[-1]) and form[-1] != care else form for form in tier]


def _event_forms(plan: MessagePlan, request: GenerationRequest, point: Point, product: str) -> list[list[list]]:
    event = request.evidence.event
    assert event is not None
    k = request.variant
    key = plan.hook if request.resolved.brief.key_message else None
    label = button(plan, event)
    merged = merged_ask(label, event, bool(plan.values.get("next")))
    merged = lines.fill(merged, _it(plan)) if merged else None  # an ask about this product names it
    offer = None if merged else offer_sentence(event, event.invite or "")  # a merged ask states the offer itself
    tone = request.resolved.brief.tone
    offered = offer is not None and label in AFTER_OFFER_ACTIONS  # the offer says the key noun: the ask does not
    cta = cta_line(plan, label, tone, event.is_promotion, merged, offered=offered)
    brief_ask = (offered and AFTER_OFFER_SHORT[label]) or SHORT_ACTIONS.get(label) or _action(plan, label)
    bare = merged or lines.fill(brief_ask or plan.close, _it(plan))
    short_cta = cta_line(plan, label, tone, event.is_promotion, bare)  # the style's lead kept where it fits
    timed = next((s for s in _styles(plan) if s != INFO), INFO) == TIME and not event.is_promotion
    if merged and timed and not TIME_WORDS.search(bare):  # the time style's day even where its lead gives way
        bare = TODAY_BEFORE_VERB.sub(f"{TIME_TODAY} ", bare, count=1)
    told = offer or (bare if merged else None)  # the event, where no room is left for an ask of its own
    plain = product_line(plan, request, point, plain=True)
    tightest = _tightest(plan, request, point, toned_room=True)
    if plan.caution:  # never dropped
        care = caution_line(plan)
        return [
            [[key, product, care, offer, cta], [key, plain, care, offer, cta]],
            [[key, plain, care, offer, bare], [key, tightest, care, offer, bare]],
            [[key, plain, care, told], [key, tightest, care, told]],
        ]
    benefit = benefit_line(plan, request, point, k + k // 2)
    # The line for this reader outranks the tone's longer product line: reading 8 found event pushes
    # that were the product and the offer only ("가성비 관점 없음"), the reader's line dropped for room.
    # Its own tier: a form that keeps it beats one that only has room for a title naming the product.
    # The shorter product lines leave out the price a budget reader met first: it is their line then.
    unpriced = benefit_line(plan, request, None, k + k // 2) if point and point[0] == "price" else benefit
    for_reader = [[key, product, benefit, offer, cta]]
    # a budget reader met first by the price, with no other line for them: the shorter lines that leave the price out
    # are no form for them (round 24: "새싹 추출물을 담은 보습 토너예요" where "…1ml당 약 200원이에요" was)
    if unpriced or not (point and point.kind == "price"):
        for_reader += [[key, plain, unpriced, offer, cta], [key, tightest, unpriced, offer, cta]]
    lean = _tightest(plan, request, _lean(plan, point)) if point and point.said else None
    # a trend user's finish, said in the catalog sentence the lean line drops, goes with the lean line instead
    lean_told = trend_user_fact(plan, _lean(plan, point), label, k) if lean else None
    if lean:  # the reader's line outlasts the fact's own sentence
        for_reader.append([key, lean, lean_told or unpriced, offer, cta])
    # a user's own evidence (fit.py) may be too long beside the offer: the shorter line for their angle next
    gift = label in GIFT_ASKS
    hook = (
        reader_hook(plan, k + request.resolved.brief.seed, point[0] if point else "", gift, point)
        if _user_fit(plan) or plan.stage != request.resolved.stage.index  # a next step's user (_as_user): why they
        # keep it up
        else None
    )
    if hook and hook != unpriced:
        for_reader += [[key, plain, hook, offer, cta], [key, tightest, hook, offer, cta]]
    priced = name_price(plan, tone) if point and point.kind == "price" else None
    # what the product does before the name, where the name and its price are the whole product sentence (readings
    # 30-31: a bare price line); the bare one only where none of these fits even without the style's lead
    valued = [name_price(plan, tone, phrase) for phrase in value_phrases(plan, request)] if priced else []
    for_reader += [[key, line, offer, cta] for line in valued]
    if priced:  # the reader's point in the product line itself, before the value line is dropped for room
        for_reader.append([key, priced, offer, cta])
    if short_cta != bare and (unpriced or not priced):  # the style's lead kept: never the bare ask (the style
        # would be lost for the line)
        for_reader += [[key, plain, unpriced, offer, short_cta], [key, tightest, unpriced, offer, short_cta]]
    for_reader += [[key, line, offer, short_cta] for line in valued]
    if priced:  # the short ask with the style's lead where it has one (short_cta is bare where it has none)
        for_reader.append([key, priced, offer, short_cta])
    styled = [[key, product, offer, cta], [key, plain, offer, cta]]
    styled += [[key, product, offer, short_cta], [key, plain, offer, short_cta], [key, tightest, offer, short_cta]]
    short = [[key, product, offer, bare], [key, plain, offer, bare], [key, tightest, offer, bare]]
    offer_only = [[key, product, told], [key, plain, told], [key, tightest, told]]
    if lean:
        offer_only.append([key, lean, told])  # the fact's own sentence gives way before the call to action does
        styled.append([key, lean, offer, short_cta])
        short.append([key, lean, offer, bare])
    # a next step's user (_as_user) may have no benefit line but their reader line: the forms that keep it stay
    if not (benefit or hook or (priced and unpriced)):  # a budget reader's price is their line even with no other
        return [styled, short, offer_only]
    plain_reader = [[key, plain, unpriced, offer, bare], [key, tightest, unpriced, offer, bare]]  # no style left
    if hook and hook != unpriced:
        plain_reader.append([key, tightest, hook, offer, bare])
        if lean:  # the fact's own sentence gives way before the reader's line does
            plain_reader.append([key, lean, hook, offer, bare])
    plain_reader += [[key, line, offer, bare] for line in valued]
    if priced:
        plain_reader.append([key, priced, offer, bare])
    # Reading 11 (s5417): a next-step push whose long ask left no room for the reader's line lost them; the title
    # carries the style, the reader's line outranks the lead. So does a budget reader's price (reading 13, s6722),
    # now that the product line without it is shorter, and a sensitive reader's start-slowly line (reading 15).
    if (merged and label in PRODUCT_ASKS) or (priced and plan.stage in lines.NEW_STAGES) or _gentle_start(plan):
        return [for_reader, plain_reader, styled, short, offer_only]
    season = SEASON in _styles(plan) and TIME not in _styles(plan) and label not in CONSULT_ASKS
    if season and says_only_held(plan, product) and says_only_held(plan, plain):
        # readings 57-60 (s7167: "성분 한 줄 뒤 바로 페이지 유도", "계절감이 형식적"; s3832): where the product line
        # says only what the product holds or is, the season's lead ("겨울이 깊어지기 전에") would cost the one line
        # that gives a reason; the reader's line outranks it (the season's title keeps the style: "겨울 루틴에 …").
        # Not the time, FOMO or emotional lead, which the ask itself is said in (readings 9, 23), nor before a
        # consultation, led by the reader's question (reading 23, s1261)
        return [for_reader, plain_reader, styled, short, offer_only]
    return [for_reader, styled, plain_reader, short, offer_only]


_HELD_WORDS = re.compile(
    r"(?:을|를|이|가) (?:함께 )?(?:담은|든|담았어요|담았고|들어 있어요|들어 있고)|에는|[은는]|(?:이)?에요|예요|[,.·]"
)


def says_only_held(plan: MessagePlan, line: str) -> bool:
    """Whether a product line says nothing but the product's name, what it holds and what kind of product it is
    ("X에는 A·B가 들어 있어요.", "A·B를 담은 토너, X예요.")."""
    rest = line.replace(plan.facts.name, " ")
    for ingredient in sorted(plan.facts.ingredients, key=len, reverse=True):
        rest = rest.replace(ingredient, " ").replace(ingredient.split()[0], " ")
    rest = _HELD_WORDS.sub(" ", rest)
    nouns = {plan.facts.noun, *plan.facts.noun.split(), "제품", "화장품", plan.facts.category}
    return not [w for w in rest.split() if w not in nouns and re.search("[가-힣]", w)]


TONE_ROOM = 9  # characters the tone's words may add to the tightest product line


def _tightest(
    plan: MessagePlan, request: GenerationRequest, point: Point, toned_room: bool = False, phrase: str = ""
) -> str:
    """The product line at its shortest: the tone's shorter plain shape around the fact, or the
    bare "X는 …예요" where the tone's words leave the offer and the ask no room; `toned_room`: the tone's
    shape where it costs TONE_ROOM characters or fewer (an event push: copy-eval's tone swap found tight
    event pushes the same for every tone)."""
    if point is None:
        return plan.product_line
    tone = request.resolved.brief.tone
    shapes = _own_noun_shapes(plan, point, (*plain_shapes(plan, tone), BARE))
    said = [_stated(plan, _phrased(shape, phrase), point) for shape in shapes]
    bare = min(said, key=len)
    toned_said = [line for line in said[:-1] if line != bare]  # a fact-first shape said as "X는 …" is the bare one
    toned = min(toned_said, key=len, default=bare) if toned_room and tone is not None else bare
    return toned if len(toned) <= len(bare) + TONE_ROOM else bare


def _plain_forms(plan: MessagePlan, request: GenerationRequest, point: Point, product: str) -> list[list]:
    k = request.variant
    key = plan.hook if request.resolved.brief.key_message else None
    benefit = benefit_line(plan, request, point, k + k // 2)
    cta = cta_line(plan, plan.cta, request.resolved.brief.tone, False)
    first = opener(plan, request)
    extra = None
    ingredients = plan.values["ingredients"]
    said = f"{product} {benefit or ''}"
    if INFO in _styles(plan) and ingredients and not _names_an_ingredient(said, ingredients):
        extra = lines.fill(INGREDIENTS, plan.values)
    plain = product_line(plan, request, point, plain=True)
    if plan.facts.name in first:  # the opener named it: the product line only says what it is
        named = product_line(plan, request, point, named=True)
    elif "?" in product:  # never two questions in a row
        named = plain
    else:
        named = product
    with_opener = [[first, named, benefit, extra, cta], [first, named, benefit, cta], [first, named, cta]]
    if plan.facts.name in first and plan.facts.name in named:
        # reading 36 (s1800: "카밍 샷 아줄렌 크림을 쓰면서 좋았던 점을 나눌 차례입니다. 카밍 샷 아줄렌 크림은 …" —
        # "제품명 연속 반복"): an opener that named the product before a line that names it again is no form
        with_opener = []
    without = [[key, product, benefit, extra, cta], [key, product, benefit, cta], [key, product, cta]]
    without += [[key, plain, cta], [key, _tightest(plan, request, point), cta]]
    # the reader's line beside the shorter product line before any form without it (reading 8: a long
    # name left pushes with the product and the ask only)
    unpriced = benefit_line(plan, request, None, k + k // 2) if point and point[0] == "price" else benefit
    tight = [[key, plain, unpriced, cta], [key, _tightest(plan, request, point), unpriced, cta]] if unpriced else []
    if tight and point and point.said:  # the reader's line outlasts the fact's own sentence
        lean = _tightest(plan, request, _lean(plan, point))
        lean_told = trend_user_fact(plan, _lean(plan, point), k=k)  # a trend user's finish the lean line drops
        tight.append([key, lean, lean_told or unpriced, cta])
        gift = plan.cta in GIFT_ASKS
        hook = reader_hook(plan, k + request.resolved.brief.seed, point.kind, gift, point)  # the reader in fewer words
        if hook and hook != unpriced:
            tight += [[key, _tightest(plan, request, point), hook, cta], [key, lean, hook, cta]]
    if key:  # the marketer's point opens every form
        forms = without[:2] + tight + without[2:]
    elif k % 3 == 1:  # a variant that leads on the product; the plain line stays last
        forms = without[:2] + with_opener[:2] + tight + with_opener[2:] + without[2:]
    else:  # the reader's line beside the fact before the opener's question beside it alone
        forms = with_opener[:2] + without[1:2] + tight + with_opener[2:] + without[:1] + without[2:]
    if point and point.said:  # the fact's own sentence gives way before the call to action does
        forms.append([key, _tightest(plan, request, _lean(plan, point)), cta])
    gentle = caution_line(plan) or _gentle_start(plan)
    if gentle:  # a sensitive reader and an active: the forms that keep the caution or start-slowly line first
        tightest = _tightest(plan, request, point)
        # the ask with a one-word lead (time) or none before a form without the care (the title keeps the style)
        short_ask = lines.fill(SHORT_ACTIONS.get(plan.cta) or _action(plan, plan.cta) or "", _it(plan)) or cta
        if TIME in _styles(plan) and short_ask != cta:
            short_ask = f"{'오늘도' if plan.cta in KEEP_ACTIONS else '지금'} {LEADING_ADVERBS.sub('', short_ask)}"
        cared = [[key, tightest, gentle, ask] for ask in (cta, short_ask)]
        if plan.caution and plan.stage == REFERRAL and gentle.startswith(plan.values["strong"]):  # round 42: the
            # sharer's care said of the product itself, where the name's line and the care leave no room for the ask
            named = f"{plan.facts.name}{particle_for(plan.facts.name, '은')} {gentle}"
            cared += [[key, named, ask] for ask in (cta, short_ask)]
        forms = [f for f in forms if gentle in f] + cared + forms
    if cta.startswith(DIGNIFIED_TRY_LEADS) and FIT_ASKED in cta:
        # round 28: the dignified lead is three characters longer than the "아쉽지 않게" it replaced, and cost a budget
        # reader of 자음생크림 the line on its registered function; the try said without "내 피부에 맞을지" before a
        # form drops a line (the lead, the reader's regret spared, stays)
        shorter = cta.replace(FIT_ASKED, "")
        forms = [each for form in forms for each in ((form, [*form[:-1], shorter]) if form[-1] == cta else (form,))]
    if _look_ask(plan, plan.cta) is None:
        return forms
    usual = cta_line(plan, plan.cta, request.resolved.brief.tone, False, own=False)
    # the product's own ask where it fits, else the usual one before a sentence for the reader is dropped
    return [each for form in forms for each in (form, [*form[:-1], usual])]


def _names_an_ingredient(text: str, ingredients: str) -> bool:
    """Whether text already names one of the ingredients by its head word ("홍삼과 벌꿀 추출물을
    담은" names 홍삼 추출물): the information style's second fact would repeat it."""
    return any(name.split()[0] in text for name in ingredients.split("·") if name.strip())


def every_line() -> list[str]:
    """All push sentence lines and event title invitations, for the test that each converts to 합쇼체."""
    out = [
        BARE,
        NAMED,
        RENAMED,
        HOLDS,
        HELD,
        "{product}에는 " + CONTAINED,
        *(line for pair in (*PLAIN.values(), *USER_PLAIN.values()) for line in pair),
        GENTLE_START,
        _CARE_HEAD.sub("", GENTLE_START),
        *(title for title in TITLE_INVITES.values() if title.endswith("요")),  # the others are noun phrases
        *PUSH_EVENT_ASKS.values(),
        *NATURAL_BARE,
        *PLAIN_BENEFIT,
        *LUXURY_FEATURE,
        PRICE,
        VOLUME,
        INGREDIENTS,
        LUXURY_HELD_NEW,
        LUXURY_HELD_SHORT,
        LUXURY_FUNCTION,
        NATURAL_SOURCE,
        *(REFERRAL_BRIDGE.replace("{give}", give) for give in ("권하기", "건네기")),
        *NAME_PRICE.values(),
        PER_UNIT,
        NAME_PER_UNIT.replace("{lead}", "").replace("{regular}", ""),
        PER_UNIT_CHEAP,
        PER_UNIT_SAID,
        *(line for group in UNIT_SHORT.values() for line in group),
        *(line.replace("{lead}", "").replace("{regular}", "") for line in (NAME_PER_UNIT_CHEAP, NAME_PER_UNIT_SAID)),
        *CATEGORY_PATCH_TIPS.values(),
        MAKEUP_LUXURY_HOOK,
        *(line for group in READER_HOOKS.values() for line in group),
        *(line for group in USER_HOOKS.values() for line in group.values()),
        *USER_REVIEW_HOOKS.values(),
        *USER_GIFT_HOOKS.values(),
    ]
    openers = (*OPENERS.values(), *USER_OPENERS.values(), *STATEMENT_OPENERS.values(), *USER_STATEMENT_OPENERS.values())
    out += [line for group in openers for line in group]
    for bank in (PRODUCT, USER_PRODUCT, BENEFIT):
        out += [line for group in bank.values() for line in group]
    leads = [
        *STYLE_LEADS.values(),
        *(lead for _, lead in FOMO_LEADS),
        FOMO_LEAD,
        CONTENT_FOMO_LEAD,
        CHOICE_FOMO_LEAD,
        *DIGNIFIED_TRY_LEADS,
        *EMOTION_EVENT_LEADS.values(),
        TIME_USE_LEAD,
        TIME_KEEP_LEAD,
        TIME_RUNNING_LEAD,
        TIME_TODAY_TOPIC,
        REFERRAL_FOMO_LEAD,
        GIFT_FOMO_LEAD,
        PROMOTION_LEAD,
        *EMOTION_USER_LEADS.values(),
        EMOTION_SHARE_LEAD,
        EMOTION_SELF_LEAD,
        *(lead for _, lead in EMOTION_LOOK_LEADS),
        *TONE_LEADS.values(),
    ]
    looks = [LOOK_ASK.replace("{aspect}", aspect) for aspect in (*LOOK_ASPECTS.values(), LOOK_ASPECT, "발색")]
    looks.append(LOOK_HOW)
    leads.append(SKINLESS_EMOTION_LEAD)
    actions = (*ACTIONS.values(), *SKINLESS_ACTIONS.values(), *TREND_ACTIONS.values(), *looks)
    out += [f"{lead} {action}" for lead in leads for action in actions]
    out += list(SHORT_ACTIONS.values())
    out += list(EVENT_INVITE)  # titles are conjugated too (the catalog's invitations: their own test)
    return out
