"""CRM Message Workbench: the router. Every page lives in views/; the sidebar shows what runs."""

import streamlit as st

from ui import chrome, login, resources, sidebar

st.set_page_config(page_title="CRM 메시지 워크벤치", page_icon="✉️", layout="wide")
chrome.korean_widgets()  # the uploader's and the Stop button's built-in English, in Korean
login.gate()  # only when a password hash is configured (team deployments)
resources.start_building()  # catalog, indexes, rules: in the background, so the first page draws at once

page = st.navigation(
    {
        "작성": [
            st.Page("views/compose.py", title="메시지 작성", icon="✍️", default=True),
            st.Page("views/compare.py", title="변형 비교", icon="🆚"),
            st.Page("views/batch.py", title="일괄 생성", icon="📦"),
            st.Page("views/triggers.py", title="캠페인 트리거", icon="📉"),
        ],
        "관리": [
            st.Page("views/approved.py", title="승인·내보내기", icon="✅"),
            st.Page("views/timing.py", title="생성 시간", icon="⏱️"),
            st.Page("views/data.py", title="데이터", icon="🗂️"),
            st.Page("views/models.py", title="모델", icon="🧠"),
        ],
    }
)
sidebar.render()
page.run()
resources.start_background_work()  # after the page is drawn: device name, first-generate caches
