"""모델: which backend runs and why, the configured models and adapter, and this session's choices."""

import streamlit as st

from ui import labels, resources

BACKENDS = {
    "auto": "자동 (CUDA와 모델이 있으면 transformers, 없으면 템플릿)",
    "template": "템플릿 (오프라인, 모델 없음)",
    "transformers": "transformers (로컬 GPU)",
    "openai": "OpenAI 호환 서버 (vLLM·TGI·Ollama)",
}

st.title("모델")
settings = resources.settings()
wb = resources.workbench()
generator = wb.pipeline.generator

st.subheader("지금 실행 중인 백엔드")
if generator.name == "template":
    st.warning(f"템플릿 백엔드: {generator.reason}")
else:
    st.success(f"{generator.name}: {generator.reason}")
st.json(generator.describe(), expanded=False)

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
        st.session_state[resources.OVERRIDES_KEY] = {
            k: v or None for k, v in chosen.items() if (v or None) != getattr(configured, k)
        }
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
for model in (settings.drafter, settings.refiner):
    if "exaone" in model.lower():
        st.warning(f"{model}: {labels.EXAONE_LICENCE}")
    elif "qwen2.5" in model.lower():
        st.caption(f"{model}: {labels.QWEN_LICENCE}")
    else:
        st.caption(f"{model}: 모델 카드의 라이선스를 확인하세요.")
