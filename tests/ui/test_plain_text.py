"""Text typed by a marketer (a note, a reason) or written by a model is shown as typed: no Markdown."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from crm_core.catalog import Catalog
from tests.ui.helpers import card_buttons, compose, mark_warnings_read
from ui.render import plain

NOTE = "![](http://example.invalid/pixel.png) 21:00~08:00 **굵게** $5"


def test_plain_escapes_every_markdown_sign() -> None:
    assert plain(NOTE) == r"\!\[\]\(http\:\/\/example\.invalid\/pixel\.png\) 21\:00\~08\:00 \*\*굵게\*\* \$5"
    assert plain("    1. 들여쓰기\n- 목록") == "1\\. 들여쓰기  \n\\- 목록"


def test_a_markdown_note_is_shown_as_text_in_the_decision_history(app: AppTest, ui_catalog: Catalog) -> None:
    mark_warnings_read(compose(app, ui_catalog, n=1))
    variant = card_buttons(app, "approve")[0].key.removesuffix("_approve")
    app.button(key=f"{variant}_approve").click().run()
    app.text_input(key=f"{variant}_unapprove_reason").set_value(NOTE)
    app.button(key=f"{variant}_unapprove").click().run()
    mark_warnings_read(app).button(key=f"{variant}_approve").click().run()
    app.switch_page("views/approved.py").run()
    history = next(e for e in app.expander if e.label == "결정·수정 기록")
    lines = [m.value for m in history.markdown]
    assert any(line.endswith(f" — {plain(NOTE)}") and "**승인 취소**" in line for line in lines), lines
    assert not any("![](" in line or " 21:00~" in line for line in lines)
