"""Finds countries, cities, forums, titles and officials in an article.

Matching walks the folded text token by token and looks up the longest alias that starts at each token
(Arabic proclitics و ف ب ل ك stripped first). One overlap rule: longest match, then earliest. Ambiguous
aliases (دوشنبه: Monday or Dushanbe; آستانه: Astana or 'threshold') are kept only with context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.config import DATA_DIR
from core.fold import Folded, fold_text, hard_wrapped
from core.gazetteer import Entry, Gazetteer, GazetteerError, alias_automaton, read_table
from core.records import Mention

TOKEN = re.compile(r"\w+")

# Context words for ambiguous aliases, folded. Small closed classes, so they live here with their rule.
_PLACE_CUES = frozenset("شهر پایتخت مدینه العاصمه عاصمه پایتختِ بندر".split())
_LOCATIVE = frozenset("در به از فی الی من وارد عازم".split())  # "وارد آستانه شد": arrived in Astana
_ADJECTIVE_HEADS = frozenset("الملف ملف الشان الشعب الجیش الجانب الطرف الوفد الرییس النظیر".split())
# folded nouns a people's adjective follows: "تطورات الملف السوداني" is the Sudanese file, not al-Sudani
_KIN_WORDS = frozenset("ال بن ابن بنت".split())  # folded: آل (family of), son of, daughter of
_ENVOY_HEADS = frozenset("السفیر سفیر والسفیر القنصل سرکنسول کاردار المتحدث سخنگوی".split())  # folded: "السفير تميم
# خلاف" is an envoy or spokesman of that name, not the emir a bare first name names elsewhere
_STATE_CUES = frozenset("کشور کشورهای جمهوری دولت دوله جمهوریه سلطنه مملکه".split())
# folded words for a person of a state: an ambiguous adjective after them is the state's ("همتای آذربایجانی")
_COUNTERPART_CUES = frozenset("همتای همتایان طرف نظیر نظیره نظیرته نظیرتها نظرائه سفیر هیئت هیات".split())
_KIND_PRIORITY = {"other": -1, "official": 0, "title": 1, "forum": 2, "city": 3, "country": 4}
_PUNCT_AFTER = frozenset(",.;:)?!\n")
# folded words that can follow a place but not the noun of "در آستانه X" (on the eve of X): "در آستانه برگزار شد"
_AFTER_PLACE = frozenset("برگزار با امروز دیروز امشب روز گفت اعلام است بود شد میزبان الیوم امس مع یوم بحضور".split())


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


def _choose(entries: tuple[Entry, ...]) -> Entry:
    """One entry for a surface: unambiguous first, then by kind priority; capitals are cities."""
    return min(entries, key=lambda e: (e.ambiguous, _KIND_PRIORITY.get(e.kind, 9)))


def _context_ok(entry: Entry, prev: str, nxt: str, confirmed: set[tuple[str, str]], after: str = "",
                key: str = "") -> bool:
    """Keep an ambiguous alias only with context: a cue word beside it, or the same entity named plainly.

    ``after`` is the folded character right after the alias (a comma or full stop closes a place name).
    """
    if not entry.ambiguous:
        return True
    if (entry.kind, entry.entity) in confirmed:
        return True
    if entry.kind == "city":
        if key in _PLACE_CUES:  # "مدينة قازان" is the city of Kazan, not Medina (``key``: the folded alias)
            return after in _PUNCT_AFTER or nxt in _AFTER_PLACE
        if prev in _PLACE_CUES or nxt in _PLACE_CUES or (entry.country, "country") in confirmed:
            return True
        return prev in _LOCATIVE and (after in _PUNCT_AFTER or nxt in {"و", "ou"} or nxt in _AFTER_PLACE
                                      or prev == "فی")  # "في أستانا على أمل …": Arabic "in" names a place
        # (Persian "در آستانه" is on the eve of)
    if entry.kind == "country":
        return prev in _STATE_CUES
    if entry.kind == "official":  # "اسعد بن طارق آل سعيد": after بن or آل a surname is another family's
        return (entry.country or "", "country") in confirmed and prev not in _LOCATIVE and prev not in _KIN_WORDS \
            and prev not in _ADJECTIVE_HEADS and prev not in _ENVOY_HEADS
    return False


_PROCLITIC_RUNS = ("بلک", "وف")  # Arabic proclitics, innermost first: "و" or "ف", then "ب", "ل" or "ک"
_PROCLITICS = "".join(_PROCLITIC_RUNS)


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _clitic_start(text: str, start: int, arabic: bool) -> int | None:
    """Where the written word holding an alias starting at ``start`` begins, or None if the alias is mid-word.

    >>> _clitic_start("وبالصین", 2, True)
    0
    >>> _clitic_start("مالصین", 2, True) is None
    True
    """
    if start == 0 or not _is_word(text[start - 1]):
        return start
    if not arabic:
        return None
    k = start
    for allowed in _PROCLITIC_RUNS:
        if k > 0 and text[k - 1] in allowed:
            k -= 1
    if k < start and (k == 0 or not _is_word(text[k - 1])):
        return k
    return None


_WORD_AFTER = re.compile(r"\W*(\w+)")


def _word_before(text: str, lo: int, hi: int) -> str:
    r"""The last word of ``text[lo:hi]`` (cut at ``lo``), or "": what ``(\w+)\W*$`` finds there, read backwards with
    ``_WORD_AFTER`` (the forward search tries every start and is several times slower).

    >>> _word_before("با همتای ایرانی، ", 0, 17), _word_before("،  ", 0, 3)
    ('ایرانی', '')
    """
    m = _WORD_AFTER.match(text[lo:hi][::-1])
    return m.group(1)[::-1] if m else ""


@dataclass(frozen=True, slots=True)
class Alias:
    """What matching needs about one folded alias, worked out once per gazetteer rather than per hit."""

    key: str
    entries: tuple[Entry, ...]
    ambiguous: bool  # some entry is kept only with context
    plain: Entry | None  # the entry chosen when none is filtered out (None: the alias has no entries)
    confirms: tuple[tuple[str, str], ...]  # what naming it plainly confirms: (kind, entity), (country, "country")
    size: int  # len(key)
    marked: tuple[str, Entry] | None = None  # (written form, entry): what the alias names when the text shows a
    # mark folding drops ("عمّان", Amman, against "عمان", Oman); see core/data/marked_aliases.tsv


def _alias(key: str, entries: tuple[Entry, ...], marked: tuple[str, Entry] | None = None) -> Alias:
    confirms = []
    doubtful = {(e.kind, e.entity) for e in entries if e.ambiguous}  # plain in one language only: no proof
    for e in entries:
        if not e.ambiguous and (e.kind, e.entity) not in doubtful:
            confirms.append((e.kind, e.entity))
            if e.country and e.kind != "forum":  # a forum's country is its seat: naming it names no country
                confirms.append((e.country, "country"))
    plain = _choose(entries) if entries else None
    return Alias(key, entries, any(e.ambiguous for e in entries), plain, tuple(confirms), len(key), marked)


def _marked(gaz: Gazetteer) -> dict[str, tuple[str, Entry]]:
    """Folded alias -> (written form, entry) for the rows of core/data/marked_aliases.tsv; each must name an
    entry the gazetteer has under the same folded alias."""
    out = {}
    for row in read_table(DATA_DIR / "marked_aliases.tsv", ("lang", "alias", "kind", "entity")):
        key = fold_text(row["alias"])
        entry = next((e for e in gaz.entries.get(key, ()) if (e.kind, e.entity, e.lang) ==
                      (row["kind"], row["entity"], row["lang"])), None)
        if entry is None:
            raise GazetteerError(f"marked_aliases.tsv: {row['alias']} names no {row['kind']} {row['entity']}")
        out[key] = (row["alias"], entry)
    return out


def _alias_automaton(gaz: Gazetteer):
    """An Aho-Corasick automaton over every folded alias whose values are ``Alias`` records."""
    marked = _marked(gaz)
    return alias_automaton({key: _alias(key, entries, marked.get(key)) for key, entries in gaz.entries.items()})


def _shows_mark(text: str, start: int, end: int, written: str) -> bool:
    """Whether the original ``text[start:end]`` carries the marks of ``written`` that folding drops.

    >>> _shows_mark("في عمّان", 3, 8, "عمّان"), _shows_mark("في عمان", 3, 7, "عمّان")
    (True, False)
    """
    marks = {ch for ch in written if fold_text(ch) == ""}
    return bool(marks) and marks <= set(text[start:end])


class _WordChars(dict):
    """Character -> whether it is a word character (``str.isalnum()`` or ``_``, as ``\\w``), learnt on first
    sight: one dict lookup per boundary test instead of two calls. Holds at most a few thousand characters."""

    def __missing__(self, ch: str) -> bool:
        is_word = ch.isalnum() or ch == "_"
        if len(self) < 4096:
            self[ch] = is_word
        return is_word


_IS_WORD = _WordChars()


def _a_place(alias: Alias) -> bool:
    """Whether every entry of ``alias`` is a state's or a city's name: "در" may be written on to those."""
    return all([e.kind in ("country", "city") and e.form not in ("adjective", "demonym") for e in alias.entries])


_RUN_ON_HEADS = ("در", "سفیر")  # folded Persian words sloppy texts write on to a place's name
_RUN_ON_TAILS = ("با", "در")  # and after it: "سرکنسول جمهوری ترکیه در تبریزبا اشاره به …"
_RUN_ON_TAIL_STARTS = frozenset(t[0] for t in _RUN_ON_TAILS)


def _tail_run_on(padded: str, i: int) -> bool:
    """Whether a run-on preposition, and nothing more, is written at ``i`` right after a name: "تبریزبا"."""
    return any([padded.startswith(t, i) and not _IS_WORD[padded[i + len(t)]] for t in _RUN_ON_TAILS])


def _raw_hits(folded_text: str, gaz: Gazetteer, arabic: bool) -> list[tuple[int, int, int, int, Alias]]:
    """(-alias length, word_start, alias_start, end, alias) for every alias with word boundaries, all overlaps kept:
    sorted as they stand, they follow the overlap rule (longest, then earliest).

    The automaton runs over the text with a space either side (no alias starts or ends with a space), so the
    characters before and after a hit always exist; offsets come back one less.
    """
    out = []
    padded = f" {folded_text} "
    is_word = _IS_WORD
    for last, alias in gaz.derived("mention_automaton", _alias_automaton).iter(padded):
        if is_word[padded[last + 1]]:  # the alias ends mid-word, unless a preposition is written on to a place
            if padded[last + 1].isdigit() and not padded[last].isdigit():
                pass  # a year written on to a name: "کنفرانس امنیت بین المللی مسکو۲۰۱۶"
            elif arabic or padded[last + 1] not in _RUN_ON_TAIL_STARTS or not _tail_run_on(padded, last + 1) \
                    or not _a_place(alias):
                continue
        start = last - alias.size  # in folded_text: padded index last + 1 - size, less the leading space
        if is_word[padded[start]]:  # folded_text[start - 1]: mid-word, or after a proclitic
            head = next((h for h in _RUN_ON_HEADS if padded.startswith(h, start + 1 - len(h))), None) \
                if not arabic else None
            if head is not None and not is_word[padded[start - len(head)]] and _a_place(alias):
                # "درکره شمالی", "سفیرجاپان": "در" or "سفیر" written on; the place starts after it
                out.append((-alias.size, start - len(head), start, last, alias))
                continue
            if not arabic or padded[start] not in _PROCLITICS:  # mid-word: _clitic_start would say None
                continue
            word_start = _clitic_start(folded_text, start, arabic)
            if word_start is None:
                continue
        else:
            word_start = start
        if padded[start] == " " and padded.endswith("بن", 0, start) and not is_word[padded[start - 3]] \
                and alias.plain is not None and alias.plain.kind == "official" and not alias.key.startswith("بن"):
            # "متعب بن عبدالله بن عبدالعزيز": a father's name yields to the name begun before it, however long
            out.append((0, word_start, start, last, alias))
            continue
        out.append((-alias.size, word_start, start, last, alias))
    return out


def _choose_hits(hits: list[tuple[int, int, int, int, Alias]], size: int) -> list[tuple[int, int, int, Alias]]:
    """The one overlap rule: longest first, then earliest; the kept (word_start, start, end, alias) in text order.

    No two hits share a word start, start and end (one span is one alias), so sorting never compares aliases.
    """
    hits.sort()
    chosen = []
    taken = bytearray(size + 1)
    for _, word_start, start, end, alias in hits:
        if taken.find(1, word_start, end) < 0:
            taken[word_start:end] = b"\x01" * (end - word_start)
            chosen.append((word_start, start, end, alias))
    chosen.sort()  # kept hits are disjoint, so their word starts differ
    return chosen


def _in_language(entries: tuple[Entry, ...], lang: str) -> tuple[Entry, ...]:
    """Of one entity's plain and ambiguous rows, the text's language's, else the ambiguous one: "مشهد" needs
    context in Arabic (a scene), not in Persian (Mashhad)."""
    if len(entries) < 2:
        return entries
    rows: dict[tuple[str, str], list[Entry]] = {}
    for e in entries:
        rows.setdefault((e.kind, e.entity), []).append(e)
    if all(len(v) == 1 for v in rows.values()):
        return entries
    return tuple(next((e for e in v if e.lang == lang), None) or next(e for e in v if e.ambiguous) if len(v) > 1
                 else v[0] for v in rows.values())


def _in_context(ft: str, word_start: int, end: int, alias: Alias, confirmed: set[tuple[str, str]],
                after_title: bool = False, lang: str = "", listed: bool = False,
                state_title: bool = False, paired: bool = False) -> Entry | None:
    """The entry an ambiguous alias names here, or None if the context keeps none of them. ``after_title``: a
    title stands right before it ("الرئيس الأسد": the president, not "the lion"), which names the person when
    every person the alias can be is of one country ("الملك عبدالله" is Saudi or Jordanian: left to context).
    ``listed``: a state's name stands right before it, with "و" or a comma between ("اردن و مالت"), which
    names the state when the alias is one state's name."""
    prev = _word_before(ft, max(0, word_start - 40), word_start)
    after_word = _WORD_AFTER.match(ft, end)
    nxt = after_word.group(1) if after_word else ""
    after = ft[end:end + 1].strip() or ft[end + 1:end + 2]
    options = tuple(e for e in _in_language(alias.entries, lang)
                    if _context_ok(e, prev, nxt, confirmed, after, alias.key))
    if not options and after_title:  # "الرئيس الأسد": a title right before names the person, if of one country;
        # a state's adjective after it is the state's ("قائد الجيش السوداني": Sudan's, not al-Sudani)
        states = [e for e in alias.entries if e.kind == "country" and e.form == "adjective"]
        people = [e for e in alias.entries if e.kind == "official" and prev not in _ENVOY_HEADS]
        if len({e.country for e in people}) == 1:
            options = tuple(states) if len({e.country for e in states}) == 1 else tuple(people)
        elif not people and state_title and len({e.country for e in states}) == 1:
            options = tuple(states)  # "وزير الشؤون الخارجية المالي": Mali's (not "المستشار المالي", an adviser's)
        epithets = [e for e in alias.entries if e.kind == "country" and e.form == "epithet"]
        if not options and len({e.country for e in epithets}) == 1:  # "والی طالبان": the Taliban's governor
            options = tuple(epithets)
    if not options and paired:  # "العلاقات السودانية الصينية": beside another state's adjective, a state's
        states = [e for e in alias.entries if e.kind == "country" and e.form == "adjective"]
        options = tuple(states) if len({e.country for e in states}) == 1 else ()
    if not options and listed:  # "وزرای امور خارجه اردن و مالت": listed with a state, a state
        states = [e for e in alias.entries if e.kind == "country" and e.form in _STATE_FORMS]
        options = tuple(states) if len({e.country for e in states}) == 1 else ()
    if not options and prev.removeprefix("و") in _COUNTERPART_CUES:  # "همتای تاجیک", "ونظيره السوداني": a people's name
        # is its state, if of one state
        states = [e for e in alias.entries if e.kind == "country" and e.form == "adjective"]
        options = tuple(states) if len({e.country for e in states}) == 1 else ()
    if len({e.country for e in options}) > 1:  # "بمقر المجلس في طرابلس" in a text about Libya: Libya's Tripoli
        options = tuple(e for e in options if (e.country, "country") in confirmed) or options
    return _choose(options) if options else None


_LIST_GAPS = frozenset({"و", "،", ",", ""})  # folded: what stands between two names of a list
_STATE_LIST_GAPS = frozenset({"و", "،", ",", ",و", "،و"})  # the same, not nothing: "اردن و مالت", "مصر، وعمان"
_STATE_FORMS = frozenset({"name", "formal"})
# folded nouns two states' adjectives qualify together: "العلاقات السودانية الصينية", "المحادثات الإيرانية الأمريكية"
# (not "السنة المالية الهندية": the Indian fiscal year)
_PAIR_HEADS = frozenset("العلاقات علاقات التعاون المباحثات المحادثات المفاوضات القمه الاجتماع اللجنه الشراکه "
                        "الحدود المشاورات روابط مناسبات همکاریهای مذاکرات".split())
_STATE_TITLE_LEVELS = frozenset({"head", "minister", "diplomat"})  # titles.tsv levels of a state's own posts


def _capital(entries) -> bool:
    return any(e.form == "capital" for e in entries)


def _capital_here(ft: str, chosen: list, i: int, picked: list[Entry], kept: list[tuple[int, int]],
                  confirmed: set[tuple[str, str]], lang: str) -> Entry | None:
    """The capital entry of a name that is both a state and another state's capital ("عمان": Oman, or Amman),
    when it is the capital here: after "العاصمة", listed with capitals ("بين بغداد وعمان والقاهرة"), or in a
    text that names the capital's state ("الأردنية") and the other state by no other word, unless listed with
    states ("والبحرين وعُمان ومصر والأردن"); else None.

    >>> from core.fold import fold
    >>> from core.gazetteer import load
    >>> t = "آلية التنسيق الثلاثي بين بغداد وعمان والقاهرة"
    >>> [m.country for m in find_mentions(fold(t), t, load(), "ar")]
    ['IRQ', 'JOR', 'EGY']
    """
    word_start, start, _, alias = chosen[i]
    capital = next((e for e in alias.entries if e.form == "capital" and e.lang == lang), None)  # not "پایتخت عمان"
    if capital is None:
        return None
    state = alias.plain.country if alias.plain is not None else None
    only_capitals_state = (capital.country, "country") in confirmed and not any(
        [h[3].key != alias.key and (state, "country") in h[3].confirms for h in chosen])
    after_cue = _word_before(ft, max(0, word_start - 20), word_start).removeprefix("ب") in _PLACE_CUES  # "بالعاصمة"
    after_capital = bool(picked) and picked[-1].form == "capital" and ft[kept[-1][1]:start].strip() in _LIST_GAPS
    before_capital = i + 1 < len(chosen) and _capital(chosen[i + 1][3].entries) \
        and ft[chosen[i][2]:chosen[i + 1][0]].strip() in _LIST_GAPS
    if only_capitals_state and not (after_cue or after_capital or before_capital):
        after_state = bool(picked) and picked[-1].kind == "country" and picked[-1].form in _STATE_FORMS \
            and ft[kept[-1][1]:start].strip() in _LIST_GAPS
        before_state = i + 1 < len(chosen) and ft[chosen[i][2]:chosen[i + 1][0]].strip() in _LIST_GAPS \
            and any([e.kind == "country" and e.form in _STATE_FORMS for e in chosen[i + 1][3].entries])
        return None if after_state or before_state else capital  # "والبحرين وعُمان ومصر والأردن": listed states
    return capital if after_cue or after_capital or before_capital else None


_FATHERS_NAME = re.compile(r"(?:^|\s)(?:بن|ابن)\s+\w+\s+\Z")  # folded: "… بن حسن " right before a family name


def _after_a_fathers_name(ft: str, word_start: int) -> bool:
    """Whether "بن X" (son of X) stands right before ``word_start``: "عبدالله بن حسن النعيمي".

    >>> _after_a_fathers_name("عبدالله بن حسن النعیمی", 15), _after_a_fathers_name("وزیر النفط النعیمی", 11)
    (True, False)
    """
    return bool(_FATHERS_NAME.search(ft, max(0, word_start - 30), word_start))


_NAME_BEFORE = frozenset("الامیر الشیخ بن".split())  # folded: "الأمير تركي بن فيصل", "عبدالرحمن بن تركي"
_NAME_BEFORE_ANYWHERE = re.compile("|".join(sorted(_NAME_BEFORE)))  # a quick test: one must be in the window
_NAME_AFTER = (" بن ", " ابن ")


def _personal_name(ft: str, word_start: int, end: int) -> bool:
    """Whether a country word is a person's name: a prince's or sheikh's, after "بن" (son of) or followed by it.

    >>> _personal_name("الامیر ترکی بن فیصل", 7, 11), _personal_name("وفد ترکی", 4, 8)
    (True, False)
    """
    if ft.startswith(_NAME_AFTER, end):
        return True
    lo = max(0, word_start - 12)
    if not _NAME_BEFORE_ANYWHERE.search(ft, lo, word_start):  # the word before cannot be one of them
        return False
    return _word_before(ft, lo, word_start) in _NAME_BEFORE


ARTICLE_NAME_MIN = 4  # letters an Arabic family name with "ال" has at least: "الخیگانی", not "ال" alone


def _word_after_len(ft: str, i: int) -> int:
    """Length of the word starting at ``i`` (letters only)."""
    j = i
    while j < len(ft) and ft[j].isalpha():
        j += 1
    return j - i


_LINE_BREAK = re.compile(r"(?<=[^\n])\n(?=[^\n])")


def _unwrapped(folded_text: str) -> str:
    """A hard-wrapped text with its line breaks read as spaces, so a name cut at a line's end still matches
    ("للجمهورية الإسلامية\nالموريتانية": Mauritania, not Iran); any other text as it is. Same length, same offsets."""
    return _LINE_BREAK.sub(" ", folded_text) if "\n" in folded_text and hard_wrapped(folded_text) else folded_text


def find_mentions(folded: Folded, text: str, gaz: Gazetteer, lang: str) -> list[Mention]:
    """All gazetteer mentions, sorted by start, spans into the original ``text``.

    One overlap rule: the longest alias wins, then the earliest.

    >>> from core.fold import fold
    >>> from core.gazetteer import load
    >>> t = "دیدار لاوروف با همتای ایرانی"
    >>> [(m.surface, m.kind, m.country) for m in find_mentions(fold(t), t, load(), "fa")]
    [('لاوروف', 'official', 'RUS'), ('ایرانی', 'country', 'IRN')]
    """
    ft = _unwrapped(folded.text)
    chosen = _choose_hits(_raw_hits(ft, gaz, lang == "ar"), len(ft))
    confirmed: set[tuple[str, str]] | None = None  # built on the first ambiguous alias: many texts have none
    kept: list[tuple[int, int]] = []
    picked: list[Entry] = []
    for i, (word_start, start, end, alias) in enumerate(chosen):
        if alias.ambiguous:
            if confirmed is None:
                confirmed = set()
                for h in chosen:
                    confirmed.update(h[3].confirms)
            after_title = bool(picked) and picked[-1].kind == "title" and not ft[kept[-1][1]:word_start].strip()
            listed = bool(picked) and picked[-1].kind == "country" and picked[-1].form in _STATE_FORMS \
                and "".join(ft[kept[-1][1]:start].split()) in _STATE_LIST_GAPS
            paired = bool(picked) and picked[-1].kind == "country" and picked[-1].form == "adjective" \
                and not ft[kept[-1][1]:word_start].strip() \
                and _word_before(ft, max(0, kept[-1][0] - 20), kept[-1][0]) in _PAIR_HEADS \
                or i + 1 < len(chosen) and not ft[end:chosen[i + 1][0]].strip() \
                and any([e.kind == "country" and e.form == "adjective" and not e.ambiguous
                         for e in chosen[i + 1][3].entries]) \
                and _word_before(ft, max(0, word_start - 20), word_start) in _PAIR_HEADS
            entry = _in_context(ft, word_start, end, alias, confirmed, after_title, lang, listed,
                                after_title and picked[-1].form in _STATE_TITLE_LEVELS, paired)
            if entry is not None and entry.kind == "country":
                entry = _capital_here(ft, chosen, i, picked, kept, confirmed, lang) or entry
        else:  # an alias load() left without entries ("ل" + a Persian "ال…" alias) raises here, as before
            entry = alias.plain if alias.plain is not None else _choose(alias.entries)
        if alias.marked is not None:
            span = folded.span(start, end)
            if _shows_mark(text, span[0], span[1], alias.marked[0]):
                entry = alias.marked[1]
        if entry is None or entry.kind == "other":
            continue
        if entry.kind == "official" and ft.endswith("ال", word_start, start):
            continue  # "أمس الخميس" (Thursday): a name takes no article that its alias lacks
        if entry.kind == "official" and ft.endswith(("بن ", "ابن "), max(0, word_start - 4), word_start) \
                and not alias.key.startswith(("بن", "ابن")):
            # "الأمير أحمد بن فهد بن سلمان بن عبدالعزيز": a father's name, not King Salman; a son of his house
            entry = Entry("official", f"learned:{entry.country}:{alias.key}", entry.country, "", "learned", entry.lang)
        if entry.kind == "official" and alias.key.startswith(("بن ", "ابن ")) and picked \
                and picked[-1].kind == "official" and not ft[kept[-1][1]:word_start].strip():
            continue  # "حمد بن عيسى بن سلمان آل خليفة": his grandfather's name, not "بن سلمان" (the Saudi crown prince)
        if entry.kind == "official" and " " not in alias.key and alias.key.startswith("ال") \
                and _after_a_fathers_name(ft, word_start):
            continue  # "عبدالله بن حسن النعيمي": a family name after a father's, not Saudi Arabia's al-Naimi
        if lang == "ar" and entry.lang == "fa" and ft[word_start:start] == "ف":
            continue  # "فرقة" (a division) is no "ف" + the Persian spelling of Raqqa
        if entry.kind == "title" and lang == "fa" and entry.lang == "ar" and " " not in alias.key \
                and not any([e.lang == "fa" for e in alias.entries]):
            continue  # "محورهای عمده" (main): one Arabic word for a post ("عمدة", mayor) is a Persian word too
        if entry.kind == "official" and picked and picked[-1].kind == "country" and picked[-1].form == "adjective" \
                and picked[-1].country != entry.country and not ft[kept[-1][1]:word_start].strip() \
                and ft[word_start:start] != "و":  # (not "السوداني وسامح شكري": "and" starts another person)
            continue  # "والفلسطيني سمير الرفاعي": a namesake of another state's official ("the Palestinian X")
        if entry.kind == "country" and ft[word_start:start] != "و" and _personal_name(ft, word_start, end) \
                and not (entry.form == "adjective" and ft.startswith("ال", word_start)):
            # (not "شرم الشيخ وتونس": a name takes no "و"; nor "الأمير الكويتي": a name takes no article)
            continue
        if lang == "fa" and entry.kind in ("country", "city") and entry.form in ("capital", "city") \
                and ft.startswith(" ال", end) and _word_after_len(ft, end + 1) > ARTICLE_NAME_MIN:
            continue  # "سرلشکر ریاض الخیگانی": in Persian, a place's name before an Arabic "ال" name is a first name
        if start and alias.key[0] == "ل" and ft[start - 1] == "ل":  # للصین: لِ + الصین written as one word
            start -= 1
        kept.append((start, end))
        picked.append(entry)
    return [Mention(s, e, text[s:e], entry.kind, entry.entity, entry.country, entry.label_en, entry.form)
            for (s, e), entry in zip(folded.spans(kept), picked, strict=True)]
