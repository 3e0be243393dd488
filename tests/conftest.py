"""Shared fixtures: every test gets its own cache/database directory and the template backend."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_core.catalog import Catalog
from crm_core.config import Settings, load_settings

REPO_ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def shared_index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One retrieval index cache for the session: it is keyed by content, so sharing it is safe."""
    return tmp_path_factory.mktemp("crm-index")


@pytest.fixture(autouse=True)
def isolated_workbench(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch, shared_index_dir: Path
) -> Path:
    """Point the cache (results, SQLite) at a temp dir; no test touches the user's files."""
    cache = tmp_path_factory.mktemp("crm-cache")
    monkeypatch.setenv("CRM_CACHE_DIR", str(cache))
    monkeypatch.setenv("CRM_INDEX_DIR", str(shared_index_dir))
    monkeypatch.setenv("CRM_BACKEND", "template")
    config = cache / "crm.toml"
    config.write_text("# empty: tests run on defaults plus CRM_* variables\n", encoding="utf-8")
    monkeypatch.setenv("CRM_CONFIG", str(config))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    return cache


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    """The sample catalog under data/ (loaded once per session; records are frozen)."""
    return Catalog.load(REPO_ROOT / "data")


@pytest.fixture()
def settings(isolated_workbench: Path) -> Settings:
    return load_settings()
