"""Bad brief sheets and flags: each is refused with the field named (and the allowed values where
there is a list), never a traceback and never silently turned into something else.

Three groups: whole files (encodings, broken CSV, duplicate headers, Excel, JSON), one bad cell
per field in an otherwise good row (strings through CSV, typed values through JSON), and CLI flags.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
import pytest

from crm_core.briefs import BriefSheet, read_rows, sheet_from_rows
from crm_core.catalog import Catalog
from crm_core.cli import main
from crm_core.errors import InvalidInput
from ui.upload import read_sheet

GOOD = {"persona": "0", "brand": "설화수", "product": "자음생크림 60ml", "stage_index": "1", "style_index": "2"}
HEADER = ",".join(GOOD)


def csv_of(rows: list[dict[str, str]]) -> bytes:
    header = list(rows[0])
    lines = [",".join(header)] + [",".join(r[h] for h in header) for r in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def xlsx_of(rows: list[list[object]]) -> bytes:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def checked(data: bytes, filename: str, catalog: Catalog) -> BriefSheet:
    return read_sheet(data, filename, catalog)


# ---- whole files -------------------------------------------------------------------------
GOOD_LINE = ",".join(GOOD.values())
FILE_CASES: list[tuple[str, bytes, str, str]] = [
    # (id, bytes, filename, expected field)
    ("empty-csv", b"", "b.csv", "file"),
    ("header-only", f"{HEADER}\n".encode(), "b.csv", "file"),
    ("blank-lines-only", b"\n\n \n", "b.csv", "file"),
    ("utf16", f"{HEADER}\n{GOOD_LINE}\n".encode("utf-16"), "b.csv", "file"),
    ("binary-garbage", bytes(range(128, 256)) * 4, "b.csv", "file"),
    ("nul-byte", f"{HEADER}\n0,설화수,자음\x00생크림,1,2\n".encode(), "b.csv", "file"),
    ("unclosed-quote", f'{HEADER}\n0,설화수,"자음생크림,1,2\n'.encode(), "b.csv", "file"),
    ("unclosed-quote-mid", f'{HEADER}\n0,"설화수,자음생크림,1,2\n0,설화수,자음생크림,1,2\n'.encode(), "b.csv", "file"),
    ("duplicate-header", f"{HEADER},brand\n{GOOD_LINE},라네즈\n".encode(), "b.csv", "columns"),
    ("alias-duplicate", f"{HEADER},stage\n{GOOD_LINE},3\n".encode(), "b.csv", "columns"),
    ("case-duplicate", f"{HEADER},Brand\n{GOOD_LINE},라네즈\n".encode(), "b.csv", "columns"),
    ("spaced-duplicate", f"{HEADER}, persona \n{GOOD_LINE},3\n".encode(), "b.csv", "columns"),
    ("missing-product-column", b"persona,brand,stage_index,style_index\n0,a,1,2\n", "b.csv", "columns"),
    ("missing-all-columns", b"a,b,c\n1,2,3\n", "b.csv", "columns"),
    ("only-unknown-header", b"memo\nhello\n", "b.csv", "columns"),
    ("txt-extension", f"{HEADER}\n{GOOD_LINE}\n".encode(), "b.txt", "file"),
    ("no-extension", f"{HEADER}\n{GOOD_LINE}\n".encode(), "briefs", "file"),
    ("xls-extension", b"\xd0\xcf\x11\xe0", "b.xls", "file"),
    ("corrupt-xlsx", b"PK\x03\x04 not really a zip", "b.xlsx", "file"),
    ("csv-named-xlsx", f"{HEADER}\n{GOOD_LINE}\n".encode(), "b.xlsx", "file"),
    ("empty-xlsx", xlsx_of([]), "b.xlsx", "file"),
    ("xlsx-duplicate-header", xlsx_of([[*GOOD, "brand"], [*GOOD.values(), "라네즈"]]), "b.xlsx", "columns"),
    ("xlsx-missing-column", xlsx_of([["persona", "brand"], [0, "설화수"]]), "b.xlsx", "columns"),
    ("json-invalid", b"[{", "b.json", "file"),
    ("json-not-utf8", json.dumps([GOOD], ensure_ascii=False).encode("cp949"), "b.json", "file"),
    ("json-object", b'{"persona": 0}', "b.json", "file"),
    ("json-scalar", b"42", "b.json", "file"),
    ("json-briefs-not-list", b'{"briefs": {"persona": 0}}', "b.json", "file"),
    ("json-empty-list", b"[]", "b.json", "file"),
    ("json-duplicate-key", b'[{"persona": 0, "persona": 1, "brand": "a"}]', "b.json", "columns"),
    ("too-big-upload", b"x" * 5_000_001, "b.csv", "file"),
]


@pytest.mark.parametrize(("data", "filename", "field"), [c[1:] for c in FILE_CASES], ids=[c[0] for c in FILE_CASES])
def test_a_bad_file_is_refused_naming_the_problem(catalog: Catalog, data: bytes, filename: str, field: str):
    with pytest.raises(InvalidInput) as caught:
        checked(data, filename, catalog)
    assert caught.value.field == field
    assert filename in str(caught.value) or caught.value.allowed or field == "file"


def test_too_many_rows_is_refused_before_any_row():
    rows = [dict(GOOD)] * 3
    with pytest.raises(InvalidInput) as caught:
        sheet_from_rows(rows, "b.csv", max_rows=2)
    assert caught.value.field == "batch" and "limit of 2" in str(caught.value)


# ---- one bad cell in a good row ----------------------------------------------------------
LONG = "가" * 400
# (field in the sheet, bad text, field the error must name, a word the message must contain)
CSV_CELLS: list[tuple[str, str, str, str]] = [
    ("persona", "9", "persona", "Luxury_Lover"),
    ("persona", "-1", "persona", "Luxury_Lover"),
    ("persona", "Nobody", "persona", "Luxury_Lover"),
    ("persona", "=1+1", "persona", "formula"),
    ("persona", "@SUM(A1)", "persona", "formula"),
    ("brand", "기타", "brand", "not a brand"),
    ("brand", "없음", "brand", "not a brand"),
    ("brand", "모르는브랜드", "brand", "no catalog brand is close"),
    ("brand", "수", "brand", "unknown brand"),
    ("brand", "=HYPERLINK(1)", "brand", "formula"),
    ("brand", "+cmd", "brand", "formula"),
    ("brand", "-cmd", "brand", "formula"),
    ("brand", "가" * 120, "brand", "at most 100"),
    ("product", "없는 제품", "product", "unknown product"),
    ("product", "자음생크림 기획세트", "product", "set"),
    ("product", "자음생크림 리필", "product", "refill"),
    ("product", "자음생크림 60ml*2개", "product", "bundle"),
    ("product", "자음생", "product", "ambiguous"),
    ("product", "=자음생크림", "product", "formula"),
    ("product", "@자음생크림", "product", "formula"),
    ("product", LONG, "product", "at most 300"),
    ("stage_index", "abc", "stage_index", "integer"),
    ("stage_index", "5", "stage_index", "0 Acquisition"),
    ("stage_index", "-1", "stage_index", "0 Acquisition"),
    ("stage_index", "1.5", "stage_index", "integer"),
    ("stage_index", "1e3", "stage_index", "integer"),
    ("stage_index", "=1", "stage_index", "formula"),
    ("stage_index", "일", "stage_index", "integer"),
    ("style_index", "6", "style_index", "Time_Urgency"),
    ("style_index", "-1", "style_index", "Time_Urgency"),
    ("style_index", "x", "style_index", "integer"),
    ("style_index", "2.5", "style_index", "integer"),
    ("style_index", "=2", "style_index", "formula"),
    ("is_event", "2", "is_event", "boolean"),
    ("is_event", "maybe", "is_event", "boolean"),
    ("is_event", "yes please", "is_event", "boolean"),
    ("is_event", "=TRUE()", "is_event", "formula"),
    ("event_id", "NOPE", "event_id", "ev-"),
    ("event_id", "ev-ret-p1", "event_id", "belongs to stage"),
    ("event_id", "e" * 120, "event_id", "at most 100"),
    ("channel", "fax", "channel", "push"),
    ("channel", "SMSX", "channel", "push"),
    ("channel", "카톡", "channel", "push"),
    ("channel", "=push", "channel", "formula"),
    ("tone", "angry", "tone", "친근한"),
    ("tone", "1", "tone", "친근한"),
    ("honorific", "반말", "honorific", "해요체"),
    ("emoji", "lots", "emoji", "playful"),
    ("n", "0", "n", "greater than or equal to 1"),
    ("n", "7", "n", "less than or equal to 6"),
    ("n", "two", "n", "integer"),
    ("n", "-1", "n", "greater than or equal to 1"),
    ("n", "1.5", "n", "integer"),
    ("top_k", "0", "top_k", "greater than or equal to 1"),
    ("top_k", "21", "top_k", "less than or equal to 20"),
    ("top_k", "x", "top_k", "integer"),
    ("seed", "-1", "seed", "greater than or equal to 0"),
    ("seed", str(2**63), "seed", "less than or equal to"),
    ("seed", str(2**64), "seed", "less than or equal to"),
    ("seed", "abc", "seed", "integer"),
    ("seed", "1.5", "seed", "integer"),
    ("context_mode", "full", "context_mode", "rag_brand"),
    ("is_ad", "maybe", "is_ad", "boolean"),
    ("is_ad", "2", "is_ad", "boolean"),
    ("sender", "가" * 80, "sender", "at most 60"),
    ("sender", "=cmd|' /C calc'!A0", "sender", "formula"),
    ("scheduled_at", "tomorrow", "scheduled_at", "datetime"),
    ("scheduled_at", "2026-13-45", "scheduled_at", "datetime"),
    ("scheduled_at", "=NOW()", "scheduled_at", "formula"),
]


@pytest.mark.parametrize(
    ("column", "value", "field", "word"), CSV_CELLS, ids=[f"csv-{c[0]}-{i}" for i, c in enumerate(CSV_CELLS)]
)
def test_a_bad_cell_refuses_its_row_naming_the_field(catalog: Catalog, column: str, value: str, field: str, word: str):
    good = dict(GOOD)
    bad = dict(GOOD) | {column: value}
    rows = [good | {column: good.get(column, "")}, bad] if column in GOOD else [good, bad]
    if column not in GOOD:
        rows = [good | {column: ""}, bad]
    quoted = [{k: f'"{v}"' if "," in v else v for k, v in r.items()} for r in rows]
    sheet = checked(csv_of(quoted), "b.csv", catalog)
    assert [i for i, _ in sheet.briefs] == [0], "the bad row must not run"
    [error] = [e for e in sheet.errors if e.index == 1][:1]
    assert error.field == field
    assert word in error.message


# Typed values only JSON (or a spreadsheet) can carry; each must be refused, not coerced.
JSON_CELLS: list[tuple[str, object, str, str]] = [
    ("stage_index", True, "stage_index", "true/false"),
    ("stage_index", False, "stage_index", "true/false"),
    ("style_index", True, "style_index", "true/false"),
    ("persona", True, "persona", "true/false"),
    ("n", True, "n", "true/false"),
    ("top_k", False, "top_k", "true/false"),
    ("seed", True, "seed", "true/false"),
    ("brand", True, "brand", "true/false"),
    ("product", False, "product", "true/false"),
    ("stage_index", 1.5, "stage_index", "integer"),
    ("style_index", [1], "style_index", "one value"),
    ("persona", {"index": 0}, "persona", "one value"),
    ("brand", ["설화수"], "brand", "one value"),
    ("product", 12345, "product", "string"),
    ("stage_index", None, "stage_index", "required"),
    ("brand", None, "brand", "required"),
    ("seed", -5, "seed", "greater than or equal to 0"),
    ("seed", 2**63, "seed", "less than or equal to"),
    ("n", 99, "n", "less than or equal to 6"),
    ("is_event", 2, "is_event", "boolean"),
    ("is_event", "참", "is_event", "boolean"),
    ("channel", 3, "channel", "push"),
    ("tone", 0, "tone", "친근한"),
    ("scheduled_at", "not a date", "scheduled_at", "datetime"),
]


@pytest.mark.parametrize(
    ("column", "value", "field", "word"), JSON_CELLS, ids=[f"json-{c[0]}-{i}" for i, c in enumerate(JSON_CELLS)]
)
def test_a_typed_bad_value_is_not_coerced(catalog: Catalog, column: str, value: object, field: str, word: str):
    good = {"persona": 0, "brand": "설화수", "product": "자음생크림 60ml", "stage_index": 1, "style_index": 2}
    data = json.dumps([good, good | {column: value}], ensure_ascii=False).encode("utf-8")
    sheet = checked(data, "b.json", catalog)
    assert [i for i, _ in sheet.briefs] == [0], "the bad row must not run"
    errors = [e for e in sheet.errors if e.index == 1]
    assert errors and errors[0].field == field
    assert word in errors[0].message


ROW_CASES: list[tuple[str, list[object], str]] = [
    ("json-row-is-list", [["0", "설화수"]], "(row)"),
    ("json-row-is-string", ["persona=0"], "(row)"),
    ("json-row-is-number", [7], "(row)"),
    ("json-row-is-null", [None], "(row)"),
]


@pytest.mark.parametrize(("rows", "field"), [c[1:] for c in ROW_CASES], ids=[c[0] for c in ROW_CASES])
def test_a_row_that_is_not_a_brief_is_refused(catalog: Catalog, rows: list[object], field: str):
    good = {"persona": 0, "brand": "설화수", "product": "자음생크림 60ml", "stage_index": 1, "style_index": 2}
    sheet = checked(json.dumps([good, *rows], ensure_ascii=False).encode(), "b.json", catalog)
    assert [i for i, _ in sheet.briefs] == [0]
    assert sheet.errors[0].index == 1 and sheet.errors[0].field == field


def test_extra_cells_past_the_header_refuse_the_row(catalog: Catalog):
    data = f"{HEADER}\n{GOOD_LINE}\n0,설화수,자음생크림, 60ml,1,2\n".encode()
    sheet = checked(data, "b.csv", catalog)
    assert [i for i, _ in sheet.briefs] == [0]
    assert sheet.errors[0].field == "(row)" and "more cells than the header" in sheet.errors[0].message


def test_xlsx_formula_cells_are_refused_not_read_as_blank(catalog: Catalog):
    data = xlsx_of([list(GOOD), [0, "설화수", "자음생크림 60ml", 1, 2], [0, "설화수", "=A2", 1, 2]])
    sheet = checked(data, "b.xlsx", catalog)
    assert [i for i, _ in sheet.briefs] == [0]
    assert sheet.errors[0].field == "product" and "formula" in sheet.errors[0].message


def test_unknown_columns_are_reported_not_silently_dropped(catalog: Catalog):
    data = f"{HEADER},chanel\n{GOOD_LINE},sms\n".encode()
    sheet = checked(data, "b.csv", catalog)
    assert sheet.notes == ["columns not read (not brief fields): chanel"]


def test_cp949_sheet_from_excel_is_read(catalog: Catalog):
    sheet = checked(f"{HEADER}\n{GOOD_LINE}\n".encode("cp949"), "b.csv", catalog)
    assert [i for i, _ in sheet.briefs] == [0] and not sheet.errors


@pytest.mark.parametrize("seed", range(8))
def test_an_informational_alimtalk_with_an_event_is_decided_by_rule_not_by_the_seed(catalog: Catalog, seed: int):
    row = {"persona": 0, "brand": "설화수", "product": "자음생크림 60ml", "stage_index": 2, "style_index": 2,
           "is_event": 1, "channel": "kakao_alimtalk", "informational": True, "seed": seed}  # fmt: skip
    sheet = checked(json.dumps([row], ensure_ascii=False).encode(), "b.json", catalog)
    [(index, _)] = sheet.briefs
    event = sheet.resolved[index].event
    assert event is not None and not event.is_promotion


# ---- CLI flags -----------------------------------------------------------------------------
BASE = ["generate", "--persona", "0", "--brand", "설화수", "--product", "자음생크림", "--stage_index", "1",
        "--style_index", "2", "--backend", "template"]  # fmt: skip
CLI_CASES: list[tuple[str, list[str], str]] = [
    ("empty-channel", ["--channel", ""], "channel"),
    ("blank-channel", ["--channel", "  "], "channel"),
    ("unknown-channel", ["--channel", "fax"], "channel"),
    ("empty-brand", ["--brand", ""], "brand"),
    ("brand-etc", ["--brand", "기타"], "brand"),
    ("brand-non-prefix", ["--brand", "수"], "brand"),
    ("empty-product", ["--product", ""], "product"),
    ("persona-out-of-range", ["--persona", "9"], "persona"),
    ("stage-out-of-range", ["--stage_index", "9"], "stage_index"),
    ("style-out-of-range", ["--style_index", "-1"], "style_index"),
    ("negative-seed", ["--seed", "-1"], "seed"),
    ("huge-seed", ["--seed", str(2**64)], "seed"),
    ("n-zero", ["--n", "0"], "n"),
    ("top-k-zero", ["--top_k", "0"], "top_k"),
    ("bad-event-id", ["--event_id", "NOPE"], "event_id"),
    ("out-path-missing-folder", ["--out_path", "/nonexistent-folder/x/out.json"], "out_path"),
    ("out-path-is-folder", ["--out_path", "/tmp"], "out_path"),
    ("batch-file-missing", ["--batch_csv", "/nonexistent/b.csv"], "file"),
    ("house-brand-without-name-only", ["--brand", "기타", "--house_brand", "뷰티몰"], "house_brand"),
    (
        "house-brand-is-a-brand",
        ["--brand", "기타", "--unknown_products", "name_only", "--house_brand", "라네즈"],
        "house_brand",
    ),
    (
        "house-brand-is-no-brand",
        ["--brand", "기타", "--unknown_products", "name_only", "--house_brand", "기타"],
        "house_brand",
    ),
]


@pytest.mark.parametrize(("extra", "field"), [c[1:] for c in CLI_CASES], ids=[c[0] for c in CLI_CASES])
def test_a_bad_flag_exits_2_naming_the_field(capsys: pytest.CaptureFixture[str], extra: list[str], field: str):
    code = main(BASE + extra)
    out, err = capsys.readouterr()
    assert code == 2
    assert err.startswith(f"error: {field}:") and out == ""


def test_out_path_is_checked_before_any_work(capsys: pytest.CaptureFixture[str], tmp_path: Path):
    code = main([*BASE, "--stage_index", "9", "--out_path", str(tmp_path / "missing" / "out.json")])
    assert code == 2 and "out_path" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "word"),
    [("[{", "not valid"), ('{"a": 1}', "expected a JSON list"), ('[{"brand": "a"}]', "brand and from"),
     ('[{"brand": "a", "from": "b", "product_id": 5}]', "product_id"), ('[{"x": 1}]', "expected keys")],
    ids=["mapping-broken", "mapping-object", "mapping-no-from", "mapping-bad-id", "mapping-unknown-key"],
)  # fmt: skip
def test_a_bad_mapping_file_is_named(capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str, word: str):
    mapping = tmp_path / "mapping.json"
    mapping.write_text(content, encoding="utf-8")
    sheet = tmp_path / "b.csv"
    sheet.write_text(f"{HEADER}\n{GOOD_LINE}\n", encoding="utf-8")
    code = main(["generate", "--batch_csv", str(sheet), "--mapping", str(mapping), "--backend", "template"])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("error: mapping:") and word in err


def test_rows_read_the_same_in_every_format():
    line = ",".join(GOOD.values())
    assert read_rows(f"{HEADER}\n{line}\n".encode(), "b.csv") == [GOOD]
