"""모델: which backend runs and why, the configured models and adapter, and this session's choices."""

from pathlib import Path

import pandas as pd
import streamlit as st

from crm_core.backends.model_files import adapter_folder, is_repo_id, model_status
from crm_core.errors import CrmError
from crm_core.paths import OutsideFolders, inside
from crm_core.workbench import Workbench
from ui import explain, labels, resources, widgets
from ui.status import device_line, licence_notes, status_of

BACKENDS = {
    "auto": "자동 (CUDA와 모델이 있으면 transformers, 없으면 템플릿)",
    "template": "템플릿 (오프라인, 모델 없음)",
    "transformers": "transformers (로컬 GPU)",
    "openai": "OpenAI 호환 서버 (vLLM·TGI·Ollama)",
}

MISSING = "이 컴퓨터에 없음 (아래 '모델 내려받기')"


def typed_model_path(field: str, value: str, models_dir: Path) -> None:
    """A model or adapter typed as a folder must lie under models_dir; a hub id or a name under it is fine.

    :raises OutsideFolders: naming models_dir.
    """
    if not value or (field != "adapter" and is_repo_id(value)):
        return
    path = Path(value).expanduser()
    if field == "adapter" and not path.is_absolute() and not path.exists():
        path = models_dir / value  # an adapter's name under models_dir
    inside(path, [models_dir], field)


st.title("모델")
settings = resources.settings()
status = status_of(resources.workbench())

st.subheader("지금 실행 중인 백엔드")
widgets.backend_status(status)
st.markdown(f"**장치**: {device_line(resources.device(wait=True))}")
st.markdown("**설정된 모델**")
st.dataframe(
    pd.DataFrame(
        [
            {"역할": labels.ROLE[role], "모델": model, "위치": info.get("path") or MISSING,
             "있음": info["present"], "불러오기 가능": info["loadable"],
             "라이선스": labels.licence_label(info["license"])}
            for role, model in (("drafter", settings.drafter), ("refiner", settings.refiner))
            for info in [model_status(model, settings.models_dir, role)]
        ]
    ),
    hide_index=True, width="stretch",
)  # fmt: skip
if settings.adapter:
    try:
        st.caption(f"LoRA 어댑터: {adapter_folder(settings.adapter, settings.models_dir)}")
    except CrmError as exc:
        st.error(f"LoRA 어댑터를 찾을 수 없습니다: {exc}")
loaded = [m for m in status.models if m.loaded]
st.caption(
    "로드된 모델: "
    + (
        ", ".join(f"{m.model} ({m.device})" for m in loaded)
        if loaded
        else "없음 — 템플릿 백엔드이거나 아직 첫 생성 전입니다."
    )
)
with st.expander(f"{labels.DETAILS} · 백엔드 설명"):
    st.json(resources.workbench().pipeline.generator.describe())

st.subheader("모델 선택 (이 세션에만 적용)")
configured = resources.load()
overrides = dict(st.session_state.get(resources.OVERRIDES_KEY, {}))
with st.form("models_form"):
    backend = st.selectbox(
        "백엔드", list(BACKENDS), index=list(BACKENDS).index(settings.backend), format_func=BACKENDS.__getitem__,
        key="models_backend",
    )  # fmt: skip
    drafter = st.text_input("초안 모델 (drafter)", value=settings.drafter, key="models_drafter")
    refiner = st.text_input("다듬기 모델 (refiner)", value=settings.refiner, key="models_refiner")
    adapter = st.text_input("LoRA 어댑터 폴더 (선택)", value=settings.adapter or "", key="models_adapter")
    if st.form_submit_button("적용"):
        chosen = {
            "backend": backend,
            "drafter": drafter.strip(),
            "refiner": refiner.strip(),
            "adapter": adapter.strip(),
        }
        wanted = {k: v or None for k, v in chosen.items() if (v or None) != getattr(configured, k)}
        try:
            for name in ("drafter", "refiner", "adapter"):
                typed_model_path(name, chosen[name], settings.models_dir)
            Workbench.check_settings(resources.load(**wanted))
        except CrmError as exc:  # refused: the settings that work stay in force
            why = explain.outside_folders(exc) if isinstance(exc, OutsideFolders) else explain.error(exc)
            st.error(f"적용하지 않았습니다. {why} 지금 쓰는 설정은 그대로입니다.")
            widgets.details(str(exc))
        else:
            st.session_state[resources.OVERRIDES_KEY] = wanted
            st.rerun()
if overrides:
    st.caption("이 세션의 설정: " + ", ".join(f"{k}={v}" for k, v in overrides.items()))
    if st.button("설정 파일 값으로 되돌리기", key="models_reset"):
        st.session_state.pop(resources.OVERRIDES_KEY, None)
        st.rerun()

st.subheader("모델 내려받기")
st.markdown(
    "가중치는 저장소에 넣지 않습니다. 인터넷이 되는 곳에서 한 번 내려받으면 "
    "`models/`(또는 Hugging Face 캐시)에서 읽습니다."
)
st.code("python -m crm_core models pull", language="bash")
st.subheader("라이선스")
for note in licence_notes(settings):
    (st.warning if note.non_commercial else st.caption)(note.text)
