"""Shared page pieces: one variant's card (message, findings, scores, evidence, diff, actions)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st

from crm_core.channels import measure
from crm_core.domain import Evidence, Finding, MessageResult
from crm_core.errors import CrmError
from ui import labels, render, resources

FLASH_KEY = "flash"


# ---- messages that survive the rerun after an action ---------------------------------------
def flash(kind: str, text: str) -> None:
    st.session_state.setdefault(FLASH_KEY, []).append((kind, text))


def show_flash() -> None:
    for kind, text in st.session_state.pop(FLASH_KEY, []):
        getattr(st, kind)(text)


def act(action: Callable[[], Any], success: str, failure: str) -> None:
    """Run one store action, flash its outcome (the crm_core message on failure) and rerun."""
    try:
        action()
        flash("success", success)
    except CrmError as exc:
        flash("error", f"{failure}: {exc}")
    st.rerun()


def css() -> None:
    st.markdown(render.CSS, unsafe_allow_html=True)


# ---- read-only parts -----------------------------------------------------------------------
def length_caption(text: str, result: MessageResult) -> str:
    spec = resources.catalog().channel(result.brief.channel)
    m = measure(text, spec)
    unit = "바이트" if m.unit == "bytes" else "자"
    over = " · 한도 초과" if m.length > spec.body_limit else ""
    return f"{spec.name_kr}: {m.length:,}/{spec.body_limit:,}{unit}{over}"


def message_view(
    title: str, body: str, cta: str, channel_text: str, findings: tuple[Finding, ...], result: MessageResult
) -> None:
    st.markdown("**제목**")
    st.markdown(render.highlight(title, findings, "title"), unsafe_allow_html=True)
    st.markdown("**본문**")
    st.markdown(render.highlight(body, findings, "body"), unsafe_allow_html=True)
    st.markdown("**CTA**")
    st.markdown(render.highlight(cta, findings, "cta"), unsafe_allow_html=True)
    with st.expander(f"발송 미리보기 · {length_caption(channel_text, result)}"):
        st.markdown(render.highlight(channel_text, findings, "channel_text"), unsafe_allow_html=True)


def findings_view(findings: tuple[Finding, ...]) -> None:
    if not findings:
        st.caption("가드: 발견된 문제가 없습니다.")
        return
    for f in sorted(findings, key=lambda f: f.severity != "block"):
        icon = labels.VERDICT_ICON[f.severity]
        where = f" · `{f.span.text}`" if f.span else ""
        tip = f"  \n제안: {f.suggestion}" if f.suggestion else ""
        basis = f"  \n근거: {f.basis}" if f.basis else ""
        st.markdown(f"{icon} **{labels.SEVERITY[f.severity]}** `{f.rule_id}`{where}  \n{f.message}{tip}{basis}")


def scores_view(result: MessageResult) -> None:
    if not result.scores:
        st.caption("점수 없음")
        return
    triples = [(labels.score_name(s.name), s.value, s.explanation) for s in result.scores]
    st.markdown(render.score_badges(triples), unsafe_allow_html=True)
    for label, value, explanation in triples:
        st.caption(f"{label} {value:.2f} — {explanation}")


def evidence_view(evidence: Evidence) -> None:
    mode = labels.RETRIEVAL_MODE.get(evidence.retrieval_mode, evidence.retrieval_mode)
    if evidence.degraded:
        st.warning(f"검색 모드: {mode} — {evidence.status}")
    else:
        st.caption(f"검색 모드: {mode}" + (f" — {evidence.status}" if evidence.status else ""))
    for field, label in labels.EVIDENCE_COLLECTION.items():
        items = getattr(evidence, field)
        if not items:
            continue
        st.markdown(f"**{label}** ({len(items)})")
        frame = pd.DataFrame(
            {"출처": [i.source_id for i in items], "점수": [i.score for i in items], "내용": [i.text for i in items]}
        )
        st.dataframe(frame, hide_index=True, width="stretch")
    if evidence.event is not None:
        kind = "프로모션" if evidence.event.is_promotion else "비프로모션"
        st.markdown(f"**이벤트** `{evidence.event.id}` {evidence.event.name} ({kind}) — {evidence.event.detail}")
    if evidence.style_templates:
        st.caption("스타일 템플릿: " + ", ".join(t.id for t in evidence.style_templates))


def diff_view(result: MessageResult, title: str, body: str, cta: str) -> None:
    final = f"{title}\n{body}\n{cta}"
    generated = f"{result.message.title}\n{result.message.body}\n{result.message.cta}"
    if result.is_template:
        st.caption(f"템플릿 출력이라 모델 초안이 없습니다: {result.draft}")
    else:
        st.markdown("**초안 → 생성 결과**")
        st.markdown(render.diff(result.draft, generated), unsafe_allow_html=True)
    if final != generated:
        st.markdown("**생성 결과 → 수정본**")
        st.markdown(render.diff(generated, final), unsafe_allow_html=True)


def badges(variant: Any) -> str:
    r: MessageResult = variant.result
    parts = [render.verdict_badge(variant.verdict), render.badge(labels.STATUS[variant.status], "info")]
    if r.is_template:
        parts.append(render.badge("템플릿 출력", "info", labels.TEMPLATE_OUTPUT))
    else:
        model = r.refiner_model or r.backend
        parts.append(render.badge(f"{model}" + (f" + {r.adapter}" if r.adapter else ""), "info"))
    if r.needs_edit:
        parts.append(render.badge("수정 필요", "warn", r.fallback_reason or ""))
    return "".join(parts)


def block_reason(variant: Any) -> str | None:
    blocking = [f.rule_id for f in variant.findings if f.severity == "block"]
    return f"차단 규칙 {', '.join(blocking)} — 문구를 수정해 가드를 통과하면 승인할 수 있습니다." if blocking else None


# ---- actions -------------------------------------------------------------------------------
def actions(variant: Any, key: str) -> None:
    wb, who = resources.workbench(), resources.user()
    k = f"{key}_{variant.id}"
    c1, c2, c3 = st.columns([1, 2, 1], vertical_alignment="bottom")
    if variant.status == "approved":
        reason = c2.text_input("승인 취소 사유", key=f"{k}_unapprove_reason")
        if c1.button("승인 취소", key=f"{k}_unapprove"):
            act(
                lambda: wb.unapprove(variant.id, reason=reason, user=who),
                "승인을 취소했습니다.",
                "승인을 취소할 수 없습니다",
            )
    else:
        why_blocked = block_reason(variant)
        if c1.button("승인", key=f"{k}_approve", type="primary", disabled=why_blocked is not None, help=why_blocked):
            act(lambda: wb.approve(variant.id, user=who), "승인했습니다.", "승인할 수 없습니다")
        reason = c2.text_input("반려 사유", key=f"{k}_reject_reason", placeholder="예: 브랜드 톤과 맞지 않음")
        if c3.button("반려", key=f"{k}_reject", disabled=variant.status == "rejected"):
            act(lambda: wb.reject(variant.id, reason=reason, user=who), "반려했습니다.", "반려할 수 없습니다")
        if why_blocked:
            st.caption(f"⛔ 승인 불가: {why_blocked}")
    with st.expander("문구 수정"), st.form(f"{k}_edit_form"):
        title = st.text_input("제목", value=variant.title, key=f"{k}_edit_title")
        body = st.text_area("본문", value=variant.body, key=f"{k}_edit_body")
        cta = st.text_input("CTA", value=variant.cta, key=f"{k}_edit_cta")
        if st.form_submit_button("수정 저장 (가드 재검사)"):
            act(
                lambda: wb.edit(variant.id, title=title, body=body, cta=cta, user=who),
                "수정본을 저장하고 가드로 다시 검사했습니다.",
                "수정본을 저장할 수 없습니다",
            )


def variant_card(variant: Any, number: int, key: str, *, with_actions: bool = True) -> None:
    """One variant, fully: badges, highlighted message, findings, scores, evidence, diff, actions."""
    r: MessageResult = variant.result
    with st.container(border=True):
        st.markdown(f"#### 변형 {number} " + badges(variant), unsafe_allow_html=True)
        if r.is_template:
            st.caption(labels.TEMPLATE_OUTPUT)
        if r.needs_edit:
            st.warning(f"수정 필요: {r.fallback_reason}")
        left, right = st.columns([3, 2], gap="medium")
        with left:
            message_view(variant.title, variant.body, variant.cta, variant.channel_text, variant.findings, r)
        with right:
            st.markdown("**점수**")
            scores_view(r)
            st.markdown("**가드 결과**")
            findings_view(variant.findings)
            st.caption(
                " · ".join(f"{labels.STAGE[s]} {getattr(r.timing, s):.2f}s" for s in (*labels.TIMING_STAGES, "total"))
            )
        with st.expander("근거 (검색된 리뷰·제품 정보)"):
            evidence_view(r.evidence)
        with st.expander("초안과 최종본 비교"):
            diff_view(r, variant.title, variant.body, variant.cta)
        if with_actions:
            actions(variant, key)
