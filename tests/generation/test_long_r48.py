"""Readings 45-48 (round 27) on the long forms: a next-step guide for a product with nothing after it (951 of 3,726
guides said "다음 단계" three times; a cream or a sun cream, the routine's last step, was sent to "이어 쓸 다음 단계"),
"이 {kind}" said twice in one message (reading 46, s9534: "'이 크림' 반복"), and the first-use season line "…겨울,
이번에 들인 이 크림은 며칠만 써도 금세 손에 익습니다" (s9534, s2558, s1705, s7650: "연결 어색")."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.domain import Brief
from crm_core.pipeline import Pipeline
from tests.generation.imported_guide import unnamed_guide_pipeline
from tests.generation.test_next_step_named import written

NEXT_STEP = "ev-rev-n1"  # 다음 단계 라인 안내
LONG = ("kakao_friendtalk", "lms", "email")
WINTER = datetime(2030, 12, 10, 10)


@pytest.mark.parametrize(
    ("brand", "name"),
    [
        ("설화수", "자음생크림 60ml"),  # "스킨케어 마지막 단계에서": a cream closes the routine
        ("설화수", "상백선크림 SPF50+/PA++++ 50ml"),
        ("라네즈", "워터 슬리핑 마스크 70ml"),  # "저녁 스킨케어 마지막 단계에서"
    ],
)
@pytest.mark.parametrize("honorific", ["해요체", "합쇼체"])
def test_a_guide_for_the_routines_last_step_looks_at_the_step_before_it(
    catalog: Catalog, settings: Settings, brand: str, name: str, honorific: str
):
    # the sample's guide goes only with a product that has a next step; a user's imported guide that names none
    # still reaches the routine's last step
    results = written(unnamed_guide_pipeline(catalog, settings), brand, name, LONG, honorific)
    texts = [f"{r.message.title or ''} {r.message.body}" for r in results]
    assert not [t for t in texts if "이어 쓸 다음 단계" in t], texts  # nothing follows it in the catalog
    assert all("앞에 바를 제품은 성분과 사용감으로" in r.message.body for r in results), texts
    assert not [r.message.title for r in results if "다음 단계를 고르기" in (r.message.title or "")]
    assert all(r.verdict != "block" for r in results)


@pytest.mark.parametrize(
    ("brand", "name"),
    [
        ("설화수", "자음생크림 60ml"),
        ("려", "자양윤모 샴푸 400ml"),  # no last step, no next product: the step is the title's and the close's
        ("설화수", "옥용팩 120ml"),
        ("헤라", "컴피 리바이탈라이징 세럼 미스트 90ml"),
    ],
)
def test_a_guide_naming_no_next_product_says_the_step_at_most_twice(
    catalog: Catalog, settings: Settings, brand: str, name: str
):
    results = written(unnamed_guide_pipeline(catalog, settings), brand, name, LONG)  # a user's imported guide
    step = re.compile("다음 단계|쓸 단계|한 단계를 더|다음에 더할 단계")
    texts = [f"{r.message.title or ''} {r.message.body}" for r in results]
    assert not [t for t in texts if len(step.findall(t)) >= 3], texts


def test_a_long_message_says_this_kind_once(facts_pipeline: Pipeline):
    # reading 46, s9534: "난방으로 실내가 건조해지는 겨울, 이번에 들인 이 크림은 … 쓰는 법을 먼저 보고 시작하면 이
    # 크림의 좋은 점을 놓치지 않습니다"
    bodies = []
    for seed in range(8):
        for channel in LONG:
            brief = Brief(
                persona=0, brand="일리윤", product="히알루론 모이스춰 수분크림 100ml", stage_index=1, style_index=5,
                channel=channel, tone="트렌디한", honorific="합쇼체", seed=seed, scheduled_at=WINTER,
            )  # fmt: skip
            bodies += [r.message.body for r in facts_pipeline.run_one(brief)]
    assert not [b for b in bodies if len(re.findall("(?<![가-힣])이 크림", b)) >= 2], bodies
    assert [b for b in bodies if "이 크림" in b]  # the first one stays


@pytest.mark.parametrize(
    ("brand", "name"),
    [
        ("라네즈", "래디언씨 크림 30ml"),
        ("헤라", "UV프로텍터 멀티디펜스 SPF50+/PA++++ 50ml"),
        ("한율", "극진 크림 50ml"),
    ],
)
def test_a_first_use_season_line_says_why_the_season_keeps_it_up(facts_pipeline: Pipeline, brand: str, name: str):
    # readings 45-48 (s9534, s2558, s1705, s7650): "난방으로 실내가 건조해지는 겨울, 이번에 들인 이 크림은 며칠만 써도
    # 금세 손에 익습니다" ("연결 어색", "시트 마스크에 어색")
    bodies = []
    for persona in range(5):
        for style in (4, 5):
            for channel in LONG:
                brief = Brief(
                    persona=persona, brand=brand, product=name, stage_index=1, style_index=style, channel=channel,
                    seed=persona + style, scheduled_at=WINTER,
                )  # fmt: skip
                bodies += [r.message.body for r in facts_pipeline.run_one(brief)]
    assert not [b for b in bodies if "며칠만 써도" in b], bodies
    assert [b for b in bodies if "빠뜨리지 않고 챙겨 쓰는" in b]  # readings 53-56 (s4111): never "빠짐없이 챙기게 돼요"
