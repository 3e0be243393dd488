"""data"""

import streamlit as st

st.title("data")
st.info("준비 중")
