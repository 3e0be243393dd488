"""Hybrid search: lexical and dense candidates fused into one ranking; lexical-only without a model."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from crm_core.retrieval.dense import DenseRetriever
from crm_core.retrieval.fusion import FUSIONS, reciprocal_rank_fusion, weighted_score_fusion
from crm_core.retrieval.lexical import KoreanLexicalRetriever, top_rows
from crm_core.retrieval.types import Hit
from crm_core.retrieval.validation import validate_query, validate_top_k, validate_unit


class HybridRetriever:
    """Runs both arms over the same chunks and fuses them; `mode` says which arms actually ran."""

    def __init__(
        self,
        lexical: KoreanLexicalRetriever,
        dense: DenseRetriever | None = None,
        *,
        fusion: str = "weighted",
        top_k: int = 10,
        rrf_k: int = 60,
        dense_weight: float = 0.5,
        candidates: int = 50,
    ):
        if not isinstance(lexical, KoreanLexicalRetriever):
            raise TypeError(f"lexical must be a KoreanLexicalRetriever, got {type(lexical).__name__}")
        if dense is not None and not isinstance(dense, DenseRetriever):
            raise TypeError(f"dense must be a DenseRetriever or None, got {type(dense).__name__}")
        if fusion not in FUSIONS:
            raise ValueError(f"fusion must be one of {list(FUSIONS)}, got {fusion!r}")
        if rrf_k < 0:
            raise ValueError(f"rrf_k must be >= 0, got {rrf_k}")
        if candidates < 1:
            raise ValueError(f"candidates must be at least 1, got {candidates}")
        self.lexical = lexical
        self.dense = dense
        self.fusion = fusion
        self.top_k = validate_top_k(top_k)
        self.rrf_k = rrf_k
        self.dense_weight = validate_unit(dense_weight, "dense_weight")
        self.candidates = candidates

    @property
    def mode(self) -> str:
        return "hybrid" if self.dense is not None else "lexical"

    @property
    def chunks(self) -> list:
        return self.lexical.chunks

    def warm_up(self) -> None:
        self.lexical.warm_up()
        if self.dense is not None:
            self.dense.warm_up()

    def run(self, query: str, top_k: int | None = None, filters: Mapping[str, Any] | None = None) -> list[Hit]:
        """The top_k chunks by fused score (each hit also carries its BM25 and cosine)."""
        query = validate_query(query)
        k = validate_top_k(top_k) if top_k is not None else self.top_k
        mask = self.lexical.meta.mask(filters)
        if not self.chunks:
            return []
        lex_scores = self.lexical.scores(query)
        n = max(self.candidates, k)
        lex_rows = top_rows(lex_scores, n, mask, positive=True)
        if self.dense is None:
            # Lexical-only: BM25 relative to this query's best, so scores stay in (0, 1] like fused ones.
            top = float(lex_scores[lex_rows[0]]) if len(lex_rows) else 1.0
            return [Hit(self.chunks[r], float(lex_scores[r]) / top, lexical=float(lex_scores[r])) for r in lex_rows[:k]]
        qv = self.dense.encode_query(query)
        dense_rows, _ = self.dense.search_vector(qv, n, mask)
        union = np.union1d(lex_rows, dense_rows).astype(np.int64)
        cosines = dict(zip(union.tolist(), self.dense.similarities(qv, union).tolist(), strict=True))
        bm25 = {int(r): float(lex_scores[r]) for r in union}
        fused = self.fuse(lex_rows.tolist(), dense_rows.tolist(), bm25, cosines)
        ranked = sorted(fused, key=lambda r: (-fused[r], r))[:k]
        return [Hit(self.chunks[r], fused[r], lexical=bm25[r], dense=cosines[r]) for r in ranked]

    def fuse(
        self, lex_rows: list[int], dense_rows: list[int], bm25: dict[int, float], cosines: dict[int, float]
    ) -> dict[int, float]:
        w = self.dense_weight
        if self.fusion == "rrf":
            return reciprocal_rank_fusion([lex_rows, dense_rows], weights=[2 * (1 - w), 2 * w], k=self.rrf_k)
        lex_part = {r: s for r, s in bm25.items() if s > 0}
        return weighted_score_fusion([lex_part, cosines], weights=[1 - w, w], normalise=[True, False])

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "HybridRetriever",
            "fusion": self.fusion,
            "top_k": self.top_k,
            "rrf_k": self.rrf_k,
            "dense_weight": self.dense_weight,
            "candidates": self.candidates,
            "lexical": self.lexical.to_dict(),
            "dense": self.dense.to_dict() if self.dense is not None else None,
        }
