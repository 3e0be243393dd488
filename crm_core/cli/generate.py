"""`generate`: one brief from flags (the prototype's CLI) or a batch from a JSON/CSV brief sheet."""

from __future__ import annotations

import argparse
import json
import sys
from collections import deque
from pathlib import Path
from typing import Any

from crm_core.briefs import load_sheet, parse_rows
from crm_core.catalog import Catalog
from crm_core.catalog.mapping import ProductMapping
from crm_core.config import load_settings
from crm_core.domain import (
    Brief,
    Channel,
    ContextMode,
    EmojiPolicy,
    Honorific,
    MessageResult,
    SmsOverflow,
    Timing,
    Tone,
)
from crm_core.errors import InvalidInput
from crm_core.factory import build_pipeline
from crm_core.pipeline import BriefOutcome
from crm_core.store import Store
from crm_core.store.mappings import load_mapping

TIMING_FIELDS = ("load", "rag", "draft", "refine", "guard", "total")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("generate", help="Generate CRM messages for one brief or a brief sheet")
    p.add_argument("--persona", help="persona index (0..4) or name, e.g. 0 or Luxury_Lover")
    p.add_argument("--brand", help="brand name, e.g. 설화수")
    p.add_argument("--product", help="exact product name or a unique part of it within the brand")
    p.add_argument("--stage_index", type=int, help="AARRR stage 0..4")
    p.add_argument("--style_index", type=int, help="style family 0..5")
    p.add_argument("--is_event", type=int, choices=(0, 1), default=0)
    p.add_argument("--event_id", help="a specific campaign event id")
    p.add_argument(
        "--informational",
        action="store_true",
        help="an order, delivery, reservation, point-expiry or policy notice (not an ad; no promotion allowed)",
    )
    p.add_argument("--top_k", type=int, default=3)
    p.add_argument("--channel", default="push", help=f"one of {', '.join(c.value for c in Channel)}")
    p.add_argument("--tone", choices=[t.value for t in Tone])
    p.add_argument("--honorific", choices=[h.value for h in Honorific], default=Honorific.haeyo.value)
    p.add_argument("--emoji", choices=[e.value for e in EmojiPolicy], default=EmojiPolicy.few.value)
    p.add_argument("--context_mode", choices=[m.value for m in ContextMode], default=ContextMode.rag_brand.value)
    p.add_argument(
        "--sms_overflow",
        choices=[o.value for o in SmsOverflow],
        help="SMS only: lms (default) writes a message 90 bytes cannot carry as LMS, flagged sms_to_lms; "
        "shorten keeps it SMS with less said (a batch sheet's rows without their own sms_overflow take this)",
    )
    p.add_argument("--n", type=int, default=1, help="variants per brief (1..6)")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--backend", choices=("auto", "template", "transformers", "openai"))
    p.add_argument("--drafter", help="drafter model: hub id or local folder (default: settings)")
    p.add_argument("--refiner", help="refiner model: hub id or local folder (default: settings)")
    p.add_argument("--adapter", help="LoRA adapter folder for the refiner")
    p.add_argument("--data_dir", help="catalog folder (default: data/)")
    p.add_argument("--out_path", help="write the JSON result here instead of stdout")
    p.add_argument("--disable_cache", action="store_true", help="do not reuse cached results")
    p.add_argument("--batch_json", help="JSON list of briefs (prototype keys)")
    p.add_argument("--batch_csv", help="CSV brief sheet (persona,brand,product,stage_index,style_index,is_event)")
    p.add_argument(
        "--unknown_products",
        choices=("error", "name_only"),
        default="error",
        help="name_only: a product missing from the catalog is written from its name alone, flagged name_only",
    )
    p.add_argument(
        "--house_brand",
        help="with --unknown_products name_only: rows whose brand is 기타 are written from the product name in a "
        "neutral house voice under this name (the sender customers see), flagged product_match.unbranded",
    )
    p.add_argument(
        "--mapping",
        help="product-name mapping JSON [{brand, from, product_id|null}]; default: the mappings confirmed in the store",
    )
    p.set_defaults(run=run)


def brief_from_args(args: argparse.Namespace) -> Brief:
    """The single brief given by flags; a missing required flag is named."""
    for name in ("persona", "brand", "product", "stage_index", "style_index"):
        if getattr(args, name) is None:
            raise InvalidInput(name, f"--{name} is required (or give --batch_json / --batch_csv)")
    row = {
        "persona": args.persona,
        "brand": args.brand,
        "product": args.product,
        "stage_index": args.stage_index,
        "style_index": args.style_index,
        "is_event": bool(args.is_event),
        "informational": bool(args.informational),
        "event_id": args.event_id,
        "top_k": args.top_k,
        "channel": args.channel,
        "tone": args.tone,
        "honorific": args.honorific,
        "emoji": args.emoji,
        "context_mode": args.context_mode,
        "sms_overflow": args.sms_overflow,
        "n": args.n,
        "seed": args.seed,
    }
    for name, value in row.items():
        if isinstance(value, str) and not value.strip():
            raise InvalidInput(name, f"--{name} is empty; leave the flag out for its default")
    sheet = parse_rows([{k: v for k, v in row.items() if v is not None}])
    if sheet.errors:
        err = sheet.errors[0]
        raise InvalidInput(err.field, err.message)
    return sheet.briefs[0][1]


class TimingLog:
    """`[Timing]` per message on stderr and `[TimingAvg]` over the last 100 every 100 messages."""

    def __init__(self, window: int = 100):
        self.window = window
        self.recent: deque[Timing] = deque(maxlen=window)
        self.count = 0

    def add(self, timing: Timing) -> None:
        self.count += 1
        self.recent.append(timing)
        print("[Timing] " + self.format(timing.model_dump()), file=sys.stderr)
        if self.count % self.window == 0:
            mean = {f: sum(getattr(t, f) for t in self.recent) / len(self.recent) for f in TIMING_FIELDS}
            print(f"[TimingAvg] last {len(self.recent)}: " + self.format(mean), file=sys.stderr)

    @staticmethod
    def format(values: dict[str, float]) -> str:
        return " ".join(f"{f}={values[f]:.3f}s" for f in TIMING_FIELDS)


def outcome_json(outcome: BriefOutcome) -> dict[str, Any]:
    return {
        "index": outcome.index,
        "ok": outcome.ok,
        "error": outcome.error,
        "field": outcome.field,
        "results": [r.to_prototype_dict() for r in outcome.results],
    }


def write_output(data: object, out_path: str | None) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    if out_path:
        Path(out_path).write_text(text + "\n", encoding="utf-8")
        print(f"wrote {out_path}", file=sys.stderr)
    else:
        print(text)


def check_out_path(out_path: str | None) -> None:
    """Refuse an output path that cannot be written before any work is done."""
    if not out_path:
        return
    folder = Path(out_path).expanduser().resolve().parent
    if Path(out_path).is_dir() or not folder.is_dir():
        raise InvalidInput("out_path", f"{out_path}: not a writable file path (folder {folder} must exist)")


def product_mapping(args: argparse.Namespace, settings) -> ProductMapping:  # type: ignore[no-untyped-def]
    """The mapping file given by --mapping, else the mappings the user confirmed in the store."""
    if args.mapping:
        return ProductMapping.load(args.mapping)
    store = Store.open(settings.database_url, reconcile=False)
    try:
        return load_mapping(store)
    finally:
        store.close()


def run(args: argparse.Namespace) -> int:
    check_out_path(args.out_path)
    if args.house_brand is not None and args.unknown_products != "name_only":
        raise InvalidInput("house_brand", "--house_brand needs --unknown_products name_only (rows with no brand are "
                           "written from the product name alone)")  # fmt: skip
    settings = load_settings(
        data_dir=args.data_dir,
        backend=args.backend,
        drafter=args.drafter,
        refiner=args.refiner,
        adapter=args.adapter,
        result_cache=False if args.disable_cache else None,
    )
    catalog = Catalog.load(settings.data_dir)
    if args.batch_json or args.batch_csv:
        return run_batch(args, settings, catalog)
    brief = brief_from_args(args).model_copy(
        update={"unknown_products": args.unknown_products, "house_brand": args.house_brand}
    )
    pipeline = build_pipeline(settings, catalog, backend=args.backend)
    results: list[MessageResult] = pipeline.run_one(brief)
    log = TimingLog()
    for result in results:
        log.add(result.timing)
    data = [r.to_prototype_dict() for r in results]
    write_output(data[0] if len(data) == 1 else data, args.out_path)
    return 0


def run_batch(args: argparse.Namespace, settings, catalog: Catalog) -> int:  # type: ignore[no-untyped-def]
    """Bad rows are reported by index with their field; the others still run. Exit 1 if any failed."""
    mapping = product_mapping(args, settings)
    overflow = SmsOverflow(args.sms_overflow) if args.sms_overflow else None
    sheet = load_sheet(args.batch_json or args.batch_csv).prepared(
        mapping, args.unknown_products, args.house_brand, overflow
    )
    sheet = sheet.validate(catalog)
    for note in sheet.notes:
        print(f"[Batch] note: {note}", file=sys.stderr)
    pipeline = build_pipeline(settings, catalog, backend=args.backend)
    indices = [i for i, _ in sheet.briefs]
    outcomes = pipeline.run([b for _, b in sheet.briefs], resolved=[sheet.resolved[i] for i, _ in sheet.briefs])
    log = TimingLog()
    rows: list[dict[str, Any]] = []
    for outcome in outcomes:
        outcome = BriefOutcome(indices[outcome.index], outcome.brief, outcome.results, outcome.error, outcome.field)
        for result in outcome.results:
            log.add(result.timing)
        rows.append(outcome_json(outcome))
    # the row's error reads as a pipeline error does ("field: why"): its index is its own key and the printed prefix
    rows += [
        {"index": e.index, "ok": False, "error": f"{e.field}: {e.message}", "field": e.field, "results": []}
        for e in sheet.errors
    ]
    rows.sort(key=lambda r: r["index"])
    failed = [r for r in rows if not r["ok"]]
    for r in failed:
        print(f"[BatchError] row {r['index']}: {r['error']}", file=sys.stderr)
    name_only = sum(1 for r in rows if r["ok"] and r["results"][0]["product_match"]["kind"] == "name_only")
    print(f"[Batch] {len(rows) - len(failed)} of {len(rows)} rows generated", file=sys.stderr)
    if name_only:
        note = f"{name_only} rows written from the product name only (product_match.kind=name_only)"
        print(f"[Batch] {note}", file=sys.stderr)
    unbranded = sum(1 for r in rows if r["ok"] and r["results"][0]["product_match"]["unbranded"])
    if unbranded:
        note = f"{unbranded} of them name no brand: written in the house voice as {args.house_brand} (unbranded)"
        print(f"[Batch] {note}", file=sys.stderr)
    write_output(rows, args.out_path)
    return 1 if failed else 0
