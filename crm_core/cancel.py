"""Cancel that reaches a model call in flight, not only the gap between chunks.

A batch is cancelled by a flag the page sets (`should_cancel`). Between chunks the workbench reads
it; during a chunk this watcher reads it every quarter second and tells the generator, whose
backends end their open requests (the openai backend stops at the next socket read).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

POLL_S = 0.25


class CancelWatch:
    """Whether the cancel reached the work in the block (so the caller stops after storing it)."""

    def __init__(self) -> None:
        self.fired = False


@contextmanager
def cancel_reaches(target: object, should_cancel: Callable[[], bool] | None) -> Iterator[CancelWatch]:
    """While the block runs, call `target.cancel()` whenever `should_cancel()` is true (if target can cancel)."""
    state = CancelWatch()
    cancel = getattr(target, "cancel", None)
    if should_cancel is None or cancel is None:
        yield state
        return
    done = threading.Event()

    def watch() -> None:  # keeps cancelling: a call that starts after the first cancel ends too
        while not done.wait(POLL_S):
            if should_cancel():
                state.fired = True
                cancel()

    watcher = threading.Thread(target=watch, name="crm-cancel-watch", daemon=True)
    watcher.start()
    try:
        yield state
    finally:
        done.set()
        watcher.join()
