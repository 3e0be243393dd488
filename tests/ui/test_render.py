"""HTML helpers: every piece of model text is escaped; finding spans become marks; diffs mark words."""

from __future__ import annotations

from crm_core.domain import Finding, Span
from ui.render import diff, highlight, score_badges


def finding(text: str, start: int, severity: str = "block", field: str | None = "body") -> Finding:
    return Finding(
        rule_id="ad_law.medical_claim", category="cosmetics_claim", severity=severity, message="의약품 오인 <표현>",
        field=field, span=Span(start=start, end=start + len(text), text=text),
    )  # fmt: skip


def test_highlight_marks_the_span_and_escapes_everything() -> None:
    text = '<b>피부 재생</b> & "치료"'
    html = highlight(text, [finding("재생", 6)], "body")
    assert html == (
        '<div class="crm-text">&lt;b&gt;피부 '
        '<mark class="crm-block" title="차단 · ad_law.medical_claim: 의약품 오인 &lt;표현&gt;">재생</mark>'
        "&lt;/b&gt; &amp; &quot;치료&quot;</div>"
    )


def test_findings_of_other_fields_are_not_marked() -> None:
    assert "<mark" not in highlight("피부 재생", [finding("재생", 3, field="title")], "body")


def test_stale_offsets_fall_back_to_the_spans_text() -> None:
    html = highlight("새 문장: 피부 재생", [finding("재생", 3)], "body")
    assert '">재생</mark>' in html and html.endswith("</mark></div>")


def test_overlapping_spans_merge_and_block_wins() -> None:
    html = highlight("주름 개선 효과", [finding("주름 개선", 0, "warn"), finding("개선 효과", 3, "block")], "body")
    assert html.count("<mark") == 1
    assert 'class="crm-block"' in html and ">주름 개선 효과</mark>" in html


def test_diff_marks_removed_and_added_words_escaped() -> None:
    assert diff("촉촉한 <크림>", "산뜻한 <크림>") == (
        '<div class="crm-text crm-diff"><del>촉촉한</del><ins>산뜻한</ins> &lt;크림&gt;</div>'
    )


def test_score_badges_colour_by_value_with_escaped_tooltips() -> None:
    html = score_badges([("근거성", 0.9, 'facts "4/5"'), ("톤", 0.4, "")])
    assert 'class="crm-badge pass" title="facts &quot;4/5&quot;">근거성 0.90<' in html
    assert 'class="crm-badge block">톤 0.40<' in html
