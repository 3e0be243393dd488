"""Round 36 (readings 88-89: push 3.84, 5 of 40 messages at 3.5 or below): a budget reader's price with what the money
buys.

    PYTHONPATH=. python bench/push_r36_check.py --n 1500
"""

from __future__ import annotations

import re

from crm_core.catalog import Catalog
from crm_core.domain import Brief, Honorific, Tone
from crm_core.generation.composer import push
from crm_core.pipeline import Pipeline

# what the money buys, as bench/push_r36_check.py reads it (a texture, finish, function, ingredient, use, review, the
# dose's reason); not a dose alone, the size, the tone's words or an ask
MERIT = re.compile(
    "후기|써 본 분|기능성|흡수|촉촉|산뜻|가벼운|부드럽|부드러운|보습|진정|끈적|백탁|거품|세정|녹여|녹이|윤기|매트|밀착|"
    "커버|정돈|탄력|미백|주름|제형|사용감|발리|발려|스며|담았|유도체를 담은|들어 있|보송|오래 두고 쓸"
)


def _push(pipeline: Pipeline, catalog: Catalog, product: str, **kw):  # type: ignore[no-untyped-def]
    found = next(p for p in catalog.products if p.name == product)
    base = dict(brand=found.brand, product=found.name, channel="push", emoji="none", seed=0, persona=2)
    return pipeline.run_one(Brief(**(base | kw)))[0].message


def _merit(body: str, name: str) -> bool:
    return bool(MERIT.search(body.replace(name, " ")))


def test_a_price_alone_waits_behind_the_forms_that_say_what_it_buys():
    """Tiers: a held form (the price alone) goes after the forms of its tier and the next that say more, as a tier
    of its own before the first that says less; the last tier (the offer alone) keeps its order."""
    held, better = (lambda f: f[0] == "price"), (lambda f: f[0] == "merit")
    tiers = push.Tiers(
        [
            [["merit", "a"], ["price", "b"], ["merit", "c"]],
            [["merit", "d"], ["less", "e"], ["merit", "f"]],
            [["price", "g"], ["less", "h"]],
        ],
        lambda tier: tier,
        (held, better),
    )
    assert len(tiers) == 5
    assert tiers[0] == [["merit", "a"], ["merit", "c"]]
    assert tiers[1] == [["merit", "d"]]
    assert tiers[2] == [["price", "b"]]
    assert tiers[3] == [["less", "e"], ["merit", "f"]]
    assert tiers[-1] == [["price", "g"], ["less", "h"]]


def test_the_read_budget_pushes_say_what_the_money_buys(facts_pipeline: Pipeline, catalog: Catalog):
    """s5290 (라네즈 선크림, 매출·전환, 전문적인, 감성, 합쇼체, 피부 변화 맞춤 상담: "50ml 정가 32,000원, 1ml당
    약 640원입니다." — "ml당 가격만 있고 제품 장점 없음") and s5938 (래디언씨 스팟 앰플, 활성화, 전문적인, 시간
    긴박, 해요체, 라이브 사용법 방송: "조금씩 덜어 쓰는 … 10g 한 통 기준 정가 32,000원이에요." — "정가만 던져
    가성비 설득이 안 됨"): a merit, with the event's ask."""
    sun = "워터뱅크 UV 베리어 선크림 SPF50+/PA++++ 50ml"
    body = _push(
        facts_pipeline, catalog, sun, stage_index=3, style_index=3, tone=Tone.expert, honorific=Honorific.hapsho,
        is_event=True, event_id="ev-rev-n2",
    ).body  # fmt: skip
    assert _merit(body, sun) and "워터뱅크 UV 베리어 선크림" in body and "상담" in body, body
    spot = "래디언씨 비타민 스팟 앰플 10g"
    body = _push(
        facts_pipeline, catalog, spot, stage_index=1, style_index=0, tone=Tone.expert, honorific=Honorific.haeyo,
        is_event=True, event_id="ev-act-n3",
    ).body  # fmt: skip
    assert _merit(body, spot) and "래디언씨 비타민 스팟 앰플" in body and "라이브" in body, body
