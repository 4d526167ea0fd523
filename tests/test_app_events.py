"""Events table page: the filtered events as a table, their count, and CSV/JSON downloads with those rows."""

from __future__ import annotations

import csv
import io
import json
import re
from urllib.parse import parse_qs, urlparse

import pytest
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

from core import store
from core.config import SEEDS_DIR
from ui import filters

PAGE = "pages/events.py"


@pytest.fixture(scope="module")
def events():
    """The seeds' events from a private in-memory store (the shared one is held open by the app under test)."""
    con = store.connect(":memory:")
    try:
        store.ingest([SEEDS_DIR], con=con)
        return store.events_frame(con)
    finally:
        con.close()


@pytest.fixture
def media(monkeypatch) -> list[MemoryMediaFileStorage]:
    """The in-memory media stores AppTest makes for each run (kept, so download bytes can be read back)."""
    made: list[MemoryMediaFileStorage] = []

    def keep(endpoint: str) -> MemoryMediaFileStorage:
        made.append(MemoryMediaFileStorage(endpoint))
        return made[-1]

    monkeypatch.setattr("streamlit.testing.v1.app_test.MemoryMediaFileStorage", keep)
    return made


def download(at, media, key: str) -> bytes:
    button = next(b for b in at.get("download_button") if b.key == key)
    return media[-1].get_file(button.proto.url.rsplit("/", 1)[-1]).content


@pytest.mark.parametrize("state", [
    pytest.param({"kind": ["bilateral"]}, id="bilaterals"),
    pytest.param({"kind": ["multilateral"]}, id="multilaterals"),
    pytest.param({"lang": ["ar"]}, id="arabic sources"),
    pytest.param({}, id="no filter"),
])
def test_table_rows_count_and_downloads_follow_the_filter(app, events, media, state):
    expected = filters.apply(events, filters.Filters(kinds=tuple(state.get("kind", ())),
                                                     langs=tuple(state.get("lang", ()))))
    assert len(expected) > 0
    at = app(PAGE, **state)
    table = at.dataframe[0].value
    assert len(table) == len(expected)
    assert set(table["event_id"]) == set(expected["event_id"])
    assert any(c.value.startswith(f"{len(expected)} event(s) match") for c in at.caption)

    raw = download(at, media, "ev_csv")
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM, so Excel reads Persian"
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) == len(expected) + 1 and rows[0][0] == "event_id"
    assert len(text.splitlines()) == len(expected) + 1

    records = json.loads(download(at, media, "ev_json").decode("utf-8"))
    assert [r["event_id"] for r in records] == [r[0] for r in rows[1:]]


def test_bilateral_rows_read_in_english_and_link_to_the_viewer(app, events, media):
    at = app(PAGE, kind=["bilateral"])
    table = at.dataframe[0].value
    assert set(table["kind"]) == {"bilateral"}
    assert "Iran – Russia" in set(table["country_names"])
    first = table.iloc[0]
    link = urlparse(first["viewer"])
    assert link.path == "/viewer"
    assert parse_qs(link.query) == {"article": [first["event_id"].split(":")[0]], "event": [first["event_id"]]}

    raw = download(at, media, "ev_json").decode("utf-8")
    records = json.loads(raw)
    dated = [r for r in records if r["date"]]
    assert dated and all(len(r["date"]) == 10 for r in dated), "plain ISO days"
    assert re.search("[\u0600-\u06ff]", raw) and "\\u06" not in raw, "Persian kept as is (force_ascii=False)"
    assert "Iran – Russia" in raw
