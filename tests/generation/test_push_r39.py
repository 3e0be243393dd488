"""Round 39 (readings 94-95: push 3.71 / 3.54, the weakest channel): a push's product line earns its place, its offer
is a sentence of its own, and its FOMO ask reads as readers say it.

PYTHONPATH=. python bench/push_r39_check.py --n 1500
"""

from __future__ import annotations

import re

from crm_core.catalog import Catalog
from crm_core.domain import Brief, Honorific, Tone
from crm_core.generation.composer import push
from crm_core.pipeline import Pipeline

GREETING = "#{고객명}님, "


def _push(pipeline: Pipeline, catalog: Catalog, product: str, **kw):  # type: ignore[no-untyped-def]
    found = next(p for p in catalog.products if p.name == product)
    base = dict(brand=found.brand, product=found.name, channel="push", emoji="none", seed=1)
    return pipeline.run_one(Brief(**(base | kw)))[0].message


def _sentences(body: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", body.removeprefix(GREETING).strip()) if s]


def test_a_dignified_fomo_try_names_the_product_not_a_first_feel(facts_pipeline: Pipeline, catalog: Catalog):
    """s3365 (3.0), s7121: "'첫 사용감을 놓치지 말고' 어색" (럭셔리 애호가, 활성화, 친근한, 놓침 방지형)."""
    body = _push(
        facts_pipeline, catalog, "UV 쉴드 선 스틱 SPF50+/PA++++ 20g", persona=0, stage_index=1, style_index=2,
        tone=Tone.friendly, honorific=Honorific.haeyo,
    ).body  # fmt: skip
    assert "첫 사용감" not in body, body
    assert "놓치면 아쉬운 이 선크림, 직접 한 번 써 보세요." in body, body


def test_an_offer_on_any_purchase_is_its_own_sentence(facts_pipeline: Pipeline, catalog: Catalog):
    """s9385 (3.0: "녹차와 … 담은 그린티 아미노 수분 클렌징폼, 최근 6개월 안에 구매한 제품을 다시 주문하시면 …" —
    "제품과 적립 조건을 한 문장에 억지로 붙였고"): the product line, then the offer on its own."""
    body = _push(
        facts_pipeline, catalog, "그린티 아미노 수분 클렌징폼 150g", persona=3, stage_index=2, style_index=2,
        tone=Tone.emotional, honorific=Honorific.haeyo, is_event=True, event_id="ev-ret-p2",
    ).body  # fmt: skip
    said = _sentences(body)
    assert "그린티 아미노 수분 클렌징폼" in said[0], body
    assert said[1].startswith("최근 6개월 안에 구매한 제품을 다시 주문하시면"), body


def test_a_consultation_push_says_what_the_product_does_and_keeps_its_fomo_ask(
    facts_pipeline: Pipeline, catalog: Catalog
):
    """Round 39's thin pushes (85 of 1,500 the product line and the ask alone): "진설아이크림에는 적송 추출물처럼
    자연에서 얻은 원료가 들어 있어요. 후회 없는 선택을 위해 … 1:1 상담을 신청해 보세요." A line that says what the
    product does goes first, and the style's lead stays."""
    product = "진설아이크림 20ml"
    body = _push(
        facts_pipeline, catalog, product, persona=4, stage_index=0, style_index=2, tone=Tone.friendly,
        honorific=Honorific.haeyo, is_event=True, event_id="ev-acq-n3",
    ).body  # fmt: skip
    assert not push.thin_form(_sentences(body), "진설아이크림"), body
    assert "후회 없는 선택을 위해" in body, body


THIN = ["X는 A를 담았어요.", "후회 없는 선택을 위해 상담을 신청해 보세요."]
RICH = ["X는 쫀쫀한 크림이 촉촉하게 밀착돼요.", "후회 없는 선택을 위해 상담을 신청해 보세요."]
PLAIN_ASK = ["X는 쫀쫀한 크림이 촉촉하게 밀착돼요.", "상담을 신청해 보세요."]
PERMISSION = ["X는 민감성 피부도 쓸 수 있어요.", "지금 바로 살펴보세요."]
FEEL = ["X는 쫀쫀한 크림이 촉촉하게 밀착돼요.", "지금 바로 살펴보세요."]
MILD = ["X는 판테놀을 담았고, 민감성 피부도 쓸 수 있어요.", "지금 바로 살펴보세요."]


def test_a_thin_form_goes_after_a_richer_form_with_the_same_ask():
    assert list(push._thin_last([THIN, RICH], "X")) == [RICH, THIN]


def test_a_thin_form_never_gives_way_to_a_form_that_drops_the_styles_lead():
    """Round 38's held tiers lost the FOMO ask: a richer form with another ask does not outrank the thin one."""
    assert list(push._thin_last([THIN, PLAIN_ASK, RICH], "X")) == [THIN, PLAIN_ASK, RICH]


def test_a_bare_permission_gives_way_only_to_a_form_that_still_says_mildness():
    """s5431 (3.5: "'민감성도 쓸 수 있다' 한 줄뿐이라 신뢰 포인트가 약함"): the permission beside an ingredient first,
    never a line that drops the sensitive reader's reason."""
    assert list(push._thin_last([PERMISSION, MILD], "X")) == [MILD, PERMISSION]
    assert list(push._thin_last([PERMISSION, FEEL], "X")) == [PERMISSION, FEEL]
