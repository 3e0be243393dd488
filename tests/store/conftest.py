"""Store tests run on real SQLite files in tmp_path, through the real pipeline (tests/store/builders.py).

Set CRM_TEST_PG_URL (e.g. postgresql+psycopg://postgres@/crmtest?host=/tmp&port=55432) to run
every `wb` test against PostgreSQL as well; its tables are dropped before each test.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from crm_core.store import Store
from crm_core.store.db import make_engine
from crm_core.store.models import Base
from crm_core.workbench import Workbench
from tests.store.builders import make_workbench

PG_URL = os.environ.get("CRM_TEST_PG_URL", "")
BACKENDS = ["sqlite", *(["postgresql"] if PG_URL else [])]


@pytest.fixture()
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "workbench.sqlite"


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, db_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{db_path}"
    engine = make_engine(PG_URL)
    Base.metadata.drop_all(engine)
    engine.dispose()
    return PG_URL


@pytest.fixture()
def wb(db_url: str) -> Iterator[Workbench]:
    workbench = make_workbench(db_url)
    yield workbench
    workbench.store.close()


def count(store: Store, model: type, *where: object) -> int:
    """Rows of a table (optionally filtered): tests assert on what is really in the database."""
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0
