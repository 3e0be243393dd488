"""timing"""

import streamlit as st

st.title("timing")
st.info("준비 중")
