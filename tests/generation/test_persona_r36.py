"""Round 36 (readings 86-89): the persona's own interest, and only what the catalog ties to the product.

- The house's origin ("섬에서 얻은 원료를 연구해 온 이니스프리") is said only of a product the catalog ties to that
  place (reading 88, s2680, 올리브 미스트: "'섬에서 얻은 원료'가 올리브에 맞지 않아 오해 소지").
- A natural reader never hears the sensitive reader's reassurance ("민감성 피부도 …", "예민한 날에도 …"; reading 89,
  s6306 헤라 워터 드롭: "내추럴 고객에게 민감성 안심을 말해 관점이 어긋남"): their comfort in plain words.
"""

from __future__ import annotations

import re

from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.domain import Brief
from crm_core.generation.composer import fit
from crm_core.generation.composer.reader import product_kind
from tests.generation.scripted import pipeline_with_reviews
from tests.generation.test_persona_r32 import _bodies, _facts
from tests.generation.test_persona_r35 import _every_fit

LUXURY, NATURAL = 0, 4
HOUSE_ORIGIN = re.compile("섬에서 얻은|제주의 녹차, 화산송이")
# the innisfree products whose catalog names neither 제주 nor one of the story's island materials (녹차, 화산송이, 비자)
UNTIED = ("올리브 비타민 E 리얼 오일 미스트 75ml", "레티놀 시카 흔적 앰플 50ml")
SENSITIVE_WORDS = re.compile("민감성 피부|예민한 날|예민해진 날")


def test_the_island_origin_is_said_only_of_island_products(catalog: Catalog):
    untied = [(p.name, f.line) for p, _, found in _every_fit(catalog) for f in found if p.name in UNTIED]
    untied = [(name, line) for name, line in untied if HOUSE_ORIGIN.search(line)]
    assert untied == []


def test_an_island_product_keeps_the_house_research(catalog: Catalog):
    brand = next(b for b in catalog.brands if b.name == "이니스프리")
    for name in ("그린티 씨드 히알루론산 크림 50ml", "수퍼 화산송이 모공 마스크 100ml", "비자 시카 밤 EX 40ml"):
        facts = _facts(catalog, name, "luxury")
        found = fit.fits("luxury", facts, product_kind(facts, name), (), False, "", brand.name, brand.story, 0, 0)
        assert any("섬에서 얻은 원료를 연구해 온" in f.line for f in found), name


def test_the_olive_mist_to_a_luxury_reader_names_no_island(catalog: Catalog, settings: Settings):
    """Every stage, long channel and SMS, style and level (s2680 was an SMS)."""
    pipeline = pipeline_with_reviews(catalog, settings)
    product = UNTIED[0]
    bodies = [body for _, body in _bodies(pipeline, LUXURY, "이니스프리", product, (0, 1, 2, 3, 4))]
    for stage in range(5):
        for style in range(6):
            brief = Brief(persona=LUXURY, brand="이니스프리", product=product, stage_index=stage, style_index=style,
                          channel="sms", honorific="합쇼체", seed=style)  # fmt: skip
            bodies.append(pipeline.run_one(brief)[0].message.body)
    assert len(bodies) == 210
    assert [b for b in bodies if HOUSE_ORIGIN.search(b)] == []


def test_no_natural_line_speaks_of_sensitive_skin(catalog: Catalog):
    said = [(p.name, f.line) for p, reader, found in _every_fit(catalog) if reader == "natural" for f in found]
    assert [(name, line) for name, line in said if SENSITIVE_WORDS.search(line)] == []
    assert not [line for line in fit.NATURAL_MILD_TYPE if SENSITIVE_WORDS.search(line)]


def test_a_natural_reader_of_the_water_drop_hears_comfort_not_reassurance(catalog: Catalog, settings: Settings):
    """헤라 하이드로-듀 플럼핑 워터 드롭 (s6306), stages 0-2, every long channel, style and level."""
    pipeline = pipeline_with_reviews(catalog, settings)
    bodies = list(_bodies(pipeline, NATURAL, "헤라", "하이드로-듀 플럼핑 워터 드롭 50ml", (0, 1, 2)))
    assert len(bodies) == 108
    assert [(key, body) for key, body in bodies if SENSITIVE_WORDS.search(body)] == []
    assert [(key, body) for key, body in bodies if not re.search("순하|편안|부담 없", body)] == []
