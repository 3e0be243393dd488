"""Shared fixtures: every test gets its own cache/database directory and the template backend.

Tests must hold on any machine, including a GPU box where the default models were pulled. So the
Hugging Face cache is a private temp folder for the whole session (set here, before any library
reads it), models_dir is an empty folder, and two switches rerun the suite the way CI does:

* CRM_TEST_FAKE_HF_CACHE=1 fills that cache with tiny models under the default model names
  (tests/fake_model_cache.py), as after `python -m crm_core models pull`;
* CRM_TEST_FAKE_CUDA=1 makes torch report a CUDA GPU (tensors still live on the CPU).

A test that needs one state whatever the switches uses the `no_cuda` / `cuda_present` fixtures or
builds its own cache folder.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

HF_ROOT = Path(tempfile.mkdtemp(prefix="crm-test-hf-"))
atexit.register(shutil.rmtree, HF_ROOT, True)
HF_HUB_CACHE = HF_ROOT / "hub"
HF_ENV = {
    "HF_HOME": str(HF_ROOT),
    "HF_HUB_CACHE": str(HF_HUB_CACHE),
    "TRANSFORMERS_CACHE": str(HF_HUB_CACHE),
    "SENTENCE_TRANSFORMERS_HOME": str(HF_ROOT / "sentence-transformers"),
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
}
os.environ.update(HF_ENV)
if "huggingface_hub" in sys.modules:  # read its paths at import: point them here too
    from huggingface_hub import constants as _hub_constants

    _hub_constants.HF_HOME, _hub_constants.HF_HUB_CACHE = str(HF_ROOT), str(HF_HUB_CACHE)
    _hub_constants.HF_HUB_OFFLINE = True
FAKE_HF_CACHE = os.environ.get("CRM_TEST_FAKE_HF_CACHE") == "1"
FAKE_CUDA = os.environ.get("CRM_TEST_FAKE_CUDA") == "1"
if FAKE_HF_CACHE:
    from tests.fake_model_cache import build_fake_cache

    build_fake_cache(HF_HUB_CACHE)

from crm_core.catalog import Catalog  # noqa: E402 - after the HF variables are set
from crm_core.config import Settings, load_settings  # noqa: E402
from crm_core.evidence import assemble_evidence  # noqa: E402
from crm_core.factory import build_guard  # noqa: E402
from crm_core.generation.template import TemplateGenerator  # noqa: E402
from crm_core.pipeline import Pipeline  # noqa: E402
from crm_core.scores import Scorer  # noqa: E402

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
    monkeypatch.setenv("CRM_MODELS_DIR", str(cache / "models"))  # never the repo's models/ (pulled models)
    monkeypatch.setenv("CRM_INDEX_DIR", str(shared_index_dir))
    monkeypatch.setenv("CRM_BACKEND", "template")
    config = cache / "crm.toml"
    config.write_text("# empty: tests run on defaults plus CRM_* variables\n", encoding="utf-8")
    monkeypatch.setenv("CRM_CONFIG", str(config))
    for name, value in HF_ENV.items():
        monkeypatch.setenv(name, value)
    return cache


def patch_cuda(monkeypatch: pytest.MonkeyPatch, present: bool) -> None:
    """torch reports a CUDA GPU (a fake 80 GB one) or none; nothing is ever placed on it."""
    import torch

    monkeypatch.setattr(torch.cuda, "is_available", lambda: present)
    monkeypatch.setattr(torch.cuda, "device_count", lambda: int(present))
    if present:
        # named as a real box names its GPU
        monkeypatch.setattr(torch.cuda, "get_device_name", lambda *a, **k: "NVIDIA H100 80GB HBM3")
        monkeypatch.setattr(torch.cuda, "mem_get_info", lambda *a, **k: (60 * 2**30, 80 * 2**30))
        monkeypatch.setattr(torch.cuda, "is_bf16_supported", lambda *a, **k: True)


@pytest.fixture()
def empty_hf_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """This test is about a machine where nothing was pulled, whatever cache the session has."""
    from huggingface_hub import constants

    empty = tmp_path / "empty-hf"
    for name, value in {"HF_HOME": empty, "HF_HUB_CACHE": empty / "hub", "TRANSFORMERS_CACHE": empty / "hub"}.items():
        monkeypatch.setenv(name, str(value))
    monkeypatch.setenv("SENTENCE_TRANSFORMERS_HOME", str(empty / "sentence-transformers"))
    monkeypatch.setattr(constants, "HF_HOME", str(empty))
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(empty / "hub"))
    return empty


@pytest.fixture(autouse=FAKE_CUDA)
def fake_cuda(monkeypatch: pytest.MonkeyPatch) -> None:
    """CRM_TEST_FAKE_CUDA=1: every test sees a CUDA GPU, as on the user's box."""
    patch_cuda(monkeypatch, True)


@pytest.fixture()
def no_cuda(monkeypatch: pytest.MonkeyPatch) -> None:
    """This test is about a machine without CUDA, whatever machine runs it."""
    patch_cuda(monkeypatch, False)


@pytest.fixture()
def cuda_present(monkeypatch: pytest.MonkeyPatch) -> None:
    """This test is about a machine with CUDA (torch reports one; tensors stay on the CPU)."""
    patch_cuda(monkeypatch, True)


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    """The sample catalog under data/ (loaded once per session; records are frozen)."""
    return Catalog.load(REPO_ROOT / "data")


@pytest.fixture()
def settings(isolated_workbench: Path) -> Settings:
    return load_settings()


class CatalogFactsOnly:
    """Evidence without search: the product's catalog facts alone, so a test sees the composer's choices."""

    def evidence(self, resolved):  # type: ignore[no-untyped-def]
        return assemble_evidence(resolved)


@pytest.fixture()
def facts_pipeline(catalog: Catalog, settings: Settings) -> Pipeline:
    """The template backend over catalog facts, with the real guard and scores."""
    return Pipeline(
        catalog, CatalogFactsOnly(), TemplateGenerator(), build_guard(catalog, settings), Scorer(), settings
    )
