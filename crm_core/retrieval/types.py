"""Values every retrieval module shares: chunks, hits, collection names and versions."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Bump when chunk ids or texts change meaning; cached indexes keyed on the old value are rebuilt.
CHUNKING_VERSION = "chunk-v1"

COLLECTIONS = ("product_facts", "reviews", "brand_tone", "stage_rules", "past_messages")

MetaValue = str | int | None


@dataclass(frozen=True)
class Chunk:
    """One searchable passage; `parent` is the record it came from (review id, product id …)."""

    id: str
    collection: str
    text: str
    parent: str
    meta: dict[str, MetaValue] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "collection": self.collection,
            "text": self.text,
            "parent": self.parent,
            "meta": self.meta,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Chunk:
        return cls(data["id"], data["collection"], data["text"], data["parent"], dict(data.get("meta") or {}))


@dataclass(frozen=True)
class Hit:
    """A ranked chunk with its fused score and the per-arm scores that produced it."""

    chunk: Chunk
    score: float
    lexical: float | None = None
    dense: float | None = None

    @property
    def id(self) -> str:
        return self.chunk.id

    def to_json(self) -> dict[str, Any]:
        """What the CLI prints: {collection, id, score, text}."""
        return {
            "collection": self.chunk.collection,
            "id": self.chunk.id,
            "score": round(self.score, 4),
            "text": self.chunk.text,
        }
