"""What a message says to this reader when no product fact carries their angle.

A product without a calming fact still meets a sensitive reader, a premium cream still meets a
budget reader: the reader line speaks to them with something true that claims nothing new about
the product (a care tip, how to weigh the purchase, where it sits in the routine they keep).
Lines are worded per kind of product, so a lip tint never hears of "skin on a sensitive day" and
a sunscreen is never used sparingly.
"""

from __future__ import annotations

import re

from crm_core.generation.composer import lines
from crm_core.generation.composer.facts import ProductFacts

# Kinds of product that need their own wording; anything else is leave-on skin care ("skin").
_RINSED = re.compile("씻어|헹구|헹궈|떼어")


def product_kind(facts: ProductFacts, product_name: str) -> str:
    """The kind of product a reader line is worded for (skin, mist, sun, base, lip, hair, hair_wash,
    cleanser, rinse_mask, mask, body, body_wash)."""
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
    if category == "클렌저":
        return "cleanser"
    if category == "마스크·팩":
        return "rinse_mask" if _RINSED.search(usage) else "mask"
    if category == "바디":
        return "body_wash" if _RINSED.search(usage) or re.search("워시|클렌저", product_name) else "body"
    return "skin"


# To a reader who is choosing or starting (stages 0, 1, 3), by angle and kind of product ("*": any
# other kind). Each line is a statement (the close is the one request) in 해요체.
NEW_READER_LINES: dict[str, dict[str, tuple[str, ...]]] = {
    "sensitive": {
        "skin": (
            "예민한 날이라면 귀 뒤나 팔 안쪽에 먼저 발라 보고 시작하면 더 안심이에요.",
            "피부가 예민한 날에는 귀 뒤에 먼저 조금 발라 보고 얼굴에 쓰면 더 안심이에요.",
        ),
        "mask": ("처음에는 귀 뒤에 먼저 조금 발라 보고 얼굴 전체에 쓰면 더 안심이에요.",),
        "mist": ("처음에는 팔 안쪽에 먼저 뿌려 보고 얼굴에 쓰면 더 안심이에요.",),
        "sun": ("새 선크림은 턱선에 먼저 조금 발라 보고 얼굴 전체에 쓰면 더 안심이에요.",),
        "base": ("새 {category}은 턱선에 먼저 두드려 보고 얼굴 전체에 쓰면 더 안심이에요.",),
        "lip": ("입술이 거칠어진 날에는 각질을 억지로 떼지 말고 결부터 촉촉하게 정돈해 두는 게 좋아요.",),
        "hair_wash": ("두피가 예민한 날에는 뜨거운 물보다 미지근한 물로 헹궈 내는 게 좋아요.",),
        "hair": ("두피가 예민한 날에는 손톱 대신 손끝으로 가볍게 두드려 바르는 게 좋아요.",),
        "cleanser": ("피부가 예민한 날에는 문지르는 시간을 짧게 하고 미지근한 물로 헹궈 내는 게 좋아요.",),
        "rinse_mask": ("피부가 예민한 날에는 안내된 시간을 넘기지 않고 쓰는 게 좋아요.",),
        "body": ("처음에는 팔 안쪽에 먼저 조금 발라 보고 온몸에 쓰면 더 안심이에요.",),
        "body_wash": ("피부가 예민한 날에는 샤워 물 온도를 조금 낮추는 것만으로도 도움이 돼요.",),
    },
    "luxury": {
        "skin": (
            "관리에 시간을 들이는 저녁이라면, 바른 뒤 손바닥으로 잠시 감싸 마무리해 보는 것도 좋아요.",
            "매일의 관리에 정성을 더하고 싶은 날에는 서두르지 않고 한 단계씩 바르는 시간이 곧 나를 위한 시간이 돼요.",
        ),
        "mist": ("관리에 시간을 들이는 날이라면, 뿌린 뒤 손바닥으로 가볍게 눌러 마무리해 보는 것도 좋아요.",),
        "sun": ("아침 단장의 마지막 단계까지 고르게 펴 바르는 데 정성을 들이면 하루의 시작이 한결 단정해져요.",),
        "base": ("아침 단장의 마지막 단계까지 서두르지 않고 두드려 마무리하면 하루의 시작이 한결 단정해져요.",),
        "lip": ("입술 라인을 먼저 정돈하고 바르면 마무리 한 번까지 단정해 보여요.",),
        "hair_wash": ("두피까지 시간을 들여 돌보는 날에는 헹구는 시간도 넉넉히 두는 게 좋아요.",),
        "hair": ("두피까지 시간을 들여 돌보는 날에는 바른 뒤 손끝으로 천천히 두드려 마무리하면 좋아요.",),
        "cleanser": ("하루를 마무리하는 세안부터 서두르지 않으면 그다음 단계도 한결 차분해져요.",),
        "rinse_mask": ("시간을 내어 나를 돌보는 저녁이라면, 팩을 하는 동안 조명을 낮추고 쉬어 가는 것도 좋아요.",),
        "mask": ("시간을 내어 나를 돌보는 저녁이라면, 바른 뒤 조명을 낮추고 쉬어 가는 것도 좋아요.",),
        "body": ("샤워 뒤 몸까지 천천히 돌보는 시간을 두면 하루의 마무리가 한결 여유로워져요.",),
        "body_wash": ("샤워 시간까지 천천히 보내면 하루의 마무리가 한결 여유로워져요.",),
    },
    "trend": {
        "*": (
            "처음 써 본 느낌을 사진이나 짧은 메모로 남겨 두면 나만의 루틴 기록이 돼요.",
            "써 본 느낌을 친구와 나누다 보면 다음에 고를 제품의 힌트가 되기도 해요.",
        ),
        "lip": ("바르는 양에 따라 분위기를 달리해 보는 재미도 있어요.",),
    },
    "natural": {
        "*": (
            "원료가 궁금하다면 상세 페이지의 전성분 표에서 하나씩 확인해 볼 수 있어요.",
            "처음 보는 원료 이름이 있다면 전성분 표에서 먼저 확인해 보셔도 좋아요.",
        ),
    },
    "budget": {  # only where the price is not said (a premium line, a brand that never talks price)
        "*": (
            "여러 제품을 늘리기보다 꼭 필요한 한 단계를 제대로 고르는 것도 실속 있는 방법이에요.",
            "값이 나가는 만큼 무엇을 담았는지 먼저 살펴보면 내게 맞는 선택인지 가늠하기 좋아요.",
        ),
    },
}
# A budget reader who has just read the price: how to weigh it, without computing anything.
PRICED_BUDGET_LINES: dict[bool, tuple[str, ...]] = {  # by whether the reader is choosing (True) or refilling
    True: ("가격은 한 통을 얼마나 오래 쓰는지와 함께 보면 더 정확하게 비교할 수 있어요.",),
    False: ("다 쓴 한 통을 얼마 동안 썼는지 떠올려 보면 다음 한 통의 값어치도 가늠하기 좋아요.",),
}
# To a reader who already uses the product (stage 2): no patch test, no first meeting, and never
# "use less" (less sunscreen is less protection).
USER_READER_LINES: dict[str, dict[str, tuple[str, ...]]] = {
    "sensitive": {
        "*": (
            "예민한 날에는 새 제품을 함께 들이기보다 익숙한 단계만 이어 가는 것도 방법이에요.",
            "피부가 예민한 날에는 각질 관리나 새 제품 시도를 잠시 미루는 게 좋아요.",
        ),
        "hair_wash": ("두피가 예민한 날에는 뜨거운 물보다 미지근한 물로 헹궈 내는 게 좋아요.",),
        "hair": ("두피가 예민한 날에는 손톱 대신 손끝으로 가볍게 두드려 바르는 게 좋아요.",),
        "lip": ("입술이 예민한 날에는 각질을 억지로 떼지 말고 부드럽게 감싸 두는 게 좋아요.",),
        "cleanser": ("피부가 예민한 날에는 문지르는 시간을 짧게 하고 미지근한 물로 헹궈 내는 게 좋아요.",),
    },
    "luxury": NEW_READER_LINES["luxury"],
    "trend": {
        "*": ("익숙한 {category}도 함께 쓰는 제품이나 순서를 바꿔 보면 루틴이 새로워져요.",),
        "lip": ("바르는 양에 따라 분위기를 달리해 보는 재미도 있어요.",),
    },
    "natural": NEW_READER_LINES["natural"],
    "budget": NEW_READER_LINES["budget"],
}


def reader_lines(
    angle_key: str, kind: str, stage: int, variant: int, values: dict[str, str], priced: bool = False
) -> tuple[str, ...]:
    """The reader's lines for this kind of product at this stage, the variant's own first; none
    where the angle has none for it (a referral speaks through its own share line). `priced`: the
    message states the price (a budget reader then hears how to weigh it)."""
    if stage == 4:
        return ()
    choosing = stage in lines.NEW_STAGES
    banks = NEW_READER_LINES if choosing else USER_READER_LINES
    by_kind = banks.get(angle_key, {})
    pool = by_kind.get(kind) or by_kind.get("*") or ()
    if angle_key == "budget" and priced:
        pool = PRICED_BUDGET_LINES[choosing]
    turned = [pool[(variant + i) % len(pool)] for i in range(len(pool))]
    return tuple(lines.fill(line, values) for line in turned)


def every_reader_line() -> list[str]:
    """All reader lines, for the test that each converts to 합쇼체."""
    banks = (NEW_READER_LINES, USER_READER_LINES)
    found = [line for bank in banks for by_kind in bank.values() for pool in by_kind.values() for line in pool]
    return found + [line for pool in PRICED_BUDGET_LINES.values() for line in pool]
