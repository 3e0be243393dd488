"""Round 26 (part 2): the line guide to the routine's next step (ev-rev-n1, 다음 단계 라인 안내) sent as SMS names
the product the catalog gives for that step where 90 bytes hold it with the ad frame (readings 43-44, s9466: "다음
단계 제품명 … 없이 '비교해 보세요'로 끝나 전환 역할 못 함"); where they do not, the SMS keeps the event's own wording
or the brief goes as the flagged LMS, which names it."""

from __future__ import annotations

import pytest

from crm_core.channels import euckr_measure
from crm_core.domain import Brief
from crm_core.pipeline import Pipeline

NEXT_STEP = "ev-rev-n1"


def sent(pipeline: Pipeline, brand: str, name: str, honorific: str, style: int = 1, persona: int = 0):  # type: ignore[no-untyped-def]
    brief = Brief(
        persona=persona, brand=brand, product=name, stage_index=3, style_index=style, channel="sms",
        honorific=honorific, is_event=True, event_id=NEXT_STEP, seed=3,
    )  # fmt: skip
    return pipeline.run_one(brief)[0]


@pytest.mark.parametrize(
    ("brand", "name", "following", "honorific"),
    [
        ("설화수", "자음수 EX 150ml", "자음생세럼 브라이트닝", "해요체"),
        ("설화수", "자음수 EX 150ml", "자음생세럼 브라이트닝", "합쇼체"),
        ("설화수", "윤조에센스 6세대 90ml", "자음수 EX", "해요체"),
        ("설화수", "윤조에센스 6세대 90ml", "자음수 EX", "합쇼체"),
        ("아이오페", "PDRN 카페인샷 30ml", "슈퍼바이탈 에멀젼", "해요체"),  # 합쇼체's ending leaves it no room
    ],
)
def test_a_next_step_sms_names_the_product_for_the_next_step_within_90_bytes(
    facts_pipeline: Pipeline, brand: str, name: str, following: str, honorific: str
):
    result = sent(facts_pipeline, brand, name, honorific)
    assert not result.sms_to_lms
    text = result.message.channel_text
    assert f"다음엔 {following}도 " in text, text
    assert euckr_measure(text).length <= 90, text
    assert "다음 단계도 비교해" not in text


def test_a_next_step_too_long_for_the_sms_keeps_the_events_wording(facts_pipeline: Pipeline):
    # "녹차 추출물을 담은 크림스킨, 다음엔 워터뱅크 블루 히알루로닉 세럼도 …" is past 90 bytes with the frame
    result = sent(facts_pipeline, "라네즈", "크림스킨 170ml", "해요체", style=1, persona=4)
    text = result.message.channel_text
    # round 30 (reading 60, s2587: an invitation with no way to act): "크림스킨, 다음 단계도 비교해 보세요." names
    # neither the next step nor where to compare it, so the brief goes as the LMS, whose button line is the way
    assert result.sms_to_lms, text
    assert "▶ 다음 단계 보기" in text and "다음 단계" in result.message.body, text
