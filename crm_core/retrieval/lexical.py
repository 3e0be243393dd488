"""BM25 over Korean tokens (morphemes + character bigrams by default), with metadata filters."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from crm_core.retrieval.analyzer import KoreanAnalyzer
from crm_core.retrieval.bm25 import BM25Index
from crm_core.retrieval.filters import MetaColumns
from crm_core.retrieval.types import Chunk, Hit
from crm_core.retrieval.validation import validate_query, validate_top_k


def top_rows(scores: np.ndarray, n: int, mask: np.ndarray | None = None, positive: bool = False) -> np.ndarray:
    """Row numbers of the n best scores (best first, ties by row), within the mask."""
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    candidates = np.flatnonzero(scores > 0) if positive else np.flatnonzero(np.isfinite(scores))
    if candidates.size > n:
        part = np.argpartition(-scores[candidates], n - 1)[:n]
        candidates = candidates[part]
    order = np.lexsort((candidates, -scores[candidates]))
    return candidates[order]


class KoreanLexicalRetriever:
    """Keyword search that survives Korean particles and spacing; the arm that always works offline."""

    def __init__(
        self,
        chunks: Sequence[Chunk],
        *,
        analyzer: str = "morph+char2",
        top_k: int = 10,
        k1: float = 1.2,
        b: float = 0.75,
    ):
        self.chunks = list(chunks)
        self.analyzer = KoreanAnalyzer(analyzer)
        self.top_k = validate_top_k(top_k)
        self.k1, self.b = k1, b
        self.index: BM25Index | None = None
        self.meta = MetaColumns(self.chunks)

    def warm_up(self) -> None:
        """Tokenise and index every chunk (idempotent)."""
        if self.index is None:
            tokens = self.analyzer.tokens_many(c.text for c in self.chunks)
            self.index = BM25Index(self.k1, self.b).fit(tokens)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every chunk for the query."""
        self.warm_up()
        assert self.index is not None
        return self.index.scores(self.analyzer.tokens(query))

    def run(self, query: str, top_k: int | None = None, filters: Mapping[str, Any] | None = None) -> list[Hit]:
        """Chunks with at least one query token, best BM25 first."""
        query = validate_query(query)
        k = validate_top_k(top_k) if top_k is not None else self.top_k
        scores = self.scores(query)
        rows = top_rows(scores, k, self.meta.mask(filters), positive=True)
        return [Hit(self.chunks[r], float(scores[r]), lexical=float(scores[r])) for r in rows]

    def save(self, folder: Path) -> None:
        assert self.index is not None
        self.index.save(folder)
        info = {"analyzer": self.analyzer.version, "n": len(self.chunks)}
        (folder / "lexical.json").write_text(json.dumps(info), encoding="utf-8")

    def load(self, folder: Path) -> bool:
        """Adopt a saved index when it matches these chunks; False when it does not."""
        try:
            info = json.loads((folder / "lexical.json").read_text(encoding="utf-8"))
            if info != {"analyzer": self.analyzer.version, "n": len(self.chunks)}:
                return False
            self.index = BM25Index.load(folder)
        except (OSError, ValueError, KeyError):
            return False
        return True

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "KoreanLexicalRetriever",
            "analyzer": self.analyzer.mode,
            "top_k": self.top_k,
            "k1": self.k1,
            "b": self.b,
        }
