"""Round 27 (readings 45-47: "내추럴 고객 포인트 없음", "자연 유래 관심사 없음" in 12 notes of long messages): a natural
reader (자연 유래 성분, 환경을 생각하는 소비, 오래 써도 편안한 사용감) of a product with no plant, origin or mild claim
heard nothing of their own. The catalog's light-on-the-skin sentence is said as lasting comfort, and where the product
has no plant or origin at all, the brand story's own sentence on caring for the earth; never a natural origin the
catalog does not state."""

from __future__ import annotations

from crm_core.catalog import Catalog
from crm_core.generation.composer import fit
from crm_core.generation.composer.angles import angle_for
from crm_core.generation.composer.facts import product_facts
from crm_core.generation.composer.reader import product_kind

NATURAL = 4


def _lines(catalog: Catalog, name: str, said: str = "", variants: int = 2) -> list[str]:
    product = next(p for p in catalog.products if p.name == name)
    facts = product_facts(product, angle_for(catalog.personas[NATURAL]))
    kind = product_kind(facts, name)
    story = catalog.brand(product.brand).story or ""
    found = [fit.fits("natural", facts, kind, (), False, said, product.brand, story, v) for v in range(variants)]
    return [f.line for fits in found for f in fits]


def test_a_natural_reader_hears_a_light_feel_as_lasting_comfort(catalog: Catalog):
    """라네즈 워터뱅크 블루 히알루로닉 세럼: 히알루론산·판테놀·알란토인, no plant; its catalog says "물처럼
    가벼운 제형이 빠르게 스며들어 끈적임이 남지 않습니다". The natural reader hears it as what it means to them, in
    either wording (the variants differ)."""
    found = _lines(catalog, "워터뱅크 블루 히알루로닉 세럼 50ml")
    stem = "물처럼 가벼운 제형이 빠르게 스며들어 끈적임이 남지 않아"
    assert found == [f"{stem} 매일 써도 편안해요.", f"{stem} 오래 써도 편안한 사용감이에요."], found


def test_no_comfort_line_where_the_message_said_the_feel_or_the_claim_speaks_of_a_trouble(catalog: Catalog):
    """The line is not said again after a hook that said the feel, and never of a claim about redness ("붉은기가 신경
    쓰이는 날 덧발라도 답답하지 않습니다" is a sensitive reader's); a claim ending "끈적임이 적습니다" turns its
    ending."""
    said = "물처럼 가벼운 제형이 빠르게 스며들어 끈적임이 남지 않는 세럼이에요."
    assert not [line for line in _lines(catalog, "워터뱅크 블루 히알루로닉 세럼 50ml", said) if "써도 편안" in line]
    assert not [line for line in _lines(catalog, "카밍 샷 아줄렌 크림 60ml") if "써도 편안" in line]
    cream = _lines(catalog, "순정 2x 베리어 보습 크림 60ml", variants=1)
    assert "부드러운 크림이 피부를 촉촉하게 감싸고 끈적임이 적어 매일 써도 편안해요." in cream, cream


def test_a_product_with_no_plant_or_origin_has_its_brands_own_care_for_the_earth(catalog: Catalog):
    """프리메라 마일드 포어 필링 패드 (글루코노락톤·베타인살리실레이트·판테놀): nothing natural in the catalog;
    프리메라's story says "자연을 아끼는 방식으로 만들고 포장하는 일에도 마음을 씁니다", told as what the house
    is (a copula the speech levels turn). A plant product of the house (오가니언스 워터) keeps its plant and hears
    no such line."""
    line = "프리메라는 자연을 아끼는 방식으로 만들고 포장하는 일에도 마음을 쓰는 브랜드예요."
    assert _lines(catalog, "마일드 포어 필링 패드 60매", variants=1) == [line]
    organic = _lines(catalog, "오가니언스 워터 180ml", "새싹 추출물을 담은 보습 토너예요.")
    assert not [found for found in organic if "자연을 아끼는" in found], organic
    assert fit.natural_house_fits("라네즈", catalog.brand("라네즈").story or "", "") == []
