"""The workbench database: one object per process, thread-safe, every write in its own transaction.

A run's variants are committed chunk by chunk, so a crash loses at most the chunk in flight;
every approval is committed before approve() returns. A run left `running` by a process that
no longer exists is marked `interrupted` the next time the store is opened.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from crm_core.domain import ChannelSpec, Message, MessageResult
from crm_core.errors import InvalidInput
from crm_core.store import decisions, queries
from crm_core.store.convert import run_info, variant_values
from crm_core.store.db import make_engine, write_engine
from crm_core.store.decisions import audit
from crm_core.store.errors import NotFound, required_text
from crm_core.store.filters import VariantFilter
from crm_core.store.models import RUN_KINDS, Run, Variant, utcnow
from crm_core.store.schema import ensure_schema
from crm_core.store.views import BulkResult, HistoryEntry, PastMessage, Recheck, RowFailure, RunInfo, VariantView

STALE_RUN_AFTER = timedelta(hours=6)
FINAL_STATUSES = ("done", "cancelled", "failed", "interrupted")


def pid_alive(pid: int) -> bool:
    """Whether a process with this id exists on this host."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Store:
    """Runs, variants, approvals, decisions, edits and the audit log behind one SQLAlchemy engine."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(write_engine(engine), expire_on_commit=False)

    @classmethod
    def open(cls, url: str, *, reconcile: bool = True) -> Store:
        """Connect, create or migrate the schema, and mark runs of dead processes interrupted."""
        engine = make_engine(url)
        ensure_schema(engine)
        store = cls(engine)
        if reconcile:
            store.reconcile_interrupted()
        return store

    def close(self) -> None:
        """Release the connection pool."""
        self.engine.dispose()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only transaction (deferred BEGIN: never blocks the writer under WAL)."""
        with self._read() as session, session.begin():
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One transaction: committed on exit, rolled back (nothing written) on any error."""
        with self._write() as session, session.begin():
            yield session

    # ---- runs ---------------------------------------------------------------------------
    def create_run(
        self,
        kind: str,
        user: str,
        backend: str,
        *,
        models: dict[str, Any] | None = None,
        settings: dict[str, Any] | None = None,
        batch_id: str | None = None,
        n_briefs: int = 0,
    ) -> RunInfo:
        """Start a run in state running (committed at once, so a crash leaves a trace)."""
        if kind not in RUN_KINDS:
            raise InvalidInput("kind", f"unknown run kind {kind!r}", allowed=list(RUN_KINDS))
        with self.writing() as session:
            run = Run(
                kind=kind,
                user=user,
                backend=backend,
                models=models or {},
                settings=settings or {},
                batch_id=batch_id,
                n_briefs=n_briefs,
                host=socket.gethostname(),
                pid=os.getpid(),
            )
            session.add(run)
            session.flush()
            audit(session, user, "run_start", "run", run.id, kind=kind, backend=backend, briefs=n_briefs)
            return run_info(run)

    def add_chunk(
        self,
        run_id: int,
        results: Iterable[tuple[int, MessageResult, ChannelSpec | None]],
        failures: Sequence[RowFailure] = (),
        briefs_done: int = 0,
        finish: str | None = None,
    ) -> list[int]:
        """Store one finished chunk (variants, bad rows, progress; optionally the final status) atomically."""
        if finish is not None and finish not in FINAL_STATUSES:
            raise InvalidInput("status", f"unknown final status {finish!r}", allowed=list(FINAL_STATUSES))
        with self.writing() as session:
            run = self._run(session, run_id)
            variants = [Variant(run_id=run_id, **variant_values(r, index, spec)) for index, r, spec in results]
            session.add_all(variants)
            run.n_variants += len(variants)
            run.n_briefs_done += briefs_done
            run.n_errors += len(failures)
            run.errors = [*run.errors, *(f.as_dict() for f in failures)]
            run.heartbeat_at = utcnow()
            if finish is not None:
                self._finish(session, run, finish, None)
            session.flush()
            return [v.id for v in variants]

    def finish_run(self, run_id: int, status: str, error: str | None = None) -> RunInfo:
        """Mark a run done / cancelled / failed / interrupted (a finished run is left as it is)."""
        if status not in FINAL_STATUSES:
            raise InvalidInput("status", f"unknown final status {status!r}", allowed=list(FINAL_STATUSES))
        with self.writing() as session:
            run = self._run(session, run_id)
            self._finish(session, run, status, error)
            return run_info(run)

    @staticmethod
    def _finish(session: Session, run: Run, status: str, error: str | None) -> None:
        if run.status == "running":
            run.status, run.error, run.finished_at = status, error, utcnow()
            audit(session, run.user, f"run_{status}", "run", run.id, variants=run.n_variants, error=error)

    def reconcile_interrupted(self, stale_after: timedelta = STALE_RUN_AFTER) -> list[int]:
        """Mark `running` runs interrupted when their process on this host is gone, or silent too long."""
        host, now = socket.gethostname(), utcnow()
        with self.writing() as session:
            stuck = []
            for run in session.scalars(select(Run).where(Run.status == "running")):
                dead = run.host == host and not pid_alive(run.pid)
                if dead or now - run.heartbeat_at > stale_after:
                    stuck.append(run.id)
                    why = "process ended before the run finished" if dead else f"no progress since {run.heartbeat_at}"
                    run.status, run.finished_at, run.error = "interrupted", now, why
                    audit(session, "system", "run_interrupted", "run", run.id, variants=run.n_variants, reason=why)
            return stuck

    @staticmethod
    def _run(session: Session, run_id: int) -> Run:
        run = session.get(Run, run_id)
        if run is None:
            raise NotFound("run", run_id)
        return run

    # ---- decisions ----------------------------------------------------------------------
    def approve(self, variant_id: int, user: str, note: str | None = None) -> VariantView:
        """Approve the current revision (idempotent); ApprovalRefused when blocked, DuplicateApproval for a twin."""
        user = required_text("user", user)
        with self.writing() as session:
            decisions.approve(session, variant_id, user, note, utcnow())
        return self.variant(variant_id)

    def bulk_approve(
        self, variant_ids: Sequence[int], user: str, note: str | None = None, allow_warn: bool = False
    ) -> BulkResult:
        """Approve every passing variant in one transaction; the rest are reported with why."""
        user = required_text("user", user)
        approved: list[int] = []
        already: list[int] = []
        skipped: list[tuple[int, str]] = []
        with self.writing() as session:
            now = utcnow()
            for variant_id in dict.fromkeys(variant_ids):
                variant = session.get(Variant, variant_id)
                if variant is None:
                    skipped.append((variant_id, "not found"))
                    continue
                current = decisions.active_approval(session, variant_id)
                if current is not None and current.revision == variant.revision:
                    already.append(variant_id)
                    continue
                reason = decisions.bulk_skip_reason(session, variant, allow_warn)
                if reason is not None:
                    skipped.append((variant_id, reason))
                    continue
                decisions.approve(session, variant_id, user, note, now)
                approved.append(variant_id)
            audit(session, user, "bulk_approve", "variant", None, approved=approved, skipped=len(skipped))
        return BulkResult(tuple(approved), tuple(already), tuple(skipped))

    def reject(self, variant_id: int, user: str, reason: str) -> VariantView:
        """Reject with a required reason; withdraws an active approval with that reason."""
        user, reason = required_text("user", user), required_text("reason", reason)
        with self.writing() as session:
            decisions.reject(session, variant_id, user, reason, utcnow())
        return self.variant(variant_id)

    def unapprove(self, variant_id: int, user: str, reason: str) -> VariantView:
        """Withdraw the active approval with a required reason (the row is kept, revoked)."""
        user, reason = required_text("user", user), required_text("reason", reason)
        with self.writing() as session:
            decisions.unapprove(session, variant_id, user, reason, utcnow())
        return self.variant(variant_id)

    def apply_edit(
        self,
        variant_id: int,
        expected_revision: int,
        user: str,
        text: tuple[str, str, str],
        recheck: Recheck,
        counts: tuple[int, int],
        note: str | None = None,
    ) -> VariantView:
        """Store a re-checked edit as the next revision, if nobody changed the variant meanwhile."""
        user = required_text("user", user)
        with self.writing() as session:
            decisions.apply_edit(session, variant_id, expected_revision, user, text, recheck, counts, note, utcnow())
        return self.variant(variant_id)

    def record_export(self, user: str, rows: int, filters: dict[str, Any]) -> None:
        """Audit who exported how many rows with which filters."""
        with self.writing() as session:
            audit(session, user, "export", "variant", None, rows=rows, filters=filters)

    # ---- reads --------------------------------------------------------------------------
    def variant(self, variant_id: int) -> VariantView:
        """One variant with its active approval."""
        with self.reading() as session:
            return queries.one_variant(session, variant_id)

    def variants(self, f: VariantFilter | None = None) -> list[VariantView]:
        """Variants matching the filter, in creation order."""
        with self.reading() as session:
            return queries.variant_views(session, f)

    def approved(self, f: VariantFilter | None = None) -> list[VariantView]:
        """Actively approved variants, oldest approval first."""
        with self.reading() as session:
            return queries.approved_views(session, f)

    def run(self, run_id: int) -> RunInfo:
        """One run by id."""
        with self.reading() as session:
            return queries.one_run(session, run_id)

    def runs(self, limit: int = 50, kind: str | None = None) -> list[RunInfo]:
        """Newest runs first."""
        with self.reading() as session:
            return queries.recent_runs(session, limit, kind)

    def result(self, variant_id: int) -> tuple[MessageResult, int, list[Message]]:
        """The current MessageResult, its revision and its sibling variants' messages."""
        with self.reading() as session:
            return queries.stored_result(session, variant_id)

    def history(self, variant_id: int) -> list[HistoryEntry]:
        """Decisions and edits of one variant, oldest first."""
        with self.reading() as session:
            return queries.history(session, variant_id)

    def past_messages(
        self, brand: str | None = None, limit: int | None = None, variant_ids: Sequence[int] | None = None
    ) -> list[PastMessage]:
        """Approved texts for retrieval exemplars, newest first (only these variants' when ids are given)."""
        with self.reading() as session:
            return queries.past_messages(session, brand, limit, variant_ids)

    def timing_rows(self) -> list[dict[str, Any]]:
        """Per-variant stage timings with their run context."""
        with self.reading() as session:
            return queries.timing_rows(session)

    def run_rows(self, kind: str | None = None) -> list[dict[str, Any]]:
        """Runs as plain rows for the throughput frame."""
        with self.reading() as session:
            return queries.run_rows(session, kind)
