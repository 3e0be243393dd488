"""A setting that cannot take effect is refused in Korean, and every page keeps working."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from tests.ui.test_pages import PAGES

REFUSED = (
    "적용하지 않았습니다. 고른 모델이 이 컴퓨터에 없습니다. 아래 '모델 내려받기'로 먼저 받거나 템플릿 백엔드를 쓰세요. "
    "지금 쓰는 설정은 그대로입니다."
)


def submit(app: AppTest) -> AppTest:
    return next(b for b in app.button if b.key.startswith("FormSubmitter:models_form")).click().run()


def test_transformers_without_local_weights_is_refused_and_pages_keep_working(
    empty_hf_cache: Path, app: AppTest
) -> None:
    app.switch_page("views/models.py").run()
    app.selectbox(key="models_backend").set_value("transformers")
    submit(app)
    assert not app.exception
    assert [e.value for e in app.error] == [REFUSED]
    assert any("is not on this machine" in c.value for c in app.code), "the exact reason sits behind the details"
    assert "settings_overrides" not in app.session_state, "the refused choice is not kept"
    for page in PAGES:
        app.switch_page(page).run()
        assert not app.exception and not app.error, page
        assert app.title[0].value == PAGES[page]


def test_a_server_backend_without_its_model_name_is_refused(app: AppTest) -> None:
    app.switch_page("views/models.py").run()
    app.selectbox(key="models_backend").set_value("openai")
    submit(app)
    assert [e.value for e in app.error] == [
        "적용하지 않았습니다. 이 백엔드를 쓸 설정(서버 주소·모델 이름 등)이 없어 시작할 수 없습니다. "
        "지금 쓰는 설정은 그대로입니다."
    ]
