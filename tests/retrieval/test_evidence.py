"""Evidence for a brief: this product's positive, specific, non-duplicate reviews; context modes honoured."""

from __future__ import annotations

import pytest

from crm_core.domain import Brief, ContextMode
from crm_core.retrieval import CatalogRetriever, HashEmbedder, RetrievalEvidence
from crm_core.retrieval.evidence import persona_query


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
