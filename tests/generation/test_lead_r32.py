"""Round 32, reading 76: the empties campaign's close says no "this week" unless the brief's style is the time one."""

from __future__ import annotations

import itertools

from crm_core.catalog import Catalog
from crm_core.domain import Brief
from crm_core.pipeline import Pipeline


def test_the_empties_close_says_this_week_only_in_the_time_style(facts_pipeline: Pipeline, catalog: Catalog):
    """s8755 (정보 전달형): "모아 두셨다가 이번 주에 들르실 때 챙겨 와 주십시오." — "'이번 주 방문'은 근거 없음"."""
    closes = {}
    for product, style in itertools.product(catalog.products[::4], range(6)):
        body = facts_pipeline.run_one(
            Brief(
                brand=product.brand,
                product=product.name,
                persona=4,
                stage_index=2,
                style_index=style,
                channel="kakao_friendtalk",
                is_event=True,
                event_id="ev-ret-n3",
                seed=1,
            )
        )[0].message.body
        closes.setdefault(style, []).append(body)
    untimed = [b for style in (1, 2, 3, 4) for b in closes[style] if "들르실 때" in b]
    assert untimed and not any("이번 주에 들르실" in b for b in untimed), untimed[:3]
    assert any("이번 주에 들르실" in b for b in closes[0]), closes[0][:3]
