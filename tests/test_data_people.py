"""Integrity of the forum, title and official gazetteers (core/data/forums.tsv, titles.tsv, officials.tsv,
official_roles.tsv).

The TSVs are read with the csv module, not through core.gazetteer, so a loader bug cannot hide a data bug.
Aliases are compared folded (core.fold.fold_text), because that is how the matcher sees them.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from core.fold import fold_text

DATA = Path(__file__).resolve().parent.parent / "core" / "data"
COLUMNS = {
    "forums.tsv": ["id", "lang", "alias", "label_en", "ambiguous"],
    "titles.tsv": ["id", "lang", "alias", "label_en", "level"],
    "officials.tsv": ["id", "country", "lang", "alias", "name_en", "ambiguous"],
    "official_roles.tsv": ["id", "role", "valid_from", "valid_to"],
}
FORUM_IDS = {"SCO", "BRICS", "CSTO", "CIS", "UN", "UNSC", "UNGA", "OIC", "ECO", "ASEAN", "GCC", "ARAB_LEAGUE",
             "NATO", "EU", "CICA", "MCIS", "ASTANA_FORMAT", "OTHER"}
LEVELS = {"head", "minister", "senior", "diplomat"}
LANGS = {"fa", "ar", "en"}
ORG_ROLES = {"secretary_general", "high_representative", "envoy", "organisation_head"}  # may have no country
TOKEN = re.compile(r"\w+")
TOKEN_OR_DASH = re.compile(r"\w+|(?<= )[–-](?= )")  # a dash between spaces: "القمة العربية – الإسلامية"


def _read(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        rows = [r for r in reader if not (r[reader.fieldnames[0]] or "").startswith("#")]
        return list(reader.fieldnames or []), rows


@pytest.fixture(scope="session")
def forums() -> list[dict[str, str]]:
    return _read("forums.tsv")[1]


@pytest.fixture(scope="session")
def titles() -> list[dict[str, str]]:
    return _read("titles.tsv")[1]


@pytest.fixture(scope="session")
def officials() -> list[dict[str, str]]:
    return _read("officials.tsv")[1]


@pytest.fixture(scope="session")
def roles() -> list[dict[str, str]]:
    return _read("official_roles.tsv")[1]


@pytest.fixture(scope="session")
def iso3() -> set[str]:
    return {r["id"] for r in _read("countries.tsv")[1]}


@pytest.fixture(scope="session")
def roles_by_official(roles) -> dict[str, list[dict[str, str]]]:
    out: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in roles:
        out[r["id"]].append(r)
    return out


def _keys(alias: str, lang: str) -> list[str]:
    """The folded alias and, for Persian, its forms with one or all spaces dropped (the loader adds them)."""
    base = fold_text(alias)
    parts = base.split(" ")
    if lang != "fa" or len(parts) < 2:
        return [base]
    joined = ["".join(parts)] + [" ".join(parts[:i] + [parts[i] + parts[i + 1]] + parts[i + 2:])
                                 for i in range(len(parts) - 1)]
    return list(dict.fromkeys([base, *joined]))


def _index(rows: list[dict[str, str]]) -> dict[str, list[dict[str, str]]]:
    """Folded alias -> rows (the matcher ignores the language when it looks an alias up)."""
    out: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        for key in _keys(r["alias"], r["lang"]):
            out[key].append(r)
    return out


def _role_at(rows: list[dict[str, str]], day: str) -> set[str]:
    return {r["role"] for r in rows if r["valid_from"] <= day and (not r["valid_to"] or day <= r["valid_to"])}


def _ids_in(sentence: str, rows: list[dict[str, str]]) -> set[str]:
    """Ids of every alias found as a run of whole tokens in the folded sentence (proclitics stripped)."""
    tokens = TOKEN.findall(fold_text(sentence))
    keys = _index(rows)
    longest = max(len(k.split()) for k in keys)
    found = set()
    for i, tok in enumerate(tokens):
        firsts = {tok, tok[1:], tok[2:], "ا" + tok[1:]} if len(tok) > 3 else {tok}
        for first in firsts:
            for n in range(1, longest + 1):
                key = " ".join([first, *tokens[i + 1:i + n]])
                found |= {r["id"] for r in keys.get(key, [])}
    return found


# ---------------------------------------------------------------- structure

@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_header_is_exact(name):
    assert _read(name)[0] == COLUMNS[name]


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_no_empty_required_fields(name):
    optional = {"country", "valid_to"}
    for row in _read(name)[1]:
        missing = [c for c in COLUMNS[name] if c not in optional and not (row.get(c) or "").strip()]
        assert not missing, (name, row, missing)


@pytest.mark.parametrize("name", ["forums.tsv", "titles.tsv", "officials.tsv"])
def test_aliases_are_whole_tokens(name):
    """Aliases are \\w+ tokens joined by one space, or by a spaced dash as names are written ("اجلاس عربی –
    اسلامی"): other punctuation (5+1, «, an unspaced '-') is a copying slip."""
    bad = [r["alias"] for r in _read(name)[1]
           if fold_text(r["alias"]) != " ".join(TOKEN_OR_DASH.findall(fold_text(r["alias"])))]
    assert not bad


@pytest.mark.parametrize("name", ["forums.tsv", "titles.tsv", "officials.tsv"])
def test_no_duplicate_or_fold_variant_rows(name):
    """One row per (id, lang, folded alias). Variants that fold alike (ي/ی, ة/ه, أ/ا, ZWNJ, diacritics), and
    Persian forms that only drop a space, are generated by the code, so they must not be listed."""
    rows = _read(name)[1]
    derived: dict[tuple[str, str, str], str] = {}
    for r in rows:
        for variant in _keys(r["alias"], r["lang"])[1:]:
            derived[(r["id"], r["lang"], variant)] = r["alias"]
    seen: dict[tuple[str, str, str], str] = {}
    for r in rows:
        key = (r["id"], r["lang"], fold_text(r["alias"]))
        assert key not in seen and key not in derived, (name, r["alias"], seen.get(key) or derived.get(key))
        seen[key] = r["alias"]


@pytest.mark.parametrize("name", ["forums.tsv", "titles.tsv", "officials.tsv"])
def test_languages_and_flags(name):
    for r in _read(name)[1]:
        assert r["lang"] in LANGS, r
        if "ambiguous" in r:
            assert r["ambiguous"] in {"0", "1"}, r


# ---------------------------------------------------------------- forums

def test_forum_ids_are_the_fixed_list(forums):
    assert {r["id"] for r in forums} == FORUM_IDS


def test_forum_alias_names_one_forum(forums):
    for key, rows in _index(forums).items():
        assert len({r["id"] for r in rows}) == 1, (key, rows)


def test_forum_seats_are_forums_in_countries(iso3):
    header, rows = _read("forum_seats.tsv")
    assert header[:2] == ["id", "country"]
    assert rows and len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert r["id"] in FORUM_IDS - {"OTHER"} and r["country"] in iso3, r


def test_title_states_are_titles_in_countries(iso3, titles):
    header, rows = _read("title_states.tsv")
    assert header[:3] == ["lang", "alias", "country"]
    known = {(r["lang"], r["alias"]) for r in titles}
    assert rows and len({(r["lang"], r["alias"]) for r in rows}) == len(rows)
    for r in rows:
        assert (r["lang"], r["alias"]) in known and r["country"] in iso3, r


def test_agencies_are_unique_and_in_countries(iso3):
    header, rows = _read("agencies.tsv")
    assert header == ["lang", "alias", "country", "name_en"]
    folded = [fold_text(r["alias"]) for r in rows]
    assert rows and len(set(folded)) == len(folded)
    for r in rows:
        assert r["lang"] in ("fa", "ar") and r["country"] in iso3 and r["name_en"], r


def test_outlets_are_unique_and_name_no_state():
    """An outlet is told by its first word, so no first word may be a state's name, adjective or city."""
    header, rows = _read("outlets.tsv")
    assert header == ["lang", "alias", "name_en"]
    firsts = [fold_text(r["alias"]).split()[0] for r in rows]
    assert rows and len({(r["lang"], f) for r, f in zip(rows, firsts, strict=True)}) == len(rows)
    places = {fold_text(r["alias"]) for name in ("countries.tsv", "cities.tsv") for r in _read(name)[1]}
    for r, first in zip(rows, firsts, strict=True):
        assert r["lang"] in ("fa", "ar") and r["name_en"] and first not in places, r


def test_other_rows_name_their_conference(forums):
    for r in forums:
        if r["id"] == "OTHER":
            assert r["label_en"] and r["label_en"] != "OTHER", r


@pytest.mark.parametrize(("lang", "alias", "forum", "ambiguous"), [
    ("ar", "منظمة شنغهاي للتعاون", "SCO", "0"),
    ("ar", "منظمة شنجهاي للتعاون", "SCO", "0"),
    ("fa", "سازمان همکاری‌های شانگهای", "SCO", "0"),
    ("fa", "شانگهای", "SCO", "1"),
    ("ar", "شنغهاي", "SCO", "1"),
    ("fa", "کنفرانس امنیت بین‌المللی مسکو", "MCIS", "0"),
    ("fa", "کنفرانس امنیتی مسکو", "MCIS", "0"),
    ("ar", "مؤتمر موسكو للأمن الدولي", "MCIS", "0"),
    ("fa", "روند آستانه", "ASTANA_FORMAT", "0"),
    ("ar", "مسار أستانة", "ASTANA_FORMAT", "0"),
    ("fa", "شورای امنیت", "UNSC", "1"),
    ("ar", "مجلس الأمن الدولي", "UNSC", "0"),
    ("fa", "مجمع عمومی سازمان ملل", "UNGA", "0"),
    ("ar", "الجمعية العامة", "UNGA", "1"),
    ("fa", "اکو", "ECO", "1"),
    ("fa", "سیکا", "CICA", "0"),
    ("ar", "مجلس التعاون لدول الخليج العربية", "GCC", "0"),
    ("ar", "جامعة الدول العربية", "ARAB_LEAGUE", "0"),
    ("ar", "القمة العربية الإسلامية", "OIC", "0"),
    ("ar", "القمة العربية الصينية", "OTHER", "0"),
    ("ar", "حلف شمال الأطلسي", "NATO", "0"),
    ("ar", "البريكس", "BRICS", "0"),
])
def test_forum_spot_checks(forums, lang, alias, forum, ambiguous):
    rows = [r for r in _index(forums)[fold_text(alias)] if r["lang"] == lang]
    assert [(r["id"], r["ambiguous"]) for r in rows] == [(forum, ambiguous)]


@pytest.mark.parametrize("alias", ["آستانه", "أستانا", "شورای عالی امنیت ملی", "مسکو", "فيينا"])
def test_not_a_forum_alias(forums, alias):
    """A bare city (Astana is also 'threshold') or Iran's own SNSC must not name a forum."""
    assert fold_text(alias) not in _index(forums)


@pytest.mark.parametrize(("lang", "sentence", "forum"), [
    ("fa", "در حاشیه اجلاس سران کشورهای عضو کنفرانس تعامل و اقدامات اعتمادساز در آسیا (سیکا)", "CICA"),
    ("fa", "وزیر دفاع کشورمان روز پنجشنبه(دیروز) در چهارمین نشست بینالمللی مسکو", "MCIS"),
    ("fa", "حجتالاسلام رئیسی که برای شرکت در ششمین اجلاس سران کشورهای ساحلی دریای خزر", "OTHER"),
    ("fa", "در حاشیه زمینهسازیها برای اجلاس عربی – اسلامی که در دوحه برگزار میشود", "OIC"),
    ("fa", "چهاردهمین نشست سران سازمان همکاری اقتصادی (اکو) روز پنج شنبه", "ECO"),
    ("fa", "نتایج مذاکرات موسوم به روند آستانه و آغاز فرآیندهای سیاسی داخلی", "ASTANA_FORMAT"),
    ("ar", "خلال حضوره للمفاوضات بشأن ملف إيران النووي في فيينا", "OTHER"),
    ("ar", "حيث سبقتها القمة السعودية الصينية، وأعقبتها القمة الخليجية الصينية", "GCC"),
    ("ar", "على هامش الاجتماع الوزاري التحضيري للقمة العربية والإسلامية غير العادية", "OIC"),
    ("ar", "وذلك على هامش قمة تجمع البريكس", "BRICS"),
    ("ar", "هي الرابعة بين الدول الثلاث الضامنة لمسارِ استانة", "ASTANA_FORMAT"),
    ("ar", "وذلك على هامش قمة المستقبل في مقر منظمة الأمم المتحدة بمدينة نيويورك", "UN"),
    ("ar", "الذي عقد على هامش اجتماعات الجمعية العامة للأمم المتحدة", "UNGA"),
    ("ar", "على هامش اجتماع وزراء خارجية منظمة شنجهاي للتعاون الذي سيعقد بعد غد", "SCO"),
    ("ar", "وأبدى سروره في استعادة دمشق لمقعدها في الجامعة العربية", "ARAB_LEAGUE"),
])
def test_forum_found_in_devset_sentence(forums, lang, sentence, forum):
    assert forum in _ids_in(sentence, [r for r in forums if r["lang"] == lang])


# ---------------------------------------------------------------- titles

def test_title_levels(titles):
    assert {r["level"] for r in titles} <= LEVELS


def test_title_label_and_level_constant_per_id(titles):
    per_id = defaultdict(set)
    for r in titles:
        per_id[r["id"]].add((r["label_en"], r["level"]))
    assert {k: v for k, v in per_id.items() if len(v) > 1} == {}


def test_title_alias_names_one_title(titles):
    for key, rows in _index(titles).items():
        assert len({r["id"] for r in rows}) == 1, (key, rows)


@pytest.mark.parametrize(("lang", "alias", "title"), [
    ("fa", "وزیر خارجه", "foreign_minister"),
    ("fa", "وزیر امور خارجه", "foreign_minister"),
    ("fa", "سرپرست وزارت خارجه", "foreign_minister"),
    ("fa", "وزیر دفاع و پشتیبانی نیروهای مسلح", "defence_minister"),
    ("fa", "رئیس‌جمهور", "president"),
    ("fa", "نخست‌وزیر", "prime_minister"),
    ("fa", "دبیر شورای عالی امنیت ملی", "secretary_snsc"),
    ("fa", "رئیس ستاد کل نیروهای مسلح", "chief_of_staff"),
    ("fa", "ولی عهد", "crown_prince"),
    ("fa", "وزیر کشور", "interior_minister"),
    ("ar", "وزير الخارجية والمغتربين", "foreign_minister"),
    ("ar", "نائب رئيس مجلس الوزراء", "deputy_prime_minister"),
    ("ar", "رئيس مجلس الوزراء", "prime_minister"),
    ("ar", "خادم الحرمين الشريفين", "king"),
    ("ar", "العاهل", "king"),
    ("ar", "ولي العهد", "crown_prince"),
    ("ar", "المبعوث الخاص", "envoy"),
    ("ar", "أمين المجلس الأعلى للأمن القومي", "secretary_snsc"),
    ("ar", "رئيس هيئة الأركان", "chief_of_staff"),
])
def test_title_spot_checks(titles, lang, alias, title):
    rows = [r for r in _index(titles)[fold_text(alias)] if r["lang"] == lang]
    assert {r["id"] for r in rows} == {title}


# ---------------------------------------------------------------- officials and roles

def test_official_rows_agree_on_country_and_name(officials):
    per_id = defaultdict(set)
    for r in officials:
        per_id[r["id"]].add((r["country"], r["name_en"]))
    assert {k: v for k, v in per_id.items() if len(v) > 1} == {}


def test_official_ids_are_snake_case(officials):
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", r["id"]) for r in officials)


def test_every_official_has_persian_and_arabic_alias(officials):
    langs = defaultdict(set)
    for r in officials:
        langs[r["id"]].add(r["lang"])
    assert [k for k, v in langs.items() if not {"fa", "ar"} <= v] == []


def test_official_country_is_known(officials, iso3, roles_by_official):
    for r in officials:
        if r["country"]:
            assert r["country"] in iso3, r
        else:  # an organisation's official: the code counts no country for them
            held = {x["role"] for x in roles_by_official.get(r["id"], [])}
            assert held and held <= ORG_ROLES, (r["id"], held)


def test_shared_alias_is_ambiguous_everywhere(officials):
    """Two officials may share a surface (شریف: Nawaz and Shehbaz) only if every such row is ambiguous."""
    for key, rows in _index(officials).items():
        if len({r["id"] for r in rows}) > 1:
            assert all(r["ambiguous"] == "1" for r in rows), (key, [(r["id"], r["ambiguous"]) for r in rows])


def test_roles_reference_known_officials_and_titles(roles, officials, titles):
    known_officials = {r["id"] for r in officials}
    known_titles = {r["id"] for r in titles}
    assert [r for r in roles if r["id"] not in known_officials] == []
    assert [r for r in roles if r["role"] not in known_titles] == []


def test_role_dates_are_iso_and_ordered(roles):
    for r in roles:
        for field in ("valid_from", "valid_to"):
            if r[field]:
                assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r[field]), r
                date.fromisoformat(r[field])
        assert r["valid_from"], r
        assert not r["valid_to"] or r["valid_from"] <= r["valid_to"], r


def test_same_role_periods_do_not_overlap(roles_by_official):
    for oid, rows in roles_by_official.items():
        by_role = defaultdict(list)
        for r in rows:
            by_role[r["role"]].append((r["valid_from"], r["valid_to"] or "9999-12-31"))
        for spans in by_role.values():
            spans.sort()
            for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
                assert end <= start, (oid, spans)


@pytest.mark.parametrize(("lang", "alias", "official", "country"), [
    ("fa", "لاوروف", "sergei_lavrov", "RUS"),
    ("ar", "لافروف", "sergei_lavrov", "RUS"),
    ("ar", "شويغو", "sergei_shoigu", "RUS"),
    ("ar", "شويجو", "sergei_shoigu", "RUS"),
    ("fa", "شایگو", "sergei_shoigu", "RUS"),
    ("fa", "شویگو", "sergei_shoigu", "RUS"),
    ("fa", "پوتین", "vladimir_putin", "RUS"),
    ("ar", "بوتين", "vladimir_putin", "RUS"),
    ("fa", "عراقچی", "abbas_araghchi", "IRN"),
    ("ar", "عراقجي", "abbas_araghchi", "IRN"),
    ("ar", "عراقتشي", "abbas_araghchi", "IRN"),
    ("fa", "امیرعبداللهیان", "hossein_amir_abdollahian", "IRN"),
    ("ar", "عبد اللهيان", "hossein_amir_abdollahian", "IRN"),
    ("fa", "امیر خان متقی", "amir_khan_muttaqi", "AFG"),
    ("fa", "ملا حسن آخند", "mohammad_hassan_akhund", "AFG"),
    ("fa", "سردار بردی محمداف", "serdar_berdimuhamedow", "TKM"),
    ("ar", "وانج يي", "wang_yi", "CHN"),
    ("ar", "شي جين بينغ", "xi_jinping", "CHN"),
    ("fa", "شی جین‌پینگ", "xi_jinping", "CHN"),
    ("ar", "تميم بن حمد آل ثاني", "tamim_bin_hamad", "QAT"),
    ("fa", "بن سلمان", "mohammed_bin_salman", "SAU"),
    ("ar", "لويد أوستن", "lloyd_austin", "USA"),
    ("fa", "نصیرزاده", "aziz_nasirzadeh", "IRN"),
    ("fa", "ویکتور خرونین", "viktor_khrenin", "BLR"),
])
def test_official_spot_checks(officials, lang, alias, official, country):
    rows = [r for r in _index(officials)[fold_text(alias)] if r["lang"] == lang]
    assert {(r["id"], r["country"]) for r in rows} == {(official, country)}


@pytest.mark.parametrize(("lang", "alias"), [
    ("fa", "روحانی"), ("ar", "روحاني"), ("fa", "اسد"), ("ar", "الأسد"), ("fa", "ظریف"),
    ("fa", "شریف"), ("ar", "السوداني"), ("fa", "عباس"), ("fa", "باقری"), ("ar", "عون"), ("fa", "شی"),
])
def test_common_word_surnames_are_ambiguous(officials, lang, alias):
    rows = [r for r in _index(officials)[fold_text(alias)] if r["lang"] == lang]
    assert rows and all(r["ambiguous"] == "1" for r in rows)


@pytest.mark.parametrize(("lang", "alias", "why"), [
    ("fa", "اسلامی", "جمهوری اسلامی: not Mohammad Eslami"),
    ("ar", "إسلامي", "Islamic: not Mohammad Eslami"),
    ("ar", "رئيسي", "Arabic 'main' (عضو رئيسي): not Raisi"),
    ("fa", "رئیسی", "folds like Arabic رئيسي 'main', and the index ignores the language"),
    ("fa", "مالی", "financial / Mali: not Robert Malley"),
    ("ar", "مالي", "financial / Mali: not Robert Malley"),
    ("fa", "مرز", "border: not Merz"),
    ("ar", "سلام", "peace: not Nawaf Salam"),
    ("fa", "برادر", "brother (کشور برادر): not Baradar"),
    ("ar", "بري", "land (هجوم بري): not Berri"),
])
def test_too_common_words_are_not_official_aliases(officials, lang, alias, why):
    rows = [r for r in _index(officials).get(fold_text(alias), []) if r["lang"] == lang]
    assert rows == [], why


@pytest.mark.parametrize(("official", "day", "role"), [
    ("sergei_shoigu", "2022-10-21", "defence_minister"),
    ("sergei_shoigu", "2025-01-01", "security_council_secretary"),
    ("andrei_belousov", "2025-07-21", "defence_minister"),
    ("mohammad_javad_zarif", "2014-11-24", "foreign_minister"),
    ("abbas_araghchi", "2025-11-20", "foreign_minister"),
    ("ali_shamkhani", "2023-03-10", "secretary_snsc"),
    ("ali_larijani", "2025-09-01", "secretary_snsc"),
    ("ebrahim_raisi", "2022-06-29", "president"),
    ("mohammed_bin_salman", "2021-01-05", "crown_prince"),
    ("recep_tayyip_erdogan", "2013-01-01", "prime_minister"),
    ("amir_khan_muttaqi", "2024-03-01", "foreign_minister"),
    ("donald_trump", "2018-08-10", "president"),
])
def test_role_on_a_day(roles_by_official, official, day, role):
    assert role in _role_at(roles_by_official[official], day)


@pytest.mark.parametrize(("official", "day"), [
    ("sergei_shoigu", "2024-06-01"),  # by then Belousov was defence minister
    ("mohammad_javad_zarif", "2022-01-01"),
    ("donald_trump", "2022-01-01"),
])
def test_role_has_ended(roles_by_official, official, day):
    held = _role_at(roles_by_official[official], day)
    assert "defence_minister" not in held and "foreign_minister" not in held and "president" not in held


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("fa", "با مقامهای ارشد طالبان، از جمله ملا حسن آخند، رییس الوزرا و امیرخان متقی سرپرست وزارت خارجۀ "
           "حکومت طالبان دیدار کرد", {"mohammad_hassan_akhund", "amir_khan_muttaqi"}),
    ("fa", "در حاشیه کنفرانس امنیتی مسکو با ارتشبد شایگو وزیر دفاع فدراسیون روسیه دیدار", {"sergei_shoigu"}),
    ("fa", "آقای رئیسی رئیس جمهور کشورمان با الهام علیاف رئیس جمهور جمهوری آذربایجان و سردار بردی محمداف "
           "رئیس جمهور ترکمنستان دیدار کرد", {"ebrahim_raisi", "ilham_aliyev", "serdar_berdimuhamedow"}),
    ("ar", "بحث وزير الدفاع الروسي، سيرجي شويجو، هاتفيًّا، مع نظيره الأمريكي، لويد أوستن",
     {"sergei_shoigu", "lloyd_austin"}),
    ("ar", "التقى وزير الخارجية الروسي سيرجي لافروف، اليوم الأحد، وزير الخارجية الصيني وانج يي",
     {"sergei_lavrov", "wang_yi"}),
    ("ar", "أجرى أمين المجلس الأعلى للأمن القومي الإيراني، علي شمخاني، محادثات مكثّفة مع نظيره السعودي، "
           "مساعد العيبان", {"ali_shamkhani", "musaed_al_aiban"}),
])
def test_officials_found_in_devset_sentence(officials, lang, sentence, expected):
    assert expected <= _ids_in(sentence, [r for r in officials if r["lang"] == lang])


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("fa", "رییس الوزرا و امیرخان متقی سرپرست وزارت خارجۀ حکومت طالبان",
     {"prime_minister", "foreign_minister"}),
    ("fa", "دبیرشورای عالی امنیت ملی با تقبیح برخی سخنان", {"secretary_snsc"}),
    ("ar", "صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود ولي العهد نائب رئيس مجلس الوزراء "
           "وزير الدفاع", {"crown_prince", "deputy_prime_minister", "defence_minister"}),
    ("ar", "مع معالي الدكتور فؤاد حسين، نائب رئيس مجلس الوزراء وزير خارجية جمهورية العراق",
     {"deputy_prime_minister", "foreign_minister"}),
])
def test_titles_found_in_devset_sentence(titles, lang, sentence, expected):
    assert expected <= _ids_in(sentence, [r for r in titles if r["lang"] == lang])
