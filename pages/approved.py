"""approved"""

import streamlit as st

st.title("approved")
st.info("준비 중")
