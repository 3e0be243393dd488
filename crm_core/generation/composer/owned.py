"""A bounded cache for work keyed by an object that is itself the product of a cache (a grounds tuple, an SMS
candidate tuple): hashing such an object field by field costs more than the work saved, so its identity keys
the entry, and the entry holds the object so that its id cannot be reused while the entry stands."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class OwnedCache(Generic[V]):
    """Values by (owner's identity, key), at most `size` entries; cleared whole when full (the entries of one
    batch are what the next briefs ask for, so no recency is kept)."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._entries: dict[tuple[int, Hashable], tuple[object, V]] = {}

    def get(self, owner: object, key: Hashable) -> V | None:
        entry = self._entries.get((id(owner), key))
        return entry[1] if entry is not None and entry[0] is owner else None

    def put(self, owner: object, key: Hashable, value: V) -> None:
        if len(self._entries) >= self._size:
            self._entries.clear()
        self._entries[(id(owner), key)] = (owner, value)
