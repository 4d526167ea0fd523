"""Each module-level table or constant in core/ is assigned once: a second assignment further down a long module
(a word set added under a name already taken) silently replaces the first for every rule that reads it."""

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


@pytest.mark.parametrize("path", sorted(CORE.glob("*.py")), ids=lambda p: p.name)
def test_no_module_constant_is_assigned_twice(path):
    assert module_names_assigned_twice(path.read_text(encoding="utf-8")) == []
