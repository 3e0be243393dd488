"""SMS as a micro-campaign: within 90 bytes with the ad frame, the product by its full name (a
marketer's shortening only when it cannot fit), one reason for this reader or the event's offer,
and a call to action for the stage at the brief's speech level; every choice changes the text."""

from __future__ import annotations

import pytest

from crm_core.catalog import Catalog
from crm_core.channels import euckr_measure
from crm_core.domain import Brief, Honorific
from crm_core.evidence import assemble_evidence
from crm_core.generation.composer.facts import short_product_name
from crm_core.generation.composer.sms import reasons, shortenings, traits
from crm_core.generation.composer.speech import speech_levels
from crm_core.pipeline import Pipeline

# (brand, catalog name): short and long names, a 합쇼체-heavy heritage brand and a price-talking one
PRODUCTS = [
    ("설화수", "자음생크림"),
    ("설화수", "자음유액 EX 125ml"),
    ("한율", "어린쑥 속수분 쑥히알 크림"),
    ("이니스프리", "그린티 씨드 히알루론산 크림"),
    ("라네즈", "워터뱅크 블루 히알루로닉 모이스춰 크림"),
    ("프리메라", "오가니언스 베리어 리페어 씨드 펩타이드 리저브 세럼"),
]
ENDINGS = {Honorific.haeyo: "요.", Honorific.hapsho: ("시오.", "니다.")}
GIFT_ASKS = ("선물해 보세요.", "선물해 주세요.", "선물하세요.", "권해 보세요.", "전해 보세요.", "건네 보세요.")
GIFT_ASKS += ("보내 보세요.",)
SHARING_ASKS = ("소개해 주세요.", "추천해 주세요.", "공유해 주세요.", "알려 주세요.", "권해 보세요.", *GIFT_ASKS)
CREAM = dict(brand="설화수", product="자음생크림", channel="sms", style_index=1)


def sms(facts_pipeline: Pipeline, **kw) -> str:  # type: ignore[no-untyped-def]
    base = dict(persona=1, stage_index=0) | CREAM
    return facts_pipeline.run_one(Brief(**(base | kw)))[0].message.body


def test_a_shortening_keeps_the_line_the_head_noun_and_every_number():
    assert shortenings("자음생크림") == []
    assert shortenings("자음수 EX") == ["자음수"]
    assert shortenings("레티놀 시카 흔적 앰플") == ["레티놀 시카 앰플", "레티놀 흔적 앰플", "레티놀 앰플"]
    assert shortenings("워터 슬리핑 마스크")[0] == "슬리핑 마스크"
    assert all("96" in s and s.endswith("에센스") for s in shortenings("어드밴스드 스네일 96 뮤신 파워 에센스"))


def test_reasons_and_qualities_come_from_the_selling_points_never_a_category_word():
    points = (
        "체온에 부드럽게 녹는 밀도 있는 크림",
        "끈적임 없이 남는 은은한 윤기",
        "앞 단계에 적응한 피부를 위한 다음 농도",
    )
    assert reasons(points, "자음생크림", "크림") == ["은은한 윤기"]
    assert traits(("예민해진 피부도 편한 순한 사용감", "가벼운 젤 제형"), "sensitive") == ["순한", "가벼운"]
    assert traits(("건조한 피부를 위한 고보습 소프너",), "luxury") == []  # 건조한 describes the skin


@pytest.mark.parametrize(("brand", "product"), PRODUCTS)
@pytest.mark.parametrize("honorific", list(Honorific))
def test_every_sms_fits_names_the_product_and_ends_on_one_speech_level(
    facts_pipeline: Pipeline, brand: str, product: str, honorific: Honorific
):
    full = short_product_name(product)
    for stage in range(5):
        for persona in (0, 2, 4):
            brief = Brief(brand=brand, product=product, persona=persona, stage_index=stage, style_index=stage,
                          channel="sms", honorific=honorific, is_event=stage % 2 == 1)  # fmt: skip
            result = facts_pipeline.run_one(brief)[0]
            message = result.message
            assert euckr_measure(message.channel_text).length <= 90, message.channel_text
            assert message.channel_text.startswith(f"(광고)[{brand}] ")
            if "short-name" in result.draft:  # a shortening only where the full name cannot carry the message
                assert any(s in message.body for s in shortenings(full)), message.body
                assert full not in message.body
            else:
                assert full in message.body, message.body
            assert message.body.endswith(ENDINGS[honorific]), message.body
            assert speech_levels(message.body) == {honorific}, message.body
            assert message.body != message.title
            copy_findings = [f for f in result.findings if not f.rule_id.startswith("stage.")]  # not the brief's pick
            assert result.verdict != "block" and not copy_findings, result.findings


def test_the_full_name_is_kept_wherever_it_fits(facts_pipeline: Pipeline):
    for product in ("자음생크림", "진설아이크림", "상백선크림"):
        for stage in range(5):
            for tone in (None, "친근한", "고급스러운"):
                assert product in sms(facts_pipeline, product=product, stage_index=stage, tone=tone, is_event=True)
    # the longest catalog name cannot fit beside any call to action: a marketer's shortening, said so
    longest = "오가니언스 베리어 리페어 씨드 펩타이드 리저브 세럼"
    result = facts_pipeline.run_one(Brief(brand="프리메라", product=longest,
                                          persona=1, stage_index=0, style_index=1, channel="sms"))[0]  # fmt: skip
    assert "short-name" in result.draft and "오가니언스" in result.message.body and "세럼" in result.message.body


def test_each_reader_gets_their_own_reason_or_ask(facts_pipeline: Pipeline):
    bodies = {p: sms(facts_pipeline, persona=p, stage_index=2) for p in range(5)}
    assert len(set(bodies.values())) == 5, bodies
    assert "인삼" in sms(facts_pipeline, persona=4)  # the natural reader hears the ingredient
    budget = sms(facts_pipeline, brand="한율", product="달빛유자 수면팩", persona=2)  # a brand that talks price
    assert "28,000원" in budget and "100ml" in budget, budget
    luxury_budget = sms(facts_pipeline, persona=2)  # 320,000원 heritage cream: never pitched on price
    assert "원" not in luxury_budget.replace("만원", ""), luxury_budget


def test_tone_and_stage_change_the_call_to_action(facts_pipeline: Pipeline):
    tones = [None, "친근한", "전문적인", "트렌디한", "고급스러운", "감성적인"]
    by_tone = {t: sms(facts_pipeline, tone=t, stage_index=4) for t in tones}
    assert len(set(by_tone.values())) == len(tones), by_tone
    by_stage = {s: sms(facts_pipeline, stage_index=s, tone="친근한", persona=0) for s in range(5)}
    assert len(set(by_stage.values())) == 5, by_stage
    assert by_stage[4].endswith(SHARING_ASKS) and "나눠 주" not in by_stage[4]  # pass it on, not a bare "나눠 주세요"
    assert "두세요" in by_stage[2]  # routine: keep it stocked
    other_reader = sms(facts_pipeline, stage_index=4, tone="친근한", persona=1)
    assert other_reader != by_stage[4] and other_reader.endswith(SHARING_ASKS)


def test_a_promotion_carries_its_offer_with_the_product(facts_pipeline: Pipeline):
    body = sms(facts_pipeline, persona=2, event_id="ev-acq-p1", tone="친근한")
    assert "자음생크림" in body and "첫 주문 10% 쿠폰으로" in body, body
    gift = sms(facts_pipeline, stage_index=4, event_id="ev-ref-p1", tone="친근한")
    assert "선물 포장 무료로" in gift and gift.endswith(GIFT_ASKS), gift
    content = sms(
        facts_pipeline, persona=2, event_id="ev-acq-n1", tone="친근한"
    )  # a test, not an offer: LMS carries it
    assert "테스트" not in content and "자음생크림" in content, content
    # a long name gives way to a recognisable shortening rather than lose the offer
    result = facts_pipeline.run_one(Brief(brand="라네즈", product="워터뱅크 블루 히알루로닉 모이스춰 크림", persona=1,
                                    stage_index=0, style_index=1, channel="sms", event_id="ev-acq-p1"))[0]  # fmt: skip
    assert "첫 주문 10% 쿠폰으로" in result.message.body and "short-name" in result.draft, result.message.body
    assert any(s in result.message.body for s in shortenings("워터뱅크 블루 히알루로닉 모이스춰 크림"))


def test_variants_of_one_brief_differ(facts_pipeline: Pipeline):
    for product, brand in (("자음생크림", "설화수"), ("워터뱅크 블루 히알루로닉 모이스춰 크림", "라네즈")):
        for stage in range(5):
            results = facts_pipeline.run_one(Brief(brand=brand, product=product, persona=3, stage_index=stage,
                                             style_index=0, channel="sms", n=3))  # fmt: skip
            bodies = [r.message.body for r in results]
            assert len(set(bodies)) == 3, bodies


def test_every_call_to_action_has_a_hapsho_form():
    from crm_core.generation.composer import sms as sms_module
    from crm_core.generation.composer.speech import conjugate

    verbs = {v for by_tone in sms_module.CLOSES.values() for pair in by_tone.values() for v in pair}
    verbs |= {v for pair in sms_module.GIFT_CLOSES.values() for v in pair}
    verbs |= {v for group in sms_module.SHORT_CLOSES for v in group} | set(sms_module.GIFT_SHORT)
    for verb in verbs:
        assert conjugate(verb, Honorific.hapsho).endswith("십시오."), verb


def test_every_event_sms_wording_states_only_the_event_s_own_facts(facts_pipeline: Pipeline, catalog: Catalog):
    from crm_core.generation.base import GenerationRequest

    for event in catalog.events:
        assert event.offer is not None and event.offer.sms, event.id
        product = next(p for p in catalog.products if event.applies_to(p))
        resolved = catalog.resolve(Brief(brand=product.brand, product=product.name, persona=0, stage_index=event.stage,
                                         style_index=1, channel="sms", event_id=event.id))  # fmt: skip
        request = GenerationRequest(resolved, assemble_evidence(resolved), 0)
        body = f"{short_product_name(product.name)}, {event.offer.sms} 만나 보세요."
        outcome = facts_pipeline.check(request, "", body, "")
        assert not [f for f in outcome.findings if f.rule_id.startswith("facts.")], (event.id, outcome.findings)
