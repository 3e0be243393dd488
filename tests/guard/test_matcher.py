"""Term matching across Korean spacing and particles, and the look-alike policy."""

from __future__ import annotations

import pytest

from crm_core.guard import Guard
from crm_core.guard.matcher import Compact, TermMatcher, gram_code, trie_regex
from tests.guard.helpers import categories, rule_ids, run


def hits(matcher: TermMatcher, text: str) -> list[str]:
    return [h.text for h in matcher.find(Compact.of(text))]


@pytest.mark.parametrize(
    "text",
    ["피부 재생 크림", "피부재생을 돕는", "손상된 피부를 재생시켜 줘요", "피부의 재생", "피 부재생", "피부  재생"],
)
def test_a_spaced_term_survives_spacing_and_particles(text: str) -> None:
    assert hits(TermMatcher(["피부 재생"]), text)


def test_spans_point_at_the_original_text() -> None:
    text = "밤사이 손상된 피부를 재생시켜요"
    [hit] = TermMatcher(["피부 재생"]).find(Compact.of(text))
    assert text[hit.start : hit.end] == hit.text == "피부를 재생"


def test_exceptions_drop_overlapping_hits() -> None:
    matcher = TermMatcher(["재생"], exceptions=["재생목록", "재생 버튼", "재생산"])
    assert hits(matcher, "재생목록에 담아요") == []
    assert hits(matcher, "재생 버튼을 누르세요") == []
    assert hits(matcher, "세럼 재생산 일정") == []
    assert hits(matcher, "피부 재생") == ["재생"]


def test_exception_patterns_drop_hits_inside_the_passage_they_match() -> None:
    caution = r"[^.\n]*사용을\s*(?:피하|멈추)[^.\n]*"
    matcher = TermMatcher(["습진", "가려움"], exception_patterns=[caution])
    text = "습진이 있는 부위에는 사용을 피하세요. 가려움을 싹 잡아 주는 크림"
    assert hits(matcher, text) == ["가려움"]


def test_words_that_merely_meet_at_a_space_do_not_form_a_term() -> None:
    assert hits(TermMatcher(["화상"]), "영화 상영 안내") == []
    assert hits(TermMatcher(["마이크로니들"]), "마이크로 니들 패치") == ["마이크로 니들"]


def test_latin_terms_respect_word_edges_and_ignore_case() -> None:
    matcher = TermMatcher(["MTS", "V라인"])
    assert hits(matcher, "mts 시술") == ["mts"]
    assert hits(matcher, "SMTS 코드") == []
    assert hits(matcher, "v 라인 완성") == ["v 라인"]


def test_full_width_letters_are_folded() -> None:
    assert hits(TermMatcher(["SPF"]), "ＳＰＦ 지수") == ["ＳＰＦ"]
    assert hits(TermMatcher(["SPF"]), "ＳＰＦ５０") == []  # runs on into digits: a longer word


def test_the_trie_prefers_the_longest_term() -> None:
    matcher = TermMatcher(["재생", "재생시켜"])
    assert hits(matcher, "재생시켜요") == ["재생시켜"]
    assert trie_regex(["ab", "ac"]) == "a(?:b|c)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("무자극 포뮬러", {"deception"}),
        ("저자극 포뮬러", set()),
        ("피부 재생 크림", {"drug_like"}),
        ("재생목록에 저장", set()),
        ("재생 플라스틱 용기", set()),
        ("재생지 포장", set()),
        ("재생 버튼을 눌러요", set()),
        ("재생시간이 짧아요", set()),
        ("최고의 보습", {"superlative"}),
        ("최고급 원료", {"superlative"}),
        ("오늘 최고 기온 31도", set()),
        ("판매 1위", {"superlative"}),
        ("1위안 동전", set()),
        ("21위 기록", set()),
        ("화상 상담 예약", set()),
        ("화상 입은 피부", {"drug_like"}),
        ("상처받은 마음", set()),
        ("포인트 컬러 립", set()),
        ("브이라인을 연출해요", set()),
        ("브이라인이 살아나요", {"body_reshaping"}),
        ("피부결을 매끈하게 정돈", set()),
    ],
)
def test_look_alike_policy(guard: Guard, text: str, expected: set[str]) -> None:
    assert categories(run(guard, text)) == expected


def test_superlative_grade_words_warn_rather_than_block(guard: Guard) -> None:
    report = run(guard, "최고급 원료를 담았어요")
    assert rule_ids(report) == {"cosmetics.superlative_grade"}
    assert report.verdict == "warn"


def test_joined_patterns_prefilter_never_says_no_wrongly() -> None:
    lookbehind = TermMatcher([], patterns=[r"(?<![A-Za-z])SPF\s*\d+", r"(?<!\d)1\s*위"])
    assert hits(lookbehind, "SPF 50 크림, 판매 1위") == ["SPF 50", "1위"]
    assert hits(lookbehind, "XSPF50, 21위") == []
    backref = TermMatcher([], patterns=[r"(아)\1", r"(하)\1"])  # would break if joined: \1 shifts
    assert hits(backref, "하하 웃어요") == ["하하"]
    flags = TermMatcher([], patterns=[r"(?i)\[name\]", r"%s"])
    assert hits(flags, "[NAME]님") == ["[NAME]"]


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        (r"(?:주름|기미)[^.]{0,8}싹\s*사라", "깊은 기미가 싹 사라져요", "기미가 싹 사라"),
        (r"[Nn][Oo]\.?\s*1", "판매 NO.1 쿠션", "NO.1"),
        (r"(?<![A-Za-z])SPF\s*\d+", "매일 SPF 50 선크림", "SPF 50"),
        (r"(?i)spf\s*\d+", "매일 SpF50 선크림", "SpF50"),
        (r"\d+\s*살\s*어려", "피부 나이 5살 어려지는", "5살 어려"),
        (r"(?:피부\s*)?전문의", "전문의가 만든 크림", "전문의"),
    ],
)
def test_a_pattern_rule_fires_whatever_its_first_character(pattern: str, text: str, found: str) -> None:
    # The start-character shortcut (skip a rule when its patterns cannot start in the text) must never
    # hide a hit: upper/lower case, optional and case-insensitive first items, digits.
    assert hits(TermMatcher([], patterns=[pattern]), text) == [found]
    assert hits(TermMatcher(["무자극"], patterns=[pattern]), text) == [found]


def test_a_rule_whose_patterns_cannot_start_in_the_text_is_skipped() -> None:
    matcher = TermMatcher(["무자극"], patterns=[r"(?:주름|기미)[^.]{0,8}싹\s*사라"])
    assert matcher.grams == {gram_code(g) for g in ("무자", "주름", "기미")}
    assert not matcher.might_match(Compact.of("촉촉한 수분 크림이에요"))
    assert TermMatcher([], patterns=[r"[가-힣]+\s*살"]).grams is None  # a wide range: always tested


def test_a_digit_pattern_is_skipped_only_on_text_without_digits() -> None:
    matcher = TermMatcher([], patterns=[r"(?:피부\s*)?\d+\s*살\s*어려"])
    assert not matcher.might_match(Compact.of("피부 나이가 어려 보여요"))
    assert hits(matcher, "피부 ５살 어려 보여요") == ["피부 ５살 어려"]  # a full-width digit is a digit too
    assert hits(matcher, "피부 나이 ٣ 살 어려") == ["٣ 살 어려"]  # so is any Unicode decimal digit


@pytest.mark.parametrize("prefix", ["", "가", "가나", "가나다", "\ud83d"])
def test_a_term_is_found_at_any_offset_even_after_a_lone_surrogate(prefix: str) -> None:
    # Text grams are read as pairs from even and from odd offsets; a term must be seen from both.
    assert hits(TermMatcher(["피부 재생"]), prefix + "피부재생") == ["피부재생"]
