"""Approval stops a marketer relies on: an undeliverable push is blocked; warnings must be read first."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from crm_core.catalog import Catalog
from crm_core.config import load_settings
from crm_core.errors import CrmError
from crm_core.workbench import Workbench
from tests.ui.helpers import card_buttons, compose

LONG_PUSH = "촉촉한 보습 크림 소식을 전해요. " * 1100  # about 20,000 characters; the push guideline is 160


def save_edit(app: AppTest, variant: str, body: str) -> AppTest:
    app.text_area(key=f"{variant}_edit_body").set_value(body)
    return next(b for b in app.button if b.key.startswith(f"FormSubmitter:{variant}_edit_form")).click().run()


def test_a_20000_character_push_is_blocked_on_the_page_and_in_the_store(app: AppTest, ui_catalog: Catalog) -> None:
    compose(app, ui_catalog, n=1)
    variant = card_buttons(app, "approve")[0].key.removesuffix("_approve")
    save_edit(app, variant, LONG_PUSH)
    assert app.button(key=f"{variant}_approve").disabled
    assert any(c.value.startswith("⛔ 승인 불가: 차단 항목 ") for c in app.caption)
    assert any("전송 한도 4096바이트를 넘어 발송할 수 없습니다" in m.value for m in app.markdown)
    wb = Workbench.from_settings(load_settings(backend="template"))
    variant_id = int(variant.rsplit("_", 1)[-1])
    try:
        wb.approve(variant_id, "김마케터")
    except CrmError as exc:
        assert "channel.payload" in str(exc)
    else:
        raise AssertionError("the store approved an undeliverable push")


def test_a_warned_message_is_approvable_only_after_its_warnings_are_marked_read(
    app: AppTest, ui_catalog: Catalog
) -> None:
    compose(app, ui_catalog, n=1)
    variant = card_buttons(app, "approve")[0].key.removesuffix("_approve")
    save_edit(app, variant, "겨울 보습 루틴을 새로 시작해요. " * 12)  # past the push display guideline: a warning
    approve = app.button(key=f"{variant}_approve")
    assert approve.disabled and approve.help == "주의 항목을 확인했다고 표시하면 승인할 수 있습니다."
    app.checkbox(key=f"{variant}_r2_warn_seen").check().run()
    app.button(key=f"{variant}_approve").click().run()
    assert [s.value for s in app.success] == ["승인했습니다."]
