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


def test_a_seasonal_sms_briefs_lms_ties_the_season_to_the_products_own_fact(facts_pipeline: Pipeline):
    """s2572 (3.0): "이번 겨울, 이 클렌저의 사용감이 궁금했다면 골라 보시면 좋겠습니다." named winter only as the
    close's frame ("겨울 연결·구매 이유가 얇음"): the season is said of the remover's own fact."""
    brief = Brief(channel="sms", persona=4, brand="일리윤", product="젠틀 딥 립앤아이 리무버 140ml", stage_index=3,
                  style_index=4, tone="감성적인", honorific="합쇼체", seed=1)  # fmt: skip
    result = facts_pipeline.run_one(brief)[0]
    told, close = result.message.body.rsplit("\n", 1)
    tied = [s for s in told.split(". ") if "겨울" in s and "눈가를 세게 문지르지 않는 편안함" in s]
    assert result.sms_to_lms and tied, result.message.body
    assert "겨울" not in close, result.message.body  # the season said once
