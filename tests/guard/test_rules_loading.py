"""A user-edited rules file: validated on load, errors name the rule and the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_core.errors import RulesError
from crm_core.guard import Guard, parse_rules

RULE = """
  - id: cosmetics.test_rule
    category: drug_like
    type: terms
    terms: [피부 재생]
    severity: block
    message: "'{match}'"
    suggestion: 다르게 쓰세요
    basis: 화장품법 제13조
    source: test
    date: 2025-01-21
"""


def rules_text(rule: str = RULE, extra: str = "") -> str:
    return f"version: 1\n{extra}rules:\n{rule}"


def test_a_valid_custom_file_loads_and_is_used(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(rules_text(), encoding="utf-8")
    guard = Guard.load(path)
    assert [f.rule_id for f in guard.check("피부를 재생시켜요").findings] == ["cosmetics.test_rule"]
    assert guard.check("최고의 크림").verdict == "pass"  # only this file's rules run
    assert guard.to_dict()["rules_path"] == str(path)


def test_a_disabled_rule_does_not_run(tmp_path: Path) -> None:
    path = tmp_path / "off.yaml"
    path.write_text(rules_text(RULE + "    enabled: false\n"), encoding="utf-8")
    guard = Guard.load(path)
    assert guard.check("피부 재생 크림").findings == ()
    assert guard.to_dict()["enabled_rules"] == []


@pytest.mark.parametrize(
    ("edit", "field"),
    [
        (("severity: block", "severity: fatal"), "severity"),
        (("    message: \"'{match}'\"\n", ""), "message"),
        (("category: drug_like", "category: medical"), "category"),
        (("id: cosmetics.test_rule", "id: Cosmetics Test"), "id"),
        (("type: terms", "type: fuzzy"), "type"),
        (("date: 2025-01-21", "date: someday"), "date"),
        (("terms: [피부 재생]", "terms: [피부 재생]\n    colour: red"), "colour"),
    ],
)
def test_an_invalid_rule_names_its_id_and_field(edit: tuple[str, str], field: str) -> None:
    with pytest.raises(RulesError) as info:
        parse_rules(rules_text(RULE.replace(*edit)), "mine.yaml")
    message = str(info.value)
    assert "mine.yaml" in message
    assert "rules[0]" in message and f" {field}" in message
    if "id: Cosmetics" not in RULE.replace(*edit):
        assert "id=cosmetics.test_rule" in message


def test_id_must_start_with_the_area_of_its_category() -> None:
    with pytest.raises(RulesError, match=r"id=ad_law\.test_rule\) \(rule\): id must start with 'cosmetics\.'"):
        parse_rules(rules_text(RULE.replace("cosmetics.test_rule", "ad_law.test_rule")))


def test_a_regex_that_does_not_compile_is_reported() -> None:
    rule = RULE.replace("type: terms", "type: regex").replace("terms: [피부 재생]", "patterns: ['(unclosed']")
    with pytest.raises(RulesError, match=r"id=cosmetics\.test_rule\) patterns.*does not compile"):
        parse_rules(rules_text(rule))


def test_an_unknown_functional_claim_lists_the_allowed_ones() -> None:
    with pytest.raises(RulesError, match=r"unless_functional: unknown functional claim '광채'.*미백"):
        parse_rules(rules_text(RULE + "    unless_functional: 광채\n"))


def test_an_unknown_stage_is_reported() -> None:
    with pytest.raises(RulesError, match=r"stages: unknown stage \['Loyalty'\]"):
        parse_rules(rules_text(RULE + "    stages: {Loyalty: 구매 압박}\n"))


def test_duplicate_ids_and_unknown_lexicons_are_reported() -> None:
    with pytest.raises(RulesError, match=r"duplicate rule id 'cosmetics\.test_rule'"):
        parse_rules(rules_text(RULE + RULE))
    with pytest.raises(RulesError, match="unknown lexicon 'rewards'"):
        parse_rules(rules_text(RULE + "    lexicon: rewards\n"))


def test_an_unknown_named_check_and_missing_params_are_reported() -> None:
    check = RULE.replace("type: terms", "type: check").replace("terms: [피부 재생]", "check: spellcheck")
    with pytest.raises(RulesError, match=r"rules\[0\] \(id=cosmetics\.test_rule\) check: unknown check 'spellcheck'"):
        Guard(parse_rules(rules_text(check)))
    night = (
        RULE.replace("id: cosmetics.test_rule", "id: ad_law.night")
        .replace("category: drug_like", "category: night_send")
        .replace("type: terms", "type: check")
        .replace("terms: [피부 재생]", "check: night_send\n    params: {start: '21:00'}")
    )
    with pytest.raises(RulesError, match=r"id=ad_law\.night\) params: check night_send needs \['end'\]"):
        Guard(parse_rules(rules_text(night)))


def test_a_check_param_regex_that_does_not_compile_names_the_rule_and_param() -> None:
    opt_out = (
        RULE.replace("id: cosmetics.test_rule", "id: ad_law.opt_out_test")
        .replace("category: drug_like", "category: ad_opt_out")
        .replace("type: terms", "type: check")
        .replace("terms: [피부 재생]", "check: ad_opt_out\n    params: {patterns: {sms: ['무료(수신']}}")
    )
    with pytest.raises(RulesError, match=r"id=ad_law\.opt_out_test\) params\.patterns: '무료\(수신' is not a valid"):
        Guard(parse_rules(rules_text(opt_out)))


def test_broken_yaml_and_a_missing_file_are_rules_errors(tmp_path: Path) -> None:
    with pytest.raises(RulesError, match="not valid YAML"):
        parse_rules("rules: [unclosed", "broken.yaml")
    with pytest.raises(RulesError, match="expected a mapping"):
        parse_rules("- just a list")
    with pytest.raises(RulesError, match="rules file not found"):
        Guard.load(tmp_path / "nope.yaml")


def test_rules_error_is_bad_input_for_the_cli() -> None:
    assert RulesError.exit_code == 2


def test_fields_are_only_for_text_rules() -> None:
    check = RULE.replace("type: terms", "type: check").replace("terms: [피부 재생]", "check: channel_length")
    with pytest.raises(RulesError, match="fields is for terms and regex rules"):
        parse_rules(rules_text(check + "    fields: [cta]\n"))
    title_only = Guard(parse_rules(rules_text(RULE + "    fields: [title]\n")))
    assert title_only.check({"title": "겨울 크림", "body": "피부 재생"}).verdict == "pass"
    assert title_only.check({"title": "피부 재생 크림", "body": "겨울"}).findings[0].field == "title"
