"""Each module-level table or constant in core/ is assigned once: a second assignment further down a long module
(a word set added under a name already taken) silently replaces the first for every rule that reads it. The
modules of ``core.events`` form layers: each imports only the ones before it in ``EVENTS_LAYERS``."""

import ast
from collections import Counter
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parents[1] / "core"


def module_names_assigned_twice(source: str) -> list[str]:
    """Names bound by more than one top-level assignment.

    >>> module_names_assigned_twice("A = 1\\nB = 2\\nA = frozenset()\\n")
    ['A']
    """
    names = Counter()
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] \
            if isinstance(node, ast.AnnAssign) and node.value is not None else []
        names.update(t.id for t in targets if isinstance(t, ast.Name))
    return sorted(n for n, c in names.items() if c > 1)


def test_a_name_assigned_twice_is_found():
    assert module_names_assigned_twice("WORDS = frozenset()\nREACH = 3\nWORDS = frozenset({'x'})\n") == ["WORDS"]


@pytest.mark.parametrize("path", sorted(CORE.rglob("*.py")), ids=lambda p: str(p.relative_to(CORE)))
def test_no_module_constant_is_assigned_twice(path):
    assert module_names_assigned_twice(path.read_text(encoding="utf-8")) == []


EVENTS_LAYERS = ("sentence", "actors", "tense", "dating", "venue", "receptions", "sides", "drafts", "merge")


def events_modules_imported(source: str) -> set[str]:
    """The ``core.events`` modules a source imports from.

    >>> sorted(events_modules_imported("from core.events.tense import _cancelled\\nfrom core.fold import fold\\n"))
    ['tense']
    """
    return {node.module.removeprefix("core.events.") for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("core.events.")}


def test_the_layers_name_every_events_module():
    assert sorted(EVENTS_LAYERS) == sorted(p.stem for p in (CORE / "events").glob("*.py") if p.stem != "__init__")


@pytest.mark.parametrize("layer", EVENTS_LAYERS)
def test_an_events_module_imports_only_the_layers_before_it(layer):
    source = (CORE / "events" / f"{layer}.py").read_text(encoding="utf-8")
    assert events_modules_imported(source) <= set(EVENTS_LAYERS[:EVENTS_LAYERS.index(layer)])
