"""Reading 70 (s5041, 1.5, both readers: "(광고)[설화수] 진설크림, 3종 세트 15% 낮은 가격으로 비교해
보십시오.", "설화수에 가격 비교 어투 부적절", "근거가 보이지 않는 '15% 낮은 가격'"): a house that talks no price
(설화수, 헤라) never sends the line set's price cut as a one-liner SMS; the SMS brief goes as the flagged LMS, which
says the set and its condition. A house that talks price may keep the text where the marketer asks for it."""

from __future__ import annotations

from crm_core.catalog import Catalog
from crm_core.domain import Brief
from crm_core.pipeline import Pipeline
from tests.generation.test_sms_r26 import WINTER

LINE_SET = "ev-rev-p1"


def _set_briefs(catalog: Catalog, brands: tuple[str, ...]) -> list[Brief]:
    products = [p for p in catalog.products if p.brand in brands]
    return [
        Brief(
            persona=persona,
            brand=p.brand,
            product=p.name,
            stage_index=3,
            style_index=(persona + i) % 6,
            channel="sms",
            honorific=honorific,
            seed=i,
            is_event=True,
            event_id=LINE_SET,
            scheduled_at=WINTER,
        )
        for i, p in enumerate(products)
        if any(e.id == LINE_SET for e in catalog.events_for(3, p.brand, p))
        for persona in range(5)
        for honorific in ("합쇼체", "해요체")
    ]


def test_a_house_that_talks_no_price_sends_the_set_discount_as_the_lms(catalog: Catalog, facts_pipeline: Pipeline):
    briefs = _set_briefs(catalog, ("설화수", "헤라"))
    assert len(briefs) >= 20
    kept = [r.message.channel_text for b in briefs for r in facts_pipeline.run_one(b) if not r.sms_to_lms]
    assert not kept, kept[:3]


def test_a_house_that_talks_price_may_keep_the_set_discount_as_a_text(catalog: Catalog, facts_pipeline: Pipeline):
    # round 38: a promotion without a link is kept SMS only where the marketer asks for the text
    briefs = [
        b.model_copy(update={"sms_overflow": "shorten"})
        for b in _set_briefs(catalog, ("에뛰드", "이니스프리", "라네즈"))
    ]
    kept = [r.message.channel_text for b in briefs for r in facts_pipeline.run_one(b) if not r.sms_to_lms]
    assert kept and any("15%" in text for text in kept), kept[:3]
