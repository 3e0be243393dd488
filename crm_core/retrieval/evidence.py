"""The retriever as the pipeline's EvidenceSource: persona-matched reviews, closest brand exemplars."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np

from crm_core.catalog import Catalog, ResolvedBrief
from crm_core.domain import ContextMode, Evidence, EvidenceItem, Persona
from crm_core.evidence import assemble_evidence, brand_exemplar_items
from crm_core.retrieval.fusion import jaccard_matrix, mmr
from crm_core.retrieval.hybrid import HybridRetriever
from crm_core.retrieval.retriever import CatalogRetriever
from crm_core.retrieval.types import Hit

MIN_SPECIFIC_CHARS = 12
MIN_SPECIFIC_TOKENS = 3


def persona_query(persona: Persona) -> str:
    """What a persona cares about, as a search query: skin concerns plus value focus."""
    return " ".join([*persona.skin_concerns, persona.value_focus]).strip()


def to_item(hit: Hit) -> EvidenceItem:
    return EvidenceItem(
        source_id=hit.chunk.id, collection=hit.chunk.collection, text=hit.chunk.text, score=round(hit.score, 4)
    )


class RetrievalEvidence:
    """Builds each brief's Evidence from the catalog retriever, honouring the brief's context mode."""

    def __init__(
        self,
        catalog: Catalog,
        retriever: CatalogRetriever | None = None,
        *,
        min_rating: int = 4,
        candidates: int = 40,
        mmr_lambda: float = 0.7,
        exemplars: int = 3,
        past_messages: int = 2,
    ):
        if not 1 <= min_rating <= 5:
            raise ValueError(f"min_rating must be 1..5, got {min_rating}")
        if candidates < 1 or exemplars < 0 or past_messages < 0:
            raise ValueError(
                f"candidates ≥ 1, exemplars ≥ 0, past_messages ≥ 0; got {candidates}, {exemplars}, {past_messages}"
            )
        self.catalog = catalog
        self.retriever = retriever or CatalogRetriever(catalog)
        self.min_rating = min_rating
        self.candidates = candidates
        self.mmr_lambda = mmr_lambda
        self.exemplars = exemplars
        self.past_messages = past_messages

    def warm_up(self) -> None:
        self.retriever.warm_up()

    def add_past_messages(self, items: Iterable[object]) -> int:
        """Approved copy becomes a style exemplar for later briefs of the same brand."""
        return self.retriever.add_past_messages(items)

    def evidence(self, resolved: ResolvedBrief) -> Evidence:
        """Facts, stage rules and templates always; reviews for rag; brand exemplars and past copy for rag_brand."""
        mode = resolved.brief.context_mode
        if mode == ContextMode.none:
            return assemble_evidence(resolved)
        self.warm_up()
        reviews = self.review_items(resolved)
        exemplars = past = None
        if mode == ContextMode.rag_brand:
            exemplars = self.exemplar_items(resolved)
            past = self.past_items(resolved)
        status = self.retriever.status
        if not reviews:
            status += f"; no positive review of {resolved.product.id} matched"
        return assemble_evidence(
            resolved,
            reviews=reviews,
            exemplars=exemplars or None,
            past_messages=past or (),
            retrieval_mode=self.retriever.mode,  # type: ignore[arg-type]
            status=status,
        )

    # ---- reviews ------------------------------------------------------------------------
    def review_items(self, resolved: ResolvedBrief) -> list[EvidenceItem]:
        """top_k positive, specific review sentences of this product for the persona, diversified by MMR."""
        index = self.retriever.collection("reviews")
        filters = {"product_id": resolved.product.id, "min_rating": self.min_rating}
        query = persona_query(resolved.persona)
        k = resolved.brief.top_k
        hits = index.run(query, top_k=self.candidates, filters=filters)
        pool = [h for h in hits if self.is_specific(index, h)]
        if len(pool) < 2 * k:  # few matches (lexical-only): add unmatched positive specific reviews, score 0
            seen = {h.chunk.id for h in hits}
            rest = [c for c in index.chunks if c.id not in seen and self.passes(c.meta, filters)]
            rest.sort(key=lambda c: (-len(c.text), c.id))
            pool += [h for h in (Hit(c, 0.0) for c in rest) if self.is_specific(index, h)][: self.candidates]
        if len(pool) < k:  # last resort: matched but unspecific
            pool += [h for h in hits if h not in pool]
        chosen = self.diversify(index, pool, k)
        return [to_item(h) for h in chosen]

    @staticmethod
    def passes(meta: dict, filters: dict) -> bool:
        return meta.get("product_id") == filters["product_id"] and (meta.get("rating") or 0) >= filters["min_rating"]

    @staticmethod
    def is_specific(index: HybridRetriever, hit: Hit) -> bool:
        """Long enough and saying something (three content tokens), not just '좋아요 최고'."""
        if len(hit.chunk.text) < MIN_SPECIFIC_CHARS:
            return False
        morphs = [t for t in index.lexical.analyzer.tokens(hit.chunk.text) if not t.startswith("c:")]
        return len(morphs) >= MIN_SPECIFIC_TOKENS or index.lexical.analyzer.mode == "char2"

    def diversify(self, index: HybridRetriever, hits: list[Hit], k: int) -> list[Hit]:
        """MMR over the candidates; two sentences of one review count as duplicates."""
        if len(hits) <= 1:
            return hits[:k]
        similarity = self.similarity(index, hits)
        same_review = np.array([[a.chunk.parent == b.chunk.parent for b in hits] for a in hits], dtype=bool)
        similarity = np.where(same_review, 1.0, similarity)
        top = max(h.score for h in hits) or 1.0
        order = mmr([h.score / top for h in hits], similarity, k, lambda_=self.mmr_lambda)
        return [hits[i] for i in order]

    @staticmethod
    def similarity(index: HybridRetriever, hits: list[Hit]) -> np.ndarray:
        rows = {c.id: i for i, c in enumerate(index.chunks)}
        if index.dense is not None and index.dense.vectors is not None:
            vectors = index.dense.vectors[[rows[h.chunk.id] for h in hits]]
            return vectors @ vectors.T
        tokens = [set(index.lexical.analyzer.tokens(h.chunk.text)) for h in hits]
        return jaccard_matrix(tokens)

    # ---- brand voice --------------------------------------------------------------------
    def brief_query(self, resolved: ResolvedBrief) -> str:
        return " ".join([resolved.product.name, resolved.stage.objective, persona_query(resolved.persona)])

    def exemplar_items(self, resolved: ResolvedBrief) -> list[EvidenceItem]:
        """The brand's exemplar sentences closest to this brief."""
        if not self.exemplars:
            return []
        index = self.retriever.collection("brand_tone")
        filters = {"brand": resolved.brand.name, "kind": "exemplar"}
        items = [to_item(h) for h in index.run(self.brief_query(resolved), top_k=self.exemplars, filters=filters)]
        chosen = {i.source_id for i in items}
        for item in brand_exemplar_items(resolved.brand):  # too few matched: the brand's others, score 0
            if len(items) >= self.exemplars:
                break
            if item.source_id not in chosen:
                items.append(item.model_copy(update={"score": 0.0}))
        return items

    def past_items(self, resolved: ResolvedBrief) -> list[EvidenceItem]:
        """Approved copy of this brand closest to the brief (style only; never a source of facts)."""
        index = self.retriever.collection("past_messages")
        if not index.chunks or not self.past_messages:
            return []
        filters = {"brand": resolved.brand.name}
        return [to_item(h) for h in index.run(self.brief_query(resolved), top_k=self.past_messages, filters=filters)]

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "RetrievalEvidence",
            "min_rating": self.min_rating,
            "candidates": self.candidates,
            "mmr_lambda": self.mmr_lambda,
            "exemplars": self.exemplars,
            "past_messages": self.past_messages,
            "retriever": self.retriever.to_dict(),
        }
