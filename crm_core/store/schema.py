"""Create the schema on first use and step it forward, one recorded version at a time.

New tables appear through create_all; a change to an existing table is a numbered migration in
MIGRATIONS (version → function run inside the same transaction). A database newer than this
build is refused rather than guessed at.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Engine, func, insert, select, text

from crm_core.store.db import write_engine
from crm_core.store.errors import SchemaTooNew
from crm_core.store.models import Base, SchemaVersion

SCHEMA_VERSION = 1
# version N → the step that turns a version N-1 database into version N.
MIGRATIONS: dict[int, Callable[[Connection], None]] = {}
_PG_LOCK_KEY = 0x43524D5742  # "CRMWB": serialises first-use creation across processes on PostgreSQL


def current_version(connection: Connection) -> int | None:
    """The highest applied schema version, or None for an empty database."""
    return connection.scalar(select(func.max(SchemaVersion.version)))


def ensure_schema(engine: Engine, target: int = SCHEMA_VERSION) -> int:
    """Bring the database to `target` and return its version.

    :raises SchemaTooNew: when the database was written by a newer build.
    """
    with write_engine(engine).begin() as connection:  # BEGIN IMMEDIATE on SQLite: one creator at a time
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
        Base.metadata.create_all(connection)
        found = current_version(connection)
        if found is None:
            connection.execute(insert(SchemaVersion).values(version=target))
            return target
        if found > target:
            raise SchemaTooNew(found, target)
        for version in range(found + 1, target + 1):
            MIGRATIONS[version](connection)
            connection.execute(insert(SchemaVersion).values(version=version))
        return target
