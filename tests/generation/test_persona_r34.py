"""Round 34 (readings 82-85): the persona's own interest where fit.py gave the plan nothing, and review wording.

- A trend reader of 려's scalp essence hears the nozzle as the fun of using it (reading 84, s8820: "트렌드 고객
  재미 요소 없음", "사용감이 중요하다면서 사용감 설명이 없음"): the catalog's "노즐 끝으로 두피에 직접 바를 수 있어
  흘러내림이 적습니다" was no trend claim, and the selling point restating it kept it out.
- A trend reader of 상백선크림 hears the finish its definition does not say (reading 83, s6934: "새로움·패키지를
  중시하는 고객에게 맞춘 각도가 없음"): "촉촉하게 펴 발리며 피부 톤을 자연스럽게 정돈해 줍니다" was dropped whole
  because its first clause is the definition.
- A repurchase review is said as what it says ("다시 사겠다는"), never "다시 들이고 싶다는 이야기" (reading 82, s5827:
  "근거가 모호함").
- A budget reader hears a second use with what it is worth ("…팩처럼 올려 두어도 좋아, 하나를 두 가지로 쓸 수
  있어요"; reading 82, s2111: "가치 근거가 없음").
"""

from __future__ import annotations

import re

from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.domain import Brief, EvidenceItem
from crm_core.generation.composer import fit
from crm_core.generation.composer.reviews import review_points
from tests.generation.scripted import pipeline_with_reviews
from tests.generation.test_persona_r32 import _bodies, _facts

BUDGET, TREND = 2, 3
NOZZLE = re.compile("노즐 끝으로 두피에 직접 바를 수 있어 (?:쓰는 재미가 있고|쓸 때마다 기분 좋고), 흘러내림도 적")


def test_a_trend_reader_hears_the_nozzle_as_fun(catalog: Catalog, settings: Settings):
    """려 루트젠 두피 에센스, stages 0, 3 and 4, every long channel, style and level: the nozzle with the reader's
    word (at first use and for a user the usage step may name the nozzle instead: "가르마를 따라 노즐로 바르고")."""
    pipeline = pipeline_with_reviews(catalog, settings)
    product = "루트젠 탈모증상케어 두피 에센스 80ml"
    bodies = list(_bodies(pipeline, TREND, "려", product, (0, 3, 4)))
    assert len(bodies) == 108
    for key, body in bodies:
        assert NOZZLE.search(body), (key, body)


def test_the_nozzle_line_keeps_the_catalog_fact(catalog: Catalog):
    facts = _facts(catalog, "루트젠 탈모증상케어 두피 에센스 80ml", "trend")
    said = "려의 루트젠 탈모증상케어 두피 에센스를 소개해 드려요. 씻어 내지 않고 두피에 바르는 에센스"
    found = fit.trend_claim(facts, said, 3)
    assert found is not None
    assert found.line == "노즐 끝으로 두피에 직접 바를 수 있어 쓰는 재미가 있고, 흘러내림도 적어요."
    assert found.short == found.line
    again = fit.trend_claim(facts, f"요즘 루틴에 새로운 재미가 필요하신가요? {said}", 0)
    assert again is not None
    assert again.line == "노즐 끝으로 두피에 직접 바를 수 있어 쓸 때마다 기분 좋고, 흘러내림도 적어요."


def test_a_trend_reader_hears_the_unsaid_finish(catalog: Catalog, settings: Settings):
    """상백선크림, stages 0, 1 and 3, every long channel, style and level: the tone finish is said."""
    pipeline = pipeline_with_reviews(catalog, settings)
    for key, body in _bodies(pipeline, TREND, "설화수", "상백선크림 SPF50+/PA++++ 50ml", (0, 1, 3)):
        assert "피부 톤을 자연스럽게 정돈해 " in body, (key, body)


def test_a_repurchase_intent_is_said_plainly():
    items = (EvidenceItem(source_id="R0#s1", collection="reviews", text="재구매 의사 있어요.", score=0.9),)
    assert [p.clause for p in review_points(items)] == ["다시 사겠다는"]
    assert [p.clause for p in review_points(items, premium=True)] == ["다시 사겠다는"]


def test_no_message_says_a_vague_repurchase(catalog: Catalog, settings: Settings):
    """A repurchase-intent review in the evidence, every persona and channel: never "다시 들이고 싶다는"."""
    pipeline = pipeline_with_reviews(catalog, settings, "또 살게요 재구매 의사 있어요.")
    said = 0
    for persona in range(5):
        for channel in ("kakao_friendtalk", "lms", "email", "push", "sms"):
            for stage in (0, 2, 3):
                brief = Brief(persona=persona, brand="라네즈", product="크림스킨 170ml", stage_index=stage,
                              style_index=1, channel=channel, honorific="해요체", seed=stage)  # fmt: skip
                body = pipeline.run_one(brief)[0].message.body
                assert "들이고 싶다는" not in body, (persona, channel, stage, body)
                said += "다시 사겠다는" in body
    assert said >= 10


def test_a_budget_reader_hears_the_second_use_worth(catalog: Catalog):
    facts = _facts(catalog, "크림스킨 170ml", "budget")
    found = [f for f in fit.budget_fits(facts, "skin", (), False, "", 0, 4) if f.kind == "one_step"]
    assert [f.line for f in found] == ["화장솜에 적셔 팩처럼 올려 두어도 좋아, 하나를 두 가지로 쓸 수 있어요."]
    assert [f.short for f in found] == ["화장솜에 적셔 팩처럼 올려 두어도 좋아요."]
