"""A sheet listing a catalog product in another pack size: the copy states the sheet's size, never the
catalog's size or price."""

from __future__ import annotations

import pytest

from crm_core.catalog import Catalog
from crm_core.catalog.listing import listed_size
from crm_core.domain import Brief, ListedProduct, MessageResult, Product
from crm_core.evidence import assemble_evidence
from crm_core.pipeline import Pipeline


def listing(**kw) -> Brief:  # type: ignore[no-untyped-def]
    product = "워터뱅크 블루 히알루로닉 젤 크림 20ml"  # the catalog's LNG-004 is 50ml, 38,000원
    base = dict(persona=2, brand="라네즈", product=product, stage_index=3, style_index=1)
    return Brief(**(base | kw))


def test_a_smaller_listing_carries_the_sheets_size_and_no_price(catalog: Catalog):
    resolved = catalog.resolve(listing())
    assert resolved.product_match is not None
    assert resolved.product_match.kind == "normalised" and resolved.product_match.listed_size == "20ml"
    product = resolved.product
    assert isinstance(product, ListedProduct)
    assert product.id == "LNG-004" and product.name == "워터뱅크 블루 히알루로닉 젤 크림 20ml"
    assert (product.volume, product.price, product.catalog_volume) == ("20ml", None, "50ml")
    facts = " ".join(assemble_evidence(resolved).fact_texts())
    assert "50ml" not in facts and "38,000" not in facts and "20ml" in facts


def test_a_pack_size_selling_point_is_left_out(catalog: Catalog):
    product = catalog.resolve(listing(brand="설화수", product="탄력크림 EX 50ml")).product
    assert product.name == "탄력크림 EX 50ml"
    assert "목과 턱선까지 바르기 좋은 넉넉한 용량" not in product.selling_points
    assert "가볍게 흡수되어 낮에도 편한 크림" in product.selling_points


@pytest.mark.parametrize("stage", [0, 1, 2, 3, 4])
def test_the_copy_never_states_the_catalogs_size_or_price(facts_pipeline: Pipeline, stage: int):
    # Budget_Seeker and a brand that talks price: the case where the composer would state volume and price
    for result in facts_pipeline.run_one(listing(stage_index=stage, n=4, channel="lms")):
        text = result.message.channel_text
        assert "50ml" not in text and "38,000" not in text and "38000" not in text, text
        assert result.product_match is not None and result.product_match.listed_size == "20ml"


def test_a_listed_product_survives_the_stored_result(facts_pipeline: Pipeline):
    result = facts_pipeline.run_one(listing())[0]
    again = MessageResult.model_validate(result.model_dump())
    assert isinstance(again.product, ListedProduct) and again.product.price is None


@pytest.mark.parametrize(
    ("brand", "written"),
    [
        ("라네즈", "워터뱅크 블루 히알루로닉 젤 크림 50ml"),  # exact: the catalog's size
        ("코스알엑스", "어드벤스드 스네일 92 올인원 크림"),  # normalised, no size written
        ("이니스프리", "그린티 아미노 수분 클렌징 폼 150g"),  # normalised, the same size
    ],
)
def test_the_catalog_product_is_kept_when_the_sizes_agree(catalog: Catalog, brand: str, written: str):
    resolved = catalog.resolve(listing(brand=brand, product=written))
    assert type(resolved.product) is Product and resolved.product.price is not None
    assert resolved.product_match is not None and resolved.product_match.listed_size is None


def test_a_name_only_product_for_a_price_minded_reader_does_not_crash(facts_pipeline: Pipeline):
    # Budget_Seeker + a price-talking brand asked whether a price-less product is premium (a TypeError)
    result = facts_pipeline.run_one(listing(brand="에뛰드", product="없는 크림 30ml", unknown_products="name_only"))[0]
    assert result.product_match is not None and result.product_match.kind == "name_only"


def test_a_sheet_naming_one_of_the_packs_own_sizes_keeps_the_catalog_product(catalog: Catalog) -> None:
    mask = next(p for p in catalog.products if p.volume == "23ml×5매")  # a five-sheet mask box
    assert listed_size(mask, mask.name) is None
    assert listed_size(mask, mask.name.replace("23ml", "23ml×5매")) is None
    assert listed_size(mask, mask.name.replace("23ml", "25ml")) == "25ml"
    resolved = catalog.resolve(Brief(persona=3, brand=mask.brand, product=mask.name, stage_index=1, style_index=0))
    assert type(resolved.product) is Product and resolved.product.price == mask.price
