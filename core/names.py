"""Officials the gazetteer does not know, learnt from the way the article introduces them.

News introduces a person once with title and country and then names them alone: "وزير الخارجية الموريتاني محمد
سالم ولد مرزوك" … "وبحث ولد مرزوك مع …"; "سوگیونو وزیر خارجه اندونزی" … "سوگیونو در ادامه …". Two ways of
introducing are read:

- title, country, name: "وزير الخارجية الموريتاني محمد سالم ولد مرزوك", "وزیر خارجه اندونزی سوگیونو" (an
  honorific such as "الشيخ" or "آقای" may stand before the name);
- name, title, country: "سوگیونو وزیر خارجه اندونزی" (Persian), "محمد سالم ولد مرزوك، وزير الخارجية الموريتاني"
  (Arabic, after a comma).

A name is up to ``MAX_NAME_WORDS`` words (two at least in Arabic, where a verbal noun can follow a title and
country: "وزير دفاع كازاخستان استعداد …") with only spaces between them, none a mention, a cue word, a number
or a word of ``core/data/name_stops.tsv``; a Persian surname must not be a common word of hazm's lexicon
("تبریک"). A name that runs on past that is no name. A name is learnt only when its last word is used again
elsewhere in the text as a word of its own: what makes learning it worth anything, and a guard against reading
a common word as a name. Each use, and the introduction, becomes an ``official`` mention of the introduced
country (form ``learned``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from core.config import DATA_DIR
from core.cues import is_cue_word
from core.fold import Folded, fold, fold_text
from core.gazetteer import Gazetteer, read_table
from core.mentions import TOKEN
from core.records import Mention

MAX_NAME_WORDS = 4
MIN_WORD = 2  # characters of a name word
MAX_GAP = 2  # characters between a title and the country after it ("وزير الخارجية الموريتاني")
REACH = 60  # characters looked at beside an introduction for the name
LEARNED = "learned"
_MAX_SEEN = 65536  # words remembered per language by the cheap test, emptied when full


@dataclass(frozen=True, slots=True)
class Introduction:
    """One person introduced: name words (folded, in order), the country, the title's role and label.

    >>> Introduction(("ولد", "مرزوک"), "MRT", "foreign_minister", "Foreign Minister of Mauritania").entity
    'learned:MRT:ولد مرزوک'
    """

    words: tuple[str, ...]
    country: str
    role: str
    label_en: str

    @property
    def entity(self) -> str:
        return f"{LEARNED}:{self.country}:{' '.join(self.words)}"


@lru_cache(maxsize=1)
def name_stops() -> dict[tuple[str, str], frozenset[str]]:
    """Folded words that are no part of a name, by (language, kind): ``stop`` words end a name, ``honorific``
    words ("الشيخ", "آقای") may stand before one; ``name`` words are names that folding makes a cue word too
    ("علي", Ali, folds as "على", on, a stop word too): they begin a name or stand inside one, but never end it.

    >>> "الیوم" in name_stops()["ar", "stop"], "الشیخ" in name_stops()["ar", "honorific"]
    (True, True)
    """
    out: dict[tuple[str, str], set[str]] = {(lang, kind): set() for lang in ("fa", "ar")
                                            for kind in ("stop", "honorific", "name")}
    for row in read_table(DATA_DIR / "name_stops.tsv", ("lang", "word", "kind")):
        out.setdefault((row["lang"], row["kind"]), set()).add(fold_text(row["word"]))
    return {key: frozenset(words) for key, words in out.items()}


@lru_cache(maxsize=1)
def persian_lexicon() -> frozenset[str]:
    """Folded words of hazm's Persian lexicon (hazm/data/words.dat, installed with hazm): common words."""
    from hazm import words_list

    return frozenset(fold_text(w[0]).replace(" ", "") for w in words_list())


def written_ezafe(word: str) -> bool:
    """Whether a folded Persian word ending in "هی" is a word of the lexicon with its ezafe "ی" written out
    ("خارجه‌ی", ZWNJ lost or not), not a word of its own ("گروهی", "راهی").

    >>> written_ezafe("خارجهی"), written_ezafe("گروهی")
    (True, False)
    """
    lexicon = persian_lexicon()
    return word not in lexicon and word[:-1] in lexicon


_FA_SUFFIXES = ("های", "ها", "ای", "ی")  # folded: plural, ezafe, indefinite (ZWNJ lost: "رسانهای")
_FA_PERSON_ENDINGS = ("", "م", "ی", "یم", "ید", "ند", "ه")  # "داد", "دادند", "داده"
_FA_VERB_PREFIXES = ("", "می", "ن", "نمی", "ب")  # "میدهد", "نداد", "بدهد"


@lru_cache(maxsize=1)
def persian_verb_stems() -> frozenset[str]:
    """Folded past and present stems of hazm's verb list (hazm/data/verbs.dat): "داد", "ده", "گفت", "گو" …"""
    from hazm.utils import verbs_list

    return frozenset(fold_text(stem) for pair in verbs_list() for stem in pair.split("#") if len(stem) > 1)


def _persian_verb(word: str) -> bool:
    """Whether a folded word is a verb form built on a stem of hazm's list: prefix, stem, person ending."""
    stems = persian_verb_stems()
    for prefix in _FA_VERB_PREFIXES:
        if not word.startswith(prefix):
            continue
        rest = word[len(prefix):]
        if any(rest.endswith(e) and rest[:len(rest) - len(e)] in stems
               for e in _FA_PERSON_ENDINGS if len(rest) > len(e)):
            return True
    return False


@lru_cache(maxsize=65536)
def common_persian(word: str) -> bool:
    """A folded word that is a common Persian word rather than a name: in hazm's lexicon, with or without a
    plural or ezafe ending, or a verb form on a stem of hazm's verb list ("دادند": داد + ند).

    >>> common_persian("گزارشها"), common_persian("دادند"), common_persian("میدهند"), common_persian("سوگیونو")
    (True, True, True, False)
    """
    lexicon = persian_lexicon()
    if word in lexicon or any(word.endswith(x) and word[:-len(x)] in lexicon for x in _FA_SUFFIXES):
        return True
    return _persian_verb(word)


@dataclass(frozen=True, slots=True)
class _Word:
    """A folded word of a window of the text, its original span, and the folded characters before it."""

    text: str
    start: int
    end: int
    gap: str


def _window(text: str, start: int, end: int, last: bool = False, cut: bool = False) -> tuple[list[_Word], str]:
    """The first ``MAX_NAME_WORDS`` + 4 (``last``: the last ``MAX_NAME_WORDS`` + 2) folded words of
    ``text[start:end]``, and the folded characters after the last of them; ``cut``: the window may start inside
    a word, which is left out."""
    f = fold(text[start:end])
    found = list(TOKEN.finditer(f.text))
    if cut and found and found[0].start() == 0 and text[start - 1].isalnum():
        found = found[1:]
    found = found[-MAX_NAME_WORDS - 2:] if last else found[:MAX_NAME_WORDS + 4]  # honorifics, one word more
    spans = f.spans([m.span() for m in found])
    words, prev = [], found[0].start() if last and found else 0
    for m, (s, e) in zip(found, spans, strict=True):
        words.append(_Word(m.group(), start + s, start + e, f.text[prev:m.start()]))
        prev = m.end()
    return words, f.text[prev:]


class _Rules:
    """The word tests of one language: stop, honorific and name words, and cue words (a folded token that
    starts a cue phrase of ``core/data/cues.tsv``)."""

    def __init__(self, lang: str) -> None:
        table = name_stops()
        self.honorifics = table.get((lang, "honorific"), frozenset())
        self.stops = table.get((lang, "stop"), frozenset()) | self.honorifics
        self.names = table.get((lang, "name"), frozenset())
        self.min_words = 1 if lang == "fa" else 2
        self.arabic = lang == "ar"
        self._seen: dict[str, bool] = {}

    def may_start(self, raw: str) -> bool:
        """Whether a word as written (not folded) can be a name's word or an honorific: the cheap test made
        before a window is folded, remembered per word (news repeats its words)."""
        ok = self._seen.get(raw)
        if ok is None:
            if len(self._seen) >= _MAX_SEEN:
                self._seen.clear()
            word = fold_text(raw).replace(" ", "")
            ok = self._seen[raw] = word in self.honorifics or self.name_word(word)
        return ok

    def name_word(self, word: str) -> bool:
        return word in self.names or len(word) >= MIN_WORD and not word.isdigit() and word not in self.stops \
            and not is_cue_word(word, self.arabic)


def _after(words: list[_Word], rules: _Rules, cut: bool) -> list[_Word]:
    """The name words at the start of ``words`` (after a title and country); ``cut``: the window ends before
    the text does, so its last word may be cut."""
    k = 0
    while k < len(words) and words[k].text in rules.honorifics and not words[k].gap.strip():
        k += 1
    first = k
    quoted = k < len(words) and words[k].gap.strip() == '"'  # "وزير الخارجية البرازيلي “ارنيستو أراوجو”"
    while k < len(words) and k - first < MAX_NAME_WORDS and (not words[k].gap.strip() or quoted and k == first) \
            and rules.name_word(words[k].text) and not (cut and k == len(words) - 1) and not _and_after(words, k, first,
                                                                                                         rules):
        k += 1
    if quoted and not (first < k < len(words) and words[k].gap.startswith('"')):
        return []  # a quotation, not a name in quotes
    if k < len(words) and not words[k].gap.strip() and rules.name_word(words[k].text) \
            and not _and_after(words, k, first, rules):
        return []  # a name that runs on is no name
    while k > first and words[k - 1].text in rules.names:  # "… القطري علي الدعم": no name ends in a function word
        k -= 1
    return words[first:k] if k - first >= rules.min_words else []


def _and_after(words: list[_Word], k: int, first: int, rules: _Rules) -> bool:
    """Whether word ``k``, after a name begun at ``first``, is Arabic "و" joining what follows: "غانم بن شاهين الغانم
    وعدد من كبار القادة" (the name ends before it)."""
    return rules.arabic and k - first >= rules.min_words and words[k].text.startswith("و") \
        and words[k].text not in NAMES_WITH_WAW


NAMES_WITH_WAW = frozenset("ولد ولید وائل وحید وسام وجدی".split())  # folded name words that begin with "و":
# "محمد سالم ولد مرزوك"


def _before(words: list[_Word], tail: str, rules: _Rules) -> list[_Word]:
    """The name words at the end of ``words`` (before a title), ``tail`` the folded characters between them and
    the title: spaces, or a comma (which Arabic needs)."""
    comma, quoted = "," in tail, '"' in tail  # "«نزار خیرالله» قائم مقام وزارت امور خارجه عراق"
    if tail.replace(",", "").replace('"', "").strip() or rules.arabic and not comma or not words:
        return []
    k = len(words)
    while k > 0 and len(words) - k < MAX_NAME_WORDS and rules.name_word(words[k - 1].text) \
            and (k == len(words) or not words[k].gap.strip()):
        k -= 1
    if quoted and not (k < len(words) and words[k].gap.strip() == '"' or k == 0 < len(words) < MAX_NAME_WORDS + 2):
        return []  # a quotation ends there, not a name in quotes
    if k > 0 and k < len(words) and not words[k].gap.strip() and rules.name_word(words[k - 1].text):
        return []
    if words[-1].text in rules.names:
        return []
    return words[k:] if len(words) - k >= rules.min_words else []


FORCE_WORDS = frozenset(fold_text("القوات المسلحة للقوات قوات الجيش للجيش البحرية الجوية البرية العامة نیروی نیروهای "
                                   "دریایی هوایی زمینی ارتش مسلح").split())  # folded: the armed force whose post a
# title is ("رئيس أركان القوات المسلحة القطرية غانم بن شاهين الغانم", "فرمانده نیروی دریایی ارتش پاکستان")
FORCE_REACH = 30  # characters of such words between a title and its state
RANKS = frozenset({"military_rank"})  # a title that stands between a post's state and the name: "الأدميرال"


def _title_reaches(text: str, end: int, start: int, persian: bool = False) -> bool:
    """Whether a title ending at ``end`` is of the state named at ``start``: right after it, or after the armed
    force it commands ("رئيس أركان القوات المسلحة القطرية").

    >>> _title_reaches("رئيس أركان القوات المسلحة القطرية", 10, 26), _title_reaches("وزير في قطر", 4, 8)
    (True, False)
    """
    if start - end <= MAX_GAP and not text[end:start].strip():
        return True
    between = text[end:start]
    words = fold_text(between).split() if start - end <= FORCE_REACH and not any(c in between for c in ",،.:;()«»\"") \
        else []
    return bool(words) and (all([w in FORCE_WORDS for w in words]) or persian and len(words) <= PORTFOLIO_WORDS
                            and not any([w in NOT_PORTFOLIO for w in words]))


PORTFOLIO_WORDS = 4  # words of a portfolio after a title: "وزیر صنعت و تجارت", "وزیر ورزش و جوانان کشورمان"
NOT_PORTFOLIO = frozenset(fold_text("در به از با برای که تا را این آن فی الی من مع علی عن الذی التی لدی خلال ان قد "
                                    "سابق السابق پیشین اسبق").split())  # folded: words that end a post
# ("وزير الخارجية في حكومة", "وزیر خارجه در سفر به ایران", "سفیر سابق")


def _introductions(text: str, mentions: list[Mention], rules: _Rules) -> list[tuple[Introduction, int, int]]:
    """(introduction, start, end) of each person introduced with title and country, the span the name's."""
    out = []
    for n, (title, country) in enumerate(zip(mentions, mentions[1:], strict=False)):
        if title.kind != "title" or country.kind != "country" or not country.country \
                or not _title_reaches(text, title.end, country.start, not rules.arabic):
            continue
        label = f"{title.label_en} of {country.label_en}"
        after = country.end  # where the name may start: right after the state, or after a rank ("الأدميرال")
        rank = n + 2 < len(mentions) and mentions[n + 2].kind == "title" and mentions[n + 2].entity in RANKS \
            and mentions[n + 2].start - country.end <= MAX_GAP and not text[country.end:mentions[n + 2].start].strip()
        if rank:
            after = mentions[n + 2].end
        limit = mentions[n + 2 + rank].start if n + 2 + rank < len(mentions) else len(text)
        end = min(limit, after + REACH)
        opening = after + 1 + (text[after + 1:after + 2] in _OPENING_QUOTES)
        first = _RAW_WORD.match(text, opening, end) if end - opening > 0 and text[after] == " " else None
        name = _after(_window(text, after, end)[0], rules, cut=end < limit) \
            if first and rules.may_start(first.group()) else []
        if not name:
            floor = mentions[n - 1].end if n else 0
            start = max(floor, title.start - REACH)
            lead = text[start:title.start].rstrip()
            last = _last_raw_word(lead)
            if title.start - start > 1 and last and rules.may_start(last) \
                    and (lead[-1] in ",،" if rules.arabic else lead[-1].isalnum() or lead[-1] in ",،»”"):
                words, tail = _window(text, start, title.start, last=True, cut=start > floor)
                name = _before(words, tail, rules)
        if name:
            out.append((Introduction(tuple(w.text for w in name), country.country, title.entity, label),
                        name[0].start, name[-1].end))
    return out


def _uses(folded: Folded, word: str, starts: list[int], ends: list[int],
          arabic: bool = False) -> list[tuple[int, int, int]]:
    """(folded start, original start, original end) of each use of ``word`` as a word of its own outside every
    mention (``starts`` and ``ends``: the mentions' original spans, sorted); in Arabic also after the proclitic
    و, ف or ل ("والبوسعيدي", "للبوسعيدي"), the span the name's alone."""
    return [(f, s, e) for f, s, e, _ in _uses_of_any(folded, [word], starts, ends, arabic)]


def _uses_of_any(folded: Folded, words: list[str], starts: list[int], ends: list[int],
                 arabic: bool = False) -> list[tuple[int, int, int, str]]:
    """``_uses`` of several words in one pass, each use with the word it is (longest word first where two could
    start at one place)."""
    out = []
    clitic = "[وفل]?" if arabic else ""
    alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    for m in re.finditer(r"(?<!\w)" + clitic + "(" + alternatives + r")(?!\w)" + _NOT_A_CONSTRUCT, folded.text):
        s, e = folded.span(m.start(1), m.end(1))
        k = bisect_left(starts, e)
        if k and ends[k - 1] > s:
            continue
        out.append((m.start(1), s, e, m.group(1)))
    return out


# folded words after which a surname is an Arabic dual's first word, not the man: "ورئيسي وزراء الهند وبنغلاديش"
# (the prime ministers of India and Bangladesh), not Raisi
_NOT_A_CONSTRUCT = r"(?! +(?:وزراء|الوزراء|مجلسی|البلدین|الدولتین|حکومتی)(?!\w))"

_WORD_BEFORE = re.compile(r"(\w+) +$")

_OPENING_QUOTES = frozenset("“«\"")  # a name may stand in quotes after its title and country
_RAW_WORD = re.compile(r"[^\s,،.:;!?()«»“”\"'\[\]]+")  # a word as written, marks and ZWNJ in it
_RAW_LAST_REVERSED = re.compile(r"[\s,،»”]*([^\s,،.:;!?()«»“”\"'\[\]]+)")  # the last word, in a reversed text


def _last_raw_word(text: str) -> str:
    """The last word as written (as ``_RAW_WORD``) of ``text``, with only spaces and commas after it, or "".
    Read backwards: a forward search for it, anchored at the end, tries every start and is several times slower.

    >>> _last_raw_word("دیدار با وزیر، "), _last_raw_word("پایان.")
    ('وزیر', '')
    """
    m = _RAW_LAST_REVERSED.match(text[::-1])
    return m.group(1)[::-1] if m else ""


@lru_cache(maxsize=2)
def _rules(lang: str) -> _Rules:
    return _Rules(lang)


def learned_officials(folded: Folded, text: str, mentions: list[Mention],
                      lang: str) -> tuple[list[Mention], dict[str, str]]:
    """Official mentions of the people the text introduces and names again, and each one's role.

    ``mentions`` are the gazetteer's, sorted.
    Looks only beside the few places where a title and a country stand together, so it costs little.

    >>> from core.gazetteer import load
    >>> from core.mentions import find_mentions
    >>> t = "وصل وزير الخارجية الموريتاني محمد سالم ولد مرزوك إلى الجزائر. وبحث ولد مرزوك العلاقات."
    >>> found, roles = learned_officials(fold(t), t, find_mentions(fold(t), t, load(), "ar"), "ar")
    >>> [(m.surface, m.country) for m in found], set(roles.values())
    ([('محمد سالم ولد مرزوك', 'MRT'), ('ولد مرزوك', 'MRT')], {'foreign_minister'})
    """
    if not any(a.kind == "title" and b.kind == "country" and _title_reaches(text, a.end, b.start, lang == "fa")
               for a, b in zip(mentions, mentions[1:], strict=False)):
        return [], {}
    intros = _introductions(text, mentions, _rules(lang))
    if not intros:
        return [], {}
    starts, ends = [m.start for m in mentions], [m.end for m in mentions]
    named_ends = {m.end for m in mentions if m.kind == "official"}
    found: dict[int, tuple[int, Introduction]] = {}  # original start -> (end, introduction)
    roles: dict[str, str] = {}
    for intro, first, last in intros:
        if lang == "fa" and common_persian(intro.words[-1]):
            continue
        uses = [u for u in _uses(folded, intro.words[-1], starts, ends, lang == "ar")
                if not first <= u[1] < last and not _ends_a_name(text, u[1], named_ends)]
        if not uses:
            continue
        roles[intro.entity] = intro.role
        found.setdefault(first, (last, intro))
        for fstart, start, end in uses:
            for earlier in reversed(intro.words[:-1]):  # "ولد مرزوك": the words before the surname, as far as used
                before = _WORD_BEFORE.search(folded.text, max(0, fstart - 40), fstart)
                if before is None or before.group(1) != earlier:
                    break
                fstart = before.start(1)
                start = folded.position(fstart)
            found.setdefault(start, (end, intro))
    out = []
    taken = -1
    for start in sorted(found):
        end, intro = found[start]
        if start < taken:
            continue
        taken = end
        out.append(Mention(start, end, text[start:end], "official", intro.entity, intro.country, intro.label_en,
                           LEARNED))
    return out, roles


@lru_cache(maxsize=8192)
def _folded_words(surface: str) -> tuple[str, ...]:
    """The folded words of a name as written, once per surface: an article repeats its people."""
    return tuple(fold_text(surface).split())


def _full_names(mentions: list[Mention]) -> list[tuple[Mention, tuple[str, ...]]]:
    """Each gazetteer official named by more than one word, with the folded words of the name as written."""
    out = []
    for m in mentions:
        if m.kind != "official" or m.form == LEARNED or " " not in m.surface:
            continue
        words = _folded_words(m.surface)
        if len(words) >= 2:
            out.append((m, words))
    return out


STYLES = ("الامیر", "الشیخ", "الملک", "السلطان")  # folded: styles Gulf outlets put before a ruler's first name
# a style, the word after it, and the next word (not "الدكتور محمد", "اللواء أحمد": too common to be one man)
_STYLED_NAME = re.compile(r"(?<!\w)و?(?:{}) (\w+)(?= (\w+)|\W|$)".format("|".join(STYLES)))


def styled_first_names(folded: Folded, text: str, mentions: list[Mention]) -> list[Mention]:
    """Official mentions of "الأمير سلطان" (a style and a first name) for the one official the text has named in
    full with that first name ("الأمير سلطان بن عبدالعزيز" … "واستقبل الأمير سلطان اتصالاً"). Not when a
    "بن" follows (another person: "الأمير سلطان بن سلمان"), nor where a mention already stands, but for a title
    read in the name itself (the title "سلطان"), which the caller drops.

    >>> from core.gazetteer import load
    >>> from core.mentions import find_mentions
    >>> t = "تلقى الأمير سلطان بن عبدالعزيز اتصالاً. واستقبل الأمير سلطان اتصالاً مماثلاً."
    >>> [(m.surface, m.entity) for m in styled_first_names(fold(t), t, find_mentions(fold(t), t, load(), "ar"))]
    [('سلطان', 'sultan_bin_abdulaziz')]
    """
    by_first: dict[str, dict[str, Mention]] = {}  # first name -> entity -> its first mention
    for m, words in _full_names(mentions):
        by_first.setdefault(words[0], {}).setdefault(m.entity, m)
    if not by_first:
        return []
    starts = [m.start for m in mentions]
    out = []
    for hit in _STYLED_NAME.finditer(folded.text):
        people = by_first.get(hit.group(1), {})
        if len(people) != 1 or hit.group(2) in ("بن", "ابن"):
            continue
        start, end = folded.span(hit.start(1), hit.end(1))
        k = bisect_left(starts, end)
        before = mentions[k - 1] if k else None
        if before is not None and before.end > start and (before.kind != "title" or before.start != start):
            continue  # inside a mention already ("الأمير سلطان بن عبدالعزيز"); the title "سلطان" gives way
        m = next(iter(people.values()))
        out.append(Mention(start, end, text[start:end], "official", m.entity, m.country, m.label_en, m.form))
    return out


FAMILY_WORDS = frozenset("آل ال بن ابن".split())  # folded: a family or father's name follows ("آل نهيان")
COMPOUND_HEADS = frozenset("عبد ابو".split())  # folded: the first half of a name ("بن عبد العزيز", "أبو الغيط")
MIN_SURNAME = 4  # characters of a surname used alone
MIN_SURNAME_AR = 3  # in Arabic, whose short surnames are written in full ("بري", "عون")


def without_given_names(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions less a one-word official name that runs straight on, with only a space, into another
    official's name: it is that man's given name ("هوک آبراهامیان" is Hovik Abrahamyan, not Brian Hook).

    >>> a = Mention(0, 3, "هوک", "official", "brian_hook", "USA", "Brian Hook", "official")
    >>> b = Mention(4, 14, "آبراهامیان", "official", "hovik_abrahamyan", "ARM", "Hovik Abrahamyan", "official")
    >>> [m.entity for m in without_given_names([a, b], "هوک آبراهامیان")]
    ['hovik_abrahamyan']
    """
    drop = {i for i, (m, n) in enumerate(pairwise(mentions))
            if m.kind == "official" and n.kind == "official" and m.entity != n.entity and " " not in m.surface
            and not _glued_name(m.surface) and n.start > m.end and text[m.end:n.start].isspace()}
    return [m for i, m in enumerate(mentions) if i not in drop] if drop else mentions


def _glued_name(surface: str) -> bool:
    """Whether a one-word surface is a two-word name whose space before the article was lost ("بشارالأسد"), not
    one name ("عبدالله", "هوک").

    >>> _glued_name("بشارالأسد"), _glued_name("عبدالله"), _glued_name("هوک")
    (True, False, False)
    """
    word = fold_text(surface)
    k = word.find("ال", 2)
    return k > 0 and word[:k] not in COMPOUND_HEADS and len(word) - k > 4


def without_other_given_names(folded: Folded, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """The mentions less a one-word official name (a family name, "المشاط") right after a style or title and a given
    name none of that official's names has ("الدكتورة رانيا المشاط" is Egypt's minister, not Yemen's Mahdi
    al-Mashat), or right before given names none of his names has and another state's post ("كيم هيونك ميونك سفير
    جمهورية كوريا الجنوبية"); "الدكتور جواد ظريف" keeps Zarif, whose full name holds "جواد".

    >>> from core.gazetteer import load
    >>> from core.mentions import find_mentions
    >>> t = "برئاسة الدكتورة رانيا المشاط وزيرة التخطيط"
    >>> found = find_mentions(fold(t), t, load(), "ar")
    >>> [m.entity for m in found], [m.entity for m in without_other_given_names(fold(t), found, load())]
    (['mahdi_al_mashat', 'minister'], ['minister'])
    """
    styles = name_stops()["ar", "honorific"] | name_stops()["fa", "honorific"]
    words = gaz.derived("official_name_words", _official_name_words)
    named = {m.country for m in mentions if m.kind in ("country", "city")}  # a namesake of a state named anyway
    drop = set()  # harms nothing: only one who would bring a state the text names nowhere else is dropped
    for i, m in enumerate(mentions):
        if m.kind != "official" or " " in m.surface or m.entity not in words or m.country in named:
            continue
        if _given_names_then_other_post(folded, mentions, i, words[m.entity]):
            drop.add(i)
            continue
        at = folded.folded_position(m.start)
        before = _WORDS_BEFORE.search(folded.text, max(0, at - NAME_WINDOW), at)
        if before is None:
            continue
        style, given = before.group(1), before.group(2)
        title_end = folded.folded_position(mentions[i - 1].end) if i > 0 and mentions[i - 1].kind == "title" else -1
        titled = before.end(1) <= title_end <= before.start(2)  # "وزيرة التخطيط رانيا المشاط"
        if (style in styles or titled) and given not in styles and given not in words[m.entity] \
                and given.isalpha() and not given.startswith("ال"):
            drop.add(i)
    return [m for i, m in enumerate(mentions) if i not in drop] if drop else mentions


GIVEN_AFTER_REACH = 3  # words no table knows between a family name said first ("كيم هيونك ميونك") and his post


def _given_names_then_other_post(folded: Folded, mentions: list[Mention], i: int, own_words: frozenset[str]) -> bool:
    """Whether the one-word official name ``mentions[i]`` is followed by given names none of that official's names
    has, then a post of another state: "السفير كيم هيونك ميونك سفير جمهورية كوريا الجنوبية" (a Korean envoy, not
    Kim Jong Un)."""
    if i + 2 >= len(mentions) or mentions[i + 1].kind != "title" or mentions[i + 2].kind != "country" \
            or mentions[i + 2].country == mentions[i].country:
        return False
    m, post, state = mentions[i], mentions[i + 1], mentions[i + 2]
    between = folded.text[folded.folded_position(m.end):folded.folded_position(post.start)].split()
    after_post = folded.text[folded.folded_position(post.end):folded.folded_position(state.start)].split()
    stops = name_stops()["ar", "stop"] | name_stops()["fa", "stop"]
    return 1 <= len(between) <= GIVEN_AFTER_REACH and len(after_post) <= 1 \
        and all([w.isalpha() and w not in own_words and w not in stops and not w.startswith("ال") for w in between])
    # (not "الأسد على هامش القمة ملك البحرين": words of the sentence, no given names)


def without_other_lineages(folded: Folded, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """The mentions less an official's name whose lineage the text carries on with a father none of his names has,
    before a post in another state ("الأمير محمد بن عبدالرحمن بن عبدالعزيز نائب أمير منطقة الرياض" is a Saudi
    prince, not Qatar's Mohammed bin Abdulrahman Al Thani); "محمد بن سلمان بن عبدالعزيز" keeps the crown prince,
    whose full name holds it. So does a family name none of his names has ("عبدالله بن عبدالعزیز السبیعی، وزیر
    شهرداری … کشور قطر" is a Qatari minister, not the Saudi king).

    >>> from core.gazetteer import load
    >>> from core.mentions import find_mentions
    >>> t = "وكان في استقباله الأمير محمد بن عبدالرحمن بن عبدالعزيز نائب أمير منطقة الرياض"
    >>> found = find_mentions(fold(t), t, load(), "ar")
    >>> kept = without_other_lineages(fold(t), found, load())
    >>> [m.entity for m in found if m.kind == "official"], [m.entity for m in kept if m.kind == "official"]
    (['mohammed_bin_abdulrahman'], [])
    """
    if " بن " not in folded.text:
        return mentions  # most texts name no lineage
    words = gaz.derived("official_name_words", _official_name_words)
    stops = name_stops()["ar", "stop"] | name_stops()["fa", "stop"]
    drop = set()
    for i, m in enumerate(mentions):
        if m.kind != "official" or m.entity not in words or not ({"بن", "ابن"} & set(m.surface.split())):
            continue
        known = words[m.entity]
        after = _LINEAGE_AFTER.match(folded.text, folded.folded_position(m.end))
        if after is None:
            family = _FAMILY_AFTER.match(folded.text, folded.folded_position(m.end))
            post = mentions[i + 1] if i + 1 < len(mentions) else None
            if family is None or family.group(1) in known or family.group(1) in stops \
                    or is_cue_word(family.group(1), True) or post is None or post.kind != "title" \
                    or folded.folded_position(post.start) - family.end() > FAMILY_POST_GAP:
                continue
            other = True  # "عبدالله بن عبدالعزیز السبیعی، وزیر شهرداری … کشور قطر": another family's man
        else:
            father, more = after.group(1), after.group(2) or ""
            other = father + more not in known and not (father in known and (not more or more in known))
        place = next((n for n in mentions[i + 1:] if n.kind in ("country", "city") and n.country), None)
        if other and place is not None and place.start - m.end <= LINEAGE_POST_REACH and place.country != m.country:
            drop.add(i)  # (not "شهاب بن طارق بن تيمور آل سعيد، نائب رئيس الوزراء … في سلطنة عمان": his own state)
    return [m for i, m in enumerate(mentions) if i not in drop] if drop else mentions


LINEAGE_POST_REACH = 80  # characters from the name to the place of the post after it: "… نائب أمير منطقة الرياض"


FAMILY_POST_GAP = 2  # folded characters from the family name to the post after it: ", "
_FAMILY_AFTER = re.compile(r" (ال\w{3,})(?!\w)")  # a family name right after a name: "… بن عبدالعزیز السبیعی"
_LINEAGE_AFTER = re.compile(r"\s+بن\s+(\w+)(?:\s+(?<=عبد\s)(\w+))?")  # "بن عبدالعزیز", "بن عبد العزیز"
_WORDS_BEFORE = re.compile(r"(\w+)\s+(\w+)\s+\Z")  # the two words right before a name
NAME_WINDOW = 60  # characters before a name to look for them in: no search from the text's start


def _official_name_words(gaz: Gazetteer) -> dict[str, frozenset[str]]:
    """Each official's folded name words over all his aliases ("مهدی المشاط" -> {"مهدی", "المشاط"})."""
    out: dict[str, set[str]] = {}
    for entries in gaz.entries.values():
        for e in entries:
            if e.kind == "official" and e.alias:
                out.setdefault(e.entity, set()).update(fold_text(e.alias).split())
    return {k: frozenset(v) for k, v in out.items()}


def surnames_of_named(mentions: list[Mention]) -> list[Mention]:
    """The surname matched alone as one official ("المالكي": Iraq's Nouri al-Maliki) when the text names in full
    another official of that surname ("رياض المالكي", Palestine's foreign minister): that one, the text's own; so is
    a state's one-word name that is his surname ("کامرون" after "دیوید کامرون").

    >>> a = Mention(0, 7, "المالكي", "official", "nouri_al_maliki", "IRQ", "Nouri al-Maliki", "official")
    >>> b = Mention(20, 31, "رياض المالكي", "official", "riyad_al_maliki", "PSE", "Riyad al-Maliki", "official")
    >>> [m.entity for m in surnames_of_named([a, b])]
    ['riyad_al_maliki', 'riyad_al_maliki']
    """
    full: dict[str, set[str]] = {}
    named: dict[str, Mention] = {}
    alone: dict[int, str] = {}  # index of a one-word official mention -> its folded word
    for i, m in enumerate(mentions):
        if m.kind != "official" and not (m.kind == "country" and m.form == "name" and " " not in m.surface):
            continue
        words = _folded_words(m.surface)
        if len(words) >= 2 and m.kind == "official":
            full.setdefault(words[-1], set()).add(m.entity)
            named.setdefault(m.entity, m)
        elif len(words) == 1:
            alone[i] = words[0]
    if not full or not alone:
        return mentions
    out = list(mentions)
    for i, word in alone.items():
        m, holders = mentions[i], full.get(word, set())
        if len(holders) == 1 and m.entity not in holders:
            other = named[next(iter(holders))]  # ("کامرون" after "دیوید کامرون": Cameron, not Cameroon)
            out[i] = Mention(m.start, m.end, m.surface, "official", other.entity, other.country, other.label_en,
                             m.form if m.kind == "official" else "official")
    return out


def surnames_alone(folded: Folded, text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """Official mentions of the surname of an official the text named in full, used alone ("أحمدي نجاد" …
    "إن «نجاد» اجتمع منفرداً"), when no other official named has it and it is no common word; not a family's or
    father's name ("آل نهيان", "بن زايد").

    >>> from core.gazetteer import load
    >>> from core.mentions import find_mentions
    >>> t = "وصل الرئيس الإيراني أحمدي نجاد إلى أبوجا. واجتمع نجاد مع الرئيس التركي."
    >>> [(m.surface, m.entity) for m in surnames_alone(fold(t), t, find_mentions(fold(t), t, load(), "ar"), "ar")]
    [('نجاد', 'mahmoud_ahmadinejad')]
    """
    stops = name_stops()
    by_last: dict[str, set[str]] = {}
    first: dict[str, Mention] = {}
    common: set[str] = set()  # Persian surnames that are common words too ("رئیسی"): his only after an honorific
    for m, words in _full_names(mentions):
        if words[-2] in FAMILY_WORDS or words[-2] in COMPOUND_HEADS and (len(words) < 3 or words[-3] in FAMILY_WORDS):
            continue  # "محمد بن سلمان بن عبد العزيز": a grandfather's name, and "العزيز" alone no one's
        last = " ".join(words[-2:]) if words[-2] in COMPOUND_HEADS else words[-1]  # "ولد عبد العزيز": two words
        if len(last) < (MIN_SURNAME_AR if lang == "ar" else MIN_SURNAME) or is_cue_word(last, lang == "ar") \
                or last in stops[lang, "stop"] or last in stops[lang, "honorific"]:
            continue
        if lang == "fa" and common_persian(last):
            if not _ever_after_honorific(folded.text, last, stops[lang, "honorific"]):
                continue  # never written after an honorific in this text: the common word, not the man
            common.add(last)
        by_last.setdefault(last, set()).add(m.entity)
        first.setdefault(last, m)
    if not by_last:
        return []
    names = [last for last, entities in by_last.items() if len(entities) == 1]
    if not names:
        return []
    starts, ends = [m.start for m in mentions], [m.end for m in mentions]
    named_ends = {m.end for m in mentions if m.kind == "official"}
    out = []
    for at, start, end, last in _uses_of_any(folded, names, starts, ends, lang == "ar"):
        if _ends_a_name(text, start, named_ends):
            continue  # "صباح الخالد الصباح": the family name of the official named right before, not another one
        if last in common and not _after_honorific(folded.text, at, stops[lang, "honorific"]):
            continue  # "رئیسی" is "a head's" unless "دکتر رئیسی", "آیت الله رئیسی"
        m = first[last]
        out.append(Mention(start, end, text[start:end], "official", m.entity, m.country, m.label_en, m.form))
    return out


def _ever_after_honorific(folded_text: str, word: str, honorifics: frozenset[str]) -> bool:
    """Whether ``word`` stands somewhere right after an honorific: "با دکتر رییسی ملاقات کردند".

    >>> _ever_after_honorific("رییسی گفت و با دکتر رییسی", "رییسی", frozenset({"دکتر"}))
    True
    """
    at = folded_text.find(word)
    while at >= 0:
        if _after_honorific(folded_text, at, honorifics):
            return True
        at = folded_text.find(word, at + len(word))
    return False


HONORIFIC_REACH = 16  # folded characters before a name where its honorific stands: "حجت الاسلام والمسلمین "


def _after_honorific(folded_text: str, at: int, honorifics: frozenset[str]) -> bool:
    """Whether an honorific stands right before folded offset ``at``.

    >>> _after_honorific("با دکتر رییسی", 8, frozenset({"دکتر"})), _after_honorific("با رییسی", 3, frozenset({"دکتر"}))
    (True, False)
    """
    words = folded_text[max(0, at - HONORIFIC_REACH):at].split()
    return bool(words) and (words[-1] in honorifics or " ".join(words[-2:]) in honorifics)  # "آیت الله رییسی"


def _ends_a_name(text: str, start: int, named_ends: set[int]) -> bool:
    """Whether only spaces stand between ``start`` and the end of an official's name before it.

    >>> _ends_a_name("صباح الخالد الصباح", 12, {11}), _ends_a_name("صباح الخالد، الصباح", 13, {11})
    (True, False)
    """
    k = start
    while k > 0 and text[k - 1] == " ":
        k -= 1
    return k < start and k in named_ends

