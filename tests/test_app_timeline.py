"""Timeline page on the seeded store: summits in forum lanes, filters, a clicked or injected event, undated events.

Facts of the five seeds: an SCO summit on 2024-04-26 in Astana and a second SCO meeting in 2026, an Iran–Russia
bilateral on 2024-04-27, two undated MCIS gatherings each with bilaterals on their sidelines; most events
are undated. Counts are read from the seeded store itself, so the tests follow the extractor.
"""

from __future__ import annotations

import json
from datetime import date

import pandas as pd
import pytest

from core import store
from ui.describe import countries_label

PAGE = "pages/timeline.py"


@pytest.fixture(scope="module")
def seeds(seeded_store) -> pd.DataFrame:
    con = store.connect(seeded_store)
    try:
        return store.events_frame(con)
    finally:
        con.close()


def one(seeds: pd.DataFrame, **where) -> pd.Series:
    rows = seeds
    for col, value in where.items():
        rows = rows[rows["date"] == pd.Timestamp(value)] if col == "date" else rows[rows[col] == value]
    assert len(rows) >= 1, where
    return rows.iloc[0]


def pair(seeds: pd.DataFrame, day: str, countries: list[str]) -> pd.Series:
    """The bilateral of ``countries`` held on ``day`` (seed 003: Ashtiani and Shoigu on the SCO's sidelines)."""
    rows = seeds[(seeds["kind"] == "bilateral") & (seeds["date"] == pd.Timestamp(day))]
    return next(row for _, row in rows.iterrows() if list(row["countries"]) == countries)


def spec(at) -> dict:
    charts = at.get("plotly_chart")
    assert len(charts) == 1
    return json.loads(charts[0].proto.spec)


def lanes(at) -> dict[str, list[str]]:
    """Lane name -> event ids on it."""
    return {t["name"]: t["customdata"] for t in spec(at)["data"] if t.get("mode") == "markers"}


def on_chart(at) -> set[str]:
    return {i for ids in lanes(at).values() for i in ids}


def titles(at) -> list[str]:
    return [m.value for m in at.markdown if m.value.startswith("**")]


def click(event_id: str) -> dict:
    """The plotly_chart selection state a click on the point of ``event_id`` leaves."""
    return {"selection": {"points": [{"curve_number": 1, "point_number": 0, "point_index": 0,
                                      "customdata": event_id}], "point_indices": [0], "box": [], "lasso": []}}


def test_summits_sit_in_their_forum_lanes(app, seeds):
    at = app(PAGE)
    got = lanes(at)
    astana = one(seeds, kind="multilateral", forum="SCO", date="2024-04-26")
    assert astana["city"] == "Astana"
    for _, e in seeds[seeds["date"].notna()].iterrows():
        lane = (e["forum"] or "ad hoc") if e["kind"] == "multilateral" else "Bilateral"
        assert e["event_id"] in got[lane], (lane, e["event_id"])
    assert len(got["SCO"]) == ((seeds["forum"] == "SCO") & (seeds["kind"] == "multilateral")
                               & seeds["date"].notna()).sum() >= 2
    hover = next(t for t in spec(at)["data"] if t["name"] == "SCO")["hovertext"]
    text = hover[got["SCO"].index(astana["event_id"])]
    assert "Place: Astana, Kazakhstan" in text and "Jalali 1403/02/07" in text and "Shanghai Cooperation" in text
    assert "Defence Minister, Iran" in text


def test_iran_russia_bilateral_is_in_the_bilateral_lane(app, seeds):
    meeting = pair(seeds, "2024-04-27", ["IRN", "RUS"])
    trace = next(t for t in spec(app(PAGE))["data"] if t["name"] == "Bilateral")
    text = trace["hovertext"][trace["customdata"].index(meeting["event_id"])]
    assert text.startswith("<b>Bilateral · Iran – Russia</b>") and "2024-04-27 · Jalali 1403/02/08" in text


def test_undated_events_are_counted_and_listed(app, seeds):
    at = app(PAGE)
    undated = seeds[seeds["date"].isna()]
    assert len(undated) >= 5
    assert f"**{len(undated)} undated events not on the axis**" in titles(at)
    (listed,) = [d.value for d in at.dataframe]
    assert len(listed) == len(undated) and "Iran – Russia" in set(listed["country_names"])
    assert not on_chart(at) & set(undated["event_id"])


def test_date_filter_changes_what_is_shown(app, seeds):
    everything = on_chart(app(PAGE))
    at = app(PAGE, dates=(date(2024, 4, 1), date(2024, 4, 30)), undated=False)
    april = seeds[(seeds["date"] >= "2024-04-01") & (seeds["date"] <= "2024-04-30")]
    assert on_chart(at) == set(april["event_id"]) and on_chart(at) < everything
    assert one(seeds, forum="SCO", date="2024-04-26")["event_id"] in on_chart(at)
    assert "**0 undated events not on the axis**" in titles(at) and not at.dataframe
    assert len(at.selectbox(key="tl_pick").options) == len(april)


def test_kind_filter_keeps_only_bilateral_lane(app):
    assert set(lanes(app(PAGE, kind=["bilateral"]))) == {"Bilateral"}


def test_clicked_summit_shows_its_card(app, seeds):
    astana = one(seeds, kind="multilateral", forum="SCO", date="2024-04-26")
    at = app(PAGE, tl_chart=click(astana["event_id"]))
    assert at.selectbox(key="tl_pick").value == astana["event_id"]
    assert "**Multilateral · Iran · SCO · 2024-04-26**" in titles(at)
    assert "Place: Astana, Kazakhstan" in [line for t in at.text for line in t.value.splitlines()]
    assert "**Bilateral meetings on its sidelines (0)**" in titles(at)


def test_clicked_bilateral_shows_its_card_without_a_sideline_list(app, seeds):
    meeting = pair(seeds, "2024-04-27", ["IRN", "RUS"])
    at = app(PAGE, tl_chart=click(meeting["event_id"]))
    assert "**Bilateral · Iran – Russia · 2024-04-27**" in titles(at)
    assert not [t for t in titles(at) if "sidelines" in t]


def test_injected_summit_lists_its_sideline_bilaterals(app, seeds):
    linked = seeds["summit_id"].dropna()
    summit = seeds.set_index("event_id").loc[linked.value_counts().index[0]]
    sides = seeds[seeds["summit_id"] == summit.name]
    assert summit["forum"] == "MCIS" and len(sides) >= 2
    at = app(PAGE, tl_selected=summit.name)
    shown = titles(at)
    assert shown[0].startswith("**Multilateral") and "MCIS · undated" in shown[0]
    assert f"**Bilateral meetings on its sidelines ({len(sides)})**" in shown
    for _, b in sides.iterrows():
        assert f"**Bilateral · {countries_label(b['countries'])} · MCIS · undated**" in shown
    assert len(at.get("page_link")) == 1 + len(sides)  # each card links to the source viewer


def test_a_sideline_bilateral_names_its_summit(app, seeds):
    side = seeds[seeds["summit_id"].notna()].iloc[0]
    summit = seeds.set_index("event_id").loc[side["summit_id"]]
    at = app(PAGE, tl_selected=side["event_id"])
    assert titles(at)[0] == f"**Bilateral · {countries_label(side['countries'])} · {side['forum']} · undated**"
    (note,) = [c.value for c in at.caption if c.value.startswith("On the sidelines of")]
    assert note == f"On the sidelines of: Multilateral · {countries_label(summit['countries'])} · MCIS · undated"


def test_picker_lists_every_event_and_nothing_is_selected_at_first(app, seeds):
    at = app(PAGE)
    pick = at.selectbox(key="tl_pick")
    assert len(pick.options) == len(seeds) and pick.value is None
    assert not [t for t in titles(at) if t.startswith("**Multilateral") or t.startswith("**Bilateral ")]


def test_downloads_sit_under_the_chart(app):
    keys = {b.proto.id for b in app(PAGE).get("download_button")}
    assert any("tl_dl_html" in k for k in keys)


def test_no_match_gives_a_friendly_note(app):
    at = app(PAGE, dates=(date(2030, 1, 1), date(2030, 1, 2)), undated=False)
    assert "No event matches" in at.info[0].value
    assert not at.get("plotly_chart")
