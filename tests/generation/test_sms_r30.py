"""Round 30 (readings 57-60): an ad SMS brief without an event still goes as the flagged LMS (the kept text asks
nothing it names no place for); an SMS never asks to read or join something it gives
no way to reach (s2587, 2.5: "링크 없이 '읽어 보십시오'로 끝나 행동 불가"); an SMS brief's LMS says what a live
broadcast or a campaign it asks for is (s1454: "라이브 방송 설명 없이 '라이브를 보며'가 돌출", s3214: "'이번 캠페인'이
무엇인지 설명 없이 참여 유도")."""

from __future__ import annotations

import re

from crm_core.domain import Brief
from crm_core.pipeline import Pipeline
from tests.generation.test_sms_r26 import WINTER

GRID_PRODUCTS = (
    ("설화수", "진설아이크림 20ml"),
    ("이니스프리", "비자 시카 밤 EX 40ml"),
    ("프리메라", "마일드 포어 필링 패드 60매"),
    ("코스알엑스", "퓨어 핏 시카 크림 50ml"),
)
PLACELESS = ("ev-acq-n2", "ev-act-n2", "ev-act-n3", "ev-ret-n2", "ev-rev-n3", "ev-ref-n2")
TIP_LEADS = ("지금", "예민하다면")  # the patch tip's own reason, or the urge word
LOOK_ASKS = re.compile("읽어 보|살펴보|확인하|확인해|받아 보|공유해 보|나눠 주")


def _sms_brief(**spec) -> Brief:  # type: ignore[no-untyped-def]
    return Brief(channel="sms", scheduled_at=WINTER, **spec)


def test_an_ad_without_an_event_goes_as_the_lms_and_its_kept_text_asks_only_what_fits(facts_pipeline: Pipeline):
    """A grid of no-event SMS briefs goes as the flagged LMS (round 24's rule: the lead read round 30's kept
    one-liners, "…한란 아이 크림, 추천 부탁드립니다!", as "한 줄뿐" again); the text a marketer keeps
    (sms_overflow=shorten) never asks for a visit it names no place for ("들러 보세요", s2587), never has a pad
    "applied" ("…필링 패드, 발라 보십시오"), and puts no mood word before the patch tip ("나를 위해 팔 안쪽에 …")."""
    kept: list[str] = []
    for persona in range(5):
        for stage in range(5):
            for brand, product in GRID_PRODUCTS:
                style = (persona + stage) % 6
                brief = _sms_brief(persona=persona, brand=brand, product=product, stage_index=stage,
                                   style_index=style, tone=None, honorific="합쇼체", seed=7)  # fmt: skip
                result = facts_pipeline.run_one(brief)[0]
                assert result.sms_to_lms and result.channel.value == "lms", result.message.channel_text
                for seed in range(3):
                    text = facts_pipeline.run_one(brief.model_copy(update={"sms_overflow": "shorten", "seed": seed}))[0]
                    kept.append(text.message.channel_text)
    assert len(kept) == 300 and all(len(t.encode("cp949")) <= 90 for t in kept), kept
    assert not [t for t in kept if "들러 보" in t or ("패드" in t and "발라" in t)], kept
    before_tip = [w for t in kept for w in re.findall(r"(\S+) 팔 안쪽에", t)]
    assert before_tip and not [w for w in before_tip if not w.endswith((",", "엔")) and w not in TIP_LEADS], before_tip


def test_an_invitation_with_no_place_and_no_link_is_never_a_one_line_sms(facts_pipeline: Pipeline):
    """s2587: "(광고)[라네즈] 녹차를 담은 크림스킨, 브랜드 이야기를 읽어 보십시오." The brief goes as the LMS, whose
    button line is the way; no SMS asks to read, look, or receive without a link."""
    brief = _sms_brief(persona=0, brand="라네즈", product="크림스킨 170ml", stage_index=0, style_index=3,
                       tone="전문적인", honorific="합쇼체", is_event=True, event_id="ev-acq-n2", seed=5)  # fmt: skip
    result = facts_pipeline.run_one(brief)[0]
    assert result.sms_to_lms, result.message.channel_text
    assert "▶ 이야기 읽어보기" in result.message.channel_text, result.message.channel_text
    texts = []
    for event_id in PLACELESS:
        for persona in range(5):
            for brand, product in (("설화수", "자음생크림 60ml"), ("라네즈", "크림스킨 170ml")):
                brief = _sms_brief(persona=persona, brand=brand, product=product, stage_index=0, style_index=1,
                                   tone=None, honorific="해요체", is_event=True, event_id=event_id, seed=1)  # fmt: skip
                try:
                    result = facts_pipeline.run_one(brief)[0]
                except Exception:  # an event the catalog does not offer at this stage or for this product
                    continue
                texts.append((result.sms_to_lms, result.message.channel_text))
    assert len(texts) >= 10, texts
    assert not [text for lms, text in texts if not lms and LOOK_ASKS.search(text)], texts


def test_an_sms_briefs_lms_says_what_its_live_broadcast_or_campaign_is(facts_pipeline: Pipeline):
    """s1454, s3214: the close names the live broadcast or the campaign; a sentence before it says what it is."""
    bodies = []
    for event_id, stage in (("ev-act-n3", 1), ("ev-ret-n3", 2)):
        for persona in range(5):
            brief = _sms_brief(persona=persona, brand="마몽드", product="카밍 샷 아줄렌 선크림 SPF50+/PA++++ 35ml",
                               stage_index=stage, style_index=0, tone=None, honorific="해요체",
                               is_event=True, event_id=event_id, seed=3)  # fmt: skip
            bodies.append(facts_pipeline.run_one(brief)[0].message.channel_text)
    named = [b for b in bodies if re.search("라이브를|이번 캠페인", b)]
    assert len(named) >= 5, bodies
    assert all(re.search("라이브 방송이 열려요|공병 캠페인에서 재활용해요", b) for b in named), named


INTRODUCED = (
    ("라네즈", "워터뱅크 블루 히알루로닉 젤 크림 50ml"),  # "…단계에 쓰는 크림, 워터뱅크 … 젤 크림을 소개해 드려요"
    ("라네즈", "워터뱅크 블루 히알루로닉 모이스춰 크림 50ml"),  # "…담은 수분 크림, …": a noun before the kind
    ("려", "함빛 극손상 영양케어 헤어 세럼 80ml"),  # "…남는 오일 세럼, …"
    ("코스알엑스", "풀핏 프로폴리스 라이트 크림 65ml"),  # "…산뜻한 젤 크림, …"
)


def test_an_sms_briefs_lms_says_the_kind_once_before_the_name_and_keeps_a_noun_that_describes_it(facts_pipeline):  # type: ignore[no-untyped-def]
    """s6264: "아줄렌과 마데카소사이드를 담은 크림, 카밍 샷 아줄렌 크림을 소개해 드립니다" ("'크림, 크림' 중복"): the
    modifier goes straight before the name; a noun before the kind ("수분 크림", "오일 세럼", "젤 크림") stays with
    it, as "…담은 수분 워터뱅크 … 크림" would read as another name."""
    bodies = []
    for brand, product in INTRODUCED:
        for persona in range(5):
            for style in (1, 3, 4):
                for tone in ("친근한", "전문적인"):
                    brief = _sms_brief(persona=persona, brand=brand, product=product, stage_index=0,
                                       style_index=style, tone=tone, honorific="해요체", seed=style)  # fmt: skip
                    bodies.append(facts_pipeline.run_one(brief)[0].message.body)
    introduced = [b for b in bodies if "소개해 드" in b]
    assert len(introduced) >= 20, bodies
    # round 34 (plan._names_kind): the name the topic, its describing modifier kept after it
    assert [b for b in introduced if "워터뱅크 블루 히알루로닉 젤 크림은 메이크업 전 수분 단계에 쓰는" in b], introduced
    assert not [b for b in introduced if re.search(r"(?:는|은|운|한) (크림|세럼), [^,.]*\1(?:을|를) 소개", b)], (
        introduced
    )
    assert not [b for b in introduced if re.search("(?:수분|오일|젤) (?:워터뱅크|함빛|풀핏)", b)], introduced
