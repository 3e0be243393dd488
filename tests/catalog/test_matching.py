"""Product names as sheets write them: near-copies resolve (flagged how), different things never do."""

from __future__ import annotations

import pytest

from crm_core.catalog import Catalog
from crm_core.catalog.matching import ProductMatcher
from crm_core.catalog.names import name_key, variant_marks
from crm_core.domain import Brief
from crm_core.errors import InvalidInput


@pytest.mark.parametrize(
    ("written", "catalog_name"),
    [
        ("자음생크림 30ml", "자음생크림 60ml"),  # another size
        ("NEW 워터뱅크 UV 베리어 선크림 SPF50+ PA++++ 50ml", "워터뱅크 UV 베리어 선크림 SPF50+/PA++++ 50ml"),
        ("카밍 샷 아줄렌 선크림 SPF50+PA++++ 35ml", "카밍 샷 아줄렌 선크림 SPF50+/PA++++ 35ml"),
        ("그린티 아미노 수분 클렌징폼 (대용량) 250g", "그린티 아미노 수분 클렌징폼 150g"),
        ("아토베리어 365 하이드로 수딩크림 60ml", "아토베리어365 하이드로 수딩크림 60ml"),
        ("비타민C 엑스퍼트25% 토닝앰플 23ml", "비타민C 엑스퍼트 25% 토닝 앰플 23ml"),
        ("어드벤스드 스네일 92 올인원 크림", "어드밴스드 스네일 92 올인원 크림 100g"),  # loan-word spelling
        ("그린티 씨드 히알루론산 크림 (튜브) 80ml", "그린티 씨드 히알루론산 크림 50ml"),  # pack form
    ],
)
def test_near_copies_resolve_as_normalised(catalog: Catalog, written: str, catalog_name: str):
    brand = next(p.brand for p in catalog.products if p.name == catalog_name)
    product, match = catalog.match_product(brand, written)
    assert product.name == catalog_name
    assert match.kind == "normalised" and match.from_ == written


@pytest.mark.parametrize(
    ("written", "mark"),
    [
        ("자음생크림 60ml 기획세트", "set"),
        ("자음생크림 리필 60ml", "refill"),
        ("자음생크림 60ml*2개", "bundle"),
        ("자음생크림 60ml + 자음수 EX 150ml", "bundle"),
    ],
)
def test_a_set_refill_or_bundle_is_never_the_single_product(catalog: Catalog, written: str, mark: str):
    assert mark in variant_marks(written)
    with pytest.raises(InvalidInput) as caught:
        catalog.match_product("설화수", written)
    assert caught.value.field == "product"
    assert "자음생크림 60ml" in caught.value.allowed


@pytest.mark.parametrize(
    ("brand", "written"),
    [
        ("설화수", "자음생크림 리치 30ml"),  # a texture line of 자음생크림 60ml
        ("코스알엑스", "퓨어 핏 시카 크림 인텐스"),  # another line of 퓨어 핏 시카 크림 50ml
        ("라네즈", "워터뱅크 블루 히알루로닉 에센스 토너 지·복합용 160ml"),  # the catalog has 중·건성용 only
        ("아이오페", "리제덤365 모공탄력 캡슐세럼 30ml"),  # an 에스트라 product under another brand
    ],
)
def test_line_words_and_other_brands_are_never_normalised_away(catalog: Catalog, brand: str, written: str):
    with pytest.raises(InvalidInput) as caught:
        catalog.match_product(brand, written)
    assert caught.value.field == "product"


def test_a_different_strength_is_a_different_product():
    assert name_key("레티놀 엑스퍼트 0.1% 링클 코렉터") != name_key("레티놀 엑스퍼트 0.3% 링클 코렉터 20ml")


def test_exact_and_unique_part_are_recorded(catalog: Catalog):
    assert catalog.match_product("설화수", "자음생크림 60ml")[1].kind == "exact"
    product, match = catalog.match_product("코스알엑스", "풀핏 프로폴리스 시너지 토너")
    assert product.name == "풀핏 프로폴리스 시너지 토너 280ml" and match.kind == "unique_part"


def test_candidates_are_genuinely_close_and_brand_aware(catalog: Catalog):
    with pytest.raises(InvalidInput) as caught:
        catalog.match_product("아이오페", "수분가득 콜라겐 크림 75ml")
    # 수분가득 콜라겐 is an 에뛰드 line: shown with its brand; 아이오페's unrelated creams are not listed
    assert caught.value.allowed and all(c.startswith("에뛰드 · 수분가득 콜라겐") for c in caught.value.allowed)


def test_no_candidate_is_listed_when_nothing_is_close(catalog: Catalog):
    with pytest.raises(InvalidInput) as caught:
        catalog.match_product("설화수", "전혀 다른 샴푸 이름")
    assert caught.value.allowed == [] and "no catalog product is close" in caught.value.detail


def test_at_most_five_candidates(catalog: Catalog):
    found = catalog.matcher.lookup("라네즈", "워터뱅크 크림 기획 세트")
    assert 1 <= len(found.candidates) <= 5


@pytest.mark.parametrize("brand", ["기타", "", " "])
def test_no_brand_gets_its_own_error(catalog: Catalog, brand: str):
    with pytest.raises(InvalidInput) as caught:
        catalog.brand(brand)
    assert caught.value.field == "brand" and "is not a brand" in caught.value.detail
    assert "설화수" in caught.value.allowed


def test_brand_prefix_is_unique_and_recorded(catalog: Catalog):
    assert catalog.brand("설화").name == "설화수"
    assert catalog.brand("laneige").name == "라네즈"
    with pytest.raises(InvalidInput) as caught:
        catalog.brand("수")  # not the start of any brand: no silent 설화수
    assert caught.value.field == "brand"
    brief = Brief(persona=0, brand="설화", product="자음생크림 60ml", stage_index=1, style_index=2)
    match = catalog.resolve(brief).product_match
    assert match is not None and match.brand_from == "설화"


def test_unknown_brand_lists_closest_brands_not_the_first_five(catalog: Catalog):
    with pytest.raises(InvalidInput) as caught:
        catalog.brand("라네즈즈")
    assert caught.value.allowed[0] == "라네즈"


def test_name_only_is_opt_in_and_flagged(catalog: Catalog):
    name = "뽀오얀 미소 발효 립&아이 리무버 250ml"
    base = dict(persona=0, brand="에뛰드", product=name, stage_index=1, style_index=1)
    with pytest.raises(InvalidInput):
        catalog.resolve(Brief(**base))
    resolved = catalog.resolve(Brief(**base, unknown_products="name_only"))
    assert resolved.name_only and resolved.product.claims == () and resolved.product.key_ingredients == ()
    assert resolved.product_match.from_ == base["product"]


def test_batch_lookup_matches_single_lookups(catalog: Catalog):
    matcher = ProductMatcher(catalog.products, catalog.brands)
    pairs = [("설화수", "자음생크림 30ml"), ("라네즈", "없는 이름"), ("아이오페", "수분가득 콜라겐 크림")]
    many = matcher.lookup_many(pairs)
    fresh = ProductMatcher(catalog.products, catalog.brands)
    assert [(m.product, m.candidates) for m in many] == [
        (fresh.lookup(b, t).product, fresh.lookup(b, t).candidates) for b, t in pairs
    ]
