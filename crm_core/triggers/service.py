"""A day's trigger run (inventory → risk → queue) and writing the queued copy.

`run_triggers` is what the scheduler calls: it only assesses and queues, so it is cheap and
idempotent. `generate_queued` writes copy for pending rows one at a time, each committed with
its row's new state (see crm_core.store.queue), so it may be stopped or killed at any point.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from crm_core.catalog import Catalog
from crm_core.domain import Brief
from crm_core.export import columns_for, records, table_csv
from crm_core.store import CampaignQueue, QueueItem
from crm_core.store.queue import QueueStep
from crm_core.triggers.briefs import requests_for
from crm_core.triggers.inventory import Inventory, load_inventory
from crm_core.triggers.risk import Assessment, TriggerConfig, assess
from crm_core.triggers.sample import SAMPLE_INVENTORY
from crm_core.workbench import Workbench


@dataclass(frozen=True)
class TriggerRun:
    """What one run found and queued."""

    assessment: Assessment
    queued: tuple[int, ...]
    already: tuple[int, ...]

    def summary(self) -> dict[str, Any]:
        """The CLI's JSON: counts, each triggered product with why, the model and the bad rows."""
        a = self.assessment
        return {
            "date": a.day.isoformat(),
            "queued": len(self.queued),
            "already_queued": len(self.already),
            "model": a.model,
            "backtest": [{"model": s.model, "wape": s.wape, "mape": s.mape} for s in a.scores],
            "products": [{"product_id": r.product_id, "kind": r.kind, **r.why()} for r in a.triggered],
            "errors": [e.as_dict() for e in a.errors],
        }


def run_triggers(
    queue: CampaignQueue, catalog: Catalog, inventory: Inventory, day: date, user: str,
    config: TriggerConfig | None = None,
) -> TriggerRun:  # fmt: skip
    """Assess `day` and queue a brief per triggered product and channel (existing keys are kept)."""
    config = config or TriggerConfig()
    assessment = assess(inventory, day, config)
    result = queue.enqueue(requests_for(catalog, list(assessment.triggered), config), user)
    return TriggerRun(assessment, result.queued, result.already)


def generate_queued(
    workbench: Workbench,
    queue: CampaignQueue,
    day: date | None = None,
    user: str | None = None,
    on_row: Callable[[int, bool], None] | None = None,
    row_ids: Collection[int] | None = None,
) -> list[int]:
    """Write copy for the pending rows (of `day`, or all; only `row_ids` when given); returns those moved."""
    user = user or workbench.user
    done: list[int] = []
    for item in queue.pending(day):
        if row_ids is not None and item.id not in row_ids:
            continue
        [result, *_] = workbench.pipeline.run_one(Brief.model_validate(item.request.brief))
        moved = queue.record_generated(item.id, result, workbench.spec_for(result), user, workbench.run_meta())
        if moved:
            done.append(item.id)
        if on_row is not None:
            on_row(item.id, moved)
    return done


QUEUE_COLUMNS = ("queue_id", "scheduled_at", "campaign", "trigger")


def export_queue_csv(
    workbench: Workbench, queue: CampaignQueue, row_ids: Sequence[int] | None, user: str | None = None
) -> bytes:
    """Mark the approved rows exported (once) and return them as the export CSV plus their send times."""
    items = queue.export(row_ids, user or workbench.user)
    views = [workbench.variant(item.variant_id) for item in items if item.variant_id is not None]
    rows = [
        {
            "queue_id": i.id,
            "scheduled_at": i.request.scheduled_at,
            "campaign": i.request.campaign,
            "trigger": i.request.kind,
            **r,
        }
        for i, r in zip(items, records(views), strict=True)
    ]
    return table_csv([*QUEUE_COLUMNS, *columns_for(views)], rows)


class TriggerDesk:
    """What the 캠페인 트리거 page needs, behind one object: run a day, then move queue rows along."""

    def __init__(self, workbench: Workbench):
        self.workbench = workbench
        self.queue = CampaignQueue(workbench.store)

    sample_path = SAMPLE_INVENTORY

    @property
    def catalog(self) -> Catalog:
        return self.workbench.pipeline.catalog

    def load(self, source: str | Path | bytes, name: str | None = None) -> Inventory:
        """An inventory file checked against this workbench's catalog."""
        return load_inventory(source, self.catalog.products_by_id, name)

    def run(self, inventory: Inventory, day: date, config: TriggerConfig, user: str) -> TriggerRun:
        return run_triggers(self.queue, self.catalog, inventory, day, user, config)

    def items(self, status: str | None = None) -> list[QueueItem]:
        return self.queue.items(status=status)

    def generate(self, row_ids: Collection[int], user: str) -> list[int]:
        return generate_queued(self.workbench, self.queue, user=user, row_ids=row_ids)

    def approve(self, row_ids: Sequence[int], user: str) -> QueueStep:
        """Approve passing and warned rows (a person chose them on the page); blocked ones stay."""
        return self.queue.approve(row_ids, user, allow_warn=True)

    def export_csv(self, row_ids: Sequence[int] | None, user: str) -> bytes:
        return export_queue_csv(self.workbench, self.queue, row_ids, user)
