"""Round 37's long-copy rules (email, LMS, KakaoTalk; readings 90-91, email 3.65): a thought said once over the whole
text (the poorer of two sentences that say it gives way, a clause said already is left out), an email's offer and
usage step in paragraphs of their own, and no beginner's step told a luxury reader or a user. Counted over the grid by
bench/long_r37_check.py."""

from __future__ import annotations

import re

from crm_core.catalog import Catalog
from crm_core.domain import Brief, Honorific, Tone
from crm_core.evidence import assemble_evidence
from crm_core.generation.base import GenerationRequest
from crm_core.generation.composer import compose
from crm_core.generation.composer.forms import thought_said_once

LONG_CHANNELS = ("kakao_friendtalk", "lms", "email")
SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
BEGINNER = re.compile("처음 (?:시작하|써 보|쓰)는|입문|낮은 농도")


def _body(catalog: Catalog, **spec) -> str:  # type: ignore[no-untyped-def]
    resolved = catalog.resolve(Brief(**spec))
    return compose(GenerationRequest(resolved, assemble_evidence(resolved), 0))[0].body


def _sentences(body: str) -> list[str]:
    return [s.strip() for line in body.split("\n") for s in SENTENCE.findall(line) if s.strip()]


def test_a_feel_the_hook_said_is_not_said_again_in_the_catalog_s_words(catalog: Catalog):
    """Readings 90-91, s6613 ("'가볍게 발리고 오래가는 보습감'이 두 번 반복"): the trend reader's first-look email
    on the 에스트라 lotion names it in a hook on its light, lasting moisture; the catalog's "가볍게 펴 발리면서도
    보습감이 오래 유지돼요" gives way, and the letter still says what it holds and its fragrance-free fact."""
    for tone in (Tone.expert, None):
        body = _body(catalog, brand="에스트라", product="아토베리어365 로션 150ml", persona=3, stage_index=0,
                     style_index=3, channel="email", tone=tone, honorific=Honorific.haeyo, is_event=True,
                     event_id="ev-acq-p1", seed=6613)  # fmt: skip
        assert "아토베리어365 로션" in body
        assert "세라마이드" in body and "향료" in body, body
        assert sum("보습감" in s and "가볍" in s for s in _sentences(body)) == 1, body


def test_a_clause_said_already_is_left_out_and_the_rest_kept(catalog: Catalog):
    """Reading 91, s8591 ("'굳으면서 밀착'이 반복"): the modelling pack's "굳으면서 밀착되는 고무 팩" then
    "굳으면서 피부에 밀착되어 떼어 낸 뒤 피부가 촉촉하고 매끈해요": the second says only what it adds."""
    body = _body(catalog, brand="마몽드", product="오리지널 레시피 허니 모델링팩 66g", persona=3, stage_index=2,
                 style_index=1, channel="email", honorific=Honorific.haeyo, is_event=True, event_id="ev-ret-p2",
                 seed=8591)  # fmt: skip
    assert body.count("굳으면서") == 1, body
    assert "떼어 낸 뒤 피부가 촉촉하고 매끈해요." in body, body


def test_thought_said_once_keeps_the_richer_sentence_and_the_guarded_ones():
    """The poorer of two sentences that share three content stems or more gives way; a guarded one (the usage step,
    the offer) and one that names the product never do; a sentence with a figure the other lacks stays."""
    name = "아토베리어365 로션"
    hook = "가볍게 발리고 오래가는 보습감을 좋아하는 분이라면 마음에 들 아토베리어365 로션이에요."
    echo = "가볍게 펴 발리면서도 보습감이 오래 유지돼요."
    rest = [
        "세라마이드를 담은 보습 로션이에요.",
        "향료를 넣지 않아 매일 부담 없이 바를 수 있어요.",
        "오늘 만나 보세요.",
    ]
    skip = frozenset(name.split())
    assert thought_said_once([hook, echo, *rest], frozenset(), skip, name) == [hook, None, *rest]
    assert thought_said_once([hook, echo, *rest], frozenset({echo}), skip, name) == [hook, echo, *rest]
    figured = "가볍게 펴 발리면서도 보습감이 12시간 오래 유지돼요."
    assert thought_said_once([hook, figured, *rest], frozenset(), skip, name) == [hook, figured, *rest]


def test_an_email_s_offer_and_usage_step_are_paragraphs_of_their_own(catalog: Catalog):
    """Reading 91, s8591 ("적립 안내와 사용법이 한 문단에 뒤섞여 있음"): every product with a usage step, a retention
    email with the repurchase points: the offer's paragraph never holds the how-to, and the how-to comes before the
    offer (round 42, reading 104, s9002: a how-to between the offer and the ask "흐름이 끊기고")."""
    apart = 0
    for i, product in enumerate(catalog.products[::3]):
        body = _body(catalog, brand=product.brand, product=product.name, persona=i % 5, stage_index=2,
                     style_index=1, channel="email", honorific=Honorific.haeyo, is_event=True, event_id="ev-ret-p2",
                     seed=i)  # fmt: skip
        paragraphs = body.split("\n\n")
        offer = next(n for n, p in enumerate(paragraphs) if "적립" in p)
        assert not re.search(r"(?:면|하면) 돼요\.", paragraphs[offer]), body
        apart += any(re.search(r"(?:면|하면) 돼요\.$", p) for p in paragraphs[:offer])
    assert apart >= 10


def test_a_luxury_reader_or_a_user_hears_no_beginner_s_step(catalog: Catalog):
    """Readings 90-91, s9535 ("럭셔리 고객에게 '입문용 낮은 농도'는 모순"): the products whose catalog calls them a
    first step (retinol at a low dose), every long channel and style: a luxury reader at any stage and any reader
    who uses it (retention) hears no "처음 시작하는 … 낮은 농도" / "입문용"; a trend reader's first look still may."""
    starters = [p for p in catalog.products if any(BEGINNER.search(c) for c in p.claims)]
    assert len(starters) >= 2
    told_new = 0
    for i, product in enumerate(starters):
        for channel in LONG_CHANNELS:
            for style in range(6):
                for persona, stage in ((0, style % 5), ((i + style) % 5, 2)):
                    body = _body(catalog, brand=product.brand, product=product.name, persona=persona,
                                 stage_index=stage, style_index=style, channel=channel, honorific=Honorific.hapsho,
                                 is_event=False, seed=i + style)  # fmt: skip
                    assert not BEGINNER.search(body), body
                told_new += bool(BEGINNER.search(_body(catalog, brand=product.brand, product=product.name, persona=3,
                                 stage_index=0, style_index=style, channel=channel, honorific=Honorific.haeyo,
                                 is_event=False, seed=style)))  # fmt: skip
    assert told_new >= 1
