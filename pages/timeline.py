"""timeline page (placeholder)."""

import streamlit as st

st.title("timeline")
