"""Mentions on real sentences: names, adjectives, clitics, capitals, epithets, homographs, officials."""

import pytest

from core.fold import fold
from core.gazetteer import inflections, load
from core.mentions import find_mentions


def found(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    return [(m.surface, m.kind, m.country) for m in find_mentions(fold(text), text, load(), lang)]


@pytest.mark.parametrize(
    ("lang", "text", "surface", "kind", "country"),
    [
        ("fa", "وزیر دفاع روسیه وارد تهران شد", "روسیه", "country", "RUS"),
        ("fa", "وزیر دفاع روسیه وارد تهران شد", "تهران", "city", "IRN"),
        ("fa", "دیدار با همتای ایرانی", "ایرانی", "country", "IRN"),
        ("fa", "سفیر کشورمان در مسکو", "کشورمان", "country", "IRN"),
        ("fa", "تجاوز رژیم صهیونیستی", "رژیم صهیونیستی", "country", "ISR"),
        ("fa", "آمادگی آمریکاییها برای مذاکره", "آمریکاییها", "country", "USA"),
        ("fa", "سرگئی لاوروف وزیر امور خارجه", "سرگئی لاوروف", "official", "RUS"),
        ("fa", "ارتشبد شایگو وزیر دفاع", "شایگو", "official", "RUS"),
        ("ar", "وزير الدفاع الروسي سيرجي شويجو", "الروسي", "country", "RUS"),
        ("ar", "مع نظيره الإيرانية", "الإيرانية", "country", "IRN"),
        ("ar", "العلاقات مع الصين والسعودية", "السعودية", "country", "SAU"),
        ("ar", "التقى الوزير في بكين", "بكين", "city", "CHN"),
        ("ar", "الكيان الصهيوني استهدف القنصلية", "الكيان الصهيوني", "country", "ISR"),
        ("ar", "على هامش قمة تجمع البريكس", "تجمع البريكس", "forum", None),
        ("fa", "در حاشیه اجلاس سازمان همکاری شانگهای", "سازمان همکاری شانگهای", "forum", None),
        # ZWNJ already lost in the text: "رئیس‌جمهور" written "رئیسجمهور"
        ("fa", "رئیسجمهور روسیه", "رئیسجمهور", "title", None),
        # a state's own institution or palace names it: the army of Algeria, Kuwait's Bayan palace
        ("ar", "رئيس أركان الجيش الوطني الشعبي الفريق أول", "الجيش الوطني الشعبي", "country", "DZA"),
        ("ar", "استقبل أمير البلاد في قصر بيان اليوم", "قصر بيان", "country", "KWT"),
        ("ar", "في ظل استمرار العدوان الصهيوني على غزة", "الصهيوني", "country", "ISR"),
        ("ar", "على هامش مؤتمر ميونيخ للأمن", "مؤتمر ميونيخ للأمن", "forum", None),
        ("ar", "ويعقد الاجتماع المقبل في العاصمة الأردنية عمان", "العاصمة الأردنية عمان", "city", "JOR"),
        ("ar", "واستقبل الرئيس سفير خادم الحرمين الشريفين", "خادم الحرمين الشريفين", "title", "SAU"),
        ("ar", "بحضور وفد تركي رفيع", "تركي", "country", "TUR"),
        ("fa", "رئیس جمهور امروز در مشهد گفت", "مشهد", "city", "IRN"),
        ("ar", "كما التقى مساعد رئيس الأركان الإيراني", "مساعد رئيس الأركان", "title", None),  # a deputy, not the chief
        ("ar", "التقت الوزيرة نظيرتها السودانية", "السودانية", "country", "SDN"),
        # a demonym after a title is the state's, though also a person's surname (Iraq's al-Sudani)
        ("ar", "توجه قائد الجيش السوداني إلى أسمرا", "السوداني", "country", "SDN"),
        ("ar", "سفراء معتمدين لدى جمهورية القمر المتحدة", "جمهورية القمر المتحدة", "country", "COM"),
        ("ar", "ووزير الخارجية اللوكسمبورجي", "اللوكسمبورجي", "country", "LUX"),
        # beside another state's adjective, an adjective that is also a surname is the state's
        ("ar", "شهدته العلاقات السودانية الصينية في ظل الشراكة", "السودانية", "country", "SDN"),
        # a state's adjective that is also a common word, right after a state's post ("المالي": Malian, financial)
        ("ar", "استقبل الرئيس وزير الشؤون الخارجية المالي", "المالي", "country", "MLI"),
        # an ambiguous state name listed right after a state's name is a state
        ("fa", "وزرای امور خارجه اردن و مالت", "مالت", "country", "MLT"),
        # "در" written on to a place's name: "درکره شمالی", "درتهران"
        ("fa", "فرستاده چینی درکره شمالی ملاقات کرد", "کره شمالی", "country", "PRK"),
        ("fa", "وی درتهران گفت", "تهران", "city", "IRN"),
        ("fa", "سرپرست این وزارت با سفیرجاپان مقیم کابل دیدار کرد", "جاپان", "country", "JPN"),  # "سفیر" written on
        # an ambiguous epithet after a title is the state's: the Taliban's governor
        ("fa", "با نوراحمد اسلامجار، والی طالبان در این ولایت", "طالبان", "country", "AFG"),
        ("fa", "سرکنسول جمهوری اسلامی ایران در هرات", "سرکنسول", "title", None),
        # "عمان" is Amman, not Oman, after "العاصمة", among capitals, or where only Jordan is named besides
        ("ar", "وصل الوزير إلى مقر الوزارة بالعاصمة عمان.", "عمان", "country", "JOR"),
        ("ar", "آلية التنسيق الثلاثي بين بغداد وعمان والقاهرة", "عمان", "country", "JOR"),
        ("ar", "مباحثات مصرية أردنية بعمان اليوم", "عمان", "country", "JOR"),
        ("ar", "زار الوزير الأردني مسقط ثم عمان", "عمان", "country", "OMN"),  # Muscat, then Oman
        ("ar", "زار وزير الخارجية سلطنة عمان والأردن", "سلطنة عمان", "country", "OMN"),
        ("fa", "ظریف وارد مسقط پایتخت عمان شد", "عمان", "country", "OMN"),  # Persian: the capital *of* Oman
        ("ar", "وصل الوفد إلى مدينة بخارى الأوزبكية", "بخارى", "city", "UZB"),  # a place with a place word
        ("ar", "خلال حضوره قمة بحرقزوين السادسة", "قمة بحرقزوين", "forum", None),  # "بحر قزوين" run together
        ("ar", "والإمارات والبحرين وعُمان ومصر والأردن", "عُمان", "country", "OMN"),  # listed with states: Oman
        ("ar", "في قمتي شرم الشيخ وتونس", "تونس", "country", "TUN"),  # "الشيخ" then "و": no sheikh's name
        ("ar", "رؤساء الجابون وتوجو وجزر السيشيل", "توجو", "country", "TGO"),  # Egyptian spellings
        ("ar", "رؤساء الجابون وتوجو", "الجابون", "country", "GAB"),
        ("fa", "وزیر خارجه در بیجینگ گفت", "بیجینگ", "city", "CHN"),  # Dari spelling of Beijing
        ("fa", "با رئیس جمهور قزقیزستان دیدار کرد", "قزقیزستان", "country", "KGZ"),
        ("ar", "سفير جمهورية بنغلادش الشعبية", "بنغلادش", "country", "BGD"),  # without the ي
        ("ar", "وسفيرة سلطنة بروناي دار السلام", "بروناي دار السلام", "country", "BRN"),  # not Dar es Salaam
        ("ar", "وسفير إمارة ليختن اشتاين", "ليختن اشتاين", "country", "LIE"),  # written in two words
        ("ar", "والسفير غير المقيم لجمهورية البيرو", "البيرو", "country", "PER"),  # with the article
        ("ar", "ورئيس الولايات المتحدة المكسيكية", "الولايات المتحدة المكسيكية", "country", "MEX"),  # not USA
        ("ar", "وسفير لبنان في كازخستان جورج ابو زيد", "كازخستان", "country", "KAZ"),  # without the ا
        ("ar", "التقى بالأمين العام لقوات السلطان المسلحة", "قوات السلطان المسلحة", "country", "OMN"),  # Oman's
        ("fa", "امامعلی رحمانف رییس جمهوری تاجیکستان با سفیر ترکمنستان دیدار کرد", "امامعلی رحمانف", "official",
         "TJK"),  # Rahmon's name before 2007
        ("fa", "کمیساریای عالی استرالیا با فرمانده نیروی دریایی پاکستان دیدار کرد", "کمیساریای عالی", "title",
         None),  # a Commonwealth state's high commissioner, its ambassador
        ("ar", "مع نظيره السينغالي السيد ماكي صال", "السينغالي", "country", "SEN"),  # the Maghreb's spelling
        ("ar", "وسفراء المكسيك والأورغواي والباراغواي", "الباراغواي", "country", "PRY"),  # with the article
        ("ar", "وسفراء المكسيك والأورغواي والباراغواي", "الأورغواي", "country", "URY"),
        ("ar", "استقبل سفير الباراجواي؛", "الباراجواي", "country", "PRY"),
        ("ar", "اتصال هاتفي من الرئيس اليوغندي يوري موسفيني", "اليوغندي", "country", "UGA"),  # Sudan's spelling
        ("fa", "پس از گفتوگو با همتای هندیش گفت", "هندیش", "country", "IND"),  # his Indian counterpart
        ("fa", "در کنفرانس امنیت بین المللی مسکو۲۰۱۶ در حاشیه", "کنفرانس امنیت بین المللی مسکو", "forum", "RUS"),
        # a year written on, and "بین المللی" with a space where the table writes a ZWNJ
        ("fa", "در سفر به مسکو۲۰۱۶ با", "مسکو", "city", "RUS"),
        ("fa", "در حاشیه اجلاس سران کشورهای عضو شانگهای در دوشنبه", "کشورهای عضو شانگهای", "forum", None),
        ("ar", "بمقر الوزارة كاتب الدولة الياباني للشؤون الخارجية", "كاتب الدولة", "title", None),  # Maghrebi
        ("fa", "با آقای سعود بن عبدالرحمان آل ثانی معاون نخست وزیر قطر", "سعود بن عبدالرحمان آل ثانی", "official",
         "QAT"),  # "عبدالرحمان", as Persian writes it
        ("fa", "با سرگئی ورشنین، معاون وزیر امور خارجه روسیه", "سرگئی ورشنین", "official", "RUS"),  # "ورشینین"
        ("fa", "محمد حنف اتمر وزیر خارجه افغانستان", "محمد حنف اتمر", "official", "AFG"),  # "حنیف" without its ی
        ("ar", "أجرى الرئيس الروسي فلاديمير بوتن محادثات", "فلاديمير بوتن", "official", "RUS"),  # "بوتين"
    ],
)
def test_mention_found(lang, text, surface, kind, country):
    assert (surface, kind, country) in found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        ("fa", "روز دوشنبه دیدار کرد", "دوشنبه"),  # Monday, not Dushanbe
        ("ar", "في غارة جوية نفذتها قوات فرقة الجليل", "رقة"),  # a division: no "ف" + Persian "رقه" (Raqqa)
        ("fa", "در آستانه سفر رئیس جمهور", "آستانه"),  # 'on the eve of', not Astana
        ("fa", "در آستانه دیدار دو وزیر", "آستانه"),  # 'on the eve of the meeting'
        ("fa", "کمک مالی به کشورهای منطقه", "مالی"),  # 'financial', not Mali
        ("fa", "رزمایش در شمال اقیانوس هند", "هند"),  # the Indian Ocean is not India
        ("ar", "وفق موقع قناة روسيا اليوم", "روسيا"),  # RT, not Russia
        ("ar", "قمة الدول العربية ودول أميركا الجنوبية", "أميركا"),  # South America, not the United States
        ("ar", "لتقارب جديد بين القادة العرب والاميركيين الجنوبيين", "الاميركيين"),  # South Americans
        ("ar", "أديس أبابا، 22 أبريل 2024 (والتا) ـ التقى الرئيس", "والتا"),  # Ethiopia's Walta agency, not Valletta
        ("ar", "وقال نائب رئيس مجلس النواب محمد الخليفة إن", "الخليفة"),  # a surname, not Bahrain's "آل خليفة"
        ("ar", "وعقد اللقاء في قصر الشعب ببكين", "قصر الشعب"),  # Beijing's Great Hall as well as Damascus' palace
        ("ar", "الممثل الخاص لسلطان عمان اسعد بن طارق آل سعيد", "سعيد"),  # a family name, not Tunisia's Saied
        ("ar", "وحضر اللقاء الأمير تركي بن فيصل", "تركي"),  # a prince's name, not Turkish
        ("ar", "وشارك في الاجتماع الشيخ تركي الفيصل", "تركي"),
        ("ar", "وحضر الدكتور عبدالرحمن بن تركي السبيعي وزير البلدية", "تركي"),  # son of Turki
        ("ar", "انعقدت القمة في مدينة قازان", "مدينة"),  # "city of", not Medina
        ("ar", "دعت تونس إلى قمة لدول المغرب العربي", "المغرب"),  # the Maghreb region, not Morocco
        ("ar", "وفي مشهد لافت صافح الرئيس نظيره", "مشهد"),  # a scene; Mashhad only in Persian without context
        ("ar", "التقى السفير السعودي وليد بخاري الرئيس اللبناني", "بخاري"),  # a surname, not Bukhara
        ("fa", "حروف اول نام انگلیسی کشورهای عضو", "انگلیسی"),  # the English name, not Britain
        ("ar", "انطلاق مناورات الأسد الافريقي في المغرب", "الأسد"),  # an exercise, not Syria's president
        ("ar", "في عهد الملك الباني", "الباني"),  # "the builder", not Albanian
        ("ar", "أوراق اعتماد الإيراني مهدي سبحاني والفلسطيني سمير الرفاعي", "سمير الرفاعي"),  # a Palestinian namesake
        ("ar", "ونشر البيان باللغة الإنجليزية", "الإنجليزية"),  # the language
        ("ar", "وقال المستشار المالي للرئيس إن", "المالي"),  # a financial adviser, not Mali's
        ("ar", "في عهد السلطنة العثمانية", "السلطنة"),  # the Ottoman sultanate, not Oman
        ("fa", "سرطان 10, 1399 17:54 Asia/Kabul", "Kabul"),  # a time zone, not a place
        ("ar", "خلال السنة المالية الهندية", "المالية"),  # the Indian fiscal year: two adjectives, no ties between
    ],
)
def test_homographs_need_context(lang, text, absent):
    assert all(absent not in surface or kind != "country" and kind != "city" for surface, kind, _ in found(text, lang))


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("ar", "والتقى المبعوث الإيراني محمدرضا رؤوف شيباني رئيس الوزراء اللبناني", "شيباني"),  # not Syria's FM
    ("ar", "وقال المتحدث باسم الخارجية المصرية تميم خلاف إن الوزير", "تميم"),  # not Qatar's emir
    ("ar", "غارات منذ مساء أمس الخميس على ريف دمشق في سوريا", "خميس"),  # Thursday, not Imad Khamis
])
def test_a_common_name_alone_is_no_official(lang, text, name):
    assert not [surface for surface, kind, _ in found(text, lang) if kind == "official" and name in surface]


@pytest.mark.parametrize("text", [
    "در حاشیه نشست وزرای دفاع سازمان همکاری شانگهای در آستانه، گفت",
    "نشست سران در آستانه برگزار شد",  # a predicate after the place
    "وزیر خارجه امروز در آستانه با همتای قزاق دیدار کرد",
])
def test_astana_as_a_place_is_kept(text):
    assert ("آستانه", "city", "KAZ") in found(text, "fa")


@pytest.mark.parametrize(("lang", "text", "surface", "country"), [
    ("ar", "والتقى الرئيس الأسد ملك البحرين", "الأسد", "SYR"),  # after a title: the person, not "the lion"
    ("fa", "رئیس جمهور روحانی گفت", "روحانی", "IRN"),
])
def test_ambiguous_name_after_a_title_is_the_person(lang, text, surface, country):
    assert (surface, "official", country) in found(text, lang)


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("ar", "زأر الأسد في الغابة", "الأسد"),  # no title: the lion
    ("ar", "استقبل الملك عبدالله الرئيس", "الملك عبدالله"),  # Saudi or Jordanian: the title alone cannot tell
])
def test_ambiguous_name_without_a_telling_title_is_left(lang, text, surface):
    assert all(not (s == surface and kind == "official") for s, kind, _ in found(text, lang))


def test_inflections():
    assert "الروسیه" in inflections("روسي", "ar", "adjective")
    assert "ایرانیها" in inflections("ایرانی", "fa", "adjective")


def test_gazetteer_loads_once_and_resolves_roles_by_date():
    gaz = load()
    assert gaz is load()
    assert gaz.role_of("sergei_shoigu", "2022-10-21") == "defence_minister"
    assert gaz.role_of("sergei_shoigu", "2025-01-01") != "defence_minister"
    assert gaz.country_names["IRN"] == "Iran"


def test_empty_text_gives_no_mentions():
    assert found("", "fa") == []


def test_every_alias_names_something():
    """An alias key with no entry would crash matching on any text containing that word."""
    from core.gazetteer import load

    assert [k for k, v in load().entries.items() if not v] == []


def test_a_persian_word_like_an_arabic_lam_form_does_not_crash():
    from core.pipeline import process_text

    assert process_text("سفر به لبانی انجام شد.", "fa").events == ()


@pytest.mark.parametrize(("lang", "text", "titles"), [
    ("fa", "از محورهای عمده مذاکره میان روسای جمهوری آذربایجان و روسیه بود", []),  # "main", not the Arabic "mayor"
    ("ar", "التقى عمدة لندن صادق خان", ["عمدة"]),  # the same word in Arabic is a mayor
])
def test_a_one_word_title_of_the_other_language(lang, text, titles):
    assert [surface for surface, kind, _ in found(text, lang) if kind == "title"] == titles


def test_a_fathers_name_inside_a_longer_name_is_no_official():
    """"الأمير عبدالعزيز بن عبدالله بن عبدالعزيز": "عبدالله بن عبدالعزيز" after "بن" is his father, not King
    Abdullah; the son is still of his house's state."""
    text = "استقبل نائب وزير الخارجية الأمير عبدالعزيز بن عبدالله بن عبدالعزيز نظيره الصيني"
    people = [m for m in find_mentions(fold(text), text, load(), "ar") if m.kind == "official"]
    assert [(m.entity.startswith("learned:"), m.country) for m in people] == [(True, "SAU")]


def test_a_fathers_name_yields_to_the_name_begun_before_it():
    """"الشيخ تميم بن حمد بن خليفة آل ثاني": the longer alias "حمد بن خليفة آل ثاني" (his father) starts after
    "بن", so the known name begun before it, the emir's, is the one kept."""
    text = "استقبل أمير قطر الشيخ تميم بن حمد بن خليفة آل ثاني وزير الخارجية الصيني"
    people = [m for m in find_mentions(fold(text), text, load(), "ar") if m.kind == "official"]
    assert [m.entity for m in people] == ["tamim_bin_hamad"]


def test_a_peoples_adjective_after_a_noun_is_no_surname():
    """"تطورات الملف السوداني" (the Sudanese file) names no al-Sudani, even in a text that names Iraq."""
    text = "دعت جمهورية العراق إلى الدورة، والتقى الوزير نظيره للتباحث حول تطورات الملف السوداني."
    assert [m for m in find_mentions(fold(text), text, load(), "ar") if m.kind == "official"] == []
