"""Round 40 (readings 96-97): the trend reader's customer fit was lowest but one (3.25 / 3.08; s2696 "트렌드 고객에게
새로움·결과 포인트가 없음", s1236 "재미·새로움 관점이 없음").

The plan keeps the first of a reader's candidates that no other part of the message says. A trend reader's finish or
texture is often said plainly by the hook or the product line, and the plan dropped that fit as said: with what users
talk about offered only where the product had no finish at all, the reader was left with no point of their own.
What users talk about is now the last candidate behind a finish or a claim."""

from __future__ import annotations

from crm_core.catalog import Catalog
from crm_core.generation.composer import fit
from crm_core.generation.composer.angles import angle_for
from crm_core.generation.composer.facts import product_facts
from crm_core.generation.composer.reader import product_kind
from crm_core.generation.composer.reviews import ReviewPoint

CREAM = "하이드로-듀 플럼핑 크림 50ml"
ABSORBED = (ReviewPoint("흡수", "흡수가 빠르다는", "R1#s1"),)
TALKED = "써 본 분들 사이에서는 흡수가 빠르다는 이야기가 먼저 나와요."


def _trend_facts(catalog: Catalog, name: str):  # type: ignore[no-untyped-def]
    product = next(p for p in catalog.products if p.name == name)
    persona = next(p for p in catalog.personas if angle_for(p).key == "trend")
    return product_facts(product, angle_for(persona))


def test_users_talk_stays_behind_a_finish_for_a_reader_still_choosing(catalog: Catalog):
    """A cream whose catalog names its glow: to a reader still choosing (stage 3) the finish comes first and what
    users talk about follows it, so that the plan still has the reader's point where the hook said the finish."""
    facts = _trend_facts(catalog, CREAM)
    found = fit.trend_fits(facts, ABSORBED, "", "skin", 0, 3)
    assert found[0].kind == "finish"
    assert (found[-1].kind, found[-1].line) == ("review", TALKED)


def _natural(catalog: Catalog, name: str, stage: int) -> list[tuple[str, str]]:
    product = next(p for p in catalog.products if p.name == name)
    persona = next(p for p in catalog.personas if angle_for(p).key == "natural")
    facts = product_facts(product, angle_for(persona))
    found = fit.fits("natural", facts, product_kind(facts, name), (), False, "", product.brand, "", 0, stage)
    return [(f.kind, f.line) for f in found]


def test_a_natural_reader_of_a_cushion_hears_how_it_wears(catalog: Catalog):
    """s7392, s3044 (쿠션, "내추럴 고객 관점이 없음"): a base with no plant or origin had no candidate at all; the
    catalog's thin, lasting wear is said as the comfort this reader keeps a product for, "오래" said once."""
    assert ("comfort", "얇게 밀착되어 시간이 지나도 무너짐이 적어 오래 써도 편안한 사용감이에요.") in _natural(
        catalog, "더블 래스팅 쿠션 글로우 SPF50+/PA+++ 15g", 2
    )
    velvet = _natural(catalog, "프로테일러 비 벨벳 커버 쿠션 SPF34/PA++ 13g", 3)
    assert ("comfort", "피지가 많은 날에도 오래 보송하게 유지되어 매일 써도 편안해요.") in velvet


def test_a_natural_reader_of_a_thin_essence_hears_it_sink_in(catalog: Catalog):
    """A whitening essence with no plant or origin: its thin texture that sinks in is this reader's comfort."""
    assert _natural(catalog, "브라이트닝 기미 에센스 45ml", 3) == [
        ("comfort", "묽은 제형이 얇게 스며들어 오래 써도 편안한 사용감이에요.")
    ]


def _budget(catalog: Catalog, name: str, stage: int, price_talk: bool) -> list[tuple[str, str]]:
    product = next(p for p in catalog.products if p.name == name)
    persona = next(p for p in catalog.personas if angle_for(p).key == "budget")
    facts = product_facts(product, angle_for(persona))
    kind = product_kind(facts, name)
    return [(f.kind, f.line) for f in fit.fits("budget", facts, kind, (), price_talk, "", product.brand, "", 0, stage)]


def test_a_budget_reader_starting_a_daily_pad_hears_how_long_the_pack_lasts(catalog: Catalog):
    """s2967 (원스텝 패드 70매 at first use: "70매 가격 대비 가치 같은 가성비 관점이 없음"): no price is said to a
    reader who has paid, and the daily pad's 70 sheets are worked out as the span one pack lasts."""
    assert _budget(catalog, "원스텝 오리지널 클리어 패드 70매", 1, False) == [
        ("volume", "70매 한 통이면 하루 한 장씩 써도 두 달 넘게 쓸 수 있어요.")
    ]


def test_a_budget_user_of_a_weekly_pack_hears_value_not_a_bare_price(catalog: Catalog):
    """s7521 (옥용팩 at retention: "정가를 나열만 해 가성비 설득이 되지 않음"): the catalog's weekly use carries the
    value, in place of "용량은 120ml, 정가는 75,000원이에요"; a chooser hears the price with it."""
    line = "매끈한 피부결이 필요한 날 주 1~2회 사용하기 좋아 120ml 한 통을 오래 두고 쓸 수 있어요."
    assert _budget(catalog, "옥용팩 120ml", 2, False) == [("volume", line)]
    priced = "120ml에 정가 75,000원, 매끈한 피부결이 필요한 날 주 1~2회 사용하기 좋아 한 통을 오래 두고 쓸 수 있어요."
    assert _budget(catalog, "옥용팩 120ml", 3, True)[0] == ("volume", priced)
