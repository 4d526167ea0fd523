"""Event assembly on real sentences: who met, bilateral or multilateral, what is not a meeting."""

import pytest

from core.pipeline import process_text


def events(text: str, lang: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    return sorted((e.kind, e.countries, e.forum) for e in process_text(text, lang).events)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a phone call between two ministers
        ("fa", "وزیر امور خارجه جمهوری اسلامی ایران و وزیر امور خارجه فدراسیون روسیه در تماسی تلفنی درباره "
               "روابط دوجانبه گفت وگو و تبادل نظر کردند.",
         [("bilateral", ("IRN", "RUS"), None)]),
        ("ar", "بحث وزير الدفاع الروسي، سيرجي شويجو، هاتفيًّا، مع نظيره الأمريكي، لويد أوستن، اليوم الجمعة "
               "21 أكتوبر 2022، القضايا المتعلقة بالأمن الدولي، بما في ذلك تطورات الوضع في أوكرانيا.",
         [("bilateral", ("RUS", "USA"), None)]),
        # a counterpart named only by an adjective
        ("fa", "وزیر دفاع روسیه در دیدار با همتای ایرانی خود، آمادگی مسکو برای گسترش همکاریهای نظامی با ایران را "
               "اعلام کرد.",
         [("bilateral", ("IRN", "RUS"), None)]),
        # one subject, three partners in several meetings: three bilateral events
        ("fa", "سرگئی شویگو وزیر دفاع روسیه طی چندین نشست با وزرای دفاع سوریه، ایران و ترکیه در مسکو درباره "
               "موضوعات امنیت جهان و منطقه گفت وگو و تبادل نظر کرده است.",
         [("bilateral", ("IRN", "RUS"), None), ("bilateral", ("RUS", "SYR"), None),
          ("bilateral", ("RUS", "TUR"), None)]),
        # a trilateral summit is one multilateral event; Syria is its topic, not a participant
        ("fa", "نشست سه جانبه روسای جمهور ایران، روسیه و ترکیه با هدف بررسی تحولات سوریه، عصر پنج شنبه به وقت "
               "محلی در شهر سوچی روسیه آغاز شد.",
         [("multilateral", ("IRN", "RUS", "TUR"), None)]),
        # the place of a meeting is not a participant
        ("ar", "التقى وزير الخارجية الصيني وانغ يي بنظيره الإيراني محمد جواد ظريف في فيينا.",
         [("bilateral", ("CHN", "IRN"), None)]),
        # plans, cancellations and history are not events
        ("fa", "رئیس جمهور همچنین در جریان حضور در پکن، با همتای چینی خود نیز دیدار خواهد داشت.", []),
        ("fa", "سفر برنامهریزیشده وزیر خارجه آلمان به پکن در آخرین لحظه لغو شد و دیداری با همتای چینی انجام نشد.",
         []),
        ("fa", "روسای جمهور فرانسه و آمریکا آخرین بار در حاشیه نشست ماه ژوئیه ناتو در بروکسل با یکدیگر دیدار کردند.",
         []),
        ("ar", "أعلنت الولايات المتحدة، اليوم الخميس، فرض حزمة عقوبات جديدة ضد إيران.", []),
        # a naval exercise is not a meeting
        ("fa", "رزمایش مشترک دریایی ایران و روسیه و چین در سالهای گذشته بهطور مستمر برگزار شده است.", []),
        ("", "", []),
        # a "with" that ends the sentence (text cut off mid-sentence) has no partner and must not break it
        ("fa", "وزیر خارجه ایران امروز در تهران دیدار کرد با", []),
        ("ar", "التقى وزير الخارجية الإيراني اليوم في طهران مع", []),
    ],
)
def test_events_table(lang, text, expected):
    assert [(k, c) for k, c, _ in events(text, lang or "fa")] == [(k, c) for k, c, _ in expected]


def test_every_evidence_span_is_a_sentence_of_the_text():
    text = ("سرگئی لاوروف وزیر امور خارجه روسیه با عباس عراقچی همتای ایرانی خود در مسکو دیدار کرد. "
            "دو طرف درباره روابط دوجانبه گفتوگو کردند.")
    result = process_text(text, "fa")
    assert result.events
    for event in result.events:
        for start, end in event.evidence:
            assert 0 <= start < end <= len(text)
            assert "لاوروف" in text[start:end] or "گفتوگو" in text[start:end]


@pytest.mark.parametrize(("text", "country", "counted"), [
    # Tedros heads the WHO since 2017: no Ethiopia then; as Ethiopia's foreign minister (2012-2016) he is
    ("خبر\nجنيف، 27 نيسان 2024 - التقى الرئيس المصري اليوم تيدروس أدهانوم المدير العام لمنظمة الصحة العالمية.",
     "ETH", False),
    ("خبر\nأديس أبابا، 10 آذار 2014 - التقى وزير الخارجية المصري اليوم نظيره تيدروس أدهانوم.", "ETH", True),
])
def test_an_organisation_head_names_no_country(text, country, counted):
    assert (country in process_text(text, "ar").countries) is counted


@pytest.mark.parametrize(("lang", "text", "location", "city"), [
    # the meeting's country from one sentence, a city of another state from the next: no city of another country
    ("fa", "سفیر ایران در ترکمنستان با معاون وزیر خارجه ترکمنستان دیدار کرد. در این دیدار که در وزارت خارجه "
           "ترکمنستان برگزار شد، دو طرف درباره سفر رئیس جمهور به تهران گفتگو کردند.", "TKM", None),
    ("ar", "اجتمع وزير الخارجية المصري مع نظيره التونسي في تونس. وبحث الجانبان خلال اللقاء الذي عقد في مقر الوزارة "
           "بدمشق العلاقات الثنائية.", "TUN", None),
    ("fa", "وزیر خارجه ایران در آنکارا با همتای ترکیه ای خود دیدار کرد.", "TUR", "Ankara"),
])
def test_an_event_city_lies_in_its_country(lang, text, location, city):
    [event] = process_text(text, lang).events
    assert (event.location, event.city) == (location, city)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    ("fa", "امیرخان متقی سرپرست وزارت خارجه با روسلان ادل گریف، مشاور آقای پوتین در کابل دیدار کرد.", "Vladimir Putin"),
    ("fa", "عباس عراقچی با نماینده ویژه ولادیمیر پوتین در تهران دیدار کرد.", "Vladimir Putin"),
])
def test_whom_a_servant_serves_is_no_participant(lang, text, absent):
    """An adviser's or envoy's principal ("مشاور آقای پوتین", a style of address between) did not meet anyone."""
    events = process_text(text, lang).events
    assert events and all(p.name_en != absent for e in events for p in e.participants)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a forum's own talks told as ended in a city, no side named: the forum met there
        ("بیستمین مذاکرات صلح آستانه درباره سوریه امروز در شهر آستانه قزاقستان پایان یافت.",
         [("multilateral", "ASTANA_FORMAT", "KAZ")]),
        # a named gathering off the list (the Organization of Turkic States) is OTHER
        ("نشست سران سازمان کشورهای ترک‌زبان امروز در شهر سمرقند آغاز شد.", [("multilateral", "OTHER", "UZB")]),
        # the same talks with a year ("since January 2017"): the forum's history
        ("مذاکرات آستانه از ژانویه 2017 با هدف برقراری صلح در شهر آستانه قزاقستان آغاز شده است.", []),
    ],
)
def test_a_forums_own_talks_held_in_a_city(text, expected):
    assert [(e.kind, e.forum, e.location) for e in process_text(text, "fa").events] == expected


def test_his_earlier_meetings_are_the_subjects_own():
    """"بعد لقائه بـ A، وB …، أجرى X محادثات مع C": X met A, B and C, each on his own; A never met B or C."""
    text = ("بعد لقائه بالرئيس الأرجنتيني ماوريسيو ماكري، ورئيس الوزراء الإيطالي جوزيبي كونتي على هامش قمة العشرين في "
            "بوينس آيرس، أجرى ولي العهد الأمير محمد بن سلمان محادثات مع الرئيس الروسي فلاديمير بوتين.")
    pairs = {c for kind, c, _ in events(text, "ar") if kind == "bilateral"}
    assert pairs == {("ARG", "SAU"), ("ITA", "SAU"), ("RUS", "SAU")}


def test_the_d8_organisation_is_no_eco():
    """"سازمان همکاری اقتصادی هشت کشور در حال توسعه" is the D-8 (forum OTHER), not the ECO its first words name."""
    text = ("وزرای امور خارجه سازمان همکاری اقتصادی هشت کشور در حال توسعه با رجب طیب اردوغان رئیس‌جمهور ترکیه در "
            "پایان نشست فوق العاده شورای وزیران این سازمان در استانبول دیدار کردند. علی باقری سرپرست وزارت امور خارجه "
            "ایران در این نشست شرکت کرد.")
    assert {forum for _, _, forum in events(text, "fa")} == {"OTHER"}
