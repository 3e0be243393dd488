"""Round 42 (readings 102-105): customer fit stays the lowest sub-score, and readers mark stock lines down.

- An SMS brief's text to a trend reader who has not used the product said its texture plainly ("…슬리핑 팩으로, 탱글한
  젤 제형이 얇게 펴 발리고 끈적임이 적습니다"): "트렌드 고객 관점이 없음" (s2483, s9036). It is said as what a first try
  meets (forms._sms_trend_voiced).
- A budget reader's SMS said size and price bare ("100ml 28,000원, 1ml당 약 280원이에요": "용량·가격 나열만", s3723,
  s4612): the figure comes with why it is worth it (forms._unit_reasoned).
- The emotional style's stock moment line ("…날에도 이 리무버에는 마음 편히 손이 가요", s5238, s7783, s2949, s3717)
  and a luxury sunscreen tip's "하루의 시작이 한결 단정해져요" (s6640) are gone.
- An email's how-to no longer sits between the offer and the ask (s9002).
"""

from __future__ import annotations

import re

from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.domain import Brief
from tests.generation.scripted import pipeline_with_reviews

LUXURY, BUDGET, TREND = 0, 2, 3
LONG = ("kakao_friendtalk", "lms", "email")
SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
TREND_WORD = re.compile("재미|새로|기분 좋|눈에 들어|처음 써|처음 쓸")
TEXTURE = re.compile("제형|거품")
BARE_UNIT = re.compile(r"원, \S+당 약 [\d,]+원(?:이에요|입니다)\.")
UNIT_REASONED = re.compile(r"원(?:꼴)?이라 (?:부담 없이|듬뿍)")
STOCK = re.compile("마음 편히 손이 가|기분 전환이 필요한 날에도")


def _body(pipeline, **spec: object) -> str:  # type: ignore[no-untyped-def]
    return pipeline.run_one(Brief(**spec))[0].message.body


def test_a_trend_readers_sms_says_the_texture_as_what_a_first_try_meets(catalog: Catalog, settings: Settings):
    """s2483, s9036: a trend reader still choosing (stage 3) or about to start (stage 1) hears the texture the text
    states in their own word, at both speech levels."""
    pipeline = pipeline_with_reviews(catalog, settings)
    products = (("라네즈", "워터뱅크 블루 히알루로닉 세럼 50ml"), ("한율", "달빛유자 수면팩 100ml"))
    bodies = [
        _body(
            pipeline,
            persona=TREND,
            brand=brand,
            product=product,
            stage_index=stage,
            style_index=1,
            channel="sms",
            honorific=honorific,
            seed=16,
        )
        for brand, product in products
        for stage in (1, 3)
        for honorific in ("해요체", "합쇼체")
    ]
    assert len(bodies) == 8
    told = [any(TREND_WORD.search(s) and TEXTURE.search(s) for s in SENTENCE.findall(b)) for b in bodies]
    assert told == [True] * 8, bodies


def test_a_budget_readers_sms_never_says_the_price_per_unit_bare(catalog: Catalog, settings: Settings):
    """s3723, s4612 ("용량·가격 나열만"): the size and price per unit of an everyday product come with why they are
    worth it ("…1g당 약 80원꼴이라 부담 없이 쓰기 좋아요"), at every stage that prices it."""
    pipeline = pipeline_with_reviews(catalog, settings)
    products = (("이니스프리", "비자 트러블 클렌징폼 150g"), ("한율", "달빛유자 수면팩 100ml"))
    bodies = [
        _body(
            pipeline,
            persona=BUDGET,
            brand=brand,
            product=product,
            stage_index=stage,
            style_index=1,
            channel="sms",
            honorific=honorific,
            seed=40,
        )
        for brand, product in products
        for stage in (0, 2, 3)
        for honorific in ("해요체", "합쇼체")
    ]
    assert [b for b in bodies if BARE_UNIT.search(b)] == []
    assert sum(bool(UNIT_REASONED.search(b)) for b in bodies) >= 4


def test_the_emotional_style_says_no_stock_moment_line(catalog: Catalog, settings: Settings):
    """s5238, s7870 ("'마음 편히 손이 가요' 같은 틀 문장"), s7783 ("'기분 전환이 필요한 날에도'가 템플릿처럼 어색"),
    s2949, s3717 (a weekly pack and a remover "바쁜 아침저녁에도 … 손이 가요"): every reader, a new and a first-use
    reader, every long channel."""
    pipeline = pipeline_with_reviews(catalog, settings)
    products = (
        ("일리윤", "젠틀 딥 립앤아이 리무버 140ml"),
        ("이니스프리", "수퍼 화산송이 모공 마스크 100ml"),
        ("설화수", "자음유액 EX 125ml"),
    )
    bodies = [
        _body(
            pipeline,
            persona=persona,
            brand=brand,
            product=product,
            stage_index=stage,
            style_index=3,
            channel=channel,
            honorific="해요체",
            seed=persona,
        )
        for brand, product in products
        for persona in range(5)
        for stage in (0, 1)
        for channel in LONG
    ]
    assert len(bodies) == 90
    assert [b for b in bodies if STOCK.search(b)] == []


def test_a_luxury_sunscreen_tip_says_how_to_apply_not_a_tidy_day(catalog: Catalog, settings: Settings):
    """s6640 ("'하루의 시작이 단정해져요' 같은 군더더기"): the luxury reader's sunscreen and cushion tips."""
    pipeline = pipeline_with_reviews(catalog, settings)
    products = (("아이오페", "UV 쉴드 선 스틱 SPF50+/PA++++ 20g"), ("헤라", "블랙 쿠션 파운데이션 SPF34/PA++ 15g"))
    bodies = [
        _body(
            pipeline,
            persona=LUXURY,
            brand=brand,
            product=product,
            stage_index=1,
            style_index=style,
            channel=channel,
            honorific="해요체",
            seed=style,
        )
        for brand, product in products
        for style in range(6)
        for channel in LONG
    ]
    assert [b for b in bodies if "하루의 시작이" in b] == []


def test_an_emails_offer_comes_right_before_its_ask(catalog: Catalog, settings: Settings):
    """s9002 ("브랜드 소개·사용법이 혜택과 CTA 사이에 끼어 흐름이 끊기고"): the pouch offer follows the how-to."""
    pipeline = pipeline_with_reviews(catalog, settings)
    spec = dict(persona=LUXURY, brand="프리메라", product="알파인베리 워터리 크림 50ml", stage_index=3, style_index=2)
    body = _body(pipeline, **spec, channel="email", honorific="합쇼체", is_event=True, event_id="ev-rev-p2", seed=9002)
    paragraphs = body.split("\n\n")
    offered = next(i for i, p in enumerate(paragraphs) if "구매하시면" in p)
    how = next(i for i, p in enumerate(paragraphs) if "펴 바르면" in p)
    assert how < offered == len(paragraphs) - 2
