"""Round 27 (reading 46 s5091, reading 48 s1705: "'가격 걱정 없이 곁에 둘 수' 어색, 후기 근거 없음", "'가격 걱정 없이'
상투적"): a budget reader of a product at 30,000원 or less, where no per-unit price was said (the retention stage,
a sunscreen), heard the stock "…원이라 가격 걱정 없이 곁에 둘 수 있어요". The price is said as what the reader does
with it: buying it again, or a sunscreen's generous, repeated use its usage asks for; a lip or base product is never
priced by weight."""

from __future__ import annotations

from crm_core.catalog import Catalog
from crm_core.generation.composer import fit
from crm_core.generation.composer.angles import angle_for
from crm_core.generation.composer.facts import product_facts
from crm_core.generation.composer.reader import product_kind

BUDGET = 2
ACQUISITION, ROUTINE = 0, 2


def _args(catalog: Catalog, name: str, stage: int = ROUTINE) -> tuple:  # type: ignore[type-arg]
    product = next(p for p in catalog.products if p.name == name)
    facts = product_facts(product, angle_for(catalog.personas[BUDGET]))
    story = catalog.brand(product.brand).story or ""
    return facts, product_kind(facts, name), (), True, "", product.brand, story, 0, stage


def _lines(catalog: Catalog, name: str, stage: int) -> list[str]:
    return [f.line for f in fit.fits("budget", *_args(catalog, name, stage))]


def test_a_budget_reader_of_a_cheap_product_hears_what_buying_it_again_costs(catalog: Catalog):
    """코스알엑스 어드밴스드 스네일 96 뮤신 파워 에센스 100ml, 25,000원, at the retention stage (no per-unit price
    once bought, reading 30): the price as what buying it again costs, in one clause the tone's clause can join
    (toned: "…수 있어, 손이 갈 때마다 마음이 편해요"); never "가격 걱정 없이"."""
    found = _lines(catalog, "어드밴스드 스네일 96 뮤신 파워 에센스 100ml", ROUTINE)
    assert "100ml에 정가 25,000원이라 부담 없이 다시 곁에 둘 수 있어요." in found, found
    assert not [line for line in found if "걱정 없이" in line], found
    # after an opener that said the price bare, the line the emotional tone's clause joins
    facts, kind, _, _, _, brand, story, _, stage = _args(catalog, "어드밴스드 스네일 96 뮤신 파워 에센스 100ml")
    said = "어드밴스드 스네일 96 뮤신 파워 에센스는 100ml에 정가 25,000원이에요."
    after = [f for f in fit.fits("budget", facts, kind, (), False, said, brand, story, 0, stage) if "곁에" in f.line]
    assert [f.line for f in after] == ["이 정도 가격이면 부담 없이 다시 곁에 둘 수 있어요."], after
    toned = fit.toned(tuple(after), "감성적인", kind, 0, new=False)
    assert toned[0].line.startswith("이 정도 가격이면 부담 없이 다시 곁에 둘 수 있어, "), toned


def test_a_sunscreen_is_priced_by_its_reapplication_and_a_lip_never_by_weight(catalog: Catalog):
    """에뛰드 순정 디렉터 수분 선크림 50ml, 18,000원 (its usage: "…덧바릅니다"): what applying it generously costs;
    픽싱 틴트 4g, 13,000원: no price per gram of a lip colour, the price as what buying it costs."""
    sun = _lines(catalog, "순정 디렉터 수분 선크림 SPF50+/PA++++ 50ml", ACQUISITION)
    assert "50ml에 정가 18,000원이라 늘 곁에 두고 부담 없이 덧바를 수 있어요." in sun, sun
    tint = _lines(catalog, "픽싱 틴트 4g", ACQUISITION)
    assert "4g에 정가 13,000원이라 부담 없이 들여 볼 수 있어요." in tint, tint  # a new reader: not "다시 곁에 둘" (r30)
    assert not [line for line in sun + tint if "걱정 없이" in line or "g당" in line], sun + tint
