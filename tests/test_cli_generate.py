"""`python -m crm_core generate`: the prototype's flags, its result keys, and bad input named."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from crm_core.cli import main

REPO_ROOT = Path(__file__).resolve().parents[1]
MUST_SHOW = [
    "generate", "--persona", "0", "--brand", "설화수", "--product", "자음생크림",
    "--stage_index", "1", "--style_index", "2", "--is_event", "1", "--backend", "template",
]  # fmt: skip
PROTOTYPE_KEYS = {
    "persona_profile", "product_basic", "stage_name", "stage_kr", "objective", "target_state", "style_type",
    "style_templates", "is_event", "selected_event", "qwen", "exaone", "timing",
    "message", "findings", "scores", "backend", "seed",
}  # fmt: skip


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_the_prototype_command_prints_every_key_in_korean(capsys: pytest.CaptureFixture[str]):
    code, out, err = run_cli(MUST_SHOW, capsys)
    assert code == 0, err
    result = json.loads(out)
    assert PROTOTYPE_KEYS <= result.keys()
    assert set(result["qwen"]) >= {"model", "draft", "highlights"} and set(result["exaone"]) >= {"model", "result_raw"}
    assert set(result["timing"]) >= {"load", "rag", "qwen", "exaone", "total"}
    message = result["message"]
    assert all(message[k].strip() for k in ("title", "body", "cta", "channel_text"))
    assert any("가" <= ch <= "힣" for ch in message["body"])
    assert result["backend"] == "template" and result["is_template"] is True
    assert result["stage_name"] == "Activation" and result["is_event"] == 1 and result["selected_event"]
    assert result["persona_profile"]["name"] == "Luxury_Lover"
    assert "Luxury_Lover" not in message["channel_text"]
    assert "[Timing] load=" in err


def test_the_same_seed_gives_the_same_message(capsys: pytest.CaptureFixture[str]):
    first = json.loads(run_cli([*MUST_SHOW, "--seed", "21"], capsys)[1])
    second = json.loads(run_cli([*MUST_SHOW, "--seed", "21"], capsys)[1])
    assert first["message"] == second["message"] and first["seed"] == second["seed"] == 21


@pytest.mark.parametrize(
    ("change", "field", "expected"),
    [
        (["--persona", "9"], "persona", "0 Luxury_Lover"),
        (["--brand", "샤넬"], "brand", "unknown brand '샤넬'"),
        (["--brand", "라네즈", "--product", "워터뱅크"], "product", "ambiguous"),
        (["--stage_index", "5"], "stage_index", "0 Acquisition"),
        (["--channel", "fax"], "channel", "kakao_friendtalk"),
    ],
)
def test_bad_input_exits_2_naming_the_field_and_allowed_values(
    change: list[str], field: str, expected: str, capsys: pytest.CaptureFixture[str]
):
    args = list(MUST_SHOW)
    for flag, value in zip(change[::2], change[1::2], strict=True):
        if flag in args:
            args[args.index(flag) + 1] = value
        else:
            args += [flag, value]
    code, out, err = run_cli(args, capsys)
    assert code == 2 and out == ""
    assert err.startswith(f"error: {field}: ") and expected in err


def test_a_batch_reports_bad_rows_by_index_and_runs_the_rest(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    rows = [
        {"persona": 0, "brand": "설화수", "product": "자음생크림", "stage_index": 1, "style_index": 2, "is_event": 1},
        {
            "persona": 2,
            "brand": "이니스프리",
            "product": "그린티 씨드 히알루론산 크림",
            "stage_index": 7,
            "style_index": 0,
        },
        {"persona": "Budget_Seeker", "brand": "라네즈", "product": "워터 슬리핑", "stage_index": 2, "style_index": 3},
    ]
    sheet = tmp_path / "briefs.json"
    sheet.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    out_path = tmp_path / "out.json"
    code, _, err = run_cli(["generate", "--batch_json", str(sheet), "--out_path", str(out_path)], capsys)
    assert code == 1  # some rows failed
    results = json.loads(out_path.read_text(encoding="utf-8"))
    assert [r["index"] for r in results] == [0, 1, 2]
    assert [r["ok"] for r in results] == [True, False, True]
    assert results[1]["field"] == "stage_index" and "0 Acquisition" in results[1]["error"]
    assert results[0]["results"][0]["message"]["body"] and results[2]["results"][0]["message"]["body"]
    assert "[BatchError] row 1: stage_index: no stage 7 (allowed: 0 Acquisition" in err and err.count("row 1:") == 1
    assert "[Batch] 2 of 3 rows generated" in err


def test_the_prototype_brief_sheet_columns_work_as_a_csv_batch(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    sheet = tmp_path / "briefs.csv"
    sheet.write_text(
        "persona,brand,product,stage_index,style_index,is_event\n"
        "1,에스트라,아토베리어365 크림 80ml,2,2,1\n"
        "3,에뛰드,없는 립스틱,0,1,0\n",
        encoding="utf-8",
    )
    code, out, _ = run_cli(["generate", "--batch_csv", str(sheet)], capsys)
    results = json.loads(out)
    assert code == 1
    assert results[0]["ok"] and results[0]["results"][0]["product_basic"]["name"] == "아토베리어365 크림 80ml"
    assert results[1]["field"] == "product" and "unknown product" in results[1]["error"]


def test_module_entry_point_runs_as_a_process():
    done = subprocess.run(
        [sys.executable, "-m", "crm_core", "generate", "--persona", "9", "--brand", "설화수", "--product", "자음생크림",
         "--stage_index", "1", "--style_index", "2"],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2
    assert "error: persona: no persona with index 9" in done.stderr


def test_an_sms_that_cannot_fit_comes_back_as_flagged_lms_unless_shorten_is_asked(
    capsys: pytest.CaptureFixture[str],
):
    longest = "오가니언스 베리어 리페어 씨드 펩타이드 리저브 세럼"  # no room even for a bare call to action
    args = ["generate", "--persona", "0", "--brand", "프리메라", "--product", longest,
            "--stage_index", "1", "--style_index", "2", "--backend", "template", "--channel", "sms"]  # fmt: skip
    overflow = json.loads(run_cli(args, capsys)[1])
    assert (overflow["channel"], overflow["sms_to_lms"]) == ("lms", True)
    assert longest in overflow["message"]["body"]
    kept = json.loads(run_cli([*args, "--sms_overflow", "shorten"], capsys)[1])
    assert (kept["channel"], kept["sms_to_lms"]) == ("sms", False)
    with pytest.raises(SystemExit) as bad:
        main([*args, "--sms_overflow", "cut"])
    err = capsys.readouterr().err
    assert bad.value.code == 2 and "--sms_overflow" in err and "'lms'" in err and "'shorten'" in err
