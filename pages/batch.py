"""일괄 생성: upload a brief sheet, see row errors before running, run with progress and cancel,
review verdicts and approve the passing messages in bulk."""

from collections.abc import Sequence

import pandas as pd
import streamlit as st
from streamlit.runtime.uploaded_file_manager import UploadedFile

from crm_core.briefs import REQUIRED_FIELDS, BriefSheet, RowError
from crm_core.catalog import Catalog
from crm_core.errors import InvalidInput
from crm_core.store import RowFailure, VariantFilter
from ui import explain, jobs, labels, resources, widgets
from ui.upload import MAX_UPLOAD_MB, read_sheet

JOB_KEY = "batch_job"
SHEET_KEY = "batch_sheet"
GRID_COLUMNS = ["id", "행", "판정", "상태", "브랜드", "제품", "페르소나", "단계", "스타일", "채널"]
GRID_COLUMNS += ["제목", "본문", "CTA"]


def row_errors(rows: Sequence[RowError | RowFailure]) -> None:
    """Bad rows (parse/validation errors or failed generations): sheet row, field, problem in Korean;
    crm_core's own messages (allowed values and all) behind the details expander."""
    frame = pd.DataFrame(
        {"행": [r.index for r in rows], "필드": [r.field for r in rows],
         "문제": [explain.row_problem(r.field) for r in rows]}
    )  # fmt: skip
    st.dataframe(frame, hide_index=True, width="stretch")
    widgets.details(*(f"{r.index} · {r.field}: {r.message}" for r in rows))


def checked_sheet(upload: UploadedFile, catalog: Catalog) -> BriefSheet:
    """The upload validated against the catalog, once per file (reruns reuse it; 2,000 rows take ~1 s)."""
    key = (upload.file_id, id(catalog))
    cached = st.session_state.get(SHEET_KEY)
    if cached is None or cached[0] != key:
        cached = (key, read_sheet(upload.getvalue(), upload.name, catalog))
        st.session_state[SHEET_KEY] = cached
    return cached[1]


widgets.css()
st.title("일괄 생성")
widgets.show_flash()
wb = resources.workbench()
st.caption(
    f"브리프 시트(CSV·XLSX·JSON, 최대 {MAX_UPLOAD_MB} MB)를 올리세요. 필수 열: "
    + ", ".join(f"`{name}`" for name in REQUIRED_FIELDS)
    + " (프로토타입 시트의 열 이름을 그대로 쓸 수 있습니다)."
)
upload = st.file_uploader("브리프 시트", type=["csv", "xlsx", "json"], key="batch_upload")
job: jobs.BatchJob | None = st.session_state.get(JOB_KEY)

sheet = None
if upload is not None:
    try:
        sheet = checked_sheet(upload, wb.pipeline.catalog)
    except InvalidInput as exc:
        st.error(f"파일을 쓸 수 없습니다 — {exc}")

if sheet is not None:
    c1, c2, c3 = st.columns(3)
    c1.metric("전체 행", sheet.total)
    c2.metric("실행 가능", len(sheet.briefs))
    c3.metric("오류 행", len(sheet.errors))
    if sheet.errors:
        st.error(
            f"{len(sheet.errors)}개 행에 오류가 있어 실행에서 제외됩니다. "
            "행 번호(헤더 다음 첫 행 = 0)와 필드를 확인하세요."
        )
        row_errors(sheet.errors)
    with st.expander(f"실행할 브리프 미리보기 ({len(sheet.briefs)}개)"):
        preview = [
            {"행": i, **b.model_dump(mode="json", include={"persona", "brand", "product", "stage_index", "style_index",
                                                           "is_event", "channel", "n", "seed"})}
            for i, b in sheet.briefs
        ]  # fmt: skip
        st.dataframe(pd.DataFrame(preview), hide_index=True, width="stretch")
    busy = job is not None and job.running
    if st.button(
        f"브리프 {len(sheet.briefs)}개 실행", type="primary", key="batch_run", disabled=busy or not sheet.briefs
    ):
        job = jobs.start(wb, sheet, resources.user())
        st.session_state[JOB_KEY] = job


def bulk_approve(ids: list[int]) -> None:
    done = wb.bulk_approve(ids, user=resources.user())
    widgets.flash("success", f"{len(done.approved)}개 메시지를 승인했습니다.")
    for variant_id, why in done.skipped:
        widgets.flash("warning", f"{variant_id}번: {explain.skipped(why)}")


@st.fragment(run_every=1.0)
def progress(job: jobs.BatchJob) -> None:
    """Polls the running job; when it ends, reruns the page so the results grid appears."""
    if not job.running:
        st.rerun()
    st.progress(job.done / max(job.total, 1), text=f"{job.done}/{job.total} 브리프 완료 · {job.elapsed:.0f}초")
    if job.cancel.is_set():
        st.caption("취소 요청됨: 진행 중인 묶음이 끝나면 멈춥니다.")
    elif st.button("취소", key="batch_cancel"):
        job.cancel.set()


if job is not None and job.running:
    progress(job)
elif job is not None:
    st.divider()
    if job.error:
        st.error(f"일괄 생성이 중단되었습니다: {job.error}")
    elif job.cancel.is_set():
        st.warning(f"취소되었습니다: 브리프 {job.done}/{job.total}개까지 처리해 저장했습니다.")
    else:
        st.success(f"완료: 브리프 {job.total}개 · {job.elapsed:.1f}초")
    variants = wb.variants(VariantFilter(run_id=job.run_id)) if job.run_id is not None else []
    catalog = resources.catalog()
    failures = job.outcome.failures if job.outcome is not None else ()
    if failures:
        st.markdown(f"**생성하지 못한 행 {len(failures)}개**")
        row_errors(failures)
    st.markdown(f"**결과 {len(variants)}개**")
    grid = pd.DataFrame(
        [
            {"id": v.id, "행": v.brief_index, "판정": labels.VERDICT[v.verdict], "상태": labels.STATUS[v.status],
             "브랜드": v.brand, "제품": v.product_name, "페르소나": catalog.personas[v.persona_index].label_kr,
             "단계": catalog.stages[v.stage].name_kr, "스타일": catalog.styles[v.style].name_kr,
             "채널": labels.CHANNEL.get(v.channel, v.channel), "제목": v.title, "본문": v.body, "CTA": v.cta}
            for v in variants
        ],
        columns=GRID_COLUMNS,
    )  # fmt: skip
    st.dataframe(grid, hide_index=True, width="stretch")
    passing = [v.id for v in variants if v.verdict == "pass" and v.status != "approved"]
    if st.button(f"통과한 메시지 {len(passing)}개 모두 승인", key="batch_bulk_approve", disabled=not passing):
        widgets.act(lambda: bulk_approve(passing), "", "일괄 승인할 수 없습니다")
