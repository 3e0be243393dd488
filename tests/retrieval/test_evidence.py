"""Evidence for a brief: this product's positive, specific, non-duplicate reviews; context modes honoured."""

from __future__ import annotations

import pytest

from crm_core.domain import Brief, ContextMode
from crm_core.retrieval import CatalogRetriever, HashEmbedder, RetrievalEvidence
from crm_core.retrieval.evidence import persona_query
from crm_core.retrieval.review_evidence import persona_review_query
from tests.retrieval.conftest import REVIEWS, make_catalog


def brief(**kwargs) -> Brief:
    values = {"persona": 0, "brand": "라네즈", "product": "워터뱅크", "stage_index": 0, "style_index": 0, "top_k": 3}
    values.update(kwargs)
    return Brief(**values)


@pytest.fixture(params=["hash", "lexical"])
def source(request, small_catalog, retrieval_settings) -> RetrievalEvidence:
    embedder = HashEmbedder(64) if request.param == "hash" else None
    return RetrievalEvidence(
        small_catalog, CatalogRetriever(small_catalog, settings=retrieval_settings, embedder=embedder)
    )


def test_reviews_are_this_products_positive_specific_and_distinct(source, small_catalog):
    evidence = source.evidence(small_catalog.resolve(brief()))
    reviews = {r.id: r for r in small_catalog.reviews}
    ids = [item.source_id for item in evidence.reviews]
    parents = [i.split("#")[0] for i in ids]
    assert len(ids) == 3
    assert all(reviews[p].product_id == "LNG-001" for p in parents)
    assert all(reviews[p].rating >= 4 for p in parents)  # R00004 (2★, "보습이 부족") never appears
    assert "R00005" not in parents  # "좋아요 최고" says nothing specific
    assert len(set(parents)) == len(parents)
    assert not {"R00001", "R00006"} <= set(parents)  # near-duplicate reviews: at most one
    assert all(item.score is not None and item.collection == "reviews" for item in evidence.reviews)


def test_persona_concerns_steer_the_reviews(source, small_catalog):
    sensitive = source.evidence(small_catalog.resolve(brief(persona=1, top_k=1)))
    assert sensitive.reviews[0].source_id.startswith("R00007")  # 민감한 피부인데 자극 없이 순해요


def test_top_k_follows_the_brief(source, small_catalog):
    assert len(source.evidence(small_catalog.resolve(brief(top_k=1))).reviews) == 1


def test_rag_brand_adds_closest_exemplars_and_past_messages(source, small_catalog):
    source.retriever.add_past_messages([{"id": "m1", "text": "건조한 겨울 촉촉하게", "brand": "라네즈"}])
    evidence = source.evidence(small_catalog.resolve(brief(context_mode=ContextMode.rag_brand)))
    exemplars = [i for i in evidence.brand_tone if "#ex" in i.source_id]
    assert len(exemplars) == 3
    assert exemplars[0].source_id == "brand:라네즈#ex2"  # 건조한 계절, 촉촉함을 채워 드릴게요
    assert [i.source_id for i in evidence.past_messages] == ["past:m1"]
    assert evidence.retrieval_mode == source.retriever.mode


def test_rag_has_reviews_but_no_brand_tone(source, small_catalog):
    evidence = source.evidence(small_catalog.resolve(brief(context_mode=ContextMode.rag)))
    assert evidence.reviews and evidence.brand_tone == () and evidence.past_messages == ()
    assert evidence.product_facts and evidence.stage_rules


def test_no_rag_searches_nothing(small_catalog, retrieval_settings):
    retriever = CatalogRetriever(small_catalog, settings=retrieval_settings, embedder=HashEmbedder(64))
    evidence = RetrievalEvidence(small_catalog, retriever).evidence(
        small_catalog.resolve(brief(context_mode=ContextMode.none))
    )
    assert evidence.reviews == () and evidence.retrieval_mode == "none"
    assert retriever.report == {}  # no index was even built
    assert evidence.product_facts[0].source_id == "LNG-001#basic"


def test_lexical_only_evidence_says_so(small_catalog, retrieval_settings):
    source = RetrievalEvidence(small_catalog, CatalogRetriever(small_catalog, settings=retrieval_settings))
    evidence = source.evidence(small_catalog.resolve(brief()))
    assert evidence.retrieval_mode == "lexical"
    assert evidence.status.startswith("lexical-only retrieval")
    assert evidence.degraded and evidence.reviews


def test_persona_query_uses_concerns_and_value_focus(small_catalog):
    assert persona_query(small_catalog.personas[0]) == "건조 보습 오래가는 촉촉함"


def test_quoted_reviews_carry_id_rating_polarity_and_aspects(source, small_catalog):
    evidence = source.evidence(small_catalog.resolve(brief()))
    for item in evidence.reviews:
        assert item.review_id == item.source_id.split("#")[0]
        assert item.rating is not None and item.rating >= 4
        assert item.polarity == "praise"
        assert "보습" in item.aspects  # the dry-skin persona's concern, as the evidence panel shows it


def test_a_review_that_complains_about_the_persona_concern_is_never_quoted(retrieval_settings):
    # Its first sentence praises moisture, the second takes it back: the whole review judges it.
    hedged = ("R00013", "LNG-001", 4, "촉촉하게 잘 발려요. 굳이 단점을 꼽자면 보습력은 약해서 이것만으론 부족해요.")
    run_on = ("R00014", "LNG-001", 4, "바르면 촉촉해요 향도 좋아요 근데 저한테는 안 맞았어요")
    catalog = make_catalog([*REVIEWS, hedged, run_on])
    source = RetrievalEvidence(catalog, CatalogRetriever(catalog, settings=retrieval_settings, embedder=None))
    evidence = source.evidence(catalog.resolve(brief(top_k=5)))
    quoted = {item.review_id for item in evidence.reviews}
    assert quoted and not quoted & {"R00013", "R00014"}
    assert "R00004" not in quoted  # 2★ "보습이 부족했어요"


def test_no_usable_review_quotes_nothing_and_says_so(source, small_catalog):
    # 래디언-C 세럼's reviews praise tone and a light finish, nothing about dryness.
    evidence = source.evidence(small_catalog.resolve(brief(product="래디언-C")))
    assert evidence.reviews == ()
    assert evidence.no_usable_review
    assert "no usable review of LNG-002" in evidence.status


def test_review_query_drops_generic_value_words(small_catalog):
    budget = small_catalog.personas[0].model_copy(update={"value_focus": "가격 대비 효율, 실제 사용자 후기"})
    assert persona_review_query(budget) == "건조 보습 가격"
