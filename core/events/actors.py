"""Which countries in a sentence take part through a person, not as a place or a topic.

``actors_in`` keeps a country when an official, a title, a counterpart word or a delegation names it
("وزير الخارجية الروسي" → RUS as an actor) and drops one that is only where talks were held, what they were
about ("العلاقات بين ایران و روسیه") or whose ministry announced them.
"""

from __future__ import annotations

from dataclasses import replace

from core.dates import calendar_words
from core.events.sentence import (
    LOCATIVE,
    PORTFOLIO_AFFAIRS,
    PROVINCE_WORDS,
    STYLE_WORDS,
    TO_AR,
    TRIGGER_KINDS,
    Actor,
    Sentence,
    _mention_head,
    envoy_of_state_before,
)
from core.fold import fold_text
from core.names import LEARNED, PORTFOLIO_WORDS, name_stops
from core.records import Mention, Participant

LIST_QUALIFIER_KINDS = frozenset({"group", "participating", "this_meeting"})  # "کشورهای شرکت کننده در این نشست"

BORDER_WORDS = frozenset("الحدود الحدودی الحدودیه مرز مرزی مرزهای".split())  # folded: a border "linking" two, but
# "اجلاس مرزی" is a meeting's kind and "کلانتر مرز" a post
# folded words of conflict and attack ("دان الهجوم الإسرائيلي الأميركي على إيران"): the states after them (or after
# "بين" after them) are a topic, not sides
CONFLICT_WORDS = BORDER_WORDS | frozenset(
    "الحرب حرب الصراع صراع النزاع نزاع النار المواجهات الاشتباکات التوتر التوترات "
    "جنگ درگیری درگیریها تنش تنشها منازعه مناقشه آتشبس اختلافات الخلافات الخلاف التصعید "
    "تصعید الازمه ازمه بحران المعارک معارک الهدنه هدنه الهجوم هجوم الهجمات هجمات "
    "العدوان عدوان الاعتداء اعتداء الاعتداءات الضربات الغارات القصف حمله حملات "
    "تجاوز تنشهای جنگهای درگیریهای بحرانهای اختلاف اختلافهای منازعات مناقشات الرابط الرابطه "
    "محکومیت ادانه بادانه "
    "اندلعت اندلع نشبت نشب تفجرت اشتعلت".split())  # (a condemnation's state: "ضمن محکومیت روسیه"; a
# conflict that broke out: "أزمة … التي اندلعت بين الجزائر وفرنسا")
BETWEEN_WORDS = frozenset("بین میان".split())
NEIGHBOUR_WORDS = frozenset("همسایه همسایگان همسایههای همسایههایش همجوار جوار الجوار لجوار بجوار المجاوره مجاوره "
                             "المجاورین".split())  # folded: a state's neighbours ("دول جوار ليبيا")
PEOPLE_WORDS = frozenset("جامعه الجالیه جالیه نخبگان گروههای الفصایل فصایل جنبش حرکه الحرکه حزب بنیاد موسسه "
                         "اندیشکده".split())
# folded: a community, its elite, a state's groups, factions, movements, parties or foundations ("رهبران گروههای
# فلسطینی", "دبیر کل جنبش جهاد اسلامی فلسطین", "رئیس بنیاد صلح ساساکاوا ژاپن"): no state's officials
AFFAIRS_WORDS = PORTFOLIO_AFFAIRS | {"برای"}  # "امور", "شؤون", "برای": what a post is for
LIKE_WORDS = frozenset("الحال حال".split())  # "كما هو الحال بين ايران وسلطنة عمان": a comparison
INCLUDING_WORDS = frozenset("جمله شامل بینهم منهم ومنهم وبینهم".split())  # folded "از جمله", "بينهم": including
GROUP_WORDS = frozenset("گروه مجموعه المجموعه مجموعه".split())  # folded: a group of states ("گروه ۱+۵")
ACTOR_FORMS_VIA_NAME = frozenset({"adjective", "plural"})  # "الروسي فلاديمير بوتين والإيراني": actor via a name

LIST_WORDS = frozenset({"و"})
FROM_WORDS = frozenset({"من", "از"})

ADDRESS_WORDS = frozenset("اقای جناب خانم".split())  # folded: "جناب آقای المبارک با آقای وانگ یی دیدار کرد"

PRESENCE_WORDS = frozenset({"بحضور", "حضور", "حضورداشت", "بمشارکه", "مشارکه", "مشارکت"})  # folded: "بحضور نظرائه",
# attended by; Dari "در حضورداشت"

MAX_UNKNOWN = 4  # unknown words a post may run to before its state: "رئیس مشرانو جرگه شورای ملی افغانستان"
WINDOW = 6
COMMITTEE_WORDS = frozenset("کمیسیون کمیته لجنه اللجنه".split())  # folded: a committee, whose name may hold "روابط"
EACH_WORDS = frozenset({"کل", "کلا"})  # folded, before "من": "كل من", "كلا من" (each of)

COURTESY_WORDS = STYLE_WORDS | name_stops()["ar", "honorific"] | name_stops()["fa", "honorific"]

# folded: a state's ministry before its adjective ("الوكيل المساعد لشؤون الشرق الأوسط بالخارجية الأمريكية")
MINISTRY_AR = frozenset("الخارجیه بالخارجیه وزاره بوزاره الوزاره".split())
OPPOSITION_WORDS = frozenset("المعارضه المعارض اپوزیسیون".split())  # folded: the opposition, no state's side


EMBASSY_WORDS = frozenset("سفارت سفاره السفاره سفارتخانه".split())  # folded: an embassy of the state after it
AT_BUILDING_WORDS = frozenset("ساختمان محل مقر مبنی در فی".split())  # folded: the building of, at


COMPANY_WORDS = frozenset(fold_text("شركة لشركة الشركة بشركة شركات لشركات مجموعة لمجموعة صحيفة لصحيفة الصحيفة "
                                     "جريدة لجريدة قناة لقناة روزنامه شبکه الحزب حزب للحزب الإعلاميين الصحفيين "
                                     "التحرير خبرنگاران").split())  # folded: a company, an outlet, a party
# ("وفداً من الحزب السوري القومي الاجتماعي": a Lebanese party's name), journalists ("الإعلاميين ورؤساء التحرير
# المصريين": no officials)
COMPANY_REACH = 3  # tokens from "شركة" to its adjective: "لشركة لوكهيد مارتن الأمريكية", "صحيفة الشمس الليبية"


PLACE_NOUNS_AR = frozenset("العاصمه بالعاصمه فیالعاصمه مدینه بمدینه المدینه بالمدینه".split())  # folded: the capital,
# the city, whose adjective names where, not who
REMIT_REACH = 3  # words from the envoy's state to the first state he is sent to: "المبعوث الأميركي الخاص لباكستان"


ORGANISATION_ENVOY_WORDS = ("الاممی", "الامم المتحده", "سازمان ملل")  # folded: an envoy's title that names the UN


def is_organisation_envoy(m: Mention) -> bool:
    """Whether a title mention is an organisation's envoy, no state's: "المبعوث الأممي", "المبعوث الخاص للأمين العام
    للأمم المتحدة", "فرستاده ویژه سازمان ملل"."""
    return m.kind == "title" and m.entity == "envoy" and any([w in fold_text(m.surface)
                                                               for w in ORGANISATION_ENVOY_WORDS])


def _remit_of_envoy(s: Sentence, lo: int, k: int) -> bool:
    """Whether the state named at token k is (in a list) what an envoy of another state named by its adjective is
    sent to: "المبعوث الأميركي الخاص لباكستان وأفغانستان", "المبعوث الروسي الخاص إلى سوريا"; or what an
    organisation's envoy is sent to: "المبعوث الأممي إلى اليمن", "المبعوث الأممي الخاص باليمن"."""
    first = k
    while first - 2 >= lo and s.text[first].startswith("و") and s.mention[first - 1] is not None \
            and s.mention[first - 1].kind == "country":
        first = _mention_head(s, first - 1)  # "لباكستان وأفغانستان": back to the list's first state
    sent_to = s.text[first].startswith("ل") or first > lo and s.text[first - 1] in TO_AR
    if not sent_to and not s.text[first].startswith("ب"):
        return False  # the common case, read before any title is folded
    if any([s.mention[j] is not None and is_organisation_envoy(s.mention[j])
            for j in range(max(lo, first - REMIT_REACH - 1), first)]):
        return True  # "المبعوث الأممي إلى اليمن", "المبعوث الأممي الخاص باليمن": the organisation's envoy, sent there
    if not sent_to:
        return False
    return any([s.mention[j] is not None and s.mention[j].kind == "country" and s.mention[j].form == "adjective"
                and j > lo and s.mention[j - 1] is not None and s.mention[j - 1].kind == "title"
                and s.mention[j - 1].entity == "envoy" for j in range(max(lo + 1, first - REMIT_REACH - 1), first)])


def is_actor(s: Sentence, k: int, lo: int) -> bool:
    """A country mention at token k is an actor if a person word, title or official precedes it (through a list).

    >>> from core.pipeline import process_text
    >>> [e.countries for e in process_text("وزیر خارجه ایران در تهران درباره روسیه با سفیر چین دیدار کرد.").events]
    [('CHN', 'IRN')]
    """
    mention = s.mention
    m = mention[k]
    if k + 1 < len(s.text) and s.text[k + 1] in OPPOSITION_WORDS or k and s.text[k - 1] in OPPOSITION_WORDS:
        return False  # "رئيس «هيئة التفاوض السورية» المعارضة", "اپوزیسیون سوریه": no state's side
    if k and s.text[k - 1] in ACCREDITED_WORDS:
        return False  # "السفير اللبناني المعتمد بتونس": where he serves, not his state
    if k >= lo + 2 and s.text[k - 1] in ("در", "فی") and m.form != "adjective" and s.mention[k - 2] is not None \
            and s.mention[k - 2].kind == "country" and envoy_of_state_before(s, lo, k - 2):
        return False  # "سفیر جمهوری اسلامی ایران در عراق", "سفير الإمارات في الأردن": where the envoy serves
    if m.form == "name" and k > lo and (s.text[k - 1] in calendar_words()["weekday"]
                                        or s.text[k - 1] in calendar_words()["relative"]) \
            and s.text[_mention_head(s, k)].startswith("ب"):
        return False  # "استقبل … وزير الشؤون الخارجية اليوم الاثنين بتونس": where, after the day
    if m.form == "adjective" and k > lo and s.text[k - 1] in PLACE_NOUNS_AR:
        return False  # "بالعاصمة السنغالية داكار", "بمدينة سمرقند الأوزبكية": where they met
    if m.form != "adjective" and _remit_of_envoy(s, lo, k):
        return False  # "المبعوث الأميركي الخاص لباكستان وأفغانستان": the states he is sent to, not his
    if k >= lo + 2 and s.text[k - 1] in EMBASSY_WORDS and s.text[k - 2] in AT_BUILDING_WORDS:
        return False  # "ساختمان سفارت عمان در رم را ترک کردند": a building, where they were
    if k > lo and s.text[k][:1] == "ب" and m.form != "adjective" and s.mention[k - 1] is not None \
            and s.mention[k - 1].kind == "country" and (s.mention[k - 1].form == "adjective"
                                                        or envoy_of_state_before(s, lo, k - 1)):
        return False  # "القائم بأعمال السفارة الليبية بتونس", "سفير امريكا بتونس": where the envoy of the state
        # before is
    if m.form == "adjective" and not COMPANY_WORDS.isdisjoint(s.text[max(lo, k - COMPANY_REACH):k]):
        return False  # "الرئيس التنفيذى لشركة MBDA الفرنسية", "صحيفة الشمس الليبية": a company's or an outlet's
        # nationality, no state's official
    unknown = 0
    j = _mention_head(s, k) - 1
    floor = k - WINDOW - 4
    while j >= lo and j >= floor:
        pm = mention[j]
        if pm is not None and pm is not m:
            if pm.kind == "title":
                return True
            if pm.kind == "official":
                return m.form in ACTOR_FORMS_VIA_NAME
            if pm.kind in ("country", "forum"):
                j = _mention_head(s, j) - 1
                floor = min(floor, j - WINDOW - 3)  # a list goes on as far back as its first item reaches
                continue
            if pm.kind == "city" and pm.country == m.country and m.form == "name" and s.text[k][:1] != "ب" \
                    and unknown < MAX_UNKNOWN:
                unknown += 1  # "رئیس منطقه آستراخان روسیه": a region of the state, part of the post
                j = _mention_head(s, j) - 1
                continue
            return False
        cues, word = s.cues[j], s.text[j]
        if "visit" in cues and j == k - 1 and s.text[k][:1] == "ل":
            return False  # "أثناء زيارته لروسيا": where he went, not a side
        if "group" in cues or "participating" in cues:  # "سران کشورهای شرکت کننده در این نشست از جمله روسیه"
            j -= 1
            continue
        if "this_meeting" in cues:
            first = j
            while first > lo and "this_meeting" in s.cues[first - 1]:
                first -= 1
            if first > lo and "participating" in s.cues[first - 1]:
                j = first - 1
                continue
        if word.removeprefix("و") in CONFLICT_WORDS and not (j > lo and s.text[j - 1] in AFFAIRS_WORDS) \
                and not (word in BORDER_WORDS and j > lo and "person" in s.cues[j - 1]):  # "کلانتر مرز": a post
            return False  # "الصراع الفلسطيني الإسرائيلي", "جنگ روسیه و اوکراین": a topic ("امور مرزی": a portfolio)
        if is_ties_word(word) and not (j > lo and mention[j - 1] is not None and mention[j - 1].kind == "title") \
                and not (j > lo and s.text[j - 1] in COMMITTEE_WORDS):  # "کمیسیون روابط خارجی دومای روسیه": a post
            return False  # "وزیر خارجه صربستان بر گسترش روابط اقتصادی ایران و صربستان": ties, a topic (not the
            # portfolio "وزير التعاون الدولي")
        if word in PEOPLE_WORDS:  # "رهبران مسلمان جامعه آمریکا": leaders of a community, not of a state
            return False
        if word in NEIGHBOUR_WORDS:  # "وزرای امور خارجه همسایگان افغانستان": its neighbours' ministers, a topic
            return False
        if word in AFFAIRS_WORDS and not unknown:  # "مدیرکل امور عراق و ایران", "المبعوث لشؤون سوريا": the
            return False  # affairs a post is for, right before the states (not "لشؤون الاستخبارات … بإيران")
        if word in INCLUDING_WORDS:  # "نمایندگان کشورهای منطقه از جمله هند و پاکستان": the list goes on
            j -= 2 if word == "جمله" and j > lo and s.text[j - 1] == "از" else 1
            if j >= lo and mention[j] is not None and mention[j].kind == "forum":
                return True  # "نشست سران کشورهای حاشیه دریای خزر شامل ایران، روسیه و …": who met there
            if word == "شامل" and not GROUP_WORDS.isdisjoint(s.text[max(lo, j - 3):j + 1]):
                return False  # "مسئول هيئت مذاکره‌کننده گروه ۱+۵، شامل آمريکا، روسيه …": a group's members
            continue
        if "summit" in cues and "person" not in cues:
            return False  # "سفر این هیئت ادامه نشست بحرین است": a meeting named by its place; the walk stops
        if "meeting_verb" in cues and "person" not in cues and m.form == "adjective":
            return False  # "… بدر عبد العاطي، بحث معه القضية الفلسطينية": the verb's object, not the official's
        if "person" in cues and j > lo and s.text[j - 1] == "عن":
            return False  # "نقله موقع أكسيوس عن مسؤولين أمريكيين": whom a report cites, or speaks about
        if "person" in cues:  # "بين روسيا وأوكرانيا" is a meeting's sides, unless after "الحرب" or "التعاون"
            return not _topic_between(s, lo, j) and not (j > lo and _topic_between(s, lo, j - 1))
            # (nor "التصعيد الجاري بين الجانبين الفلسطيني والإسرائيلي": the sides of a conflict)
        if "clause" in cues:  # "سخنگو گفت روند مذاکرات ایران و آمریکا …": the speaker is not the talks' side
            return False
        if word in PRESENCE_WORDS or word == "شرکت" and j > lo and "with" in s.cues[j - 1]:
            # "نشست … با حضور ایران، روسیه و ترکیه", "بمشاركة مصر والأردن": attended by; not "بدون حضور ایران"
            return not (j > lo and s.text[j - 1] in WITHOUT_WORDS)
        if word == "من" and j > lo and s.text[j - 1] in EACH_WORDS:
            j -= 2  # "نظرائه في كل من السعودية والبحرين", "ضم كلا من": each of
            continue
        if word in FROM_WORDS and j > lo and ("person" in s.cues[j - 1] or j - 1 > lo and "person" in s.cues[j - 2]
                                              and not s.cues[j - 1] and mention[j - 1] is None):
            return True  # "نظرائه من الأردن ومصر", "هیئتی پارلمانی از چین"
        if word == "فی" and j > lo and ("person" in s.cues[j - 1] or mention[j - 1] is not None
                                         and mention[j - 1].kind == "title"):
            j -= 1  # "وزراء الدفاع في الجمهورية الإسلامية الإيرانية وروسيا": the ministers of, not a place
            continue
        if word == "فی" and j > lo + 1 and s.text[j - 1].startswith("و") and mention[j - 2] is not None \
                and mention[j - 2].kind == "title":
            j -= 2  # "وزير الخارجية والتجارة في المجر": a title with one more portfolio
            continue
        if word == "فی" and not unknown and _portfolio_before(s, lo, j) is not None:
            return True  # "وزير التربية والتعليم العالي في دولة فلسطين": a minister's portfolio, then his state
        if word in LOCATIVE or "topic" in cues or "with" in cues and m.form not in ACTOR_FORMS_VIA_NAME:
            return False
        if word not in LIST_WORDS and word not in STATE_OF_WORDS \
                and not (m.form == "adjective" and (word.startswith("وال") or word in MINISTRY_AR)):
            # ("وزير الطاقة والتجارة والصناعة والسياحة القبرصى": a portfolio's "و" words before an adjective)
            unknown += 1
            if unknown > MAX_UNKNOWN:
                return post_over_a_portfolio(s, lo, j)
        j -= 1
    return False


def post_over_a_portfolio(s: Sentence, lo: int, j: int) -> bool:
    """Whether the words back from token j are the list of what a post deals with, "لشؤون" right after the title:
    "وزير الدولة لشؤون الشرق الأوسط وشمال أفريقيا وجنوب آسيا والأمم المتحدة بالمملكة المتحدة", the state after it
    is the minister's."""
    x = _portfolio_opening(s, lo, j)
    return x is not None and x > lo and s.mention[x - 1] is not None and s.mention[x - 1].kind == "title"


def _portfolio_opening(s: Sentence, lo: int, j: int) -> int | None:
    """The "لشؤون"/"امور" that opens, at most PORTFOLIO_LIST_REACH tokens back from token j, a list of regions and
    bodies a post deals with, nothing said between ("لشؤون الشرق الأوسط وشمال أفريقيا وجنوب آسيا"); else None."""
    for x in range(j, max(lo, j - PORTFOLIO_LIST_REACH) - 1, -1):
        if s.text[x] in PORTFOLIO_AFFAIRS:
            return x
        if s.cues[x] or s.mention[x] is not None and s.mention[x].kind not in ("country", "city", "forum"):
            return None
    return None


STATE_OF_WORDS = frozenset({"لدوله", "بدوله"})  # folded: "وزير برنامج إدارة الاحتياجات الدفاعية لدولة كوريا
# الجنوبية", the post's state, no word of the post
WITHOUT_WORDS = frozenset({"بدون", "بی", "دون", "بغیر"})  # folded: "بدون حضور ایران", "دون مشاركة"
# folded words for ties and agreements between states: "تعزيز التعاون الثلاثي المشترك بين العراق والأردن ومصر",
# "الاتفاقية المبرمة بين حكومتي الكويت والعراق" are a topic
AGREEMENT_WORDS = frozenset("الاتفاقیه اتفاقیه الاتفاقیات الاتفاق اتفاق المعاهده معاهده توافقنامه قرارداد تفاهمنامه "
                            "توافق".split())  # folded: an agreement, whose parties are always a topic
TIES_WORDS = frozenset("التعاون تعاون العلاقات علاقات الروابط روابط همکاری همکاریهای مناسبات".split()) | AGREEMENT_WORDS


TIES_CLITICS = ("ب", "و", "ل")  # "بالعلاقات التونسية التركية": ties after a clitic are ties still


def is_ties_word(word: str) -> bool:
    """Whether a folded word names ties or an agreement, a clitic before it or not.

    >>> is_ties_word("بالعلاقات"), is_ties_word("العلاقات"), is_ties_word("بالقاهره")
    (True, True, False)
    """
    return word in TIES_WORDS or word[:1] in TIES_CLITICS and word[1:] in TIES_WORDS


def _topic_between(s: Sentence, lo: int, j: int) -> bool:
    """Whether "بين"/"بین" at token j names the states of a topic, not a meeting's sides: after a conflict
    ("التصعيد العسكري الأخير بين"), a topic word, ties ("التعاون … بين") or talks still ahead."""
    return s.text[j] in BETWEEN_WORDS and j > lo and (_conflict_before(s, lo, j) or "topic" in s.cues[j - 1]
                                                      or _ties_before(s, lo, j) or _talks_ahead(s, lo, j))


def _conflict_before(s: Sentence, lo: int, j: int) -> bool:
    """Whether "بين" at j closes a phrase about a conflict or a comparison, within three words: "التصعيد العسكري
    الأخير بين إسرائيل وإيران", "كما هو الحال بين ايران وسلطنة عمان" name a topic, not a meeting's sides."""
    return any([s.text[k] in CONFLICT_WORDS and not (s.text[k] in BORDER_WORDS and k > lo
                                                     and not TRIGGER_KINDS.isdisjoint(s.cues[k - 1]))
                or s.text[k] in LIKE_WORDS for k in range(max(lo, j - 3), j)])  # (not "اجلاس مرزی میان": a
    # border meeting between two states)


FORUM_PERSON_ROLES = frozenset({"envoy", "secretary_general", "organisation_head", "high_representative",
                                "spokesperson", "ambassador", "charge_d_affaires"})  # who may speak for a forum


def _delegate_to(text: str, m: Mention) -> bool:
    """Whether a forum is named as whom a state's standing delegate sits with ("سفير المملكة الأردنية الهاشمية لدى
    ومندوبها الدائم بجامعة الدول العربية", "نماینده دائم ایران در سازمان ملل"): a post, not a gathering, so it
    says nothing of which forum the article's meetings belong to."""
    words = text[max(0, m.start - DELEGATE_REACH):m.start].split()[-5:]
    return any([w.removeprefix("و").removeprefix("ال").startswith(DELEGATE_WORDS)
                and fold_text(words[k - 1]) not in DELEGATION_WORDS_FA for k, w in enumerate(words) if k])
    # (not "رئیس هیئت نمایندگی کشور افغانستان در کنفرانس امنیت …": a delegation at a gathering)


BEFORE_WORDS = frozenset(fold_text("قبيل قبل عشية پیش قبل").split())  # folded: "قبيل انعقاد", "پیش از برگزاری"
CONVENING_WORDS = frozenset(fold_text("انعقاد برگزاری").split())  # folded: a gathering's convening
CONVENING_WORDS_BACK = 20  # words before a forum's name to look for the convening it is told with
CONVENING_NAME_WORDS = 6  # words from "انعقاد" to the forum's name: "وانعقاد الجولة السادسة من محادثات أستانا"


def _convening_after(text: str, m: Mention) -> bool:
    """Whether a forum is named as what convenes after the news ("وتأتي زيارة وزير الخارجية الروسي إلى الأردن،
    قبيل انعقاد اجتماعات الجمعية العامة للأمم المتحدة في نيويورك، وانعقاد الجولة السادسة من محادثات أستانا"): a
    gathering still ahead, not the one the article's meetings belong to."""
    line = text[text.rfind("\n", 0, m.start) + 1:m.start]
    if "انعقاد" not in line and "برگزار" not in line:
        return False  # the cheap test first
    raw = line.split()[-CONVENING_WORDS_BACK:]
    words = [fold_text(w).strip("،,") for w in raw]
    if not any([w.removeprefix("و") in CONVENING_WORDS for w in words[-CONVENING_NAME_WORDS:]]):
        return False  # most forums are named with no convening
    last = max([k for k, w in enumerate(words) if w.removeprefix("و") in CONVENING_WORDS])
    ahead = [k for k, w in enumerate(words[:last + 1]) if w in CONVENING_WORDS and k
             and (words[k - 1] in BEFORE_WORDS or k > 1 and words[k - 1] == "از" and words[k - 2] in BEFORE_WORDS)]
    return bool(ahead) and len(words) - last <= CONVENING_NAME_WORDS \
        and (last == ahead[-1] or words[last].startswith("و")
             and not any([w.endswith((".", "!", "؟")) for w in raw[ahead[-1]:last]]))


def _between_parties(text: str, m: Mention) -> bool:
    """Whether a forum is named right after "between" ("الاتفاقية … الموقعتين بين الإتحاد الأوروبي والمملكة
    المغربية"): a party to something, not a gathering the article's meetings belong to."""
    before = text[max(0, m.start - FORUM_BETWEEN_REACH):m.start].split()
    return bool(before) and fold_text(before[-1]) in BETWEEN_WORDS


FORUM_BETWEEN_REACH = 12  # characters before a forum's name to look for "بين"


DELEGATE_WORDS = ("مندوب", "ممثل", "نماینده", "نمایندگ", "بعثة")  # a standing delegate's post or mission, as written
DELEGATE_REACH = 48  # characters before a forum's name to look for a delegate's post, and the word before it


def _between_states(s: Sentence, lo: int, hi: int, arabic: bool) -> bool:
    """Whether a "between" word may open the sides of talks: not the first half of a Persian compound, before an
    Arabic article or an adjective ("مجمع بین المجالس آسیایی", "بین المللی", "روابط بین پارلمانی")."""
    return any(["between" in s.cues[j] and (arabic or s.text[j] != "بین" or not _compound_after(s, j + 1, hi))
                for j in s.cued if lo <= j < hi])


def _compound_after(s: Sentence, k: int, hi: int) -> bool:
    """Whether the Persian word at token k makes "بین" before it a compound's first half: an Arabic article
    ("المللی") or an adjective no mention or cue covers ("پارلمانی")."""
    return k < hi and (s.text[k].startswith("ال") or s.mention[k] is None and not s.cues[k]
                       and s.text[k].endswith("ی"))


def _forum_of_person(s: Sentence, j: int) -> bool:
    """Whether the forum named at token j is whom a title right before it serves ("مع مبعوث الأمم المتحدة إلى
    سوريا", "نماینده سازمان ملل در امور سوریه") or one more portfolio of his ("وزير الشؤون الخارجية والاتحاد
    الأوروبي"): the person's organisation, not the meeting's forum."""
    head = _mention_head(s, j)
    if head > 0 and s.mention[head - 1] is not None and s.mention[head - 1].kind == "forum" \
            and s.mention[head - 1].entity == s.mention[j].entity:
        return _forum_of_person(s, head - 1)  # "مدیر اجرایی کنفرانس تعامل … در آسیا (سیکا)": the name, then its
        # abbreviation
    return _serves_the_next(s, j, FORUM_PERSON_ROLES) \
        or any([s.text[x] in MISSION_WORDS for x in range(max(0, head - MISSION_REACH), j)]) \
        or s.text[head][:1] == "و" and head > 0 and (s.mention[head - 1] is not None
                                                     and s.mention[head - 1].kind == "title"
                                                     or _portfolio_opening(s, 0, head - 1) is not None)
    # "وزير الشؤون الخارجية والاتحاد الأوروبي", "وزير الدولة لشؤون الشرق الأوسط … والأمم المتحدة": a portfolio


PORTFOLIO_LIST_REACH = 10  # tokens from "لشؤون" to the last of the regions and bodies a post deals with


MISSION_WORDS = frozenset("نمایندگی بعثه البعثه".split())  # folded: "در محل نمایندگی دائم ترکیه در سازمان ملل"
MISSION_REACH = 4  # tokens from "نمایندگی" to the organisation: "نمایندگی دائم ترکیه در"


def _serves_the_next(s: Sentence, k: int, roles: frozenset[str]) -> bool:
    """Whether the token right before the mention at k is a title in ``roles`` or a word for one who serves
    ("معاون", "نماینده", "مبعوث"): the mention names whom that person serves."""
    head = _mention_head(s, k)
    while head > 0 and s.mention[head - 1] is None and s.text[head - 1] in ADDRESS_WORDS:
        head -= 1  # "مشاور آقای پوتین": a style of address between
    m = s.mention[head - 1] if head else None
    if m is not None and m.kind == "country" and m.form == "adjective" and head > 1:
        state = _mention_head(s, head - 1)  # "المبعوث الخاص للرئيس الروسي، فلاديمير بوتين": past the president's
        if state > 0 and s.mention[state - 1] is not None and s.mention[state - 1].kind == "title":  # state
            head, m = state, s.mention[state - 1]
    if m is not None and m.kind == "title" and m.entity not in roles and head > 1:
        # "ستيف ويتكوف مبعوث الرئيس دونالد ترامب": the named envoy's president (not "التقى مبعوث الرئيس ترامب")
        servant = _mention_head(s, head - 1) - 1
        while servant > 0 and s.mention[servant] is None and s.text[servant] in SPECIAL_WORDS:
            servant -= 1  # "المبعوث الخاص للرئيس": a special envoy
        sm = s.mention[servant] if servant >= 0 else None
        serves = sm is not None and sm.kind == "title" and sm.entity in roles \
            or sm is None and servant >= 0 and s.text[servant] in SERVANT_WORDS
        named = _mention_head(s, servant) - 1 if sm is not None else servant - 1
        return serves and named >= 0 and s.mention[named] is not None and s.mention[named].kind == "official"
    return m is not None and m.kind == "title" and m.entity in roles \
        or head > 0 and m is None and s.text[head - 1] in SERVANT_WORDS


def _talks_ahead(s: Sentence, lo: int, j: int) -> bool:
    """Whether "بين" at j names the sides of talks the sentence places after its meeting, within eight words:
    "التقى … نظيره العماني، قبيل انطلاق جولة جديدة من المحادثات غير المباشرة بين إيران والولايات المتحدة"."""
    k = next((k for k in range(j - 1, max(lo, j - 8) - 1, -1) if "before" in s.cues[k]), None)
    return k is not None and any([not TRIGGER_KINDS.isdisjoint(s.cues[t]) for t in range(k + 1, j)])


def _ties_before(s: Sentence, lo: int, j: int) -> bool:
    """Whether "بين" at j closes a phrase about ties ("التعاون الثلاثي المشترك بين"), within four words, in a
    sentence that names the partner met "with" before it: the sides are told there, the ties are the topic.
    Without one ("وجرى خلال اللقاء بحث تعزيز العلاقات بين العراق وإيران") the ties name the sides; an agreement's
    parties never do ("منذ اتفاق توسطت فيه الصين بين طهران والرياض")."""
    before = s.text[max(lo, j - 4):j]
    return not AGREEMENT_WORDS.isdisjoint(before) \
        or not TIES_WORDS.isdisjoint(before) and any(["with" in s.cues[k] for k in range(lo, j)])


def _portfolio_before(s: Sentence, lo: int, j: int) -> int | None:
    """The token of a minister's title whose portfolio, plain words with no mention and no cue, runs up to token j
    with nothing but a space before it: "وزير التربية والتعليم العالي" before "في دولة فلسطين" (not "… الداخلية
    العرب، في تونس", where a comma ends the title)."""
    if j <= lo or s.start[j] - s.end[j - 1] != 1:
        return None
    k = j - 1
    while k >= max(lo, j - 1 - PORTFOLIO_WORDS) and s.mention[k] is None and not s.cues[k] \
            and s.text[k] not in STATE_NOUNS:
        k -= 1
    m = s.mention[k] if k >= lo and k < j - 1 else None
    return k if m is not None and m.kind == "title" and m.form == "minister" and m.country is None else None


def _capital_actor(s: Sentence, k: int, lo: int) -> bool:
    """A capital standing for its state after a person word: "مقام‌های ارشد تهران و ریاض", "مسؤولون من طهران
    والرياض". Only other capitals, "and", one "from" and one modifier may lie between."""
    j, unknown, via_from = _mention_head(s, k) - 1, 0, False
    while j >= lo:
        pm = s.mention[j]
        if pm is not None:
            if pm.kind == "title":
                return True
            if pm.kind != "city" or pm.form != "capital":
                return False
            j = _mention_head(s, j) - 1
            continue
        cues, word = s.cues[j], s.text[j]
        if "person" in cues:  # "بین تهران و واشنگتن", unless "درباره تنشهای کنونی بین تهران و واشنگتن"
            return not _topic_between(s, lo, j)
        if word in FROM_WORDS and not via_from:
            via_from = True
        elif word not in LIST_WORDS:
            unknown += 1
            if unknown > 1 or word in LOCATIVE or cues:
                return False
        j -= 1
    return False


SERVANT_ROLES = frozenset({"envoy", "adviser"})  # titles held for someone: "نماینده ویژه ولادیمیر پوتین"
DEPUTY_WORDS = frozenset("معاون نایب مساعد".split())  # folded: "معاون «فالح الفیاض»", his deputy
SPECIAL_WORDS = frozenset("الخاص الشخصی خاص ویژه".split())  # folded: "المبعوث الخاص", "نماینده ویژه"
SERVANT_WORDS = DEPUTY_WORDS | frozenset("مشاور مستشار نماینده فرستاده مبعوث ممثل".split())


def _served(s: Sentence, k: int) -> bool:
    """Whether the official named at token k is whom the title right before serves ("الکساندر لاورنتیف،
    نماینده ویژه ولادیمیر پوتین", "معاون «فالح الفیاض»"): his state speaks through the envoy; he is not at the
    meeting."""
    return _serves_the_next(s, k, SERVANT_ROLES)


def _participant(m: Mention, role: str | None = None) -> Participant:
    """The person a mention names; one the text introduced itself (``names.LEARNED``) has no English name known,
    so he is told apart by his post, like a bare title ("وزير الخارجية الأميركي فرص إحياء السلام" in a headline is
    no second American minister beside "انتوني بلينكن")."""
    return Participant(m.surface, None if m.form == LEARNED else m.label_en, role, m.country, m.start, m.end)


# roles held for an organisation, not a state: "تيدروس" heads the WHO, no longer speaks for Ethiopia
STATELESS_ROLES = frozenset({"organisation_head", "high_representative", "group_leader"})  # no state's side
OFFICIAL_STATELESS = STATELESS_ROLES | {"secretary_general"}  # a named official's role in the table: every secretary
# general there heads an organisation (the GCC's al-Zayani, the UN's Guterres); a title "الأمين العام" may be a state's


VICTIM_WORDS = frozenset("ترور اغتیال شهادت شهید مقتل قتل استشهاد الشهید اطاحه باطاحه الاطاحه".split())  # folded:
# killed, martyred, ousted ("بعد إطاحة بشار الأسد")
# folded: the death of, the late: "قدم خلاله التعازي بوفاة أخيه المغفور له، بإذن الله، سمو الشيخ صباح …"
LATE_TITLES = frozenset("الراحل المغفور المرحوم الفقید زندهیاد شادروان".split())  # folded: "the late …"
DEATH_WORDS = frozenset("وفاه بوفاه لوفاه الوفاه رحیل برحیل درگذشت باختن".split()) | LATE_TITLES  # "جان باختن"
DEATH_REACH = 8  # tokens from the death word to the name, past kin and honorifics


def _victim(s: Sentence, lo: int, k: int) -> bool:
    """Whether a named person is who was killed ("توجیه ترور سردار سلیمانی", "اغتيال قاسم سليماني") or died ("بوفاة …
    المغفور له … سمو الشيخ صباح") or only runs
    for office ("مرشح الحزب الجمهوري للرئاسة الأمريكية دونالد ترامب"): the topic, not a state's side. A rank,
    title or party may stand between."""
    return any([s.text[j] in VICTIM_WORDS for j in range(max(lo, k - 3), k)]) \
        or not DEATH_WORDS.isdisjoint(s.text[max(lo, k - DEATH_REACH):k]) \
        or any([s.text[j] in CANDIDATE_WORDS for j in range(max(lo, k - CANDIDATE_REACH), k)])


PARTY_HEADS = frozenset(fold_text("رهبر رئیس زعيم الزعيم رئيس أمين الأمين دبیر").split())  # leader, head, secretary
PARTY_WORDS = frozenset(fold_text("حزب الحزب لحزب جنبش حرکت حركة الحركة لحركة التيار تيار لتيار ائتلاف").split())

PARTY_REACH = 40  # characters either side of a name where its party post stands: "گلبدین حکمتیار، رهبر حزب اسلامی"


def party_leaders(text: str, mentions: list[Mention]) -> set[str]:
    """The officials the text tells as a party's or movement's leader, right after the name or right before it:
    no state's side anywhere in it, whatever post the table gives them.

    >>> text = "کاظمی قمی با گلبدین حکمتیار، رهبر حزب اسلامی دیدار کرد."
    >>> party_leaders(text, [Mention(13, 27, "گلبدین حکمتیار", "official", "gulbuddin_hekmatyar", "AFG", "")])
    {'gulbuddin_hekmatyar'}
    """
    out = set()
    for m in mentions:
        if m.kind != "official" or m.entity in out:
            continue
        after = fold_text(text[m.end:m.end + PARTY_REACH]).split()[:3]
        before = fold_text(text[max(0, m.start - PARTY_REACH):m.start]).split()[-3:]
        if any([w in PARTY_HEADS and not PARTY_WORDS.isdisjoint(words[i + 1:i + 3])
                for words in (after, before) for i, w in enumerate(words)]):
            out.add(m.entity)
    return out


# folded: a candidate, not yet in office; whose election is told ("بعد انتخاب دونالد ترامب رئيسا"): a topic
CANDIDATE_WORDS = frozenset("مرشح المرشح نامزد کاندیدای انتخاب".split())
CANDIDATE_REACH = 6  # tokens from "مرشح" to the name: "مرشح الحزب الجمهوري للرئاسة الأمريكية دونالد ترامب"


def actors_in(s: Sentence, lo: int, hi: int, roles: dict[str, str]) -> list[Actor]:
    """Actor countries of the whole sentence ([lo, hi) is all of it), in order, officials first-class."""
    out: list[Actor] = []
    seen_mentions = set()
    served: set[int] = set()  # officials named as whom an envoy or deputy serves: their states, not them
    last_title: dict[str, str] = {}
    anaphoric = s.home is not None and any(s.home[lo:hi])  # rare: only "أمير البلاد" and the like set a home
    for k in s.named:
        m = s.mention[k]
        if id(m) in seen_mentions:
            continue
        seen_mentions.add(id(m))
        if m.kind == "official" and m.country and roles.get(m.entity) not in OFFICIAL_STATELESS \
                and not _victim(s, lo, k):
            out.append(Actor(m.country, k, _participant(m, roles.get(m.entity))))
            if _served(s, k):
                served.add(k)
        elif m.kind == "city" and m.form == "capital" and m.country and _capital_actor(s, k, lo):
            out.append(Actor(m.country, k, None))
        elif m.kind == "city" and m.country and k > lo and s.mention[k - 1] is not None \
                and s.mention[k - 1].kind == "title" and s.mention[k - 1].entity in LOCAL_ROLES:
            # "والی هرات": the governor of a city or province, an official of its state
            out.append(Actor(m.country, k, Participant(s.mention[k - 1].entity, None, s.mention[k - 1].entity,
                                                       m.country)))
        elif m.kind == "city" and m.country and k - 1 > lo and s.text[k - 1] in LOCAL_OFFICES \
                and s.text[k - 2] not in LOCATIVE:  # "با سرپرست معاونت … استانداری اصفهان": of its governorate
            out.append(Actor(m.country, k, None))  # (not "در استانداری اصفهان": where they met)
        elif m.kind == "city" and m.country and (t := _post_of_province(s, k, lo)) is not None:
            # "فرمانده مرزبانی استان آذربایجان غربی": a post of a province, an official of its state
            out.append(Actor(m.country, k, Participant(s.mention[t].entity, None, s.mention[t].entity, m.country)))
        elif m.kind == "country" and (m.form == "honorific" or is_actor(s, k, lo)) \
                and (role := _title_before(s, k, lo)) not in STATELESS_ROLES \
                and FORMER_WORDS.isdisjoint(s.text[max(lo, k - FORMER_REACH):k]):  # "سفیر پیشین پاکستان"
            # (not after "الأمين العام لحركة الجهاد الإسلامي في": whom such a leader is of is no state's side)
            person = Participant(role or m.label_en, None, role, m.country) if role and not _possessor(s, k, lo) \
                else None
            out.append(Actor(m.country, k, person))
            also = _joined_title(s, k, lo) if person is not None else None
            if also is not None:  # "با رئیس جمهور و وزیر خارجه این کشور": two people of that country
                out.insert(-1, Actor(m.country, also, Participant(s.mention[also].entity, None,
                                                                  s.mention[also].entity, m.country)))
        elif m.kind == "title" and m.country:  # "خادم الحرمين الشريفين": Saudi Arabia's king
            out.append(Actor(m.country, k, Participant(m.surface, None, m.entity, m.country, m.start, m.end)))
        elif m.kind == "title":
            last_title[m.entity] = m.surface
            if anaphoric and (s.home[k] or any(s.home[x] for x in range(k, hi) if s.mention[x] is m)):
                home = next(s.home[x] for x in range(k, hi) if s.mention[x] is m and s.home[x])
                out.append(Actor(home, k, Participant(m.surface, None, m.entity, home, m.start, m.end)))
    out = _fold_titles_into_officials(out, s)  # "معاون «فالح الفیاض» مشاور امنیت ملی عراق": the title is his
    return [Actor(a.country, a.tok, None) if a.tok in served else a for a in out] if served else out


PROVINCE_POST_REACH = 3  # tokens from a title to the "استان" its post is of: "فرمانده مرزبانی استان"
PROVINCE_SUFFIX = " Province"  # the English name of a province in the city table: "Khuzestan Province"

REGION_HEADS = frozenset(fold_text("جمهوری منطقه ایالت جمهورية منطقة إقليم").split())  # folded: "معاون رئیس‌جمهور
# جمهوری کالمیکیا", a region's post


def _post_of_province(s: Sentence, k: int, lo: int) -> int | None:
    """The title whose post is of the province named at k after "استان"/"ولایت", with no place word between:
    "فرمانده مرزبانی استان آذربایجان غربی" (the border guard's commander of that province); None otherwise."""
    named = s.text[k - 1] in PROVINCE_WORDS or s.text[k - 1] in REGION_HEADS
    if k - 2 < lo or not named and not s.mention[k].entity.endswith(PROVINCE_SUFFIX):
        return None  # ("فرمانده مرزبانی خوزستان": a province the table knows needs no "استان")
    for t in range(k - 2 if named else k - 1, max(lo, k - 1 - PROVINCE_POST_REACH) - 1, -1):
        m = s.mention[t]
        if m is not None:
            return t if m.kind == "title" and m.entity not in LOCAL_ROLES else None
        if s.text[t] in LOCATIVE:
            return None
    return None


FORMER_WORDS = frozenset("پیشین سابق السابق الاسبق اسبق".split())  # folded: a former official's post
FORMER_REACH = 2  # tokens from "former" to the state it is the post of: "سفیر پیشین پاکستان", "السفير السابق لـ"
LOCAL_OFFICES = frozenset({"استانداری", "فرمانداری", "شهرداری"})  # folded: a governorate's, a city hall's staff
LOCAL_ROLES = frozenset({"governor", "mayor"})  # posts of a city or province, named by the place: "والی هرات"
GENERIC_ROLES = frozenset({"minister", "head_of_state"})  # titles that tell no post apart: "وزیر", "سران"
POSTS_AFTER_NAME = 4  # more tokens a second post may take after a name's first ("وزیر امور خارجه و معاون …")


def _fold_titles_into_officials(actors: list[Actor], s: Sentence, reach: int = 8) -> list[Actor]:
    """'ویکتور خرونین، وزیر دفاع بلاروس' names one person twice: keep the official, give it the title's role."""
    officials = [a for a in actors if a.participant is not None and a.participant.name_en]
    if not officials:
        return actors  # nothing to fold a title into (most sentences name no official by name)
    namesakes = {id(o) for o in officials for a in actors if _namesake(s, o, a)}
    officials = [o for o in officials if id(o) not in namesakes]
    out = []
    for a in actors:
        p = a.participant
        if id(a) in namesakes:
            continue
        if p is not None and not p.name_en and p.role:
            near = [o for o in officials if (o.country == a.country and abs(o.tok - a.tok) <= reach
                                              and (o.participant.role in (None, p.role)
                                                   or _plain_gap(s, a.tok, o.tok) <= 3
                                                   or p.role == "minister"
                                                   and (o.participant.role or "").endswith("minister"))
                                              or o.country == a.country
                                              and 0 < a.tok - _last_token(s, o.tok) <= reach + POSTS_AFTER_NAME
                                              and not any(["with" in s.cues[j] for j in range(o.tok, a.tok)]))
                    and not _new_name_between(s, o.tok, a.tok)]
            # a bare "وزیر" is any minister: "امیرخان متقی، وزیر خارجهی امارت اسلامی"; the posts after a name
            # are that person's: "«محمد بن عبدالرحمن آل ثانی» وزیر امور خارجه و معاون نخست‌وزیر قطر", not after
            # a new "with" ("با ذاکر حسناف، وزیر دفاع … و با فرمانده نیروی دریایی این کشور")
            if near:
                o = min(near, key=lambda o: abs(o.tok - a.tok))
                if o.participant.role is None or p.role not in GENERIC_ROLES and (abs(o.tok - a.tok) <= 3
                                                                            or _title_right_after(s, o.tok)):
                    # the post the text gives beside the name is the one held that day ("رحمانی فضلی سفیر ایران")
                    o.participant = replace(o.participant, role=p.role)
                continue
        out.append(a)
    return out


NAME_WORDS = 3  # words of a name no table knows: "فواد سینیوره"


def _new_name_between(s: Sentence, i: int, j: int) -> bool:
    """Whether "و" and a word no table or cue knows stand between tokens i and j: a new person's name ("نبیه بری رییس
    مجلس و فواد سینیوره نخست وزیر لبنان"), so the post after it is his, not the first one's."""
    for k in range(min(i, j) + 1, max(i, j) - 1):
        if s.text[k] != "و":
            continue
        end = k + 1
        while end < len(s.text) and end - k <= NAME_WORDS and s.mention[end] is None and not s.cues[end] \
                and s.text[end].isalpha():
            end += 1
        if end > k + 1 and end < len(s.text) and s.mention[end] is not None and s.mention[end].kind == "title":
            return True  # (not "نماینده خاص رئیس جمهور و سرپرست سفارت جمهوری اسلامی ایران": a second post)
    return False


def _last_token(s: Sentence, k: int) -> int:
    """The last token of the mention at token k: a long name ("سعود بن عبدالرحمن بن حسن آل ثاني") counts from its
    end."""
    m = s.mention[k]
    while k + 1 < len(s.text) and s.mention[k + 1] is m:
        k += 1
    return k


def _namesake(s: Sentence, o: Actor, a: Actor) -> bool:
    """Whether the official ``o``, matched by a surname alone, is someone else: the post right after the name is of
    another state ("«احمد قرباناف» معاون وزیر خارجه ترکمنستان" is not Uzbekistan's Bakhodir Kurbanov)."""
    m = s.mention[o.tok]
    if (a.participant is None or not a.participant.name_en) and a.country != o.country and m is not None \
            and " " not in m.surface.strip() and 0 < o.tok - a.tok <= 6:
        # "السفيرة الأميركية في لبنان ليزا جونسون": another state's post, then a first name the alias lacks
        head = _mention_head(s, o.tok)
        return head > a.tok + 1 and _first_name_at(s, head - 1)
    if a.participant is None or a.participant.name_en or a.country == o.country or not 0 < a.tok - o.tok <= 6 \
            or m is None or " " in m.surface.strip():
        return False
    if not _title_right_after(s, o.tok):  # "اوکتای اسداف رئیس پارلمان آذربایجان": the alias is a first name here,
        end = o.tok  # a surname the gazetteer lacks right after it, then another state's post
        while end + 1 < len(s.text) and s.mention[end + 1] is m:
            end += 1
        post = end + 2  # (a deputy's word no table joins to the post may stand first: "کالین کال معاون وزیر دفاع")
        if post + 1 < len(s.text) and s.mention[post] is None and "person" in s.cues[post]:
            post += 1
        return post < len(s.text) and _first_name_at(s, end + 1) and s.mention[post] is not None \
            and s.mention[post].kind == "title" and post <= a.tok and s.text[end + 1] not in ALSO_WORDS \
            and s.text[end + 1].isalpha() and not s.text[end + 1].startswith("ال") \
            and max(s.text[end + 1]) < PRESENTATION_FORMS  # "بشار اﻷسد": an article in a ligature
    head = _mention_head(s, o.tok)  # a first name the alias lacks stands right before: "احمد قرباناف"
    before = s.mention[head - 1] if head else None
    if head == 0 or before is not None and before.kind in ("title", "country") or s.cues[head - 1] \
            or _and_joined(s.text[head - 1]):
        return False
    return all([(s.mention[k] is not None and s.mention[k].kind == "title" or s.mention[k] is m)
                and not _and_joined(s.text[k]) for k in range(o.tok + 1, a.tok)])


PRESENTATION_FORMS = "\ufb50"  # where Arabic presentation forms (ligatures such as "ﻷ") begin


def _first_name_at(s: Sentence, j: int) -> bool:
    """Whether token j may be a first name the gazetteer lacks: no mention, no cue, no "و", no day word, no
    honorific ("دکتر رئیسی": the title of address of the man named)."""
    word = s.text[j]
    stops = name_stops()
    return s.mention[j] is None and not s.cues[j] and not _and_joined(word) and word not in LIST_WORDS \
        and all([word not in calendar_words()[kind] for kind in ("relative", "weekday", "daypart")]) \
        and word not in stops["fa", "honorific"] and word not in stops["ar", "honorific"]


W_WORDS = ("وزیر", "وزرا", "ولی", "والی", "وکیل")  # folded words that begin with و of their own: no "and"


def _and_joined(word: str) -> bool:
    """Whether a folded word is "و" or begins with it as "and": "وامیر" yes, "وزیر", "ولی العهد" no."""
    return word[:1] == "و" and not word.startswith(W_WORDS)


def _plain_gap(s: Sentence, i: int, j: int) -> int:
    """Tokens from i to j, not counting the styles of address between them: "وزير الدفاع السعودي صاحب السمو
    الملكي الأمير محمد" puts the title one plain token before the name.

    >>> _plain_gap(Sentence("السعودی صاحب السمو الملکی الامیر محمد".split(), [0] * 6, [0] * 6, [frozenset()] * 6), 0, 5)
    1
    """
    if j < i:
        return i - j
    return j - i - sum([s.text[k] in COURTESY_WORDS for k in range(i + 1, j)])


def _title_right_after(s: Sentence, k: int) -> bool:
    """Whether a title follows the name at token k with nothing between: "عبدالرضا رحمانی فضلی سفیر …"."""
    k = _last_token(s, k)
    after = s.mention[k + 1] if k + 1 < len(s.text) else None
    return after is not None and after.kind == "title"


def _title_at_before(s: Sentence, k: int, lo: int) -> int | None:
    """The token of the nearest title before token k, within WINDOW tokens."""
    return next((j for j in range(k - 1, max(lo, k - WINDOW) - 1, -1)
                 if s.mention[j] is not None and s.mention[j].kind == "title"), None)


def _possessor(s: Sentence, k: int, lo: int) -> bool:
    """'قرقاش، المستشار الدبلوماسي لرئيس دولة الإمارات': the title before the country, written with the proclitic
    ل ("to the president") right after another title, names whose adviser the person is, not a second person."""
    j = _title_at_before(s, k, lo)
    if j is None:
        return False
    head = _mention_head(s, j)
    m = s.mention[head]
    before = s.mention[head - 1] if head > lo else None
    word = s.text[head]  # "لرئيس", "للرئيس", "لوزير"; not "اللواء", "لواء" (a rank)
    return word[:1] == "ل" and word[1:2] != "ا" and not word.startswith("لوا") and m is not None \
        and before is not None and before is not m and before.kind == "title"


HEAD_POSTS = frozenset({"president", "king", "emir", "sultan", "head_of_state", "crown_prince", "supreme_leader"})
NAME_AFTER = 5  # tokens after the country where the one person holding both joined titles may be named
# folded first words of plural titles: "روسای جمهور", "وزرای خارجه", "وزراء الخارجية", "قادة"
PLURAL_TITLE_HEADS = frozenset("روسای رووسای روسا رووسا وزرای وزیران وزرا وزراء سران رهبران قاده زعما زعماء".split())


def _joined_title(s: Sentence, k: int, lo: int) -> int | None:
    """The head of a title joined by "و" to the title right before a country, one country for both: "رئیس جمهور
    و وزیر خارجه این کشور", "رئيس الوزراء ووزير الخارجية القطري". Not a plural ("روسای جمهور و وزرای خارجه")."""
    j = _title_at_before(s, k, lo)
    if j is None:
        return None
    head = _mention_head(s, j)
    word = s.text[head]
    proclitic = word.startswith("و") and s.mention[head].start > s.start[head]  # "ووزير", not "وزير"
    if proclitic and head > lo and s.mention[head - 1] is not None \
            and s.mention[head - 1].kind == "title" and not s.mention[head - 1].country:
        other = _mention_head(s, head - 1)  # Arabic "ووزير": the "و" is the title's first letter
    elif head > lo + 1 and word != "و" and s.text[head - 1] == "و" and s.mention[head - 2] is not None \
            and s.mention[head - 2].kind == "title" and not s.mention[head - 2].country:
        other = _mention_head(s, head - 2)
    else:
        return None
    if any([s.mention[x] is not None and s.mention[x].kind == "official"
            for x in range(k + 1, min(len(s.text), k + NAME_AFTER))]):
        return None  # "رئيس الوزراء ووزير الخارجية القطري الشيخ محمد": one person holds both posts
    before = other - 1
    if before >= lo and not s.cues[before] and (s.mention[before] is None or s.mention[before].kind != "country"):
        return None  # "«رشید مردوف» معاون نخست‌وزیر و وزیر امور خارجه ترکمنستان": a name's two posts
    plural = any([s.text[x].removeprefix("و") in PLURAL_TITLE_HEADS for x in (head, other)])
    if plural or s.mention[other].entity == s.mention[j].entity:
        return None
    # two people only when one post is a head of state's, which no minister or envoy also holds: "نماینده ویژه
    # رئیس جمهور و سفیر ایران" is one diplomat with two posts
    return other if {s.mention[other].entity, s.mention[j].entity} & HEAD_POSTS else None


def _title_before(s: Sentence, k: int, lo: int) -> str | None:
    """The post of the title before the country at token k, within WINDOW tokens not counting the rest of a list:
    "با سران کشورهای شرکت کننده در این نشست از جمله روسیه، بلاروس و هند" gives each of the three a head."""
    budget, j, listing = WINDOW, k - 1, True
    while j >= lo and budget:
        m = s.mention[j]
        if m is not None and m.kind == "title":
            head = _mention_head(s, j)
            while head - 1 > lo and s.mention[head - 1] is None and s.text[head - 1] in SPECIAL_WORDS:
                head -= 1  # "المبعوث الخاص للرئيس الروسي"
            servant = s.mention[head - 1] if head > lo else None
            if servant is not None and servant.kind == "title" and servant.entity in SERVANT_ROLES:
                return servant.entity  # "مبعوث الرئيس الأميركي": the president's envoy, an envoy of that state
            return m.entity
        if "with" in s.cues[j]:
            return None  # "وزیر خارجه آمریکا با مقامات ترکیه": the title before "با" is the other side's
        if m is None and j == k - 1 and s.text[j] in DELEGATION_NOUNS:
            return None  # "استقبل الرئيس السوري … وفدا روسيا": a delegation, not the president's post
        listing = listing and "person" not in s.cues[j]  # a list ends at "با مقامهای"
        free = m is not None and m.kind == "country" or s.text[j] in LIST_WORDS or s.text[j] in INCLUDING_WORDS \
            or s.text[j] == "از" and s.text[j + 1] == "جمله" or not s.cues[j].isdisjoint(LIST_QUALIFIER_KINDS)
        if not (listing and free):
            budget -= 1
        j -= 1
    return None


DELEGATION_NOUNS = frozenset(fold_text("وفد وفدا الوفد هيئت هیات هیئت").split())  # a delegation right before its state
DELEGATION_WORDS_FA = frozenset("هیات هییت هیئت".split())  # folded: "هیات پارلمانی با ولید معلم … دیدار کردند"

STATE_NOUNS = frozenset("کشور کشورهای کشورها دولت دولتهای الدول دول البلاد بلاد".split())  # folded: not a portfolio

ALSO_WORDS = frozenset({"کما", "همچنین", "نیز", "ایضا", "وکذلک", "کذلک"})  # folded: "كما التقى", "وی همچنین با …"

ACCREDITED_WORDS = frozenset("المعتمدین معتمدین المعتمد معتمد المعتمده معتمده".split())  # folded: accredited
