"""Dates in Persian and Arabic news text: Jalali, Hijri, Gregorian and relative day expressions.

Matching runs on ``Folded.text``; every span is mapped back with ``Folded.span``, so
``text[d.start:d.end] == d.surface``. Calendars are converted with jdatetime and hijridate and the source
calendar is kept. Month, weekday and relative words are data (``data/calendar_words.tsv``), read on first use.

Speed: Python's regex engine walks a whole 4 KB text slowly, so no pattern here scans the whole text.
``str.find`` locates digits and a few anchor words; anchored patterns (word lists compiled as tries) read
the expression at each anchor, and words before an anchor are read from a reversed slice.

Relative mentions: ``offset_days`` alone is a day offset from the publication date (0 today, -1 yesterday,
1 tomorrow). With ``weekday`` set, the day is the latest such weekday on or before
publication + ``offset_days`` (None counts as 0): "الأحد الماضي" is weekday 6, offset -1 (strictly before);
"الاثنين المقبل" is weekday 0, offset 7 (the next one); "دیروز (پنجشنبه)" is weekday 3, offset -1.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from bisect import bisect_left, insort
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

import jdatetime
from hijridate import Gregorian, Hijri

from core.config import DATA_DIR
from core.fold import Folded, fold, fold_text
from core.home import is_agency
from core.records import DateMention

WORDS_FILE = DATA_DIR / "calendar_words.tsv"

# Years each calendar is read in. A 13xx/14xx number without a marker is Jalali below 1430, Hijri from 1430.
_YEARS = {"jalali": (1250, 1499), "hijri": (1343, 1500), "gregorian": (1800, 2199)}
_JALALI_BEFORE = 1430
_MAX_DAY = {
    "jalali": (31,) * 6 + (30,) * 6,
    "hijri": (30,) * 12,
    "gregorian": (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31),
}
# Anchors found with str.find (folded), each with what may stand right before it in the same expression:
# "امروز" holds "روز" after "ام", "سه شنبه" holds "شنبه" after "سه ", "بعد غد" holds "غد" after "بعد ".
# Arabic words with the article are found by one pattern with the literal prefix "ال" (one scan, not ten).
_PERSIAN_ANCHORS = (
    ("روز", ("پری", "ام", "دی")),
    ("شنبه", ("چهار ", "چهار", "پنج ", "پنج", "یک ", "یک", "دو ", "دو", "سه ", "سه")),
    ("جمعه", ()), ("فردا", ("پس ", "پس")), ("دیشب", ()), ("گذشته", ("شب ", "شب")),
)
_ARABIC_ANCHORS = (("امس", ("اول من ", "اول ")), ("غد", ("بعد ",)))
_ARABIC_AL_WORDS = ("یوم", "امس", "بارحه", "لیله", "احد", "اثنین", "ثلاثاء", "ثلثاء", "اربعاء", "خمیس", "جمعه", "سبت")
_ARABIC_LETTER = "ة"  # in the original text: the text is (also) Arabic
_REV_NUMBER_PREV = re.compile(r"[\s/,\-]*([^\W_]+)")  # on a reversed slice: the word before a number
_REV_PREV = re.compile(r"[\W_]*([^\W_]+)")  # on a reversed slice: the word before, across punctuation
_NUMERIC_SEPARATORS = ("/", ".", "-")  # after a 4-digit year: 2024-04-27, 1405/03/15
_DIGITS_ONLY = bytes(c if 48 <= c <= 57 else 32 for c in range(256))
_HEADER_LINES = 8
_PUNCT = " -–—|•*,:;/()[].\"'"  # stripped around a date that stands on a line of its own
_HEADER_CHARS = 2000

# A found stated date in folded offsets: (start, end, calendar, year, month, day, iso, precision).
_Hit = tuple[int, int, str, int | None, int | None, int | None, str | None, str]


class CalendarDataError(ValueError):
    """A malformed row in calendar_words.tsv; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class CalendarWord:
    """One row of calendar_words.tsv, folded.

    >>> CalendarWord("month", "jalali", 3, "خرداد", frozenset()).value
    3
    """

    kind: str
    calendar: str
    value: int
    form: str  # folded; a space matches any whitespace or none
    flags: frozenset[str]


def _key(s: str) -> str:
    return "".join(s.split())


@lru_cache(maxsize=1)
def calendar_words() -> dict[str, dict[str, CalendarWord]]:
    """The word table: kind -> {folded form without spaces: word}. Read once.

    >>> calendar_words()["month"]["اردیبهشت"].value
    2
    """
    out: dict[str, dict[str, CalendarWord]] = {}
    header = True
    with WORDS_FILE.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) != 5:
                raise CalendarDataError(f"{WORDS_FILE}:{n}: expected 5 tab-separated cells, got {len(cells)}")
            if header:
                header = False
                continue
            kind, calendar, value, word, flags = cells
            try:
                number = int(value)
            except ValueError:
                raise CalendarDataError(f"{WORDS_FILE}:{n}: value {value!r} is not an integer") from None
            form = fold_text(word)
            if not form:
                raise CalendarDataError(f"{WORDS_FILE}:{n}: empty word")
            flagset = frozenset(f for f in flags.split(",") if f)
            out.setdefault(kind, {})[_key(form)] = CalendarWord(kind, calendar, number, form, flagset)
    return out


def _trie(forms: Iterable[str]) -> str:
    """One alternation for ``forms`` built as a trie, so a failing match costs one test per first letter.
    A space in a form matches any whitespace or none; the longest form wins."""
    root: dict = {}
    for form in forms:
        node = root
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [(r"\s*" if ch == " " else re.escape(ch)) + emit(sub) for ch, sub in node.items() if ch]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")" if len(branches) > 1 or "" in node else branches[0]
        return body + "?" if "" in node else body

    return "(?:" + emit(root) + ")"


def _alt(kind: str, reverse: bool = False) -> str:
    forms = {w.form for w in calendar_words()[kind].values()}
    return _trie(sorted(f[::-1] for f in forms) if reverse else sorted(forms))


@dataclass(frozen=True, slots=True)
class _Rx:
    forward: re.Pattern[str]  # a date starting at a digit (or "اول")
    month_before: re.Pattern[str]  # "حوت " / "يناير/كانون الثاني عام " up to where a number starts
    weekday_before: re.Pattern[str]
    month_day_year: re.Pattern[str]
    year_after: re.Pattern[str]
    year_month_day: re.Pattern[str]  # "۱۳۹۸ اسفند ۳, شنبه": a blog's date, year first, then a comma or weekday
    short_jalali: re.Pattern[str]  # "92.11.30", "۱۱/۰۸/۷۹": a Jalali day with a two-digit year
    relative: re.Pattern[str]
    daypart_rev: re.Pattern[str]  # "بعد از ظهر " before a relative word, on the reversed text
    strict_after: re.Pattern[str]
    label_strong: re.Pattern[str]
    label_weak: re.Pattern[str]
    label_rev: re.Pattern[str]  # label_strong or label_weak, read backwards from the date (on the reversed line)
    dateline_before: re.Pattern[str]
    filler: re.Pattern[str]
    filler_only: re.Pattern[str]  # a rest of line that holds nothing but filler and punctuation
    time: re.Pattern[str]
    arabic_al: re.Pattern[str]  # where an Arabic relative or weekday word with ال may start
    header: re.Pattern[str]  # the first _HEADER_LINES non-blank lines


@lru_cache(maxsize=1)
def _rx() -> _Rx:
    mon, wd, rel, suf = _alt("month"), _alt("weekday"), _alt("relative"), _alt("suffix")
    ordn = _alt("ordinal")
    yw, drn = _alt("yearword"), _alt("direction")
    lb = r"(?:(?<!\w)|(?<=(?<!\w)[وبف]))"  # a word start, also after an Arabic clitic و/ب/ف
    year = rf"(?P<y>[0-9]{{4}})(?![0-9])(?:\s*(?P<suf>{suf})(?!\w))?"
    short_year = r"(?P<y2>[0-9]{2})(?=\s*(?:\n|\Z|[|\-–—,،)]))"  # "۲۴ دی ۹۹" ending a dateline: a Jalali 1399
    named = (
        r"(?:(?<![0-9:])(?<!: )(?P<d0>[0-9]{1,2})\s*(?:و|تا|الی|-|–|—)\s*)?"
        rf"(?P<d>[0-9]{{1,2}}(?![0-9])|اول|(?P<ord>{ordn})(?!\w)(?:\s*من(?!\w))?)(?:st|nd|rd|th)?\s*(?:[/,-]\s*)?"
        rf"(?P<mtok>(?P<m1>(?P<mon>{mon})(?:\s*ماه)?)(?![^\W\d])(?:\s*(?:[/-]\s*|\(\s*)?(?P<mon2>{mon})(?:\s*\))?(?!\w))?)"
        rf"(?:\s*(?:[/,-]\s*)?(?:{yw}\s*)?(?:{year}|{short_year}))?"
    )
    ymd = r"(?P<Y>[0-9]{4})\s?(?P<s1>[/.-])\s?(?P<M>[0-9]{1,2})\s?(?P=s1)\s?(?P<D>[0-9]{1,2})(?![0-9])"
    dmy = r"(?P<D2>[0-9]{1,2})\s?(?P<s2>[/.-])\s?(?P<M2>[0-9]{1,2})\s?(?P=s2)\s?(?P<Y2>[0-9]{4})(?![0-9])"

    def nsuf(n: int) -> str:
        return rf"(?:\s*(?P<nsuf{n}>{suf})(?!\w))?"

    labels = {k: _trie(w.form for w in calendar_words()["publabel"].values() if w.value == k) for k in (1, 2)}
    rev = {k: _trie(w.form[::-1] for w in calendar_words()["publabel"].values() if w.value == k) for k in (1, 2)}
    filler = "|".join([
        r"[0-9]{1,2}:[0-9]{1,2}(?::[0-9]{1,2})?", r"(?<!\w)(?:gmt|utc|am|pm)(?!\w)", r"[a-z]+/[a-z_]+",
        r"(?<![a-z])t(?=[0-9]{1,2}:[0-9]{2})",  # "2024-04-27T10:30:00+03:00": ISO's date-time separator
        r"[+-][0-9]{2}:?[0-9]{2}", r"(?<!\w)(?:ق\.?ظ|ب\.?ظ|ص|م|مساء|مساءا|صباحا)(?!\w)",
        r"(?:ساعت|الساعه|ساعه)(?:\s*[0-9]{1,2}(?![0-9:]))?",  # "الساعة 08 مساءً"
        r"(?:بتوقیت|بوقت)\s*\S+", r"الموافق|برابر\s*با|مطابق\s*با",
        r"(?:کد|شناسه)\s*(?:خبر|مطلب)\s*:?\s*[0-9]*", r"خبرگزاری\s*\S+",
        r"سرویس\s*(?:بین\s*الملل|بینالملل|سیاسی|خارجی|اقتصادی|جهان)",  # "خبرگزاری آوا- سرویس بین الملل"
        r"(?:قرا|زیارات|مشاهدات|بازدید)\s*:?\s*[0-9]+", r"[0-9]+\s*(?:مشاهده|بازدید|زیاره)",  # a view count
        r"(?<!\S)[0-9]{1,3}\s*\Z",  # "2018-04-28 0": a comment count ending the line
        r"^\W*وکالات(?!\w)", r"^\W*کتب\s*:(?:\s*[^\W\d]+){1,4}",  # a source line: "- وكالات", "كتب: بوابة الاخبار"
        r"(?:اخرین\s*)?(?:بروز\s*رسانی?|به\s*روز\s*رسانی?)(?:\s*شده)?|(?:اخر\s*)?تحدیث"
        r"(?:\s*:?\s*منذ\s*(?:[0-9]+\s*)?[^\W\d]+)?|تعدیل\s*فی|محدث|last\s*update[d]?",
        # ("آخر تحديث : منذ سنتين": an update stamp told as time since, "منذ 3 ساعات")
        r"(?<!\w)(?:pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar)(?!\w)",  # Anadolu's Turkish weekday
        labels[1], labels[2],
    ])
    return _Rx(
        forward=re.compile(rf"(?:{ymd}{nsuf(1)}|{dmy}{nsuf(2)}|{named})"),
        month_before=re.compile(
            rf"(?<!\w)(?P<mtok>(?P<m1>(?P<mon>{mon})(?:\s*ماه)?)(?:\s*/\s*(?P<mon2>{mon}))?)"
            rf"\s*(?:[/-]\s*)?(?:(?P<yw>{yw})\s*)?\Z"),
        weekday_before=re.compile(rf"(?<!\w)(?P<wd>{wd})\s*,?\s*\Z"),
        month_day_year=re.compile(rf"(?P<d>[0-9]{{1,2}})(?![0-9])\s*,?\s*{year}"),
        year_after=re.compile(year),
        short_jalali=re.compile(
            r"(?P<a>[0-9]{2})(?P<sep>[/.-])(?P<b>[0-9]{1,2})(?P=sep)(?P<c>[0-9]{2})(?![0-9]|[/.-][0-9])"),
        year_month_day=re.compile(
            rf"(?P<y>[0-9]{{4}})\s+(?P<mtok>(?P<m1>(?P<mon>{mon}))(?:\s*ماه)?)\s+(?P<d>[0-9]{{1,2}})(?![0-9])"
            rf"(?=\s*(?:[,،|\-–—]|\n|\Z))(?:\s*[,،]?\s*(?P<wd>{wd})(?!\w))?"),
        relative=re.compile(
            rf"{lb}(?:(?P<rel>{rel})(?!\w)(?:\s*,?\s*\(?\s*(?P<wd1>{wd})(?!\w)(?:\s*\))?)?"
            rf"|(?P<wd>{wd})(?!\w)(?:\s*\(\s*(?P<rel2>{rel})\s*\)|\)?(?:\s+و\s*{wd}(?!\w))?\s+(?P<dir>{drn})(?!\w))?)"),
        # ("يومي الأحد والاثنين المقبلين": two days, the first the one named; both of the week ahead)
        daypart_rev=re.compile(rf"\s+(?:(?:زور|موی)\s+)?{_alt('daypart', reverse=True)}(?!\w)"),
        strict_after=re.compile(
            rf"(?:[ \t]*(?:[^\w\s]|[0-9]|\n|\Z)|\s*(?:{drn}|{_alt('current')}|{yw})(?!\w))"),
        label_strong=re.compile(rf"(?<!\w){labels[2]}\s*[:\-]?\s*\Z"),
        label_weak=re.compile(rf"(?:(?<!\w){labels[1]}\s*:\s*|^\W*{labels[1]}\s*)\Z"),
        label_rev=re.compile(rf"\s*(?:[:\-]?\s*{rev[2]}(?!\w)|:\s*{rev[1]}(?!\w)|{rev[1]}\W*\Z)"),
        dateline_before=re.compile(r"^\s*[^\W\d][^\d:]{0,40}?(?P<sep>[,\-–—]\s*)?(?:فی\s*)?\Z"),
        filler=re.compile(filler),
        filler_only=re.compile(rf"(?:(?>{filler})|[{re.escape(_PUNCT)}])*+\Z"),
        header=re.compile(rf"(?:\s*+\S[^\n]*+){{{_HEADER_LINES}}}"),
        time=re.compile(r"[0-9]{1,2}:[0-9]{1,2}"),
        arabic_al=re.compile(f"ال{_trie(_ARABIC_AL_WORDS)}(?!\\w)"),
    )


# ---------------------------------------------------------------------------------------------- stated dates


@lru_cache(maxsize=8192)
def _iso(calendar: str, y: int, m: int, d: int) -> str | None:
    """Gregorian ISO day of a day in ``calendar``, or None if there is none (cached: jdatetime is slow)."""
    try:
        if calendar == "jalali":
            return jdatetime.date(y, m, d).togregorian().isoformat()
        if calendar == "hijri":
            return Hijri(y, m, d).to_gregorian().isoformat()
        return dt.date(y, m, d).isoformat()
    except (ValueError, OverflowError):
        return None


def _year_ok(calendar: str, y: int) -> bool:
    lo, hi = _YEARS[calendar]
    return lo <= y <= hi


def _year_calendar(y: int, marked: str | None) -> str | None:
    """Calendar of a bare 4-digit year: a marker (هـ, ش, م) wins; 13xx/14xx Jalali/Hijri; else Gregorian."""
    if marked and _year_ok(marked, y):
        return marked
    if 1300 <= y <= 1499:
        return "jalali" if y < _JALALI_BEFORE else "hijri"
    return "gregorian" if _year_ok("gregorian", y) else None


def _suffix_calendar(s: str | None) -> str | None:
    return calendar_words()["suffix"][_key(s)].calendar if s else None


def _numeric(m: re.Match[str], dmy: bool) -> _Hit | None:
    y, mo, d = (int(m[g]) for g in (("Y2", "M2", "D2") if dmy else ("Y", "M", "D")))
    calendar = _year_calendar(y, _suffix_calendar(m["nsuf2" if dmy else "nsuf1"]))
    if calendar is None:
        return None
    if dmy and mo > 12 >= d:  # 04/22/2024: month first
        mo, d = d, mo
    iso = _iso(calendar, y, mo, d)
    return (m.start(), m.end(), calendar, y, mo, d, iso, "day") if iso else None


def _month_of(m: re.Match[str]) -> tuple[CalendarWord, int]:
    """The month of a match and where its token ends (a second name must agree: "مارس/ آذار")."""
    months = calendar_words()["month"]
    w = months[_key(m["mon"])]
    if m["mon2"]:
        w2 = months[_key(m["mon2"])]
        if (w2.calendar, w2.value) != (w.calendar, w.value):
            return w, m.end("m1")
    return w, m.end("mtok")


def _named(t: str, m: re.Match[str], rx: _Rx) -> _Hit | None:
    """Day (or range), month name, optional year: "۱۵ خرداد ۱۴۰۵", "اول حوت", "6 إلى 10 آذار 2023"."""
    w, mend = _month_of(m)
    ordinal = not m["d"][0].isdigit() and not m["ord"]  # "اول حوت"; a day word ("پانزدهم") counts as a number
    if ordinal and (w.calendar != "jalali" or ("homograph" in w.flags and not m["y"])):
        return None
    day = 1 if ordinal else calendar_words()["ordinal"][_key(m["ord"])].value if m["ord"] else int(m["d"])
    if not 1 <= day <= _MAX_DAY[w.calendar][w.value - 1]:
        return None
    year = int(m["y"]) if m["y"] and mend == m.end("mtok") else None
    if m["y2"] and w.calendar == "jalali" and (int(m["y2"]) >= DATELINE_SHORT_YEAR or m["y2"][0] == "0"):
        year = (1400 if m["y2"][0] == "0" else 1300) + int(m["y2"])  # "۲۴ دی ۹۹", "۳ آذر ۰۴": 1399, 1404
    end = m.end()
    if year is None or not _year_ok(w.calendar, year):
        year, end = None, mend
        if "strict" in w.flags and (ordinal or not rx.strict_after.match(t, end)):
            return None  # "۲ می خرید": a verb prefix, not May
    iso = _iso(w.calendar, year, w.value, day) if year else None
    if year and iso is None:
        return None
    if m["d0"] and 1 <= int(m["d0"]) < day:  # a span of days: no single day
        return (m.start(), end, w.calendar, year, w.value, None, iso and iso[:7], "month")
    return (m.start("d"), end, w.calendar, year, w.value, day, iso, "day")


DATELINE_SHORT_YEAR = 70  # a two-digit year after a Jalali month this high is of the 1300s (1370 = 1991), "0x" of the
# 1400s; a lower one may be a count ("۱۵ خرداد 50، …")
SHORT_YEAR_FLOOR = 32  # a two-digit number this high is no day: the year of a Jalali "92.11.30" (1392)


def _short_jalali(t: str, p: int, rx: _Rx) -> _Hit | None:
    """A Persian day with a two-digit year of the 1300s, told apart from the day by being over 31: "92.11.30"
    (year first), "۱۱/۰۸/۷۹" (day first)."""
    m = rx.short_jalali.match(t, p)
    if m is None or p and t[p - 1] in "/.-0123456789":
        return None
    a, mo, c = int(m["a"]), int(m["b"]), int(m["c"])
    if a >= SHORT_YEAR_FLOOR > c:
        y, d = a, c
    elif c >= SHORT_YEAR_FLOOR > a:
        y, d = c, a
    else:
        return None
    iso = _iso("jalali", 1300 + y, mo, d) if 1 <= mo <= 12 and d >= 1 else None
    return (m.start(), m.end(), "jalali", 1300 + y, mo, d, iso, "day") if iso else None


def _year_first(m: re.Match[str] | None) -> _Hit | None:
    """A day written year first, as blogs date their posts: "۱۳۹۰ بهمن ۲۴, دوشنبه" (its weekday included)."""
    if m is None:
        return None
    w = calendar_words()["month"][_key(m["mon"])]
    y, day = int(m["y"]), int(m["d"])
    iso = _iso(w.calendar, y, w.value, day) if _year_ok(w.calendar, y) else None
    return (m.start(), m.end(), w.calendar, y, w.value, day, iso, "day") if iso else None


def _prev_word(t: str, p: int, pattern: re.Pattern[str] = _REV_NUMBER_PREV) -> tuple[int, str]:
    """(start, word) of the word (letters/digits) before ``p``, off the reversed slice; (p, "") if none."""
    m = pattern.match(t[p - 1:max(0, p - 17) or None:-1]) if p > 0 else None
    return (p - m.end(), t[p - m.end():p - m.start(1)]) if m else (p, "")


def _match_before(
    t: str,
    p: int,
    pattern: re.Pattern[str],
    gate: frozenset[str],
    n: int,
    last: tuple[int, str] | None = None,
) -> re.Match[str] | None:
    """The longest match of ``pattern`` (ending in \\Z) over the last 1..n words before ``p``.

    ``gate`` holds every word such a match can end with, so most numbers are turned away by one lookup.
    """
    i, word = last or _prev_word(t, p)
    if word not in gate:
        return None
    starts = [i]
    while len(starts) < n:
        i, word = _prev_word(t, i)
        if not word:
            break
        starts.append(i)
    for start in reversed(starts):
        m = pattern.match(t, start, p)
        if m:
            return m
    return None


@lru_cache(maxsize=1)
def _gates() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Last words of what may precede a number in a date (month names, ماه, year words), of weekday names,
    and of time-of-day words with روز/یوم."""
    words = calendar_words()

    def ends(*kinds: str) -> frozenset[str]:  # "کانون الثانی" ends in "الثانی"; "ربیع‌الاول" is one word
        return frozenset(x for k in kinds for key, w in words[k].items() for x in (key, w.form.split()[-1]))

    return ends("month", "yearword") | {"ماه"}, ends("weekday"), ends("daypart") | {"روز", "یوم"}


def _after_number(t: str, p: int, floor: int, rx: _Rx) -> _Hit | None:
    """A date whose words come before the number at ``p``: "حوت 14, 1399", "اردیبهشت ۱۳۸۱", "سال ۲۰۲۲"."""
    last = _prev_word(t, p)
    if last[1] not in _gates()[0]:
        return None
    b = _match_before(t, p, rx.month_before, _gates()[0], 5, last)
    if b and b.start() >= floor:
        w, _ = _month_of(b)
        a = None if b["yw"] else rx.month_day_year.match(t, p)
        if a and _year_ok(w.calendar, int(a["y"])):
            iso = _iso(w.calendar, int(a["y"]), w.value, int(a["d"]))
            if iso:
                return (b.start(), a.end(), w.calendar, int(a["y"]), w.value, int(a["d"]), iso, "day")
        a = rx.year_after.match(t, p)
        if a and _year_ok(w.calendar, int(a["y"])):
            iso = _iso(w.calendar, int(a["y"]), w.value, 15)
            return (b.start(), a.end(), w.calendar, int(a["y"]), w.value, None, iso and iso[:7], "month")
    if last[1] in calendar_words()["yearword"]:
        a = rx.year_after.match(t, p)
        calendar = _year_calendar(int(a["y"]), _suffix_calendar(a["suf"])) if a else None
        if a and calendar:
            y = int(a["y"])
            iso = str(y) if calendar == "gregorian" else (_iso(calendar, y, 7, 1) or "")[:4] or None
            return (p, a.end(), calendar, y, None, None, iso, "year")
    return None


def _positions(t: str, key: str) -> list[int]:
    out = []
    i = t.find(key)
    while i >= 0:
        out.append(i)
        i = t.find(key, i + 1)
    return out


def _numbers(t: str, persian: bool) -> list[tuple[int, int]]:
    """(start, length) of each run of digits, and in Persian of each "اول" (length 0), in order.

    An ASCII copy (one byte per character, so offsets agree) with every non-digit blanked is split into its
    digit runs: C string methods do the scanning.
    """
    b = t.encode("ascii", "replace").translate(_DIGITS_ONLY)
    out, i = [], 0
    for run in b.split():
        i = b.find(run, i)
        out.append((i, len(run)))
        i += len(run)
    if persian:
        out += [(i, 0) for i in _positions(t, "اول") if i == 0 or not t[i - 1].isalnum()]
    out += _day_words(t)
    out.sort()
    return out


_NOT_A_DAY_BEFORE = frozenset("کانون تشرین نیمه دهه".split())  # folded: "كانون الأول" is December, "نیمه دوم" a half


@lru_cache(maxsize=1)
def _day_word_automaton():
    """An Aho-Corasick automaton over the day words ("پانزدهم", "التاسع"), written with and without spaces."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    for w in calendar_words()["ordinal"].values():
        for form in {w.form, _key(w.form)}:
            auto.add_word(form, len(form))
    auto.make_automaton()
    return auto


def _day_words(t: str) -> list[tuple[int, int]]:
    """(start, 0) of each day word that starts a word and is not part of a month name or a fraction; whether a
    month follows is left to the date pattern."""
    out = []
    for end, n in _day_word_automaton().iter(t):
        i = end - n + 1
        if (i and t[i - 1].isalnum()) or (end + 1 < len(t) and t[end + 1].isalnum()):
            continue
        if _prev_word(t, i)[1] in _NOT_A_DAY_BEFORE:
            continue
        out.append((i, 0))
    return out


def _stated(t: str, rx: _Rx, persian: bool, jalali_short: bool = False) -> list[_Hit]:
    hits: list[_Hit] = []
    floor = 0
    for p, n in _numbers(t, persian):
        if p < floor or n == 3 or n > 4:  # a date number is a day (1-2 digits) or a year (4)
            continue
        hit = None
        if n != 4 or t[p + 4:p + 5] in _NUMERIC_SEPARATORS or t[p + 5:p + 6] in _NUMERIC_SEPARATORS:
            m = rx.forward.match(t, p)
            if m:
                hit = _numeric(m, False) if m["Y"] else _numeric(m, True) if m["Y2"] else _named(t, m, rx)
        if hit is None and n:
            hit = _after_number(t, p, floor, rx)
        if hit is None and n == 4:
            hit = _year_first(rx.year_month_day.match(t, p))
        if hit is None and n == 2 and jalali_short:
            hit = _short_jalali(t, p, rx)
        if hit is None:
            continue
        w = _match_before(t, hit[0], rx.weekday_before, _gates()[1], 2) if hit[7] == "day" else None
        if w and w.start() >= floor:  # "جمعه ۷ اردیبهشت ۱۴۰۳": the weekday is part of the stated date
            hit = (w.start("wd"), *hit[1:])
        hits.append(hit)
        floor = hit[1]
    return hits


# ---------------------------------------------------------------------------------------------- relative


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether [s, e) meets one of ``spans`` (sorted, disjoint)."""
    k = bisect_left(spans, (e,)) - 1
    return k >= 0 and spans[k][1] > s


def _anchor_ok(t: str, i: int, key: str) -> bool:
    """A cheap look at an anchor hit before any pattern runs."""
    if key == "روز":
        return t[i - 2:i] in ("ام", "دی") or t[i - 3:i] == "پری" or t.startswith(("روز گذشته", "روزگذشته"), i)
    if key == "گذشته":
        return t[i - 3:i].strip() == "شب"
    j = i + len(key)
    return j >= len(t) or not t[j].isalpha() or (key == "غد" and t[j] == "ا" and not t[j + 1:j + 2].isalpha())


_NAMED_DAYS = frozenset({"الیوم", "فردا"})  # folded: the day words in names ("المصري اليوم"; not "المصري أمس")
_NEXT_WORD = re.compile(r"\s+(\w+)")


def _next_word(t: str, e: int) -> str:
    """The folded word after position ``e``, as a calendar-word key ("" at the end).

    >>> _next_word("الیوم الوطنی", 5)
    'الوطنی'
    """
    m = _NEXT_WORD.match(t, e)
    return _key(m.group(1)) if m else ""


def _relative_hit(t: str, m: re.Match[str], taken: list[tuple[int, int]], rx: _Rx) -> tuple | None:
    """(start, end, offset, weekday) of a relative match; None for a name, a count or a stated date's part."""
    words = calendar_words()
    s, e = m.start(), m.end()
    prev = _prev_word(t, s, _REV_PREV)[1]
    block = words["block"].get(prev)
    if block is not None and ("relative" not in block.flags  # امام جمعه, نماز جمعه
                              or m["rel"] and _key(m["rel"]) in _NAMED_DAYS):  # روسيا اليوم, رادیو فردا
        return None
    dp = rx.daypart_rev.match(t[max(0, s - 30):s][::-1]) if prev in _gates()[2] else None
    start = s - dp.end() if dp and not _overlaps(taken, s - dp.end(), s) else s
    if m["rel"]:
        if _overlaps(taken, s, e):  # "امروز سه‌شنبه ۱۱ شهریور ۱۴۰۴": the weekday belongs to the stated date
            e = m.end("rel")
            if _overlaps(taken, s, e):
                return None
        form = _key(m["rel"])
        weekday = words["weekday"][_key(m["wd1"])].value if m["wd1"] and e == m.end() else None
        if form == "الیوم" and e == m.end() and not m["wd1"] and _next_word(t, e) in words.get("dayname", {}):
            return None  # اليوم الوطني / اليوم التالي: "the day", not today
        if form.startswith("روز") and (prev.isdigit() or prev in words["numword"]):
            return None  # "۲۰ روز گذشته": the past twenty days
        return start, e, words["relative"][form].value, weekday
    if _overlaps(taken, s, e):
        return None
    w = words["weekday"][_key(m["wd"])]
    offset = None
    if m["rel2"]:
        offset = words["relative"][_key(m["rel2"])].value
    elif m["dir"]:
        offset = words["direction"][_key(m["dir"])].value
    if "homograph" in w.flags and start == s and offset is None:  # دوشنبه is also Dushanbe
        if prev not in ("روز", "یوم", "امروز", "دیروز") and not t[max(0, s - 2):s].strip().endswith("("):
            return None
    return start, e, offset, w.value


def _anchor_spots(t: str, anchors: tuple[tuple[str, tuple[str, ...]], ...]) -> list[tuple[int, tuple[str, ...]]]:
    """(position, prefixes) of each anchor word in ``t`` that passes ``_anchor_ok``, anchor by anchor."""
    spots = []
    for key, prefixes in anchors:
        i = t.find(key)
        while i >= 0:
            if _anchor_ok(t, i, key):
                spots.append((i, prefixes))
            i = t.find(key, i + 1)
    return spots


@lru_cache(maxsize=1)
def _ago_rx() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """'دو روز پیش', '۳ روز قبل' (the count before "روز …", looked for only where "روز پیش/قبل" stands), and
    'قبل يومين', 'منذ ثلاثة أيام': N days before the publication day."""
    count = _alt("count")
    return (re.compile(r"روز\s*(?:پیش|قبل)(?!\w)"),
            re.compile(rf"(?<!\w)(?P<fa>[0-9]{{1,2}}|{count})\s*\Z"),
            re.compile(rf"(?<!\w)(?:قبل|منذ)\s+(?:(?P<two>یومین)|(?P<ar>[0-9]{{1,2}}|{count})\s+ایام)(?!\w)"))


def _days_ago(t: str, taken: list[tuple[int, int]]) -> list[tuple]:
    """(start, end, -N, None) of each "N days ago" outside the spans already ``taken`` (sorted).

    >>> _days_ago("دیدار دو روز پیش", []), _days_ago("التقى قبل یومین", [])
    ([(6, 16, -2, None)], [(6, 15, -2, None)])
    """
    fa_ago, fa_count, ar_ago = _ago_rx()
    counts = calendar_words()["count"]
    found = []
    if "روز" in t:
        for m in fa_ago.finditer(t):
            c = fa_count.search(t, max(0, m.start() - 12), m.start())
            if c:
                found.append((c.start(), m.end(), c["fa"]))
    if "ایام" in t or "یومین" in t:
        found += [(m.start(), m.end(), 2 if m["two"] else m["ar"]) for m in ar_ago.finditer(t)]
    out = []
    for start, end, n in sorted(found, key=lambda f: f[0]):
        days = n if isinstance(n, int) else int(n) if n.isdigit() else counts[_key(n)].value
        if 0 < days <= 31 and not _overlaps(taken, start, end):
            out.append((start, end, -days, None))
    return out


def _relatives(t: str, rx: _Rx, taken: list[tuple[int, int]], persian: bool, arabic: bool) -> list[tuple]:
    spots = _anchor_spots(t, _PERSIAN_ANCHORS) if persian or not arabic else []
    if arabic or not persian:
        spots += _anchor_spots(t, _ARABIC_ANCHORS)
        spots += [(m.start(), ()) for m in rx.arabic_al.finditer(t)]
    if not spots:
        return []
    spots.sort()
    found: list[tuple] = []
    spans = sorted(taken)
    for i, prefixes in spots:
        if spans and _overlaps(spans, i, i + 1):
            continue
        p = i
        if prefixes and t.endswith(prefixes, 0, i):  # the first prefix that ends at i, as listed
            p = next(i - len(x) for x in prefixes if t.startswith(x, i - len(x)) and i >= len(x))
        m = rx.relative.match(t, p)
        if (not m or m.end() <= i) and p != i:
            m = rx.relative.match(t, i)
        if m and m.end() > i:
            hit = _relative_hit(t, m, taken, rx)
            if hit and not (spans and _overlaps(spans, hit[0], hit[1])):
                found.append(hit)
                insort(spans, (hit[0], hit[1]))
    return found


def find_dates(text: str, folded: Folded) -> list[DateMention]:
    """Every date expression in ``text``, sorted by start; spans are offsets into the original ``text``.

    Args:
        text: the article as ingested.
        folded: ``fold(text)``.

    Returns:
        Stated dates (jalali, gregorian, hijri; ``iso`` set when the year is stated) and relative ones
        (``calendar="relative"``, ``iso`` None until ``resolve``).

    >>> s = "امروز (چهارشنبه) در ۲۹ آبان ۱۴۰۴"
    >>> [(d.surface, d.calendar, d.iso, d.offset_days, d.weekday) for d in find_dates(s, fold(s))]
    [('امروز (چهارشنبه)', 'relative', None, 0, 2), ('۲۹ آبان ۱۴۰۴', 'jalali', '2025-11-20', None, None)]
    """
    t = folded.text
    if not t or t.isspace():
        return []
    rx = _rx()
    persian = "گ" in t or "پ" in t or "چ" in t or "ژ" in t
    arabic = _ARABIC_LETTER in text
    stated = _stated(t, rx, persian or not arabic, persian)
    relative = _relatives(t, rx, [(h[0], h[1]) for h in stated], persian, arabic)
    ago = _days_ago(t, sorted([(h[0], h[1]) for h in stated + relative]))
    if ago:
        relative = sorted(relative + ago)
    hits = sorted(stated + relative) if stated and relative else stated or relative  # disjoint: starts differ
    out = []
    for hit, (a, b) in zip(hits, folded.spans([(h[0], h[1]) for h in hits]), strict=True):
        if len(hit) == 4:
            out.append(DateMention(a, b, text[a:b], "relative", None, None, None, None, "day", "relative",
                                   hit[2], hit[3]))
            continue
        while b < len(text) and text[b] == "ـ":  # "۱۴۴۵ هـ": keep the tatweel of the marker
            b += 1
        out.append(DateMention(a, b, text[a:b], *hit[2:], "stated"))
    return out


# ---------------------------------------------------------------------------------------------- publication


def _from_hint(hint: str) -> DateMention | None:
    """A metadata date string: ISO, RFC 2822, "2 May 2024", or any form find_dates reads (Jalali, Hijri)."""
    s = hint.strip()
    if not s:
        return None
    day: dt.date | None = None
    try:
        day = dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            day = email.utils.parsedate_to_datetime(s).date()
        except (TypeError, ValueError, IndexError):
            for fmt in ("%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y"):
                try:
                    day = dt.datetime.strptime(s, fmt).date()
                    break
                except ValueError:
                    continue
    if day is not None and _year_ok("gregorian", day.year):
        y, m, d = day.year, day.month, day.day
        return DateMention(0, 0, "", "gregorian", y, m, d, day.isoformat(), "day", "stated")
    for found in find_dates(s, fold(s)):
        if found.how == "stated" and found.precision == "day" and found.iso:
            return replace(found, start=0, end=0, surface="")
    return None


def _header_end(t: str) -> int:
    """Where the header zone ends: after the first few non-empty lines, if the last of them starts within
    the first _HEADER_CHARS characters; else at _HEADER_CHARS (or the end of a shorter text).

    Fast form of a loop over the lines (tests/test_speed_dates.py holds it): one possessive pattern reads
    the lines in C (a run of blanks, then a line with a non-space, eight times), so no Python loop walks them.

    >>> _header_end("a\\n\\nb\\nc\\nd\\ne\\nf\\ng\\nh\\ni")  # ends after "h", the 8th
    16
    """
    limit = min(len(t), _HEADER_CHARS)
    m = _rx().header.match(t)
    if m and t.rfind("\n", 0, m.end()) + 1 < limit:
        return m.end()
    return limit


def _without_dates(t: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """The text of [start, end) with the date spans inside it blanked.

    >>> _without_dates("12-03-2020 14:05 | x", 0, 16, [(0, 10)])
    '  14:05'
    """
    pieces, at = [], start
    for a, b in spans[bisect_left(spans, (start,)):bisect_left(spans, (end,))]:
        if b <= end:
            pieces.append(t[at:a])
            at = b
    return " ".join(pieces) + " " + t[at:end]


_SITE_TODAY = re.compile(r"\W*(?:امروز|الیوم)\s*:")
_ISSUE = re.compile(r"\W*(?:العدد|عدد)\s*[0-9]+\s*[-–—|،,]\s*(?:[^\W\d]+\s*)?\Z")  # folded: an issue number
_TIME_AT_END = re.compile(r"[0-9]{1,2}\s?:\s?[0-9]{1,2}(?:\s?:\s?[0-9]{1,2})?[\s\-–—|,]*\Z")  # "۲۰ : ۱۳ - "


_GLOSS = re.compile(r"الموافق|مورخ|مصادف\s*با|برابر\s*با")  # folded: "today, that is": "امروز مؤرخ 3 اپریل 2017"
_SOURCE_COLON = re.compile(r"\s*[^\W\d]+\s*:\s*\Z")
BYLINE_WORDS = 3  # words of an author's name before a byline's date
SOURCE_WORDS = 3  # words of a news service's name after its stamp's date: "05.09.2025, سبوتنيك عربي"


PLACE_FIELD_WORDS = 2  # words of the place before "|" and a dateline's date: "القاهرة | الاثنين 19 يناير 2026"
HEADER_SEPARATORS = ("-", "–", "—", "|")  # the separator before a header line's date
HEADER_WORDS = 8  # words at most before the date on a site's header line: "موقع أنصار الله - متابعات –"


def _pub_score(t: str, s: int, e: int, spans: list[tuple[int, int]], todays: set[int], top: int) -> int:
    """How surely the date at folded [s, e) is the article's own: after a label 100; on a line of its own 95
    (near the top, with a time), 90 (with a time), 80 (near the top); in a dateline near the top 70; right
    after "today" 60; else 0."""
    rx = _rx()
    line_start = t.rfind("\n", 0, s) + 1
    ls = t.rfind("|", line_start, s) + 1 or line_start  # "Alper Şaşmaz, Merve Yıldızalp | 11.06.2024": a field of
    # its own
    le = t.find("\n", e)
    le = len(t) if le < 0 else le
    before = t[ls:s]
    near_top = s < top
    if _SITE_TODAY.match(before):  # "امروز: سه‌شنبه - ۱۵ آبان ۱۴۰۳": the site's day, not the article's
        return 0
    if _ISSUE.match(before):  # "العدد 1475 - الثلثاء 19 سبتمبر 2006م": the newspaper issue's own line
        return 90
    if near_top or ":" in t[ls:le]:
        if rx.label_rev.match(_TIME_AT_END.sub("", before)[::-1]):  # "تاریخ انتشار: ۰۹:۰۸ - ۲۴ اسفند ۱۴۰۳"
            return 100
        bar = t.find("|", e, le) if near_top else -1  # "السبت 06-09-2014 17:41 | كتب: فلان |": a byline after
        for end in (le, bar) if bar > 0 else (le,):
            rest = _without_dates(t, ls, end, spans)
            if rx.filler_only.match(rest):  # as `not rx.filler.sub(" ", rest).strip(_PUNCT)`, but stops early
                has_time = bool(rx.time.search(rest))
                return (95 if near_top else 90) if has_time else (80 if near_top else 0)
        timed = bool(rx.time.match(t[e:le].lstrip(", ")))  # "احمد وائل عمر - القاهرة في الاثنين 6 أكتوبر 2025 08:25"
        dateline = rx.dateline_before.match(before) if near_top and len(before.split()) <= (7 if timed else 4) \
            else None
        # "أديس أبابا، 04/22/ 2024 (أديس والتا)", "الرياض 2 مايو 2024 (واس)", "تهران - ۱۲ مهر", and a date
        # opening its line with its weekday, "دوشنبه، 14.05.2024. /خاور/."
        if near_top and ls > line_start and not before.strip() \
                and 0 < len(place := t[line_start:ls - 1].split()) <= PLACE_FIELD_WORDS \
                and not any([c.isdigit() for w in place for c in w]):
            return 70  # "القاهرة | الاثنين 19 يناير 2026 أجرى …": the place's field, then the day, a dateline
        if dateline or near_top and not before.strip():
            after = t[e:le].lstrip(" .")  # "دوشنبه، 14.05.2024. /خاور/."
            agency = after[:1] in ("(", "/") and len(before.split()) <= 2
            later = _without_dates(t, e, le, spans)  # "… 1446 هـ الموافق 8 سبتمبر 2024 م واس": other dates go
            words = rx.filler.sub(" ", later).split()
            agency = agency or bool(words) and is_agency(words[0].strip(_PUNCT))  # "… م واس تلقى": then the body
            cut = after[:1] in ("-", "–", "—", "|") or not words or bool(rx.time.match(after.lstrip(", "))) \
                or not before.strip() and len(words) == 1 and words[0].isalpha() and not rx.time.search(after) \
                or words[0] in ("/", "|", "-", "–", "—") \
                or after[:1] == ")" and after[1:].lstrip()[:1] in (":", "-", "–")  # "آسواکانیوز(…/۱۴۰۱): متن"
            # a separator before the date, or one word: a section's date line, "سياسة 02-03-2018", "سياسة
            # 18-08-2019, 09:32 | --" (a time after it); a date opening its line before one word, its place:
            # "04 December 2017 الكويت"
            if agency or (not dateline or dateline["sep"] or len(before.strip(" (").split()) == 1 or timed) and cut \
                    or dateline and not words and (len(before.split()) <= 2 or any([c in before for c in "-–—"])):
                # "بغداد- العراق 11/03/2019", "برلين – المنشر الإخبارى 4 فبراير 2026": the line
                # or a date that opens its line, cut from what follows: "دوشنبه، 26 فوریه 2026 – خبرگزاری …"
                return 70
        if near_top and before.endswith("(") and t[e:le].strip() == ")" and ls == 0:
            return 70  # "دیدار رئیس جمهور زیمبابوه و هیات همراه (1389/02/27)": the title's closing date
        if near_top and ls == 0 and _TITLE_DATELINE.search(before) \
                and _without_dates(t, e, le, spans).strip(" /")[:1] == ")":
            return 70  # "… تقدیم نمود- (کابل، ۱۶ دسامبر ۲۰۱۸ / ۲۵ قوس ۱۳۹۷)": the title's closing place and date
        if near_top and (before.rstrip()[-1:] in HEADER_SEPARATORS and len(before.split()) <= HEADER_WORDS
                         or 0 < len(before.split()) <= SECTION_WORDS and ls > 0 and "@" not in before) \
                and not rx.filler.sub(" ", _without_dates(t, e, le, spans)).split():
            return 70  # "موقع أنصار الله - متابعات – 7 جمادى الآخرة 1447هـ": a site's header line, its date last;
            # "قسم الأخبار الدولية 06/05/2025": a section's line below the title (not an embedded post's "— Name
            # (@handle) July 31, 2025")
    if near_top and _SOURCE_COLON.match(before) and rx.filler_only.match(_without_dates(t, e, le, spans)):
        return 70  # "الوحدة:23-5-2024": the paper's name, a colon, its date, on a line of their own
    if near_top and before.strip() and rx.filler_only.match(before) and t[e:le].lstrip()[:1] == ":":
        return 70  # "خبرگزاری تسنیم جمعه 29 بهمن 1400 : مدیرکل …": the agency, its date, a colon, the story
    tail = t[e:le].strip()
    if near_top and tail[:1] in (",", "،") and 0 < len(tail[1:].split()) <= SOURCE_WORDS \
            and not any([c.isdigit() for c in tail]) and t[e - 1].isdigit() and t[s:e].count(".") == 2:
        return 70  # "… بمبادرة من البرازيل. 05.09.2025, سبوتنيك عربي": the service's stamp ends the lead
    if near_top and 0 < len(before.split()) <= BYLINE_WORDS:  # "نجيب ميلودي28 يوليو 2022آخر تحديث :": a byline,
        rest = _without_dates(t, e, le, spans)  # its author, the date, then only a stamp's words
        if rest.strip(_PUNCT + " ") and rx.filler_only.match(rest):
            return 85 if rx.time.search(rest) else 70  # "عرب وعالم17-12-2020 | 16:35": over a bare date atop
    if any(s - k in todays and not _GLOSS.sub("", t[s - k:s]).strip(" (,-–—") for k in range(15)):
        return 60  # "اليوم الجمعة 21 أكتوبر 2022", "اليوم الثلاثاء الموافق 2023/12/19"
    return 0


_TITLE_DATELINE = re.compile(r"\(\s*\w+(?: \w+)?\s*[،,]\s*$")  # folded: "(کابل، " before a title's closing date


SECTION_WORDS = 3  # words of a section's name before its date on a line below the title


STAMP_SCORE = 70  # a publication score from a stamp of its own (a line, a dateline, a label), not a "today" gloss


def _full_day(d: DateMention) -> bool:
    """Whether ``d`` is a stated day with its year: the only kind that can be the publication date."""
    return d.how == "stated" and d.precision == "day" and bool(d.iso) and bool(d.year)


def publication_date(
    text: str, folded: Folded, dates: list[DateMention], hint: str | None = None
) -> DateMention | None:
    """The article's stated publication date, or None when neither metadata nor the text states one.

    A parseable ``hint`` (metadata) wins and comes back with an empty span (0, 0). Otherwise a full stated day
    from ``dates`` is taken only where a publication date sits: after a label ("تاریخ انتشار:", "date"), on
    a line of its own near the top or with a time ("۲۵ بهمن ۱۳۹۷ - ۱۷:۲۱", "حوت 14, 1399 16:37 Asia/Kabul"),
    in a dateline ("أديس أبابا، 04/22/ 2024 (...)"), or right after "today" ("اليوم الجمعة 21 أكتوبر 2022").
    Any other date in the body is never taken.

    >>> s = "خبر\\nتاریخ انتشار: ۲۱ مهر ۱۴۰۱ - ۱۳:۵۹\\nمتن"
    >>> f = fold(s)
    >>> publication_date(s, f, find_dates(s, f)).iso
    '2022-10-13'
    """
    if hint:
        found = _from_hint(hint)
        if found:
            return found
    full = [_full_day(d) for d in dates]
    if True not in full:  # nothing to score: skip the spans and the header
        return None
    t = folded.text
    spans = [(folded.folded_position(d.start), folded.folded_position(d.end)) for d in dates]
    todays = {e for d, (_, e) in zip(dates, spans, strict=True) if d.how == "relative" and d.offset_days == 0}
    header_end = _header_end(t)
    ordered = sorted(spans)
    scored = [(score, d) for d, (s, e), is_full in zip(dates, spans, full, strict=True)
              if is_full and (score := _pub_score(t, s, e, ordered, todays, header_end))]
    today_weekdays = {d.weekday for d in dates if d.how == "relative" and d.offset_days == 0 and d.weekday is not None}
    stamps = [(score, d) for score, d in scored if score >= STAMP_SCORE]
    if len(stamps) > 1 and len(today_weekdays) == 1:  # "الجمعة، 22 نوفمبر 2024" (the site's day) and "الخميس، 20
        # أبريل 2017" over "يستقبل … اليوم الخميس": the stamp whose weekday is the text's "today"
        agreeing = [(score, d) for score, d in stamps if dt.date.fromisoformat(d.iso).weekday() in today_weekdays]
        scored = agreeing or scored
    best = max(scored, key=lambda sd: sd[0], default=None)  # (the first of the best scored, as before)
    return _weekday_reading(best[1], today_weekdays) if best else None


_NUMERIC_DAY = re.compile(r"\s*[0-9]{1,2}\s?[/.-]\s?[0-9]{1,2}\s?[/.-]\s?[0-9]{4}\s*")


def _weekday_reading(date: DateMention, weekdays: set[int]) -> DateMention:
    """A numeric day that reads both ways ("6/10/2019": 6 October or 10 June) read the way whose weekday is the
    text's "today" ("امروز دوشنبه": 10 June 2019, a Monday); unchanged otherwise.

    >>> d = DateMention(0, 9, "6/10/2019", "gregorian", 2019, 10, 6, "2019-10-06", "day")
    >>> _weekday_reading(d, {0}).iso, _weekday_reading(d, {6}).iso
    ('2019-06-10', '2019-10-06')
    """
    if len(weekdays) != 1 or date.calendar != "gregorian" or not date.iso or date.day is None \
            or date.month is None or date.day > 12 or date.day == date.month \
            or not _NUMERIC_DAY.fullmatch(date.surface):
        return date
    day = dt.date(date.year, date.month, date.day)
    if day.weekday() in weekdays:
        return date
    swapped = dt.date(date.year, date.day, date.month)
    return _dated(date, swapped.year, swapped.month, swapped.day, swapped.isoformat()) \
        if swapped.weekday() in weekdays else date


# ---------------------------------------------------------------------------------------------- resolving


@lru_cache(maxsize=4096)
def _source_year(calendar: str, day: dt.date) -> int | None:
    """The year in ``calendar`` that holds Gregorian ``day`` (cached like ``_iso``: jdatetime is slow)."""
    try:
        if calendar == "jalali":
            return jdatetime.date.fromgregorian(date=day).year
        if calendar == "hijri":
            return Gregorian(day.year, day.month, day.day).to_hijri().year
    except (ValueError, OverflowError):
        return None
    return day.year


def _dated(date: DateMention, year: int, month: int | None, day: int | None, iso: str) -> DateMention:
    """``replace(date, year=year, month=month, day=day, iso=iso)`` built directly (``replace`` is slow).

    >>> d = DateMention(0, 3, "امس", "relative", None, None, None, None, "day", "relative", -1)
    >>> _dated(d, 2024, 5, 1, "2024-05-01") == replace(d, year=2024, month=5, day=1, iso="2024-05-01")
    True
    """
    return DateMention(date.start, date.end, date.surface, date.calendar, year, month, day, iso, date.precision,
                       date.how, date.offset_days, date.weekday)


_STAMP = re.compile(r"\s*date\s*\Z")


def is_stamp(text: str, date: DateMention) -> bool:
    """Whether the date is the source's "date YYYY-MM-DD" stamp that opens the text: when the page was
    published, not the day of anything the text tells.

    >>> t = " date 2025-09-16 دیدار روسای جمهور ایران و مصر"
    >>> is_stamp(t, find_dates(t, fold(t))[0])
    True
    """
    return date.start < 40 and _STAMP.match(text, 0, date.start) is not None


_MONTH_STAMP = re.compile(r"\s*date ([12][0-9]{3})-(0[1-9]|1[0-2])(?![0-9-])")  # a page's "date 2025-05" line


def publication_month(text: str) -> DateMention | None:
    """The month a page's stamp gives when it gives no day ("date 2025-05" opening the text), with an empty span;
    what a day and month told without a year are placed by. Never the article's publication day.

    >>> publication_month(" date 2025-05 به گزارش ایرنا").iso, publication_month(" date 2025-05-19 …")
    ('2025-05', None)
    """
    m = _MONTH_STAMP.match(text)
    if m is None:
        return None
    year, month = int(m.group(1)), int(m.group(2))
    return DateMention(0, 0, "", "gregorian", year, month, None, f"{year:04d}-{month:02d}", "month")


def resolve_all(dates: list[DateMention], published: DateMention | None) -> list[DateMention]:
    """Each of ``dates`` resolved against the stated publication date: its day, or, when the page states only a
    month ("date 2025-05"), that month for a day and month told without a year ("دوشنبه 29 اردیبهشت" is
    2025-05-19); a relative day needs the day.

    >>> found = find_dates("دوشنبه 29 اردیبهشت", fold("دوشنبه 29 اردیبهشت"))
    >>> month = DateMention(0, 0, "", "gregorian", 2025, 5, None, "2025-05", "month")
    >>> [d.iso for d in resolve_all(found, month) if d.how == "stated"]
    ['2025-05-19']
    """
    iso = published.iso if published is not None else None
    if iso and len(iso) == 10:
        day = dt.date.fromisoformat(iso)
        return _spelled_out([resolve(d, day) for d in dates])
    if iso and len(iso) == 7:
        year, month = int(iso[:4]), int(iso[5:])
        month_end = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return _spelled_out([resolve(d, month_end) if d.how == "stated" else d for d in dates])
    return _spelled_out(list(dates))


APPOSITION_GAP = 4  # characters from a relative day to the date that spells it out: " ( ", "، "


def _spelled_out(dates: list[DateMention]) -> list[DateMention]:
    """A relative day, or a day told without its year, followed at once by the full date that spells it out ("يوم
    أمس الثلثاء (22 نوفمبر/ تشرين الثاني 2011)", "الأحد 8 ربيع الأول (11 سبتمبر 2024)") is that date, publication
    date or not.

    >>> text = "أمس الثلثاء (22 نوفمبر 2011)"
    >>> [d.iso for d in _spelled_out(find_dates(text, fold(text)))]
    ['2011-11-22', '2011-11-22']
    """
    out = list(dates)
    for i in range(len(out) - 1):
        d, nxt = out[i], out[i + 1]
        if (d.how == "relative" or d.iso is None) and nxt.how == "stated" and nxt.precision == "day" and nxt.iso \
                and 0 <= nxt.start - d.end <= APPOSITION_GAP:
            out[i] = replace(d, year=nxt.year, month=nxt.month, day=nxt.day, iso=nxt.iso, precision="day")
    return out


GLOSS_REACH = 3  # days a weekday gloss may lie before its relative day ("أمس (الاثنين)" in a Monday's issue: that
# Monday, not the one a week before)


def resolve(date: DateMention, published: dt.date | None) -> DateMention:
    """A copy of ``date`` with ``iso`` (and year) filled from ``published``; unchanged when it cannot be.

    Relative: published + offset; a weekday is the latest one on or before published + offset. A day and
    month without a year: the year that puts it nearest before published (up to 7 days after counts).

    >>> d = find_dates("أمس", fold("أمس"))[0]
    >>> resolve(d, dt.date(2024, 5, 2)).iso
    '2024-05-01'
    >>> resolve(d, None) is d
    True
    """
    if published is None:
        return date
    if date.how == "relative":
        if date.offset_days is None and date.weekday is None:
            return date
        day = published + dt.timedelta(days=date.offset_days or 0)
        if date.weekday is not None:
            back = (day.weekday() - date.weekday) % 7
            glossed = "(" in date.surface  # "أمس (الاثنين)": a day glossed by its weekday, the nearer one wins
            day -= dt.timedelta(days=back if not glossed or back <= GLOSS_REACH else back - 7)
        return _dated(date, day.year, day.month, day.day, day.isoformat())
    if date.year is not None or date.month is None:
        return date
    base = _source_year(date.calendar, published)
    if base is None:
        return date
    limit = (published + dt.timedelta(days=7)).isoformat()
    for y in (base + 1, base, base - 1):
        iso = _iso(date.calendar, y, date.month, date.day or 15)
        if iso and iso <= limit:
            return _dated(date, y, date.month, date.day, iso if date.precision == "day" else iso[:7])
    return date
