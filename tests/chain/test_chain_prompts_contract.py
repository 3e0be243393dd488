"""Prompts carry every rule and input they must (and nothing they must not); the JSON contract's verdicts."""

from __future__ import annotations

import json

import pytest

from crm_core.chain.contract import ContractError, clean_draft, message_schema, parse_message
from crm_core.chain.prompts import PROMPT_VERSION, copy_budget, draft_messages, refine_messages
from crm_core.domain import Honorific, Tone
from tests.chain.conftest import PERSONA, PUSH, SMS, make_request


def text_of(chat: list[dict[str, str]]) -> str:
    return "\n".join(m["content"] for m in chat)


def test_both_prompts_state_the_shared_rules_and_never_the_persona_label() -> None:
    request = make_request()
    for chat in (draft_messages(request), refine_messages(request, "초안")):
        text = text_of(chat)
        assert "자료에 없는 가격·할인율·숫자·기간·이벤트" in text
        assert "고객 유형 이름" in text and "한자를 쓰지 않습니다" in text
        assert "앱 푸시: 전체" in text and "제목 40자 이내" in text
        assert PERSONA.name not in text and PERSONA.label_kr not in text
    assert "35~50세" in text_of(draft_messages(request))  # the traits do reach the drafter


def test_drafter_gets_facts_and_reviews_refiner_gets_tone_stage_style_event() -> None:
    request = make_request()
    draft = text_of(draft_messages(request))
    assert "인삼 추출물" in draft and "흡수가 빠르고 촉촉함이 오래가요." in draft
    refine = text_of(refine_messages(request, "초안 문장"))
    for expected in ("초안 문장", "톤 키워드: 고요한", "하루의 끝", "첫 사용 팁", "놓치기 아쉬운", "첫 사용 샘플 증정"):
        assert expected in refine
    assert '{"title": "제목", "body": "본문", "cta": "버튼 문구"}' in refine
    assert "인삼과 한방 원료를 오래 연구해 온" not in refine  # the long brand story stays out: prompts stay short


def test_tone_honorific_and_emoji_policy_reach_the_refiner() -> None:
    text = text_of(refine_messages(make_request(tone=Tone.luxurious, honorific=Honorific.hapsho, emoji="none"), "x"))
    assert "[톤] 고급스러운" in text and "브랜드 톤이 우선" in text
    assert "합쇼체" in text and "이모지를 쓰지 않습니다" in text


def test_sms_counts_bytes_and_forbids_emoji() -> None:
    request = make_request(channel=SMS, event=False, emoji="playful")
    text = text_of(refine_messages(request, "x"))
    assert "바이트 이내(한글 1자 2바이트" in text and "이모지를 쓰지 않습니다" in text


def test_copy_budget_leaves_room_for_the_ad_frame() -> None:
    ad, plain = copy_budget(make_request(event=True)), copy_budget(make_request(event=False))
    assert plain == PUSH.body_limit - 1  # title + newline + body
    assert ad < plain  # "(광고)" and the opt-out line take their share


def test_prompts_stay_compact() -> None:
    request = make_request()
    assert len(text_of(draft_messages(request))) < 900
    assert len(text_of(refine_messages(request, "가" * 120))) < 1500
    assert PROMPT_VERSION == "chain-v2"


GOOD = {"title": "고요한 첫 사용", "body": "인삼 추출물을 담은 크림이에요.", "cta": "보기"}


@pytest.mark.parametrize(
    "raw",
    [
        json.dumps(GOOD, ensure_ascii=False),
        "```json\n" + json.dumps(GOOD, ensure_ascii=False) + "\n```",
        "<think>\n생각\n</think>\n" + json.dumps(GOOD, ensure_ascii=False),
        "답입니다: " + json.dumps(GOOD, ensure_ascii=False) + " 끝",
    ],
)
def test_contract_accepts_the_object_however_it_is_wrapped(raw: str) -> None:
    message = parse_message(raw, PUSH)
    assert message.model_dump() == GOOD


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("그냥 문장", "no JSON object"),
        ('{"title": "제목", "body": "본', "not closed"),
        ('["제목"]', "no JSON object"),
        ('{"title": "a" "body": "b"}', "invalid JSON"),
        ('{"title": "a", "body": "b"}', "cta: Field required"),
        ('{"title": "", "body": "본문", "cta": "c"}', "title: String should have at least 1 character"),
        ('{"title": "a", "body": "본문", "cta": "c", "extra": 1}', "extra: Extra inputs are not permitted"),
        ('{"title": "a", "body": "```본문```", "cta": "c"}', "body: Value error, contains a code fence"),
        ('{"title": "a", "body": "본문\\u0012", "cta": "c"}', "control or broken characters"),
        ('{"title": "a", "body": "Hello there", "cta": "c"}', "has no Korean text"),
        ('{"title": "a", "body": "본문 {product}", "cta": "c"}', "leftover braces"),
        ('{"title": "a", "body": "본문 \\"cta\\": 1", "cta": "c"}', "leftover JSON keys"),
    ],
)
def test_contract_rejects_with_a_reason(raw: str, reason: str) -> None:
    with pytest.raises(ContractError, match=reason.replace("(", r"\(")):
        parse_message(raw, PUSH)


def test_declared_channel_variables_are_not_leftovers() -> None:
    raw = json.dumps({"title": "{{name}}님께", "body": "{{name}}님, 촉촉한 하루예요.", "cta": "보기"})
    assert parse_message(raw, PUSH).title == "{{name}}님께"
    with pytest.raises(ContractError, match="leftover"):
        parse_message(raw, SMS)  # SMS declares no {{name}}


def test_schema_is_the_contract_in_output_order() -> None:
    schema = message_schema()
    assert list(schema["properties"]) == ["title", "body", "cta"] and schema["additionalProperties"] is False
    assert all(p == {"minLength": 1, "type": "string"} for p in schema["properties"].values())


def test_clean_draft_strips_reasoning_and_fences() -> None:
    assert clean_draft("<think>음</think>\n```\n초안입니다.\n```") == "초안입니다."
