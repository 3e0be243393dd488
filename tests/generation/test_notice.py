"""Informational briefs: the offline composer writes a plain notice, never a pitch, and the guard keeps it so."""

from __future__ import annotations

import pytest

from crm_core.catalog import Catalog
from crm_core.domain import Brief, Honorific
from crm_core.generation.composer.speech import speech_levels
from crm_core.pipeline import Pipeline
from tests.generation.test_composer import make_pipeline

# Words that turn a notice into an ad: an incentive, an invitation to buy or to look around.
PROMOTION = (
    "구매",
    "할인",
    "혜택",
    "이벤트",
    "추천",
    "골라 보",
    "만나 보",
    "구경",
    "둘러보",
    "장바구니",
    "쿠폰",
    "놓치지",
)
CASES = [  # (brand, product, persona, stage, honorific)
    ("라네즈", "워터 슬리핑 마스크", 1, 3, Honorific.haeyo),
    ("라네즈", "워터 슬리핑 마스크", 1, 3, Honorific.hapsho),
    ("설화수", "자음생크림", 0, 1, Honorific.hapsho),
    ("이니스프리", "그린티 씨드 히알루론산 크림", 2, 2, Honorific.haeyo),
    ("이니스프리", "그린티 씨드 히알루론산 크림", 3, 0, Honorific.hapsho),
    ("설화수", "자음생크림", 4, 4, Honorific.haeyo),
]


@pytest.fixture()
def pipeline(catalog: Catalog, settings) -> Pipeline:  # type: ignore[no-untyped-def]
    return make_pipeline(catalog, settings)


def notice_brief(brand: str, product: str, persona: int, stage: int, honorific: Honorific, **kw) -> Brief:  # type: ignore[no-untyped-def]
    base = dict(brand=brand, product=product, persona=persona, stage_index=stage, style_index=1, honorific=honorific)
    return Brief(**(base | dict(channel="kakao_alimtalk", informational=True) | kw))


@pytest.mark.parametrize(("brand", "product", "persona", "stage", "honorific"), CASES)
def test_an_informational_alimtalk_brief_gets_a_plain_notice_that_passes(
    pipeline: Pipeline, brand: str, product: str, persona: int, stage: int, honorific: Honorific
):
    results = pipeline.run_one(notice_brief(brand, product, persona, stage, honorific, n=2))
    for result in results:
        message = result.message
        text = f"{message.title}\n{message.body}\n{message.cta}"
        assert product.split()[0] in message.body
        assert [w for w in PROMOTION if w in text] == []
        assert result.verdict == "pass", [f.rule_id for f in result.findings]
        assert speech_levels(message.body) == {honorific}
    assert results[0].message.body != results[1].message.body


@pytest.mark.parametrize(("brand", "product", "persona", "stage", "honorific"), CASES[:3])
def test_the_notice_differs_from_the_ad_of_the_same_brief(
    pipeline: Pipeline, brand: str, product: str, persona: int, stage: int, honorific: Honorific
):
    notice = pipeline.run_one(notice_brief(brand, product, persona, stage, honorific))[0].message
    ad = pipeline.run_one(
        notice_brief(brand, product, persona, stage, honorific, channel="kakao_friendtalk", informational=False)
    )[0].message
    assert notice.body not in ad.body
    assert notice.cta != ad.cta


@pytest.mark.parametrize("channel", ["push", "kakao_friendtalk", "sms", "lms", "email"])
def test_a_notice_on_any_channel_names_the_product_without_promotion_or_ad_frame(pipeline: Pipeline, channel: str):
    for stage in range(5):
        result = pipeline.run_one(notice_brief("설화수", "자음생크림", 0, stage, Honorific.haeyo, channel=channel))[0]
        sent = result.message.channel_text
        assert "자음생크림" in sent
        assert "(광고)" not in sent
        assert [w for w in PROMOTION if w in sent] == []
        assert result.verdict != "block", [f.rule_id for f in result.findings]
