"""viewer page (placeholder)."""

import streamlit as st

st.title("viewer")
