"""Whether a meeting word tells a meeting that happened: plans, negations, history and reports.

``_cancelled`` is the gate: "سيلتقي" (will meet), "قرار است … دیدار کند" (is to meet), "لم يلتق" (did not
meet) and "پیش از این دیدار کرده بود" (had met before) cancel a trigger; "دیدار کرد" (met) keeps it.
The other functions are the tests it and the event builders run on the words around a trigger.
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import date

from core.dates import calendar_words
from core.events.actors import FROM_WORDS, LATE_TITLES
from core.events.sentence import TO_AR, TRIGGER_KINDS, Actor, Sentence
from core.fold import fold_text
from core.records import DateMention

SEQUENCE_KINDS = frozenset({"before", "after"})  # "پیش از این دیدار", "بعد هذا اللقاء": beside the meeting told

SUBJUNCTIVE = frozenset({"کند", "کنند", "نماید", "نمایند", "بکند", "بکنند", "یابد", "یابند", "بگیرد",
                         "بگیرند"})  # folded light verbs: "دیدار کند", "تماس بگیرند"

NEXT_FA = frozenset("اتی بعدی اینده".split())  # folded: the next ("نشست آتی", "اجلاس بعدی", "نشست آینده")
NEXT_WORDS = frozenset("المقبل المقبله القادم القادمه".split())  # folded: "القمة المقبلة", the next summit
# folded: "اجتماع … المزمع", "لقاء سيجمع"
FUTURE_AFTER_AR = frozenset("سیعقد ستعقد سیعقدان ستعقدان سیجمع ستجمع المقرر المقرره المزمع المزمعه المرتقب المرتقبه "
                            "مرتقب مرتقبه قریبا ستنعقد سینعقد ستقام سیقام ستنطلق سینطلق ستبدا سیبدا سیتم ستتم "
                            "ربما".split())


# ("خلال اجتماع الرؤساء في الرابع من يوليو، ستتم الموافقة": what will be done there;
# "المحادثات … ربما تنطلق": may)
def _holding_discussed(s: Sentence, lo: int, j: int) -> bool:
    """Whether the summit word at j is a topic: its holding, after a topic word ("در خصوص برگزاری اجلاس سران", "در
    خصوص روابط دوجانبه و هماهنگی اجلاس سران بریکس")."""
    if "summit" not in s.cues[j] or j <= lo + 1 or s.text[j - 1] not in HOLDING_NOUNS:
        return False
    topic = next((k for k in range(j - 2, max(lo, j - 1 - TOPIC_REACH) - 1, -1) if "topic" in s.cues[k]), None)
    return topic is not None and TRIGGER_KINDS.isdisjoint(set().union(*s.cues[topic + 1:j - 1]))


TOPIC_REACH = 5  # tokens from a topic word to the holding it names: "در خصوص روابط دوجانبه و هماهنگی"


LATER_REACH = 18  # tokens from a summit word to "في وقت لاحق اليوم" past its relative clause and the forum's name
FUTURE_AFTER_REACH = 12  # tokens from a meeting noun to a future verb of it: "اجتماع وزراء … في العاشر من سبتمبر، ستتم"

PAST_WORDS = frozenset("الماضی الفایت الفارط المنصرم گذشته".split())  # folded: "فبراير الماضي", "اردیبهشت گذشته"
MONTH_WORDS = frozenset("ماه الشهر".split())  # folded: "الشهر الماضي", "ماه گذشته": a month ago, history

PAST_AFTER_PERIOD = PAST_WORDS | {"پیش", "قبل"}  # "هفته پیش", "دو هفته قبل"
# folded "وكان": "وكان الرئيس بوتين قد أجرى" (a pluperfect, split), "وكان في استقباله" (who welcomed him)
WAS_WORDS = frozenset("کان وکان کانت وکانت".split())
QAD = "قد"

AGENDA_WORDS = frozenset({("جدول", "اعمال"), ("دستور", "کار")})  # folded: "جدول أعمال القمة", "دستور کار نشست"


OUTCOME_WORDS = frozenset("نتایج مخرجات قرارات قرار مقررات مصوبات دستاوردهای دستاوردها بیان البیان اعلان "
                           "اعلامیه توصیات مستجدات تطورات تحولات".split())  # folded: the results, decisions,
# statement of a summit; the developments of talks ("أطلع نظيره على آخر مستجدات المفاوضات الجارية")


HOST_WORDS_FA = frozenset({"میزبان", "میزبانی"})  # folded: host of
WAS_FA = frozenset({"بود", "بودند", "بوده"})  # folded past "was"
HOSTED_REACH = 12  # tokens from the meeting noun to the "بود" that ends its clause
HOST_BEFORE = 3  # tokens from "میزبان" to the meeting noun: "میزبان سه دور مذاکرات"


REFERRING_HEADS = frozenset({"اشاره", "مشیرا", "مشیره", "خرسندی"})  # folded: a word every phrase of REFERRED_TO has
REFERRED_TO = frozenset({("با", "اشاره", "به"), ("ضمن", "اشاره", "به"), ("في", "اشاره", "الی"),
                         ("مشیرا", "الی"), ("مشیره", "الی"), ("ابراز", "خرسندی", "از"), ("خرسندی", "از")})
# folded: "referring to", "pleased with" ("ضمن ابراز خرسندی از دیدار با …") right before a meeting word


def _phrase_start(s: Sentence, lo: int, trig: int) -> int:
    """The meeting verb whose phrase the trigger at ``trig`` ends ("ويبحث" of "ويبحث معهم"), else ``trig`` (not
    "میزبان" before "مذاکرات", nor "اجتماع" before "القمة": words of their own)."""
    kinds = s.cues[trig] & TRIGGER_KINDS
    if trig > lo and ("meeting_verb" in s.cues[trig - 1] or kinds == {"call"}) \
            and s.cues[trig - 1] & TRIGGER_KINDS == kinds and s.text[trig][:1] != "و":
        return _phrase_start(s, lo, trig - 1) if kinds == {"call"} else trig - 1  # ("تماس تلفنی": one call)
    return trig


def _as_it_went_on(s: Sentence, lo: int, j: int) -> bool:
    """Whether the future cue at ``j`` is in a phrase right after "ادامه": "در ادامه برنامه‌های سفر به نیویورک" (as
    the trip's programme went on, no plan)."""
    k = j
    while k > lo and "future" in s.cues[k - 1]:
        k -= 1
    return k > lo and s.text[k - 1] == "ادامه"


def _referred_to(s: Sentence, lo: int, trig: int) -> bool:
    """Whether "referring to" stands right before the meeting phrase the trigger is in ("با اشاره به تماس تلفنی")."""
    if REFERRING_HEADS.isdisjoint(s.text):
        return False  # most sentences refer to nothing
    start = trig
    while start > lo and s.cues[start - 1] & s.cues[trig] & TRIGGER_KINDS:
        start -= 1  # "گفتگوی" of "گفتگوی تلفنی"
    if start > lo and s.text[start - 1] == "در":  # "با اشاره به حضور حجت‌الاسلام رئیسی در اجلاس سران اکو": his
        # attending a summit he spoke of
        k = next((k for k in range(start - 2, max(lo, start - REFERRED_ATTENDANCE_REACH) - 1, -1)
                  if s.text[k] in ATTENDANCE_WORDS), None)
        if k is not None and (tuple(s.text[max(lo, k - 3):k]) in REFERRED_TO
                              or tuple(s.text[max(lo, k - 2):k]) in REFERRED_TO):
            return True
    if start > lo + 1 and (s.text[start - 1] == "و" or s.text[start][:1] == "و"):
        # "با اشاره به سفر ارف غنی به عربستان سعودی و ملاقات با خادم حرمین شریفین": the trip he spoke of, and its
        # meeting
        k = next((k for k in range(start - 2, max(lo, start - REFERRED_TRIP_REACH) - 1, -1)
                  if s.text[k] in REFERRED_TRIPS), None)
        if k is not None and (tuple(s.text[max(lo, k - 3):k]) in REFERRED_TO
                              or tuple(s.text[max(lo, k - 2):k]) in REFERRED_TO) \
                and TRIP_DAY_WORDS.isdisjoint(s.text[k:start]):  # (not "سفر روز گذشته …": the day's news)
            return True
    return tuple(s.text[max(lo, start - 3):start]) in REFERRED_TO or tuple(s.text[max(lo, start - 2):start]) \
        in REFERRED_TO


REFERRED_TRIPS = frozenset(fold_text("سفر زيارة زيارته").split())  # a trip spoken of, its meeting joined by "و"
TRIP_DAY_WORDS = frozenset(fold_text("روز دیروز امروز دیشب أمس اليوم يوم").split())  # a trip told by its day
REFERRED_TRIP_REACH = 9  # tokens from the trip to "و" + its meeting: "سفر ارف غنی به عربستان سعودی و ملاقات"


ATTENDANCE_WORDS = frozenset(fold_text("حضور شرکت مشارکت").split())  # attending (a summit), after "referring to"
REFERRED_ATTENDANCE_REACH = 6  # tokens from "حضور" to "در" + the summit: "حضور حجتالاسلام رئیسی در"


def _hosted_before(s: Sentence, trig: int, hi: int) -> bool:
    """Whether a Persian meeting noun is what a place "had been host of" ("میزبان مذاکرات … بود"): history."""
    return not HOST_WORDS_FA.isdisjoint(s.text[max(0, trig - HOST_BEFORE):trig]) \
        and not WAS_FA.isdisjoint(s.text[trig + 1:min(hi, trig + HOSTED_REACH)])


FUTURE_AUX_AR = frozenset(fold_text("سيتم ستتم وسيتم وستتم سيجري ستجري وسيجري وستجري").split())  # folded: "will be
# done/held", before the meeting noun they make future
FUTURE_AUX_REACH = 2  # tokens from "سيتم" to the noun: "سيتم خلالها بحث"


DONE_AR = frozenset(fold_text("يتم تتم").split())  # folded: "أن يتم التوقيع" (that … be done), after a future word
AIMS_AR = frozenset(fold_text("تهدف يهدف تستهدف يستهدف تسعى يسعى").split())  # "تهدف إلى" (aims at)
JOINED_PURPOSE_REACH = 16  # tokens from "لتعزيز" to the "وبحث" joined to it


def _purpose_joined(s: Sentence, lo: int, trig: int) -> bool:
    """Whether an Arabic "وبحث" (and discussing, a noun as much as a verb) is joined to a purpose told after a
    future verb: "سيزور قطر قريبًا، لتعزيز التعاون العسكرى بين أنقرة والدوحة، وبحث زيادة أعداد القوات", or to
    what "يتم" (is done) after one: "ينتظر أن يتم التوقيع على عدة اتفاقيات ثنائية، وبحث سبل …"."""
    if s.text[trig][:1] != "و" or "meeting_verb" not in s.cues[trig]:
        return False
    k = next((k for k in range(trig - 1, max(lo, trig - JOINED_PURPOSE_REACH) - 1, -1)
              if s.text[k] in PROMOTING_AR or "purpose" in s.cues[k] or s.text[k] in DONE_AR
              or not TRIGGER_KINDS.isdisjoint(s.cues[k])), None)
    return k is not None and TRIGGER_KINDS.isdisjoint(s.cues[k]) \
        and any(["future" in s.cues[j] for j in range(lo, k)])


LONG_PERIODS = frozenset(fold_text("أشهر شهور شهرين سنوات سنين سنتين أعوام عامين عام سنة أسبوع أسبوعين أسابيع "
                                    "هفته هفتهها ماه ماهها سال سالها").split())  # weeks, months, years: "بعد خمسة
# أشهر من", "یک هفته پس از"
MONTHS_SINCE_REACH = 4  # tokens from "بعد" to "من" before the meeting word: "بعد نحو خمسة أشهر من"
HOLDING_OF_FA = frozenset({"برگزاری", "انجام"})  # folded: "پس از برگزاری اجلاس"


def _months_since(s: Sentence, lo: int, trig: int, arabic: bool) -> bool:
    """Whether a meeting word follows "بعد … أشهر من", "… هفته پس از (برگزاری)" (weeks, months or years after it):
    what came that long ago is background, told to place the news ("بعد نحو خمسة أشهر من المباحثات الهاتفية",
    "حدود یک هفته پس از برگزاری اجلاس سه جانبه")."""
    if arabic:
        if trig - 3 < lo or s.text[trig - 1] != "من" or s.text[trig - 2] not in LONG_PERIODS:
            return False
        return "بعد" in s.text[max(lo, trig - 1 - MONTHS_SINCE_REACH):trig - 2]
    k = trig - 1 if trig > lo and s.text[trig - 1] in HOLDING_OF_FA else trig
    return k - 3 >= lo and s.text[k - 1] == "از" and s.text[k - 2] in ("پس", "بعد") and s.text[k - 3] in LONG_PERIODS


STATEMENT_WORDS = frozenset({"البیان", "بیان"})  # folded: a summit's statement
FINAL_WORDS = frozenset({"الختامی", "الختامیه", "پایانی"})  # folded: "البيان الختامي", "بیانیه پایانی"
STATEMENT_VERBS = frozenset(fold_text("أكد شدد جاء دعا").split())  # what the statement did (besides REPORT_VERBS_AR)


def _outcome_of(s: Sentence, lo: int, trig: int) -> bool:
    """Whether the meeting noun at ``trig`` is named as what gave results: "استعراض نتائج ومخرجات القمة الخليجية –
    الأوروبية", "مخرجات اجتماع عمان التشاوري" (a topic, no meeting told, no summit to sit beside)."""
    if not (trig > lo and not s.cues[trig].isdisjoint(NOUN_KINDS) and "meeting_verb" not in s.cues[trig]):
        return False
    k = trig - 2 if trig - 2 >= lo and s.text[trig - 1] in FINAL_WORDS else trig - 1  # "البيان الختامي لقمة"
    if s.text[k].removeprefix("و") not in OUTCOME_WORDS:
        return False
    if _own_talks_with(s, trig):
        return False  # "اطلع الملك سلمان على نتائج مباحثاته مع وزير خارجية الولايات المتحدة": his talks, held
    return not (s.text[k].removeprefix("و") in STATEMENT_WORDS and k > lo
                and (s.text[k - 1].removeprefix("و") in STATEMENT_VERBS
                     or s.text[k - 1].removeprefix("و") in REPORT_VERBS_AR))  # "أكد البيان الختامي لقمة مسار أستانا …":
    # the summit's own statement, told as news of it


OWN_SUFFIXES_AR = ("هما", "هم", "ها", "ه")  # folded: his, her, their talks ("مباحثاته", "محادثاتهما")
OWN_WORDS_FA = frozenset({"خود", "خویش"})  # "مذاکرات خود با …"
MIN_OWNED_NOUN = 5  # letters of a noun with a pronoun suffix: "مباحثاته", not "لقاء" read as "لقا" + "ه"


def _own_talks_with(s: Sentence, trig: int) -> bool:
    """Whether the meeting noun at ``trig`` is someone's own ("مباحثاته", "مذاکرات خود") with a partner named right
    after "مع"/"با": talks told as held, whatever of them is spoken of."""
    nxt = trig + 2 if trig + 1 < len(s.text) and s.text[trig + 1] in OWN_WORDS_FA else trig + 1
    owned = nxt == trig + 2 or s.text[trig].endswith(OWN_SUFFIXES_AR) and len(s.text[trig]) > MIN_OWNED_NOUN
    return owned and nxt < len(s.text) and "with" in s.cues[nxt]


def _cancelled(s: Sentence, lo: int, hi: int, trig: int, arabic: bool, sentence_cues: frozenset[str],
               headline: bool = False) -> bool:
    """Future, negated or recalled: the trigger does not report a meeting that happened ([lo, hi) is the whole
    sentence, whose cue kinds are ``sentence_cues``). A word inside a cue phrase ("معهم" of "ويبحث معهم") is as the
    phrase's first word is."""
    first = _phrase_start(s, lo, trig)
    if first != trig:
        return _cancelled(s, lo, hi, first, arabic, sentence_cues, headline)
    if "recall" in sentence_cues or _last_month(s):
        return True
    if "credentials" in s.cues[trig] and trig + 1 < hi and s.text[trig + 1] == "خود" \
            and "دریافت" in s.text[trig + 2:hi]:
        return True  # "استوارنامه خود را برای حضور در سفارت … دریافت کرد": an envoy given his papers, met no one
    if any([s.text[k] in LATE_WORDS for k in range(trig + 1, min(hi, trig + LATE_REACH))]) if arabic \
            else trig > lo and any([s.text[k] in LATE_WORDS and "با" in s.text[max(lo, k - 2):k]
                                    for k in range(max(lo, trig - LATE_REACH), trig)]):
        return True  # "زيارة الرئيس البيلاروسي الأخيرة إلى إيران ولقائه الشهيد رئيسي", "با شهید رئیسی دیدار کرد": a
        # meeting with one who has since died, history
    if s.text[trig].removeprefix("و") == "تحدث" \
            and not any(["with" in s.cues[j] for j in range(trig + 1, min(hi, trig + SPOKE_WITH_REACH))]):
        return True  # "وتحدث وزير الخارجية العراقي فؤاد حسين عن قضايا محورية": spoke of, to no one ("تحدث لافروف مع
        # نظرائه": spoke with, a meeting)
    if _counted_times(s, lo, hi, trig):
        return True  # "روسای جمهور ایران و ازبکستان پیشتر دو بار با هم ملاقات کردند", "التقيا مرتين": how often
    if _referred_to(s, lo, trig):
        return True  # "علیاف با اشاره به تماس تلفنی ۲۱ ژانویه با پزشکیان گفت": a meeting he spoke of, told before
    if _outcome_of(s, lo, trig):
        return True
    if arabic and {"purpose", "summit"} <= s.cues[trig] and trig + 1 < hi and "with" in s.cues[trig + 1]:
        return True  # "وصل … إلى الرياض أمس الأول، للاجتماع مع كبار المسؤولين": came to meet them, as "لإجراء محادثات"
    if trig - 2 >= lo and "meeting_verb" not in s.cues[trig] and s.text[trig - 1] in THIS_WORDS \
            and "topic" in s.cues[trig - 2]:
        return True  # "در مورد این نشست در قطر اظهار نظری نکرده‌اند": what is said of the meeting told before
    if _holding_discussed(s, lo, trig):
        return True  # "در خصوص برگزاری اجلاس سران … اکو … بحث کردند": the holding of a summit is what was discussed
    if "call" in sentence_cues and trig >= lo + 2 and "summit" in s.cues[trig] \
            and (s.text[trig - 2], s.text[trig - 1]) in AGENDA_WORDS:
        return True  # "يبحثان هاتفيا جدول أعمال قمة الناتو": the summit is what the call was about
    if "wish" in sentence_cues and any(["wish" in s.cues[j] for j in s.cued if lo <= j < trig]):
        return True  # "ابراز امیدواری کرد که مذاکرات … منتهی شود", "ويرى محللون أن المحادثات قد تستأنف": hoped for
    if not arabic and _hosted_before(s, trig, hi):
        return True  # "عمان که … میزبان مذاکرات غیرمستقیم بین ایران و آمریکا بود": a host it had been, history
    if arabic and trig - 2 >= lo and s.text[trig - 1] in TO_AR and s.text[trig - 2] in AIMS_AR:
        return True  # "بأن الزيارة تهدف إلى بحث سبل تعزيز التعاون": what the visit aims at
    if arabic and _purpose_joined(s, lo, trig):
        return True  # "سيزور قطر قريبًا، لتعزيز التعاون العسكرى …، وبحث زيادة أعداد القوات": a noun of the purpose
    if _months_since(s, lo, trig, arabic):
        return True  # "وتأتي زيارة وزير الخارجية المصري بعد نحو خمسة أشهر من المباحثات الهاتفية", "این سفر … حدود
        # یک هفته پس از برگزاری اجلاس سه جانبه": weeks or months ago
    if arabic:
        # "في زيارة لم يعلن عنها، والتقى نظيره": a verb with "و" opens a clause of its own
        before = range(trig, trig) if s.text[trig].startswith("و") and "meeting_verb" in s.cues[trig] \
            else range(max(lo, trig - 6), trig)
        after = range(trig + 1, min(hi, trig + 8))
        rel = _relative_before_verb(s, lo, trig)
        if any([s.text[j] in FUTURE_AUX_AR for j in range(max(lo, trig - FUTURE_AUX_REACH), trig)]):
            return True  # "زيارته، التي سيتم خلالها بحث التطورات": "will be done", the noun's own future
        if any(["future" in s.cues[j] or "negation" in s.cues[j] for j in before if j <= rel]):
            return True  # (not "… التشاوري، الذي تستضيفه دولة الكويت غدًا الأحد، اجتمع …": the relative clause's
            # tomorrow, before a past verb, is not the meeting's)
        if "summit" in s.cues[trig] and any([s.text[j].removeprefix("و") in TAKES_PART_PRESENT
                                             for j in range(trig + 1, min(hi, trig + 3))]) \
                and not _told_held(s, lo, hi, arabic):
            return True  # "إن المؤتمر يشارك به زعماء دول …": who will take part, the conference still ahead
        if "summit" in s.cues[trig] and arabic and trig > lo \
                and s.text[trig - 1].removeprefix("و") in CHAIRS_PRESENT and not _told_held(s, lo, hi, arabic):
            return True  # "ويترأس المؤتمر … وانغ يي …، كما يحضر المؤتمر وزراء الخارجية": who will chair it
        if trig > lo and {"held", "purpose"} <= s.cues[trig - 1] and not _seized_chance(s, lo, trig - 1):
            return True  # "ستدعو لعقد اجتماع لجامعة الدول العربية": a meeting to be held
        if _purpose_of(s, lo, trig):
            return True  # "وصل إلى موسكو لإجراء محادثات": the talks are what he came for, still to come
        if trig > lo and "before" in s.cues[trig - 1] and "meeting_verb" not in s.cues[trig] \
                and not (trig - 2 >= lo and s.text[trig - 2] == "من") \
                and all([TRIGGER_KINDS.isdisjoint(s.cues[j]) for j in s.cued if lo <= j < trig]):
            return True  # "وجاء هذا الصاروخ قبيل لقاء بين الرئيس الروسي … وزعيم كوريا الشمالية": the meeting it came
            # before is still ahead (not "التقى … قبيل لقائه": one held, the next told beside it; nor "أجرى من قبل
            # محادثات": held before)
        if "denial" in sentence_cues and any(["denial" in s.cues[j] for j in s.cued if lo <= j < trig]):
            return True  # "نفى المتحدث … أن يكون الوزير قد التقى": what a denial governs did not happen
        if "meeting_verb" not in s.cues[trig] and _future_clause_before(s, lo, trig):
            return True
        if "future" in s.cues[trig] or _present_with_future(s, trig, after):
            return True
        if ("meeting_verb" in s.cues[trig] and _present_ya(s.text[trig])
                or "meeting_verb" not in s.cues[trig] and not headline
                and (any([s.text[j].removeprefix("و") in PRESENT_CONDUCT for j in range(max(lo, trig - 3), trig)])
                     or s.text[lo].removeprefix("و") in PRESENT_CONDUCT and trig - lo <= CONDUCT_OPENING_REACH)) \
                and NOW_WORDS_AR.isdisjoint(s.text[max(lo, trig - 3):trig + 2]):  # not "ويجري الآن لقاء مع": now
            return True  # "يلتقي وزير الخارجية … اليوم الجمعة رئيس الجمهورية", "يلتقي رئيس الوزراء السوداني
            # بالمستشارة الألمانية": announced, not yet held (a present with ي only: "تحادث", "تباحث" are past)
        if "meeting_verb" in s.cues[trig] and _present(s.text[trig]) \
                and any([s.text[j] in DURING_IT for j in after[:4]]):
            return True  # "يلتقي الرئيس الأمريكي خلالها": he will meet during the visit just announced
        if "meeting_verb" in s.cues[trig] and s.text[trig][:1] == "و" and _present(s.text[trig]) \
                and any(["future" in s.cues[j] and (j >= trig - 3 or "meeting_verb" in s.cues[j])
                         for j in range(lo, trig)]):
            return True  # "سيزور دمشق ويلتقي المسؤولين", "سيلتقي نظيره على هامش القمة ويبحثان": a present verb
            # joined to a future one shares its time
        if "summit" in s.cues[trig] and any(s.text[j] in NEXT_WORDS for j in _past_forum(s, after)[:2]):
            return True  # "القمة المقبلة", "قمة التعاون الإسلامي المقبلة": the next summit
        if _future_relative(s, _past_forum(s, after)) or trig >= lo + 2 and _future_relative(s, [trig - 2, trig - 1]):
            return True  # "القمة التي ستتركز مشاوراتها": a summit still to come, and the talks it will hold
        if any([s.text[j] in NEXT_WORDS and s.text[j - 1] in PERIOD_WORDS
                and not any(["meeting_verb" in s.cues[i] and not _present(s.text[i]) for i in range(j + 1, trig + 1)])
                for j in range(max(lo + 1, trig - NEXT_PERIOD_REACH), trig)]):
            return True  # "لقاءات دبلوماسية مكثفة في الفترة المقبلة منها زيارة … ولقاءه": what the coming period holds
        if any([s.text[j] in NEXT_WORDS and (s.text[j - 1] in PERIOD_WORDS or s.text[j - 1] in MONTH_NAMES_AR)
                for j in after]):
            return True  # "اجتماعاً ثلاثياً في عمان الأسبوع المقبل", "أواخر ديسمبر القادم": still ahead
        if trig + 1 < hi and "future" in s.cues[trig + 1]:
            return True  # "إن القمة سيحضرها", "الاجتماع سيعقد": the verb right after the noun is future
        if "summit" in s.cues[trig] and any(["future" in s.cues[j] and j + 1 < hi
                                             and s.text[j + 1].startswith(HOLDING_STEMS_AR)
                                             for j in range(trig + 1, min(hi - 1, trig + FUTURE_AFTER_REACH))]):
            return True  # "أول قمة روسية-عربية …، والمقرر عقدها في 15 أكتوبر": scheduled to be held
        later = next((j for j in range(trig + 1, min(hi, trig + LATER_REACH)) if "later_today" in s.cues[j]), None)
        if "summit" in s.cues[trig] and later is not None and not RELATIVE_WORDS.isdisjoint(s.text[trig + 1:later]):
            return True  # "عشية القمة العربية التي تنطلق في البلاد في وقت لاحق اليوم": it opens later today
        if "meeting_verb" in s.cues[trig] and not _present(s.text[trig]):
            return False  # "والتقى ولي عهدها …، ومن المقرر أن تشمل": a past verb's plan after it is another clause's
        rest = next((j for j in after if s.cues[j] != s.cues[trig]), after.stop)  # "الاجتماع الوزاري": one phrase
        stop = min(hi, trig + FUTURE_AFTER_REACH)
        own = next((j for j in _past_forum(s, range(rest, stop)) if not TRIGGER_KINDS.isdisjoint(s.cues[j])), stop)
        # "ناقش عشية القمة المرتقبة": "expected" is the summit's, not the talks'; "الاجتماع الوزاري لمجلس التعاون
        # سيعقد": a forum's name is no meeting of its own
        return any("future" in s.cues[j] for j in range(after.start, own)
                   if s.text[j] in FUTURE_AFTER_AR or s.text[j].startswith(FUTURE_PREFIXES))  # "سيستأنف", "سيشهد"
    if "summit" in s.cues[trig] and _next_session(s, trig, hi):
        return True  # "نشست آتی سازمان شانگهای", "اجلاس بعدی": the next session, still ahead
    if "pluperfect" in s.kinds and _held_before_in_its_clause(s, trig, hi):
        return True  # "در ادامه نشست سه جانبه … که در ماه می در پکن برگزار شده بود": that one is history
    if trig > lo and "before" in s.cues[trig - 1] and "meeting_verb" not in s.cues[trig] \
            and all([TRIGGER_KINDS.isdisjoint(s.cues[j]) for j in s.cued if lo <= j < trig]):
        return True  # "شی جین پینگ امروز در آستانه دیدار با همتای روس خود، پوتین را … توصیف کرد": still ahead
    if _stressed(s, lo, trig):
        return True  # "بر تداوم رایزنی و تبادل نظر … تاکید کردند", "أكدا على استمرار التشاور": what they stressed
    if _purpose_of(s, lo, trig) or _on_the_eve_of_trip(s, lo, trig):
        return True  # "برای حضور در مذاکرات وارد ژنو شدند": arrived for talks still to come
    if "future" in sentence_cues or "negation" in sentence_cues:
        first, end = _clause_before(s, trig, lo), _clause_after(s, trig, hi)
        ahead = [j for j in s.cued if first <= j < end and ("future" in s.cues[j] or "negation" in s.cues[j])
                 and not _agenda_item(s, j, hi) and not _refused_other(s, j)
                 and not _as_it_went_on(s, lo, j) and not (not arabic and _inside_past_topic(s, j, trig, hi))]
        if ahead and not _held_today(s, lo, trig, ahead, sentence_cues) \
                and not _relative_future_before(s, first, trig, hi, ahead):
            return True
    return _subjunctive_after(s, trig, hi) or _in_order_to(s, lo, trig, hi) or _invited_to(s, trig, hi) \
        or _after_it_then_present(s, lo, trig, hi) or _goal_of_trip(s, lo, trig, hi) \
        or _frame_of_subjunctive(s, trig, hi) or _on_the_programme(s, trig, hi)


TOPIC_HEADS = frozenset("درباره مورد خصوص درخصوص پیرامون حول بشان".split())  # folded: what was talked of opens
# here: "درباره استراتژی ترامپ", "در مورد", "حول", "بشأن"


def _inside_past_topic(s: Sentence, j: int, trig: int, hi: int) -> bool:
    """Whether the future cue at ``j`` stands inside what a Persian past meeting was about, after its topic word and
    before the meeting word: "درباره برگزاری … مراسم اربعین در سال های آینده با یکدیگر رایزنی کردند" (the
    ceremonies are ahead, the talks were held)."""
    return j < trig and any([s.text[k] in TOPIC_HEADS for k in range(max(0, j - TOPIC_SPAN), j)]) \
        and not PAST_LIGHT_FA.isdisjoint(s.text[trig + 1:min(hi, trig + 3)])


TOPIC_SPAN = 12  # tokens from a topic word to a time inside the topic: "درباره برگزاری هرچه باشکوه تر مراسم … در سال"


PROGRAMME_WORDS = frozenset("برنامه برنامههای برنامههایی".split())  # folded: a visit's programme
PROGRAMME_VERBS = frozenset("است هستند".split())  # (not "بوده است", "بود": a programme carried out)


def _on_the_programme(s: Sentence, trig: int, hi: int) -> bool:
    """Whether a Persian meeting word is an item the sentence lists "از … برنامه‌های …" of a visit, the sentence
    closing on "است": "برگزاری کارگاههای آموزشی و دیدار با مقامهای … از دیگر برنامههای حضور ناوگروه … است" (what
    the visit is to hold, not a meeting told; "… بوده است" tells it carried out)."""
    if PROGRAMME_WORDS.isdisjoint(s.text[trig + 2:hi]):
        return False  # the cheap test first: most sentences list no programme
    last = next((j for j in range(hi - 1, trig, -1) if s.text[j].isalpha()), None)
    if last is None or s.text[last] not in PROGRAMME_VERBS or s.text[last - 1] == "بوده":
        return False
    return any([s.text[j] in PROGRAMME_WORDS and (s.text[j - 1] == "از" or s.text[j - 1] in ("دیگر", "جمله")
                                                  and s.text[j - 2] == "از") for j in range(trig + 2, last)])


def _frame_of_subjunctive(s: Sentence, trig: int, hi: int) -> bool:
    """Whether the Persian meeting noun at ``trig`` frames ("در دیدار با …") talks told later in the sentence
    with a subjunctive verb: "امروز فرصتی است در دیدار با همتای خود … رایزنی داشته باشیم" (a chance to talk,
    not yet taken)."""
    if trig == 0 or s.text[trig - 1] != "در":
        return False
    return any([not TRIGGER_KINDS.isdisjoint(s.cues[j]) and _subjunctive_after(s, j, hi)
                for j in s.cued if j > trig + 1 and "meeting" in s.cues[j] and "meeting" not in s.cues[j - 1]])


REFUSAL_FA = frozenset({"خودداری", "امتناع"})  # folded: refrained (از …)
REFUSED_REACH = 6  # tokens before "خودداری" where the meeting word it refuses stands: "از دیدار با … خودداری"


def _refused_other(s: Sentence, j: int) -> bool:
    """Whether the Persian refusal at ``j`` refuses something other than a meeting: "از هرگونه اظهار نظری در این
    باره خودداری نمودند" (refrained from comment), not "از دیدار با … خودداری کرد"."""
    return s.text[j] in REFUSAL_FA and TRIGGER_KINDS.isdisjoint(set().union(*s.cues[max(0, j - REFUSED_REACH):j]))\
        and TRIGGER_KINDS.isdisjoint(set().union(*s.cues[j + 1:j + 1 + REFUSED_REACH]))  # (nor "خودداری غنی از دیدار")


AGENDA_TOKENS_FA = frozenset({"دستور", "کار", "دستورکار"})  # folded: the future cue "(در) دستور کار"
AGENDA_VERBS_FA = frozenset("قرار قراردارد است هست بود دارد باشد میباشد خواهد گرفت گرفته".split())  # folded


def _agenda_item(s: Sentence, j: int, hi: int) -> bool:
    """Whether the future cue at ``j`` is "در دستور کار" naming what is on an agenda, a noun after it, not a
    verb: "بر اجرای پروژههای در دستور کار کمیسیون مشترک تاکید کرد" (the projects on the commission's agenda;
    the call was held), not "در دستور کار … قرار دارد" (it is planned, also with "است" at the end) nor
    "دستور کار پوتین … شامل دیدار با" (his agenda)."""
    if s.text[j] not in AGENDA_TOKENS_FA:
        return False
    start = j - 1 if s.text[j] == "کار" else j
    end = j + 2 if s.text[j] == "دستور" else j + 1
    return start > 0 and s.text[start - 1] == "در" and end < hi and s.text[end] not in AGENDA_VERBS_FA \
        and "future" not in s.cues[end] and "negation" not in s.cues[end] and AGENDA_VERBS_FA.isdisjoint(s.text[end:hi])


GOAL_WORDS = frozenset("هدف الهدف اهداف الاهداف".split())  # folded: "هدف از این سفر", "الهدف من الزيارة"
GOAL_REACH = 16  # tokens from "هدف" to the meeting words it names: "… و دیدار و مذاکره"
GOAL_TRIP_REACH = 6  # tokens from "اهداف" after the meeting words to the trip: "اهداف سرلشکر باقری در سفر"


def _goal_of_trip(s: Sentence, lo: int, trig: int, hi: int) -> bool:
    """Whether the meeting word is what a trip is "for" ("ظریف … هدف از این سفر را توسعه مناسبات … و دیدار و مذاکره با
    مسئولان هندی خواند", or after it: "دیدار با مقام های … پاکستان … از مهمترین اهداف سرلشکر باقری در سفر به
    پاکستان عنوان شده است"): its aim, still ahead."""
    if GOAL_WORDS.isdisjoint(s.text):
        return False  # most sentences name no aim
    return any([s.text[k] in GOAL_WORDS and not TRIP_WORDS.isdisjoint(s.text[k + 1:k + 4])
                for k in range(max(lo, trig - GOAL_REACH), trig)]) \
        or any([s.text[k] in GOAL_WORDS and not TRIP_WORDS.isdisjoint(s.text[k + 1:k + GOAL_TRIP_REACH])
                and PAST_LIGHT_FA.isdisjoint(s.text[trig + 1:k]) for k in range(trig + 1, hi)])


PAST_LIGHT_FA = frozenset("کرد کردند نمود نمودند داشت داشتند شد شدند".split())  # folded: a meeting told held


AFTER_WORDS_FA = frozenset({"پس", "بعد"})  # folded: "پس از", "بعد از" (after)
PRESENT_VERBS_FA = frozenset("میکند میکنند مینماید مینمایند میرود میروند میشود میشوند".split())  # folded


def _after_it_then_present(s: Sentence, lo: int, trig: int, hi: int) -> bool:
    """Whether a Persian meeting word after "پس از"/"بعد از" closes in a present main verb: "رحمان پس از دیدار با
    رئیس جمهور قرقیزستان از روستای «واروخ» … بازدید میکند" (he will visit after he meets: both still ahead)."""
    if not (trig - 2 >= lo and s.text[trig - 1] == "از" and s.text[trig - 2] in AFTER_WORDS_FA):
        return False
    last = next((j for j in range(hi - 1, trig, -1) if s.text[j].isalpha()), None)
    return last is not None and s.text[last] in PRESENT_VERBS_FA


INVITE_VERBS_FA = frozenset("کرد کرده کردند کردهاند نمود نموده میکند میکنند".split())  # folded light verbs


RELATIVE_REACH_FA = 10  # tokens from a meeting noun to the "که" of its clause: its sides and modifiers between


def _held_before_in_its_clause(s: Sentence, trig: int, hi: int) -> bool:
    """Whether the Persian meeting noun at ``trig`` has a "که" clause of its own told in the past perfect, before any
    other meeting word: "در ادامه نشست سه جانبه وزرای خارجه افغانستان، چین و پاکستان که در ماه می در پکن برگزار شده
    بود، … دیدار کرد" (the trilateral is history; the meeting the sentence tells is another)."""
    return _history_clause(s, trig, hi) is not None


def _history_clause(s: Sentence, trig: int, hi: int) -> int | None:
    """The token of the "که" that opens the past-perfect clause of the meeting noun at ``trig`` (see
    ``_held_before_in_its_clause``), else None; the states between the noun and it are that meeting's."""
    k = next((k for k in range(trig + 1, min(hi, trig + 1 + RELATIVE_REACH_FA)) if s.text[k] == "که"), None)
    if k is None or any([not TRIGGER_KINDS.isdisjoint(s.cues[x]) for x in range(trig + 1, k)
                         if s.cues[x] != s.cues[trig]]):
        return None
    end = next((x for x in range(k + 1, hi) if not TRIGGER_KINDS.isdisjoint(s.cues[x])), hi)
    return k if any(["pluperfect" in s.cues[x] for x in range(k + 1, end)]) else None


def _invited_to(s: Sentence, trig: int, hi: int) -> bool:
    """Whether the meeting word is what someone was invited to ("… یک هیئت طالبان را به این نشست دعوت کرده است"):
    an invitation, the meeting still ahead."""
    return trig + 2 < hi and s.text[trig + 1] == "دعوت" and s.text[trig + 2] in INVITE_VERBS_FA


EVE_REACH = 8  # tokens from "در آستانه سفر" to a meeting word of the same trip


def _on_the_eve_of_trip(s: Sentence, lo: int, trig: int) -> bool:
    """'در آستانه سفر به اسلام آباد و مذاکره با مقامات این کشور': talks of a trip still to come."""
    return s.text[trig - 1] == "و" and any([s.text[k] == "استانه" and s.text[k - 1] == "در"
                                             and s.text[k + 1] in TRIP_WORDS
                                             and TRIGGER_KINDS.isdisjoint(set().union(*s.cues[k + 2:trig]))
                                             for k in range(max(lo + 1, trig - EVE_REACH), trig - 1)])


def _relative_future_before(s: Sentence, first: int, trig: int, hi: int, ahead: list[int]) -> bool:
    """'در حاشیه زمینه‌سازی‌ها برای اجلاس عربی – اسلامی که در دوحه برگزار می‌شود، با عراقچی دیدار کرد': every
    future verb before the meeting word closes a "که" clause about something else, and the meeting word's own
    verb right after it is past."""
    if not all([j < trig and "که" in s.text[first:j] for j in ahead]):
        return False
    k = next((k for k in range(trig + 1, hi) if s.text[k] != "و" and TRIGGER_KINDS.isdisjoint(s.cues[k])), hi)
    return k < hi and s.text[k] in PAST_VERBS_FA


PURPOSE_REACH = 8  # tokens between "تا" and the meeting word
VERB_REACH = 12  # tokens between the meeting word and the clause's subjunctive verb


def _in_order_to(s: Sentence, lo: int, trig: int, hi: int) -> bool:
    """'وارد فرودگاه ریاض شد تا در نشست فوق‌العاده امروز مشارکت کند': the meeting word inside a "تا" (so that)
    clause whose verb is subjunctive is what the trip is for, still to come."""
    before = range(max(lo, trig - PURPOSE_REACH), trig)
    if not any([s.text[j] == "تا" or s.text[j] == "دعوت" and j + 1 < trig and s.text[j + 1] == "کرد"
                for j in before]):
        return False  # "… شد تا در نشست … مشارکت کند", "از امیر قطر دعوت کرد در اجلاس سران … حضور یابد"
    return any([s.text[j] in SUBJUNCTIVE for j in range(trig + 1, min(hi, trig + VERB_REACH + 1))])


TODAY_WORDS = frozenset({"امروز"})


def _held_today(s: Sentence, lo: int, trig: int, ahead: list[int], sentence_cues: frozenset[str]) -> bool:
    """'نشست سالانه سران ناتو امروز در واشنگتن برگزار می‌شود': a gathering held today, in the present tense, is
    happening; the same verb without "today", or "later today", announces it."""
    return all(["held_today" in s.cues[j] for j in ahead]) and "later_today" not in sentence_cues \
        and any([s.text[j] in TODAY_WORDS for j in range(lo, max(ahead))])


RELATIVE_WORDS = frozenset({"التی", "الذی"})  # folded "التي", "الذي"
FUTURE_PREFIXES = ("ست", "سی")  # Arabic future verbs: "ستتركز", "سيعقد"


PERIOD_WORDS = frozenset("الاسبوع الشهر العام السنه الفتره".split())  # folded: before "المقبل", "القادم"
MONTH_NAMES_AR = frozenset("ینایر فبرایر مارس ابریل مایو یونیو یولیو اغسطس سبتمبر اکتوبر نوفمبر دیسمبر کانون شباط "
                           "اذار نیسان ایار حزیران تموز اب ایلول تشرین".split())  # folded month names


RELATIVE_REACH_AR = 6  # tokens from "الذي"/"التي" to the past meeting verb after its clause


def _relative_before_verb(s: Sentence, lo: int, trig: int) -> int:
    """The token of "الذي"/"التي" whose clause ends right before the past Arabic meeting verb at ``trig`` ("…
    التشاوري، الذي تستضيفه دولة الكويت غدًا الأحد، اجتمع …"), else ``trig``: what that clause tells (a day, a
    future) is not the meeting's."""
    if "meeting_verb" not in s.cues[trig] or _present(s.text[trig]):
        return trig
    return next((j for j in range(max(lo, trig - RELATIVE_REACH_AR), trig) if s.text[j] in RELATIVE_WORDS), trig)


def _future_relative(s: Sentence, after: list[int]) -> bool:
    """'القمة التي ستتركز مشاوراتها': the meeting word's relative clause opens with a future verb."""
    return len(after) >= 2 and s.text[after[0]] in RELATIVE_WORDS and s.text[after[1]].startswith(FUTURE_PREFIXES) \
        and len(s.text[after[1]]) >= 5 and after[1] == after[0] + 1


def _past_forum(s: Sentence, after: range) -> list[int]:
    """The tokens of ``after`` that no forum's name covers: what follows "قمة التعاون الإسلامي"."""
    return [j for j in after if s.mention[j] is None or s.mention[j].kind != "forum"]


PURPOSE_WORDS = frozenset({"برای", "جهت", "منظور", "بهمنظور"})  # folded: "برای دیدار", "به منظور انجام دیداری"
DEPART_WORDS = frozenset({"عازم", "راهی", "مقصد", "ترک", "رفت", "رفته", "رفتند", "میرود", "میروند", "عزیمت"})
# folded: left for, heading to, gone to ("به مقصد", "ترک کرد", "به آنکارا رفته است")


PROPOSAL_WORDS = frozenset({"پیشنهاد", "پیشنهادی", "موافقت", "درخواست"})  # folded: proposed, agreed, asked


CHANCE_WORDS = frozenset({"الفرصه", "فرصه"})  # folded "الفرصة": the chance
SEIZED_WORDS = frozenset({"استغل", "اغتنم", "انتهز", "استغلت", "اغتنمت", "انتهزت"})  # took it, past


STRESSED_NOUNS = frozenset(fold_text("تداوم ادامه ضرورت استمرار لزوم اهمیت ضرورة أهمية مواصلة").split())  # folded:
# the need for, continuing: talks named as what was stressed, no meeting


def _stressed(s: Sentence, lo: int, trig: int) -> bool:
    """Whether the meeting word at trig, or the list of them it ends ("رایزنی و تبادل نظر"), is what was stressed:
    "بر تداوم …", "على استمرار …"."""
    k = trig - 1
    while k > lo and (s.text[k] == "و" or not s.cues[k].isdisjoint(NOUN_KINDS)):
        k -= 1
    return k > lo and s.text[k] in STRESSED_NOUNS and s.text[k - 1] in ("بر", "علی")


def _seized_chance(s: Sentence, lo: int, k: int) -> bool:
    """Whether the purpose word at token k follows a chance taken: "استغل الفرصة لعقد اجتماعات منفصلة" (he took the
    chance to hold them, and did)."""
    return k - 2 >= lo and s.text[k - 1] in CHANCE_WORDS and s.text[k - 2].removeprefix("و") in SEIZED_WORDS


def _purpose_of(s: Sentence, lo: int, trig: int) -> bool:
    """Whether a meeting word (not a verb, not a summit: those have their own rules) is what a purpose phrase
    names: "لإجراء محادثات", "برای حضور در مذاکرات"; or a Persian "to meet" ("برای دیدار") told of a departure.
    Arrived "to meet" ("برای دیدار با پزشکیان وارد تهران شد") is left to tell the meeting."""
    if not s.cues[trig].isdisjoint({"meeting_verb", "summit"}):
        return False
    k = trig - 1
    holding = False  # "برای از سرگیری مذاکرات", "برای برگزاری نشست": to resume or hold talks, still ahead
    while k > lo and (s.text[k] == "و" or not s.cues[k].isdisjoint(NOUN_KINDS) or s.text[k] in HOLDING_NOUNS
                      or s.text[k] in QUANTIFIER_WORDS  # "به منظور انجام برخی دیدارها"
                      or s.text[k] == "از" and s.text[k + 1] == "سرگیری"):  # "برای دیدار و گفت وگو", "لعقد جلسة
        holding = holding or s.text[k] in HOLDING_NOUNS  # مباحثات"
        k -= 1
    if _seized_chance(s, lo, k):
        return False
    if holding and s.text[k] in PURPOSE_WORDS:
        return True
    if s.text[k] in PROMOTING_NOUNS and k > lo and s.text[k - 1] in PURPOSE_WORDS \
            or s.text[k] in PROMOTING_AR:
        return True  # "به منظور ترویج گفتوگو و آشتی", "لتعزيز الحوار": talks as what is furthered, no meeting
    if any([s.text[j] in PURPOSE_WORDS for j in range(max(lo, k - 1), k + 1)]) \
            and (any([s.text[j] in DEPART_WORDS for j in range(lo, len(s.text))])
                 or _ends_on_trip(s.text) or _other_meeting_told(s, trig)):
        return True  # "برای دیدار با مقامات سوریه تهران را به مقصد دمشق ترک کرد": left to meet, not met yet; a
        # trip the sentence ends on ("برای رایزنی … به اسلامآباد سفر کرد") is the news, its talks still ahead
    if any([s.text[j] in PURPOSE_WORDS for j in range(max(lo, k - 1), k + 1)]) \
            and any([s.text[j] in PROPOSAL_WORDS for j in range(lo, len(s.text))]):
        return True  # "با پیشنهاد روسیه برای گفتوگو با علیاف … موافقت کرده است": talks agreed to, not held
    return trig > lo and "purpose" in s.cues[k] or k > lo and s.text[k] in ("در", "فی") and "purpose" in s.cues[k - 1]


def _other_meeting_told(s: Sentence, trig: int) -> bool:
    """Whether a Persian meeting told held with partners of its own follows the meeting word at trig (a purpose):
    "… که به منظور گفتگو با مقامات عالی سوریه … وارد دمشق شده است امروز صبح با سفیر … دیدار و گفتگو کرد"."""
    withs = 0
    for j in range(trig + 1, len(s.text) - 1):
        withs += "with" in s.cues[j]
        if withs >= 2 and "meeting" in s.cues[j] and (s.text[j + 1] in PAST_LIGHT_FA or j + 3 < len(s.text)
                                                       and s.text[j + 1] == "و" and s.text[j + 3] in PAST_LIGHT_FA):
            return True
    return False


TRIP_TAIL = frozenset("کرد کردند کرده کردهاند است اند نمود نمودند".split())  # folded: "سفر کرده است"


def _ends_on_trip(words: list[str]) -> bool:
    """Whether a sentence's words end on "سفر" and its light verb: its trip is the news it tells.

    >>> _ends_on_trip("برای رایزنی به اسلامآباد سفر کرده است".split()), _ends_on_trip("سفر کرد و گفت".split())
    (True, False)
    """
    k = len(words) - 1
    while k > 0 and words[k] in TRIP_TAIL:
        k -= 1
    return k < len(words) - 1 and words[k] == "سفر"


PROMOTING_NOUNS = frozenset("ترویج تسهیل تقویت گسترش تشویق".split())  # folded: to further (talks, dialogue)
PROMOTING_AR = frozenset("لتعزیز لتشجیع لتسهیل لتفعیل لدعم".split())  # folded: "لتعزيز الحوار"
HOLDING_NOUNS = frozenset("سرگیری ازسرگیری برگزاری ادامه استیناف انجام برقراری هماهنگی تدارک مقدمات".split())
# folded: resuming, holding, going on, doing, establishing, coordinating, preparing (a meeting)

DAYS_WORDS = frozenset("الایام ایام روزهای روزها".split())  # folded: days
RECENT_WORDS = frozenset("الماضیه الاخیره گذشته اخیر".split())  # folded: past, latest


def _recent_days(s: Sentence) -> bool:
    """Whether the sentence tells "in the past few days" ("في الأيام القليلة الماضية", "طی روزهای گذشته"): what
    "كان قد" tells then is this week's news, not history.

    >>> _recent_days(Sentence("فی الایام القلیله الماضیه".split(), [0] * 4, [0] * 4, [frozenset()] * 4))
    True
    """
    return any([w in DAYS_WORDS and not RECENT_WORDS.isdisjoint(s.text[i + 1:i + 3]) for i, w in enumerate(s.text)])


EARLIER_FA = frozenset({"پیشتر", "اخیرا"})  # folded "earlier", "recently": "اخیرا و در حاشیه نشست … دیدار … کرده بودند"


def _earlier(s: Sentence, lo: int, at: int, also: bool = False) -> bool:
    """Whether a Persian "earlier" ("پیشتر", "پیش تر") comes before the past perfect at ``at``: "بروجردی پیشتر با
    رئیس مجلس شورای سوریه نیز دیدار … کرده بود" tells a meeting of the same news, not history. A meeting word
    must stand between them ("پیشتر بحرین اعلام کرده بود در نشستی …" tells what was said before). "پیش از این" counts
    too when ``also``: told with "نیز" or on the sidelines of the article's gathering, and with no date."""
    first = next((k for k in range(lo, at) if s.text[k] in EARLIER_FA or s.text[k] == "تر" and k > lo
                  and s.text[k - 1] == "پیش" or s.text[k] == "این" and also), None)
    return first is not None and any([not TRIGGER_KINDS.isdisjoint(s.cues[k]) for k in range(first + 1, at)])


def _before_a_meeting(s: Sentence, lo: int, at: int) -> bool:
    """Whether a Persian past perfect at ``at`` is told "before" a meeting of the same news ("پیش از دیدار با رئیس
    جمهور عراق با ولیعهد کویت گفتوگو کرده بود"): earlier than that meeting, not history."""
    return any(["before" in s.cues[k] and "before" not in s.cues[k + 1] and not s.cues[k + 1].isdisjoint(NOUN_KINDS)
                for k in range(lo, at - 1)])


def _also_earlier(s: Sentence) -> bool:
    """Whether "پیش از این" (earlier) comes with "نیز" (also) and every recall word of the sentence is that one:
    "کاملوف پیش از این با محمدیعقوب مجاهد … نیز دیدار کرده بود", "جهانگیری پیش از این نیز با رییس جمهوری بولیوی
    دیدار … کرده بود" tell more meetings of the same trip, not history."""
    if "نیز" not in s.text:
        return False
    recalls = [j for j in s.cued if "recall" in s.cues[j]]
    return bool(recalls) and all([s.text[j] in ("پیش", "از", "این") for j in recalls]) \
        and any(["meeting" in s.cues[j] for j in s.cued if j > recalls[-1]])


def _earlier_yesterday(s: Sentence, days: list[DateMention]) -> bool:
    """Whether every "پیش از این" (earlier) of the sentence comes with a day just before the news or its own day
    ("ترامپ پیش از این دیروز با پادشاه چارلز سوم … دیدار کرده بود", "پیش از این … امروز به دیدار رهبر معظم انقلاب
    … رفت"), or with a weekday ("پیش از این روز سه‌شنبه در غنا … دیدار"): the same trip, not history."""
    recalls = [j for j in s.cued if "recall" in s.cues[j]]
    return bool(recalls) and all([s.text[j] in ("پیش", "از", "این") for j in recalls]) \
        and any([d.how == "relative" and (d.offset_days is not None and -RECENT_DAYS <= d.offset_days <= 0
                                          or d.offset_days is None and d.weekday is not None) for d in days]) \
        and all([d.how == "relative" for d in days])  # (not "در روزهای یکشنبه و دوشنبه (۲۳ و ۲۴ شهریور)")


def _before_this_meeting(s: Sentence) -> bool:
    """Whether every "پیش از این" (earlier) of the sentence is "before this" meeting ("پیش از این نشست، با اسکندر
    مومنی … دیدار کرد", "پیش از این دیدار"): a time inside the news, not history."""
    recalls = [j for j in s.cued if "recall" in s.cues[j]]
    return bool(recalls) and all([s.text[j] in ("پیش", "از", "این") for j in recalls]) \
        and recalls[-1] + 1 < len(s.text) and not TRIGGER_KINDS.isdisjoint(s.cues[recalls[-1] + 1])


def _earlier_at_the_forum(s: Sentence, forum: str | None) -> bool:
    """Whether "پیش از این" (earlier) tells meetings on the sidelines of the gathering the article is about: "پیش از
    این آقای غنی در حاشیه کنفرانس امنیتی مونیخ با مایک پنس … دیدار کرده بود" (the same conference, not history)."""
    if forum is None or "sideline" not in s.kinds:
        return False
    recalls = [j for j in s.cued if "recall" in s.cues[j]]
    return bool(recalls) and all([s.text[j] in ("پیش", "از", "این") for j in recalls]) \
        and any([s.mention[j] is not None and s.mention[j].kind == "forum" and s.mention[j].entity == forum
                 for j in s.named])


PAST_PERIOD_FA = frozenset({"گذشته", "قبل", "پیشین"})  # folded: "هفته گذشته", "ماه قبل": a past period's


def _earlier_in_the_host_state(s: Sentence, pair: list[str] | None) -> bool:
    """Whether "پیش از این" (earlier) tells meetings with officials of the state whose meeting the text told last, no
    other state named: "او پیش از این، با فؤاد حسین، وزیر خارجه عراق، و محمد شیاع السودانی … ملاقات کرده بود"
    after a meeting in Baghdad (the same trip's, not history)."""
    if not pair or "pluperfect" not in s.kinds or not PAST_PERIOD_FA.isdisjoint(s.text):
        return False  # (not "پیش از این میشوستین … هفته گذشته به تهران آمده و با … دیدار": last week's)
    recalls = [j for j in s.cued if "recall" in s.cues[j]]
    states = {s.mention[j].country for j in s.named if s.mention[j].kind in ("official", "country", "title")
              and s.mention[j].country}
    return bool(recalls) and all([s.text[j] in ("پیش", "از", "این") for j in recalls]) \
        and bool(states) and states <= set(pair)


ANNOUNCE_WORDS_FA = frozenset({"اعلام", "گفته", "خبر", "اعلان"})  # folded: "اعلام کرده بود که", "خبر داده بود که"


def _told_earlier_as_held(s: Sentence) -> bool:
    """Whether "earlier" ("پیش از این", class recall) governs only who announced a meeting told as held in the
    "که" clause after: "پیش از این، وزارت امور خارجه روسیه نیز اعلام کرده بود که نشست چهارجانبه … در مسکو …
    برگزار شد" is that meeting's news, not history."""
    recalls = [j for j in s.cued if "recall" in s.cues[j]]
    that = next((k for k in range(recalls[0] + 1, len(s.text)) if s.text[k] == "که"), None) if recalls else None
    return that is not None and max(recalls) < that \
        and any([s.text[k] in ANNOUNCE_WORDS_FA for k in range(recalls[-1] + 1, that)]) \
        and any(["held" in s.cues[j] for j in s.cued if j > that])


def _earlier_ar(s: Sentence, lo: int, hi: int) -> bool:
    """Whether the sentence tells "earlier" ("في وقت سابق"): "وكان ظريف قد التقى في وقت سابق رئيس حكومة اقليم
    كردستان" is a meeting of the same news, not history."""
    return any([s.text[k] == "وقت" and s.text[k - 1] == "فی" and s.text[k + 1] == "سابق"
                or s.text[k] == "من" and s.text[k + 1] == "قبل" and s.text[k - 1] in CONDUCTED_AR
                or s.text[k] in ALSO_AR and "meeting_verb" in s.cues[k - 1]
                or s.text[k] in BEFORE_LEAVING_AR and s.text[k + 1] in LEAVING_AR
                for k in range(lo + 1, hi - 1)])  # "قد أجرى من قبل محادثات مع الوزير لودريون": earlier; "وكان
    # الوزير أراوجو قد اجتمع أيضاً بوزير خارجية الكويت": also, on the same trip; "قد التقى في مطار عمان قبل
    # مغادرته متوجهاً إلى طهران": as he left on it


CONDUCTED_AR = frozenset({"اجری", "اجرت", "عقد", "عقدت", "التقی", "التقت"})  # folded past "held", "met"
BEFORE_LEAVING_AR = frozenset(fold_text("قبل قبيل لدى عند").split())  # "قبل مغادرته" (before he left)
LEAVING_AR = frozenset(fold_text("مغادرته مغادرتها مغادرتهم توجهه").split())
ALSO_AR = frozenset(fold_text("أيضاً أيضا كذلك").split())  # "also", right after a past perfect meeting verb


PAST_VERBS_FA = frozenset("کرد کردند نمود نمودند داشت داشتند".split())  # folded: the simple past of a meeting
CLAUSE_PAST_FA = PAST_VERBS_FA | {"گرفت", "گرفتند"}  # folded: "… قرار گرفت و …" ends a clause told as past
PAST_PERFECT_AUX = frozenset("بود بودند".split())


def _past_main_verb_after(s: Sentence, at: int, hi: int) -> bool:
    """Whether a Persian "کرده بودند" at token ``at`` is a relative clause's and a meeting word after it has a simple
    past verb of its own: "هیأتی … که برای شرکت در کمیسیون به ایران سفر کرده بودند، در بندرعباس با … دیدار
    کردند" (the meeting is told, the trip before it)."""
    if not any([s.text[k] == "که" for k in range(max(0, at - 16), at)]):
        return False
    # "در دیدار با X که … سفر کرده بود، گفت", "… که … به مشهد سفر کرده بود، در دیدار با استاندار … قدردانی کرد"
    told = next((j for j in range(1, hi) if j not in (at, at + 1) and "meeting" in s.cues[j] and s.text[j - 1] == "در"),
                None)
    if told is not None:
        return any([_simple_past(s, k, hi) or s.text[k] in SPOKE_WORDS for k in range(max(at + 2, told + 1), hi)])
    return any([not s.cues[j].isdisjoint(NOUN_KINDS)
                and any([_simple_past(s, k, hi) or _chained_past(s, k, hi)
                         for k in range(j + 1, min(hi, j + 1 + NOUN_TO_VERB))])
                for j in range(at + 2, hi)])


NOUN_TO_VERB = 4  # tokens from a meeting noun to its light verb: "رایزنی‌های خود را تشریح کردند"


def _chained_past(s: Sentence, k: int, hi: int) -> bool:
    """Whether token ``k`` is a past participle chained to the verbs after it by "و" ("نشست مشترک … را برگزار کرده و
    … تشریح کردند"): the past of the chain, no pluperfect."""
    return s.text[k] == "کرده" and k + 1 < hi and s.text[k + 1] == "و"


def _simple_past(s: Sentence, k: int, hi: int) -> bool:
    """Whether token ``k`` is a simple past verb of a meeting ("کرد"), not a pluperfect's "کرده بود"."""
    return s.text[k] in PAST_VERBS_FA and (k + 1 >= hi or s.text[k + 1] not in PAST_PERFECT_AUX)


HOLDING_STEMS_AR = ("عقد", "انعقاد")  # folded: "المقرر عقدها", "المزمع انعقادها" (its holding)
SPOKE_WITH_REACH = 8  # tokens from "تحدث" to its "مع": "تحدث وزير الخارجية الروسي سيرغي لافروف مع"
LATE_WORDS = LATE_TITLES | frozenset("الشهید شهید مرحوم".split())  # folded: the late, the martyred
LATE_REACH = 3  # words between the meeting word and the late one's title
CHAIRS_PRESENT = frozenset("یتراس تتراس یراس یحضر تحضر یفتتح تفتتح".split())  # folded: chairs, attends, opens
NEXT_PERIOD_REACH = 30  # tokens from "الفترة المقبلة" to the meetings it lists
TAKES_PART_PRESENT = frozenset("یشارک تشارک یشارکون یحضره تحضره یحضرها".split())  # folded: takes part in, attends


CONTRAST_WORDS = frozenset({"اما", "ولی", "لیکن"})  # folded Persian "but"


def _clause_before(s: Sentence, trig: int, lo: int) -> int:
    """Where the Persian clause of the meeting word at ``trig`` begins: after the last "but" before it ("ایران
    هرگز تسلیم نخواهد شد اما وزیر خارجه امروز با همتای عمانی دیدار کرد"). A speech verb before it begins no
    new clause here: "در پاسخ به پرسشی … گفت … دیدار" still answers a question."""
    return next((j + 1 for j in reversed(s.cued) if lo <= j < trig and s.text[j] in CONTRAST_WORDS), lo)


def _clause_after(s: Sentence, trig: int, hi: int) -> int:
    """Where the Persian clause of the meeting word at ``trig`` ends: at the first speech verb or "but" after it
    ("دیدار کرد و گفت ایران … نخواهد", "دیدار کردند اما توافقی حاصل نشد"): what follows is what was said or
    what came of it, and its future or negation is not the meeting's. So is a hope voiced after a meeting told as
    held ("در دیدار با … که عصر یکشنبه … برگزار شد، … ابراز امیدواری کرد که وزیر … در آینده نزدیک به ایران سفر کند")."""
    end = next((j for j in s.cued if trig < j < hi and TRIGGER_KINDS.isdisjoint(s.cues[j])
                and ("clause" in s.cues[j] or "wish" in s.cues[j]
                     and any(["held" in s.cues[k] for k in range(trig + 1, j)]))), hi)
    if end + 1 < hi and s.text[end + 1] in WAS_FA and any(["this_meeting" in s.cues[k] for k in range(end + 1, hi)]):
        return hi  # "… گفته بود در این نشست درباره … بحث خواهد شد": what was said before is of this meeting, still
        # ahead (not "در دیدار با پوتین تأکید کرد، بیانیه پایانی این دیدار … خواهد آورد": said there, of its outcome)
    # "… مورد استقبال رسمی … قرار گرفت و قرار است …": a past verb and "و" close the meeting's clause
    joined = next((j for j in range(trig + 1, end) if s.text[j] == "و" and s.text[j - 1] in CLAUSE_PAST_FA), end)
    return joined


def _last_month(s: Sentence) -> bool:
    """'نهاية فبراير الماضي', 'اردیبهشت ماه گذشته': a month named as the last one tells history, whether or not
    a publication date would place it; so does the last month as a whole ("الشهر الماضي", "ماه پیش"), where no
    day is named ("10 الشهر الماضي" is a day)."""
    return _last_period(s, MONTH_WORDS, months_too=True)


# folded "since" ("منذ الزيارة التي قام بها … في أبريل الماضي" starts a period) and "that" ("پس از زلزله‌ای که
# فوریه گذشته سوریه را لرزاند" dates what the clause tells, not the meeting)
SINCE_WORDS = frozenset({"منذ", "که", "التی", "الذی", "بعد"})  # ("التي عقدت بصنعاء في اغسطس الماضي": the clause's;
# "بعد إطاحة بشار الأسد الشهر الماضي": what came before it)
SINCE_REACH = 10  # tokens from "منذ" to the month it starts from
THAT_REACH = 5  # tokens from "که" to the period of its clause ("که فوریه گذشته", "که ماموریت خود را ماه گذشته")


def _last_period(s: Sentence, periods: frozenset[str], months_too: bool = False) -> bool:
    if PAST_AFTER_PERIOD.isdisjoint(s.text):
        return False
    months, weekdays = calendar_words()["month"], calendar_words()["weekday"]
    for j, word in enumerate(s.text):
        if word in PAST_AFTER_PERIOD and j and not any([s.text[i] in SINCE_WORDS and j - i <= (
                SINCE_REACH if s.text[i] == "منذ" else THAT_REACH) for i in range(max(0, j - SINCE_REACH), j)]):
            k = j - 1 if s.text[j - 1] != "ماه" or j < 2 else j - 2
            if months_too and word in PAST_WORDS and (s.text[k] in months
                                                      or k and s.text[k - 1] + s.text[k] in months):
                return True
            if s.text[j - 1] in periods and not any(
                    [s.text[i] in weekdays or s.text[i].isdigit() for i in range(max(0, j - 4), j - 1)]):
                return True
    return False


PAST_HELD = frozenset("عقدت انعقدت جرت".split())  # folded past "was held", after a كان without قد
WAS_REACH = 8  # tokens from كان to that verb: its subject, the summit and what it was about, come between


def _split_pluperfect(s: Sentence) -> int | None:
    """'وكان الرئيس بوتين قد أجرى اتصالا': Arabic كان, its subject, then قد, a pluperfect the cue table's
    "كان قد" does not see; or كان then a past "was held" without قد. The index of قد (or the verb), or None."""
    if WAS_WORDS.isdisjoint(s.text):
        return None
    for j, word in enumerate(s.text):
        if word == QAD and any([s.text[i] in WAS_WORDS for i in range(max(0, j - 5), j - 1)]):
            return j
    for j, word in enumerate(s.text):  # "وكانت القمة الثلاثية الأولى حول الأزمة السورية عقدت في سوتشي": no قد
        if word in PAST_HELD and any([s.text[i] in WAS_WORDS for i in range(max(0, j - WAS_REACH), j - 1)]):
            return j
    return None


def _this_meeting_starts(s: Sentence) -> list[int]:
    """The first token of each "this meeting" phrase of the sentence ("در این نشست", "خلال اللقاء")."""
    return [j for j in s.cued if "this_meeting" in s.cues[j] and not (j and "this_meeting" in s.cues[j - 1])]


def _came_after(s: Sentence, j: int) -> bool:
    """Whether the "this meeting" starting at token ``j`` came before or after another, told next: "إن هذا
    الاجتماع جاء بعد التقاء الأمير محمد بن سلمان بالرئيس الأميركي", "این دیدار پس از دیدار … انجام شد"."""
    end = next((k for k in range(j, len(s.text)) if "this_meeting" not in s.cues[k]), len(s.text))
    return any([not SEQUENCE_KINDS.isdisjoint(s.cues[k])
                and any([not TRIGGER_KINDS.isdisjoint(s.cues[m]) for m in range(k + 1, len(s.text))])
                for k in range(end, min(end + 2, len(s.text)))])  # not "وتأتي المكالمة قبل ساعات من زيارة"


def _subjunctive_after(s: Sentence, trig: int, hi: int) -> bool:
    """'که به‌زودی با همتای مصری خود دیدار کند': a Persian meeting noun whose light verb is subjunctive (or
    present: "دیدار می کند", announced) has not happened yet."""
    j = trig + 1
    while j < hi and ("meeting" in s.cues[j] or s.text[j] in LIGHT_VERB_GAP or not s.cues[j].isdisjoint(PAIRING)):
        j += 1  # "دیدار و گفتو گو می کند", "دیدار دوجانبه داشته باشند"
    return j < hi and (s.text[j] in SUBJUNCTIVE  # or "نشست داشته باشم": a perfect subjunctive
                       or s.text[j] == "داشته" and j + 1 < hi and s.text[j + 1].startswith("باش"))


LIGHT_VERB_GAP = frozenset("و گفتو گو وگو می".split())  # folded: "و", the halves of a split "گفتگو", present "می"
PAIRING = frozenset({"separate", "joint"})  # cue kinds of a meeting noun's own adjective: "دوجانبه", "سه جانبه"


def _future_clause_before(s: Sentence, lo: int, trig: int) -> bool:
    """'من المقرر أن يزور … لإجراء محادثات': a future word opens the clause that holds the meeting noun, with no
    meeting verb ("التقى") between them to report what did happen. Asked only for nouns: a verb carries its
    own tense."""
    for j in range(trig - 1, lo - 1, -1):
        cues = s.cues[j]
        if "meeting_verb" in cues:
            return "future" in cues  # "وسيبحثان … خلال لقائهما": the future verb's meeting
        if "future" in cues:
            return True
    return False


HELD_REACH = 7  # tokens from a present "is held" verb to its meeting noun: the subject's title and name between


def _present_with_future(s: Sentence, trig: int, after: range) -> bool:
    """'يلتقي … غدا نظيره', 'يلتقي الرئيس مساء اليوم الوزير': a present-tense meeting verb with a future word,
    or a later hour of today, after it tells a plan."""
    later = any("future" in s.cues[j] or "later_today" in s.cues[j] for j in after)
    if later and any(["held" in s.cues[j] and _present(s.text[j]) for j in range(max(0, trig - HELD_REACH), trig)]):
        return True  # "وتنعقد القمة المصرية الأردنية غدا", "يجري الرئيس … مباحثات مساء اليوم": present, still ahead
    return later and _present(s.text[trig]) and "meeting_verb" in s.cues[trig]


# folded Arabic present "conducts", "holds" with ي: "حيث يجريان مباحثات رسمية" announces the talks, as "يلتقي" does
NOW_WORDS_AR = frozenset("الان حالیا".split())  # folded "الآن", "حاليا": the present told as now
PRESENT_CONDUCT = frozenset("یجری یجریان یجرون یعقد یعقدان یعقدون یشهد تشهد فیشهد فتشهد".split())
CONDUCT_OPENING_REACH = 10  # tokens from a sentence-opening "يعقد" to its talks: "يعقد وزير الخارجية سامح شكري اليوم
# الأحد جلسة مباحثات" (announced that morning)


def _present_ya(word: str) -> bool:
    """A folded Arabic verb in the present tense with ي, past its "و": "یلتقی", "ویبحث" (not "تباحث", a past).

    >>> _present_ya("ویلتقی"), _present_ya("تباحث")
    (True, False)
    """
    return word.removeprefix("و")[:1] == "ی"


def _present(word: str) -> bool:
    """A folded Arabic verb in the present tense, past its conjunction: "یلتقی", "وتنعقد"."""
    word = word[1:] if word[:1] in "وف" and len(word) > 4 else word
    return word[:1] in "یت"


def _next_session(s: Sentence, trig: int, hi: int) -> bool:
    """Whether the Persian summit word at ``trig`` is "the next" one: "نشست آتی", "اجلاس بعدی"."""
    return any([s.text[j] in NEXT_FA for j in _past_forum(s, range(trig + 1, min(hi, trig + 6)))[:1]])


def _host_is_future(s: Sentence, side_at: int, hi: int) -> bool:
    """'على هامش اجتماع ... الذي سيعقد بعد غد': the meeting hosting the sideline talks has not met yet."""
    host = next((j for j in range(side_at + 1, hi) if "summit" in s.cues[j]
                 or s.mention[j] is not None and s.mention[j].kind == "forum"), None)
    if host is None:
        return False
    while host + 1 < hi and s.mention[host + 1] is not None and s.mention[host + 1] is s.mention[host]:
        host += 1  # past the forum's name: "در حاشیه مجمع عمومی سازمان ملل در نیویورک دیدار خواهند کرد"
    for j in range(host + 1, min(hi, host + 9)):
        if "summit" in s.cues[j]:
            return False
        if "future" in s.cues[j] or s.text[j] in NEXT_WORDS:  # "… في سبتمبر القادم": the next one
            return True
    return False


def _before(s: Sentence, lo: int, j: int) -> bool:
    """'before the summit': the summit word names a later meeting, also past "this" and its holding ("پیش از
    برگزاری این نشست")."""
    k = j - 1
    while k > lo and (s.text[k] in HOLDING_NOUNS or s.text[k] in THIS_WORDS):
        k -= 1
    return any(["before" in s.cues[i] for i in range(max(lo, min(k - 1, j - 2)), j)])


THIS_WORDS = frozenset("این هذه هذا".split())  # folded


def _told_held(s: Sentence, lo: int, hi: int, arabic: bool) -> bool:
    """Whether the sentence tells a meeting as held ("برگزار شد", "انطلقت", "استضافت"); an Arabic present
    ("تعقد جلسات", "يشهد المؤتمر") may still be ahead, as it is in an article about a conference that opens
    "بعد غد"."""
    return not OCCURRED_KINDS.isdisjoint(s.kinds) and any(
        [not OCCURRED_KINDS.isdisjoint(s.cues[j]) and not (arabic and _present(s.text[j]))
         and not (arabic and _holding_noun_after_that(s, j, hi)) for j in s.cued if lo <= j < hi])


def _holding_noun_after_that(s: Sentence, j: int, hi: int) -> bool:
    """Whether "عقد" after "أن" is the holding, a noun before the gathering it holds ("أن عقد القمة العربية بالجزائر
    مكنت بلادنا"), not a verb ("بعد أن عقد الوزيران اجتماعا", "بعد أن استضافت مدينة العلا القمة")."""
    return s.text[j] == "عقد" and j > 0 and s.text[j - 1] == "ان" and j + 1 < hi \
        and s.text[j + 1].startswith("ال") and not s.cues[j + 1].isdisjoint({"summit", "meeting"})


SPOKE_WORDS = frozenset("گفت افزود قال اکد اوضح شدد دعا اعلن حذر".split())  # folded past "said", "warned"


OCCASION_WORDS = frozenset({"بمناسبه", "لمناسبه", "مناسبت", "بمناسبت"})  # folded: on the occasion of
OCCASION_REACH = 3  # tokens from "بمناسبة" to the summit word: "بمناسبة انعقاد قمة"


def _after_purpose(s: Sentence, lo: int, j: int) -> bool:
    """'to attend the summit': the summit word sits in a purpose clause, not a report that it met; so does one
    whose holding is the purpose ("برای مساعدت به برگزاری موفق این اجلاس"), and one joined by "و" to such a
    summit ("ليترأس وفد … إلى أعمال القمة … ومؤتمر القمة الخليجية الطارئة والقمة العربية الطارئة")."""
    if _purpose_before(s, lo, j) or any([s.text[k] in OCCASION_WORDS for k in range(max(lo, j - OCCASION_REACH), j)]):
        return True  # (or its occasion: "بمناسبة انعقاد قمة قادة مجموعة العشرين")
    first = j
    while first > lo and "summit" in s.cues[first - 1]:
        first -= 1  # "ومؤتمر القمة": one summit's name
    return s.text[first].startswith("و") and any(["summit" in s.cues[k] and _purpose_before(s, lo, k)
                                                 for k in range(max(lo, first - SUMMIT_LIST_REACH), first)])


def _purpose_before(s: Sentence, lo: int, j: int) -> bool:
    return any(["purpose" in s.cues[k] and not _seized_chance(s, lo, k) for k in range(max(lo, j - 15), j)]) \
        or any([s.text[k] in HOLDING_NOUNS and not PURPOSE_WORDS.isdisjoint(s.text[max(lo, k - HOLDING_REACH):k])
                for k in range(max(lo, j - HOLDING_REACH), j)]) \
        or _attending_for(s, lo, j)


ATTEND_NOUNS_FA = frozenset("شرکت حضور اشتراک مشارکت".split())  # folded: "شرکت در" (taking part in)


def _attending_for(s: Sentence, lo: int, j: int) -> bool:
    """Whether a Persian purpose word has, later in its phrase, taking part "در" the summit at j: "به منظور دیدار
    رسمی دوجانبه و نیز شرکت در بیست و دومین اجلاس سران …" (a purpose with another aim before the summit)."""
    p = next((k for k in range(j - 1, max(lo, j - 15) - 1, -1) if s.text[k] in PURPOSE_WORDS), None)
    return p is not None and any([s.text[m] in ATTEND_NOUNS_FA and s.text[m + 1] == "در" for m in range(p + 1, j - 1)])


SUMMIT_LIST_REACH = 12  # tokens from a summit word to the next one in a list: "القمة … لمنظمة التعاون الإسلامي ومؤتمر"


HOLDING_REACH = 3  # tokens from a purpose word to "برگزاری", and from it to the summit: "برای مساعدت به برگزاری"

ORDINAL_WORDS = frozenset("اول ثانی ثالث رابع الاول الثانی الثالث اولین دومین سومین".split())  # folded


DISCUSS_WORDS = frozenset("لمناقشه لبحث للبحث لاستعراض لتناول".split())  # folded: to discuss


def _topic_of_plan(s: Sentence, j: int, cancelled: list[int]) -> bool:
    """Whether the meeting noun at token j is what a cancelled meeting verb before it is to discuss ("ومن
    المتوقع ان يلتقي السفير … لمناقشة تفاصيل اتفاق … والاطار العام لمفاوضات التسوية"): a topic of the plan."""
    return "meeting_verb" not in s.cues[j] and any(["meeting_verb" in s.cues[v] and v < j
                                                    and not DISCUSS_WORDS.isdisjoint(s.text[v + 1:j])
                                                    for v in cancelled])


TIMES_WORDS = frozenset("مرتین مرات بارها".split())  # folded: twice, times, many times
COUNT_WORDS = frozenset("دو سه چهار پنج شش هفت هشت نه ده چند 2 3 4 5 6 7 8 9 10".split())  # folded: before "بار"
TIME_NOUNS_FA = frozenset({"بار", "نوبت"})  # folded: times ("دو بار", "دو نوبت")
TIMES_REACH = 4  # tokens either side of a meeting word a count of times may stand: "پیشتر دو بار با هم ملاقات"
COUNTED_REACH = 10  # tokens from "دو نوبت" to the meeting word: "دو نوبت با میانجیگری روسیه در مسکو دیدار", "بیش از
# 30 بار با رئیس‌جمهور روسیه در جلسات دوجانبه و چند جانبه دیدار"


def _counted_times(s: Sentence, lo: int, hi: int, trig: int) -> bool:
    """Whether the meeting word at ``trig`` is told with how many times it happened ("دو بار با هم ملاقات
    کردند", "التقيا مرتين", "عدة مرات"): meetings counted are history, not one told as news."""
    near = s.text[max(lo, trig - COUNTED_REACH):min(hi, trig + TIMES_REACH + 1)]
    if TIMES_WORDS.isdisjoint(near) and TIME_NOUNS_FA.isdisjoint(near):
        return False  # the cheap test first: most meeting words are told with no count
    return any([s.text[k] in TIMES_WORDS for k in range(max(lo, trig - TIMES_REACH), min(hi, trig + TIMES_REACH + 1))
                if k != trig]) \
        or any([s.text[k] in TIME_NOUNS_FA and k > lo and (s.text[k - 1] in COUNT_WORDS or s.text[k - 1].isdigit())
                for k in range(max(lo, trig - COUNTED_REACH), min(hi, trig + TIMES_REACH + 1)) if k != trig])


REPORT_VERBS_AR = frozenset(fold_text("كشف كشفت أعلن أعلنت ذكر ذكرت قال قالت أفاد أفادت أوضح أوضحت").split())
THAT_AR = frozenset("ان بان".split())  # folded: "أن", "بأن" after a verb of reporting
REPORT_REACH = 4  # tokens from a reporting verb to its "أن": "كشف البيت الأبيض بأن"


def _within_report(s: Sentence, lo: int, trig: int, actors: list[Actor]) -> list[Actor]:
    """The actors of a meeting told inside a report ("… كشف البيت الأبيض بأن الرئيس الامريكي أجرى اتصالا هاتفيا
    مع الرئيس المصري"), when the report names its own subject and partner: who is named before the report's "أن"
    ("في ظل وجود ولي العهد السعودي … في [مصر]") is no side of it."""
    k = next((k for k in range(trig - 1, lo, -1) if s.text[k] in THAT_AR
              and not REPORT_VERBS_AR.isdisjoint(w.removeprefix("و") for w in s.text[max(lo, k - REPORT_REACH):k])),
             None)
    if k is None or not any([k < a.tok < trig and a.participant is not None for a in actors]) \
            or not any([a.tok > trig for a in actors]):
        return actors
    return [a for a in actors if a.tok > k]


def _meeting_ahead_after(s: Sentence, trig: int, hi: int) -> int | None:
    """The token of a "before" word after the meeting word whose next words hold a meeting or summit word
    ("قبيل انعقاد جولة مفاوضات", "قبل بدء القمة", "پیش از نشست"): where a meeting still ahead is told."""
    return next((j for j in s.cued if trig < j < hi and "before" in s.cues[j]
                 and any([not TRIGGER_KINDS.isdisjoint(s.cues[k]) for k in range(j + 1, min(hi, j + 4))])), None)


def _ordinal_of(s: Sentence, j: int) -> bool:
    """Whether the meeting noun at token j is counted ("في ثاني لقاء بينهما", "دومین دیدار"): which of their
    meetings it is, the one the sentence's verb tells."""
    return j > 0 and s.text[j - 1] in ORDINAL_WORDS


QUANTIFIER_WORDS = frozenset("تعدادی شماری برخی عددا عدد بعض سلسله من".split())  # folded: "با تعدادی از سران",
# "عدداً من", "سلسلة من المباحثات"


def _past_quantifier(s: Sentence, j: int, hi: int) -> int:
    """The token after "a number of" at j ("با تعدادی از سران کشورها": سران), else j itself."""
    if s.text[j] in QUANTIFIER_WORDS and j + 2 < hi and s.text[j + 1] in FROM_WORDS:
        return j + 2
    return j


def _earlier_partners(s: Sentence, lo: int, trig: int, actors: list[Actor]) -> list[Actor]:
    """Actors met in a meeting noun told before the verb: 'وإلى جانب لقائه … برئيسها X، التقى …' (his meeting
    with X) names a partner of the verb's subject."""
    noun = next((j for j in range(lo, trig) if "meeting" in s.cues[j]), None)
    if noun is None:
        return []
    with_at = next((j for j in range(noun + 1, trig) if s.text[j].startswith("ب") and "person" in s.cues[j]),
                   None)
    return [] if with_at is None else [a for a in actors if with_at <= a.tok < trig]


DURING_IT = frozenset({"خلالها", "خلاله"})  # folded: during it (a visit told before)


def _outside_cancelled(s: Sentence, actors: list[Actor], triggers: list[int], live: list[int]) -> list[Actor]:
    """'اتفق ظريف ولافروف في محادثاتهما الهاتفية على عقد اجتماع ثلاثي بين إيران وروسيا وتركيا': countries told
    after a planned (cancelled) meeting word, and after no reported one, are the plan's, not sides of the call.
    A partner "with" whom a meeting verb before it was held stays: "ناقش عشية القمة المرتقبة القضايا الأمنية مع
    نظيره الطاجيكستاني"."""
    out = []
    for a in actors:
        before = [j for j in triggers if j < a.tok]
        if before and before[-1] not in live and any([j < before[-1] for j in live]) \
                and not (any(["meeting_verb" in s.cues[j] for j in live if j < before[-1]])
                         and any(["with" in s.cues[j] for j in range(before[-1] + 2, a.tok)])):
            continue
        out.append(a)
    return out


POSSESSED_MEETINGS = frozenset("لقایه لقایها لقاءه اجتماعه اجتماعها محادثاته مباحثاته لقاءاته لقایاته اجتماعاته "
                                "دیدارش دیدارهایش".split())  # folded: "his meeting(s)", after "بعد"/"پس از"

DEFINITE_MEETINGS = frozenset("اللقاء الاجتماع المباحثات المحادثات".split())  # folded: "بعد اللقاء مع X"


def _his_earlier_meetings(s: Sentence, actors: list[Actor], live: list[int]) -> tuple[Actor, list[Actor]] | None:
    """(subject, the people he met first) when the sentence opens with his earlier meetings, then names him and
    his next: "بعد لقائه بالرئيس الأرجنتيني ماوريسيو ماكري، ورئيس الوزراء الإيطالي جوزيبي كونتي …، أجرى ولي العهد
    الأمير محمد بن سلمان محادثات مع الرئيس الروسي" (the crown prince met each of them)."""
    j = next((j for j in live if j and "after" in s.cues[j - 1] and (
        s.text[j] in POSSESSED_MEETINGS or s.text[j] in DEFINITE_MEETINGS and j + 1 < len(s.text)
        and "with" in s.cues[j + 1])), None)  # "وبعد اللقاء مع الاسد عقد متكي اجتماعا مع …"
    k = next((k for k in live if j is not None and k > j + 1 and ("summit" not in s.cues[k] or "meeting" in s.cues[k])),
             None)  # (not "القمة"; "اجتماعا" is a meeting too)
    if k is None:
        return None
    people = [a for a in actors if j < a.tok < k and a.participant is not None]
    if len(people) < 2:
        return None
    subject = people[-1]
    met = [a for a in actors if j < a.tok < subject.tok and a.country != subject.country]
    return (subject, met) if met else None


def _without_met_before(s: Sentence, actors: list[Actor], live: list[int]) -> list[Actor]:
    """'وبعد لقاء قائد الثورة الإسلامية توجه العبادي … ليلتقي برئيس الجمهورية الإيراني حسن روحاني': who was met
    in the meeting placed before the sentence's own ("بعد لقاء X", "پس از دیدار با X") is no side of it when his
    state has another official named after that phrase (not "پس از استقبال رسمي آبراهاميان همتاي ارمني خود، با
    وي … ملاقات کرد": the same man)."""
    if "after" not in s.kinds:
        return actors
    j = next((j for j in live if j and "after" in s.cues[j - 1] and "this_meeting" not in s.cues[j]), None)
    if j is None:
        return actors
    inside = [a for a in actors if j < a.tok <= j + MET_BEFORE_SPAN]
    names = {a.participant.name_en for a in inside if a.participant is not None}
    later = {a.country for a in actors if a.tok > j + MET_BEFORE_SPAN and a.participant is not None
             and a.participant.name_en not in names | {None}}
    return [a for a in actors if a not in inside or a.country not in later]


MET_BEFORE_SPAN = 4  # tokens from "بعد لقاء" to the end of whom it names: "با رهبر معظم انقلاب اسلامی"


def _outside_purpose(s: Sentence, actors: list[Actor], split: int) -> list[Actor]:
    """'شویگو که برای شرکت در اجلاس وزرای دفاع ایران، روسیه و سوریه به تهران سفر کرده است، … با … دیدار کرد':
    the countries of the gathering the subject came to attend are not sides of the meeting "with" someone,
    when the subject was named before the purpose words."""
    purpose = next((j for j in s.cued if "purpose" in s.cues[j] and j < split), None)
    if purpose is None:  # "بعد اجراء مباحثات مع السلطات العمانية، … وتوجه إلى دمشق، للتباحث … مع كبار المسؤولين
        later = next((j for j in s.cued if "purpose" in s.cues[j] and j > split), None)  # في سوريا": whom he
        if later is not None and any([s.mention[j] is not None and s.mention[j].kind == "country"
                                      for j in range(split, later)]):  # went on to meet, not yet met
            return [a for a in actors if a.tok < later]
        return actors
    if not any([a.tok < purpose for a in actors]):
        return actors
    return [a for a in actors if not purpose < a.tok < split]


NOUN_KINDS = frozenset({"meeting", "summit"})
OCCURRED_KINDS = frozenset({"held", "host"})  # "برگزار شد", "انطلقت", "استضافت": talks told as taking place


def _dates_in(dates: list[DateMention], start: int, end: int) -> list[DateMention]:
    return [d for d in dates if start <= d.start < end]


TRIP_WORDS = frozenset("الزیاره زیاره سفر سفری الجوله جوله".split())  # folded: "خلال الزيارة", "در این سفر"

YEAR_WORDS = frozenset("سال عام العام".split())
IN_WORDS = frozenset("در فی خلال طی".split())


def _in_past_year(s: Sentence, dates: list[DateMention], start: int, end: int, published: date | None) -> bool:
    """Whether the sentence tells its meeting "in the year" of a year before the news: "در حاشیه مجمع عمومی در
    سال ۲۰۰۶ با هم دیدار کردند", "در سفر سال ۲۰۲۲ خود به عربستان". The news year is the publication's, else the
    latest year the article states (two or more years later); "اتفاق عام 2015" (no "in") dates no meeting."""
    years, months = [], []
    for d in _dates_in(dates, start, end):
        k = bisect_left(s.start, d.start)
        if d.precision == "year" and d.how == "stated" and d.iso and 1 < k and s.text[k - 1] in YEAR_WORDS \
                and (s.text[k - 2] in IN_WORDS or s.text[k - 2] in TRIP_WORDS):  # "در سفر سال ۲۰۲۲ خود به …"
            years.append(int(d.iso[:4]))
        elif d.precision == "month" and d.how == "stated" and d.year and d.iso and 0 < k \
                and s.text[k - 1].removeprefix("و") in IN_WORDS:  # "وفي ديسمبر 2011 ترأس … وفد بلاده"
            months.append(int(d.iso[:4]) * 12 + int(d.iso[5:7]))
    if published is not None and months and max(months) < published.year * 12 + published.month - 1:
        return True  # before last month: history
    if not years:
        return False
    if published is not None:
        return max(years) < published.year
    latest = max((int(d.iso[:4]) for d in dates if d.how == "stated" and d.iso), default=0)
    return max(years) <= latest - 2


def _in_later_period(dates: list[DateMention], start: int, end: int, published: date | None) -> bool:
    """Whether the sentence names a year or month after the publication's: "در چارچوب نشست سران … در تابستان
    ۲۰۲۶" in a text published in 2025 tells a plan.

    >>> d = DateMention(0, 4, "2026", "gregorian", 2026, None, None, "2026", "year", "stated")
    >>> _in_later_period([d], 0, 10, date(2025, 11, 18)), _in_later_period([d], 0, 10, date(2026, 1, 5))
    (True, False)
    """
    if published is None:
        return False
    return any([d.how == "stated" and d.iso and (d.precision == "year" and int(d.iso[:4]) > published.year
                                                 or d.precision == "month" and d.iso[:7] > published.isoformat()[:7])
                for d in _dates_in(dates, start, end)])


UNTIL_WORDS = frozenset("حتی لغایه تا".split())  # folded: "وتستمر أعمالها حتى غد الخميس", until: the end


def _until(s: Sentence, d: DateMention) -> bool:
    """Whether a day is told as the end of a span ("حتى غد الخميس", "تا روز پنجشنبه"), not a meeting's day."""
    k = bisect_left(s.start, d.start)
    return 0 < k and s.text[k - 1] in UNTIL_WORDS or 1 < k and s.text[k - 1] in ("روز", "یوم") \
        and s.text[k - 2] in UNTIL_WORDS


RECENT_DAYS = 2  # "أمس", "أول أمس": days before today a meeting told by a relative day is still the news
