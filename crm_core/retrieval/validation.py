"""Input checks shared by every retriever: each error names the field and echoes the bad value."""

from __future__ import annotations

from collections.abc import Iterable

from crm_core.errors import InvalidInput
from crm_core.retrieval.types import COLLECTIONS

MAX_TOP_K = 1000
MAX_QUERY_CHARS = 2000


def validate_query(query: object) -> str:
    if not isinstance(query, str):
        raise InvalidInput("query", f"must be text, got {type(query).__name__}")
    if not query.strip():
        raise InvalidInput("query", "is empty; give words to search for, e.g. '건조한 피부 보습'")
    if len(query) > MAX_QUERY_CHARS:
        raise InvalidInput("query", f"is {len(query)} characters; at most {MAX_QUERY_CHARS}")
    return query.strip()


def validate_top_k(top_k: object, field: str = "top_k") -> int:
    if isinstance(top_k, bool) or not isinstance(top_k, int):
        raise InvalidInput(field, f"must be a whole number between 1 and {MAX_TOP_K}, got {top_k!r}")
    if not 1 <= top_k <= MAX_TOP_K:
        raise InvalidInput(field, f"must be between 1 and {MAX_TOP_K}, got {top_k}")
    return top_k


def validate_collections(names: Iterable[str] | str | None, available: Iterable[str] = COLLECTIONS) -> tuple[str, ...]:
    """The requested collections (all when None), refusing unknown names."""
    allowed = list(available)
    if names is None:
        return tuple(allowed)
    if isinstance(names, str):
        names = [names]
    names = tuple(names)
    if not names:
        raise InvalidInput("collection", "no collection given", allowed=allowed)
    for name in names:
        if name not in allowed:
            raise InvalidInput("collection", f"unknown collection {name!r}", allowed=allowed)
    return names


def validate_unit(value: float, field: str) -> float:
    """A weight or threshold in [0, 1]."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= float(value) <= 1.0:
        raise InvalidInput(field, f"must be a number between 0 and 1, got {value!r}")
    return float(value)
