"""Round 38 (readings 92-93, SMS briefs): a promotion is never sent as a thin one-liner that drops the offer's condition
and says nowhere to act (s5893, s6752: "(광고)[설화수] 자음수 EX, 첫 주문 시 10% 쿠폰 받고 만나 보세요.", 3.0)."""

from __future__ import annotations

import pytest

from crm_core.catalog import Catalog
from crm_core.domain import Brief
from crm_core.generation.composer.sms import condition_kept
from crm_core.pipeline import Pipeline


@pytest.mark.parametrize(
    "spec",
    [
        # s5893: "한 줄뿐이라 민감 피부 고객에게 줄 신뢰 포인트가 없음, '공식몰' 조건도 빠짐"
        dict(persona=1, brand="설화수", product="자음수 EX 150ml", style_index=1, tone="전문적인", honorific="해요체"),
        # s6752: "온라인몰 조건·링크가 빠져 행동으로 이어지기 어려움"
        dict(persona=2, brand="설화수", product="자음생앰플 20g", style_index=4, tone="전문적인", honorific="합쇼체"),
    ],
)
def test_a_coupon_sms_brief_without_a_link_says_the_coupons_condition_a_reason_and_where_to_act(
    facts_pipeline: Pipeline, spec: dict
):
    brief = Brief(channel="sms", stage_index=0, is_event=True, event_id="ev-acq-p1", seed=1, **spec)
    result = facts_pipeline.run_one(brief)[0]
    text = result.message.channel_text
    assert result.sms_to_lms, text
    assert "공식 온라인몰 첫 주문" in text and "10% 할인 쿠폰" in text, text
    told = result.message.body.rsplit("\n", 1)[0]
    assert told.count(".") >= 3, text  # what it is, a reason for this reader, the offer with its condition
    assert "▶ " in text, text  # the ask line the LMS gives where an SMS has no button


def test_an_offers_sms_wording_is_known_to_cut_its_condition(catalog: Catalog):
    """The coupon's SMS wording ("첫 주문 시 10% 쿠폰 받고") leaves out its "공식 온라인몰"; the sample's is whole."""
    assert not condition_kept(catalog.event("ev-acq-p1"))
    assert not condition_kept(catalog.event("ev-act-p3"))  # "첫 주문 1회에 한해" said as "첫 주문은"
    assert condition_kept(catalog.event("ev-acq-p2"))
    assert condition_kept(catalog.event("ev-ret-p3"))  # "설화수 제품을 재구매하시면": the brand is the ad frame's
