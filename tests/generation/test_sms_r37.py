"""Round 37 (readings 90-91, SMS briefs 3.79): an SMS brief's LMS says its season once, in words a copywriter would
send."""

from __future__ import annotations

import pytest

from crm_core.domain import Brief
from crm_core.pipeline import Pipeline
from tests.generation.test_sms_r26 import close_of


@pytest.mark.parametrize(("honorific", "ask"), [("해요체", "만나 보세요."), ("합쇼체", "만나 보시면 좋겠습니다.")])
def test_a_seasonal_close_says_this_winters_routine_not_winter_as_these_days(
    facts_pipeline: Pipeline, honorific: str, ask: str
):
    # reading 91, s5589 (3.5): "겨울인 요즘 루틴에 새로 들일 한 가지, 직접 만나 보시길 바랍니다"
    # ("'겨울인 요즘'이 어색")
    body, close = close_of(facts_pipeline, persona=3, brand="코스알엑스", product="풀핏 프로폴리스 라이트 크림 65ml",
                           stage_index=0, style_index=4, tone="트렌디한", honorific=honorific, seed=2)  # fmt: skip
    assert close == f"이번 겨울 루틴에 새로 들일 한 가지, 직접 {ask}", body
    assert "풀핏 프로폴리스 라이트 크림" in body


@pytest.mark.parametrize(
    ("brief", "offer", "close"),
    [
        (
            {"persona": 0, "brand": "한율", "product": "빨간쌀 보습탄력 에센스 150ml", "style_index": 3,
             "tone": "고급스러운", "honorific": "해요체", "seed": 96},
            "한 번에 7만 원 이상 구매하시면 브랜드 파우치 1개를 함께 보내 드려요.",
            "나에게 주는 선물이라면, 이번 혜택과 함께 골라 보세요.",
        ),
        (
            {"persona": 4, "brand": "설화수", "product": "자음생세럼 브라이트닝 50ml", "style_index": 5,
             "tone": "친근한", "honorific": "합쇼체", "seed": 29},
            "한 번에 7만 원 이상 구매하시면 브랜드 파우치 1개를 함께 보내 드립니다.",
            "놓치기 전에 이번 혜택으로 골라 보시면 좋겠습니다.",
        ),
    ],
)  # fmt: skip
def test_after_the_offer_the_close_is_its_one_ask(facts_pipeline: Pipeline, brief: dict, offer: str, close: str):
    # readings 90-91 ("SMS로 길다"): "…파우치 1개를 함께 보내 드려요." then "나에게 주는 선물이라면, 성분과 구성을
    # 살펴보고 이번 혜택과 함께 골라 보세요." / "내 루틴에 맞는지 살펴보고, 놓치기 전에 …": the offer with its
    # condition stays, the close asks once
    result = facts_pipeline.run_one(Brief(channel="sms", stage_index=3, is_event=True, **brief))[0]
    assert result.sms_to_lms
    body = result.message.body
    assert body.endswith(f"{offer}\n{close}"), body
    assert brief["product"].rsplit(" ", 1)[0] in body
