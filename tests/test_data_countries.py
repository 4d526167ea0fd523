"""Integrity of the country and city gazetteers (core/data/countries.tsv, core/data/cities.tsv).

The TSVs are read with the csv module, not through core.gazetteer, so a loader bug cannot hide a data bug.
"""

from __future__ import annotations

import csv
import importlib.util
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from core.fold import fold_text

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "core" / "data"
COUNTRY_COLUMNS = ["id", "lang", "alias", "form", "ambiguous", "source"]
CITY_COLUMNS = ["id", "country", "lang", "alias", "capital", "ambiguous"]
FORMS = {"name", "formal", "adjective", "plural", "capital", "seat", "epithet", "self"}
LANGS = {"fa", "ar", "en"}


def _tool():
    spec = importlib.util.spec_from_file_location("build_countries", REPO / "tools" / "build_countries.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


def _read(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


@pytest.fixture(scope="session")
def tool():
    return _tool()


@pytest.fixture(scope="session")
def countries() -> list[dict[str, str]]:
    return _read("countries.tsv")[1]


@pytest.fixture(scope="session")
def cities() -> list[dict[str, str]]:
    return _read("cities.tsv")[1]


@pytest.fixture(scope="session")
def by_alias(countries) -> dict[tuple[str, str], list[dict[str, str]]]:
    """(lang, folded alias) -> rows."""
    out: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for row in countries:
        out[row["lang"], fold_text(row["alias"])].append(row)
    return out


# ------------------------------------------------------------------------------------------- structure


@pytest.mark.parametrize(
    ("name", "columns"), [("countries.tsv", COUNTRY_COLUMNS), ("cities.tsv", CITY_COLUMNS)]
)
def test_header_is_exact(name, columns):
    header, rows = _read(name)
    assert header == columns
    assert rows, f"{name} is empty"
    assert all(None not in row and len(row) == len(columns) for row in rows), "a line has extra/missing cells"


def test_country_rows_are_well_formed(countries, tool):
    bad = [
        r
        for r in countries
        if r["id"] not in tool.VALID_IDS
        or r["lang"] not in LANGS
        or r["form"] not in FORMS
        or r["ambiguous"] not in ("0", "1")
        or r["source"] not in ("babel", "hand")
        or not r["alias"]
        or r["alias"] != r["alias"].strip()
        or "  " in r["alias"]
    ]
    assert bad == []


def test_city_rows_are_well_formed(cities, tool):
    bad = [
        r
        for r in cities
        if r["country"] not in tool.VALID_IDS
        or r["lang"] not in LANGS
        or r["capital"] not in ("0", "1")
        or r["ambiguous"] not in ("0", "1")
        or not r["alias"]
        or not r["id"]
        or r["alias"] != r["alias"].strip()
        or r["id"] != r["id"].strip()
    ]
    assert bad == []


def test_every_valid_id_is_a_real_alpha3(tool):
    assert len(tool.VALID_IDS) == 197  # 193 UN members + PSE, VAT, XKX, TWN
    assert all(len(i) == 3 and i.isalpha() and i.isupper() for i in tool.VALID_IDS)


def test_no_duplicate_country_alias(countries):
    keys = [(r["id"], r["lang"], fold_text(r["alias"])) for r in countries]
    dupes = sorted({k for k in keys if keys.count(k) > 1})
    assert dupes == []


def test_no_duplicate_city_alias(cities):
    keys = [(r["id"], r["lang"], fold_text(r["alias"])) for r in cities]
    assert len(keys) == len(set(keys))


def test_an_alias_names_one_country_unless_marked_ambiguous(by_alias):
    clashes = {
        key: sorted({r["id"] for r in rows})
        for key, rows in by_alias.items()
        if len({r["id"] for r in rows}) > 1 and not any(r["ambiguous"] == "1" for r in rows)
    }
    assert clashes == {}


def test_short_aliases_are_ambiguous(countries, cities):
    short = [r["alias"] for r in [*countries, *cities] if len(fold_text(r["alias"]).replace(" ", "")) < 3]
    flagged = [
        r["alias"]
        for r in [*countries, *cities]
        if len(fold_text(r["alias"]).replace(" ", "")) < 3 and r["ambiguous"] == "1"
    ]
    assert short == flagged


def test_arabic_adjectives_are_listed_without_the_article(countries):
    """Except where the bare nisba is the name itself (جيبوتي: Djibouti and Djiboutian): "الجيبوتي"."""
    names = {(r["id"], r["alias"]) for r in countries if r["lang"] == "ar" and r["form"] == "name"}
    assert [
        r["alias"]
        for r in countries
        if r["lang"] == "ar" and r["form"] == "adjective" and r["alias"].startswith("ال")
        and (r["id"], r["alias"][2:]) not in names
    ] == []


def test_every_country_has_a_name_in_each_language(countries, tool):
    have = {(r["id"], r["lang"]) for r in countries if r["form"] in ("name", "formal")}
    missing = sorted((i, lang) for i in tool.VALID_IDS for lang in LANGS if (i, lang) not in have)
    assert missing == []


def test_capitals_agree_between_the_tables(countries, cities):
    city_capitals = {
        (r["country"], r["lang"], r["alias"], r["ambiguous"]) for r in cities if r["capital"] == "1"
    }
    country_capitals = {
        (r["id"], r["lang"], r["alias"], r["ambiguous"]) for r in countries if r["form"] == "capital"
    }
    assert city_capitals - country_capitals == set()
    assert country_capitals - city_capitals == set()


def test_one_capital_city_per_country(cities):
    capitals: dict[str, set[str]] = defaultdict(set)
    for r in cities:
        if r["capital"] == "1":
            capitals[r["country"]].add(r["id"])
    assert {c: ids for c, ids in capitals.items() if len(ids) > 1} == {}


def test_committed_tsv_matches_the_builder(countries, cities, tool):
    """The TSVs are generated: editing tools/*_hand.txt without re-running the tool fails here."""
    built_countries, built_cities = tool.build()
    assert [(r.id, r.lang, r.alias, r.form, str(r.ambiguous), r.source) for r in built_countries] == [
        tuple(r[c] for c in COUNTRY_COLUMNS) for r in countries
    ]
    assert [(c.id, c.country, c.lang, c.alias, str(c.capital), str(c.ambiguous)) for c in built_cities] == [
        tuple(r[c] for c in CITY_COLUMNS) for r in cities
    ]


# ------------------------------------------------------------------------------------------- spot checks


@pytest.mark.parametrize(
    ("lang", "alias", "iso3", "form"),
    [
        ("fa", "روسیه", "RUS", "name"),
        ("fa", "فدراسیون روسیه", "RUS", "formal"),
        ("fa", "روس‌ها", "RUS", "plural"),
        ("fa", "کرملین", "RUS", "seat"),
        ("fa", "کشورمان", "IRN", "self"),
        ("fa", "جمهوری اسلامی ایران", "IRN", "formal"),
        ("fa", "تهران", "IRN", "capital"),
        ("fa", "آمریکا", "USA", "name"),
        ("fa", "امریکا", "USA", "name"),
        ("fa", "آمریکایی‌ها", "USA", "plural"),
        ("fa", "کاخ سفید", "USA", "seat"),
        ("fa", "عربستان", "SAU", "name"),
        ("fa", "رژیم صهیونیستی", "ISR", "epithet"),
        ("fa", "انگلیس", "GBR", "name"),
        ("fa", "جمهوری آذربایجان", "AZE", "name"),
        ("fa", "ترکیه‌ای", "TUR", "adjective"),
        ("fa", "ازبیکستان", "UZB", "name"),
        ("fa", "قرغیزستان", "KGZ", "name"),
        ("fa", "کوریای جنوبی", "KOR", "name"),
        ("fa", "کاخ الیزه", "FRA", "seat"),
        ("fa", "سری لانکا", "LKA", "name"),
        ("ar", "سري لانكا", "LKA", "name"),
        ("ar", "روسي", "RUS", "adjective"),
        ("ar", "روس", "RUS", "plural"),
        ("ar", "الكيان الصهيوني", "ISR", "epithet"),
        ("ar", "أميركا", "USA", "name"),
        ("ar", "أمريكا", "USA", "name"),
        ("ar", "أميركي", "USA", "adjective"),
        ("ar", "البيت الأبيض", "USA", "seat"),
        ("ar", "السعودية", "SAU", "name"),
        ("ar", "المملكة العربية السعودية", "SAU", "formal"),
        ("ar", "سلطنة عمان", "OMN", "formal"),
        ("ar", "سورية", "SYR", "name"),
        ("ar", "الرياض", "SAU", "capital"),
        ("ar", "الإمارات", "ARE", "name"),
        ("ar", "كازاخي", "KAZ", "adjective"),
        ("ar", "نور سلطان", "KAZ", "capital"),
        ("en", "Iran", "IRN", "name"),
        ("en", "UK", "GBR", "name"),
    ],
)
def test_alias_is_listed(by_alias, lang, alias, iso3, form):
    rows = by_alias.get((lang, fold_text(alias)), [])
    assert (iso3, form) in {(r["id"], r["form"]) for r in rows}


@pytest.mark.parametrize(
    ("lang", "alias", "iso3", "ambiguous"),
    [
        ("fa", "مالی", "MLI", "1"),  # financial
        ("ar", "مالي", "MLI", "1"),
        ("ar", "عمان", "OMN", "0"),
        ("ar", "عمان", "JOR", "1"),  # Amman
        ("fa", "امان", "JOR", "1"),  # safety
        ("fa", "دوشنبه", "TJK", "1"),  # Monday
        ("fa", "آستانه", "KAZ", "1"),  # threshold; the Astana (Syria) process
        ("ar", "أستانة", "KAZ", "1"),
        ("fa", "کره", "KOR", "1"),
        ("fa", "کره شمالی", "PRK", "0"),
        ("fa", "ترک", "TUR", "1"),  # 'leave' (ترک کرد)
        ("fa", "سودانی", "SDN", "1"),  # Iraqi PM Mohammed Shia al-Sudani
        ("ar", "سوداني", "SDN", "1"),
        ("fa", "آذربایجان", "AZE", "0"),
        ("ar", "طرابلس", "LBY", "1"),  # also Tripoli, Lebanon
        ("en", "US", "USA", "1"),
    ],
)
def test_ambiguity_flags(by_alias, lang, alias, iso3, ambiguous):
    rows = [r for r in by_alias.get((lang, fold_text(alias)), []) if r["id"] == iso3]
    assert rows and {r["ambiguous"] for r in rows} == {ambiguous}


@pytest.mark.parametrize(
    ("lang", "alias", "iso3"),
    [
        ("fa", "روسیا", "RUS"),  # "روسیا الیوم" is a channel's name in Persian text, not the state
        ("ar", "المملكة", "SAU"),  # too generic
        ("fa", "غزه", "PSE"),  # GUIDE: Gaza alone is not Palestine
        ("ar", "غزة", "PSE"),
        ("ar", "الروسي", "RUS"),  # adjectives are stored without ال
        ("ar", "عرب", "SAU"),
    ],
)
def test_alias_is_not_listed(by_alias, lang, alias, iso3):
    assert iso3 not in {r["id"] for r in by_alias.get((lang, fold_text(alias)), [])}


# Real sentences from the dev set: the surface the text uses for a gold country is a listed alias
# (Arabic surfaces shown with their article and clitics removed, as the matcher strips them).
@pytest.mark.parametrize(
    ("lang", "sentence", "alias", "iso3"),
    [
        ("fa", "وزیر دفاع کشورمان روز پنجشنبه(دیروز) در چهارمین نشست بین‌المللی مسکو", "کشورمان", "IRN"),
        ("fa", "مسئولیت مستقیم آمریکا در ادامه تجاوزات و جنایات این رژبم علیه لبنان", "لبنان", "LBN"),
        ("fa", "راهبرد جدید آمریکا، رژیم‌صهیونیستی و اقدامات ناآگاهانه", "رژیم‌صهیونیستی", "ISR"),
        (
            "fa",
            "با حضور سران کشورهای عضو دایم هند، قزاقستان، چین، پاکستان، روسیه، تاجیکستان، ازبیکستان",
            "ازبیکستان",
            "UZB",
        ),
        ("fa", "آزادسازی دارایی‌های مسدود شده جمهوری اسلامی در کوریای جنوبی", "کوریای جنوبی", "KOR"),
        ("fa", "الهام علیاف رئیس‌جمهور آذربایجان با رئیس‌جمهوری اسلامی ایران دیدار کرد", "آذربایجان", "AZE"),
        ("fa", "تهران را به به مقصد عشق‌آباد ترک کرده با جمعی از همتایان خود دیدار کرد", "عشق‌آباد", "TKM"),
        ("fa", "رایزنی‌های وزیر خارجه این کشور با همتایان سعودی، پاکستانی و ترکی", "ترکی", "TUR"),
        (
            "fa",
            "برگزاری نشست مذکور بیانگر همبستگی کشورهای عربی و اسلامی با قطر در برابر تجاوز تل آویو است",
            "تل آویو",
            "ISR",
        ),
        ("fa", "کاخ ریاست جمهوری فرانسه (الیزه) نیز در بیانیه‌ای تصریح کرد", "الیزه", "FRA"),
        (
            "fa",
            "روسای جمهور فرانسه و آمریکا آخرین بار در حاشیه نشست ماه ژوئیه ناتو در بروکسل",
            "بروکسل",
            "BEL",
        ),
        (
            "fa",
            "به اهمیت اظهارات اخیر فرانسه، انگلیس و کانادا درباره احتمال به‌رسمیت شناختن کشور فلسطین",
            "کشور فلسطین",
            "PSE",
        ),
        (
            "fa",
            "گفت‌وگوهای میان طالبان افغانستان و مقام‌های پاکستانی روز شنبه ۳ عقرب در شهر استانبول ترکیه",
            "استانبول",
            "TUR",
        ),
        ("fa", "به تیانجین چین سفر کرده بود، ظهر امروز سه‌شنبه", "تیانجین", "CHN"),
        (
            "fa",
            "برلین نیز نمی‌خواسته بدون یک دیدار برنامه‌ریزی‌شده «مرتس» با «شی» این سفر انجام شود",
            "برلین",
            "DEU",
        ),
        (
            "fa",
            "نشست سه جانبه روسای جمهور ایران، روسیه و ترکیه در شهر سوچی با موضوع تحولات سوریه آغاز شد",
            "سوچی",
            "RUS",
        ),
        ("ar", "انطلقت في العاصمة الكازاخية نور سلطان، الجولة الثانية عشرة من المحادثات", "كازاخي", "KAZ"),
        ("ar", "ومن المقرر أن تتناول الأطراف الثلاثة ملف إدلب والانسحاب الأميركي المرتقب", "أميركي", "USA"),
        ("ar", "خلال حضوره للمفاوضات بشأن ملف إيران النووي في فيينا", "فيينا", "AUT"),
        (
            "ar",
            "أديس أبابا، 04/22/ 2024 (أديس والتا) ـ التقى الرئيس التركي رجب طيب أردوغان",
            "أديس أبابا",
            "ETH",
        ),
        ("ar", "وشدد البيان الختامي للقمة على دعم حق الفلسطينيين في دولتهم المستقلة", "فلسطيني", "PSE"),
        (
            "ar",
            "وإلى جانب لقائه في ختام القمّة الثانية والثلاثين برئيسها ولي عهد السعودية محمد بن سلمان",
            "السعودية",
            "SAU",
        ),
        ("ar", "قادما من مسقط، التي زارها لعدة ساعات، وأجري خلالها محادثات مع نظيره العماني", "عماني", "OMN"),
        (
            "ar",
            "في الدورة الحادية والأربعين للمجلس الأعلى لمجلس التعاون لدول الخليج العربية في العلا",
            "العلا",
            "SAU",
        ),
        (
            "ar",
            "ممثلين عن القوات البحرية لباكستان وكازاخستان وأذربيجان وسلطنة عمان والهند وجنوب إفريقيا",
            "جنوب أفريقيا",
            "ZAF",
        ),
        (
            "ar",
            "التقى وزير الخارجية الروسي سيرجي لافروف، اليوم الأحد، وزير الخارجية الصيني وانج يي",
            "صيني",
            "CHN",
        ),
        (
            "ar",
            "لقاء وزيري الخارجية الإيراني حسين أمير عبد اللهيان والمصري سامح شكري في نيويورك",
            "مصري",
            "EGY",
        ),
    ],
)
def test_devset_surface_is_listed(lang, sentence, alias, iso3, countries, cities):
    assert fold_text(alias) in fold_text(sentence) or fold_text(alias)[:-1] in fold_text(sentence)
    listed = {(r["lang"], fold_text(r["alias"]), r["id"]) for r in countries}
    listed |= {(r["lang"], fold_text(r["alias"]), r["country"]) for r in cities}
    assert (lang, fold_text(alias), iso3) in listed
