"""Stage forbidden contexts: only in their own stage, as warnings, skipped without a stage."""

from __future__ import annotations

from crm_core.guard import Guard
from tests.guard.helpers import rule_ids, run


def test_pressure_is_forbidden_in_acquisition_but_not_in_referral(guard: Guard) -> None:
    text = "지금 당장 구매하지 않으면 후회할 거예요"
    acquisition = run(guard, text, stage="Acquisition")
    assert rule_ids(acquisition) == {"stage.purchase_pressure"} and acquisition.verdict == "warn"
    assert run(guard, text, stage="Referral").verdict == "pass"


def test_jargon_needs_three_distinct_terms(guard: Guard) -> None:
    assert run(guard, "레티놀과 펩타이드를 담았어요", stage="Acquisition").verdict == "pass"
    [finding] = run(guard, "레티놀, 펩타이드, 아데노신 배합", stage="Acquisition").findings
    assert finding.rule_id == "stage.jargon" and "3개" in finding.message


def test_premium_product_alone_in_activation(guard: Guard) -> None:
    assert rule_ids(run(guard, "크림을 만나보세요", stage="Activation", product_price=250000)) == {"stage.premium_solo"}
    assert run(guard, "크림을 만나보세요", stage="Activation", product_price=38000).verdict == "pass"


def test_without_a_stage_the_stage_rules_are_skipped(guard: Guard) -> None:
    report = run(guard, "지금 당장 구매하세요")
    assert report.verdict == "pass"
    assert {s.rule_id for s in report.skipped if s.reason == "no stage given"} >= {"stage.purchase_pressure"}
