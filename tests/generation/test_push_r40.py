"""Round 40 (readings 96-97: push 3.62 / 3.42, the weakest channel again): a sensitive reader's title sits over a body
that keeps its care, and a time-pressed push to a reader who keeps the product up says when.

    PYTHONPATH=. python bench/push_r40_check.py --n 1500
"""

from __future__ import annotations

import re

from crm_core.catalog import Catalog
from crm_core.domain import Brief, Honorific, Tone
from crm_core.pipeline import Pipeline

# what a sensitive reader hears as care: mildness, a test, a way to start
CARE = re.compile("순한|저자극|자극|진정|약산성|편안|안심|테스트|팔 안쪽|작은 부위|천천히|이틀에 한 번")
WHEN = re.compile("지금|오늘(?!도)|이번|전에|바로")


def _push(pipeline: Pipeline, catalog: Catalog, product: str, **kw):  # type: ignore[no-untyped-def]
    found = next(p for p in catalog.products if p.name == product)
    base = dict(brand=found.brand, product=found.name, channel="push", emoji="none", honorific=Honorific.haeyo)
    return pipeline.run_one(Brief(**(base | kw)))[0].message


def test_a_sensitive_readers_mask_push_says_how_to_start_it(facts_pipeline: Pipeline, catalog: Catalog):
    """s9903 (2.5): "예민하다면 알고 쓰는 이니스프리 팩" over a body about sebum and "놓치면 아쉬운 이 팩" —
    "제목은 예민 피부를 부르지만 본문에 순함·테스트·사용 주의가 없어 약속을 지키지 못함". The body that keeps the care
    is taken."""
    for seed in (1, 2, 3):
        message = _push(
            facts_pipeline,
            catalog,
            "수퍼 화산송이 모공 마스크 100ml",
            persona=1,
            stage_index=1,
            style_index=5,
            tone=Tone.friendly,
            seed=seed,
        )
        assert "수퍼 화산송이 모공 마스크" in message.body
        assert CARE.search(message.body), (seed, message.title, message.body)


def test_a_time_pressed_push_to_a_keeper_says_when(facts_pipeline: Pipeline, catalog: Catalog):
    """s3580, s9327 (3.0): "오늘도 이 클렌저를 챙겨 루틴을 이어 가세요" — "시간 긴박 요소 없음": the time style's ask
    to keep the product by them says a when (before it runs out), not a habit."""
    for product, persona in (("테라크네365 클리어 딥 클렌징 폼 200g", 0), ("리얼아트 클렌징 오일 모이스처 185ml", 0)):
        for honorific in (Honorific.haeyo, Honorific.hapsho):
            message = _push(
                facts_pipeline,
                catalog,
                product,
                persona=persona,
                stage_index=2,
                style_index=0,
                tone=Tone.luxurious,
                honorific=honorific,
                seed=1,
            )
            assert WHEN.search(message.body), (product, honorific, message.body)
            assert not message.body.count("오늘도"), message.body


def test_a_keepers_push_says_no_phrase_twice(facts_pipeline: Pipeline, catalog: Catalog):
    """s3580 (3.0): "믿고 쓰시는 테라크네365 … 에스트라는 … 브랜드라 믿고 쓰기 좋아요" — "'믿고 쓰'가 두 번 반복":
    the tier's other wording of the product line is taken."""
    for seed in (0, 3):
        message = _push(
            facts_pipeline,
            catalog,
            "테라크네365 클리어 딥 클렌징 폼 200g",
            persona=0,
            stage_index=2,
            style_index=0,
            tone=Tone.luxurious,
            seed=seed,
        )
        assert "테라크네365 클리어 딥 클렌징 폼" in message.body
        assert message.body.count("믿고 쓰") <= 1, message.body


def test_what_a_cleansing_oil_holds_goes_into_what_it_is(facts_pipeline: Pipeline, catalog: Catalog):
    """s9327 (3.0): "…모이스처는 포인트 메이크업까지 녹여 내는 제품이에요. 올리브 오일을 담았어요." — "짧은 문장이
    뚝뚝 끊김": one sentence, the ingredient kept."""
    for honorific, end in ((Honorific.haeyo, "제품이에요."), (Honorific.hapsho, "제품입니다.")):
        message = _push(
            facts_pipeline,
            catalog,
            "리얼아트 클렌징 오일 모이스처 185ml",
            persona=0,
            stage_index=2,
            style_index=0,
            tone=Tone.luxurious,
            honorific=honorific,
            seed=1,
        )
        assert f"모이스처는 올리브 오일을 담아 포인트 메이크업까지 녹여 내는 {end}" in message.body, message.body


def test_a_push_asking_to_share_how_it_felt_is_not_titled_a_recommendation(facts_pipeline: Pipeline, catalog: Catalog):
    """s4904 (3.0): "아끼는 분께 권하는 자음유액 EX" over "…써 본 느낌을 공유해 주시면 …" — "제목은 지인 추천, 본문은
    후기 공유로 어긋남"."""
    for seed in (2, 4):
        message = _push(
            facts_pipeline,
            catalog,
            "자음유액 EX 125ml",
            persona=2,
            stage_index=4,
            style_index=3,
            tone=Tone.trendy,
            honorific=Honorific.hapsho,
            seed=seed,
        )
        assert message.cta == "공유하기"
        assert "자음유액 EX" in message.title and "권하" not in message.title, message.title


def test_a_sensitive_readers_retinol_push_keeps_its_caution(facts_pipeline: Pipeline, catalog: Catalog):
    """s8443 (reading 101, 2.0): "레티놀 시카 흔적 앰플은 병풀 추출물을 담은 제품이에요. … 오늘 바로 써 보세요" —
    "민감 피부 고객에게 레티놀 앰플을 테스트·주의 안내 없이 권함". The retinol caution is a sensitive reader's care:
    the body that says it keeps the caring title over it, never gives way to a plain title over a body without it."""
    for emoji in ("none", "playful"):
        message = _push(
            facts_pipeline, catalog, "레티놀 시카 흔적 앰플 50ml", persona=1, stage_index=1, style_index=5,
            tone=Tone.friendly, emoji=emoji, seed=2,
        )  # fmt: skip
        assert "자외선 차단제" in message.body, (emoji, message.title, message.body)
        assert "예민" in message.title, (emoji, message.title)
