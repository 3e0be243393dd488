"""The shipped rules file: well-formed, every rule has examples, and every example behaves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crm_core.guard import DEFAULT_RULES_PATH, Guard, GuardContext, RuleSet, example_parts, load_rules
from crm_core.guard.rules import CATEGORY_GROUPS, RULE_ID, STAGE_NAMES
from tests.guard.helpers import CHANNELS

RULES, _, _ = load_rules()
STAGES_FILE = DEFAULT_RULES_PATH.parent / "stages.json"


def rules_without_examples(rules: RuleSet) -> list[str]:
    """Rule ids lacking a should-flag or a should-pass example."""
    return [r.id for r in rules.rules if not r.examples.flag or not r.examples.pass_]


def malformed_rules(rules: RuleSet) -> list[str]:
    """Rule ids whose id is not dotted, or whose category or area prefix is wrong."""
    return [
        r.id
        for r in rules.rules
        if not RULE_ID.match(r.id)
        or r.category not in CATEGORY_GROUPS
        or not r.id.startswith(CATEGORY_GROUPS[r.category] + ".")
    ]


def test_every_rule_has_flag_and_pass_examples() -> None:
    assert rules_without_examples(RULES) == []


def test_every_rule_id_and_category_is_well_formed() -> None:
    assert malformed_rules(RULES) == []


def test_the_meta_checks_catch_a_rule_without_examples_or_with_a_bad_id() -> None:
    rule = RULES.rules[0]
    bare = rule.model_copy(update={"examples": rule.examples.model_copy(update={"pass_": ()})})
    misfiled = rule.model_copy(update={"id": "ad_law.drug_like"})  # constructed without validation on purpose
    broken = RULES.model_copy(update={"rules": (bare, misfiled)})
    assert rules_without_examples(broken) == [rule.id]
    assert malformed_rules(broken) == ["ad_law.drug_like"]


def test_every_category_has_a_rule_and_every_area_is_used() -> None:
    assert {r.category for r in RULES.rules} == set(CATEGORY_GROUPS)


def _cases() -> list[tuple[str, str, int]]:
    return [
        (rule.id, kind, i)
        for rule in RULES.rules
        for kind in ("flag", "pass")
        for i in range(len(getattr(rule.examples, "flag" if kind == "flag" else "pass_")))
    ]


@pytest.mark.parametrize(("rule_id", "kind", "index"), _cases())
def test_rule_example(guard: Guard, rule_id: str, kind: str, index: int) -> None:
    rule = next(r for r in RULES.rules if r.id == rule_id)
    example = (rule.examples.flag if kind == "flag" else rule.examples.pass_)[index]
    report = guard.check(example_parts(example), GuardContext.from_example(example, CHANNELS))
    fired = [f for f in report.findings if f.rule_id == rule_id]
    if kind == "flag":
        assert fired, f"{rule_id} should flag {example.text!r}; got {[f.rule_id for f in report.findings]}"
        assert all(f.severity in ("block", "warn") and f.basis and f.suggestion for f in fired)
    else:
        assert not fired, f"{rule_id} should pass {example.text!r}; flagged {[f.span for f in fired]}"


@pytest.mark.skipif(not STAGES_FILE.exists(), reason="data/stages.json is not in this checkout")
def test_every_forbidden_stage_context_in_the_catalog_is_enforced_or_explained() -> None:
    stages = json.loads(Path(STAGES_FILE).read_text(encoding="utf-8"))
    mapped = {(stage, context) for r in RULES.rules for stage, context in r.stages.items()}
    missing = [
        (s["name"], c)
        for s in stages
        for c in s["forbidden_context"]
        if (s["name"], c) not in mapped and c not in RULES.unmapped_stage_contexts
    ]
    assert missing == []


def test_stage_rules_name_real_stages_and_warn() -> None:
    stage_rules = [r for r in RULES.rules if r.category == "stage_forbidden"]
    assert stage_rules and all(r.stages and set(r.stages) <= set(STAGE_NAMES) for r in stage_rules)
    assert {r.severity for r in stage_rules} == {"warn"}


def test_guard_to_dict_names_the_file_its_hash_and_the_enabled_rules(guard: Guard) -> None:
    info = guard.to_dict()
    assert info["rules_path"] == str(DEFAULT_RULES_PATH)
    assert len(info["rules_sha256_16"]) == 16
    assert info["enabled_rules"] == [r.id for r in RULES.rules if r.enabled]
    assert Guard.load().to_dict()["rules_sha256_16"] == info["rules_sha256_16"]
