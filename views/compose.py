"""메시지 작성: one brief → n variants, with evidence, findings, scores, diff and decisions."""

import streamlit as st

from crm_core.errors import CrmError
from crm_core.store import VariantFilter
from ui import explain, labels, resources, widgets
from ui.brief_form import brief_form
from ui.recommend_panel import recommend_panel

RUN_KEY = "compose_run_id"

widgets.css()
st.title("메시지 작성")
widgets.show_flash()
ready = resources.ready_workbench()  # None while it is still being built: the form needs the catalog only
brief = brief_form(ready.pipeline.catalog if ready else resources.quick_catalog(), "compose")
if ready is not None:
    recommend_panel(ready, "compose")

if st.button("생성", type="primary", key="compose_generate", disabled=brief is None):
    wb = resources.workbench()  # waits here for the build when it is still running
    with st.status("생성 중…", expanded=True) as status:
        try:
            run = wb.generate(
                brief,
                kind="compose",
                user=resources.user(),
                on_stage=lambda stage: status.write(labels.STAGE_PROGRESS.get(stage, stage)),
            )
        except (CrmError, ValueError) as exc:
            status.update(label="생성 실패", state="error")
            st.error(f"생성할 수 없습니다. {explain.error(exc) if isinstance(exc, CrmError) else explain.UNKNOWN}")
            widgets.details(str(exc))
            st.stop()
        for view in run.variants:
            status.write(f"변형 {view.variant_index + 1}: {widgets.timing_line(view.timing)}")
        status.update(
            label=f"생성 완료: 변형 {len(run.variants)}개 ({labels.backend_name(run.run.backend)})",
            state="complete",
            expanded=False,
        )
    st.session_state[RUN_KEY] = run.run.id

run_id = st.session_state.get(RUN_KEY)
if run_id is None:
    st.info("브리프를 고르고 '생성'을 누르면 변형이 여기에 나타납니다.")
else:
    wb = resources.workbench()
    for view in wb.variants(VariantFilter(run_id=run_id)):
        widgets.variant_card(view, wb.result(view.id), view.variant_index + 1, "compose")
