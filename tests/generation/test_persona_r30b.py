"""Round 30, part 2 (readings 57-60): a sensitive reader's referral names what a friend with sensitive skin would hear
from the catalog, and a premium product is never said to be stocked up on.

- "민감 피부 안심 포인트 없음": the share line "‘성분표부터 같이 보자’" named nothing of the product (93 of 198
  sensitive long misses of the round's strict check); the friend now hears the soothing ingredient the label holds
  ("‘성분표에 병풀 추출물·마데카소사이드가 들어 있더라’") or the catalog's own word on mildness ("‘약산성이더라’").
- Reading 57 (자음생세럼 브라이트닝, 210,000원): "21만원 세럼에 '여러 개 사 두고'는 어울리지 않음": a stock-up review
  of a premium product is said as wanting it again ("다시 사겠다는", round 34)."""

from __future__ import annotations

from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.domain import Brief
from crm_core.generation.composer import fit
from crm_core.generation.composer.angles import angle_for
from crm_core.generation.composer.facts import product_facts
from tests.generation.scripted import pipeline_with_reviews

SENSITIVE, LUXURY, BUDGET = 1, 0, 2
REFERRAL = 4
SOOTHED = {  # product -> the soothing ingredient its catalog lists and its referral names
    "시카 슬리핑 마스크 60ml": "마데카소사이드",
    "어린쑥 매끈결 클렌징 오일 200ml": "어린쑥 추출물",
    "히알루론 모이스춰 수분크림 100ml": "알란토인",
    "자양윤모 샴푸 400ml": "덱스판테놀",
}
BRANDS = {"시카 슬리핑 마스크 60ml": "라네즈", "어린쑥 매끈결 클렌징 오일 200ml": "한율",
          "히알루론 모이스춰 수분크림 100ml": "일리윤", "자양윤모 샴푸 400ml": "려"}  # fmt: skip


def test_a_sensitive_referral_names_the_soothing_ingredient_a_friend_would_hear(catalog: Catalog, settings: Settings):
    """Four products with a soothing ingredient, every long channel and SMS, every style, both levels: the message
    names the label's soothing ingredient (the referral quotes it, or the fit beside "‘성분표부터 같이 보자’" states
    it), never the fact-less share line alone."""
    pipeline = pipeline_with_reviews(catalog, settings)
    for product, ingredient in SOOTHED.items():
        for channel in ("kakao_friendtalk", "lms", "email", "sms"):
            for style in range(6):
                for honorific in ("해요체", "합쇼체"):
                    brief = Brief(persona=SENSITIVE, brand=BRANDS[product], product=product, stage_index=REFERRAL,
                                  style_index=style, channel=channel, honorific=honorific, seed=style)  # fmt: skip
                    body = pipeline.run_one(brief)[0].message.body
                    assert ingredient in body, (product, channel, style, body)
                    assert "예민한 지인에게는 ‘" in body, (product, channel, style, body)


def _facts(catalog: Catalog, name: str):  # type: ignore[no-untyped-def]
    product = next(p for p in catalog.products if p.name == name)
    persona = next(p for p in catalog.personas if angle_for(p).key == "sensitive")
    return product_facts(product, angle_for(persona))


def test_the_sensitive_share_says_the_catalogs_mildness_where_no_soothing_ingredient_is(catalog: Catalog):
    """워터뱅크 젠틀 젤 클렌저 lists no soothing ingredient; its catalog calls it 약산성: the friend hears that, unless
    the message has said it; a product with neither (극진 크림) has no such line. (Round 31: where the mildness is
    said or there is none, the friend hears a test spot for the kind instead of nothing: test_persona_r31.)"""
    facts = _facts(catalog, "워터뱅크 젠틀 젤 클렌저 250ml")
    shared = fit.sensitive_share(facts, "")
    assert shared is not None
    assert shared.line == "피부가 예민한 지인에게는 ‘약산성이더라’는 한마디가 안심되는 추천이 돼요."
    again = fit.sensitive_share(facts, "약산성 세안제예요.")
    assert again is not None and "약산성" not in again.line and again.kind == "test"
    plain = fit.sensitive_share(_facts(catalog, "극진 크림 50ml"), "")
    assert plain is not None and plain.kind == "test"


def test_the_soothing_ingredient_the_message_said_is_not_quoted_again(catalog: Catalog):
    """순정 2x 베리어 보습 크림 (세라마이드·판테놀): with 세라마이드 said, the quote names 판테놀 alone."""
    facts = _facts(catalog, "순정 2x 베리어 보습 크림 60ml")
    assert fit.sensitive_share(facts, "세라마이드를 담은 보습 크림이에요.").line == (  # type: ignore[union-attr]
        "피부가 예민한 지인에게는 ‘성분표에 판테놀이 들어 있더라’는 한마디가 안심되는 추천이 돼요."
    )


STOCKED = "너무 좋아서 쟁여 두고 써요."


def test_a_premium_serum_is_never_said_to_be_stocked_up_on(catalog: Catalog, settings: Settings):
    """자음생세럼 브라이트닝 (210,000원) with a stock-up review, to every reader at every stage on the long channels:
    the review is said as wanting it again, never "여러 개 사 두고 쓴다는" (reading 57)."""
    pipeline = pipeline_with_reviews(catalog, settings, STOCKED)
    said = 0
    for persona in range(5):
        for stage in range(5):
            for channel in ("kakao_friendtalk", "lms", "email"):
                brief = Brief(persona=persona, brand="설화수", product="자음생세럼 브라이트닝 50ml", stage_index=stage,
                              style_index=1, channel=channel, honorific="해요체", seed=stage)  # fmt: skip
                body = pipeline.run_one(brief)[0].message.body
                assert "여러 개 사 두고" not in body, (persona, stage, channel, body)
                said += "다시 사겠다는" in body
    assert said >= 10


def test_an_everyday_shampoo_keeps_the_stock_up_review(catalog: Catalog, settings: Settings):
    """A 15,000원 샴푸's stock-up review to a budget reader still says it: the budget reader's value review."""
    pipeline = pipeline_with_reviews(catalog, settings, STOCKED)
    brief = Brief(persona=BUDGET, brand="려", product="자양윤모 샴푸 400ml", stage_index=0, style_index=1,
                  channel="lms", honorific="해요체", seed=0)  # fmt: skip
    assert "여러 개 사 두고 쓴다는" in pipeline.run_one(brief)[0].message.body
