"""Lines that fit the product's moment of use, the season and the reader (reading 25, customer fit 3.17).

A cream the catalog places before make-up is never sent to a quiet evening ("바른 뒤 은은한 광이 돌아 메이크업 전에
쓰기 좋습니다. 하루를 정돈하는 고요한 저녁에 손이 갈 크림이라면 …", s9447); a message with no event names no week
and no "good time" ("이번 주가 들이기 좋습니다", s5701: "근거 없는 긴박감")."""

from __future__ import annotations

import re

import pytest

from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.domain import Brief
from crm_core.generation.composer.angles import angle
from crm_core.generation.composer.facts import product_facts
from crm_core.pipeline import Pipeline
from tests.generation.scripted import pipeline_with_reviews

CHANNELS = ("kakao_friendtalk", "lms", "email", "push", "sms")
LUXURY, SENSITIVE, BUDGET, TREND, NATURAL = range(5)
EVENING = re.compile("저녁|잠들기 전")
HURRY = re.compile("이번 주|지금이 [^.!?\n]{0,16}좋은 때|고르기 좋은 때|오늘이 [^.!?\n]{0,12}좋은 날")


@pytest.fixture()
def pipeline(catalog: Catalog, settings: Settings) -> Pipeline:
    return pipeline_with_reviews(catalog, settings, "흡수가 빨라서 좋아요.", "촉촉해요.")


def _texts(pipeline: Pipeline, styles, stages=(0, 1, 2, 3), tones=(None, "감성적인"), **kw) -> list[str]:  # type: ignore[no-untyped-def]
    out = []
    for channel in CHANNELS:
        for stage in stages:
            for style in styles:
                for tone in tones:
                    spec = dict(stage_index=stage, style_index=style, channel=channel, tone=tone, is_event=False) | kw
                    result = pipeline.run_one(Brief(**spec))[0]
                    assert result.event is None
                    out.append(f"{result.message.title or ''}\n{result.message.body}\n{result.message.cta or ''}")
    return out


def _product(catalog: Catalog, brand: str, part: str):  # type: ignore[no-untyped-def]
    return next(p for p in catalog.products if p.brand == brand and part in p.name)


def test_the_catalog_places_make_up_and_morning_products_in_the_day(catalog: Catalog):
    day = [
        ("헤라", "하이드로-듀 플럼핑 크림"),
        ("라네즈", "워터뱅크 블루 히알루로닉 젤 크림"),
        ("헤라", "리프레싱 클렌징 폼"),
    ]
    # a night mask's "다음 날 아침" and an essence used "아침저녁" are no morning product
    not_day = [("라네즈", "워터 슬리핑 마스크"), ("아이오페", "브라이트닝 기미 에센스"), ("한율", "달빛유자 수면팩")]
    for brand, part in day:
        assert product_facts(_product(catalog, brand, part), angle("luxury")).daytime, part
    for brand, part in not_day:
        assert not product_facts(_product(catalog, brand, part), angle("luxury")).daytime, part


def test_a_cream_for_before_make_up_never_meets_an_evening_line(pipeline: Pipeline):
    """s9447: 헤라 하이드로-듀 플럼핑 크림 ("메이크업 전에 쓰기 좋은 수분 크림") to a luxury reader, every channel,
    the feeling style whose hooks and closes name the reader's moment."""
    texts = _texts(pipeline, styles=(1, 3), persona=LUXURY, brand="헤라", product="하이드로-듀 플럼핑 크림")
    clashes = [t for t in texts if EVENING.search(t)]
    assert not clashes, clashes[:3]


def test_a_morning_product_gets_a_morning_reader_tip(pipeline: Pipeline):
    """s5139: 워터뱅크 블루 히알루로닉 젤 크림 ("메이크업 전 수분 단계에 쓰는 크림"): the luxury reader's care tip is
    said for the morning, never "시간을 들여 관리하는 저녁이라면"."""
    texts = _texts(
        pipeline,
        styles=(1, 3),
        stages=(0, 1),
        persona=LUXURY,
        brand="라네즈",
        product="워터뱅크 블루 히알루로닉 젤 크림",
    )
    assert not [t for t in texts if EVENING.search(t)]
    assert any("아침" in t for t in texts)


@pytest.mark.parametrize(
    "brand,product",
    [
        ("일리윤", "히알루론 모이스춰 수분크림"),
        ("코스알엑스", "풀핏 프로폴리스 시너지 토너"),
        ("에스쁘아", "프로테일러 파운데이션 비 글로우"),
    ],
)
def test_the_time_style_without_an_event_names_no_week_and_no_good_time(pipeline: Pipeline, brand: str, product: str):
    """s5701: the time-pressed style with no event ("이번 주가 들이기 좋습니다", "지금 고르기 좋은 때")."""
    texts = _texts(
        pipeline, styles=(0, 5), stages=(0, 1, 2, 3, 4), tones=(None,), persona=NATURAL, brand=brand, product=product
    )
    hurried = [t for t in texts if HURRY.search(t)]
    assert not hurried, hurried[:3]


def test_a_winter_sunscreen_is_not_sold_on_dry_indoor_air(pipeline: Pipeline):
    """s4619: "찬 바람에 난방까지 더해져 실내가 건조한 겨울, 새로 들이신 … 선크림으로" ("건조한 실내와 선크림 연결이
    어색"): the seasonal style's winter scene for a sunscreen names no dryness; a moisturiser may still hear it."""
    winter = "2026-12-10T10:00:00+09:00"
    kw = dict(persona=LUXURY, scheduled_at=winter)
    sun = _texts(
        pipeline, styles=(4, 5), tones=(None,), brand="에스쁘아", product="워터 스플래쉬 프레쉬 시카 선크림", **kw
    )
    assert not [t for t in sun if "건조" in t and "겨울" in t]
    cream = _texts(
        pipeline, styles=(4,), tones=(None,), brand="라네즈", product="워터뱅크 블루 히알루로닉 모이스춰 크림", **kw
    )
    assert any("건조" in t for t in cream)


@pytest.mark.parametrize(
    "brand,product,value",
    [
        # "주름 개선" itself once, where the functional claim is a sentence of its own (reading 40, s2939)
        ("한율", "극진 크림", "기능성까지 한 단계"),
        ("설화수", "진설아이크림", "‘쌀알만큼만 덜어 써도 되더라’"),
    ],
)
def test_a_budget_reader_passes_on_the_value_the_catalog_names(
    pipeline: Pipeline, brand: str, product: str, value: str
):
    """s7563: a budget reader's referral of a product the catalog gives no generous size said nothing of value
    ("가성비 관점 없음"): the share line passes on how little one use takes (the usage) or the registered function
    one step carries (email, which keeps the share line beside the product's review)."""
    for channel in ("email",):
        for style in (1, 3, 4):
            brief = Brief(
                persona=BUDGET, brand=brand, product=product, stage_index=4, style_index=style, channel=channel
            )
            result = pipeline.run_one(brief)[0]
            assert result.verdict != "block", result.findings
            assert value in result.message.body, result.message.body


def test_a_winter_message_does_not_sell_cooling_heat_flushed_skin(pipeline: Pipeline):
    """s2662: "맑은 워터 제형이 열감이 오른 피부를 산뜻하게 식혀 줍니다" sent in winter ("겨울에 '열감 식혀 줌'이 계절과
    어긋나고"): 마몽드 카밍 샷 아줄렌 토너's cooling feature is left out of a winter long message to a trend or a
    sensitive reader (the feature they would otherwise meet first), whatever the style."""
    for persona in (TREND, SENSITIVE):
        texts = _texts(
            pipeline,
            styles=(1, 2, 3, 4),
            stages=(0, 1, 2, 3),
            tones=(None,),
            persona=persona,
            brand="마몽드",
            product="카밍 샷 아줄렌 토너",
            scheduled_at="2026-12-10T10:00:00+09:00",
        )
        long_texts = [t for i, t in enumerate(texts) if i // 16 < 3]  # kakao, lms, email come first in CHANNELS
        assert not [t for t in long_texts if re.search("열감|식혀", t)], long_texts[:2]
