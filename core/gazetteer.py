"""Loads the gazetteer tables (core/data/*.tsv) once and indexes them by folded alias.

One row per alias in each table; this module adds the regular inflections (Arabic nisba feminine and
plural, the article ال, Persian plural ها/های) so the tables list base forms only.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from core.config import DATA_DIR
from core.fold import fold_text


class GazetteerError(ValueError):
    """A gazetteer file is malformed; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class Entry:
    """What one folded alias can name.

    >>> Entry("country", "IRN", "IRN", "Iran", "name", "fa").label_en
    'Iran'
    """

    kind: str  # country | city | forum | title | official
    entity: str  # ISO3, city name, forum code, title id, official id
    country: str | None
    label_en: str
    form: str  # name, formal, adjective, plural, capital, seat, epithet, self, city, forum, title, official
    lang: str
    ambiguous: bool = False
    alias: str = ""  # the alias as written in the table


@dataclass(frozen=True, slots=True)
class Role:
    """An official's role between two ISO dates ('' = open)."""

    official: str
    role: str
    valid_from: str
    valid_to: str


@dataclass(frozen=True)
class Gazetteer:
    """Folded alias -> entries, plus what the matcher needs to walk tokens fast."""

    entries: dict[str, tuple[Entry, ...]]
    max_tokens: dict[str, int]  # first folded token -> longest alias length in tokens starting with it
    roles: dict[str, tuple[Role, ...]]
    country_names: dict[str, str]  # ISO3 -> English short name
    title_labels: dict[str, str]  # title id -> English label

    def derived(self, name: str, build: Callable[[Gazetteer], object]):
        """``build(self)``, computed on first use and kept with the gazetteer: an index another stage needs.

        >>> g = load()
        >>> g.derived("alias_count", lambda g: len(g.entries)) == len(g.entries)
        True
        """
        memo = self.__dict__.setdefault("_derived", {})
        if name not in memo:
            memo[name] = build(self)
        return memo[name]

    def automaton(self):
        """An Aho-Corasick automaton over every folded alias, each value the alias (built once, on first use)."""
        return self.derived("automaton", lambda g: alias_automaton({key: key for key in g.entries}))

    def lookup(self, folded_alias: str) -> tuple[Entry, ...]:
        """Entries for an already folded alias.

        >>> [e.entity for e in load().lookup("روسیه") if e.kind == "country"]
        ['RUS']
        """
        return self.entries.get(folded_alias, ())

    def role_of(self, official: str, iso_day: str | None) -> str | None:
        """The official's role on a day (the latest role if the day is unknown)."""
        roles = self.roles.get(official, ())
        if not roles:
            return None
        if iso_day:
            for r in roles:
                if (not r.valid_from or r.valid_from <= iso_day) and (not r.valid_to or iso_day <= r.valid_to):
                    return r.role
        return max(roles, key=lambda r: r.valid_from or "").role


def alias_automaton(values: dict[str, object]):
    """An Aho-Corasick automaton that finds every key of ``values`` and yields (last index, value)."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    for key, value in values.items():
        auto.add_word(key, value)
    auto.make_automaton()
    return auto


def read_table(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    """Rows of a TSV whose header starts with ``columns``; raises GazetteerError naming file and line."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, [])
        if tuple(header[: len(columns)]) != columns:
            raise GazetteerError(f"{path}:1: expected columns {columns}, got {tuple(header)}")
        rows = []
        for lineno, row in enumerate(reader, start=2):
            if not row or not "".join(row).strip() or row[0].startswith("#"):
                continue
            if len(row) < len(columns):
                raise GazetteerError(f"{path}:{lineno}: expected {len(columns)} fields, got {len(row)}")
            rows.append(dict(zip(header, (c.strip() for c in row), strict=False)))
        return rows


_AR_CLITIC_ARTICLE = "ال"


def inflections(alias: str, lang: str, form: str) -> list[str]:
    """The alias plus its regular inflected forms, folded.

    >>> inflections("روسي", "ar", "adjective")
    ['روسی', 'روسیه', 'روسیین', 'روسیون', 'الروسی', 'الروسیه', 'الروسیین', 'الروسیون', 'روسیا']
    >>> inflections("ألماني", "ar", "adjective")[-3:-1]
    ['الالمانیین', 'الالمانیون']
    >>> inflections("ایرانی", "fa", "adjective")
    ['ایرانی', 'ایرانیها', 'ایرانیهای', 'ایرانیاش', 'ایرانیش', 'ایرانیشان']
    """
    base = fold_text(alias)
    forms = [base]
    if lang == "ar" and form == "adjective" and " " in base:
        words = base.split(" ")
        fem = [w + "ه" if w.endswith("ی") else w for w in words]
        forms += [" ".join(_AR_CLITIC_ARTICLE + w for w in ws) for ws in (words, fem)] + [" ".join(fem)]
    elif lang == "ar" and form in ("adjective", "plural") and " " not in base:
        if form == "adjective" and base.endswith("ی"):
            forms += [base + "ه", base + "ین", base + "ون"]
        if not alias.startswith(_AR_CLITIC_ARTICLE):  # "ألماني" folds to "المانی": a hamza, not the article
            forms += [_AR_CLITIC_ARTICLE + f for f in list(forms)]
        if form == "adjective" and base.endswith("ی"):
            forms.append(base + "ا")  # "وفدا عراقيا": the indefinite accusative, which takes no article
    elif lang == "fa" and form in ("adjective", "plural") and " " not in base:
        forms += [base + "ها", base + "های"]
        if form == "adjective" and base.endswith("ی"):  # "همتای ترکمنستانی‌اش", "همتای هندیش", "همتایان
            forms += [base + "اش", base + "ش", base + "شان"]  # روسی‌شان": his, their
    return list(dict.fromkeys(forms))


def joined_variants(alias: str) -> list[str]:
    """Forms of a multi-word Persian alias with one or all spaces dropped (a lost ZWNJ joins words).

    >>> joined_variants("رئیس جمهور")
    ['رئیسجمهور']
    >>> joined_variants("ال خلیفه")  # "آل خلیفه" joined would read as Arabic "الخليفة" (the caliph, a surname)
    []
    """
    parts = alias.split(" ")
    if len(parts) < 2 or parts[0] == "ال":
        return []
    out = ["".join(parts)]
    if len(parts) > 2:
        out += [" ".join(parts[:i] + [parts[i] + parts[i + 1]] + parts[i + 2:]) for i in range(len(parts) - 1)]
    return out


def glued_article(alias: str) -> list[str]:
    """A folded Arabic name with the space before its article lost, as scraped text often has it.

    >>> glued_article("بشار الاسد"), glued_article("محمد بن سلمان")
    (['بشارالاسد'], [])
    """
    parts = alias.split(" ")
    return ["".join(parts)] if len(parts) == 2 and parts[1].startswith("ال") and len(parts[1]) > 4 else []


LONG_VOWELS = "یو"  # folded ی and و, which transliterations of foreign names write or leave out at will


def vowel_variants(alias: str) -> list[str]:
    """A folded full name with one inner long vowel ("ی", "و") of a word after the first two letters left out,
    as transliterations of foreign names often write it.

    >>> vowel_variants("سرگئی ورشینین")
    ['سرگئی ورشنین', 'سرگئی ورشینن']
    >>> vowel_variants("لی")
    []
    """
    out = []
    for i, ch in enumerate(alias):
        if ch in LONG_VOWELS and 0 < i < len(alias) - 1 and alias[i - 1] != " " and alias[i + 1] != " " \
                and alias[i - 1] not in LONG_VOWELS and alias[i + 1] not in LONG_VOWELS and i > 1 \
                and alias[i - 2] != " ":
            out.append(alias[:i] + alias[i + 1:])
    return out


def _country_entries(data_dir: Path) -> list[Entry]:
    out = []
    rows = read_table(data_dir / "countries.tsv", ("id", "lang", "alias", "form", "ambiguous", "source"))
    names = {r["id"]: r["alias"] for r in rows if r["lang"] == "en" and r["form"] == "name"}
    for r in rows:
        out.append(Entry("country", r["id"], r["id"], names.get(r["id"], r["id"]), r["form"], r["lang"],
                         r["ambiguous"] == "1", r["alias"]))
    return out


def _other_entries(data_dir: Path) -> list[Entry]:
    out = []
    for r in read_table(data_dir / "cities.tsv", ("id", "country", "lang", "alias", "capital", "ambiguous")):
        form = "capital" if r["capital"] == "1" else "city"
        out.append(Entry("city", r["id"], r["country"], r["id"], form, r["lang"], r["ambiguous"] == "1", r["alias"]))
    seats = {r["id"]: r["country"] for r in read_table(data_dir / "forum_seats.tsv", ("id", "country"))}
    for r in read_table(data_dir / "forums.tsv", ("id", "lang", "alias", "label_en", "ambiguous")):
        out.append(Entry("forum", r["id"], seats.get(r["id"]), r["label_en"], "forum", r["lang"], r["ambiguous"] == "1",
                         r["alias"]))  # a forum's country: where it always meets (forum_seats.tsv), else None
    states = {(r["lang"], r["alias"]): r["country"]
              for r in read_table(data_dir / "title_states.tsv", ("lang", "alias", "country"))}
    for r in read_table(data_dir / "titles.tsv", ("id", "lang", "alias", "label_en", "level")):
        out.append(Entry("title", r["id"], states.get((r["lang"], r["alias"])), r["label_en"], r["level"], r["lang"],
                         False, r["alias"]))  # a title's country: one that only one state's office bears, else None
    for r in read_table(data_dir / "not_places.tsv", ("lang", "alias", "label_en", "kind")):
        out.append(Entry("other", r["kind"], None, r["label_en"], r["kind"], r["lang"], False, r["alias"]))
    for r in read_table(data_dir / "officials.tsv", ("id", "country", "lang", "alias", "name_en", "ambiguous")):
        out.append(Entry("official", r["id"], r["country"] or None, r["name_en"], "official", r["lang"],
                         r["ambiguous"] == "1", r["alias"]))
    return out


@lru_cache(maxsize=4)
def load(data_dir: Path = DATA_DIR) -> Gazetteer:
    """Read every table once (cached) and index by folded alias.

    >>> load().lookup("لاوروف")[0].country
    'RUS'
    """
    by_alias: dict[str, list[Entry]] = defaultdict(list)
    spelt: list[tuple[str, Entry]] = []  # (variant, entry): added once every table's own aliases are in
    for entry in _country_entries(data_dir) + _other_entries(data_dir):
        key = fold_text(entry.alias) if entry.kind != "country" else None
        keys = [key] if key else inflections(entry.alias, entry.lang, entry.form)
        if entry.lang == "fa":
            keys = keys + [v for k in keys for v in joined_variants(k)]
            if "\u200c" in entry.alias:  # "بین‌المللی" written with a space: "بین المللی"
                keys.append(fold_text(entry.alias.replace("\u200c", " ")))
        elif entry.kind == "official":
            keys = keys + [v for k in keys for v in glued_article(k)]
        keys = keys + [k.replace(" - ", "-") for k in keys if " - " in k]  # "القمة العربية-الصينية": unspaced too
        for k in keys:
            if k and entry not in by_alias[k]:
                by_alias[k].append(entry)
        for k in keys if entry.kind == "official" and " " in entry.alias else ():
            spelt.extend((v, entry) for v in vowel_variants(k))  # a full name only: "سرگئی ورشنین"; the
            # surname alone then follows as the named man's ("ورشنین"), and no common word is made of one
    for v, entry in spelt:  # a variant never takes an alias another entry has
        if v not in by_alias or all(e.kind == "official" and e.entity == entry.entity for e in by_alias[v]):
            if entry not in by_alias[v]:
                by_alias[v].append(entry)
    for k in [k for k in by_alias if k.startswith("ال") and len(k) > 3]:
        arabic = [e for e in by_alias[k] if e.lang == "ar"]
        if arabic:  # "ل" + the rest only for Arabic aliases ("للروسیه"); never an alias with no entry
            by_alias.setdefault("ل" + k[2:], []).extend(arabic)
    # country rows were already expanded per inflection; dedupe by (kind, entity) per alias, but keep a plain
    # and an ambiguous row of one entity apart: "مشهد" is Mashhad in Persian, "a scene" in Arabic
    entries: dict[str, tuple[Entry, ...]] = {}
    for k, lst in by_alias.items():
        seen, keep = set(), []
        for e in lst:
            if (e.kind, e.entity, e.ambiguous) not in seen:
                seen.add((e.kind, e.entity, e.ambiguous))
                keep.append(e)
        entries[k] = tuple(keep)
    max_tokens: dict[str, int] = {}
    for k in entries:
        toks = k.split(" ")
        max_tokens[toks[0]] = max(max_tokens.get(toks[0], 0), len(toks))
    roles: dict[str, list[Role]] = defaultdict(list)
    for r in read_table(data_dir / "official_roles.tsv", ("id", "role", "valid_from", "valid_to")):
        roles[r["id"]].append(Role(r["id"], r["role"], r["valid_from"], r["valid_to"]))
    countries = read_table(data_dir / "countries.tsv", ("id", "lang", "alias", "form", "ambiguous", "source"))
    names = {}
    for r in countries:
        if r["lang"] == "en" and r["form"] == "name":
            names.setdefault(r["id"], r["alias"])
    titles = {r["id"]: r["label_en"] for r in read_table(data_dir / "titles.tsv",
                                                          ("id", "lang", "alias", "label_en", "level"))}
    return Gazetteer(entries, max_tokens, {k: tuple(v) for k, v in roles.items()}, names, titles)
