"""Every way a brief sheet can fail as a whole is told to the marketer in Korean, naming the column
and the allowed values; crm_core's English message stays for the CLI and the details expander."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_core.briefs import load_sheet
from crm_core.catalog import Catalog
from crm_core.errors import SHEET_PROBLEMS, InvalidInput, SheetError
from tests.ui.rendered_text import SENTENCE, prose
from ui import explain
from ui.upload import read_sheet

HEADER = "persona,brand,product,stage_index,style_index,is_event\n"
REQUIRED = "페르소나(persona), 브랜드(brand), 제품(product), 단계(stage_index), 스타일(style_index)"
# kind: (file name, bytes, what the marketer reads)
CASES: dict[str, tuple[str, bytes, str]] = {
    "file_type": ("briefs.txt", b"a,b", "'.txt' 파일은 읽을 수 없습니다. 허용 형식: .csv, .json, .xlsx"),
    "too_big": (
        "huge.csv",
        HEADER.encode() + b"x" * 6_000_000,
        "파일이 6.0 MB로, 올릴 수 있는 최대 크기 5 MB를 넘습니다. 시트를 나눠서 올리세요.",
    ),
    "encoding": (
        "briefs.csv",
        b"persona,brand\n\xff\xfe\xff",
        "파일의 글자 인코딩을 읽을 수 없습니다. CSV는 UTF-8 또는 CP949(엑셀의 한글 CSV)로 저장해 주세요.",
    ),
    "nul_bytes": (
        "briefs.csv",
        b"persona,brand\x00\n",
        "텍스트 CSV가 아닙니다. 엑셀에서 'CSV UTF-8(쉼표로 분리)' 형식으로 다시 저장해 주세요.",
    ),
    "broken_csv": (
        "briefs.csv",
        b'persona,brand\n"0,abc\n',
        'CSV 형식이 깨져 있습니다. 닫히지 않은 큰따옴표(")가 있는지 확인하세요.',
    ),
    "bad_xlsx": (
        "briefs.xlsx",
        b"PK\x03\x04 not a zip",
        "엑셀 통합 문서(.xlsx)로 열 수 없습니다. 파일이 손상되었을 수 있으니 엑셀에서 다시 저장해 주세요.",
    ),
    "bad_json": (
        "briefs.json",
        b'[{"persona": 0,',
        "JSON으로 읽을 수 없습니다. 브리프 목록을 UTF-8 JSON 배열([{...}, {...}])로 저장해 주세요.",
    ),
    "json_not_list": (
        "briefs.json",
        b'{"a": 1}',
        "JSON 파일에는 브리프 목록(대괄호 [ ] 안의 브리프들) 또는 briefs 키 아래의 목록이 있어야 합니다.",
    ),
    "duplicate_key": (
        "briefs.json",
        b'[{"persona": 0, "persona": 1}]',
        "한 브리프에 페르소나(persona) 항목이 두 번 있습니다. 하나만 남기세요.",
    ),
    "duplicate_column": (
        "briefs.csv",
        b"persona,brand,product,stage,stage_index,style_index\n",
        "'stage' 열과 'stage_index' 열이 모두 단계(stage_index) 항목입니다. 한 열만 남기세요.",
    ),
    "no_rows": (
        "briefs.csv",
        HEADER.encode(),
        "파일에 브리프가 없습니다. 첫 행(열 이름) 아래에 브리프를 한 행 이상 적어 주세요.",
    ),
    "missing_columns": (
        "briefs.csv",
        "persona,brand\n0,설화수\n".encode(),
        f"필수 열이 없습니다: 제품(product), 단계(stage_index), 스타일(style_index). 브리프 시트의 필수 열: {REQUIRED}",
    ),
    "too_many_rows": (
        "many.csv",
        (HEADER + "0,설화수,자음생크림,1,0,0\n" * 10_001).encode(),
        "브리프가 10,001개로 한 번에 실행할 수 있는 10,000개를 넘습니다. 시트를 나눠서 올리세요.",
    ),
}


def korean_problem(exc: InvalidInput) -> str:
    """The sentence, checked to hold no English sentence (column names and formats may stay)."""
    text = explain.sheet_problem(exc)
    assert not SENTENCE.findall(prose(text)), text
    return text


@pytest.mark.parametrize("kind", CASES)
def test_each_sheet_failure_reads_in_korean(ui_catalog: Catalog, kind: str) -> None:
    name, data, korean = CASES[kind]
    with pytest.raises(SheetError) as caught:
        read_sheet(data, name, ui_catalog)
    assert caught.value.kind == kind
    assert korean_problem(caught.value) == korean


def test_a_file_without_an_extension_is_named_as_such(ui_catalog: Catalog) -> None:
    with pytest.raises(SheetError) as caught:
        read_sheet(b"x", "briefs", ui_catalog)
    assert korean_problem(caught.value) == "확장자가 없는 파일은 읽을 수 없습니다. 허용 형식: .csv, .json, .xlsx"


def test_a_missing_file_reads_in_korean_and_the_cli_keeps_the_path(tmp_path: Path) -> None:
    with pytest.raises(SheetError, match=r"^file: not found: .*nowhere\.csv$") as caught:
        load_sheet(tmp_path / "nowhere.csv")
    assert korean_problem(caught.value) == "파일을 찾을 수 없습니다."


def test_every_sheet_failure_kind_has_a_korean_sentence_and_a_case_here() -> None:
    assert set(explain.SHEET_PROBLEM) == set(SHEET_PROBLEMS)
    assert set(CASES) | {"not_found"} == set(SHEET_PROBLEMS)


def test_another_bad_value_falls_back_to_the_field_in_korean() -> None:
    assert korean_problem(InvalidInput("house_brand", "is empty")) == "'하우스 이름' 값이 올바르지 않습니다."
