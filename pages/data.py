"""데이터: browse the catalog, preview imports with their row-level problems, rebuild the search index."""

import tempfile
from collections.abc import Iterable
from pathlib import Path

import pandas as pd
import streamlit as st
from pydantic import BaseModel

from crm_core.catalog import ImportResult, import_prototype_folder, import_table
from crm_core.errors import CatalogProblem
from ui import labels, resources
from ui.recommend_panel import product_map
from ui.status import index_report, status_of

MAX_IMPORT_MB = 20
RULE_COLUMNS = ["id", "category", "severity", "enabled", "message", "suggestion", "basis", "source", "date"]


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


def import_report(result: ImportResult) -> None:
    """What an import would bring in: counts and a preview per file, every problem, every note."""
    counts = {name: len(records) for name, records in result.records.items()}
    if result.problems:
        st.error(f"문제 {len(result.problems)}건: 아래 표의 행은 가져오지 않습니다. 파일을 고친 뒤 다시 올리세요.")
        show(problems_frame(result.problems))
    else:
        st.success("문제 없이 읽었습니다: " + ", ".join(f"{name} {n}건" for name, n in counts.items()))
    if result.notes:
        st.info(f"참고 {len(result.notes)}건:\n" + "\n".join(f"- {note}" for note in result.notes))
    for name, records in result.records.items():
        with st.expander(f"{name} 미리보기 ({len(records)}건)"):
            show(table(records[:200]))


st.title("데이터")
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
    show(table(rules, include=RULE_COLUMNS))
with tabs[9]:
    status = status_of(wb)
    mode = labels.RETRIEVAL_MODE.get(status.retrieval_mode, status.retrieval_mode)
    (st.warning if status.lexical_only else st.caption)(f"{mode} — {status.retrieval_status}")
    report = index_report(wb)
    show(pd.DataFrame({"컬렉션": list(report), "색인": list(report.values())}))
    st.caption("색인은 내용이 바뀐 컬렉션만 다시 만들고, 나머지는 캐시에서 읽습니다.")
    if st.button("카탈로그와 색인 다시 읽기", key="data_reload"):
        with st.status("카탈로그와 검색 색인을 다시 읽는 중…") as progress:
            resources.reload()
            progress.update(label="다시 읽었습니다.", state="complete")
        st.rerun()
with tabs[10]:
    st.markdown("**상품·리뷰 표 가져오기** (쇼핑몰에서 내보낸 CSV/JSON)")
    kind = st.radio("종류", ["products", "reviews"], format_func={"products": "상품", "reviews": "리뷰"}.__getitem__,
                    horizontal=True, key="data_import_kind")  # fmt: skip
    upload = st.file_uploader("파일", type=["csv", "json"], key="data_import_file")
    if upload is not None:
        if upload.size > MAX_IMPORT_MB * 1_000_000:
            st.error(
                f"{upload.name}: {upload.size / 1_000_000:.1f} MB — 최대 {MAX_IMPORT_MB} MB까지 가져올 수 있습니다."
            )
        else:
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder, Path(upload.name).name)
                path.write_bytes(upload.getvalue())
                import_report(import_table(path, kind))
    st.divider()
    st.markdown("**프로토타입 데이터 폴더 가져오기** (personas, crm_goals, campaign_events, brand_stories, templates)")
    folder = st.text_input(
        "서버의 폴더 경로", key="data_proto_folder", placeholder="../shared/reference/prototype-data"
    )
    products_file = st.text_input("상품 CSV/JSON 경로 (폴더에 products.json이 없을 때)", key="data_proto_products")
    if st.button("미리보기", key="data_proto_preview", disabled=not folder.strip()):
        if not Path(folder).is_dir():
            st.error(f"폴더가 없습니다: {folder}")
        else:
            import_report(import_prototype_folder(folder, products=products_file.strip() or None))
with st.expander("제품·페르소나 지도 (추천 특징 공간)"):
    product_map(catalog)
