"""batch"""

import streamlit as st

st.title("batch")
st.info("준비 중")
