"""An uploaded brief sheet → a validated BriefSheet, or SheetError naming what is wrong with the file."""

from __future__ import annotations

from crm_core.briefs import BriefSheet, read_rows, sheet_from_rows
from crm_core.catalog import Catalog
from crm_core.catalog.mapping import ProductMapping
from crm_core.domain import SmsOverflow
from crm_core.errors import SheetError

MAX_UPLOAD_MB = 5


def read_sheet(
    data: bytes,
    filename: str,
    catalog: Catalog,
    mapping: ProductMapping | None = None,
    unknown_products: str = "error",
    house_brand: str | None = None,
    sms_overflow: SmsOverflow | None = None,
) -> BriefSheet:
    """Size, format and columns are checked for the whole file; then every row against the catalog.

    :raises SheetError: for a file that is too big, unreadable, empty or missing required columns.
    """
    size_mb = len(data) / 1_000_000
    if size_mb > MAX_UPLOAD_MB:
        message = f"{filename} is {size_mb:.1f} MB, more than the limit of {MAX_UPLOAD_MB} MB; split the sheet"
        raise SheetError("too_big", "file", message, size_mb=size_mb, limit_mb=MAX_UPLOAD_MB)
    sheet = sheet_from_rows(read_rows(data, filename), filename)
    return sheet.prepared(mapping, unknown_products, house_brand, sms_overflow).validate(catalog)
