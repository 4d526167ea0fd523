"""The day of a meeting: dates told in its sentence, the publication day, and dates of its partners.

``_meeting_days`` keeps the day-precision dates of a sentence that date the meeting it tells ("روز شنبه"
resolved against the publication date), and ``resolve_date`` picks one for an event.
"""

from __future__ import annotations

from datetime import date, timedelta

import jdatetime

from core.dates import calendar_words, resolve
from core.events.sentence import Draft, Sentence
from core.events.tense import LATER_REACH, RECENT_DAYS, _last_period
from core.fold import fold_text
from core.records import DateMention


def _later_today(s: Sentence, j: int, hi: int) -> bool:
    """Whether the summit word at j is told as opening "later today" ("التي تبدأ في وقت لاحق من مساء اليوم")."""
    return any(["later_today" in s.cues[x] for x in range(j + 1, min(hi, j + LATER_REACH))])


WEEK_WORDS = frozenset("هفته الاسبوع".split())  # folded: "الأسبوع الماضي": within the news window, but no day


def _last_week(s: Sentence) -> bool:
    """'التقى … الأسبوع الماضي': last week as a whole, no weekday named ("الخميس من الأسبوع الماضي" is a day):
    news, but undated, never the publication day."""
    return _last_period(s, WEEK_WORDS)


MONTH_NOUNS = frozenset("ماه شهر".split())  # folded: "در ماه جولای", "في شهر يوليو": a month named alone
EARLIER_MONTHS = 2  # months before the publication month from which a month named alone tells history


def _earlier_month(s: Sentence, published: date | None) -> bool:
    """Whether the sentence names a month alone ("ماه"/"شهر" + a month, no day, no year) two months or more before
    the stated publication month of the same year: "رهبر قرقیزستان در جریان دیدار اخیر با پوتین در ماه جولای …"
    in a report of 25 November tells an earlier meeting in passing."""
    if published is None or MONTH_NOUNS.isdisjoint(s.text):
        return False
    months = calendar_words()["month"]
    for j, word in enumerate(s.text[:-1]):
        m = months.get(s.text[j + 1]) if word in MONTH_NOUNS else None
        if m is None or m.calendar == "hijri" or j + 2 < len(s.text) and s.text[j + 2].isdigit():
            continue
        now = published.month if m.calendar == "gregorian" else _jalali_month(published)
        if EARLIER_MONTHS <= now - m.value:
            return True
    return False


def _jalali_month(day: date) -> int:
    """The Jalali month of a Gregorian day.

    >>> _jalali_month(date(2025, 11, 25))
    9
    """
    return jdatetime.date.fromgregorian(date=day).month


LINE_WORDS = frozenset("حدود خطوط مرزهای مرز".split())  # folded: borders named by a day ("حدود 4 يونيو 1967")
LINE_REACH = 3  # words before a date where its line may be named: "على حدود ما قبل 4 حزيران 1967"


def line_of_a_day(text: str, d: DateMention) -> bool:
    """Whether the date names a line drawn on that day, not a day anything met: "إقامة دولتهم المستقلة على حدود 4
    يونيو 1967", "مرزهای ۴ ژوئن ۱۹۶۷".

    >>> t = "ضمان حقوق الفلسطينيين على حدود 4 يونيو 1967"
    >>> day = DateMention(t.index("4"), len(t), "4 يونيو 1967", "gregorian", 1967, 6, 4, "1967-06-04", "day")
    >>> line_of_a_day(t, day)
    True
    """
    words = fold_text(text[max(0, d.start - 40):d.start]).split()[-LINE_REACH:]
    return not LINE_WORDS.isdisjoint(words)


def _meeting_days(days: list[DateMention], published: date | None) -> list[DateMention]:
    """The day expressions of a sentence that can date its meeting: a stated publication day (a dateline,
    "دمشق، 27 نيسان 2024 (سانا) - التقى … أمس") gives way to any other day told in the sentence (a relative day
    glossed by the full day, "مساء أمس ( الثلاثاء 5 أكتوبر 2021)", has its day already: ``dates._spelled_out``)."""
    if published is None:
        return days
    pub = published.isoformat()
    others = [d for d in days if d.how == "relative" or d.iso != pub]
    return others or days


def _partner_day(s: Sentence, days: list[DateMention], at: int, partners: list[int]) -> DateMention | None:
    """The day told right after one of several partners, before the next ("نظيره الروسي أمس، ونظيره الصيني
    يوم الخميس"), or None."""
    nxt = next((p for p in partners if p > at), None)
    end = s.start[nxt] if nxt is not None else s.end[-1]
    return next((d for d in days if s.start[at] <= d.start < end), None)


def _nearest_date(dates: list[DateMention], pos: int) -> DateMention | None:
    """The date expression closest to the meeting word: 'left yesterday … spoke at the summit today'."""
    return min(dates, key=lambda d: min(abs(d.start - pos), abs(d.end - pos)), default=None)


def resolve_date(d: DateMention | None, published: date | None,
                 anchor: date | None) -> tuple[str | None, str | None, str]:
    """(iso, precision, how) of an event: its own date, else a weekday placed by the text's anchor day,
    else the publication day (news reports what happened on or just before it), else unknown.

    >>> resolve_date(None, date(2025, 9, 2), None)
    ('2025-09-02', 'day', 'publication')
    """
    if d is not None:
        if d.iso and d.precision == "day" and len(d.iso) == 10:
            return d.iso, "day", d.how
        if published is None and anchor is not None and d.how == "relative" and d.weekday is not None \
                and (d.offset_days is None or (anchor + timedelta(days=d.offset_days)).weekday() == d.weekday):
            # "أمس الأربعاء" needs a Thursday: another day is no publication day but a date in the body
            placed = resolve(d, anchor)
            if placed.iso:
                return placed.iso, "day", "relative"
        return None, None, "none"
    if published:
        return published.isoformat(), "day", "publication"
    return None, None, "none"


def _told_today(d: Draft) -> bool:
    """Whether a meeting is told as held today or a day or so before ("اليوم الثلاثاء", "أمس")."""
    return d.explicit_date and not d.vague and d.date is not None and d.date.how == "relative" \
        and -RECENT_DAYS <= (d.date.offset_days if d.date.offset_days is not None else -1) <= 0


def _in_a_month_of_a_year(d: Draft, dates: list[DateMention], text: str) -> bool:
    """Whether a meeting's sentence tells it "in" a month of a stated year ("في مارس 2019، استقبلت القاهرة …",
    "در اسفند ۱۳۹۸"): beside one told as held today, in a text with no publication date, it is background."""
    start, end = d.sentence
    return any([m.precision == "month" and m.how == "stated" and m.year is not None and start <= m.start < end
                and text[max(start, m.start - MONTH_IN_REACH):m.start].split()[-1:] in (["في"], ["وفي"], ["در"])
                for m in dates])


MONTH_IN_REACH = 6  # characters before a month to look for "في"/"در"
