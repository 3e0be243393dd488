"""Round 30 (readings 57-60): the trend reader hears what users talk about where the product has no look, finish or
pack left to tell.

"트렌드 관심사 없음/미반영" was the readers' most frequent customer note; the 2.0 trend messages were a shampoo, a
scalp essence, a treatment, a firming cream ("트렌드 팔로워 공략이 없고 …", reading 60; "성분 나열식이고 트렌드
관심사 미반영", reading 57): products whose catalog names no finish, look or pack, whose message said their
ingredients plainly. A positive review of how the product feels on use is said as talk among users ("써 본 분들
사이에서는 … 이야기가 먼저 나와요", "쓰는 분들 …" after a hook on trying it: what is talked about), never a
mildness, firmness or value review (another reader's point), and never in place of the make-up or photo tip a
first-use reader hears for a product worn on the face."""

from __future__ import annotations

from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.domain import Brief
from crm_core.generation.composer import fit
from crm_core.generation.composer.angles import angle_for
from crm_core.generation.composer.facts import product_facts
from crm_core.generation.composer.reviews import ReviewPoint
from tests.generation.scripted import pipeline_with_reviews

TREND = 3
TALKED = "분들 사이에서는 깔끔하게 씻긴다는 이야기가 먼저 나와요."


def test_a_trend_reader_of_a_shampoo_hears_what_users_talk_about(catalog: Catalog, settings: Settings):
    """The 려 shampoo to a trend reader still choosing (stage 3), whose hook said its lather: the clean-rinse review is
    said as talk among users on every long channel and SMS; a mildness review is never said as that talk."""
    pipeline = pipeline_with_reviews(catalog, settings, "머리가 깔끔하게 씻겨서 개운해요.", "순하고 자극이 없어요.")
    for channel in ("kakao_friendtalk", "lms", "email", "sms"):
        for seed in range(2):
            brief = Brief(persona=TREND, brand="려", product="자양윤모 샴푸 400ml", stage_index=3, style_index=1,
                          channel=channel, honorific="해요체", seed=seed)  # fmt: skip
            body = pipeline.run_one(brief)[0].message.body
            assert TALKED in body, (channel, seed, body)
            assert "사이에서는 순하게" not in body, body
            # "…부터 써 보는 재미가 있어요" in the hook: the talk is "쓰는 분들 …", "써 보다" said once
            assert body.count("써 보") + body.count("써 본") <= 1, body


def _trend_facts(catalog: Catalog, name: str):  # type: ignore[no-untyped-def]
    product = next(p for p in catalog.products if p.name == name)
    persona = next(p for p in catalog.personas if angle_for(p).key == "trend")
    return product_facts(product, angle_for(persona))


def test_the_talked_review_is_said_where_no_finish_is_and_never_over_a_first_use_tip(catalog: Catalog):
    """A cream whose catalog names no trend feature (워터뱅크 블루 히알루로닉 젤 크림): to a reader still choosing (3)
    or a user (2) the absorption review is the trend line, its short form for push and SMS fits any stage; at first use
    (1) the reader's make-up tip speaks instead (reader.py), so no line is offered; a firmness or value review is
    never said as talk."""
    facts = _trend_facts(catalog, "워터뱅크 블루 히알루로닉 젤 크림 50ml")
    absorbed = (ReviewPoint("흡수", "흡수가 빠르다는", "R1#s1"),)
    for stage in (3, 2):
        found = fit.trend_fits(facts, absorbed, "", "skin", 0, stage)
        assert [(f.kind, f.line, f.short) for f in found] == [
            (
                "review",
                "써 본 분들 사이에서는 흡수가 빠르다는 이야기가 먼저 나와요.",
                "써 본 분들 사이에서 흡수가 빠르다는 이야기가 이어져요.",
            )
        ], stage
    assert fit.trend_fits(facts, absorbed, "", "skin", 0, 1) == []
    others = (
        ReviewPoint("탄력", "피부가 탄탄하게 느껴진다는", "R1#s1"),
        ReviewPoint("가성비", "가격 대비 만족스럽다는", "R2#s1"),
    )
    assert fit.trend_fits(facts, others, "", "skin", 0, 3) == []


NATURAL = 4
STORY_ORIGIN = "마몽드는 아줄렌처럼 꽃과 식물에서 얻은 원료"  # the house says it, no comparison (readings 86-89)


def test_a_natural_reader_hears_where_azulene_comes_from_as_the_brand_story_says(catalog: Catalog, settings: Settings):
    """Reading 59 (마몽드 카밍 샷 아줄렌 선크림 to a natural reader: "아줄렌의 자연 유래·진정 포인트를 살리지 못함"):
    the catalog names 아줄렌 with no origin, the brand's story lists it among the raw materials it gets from flowers
    and plants ("장미, 동백, 아줄렌처럼 꽃과 식물에서 얻은 원료를 …"). The toner's natural reader hears that origin on
    the long channels and SMS, whatever the stage."""
    pipeline = pipeline_with_reviews(catalog, settings)
    for channel in ("kakao_friendtalk", "lms", "email", "sms"):
        for stage in (0, 2, 3):
            brief = Brief(persona=NATURAL, brand="마몽드", product="카밍 샷 아줄렌 토너 300ml", stage_index=stage,
                          style_index=1, channel=channel, honorific="해요체", seed=0)  # fmt: skip
            body = pipeline.run_one(brief)[0].message.body
            assert STORY_ORIGIN in body, (channel, stage, body)


def test_the_story_origin_is_said_only_of_an_ingredient_the_story_lists(catalog: Catalog):
    """The origin comes from the story's own list: a product of another brand (no such list) or one holding none of
    the listed ingredients gets no story line; the short form for push and SMS keeps the source."""
    mamonde = next(b for b in catalog.brands if b.name == "마몽드").story
    toner = _trend_facts(catalog, "카밍 샷 아줄렌 토너 300ml")
    found = fit.story_origin_fits(toner, "마몽드", mamonde, "")
    assert [(f.line, f.short) for f in found] == [
        ("마몽드는 아줄렌처럼 꽃과 식물에서 얻은 원료를 담아요.", "아줄렌은 꽃과 식물에서 얻은 원료예요.")
    ]
    assert fit.story_origin_fits(_trend_facts(catalog, "자음생크림 60ml"), "마몽드", mamonde, "") == []
    laneige = next(b for b in catalog.brands if b.name == "라네즈").story
    assert fit.story_origin_fits(toner, "라네즈", laneige, "") == []
