"""Round 32 (readings 66-75): the persona's own interest in the long copy where the evidence allows it.

- A sensitive reader of a wash-off product holding an exfoliating acid (reading 66, s2152, 화산송이 모공 바하
  클렌징폼, 2.5: "BHA·단단한 거품을 앞세우고 순함·테스트 안내가 없어") hears how to use it gently.
- A natural reader of a product with no plant or origin in its catalog ("자연 유래 관점 없음") hears the mildness the
  catalog states (sensitive skin among its skin types); never "천연", "100%" or "무첨가", which no catalog states.
- A natural reader of 카밍 샷 아줄렌 크림, whose definition names 아줄렌, still hears the origin the brand story
  gives it ("장미, 동백, 아줄렌처럼 꽃과 식물에서 얻은 원료")."""

from __future__ import annotations

import re

from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.domain import Brief
from crm_core.generation.composer import fit
from crm_core.generation.composer.angles import angle_for
from crm_core.generation.composer.facts import product_facts
from tests.generation.scripted import pipeline_with_reviews

SENSITIVE, NATURAL = 1, 4
NEW_STAGES = (0, 1, 3)
LONG = ("kakao_friendtalk", "lms", "email")
ACID_CLEANSERS = {
    "화산송이 모공 바하 클렌징폼 250g": "이니스프리",
    "테라크네365 클리어 딥 클렌징 폼 200g": "에스트라",
    "살리실산 데일리 젠틀 클렌저 150ml": "코스알엑스",
}
# products with no plant, origin or comfort claim in the catalog, sensitive skin among their skin types
PLAIN_MILD = {
    "컴피 리바이탈라이징 세럼 미스트 90ml": "헤라",
    "수분가득 콜라겐 시트 마스크 25ml": "에뛰드",
    "아토베리어365 하이드로 에센스 200ml": "에스트라",
    "히알루론 모이스춰 수분크림 100ml": "일리윤",
}
COMFORT = re.compile("순하게|순한|편안|자극|당기지|당김|향료를 넣지|향이 거의")
UNSTATED = re.compile("천연|100%|무첨가")


def _bodies(pipeline, persona: int, brand: str, product: str, stages: tuple[int, ...]):  # type: ignore[no-untyped-def]
    for stage in stages:
        for channel in LONG:
            for style in range(6):
                for honorific in ("해요체", "합쇼체"):
                    brief = Brief(persona=persona, brand=brand, product=product, stage_index=stage,
                                  style_index=style, channel=channel, honorific=honorific, seed=style)  # fmt: skip
                    yield (stage, channel, style, honorific), pipeline.run_one(brief)[0].message.body


def _facts(catalog: Catalog, name: str, reader: str):  # type: ignore[no-untyped-def]
    product = next(p for p in catalog.products if p.name == name)
    persona = next(p for p in catalog.personas if angle_for(p).key == reader)
    return product_facts(product, angle_for(persona))


def test_a_sensitive_reader_of_an_acid_cleanser_hears_a_gentle_start(catalog: Catalog, settings: Settings):
    """Three acid cleansers, stages 0-3, every long channel, style and level: the gentle-use line is said."""
    pipeline = pipeline_with_reviews(catalog, settings)
    for product, brand in ACID_CLEANSERS.items():
        for key, body in _bodies(pipeline, SENSITIVE, brand, product, (0, 1, 2, 3)):
            assert "하루 한 번 정도만" in body, (product, key, body)


def test_the_gentle_start_is_for_wash_off_acids_only(catalog: Catalog):
    """A leave-on product's active keeps reader.active_caution; a cleanser without an acid hears no such line."""
    retinol = _facts(catalog, "레티놀 엑스퍼트 0.1% 링클 코렉터 20ml", "sensitive")
    gentle = _facts(catalog, "순정 약산성 5.5 폼 클렌저 150ml", "sensitive")
    acid = _facts(catalog, "테라크네365 클리어 딥 클렌징 폼 200g", "sensitive")
    assert fit.wash_off_care(retinol) == []
    assert fit.wash_off_care(gentle) == []
    assert [f.line for f in fit.wash_off_care(acid)] == [
        "살리실산이 든 클렌저라, 하루 한 번 정도만 쓰면서, 피부가 편안한지 살펴보면 좋아요."
    ]


def test_a_natural_reader_of_a_plain_mild_product_hears_its_mildness(catalog: Catalog, settings: Settings):
    """Four products with nothing natural in their catalog, new stages, every long channel: a comfort or mildness
    word is said beside the product, and never a claim of "천연", "100%" or "무첨가"."""
    pipeline = pipeline_with_reviews(catalog, settings)
    for product, brand in PLAIN_MILD.items():
        for key, body in _bodies(pipeline, NATURAL, brand, product, NEW_STAGES):
            assert COMFORT.search(body.replace(product, " ")), (product, key, body)
            assert not UNSTATED.search(body), (product, key, body)


def test_no_mildness_is_said_of_an_active_to_a_natural_reader(catalog: Catalog):
    """A retinol or an acid cleanser is never told as a mild product (natural_mild_fits)."""
    brand = "에스트라"
    story = next(b.story for b in catalog.brands if b.name == brand)
    for name in ("리제덤365 모공탄력 캡슐세럼 30ml", "테라크네365 클리어 딥 클렌징 폼 200g"):
        assert fit.natural_mild_fits(_facts(catalog, name, "natural"), brand, story or "", "") == [], name


def test_a_natural_reader_of_the_azulene_cream_hears_its_origin(catalog: Catalog, settings: Settings):
    """카밍 샷 아줄렌 크림, new stages, every long channel, style and level: the story's origin is said."""
    pipeline = pipeline_with_reviews(catalog, settings)
    for key, body in _bodies(pipeline, NATURAL, "마몽드", "카밍 샷 아줄렌 크림 60ml", NEW_STAGES):
        assert "꽃과 식물에서 얻은" in body, (key, body)
