"""Approved messages → CSV or Excel for the sending system: UTF-8 with BOM so Excel opens Hangul, formula-safe.

Each row is the approved snapshot (exactly the text that was approved), not a later unapproved
edit. A text cell that a spreadsheet would run as a formula (= + - @, tab, CR first) is
prefixed with a single quote, in the CSV and the xlsx alike. Times are Korean wall-clock
(KST); persona, stage and style are the catalog's Korean names, their codes in extra columns.
Sending details a system needs (ad flag, campaign id, scheduled time, tracked link, Kakao
template code) come from the brief; `send_warnings` flags what a sender must fix first
(a placeholder or missing opt-out or sender number, an approved text still carrying the placeholder
opt-out number, an AlimTalk without its template code).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit
from zoneinfo import ZoneInfo

from crm_core.catalog import Catalog
from crm_core.channels import TEXT_CHANNELS
from crm_core.config import Settings
from crm_core.domain import SMS_TO_LMS, match_label
from crm_core.store.views import VariantView

KST = ZoneInfo("Asia/Seoul")
PLACEHOLDER_OPT_OUT = "080-000-0000"
PLACEHOLDER_NUMBER = re.compile(r"0\d{1,2}-?0{3,4}-?0{4}")
"""A phone number of zeros after its area code (080-000-0000, 02-0000-0000): a stand-in, not a line."""
NEEDS_SENDER_NUMBER = ("sms", "lms", "kakao_alimtalk", "kakao_friendtalk")
UTM_MEDIUM = "crm"
LEADING_COLUMNS = (
    "brand",
    "product_id",
    "product",
    "product_match",
    "persona",
    "persona_code",
    "stage",
    "stage_index",
    "style",
    "style_index",
    "channel",
    "channel_flag",
    "is_ad",
    "campaign_id",
    "brief_id",
    "scheduled_at_kst",
    "link_url",
    "kakao_template_code",
    "title",
    "body",
    "cta",
    "channel_text",
    "byte_count",
    "char_count",
    "verdict",
)
TRAILING_COLUMNS = (
    "send_warnings", "backend", "models", "prompt_version", "seed", "approver", "approved_at_kst", "variant_id",
    "revision",
)  # fmt: skip
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


def kst(moment: datetime | str | None) -> str | None:
    """A time as 'YYYY-MM-DD HH:MM:SS' in KST; stored times are UTC (naive ones too), brief times are KST."""
    if moment is None or moment == "":
        return None
    if isinstance(moment, str):  # a brief's scheduled_at: Korean wall-clock as the marketer typed it
        parsed = datetime.fromisoformat(moment)
        return (parsed.astimezone(KST) if parsed.tzinfo else parsed).strftime("%Y-%m-%d %H:%M:%S")
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(KST).strftime("%Y-%m-%d %H:%M:%S")


def tracked_link(url: str | None, channel: str, campaign: str) -> str | None:
    """The brief's link with UTM parameters (source = channel, medium = crm, campaign); its own query kept."""
    if not url:
        return None
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not k.startswith("utm_")]
    query += [("utm_source", channel), ("utm_medium", UTM_MEDIUM), ("utm_campaign", campaign)]
    return urlunsplit(parts._replace(query=urlencode(query)))


def sent_link(url: str | None, channel: str, campaign: str) -> str | None:
    """The link the customer will open: a button's carries UTM parameters; an SMS/LMS's is the one in its text, as
    typed (channels.text_link), so the column never shows a link the sent text does not hold."""
    if channel in TEXT_CHANNELS:
        return url or None
    return tracked_link(url, channel, campaign)


@dataclass(frozen=True)
class SenderDetails:
    """Who sends (from Settings): the registered sender number and the free opt-out number ads must carry."""

    opt_out_number: str
    sender_number: str

    @classmethod
    def of(cls, settings: Settings) -> SenderDetails:
        return cls(settings.opt_out_number.strip(), settings.sender_number.strip())


def is_placeholder_number(number: str) -> bool:
    """True for an empty number or one of zeros (080-000-0000): nothing a customer could call."""
    return not number.strip() or PLACEHOLDER_NUMBER.fullmatch(number.strip()) is not None


def send_warnings(view: VariantView, sender: SenderDetails | None) -> str:
    """What a sending system would reject or a regulator would object to, '; '-joined (empty when none).

    Without sender details (a table built without settings) only the brief's own gaps are checked.
    """
    found = []
    text = view.approval.channel_text if view.approval is not None else view.channel_text
    if sender is not None and view.is_ad:
        if is_placeholder_number(sender.opt_out_number):
            shown = sender.opt_out_number or "(empty)"
            found.append(f"opt-out number is the placeholder {shown}; set opt_out_number in settings")
        elif PLACEHOLDER_NUMBER.search(text):
            found.append("approved text carries a placeholder opt-out number; edit it or generate it again")
    if sender is not None and view.channel in NEEDS_SENDER_NUMBER and is_placeholder_number(sender.sender_number):
        found.append("sender number is not set; set sender_number in settings to the registered number")
    if view.channel == "kakao_alimtalk" and not view.brief.get("kakao_template_code"):
        found.append("AlimTalk needs kakao_template_code (the template registered with Kakao)")
    return "; ".join(found)


def record(
    view: VariantView, names: Sequence[str], catalog: Catalog | None = None, sender: SenderDetails | None = None
) -> dict[str, Any]:
    """One export row from an approved variant's snapshot; raw values (not yet formula-escaped).

    With a catalog, persona / stage / style are its Korean names; without one, their stored names.
    """
    approval = view.approval
    if approval is None:
        raise ValueError(f"variant {view.id} has no active approval; only approved messages are exported")
    brief = view.brief
    campaign = brief.get("campaign_id") or f"run{view.run_id}"
    row: dict[str, Any] = {
        "brand": view.brand,
        "product_id": view.product_id,
        "product": view.product_name,
        "product_match": match_label(view.product_id),  # catalog | name_only | name_only_unbranded
        "persona": catalog.personas[view.persona_index].label_kr if catalog else view.persona,
        "persona_code": view.persona,
        "stage": catalog.stages[view.stage].name_kr if catalog else view.stage_name,
        "stage_index": view.stage,
        "style": catalog.styles[view.style].name_kr if catalog else view.style_name,
        "style_index": view.style,
        "channel": view.channel,  # as written and sent: lms for an SMS brief that overflowed
        "channel_flag": SMS_TO_LMS if view.sms_to_lms else None,
        "is_ad": view.is_ad,
        "campaign_id": brief.get("campaign_id"),
        "brief_id": f"{view.run_id}-{view.brief_index}",
        "scheduled_at_kst": kst(brief.get("scheduled_at")),
        "link_url": sent_link(brief.get("link_url"), view.channel, campaign),
        "kakao_template_code": brief.get("kakao_template_code"),
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
        send_warnings=send_warnings(view, sender),
        backend=view.backend,
        models=view.models,
        prompt_version=view.prompt_version,
        seed=view.seed,
        approver=approval.approver,
        approved_at_kst=kst(approval.approved_at),
        variant_id=view.id,
        revision=approval.revision,
    )
    return row


def records(
    views: Sequence[VariantView], catalog: Catalog | None = None, sender: SenderDetails | None = None
) -> list[dict[str, Any]]:
    """Export rows for approved variants (raw values, for a table, the CSV or the xlsx)."""
    names = score_names(views)
    return [record(v, names, catalog, sender) for v in views]


def safe_rows(
    views: Sequence[VariantView], catalog: Catalog | None = None, sender: SenderDetails | None = None
) -> tuple[list[str], list[list[Any]]]:
    """Header and formula-safe rows, the one form both files are written from."""
    columns = columns_for(views)
    return columns, formula_safe(columns, records(views, catalog, sender))


def formula_safe(columns: Sequence[str], rows: Sequence[dict[str, Any]]) -> list[list[Any]]:
    """Dict rows as lists in column order, every text cell formula-safe."""
    return [["" if row[c] is None else safe_cell(row[c]) for c in columns] for row in rows]


def csv_bytes(
    views: Sequence[VariantView], catalog: Catalog | None = None, sender: SenderDetails | None = None
) -> bytes:
    """The CSV file: BOM, header, one formula-safe row per approved message, CRLF line ends."""
    columns, rows = safe_rows(views, catalog, sender)
    return csv_file(columns, rows)


def table_csv(columns: Sequence[str], rows: Sequence[dict[str, Any]]) -> bytes:
    """Any export table (the campaign queue's too) as the export's CSV."""
    return csv_file(columns, formula_safe(columns, rows))


def csv_file(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> bytes:
    """BOM, header, CRLF line ends: the form Excel and sending systems read."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def xlsx_bytes(
    views: Sequence[VariantView], catalog: Catalog | None = None, sender: SenderDetails | None = None
) -> bytes:
    """The same rows as an Excel workbook (one sheet, 'approved'); text cells quoted like the CSV's."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    columns, rows = safe_rows(views, catalog, sender)
    book = Workbook()
    sheet = book.active
    sheet.title = "approved"
    sheet.append(columns)
    for row in rows:
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
