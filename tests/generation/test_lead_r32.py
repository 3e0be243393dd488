"""Round 32, readings 76-77: what the product holds is a reason to pass it on only to someone it matters to, and the
empties campaign's close says no "this week" unless the brief's style is the time one."""

from __future__ import annotations

import itertools
import re

from crm_core.catalog import Catalog
from crm_core.domain import Brief, Honorific, Tone
from crm_core.generation.template import short_product_name
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


def test_an_introduction_never_says_the_names_head_noun_twice_in_a_row(facts_pipeline: Pipeline, catalog: Catalog):
    """s9835 (reading 77, 2.5): "콜라겐과 히알루론산을 담은 수분 에멀전, 수분가득 콜라겐 에멀전을 소개해
    드립니다" — "제품명을 두 번 되풀이하는 소개 문장"."""
    bodies = []
    for product, tone, style in itertools.product(catalog.products, (Tone.friendly, Tone.expert), (1, 3)):
        message = facts_pipeline.run_one(
            Brief(
                brand=product.brand,
                product=product.name,
                persona=0,
                stage_index=0,
                style_index=style,
                channel="kakao_friendtalk",
                tone=tone,
                seed=2,
            )
        )[0].message
        head = short_product_name(product.name).split()[-1]
        bodies.append((f"{head}, {short_product_name(product.name)}", message.body))
    assert len(bodies) > 200
    twice = [body for said, body in bodies if said in body]
    assert not twice, twice[:3]


def test_a_long_house_is_not_packed_into_the_product_line(facts_pipeline: Pipeline, catalog: Catalog):
    """s7076 (reading 77, 2.5): "피부 과학 연구를 바탕으로 성분과 농도를 설계하는 스킨케어 브랜드 아이오페의
    바이오 컨디셔닝 에센스 폼 클렌저는 펌프를 누르면 거품이 바로 나오는 버블 타입 클렌저예요." — "브랜드 소개와
    제품 설명을 한 문장에 몰아넣어 무겁고": the house said before the name never makes a product line of 90
    characters or more."""
    packed = []
    for product, stage, seed in itertools.product(catalog.products, (0, 1), (1, 2)):
        body = facts_pipeline.run_one(
            Brief(
                brand=product.brand,
                product=product.name,
                persona=0,
                stage_index=stage,
                style_index=3,
                channel="sms",
                seed=seed,
            )
        )[0].message.body
        house_first = re.compile(rf"[^.!?\n]*브랜드 {product.brand}의 {short_product_name(product.name)}[^,.!?]*[.!?]")
        packed += [found.group().strip() for found in house_first.finditer(body) if len(found.group().strip()) >= 90]
    assert not packed, packed[:3]
