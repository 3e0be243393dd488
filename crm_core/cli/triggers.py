"""`triggers run` (for a scheduler: assess the day, queue campaigns) and `triggers status` (list the queue)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from crm_core.catalog import Catalog
from crm_core.cli import print_json
from crm_core.config import load_settings
from crm_core.errors import InvalidInput
from crm_core.store import CampaignQueue, Store
from crm_core.store.queue import QUEUE_STATUSES
from crm_core.triggers.inventory import load_inventory
from crm_core.triggers.risk import trigger_config
from crm_core.triggers.sample import SAMPLE_INVENTORY
from crm_core.triggers.service import generate_queued, run_triggers

CLI_USER = "scheduler"


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("triggers", help="Stock-risk campaign triggers: run a day, list the queue")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    run_p = actions.add_parser("run", help="Assess a day's stock risk and queue campaigns (idempotent per day)")
    run_p.add_argument("--date", type=_day, help="day to assess, YYYY-MM-DD (default: the inventory's last day)")
    run_p.add_argument("--inventory", type=Path, help="CSV/XLSX of daily sales and stock (default: data sample)")
    run_p.add_argument("--horizon", type=int, default=14, help="forecast days (≥ 1)")
    run_p.add_argument("--threshold", type=float, default=12.0, help="risk %% that triggers a campaign")
    run_p.add_argument("--channel", action="append", help="channel to queue for (repeatable; default push)")
    run_p.add_argument("--generate", action="store_true", help="also write copy for the pending rows")
    run_p.set_defaults(run=run)
    status_p = actions.add_parser("status", help="List the campaign queue as JSON")
    status_p.add_argument("--date", type=_day, help="only this day")
    status_p.add_argument("--status", choices=QUEUE_STATUSES, help="only rows in this state")
    status_p.set_defaults(run=status)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-12-01") from None


def run(args: argparse.Namespace) -> int:
    """Print {"queued": n, "already_queued": m, "products": [...], ...}; exit 2 when no row was usable."""
    settings = load_settings()
    config = trigger_config(
        horizon=args.horizon, threshold_pct=args.threshold, channels=tuple(args.channel or ("push",))
    )
    catalog = Catalog.load(settings.data_dir)
    path = args.inventory or SAMPLE_INVENTORY
    inventory = load_inventory(path, catalog.products_by_id)
    if inventory.rows.empty:
        problems = "; ".join(str(e) for e in inventory.errors[:5])
        raise InvalidInput("inventory", f"no usable row in {path}: {problems}")
    day = args.date or inventory.rows["date"].max().date()
    store = Store.open(settings.database_url)
    queue = CampaignQueue(store)
    try:
        result = run_triggers(queue, catalog, inventory, day, CLI_USER, config)
        summary = result.summary()
        if args.generate:
            from crm_core.workbench import Workbench  # loads the generation pipeline only when asked

            workbench = Workbench.from_settings(settings, user=CLI_USER)
            summary["generated"] = len(generate_queued(workbench, CampaignQueue(workbench.store), day))
    finally:
        store.close()
    print_json(summary)
    return 0


def status(args: argparse.Namespace) -> int:
    """Print the queue rows (newest day first) as JSON."""
    store = Store.open(load_settings().database_url)
    try:
        items = CampaignQueue(store).items(args.date, args.status)
    finally:
        store.close()
    print_json([
        {
            "id": i.id, "date": q.day.isoformat(), "product_id": q.product_id, "channel": q.channel,
            "campaign": q.campaign, "kind": q.kind, "status": i.status, "scheduled_at": q.scheduled_at,
            "verdict": i.verdict or None, "title": i.title or None, "risk_pct": q.why.get("risk_pct"),
        }
        for i in items
        for q in [i.request]
    ])  # fmt: skip
    return 0
