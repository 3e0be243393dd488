"""The shared sidebar: who is working, which backend runs and why, the device, models and retrieval mode.

Degraded modes (template backend, lexical-only retrieval) are shown as warnings, never hidden.
"""

from __future__ import annotations

import getpass

import streamlit as st

from ui import labels, resources, widgets
from ui.status import device_line, licence_notes, status_of


def render() -> None:
    with st.sidebar:
        st.session_state.setdefault(resources.USER_KEY, getpass.getuser())
        st.text_input("내 이름 (승인·수정 기록)", key=resources.USER_KEY)
        status = status_of(resources.workbench())
        st.markdown("**생성 백엔드**")
        widgets.backend_status(status)
        st.caption(f"장치: {device_line(status.device)}")
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
