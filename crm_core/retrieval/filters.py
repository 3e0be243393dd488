"""Metadata filters as boolean masks, so every arm and every index size filters the same way.

A filter maps a metadata key to a value or a list of values; `min_rating` compares. A chunk
without the key passes (stage rules have no brand, so a brand filter keeps them).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from crm_core.errors import InvalidInput
from crm_core.retrieval.types import Chunk

FILTER_KEYS = ("brand", "product_id", "kind", "stage", "skin_type", "parent", "min_rating")
MISSING = -1


def validate_filters(filters: Mapping[str, Any] | None) -> dict[str, Any]:
    """A copy of the filters, refusing keys no chunk carries."""
    if not filters:
        return {}
    if not isinstance(filters, Mapping):
        raise InvalidInput("filters", f"must be a mapping of key → value, got {type(filters).__name__}")
    unknown = [k for k in filters if k not in FILTER_KEYS]
    if unknown:
        raise InvalidInput("filters", f"unknown filter key {unknown[0]!r}", allowed=list(FILTER_KEYS))
    return dict(filters)


class MetaColumns:
    """Chunk metadata as integer-coded columns: a filter over 10^5 chunks is a few vector compares."""

    def __init__(self, chunks: Sequence[Chunk]):
        self.n = len(chunks)
        keys = {k for c in chunks for k in c.meta} | {"parent"}
        self.codes: dict[str, np.ndarray] = {}
        self.vocab: dict[str, dict[Any, int]] = {}
        for key in keys:
            values = [c.parent if key == "parent" else c.meta.get(key) for c in chunks]
            vocab: dict[Any, int] = {}
            codes = np.fromiter(
                (MISSING if v is None else vocab.setdefault(v, len(vocab)) for v in values), np.int32, self.n
            )
            self.codes[key], self.vocab[key] = codes, vocab
        ratings = [c.meta.get("rating") for c in chunks]
        self.rating = np.array([np.nan if r is None else float(r) for r in ratings], dtype=np.float32)

    def mask(self, filters: Mapping[str, Any] | None) -> np.ndarray | None:
        """Rows that pass every filter (None when there is nothing to filter)."""
        filters = validate_filters(filters)
        if not filters:
            return None
        keep = np.ones(self.n, dtype=bool)
        for key, wanted in filters.items():
            if key == "min_rating":
                keep &= np.isnan(self.rating) | (self.rating >= wanted)
                continue
            codes = self.codes.get(key)
            if codes is None:
                continue
            values = wanted if isinstance(wanted, (list, tuple, set, frozenset)) else [wanted]
            wanted_codes = [self.vocab[key][v] for v in values if v in self.vocab[key]]
            keep &= (codes == MISSING) | np.isin(codes, wanted_codes)
        return keep
