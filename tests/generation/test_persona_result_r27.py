"""Round 27 (readings 45-48: "럭셔리 고객이 원하는 근거·탄력 포인트 없음", "럭셔리 고객 관점 없음"): a luxury reader
of a product with no registered function, anti-ageing active, strength or review for them, of a house whose line is mood
alone (round 26 left it out), heard one fact only. The catalog's own sentence on a result that reader names among
their concerns (data/personas.json skin_concerns: 피부결, 윤기) is offered, as it stands, in 해요체; never of
make-up."""

from __future__ import annotations

from crm_core.catalog import Catalog
from crm_core.generation.composer import fit
from crm_core.generation.composer.angles import angle_for
from crm_core.generation.composer.facts import product_facts
from crm_core.generation.composer.reader import product_kind

LUXURY = 0
TREND = 3


def _fits(catalog: Catalog, name: str, said: str = "") -> tuple[fit.Fit, ...]:
    product = next(p for p in catalog.products if p.name == name)
    angle = angle_for(catalog.personas[LUXURY])
    facts = product_facts(product, angle)
    story = catalog.brand(product.brand).story or ""
    return fit.fits("luxury", facts, product_kind(facts, name), (), False, said, product.brand, story)


def test_a_luxury_reader_of_a_mood_house_product_hears_the_glow_its_catalog_states(catalog: Catalog):
    """헤라 하이드로 리플렉팅 플루이드: 히알루론산·나이아신아마이드·스쿠알란, no function, no anti-ageing active; 헤라's
    house line is a mood. Its catalog says "빠르게 흡수되어 바른 뒤 맑은 광이 돕니다": the luxury reader hears it."""
    product = next(p for p in catalog.products if p.name == "하이드로 리플렉팅 플루이드 140ml")
    assert not product.functional_claims and "빠르게 흡수되어 바른 뒤 맑은 광이 돕니다." in product.claims
    found = _fits(catalog, product.name)
    results = [f for f in found if f.kind == "result"]
    assert [f.line for f in results] == ["빠르게 흡수되어 바른 뒤 맑은 광이 돌아요."], found
    assert results[0].short == results[0].line and results[0].fact == "빠르게 흡수되어 바른 뒤 맑은 광이 돕니다."


def test_a_luxury_readers_smooth_skin_result_comes_after_the_products_formula(catalog: Catalog):
    """프리메라 마일드 포어 필링 패드: its actives (글루코노락톤·베타인살리실레이트) are said first, the catalog's
    피부결 result after them ("닦아 낸 뒤 피부결이 매끄럽고 산뜻하게 정돈돼요")."""
    found = _fits(catalog, "마일드 포어 필링 패드 60매")
    kinds = [f.kind for f in found]
    assert "result" in kinds and kinds.index("result") == len(kinds) - 1, kinds
    assert found[-1].line == "닦아 낸 뒤 피부결이 매끄럽고 산뜻하게 정돈돼요.", found[-1]


def test_no_result_line_for_make_up_or_where_the_product_line_said_it(catalog: Catalog):
    """A lip colour's glow (노웨어 립스틱 바밍 글로우: "맑은 광이 도는 립스틱") is a finish, not a care result; and a
    claim the product line has just said is not said again."""
    assert not [f for f in _fits(catalog, "노웨어 립스틱 바밍 글로우 3.2g") if f.kind == "result"]
    fluid = "하이드로 리플렉팅 플루이드 140ml"
    said = "하이드로 리플렉팅 플루이드는 빠르게 흡수되어 바른 뒤 맑은 광이 돌아요."
    assert [f.kind for f in _fits(catalog, fluid, "토너 다음에 바르는 보습 에멀젼이에요.")][-1] == "result"
    assert not [f for f in _fits(catalog, fluid, said) if f.kind == "result"]


def _trend_lines(catalog: Catalog, name: str) -> list[str]:
    product = next(p for p in catalog.products if p.name == name)
    facts = product_facts(product, angle_for(catalog.personas[TREND]))
    kind = product_kind(facts, name)
    found = [fit.fits("trend", facts, kind, (), False, "", product.brand, "", variant) for variant in range(4)]
    return [f.line for fits in found for f in fits if f.kind == "finish"]


def test_a_trend_readers_feel_line_says_how_good_it_feels_in_every_shape(catalog: Catalog):
    """Readings 45-48 ("성분·사용감 설명 좋고 … 트렌드 고객 포인트 없음"): the second shape of a feel ("바르는 순간 …
    제형이 먼저 느껴져요") and of a wash ("… 덕분에 쓰는 시간이 한결 가벼워져요") said the texture with none of the
    trend reader's words; every shape now says how good it feels, and never "처음 써 보는" (fits() knows no stage)."""
    balm = _trend_lines(catalog, "비자 시카 밤 EX 40ml")
    foam = _trend_lines(catalog, "순정 약산성 5.5 폼 클렌저 150ml")
    assert "바르는 순간 체온에 녹아 가볍게 펴 발리는 밤 제형이 기분 좋게 느껴져요." in balm, balm
    assert "몽글몽글한 거품의 부드러운 세안 덕분에 쓰는 시간이 한결 기분 좋아져요." in foam, foam
    assert all("기분 좋" in line and "처음 써 보는" not in line for line in balm + foam), balm + foam
