"""Long forms read as one written message (reading 14): the product's long name said once between title and
body, no word of the name explained with itself, what it holds said once, the urgency kept to the close,
no stock filler lines, the button asking what the close asks."""

from __future__ import annotations

import re

import pytest

from crm_core.catalog import Catalog
from crm_core.domain import Brief, EvidenceItem, Tone
from crm_core.errors import CrmError
from crm_core.evidence import assemble_evidence
from crm_core.generation.base import GenerationRequest
from crm_core.generation.composer import compose
from crm_core.generation.composer.forms import LONG_NAME
from crm_core.generation.template import short_product_name
from tests.generation.test_long_forms import long_spec

REVIEWS = ("흡수가 빨라서 아침에 바르기 좋아요.", "촉촉함이 오래가서 재구매했어요.")
FILLER = re.compile("기분이 한결 나아|나누기 좋은 때|이야기로 마음을 전하기")
UNHURRIED = re.compile("편하게 골라|천천히 골라|찬찬히 둘러|편하게 둘러")


def _request(catalog: Catalog, spec: dict) -> GenerationRequest:
    resolved = catalog.resolve(Brief(**spec))
    items = tuple(
        EvidenceItem(source_id=f"R{i}#s1", collection="reviews", text=t, score=0.9) for i, t in enumerate(REVIEWS)
    )
    return GenerationRequest(resolved, assemble_evidence(resolved, reviews=items), 0)


@pytest.fixture(scope="module")
def forms(catalog: Catalog) -> list[tuple[dict, GenerationRequest, object]]:
    """(spec, request, first form) for 180 long-form briefs over every product, stage, style and tone."""
    products = list(catalog.products)
    out = []
    for i in range(180):
        spec = long_spec(products[(i * 11) % len(products)], i)
        try:
            request = _request(catalog, spec)
        except CrmError:
            continue
        out.append((spec, request, compose(request)[0]))
    assert len(out) > 150
    return out


def test_a_long_name_is_said_once_between_title_and_body(forms):
    """ "긴 제품명이 제목·본문에 반복": the body names the product, the title points at it by brand and kind."""
    long_named = [
        (r, f)
        for spec, r, f in forms
        if len(short_product_name(r.resolved.product.name)) >= LONG_NAME and spec["channel"] != "lms"
    ]
    assert len(long_named) > 70
    for request, form in long_named:
        name = short_product_name(request.resolved.product.name)
        assert name in form.body, form.body
        assert name not in form.title, (form.title, form.body)
        assert request.resolved.brand.name in form.title, form.title


def test_an_lms_subject_names_the_brand_once(forms):
    """An LMS subject opens on "(광고)[브랜드]": "(광고)[헤라] 헤라, 알고 고르는 쿠션" says the brand twice in one
    line. Where a modifier carries it, the long name gives way to its kind ("다 쓰기 전에 챙길 크림")."""
    lms = [(r, f) for spec, r, f in forms if spec["channel"] == "lms"]
    assert len(lms) > 50
    shortened = 0
    for request, form in lms:
        assert request.resolved.brand.name not in form.title, form.title  # the frame's [브랜드] names it
        name = short_product_name(request.resolved.product.name)
        if len(name) >= LONG_NAME:
            assert not re.search(f"(는|은|운|할|갈|길|일) {re.escape(name)}", form.title), (form.title, form.body)
            shortened += name not in form.title
    assert shortened > 10


def test_a_product_named_for_its_ingredient_is_not_defined_by_it_again(catalog: Catalog):
    """ "살리실산 클렌저는 살리실산을 담은 클렌저": the catalog defines these by the ingredient their name says."""
    for prefix, ingredient in (("살리실산 데일리 젠틀 클렌저", "살리실산"), ("카밍 샷 아줄렌 토너", "아줄렌")):
        product = next(p for p in catalog.products if p.name.startswith(prefix))
        assert any(ingredient in point for point in product.selling_points)
        for i in range(30):
            try:
                request = _request(catalog, long_spec(product, i))
            except CrmError:
                continue
            body = compose(request)[0].body
            # what it is is never "the ingredient its name says" + its kind, unless said as the name's own promise
            # ("이름 그대로 …"); a tip on what to tell a friend may still name it
            assert not re.search(f"(?<!이름 그대로 ){ingredient}(을|를) (함께 )?담은 ", body), body


def test_what_a_product_holds_is_said_once(forms):
    """ "'담았' 반복": after "…을 담은 세럼", a second ingredient line says what is in it another way."""
    for _, _, form in forms:
        assert len(re.findall("(을|를) (함께 )?담(은|았)", form.body)) <= 1, form.body


def test_urgency_and_fomo_close_with_their_force(forms):
    """ "놓침 방지형인데 '편하게 골라 보십시오'로 끝나 힘이 빠집니다"."""
    urgent = [f for spec, _, f in forms if spec["style_index"] in (0, 2)]
    assert len(urgent) > 40
    for form in urgent:
        assert not UNHURRIED.search(form.body.strip().split("\n")[-1]), form.body


def test_no_stock_filler_line(forms):
    """ "'좋았던 ~을 나누기 좋은 때' 표현이 다소 어색", "'기분이 한결 나아져요' 등 틀에 박힌 늘어지는 문장"."""
    for _, _, form in forms:
        assert not FILLER.search(form.title + form.body), form.body


def test_the_remaining_amount_is_mentioned_once(catalog: Catalog):
    """ "'남은 양' 안내도 두 번": a routine reader's urgency message checks the amount in one sentence."""
    products = list(catalog.products)
    bodies = []
    for i, product in enumerate(products[:40]):
        spec = long_spec(product, i, stage_index=2, style_index=0, is_event=False)
        bodies.append(compose(_request(catalog, spec))[0].body)
    assert any("남은 양" in body for body in bodies)
    for body in bodies:
        assert body.count("남은 양") <= 1, body


def test_a_first_look_button_asks_what_its_close_asks(catalog: Catalog):
    """ "버튼 '브랜드 알아보기'가 제품 소개와 어긋남": a luxurious first look closes on meeting the product, and its
    button says so."""
    products = list(catalog.products)
    for i, product in enumerate(products[:30]):
        spec = long_spec(product, i, stage_index=0, style_index=1, tone=Tone.luxurious, is_event=False)
        form = compose(_request(catalog, spec))[0]
        close = form.body.strip().split("\n")[-1]
        assert "만나" in close, form.body
        assert form.cta == "처음 만나보기", (form.cta, close)


def test_a_title_promising_what_to_tell_a_friend_is_over_a_body_that_tells_it(forms):
    """ "제목이 약속한 '권할 때 알려 줄 점'이 빈약": the promise stands only over a tip on what to say."""
    referrals = [f for spec, _, f in forms if spec["stage_index"] == 4]
    assert len(referrals) > 20
    tells = re.compile("권할 때는|권하실 때는|에게는 [^.]*(?:곁들이면|이야기해 주면|전하면|보여 주면)")
    for form in referrals:
        assert "권할 때" not in form.title or tells.search(form.body), (form.title, form.body)
