"""Folding for matching, with a map back to original offsets.

The article text is never changed; matching runs on ``fold(text).text`` and every folded span is mapped
back with ``Folded.span``. Folding maps each character to one character or drops it (zero-width marks,
diacritics, tatweel), so the map is a short list of segments: where each run of kept characters starts
in the folded and in the original text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

# One table: character -> replacement ("" drops it). The same table folds texts and gazetteer aliases.
_REPLACE: dict[str, str] = {
    "ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ۀ": "ه", "ة": "ه", "ؤ": "و", "ە": "ه", "ھ": "ه",
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u3000": " ",
    "\t": " ", "\r": " ", "«": '"', "»": '"', "“": '"', "”": '"', "،": ",", "؛": ";", "؟": "?", "٬": ",",
    "ˈ": '"',  # IRNA's quotation mark: "ˈرضا قلیچ خانˈ"
    "ڨ": "ق", "ڤ": "ف",  # Maghrebi g and Arabic v: "شنڨريحة" is "شنقريحة", "ڤلاديمير" "فلاديمير"
}
_DROP = "ـ\u200c\u200b\u200d\u200e\u200f\ufeff\u00ad\u202a\u202b\u202c\u202d\u202e" + "".join(
    chr(cp) for cp in [*range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06DD)]
)
for _i in range(10):
    _REPLACE[chr(0x06F0 + _i)] = str(_i)  # Persian digits
    _REPLACE[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
_REPLACE.update({ch: "" for ch in _DROP})
_PAIRS = tuple(_REPLACE.items())
_DROP_RUN = re.compile("[" + re.escape(_DROP) + "]+")


def _translate(text: str) -> str:
    """Apply the table. Chained str.replace is ~50x faster here than str.translate with a dict."""
    for old, new in _PAIRS:
        if old in text:
            text = text.replace(old, new)
    return text


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded copy of a text and the segment map back to the original.

    >>> f = fold("همکاری‌های ايران")
    >>> f.text
    'همکاریهای ایران'
    >>> f.span(10, 15)
    (11, 16)
    """

    text: str
    folded_starts: tuple[int, ...]  # folded index where each kept segment begins
    original_starts: tuple[int, ...]  # original index of the same character
    original_length: int

    def position(self, i: int) -> int:
        """Original index of folded character ``i`` (``len(text)`` maps to the original's end)."""
        if i >= len(self.text):
            return self.original_length
        k = bisect_right(self.folded_starts, i) - 1
        return self.original_starts[k] + (i - self.folded_starts[k])

    def folded_position(self, i: int) -> int:
        """Folded index of original index ``i`` (the inverse of ``position``; a dropped character maps to the next
        kept one).

        >>> fold("کتاب‌ها").folded_position(5)
        4
        """
        k = bisect_right(self.original_starts, i) - 1
        pos = self.folded_starts[k] + i - self.original_starts[k]
        return min(pos, self.folded_starts[k + 1]) if k + 1 < len(self.folded_starts) else pos

    def spans(self, folded_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Map many half-open folded spans, sorted, disjoint and non-empty, at once.

        Each end maps through the segment holding its last character. When no character was dropped between
        the first start and the last end (a whole sentence often), one shift maps them all.

        >>> fold("همکاری‌های ايران").spans([(0, 9), (10, 15)])
        [(0, 10), (11, 16)]
        """
        if not folded_spans:
            return []
        fs, os_ = self.folded_starts, self.original_starts
        first = bisect_right(fs, folded_spans[0][0]) - 1
        last = bisect_right(fs, folded_spans[-1][1] - 1) - 1
        if first == last:
            shift = os_[first] - fs[first]
            if not shift:  # nothing dropped before the spans (often the whole text): the same offsets
                return list(folded_spans)
            return [(s + shift, e + shift) for s, e in folded_spans]
        shifts = [os_[k] - fs[k] for k in range(first, last + 1)]  # segment first + i shifts by shifts[i]
        lo, hi = first, last + 1
        return [(s + shifts[bisect_right(fs, s, lo, hi) - 1 - lo], e + shifts[bisect_right(fs, e - 1, lo, hi) - 1 - lo])
                for s, e in folded_spans]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open folded span to the half-open original span covering the same characters."""
        if start >= end:
            pos = self.position(start)
            return pos, pos
        return self.position(start), self.position(end - 1) + 1


def fold_text(text: str) -> str:
    """Fold without the map, whitespace collapsed: for gazetteer aliases and keywords.

    >>> fold_text("الإيرانية")
    'الایرانیه'
    """
    return " ".join(_translate(text).lower().split())


def fold(text: str, ezafe: Callable[[str], bool] | None = None) -> Folded:
    """Fold ``text`` for matching and keep the map back. Newlines stay, so paragraphs still split. ``ezafe``: a
    test of folded words ending in "هی" whose "ی" is a Persian ezafe written out ("خارجه‌ی", "حاشیه‌ی"), dropped
    so that "وزیر امور خارجه‌ی ایران" matches as "وزیر امور خارجه ایران" does; given it (a Persian text), the space
    before a plural suffix written apart is dropped too ("همکاری های" as "همکاریهای").

    >>> fold("").text
    ''
    >>> fold("۱۵ خرداد").text
    '15 خرداد'
    >>> f = fold("وزیر خارجه‌ی ایران", ezafe=lambda word: word == "خارجهی")
    >>> f.text, f.span(11, 16)
    ('وزیر خارجه ایران', (13, 18))
    """
    folded = _translate(text)
    none_dropped = len(folded) == len(text)  # the table maps one character to one, or drops it
    lowered = folded.lower()
    if len(lowered) == len(folded):
        folded = lowered
    if none_dropped:  # one segment: no need to look for what was dropped
        out = Folded(folded, (0,), (0,), len(text))
    else:
        fs, os_ = [0], [0]
        dropped = 0
        for m in _DROP_RUN.finditer(text):
            dropped += m.end() - m.start()
            fs.append(m.end() - dropped)
            os_.append(m.end())
        out = Folded(folded, tuple(fs), tuple(os_), len(text))
    if ezafe is None:
        return out
    drops = [m.end() - 1 for m in _EZAFE_END.finditer(folded)
             if ezafe(folded[_word_start(folded, m.start()):m.end()])] if "هی" in folded else []
    if " ها" in folded:  # "همکاری های اسلامی": a plural suffix written apart is the word's own
        drops = sorted(drops + [m.start() for m in _PLURAL_APART.finditer(folded)])
    return _without(out, drops) if drops else out


_EZAFE_END = re.compile(r"(?<=[^\W\d_])هی(?![^\W\d_])")  # "هی" ending a folded word of three letters or more
_PLURAL_APART = re.compile(r"(?<=[^\W\d_]) (?=های?(?![^\W\d_]))")  # the space before a plural "ها", "های" alone


def _word_start(text: str, i: int) -> int:
    """Where the word holding ``text[i]`` starts (letters only)."""
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return i


def _without(f: Folded, drops: list[int]) -> Folded:
    """``f`` with its folded characters at ``drops`` (sorted) dropped too, the map kept."""
    text = "".join(f.text[i:j] for i, j in zip([0, *[d + 1 for d in drops]], [*drops, len(f.text)], strict=True))
    gone = set(drops)
    fs: list[int] = []
    os_: list[int] = []
    for b in sorted(set(f.folded_starts) | {d + 1 for d in drops if d + 1 < len(f.text)}):
        if b in gone:
            continue
        new, orig = b - bisect_left(drops, b), f.position(b)
        if fs and fs[-1] == new:
            os_[-1] = orig
        else:
            fs.append(new)
            os_.append(orig)
    return Folded(text, tuple(fs), tuple(os_), f.original_length)


WRAP_WIDTH = 70  # characters: the median line of a hard-wrapped text is shorter
WRAP_LINES = 6  # lines a text needs before its lines can tell it is hard-wrapped


@lru_cache(maxsize=4)  # asked by mentions and again by events of the same text (its hash is cached on the str)
def hard_wrapped(folded_text: str) -> bool:
    r"""Whether the text is cut into short lines inside its sentences (an archive's fixed-width text: "بحث وزير
    الخارجية التركي أحمد داوود\nأوغلو صباح اليوم …"): most lines short, most ending with no full stop.

    >>> hard_wrapped("بحث وزير الخارجية التركي\nأوغلو صباح اليوم مع\nالرئيس السوري في دمشق\nالعلاقات" * 2)
    True
    >>> hard_wrapped("عنوان\nبحث الوزير مع نظيره العلاقات.\nوقال إن …")
    False
    """
    lines = [line for line in folded_text.split("\n") if line.strip()]
    if len(lines) < WRAP_LINES:
        return False
    open_lines = sum(not line.rstrip().endswith((".", "!", "?", ":")) for line in lines)
    return open_lines * 3 >= len(lines) * 2 and (sorted(map(len, lines))[len(lines) // 2] < WRAP_WIDTH
                                                 or _fixed_width(lines))


FIXED_LINE = (40, 120)  # characters: the lines of a fixed-width text, no shorter (a paragraph's end) nor longer
FIXED_SPREAD = 10  # characters a fixed-width text's lines stay within of its usual width


def _fixed_width(lines: list[str]) -> bool:
    """Whether most of the text's longer lines have one width, as an archive cut at 80 characters ("بحث الوزير
    المسؤول عن\nالشؤون الخارجية العماني …"), with every line short of a paragraph."""
    if max(map(len, lines)) > FIXED_LINE[1]:
        return False
    widths = sorted(len(line) for line in lines if len(line) >= FIXED_LINE[0])
    if len(widths) < WRAP_LINES:
        return False
    usual = widths[len(widths) * 3 // 4]
    return sum(abs(w - usual) <= FIXED_SPREAD for w in widths) * 5 >= len(widths) * 3
