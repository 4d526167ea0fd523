"""The fast paths of the events stage agree with the plain forms they replace, on the seeds and on sentences.

Words split in C (``sentence_words``) against ``TOKEN.finditer``; original offsets mapped with one shift
against ``Folded.spans``; the per-sentence columns of ``Sentence`` (``cued``, ``named``, ``kinds``) against
their obvious definitions; cue kinds with the next-token shortcut against ``cue_spans``.
"""

import pytest

from core.cues import cue_spans, token_cues
from core.events.sentence import _BLANKED, build_sentence, sentence_spans, sentence_words
from core.fold import fold
from core.gazetteer import load
from core.ingest import detect_lang
from core.mentions import TOKEN, find_mentions
from tests.test_speed_equivalence import SEEDS
from tests.test_speed_equivalence import SENTENCES as SHARED_SENTENCES

SENTENCES = [
    *[t for t in SHARED_SENTENCES if t],
    "  دو  فاصله،،  و «نقل‌قول» (پرانتز) - خط_زیرین x1_y • نقطه\u2028جدا\u000bکننده ۱۴۰۵/۰۳/۱۵ U.S. ",
    "پاکستان_ایران ایرانx x1ایران",
    "",
    " ",
    "،",
]
TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS] + SENTENCES


def test_blanked_characters_are_no_word_characters():
    assert all(not TOKEN.fullmatch(ch) and ch != " " for ch in _BLANKED)


@pytest.mark.parametrize("text", TEXTS)
def test_words_split_in_c_match_finditer(text):
    ft = fold(text).text
    for s, e in [*sentence_spans(ft), (0, len(ft))]:
        words, starts, ends = sentence_words(ft, s, e)
        assert [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(ft, s, e)] == list(
            zip(words, starts, ends, strict=True))


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_columns_match_their_plain_definitions(text):
    folded = fold(text)
    lang = detect_lang(text)
    mentions = find_mentions(folded, text, load(), lang)
    for f_start, f_end in sentence_spans(folded.text):
        words, starts, ends = sentence_words(folded.text, f_start, f_end)
        if not words:
            continue
        s = build_sentence(folded, words, starts, ends, mentions, lang == "ar")
        assert list(zip(s.start, s.end, strict=True)) == folded.spans(list(zip(starts, ends, strict=True)))
        assert s.cued == [j for j, kinds in enumerate(s.cues) if kinds]
        assert s.named == [j for j, m in enumerate(s.mention) if m is not None]
        assert s.kinds == set().union(*s.cues)
        for j, m in enumerate(s.mention):  # a token carries the mention its original span overlaps
            if m is not None and m.form != "anaphor":
                assert s.start[j] < m.end and m.start < s.end[j]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("arabic", [False, True])
def test_cue_kinds_per_token_match_the_spans(text, arabic):
    ft = fold(text).text
    for s, e in sentence_spans(ft):
        words, _, _ = sentence_words(ft, s, e)
        kinds, anaphors = token_cues(words, arabic)
        spans = cue_spans(words, arabic)
        expected = [set() for _ in words]
        for kind, i, j in spans:
            for k in range(i, j):
                expected[k].add(kind)
        assert [set(k) for k in kinds] == expected
        assert anaphors == [(i, j) for kind, i, j in spans if kind == "anaphor"]
