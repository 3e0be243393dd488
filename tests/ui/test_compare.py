"""Compare: one brief along one axis, side by side; winner, several approvals, more like this."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from crm_core.catalog import Catalog


def start(app: AppTest, catalog: Catalog) -> AppTest:
    app.switch_page("views/compare.py").run()
    brand = catalog.products[0].brand
    app.selectbox(key="compare_brand").set_value(brand).run()
    app.selectbox(key="compare_product").set_value(catalog.brand_products(brand)[0].name)
    return app


def columns(app: AppTest) -> list[int]:
    return [int(b.key.removeprefix("compare_win_")) for b in app.button if b.key.startswith("compare_win_")]


def test_context_modes_side_by_side(app: AppTest, ui_catalog: Catalog) -> None:
    start(app, ui_catalog)
    app.radio(key="compare_axis").set_value("context_mode").run()
    app.button(key="compare_generate").click().run()
    assert not app.exception
    assert len(columns(app)) == 3
    headers = [m.value for m in app.markdown if m.value.startswith("**") and "(" in m.value]
    assert headers[-3:] == [
        "**검색 없음 (no_rag)**", "**리뷰 검색 (rag)**", "**리뷰 + 브랜드 톤 (rag_brand)**",
    ]  # fmt: skip


def test_winner_and_selected_approvals(app: AppTest, ui_catalog: Catalog) -> None:
    start(app, ui_catalog)
    app.radio(key="compare_axis").set_value("seed").run()
    app.slider(key="compare_seed_count").set_value(3).run()
    app.button(key="compare_generate").click().run()
    first, second, third = columns(app)
    app.button(key=f"compare_win_{first}").click().run()
    assert [s.value for s in app.success] == [f"#{first}을(를) 승자로 승인했습니다."]
    app.checkbox(key=f"compare_pick_{second}").check()
    app.checkbox(key=f"compare_pick_{third}").check().run()
    assert app.button(key="compare_approve_selected").label == "선택한 2개 승인"
    app.button(key="compare_approve_selected").click().run()
    assert [s.value for s in app.success] == ["2개를 승인했습니다."]  # both seeds' copy passes the guard
    assert [w.value for w in app.warning if w.value.startswith("#")] == []


def test_more_like_this_adds_three_columns(app: AppTest, ui_catalog: Catalog) -> None:
    start(app, ui_catalog)
    app.button(key="compare_generate").click().run()
    before = columns(app)
    assert len(before) == 3
    app.button(key=f"compare_more_{before[0]}").click().run()
    assert not app.exception
    assert len(columns(app)) == 6
    assert any(m.value.startswith(f"**#{before[0]} 비슷하게 (시드 ") for m in app.markdown)


def test_unavailable_backend_is_named_in_its_column(app: AppTest, ui_catalog: Catalog) -> None:
    start(app, ui_catalog)
    app.radio(key="compare_axis").set_value("model").run()
    app.multiselect(key="compare_values_model").set_value(["템플릿", "openai · 모델 미설정"]).run()
    app.button(key="compare_generate").click().run()
    assert len(columns(app)) == 1
    assert [e.value for e in app.error] == [
        "openai · 모델 미설정: 생성할 수 없습니다. "
        "이 백엔드를 쓸 설정(서버 주소·모델 이름 등)이 없어 시작할 수 없습니다."
    ]
    assert "the openai backend needs the served model name: set CRM_OPENAI_MODEL" in [c.value for c in app.code]
