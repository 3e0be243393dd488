"""The learned second opinion warns with the nearest example where the rules are silent, and never blocks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crm_core.guard import Guard, GuardContext
from crm_core.guard.second_opinion import RULE_ID, SecondOpinion
from scripts.build_claim_corpus import build


@pytest.fixture(scope="module")
def opinion(tmp_path_factory: pytest.TempPathFactory) -> SecondOpinion:
    corpus = tmp_path_factory.mktemp("corpus") / "claims.jsonl"
    corpus.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in build(120, seed=3)), encoding="utf-8")
    return SecondOpinion(corpus, threshold=0.5)


def test_a_paraphrase_the_rules_miss_gets_a_warning_naming_the_family_and_nearest_example(
    opinion: SecondOpinion,
) -> None:
    guard = Guard.load(second_opinion=opinion)
    text = "남들 쓰는 세럼이랑 차원이 다른 흡수력"  # no rival word the rules know
    report = guard.check(text, GuardContext())
    [warning] = [f for f in report.findings if f.rule_id == RULE_ID]
    assert warning.severity == "warn" and warning.category == "comparison"
    assert "가까운 예" in warning.message
    assert not [f for f in report.blocking if f.rule_id == RULE_ID], "the second opinion never blocks"


def test_it_stays_silent_when_a_rule_already_reports_a_claim(opinion: SecondOpinion) -> None:
    guard = Guard.load(second_opinion=opinion)
    report = guard.check("타사 크림보다 두 배 촉촉해요", GuardContext())
    assert "cosmetics.claim_comparison" in {f.rule_id for f in report.findings}
    assert RULE_ID not in {f.rule_id for f in report.findings}


def test_a_missing_corpus_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="build_claim_corpus"):
        SecondOpinion(tmp_path / "none.jsonl")
