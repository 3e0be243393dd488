"""The brief's link in an SMS or LMS (readings 30-32: every kept SMS marked down, "한 줄뿐이고 링크 없음"). A text
message has no button: its link reaches the customer only inside the text. So it goes there as the marketer typed it
(their short link), on its own line before the opt-out, and counts in the channel's bytes for the composer, the model
chain's budget and the guard alike; an SMS it leaves no room in goes out as the flagged LMS. Push and KakaoTalk link
from their button and never carry it in their text."""

from __future__ import annotations

from crm_core.catalog import Catalog
from crm_core.chain.prompts import copy_budget
from crm_core.channels import euckr_measure, measure
from crm_core.domain import Brief, MessageResult
from crm_core.evidence import assemble_evidence
from crm_core.generation.base import GenerationRequest
from crm_core.pipeline import Pipeline

LINK = "https://bit.ly/3Kx9aZq"  # a short link as a marketer pastes it: 22 bytes
# a natural reader's 라네즈 크림스킨 kept as a text by the marketer (an ad with no event goes as the flagged LMS unless
# sms_overflow=shorten): "녹차를 담은 크림스킨, 써 보세요!" fits 90 bytes beside the link
KEPT = dict(
    persona=4, brand="라네즈", product="크림스킨 170ml", stage_index=1, style_index=4, tone="트렌디한",
    honorific="해요체", emoji="none", seed=170, channel="sms", sms_overflow="shorten",
)  # fmt: skip
# a luxury reader's 려 자양윤모 샴푸: an SMS without a link ("인삼을 담은 자양윤모 샴푸, …"), no room beside one
MOVED = dict(
    persona=0, brand="려", product="자양윤모 샴푸 400ml", stage_index=1, style_index=2, tone="친근한",
    honorific="해요체", emoji="none", seed=948, channel="sms",
)  # fmt: skip


def run(pipeline: Pipeline, **brief: object) -> MessageResult:
    return pipeline.run_one(Brief(**brief))[0]  # type: ignore[arg-type]


def test_a_kept_sms_carries_the_link_on_its_own_line_within_90_bytes(facts_pipeline: Pipeline) -> None:
    plain = run(facts_pipeline, **KEPT).message.channel_text
    result = run(facts_pipeline, **KEPT, link_url=LINK)
    lines = result.message.channel_text.split("\n")
    assert not result.sms_to_lms
    assert lines[0].startswith("(광고)[라네즈] ") and "크림스킨" in lines[0]
    assert lines[1:] == [LINK, "무료거부 0800000000"]  # as typed, no UTM, just before the opt-out
    assert euckr_measure(result.message.channel_text).length <= 90
    assert result.verdict != "block"
    assert "http" not in plain and plain.split("\n")[1:] == ["무료거부 0800000000"]  # no link, no line


def test_an_sms_the_link_leaves_no_room_in_goes_out_as_the_flagged_lms(facts_pipeline: Pipeline) -> None:
    plain = run(facts_pipeline, **MOVED, sms_overflow="shorten")  # the text the marketer may ask for
    result = run(facts_pipeline, **MOVED, link_url=LINK)
    assert not plain.sms_to_lms and "http" not in plain.message.channel_text
    assert result.sms_to_lms and result.brief.channel.value == "sms"
    lines = result.message.channel_text.split("\n")
    assert lines[-3:] == [f"▶ {result.message.cta}", LINK, "무료수신거부 080-000-0000"]  # the button label above it
    assert "자양윤모 샴푸" in result.message.body


def test_push_and_kakao_link_from_their_button_never_from_the_text(facts_pipeline: Pipeline) -> None:
    texts = {
        channel: run(facts_pipeline, **(KEPT | {"channel": channel}), link_url=LINK).message.channel_text
        for channel in ("push", "kakao_friendtalk", "sms")
    }
    assert LINK not in texts["push"] and LINK not in texts["kakao_friendtalk"]
    assert LINK in texts["sms"]


def test_the_guard_counts_the_link_in_a_model_written_sms(facts_pipeline: Pipeline, catalog: Catalog) -> None:
    """The model chain's copy goes through the same assembly: its SMS carries the link, and a body that fits 90
    bytes alone but not beside the link is blocked for its length."""
    body = "녹차를 담은 크림스킨, 가볍게 산뜻한 보습부터 써 보세요!"
    outcomes = {}
    for link in (None, LINK):
        resolved = catalog.resolve(Brief(**KEPT, link_url=link))  # type: ignore[arg-type]
        outcomes[link] = facts_pipeline.check(GenerationRequest(resolved, assemble_evidence(resolved)), "", body, "")
    sms = catalog.channel("sms")
    assert measure(outcomes[None].channel_text, sms).length <= 90
    assert LINK in outcomes[LINK].channel_text.split("\n")
    assert measure(outcomes[LINK].channel_text, sms).length > 90
    assert [f.rule_id for f in outcomes[LINK].blocking if "길이" in f.message]
    assert not [f for f in outcomes[None].blocking if "길이" in f.message]


def test_the_model_chain_is_told_the_room_the_link_leaves(catalog: Catalog) -> None:
    budgets = {}
    for channel in ("sms", "lms", "push"):
        for link in (None, LINK):
            resolved = catalog.resolve(Brief(**(KEPT | {"channel": channel}), link_url=link))  # type: ignore[arg-type]
            budgets[channel, link] = copy_budget(GenerationRequest(resolved, assemble_evidence(resolved)))
    assert budgets["sms", None] - budgets["sms", LINK] == euckr_measure(f"\n{LINK}").length  # its line, bare
    assert budgets["lms", None] - budgets["lms", LINK] == euckr_measure(f"\n▶ {LINK}").length  # no label given
    assert budgets["push", None] == budgets["push", LINK]


def test_an_sms_kept_short_beside_its_link_names_the_product_over_the_link(facts_pipeline: Pipeline) -> None:
    """sms_overflow=shorten keeps it SMS: where no ask fits beside the link, the name stands over the link (the link
    is the ask), the whole name first and a shorter form for the next variant, never a text blocked as too long."""
    brief = dict(
        persona=1, brand="헤라", product="컴피 리바이탈라이징 세럼 미스트 90ml", stage_index=3, style_index=2,
        tone="감성적인", honorific="합쇼체", emoji="few", seed=168, channel="sms", sms_overflow="shorten",
    )  # fmt: skip
    results = facts_pipeline.run_one(Brief(**brief, link_url=LINK, n=2))  # type: ignore[arg-type]
    texts = [r.message.channel_text for r in results]
    assert texts[0] == f"(광고)[헤라] 컴피 리바이탈라이징 세럼 미스트\n{LINK}\n무료거부 0800000000"
    assert texts[1] == f"(광고)[헤라] 리바이탈라이징 세럼 미스트\n{LINK}\n무료거부 0800000000"
    assert all(euckr_measure(t).length <= 90 for t in texts)
    assert all(r.verdict != "block" and not r.sms_to_lms for r in results)
