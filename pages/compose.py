"""메시지 작성: one brief → n variants, with evidence, findings, scores, diff and decisions."""

import streamlit as st

from crm_core.errors import CrmError
from ui import labels, resources, widgets
from ui.brief_form import brief_form

IDS_KEY = "compose_variant_ids"

widgets.css()
st.title("메시지 작성")
widgets.show_flash()
wb = resources.workbench()
brief = brief_form(wb.catalog, "compose")

if st.button("생성", type="primary", key="compose_generate", disabled=brief is None):
    with st.status("생성 중…", expanded=True) as status:
        status.write("브리프 확인 → 근거 검색 → 초안 → 다듬기 → 가드·점수")
        try:
            variants = wb.generate(brief, kind="compose", user=resources.user())
        except (CrmError, ValueError) as exc:
            status.update(label="생성 실패", state="error")
            st.error(f"생성할 수 없습니다: {exc}")
            st.stop()
        for v in variants:
            t = v.result.timing
            status.write(
                f"변형 {v.result.variant + 1}: "
                + " · ".join(f"{labels.STAGE[s]} {getattr(t, s):.2f}s" for s in labels.TIMING_STAGES)
            )
        backend = variants[0].result.backend if variants else "-"
        status.update(label=f"생성 완료: 변형 {len(variants)}개 ({backend})", state="complete", expanded=False)
    st.session_state[IDS_KEY] = [v.id for v in variants]

ids = st.session_state.get(IDS_KEY, [])
for number, variant_id in enumerate(ids, start=1):
    widgets.variant_card(wb.get(variant_id), number, "compose")
if not ids:
    st.info("브리프를 고르고 '생성'을 누르면 변형이 여기에 나타납니다.")
