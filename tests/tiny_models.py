"""Tiny random Qwen2 / Exaone4 model folders for tests, built once per test session.

Use in a conftest: `from tests.tiny_models import tiny_dirs  # noqa: F401` registers the fixture;
`tiny_dirs["drafter"]`, `["refiner"]` and `["adapter"]` are folders loadable with local_files_only.
The factory itself lives in crm_core.backends.tiny (`python -m crm_core models make-tiny DIR` uses it too).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_core.backends.tiny import make_tiny_adapter, make_tiny_model, make_tiny_pair, train_tokenizer

__all__ = ["make_tiny_adapter", "make_tiny_model", "make_tiny_pair", "tiny_dirs", "train_tokenizer"]


@pytest.fixture(scope="session")
def tiny_dirs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """drafter (Qwen2 arch), refiner (Exaone4 arch) and a LoRA adapter for the refiner."""
    return make_tiny_pair(tmp_path_factory.mktemp("tiny-models"))
