"""Timeline: summits by forum and bilateral meetings on a date axis; click or pick an event to see its card.

A selection can be injected (a test, a link): preset the chart's state ``st.session_state["tl_chart"]`` (a
plotly selection whose points carry ``customdata`` = event_id), or put an event_id in
``st.session_state["tl_selected"]`` (read once, then it becomes the picker's value).
"""

import pandas as pd
import streamlit as st

from ui import boot, data, describe, filters, timeline_fig
from ui.downloads import chart_downloads

boot.through_entry()


@st.cache_resource(show_spinner=False, max_entries=4)  # no per-rerun copy of 10k labels (see ui/data.py)
def _views(path: str, stamp: str, n: int, _events: pd.DataFrame) -> pd.DataFrame:
    """Hover text and title of every stored event, table row of the undated, once per store version."""
    undated = _events[_events["date"].isna()]
    return timeline_fig.labels(_events).join(describe.table(undated).set_axis(undated.index))


st.title("Timeline")
st.caption("Summits in one lane per forum, bilateral meetings below; lines join a summit to its sideline "
           "meetings. Marker size grows with the number of countries. Click a point for its details.")

stamp = data.version()
everything = data.events()
events = filters.apply(everything, filters.current())
views = _views(data.store_path(), stamp, len(everything), everything).loc[events.index]
if events.empty:
    st.info("No event matches the filters — widen the date range or clear a filter in the sidebar.")
    st.stop()

undated = timeline_fig.split(events)[1]
fig = timeline_fig.figure(events, views["hover"])
chosen = st.plotly_chart(fig, on_select="rerun", selection_mode="points", key="tl_chart", width="stretch")
chart_downloads(fig, "nashest-timeline", key="tl_dl")

ids = events["event_id"].tolist()
clicked, injected = timeline_fig.picked(chosen, ids), st.session_state.pop("tl_selected", None)
if clicked and clicked != st.session_state.get("tl_clicked"):  # a new click wins over the picker
    st.session_state.tl_clicked = st.session_state.tl_pick = clicked
elif injected in ids:
    st.session_state.tl_pick = injected
if st.session_state.get("tl_pick") not in ids:
    st.session_state.tl_pick = None

left, right = st.columns([3, 2])
with left:
    titles = dict(zip(ids, views["label"], strict=True))
    pick = st.selectbox("Event", ids, index=None, format_func=titles.get, key="tl_pick",
                        placeholder="Click a point, or choose an event here")
    if pick:
        row = events.loc[events["event_id"] == pick].iloc[0]
        describe.event_card(row)
        if row["kind"] == "multilateral":  # its sidelines whatever the filters: they belong to the summit
            side = timeline_fig.sidelines(everything, pick)
            st.markdown(f"**Bilateral meetings on its sidelines ({len(side)})**")
            if side.empty:
                st.caption("None reported in the same article.")
            for _, b in side.iterrows():
                describe.event_card(b)
        elif describe.text(row["summit_id"]):
            summit = everything[everything["event_id"] == row["summit_id"]]
            st.caption("On the sidelines of: " + " ".join(timeline_fig.titles(summit)))
with right:
    st.markdown(f"**{len(undated)} undated event{'s' if len(undated) != 1 else ''} not on the axis**")
    if not undated.empty:
        cols = ["kind", "country_names", "forum", "city", "officials", "article"]
        st.dataframe(views.loc[undated.index, cols], hide_index=True, width="stretch", key="tl_undated")
