"""One ingredient story per message (reading 16): the ingredient line, the reader's tip and the referral
point name the same key ingredients, the one the product's name carries first; a sensitive reader of an
active hears the active and how to start, not a helper; "민감성 피부에도 맞는" is said only where the
catalog's skin types speak of the product's own skin; a trend reader passing a product on hears a finish
or texture from its catalog row. Every expectation comes from the catalog row."""

from __future__ import annotations

import re

import pytest

from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.domain import Brief, Product
from crm_core.pipeline import Pipeline
from tests.generation.scripted import pipeline_with_reviews

LONG_CHANNELS = ("kakao_friendtalk", "lms", "email")
CHANNELS = (*LONG_CHANNELS, "push", "sms")
LUXURY, SENSITIVE, BUDGET, TREND, NATURAL = range(5)
REFERRAL = 4


@pytest.fixture
def pipeline(catalog: Catalog, settings: Settings) -> Pipeline:
    return pipeline_with_reviews(catalog, settings)


def _product(catalog: Catalog, name: str) -> Product:
    return next(p for p in catalog.products if p.name.startswith(name))


def _bodies(pipeline: Pipeline, product: Product, personas=range(5), stages=range(5), channels=CHANNELS):  # type: ignore[no-untyped-def]
    for persona in personas:
        for stage in stages:
            for channel in channels:
                brief = Brief(
                    persona=persona, brand=product.brand, product=product.name, stage_index=stage,
                    style_index=(persona + stage) % 6, channel=channel, is_event=False, seed=stage,
                )  # fmt: skip
                result = pipeline.run_one(brief)[0]
                assert result.verdict != "block", (result.message.body, result.findings)
                yield result.message.title + "\n" + result.message.body


def _named(product: Product, text: str) -> set[str]:
    """The key ingredients `text` names by their head word, the product's own name cut out first."""
    short = re.sub(r"\s*(SPF\S*\s*)?\d[\d.,]*\s*(ml|g|매)$", "", product.name)
    rest = text.replace(product.name, " ").replace(short, " ")
    found = set()
    for ingredient in sorted(product.key_ingredients, key=lambda i: -len(i.split()[0])):
        head = ingredient.split()[0]
        if head in rest:
            found.add(ingredient)
            rest = rest.replace(head, " ")
    return found


@pytest.mark.parametrize(
    ("name", "own"),
    [
        ("풀핏 프로폴리스 라이트 크림", "프로폴리스 추출물"),  # reading 16: "프로폴리스 크림에 프로폴리스 언급 없음"
        ("카밍 샷 아줄렌 선크림", "아줄렌"),  # "아줄렌 언급 없고"
        ("어린쑥 트러블 미스트", "어린쑥 추출물"),  # "어린쑥 미스트인데 어성초를 대표 성분으로 소개"
    ],
)
def test_a_message_naming_an_ingredient_names_the_one_in_the_products_name(
    pipeline: Pipeline, catalog: Catalog, name: str, own: str
):
    product = _product(catalog, name)
    assert own in product.key_ingredients
    head = own.split()[0]
    # a natural reader hears the ingredients the catalog names by their source (병풀 추출물), which 아줄렌 is not
    for text in _bodies(pipeline, product, personas=(LUXURY, SENSITIVE, BUDGET, TREND), channels=LONG_CHANNELS):
        if _named(product, text):  # it talks ingredients: its own comes with them
            stripped = text.replace(product.name, " ").replace(name, " ")
            assert head in stripped, text


def test_every_message_of_a_product_draws_its_ingredients_from_one_story_of_two(pipeline: Pipeline, catalog: Catalog):
    """Reading 16: "성분 앞뒤 불일치(판테놀·히알루론산 vs 병풀)": the sunscreen lists three key ingredients; the
    ingredient line, the tips and the referral point of all its messages name at most two of them, the same two."""
    product = _product(catalog, "순정 디렉터 수분 선크림")
    assert len(product.key_ingredients) == 3
    said: set[str] = set()
    for text in _bodies(pipeline, product):
        said |= _named(product, text)
    assert said and len(said) <= 2, said


def test_a_referral_tip_does_not_name_again_the_ingredient_the_definition_said(pipeline: Pipeline, catalog: Catalog):
    """Reading 16: "녹차 성분 반복" (the product line said 제주 녹차, the tip 녹차 추출물 again)."""
    product = _product(catalog, "그린티 씨드 히알루론산 세럼")
    for text in _bodies(pipeline, product, personas=(LUXURY, NATURAL), stages=(REFERRAL,), channels=LONG_CHANNELS):
        tips = [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if "권할 때" in s or "이야기해 주면" in s]
        assert not any("녹차" in tip for tip in tips), text


def test_a_sensitive_reader_of_an_active_pad_hears_the_active_and_how_to_start_never_a_helper(
    pipeline: Pipeline, catalog: Catalog
):
    """Reading 16: "BHA 패드에 판테놀 강조 엉뚱". The pad's catalog claim names BHA; 판테놀 is its third key
    ingredient."""
    product = _product(catalog, "원스텝 오리지널 클리어 패드")
    assert any("BHA" in c for c in product.claims) and "판테놀" in product.key_ingredients
    for text in _bodies(pipeline, product, personas=(SENSITIVE,), channels=(*LONG_CHANNELS, "push")):
        assert "판테놀" not in text, text
        assert "BHA" in text and re.search("팔 안쪽|천천히|하루 쉬어|양을 조금", text), text


def test_a_lip_colour_is_never_sold_to_a_sensitive_reader_as_fit_for_sensitive_skin(
    pipeline: Pipeline, catalog: Catalog
):
    """Reading 16: "'민감성 피부에도 맞는' 근거 없음": the lip's catalog skin types speak of the face, not the lips."""
    product = _product(catalog, "센슈얼 누드 밤")
    assert product.category == "립" and "민감성" in product.skin_types
    for text in _bodies(pipeline, product, personas=(SENSITIVE,), channels=("sms", "push")):
        assert "민감성 피부에도 맞는" not in text, text


def test_a_trend_reader_passing_a_product_on_hears_its_texture_from_the_catalog(pipeline: Pipeline, catalog: Catalog):
    """Reading 16: "트렌드 페르소나 미반영" on referral messages whose tip named no fact of the product."""
    product = _product(catalog, "워터 슬리핑 마스크")
    texture = next(p for p in product.selling_points if "제형" in p)
    for text in _bodies(pipeline, product, personas=(TREND,), stages=(REFERRAL,), channels=LONG_CHANNELS):
        assert texture in text, text
