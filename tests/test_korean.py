"""Particles agree with inserted words; speech level and emoji policy are applied."""

from __future__ import annotations

import pytest

from crm_core.korean import fill_slots, has_emoji, particle_for, strip_emoji, to_hapsho


@pytest.mark.parametrize(
    ("word", "particle", "expected"),
    [
        ("자음생크림", "를", "을"),
        ("라네즈", "을", "를"),
        ("설화수", "이", "가"),
        ("윤조에센스", "은", "는"),
        ("인삼", "와", "과"),
        ("겨울", "으로", "로"),  # ㄹ takes 로
        ("봄", "로", "으로"),
        ("자음수 EX", "이", "가"),  # read 엑스
        ("세럼 60ml", "를", "을"),  # read 엘: consonant
        ("시즌 3", "는", "은"),  # read 삼
    ],
)
def test_particle_agrees_with_the_last_sound(word: str, particle: str, expected: str):
    assert particle_for(word, particle) == expected


def test_fill_slots_fixes_particles_but_not_words_starting_with_them():
    template = "{product}을 {brand}가 준비했어요. {season}이 오면 {brand}가방"
    text = fill_slots(template, {"product": "라네즈 크림", "brand": "설화수", "season": "겨울"})
    assert text == "라네즈 크림을 설화수가 준비했어요. 겨울이 오면 설화수가방"


def test_fill_slots_needs_every_value():
    with pytest.raises(KeyError):
        fill_slots("{product}", {})


def test_hapsho_converts_common_endings_sentence_by_sentence():
    text = "지금 확인해 보세요. 새로 준비했어요! 정말 좋아요. 작은 선물이에요."
    assert to_hapsho(text) == "지금 확인해 보십시오. 새로 준비했습니다! 정말 좋습니다. 작은 선물입니다."


def test_emoji_are_detected_and_stripped():
    assert has_emoji("🎁 선물") and not has_emoji("선물 (광고)")
    assert strip_emoji("🎁 지금 ✨ 확인하세요 ❤️") == "지금 확인하세요"
