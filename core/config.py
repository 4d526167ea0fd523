"""Paths and thresholds in one place. Nothing here reads a file or opens a connection."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"  # gazetteer tables (*.tsv)
REPO_DIR = PACKAGE_DIR.parent
SEEDS_DIR = REPO_DIR / "seeds"

# Where the embedded store lives unless --store / NASHEST_STORE says otherwise.
DEFAULT_STORE = Path(os.environ.get("NASHEST_STORE", REPO_DIR / "data" / "nashest.duckdb"))

MAX_FILE_BYTES = 20 * 1024 * 1024  # larger files are reported as too_large, not read
MAX_ARTICLE_CHARS = 2_000_000  # a single record's text beyond this is reported

# Stored with every article: re-ingesting under a newer engine replaces that article's rows.
ENGINE_VERSION = "0.28.0"
