"""Compose: Why–Who–What → generate → variant cards with evidence, findings and decisions."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from crm_core.catalog import Catalog
from tests.ui.helpers import card_buttons, compose, mark_warnings_read
from ui import labels


def test_generate_shows_labelled_template_variants(app: AppTest, ui_catalog: Catalog) -> None:
    compose(app, ui_catalog, n=2)
    assert not app.exception
    assert app.status[0].label == "생성 완료: 변형 2개 (템플릿)"
    assert [c.value for c in app.caption if c.value == labels.TEMPLATE_OUTPUT] == [labels.TEMPLATE_OUTPUT] * 2
    assert len(card_buttons(app, "approve")) == 2
    stage = ui_catalog.stages[1]
    assert any(f"목표: {stage.objective}" in c.value for c in app.caption)


def test_evidence_panel_lists_facts_with_source_ids(app: AppTest, ui_catalog: Catalog) -> None:
    mark_warnings_read(compose(app, ui_catalog, n=1))
    product = ui_catalog.brand_products(ui_catalog.products[0].brand)[0]
    evidence = app.dataframe[0].value
    assert list(evidence.columns) == ["출처", "점수", "내용"]
    assert f"{product.id}#basic" in set(evidence["출처"])


def test_approve_then_unapprove_needs_a_reason(app: AppTest, ui_catalog: Catalog) -> None:
    mark_warnings_read(compose(app, ui_catalog, n=1))
    approve = next(b for b in card_buttons(app, "approve") if not b.disabled)
    approve.click().run()
    assert [s.value for s in app.success] == ["승인했습니다."]
    unapprove = card_buttons(app, "unapprove")[0]
    unapprove.click().run()
    assert [e.value for e in app.error] == ["승인을 취소할 수 없습니다: '사유'을(를) 입력하세요."]
    variant = unapprove.key.removesuffix("_unapprove")
    app.text_input(key=f"{variant}_unapprove_reason").set_value("이벤트 일정 변경")
    app.button(key=f"{variant}_unapprove").click().run()
    assert [s.value for s in app.success] == ["승인을 취소했습니다."]
    assert card_buttons(app, "approve")


def test_reject_without_reason_is_refused_with_the_field(app: AppTest, ui_catalog: Catalog) -> None:
    mark_warnings_read(compose(app, ui_catalog, n=1))
    card_buttons(app, "reject")[0].click().run()
    assert [e.value for e in app.error] == ["반려할 수 없습니다: '사유'을(를) 입력하세요."]
    assert "reason: a reason is required" in [c.value for c in app.code]


def test_edit_into_a_blocked_claim_disables_approval_with_the_reason(app: AppTest, ui_catalog: Catalog) -> None:
    mark_warnings_read(compose(app, ui_catalog, n=1))
    variant = card_buttons(app, "approve")[0].key.removesuffix("_approve")
    app.text_area(key=f"{variant}_edit_body").set_value("이 크림이 아토피를 치료하고 피부를 재생시킵니다.")
    next(b for b in app.button if b.key.startswith(f"FormSubmitter:{variant}_edit_form")).click().run()
    assert [s.value for s in app.success] == ["수정본을 저장하고 가드로 다시 검사했습니다."]
    approve = app.button(key=f"{variant}_approve")
    assert approve.disabled
    assert approve.help.startswith("차단 항목 ")
    assert any(c.value.startswith("⛔ 승인 불가: 차단 항목 ") for c in app.caption)


def test_model_text_is_escaped_in_highlighted_html(app: AppTest, ui_catalog: Catalog) -> None:
    mark_warnings_read(compose(app, ui_catalog, n=1))
    variant = card_buttons(app, "approve")[0].key.removesuffix("_approve")
    app.text_area(key=f"{variant}_edit_body").set_value('<img src=x onerror="alert(1)"> 촉촉한 하루')
    next(b for b in app.button if b.key.startswith(f"FormSubmitter:{variant}_edit_form")).click().run()
    html = [m.value for m in app.markdown if "onerror" in m.value]
    assert html and all("<img" not in h and "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in h for h in html)


def test_a_brief_is_an_ad_by_default_so_what_is_sent_carries_the_ad_label(app: AppTest, ui_catalog: Catalog) -> None:
    compose(app, ui_catalog, n=1)
    preview = next(e for e in app.expander if e.label.startswith("발송 미리보기 · "))
    assert preview.markdown[0].value.startswith('<div class="crm-text">(광고) ')


def test_an_informational_notice_is_sent_without_the_ad_label(app: AppTest, ui_catalog: Catalog) -> None:
    app.checkbox(key="compose_informational").check()
    compose(app, ui_catalog, n=1)
    preview = next(e for e in app.expander if e.label.startswith("발송 미리보기 · "))
    assert not preview.markdown[0].value.startswith('<div class="crm-text">(광고)')


def test_evidence_panel_shows_why_each_review_was_quoted(app: AppTest, ui_catalog: Catalog) -> None:
    compose(app, ui_catalog, n=1)
    reviews = next(d.value for d in app.dataframe if "리뷰 ID" in d.value.columns)
    assert list(reviews.columns) == ["출처", "점수", "리뷰 ID", "별점", "판정", "칭찬한 점", "내용"]
    assert len(reviews) == 3
    assert set(reviews["판정"]) == {"칭찬"}
    assert all(stars >= 4 for stars in reviews["별점"])
    assert all(aspects for aspects in reviews["칭찬한 점"])
