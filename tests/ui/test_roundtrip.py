"""Compose → approve → Approved & Export → the downloaded CSV, read back with pandas."""

from __future__ import annotations

import io

import pandas as pd
from streamlit.testing.v1 import AppTest

from crm_core.catalog import Catalog
from tests.ui.helpers import USER, Downloads, card_buttons, compose, mark_warnings_read


def test_compose_approve_export_round_trip(app: AppTest, ui_catalog: Catalog, downloads: Downloads) -> None:
    app.text_input(key="compose_link_url").set_value("https://shop.example.kr/p/1")
    app.text_input(key="compose_campaign_id").set_value("WINTER-24")
    mark_warnings_read(compose(app, ui_catalog, n=2, stage=2))
    approve = next(b for b in card_buttons(app, "approve") if not b.disabled)
    variant = approve.key.removesuffix("_approve")
    title = app.text_input(key=f"{variant}_edit_title").value
    body = app.text_area(key=f"{variant}_edit_body").value
    approve.click().run()
    assert [s.value for s in app.success] == ["승인했습니다."]

    app.switch_page("views/approved.py").run()
    assert not app.exception
    assert app.markdown[1].value.startswith("**승인된 메시지 1개**")
    shown = app.dataframe[0].value
    assert shown[["제목", "본문", "승인자", "캠페인 ID"]].values.tolist() == [[title, body, USER, "WINTER-24"]]
    assert app.get_by_key("approved_download").label == "CSV 내려받기 (1개, UTF-8 BOM)"
    assert app.get_by_key("approved_download_xlsx").label == "엑셀 내려받기 (1개, xlsx)"

    data = downloads.data(app, "approved_download")
    assert data.startswith(b"\xef\xbb\xbf"), "Excel needs the UTF-8 BOM to open Hangul"
    frame = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    product = ui_catalog.brand_products(ui_catalog.products[0].brand)[0]
    stage = ui_catalog.stages[2]
    row = frame.iloc[0]
    assert len(frame) == 1
    assert (row["brand"], row["product"], row["persona"], row["stage"]) == (
        product.brand, product.name, ui_catalog.personas[1].label_kr, stage.name_kr,
    )  # fmt: skip
    assert (row["title"], row["body"], row["approver"], row["backend"]) == (title, body, USER, "template")
    assert row["channel"] == "push" and row["seed"] >= 11
    assert row["link_url"] == "https://shop.example.kr/p/1?utm_source=push&utm_medium=crm&utm_campaign=WINTER-24"
    assert {
        "channel_text",
        "byte_count",
        "char_count",
        "verdict",
        "models",
        "prompt_version",
        "approved_at_kst",
    } <= set(frame.columns)
    book = pd.read_excel(io.BytesIO(downloads.data(app, "approved_download_xlsx")), sheet_name="approved")
    assert list(book.columns) == list(frame.columns)
    assert (book.loc[0, "body"], book.loc[0, "campaign_id"]) == (body, "WINTER-24")


def test_export_follows_the_filters(app: AppTest, ui_catalog: Catalog, downloads: Downloads) -> None:
    mark_warnings_read(compose(app, ui_catalog, n=1))
    next(b for b in card_buttons(app, "approve") if not b.disabled).click().run()
    app.switch_page("views/approved.py").run()
    other = next(b.name for b in ui_catalog.brands if b.name != ui_catalog.products[0].brand)
    app.multiselect(key="approved_brand").set_value([other]).run()
    assert [i.value for i in app.info] == [
        "조건에 맞는 승인된 메시지가 없습니다. "
        "'메시지 작성'·'변형 비교'·'일괄 생성'에서 메시지를 승인하면 여기에 모입니다."
    ]
    app.multiselect(key="approved_brand").set_value([ui_catalog.products[0].brand]).run()
    frame = pd.read_csv(io.BytesIO(downloads.data(app, "approved_download")), encoding="utf-8-sig")
    assert frame["brand"].tolist() == [ui_catalog.products[0].brand]


def test_unapprove_from_the_export_page_removes_the_row(app: AppTest, ui_catalog: Catalog) -> None:
    mark_warnings_read(compose(app, ui_catalog, n=1))
    next(b for b in card_buttons(app, "approve") if not b.disabled).click().run()
    app.switch_page("views/approved.py").run()
    variant = next(b.key for b in app.button if b.key and b.key.endswith("_unapprove")).removesuffix("_unapprove")
    app.text_input(key=f"{variant}_unapprove_reason").set_value("발송 취소")
    app.button(key=f"{variant}_unapprove").click().run()
    assert [s.value for s in app.success] == ["승인을 취소했습니다."]
    assert app.info[0].value.startswith("조건에 맞는 승인된 메시지가 없습니다.")
