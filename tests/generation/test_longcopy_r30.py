"""Round 30 (readings 57-60, the most frequent long-copy note: "짧은 문장 나열로 뚝뚝 끊김 / 스펙 나열식"; s5897:
"감성 첫 문장 뒤로 용량·가격·SPF가 한 줄씩 나열"): a KakaoTalk or LMS body never lists three short spec sentences in a
row; two of them are said as one flowing sentence, every fact kept."""

from __future__ import annotations

import itertools
import re

import pytest

from bench.copy_eval import grid
from bench.fact_run_check import longest_run
from crm_core.catalog import Catalog
from crm_core.domain import Brief
from crm_core.errors import CrmError
from crm_core.pipeline import Pipeline
from tests.generation.test_sms_r26 import WINTER


@pytest.fixture
def bodies(catalog: Catalog, facts_pipeline: Pipeline) -> list[str]:
    out = []
    for spec in grid(catalog, 1200, 20261203):
        for channel in ("kakao_friendtalk", "lms"):
            try:
                out.append(facts_pipeline.run_one(Brief(**(spec | {"channel": channel})))[0].message.body)
            except CrmError:
                continue
    assert len(out) > 2000
    return out


def test_no_long_body_lists_three_short_spec_sentences_in_a_row(bodies: list[str]):
    listed = [body for body in bodies if longest_run(body) >= 3]
    assert len(listed) <= 6, listed[:3]


def test_two_specs_are_said_as_one_sentence_with_every_fact_kept():
    from crm_core.generation.composer.forms import _specs_flowing

    sun = "SPF25/PA++로 자외선 차단 기능을 갖췄어요."
    line = f"촉촉한 광의 글로우 리퀴드 파운데이션이에요. 30ml 용량에 정가 45,000원이에요. {sun}"
    assert _specs_flowing(line, "프로테일러 파운데이션 비 글로우", "파운데이션") == (
        f"촉촉한 광의 글로우 리퀴드 파운데이션이고, 30ml 용량에 정가 45,000원이에요. {sun}"
    )
    formal = "이 보습 스킨에 세라마이드를 담았습니다. 250ml에 정가 16,000원입니다. 주요 성분은 판테놀입니다."
    assert _specs_flowing(formal, "속보습 스킨", "스킨") == (
        "이 보습 스킨에 세라마이드를 담았고, 250ml에 정가 16,000원입니다. 주요 성분은 판테놀입니다."
    )


def test_an_ask_a_condition_or_a_chain_is_never_joined_on():
    from crm_core.generation.composer.forms import _specs_flowing

    asked = "쫀득한 젤 크림입니다. 정가 20,000원입니다. 성분표를 먼저 보신다면 판테놀을 담았다는 점을 확인해 보십시오."
    assert _specs_flowing(asked, "올인원 크림", "크림") == asked
    hooked = "거품을 좋아하는 분이라면 마음에 들 클렌저예요. 티트리 오일을 담았어요. 정가 14,000원이고, 93원꼴이에요."
    assert _specs_flowing(hooked, "젠틀 클렌저", "클렌저") == hooked


def test_a_luxury_user_is_never_told_a_feature_is_the_reason_to_keep_it_on(catalog: Catalog, facts_pipeline: Pipeline):
    # reading 58, s2341 (3.0): "…얇은 보호막이라 오래 곁에 두고 이어 가기 좋습니다" ("비문", "추천 맥락과 어긋남")
    said = []
    for i, product in enumerate(catalog.products):
        for stage in (2, 4):
            brief = Brief(persona=0, brand=product.brand, product=product.name, stage_index=stage, style_index=i % 6,
                          tone="고급스러운", channel="kakao_friendtalk", honorific="합쇼체", seed=i)  # fmt: skip
            try:
                said.append(facts_pipeline.run_one(brief)[0].message.body)
            except CrmError:
                continue
    assert len(said) > 100
    assert not [body for body in said if "곁에 두고 이어 가기" in body]


GENITIVE_CLAUSE = re.compile(r"[가-힣A-Za-z0-9)]의 [가-힣]+(?:게|처럼) ")


def test_a_season_hook_ties_no_genitive_to_a_clause(catalog: Catalog, facts_pipeline: Pipeline):
    # readings 57-60: "속격 연결 어색" ("…래스팅의 화사하게 오래 유지되는 톤업을", "…세럼의 부드럽게 펴 발리는 …")
    products = (
        "워터 스플래쉬 선크림 톤업 래스팅",
        "시그니아 일루미네이팅 세럼",
        "센슈얼 누드 밤",
        "하이드로-듀 플럼핑 워터",
    )
    said = []
    for product in (p for p in catalog.products if p.name.startswith(products)):
        for stage, channel, seed in itertools.product((0, 3), ("kakao_friendtalk", "lms", "email"), range(8)):
            brief = Brief(persona=seed % 5, brand=product.brand, product=product.name, stage_index=stage,
                          style_index=4, tone="트렌디한", channel=channel, honorific="해요체", seed=seed,
                          scheduled_at=WINTER)  # fmt: skip
            try:
                said.append(facts_pipeline.run_one(brief)[0].message.body)
            except CrmError:
                continue
    assert len(said) > 100
    # round 36: "겨울에도 X은 …이 돋보여요", round 37: "X은 겨울에도 …이 돋보여요" (test_lead_r37)
    assert any(body.startswith("겨울에는 ") or re.match(r"[^.]+[은는] 겨울에도 ", body) for body in said)
    assert not [body for body in said if GENITIVE_CLAUSE.search(body)]


def test_a_first_use_message_says_none_of_the_stock_first_day_lines(catalog: Catalog, facts_pipeline: Pipeline):
    # readings 57-60: "…꺼내 쓰면 …부터 바로 만나게 돼요" (번역투, s5924), "첫인상은 제형이에요" (s3131), "친해지는
    # 며칠은 … 설레요"; the reader's liking is said in the honorific ("마음에 드실 겁니다", never "들 것입니다")
    said = []
    for i, product in enumerate(catalog.products[::2]):
        for honorific, event in itertools.product(("해요체", "합쇼체"), (False, True)):
            brief = Brief(persona=i % 5, brand=product.brand, product=product.name, stage_index=1, style_index=3,
                          tone="감성적인", channel="kakao_friendtalk", honorific=honorific, is_event=event,
                          seed=i)  # fmt: skip
            try:
                said.append(facts_pipeline.run_one(brief)[0].message.body)
            except CrmError:
                continue
    assert len(said) > 100
    stock = re.compile("꺼내 쓰면 [^.]*(?:만나게|느끼게|알게) 돼요|첫인상은 |친해지는 며칠|마음에 들 것입니다")
    assert not [body for body in said if stock.search(body)]
    assert [body for body in said if "마음에 드실 겁니다" in body]
