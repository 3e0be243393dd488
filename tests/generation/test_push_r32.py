"""Round 32 (readings 70-75: about 30 pushes rated 3.0-3.5; the dominant note "관점 없음" or a wrong reader's angle):
a push names no other reader's interest, a budget sharer hears what buying it costs, a trend reader compares the feel,
and no review sentence is put under the product's name.

    PYTHONPATH=. python bench/push_reader_r32_check.py --n 1500
"""

from __future__ import annotations

import itertools
import re

from crm_core.catalog import Catalog
from crm_core.domain import Brief, Honorific, Tone
from crm_core.pipeline import Pipeline

WRONG_FOR_BUDGET_OR_TREND = re.compile("성분을 꼼꼼히|성분표부터|성분·사용감을 비교")
REVIEW_UNDER_NAME = re.compile(r"^[^.!?]*[은는] [^.!?]*후기로는 ")
HELD_CAUSAL = re.compile(r"(?:담은|든) 제품이라 오래 곁에 두게")


def _push(pipeline: Pipeline, **kw):  # type: ignore[no-untyped-def]
    base = dict(channel="push", seed=0, honorific=Honorific.haeyo)
    return pipeline.run_one(Brief(**(base | kw)))[0].message


def test_a_budget_or_trend_push_never_names_the_ingredient_checker(facts_pipeline: Pipeline, catalog: Catalog):
    """s2466 (가성비 추구, 추천): "…에센스 워터는 동백 추출물을 담고 있어 성분을 꼼꼼히 보는 분께 권하기 좋습니다" —
    "가성비 고객에 성분 각도"; s9301 (트렌드 팔로워, 매출·전환): "쓰던 제품과 성분·사용감을 비교해 보십시오" — "트렌드
    고객에 성분 비교는 각도가 어긋남"."""
    bodies = [
        _push(
            facts_pipeline,
            brand=product.brand,
            product=product.name,
            persona=persona,
            stage_index=stage,
            style_index=style,
            tone=tone,
            seed=seed,
            honorific=Honorific.hapsho,
        ).body
        for product, persona, stage, style, tone, seed in itertools.product(
            catalog.products[::3], (2, 3), (3, 4), (0, 1, 5), (None, Tone.trendy, Tone.expert), (0, 1)
        )
    ]
    assert len(bodies) > 1000
    wrong = [b for b in bodies if WRONG_FOR_BUDGET_OR_TREND.search(b)]
    assert not wrong, wrong[:3]


def test_a_trend_reader_compares_the_feel_and_a_budget_reader_the_size(facts_pipeline: Pipeline):
    """s9301: the compare ask names the reader's own point (a trend reader the spread and finish, a budget reader the
    size and price), never the ingredients."""
    trend = _push(
        facts_pipeline, brand="라네즈", product="워터 슬리핑 마스크 70ml", persona=3, stage_index=3, style_index=0,
        tone=Tone.expert, honorific=Honorific.hapsho,
    )  # fmt: skip
    assert trend.cta == "비교해 보기", trend.cta
    assert "발림·마무리를 지금 바로 비교해 보십시오" in trend.body, trend.body
    budget = _push(
        facts_pipeline, brand="이니스프리", product="그린티 씨드 히알루론산 크림 50ml", persona=2, stage_index=3,
        style_index=0, tone=Tone.expert, honorific=Honorific.hapsho,
    )  # fmt: skip
    assert budget.cta == "비교해 보기", budget.cta
    assert "용량·가격을" in budget.body, budget.body


def test_a_budget_sharer_hears_what_buying_it_costs(facts_pipeline: Pipeline, catalog: Catalog):
    """s2466, s3702: "가성비 관점 없음". A budget reader passing on an everyday product of a brand that talks price
    hears its size and price as why it is easy to give ("150ml에 26,000원이라 부담 없이 건네기 좋아요"), never the
    stock "매일 쓰는 제품이라 부담 없이 건네기 좋아요" that names no price."""
    for name in ("어린쑥 수분진정 토너 150ml", "카밍 샷 아줄렌 크림 60ml"):
        product = next(p for p in catalog.products if p.name == name)
        for tone in (None, Tone.expert, Tone.luxurious):
            body = _push(
                facts_pipeline, brand=product.brand, product=name, persona=2, stage_index=4, style_index=1,
                tone=tone, event_id="ev-ref-p1",
            ).body  # fmt: skip
            assert f"{product.price:,}원이라 부담 없이 건네기" in body, body
            assert "매일 쓰는 제품이라" not in body, body


def test_no_review_is_said_under_the_products_name_and_no_ingredient_makes_it_a_keepsake(
    facts_pipeline: Pipeline, catalog: Catalog
):
    """s9856 (민감성 피부, 활성화): "자양윤모 샴푸는 예민한 날 살펴볼 후기로는 두피가 편안해졌다는 이야기가 있어요" —
    "주어·서술어가 꼬임"; s2598 (럭셔리 애호가, 유지): "민트 추출물을 담은 제품이라 오래 곁에 두게 돼요" — "인과
    어색"."""
    bodies = []
    for product, persona, stage, tone in itertools.product(
        catalog.products[::2], (0, 1), (1, 2), (None, Tone.expert, Tone.luxurious)
    ):
        event = catalog.events_for(stage, product.brand, product)[-1].id
        for event_id in (None, event):
            bodies.append(
                _push(
                    facts_pipeline,
                    brand=product.brand,
                    product=product.name,
                    persona=persona,
                    stage_index=stage,
                    style_index=3,
                    tone=tone,
                    event_id=event_id,
                ).body
            )
    assert len(bodies) > 500
    tangled = [b for b in bodies if REVIEW_UNDER_NAME.search(b) or HELD_CAUSAL.search(b)]
    assert not tangled, tangled[:3]
