"""Streamlit's own widget strings that ship in English only, shown in Korean.

The file uploader's button ("Upload") and its limits line ("5MB per file • CSV, XLSX") are
fixed in Streamlit's frontend and have no parameter; a marketer reads Korean, so the page
style swaps them for Korean text. Each page's label or caption states its own formats and
size limit, so the swapped line says how to add a file, not the limit. The same goes for the
"Stop" / "Stopping..." button in the corner while a run takes longer than half a second
(a generation on a busy machine), and for the corner's connection status when the server is
gone: "Connecting" while the page retries (its icon is three dots), "Error" once it gives up.
"""

from __future__ import annotations

import streamlit as st

UPLOAD_BUTTON = "파일 선택"
UPLOAD_HINT = "파일을 끌어다 놓거나 '파일 선택'을 누르세요"
STOP_BUTTON = "중지"
STOPPING = "중지하는 중…"
CONNECTING = "연결 중…"
DISCONNECTED = "연결 안 됨"

_DROPZONE = '[data-testid="stFileUploaderDropzone"]'
_HINT = '[data-testid="stFileUploaderDropzoneInstructions"]'
_STOP = '[data-testid="stStatusWidget"] [data-testid="stBaseButton-header"]'
_CONNECTION = '[data-testid="stConnectionStatus"]'
_RETRYING = 'path[d^="M0 3v2h2V3H0z"]'  # Streamlit's three-dot icon, drawn only while it reconnects
CSS = f"""
<style>
{_DROPZONE} button [data-testid="stMarkdownContainer"] p {{ font-size: 0; }}
{_DROPZONE} button [data-testid="stMarkdownContainer"] p::after {{ content: "{UPLOAD_BUTTON}"; font-size: 0.875rem; }}
{_HINT} span {{ font-size: 0; }}
{_HINT} span::after {{ content: "{UPLOAD_HINT}"; font-size: 0.875rem; }}
{_STOP} {{ font-size: 0; }}
{_STOP}::after {{ content: "{STOP_BUTTON}"; font-size: 0.875rem; }}
{_STOP}:disabled::after {{ content: "{STOPPING}"; }}
{_CONNECTION} label {{ font-size: 0; }}
{_CONNECTION} label::after {{ content: "{DISCONNECTED}"; font-size: 0.875rem; }}
{_CONNECTION}:has({_RETRYING}) label::after {{ content: "{CONNECTING}"; }}
</style>
"""


def korean_widgets() -> None:
    st.html(CSS)  # style only: Streamlit applies it without drawing an element
