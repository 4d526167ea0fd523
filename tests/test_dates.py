"""Dates: stated (Jalali, Gregorian, Hijri), relative, resolving, and the publication date."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from core.config import SEEDS_DIR
from core.dates import WORDS_FILE, calendar_words, find_dates, publication_date, resolve
from core.fold import fold
from core.pipeline import process_text

DEVSET = Path("/work/shared/devset")


def dates_of(text: str):
    return find_dates(text, fold(text))


def only(text: str, surface: str):
    """The one mention with this surface; every mention's span must match the text."""
    found = dates_of(text)
    for d in found:
        assert text[d.start:d.end] == d.surface
    hits = [d for d in found if d.surface == surface]
    assert len(hits) == 1, [d.surface for d in found]
    return hits[0]


# --------------------------------------------------------------------------------------------- stated dates

STATED = [
    # sentence, surface, calendar, iso, precision
    ("۱۴۰۵/۰۳/۱۵", "۱۴۰۵/۰۳/۱۵", "jalali", "2026-06-05", "day"),
    ("تاریخ: 1405/3/15", "1405/3/15", "jalali", "2026-06-05", "day"),
    ("مومنی روز گذشته (۱۴ خرداد ۱۴۰۵) به قرقیزستان سفر کرد.", "۱۴ خرداد ۱۴۰۵", "jalali", "2026-06-04", "day"),
    ("نشست در ۱۵ خرداد ۱۴۰۵ برگزار شد.", "۱۵ خرداد ۱۴۰۵", "jalali", "2026-06-05", "day"),
    ("جمعه ۷ اردیبهشت ۱۴۰۳ دو وزیر دیدار کردند.", "جمعه ۷ اردیبهشت ۱۴۰۳", "jalali", "2024-04-26", "day"),
    ("امروز جمعه (۱۵ خردادماه) درخصوص دیدار وزرا گفت", "۱۵ خردادماه", "jalali", None, "day"),
    ("عراقچی روز پنجشنبه ۲۹ آبان ۱۴۰۴ در این گفت‌وگو", "پنجشنبه ۲۹ آبان ۱۴۰۴", "jalali", "2025-11-20", "day"),
    ("این دیدار ۲۹ آبان‌ماه ۱۴۰۴ انجام شد", "۲۹ آبان‌ماه ۱۴۰۴", "jalali", "2025-11-20", "day"),
    ("۱ فروردین ۱۴۰۳ آغاز سال بود", "۱ فروردین ۱۴۰۳", "jalali", "2024-03-20", "day"),
    ("کاظم جلالی دوشنبه ۳۰ تیر ۱۴۰۴ اعلام کرد", "دوشنبه ۳۰ تیر ۱۴۰۴", "jalali", "2025-07-21", "day"),
    ("ظهر امروز سه‌شنبه ۱۱ شهریور ۱۴۰۴ وارد پکن شد", "سه‌شنبه ۱۱ شهریور ۱۴۰۴", "jalali", "2025-09-02", "day"),
    ("دور دوم این اجلاس نیز در ۲۴ مهر ۱۳۸۶ در تهران برگزار شد", "۲۴ مهر ۱۳۸۶", "jalali", "2007-10-16", "day"),
    ("روز ۱۵ خرداد سال ۱۴۰۵ گفت", "۱۵ خرداد سال ۱۴۰۵", "jalali", "2026-06-05", "day"),
    ("اجلاس در اردیبهشت ۱۳۸۱ در عشق آباد برگزار شد", "اردیبهشت ۱۳۸۱", "jalali", "2002-05", "month"),
    # Afghan solar months
    ("حوت 14, 1399 16:37 Asia/Kabul", "حوت 14, 1399", "jalali", "2021-03-04", "day"),
    ("Publish Date: ۳ غویی ۱۴۰۴ - ۱۵:۵۲", "۳ غویی ۱۴۰۴", "jalali", "2025-04-23", "day"),  # Pashto Saur
    ("۱۱ /حوت /۱۴۰۲", "۱۱ /حوت /۱۴۰۲", "jalali", "2024-03-01", "day"),
    ("گفت‌وگوها روز شنبه ۳ عقرب در شهر استانبول آغاز شد.", "شنبه ۳ عقرب", "jalali", None, "day"),
    ("از صبح امروز(جمعه ۲۴جوزا) در بیشکک آغاز به کار کرد", "جمعه ۲۴جوزا", "jalali", None, "day"),
    ("امیر قطر روز چهارشنبه اول حوت برای دیدار وارد تهران شد", "چهارشنبه اول حوت", "jalali", None, "day"),
    ("این نشست در ۱۰ اسد ۱۴۰۲ برگزار شد", "۱۰ اسد ۱۴۰۲", "jalali", "2023-08-01", "day"),
    # Gregorian with Persian month names
    ("این رزمایش ۲۱ ژوئیه ۲۰۲۵ آغاز شد", "۲۱ ژوئیه ۲۰۲۵", "gregorian", "2025-07-21", "day"),
    ("امروز چهارشنبه ۱۱ مارس ۲۰۲۶ (۲۰ اسفند ۱۴۰۴)", "چهارشنبه ۱۱ مارس ۲۰۲۶", "gregorian", "2026-03-11",
     "day"),
    ("امروز چهارشنبه ۱۱ مارس ۲۰۲۶ (۲۰ اسفند ۱۴۰۴)", "۲۰ اسفند ۱۴۰۴", "jalali", "2026-03-11", "day"),
    ("وی افزود که به تاریخ ۲۴ می، پروازهای مستقیم آغاز می‌شود", "۲۴ می", "gregorian", None, "day"),
    ("سفر در ۲۴ مه ۲۰۲۵ انجام شد", "۲۴ مه ۲۰۲۵", "gregorian", "2025-05-24", "day"),
    ("یکشنبه ۱۴ سپتامبر، فواد حسین با عراقچی دیدار کرد", "یکشنبه ۱۴ سپتامبر", "gregorian", None, "day"),
    ("با اشاره به نقض‌های مکرر آتش‌بس نوامبر ۲۰۲۵", "نوامبر ۲۰۲۵", "gregorian", "2025-11", "month"),
    ("تجارت تا پایان سال۲۰۲۲ رشد می‌کند", "۲۰۲۲", "gregorian", "2022", "year"),
    # Gregorian, numeric and Arabic month names
    ("2024-04-27", "2024-04-27", "gregorian", "2024-04-27", "day"),
    ("نشرت في 2024-04-27T10:00:00Z", "2024-04-27", "gregorian", "2024-04-27", "day"),
    ("وقع الاتفاق في 27 أبريل 2024 في أستانا", "27 أبريل 2024", "gregorian", "2024-04-27", "day"),
    ("وقع الاتفاق في 27 نيسان 2024 في أستانا", "27 نيسان 2024", "gregorian", "2024-04-27", "day"),
    ("اخبار الساعة بتاريخ: 25-06-2020 | 4 سنوات مضت", "25-06-2020", "gregorian", "2020-06-25", "day"),
    ("بتاريخ 28/6/2023 عقد الاجتماع", "28/6/2023", "gregorian", "2023-06-28", "day"),
    ("بتاريخ 2023/06/28 عقد الاجتماع", "2023/06/28", "gregorian", "2023-06-28", "day"),
    ("أديس أبابا، 04/22/ 2024 (أديس والتا) ـ التقى", "04/22/ 2024", "gregorian", "2024-04-22", "day"),
    ("بحث شويجو، اليوم الجمعة 21 أكتوبر 2022، القضايا", "الجمعة 21 أكتوبر 2022", "gregorian", "2022-10-21",
     "day"),
    ("التقى وانغ يي بظريف يوم 24 نوفمبر عام 2014", "24 نوفمبر عام 2014", "gregorian", "2014-11-24", "day"),
    ("الموافق 5 يناير 2021م، برئاسة ولي العهد", "5 يناير 2021م", "gregorian", "2021-01-05", "day"),
    ("تناول الاتفاقات المبرمة في 5 آذار لتحقيق الاستقرار", "5 آذار", "gregorian", None, "day"),
    ("الأحد 28 أبريل، 2024", "الأحد 28 أبريل، 2024", "gregorian", "2024-04-28", "day"),
    ("الإثنين، 3 يونيو 2024", "الإثنين، 3 يونيو 2024", "gregorian", "2024-06-03", "day"),
    ("في 5 آب 2020 انفجر المرفأ", "5 آب 2020", "gregorian", "2020-08-05", "day"),
    # the Afghan month with its ezafe: "۱۷ جوزای ۱۳۹۴"
    ("عصر روز یکشنبه ۱۷ جوزای ۱۳۹۴ به میدان", "یکشنبه ۱۷ جوزای ۱۳۹۴", "jalali", "2015-06-07", "day"),
    # the year glued to the month: "19 فبراير2020"
    ("الأربعاء، 19 فبراير2020 بقصر الرئاسة", "الأربعاء، 19 فبراير2020", "gregorian", "2020-02-19", "day"),
    # the Levantine month written with its number, then the other name: "كانون2/يناير"
    ("الخميس، 02 كانون2/يناير 2020", "الخميس، 02 كانون2/يناير 2020", "gregorian", "2020-01-02", "day"),
    ("الأحد 15 تشرين2 2020", "الأحد 15 تشرين2 2020", "gregorian", "2020-11-15", "day"),
    ("منذ توليه الحكم في يناير/كانون الثاني عام 2020.", "يناير/كانون الثاني عام 2020", "gregorian", "2020-01",
     "month"),
    ("الشراكة الموقعة بين البلدين في عام 2018.", "2018", "gregorian", "2018", "year"),
    ("در چارچوب نشست سران در تابستان ۲۰۲۶ است", "۲۰۲۶", "gregorian", "2026", "year"),  # a season's year
    ("تعقد القمة المقبلة في صيف 2026", "2026", "gregorian", "2026", "year"),
    ("التي ستستمر من 11 إلى 15 مارس/ آذار الجاري", "11 إلى 15 مارس/ آذار", "gregorian", None, "month"),
    ("تحدثت الوفود في الفترة من 6 إلى 10 آذار 2023.", "6 إلى 10 آذار 2023", "gregorian", "2023-03", "month"),
    ("رحب الوزراء في 12 جانفي 2024 بالقرار", "12 جانفي 2024", "gregorian", "2024-01-12", "day"),
    # Dari spellings (Afghan outlets) and Moroccan ones
    ("وزیر خارجه روز ۲۰ سپتمبر ۲۰۲۴ در نیویورک بود", "۲۰ سپتمبر ۲۰۲۴", "gregorian", "2024-09-20", "day"),
    ("این نشست به تاریخ ۵ دسمبر ۲۰۲۳ برگزار شد", "۵ دسمبر ۲۰۲۳", "gregorian", "2023-12-05", "day"),
    ("جلسه روز ۱۴ جنوری ۲۰۲۴ در کابل بود", "۱۴ جنوری ۲۰۲۴", "gregorian", "2024-01-14", "day"),
    ("الرباط في 3 شتنبر 2024 استقبل الوزير", "3 شتنبر 2024", "gregorian", "2024-09-03", "day"),
    ("وذلك يوم 21 غشت 2023 بالرباط", "21 غشت 2023", "gregorian", "2023-08-21", "day"),
    # Hijri
    ("الخميس 02 مايو 2024 الموافق 23 شوال 1445", "23 شوال 1445", "hijri", "2024-05-02", "day"),
    ("الخميس 02 مايو 2024 الموافق 23 شوال 1445", "الخميس 02 مايو 2024", "gregorian", "2024-05-02", "day"),
    ("صدر في ١٥ شوال ١٤٤٥ هـ البيان", "١٥ شوال ١٤٤٥ هـ", "hijri", "2024-04-24", "day"),
    ("يوم الثلاثاء 21 جمادى الأولى 1442هـ الموافق", "الثلاثاء 21 جمادى الأولى 1442هـ", "hijri", "2021-01-05",
     "day"),
    ("مراسم ۱۰ ذی‌الحجه ۱۴۴۵ برگزار شد", "۱۰ ذی‌الحجه ۱۴۴۵", "hijri", "2024-06-16", "day"),
    ("در ۱۲ ربیع‌الاول ۱۴۴۶ جشن گرفتند", "۱۲ ربیع‌الاول ۱۴۴۶", "hijri", "2024-09-15", "day"),
    ("يوم 1 محرم 1446 بدأ العام", "1 محرم 1446", "hijri", "2024-07-07", "day"),
    ("في 1445/10/23 هـ وصل الوفد", "1445/10/23 هـ", "hijri", "2024-05-02", "day"),
    ("في ١٤٤٥/١٠/٢٣ وصل الوفد", "١٤٤٥/١٠/٢٣", "hijri", "2024-05-02", "day"),
    ("في عام 1445 هـ", "1445 هـ", "hijri", "2024", "year"),
    # a day written as a word before the month (ordinals), and a month named twice without a slash
    ("وزیر خارجه پانزدهم مهر ماه ۱۴۰۳ با همتای روس دیدار کرد", "پانزدهم مهر ماه ۱۴۰۳", "jalali", "2024-10-06",
     "day"),
    ("نشست بیست و یکم آذر ۱۴۰۲ برگزار شد", "بیست و یکم آذر ۱۴۰۲", "jalali", "2023-12-12", "day"),
    ("التقى الوزيران في التاسع من أكتوبر 2024", "التاسع من أكتوبر 2024", "gregorian", "2024-10-09", "day"),
    ("في الحادي والعشرين من مارس 2024 التقى", "الحادي والعشرين من مارس 2024", "gregorian", "2024-03-21", "day"),
    ("التقى الوزيران يوم 5 كانون الأول ديسمبر 2024", "5 كانون الأول ديسمبر 2024", "gregorian", "2024-12-05",
     "day"),
    ("في الأول من كانون الأول 2024", "الأول من كانون الأول 2024", "gregorian", "2024-12-01", "day"),
    # a Jalali day with a two-digit year, told by a number no day can be; a blog's year-first day
    ("لاریجانی صبح امروز چهارشنبه 92.11.30 با همتای خود دیدار کرد", "چهارشنبه 92.11.30", "jalali", "2014-02-19",
     "day"),
    ("تهران - ۱۱/۰۸/۷۹ - رئیس‌جمهور در پارلمان ژاپن سخن گفت", "۱۱/۰۸/۷۹", "jalali", "2000-11-01", "day"),
    # a month name with a two-digit year closing a dateline: 13xx from 70 up, 14xx written "0x"
    ("تهران – اقتصاد برتر –  ۲۴ دی ۹۹\nترامپ", "۲۴ دی ۹۹", "jalali", "2021-01-13", "day"),
    ("۳ آذر ۰۴ - ۱۳:۳۴", "۳ آذر ۰۴", "jalali", "2025-11-24", "day"),
    ("در ۲۴ دی ۹۹ نفر کشته شدند", "۲۴ دی", "jalali", None, "day"),
    ("۱۳۹۰ بهمن ۲۴, دوشنبه", "۱۳۹۰ بهمن ۲۴, دوشنبه", "jalali", "2012-02-13", "day"),
    ("السبت 11 فبراير-شباط 2023", "السبت 11 فبراير-شباط 2023", "gregorian", "2023-02-11", "day"),
    ("اليوم الخميس 9 كانون الثاني (يناير) 2025، استقبل", "الخميس 9 كانون الثاني (يناير) 2025", "gregorian",
     "2025-01-09", "day"),
]


@pytest.mark.parametrize(("sentence", "surface", "calendar", "iso", "precision"), STATED)
def test_stated(sentence, surface, calendar, iso, precision):
    d = only(sentence, surface)
    assert (d.calendar, d.iso, d.precision, d.how) == (calendar, iso, precision, "stated")


KNOWN_PAIRS = [  # checked against jdatetime / hijridate
    ("۱ فروردین ۱۴۰۳", "2024-03-20"),
    ("۱۵ خرداد ۱۴۰۵", "2026-06-05"),
    ("۲۹ آبان ۱۴۰۴", "2025-11-20"),
    ("۱۴ حوت ۱۳۹۹", "2021-03-04"),
    ("۳۰ اسفند ۱۴۰۳", "2025-03-20"),
    ("۲۵ بهمن ۱۳۹۷", "2019-02-14"),
    ("23 شوال 1445", "2024-05-02"),
    ("1 رمضان 1446", "2025-03-01"),
    ("21 جمادى الأولى 1442", "2021-01-05"),
]


@pytest.mark.parametrize(("text", "iso"), KNOWN_PAIRS)
def test_known_pairs(text, iso):
    assert only(text, text).iso == iso


def test_every_month_word_is_read():
    year = {"jalali": "۱۴۰۳", "gregorian": "2024", "hijri": "1445"}
    for w in calendar_words()["month"].values():
        text = f"روز ۱۲ {w.form} {year[w.calendar]} گفت"
        found = [d for d in dates_of(text) if d.how == "stated"]
        assert len(found) == 1, (w, found)
        assert (found[0].calendar, found[0].month, found[0].day) == (w.calendar, w.value, 12), w


# --------------------------------------------------------------------------------------------- relative

RELATIVE = [
    # sentence, surface, offset_days, weekday (Monday=0)
    ("«ویکتور خرونین» وزیر دفاع بلاروس، امروز (چهارشنبه) با نصیرزاده دیدار کرد", "امروز (چهارشنبه)", 0, 2),
    ("عباس عراقچی، وزیر امور خارجه، دیروز گفت که امیر قطر حامل پیامی است", "دیروز", -1, None),
    ("مومنی که روز گذشته (۱۴ خرداد ۱۴۰۵) سفر کرده است", "روز گذشته", -1, None),
    ("شمخانی بعد از ظهر دیروز با وزیر دفاع روسیه دیدار کرد", "بعد از ظهر دیروز", -1, None),
    ("جاء ذلك لدى استقبال سمو ولي العهد أمس الثلثاء السفير", "أمس الثلثاء", -1, 1),  # the Gulf's "الثلثاء"
    ("قرار است وزیر کشور عراق عصر امروز با رحمانی فضلی دیدار کند", "عصر امروز", 0, None),
    ("بامداد امروز هیئت وارد شد", "بامداد امروز", 0, None),
    ("شامگاه دیروز دو وزیر تلفنی گفت‌وگو کردند", "شامگاه دیروز", -1, None),
    ("پریروز هیئت روسی وارد تهران شد", "پریروز", -2, None),
    ("وزیر خارجه فردا به مسکو می‌رود", "فردا", 1, None),
    ("وزیر دفاع کشورمان روز پنجشنبه(دیروز) در نشست مسکو سخنرانی کرد", "پنجشنبه(دیروز)", -1, 3),
    ("سفیر ایران روز پنجشنبه (دیروز) با وزیر دفاع دیدار کرد", "پنجشنبه (دیروز)", -1, 3),
    ("وزیر دفاع ارمنستان روز سه‌شنبه با همتای ایرانی خود دیدار کرد", "سه‌شنبه", None, 1),
    ("وزارت دفاع روسیه روز سه شنبه اعلام کرد", "سه شنبه", None, 1),
    ("نشست سه جانبه عصر پنج شنبه به وقت محلی آغاز شد", "عصر پنج شنبه", None, 3),
    ("گفت‌وگوها شام دوشنبه بدون توافق پایان یافت", "شام دوشنبه", None, 0),
    ("وزیر دفاع روز دوشنبه در سفر به روسیه با بلوسوف دیدار کرد", "دوشنبه", None, 0),
    ("وزیر خارجه شنبه گذشته به دوحه رفت", "شنبه گذشته", -1, 5),
    ("أفادت وسائل الإعلام الصينية، اليوم الجمعة، بأن الرئيس شي التقى الأسد", "اليوم الجمعة", 0, 4),
    ("وتم أمس التوقيع على بيان ثلاثي في بكين", "أمس", -1, None),
    ("وصل الوزير أمس الأول إلى الرياض", "أمس الأول", -2, None),
    ("وصل الوزير أول من أمس إلى الرياض", "أول من أمس", -2, None),
    ("وزیر خارجه دو روز پیش با همتای سوری دیدار کرد", "دو روز پیش", -2, None),
    ("وزیر خارجه ۳ روز قبل به دمشق رفت", "۳ روز قبل", -3, None),
    ("التقى الوزير قبل يومين نظيره", "قبل يومين", -2, None),
    ("وصل الوفد منذ ثلاثة أيام إلى دمشق", "منذ ثلاثة أيام", -3, None),
    ("التقى الوزيران مساء أمس في جدة", "مساء أمس", -1, None),
    ("انطلقت صباح اليوم أعمال القمة", "صباح اليوم", 0, None),
    ("التقى وزير الخارجية اليوم الرئيس السوري", "اليوم", 0, None),
    ("وكان الوزير قد التقى في وقت سابق اليوم الرئيس", "اليوم", 0, None),
    ("التقى شي بالأسد بعد ظهر يوم الجمعة", "بعد ظهر يوم الجمعة", None, 4),
    ("وقالت الخارجية السعودية في بيان اليوم الثلاثاء", "اليوم الثلاثاء", 0, 1),
    ("يجتمع البرلمانيون منذ الإثنين الماضي في جلسة خاصة", "الإثنين الماضي", -1, 0),
    ("القمة المقرر عقدها غدا الاثنين", "غدا الاثنين", 1, 0),
    ("الاجتماع الذي سيعقد بعد غد /الثلاثاء/", "بعد غد", 2, None),
    ("قال الوزير الخميس إن المحادثات مثمرة", "الخميس", None, 3),
    ("التقى وزير الخارجية المصري الخميس نظيره الأردني", "الخميس", None, 3),
    ("التقى وزير الخارجية المصري أمس نظيره الأردني", "أمس", -1, None),
    ("يعقد الاجتماع الخميس القادم في موسكو", "الخميس القادم", 7, 3),
    ("وقع الانفجار بالأمس في بغداد", "الأمس", -1, None),
]


@pytest.mark.parametrize(("sentence", "surface", "offset", "weekday"), RELATIVE)
def test_relative(sentence, surface, offset, weekday):
    d = only(sentence, surface)
    assert (d.calendar, d.how, d.iso) == ("relative", "relative", None)
    assert (d.offset_days, d.weekday) == (offset, weekday)


def test_every_relative_and_weekday_word_is_found():
    """The code's anchor words must cover the data file: each word alone is found."""
    words = calendar_words()
    for kind in ("relative", "weekday"):
        for w in words[kind].values():
            text = f"— روز {w.form} —" if "homograph" in w.flags else f"— {w.form} —"
            found = [d for d in dates_of(text) if d.how == "relative"]
            assert found and found[-1].surface.endswith(w.form.split()[-1]), (kind, w.form, found)


# --------------------------------------------------------------------------------------------- negatives

NEGATIVE = [
    # sentence, a surface that must not be a date (None: no date at all)
    ("او می‌خواهد این قرارداد را امضا کند", None),
    ("وی گفت ۲ می خرید و رفت", None),
    ("بشار اسد با وزیر خارجه روسیه دیدار کرد", None),
    ("اسد و میزان و قوس و جدی", None),
    ("دوشنبه پایتخت تاجیکستان میزبان نشست بود", None),
    ("سفر به دوشنبه، پایتخت تاجیکستان", None),
    ("در سال 1403", "1403 "),
    ("1403", None),
    ("قيمته 1403 دولار", None),
    ("در کمتر از ۲۰ روز گذشته پاکستان ده‌ها هزار افغان را اخراج کرد", None),
    ("این سفر از چند روز پیش برنامه‌ریزی شده بود", None),
    ("خطیب نماز جمعه تهران گفت", None),
    ("امام جمعه تهران گفت", None),
    ("نقلاً عن قناة روسيا اليوم", None),
    ("وذكرت صحيفة المصري اليوم أن", None),
    ("احتفلت البلاد باليوم الوطني", None),
    ("في اليوم التالي غادر الوفد", None),
    ("وفي اليوم الثاني من الزيارة التقى الوزير نظيره", None),
    ("بمناسبة اليوم العالمي للمرأة", None),
    ("وصل الوزير إلى بغداد", None),
    ("روزنامه‌ها امروزه کمتر خوانده می‌شوند", None),
    ("۵ آب و نان", None),
    ("کد خبر 1425913", None),
    ("ساعت ۱۰:۳۰ صبح", None),
    ("تلفن 021-5555-1234", None),
    ("34 شرکت و 300 نفر در سال‌ها", None),
    ("پیگیری ۱۹۲.۱۶۸.۱۰.۱ و نتیجه ۲-۱-۰ و 21/12/25 گزارش", None),  # no day with a two-digit year over 31
    ("گزارش ۹۲/۱۳/۳۰ و ساعت 10.30.45", None),
    ("", None),
    ("   \n  ", None),
]


@pytest.mark.parametrize(("sentence", "not_a_date"), NEGATIVE)
def test_negative(sentence, not_a_date):
    found = dates_of(sentence)
    if not_a_date is None:
        assert found == []
    else:
        assert all(not_a_date.strip() != d.surface or d.precision != "day" for d in found)


def test_empty_text():
    assert find_dates("", fold("")) == []


# --------------------------------------------------------------------------------------------- offsets

OFFSETS = [
    # original text with ZWNJ, diacritics, tatweel, Persian/Arabic digits; every surface expected
    ("در روز سه‌شنبه ۱۱ شهریور ۱۴۰۴ و امروز (چهار‌شنبه) گفت", ["سه‌شنبه ۱۱ شهریور ۱۴۰۴", "امروز (چهار‌شنبه)"]),
    ("التقى الرئيسُ اليَوْمَ الخَمِيسَ نظيرَه في ١٥ شَوَّال ١٤٤٥ هـ", ["اليَوْمَ الخَمِيس", "١٥ شَوَّال ١٤٤٥ هـ"]),
    ("این دیدار ۲۹ آبان‌ماه ۱۴۰۴ و ۱۲ ربیع‌الاول ۱۴۴۶ بود", ["۲۹ آبان‌ماه ۱۴۰۴", "۱۲ ربیع‌الاول ۱۴۴۶"]),
    ("الاجتمـاع يـوم الخميـس ٠٢ مايو ٢٠٢٤", ["الخميـس ٠٢ مايو ٢٠٢٤"]),
    ("\u200fتاریخ انتشار: ۲۱ مهر ۱۴۰۱ - ۱۳:۵۹", ["۲۱ مهر ۱۴۰۱"]),
]


@pytest.mark.parametrize(("text", "surfaces"), OFFSETS)
def test_offsets_map_to_the_original(text, surfaces):
    found = dates_of(text)
    assert [d.surface for d in found] == surfaces
    assert all(text[d.start:d.end] == d.surface for d in found)


def test_seed_spans():
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for d in dates_of(text):
            assert text[d.start:d.end] == d.surface, (path.name, d)


# --------------------------------------------------------------------------------------------- resolve

RESOLVE = [
    # sentence, surface, published, resolved iso
    ("عراقچی دیروز گفت", "دیروز", dt.date(2025, 11, 21), "2025-11-20"),
    ("وزیر خارجه فردا به مسکو می‌رود", "فردا", dt.date(2025, 11, 21), "2025-11-22"),
    ("وتم أمس الأول التوقيع", "أمس الأول", dt.date(2024, 5, 2), "2024-04-30"),
    ("عراقچی روز پنجشنبه گفت", "پنجشنبه", dt.date(2025, 11, 21), "2025-11-20"),  # Friday -> Thursday before
    ("اليوم الجمعة التقى الرئيس", "اليوم الجمعة", dt.date(2022, 10, 21), "2022-10-21"),
    ("التقى الوزيران الجمعة", "الجمعة", dt.date(2022, 10, 21), "2022-10-21"),  # same day counts
    ("منذ الجمعة الماضية", "الجمعة الماضية", dt.date(2022, 10, 21), "2022-10-14"),  # strictly before
    ("منذ الأحد الماضي", "الأحد الماضي", dt.date(2024, 4, 22), "2024-04-21"),
    ("التقى الوزير الأول نظيره الخميس الفارط", "الخميس الفارط", dt.date(2010, 5, 20), "2010-05-13"),  # Maghrebi
    ("يعقد الاجتماع الخميس القادم", "الخميس القادم", dt.date(2024, 5, 2), "2024-05-09"),
    ("القمة غدا الاثنين", "غدا الاثنين", dt.date(2025, 9, 14), "2025-09-15"),
    ("سفیر روز پنجشنبه (دیروز) دیدار کرد", "پنجشنبه (دیروز)", dt.date(2020, 11, 27), "2020-11-26"),
    ("امروز جمعه (۱۵ خردادماه) گفت", "۱۵ خردادماه", dt.date(2026, 6, 5), "2026-06-05"),
    ("روز شنبه ۳ عقرب آغاز شد", "شنبه ۳ عقرب", dt.date(2025, 10, 25), "2025-10-25"),
    ("یکشنبه ۱۴ سپتامبر دیدار کرد", "یکشنبه ۱۴ سپتامبر", dt.date(2025, 9, 14), "2025-09-14"),
    ("در 29 ديسمبر وصل", "29 ديسمبر", dt.date(2026, 1, 2), "2025-12-29"),  # nearest before: last year
    ("في 2 يناير يصل", "2 يناير", dt.date(2025, 12, 30), "2026-01-02"),  # a few days after counts
    ("في 23 شوال وصل", "23 شوال", dt.date(2024, 5, 2), "2024-05-02"),
    ("من 11 إلى 15 مارس/ آذار الجاري", "11 إلى 15 مارس/ آذار", dt.date(2024, 3, 12), "2024-03"),
    # a weekday gloss that contradicts its relative day: the nearer such weekday, not one a week before
    ("استقبل بمكتبه صباح أمس (الاثنين) وزير", "صباح أمس (الاثنين)", dt.date(2013, 3, 4), "2013-03-04"),
    ("التقى أمس الأول (الأربعاء) نظيره", "أمس الأول (الأربعاء)", dt.date(2024, 5, 2), "2024-05-01"),
]


@pytest.mark.parametrize(("sentence", "surface", "published", "iso"), RESOLVE)
def test_resolve(sentence, surface, published, iso):
    d = only(sentence, surface)
    r = resolve(d, published)
    assert r.iso == iso
    assert (r.start, r.end, r.surface, r.calendar, r.how) == (d.start, d.end, d.surface, d.calendar, d.how)


@pytest.mark.parametrize("sentence", ["عراقچی دیروز گفت", "روز پنجشنبه گفت", "۱۵ خردادماه", "۱۵ خرداد ۱۴۰۵"])
def test_resolve_without_publication_date_changes_nothing(sentence):
    for d in dates_of(sentence):
        assert resolve(d, None) is d


def test_resolve_keeps_a_stated_year():
    d = only("۱۵ خرداد ۱۴۰۵", "۱۵ خرداد ۱۴۰۵")
    assert resolve(d, dt.date(2030, 1, 1)) == d


# --------------------------------------------------------------------------------------------- publication

PUBLISHED = [
    # text, expected iso of the publication date (None: the text does not state it)
    ("کد خبر 1425913\nتاریخ انتشار: ۲۱ مهر ۱۴۰۱ - ۱۳:۵۹\n\nدر حاشیه اجلاس سیکا", "2022-10-13"),
    (" date 2025-12-03 أكدت القمة الـ46 المنعقدة اليوم الأربعاء", "2025-12-03"),
    ("شنبه ۰۳ آذر ۱۴۰۳ - ساعت :\n۲۵ بهمن ۱۳۹۷ - ۱۷:۲۱\n\nنشست سه جانبه آغاز شد", "2019-02-14"),
    ("حوت 14, 1399 16:37 Asia/Kabul\n  • آغاز اجلاس مجازی سران اکو", "2021-03-04"),
    ("۱۰:۲۴ – ۲۳ تیر ۱۴۰۳\nناصر کنعانی با همتای خود دیدار کرد", "2024-07-13"),
    ("پوتین به‌زودی به ریاض سفر می‌کند\n\n  • 6/10/2019\n  • 00:00\n\nخالد الفالح وزیر انرژی سعودی امروز دوشنبه، از "
     "سفر رئیس‌جمهور روسیه خبر داد.", "2019-06-10"),  # read both ways: the way whose weekday is "today"'s
    ("عاجل.. المغرب يستدعي سفيرته\n\nالأولى كتب في 18 مايو، 2021 - 19:02 تابعوا عبر على Aabbir\n\nالرباط",
     "2021-05-18"),  # "written on", a byline's date
    ("۱۱ /حوت /۱۴۰۲\n\nامروز سفیر چین با متقی ملاقات نمود.", "2024-03-01"),
    ("الخميس 17 يوليو 2025\n\nعرب وعالم\n\nلافروف يلتقي نظيره\n\n  • 13-7-2025 | 17:21\n\nالتقى",
     "2025-07-13"),
    ("أردوغان يلتقي نظيره العراقي\n\nأديس أبابا، 04/22/ 2024 (أديس والتا) ـ التقى الرئيس", "2024-04-22"),
    ("وزيرا دفاع روسيا وأمريكا يبحثان\n\nبحث شويجو، اليوم الجمعة 21 أكتوبر 2022، القضايا", "2022-10-21"),
    ("اخبار الساعة بتاريخ: 25-06-2020 | 4 سنوات مضت\nأعلنت الولايات المتحدة", "2020-06-25"),
    ("تهران - ۱۲ مهر ۱۴۰۱\nوزیر خارجه گفت", "2022-10-04"),
    ("عنوان الخبر\nالرياض 2 مايو 2024 (واس) - التقى ولي العهد", "2024-05-02"),
    ("عنوان الخبر\n2024-04-27T10:30:00+03:00\nالتقى ولي العهد", "2024-04-27"),
    ("عنوان الخبر\nالرياض الأحد 5 ربيع الأول 1446 هـ الموافق 8 سبتمبر 2024 م واس\nاستقبل ولي العهد", "2024-09-08"),
    ("عنوان الخبر\nالرياض الأحد 5 ربيع الأول 1446 هـ الموافق 8 سبتمبر 2024 م حيث التقى", None),
    ("کد خبر: ۴۵۲۱۶۷ | ۱۳ اردیبهشت ۱۴۰۳ - ۱۲:۳۰\nمتن خبر", "2024-05-02"),
    ("السبت، 4 مايو 2024 08:30 م بتوقيت القاهرة\nالتقى الوزير", "2024-05-04"),
    ("الخميس 12-03-2020 14:05 | كتب: أحمد علي |\nاستقبل وزير الخارجية نظيره", "2020-03-12"),  # a byline after
    ("الخميس 12-03-2020 | كتب: أحمد علي |\nاستقبل وزير الخارجية نظيره", "2020-03-12"),
    ("عنوان الخبر\nتاريخ النشر: 5th, March 2024 GMT\nاستقبل الرئيس اليوم الوزير", "2024-03-05"),  # English
    ("عنوان الخبر\n09.07.2024 - محدث : 10.07.2024\nاستقبل الرئيس اليوم الوزير", "2024-07-09"),
    ("2018-05-17 نشرت في\n\nأمير قطر يندد\nأجرى أمير قطر اليوم الخميس اتصالا هاتفيا", "2018-05-17"),  # label after
    ("فيدان ونظيره الأردني يبحثان\n\n17:042/03/2026, Pazartesi\nتحديث: 2/03/2026, Pazartesi\nالأناضول\nبحث الوزير",
     "2026-03-02"),  # an update stamp with Anadolu's Turkish weekday
    ("پیش از نشست ناتو\nسران دو کشور دیدار میکنند\nخبرگزاری آوا- سرویس بین الملل , 22 ثور 1391 ساعت 20:53\nمتن",
     "2012-05-11"),  # an agency's section before its stamp
    ("الرياض 3 شعبان 1445 هـ الموافق13 فبراير 2024 م واس تلقى وزير الخارجية اليوم اتصالا", "2024-02-13"),
    ("سياسة 02-03-2018\nتسلم الوزير الأحد أوراق اعتماد السفير\nاقرأ أيضا: اليوم الجمعة (9 أيار 2025)",
     "2018-03-02"),  # a section's date line over a teaser's "today"
    ("امروز: سه‌شنبه - ۱۵ آبان - ۱۴۰۳\nسیاسی ۱۲ تیر ۱۴۰۱ - 10:15\nوزیر خارجه قطر دیدار کرد", "2022-07-03"),
    ("عنوان\nمتن خبر.\nتاریخ انتشار: ۰۹:۰۸ - ۲۴ اسفند ۱۴۰۳\nمتن", "2025-03-14"),  # a time between label and date
    ("عنوان خبر\nدوشنبه 6 خرداد 1398 - 14:5:12\nمتن خبر", "2019-05-27"),  # an unpadded time
    ("عنوان خبر\nخبرگزاری ایسنا چهارشنبه 10 آبان 1402 - 11:20\nمتن خبر", "2023-11-01"),
    ("عنوان خبر\nدوشنبه، 14.05.2024. /”خاور”/. رئیس جمهور با سفیر دیدار کرد.", "2024-05-14"),
    ("دوشنبه، 26 فوریه 2026 – خبرگزاری کاروان اینفو. جلسه شورا در 24 فوریه در مینسک برگزار شد.", "2026-02-26"),
    # a date opening the text, cut from the agency's name by a dash (the weekday is Dushanbe, the dateline)
    ("کد خبر: ۷۳۷۱۰۲\nتاریخ انتشار: ۲۰ : ۱۳ - ۱۹ مرداد ۱۴۰۲\n\nرایزنی وزیر خارجه", "2023-08-10"),  # a spaced time
    ("عنوان الخبر\nبغداد – الإمارات 71\nتاريخ الخبر: 28-12-2014\nالتقى الوزير", "2014-12-28"),
    ("Publish Date: ۳ غویی ۱۴۰۴ - ۱۵:۵۲\n\nکابل-ایرنا- سرپرست وزارت امور خارجه گفت", "2025-04-23"),
    ("سياسة 18-08-2019, 09:32 | --\nتسلم الوزير الأحد أوراق اعتماد السفير\n" + "وبحث الجانبان العلاقات.\n" * 8
     + "أهم الاخبار\nوجّه وزير الداخلية، اليوم الخميس (7 آب 2025)، بتكثيف الجهد", "2019-08-18"),
    # a section's date line with a time after a comma, over a teaser's "today" further down
    ("عنوان\n- وكالات الاربعاء, 14 سبتمبر, 2022 - 09:55 صباحاً\nبحث رئيس الوزراء", "2022-09-14"),  # a source line
    ("عنوان\n\nكتب: بوابة الاخبار الجمعة 31-05-2019 00:51\n\nاستقبل العاهل", "2019-05-31"),  # a byline
    ("بيان صحفي\nوصل الوزير، اليوم الثلاثاء الموافق 2023/12/19، العاصمة أنقرة", "2023-12-19"),  # today, "الموافق"
    ("عنوان\nAlper Şaşmaz, Merve Yıldızalp  | 11.06.2024 - محدث : 11.06.2024\nأنقرة.. الرئيس", "2024-06-11"),
    ("عنوان خبر\n\n04.07.2025 - بهروز رسان : 04.07.2025\nنشست سران اکو آغاز شد", "2025-07-04"),
    ("عنوان\nآسواکانیوز(چهارشنبه/۱۶سنبله/۱۴۰۱): سرپرست وزارت خارجه گفت", "2022-09-07"),  # agency(date):
    ("عنوان\n" + "متن خبر.\n" * 10 + "22:42 28.01.2017 (بروز رسانی شده: 10:35 29.01.2017)\n© Sputnik", "2017-01-28"),
    ("آرشیو پنجشنبه ۴ آذر ۱۴۰۰، شماره ۲۲۸۹۸\nاخبار کشور\nرئیس جمهور به ترکمنستان می رود", "2021-11-25"),  # archive
    ("جرى اتصال هاتفي بين رئيس الوزراء وأمير دولة الكويت.\n" * 6 + "العدد 1475 - الثلثاء 19 سبتمبر 2006م الموافق "
     "25 شعبان 1427هـ", "2006-09-19"),  # the newspaper issue's line, at the end
    ("عنوان\nوزیر خارجه (در سفر ۱۶ سنبله ۱۴۰۱) گفت", None),
    ("عنوان\nوقال الوزير إن وكالات الأنباء نقلت في 5 مايو 2024 - 10:30 أن المحادثات بدأت", None),
    # a date in the body is not the publication date
    ("عراقچی روز پنجشنبه ۲۹ آبان ۱۴۰۴ در این گفت‌وگوی تلفنی گفت", None),
    ("التقى وانغ يي بنظيره ظريف يوم 24 نوفمبر عام 2014 خلال المفاوضات", None),
    ("به گزارش مشرق، کاظم جلالی دوشنبه ۳۰ تیر ۱۴۰۴ اعلام کرد", None),
    ("نيويورك – 23 – 9 (كونا) — التقى ممثل الأمير اليوم", None),
    ("مسقط في 3 فبراير /العُمانية/ أجرى الوزير اتصالاً", None),
    ("عنوان\nوقال الوزير في 5 مايو 2024 - إن المحادثات مثمرة", None),
    ("عنوان\nالتقى الرئيس نظيره 5 مايو 2024 (تفاصيل)", None),
    # a byline: the author's name, the date glued to it, then only a stamp's words
    ("لافروف يلتقي الوزير\n\nنجيب ميلودي28 يوليو 2022آخر تحديث :\nبحث لافروف اليوم", "2022-07-28"),
    ("العدد 145\n\nالخميس، 02 كانون2/يناير 2020\n\nشهدت العلاقات", "2020-01-02"),
    # a dateline of its own line: the city, its state, the date
    ("العراق – صالح يستقبل روحاني\nبغداد- العراق 11/03/2019\nاستقبل الرئيس العراقي الرئيس الإيراني.", "2019-03-11"),
    # a blog's date, year first, with its weekday after a comma
    ("دیدار وزیر خارجه\n\n۱۴۰۰ مهر ۱۲, دوشنبه\n\nوزیر خارجه با همتای خود دیدار کرد.", "2021-10-04"),
    ("عنوان\n\n2021-10-04 3\n\nالتقى الوزير نظيره", "2021-10-04"),  # a comment count after the date
    ("عنوان\n  04 أكتوبر 2021    قرأ 512\nالتقى الوزير نظيره", "2021-10-04"),  # a view count
    ("عنوان\n\nالثورة:4-10-2021\n\nالتقى الوزير نظيره", "2021-10-04"),  # the paper's name and a colon
    ("عنوان\n\nالاثنين 4 أكتوبر-تشرين الأول 2021 الساعة 08 مساءً / الموقع - الأخبار\n\nالتقى", "2021-10-04"),
    ("عنوان\nسمير علي - بغداد في الاثنين 4 أكتوبر 2021 08:25 مساءً - التقى الوزير نظيره", "2021-10-04"),
    ("عنوان\nالموقع4 أكتوبر 2021Last Update :\nالتقى الوزير نظيره", "2021-10-04"),
    ("عنوان\n\nالإثنين ٤ أكتوبر ٢٠٢١ الساعة ٦:٢٥ مساءً\nالتقى الوزير نظيره", "2021-10-04"),  # an hour and minutes
    ("دومین دور مشورت‌ها امروز مؤرخ 3 اپریل 2017 در انقره برگزار گردید.", "2017-04-03"),  # "today, dated"
    ("الجمعة 27 سبتمبر 2024\n\nعنوان الخبر\n\nعرب وعالم17-12-2020 | 16:35\n\nتلقى الرئيس اتصالا", "2020-12-17"),
    # a section's stamp with its time over a bare date atop the page (the day it was read)
    # "تم نشره في" (published on) below a page's menu
    ("الصفحات\nالكاملة\nتيوب\nالدستور\nرسالة جلالة\nالملك للدستور\nموقع\nزوار الأردن\nموقع\nجلالة الملكة\n"
     "موقع\nجلالة الملك\n\nالاتفاق على آلية عمل للتعاون بين البلدين\n\nتم نشره في الخميس 4 تشرين الثاني / نوفمبر "
     "2004. 02:00 مـساء\nاتفق الجانبان", "2004-11-04"),
    # today glossed by a full day whose month name has its other name in brackets
    ("أربيل- استقبل رئيس الإقليم، اليوم الخميس 9 كانون الثاني (يناير) 2025، وفدا من البرلمان الأوروبي.",
     "2025-01-09"),
    # an agency, its date and a colon open the story
    ("خبرگزاری ایرنا چهارشنبه 12 آذر 1404 : وزیر امور خارجه امروز با همتای عمانی دیدار کرد.", "2025-12-03"),
    # a line of a city, a dash, the outlet and its date
    ("ملف المفاوضات\nالقاهرة – الموقع الإخباري 12 مارس 2025\nكشف مصدر مطلع أن المفاوضات ستستأنف.", "2025-03-12"),
    # a news service's stamp, its date and name, ends the lead
    ("أعلن الكرملين اليوم الجمعة أن الرئيسين سيلتقيان قريبا. 12.06.2025, سبوتنيك عربي\n\nوقال المتحدث إن الموعد "
     "لم يحدد.", "2025-06-12"),
    # two stamps atop (the site's day, then the article's): the one whose weekday is the text's "today"
    ("الجمعة، 22 نوفمبر 2024 01:10 م\n\nالرئيس يستقبل اليوم وزير الدفاع\nالخميس، 20 أبريل 2017 09:48 ص\n"
     "كتب محمد\n\nيستقبل الرئيس بمقر رئاسة الجمهورية اليوم الخميس، وزير الدفاع الأمريكي.", "2017-04-20"),
    # a date opening its line before one word, its place (no time: "شنبه ۱۲ آبان ۱۴۰۳ تهران ۲۱:۵۲" is a site's clock)
    ("أمير البلاد زار قصر بيان\n\n04 December 2017 الكويت\n\nزار أمير البلاد", "2017-12-04"),
    ("لینک‌ها\nخبر فوری\nشنبه ۱۲ آبان ۱۴۰۳ تهران ۲۱:۵۲\n\nپایان دیدار روسای جمهور", None),
    # a site's header line, its date last after a separator
    ("موقع أنصار الله - متابعات – 7 جمادى الآخرة 1447هـ\nأكّد الرئيس الروسي فلاديمير بوتين، يوم الخميٍس، مواصلة العمل",
     "2025-11-28"),
    # a section's line below the title, its date last (not an embedded post's handle and date)
    ("محادثات هاتفية بين بوتين وبزشكيان\n\nقسم الأخبار الدولية 06/05/2025\nناقش الرئيس الروسي فلاديمير بوتين",
     "2025-05-06"),
    ("تصدّت الدفاعات الجوية السورية\nSyria pic.twitter.com/srrLRvi4lM\n— Ahmad El Hajj | أحمد الحاج (@AhmadElHajj007) "
     "November 17, 2023\nوقال مصدر عسكري سوري", None),
    # a title closed by its date in parentheses
    ("دیدار رئیس جمهور زیمبابوه و هیات همراه (1389/02/27)\n-----\nرهبر معظم انقلاب عصر امروز", "2010-05-17"),
    ("ملاقات سفیر فرانسه با معاون دوم رئیس جمهوری افغانستان (کابل، ۳۱ جولای ۲۰۱۸ / ۹ اسد ۱۳۹۷)\n\nقبل از ظهر روز سه "
     "شنبه سفیر فرانسه ملاقات کرد.", "2018-07-31"),
    ("", None),
]


@pytest.mark.parametrize(("text", "iso"), PUBLISHED)
def test_publication_date(text, iso):
    f = fold(text)
    got = publication_date(text, f, find_dates(text, f))
    assert (got.iso if got else None) == iso
    if got:
        assert text[got.start:got.end] == got.surface


@pytest.mark.parametrize(
    ("hint", "iso", "calendar"),
    [
        ("2024-05-02", "2024-05-02", "gregorian"),
        ("2024-05-02T10:31:00+03:30", "2024-05-02", "gregorian"),
        ("Thu, 02 May 2024 10:00:00 GMT", "2024-05-02", "gregorian"),
        ("2 May 2024", "2024-05-02", "gregorian"),
        ("۱۴۰۳/۰۲/۱۳", "2024-05-02", "jalali"),
        ("23 شوال 1445", "2024-05-02", "hijri"),
    ],
)
def test_publication_hint_wins(hint, iso, calendar):
    text = "تاریخ انتشار: ۲۱ مهر ۱۴۰۱\nمتن"
    f = fold(text)
    got = publication_date(text, f, find_dates(text, f), hint=hint)
    assert (got.iso, got.calendar, got.start, got.end, got.surface) == (iso, calendar, 0, 0, "")


@pytest.mark.parametrize("hint", ["", "unknown", "not a date 99"])
def test_publication_bad_hint_falls_back_to_the_text(hint):
    text = "تاریخ انتشار: ۲۱ مهر ۱۴۰۱\nمتن"
    f = fold(text)
    assert publication_date(text, f, find_dates(text, f), hint=hint).iso == "2022-10-13"


def test_publication_date_of_seeds():
    expected = {"000": "2026-06-05", "003": "2024-04-27"}
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        f = fold(text)
        got = publication_date(text, f, find_dates(text, f))
        assert (got.iso if got else None) == expected.get(path.name[:3]), path.name


@pytest.mark.skipif(not (DEVSET / "gold.jsonl").exists(), reason="shared devset not present")
def test_publication_date_over_the_devset():
    right = wrong = missed = 0
    for line in (DEVSET / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        text = (DEVSET / "articles" / f"{gold['id']}.txt").read_text(encoding="utf-8")
        f = fold(text)
        got = publication_date(text, f, find_dates(text, f))
        iso = got.iso if got else None
        right += iso == gold["published"]
        wrong += iso is not None and iso != gold["published"]
        missed += iso is None and gold["published"] is not None
    assert right >= 57 and wrong <= 0 and missed <= 0, (right, wrong, missed)


# --------------------------------------------------------------------------------------------- data and speed


def test_calendar_words_file():
    kinds = {"month", "weekday", "relative", "direction", "daypart", "yearword", "suffix", "block", "numword",
             "current", "publabel", "ordinal", "dayname", "count"}
    seen: dict[tuple[str, str], tuple[str, str]] = {}
    lines = [ln for ln in WORDS_FILE.read_text(encoding="utf-8").splitlines() if ln.strip() and ln[0] != "#"]
    assert lines[0].split("\t") == ["kind", "calendar", "value", "word", "flags"]
    for n, line in enumerate(lines[1:], 2):
        kind, calendar, value, word, flags = line.split("\t")
        assert kind in kinds, (n, line)
        if kind == "month":
            assert calendar in ("jalali", "gregorian", "hijri") and 1 <= int(value) <= 12, (n, line)
        if kind == "weekday":
            assert 0 <= int(value) <= 6, (n, line)
        if kind == "ordinal":
            assert not calendar and 1 <= int(value) <= 31, (n, line)
        if kind == "suffix":
            assert calendar in ("jalali", "gregorian", "hijri"), (n, line)
        assert set(filter(None, flags.split(","))) <= {"strict", "homograph", "relative"}, (n, line)
        key = (kind, "".join(word.split()))
        assert seen.setdefault(key, (calendar, value)) == (calendar, value), (n, line)


@pytest.mark.parametrize(("text", "date"), [
    # a page stamped with a month only places a day and month told without a year in that month's year
    (" date 2025-05 به گزارش ایرنا، عراقچی وزیر امور خارجه ایران امروز -دوشنبه 29 اردیبهشت- با وزیر خارجه عمان "
     "دیدار کرد.", "2025-05-19"),
    # but gives no day to "today"
    (" date 2025-05 به گزارش ایرنا، عراقچی وزیر امور خارجه ایران امروز با وزیر خارجه عمان دیدار کرد.", None),
])
def test_a_month_stamp_places_a_day_without_a_year(text, date):
    result = process_text(text, "fa")
    assert result.published is None
    assert [e.date for e in result.events] == [date]
