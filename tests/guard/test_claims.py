"""Claim rules: concepts meeting in one clause, structural exception contexts, and linear-time checks."""

from __future__ import annotations

import pytest

from crm_core.errors import InvalidInput
from crm_core.guard import Guard, GuardContext
from crm_core.guard.clauses import Clauses
from crm_core.guard.engine import MAX_TEXT_CHARS


def _rules(guard: Guard, text: str, **ctx: object) -> set[str]:
    return {f.rule_id for f in guard.check(text, GuardContext(**ctx)).findings}  # type: ignore[arg-type]


def test_a_paraphrased_cure_claim_blocks_without_any_textbook_word(guard: Guard) -> None:
    report = guard.check("밤마다 긁던 가려움이 어느새 사라져요")
    assert report.verdict == "block"
    assert "cosmetics.claim_disease_cure" in {f.rule_id for f in report.findings}


def test_concepts_in_different_clauses_make_no_claim(guard: Guard) -> None:
    assert "cosmetics.claim_authority" not in _rules(guard, "약사님 안녕하세요.\n새로 나온 크림을 추천해요")
    assert "cosmetics.claim_authority" in _rules(guard, "약사님이 추천하는 크림")


def test_a_caution_note_and_a_disclaimer_are_not_claims(guard: Guard) -> None:
    caution = "상처나 가려움이 있는 부위에는 사용을 피하세요"
    disclaimer = "가려움을 없애는 치료제가 아닌 보습 화장품입니다"
    assert guard.check(caution).verdict == "pass"
    assert guard.check(disclaimer).verdict == "pass"


def test_a_quoted_refund_policy_is_not_an_absolute_efficacy_claim(guard: Guard) -> None:
    assert guard.check("효과가 마음에 들지 않으면 100% 환불해 드려요").verdict == "pass"
    assert guard.check("효과를 100% 보장합니다").verdict == "block"


def test_a_registered_function_allows_its_everyday_wording(guard: Guard) -> None:
    text = "팔자 라인이 점점 옅어지는 크림"
    assert "cosmetics.claim_wrinkle" in _rules(guard, text, functional_claims=())
    assert "cosmetics.claim_wrinkle" not in _rules(guard, text, functional_claims=("주름개선",))


def test_comparison_with_other_companies_products_blocks(guard: Guard) -> None:
    report = guard.check("타사 크림보다 두 배 촉촉해요")
    assert {f.category for f in report.blocking} == {"comparison"}
    assert guard.check("지난 제품보다 용량을 늘렸어요").verdict == "pass"


def test_clauses_split_on_sentence_ends_and_lines_and_know_their_context() -> None:
    clauses = Clauses("촉촉해요. 이상이 있으면 전문의와 상담하세요\n좋아요")
    assert [c.contexts for c in clauses.items] == [frozenset(), frozenset({"caution"}), frozenset()]
    assert clauses.index(0) == 0 and clauses.index(4) is None and clauses.index(6) == 1


def test_a_text_over_the_limit_is_refused_naming_the_field(guard: Guard) -> None:
    with pytest.raises(InvalidInput) as info:
        guard.check("가" * (MAX_TEXT_CHARS + 1))
    assert info.value.field == "text" and f"{MAX_TEXT_CHARS:,}" in str(info.value)


def test_a_long_text_with_many_claims_gets_one_finding_per_occurrence(guard: Guard) -> None:
    text = "염증 치료 크림. " * 1000
    report = guard.check(text)
    assert sum(f.rule_id == "cosmetics.claim_disease_cure" for f in report.findings) == 1000


def test_a_sprout_extract_is_no_sweeping_outcome(guard: Guard) -> None:
    """'새싹' (sprout, a 프리메라 ingredient) holds the slang '싹' (all gone): the composer's "새싹 추출물을 담은, 물을
    만나면 거품으로 바뀌는 오일" was blocked as an absolute outcome; "피부 결이 싹 바뀌어요" still is one."""
    sprout = "새싹 추출물을 핵심 성분으로 담은, 물을 만나면 거품으로 바뀌는 오일이에요"
    assert guard.check(sprout).verdict == "pass"
    assert "cosmetics.claim_absolute_outcome" in _rules(guard, "피부 결이 싹 바뀌어요")
