"""Killing the app mid-batch loses no approved message: SIGKILL a worker, reopen, check every approval."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from crm_core.store import Store
from crm_core.store.models import Approval, Decision, Variant
from tests.sigkill import run_and_kill

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


@pytest.mark.parametrize("approvals_before_kill", [3, 25])
def test_sigkill_mid_batch_keeps_every_acknowledged_approval(tmp_path: Path, approvals_before_kill: int) -> None:
    db = tmp_path / "crash.sqlite"
    lines = run_and_kill(
        "tests.store.crash_worker", str(db), "400", prefix="APPROVED", count=approvals_before_kill, timeout=60
    )
    acknowledged = {int(line.split()[1]) for line in lines if line.startswith("APPROVED")}
    assert "DONE" not in lines, "the kill must land mid-batch"
    assert len(acknowledged) >= approvals_before_kill

    with sqlite3.connect(db) as raw:  # before any reconcile: the file is sound and the run is not done
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        [(status,)] = raw.execute("SELECT status FROM runs").fetchall()
        assert status == "running"

    store = Store.open(f"sqlite:///{db}")
    [run] = store.runs()
    assert run.status == "interrupted"
    assert "process ended" in (run.error or "")

    approved_now = {v.id for v in store.approved()}
    assert acknowledged <= approved_now
    with store.reading() as session:
        per_brief = session.execute(select(Variant.brief_index, func.count()).group_by(Variant.brief_index)).all()
        assert per_brief and all(n == 2 for _, n in per_brief)  # a chunk is all or nothing
        assert session.scalar(select(func.count()).select_from(Variant)) == run.n_variants
        approvals = session.scalar(select(func.count()).select_from(Approval))
        decisions = session.scalar(select(func.count()).select_from(Decision).where(Decision.action == "approve"))
        assert approvals == decisions == len(approved_now)  # no duplicate approvals from the racing approvers
        statuses = dict(session.execute(select(Variant.id, Variant.status)).all())
    assert {vid for vid, status in statuses.items() if status == "approved"} == approved_now
    store.close()
