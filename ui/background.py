"""Slow one-off work (importing torch to name the device, warming the first generate's caches) run in a
daemon thread, so the first page is drawn without waiting for it. The thread never calls Streamlit."""

from __future__ import annotations

import ast
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")

_PARSING = threading.RLock()
_parse = ast.parse


def _parse_one_at_a_time(*args: Any, **kwargs: Any) -> Any:
    with _PARSING:
        return _parse(*args, **kwargs)


# Python 3.11 keeps ast.parse's recursion depth in interpreter-wide state, so two parses that overlap in
# different threads (Streamlit compiling a page while this module's thread imports torch, which parses its
# own sources, or loads an index whose header numpy parses) can fail with "SystemError: AST constructor
# recursion depth mismatch" (CPython gh-106905). Every ast.parse in the process goes through one lock,
# set before this module starts any thread (once, even if the module is loaded again).
if getattr(ast.parse, "__module__", None) != __name__:
    ast.parse = _parse_one_at_a_time


class Background(Generic[T]):
    """One call, started at once in its own thread; `result` is None until it has finished."""

    def __init__(self, call: Callable[[], T], name: str):
        self.result: T | None = None
        self.error: str | None = None
        self._call = call
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self.result = self._call()
        except Exception as exc:  # kept for whoever reads it; a warm-up failing must not kill the process
            self.error = f"{type(exc).__name__}: {exc}"

    @property
    def done(self) -> bool:
        return not self._thread.is_alive()

    def wait(self) -> T | None:
        """The result once the call has finished (blocks until then)."""
        self._thread.join()
        return self.result
