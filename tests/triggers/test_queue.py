"""The campaign queue: a day queued twice adds nothing; rows move pending → generated → approved → exported once."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from crm_core.cli import main
from crm_core.store import CampaignQueue, QueueRequest
from crm_core.store.models import AuditEntry
from crm_core.triggers.inventory import load_inventory
from crm_core.triggers.risk import trigger_config
from crm_core.triggers.service import export_queue_csv, generate_queued, run_triggers
from crm_core.workbench import Workbench
from tests.store.builders import BLOCK_RULE, blocked_brief, make_workbench, sample_catalog

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample_inventory.csv"
DAY = date(2026, 11, 30)
EXPECTED = {"INF-011": "short_dated", "LNG-011": "slow_mover", "SWS-008": "slow_mover"}
CONFIG = trigger_config(backtest_origins=1)


@pytest.fixture()
def wb(tmp_path: Path) -> Workbench:
    return make_workbench(tmp_path / "wb.sqlite")


def run_day(wb: Workbench):  # type: ignore[no-untyped-def]
    catalog = sample_catalog()
    inventory = load_inventory(SAMPLE, catalog.products_by_id)
    return run_triggers(CampaignQueue(wb.store), catalog, inventory, DAY, "tester", CONFIG)


def test_running_a_day_twice_queues_nothing_the_second_time(wb: Workbench) -> None:
    first = run_day(wb)
    assert {p["product_id"]: p["kind"] for p in first.summary()["products"]} == EXPECTED
    assert len(first.queued) == 3 and first.already == ()
    second = run_day(wb)
    assert second.queued == () and sorted(second.already) == sorted(first.queued)
    items = CampaignQueue(wb.store).items()
    assert len(items) == 3 and {i.status for i in items} == {"pending"}


def test_each_queued_row_records_why_and_a_daytime_send_on_the_next_day(wb: Workbench) -> None:
    run_day(wb)
    for request in [item.request for item in CampaignQueue(wb.store).items()]:
        assert request.why["risk_pct"] >= 12.0 and len(request.why["forecast"]) == 14
        assert request.scheduled_at is not None and request.scheduled_at.date() == date(2026, 12, 1)
        assert "17:00" <= f"{request.scheduled_at:%H:%M}" < "17:30"
        assert request.brief["campaign"] == "stock_trigger" and request.brief["informational"] is False


def test_rows_move_through_every_state_once_with_an_audit_row_per_step(wb: Workbench) -> None:
    run_day(wb)
    queue = CampaignQueue(wb.store)
    ids = [i.id for i in queue.items()]
    assert queue.approve(ids, "tester").skipped == tuple((i, "not generated") for i in ids)
    assert sorted(generate_queued(wb, queue)) == sorted(ids)
    assert generate_queued(wb, queue) == []  # nothing pending any more
    step = queue.approve(ids, "tester", allow_warn=True)
    assert sorted(step.done) == sorted(ids)
    data = export_queue_csv(wb, queue, None)
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    by_queue_id = {int(r["queue_id"]): r for r in rows}
    assert sorted(by_queue_id) == sorted(ids)
    for item in queue.items():
        assert item.status == "exported"
        assert by_queue_id[item.id]["body"] == item.body != ""
        assert by_queue_id[item.id]["scheduled_at"].startswith("2026-12-01 17:")
    assert export_queue_csv(wb, queue, None).decode("utf-8-sig").count("\r\n") == 1  # header only: exported once
    with wb.store.reading() as session:
        actions = [a.action for a in session.scalars(select(AuditEntry).where(AuditEntry.entity == "queue"))]
    for action in ("queue_add", "queue_generated", "queue_approved", "queue_exported"):
        assert actions.count(action) == 3


def test_a_blocked_message_stays_generated_and_the_reason_is_given(wb: Workbench) -> None:
    queue = CampaignQueue(wb.store)
    request = QueueRequest(DAY, "SWS-001", "sms", "stock_trigger", "overstock",
                           blocked_brief(campaign="stock_trigger").model_dump(mode="json"), {}, None)  # fmt: skip
    [row_id] = queue.enqueue([request], "tester").queued
    generate_queued(wb, queue)
    step = queue.approve([row_id], "tester", allow_warn=True)
    assert step.done == () and step.skipped == ((row_id, f"blocked by {BLOCK_RULE}"),)
    [item] = queue.items()
    assert item.status == "generated" and item.verdict == "block"
    assert item.request == request  # the row gives back exactly what was queued


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_the_cli_run_twice_queues_nothing_the_second_time(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(["triggers", "run", "--date", "2026-11-30"], capsys)
    assert code == 0, err
    first = json.loads(out)
    assert (first["queued"], first["already_queued"]) == (3, 0)
    assert {p["product_id"] for p in first["products"]} == set(EXPECTED)
    code, out, _ = run_cli(["triggers", "run", "--date", "2026-11-30"], capsys)
    assert (json.loads(out)["queued"], json.loads(out)["already_queued"]) == (0, 3)
    code, out, _ = run_cli(["triggers", "status"], capsys)
    assert code == 0 and [r["status"] for r in json.loads(out)] == ["pending"] * 3


def test_the_cli_names_bad_rows_and_runs_the_rest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    lines[5] = lines[5].replace("SWS-001", "XYZ-404")
    path = tmp_path / "inv.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run_cli(["triggers", "run", "--inventory", str(path), "--horizon", "7"], capsys)
    assert code == 0, err
    result = json.loads(out)
    assert result["errors"][0] == {"row": 6, "field": "product_id", "product_id": "XYZ-404",
                                   "message": "unknown product id 'XYZ-404' (not in the catalog)"}  # fmt: skip
    assert result["queued"] >= 1


@pytest.mark.parametrize(("args", "message"), [
    (["--horizon", "0"], "error: horizon: must be a whole number of days ≥ 1, got 0"),
    (["--inventory", "nowhere.csv"], "error: inventory: file not found: nowhere.csv"),
])  # fmt: skip
def test_the_cli_refuses_bad_arguments_with_exit_2(args: list[str], message: str, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run_cli(["triggers", "run", *args], capsys)
    assert code == 2 and err.strip() == message
