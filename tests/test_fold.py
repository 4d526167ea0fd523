"""Folding: the table, and the map back to original offsets on real text."""

import re
from pathlib import Path

import pytest

from core.fold import fold, fold_text
from core.names import written_ezafe

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))


@pytest.mark.parametrize(
    ("original", "folded"),
    [
        ("همکاری‌های", "همکاریهای"),  # ZWNJ dropped, so texts that lost it match alike
        ("همکاریهای", "همکاریهای"),
        ("الإيرانية", "الایرانیه"),  # hamza alef, Arabic yeh, teh marbuta
        ("كشور", "کشور"),  # Arabic kaf
        ("شنڨريحة", "شنقریحه"),  # Maghrebi g (qaf with three dots)
        ("لاڤروف", "لافروف"),  # Arabic v (veh)
        ("مصطفى", "مصطفی"),  # alef maksura
        ("۱۴۰۵/۰۳/۱۵", "1405/03/15"),  # Persian digits
        ("١٥ شوال ١٤٤٥", "15 شوال 1445"),  # Arabic-Indic digits
        ("اَلْعِرَاقُ", "العراق"),  # harakat
        ("الـــرياض", "الریاض"),  # tatweel
        ("حملة\u00a0قوية", "حمله قویه"),  # no-break space
        ("", ""),
    ],
)
def test_fold_table(original, folded):
    assert fold(original).text == folded


@pytest.mark.parametrize("text", ["سرگئی لاوروف", "وزیر امور خارجه", "الكيان الصهيوني"])
def test_fold_text_matches_fold(text):
    assert fold_text(text) == fold(text).text


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_every_folded_word_maps_back_to_its_original(path):
    text = path.read_text(encoding="utf-8")
    f = fold(text)
    for m in re.finditer(r"\w+", f.text):
        s, e = f.span(m.start(), m.end())
        assert fold(text[s:e], written_ezafe).text == m.group() and text[s:e] == text[s:e].strip()


def test_span_covers_dropped_marks_inside_a_word():
    text = "اَلْإيرانيّة ـــ همکاری‌های"
    f = fold(text)
    assert f.span(0, 9) == (0, 12)
    assert text[slice(*f.span(11, 20))] == "همکاری\u200cهای"


def test_the_table_maps_one_character_to_at_most_one():
    """fold() skips the dropped-run search when the folded text is as long as the original: that needs this."""
    from core.fold import _REPLACE

    assert all(len(k) == 1 and len(v) <= 1 for k, v in _REPLACE.items())


@pytest.mark.parametrize("text", ["ايران و روسيه", "همکاری‌های ایران", "IRAN ایران", "ـ", "", "الإِيرانية"])
def test_one_segment_only_when_nothing_is_dropped(text):
    f = fold(text)
    assert (len(f.folded_starts) == 1) == (len(f.text) == len(text))
    assert [f.position(i) for i in range(len(f.text) + 1)] == \
        [i for i, ch in enumerate(text) if fold(ch).text] + [len(text)]


@pytest.mark.parametrize(("text", "folded"), [
    ("وزیر امور خارجه‌ی ایران", "وزیر امور خارجه ایران"),  # ezafe written with ZWNJ
    ("در حاشیهی نشست", "در حاشیه نشست"),  # ZWNJ lost
    ("همکاری گروهی و ماهی", "همکاری گروهی و ماهی"),  # words of their own keep their "ی"
    ("هفته‌ی آینده، خارجه‌ی", "هفته اینده, خارجه"),  # at the end of the text too
    ("سازمان همکاری های اسلامی و دیدار ها", "سازمان همکاریهای اسلامی و دیدارها"),  # a plural suffix written apart
    ("همکاری‌ های خارجه‌ی ایران، ها", "همکاریهای خارجه ایران, ها"),  # with the ezafe; a lone "ها" after a comma stays
])
def test_a_written_ezafe_is_dropped_and_every_word_maps_back(text, folded):
    f = fold(text, written_ezafe)
    assert f.text == folded
    for m in re.finditer(r"\w+", f.text):
        s, e = f.span(m.start(), m.end())
        assert fold(text[s:e], written_ezafe).text == m.group() and text[s:e] == text[s:e].strip()
