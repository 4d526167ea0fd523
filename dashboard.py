"""Nashest dashboard: ``streamlit run dashboard.py``.

The entry file sets the page up, opens the store (seeding it with the bundled articles when empty), draws the
shared sidebar filters and hands over to the page chosen in ``st.navigation``.
"""

import streamlit as st

from ui import boot, data, filters

st.set_page_config(page_title="Nashest — meetings in Persian and Arabic news", page_icon=":material/handshake:",
                   layout="wide")

PAGES = [
    st.Page("pages/overview.py", title="Overview", icon=":material/dashboard:", default=True),
    st.Page("pages/timeline.py", title="Timeline", icon=":material/timeline:"),
    st.Page("pages/network.py", title="Network", icon=":material/hub:"),
    st.Page("pages/viewer.py", title="Source viewer", icon=":material/article:"),
    st.Page("pages/events.py", title="Events table", icon=":material/table:"),
]

page = st.navigation(PAGES)
st.sidebar.markdown("### Nashest · نشست")
filters.sidebar(data.events())
with boot.entry():
    page.run()
