"""Round 33 (readings 76-81): the persona's own interest where fit.py gave the plan nothing or the wrong verb.

- A budget reader at a house that never talks price (설화수, 헤라), of a product whose catalog states no dose, no
  generous size, no registered function and with no review in the evidence (reading 80, s4038 헤라 하이드로-듀
  플럼핑 크림, s7994 설화수 자음수 EX: "가성비 고객에게 가격·후기 근거가 없음"), hears the size and the price once,
  plainly, with no discount talk; never at first use or in a referral.
- A finish felt on the skin ("끈적임 없이 촉촉한 마무리") is never said to be seen (reading 76, s9041: "촉촉한
  마무리가 눈에 들어와요").
- A trend reader hears the tool a product comes with as the fun of using it (reading 80, s7604 진설아이크림: the
  massage tip said plain, "트렌드 고객 각도 없음").
- A luxury reader who uses 에스트라's acne cleanser (reading 80, s6889: "고객 각도 없음") hears the house's research
  with the registered function, as at the other stages.
"""

from __future__ import annotations

import re

from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.generation.composer import fit
from tests.generation.scripted import pipeline_with_reviews
from tests.generation.test_persona_r32 import _bodies, _facts

LUXURY, BUDGET, TREND = 0, 2, 3
# quiet houses' products with no dose in their usage, no generous size, no registered function in the catalog
QUIET_PLAIN = {
    "하이드로-듀 플럼핑 크림 50ml": ("헤라", "50ml", "70,000원"),
    "자음수 EX 150ml": ("설화수", "150ml", "75,000원"),
    "자음유액 EX 125ml": ("설화수", "125ml", "78,000원"),
}
DISCOUNT_TALK = re.compile("가성비|원꼴|가격 대비|부담 없이 들|합리적|저렴|착한 가격")


def test_a_budget_reader_at_a_quiet_house_hears_size_and_price(catalog: Catalog, settings: Settings):
    """Three plain products of 헤라 and 설화수, no reviews, every long channel, style and level: at stages 0, 2 and 3
    the size and the regular price are said, with no discount talk beside them; the first-use guide and the referral,
    which lean on no price (plan._price_talk), never say it."""
    pipeline = pipeline_with_reviews(catalog, settings)
    for product, (brand, volume, price) in QUIET_PLAIN.items():
        for key, body in _bodies(pipeline, BUDGET, brand, product, (0, 2, 3)):
            assert f"용량은 {volume}, 정가는 {price}" in body, (product, key, body)
            assert not DISCOUNT_TALK.search(body), (product, key, body)
        for key, body in _bodies(pipeline, BUDGET, brand, product, (1, 4)):
            assert price not in body, (product, key, body)


def test_a_felt_finish_is_never_seen(catalog: Catalog):
    """Every product, every stage: a trend line on a finish felt on the skin never says it catches the eye."""
    felt = re.compile("(?:촉촉|산뜻|보송|당김|당기|끈적)[^.]*마무리(?:이|가|부터) [^.]*눈에 들어와요")
    lines = []
    for product in catalog.products:
        facts = _facts(catalog, product.name, "trend")
        for stage in (-1, 0, 1, 2, 3):
            lines += [f.line for f in fit.trend_fits(facts, (), "", "skin", 0, stage)]
    assert any("촉촉한 마무리" in line for line in lines)
    assert [line for line in lines if felt.search(line)] == []


def test_a_trend_reader_hears_the_tool_as_fun(catalog: Catalog):
    """진설아이크림's massage tool: the trend reader's word beside it, in the long forms and in push and SMS."""
    facts = _facts(catalog, "진설아이크림 20ml", "trend")
    found = fit.trend_claim(facts, "눈가에 밀착되는 쫀쫀한 크림", 2)
    assert found is not None
    assert found.line == "동봉된 마사지 도구로 눈가를 부드럽게 눌러 바를 수 있어 쓰는 재미가 있어요."
    assert found.short == found.line
    # after a hook asking for "새로운 재미", the fun is not said twice
    again = fit.trend_claim(facts, "요즘 루틴에 새로운 재미가 필요하신가요? 눈가에 밀착되는 쫀쫀한 크림", 3)
    assert again is not None
    assert again.line == "동봉된 마사지 도구로 눈가를 부드럽게 눌러 바를 수 있어 쓸 때마다 기분 좋아요."


def test_a_luxury_user_of_an_acne_cleanser_hears_the_house_research(catalog: Catalog, settings: Settings):
    """에스트라's acne cleanser at the routine stage, every long channel, style and level: the registered function
    is said with the house's research."""
    pipeline = pipeline_with_reviews(catalog, settings)
    product = "테라크네365 클리어 딥 클렌징 폼 200g"
    for key, body in _bodies(pipeline, LUXURY, "에스트라", product, (2,)):
        assert "피부 장벽을 연구해 온 에스트라" in body, (key, body)
