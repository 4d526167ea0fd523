"""Cue phrases (meeting triggers, future and negation markers, structure words) from core/data/cues.tsv.

Matched over word tokens of the folded text: "word" phrases match whole tokens, "prefix" phrases let the
last token carry a suffix (دیدار matches دیدارها). Arabic tokens are also tried without proclitics.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from core.config import DATA_DIR
from core.fold import fold_text
from core.gazetteer import read_table
from core.mentions import clitic_variants


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue found at tokens [i, j).

    >>> Cue("meeting", 3, 4).kind
    'meeting'
    """

    kind: str
    i: int
    j: int


@dataclass(frozen=True)
class CueIndex:
    """First folded token -> (rest of phrase tokens, prefix?, class)."""

    exact: dict[str, tuple[tuple[tuple[str, ...], bool, str], ...]]
    prefixes: dict[str, tuple[str, ...]]  # single-token prefix phrases -> classes
    min_prefix: int


@lru_cache(maxsize=2)
def load_cues(path: Path = DATA_DIR / "cues.tsv") -> CueIndex:
    """Index the cue table once.

    >>> "meeting" in load_cues().prefixes["دیدار"]
    True
    """
    exact: dict[str, list] = defaultdict(list)
    prefixes: dict[str, list[str]] = defaultdict(list)
    for row in read_table(path, ("class", "lang", "match", "phrase")):
        toks = tuple(fold_text(row["phrase"]).split(" "))
        if row["match"] == "prefix" and len(toks) == 1:
            prefixes[toks[0]].append(row["class"])
        else:
            exact[toks[0]].append((toks[1:], row["match"] == "prefix", row["class"]))
    return CueIndex({k: tuple(v) for k, v in exact.items()}, {k: tuple(v) for k, v in prefixes.items()},
                    min(map(len, prefixes)) if prefixes else 2)


def find_cues(texts: list[str], arabic: bool, index: CueIndex | None = None) -> list[Cue]:
    """Every cue over folded tokens ``texts``.

    >>> [c.kind for c in find_cues("با همتای ایرانی دیدار کرد".split(), False)]
    ['with', 'person', 'meeting']
    """
    idx = index or load_cues()
    out: list[Cue] = []
    n = len(texts)
    for i, tok in enumerate(texts):
        variants = clitic_variants(tok) if arabic else [(tok, 0)]
        found: set[tuple[str, int]] = set()
        for v, _cut in variants:
            for rest, is_prefix, kind in idx.exact.get(v, ()):
                j = i + 1 + len(rest)
                if j > n:
                    continue
                ok = all(texts[i + 1 + k] == r for k, r in enumerate(rest[:-1])) if rest else True
                if ok and rest:
                    last = texts[j - 1]
                    ok = last.startswith(rest[-1]) if is_prefix else last == rest[-1]
                if ok:
                    found.add((kind, j))
            for k in range(len(v), idx.min_prefix - 1, -1):
                for kind in idx.prefixes.get(v[:k], ()):
                    found.add((kind, i + 1))
        out.extend(Cue(kind, i, j) for kind, j in sorted(found))
    return out
