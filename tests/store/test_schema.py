"""Schema on first use, SQLite pragmas, the version table and migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from crm_core.config import load_settings
from crm_core.store import SCHEMA_VERSION, SchemaTooNew, Store
from crm_core.store import schema as schema_module
from crm_core.store.db import make_engine
from crm_core.store.schema import ensure_schema

TABLES = {
    "schema_version", "runs", "variants", "approvals", "decisions", "edits", "audit_log",
    "product_mappings", "campaign_queue",
}  # fmt: skip


def test_first_open_creates_schema_and_folder(tmp_path: Path) -> None:
    db = tmp_path / "deep" / "folder" / "wb.sqlite"
    store = Store.open(f"sqlite:///{db}")
    assert db.exists()
    assert TABLES <= set(inspect(store.engine).get_table_names())
    with sqlite3.connect(db) as raw:
        assert raw.execute("SELECT max(version) FROM schema_version").fetchone() == (SCHEMA_VERSION,)
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    store.close()


def test_default_database_lives_under_cache_dir(isolated_workbench: Path) -> None:
    url = load_settings().database_url
    assert url == f"sqlite:///{isolated_workbench / 'workbench.sqlite'}"
    Store.open(url).close()
    assert (isolated_workbench / "workbench.sqlite").exists()


def test_connections_enforce_foreign_keys_and_wait_when_busy(db_path: Path) -> None:
    store = Store.open(f"sqlite:///{db_path}")
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    with pytest.raises(Exception, match="FOREIGN KEY"), store.writing() as session:
        session.execute(text("INSERT INTO decisions (variant_id, revision, action, user, at) "
                             "VALUES (999, 1, 'approve', 'x', '2026-01-01')"))  # fmt: skip
    store.close()


def test_reopening_keeps_one_version_row(db_path: Path) -> None:
    for _ in range(3):
        Store.open(f"sqlite:///{db_path}").close()
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT count(*) FROM schema_version").fetchone() == (1,)


def test_newer_database_is_refused(db_path: Path) -> None:
    Store.open(f"sqlite:///{db_path}").close()
    with sqlite3.connect(db_path) as raw:
        raw.execute("INSERT INTO schema_version (version, applied_at) VALUES (?, '2030-01-01')", (SCHEMA_VERSION + 1,))
    with pytest.raises(SchemaTooNew, match=f"version {SCHEMA_VERSION + 1} is newer"):
        Store.open(f"sqlite:///{db_path}")


def test_migrations_run_in_order_and_are_recorded(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Store.open(f"sqlite:///{db_path}").close()
    calls: list[int] = []

    def step(version: int):
        def run(connection) -> None:  # type: ignore[no-untyped-def]
            calls.append(version)
            connection.execute(text(f"CREATE TABLE migrated_{version} (x INTEGER)"))

        return run

    monkeypatch.setitem(schema_module.MIGRATIONS, SCHEMA_VERSION + 1, step(SCHEMA_VERSION + 1))
    monkeypatch.setitem(schema_module.MIGRATIONS, SCHEMA_VERSION + 2, step(SCHEMA_VERSION + 2))
    engine = make_engine(f"sqlite:///{db_path}")
    assert ensure_schema(engine, target=SCHEMA_VERSION + 2) == SCHEMA_VERSION + 2
    assert calls == [SCHEMA_VERSION + 1, SCHEMA_VERSION + 2]
    assert ensure_schema(engine, target=SCHEMA_VERSION + 2) == SCHEMA_VERSION + 2  # already there: no rerun
    assert calls == [SCHEMA_VERSION + 1, SCHEMA_VERSION + 2]
    assert {f"migrated_{SCHEMA_VERSION + 1}", f"migrated_{SCHEMA_VERSION + 2}"} <= set(
        inspect(engine).get_table_names()
    )
    engine.dispose()


def test_in_memory_database_is_shared_across_threads() -> None:
    import threading

    store = Store.open("sqlite://")
    seen: list[int] = []
    thread = threading.Thread(target=lambda: seen.append(len(store.runs())))
    store.create_run("compose", "u", "template")
    thread.start()
    thread.join()
    assert seen == [1]


def test_schema_compiles_for_postgresql() -> None:
    """No live PostgreSQL here: at least every table and the partial unique index must render for it."""
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.schema import CreateIndex, CreateTable

    from crm_core.store.models import Approval, Base

    dialect = postgresql.dialect()
    ddl = [str(CreateTable(table).compile(dialect=dialect)) for table in Base.metadata.sorted_tables]
    assert len(ddl) == len(TABLES)
    assert any('"user" VARCHAR(120)' in statement for statement in ddl)  # reserved word quoted
    [partial] = [i for i in Approval.__table__.indexes if i.name == "uq_one_active_approval"]
    rendered = str(CreateIndex(partial).compile(dialect=dialect))
    assert rendered.startswith("CREATE UNIQUE INDEX uq_one_active_approval") and "WHERE revoked_at IS NULL" in rendered
