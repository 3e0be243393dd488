"""Approved messages → CSV for the sending system: UTF-8 with BOM so Excel opens Hangul, formula-safe.

Each row is the approved snapshot (exactly the text that was approved), not a later unapproved
edit. A text cell that a spreadsheet would run as a formula (= + - @, tab, CR first) is
prefixed with a single quote.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

from crm_core.domain import is_name_only_id
from crm_core.store.views import VariantView

LEADING_COLUMNS = (
    "brand",
    "product",
    "product_match",
    "persona",
    "stage",
    "style",
    "channel",
    "title",
    "body",
    "cta",
    "channel_text",
    "byte_count",
    "char_count",
    "verdict",
)
TRAILING_COLUMNS = ("backend", "models", "prompt_version", "seed", "approver", "approved_at", "variant_id", "revision")
SCORE_PREFIX = "score_"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """Quote a text cell that a spreadsheet would evaluate; numbers pass through."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def score_names(views: Sequence[VariantView]) -> list[str]:
    """Every score name among the approvals, sorted: one CSV column each."""
    names = {name for v in views if v.approval is not None for name in v.approval.scores}
    return sorted(names)


def columns_for(views: Sequence[VariantView]) -> list[str]:
    """The CSV header for these rows."""
    return [*LEADING_COLUMNS, *(SCORE_PREFIX + n for n in score_names(views)), *TRAILING_COLUMNS]


def record(view: VariantView, names: Sequence[str]) -> dict[str, Any]:
    """One export row from an approved variant's snapshot; raw values (not yet formula-escaped)."""
    approval = view.approval
    if approval is None:
        raise ValueError(f"variant {view.id} has no active approval; only approved messages are exported")
    row: dict[str, Any] = {
        "brand": view.brand,
        "product": view.product_name,
        "product_match": "name_only" if is_name_only_id(view.product_id) else "catalog",
        "persona": view.persona,
        "stage": view.stage_name,
        "style": view.style_name,
        "channel": view.channel,
        "title": approval.title,
        "body": approval.body,
        "cta": approval.cta,
        "channel_text": approval.channel_text,
        "byte_count": approval.byte_count,
        "char_count": approval.char_count,
        "verdict": approval.verdict,
    }
    for name in names:
        value = approval.scores.get(name)
        row[SCORE_PREFIX + name] = round(value, 4) if value is not None else None
    row.update(
        backend=view.backend,
        models=view.models,
        prompt_version=view.prompt_version,
        seed=view.seed,
        approver=approval.approver,
        approved_at=approval.approved_at.isoformat(timespec="seconds"),
        variant_id=view.id,
        revision=approval.revision,
    )
    return row


def records(views: Sequence[VariantView]) -> list[dict[str, Any]]:
    """Export rows for approved variants (raw values, for a table or the CSV)."""
    names = score_names(views)
    return [record(v, names) for v in views]


def csv_bytes(views: Sequence[VariantView]) -> bytes:
    """The CSV file: BOM, header, one formula-safe row per approved message, CRLF line ends."""
    columns = columns_for(views)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in records(views):
        writer.writerow(["" if row[c] is None else safe_cell(row[c]) for c in columns])
    return buffer.getvalue().encode("utf-8-sig")
