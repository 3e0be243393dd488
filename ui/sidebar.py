"""The shared sidebar: who is working, which backend runs and why, and retrieval's mode."""

from __future__ import annotations

import getpass

import streamlit as st

from ui import labels, resources


def render() -> None:
    with st.sidebar:
        st.session_state.setdefault(resources.USER_KEY, getpass.getuser())
        st.text_input("내 이름 (승인·수정 기록)", key=resources.USER_KEY)
        wb = resources.workbench()
        generator = wb.pipeline.generator
        st.markdown("**생성 백엔드**")
        if generator.name == "template":
            st.warning(f"템플릿 백엔드: {generator.reason}")
        else:
            st.success(f"{generator.name}: {generator.reason}")
        source = wb.pipeline.evidence_source
        mode = getattr(source, "mode", "none")
        st.markdown("**근거 검색**")
        text = f"{labels.RETRIEVAL_MODE.get(mode, mode)} — {getattr(source, 'status', '')}"
        (st.caption if mode == "hybrid" else st.warning)(text)
        st.caption(labels.EXAONE_LICENCE)
