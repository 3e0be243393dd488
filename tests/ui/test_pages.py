"""Every page, reached from app.py through st.navigation, renders without an exception."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from crm_core.workbench import Workbench
from tests.ui.helpers import APP, built, prebuilt
from ui import resources

PAGES = {
    "views/compose.py": "메시지 작성",
    "views/compare.py": "변형 비교",
    "views/batch.py": "일괄 생성",
    "views/triggers.py": "캠페인 트리거",
    "views/approved.py": "승인·내보내기",
    "views/timing.py": "생성 시간",
    "views/data.py": "데이터",
    "views/models.py": "모델",
}


def test_app_opens_on_compose(app: AppTest) -> None:
    assert not app.exception
    assert app.title[0].value == "메시지 작성"
    assert app.info[0].value == "브리프를 고르고 '생성'을 누르면 변형이 여기에 나타납니다."


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders(app: AppTest, page: str) -> None:
    app.switch_page(page).run()
    assert not app.exception, app.exception
    assert app.title[0].value == PAGES[page]
    assert not app.error


def test_a_deep_link_as_the_first_request_still_runs_app_py() -> None:
    """A bookmark to a page, opened before anyone opened the front page, gets the same sidebar (approver name,
    backend) as any other visit. Streamlit runs a page file alone on a fresh server when a folder named
    `pages/` sits beside the entry script, so the page files live in views/."""
    prebuilt(backend="template")
    at = AppTest.from_file(APP, default_timeout=60)
    at.secrets["crm"] = {"backend": "template"}
    at.switch_page("views/triggers.py").run()
    assert not at.exception, at.exception
    assert at.title[0].value == "캠페인 트리거"
    assert at.sidebar.text_input(key="user_name_input").label == "내 이름 (승인·수정 기록)"


def test_sidebar_states_the_degraded_template_backend(app: AppTest) -> None:
    warnings = [w.value for w in app.sidebar.warning]
    assert any(w.startswith("템플릿 백엔드:") for w in warnings), warnings
    assert app.sidebar.text_input(key="user_name_input").value == "김마케터"


def test_sidebar_states_lexical_only_retrieval_and_why(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CRM_EMBEDDING_MODEL", str(tmp_path / "no-embedder"))
    prebuilt()
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    retrieval = [w.value for w in at.sidebar.warning if w.value.startswith("형태소 검색만 (lexical) — ")]
    assert retrieval == [
        "형태소 검색만 (lexical) — 임베딩 모델을 이 컴퓨터에서 찾지 못해 형태소 검색만 씁니다. "
        "근거 품질이 조금 낮을 수 있어요."
    ]
    assert any("no-embedder" in c.value for c in at.sidebar.code), "the raw reason is kept behind the details"
    assert at.sidebar.caption[0].value.startswith("장치: ")


def test_empty_store_pages_explain_how_to_get_data(app: AppTest) -> None:
    app.switch_page("views/approved.py").run()
    assert [i.value for i in app.info] == [
        "조건에 맞는 승인된 메시지가 없습니다. "
        "'메시지 작성'·'변형 비교'·'일괄 생성'에서 메시지를 승인하면 여기에 모입니다."
    ]
    app.switch_page("views/timing.py").run()
    assert [i.value for i in app.info] == [
        "아직 저장된 생성 기록이 없습니다. '메시지 작성'이나 '일괄 생성'에서 메시지를 만들면 "
        "단계별 시간이 여기에 쌓입니다. 벤치마크 수치는 bench/ 의 결과 파일을 보세요."
    ]


def test_a_bad_setting_is_named_on_the_page(app: AppTest) -> None:
    app.secrets["crm"] = {"backend": "gpu-please"}
    app.run()
    assert not app.exception
    assert app.error[0].value.startswith("설정을 읽을 수 없습니다: backend: Input should be")


def test_compose_is_usable_while_the_workbench_is_still_being_built(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first page draws its form from the catalog alone; the sidebar says the rest is being prepared."""
    release = threading.Event()
    real = Workbench.from_settings
    monkeypatch.setattr(Workbench, "from_settings", lambda *a, **k: (release.wait(), real(*a, **k))[1])
    at = AppTest.from_file(APP, default_timeout=60)
    at.secrets["crm"] = {"backend": "template"}
    at.run()
    try:
        assert not at.exception
        assert [i.value for i in at.sidebar.info] == [
            "워크벤치를 준비하는 중… (카탈로그, 검색 색인, 검사 규칙) 양식은 지금 채울 수 있고, "
            "생성은 준비가 끝나는 대로 시작됩니다."
        ]
        assert not at.button(key="compose_generate").disabled
        assert at.selectbox(key="compose_brand").options
    finally:
        release.set()
    built(at)
    assert at.button(key="compose_generate").click().run().status[0].label.startswith("생성 완료: 변형 3개")


def test_generate_pressed_as_the_build_finishes_still_generates(app: AppTest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The build can finish between the sidebar's look and its preparing note's: the click that started the run
    must still generate, not vanish in a rerun of the page."""
    real = resources.ready_workbench
    still_building = [None]  # what the sidebar's look sees; every later look finds the Workbench ready

    monkeypatch.setattr(resources, "ready_workbench", lambda: still_building.pop() if still_building else real())
    app.button(key="compose_generate").click().run()
    assert not still_building
    assert [s.label for s in app.status] == ["생성 완료: 변형 3개 (템플릿)"]
