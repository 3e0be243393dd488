"""Long-lived objects, created once per process and shared by every session.

Settings come from crm.toml / CRM_* variables, then `[crm]` in st.secrets, then the choices
made on the Models page (kept in this session only). The Workbench (catalog, retriever,
models, store) is built once per distinct settings and shared; crm_core serialises GPU work.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import streamlit as st
from streamlit.errors import StreamlitSecretNotFoundError

from crm_core.backends.device import device_info
from crm_core.catalog import Catalog
from crm_core.config import Settings, load_settings
from crm_core.errors import CrmError
from crm_core.workbench import Workbench
from ui import explain, labels
from ui.background import Background

OVERRIDES_KEY = "settings_overrides"
USER_KEY = "user_name"


def secret_overrides() -> dict[str, Any]:
    """The `[crm]` table of st.secrets (e.g. backend = "template"); none when there is no secrets file."""
    try:
        return dict(st.secrets.get("crm", {}))
    except (FileNotFoundError, StreamlitSecretNotFoundError):
        return {}


def load(**overrides: Any) -> Settings:
    """Settings with `[crm]` secrets and the given overrides; a bad value stops the page naming the setting."""
    try:
        return load_settings(**{**secret_overrides(), **overrides})
    except CrmError as exc:
        st.error(f"설정을 읽을 수 없습니다: {exc}")
        st.stop()


def settings() -> Settings:
    """This session's settings: the configured ones plus the Models page's choices."""
    return load(**st.session_state.get(OVERRIDES_KEY, {}))


PREPARING = "워크벤치를 준비하는 중… (카탈로그, 검색 색인, 검사 규칙)"


@st.cache_resource(show_spinner=False, max_entries=4)
def _workbench(settings_json: str) -> Workbench:
    return Workbench.from_settings(Settings.model_validate_json(settings_json))


@st.cache_resource(show_spinner=False, max_entries=4)
def _building(settings_json: str) -> Background[Workbench]:
    """The Workbench for these settings, built once in a background thread (the cache's lock makes any
    page that needs it meanwhile wait for this build instead of starting another)."""
    return Background(lambda: _workbench(settings_json), "crm-workbench")


@st.cache_resource(show_spinner=False, max_entries=4)
def _catalog(data_dir: str) -> Catalog:
    return Catalog.load(Path(data_dir))


def prepare(chosen: Settings) -> Background[Workbench]:
    """The background build of the Workbench for these settings, started on the first call (once per settings)."""
    return _building(chosen.model_dump_json())


def start_building() -> None:
    """Start building this session's Workbench in the background, before any page runs."""
    prepare(settings())


def ready_workbench() -> Workbench | None:
    """The Workbench when its build has finished (or failed: then `workbench()` says why); None while it runs."""
    build = _building(settings().model_dump_json())
    return workbench() if build.done else None


def quick_catalog() -> Catalog:
    """The catalog alone (a fraction of a second), for forms drawn while the Workbench is still being built."""
    return _catalog(str(settings().data_dir))


def workbench_for(**changes: Any) -> Workbench:
    """The shared Workbench for this session's settings with some changed (Compare's model columns).

    :raises CrmError: when that configuration cannot start here; the caller shows it where it belongs.
    """
    chosen = load(**{**st.session_state.get(OVERRIDES_KEY, {}), **changes})
    return _workbench(chosen.model_dump_json())


def workbench() -> Workbench:
    """The shared Workbench for this session's settings.

    When this session's choices cannot start, they are dropped (keeping what works) and the page says
    so; when the configured settings themselves cannot start, the page stops with the reason.
    """
    chosen = settings().model_dump_json()
    try:
        if _building(chosen).done:
            return _workbench(chosen)
        with st.spinner(PREPARING):
            return _workbench(chosen)
    except CrmError as exc:
        if st.session_state.pop(OVERRIDES_KEY, None):
            st.warning("이 세션에서 고른 모델 설정을 시작할 수 없어 설정 파일 값으로 되돌렸습니다.")
            return workbench()
        st.error(f"워크벤치를 시작할 수 없습니다. {explain.error(exc)}")
        with st.expander(labels.DETAILS):
            st.code(str(exc), language=None, wrap_lines=True)
        st.stop()


@st.cache_resource(show_spinner=False)
def _device_probe() -> Background[dict[str, Any]]:
    return Background(device_info, "crm-device-probe")


def start_background_work() -> None:
    """After the page is drawn: name the device (imports torch) and warm what the first generate needs.

    Both run once per process (and once per Workbench), in threads, so no page waits for them.
    """
    _device_probe()
    try:
        _warm_up(settings().model_dump_json())
    except CrmError:  # the page has already said why this workbench cannot start
        pass


@st.cache_resource(show_spinner=False, max_entries=4)
def _warm_up(settings_json: str) -> Background[None]:
    return Background(lambda: _workbench(settings_json).warm_up(), "crm-warm-up")


def device(wait: bool = False) -> dict[str, Any] | None:
    """CUDA, torch and GPU memory (crm_core.backends.device); None while the probe still runs, unless `wait`."""
    probe = _device_probe()
    return probe.wait() if wait else probe.result


def reload() -> None:
    """Forget every cached Workbench so the next page run reads the catalog and indexes again (all sessions)."""
    _workbench.clear()
    _building.clear()
    _catalog.clear()
    _warm_up.clear()
    workbench()


def catalog() -> Catalog:
    return workbench().pipeline.catalog


NAME_NEEDED = "승인·수정·내보내기 기록에 남길 이름을 사이드바의 '내 이름'에 먼저 입력하세요."


def user() -> str | None:
    """The name typed in the sidebar this session, or None: never the server's OS account (often root)."""
    name = str(st.session_state.get(USER_KEY) or "").strip()
    return name or None


def approver() -> str:
    """The name approvals, edits and exports are recorded under; stops the page asking for it when missing."""
    name = user()
    if name is None:
        st.error(NAME_NEEDED)
        st.stop()
    return name
