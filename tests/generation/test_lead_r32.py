"""Round 32, readings 76-77: what the product holds is a reason to pass it on only to someone it matters to, and the
empties campaign's close says no "this week" unless the brief's style is the time one."""

from __future__ import annotations

import itertools
import re

from crm_core.catalog import Catalog
from crm_core.domain import Brief, Honorific
from crm_core.pipeline import Pipeline

# "…크림에는 히알루론산·판테놀이 들어 있어 권하기 좋습니다." (reading 76, s5507: "'들어 있어 권하기 좋습니다'
# 논리가 어색")
HELD_SO_GIVE = re.compile(r"(?:들어 있어|담아|담고 있어) (?:권하기|건네기) 좋")


def test_a_sharer_push_says_to_whom_what_the_product_holds_matters(facts_pipeline: Pipeline, catalog: Catalog):
    bodies = [
        facts_pipeline.run_one(
            Brief(
                brand=product.brand,
                product=product.name,
                persona=persona,
                stage_index=4,
                style_index=style,
                channel="push",
                honorific=Honorific.hapsho,
                seed=seed,
            )
        )[0].message.body
        for product, persona, style, seed in itertools.product(catalog.products, (0, 1, 4), (1, 3, 5), (0, 1))
    ]
    assert len(bodies) > 500
    whomless = [b for b in bodies if HELD_SO_GIVE.search(b)]
    assert not whomless, whomless[:3]


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
