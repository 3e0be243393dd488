"""The guard as the pipeline and the pages use it: verdicts, findings, contexts, check_request."""

from __future__ import annotations

from datetime import datetime

import pytest

from crm_core.channels import channel_text
from crm_core.domain import Channel
from crm_core.errors import InvalidInput
from crm_core.evidence import assemble_evidence
from crm_core.guard import Example, Guard, GuardContext, MessageParts
from crm_core.pipeline import MessageGuard
from tests.guard.helpers import CHANNELS, context, resolved_brief, rule_ids


def test_verdict_is_block_then_warn_then_pass(guard: Guard) -> None:
    assert guard.check("최고의 크림").verdict == "block"
    assert guard.check("최고급 원료").verdict == "warn"
    assert guard.check("촉촉한 크림").verdict == "pass"
    mixed = guard.check("최고급 원료로 만든 최고의 크림")
    assert mixed.verdict == "block" and {f.severity for f in mixed.findings} == {"block", "warn"}
    assert mixed.blocking == tuple(f for f in mixed.findings if f.severity == "block")


def test_a_finding_carries_everything_the_page_needs(guard: Guard) -> None:
    [finding] = guard.check({"title": "겨울 크림", "body": "손상된 피부를 재생시켜요"}).findings
    assert finding.rule_id == "cosmetics.drug_like" and finding.category == "drug_like"
    assert finding.field == "body" and finding.span is not None
    assert "손상된 피부를 재생시켜요"[finding.span.start : finding.span.end] == finding.span.text
    assert finding.basis.startswith("화장품법") and finding.suggestion and finding.span.text in finding.message


def test_message_parts_accept_a_string_or_a_dict() -> None:
    assert MessageParts.of("안녕") == MessageParts(body="안녕", channel_text="안녕")
    assert MessageParts.of({"title": "t", "cta": "c"}).with_sent_text().channel_text == "t\nc"
    with pytest.raises(InvalidInput, match=r"parts: unknown message fields \['subject'\]"):
        MessageParts.of({"subject": "x"})


def test_functional_claims_block_unless_registered_and_warn_when_unknown(guard: Guard) -> None:
    text = "미백 크림으로 맑게"
    assert guard.check(text, context(functional_claims=[])).verdict == "block"
    assert guard.check(text, context(functional_claims=["미백"])).verdict == "pass"
    unknown = guard.check(text, GuardContext())
    assert [(f.rule_id, f.severity) for f in unknown.findings] == [("cosmetics.functional_whitening", "warn")]


def test_unknown_channel_lists_the_known_ones() -> None:
    with pytest.raises(InvalidInput) as info:
        GuardContext.from_example(Example(text="x", channel="fax"), CHANNELS)
    assert info.value.field == "channel"
    assert all(c.value in str(info.value) for c in Channel)


def test_context_from_a_resolved_brief() -> None:
    resolved = resolved_brief(channel="sms", stage=1, scheduled_at=datetime(2026, 11, 20, 22, 0), is_ad=True)
    ctx = GuardContext.from_resolved(resolved, assemble_evidence(resolved), persona_labels=["Glow_Getter"])
    assert ctx.channel is CHANNELS["sms"] and ctx.is_ad and ctx.stage == "Activation"
    assert ctx.senders == ("설화수", "Sulwhasoo") and ctx.functional_claims == ("주름개선",)
    assert ctx.facts and any("250,000원" in f for f in ctx.facts)
    assert {"Glow_Getter", "Budget_Seeker", "가성비 추구"} <= set(ctx.persona_labels)
    assert ctx.send_at == datetime(2026, 11, 20, 22, 0) and ctx.product_price == 250000


def test_check_request_follows_the_pipeline_protocol(guard: Guard) -> None:
    protocol: MessageGuard = guard
    resolved = resolved_brief(channel="kakao_friendtalk", is_ad=True)
    evidence = assemble_evidence(resolved)
    title, body, cta = "인삼 크림 이야기", "자음생크림 60ml, 주름 개선 기능성 크림을 만나보세요.", "브랜드 알아보기"
    text = channel_text(title, body, cta, resolved.channel, is_ad=True, sender="설화수", opt_out_number="080-000-0000")
    assert protocol.check_request(resolved, evidence, title, body, cta, text) == []
    bad = "Budget_Seeker님, 30% 할인 쿠폰!"
    found = guard.check_request(
        resolved,
        evidence,
        title,
        bad,
        cta,
        channel_text(title, bad, cta, resolved.channel, is_ad=True, sender="설화수", opt_out_number="080-000-0000"),
    )
    assert {"leak.persona", "facts.invented_number", "facts.invented_event"} <= {f.rule_id for f in found}


def test_the_guard_sender_counts_as_a_sender(guard: Guard) -> None:
    text = "(광고)[아모레몰] 세트 안내\n무료수신거부 080-123-4567"
    assert "ad_law.sender" in rule_ids(guard.check(text, context(channel="lms", ad=True, sender="설화수")))
    shop = Guard(guard.rules, sender="아모레몰")
    assert shop.check(text, context(channel="lms", ad=True, sender="설화수")).verdict == "pass"
