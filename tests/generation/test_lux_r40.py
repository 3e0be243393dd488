"""Round 40: the luxury reader hears the formula's trusted ingredient with what it does, in words that read premium.

Readings 96-97 put the luxury reader lowest on customer fit (3.19 / 3.07): s9327 (리얼아트 클렌징 오일, push: "올리브
오일을 담았어요", "럭셔리 고객 각도 없음"), s7882 and s9196 ("근거·탄력 중시 고객 관점이 없음"), s7941 ("히알루론산은
수분을 머금는 성분, 판테놀은 … 성분으로 알려져 있어요": a textbook after a definition naming it). The role is an
ordinary cosmetic one the catalog backs (facts.TRUSTED_ROLES), never an anti-ageing promise, and it never takes the
place of the catalog's claim, the name's own ingredient or a push's room.
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
SENTENCE = re.compile(r"[^.!?\n]+")


def _body(pipeline, product: str, brand: str, channel: str, stage: int, style: int, honorific: str = "해요체") -> str:  # type: ignore[no-untyped-def]
    brief = Brief(persona=LUXURY, brand=brand, product=product, channel=channel, stage_index=stage,
                  style_index=style, honorific=honorific, seed=3)  # fmt: skip
    return pipeline.run_one(brief)[0].message.body


def test_a_luxury_push_of_a_cleansing_oil_says_what_its_oil_does(catalog: Catalog, settings: Settings):
    """s9327's cleansing oil and a lip and eye remover: the push names the ingredient with its job ("씻은 뒤 촉촉함을
    남기는 올리브 오일", "진정에 쓰이는 카모마일 추출물"), not the bare name; no anti-ageing word."""
    pipeline = pipeline_with_reviews(catalog, settings)
    for product, brand, role in (
        ("리얼아트 클렌징 오일 모이스처 185ml", "에뛰드", "씻은 뒤 촉촉함을 남기는 올리브 오일"),
        ("젠틀 딥 립앤아이 리무버 140ml", "일리윤", "진정에 쓰이는 카모마일 추출물"),
    ):
        for stage in (0, 1, 3):
            body = _body(pipeline, product, brand, "push", stage, 1)
            assert role in body, (product, stage, body)
            assert not re.search("탄력|주름|안티에이징", body), body


def test_a_moisture_helper_is_said_with_the_products_own_ingredient(catalog: Catalog, settings: Settings):
    """s4180 (워터뱅크 블루 히알루로닉 젤 크림, "주요 성분으로 수분을 머금는 히알루론산을 담았어요" — "럭셔리 고객의
    근거 … 미반영"): a moisture helper's role never stands alone in place of the product's own ingredient the
    message named before (녹차 추출물): both are said, in the SMS brief's LMS and the Kakao message."""
    pipeline = pipeline_with_reviews(catalog, settings)
    for channel in ("sms", "kakao_friendtalk"):
        for stage in (0, 2):
            body = _body(pipeline, "워터뱅크 블루 히알루로닉 젤 크림 50ml", "라네즈", channel, stage, 4)
            assert "수분을 머금는 히알루론산과 녹차 추출물" in body, (channel, stage, body)


def test_a_held_ingredients_role_is_its_own_and_the_second_is_pointed_to(catalog: Catalog, settings: Settings):
    """s7941: two roles after a definition that named the first read as a textbook ("…성분, …성분으로 알려져
    있어요"): the first is told as this product's own ("세라마이드는 피부 장벽을 이루는 성분이고"), the second
    pointed to beside it ("여기에 수분을 머금는 히알루론산까지 담았어요")."""
    pipeline = pipeline_with_reviews(catalog, settings)
    body = _body(pipeline, "세라마이드 아토 속보습 스킨 250ml", "일리윤", "lms", 2, 1)
    assert "세라마이드는 피부 장벽을 이루는 성분이고, 여기에 수분을 머금는 히알루론산까지 담았어요." in body, body
    assert "알려져 있어요" not in body, body


def test_the_role_is_told_in_more_than_one_wording_across_products(catalog: Catalog):
    """ "…성분으로 알려져 있어요" three times in a reading is a tic: across the products whose catalog backs a trusted
    role, the long line is turned by the product, at least three wordings, none of them more than half."""
    told = []
    for product in catalog.products:
        facts = _facts(catalog, product.name, "luxury")
        kind = product_kind(facts, facts.name)
        said = f"{facts.name}은 {' '.join(facts.ingredients)}을 담았어요."
        told += [f.line for f in fits("luxury", facts, kind, (), False, said, product.brand, "") if f.kind == "role"]
    frames = {line.rsplit(" ", 1)[-1] for line in told}  # the wording's last word: "가요.", "분명해요.", "담았어요."
    assert len(told) >= 10, told
    assert len(frames) >= 3, frames
    assert sum("알려져 있어요" in line for line in told) * 2 <= len(told), told


def test_a_calming_role_is_said_once_not_twice(catalog: Catalog):
    """카밍 샷 아줄렌 크림 (아줄렌, 마데카소사이드; "진정 크림"): "진정에 쓰이는 아줄렌에 병풀에서 얻어 진정을 돕는
    마데카소사이드를" said calming twice in one sentence; one role is said, the calming one."""
    facts = _facts(catalog, "카밍 샷 아줄렌 크림 60ml", "luxury")
    said = "카밍 샷 아줄렌 크림은 아줄렌에 마데카소사이드를 더한 크림이에요."
    lines = [f.line for f in fits("luxury", facts, product_kind(facts, facts.name), (), False, said, "마몽드", "")]
    role = [line for line in lines if "진정" in line]
    assert len(role) == 1 and role[0].count("진정") == 1, lines
