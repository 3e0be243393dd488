"""The Approved & Export / Batch filters, turned into SQL once, for variants and approvals alike."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, or_

from crm_core.errors import InvalidInput
from crm_core.store.models import VARIANT_STATUSES, Approval, Run, Variant

VERDICTS = ("pass", "warn", "block")
# A field may be one value or a collection of values (a multiselect); None or empty means any.
Choice = Any


@dataclass(frozen=True)
class VariantFilter:
    """What to show; dates are inclusive, naive dates/times are local time.

    For approved() the date range and text search apply to the approval (approved_at, approved
    text); for variants() to the variant (created_at, current text).
    """

    brand: Choice = None
    product: Choice = None  # product id, or part of the product name
    persona: Choice = None  # persona name or index
    stage: Choice = None
    style: Choice = None
    channel: Choice = None
    verdict: Choice = None
    status: Choice = None
    run_id: Choice = None
    batch_id: Choice = None
    since: date | datetime | None = None
    until: date | datetime | None = None
    text: str | None = None
    limit: int | None = None

    def __post_init__(self) -> None:
        for name, allowed in (("verdict", VERDICTS), ("status", VARIANT_STATUSES)):
            bad = [v for v in values_of(getattr(self, name)) if v not in allowed]
            if bad:
                raise InvalidInput(name, f"unknown {name} {bad[0]!r}", allowed=list(allowed))
        if self.limit is not None and self.limit < 1:
            raise InvalidInput("limit", f"limit must be at least 1, got {self.limit}")


def values_of(value: Choice) -> list[Any]:
    """A filter field as a list: one value, a multiselect, or nothing."""
    if value is None or value == "":
        return []
    if isinstance(value, Collection) and not isinstance(value, str | bytes):
        return [v for v in value if v is not None and v != ""]
    return [value]


def matches(column: Any, value: Choice) -> ColumnElement[bool] | None:
    """column == value, column IN values, or None when the field is unset."""
    values = values_of(value)
    if not values:
        return None
    return column == values[0] if len(values) == 1 else column.in_(values)


def as_utc_start(value: date | datetime) -> datetime:
    """Inclusive lower bound: midnight of a date, or the moment itself (naive means local time)."""
    moment = value if isinstance(value, datetime) else datetime.combine(value, time.min)
    return moment if moment.tzinfo else moment.astimezone()


def as_utc_end(value: date | datetime) -> datetime:
    """Exclusive upper bound: the next day's midnight for a date, the moment itself for a datetime."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.astimezone()
    return datetime.combine(value + timedelta(days=1), time.min).astimezone()


def like_pattern(text: str) -> str:
    """A LIKE pattern that finds the text literally (% and _ escaped)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def conditions(f: VariantFilter, *, approved: bool) -> list[ColumnElement[bool]]:
    """SQL conditions for a filter over Variant (joined with Run, and Approval when approved)."""
    out = [
        matches(Variant.brand, f.brand),
        matches(Variant.stage, [int(v) for v in values_of(f.stage)] or None),
        matches(Variant.style, [int(v) for v in values_of(f.style)] or None),
        matches(Variant.channel, [str(v) for v in values_of(f.channel)] or None),
        matches(Variant.verdict, f.verdict),
        matches(Variant.status, f.status),
        matches(Variant.run_id, f.run_id),
        matches(Run.batch_id, f.batch_id),
    ]
    products = values_of(f.product)
    if products:
        out.append(
            or_(
                Variant.product_id.in_([str(p) for p in products]),
                *(Variant.product_name.ilike(like_pattern(str(p)), escape="\\") for p in products),
            )
        )
    personas = values_of(f.persona)
    if personas:
        indices = [int(p) for p in personas if isinstance(p, int) or str(p).strip().isdigit()]
        names = [str(p) for p in personas if not (isinstance(p, int) or str(p).strip().isdigit())]
        out.append(or_(Variant.persona_index.in_(indices), Variant.persona.in_(names)))
    moment = Approval.approved_at if approved else Variant.created_at
    if f.since is not None:
        out.append(moment >= as_utc_start(f.since))
    if f.until is not None:
        out.append(moment < as_utc_end(f.until))
    if f.text and f.text.strip():
        pattern = like_pattern(f.text.strip())
        columns = [Variant.title, Variant.body, Variant.cta, Variant.channel_text, Variant.product_name]
        if approved:
            columns = [Approval.title, Approval.body, Approval.cta, Approval.channel_text, Variant.product_name]
        out.append(or_(*(c.ilike(pattern, escape="\\") for c in columns)))
    return [c for c in out if c is not None]


def apply(statement: Select[Any], f: VariantFilter | None, *, approved: bool) -> Select[Any]:
    """The statement narrowed by the filter (and limited)."""
    if f is None:
        return statement
    for condition in conditions(f, approved=approved):
        statement = statement.where(condition)
    if f.limit is not None:
        statement = statement.limit(f.limit)
    return statement
