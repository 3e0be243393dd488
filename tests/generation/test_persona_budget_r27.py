"""Round 27 (reading 46 s5091, reading 48 s1705: "'가격 걱정 없이 곁에 둘 수' 어색, 후기 근거 없음", "'가격 걱정 없이'
상투적"): a budget reader of a product at 30,000원 or less, where no per-unit price was said (the retention stage,
a sunscreen), heard the stock "…원이라 가격 걱정 없이 곁에 둘 수 있어요". The price is said as what the reader does
with it: buying it again, or a sunscreen's generous, repeated use its usage asks for (there, before it is bought,
with its small per-ml figure); a lip or base product is never priced by weight."""

from __future__ import annotations

from crm_core.catalog import Catalog
from crm_core.generation.composer import fit
from crm_core.generation.composer.angles import angle_for
from crm_core.generation.composer.facts import product_facts
from crm_core.generation.composer.reader import product_kind

BUDGET = 2
ACQUISITION, ROUTINE = 0, 2


def _lines(catalog: Catalog, name: str, stage: int) -> list[str]:
    product = next(p for p in catalog.products if p.name == name)
    facts = product_facts(product, angle_for(catalog.personas[BUDGET]))
    story = catalog.brand(product.brand).story or ""
    found = fit.fits("budget", facts, product_kind(facts, name), (), True, "", product.brand, story, 0, stage)
    return [f.line for f in found]


def test_a_budget_reader_of_a_cheap_product_hears_the_figure_not_stock(catalog: Catalog):
    """코스알엑스 어드밴스드 스네일 96 뮤신 파워 에센스 100ml, 25,000원, at the retention stage (no per-unit price
    once bought, reading 30): the price as what buying it again costs; never "가격 걱정 없이"."""
    found = _lines(catalog, "어드밴스드 스네일 96 뮤신 파워 에센스 100ml", ROUTINE)
    line = "100ml에 정가 25,000원, 다 쓰고 다시 들여도 부담이 적은 가격이에요."
    assert line in found, found
    assert not [found_line for found_line in found if "걱정 없이" in found_line], found


def test_a_sunscreen_is_figured_by_its_reapplication_and_a_lip_by_its_price(catalog: Catalog):
    """에뛰드 순정 디렉터 수분 선크림 50ml, 18,000원 (its usage: "…덧바릅니다"), before it is bought: 1ml당 약
    360원꼴 for applying it generously, at the retention stage the same use with no figure;
    픽싱 틴트 4g, 13,000원: no price per gram of a lip colour, the price as the cost of buying it again."""
    sun = _lines(catalog, "순정 디렉터 수분 선크림 SPF50+/PA++++ 50ml", ACQUISITION)
    line = "50ml에 정가 18,000원, 계산하면 1ml당 약 360원꼴로 용량 대비 가격 부담이 적어 충분히 덧바르기 좋아요."
    assert line in sun, sun
    kept = _lines(catalog, "순정 디렉터 수분 선크림 SPF50+/PA++++ 50ml", ROUTINE)
    assert "50ml에 정가 18,000원, 충분히 덧발라도 부담이 적은 가격이에요." in kept, kept
    tint = _lines(catalog, "픽싱 틴트 4g", ACQUISITION)
    assert "4g에 정가 13,000원, 다 쓰고 다시 들여도 부담이 적은 가격이에요." in tint, tint
    assert not [line for line in sun + kept + tint if "걱정 없이" in line or "g당" in line], sun + tint
