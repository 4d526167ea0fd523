"""network page (placeholder)."""

import streamlit as st

st.title("network")
