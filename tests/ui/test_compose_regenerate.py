"""Compose: regenerate one variant (the others and approvals stay); the 강조할 점 field reaches the copy."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from crm_core.catalog import Catalog
from tests.ui.helpers import card_buttons, compose, mark_warnings_read

KEY = "건조한 겨울에도 하루 종일 촉촉해요"


def bodies(app: AppTest) -> list[str]:
    return [a.value for a in app.text_area if a.key and a.key.endswith("_edit_body")]


def test_regenerating_one_variant_keeps_the_other_and_its_approval(app: AppTest, ui_catalog: Catalog) -> None:
    mark_warnings_read(compose(app, ui_catalog, n=2, stage=2))
    first, second = bodies(app)
    approve = card_buttons(app, "approve")[0]
    approve.click().run()
    regenerate = card_buttons(app, "regenerate")
    assert [b.label for b in regenerate] == ["이 변형만 다시 생성", "이 변형만 다시 생성"]
    regenerate[1].click().run()
    assert [s.value for s in app.success] == ["이 변형의 문구를 새로 썼습니다. 다른 변형과 승인은 그대로입니다."]
    kept, new = bodies(app)  # the edit forms show the current text
    assert kept == first
    assert new not in (first, second)
    assert [b.key for b in app.button if b.key and b.key.endswith("_unapprove")] == [
        approve.key.removesuffix("_approve") + "_unapprove"
    ]


def test_the_key_message_typed_on_compose_opens_every_variant(app: AppTest, ui_catalog: Catalog) -> None:
    app.text_input(key="compose_key_message").set_value(KEY)
    compose(app, ui_catalog, n=2, stage=2)
    assert not app.exception
    assert all(body.startswith(KEY) for body in bodies(app)), bodies(app)


def test_a_banned_claim_typed_as_the_key_message_cannot_be_approved(app: AppTest, ui_catalog: Catalog) -> None:
    app.text_input(key="compose_key_message").set_value("아토피 피부염을 완치해 줘요")
    compose(app, ui_catalog, n=1, stage=2)
    assert [b.disabled for b in card_buttons(app, "approve")] == [True]
    assert any(c.value.startswith("⛔ 승인 불가") for c in app.caption)
