"""A per-instance cached attribute without functools.cached_property's lock.

Why: on Python 3.11 every first access of a cached_property takes a lock (about 1.5 µs here), and the
guard computes several such values per message it checks (the compact text's grams and offsets, whether
the message is an ad …). Each Scan and Compact belongs to one check on one thread, so no lock is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")


class memo(Generic[T]):
    """Computes the value on first access and stores it in the instance's __dict__ (later reads never
    reach this descriptor); works on frozen dataclasses, as cached_property does."""

    def __init__(self, fn: Callable[[Any], T]):
        self.fn = fn
        self.name = fn.__name__
        self.__doc__ = fn.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> memo[T]: ...
    @overload
    def __get__(self, obj: object, owner: type | None = None) -> T: ...
    def __get__(self, obj: object | None, owner: type | None = None) -> T | memo[T]:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value
