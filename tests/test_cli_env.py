"""`python -m core` run by a Python without the engine's modules hands over to the project's .venv."""

import shutil
import subprocess
import sys
from pathlib import Path

from core.__main__ import ENGINE_MODULES, _missing_modules

ROOT = Path(__file__).resolve().parents[1]


def test_the_test_environment_has_every_engine_module():
    assert _missing_modules() == []  # requirements.txt installs all that extract, ingest and evaluate import


def test_a_python_without_the_modules_is_told_what_to_do(tmp_path):
    # a copy of core/ with no .venv beside it, run with the engine's modules hidden: a clear message, exit 1
    code = ("import sys, importlib.util as u; f = u.find_spec; "
            f"u.find_spec = lambda n, *a: None if n in {ENGINE_MODULES!r} else f(n, *a); "
            "sys.argv = ['core', 'extract', 'seeds']; import runpy; runpy.run_module('core', run_name='__main__')")
    shutil.copytree(ROOT / "core", tmp_path / "core", ignore=shutil.ignore_patterns("data", "__pycache__"))
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "lacks ahocorasick" in done.stderr and "bash start.sh" in done.stderr
