"""Brief sheets: the prototype's columns work, bad rows are named by index and field."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
import pytest

from crm_core.briefs import load_sheet, parse_rows, read_rows, sheet_from_rows
from crm_core.catalog import Catalog
from crm_core.domain import Channel, SmsOverflow
from crm_core.errors import InvalidInput

PROTOTYPE_BRIEFS = Path(__file__).parent / "fixtures" / "prototype_briefs_60.csv"
GOOD = {
    "persona": "0",
    "brand": "설화수",
    "product": "자음생크림",
    "stage_index": "1",
    "style_index": "2",
    "is_event": "1",
}


def test_prototype_columns_are_normalised():
    sheet = parse_rows([GOOD, GOOD | {"is_event": "N", "channel": "SMS", "persona": "Budget_Seeker"}])
    assert not sheet.errors
    (_, first), (_, second) = sheet.briefs
    assert first.persona == 0 and first.stage_index == 1 and first.is_event is True
    assert second.is_event is False and second.channel == Channel.sms and second.persona == "Budget_Seeker"


def test_each_bad_field_is_reported_with_its_row_and_the_rest_still_parse():
    rows = [GOOD, GOOD | {"stage_index": "둘"}, {"persona": "1"}, GOOD | {"channel": "fax"}, GOOD]
    sheet = parse_rows(rows)
    assert [i for i, _ in sheet.briefs] == [0, 4]
    errors = {(e.index, e.field) for e in sheet.errors}
    assert (1, "stage_index") in errors
    assert {(2, "brand"), (2, "product"), (2, "style_index")} <= errors
    fax = next(e for e in sheet.errors if e.index == 3)
    assert fax.field == "channel" and "sms" in fax.message and "kakao_friendtalk" in fax.message


def test_validation_against_the_catalog_names_field_and_allowed_values(catalog: Catalog):
    rows = [GOOD, GOOD | {"stage_index": "9"}, GOOD | {"persona": "9"}, GOOD | {"product": "없는 제품"}]
    sheet = parse_rows(rows).validate(catalog)
    assert [i for i, _ in sheet.briefs] == [0]
    by_row = {e.index: e for e in sheet.errors}
    assert by_row[1].field == "stage_index" and "0 Acquisition" in by_row[1].message
    assert by_row[2].field == "persona" and "Luxury_Lover" in by_row[2].message
    assert by_row[3].field == "product" and "no catalog product is close" in by_row[3].message


def test_oversized_batch_is_refused_before_anything_runs():
    with pytest.raises(InvalidInput, match="batch: 11 briefs is more than the limit of 10"):
        parse_rows([GOOD] * 11, max_rows=10)


def test_csv_in_cp949_and_json_and_xlsx_read_the_same_rows():
    header = ",".join(GOOD)
    line = ",".join(GOOD.values())
    csv_bytes = f"{header}\n{line}\n".encode("cp949")
    assert read_rows(csv_bytes, "briefs.csv") == [GOOD]
    assert read_rows(json.dumps([GOOD], ensure_ascii=False).encode("utf-8"), "briefs.json") == [GOOD]
    book = openpyxl.Workbook()
    book.active.append(list(GOOD))
    book.active.append([int(v) if v.isdigit() else v for v in GOOD.values()])
    buffer = io.BytesIO()
    book.save(buffer)
    rows = read_rows(buffer.getvalue(), "briefs.xlsx")
    assert parse_rows(rows).briefs[0][1] == parse_rows([GOOD]).briefs[0][1]


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"\xff\xfe\x00garbage", "briefs.csv", "neither UTF-8 nor CP949"),
        (b"{not json", "briefs.json", "not valid UTF-8 JSON"),
        (b'{"a": 1}', "briefs.json", "expected a JSON list"),
        (b"PK\x03\x04broken", "briefs.xlsx", "not a readable Excel workbook"),
        (b"a,b", "briefs.txt", "unsupported file type .txt"),
    ],
)
def test_unreadable_files_get_a_clear_message(data: bytes, name: str, message: str):
    with pytest.raises(InvalidInput, match=message) as caught:
        read_rows(data, name)
    assert caught.value.field == "file"


def test_the_prototype_brief_sheet_parses_and_unknown_products_are_named(catalog: Catalog):
    """The first 60 rows of the prototype's briefs_2000.csv (names and indices only)."""
    sheet = load_sheet(PROTOTYPE_BRIEFS)
    assert sheet.total == 60 and not sheet.errors
    checked = sheet.validate(catalog)
    assert checked.total == 60
    # in the sample catalog; 26/58 ("(대용량) 250g") and 37/42/53 (a 20ml size of a 50ml cream) resolve
    # by normalised name, each checked by hand against the catalog
    assert [i for i, _ in checked.briefs] == [2, 3, 5, 6, 12, 13, 16, 26, 36, 37, 39, 42, 48, 49, 53, 58]
    assert {e.field for e in checked.errors} == {"brand", "product"}
    unknown_brand = next(e for e in checked.errors if e.index == 10)
    assert (unknown_brand.field, unknown_brand.message.split(";")[0]) == ("brand", "기타 is not a brand")


def test_a_sheet_missing_required_columns_is_refused_naming_them(tmp_path: Path):
    sheet = tmp_path / "briefs.csv"
    sheet.write_text("persona,brand,product\n0,설화수,자음생크림\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"briefs\.csv has no column for stage_index, style_index") as caught:
        load_sheet(sheet)
    assert caught.value.field == "columns"
    empty = tmp_path / "empty.json"
    empty.write_text("[]", encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"empty\.json has no rows"):
        load_sheet(empty)


def test_columns_that_are_not_brief_fields_are_kept_as_names_and_noted_for_the_cli():
    sheet = sheet_from_rows([{**GOOD, "메모": "확인", "owner": "kim"}], "briefs.csv")
    assert sheet.unread_columns == ["owner", "메모"]
    assert sheet.notes == ["columns not read (not brief fields): owner, 메모"]
    assert sheet.prepared().unread_columns == ["owner", "메모"]


def test_a_sheet_s_link_column_reaches_the_brief_and_a_bad_link_names_its_field():
    """An SMS/LMS carries the brief's link in its text, so a batch sheet's link column must not be dropped as an
    unread column; a link that is not an http(s) address is the row's error, naming the field."""
    row = dict(persona=0, brand="설화수", product="자음생크림", stage_index=0, style_index=1, channel="sms")
    sheet = sheet_from_rows([row | {"링크": "https://amo.re/j1"}, row | {"link_url": "amo.re/j1"}], "briefs.csv")
    assert sheet.unread_columns == []
    assert [(i, b.link_url) for i, b in sheet.briefs] == [(0, "https://amo.re/j1")]
    assert [(e.index, e.field) for e in sheet.errors] == [(1, "link_url")]
    assert str(sheet.errors[0]) == (
        "row 1: link_url: must be an http:// or https:// address without spaces, got 'amo.re/j1'"
    )  # pydantic's "Value error, " prefix is not the marketer's business


def test_a_sheet_s_campaign_and_template_ids_reach_the_brief_as_typed():
    """The export hands the sending system its campaign id and the AlimTalk template code: a sheet that has them must
    not drop them as unread columns, and an id a spreadsheet stored as a number keeps the digits the marketer typed."""
    row = dict(persona=0, brand="설화수", product="자음생크림", stage_index=0, style_index=1)
    sheet = sheet_from_rows(
        [
            row | {"캠페인 ID": 2026120501.0, "알림톡 템플릿": "TPL_01"},
            row | {"campaign_id": "007", "kakao_template_code": 42},
        ],
        "briefs.xlsx",
    )
    assert sheet.unread_columns == []
    assert [(b.campaign_id, b.kakao_template_code) for _, b in sheet.briefs] == [
        ("2026120501", "TPL_01"),
        ("007", "42"),
    ]


def test_a_batch_s_sms_overflow_choice_fills_only_rows_without_their_own():
    row = dict(persona=0, brand="설화수", product="자음생크림", stage_index=0, style_index=1, channel="sms")
    sheet = parse_rows([row, row | {"sms_overflow": "lms"}]).prepared(sms_overflow=SmsOverflow.shorten)
    assert [b.sms_overflow for _, b in sheet.briefs] == [SmsOverflow.shorten, SmsOverflow.lms]
    assert [b.sms_overflow for _, b in parse_rows([row]).prepared().briefs] == [SmsOverflow.lms]  # the default
