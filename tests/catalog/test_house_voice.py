"""Rows whose brand is 기타: a clear brand error unless the user opts into the neutral house voice,
which writes from the product name alone and is flagged unbranded in the result and the export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crm_core.catalog import Catalog
from crm_core.cli import main
from crm_core.domain import Brief, NameOnlyProduct, match_label
from crm_core.errors import InvalidInput
from crm_core.pipeline import Pipeline

ROW = dict(persona=2, brand="기타", product="크림스킨 170ml", stage_index=0, style_index=1)


def test_without_the_opt_in_a_no_brand_row_keeps_its_brand_error(catalog: Catalog):
    with pytest.raises(InvalidInput) as caught:
        catalog.resolve(Brief(**ROW, unknown_products="name_only"))
    assert caught.value.field == "brand" and caught.value.allowed == ["라네즈 · 크림스킨 170ml"]


def test_the_house_voice_writes_from_the_name_alone_and_is_flagged(catalog: Catalog):
    resolved = catalog.resolve(Brief(**ROW, unknown_products="name_only", house_brand="아모레몰"))
    assert resolved.brand.name == "아모레몰" and resolved.brand.voice is None and not resolved.brand.exemplars
    assert isinstance(resolved.product, NameOnlyProduct)  # no facts, even though 라네즈 sells a 크림스킨
    assert resolved.product.claims == () and resolved.product.price is None
    match = resolved.product_match
    assert match is not None and (match.kind, match.unbranded, match.brand_from) == ("name_only", True, "기타")
    assert match_label(resolved.product.id) == "name_only_unbranded"


def test_a_row_naming_a_brand_keeps_its_brand(catalog: Catalog):
    row = ROW | {"brand": "라네즈"}
    resolved = catalog.resolve(Brief(**row, unknown_products="name_only", house_brand="아모레몰"))
    assert (resolved.brand.name, resolved.product.id) == ("라네즈", "LNG-013")
    assert resolved.product_match is not None and not resolved.product_match.unbranded


@pytest.mark.parametrize(
    ("options", "wanted"),
    [
        ({"house_brand": "아모레몰"}, "needs unknown_products=name_only"),  # the house voice is name-only writing
        ({"house_brand": "라네즈", "unknown_products": "name_only"}, "not a catalog brand"),  # no brand by another name
    ],
)
def test_the_house_name_is_checked(catalog: Catalog, options: dict, wanted: str):
    with pytest.raises(InvalidInput) as caught:
        catalog.resolve(Brief(**ROW, **options))
    assert caught.value.field == "house_brand" and wanted in caught.value.detail


def write_sheet(tmp_path: Path) -> Path:
    sheet = tmp_path / "briefs.csv"
    rows = ["persona,brand,product,stage_index,style_index,is_event", "2,기타,크림스킨 170ml,0,1,0",
            "0,설화수,자음생크림 60ml,2,1,0"]  # fmt: skip
    sheet.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return sheet


def test_the_cli_writes_no_brand_rows_only_when_opted_in(tmp_path: Path, capsys):
    sheet, out = write_sheet(tmp_path), tmp_path / "out.json"
    common = ["generate", "--batch_csv", str(sheet), "--backend", "template", "--unknown_products", "name_only"]
    assert main([*common, "--out_path", str(out)]) == 1
    refused = json.loads(out.read_text(encoding="utf-8"))
    assert [(r["ok"], r.get("field")) for r in refused] == [(False, "brand"), (True, None)]

    assert main([*common, "--house_brand", "아모레몰", "--out_path", str(out)]) == 0
    rows = json.loads(out.read_text(encoding="utf-8"))
    match = rows[0]["results"][0]["product_match"]
    assert (match["kind"], match["unbranded"]) == ("name_only", True)
    assert rows[0]["results"][0]["product_basic"]["brand"] == "아모레몰"
    assert rows[1]["results"][0]["product_match"]["unbranded"] is False
    assert "1 of them name no brand: written in the house voice as 아모레몰" in capsys.readouterr().err


def test_the_cli_refuses_a_house_name_without_name_only(tmp_path: Path, capsys):
    code = main(["generate", "--batch_csv", str(write_sheet(tmp_path)), "--house_brand", "아모레몰"])
    assert code != 0 and "house_brand: --house_brand needs --unknown_products name_only" in capsys.readouterr().err


@pytest.mark.parametrize("persona", range(5))
def test_name_only_copy_frames_the_reader_without_ingredient_talk(facts_pipeline: Pipeline, persona: int):
    # main blocked 321 of 1605 name-only rows of briefs_2000.csv: "성분표부터 보는 분께", "성분 살펴보기"
    name = "보태니컬 하이드레이팅 플루이드 160ml"
    for stage in range(5):
        row = dict(persona=persona, brand="헤라", product=name, stage_index=stage, style_index=1, n=3)
        for result in facts_pipeline.run_one(Brief(**row, unknown_products="name_only")):
            assert "facts.name_only_claim" not in {f.rule_id for f in result.findings}, result.message.channel_text
            assert "플루이드는 보태니컬 하이드레이팅 플루이드" not in result.message.body  # no "X는 X예요"
