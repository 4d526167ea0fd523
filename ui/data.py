"""Cached access to the store for the pages. The only module here that opens the store.

One DuckDB connection per store file (``st.cache_resource``); each query runs on its own cursor, so
sessions in other threads never share one. Frames are cached by (store path, version stamp): any write —
an upload — changes the stamp, so pages never show stale data.

Frames are cached with ``st.cache_resource``, not ``st.cache_data``: cache_data unpickles a fresh copy on
every hit, which for 10,000 events with list columns costs more than the rest of a rerun. The price is a
rule: callers never mutate what they get (they filter into new frames, as ``filters.apply`` does).
"""

from __future__ import annotations

import os

import duckdb
import pandas as pd
import streamlit as st

from core import store
from core.config import DEFAULT_STORE, SEEDS_DIR


def store_path() -> str:
    """The store the dashboard reads: ``$NASHEST_STORE`` or the default under data/."""
    return os.environ.get("NASHEST_STORE") or str(DEFAULT_STORE)


@st.cache_resource(show_spinner="Opening the store …")
def _connection(path: str) -> duckdb.DuckDBPyConnection:
    con = store.connect(path)
    if os.environ.get("NASHEST_NO_SEED") != "1":
        store.seed_if_empty(con, SEEDS_DIR)
    return con


def cursor() -> duckdb.DuckDBPyConnection:
    """A fresh cursor on the shared connection (thread-safe use of DuckDB)."""
    return _connection(store_path()).cursor()


@st.cache_resource(show_spinner=False)
def _version(path: str) -> str:
    return str(store.stats(_connection(path).cursor())["version"])


def version() -> str:
    """Changes with every write to the store. Counted once, not on every rerun: DuckDB lets one process
    write a file and this one holds it, so the uploader is the only writer and it clears the stamp."""
    return _version(store_path())


@st.cache_resource(show_spinner=False, max_entries=4)
def _events(path: str, stamp: str) -> pd.DataFrame:
    return store.events_frame(cursor())


@st.cache_resource(show_spinner=False, max_entries=4)
def _articles(path: str, stamp: str) -> pd.DataFrame:
    return store.articles_frame(cursor())


@st.cache_resource(show_spinner=False, max_entries=4)
def _problems(path: str, stamp: str) -> pd.DataFrame:
    return store.problems_frame(cursor())


@st.cache_resource(show_spinner=False, max_entries=64)
def _article(path: str, stamp: str, article_id: str) -> tuple[dict | None, pd.DataFrame]:
    cur = cursor()
    return store.article_row(cur, article_id), store.mentions_frame(cur, article_id)


@st.cache_resource(show_spinner=False, max_entries=4)
def _table(path: str, stamp: str) -> pd.DataFrame:
    from ui.describe import table

    return table(_events(path, stamp))


def events_table(events_shown: pd.DataFrame) -> pd.DataFrame:
    """The readable table (``ui.describe.table``) of the given events, built once per store version."""
    return _table(store_path(), version()).loc[events_shown.index]


def events() -> pd.DataFrame:
    """Every stored event (not filtered); see ``core.store.events_frame`` for the columns."""
    return _events(store_path(), version())


def articles() -> pd.DataFrame:
    """Every stored article, without its text."""
    return _articles(store_path(), version())


def problems() -> pd.DataFrame:
    """Every problem met while ingesting."""
    return _problems(store_path(), version())


def article(article_id: str) -> tuple[dict | None, pd.DataFrame]:
    """One article (with its original text) and its mentions."""
    return _article(store_path(), version(), article_id)


def ingest_upload(name: str, data: bytes) -> store.IngestSummary:
    """Parse, process and store one uploaded file; the version stamp changes, so every page refreshes."""
    summary = store.ingest_bytes(cursor(), name, data)
    _version.clear()
    return summary
