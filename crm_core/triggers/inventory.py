"""Inventory and sales history from CSV/XLSX, validated row by row.

One row is one product on one day: units sold, stock on hand at the end of the day, units
received, optionally the expiry date of the stock and whether a promotion ran. A bad row is
reported with its row number (1-based, as a spreadsheet shows it, header = row 1) and the field;
every other row is kept, so one typo never stops the day's run. Missing required columns make
every row unusable and are reported once each, naming the column.
"""

from __future__ import annotations

import io
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd

from crm_core.briefs import csv_text
from crm_core.errors import SheetError

REQUIRED_COLUMNS = ("product_id", "date", "units_sold", "stock_on_hand")
OPTIONAL_COLUMNS = ("received", "expiry_date", "promo")
NUMBER_COLUMNS = ("units_sold", "stock_on_hand", "received")
SUFFIXES = (".csv", ".xlsx")


@dataclass(frozen=True)
class RowError:
    """One rejected input row: where it is, which field is wrong, and why."""

    row: int | None
    field: str
    message: str
    product_id: str | None = None

    def as_dict(self) -> dict[str, object]:
        return {"row": self.row, "field": self.field, "message": self.message, "product_id": self.product_id}

    def __str__(self) -> str:
        where = f"row {self.row}" if self.row is not None else "file"
        return f"{where} {self.field}: {self.message}"


@dataclass(frozen=True)
class Inventory:
    """The valid rows (one DataFrame, sorted by product and date) and the rejected ones."""

    rows: pd.DataFrame
    errors: tuple[RowError, ...] = field(default=())

    @property
    def product_ids(self) -> list[str]:
        return sorted(self.rows["product_id"].unique()) if len(self.rows) else []

    def history(self, product_id: str) -> pd.DataFrame:
        """One product's rows indexed by date."""
        part = self.rows[self.rows["product_id"] == product_id]
        return part.set_index("date").sort_index()

    def up_to(self, day: date) -> Inventory:
        """What was known at the end of `day` (later rows dropped), for a run dated in the past."""
        return Inventory(self.rows[self.rows["date"] <= pd.Timestamp(day)].reset_index(drop=True), self.errors)


def read_table(source: str | Path | bytes, name: str | None = None) -> pd.DataFrame:
    """A CSV (UTF-8 or CP949) or XLSX file, path or uploaded bytes, as strings, so validation sees exactly
    what was written; an empty file is a table without columns (every required column is then reported).

    :raises SheetError: for a file type other than CSV/XLSX, a missing path, or a file that cannot be read
        as its type, naming the problem the way a brief sheet's is named.
    """
    label = name or (str(source) if not isinstance(source, bytes) else "upload.csv")
    suffix = Path(label).suffix.lower()
    if suffix not in SUFFIXES:
        message = f"unsupported file type {suffix or '(none)'!r}"
        raise SheetError("file_type", "inventory", message, allowed=list(SUFFIXES), suffix=suffix)
    if not isinstance(source, bytes):
        if not Path(source).is_file():
            raise SheetError("not_found", "inventory", f"file not found: {source}")
        source = Path(source).read_bytes()
    if suffix == ".xlsx":
        try:
            return pd.read_excel(io.BytesIO(source), dtype=str).fillna("")
        except Exception as exc:  # pandas/openpyxl raise many types for a file that is not a workbook
            raise SheetError("bad_xlsx", "inventory", f"{label} is not a readable Excel workbook: {exc}") from None
    text = csv_text(source, label, field="inventory")
    if not text.strip():
        return pd.DataFrame()
    try:
        return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except pd.errors.ParserError as exc:
        unclosed_quote = "EOF inside string" in str(exc)
        message = f"{label}: broken CSV: {exc}"
        raise SheetError("broken_csv", "inventory", message, unclosed_quote=unclosed_quote) from None


def load_inventory(
    source: str | Path | bytes | pd.DataFrame, known_products: Collection[str], name: str | None = None
) -> Inventory:
    """Validate every row; a row that fails any check becomes a RowError and is left out."""
    table = source if isinstance(source, pd.DataFrame) else read_table(source, name)
    table = table.rename(columns=lambda c: str(c).strip())
    missing = [c for c in REQUIRED_COLUMNS if c not in table.columns]
    if missing:
        needed = f"required column is missing (needed: {', '.join(REQUIRED_COLUMNS)})"
        return Inventory(_empty(), tuple(RowError(None, c, needed) for c in missing))
    errors: list[RowError] = []
    records: list[dict[str, object]] = []
    last_date: dict[str, date] = {}
    known = set(known_products)
    for position, raw in enumerate(table.to_dict("records")):
        row_no = position + 2  # header is row 1
        parsed = _parse_row(raw, row_no, known)
        if isinstance(parsed, RowError):
            errors.append(parsed)
            continue
        pid, day = str(parsed["product_id"]), parsed["date"]
        assert isinstance(day, date)
        previous = last_date.get(pid)
        if previous is not None and day <= previous:
            errors.append(RowError(row_no, "date", f"{day} is not after {previous}, the product's previous row", pid))
            continue
        last_date[pid] = day
        records.append(parsed)
    frame = pd.DataFrame.from_records(records) if records else _empty()
    if records:
        frame["date"] = pd.to_datetime(frame["date"])
        frame["expiry_date"] = pd.to_datetime(frame["expiry_date"])
        frame = frame.sort_values(["product_id", "date"]).reset_index(drop=True)
    return Inventory(frame, tuple(errors))


def _empty() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS)})


def _parse_row(raw: dict[str, object], row_no: int, known: set[str]) -> dict[str, object] | RowError:
    pid = str(raw.get("product_id", "")).strip()
    if not pid:
        return RowError(row_no, "product_id", "empty")
    if pid not in known:
        return RowError(row_no, "product_id", f"unknown product id {pid!r} (not in the catalog)", pid)
    try:
        day = date.fromisoformat(str(raw.get("date", "")).strip())
    except ValueError:
        return RowError(row_no, "date", f"{raw.get('date')!r} is not a date like 2026-12-01", pid)
    out: dict[str, object] = {"product_id": pid, "date": day}
    for column in NUMBER_COLUMNS:
        text = str(raw.get(column, "")).strip()
        if column == "received" and text == "":
            out[column] = 0
            continue
        try:
            value = float(text)
        except ValueError:
            return RowError(row_no, column, f"{text!r} is not a number", pid)
        if value < 0 or value != int(value):
            return RowError(row_no, column, f"{text} must be a whole number ≥ 0", pid)
        out[column] = int(value)
    expiry = str(raw.get("expiry_date", "")).strip()
    try:
        out["expiry_date"] = date.fromisoformat(expiry) if expiry else None
    except ValueError:
        return RowError(row_no, "expiry_date", f"{expiry!r} is not a date like 2027-03-31 (or leave it empty)", pid)
    promo = str(raw.get("promo", "")).strip().lower()
    if promo not in ("", "0", "1", "true", "false"):
        return RowError(row_no, "promo", f"{promo!r} is not 0 or 1", pid)
    out["promo"] = int(promo in ("1", "true"))
    return out
