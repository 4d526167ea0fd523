"""The embedded store: idempotent writes, nothing lost on bad input, engine upgrades replace rows."""

from __future__ import annotations

import subprocess
import sys

import pytest

from core import store
from core.config import SEEDS_DIR
from core.pipeline import process_text

FA = "وزیر امور خارجه ایران با سرگئی لاوروف وزیر خارجه روسیه در مسکو دیدار و گفتگو کرد."


def counts(con) -> tuple[int, ...]:
    return tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("articles", "mentions", "events", "event_countries", "problems"))


@pytest.fixture
def con():
    c = store.connect(":memory:")
    yield c
    c.close()


def test_seeds_ingest_once(con):
    first = store.ingest([SEEDS_DIR], con=con)
    before = counts(con)
    again = store.ingest([SEEDS_DIR], con=con)
    assert (first.articles_new, again.articles_new, again.articles_unchanged) == (5, 0, 5)
    assert counts(con) == before


def test_a_bad_file_keeps_what_was_stored(con, tmp_path):
    store.ingest([SEEDS_DIR], con=con)
    before = counts(con)[:4]
    (tmp_path / "broken.json").write_text('{"text": "نشست', encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02" * 100)
    summary = store.ingest([tmp_path], con=con)
    assert counts(con)[:4] == before
    assert sorted(p.reason for p in summary.problems) == ["binary", "empty", "unparseable"]
    assert {r[0] for r in con.execute("SELECT reason FROM problems").fetchall()} == {"binary", "empty",
                                                                                       "unparseable"}


def test_problems_are_kept_once(con, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    store.ingest([tmp_path], con=con)
    store.ingest([tmp_path], con=con)
    assert counts(con)[4] == 1


def test_rows_point_into_the_original_text(con):
    store.write(con, [process_text(FA)])
    text = con.execute("SELECT text FROM articles").fetchone()[0]
    for start, end, surface in con.execute('SELECT start, "end", surface FROM mentions').fetchall():
        assert text[start:end] == surface
    (countries,) = con.execute("SELECT countries FROM events").fetchone()
    assert countries == ["IRN", "RUS"]
    assert con.execute("SELECT location, city FROM events").fetchone() == ("RUS", "Moscow")


def test_a_newer_engine_replaces_an_articles_rows(con, monkeypatch):
    store.write(con, [process_text(FA)])
    before = counts(con)
    monkeypatch.setattr(store, "ENGINE_VERSION", "next")
    summary = store.write(con, [process_text(FA)])
    assert (summary.articles_new, summary.articles_updated) == (0, 1)
    assert counts(con) == before
    assert con.execute("SELECT engine FROM articles").fetchone() == ("next",)


def test_upload_bytes_are_stored_with_their_events(con):
    summary = store.ingest_bytes(con, "upload.txt", FA.encode("utf-8"))
    assert (summary.articles_new, summary.events) == (1, 1)
    frame = store.events_frame(con)
    assert frame.loc[0, "source_id"] == "upload" and frame.loc[0, "countries"] == ["IRN", "RUS"]


def test_sideline_bilaterals_link_to_their_summit(con):
    store.ingest([SEEDS_DIR], con=con)
    frame = store.events_frame(con)
    linked = frame[frame["summit_id"].notna()]
    assert not linked.empty
    summits = frame.set_index("event_id").loc[linked["summit_id"]]
    assert (summits["kind"] == "multilateral").all()
    assert (summits["forum"].to_numpy() == linked["forum"].to_numpy()).all()


def test_a_second_writer_gets_a_clear_message(tmp_path):
    path = tmp_path / "s.duckdb"
    first = store.connect(path)
    try:
        code = f"from core import store\ntry:\n    store.connect({str(path)!r})\nexcept store.StoreBusy as e:\n" \
               "    print('busy', e)\n"
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60).stdout
        assert out.startswith("busy") and "in use by another process" in out
    finally:
        first.close()
