"""A challenge set written apart from the dev set: short news-style texts in the register of Persian and Arabic
agencies, one per hard class of /work/shared/devset/GUIDE.md, with wording the dev set does not use.

Each case lists its expected events as (kind, countries, date, location, forum); kind and sorted countries must
match exactly, and date, location and forum are checked where the case states them (None: not checked).
"""

import pytest

from core.pipeline import process_text

FA_PUB = "گزارش خبری\n۲۰ مهر ۱۴۰۳ - ۱۰:۳۰\n"  # published 2024-10-11
AR_PUB = "خبر\nدمشق، 27 نيسان 2024 (سانا) - "  # published 2024-04-27
NONE = "none"  # an expected field that must be empty


def case(case_id: str, lang: str, text: str, *expected: tuple, xfail: str | None = None):
    """One table row; ``xfail`` names a known gap."""
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(lang, text, list(expected), id=case_id, marks=marks)


def bi(a: str, b: str, date: str | None = None, location: str | None = None, forum: str | None = None) -> tuple:
    return ("bilateral", tuple(sorted((a, b))), date, location, forum)


def multi(countries: str, date: str | None = None, location: str | None = None, forum: str | None = None) -> tuple:
    return ("multilateral", tuple(sorted(countries.split())), date, location, forum)


CASES = [
    # --- separate sideline meetings listed in one sentence: one bilateral each, plus the summit
    case("fa-sideline-list", "fa",
         "به گزارش ایرنا، عباس عراقچی وزیر امور خارجه کشورمان در حاشیه اجلاس وزرای خارجه سازمان همکاری شانگهای "
         "در آستانه با همتایان روسی، چینی و پاکستانی خود دیدار و گفت‌وگو کرد.",
         bi("IRN", "RUS", forum="SCO"), bi("IRN", "CHN", forum="SCO"), bi("IRN", "PAK", forum="SCO"),
         multi("IRN RUS CHN PAK", forum="SCO")),
    case("ar-sideline-list", "ar",
         "وعلى هامش قمة منظمة شنغهاي للتعاون في أستانا، التقى الرئيس الروسي فلاديمير بوتين كلا من الرئيس الصيني "
         "شي جين بينغ ورئيس الوزراء الباكستاني شهباز شريف والرئيس التركي رجب طيب أردوغان.",
         bi("RUS", "CHN", forum="SCO"), bi("RUS", "PAK", forum="SCO"), bi("RUS", "TUR", forum="SCO"),
         multi("RUS CHN PAK TUR", location="KAZ", forum="SCO")),
    case("fa-sideline-unga", "fa",
         "مسعود پزشکیان رئیس جمهور کشورمان در حاشیه مجمع عمومی سازمان ملل متحد در نیویورک به‌طور جداگانه با "
         "نخست وزیر عراق و رئیس جمهور فرانسه دیدار کرد.",
         bi("IRN", "IRQ", forum="UNGA"), bi("IRN", "FRA", forum="UNGA"), multi("IRN IRQ FRA", forum="UNGA")),
    case("ar-sideline-during", "ar",
         "وخلال مشاركته في أعمال الجمعية العامة للأمم المتحدة في نيويورك، التقى الرئيس العراقي عبد اللطيف رشيد "
         "نظيره الفرنسي إيمانويل ماكرون.",
         bi("IRQ", "FRA", location="USA", forum="UNGA"), multi("IRQ FRA", forum="UNGA")),
    case("fa-sideline-brics-two", "fa",
         "ولادیمیر پوتین در حاشیه نشست سران بریکس در کازان با رجب طیب اردوغان و مسعود پزشکیان دیدار کرد.",
         bi("RUS", "TUR", forum="BRICS"), bi("RUS", "IRN", forum="BRICS"),
         multi("RUS TUR IRN", location="RUS", forum="BRICS")),
    case("ar-sideline-brics-separately", "ar",
         "وعقد الرئيس الصيني شي جين بينغ على هامش قمة بريكس في جوهانسبرغ لقاءات ثنائية منفصلة مع رئيس الوزراء "
         "الهندي ناريندرا مودي والرئيس الإيراني إبراهيم رئيسي.",
         bi("CHN", "IND", forum="BRICS"), bi("CHN", "IRN", forum="BRICS"),
         multi("CHN IND IRN", location="ZAF", forum="BRICS")),

    # --- countries that are only the topic or the venue
    case("fa-topic", "fa",
         "وزیران امور خارجه ایران و عمان در مسقط درباره تحولات یمن و غزه گفت‌وگو کردند.",
         bi("IRN", "OMN", location="OMN")),
    case("fa-venue", "fa",
         "مسعود پزشکیان رئیس جمهور کشورمان در نیویورک با امانوئل مکرون رئیس جمهور فرانسه دیدار کرد.",
         bi("IRN", "FRA", location="USA")),
    case("ar-topic-sudan", "ar",
         "بحث وزير الخارجية المصري بدر عبد العاطي مع نظيره الصيني وانغ يي في بكين العلاقات الثنائية "
         "والأزمة في السودان.",
         bi("EGY", "CHN", location="CHN")),
    case("ar-topic-lebanon", "ar",
         "التقى وزير الخارجية القطري بنظيره الأمريكي في واشنطن وبحثا الوضع في لبنان وسوريا.",
         bi("QAT", "USA", location="USA")),
    case("fa-topic-ukraine", "fa",
         "وزیر امور خارجه چین و همتای برزیلی او در پکن پیرامون راه‌های پایان دادن به جنگ اوکراین رایزنی کردند.",
         bi("CHN", "BRA", location="CHN")),
    case("ar-venue-third", "ar",
         "التقى وزير الخارجية الأردني أيمن الصفدي بنظيره التركي هاكان فيدان في العاصمة القطرية الدوحة.",
         bi("JOR", "TUR", location="QAT")),

    # --- officials named without their country
    case("fa-names-only-call", "fa",
         "سید عباس عراقچی در تماس تلفنی با هاکان فیدان درباره آخرین تحولات منطقه رایزنی کرد.",
         bi("IRN", "TUR")),
    case("ar-names-only", "ar",
         "التقى لافروف بعراقجي في موسكو، وبحث الجانبان سبل تعزيز التعاون.",
         bi("RUS", "IRN", location="RUS")),
    case("fa-names-only-talks", "fa",
         "لاوروف و وانگ یی در وینتیان به گفت‌وگو نشستند.",
         bi("RUS", "CHN", location="LAO")),
    case("ar-names-reception", "ar",
         "استقبل بشار الأسد في دمشق بدر البوسعيدي والوفد المرافق له.",
         bi("SYR", "OMN", location="SYR")),
    case("fa-ambassador", "fa",
         "امیر سرتیپ عزیز نصیرزاده با سفیر چین در تهران دیدار و گفت‌وگو کرد.",
         bi("IRN", "CHN", location="IRN")),

    # --- counterparts by adjective, capitals for states
    case("fa-counterpart-adj", "fa",
         "وزیر دفاع کشورمان با همتای بلاروسی خود در مینسک دیدار و گفت‌وگو کرد.",
         bi("IRN", "BLR", location="BLR")),
    case("ar-counterpart-adj-call", "ar",
         "أجرى وزير الخارجية السعودي الأمير فيصل بن فرحان اتصالا هاتفيا بنظيره الإيراني عباس عراقجي، بحثا خلاله "
         "تطورات الأوضاع في المنطقة.",
         bi("SAU", "IRN")),
    case("ar-receives-call", "ar",
         "تلقى الرئيس العراقي عبد اللطيف رشيد اتصالاً هاتفياً من نظيره الإيراني مسعود بزشكيان.",
         bi("IRQ", "IRN")),
    case("fa-call-presidents", "fa",
         "ولادیمیر پوتین و رجب طیب اردوغان در گفت‌وگوی تلفنی درباره تحولات سوریه تبادل نظر کردند.",
         bi("RUS", "TUR")),
    case("ar-delegation-head", "ar",
         "ترأس نائب وزير الخارجية الروسي ميخائيل بوغدانوف وفد بلاده في المشاورات مع الجانب التركي في أنقرة.",
         bi("RUS", "TUR", location="TUR")),
    case("fa-reception", "fa",
         "نخست وزیر عراق در بغداد از وزیر امور خارجه ترکیه استقبال کرد و دو طرف درباره روابط دوجانبه گفت‌وگو کردند.",
         bi("IRQ", "TUR", location="IRQ")),
    case("fa-capitals", "fa",
         "مقام‌های ارشد تهران و ریاض در پکن به گفت‌وگو نشستند.",
         bi("IRN", "SAU", location="CHN")),
    case("ar-capitals", "ar",
         "وأجرى مسؤولون من طهران والرياض جولة جديدة من المحادثات في بغداد.",
         bi("IRN", "SAU", location="IRQ")),
    case("fa-deputies", "fa",
         "معاونان وزرای خارجه ایران و عربستان در پکن رایزنی کردند.",
         bi("IRN", "SAU", location="CHN")),
    case("ar-talks-held", "ar",
         "وعقد وزير الخارجية الجزائري أحمد عطاف مباحثات مع نظيره الإيطالي في روما.",
         bi("DZA", "ITA", location="ITA")),

    # --- one summit told several times is one event; ad-hoc multilateral meetings
    case("fa-summit-twice", "fa",
         "اجلاس سران بریکس با حضور رهبران روسیه، چین، هند و برزیل در کازان آغاز شد. در این اجلاس سران درباره "
         "گسترش همکاری‌های اقتصادی گفت‌وگو کردند. اجلاس سران بریکس فردا به کار خود پایان می‌دهد.",
         multi("RUS CHN IND BRA", location="RUS", forum="BRICS")),
    case("ar-summit-twice", "ar",
         "انطلقت في المنامة أعمال القمة العربية بمشاركة الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك "
         "عبد الله الثاني. وأكد القادة في البيان الختامي للقمة دعمهم للقضية الفلسطينية.",
         multi("EGY JOR", location="BHR", forum="ARAB_LEAGUE")),
    case("fa-trilateral", "fa",
         "نشست سه‌جانبه وزیران خارجه ایران، روسیه و ترکیه در دوحه برگزار شد.",
         multi("IRN RUS TUR", location="QAT")),
    case("fa-astana", "fa",
         "بیست و دومین نشست آستانه درباره سوریه با حضور هیئت‌های ایران، روسیه و ترکیه در آستانه برگزار شد.",
         multi("IRN RUS TUR", forum="ASTANA_FORMAT")),
    case("fa-astana-venue", "fa",
         "بیست و دومین نشست آستانه درباره سوریه با حضور هیئت‌های ایران، روسیه و ترکیه در آستانه برگزار شد.",
         multi("IRN RUS TUR", location="KAZ", forum="ASTANA_FORMAT")),
    case("fa-on-the-eve-of-is-no-city", "fa",
         "وزیر خارجه ایران در آستانه سفر به مسکو با همتای عمانی خود تلفنی گفت‌وگو کرد.",
         bi("IRN", "OMN", location=NONE)),
    case("ar-adhoc-ministers", "ar",
         "عقد وزراء خارجية مصر والأردن والسعودية وقطر اجتماعا في القاهرة لبحث الأوضاع في غزة.",
         multi("EGY JOR SAU QAT", location="EGY")),
    case("ar-gcc", "ar",
         "وانطلقت في الدوحة أعمال الاجتماع الوزاري لمجلس التعاون الخليجي بمشاركة وزراء خارجية السعودية والإمارات "
         "والكويت.",
         multi("SAU ARE KWT", location="QAT", forum="GCC")),
    case("ar-quartet-syria", "ar",
         "عقدت في موسكو جولة جديدة من المشاورات الرباعية بشأن سوريا بمشاركة نواب وزراء خارجية روسيا وإيران وتركيا "
         "وسوريا.",
         multi("RUS IRN TUR SYR", location="RUS")),

    # --- month-name dates
    case("fa-jalali-date", "fa",
         "وزیر دفاع ایران روز ۱۵ خرداد ۱۴۰۳ با همتای عراقی خود در بغداد دیدار کرد.",
         bi("IRN", "IRQ", date="2024-06-04", location="IRQ")),
    case("fa-gregorian-persian-month", "fa",
         "سرگئی لاوروف و وانگ یی روز ۲۵ ژوئیه ۲۰۲۴ در حاشیه نشست آسه‌آن به گفت‌وگو نشستند.",
         bi("RUS", "CHN", date="2024-07-25", forum="ASEAN"), multi("RUS CHN", forum="ASEAN")),
    case("ar-gregorian-levantine-month", "ar",
         "التقى وزير الخارجية الأردني أيمن الصفدي نظيره التركي هاكان فيدان في أنقرة يوم 27 نيسان 2024.",
         bi("JOR", "TUR", date="2024-04-27", location="TUR")),
    case("ar-hijri", "ar",
         "وعقد وزير الخارجية السعودي مباحثات مع نظيره الباكستاني في الرياض يوم 5 شوال 1445 هـ.",
         bi("SAU", "PAK", date="2024-04-14", location="SAU")),
    case("ar-slash-month", "ar",
         "واستقبل الرئيس عبد الفتاح السيسي في القاهرة يوم 15 أيار/مايو 2024 رئيس الوزراء العراقي محمد شياع السوداني.",
         bi("EGY", "IRQ", date="2024-05-15", location="EGY")),

    # --- relative dates against a stated publication date
    case("fa-yesterday", "fa",
         FA_PUB + "وزیر امور خارجه کشورمان دیروز در ریاض با فیصل بن فرحان دیدار کرد.",
         bi("IRN", "SAU", date="2024-10-10", location="SAU")),
    case("fa-last-day", "fa",
         FA_PUB + "عباس عراقچی روز گذشته با همتای قطری خود در دوحه گفت‌وگو کرد.",
         bi("IRN", "QAT", date="2024-10-10", location="QAT")),
    case("fa-today", "fa",
         FA_PUB + "رئیس جمهور کشورمان امروز در تهران میزبان نخست وزیر ارمنستان بود و دو طرف گفت‌وگو کردند.",
         bi("IRN", "ARM", date="2024-10-11", location="IRN")),
    case("ar-yesterday", "ar",
         AR_PUB + "التقى وزير الخارجية والمغتربين فيصل المقداد أمس في دمشق نائب وزير الخارجية الروسي ميخائيل بوغدانوف.",
         bi("SYR", "RUS", date="2024-04-26", location="SYR")),
    case("ar-weekday", "ar",
         AR_PUB + "وكان الرئيس بشار الأسد قد استقبل يوم الخميس وزير الخارجية الإيراني حسين أمير عبد اللهيان.",
         bi("SYR", "IRN", date="2024-04-25")),

    # --- plans, negation and history recalled in passing: no event
    case("fa-future-planned", "fa",
         "قرار است وزیر امور خارجه روسیه هفته آینده به تهران سفر کند و با همتای ایرانی خود دیدار کند."),
    case("fa-future-will", "fa",
         "وزیر خارجه چین فردا با همتای روسی خود در مسکو دیدار خواهد کرد."),
    case("fa-negated", "fa",
         "وزیر خارجه آمریکا در سفر به منطقه با هیچ مقام ایرانی دیدار نکرد."),
    case("fa-history", "fa",
         "عراقچی یادآور شد که سال گذشته در مسکو با لاوروف دیدار کرده بود."),
    case("ar-future-will-visit", "ar",
         "ومن المقرر أن يزور وزير الخارجية الروسي سيرغي لافروف طهران الأسبوع المقبل لإجراء محادثات مع نظيره الإيراني."),
    case("ar-future-scheduled", "ar",
         "ومن المقرر أن يلتقي الرئيس أردوغان نظيره الروسي في سوتشي."),
    case("ar-negated", "ar",
         "ولم يلتق الرئيس الأمريكي بنظيره الصيني في هذه الزيارة."),
    case("ar-history", "ar",
         "وكان الرئيس الصيني قد التقى نظيره الأمريكي آخر مرة في سان فرانسيسكو."),

    # --- a second batch, written after the first fixes
    case("fa-neighbour-adj", "fa",
         "رئیس‌جمهور ایران و همتای ترکمنستانی‌اش در عشق‌آباد با یکدیگر دیدار و گفت‌وگو کردند.",
         bi("IRN", "TKM", location="TKM")),
    case("fa-their-counterparts-adj", "fa",
         "وزرای خارجه ایران و ترکیه امروز با همتای روسی‌شان در مسکو دیدار کردند.",
         bi("IRN", "RUS", location="RUS"), bi("TUR", "RUS", location="RUS")),
    case("fa-weekday", "fa",
         FA_PUB + "عراقچی روز دوشنبه در دیدار با بدر البوسعیدی وزیر خارجه عمان در مسقط درباره غزه گفت‌وگو کرد.",
         bi("IRN", "OMN", date="2024-10-07", location="OMN")),
    case("fa-travelled-to", "fa",
         "وزیر امور خارجه ایران که به بیروت سفر کرده است، با نجیب میقاتی نخست وزیر لبنان دیدار کرد.",
         bi("IRN", "LBN")),
    case("fa-headline", "fa",
         "دیدار عراقچی و لاوروف در مسکو",
         bi("IRN", "RUS", location="RUS")),
    case("fa-call-modi", "fa",
         "پوتین در گفت‌وگوی تلفنی با نارندرا مودی نخست وزیر هند درباره روابط دو کشور رایزنی کرد.",
         bi("RUS", "IND")),
    case("fa-future-goes", "fa",
         "وزیر خارجه ایران هفته آینده به پکن می‌رود تا با همتای چینی خود دیدار کند."),
    case("fa-negated-took-place", "fa",
         "به گفته این مقام، هیچ دیداری میان مقام‌های ایران و آمریکا در عمان صورت نگرفت."),
    case("fa-oic-sideline", "fa",
         "وزیران خارجه ایران و مصر در حاشیه نشست فوق‌العاده سازمان همکاری اسلامی در جده گفت‌وگو کردند.",
         bi("IRN", "EGY", location="SAU", forum="OIC"), multi("IRN EGY", location="SAU", forum="OIC")),
    case("fa-ambassador-met", "fa",
         "سفیر روسیه در تهران با معاون وزیر خارجه ایران ملاقات کرد.",
         bi("IRN", "RUS")),
    case("fa-jalali-weekday", "fa",
         "وزیر دفاع روسیه روز یکشنبه ۸ بهمن ۱۴۰۲ با همتای ایرانی خود در تهران دیدار کرد.",
         bi("IRN", "RUS", date="2024-01-28", location="IRN")),
    case("fa-csto", "fa",
         "نشست وزیران دفاع سازمان پیمان امنیت جمعی با حضور وزرای دفاع روسیه، بلاروس و قزاقستان در مینسک برگزار شد.",
         multi("RUS BLR KAZ", location="BLR", forum="CSTO")),
    case("fa-phone-consult", "fa",
         "وزیران خارجه ایران و عربستان در رایزنی تلفنی آخرین تحولات لبنان را بررسی کردند.",
         bi("IRN", "SAU")),
    case("ar-crown-prince", "ar",
         "استقبل ولي العهد السعودي الأمير محمد بن سلمان في جدة الرئيس الأوكراني فولوديمير زيلينسكي.",
         bi("SAU", "UKR", location="SAU")),
    case("ar-call-emir", "ar",
         "أجرى الرئيس التركي رجب طيب أردوغان اتصالا هاتفيا مع أمير قطر الشيخ تميم بن حمد آل ثاني.",
         bi("TUR", "QAT")),
    case("ar-discussed-with", "ar",
         "بحث الرئيس بشار الأسد مع وزير الخارجية الإيراني عباس عراقجي في دمشق آخر التطورات في لبنان.",
         bi("SYR", "IRN", location="SYR")),
    case("ar-ambassador", "ar",
         "التقى السفير الروسي في دمشق ألكسندر يفيموف بوزير الخارجية السوري.",
         bi("RUS", "SYR", location="SYR")),
    case("ar-the-two-presidents", "ar",
         "عقد الرئيسان الروسي والصيني محادثات في بكين تناولت التعاون الاقتصادي.",
         bi("RUS", "CHN", location="CHN")),
    case("ar-no-meeting-held", "ar",
         "ولم يعقد أي لقاء بين الوزيرين الإيراني والأمريكي في مسقط."),
    case("ar-tomorrow", "ar",
         "يلتقي وزير الخارجية المصري غدا نظيره السعودي في الرياض."),
    case("ar-visit-will-meet", "ar",
         "وصل وزير الخارجية الإيراني إلى بيروت في زيارة يلتقي خلالها كبار المسؤولين اللبنانيين."),
    case("ar-arab-islamic", "ar",
         "اختتمت في الرياض أعمال القمة العربية الإسلامية المشتركة غير العادية بمشاركة الرئيس التركي رجب طيب أردوغان "
         "والرئيس الإيراني مسعود بزشكيان.",
         multi("TUR IRN", location="SAU", forum="OIC")),
    case("ar-previously-met", "ar",
         "وسبق أن التقى الوزيران الإيراني والسعودي في نيويورك."),
    case("ar-hijri-weekday", "ar",
         "وبحث وزير الدفاع السعودي الأمير خالد بن سلمان مع نظيره الأمريكي لويد أوستن هاتفيا يوم الأحد 12 ربيع الأول "
         "1446 هـ التعاون الدفاعي.",
         bi("SAU", "USA", date="2024-09-15")),
    case("ar-day-before-yesterday", "ar",
         AR_PUB + "التقى الرئيس بشار الأسد أول أمس وزير الخارجية العماني بدر البوسعيدي.",
         bi("SYR", "OMN", date="2024-04-25")),

    case("ar-after-his-meeting-with", "ar",
         "وبعد لقائه بنظيره المصري عبد الفتاح السيسي، التقى الرئيس الفرنسي إيمانويل ماكرون العاهل الأردني الملك "
         "عبد الله الثاني وأمير قطر الشيخ تميم بن حمد.",
         bi("FRA", "EGY"), bi("FRA", "JOR"), bi("FRA", "QAT")),

    # --- a third batch
    case("fa-call-noun-phrase", "fa",
         "در تماس تلفنی هاکان فیدان وزیر امور خارجه ترکیه با همتای ایرانی، آخرین تحولات سوریه بررسی شد.",
         bi("TUR", "IRN")),
    case("fa-call-headline", "fa",
         "تماس تلفنی پزشکیان و پوتین",
         bi("IRN", "RUS")),
    case("ar-call-between-presidents", "ar",
         "وجرى اتصال هاتفي بين الرئيسين المصري والفرنسي تناول الأوضاع في غزة.",
         bi("EGY", "FRA")),
    case("ar-arrived-only", "ar",
         "وصل وزير الخارجية الإيراني عباس عراقجي إلى موسكو في زيارة رسمية تستغرق يومين."),
    case("ar-munich-each", "ar",
         "والتقى عراقجي على هامش مؤتمر ميونخ للأمن كلا من وزراء خارجية ألمانيا وفرنسا وبريطانيا، كل على حدة.",
         bi("IRN", "DEU", forum="OTHER"), bi("IRN", "FRA", forum="OTHER"), bi("IRN", "GBR", forum="OTHER"),
         multi("IRN DEU FRA GBR", forum="OTHER")),
    case("fa-gregorian-date", "fa",
         "وانگ یی و سرگئی لاوروف روز ۳ سپتامبر ۲۰۲۴ در پکن با یکدیگر گفت‌وگو کردند.",
         bi("CHN", "RUS", date="2024-09-03", location="CHN")),
    case("fa-this-evening", "fa",
         FA_PUB + "رئیس مجلس شورای اسلامی عصر امروز با رئیس پارلمان ارمنستان در تهران دیدار کرد.",
         bi("IRN", "ARM", date="2024-10-11", location="IRN")),
    case("ar-last-evening", "ar",
         AR_PUB + "واستقبل الرئيس بشار الأسد مساء أمس في دمشق رئيس الوزراء العراقي محمد شياع السوداني.",
         bi("SYR", "IRQ", date="2024-04-26", location="SYR")),
    case("fa-tomorrow-travels", "fa",
         "وزیر خارجه عمان فردا عازم تهران می‌شود تا با مقامات ایرانی گفت‌وگو کند."),
    case("ar-expected-to", "ar",
         "ومن المنتظر أن يجتمع وزير الخارجية التركي بنظيره السوري في الأسبوع المقبل."),
    case("ar-next-week-summit", "ar",
         "ويشارك الرئيس الإيراني في القمة المقبلة لمجموعة بريكس في قازان."),
    case("fa-azerbaijani", "fa",
         "وزیر امور خارجه کشورمان با همتای آذربایجانی خود در باکو دیدار کرد.",
         bi("IRN", "AZE", location="AZE")),
    case("fa-gcc-leaders", "fa",
         "رهبران عربستان، امارات و قطر در نشست شورای همکاری خلیج فارس در دوحه حضور یافتند.",
         multi("SAU ARE QAT", location="QAT", forum="GCC")),
    case("ar-participated-with-counterparts", "ar",
         "شارك وزير الخارجية العراقي في اجتماع تشاوري في القاهرة بحضور نظرائه من الأردن والسعودية.",
         multi("IRQ JOR SAU", location="EGY")),
    case("ar-met-counterparts-separately", "ar",
         "والتقى وزير الخارجية العراقي في القاهرة نظرائه من الأردن والسعودية.",
         bi("IRQ", "JOR", location="EGY"), bi("IRQ", "SAU", location="EGY")),
    case("ar-participated-ministers", "ar",
         "شارك وزير الخارجية العراقي في اجتماع تشاوري في القاهرة بحضور وزيري خارجية الأردن والسعودية.",
         multi("IRQ JOR SAU", location="EGY")),
    case("ar-amman", "ar",
         "التقى وزير الخارجية العراقي فؤاد حسين في عمّان بنظيره الأردني أيمن الصفدي.",
         bi("IRQ", "JOR", location="JOR")),
    case("ar-oman-without-shadda", "ar",
         "التقى وزير الخارجية العراقي فؤاد حسين في عمان بنظيره العماني بدر البوسعيدي.",
         bi("IRQ", "OMN")),
    case("fa-press-conference", "fa",
         "اسماعیل بقائی در نشست خبری هفتگی درباره روابط ایران با عربستان و آمریکا سخن گفت."),
    case("ar-press-conference", "ar",
         "وقال وزير الخارجية الروسي سيرغي لافروف في مؤتمر صحفي إن بلاده لن تقبل بأي ضغوط أمريكية أو أوروبية."),

    # --- a fourth batch
    case("fa-received-by-leader", "fa",
         "نخست وزیر عراق با حضور در حسینیه امام خمینی (ره) با رهبر معظم انقلاب اسلامی دیدار کرد.",
         bi("IRQ", "IRN")),
    case("fa-host-of", "fa",
         "سید عباس عراقچی امروز در تهران میزبان وزیر امور خارجه عمان بود.",
         bi("IRN", "OMN", location="IRN")),
    case("fa-delegation-met", "fa",
         "هیئت پارلمانی ایران به ریاست محمدباقر قالیباف در مسکو با رئیس دومای روسیه دیدار و گفت‌وگو کرد.",
         bi("IRN", "RUS", location="RUS")),
    case("fa-sideline-separately-three", "fa",
         "وزیر دفاع کشورمان در حاشیه نشست وزرای دفاع سازمان همکاری شانگهای در چینگدائو به‌طور جداگانه با وزرای "
         "دفاع چین، بلاروس و قزاقستان دیدار کرد.",
         bi("IRN", "CHN", forum="SCO"), bi("IRN", "BLR", forum="SCO"), bi("IRN", "KAZ", forum="SCO"),
         multi("IRN CHN BLR KAZ", forum="SCO")),
    case("ar-sideline-several", "ar",
         "والتقى وزير الخارجية السعودي الأمير فيصل بن فرحان على هامش اجتماعات الجمعية العامة للأمم المتحدة كلا من "
         "وزير الخارجية الإيراني ووزير الخارجية البريطاني ووزيرة الخارجية الألمانية.",
         bi("SAU", "IRN", forum="UNGA"), bi("SAU", "GBR", forum="UNGA"), bi("SAU", "DEU", forum="UNGA"),
         multi("SAU IRN GBR DEU", forum="UNGA")),
    case("fa-jalali-no-year", "fa",
         FA_PUB + "رئیس جمهور کشورمان ۱۸ مهر در عشق‌آباد با رئیس جمهور روسیه دیدار کرد.",
         bi("IRN", "RUS", date="2024-10-09")),
    case("ar-day-month-no-year", "ar",
         AR_PUB + "وكان الرئيس الأسد قد استقبل في 20 نيسان وزير الخارجية البحريني عبد اللطيف الزياني.",
         bi("SYR", "BHR", date="2024-04-20")),
    case("ar-friday-with-dateline", "ar",
         "الرياض، الأحد 12 مايو 2024 (واس) - اجتمع وزير الخارجية السعودي يوم الجمعة مع نظيره الكويتي في الرياض.",
         bi("SAU", "KWT", date="2024-05-10", location="SAU")),
    case("fa-last-week-history", "fa",
         "عراقچی که هفته گذشته با لاوروف در مسکو دیدار کرده بود، امروز در تهران سخنرانی کرد."),
    case("ar-negated-refused", "ar",
         "ورفض الرئيس الأوكراني لقاء نظيره الروسي في إسطنبول."),
    case("fa-two-calls-one-text", "fa",
         "پزشکیان در تماس تلفنی با امیر قطر گفت‌وگو کرد. رئیس جمهور کشورمان همچنین در تماس تلفنی دیگری با نخست وزیر "
         "پاکستان درباره تحولات منطقه رایزنی کرد.",
         bi("IRN", "QAT"), bi("IRN", "PAK")),
    case("ar-told-twice", "ar",
         "التقى الرئيس السوري بشار الأسد وزير الخارجية العماني بدر البوسعيدي في دمشق. وبحث الأسد والبوسعيدي خلال "
         "اللقاء العلاقات الثنائية.",
         bi("SYR", "OMN", location="SYR")),

    # --- a fifth batch: subjects left to a pronoun or the previous sentence, other verbs
    case("fa-pronoun-subject", "fa",
         "عباس عراقچی وارد اسلو شد. وی در نخستین روز این سفر با وزیر امور خارجه نروژ دیدار کرد.",
         bi("IRN", "NOR")),
    case("ar-implicit-subject", "ar",
         "وصل وزير الخارجية الإيراني عباس عراقجي إلى أوسلو. والتقى خلال الزيارة وزير الخارجية النرويجي.",
         bi("IRN", "NOR")),
    case("ar-talks-session", "ar",
         "وعقد الجانبان المصري والتركي جلسة محادثات رسمية في القاهرة برئاسة وزيري خارجية البلدين.",
         bi("EGY", "TUR", location="EGY")),
    case("fa-nemood", "fa",
         "سفیر جمهوری خلق چین در تهران با معاون اول رئیس جمهور ملاقات نمود.",
         bi("CHN", "IRN")),
    case("ar-bare-title-host", "ar",
         "والتقى السفير الصيني في دمشق مع وزير الخارجية وبحث معه التعاون الاقتصادي.",
         bi("CHN", "SYR", location="SYR")),
    case("fa-title-of-a-group-not-host", "fa",
         "وزیر خارجه کشورمان در نیویورک با وزرای خارجه سه کشور اروپایی دیدار کرد."),
    case("ar-official-visit-talks", "ar",
         "أجرى ولي العهد السعودي الأمير محمد بن سلمان مباحثات رسمية مع الرئيس الفرنسي إيمانويل ماكرون في قصر الإليزيه.",
         bi("SAU", "FRA")),
    case("fa-video-call", "fa",
         "پوتین و شی جین‌پینگ در یک تماس ویدئویی درباره روابط راهبردی دو کشور گفت‌وگو کردند.",
         bi("RUS", "CHN")),
    case("ar-video-call", "ar",
         "وعقد الرئيسان الروسي فلاديمير بوتين والصيني شي جين بينغ اجتماعا عبر الفيديو.",
         bi("RUS", "CHN")),

    # --- a sixth batch, from probing
    case("fa-future-as-topic", "fa",
         "سرگئی لاوروف در دیدار با فیصل بن فرحان درباره بحران سودان و آینده سوریه گفت‌وگو کرد.",
         bi("RUS", "SAU")),
    case("fa-hosted", "fa",
         "رئیس‌جمهور روسیه در کاخ کرملین پذیرای امیر قطر بود.",
         bi("RUS", "QAT")),
    case("fa-call-no-venue", "fa",
         "گفت‌وگوی تلفنی وزیران خارجه ایران و ترکیه درباره حمله رژیم صهیونیستی به لبنان",
         bi("IRN", "TUR", location=NONE)),
    case("ar-call-topic-place", "ar",
         "وزيرا دفاع روسيا والصين يبحثان هاتفيا الوضع في أوكرانيا",
         bi("RUS", "CHN", location=NONE)),

    case("ar-hope-to-meet", "ar",
         "وأعرب الرئيس التركي عن أمله في لقاء نظيره السوري قريبا."),
    case("fa-subjunctive", "fa",
         "پزشکیان ابراز امیدواری کرد که به‌زودی با همتای مصری خود دیدار کند."),
    case("fa-met-and-hoped", "fa",
         "پزشکیان در دیدار با همتای مصری خود ابراز امیدواری کرد که روابط دو کشور گسترش یابد.",
         bi("IRN", "EGY")),
    case("ar-arab-ministers", "ar",
         "وشارك وزير الخارجية السوري أسعد الشيباني في اجتماع وزراء الخارجية العرب في القاهرة.",
         multi("SYR", location="EGY", forum="ARAB_LEAGUE")),
    case("fa-cabinet-internal", "fa",
         "جلسه هیئت دولت به ریاست رئیس‌جمهور برای بررسی تحولات لبنان و سوریه تشکیل شد."),
    case("ar-cabinet-internal", "ar",
         "عقد مجلس الوزراء السعودي جلسته الأسبوعية برئاسة خادم الحرمين الشريفين وبحث التطورات في غزة ولبنان."),
    case("ar-congratulation", "ar",
         "وبعث الرئيس السوري برقية تهنئة إلى نظيره الجزائري بمناسبة عيد الاستقلال."),

    case("ar-two-calls", "ar",
         "أجرى الرئيس الروسي فلاديمير بوتين اتصالين هاتفيين مع الرئيس الإيراني والرئيس التركي.",
         bi("RUS", "IRN"), bi("RUS", "TUR")),
    case("fa-delegations-from", "fa",
         "معاون وزیر امور خارجه کشورمان با هیئت‌هایی از روسیه و چین در ژنو دیدار کرد.",
         bi("IRN", "RUS", location="CHE"), bi("IRN", "CHN", location="CHE")),
    case("ar-doha-forum", "ar",
         "والتقى وزير الخارجية الإيراني على هامش منتدى الدوحة بنظيره التركي.",
         bi("IRN", "TUR", forum="OTHER"), multi("IRN TUR", forum="OTHER")),

    case("ar-call-definite", "ar",
         "وتلقى الرئيس الجزائري الاتصال الهاتفي من نظيره التونسي مساء أمس، وبحثا العلاقات الثنائية.",
         bi("DZA", "TUN", location=NONE)),
    case("ar-call-over-the-phone", "ar",
         "وتحدث وزير الخارجية القطري عبر الهاتف مع نظيره الأردني حول التطورات في المنطقة.",
         bi("QAT", "JOR", location=NONE)),
    case("ar-call-the-call-between", "ar",
         "وتناولت المكالمة الهاتفية بين الرئيسين المصري والفرنسي الوضع في غزة.",
         bi("EGY", "FRA")),
    case("ar-plan-yukhattit", "ar",
         "ويخطط وزيرا خارجية مصر والأردن لعقد اجتماع مع نظيرهما العراقي في بغداد."),

    case("ar-call-told-twice-topic-place", "ar",
         "مكالمة هاتفية بين أردوغان وعلييف\nأجرى الرئيس التركي رجب طيب أردوغان اتصالا هاتفيا مع نظيره الأذربيجاني "
         "إلهام علييف.\nويعد هذا الاتصال الثالث بين أردوغان وعلييف هذا الشهر، "
         "ويأتي في إطار جهود بحث السلام في أرمينيا.",
         bi("TUR", "AZE", location=NONE)),
    case("ar-plan-muzmaa", "ar",
         "وناقش الرئيسان الترتيبات الخاصة باجتماع روسيا والناتو المزمع الشهر المقبل."),
    case("ar-header-time-of-day", "ar",
         "خبر\nالسبت 12 أبريل 2025 | 09:15 صباحاً\nالتقى وزير الخارجية العماني نظيره الإيراني في مسقط.",
         bi("OMN", "IRN", date="2025-04-12", location="OMN")),
    case("ar-header-edited-at", "ar",
         "خبر\n11:20 ص 05/04/2025 تعديل في 11:45 ص\nالتقى وزير الخارجية العماني نظيره الإيراني في مسقط.",
         bi("OMN", "IRN", date="2025-04-05", location="OMN")),

    case("fa-bare-title-meets-several", "fa",
         "مسعود پزشکیان رئیس جمهور کشورمان برای شرکت در نشست سران اکو وارد خانکندی شد.\nرئیس‌جمهور در حاشیه این "
         "نشست با رئیس‌جمهور ترکیه، نخست‌وزیر پاکستان و رئیس‌جمهور قزاقستان دیدار و گفت‌وگو کرد.",
         bi("IRN", "TUR", forum="ECO"), bi("IRN", "PAK", forum="ECO"), bi("IRN", "KAZ", forum="ECO"),
         multi("IRN TUR PAK KAZ", forum="ECO")),
    case("fa-plan-agenda", "fa",
         "دیدار عراقچی با همتایان روس و چینی در دستور کار سفر او به مسکو قرار دارد."),
    case("fa-plan-programme", "fa",
         "از جمله برنامه‌های عراقچی در نیویورک، دیدار با وزیر خارجه فرانسه است."),

    case("ar-mcis-ordinal", "ar",
         "والتقى وزير الدفاع الإيراني على هامش مؤتمر موسكو الدولي الحادي عشر للأمن نظيره البيلاروسي.",
         bi("IRN", "BLR", forum="MCIS"), multi("IRN BLR", forum="MCIS")),
    case("ar-venue-capital-adjective", "ar",
         "والتقى وزير الخارجية المصري في العاصمة الإثيوبية نظيره السوداني لبحث الأوضاع في السودان.",
         bi("EGY", "SDN", location="ETH")),

    case("ar-call-talks-by-phone", "ar",
         "إتفق وزيرا الخارجية الإيراني محمد جواد ظريف والروسي سيرغي لافروف في محادثاتهما الهاتفية على تنسيق "
         "المواقف بشأن سوريا في جنيف.",
         bi("IRN", "RUS", location=NONE)),
    case("ar-plan-agreed-to-hold", "ar",
         "واتفق الرئيسان المصري والتونسي على عقد اجتماع للجنة العليا المشتركة في القاهرة."),

    case("ar-plan-will-attend", "ar",
         "وأعلنت وزارة الدفاع الهندية أن الوزير سيحضر اجتماعا لوزراء دفاع الدول الأعضاء في منظمة شنغهاي للتعاون "
         "في مينسك، وسيلتقي خلاله نظيره البيلاروسي."),

    case("ar-title-of-the-republic", "ar",
         "واستقبل ولي العهد الكويتي في قصر بيان وزير الخارجية بالجمهورية الإسلامية الموريتانية، وبحث معه العلاقات.",
         bi("KWT", "MRT", location=NONE)),

    case("ar-implicit-subject-internal", "ar",
         "وصل وزير الخارجية الإيراني عباس عراقجي إلى دمشق. والتقى الرئيس السوري في اليوم نفسه وفدا من "
         "البرلمان السوري."),

    case("fa-dated-history", "fa",
         FA_PUB + "عراقچی امروز در مسقط با همتای عمانی دیدار کرد. وی ۱۰ فروردین ۱۴۰۳ نیز در دوحه با وزیر خارجه قطر "
         "دیدار کرد.",
         bi("IRN", "OMN", date="2024-10-11", location="OMN")),
    case("ar-dated-plan-after-dateline", "ar",
         AR_PUB + "ويلتقي وزير الخارجية السوري نظيره العراقي في بغداد يوم 15 أيار 2024."),

    case("fa-question-possibility", "fa",
         "سخنگوی وزارت خارجه در پاسخ به این پرسش که آیا امکان مذاکره مستقیم میان عراقچی و وزیر خارجه آمریکا وجود "
         "دارد، پاسخ منفی داد."),

    case("fa-hosted-with-participation", "fa",
         "اجلاس وزرای دفاع سازمان همکاری شانگهای به میزبانی وزیر دفاع قزاقستان با مشارکت آندری بلوسوف، دونگ جون "
         "و راجنات سینگ وزرای دفاع روسیه، چین و هند در آلماتی برگزار شد.",
         multi("KAZ RUS CHN IND", location="KAZ", forum="SCO")),
    case("fa-before-this-meeting", "fa",
         "وزیر خارجه کشورمان امروز با همتای اسپانیایی دیدار کرد. پیش از این دیدار نیز وزیر خارجه یونان با رئیس "
         "دستگاه دیپلماسی ایران گفت‌وگو کرده بود.",
         bi("IRN", "ESP"), bi("IRN", "GRC")),
    case("fa-before-this-meeting-plain", "fa",
         "وزیر خارجه کشورمان امروز با همتای اسپانیایی دیدار کرد. پیش از این دیدار، وزیر خارجه یونان با رئیس "
         "دستگاه دیپلماسی ایران گفت‌وگو کرد.",
         bi("IRN", "ESP"), bi("IRN", "GRC")),
    case("ar-topic-place-situation", "ar",
         "التقى وزير الخارجية التركي نظيره الأوكراني وبحثا الأوضاع في أوكرانيا والتطورات في البحر الأسود.",
         bi("TUR", "UKR", location=NONE)),
    case("fa-topic-place-attack", "fa",
         "وزیران خارجه ترکیه و مصر در آنکارا دیدار و درباره حمله اسرائیل به لبنان گفت‌وگو کردند.",
         bi("TUR", "EGY", location="TUR")),

    case("ar-president-not-the-minister", "ar",
         "أجرى وزير الدفاع الإيراني اليوم مباحثات مع نظيره الروسي في موسكو. وحضر الوزير أمس اللقاء الذي جمع في "
         "الكرملين مستشار المرشد علي لاريجاني والرئيس الروسي فلاديمير بوتين.",
         bi("IRN", "RUS", location="RUS"), bi("IRN", "RUS")),
    case("fa-purpose-members-not-sides", "fa",
         "وزیر دفاع پاکستان که برای شرکت در نشست وزرای دفاع ایران، روسیه و چین به تهران سفر کرده است، امروز با "
         "نماینده رهبری و دبیر شورای عالی امنیت ملی دیدار کرد.",
         bi("PAK", "IRN", location="IRN")),

    case("ar-svo-objects-then-also-met", "ar",
         "وذكرت الوكالة أن رئيس الوزراء الهندي التقى عدداً من القادة، بينهم الرئيس الإندونيسي ورئيس وزراء ماليزيا، "
         "كما التقى بالرئيس البرازيلي.",
         bi("IND", "IDN"), bi("IND", "MYS"), bi("IND", "BRA")),
    case("ar-summit-venue-only", "ar",
         "انطلقت اليوم في مدينة قازان أعمال قمة مجموعة بريكس بمشاركة قادة ورؤساء حكومات من عشرين دولة.",
         multi("RUS", location="RUS", forum="BRICS")),
    case("fa-summit-venue-not-a-side", "fa",
         "اجلاس سران سازمان همکاری اقتصادی اکو امروز در شهر باکو آغاز شد و رئیس جمهور کشورمان و رئیس جمهور "
         "ترکمنستان در آن سخنرانی کردند.",
         multi("IRN TKM", location="AZE", forum="ECO")),
    case("ar-pluperfect-history", "ar",
         "وكان قد عقد اجتماع بصيغة أستانا في مدينة سوتشي الروسية."),
    case("fa-topic-noun-before-place", "fa",
         "وزیران خارجه ایران و عمان در مسقط دیدار و درباره تحولات در یمن و حمله به غزه گفت‌وگو کردند.",
         bi("IRN", "OMN", location="OMN")),

    case("ar-last-month-history", "ar",
         "استقبل وزير الخارجية الأردني أيمن الصفدي اليوم نظيره العراقي فؤاد حسين. وزار الصفدي في مطلع آذار الماضي "
         "العاصمة بغداد حيث التقى الرئيس العراقي.",
         bi("JOR", "IRQ", location=NONE)),
    case("fa-last-month-history", "fa",
         "عباس عراقچی وزیر خارجه کشورمان امروز با همتای لبنانی تلفنی گفت‌وگو کرد. وی در آبان ماه گذشته در بیروت "
         "با رئیس جمهور لبنان دیدار کرد.",
         bi("IRN", "LBN", location=NONE)),
    case("fa-two-calls-colon", "fa",
         "سخنگوی وزارت خارجه به گفت‌وگوی تلفنی عراقچی و همتای قطری اشاره کرد و افزود: وزیر خارجه با همتای "
         "عمانی خود نیز تلفنی گفت‌وگو کرد.",
         bi("IRN", "QAT"), bi("IRN", "OMN")),

    case("ar-call-agreed-on-trilateral", "ar",
         "واتفق وزيرا الخارجية المصري والسعودي في اتصال هاتفي اليوم على عقد اجتماع ثلاثي مع وزير الخارجية "
         "الأردني الشهر المقبل.",
         bi("EGY", "SAU")),
    case("ar-meeting-that-will-bring", "ar",
         "وأعلنت الخارجية الروسية عن لقاء سيجمع وزير الخارجية الروسي ونظيره الإيراني في موسكو."),
    case("fa-met-officials-of-many", "fa",
         "عباس عراقچی وارد نیویورک شد. او در روزهای گذشته دیدارهای متعددی با مقامات ارشد کشورها و همتایان خود، "
         "وزیران خارجه ژاپن، مکزیک و کویت داشته است.",
         bi("IRN", "JPN"), bi("IRN", "MEX"), bi("IRN", "KWT")),
    case("fa-question-about-talks", "fa",
         "سخنگوی وزارت خارجه در پاسخ به پرسشی درباره آخرین وضعیت مذاکرات میان ایران و آمریکا گفت: هیچ تماسی میان "
         "دو طرف برقرار نشده است."),

    case("fa-pluperfect-yesterday", "fa",
         "وزیر خارجه روسیه امروز با همتای ایرانی تلفنی گفت‌وگو کرد. وزیر خارجه ایران دیروز با همتای سوری خود "
         "نیز تلفنی گفت‌وگو کرده بود.",
         bi("RUS", "IRN"), bi("IRN", "SYR")),
    case("fa-call-with-two-ministers", "fa",
         "وزیر خارجه چین در گفت‌وگوی تلفنی با وزرای خارجه مصر و اردن درباره غزه رایزنی کرد.",
         bi("CHN", "EGY"), bi("CHN", "JOR")),

    case("ar-adviser-to-the-president", "ar",
         "والتقى وزير الخارجية العماني بدر البوسعيدي مع أنور قرقاش، المستشار الدبلوماسي لرئيس دولة الإمارات، خلال "
         "زيارته لأبوظبي.",
         bi("OMN", "ARE", location="ARE")),

    case("ar-counterparts-of-the-members", "ar",
         "واجتمع وزير الخارجية الصيني اليوم مع نظرائه من الدول الأعضاء في منظمة معاهدة الأمن الجماعي في مينسك.",
         multi("CHN", location="BLR", forum="CSTO")),
    case("ar-sideline-on-the-summit-day", "ar",
         "عقد وزراء خارجية دول مجلس التعاون الخليجي اجتماعهم في الدوحة يوم 12 آذار 2024. وكان لوزيري خارجية "
         "السعودية وقطر لقاء منفصل على هامش الاجتماع.",
         multi("SAU QAT", date="2024-03-12", forum="GCC"), bi("SAU", "QAT", date="2024-03-12", forum="GCC")),

    case("fa-headline-of-a-plan", "fa",
         "نشست سه‌جانبه وزرای خارجه ایران، ترکیه و عراق\nبه دعوت وزیر خارجه کشورمان، نشست وزرای خارجه ایران، ترکیه و "
         "عراق فردا در تهران برگزار می‌شود."),
    case("ar-headline-of-a-plan", "ar",
         "اجتماع ثلاثي لوزراء خارجية مصر والأردن والعراق في عمان\nتستضيف العاصمة الأردنية غدا الاجتماع الثلاثي "
         "لوزراء خارجية مصر والأردن والعراق."),
    case("ar-to-discuss-is-no-meeting", "ar",
         "وصل وزير الخارجية الجزائري إلى تونس لبحث العلاقات الثنائية مع المسؤولين التونسيين."),
    case("ar-ministers-in-the-republic", "ar",
         "وعقد وزراء الخارجية في الجمهورية التركية والجمهورية الإسلامية الإيرانية وروسيا الاتحادية اجتماعهم "
         "الثلاثي اليوم في أنقرة.",
         multi("TUR IRN RUS", location="TUR")),

    case("fa-in-this-call", "fa",
         "وزیر امور خارجه کشورمان با وزیر خارجه ترکیه ابراز همدردی کرد. در این تماس عراقچی پیام تسلیت رئیس جمهور "
         "کشورمان را به رئیس جمهور ترکیه ابلاغ کرد.",
         bi("IRN", "TUR", location=NONE)),
    case("ar-condolence-cable", "ar",
         "بعث أمير قطر برقية تعزية إلى الرئيس التركي رجب طيب أردوغان في ضحايا الزلزال."),

    case("fa-ordinal-day", "fa",
         "عراقچی روز بیست و نهم شهریور ۱۴۰۳ در نیویورک با وزیر خارجه ژاپن دیدار کرد.",
         bi("IRN", "JPN", date="2024-09-19", location="USA")),
    case("ar-ordinal-day", "ar",
         "التقى وزير الخارجية المصري في الخامس عشر من أيار 2024 نظيره الأردني في عمّان.",
         bi("EGY", "JOR", date="2024-05-15")),

    case("ar-summit-in-the-capital-with-clitic", "ar",
         "تنطلق بالعاصمة القطرية الدوحة اليوم أعمال القمة العربية الطارئة.",
         multi("QAT", location="QAT", forum="ARAB_LEAGUE")),
    case("ar-in-the-city-of-with-clitic", "ar",
         "التقى وزير الخارجية الكويتي اليوم نظيره العراقي على هامش اجتماعات الأمم المتحدة بمدينة نيويورك.",
         bi("KWT", "IRQ", location="USA"), multi("KWT IRQ", location="USA", forum="UN")),

    case("ar-visitor-meets-a-list", "ar",
         "وصل وزير الخارجية التركي هاكان فيدان إلى بغداد للقاء المسؤولين العراقيين. والتقى فيدان خلال الزيارة "
         "الرئيس عبد اللطيف رشيد، ورئيس مجلس النواب محمود المشهداني، ووزير الخارجية فؤاد حسين.",
         bi("TUR", "IRQ"), bi("TUR", "IRQ"), bi("TUR", "IRQ")),
    case("ar-to-meet-is-a-purpose", "ar",
         "وصل وزير الخارجية التركي إلى بغداد للقاء المسؤولين العراقيين."),

    case("fa-talks-of-two-states", "fa",
         "دور تازه مذاکرات غیرمستقیم ایران و آمریکا امروز در مسقط برگزار شد.",
         bi("IRN", "USA", location="OMN")),
    case("ar-talks-of-two-adjectives", "ar",
         "انطلقت اليوم في مسقط جولة جديدة من المحادثات الإيرانية الأمريكية غير المباشرة.",
         bi("IRN", "USA", location="OMN")),
    case("fa-joint-meeting-of-two-states", "fa",
         "نشست مشترک ایران و عربستان امروز در پکن برگزار شد.",
         bi("IRN", "SAU", location="CHN")),
    case("fa-talks-of-one-state-is-no-side", "fa",
         "مذاکرات هسته‌ای ایران امروز در وین از سر گرفته شد."),
    case("fa-talks-as-topic", "fa",
         "وزیر خارجه عمان با همتای قطری درباره مذاکرات ایران و آمریکا گفت‌وگو کرد.",
         bi("OMN", "QAT")),

    case("fa-received-in-audience", "fa",
         "رئیس جمهور کشورمان عصر امروز وزیر امور خارجه عمان را به حضور پذیرفت و درباره روابط دوجانبه گفت‌وگو کرد.",
         bi("IRN", "OMN")),
    case("ar-learnt-name-met-later", "ar",
         "وصل وزير الخارجية الجيبوتي محمود علي يوسف إلى الدوحة أمس. واستقبل أمير قطر اليوم يوسف في الديوان "
         "الأميري.",
         bi("DJI", "QAT")),
    case("fa-learnt-name-met-later", "fa",
         "سوگیونو وزیر امور خارجه اندونزی بامداد امروز وارد تهران شد. عراقچی ظهر امروز با سوگیونو دیدار کرد.",
         bi("IDN", "IRN")),

    case("ar-was-subject-qad-is-history", "ar",
         AR_PUB + "وكان الرئيس الروسي فلاديمير بوتين قد أجرى اتصالا هاتفيا مع نظيره التركي قبل أسابيع."),
    case("ar-was-subject-qad-earlier-today", "ar",
         AR_PUB + "وكان وزير الخارجية الإيراني قد التقى في وقت سابق اليوم الرئيس السوري بشار الأسد.",
         bi("IRN", "SYR", date="2024-04-27")),
    case("ar-last-week-is-history", "ar",
         AR_PUB + "التقى وزير الخارجية المصري نظيره الأردني الأسبوع الماضي في القاهرة."),
    case("fa-last-month-is-history", "fa",
         FA_PUB + "وزیر خارجه کشورمان ماه پیش در دوحه با همتای قطری خود دیدار کرد."),
    case("ar-thursday-of-last-week-is-a-day", "ar",
         AR_PUB + "التقى وزير الخارجية المصري يوم الخميس من الأسبوع الماضي نظيره الأردني في القاهرة.",
         bi("EGY", "JOR")),

    case("ar-mcis-meets-in-moscow", "ar",
         "وعلى هامش مؤتمر موسكو للأمن الدولي، التقى وزير الدفاع الإيراني نظيره البيلاروسي.",
         bi("IRN", "BLR", location="RUS", forum="MCIS"), multi("IRN BLR", location="RUS", forum="MCIS")),
    case("fa-unknown-city-of-a-country", "fa",
         "اجلاس سران سازمان همکاری اقتصادی با حضور رئیس جمهور کشورمان در خانکندی آذربایجان برگزار شد.",
         multi("IRN", location="AZE", forum="ECO")),
    case("fa-beside-a-country-is-no-venue", "fa",
         "وزیر خارجه ایران با همتای ترکیه‌ای خود دیدار کرد و گفت ایران در کنار لبنان می‌ایستد.",
         bi("IRN", "TUR", location=NONE)),
    case("fa-delegation-from-is-no-venue", "fa",
         "رئیس مجلس شورای اسلامی امروز با هیئتی پارلمانی از چین دیدار کرد.",
         bi("IRN", "CHN", location=NONE)),

    case("ar-weekday-after-an-adjective", "ar",
         "لقاء\nالقاهرة - 27 أبريل 2024 - التقى وزير الخارجية المصري الخميس نظيره الأردني.",
         bi("EGY", "JOR", date="2024-04-25")),
    case("ar-present-this-evening-is-a-plan", "ar",
         AR_PUB + "يلتقي الرئيس السوري مساء اليوم وزير الخارجية الإيراني في دمشق."),
    case("ar-past-this-evening-is-news", "ar",
         AR_PUB + "التقى الرئيس السوري مساء اليوم وزير الخارجية الإيراني في دمشق.",
         bi("SYR", "IRN", date="2024-04-27", location="SYR")),

    case("fa-negation-in-what-was-said", "fa",
         FA_PUB + "عراقچی امروز با همتای عمانی خود دیدار کرد و گفت ایران هرگز از حقوق خود عقب‌نشینی نکرد.",
         bi("IRN", "OMN")),
    case("fa-no-agreement-after-but", "fa",
         FA_PUB + "وزرای خارجه ایران و آذربایجان امروز در باکو دیدار کردند اما درباره کریدور توافقی حاصل نشد.",
         bi("IRN", "AZE", location="AZE")),
    case("fa-future-in-what-was-said", "fa",
         FA_PUB + "وزیر خارجه ایران در دیدار با همتای عمانی گفت تهران به زودی هیئتی به مسقط خواهد فرستاد.",
         bi("IRN", "OMN", location=NONE)),
    case("fa-meeting-not-held", "fa",
         FA_PUB + "وزیر خارجه ایران با همتای آمریکایی خود دیدار نکرد."),
    case("fa-talks-hoped-for", "fa",
         FA_PUB + "اردوغان ابراز امیدواری کرد که مذاکرات میان جمهوری آذربایجان و ارمنستان به صلح پایدار منتهی شود."),

    case("ar-tour-that-includes", "ar",
         AR_PUB + "بدأ وزير الخارجية الإيراني جولة خليجية تشمل قطر والكويت وعمان، والتقى في الدوحة أمير قطر الشيخ تميم "
         "بن حمد.",
         bi("IRN", "QAT", location="QAT")),
    case("fa-tour-including", "fa",
         FA_PUB + "وزیر خارجه کشورمان در آغاز سفر منطقه‌ای شامل قطر، کویت و عمان امروز در دوحه با امیر قطر دیدار کرد.",
         bi("IRN", "QAT", location="QAT")),

    case("fa-trilateral-on-the-sidelines", "fa",
         "در حاشیه نشست سران شانگهای، رؤسای جمهور ایران، روسیه و چین نشست سه‌جانبه برگزار کردند.",
         multi("IRN RUS CHN", forum="SCO"), multi("IRN RUS CHN", forum="SCO")),

    case("ar-accusative-adjective", "ar",
         AR_PUB + "واستقبل الرئيس الأسد اليوم وفدا عراقيا رفيع المستوى برئاسة وزير الداخلية.",
         bi("SYR", "IRQ")),

    case("ar-two-meetings-while", "ar",
         AR_PUB + "وعلى هامش قمة بريكس في قازان، التقى الرئيس الصيني شي جين بينغ رئيس الوزراء الهندي ناريندرا مودي، "
         "فيما التقى بوتين الرئيس الإيراني مسعود بزشكيان.",
         bi("CHN", "IND", forum="BRICS"), bi("RUS", "IRN", forum="BRICS", location="RUS"),
         multi("CHN IND RUS IRN", forum="BRICS")),
    case("fa-two-calls-while", "fa",
         FA_PUB + "وزیر خارجه کشورمان امروز با همتای عمانی تلفنی گفت‌وگو کرد در حالی که رئیس جمهور روسیه با همتای قطری "
         "خود تماس تلفنی داشت.",
         bi("IRN", "OMN"), bi("RUS", "QAT")),

    case("fa-bare-title-in-an-irna-report", "fa",
         "تهران- ایرنا- وزیر امور خارجه امروز با همتای عمانی خود دیدار کرد.",
         bi("IRN", "OMN")),
    case("ar-bare-title-in-a-sana-report", "ar",
         "دمشق-سانا\nاستقبل السيد الرئيس اليوم وزير الخارجية الإيراني.",
         bi("SYR", "IRN")),
    case("ar-bare-title-in-a-reuters-report-is-unknown", "ar",
         "بيروت (رويترز) - استقبل الرئيس اليوم وزير الخارجية الإيراني."),

    case("ar-committee-made-up-of", "ar",
         AR_PUB + "عقدت اللجنة الرباعية المكونة من مصر والسعودية والإمارات والولايات المتحدة اجتماعا في واشنطن.",
         multi("EGY SAU ARE USA", location="USA")),
    case("fa-group-consisting-of", "fa",
         FA_PUB + "گروه تماس متشکل از ایران، روسیه و ترکیه امروز در مسکو نشست برگزار کرد.",
         multi("IRN RUS TUR", location="RUS")),

    # --- no meeting at all
    case("fa-no-meeting-condemn", "fa",
         "سخنگوی وزارت امور خارجه حملات رژیم صهیونیستی به لبنان و سوریه را به شدت محکوم کرد."),
    case("fa-no-meeting-exercise", "fa",
         "ایران، روسیه و چین رزمایش مشترک دریایی کمربند امنیت را در دریای عمان آغاز کردند."),
    case("ar-no-meeting-condemn", "ar",
         "أدانت وزارة الخارجية السورية العدوان الإسرائيلي على ريف دمشق."),
    case("ar-denied-meeting", "ar",
         "نفى المتحدث باسم الخارجية الإيرانية أن يكون الوزير قد التقى بأي مسؤول أمريكي في مسقط."),
    case("ar-sources-deny-a-meeting", "ar",
         "ونفت مصادر دبلوماسية صحة الأنباء عن لقاء جمع وزيري خارجية سوريا وتركيا."),
    case("fa-no-meeting-took-place", "fa",
         "سخنگوی وزارت خارجه گفت هیچ دیداری میان وزیر خارجه ایران و مقامات آمریکایی انجام نشده است."),
    case("fa-report-denied", "fa",
         "وزارت خارجه خبر دیدار عراقچی با مقامات آمریکایی را تکذیب کرد."),
    case("ar-no-meeting-statement", "ar",
         "قال وزير الخارجية الإيراني عباس عراقجي إن بلاده ترفض أي تدخل أمريكي في شؤون المنطقة."),
]


def _field_ok(want, got) -> bool:
    return want is None or want == got or (want == NONE and got is None)


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_challenge(lang, text, expected):
    result = process_text(text, lang)
    got = sorted((e.kind, e.countries) for e in result.events)
    assert got == sorted((k, c) for k, c, *_ in expected)
    for kind, countries, day, location, forum in expected:
        event = next(e for e in result.events if (e.kind, e.countries) == (kind, countries))
        assert _field_ok(day, event.date), (kind, countries, "date", event.date)
        assert _field_ok(location, event.location), (kind, countries, "location", event.location)
        assert _field_ok(forum, event.forum), (kind, countries, "forum", event.forum)
