"""Inventory import: a bad row is reported with its row number and field; the other rows still run."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from crm_core.catalog import Catalog
from crm_core.errors import InvalidInput, SheetError
from crm_core.triggers.inventory import load_inventory
from crm_core.triggers.risk import assess, trigger_config
from crm_core.triggers.sample import generate_sample
from ui import explain

HEADER = "product_id,date,units_sold,stock_on_hand,received,expiry_date,promo\n"


def write(tmp_path: Path, text: str, name: str = "inv.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_each_bad_row_names_its_row_and_field_and_the_good_rows_are_kept(catalog: Catalog, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        HEADER
        + "LNG-001,2026-11-01,10,100,0,,0\n"  # row 2 ok
        + "LNG-001,2026-11-02,12,-5,0,,0\n"  # row 3 negative stock
        + "LNG-001,2026-11-01,9,80,0,,0\n"  # row 4 out of order
        + "NOPE-999,2026-11-02,3,10,0,,0\n"  # row 5 unknown product
        + "LNG-001,2026-11-03,eleven,70,0,,0\n"  # row 6 not a number
        + "LNG-001,2026-11-04,8,62,0,2026-13-01,0\n"  # row 7 bad expiry
        + "INF-003,2026-11-02,5,50,0,,1\n",  # row 8 ok
    )
    inventory = load_inventory(path, catalog.products_by_id)
    assert [(e.row, e.field) for e in inventory.errors] == [
        (3, "stock_on_hand"),
        (4, "date"),
        (5, "product_id"),
        (6, "units_sold"),
        (7, "expiry_date"),
    ]
    assert "NOPE-999" in inventory.errors[2].message
    assert list(zip(inventory.rows["product_id"], inventory.rows["units_sold"], strict=True)) == [
        ("INF-003", 5),
        ("LNG-001", 10),
    ]


def test_missing_columns_are_named_and_nothing_is_loaded(catalog: Catalog, tmp_path: Path) -> None:
    path = write(tmp_path, "product_id,date,units_sold\nLNG-001,2026-11-01,10\n")
    inventory = load_inventory(path, catalog.products_by_id)
    assert [(e.row, e.field) for e in inventory.errors] == [(None, "stock_on_hand")]
    assert inventory.rows.empty


def test_an_unsupported_file_type_is_refused(catalog: Catalog, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match=r"inventory: unsupported file type '\.txt'"):
        load_inventory(write(tmp_path, HEADER, "inv.txt"), catalog.products_by_id)


def test_xlsx_is_read_like_csv(catalog: Catalog, tmp_path: Path) -> None:
    path = tmp_path / "inv.xlsx"
    generate_sample(end=date(2026, 11, 30), days=3).to_excel(path, index=False)
    inventory = load_inventory(path, catalog.products_by_id)
    assert inventory.errors == ()
    assert len(inventory.rows) == 3 * 12


@pytest.mark.parametrize("horizon", [0, -7])
def test_a_horizon_below_one_day_is_refused_naming_the_field(horizon: int) -> None:
    with pytest.raises(InvalidInput, match=r"^horizon: must be a whole number of days ≥ 1"):
        trigger_config(horizon=horizon)


def test_a_night_send_window_is_refused() -> None:
    with pytest.raises(InvalidInput, match=r"^send_window: 22:00–22:30 must be a daytime window"):
        trigger_config(send_start="22:00", send_end="22:30")


def test_bad_rows_of_one_product_do_not_stop_the_others(catalog: Catalog) -> None:
    table = generate_sample(end=date(2026, 11, 30), days=120).astype(str)
    broken = table.index[(table["product_id"] == "LNG-011") & (table["date"] == "2026-11-30")]
    table.loc[broken, "stock_on_hand"] = "-3"  # LNG-011 loses its last day: no row for the run date
    inventory = load_inventory(table, catalog.products_by_id)
    assert [(e.field, e.product_id) for e in inventory.errors] == [("stock_on_hand", "LNG-011")]
    result = assess(inventory, date(2026, 11, 30))
    assert [(e.field, e.product_id) for e in result.errors[1:]] == [("date", "LNG-011")]
    assert len(result.risks) == 11
    assert "LNG-011" not in {r.product_id for r in result.risks}


def test_the_shipped_sample_loads_without_errors(catalog: Catalog) -> None:
    path = Path(__file__).resolve().parents[2] / "data" / "sample_inventory.csv"
    inventory = load_inventory(path, catalog.products_by_id)
    assert inventory.errors == ()
    assert pd.Timestamp("2026-11-30") == inventory.rows["date"].max()
    assert len(inventory.product_ids) == 12


@pytest.mark.parametrize(
    ("data", "name", "kind", "korean"),
    [
        (b"\xff\xfe\x00\x81garbage", "inv.csv", "encoding", "UTF-8 또는 CP949"),
        (b'product_id,date\n"LNG-001,2026-11-01\n', "inv.csv", "broken_csv", '닫히지 않은 큰따옴표(")'),
        (b"not a workbook", "inv.xlsx", "bad_xlsx", "엑셀 통합 문서(.xlsx)로 열 수 없습니다"),
        (b"product_id\x00,date\n", "inv.csv", "nul_bytes", "텍스트 CSV가 아닙니다"),
    ],
)
def test_an_unreadable_upload_is_refused_with_a_korean_reason(
    catalog: Catalog, data: bytes, name: str, kind: str, korean: str
) -> None:
    with pytest.raises(SheetError) as refused:
        load_inventory(data, catalog.products_by_id, name)
    assert refused.value.kind == kind and refused.value.field == "inventory"
    assert korean in explain.sheet_problem(refused.value)


def test_an_empty_or_cp949_upload_is_read_not_refused(catalog: Catalog) -> None:
    empty = load_inventory(b"", catalog.products_by_id, "inv.csv")
    assert empty.rows.empty and {e.field for e in empty.errors} == {"product_id", "date", "units_sold", "stock_on_hand"}
    cp949 = (HEADER + "LNG-001,2026-11-01,10,100,0,,0\n").replace("promo", "프로모션").encode("cp949")
    assert len(load_inventory(cp949, catalog.products_by_id, "inv.csv").rows) == 1
