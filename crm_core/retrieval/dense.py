"""Dense search: normalised sentence vectors in faiss (inner product = cosine), index kind by size.

Measured on the shared 2-core box at 10^5 × 384 (bench/results/retrieval-latency.md), one search
thread: IndexFlatIP ~14-35 ms a query, an exhaustive float16 scan ~7-9 ms, HNSW ~1 ms (36 s to build).
Inside the hybrid query HNSW keeps 99.6% of the exact top 10, because candidates are re-scored exactly.
So: exact float32 up to 5·10^4 chunks, HNSW above; "flat16" stays selectable for exact large scans.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from crm_core.retrieval.embedders import Embedder
from crm_core.retrieval.filters import MetaColumns
from crm_core.retrieval.types import Chunk, Hit
from crm_core.retrieval.validation import validate_query, validate_top_k

INDEX_KINDS = ("auto", "flat", "flat16", "hnsw")
FLAT_MAX = 50_000


@contextmanager
def one_thread() -> Iterator[None]:
    """One OpenMP thread for a single-query search: on 2 shared cores, a second thread's barrier
    waits cost more than it saves (faiss flat at 10^4: 16 ms with 2 threads, 1.8 ms with 1)."""
    import faiss

    before = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    try:
        yield
    finally:
        faiss.omp_set_num_threads(before)


def choose_index_kind(n: int, kind: str = "auto") -> str:
    if kind not in INDEX_KINDS:
        raise ValueError(f"index kind must be one of {list(INDEX_KINDS)}, got {kind!r}")
    if kind != "auto":
        return kind
    return "flat" if n <= FLAT_MAX else "hnsw"


def build_faiss_index(vectors: np.ndarray, kind: str = "auto") -> Any:
    """A faiss index over normalised rows, searched by inner product."""
    import faiss

    n, dim = vectors.shape
    kind = choose_index_kind(n, kind)
    if kind == "flat":
        index = faiss.IndexFlatIP(dim)
    elif kind == "flat16":
        index = faiss.IndexScalarQuantizer(dim, faiss.ScalarQuantizer.QT_fp16, faiss.METRIC_INNER_PRODUCT)
    else:
        index = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = 80
        index.hnsw.efSearch = 256
    if not index.is_trained:
        index.train(vectors)
    if n:
        index.add(vectors)
    return index


class DenseRetriever:
    """Semantic search over one collection's chunks; vectors are kept for filters and MMR."""

    def __init__(
        self,
        chunks: Sequence[Chunk],
        embedder: Embedder,
        *,
        top_k: int = 10,
        index_kind: str = "auto",
        batch_size: int = 64,
    ):
        if embedder is None or not hasattr(embedder, "encode_passages"):
            raise TypeError(f"embedder must have encode_queries/encode_passages, got {type(embedder).__name__}")
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        choose_index_kind(len(chunks), index_kind)
        self.chunks = list(chunks)
        self.embedder = embedder
        self.top_k = validate_top_k(top_k)
        self.index_kind = index_kind
        self.batch_size = batch_size
        self.meta = MetaColumns(self.chunks)
        self.vectors: np.ndarray | None = None
        self.index: Any = None

    @property
    def kind(self) -> str:
        return choose_index_kind(len(self.chunks), self.index_kind)

    def warm_up(self) -> None:
        """Encode every chunk in batches and build the index (idempotent)."""
        if self.index is not None:
            return
        texts = [c.text for c in self.chunks]
        step = self.batch_size
        parts = [self.embedder.encode_passages(texts[i : i + step]) for i in range(0, len(texts), step)]
        dim = parts[0].shape[1] if parts else 1
        self.vectors = np.ascontiguousarray(np.vstack(parts) if parts else np.zeros((0, dim)), dtype=np.float32)
        self.index = build_faiss_index(self.vectors, self.index_kind)

    def encode_query(self, query: str) -> np.ndarray:
        return np.asarray(self.embedder.encode_queries([query]), dtype=np.float32).reshape(1, -1)

    def search_vector(self, qv: np.ndarray, n: int, mask: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(rows, cosines) of the n nearest chunks among those passing the mask."""
        import faiss

        self.warm_up()
        assert self.vectors is not None
        if not len(self.chunks) or (mask is not None and not mask.any()):
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        params = None
        if mask is not None:
            if self.kind == "hnsw":  # a graph walk under a tight filter misses rows: scan them exactly
                passing = np.flatnonzero(mask)
                with one_thread():
                    sims, found = faiss.knn(qv, self.vectors[passing], min(n, len(passing)), faiss.METRIC_INNER_PRODUCT)
                return passing[found[0]], sims[0]
            bitmap = np.packbits(mask, bitorder="little")
            params = faiss.SearchParameters(sel=faiss.IDSelectorBitmap(len(mask), faiss.swig_ptr(bitmap)))
            n = min(n, int(mask.sum()))
        with one_thread():
            sims, rows = self.index.search(qv, min(n, len(self.chunks)), params=params)
        keep = rows[0] >= 0
        return rows[0][keep].astype(np.int64), sims[0][keep]

    def similarities(self, qv: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """Exact cosine of the query with the given chunks."""
        self.warm_up()
        assert self.vectors is not None
        return self.vectors[rows] @ qv[0]

    def run(self, query: str, top_k: int | None = None, filters: Mapping[str, Any] | None = None) -> list[Hit]:
        """Chunks nearest the query in embedding space, best first."""
        query = validate_query(query)
        k = validate_top_k(top_k) if top_k is not None else self.top_k
        rows, sims = self.search_vector(self.encode_query(query), k, self.meta.mask(filters))
        return [Hit(self.chunks[r], float(s), dense=float(s)) for r, s in zip(rows, sims, strict=True)]

    def save(self, folder: Path) -> None:
        import faiss

        assert self.vectors is not None
        np.save(folder / "vectors.npy", self.vectors)
        faiss.write_index(self.index, str(folder / "index.faiss"))
        info = {"model": self.embedder.model_id, "n": len(self.chunks), "kind": self.kind}
        (folder / "dense.json").write_text(json.dumps(info), encoding="utf-8")

    def load(self, folder: Path) -> bool:
        """Adopt saved vectors and index when they match these chunks and this model."""
        import faiss

        try:
            info = json.loads((folder / "dense.json").read_text(encoding="utf-8"))
            if info != {"model": self.embedder.model_id, "n": len(self.chunks), "kind": self.kind}:
                return False
            self.vectors = np.load(folder / "vectors.npy")
            self.index = faiss.read_index(str(folder / "index.faiss"))
        except (OSError, ValueError, KeyError, RuntimeError):
            self.vectors = self.index = None
            return False
        return True

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "DenseRetriever",
            "model": self.embedder.model_id,
            "index_kind": self.index_kind,
            "top_k": self.top_k,
            "batch_size": self.batch_size,
        }
