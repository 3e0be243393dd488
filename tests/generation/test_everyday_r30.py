"""Round 30 (bench/fact_run_check.py keep_new: 12 of 3,600 long messages): a budget reader who has not bought the
product yet was told its everyday price lets them "부담 없이 다시 곁에 둘" it; a reader choosing hears "부담 없이 들여
볼 수 있어요", a user still hears "다시 곁에 둘"."""

from __future__ import annotations

from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.domain import Brief
from crm_core.generation.composer import fit
from tests.generation.scripted import pipeline_with_reviews

BUDGET = 2


def _bodies(catalog: Catalog, settings: Settings, stages: tuple[int, ...]) -> list[str]:
    pipeline = pipeline_with_reviews(catalog, settings)
    cheap = [p for p in catalog.products if p.price and p.price <= fit.EVERYDAY_PRICE][::2]
    out = []
    for i, product in enumerate(cheap):
        for stage in stages:
            for channel in ("kakao_friendtalk", "email"):
                brief = Brief(persona=BUDGET, brand=product.brand, product=product.name, stage_index=stage,
                              style_index=i % 6, channel=channel, seed=i)  # fmt: skip
                out.append(pipeline.run_one(brief)[0].message.body)
    return out


def test_a_budget_reader_choosing_is_not_told_to_keep_it_again(catalog: Catalog, settings: Settings):
    choosing = _bodies(catalog, settings, (0, 1, 3))
    assert sum(fit.EVERYDAY_USE_NEW in b for b in choosing) >= 3
    assert not [b for b in choosing if fit.EVERYDAY_USE in b]


def test_a_budget_user_still_keeps_it_at_hand(catalog: Catalog, settings: Settings):
    using = _bodies(catalog, settings, (2,))
    assert any(fit.EVERYDAY_USE in b for b in using)
    assert not [b for b in using if fit.EVERYDAY_USE_NEW in b]
