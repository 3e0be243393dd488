"""Copy rules per campaign: words banned in stock-trigger copy block there and nowhere else."""

from __future__ import annotations

from crm_core.catalog import Catalog
from crm_core.domain import Brief, Evidence
from crm_core.guard import Guard, GuardContext

RULE = "campaign.stock_trigger_words"
TEXT = "재고 처리를 위해 준비한 이번 주 혜택, 유통기한 임박 전에 만나 보세요"


def rule_ids(report) -> list[str]:  # type: ignore[no-untyped-def]
    return [f.rule_id for f in report.findings]


def test_a_banned_word_blocks_trigger_campaign_copy() -> None:
    report = Guard.load().check(TEXT, GuardContext(campaign="stock_trigger"))
    assert report.verdict == "block"
    assert sorted({f.span.text for f in report.findings if f.rule_id == RULE and f.span}) == [
        "유통기한 임박",
        "재고 처리",
    ]


def test_the_same_words_pass_in_other_campaigns_and_plain_messages() -> None:
    guard = Guard.load()
    assert RULE not in rule_ids(guard.check(TEXT, GuardContext()))
    assert RULE not in rule_ids(guard.check(TEXT, GuardContext(campaign="spring_launch")))


def test_a_trigger_brief_carries_its_campaign_into_the_guard(catalog: Catalog) -> None:
    brief = Brief(
        persona=0, brand="라네즈", product="워터 슬리핑 마스크", stage_index=3, style_index=4, campaign="stock_trigger"
    )
    context = GuardContext.from_resolved(catalog.resolve(brief), Evidence())
    assert context.campaign == "stock_trigger"
    assert (
        GuardContext.from_resolved(catalog.resolve(brief.model_copy(update={"campaign": None})), Evidence()).campaign
        is None
    )
