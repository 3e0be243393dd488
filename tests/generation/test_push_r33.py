"""Round 33 (readings 76-81: about 34 of ~76 pushes rated 3.0-3.5, most "관점 없음"): the reader's own line outranks a
stock line within a push's tier, a budget reader hears the price, a sharer hears whom the product matters to, and no
habit is presumed ("요즘 자주 찾으시는", "늘 반가운" to a newcomer).

    PYTHONPATH=. python bench/push_reader_r33_check.py --n 1500
"""

from __future__ import annotations

import itertools
import re

from crm_core.catalog import Catalog
from crm_core.domain import Brief, Honorific, Tone
from crm_core.pipeline import Pipeline

SENTENCE = re.compile(r"(?<=[.!?])\s+")
EMOJI = re.compile(r"[^\w\s.,!?·#{}%+/()~'\-]")
WHOMLESS = re.compile(r"(?:담아|들어 있어|담고 있어) (?:권하기|건네기) 좋")
STOCK_USER_LINE = "손에 익은 한 단계일수록 오래 곁에 두게"


def _push(pipeline: Pipeline, catalog: Catalog, product: str, **kw):  # type: ignore[no-untyped-def]
    found = next(p for p in catalog.products if p.name == product)
    base = dict(brand=found.brand, product=found.name, channel="push", emoji="none", seed=0, honorific=Honorific.haeyo)
    return pipeline.run_one(Brief(**(base | kw)))[0].message


def _sentences(body: str) -> list[str]:
    return [s.strip() for s in SENTENCE.split(EMOJI.sub("", body)) if s.strip()]


def test_a_luxury_user_hears_what_the_product_holds_not_a_stock_line(facts_pipeline: Pipeline, catalog: Catalog):
    """s3362, s4628 (럭셔리 애호가, 유지, 고급스러운): "…손에 익은 한 단계일수록 오래 곁에 두게 돼요. 오늘도 이 크림을
    챙겨 루틴을 이어 가세요." — "럭셔리 고객 관점 없음": a shorter form of the same tier with the ingredient wins."""
    for product, tone, style in (
        ("워터뱅크 블루 히알루로닉 에센스 토너 중·건성용 160ml", Tone.luxurious, 0),
        ("노웨어 립스틱 바밍 글로우 3.2g", Tone.friendly, 5),
    ):
        message = _push(facts_pipeline, catalog, product, persona=0, stage_index=2, style_index=style, tone=tone)
        held = next(p for p in catalog.products if p.name == product).key_ingredients
        assert any(i in message.body for i in held), message.body
        assert STOCK_USER_LINE not in message.body, message.body


def test_a_budget_keeper_hears_the_price_where_the_house_talks_price(facts_pipeline: Pipeline, catalog: Catalog):
    """s3405, s1686: "가성비 고객이 볼 가격·후기 근거가 없음": an everyday product's price and size in few words, where
    the offer leaves the longer lines no room; a budget sharer still hears why it is easy to pass on."""
    for honorific, seed in itertools.product(Honorific, range(3)):
        message = _push(
            facts_pipeline, catalog, "워터 스플래쉬 프레쉬 시카 선크림 SPF50+/PA++++ 60ml", persona=2, stage_index=2,
            style_index=1, tone=Tone.expert, honorific=honorific, is_event=True, event_id="ev-ret-p1", seed=seed,
        )  # fmt: skip
        assert "22,000원" in message.body, message.body
        gift = _push(
            facts_pipeline, catalog, "어린쑥 수분진정 토너 150ml", persona=2, stage_index=4, style_index=1,
            tone=Tone.expert, honorific=honorific, is_event=True, event_id="ev-ref-p1", seed=seed,
        )  # fmt: skip
        assert re.search("26,000원이라 부담 없이 건네기 좋", gift.body), gift.body


def test_a_sharer_hears_whom_the_product_matters_to(facts_pipeline: Pipeline, catalog: Catalog):
    """s5507 (민감성 피부, 추천): "…크림에는 히알루론산·판테놀이 들어 있어 권하기 좋습니다" — "'들어 있어 권하기
    좋습니다' 논리가 어색": where the push has room, the bridge names the reader's friend; the bare held line never
    comes right before the share ask (s7657, test_push_r31)."""
    message = _push(
        facts_pipeline, catalog, "에이지 어웨이 에스테틱 BX 크림 50ml", persona=1, stage_index=4, style_index=4,
        tone=Tone.friendly, honorific=Honorific.hapsho,
    )  # fmt: skip
    assert re.search(r"들어 있어 \S+ \S+ \S+ 분께 권하기 좋", message.body), message.body
    assert not WHOMLESS.search(message.body), message.body
    for seed in range(4):
        body = _push(
            facts_pipeline, catalog, "워터뱅크 블루 히알루로닉 모이스춰 크림 50ml", persona=1, stage_index=4,
            style_index=5, tone=Tone.trendy, honorific=Honorific.hapsho, emoji="few", is_event=True,
            event_id="ev-ref-n3", seed=seed,
        ).body  # fmt: skip
        said = _sentences(body)
        assert "공유" in said[-1], body
        assert not re.search(r"(?:담았습니다|들어 있습니다)\.$", said[-2]), body


def test_no_habit_is_presumed(facts_pipeline: Pipeline, catalog: Catalog):
    """s4290, s8674 (트렌디한): "'요즘 자주 찾으시는'이 단정적"; s9352 (활성화, 친근한): "첫 사용인데 '늘 반가운'이
    어긋남"."""
    trendy = [
        _push(
            facts_pipeline,
            catalog,
            product.name,
            persona=persona,
            stage_index=stage,
            style_index=style,
            tone=Tone.trendy,
            seed=seed,
        ).body
        for product, persona, stage, style, seed in itertools.product(
            catalog.products[::4], (0, 3), (2, 4), (0, 5), (0, 1)
        )
    ]
    assert len(trendy) > 150
    assert not [b for b in trendy if "자주 찾으시는" in b], [b for b in trendy if "자주 찾으시는" in b][:3]
    friendly = [
        _push(
            facts_pipeline,
            catalog,
            product.name,
            persona=persona,
            stage_index=stage,
            style_index=style,
            tone=Tone.friendly,
            seed=seed,
        ).body
        for product, persona, stage, style, seed in itertools.product(
            catalog.products[::3], (0, 2, 3), (0, 1), (0, 2), (0, 1)
        )
    ]
    assert len(friendly) > 300
    assert not [b for b in friendly if "늘 반가운" in b], [b for b in friendly if "늘 반가운" in b][:3]
