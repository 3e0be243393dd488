"""Round 35 (readings 86-87: SMS briefs, most sent as the flagged LMS, 3.53, the lowest channel): an SMS brief's LMS
says the product, the reader's one reason, the offer and the ask, in as few words as they take.

- an acid pad's winter care is one short sentence (reading 87, s8389: "SMS 분량을 크게 넘는 LMS급 길이");
- a FOMO brief's promotion says its offer once, with no sentence after it that asks before the ask does;
- the text keeps one reason where a second would leave it no thinner than a text worth an LMS;
- a thin first-use text says how to begin (reading 87, s6890: "두 줄로 얇고 사용법이 없어 첫 사용을 이끌기 약함");
- what the product is and what it holds are one sentence, after a house line too (reading 87, s7135: "짧은 문장이
  뚝뚝 끊기고");
- a trend reader of a starter-strength active hears it (reading 87, s4586: "트렌드 팔로워 각도 … 약하고", "레티놀
  입문 주의도 부족")."""

from __future__ import annotations

import itertools
import re

from crm_core.catalog import Catalog
from crm_core.generation.composer.lines import FOMO_OFFER_CLOSES
from crm_core.pipeline import Pipeline
from tests.generation.test_sms_r33 import _sms_lms  # an SMS brief's body where it went out as LMS, else None

LUXURY, TREND = 0, 3
HANGUL = re.compile("[가-힣]")
SENTENCE = re.compile(r"(?<=[.!?])\s+")
GREETING = re.compile(r"#\{고객명\}님, [^.]{0,24}[.!]")
ACID = re.compile("살리실|BHA|AHA|PHA|바하|글루코노락톤|락틱|글리콜릭|만델릭")
# two copulas in a row, each a short sentence: "…가벼운 젤 크림입니다. 프로폴리스 추출물을 담았습니다."
COPULA = re.compile(r"(?:입니다|이에요|예요|담았습니다|담았어요)\.$")


def _before_ask(body: str) -> str:
    lines = [x for x in body.split("\n") if x.strip()]
    return " ".join(lines[:-1])


def _said(body: str) -> list[str]:
    return [s for s in SENTENCE.split(_before_ask(body)) if s and not GREETING.fullmatch(s.strip())]


def _choppy(body: str) -> bool:
    said = _said(body)
    return any(
        COPULA.search(a) and COPULA.search(b) and len(HANGUL.findall(a + b)) < 40 for a, b in itertools.pairwise(said)
    )


def test_an_acid_pads_winter_care_is_one_short_sentence(catalog: Catalog, facts_pipeline: Pipeline):
    """Every pad with exfoliating acids, each persona, the stages whose text gives the winter care: the care says to
    moisturise, in a sentence of at most 25 Hangul (s8389's said it in 45, beside the patch-test caution)."""
    pads = [p for p in catalog.products if p.category == "패드" and ACID.search(" ".join((p.name, *p.key_ingredients)))]
    long_care, cared = [], 0
    for i, product in enumerate(pads):
        for persona in range(5):
            for stage in (0, 1, 3):
                body = _sms_lms(facts_pipeline, product, persona, stage, 4, i + persona, tone="감성적인")
                if body is None:
                    continue
                care = [s for s in _said(body) if s.startswith("건조한 겨울에는")]
                cared += len(care)
                long_care += [s for s in care if len(HANGUL.findall(s)) > 25 or "보습" not in s]
    assert cared >= 5, cared
    assert not long_care, long_care[:3]


def test_a_fomo_promotion_says_its_offer_without_a_second_ask(catalog: Catalog, facts_pipeline: Pipeline):
    """The FOMO style beside a promotion (first-order points, re-order points, a gift with the order, a set price) over
    every third product: no sentence after the offer says what not to miss ("…이번 혜택을 놓치기 아쉬워요"): the
    close carries the style."""
    missed = [line.split(" 이번 혜택")[0].split(" 혜택이")[0][:12] for line in FOMO_OFFER_CLOSES.values()]
    said_twice, seen = [], 0
    for i, product in enumerate(catalog.products[::3]):
        for stage, event in ((1, "ev-act-p1"), (2, "ev-ret-p2"), (3, "ev-rev-p2"), (0, "ev-acq-p2")):
            body = _sms_lms(
                facts_pipeline, product, i % 5, stage, 2, i, honorific="해요체", is_event=True, event_id=event
            )
            if body is None:
                continue
            seen += 1
            if any(m in _before_ask(body) for m in missed):
                said_twice.append(body)
    assert seen >= 60, seen
    assert not said_twice, said_twice[:3]


def test_a_text_gives_one_reason_where_one_is_enough(catalog: Catalog, facts_pipeline: Pipeline):
    """A luxury reader passing on 아이오페's vitamin C ampoule (the emotional style, 합쇼체): the registered function is
    their reason, and no second sentence follows it before the ask (the referral's "‘써 보니 좋더라’는 한마디가 긴
    설명보다 잘 전해집니다" went beside it: "SMS 분량 초과")."""
    product = next(p for p in catalog.products if p.name == "비타민C 엑스퍼트 25% 토닝 앰플 23ml")
    for seed in range(3):
        body = _sms_lms(facts_pipeline, product, LUXURY, 4, 3, seed, honorific="합쇼체")
        assert body is not None
        assert "미백에 도움을 주는 기능성 화장품" in body, body
        assert len(_said(body)) == 1, body


def test_a_thin_first_use_text_says_how_to_begin(catalog: Catalog, facts_pipeline: Pipeline):
    """s6890's brief (a luxury reader's first use of 에스트라's barrier lotion, seasonal, emotional, 해요체): the text
    before the ask says how to begin, and says more than the product line."""
    product = next(p for p in catalog.products if p.name == "아토베리어365 로션 150ml")
    for seed in range(3):
        body = _sms_lms(facts_pipeline, product, LUXURY, 1, 4, seed, tone="감성적인", honorific="해요체")
        assert body is not None
        assert re.search("(?:처음 쓰실 때는|첫날에는) [^.]*(?:바르|펴 )", _before_ask(body)), body
        assert len(HANGUL.findall(_before_ask(body))) >= 50, body


def test_the_definition_and_what_it_holds_are_one_sentence(catalog: Catalog, facts_pipeline: Pipeline):
    """s7135's brief (a luxury reader meeting 코스알엑스's propolis cream, the 1:1 consultation, 전문적인 합쇼체) and
    the same shape for every product: no two short copula sentences in a row before the ask (s7135: "…젤
    크림입니다. 프로폴리스 추출물을 담았습니다.")."""
    product = next(p for p in catalog.products if p.name == "풀핏 프로폴리스 라이트 크림 65ml")
    for seed in range(3):
        body = _sms_lms(
            facts_pipeline, product, LUXURY, 0, 3, seed, tone="전문적인", honorific="합쇼체",
            is_event=True, event_id="ev-acq-n3",
        )  # fmt: skip
        assert body is not None
        assert not _choppy(body), body
        assert "프로폴리스 추출물" in body, body


def test_a_trend_reader_hears_a_starter_strength(catalog: Catalog, facts_pipeline: Pipeline):
    """s4586's brief (a trend reader choosing 코스알엑스's retinol cream with the three-piece set, seasonal, 고급스러운
    합쇼체): the text says it is made for a first try of retinol."""
    product = next(p for p in catalog.products if p.name == "더 레티놀 0.1 크림 20ml")
    for seed in range(3):
        body = _sms_lms(
            facts_pipeline, product, TREND, 3, 4, seed, tone="고급스러운", honorific="합쇼체",
            is_event=True, event_id="ev-rev-p1",
        )  # fmt: skip
        assert body is not None
        assert "입문" in _before_ask(body), body
