"""One process-wide place that loads each model once and serialises calls on the accelerator.

Streamlit reruns scripts and serves several sessions from one process: without this each rerun
would load another copy of the weights, and two sessions could run the GPU at once and run out
of memory. Keys are everything that changes the loaded weights (path, adapter, quantization, device).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Any


class ModelRegistry:
    """Loaded models by key, built at most once; `device_lock` serialises generate calls."""

    def __init__(self) -> None:
        self._models: dict[Hashable, Any] = {}
        self._load_lock = threading.Lock()
        self.device_lock = threading.RLock()

    def get(self, key: Hashable, load: Callable[[], Any]) -> Any:
        """The model for key, loading it under a lock so concurrent callers never load it twice."""
        with self._load_lock:
            if key not in self._models:
                self._models[key] = load()
            return self._models[key]

    def peek(self, key: Hashable) -> Any | None:
        return self._models.get(key)

    def keys(self) -> list[Hashable]:
        return list(self._models)

    def drop(self, key: Hashable) -> None:
        """Forget one model (e.g. after changing its adapter) so the next get reloads it."""
        with self._load_lock:
            self._models.pop(key, None)


REGISTRY = ModelRegistry()
