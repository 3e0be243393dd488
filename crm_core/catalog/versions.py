"""Import that lands: plan (dry run) → apply into the user's catalog folder → undo.

The user's catalog folder holds the live catalog files (so `--data_dir` / CRM_DATA_DIR point at it)
and, under `.versions/`, a snapshot of the files as they were before each import plus a history.
Undo restores the newest snapshot. The first import into an empty folder starts from a base
catalog (the sample under data/ by default), which is never written to.

An import merges by each file's key (products and reviews by id, brands by name, personas, stages
and styles by index, events by id, channels by channel): new records are added, changed ones
replaced, the rest kept. The merged catalog must pass every check before anything is written.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel

from crm_core.catalog.catalog import Catalog
from crm_core.catalog.importers import ImportResult, catalog_from, write_catalog
from crm_core.catalog.loader import CATALOG_FILES, DEFAULT_DATA_DIR
from crm_core.errors import CatalogError, CatalogProblem, InvalidInput

KEYS = {
    "brands.json": "name",
    "products.json": "id",
    "reviews.jsonl": "id",
    "personas.json": "index",
    "stages.json": "index",
    "styles.json": "index",
    "events.json": "id",
    "channels.json": "channel",
}
VERSIONS = ".versions"


@dataclass
class FileChanges:
    """What an import would do to one file: keys of new and changed records, and the changed fields."""

    new: list[str] = field(default_factory=list)
    changed: dict[str, list[str]] = field(default_factory=dict)
    unchanged: int = 0


@dataclass
class ImportPlan:
    """The dry-run report: per-file changes, row problems (by field) and the catalog it would produce."""

    changes: dict[str, FileChanges]
    problems: list[CatalogProblem]
    notes: list[str]
    merged: Catalog | None
    before: Catalog

    @property
    def ok(self) -> bool:
        return self.merged is not None and not self.problems

    def problems_by_field(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for p in self.problems:
            counts[f"{p.file}:{p.field}"] = counts.get(f"{p.file}:{p.field}", 0) + 1
        return counts

    def summary(self) -> dict[str, object]:
        """The report as plain data (the CLI prints it as JSON; the Data page as tables)."""
        return {
            "ok": self.ok,
            "files": {
                name: {"new": len(c.new), "changed": len(c.changed), "unchanged": c.unchanged}
                for name, c in self.changes.items()
            },
            "new": {name: c.new for name, c in self.changes.items() if c.new},
            "changed": {name: c.changed for name, c in self.changes.items() if c.changed},
            "invalid_rows_by_field": self.problems_by_field(),
            "problems": [str(p) for p in self.problems],
            "notes": self.notes,
        }


def _key(record: BaseModel, name: str) -> str:
    return str(getattr(record, KEYS[name]))


def current_catalog(folder: Path, base: Path | None = None) -> Catalog:
    """The user's catalog, or the base catalog when the folder has none yet."""
    if (folder / "products.json").exists():
        return Catalog.load(folder)
    return Catalog.load(base or DEFAULT_DATA_DIR)


def plan_import(result: ImportResult, folder: str | Path, base: str | Path | None = None) -> ImportPlan:
    """Merge the imported records into the folder's catalog in memory and report what would change."""
    folder = Path(folder)
    current = current_catalog(folder, Path(base) if base else None)
    tables: dict[str, list[BaseModel]] = {name: list(getattr(current, attr)) for name, attr in FILE_ATTRS.items()}
    changes: dict[str, FileChanges] = {}
    for name, records in result.records.items():
        existing = {_key(r, name): i for i, r in enumerate(tables[name])}
        change = FileChanges()
        for record in records:
            key = _key(record, name)
            if key not in existing:
                change.new.append(key)
                existing[key] = len(tables[name])
                tables[name].append(record)
                continue
            old = tables[name][existing[key]]
            if old == record:
                change.unchanged += 1
                continue
            before, after = old.model_dump(), record.model_dump()
            change.changed[key] = sorted(k for k in after if before.get(k) != after[k])
            tables[name][existing[key]] = record
        changes[name] = change
    merged_result = ImportResult(records=tables, problems=list(result.problems), notes=list(result.notes))
    try:
        merged = catalog_from(merged_result, source=str(folder))
    except CatalogError as exc:
        return ImportPlan(changes, exc.problems, result.notes, None, current)
    return ImportPlan(changes, [], result.notes, merged, current)


FILE_ATTRS = {
    "brands.json": "brands",
    "products.json": "products",
    "reviews.jsonl": "reviews",
    "personas.json": "personas",
    "stages.json": "stages",
    "styles.json": "styles",
    "events.json": "events",
    "channels.json": "channels",
}


def history(folder: str | Path) -> list[dict[str, object]]:
    """Imports applied to the folder, oldest first (each one can be undone, newest first)."""
    path = Path(folder) / VERSIONS / "history.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else []


def apply_import(plan: ImportPlan, folder: str | Path, source: str) -> int:
    """Snapshot the folder's files, then write the merged catalog; returns the new version number.

    :raises InvalidInput: when the plan has problems (nothing is written).
    """
    folder = Path(folder)
    if not plan.ok or plan.merged is None:
        raise InvalidInput("import", f"{len(plan.problems)} problem(s); fix them and import again (nothing written)")
    entries = history(folder)
    version = len(entries) + 1
    snapshot = folder / VERSIONS / f"v{version:04d}"
    snapshot.mkdir(parents=True, exist_ok=False)
    write_catalog(plan.before, snapshot)  # the first import snapshots the base catalog it started from
    write_catalog(plan.merged, folder)
    summary = plan.summary()["files"]
    entries.append({"version": version, "at": datetime.now(UTC).isoformat(), "source": source, "files": summary})
    _write_history(folder, entries)
    return version


def undo_import(folder: str | Path) -> dict[str, object]:
    """Restore the catalog as it was before the newest import; returns that import's history entry.

    :raises InvalidInput: when there is nothing to undo.
    """
    folder = Path(folder)
    entries = history(folder)
    if not entries:
        raise InvalidInput("undo", f"no import to undo in {folder}")
    last = entries.pop()
    snapshot = folder / VERSIONS / f"v{int(last['version']):04d}"  # type: ignore[call-overload]
    for name in CATALOG_FILES:
        (folder / name).unlink(missing_ok=True)
        if (snapshot / name).exists():
            shutil.copy2(snapshot / name, folder / name)
    shutil.rmtree(snapshot)
    _write_history(folder, entries)
    return last


def _write_history(folder: Path, entries: list[dict[str, object]]) -> None:
    path = folder / VERSIONS / "history.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(entries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
