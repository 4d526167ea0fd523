"""Make every page run through dashboard.py, even when opened by its own URL.

Streamlit treats an app with a ``pages/`` folder beside its entry file as a v1 multipage app: a direct visit
to ``/timeline`` (a bookmark, a shared link, a reload) runs ``pages/timeline.py`` alone, without the entry
file's page config and shared sidebar filters. Each page therefore starts with ``boot.through_entry()``:
when the entry file is not running, it runs it — its ``st.navigation`` picks this same page from the URL and
runs it inside — and then stops, so the page body never runs twice.
"""

from __future__ import annotations

import runpy
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import streamlit as st

ENTRY = Path(__file__).resolve().parents[1] / "dashboard.py"
_state = threading.local()  # one script run per thread: the flag never leaks between sessions


@contextmanager
def entry() -> Iterator[None]:
    """Mark the pages run inside this block as run by the entry file."""
    _state.inside = True
    try:
        yield
    finally:
        _state.inside = False


def through_entry() -> None:
    """Run the entry file if this page was started without it; then stop this bare run."""
    if getattr(_state, "inside", False):
        return
    runpy.run_path(str(ENTRY), run_name="__main__")
    st.stop()
