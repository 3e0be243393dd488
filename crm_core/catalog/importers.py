"""Bring outside data in: a shop's product/review export (CSV/JSON) and a prototype data folder.

Every importer returns records plus notes on what it could not take, never a silent drop.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from crm_core.catalog.catalog import Catalog
from crm_core.catalog.loader import CATALOG_FILES, read_raw_records, validate_records
from crm_core.domain import (
    Product,
    Review,
)
from crm_core.errors import CatalogError, CatalogProblem

# Column aliases a Korean shop export may use → our field names.
PRODUCT_COLUMNS = {
    "id": ("id", "product_id", "상품코드", "상품번호", "sku"),
    "brand": ("brand", "브랜드"),
    "name": ("name", "product", "product_name", "상품명", "제품명"),
    "category": ("category", "카테고리", "분류"),
    "price": ("price", "판매가", "가격", "정가"),
    "volume": ("volume", "용량"),
    "key_ingredients": ("key_ingredients", "ingredients", "주요성분", "성분"),
    "claims": ("claims", "features", "특징", "설명", "상품설명"),
    "functional_claims": ("functional_claims", "기능성"),
    "skin_types": ("skin_types", "피부타입"),
    "usage": ("usage", "사용법"),
    "url": ("url", "링크", "상품url"),
}
REVIEW_COLUMNS = {
    "id": ("id", "review_id", "리뷰id", "리뷰번호"),
    "product_id": ("product_id", "상품코드", "상품번호"),
    "rating": ("rating", "별점", "평점"),
    "text": ("text", "review", "내용", "리뷰", "리뷰내용"),
    "skin_type": ("skin_type", "피부타입"),
    "age_group": ("age_group", "연령대"),
    "date": ("date", "작성일", "등록일"),
}
LIST_FIELDS = {"key_ingredients", "claims", "functional_claims", "skin_types"}
_LIST_SPLIT = re.compile(r"\s*[|\n;]\s*")


@dataclass
class ImportResult:
    """Records that passed validation, row-level problems, and notes on what was adapted or skipped."""

    records: dict[str, list[BaseModel]] = field(default_factory=dict)
    problems: list[CatalogProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def rows_from_file(path: Path) -> list[dict[str, Any]]:
    """Rows of a CSV (UTF-8, BOM tolerated) or JSON list file, as plain dicts."""
    if path.suffix.lower() == ".csv":
        text = path.read_text(encoding="utf-8-sig")
        return [dict(row) for row in csv.DictReader(io.StringIO(text))]
    return [raw for _, raw in read_raw_records(path)]  # type: ignore[misc]


def map_columns(row: dict[str, Any], aliases: dict[str, tuple[str, ...]]) -> dict[str, Any]:
    """Rename a row's columns to our fields; blank cells are dropped so defaults apply."""
    lowered = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
    out: dict[str, Any] = {}
    for target, names in aliases.items():
        for name in names:
            value = lowered.get(name.lower())
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            if target in LIST_FIELDS and isinstance(value, str):
                value = [v for v in _LIST_SPLIT.split(value.strip()) if v]
            if target == "price" and isinstance(value, str):
                value = value.replace(",", "").replace("원", "").strip()
            out[target] = value
            break
    return out


def import_table(path: str | Path, kind: str) -> ImportResult:
    """Products or reviews from a shop export; kind is 'products' or 'reviews'."""
    path = Path(path)
    model, aliases, file = {
        "products": (Product, PRODUCT_COLUMNS, "products.json"),
        "reviews": (Review, REVIEW_COLUMNS, "reviews.jsonl"),
    }[kind]
    result = ImportResult()
    try:
        rows = rows_from_file(path)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        result.problems.append(CatalogProblem(path.name, "(file)", "(file)", f"cannot read: {exc}"))
        return result
    except CatalogError as exc:
        result.problems.extend(exc.problems)
        return result
    mapped = [(i, map_columns(row, aliases)) for i, row in enumerate(rows, start=2 if path.suffix == ".csv" else 1)]
    where = "row" if path.suffix.lower() == ".csv" else "#"
    records = []
    for position, raw in mapped:
        before = len(result.problems)
        records += validate_records([(position, raw)], model, path.name, result.problems)
        for problem in result.problems[before:]:
            problem.record = f"{where} {position}" + (f" (id={raw['id']})" if "id" in raw else "")
    result.records[file] = records
    return result


def merge(into: ImportResult, other: ImportResult) -> None:
    for key, records in other.records.items():
        into.records.setdefault(key, []).extend(records)
    into.problems.extend(other.problems)
    into.notes.extend(other.notes)


def catalog_from(result: ImportResult, source: str = "(import)") -> Catalog:
    """A Catalog from imported records; cross-record problems join the row-level ones.

    :raises CatalogError: when any problem was found.
    """
    recs = {name: result.records.get(name, []) for name in CATALOG_FILES}
    catalog = Catalog(
        brands=tuple(recs["brands.json"]),  # type: ignore[arg-type]
        products=tuple(recs["products.json"]),  # type: ignore[arg-type]
        reviews=tuple(recs["reviews.jsonl"]),  # type: ignore[arg-type]
        personas=tuple(sorted(recs["personas.json"], key=lambda p: p.index)),  # type: ignore[attr-defined]
        stages=tuple(sorted(recs["stages.json"], key=lambda s: s.index)),  # type: ignore[attr-defined]
        styles=tuple(sorted(recs["styles.json"], key=lambda s: s.index)),  # type: ignore[attr-defined]
        events=tuple(recs["events.json"]),  # type: ignore[arg-type]
        channels=tuple(recs["channels.json"]),  # type: ignore[arg-type]
        source=source,
    )
    problems = result.problems + catalog.integrity_problems()
    if problems:
        raise CatalogError(problems)
    return catalog


def write_catalog(catalog: Catalog, folder: str | Path) -> Path:
    """Write a catalog in our folder format so `Catalog.load(folder)` reads it back."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    tables: dict[str, tuple[BaseModel, ...]] = {
        "brands.json": catalog.brands,
        "products.json": catalog.products,
        "personas.json": catalog.personas,
        "stages.json": catalog.stages,
        "styles.json": catalog.styles,
        "events.json": catalog.events,
        "channels.json": catalog.channels,
    }
    for name, records in tables.items():
        data = [r.model_dump(mode="json", exclude_defaults=False) for r in records]
        (folder / name).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    lines = (json.dumps(r.model_dump(mode="json"), ensure_ascii=False) for r in catalog.reviews)
    (folder / "reviews.jsonl").write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return folder
