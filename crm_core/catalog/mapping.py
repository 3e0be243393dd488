"""The user's confirmed answers for sheet product names the catalog could not match by itself.

One entry per (brand, sheet text): a catalog product id, or name only. The Batch page writes
entries into the store; the CLI reads the store or a JSON file (`--mapping FILE`), so a name
confirmed once is resolved the same way in every later sheet. Applying a mapping only sets
`product_id` or `unknown_products` on a brief: the brief keeps the sheet's own text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from crm_core.domain import Brief
from crm_core.errors import InvalidInput


@dataclass(frozen=True)
class MappingEntry:
    """`product_id` None means: write this name from its name only."""

    brand: str
    sheet_name: str
    product_id: str | None

    @property
    def key(self) -> tuple[str, str]:
        return (self.brand.strip(), self.sheet_name.strip())


class ProductMapping:
    """(brand, sheet text) → entry."""

    def __init__(self, entries: Iterable[MappingEntry] = ()):
        self.entries: dict[tuple[str, str], MappingEntry] = {e.key: e for e in entries}

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, brand: str, sheet_name: str) -> MappingEntry | None:
        return self.entries.get((brand.strip(), sheet_name.strip()))

    def update(self, entries: Iterable[MappingEntry]) -> None:
        for entry in entries:
            self.entries[entry.key] = entry

    def apply(self, brief: Brief) -> Brief:
        """The brief with its mapped product id, or marked name only; unchanged when unmapped."""
        entry = self.get(brief.brand, brief.product)
        if entry is None or brief.product_id:
            return brief
        if entry.product_id is None:
            return brief.model_copy(update={"unknown_products": "name_only"})
        return brief.model_copy(update={"product_id": entry.product_id})

    # ---- the JSON file the CLI reads and writes ----------------------------------------
    def to_json(self) -> list[dict[str, str | None]]:
        return [
            {"brand": e.brand, "from": e.sheet_name, "product_id": e.product_id}
            for e in sorted(self.entries.values(), key=lambda e: e.key)
        ]

    @classmethod
    def from_json(cls, data: object, source: str) -> ProductMapping:
        """:raises InvalidInput: naming the entry and the field when the file is not a mapping."""
        if not isinstance(data, list):
            raise InvalidInput("mapping", f"{source}: expected a JSON list of {{brand, from, product_id}}")
        entries = []
        for i, raw in enumerate(data):
            if not isinstance(raw, dict) or set(raw) - {"brand", "from", "product_id"}:
                raise InvalidInput("mapping", f"{source} entry {i}: expected keys brand, from, product_id")
            brand, name, pid = raw.get("brand"), raw.get("from"), raw.get("product_id")
            if not isinstance(brand, str) or not brand.strip() or not isinstance(name, str) or not name.strip():
                raise InvalidInput("mapping", f"{source} entry {i}: brand and from must be non-empty text")
            if pid is not None and not (isinstance(pid, str) and pid.strip()):
                raise InvalidInput("mapping", f"{source} entry {i}: product_id must be an id or null (name only)")
            entries.append(MappingEntry(brand, name, pid))
        return cls(entries)

    @classmethod
    def load(cls, path: str | Path) -> ProductMapping:
        """A mapping file; a missing file is an empty mapping (the CLI writes it on first use)."""
        path = Path(path)
        if not path.exists():
            return cls()
        try:
            data = json.loads(path.read_text(encoding="utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InvalidInput("mapping", f"{path} is not valid UTF-8 JSON: {exc}") from None
        return cls.from_json(data, str(path))

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
