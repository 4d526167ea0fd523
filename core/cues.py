"""Cue phrases (meeting triggers, future and negation markers, structure words) from core/data/cues.tsv.

Matched over word tokens of the folded text: "word" phrases match whole tokens, "prefix" phrases let the
last token carry a suffix (دیدار matches دیدارها). Arabic tokens are also tried without proclitics.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
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
    unprefixed: frozenset[str] = frozenset()  # words no prefix phrase may match (class not_cue): "الاجتماعی"


JOINED_FIRST_WORDS = frozenset({"به", "در"})  # Persian words a text may run into the next: "بهحضور", "درحاشیه"


def written_forms(phrase: str, lang: str) -> list[str]:
    """A folded cue phrase as texts write it: also run together after a Persian "به" or "در" whose ZWNJ or space
    was lost.

    >>> written_forms("به حضور پذیرفت", "fa")
    ['به حضور پذیرفت', 'بهحضور پذیرفت']
    """
    first, _, rest = phrase.partition(" ")
    return [phrase, first + rest] if lang == "fa" and rest and first in JOINED_FIRST_WORDS else [phrase]


def _trigger_phrases(path: Path, kinds: tuple[str, ...]) -> list[str]:
    """Folded meeting-trigger phrases of every language, longest first."""
    return sorted({form for r in read_table(path, ("class", "lang", "match", "phrase")) if r["class"] in kinds
                   for form in written_forms(fold_text(r["phrase"]), r["lang"])}, key=len, reverse=True)


TRIGGER_TABLE_KINDS = ("meeting", "call", "summit", "visit_person")  # cue classes a sentence must hold one of to
# be read for meetings ("visit_person": "بزيارة", a meeting when a person, not a place, follows "إلى")


@lru_cache(maxsize=2)
def trigger_prefilter(path: Path = DATA_DIR / "cues.tsv", kinds: tuple[str, ...] = TRIGGER_TABLE_KINDS):
    """One regex that finds every place a meeting trigger could start, to skip sentences without one.

    >>> bool(trigger_prefilter().search("با همتای ایرانی دیدار کرد"))
    True
    """
    return re.compile("|".join(re.escape(p) for p in _trigger_phrases(path, kinds)))


@lru_cache(maxsize=2)
def _trigger_automaton(path: Path = DATA_DIR / "cues.tsv", kinds: tuple[str, ...] = TRIGGER_TABLE_KINDS):
    """An Aho-Corasick automaton over the same phrases as ``trigger_prefilter``; each value is its length."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    for phrase in _trigger_phrases(path, kinds):
        auto.add_word(phrase, len(phrase))
    auto.make_automaton()
    return auto


def trigger_starts(folded_text: str) -> list[int]:
    """Sorted start of every occurrence of a meeting trigger phrase (one C scan, unlike the regex).

    No phrase holds a sentence end (. ! ? or a newline), so a sentence holds one of these starts exactly when
    ``trigger_prefilter`` would find a match starting in it.

    >>> trigger_starts("با همتای ایرانی دیدار کرد")
    [16]
    """
    if not folded_text:
        return []
    return sorted({end - n + 1 for end, n in _trigger_automaton().iter(folded_text)})


@lru_cache(maxsize=4)
def load_cues(lang: str = "fa", path: Path = DATA_DIR / "cues.tsv") -> CueIndex:
    """Index one language's rows of the cue table, once.

    >>> "meeting" in load_cues("fa").prefixes["دیدار"]
    True
    """
    exact: dict[str, list] = defaultdict(list)
    prefixes: dict[str, list[str]] = defaultdict(list)
    unprefixed: set[str] = set()
    for row in read_table(path, ("class", "lang", "match", "phrase")):
        if row["lang"] != lang:
            continue
        toks = tuple(fold_text(row["phrase"]).split(" "))
        if row["class"] == "not_cue":
            unprefixed.add(toks[0])
            continue
        for form in [tuple(f.split(" ")) for f in written_forms(" ".join(toks), lang)]:
            if row["match"] == "prefix" and len(form) == 1:
                prefixes[form[0]].append(row["class"])
            else:
                exact[form[0]].append((form[1:], row["match"] == "prefix", row["class"]))
    return CueIndex({k: tuple(v) for k, v in exact.items()}, {k: tuple(v) for k, v in prefixes.items()},
                    min(map(len, prefixes)) if prefixes else 2, frozenset(unprefixed))


_Phrase = tuple[tuple[str, ...], bool, str]  # (rest of phrase tokens, prefix?, class)


@dataclass(frozen=True, slots=True)
class _Starts:
    """The cue phrases that can start at one token, arranged so the next token picks the few to check."""

    single: frozenset[str]  # classes of the one-token phrases
    by_next: dict[str, tuple[_Phrase, ...]]  # longer phrases whose second token must equal the key
    prefix_pairs: tuple[tuple[str, str], ...]  # (prefix of the second token, class) of two-token prefix phrases
    longer: bool  # whether any phrase of two or more tokens starts here (by_next or prefix_pairs)
    next_prefixes: tuple[str, ...]  # the prefixes of prefix_pairs, for one ``str.startswith``
    anaphor: bool  # whether "anaphor" is in single


_PURPOSE_DROPS = frozenset({"meeting_verb", "meeting"})  # what a verb's word after ل+ ("لبحث") does not tell


def _starts_here(token: str, arabic: bool) -> _Starts | None:
    """Every cue phrase that can start at a token, None if none can."""
    idx = load_cues("ar" if arabic else "fa")
    variants = clitic_variants(token) if arabic else [(token, 0)]
    out: list[_Phrase] = []
    for v, cut in variants:
        if cut and token[cut - 1] == "ک" and not v.startswith("ال"):
            continue  # "كيري" (Kerry) is no "ك" + "يرى": "ك" (like) goes on a noun with its article, "كالرئيس"
        found = list(idx.exact.get(v, ()))
        for k in range(len(v), idx.min_prefix - 1, -1) if v not in idx.unprefixed else ():
            found.extend(((), True, kind) for kind in idx.prefixes.get(v[:k], ()))
        if cut and token[cut - 1] == "ل" and any(kind == "meeting_verb" for _r, _p, kind in found):
            found = [p for p in found if p[2] not in _PURPOSE_DROPS]  # "لبحث": to discuss, not "بحث" (talks)
        out.extend(found)
    if token[:1] == "ل" and ((), False, "purpose") in out:  # "للقاء" (to meet) is listed as a purpose word
        out = [p for p in out if p[2] not in _PURPOSE_DROPS or p[0]]
    if not arabic:
        out.extend(_plural_of_noun_cue(token, idx))
    if not out:
        return None
    by_next: dict[str, list[_Phrase]] = defaultdict(list)
    pairs = []
    for rest, is_prefix, kind in dict.fromkeys(out):
        if len(rest) == 1 and is_prefix:
            pairs.append((rest[0], kind))
        elif rest:
            by_next[rest[0]].append((rest, is_prefix, kind))
    single = frozenset(kind for rest, _p, kind in out if not rest)
    return _Starts(single, {k: tuple(v) for k, v in by_next.items()}, tuple(pairs), bool(by_next or pairs),
                   tuple(prefix for prefix, _kind in pairs),
                   "anaphor" in single)


_PLURAL_SUFFIXES_FA = ("های", "ها")  # folded: a Persian plural, its ZWNJ or space dropped ("مقام‌ها", "مقام ها")
_PLURAL_KINDS = frozenset({"person", "topic", "topic_place", "group"})  # noun cues whose plural tells the same


def _plural_of_noun_cue(token: str, idx: CueIndex) -> list[_Phrase]:
    """The one-word noun cues a Persian plural is the plural of, when the table lists only the singular:
    "مقامها" (officials) as "مقام", "هیاتها" as "هیات".

    >>> [kind for _rest, _p, kind in _plural_of_noun_cue("مقامها", load_cues("fa"))]
    ['person']
    """
    for suffix in _PLURAL_SUFFIXES_FA:
        stem = token[:-len(suffix)]
        if token.endswith(suffix) and len(stem) >= 2 and token not in idx.exact:
            return [(rest, is_prefix, kind) for rest, is_prefix, kind in idx.exact.get(stem, ())
                    if not rest and kind in _PLURAL_KINDS]
    return []


_MAX_WORDS_KEPT = 65536


class _WordTable(dict):
    """Folded token -> ``_Starts`` (or None) for one language, worked out on first sight of the token: news
    repeats its words. Emptied when it outgrows ``_MAX_WORDS_KEPT``."""

    def __init__(self, arabic: bool) -> None:
        super().__init__()
        self.arabic = arabic

    def __missing__(self, token: str) -> _Starts | None:
        if len(self) >= _MAX_WORDS_KEPT:
            self.clear()
        starts = self[token] = _starts_here(token, self.arabic)
        return starts


_WORDS = {False: _WordTable(False), True: _WordTable(True)}


def is_cue_word(token: str, arabic: bool) -> bool:
    """Whether a cue phrase can start at a folded token.

    >>> is_cue_word("دیدار", False), is_cue_word("مرزوک", True)
    (True, False)
    """
    return _WORDS[arabic][token] is not None


def _phrases_at(texts: list[str], i: int, starts: _Starts) -> list[tuple[str, int]]:
    """(class, end token) of every cue starting at token i, sorted."""
    n = len(texts)
    found = {(kind, i + 1) for kind in starts.single}
    if i + 1 < n:
        nxt = texts[i + 1]
        for prefix, kind in starts.prefix_pairs:
            if nxt.startswith(prefix):
                found.add((kind, i + 2))
        for rest, is_prefix, kind in starts.by_next.get(nxt, ()):
            j = i + 1 + len(rest)
            if j > n or texts[i + 1:j - 1] != list(rest[:-1]):  # the tokens between the second and the last
                continue
            last = texts[j - 1]
            if last.startswith(rest[-1]) if is_prefix else last == rest[-1]:
                found.add((kind, j))
    return sorted(found)


def cue_spans(texts: list[str], arabic: bool) -> list[tuple[str, int, int]]:
    """(kind, i, j) of every cue over folded tokens ``texts``: by start, then kind, then end.

    >>> cue_spans("با همتای ایرانی دیدار کرد".split(), False)
    [('with', 0, 1), ('person', 1, 2), ('meeting', 3, 4)]
    """
    words = _WORDS[arabic]
    out: list[tuple[str, int, int]] = []
    for i, tok in enumerate(texts):
        starts = words[tok]
        if starts is not None:
            out.extend([(kind, i, j) for kind, j in _phrases_at(texts, i, starts)])
    names = [(i, j) for kind, i, j in out if kind == "name"]  # "رادیو فردا": no cue inside a name
    return [c for c in out if not any([i <= c[1] < j for i, j in names])] if names else out


_NO_KINDS: frozenset[str] = frozenset()


def token_cues(texts: list[str], arabic: bool) -> tuple[list[frozenset[str]], list[tuple[int, int]]]:
    """The cue kinds each token carries (every token of a phrase carries its class), and the (i, j) token
    spans of the anaphor cues in ``cue_spans`` order. The same as ``cue_spans``, read per token.

    Fast: the word table is read for all tokens at once (``map`` over ``__getitem__``, which still fills the
    table on a miss), and only the tokens that start a cue (``compress``) are looked at in Python; a token
    where longer phrases start goes through ``_phrases_at`` only when the next token can continue one (it is
    a key of ``by_next`` or starts with a prefix of ``prefix_pairs``), which is rare.

    >>> kinds, anaphors = token_cues("با همتای ایرانی دیدار کرد".split(), False)
    >>> [sorted(k) for k in kinds], anaphors
    ([['with'], ['person'], [], ['meeting'], []], [])
    """
    n = len(texts)
    entries = list(map(_WORDS[arabic].__getitem__, texts))
    kinds = [_NO_KINDS] * n
    anaphors: list[tuple[int, int]] = []
    names: list[tuple[int, int]] = []  # spans of names (class name), cleared once every cue is in
    for i in compress(range(n), entries):  # most words start no cue (None)
        starts = entries[i]
        if not starts.longer or i + 1 == n or (texts[i + 1] not in starts.by_next
                                               and not texts[i + 1].startswith(starts.next_prefixes)):
            # the common case: only one-token cues can end here (no longer phrase goes on with the next token)
            kinds[i] = kinds[i] | starts.single if kinds[i] else starts.single
            if starts.anaphor:
                anaphors.append((i, i + 1))
            continue
        for kind, j in _phrases_at(texts, i, starts):
            if kind == "name":
                names.append((i, j))
                continue
            for k in range(i, j):
                kinds[k] = kinds[k] | {kind}
            if kind == "anaphor":
                anaphors.append((i, j))
    for i, j in names:  # "رادیو فردا" (a station's name): its words carry no cue ("فردا", tomorrow)
        kinds[i:j] = [_NO_KINDS] * (j - i)
    return kinds, anaphors


def find_cues(texts: list[str], arabic: bool) -> list[Cue]:
    """Every cue over folded tokens ``texts``.

    >>> [c.kind for c in find_cues("با همتای ایرانی دیدار کرد".split(), False)]
    ['with', 'person', 'meeting']
    """
    return [Cue(kind, i, j) for kind, i, j in cue_spans(texts, arabic)]
