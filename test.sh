#!/usr/bin/env bash
# Install everything the tests need into a fresh virtualenv (and Debian's chromium for the browser test),
# then run every test: unit and doctests, golden seeds, dev-set floors, AppTests, the real-browser test.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/python.sh

if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "== installing Debian's chromium for the browser test"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
fi

VENV="${NASHEST_TEST_VENV:-$(mktemp -d)/venv}"
echo "== fresh virtualenv in $VENV"
"$PY" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt

echo "== ruff"
"$VENV/bin/python" -m ruff check core ui pages tests bench dashboard.py

echo "== pytest"
set +e
"$VENV/bin/python" -m pytest -q tests core "$@"
status=$?
set -e
if [ "$status" = 5 ]; then echo "no tests ran" >&2; exit 1; fi
exit "$status"
