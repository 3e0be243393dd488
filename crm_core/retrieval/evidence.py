"""The retriever as the pipeline's EvidenceSource: persona-matched reviews, closest brand exemplars."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from crm_core.catalog import Catalog, ResolvedBrief
from crm_core.domain import ContextMode, Evidence, EvidenceItem, Persona
from crm_core.evidence import assemble_evidence, brand_exemplar_items
from crm_core.retrieval.retriever import CatalogRetriever
from crm_core.retrieval.review_evidence import (
    ReviewReader,
    aspect_names,
    candidates,
    choose,
    persona_aspects,
    persona_review_query,
)
from crm_core.retrieval.types import Hit


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
        self.reader = ReviewReader()

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
            wanted = aspect_names(persona_aspects(resolved.persona)) or "none"
            status += (
                f"; no usable review of {resolved.product.id}: no review rated {self.min_rating}+ praises"
                f" the persona's aspects ({wanted}) without a complaint or hedge"
            )
        evidence = assemble_evidence(
            resolved,
            reviews=reviews,
            exemplars=exemplars or None,
            past_messages=past or (),
            retrieval_mode=self.retriever.mode,  # type: ignore[arg-type]
            status=status,
        )
        return evidence.model_copy(update={"no_usable_review": not reviews})

    # ---- reviews ------------------------------------------------------------------------
    def review_items(self, resolved: ResolvedBrief) -> list[EvidenceItem]:
        """top_k praise sentences about the persona's concerns, never a complaint (rules: review_evidence)."""
        product = resolved.product
        weights = persona_aspects(resolved.persona)
        if not weights:
            return []
        index = self.retriever.collection("reviews")
        filters = {"product_id": product.id, "min_rating": self.min_rating}
        hits = index.run(persona_review_query(resolved.persona), top_k=self.candidates, filters=filters)
        retrieval: dict[str, float] = {}
        top = max((h.score for h in hits), default=0.0) or 1.0
        for hit in hits:
            retrieval[hit.chunk.parent] = max(retrieval.get(hit.chunk.parent, 0.0), hit.score / top)
        reviews = self.catalog.reviews_by_product.get(product.id, ())
        pool = candidates(reviews, weights, retrieval, self.reader, self.min_rating)
        return choose(pool, resolved.brief.top_k)

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
