"""Readings 45-48's wording rules over the catalog: the reader, not the brand, is the one drawn to the product, and
each reader's ingredient line is said as a copywriter says it, never in the label frames readers called translated."""

from __future__ import annotations

import re

from crm_core.catalog import Catalog
from crm_core.domain import Honorific
from crm_core.generation.composer import compose, lines
from crm_core.generation.composer.speech import conjugate
from tests.generation.test_long_r44 import EMOTIONAL, SEASONAL, _bodies, _request

# the frames readers quoted (s2525, s7615, s8635, s9970: "'포뮬러에는' 번역투"; s6907, s7721: "'원료 목록에서는 ~찾을 수
# 있습니다' 딱딱함"; s5928: "'성분표를 보면 ~가 주요 성분' 부정확"; s2525, s3275, s1484, s8851, s9164, s1841, s9434:
# "'유독 마음이 갑니다' 화자 어색")
STALE = re.compile(
    "포뮬러에는|원료 목록에서는|성분표를 보면|유독 마음이 가|유독 마음이 갑|자꾸 눈길이 가|자꾸 눈길이 갑"
)
# each catalog function code and the words its efficacy statement says it in
FUNCTION_WORDS = {
    "미백": ("미백",),
    "주름개선": ("주름 개선",),
    "탈모완화": ("탈모", "완화"),
    "여드름완화": ("여드름", "완화"),
    "아토피보습": ("아토피", "보습"),
    "자외선차단": ("자외선",),
}
LABELS = re.compile("주요 성분으로 |주요 성분은 |눈에 띄는 성분은 |주목할 성분은 |원료로는 ")


FEEL_DRAWN = re.compile("좋아하는 분이라면 [^.]+ 마음에 (?:들 거예요|드실 겁니다)")


def test_no_long_message_says_a_label_frame_or_a_brand_drawn_to_its_own_product(catalog: Catalog):
    labelled = drawn = 0
    for body in _bodies(catalog, (0, 1, 3), (1, EMOTIONAL, SEASONAL), seeds=(0, 1)):
        assert not STALE.search(body), body
        labelled += bool(LABELS.search(body))
        drawn += bool(FEEL_DRAWN.search(body))  # round 38 (s2270): the hook ends on the liking
    assert labelled > 40 and drawn > 20, (labelled, drawn)


def test_a_label_line_joined_to_what_the_product_is_stands_on_its_own_clause(catalog: Catalog):
    """ "…캡슐 세럼으로, 눈에 띄는 성분은 레티노이드·펩타이드입니다" and "…크림으로, 주요 성분으로 세라마이드가 …" read
    as broken: the kind joins on the copula ("…세럼이고, …")."""
    joined = 0
    for body in _bodies(catalog, (0, 3), (1,), seeds=(0, 1, 2)):
        assert not re.search("(?:으로|로), (?:" + LABELS.pattern + ")", body), body
        joined += bool(re.search("이고, (?:" + LABELS.pattern + ")", body))
    assert joined > 10, joined


def test_a_functional_claim_joined_to_what_the_product_is_is_said_on_a_verb_in_the_catalogs_words(catalog: Catalog):
    """s4757, s9978, s4811 ("'크림 세럼이자 기능성 화장품입니다' 정형 문장", "'크림이자 기능성 화장품이에요' 조합 문장이
    어색"; 552 of 6,000 grid messages): "…크림이자 피부 주름 개선에 도움을 주는 기능성 화장품이에요" is said "…크림으로,
    피부 주름 개선에 도움을 주는 기능성을 갖췄어요", the function in the catalog's own words."""
    said = 0
    for i, product in enumerate(p for p in catalog.products if p.functional_claims):
        for stage, channel in ((0, "lms"), (3, "email"), (0, "kakao_friendtalk")):
            spec = dict(brand=product.brand, product=product.name, persona=i % 5, stage_index=stage, style_index=1,
                        channel=channel, honorific=(Honorific.haeyo, Honorific.hapsho)[i % 2], seed=i,
                        is_event=False)  # fmt: skip
            body = compose(_request(catalog, **spec))[0].body
            assert not re.search("이자 [^.]*기능성 화장품", body), body
            for sentence in re.findall(r"[^.]*기능성을 갖췄[^.]*\.", body):
                said += 1
                assert re.search("에 도움을 주는 (?:이중 )?기능성을 갖췄(?:어요|습니다)\\.$", sentence), sentence
                assert any(all(w in sentence for w in FUNCTION_WORDS[c]) for c in product.functional_claims), sentence
    assert said > 15, said


def test_a_routine_users_fomo_line_is_said_in_the_present_never_the_translated_future():
    """ "다 떨어지고 나면 이 아이크림부터 다시 찾게 될 것입니다" (own read of round 27's grid: 12 of 6,000 messages, all
    합쇼체 routine messages with an event): the running-out lines are said as what happens ("…다시 찾게 됩니다")."""
    said = [*lines.USER_FOMO_LINES.values(), lines.USER_FOMO_PLAIN]
    for line in said:
        assert "것입니다" not in conjugate(line, Honorific.hapsho), line
    assert sum("다 떨어지고 나면" in line for line in said) == 2


def test_the_line_combination_guide_is_offered_only_with_products_used_in_a_routine_line(catalog: Catalog):
    """Own read of round 27's grid: "겨울이 깊어지기 전에 같은 라인을 어떤 순서로 함께 쓸지 조합 가이드로 확인해
    보십시오" under a lip balm (a lip or a cushion has no routine line to layer in order; reading 23, s5728, said as
    much of a cushion's "다음 단계"). The guide (ev-rev-n3) applies to skin-care, hair and body products only."""
    guide = next(e for e in catalog.events if e.id == "ev-rev-n3")
    made_up = [p for p in catalog.products if p.category in ("립", "쿠션·베이스")]
    assert len(made_up) >= 5
    assert not any(guide.applies_to(p) for p in made_up)
    assert sum(guide.applies_to(p) for p in catalog.products) >= len(catalog.products) - len(made_up)
