"""Frozen records passed between the pipeline's stages.

Every span is half-open ``(start, end)`` into ``Article.text`` exactly as ingested:
``article.text[m.start:m.end] == m.surface`` holds for every mention, date and evidence span.
DataFrames appear only at the store and UI boundary (``core.store``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Article:
    """One article as ingested; ``text`` is never modified after this point.

    >>> Article(article_id="a1b2", source_id="f001", path="f001.txt", text="سلام", lang="fa").lang
    'fa'
    """

    article_id: str  # short hash of the text: the same text twice is stored once
    source_id: str  # names the source: file stem, or record id / "<stem>:<row>" for json/jsonl/csv
    path: str
    text: str
    lang: str = ""  # "fa" | "ar" | "" (unknown: reported, not parsed)
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published_hint: str | None = None  # raw date string from file metadata (json/csv field), if any


@dataclass(frozen=True, slots=True)
class Mention:
    """A gazetteer hit: a country, city, forum, title or official named in the text.

    >>> Mention(0, 5, "ایران", "country", "IRN", "IRN", "Iran", "name").country
    'IRN'
    """

    start: int
    end: int
    surface: str
    kind: str  # "country" | "city" | "forum" | "title" | "official"
    entity: str  # ISO3 for countries, city/forum/title/official id otherwise
    country: str | None  # the state the mention points to (a city's or an official's country)
    label_en: str
    form: str = "name"  # how the alias names it: name, adjective, capital, epithet, self, ...


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression in the text, with its source calendar and Gregorian day when known.

    ``how`` is "stated" for an absolute date, "relative" for today/yesterday/weekday expressions
    (``iso`` filled only once resolved against a stated publication date).

    >>> DateMention(0, 10, "۱۴۰۵/۰۳/۱۵", "jalali", 1405, 3, 15, "2026-06-05", "day", "stated").iso
    '2026-06-05'
    """

    start: int
    end: int
    surface: str
    calendar: str  # "jalali" | "gregorian" | "hijri" | "relative"
    year: int | None
    month: int | None
    day: int | None
    iso: str | None  # Gregorian YYYY-MM-DD (or YYYY-MM / YYYY for coarser precision)
    precision: str | None  # "day" | "month" | "year" | None
    how: str = "stated"  # "stated" | "relative"
    offset_days: int | None = None  # relative: 0 today, -1 yesterday ...
    weekday: int | None = None  # relative weekday, Monday=0 (datetime convention)


@dataclass(frozen=True, slots=True)
class Participant:
    """An official taking part in an event.

    >>> Participant("لاوروف", "Sergei Lavrov", "foreign_minister", "RUS").name_en
    'Sergei Lavrov'
    """

    name: str  # as written in the text
    name_en: str | None
    role: str | None  # title id, e.g. "defence_minister"
    country: str | None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """One meeting, talk, summit session or phone call between officials of >= 2 countries.

    >>> Event("bilateral", ("IRN", "RUS")).kind
    'bilateral'
    """

    kind: str  # "bilateral" | "multilateral"
    countries: tuple[str, ...]
    date: str | None = None  # Gregorian YYYY-MM-DD
    date_precision: str | None = None
    date_how: str = "none"  # "stated" | "relative" | "publication" | "none"
    location: str | None = None  # ISO3 where it took place
    city: str | None = None  # English city name
    forum: str | None = None  # SCO, BRICS, ..., OTHER
    participants: tuple[Participant, ...] = ()
    evidence: tuple[tuple[int, int], ...] = ()
    confidence: float = 0.5
    trigger: str = ""  # the meeting word that opened it, as written

    def as_dict(self) -> dict[str, Any]:
        """The event as the CLI's JSON shape."""
        out = asdict(self)
        out["countries"] = list(self.countries)
        out["evidence"] = [list(span) for span in self.evidence]
        out["participants"] = [
            {"name": p.name, "name_en": p.name_en, "role": p.role, "country": p.country}
            for p in self.participants
        ]
        return out


@dataclass(frozen=True, slots=True)
class Problem:
    """Something that stopped a file (or a record in it) from being processed.

    >>> Problem("x.bin", "binary", "file looks binary (NUL bytes)").reason
    'binary'
    """

    path: str
    reason: str  # encoding | empty | binary | unparseable | language | too_large | unreadable | unsupported | failed
    detail: str
    source_id: str | None = None

    def message(self) -> str:
        """One line for a person: names the file and the reason."""
        where = f"{self.path} [{self.source_id}]" if self.source_id else self.path
        return f"{where}: {self.reason}: {self.detail}"


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """Everything the pipeline found in one article."""

    article: Article
    mentions: tuple[Mention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    published: DateMention | None = None
    countries: tuple[str, ...] = ()
    events: tuple[Event, ...] = ()
    problems: tuple[Problem, ...] = field(default=())

    def as_dict(self) -> dict[str, Any]:
        """The CLI's ``extract`` JSON shape for one article."""
        a = self.article
        return {
            "id": a.source_id,
            "article_id": a.article_id,
            "path": a.path,
            "lang": a.lang,
            "title": a.title,
            "published": self.published.iso if self.published and self.published.precision == "day" else None,
            "countries": list(self.countries),
            "events": [e.as_dict() for e in self.events],
            "problems": [p.message() for p in self.problems],
        }
