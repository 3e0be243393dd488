"""Round 23: the reader's own fact, where the catalog has it, is said in the long forms (bench/persona_reason_check.py
--misses: natural and sensitive long messages whose product's catalog row carried their reason, unsaid)."""

from __future__ import annotations

from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.domain import Brief
from crm_core.pipeline import Pipeline
from tests.generation.scripted import pipeline_with_reviews

LONG_CHANNELS = ("kakao_friendtalk", "lms", "email")
SENSITIVE, NATURAL = 1, 4
REFERRAL = 4


def _bodies(pipeline: Pipeline, stages: tuple[int, ...], styles=(1, 3, 5), **kw) -> list[str]:  # type: ignore[no-untyped-def]
    out = []
    for channel in LONG_CHANNELS:
        for stage in stages:
            for style in styles:
                spec = dict(stage_index=stage, style_index=style, channel=channel, is_event=False, seed=style) | kw
                result = pipeline.run_one(Brief(**spec))[0]
                assert result.verdict != "block", (result.message.body, result.findings)
                out.append(result.message.body)
    return out


def test_a_natural_reader_of_a_product_with_no_plant_hears_the_comfort_the_catalog_states(
    catalog: Catalog, settings: Settings
):
    """워터뱅크 젠틀 젤 클렌저 names no plant and no origin; its catalog says the skin is not left tight ("세안
    후에도 피부가 뽀득하게 당기지 않고 촉촉하게 남습니다"): the natural reader's 오래 써도 편안한 사용감, said over a
    repurchase review (reading 32: "내추럴 페르소나 미반영")."""
    product = next(p for p in catalog.products if p.name.startswith("워터뱅크 젠틀 젤 클렌저"))
    assert any("당기지 않" in c for c in product.claims)
    pipeline = pipeline_with_reviews(catalog, settings, "벌써 세 번째 재구매했어요.")
    for body in _bodies(pipeline, (0, 1, 2, 3), persona=NATURAL, brand=product.brand, product=product.name):
        assert "당기지 않" in body, body


def test_a_sensitive_referral_says_the_catalogs_sensitive_skin_beside_the_share_line(
    catalog: Catalog, settings: Settings
):
    """시카 슬리핑 마스크 lists 민감성 among its skin types: a sensitive reader asked to recommend it hears that, not
    only ‘성분표부터 같이 보자’ (which names no fact of the product)."""
    product = next(p for p in catalog.products if p.name.startswith("시카 슬리핑 마스크"))
    assert "민감성" in product.skin_types
    pipeline = pipeline_with_reviews(catalog, settings)
    for body in _bodies(pipeline, (REFERRAL,), persona=SENSITIVE, brand=product.brand, product=product.name):
        assert "민감성 피부도 쓸 수" in body, body


def test_a_sensitive_referral_names_the_soothing_ingredient_without_a_second_ask(catalog: Catalog, settings: Settings):
    """한란 아이 크림 (세라마이드; no sensitive skin type, no mildness claim): the referral names the ingredient as a
    fact; the label line that asks ("…확인해 보세요") is never said beside the referral's own ask."""
    product = next(p for p in catalog.products if p.name.startswith("한란 아이 크림"))
    pipeline = pipeline_with_reviews(catalog, settings)
    for body in _bodies(pipeline, (REFERRAL,), persona=SENSITIVE, brand=product.brand, product=product.name):
        assert "세라마이드" in body, body
        assert "점부터 확인해 보" not in body, body


def test_a_budget_reader_of_a_functional_product_hears_what_one_step_carries(catalog: Catalog, settings: Settings):
    """퍼펙트리뉴 3X 에멀젼 (주름 개선 기능성): a budget reader choosing it hears that one step carries the function
    where a matched feature leads the message and no reader's line is said (styles 0, 3, 5; reading 32: "가성비 근거
    없음"); no review to say instead."""
    product = next(p for p in catalog.products if p.name.startswith("퍼펙트리뉴 3X 에멀젼"))
    assert product.functional_claims
    pipeline = pipeline_with_reviews(catalog, settings)
    for body in _bodies(pipeline, (0, 3), styles=(0, 3, 5), persona=2, brand=product.brand, product=product.name):
        assert "기능성까지" in body, body
