"""캠페인 트리거 page: run a day (twice queues nothing new), see risk and chart, then generate, approve, export."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pandas as pd
from streamlit.testing.v1 import AppTest

from crm_core.catalog import Catalog
from crm_core.triggers.inventory import load_inventory
from crm_core.triggers.risk import assess, trigger_config
from tests.triggers.test_risk import DAY, steady
from tests.ui.helpers import Downloads
from ui import trigger_views

PAGE = "views/triggers.py"
EXCLUDED = 3 * 365  # the sample's 에스트라, 에뛰드 and 헤라 products are not in the UI tests' catalog slice


def open_page(app: AppTest) -> AppTest:
    return app.switch_page(PAGE).run()


def table_with(at: AppTest, column: str) -> pd.DataFrame:
    """The one table on the page that has this column."""
    [frame] = [d.value for d in at.dataframe if column in d.value.columns]
    return frame


def test_the_page_explains_an_empty_queue_and_the_rows_it_left_out(app: AppTest) -> None:
    at = open_page(app)
    assert not at.exception and not at.error
    assert at.title[0].value == "캠페인 트리거"
    assert [w.value for w in at.main.warning] == [f"{EXCLUDED}개 행을 제외했습니다. 나머지 행으로 계속합니다."]
    assert [i.value for i in at.info] == [
        "대기열이 비어 있습니다. '트리거 실행'을 누르면 기준을 넘은 제품의 캠페인이 여기에 쌓입니다."
    ]


def test_run_twice_then_generate_approve_and_export(app: AppTest, downloads: Downloads) -> None:
    at = open_page(app)
    at.button(key="triggers_run").click().run()
    assert not at.exception and not at.error
    assert [s.value for s in at.success] == ["대기열에 3개를 넣었습니다 (이미 있던 0개는 그대로)."]
    risk = table_with(at, "위험 %")
    assert len(risk) == 9
    assert sorted(risk.loc[risk["트리거"] != "—", "트리거"]) == ["유통기한 임박 재고", "판매 부진", "판매 부진"]
    assert len(at.get("plotly_chart")) == 1

    at.button(key="triggers_run").click().run()
    assert [s.value for s in at.success] == ["대기열에 0개를 넣었습니다 (이미 있던 3개는 그대로)."]

    at.button(key="triggers_generate").click().run()
    assert [s.value for s in at.success] == ["3개 메시지를 생성했습니다."]
    at.button(key="triggers_approve").click().run()
    assert not at.exception
    assert [s.value for s in at.success] == ["3개를 승인했습니다."]
    queue = table_with(at, "상태")
    assert list(queue["상태"]) == ["승인됨"] * 3 and all(queue["본문"].str.len() > 0)

    rows = list(csv.DictReader(io.StringIO(downloads.data(at, "triggers_export").decode("utf-8-sig"))))
    assert sorted(int(r["queue_id"]) for r in rows) == sorted(queue["ID"])
    assert {r["campaign"] for r in rows} == {"stock_trigger"}
    at.run()
    assert list(table_with(at, "상태")["상태"]) == ["내보냄"] * 3


def test_a_product_without_an_expiry_date_shows_a_dash_in_the_expiry_columns(catalog: Catalog) -> None:
    rows = [*steady("LNG-001", 400), *steady("LNG-006", 400, expiry=DAY + timedelta(days=7))]
    assessment = assess(
        load_inventory(pd.DataFrame(rows), catalog.products_by_id), DAY, trigger_config(backtest_origins=1)
    )
    shown = trigger_views.risk_table(assessment, catalog).set_index("제품")
    expiry = ["유통기한 전 못 팔 재고 %", "유통기한까지(일)"]
    no_expiry, short_dated = (
        shown.loc[f"{p.brand} {p.name}"] for p in map(catalog.products_by_id.get, ("LNG-001", "LNG-006"))
    )
    assert list(no_expiry[expiry]) == ["—", "—"]
    assert short_dated["유통기한까지(일)"] == "7" and not shown.isna().any().any()
