"""A Hugging Face cache that holds the default model names, as on a user's box after `models pull`.

The snapshots are tiny random models (the same builders the tests use), laid out the way the hub
library lays out its cache (models--org--name/refs/main → snapshots/<commit>/), so every lookup
that goes through `huggingface_hub`, transformers or sentence-transformers finds them. Tests run
once with this cache (CRM_TEST_FAKE_HF_CACHE=1, see tests/conftest.py) to prove they do not
depend on what the machine has pulled.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path

from crm_core.backends.tiny import make_tiny_model
from crm_core.config import Settings
from tests.tiny_embedder import build_tiny_model

DEFAULTS = Settings.model_fields
DRAFTER: str = DEFAULTS["drafter"].default
REFINER: str = DEFAULTS["refiner"].default
EMBEDDER: str = DEFAULTS["embedding_model"].default


def snapshot_dir(hub_cache: Path, repo_id: str) -> Path:
    """Where the hub library looks for `repo_id`'s main revision (and writes refs/main to point there)."""
    repo = hub_cache / f"models--{repo_id.replace('/', '--')}"
    commit = hashlib.sha1(repo_id.encode()).hexdigest()
    (repo / "refs").mkdir(parents=True, exist_ok=True)
    (repo / "refs" / "main").write_text(commit, encoding="utf-8")
    return repo / "snapshots" / commit


def install(hub_cache: Path, repo_id: str, build: Callable[[Path], object]) -> Path:
    """Build a model into a scratch folder, then move it into the cache as `repo_id`'s snapshot."""
    target = snapshot_dir(hub_cache, repo_id)
    scratch = hub_cache / ".build" / repo_id.replace("/", "--")
    build(scratch)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(scratch), str(target))
    return target


def build_fake_cache(hub_cache: Path) -> dict[str, Path]:
    """The drafter, refiner and embedding model defaults as tiny working models; returns their snapshots."""
    hub_cache.mkdir(parents=True, exist_ok=True)
    built = {
        DRAFTER: install(hub_cache, DRAFTER, lambda d: make_tiny_model("qwen2", d, seed=0)),
        REFINER: install(hub_cache, REFINER, lambda d: make_tiny_model("exaone4", d, seed=1)),
        EMBEDDER: install(hub_cache, EMBEDDER, build_tiny_model),
    }
    shutil.rmtree(hub_cache / ".build", ignore_errors=True)
    return built
