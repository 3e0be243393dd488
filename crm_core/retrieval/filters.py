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
    """Chunk metadata as columns, so a filter over 10^5 chunks is a few vectorised comparisons."""

    def __init__(self, chunks: Sequence[Chunk]):
        self.n = len(chunks)
        keys = {k for c in chunks for k in c.meta} | {"parent"}
        self.columns: dict[str, np.ndarray] = {}
        for key in keys:
            if key == "parent":
                values = [c.parent for c in chunks]
            else:
                values = [c.meta.get(key) for c in chunks]
            self.columns[key] = np.array(values, dtype=object)

    def mask(self, filters: Mapping[str, Any] | None) -> np.ndarray | None:
        """Rows that pass every filter (None when there is nothing to filter)."""
        filters = validate_filters(filters)
        if not filters:
            return None
        keep = np.ones(self.n, dtype=bool)
        for key, wanted in filters.items():
            column = self.columns.get("rating" if key == "min_rating" else key)
            if column is None:
                continue
            missing = np.array([v is None for v in column], dtype=bool)
            if key == "min_rating":
                ok = np.array([v is not None and v >= wanted for v in column], dtype=bool)
            elif isinstance(wanted, (list, tuple, set, frozenset)):
                ok = np.isin(column, list(wanted))
            else:
                ok = column == wanted
            keep &= ok | missing
        return keep
