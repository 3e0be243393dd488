"""A product that is washed off (a shampoo, a cleanser) or laid on as a sheet is shown how to use it, never how to
apply it: reading 43 (s9852, 2.0: "샴푸에 '바르는 법'은 틀린 표현(제목·본문 모두)") and reading 41 (s6713: "시트팩에
'바르는 법' 어색"). The live broadcast's own words ("바르는 법을 라이브로 …") reached the title, the ask and the
offer of every channel; a cream keeps them."""

from __future__ import annotations

import pytest

from crm_core.domain import Brief
from crm_core.pipeline import Pipeline

LIVE = "ev-act-n3"  # 라이브 사용법 방송: "브랜드 담당자가 바르는 법을 직접 보여 주는 라이브 방송"
CHANNELS = ("push", "kakao_friendtalk", "lms", "email")


def texts(pipeline: Pipeline, brand: str, product: str) -> list[str]:
    out = []
    for channel in CHANNELS:
        for style in (1, 3):
            brief = Brief(
                persona=1, brand=brand, product=product, stage_index=1, style_index=style, channel=channel,
                is_event=True, event_id=LIVE, seed=3, n=2,
            )  # fmt: skip
            for result in pipeline.run_one(brief):
                out.append(f"{result.message.title or ''}\n{result.message.body}")
    return out


@pytest.mark.parametrize(
    ("brand", "product"),
    [
        ("려", "흑운 모근강화 영양 샴푸 400ml"),
        ("이니스프리", "그린티 아미노 수분 클렌징폼 150g"),
        ("마몽드", "플로라 글로우 로즈 앰플 마스크팩 23ml"),
    ],
)
def test_a_washed_off_product_is_shown_how_to_use_it_never_how_to_apply_it(
    facts_pipeline: Pipeline, brand: str, product: str
):
    written = texts(facts_pipeline, brand, product)
    assert not [t for t in written if "바르는 법" in t or "바르는 순서" in t], written
    assert [t for t in written if "쓰는 법" in t], written  # the broadcast is still said


def test_a_cream_is_still_shown_how_to_apply_it(facts_pipeline: Pipeline):
    written = texts(facts_pipeline, "라네즈", "워터뱅크 블루 히알루로닉 젤 크림 50ml")
    assert [t for t in written if "바르는 법" in t], written
