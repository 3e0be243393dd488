"""Leaks: persona labels, Hanja/kana, unrendered placeholders (declared variables are fine)."""

from __future__ import annotations

import pytest

from crm_core.guard import Guard, GuardContext
from tests.guard.helpers import rule_ids, run


@pytest.mark.parametrize(
    "text",
    [
        "Budget_Seeker님을 위한 구성",
        "budget seeker 고객님께",
        "BudgetSeeker 추천",
        "Luxury-Lover를 위한 선물",
        "가성비 추구 고객님",
        "가성비추구님",
        "럭셔리 애호가님께",
        "[민감성 피부] 추천 루틴",
        "'내추럴 뷰티' 고객을 위한",
        "트렌드 팔로워 님",
    ],
)
def test_persona_labels_leak(guard: Guard, text: str) -> None:
    report = run(guard, text)
    assert rule_ids(report) == {"leak.persona"} and report.verdict == "block"


@pytest.mark.parametrize(
    "text",
    [
        "민감성 피부도 편안한 크림",
        "민감성 피부 고객님께 추천해요",
        "가성비 좋은 토너",
        "내추럴한 뷰티 루틴",
        "트렌드를 앞서가는 컬러",
    ],
)
def test_everyday_phrases_that_resemble_labels_pass(guard: Guard, text: str) -> None:
    assert "leak.persona" not in rule_ids(run(guard, text))


def test_user_defined_persona_labels_from_the_context_and_the_guard(guard: Guard) -> None:
    ctx = GuardContext(persona_labels=("Glow_Getter", "광채 추구"))
    assert rule_ids(guard.check("Glow Getter님 안녕하세요", ctx)) == {"leak.persona"}
    assert rule_ids(guard.check("광채 추구 고객님께", ctx)) == {"leak.persona"}
    custom = Guard(guard.rules, persona_labels=("Night_Owl",))
    assert rule_ids(custom.check("Night_Owl 고객님")) == {"leak.persona"}


def test_persona_span_is_relative_to_its_field(guard: Guard) -> None:
    report = guard.check({"title": "봄 추천", "body": "오늘은 Budget_Seeker님께 추천해요"})
    [finding] = report.findings
    assert (finding.field, finding.span.start, finding.span.text) == ("body", 4, "Budget_Seeker")


@pytest.mark.parametrize(
    ("text", "span"),
    [("完璧한 선택", "完璧"), ("인삼(人蔘) 크림", "人蔘"), ("オススメ 아이템", "オススメ"), ("春 한정", "春")],
)
def test_hanja_and_kana_block(guard: Guard, text: str, span: str) -> None:
    [finding] = run(guard, text).findings
    assert (finding.rule_id, finding.span.text, finding.severity) == ("leak.hanja", span, "block")


def test_cjk_punctuation_warns_and_korean_symbols_pass(guard: Guard) -> None:
    assert [(f.rule_id, f.severity) for f in run(guard, "시작해 보세요。").findings] == [
        ("leak.cjk_punctuation", "warn")
    ]
    assert run(guard, "※ 일부 품목 제외 · 설화수").verdict == "pass"


@pytest.mark.parametrize(
    ("text", "channel", "leaks"),
    [
        ("{user_name}님 안녕하세요", "kakao_friendtalk", True),
        ("[camera_emoji] 인생샷 쿠션", "push", True),
        ("{{product_name}} 출시", "kakao_friendtalk", True),
        ("%s님을 위한 추천", "push", True),
        ("${brand} 신상", "push", True),
        ("OOO 고객님, 주문 완료", "kakao_alimtalk", True),
        ("[이름] 고객님", "push", True),
        ("#{상품명}이 배송 중", "kakao_alimtalk", True),
        ("#{고객명}님 안녕하세요", "kakao_alimtalk", False),
        ("#{고객명}님 안녕하세요", "push", False),
        ("{{name}}님 안녕하세요", "push", True),
        ("{{name}}님 안녕하세요", "sms", True),
        ("[NEW] 봄 신상", "push", False),
        ("20% 세일", "push", False),
    ],
)
def test_placeholders_unless_the_channel_declares_them(guard: Guard, text: str, channel: str, leaks: bool) -> None:
    assert ("leak.placeholder" in rule_ids(run(guard, text, channel=channel))) is leaks
