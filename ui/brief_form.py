"""The Why–Who–What selectors shared by Compose and Compare; returns a Brief or shows why not."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

import streamlit as st
from pydantic import ValidationError

from crm_core.catalog import Catalog
from crm_core.channels import TEXT_CHANNELS
from crm_core.domain import Brief, Channel, ContextMode, EmojiPolicy, Honorific, SmsOverflow, Tone
from crm_core.domain.brief import KEY_MESSAGE_CHARS
from ui import explain, labels, widgets

# A text message has no button: its link goes in the text as typed (channels.text_link), UTM would not fit 90 bytes.
LINK_HELP = (
    "문자(SMS·LMS)에는 버튼이 없어 입력한 주소를 그대로 본문 끝(수신거부 줄 위)에 넣습니다. UTM을 붙이면 SMS "
    "90바이트를 넘으니 짧은 링크를 넣어 주세요. 링크까지 담으면 SMS는 대부분 LMS로 작성돼요. 푸시·카카오·이메일은 "
    "버튼에 연결합니다. 내보내기의 링크 열에는 채널별 UTM을 붙인 주소가 들어갑니다."
)
NO_LINK_NOTE = "문자 광고에 링크가 없어요. 고객이 바로 들어갈 주소가 있다면 '발송 정보'에 넣어 주세요."
EVENT_MODES = {"none": "이벤트 없음", "pick": "이벤트 지정", "any": "단계 이벤트 중 자동 선택"}


def why(catalog: Catalog, key: str) -> int:
    st.markdown("**Why · 퍼널 단계**")
    stage = st.selectbox(
        "단계",
        [s.index for s in catalog.stages],
        format_func=lambda i: labels.stage_option(catalog.stages[i]),
        key=f"{key}_stage",
    )
    goal = catalog.stages[stage]
    st.caption(f"목표: {goal.objective}  \n목표 상태: {goal.target_state}  \nCTA: {goal.cta_style}")
    return stage


def who(catalog: Catalog, key: str) -> int:
    st.markdown("**Who · 페르소나**")
    index = st.selectbox(
        "페르소나",
        [p.index for p in catalog.personas],
        format_func=lambda i: labels.persona_option(catalog.personas[i]),
        key=f"{key}_persona",
    )
    p = catalog.personas[index]
    st.caption(
        f"{p.age_min}–{p.age_max}세 · 피부 고민: {', '.join(p.skin_concerns)}  \n"
        f"쇼핑: {p.shopping_style}  \n가치: {p.value_focus}"
        + (f"  \n선호 브랜드: {', '.join(p.brand_pref)}" if p.brand_pref else "")
    )
    return index


def what(catalog: Catalog, key: str, stage: int) -> dict[str, Any]:
    st.markdown("**What · 브랜드 → 제품**")
    brand = st.selectbox("브랜드", [b.name for b in catalog.brands], key=f"{key}_brand")
    query = st.text_input("제품 검색", key=f"{key}_product_search", placeholder="이름 일부 (예: 크림)")
    products = [p.name for p in catalog.brand_products(brand)]
    shown = [name for name in products if query.strip().lower() in name.lower()] if query.strip() else products
    if not shown:
        st.warning(f"'{query}'와(과) 맞는 {brand} 제품이 없습니다. 전체 {len(products)}개 중에서 고르세요.")
        shown = products
    product = st.selectbox("제품", shown, key=f"{key}_product")
    style = st.selectbox(
        "스타일",
        [s.index for s in catalog.styles],
        format_func=lambda i: labels.style_option(catalog.styles[i]),
        key=f"{key}_style",
    )
    st.caption(catalog.styles[style].description)
    mode = st.radio(
        "이벤트", list(EVENT_MODES), format_func=EVENT_MODES.__getitem__, horizontal=True, key=f"{key}_event_mode"
    )
    out: dict[str, Any] = {"brand": brand, "product": product, "style_index": style, "is_event": mode != "none"}
    if mode == "pick":
        events = catalog.events_for(stage, brand, catalog.product(brand, product))
        if not events:
            st.warning("이 단계와 제품에 쓸 수 있는 이벤트가 없습니다.")
        else:
            by_id = {e.id: e for e in events}
            event_id = st.selectbox(
                "이벤트 선택",
                list(by_id),
                format_func=lambda i: f"{by_id[i].name} ({'프로모션' if by_id[i].is_promotion else '비프로모션'})",
                key=f"{key}_event",
            )
            st.caption(by_id[event_id].detail)
            out["event_id"] = event_id
    return out


def how(catalog: Catalog, key: str, *, variants: bool = True) -> dict[str, Any]:
    specs = {c.channel.value: c for c in catalog.channels}
    cols = st.columns(6 if variants else 4)
    channel = cols[0].selectbox(
        "채널",
        [c.value for c in Channel if c.value in specs],
        format_func=lambda c: labels.channel_option(specs[c]),
        key=f"{key}_channel",
    )
    tone = cols[1].selectbox(
        "톤", [None, *[t.value for t in Tone]], format_func=lambda t: t or labels.BRAND_VOICE_ONLY, key=f"{key}_tone"
    )
    honorific = cols[2].radio(
        "존댓말", [h.value for h in Honorific], format_func=labels.HONORIFIC.__getitem__, key=f"{key}_honorific"
    )
    emoji = cols[3].radio(
        "이모지", [e.value for e in EmojiPolicy], index=1, format_func=labels.EMOJI.__getitem__, key=f"{key}_emoji"
    )
    out: dict[str, Any] = {"channel": channel, "tone": tone, "honorific": honorific, "emoji": emoji}
    if channel == Channel.sms.value:
        out["sms_overflow"] = st.radio(
            "SMS 90바이트에 이유·혜택을 다 담을 수 없을 때",
            [o.value for o in SmsOverflow],
            format_func=labels.SMS_OVERFLOW.__getitem__,
            horizontal=True,
            key=f"{key}_sms_overflow",
            help="제품명 전체와 혜택(또는 이유)을 90바이트에 담을 수 없으면 LMS로 작성하고 표시합니다. "
            "이벤트 없는 광고 문자도 같습니다: 광고 표기와 수신거부를 빼면 제품명과 한 줄만 남기 때문입니다. "
            "SMS로 줄이면 혜택·이유를 먼저 덜어 내고, 그래도 넘치면 제품명 일부만 씁니다.",
        )
    out["key_message"] = st.text_input(
        "강조할 점 (선택)", key=f"{key}_key_message", max_chars=KEY_MESSAGE_CHARS,
        placeholder="예: 건조한 겨울에도 하루 종일 촉촉해요",
        help="문구 첫머리에 이 문장을 넣습니다. 가드가 문구와 똑같이 검사합니다.",
    )  # fmt: skip
    if variants:
        out["n"] = cols[4].number_input("변형 수", min_value=1, max_value=6, value=3, key=f"{key}_n")
        out["seed"] = cols[5].number_input("시드", min_value=0, max_value=2**31 - 1, value=7, key=f"{key}_seed")
    with st.expander("고급 설정"):
        c1, c2 = st.columns(2)
        out["context_mode"] = c1.selectbox(
            "근거 사용 (context mode)",
            [m.value for m in ContextMode],
            index=2,
            format_func=labels.CONTEXT_MODE.__getitem__,
            key=f"{key}_context",
        )
        out["top_k"] = c2.number_input("리뷰 근거 수 (top_k)", min_value=1, max_value=20, value=3, key=f"{key}_top_k")
        c3, c4, c5 = st.columns([2, 1, 1])
        out["informational"] = c3.checkbox(
            "정보성 알림",
            key=f"{key}_informational",
            help="주문·배송·예약·포인트 소멸·정책 안내처럼 거래에 필요한 정보만 담는 메시지입니다. "
            "표시하지 않으면 광고로 보내며 (광고) 표기, 발신자, 무료 수신거부가 붙습니다. "
            "정보성 알림에 혜택이나 구매 권유가 들어가면 가드가 막습니다.",
        )
        if c4.checkbox("발송 시각 지정", key=f"{key}_scheduled", help="야간(21시~08시) 광고 발송 규칙을 검사합니다."):
            day = c4.date_input("발송일", key=f"{key}_send_date")
            at = c5.time_input("발송 시각", value=time(10, 0), key=f"{key}_send_time")
            out["scheduled_at"] = datetime.combine(day, at)
    with st.expander("발송 정보 (내보내기에 들어갑니다)"):
        c1, c2, c3 = st.columns([3, 2, 2])
        out["link_url"] = (
            c1.text_input(
                "링크·버튼 URL", key=f"{key}_link_url", placeholder="https://… (짧은 링크 권장)", help=LINK_HELP
            ).strip()
            or None
        )
        out["campaign_id"] = c2.text_input("캠페인 ID", key=f"{key}_campaign_id").strip() or None
        out["kakao_template_code"] = (
            c3.text_input(
                "알림톡 템플릿 코드",
                key=f"{key}_kakao_template",
                help="카카오에 등록한 알림톡 템플릿 코드 (알림톡만 필요)",
            ).strip()
            or None
        )
    if channel in TEXT_CHANNELS and not out["link_url"] and not out.get("informational"):
        st.caption(NO_LINK_NOTE)
    return out


def brief_form(catalog: Catalog, key: str, *, variants: bool = True) -> Brief | None:
    """Why | Who | What in three columns, How below; the Brief, or None after an st.error naming the field."""
    c_why, c_who, c_what = st.columns(3, gap="medium")
    with c_why:
        stage = why(catalog, key)
    with c_who:
        persona = who(catalog, key)
    with c_what:
        what_values = what(catalog, key, stage)
    st.markdown("**How · 채널과 말투**")
    how_values = how(catalog, key, variants=variants)
    try:
        return Brief(persona=persona, stage_index=stage, **what_values, **how_values)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(map(str, err["loc"]))
        st.error(f"브리프가 올바르지 않습니다: '{explain.FIELD.get(field, field)}' 값을 확인하세요.")
        widgets.details(f"{field}: {err['msg']}")
        return None
