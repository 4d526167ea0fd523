"""The timeline figure, pure: lanes, hover text, sideline links, selection mapping, size at 10,000 events."""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go
import pytest

from ui import describe, timeline_fig
from ui.timeline_fig import AD_HOC, BILATERAL

LAVROV = {"name": "لاوروف", "name_en": "Sergei Lavrov", "role": "foreign_minister", "country": "RUS"}
ARAGHCHI = {"name": "عراقچی", "name_en": None, "role": "foreign_minister", "country": "IRN"}


def ev(event_id: str, kind: str = "bilateral", countries=("IRN", "RUS"), date: str | None = "2024-04-27",
       forum: str | None = None, summit_id: str | None = None, city: str | None = None,
       location: str | None = "RUS", participants=()) -> dict:
    return {"event_id": event_id, "kind": kind, "countries": list(countries), "date": date, "forum": forum,
            "summit_id": summit_id, "city": city, "location": location, "participants": list(participants)}


def frame(*rows: dict) -> pd.DataFrame:
    df = pd.DataFrame(list(rows))
    df["date"] = pd.to_datetime(df["date"])
    return df


@pytest.mark.parametrize(("kind", "forum", "lane"), [
    ("multilateral", "SCO", "SCO"),
    ("multilateral", "MCIS", "MCIS"),
    ("multilateral", None, AD_HOC),
    ("multilateral", "", AD_HOC),
    ("bilateral", "SCO", BILATERAL),
    ("bilateral", None, BILATERAL),
])
def test_lane_of_an_event(kind, forum, lane):
    assert timeline_fig.lanes(frame(ev("a:0", kind, forum=forum))).tolist() == [lane]


@pytest.mark.parametrize(("names", "order"), [
    (["SCO", BILATERAL, AD_HOC, "BRICS"], [BILATERAL, AD_HOC, "BRICS", "SCO"]),
    (["SCO", "MCIS"], ["MCIS", "SCO"]),  # by English name: Moscow Conference … before Shanghai …
    ([BILATERAL], [BILATERAL]),
    ([], []),
])
def test_lane_order_bottom_to_top(names, order):
    assert timeline_fig.lane_order(names) == order


@pytest.mark.parametrize(("days", "lane", "y"), [
    (["2024-04-27"], [BILATERAL], [0.0]),
    (["2024-04-27", "2024-04-27", "2024-04-27"], [BILATERAL] * 3, [0.0, 0.1, -0.1]),  # same day: nudged apart
    (["2024-04-27", "2024-04-28"], [BILATERAL] * 2, [0.0, 0.0]),
    (["2024-04-27", "2024-04-27"], [BILATERAL, "SCO"], [0.0, 1.0]),  # same day, other lane: no nudge
    (["2024-04-27"] * 8, [BILATERAL] * 8, [0.0, 0.1, -0.1, 0.2, -0.2, 0.3, -0.3, 0.0]),  # 7 slots, then again
])
def test_positions_keep_same_day_events_apart(days, lane, y):
    df = pd.DataFrame({"date": pd.to_datetime(days)})
    got = timeline_fig.positions(df, pd.Series(lane), [BILATERAL, "SCO"])
    assert got.round(2).tolist() == y


@pytest.mark.parametrize(("row", "expected"), [
    (ev("a:1", participants=[LAVROV]),
     ["<b>Bilateral · Iran – Russia</b>", "Date: 2024-04-27 · Jalali 1403/02/08", "Place: Russia",
      "Officials: Sergei Lavrov (Foreign Minister, Russia)"]),
    (ev("a:0", "multilateral", ("CHN", "IRN", "RUS"), "2024-04-26", "SCO", city="Astana", location="KAZ"),
     ["<b>Multilateral · China, Iran, Russia</b>", "Jalali 1403/02/07", "Place: Astana, Kazakhstan",
      "Forum: SCO — Shanghai Cooperation Organisation", "Officials: —", "Sideline bilaterals: 0"]),
    (ev("a:2", date="2024-03-20", participants=[ARAGHCHI]),  # Nowruz 1403; the name as written when no English
     ["Jalali 1403/01/01", "Officials: عراقچی (Foreign Minister, Iran)"]),
    (ev("a:3", date=None, forum="MCIS", summit_id="a:9", location=None),
     ["Date: undated", "Place: —", "On the sidelines of the MCIS summit"]),
])
def test_hover_names_in_english_with_both_calendars(row, expected):
    text = timeline_fig.hover(frame(row)).iloc[0]
    for piece in expected:
        assert piece in text.split("<br>") or piece in text, (piece, text)


@pytest.mark.parametrize("written", ["<a href='javascript:alert(1)'>لاوروف</a>", "<b>x</b> & <br>y"])
def test_hover_escapes_text_from_articles(written):
    text = timeline_fig.hover(frame(ev("a:0", city=written, participants=[{"name": written}]))).iloc[0]
    assert "<a" not in text and "<b>x" not in text and "&lt;" in text
    assert text.count("<br>") == 4  # only our own line breaks, between the title and four fields


def test_titles_match_describe_event_title():
    df = frame(ev("a:0", "multilateral", ("CHN", "IRN", "RUS"), "2024-04-26", "SCO"),
               ev("a:1", date=None, forum="MCIS"), ev("a:2"))
    expected = [describe.event_title(r) for r in df.to_dict("records")]
    assert timeline_fig.titles(df).tolist() == expected


def summit_with_sidelines() -> pd.DataFrame:
    return frame(ev("s:0", "multilateral", ("CHN", "IRN", "RUS"), "2024-04-26", "SCO", city="Astana",
                    location="KAZ"),
                 ev("s:1", forum="SCO", summit_id="s:0", date="2024-04-26"),
                 ev("s:2", countries=("CHN", "IRN"), forum="SCO", summit_id="s:0", date="2024-04-27"),
                 ev("u:0", "multilateral", ("IRN", "SRB", "UZB"), None, "MCIS"),
                 ev("u:1", countries=("IRN", "SRB"), forum="MCIS", summit_id="u:0", date=None),
                 ev("b:0", countries=("RUS", "SYR"), date="2024-05-02"))


def test_one_trace_per_lane_with_event_ids_as_customdata():
    fig = timeline_fig.figure(summit_with_sidelines())
    markers = {t.name: list(t.customdata) for t in fig.data if t.mode == "markers"}
    assert markers == {BILATERAL: ["s:1", "s:2", "b:0"], "SCO": ["s:0"]}  # undated u:* are not on the axis
    assert list(fig.layout.yaxis.ticktext) == [BILATERAL, "SCO"] and list(fig.layout.yaxis.tickvals) == [0, 1]


def test_sideline_bilaterals_are_joined_to_their_summit():
    fig = timeline_fig.figure(summit_with_sidelines())
    (lines,) = [t for t in fig.data if t.mode == "lines"]
    assert [None if math.isnan(v) else v for v in lines.y] == [1, 0, None, 1, 0, None]  # SCO row -> Bilateral row
    assert [str(x)[:10] for x in lines.x[:2]] == ["2024-04-26", "2024-04-26"]
    assert str(lines.x[4])[:10] == "2024-04-27" and lines.hoverinfo == "skip"


@pytest.mark.parametrize(("summit", "ids"), [("s:0", ["s:1", "s:2"]), ("u:0", ["u:1"]), ("b:0", [])])
def test_sidelines_of_a_summit(summit, ids):
    assert timeline_fig.sidelines(summit_with_sidelines(), summit)["event_id"].tolist() == ids


def test_sideline_counts_and_marker_size():
    df = summit_with_sidelines()
    assert timeline_fig.sideline_counts(df).tolist() == [2, 0, 0, 1, 0, 0]
    assert timeline_fig.marker_size(df).tolist() == [17, 14, 14, 17, 14, 14]


def test_no_dated_event_gives_an_empty_axis_with_a_note():
    fig = timeline_fig.figure(frame(ev("u:0", date=None)))
    assert all(len(t.x) == 0 for t in fig.data if t.mode == "markers") or not fig.data
    assert "No dated event" in fig.layout.annotations[0].text


@pytest.mark.parametrize(("selection", "picked"), [
    (None, None),
    ({}, None),
    ({"selection": {"points": []}}, None),
    ({"selection": {"points": [{"curve_number": 0, "point_index": 1}]}}, None),  # a sideline line, no id
    ({"selection": {"points": [{"customdata": "zz:9"}]}}, None),  # filtered away since
    ({"selection": {"points": [{"customdata": "s:2"}, {"customdata": "s:0"}]}}, "s:2"),
    ({"selection": {"points": [{"customdata": ["s:1"]}]}}, "s:1"),
])
def test_picked_maps_a_selection_back_to_an_event(selection, picked):
    assert timeline_fig.picked(selection, ["s:0", "s:1", "s:2"]) == picked


def test_ten_thousand_events_make_one_trace_per_lane():
    base = summit_with_sidelines()
    big = pd.concat([base.assign(event_id=base["event_id"] + f"#{k}",
                                 summit_id=base["summit_id"].map(lambda s, k=k: f"{s}#{k}" if s else None),
                                 date=base["date"] + pd.Timedelta(days=k % 900)) for k in range(1700)],
                    ignore_index=True)
    assert len(big) >= 10_000
    fig = timeline_fig.figure(big)  # its speed is measured by bench/dashboard.py, not asserted here
    assert len(fig.data) == 3  # sidelines, Bilateral, SCO
    bilateral = next(t for t in fig.data if t.name == BILATERAL)
    assert isinstance(bilateral, go.Scattergl) and len(bilateral.x) == 3 * 1700
