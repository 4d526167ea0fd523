"""Network: which countries meet which, and the meetings behind a country or a link.

One selection drives the drill-down: ``st.session_state["nw_selected"]`` = ``"node:IRN"`` or ``"edge:IRN|RUS"``.
A chart click, the two selectboxes, a deep link ``?country=IRN`` or ``?country=Iran (IRN)`` (the sidebar
filter's own URL form; first visit only) and tests presetting session state all set it. The chart reports clicks
through a callback: its identity includes its figure, so redrawing it highlighted starts a fresh chart and the
click has to be kept here.
"""

import pandas as pd
import streamlit as st

from core import graph
from core.labels import country_name
from ui import boot, data, describe, filters
from ui.downloads import chart_downloads
from ui.network_fig import country_param, network_figure, normalise, parse, picked

boot.through_entry()

MAX_CARDS = 20


@st.cache_data(show_spinner="Laying the network out …", max_entries=16)
def _analysis(nodes: tuple, edges: tuple) -> tuple[dict, dict, pd.DataFrame]:
    h = graph.from_skeleton(nodes, edges)
    return graph.layout(h), graph.communities(h), pd.DataFrame(graph.centrality(h))


def _clicked() -> None:
    st.session_state.nw_selected = picked(st.session_state.get("nw_chart")) or st.session_state.get("nw_selected")


def _chose(key: str, kind: str) -> None:
    st.session_state.nw_selected = f"{kind}:{st.session_state[key]}" if st.session_state.get(key) else None


def _cards(rows: pd.DataFrame) -> None:
    for _, row in rows.head(MAX_CARDS).iterrows():
        describe.event_card(row)
    if len(rows) > MAX_CARDS:
        st.caption(f"{MAX_CARDS} of {len(rows)} shown; the Events table page lists them all.")


st.title("Network")
st.caption("Countries in the same event are linked; a line is as wide as their shared events, colours are "
           "communities. Click a country, or the faint dot in the middle of a line.")
events = filters.apply(data.events(), filters.current())
full = graph.build(zip(events["event_id"], events["countries"], strict=True))
if full.number_of_edges() == 0:
    st.info("No two countries share an event under these filters.")
    st.stop()

top = max(2, max(w for *_, w in full.edges(data="weight")))
st.session_state.nw_min_weight = min(st.session_state.get("nw_min_weight", graph.readable_weight(full)), top)
g = graph.min_weight(full, st.slider("Minimum shared events per link", 1, top, key="nw_min_weight"))
pos, groups, table = _analysis(*graph.skeleton(g))

if "nw_selected" not in st.session_state and (linked := country_param(st.query_params.get_all("country"))):
    st.session_state.nw_selected = f"node:{linked}"
chosen = normalise(full, st.session_state.get("nw_selected"))
kind, ends = parse(chosen) or (None, ())
links = [graph.edge_key(u, v) for u, v, _ in sorted(g.edges(data="weight"), key=lambda e: -e[2])]
st.session_state.nw_country = ends[0] if kind == "node" else None
st.session_state.nw_edge = "|".join(ends) if kind == "edge" and "|".join(ends) in links else None

fig = network_figure(g, pos, groups, chosen)
st.plotly_chart(fig, on_select=_clicked, selection_mode="points", key="nw_chart")
left, mid, right = st.columns([2, 3, 1], vertical_alignment="bottom")
left.selectbox("Country", sorted(full.nodes, key=country_name), index=None, key="nw_country",
               format_func=lambda c: f"{country_name(c)} ({c})", on_change=_chose, args=("nw_country", "node"))
mid.selectbox("Link", links, index=None, key="nw_edge", on_change=_chose, args=("nw_edge", "edge"),
              format_func=lambda k: f"{describe.countries_label(k.split('|'))} ({full.edges[k.split('|')]['weight']})")
right.button("Clear selection", key="nw_clear", on_click=lambda: st.session_state.update(nw_selected=None))

if kind == "node":
    st.subheader(f"Meetings of {country_name(ends[0])}")
    partners = pd.DataFrame(graph.partners(full, ends[0]), columns=["partner", "events"])
    st.dataframe(partners.assign(partner=partners["partner"].map(country_name)), hide_index=True)
    _cards(events[events["countries"].map(lambda cs: ends[0] in cs)])
elif kind == "edge":
    st.subheader(f"Meetings between {country_name(ends[0])} and {country_name(ends[1])}")
    _cards(events[events["event_id"].isin(full.edges[ends]["event_ids"])])

st.subheader("Who is central")
st.caption("Degree: partners; weighted degree: shared events; betweenness: how often a country lies on the "
           "shortest paths between others (heavier links are shorter).")
st.dataframe(table, hide_index=True, width="stretch")
cols = st.columns(3)
for col, (label, fmt, mime, make) in zip(cols, [("GEXF", "gexf", "application/xml", graph.gexf),
                                               ("GraphML", "graphml", "application/xml", graph.graphml),
                                               ("Edges CSV", "csv", "text/csv", graph.edges_csv)], strict=True):
    col.download_button(label, data=lambda make=make: make(g), file_name=f"nashest-network.{fmt}", mime=mime,
                        key=f"nw_{fmt}", icon=":material/download:", on_click="ignore")
chart_downloads(fig, "nashest-network", key="nw_dl")
