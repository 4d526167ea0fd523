"""Shared, read-only fixtures: a store holding the five seeds, and a factory for dashboard AppTests on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from core import store
from core.config import SEEDS_DIR

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def seeded_store(tmp_path_factory) -> str:
    """A DuckDB file with the five bundled seeds ingested (do not write to it: make your own for writes)."""
    path = tmp_path_factory.mktemp("store") / "seeds.duckdb"
    summary = store.ingest([SEEDS_DIR], path)
    assert summary.articles_new == 5 and not summary.problems
    return str(path)


@pytest.fixture
def app(seeded_store, monkeypatch):
    """``app(page, **state)``: the dashboard on the seeded store, with session state preset, on ``page``.

    Widget values are preset through session state (their keys are the sidebar's URL parameters: dates,
    country, forum, kind, lang, undated), which is how a bookmarked URL arrives too.
    """
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("NASHEST_STORE", seeded_store)

    def make(page: str | None = None, query: dict | None = None, **state):
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
        for key, value in state.items():
            at.session_state[key] = value
        for key, value in (query or {}).items():
            at.query_params[key] = value
        at.run()
        if page:
            at.switch_page(page).run()
        assert not at.exception, at.exception
        return at

    return make
