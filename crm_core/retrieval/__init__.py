"""Evidence retrieval: Korean BM25 + sentence embeddings in faiss, fused, cached per collection."""

from collections.abc import Iterable

from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.retrieval.dense import DenseRetriever
from crm_core.retrieval.embedders import (
    EMBEDDING_MODELS,
    Embedder,
    HashEmbedder,
    ModelSpec,
    SentenceTransformerEmbedder,
    load_embedder,
)
from crm_core.retrieval.evidence import RetrievalEvidence
from crm_core.retrieval.hybrid import HybridRetriever
from crm_core.retrieval.lexical import KoreanLexicalRetriever
from crm_core.retrieval.retriever import CatalogRetriever, PastMessage
from crm_core.retrieval.types import COLLECTIONS, Chunk, Hit

__all__ = [
    "COLLECTIONS",
    "EMBEDDING_MODELS",
    "CatalogRetriever",
    "Chunk",
    "DenseRetriever",
    "Embedder",
    "HashEmbedder",
    "Hit",
    "HybridRetriever",
    "KoreanLexicalRetriever",
    "ModelSpec",
    "PastMessage",
    "RetrievalEvidence",
    "SentenceTransformerEmbedder",
    "build_evidence_source",
    "load_embedder",
]


def build_evidence_source(
    catalog: Catalog, settings: Settings, past_messages: Iterable[object] = ()
) -> RetrievalEvidence:
    """The pipeline's evidence source: hybrid retrieval over the catalog, indexes warmed on first use."""
    retriever = CatalogRetriever(catalog, settings=settings)
    retriever.add_past_messages(past_messages)
    return RetrievalEvidence(catalog, retriever)
