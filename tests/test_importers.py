"""Importing a shop export and a prototype data folder: what comes in, what is reported."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from crm_core.catalog import Catalog, catalog_from, import_prototype_folder, import_table, write_catalog
from crm_core.errors import CatalogError

MINI = Path(__file__).parent / "fixtures" / "prototype_mini"
PROTOTYPE = Path(__file__).parent / "fixtures" / "prototype_shape"  # see make_prototype_shape.py


def test_products_csv_with_korean_headers_maps_every_field():
    result = import_table(MINI / "products.csv", "products")
    assert result.ok, result.problems
    products = {p.id: p for p in result.records["products.json"]}
    cream = products["MINI-1"]
    assert cream.brand == "설화수"
    assert cream.price == 250_000  # "250,000" with a thousands separator
    assert cream.key_ingredients == ("인삼 사포닌", "발효 인삼")
    assert cream.claims[1] == "쫀쫀한 제형이 얼굴에 밀착됩니다."
    assert cream.functional_claims == ("주름개선",)
    assert products["MINI-2"].functional_claims == ()  # blank cell → default


def test_bad_product_rows_are_reported_by_row_and_field(tmp_path: Path):
    sheet = tmp_path / "shop.csv"
    sheet.write_text(
        "상품코드,브랜드,상품명,카테고리,판매가,용량,주요성분,특징,기능성\n"
        "OK-1,설화수,좋은 크림,크림,1000,50ml,인삼,촉촉합니다.,\n"
        "BAD-1,설화수,,크림,-5,50ml,인삼,촉촉합니다.,\n"
        "BAD-2,설화수,이상한 크림,크림,12000,50ml,인삼,촉촉합니다.,치료\n",
        encoding="utf-8",
    )
    result = import_table(sheet, "products")
    assert [p.id for p in result.records["products.json"]] == ["OK-1"]
    found = {(p.record, p.field) for p in result.problems}
    assert ("row 3 (id=BAD-1)", "name") in found
    assert ("row 3 (id=BAD-1)", "price") in found
    assert any(p.field == "functional_claims" and "allowed" in p.message for p in result.problems)


def test_reviews_csv_imports_with_dates_and_skin_types():
    result = import_table(MINI / "reviews.csv", "reviews")
    assert result.ok, result.problems
    reviews = result.records["reviews.jsonl"]
    assert len(reviews) == 4
    assert reviews[0].date.isoformat() == "2025-03-02"
    assert reviews[2].skin_type == "지성"


def test_prototype_folder_without_products_says_so_and_how_to_fix():
    result = import_prototype_folder(MINI)
    missing = [p for p in result.problems if p.file == "products.json"]
    assert len(missing) == 1
    assert "never published" in missing[0].message and "CSV" in missing[0].message
    with pytest.raises(CatalogError, match=r"products\.json"):
        catalog_from(result)


def test_prototype_folder_with_products_csv_gives_a_working_catalog(tmp_path: Path):
    result = import_prototype_folder(MINI, products=MINI / "products.csv", reviews=MINI / "reviews.csv")
    catalog = catalog_from(result, source=str(MINI))
    assert [p.name for p in catalog.personas] == ["Luxury_Lover", "Budget_Seeker"]
    assert catalog.personas[0].age_min == 35 and catalog.personas[0].age_max == 50
    assert catalog.personas[0].label_kr == "럭셔리 애호가"
    assert [s.name for s in catalog.stages] == ["Acquisition", "Activation", "Retention", "Revenue", "Referral"]
    assert {e.id: e.is_promotion for e in catalog.events} == {
        "mini_acq_p1": True,
        "mini_acq_n1": False,
        "mini_act_p1": True,
        "mini_act_n1": False,
    }
    urgency = catalog.style(0)
    imported = [t for t in urgency.templates if t.id.startswith("proto-")]
    assert len(imported) == 1  # the {coupon_name}/{duration} one and the stage-less one are skipped
    assert imported[0].title == "{brand}의 오늘을 만나 보세요"
    assert imported[0].body.startswith("{customer}님, 오늘 {product}의")
    notes = "\n".join(result.notes)
    assert "1 template(s) without a stage skipped" in notes
    assert "1 template(s) skipped because they use placeholders" in notes and "{coupon_name}" in notes
    assert "no usable prototype template; using" in notes  # families/stages borrowed from our defaults
    info = catalog.style(1)
    assert {t.stage for t in info.templates} == {0, 1, 2, 3, 4}
    # Round trip: written in our format, the folder loads as a normal catalog.
    folder = write_catalog(catalog, tmp_path / "imported")
    again = Catalog.load(folder)
    assert again.products == catalog.products and again.reviews == catalog.reviews
    assert again.product("설화수", "자음생").id == "MINI-1"


def test_broken_prototype_json_is_named_with_its_line(tmp_path: Path):
    folder = tmp_path / "proto"
    shutil.copytree(MINI, folder)
    (folder / "crm_goals.json").write_text('{"Acquisition": {', encoding="utf-8")
    result = import_prototype_folder(folder, products=folder / "products.csv")
    assert any(p.file == "crm_goals.json" and p.field == "(json)" for p in result.problems)


def test_the_real_prototype_folder_imports_with_a_products_csv():
    """The prototype folder's real structure (its prose replaced, see tests/fixtures/make_prototype_shape.py)."""
    result = import_prototype_folder(PROTOTYPE, products=MINI / "products.csv")
    catalog = catalog_from(result, source=str(PROTOTYPE))
    assert len(catalog.personas) == 5 and len(catalog.stages) == 5 and len(catalog.styles) == 6
    assert len(catalog.events) == 30
    assert len(catalog.brands) == 29
    assert sum(len(s.templates) for s in catalog.styles) > 0
    assert any("placeholders no evidence can fill" in n for n in result.notes)
