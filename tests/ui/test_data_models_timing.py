"""Data (browse, import previews with row errors), Models (session choices), Timing (charts from stored runs)."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from crm_core.catalog import Catalog
from crm_core.retrieval import COLLECTIONS
from tests.ui.helpers import compose
from ui import labels

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PRODUCTS_CSV = "상품코드,브랜드,상품명,카테고리,판매가,용량,주요성분,특징\n"


def test_data_page_browses_the_catalog(app: AppTest, ui_catalog: Catalog) -> None:
    app.switch_page("pages/data.py").run()
    assert app.caption[0].value == (
        f"카탈로그: `{ui_catalog.source}` — 브랜드 {len(ui_catalog.brands)} · 제품 {len(ui_catalog.products)} · "
        f"리뷰 {len(ui_catalog.reviews)}"
    )
    brands, products = app.dataframe[0].value, app.dataframe[1].value
    assert brands["name"].tolist() == [b.name for b in ui_catalog.brands]
    assert products["id"].tolist() == [p.id for p in ui_catalog.products]
    brand = ui_catalog.products[0].brand
    app.selectbox(key="data_products_brand").set_value(brand).run()
    assert app.dataframe[1].value["id"].tolist() == [p.id for p in ui_catalog.brand_products(brand)]


def test_product_import_preview_names_the_bad_row(app: AppTest) -> None:
    app.switch_page("pages/data.py").run()
    rows = 'P-1,설화수,자음생크림 60ml,크림,"250,000",60ml,인삼,진한 크림\n'
    rows += "P-2,설화수,윤조에센스,에센스,무료,90ml,인삼,에센스\n"
    app.file_uploader(key="data_import_file").set_value(("shop.csv", (PRODUCTS_CSV + rows).encode(), "text/csv"))
    app.run()
    assert not app.exception
    assert [e.value for e in app.error] == ["문제 1건: 아래 표의 행은 가져오지 않습니다. 파일을 고친 뒤 다시 올리세요."]
    problems = app.dataframe[-2].value
    assert problems[["파일", "레코드", "필드"]].values.tolist() == [["shop.csv", "row 3 (id=P-2)", "price"]]
    assert app.dataframe[-1].value["id"].tolist() == ["P-1"]


def test_prototype_folder_import_reports_notes(app: AppTest) -> None:
    app.switch_page("pages/data.py").run()
    folder = FIXTURES / "prototype_mini"
    app.text_input(key="data_proto_folder").set_value(str(folder))
    app.text_input(key="data_proto_products").set_value(str(folder / "products.csv")).run()
    app.button(key="data_proto_preview").click().run()
    assert not app.exception
    assert [s.value for s in app.success] == [
        "문제 없이 읽었습니다: personas.json 2건, stages.json 5건, events.json 4건, brands.json 2건, "
        "styles.json 6건, products.json 4건, reviews.jsonl 0건, channels.json 6건"
    ]
    notes = app.info[0].value
    assert notes.startswith("참고 ")
    assert "- no reviews given: review highlights will be empty until reviews are imported" in notes.splitlines()
    app.text_input(key="data_proto_folder").set_value("/nowhere/prototype").run()
    app.button(key="data_proto_preview").click().run()
    assert [e.value for e in app.error] == ["폴더가 없습니다: /nowhere/prototype"]


def test_models_page_choices_apply_to_this_session(app: AppTest) -> None:
    app.switch_page("pages/models.py").run()
    assert [w.value for w in app.warning][-1] == ("LGAI-EXAONE/EXAONE-4.0-1.2B: " + labels.EXAONE_LICENCE)
    table = app.dataframe[0].value
    assert table[["역할", "모델"]].values.tolist() == [
        ["초안 모델", "Qwen/Qwen2.5-1.5B-Instruct"], ["다듬기 모델", "LGAI-EXAONE/EXAONE-4.0-1.2B"],
    ]  # fmt: skip
    app.text_input(key="models_adapter").set_value("models/adapters/brand-tone")
    next(b for b in app.button if b.key.startswith("FormSubmitter:models_form")).click().run()
    assert app.session_state["settings_overrides"] == {"adapter": "models/adapters/brand-tone"}
    assert "이 세션의 설정: adapter=models/adapters/brand-tone" in [c.value for c in app.caption]
    app.button(key="models_reset").click().run()
    assert "settings_overrides" not in app.session_state


def test_timing_charts_appear_after_a_run(app: AppTest, ui_catalog: Catalog) -> None:
    compose(app, ui_catalog, n=2)
    app.switch_page("pages/timing.py").run()
    assert not app.exception
    assert [m.label for m in app.metric][:1] == ["저장된 메시지"]
    assert app.metric[0].value == "2"
    charts = app.get("plotly_chart")
    assert len(charts) == 2
    assert app.info[0].value.startswith("아직 일괄 생성 기록이 없습니다.")
    app.radio(key="timing_by").set_value("model").run()
    assert not app.exception


def test_data_page_lists_the_guard_rules(app: AppTest) -> None:
    app.switch_page("pages/data.py").run()
    rules = next(d.value for d in app.dataframe if "수준" in d.value.columns)
    assert list(rules.columns) == ["규칙 코드", "수준", "사용", "메시지", "제안", "근거", "기준일"]
    assert set(rules["수준"]) <= {"차단", "주의"}
    assert rules["규칙 코드"].is_unique and len(rules) > 10


def test_index_tab_reports_each_collection_and_reloads(app: AppTest) -> None:
    app.switch_page("pages/data.py").run()
    index = next(d.value for d in app.dataframe if "컬렉션" in d.value.columns)
    assert index["컬렉션"].tolist() == [labels.EVIDENCE_COLLECTION[c] for c in COLLECTIONS]
    app.button(key="data_reload").click().run()
    assert not app.exception
    index = next(d.value for d in app.dataframe if "컬렉션" in d.value.columns)
    assert all(state.startswith("형태소 캐시에서 읽음") for state in index["색인"])
