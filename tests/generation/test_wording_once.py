"""Sentences that read odd, contradict each other or stack one word (blind reading 13): catalog phrases said as
copy, one texture per message, a word said once where a bank phrase has another wording, and closes, reviews
and tips worded for every kind of product and register."""

from __future__ import annotations

import re

from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.domain import Brief
from crm_core.generation.composer import fit, lines, reader
from crm_core.generation.composer.angles import angle_for
from crm_core.generation.composer.facts import CATALOG_WORDING, name_free, product_facts, texture_clash
from crm_core.generation.composer.reviews import REPURCHASE_CLAUSES
from tests.generation.scripted import pipeline_with_reviews

LONG_CHANNELS = ("kakao_friendtalk", "lms", "email")


def _facts(catalog: Catalog, product, persona: int = 0):  # type: ignore[no-untyped-def]
    resolved = catalog.resolve(
        Brief(persona=persona, brand=product.brand, product=product.name, stage_index=0, style_index=1)
    )
    return product_facts(product, angle_for(resolved.persona), resolved.persona.skin_concerns)


def _bodies(catalog: Catalog, settings: Settings, product_start: str, **spec):  # type: ignore[no-untyped-def]
    pipeline = pipeline_with_reviews(catalog, settings, *spec.pop("reviews", ()))
    product = next(p for p in catalog.products if p.name.startswith(product_start))
    out = []
    for persona in range(5):
        for stage in range(5):
            for seed in range(2):
                brief = Brief(brand=product.brand, product=product.name, persona=persona, stage_index=stage,
                              style_index=seed, is_event=False, seed=seed, **spec)  # fmt: skip
                message = pipeline.run_one(brief)[0].message
                out.append(f"{message.title}\n{message.body}")
    return out


def test_catalog_phrases_that_read_odd_are_said_as_copy(catalog: Catalog):
    """ "세안 후 산뜻한 데일리 세안제", "세라마이드를 담아 당김 없는 선크림", "흡수된 뒤 도는 맑은 광만으로도"
    (reading 13): no product's facts keep the catalog's odd phrase; each keeps its fact in another wording."""
    odd = [phrase for phrase, _ in CATALOG_WORDING]
    seen = 0
    for product in catalog.products:
        texts = (*product.selling_points, *product.claims)
        seen += any(phrase in text for phrase in odd for text in texts)
        facts = _facts(catalog, product)
        for text in (*facts.points, *facts.claims):
            assert not [phrase for phrase in odd if phrase in text], (product.name, text)
    assert seen >= 5  # the catalog has them: the rule is not vacuous


def test_a_definition_is_never_cut_after_a_comparison(catalog: Catalog, settings: Settings):
    """ "피부와 비슷한 토너입니다" (reading 13, s5069): the name's words cut from "피부와 비슷한 약산성 토너" left a
    comparison with nothing to compare."""
    assert name_free("피부와 비슷한 약산성 토너", "순정 약산성 5.5 진정 토너", "토너") == "피부와 비슷한 약산성 토너"
    assert name_free("자는 동안 수분을 채우는 슬리핑 마스크", "워터 슬리핑 마스크", "팩").endswith("채우는 팩")
    bodies = _bodies(catalog, settings, "순정 약산성 5.5 진정 토너", channel="kakao_friendtalk")
    assert not [b for b in bodies if "피부와 비슷한 토너" in b]


def test_two_facts_never_tell_the_texture_opposite_ways(catalog: Catalog, settings: Settings):
    """ "끈적임이 적은 토너" + "꿀처럼 살짝 도톰한 제형", "촉촉한 막을 남기는 에멀젼" + "흡수가 빠르다는" review
    (reading 13, s8307 and s3058): a second feature or review never contradicts the first."""
    assert texture_clash("레이어링해도 끈적임이 적은 토너", "꿀처럼 살짝 도톰한 촉촉한 제형")
    assert texture_clash("피부에 촉촉한 막을 남기는 에멀젼", "흡수가 빠르다는")
    assert not texture_clash("끈적임이 적은 토너", "빠르게 흡수되는 묽은 제형")
    clashes = (("끈적임이 적", "도톰"), ("끈적임이 적", "꿀처럼"), ("막을 남기", "흡수가 빠르"))
    for start, reviews in (("풀핏 프로폴리스 시너지 토너", ()), ("퍼펙트리뉴 3X 에멀젼", ("흡수가 빨라요.",))):
        for channel in LONG_CHANNELS:
            for body in _bodies(catalog, settings, start, channel=channel, reviews=reviews):
                assert not [pair for pair in clashes if pair[0] in body and pair[1] in body], body


def test_a_word_a_message_says_once_takes_its_other_wording_the_second_time():
    """ "부담 없이 … 부담이 없어요", "매일 쓰는 … 매일 쓰실 때는" (reading 13): the first
    saying stays, a later bank phrase takes its other wording; a body sized to its screen never grows."""
    body = "매일 쓰는 크림이에요. 자주 써도 부담이 없어요. 매일 쓰실 때는 바르면 돼요. 부담 없이 골라 보세요."
    once = lines.said_once("크림 더 잘 쓰는 법", body)
    assert once.count("매일") == 1 and once.count("부담") == 1 and once.startswith("매일 쓰는 크림"), once
    titled = lines.said_once("크림, 매일 쓰는 순서 다시 보기", "매일 쓰실 때는 바르면 돼요.")
    assert "매일" not in titled, titled
    sized = "매일 쓰는 크림이에요. 매일 쓰신다면 알아 둘 점이 있어요."
    assert lines.said_once("", sized, grow=False) == sized  # "꾸준히 쓰신다면" is longer: not on a sized screen
    assert "꾸준히 쓰신다면" in lines.said_once("", sized)
    untouched = "매일 쓰는 크림이에요. 부담 없이 골라 보세요."
    assert lines.said_once("크림", untouched) == untouched  # said once already: nothing changes


def test_long_messages_say_a_routine_word_once(catalog: Catalog, settings: Settings):
    """Reading 13: "매일 쓰는 …" in the title or hook and "매일 쓰실 때는 …" in the step, for a reader who keeps
    the product up; the step says it without the word."""
    pipeline = pipeline_with_reviews(catalog, settings)
    told = 0
    for product in catalog.products[::3]:
        for seed in range(3):
            brief = Brief(brand=product.brand, product=product.name, persona=seed, stage_index=2, style_index=1,
                          channel="email", is_event=False, seed=seed)  # fmt: skip
            message = pipeline.run_one(brief)[0].message
            text = f"{message.title}\n{message.body}"
            told += "쓰실 때는" in text
            assert not ("매일" in text.split("매일 쓰실 때는")[0] and "매일 쓰실 때는" in text), text
    assert told > 5


def test_bank_lines_fit_every_kind_and_read_as_one_idea():
    """Reading 13: "손끝에 닿는 느낌이 궁금했다면" closed a lip tint, "개시해 보세요" read odd, "후기를 남겨, …참고가
    돼요" glued two ideas, "올리는 게 화장을 매끈하게 올리는 요령" said one verb twice, and the share lines said
    "반가워해요" beside the second point's "반가운"."""
    every = [*lines.every_line(), *reader.every_reader_line(), *fit.every_fit_line()]
    assert not [line for line in every if "손끝에 닿" in line]
    assert not [line for line in every if "개시" in line]
    assert not [line for line in every if re.search("남겨, .*참고가", line)]
    assert not [line for line in every if line.count("올리") > 1]
    assert not [line for line in (*lines.SHARE_LINES.values(), *lines.SECOND_POINT_LINES) if "반가" in line]


def test_a_next_step_close_keeps_the_product_as_the_choice():
    """ "이 크림 다음에 쓸 단계를 비교해 보세요" read as selling another product to a reader choosing this one
    (reading 13, s1074): the close names the product as the choice, first (round 24, readings 33-34: "…과 이어 쓰기
    좋은 다음 단계 제품을 … 비교해 보세요" read as "전환이 다음 단계 제품으로 흩어짐")."""
    closes = [line for line, button in lines.BUTTON_CLOSES[3] if button == "다음 단계 보기"]
    assert closes
    for line in closes:
        filled = lines.fill(line, {"product": "래디언씨 크림"})
        assert "다음에 쓸 단계" not in filled and filled.startswith("래디언씨 크림부터 골라"), filled


def test_a_repurchase_review_reads_in_every_register():
    """ "18만 원 설화수에 '또 사고 싶다는 평'", 합쇼체 "쟁여 두고" (reading 13): no clause a luxury line or
    합쇼체 reads as light."""
    assert not [clause for clause in REPURCHASE_CLAUSES if re.search("쟁여|또 사", clause)]


def test_a_cushion_foundation_is_called_a_cushion(catalog: Catalog):
    """ "쿠션 파운데이션 … 어떤 파운데이션인지 … 쿠션이에요" (reading 13, s4364): one word for it."""
    product = next(p for p in catalog.products if p.name.startswith("블랙 쿠션 파운데이션"))
    assert _facts(catalog, product).noun == "쿠션"
