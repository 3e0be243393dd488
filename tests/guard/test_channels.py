"""Channel limits: EUC-KR bytes for SMS/LMS, characters after variables are filled for Kakao."""

from __future__ import annotations

import pytest

from crm_core.channels import char_bytes, euckr_measure, fill_variables, measure, overflow_at
from crm_core.guard import Guard
from tests.guard.helpers import CHANNELS, LONGEST_NAME, rule_ids, run


def test_euckr_bytes_for_hangul_latin_and_digits() -> None:
    assert euckr_measure("가").length == 2
    assert euckr_measure("설화수").length == 6
    assert euckr_measure("SPF50").length == 5
    assert euckr_measure("2026").length == 4
    assert euckr_measure("(광고)[라네즈] 50ml").length == 1 + 4 + 1 + 1 + 6 + 1 + 1 + 4
    assert euckr_measure("※·").length == 4  # KS X 1001 symbols are two bytes like Hangul


def test_emoji_are_counted_at_their_utf8_length_and_reported() -> None:
    """EUC-KR (KS X 1001/CP949) has no emoji, so an SMS/LMS cannot carry them at all. We count each
    emoji at its UTF-8 length (4 bytes, plus 3 for a variation selector) so the length stays honest,
    and list it as unencodable: the guard's channel.encoding rule blocks it (drop the emoji or send
    through a UTF-8 MMS / Kakao route)."""
    assert char_bytes("🌿") is None
    measured = euckr_measure("팁 🌿")
    assert measured.length == 2 + 1 + 4
    assert measured.unencodable == ("🌿",)
    assert euckr_measure("✨\ufe0f").length == 3 + 3


def test_variables_are_counted_at_their_longest_sample() -> None:
    spec = CHANNELS["kakao_friendtalk"]
    text = "#{고객명}님, 안녕하세요"
    assert fill_variables(text, spec) == f"{LONGEST_NAME}님, 안녕하세요"
    assert measure(text, spec).length == len(LONGEST_NAME) + len("님, 안녕하세요")
    assert measure("#{고객명}", CHANNELS["sms"]).length == 2 * len(LONGEST_NAME)


def test_overflow_points_at_the_first_character_past_the_limit() -> None:
    sms = CHANNELS["sms"]
    assert overflow_at("가" * 45, 90, sms) is None
    assert overflow_at("가" * 46, 90, sms) == 45
    assert overflow_at("#{고객명}" + "가" * 40, 90, sms) == 6 + 38  # the variable fills 14 bytes


@pytest.mark.parametrize(("text", "blocked"), [("AB" + "가" * 44, False), ("ABC" + "가" * 44, True), ("가" * 46, True)])
def test_sms_limit_counts_latin_as_one_byte_and_hangul_as_two(guard: Guard, text: str, blocked: bool) -> None:
    assert ("channel.length" in rule_ids(run(guard, text, channel="sms"))) is blocked


def test_exactly_90_bytes_passes_and_91_blocks(guard: Guard) -> None:
    ninety = "[AB]" + "가" * 43  # 4 + 86 = 90
    assert euckr_measure(ninety).length == 90
    assert "channel.length" not in rule_ids(run(guard, ninety, channel="sms"))
    report = run(guard, ninety + "!", channel="sms")
    [finding] = [f for f in report.findings if f.rule_id == "channel.length"]
    assert finding.severity == "block" and "91" in finding.message and finding.span.text == "!"


def test_lms_allows_2000_bytes(guard: Guard) -> None:
    assert "channel.length" not in rule_ids(run(guard, "가" * 1000, channel="lms"))
    assert "channel.length" in rule_ids(run(guard, "가" * 1000 + "a", channel="lms"))


def test_kakao_counts_characters_after_filling_variables(guard: Guard) -> None:
    text = "#{고객명}님 " + "가" * (1000 - 6 - 2)  # 1000 characters as typed
    assert len(text) == 1000
    report = run(guard, text, channel="kakao_alimtalk")
    [finding] = [f for f in report.findings if f.rule_id == "channel.length"]
    assert "1001" in finding.message  # 7-character sample replaces the 6-character variable


def test_kakao_button_label_limit(guard: Guard) -> None:
    long_cta = run(guard, "사용법을 확인하세요", channel="kakao_friendtalk", cta="레티놀 라인 사용법 자세히 보기")
    [finding] = [f for f in long_cta.findings if f.rule_id == "channel.button"]
    assert finding.field == "cta" and finding.severity == "block"
    assert "channel.button" not in rule_ids(run(guard, "확인하세요", channel="kakao_friendtalk", cta="사용법 보기"))


def test_push_display_guideline_is_a_warning(guard: Guard) -> None:
    report = run(guard, "가" * 170, channel="push", title="나" * 41)
    display = [f for f in report.findings if f.rule_id == "channel.display"]
    assert {f.field for f in display} == {"channel_text", "title"}
    assert {f.severity for f in display} == {"warn"} and report.verdict == "warn"


def test_emoji_on_sms_blocks_but_not_on_kakao(guard: Guard) -> None:
    [finding] = [f for f in run(guard, "[이니스프리] 팁 🌿 확인", channel="sms").findings]
    assert finding.rule_id == "channel.encoding" and finding.span.text == "🌿"
    assert run(guard, "[이니스프리] 팁 🌿 확인", channel="kakao_friendtalk").verdict == "pass"


def test_channel_rules_are_skipped_without_a_channel(guard: Guard) -> None:
    skipped = {s.rule_id for s in guard.check("가" * 200).skipped}
    assert {"channel.length", "channel.button", "channel.display", "channel.encoding"} <= skipped
