"""Accepted chain outputs on disk, keyed by everything that decides them, so repeats cost nothing.

Key: brief + variant + seed + evidence + model identities (ids, adapter, quantization) + prompt
version + decoding options. Only accepted model copy is stored: fallbacks are always regenerated.
Writes are atomic with a unique temp file per write (threads and processes may write one entry at
once; the last rename wins and every reader sees a whole file); an entry that is unreadable, not
JSON or not the stored shape is a miss.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, StrictInt, StrictStr, ValidationError

from crm_core.generation.base import GenerationRequest


class CachedCopy(BaseModel):
    """One accepted message as stored: the copy and how it was reached."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: StrictStr
    body: StrictStr
    cta: StrictStr
    draft: StrictStr
    raw: StrictStr
    attempts: StrictInt


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

    def get(self, key: str) -> CachedCopy | None:
        if not self.enabled:
            return None
        try:
            return CachedCopy.model_validate_json(self.path(key).read_bytes())
        except (OSError, ValueError, ValidationError):  # absent, corrupt or another shape: a miss
            return None

    def put(self, key: str, value: CachedCopy) -> None:
        if not self.enabled:
            return
        path = self.path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{key[:16]}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(value.model_dump_json())
            os.replace(tmp, path)  # atomic: readers never see half a file
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
