"""Cue phrases (meeting triggers, future and negation markers, structure words) from core/data/cues.tsv.

Matched over word tokens of the folded text: "word" phrases match whole tokens, "prefix" phrases let the
last token carry a suffix (دیدار matches دیدارها). Arabic tokens are also tried without proclitics.
"""

from __future__ import annotations

import re
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
def trigger_prefilter(path: Path = DATA_DIR / "cues.tsv", kinds: tuple[str, ...] = ("meeting", "call", "summit")):
    """One regex that finds every place a meeting trigger could start, to skip sentences without one.

    >>> bool(trigger_prefilter().search("با همتای ایرانی دیدار کرد"))
    True
    """
    phrases = sorted({fold_text(r["phrase"]) for r in read_table(path, ("class", "lang", "match", "phrase"))
                      if r["class"] in kinds}, key=len, reverse=True)
    return re.compile("|".join(re.escape(p) for p in phrases))


@lru_cache(maxsize=4)
def load_cues(lang: str = "fa", path: Path = DATA_DIR / "cues.tsv") -> CueIndex:
    """Index one language's rows of the cue table, once.

    >>> "meeting" in load_cues("fa").prefixes["دیدار"]
    True
    """
    exact: dict[str, list] = defaultdict(list)
    prefixes: dict[str, list[str]] = defaultdict(list)
    for row in read_table(path, ("class", "lang", "match", "phrase")):
        if row["lang"] != lang:
            continue
        toks = tuple(fold_text(row["phrase"]).split(" "))
        if row["match"] == "prefix" and len(toks) == 1:
            prefixes[toks[0]].append(row["class"])
        else:
            exact[toks[0]].append((toks[1:], row["match"] == "prefix", row["class"]))
    return CueIndex({k: tuple(v) for k, v in exact.items()}, {k: tuple(v) for k, v in prefixes.items()},
                    min(map(len, prefixes)) if prefixes else 2)


@lru_cache(maxsize=65536)
def _starts_here(token: str, arabic: bool) -> tuple[tuple[tuple[str, ...], bool, str], ...]:
    """Every cue phrase that can start at a token (cached: news repeats its words)."""
    idx = load_cues("ar" if arabic else "fa")
    variants = clitic_variants(token) if arabic else [(token, 0)]
    out: list[tuple[tuple[str, ...], bool, str]] = []
    for v, _cut in variants:
        out.extend(idx.exact.get(v, ()))
        for k in range(len(v), idx.min_prefix - 1, -1):
            out.extend(((), True, kind) for kind in idx.prefixes.get(v[:k], ()))
    return tuple(dict.fromkeys(out))


def find_cues(texts: list[str], arabic: bool) -> list[Cue]:
    """Every cue over folded tokens ``texts``.

    >>> [c.kind for c in find_cues("با همتای ایرانی دیدار کرد".split(), False)]
    ['with', 'person', 'meeting']
    """
    out: list[Cue] = []
    n = len(texts)
    for i, tok in enumerate(texts):
        found: set[tuple[str, int]] = set()
        for rest, is_prefix, kind in _starts_here(tok, arabic):
            if not rest:
                found.add((kind, i + 1))
                continue
            j = i + 1 + len(rest)
            if j > n or any(texts[i + 1 + k] != r for k, r in enumerate(rest[:-1])):
                continue
            last = texts[j - 1]
            if last.startswith(rest[-1]) if is_prefix else last == rest[-1]:
                found.add((kind, j))
        out.extend(Cue(kind, i, j) for kind, j in sorted(found))
    return out
