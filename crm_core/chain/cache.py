"""Accepted chain outputs on disk, keyed by everything that decides them, so repeats cost nothing.

Key: brief + variant + seed + evidence + model identities (ids, adapter, quantization) + prompt
version + decoding options. Only accepted model copy is stored: fallbacks are always regenerated.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from crm_core.generation.base import GenerationRequest


class ResultCache:
    """One JSON file per key under folder/<key[:2]>/; disabled (or without a folder) it stores and finds nothing."""

    def __init__(self, folder: Path | None, enabled: bool = True):
        self.folder = folder
        self.enabled = enabled and folder is not None

    @staticmethod
    def key(request: GenerationRequest, identity: dict[str, Any]) -> str:
        payload = {
            "brief": request.resolved.brief.model_dump(mode="json"),
            "variant": request.variant,
            "seed": request.seed,
            "evidence": request.evidence.model_dump(mode="json"),
            "identity": identity,
        }
        return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()).hexdigest()

    def path(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict[str, Any] | None:
        if not self.enabled:
            return None
        try:
            return json.loads(self.path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):  # absent or half-written: a miss
            return None

    def put(self, key: str, value: dict[str, Any]) -> None:
        if not self.enabled:
            return
        path = self.path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)  # atomic: concurrent sessions never read half a file
