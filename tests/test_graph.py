"""The co-occurrence network: weights, filters, centrality, a stable layout, communities and exports."""

from __future__ import annotations

import csv
import io

import networkx as nx
import pytest

from core import graph

THREE = [("e1", ["IRN", "RUS"]), ("e2", ["RUS", "IRN"]), ("e3", ["CHN", "IRN", "RUS"])]
STAR = THREE + [("e4", ["IRN", "KAZ"]), ("e5", ["SYR", "RUS"]), ("e6", ["IRN"])]


@pytest.mark.parametrize(("events", "edge", "weight", "ids"), [
    (THREE, ("IRN", "RUS"), 3, ["e1", "e2", "e3"]),
    (THREE, ("CHN", "IRN"), 1, ["e3"]),
    (THREE, ("RUS", "CHN"), 1, ["e3"]),
    ([("e1", ["IRN", "IRN", "RUS"])], ("IRN", "RUS"), 1, ["e1"]),  # a country named twice counts once
    ([(7, ("IRN", "RUS")), (8, ["RUS", "IRN"])], ("IRN", "RUS"), 2, ["7", "8"]),  # ids as text, tuples welcome
])
def test_edge_weight_counts_shared_events(events, edge, weight, ids):
    g = graph.build(events)
    assert g.edges[edge]["weight"] == weight
    assert g.edges[edge]["event_ids"] == ids


@pytest.mark.parametrize(("events", "nodes", "edges"), [
    ([], [], 0),
    ([("e1", ["IRN"])], ["IRN"], 0),  # one country: a node, no edge
    ([("e1", None), ("e2", []), ("e3", float("nan"))], [], 0),  # missing countries are no countries
    (STAR, ["CHN", "IRN", "KAZ", "RUS", "SYR"], 5),
])
def test_nodes_and_edges(events, nodes, edges):
    g = graph.build(events)
    assert sorted(g.nodes) == nodes
    assert g.number_of_edges() == edges


def test_nodes_carry_english_names_and_event_counts():
    g = graph.build(STAR)
    assert dict(g.nodes["IRN"]) == {"label": "Iran", "events": 5}  # e6 (Iran alone) counts too
    assert g.nodes["SYR"]["label"] == "Syria"


@pytest.mark.parametrize(("weight", "edges", "nodes"), [
    (1, 5, 5),
    (2, 1, 2),  # only IRN-RUS (3) survives; CHN, KAZ, SYR lose their links and go
    (3, 1, 2),
    (4, 0, 0),
])
def test_min_weight_drops_light_edges(weight, edges, nodes):
    g = graph.min_weight(graph.build(STAR), weight)
    assert (g.number_of_edges(), g.number_of_nodes()) == (edges, nodes)
    assert all(d["weight"] >= weight for *_, d in g.edges(data=True))


def test_min_weight_leaves_the_input_alone():
    g = graph.build(STAR)
    graph.min_weight(g, 3)
    assert g.number_of_edges() == 5


def test_centrality_table():
    rows = {r["country"]: r for r in graph.centrality(graph.build(STAR))}
    assert rows["IRN"]["degree"] == 3 and rows["RUS"]["degree"] == 3
    assert rows["IRN"]["weighted_degree"] == 5  # RUS 3 + CHN 1 + KAZ 1
    assert rows["IRN"]["name"] == "Iran" and rows["IRN"]["events"] == 5
    assert rows["KAZ"]["betweenness"] == 0.0 and rows["SYR"]["betweenness"] == 0.0
    assert rows["IRN"]["betweenness"] > 0 and rows["RUS"]["betweenness"] > 0


def test_betweenness_uses_distance_one_over_weight():
    # A-B-C heavy (10 each) versus A-D-C light (1 each): heavy links are short, so B lies between A and C.
    g = graph.build([(f"ab{i}", ["AAA", "BBB"]) for i in range(10)] + [(f"bc{i}", ["BBB", "CCC"]) for i in range(10)]
                    + [("ad", ["AAA", "DDD"]), ("dc", ["DDD", "CCC"])])
    rows = {r["country"]: r["betweenness"] for r in graph.centrality(g)}
    assert rows["BBB"] > rows["DDD"] == 0.0


def test_layout_is_stable():
    first = graph.layout(graph.build(STAR))
    again = graph.layout(graph.build(list(reversed(STAR))))  # same data, other order
    assert first == again
    assert set(first) == {"CHN", "IRN", "KAZ", "RUS", "SYR"}
    assert all(-1.01 <= c <= 1.01 for xy in first.values() for c in xy)


@pytest.mark.parametrize(("events", "together", "apart"), [
    ([("a", ["IRN", "RUS"]), ("b", ["IRN", "RUS"]), ("c", ["CHN", "PAK"]), ("d", ["CHN", "PAK"]),
      ("e", ["IRN", "CHN"])], [("IRN", "RUS"), ("CHN", "PAK")], [("IRN", "PAK")]),
])
def test_communities(events, together, apart):
    groups = graph.communities(graph.build(events))
    assert graph.communities(graph.build(events)) == groups
    assert all(groups[a] == groups[b] for a, b in together)
    assert all(groups[a] != groups[b] for a, b in apart)


def test_partners():
    assert graph.partners(graph.build(STAR), "IRN") == [("RUS", 3), ("CHN", 1), ("KAZ", 1)]
    assert graph.partners(graph.build(STAR), "XXX") == []


def test_skeleton_round_trip():
    g = graph.build(STAR)
    h = graph.from_skeleton(*graph.skeleton(g))
    assert sorted(h.edges(data="weight")) == sorted(g.edges(data="weight"))
    assert dict(h.nodes(data="events")) == dict(g.nodes(data="events"))


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_exports_parse_back_with_the_same_edges(fmt):
    g = graph.build(STAR)
    data = getattr(graph, fmt)(g)
    back = (nx.read_gexf if fmt == "gexf" else nx.read_graphml)(io.BytesIO(data))
    assert {frozenset(e) for e in back.edges} == {frozenset(e) for e in g.edges}
    assert back.edges["IRN", "RUS"]["weight"] == 3
    assert back.edges["IRN", "RUS"]["event_ids"] == "e1 e2 e3"
    assert g.edges["IRN", "RUS"]["event_ids"] == ["e1", "e2", "e3"]  # the graph itself keeps its list


def test_gexf_labels_nodes_in_english():
    back = nx.read_gexf(io.BytesIO(graph.gexf(graph.build(THREE))))
    assert back.nodes["CHN"]["label"] == "China"


def test_edges_csv():
    rows = list(csv.DictReader(io.StringIO(graph.edges_csv(graph.build(STAR)))))
    assert list(rows[0]) == list(graph.CSV_COLUMNS)
    assert rows[0] == {"source": "IRN", "target": "RUS", "weight": "3", "source_name": "Iran",
                       "target_name": "Russia", "event_ids": "e1 e2 e3"}
    assert len(rows) == 5
    assert {(r["source"], r["target"]) for r in rows} >= {("CHN", "IRN"), ("RUS", "SYR")}


def test_empty_graph_everywhere():
    g = graph.build([])
    assert graph.layout(g) == {} and graph.communities(g) == {} and graph.centrality(g) == []
    assert graph.edges_csv(g).strip() == ",".join(graph.CSV_COLUMNS)
    assert nx.read_gexf(io.BytesIO(graph.gexf(g))).number_of_nodes() == 0


# The chart (ui.network_fig): pure figure code over the graph.

def _figure(selected=None):
    from ui.network_fig import network_figure

    g = graph.build(STAR)
    return network_figure(g, graph.layout(g), graph.communities(g), selected)


def test_figure_carries_clickable_nodes_and_edge_midpoints():
    fig = _figure()
    nodes, mids = fig.data[-1], fig.data[-2]
    assert list(nodes.customdata) == ["node:CHN", "node:IRN", "node:KAZ", "node:RUS", "node:SYR"]
    assert set(mids.customdata) == {"edge:IRN|RUS", "edge:CHN|IRN", "edge:CHN|RUS", "edge:IRN|KAZ", "edge:RUS|SYR"}
    assert all(t.hoverinfo == "skip" for t in fig.data[:-2])  # lines never take the click
    sizes = dict(zip(nodes.customdata, nodes.marker.size, strict=True))
    assert sizes["node:IRN"] > sizes["node:KAZ"]  # degree 3 against 1


def test_figure_line_width_follows_weight():
    widths = sorted(t.line.width for t in _figure().data[:-2])
    assert widths == [1, 6]  # the weight-1 links together, IRN-RUS (3) the widest


@pytest.mark.parametrize(("selected", "lit"), [
    (None, {"CHN", "IRN", "KAZ", "RUS", "SYR"}),
    ("node:KAZ", {"KAZ", "IRN"}),
    ("node:SYR", {"SYR", "RUS"}),
    ("edge:RUS|IRN", {"IRN", "RUS"}),
    ("node:ATA", {"CHN", "IRN", "KAZ", "RUS", "SYR"}),  # not in the graph: nothing dimmed
])
def test_figure_dims_outside_the_selection(selected, lit):
    nodes = _figure(selected).data[-1]
    full = {c.split(":")[1] for c, o in zip(nodes.customdata, nodes.marker.opacity, strict=True) if o == 1}
    assert full == lit
