"""The country an article speaks from: the national agency that reports it, or Iran's own "کشورمان".

A bare title in such a report is that country's official ("تهران- ایرنا- وزیر امور خارجه امروز با همتای عمانی
خود دیدار کرد", "دمشق-سانا: استقبل السيد الرئيس اليوم …"). Agencies are data (core/data/agencies.tsv), matched
as whole words near the top of the text, where datelines and credits stand. The world's channels and papers
(core/data/outlets.tsv) speak from no country; their names only tell an interview from a meeting.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.config import DATA_DIR
from core.fold import fold_text
from core.gazetteer import read_table
from core.records import Mention

HEAD = 400  # folded characters where a dateline or an agency credit stands


def _whole_words(table: str, columns: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """A whole-word pattern over a table's folded phrases (its second column), longest first, and phrase -> country."""
    rows = read_table(DATA_DIR / table, columns)
    countries = {fold_text(r[columns[1]]): r["country"] for r in rows}
    names = sorted(countries, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in names) + r")(?!\w)"), countries


@lru_cache(maxsize=1)
def _agencies() -> tuple[re.Pattern[str], dict[str, str]]:
    return _whole_words("agencies.tsv", ("lang", "alias", "country", "name_en"))


def home_country(folded_text: str, mentions: list[Mention]) -> str | None:
    """The agency's country, else the country of a "self" form ("کشورمان"), else None.

    >>> home_country("دمشق-سانا\\nاستقبل الرئیس", [])
    'SYR'
    >>> home_country("به گزارش رویترز", []) is None
    True
    """
    pattern, countries = _agencies()
    m = pattern.search(folded_text, 0, HEAD)
    if m:
        return countries[m.group(1)]
    return next((m.country for m in mentions if m.kind == "country" and m.form == "self"), None)


_DATELINE_BEFORE = re.compile(r"(?:^|\n)[^\n]{0,30}?(?:^|[-–—/|:]|\n)[ \t]*$")  # a line's start, or a source's name
# "مسقط –", "الدوحة - 11 نوفمبر"; not a wire's "بيروت (رويترز) -", whose report may be of anyone's president
_DATELINE_AFTER = re.compile(r"[ \t]*(?:[-–—/:|،,]|\n)")


def dateline_country(text: str, mentions: list[Mention]) -> str | None:
    r"""The state of the city a dateline names near the top ("وهج الخليج – مسقط", "الدوحة - 11 نوفمبر 2024"): where
    a text with no agency and no "کشورمان" speaks from.

    >>> m = [Mention(13, 17, "مسقط", "city", "Muscat", "OMN", "Muscat", "capital")]
    >>> dateline_country("وهج الخليج – مسقط\nاستقبل الوكيل", m)
    'OMN'
    >>> dateline_country("التقى الوزير في مسقط اليوم", [Mention(16, 20, "مسقط", "city", "Muscat", "OMN", "Muscat",
    ...                                                                   "capital")]) is None
    True
    """
    for m in mentions:
        if m.start >= HEAD:
            break
        if m.kind == "city" and m.country and _DATELINE_BEFORE.search(text, 0, m.start) \
                and _DATELINE_AFTER.match(text, m.end):
            return m.country
    return None


HOME_WORDS_COLUMNS = ("lang", "phrase", "country", "note")


@lru_cache(maxsize=1)
def _home_words() -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    pattern, countries = _whole_words("home_words.tsv", HOME_WORDS_COLUMNS)
    return pattern, countries, frozenset(r["lang"] for r in read_table(DATA_DIR / "home_words.tsv", HOME_WORDS_COLUMNS))


def home_by_words(folded_text: str, lang: str | None = None) -> str | None:
    """The state whose own government's words (core/data/home_words.tsv) the folded text uses first: a text naming
    no agency, no "کشورمان" and no official speaks from there. A text in a language the table has no words of
    (``lang``) uses none.

    >>> home_by_words("دگرجنرال طارق شاه بهرامی وزیردفاع ملی با سفیر روسیه ملاقات نمود"), home_by_words("جنرال")
    ('AFG', None)
    """
    pattern, countries, langs = _home_words()
    if lang is not None and lang not in langs:
        return None
    if not any([phrase in folded_text for phrase in countries]):
        return None  # the cheap test first: most texts use none of these words
    m = pattern.search(folded_text)
    return countries[m.group(1)] if m else None


def dateline_agency(folded_text: str) -> str | None:
    r"""The country of a national agency that signs the dateline (in the folded text), where a dateline's city
    would stand ("ژنو- سانا", "دمشق-سانا:"): the report is that agency's own, not one it is quoted in ("به
    گزارش سانا").

    >>> dateline_agency("دیدار وزیر\nژنو- سانا\nدکتر یازجی وزیر بهداشت کشورمان"), dateline_agency("به گزارش سانا،")
    ('SYR', None)
    """
    pattern, countries = _agencies()
    folded = folded_text[:HEAD]
    for m in pattern.finditer(folded):
        if _DATELINE_BEFORE.search(folded, 0, m.start()) \
                and (m.end() == len(folded) or _DATELINE_AFTER.match(folded, m.end())):
            return countries[m.group(1)]
    return None


def anchored_self(text: str, mentions: list[Mention]) -> str | None:
    """The state "کشورمان" (our country) stands for when the text ties it to an official of another state than the
    one it names by default: "نیکول پاشینیان نخست وزیر کشورمان" in the Persian service of Armenia's radio.

    >>> m = [Mention(0, 14, "نیکول پاشینیان", "official", "nikol_pashinyan", "ARM", "Nikol Pashinyan", "official"),
    ...      Mention(15, 24, "نخست وزیر", "title", "prime_minister", None, "Prime Minister", "head"),
    ...      Mention(25, 32, "کشورمان", "country", "IRN", "IRN", "Iran", "self")]
    >>> anchored_self("نیکول پاشینیان نخست وزیر کشورمان", m)
    'ARM'
    """
    for i in range(2, len(mentions)):
        own, title, person = mentions[i], mentions[i - 1], mentions[i - 2]
        if own.kind == "country" and own.form == "self" and title.kind == "title" and person.kind == "official" \
                and person.country and person.country != own.country \
                and not text[person.end:title.start].strip(" ،,") and not text[title.end:own.start].strip():
            return person.country
    return None


def is_agency(folded_word: str) -> bool:
    """Whether a folded word is a national agency's name ("واس", "ایرنا").

    >>> is_agency("واس"), is_agency("الریاض")
    (True, False)
    """
    return folded_word in _agencies()[1]


@lru_cache(maxsize=1)
def _outlet_words() -> frozenset[str]:
    return frozenset(fold_text(r["alias"]).split()[0]
                     for r in read_table(DATA_DIR / "outlets.tsv", ("lang", "alias", "name_en")))


def is_outlet(folded_word: str) -> bool:
    """Whether a folded word is the first word of a channel's, wire's or paper's name that reports from no country
    (core/data/outlets.tsv): "در گفتگو با الجزیره" is an interview.

    >>> is_outlet("الجزیره"), is_outlet("قطر")
    (True, False)
    """
    return folded_word in _outlet_words()
