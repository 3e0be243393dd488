"""Korean number formats reduced to comparable values, and what the evidence backs."""

from __future__ import annotations

import pytest

from crm_core.guard.numbers import amount, evidence_numbers, mentions, sino_number


def keys(text: str) -> list[tuple[str, float, str]]:
    return [m.key for m in mentions(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("10,000원", 10000),
        ("10000원", 10000),
        ("1만원", 10000),
        ("1만 원", 10000),
        ("만 원", 10000),
        ("3만 8천 원", 38000),
        ("1.5만원", 15000),
        ("250,000 원", 250000),
    ],
)
def test_prices_in_any_korean_format(text: str, value: float) -> None:
    assert keys(text) == [("money", value, "원")]


@pytest.mark.parametrize("text", ["20%", "20 %", "20퍼센트", "20프로", "이십 퍼센트"])
def test_percentages_in_any_korean_format(text: str) -> None:
    assert keys(text) == [("percent", 20.0, "%")]


def test_periods_dates_and_counts() -> None:
    assert keys("단 7일 만에") == [("period", 7.0, "일")]
    assert keys("2주 동안") == [("period", 2.0, "주")]
    assert keys("일주일 만에") == [("period", 1.0, "주")]
    assert keys("D-3") == [("period", 3.0, "D-")]
    assert keys("12월 31일까지") == [("date", 1231.0, "md")]
    assert keys("3/4~3/17") == [("date", 304.0, "md"), ("date", 317.0, "md")]
    assert keys("17일까지") == [("date", 17.0, "day")]
    assert keys("10만 개 판매") == [("count", 100000.0, "개")]
    assert keys("두 배 더") == [("count", 2.0, "배")]
    assert keys("1+1 행사") == [("event", 11.0, "+")]


def test_not_claims_are_ignored() -> None:
    assert keys("무료수신거부 080-123-4567") == []
    assert keys("#{고객명}님, 21N1 쉐이드, SPF50+ PA++++") == []
    assert keys("하루 두 번 발라 주세요") == []
    assert keys("천연 원료, 성분만 원료로") == []
    assert keys("1위안 동전") == []
    # phone numbers and links, in any case, are not claims (the mask's quick pre-test must not miss them)
    assert keys("문의 1588-1234, 010-1234-5678") == []
    assert keys("WWW.Shop.KR/sale30 또는 HTTPS://shop.kr/30 에서") == []


def test_volumes_are_case_insensitive() -> None:
    assert keys("50mL") == keys("50 ml") == [("volume", 50.0, "ml")]


def test_helpers() -> None:
    assert amount("3만 8천") == 38000
    assert sino_number("삼십오") == 35
    assert sino_number("가나") is None


def test_evidence_backs_equal_values_written_differently() -> None:
    known = evidence_numbers(("정가 38,000원, 50ml", "3월 4일부터 3월 17일까지 미니 2종 증정"))
    assert all(known.backs(m) for m in mentions("3만 8천 원 · 50 mL · 3/4~17일까지 · 미니 2가지"))
    assert not any(known.backs(m) for m in mentions("30% 할인 · 7일 만에 · 12월 31일까지 · 4만 원"))


def test_the_end_of_a_date_range_is_a_day_of_the_month() -> None:
    known = evidence_numbers(("그린데이 세일: 2026년 11월 20일~23일, 전 제품 20% 할인",))
    assert all(known.backs(m) for m in mentions("11월 20일부터 23일까지 20% 할인"))
    assert keys("20일 - 23일")[-1] == ("date", 23.0, "day")


def test_a_panel_of_people_counts_like_a_number_of_people() -> None:
    assert keys("전문가 100인이 극찬") == keys("전문가 100명이 극찬") == [("count", 100.0, "명")]
    assert evidence_numbers(("전문가 100명 평가",)).backs(mentions("100인의 선택")[0])
    # other words that start with 인 after a number are not a count of people
    assert keys("TOP 3 인기 상품") == []
    assert keys("7인치 화면") == []
    assert keys("2인용 세트") == []
