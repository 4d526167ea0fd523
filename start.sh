#!/usr/bin/env bash
# Install the runtime into .venv and start the dashboard on the embedded store (seeds ingested on first start).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/python.sh
source scripts/debian.sh
# Chromium makes PNG/SVG chart downloads possible; without it the dashboard still runs and offers HTML.
debian_install chromium fonts-noto-core || echo "nashest: chromium not installed: charts download as HTML only" >&2
if [ ! -x .venv/bin/python ]; then "$PY" -m venv .venv; fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
exec .venv/bin/python -m streamlit run dashboard.py --browser.gatherUsageStats false "$@"
