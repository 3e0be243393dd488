"""`python -m crm_core check`: JSON out, exit codes 0/1/2, --jsonl order, catalog-backed evidence."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

import crm_core.cli as cli
from crm_core.catalog import write_catalog
from tests.guard.helpers import small_catalog

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture()
def check(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Run:
    """Run `check` through the real CLI entry point on a small catalog folder."""
    monkeypatch.setattr(cli, "COMMANDS", ("check",))  # only this command's module is under test here
    monkeypatch.setenv("CRM_DATA_DIR", str(write_catalog(small_catalog(), tmp_path / "data")))

    def run(*argv: str, stdin: str | None = None) -> tuple[int, str, str]:
        if stdin is not None:
            monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = cli.main(["check", *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_clean_text_exits_0(check: Run) -> None:
    code, out, _ = check("--text", "촉촉한 크림으로 하루를 마무리하세요")
    assert code == 0
    assert json.loads(out) == {"verdict": "pass", "findings": [], "skipped": json.loads(out)["skipped"]}


def test_blocking_text_exits_1_with_findings(check: Run) -> None:
    code, out, _ = check("--text", "피부재생 크림", "--channel", "sms")
    result = json.loads(out)
    assert code == 1 and result["verdict"] == "block"
    [finding] = result["findings"]
    assert finding["rule_id"] == "cosmetics.drug_like" and finding["span"] == {"start": 0, "end": 4, "text": "피부재생"}


def test_a_warning_exits_0(check: Run) -> None:
    code, out, _ = check("--text", "최고급 원료")
    assert code == 0 and json.loads(out)["verdict"] == "warn"


def test_ad_flag_checks_the_label(check: Run) -> None:
    code, out, _ = check("--text", "[설화수] 세트 안내\n무료수신거부 080-000-0000", "--channel", "lms", "--ad")
    assert code == 1 and [f["rule_id"] for f in json.loads(out)["findings"]] == ["ad_law.label"]


def test_unknown_channel_exits_2_and_lists_the_channels(check: Run) -> None:
    code, out, err = check("--text", "안녕", "--channel", "fax")
    assert code == 2 and out == ""
    assert "channel: unknown channel 'fax'" in err
    assert all(c in err for c in ("push", "kakao_alimtalk", "kakao_friendtalk", "sms", "lms", "email"))


def test_invalid_rules_file_exits_2_naming_rule_and_field(check: Run, tmp_path: Path) -> None:
    rules = tmp_path / "bad.yaml"
    rules.write_text(
        "rules:\n  - {id: cosmetics.x, category: drug_like, type: terms, terms: [a], severity: fatal, message: m,"
        " suggestion: s, basis: b, source: s, date: 2025-01-21}\n",
        encoding="utf-8",
    )
    code, _, err = check("--text", "안녕", "--rules", str(rules))
    assert code == 2 and "rules[0] (id=cosmetics.x) severity" in err


def test_brand_and_product_make_the_product_facts_evidence(check: Run) -> None:
    code, out, _ = check("--text", "자음생크림 60ml, 정가 250,000원", "--brand", "설화수", "--product", "자음생크림")
    assert code == 0 and json.loads(out)["verdict"] == "pass"
    code, out, _ = check("--text", "지금 30% 할인", "--brand", "설화수", "--product", "자음생크림")
    assert code == 1 and "facts.invented_number" in {f["rule_id"] for f in json.loads(out)["findings"]}
    code, out, _ = check("--text", "주름 개선 크림", "--brand", "Sulwhasoo", "--product", "자음생크림")
    assert code == 0, "registered 주름개선: the functional claim is allowed"


def test_unknown_product_exits_2(check: Run) -> None:
    code, _, err = check("--text", "x", "--brand", "설화수", "--product", "윤조에센스")
    assert code == 2 and "product" in err


def test_jsonl_prints_one_verdict_per_line_in_order(check: Run, tmp_path: Path) -> None:
    lines = [
        {"text": "촉촉한 크림"},
        {"text": "피부재생 크림"},
        "not json",
        {"text": "최고급 원료", "channel": "push"},
        {"text": "안녕", "channel": "fax"},
        {"channel": "sms"},
        {"text": "x", "colour": "red"},
        {"text": "지금 30% 할인", "brand": "설화수", "product": "자음생크림", "ad": True},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines) + "\n\n")
    code, out, _ = check("--jsonl", str(path))
    results = [json.loads(line) for line in out.splitlines()]
    assert [r["line"] for r in results] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert [r.get("verdict", "error") for r in results] == [
        "pass",
        "block",
        "error",
        "warn",
        "error",
        "error",
        "pass",
        "block",
    ]
    assert results[2]["field"] == "(json)"
    assert results[4]["field"] == "channel" and "kakao_alimtalk" in results[4]["error"]
    assert results[5]["field"] == "text"
    assert results[6]["echo"] == {"colour": "red"}, "an unknown key is not checked but echoed back"
    assert code == 2, "a line that could not be checked makes the run a bad-input run"


def test_jsonl_echoes_a_labelled_files_extra_keys_with_each_verdict_and_error(check: Run) -> None:
    lines = [
        {"id": "h-1", "text": "피부재생 크림", "expected": ["drug_like"], "verdict": "block"},
        {"id": "h-2", "text": "안녕", "channel": "fax"},
    ]
    stdin = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n"
    code, out, _ = check("--jsonl", "-", stdin=stdin)
    first, second = (json.loads(line) for line in out.splitlines())
    assert first["echo"] == {"id": "h-1", "expected": ["drug_like"], "verdict": "block"}
    assert first["verdict"] == "block", "the echoed label does not replace the guard's own verdict"
    assert second["echo"] == {"id": "h-2"} and second["field"] == "channel"
    assert code == 2


def test_jsonl_exit_code_is_1_on_a_block_and_0_otherwise(check: Run) -> None:
    code, out, _ = check("--jsonl", "-", stdin='{"text": "촉촉한 크림"}\n{"text": "최고의 크림"}\n')
    assert code == 1 and len(out.splitlines()) == 2
    code, _, _ = check("--jsonl", "-", stdin='{"text": "촉촉한 크림"}\n')
    assert code == 0


def test_a_missing_jsonl_file_exits_2(check: Run, tmp_path: Path) -> None:
    code, _, err = check("--jsonl", str(tmp_path / "missing.jsonl"))
    assert code == 2 and "jsonl: file not found" in err


def test_a_rules_file_in_the_data_folder_is_used_by_default(check: Run, tmp_path: Path) -> None:
    (tmp_path / "data" / "guard_rules.yaml").write_text(
        "rules:\n  - {id: cosmetics.house_word, category: superlative, type: terms, terms: [끝판왕], severity: block,"
        " message: m, suggestion: s, basis: b, source: s, date: 2025-01-21}\n",
        encoding="utf-8",
    )
    code, out, _ = check("--text", "가성비 끝판왕")
    assert code == 1 and [f["rule_id"] for f in json.loads(out)["findings"]] == ["cosmetics.house_word"]


def test_jsonl_lines_in_another_encoding_binary_or_nested_too_deeply_are_errors_not_crashes(
    check: Run, tmp_path: Path
) -> None:
    path = tmp_path / "mixed.jsonl"
    lines = [
        '{"text": "촉촉한 크림"}'.encode(),
        '{"text": "촉촉한 크림"}'.encode("cp949"),
        b"\x00\xff\xfe binary \x80\x81",
        b"[" * 100_000,
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    code, out, _ = check("--jsonl", str(path))
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 2
    assert rows[0]["line"] == 1 and rows[0]["verdict"] == "pass"
    assert [(r["line"], r["field"], r["error"]) for r in rows[1:]] == [
        (2, "(encoding)", "the line is not UTF-8 text; save the file as UTF-8"),
        (3, "(encoding)", "the line is not UTF-8 text; save the file as UTF-8"),
        (4, "(json)", "not valid JSON: nested too deeply"),
    ]


def test_informational_flag_blocks_a_notice_that_sells(check: Run) -> None:
    notice = "[라네즈] 주문하신 크림이 발송되었습니다."
    code, out, _ = check("--text", notice, "--channel", "sms", "--informational")
    assert code == 0 and json.loads(out)["verdict"] == "pass"
    code, out, _ = check("--text", notice + " 지금 바로 구매하세요", "--channel", "sms", "--informational")
    assert code == 1 and [f["rule_id"] for f in json.loads(out)["findings"]] == ["ad_law.informational"]
