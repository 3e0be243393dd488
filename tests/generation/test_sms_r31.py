"""Round 31 (readings 62-65): an SMS brief's LMS for a set offer asks for the set, never the one product (s5861,
3.0: "CTA가 크림 단품과 세트 사이에서 흔들리고")."""

from __future__ import annotations

import re

from crm_core.catalog import Catalog
from crm_core.domain import Brief
from crm_core.errors import CrmError
from crm_core.pipeline import Pipeline
from tests.generation.test_sms_r26 import WINTER

SET_EVENT = "ev-rev-p1"  # 라인 3종 세트 구성: "토너·에멀전·크림 3종을 세트로 고르시면 …"


def test_a_set_offer_s_close_asks_for_the_set(catalog: Catalog, facts_pipeline: Pipeline):
    """Every SMS brief given the set event closes on the set (the LMS it goes as:  ("…혜택이 있는 동안 3종 세트로 골라
    보십시오"; a kept SMS: "…3종 세트 15% 낮은 가격으로 골라 보세요"), never "이 크림을 골라 보십시오" after the set's
    price."""
    closes: list[str] = []
    for i, product in enumerate(catalog.products):
        for persona in range(5):
            honorific = ("합쇼체", "해요체")[persona % 2]
            brief = Brief(channel="sms", scheduled_at=WINTER, persona=persona, brand=product.brand,
                          product=product.name, stage_index=3, style_index=(i + persona) % 6, tone=None,
                          honorific=honorific, is_event=True, event_id=SET_EVENT, seed=i)  # fmt: skip
            try:
                result = facts_pipeline.run_one(brief)[0]
            except CrmError:  # the set is for a line's toner, emulsion and cream only
                continue
            closes.append(result.message.body.strip().split("\n")[-1])
    assert len(closes) >= 100, len(closes)
    assert all("세트" in c for c in closes), [c for c in closes if "세트" not in c]


# SMS briefs of copy_eval's grid (bench/sms_persona_r31_check.py) whose LMS said nothing for the reader
SENSITIVE_OFFERS = (  # (brand, product, stage, style, seed, tone, honorific): a promotion, no calming fact, no caution
    ("에뛰드", "더블 래스팅 쿠션 글로우 SPF50+/PA+++ 15g", 1, 5, 483, "감성적인", "해요체"),
    ("라네즈", "래디언씨 비타민 스팟 앰플 10g", 1, 4, 928, "고급스러운", "합쇼체"),
    ("헤라", "하이드로-듀 플럼핑 크림 50ml", 1, 1, 550, None, "해요체"),
    ("헤라", "센슈얼 누드 밤 3.5g", 3, 4, 97, "고급스러운", "합쇼체"),
    ("라네즈", "립 슬리핑 마스크 베리 20g", 0, 3, 881, None, "해요체"),
    ("에뛰드", "리얼아트 클렌징 오일 모이스처 185ml", 2, 3, 676, "전문적인", "합쇼체"),
    ("설화수", "자음생세럼 브라이트닝 50ml", 0, 0, 592, "전문적인", "해요체"),
    ("마몽드", "에이지 컨트롤 카멜리아 에센스 워터 150ml", 2, 5, 444, "감성적인", "합쇼체"),
)
# a sensitive reader's care tip (reader.py): a patch test, a day the skin or the lips are upset
REASSURED = re.compile("예민|팔 안쪽|귀 뒤|안심|억지로|미지근한")
LUXURY_FUNCTIONAL = (  # (brand, product, stage, style, seed, tone, honorific): a function, no luxury line of fit.py
    ("일리윤", "세라마이드 아토 로션 350ml", 3, 2, 269, "트렌디한", "합쇼체"),
    ("일리윤", "세라마이드 아토 로션 350ml", 1, 5, 223, "감성적인", "해요체"),
)


def _lms(pipeline: Pipeline, persona: int, brief: tuple, is_event: bool) -> str:  # type: ignore[type-arg]
    brand, product, stage, style, seed, tone, honorific = brief
    result = pipeline.run_one(
        Brief(
            channel="sms",
            scheduled_at=WINTER,
            persona=persona,
            brand=brand,
            product=product,
            stage_index=stage,
            style_index=style,
            seed=seed,
            tone=tone,
            honorific=honorific,
            is_event=is_event,
        )
    )[0]
    assert result.sms_to_lms, result.message.channel_text
    return result.message.body


def test_a_sensitive_reader_s_offer_comes_with_their_care_tip(facts_pipeline: Pipeline):
    """s2094 ("민감 피부 관점 없음"): a sensitive reader's SMS brief with a promotion, whose product gives no calming
    fact, says their care tip beside the offer ("피부가 예민한 날에는 귀 뒤에 먼저 조금 발라 보고 …"), not the offer
    alone."""
    bodies = [_lms(facts_pipeline, 1, brief, True) for brief in SENSITIVE_OFFERS]
    assert all(REASSURED.search(b) for b in bodies), [b for b in bodies if not REASSURED.search(b)]


def test_a_luxury_reader_hears_the_registered_function(facts_pipeline: Pipeline):
    """s3593 ("럭셔리 고객에게 펌프 얘기뿐"): a luxury reader's SMS brief's LMS with no line of their own says the
    product's registered function ("아토피성 피부의 보습에 도움을 주는 기능성 화장품입니다"), not a mood line."""
    bodies = [_lms(facts_pipeline, 0, brief, False) for brief in LUXURY_FUNCTIONAL]
    assert all("기능성" in b for b in bodies), bodies


HELD_APART_BRIEFS = (  # (persona, brand, product, stage, style, seed, is_event, tone, honorific) of copy_eval's grid
    (1, "에스트라", "테라크네365 클리어 딥 클렌징 폼 200g", 0, 0, 310, False, None, "해요체"),
    (1, "코스알엑스", "풀핏 프로폴리스 시너지 토너 280ml", 1, 3, 512, False, "고급스러운", "해요체"),
    (1, "이니스프리", "비자 트러블 클렌징폼 150g", 1, 4, 508, True, None, "해요체"),
    (0, "라네즈", "립 슬리핑 마스크 베리 20g", 2, 0, 626, True, "전문적인", "해요체"),
    (4, "설화수", "순행클렌징오일 200ml", 2, 2, 64, False, "감성적인", "해요체"),
    (1, "설화수", "자음생크림 60ml", 0, 2, 511, False, "트렌디한", "합쇼체"),
    (4, "아이오페", "레티놀 엑스퍼트 0.3% 링클 코렉터 20ml", 1, 0, 738, False, None, "해요체"),
)


def test_what_the_product_holds_joins_its_definition(facts_pipeline: Pipeline):
    """s3425 ("짧은 단문 나열로 딱딱"), s2139 ("성분 나열식"): an SMS brief's LMS says what the product is and what it
    holds in one sentence ("…클렌징 오일로, 동백 오일·살구씨 오일처럼 자연에서 얻은 원료를 담았어요", "…립 마스크이고,
    핵심 성분으로 …을 담았어요"), never two short copulas in a row ("…오일이에요. 동백 오일 …을 담았어요.")."""
    firsts = []
    for persona, brand, product, stage, style, seed, is_event, tone, honorific in HELD_APART_BRIEFS:
        brief = Brief(channel="sms", scheduled_at=WINTER, persona=persona, brand=brand, product=product,
                      stage_index=stage, style_index=style, seed=seed, is_event=is_event, tone=tone,
                      honorific=honorific)  # fmt: skip
        result = facts_pipeline.run_one(brief)[0]
        assert result.sms_to_lms, result.message.channel_text
        sentences = re.split(r"(?<=[.!?]) ", result.message.body)
        firsts.append(sentences[0])
        # round 37: the natural reader of the retinol corrector hears its comfortable pace after the definition
        # (fit.natural_pace_fits) in place of what it holds; what it holds is then never said apart either
        if persona == 4 and "레티놀" in product:
            assert not any(re.search("담았|담은|들어 있", s) for s in sentences[1:]), sentences
            assert "편안한 속도" in sentences[1], sentences
    products = [brief[2] for brief in HELD_APART_BRIEFS]
    held = [
        f
        for f, product in zip(firsts, products, strict=True)
        # round 32: "…폼은 살리실산을 담은 클렌저예요." says what it is and what it holds in one sentence too (the
        # sensitive reader's gentle-use tip of an acid cleanser follows it apart)
        if product.split()[0] in f and re.search("담았|담은|들어 있", f)
    ]
    assert len(held) == len(HELD_APART_BRIEFS) - 1, firsts  # all but the natural reader's retinol (above)
