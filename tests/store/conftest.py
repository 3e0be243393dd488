"""Store tests run on real SQLite files in tmp_path, through the real pipeline with fake guard/scores."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from crm_core.store import Store
from crm_core.workbench import Workbench
from tests.store.fakes import make_workbench


@pytest.fixture()
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "workbench.sqlite"


@pytest.fixture()
def wb(db_path: Path) -> Workbench:
    workbench = make_workbench(db_path)
    yield workbench
    workbench.store.close()


def count(store: Store, model: type, *where: object) -> int:
    """Rows of a table (optionally filtered): tests assert on what is really in the database."""
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0
