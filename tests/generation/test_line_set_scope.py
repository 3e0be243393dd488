"""A set of the line's daily steps (라인 3종 세트 구성) is never offered with an all-in-one product: reading 62 (s4326,
코스알엑스 어드밴스드 스네일 92 올인원 크림, both readers: "'한 단계로 끝내는' 올인원과 3종 세트 권유가 충돌")."""

from __future__ import annotations

import pytest

from crm_core.catalog import Catalog
from crm_core.domain import Brief
from crm_core.errors import InvalidInput

LINE_SET = "ev-rev-p1"
ALL_IN_ONE = ("코스알엑스", "어드밴스드 스네일 92 올인원 크림 100g")


def test_the_line_set_is_not_among_an_all_in_one_products_events(catalog: Catalog):
    cream = catalog.match_product(*ALL_IN_ONE)[0]
    assert LINE_SET not in [e.id for e in catalog.events_for(3, cream.brand, cream)]
    # another cream of the house keeps it
    other = catalog.match_product("라네즈", "래디언씨 크림 30ml")[0]
    assert LINE_SET in [e.id for e in catalog.events_for(3, other.brand, other)]


def test_naming_the_line_set_for_an_all_in_one_is_an_error_naming_event_id(catalog: Catalog):
    brief = Brief(persona=4, brand=ALL_IN_ONE[0], product=ALL_IN_ONE[1], stage_index=3, style_index=5,
                  channel="kakao_friendtalk", is_event=True, event_id=LINE_SET)  # fmt: skip
    with pytest.raises(InvalidInput) as raised:
        catalog.resolve(brief)
    assert raised.value.field == "event_id"
