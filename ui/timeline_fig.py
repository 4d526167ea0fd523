"""The timeline figure: summits in one lane per forum, bilateral meetings in their own lane, on a date axis.

Pure functions over the ``core.store.events_frame`` columns (no Streamlit calls). One scatter trace per lane
and one for the summit-to-sideline connectors, whatever the number of events; each point's ``customdata`` is
its ``event_id``, so a chart selection maps back to the event (``picked``).

Hover text is plain text shown by plotly: fields that may come from an article (names as written, places) are
escaped first, so plotly's few pseudo-HTML tags (``<a>``, ``<b>`` …) in them show as text; the only markup
is our own ``<br>`` and ``<b>``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from core.labels import country_name, forum_name, jalali
from ui.describe import countries_label, person_label

BILATERAL = "Bilateral"
AD_HOC = "ad hoc"
GL_FROM = 2000  # points in a lane from which it is drawn with WebGL
SIDELINE_COLOR = "rgba(120,120,120,0.45)"
LANE_COLORS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf")
BILATERAL_COLOR = "#4c5866"
SLOTS, NUDGE = 7, 0.1  # same-day events in a lane: how many distinct offsets, and their step in rows


def lanes(events: pd.DataFrame) -> pd.Series:
    """The lane of each event: its forum for a summit ('ad hoc' without one), 'Bilateral' for a bilateral.

    >>> df = pd.DataFrame({"kind": ["multilateral", "multilateral", "bilateral"], "forum": ["SCO", None, "SCO"]})
    >>> lanes(df).tolist()
    ['SCO', 'ad hoc', 'Bilateral']
    """
    forum = events["forum"].fillna(AD_HOC).replace("", AD_HOC)
    return forum.where(events["kind"] == "multilateral", BILATERAL).astype(object)


def lane_order(names) -> list[str]:
    """Bottom to top: 'Bilateral', 'ad hoc', then the forums by English name.

    >>> lane_order(["SCO", "Bilateral", "ad hoc", "BRICS"])
    ['Bilateral', 'ad hoc', 'BRICS', 'SCO']
    """
    names = set(names)
    fixed = [n for n in (BILATERAL, AD_HOC) if n in names]
    return fixed + sorted(names - {BILATERAL, AD_HOC}, key=lambda c: (forum_name(c), c))


def split(events: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(dated, undated) events, in their order."""
    dated = events["date"].notna()
    return events[dated], events[~dated]


def _safe(values: pd.Series) -> pd.Series:
    """Text that plotly shows as written (``&``, ``<``, ``>`` escaped, vectorised); '' for missing."""
    text = values.fillna("").astype(str)
    return text.str.replace("&", "&amp;").str.replace("<", "&lt;").str.replace(">", "&gt;")


def _by_unique(values: pd.Series, fn) -> pd.Series:
    """``values.map(fn)`` with ``fn`` called once per distinct value (hashable values only)."""
    uniq = values.drop_duplicates()
    return values.map(dict(zip(uniq, map(fn, uniq), strict=True)))


def _officials(participants: pd.Series) -> pd.Series:
    """'; '-joined ``person_label`` of each event's participants, each distinct person labelled once."""
    memo: dict[tuple, str] = {}

    def label(p: dict) -> str:
        k = (p.get("name"), p.get("name_en"), p.get("role"), p.get("country"))
        if k not in memo:
            memo[k] = person_label(p)
        return memo[k]

    return pd.Series(["; ".join(map(label, ps or ())) for ps in participants], index=participants.index,
                     dtype=object)


def titles(events: pd.DataFrame) -> pd.Series:
    """``ui.describe.event_title`` of every event, vectorised: 'Bilateral · Iran – Russia · SCO · 2024-07-04'.

    >>> df = pd.DataFrame({"kind": ["bilateral"], "countries": [["IRN", "RUS"]], "forum": [None],
    ...                    "date": pd.to_datetime([None])})
    >>> titles(df).tolist()
    ['Bilateral · Iran – Russia · undated']
    """
    names = _by_unique(events["countries"].map(tuple), countries_label)
    forum = events["forum"].fillna("").astype(str)
    day = events["date"].dt.strftime("%Y-%m-%d").fillna("undated")
    return (events["kind"].astype(str).str.capitalize() + " · " + names
            + (" · " + forum).where(forum != "", "") + " · " + day).astype(object)


def sideline_counts(events: pd.DataFrame) -> pd.Series:
    """For each event, how many events in ``events`` name it as their summit (``summit_id``)."""
    counts = events["summit_id"].dropna().value_counts()
    return events["event_id"].map(counts).fillna(0).astype(int)


def sidelines(events: pd.DataFrame, summit_id: str) -> pd.DataFrame:
    """The bilateral meetings held on the sidelines of one summit, in date then text order."""
    return events[(events["summit_id"] == summit_id) & (events["kind"] == "bilateral")]


def hover(events: pd.DataFrame) -> pd.Series:
    """One hover text per event: date (Gregorian and Jalali), place, forum, countries, officials.

    >>> row = pd.DataFrame({"event_id": ["a:0"], "kind": ["bilateral"], "countries": [["IRN", "RUS"]],
    ...     "date": pd.to_datetime(["2024-04-27"]), "city": [None], "location": ["RUS"], "forum": [None],
    ...     "summit_id": [None], "participants": [[{"name": "لاوروف", "name_en": "Sergei Lavrov"}]]})
    >>> print(hover(row).iloc[0].replace("<br>", "\\n"))
    <b>Bilateral · Iran – Russia</b>
    Date: 2024-04-27 · Jalali 1403/02/08
    Place: Russia
    Forum: —
    Officials: Sergei Lavrov
    """
    day = events["date"].dt.strftime("%Y-%m-%d").fillna("")
    jal = _by_unique(day, jalali)
    names = _by_unique(events["countries"].map(tuple), countries_label)
    city = _safe(events["city"])
    nation = _safe(_by_unique(events["location"].fillna(""), country_name))
    place = (city + ", " + nation).str.strip(", ").where(city != nation, city).replace("", "—")
    forum = _by_unique(events["forum"].fillna(""), lambda f: f"{f} — {forum_name(f)}" if f else "—")
    people = _officials(events["participants"])
    kind = events["kind"].str.capitalize()
    text = ("<b>" + kind + " · " + _safe(names) + "</b><br>Date: " + day.replace("", "undated")
            + (" · Jalali " + jal).where(jal != "", "") + "<br>Place: " + place + "<br>Forum: " + _safe(forum)
            + "<br>Officials: " + _safe(people).replace("", "—"))
    summit = events["kind"] == "multilateral"
    text += ("<br>Sideline bilaterals: " + sideline_counts(events).astype(str)).where(summit, "")
    sideline = events["summit_id"].notna() & ~summit
    return text + ("<br>On the sidelines of the " + _safe(events["forum"]).replace("", AD_HOC) + " summit").where(
        sideline, "")


def labels(events: pd.DataFrame) -> pd.DataFrame:
    """Hover text and title (``label``) of every event (the slow, per-event part of a figure: a page may cache it)."""
    return pd.DataFrame({"hover": hover(events), "label": titles(events)}, index=events.index)


def marker_size(events: pd.DataFrame) -> pd.Series:
    """Marker diameter grows with the number of countries (1 -> 11 px, 2 -> 14 px, capped at 30 px)."""
    return (8 + 3 * events["countries"].map(len)).clip(upper=30)


def positions(dated: pd.DataFrame, lane: pd.Series, order: list[str]) -> pd.Series:
    """y of each point: its lane's row (0 = bottom), nudged apart when several share a lane and a day.

    The 1st, 2nd, 3rd … event of a (lane, day) go to 0, +0.1, -0.1, +0.2 … rows off the lane line (7 slots).

    >>> df = pd.DataFrame({"date": pd.to_datetime(["2024-04-27"] * 3 + ["2024-04-28"])})
    >>> positions(df, pd.Series(["Bilateral"] * 3 + ["SCO"]), ["Bilateral", "SCO"]).round(2).tolist()
    [0.0, 0.1, -0.1, 1.0]
    """
    base = lane.map({name: i for i, name in enumerate(order)}).astype(float)
    k = dated.groupby([lane.to_numpy(), dated["date"].to_numpy()]).cumcount().to_numpy() % SLOTS
    offset = np.where(k % 2 == 1, 1, -1) * ((k + 1) // 2) * NUDGE
    return base + offset


def _connectors(dated: pd.DataFrame, y: pd.Series) -> go.Scatter | None:
    """One line trace joining each dated summit to its dated sideline bilaterals (None when there are none)."""
    summits = pd.DataFrame({"summit_id": dated["event_id"], "sx": dated["date"], "sy": y})
    pairs = dated[dated["kind"] == "bilateral"].assign(by=y).merge(summits, on="summit_id")
    if pairs.empty:
        return None
    n = len(pairs)  # segments summit -> bilateral, separated by a gap (NaT keeps x a cheap datetime64 array)
    x = np.column_stack([pairs["sx"].to_numpy("datetime64[us]"), pairs["date"].to_numpy("datetime64[us]"),
                         np.full(n, np.datetime64("NaT", "us"))]).ravel()
    ys = np.column_stack([pairs["sy"].to_numpy(float), pairs["by"].to_numpy(float), np.full(n, np.nan)]).ravel()
    return go.Scatter(x=x, y=ys, mode="lines", line={"color": SIDELINE_COLOR, "width": 1, "dash": "dot"},
                      hoverinfo="skip", name="sidelines", showlegend=False)


def figure(events: pd.DataFrame, hover_text: pd.Series | None = None) -> go.Figure:
    """The timeline of the dated events: one marker trace per lane, customdata = event_id.

    Lanes are rows of a numeric y axis labelled with the lane names (so same-day events can be nudged apart).
    ``hover_text`` (aligned on ``events.index``, e.g. a cached ``labels(...)["hover"]``) saves recomputing it.

    >>> df = pd.DataFrame({"event_id": ["a:0", "a:1"], "kind": ["multilateral", "bilateral"],
    ...     "countries": [["IRN", "RUS", "CHN"], ["IRN", "RUS"]], "date": pd.to_datetime(["2024-04-26", None]),
    ...     "city": ["Astana", None], "location": ["KAZ", None], "forum": ["SCO", None],
    ...     "summit_id": [None, None], "participants": [[], []]})
    >>> [(t.name, list(t.customdata)) for t in figure(df).data]
    [('SCO', ['a:0'])]
    """
    dated, _ = split(events)
    lane = lanes(dated)
    order = lane_order(lane.unique())
    y = positions(dated, lane, order)
    fig = go.Figure()
    if (conn := _connectors(dated, y)) is not None:
        fig.add_trace(conn)
    text = hover(dated) if hover_text is None else hover_text.reindex(dated.index).fillna("")
    size = marker_size(dated)
    for n, name in enumerate(order):
        part = lane == name
        color = BILATERAL_COLOR if name == BILATERAL else LANE_COLORS[n % len(LANE_COLORS)]
        scatter = go.Scattergl if part.sum() >= GL_FROM else go.Scatter
        fig.add_trace(scatter(
            x=dated["date"][part], y=y[part].to_numpy(), customdata=dated["event_id"][part].to_numpy(),
            hovertext=text[part].to_numpy(), hovertemplate="%{hovertext}<extra></extra>", mode="markers",
            name=name, marker={"size": size[part].to_numpy(), "symbol": "circle" if name == BILATERAL else "diamond",
                               "color": color, "line": {"width": 1, "color": "white"}, "opacity": 0.85}))
    fig.update_layout(
        height=min(180 + 60 * max(len(order), 1), 700), margin={"l": 10, "r": 10, "t": 40, "b": 10},
        showlegend=False, hovermode="closest", clickmode="event+select", hoverlabel={"align": "left"},
        title={"text": "Summits by forum, and bilateral meetings", "x": 0},
        xaxis={"type": "date", "title": "Date (Gregorian; hover for Jalali)"},
        yaxis={"tickmode": "array", "tickvals": list(range(len(order))), "ticktext": order, "title": None,
               "range": [-0.6, max(len(order), 1) - 0.4], "zeroline": False, "fixedrange": True})
    if dated.empty:
        fig.add_annotation(text="No dated event to place on the axis", showarrow=False, x=0.5, y=0.5,
                           xref="paper", yref="paper")
    return fig


def picked(selection, ids) -> str | None:
    """The event id of the first selected point that is one of ``ids`` (a plotly_chart selection state).

    >>> picked({"selection": {"points": [{"curve_number": 0}, {"customdata": "a:1"}]}}, ["a:0", "a:1"])
    'a:1'
    """
    points = ((selection or {}).get("selection") or {}).get("points") or []
    wanted = set(ids)
    for p in points:
        data = p.get("customdata")
        data = data[0] if isinstance(data, list | tuple) and data else data
        if isinstance(data, str) and data in wanted:
            return data
    return None
