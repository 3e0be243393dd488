"""Compose's '이 고객에게 맞는 제품': recommendations for the persona or a custom profile, one click to use one."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from crm_core.catalog import Catalog

PREFIX = "compose_rec_use_"


def use_buttons(app: AppTest) -> list:
    return [b for b in app.button if b.key and b.key.startswith(PREFIX)]


def test_persona_recommendations_fill_the_brief_in_one_click(app: AppTest, ui_catalog: Catalog) -> None:
    app.selectbox(key="compose_persona").set_value(1)
    app.toggle(key="compose_rec_on").set_value(True).run()
    buttons = use_buttons(app)
    assert not app.exception and not app.error
    assert len(buttons) == 3
    chosen = ui_catalog.products_by_id[buttons[1].key.removeprefix(PREFIX)]
    buttons[1].click().run()
    assert app.selectbox(key="compose_brand").value == chosen.brand
    assert app.selectbox(key="compose_product").value == chosen.name
    assert any(t.value.startswith("리뷰: “") for t in app.text)


def test_custom_sensitive_profile_within_one_brand(app: AppTest, ui_catalog: Catalog) -> None:
    brand = ui_catalog.products[0].brand
    app.selectbox(key="compose_brand").set_value(brand)
    app.toggle(key="compose_rec_on").set_value(True).run()
    app.radio(key="compose_rec_src").set_value("custom").run()
    assert "연령대, 피부 타입, 피부 고민 중 하나 이상을 고르세요." in [i.value for i in app.info]
    app.checkbox(key="compose_rec_brand_only").check()
    app.selectbox(key="compose_rec_skin").set_value("민감성")
    app.multiselect(key="compose_rec_concerns").set_value(["진정"]).run()
    products = [ui_catalog.products_by_id[b.key.removeprefix(PREFIX)] for b in use_buttons(app)]
    assert not app.exception and not app.error
    assert len(products) == 3
    assert {p.brand for p in products} == {brand}


def test_data_page_map_shows_products_and_personas(app: AppTest) -> None:
    app.switch_page("views/data.py").run()
    assert not app.get("plotly_chart")
    app.toggle(key="data_rec_map_on").set_value(True).run()
    assert not app.exception and not app.error
    assert len(app.get("plotly_chart")) == 1
