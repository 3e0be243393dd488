"""Reading 56 (s9801, "같은 제품을 다음 단계로 골라 보라는 논리 오류"): a sun stick's reader was asked to pick "this
sunscreen as the next step". The next-step guide (ev-rev-n1, 다음 단계 라인 안내, names_next_step) goes only with a
product the catalog names a next step for (Catalog.offers): a toner, an essence, a serum of a brand with a later
step; never a sunscreen, a cream (the routine's last step), a pack or hair."""

from __future__ import annotations

import pytest

from crm_core.catalog import Catalog
from crm_core.domain import Brief
from crm_core.errors import InvalidInput
from tests.generation.imported_guide import with_unnamed_guide

NEXT_STEP = "ev-rev-n1"  # 다음 단계 라인 안내
TONER = ("라네즈", "워터뱅크 블루 히알루로닉 에센스 토너 중·건성용 160ml")  # next: 워터뱅크 블루 히알루로닉 세럼 50ml
SUNSCREEN = ("라네즈", "워터뱅크 UV 베리어 선크림 SPF50+/PA++++ 50ml")
CREAM = ("설화수", "자음생크림 60ml")  # "스킨케어 마지막 단계"


def _product(catalog: Catalog, brand: str, name: str):  # type: ignore[no-untyped-def]
    return catalog.match_product(brand, name)[0]


def test_the_guide_is_offered_with_a_toner_that_has_a_next_step_and_not_with_a_sunscreen_or_a_cream(
    catalog: Catalog,
):
    guide = catalog.event(NEXT_STEP)
    toner, sunscreen, cream = (_product(catalog, *p) for p in (TONER, SUNSCREEN, CREAM))
    assert catalog.next_in_routine(toner).name == "워터뱅크 블루 히알루로닉 세럼 50ml"
    assert catalog.offers(guide, toner)
    assert guide in catalog.events_for(3, "라네즈", toner)
    for product in (sunscreen, cream):
        assert guide.applies_to(product)  # its brand and category are in the guide's scope ...
        assert not catalog.offers(guide, product)  # ... but the catalog names no next step after it
        assert guide not in catalog.events_for(3, product.brand, product)
    # a user's imported guide that names no next product still goes with them (its copy names none)
    imported = with_unnamed_guide(catalog)
    assert imported.offers(imported.event(NEXT_STEP), sunscreen)


def test_naming_the_guide_with_a_sunscreen_is_an_event_id_error_without_it(catalog: Catalog):
    brand, name = SUNSCREEN
    brief = Brief(persona=0, brand=brand, product=name, stage_index=3, style_index=1, channel="push",
                  is_event=True, event_id=NEXT_STEP)  # fmt: skip
    with pytest.raises(InvalidInput) as refused:
        catalog.resolve(brief)
    assert refused.value.field == "event_id"
    assert refused.value.allowed and NEXT_STEP not in refused.value.allowed
    assert "ev-rev-n2" in refused.value.allowed  # the stage's other events are still offered


@pytest.mark.parametrize(("brand", "name"), [SUNSCREEN, CREAM])
def test_an_event_brief_for_a_product_with_no_next_step_never_gets_the_guide(catalog: Catalog, brand: str, name: str):
    chosen = set()
    for seed in range(60):
        for channel in ("push", "lms"):
            brief = Brief(persona=seed % 5, brand=brand, product=name, stage_index=3, style_index=seed % 6,
                          channel=channel, is_event=True, seed=seed)  # fmt: skip
            resolved = catalog.resolve(brief)
            chosen.add(resolved.event.id)
            assert resolved.event.id != NEXT_STEP and resolved.next_product is None, (seed, resolved.event.id)
    assert len(chosen) >= 2  # the seeds still pick among the stage's other events


def test_an_event_brief_for_a_toner_may_get_the_guide_naming_its_next_product(catalog: Catalog):
    brand, name = TONER
    guided = []
    for seed in range(60):
        brief = Brief(persona=seed % 5, brand=brand, product=name, stage_index=3, style_index=seed % 6,
                      channel="push", is_event=True, seed=seed)  # fmt: skip
        resolved = catalog.resolve(brief)
        if resolved.event.id == NEXT_STEP:
            guided.append(resolved.next_product.name)
    assert guided and set(guided) == {"워터뱅크 블루 히알루로닉 세럼 50ml"}
