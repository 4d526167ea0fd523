"""Frozen records passed between the pipeline's stages (frozen dataclasses, built by ``record``).

Every span is half-open ``(start, end)`` into ``Article.text`` exactly as ingested:
``article.text[m.start:m.end] == m.surface`` holds for every mention, date and evidence span.
DataFrames appear only at the store and UI boundary (``core.store``).
"""

from __future__ import annotations

from dataclasses import MISSING, asdict, dataclass, field, fields
from typing import Any


def record[T](cls: type[T]) -> type[T]:
    """A frozen, slotted dataclass with a cheaper ``__init__``.

    The ``__init__`` a frozen dataclass gets assigns each field through ``object.__setattr__``, which looks
    the attribute up on the class every time: ~2.7 µs for a Mention, ~40 records an article. This one calls
    each slot's own setter, found once here: ~1 µs. Reads stay slot reads, assignment after construction
    still raises ``FrozenInstanceError``, and ``fields``, ``asdict``, ``replace``, ``==`` and ``hash`` work
    as for any frozen dataclass.

    >>> @record
    ... class Span:
    ...     start: int
    ...     end: int = 0
    >>> Span(3), Span(3, 5) == Span(3, 5)
    (Span(start=3, end=0), True)
    """
    cls = dataclass(frozen=True, slots=True)(cls)
    params, body, names = [], [], {}
    for f in fields(cls):
        if f.default_factory is not MISSING or not f.init or f.kw_only:
            raise TypeError(f"{cls.__name__}.{f.name}: record fields take a plain default only")
        if f.default is MISSING:
            params.append(f.name)
        else:
            names[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        names[f"_set_{f.name}"] = cls.__dict__[f.name].__set__  # the slot's setter: no frozen check, no lookup
        body.append(f"    _set_{f.name}(self, {f.name})")
    source = f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body or ["    pass"])
    namespace: dict[str, Any] = {}
    exec(source, names, namespace)  # noqa: S102 - the source is built from the class's own field names
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init
    return cls


@record
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


@record
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


@record
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


@record
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


@record
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


@record
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


@record
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
