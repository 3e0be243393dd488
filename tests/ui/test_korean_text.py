"""No English sentence reaches the marketer: every page, with an empty store and with results.

Model ids, file paths, rule ids and code are allowed (see tests/ui/rendered_text.py); raw
reasons live behind the details expander. A page added later is covered by PAGES in test_pages.
"""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from crm_core.catalog import Catalog
from tests.ui.helpers import card_buttons, compose, mark_warnings_read
from tests.ui.rendered_text import english_sentences, prose
from tests.ui.test_batch_page import sheet_csv, upload, wait_for_batch
from tests.ui.test_pages import PAGES


def test_the_check_finds_an_english_sentence_and_spares_code() -> None:
    assert prose("auto: no CUDA GPU, so the template backend runs").split("|")[-1].strip() == (
        "no CUDA GPU, so the template backend runs"
    )
    assert "stage" not in prose("규칙 stage.premium_solo · 파일 data/stages.json · Qwen/Qwen2.5-1.5B-Instruct")


@pytest.mark.parametrize("page", PAGES)
def test_no_english_sentence_on_an_empty_store(app: AppTest, page: str) -> None:
    app.switch_page(page).run()
    assert not app.exception
    found = english_sentences(app)
    assert not found, "\n".join(found)


@pytest.fixture()
def with_results(app: AppTest, ui_catalog: Catalog) -> AppTest:
    """A store holding a compose run (one approved variant, one edited), a compare run and a batch."""
    mark_warnings_read(compose(app, ui_catalog, n=2))
    next(b for b in card_buttons(app, "approve") if not b.disabled).click().run()
    upload(app, "briefs.csv", sheet_csv(ui_catalog, [1, 2, 9]))
    app.button(key="batch_run").click().run()
    wait_for_batch(app)
    app.switch_page("views/compare.py").run()
    app.button(key="compare_generate").click().run()
    assert not app.exception
    return app


@pytest.mark.parametrize("page", PAGES)
def test_no_english_sentence_with_results(with_results: AppTest, page: str) -> None:
    with_results.switch_page(page).run()
    assert not with_results.exception
    found = english_sentences(with_results)
    assert not found, "\n".join(found)


def test_no_english_sentence_on_the_first_page_and_sidebar(app: AppTest) -> None:
    """The first run draws the sidebar too (status, device, retrieval, licence notes)."""
    assert [w.value for w in app.sidebar.warning]
    found = english_sentences(app)
    assert not found, "\n".join(found)
