"""Shared page pieces: one variant's card (message, findings, scores, evidence, diff, actions)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st

from crm_core.domain import SMS_TO_LMS, SMS_TO_LMS_LINK_NOTE, Evidence, Finding, MessageResult, Timing
from crm_core.errors import CrmError
from crm_core.store import VariantView
from ui import explain, labels, preview, render, resources
from ui.status import Status

FLASH_KEY = "flash"


# ---- messages that survive the rerun after an action ---------------------------------------
def flash(kind: str, text: str) -> None:
    st.session_state.setdefault(FLASH_KEY, []).append((kind, text))


def show_flash() -> None:
    for kind, text in st.session_state.pop(FLASH_KEY, []):
        details(text) if kind == "details" else getattr(st, kind)(text)


def act(action: Callable[[], Any], success: str, failure: str) -> None:
    """Run one store action, flash its outcome (the crm_core message on failure) and rerun."""
    try:
        action()
        if success:
            flash("success", success)
    except CrmError as exc:
        flash("error", f"{failure}: {explain.error(exc)}")
        flash("details", str(exc))
    st.rerun()


def details(*lines: str) -> None:
    """Codes, rule ids and crm_core's own (English) lines, kept out of the way behind one expander."""
    shown = [line for line in lines if line]
    if shown:
        with st.expander(labels.DETAILS):
            st.code("\n".join(shown), language=None, wrap_lines=True)


def backend_status(status: Status) -> None:
    """Which backend runs and why; the template backend is a visible warning, never a quiet default."""
    why = explain.backend_reason(status.reason)
    if status.is_template:
        st.warning(f"템플릿 백엔드: {why}")
    else:
        st.success(f"{labels.backend_name(status.backend)}: {why}")
    details(f"backend={status.backend}", status.reason)


def retrieval_status(mode: str, line: str, degraded: bool) -> None:
    """The retrieval mode and why, in Korean; a degraded mode is a warning."""
    text = f"{labels.RETRIEVAL_MODE.get(mode, mode)} — {explain.retrieval_status(line)}"
    (st.warning if degraded else st.caption)(text)
    details(f"retrieval_mode={mode}", line)


def css() -> None:
    st.markdown(render.CSS + preview.CSS, unsafe_allow_html=True)


# ---- read-only parts -----------------------------------------------------------------------
def length_caption(view: VariantView) -> str:
    spec = resources.catalog().channel(view.channel)
    length, unit = (view.byte_count, "바이트") if spec.unit == "bytes" else (view.char_count, "자")
    over = " · 한도 초과" if length > spec.body_limit else ""
    return f"{spec.name_kr}: {length:,}/{spec.body_limit:,}{unit}{over}"


def message_view(view: VariantView) -> None:
    if view.sms_to_lms:  # written as LMS on purpose: the marketer sees why and that it costs more
        st.info(SMS_TO_LMS_LINK_NOTE if view.brief.get("link_url") else labels.CHANNEL_FLAG[SMS_TO_LMS])
        details(SMS_TO_LMS)
    for label, field in (("제목", "title"), ("본문", "body"), ("CTA", "cta")):
        st.caption(label)
        st.markdown(render.highlight(getattr(view, field), view.findings, field), unsafe_allow_html=True)
    with st.expander(f"발송 미리보기 · {length_caption(view)}"):
        st.markdown(render.highlight(view.channel_text, view.findings), unsafe_allow_html=True)
    st.caption("고객 화면 미리보기 (개인화 변수는 예시 값)")
    spec = resources.catalog().channel(view.channel)
    st.markdown(preview.phone(view.channel_text, spec, view.brand), unsafe_allow_html=True)


def findings_view(findings: tuple[Finding, ...]) -> None:
    if not findings:
        st.caption("가드: 발견된 문제가 없습니다.")
        return
    for f in sorted(findings, key=lambda f: f.severity != "block"):
        icon = labels.VERDICT_ICON[f.severity]
        where = f" · “{render.plain(f.span.text)}”" if f.span else ""
        tip = f"  \n제안: {render.plain(f.suggestion)}" if f.suggestion else ""
        basis = f"  \n근거: {render.plain(f.basis)}" if f.basis else ""
        st.markdown(f"{icon} **{labels.SEVERITY[f.severity]}**{where}  \n{render.plain(f.message)}{tip}{basis}")
    details(*(f"{f.rule_id} ({f.category})" for f in findings))


def scores_view(view: VariantView, result: MessageResult) -> None:
    """The current revision's scores; explanations are the generation's (an edit re-scores the values)."""
    if not view.scores:
        st.caption("점수 없음")
        return
    explained = {s.name: s.explanation for s in result.scores}
    triples = [(labels.score_name(name), value, explained.get(name, "")) for name, value in view.scores.items()]
    st.markdown(render.score_badges(triples), unsafe_allow_html=True)
    for label, value, explanation in triples:
        st.caption(f"{label} {value:.2f} — {render.plain(explanation)}")
    if view.revision > 1:
        st.caption("수정본을 다시 검사한 점수입니다. 설명은 생성 시점 기준입니다.")


def evidence_view(evidence: Evidence) -> None:
    retrieval_status(evidence.retrieval_mode, evidence.status or "", evidence.degraded)
    if evidence.no_usable_review:
        st.info(labels.NO_USABLE_REVIEW)
    for field, label in labels.EVIDENCE_COLLECTION.items():
        items = getattr(evidence, field)
        if not items:
            continue
        st.markdown(f"**{label}** ({len(items)})")
        columns = {"출처": [i.source_id for i in items], "점수": [i.score for i in items]}
        if field == "reviews":  # why each review was chosen: its id, stars, how it reads, what it praises
            columns |= {
                "리뷰 ID": [i.review_id for i in items],
                "별점": [i.rating for i in items],
                "판정": [labels.REVIEW_POLARITY.get(i.polarity or "", i.polarity) for i in items],
                "칭찬한 점": [", ".join(i.aspects) for i in items],
            }
        columns["내용"] = [i.text for i in items]
        st.dataframe(pd.DataFrame(columns), hide_index=True, width="stretch")
    if evidence.event is not None:
        kind = "프로모션" if evidence.event.is_promotion else "비프로모션"
        event = evidence.event
        st.markdown(f"**이벤트** {render.plain(event.name)} ({kind}) — {render.plain(event.detail)}")
    if evidence.style_templates:
        st.caption("스타일 템플릿: " + ", ".join(t.id for t in evidence.style_templates))


def diff_view(view: VariantView, result: MessageResult) -> None:
    generated = f"{result.message.title}\n{result.message.body}\n{result.message.cta}"
    current = f"{view.title}\n{view.body}\n{view.cta}"
    if result.is_template:
        st.caption(f"템플릿 출력이라 모델 초안이 없습니다: {render.plain(result.draft)}")
    else:
        st.markdown("**초안 → 생성 결과**")
        st.markdown(render.diff(result.draft, generated), unsafe_allow_html=True)
    if current != generated:
        st.markdown(f"**생성 결과 → 수정본 (r{view.revision})**")
        st.markdown(render.diff(generated, current), unsafe_allow_html=True)


def badges(view: VariantView) -> str:
    parts = [render.verdict_badge(view.verdict), render.badge(labels.STATUS[view.status], "info")]
    if view.is_template:
        parts.append(render.badge("템플릿 출력", "info", labels.TEMPLATE_OUTPUT))
    else:
        parts.append(render.badge(view.models, "info"))
    if view.needs_edit:
        parts.append(render.badge("수정 필요", "warn", explain.fallback_reason(view.fallback_reason or "")))
    if view.pending_edit:
        parts.append(render.badge("승인 후 수정됨", "warn", "내보내기에는 승인된 판이 나갑니다. 다시 승인하세요."))
    return "".join(parts)


def block_reason(view: VariantView) -> str | None:
    if not view.blocking_rule_ids:
        return None
    n = len(view.blocking_rule_ids)
    return f"차단 항목 {n}건 — 가드 결과를 보고 문구를 고쳐 검사를 통과하면 승인할 수 있습니다."


# ---- actions -------------------------------------------------------------------------------
def actions(view: VariantView, key: str) -> None:
    wb = resources.workbench()
    k = f"{key}_{view.id}"
    c1, c2, c3 = st.columns([1, 3, 1], vertical_alignment="bottom")
    if view.status == "approved" and not view.pending_edit:
        reason = c2.text_input("승인 취소 사유", key=f"{k}_unapprove_reason")
        if c1.button("승인 취소", key=f"{k}_unapprove"):
            act(
                lambda: wb.unapprove(view.id, resources.approver(), reason),
                "승인을 취소했습니다.",
                "승인을 취소할 수 없습니다",
            )
    else:
        blocked = block_reason(view)
        warned = [f for f in view.findings if f.severity == "warn"] if blocked is None else []
        seen = False
        if warned:
            seen = st.checkbox(
                f"주의 항목 {len(warned)}건을 읽고 확인했습니다", key=f"{k}_r{view.revision}_warn_seen",
                help="주의 항목이 있는 메시지는 내용을 확인했다고 표시해야 승인할 수 있습니다.",
            )  # fmt: skip
        unseen = "주의 항목을 확인했다고 표시하면 승인할 수 있습니다." if warned and not seen else None
        unnamed = resources.NAME_NEEDED if resources.user() is None else None
        locked = blocked or unseen or unnamed
        if c1.button("승인", key=f"{k}_approve", type="primary", disabled=locked is not None, help=locked):
            act(lambda: wb.approve(view.id, resources.approver()), "승인했습니다.", "승인할 수 없습니다")
        reason = c2.text_input("반려 사유", key=f"{k}_reject_reason", placeholder="예: 브랜드 톤과 맞지 않음")
        if c3.button("반려", key=f"{k}_reject", disabled=view.status == "rejected"):
            act(lambda: wb.reject(view.id, resources.approver(), reason), "반려했습니다.", "반려할 수 없습니다")
        if blocked:
            st.caption(f"⛔ 승인 불가: {blocked}")
    if key == "compose" and st.button(
        "이 변형만 다시 생성",
        key=f"{k}_regenerate",
        help="다른 변형과 이미 한 승인은 그대로 두고, 이 변형의 문구만 새로 씁니다.",
    ):
        act(
            lambda: (wb.regenerate(view.id, resources.approver()), forget_edit_fields(k)),
            "이 변형의 문구를 새로 썼습니다. 다른 변형과 승인은 그대로입니다.",
            "다시 생성할 수 없습니다",
        )
    with st.expander("문구 수정"), st.form(f"{k}_edit_form"):
        title = st.text_input("제목", value=view.title, key=f"{k}_edit_title")
        body = st.text_area("본문", value=view.body, key=f"{k}_edit_body")
        cta = st.text_input("CTA", value=view.cta, key=f"{k}_edit_cta")
        note = st.text_input("수정 메모 (선택)", key=f"{k}_edit_note")
        if st.form_submit_button("수정 저장 (가드 재검사)"):
            act(
                lambda: wb.edit(view.id, resources.approver(), title, body, cta, note=note or None),
                "수정본을 저장하고 가드로 다시 검사했습니다.",
                "수정본을 저장할 수 없습니다",
            )


def forget_edit_fields(k: str) -> None:
    """Drop the edit form's typed values so it shows the variant's new text (a keyed widget keeps its own)."""
    for field in ("title", "body", "cta"):
        st.session_state.pop(f"{k}_edit_{field}", None)


def variant_card(view: VariantView, result: MessageResult, number: int, key: str, *, with_actions: bool = True) -> None:
    """One variant, fully: badges, highlighted message, findings, scores, evidence, diff, actions."""
    with st.container(border=True):
        st.markdown(f"#### 변형 {number} " + badges(view), unsafe_allow_html=True)
        if view.is_template:
            st.caption(labels.TEMPLATE_OUTPUT)
        if view.needs_edit and view.fallback_reason:
            st.warning(f"수정 필요: {explain.fallback_reason(view.fallback_reason)}")
            details(view.fallback_reason)
        left, right = st.columns([3, 2], gap="medium")
        with left:
            message_view(view)
        with right:
            st.markdown("**점수**")
            scores_view(view, result)
            st.markdown("**가드 결과**")
            findings_view(view.findings)
            st.caption(timing_line(view.timing))
        with st.expander("근거 (검색된 리뷰·제품 정보)"):
            evidence_view(result.evidence)
        with st.expander("초안과 최종본 비교"):
            diff_view(view, result)
        if with_actions:
            actions(view, key)


def timing_line(timing: Timing) -> str:
    return " · ".join(f"{labels.STAGE[s]} {getattr(timing, s):.2f}s" for s in (*labels.TIMING_STAGES, "total"))
