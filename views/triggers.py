"""캠페인 트리거: forecast demand from the inventory file, show each product's stock risk, queue the
campaigns that cross the threshold, and generate / approve / export the queued messages."""

import streamlit as st

from crm_core.errors import InvalidInput
from crm_core.triggers.inventory import Inventory
from crm_core.triggers.risk import trigger_config
from crm_core.triggers.service import TriggerDesk
from ui import explain, resources, trigger_views, widgets

INVENTORY_KEY = "triggers_inventory"
RUN_KEY = "triggers_last_run"
MAX_INVENTORY_MB = 20


def inventory_for(desk: TriggerDesk) -> Inventory | None:
    """The uploaded file (or the shipped sample) validated once per file; None when it cannot be read."""
    upload = st.session_state.get("triggers_upload")
    key = (upload.file_id if upload is not None else "sample", id(desk.catalog))
    cached = st.session_state.get(INVENTORY_KEY)
    if cached is None or cached[0] != key:
        try:
            source = (upload.getvalue(), upload.name) if upload is not None else (desk.sample_path, None)
            cached = (key, desk.load(*source))
        except InvalidInput as exc:
            st.error(f"재고 파일을 읽을 수 없습니다. {explain.sheet_problem(exc)}")
            widgets.details(str(exc))
            return None
        st.session_state[INVENTORY_KEY] = cached
    return cached[1]


widgets.css()
st.title("캠페인 트리거")
widgets.show_flash()
desk = TriggerDesk(resources.workbench())
st.caption(
    "재고·판매 이력으로 앞으로의 판매를 예측하고, 지금 재고 중 팔리지 않고 남을 비율(위험 %)이 기준을 넘는 "
    "제품의 캠페인을 대기열에 넣습니다. 같은 기준일을 다시 실행해도 이미 넣은 캠페인은 다시 넣지 않습니다."
)
st.file_uploader(
    f"재고·판매 파일 (CSV·XLSX, 최대 {MAX_INVENTORY_MB} MB; 비워 두면 예시 데이터) — 열: product_id, date, units_sold, "
    "stock_on_hand, received, expiry_date, promo",
    type=["csv", "xlsx"],
    key="triggers_upload",
    max_upload_size=MAX_INVENTORY_MB,
)
inventory = inventory_for(desk)
if inventory is not None and inventory.errors:
    st.warning(f"{len(inventory.errors)}개 행을 제외했습니다. 나머지 행으로 계속합니다.")
    st.dataframe(trigger_views.error_frame(inventory.errors), hide_index=True, width="stretch")
    widgets.details(*trigger_views.error_lines(inventory.errors))

if inventory is not None and not inventory.rows.empty:
    last_day = inventory.rows["date"].max().date()
    c1, c2, c3 = st.columns(3)
    day = c1.date_input("기준일", value=last_day, max_value=last_day, key="triggers_date")
    horizon = c2.number_input("예측 기간(일)", value=14, min_value=1, step=1, key="triggers_horizon")
    threshold = c3.number_input(
        "트리거 기준(위험 %)", value=12.0, min_value=0.1, max_value=100.0, step=1.0, key="triggers_threshold"
    )
    if st.button("트리거 실행", type="primary", key="triggers_run"):
        try:
            config = trigger_config(horizon=int(horizon), threshold_pct=float(threshold))
            with st.spinner("예측 모델을 비교하고 재고 위험을 계산하는 중…"):
                run = desk.run(inventory, day, config, resources.approver())
            st.session_state[RUN_KEY] = (run, inventory)
            widgets.flash(
                "success", f"대기열에 {len(run.queued)}개를 넣었습니다 (이미 있던 {len(run.already)}개는 그대로)."
            )
            st.rerun()
        except InvalidInput as exc:
            st.error(trigger_views.config_problem(exc))
            widgets.details(str(exc))

last = st.session_state.get(RUN_KEY)
if last is not None:
    run, run_inventory = last
    a = run.assessment
    st.subheader(f"{a.day} 재고 위험")
    m1, m2, m3 = st.columns(3)
    m1.metric("사용한 예측 모델", trigger_views.MODEL[a.model])
    m2.metric("트리거된 제품", len(a.triggered))
    m3.metric("분석한 제품", len(a.risks))
    with st.expander("예측 모델 비교 (최근 구간 백테스트; 지난주 같은 요일보다 나을 때만 학습 모델을 씁니다)"):
        st.dataframe(trigger_views.backtest_frame(a), hide_index=True, width="stretch")
    st.dataframe(trigger_views.risk_table(a, desk.catalog), hide_index=True, width="stretch")
    by_risk = sorted(a.risks, key=lambda r: -r.risk_pct)
    names = {r.product_id: desk.catalog.products_by_id[r.product_id].name for r in by_risk}
    if names:
        chosen = st.selectbox("차트로 볼 제품", list(names), format_func=names.get, key="triggers_product")
        risk = next(r for r in a.risks if r.product_id == chosen)
        figure = trigger_views.risk_chart(risk, run_inventory, a.config.threshold_pct, names[chosen])
        st.plotly_chart(figure, key="triggers_chart")

st.subheader("캠페인 대기열")
items = desk.items()
if not items:
    st.info("대기열이 비어 있습니다. '트리거 실행'을 누르면 기준을 넘은 제품의 캠페인이 여기에 쌓입니다.")
else:
    counts = {s: sum(i.status == s for i in items) for s in trigger_views.QUEUE_STATUS}
    for column, (status, label) in zip(st.columns(4), trigger_views.QUEUE_STATUS.items(), strict=True):
        column.metric(label, counts[status])
    st.dataframe(trigger_views.queue_frame(items, desk.catalog), hide_index=True, width="stretch")
    picked = st.multiselect(
        "대상 (비워 두면 해당 상태 전부)", [i.id for i in items], key="triggers_pick", placeholder="전체"
    )
    targets = set(picked) or {i.id for i in items}
    b1, b2, b3 = st.columns(3)
    if b1.button("메시지 생성", key="triggers_generate", disabled=not counts["pending"]):
        with st.spinner("대기 중인 캠페인의 메시지를 쓰는 중…"):
            done = desk.generate(targets, resources.approver())
        widgets.flash("success", f"{len(done)}개 메시지를 생성했습니다.")
        st.rerun()
    if b2.button("승인", key="triggers_approve", disabled=not counts["generated"]):
        step = desk.approve(sorted(targets), resources.approver())
        widgets.flash("success", f"{len(step.done)}개를 승인했습니다.")
        blocked = [row for row, reason in step.skipped if reason != "not generated"]
        if blocked:
            widgets.flash("warning", f"{len(blocked)}개는 차단·수정 필요로 승인하지 않았습니다 (ID {blocked}).")
        st.rerun()
    b3.download_button(
        f"승인된 {counts['approved']}개 내보내기 (CSV)",
        data=lambda: desk.export_csv(sorted(targets), resources.approver()),
        file_name="trigger-campaigns.csv",
        mime="text/csv",
        disabled=not counts["approved"] or resources.user() is None,
        help=resources.NAME_NEEDED if resources.user() is None else None,
        key="triggers_export",
    )
