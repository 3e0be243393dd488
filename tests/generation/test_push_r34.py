"""Round 34 (readings 82-85: push 3.75, 26 of 104 ratings at 3 or below): a warm tone's 합쇼체 push asks as a request,
never the order "…십시오" (s2668); any 합쇼체 push orders once at most.

    PYTHONPATH=. python bench/push_r34_check.py --n 1500
"""

from __future__ import annotations

import itertools

from crm_core.catalog import Catalog
from crm_core.domain import Brief, Honorific, Tone
from crm_core.generation.composer import push
from crm_core.pipeline import Pipeline

WARM = (Tone.friendly, Tone.emotional, Tone.trendy)
FINISHES = {  # the catalog's finish → the line that says it
    "백탁 없이 맑은 마무리": "백탁 없이 맑게 마무리돼요.",
    "끈적임 없이 촉촉한 마무리": "끈적임 없이 촉촉하게 마무리돼요.",
    "한 단계로 끝내는 보습 마무리": "한 단계로 끝내는 보습 마무리가 돋보여요.",
    "세안 후 당김 없는 촉촉한 마무리": "세안 후 당김 없는 촉촉한 마무리가 돋보여요.",
}


def _push(pipeline: Pipeline, catalog: Catalog, product: str, **kw):  # type: ignore[no-untyped-def]
    found = next(p for p in catalog.products if p.name == product)
    base = dict(brand=found.brand, product=found.name, channel="push", emoji="none", seed=0, honorific=Honorific.hapsho)
    return pipeline.run_one(Brief(**(base | kw)))[0].message


def test_the_friendly_etude_push_asks_warmly(facts_pipeline: Pipeline, catalog: Catalog):
    """s2668 (에뛰드, 내추럴 뷰티, 획득, 친근한, 계절, 합쇼체): "…제품 페이지에서 확인해 보십시오" — "친근한 톤에
    '확인해 보십시오'가 딱딱함"."""
    for emoji, seed in itertools.product(("none", "playful"), range(3)):
        message = _push(
            facts_pipeline, catalog, "리얼아트 클렌징 오일 모이스처 185ml", persona=4, stage_index=0, style_index=4,
            tone=Tone.friendly, emoji=emoji, seed=seed,
        )  # fmt: skip
        assert "십시오" not in message.title + message.body, message.body


def test_a_warm_tone_never_orders_at_hapsho(facts_pipeline: Pipeline, catalog: Catalog):
    """Over a grid of products, readers, stages, styles and warm tones at 합쇼체 (182 of 1,500 grid pushes ordered
    before round 34): no "…십시오" in the title or the body."""
    products = [p.name for p in catalog.products][::9]
    for at, (product, tone) in enumerate(itertools.product(products, WARM)):
        persona, stage, style = at % 5, (at // 5) % 5, (at // 2) % 6
        message = _push(
            facts_pipeline, catalog, product, persona=persona, stage_index=stage, style_index=style, tone=tone,
            emoji="playful" if at % 2 else "none", seed=at,
        )  # fmt: skip
        assert "십시오" not in message.title + message.body, (product, persona, stage, style, tone, message.body)


def test_a_caution_before_the_ask_is_no_second_order(facts_pipeline: Pipeline, catalog: Catalog):
    """A sensitive reader's caution before the ask ("…천천히 시작하십시오. …살펴보십시오") said two orders in a row:
    the caution is recommended, the push orders once at most, in any tone."""
    for product, stage, style, tone, event in (
        ("더 레티놀 0.1 크림 20ml", 3, 3, None, "ev-rev-n3"),
        ("수퍼 화산송이 모공 마스크 100ml", 1, 3, Tone.expert, "ev-act-n2"),
        ("레티놀 엑스퍼트 0.3% 링클 코렉터 20ml", 0, 3, None, None),
    ):
        extra = dict(is_event=True, event_id=event) if event else {}
        message = _push(
            facts_pipeline, catalog, product, persona=1, stage_index=stage, style_index=style, tone=tone, **extra
        )
        assert message.body.count("십시오") <= 1, message.body


def test_a_luxury_reader_hears_the_ingredient_the_name_carries(facts_pipeline: Pipeline, catalog: Catalog):
    """s6795 (코스알엑스 풀핏 프로폴리스 라이트 크림, 럭셔리 애호가, 획득, 웰컴 미니 샘플): "…크림은 히알루론산을
    담았어요" — "프로폴리스 대신 히알루론산만 언급, 럭셔리 고객 근거 약함": the signature the name carries is said with
    what the formula adds to it, never back to the name alone."""
    for honorific, seed in itertools.product(Honorific, range(2)):
        body = _push(
            facts_pipeline, catalog, "풀핏 프로폴리스 라이트 크림 65ml", persona=0, stage_index=0, style_index=0,
            honorific=honorific, is_event=True, event_id="ev-acq-p2", seed=seed,
        ).body  # fmt: skip
        assert "프로폴리스 추출물에 히알루론산을 더했" in body, body
    body = _push(
        facts_pipeline, catalog, "세라마이드 아토 속보습 스킨 250ml", persona=0, stage_index=1, style_index=3,
        honorific=Honorific.hapsho,
    ).body  # fmt: skip
    assert "세라마이드에 히알루론산을 더했" in body, body


def test_a_finish_is_said_as_how_the_skin_is_left(facts_pipeline: Pipeline, catalog: Catalog):
    """s7579: "한 단계로 끝내는 보습 마무리까지 갖췄어요" — "'보습 마무리까지 갖췄어요' 어색": a finish is never a thing
    the product "has" ("…마무리까지 갖췄어요"), over a grid of products, readers and styles."""
    products = [p.name for p in catalog.products][::5]
    for at, product in enumerate(products):
        for style in (1, 3, 5):
            body = _push(
                facts_pipeline, catalog, product, persona=(at + style) % 5, stage_index=at % 4, style_index=style,
                tone=Tone.friendly if at % 2 else None, honorific=Honorific.haeyo, seed=at,
            ).body  # fmt: skip
            assert "마무리까지 갖췄" not in body, body
    said = {f: push._benefit(push.PLAIN_BENEFIT[0], {"feature": f}) for f in FINISHES}
    assert said == FINISHES, said


def test_a_first_order_offer_title_keeps_its_condition(facts_pipeline: Pipeline, catalog: Catalog):
    """s1111, s6906 (첫 주문 웰컴 쿠폰): "할인 쿠폰을 드려요" — "제목이 할인만 외치고 첫 주문 조건 빠짐": every title of
    a first-order event's push says 첫 주문."""
    for (product, persona, tone), event, honorific in itertools.product(
        (
            ("바이오 컨디셔닝 에센스 폼 클렌저 180ml", 4, Tone.friendly),
            ("어린쑥 수분진정 선크림 SPF50+/PA++++ 50ml", 2, None),
            ("흑운 모근강화 영양 샴푸 400ml", 1, Tone.friendly),
        ),
        ("ev-acq-p1", "ev-act-p1"),
        Honorific,
    ):
        message = _push(
            facts_pipeline, catalog, product, persona=persona, stage_index=0 if event == "ev-acq-p1" else 1,
            style_index=2, tone=tone, honorific=honorific, is_event=True, event_id=event,
        )  # fmt: skip
        assert "첫 주문" in message.title, message.title


def test_a_registered_function_goes_on_from_what_the_product_holds(facts_pipeline: Pipeline, catalog: Catalog):
    """s6458 (브라이트닝 기미 에센스, 럭셔리 애호가, 추천, 전문적인, 정보, 솔직 후기 나눔 캠페인): "…에센스는
    나이아신아마이드를 담았습니다. 피부 미백 기능성 화장품입니다." — "'기능성 화장품입니다' 식 문장이 뚝뚝 끊김": one
    sentence, what it holds and its function."""
    for honorific, seed in itertools.product(Honorific, range(2)):
        body = _push(
            facts_pipeline, catalog, "브라이트닝 기미 에센스 45ml", persona=0, stage_index=4, style_index=1,
            tone=Tone.expert, honorific=honorific, is_event=True, event_id="ev-ref-n1", seed=seed,
        ).body  # fmt: skip
        assert "나이아신아마이드를 담은 피부 미백 기능성 화장품" in body, body
    assert push._function_joined(["X은 A를 담았어요.", "B가 든 피부 주름 개선 기능성 화장품이에요.", "보세요."]) == [
        "X은 A와 B를 담은 피부 주름 개선 기능성 화장품이에요.",
        "보세요.",
    ]


def test_a_trend_reader_hears_the_feel_plainly(facts_pipeline: Pipeline, catalog: Catalog):
    """s3848 (한율 크림, 트렌드 팔로워, 라인 조합 가이드): "…크림은 새로 써 보면 가볍게 펴 발리면서도 …" — "'새로 써
    보면'이 어색"; s4873 (톤업 노세범 선스크린 EX): "은은한 효과로 피부 톤을 …" — "'은은한 효과로'가 모호"."""
    for honorific, seed in itertools.product(Honorific, range(3)):
        body = _push(
            facts_pipeline, catalog, "어린쑥 속수분 쑥히알 크림 60ml", persona=3, stage_index=3, style_index=0,
            tone=Tone.expert, honorific=honorific, is_event=True, event_id="ev-rev-n3", seed=seed,
        ).body  # fmt: skip
        assert "새로 써 보면" not in body, body
        for stage, style in ((0, 1), (1, 4), (3, 1)):
            body = _push(
                facts_pipeline, catalog, "톤업 노세범 선스크린 EX SPF50+/PA++++ 60ml", persona=3, stage_index=stage,
                style_index=style, tone=Tone.friendly, honorific=honorific, seed=seed,
            ).body  # fmt: skip
            assert "은은한 효과" not in body and "새로 써 보면" not in body, body
