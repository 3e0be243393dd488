"""Round 27 (readings 45-48, SMS briefs 2.93-3.58): an SMS brief's LMS frames its ask once, says a second catalog
fact where it would say only what the product is, names a luxury house's research, and never says its close's
opening phrase twice."""

from __future__ import annotations

from crm_core.domain import Brief
from crm_core.pipeline import Pipeline
from tests.generation.test_sms_r26 import WINTER, close_of


def test_a_trendy_choosing_close_frames_its_ask_once(facts_pipeline: Pipeline):
    # reading 48, s7502 (2.0): "아직 고민 중이라면, 요즘 내 루틴에 맞는 이 미스트, 지금 골라 보시면 좋겠습니다."
    # ("'고민 중이라면, 요즘 내 루틴에 맞는 이 미스트, 지금' 어색")
    body, close = close_of(facts_pipeline, persona=0, brand="헤라", product="컴피 리바이탈라이징 세럼 미스트 90ml",
                           stage_index=3, style_index=2, tone="트렌디한", honorific="합쇼체", seed=841)  # fmt: skip
    # round 33 (reading 80, s8012: "'요즘 새로 들여 보시면' 어색"): one frame, the plain choice
    assert close == "아직 고민 중이라면, 이번에 이 미스트를 골라 보시면 좋겠습니다.", body
    assert "지금" not in close, body


def test_an_lms_that_would_say_only_what_it_is_says_a_catalog_claim_too(facts_pipeline: Pipeline):
    # the same brief: "…세럼을 담은 보습 미스트입니다." and nothing more before the ask ("정보 한 줄뿐"): the mood-only
    # house line is no luxury reason, so the catalog's own claim is the second fact
    body, _ = close_of(facts_pipeline, persona=0, brand="헤라", product="컴피 리바이탈라이징 세럼 미스트 90ml",
                       stage_index=3, style_index=2, tone="트렌디한", honorific="합쇼체", seed=841)  # fmt: skip
    assert "아주 고운 입자로 분사되어 메이크업 위에도 물방울이 맺히지 않습니다." in body, body


def test_a_luxury_house_lms_names_its_research(facts_pipeline: Pipeline):
    # reading 46, s4270 (2.5): "자음유액 EX는 보습 유액이에요. …" ("설화수답지 않게 밋밋", "설화수 격 부족")
    body, _ = close_of(facts_pipeline, persona=2, brand="설화수", product="자음유액 EX 125ml", stage_index=1,
                       style_index=5, tone="감성적인", honorific="해요체", seed=117)  # fmt: skip
    assert body.startswith("인삼을 비롯한 한방 원료를 연구해 온 설화수의 자음유액 EX는 "), body


def test_a_close_does_not_say_its_lead_again(facts_pipeline: Pipeline):
    # "써 본 느낌을 잊기 전에, 써 본 느낌, 친구에게 공유해 보세요." (5 of 1,158 SMS briefs' LMS)
    body, close = close_of(facts_pipeline, persona=0, brand="일리윤", product="히알루론 모이스춰 수분크림 100ml",
                           stage_index=4, style_index=2, tone="트렌디한", honorific="해요체", seed=882)  # fmt: skip
    assert close == "써 본 느낌을 잊기 전에, 친구에게 공유해 보세요.", body


def test_a_close_does_not_say_the_subjects_first_feel_again(facts_pipeline: Pipeline):
    # reading 46, s5510: "궁금했던 아이크림의 첫 느낌" over "이 아이크림의 첫 느낌을 오늘 가볍게 만나
    # 보십시오." ("'첫 느낌' 반복")
    result = facts_pipeline.run_one(
        Brief(persona=0, brand="아이오페", product="슈퍼바이탈 아이크림 25ml", stage_index=0, style_index=3,
              tone="전문적인", channel="sms", honorific="합쇼체", is_event=True, seed=842, scheduled_at=WINTER)
    )[0]  # fmt: skip
    assert result.sms_to_lms
    assert result.message.title == "궁금했던 아이크림의 첫 느낌"
    assert result.message.body.rsplit("\n", 1)[-1] == "이 아이크림을 오늘 가볍게 만나 보십시오.", result.message.body
