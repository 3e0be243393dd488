"""승인·내보내기: filter approved messages, edit or unapprove one, download the CSV for the sending system."""

from datetime import date

import streamlit as st

from crm_core.errors import InvalidInput
from crm_core.store import VariantFilter
from ui import labels, render, resources, widgets


def sender_details() -> None:
    """The sender details every export row goes out with, and who sets them (the admin, in the settings)."""
    settings = resources.settings()
    with st.expander("발신 정보 (설정에서 읽음)"):
        st.text(
            f"발신자 이름: {settings.sender_name or '(비어 있음: 브랜드 이름을 씁니다)'}\n"
            f"발신번호: {settings.sender_number or '(설정되지 않음)'}\n"
            f"무료수신거부 번호: {settings.opt_out_number or '(설정되지 않음)'}"
        )
        st.caption(
            "관리자가 설정 파일(crm.toml)의 sender_name · sender_number · opt_out_number 또는 같은 이름의 "
            "CRM_ 환경 변수로 정합니다. 바꾼 번호는 그 뒤에 생성한 문구부터 들어갑니다."
        )


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
sender_details()
placeholder_rows = sum(any(k in w for k in labels.SENDER_WARNINGS) for w in warned["send_warnings"])
ready = True
if placeholder_rows:
    st.error(
        f"발신 정보가 기본값이거나 비어 있어 {placeholder_rows}개 메시지는 이대로 발송할 수 없습니다. "
        "관리자에게 실제 발신번호·수신거부 번호 설정을 요청하세요. "
        "내려받은 파일의 '발송 전 확인'(send_warnings) 열에도 표시됩니다."
    )
    ready = st.checkbox("발송용이 아닌 시험용 파일로 내려받겠습니다", key="approved_test_export")
who = resources.user()
if who is None:
    st.warning("내보내기는 기록에 남습니다. 사이드바에 내 이름을 먼저 입력하세요.")
today = f"{date.today():%Y%m%d}"
c1, c2 = st.columns(2)
c1.download_button(
    f"CSV 내려받기 ({len(frame)}개, UTF-8 BOM)",
    data=lambda: wb.export_csv(filters, user=who),
    file_name=f"approved-messages-{today}.csv",
    mime="text/csv",
    type="primary",
    key="approved_download",
    disabled=not ready or who is None,
)
c2.download_button(
    f"엑셀 내려받기 ({len(frame)}개, xlsx)",
    data=lambda: wb.export_xlsx(filters, user=who),
    file_name=f"approved-messages-{today}.xlsx",
    mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    key="approved_download_xlsx",
    disabled=not ready or who is None,
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
