"""What a message says to this reader when no product fact carries their angle.

A product without a calming fact still meets a sensitive reader, a premium cream still meets a
budget reader: the reader line speaks to them with something true that claims nothing new about
the product (a care tip for this kind of product, a value reason from the catalog's usage or a
registered function), or nothing: a line that fits any message is cut.
Lines are worded per kind of product, so a lip tint never hears of "skin on a sensitive day" and
a sunscreen is never used sparingly.
"""

from __future__ import annotations

import re

from crm_core.generation.composer import lines
from crm_core.generation.composer.facts import ProductFacts, care_actives

# Kinds of product that need their own wording; anything else is leave-on skin care ("skin"). The catalog
# says "헹굽니다" as often as "헹궈 냅니다": a hair treatment rinsed off is no leave-in (reading 12, s5065:
# "마른 모발 끝에 살짝 덧바르면" for a treatment the catalog has rinsed after 2-3 minutes).
_RINSED = re.compile("씻어|씻고|헹구|헹궈|헹굽|떼어")


def product_kind(facts: ProductFacts, product_name: str) -> str:
    """The kind of product a reader line is worded for (skin, eye, mist, sun, base, lip, hair, hair_wash,
    pad, cleanser, rinse_mask, mask, body, body_wash)."""
    category, usage = facts.category, facts.usage or ""
    if category == "미스트":
        return "mist"
    if category == "쿠션·베이스":
        return "base"
    if category == "선크림" or "SPF" in product_name:
        return "sun"
    if category == "립":
        return "lip"
    if category == "헤어":
        return "hair_wash" if _RINSED.search(usage) or "샴푸" in product_name else "hair"
    if category == "아이크림":  # thin skin around the eyes: no palms, its own patch spot
        return "eye"
    if "패드" in product_name:  # wiped on, never "applied"
        return "pad"
    if category == "클렌저":
        return "cleanser"
    if category == "마스크·팩":
        return "rinse_mask" if _RINSED.search(usage) else "mask"
    if category == "바디":
        return "body_wash" if _RINSED.search(usage) or re.search("워시|클렌저", product_name) else "body"
    return "skin"


# To a reader who is choosing or starting (stages 0, 1, 3), by angle and kind of product ("*": any
# other kind). Each line is a concrete care tip for this kind of product, worded for the reader's
# angle, and a statement (the close is the one request) in 해요체. An angle with no tip for a kind
# says nothing: a line that could be pasted into any message is worse than none.
NEW_READER_LINES: dict[str, dict[str, tuple[str, ...]]] = {
    "sensitive": {
        "skin": (
            "예민한 날이라면 귀 뒤나 팔 안쪽에 먼저 발라 보고 시작하면 더 안심이에요.",
            "피부가 예민한 날에는 귀 뒤에 먼저 조금 발라 보고 얼굴에 쓰면 더 안심이에요.",
        ),
        "mask": ("처음에는 귀 뒤에 먼저 조금 발라 보고 얼굴 전체에 쓰면 더 안심이에요.",),
        "eye": ("눈가는 피부가 얇으니 처음에는 눈꼬리 바깥쪽에 조금만 발라 보고 쓰면 더 안심이에요.",),
        "mist": ("처음에는 팔 안쪽에 먼저 뿌려 보고 얼굴에 쓰면 더 안심이에요.",),
        "sun": ("새 선크림은 턱선에 먼저 조금 발라 보고 얼굴 전체에 쓰면 더 안심이에요.",),
        "base": ("새 {category}은 턱선에 먼저 두드려 보고 얼굴 전체에 쓰면 더 안심이에요.",),
        "lip": ("입술이 거칠어진 날에는 각질을 억지로 떼지 말고 결부터 촉촉하게 정돈해 두는 게 좋아요.",),
        "hair_wash": ("두피가 예민한 날에는 뜨거운 물보다 미지근한 물로 헹궈 내는 게 좋아요.",),
        "hair": ("두피가 예민한 날에는 손톱 대신 손끝으로 가볍게 두드려 바르는 게 좋아요.",),
        "cleanser": ("피부가 예민한 날에는 문지르는 시간을 짧게 하고 미지근한 물로 헹궈 내는 게 좋아요.",),
        "pad": ("피부가 예민한 날에는 패드로 같은 부위를 여러 번 닦아 내지 않는 게 좋아요.",),
        "rinse_mask": ("피부가 예민한 날에는 안내된 시간을 넘기지 않고 쓰는 게 좋아요.",),
        "body": ("처음에는 팔 안쪽에 먼저 조금 발라 보고 온몸에 쓰면 더 안심이에요.",),
        "body_wash": ("피부가 예민한 날에는 샤워 물 온도를 조금 낮추는 것만으로도 도움이 돼요.",),
    },
    "luxury": {
        # never "… 마무리하면 관리의 끝이 한결 차분해져요" (reading 16: "'관리의 끝이 차분' 어색")
        "skin": ("시간을 들여 관리하는 저녁이라면, 바른 뒤 손바닥으로 얼굴을 잠시 감싸 마무리하는 것도 좋아요.",),
        "mist": ("시간을 들여 관리하는 날이라면, 뿌린 뒤 손바닥으로 가볍게 눌러 마무리하는 것도 좋아요.",),
        # never "…정성을 들이면 하루의 시작이 한결 단정해져요" (readings 92-93, s4138; round 42, reading 102, s6640:
        # "'하루의 시작이 단정해져요' 같은 군더더기"): what to do and why, never the usage step said again
        "sun": ("실내에 머무는 날에도 창가로 햇빛이 들어오니, 아침마다 빠뜨리지 않고 바르는 게 좋아요.",),
        "base": ("얼굴 중앙부터 바깥쪽으로 얇게 두드려 펴 바르면 한결 자연스럽게 마무리돼요.",),
        "lip": ("입술 라인을 먼저 정돈하고 바르면 마무리 한 번까지 단정해 보여요.",),
        "hair_wash": ("두피까지 시간을 들여 돌보는 날에는 헹구는 시간도 넉넉히 두는 게 좋아요.",),
        "hair": ("두피까지 시간을 들여 돌보는 날에는 바른 뒤 손끝으로 천천히 두드려 마무리하면 좋아요.",),
        "cleanser": ("세안 뒤 물기는 타월로 문지르지 말고 가볍게 눌러 닦아 내는 게 좋아요.",),
        "rinse_mask": ("시간을 내어 나를 돌보는 저녁이라면, 팩을 하는 동안 조명을 낮추고 쉬어 가는 것도 좋아요.",),
        "mask": ("시간을 내어 나를 돌보는 저녁이라면, 바른 뒤 조명을 낮추고 쉬어 가는 것도 좋아요.",),
        "body": ("샤워 뒤 몸까지 천천히 돌보는 시간을 두면 하루의 마무리가 한결 여유로워져요.",),
        "body_wash": ("샤워 시간까지 천천히 보내면 하루의 마무리가 한결 여유로워져요.",),
    },
    # the trend reader cares how the face looks made up and in photos: tips on that, never "change
    # your routine" (a user keeps theirs) and nothing for a product used only at night. Round 29 (readings 53-56:
    # "트렌드 고객 관점 없음" in ~15 notes; 16 of 29 long trend messages with a make-up tip said no word of that
    # reader's own): the make-up result is said as it shows in a photo ("사진에도 매끈하게 나와요"), a tip on
    # applying, never a claim of the product, and as short as the old tip (a longer one gave way in the long forms)
    "trend": {
        "skin": (
            # one "올리다" a line (reading 13: "베이스를 올리는 게 화장을 매끈하게 올리는 요령")
            "메이크업 전이라면 스며든 뒤 베이스를 올려야 화장이 밀착돼 사진에도 매끈하게 나와요.",
            "메이크업하는 아침엔 얇게 펴 바르고 잠시 뒤 베이스를 올리면 사진에도 들떠 보이지 않아요.",
        ),
        "eye": ("아침엔 눈가에 스며든 뒤 컨실러를 올려야 사진에도 눈가 화장이 얇게 보여요.",),
        "mist": ("메이크업 위에 뿌린 뒤에는 손으로 문지르지 말고 가볍게 눌러 두는 게 화장을 지키는 요령이에요.",),
        "sun": ("선크림이 스며든 뒤 베이스를 올려야 들뜨지 않아 사진에도 매끈하게 나와요.",),
        "base": ("한 번에 얇게 두드리고 필요한 곳에만 덧바르는 게 사진에서도 자연스러운 피부 표현의 요령이에요.",),
        "lip": ("바르는 양에 따라 분위기를 달리해 보는 재미도 있어요.",),
        "hair": ("사진을 찍기 전 마른 모발 끝에 살짝 덧바르면 흐트러진 머릿결을 정돈하기 좋아요.",),
        "cleanser": ("메이크업을 진하게 한 날일수록 세안 시간을 조금 더 들여 꼼꼼히 씻어 내는 게 좋아요.",),
    },
    "natural": {  # the ingredients line speaks to this reader; a rinse tip only where the product is rinsed off
        "cleanser": ("세안은 뜨거운 물보다 미지근한 물로 마무리하는 게 피부에 편안해요.",),
        "hair_wash": ("두피는 뜨거운 물보다 미지근한 물로 헹궈 내는 게 편안해요.",),
        "body_wash": ("샤워는 뜨거운 물보다 미지근한 물로 마무리하는 게 피부에 편안해요.",),
    },
}
# A product the catalog places in the morning or before make-up (facts.daytime) never meets an evening ritual
# (reading 25, s9447, s5139: "메이크업 전 크림과 저녁 관리 팁이 엇갈리고"): the luxury reader's moment is the morning.
DAYTIME_READER_LINES: dict[str, dict[str, tuple[str, ...]]] = {
    "luxury": {
        "skin": ("아침에는 바른 뒤 손바닥으로 얼굴을 잠시 감싸 충분히 스며들게 하고 다음 단계로 넘어가는 게 좋아요.",),
        "eye": ("아침에는 약지로 눈가를 가볍게 두드려 충분히 스며든 뒤에 다음 단계로 넘어가는 게 좋아요.",),
    },
}
# To a reader who already uses the product (stage 2): no patch test, no first meeting, no change
# of routine, and never "use less" (less sunscreen is less protection).
USER_READER_LINES: dict[str, dict[str, tuple[str, ...]]] = {
    "sensitive": {
        "*": (
            "예민한 날에는 새 제품을 함께 들이기보다 익숙한 단계만 이어 가는 것도 방법이에요.",
            "피부가 예민한 날에는 각질 관리나 새 제품 시도를 잠시 미루는 게 좋아요.",
        ),
        # make-up, sun care, mist and eye care are no place for exfoliation talk: each its own care
        "base": ("피부가 예민한 날에는 퍼프를 자주 세척해 깨끗한 면으로 두드리는 게 좋아요.",),
        "sun": ("피부가 예민한 날에는 선크림을 지울 때 문지르지 말고 부드럽게 세안하는 게 좋아요.",),
        "mist": ("피부가 예민한 날에는 뿌린 뒤 손으로 문지르지 말고 가볍게 눌러 주는 게 좋아요.",),
        "eye": ("눈가가 예민한 날에는 약지로 가볍게 두드려 바르는 게 좋아요.",),
        "hair_wash": ("두피가 예민한 날에는 뜨거운 물보다 미지근한 물로 헹궈 내는 게 좋아요.",),
        "hair": ("두피가 예민한 날에는 손톱 대신 손끝으로 가볍게 두드려 바르는 게 좋아요.",),
        "lip": ("입술이 예민한 날에는 각질을 억지로 떼지 말고 부드럽게 감싸 두는 게 좋아요.",),
        "cleanser": ("피부가 예민한 날에는 문지르는 시간을 짧게 하고 미지근한 물로 헹궈 내는 게 좋아요.",),
        "pad": ("피부가 예민한 날에는 패드로 같은 부위를 여러 번 닦아 내지 않는 게 좋아요.",),
    },
    "luxury": NEW_READER_LINES["luxury"],
    "trend": NEW_READER_LINES["trend"],
    "natural": NEW_READER_LINES["natural"],
}

# A budget reader weighs what the money buys: how little one use takes (the catalog's usage) or a
# registered function one step carries. Never a lecture on buying less, never a price computed.
# "한두 번 펌핑" too (reading 22, s3376: a budget reader of 워터뱅크 블루 히알루로닉 세럼 heard no value while its usage
# says one or two pumps); "두세 번 펌핑" of an essence is an ordinary amount, no economy
_SMALL_DOSE = re.compile("쌀알만큼|소량|한 번 펌핑|한두 번 펌핑|두세 방울|한두 방울")
# The registered function as the catalog names it: "피부 주름 개선" → 주름 개선, and "여드름성 피부 완화" whole
# (never "완화 기능성", reading 11 sample).
_FUNCTION = re.compile(r"(?:(여드름성 피부 \S+)|피부 (.+?))에 도움을 주는 (?:이중 )?기능성")
_NIGHT_ONLY = re.compile("(?<!아침)저녁|잠들기 전")
# tips about make-up or colour, which a product used only at night never meets
_DAYTIME_TIPS = frozenset({("trend", "skin"), ("trend", "eye"), ("trend", "lip"), ("luxury", "lip")})
ACTIVE_PATCH_LINE = "얼굴 전체에 쓰기 전 귀 뒤나 팔 안쪽에 조금 발라 보고 넓혀 가면 더 안심이에요."
# A user of a product with an active (vitamin C, niacinamide …) on a day the skin is upset: a day off, never
# "익숙한 제품이라 예민한 날에도 안심" (reading 15, s5860: "예민한 날에 미백 에센스를 권하는 연결이 어색").
USER_ACTIVE_LINE = "피부가 예민해진 날에는 이 {category}도 하루쯤 쉬어 가고, 컨디션이 돌아오면 다시 이어 가면 돼요."
# a second wording, so that a hook asking whether the routine goes on ("…루틴, 잘 이어 가고 계신가요?") does not leave
# the reader without it (reading 30, s1261: "재구매 유도는 자연스러우나 민감 피부 관심사 없음": the one line shared
# "이어" with the hook and gave way to nothing)
USER_ACTIVE_AGAIN = "피부 컨디션이 흔들리는 날엔 이 {category}은 하루 건너뛰고, 편안해진 뒤에 다시 쓰면 돼요."
USER_ACTIVE_SHORT = "피부가 예민해진 날엔 하루쯤 쉬어 가도 돼요."
DOSE_LINE = "한 번에 쓰는 양이 {dose}(이)라 {pack}을 오래 두고 쓸 수 있어요."
FUNCTION_LINE = "{function} 기능성까지 한 단계에 담겨 있어 고민마다 제품을 따로 늘리지 않아도 돼요."


# ---- a sensitive reader and an active ----------------------------------------------------------------
# Calm and accurate: how to start (a patch test, slowly), and the catalog's own usage care (night use, sunscreen
# by day, an interval to begin with), never the ingredient called a risk ("PHA 성분이 들어 있으니 …" read as a
# warning, reading 15: "PHA를 위험 성분처럼 표현").
_NIGHT = re.compile("^저녁")
_SUNSCREEN = re.compile("자외선 차단제")
_INTERVAL = re.compile(r"(\d\s?~\s?\d일) 간격")
CAUTION_INTERVAL = "{strong}은 안내대로 {interval} 간격으로 시작해 피부가 익숙해지는 속도에 맞춰 가면 돼요."
# a first-use guide gives the usage with its interval: the caution points to it without the figure again
CAUTION_INTERVAL_SAID = "{strong}은 안내된 간격을 지켜 피부가 익숙해지는 속도에 맞춰 늘려 가면 돼요."
CAUTION_NIGHT_SUN = (
    "{strong}은 저녁에 바르고 낮에는 자외선 차단제를 함께 챙기면 되고, "
    "얼굴에 바르기 전 팔 안쪽에 조금 발라 보면 안심이에요."
)
CAUTION_SUN = (
    "{strong}을 쓰는 동안에는 낮에 자외선 차단제를 함께 챙기고, 얼굴에 바르기 전 팔 안쪽에 조금 발라 보면 안심이에요."
)
CAUTION_PLAIN = (
    "{strong} 제품은 얼굴에 바르기 전 팔 안쪽에 조금 발라 보고, 괜찮으면 천천히 넓혀 가면 안심이에요.",
    "귀 뒤나 팔 안쪽에 먼저 조금 발라 보고 시작하면 {strong}도 한결 편하게 들일 수 있어요.",
)
# A reader who uses it (2): a day off on a day the skin is upset is no failure; the sunscreen habit where the
# catalog asks for it. Passing it on (4): the same start, said for the friend. No "처음" (a first-use guide
# says it in its own lines).
CAUTION_USER = (
    "피부가 예민해진 날에는 {strong} 제품을 하루 쉬어 가도 괜찮고, 다시 바를 때는 양을 조금 줄여 시작하면 돼요."
)
CAUTION_USER_SUN = (
    "{strong} 제품은 저녁에 바르고 낮에는 자외선 차단제를 함께 챙기는 습관만 지키면 꾸준히 이어 가기 좋아요."
)
CAUTION_SHARE = (
    "{strong}이 든 제품이라, 권하실 때 팔 안쪽에 먼저 조금 발라 보고 천천히 시작하라는 말을 곁들이면 좋아요."
)
# push length
CAUTION_SHORT_INTERVAL = "{strong}은 안내대로 {interval} 간격으로 천천히 시작하세요."
CAUTION_SHORT_NIGHT_SUN = "{strong}은 저녁에 바르고 낮에는 자외선 차단제를 챙기세요."
CAUTION_SHORT_PLAIN = "{strong} 제품은 팔 안쪽에 먼저 발라 보고 천천히 시작하세요."
CAUTION_SHORT_USER = "예민해진 날엔 {strong} 제품은 하루 쉬어 가도 돼요."
CAUTION_SHORT_SHARE = "{strong}이 든 제품이라 권하실 때 팔 안쪽에 먼저 발라 보라고 알려 주세요."


def active_caution(facts: ProductFacts, strong: str, stage: int, variant: int = 0, short: bool = False) -> str:
    """The care a sensitive reader meets with an active, from the catalog's usage: an interval to start with,
    night use and sunscreen by day, else a patch test and a slow start; for a user (stage 2) a day off or the
    sunscreen habit, for a referral (4) the start to pass on."""
    usage = facts.usage or ""
    sun = bool(_SUNSCREEN.search(usage))
    interval = _INTERVAL.search(usage)
    values = {"strong": strong, "interval": interval.group(1) if interval else ""}
    if stage == 4:
        line = CAUTION_SHORT_SHARE if short else CAUTION_SHARE
    elif stage == 2:
        line = CAUTION_SHORT_USER if short else CAUTION_USER_SUN if sun else CAUTION_USER
    elif interval:
        line = CAUTION_SHORT_INTERVAL if short else CAUTION_INTERVAL_SAID if stage == 1 else CAUTION_INTERVAL
    elif sun and _NIGHT.search(usage):
        line = CAUTION_SHORT_NIGHT_SUN if short else CAUTION_NIGHT_SUN
    elif sun:
        line = CAUTION_SHORT_NIGHT_SUN.replace(" 저녁에 바르고", "") if short else CAUTION_SUN
    else:
        line = CAUTION_SHORT_PLAIN if short else CAUTION_PLAIN[variant % len(CAUTION_PLAIN)]
    return lines.fill(line, values)


def every_caution_line() -> list[str]:
    """All caution lines, for the test that each converts to 합쇼체."""
    return [
        CAUTION_INTERVAL,
        CAUTION_INTERVAL_SAID,
        CAUTION_NIGHT_SUN,
        CAUTION_SUN,
        *CAUTION_PLAIN,
        CAUTION_USER,
        CAUTION_USER_SUN,
        CAUTION_SHARE,
        CAUTION_SHORT_INTERVAL,
        CAUTION_SHORT_NIGHT_SUN,
        CAUTION_SHORT_PLAIN,
        CAUTION_SHORT_USER,
        CAUTION_SHORT_SHARE,
    ]


def registered_function(facts: ProductFacts) -> str | None:
    """The product's registered function in the catalog's words, without a leading "피부" ("주름 개선",
    "미백과 주름 개선", "여드름성 피부 완화"); None without one."""
    m = next((m for c in facts.feature_claims if (m := _FUNCTION.search(c))), None)
    return (m.group(1) or m.group(2)) if m else None


def small_dose(facts: ProductFacts) -> str | None:
    """How little one use takes, as the catalog's usage says it ("쌀알만큼", "펌프 한 번"), if it does."""
    dose = _SMALL_DOSE.search(facts.usage or "")
    return (
        {"한 번 펌핑": "펌프 한 번", "한두 번 펌핑": "펌프 한두 번"}.get(dose.group(0), dose.group(0)) if dose else None
    )


def budget_lines(facts: ProductFacts, kind: str) -> tuple[str, ...]:
    """A budget reader's reasons to weigh this product, from its catalog facts (none without one)."""
    out = []
    amount = small_dose(facts)
    if amount and kind in ("skin", "eye"):
        pack = "한 통" if "크림" in facts.category else "한 병"
        out.append(lines.fill(DOSE_LINE, {"dose": amount, "pack": pack}))
    function = registered_function(facts)
    if function:
        out.append(lines.fill(FUNCTION_LINE, {"function": function}))
    return tuple(out)


def reader_lines(
    angle_key: str, kind: str, stage: int, variant: int, values: dict[str, str], facts: ProductFacts
) -> tuple[str, ...]:
    """The reader's lines for this kind of product at this stage, the variant's own first; none
    where the angle has none for it (a referral speaks through its own share line)."""
    if stage == 4:
        return ()
    if angle_key == "budget":
        pool = budget_lines(facts, kind)
    elif angle_key == "sensitive" and kind == "skin" and stage in lines.NEW_STAGES and care_actives(facts):
        pool = (ACTIVE_PATCH_LINE,)  # an active is started on a calm day, never "예민한 날이라면" (reading 15)
    elif angle_key == "sensitive" and stage == 2 and care_actives(facts):
        pool = (USER_ACTIVE_LINE, USER_ACTIVE_AGAIN)  # an active is no comfort on an upset day: a day off is
    elif _NIGHT_ONLY.search(facts.usage or "") and (angle_key, kind) in _DAYTIME_TIPS:
        pool = ()  # a night product is never "before make-up", a lip mask has no colour to play with
    elif facts.daytime and kind in DAYTIME_READER_LINES.get(angle_key, {}):
        pool = DAYTIME_READER_LINES[angle_key][kind]
    else:
        banks = NEW_READER_LINES if stage in lines.NEW_STAGES else USER_READER_LINES
        by_kind = banks.get(angle_key, {})
        pool = by_kind.get(kind) or by_kind.get("*") or ()
        if facts.daytime:  # no evening ritual for a morning product (a mask's "나를 돌보는 저녁")
            pool = tuple(line for line in pool if "저녁" not in line)
    turned = [pool[(variant + i) % len(pool)] for i in range(len(pool))]
    return tuple(lines.fill(line, values) for line in turned)


def every_reader_line() -> list[str]:
    """All reader lines, for the test that each converts to 합쇼체."""
    banks = (NEW_READER_LINES, USER_READER_LINES, DAYTIME_READER_LINES)
    found = [line for bank in banks for by_kind in bank.values() for pool in by_kind.values() for line in pool]
    extra = [ACTIVE_PATCH_LINE, USER_ACTIVE_LINE, USER_ACTIVE_AGAIN, USER_ACTIVE_SHORT, *every_caution_line()]
    return [*found, DOSE_LINE, FUNCTION_LINE, *extra]
