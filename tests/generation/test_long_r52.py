"""Readings 49-52 (round 28) on the long forms: the translated frame "…입자부터 살펴볼 만합니다" (s1396, s3680, s7716,
s9824: "번역투"; 344 of 3,600 grid messages), a reader who has started told to start ("이제 막 쓰기 시작하셨나요? …
오늘부터 이 선크림을 꺼내 써 보세요", s1660, s8290: "모순"), "손에 익어 가는 며칠도 … 즐거움이에요" (s1660, s8290),
"다 떨어지고 나면 … 대용량이 먼저 생각나요" (s2771, s7837) and a winter message saying the product "계절을 타지
않아요" (s9239)."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from crm_core.domain import Brief
from crm_core.pipeline import Pipeline

LONG = ("kakao_friendtalk", "lms", "email")
WINTER = datetime(2030, 12, 10, 10)
FROM_LOOK = re.compile("부터 (?:직접 )?(?:살펴볼 만|확인해 볼 만|확인해 보기 좋|눈여겨볼 만|살펴보기 좋)")


def bodies_of(pipeline: Pipeline, brand: str, name: str, stages, styles, **kw) -> list[str]:  # type: ignore[no-untyped-def]
    out = []
    for stage in stages:
        for style in styles:
            for persona in range(5):
                for channel in LONG:
                    brief = Brief(
                        persona=persona, brand=brand, product=name, stage_index=stage, style_index=style,
                        channel=channel, seed=persona + style + stage, scheduled_at=WINTER, **kw,
                    )  # fmt: skip
                    out += [r.message.body for r in pipeline.run_one(brief)]
    return out


@pytest.mark.parametrize(
    ("brand", "name"),
    [
        ("에스트라", "아토베리어365 크림미스트 120ml"),
        ("이니스프리", "그린티 씨드 히알루론산 크림 50ml"),
        ("라네즈", "워터 슬리핑 마스크 70ml"),
    ],
)
@pytest.mark.parametrize("honorific", ["해요체", "합쇼체"])
def test_a_seasonal_or_timed_opener_says_the_fact_without_the_translated_first_look(
    facts_pipeline: Pipeline, brand: str, name: str, honorific: str
):
    bodies = bodies_of(facts_pipeline, brand, name, (0, 1, 3), (0, 4), honorific=honorific)
    assert not [b for b in bodies if FROM_LOOK.search(b)], [FROM_LOOK.search(b) and b for b in bodies]
    # the scene still leads to the product's own fact
    assert [b for b in bodies if re.search("눈여겨보|잘 어울|직접 확인해", b)], bodies


def test_a_reader_who_has_started_is_not_told_to_start(facts_pipeline: Pipeline):
    # s1660: "스킨 릴리프 선크림, 이제 막 쓰기 시작하셨나요? … 손에 익어 가는 며칠도 새 선크림을 쓰는 즐거움이에요 …
    # 오늘부터 이 선크림을 꺼내 써 보세요"
    bodies = bodies_of(facts_pipeline, "프리메라", "스킨 릴리프 선크림 SPF50+/PA++++ 50ml", (1,), (2, 3, 5))
    started = [b for b in bodies if "쓰기 시작하셨" in b]
    assert started  # the hook stays
    assert not [b for b in started if re.search("오늘부터 [^.]*꺼내 써 보|먼저 보고 시작", b)], started
    assert not [b for b in bodies if re.search("손에 익어 가는 며칠|며칠도 [^.]*즐거움", b)], bodies


def test_running_out_says_why_it_is_missed(facts_pipeline: Pipeline):
    # s2771: "다 떨어지고 나면 화장솜 팩으로도 넉넉한 대용량이 먼저 생각나요" ("어색")
    bodies = bodies_of(facts_pipeline, "마몽드", "플로라 글로우 로즈 워터 토너 500ml", (2,), (2,))
    assert not [b for b in bodies if "먼저 생각나" in b], bodies
    assert [b for b in bodies if re.search("다 떨어지고 나면 (?:[^.]*[이가] 바로 아쉬워|이 토너부터)", b)], bodies


def test_winter_copy_never_denies_its_season(facts_pipeline: Pipeline):
    # s9239: "난방으로 실내가 건조해지는 겨울, 히알루론 모이스춰 수분크림은 계절을 타지 않는 산뜻한 흡수감부터 …"
    bodies = bodies_of(facts_pipeline, "일리윤", "히알루론 모이스춰 수분크림 100ml", (0, 1, 2, 3), (4, 5))
    # the catalog's claim "가볍게 펴 발리고 산뜻하게 흡수되어 계절을 타지 않습니다" says its texture alone
    assert not [b for b in bodies if re.search("계절을 타지 않(?:아요|습니다)", b)], bodies
    assert [b for b in bodies if re.search("산뜻하게 흡수(?:돼요|됩니다)", b)], bodies


def test_running_out_names_what_is_missed_not_a_result_as_its_reason(facts_pipeline: Pipeline):
    # round 28: "뿌리기만 해도 산뜻해지는 피부라 다 떨어지고 나면 바로 아쉬워져요" (a result on the skin before "…라")
    bodies = bodies_of(facts_pipeline, "한율", "어린쑥 트러블 미스트 120ml", (2,), (2,))
    assert not [b for b in bodies if re.search("라 다 떨어지고 나면", b)], bodies
    assert [b for b in bodies if re.search("다 떨어지고 나면 [^.]*[이가] 바로 아쉬워(?:져요|집니다)", b)], bodies


def test_winter_copy_never_sells_the_all_season_feature(facts_pipeline: Pipeline):
    # readings 46 and 50 (s9534, s9239): "난방으로 실내가 건조해지는 겨울, … 계절을 타지 않는 산뜻한 흡수감부터 …"
    bodies = bodies_of(facts_pipeline, "일리윤", "히알루론 모이스춰 수분크림 100ml", (0, 1, 2, 3), (0, 2, 4, 5))
    assert not [b for b in bodies if "계절을 타지 않" in b], [b for b in bodies if "계절을 타지 않" in b]


@pytest.mark.parametrize("honorific", ["해요체", "합쇼체"])
def test_the_seasonal_switch_hook_says_what_the_reader_finds(facts_pipeline: Pipeline, honorific: str):
    # round 28: "…바꿔 쓸 크림이라면 …을 눈여겨보십시오" read as an order under the expert tone
    bodies = bodies_of(facts_pipeline, "라네즈", "워터 슬리핑 마스크 70ml", (0,), (4,), honorific=honorific)
    assert not [b for b in bodies if "눈여겨보세요" in b or "눈여겨보십시오" in b], bodies
    assert [b for b in bodies if re.search("바꿔 쓸 팩이라면 [^.]*[이가] 먼저 와닿(?:아요|습니다)", b)], bodies
