"""Pieces of the 캠페인 트리거 page: Korean labels, the risk table, the per-product chart, the queue table."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

from crm_core.catalog import Catalog
from crm_core.errors import InvalidInput
from crm_core.store import QueueItem
from crm_core.triggers.inventory import Inventory, RowError
from crm_core.triggers.risk import Assessment, ProductRisk
from ui import explain, labels

KIND = {"overstock": "과잉 재고", "slow_mover": "판매 부진", "short_dated": "유통기한 임박 재고"}
QUEUE_STATUS = {"pending": "생성 대기", "generated": "생성됨", "approved": "승인됨", "exported": "내보냄"}
MODEL = {
    "naive": "전일 반복",
    "seasonal_naive": "지난주 같은 요일",
    "moving_average": "4주 평균",
    "gradient_boosting": "그래디언트 부스팅",
}
HISTORY_DAYS = 56


def risk_frame(assessment: Assessment, catalog: Catalog) -> pd.DataFrame:
    """One row per product: stock, expected sales, the two risk ratios and the trigger."""
    products = catalog.products_by_id
    rows = []
    for r in sorted(assessment.risks, key=lambda r: -r.risk_pct):
        product = products[r.product_id]
        rows.append({
            "제품": f"{product.brand} {product.name}",
            "현재 재고": r.stock,
            f"예상 판매({assessment.config.sell_through_days}일)": round(r.expected_sales),
            "남을 재고 %": round(r.excess_pct, 1),
            "유통기한 전 못 팔 재고 %": None if r.expiry_pct is None else round(r.expiry_pct, 1),
            "유통기한까지(일)": r.days_to_expiry,
            "위험 %": round(r.risk_pct, 1),
            "트리거": KIND.get(r.kind or "", "—"),
        })  # fmt: skip
    return pd.DataFrame(rows)


def risk_table(assessment: Assessment, catalog: Catalog) -> pd.DataFrame:
    """The risk frame as shown: a product without an expiry date gets a dash in the expiry columns.

    The grid draws a missing number as the word None whatever a Styler's na_rep says, so those two
    columns are handed over as text."""
    frame = risk_frame(assessment, catalog)
    for column, shape in (("유통기한 전 못 팔 재고 %", "{:.1f}"), ("유통기한까지(일)", "{:.0f}")):
        frame[column] = ["—" if pd.isna(v) else shape.format(v) for v in frame[column]]
    return frame


def backtest_frame(assessment: Assessment) -> pd.DataFrame:
    return pd.DataFrame(
        [{"모델": MODEL[s.model], "WAPE %": s.wape, "MAPE %": s.mape, "평가 지점": s.points} for s in assessment.scores]
    )


def error_frame(errors: Sequence[RowError]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "행": [e.row if e.row is not None else "파일" for e in errors],
            "필드": [e.field for e in errors],
            "제품": [e.product_id or "" for e in errors],
            "문제": [explain.row_problem(e.field) for e in errors],
        }
    )


CONFIG_PROBLEM = {
    "horizon": "예측 기간(일)은 1 이상의 정수로 입력하세요.",
    "threshold_pct": "트리거 기준(위험 %)은 0보다 크고 100 이하인 값으로 입력하세요.",
    "send_window": "발송 시간은 08:00–21:00 사이여야 합니다 (야간 광고는 별도 수신 동의가 필요합니다).",
}


def config_problem(exc: InvalidInput) -> str:
    """A refused trigger setting in Korean, naming the setting and the values it takes."""
    return CONFIG_PROBLEM.get(exc.field, f"설정을 확인하세요. {explain.error(exc)}")


def error_lines(errors: Sequence[RowError]) -> list[str]:
    """crm_core's exact messages (allowed values and all), for the details expander."""
    return [f"{e.row if e.row is not None else '파일'} · {e.field}: {e.message}" for e in errors]


def risk_chart(risk: ProductRisk, inventory: Inventory, threshold_pct: float, title: str) -> go.Figure:
    """Recent daily sales, the forecast with its 80 % band, stock on hand, and the stock level that triggers."""
    history = inventory.history(risk.product_id).iloc[-HISTORY_DAYS:]
    future = pd.date_range(pd.Timestamp(risk.day) + pd.Timedelta(days=1), periods=len(risk.forecast), freq="D")
    trigger_stock = risk.expected_sales / (1 - threshold_pct / 100)
    fig = go.Figure()
    fig.add_scatter(x=history.index, y=history["units_sold"], name="판매량", mode="lines")
    fig.add_scatter(x=future, y=list(risk.upper), name="예측 상단(80%)", mode="lines", line={"width": 0})
    fig.add_scatter(
        x=future, y=list(risk.lower), name="예측 하단(80%)", mode="lines", line={"width": 0}, fill="tonexty"
    )
    fig.add_scatter(x=future, y=list(risk.forecast), name=f"예측 ({MODEL[risk.model]})", mode="lines")
    fig.add_scatter(
        x=history.index, y=history["stock_on_hand"], name="재고", mode="lines", yaxis="y2", line={"dash": "dot"}
    )
    fig.add_hline(
        y=trigger_stock, yref="y2", line_dash="dash", line_color="red",
        annotation_text=f"이 재고를 넘으면 트리거 (기준 {threshold_pct:g}%)",
    )  # fmt: skip
    fig.update_layout(
        title=title, yaxis={"title": "일 판매량"}, yaxis2={"title": "재고", "overlaying": "y", "side": "right"},
        legend={"orientation": "h"}, margin={"t": 60, "b": 20},
    )  # fmt: skip
    return fig


def queue_frame(items: Sequence[QueueItem], catalog: Catalog) -> pd.DataFrame:
    """The queue as the marketer reads it; copy is shown as plain text cells."""
    products = catalog.products_by_id
    return pd.DataFrame(
        [
            {
                "ID": i.id,
                "기준일": q.day.isoformat(),
                "제품": products[q.product_id].name if q.product_id in products else q.product_id,
                "채널": q.channel,
                "트리거": KIND.get(q.kind, q.kind),
                "상태": QUEUE_STATUS[i.status],
                "발송 예정": f"{q.scheduled_at:%m-%d %H:%M}" if q.scheduled_at else "",
                "판정": labels.VERDICT.get(i.verdict, ""),
                "제목": i.title,
                "본문": i.body,
            }
            for i in items
            for q in [i.request]
        ]
    )
