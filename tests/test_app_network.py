"""Network page on the seeded store: chart, centrality table, node and edge drill-downs, minimum weight, deep link.

Facts of the five seeds: Iran takes part in 12 of the 13 events and meets Russia in 5 of them (3 bilaterals and 2
multilaterals); Kazakhstan and Kyrgyzstan each share one event with Iran and nobody else.
"""

from __future__ import annotations

import json

PAGE = "pages/network.py"


def spec(at) -> dict:
    charts = at.get("plotly_chart")
    assert len(charts) == 1
    return json.loads(charts[0].proto.spec)


def custom(at) -> set[str]:
    return {c for trace in spec(at)["data"] for c in trace.get("customdata") or []}


def table(at):
    return next(d.value for d in at.dataframe if "betweenness" in d.value.columns)


def titles(at) -> list[str]:
    return [m.value for m in at.markdown if m.value.startswith("**")]


def test_chart_has_clickable_nodes_and_edges(app):
    at = app(PAGE)
    data = custom(at)
    assert {"node:IRN", "node:RUS", "node:KAZ", "edge:IRN|RUS", "edge:IRN|KAZ", "edge:RUS|SYR"} <= data
    assert not [s for s in at.subheader if s.value.startswith("Meetings")]  # nothing selected yet


def test_centrality_table_has_iran_first(app):
    rows = table(app(PAGE)).set_index("country")
    assert rows.index[0] == "IRN"
    assert rows.loc["IRN", "name"] == "Iran"
    assert rows.loc["IRN", "events"] == 12
    assert rows.loc["IRN", "degree"] == 7
    assert rows.loc["IRN", "betweenness"] > rows.loc["RUS", "betweenness"] > 0
    assert rows.loc["KAZ", "betweenness"] == 0


def test_node_selection_lists_irans_meetings_and_partners(app):
    at = app(PAGE, nw_selected="node:IRN")
    assert "Meetings of Iran" in [s.value for s in at.subheader]
    cards = titles(at)
    assert len(cards) == 12 and all("Iran" in t for t in cards)
    partners = next(d.value for d in at.dataframe if "partner" in d.value.columns)
    assert partners.iloc[0].to_dict() == {"partner": "Russia", "events": 5}
    assert at.selectbox(key="nw_country").value == "IRN"
    nodes = next(t for t in spec(at)["data"] if t.get("name") == "countries")
    faded = {c for c, o in zip(nodes["customdata"], nodes["marker"]["opacity"], strict=True) if o < 1}
    assert faded == set()  # Iran meets every country in the seeds: nobody is dimmed


def test_neighbourhood_of_syria_dims_the_rest(app):
    at = app(PAGE, nw_selected="node:SYR")
    assert "Meetings of Syria" in [s.value for s in at.subheader]
    nodes = next(t for t in spec(at)["data"] if t.get("name") == "countries")
    lit = {c for c, o in zip(nodes["customdata"], nodes["marker"]["opacity"], strict=True) if o == 1}
    assert lit == {"node:SYR", "node:RUS", "node:IRN"}


def test_edge_selection_lists_the_meetings_behind_it(app):
    at = app(PAGE, nw_selected="edge:RUS|IRN")
    assert "Meetings between Iran and Russia" in [s.value for s in at.subheader]
    cards = titles(at)
    assert len(cards) == 5
    assert all("Iran" in t and "Russia" in t for t in cards)
    assert at.selectbox(key="nw_edge").value == "IRN|RUS"


def test_min_weight_drops_light_edges(app):
    at = app(PAGE, nw_min_weight=2)
    data = custom(at)
    assert "edge:IRN|RUS" in data and "edge:IRN|SRB" in data
    assert "edge:IRN|KAZ" not in data and "node:KAZ" not in data and "node:KGZ" not in data
    assert "KAZ" not in set(table(at)["country"])


def test_too_high_min_weight_is_clamped(app):
    at = app(PAGE, nw_min_weight=99)
    assert at.slider(key="nw_min_weight").value == 5
    assert custom(at) >= {"edge:IRN|RUS"}


def test_deep_link_selects_the_country(app):
    # The sidebar's URL-bound country filter writes its labels into the URL ("Russia (RUS)"); it also filters.
    at = app(PAGE, query={"country": "Russia (RUS)"})
    assert "Meetings of Russia" in [s.value for s in at.subheader]
    assert at.session_state["country"] == ["RUS"]


def test_plain_deep_link_when_the_sidebar_is_not_bound(app, monkeypatch):
    monkeypatch.setenv("NASHEST_NO_BIND", "1")
    at = app(PAGE, query={"country": "SYR"})
    assert "Meetings of Syria" in [s.value for s in at.subheader]


def test_unknown_selection_is_ignored(app):
    at = app(PAGE, nw_selected="node:ATA")
    assert not [s for s in at.subheader if s.value.startswith("Meetings")]
    assert custom(at)


def test_downloads_are_offered(app):
    labels = {b.label for b in app(PAGE).get("download_button")}
    assert {"GEXF", "GraphML", "Edges CSV", "HTML"} <= labels


def test_no_events_gives_a_message(app):
    at = app(PAGE, kind=["multilateral"], lang=["ar"], country=["KAZ"])
    assert [i.value for i in at.info] == ["No two countries share an event under these filters."]
    assert not at.get("plotly_chart")
