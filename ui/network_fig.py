"""The network chart as a pure function (graph and positions in, ``go.Figure`` out; no Streamlit), plus the
selection vocabulary the page and the chart share.

Node markers carry ``customdata`` ``"node:IRN"``; an almost invisible marker at each edge's midpoint carries
``"edge:IRN|RUS"`` so an edge can be clicked too. Edge lines themselves are not clickable (``hoverinfo="skip"``),
so a click always lands on a node or a midpoint.
"""

from __future__ import annotations

import re

import networkx as nx
import numpy as np
import plotly.graph_objects as go
from plotly.colors import qualitative

from core.graph import edge_key

PALETTE = qualitative.Safe + qualitative.Vivid
EDGE_RGB = "110,120,135"
DIM = 0.15


def parse(selected) -> tuple[str, tuple[str, ...]] | None:
    """``"node:IRN"`` -> ('node', ('IRN',)); ``"edge:IRN|RUS"`` -> ('edge', ('IRN', 'RUS')); else None.

    >>> parse("node:IRN"), parse("edge:RUS|IRN"), parse("oops"), parse(None)
    (('node', ('IRN',)), ('edge', ('IRN', 'RUS')), None, None)
    """
    if not isinstance(selected, str) or ":" not in selected:
        return None
    kind, _, rest = selected.partition(":")
    parts = tuple(sorted(p for p in rest.split("|") if p))
    if (kind, len(parts)) in (("node", 1), ("edge", 2)):
        return kind, parts
    return None


def normalise(g: nx.Graph, selected) -> str | None:
    """The selection in its canonical form if ``g`` holds that country or link, else None.

    >>> g = nx.Graph([("IRN", "RUS")])
    >>> normalise(g, "edge:RUS|IRN"), normalise(g, "node:IRN"), normalise(g, "node:CHN"), normalise(g, "x")
    ('edge:IRN|RUS', 'node:IRN', None, None)
    """
    sel = parse(selected)
    if not sel or not (g.has_edge(*sel[1]) if sel[0] == "edge" else sel[1][0] in g):
        return None
    return f"{sel[0]}:{'|'.join(sel[1])}"


def country_param(values: list[str]) -> str | None:
    """The one country a ``?country=`` deep link names, or None: ``IRN``, or ``Iran (IRN)`` as the sidebar's
    URL-bound filter writes it (its URL values are the labels it shows).

    >>> country_param(["IRN"]), country_param(["Iran (IRN)"]), country_param(["IRN", "RUS"]), country_param([])
    ('IRN', 'IRN', None, None)
    """
    if len(values) != 1:
        return None
    found = re.fullmatch(r"(?:.*\()?([A-Z]{3})\)?", values[0].strip())
    return found.group(1) if found else None


def picked(selection) -> str | None:
    """The ``customdata`` of the first clicked point of a Streamlit plotly selection state, or None.

    >>> picked({"selection": {"points": [{"customdata": "node:IRN"}]}}), picked({"selection": {"points": []}})
    ('node:IRN', None)
    """
    points = ((selection or {}).get("selection") or {}).get("points") or []
    for p in points:
        data = p.get("customdata")
        data = data[0] if isinstance(data, list | tuple) and data else data
        if parse(data):
            return data
    return None


def lit_nodes(g: nx.Graph, selected: str | None) -> set[str] | None:
    """The countries to draw at full strength: a node and its neighbours, or an edge's two ends; None = all.

    >>> g = nx.Graph([("IRN", "RUS"), ("RUS", "SYR"), ("CHN", "PAK")])
    >>> sorted(lit_nodes(g, "node:RUS")), sorted(lit_nodes(g, "edge:IRN|RUS")), lit_nodes(g, None)
    (['IRN', 'RUS', 'SYR'], ['IRN', 'RUS'], None)
    """
    sel = parse(selected)
    if not sel or any(n not in g for n in sel[1]):
        return None
    if sel[0] == "node":
        return {sel[1][0], *g[sel[1][0]]}
    return set(sel[1])


def _width(w: int, top: int) -> int:
    return 1 + round(5 * (w - 1) / (top - 1)) if top > 1 else 2


def _edge_traces(g, pos, lit, focus) -> list[go.Scatter]:
    """One line trace per (width, strength) class; NaN breaks the segments apart (numpy: fast to validate)."""
    top = max((d["weight"] for *_, d in g.edges(data=True)), default=1)
    groups: dict[tuple[int, bool], list[tuple[str, str]]] = {}
    for u, v, d in g.edges(data=True):
        groups.setdefault((_width(d["weight"], top), lit is None or focus <= {u, v}), []).append((u, v))
    traces = []
    for (width, strong), pairs in sorted(groups.items()):
        ends = np.array([(pos[u], pos[v], (np.nan, np.nan)) for u, v in pairs], dtype=float).reshape(-1, 2)
        traces.append(go.Scatter(x=ends[:, 0], y=ends[:, 1], mode="lines", hoverinfo="skip", showlegend=False,
                                 line={"width": width, "color": f"rgba({EDGE_RGB},{0.55 if strong else 0.08})"}))
    return traces


def _midpoints(g, pos) -> go.Scatter:
    edges = sorted(g.edges(data="weight"), key=lambda e: edge_key(e[0], e[1]))
    mids = np.array([np.add(pos[u], pos[v]) / 2 for u, v, _ in edges], dtype=float).reshape(-1, 2)
    label = {n: g.nodes[n].get("label", n) for n in g.nodes}
    return go.Scatter(
        x=mids[:, 0], y=mids[:, 1], mode="markers", showlegend=False, name="meetings",
        customdata=np.array([f"edge:{edge_key(u, v)}" for u, v, _ in edges], dtype=object),
        hovertext=np.array([f"{label[u]} – {label[v]}: {w} event(s)" for u, v, w in edges], dtype=object),
        hovertemplate="%{hovertext}<extra></extra>",
        marker={"size": 11, "color": f"rgba({EDGE_RGB},0.12)", "line": {"width": 0}})


def _nodes(g, pos, groups, lit) -> go.Scatter:
    nodes = sorted(g.nodes)
    degree = np.array([g.degree(n) for n in nodes], dtype=float)
    labels = [g.nodes[n].get("label", n) for n in nodes]
    on = [lit is None or n in lit for n in nodes]
    return go.Scatter(
        x=[pos[n][0] for n in nodes], y=[pos[n][1] for n in nodes], mode="markers+text", showlegend=False,
        name="countries", text=labels, textposition="top center",
        customdata=[f"node:{n}" for n in nodes],
        hovertext=[f"{lab} ({n}): {g.degree(n)} partner(s), {g.nodes[n].get('events', 0)} event(s)"
                   for n, lab in zip(nodes, labels, strict=True)],
        hovertemplate="%{hovertext}<extra></extra>",
        textfont={"color": ["#222" if o else "#bbb" for o in on]},
        marker={"size": 12 + 28 * np.sqrt(degree / max(1.0, degree.max(initial=1.0))),
                "color": [PALETTE[groups.get(n, 0) % len(PALETTE)] for n in nodes],
                "opacity": [1.0 if o else DIM for o in on], "line": {"width": 1, "color": "white"}})


def network_figure(g: nx.Graph, pos: dict[str, tuple[float, float]], groups: dict[str, int],
                   selected: str | None = None, height: int = 640) -> go.Figure:
    """The network: nodes sized by degree and coloured by community, edges as lines as wide as their weight.

    ``selected`` (``"node:IRN"`` / ``"edge:IRN|RUS"``) dims everything outside that node's neighbourhood or
    that edge. Traces: edge lines first, then edge midpoints, then nodes (on top, so a click picks a node).

    >>> g = nx.Graph(); g.add_edge("IRN", "RUS", weight=3)
    >>> fig = network_figure(g, {"IRN": (0, 0), "RUS": (1, 0)}, {"IRN": 0, "RUS": 0}, "node:IRN")
    >>> list(fig.data[-1].customdata), list(fig.data[-2].customdata)
    (['node:IRN', 'node:RUS'], ['edge:IRN|RUS'])
    """
    lit = lit_nodes(g, selected)
    sel = parse(selected)
    focus = set(sel[1]) if sel and lit is not None else set()
    fig = go.Figure(_edge_traces(g, pos, lit, focus) + [_midpoints(g, pos), _nodes(g, pos, groups, lit)])
    axis = {"visible": False, "showgrid": False, "zeroline": False}
    fig.update_layout(height=height, margin={"l": 10, "r": 10, "t": 10, "b": 10}, hovermode="closest",
                      xaxis=axis, yaxis={**axis, "scaleanchor": "x"}, plot_bgcolor="white", showlegend=False)
    return fig
