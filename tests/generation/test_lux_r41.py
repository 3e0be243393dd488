"""Round 41: the luxury reader's trusted-ingredient role lands beside every earlier promise of the copy.

Round 40's role line (test_lux_r40) was read (readings 98-99) but did not land: a luxury push of 카밍 샷 아줄렌 크림
said the name's own ingredient again ("카밍 샷 아줄렌 크림은 아줄렌에 마데카소사이드를 더했고", test_push), and a role
line after the long product line's list said the ingredient twice (s3789 "호호바 오일·새싹 추출물을 담았습니다. 주요
성분으로 … 호호바 오일이 들어 있습니다", s5930 올리브 오일: "성분 설명이 중복", "'무엇이 들었는지 분명해요'가 어색").
"""

from __future__ import annotations

import re

from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.domain import Brief
from crm_core.generation.composer.fit import fits
from crm_core.generation.composer.reader import product_kind
from tests.generation.scripted import pipeline_with_reviews
from tests.generation.test_persona_r32 import _facts

LUXURY = 0


def _body(pipeline, product: str, brand: str, channel: str, stage: int, style: int, **kw) -> str:  # type: ignore[no-untyped-def]
    brief = Brief(persona=LUXURY, brand=brand, product=product, channel=channel, stage_index=stage,
                  style_index=style, seed=3, **({"honorific": "해요체"} | kw))  # fmt: skip
    return pipeline.run_one(brief)[0].message.body


def test_a_luxury_push_names_the_calming_role_not_the_names_own_ingredient(catalog: Catalog, settings: Settings):
    """카밍 샷 아줄렌 크림: the push tells the role of the ingredient its name does not carry (마데카소사이드),
    and never says 아줄렌 again beside the name."""
    pipeline = pipeline_with_reviews(catalog, settings)
    for stage in (0, 1, 3):
        body = _body(pipeline, "카밍 샷 아줄렌 크림 60ml", "마몽드", "push", stage, 1)
        assert "병풀에서 얻어 진정을 돕는 마데카소사이드" in body, (stage, body)
        assert "아줄렌" not in body.replace("카밍 샷 아줄렌 크림", ""), (stage, body)


def test_a_role_after_the_product_lines_list_names_its_ingredient_once_more_at_most(
    catalog: Catalog, settings: Settings
):
    """s5930 (리얼아트 클렌징 오일, KakaoTalk) and s3789 (마일드 앤 퍼펙트 클렌징 오일 투 폼, LMS gift): the role is
    said of the ingredient the list named, as its own ("올리브 오일은 씻은 뒤 촉촉함을 남기는 성분…"), never pointed
    to again as if new ("주요 성분으로 …", "무엇이 들었는지 분명해요")."""
    pipeline = pipeline_with_reviews(catalog, settings)
    oil = _body(pipeline, "리얼아트 클렌징 오일 모이스처 185ml", "에뛰드", "kakao_friendtalk", 2, 1, tone="트렌디한")
    gift = _body(
        pipeline, "마일드 앤 퍼펙트 클렌징 오일 투 폼 200ml", "프리메라", "lms", 4, 5,
        tone="감성적인", honorific="합쇼체", is_event=True, event_id="ev-ref-p3",
    )  # fmt: skip
    for body, ingredient, role in (
        (oil, "올리브 오일", "씻은 뒤 촉촉함을 남기는"),
        (gift, "호호바 오일", "피부 유분과 닮은"),
    ):
        assert f"{ingredient}은 {role} 성분" in body, body
        assert body.count(ingredient) <= 2, body
        assert not re.search("주요 성분으로|무엇이 들었는지", body), body


def test_a_name_built_on_hyaluronic_acid_tells_its_role_to_the_luxury_reader(catalog: Catalog):
    """워터뱅크 블루 히알루로닉 모이스춰 크림 (히알루론산, 스쿠알란, 판테놀; no anti-ageing fact) told the luxury
    reader nothing of theirs in any channel: the ingredient its name is built on is told with what it does, in the
    long text, with no anti-ageing word; the push keeps its room (no short line)."""
    facts = _facts(catalog, "워터뱅크 블루 히알루로닉 모이스춰 크림 50ml", "luxury")
    said = f"{facts.name}은 가볍게 펴 발리는 수분 크림이에요."
    found = [f for f in fits("luxury", facts, product_kind(facts, facts.name), (), False, said, "라네즈", "")]
    role = [f for f in found if f.kind == "role"]
    assert len(role) == 1 and "히알루론산" in role[0].line and "수분을 머금는" in role[0].line, found
    assert not role[0].short, role
    assert not re.search("탄력|주름|안티에이징", role[0].line), role


def test_hera_s_glow_is_said_plainly(catalog: Catalog):
    """s2805 (하이드로 리플렉팅 플루이드): "빠르게 흡수되어 감도는 맑은 광" — "과하게 꾸며짐": the catalog's glow
    is said plainly, its facts (흡수, 맑은 광) kept."""
    facts = _facts(catalog, "하이드로 리플렉팅 플루이드 140ml", "trend")
    assert "빠르게 흡수된 뒤 남는 맑은 광" in facts.points, facts.points
    assert not any("감도는" in p for p in facts.points + facts.claims), facts.points
