"""Round 41 (readings 98-101: push 3.54 / 3.44 / 3.77 / 3.69, the weakest channel; s8443, 2.0, the only message below
3): a sensitive reader's push of an active that can sting always says how to start it with care, whatever the title.

    PYTHONPATH=. python bench/push_r41_check.py --actives
"""

from __future__ import annotations

import re

import pytest

from crm_core.catalog import Catalog
from crm_core.domain import Brief, Honorific, Tone
from crm_core.pipeline import Pipeline

# what a caution says: a test on the arm, a slow start or an interval, night use and sunscreen, a day off
CAUTION = re.compile("자외선 차단제|저녁에 바르|간격|팔 안쪽|천천히|쉬어 가|이틀에 한 번|발라 보|작은 부위")


def _push(pipeline: Pipeline, catalog: Catalog, product: str, **kw):  # type: ignore[no-untyped-def]
    found = next(p for p in catalog.products if p.name == product)
    base = dict(brand=found.brand, product=found.name, channel="push", emoji="none", honorific=Honorific.haeyo)
    return pipeline.run_one(Brief(**(base | kw)))[0].message


@pytest.mark.parametrize("seed", [1, 4])
def test_a_sensitive_readers_retinol_push_keeps_its_caution_under_any_title(
    facts_pipeline: Pipeline, catalog: Catalog, seed: int
):
    """s8443 (2.0): "오늘 시작하는 레티놀 시카 흔적 앰플" over "…묽은 로션 제형이라 얇게 펴 발리고 금방 흡수돼요. 오늘
    바로 써 보세요" — "민감 피부 고객에게 레티놀 앰플을 테스트·주의 안내 없이 '오늘 바로' 권함". A feel line that
    reads as theirs ("얇게") no longer goes before the forms that keep the retinol's caution."""
    message = _push(
        facts_pipeline, catalog, "레티놀 시카 흔적 앰플 50ml", persona=1, stage_index=1, style_index=5,
        tone=Tone.friendly, emoji="playful", seed=seed,
    )  # fmt: skip
    assert "레티놀 시카 흔적 앰플" in message.body
    assert "자외선 차단제" in message.body, (message.title, message.body)


@pytest.mark.parametrize("stage", [0, 1, 2, 3])
def test_a_sensitive_readers_retinol_serum_push_says_its_caution_in_every_style(
    facts_pipeline: Pipeline, catalog: Catalog, stage: int
):
    """The caution is never traded for a lighter product line: a long-named retinol serum ("레티놀 엑스퍼트 0.1% 링클
    코렉터") whose caring forms all said the name's own ingredient again ("…는 순수 레티놀을 담은 세럼이에요") lost
    them all to a bare feel line ("부드러운 크림 세럼 제형이라 …") in 112 of 120 sensitive pushes."""
    bare = []
    for style in range(6):
        for honorific in (Honorific.haeyo, Honorific.hapsho):
            message = _push(
                facts_pipeline, catalog, "레티놀 엑스퍼트 0.1% 링클 코렉터 20ml", persona=1, stage_index=stage,
                style_index=style, honorific=honorific, seed=1,
            )  # fmt: skip
            if not CAUTION.search(message.body):
                bare.append((style, honorific, message.body))
    assert not bare, bare[:3]


def test_a_luxury_keepers_balm_push_says_the_house_made_it_in_one_plain_clause(
    facts_pipeline: Pipeline, catalog: Catalog
):
    """s4229 (3.0): "비자 시카 밤 EX는 섬에서 얻은 원료를 연구해 온 이니스프리가 만들어 믿고 쓰기 좋아요. 다 쓰기
    전에 이 제품을 챙겨 …" — "'…연구해 온 이니스프리가 만들어' 연결이 어색", "'이 제품을' 어색": the brand made it from
    its research, and a balm (no noun of its own) is kept 'before it runs out' with no "이 제품"."""
    message = _push(
        facts_pipeline, catalog, "비자 시카 밤 EX 40ml", persona=0, stage_index=2, style_index=0,
        tone=Tone.luxurious, seed=1,
    )  # fmt: skip
    assert "이니스프리가 섬에서 얻은 원료를 연구해 만든 제품이라 믿고 쓰기 좋아요" in message.body, message.body
    assert "이 제품을" not in message.body and "다 쓰기 전에" in message.body, message.body
