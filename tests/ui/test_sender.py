"""Sender details and the approver's name: placeholders lock the export, approvals need a typed name."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from crm_core.catalog import Catalog
from tests.ui.helpers import APP, USER, card_buttons, compose, mark_warnings_read, prebuilt
from ui.resources import NAME_NEEDED

PLACEHOLDER_ERROR = (
    "발신 정보가 기본값이거나 비어 있어 1개 메시지는 이대로 발송할 수 없습니다. 관리자에게 실제 발신번호·수신거부 "
    "번호 설정을 요청하세요. 내려받은 파일의 '발송 전 확인'(send_warnings) 열에도 표시됩니다."
)


def fresh_app(**crm: str) -> AppTest:
    """The app as a new browser session on a running server opens it: nobody's name typed yet."""
    prebuilt(backend="template", **crm)
    at = AppTest.from_file(APP, default_timeout=60)
    at.secrets["crm"] = {"backend": "template", **crm}
    return at.run()


def approve_one(app: AppTest, catalog: Catalog) -> None:
    mark_warnings_read(compose(app, catalog, n=1, stage=2))
    next(b for b in card_buttons(app, "approve") if not b.disabled).click().run()
    assert [s.value for s in app.success] == ["승인했습니다."]


def test_a_new_session_asks_for_the_name_and_never_uses_the_os_account(ui_catalog: Catalog) -> None:
    app = fresh_app()
    assert app.sidebar.text_input(key="user_name_input").value == ""
    assert next(w.value for w in app.sidebar.warning) == (
        "승인·수정 기록에 남길 이름을 입력하세요. 이 창에서 한 번만 입력하면 됩니다."
    )
    mark_warnings_read(compose(app, ui_catalog, n=1, stage=2))
    approve = card_buttons(app, "approve")[0]
    assert approve.disabled and approve.help == NAME_NEEDED
    app.session_state["user_name"] = USER  # what typing it into the sidebar stores
    app.run()
    approve_one_more = card_buttons(app, "approve")[0]
    assert not approve_one_more.disabled
    approve_one_more.click().run()
    app.switch_page("views/approved.py").run()
    assert app.dataframe[0].value["승인자"].tolist() == [USER]


def test_placeholder_numbers_lock_the_export_until_a_test_file_is_asked_for(ui_catalog: Catalog) -> None:
    app = fresh_app()
    app.session_state["user_name"] = USER
    approve_one(app.run(), ui_catalog)
    app.switch_page("views/approved.py").run()
    assert [e.value for e in app.error] == [PLACEHOLDER_ERROR]
    assert app.get_by_key("approved_download").disabled
    assert app.get_by_key("approved_download_xlsx").disabled
    assert app.dataframe[0].value["발송 전 확인"].tolist() == [
        "무료수신거부 번호가 기본값(080-000-0000)이거나 비어 있습니다"
    ]
    app.checkbox(key="approved_test_export").check().run()
    assert not app.get_by_key("approved_download").disabled


@pytest.mark.usefixtures("ui_catalog")
def test_real_sender_details_are_shown_and_export_freely(app: AppTest, ui_catalog: Catalog) -> None:
    approve_one(app, ui_catalog)
    app.switch_page("views/approved.py").run()
    assert not app.error
    assert not app.get_by_key("approved_download").disabled
    assert app.text[0].value == (
        "발신자 이름: (비어 있음: 브랜드 이름을 씁니다)\n발신번호: 02-6040-5114\n무료수신거부 번호: 080-123-4567"
    )
    assert app.dataframe[0].value["발송 전 확인"].tolist() == [""]
