"""Finds countries, cities, forums, titles and officials in an article.

Matching walks the folded text token by token and looks up the longest alias that starts at each token
(Arabic proclitics و ف ب ل ك stripped first). One overlap rule: longest match, then earliest. Ambiguous
aliases (دوشنبه: Monday or Dushanbe; آستانه: Astana or 'threshold') are kept only with context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.fold import Folded
from core.gazetteer import Entry, Gazetteer
from core.records import Mention

TOKEN = re.compile(r"\w+")

# Context words for ambiguous aliases, folded. Small closed classes, so they live here with their rule.
_PLACE_CUES = frozenset("شهر پایتخت مدینه العاصمه عاصمه پایتختِ بندر".split())
_LOCATIVE = frozenset("در به از فی الی من".split())
_STATE_CUES = frozenset("کشور کشورهای جمهوری دولت دوله جمهوریه سلطنه مملکه".split())
_KIND_PRIORITY = {"other": -1, "official": 0, "title": 1, "forum": 2, "city": 3, "country": 4}
_PUNCT_AFTER = frozenset(",.;:)?!\n")


@dataclass(frozen=True, slots=True)
class Token:
    """A token of the folded text: folded span and text."""

    start: int
    end: int
    text: str


def tokenize(folded_text: str) -> list[Token]:
    """Word tokens of folded text.

    >>> [t.text for t in tokenize("وزیر خارجه، ایران")]
    ['وزیر', 'خارجه', 'ایران']
    """
    return [Token(m.start(), m.end(), m.group()) for m in TOKEN.finditer(folded_text)]


def clitic_variants(token: str) -> list[tuple[str, int]]:
    """The token and its forms without Arabic proclitics, with how many characters were stripped.

    >>> clitic_variants("وبالصین")
    [('وبالصین', 0), ('بالصین', 1), ('الصین', 2)]
    >>> clitic_variants("للصین")
    [('للصین', 0), ('لصین', 1), ('الصین', 0)]
    """
    out = [(token, 0)]
    rest, cut = token, 0
    if len(rest) > 3 and rest[0] in "وف":
        rest, cut = rest[1:], 1
        out.append((rest, cut))
    if len(rest) > 3 and rest[0] in "بلک":
        if rest.startswith("لل"):
            out.append((rest[1:], cut + 1))
            out.append(("ا" + rest[1:], cut))
        else:
            out.append((rest[1:], cut + 1))
    return out


def _candidates(tokens: list[Token], gaz: Gazetteer, arabic: bool):
    """(start_token, end_token, prefix_cut, entries) for every alias hit, longest per start."""
    texts = [t.text for t in tokens]
    n = len(tokens)
    for i, tok in enumerate(texts):
        variants = clitic_variants(tok) if arabic else [(tok, 0)]
        for variant, cut in variants:
            longest = gaz.max_tokens.get(variant)
            if not longest:
                continue
            for length in range(min(longest, n - i), 0, -1):
                key = variant if length == 1 else " ".join([variant, *texts[i + 1:i + length]])
                entries = gaz.entries.get(key)
                if entries:
                    yield i, i + length, cut, entries
                    break


def _choose(entries: tuple[Entry, ...]) -> Entry:
    """One entry for a surface: unambiguous first, then by kind priority; capitals are cities."""
    return min(entries, key=lambda e: (e.ambiguous, _KIND_PRIORITY.get(e.kind, 9)))


def _context_ok(entry: Entry, i: int, j: int, texts: list[str], confirmed: set[tuple[str, str]],
                after: str = "") -> bool:
    """Keep an ambiguous alias only with context: a cue word beside it, or the same entity named plainly.

    ``after`` is the folded character right after the alias (a comma or full stop closes a place name).
    """
    if not entry.ambiguous:
        return True
    prev = texts[i - 1] if i > 0 else ""
    nxt = texts[j] if j < len(texts) else ""
    if (entry.kind, entry.entity) in confirmed:
        return True
    if entry.kind == "city":
        if prev in _PLACE_CUES or nxt in _PLACE_CUES or (entry.country, "country") in confirmed:
            return True
        return prev in _LOCATIVE and (after in _PUNCT_AFTER or nxt in {"و", "ou"})
    if entry.kind == "country":
        return prev in _STATE_CUES
    if entry.kind == "official":
        return (entry.country or "", "country") in confirmed and prev not in _LOCATIVE
    return False


def find_mentions(folded: Folded, text: str, gaz: Gazetteer, lang: str) -> list[Mention]:
    """All gazetteer mentions, sorted by start, spans into the original ``text``.

    >>> from core.fold import fold
    >>> from core.gazetteer import load
    >>> t = "دیدار لاوروف با همتای ایرانی"
    >>> [(m.surface, m.kind, m.country) for m in find_mentions(fold(t), t, load(), "fa")]
    [('لاوروف', 'official', 'RUS'), ('ایرانی', 'country', 'IRN')]
    """
    tokens = tokenize(folded.text)
    texts = [t.text for t in tokens]
    hits = sorted(_candidates(tokens, gaz, lang == "ar"),
                  key=lambda h: (-(tokens[h[1] - 1].end - tokens[h[0]].start), h[0]))
    taken = [False] * len(tokens)
    chosen = []
    for i, j, cut, entries in hits:
        if any(taken[i:j]):
            continue
        for k in range(i, j):
            taken[k] = True
        chosen.append((i, j, cut, entries))
    chosen.sort()
    confirmed: set[tuple[str, str]] = set()
    for _i, _j, _cut, entries in chosen:
        for e in entries:
            if not e.ambiguous:
                confirmed.add((e.kind, e.entity))
                if e.country:
                    confirmed.add((e.country, "country"))
    out = []
    for i, j, cut, entries in chosen:
        end_f = tokens[j - 1].end
        after = folded.text[end_f:end_f + 1].strip() or folded.text[end_f + 1:end_f + 2]
        options = [e for e in entries if _context_ok(e, i, j, texts, confirmed, after)]
        if not options:
            continue
        entry = _choose(tuple(options))
        if entry.kind == "other":
            continue
        start, end = folded.span(tokens[i].start + cut, tokens[j - 1].end)
        out.append(Mention(start, end, text[start:end], entry.kind, entry.entity, entry.country,
                           entry.label_en, entry.form))
    return out
