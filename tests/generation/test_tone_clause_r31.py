"""A tone's clause after a fact is no cause the fact cannot carry: readings 66-67 (s8750: "'기능성 제품이라 여유 있게'
인과 어색", both readers; s9807: "'발효물이 들어 있어 오늘부터 써 보기 좋다' 인과 어색", both readers). Over every
product, long channel and honorific, at the stages the clauses are said in, under the 고급스러운 and 트렌디한 tones."""

from __future__ import annotations

import itertools

from crm_core.catalog import Catalog
from crm_core.errors import CrmError
from crm_core.generation.composer import compose
from tests.generation.test_long_forms import LONG_CHANNELS
from tests.generation.test_long_written import _request

CAUSELESS = ("여유 있게 챙기기", "오늘부터 바로 써 보기", "첫날부터 바로 써 보기")


def _bodies(catalog: Catalog, tone: str, stages: tuple[int, ...]) -> list[str]:
    out = []
    for (i, product), channel, stage in itertools.product(enumerate(catalog.products), LONG_CHANNELS, stages):
        brief = dict(brand=product.brand, product=product.name, persona=i % 5, channel=channel, tone=tone,
                     honorific="해요체", stage_index=stage, style_index=i % 6, seed=i, is_event=False)  # fmt: skip
        try:
            out.append(compose(_request(catalog, brief))[0].body)
        except CrmError:
            continue
    return out


def test_no_tone_clause_makes_a_fact_the_cause_of_an_unhurried_or_a_same_day_start(catalog: Catalog):
    bodies = [*_bodies(catalog, "고급스러운", (0, 2, 3)), *_bodies(catalog, "트렌디한", (1,))]
    assert len(bodies) > 300
    said = [b for b in bodies if any(c in b for c in CAUSELESS)]
    assert not said, said[:3]
