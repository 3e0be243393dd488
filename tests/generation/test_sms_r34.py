"""Round 34 (readings 82-85: SMS briefs, most sent as the flagged LMS, 3.73): an SMS brief's LMS says enough to be
worth an LMS and nothing beside the point.

- a text that would say only the product line and one short sentence gives the product's key catalog fact too
  (reading 84, s1072: "LMS로 쓴 보람 없이 정보가 얇음");
- an acid pad's winter care never tells the reader to use it more often (reading 85, s9810);
- a budget reader's referral gives a reason to pass it on: what a friend would pay (reading 82, s2934: "가성비 고객이
  권할 이유(가격·후기)가 없음");
- the trendy tone's product line never opens on "요즘 루틴에 들이기 좋은 …" (reading 82, s4560, s3078: "군말")."""

from __future__ import annotations

import re
from datetime import datetime

from crm_core.catalog import Catalog
from crm_core.domain import Brief
from crm_core.errors import CrmError
from crm_core.pipeline import Pipeline
from tests.generation.test_sms_r33 import _sms_lms  # an SMS brief's body where it went out as LMS, else None

WINTER = datetime(2026, 12, 10, 10, 0)
BUDGET, TREND = 2, 3
HANGUL = re.compile("[가-힣]")
GREETING = re.compile(r"#\{고객명\}님, [^.]{0,16}[.!]")  # "#{고객명}님, 반갑습니다." is no sentence of the message
THIN = 45  # Hangul before the ask: the product line and a price say about 40 (s1072)


def _before_ask(body: str) -> str:
    lines = [x for x in body.split("\n") if x.strip()]
    return " ".join(lines[:-1])


def test_no_sms_brief_lms_is_thin(catalog: Catalog, facts_pipeline: Pipeline):
    """s1072's brief (a budget reader choosing, the informative style, trendy, 해요체) and the same for each persona
    over every product: at most one text in twelve says fewer than THIN Hangul before its ask (one in seven did; the
    rest are products whose every other catalog claim says the product line again or is out of season)."""
    thin, seen = [], 0
    for i, product in enumerate(catalog.products):
        for persona in range(5):
            body = _sms_lms(facts_pipeline, product, persona, 0, 1, i, tone="트렌디한", honorific="해요체")
            if body is None:
                continue
            seen += 1
            if len(HANGUL.findall(_before_ask(body))) < THIN:
                thin.append(body)
    assert seen >= 200, seen
    assert len(thin) * 12 <= seen, (len(thin), seen, thin[:3])


def test_the_reported_sunscreen_says_more_than_its_price(catalog: Catalog, facts_pipeline: Pipeline):
    """s1072: the sunscreen's text says a catalog fact of its own beside what it is and its price."""
    product = next(p for p in catalog.products if p.name == "순정 디렉터 수분 선크림 SPF50+/PA++++ 50ml")
    body = _sms_lms(facts_pipeline, product, BUDGET, 0, 1, 1, tone="트렌디한", honorific="해요체")
    assert body is not None
    assert re.search("SPF50\\+|촉촉|백탁", _before_ask(body)), body


def test_an_acid_pad_in_winter_is_never_used_more_often(catalog: Catalog, facts_pipeline: Pipeline):
    """Every pad with exfoliating acids, each persona, the stages whose text gives the winter care: never "횟수를 …
    늘려", and the care says to moisturise."""
    pads = [p for p in catalog.products if p.category == "패드"]
    bad, cared = [], 0
    for i, product in enumerate(pads):
        for persona in range(5):
            for stage in (0, 1, 3):
                body = _sms_lms(facts_pipeline, product, persona, stage, 4, i + persona, tone="전문적인")
                if body is None:
                    continue
                if re.search("횟수를 (?:천천히 )?늘려", body):
                    bad.append(body)
                cared += "보습을 넉넉히" in body
    assert cared >= 5, cared
    assert not bad, bad[:3]


def test_a_budget_referral_gives_what_a_friend_pays(catalog: Catalog, facts_pipeline: Pipeline):
    """s2934: a budget reader passing on the 25,000원 cica balm hears the price a friend would pay."""
    product = next(p for p in catalog.products if p.name == "비자 시카 밤 EX 40ml")
    for seed in range(3):
        body = _sms_lms(facts_pipeline, product, BUDGET, 4, 1, seed, tone="친근한", honorific="합쇼체")
        assert body is not None
        assert "25,000원" in body, body


def test_the_trendy_product_line_never_opens_on_filler(catalog: Catalog, facts_pipeline: Pipeline):
    """Every product to each persona at the trendy tone, choosing and first contact: no "요즘 루틴에 들이기 좋은"."""
    bad, seen = [], 0
    for i, product in enumerate(catalog.products):
        for persona in range(5):
            for stage in (0, 3):
                body = _sms_lms(facts_pipeline, product, persona, stage, i % 6, i + stage, tone="트렌디한")
                if body is None:
                    continue
                seen += 1
                if "요즘 루틴에 들이기 좋은" in body:
                    bad.append(body)
    assert seen >= 300, seen
    assert not bad, bad[:3]


def test_a_title_keeps_what_it_promises(catalog: Catalog, facts_pipeline: Pipeline):
    """s4495, s3405: every product to each persona at the sale stage, the informative and the emotional style
    (whose titles draw "…고르기 전에 알아 둘 점" and "사용감부터 반가운 …"): a title on what to know stands over three
    sentences or more before the ask, a title on the feel over a text that tells it."""
    feel = re.compile(
        "발리|발려|흡수|스며|제형|텍스처|촉촉|산뜻|보송|끈적|거품|부드러운|부드럽게 |가볍게 |가벼운|묽은|도톰|쫀쫀|말랑"
        "|매끄럽|매끈|펴 바르|밀착|마무리|감싸|녹아|녹여|헹궈|윤기|광이"
    )
    bad, titled = [], 0
    for i, product in enumerate(catalog.products):
        for persona in range(5):
            for style in (1, 3):
                brief = Brief(channel="sms", scheduled_at=WINTER, persona=persona, brand=product.brand,
                              product=product.name, stage_index=3, style_index=style, seed=i + persona)  # fmt: skip
                try:
                    result = facts_pipeline.run_one(brief)[0]
                except CrmError:
                    continue
                if not result.sms_to_lms:
                    continue
                title, told = result.message.title or "", _before_ask(result.message.body)
                sentences = [x for x in re.split(r"(?<=[.!?])\s+", told) if x and not GREETING.fullmatch(x)]
                titled += "알아 둘 점" in title or "사용감부터" in title
                if "알아 둘 점" in title and len(sentences) < 3:
                    bad.append((title, told))
                if "사용감부터" in title and not feel.search(told):
                    bad.append((title, told))
    assert titled >= 20, titled
    assert not bad, bad[:3]
