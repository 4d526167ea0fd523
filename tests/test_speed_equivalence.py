"""The fast paths agree with the plain definitions they replace, on the seeds and on real sentences.

Each fast path in core/ (one automaton for triggers, batched span mapping, sentence ends found from a
character class) must give exactly what the slower, obvious form gives. Words and cue kinds per token are
checked in tests/test_speed_events.py, over these texts and more.
"""

import re
from pathlib import Path

import pytest

from core.cues import token_cues, trigger_prefilter, trigger_starts
from core.events import SENTENCE_END, sentence_spans, sentence_words
from core.fold import fold

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SENTENCES = [
    "وزیر امور خارجه ایران با سرگئی لاوروف در مسکو دیدار کرد.",
    "رئیس‌جمهور در حاشیه اجلاس شانگهای با نخست‌وزیر هند گفت‌وگو کرد و این دیدار را مثبت خواند.",
    "بحث وزير الدفاع الروسي هاتفيا مع نظيره الأمريكي اليوم.",
    "التقى أمير البلاد على هامش القمة العربية بالرئيس المصري، وبحث معه العلاقات.",
    "ا.ا.ا گزارش داد! دیدار؟ نه\n\nسطر تازه.",
    "",
]
TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS] + SENTENCES


def _plain_sentence_spans(folded_text: str) -> list[tuple[int, int]]:
    out, prev = [], 0
    for m in re.finditer(r"(?:[.!?](?=\s|$)|\n)+", folded_text):  # the pattern as first written
        if m.start() > prev:
            out.append((prev, m.start()))
        prev = m.end()
    if prev < len(folded_text):
        out.append((prev, len(folded_text)))
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_ends_match_the_plain_pattern(text):
    ft = fold(text).text
    assert sentence_spans(ft) == _plain_sentence_spans(ft)
    assert SENTENCE_END.pattern.startswith("[")


@pytest.mark.parametrize("text", TEXTS)
def test_a_sentence_holds_a_trigger_start_exactly_when_the_regex_finds_one(text):
    ft = fold(text).text
    starts = trigger_starts(ft)
    regex = [m.start() for m in trigger_prefilter().finditer(ft)]
    assert set(regex) <= set(starts)
    for s, e in sentence_spans(ft):
        assert any(s <= p < e for p in starts) == any(s <= p < e for p in regex)


@pytest.mark.parametrize("text", TEXTS)
def test_batched_spans_match_one_by_one(text):
    folded = fold(text)
    for s, e in sentence_spans(folded.text):
        _, starts, ends = sentence_words(folded.text, s, e)
        spans = list(zip(starts, ends, strict=True))
        assert folded.spans(spans) == [folded.span(a, b) for a, b in spans]
        for a, b in folded.spans(spans):  # a token's span starts and ends on a kept character
            assert text[a] != "\u200c" and text[b - 1] != "\u200c"


def test_cues_on_a_real_sentence():
    words = fold("رئیس‌جمهور در حاشیه اجلاس با همتای هندی دیدار کرد").text.split()
    kinds, _ = token_cues(words, False)
    assert "meeting" in kinds[words.index("دیدار")]
    assert "with" in kinds[words.index("با")]


def _plain_raw_hits(folded_text: str, arabic: bool) -> list[tuple[int, int, int, int, str]]:
    """Every alias occurrence with word boundaries, found with str.find: what the automaton pass must keep."""
    from core.gazetteer import load
    from core.mentions import _clitic_start

    out = []
    for key in load().entries:
        at = folded_text.find(key)
        while at >= 0:
            end = at + len(key)
            word_start = at if at == 0 or not (folded_text[at - 1].isalnum() or folded_text[at - 1] == "_") \
                else _clitic_start(folded_text, at, True) if arabic else None
            if word_start is not None and not (end < len(folded_text) and (folded_text[end].isalnum()
                                                                           or folded_text[end] == "_")):
                out.append((at - end, word_start, at, end, key))
            at = folded_text.find(key, at + 1)
    return sorted(out)


EDGE_TEXTS = [
    "ایران",  # an alias that is the whole text
    "(روسیه)", "ایرانیها و روسها", "وبالصين والروسية، للصين", "U.S. و U.S.A. و St. Petersburg و تیمور-لسته",
    "پاکستان_ایران ایرانx x1ایران", "الصين\nروسيا", "",
]


@pytest.mark.parametrize("text", [*TEXTS, *EDGE_TEXTS])
@pytest.mark.parametrize("arabic", [False, True])
def test_alias_hits_match_a_plain_search(text, arabic):
    from core.gazetteer import load
    from core.mentions import _raw_hits

    ft = fold(text).text
    fast = sorted((a, b, c, d, alias.key) for a, b, c, d, alias in _raw_hits(ft, load(), arabic))
    assert fast == _plain_raw_hits(ft, arabic)


def test_no_alias_starts_or_ends_with_a_space():
    """The automaton runs over the text padded with a space either side; that adds no hit only if this holds."""
    from core.gazetteer import load

    assert all(key and key == key.strip() for key in load().entries)
