"""Round 26 (part 2): a time-pressed SMS brief's LMS closed on a bare "지금" where the season could not press its ask
(78 of 241 in bench/short_copy_check.py: "지금 성분과 제형 정보부터 확인해 보십시오.", "지금 이 크림, 이번 혜택과 함께
직접 써 보세요."; readings 37-40: "긴박감 없음"). The "지금" now says why now from what the plan holds: the offer said
before it, the product running out, the season's routine by stage; never a deadline."""

from __future__ import annotations

from datetime import datetime

import pytest

from crm_core.domain import Brief
from crm_core.pipeline import Pipeline

WINTER = datetime(2026, 12, 5, 10)


def close_of(pipeline: Pipeline, **kw) -> str:  # type: ignore[no-untyped-def]
    result = pipeline.run_one(Brief(channel="sms", style_index=0, scheduled_at=WINTER, **kw))[0]
    assert result.sms_to_lms
    return result.message.body.rsplit("\n", 1)[-1]


@pytest.mark.parametrize(
    ("brief", "expected"),
    [
        (  # an introduction that asks to read or check: the season's routine being chosen
            dict(persona=0, brand="프리메라", product="오가니언스 베리어 리페어 씨드 펩타이드 리저브 세럼 30ml",
                 stage_index=0, tone="전문적인", honorific="합쇼체", seed=842),
            "겨울 루틴을 고르는 지금, 성분과 제형 정보부터 확인해 보십시오.",
        ),
        (  # a first use: the season's routine being started
            dict(persona=3, brand="한율", product="어린쑥 매끈결 클렌징 오일 200ml", stage_index=1, tone="전문적인",
                 honorific="해요체", seed=582),
            "겨울 루틴을 시작하는 지금, 사용 순서부터 확인하고 직접 써 보세요.",
        ),
        (  # the routine stage that asks to get the next one ready: it runs out
            dict(persona=1, brand="이니스프리", product="그린티 씨드 히알루론산 세럼 80ml", stage_index=2,
                 tone="전문적인", honorific="해요체", seed=121),
            "다 쓰기 전에, 지금 확인하고 다음 사용분을 미리 준비해 두세요.",
        ),
        (  # keeping it up as the season goes on
            dict(persona=0, brand="라네즈", product="워터뱅크 블루 히알루로닉 에센스 토너 중·건성용 160ml",
                 stage_index=2, tone="고급스러운", honorific="해요체", seed=483),
            "겨울이 깊어지는 지금도 늘 같은 손길로, 오래 이어 가 보세요.",
        ),
    ],
)  # fmt: skip
def test_a_time_pressed_close_says_why_now(facts_pipeline: Pipeline, brief: dict, expected: str):
    assert close_of(facts_pipeline, is_event=False, **brief) == expected


def test_an_offer_said_before_the_close_is_why_now_and_is_not_said_again(facts_pipeline: Pipeline):
    close = close_of(
        facts_pipeline, persona=4, brand="일리윤", product="세라마이드 아토 집중 크림 200ml", stage_index=1,
        tone="고급스러운", honorific="해요체", is_event=True, seed=471,
    )  # fmt: skip
    # round 29: the text names the cream and calls it one already; the close needs no "이 크림을" (reading 54, s7988)
    assert close == "혜택이 있는 지금, 직접 써 보세요."
