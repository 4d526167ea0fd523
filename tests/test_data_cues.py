"""Integrity of the cue table (core/data/cues.tsv): every row a known class, language and match, no row twice,
and every class read somewhere in core/ (a class no rule asks for is a typo or a dead row)."""

import csv
from pathlib import Path

import pytest

from core.cues import token_cues, trigger_starts
from core.fold import fold_text

ROOT = Path(__file__).resolve().parents[1]
CUES = ROOT / "core" / "data" / "cues.tsv"
CLASSES = {"after", "anaphor", "before", "between", "call", "clause", "credentials", "denial", "first_person",
           "future", "group", "held", "held_today", "honorific", "host", "joint", "later_today", "mediation",
           "meeting", "meeting_verb", "members", "name", "negation", "not_cue", "participating", "person",
           "pluperfect", "press", "purpose", "recall", "reception", "separate", "sideline", "sideline_weak",
           "summit", "this_meeting", "topic", "topic_place", "untrue", "video", "visit", "visit_person", "wish", "with"}


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with CUES.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_rows_are_well_formed(rows):
    for r in rows:
        assert r["class"] in CLASSES and r["lang"] in ("fa", "ar") and r["match"] in ("word", "prefix"), r
        assert r["phrase"].strip() == r["phrase"] and r["phrase"], r


def test_no_row_twice(rows):
    keys = [(r["class"], r["lang"], r["match"], r["phrase"]) for r in rows]
    assert len(set(keys)) == len(keys)


@pytest.mark.parametrize("kind", sorted(CLASSES))
def test_every_class_is_read_by_a_rule(kind):
    code = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "core").rglob("*.py"))
    assert f'"{kind}"' in code, kind


def test_every_meeting_verb_is_found_by_the_trigger_scan(rows):
    """A sentence reaches the event rules only if ``trigger_starts`` finds a meeting, call or summit phrase in it,
    so each meeting verb must hold one ("تسلم رسالة" alone would be skipped)."""
    missed = [r["phrase"] for r in rows if r["class"] == "meeting_verb" and not trigger_starts(fold_text(r["phrase"]))]
    assert missed == []


@pytest.mark.parametrize(("word", "kinds"), [
    ("كالرئيس", {"person"}),  # "ك" (like) on a noun with its article
    ("كيري", set()),  # Kerry: no "ك" + "يرى" (believes)
    ("بالرئيس", {"person"}),  # "ب" (with) on a noun
])
def test_an_arabic_proclitic_carries_a_cue_only_where_it_can_stand(word, kinds):
    assert set(token_cues([fold_text(word)], True)[0][0]) == kinds


@pytest.mark.parametrize(("word", "kinds"), [
    ("مقام‌ها", {"person"}),  # officials: the singular "مقام" is listed, the plural is not
    ("هیات‌ها", {"person"}),
    ("بحران‌ها", {"topic", "topic_place"}),
    ("مقامهای", {"person"}),  # listed itself
    ("تماسها", set()),  # a call's noun is no plural of a noun cue of these kinds
])
def test_a_persian_plural_carries_its_singular_nouns_cue(word, kinds):
    assert set(token_cues([fold_text(word)], False)[0][0]) == kinds
