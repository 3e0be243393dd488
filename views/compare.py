"""변형 비교: one brief, 2–6 variants side by side along one axis (style, tone, seed, context mode, model),
each with scores, findings and timing; pick a winner, approve several, ask for more like one."""

from typing import Any, NamedTuple

import streamlit as st

from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.domain import Brief, ContextMode, Message, Score, Tone
from crm_core.errors import CrmError
from crm_core.scores import novelty_across
from crm_core.store import VariantFilter, VariantView
from ui import explain, labels, render, resources, widgets
from ui.brief_form import brief_form

RUNS_KEY = "compare_runs"
AXES = {
    "style_index": "스타일",
    "tone": "톤",
    "seed": "시드",
    "context_mode": "근거 사용 (no_rag / rag / rag_brand)",
    "model": "모델·어댑터",
}
MAX_COLUMNS = 6


class ComparedRun(NamedTuple):
    """One generate call shown as column(s): its label, run id and the settings changes it ran on."""

    label: str
    run_id: int
    changes: dict[str, Any] | None


def axis_values(axis: str, catalog: Catalog) -> list[Any]:
    """The values the chosen axis can take, each shown with its Korean label."""
    if axis == "style_index":
        return st.multiselect(
            "비교할 스타일", [s.index for s in catalog.styles], default=[0, 1, 3],
            format_func=lambda i: labels.style_option(catalog.styles[i]), max_selections=MAX_COLUMNS,
            key="compare_values_style", placeholder="고르세요",
        )  # fmt: skip
    if axis == "tone":
        return st.multiselect(
            "비교할 톤", [None, *[t.value for t in Tone]], default=[None, Tone.friendly.value, Tone.luxurious.value],
            format_func=lambda t: t or labels.BRAND_VOICE_ONLY, max_selections=MAX_COLUMNS, key="compare_values_tone",
            placeholder="고르세요",
        )  # fmt: skip
    if axis == "seed":
        first = st.number_input("첫 시드", min_value=0, value=7, key="compare_seed_start")
        count = st.slider("시드 개수", 2, MAX_COLUMNS, 3, key="compare_seed_count")
        return [first + i for i in range(count)]
    if axis == "context_mode":
        return st.multiselect(
            "비교할 근거 사용", [m.value for m in ContextMode], default=[m.value for m in ContextMode],
            format_func=labels.CONTEXT_MODE.__getitem__, key="compare_values_context", placeholder="고르세요",
        )  # fmt: skip
    choices = model_choices(resources.settings())
    return st.multiselect(
        "비교할 모델",
        list(choices),
        default=list(choices)[:1],
        max_selections=MAX_COLUMNS,
        key="compare_values_model",
        placeholder="고르세요",
    )


def model_choices(settings: Settings) -> dict[str, dict[str, Any]]:
    """Model configurations a column can run on: label → settings changes."""
    choices: dict[str, dict[str, Any]] = {
        "템플릿": {"backend": "template"},
        "자동 (auto)": {"backend": "auto"},
        f"transformers · {settings.refiner}": {"backend": "transformers", "adapter": ""},
    }
    if settings.adapter:
        choices[f"transformers · {settings.refiner} + {settings.adapter}"] = {"backend": "transformers"}
    choices[f"openai · {settings.openai_model or '모델 미설정'}"] = {"backend": "openai"}
    return choices


def value_label(axis: str, value: Any, catalog: Catalog) -> str:
    if axis == "style_index":
        return labels.style_option(catalog.styles[value])
    if axis == "tone":
        return value or labels.BRAND_VOICE_ONLY
    if axis == "context_mode":
        return labels.CONTEXT_MODE[value]
    return value if axis == "model" else f"{AXES[axis]} {value}"


def run_column(label: str, brief: Brief, changes: dict[str, Any] | None) -> ComparedRun | None:
    """Generate one column's variants (on other settings when `changes`); an error is shown, the column skipped."""
    try:
        workbench = resources.workbench_for(**changes) if changes else wb
        run = workbench.generate(brief, kind="compare", user=resources.user())
    except (CrmError, ValueError) as exc:
        st.error(f"{label}: 생성할 수 없습니다. {explain.error(exc) if isinstance(exc, CrmError) else explain.UNKNOWN}")
        widgets.details(str(exc))
        return None
    return ComparedRun(label, run.run.id, changes)


def column(run: ComparedRun, view: VariantView, shown: int, grid_novelty: Score) -> None:
    st.markdown(f"**{run.label}**")
    st.markdown(widgets.badges(view), unsafe_allow_html=True)
    widgets.message_view(view)
    shown_scores = view.scores | {"novelty": grid_novelty.value}  # novelty across every column of the grid
    scores = [(labels.score_name(k), v, "") for k, v in shown_scores.items()]
    st.markdown(render.score_badges(scores), unsafe_allow_html=True)
    if grid_novelty.value == 0.0:
        st.warning("다른 열과 같은 문구입니다.")
    widgets.findings_view(view.findings)
    st.caption(f"전체 {view.timing.total:.2f}s · 시드 {view.seed} · {view.models}")
    blocked = widgets.block_reason(view)
    st.checkbox("선택", key=f"compare_pick_{view.id}", disabled=blocked is not None or view.status == "approved")
    if st.button("🏆 승자로 승인", key=f"compare_win_{view.id}", disabled=blocked is not None, help=blocked):
        widgets.act(
            lambda: wb.approve(view.id, resources.approver(), note=f"비교 승자 ({shown}개 중)"),
            f"#{view.id}을(를) 승자로 승인했습니다.", "승인할 수 없습니다",
        )  # fmt: skip
    if st.button("비슷하게 더 보기", key=f"compare_more_{view.id}"):
        more_like(run, view)


def more_like(run: ComparedRun, view: VariantView) -> None:
    """Three new variants from this one's brief and model settings with new seeds, added as new columns."""
    brief = Brief.model_validate({**view.brief, "seed": view.seed + 1000, "n": 3})
    added = run_column(f"#{view.id} 비슷하게 (시드 {brief.seed}~)", brief, run.changes)
    if added:
        st.session_state[RUNS_KEY] = [*st.session_state.get(RUNS_KEY, []), added]
        st.rerun()


widgets.css()
st.title("변형 비교")
widgets.show_flash()
wb = resources.workbench()
catalog = wb.pipeline.catalog
base = brief_form(catalog, "compare", variants=False)
axis = st.radio("비교 축", list(AXES), format_func=AXES.__getitem__, horizontal=True, key="compare_axis")
values = axis_values(axis, catalog)
if st.button(
    f"{len(values)}개 비교 생성", type="primary", key="compare_generate",
    disabled=base is None or not 2 <= len(values) <= MAX_COLUMNS,
):  # fmt: skip
    fresh = []
    with st.spinner("변형을 만드는 중…"):
        for value in values:
            changes = model_choices(resources.settings())[value] if axis == "model" else None
            update = {} if axis == "model" else {axis: value}
            brief = Brief.model_validate({**base.model_dump(), **update, "n": 1})
            fresh.append(run_column(value_label(axis, value, catalog), brief, changes))
    st.session_state[RUNS_KEY] = [r for r in fresh if r]
if not 2 <= len(values) <= MAX_COLUMNS:
    st.caption(f"비교할 값을 2~{MAX_COLUMNS}개 고르세요.")

runs = st.session_state.get(RUNS_KEY, [])
columns = [(run, view) for run in runs for view in wb.variants(VariantFilter(run_id=run.run_id))]
if not columns:
    st.info("브리프와 비교 축을 고르고 '비교 생성'을 누르면 변형이 나란히 나타납니다.")
    st.stop()
grid = novelty_across([Message(title=v.title, body=v.body, cta=v.cta, channel_text=v.channel_text) for _, v in columns])
for start in range(0, len(columns), MAX_COLUMNS):
    row = columns[start : start + MAX_COLUMNS]
    cells = zip(st.columns(len(row), border=True), row, grid[start : start + MAX_COLUMNS], strict=True)
    for col, (run, view), score in cells:
        with col:
            column(run, view, len(columns), score)
picked = [view.id for _, view in columns if st.session_state.get(f"compare_pick_{view.id}")]
if st.button(f"선택한 {len(picked)}개 승인", key="compare_approve_selected", disabled=not picked):
    result = wb.bulk_approve(picked, user=resources.approver(), note="비교에서 선택", allow_warn=True)
    widgets.flash("success", f"{len(result.approved)}개를 승인했습니다.")
    for variant_id, why in result.skipped:
        widgets.flash("warning", f"#{variant_id}: {explain.skipped(why)}")
    st.rerun()
