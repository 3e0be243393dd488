"""An uploaded brief sheet → a validated BriefSheet, or InvalidInput naming what is wrong with the file."""

from __future__ import annotations

from typing import Any

from crm_core.briefs import COLUMN_ALIASES, BriefSheet, parse_rows, read_rows
from crm_core.catalog import Catalog
from crm_core.domain import Brief
from crm_core.errors import InvalidInput

MAX_UPLOAD_MB = 5
REQUIRED_FIELDS = tuple(name for name, field in Brief.model_fields.items() if field.is_required())


def missing_fields(rows: list[dict[str, Any]]) -> list[str]:
    """Required brief fields that no column of the sheet provides (under any accepted spelling)."""
    present = {COLUMN_ALIASES.get(str(key).strip().lower()) for row in rows if isinstance(row, dict) for key in row}
    return [name for name in REQUIRED_FIELDS if name not in present]


def read_sheet(data: bytes, filename: str, catalog: Catalog) -> BriefSheet:
    """Size, format and columns are checked for the whole file; then every row against the catalog.

    :raises InvalidInput: for a file that is too big, unreadable, empty or missing required columns.
    """
    size_mb = len(data) / 1_000_000
    if size_mb > MAX_UPLOAD_MB:
        raise InvalidInput(
            "file", f"{filename} is {size_mb:.1f} MB, more than the limit of {MAX_UPLOAD_MB} MB; split the sheet"
        )
    rows = read_rows(data, filename)
    if not rows:
        raise InvalidInput("file", f"{filename} has no rows")
    missing = missing_fields(rows)
    if missing:
        needed = ", ".join(REQUIRED_FIELDS)
        raise InvalidInput(
            "columns", f"{filename} has no column for {', '.join(missing)}; a brief sheet needs {needed}"
        )
    return parse_rows(rows).validate(catalog)
