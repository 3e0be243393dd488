"""Name matching that never silently picks the wrong record: exact, then unique substring."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import TypeVar

from crm_core.errors import InvalidInput

T = TypeVar("T")

_SPACES = re.compile(r"\s+")


def normalise_name(text: str) -> str:
    """Case-, width- and spacing-insensitive form for comparing names typed by people."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", text)).lower()


def closest_names(query: str, names: Sequence[str], limit: int = 5) -> list[str]:
    """Names most like the query, best first (difflib ratio over normalised names)."""
    normalised = {normalise_name(n): n for n in names}
    hits = difflib.get_close_matches(normalise_name(query), list(normalised), n=limit, cutoff=0.3)
    return [normalised[h] for h in hits] or list(names)[:limit]


def match_one(query: str, items: Sequence[T], name_of: Callable[[T], str], field: str) -> T:
    """The one item whose name equals the query, else the unique one containing it.

    :raises InvalidInput: naming the field, listing the candidates when ambiguous or the
        closest names when unknown.
    """
    if not query or not query.strip():
        raise InvalidInput(field, "is empty", allowed=[name_of(i) for i in items][:20])
    for item in items:
        if name_of(item) == query:
            return item
    key = normalise_name(query)
    exact = [i for i in items if normalise_name(name_of(i)) == key]
    if len(exact) == 1:
        return exact[0]
    partial = exact or [i for i in items if key in normalise_name(name_of(i))]
    if len(partial) == 1:
        return partial[0]
    if len(partial) > 1:
        raise InvalidInput(
            field,
            f"{query!r} is ambiguous: {len(partial)} names contain it; give the full name",
            allowed=[name_of(i) for i in partial],
        )
    raise InvalidInput(
        field, f"unknown {field} {query!r}; closest names", allowed=closest_names(query, [name_of(i) for i in items])
    )
