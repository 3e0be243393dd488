"""'이 고객에게 맞는 제품': recommendations for the chosen persona or a custom profile, one click to use one."""

from __future__ import annotations

import streamlit as st

from crm_core.catalog import Catalog
from crm_core.domain import SKIN_TYPES
from crm_core.errors import CrmError
from crm_core.recommend import AGE_GROUPS, CONCERNS, RecommendationSet, custom_profile
from crm_core.workbench import Workbench

FLAG_TEXT = {
    "no_trained_model": "학습된 추천 모델이 없어 내용 기반 추천(제품 정보·리뷰 근거)으로 골랐습니다.",
    "model_data_changed": "추천 모델이 지금과 다른 카탈로그로 학습되었습니다. 다시 학습하면 더 정확해집니다.",
}
SOURCE = {"persona": "선택한 페르소나", "custom": "맞춤 프로필"}
TOP_K = 3


def use_product(key: str, brand: str, product: str) -> None:
    """Button callback: put the product into the brief form (runs before the form renders again)."""
    st.session_state[f"{key}_brand"] = brand
    st.session_state[f"{key}_product_search"] = ""
    st.session_state[f"{key}_product"] = product


def ask(wb: Workbench, key: str) -> RecommendationSet | None:
    source = st.radio("누구에게", list(SOURCE), format_func=SOURCE.__getitem__, horizontal=True, key=f"{key}_rec_src")
    only_brand = st.checkbox("선택한 브랜드 제품 중에서만", key=f"{key}_rec_brand_only")
    brand = st.session_state.get(f"{key}_brand") if only_brand else None
    try:
        if source == "persona":
            return wb.recommend(persona=st.session_state.get(f"{key}_persona", 0), brand=brand, k=TOP_K)
        c1, c2, c3 = st.columns([1, 1, 2])
        age = c1.selectbox("연령대", [None, *AGE_GROUPS], format_func=lambda a: a or "선택 안 함", key=f"{key}_rec_age")
        skin = c2.selectbox(
            "피부 타입", [None, *SKIN_TYPES], format_func=lambda s: s or "선택 안 함", key=f"{key}_rec_skin"
        )
        concerns = c3.multiselect("피부 고민", list(CONCERNS), key=f"{key}_rec_concerns", placeholder="고르세요")
        if age is None and skin is None and not concerns:
            st.info("연령대, 피부 타입, 피부 고민 중 하나 이상을 고르세요.")
            return None
        return wb.recommend(profile=custom_profile(age, skin, concerns), brand=brand, k=TOP_K)
    except CrmError as exc:
        st.error(f"추천할 수 없습니다: {exc}")
        return None


def recommend_panel(wb: Workbench, key: str) -> None:
    """An expander under the brief form; it computes only when switched on (the first call fits the recommender)."""
    with st.expander("이 고객에게 맞는 제품", expanded=False):
        if not st.toggle("제품 추천 보기", key=f"{key}_rec_on"):
            st.caption("켜면 선택한 페르소나나 맞춤 프로필에 맞는 제품을 리뷰 근거와 함께 보여 줍니다.")
            return
        recs = ask(wb, key)
        if recs is None:
            return
        for flag in recs.flags:
            st.warning(FLAG_TEXT.get(flag, "추천 결과에 확인이 필요한 표시가 있습니다."))
        for rank, item in enumerate(recs.items, start=1):
            left, right = st.columns([4, 1])
            left.markdown(f"**{rank}.**")
            left.text(f"{item.brand} · {item.name}  ({item.category}, {item.price:,}원)")
            left.text(" · ".join(item.reasons))
            for sentence in item.review_sentences:
                left.text(f"리뷰: “{sentence}”")
            right.button(
                "이 제품 사용",
                key=f"{key}_rec_use_{item.product_id}",
                on_click=use_product,
                args=(key, item.brand, item.name),
            )
        with st.expander("추천 방식 (상세)"):
            st.text(f"recommender={recs.recommender}; profile={recs.profile.key}; flags={', '.join(recs.flags) or '-'}")
            for note in recs.notes:
                st.text(note)


def product_map(catalog: Catalog) -> None:
    """The Data page's product–persona map, computed only when switched on."""
    import plotly.express as px

    from crm_core.recommend.projection import PERSONA, product_persona_map

    if not st.toggle("지도 보기", key="data_rec_map_on"):
        st.caption(
            "제품과 페르소나를 추천에 쓰는 특징(성분·효능·리뷰 표현)으로 2차원에 놓습니다. 가까울수록 비슷합니다."
        )
        return
    try:
        frame = product_persona_map(catalog)
    except (CrmError, ValueError) as exc:
        st.error(f"지도를 그릴 수 없습니다: {exc}")
        return
    frame["색"] = frame["category"].where(frame["kind"] != PERSONA, PERSONA)
    figure = px.scatter(frame, x="x", y="y", color="색", symbol="kind", hover_name="label", hover_data=["brand"])
    figure.update_layout(xaxis_title="축 1", yaxis_title="축 2", legend_title_text="분류")
    st.plotly_chart(figure, key="data_rec_map")
