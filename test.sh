#!/usr/bin/env bash
# Install everything the tests need into a fresh virtualenv (and Debian's chromium for the browser test),
# then run every test: unit and doctests, golden seeds, dev-set floors, AppTests, the real-browser test.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/python.sh

# Debian's chromium drives the browser test and kaleido's PNG/SVG export; fonts-noto-core draws Persian and
# Arabic in its screenshots. Installed here, never by hand.
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -d /usr/share/fonts/truetype/noto ] || need+=(fonts-noto-core)
if [ "${#need[@]}" -gt 0 ]; then
  echo "== installing Debian packages: ${need[*]}"
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

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
