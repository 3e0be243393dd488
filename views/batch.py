"""일괄 생성: upload a brief sheet, see row errors before running, run with progress and cancel,
review verdicts and approve the passing messages in bulk."""

from collections.abc import Sequence

import pandas as pd
import streamlit as st
from streamlit.runtime.uploaded_file_manager import UploadedFile

from crm_core.briefs import REQUIRED_FIELDS, BriefSheet, RowError
from crm_core.catalog import Catalog
from crm_core.catalog.mapping import MappingEntry
from crm_core.domain import SMS_TO_LMS, SmsOverflow, match_label
from crm_core.errors import InvalidInput
from crm_core.store import RowFailure, VariantFilter
from crm_core.store.mappings import load_mapping, save_mapping
from ui import explain, jobs, labels, resources, widgets
from ui.upload import MAX_UPLOAD_MB, read_sheet

JOB_KEY = "batch_job"
SHEET_KEY = "batch_sheet"
MAPPING_VERSION_KEY = "batch_mapping_version"
MAX_MAPPING_ROWS = 30
SKIP, NAME_ONLY = "", "__name_only__"
MATCH_KIND = {"exact": "정확히 일치", "unique_part": "이름 일부로 찾음", "normalised": "표기만 다름(용량·표기)",
              "mapped": "저장한 연결", "name_only": "이름만 사용(제품 정보 없음)"}  # fmt: skip
MATCH_LABEL = {"catalog": "카탈로그", "name_only": "이름만 사용(제품 정보 없음)",
               "name_only_unbranded": "브랜드 없음·이름만 사용(하우스 보이스)"}  # fmt: skip
HOUSE_HELP = ("브랜드 없이 중립적인 하우스 보이스로, 제품 이름만으로 작성합니다. 고객에게 보이는 발신자 "
              "이름이 됩니다. 결과와 내보내기에 '브랜드 없음'으로 표시됩니다.")  # fmt: skip
GRID_COLUMNS = ["ID", "행", "판정", "상태", "브랜드", "제품", "제품 연결", "페르소나", "단계", "스타일", "채널"]
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


def checked_sheet(
    upload: UploadedFile, catalog: Catalog, name_only: bool, house: str | None, sms_overflow: SmsOverflow
) -> BriefSheet:
    """The upload with the saved product mapping applied, validated against the catalog, once per
    file, option and mapping version (reruns reuse it)."""
    key = (upload.file_id, id(catalog), name_only, house, sms_overflow, st.session_state.get(MAPPING_VERSION_KEY, 0))
    cached = st.session_state.get(SHEET_KEY)
    if cached is None or cached[0] != key:
        mapping = load_mapping(wb.store)
        mode = "name_only" if name_only else "error"
        cached = (key, read_sheet(upload.getvalue(), upload.name, catalog, mapping, mode, house, sms_overflow))
        st.session_state[SHEET_KEY] = cached
    return cached[1]


def mapping_form(sheet: BriefSheet, catalog: Catalog) -> None:
    """One choice per distinct unmatched product name: a close catalog product, or name only; saved for every sheet."""
    unmatched = sheet.unmatched(catalog)
    if not unmatched:
        return
    with st.expander(f"카탈로그에서 찾지 못한 제품 이름 {len(unmatched)}개 연결하기", expanded=True):
        st.caption("한 번 연결하면 저장되어 이후 모든 시트(CLI 포함)에 그대로 적용됩니다.")
        choices: list[MappingEntry] = []
        for i, item in enumerate(unmatched[:MAX_MAPPING_ROWS]):
            name_only_ok = item.problem != "no brand"  # a name without any brand cannot be written
            options = [SKIP, *([NAME_ONLY] if name_only_ok else []), *[c.product.id for c in item.candidates]]
            labels_by_id = {c.product.id: f"{c.label(item.brand)} (유사도 {c.score:.2f})" for c in item.candidates}
            picked = st.selectbox(
                f"{item.brand} · {item.text} (행 {', '.join(map(str, item.rows[:5]))})",
                options,
                format_func=lambda o, names=labels_by_id: {SKIP: "연결하지 않음", NAME_ONLY: "이름만 사용"}.get(
                    o, names.get(o, o)
                ),
                key=f"batch_map_{i}",
            )
            if picked != SKIP:
                choices.append(MappingEntry(item.brand, item.text, None if picked == NAME_ONLY else picked))
        if len(unmatched) > MAX_MAPPING_ROWS:
            st.caption(f"처음 {MAX_MAPPING_ROWS}개만 표시합니다. 저장 후 다음 이름이 이어서 나옵니다.")
        if st.button(f"연결 {len(choices)}개 저장", key="batch_save_mapping", disabled=not choices):
            save_mapping(wb.store, choices, resources.approver())
            st.session_state[MAPPING_VERSION_KEY] = st.session_state.get(MAPPING_VERSION_KEY, 0) + 1
            widgets.flash("success", f"제품 이름 연결 {len(choices)}개를 저장했습니다.")
            st.rerun()


def brand_read(sheet: BriefSheet, index: int) -> str:
    """'설 → 설화수' when the sheet's brand was a prefix or the English name; empty when written as is."""
    resolved = sheet.resolved.get(index)
    match = resolved.product_match if resolved is not None else None
    return f"{match.brand_from} → {resolved.brand.name}" if match and match.brand_from and resolved else ""


def match_note(sheet: BriefSheet, index: int) -> str:
    """How the row's product was found, in Korean; a listing in another pack size says so."""
    resolved = sheet.resolved.get(index)
    match = resolved.product_match if resolved is not None else None
    if match is None:
        return ""
    if match.unbranded:
        return "브랜드 없음·이름만 사용(하우스 보이스)"
    size = f" · 시트 용량 {match.listed_size}로 작성(정가 미표기)" if match.listed_size else ""
    return MATCH_KIND[match.kind] + size


widgets.css()
st.title("일괄 생성")
widgets.show_flash()
wb = resources.workbench()
st.caption(
    f"브리프 시트(CSV·XLSX·JSON, 최대 {MAX_UPLOAD_MB} MB)를 올리세요. 필수 열: "
    + ", ".join(f"`{name}`" for name in REQUIRED_FIELDS)
    + " (프로토타입 시트의 열 이름을 그대로 쓸 수 있습니다). 선택 열: `channel`, `tone`, `링크`, `강조할 점`, "
    "`캠페인 ID`, `알림톡 템플릿` 등 (링크는 SMS·LMS 본문에 그대로 들어가고, "
    "캠페인 ID·템플릿 코드는 내보내기에 실립니다)."
)
upload = st.file_uploader(
    "브리프 시트", type=["csv", "xlsx", "json"], key="batch_upload", max_upload_size=MAX_UPLOAD_MB
)
name_only = st.checkbox(
    "카탈로그에 없는 제품은 이름만으로 작성 (제품 정보·효능·성분 없이, 결과에 '이름만 사용' 표시)",
    key="batch_name_only",
)
house = None
if name_only:
    label = "브랜드가 '기타'인 행을 쓸 하우스 이름 (비워 두면 그 행은 오류로 남습니다)"
    house = st.text_input(label, key="batch_house_brand", help=HOUSE_HELP).strip() or None
sms_overflow = SmsOverflow(
    st.radio(
        "SMS 행을 90바이트에 다 담을 수 없을 때 · 이벤트 없는 광고 포함 (시트의 sms_overflow 열이 비어 있는 행)",
        [o.value for o in SmsOverflow],
        format_func=labels.SMS_OVERFLOW.__getitem__,
        horizontal=True,
        key="batch_sms_overflow",
    )
)
job: jobs.BatchJob | None = st.session_state.get(JOB_KEY)

sheet = None
if upload is not None:
    try:
        sheet = checked_sheet(upload, wb.pipeline.catalog, name_only, house, sms_overflow)
    except InvalidInput as exc:
        st.error(f"파일을 쓸 수 없습니다. {explain.sheet_problem(exc)}")
        widgets.details(str(exc))

if sheet is not None:
    if sheet.unread_columns:
        st.info(f"참고: 읽지 않은 열(브리프 항목이 아님): {', '.join(sheet.unread_columns)}")
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
        mapping_form(sheet, wb.pipeline.catalog)
    flagged = sum(1 for r in sheet.resolved.values() if r.name_only)
    if flagged:
        st.warning(f"{flagged}개 행은 카탈로그에 없는 제품이라 이름만으로 작성합니다(제품 정보 없음).")
    unbranded = sum(1 for r in sheet.resolved.values() if r.product_match and r.product_match.unbranded)
    if unbranded:
        st.warning(f"그중 {unbranded}개 행은 브랜드가 없어 '{house}' 하우스 보이스로 작성합니다(브랜드 톤 없음).")
    with st.expander(f"실행할 브리프 미리보기 ({len(sheet.briefs)}개)"):
        preview = [
            {"행": i, "제품 연결": match_note(sheet, i), "브랜드로 읽은 값": brand_read(sheet, i),
             **b.model_dump(mode="json", include={"persona", "brand", "product", "stage_index", "style_index",
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
    done = wb.bulk_approve(ids, user=resources.approver())
    widgets.flash("success", f"{len(done.approved)}개 메시지를 승인했습니다.")
    for variant_id, why in done.skipped:
        widgets.flash("warning", f"{variant_id}번: {explain.skipped(why)}")


@st.fragment(run_every=1.0)
def progress(job: jobs.BatchJob) -> None:
    """Polls the running job; when it ends, reruns the page so the results grid appears."""
    if not job.running:
        st.rerun()
    st.progress(job.done / max(job.total, 1), text=f"브리프 {job.done}/{job.total}개 완료 · {job.elapsed:.0f}초")
    if job.rejected:
        st.caption(f"오류로 제외된 행 {job.rejected}개는 실행하지 않습니다.")
    if job.cancel.is_set():
        st.caption("취소 요청됨: 진행 중인 묶음이 끝나면 멈춥니다.")
    elif st.button("취소", key="batch_cancel"):
        job.cancel.set()


if job is not None and job.running:
    progress(job)
elif job is not None:
    st.divider()
    if job.error:
        st.error(
            f"일괄 생성이 중간에 멈췄습니다. 브리프 {job.done}/{job.total}개까지 처리했고, 그때까지 만든 메시지는 "
            "저장되어 있습니다. 이유는 아래 세부 정보를 보세요."
        )
        widgets.details(job.error)
    elif job.cancelled:
        st.warning(f"취소되었습니다: 브리프 {job.done}/{job.total}개까지 처리해 저장했습니다.")
    else:
        st.success(f"완료: 브리프 {job.done}개 · {job.elapsed:.1f}초")
    if job.rejected:
        st.info(f"오류로 제외된 행 {job.rejected}개는 실행하지 않았습니다.")
    variants = wb.variants(VariantFilter(run_id=job.run_id)) if job.run_id is not None else []
    catalog = resources.catalog()
    failures = job.outcome.failures if job.outcome is not None else ()
    if failures:
        st.markdown(f"**생성하지 못한 행 {len(failures)}개**")
        row_errors(failures)
    st.markdown(f"**결과 {len(variants)}개**")
    overflowed = sum(v.sms_to_lms for v in variants)
    if overflowed:  # written as LMS on purpose: the marketer sees how many, and that they cost more
        st.info(f"{overflowed}개: {labels.CHANNEL_FLAG[SMS_TO_LMS]}")
    grid = pd.DataFrame(
        [
            {"ID": v.id, "행": v.brief_index, "판정": labels.VERDICT[v.verdict], "상태": labels.STATUS[v.status],
             "브랜드": v.brand, "제품": v.product_name,
             "제품 연결": MATCH_LABEL[match_label(v.product_id)],
             "페르소나": catalog.personas[v.persona_index].label_kr,
             "단계": catalog.stages[v.stage].name_kr, "스타일": catalog.styles[v.style].name_kr,
             "채널": labels.channel_shown(v.channel, v.sms_to_lms), "제목": v.title, "본문": v.body, "CTA": v.cta}
            for v in variants
        ],
        columns=GRID_COLUMNS,
    )  # fmt: skip
    st.dataframe(grid, hide_index=True, width="stretch")
    passing = [v.id for v in variants if v.verdict == "pass" and v.status != "approved"]
    if st.button(f"통과한 메시지 {len(passing)}개 모두 승인", key="batch_bulk_approve", disabled=not passing):
        widgets.act(lambda: bulk_approve(passing), "", "일괄 승인할 수 없습니다")
