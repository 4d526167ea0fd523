# Sourced by start.sh and test.sh: find a Python 3.12 (hazm 0.12.1 needs it) and put it in $PY.
PY="${PYTHON:-}"
if [ -z "$PY" ]; then
  for cand in python3.12 "$HOME/.pyenv/versions/3.12"*/bin/python3.12 /usr/local/bin/python3.12 /usr/bin/python3.12; do
    if command -v "$cand" >/dev/null 2>&1; then PY=$(command -v "$cand"); break; fi
  done
fi
if [ -z "$PY" ] || ! "$PY" -c 'import sys; assert sys.version_info[:2] == (3, 12)' 2>/dev/null; then
  echo "nashest: Python 3.12 is needed (see .python-version); set PYTHON=/path/to/python3.12" >&2
  exit 2
fi
