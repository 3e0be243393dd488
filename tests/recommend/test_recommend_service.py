"""What a marketer relies on: brand filters hold, sensitive profiles get soothing products, gaps are flagged."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from crm_core.catalog import Catalog
from crm_core.domain import Product
from crm_core.errors import InvalidInput
from crm_core.recommend import RecommenderModelError, custom_profile, persona_profile
from crm_core.recommend.service import ProductRecommender

# Soothing, judged from the product's ingredients and claims by hand-picked words (not the recommender's cues).
SOOTHING_INGREDIENTS = ("병풀", "시카", "판테놀", "마데카", "아줄렌", "어성초")
CALM_WORDS = ("진정", "민감", "자극", "예민", "붉", "시카", "판테놀", "편안", "병풀", "아줄렌", "어성초", "마데카")


def is_soothing(p: Product) -> bool:
    return any(x in " ".join(p.key_ingredients) for x in SOOTHING_INGREDIENTS) or any("진정" in c for c in p.claims)


def never_calming(p: Product) -> bool:
    text = " ".join((*p.claims, *p.key_ingredients, *p.selling_points, p.name))
    return not any(w in text for w in CALM_WORDS)


@pytest.fixture(scope="module")
def service(catalog: Catalog) -> ProductRecommender:
    return ProductRecommender(catalog)


def test_sensitive_soothing_profile_ranks_soothing_products_first(catalog: Catalog, service: ProductRecommender):
    profile = custom_profile("30대", "민감성", ["진정"])
    ranked = [i.product_id for i in service.recommend(profile, k=len(catalog.products)).items]
    by_id = catalog.products_by_id
    soothing = [r for r, pid in enumerate(ranked) if is_soothing(by_id[pid])]
    plain = [r for r, pid in enumerate(ranked) if never_calming(by_id[pid])]

    assert len(soothing) >= 20 and len(plain) >= 20
    assert all(is_soothing(by_id[pid]) for pid in ranked[:5])
    assert sum(soothing) / len(soothing) < sum(plain) / len(plain) - 30


def test_recommendations_explain_the_match(service: ProductRecommender):
    top = service.recommend(custom_profile(None, "민감성", ["진정"]), k=1).items[0]
    assert "고민 일치: 진정" in top.reasons
    assert top.review_sentences


@pytest.mark.parametrize("brand", ["라네즈", "Laneige"])
def test_recommendations_respect_the_brand_filter(catalog: Catalog, service: ProductRecommender, brand: str):
    all_laneige = len(catalog.brand_products("라네즈"))
    recs = service.for_persona(1, brand=brand, k=all_laneige)
    assert len(recs.items) == all_laneige
    assert {i.brand for i in recs.items} == {"라네즈"}


def test_persona_preferred_brands_and_concerns_shape_the_profile(catalog: Catalog):
    profile = persona_profile(catalog.persona(1))
    assert "진정" in profile.concerns and "장벽" in profile.concerns
    assert profile.preferred_brands == catalog.persona(1).brand_pref


def test_without_a_trained_model_content_answers_and_says_so(catalog: Catalog, tmp_path: Path):
    service = ProductRecommender(catalog, tmp_path / "missing.pt")
    for name in ("hybrid", "two_tower"):
        recs = service.for_persona(1, k=3, recommender=name)
        assert recs.recommender == "content"
        assert recs.flags == ("no_trained_model",)
        assert len(recs.items) == 3
        assert "content-based ranked instead" in recs.notes[0]


def test_with_a_trained_model_the_hybrid_ranks_unflagged(catalog: Catalog, trained_model_file: Path):
    recs = ProductRecommender(catalog, trained_model_file).for_persona(1, k=3, recommender="hybrid")
    assert recs.recommender == "hybrid"
    assert recs.flags == ()


def test_a_model_trained_on_other_data_is_flagged(catalog: Catalog, trained_model_file: Path):
    fewer_reviews = dataclasses.replace(catalog, reviews=catalog.reviews[:-5])
    recs = ProductRecommender(fewer_reviews, trained_model_file).for_persona(1, k=3, recommender="two_tower")
    assert recs.recommender == "two_tower"
    assert recs.flags == ("model_data_changed",)


def test_corrupt_model_file_is_an_error_not_a_fallback(catalog: Catalog, tmp_path: Path):
    broken = tmp_path / "two_tower.pt"
    broken.write_bytes(b"not a model")
    with pytest.raises(RecommenderModelError, match="cannot be read"):
        ProductRecommender(catalog, broken).for_persona(1, recommender="hybrid")


def field_of(exc: pytest.ExceptionInfo[InvalidInput]) -> str:
    return exc.value.field


def test_unknown_persona_names_the_field(service: ProductRecommender):
    with pytest.raises(InvalidInput, match=r"persona: no persona with index 9 \(allowed: 0 Luxury_Lover") as exc:
        service.for_persona(9)
    assert field_of(exc) == "persona"


def test_unknown_brand_names_the_field(service: ProductRecommender):
    with pytest.raises(InvalidInput, match="unknown brand '샤넬'") as exc:
        service.for_persona(1, brand="샤넬")
    assert field_of(exc) == "brand"


@pytest.mark.parametrize("k", [0, -1, 139, "3"])
def test_k_outside_the_catalog_names_the_field(service: ProductRecommender, k: object):
    with pytest.raises(InvalidInput, match=r"k: must be a whole number from 1 to 138 \(catalog products\)"):
        service.for_persona(1, k=k)  # type: ignore[arg-type]


def test_k_is_bounded_by_the_brand_products(service: ProductRecommender):
    with pytest.raises(InvalidInput, match=r"k: must be a whole number from 1 to 13 \(products of 라네즈\), got 14"):
        service.for_persona(1, brand="라네즈", k=14)


def test_empty_catalog_names_the_field(catalog: Catalog):
    with pytest.raises(InvalidInput, match=r"catalog: the catalog at .* has no products") as exc:
        ProductRecommender(dataclasses.replace(catalog, products=()))
    assert field_of(exc) == "catalog"


@pytest.mark.parametrize(
    ("args", "field", "allowed"),
    [
        (("70세", None, []), "age", "20대"),
        ((None, "악건성", []), "skin_type", "민감성"),
        ((None, None, ["다이어트"]), "concern", "진정"),
        ((None, None, []), "profile", "at least one of age"),
    ],
)
def test_bad_custom_profiles_name_the_field(args: tuple, field: str, allowed: str):
    with pytest.raises(InvalidInput, match=allowed) as exc:
        custom_profile(*args)
    assert field_of(exc) == field


def test_unknown_recommender_lists_the_allowed_ones(service: ProductRecommender):
    with pytest.raises(InvalidInput, match=r"recommender: unknown recommender 'magic' \(allowed: content, popularity"):
        service.for_persona(1, recommender="magic")
