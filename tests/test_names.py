"""Officials the gazetteer does not know, learnt from their introduction (core/names.py): table-driven, on
sentences in agency register written for these tests."""

import csv

import pytest

from core.config import DATA_DIR
from core.fold import fold
from core.gazetteer import load
from core.mentions import find_mentions
from core.names import learned_officials, styled_first_names, surnames_alone
from core.pipeline import process_text


def learned(text: str, lang: str) -> list[tuple[str, str]]:
    folded = fold(text)
    found, _roles = learned_officials(folded, text, find_mentions(folded, text, load(), lang), lang)
    assert all(text[m.start:m.end] == m.surface for m in found)
    return [(m.surface, m.country) for m in found]


LEARNT = [
    ("ar-title-country-name", "ar",
     "وصل وزير الخارجية الموريتاني محمد سالم ولد مرزوك إلى الجزائر. وبحث ولد مرزوك العلاقات مع تبون.",
     [("محمد سالم ولد مرزوك", "MRT"), ("ولد مرزوك", "MRT")]),
    ("ar-name-comma-title", "ar",
     "أكد محمد سالم ولد مرزوك، وزير الخارجية الموريتاني، دعم بلاده. وقال مرزوك إن العلاقات متينة.",
     [("محمد سالم ولد مرزوك", "MRT"), ("مرزوك", "MRT")]),
    ("ar-honorific-before-name", "ar",
     "وصل وزير الخارجية الجيبوتي الدكتور إدريس علي حرسي إلى الدوحة. والتقى حرسي نظيره القطري.",
     [("إدريس علي حرسي", "DJI"), ("حرسي", "DJI")]),
    ("ar-used-again-after-a-proclitic", "ar",
     "وصل وزير الخارجية الموريتاني محمد سالم ولد مرزوك إلى الجزائر. وكان لمرزوك لقاء مع تبون.",
     [("محمد سالم ولد مرزوك", "MRT"), ("مرزوك", "MRT")]),
    ("fa-name-title-country", "fa",
     "سوگیونو وزیر امور خارجه اندونزی امروز وارد تهران شد. سوگیونو در فرودگاه گفت سفرش مهم است.",
     [("سوگیونو", "IDN"), ("سوگیونو", "IDN")]),
    ("fa-title-country-name", "fa",
     "وزیر خارجه اندونزی سوگیونو امروز وارد تهران شد و سوگیونو با خبرنگاران سخن گفت.",
     [("سوگیونو", "IDN"), ("سوگیونو", "IDN")]),
]

NOT_LEARNT = [
    ("ar-not-used-again", "ar", "وصل وزير الخارجية الموريتاني محمد سالم ولد مرزوك إلى الجزائر."),
    ("ar-verbal-noun-after-title", "ar",
     "وأكد وزير دفاع كازاخستان استعداد بلاده للتعاون. ويعكس هذا استعداد الطرفين."),
    ("ar-no-comma-before-title", "ar",
     "وقال الناطق وزير الخارجية الموريتاني إن الناطق تحدث."),
    ("fa-common-word-after-country", "fa",
     "وزیر خارجه ایران تاکید کرد که روابط خوب است. این تاکید بارها تکرار شد."),
    ("fa-verb-after-country", "fa",
     "وزیر خارجه قطر گزارش دادند. آنها دوباره گزارش دادند."),
    ("ar-name-runs-on", "ar",
     "وأبدى وزير الدفاع الإيراني كعضو رئيسي وادانوا بشكل موحد الهجوم. وجاء ذلك بشكل واضح."),
]


@pytest.mark.parametrize(("lang", "text", "expected"),
                         [pytest.param(lang, text, want, id=i) for i, lang, text, want in LEARNT])
def test_learnt(lang, text, expected):
    assert learned(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), [pytest.param(lang, text, id=i) for i, lang, text in NOT_LEARNT])
def test_not_learnt(lang, text):
    assert learned(text, lang) == []


@pytest.mark.parametrize(("lang", "text", "countries"), [
    ("ar", "وصل وزير الخارجية الموريتاني محمد سالم ولد مرزوك إلى الجزائر في زيارة رسمية. واستقبل الرئيس الجزائري "
           "عبد المجيد تبون ولد مرزوك في العاصمة.", ("DZA", "MRT")),
    ("fa", "سوگیونو وزیر امور خارجه اندونزی صبح امروز وارد تهران شد. وزیر خارجه کشورمان در دیدار با سوگیونو بر "
           "گسترش روابط تاکید کرد.", ("IDN", "IRN")),
])
def test_learnt_person_is_a_side(lang, text, countries):
    result = process_text(text, lang)
    assert [e.countries for e in result.events] == [countries]
    people = [p for e in result.events for p in e.participants if p.country != "IRN" and p.country != "DZA"]
    assert people and people[0].role == "foreign_minister"


def test_stop_table_rows_are_unique_and_typed():
    with (DATA_DIR / "name_stops.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert len({(r["lang"], r["word"]) for r in rows}) == len(rows)
    assert {r["lang"] for r in rows} == {"fa", "ar"}
    assert {r["kind"] for r in rows} == {"stop", "honorific", "name"}


def styled(text: str) -> list[tuple[str, str]]:
    folded = fold(text)
    found = styled_first_names(folded, text, find_mentions(folded, text, load(), "ar"))
    assert all(text[m.start:m.end] == m.surface for m in found)
    return [(m.surface, m.entity) for m in found]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("تلقى الأمير سلطان بن عبدالعزيز اتصالاً. واستقبل الأمير سلطان اتصالاً مماثلاً.",
                 [("سلطان", "sultan_bin_abdulaziz")], id="style-and-first-name"),
    pytest.param("تلقى الأمير سلطان بن عبدالعزيز اتصالاً. واستقبل الأمير سلطان بن فهد الوفد.", [],
                 id="another-son"),  # "بن" follows: someone else
    pytest.param("واستقبل الأمير سلطان الوفد.", [], id="no-full-name-before"),
    pytest.param("التقى الشيخ محمد بن زايد آل نهيان الشيخ محمد بن راشد آل مكتوم. وقال الشيخ محمد إن …", [],
                 id="two-with-that-first-name"),
])
def test_styled_first_names(text, expected):
    assert styled(text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    pytest.param("ar", "وصل الرئيس الإيراني أحمدي نجاد إلى أبوجا. واجتمع نجاد مع الرئيس التركي.",
                 [("نجاد", "mahmoud_ahmadinejad")], id="surname-alone"),
    pytest.param("ar", "استقبل الشيخ محمد بن زايد آل نهيان الوزير. وقال نهيان إن …", [], id="family-name"),
    pytest.param("ar", "واجتمع نجاد مع الرئيس التركي.", [], id="no-full-name-before"),
])
def test_surnames_alone(lang, text, expected):
    folded = fold(text)
    found = surnames_alone(folded, text, find_mentions(folded, text, load(), lang), lang)
    assert all(text[m.start:m.end] == m.surface for m in found)
    assert [(m.surface, m.entity) for m in found] == expected

