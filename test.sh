#!/usr/bin/env bash
# Install everything the tests need into a fresh virtualenv (and Debian's chromium for the browser test),
# then run every test: unit and doctests, golden seeds, dev-set floors, AppTests, the real-browser test.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/python.sh

source scripts/debian.sh
debian_install chromium fonts-noto-core

VENV="${NASHEST_TEST_VENV:-$(mktemp -d)/venv}"
echo "== fresh virtualenv in $VENV"
"$PY" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt

echo "== ruff"
"$VENV/bin/python" -m ruff check core ui pages tests bench dashboard.py

echo "== pytest"
set +e
"$VENV/bin/python" -m pytest -q tests core ui "$@"
status=$?
set -e
if [ "$status" = 5 ]; then echo "no tests ran" >&2; exit 1; fi
exit "$status"
