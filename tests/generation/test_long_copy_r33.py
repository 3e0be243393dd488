"""Round 33 (readings 76-81): the long forms say an ingredient once, order at most once in 합쇼체 (never in a title),
and a trendy KakaoTalk bubble is short, never thin."""

from __future__ import annotations

import itertools
import re

from crm_core.catalog import Catalog
from crm_core.domain import Brief
from crm_core.pipeline import Pipeline

LONG = ("kakao_friendtalk", "lms", "email")
TONES = (None, "친근한", "전문적인", "트렌디한", "고급스러운", "감성적인")
SENTENCE = re.compile(r"[^.!?\n]+[.!?]")


def _message(pipeline: Pipeline, **spec):  # type: ignore[no-untyped-def]
    return pipeline.run_one(Brief(**spec))[0].message


def test_an_email_names_what_the_toner_holds_once(facts_pipeline: Pipeline):
    """s7994 (email): "주요 성분은 인삼 추출물·작약 추출물입니다." then "인삼과 작약 추출물을 담아 건조한 피부에
    촉촉함을 더합니다." ("성분 중복 서술"): the filler claim says what it does, not the ingredients again."""
    bodies = []
    for persona, stage, style in itertools.product(range(5), range(5), range(6)):
        bodies.append(
            _message(
                facts_pipeline,
                brand="설화수",
                product="자음수 EX 150ml",
                persona=persona,
                stage_index=stage,
                style_index=style,
                tone="친근한",
                channel="email",
                honorific="합쇼체",
                seed=599,
            ).body
        )
    listed = [b for b in bodies if "인삼 추출물·작약 추출물" in b]  # the ingredient line ("주요 성분은 …")
    assert len(listed) > 30
    for body in listed:
        assert "인삼과 작약 추출물을 담아" not in body, body
        assert sum("작약" in s for s in SENTENCE.findall(body)) == 1, body  # (the house's story names 인삼 too)


def test_a_hapsho_title_never_orders_and_a_body_orders_once(facts_pipeline: Pipeline, catalog: Catalog):
    """s3541 (브랜드 기본): "려 헤어 세럼 첫 사용, 쓰는 법만 챙기십시오" … "이 헤어 세럼을 직접 써 보십시오."
    ("명령형 합쇼체가 딱딱함")."""
    seen = 0
    for n, (product, tone, stage) in enumerate(itertools.product(catalog.products[::4], TONES, range(5))):
        message = _message(
            facts_pipeline,
            brand=product.brand,
            product=product.name,
            persona=n % 5,
            stage_index=stage,
            style_index=n % 6,
            tone=tone,
            channel=LONG[n % 3],
            honorific="합쇼체",
            seed=n % 7,
        )
        seen += 1
        assert "십시오" not in message.title, message.title
        assert message.body.count("십시오") <= 1, message.body
    assert seen > 300


def test_the_brands_own_tone_asks_the_first_use_warmly(facts_pipeline: Pipeline):
    """s3541 as sent in reading 80: neither its title nor its close orders."""
    message = _message(
        facts_pipeline,
        brand="려",
        product="함빛 극손상 영양케어 헤어 세럼 80ml",
        persona=1,
        stage_index=1,
        style_index=0,
        channel="kakao_friendtalk",
        emoji="few",
        honorific="합쇼체",
        seed=435,
    )
    assert "십시오" not in f"{message.title}\n{message.body}", message
    assert "쓰는 법" in message.title, message.title


def test_a_trendy_bubble_is_short_never_thin(facts_pipeline: Pipeline, catalog: Catalog):
    """s6889 (트렌디한, 유지): "…루틴, 잘 이어 가고 계신가요? 살리실산을 담은 클렌저이고, … 기능성을 갖췄어요.
    다 쓰기 전에 미리 채워 두세요." ("짧고 무난, 고객 각도 없음"): under 150 characters a trendy bubble keeps its
    second proof: three sentences before the close."""
    message = _message(
        facts_pipeline,
        brand="에스트라",
        product="테라크네365 클리어 딥 클렌징 폼 200g",
        persona=0,
        stage_index=2,
        style_index=1,
        tone="트렌디한",
        channel="kakao_friendtalk",
        emoji="none",
        honorific="해요체",
        seed=892,
    )
    before_close = message.body.rsplit("\n", 1)[0]
    assert len(SENTENCE.findall(before_close)) >= 3, message.body


def test_few_trendy_bubbles_are_under_150_characters(facts_pipeline: Pipeline, catalog: Catalog):
    """Over a grid of trendy KakaoTalk messages (facts only, no reviews), fewer than 45 % of the bodies are under 150
    characters (566 of 920 before round 33, 322 after)."""
    short = total = 0
    for n, (product, persona, stage) in enumerate(itertools.product(catalog.products[::3], range(5), (0, 2, 3, 4))):
        body = _message(
            facts_pipeline,
            brand=product.brand,
            product=product.name,
            persona=persona,
            stage_index=stage,
            style_index=n % 6,
            tone="트렌디한",
            channel="kakao_friendtalk",
            seed=n % 5,
        ).body
        total += 1
        short += len(body) < 150
    assert total > 300
    assert short / total < 0.45, (short, total)
