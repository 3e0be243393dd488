"""Read a catalog folder into validated records, collecting every row-level problem at once."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from crm_core.domain import (
    Brand,
    CampaignEvent,
    ChannelSpec,
    Persona,
    Product,
    Review,
    StageGoal,
    StyleFamily,
)
from crm_core.errors import CatalogError, CatalogProblem

DEFAULT_DATA_DIR = Path(__file__).resolve().parents[2] / "data"

# file name → record type; reviews are JSON Lines so a large export streams.
CATALOG_FILES: dict[str, type[BaseModel]] = {
    "brands.json": Brand,
    "products.json": Product,
    "reviews.jsonl": Review,
    "personas.json": Persona,
    "stages.json": StageGoal,
    "styles.json": StyleFamily,
    "events.json": CampaignEvent,
    "channels.json": ChannelSpec,
}

M = TypeVar("M", bound=BaseModel)


def file_digest(path: Path) -> str:
    """Content hash of one file; the retrieval cache keys its collections on these."""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def record_label(raw: object, position: int) -> str:
    """'#3 (id=SWS-001)': a position a human can find in the file, plus the record's own key."""
    label = f"#{position}"
    if isinstance(raw, dict):
        for key in ("id", "name", "index", "channel"):
            if key in raw:
                return f"{label} ({key}={raw[key]})"
    return label


def problems_from(error: ValidationError, file: str, record: str) -> list[CatalogProblem]:
    """One CatalogProblem per pydantic error, with the dotted field path and what was expected."""
    out = []
    for err in error.errors():
        field = ".".join(str(p) for p in err["loc"]) or "(record)"
        message = err["msg"]
        if err.get("type") == "missing":
            message = "required field is missing"
        elif "input" in err and err["type"] not in ("extra_forbidden",):
            message += f" (got {err['input']!r:.60})"
        out.append(CatalogProblem(file, record, field, message))
    return out


def read_raw_records(path: Path) -> Iterator[tuple[int, object]]:
    """Yield (1-based position, raw record) from a JSON list or a JSON Lines file."""
    name = path.name
    text = path.read_text(encoding="utf-8-sig")
    if name.endswith(".jsonl"):
        for line_no, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                yield line_no, json.loads(line)
            except json.JSONDecodeError as exc:
                raise CatalogError([CatalogProblem(name, f"line {line_no}", "(json)", exc.msg)]) from None
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CatalogError([CatalogProblem(name, f"line {exc.lineno}", "(json)", exc.msg)]) from None
    if not isinstance(data, list):
        raise CatalogError([CatalogProblem(name, "(file)", "(json)", "expected a JSON list of records")])
    yield from enumerate(data, start=1)


def validate_records(
    raws: Iterable[tuple[int, object]], model: type[M], file: str, problems: list[CatalogProblem]
) -> list[M]:
    """Validate each raw record; bad ones become problems, good ones are returned."""
    records: list[M] = []
    for position, raw in raws:
        try:
            records.append(model.model_validate(raw))
        except ValidationError as exc:
            problems.extend(problems_from(exc, file, record_label(raw, position)))
    return records


def load_records(folder: Path, problems: list[CatalogProblem]) -> dict[str, list[BaseModel]]:
    """Every catalog file's records; a missing file or a broken record becomes a problem."""
    loaded: dict[str, list[BaseModel]] = {}
    for name, model in CATALOG_FILES.items():
        path = folder / name
        if not path.exists():
            problems.append(CatalogProblem(name, "(file)", "(file)", f"missing in {folder}"))
            loaded[name] = []
            continue
        try:
            loaded[name] = validate_records(read_raw_records(path), model, name, problems)
        except CatalogError as exc:
            problems.extend(exc.problems)
            loaded[name] = []
    return loaded


def folder_digests(folder: Path) -> dict[str, str]:
    return {name: file_digest(folder / name) for name in CATALOG_FILES if (folder / name).exists()}
