"""An absolute deadline and a cancel switch that reach every socket read of an HTTP request.

Per-read timeouts alone do not bound a request: a server that drips one byte every two seconds
never trips a five-second read timeout. The network backend below caps every connect, read and
write at the time left before the calling thread's deadline, and wakes at least every quarter
second to see whether the caller cancelled, so a request ends at its deadline or on cancel,
whatever the server does (headers included).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpcore

POLL_S = 0.25  # how soon a blocked read notices a cancel


class DeadlinePassed(Exception):
    """The request's overall deadline passed before the server finished answering."""


class Cancelled(Exception):
    """The caller cancelled while the request was in flight."""


@dataclass(frozen=True)
class Deadline:
    """When the request must be over (time.monotonic seconds), and the caller's cancel switch."""

    at: float
    cancel: threading.Event = field(default_factory=threading.Event)

    def left(self) -> float:
        """Seconds left; raises when cancelled or past the deadline."""
        if self.cancel.is_set():
            raise Cancelled()
        left = self.at - time.monotonic()
        if left <= 0:
            raise DeadlinePassed()
        return left


_local = threading.local()


@contextmanager
def deadline_scope(deadline: Deadline) -> Iterator[Deadline]:
    """Every socket operation of this thread's requests inside the block obeys `deadline`."""
    previous = getattr(_local, "deadline", None)
    _local.deadline = deadline
    try:
        yield deadline
    finally:
        _local.deadline = previous


def current() -> Deadline | None:
    return getattr(_local, "deadline", None)


def capped(timeout: float | None) -> float | None:
    """The per-operation timeout, shortened to the current deadline."""
    deadline = current()
    if deadline is None:
        return timeout
    left = deadline.left()
    return left if timeout is None else min(timeout, left)


class DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose reads and writes stop at the deadline or on cancel."""

    def __init__(self, inner: httpcore.NetworkStream):
        self.inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        read_until = None if timeout is None else time.monotonic() + timeout
        while True:
            slice_s = min(POLL_S, capped(timeout) or POLL_S)
            if read_until is not None:
                slice_s = min(slice_s, max(read_until - time.monotonic(), 0.0))
            try:
                return self.inner.read(max_bytes, slice_s)
            except httpcore.ReadTimeout:
                if read_until is not None and time.monotonic() >= read_until:
                    raise

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.inner.write(buffer, capped(timeout))

    def close(self) -> None:
        self.inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> Any:
        return DeadlineStream(self.inner.start_tls(ssl_context, server_hostname, capped(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self.inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's sync sockets, wrapped so every stream obeys the calling thread's deadline."""

    def __init__(self) -> None:
        self.inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self.inner.connect_tcp(host, port, capped(timeout), local_address, socket_options)
        return DeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        return DeadlineStream(self.inner.connect_unix_socket(path, capped(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)
