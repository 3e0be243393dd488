"""The shared sidebar: who is working, which backend runs and why, the device, models and retrieval mode.

Degraded modes (template backend, lexical-only retrieval) are shown as warnings, never hidden.
"""

from __future__ import annotations

import streamlit as st

from ui import labels, resources, widgets
from ui.status import device_line, licence_notes, status_of

NAME_INPUT_KEY = "user_name_input"
FULL_RUN_KEY = "sidebar_full_run"
"""Set by each full-page run for the preparing fragment: only its own timed reruns may rerun the app."""


def remember_name() -> None:
    """Keep the typed name under a plain session key, so it outlives the widget (asked once per session)."""
    st.session_state[resources.USER_KEY] = str(st.session_state.get(NAME_INPUT_KEY) or "").strip()


@st.fragment(run_every=1.0)
def preparing() -> None:
    """Shown while the Workbench is built in the background; the whole page reruns once it is ready.

    Only a timed rerun of this fragment reruns the app: inside a full-page run the build may finish after the
    sidebar looked, and a rerun there would drop the click (생성, 승인) that started the run.
    """
    full_run = st.session_state.pop(FULL_RUN_KEY, False)
    if not full_run and resources.ready_workbench() is not None:
        st.rerun()
    st.info(resources.PREPARING + " 양식은 지금 채울 수 있고, 생성은 준비가 끝나는 대로 시작됩니다.")


def render() -> None:
    with st.sidebar:
        st.text_input(
            "내 이름 (승인·수정 기록)", value=resources.user() or "", key=NAME_INPUT_KEY, placeholder="예: 김마케터",
            on_change=remember_name,
        )  # fmt: skip
        if resources.user() is None:
            st.warning("승인·수정 기록에 남길 이름을 입력하세요. 이 창에서 한 번만 입력하면 됩니다.")
        wb = resources.ready_workbench()
        if wb is None:
            st.session_state[FULL_RUN_KEY] = True
            preparing()
            return
        status = status_of(wb)
        st.markdown("**생성 백엔드**")
        widgets.backend_status(status)
        st.caption(f"장치: {device_line(resources.device())}")
        if not status.models:
            st.caption("로드된 모델: 없음 (템플릿 백엔드)")
        for m in status.models:
            state = "로드됨" if m.loaded else "준비됨" if m.present else "없음"
            adapter = f" + 어댑터 {m.adapter}" if m.adapter else ""
            st.caption(f"{labels.ROLE[m.role]}: {m.model}{adapter} · {state}")
        st.markdown("**근거 검색**")
        widgets.retrieval_status(status.retrieval_mode, status.retrieval_status, status.lexical_only)
        for note in licence_notes(resources.settings()):
            if note.non_commercial:
                st.caption(f"⚠️ {note.text}")
