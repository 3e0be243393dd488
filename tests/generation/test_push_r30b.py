"""Round 30, part 2: a luxury reader's push title says "오래 곁에 둘" only of a premium line (as the long channels'
close, plan.py), and a time-style push of the seasonal consultation says the day with its verb ("…온라인 상담을 오늘
신청해 보세요"), never bare and never "오늘 계절 따라 …" (read as "today's season")."""

from __future__ import annotations

import itertools
import re

from crm_core.catalog import Catalog
from crm_core.domain import Brief
from crm_core.errors import CrmError
from crm_core.generation.composer.facts import PREMIUM_PRICE, register_price
from crm_core.pipeline import Pipeline

TONER = "세라마이드 아토 속보습 스킨 250ml"
_SENTENCES = re.compile(r"(?<=[.!?])\s+")


def _push(pipeline: Pipeline, catalog: Catalog, product: str, **kw):  # type: ignore[no-untyped-def]
    found = next(p for p in catalog.products if p.name == product)
    base = dict(brand=found.brand, product=found.name, channel="push", emoji="none", honorific="해요체")
    return pipeline.run_one(Brief(**(base | kw)))[0].message


def test_a_luxury_readers_push_says_keep_for_years_only_of_a_premium_line(facts_pipeline: Pipeline, catalog: Catalog):
    """ "오래 곁에 둘 세라마이드 아토 속보습 스킨" over a 16,000원 toner at the conversion stage: a product one keeps
    for years is a premium line's promise."""
    plain = [p.name for p in catalog.products if register_price(p) < PREMIUM_PRICE][::2]
    titles, bodies = [], []
    for i, (name, style) in enumerate(itertools.product(plain, range(6))):
        try:
            message = _push(
                facts_pipeline,
                catalog,
                name,
                persona=0,
                stage_index=3,
                style_index=style,
                seed=i % 4,
                is_event=i % 2 == 0,
            )
        except CrmError:
            continue
        titles.append(message.title)
        bodies.append(message.body)
    assert len(titles) > 300
    assert not [t for t in titles if "오래 곁에 둘" in t], [t for t in titles if "오래 곁에 둘" in t]
    assert any(t.startswith("이제 곁에 둘 ") for t in titles)
    assert not [b for b in bodies if "오래 곁에 둘 이유는" in b]  # the feature line says it "고를 때 눈여겨볼 점은 …"
    toner = _push(
        facts_pipeline,
        catalog,
        TONER,
        persona=0,
        stage_index=3,
        style_index=0,
        seed=0,
        is_event=True,
        event_id="ev-rev-n2",
    )
    assert "오래 곁에 둘" not in toner.title


def test_a_time_style_push_of_the_seasonal_consultation_says_today_with_its_verb(
    facts_pipeline: Pipeline, catalog: Catalog
):
    """ "계절 따라 달라진 고민에 맞춰 온라인 상담을 신청해 보세요." said no day in a time-style push, and "…궁금하다면
    오늘 계절 따라 달라진 고민에 …" bound the day to the season: the day goes with the verb."""
    lasts = [
        _SENTENCES.split(
            _push(
                facts_pipeline,
                catalog,
                product,
                persona=persona,
                stage_index=3,
                style_index=0,
                seed=seed,
                is_event=True,
                event_id="ev-rev-n2",
            ).body.strip()
        )[-1]
        for product in (TONER, "히알루론 모이스춰 수분크림 100ml", "바이오 컨디셔닝 에센스 84ml")
        for persona in range(5)
        for seed in range(2)
    ]
    assert all("상담을 오늘 신청해 보세요." in last for last in lasts), lasts
    assert not [last for last in lasts if "오늘 계절" in last]
