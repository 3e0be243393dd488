"""Round 38 (readings 92-93: push 3.90): every push gives its reader a reason besides the ask.

PYTHONPATH=. python bench/push_r38_check.py --n 1500
"""

from __future__ import annotations

from crm_core.catalog import Catalog
from crm_core.domain import Brief, Honorific, Tone
from crm_core.generation.composer import push
from crm_core.pipeline import Pipeline


def _push(pipeline: Pipeline, catalog: Catalog, product: str, **kw):  # type: ignore[no-untyped-def]
    found = next(p for p in catalog.products if p.name == product)
    base = dict(brand=found.brand, product=found.name, channel="push", emoji="none", seed=1)
    return pipeline.run_one(Brief(**(base | kw)))[0].message


def test_a_natural_readers_push_says_what_the_mask_does_not_only_what_it_holds(
    facts_pipeline: Pipeline, catalog: Catalog
):
    """s7667 (3.0: "…화산송이 파우더·카올린을 담은 팩입니다. 겨울이 깊어지기 전에 제품 페이지에서 가볍게 둘러보시면
    좋겠습니다." — "신뢰 포인트 없이 '둘러보라'만 남아 얇음"): the catalog's claim for the reader is said."""
    body = _push(
        facts_pipeline, catalog, "수퍼 화산송이 모공 마스크 100ml", persona=4, stage_index=0, style_index=4,
        tone=Tone.friendly, honorific=Honorific.hapsho,
    ).body  # fmt: skip
    assert "수퍼 화산송이 모공 마스크" in body
    assert "피지" in body  # what it does ("피지와 노폐물을 흡착해", "피지가 많은 부위만")


def test_a_price_per_unit_says_what_it_buys_not_a_permission():
    """s8890 (3.5: "1매당 약 470원꼴이라 한 장씩 써도 됩니다" — "어색"): said as what the price buys."""
    told = push._unit_bought(["28,000원에 60매, 1매당 약 470원꼴이라 매일 한 장씩 써도 돼요.", "골라 보세요."])
    assert told[0] == ["28,000원에 60매, 1매당 약 470원꼴이라 매일 한 장씩 부담 없이 쓰기 좋아요.", "골라 보세요."]
    assert not [form for form in told if "써도" in form[0]]


def test_a_budget_readers_price_per_ml_is_said_as_what_it_buys_at_hapsho(facts_pipeline: Pipeline, catalog: Catalog):
    """s8890's wording in a 합쇼체 push: "…1ml당 약 64원꼴이라 듬뿍 써도 됩니다" becomes what the price buys, still in
    합쇼체."""
    body = _push(
        facts_pipeline, catalog, "세라마이드 아토 속보습 스킨 250ml", persona=2, stage_index=0, style_index=3,
        honorific=Honorific.hapsho,
    ).body  # fmt: skip
    assert "원꼴이라 듬뿍 부담 없이 쓰기 좋습니다." in body
    assert "써도" not in body
