"""Engines for the workbench database: SQLite tuned for safe concurrent writes, or any SQLAlchemy URL.

SQLite gets WAL (readers never block the writer), foreign keys, a busy timeout and
synchronous=FULL (a committed approval survives a crash of the app or the machine). Write
transactions start with BEGIN IMMEDIATE so a read-then-write (approve, edit) holds the write
lock from its first read: two writers queue instead of failing mid-transaction.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import StaticPool

WRITE_OPTION = "crm_write"
DEFAULT_BUSY_TIMEOUT_S = 30.0


def sqlite_in_memory(url: URL) -> bool:
    return url.database in (None, "", ":memory:") or url.query.get("mode") == "memory"


def make_engine(url: str | URL, *, busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S) -> Engine:
    """An engine for a URL; SQLite files get their folder created and the pragmas above."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, pool_pre_ping=True)
    memory = sqlite_in_memory(parsed)
    kwargs: dict[str, Any] = {"connect_args": {"timeout": busy_timeout_s, "check_same_thread": False}}
    if memory:
        kwargs["poolclass"] = StaticPool  # one shared connection, or each thread sees an empty database
    else:
        Path(parsed.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(parsed, **kwargs)
    install_sqlite_hooks(engine, wal=not memory, busy_timeout_ms=int(busy_timeout_s * 1000))
    return engine


def install_sqlite_hooks(engine: Engine, *, wal: bool, busy_timeout_ms: int) -> None:
    """Pragmas on every new connection; SQLAlchemy (not the driver) emits BEGIN."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # the driver must not emit its own BEGIN
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {busy_timeout_ms}")
            if wal:
                cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA synchronous = FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def write_engine(engine: Engine) -> Engine:
    """The same pool, marked so that its transactions take the write lock up front."""
    return engine.execution_options(**{WRITE_OPTION: True})
