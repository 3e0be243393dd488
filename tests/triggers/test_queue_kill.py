"""A kill during queue generation loses no approved message and leaves no row in between states."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from crm_core.store import Store
from crm_core.store.models import Variant
from crm_core.store.queue import QUEUE_STATUSES, CampaignQueue
from crm_core.triggers.service import generate_queued
from crm_core.workbench import Workbench
from tests.sigkill import run_and_kill
from tests.store.builders import make_pipeline

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def test_sigkill_mid_generation_keeps_approvals_and_every_row_in_a_whole_state(tmp_path: Path) -> None:
    db = tmp_path / "queue.sqlite"
    lines = run_and_kill("tests.triggers.queue_kill_worker", str(db), prefix="GENERATED", count=3, timeout=120)
    assert "DONE" not in lines, "the kill must land while rows are still pending"
    approved = {int(line.split()[1]) for line in lines if line.startswith("APPROVED")}
    generated = {int(line.split()[1]) for line in lines if line.startswith("GENERATED")}
    assert len(approved) == 5 and len(generated) >= 3

    with sqlite3.connect(db) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)

    store = Store.open(f"sqlite:///{db}")
    items = CampaignQueue(store).items()
    assert len(items) == 40
    by_status = {s: {i.id for i in items if i.status == s} for s in QUEUE_STATUSES}
    assert set().union(*by_status.values()) == {i.id for i in items}  # only the four states exist
    assert by_status["approved"] == approved
    assert generated <= by_status["generated"]
    assert by_status["pending"], "some rows were still to be written when the worker died"
    # a row is pending exactly when it has no message; a message never exists without its row's state
    assert all((i.variant_id is None) == (i.status == "pending") for i in items)
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(Variant)) == len(items) - len(by_status["pending"])
    approved_text = {v.id: v.approval for v in store.approved()}
    for item in items:
        if item.status == "approved":
            assert approved_text[item.variant_id] is not None
            assert item.body == approved_text[item.variant_id].body != ""

    # running again finishes the remaining rows and touches nothing already approved
    workbench = Workbench(make_pipeline(), store, user="resume")
    done = generate_queued(workbench, CampaignQueue(store))
    assert set(done) == by_status["pending"]
    after = CampaignQueue(store).items()
    assert {i.status for i in after} == {"generated", "approved"}
    assert {i.id for i in after if i.status == "approved"} == approved
