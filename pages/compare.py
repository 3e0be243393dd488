"""compare"""

import streamlit as st

st.title("compare")
st.info("준비 중")
