"""Grounding: numbers, periods and events in the copy must be in the evidence."""

from __future__ import annotations

import pytest

from crm_core.guard import Guard
from tests.guard.helpers import context, rule_ids, run

FACTS = [
    "라네즈 워터뱅크 블루 히알루로닉 크림 50ml: 크림, 50ml, 정가 38,000원",
    "주요 성분: 블루 히알루로닉 애씨드",
    "봄맞이 수분 기획전",
    "3월 4일부터 3월 17일까지 구매 시 미니 2종 증정",
]


@pytest.mark.parametrize(
    "text",
    [
        "50ml 넉넉한 용량",
        "정가 38,000원",
        "3만 8천 원에 만나요",
        "3/4~3/17 기획전",
        "17일까지 미니 2종 증정",
        "50 mL 크림",
        "하루 두 번 발라 주세요",
    ],
)
def test_numbers_from_the_evidence_pass(guard: Guard, text: str) -> None:
    assert "facts.invented_number" not in rule_ids(run(guard, text, facts=FACTS))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("30% 할인된 가격", "30%"),
        ("이십 퍼센트 더 가볍게", "이십 퍼센트"),
        ("단 7일 만에 달라져요", "7일"),
        ("12월 31일까지만", "12월 31일"),
        ("D-3, 곧 마감", "D-3"),
        ("1만원 더 저렴하게", "1만원"),
        ("정가 35,000원", "35,000원"),
        ("일주일 만에 촉촉", "일주일"),
        ("사용자 98%가 만족", "98%"),
        ("10만 개 판매", "10만 개"),
        ("미니 3종 증정", "3종"),
    ],
)
def test_numbers_absent_from_the_evidence_block(guard: Guard, text: str, span: str) -> None:
    report = run(guard, text, facts=FACTS)
    found = [f for f in report.findings if f.rule_id == "facts.invented_number"]
    assert [f.span.text for f in found] == [span] and found[0].severity == "block"


def test_event_words_need_the_event_in_the_evidence(guard: Guard) -> None:
    assert "facts.invented_event" in rule_ids(run(guard, "타임 세일 중이에요", facts=FACTS[:2]))
    assert "facts.invented_event" not in rule_ids(run(guard, "봄맞이 수분 기획전 소식", facts=FACTS))
    [coupon] = [f for f in run(guard, "기획전 쿠폰까지", facts=FACTS).findings if f.rule_id == "facts.invented_event"]
    assert coupon.span.text == "쿠폰"


def test_findings_point_into_the_field_that_holds_the_claim(guard: Guard) -> None:
    parts = {"title": "봄 수분 루틴", "body": "정가 38,000원, 지금 20% 할인", "cta": "3일만 보기"}
    report = guard.check(parts, context(facts=FACTS))
    found = sorted(
        (f.field, f.span.start, f.span.text) for f in report.findings if f.rule_id == "facts.invented_number"
    )
    assert found == [("body", 15, "20%"), ("cta", 0, "3일")]


def test_without_evidence_facts_are_not_checked_and_say_so(guard: Guard) -> None:
    report = run(guard, "30% 할인")
    assert "facts.invented_number" not in rule_ids(report)
    assert {s.rule_id for s in report.skipped} >= {"facts.invented_number", "facts.invented_event"}
    assert any("no evidence" in reason for reason in report.to_dict()["skipped"])
