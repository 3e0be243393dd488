"""데이터: browse the catalog, preview imports with their row-level problems, rebuild the search index."""

import tempfile
from collections.abc import Iterable
from pathlib import Path

import pandas as pd
import streamlit as st
from pydantic import BaseModel

from crm_core.catalog import import_prototype_folder, import_table
from crm_core.catalog.loader import DEFAULT_DATA_DIR
from crm_core.catalog.versions import ImportPlan, apply_import, history, plan_import, undo_import
from crm_core.errors import CatalogProblem
from crm_core.paths import OutsideFolders, inside
from ui import explain, labels, resources, widgets
from ui.recommend_panel import product_map
from ui.status import index_report, status_of

MAX_IMPORT_MB = 20
RULE_COLUMNS = {"id": "규칙 코드", "severity": "수준", "enabled": "사용", "message": "메시지", "suggestion": "제안",
                "basis": "근거", "date": "기준일"}  # fmt: skip


def table(
    records: Iterable[BaseModel], exclude: set[str] | None = None, include: list[str] | None = None
) -> pd.DataFrame:
    """Records as a table (columns in `include` order when given); list fields shown joined with ', '."""
    rows = []
    for record in records:
        row = record.model_dump(mode="json", exclude=exclude)
        row = {k: row[k] for k in include} if include else row
        rows.append({k: ", ".join(map(str, v)) if isinstance(v, list) else v for k, v in row.items()})
    return pd.DataFrame(rows)


def show(frame: pd.DataFrame) -> None:
    st.dataframe(frame, hide_index=True, width="stretch")


def problems_frame(problems: list[CatalogProblem]) -> pd.DataFrame:
    return pd.DataFrame(
        {"파일": [p.file for p in problems], "레코드": [p.record for p in problems],
         "필드": [p.field for p in problems], "문제": [p.message for p in problems]}
    )  # fmt: skip


FILE_LABELS = {
    "brands.json": "브랜드", "products.json": "제품", "reviews.jsonl": "리뷰", "personas.json": "페르소나",
    "stages.json": "단계", "styles.json": "스타일", "events.json": "이벤트", "channels.json": "채널",
}  # fmt: skip


def plan_report(plan: ImportPlan) -> None:
    """The dry run: new / changed / unchanged per file, the changed fields, every invalid row by field."""
    summary = plan.summary()
    files = summary["files"]
    show(pd.DataFrame(
        [{"파일": FILE_LABELS.get(n, n), "새로 추가": c["new"], "변경": c["changed"], "그대로": c["unchanged"]}
         for n, c in files.items()]  # type: ignore[union-attr]
    ))  # fmt: skip
    changed = [(FILE_LABELS.get(n, n), key, ", ".join(fields))
               for n, c in plan.changes.items() for key, fields in c.changed.items()]  # fmt: skip
    if changed:
        with st.expander(f"변경되는 레코드 {len(changed)}건"):
            show(pd.DataFrame(changed, columns=["파일", "키", "바뀌는 필드"]))
    if plan.problems:
        st.error(f"문제 {len(plan.problems)}건이 있어 적용할 수 없습니다. 파일을 고친 뒤 다시 올리세요.")
        show(problems_frame(plan.problems))
    if plan.notes:
        st.info(f"참고 {len(plan.notes)}건:\n" + "\n".join(f"- {note}" for note in plan.notes))


def apply_with_progress(plan: ImportPlan, folder: Path, source: str) -> None:
    """Write the merged catalog (a snapshot first), then rebuild the catalog and search index."""
    bar = st.progress(0.0, text="가져온 카탈로그를 저장하는 중…")
    version = apply_import(plan, folder, source)
    bar.progress(0.4, text="카탈로그와 검색 색인을 다시 만드는 중…")
    resources.reload()
    bar.progress(1.0, text="완료")
    widgets.flash("success", f"가져오기 {version}번을 적용했습니다: {source}")


def undo_last(folder: Path) -> None:
    undone = undo_import(folder)
    resources.reload()
    widgets.flash("success", f"가져오기 {undone['version']}번({undone['source']})을 되돌렸습니다.")


def import_tab(folder: Path) -> None:
    """Upload or point at a source → dry-run report → apply (progress) → undo, newest first."""
    st.markdown("**상품·리뷰 표 가져오기** (쇼핑몰에서 내보낸 CSV/JSON)")
    kind = st.radio("종류", ["products", "reviews"], format_func={"products": "상품", "reviews": "리뷰"}.__getitem__,
                    horizontal=True, key="data_import_kind")  # fmt: skip
    upload = st.file_uploader(
        f"파일 (CSV·JSON, 최대 {MAX_IMPORT_MB} MB)",
        type=["csv", "json"],
        key="data_import_file",
        max_upload_size=MAX_IMPORT_MB,
    )
    if upload is not None:
        if upload.size > MAX_IMPORT_MB * 1_000_000:
            st.error(
                f"{upload.name}: {upload.size / 1_000_000:.1f} MB — 최대 {MAX_IMPORT_MB} MB까지 가져올 수 있습니다."
            )
        else:
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp, Path(upload.name).name)
                path.write_bytes(upload.getvalue())
                plan = plan_import(import_table(path, kind), folder)
            plan_report(plan)
            if st.button("가져오기 적용", key="data_import_apply", type="primary", disabled=not plan.ok):
                apply_with_progress(plan, folder, upload.name)
                st.rerun()
    st.divider()
    st.markdown("**프로토타입 데이터 폴더 가져오기** (personas, crm_goals, campaign_events, brand_stories, templates)")
    proto = st.text_input("서버의 폴더 경로", key="data_proto_folder", placeholder="../shared/reference/prototype-data")
    products_file = st.text_input("상품 CSV/JSON 경로 (폴더에 products.json이 없을 때)", key="data_proto_products")
    if proto.strip():
        roots = [folder, *resources.settings().import_dirs]
        try:
            source = inside(proto.strip(), roots, "folder")
            products_path = inside(products_file.strip(), roots, "products") if products_file.strip() else None
        except OutsideFolders as exc:
            source = None
            st.error(explain.outside_folders(exc))
            st.caption("관리자가 설정의 import_dirs(CRM_IMPORT_DIRS)에 폴더를 더할 수 있습니다.")
        if source is None:
            pass
        elif not source.is_dir():
            st.error(f"폴더가 없습니다: {proto}")
        else:
            plan = plan_import(import_prototype_folder(source, products=products_path), folder)
            plan_report(plan)
            if st.button("폴더 가져오기 적용", key="data_proto_apply", type="primary", disabled=not plan.ok):
                apply_with_progress(plan, folder, proto)
                st.rerun()
    st.divider()
    done = history(folder)
    st.markdown(f"**가져오기 기록** ({len(done)}건)")
    if done:
        show(pd.DataFrame([{"번호": e["version"], "시각": e["at"], "원본": e["source"]} for e in reversed(done)]))
        if st.button(f"마지막 가져오기({done[-1]['version']}번) 되돌리기", key="data_import_undo"):
            undo_last(folder)
            st.rerun()


st.title("데이터")
widgets.show_flash()
wb = resources.workbench()
catalog = wb.pipeline.catalog
st.caption(
    f"카탈로그: `{catalog.source}` — 브랜드 {len(catalog.brands)} · 제품 {len(catalog.products)} · "
    f"리뷰 {len(catalog.reviews)}"
)

TABS = ["브랜드", "제품", "리뷰", "페르소나", "단계", "스타일", "이벤트", "채널", "가드 규칙", "검색 색인", "가져오기"]
tabs = st.tabs(TABS)
with tabs[0]:
    show(table(catalog.brands))
with tabs[1]:
    brand = st.selectbox("브랜드", [None, *[b.name for b in catalog.brands]], format_func=lambda b: b or "전체",
                         key="data_products_brand")  # fmt: skip
    show(table(catalog.brand_products(brand) if brand else catalog.products))
with tabs[2]:
    products = {p.id: p for p in catalog.products}
    product = st.selectbox(
        "제품", list(products), format_func=lambda i: f"{products[i].brand} · {products[i].name}",
        key="data_reviews_product",
    )  # fmt: skip
    reviews = catalog.reviews_by_product.get(product, ())
    st.caption(f"리뷰 {len(reviews)}건")
    show(table(reviews))
with tabs[3]:
    show(table(catalog.personas))
with tabs[4]:
    show(table(catalog.stages))
with tabs[5]:
    show(table(catalog.styles, exclude={"templates"}))
    style = st.selectbox("템플릿 보기", [s.index for s in catalog.styles],
                         format_func=lambda i: labels.style_option(catalog.styles[i]), key="data_style")  # fmt: skip
    show(table(catalog.styles[style].templates))
with tabs[6]:
    show(table(catalog.events))
with tabs[7]:
    show(table(catalog.channels))
with tabs[8]:
    guard = wb.pipeline.guard
    rules = guard.rules.rules
    st.caption(f"규칙 파일: `{guard.source}` — 규칙 {len(rules)}개, 사용 중 {sum(r.enabled for r in rules)}개")
    frame = table(rules, include=list(RULE_COLUMNS)).rename(columns=RULE_COLUMNS)
    show(frame.assign(수준=frame["수준"].map(labels.SEVERITY)))
with tabs[9]:
    status = status_of(wb)
    widgets.retrieval_status(status.retrieval_mode, status.retrieval_status, status.lexical_only)
    report = index_report(wb)
    show(pd.DataFrame({"컬렉션": [labels.EVIDENCE_COLLECTION.get(c, c) for c in report],
                       "색인": [labels.index_state(s) for s in report.values()]}))  # fmt: skip
    st.caption("색인은 내용이 바뀐 컬렉션만 다시 만들고, 나머지는 캐시에서 읽습니다.")
    if st.button("카탈로그와 색인 다시 읽기", key="data_reload"):
        with st.status("카탈로그와 검색 색인을 다시 읽는 중…") as progress:
            resources.reload()
            progress.update(label="다시 읽었습니다.", state="complete")
        st.rerun()
with tabs[10]:
    folder = resources.settings().data_dir
    if folder.resolve() == DEFAULT_DATA_DIR.resolve():
        st.info(
            "가져오기는 사용자 카탈로그 폴더에만 씁니다(기본 예시 카탈로그 data/는 바꾸지 않습니다). "
            "CRM_DATA_DIR 또는 설정의 data_dir를 내 카탈로그 폴더로 지정하면 여기서 가져오고 되돌릴 수 있습니다."
        )
    else:
        st.caption(f"가져올 곳: `{folder}` — 적용 전 미리보기, 적용 후 색인 다시 만들기, 가져오기별 되돌리기")
        import_tab(folder)
with st.expander("제품·페르소나 지도 (추천 특징 공간)"):
    product_map(catalog)
