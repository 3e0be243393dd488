"""Data (browse, import previews with row errors), Models (session choices), Timing (charts from stored runs)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from crm_core.catalog import Catalog
from crm_core.retrieval import COLLECTIONS
from tests.ui.helpers import APP, USER, compose
from ui import labels

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
REPO_ROOT = Path(__file__).resolve().parents[2]
PRODUCTS_CSV = "상품코드,브랜드,상품명,카테고리,판매가,용량,주요성분,특징\n"


def _cli(argv: list[str]) -> subprocess.CompletedProcess[str]:
    """The engine's CLI as a user runs it, reading the catalog the environment points at."""
    return subprocess.run(
        [sys.executable, "-m", "crm_core", *argv], cwd=REPO_ROOT, capture_output=True, text=True, timeout=120
    )


def test_data_page_browses_the_catalog(app: AppTest, ui_catalog: Catalog) -> None:
    app.switch_page("views/data.py").run()
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
    app.switch_page("views/data.py").run()
    rows = 'P-1,설화수,자음생크림 60ml,크림,"250,000",60ml,인삼,진한 크림\n'
    rows += "P-2,설화수,윤조에센스,에센스,무료,90ml,인삼,에센스\n"
    app.file_uploader(key="data_import_file").set_value(("shop.csv", (PRODUCTS_CSV + rows).encode(), "text/csv"))
    app.run()
    assert not app.exception
    assert [e.value for e in app.error] == ["문제 1건이 있어 적용할 수 없습니다. 파일을 고친 뒤 다시 올리세요."]
    problems = app.dataframe[-1].value
    assert problems[["파일", "레코드", "필드"]].values.tolist() == [["shop.csv", "row 3 (id=P-2)", "price"]]
    assert app.button(key="data_import_apply").disabled


def test_prototype_folder_import_reports_notes(app: AppTest) -> None:
    app.switch_page("views/data.py").run()  # FIXTURES is among the import folders (tests/ui/conftest.py)
    folder = FIXTURES / "prototype_mini"
    app.text_input(key="data_proto_products").set_value(str(folder / "products.csv"))
    app.text_input(key="data_proto_folder").set_value(str(folder)).run()
    assert not app.exception
    notes = app.info[0].value
    assert notes.startswith("참고 ")
    assert "- no reviews given: review highlights will be empty until reviews are imported" in notes.splitlines()
    app.text_input(key="data_proto_folder").set_value(str(FIXTURES / "nowhere")).run()
    assert [e.value for e in app.error] == [f"폴더가 없습니다: {FIXTURES / 'nowhere'}"]


def test_a_typed_folder_outside_the_import_folders_is_refused(app: AppTest) -> None:
    app.switch_page("views/data.py").run()
    app.text_input(key="data_proto_folder").set_value("/etc").run()
    assert len(app.error) == 1
    assert app.error[0].value.startswith("설정된 폴더 밖의 경로는 쓸 수 없습니다. 허용된 폴더: ")
    assert str(FIXTURES) in app.error[0].value
    assert not [b for b in app.button if b.key == "data_proto_apply"]


def test_a_model_folder_outside_models_dir_is_refused(app: AppTest, tmp_path: Path) -> None:
    app.switch_page("views/models.py").run()
    app.text_input(key="models_refiner").set_value(str(tmp_path))
    next(b for b in app.button if b.key.startswith("FormSubmitter:models_form")).click().run()
    assert len(app.error) == 1
    assert app.error[0].value.startswith("적용하지 않았습니다. 설정된 폴더 밖의 경로는 쓸 수 없습니다. 허용된 폴더: ")
    assert "settings_overrides" not in app.session_state


def test_import_generate_undo_round_trip_on_the_data_page(
    ui_catalog_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "my-catalog"
    shutil.copytree(ui_catalog_dir, folder)
    monkeypatch.setenv("CRM_DATA_DIR", str(folder))
    brand = Catalog.load(folder).products[0].brand
    app = AppTest.from_file(APP, default_timeout=90)
    app.secrets["crm"] = {"backend": "template"}
    app.session_state["user_name"] = USER
    app.run()
    app.switch_page("views/data.py").run()
    row = f"NEW-1,{brand},윤빛 수분 크림 50ml,크림,98000,50ml,히알루론산,가볍게 스며드는 수분 크림입니다.\n"
    app.file_uploader(key="data_import_file").set_value(("shop.csv", (PRODUCTS_CSV + row).encode(), "text/csv"))
    app.run()
    assert app.dataframe[-1].value[["파일", "새로 추가", "변경"]].values.tolist()[0] == ["제품", 1, 0]
    app.button(key="data_import_apply").click().run()
    assert not app.exception
    assert [s.value for s in app.success] == ["가져오기 1번을 적용했습니다: shop.csv"]
    assert "NEW-1" in app.dataframe[1].value["id"].tolist()  # the products tab reads the imported catalog

    generate = ["generate", "--persona", "0", "--brand", brand, "--product", "윤빛 수분 크림", "--stage_index", "1",
                "--style_index", "2", "--backend", "template"]  # fmt: skip
    made = _cli(generate)  # its own process: a Streamlit thread's log lines never mix into the JSON it prints
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["product_basic"]["id"] == "NEW-1"

    app.button(key="data_import_undo").click().run()
    assert [s.value for s in app.success] == ["가져오기 1번(shop.csv)을 되돌렸습니다."]
    assert "NEW-1" not in app.dataframe[1].value["id"].tolist()
    refused = _cli(generate)
    assert refused.returncode == 2
    assert "unknown product '윤빛 수분 크림'" in refused.stderr


def test_models_page_choices_apply_to_this_session(app: AppTest) -> None:
    app.switch_page("views/models.py").run()
    assert [w.value for w in app.main.warning][-1] == ("LGAI-EXAONE/EXAONE-4.0-1.2B: " + labels.EXAONE_LICENCE)
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
    app.switch_page("views/timing.py").run()
    assert not app.exception
    assert [m.label for m in app.metric][:1] == ["저장된 메시지"]
    assert app.metric[0].value == "2"
    charts = app.get("plotly_chart")
    assert len(charts) == 2
    assert app.info[0].value.startswith("아직 일괄 생성 기록이 없습니다.")
    app.radio(key="timing_by").set_value("model").run()
    assert not app.exception


def test_data_page_lists_the_guard_rules(app: AppTest) -> None:
    app.switch_page("views/data.py").run()
    rules = next(d.value for d in app.dataframe if "수준" in d.value.columns)
    assert list(rules.columns) == ["규칙 코드", "수준", "사용", "메시지", "제안", "근거", "기준일"]
    assert set(rules["수준"]) <= {"차단", "주의"}
    assert rules["규칙 코드"].is_unique and len(rules) > 10


def test_index_tab_reports_each_collection_and_reloads(app: AppTest) -> None:
    app.switch_page("views/data.py").run()
    index = next(d.value for d in app.dataframe if "컬렉션" in d.value.columns)
    assert index["컬렉션"].tolist() == [labels.EVIDENCE_COLLECTION[c] for c in COLLECTIONS]
    app.button(key="data_reload").click().run()
    assert not app.exception
    index = next(d.value for d in app.dataframe if "컬렉션" in d.value.columns)
    assert all(state.startswith("형태소 캐시에서 읽음") for state in index["색인"])
