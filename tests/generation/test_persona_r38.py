"""Round 38 (readings 92-93): a natural reader hears where the plant in their product comes from.

Natural readers wrote 6 of the 7 weakest notes ("자연 유래 관점 없음"): s6264 (픽싱 틴트, which holds 호호바 오일) said
only "픽싱 틴트에는 호호바 오일이 들어 있어요"; s5259 (풀핏 프로폴리스 라이트 크림) named 프로폴리스 with no word of
where it comes from. The origin is true by what the ingredient is (호호바 씨앗에서 얻은 오일, 벌집에서 얻은 프로폴리스)
and is never said of a lab ingredient.
"""

from __future__ import annotations

import re

from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.generation.composer import fit
from crm_core.generation.composer.facts import NATURAL_SOURCES, plant_origin
from crm_core.generation.composer.reader import product_kind
from tests.generation.scripted import pipeline_with_reviews
from tests.generation.test_persona_r32 import _bodies, _facts

NATURAL = 4
ORIGIN = re.compile("에서 얻은|자연에서")
PLANTED = {  # s6264, s5259 and the 유자 pack whose definition names its plant
    "픽싱 틴트 4g": "에뛰드",
    "풀핏 프로폴리스 라이트 크림 65ml": "코스알엑스",
    "달빛유자 수면팩 100ml": "한율",
}


def test_a_plant_ingredient_is_told_by_where_it_comes_from():
    assert plant_origin("호호바 오일") == "호호바 씨앗에서 얻은 오일"
    assert plant_origin("프로폴리스 추출물") == "벌집에서 얻은 프로폴리스 추출물"
    assert plant_origin("해바라기씨 오일") == "해바라기 씨앗에서 얻은 오일"
    assert plant_origin("쌀 발효 여과물") == "쌀을 발효해 얻은 여과물"
    assert plant_origin("녹차 추출물") == "녹차에서 얻은 추출물"


def test_no_lab_ingredient_is_given_an_origin(catalog: Catalog):
    lab = {i for p in catalog.products for i in p.key_ingredients if not NATURAL_SOURCES.search(i)}
    assert {"나이아신아마이드", "레티놀", "PDRN", "판테놀", "세라마이드"} <= lab
    assert {i: plant_origin(i) for i in lab if plant_origin(i)} == {}


def test_the_propolis_cream_tells_a_natural_reader_of_the_hive(catalog: Catalog):
    """s5259's product: the natural reader's first line says where propolis comes from."""
    name = "풀핏 프로폴리스 라이트 크림 65ml"
    facts = _facts(catalog, name, "natural")
    found = fit.fits("natural", facts, product_kind(facts, name), (), False, "", "코스알엑스", "", 0, -1)
    assert found and "벌집에서 얻은 프로폴리스" in found[0].line + found[0].short, found


def test_a_plant_the_opener_names_is_told_by_its_origin(catalog: Catalog):
    """s6264: the opener says "픽싱 틴트에는 호호바 오일이 들어 있어요"; the reader hears where it comes from."""
    name = "픽싱 틴트 4g"
    facts = _facts(catalog, name, "natural")
    said = "픽싱 틴트에는 호호바 오일이 들어 있어요. 가볍게 밀착되는 벨벳 매트 립 틴트"
    found = fit.fits("natural", facts, product_kind(facts, name), (), False, said, "에뛰드", "", 0, -1)
    told = [f.line for f in found if "호호바 씨앗에서 얻은 오일" in f.line]
    assert told and told[0].startswith("호호바 오일은"), found


def test_natural_long_messages_of_planted_products_say_where_the_plant_comes_from(catalog: Catalog, settings: Settings):
    """The three products, stages 0-3, every long channel, style and level: each body says an origin."""
    pipeline = pipeline_with_reviews(catalog, settings)
    missed = []
    for product, brand in PLANTED.items():
        bodies = list(_bodies(pipeline, NATURAL, brand, product, (0, 1, 2, 3)))
        assert len(bodies) == 144
        missed += [(product, key, body) for key, body in bodies if not ORIGIN.search(body)]
    assert missed == []


def test_a_second_use_the_catalog_gives_is_a_natural_readers_reason(catalog: Catalog, settings: Settings):
    """s2876 (톤업 선크림, "메이크업 베이스로도 쓸 수 있습니다"): no plant on its label, but one product where two would
    be; the natural reader hears it in every long message of stages 0-3."""
    pipeline = pipeline_with_reviews(catalog, settings)
    name = "워터 스플래쉬 선크림 톤업 래스팅 SPF50+/PA++++ 50ml"
    bodies = list(_bodies(pipeline, NATURAL, "에스쁘아", name, (0, 1, 2, 3)))
    assert len(bodies) == 144
    assert [(key, body) for key, body in bodies if "제품을 따로 늘리지 않아도" not in body] == []
