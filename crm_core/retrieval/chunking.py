"""Turn catalog records into chunks: review sentences, product facts, brand voice, stage rules."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from crm_core.catalog import Catalog
from crm_core.domain import Brand, EvidenceItem, Product, Review, StageGoal
from crm_core.evidence import brand_exemplar_items, brand_profile_items, product_fact_items, stage_rule_items
from crm_core.retrieval.types import Chunk

# A sentence ends at . ! ? … or a line break; Korean reviews often omit the space after it.
_SENTENCE_END = re.compile(r"(?<=[.!?…~])(?![.!?…~\d])\s*|\n+")
MIN_CHUNK_CHARS = 8


def split_sentences(text: str, min_chars: int = MIN_CHUNK_CHARS) -> list[str]:
    """Sentences of a review; fragments shorter than min_chars join their neighbour."""
    parts = [p.strip() for p in _SENTENCE_END.split(text) if p and p.strip()]
    merged: list[str] = []
    for part in parts:
        if merged and (len(merged[-1]) < min_chars or len(part) < min_chars):
            merged[-1] = f"{merged[-1]} {part}"
        else:
            merged.append(part)
    return merged or [text.strip()]


def review_chunks(reviews: Iterable[Review], brand_of: dict[str, str]) -> list[Chunk]:
    """One chunk per review sentence, id R00123#s2; metadata carries product, brand and rating."""
    chunks = []
    for review in reviews:
        meta = {
            "product_id": review.product_id,
            "brand": brand_of.get(review.product_id),
            "rating": review.rating,
            "skin_type": review.skin_type,
        }
        for i, sentence in enumerate(split_sentences(review.text), start=1):
            chunks.append(Chunk(f"{review.id}#s{i}", "reviews", sentence, review.id, meta))
    return chunks


def _items_to_chunks(items: Sequence[EvidenceItem], parent: str, meta: dict) -> list[Chunk]:
    return [Chunk(item.source_id, item.collection, item.text, parent, dict(meta)) for item in items]


def product_fact_chunks(products: Iterable[Product]) -> list[Chunk]:
    """Each fact item of each product (ids like SWS-001#claim2, as in the evidence)."""
    chunks: list[Chunk] = []
    for p in products:
        chunks += _items_to_chunks(product_fact_items(p), p.id, {"product_id": p.id, "brand": p.brand})
    return chunks


def brand_tone_chunks(brands: Iterable[Brand]) -> list[Chunk]:
    """Profile lines (story, tone, do/don't) and exemplars; meta kind tells them apart."""
    chunks: list[Chunk] = []
    for b in brands:
        parent = f"brand:{b.name}"
        chunks += _items_to_chunks(brand_profile_items(b), parent, {"brand": b.name, "kind": "profile"})
        chunks += _items_to_chunks(brand_exemplar_items(b), parent, {"brand": b.name, "kind": "exemplar"})
    return chunks


def stage_rule_chunks(stages: Iterable[StageGoal]) -> list[Chunk]:
    chunks: list[Chunk] = []
    for s in stages:
        chunks += _items_to_chunks(stage_rule_items(s), f"stage:{s.name}", {"stage": s.index})
    return chunks


def catalog_chunks(catalog: Catalog) -> dict[str, list[Chunk]]:
    """Every catalog-backed collection's chunks (past messages come from the store instead)."""
    brand_of = {p.id: p.brand for p in catalog.products}
    return {
        "product_facts": product_fact_chunks(catalog.products),
        "reviews": review_chunks(catalog.reviews, brand_of),
        "brand_tone": brand_tone_chunks(catalog.brands),
        "stage_rules": stage_rule_chunks(catalog.stages),
    }
