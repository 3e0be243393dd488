"""The catalog retriever: collections, weights, threshold, cache reuse, past messages, bad input."""

from __future__ import annotations

import pytest

from crm_core.errors import InvalidInput
from crm_core.retrieval import CatalogRetriever, HashEmbedder
from tests.retrieval.conftest import REVIEWS, make_catalog

ALL_LOADED = {
    name: "lexical loaded, dense loaded"
    for name in ("product_facts", "reviews", "brand_tone", "stage_rules", "past_messages")
}


def retriever(catalog, settings, **kwargs):
    kwargs.setdefault("embedder", HashEmbedder(64))
    return CatalogRetriever(catalog, settings=settings, **kwargs)


def test_construction_is_cheap_and_warm_up_is_idempotent(small_catalog, retrieval_settings):
    r = retriever(small_catalog, retrieval_settings)
    assert r.report == {} and r.status == "not warmed up"
    r.warm_up()
    first = dict(r.report)
    r.warm_up()
    assert r.report == first
    assert r.mode == "hybrid"


def test_restart_with_unchanged_data_loads_every_index(small_catalog, retrieval_settings):
    retriever(small_catalog, retrieval_settings).warm_up()
    again = retriever(small_catalog, retrieval_settings)
    again.warm_up()
    assert again.report == ALL_LOADED


def test_changed_reviews_rebuild_only_the_reviews_collection(retrieval_settings):
    retriever(make_catalog(), retrieval_settings).warm_up()
    changed = make_catalog([*REVIEWS, ("R00099", "LNG-001", 5, "겨울철 건조함이 사라졌어요. 보습 최고예요.")])
    r = retriever(changed, retrieval_settings)
    r.warm_up()
    assert r.report["reviews"] == "lexical built, dense built"
    assert {k: v for k, v in r.report.items() if k != "reviews"} == {
        k: v for k, v in ALL_LOADED.items() if k != "reviews"
    }
    assert any(h.chunk.parent == "R00099" for h in r.search("겨울철 건조함", collections="reviews"))


def test_another_embedding_model_rebuilds_only_the_dense_arm(small_catalog, retrieval_settings):
    retriever(small_catalog, retrieval_settings).warm_up()
    r = retriever(small_catalog, retrieval_settings, embedder=HashEmbedder(32))
    r.warm_up()
    assert set(r.report.values()) == {"lexical loaded, dense built"}


@pytest.mark.usefixtures("empty_hf_cache")
def test_without_a_model_search_is_lexical_and_says_so(small_catalog, retrieval_settings):
    r = CatalogRetriever(small_catalog, settings=retrieval_settings)  # default e5: not pulled here
    hits = r.search("건조한 피부 보습", collections="reviews", top_k=3)
    assert r.mode == "lexical"
    assert r.status.startswith("lexical-only retrieval: embedding model 'intfloat/multilingual-e5-small' is neither")
    assert hits and all(h.dense is None for h in hits)


def test_brand_and_product_filters(small_catalog, retrieval_settings):
    r = retriever(small_catalog, retrieval_settings)
    hits = r.search("피부", brand="innisfree", top_k=20, collections=["reviews", "product_facts"])
    assert hits and {h.chunk.meta["brand"] for h in hits} == {"이니스프리"}
    hits = r.search("피부", brand="라네즈", product="래디언", top_k=20, collections="reviews")
    assert hits and {h.chunk.meta["product_id"] for h in hits} == {"LNG-002"}
    hits = r.search("피부", product="INF-001", top_k=20, collections="reviews")
    assert {h.chunk.meta["product_id"] for h in hits} == {"INF-001"}


def test_collection_weight_zero_removes_it_and_weights_scale_scores(small_catalog, retrieval_settings):
    both = ["reviews", "product_facts"]
    full = retriever(small_catalog, retrieval_settings).search("건조한 피부 보습", collections=both, top_k=50)
    assert {h.chunk.collection for h in full} == set(both)
    baseline = {h.id: h.score for h in full if h.chunk.collection == "reviews"}
    r = retriever(small_catalog, retrieval_settings, weights={"product_facts": 0.0, "reviews": 0.5})
    hits = r.search("건조한 피부 보습", collections=both, top_k=50)
    assert hits and {h.chunk.collection for h in hits} == {"reviews"}
    assert {h.id: h.score for h in hits} == pytest.approx({i: s * 0.5 for i, s in baseline.items()})


def test_threshold_drops_weak_hits(small_catalog, retrieval_settings):
    loose = retriever(small_catalog, retrieval_settings).search("건조한 피부 보습", collections="reviews", top_k=20)
    cut = 0.5
    strict = retriever(small_catalog, retrieval_settings, min_score=cut).search(
        "건조한 피부 보습", collections="reviews", top_k=20
    )
    assert strict and len(strict) < len(loose)
    assert all(h.score >= cut for h in strict)


def test_past_messages_are_searchable_after_adding(small_catalog, retrieval_settings):
    r = retriever(small_catalog, retrieval_settings)
    assert r.search("촉촉한 겨울", collections="past_messages") == []
    added = r.add_past_messages([{"id": "m1", "text": "촉촉한 겨울을 위한 수분 채우기", "brand": "라네즈"}])
    assert added == 1 and r.add_past_messages([{"id": "m1", "text": "중복"}]) == 0
    hits = r.search("촉촉한 겨울", collections="past_messages")
    assert [h.id for h in hits] == ["past:m1"]
    assert r.report["past_messages"] == "lexical built, dense built"


@pytest.mark.parametrize(
    ("kwargs", "field", "fragment"),
    [
        ({"query": "  "}, "query", "is empty"),
        ({"top_k": 0}, "top_k", "got 0"),
        ({"top_k": 5000}, "top_k", "got 5000"),
        ({"collections": ["memes"]}, "collection", "unknown collection 'memes'"),
        ({"brand": "샤넬"}, "brand", "unknown brand '샤넬'"),
        ({"brand": "라네즈", "product": "없는제품"}, "product", "unknown product '없는제품'"),
        ({"product": "NOPE-1"}, "product", "unknown product 'NOPE-1'"),
    ],
)
def test_bad_input_names_the_field(small_catalog, retrieval_settings, kwargs, field, fragment):
    r = retriever(small_catalog, retrieval_settings)
    query = kwargs.pop("query", "보습")
    with pytest.raises(InvalidInput) as err:
        r.search(query, **kwargs)
    assert err.value.field == field
    assert fragment in str(err.value)


def test_unknown_collection_lists_the_allowed_ones(small_catalog, retrieval_settings):
    with pytest.raises(InvalidInput, match="allowed: product_facts, reviews, brand_tone, stage_rules, past_messages"):
        retriever(small_catalog, retrieval_settings).search("보습", collections="memes")


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"fusion": "max"}, "got 'max'"),
        ({"min_score": 1.5}, "got 1.5"),
        ({"weights": {"reviews": -1}}, "weights.reviews"),
        ({"weights": {"tweets": 1.0}}, "unknown collection 'tweets'"),
    ],
)
def test_bad_settings_are_refused_at_construction(small_catalog, kwargs, fragment):
    with pytest.raises(ValueError, match=fragment):
        CatalogRetriever(small_catalog, **kwargs)


def test_to_dict_records_what_reproduces_a_search(small_catalog, retrieval_settings):
    r = retriever(small_catalog, retrieval_settings, fusion="weighted", min_score=0.2)
    r.warm_up()
    d = r.to_dict()
    assert d["embedding_model"] == "hash-bigram-64"
    assert (d["fusion"], d["min_score"], d["mode"], d["analyzer"]) == ("weighted", 0.2, "hybrid", "morph+char2")


def test_store_records_are_accepted_as_past_messages(small_catalog, retrieval_settings):
    class StoreRecord:  # the shape of crm_core.store's PastMessage
        source_id = "approved:12@r1"
        text = "겨울에도 촉촉하게, 워터뱅크"
        brand = "라네즈"
        product_id = "LNG-001"
        stage = 2

    r = retriever(small_catalog, retrieval_settings)
    assert r.add_past_messages([StoreRecord()]) == 1
    assert [h.id for h in r.search("촉촉 워터뱅크", collections="past_messages")] == ["approved:12@r1"]


def test_past_message_without_text_is_refused(small_catalog):
    with pytest.raises(InvalidInput, match="past_messages: each item needs a non-empty id and text"):
        CatalogRetriever(small_catalog).add_past_messages([{"id": "m2", "text": " "}])
