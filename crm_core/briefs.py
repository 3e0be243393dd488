"""Brief sheets (CSV / XLSX / JSON): normalise each row, report bad rows by index, keep the rest.

The prototype's columns (persona, brand, product, stage_index, style_index, is_event) work as is.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from crm_core.catalog import Catalog, ResolvedBrief
from crm_core.catalog.catalog import NO_BRAND
from crm_core.catalog.mapping import ProductMapping
from crm_core.catalog.matching import Candidate
from crm_core.domain import Brief, SmsOverflow
from crm_core.errors import CrmError, InvalidInput, SheetError

MAX_BATCH_ROWS = 10_000
"""The most briefs one batch may hold: sheets, the CLI, the Batch page and the engine all refuse more."""


def check_batch_size(count: int, limit: int = MAX_BATCH_ROWS) -> None:
    """:raises SheetError: (field "batch") when `count` briefs are more than one batch may hold."""
    if count > limit:
        message = f"{count} briefs is more than the limit of {limit}; split the sheet"
        raise SheetError("too_many_rows", "batch", message, count=count, limit=limit)


# Sheet column → Brief field, for the prototype's and our own spellings.
COLUMN_ALIASES = {
    "persona": "persona",
    "persona_index": "persona",
    "brand": "brand",
    "product": "product",
    "product_name": "product",
    "stage_index": "stage_index",
    "stage": "stage_index",
    "style_index": "style_index",
    "style": "style_index",
    "is_event": "is_event",
    "event": "is_event",
    "event_id": "event_id",
    "channel": "channel",
    "tone": "tone",
    "honorific": "honorific",
    "emoji": "emoji",
    "sms_overflow": "sms_overflow",
    "n": "n",
    "top_k": "top_k",
    "seed": "seed",
    "context_mode": "context_mode",
    "is_ad": "is_ad",
    "informational": "informational",
    "정보성": "informational",
    "sender": "sender",
    "scheduled_at": "scheduled_at",
    "key_message": "key_message",
    "강조할 점": "key_message",
    "link_url": "link_url",  # an SMS/LMS carries it in its text (channels.text_link)
    "링크": "link_url",
    "campaign_id": "campaign_id",  # the sending system's ids go out in the export beside the approved copy
    "캠페인 id": "campaign_id",
    "kakao_template_code": "kakao_template_code",
    "알림톡 템플릿": "kakao_template_code",
}
# Id columns a spreadsheet may have stored as numbers: their text is the id the marketer typed ("2026120501", not
# "2026120501.0")
_ID_FIELDS = ("campaign_id", "kakao_template_code")
_TRUE = {"1", "y", "yes", "true", "t", "o", "예"}
_FALSE = {"0", "n", "no", "false", "f", "x", "아니오", ""}


@dataclass(frozen=True)
class RowError:
    """A row that cannot run: its 0-based index in the sheet, the field and why."""

    index: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"row {self.index}: {self.field}: {self.message}"


@dataclass
class BriefSheet:
    """Parsed rows: (index, Brief) for good rows, RowError for bad ones."""

    briefs: list[tuple[int, Brief]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    resolved: dict[int, ResolvedBrief] = field(default_factory=dict)  # filled by validate()
    refused: list[tuple[int, Brief]] = field(default_factory=list)  # rows validate() refused
    unread_columns: list[str] = field(default_factory=list)  # columns that are not brief fields

    @property
    def total(self) -> int:
        return len(self.briefs) + len(self.errors)

    @property
    def notes(self) -> list[str]:
        """Sheet-level remarks for the CLI (pages word them from the fields)."""
        return [f"columns not read (not brief fields): {', '.join(self.unread_columns)}"] if self.unread_columns else []

    def prepared(
        self,
        mapping: ProductMapping | None = None,
        unknown_products: str = "error",
        house_brand: str | None = None,
        sms_overflow: SmsOverflow | None = None,
    ) -> BriefSheet:
        """The briefs with the user's confirmed mapping applied and, when opted in, name-only allowed
        (and, with `house_brand`, rows naming no brand written in the house voice); `sms_overflow` is
        the batch's choice for rows whose own sms_overflow cell is empty."""
        briefs = []
        for index, brief in self.briefs:
            if sms_overflow is not None and "sms_overflow" not in brief.model_fields_set:
                brief = brief.model_copy(update={"sms_overflow": sms_overflow})
            if unknown_products == "name_only":
                brief = brief.model_copy(update={"unknown_products": "name_only"})
            if house_brand:
                brief = brief.model_copy(update={"house_brand": house_brand})
            briefs.append((index, mapping.apply(brief) if mapping is not None else brief))
        return BriefSheet(briefs, list(self.errors), unread_columns=list(self.unread_columns))

    def validate(self, catalog: Catalog) -> BriefSheet:
        """Resolve every brief against the catalog; rows that do not resolve become errors."""
        prime_product_lookups(catalog, [b for _, b in self.briefs])
        good, errors, resolved, refused = [], list(self.errors), {}, []
        for index, brief in self.briefs:
            try:
                resolved[index] = catalog.resolve(brief)
                good.append((index, brief))
            except InvalidInput as exc:
                errors.append(RowError(index, exc.field, exc.detail))
                refused.append((index, brief))
            except CrmError as exc:
                errors.append(RowError(index, "(row)", str(exc)))
        return BriefSheet(good, sorted(errors, key=lambda e: e.index), resolved, refused, list(self.unread_columns))

    def unmatched(self, catalog: Catalog) -> list[Unmatched]:
        """Distinct (brand, product text) of rows validate() refused for their product, with close candidates."""
        seen: dict[tuple[str, str], list[int]] = {}
        for index, brief in self.refused:
            seen.setdefault((brief.brand.strip(), brief.product.strip()), []).append(index)
        out = []
        for (brand, text), rows in seen.items():
            if not brand or brand in NO_BRAND:
                found = catalog.matcher.across_brands(text)
                out.append(Unmatched(brand, text, tuple(rows), "no brand", found.candidates))
                continue
            try:
                brand_name = catalog.brand(brand).name
            except InvalidInput:
                continue
            found = catalog.matcher.lookup(brand_name, text)
            if found.product is None:
                out.append(Unmatched(brand_name, text, tuple(rows), found.problem, found.candidates))
        return out


@dataclass(frozen=True)
class Unmatched:
    """A product name the catalog could not match by itself: where it occurs and its close candidates."""

    brand: str
    text: str
    rows: tuple[int, ...]
    problem: str
    candidates: tuple[Candidate, ...]


def prime_product_lookups(catalog: Catalog, briefs: list[Brief]) -> None:
    """Look every distinct product name up in one batch, so resolving row by row hits the cache."""
    pairs = set()
    for brief in briefs:
        if brief.product_id:
            continue
        try:
            pairs.add((catalog.brand(brief.brand).name, brief.product.strip()))
        except InvalidInput:
            continue
    catalog.matcher.lookup_many(sorted(pairs))


REQUIRED_FIELDS = tuple(name for name, field in Brief.model_fields.items() if field.is_required())


def missing_fields(rows: list[dict[str, Any]]) -> list[str]:
    """Required brief fields that no column of the sheet provides (under any accepted spelling)."""
    present = {COLUMN_ALIASES.get(str(key).strip().lower()) for row in rows if isinstance(row, dict) for key in row}
    return [name for name in REQUIRED_FIELDS if name not in present]


def sheet_from_rows(rows: list[dict[str, Any]], filename: str, max_rows: int = MAX_BATCH_ROWS) -> BriefSheet:
    """A whole sheet: an empty one or one missing a required column is refused before any row.

    :raises SheetError: naming the file and the missing columns.
    """
    if not rows:
        raise SheetError("no_rows", "file", f"{filename} has no rows")
    missing = missing_fields(rows)
    if missing:
        message = f"{filename} has no column for {', '.join(missing)}; a brief sheet needs {', '.join(REQUIRED_FIELDS)}"
        raise SheetError("missing_columns", "columns", message, missing=missing, required=list(REQUIRED_FIELDS))
    sheet = parse_rows(rows, max_rows=max_rows)
    sheet.unread_columns = sorted({str(k) for row in rows if isinstance(row, dict) for k in row if k is not None
                                   and str(k).strip() and str(k).strip().lower() not in COLUMN_ALIASES})  # fmt: skip
    return sheet


BOOL_FIELDS = ("is_event", "is_ad", "informational")
# A cell a spreadsheet would run as a formula (CSV injection): refused, never sent on as text.
_FORMULA = re.compile(r"^(?:[=@\t\r]|[+\-](?=[^\d.]))")


def normalise_row(raw: dict[str, Any]) -> dict[str, Any]:
    """Rename columns, drop blanks, turn 0/1/Y/N into booleans.

    :raises InvalidInput: for extra cells past the header, a formula cell, or true/false in a number field.
    """
    row: dict[str, Any] = {}
    for key, value in raw.items():
        if key is None:
            extra = [v for v in (value if isinstance(value, list) else [value]) if v not in (None, "")]
            if extra:
                raise InvalidInput(
                    "(row)", f"{len(extra)} more cells than the header has columns; quote cells with commas"
                )
            continue
        name = COLUMN_ALIASES.get(str(key).strip().lower())
        if name is None:
            continue
        if isinstance(value, str) and _FORMULA.match(value):
            raise InvalidInput(name, f"{value[:40]!r} looks like a spreadsheet formula; write the value itself")
        if isinstance(value, bool) and name not in BOOL_FIELDS:
            raise InvalidInput(
                name, f"{str(value).lower()} is not a valid value; write a number or text, not true/false"
            )
        if isinstance(value, (list, dict)):
            raise InvalidInput(name, f"expected one value, got a {type(value).__name__}")
        if isinstance(value, str):
            value = value.strip()
            if value == "" and name != "is_event":
                continue
        if value is None or (isinstance(value, float) and value != value):  # NaN from a spreadsheet
            continue
        if name in BOOL_FIELDS:
            text = str(value).strip().lower()
            if text.endswith(".0"):
                text = text[:-2]
            if text in _TRUE:
                value = True
            elif text in _FALSE:
                value = False
        if name in ("stage_index", "style_index", "n", "top_k", "seed") and isinstance(value, float):
            value = int(value) if value.is_integer() else value
        if name in _ID_FIELDS and isinstance(value, (int, float)):
            value = str(int(value)) if float(value).is_integer() else str(value)
        row[name] = value
    return row


def describe_error(err: Any) -> tuple[str, str]:
    """(field, message) for one pydantic error, unwrapping our own InvalidInput."""
    field_name = ".".join(str(p) for p in err["loc"]) or "(row)"
    cause = err.get("ctx", {}).get("error")
    if isinstance(cause, InvalidInput):
        return cause.field, cause.detail
    message = "required field is missing" if err["type"] == "missing" else err["msg"]
    expected = err.get("ctx", {}).get("expected")
    if expected and expected not in message:
        message += f" (allowed: {expected})"
    return field_name, message


def parse_rows(rows: list[dict[str, Any]], max_rows: int = MAX_BATCH_ROWS) -> BriefSheet:
    """Each row → Brief or RowError (field named, allowed values where known)."""
    check_batch_size(len(rows), max_rows)
    sheet = BriefSheet()
    for index, raw in enumerate(rows):
        if not isinstance(raw, dict):
            sheet.errors.append(RowError(index, "(row)", "expected an object with brief fields"))
            continue
        try:
            sheet.briefs.append((index, Brief.model_validate(normalise_row(raw))))
        except InvalidInput as exc:
            sheet.errors.append(RowError(index, exc.field, exc.detail))
        except ValidationError as exc:
            sheet.errors += [RowError(index, *describe_error(err)) for err in exc.errors()]
    return sheet


def check_header(header: list[str], filename: str) -> None:
    """A column given twice (or two spellings of one field) is refused: which one counts would be a guess.

    :raises SheetError: on field columns, naming the repeated columns.
    """
    seen: dict[str, str] = {}
    for column in header:
        key = column.strip().lower()
        if not key:
            continue
        target = COLUMN_ALIASES.get(key, key)
        if target in seen:
            message = f"{filename}: columns {seen[target]!r} and {column!r} both give {target}; keep one"
            raise SheetError("duplicate_column", "columns", message, first=seen[target], second=column, target=target)
        seen[target] = column


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    repeated = sorted({k for k in keys if keys.count(k) > 1})
    if repeated:
        raise SheetError(
            "duplicate_key", "columns", f"key {repeated[0]!r} appears twice in one brief; keep one", key=repeated[0]
        )
    return dict(pairs)


def csv_text(data: bytes, filename: str, field: str = "file") -> str:
    """An uploaded CSV's text, UTF-8 (with or without BOM) or CP949 as Excel writes Korean CSV.

    :raises SheetError: for bytes that are neither, or text with NUL bytes (a binary file renamed .csv);
        `field` names what the file is for ("file" for a brief sheet, "inventory" for the triggers').
    """
    for encoding in ("utf-8-sig", "cp949"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise SheetError("encoding", field, f"{filename} is neither UTF-8 nor CP949 text")
    if "\x00" in text:
        raise SheetError(
            "nul_bytes", field, f"{filename} contains NUL bytes: not a text CSV (save it again as CSV UTF-8)"
        )
    return text


def read_csv(data: bytes, filename: str) -> list[dict[str, Any]]:
    text = csv_text(data, filename)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), strict=True)
        lines = list(reader)
    except csv.Error as exc:
        unclosed_quote = "end of data" in str(exc) or "expected" in str(exc)
        hint = '; a quote (") is not closed' if unclosed_quote else ""
        raise SheetError(
            "broken_csv", "file", f"{filename}: broken CSV: {exc}{hint}", unclosed_quote=unclosed_quote
        ) from None
    lines = [line for line in lines if any(cell.strip() for cell in line)]
    if not lines:
        return []
    header = [h.strip() for h in lines[0]]
    check_header(header, filename)
    rows = []
    for line in lines[1:]:
        row: dict[str, Any] = dict(zip(header, line, strict=False))
        if len(line) > len(header):
            row[None] = line[len(header) :]  # type: ignore[index]
        rows.append(row)
    return rows


def read_xlsx(data: bytes, filename: str) -> list[dict[str, Any]]:
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many types for a corrupt file
        raise SheetError("bad_xlsx", "file", f"{filename} is not a readable Excel workbook: {exc}") from None
    sheet_rows = list(workbook.active.iter_rows(values_only=True))
    if not sheet_rows:
        return []
    header = [str(h).strip() if h is not None else "" for h in sheet_rows[0]]
    check_header(header, filename)
    return [dict(zip(header, r, strict=False)) for r in sheet_rows[1:] if any(v is not None for v in r)]


SHEET_TYPES = (".csv", ".json", ".xlsx")


def read_rows(data: bytes, filename: str) -> list[dict[str, Any]]:
    """Rows of an uploaded sheet by its extension: .csv (UTF-8 or CP949), .json, .xlsx.

    Formula cells come through as their formula text (`=…`) and are refused row by row.
    """
    suffix = Path(filename).suffix.lower()
    if suffix == ".json":
        try:
            rows = json.loads(data.decode("utf-8-sig"), object_pairs_hook=_no_duplicate_keys)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise SheetError("bad_json", "file", f"{filename} is not valid UTF-8 JSON: {exc}") from None
        except SheetError as exc:  # a key given twice in one brief
            raise SheetError(exc.kind, exc.field, f"{filename}: {exc.detail}", **exc.params) from None
        if isinstance(rows, dict) and "briefs" in rows:
            rows = rows["briefs"]
        if not isinstance(rows, list):
            raise SheetError("json_not_list", "file", f"{filename}: expected a JSON list of briefs")
        return rows
    if suffix == ".csv":
        return read_csv(data, filename)
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(data, filename)
    raise SheetError(
        "file_type", "file", f"unsupported file type {suffix or '(none)'}", allowed=list(SHEET_TYPES), suffix=suffix
    )


def load_sheet(path: str | Path, max_rows: int = MAX_BATCH_ROWS) -> BriefSheet:
    path = Path(path)
    if not path.exists():
        raise SheetError("not_found", "file", f"not found: {path}")
    return sheet_from_rows(read_rows(path.read_bytes(), path.name), path.name, max_rows=max_rows)
