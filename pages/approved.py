"""승인·내보내기: filter approved messages, edit or unapprove one, download the CSV for the sending system."""

from datetime import date

import streamlit as st

from crm_core.errors import InvalidInput
from crm_core.store import VariantFilter
from ui import labels, render, resources, widgets

widgets.css()
st.title("승인·내보내기")
widgets.show_flash()
wb = resources.workbench()
catalog = wb.pipeline.catalog

c1, c2, c3, c4 = st.columns(4)
brands = c1.multiselect("브랜드", [b.name for b in catalog.brands], key="approved_brand", placeholder="전체")
channels = c2.multiselect(
    "채널", [c.channel.value for c in catalog.channels], key="approved_channel", placeholder="전체"
)
stages = c3.multiselect(
    "단계", [s.index for s in catalog.stages], format_func=lambda i: labels.stage_option(catalog.stages[i]),
    key="approved_stage", placeholder="전체",
)  # fmt: skip
personas = c4.multiselect(
    "페르소나", [p.index for p in catalog.personas],
    format_func=lambda i: labels.persona_option(catalog.personas[i]), key="approved_persona", placeholder="전체",
)  # fmt: skip
c5, c6 = st.columns([1, 3])
period = c5.date_input("승인일 (기간)", value=(), key="approved_period")
text = c6.text_input("문구 검색", key="approved_text", placeholder="제목·본문·CTA·제품명")
since, until = (*period, None, None)[:2]
try:
    filters = VariantFilter(
        brand=brands, channel=channels, stage=stages, persona=personas, since=since, until=until, text=text or None
    )
except InvalidInput as exc:
    st.error(f"필터가 올바르지 않습니다: {exc}")
    st.stop()

frame = wb.approved_frame(filters)
if frame.empty:
    st.info(
        "조건에 맞는 승인된 메시지가 없습니다. "
        "'메시지 작성'·'변형 비교'·'일괄 생성'에서 메시지를 승인하면 여기에 모입니다."
    )
    st.stop()

st.markdown(f"**승인된 메시지 {len(frame)}개** — 내보내기에는 승인한 시점의 문구가 그대로 나갑니다.")
warned = frame[frame["send_warnings"] != ""]
for warning, text in labels.SEND_WARNING.items():
    hits = int(warned["send_warnings"].str.contains(warning, regex=False).sum())
    if hits:
        st.warning(f"{hits}개: {text}")
st.dataframe(labels.export_table(frame), hide_index=True, width="stretch")
today = f"{date.today():%Y%m%d}"
c1, c2 = st.columns(2)
c1.download_button(
    f"CSV 내려받기 ({len(frame)}개, UTF-8 BOM)",
    data=lambda: wb.export_csv(filters, user=resources.user()),
    file_name=f"approved-messages-{today}.csv",
    mime="text/csv",
    type="primary",
    key="approved_download",
)
c2.download_button(
    f"엑셀 내려받기 ({len(frame)}개, xlsx)",
    data=lambda: wb.export_xlsx(filters, user=resources.user()),
    file_name=f"approved-messages-{today}.xlsx",
    mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    key="approved_download_xlsx",
)
st.caption("파일의 열 이름은 발송 시스템용 코드입니다. 페르소나·단계·스타일은 한국어 이름, 코드는 옆 열에 있습니다.")

st.divider()
st.subheader("한 건 관리")
views = {v.id: v for v in wb.approved(filters)}
picked = st.selectbox(
    "메시지", list(views), format_func=lambda i: f"#{i} · {views[i].brand} · {views[i].title}", key="approved_pick"
)
view = views[picked]
widgets.variant_card(view, wb.result(view.id), view.variant_index + 1, "approved")
with st.expander("결정·수정 기록"):
    for entry in wb.history(view.id):
        reason = f" — {render.plain(entry.reason)}" if entry.reason else ""
        action = labels.ACTION.get(entry.action, entry.action)
        st.markdown(f"{labels.kst(entry.at)} **{action}** 수정본 {entry.revision} · {render.plain(entry.user)}{reason}")
