"""Round 37 (readings 90-91): a natural reader of a strong active hears what is true and theirs.

s5479 (레티놀 엑스퍼트 0.3% push: "내추럴 고객에게 레티놀 0.3%만 내세워 편안함·성분 관점이 없음") and s6749 (더 레티놀
0.1 크림: "레티놀을 자연 지향 고객에게 주의 없이 제시"): the catalog states no plant, origin or mildness of a retinol,
so the natural reader heard the active's strength alone. What the catalog does state is the slow start (an interval,
every other night, a wider interval where the skin dries), which is their "오래 써도 편안한 사용감": said as a pace the
skin is comfortable with, never as "자연 유래" or "순한".
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

NATURAL = 4
PACE = re.compile("편안한 속도|편안하게 익혀|편안하게 쓰면")
NOT_NATURAL = re.compile("자연 유래|자연에서 얻은|순한|순하게")
RETINOLS = {
    "더 레티놀 0.1 크림 20ml": ("코스알엑스", "2~3일 간격"),
    "레티놀 엑스퍼트 0.1% 링클 코렉터 20ml": ("아이오페", "이틀에 한 번"),
    "레티놀 엑스퍼트 0.3% 링클 코렉터 20ml": ("아이오페", "간격을 늘려"),
}


def _natural_fits(catalog: Catalog, name: str) -> tuple[fit.Fit, ...]:
    brand = next(b for b in catalog.brands if b.name == RETINOLS[name][0])
    facts = _facts(catalog, name, "natural")
    return fit.fits("natural", facts, product_kind(facts, name), (), False, "", brand.name, brand.story or "", 0, -1)


def test_a_natural_reader_of_a_retinol_hears_the_catalogs_slow_start(catalog: Catalog):
    for name, (_, start) in RETINOLS.items():
        found = _natural_fits(catalog, name)
        assert found and found[0].kind == "comfort", (name, found)
        assert start in found[0].line + found[0].short and PACE.search(found[0].line), (name, found[0].line)
        assert PACE.search(found[0].short), (name, found[0].short)


def test_the_slow_start_never_calls_the_active_natural_or_mild(catalog: Catalog):
    lines = [f.line + f.short for name in RETINOLS for f in _natural_fits(catalog, name)]
    assert len(lines) >= 3
    assert [line for line in lines if NOT_NATURAL.search(line)] == []


def test_the_retinol_cream_to_a_natural_reader_says_its_pace_on_every_long_channel(
    catalog: Catalog, settings: Settings
):
    """s6749's product, stages 0-3, every long channel, style and level."""
    pipeline = pipeline_with_reviews(catalog, settings)
    bodies = list(_bodies(pipeline, NATURAL, "코스알엑스", "더 레티놀 0.1 크림 20ml", (0, 1, 2, 3)))
    assert len(bodies) == 144
    assert [(key, body) for key, body in bodies if not PACE.search(body)] == []


def test_the_retinol_pushes_to_a_natural_reader_mostly_say_the_pace(catalog: Catalog, settings: Settings):
    """s5479 and s6749 were pushes: of each product's 36 pushes (stages 0-2, six styles, both levels), most now say
    the pace where before none did (a push whose offer leaves no room keeps its offer)."""
    pipeline = pipeline_with_reviews(catalog, settings)
    for name, (brand, _) in RETINOLS.items():
        said = 0
        for stage in (0, 1, 2):
            for style in range(6):
                for honorific in ("해요체", "합쇼체"):
                    brief = Brief(persona=NATURAL, brand=brand, product=name, stage_index=stage, style_index=style,
                                  channel="push", honorific=honorific, seed=style)  # fmt: skip
                    said += bool(PACE.search(pipeline.run_one(brief)[0].message.body))
        assert said >= 18, (name, said)
