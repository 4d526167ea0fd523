"""The sidebar filters every page shares, kept in the URL so a view can be bookmarked.

``Filters`` and ``apply`` are plain (no Streamlit); ``sidebar`` draws the widgets, whose keys are also their
URL parameters: ``?country=IRN&country=RUS&kind=bilateral&undated=false``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import pandas as pd
import streamlit as st

from core.labels import country_name, forum_name, jalali

KINDS = ("bilateral", "multilateral")
LANGS = {"fa": "Persian", "ar": "Arabic"}
NO_FORUM = "(none)"


@dataclass(frozen=True)
class Filters:
    """What the analyst narrowed the events to; empty tuples mean 'any'."""

    start: date | None = None
    end: date | None = None
    countries: tuple[str, ...] = ()
    forums: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    langs: tuple[str, ...] = ()
    include_undated: bool = True


def apply(events: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """The events that pass the filters (a new frame; ``events`` is left as it is).

    A country filter keeps events any selected country took part in; ``(none)`` in forums keeps events with
    no forum; undated events pass the date range only when ``include_undated``.

    >>> df = pd.DataFrame({"countries": [["IRN", "RUS"], ["CHN", "IRN"]], "forum": ["SCO", None],
    ...                    "kind": ["multilateral", "bilateral"], "lang": ["fa", "ar"],
    ...                    "date": pd.to_datetime(["2024-07-04", None])})
    >>> len(apply(df, Filters(countries=("RUS",)))), len(apply(df, Filters(include_undated=False)))
    (1, 1)
    """
    keep = pd.Series(True, index=events.index)
    dated = events["date"].notna()
    if f.start:
        keep &= ~dated | (events["date"] >= pd.Timestamp(f.start))
    if f.end:
        keep &= ~dated | (events["date"] <= pd.Timestamp(f.end))
    if not f.include_undated:
        keep &= dated
    if f.countries:
        wanted = set(f.countries)
        keep &= events["countries"].map(lambda cs: bool(wanted.intersection(cs)))
    if f.forums:
        keep &= events["forum"].fillna(NO_FORUM).isin(f.forums)
    if f.kinds:
        keep &= events["kind"].isin(f.kinds)
    if f.langs:
        keep &= events["lang"].isin(f.langs)
    return events[keep]


def options(events: pd.DataFrame) -> dict[str, list[str]]:
    """The choices each multiselect offers, from the data itself."""
    countries = sorted({c for cs in events["countries"] for c in cs}, key=country_name)
    forums = sorted(set(events["forum"].dropna()), key=forum_name) + [NO_FORUM]
    return {"countries": countries, "forums": forums, "kinds": list(KINDS), "langs": list(LANGS)}


def date_bounds(events: pd.DataFrame) -> tuple[date, date]:
    """First and last event day (today's year when nothing is dated: only the picker needs a range)."""
    dated = events["date"].dropna()
    if dated.empty:
        year = date.today().year
        return date(year, 1, 1), date(year, 12, 31)
    return dated.min().date(), dated.max().date()


def sidebar(events: pd.DataFrame) -> Filters:
    """Draw the shared filters in the sidebar and return what they say.

    Each widget is bound to the URL parameter of its key (Streamlit's ``bind="query-params"``), so the view
    survives a reload, a bookmark and a page switch.
    """
    opts = options(events)
    lo, hi = date_bounds(events)
    url = {"bind": "query-params"} if os.environ.get("NASHEST_NO_BIND") != "1" else {}
    with st.sidebar:
        st.subheader("Filters")
        picked = st.date_input("Date range", value=(lo, hi), key="dates", format="YYYY-MM-DD", **url)
        start, end = (tuple(picked) + (None, None))[:2] if isinstance(picked, tuple | list) else (picked, None)
        end = end or start
        if start:
            st.caption(f"Jalali: {jalali(start)} – {jalali(end)}")
        countries = st.multiselect("Countries", opts["countries"], key="country",
                                   format_func=lambda c: f"{country_name(c)} ({c})", **url)
        forums = st.multiselect("Forum", opts["forums"], key="forum",
                                format_func=lambda c: c if c == NO_FORUM else f"{c} — {forum_name(c)}", **url)
        kinds = st.multiselect("Event kind", opts["kinds"], key="kind", **url)
        langs = st.multiselect("Language", opts["langs"], key="lang", format_func=LANGS.get, **url)
        undated = st.checkbox("Include undated events", value=True, key="undated", **url)
    f = Filters(start, end, tuple(countries), tuple(forums), tuple(kinds), tuple(langs), undated)
    st.session_state.filters = f
    return f


def current() -> Filters:
    """The filters the sidebar set on this run (defaults if a page runs alone, as in a test)."""
    return st.session_state.get("filters", Filters())
