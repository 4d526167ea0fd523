"""The fast paths in core/dates.py agree with the plain forms they replace, on the seeds, the dev articles
and a few sentences: the header end, the "nothing but filler" test of a publication line, the direct copy
in ``resolve``."""

from dataclasses import replace
from pathlib import Path

import pytest

from core import dates
from core.fold import fold

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT.parent / "shared" / "devset" / "articles").glob("*.txt"))
SENTENCES = [
    "",
    "\n\n  \n",
    "خبر\nتاریخ انتشار: ۲۱ مهر ۱۴۰۱ - ۱۳:۵۹\nمتن",
    "حوت 14, 1399 16:37 Asia/Kabul",
    "۲۵ بهمن ۱۳۹۷ - ۱۷:۲۱",
    "أديس أبابا، 04/22/ 2024 (أديس والتا)",
    "الرياض 2 مايو 2024 (واس)",
    "اليوم الجمعة 21 أكتوبر 2022",
    "کد خبر: 12345 | آخرین بروزرسانی ۱۲ مهر ۱۴۰۳ ساعت ۱۰:۲۰ ق.ظ",
    "الموافق 5 مايو 2024 م بتوقيت مكة",
    "a\n\nb\nc\nd\ne\nf\ng\nh\ni",
    "\n".join(["x" * 300] * 9),
    "\n".join(["  ", "a"] * 9),
    "سطر\u00a0\n\u2028\nدوم\t\n" * 5,
    "۱۵ خرداد / - , ۱۴۰۵ و سال" + " " * 15 + "۲۰۲۲ و ماه" + " " * 16 + "۳ و دی" + " -" * 8 + "۴",
    "کانون الثانی 2024، ربیع‌الاول ۱۴۴۵ هـ، يناير/كانون الثاني عام 2023، حوت 14, 1399",
]
TEXTS = [f.read_text(encoding="utf-8") for f in FILES] + SENTENCES
FOLDED = [fold(t).text for t in TEXTS]


def _header_end_by_lines(t: str) -> int:
    """The header end as first written: line by line, until the 8th non-empty line."""
    seen, i = 0, 0
    while i < min(len(t), dates._HEADER_CHARS):
        j = t.find("\n", i)
        j = len(t) if j < 0 else j
        seen += bool(t[i:j].strip())
        if seen >= dates._HEADER_LINES:
            return j
        i = j + 1
    return min(len(t), dates._HEADER_CHARS)


def _lines_and_cuts(t: str) -> list[str]:
    """Every line of ``t``, and every tail of each line that starts after a space (a line's rest beside a date)."""
    out = []
    for line in t.split("\n"):
        out.append(line)
        out += [line[i:] for i in range(len(line)) if line[i - 1:i] == " "][:40]
    return out


@pytest.mark.parametrize("t", FOLDED + [t[k:] for t in FOLDED[:5] for k in (1, 17, 150)])
def test_header_end_matches_the_line_loop(t):
    assert dates._header_end(t) == _header_end_by_lines(t)


@pytest.mark.parametrize("t", FOLDED)
def test_filler_only_matches_sub_and_strip(t):
    rx = dates._rx()
    for rest in _lines_and_cuts(t):
        assert bool(rx.filler_only.match(rest)) == (not rx.filler.sub(" ", rest).strip(dates._PUNCT)), rest


@pytest.mark.parametrize("t", TEXTS)
def test_resolved_copies_match_replace(t):
    import datetime as dt

    for d in dates.find_dates(t, fold(t)):
        for day in (dt.date(2024, 5, 2), dt.date(2025, 3, 21)):
            got = dates.resolve(d, day)
            if got is not d:
                assert got == replace(d, year=got.year, month=got.month, day=got.day, iso=got.iso)


def _befores(t: str) -> list[str]:
    """Every start of every line of ``t`` up to a space or a digit: what stands before a date on its line."""
    out = []
    for line in t.split("\n"):
        out += [line[:i] for i in range(len(line) + 1) if i == len(line) or line[i] in " 0123456789"][:60]
    return out


LABELLED = ["تاریخ انتشار: ", "تاریخ انتشار ", "تاریخ: ", "  تاریخ", "انتشار - ", "نشر في: ", "تاريخ النشر:",
            "date: ", "published ", "--- تاریخ :  ", "گزارش تاریخ: ", "متن تاریخ انتشار", "تاريخ"]


@pytest.mark.parametrize("t", FOLDED + [fold(x).text for x in LABELLED])
def test_reversed_label_matches_the_forward_searches(t):
    rx = dates._rx()
    for before in _befores(t) + [t]:
        forward = bool(rx.label_strong.search(before) or rx.label_weak.search(before))
        assert bool(rx.label_rev.match(before[::-1])) == forward, before


def test_labels_are_found_at_all():
    rx = dates._rx()
    assert sum(bool(rx.label_rev.match(fold(x).text[::-1])) for x in LABELLED) >= 5


@pytest.mark.parametrize("t", FOLDED)
def test_anchor_spots_match_find_per_anchor(t):
    for anchors in (dates._PERSIAN_ANCHORS, dates._ARABIC_ANCHORS):
        plain = []
        for key, prefixes in anchors:
            i = t.find(key)
            while i >= 0:
                if dates._anchor_ok(t, i, key):
                    plain.append((i, prefixes))
                i = t.find(key, i + 1)
        assert dates._anchor_spots(t, anchors) == plain
