"""Brief sheets (CSV / XLSX / JSON): normalise each row, report bad rows by index, keep the rest.

The prototype's columns (persona, brand, product, stage_index, style_index, is_event) work as is.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from crm_core.catalog import Catalog
from crm_core.domain import Brief
from crm_core.errors import CrmError, InvalidInput

MAX_BATCH_ROWS = 5000

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
    "n": "n",
    "top_k": "top_k",
    "seed": "seed",
    "context_mode": "context_mode",
    "is_ad": "is_ad",
    "informational": "informational",
    "정보성": "informational",
    "sender": "sender",
    "scheduled_at": "scheduled_at",
}
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

    @property
    def total(self) -> int:
        return len(self.briefs) + len(self.errors)

    def validate(self, catalog: Catalog) -> BriefSheet:
        """Resolve every brief against the catalog; rows that do not resolve become errors."""
        good, errors = [], list(self.errors)
        for index, brief in self.briefs:
            try:
                catalog.resolve(brief)
                good.append((index, brief))
            except InvalidInput as exc:
                errors.append(RowError(index, exc.field, exc.detail))
            except CrmError as exc:
                errors.append(RowError(index, "(row)", str(exc)))
        return BriefSheet(good, sorted(errors, key=lambda e: e.index))


REQUIRED_FIELDS = tuple(name for name, field in Brief.model_fields.items() if field.is_required())


def missing_fields(rows: list[dict[str, Any]]) -> list[str]:
    """Required brief fields that no column of the sheet provides (under any accepted spelling)."""
    present = {COLUMN_ALIASES.get(str(key).strip().lower()) for row in rows if isinstance(row, dict) for key in row}
    return [name for name in REQUIRED_FIELDS if name not in present]


def sheet_from_rows(rows: list[dict[str, Any]], filename: str, max_rows: int = MAX_BATCH_ROWS) -> BriefSheet:
    """A whole sheet: an empty one or one missing a required column is refused before any row.

    :raises InvalidInput: naming the file and the missing columns.
    """
    if not rows:
        raise InvalidInput("file", f"{filename} has no rows")
    missing = missing_fields(rows)
    if missing:
        needed = ", ".join(REQUIRED_FIELDS)
        raise InvalidInput(
            "columns", f"{filename} has no column for {', '.join(missing)}; a brief sheet needs {needed}"
        )
    return parse_rows(rows, max_rows=max_rows)


def normalise_row(raw: dict[str, Any]) -> dict[str, Any]:
    """Rename columns, drop blanks, turn 0/1/Y/N into booleans."""
    row: dict[str, Any] = {}
    for key, value in raw.items():
        if key is None:
            continue
        name = COLUMN_ALIASES.get(str(key).strip().lower())
        if name is None:
            continue
        if isinstance(value, str):
            value = value.strip()
            if value == "" and name != "is_event":
                continue
        if value is None or (isinstance(value, float) and value != value):  # NaN from a spreadsheet
            continue
        if name in ("is_event", "is_ad", "informational"):
            text = str(value).strip().lower()
            if text.endswith(".0"):
                text = text[:-2]
            if text in _TRUE:
                value = True
            elif text in _FALSE:
                value = False
        if name in ("stage_index", "style_index", "n", "top_k", "seed") and isinstance(value, float):
            value = int(value) if value.is_integer() else value
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
    if len(rows) > max_rows:
        raise InvalidInput("batch", f"{len(rows)} rows is more than the limit of {max_rows}; split the sheet")
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


def read_rows(data: bytes, filename: str) -> list[dict[str, Any]]:
    """Rows of an uploaded sheet by its extension: .csv (UTF-8 or CP949), .json, .xlsx."""
    suffix = Path(filename).suffix.lower()
    if suffix == ".json":
        try:
            rows = json.loads(data.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InvalidInput("file", f"{filename} is not valid UTF-8 JSON: {exc}") from None
        if isinstance(rows, dict) and "briefs" in rows:
            rows = rows["briefs"]
        if not isinstance(rows, list):
            raise InvalidInput("file", f"{filename}: expected a JSON list of briefs")
        return rows
    if suffix == ".csv":
        for encoding in ("utf-8-sig", "cp949"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise InvalidInput("file", f"{filename} is neither UTF-8 nor CP949 text")
        try:
            return [dict(r) for r in csv.DictReader(io.StringIO(text))]
        except csv.Error as exc:
            raise InvalidInput("file", f"{filename}: broken CSV: {exc}") from None
    if suffix in (".xlsx", ".xlsm"):
        import openpyxl

        try:
            workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many types for a corrupt file
            raise InvalidInput("file", f"{filename} is not a readable Excel workbook: {exc}") from None
        sheet_rows = list(workbook.active.iter_rows(values_only=True))
        if not sheet_rows:
            return []
        header = [str(h).strip() if h is not None else "" for h in sheet_rows[0]]
        return [dict(zip(header, r, strict=False)) for r in sheet_rows[1:] if any(v is not None for v in r)]
    raise InvalidInput("file", f"unsupported file type {suffix or '(none)'}", allowed=[".csv", ".json", ".xlsx"])


def load_sheet(path: str | Path, max_rows: int = MAX_BATCH_ROWS) -> BriefSheet:
    path = Path(path)
    if not path.exists():
        raise InvalidInput("file", f"not found: {path}")
    return sheet_from_rows(read_rows(path.read_bytes(), path.name), path.name, max_rows=max_rows)
