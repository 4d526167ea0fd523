"""The country co-occurrence network: countries are nodes, an edge joins two countries that took part in the same
event, its weight is the number of such events.

Plain functions over plain data (no pandas needed, no Streamlit): ``build`` from ``(event_id, countries)`` pairs,
``min_weight`` to drop light edges, ``centrality`` / ``communities`` / ``layout`` for the picture, and ``gexf`` /
``graphml`` / ``edges_csv`` for export.

>>> g = build([("e1", ["IRN", "RUS"]), ("e2", ["RUS", "IRN"]), ("e3", ["CHN", "IRN", "RUS"])])
>>> g.edges["IRN", "RUS"]["weight"], g.edges["IRN", "RUS"]["event_ids"], g.nodes["CHN"]["label"]
(3, ['e1', 'e2', 'e3'], 'China')
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import combinations

import networkx as nx

from core.labels import country_name

__all__ = ["build", "centrality", "communities", "edge_key", "edges_csv", "gexf", "graphml", "layout",
           "min_weight", "partners", "readable_weight", "skeleton", "from_skeleton"]

SEED = 7
GREEDY_MAX_EDGES = 2000  # above this, Louvain (seeded) finds the communities: greedy modularity gets slow
BETWEENNESS_BUDGET = 60_000  # sources x edges for betweenness; above it, a seeded sample of sources estimates it
READABLE_EDGES = 1500  # the default minimum weight keeps at most this many links on the chart
CSV_COLUMNS = ("source", "target", "weight", "source_name", "target_name", "event_ids")


def _members(countries) -> list[str]:
    """The distinct country codes of one event, sorted ('' and None dropped; a non-list counts as none)."""
    if countries is None or isinstance(countries, str) or not isinstance(countries, Iterable):
        return []
    return sorted({c for c in countries if c})


def build(events: Iterable[tuple[str, Iterable[str]]]) -> nx.Graph:
    """The co-occurrence graph of ``(event_id, countries)`` pairs (e.g. ``zip(df.event_id, df.countries)``).

    Nodes carry ``label`` (English name) and ``events`` (how many events the country is in, single-country
    events included); edges carry ``weight`` (events shared) and ``event_ids`` (in input order).

    >>> g = build([("e1", ["IRN", "RUS"]), ("e2", ["IRN"])])
    >>> dict(g.nodes["IRN"]), g.number_of_edges()
    ({'label': 'Iran', 'events': 2}, 1)
    """
    counts: Counter[str] = Counter()
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for event_id, countries in events:
        members = _members(countries)
        counts.update(members)
        for pair in combinations(members, 2):
            shared[pair].append(str(event_id))
    g = nx.Graph()
    g.add_nodes_from((c, {"label": country_name(c), "events": counts[c]}) for c in sorted(counts))
    g.add_edges_from((u, v, {"weight": len(ids), "event_ids": ids}) for (u, v), ids in sorted(shared.items()))
    return g


def min_weight(g: nx.Graph, weight: int) -> nx.Graph:
    """A copy keeping the edges of at least ``weight`` events and the countries still linked by one.

    >>> g = build([("e1", ["IRN", "RUS"]), ("e2", ["IRN", "RUS"]), ("e3", ["IRN", "KAZ"])])
    >>> sorted(min_weight(g, 2).edges), sorted(min_weight(g, 2).nodes)
    ([('IRN', 'RUS')], ['IRN', 'RUS'])
    """
    kept = [(u, v, d) for u, v, d in g.edges(data=True) if d["weight"] >= weight]
    out = nx.Graph()
    out.add_nodes_from((n, g.nodes[n]) for n in sorted({n for u, v, _ in kept for n in (u, v)}))
    out.add_edges_from(sorted(kept, key=lambda e: (e[0], e[1])))
    return out


def readable_weight(g: nx.Graph, max_edges: int = READABLE_EDGES) -> int:
    """The smallest minimum weight that leaves at most ``max_edges`` links (1 for any graph that small).

    >>> g = build([("e1", ["IRN", "RUS"]), ("e2", ["IRN", "RUS"]), ("e3", ["IRN", "KAZ"])])
    >>> readable_weight(g), readable_weight(g, max_edges=1)
    (1, 2)
    """
    weights = sorted((d["weight"] for *_, d in g.edges(data=True)), reverse=True)
    return 1 if len(weights) <= max_edges else weights[max_edges] + 1


def edge_key(u: str, v: str) -> str:
    """The order-free name of an edge, as the chart and the selection use it.

    >>> edge_key("RUS", "IRN")
    'IRN|RUS'
    """
    return "|".join(sorted((u, v)))


def skeleton(g: nx.Graph) -> tuple[tuple[tuple[str, int], ...], tuple[tuple[str, str, int], ...]]:
    """(country, events) nodes and (source, target, weight) edges as sorted tuples: the graph without its
    event ids, as plain hashable data to cache the layout by.

    >>> skeleton(build([("e1", ["RUS", "IRN"])]))
    ((('IRN', 1), ('RUS', 1)), (('IRN', 'RUS', 1),))
    """
    nodes = tuple(sorted((n, int(d.get("events", 0))) for n, d in g.nodes(data=True)))
    edges = tuple(sorted((*sorted((u, v)), d["weight"]) for u, v, d in g.edges(data=True)))
    return nodes, edges


def from_skeleton(nodes: Iterable[tuple[str, int]], edges: Iterable[tuple[str, str, int]]) -> nx.Graph:
    """A weighted graph (sorted nodes with label and events, sorted edges, no event ids) from ``skeleton``.

    >>> h = from_skeleton([("RUS", 2), ("IRN", 3)], [("IRN", "RUS", 2)])
    >>> list(h.nodes(data="events")), list(h.edges(data="weight"))
    ([('IRN', 3), ('RUS', 2)], [('IRN', 'RUS', 2)])
    """
    g = nx.Graph()
    g.add_nodes_from((n, {"label": country_name(n), "events": k}) for n, k in sorted(nodes))
    g.add_weighted_edges_from(sorted(edges))
    return g


def _sorted_copy(g: nx.Graph) -> nx.Graph:
    return from_skeleton(*skeleton(g))


def layout(g: nx.Graph, seed: int = SEED) -> dict[str, tuple[float, float]]:
    """Node positions in [-1, 1]: a seeded spring layout over nodes and edges in sorted order, so the same data
    always gives the same picture.

    >>> layout(build([("e1", ["IRN", "RUS"])])) == layout(build([("e1", ["RUS", "IRN"])]))
    True
    """
    h = _sorted_copy(g)
    if h.number_of_nodes() == 0:
        return {}
    if h.number_of_nodes() == 1:
        return {next(iter(h.nodes)): (0.0, 0.0)}
    k = 1.6 / h.number_of_nodes() ** 0.5
    pos = nx.spring_layout(h, k=k, weight="weight", seed=seed, iterations=80)
    return {n: (round(float(x), 6), round(float(y), 6)) for n, (x, y) in pos.items()}


def communities(g: nx.Graph) -> dict[str, int]:
    """Community number per country (greedy modularity on weights, or seeded Louvain above ``GREEDY_MAX_EDGES``
    links; 0 is the largest community, ties by first code).

    >>> communities(build([("e1", ["IRN", "RUS"]), ("e2", ["CHN", "PAK"])]))
    {'CHN': 0, 'PAK': 0, 'IRN': 1, 'RUS': 1}
    """
    h = _sorted_copy(g)
    if h.number_of_edges() == 0:
        return {n: i for i, n in enumerate(sorted(h.nodes))}
    if h.number_of_edges() <= GREEDY_MAX_EDGES:
        found = nx.community.greedy_modularity_communities(h, weight="weight")
    else:
        found = nx.community.louvain_communities(h, weight="weight", seed=SEED)
    groups = sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))
    return {n: i for i, group in enumerate(groups) for n in group}


def centrality(g: nx.Graph) -> list[dict]:
    """One row per country: code, name, events, degree (partners), weighted degree (shared events, summed over
    partners) and betweenness (weighted, distance = 1 / weight, normalised); highest degree first.

    >>> [(r["country"], r["degree"], r["betweenness"]) for r in centrality(
    ...     build([("e1", ["IRN", "RUS"]), ("e2", ["IRN", "CHN"])]))]
    [('IRN', 2, 1.0), ('CHN', 1, 0.0), ('RUS', 1, 0.0)]
    """
    h = _sorted_copy(g)
    for _, _, d in h.edges(data=True):
        d["distance"] = 1.0 / d["weight"]
    sample = max(16, BETWEENNESS_BUDGET // max(1, h.number_of_edges()))
    k = sample if sample < h.number_of_nodes() else None
    between = nx.betweenness_centrality(h, k=k, weight="distance", normalized=True, seed=SEED)
    rows = [{"country": n, "name": country_name(n), "events": g.nodes[n].get("events", 0),
             "degree": h.degree(n), "weighted_degree": h.degree(n, weight="weight"),
             "betweenness": round(between[n], 4)} for n in h.nodes]
    return sorted(rows, key=lambda r: (-r["degree"], -r["weighted_degree"], r["name"]))


def partners(g: nx.Graph, country: str) -> list[tuple[str, int]]:
    """(partner, shared events) for one country, most shared first; [] when it is not in the graph.

    >>> partners(build([("e1", ["IRN", "RUS"]), ("e2", ["IRN", "RUS", "CHN"])]), "IRN")
    [('RUS', 2), ('CHN', 1)]
    """
    if country not in g:
        return []
    return sorted(((p, d["weight"]) for p, d in g[country].items()), key=lambda x: (-x[1], x[0]))


def _flat(g: nx.Graph) -> nx.Graph:
    """A copy GEXF and GraphML can hold: event_ids as one space-joined string."""
    h = nx.Graph()
    h.add_nodes_from((n, dict(g.nodes[n])) for n in sorted(g.nodes))
    h.add_edges_from((u, v, {**d, "event_ids": " ".join(d.get("event_ids", []))})
                     for u, v, d in sorted(g.edges(data=True), key=lambda e: (e[0], e[1])))
    return h


def gexf(g: nx.Graph) -> bytes:
    """The graph as GEXF 1.2 (Gephi) bytes; ``event_ids`` space-joined.

    >>> b"<gexf" in gexf(build([("e1", ["IRN", "RUS"])]))
    True
    """
    buf = io.BytesIO()
    nx.write_gexf(_flat(g), buf)
    return buf.getvalue()


def graphml(g: nx.Graph) -> bytes:
    """The graph as GraphML bytes; ``event_ids`` space-joined.

    >>> b"<graphml" in graphml(build([("e1", ["IRN", "RUS"])]))
    True
    """
    buf = io.BytesIO()
    nx.write_graphml(_flat(g), buf)
    return buf.getvalue()


def edges_csv(g: nx.Graph) -> str:
    """The edges as CSV: source, target, weight, source_name, target_name, event_ids (space-joined).

    >>> edges_csv(build([("e1", ["RUS", "IRN"])])).splitlines()[1]
    'IRN,RUS,1,Iran,Russia,e1'
    """
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\n")
    out.writerow(CSV_COLUMNS)
    for u, v, d in sorted(g.edges(data=True), key=lambda e: (-e[2]["weight"], *sorted(e[:2]))):
        u, v = sorted((u, v))
        out.writerow((u, v, d["weight"], country_name(u), country_name(v), " ".join(d.get("event_ids", []))))
    return buf.getvalue()
