"""Queues 40 campaign rows, approves the first five, then writes the rest slowly; test_queue_kill.py SIGKILLs it.

Prints `APPROVED <row id>` and `GENERATED <row id>` only after the step has committed, and `DONE`
if it ever finishes (the test kills it long before).
"""

from __future__ import annotations

import sys
from datetime import date, timedelta

from crm_core.store import CampaignQueue, QueueRequest
from crm_core.triggers.service import generate_queued
from tests.store.builders import brief, make_workbench

ROWS = 40
APPROVED_FIRST = 5


def requests() -> list[QueueRequest]:
    """One row a day for 자음생크림 (the key differs by day), each brief passing the real guard."""
    start = date(2026, 10, 1)
    return [
        QueueRequest(
            day=start + timedelta(days=i),
            product_id="SWS-001",
            channel="push",
            campaign="stock_trigger",
            kind="overstock",
            brief=brief(seed=i, campaign="stock_trigger").model_dump(mode="json"),
            why={"risk_pct": 20.0},
            scheduled_at=None,
        )
        for i in range(ROWS)
    ]


def main(db: str) -> None:
    wb = make_workbench(db, user="worker", delay_s=0.05)
    queue = CampaignQueue(wb.store)
    queue.enqueue(requests(), "worker")
    first = [item.id for item in queue.pending()[:APPROVED_FIRST]]
    generate_queued(wb, queue, row_ids=first)
    for row_id in queue.approve(first, "approver").done:
        print(f"APPROVED {row_id}", flush=True)
    generate_queued(wb, queue, on_row=lambda row_id, moved: print(f"GENERATED {row_id}", flush=True))
    print("DONE", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
