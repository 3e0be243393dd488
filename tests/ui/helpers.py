"""Helpers shared by the UI tests: driving Compose and reading what a download button serves."""

from __future__ import annotations

import threading
from pathlib import Path

from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Button

from crm_core.catalog import Catalog
from crm_core.config import load_settings
from ui import resources

REPO_ROOT = Path(__file__).resolve().parents[2]
APP = REPO_ROOT / "app.py"
USER = "김마케터"


def prebuilt(**overrides: object) -> None:
    """Build the Workbench the app will ask for (its settings: crm.toml, CRM_*, then these `[crm]` secrets) and
    wait, so the app's first run finds it ready; AppTest shows the sidebar on a first run only."""
    resources.prepare(load_settings(**overrides)).wait()


def built(at: AppTest) -> AppTest:
    """Join the background Workbench builds the app started (no sleeping, no timing), then run it again:
    the app as it is once 워크벤치를 준비하는 중 has gone."""
    for thread in threading.enumerate():
        if thread.name == "crm-workbench":
            thread.join()
    return at.run()


def compose(app: AppTest, catalog: Catalog, *, n: int = 2, stage: int = 1) -> AppTest:
    brand = catalog.products[0].brand
    app.selectbox(key="compose_stage").set_value(stage)
    app.selectbox(key="compose_persona").set_value(1)
    app.selectbox(key="compose_brand").set_value(brand).run()
    app.selectbox(key="compose_product").set_value(catalog.brand_products(brand)[0].name)
    app.selectbox(key="compose_style").set_value(2)
    app.number_input(key="compose_n").set_value(n)
    app.number_input(key="compose_seed").set_value(11)
    app.button(key="compose_generate").click().run()
    said = [s.label for s in app.status] + [e.value for e in app.error] + [e.value for e in app.exception]
    assert app.status and app.status[0].label.startswith("생성 완료"), said
    return app


def mark_warnings_read(app: AppTest) -> AppTest:
    """Tick every card's 'warnings read' box, as a marketer does before approving a warned variant."""
    boxes = [c for c in app.checkbox if c.key and c.key.endswith("_warn_seen")]
    for box in boxes:
        box.check()
    return app.run() if boxes else app


def card_buttons(app: AppTest, action: str) -> list[Button]:
    return [b for b in app.button if b.key and b.key.startswith("compose_") and b.key.endswith(f"_{action}")]


class Downloads:
    """Serves the bytes behind st.download_button in AppTest, running deferred (callable) data like a click."""

    def __init__(self) -> None:
        self.managers: list[tuple[MediaFileManager, MemoryMediaFileStorage]] = []

    def data(self, at: AppTest, key: str) -> bytes:
        button = at.get_by_key(key)
        manager, storage = self.managers[-1]
        file_id = button.proto.deferred_file_id
        url = manager.execute_deferred(file_id) if file_id else button.proto.url
        return storage.get_file(url.rsplit("/", 1)[-1]).content
