"""Import that lands: dry run → apply into the user's catalog folder → generate with it → undo."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crm_core.catalog import Catalog
from crm_core.cli import main

PRODUCTS_CSV = (
    "상품코드,브랜드,상품명,카테고리,판매가,용량,주요성분,특징\n"
    "SWS-NEW1,설화수,윤빛 수분 크림 50ml,크림,98000,50ml,인삼 추출물|히알루론산,가볍게 스며드는 수분 크림입니다.\n"
    "SWS-001,설화수,자음생크림 60ml,크림,330000,60ml,인삼 사포닌,인삼 사포닌을 담은 영양 크림입니다.\n"
    "BAD-1,설화수,가격 없는 크림,크림,,50ml,인삼,설명입니다.\n"
)


def cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture()
def export(tmp_path: Path) -> Path:
    path = tmp_path / "shop.csv"
    path.write_text(
        PRODUCTS_CSV.replace("BAD-1,설화수,가격 없는 크림,크림,,50ml,인삼,설명입니다.\n", ""), encoding="utf-8"
    )
    return path


GENERATE = ["generate", "--persona", "0", "--brand", "설화수", "--product", "윤빛 수분 크림",
            "--stage_index", "1", "--style_index", "2", "--backend", "template"]  # fmt: skip


def test_dry_run_reports_new_changed_and_invalid_rows_and_writes_nothing(tmp_path: Path, capsys):
    source = tmp_path / "shop.csv"
    source.write_text(PRODUCTS_CSV, encoding="utf-8")
    folder = tmp_path / "my-catalog"
    code, out, _ = cli(["catalog", "import", str(source), "--into", str(folder), "--dry_run"], capsys)
    report = json.loads(out)
    assert code == 2 and report["applied"] is False and not folder.exists()
    assert report["invalid_rows_by_field"] == {"shop.csv:price": 1}
    assert report["new"] == {"products.json": ["SWS-NEW1"]}
    assert set(report["changed"]["products.json"]["SWS-001"]) >= {"price", "claims"}


def test_import_generate_undo_round_trip(tmp_path: Path, export: Path, capsys):
    folder = tmp_path / "my-catalog"
    code, out, err = cli(["catalog", "import", str(export), "--into", str(folder)], capsys)
    assert code == 0, err
    assert json.loads(out)["version"] == 1
    assert Catalog.load(folder).products_by_id["SWS-NEW1"].name == "윤빛 수분 크림 50ml"

    code, out, err = cli([*GENERATE, "--data_dir", str(folder)], capsys)
    assert code == 0, err
    result = json.loads(out)
    assert result["product_basic"]["id"] == "SWS-NEW1" and result["product_match"]["kind"] == "unique_part"

    code, out, err = cli(["catalog", "undo", "--into", str(folder)], capsys)
    assert code == 0, err
    assert "SWS-NEW1" not in Catalog.load(folder).products_by_id
    assert Catalog.load(folder).products_by_id["SWS-001"].price == 320000  # the change is undone too
    code, _, err = cli([*GENERATE, "--data_dir", str(folder)], capsys)
    assert code == 2 and err.startswith("error: product: unknown product '윤빛 수분 크림'")

    code, _, err = cli(["catalog", "undo", "--into", str(folder)], capsys)
    assert code == 2 and "no import to undo" in err


def test_the_sample_catalog_is_never_written(export: Path, capsys):
    code, _, err = cli(["catalog", "import", str(export)], capsys)
    assert code == 2 and err.startswith("error: into: the sample catalog")


def test_an_import_that_breaks_the_catalog_writes_nothing(tmp_path: Path, capsys):
    source = tmp_path / "orphans.csv"
    source.write_text("상품코드,브랜드,상품명,카테고리,판매가,용량,주요성분,특징\nX-1,없는브랜드,크림,크림,1000,50ml,물,설명\n",
                      encoding="utf-8")  # fmt: skip
    folder = tmp_path / "my-catalog"
    code, out, _ = cli(["catalog", "import", str(source), "--into", str(folder)], capsys)
    assert code == 2 and not folder.exists()
    assert any("unknown brand '없는브랜드'" in p for p in json.loads(out)["problems"])


def test_a_mapping_written_by_the_cli_is_read_by_generate(tmp_path: Path, capsys):
    mapping = tmp_path / "mapping.json"
    sheet = tmp_path / "b.csv"
    sheet.write_text(
        "persona,brand,product,stage_index,style_index\n0,설화수,자음생 영양크림 리뉴얼,1,2\n", encoding="utf-8"
    )
    run = ["generate", "--batch_csv", str(sheet), "--mapping", str(mapping), "--backend", "template"]
    code, out, _ = cli(run, capsys)
    assert code == 1 and json.loads(out)[0]["field"] == "product"
    code, _, err = cli(["catalog", "map", "--brand", "설화수", "--from", "자음생 영양크림 리뉴얼", "--product_id",
                        "SWS-001", "--mapping", str(mapping)], capsys)  # fmt: skip
    assert code == 0, err
    code, out, err = cli(run, capsys)
    assert code == 0, err
    match = json.loads(out)[0]["results"][0]["product_match"]
    assert match == {"kind": "mapped", "from": "자음생 영양크림 리뉴얼", "score": 1.0, "brand_from": None,
                     "brand_in_catalog": True, "unbranded": False, "listed_size": None}  # fmt: skip
    code, _, err = cli(["catalog", "map", "--brand", "설화수", "--from", "x", "--product_id", "NOPE"], capsys)
    assert code == 2 and err.startswith("error: product_id: no product with id 'NOPE'")
