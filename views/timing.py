"""생성 시간: per-stage latency, rolling mean over the last 100 messages and batch throughput, from stored runs."""

import plotly.express as px
import streamlit as st

from crm_core.store import frames
from ui import labels, resources

STAGES = [*labels.TIMING_STAGES, "total"]
GROUPS = {"backend": "백엔드", "model": "모델"}


def seconds(value: float) -> str:
    return f"{value:.2f}초" if value >= 1 else f"{value * 1000:.1f}ms"


st.title("생성 시간")
wb = resources.workbench()
timing = wb.timing_frame()
if timing.empty:
    st.info(
        "아직 저장된 생성 기록이 없습니다. '메시지 작성'이나 '일괄 생성'에서 메시지를 만들면 "
        "단계별 시간이 여기에 쌓입니다. 벤치마크 수치는 bench/ 의 결과 파일을 보세요."
    )
    st.stop()

by = st.radio("나눠 보기", list(GROUPS), format_func=GROUPS.__getitem__, horizontal=True, key="timing_by")
c1, c2, c3 = st.columns(3)
c1.metric("저장된 메시지", f"{len(timing):,}")
c2.metric("메시지당 전체 시간 (중앙값)", seconds(timing["total"].median()))
c3.metric("최근 100개 평균", seconds(timing["total"].tail(100).mean()))
st.caption("템플릿 백엔드의 시간은 모델 생성 시간이 아닙니다. 백엔드별로 나눠 보세요.")

st.subheader("단계별 소요 시간 분포")
timing = timing.assign(backend=timing["backend"].map(labels.backend_name))
long = timing.melt(id_vars=["variant_id", by], value_vars=STAGES, var_name="stage", value_name="seconds")
long["stage"] = long["stage"].map(labels.STAGE)
st.plotly_chart(
    px.box(
        long,
        x="stage",
        y="seconds",
        color=by,
        points="outliers",
        labels={"stage": "단계", "seconds": "초", by: GROUPS[by]},
    ),
    key="timing_stages",
)

st.subheader("최근 100개 이동 평균")
stage = st.selectbox("단계", STAGES, index=len(STAGES) - 1, format_func=labels.STAGE.__getitem__, key="timing_stage")
rolling = frames.rolling_means(timing, window=100, by=by)
st.plotly_chart(
    px.line(
        rolling,
        x="created_at",
        y=stage,
        color=by,
        labels={"created_at": "생성 시각", stage: "초 (이동 평균)", by: GROUPS[by]},
    ),
    key="timing_rolling",
)

st.subheader("일괄 생성 처리량")
throughput = wb.throughput_frame("batch")
if throughput.empty:
    st.info("아직 일괄 생성 기록이 없습니다. '일괄 생성'에서 브리프 시트를 실행하면 처리량이 여기에 나타납니다.")
else:
    throughput = throughput.assign(
        backend=throughput["backend"].map(labels.backend_name), status=throughput["status"].map(labels.RUN_STATUS)
    )
    bars = px.bar(
        throughput, x="run_id", y="variants_per_s", color="backend", hover_data=["n_variants", "seconds", "status"],
        labels=labels.THROUGHPUT_COLUMN,
    )  # fmt: skip
    st.plotly_chart(bars.update_xaxes(type="category"), key="timing_throughput")
    st.dataframe(throughput.rename(columns=labels.THROUGHPUT_COLUMN), hide_index=True, width="stretch")
