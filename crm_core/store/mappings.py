"""Product-name mappings in the workbench database (one row per brand and sheet text)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from crm_core.catalog.mapping import MappingEntry, ProductMapping
from crm_core.store.models import AuditEntry, ProductMappingRow, utcnow
from crm_core.store.store import Store


def load_mapping(store: Store) -> ProductMapping:
    """Every confirmed mapping."""
    with store.reading() as session:
        rows = session.scalars(select(ProductMappingRow)).all()
        return ProductMapping(MappingEntry(r.brand, r.sheet_name, r.product_id) for r in rows)


def save_mapping(store: Store, entries: Iterable[MappingEntry], user: str) -> int:
    """Insert or replace entries (one transaction, audited); returns how many were written."""
    entries = list(entries)
    with store.writing() as session:
        for entry in entries:
            brand, name = entry.key
            row = session.scalar(
                select(ProductMappingRow).where(ProductMappingRow.brand == brand, ProductMappingRow.sheet_name == name)
            )
            if row is None:
                session.add(ProductMappingRow(brand=brand, sheet_name=name, product_id=entry.product_id, user=user))
            else:
                row.product_id, row.user, row.updated_at = entry.product_id, user, utcnow()
        session.add(
            AuditEntry(user=user, action="map_products", entity="mapping", entity_id=None, detail={"n": len(entries)})
        )
    return len(entries)
