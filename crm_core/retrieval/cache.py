"""On-disk index cache: one folder per collection and arm, keyed by what would change the index.

Lexical key: chunk content + chunking version + analyzer. Dense key adds the embedding model id
and the index kind. A changed reviews.jsonl changes only the reviews key, so only that collection
is rebuilt. Folders are written to a temp name and renamed, so a crash never leaves a half index.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from crm_core.retrieval.types import CHUNKING_VERSION, Chunk


def content_hash(chunks: Sequence[Chunk]) -> str:
    """Hash of every chunk's id, text and metadata, in order."""
    digest = hashlib.sha256(CHUNKING_VERSION.encode())
    for c in chunks:
        digest.update(json.dumps([c.id, c.text, c.parent, c.meta], ensure_ascii=False, sort_keys=True).encode())
        digest.update(b"\0")
    return digest.hexdigest()


def cache_key(*parts: str) -> str:
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:20]


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-")[:60] or "x"


class IndexCache:
    """Where a collection's saved arms live under `<cache_dir>/retrieval/`."""

    def __init__(self, root: Path):
        self.root = Path(root) / "retrieval"

    def folder(self, collection: str, arm: str, key: str) -> Path:
        return self.root / collection / f"{arm}@{key}"

    def load(self, collection: str, arm: str, key: str, loader: Callable[[Path], bool]) -> bool:
        folder = self.folder(collection, arm, key)
        return folder.is_dir() and loader(folder)

    def save(self, collection: str, arm: str, key: str, saver: Callable[[Path], None]) -> None:
        """Write atomically, then drop this arm's older folders for the collection."""
        final = self.folder(collection, arm, key)
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{arm}-", dir=final.parent))
        try:
            saver(tmp)
            if final.exists():
                shutil.rmtree(final)
            os.replace(tmp, final)
        finally:
            if tmp.exists():
                shutil.rmtree(tmp, ignore_errors=True)
        for old in final.parent.glob(f"{arm}@*"):
            if old != final:
                shutil.rmtree(old, ignore_errors=True)
