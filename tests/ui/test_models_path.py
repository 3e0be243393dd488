"""The model path in the UI: tiny random Qwen2/Exaone4 models on CPU through the transformers backend.

Random weights write garbage, so every variant must end as a flagged fallback, shown as such.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from crm_core.catalog import Catalog
from tests.tiny_models import tiny_dirs  # noqa: F401 - registers the fixture
from tests.ui.helpers import compose

pytestmark = pytest.mark.slow


def use_tiny_models(app: AppTest, dirs: dict[str, Path], adapter: bool) -> None:
    app.switch_page("views/models.py").run()
    app.selectbox(key="models_backend").set_value("transformers")
    app.text_input(key="models_drafter").set_value(str(dirs["drafter"]))
    app.text_input(key="models_refiner").set_value(str(dirs["refiner"]))
    app.text_input(key="models_adapter").set_value(str(dirs["adapter"]) if adapter else "")
    next(b for b in app.button if b.key.startswith("FormSubmitter:models_form")).click().run()


def test_compose_on_tiny_models_shows_the_fallback(
    app: AppTest,
    ui_catalog: Catalog,
    tiny_dirs: dict[str, Path],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CRM_DEVICE", "cpu")  # the CPU path, also where torch reports a GPU
    monkeypatch.setenv("CRM_MODELS_DIR", str(tiny_dirs["drafter"].parent))  # typed folders must lie under it
    use_tiny_models(app, tiny_dirs, adapter=True)
    assert not app.exception
    assert app.success[0].value.startswith("로컬 모델: ")
    app.switch_page("views/compose.py").run()
    compose(app, ui_catalog, n=1)
    assert not app.exception, app.exception
    assert app.status[0].label == "생성 완료: 변형 1개 (로컬 모델)"
    warnings = [w.value for w in app.warning if w.value.startswith("수정 필요: ")]
    assert len(warnings) == 1
    app.switch_page("views/models.py").run()
    assert any(c.value.startswith("로드된 모델: ") and "tiny-exaone4" in c.value for c in app.caption)
