"""The optional login for a team deployment: with a password hash configured, nothing else shows until
this session signs in; without one the app is open (and `make run` binds to localhost only).

The password and its hash are never shown; the name typed here is the session's approver name.
"""

from __future__ import annotations

import os

import streamlit as st
from streamlit.errors import StreamlitSecretNotFoundError

from crm_core.auth import HASH_ENV, verify_password
from crm_core.errors import InvalidInput
from ui import resources

SIGNED_IN_KEY = "signed_in"


def configured_hash() -> str | None:
    """The password hash from the environment, else `[login] password_hash` in st.secrets; None when unset."""
    found = os.environ.get(HASH_ENV, "").strip()
    if not found:
        try:
            found = str(st.secrets.get("login", {}).get("password_hash", "")).strip()
        except (FileNotFoundError, StreamlitSecretNotFoundError):
            found = ""
    return found or None


def gate() -> None:
    """Show the login form and stop the page until this session has signed in (no-op without a hash)."""
    encoded = configured_hash()
    if encoded is None or st.session_state.get(SIGNED_IN_KEY):
        return
    st.title("로그인")
    st.caption("팀 서버의 워크벤치입니다. 관리자에게 받은 비밀번호로 들어오세요.")
    with st.form("login_form"):
        name = st.text_input("내 이름 (승인·수정 기록)", key="login_name")
        password = st.text_input("비밀번호", type="password", key="login_password")
        submitted = st.form_submit_button("로그인", type="primary")
    if submitted:
        try:
            ok = verify_password(password, encoded)
        except InvalidInput:
            st.error("로그인 설정이 올바르지 않아 들어갈 수 없습니다. 관리자에게 알려 주세요.")
            st.stop()
        if not ok:
            st.error("비밀번호가 맞지 않습니다.")
        elif not name.strip():
            st.error("이름을 입력하세요. 승인·수정 기록에 남습니다.")
        else:
            st.session_state[SIGNED_IN_KEY] = True
            st.session_state[resources.USER_KEY] = name.strip()
            st.rerun()
    st.stop()
