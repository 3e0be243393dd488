"""AppTest fixtures: the real app.py on the template backend over a small slice of data/.

The root conftest gives every test its own cache folder (so its own SQLite database), a search
index cache shared by the session, and CRM_BACKEND=template; here the catalog is cut down to a
few brands. The Workbench is cached per settings (the cache folder included), so a test never
sees another test's database.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1 import app_test as app_test_module

from crm_core.catalog import Catalog, write_catalog
from tests.ui.helpers import APP, REPO_ROOT, USER, Downloads, prebuilt

BRANDS = 3
SENDER = {"opt_out_number": "080-123-4567", "sender_number": "02-6040-5114"}
"""A deployment's registered numbers (the defaults are placeholders that lock the export)."""
REVIEWS_PER_PRODUCT = 6


def catalog_slice(full: Catalog, brands: int = BRANDS) -> Catalog:
    """Every persona, stage, style, event and channel; products of the first brands with products; few reviews."""
    kept = [b.name for b in full.brands if full.brand_products(b.name)][:brands]
    products = tuple(p for p in full.products if p.brand in kept)
    reviews = tuple(r for p in products for r in full.reviews_by_product.get(p.id, ())[:REVIEWS_PER_PRODUCT])
    return Catalog(
        brands=full.brands, products=products, reviews=reviews, personas=full.personas, stages=full.stages,
        styles=full.styles, events=full.events, channels=full.channels,
    )  # fmt: skip


@pytest.fixture(scope="session")
def ui_catalog_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_catalog(catalog_slice(Catalog.load(REPO_ROOT / "data")), tmp_path_factory.mktemp("ui-catalog"))


@pytest.fixture(scope="session")
def ui_catalog(ui_catalog_dir: Path) -> Catalog:
    return Catalog.load(ui_catalog_dir)


@pytest.fixture(autouse=True)
def ui_data_dir(ui_catalog_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRM_DATA_DIR", str(ui_catalog_dir))
    monkeypatch.setenv("CRM_IMPORT_DIRS", str(REPO_ROOT / "tests" / "fixtures"))  # the prototype fixtures


@pytest.fixture()
def app() -> AppTest:
    """app.py after its first run, on the template backend (chosen through st.secrets, as a deployment would),
    with a deployment's real sender details and the marketer's name entered."""
    prebuilt(backend="template", **SENDER)
    at = AppTest.from_file(APP, default_timeout=60)
    at.secrets["crm"] = {"backend": "template", **SENDER}
    at.session_state["user_name"] = USER
    return at.run()


@pytest.fixture()
def downloads(monkeypatch: pytest.MonkeyPatch) -> Iterator[Downloads]:
    captured = Downloads()

    class Recording(MediaFileManager):
        def __init__(self, storage: MemoryMediaFileStorage) -> None:
            super().__init__(storage)
            captured.managers.append((self, storage))

    monkeypatch.setattr(app_test_module, "MediaFileManager", Recording)
    yield captured
