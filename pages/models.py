"""models"""

import streamlit as st

st.title("models")
st.info("준비 중")
