"""Assembles meeting events from mentions, dates and cue words, sentence by sentence.

A sentence with a meeting trigger (دیدار, التقى, تماس تلفنی, قمة …) that is not cancelled (future, negated,
recalled history) yields events between its *actor* countries: countries named through a person (an
official, a title, a counterpart word, a delegation) rather than as a place or a topic. A "with" word splits
subject from partners, so "A met B, C and D" gives three bilateral events; a sideline cue ("در حاشیه",
"على هامش") ties them to the summit's forum and also yields the summit itself. The same meeting told twice
is merged unless the two tellings name different officials or different days.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import accumulate, compress
from operator import add

import jdatetime

from core.cues import token_cues, trigger_starts
from core.dates import calendar_words, resolve
from core.fold import Folded, fold_text
from core.home import dateline_country, home_country, is_agency
from core.mentions import TOKEN
from core.names import LEARNED, common_persian, name_stops
from core.records import DateMention, Event, Mention, Participant

# A run of sentence ends: a newline, or . ! ? before a space or the end ("ا.ا.ا", an abbreviation, is not one).
# Written to start with a plain character class, which lets the regex engine skip ahead between candidates.
# folded: a comma before "it is worth noting that" ends a sentence ("وتسلّم منهم أوراق إعتمادهم، جدير بالذكر أن
# السفراء سيقدمون أوراق إعتمادهم … غداً": what follows is a statement of its own)
_NOTE_AFTER_COMMA = r"|[،,](?= (?:و?(?:ال)?جدیر بالذکر|یذکر ان|یشار الی ان|وتجدر الاشاره|تجدر الاشاره)(?!\w))"
SENTENCE_END = re.compile(r"[.!?\n](?<!\s[^\W\d_]\.)(?:(?<=\n)|(?=\s|$))(?:\n|[.!?](?=\s|$))*"
                          r"|\.(?<=[^\W\d_]{2}\.)(?=[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc])"
                          + _NOTE_AFTER_COMMA)
# (a full stop run into the next sentence, its space lost: "دیدار و گفتوگو کرد.مرتضی سرمدی"; not "ا.ا.ا"; nor after a
# one-letter abbreviation: "وزير الخارجية د. رياض المالكي")
TRIGGERS = ("meeting", "meeting_verb", "call", "summit", "reception")
TRIGGER_KINDS = frozenset(TRIGGERS)
SIDELINE_KINDS = frozenset({"sideline", "sideline_weak"})
LIST_QUALIFIER_KINDS = frozenset({"group", "participating", "this_meeting"})  # "کشورهای شرکت کننده در این نشست"
SEQUENCE_KINDS = frozenset({"before", "after"})  # "پیش از این دیدار", "بعد هذا اللقاء": beside the meeting told
# folded words of conflict and attack ("دان الهجوم الإسرائيلي الأميركي على إيران"): the states after them (or after
# "بين" after them) are a topic, not sides
CONFLICT_WORDS = frozenset("الحرب حرب الصراع صراع النزاع نزاع النار المواجهات الاشتباکات التوتر التوترات الحدود "
                           "جنگ درگیری درگیریها تنش تنشها منازعه مناقشه آتشبس اختلافات الخلافات الخلاف التصعید "
                           "تصعید الازمه ازمه بحران المعارک معارک الهدنه هدنه الهجوم هجوم الهجمات هجمات "
                           "العدوان عدوان الاعتداء اعتداء الاعتداءات الضربات الغارات القصف حمله حملات "
                           "تجاوز تنشهای جنگهای درگیریهای بحرانهای اختلاف اختلافهای منازعات مناقشات "
                           "الحدودی الحدودیه الرابط الرابطه مرز مرزی مرزهای".split())  # a border "linking" two
BETWEEN_WORDS = frozenset("بین میان".split())
NEIGHBOUR_WORDS = frozenset("همسایه همسایگان همسایههای همسایههایش همجوار جوار الجوار لجوار بجوار المجاوره مجاوره "
                             "المجاورین".split())  # folded: a state's neighbours ("دول جوار ليبيا")
PEOPLE_WORDS = frozenset("جامعه الجالیه جالیه نخبگان گروههای الفصایل فصایل جنبش حرکه الحرکه حزب".split())
# folded: a community, its elite, a state's groups, factions, movements or parties ("رهبران گروههای فلسطینی",
# "دبیر کل جنبش جهاد اسلامی فلسطین"): no state's officials
AFFAIRS_WORDS = frozenset("امور شوون لشوون بشوون برای".split())  # folded "امور", "شؤون", "برای": what a post is for
LIKE_WORDS = frozenset("الحال حال".split())  # "كما هو الحال بين ايران وسلطنة عمان": a comparison
INCLUDING_WORDS = frozenset("جمله شامل بینهم منهم ومنهم وبینهم".split())  # folded "از جمله", "بينهم": including
GROUP_WORDS = frozenset("گروه مجموعه المجموعه مجموعه".split())  # folded: a group of states ("گروه ۱+۵")
ACTOR_FORMS_VIA_NAME = frozenset({"adjective", "plural"})  # "الروسي فلاديمير بوتين والإيراني": actor via a name
LOCATIVE = frozenset("در به فی الی من از لدی مقیم عازم وارد".split())
LIST_WORDS = frozenset({"و"})
FROM_WORDS = frozenset({"من", "از"})
AT_WORDS = LOCATIVE - FROM_WORDS  # what places a meeting: "بطلب من روسيا", "هیئتی از روسیه" come from there
SUBJUNCTIVE = frozenset({"کند", "کنند", "نماید", "نمایند", "بکند", "بکنند", "یابد", "یابند", "بگیرد",
                         "بگیرند"})  # folded light verbs: "دیدار کند", "تماس بگیرند"
PRONOUNS = frozenset({"وی", "او", "ایشان"})  # Persian "he/she" as the subject before "با"
ADDRESS_WORDS = frozenset("اقای جناب خانم".split())  # folded: "جناب آقای المبارک با آقای وانگ یی دیدار کرد"
FORUM_AFTER_SUMMIT = 3  # tokens from a summit word to the forum it names ("نشست آتی سازمان شانگهای")
NEXT_FA = frozenset("اتی بعدی اینده".split())  # folded: the next ("نشست آتی", "اجلاس بعدی", "نشست آینده")
NEXT_WORDS = frozenset("المقبل المقبله القادم القادمه".split())  # folded: "القمة المقبلة", the next summit
# folded: "اجتماع … المزمع", "لقاء سيجمع"
FUTURE_AFTER_AR = frozenset("سیعقد ستعقد سیعقدان ستعقدان سیجمع ستجمع المقرر المقرره المزمع المزمعه المرتقب المرتقبه "
                            "مرتقب مرتقبه قریبا ستنعقد سینعقد ستقام سیقام ستنطلق سینطلق ستبدا سیبدا سیتم ستتم "
                            "ربما".split())
# ("خلال اجتماع الرؤساء في الرابع من يوليو، ستتم الموافقة": what will be done there;
# "المحادثات … ربما تنطلق": may)
def _holding_discussed(s: Sentence, lo: int, j: int) -> bool:
    """Whether the summit word at j is a topic: its holding, after a topic word ("در خصوص برگزاری اجلاس سران")."""
    return "summit" in s.cues[j] and j > lo + 1 and s.text[j - 1] in HOLDING_NOUNS and "topic" in s.cues[j - 2]


def _later_today(s: Sentence, j: int, hi: int) -> bool:
    """Whether the summit word at j is told as opening "later today" ("التي تبدأ في وقت لاحق من مساء اليوم")."""
    return any(["later_today" in s.cues[x] for x in range(j + 1, min(hi, j + LATER_REACH))])


LATER_REACH = 18  # tokens from a summit word to "في وقت لاحق اليوم" past its relative clause and the forum's name
FUTURE_AFTER_REACH = 12  # tokens from a meeting noun to a future verb of it: "اجتماع وزراء … في العاشر من سبتمبر، ستتم"
CAPITAL_WORDS = frozenset({"العاصمه", "پایتخت"})
PLACE_WORDS = CAPITAL_WORDS | {"شهر", "مدینه"}  # folded: "in the city of X" places a meeting
AIRPORT_WORDS = frozenset({"مطار", "فرودگاه"})  # folded: "في مطار الكويت" places the welcome
LIKEWISE_WORDS = frozenset({"وکذلک", "کذلک"})  # folded "وكذلك": and likewise, a partner met on his own
WHERE_WORDS = frozenset({"حیث"})  # folded: "واجرى عدد من اللقاءات …، حيث التقى …": his meetings, told one by one
NOT_WITH_A_PERSON = ("حضور", "شرکت", "مشارکه", "مشارکت", "دعوت", "نشر", "انتشار", "اشاره", "تاکید", "صدور", "ارسال",
                     "بدء", "بدایه", "انطلاق", "ختام", "نهایه", "اقتراب", "حلول")  # "مع بدء أمير قطر كلمته": a time
# folded: "با حضور", "با دعوت" (invited by), "با نشر خبرنامه ای گفته" (by a press release), "با اشاره به" (citing)
ONLINE_SPACE_WORDS = frozenset("فضای صفحه صفحات شبکه شبکههای".split())  # folded: "فضای مجازی", social media
ATTENDED_WORDS = frozenset({"بحضور", "حضور"})  # folded: "التقى أمير قطر، في حضور الوزير العطية": who sat in
PRESENCE_WORDS = frozenset({"بحضور", "حضور", "بمشارکه", "مشارکه", "مشارکت"})  # folded: "بحضور نظرائه", attended by
PAST_WORDS = frozenset("الماضی الفایت الفارط المنصرم گذشته".split())  # folded: "فبراير الماضي", "اردیبهشت گذشته"
MONTH_WORDS = frozenset("ماه الشهر".split())  # folded: "الشهر الماضي", "ماه گذشته": a month ago, history
WEEK_WORDS = frozenset("هفته الاسبوع".split())  # folded: "الأسبوع الماضي": within the news window, but no day
PAST_AFTER_PERIOD = PAST_WORDS | {"پیش", "قبل"}  # "هفته پیش", "دو هفته قبل"
# folded "وكان": "وكان الرئيس بوتين قد أجرى" (a pluperfect, split), "وكان في استقباله" (who welcomed him)
WAS_WORDS = frozenset("کان وکان کانت وکانت".split())
QAD = "قد"
HISTORY_DAYS = 30  # a meeting dated longer before the publication day is background, not the news
MAX_UNKNOWN = 4  # unknown words a post may run to before its state: "رئیس مشرانو جرگه شورای ملی افغانستان"
WINDOW = 6
MANY_MET = 4  # partners under one title on a summit's sidelines that were met one by one, not as a group


class Sentence:
    """The word tokens of one sentence as parallel lists, indexed by token: ``text`` (folded), ``start`` and
    ``end`` (original offsets), ``cues`` (kinds, a shared empty frozenset for most), ``mention`` (the mention
    covering the token, or None) and ``home`` (the country an anaphoric title such as "أمير البلاد" points back
    to; None for the whole sentence until one is set).

    Worked out once per sentence for the helpers that used to recompute them: ``cued`` and ``named``, the
    indexes of the tokens with a cue and with a mention, ``kinds``, the union of all cue kinds, and ``bare``, the
    words less a leading "و" (a word list no token of the sentence is in needs no scan of it). Lists
    instead of one object per token: no per-token allocation, and a whole column is filled in one C call.

    >>> s = Sentence(["با", "ایران"], [0, 3], [2, 8], [frozenset({"with"}), frozenset()])
    >>> s.cued, sorted(s.kinds), sorted(Sentence(["وبا"], [0], [2], [frozenset()]).bare)
    ([0], ['with'], ['با'])
    """

    __slots__ = ("text", "start", "end", "cues", "mention", "home", "cued", "named", "kinds", "bare")

    def __init__(self, text: list[str], start: list[int], end: list[int], cues: list[frozenset[str]]) -> None:
        self.text, self.start, self.end, self.cues = text, start, end, cues
        self.mention: list[Mention | None] = [None] * len(text)
        self.home: list[str | None] | None = None
        self.cued = list(compress(range(len(cues)), cues))
        self.named: list[int] = []
        self.kinds = frozenset().union(*[cues[j] for j in self.cued])
        self.bare = frozenset([w.removeprefix("و") for w in text])


@dataclass
class Actor:
    """A country taking part, with the person who carries it (if named)."""

    country: str
    tok: int
    participant: Participant | None


@dataclass
class Draft:
    """An event being assembled (mutable until frozen into an Event)."""

    kind: str
    countries: list[str]
    participants: list[Participant]
    sentence: tuple[int, int]
    trigger: str
    evidence: list[tuple[int, int]]
    date: DateMention | None = None
    location: str | None = None
    city: str | None = None
    forum: str | None = None
    summit: bool = False
    sideline: bool = False
    explicit_date: bool = False
    future_host: bool = False  # "on the sidelines of the meeting that will be held": no summit yet
    call: bool = False  # a phone or video call: it has no venue, whatever another telling of it names
    venue_only: bool = False  # a summit whose one country is its venue, named for want of any side
    held: bool = False  # told as taking place ("انطلقت", "برگزار شد"): what a venue-only summit needs
    sideless: bool = False  # an organisation's session told as held with no country named ("عقد مجلس الأمن جلسة")
    vague: bool = False  # told as "last week": news, but not on the publication day
    fallback: list = field(default_factory=list)
    fallback_target: Draft | None = None
    at: int | None = None  # the token of the partner met, when a sentence lists several, each with its day
    announced: bool = False  # told by "X از دیدار … خبر داد", "أعلن عن لقاء": held, or still to come
    party: bool = False  # told as who was among the welcomers ("كما كان في استقبال الرئيس المالي …"): one welcome
    welcome: bool = False  # told by a word of welcome ("واستقبل", "في استقباله"): what more welcomers join
    hosted_by: str | None = None  # the state told as hosting the talks ("استضافت سلطنة عمان … المحادثات")
    apart: bool = False  # told as "a separate meeting" ("جلسه جداگانه ای با …"): no other telling of its pair


def build_sentence(folded: Folded, words: list[str], starts: list[int], ends: list[int], mentions: list[Mention],
                   arabic: bool, mention_starts: list[int] | None = None) -> Sentence:
    """The tokens of one sentence (``words`` at folded ``starts``/``ends``, not empty) with original offsets,
    each linked to the mention covering it, and cue kinds. ``mention_starts`` is ``[m.start for m in
    mentions]`` if the caller has it."""
    kinds, anaphors = token_cues(words, arabic)
    s = Sentence(words, *_original_offsets(folded, starts, ends), kinds)
    m_starts = [m.start for m in mentions] if mention_starts is None else mention_starts
    _link_mentions(s, mentions, m_starts)
    for i, j in anaphors:
        _resolve_anaphor(s, i, j, mentions, m_starts)
    if arabic and "honorific" in s.kinds:
        _resolve_honorifics(s, mentions, m_starts, folded)
    s.named = list(compress(range(len(words)), s.mention))  # a Mention is always true
    return s


def _original_offsets(folded: Folded, starts: list[int], ends: list[int]) -> tuple[list[int], list[int]]:
    """Original starts and ends of folded token offsets: what ``Folded.spans`` gives, without the pairs.

    When no character was dropped between the first start and the last end (most sentences), one shift maps
    every offset (``Folded.spans`` does the same); otherwise each start maps through its segment and each end
    through the segment of its last character, as ``Folded.spans`` maps them, without making pairs.
    """
    fs = folded.folded_starts
    first = bisect_right(fs, starts[0]) - 1
    last = bisect_right(fs, ends[-1] - 1) - 1
    if first == last:
        shift = folded.original_starts[first] - fs[first]
        if not shift:
            return starts, ends
        return list(map(shift.__add__, starts)), list(map(shift.__add__, ends))
    os_, lo, hi = folded.original_starts, first, last + 1
    shifts = [os_[k] - fs[k] for k in range(lo, hi)]  # segment lo + i shifts by shifts[i]
    return ([a + shifts[bisect_right(fs, a, lo, hi) - 1 - lo] for a in starts],
            [b + shifts[bisect_right(fs, b - 1, lo, hi) - 1 - lo] for b in ends])


def _link_mentions(s: Sentence, mentions: list[Mention], m_starts: list[int]) -> None:
    """Link each token to the mention covering it; tokens and mentions are sorted and disjoint."""
    starts, ends, covering = s.start, s.end, s.mention
    end = ends[-1]
    for k in range(max(0, bisect_left(m_starts, starts[0]) - 1), len(mentions)):
        m = mentions[k]
        if m.start >= end:
            break
        first = bisect_left(starts, m.start)  # the first token starting at or after the mention ...
        if first and ends[first - 1] > m.start:  # ... or the one it starts inside
            first -= 1
        last = bisect_left(starts, m.end)
        if last > first:
            covering[first:last] = [m] * (last - first)


def _resolve_anaphor(s: Sentence, i: int, j: int, mentions: list[Mention], starts: list[int]) -> None:
    """Point an anaphor at tokens [i, j) ("این کشور", "أمير البلاد") back to the country named before it."""
    covering = {id(s.mention[k]): s.mention[k] for k in range(i, j) if s.mention[k] is not None}
    if not all(m.kind == "title" for m in covering.values()):
        return
    if s.text[j - 1] in PROVINCE_WORDS:  # "والی این ولایت": the province or city named before, and its state
        antecedent = _last_place(s, i) or _place_before(mentions, starts, s.start[0])
    else:
        antecedent = _named_holder(s, i) or _last_country(s, i) or _country_before(mentions, starts, s.start[0])
    if antecedent is not None and covering:  # "أمير البلاد": the emir of the country named before
        if s.home is None:
            s.home = [None] * len(s.text)
        for k in range(i, j):
            s.home[k] = antecedent.country
    elif antecedent is not None:
        ref = Mention(s.start[i], s.end[j - 1], "", "country", antecedent.entity,
                      antecedent.country, antecedent.label_en, "anaphor")
        for k in range(i, j):
            s.mention[k] = ref


STYLE_WORDS = frozenset("سمو جلاله فخامه معالی حضره صاحب السمو الامیر الملک".split())  # "سمو الأمير المفدى"
COURTESY_WORDS = STYLE_WORDS | name_stops()["ar", "honorific"] | name_stops()["fa", "honorific"]
HONORIFIC_REACH = 600  # characters before a sentence where "سموه" may find the person it stands for


def _resolve_honorifics(s: Sentence, mentions: list[Mention], starts: list[int], folded: Folded) -> None:
    """Give "سموه", "دولته", "جلالته" (his Highness, his Excellency, his Majesty) the country of the person
    they stand for. As the subject, before any person of the sentence ("وبحث سموه والملك عبدالله"), that is
    the official the article names most often, else the nearest official named before the sentence. As the
    host of a meeting word ("خلال استقبال سموه له"), the first of these of a state the sentence does not name.
    Either way, with no such official, the nearest state before it that the sentence does not name, when it
    names fewer than two. An official styled before with the honorific's own style ("جلالة الملك عبدالله الثاني"
    for "جلالته") comes first.
    "الأمير المفدى" (the beloved emir) is a title of that person.

    "تسلم أمير قطر رسالة من أمير الكويت. سلمها وزير الخارجية الكويتي خلال استقبال سموه له" -> سموه is Qatar's.
    """
    named = {m.country for m in s.mention if m is not None and m.country and m.kind in ("country", "official")}
    before = bisect_left(starts, s.start[0])
    earlier = [m for m in reversed(mentions[bisect_left(starts, s.start[0] - HONORIFIC_REACH):before]) if m.country]
    main = _most_named_official(mentions)
    if main is not None:
        earlier.insert(0, main)
    for k in s.cued:
        if "honorific" not in s.cues[k] or s.mention[k] is not None:
            continue
        head = k
        while head and s.text[head - 1] in STYLE_WORDS:
            head -= 1
        hosting = bool(head and s.cues[head - 1] & TRIGGER_KINDS)
        if not hosting and any(s.mention[j] is not None and s.mention[j].kind in ("official", "title")
                               for j in range(head)):
            continue  # "استقبل أمير قطر الوزير، وأكد سموه": he is the emir just named
        official = _styled_before(folded, mentions[:before], s.text[k].removeprefix("و")) \
            or next((m for m in earlier if m.kind == "official" and (not hosting or m.country not in named)), None)
        if official is not None and official.country in named:
            continue  # the subject is a person the sentence names already
        antecedent = official or (next((m for m in earlier if m.kind == "country" and m.country not in named), None)
                                  if len(named) < 2 else None)
        if antecedent is None:
            continue
        title = s.mention[k - 1] if k else None
        if title is not None and title.kind == "title":  # "أمير البلاد المفدى"
            if s.home is None:
                s.home = [None] * len(s.text)
            for x in range(_mention_head(s, k - 1), k):
                s.home[x] = antecedent.country
        elif antecedent.kind == "official":  # the person named before, with his words as the evidence
            s.mention[k] = replace(antecedent, form="honorific")
        else:
            s.mention[k] = Mention(s.start[k], s.end[k], "", "country", antecedent.entity, antecedent.country,
                                   antecedent.label_en, "honorific")


HONORIFIC_STYLES = {"جلالته": "جلاله", "سموه": "سمو", "فخامته": "فخامه", "معالیه": "معالی", "سیادته": "سیاده"}
STYLE_REACH = 24  # folded characters before an official's name where his style stands: "جلالة الملك عبدالله"


def _styled_before(folded: Folded, before: list[Mention], honorific: str) -> Mention | None:
    """Of the officials named before the sentence with the style of ``honorific`` right before a name, the one
    named most often (the first on a tie): "جلالة الملك عبدالله الثاني" is whom "جلالته" stands for, however
    often others with no such style are named."""
    style = HONORIFIC_STYLES.get(honorific)
    if style is None:
        return None
    styled = {m.entity for m in before if m.kind == "official" and m.country and style in _words_before(folded, m)}
    counts = Counter(m.entity for m in before if m.entity in styled and m.kind == "official")
    best = max(counts.values(), default=0)
    return next((m for m in before if m.kind == "official" and counts.get(m.entity) == best), None) if best else None


def _words_before(folded: Folded, m: Mention) -> list[str]:
    """The folded words right before mention ``m``, without "ال": ["جلاله", "الملک"] before "عبدالله الثانی"."""
    p = folded.folded_position(m.start)
    return [w.removeprefix("ال") for w in folded.text[max(0, p - STYLE_REACH):p].split()]


def _named_holder(s: Sentence, i: int) -> Mention | None:
    """The official named right before the title that "این کشور" at token i ends: "عباس عراقچی، وزیر امور خارجه
    این کشور" is the foreign minister of his own state, whatever city was named before."""
    if i == 0 or s.mention[i - 1] is None or s.mention[i - 1].kind != "title":
        return None
    head = _mention_head(s, i - 1)
    before = s.mention[head - 1] if head else None
    if before is None or before.kind != "official" or not before.country:
        return None
    return _as_state(before)


def _country_before(mentions: list[Mention], starts: list[int], pos: int, kind: str = "country") -> Mention | None:
    """The nearest mention of ``kind`` (with a state) before ``pos``."""
    return next((mentions[k] for k in range(bisect_left(starts, pos) - 1, -1, -1)
                 if mentions[k].kind == kind and mentions[k].country), None)


PROVINCE_WORDS = frozenset({"ولایت", "استان"})  # folded: "این ولایت", "آن استان" point back to a province


def _as_state(m: Mention) -> Mention:
    """A city's or province's mention as one of its state."""
    return replace(m, kind="country", entity=m.country, label_en=m.country, form="name")


def _last_place(s: Sentence, k: int) -> Mention | None:
    """The state of the nearest city or province named before token k in the sentence."""
    m = next((s.mention[j] for j in range(k - 1, -1, -1) if s.mention[j] is not None and s.mention[j].kind == "city"
              and s.mention[j].country), None)
    return _as_state(m) if m is not None else None


def _place_before(mentions: list[Mention], starts: list[int], pos: int) -> Mention | None:
    """The state of the nearest city or province named before ``pos``."""
    m = _country_before(mentions, starts, pos, "city")
    return _as_state(m) if m is not None else None


def _last_country(s: Sentence, k: int, reach: int = 60) -> Mention | None:
    """The nearest country named before token k (what "این کشور" / "بلاده" points back to)."""
    for j in range(k - 1, max(-1, k - reach), -1):
        m = s.mention[j]
        if m is not None and m.kind == "country" and m.form not in ("anaphor", "self"):
            return m  # (not "کشورمان", "our country": "این کشور" points away from the speaker's own)
        if m is not None and m.kind == "city" and m.country and j > 0 and s.text[j - 1] in LOCATIVE:
            # "در سفر به اسلام‌آباد با مقام‌های آن کشور": the state of the city just named
            return _as_state(m)
    return None


# Non-word characters common in news prose, blanked to spaces before splitting a sentence: a blank is no word
# character either, so the word tokens and their offsets stay the same.
_BLANKED = tuple(',"():;.!?/-[]\'%…–—•*+=<>|#&')


def sentence_words(folded_text: str, start: int, end: int) -> tuple[list[str], list[int], list[int]]:
    """The word tokens (``\\w+`` runs, ``TOKEN``) of ``folded_text[start:end]`` with their folded starts and ends.

    Fast path: common punctuation becomes spaces and ``str.split(" ")`` cuts the sentence into pieces, whose
    starts are running sums of their lengths (``accumulate``, in C). A non-empty piece that is all ``isalnum``
    is exactly one ``\\w+`` run (``\\w`` is ``isalnum`` or "_"); when every non-empty piece is one, they are the
    tokens, found without a Python loop. A piece holding anything else ("_", a rare sign, another space
    character) is cut by ``TOKEN`` itself. ``tests/test_speed_events.py`` compares this with ``finditer``.

    >>> sentence_words("الف، ب ج", 0, 8)
    (['الف', 'ب', 'ج'], [0, 5, 7], [3, 6, 8])
    """
    text = folded_text[start:end]
    for ch in _BLANKED:
        if ch in text:
            text = text.replace(ch, " ")
    pieces = text.split(" ")
    words = list(filter(None, pieces))
    if all(map(str.isalnum, words)):
        starts = list(compress(accumulate(map((1).__add__, map(len, pieces)), initial=start), pieces))
        return words, starts, list(map(add, starts, map(len, words)))
    words, starts, ends = [], [], []
    at = start
    for piece in pieces:
        if piece.isalnum():
            words.append(piece)
            starts.append(at)
            ends.append(at + len(piece))
        elif piece:
            for m in TOKEN.finditer(piece):
                words.append(m.group())
                starts.append(at + m.start())
                ends.append(at + m.end())
        at += len(piece) + 1
    return words, starts, ends


def sentence_spans(folded_text: str, wrapped: bool = False) -> list[tuple[int, int]]:
    r"""Half-open folded spans of sentences (split at . ! ? and line ends; in a ``wrapped`` text, where lines end
    inside sentences, at . ! ? and blank lines only).

    >>> sentence_spans("الف. ب"), sentence_spans("الف ب\nجیم. دال", wrapped=True), sentence_spans("وزیر د. ریاض. ب")
    ([(0, 3), (4, 6)], [(0, 9), (11, 14)], [(0, 12), (13, 15)])
    """
    out, prev = [], 0
    ends = WRAPPED_END if wrapped else SENTENCE_END
    for m in ends.finditer(folded_text):
        if not m.group().strip() and _runs_on(folded_text, m.start()):
            continue  # "در مذاکره تلفنی محرابیان، وزیر نیرو با دلیر جمعه، وزیر\nانرژی تاجیکستان": one sentence
        if m.start() > prev:
            out.append((prev, m.start()))
        prev = m.end()
    if prev < len(folded_text):
        out.append((prev, len(folded_text)))
    return out


# folded words no sentence ends with: a line that ends with one runs on ("و", "با", "في", a post's head "وزیر")
RUN_ON_WORDS = frozenset("و با در به از که را برای وزیر رییس معاون سفیر مع فی من علی الی عن عبر نایب بین بن".split())


def _runs_on(folded_text: str, i: int) -> bool:
    """Whether the single line end at ``i`` falls inside a sentence: the line's last word cannot end one."""
    start = max(folded_text.rfind(" ", 0, i), folded_text.rfind("\n", 0, i)) + 1
    return folded_text[start:i] in RUN_ON_WORDS


# hard-wrapped text: a line end is a space
WRAPPED_END = re.compile(r"[.!?](?<!\s[^\W\d_]\.)(?=\s|$)[.!?\s]*|\n\s*\n\s*" + _NOTE_AFTER_COMMA)
WRAP_WIDTH = 70  # characters: the median line of a hard-wrapped text is shorter
WRAP_LINES = 6  # lines a text needs before its lines can tell it is hard-wrapped


def _hard_wrapped(folded_text: str) -> bool:
    r"""Whether the text is cut into short lines inside its sentences (an archive's fixed-width text: "بحث وزير
    الخارجية التركي أحمد داوود\nأوغلو صباح اليوم …"): most lines short, most ending with no full stop.

    >>> _hard_wrapped("بحث وزير الخارجية التركي\nأوغلو صباح اليوم مع\nالرئيس السوري في دمشق\nالعلاقات" * 2)
    True
    >>> _hard_wrapped("عنوان\nبحث الوزير مع نظيره العلاقات.\nوقال إن …")
    False
    """
    lines = [line for line in folded_text.split("\n") if line.strip()]
    if len(lines) < WRAP_LINES:
        return False
    open_lines = sum(not line.rstrip().endswith((".", "!", "?", ":")) for line in lines)
    return sorted(map(len, lines))[len(lines) // 2] < WRAP_WIDTH and open_lines * 3 >= len(lines) * 2


def _clauses(folded_text: str, spans: list[tuple[int, int]], hits: list[int]) -> list[tuple[int, int, bool]]:
    """Sentence spans cut at a colon, or a "while" ("فيما", "بينما", "در حالی که"), that has a meeting trigger on
    both sides ("به گفت‌وگوی تلفنی ظریف و همتای عراقی اشاره کرد و افزود: وزیر خارجه با همتای ترکیه‌ای تلفنی
    گفت‌وگو کرد" reports two calls); a colon before a list of partners ("دیدار کرد با: …") has none after it and
    cuts nothing. Each clause comes with whether it goes on the sentence of the one before (cut at a "while",
    it shares that one's circumstances: "وعلى هامش القمة، التقى شي مودي، فيما التقى بوتين بزشكيان").

    >>> _clauses("الف: ب", [(0, 6)], [0, 5])
    [(0, 3, False), (5, 6, False)]
    """
    out = []
    for start, end in spans:
        first = bisect_left(hits, start)
        if first + 1 >= len(hits) or hits[first + 1] >= end:  # fewer than two triggers: no cut has one each side
            out.append((start, end, False))
            continue
        cuts = [(c, c + 1) for c in _colons(folded_text, start, end)]
        if _may_join(folded_text[start:end]) and _CLAUSE_JOINS.search(folded_text, start, end):
            cuts = sorted(cuts + [m.span() for m in _CLAUSE_JOINS.finditer(folded_text, start, end)])
        joined = False
        for cut, after in cuts:
            k = bisect_left(hits, start)
            before = k < len(hits) and hits[k] < cut
            k = bisect_left(hits, after)
            if before and k < len(hits) and hits[k] < end:
                out.append((start, cut, joined))
                start, joined = after, folded_text[cut] != ":"
                while start < end and folded_text[start] == " ":
                    start += 1
        out.append((start, end, joined))
    return out


# folded: "التقى شي مودي، فيما التقى بوتين بزشكيان": a second meeting told in the same sentence
_CLAUSE_JOINS = re.compile(r"(?<!\w)(?:و?فیما|و?بینما|فی حین|در ?حالی که|در شرایطی(?: \S+){0,3}? که)(?!\w)")
_JOIN_CORES = ("فیما", "بینما", "فی حین", "حالی که", "شرایطی")  # every match of _CLAUSE_JOINS holds one of these
# ("این دیدارها در شرایطی برگزار میشوند که روحانی … در تماس با مرکل": in circumstances in which)


def _may_join(text: str) -> bool:
    """Whether ``text`` may hold a ``_CLAUSE_JOINS`` match: a few substring tests, much cheaper than the regex."""
    return any([core in text for core in _JOIN_CORES])


def _colons(folded_text: str, start: int, end: int) -> list[int]:
    out, colon = [], folded_text.find(":", start, end)
    while colon >= 0:
        out.append(colon)
        colon = folded_text.find(":", colon + 1, end)
    return out


def _mention_head(s: Sentence, k: int) -> int:
    m = s.mention[k]
    while k > 0 and m is not None and s.mention[k - 1] is m:
        k -= 1
    return k


# folded: a state's ministry before its adjective ("الوكيل المساعد لشؤون الشرق الأوسط بالخارجية الأمريكية")
MINISTRY_AR = frozenset("الخارجیه بالخارجیه وزاره بوزاره الوزاره".split())
OPPOSITION_WORDS = frozenset("المعارضه المعارض اپوزیسیون".split())  # folded: the opposition, no state's side


EMBASSY_WORDS = frozenset("سفارت سفاره السفاره سفارتخانه".split())  # folded: an embassy of the state after it
AT_BUILDING_WORDS = frozenset("ساختمان محل مقر مبنی در فی".split())  # folded: the building of, at


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
    if k >= lo + 2 and s.text[k - 1] in EMBASSY_WORDS and s.text[k - 2] in AT_BUILDING_WORDS:
        return False  # "ساختمان سفارت عمان در رم را ترک کردند": a building, where they were
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
        if word.removeprefix("و") in CONFLICT_WORDS and not (j > lo and s.text[j - 1] in AFFAIRS_WORDS):
            return False  # "الصراع الفلسطيني الإسرائيلي", "جنگ روسیه و اوکراین": a topic ("امور مرزی": a portfolio)
        if word in TIES_WORDS and not (j > lo and mention[j - 1] is not None and mention[j - 1].kind == "title"):
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
        if "person" in cues:  # "بين روسيا وأوكرانيا" is a meeting's sides, unless after "الحرب" or "التعاون"
            return not _topic_between(s, lo, j) and not (j > lo and _topic_between(s, lo, j - 1))
            # (nor "التصعيد الجاري بين الجانبين الفلسطيني والإسرائيلي": the sides of a conflict)
        if "clause" in cues:  # "سخنگو گفت روند مذاکرات ایران و آمریکا …": the speaker is not the talks' side
            return False
        if word in PRESENCE_WORDS or word == "شرکت" and j > lo and "with" in s.cues[j - 1]:
            # "نشست … با حضور ایران، روسیه و ترکیه", "بمشاركة مصر والأردن": attended by; not "بدون حضور ایران"
            return not (j > lo and s.text[j - 1] in WITHOUT_WORDS)
        if word == "من" and j > lo and s.text[j - 1] == "کل":
            j -= 2  # "نظرائه في كل من السعودية والبحرين": each of
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
        if word not in LIST_WORDS and not (m.form == "adjective" and (word.startswith("وال") or word in MINISTRY_AR)):
            # ("وزير الطاقة والتجارة والصناعة والسياحة القبرصى": a portfolio's "و" words before an adjective)
            unknown += 1
            if unknown > MAX_UNKNOWN:
                return False
        j -= 1
    return False


WITHOUT_WORDS = frozenset({"بدون", "بی", "دون", "بغیر"})  # folded: "بدون حضور ایران", "دون مشاركة"
# folded words for ties and agreements between states: "تعزيز التعاون الثلاثي المشترك بين العراق والأردن ومصر",
# "الاتفاقية المبرمة بين حكومتي الكويت والعراق" are a topic
TIES_WORDS = frozenset("التعاون تعاون العلاقات علاقات الروابط روابط همکاری همکاریهای مناسبات الاتفاقیه اتفاقیه "
                       "الاتفاقیات الاتفاق المعاهده معاهده توافقنامه قرارداد تفاهمنامه".split())


def _topic_between(s: Sentence, lo: int, j: int) -> bool:
    """Whether "بين"/"بین" at token j names the states of a topic, not a meeting's sides: after a conflict
    ("التصعيد العسكري الأخير بين"), a topic word, ties ("التعاون … بين") or talks still ahead."""
    return s.text[j] in BETWEEN_WORDS and j > lo and (_conflict_before(s, lo, j) or "topic" in s.cues[j - 1]
                                                      or _ties_before(s, lo, j) or _talks_ahead(s, lo, j))


def _conflict_before(s: Sentence, lo: int, j: int) -> bool:
    """Whether "بين" at j closes a phrase about a conflict or a comparison, within three words: "التصعيد العسكري
    الأخير بين إسرائيل وإيران", "كما هو الحال بين ايران وسلطنة عمان" name a topic, not a meeting's sides."""
    return any([s.text[k] in CONFLICT_WORDS or s.text[k] in LIKE_WORDS for k in range(max(lo, j - 3), j)])


ORGANISATION_ROLES = frozenset({"secretary_general", "organisation_head", "high_representative"})  # no state's
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
    سوريا", "نماینده سازمان ملل در امور سوریه"): the person's organisation, not the meeting's forum."""
    return _serves_the_next(s, j, FORUM_PERSON_ROLES) \
        or any([s.text[x] in MISSION_WORDS for x in range(max(0, _mention_head(s, j) - MISSION_REACH), j)])


MISSION_WORDS = frozenset("نمایندگی بعثه البعثه".split())  # folded: "در محل نمایندگی دائم ترکیه در سازمان ملل"
MISSION_REACH = 4  # tokens from "نمایندگی" to the organisation: "نمایندگی دائم ترکیه در"


def _serves_the_next(s: Sentence, k: int, roles: frozenset[str]) -> bool:
    """Whether the token right before the mention at k is a title in ``roles`` or a word for one who serves
    ("معاون", "نماینده", "مبعوث"): the mention names whom that person serves."""
    head = _mention_head(s, k)
    while head > 0 and s.mention[head - 1] is None and s.text[head - 1] in ADDRESS_WORDS:
        head -= 1  # "مشاور آقای پوتین": a style of address between
    m = s.mention[head - 1] if head else None
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
    Without one ("وجرى خلال اللقاء بحث تعزيز العلاقات بين العراق وإيران") the ties name the sides."""
    return any([s.text[k] in TIES_WORDS for k in range(max(lo, j - 4), j)]) \
        and any(["with" in s.cues[k] for k in range(lo, j)])


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


VICTIM_WORDS = frozenset("ترور اغتیال شهادت شهید مقتل قتل استشهاد الشهید".split())  # folded: killed, martyred


def _victim(s: Sentence, lo: int, k: int) -> bool:
    """Whether a named person is who was killed ("توجیه ترور سردار سلیمانی", "اغتيال قاسم سليماني") or only runs
    for office ("مرشح الحزب الجمهوري للرئاسة الأمريكية دونالد ترامب"): the topic, not a state's side. A rank,
    title or party may stand between."""
    return any([s.text[j] in VICTIM_WORDS for j in range(max(lo, k - 3), k)]) \
        or any([s.text[j] in CANDIDATE_WORDS for j in range(max(lo, k - CANDIDATE_REACH), k)])


PARTY_HEADS = frozenset(fold_text("رهبر رئیس زعيم الزعيم رئيس أمين الأمين دبیر").split())  # leader, head, secretary
PARTY_WORDS = frozenset(fold_text("حزب الحزب لحزب جنبش حرکت حركة الحركة لحركة التيار تيار لتيار ائتلاف").split())
PARTY_STEMS = ("حزب", "جنبش", "حرکت", "حرکه", "تیار", "ایتلاف")  # folded: in every word of PARTY_WORDS
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


FORMER_WORDS = frozenset("پیشین سابق السابق الاسبق اسبق".split())  # folded: a former official's post
FORMER_REACH = 2  # tokens from "former" to the state it is the post of: "سفیر پیشین پاکستان", "السفير السابق لـ"
LOCAL_ROLES = frozenset({"governor", "mayor"})  # posts of a city or province, named by the place: "والی هرات"
GENERIC_ROLES = frozenset({"minister", "head_of_state"})  # titles that tell no post apart: "وزیر", "سران"
POSTS_AFTER_NAME = 4  # more tokens a second post may take after a name's first ("وزیر امور خارجه و معاون …")


def _fold_titles_into_officials(actors: list[Actor], s: Sentence, reach: int = 8) -> list[Actor]:
    """'ویکتور خرونین، وزیر دفاع بلاروس' names one person twice: keep the official, give it the title's role."""
    officials = [a for a in actors if a.participant is not None and a.participant.name_en]
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
        return end + 2 < len(s.text) and _first_name_at(s, end + 1) and s.mention[end + 2] is not None \
            and s.mention[end + 2].kind == "title" and end + 2 <= a.tok and s.text[end + 1] not in ALSO_WORDS \
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
    """Whether token j may be a first name the gazetteer lacks: no mention, no cue, no "و", no day word."""
    word = s.text[j]
    return s.mention[j] is None and not s.cues[j] and not _and_joined(word) and word not in LIST_WORDS \
        and all([word not in calendar_words()[kind] for kind in ("relative", "weekday", "daypart")])


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
            servant = s.mention[head - 1] if head > lo else None
            if servant is not None and servant.kind == "title" and servant.entity in SERVANT_ROLES:
                return servant.entity  # "مبعوث الرئيس الأميركي": the president's envoy, an envoy of that state
            return m.entity
        if "with" in s.cues[j]:
            return None  # "وزیر خارجه آمریکا با مقامات ترکیه": the title before "با" is the other side's
        listing = listing and "person" not in s.cues[j]  # a list ends at "با مقامهای"
        free = m is not None and m.kind == "country" or s.text[j] in LIST_WORDS or s.text[j] in INCLUDING_WORDS \
            or s.text[j] == "از" and s.text[j + 1] == "جمله" or not s.cues[j].isdisjoint(LIST_QUALIFIER_KINDS)
        if not (listing and free):
            budget -= 1
        j -= 1
    return None


AGENDA_WORDS = frozenset({("جدول", "اعمال"), ("دستور", "کار")})  # folded: "جدول أعمال القمة", "دستور کار نشست"


OUTCOME_WORDS = frozenset("نتایج مخرجات قرارات قرار مقررات مصوبات دستاوردهای دستاوردها بیان البیان اعلان "
                           "اعلامیه توصیات".split())  # folded: the results, decisions, statement of a summit


HOST_WORDS_FA = frozenset({"میزبان", "میزبانی"})  # folded: host of
WAS_FA = frozenset({"بود", "بودند", "بوده"})  # folded past "was"
HOSTED_REACH = 12  # tokens from the meeting noun to the "بود" that ends its clause
HOST_BEFORE = 3  # tokens from "میزبان" to the meeting noun: "میزبان سه دور مذاکرات"


REFERRING_HEADS = frozenset({"اشاره", "مشیرا", "مشیره"})  # folded: the word every phrase of REFERRED_TO has
REFERRED_TO = frozenset({("با", "اشاره", "به"), ("ضمن", "اشاره", "به"), ("في", "اشاره", "الی"),
                         ("مشیرا", "الی"), ("مشیره", "الی")})  # folded: "referring to" right before a meeting word


def _first_between(s: Sentence, actors: list[Actor]) -> str | None:
    """The state of the first actor right after "بين"/"میان" (between), if any: who met each of the others in
    separate meetings "بين X وضيفيه المصري والأردني"."""
    k = next((j for j in s.cued if "between" in s.cues[j]), None)
    first = next((a for a in actors if k is not None and a.tok > k), None)
    return first.country if first is not None and first.tok <= k + BETWEEN_REACH else None


BETWEEN_REACH = 6  # tokens from "بين" to the first side's person: "بين رئيس الوزراء العراقي مصطفى الكاظمي"


def _phrase_start(s: Sentence, lo: int, trig: int) -> int:
    """The meeting verb whose phrase the trigger at ``trig`` ends ("ويبحث" of "ويبحث معهم"), else ``trig`` (not
    "میزبان" before "مذاکرات", nor "اجتماع" before "القمة": words of their own)."""
    kinds = s.cues[trig] & TRIGGER_KINDS
    if trig > lo and "meeting_verb" in s.cues[trig - 1] and s.cues[trig - 1] & TRIGGER_KINDS == kinds \
            and s.text[trig][:1] != "و":
        return trig - 1
    return trig


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
    return tuple(s.text[max(lo, start - 3):start]) in REFERRED_TO or tuple(s.text[max(lo, start - 2):start]) \
        in REFERRED_TO


ATTENDANCE_WORDS = frozenset(fold_text("حضور شرکت مشارکت").split())  # attending (a summit), after "referring to"
REFERRED_ATTENDANCE_REACH = 6  # tokens from "حضور" to "در" + the summit: "حضور حجتالاسلام رئیسی در"


def _hosted_before(s: Sentence, trig: int, hi: int) -> bool:
    """Whether a Persian meeting noun is what a place "had been host of" ("میزبان مذاکرات … بود"): history."""
    return not HOST_WORDS_FA.isdisjoint(s.text[max(0, trig - HOST_BEFORE):trig]) \
        and not WAS_FA.isdisjoint(s.text[trig + 1:min(hi, trig + HOSTED_REACH)])


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
    if _counted_times(s, lo, hi, trig):
        return True  # "روسای جمهور ایران و ازبکستان پیشتر دو بار با هم ملاقات کردند", "التقيا مرتين": how often
    if _referred_to(s, lo, trig):
        return True  # "علیاف با اشاره به تماس تلفنی ۲۱ ژانویه با پزشکیان گفت": a meeting he spoke of, told before
    if "summit" in s.cues[trig] and trig > lo and s.text[trig - 1].removeprefix("و") in OUTCOME_WORDS:
        return True  # "استعراض نتائج ومخرجات القمة الخليجية – الأوروبية": what a summit gave is a topic
    if _holding_discussed(s, lo, trig):
        return True  # "در خصوص برگزاری اجلاس سران … اکو … بحث کردند": the holding of a summit is what was discussed
    if "call" in sentence_cues and trig >= lo + 2 and "summit" in s.cues[trig] \
            and (s.text[trig - 2], s.text[trig - 1]) in AGENDA_WORDS:
        return True  # "يبحثان هاتفيا جدول أعمال قمة الناتو": the summit is what the call was about
    if "wish" in sentence_cues and any(["wish" in s.cues[j] for j in s.cued if lo <= j < trig]):
        return True  # "ابراز امیدواری کرد که مذاکرات … منتهی شود", "ويرى محللون أن المحادثات قد تستأنف": hoped for
    if not arabic and _hosted_before(s, trig, hi):
        return True  # "عمان که … میزبان مذاکرات غیرمستقیم بین ایران و آمریکا بود": a host it had been, history
    if arabic:
        # "في زيارة لم يعلن عنها، والتقى نظيره": a verb with "و" opens a clause of its own
        before = range(trig, trig) if s.text[trig].startswith("و") and "meeting_verb" in s.cues[trig] \
            else range(max(lo, trig - 6), trig)
        after = range(trig + 1, min(hi, trig + 8))
        rel = _relative_before_verb(s, lo, trig)
        if any(["future" in s.cues[j] or "negation" in s.cues[j] for j in before if j <= rel]):
            return True  # (not "… التشاوري، الذي تستضيفه دولة الكويت غدًا الأحد، اجتمع …": the relative clause's
            # tomorrow, before a past verb, is not the meeting's)
        if "summit" in s.cues[trig] and any([s.text[j].removeprefix("و") in TAKES_PART_PRESENT
                                             for j in range(trig + 1, min(hi, trig + 3))]) \
                and not _told_held(s, lo, hi, arabic):
            return True  # "إن المؤتمر يشارك به زعماء دول …": who will take part, the conference still ahead
        if trig > lo and {"held", "purpose"} <= s.cues[trig - 1]:
            return True  # "ستدعو لعقد اجتماع لجامعة الدول العربية": a meeting to be held
        if _purpose_of(s, lo, trig):
            return True  # "وصل إلى موسكو لإجراء محادثات": the talks are what he came for, still to come
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
        if any([s.text[j] in NEXT_WORDS and (s.text[j - 1] in PERIOD_WORDS or s.text[j - 1] in MONTH_NAMES_AR)
                for j in after]):
            return True  # "اجتماعاً ثلاثياً في عمان الأسبوع المقبل", "أواخر ديسمبر القادم": still ahead
        if trig + 1 < hi and "future" in s.cues[trig + 1]:
            return True  # "إن القمة سيحضرها", "الاجتماع سيعقد": the verb right after the noun is future
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
    if _purpose_of(s, lo, trig) or _on_the_eve_of_trip(s, lo, trig):
        return True  # "برای حضور در مذاکرات وارد ژنو شدند": arrived for talks still to come
    if "future" in sentence_cues or "negation" in sentence_cues:
        first, end = _clause_before(s, trig, lo), _clause_after(s, trig, hi)
        ahead = [j for j in s.cued if first <= j < end and ("future" in s.cues[j] or "negation" in s.cues[j])]
        if ahead and not _held_today(s, lo, trig, ahead, sentence_cues) \
                and not _relative_future_before(s, first, trig, hi, ahead):
            return True
    return _subjunctive_after(s, trig, hi) or _in_order_to(s, lo, trig, hi) or _invited_to(s, trig, hi) \
        or _after_it_then_present(s, lo, trig, hi) or _goal_of_trip(s, lo, trig, hi)


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


PERIOD_WORDS = frozenset("الاسبوع الشهر العام السنه".split())  # folded: before "المقبل", "القادم"
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


PURPOSE_WORDS = frozenset({"برای", "جهت", "منظور"})  # folded: "برای دیدار", "به منظور انجام دیداری"
DEPART_WORDS = frozenset({"عازم", "راهی", "مقصد", "ترک", "رفت", "رفته", "رفتند", "میرود", "میروند", "عزیمت"})
# folded: left for, heading to, gone to ("به مقصد", "ترک کرد", "به آنکارا رفته است")


PROPOSAL_WORDS = frozenset({"پیشنهاد", "پیشنهادی", "موافقت", "درخواست"})  # folded: proposed, agreed, asked


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
    if holding and s.text[k] in PURPOSE_WORDS:
        return True
    if any([s.text[j] in PURPOSE_WORDS for j in range(max(lo, k - 1), k + 1)]) \
            and any([s.text[j] in DEPART_WORDS for j in range(lo, len(s.text))]):
        return True  # "برای دیدار با مقامات سوریه تهران را به مقصد دمشق ترک کرد": left to meet, not met yet
    if any([s.text[j] in PURPOSE_WORDS for j in range(max(lo, k - 1), k + 1)]) \
            and any([s.text[j] in PROPOSAL_WORDS for j in range(lo, len(s.text))]):
        return True  # "با پیشنهاد روسیه برای گفتوگو با علیاف … موافقت کرده است": talks agreed to, not held
    return trig > lo and "purpose" in s.cues[k] or k > lo and s.text[k] in ("در", "فی") and "purpose" in s.cues[k - 1]


HOLDING_NOUNS = frozenset("سرگیری ازسرگیری برگزاری ادامه استیناف انجام".split())  # folded: resuming, holding,
# carrying out (talks)
CHAIR_WORDS = frozenset("رییس رییسا رییسه ریاسه".split())  # folded: chair ("بصفتها رئيسا للقمة العربية")


def _chair_of(s: Sentence, j: int) -> bool:
    """Whether the summit word at token j names what a state chairs ("بصفتها رئيسا للقمة العربية"), not a meeting.

    >>> _chair_of(Sentence("بصفتها رییسا للقمه".split(), [0] * 3, [0] * 3, [frozenset(), frozenset(),
    ...                                                                  frozenset({"summit"})]), 2)
    True
    """
    if j == 0 or "summit" not in s.cues[j]:
        return False
    if s.text[j].startswith("لل") and s.text[j - 1] in CHAIR_WORDS:
        return True
    first = j
    while first > 0 and "summit" in s.cues[first - 1]:
        first -= 1  # "کمیسیون مشترک": one phrase
    return first > 0 and s.text[first - 1] in POST_OF_WORDS  # "هماهنگ کننده کمیسیون مشترک"


POST_OF_WORDS = frozenset(fold_text("کننده هماهنگ‌کننده منسق دبیر رئیس").split())  # the post of a commission's
# coordinator, secretary or head ("با انریکه مورا هماهنگ کننده کمیسیون مشترک برجام"): a title, not a meeting


TOUR_WORDS = frozenset("جوله بجوله الجوله جولته بجولته جولتها".split())  # folded: a tour
INCLUDING_STOPS = frozenset("شملت وشملت شمل".split())  # folded: that included (not "تشمل": stops ahead)


def _tour(s: Sentence, lo: int, hi: int, actors: list[Actor]) -> tuple[str, list[str]] | None:
    """(traveler, states visited) when the sentence tells a tour and the states it took in, after one traveler:
    "قام وزير الخارجية الايراني بجولة اقليمية شملت لبنان، سورية، السعودية، قطر والعراق"; None otherwise."""
    if TOUR_WORDS.isdisjoint(s.text[lo:hi]):
        return None  # most sentences tell no tour
    k, j = next(((k, j) for k in range(lo, hi - 1) if s.text[k] in TOUR_WORDS
                 for j in range(k + 1, min(hi, k + 4)) if s.text[j] in INCLUDING_STOPS), (None, None))
    if k is None:
        return None
    travelers = {a.country for a in actors if a.tok < k}
    if len(travelers) != 1:
        return None
    traveler = travelers.pop()
    stops: list[str] = []
    j += 1  # the first stop, after "شملت"
    while j < hi and (s.mention[j] is not None and s.mention[j].kind == "country"
                      or s.text[j] in ("و", "ایضا") and j + 1 < hi and s.mention[j + 1] is not None):
        m = s.mention[j]
        if m is not None and m.country not in stops and m.country != traveler:
            stops.append(m.country)
        j += 1
    return (traveler, stops) if len(stops) >= 2 else None


THESE_STATES = (("این", "کشورها"), ("این", "دو", "کشور"), ("هذه", "الدول"), ("هذین", "البلدین"))  # folded
THESE_FIRST = frozenset(w[0] for w in THESE_STATES)
HIGH_RANK_WORDS = frozenset("عالیرتبه بلندپایه ارشد".split())  # folded: "با مقامات عالیرتبه این دو کشور"


def _trip_to_these(s: Sentence, lo: int, hi: int, actors: list[Actor],
                   home: str | None) -> tuple[str, list[str]] | None:
    """(traveler, states visited) when the sentence tells a trip to two or more states and talks "with the
    officials of these countries": "رئیس دستگاه دیپلماسی … به عمان و سوریه سفر و با مقامات این کشورها گفتوگو کرد".
    The traveler is the one state of the people named, else the article's protagonist (``home``)."""
    if THESE_FIRST.isdisjoint(s.text) or TRIP_WORDS.isdisjoint(s.text):
        return None  # most sentences tell no trip to "these countries"
    at = next((j for j in range(lo + 1, hi - 1) if ("person" in s.cues[j - 1] or j - 1 > lo
                                                    and s.text[j - 1] in HIGH_RANK_WORDS and "person" in s.cues[j - 2])
               and any(tuple(s.text[j:j + len(w)]) == w for w in THESE_STATES)), None)
    if at is None or TRIP_WORDS.isdisjoint(s.text[lo:at]):
        return None
    traveler = _one_state_else({a.country for a in actors}, home)
    stops = [c for c in dict.fromkeys([s.mention[j].country for j in s.named if j < at
                                       and s.mention[j].kind == "country" and s.mention[j].country])
             if c != traveler]
    return (traveler, stops) if traveler and len(stops) >= 2 else None


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
    """Whether every "پیش از این" (earlier) of the sentence comes with a day just before the news ("ترامپ پیش از
    این دیروز با پادشاه چارلز سوم … دیدار کرده بود"): the same trip, not history."""
    recalls = [j for j in s.cued if "recall" in s.cues[j]]
    return bool(recalls) and all([s.text[j] in ("پیش", "از", "این") for j in recalls]) \
        and any([d.how == "relative" and d.offset_days is not None and -RECENT_DAYS <= d.offset_days < 0
                 for d in days])


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
                for k in range(lo + 1, hi - 1)])  # "قد أجرى من قبل محادثات مع الوزير لودريون": earlier; "وكان
    # الوزير أراوجو قد اجتمع أيضاً بوزير خارجية الكويت": also, on the same trip


CONDUCTED_AR = frozenset({"اجری", "اجرت", "عقد", "عقدت", "التقی", "التقت"})  # folded past "held", "met"
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
    return any(["meeting" in s.cues[j] and any([_simple_past(s, k, hi) for k in range(j + 1, min(hi, j + 4))])
                for j in range(at + 2, hi)])


def _simple_past(s: Sentence, k: int, hi: int) -> bool:
    """Whether token ``k`` is a simple past verb of a meeting ("کرد"), not a pluperfect's "کرده بود"."""
    return s.text[k] in PAST_VERBS_FA and (k + 1 >= hi or s.text[k + 1] not in PAST_PERFECT_AUX)


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


def _last_week(s: Sentence) -> bool:
    """'التقى … الأسبوع الماضي': last week as a whole, no weekday named ("الخميس من الأسبوع الماضي" is a day):
    news, but undated, never the publication day."""
    return _last_period(s, WEEK_WORDS)


# folded "since" ("منذ الزيارة التي قام بها … في أبريل الماضي" starts a period) and "that" ("پس از زلزله‌ای که
# فوریه گذشته سوریه را لرزاند" dates what the clause tells, not the meeting)
SINCE_WORDS = frozenset({"منذ", "که", "التی", "الذی"})  # ("التي عقدت بصنعاء في اغسطس الماضي": the clause's)
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


MONTH_NOUNS = frozenset("ماه شهر".split())  # folded: "در ماه جولای", "في شهر يوليو": a month named alone
EARLIER_MONTHS = 2  # months before the publication month from which a month named alone tells history


def _earlier_month(s: Sentence, published: date | None) -> bool:
    """Whether the sentence names a month alone ("ماه"/"شهر" + a month, no day, no year) two months or more before
    the stated publication month of the same year: "رهبر قرقیزستان در جریان دیدار اخیر با پوتین در ماه جولای …"
    in a report of 25 November tells an earlier meeting in passing."""
    if published is None or MONTH_NOUNS.isdisjoint(s.text):
        return False
    months = calendar_words()["month"]
    for j, word in enumerate(s.text[:-1]):
        m = months.get(s.text[j + 1]) if word in MONTH_NOUNS else None
        if m is None or m.calendar == "hijri" or j + 2 < len(s.text) and s.text[j + 2].isdigit():
            continue
        now = published.month if m.calendar == "gregorian" else _jalali_month(published)
        if EARLIER_MONTHS <= now - m.value:
            return True
    return False


def _jalali_month(day: date) -> int:
    """The Jalali month of a Gregorian day.

    >>> _jalali_month(date(2025, 11, 25))
    9
    """
    return jdatetime.date.fromgregorian(date=day).month


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


def _who_took_part(s: Sentence) -> bool:
    """Whether every "this meeting" of the sentence follows a word for taking part: "با سران کشورهای شرکت کننده
    در این نشست از جمله روسیه و چین دیدار کرد" says who was at the summit the sentence is set at; it is no note
    on a meeting told before."""
    firsts = _this_meeting_starts(s)
    return all([j and "participating" in s.cues[j - 1] for j in firsts])


def _came_after(s: Sentence, j: int) -> bool:
    """Whether the "this meeting" starting at token ``j`` came before or after another, told next: "إن هذا
    الاجتماع جاء بعد التقاء الأمير محمد بن سلمان بالرئيس الأميركي", "این دیدار پس از دیدار … انجام شد"."""
    end = next((k for k in range(j, len(s.text)) if "this_meeting" not in s.cues[k]), len(s.text))
    return any([not SEQUENCE_KINDS.isdisjoint(s.cues[k])
                and any([not TRIGGER_KINDS.isdisjoint(s.cues[m]) for m in range(k + 1, len(s.text))])
                for k in range(end, min(end + 2, len(s.text)))])  # not "وتأتي المكالمة قبل ساعات من زيارة"


def _beside_this_meeting(s: Sentence, kinds: frozenset[str]) -> frozenset[str]:
    """'پیش از این دیدار، وزیر خارجه فرانسه با … تبادل نظر کرد': "this meeting" after a before or after word
    places the sentence's own meeting beside the one told already; it is neither a note on that meeting nor,
    though "پیش از این" alone means "previously", history. Kinds without those, when every "this meeting" is
    so placed."""
    firsts = _this_meeting_starts(s)
    beside = [j for j in firsts if j and not SEQUENCE_KINDS.isdisjoint(s.cues[j - 1]) or _came_after(s, j)]
    if beside:  # "… دیدار کرد و پس از آن در این اجلاس سخن گفت": a "this" after the meeting told is its setting
        told = next((j for j in s.cued if j > beside[0] and not TRIGGER_KINDS.isdisjoint(s.cues[j])
                     and "this_meeting" not in s.cues[j]), len(s.text))
        firsts = [j for j in firsts if j < told]
    if len(beside) < len(firsts):
        return kinds
    recalls = [j for j in s.cued if "recall" in s.cues[j]]
    if all(any(j - 3 <= r <= j for j in beside) for r in recalls):
        return kinds - {"this_meeting", "recall"}
    return kinds - {"this_meeting"}


def _subjunctive_after(s: Sentence, trig: int, hi: int) -> bool:
    """'که به‌زودی با همتای مصری خود دیدار کند': a Persian meeting noun whose light verb is subjunctive (or
    present: "دیدار می کند", announced) has not happened yet."""
    j = trig + 1
    while j < hi and ("meeting" in s.cues[j] or s.text[j] in LIGHT_VERB_GAP):  # "دیدار و گفتو گو می کند"
        j += 1
    return j < hi and (s.text[j] in SUBJUNCTIVE  # or "نشست داشته باشم": a perfect subjunctive
                       or s.text[j] == "داشته" and j + 1 < hi and s.text[j + 1].startswith("باش"))


LIGHT_VERB_GAP = frozenset("و گفتو گو وگو می".split())  # folded: "و", the halves of a split "گفتگو", present "می"


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
PRESENT_CONDUCT = frozenset("یجری یجریان یجرون یعقد یعقدان یعقدون".split())
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
    """'before the summit': the summit word names a later meeting."""
    return any(["before" in s.cues[k] for k in range(max(lo, j - 2), j)])


PAIR_WORDS = frozenset("الوزیران الوزیرین الرییسان الرییسین الجانبان الجانبین الطرفان الطرفین الزعیمان الزعیمین "
                       "طرفین".split())  # folded: "the two ministers", "both sides"
PAIR_NOUNS = frozenset("وزیر طرف رییس رهبر مقام".split())  # after "دو": "دو وزیر", "دو طرف"


def _pair_word(s: Sentence, lo: int, hi: int) -> int | None:
    """The token of "the two" of a meeting ("الوزيران", "الجانبان", "دو وزیر", "طرفین"), or of a meeting that a
    sentence opening "جاء ذلك خلال" tells the deed before came during, or None."""
    during = _that_came_during(s) if lo == 0 else None
    if during is not None:
        return during
    for j in range(lo, hi):
        word = s.text[j]
        if word.removeprefix("و") in PAIR_WORDS or word == "دو" and j + 1 < hi and s.text[j + 1] in PAIR_NOUNS:
            return j
    return None


THAT_CAME_REACH = 3  # tokens from "جاء ذلك" to its meeting noun: "جاء ذلك خلال لقاء"


def _that_came_during(s: Sentence) -> int | None:
    """The meeting noun of a sentence opening "(و)جاء ذلك خلال/في …" ("that came during a meeting", the deed or
    words of the sentence before): "وقع الدبيبة مذكرة تفاهم مع وزير الدفاع التركي … جاء ذلك خلال لقاء صباح
    اليوم" is their meeting."""
    if len(s.text) < 3 or s.text[0].removeprefix("و") != "جاء" or s.text[1] != "ذلک":
        return None
    return next((j for j in range(2, min(len(s.text), 2 + THAT_CAME_REACH)) if "meeting" in s.cues[j]), None)


def _titled_host(s: Sentence, trig: int, hi: int, actors: list[Actor], home: str | None) -> Actor | None:
    """The subject named by a bare title right after the verb, before "كلا من" and the guests of two or more
    other states: "استقبل وكيل وزارة الخارجية كلا من وزير خارجية تونس ووزير خارجية موريتانيا" in Baghdad is
    Iraq's (``home``: where the meeting was, else the article's protagonist)."""
    at = _each_of_at(s, trig + 3, min(hi, trig + 21))
    if at is None or home is None:
        return None
    each = at - 1  # the "كلا" token
    if any(trig < a.tok < each for a in actors):
        return None
    guests = {a.country for a in actors if a.tok > each}
    title = next((j for j in range(trig + 1, each) if s.mention[j] is not None and s.mention[j].kind == "title"),
                 None)
    if title is None or len(guests) < 2 or home in guests:
        return None
    m = s.mention[title]
    return Actor(home, each - 1, Participant(m.surface, None, m.entity, home, m.start, m.end))


def _told_held(s: Sentence, lo: int, hi: int, arabic: bool) -> bool:
    """Whether the sentence tells a meeting as held ("برگزار شد", "انطلقت", "استضافت"); an Arabic present
    ("تعقد جلسات", "يشهد المؤتمر") may still be ahead, as it is in an article about a conference that opens
    "بعد غد"."""
    return not OCCURRED_KINDS.isdisjoint(s.kinds) and any(
        [not OCCURRED_KINDS.isdisjoint(s.cues[j]) and not (arabic and _present(s.text[j])) for j in s.cued
         if lo <= j < hi])


SPOKE_WORDS = frozenset("گفت افزود قال اکد اوضح شدد دعا اعلن حذر".split())  # folded past "said", "warned"
SPEECH_WORDS = frozenset("کلمته کلمتها خطابه خطابها سخنرانی".split())  # folded: "خلال كلمته في المؤتمر"
SPOKE_VERB_HEADS = frozenset("اظهار تاکید سخنرانی خاطرنشان".split())  # folded: "اظهار کرد", "سخنرانی کرد"


def _spoke_at(s: Sentence, lo: int, hi: int, live: list[int]) -> bool:
    """Whether someone spoke at a session the sentence names, in the past: "وزیر خارجه تاجیکستان در نشست شورای
    وزیران خارجه … در مینسک، گفت" tells the session was held, as "برگزار شد" would.

    >>> text = "وزیر خارجه تاجیکستان در نشست شورای وزیران گفت".split()
    >>> _spoke_at(Sentence(text, [0] * 8, [0] * 8, [frozenset()] * 4 + [frozenset({"summit"})] + [frozenset()] * 3),
    ...           0, 8, [4])
    True
    """
    at = next((j for j in live if "summit" in s.cues[j] and j > lo and s.text[j - 1].removeprefix("و") in IN_WORDS),
              None)
    if at is not None and at - 2 >= lo and s.text[at - 2] in SPEECH_WORDS:
        return True  # "وحذر لافروف خلال كلمته في المؤتمر": his speech at it
    return at is not None and any([s.text[k].removeprefix("و") in SPOKE_WORDS
                                   or s.text[k] == "کرد" and s.text[k - 1] in SPOKE_VERB_HEADS
                                   for k in range(at + 1, hi)])


ONE_MEETING_WORDS = frozenset("لقاء لقاءا اجتماع اجتماعا جلسه قمه".split())  # folded, singular: one meeting


def _one_held(s: Sentence, lo: int, trig: int) -> bool:
    """Whether the meeting word is one meeting someone held: "عقد العاهل الأردني لقاء تشاوريا مع A وB وC" is
    one meeting of all of them ("عقد لقاءات مع" would be several)."""
    return s.text[trig].removeprefix("و") in ONE_MEETING_WORDS \
        and any("held" in s.cues[k] for k in range(max(lo, trig - 8), trig))


def _each_of(s: Sentence, lo: int, split: int) -> bool:
    """Whether the partners after ``split`` are told as "كلا من" (each of) after a meeting verb: "اجتمع الوزير
    بكلا من …", not "قمة جمعت كلا من …"."""
    k = _each_of_at(s, max(lo + 1, split - 3), min(split + 1, len(s.text)))
    return k is not None and any(_met_word(s, j) for j in range(max(lo, k - 6), k - 1))


def _met_word(s: Sentence, j: int) -> bool:
    """A meeting verb, or a meeting noun that is no summit ("وشملت لقاءات سموه كلا من …")."""
    return "meeting_verb" in s.cues[j] or "meeting" in s.cues[j] and "summit" not in s.cues[j]


def _each_of_at(s: Sentence, start: int, end: int) -> int | None:
    """The token of "من" in the first "كلا من" (each of, "بكلا من", "كلًّا من") whose "من" is in [start, end)."""
    return next((k for k in range(max(1, start), end) if s.text[k] == "من"
                 and (s.text[k - 1].endswith("کلا") or s.text[k - 1] == "کل")), None)


# folded: a letter, message, greeting or thanks, whose sender or addressee is not there ("عن شكره للعاهل السعودي")
LETTER_WORDS = frozenset("رساله رسالتین رسائل برقیه پیام پیامی نامه نامهای دعوه تحیات تهنئه تهانی شکره شکرها "
                         "امتنانه امتنانها".split())


ORG_TITLES = frozenset({"secretary_general", "organisation_head"})  # an organisation's posts: "الأمين العام لـ…"


def _without_senders(s: Sentence, actors: list[Actor], trig: int) -> list[Actor]:
    """The actors less the people named after a letter word who send or receive it ("وتسلم منه رسالة خطية
    أرسلها أمير الكويت للملك سلمان") when someone else of their state is named before it: the letter's
    ends are not at the meeting. A state named only there keeps its person ("پیامی از رئیس جمهور X")."""
    at = None if LETTER_WORDS.isdisjoint(s.bare) else \
        next((k for k in range(trig + 1, len(s.text)) if s.text[k].removeprefix("و") in LETTER_WORDS), None)
    if at is None:  # the common case: no letter word after the trigger
        return actors
    if any([s.mention[k] is not None and s.mention[k].kind == "title" and s.mention[k].entity in ORG_TITLES
            for k in range(trig + 1, at)]):  # "استقبل … الأمين العام لمجلس التعاون … حيث سلم سموه رسالة خطية من
        return [a for a in actors if a.tok < at]  # … الملك سلمان": an organisation's envoy, no state's at the meeting
    before = {a.country for a in actors if a.tok < at}
    return [a for a in actors if a.tok < at or a.country not in before]


ARRANGE_WORDS = frozenset("تنسیق بتنسیق ترتیب بترتیب هماهنگی".split())  # folded: "بناء على تنسيق من ترامب"
ARRANGER_SPAN = 3  # tokens from the word to whom it names: "بتنسيق من الرئيس ترامب"


def _without_arrangers(s: Sentence, actors: list[Actor]) -> list[Actor]:
    """The actors less who arranged the meeting ("جرى اتصال هاتفي بين أمير قطر وولي عهد السعودية بناء على تنسيق
    من ترامب", "با هماهنگی …"): not a side of it."""
    if ARRANGE_WORDS.isdisjoint(s.text):
        return actors
    return [a for a in actors if not any([s.text[k] in ARRANGE_WORDS for k in range(max(0, a.tok - ARRANGER_SPAN),
                                                                                    a.tok)])]


COMPANION_WORDS = frozenset("رفقه برفقه بصحبه".split())  # folded: "رفقة وزراء خارجية كل من الأردن والعراق"
COMPANION_REACH = 6  # tokens from the word to the first companion's state
LIST_GAP = 3  # tokens between two states of one list: "الأردن، السودان والعراق"


def _without_companions(s: Sentence, actors: list[Actor]) -> list[Actor]:
    """The actors less whom the traveller came with ("في إطار الزيارة التي يقوم بها إلى موسكو رفقة وزراء خارجية
    كل من الأردن، السودان والعراق ومصر"): the list after the word goes with him; it is not met."""
    if COMPANION_WORDS.isdisjoint(s.text):
        return actors
    at = next(k for k, w in enumerate(s.text) if w in COMPANION_WORDS)
    gone, last = set(), at
    for a in sorted([a for a in actors if a.tok > at], key=lambda a: a.tok):
        if a.tok - last > (COMPANION_REACH if last == at else LIST_GAP):
            break
        gone.add(id(a))
        last = a.tok
    return [a for a in actors if id(a) not in gone]


def _travellers_ahead_unnamed(s: Sentence, actors: list[Actor]) -> list[Actor]:
    """The actors, with no person for one named right after a trip still ahead ("سفر آتی رجب طیب اردوغان، رئیس‌جمهور
    ترکیه به عراق مورد بحث … قرار گرفت", "الزيارة المرتقبة للرئيس …"): the trip is what was discussed; its
    traveller is no one at the meeting, though his state may be."""
    if UPCOMING_WORDS.isdisjoint(s.text):
        return actors
    ahead = [k for k in range(1, len(s.text)) if s.text[k] in UPCOMING_WORDS and s.text[k - 1] in TRIP_WORDS]
    return [Actor(a.country, a.tok, None) if any([0 < a.tok - k <= UPCOMING_REACH for k in ahead]) else a
            for a in actors]


def _without_timed_people(s: Sentence, actors: list[Actor]) -> list[Actor]:
    """The actors less a named official right after "پیش از/قبل از/بعد از" + a coming or going ("یک هفته پیش از
    بازگشت دونالد ترامپ … به کاخ سفید"): a time, no side of the meeting."""
    if TIME_CLAUSE_NOUNS.isdisjoint(s.text):
        return actors
    timed = [k for k in range(2, len(s.text)) if s.text[k] in TIME_CLAUSE_NOUNS and s.text[k - 1] == "از"
             and s.text[k - 2] in BEFORE_AFTER_FA]
    return [a for a in actors if not (a.participant is not None and a.participant.name_en
                                      and any([0 < a.tok - k <= UPCOMING_REACH for k in timed]))]


TIME_CLAUSE_NOUNS = frozenset("بازگشت ورود".split())  # folded: "پیش از بازگشت X", "قبل از ورود X": a time, no side
BEFORE_AFTER_FA = frozenset("پیش قبل بعد پس".split())  # folded
UPCOMING_WORDS = frozenset("اتی اینده قریب المرتقبه المقبله القادمه".split())  # folded: "سفر آتی", "الزيارة المرتقبة"
UPCOMING_REACH = 5  # tokens from "آتی" to the traveller's title: "سفر آتی رجب طیب اردوغان، رئیس‌جمهور ترکیه"


JOINT_WORDS = frozenset("مشترک مشترکه المشترک".split())  # folded "مشترك", "مشتركة"


def _shared_press(s: Sentence, j: int) -> bool:
    """Whether the press conference at token j was held with someone: "مؤتمر صحفي مشترك مع نظيره", "نشست خبری
    مشترک با", "في مؤتمر صحفي مع نظيره", or by people of several states ("نشست خبری وزرای کشور ایران و عراق")."""
    k = j
    while k < len(s.text) and "press" in s.cues[k]:
        k += 1
    if k < len(s.text) and "person" in s.cues[k]:  # "در نشست خبری وزرای کشور ایران، عراق و پاکستان"
        return True
    return any(s.text[x] in JOINT_WORDS or "with" in s.cues[x] for x in range(k, min(k + 2, len(s.text))))


# folded: a newspaper, agency, channel or reporter, the other side of an interview
MEDIA_WORDS = frozenset("خبرگزاری خبرنگار خبرنگاران روزنامه روزنامهنگار روزنامهنگاران شبکه تلویزیون رسانه رسانهها "
                        "نشریه مجله رادیو صحیفه وکاله قناه مراسل الصحفیین الصحافیین صحفیین صحافیین تلفزیون اذاعه "
                        "جریده سایت پایگاه".split())
INTERVIEW_REACH = 3  # tokens from the talk word to its "with": "گفتوگوی اختصاصی با", "حديث خاص مع"
MEDIA_BEFORE_REACH = 4  # tokens from a "with" before the talk word to it: "با خبرنگار پارلمانی مهر، گفتگو"


def _interview(s: Sentence, j: int) -> bool:
    """Whether the talk word at token j is an interview: its "with" opens a newspaper, agency, channel or reporter
    ("در گفتگو با خبرگزاری ریانووستی", "في حديث مع صحيفة"), or a national agency by name ("در گفتوگو با ایسنا")."""
    after = next((k for k in range(j + 1, min(len(s.text) - 1, j + 1 + INTERVIEW_REACH))
                  if "with" in s.cues[k] or s.text[k] == "که"), None)  # "در گفتوگویی که سایت … وزارت نفت داشته"
    # "که با خبرنگار پارلمانی مهر، گفتگو می کرد": the reporter before the Persian talk word
    before = next((k for k in range(j - 1, max(-1, j - 1 - MEDIA_BEFORE_REACH), -1) if "with" in s.cues[k]), None)
    return any([k is not None and k + 1 < len(s.text) and _media(s.text[k + 1]) for k in (after, before)])


def _media(word: str) -> bool:
    """A folded word for a newspaper, agency, channel or reporter, or a national agency's name ("ایسنا")."""
    return word in MEDIA_WORDS or word.removeprefix("ال") in MEDIA_WORDS or is_agency(word)


GATHERING_REACH = 4  # tokens after "على هامش" / "در حاشیه" where the gathering's noun may stand


def _gathering_after(s: Sentence, side_at: int, hi: int) -> bool:
    """Whether a gathering's noun (a summit cue, not a press conference) follows the sideline cue at side_at:
    "على هامش الدورة الخامسة لمنتدى باريس للسلام", "در حاشیه همایش بین‌المللی …"."""
    j = side_at
    while j < hi and "sideline" in s.cues[j]:
        j += 1
    show = next((k for k in range(j, min(hi, j + GATHERING_REACH)) if s.text[k] in EXHIBITION_WORDS), None)
    if show is not None and not any(["summit" in s.cues[k] for k in range(j, show)]):
        return False  # "على هامش انعقاد معرض ومؤتمر الدفاع الدولي (آيدكس)": a trade show, no officials' meeting
    return any(["summit" in s.cues[k] and "press" not in s.cues[k] and k + 1 < hi
                and s.text[k + 1] not in UNNAMED_AFTER
                and not any([s.text[x] in DOMESTIC_WORDS for x in range(k + 1, min(hi, k + 3))])
                for k in range(j, min(hi, j + GATHERING_REACH))])


EXHIBITION_WORDS = frozenset("معرض المعرض نمایشگاه".split())  # folded: a show, not a gathering of officials
PEOPLE_SUBJECTS_FA = frozenset("نمایندگان هیات هییت هیئت اعضای".split())  # folded: MPs, a delegation, members
DELEGATION_WORDS_FA = frozenset("هیات هییت هیئت".split())  # folded: "هیات پارلمانی با ولید معلم … دیدار کردند"
DELEGATION_REACH = 6  # tokens from a sentence's "هیات" to its "با": "هیات پارلمانی بعد از دیدار با"
# folded: a government's own sitting, "جلسه هیات دولت", "جلسة مجلس الوزراء", "جلسه علنی مجلس"
DOMESTIC_WORDS = frozenset("هیات هییت دولت کابینه الحکومه الوزراء علنی النواب".split())
# folded: a gathering left unnamed, "در حاشیه نشست امروز که …", "على هامش الاجتماع الذي"
UNNAMED_AFTER = frozenset("امروز دیروز که این آن الیوم امس التی الذی هذا هذه و".split())


def _indefinite_meetings(s: Sentence, live: list[int], arabic: bool) -> bool:
    """Whether every summit word of the sentence is indefinite, "a meeting" ("عقد … إجتماعا", "نشستی"): one of
    its own, not the gathering the article is about."""
    words = [s.text[j] for j in live if "summit" in s.cues[j]]
    return bool(words) and all([w.endswith("ا") and not w.startswith("ال") if arabic else w.endswith("ی")
                                for w in words])


def _in_sideline(s: Sentence, lo: int, j: int) -> bool:
    """Whether the summit word at j closes a sideline phrase: "على هامش القمة", "در حاشیه اجلاس"."""
    return any(s.cues[k] & SIDELINE_KINDS for k in range(max(lo, j - 3), j))


def _after_purpose(s: Sentence, lo: int, j: int) -> bool:
    """'to attend the summit': the summit word sits in a purpose clause, not a report that it met; so does one
    whose holding is the purpose ("برای مساعدت به برگزاری موفق این اجلاس"), and one joined by "و" to such a
    summit ("ليترأس وفد … إلى أعمال القمة … ومؤتمر القمة الخليجية الطارئة والقمة العربية الطارئة")."""
    if _purpose_before(s, lo, j):
        return True
    first = j
    while first > lo and "summit" in s.cues[first - 1]:
        first -= 1  # "ومؤتمر القمة": one summit's name
    return s.text[first].startswith("و") and any(["summit" in s.cues[k] and _purpose_before(s, lo, k)
                                                 for k in range(max(lo, first - SUMMIT_LIST_REACH), first)])


def _purpose_before(s: Sentence, lo: int, j: int) -> bool:
    return any(["purpose" in s.cues[k] for k in range(max(lo, j - 15), j)]) \
        or any([s.text[k] in HOLDING_NOUNS and not PURPOSE_WORDS.isdisjoint(s.text[max(lo, k - HOLDING_REACH):k])
                for k in range(max(lo, j - HOLDING_REACH), j)])


SUMMIT_LIST_REACH = 12  # tokens from a summit word to the next one in a list: "القمة … لمنظمة التعاون الإسلامي ومؤتمر"


HOLDING_REACH = 3  # tokens from a purpose word to "برگزاری", and from it to the summit: "برای مساعدت به برگزاری"


def _attended_by(s: Sentence, actors: list[Actor]) -> bool:
    """The states are told as attending, after "بمشاركة", "با حضور" ("جولة محادثات أستانا بمشاركة وفود روسيا
    وإيران وتركيا"): one meeting of them all, not talks of two."""
    first = min((a.tok for a in actors), default=0)
    return any([s.text[j] in PRESENCE_WORDS for j in range(max(0, first - 3), first)])


def _among(s: Sentence, actors: list[Actor]) -> bool:
    """The talks are told as "between" all the sides at once: "وتجري المباحثات بين وزير الخارجية شكري والصفدي
    ووزير خارجية العراق فؤاد حسين", one meeting of the three."""
    first = min((a.tok for a in actors), default=0)
    return any(["between" in s.cues[j] for j in range(max(0, first - 4), first)])


def _shared_title(s: Sentence, actors: list[Actor], lo: int) -> bool:
    """Whether every partner hangs off one title ("وزرای خارجه بریتانیا، فرانسه، آلمان": one joint meeting)."""
    heads = set()
    for a in actors:
        if a.participant is not None and a.participant.name_en:
            return False
        heads.add(_title_index(s, a.tok, lo))
    return len(heads) == 1 and None not in heads


STATE_PLURALS = frozenset(fold_text("کشورهای دول الدول").split())  # "the states of", after a plural of delegates


def _delegates_of(s: Sentence, actors: list[Actor], lo: int) -> bool:
    """Whether every actor hangs off one plural of delegates ("نمایندگان کشورهای چین، روسیه و پاکستان")."""
    heads = {_title_index(s, a.tok, lo) for a in actors}
    return len(heads) == 1 and None not in heads and s.text[next(iter(heads))] in DELEGATE_PLURALS


def _title_index(s: Sentence, k: int, lo: int) -> int | None:
    """The first token of the title, or plural of delegates ("نمایندگان آلمان، بریتانیا و فرانسه"), that the
    state at token k hangs off, over other states and "و" between; None if there is none."""
    for j in range(k - 1, max(lo, k - WINDOW - 6) - 1, -1):
        m = s.mention[j]
        if m is not None and m.kind == "title":
            return _mention_head(s, j)
        if m is None and s.text[j] in DELEGATE_PLURALS:
            return j
        if m is None and s.text[j] not in LIST_WORDS and "person" not in s.cues[j] \
                and not (s.text[j] in STATE_PLURALS and j > lo and s.text[j - 1] in DELEGATE_PLURALS):
            return None  # (over "کشورهای" in "نمایندگان کشورهای چین، روسیه و پاکستان")
    return None


def _with_a_group(s: Sentence, actors: list[Actor]) -> bool:
    """Whether the sentence's "با"/"مع" opens people named by a region, no state, with no one named after them:
    "دیپلمات‌های ایرانی و آمریکایی با اروپایی‌ها دیدار کردند" (both met others)."""
    return any([s.text[j + 1] in GROUP_NOUNS and not any([a.tok > j for a in actors])
                for j in s.cued if "with" in s.cues[j] and j + 1 < len(s.text)])


GROUP_NOUNS = frozenset("اروپاییها الاوروبیین الاوروبیون اعراب العرب غربیها الغربیین".split())  # folded:
# people named by a region, no state: "با اروپایی‌ها" (with the Europeans)
DELEGATE_PLURALS = frozenset("نمایندگان هییتهای هیاتهای وفود الوفود ممثلو ممثلی ممثلین".split())  # folded

ENVOY_NAME_WORDS = 4  # words between a meeting noun and the envoy's title: "خداحافظی چتین تانر،"


def _envoy_after(s: Sentence, trig: int, hi: int) -> bool:
    """Whether the first thing named after the meeting noun, a few plain words on, is an envoy's title."""
    j = next((j for j in range(trig + 1, min(hi, trig + 2 + ENVOY_NAME_WORDS))
              if s.mention[j] is not None and (s.mention[j].kind != "official" or s.mention[j].form == "official")
              or s.mention[j] is None and s.cues[j]), None)  # (past his name: "چتین تانر، سرکنسول …")
    return j is not None and s.mention[j] is not None and s.mention[j].form == "diplomat"


ENVOY_PHRASE = 6  # tokens of an envoy's post and place: "سفیر ایران در پکن" (then "با" says whom he met)


def _split_at(s: Sentence, lo: int, hi: int, trig: int, arabic: bool) -> int | None:
    """Token index where the partners begin (after با / مع / ب+person), if the sentence has one."""
    titled = _clitic_title(s, trig, hi) if arabic else None
    for j in s.cued:  # both tests need a cue on the token
        if titled is not None and j >= titled:
            return titled
        cues, word = s.cues[j], s.text[j]
        if "with" in cues and j + 1 < hi and not (s.text[j + 1].startswith(NOT_WITH_A_PERSON)
                                                  or "mediation" in s.cues[j + 1] or s.text[j + 1] in RECIPROCAL_WORDS
                                                  or j > lo and s.text[j - 1] in AT_THE_TIME_WORDS):
            return j + 1  # (a "with" that ends the sentence has no partner after it)
        if arabic and j > trig and word.startswith("ب") and word[1:] and "person" in cues \
                and "between" not in cues:  # "بين" is no "ب" + person
            return j
    if titled is not None:
        return titled
    if arabic:  # "تلقى اتصالين هاتفيين من ملك السعودية، وأمير قطر": the callers are the partners
        return next((j + 1 for j in range(trig + 1, min(hi - 1, trig + CALL_FROM_REACH)) if _callers_from(s, j)),
                    None)
    went = _went_to_meet(s, lo, hi)
    return went if went is not None else _ezafe_partner(s, lo, hi)


MINISTRY_NOUNS = frozenset("وزاره وزارت".split())  # folded: a ministry, Arabic or Persian
THAT_WORDS = frozenset("ان انه که".split())  # folded: "أن", "که" after a verb of saying
MINISTRY_STATE_REACH = 3  # tokens from "وزارة" to its state: "وزارة الداخلية الايطالية"


def _ministry_told(s: Sentence, lo: int, split: int) -> str | None:
    """The state of a ministry that announced, before "أن"/"که", what its minister did: "أعلنت وزارة الداخلية
    الايطالية أن الوزيرة … أجرت محادثة هاتفية مع …", "وزارت خارجه ایتالیا اعلام کرد که وزیر … با …"."""
    for j in range(lo, split):
        if s.text[j] not in MINISTRY_NOUNS and s.text[j] not in EMBASSY_WORDS:
            continue  # (an embassy too: "سفارت افغانستان در اسلامآباد اعلام کرد احمد شکیب، سرپرست این سفارت با …")
        k = next((k for k in range(j + 1, min(split, j + 1 + MINISTRY_STATE_REACH)) if s.mention[k] is not None), None)
        if k is None or s.mention[k].kind != "country" or not s.mention[k].country:
            return None
        if any([s.text[x] in THAT_WORDS or s.text[x] in ANNOUNCED_FA and s.text[j] in EMBASSY_WORDS
                for x in range(k + 1, split)]) \
                and not any([s.mention[x] is not None and s.mention[x].kind in ("country", "official")
                             and s.mention[x].country != s.mention[k].country for x in range(k + 1, split)]):
            return s.mention[k].country
        return None
    return None


ANNOUNCED_FA = frozenset({"اعلام"})  # folded: "اعلام کرد" with its "که" dropped, as Persian allows
# folded: the head of a post no titles table names, "رییس سازمان توسعه تجارت" (the article's own official)
POST_HEADS_FA = frozenset("رییس رئیس مدیرعامل مدیر دبیر معاون".split())  # (and "معاون اول قوه قضاییه")
VISITED_REACH = 3  # tokens from a visit word to the place visited: "يقوم بزيارة عمل إلى الجزائر"


def _visiting(s: Sentence, split: int, hi: int, state: str) -> bool:
    """Whether, after the partners begin at ``split``, the sentence says one is visiting ``state``: "مع نظيره
    التونسي، الذي يقوم بزيارة عمل إلى الجزائر"."""
    return any(["visit" in s.cues[k] and any([s.mention[x] is not None and s.mention[x].country == state
                                              and s.mention[x].kind in ("country", "city")
                                              for x in range(k + 1, min(hi, k + 1 + VISITED_REACH))])
                for k in s.cued if split <= k < hi])


SUBJECT_PLURALS = frozenset("مسوولون المسوولون مسوولو وزراء الوزراء قاده زعماء رووساء وفود".split())  # folded


def _plural_subject(s: Sentence, trig: int, split: int) -> bool:
    """Whether the word right after the meeting verb is a plural of people in the nominative ("التقى مسؤولون كبار
    من قطر والعراق بوزير …"): the verb's subject, whose states met the one after "ب"."""
    return trig + 1 < split and s.text[trig + 1] in SUBJECT_PLURALS


ORDINAL_WORDS = frozenset("اول ثانی ثالث رابع الاول الثانی الثالث اولین دومین سومین".split())  # folded


DISCUSS_WORDS = frozenset("لمناقشه لبحث للبحث لاستعراض لتناول".split())  # folded: to discuss


def _topic_of_plan(s: Sentence, j: int, cancelled: list[int]) -> bool:
    """Whether the meeting noun at token j is what a cancelled meeting verb before it is to discuss ("ومن
    المتوقع ان يلتقي السفير … لمناقشة تفاصيل اتفاق … والاطار العام لمفاوضات التسوية"): a topic of the plan."""
    return "meeting_verb" not in s.cues[j] and any(["meeting_verb" in s.cues[v] and v < j
                                                    and not DISCUSS_WORDS.isdisjoint(s.text[v + 1:j])
                                                    for v in cancelled])


def _only_meeting_between(s: Sentence, live: list[int], hi: int) -> bool:
    """Whether a meeting noun right before "بین"/"بين" is the sentence's only summit word ("نشست بین هیاتهای
    دیپلماتیک ایروان و باکو"): a meeting of the sides after it, with no summit of its own (not "غادرا قاعة القمة
    والتقيا..اجتماع بين السيسي والملك سلمان")."""
    between = [j for j in live if j + 1 < hi and "between" in s.cues[j + 1]]
    return bool(between) and not any(["summit" in s.cues[k] for k in s.cued if k not in between])


TIMES_WORDS = frozenset("مرتین مرات بارها".split())  # folded: twice, times, many times
COUNT_WORDS = frozenset("دو سه چهار پنج چند 2 3 4 5".split())  # folded: before "بار" (times)
TIMES_REACH = 4  # tokens either side of a meeting word a count of times may stand: "پیشتر دو بار با هم ملاقات"


def _counted_times(s: Sentence, lo: int, hi: int, trig: int) -> bool:
    """Whether the meeting word at ``trig`` is told with how many times it happened ("دو بار با هم ملاقات
    کردند", "التقيا مرتين", "عدة مرات"): meetings counted are history, not one told as news."""
    return any([s.text[k] in TIMES_WORDS or s.text[k] == "بار" and k > lo and s.text[k - 1] in COUNT_WORDS
                for k in range(max(lo, trig - TIMES_REACH), min(hi, trig + TIMES_REACH + 1)) if k != trig])


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


NEW_WORDS = frozenset(fold_text("جدید جديد الجديد الجديدة تازه").split())  # a new envoy, not yet at his post
NEW_ENVOY_REACH = 3  # tokens from "new" to the envoy's state: "سفیر جدید ایران", "سفیر جدید جمهوری اسلامی ایران"


def _new_envoy(s: Sentence, lo: int, tok: int) -> bool:
    """Whether the envoy whose state is at ``tok`` is told as new ("سفیر جدید ایران در گرجستان"): he may still
    be at home, meeting his own state's officials."""
    return not NEW_WORDS.isdisjoint(s.text[max(lo, tok - NEW_ENVOY_REACH):tok])


COUNTERPART_PLURALS = frozenset(fold_text("همتایان نظرائه نظرائهم").split())  # his counterparts (class separate)


def _counterparts_together(s: Sentence) -> bool:
    """Whether the sentence's only "separate" word is a plural of counterparts and it says they talked "با هم"
    (together): one joint meeting, not one with each."""
    return all([s.text[j] in COUNTERPART_PLURALS for j in s.cued if "separate" in s.cues[j]]) \
        and any([s.text[k] in ("هم", "یکدیگر") and s.text[k - 1] == "با" for k in range(1, len(s.text))])


HOST_REACH = 3  # tokens from a host word to the state that hosts: "استضافت سلطنة عمان"
HOSTED_WORDS = frozenset(fold_text("استضافت استضاف").split())  # hosted (past): the talks it hosted took place


def _hosting_state(s: Sentence, lo: int, hi: int) -> Actor | None:
    """The state an Arabic past "hosted" names right after it: "استضافت سلطنة عمان، السبت، الجولة الأولى من
    المحادثات الإيرانية الأميركية" (not "به میزبانی اندونزی", the host of a gathering the meeting is part of)."""
    for j in s.cued:
        if "host" not in s.cues[j] or not lo <= j < hi or s.text[j].removeprefix("و") not in HOSTED_WORDS:
            continue
        for k in range(j + 1, min(hi, j + 1 + HOST_REACH)):
            m = s.mention[k]
            if m is not None and m.country and (m.kind == "country" or m.kind == "city" and m.form == "capital"):
                return Actor(m.country, k, None)
    return None


def _meeting_ahead_after(s: Sentence, trig: int, hi: int) -> int | None:
    """The token of a "before" word after the meeting word whose next words hold a meeting or summit word
    ("قبيل انعقاد جولة مفاوضات", "قبل بدء القمة", "پیش از نشست"): where a meeting still ahead is told."""
    return next((j for j in s.cued if trig < j < hi and "before" in s.cues[j]
                 and any([not TRIGGER_KINDS.isdisjoint(s.cues[k]) for k in range(j + 1, min(hi, j + 4))])), None)


def _ordinal_of(s: Sentence, j: int) -> bool:
    """Whether the meeting noun at token j is counted ("في ثاني لقاء بينهما", "دومین دیدار"): which of their
    meetings it is, the one the sentence's verb tells."""
    return j > 0 and s.text[j - 1] in ORDINAL_WORDS


def _clitic_title(s: Sentence, trig: int, hi: int) -> int | None:
    """The first token after the meeting word that is "ب" written on to a title no person cue knows, a rank
    or a style ("التقى الفريق أول عبد المجيد صقر … بالفريق ركن محسن الداعرى"): whom he met."""
    return next((j for j in s.named if trig < j < hi and s.text[j].startswith("ب") and s.mention[j].kind == "title"
                 and s.mention[j].start > s.start[j] and (j == 0 or s.mention[j - 1] is not s.mention[j])), None)


GO_VERBS_FA = frozenset("رفت رفتند امد امدند".split())  # folded: went, came (to meet someone)


def _went_to_meet(s: Sentence, lo: int, hi: int) -> int | None:
    """'X، Y و Z روز گذشته به دیدار مقام رهبری رفتند': whom they went to meet, after "به دیدار", opens the
    partners; the subjects before it each met him."""
    for j in s.cued:
        if lo < j < hi - 1 and "meeting" in s.cues[j] and s.text[j - 1] == "به" \
                and not GO_VERBS_FA.isdisjoint(s.text[j + 1:hi]):
            return j + 1
    return None


CALL_FROM_REACH = 4  # tokens from a call word to its "من" (from): "اتصالا هاتفيا من"
SIMILAR_WORDS = frozenset("مماثله مشابهه مشترک".split())  # folded: "تلقى كذلك اتصالات هاتفية مماثلة من …" (similar
# calls), "تلقى اتصال هاتفي مشترك من" (a joint call)


def _callers_from(s: Sentence, j: int) -> bool:
    """Whether token j is the "من" (from) after a call word, the callers after it: "اتصالا هاتفيا من", "تلقى
    كذلك اتصالات هاتفية مماثلة من …"."""
    return s.text[j] == "من" and j > 1 and ("call" in s.cues[j - 1]
                                            or s.text[j - 1] in SIMILAR_WORDS | RECEIVED_IT and "call" in s.cues[j - 2])


RECEIVED_IT = frozenset("تلقاه تلقاها تلقیاه".split())  # folded: "خلال اتصال هاتفي تلقاه من …" (a call he received)


RECIPROCAL_WORDS = frozenset("یکدیگر همدیگر هم".split())  # folded: "با یکدیگر دیدار": the sides named before met
# folded: "همزمان با سفر …" (at the time of), "تحولات مرتبط با افغانستان" (related to), "مبارزه با تروریسم" (the
# fight against), "در رابطه با" (regarding): no partner after "با"
AT_THE_TIME_WORDS = frozenset("همزمان مرتبط رابطه ارتباط مبارزه مقابله بالتزامن تزامنا وبالتزامن وتزامنا".split())
# (Arabic "بالتزامن مع زيارة …", "تزامنا مع": at the time of)
HIS_MEETING_WORDS = frozenset("استقباله لقایه اجتماعه اتصاله مباحثاته محادثاته".split())  # folded: his reception …
NAMELY_WORDS = frozenset("وهم هم وهما وهی".split())  # folded: "… الدول المشاركة وهم رؤساء الصين وروسيا"
QUANTIFIER_WORDS = frozenset("تعدادی شماری برخی عددا عدد بعض".split())  # folded: "با تعدادی از سران", "عدداً من"


def _past_quantifier(s: Sentence, j: int, hi: int) -> int:
    """The token after "a number of" at j ("با تعدادی از سران کشورها": سران), else j itself."""
    if s.text[j] in QUANTIFIER_WORDS and j + 2 < hi and s.text[j + 1] in FROM_WORDS:
        return j + 2
    return j


def _person_at(s: Sentence, j: int) -> bool:
    """Whether token j names a person: a person word ("سران", "نظيره") or a title ("دبیرکل")."""
    m = s.mention[j]
    return "person" in s.cues[j] or m is not None and m.kind in ("title", "official")


NAME_REACH = 7  # words of a name the gazetteer lacks, before the title that follows it


def _person_after_name(s: Sentence, j: int, hi: int) -> bool:
    """Whether token j names a person, or opens a name no table knows that a person word follows: "با محمد بن
    صالح الساده، رئیس دوره ای … و وزیر صنعت و انرژی قطر"."""
    for k in range(j, min(hi, j + NAME_REACH + 1)):
        if _person_at(s, k):
            return True
        if s.cues[k] or s.mention[k] is not None:
            return False
    return False


def _ezafe_partner(s: Sentence, lo: int, hi: int) -> int | None:
    """'رئیس‌جمهور در دیدار سفیر جدید ژاپن گفت': "در دیدار" + a person, with no "با", names the one met; the
    subject is before it.

    >>> from core.pipeline import process_text
    >>> [e.countries for e in process_text("به گزارش ایرنا، رئیس‌جمهور در دیدار سفیر جدید ژاپن گفت روابط دو "
    ...                                     "کشور رو به گسترش است.").events]
    [('IRN', 'JPN')]
    """
    for j in s.cued:
        if "meeting" not in s.cues[j] or j == lo or s.text[j - 1] != "در":
            continue
        k = j + 1
        while k < hi and s.cues[k] == s.cues[j]:  # the rest of the phrase: "دیدار و گفتگوی"
            k += 1
        m = s.mention[k] if k < hi else None
        if k < hi and ("person" in s.cues[k] or m is not None and m.kind in ("title", "official")) \
                and any(s.mention[i] is not None or s.text[i] in PRONOUNS for i in range(lo, j - 1)):
            return k
    return None


def _earlier_partners(s: Sentence, lo: int, trig: int, actors: list[Actor]) -> list[Actor]:
    """Actors met in a meeting noun told before the verb: 'وإلى جانب لقائه … برئيسها X، التقى …' (his meeting
    with X) names a partner of the verb's subject."""
    noun = next((j for j in range(lo, trig) if "meeting" in s.cues[j]), None)
    if noun is None:
        return []
    with_at = next((j for j in range(noun + 1, trig) if s.text[j].startswith("ب") and "person" in s.cues[j]),
                   None)
    return [] if with_at is None else [a for a in actors if with_at <= a.tok < trig]


def _venue(s: Sentence, lo: int, hi: int, trig: int | None = None,
           arabic: bool = False) -> tuple[str | None, str | None]:
    """(country ISO3, city) where the meeting took place: the place after a locative or host word nearest the
    meeting word, a city before a country ("در تهران" beats "در سوریه" said of the topic)."""
    found: list[tuple[int, int, str | None, str | None]] = []
    for j in s.named:
        if j >= hi:
            break
        m = s.mention[j]
        if m.kind not in ("city", "country") or (j > lo and s.mention[j - 1] is m):
            continue
        prev = _without_clitic(s.text[j - 1]) if j > lo else None  # "بالعاصمة البحرينية": the capital's
        # "وزير الخارجية بالجمهورية التركية": after a title, ب+ names whose minister it is, not where they met
        after_title = _after_post(s, lo, j)
        # "بالقاهرة", "زيارته لأبوظبي", "للمغرب"; only a word starting with ب, ف or ل can be one
        clitic = s.text[j][:1] in _PLACE_CLITICS and not after_title and _clitic_place(s, lo, j, m)
        near_locative = m.kind == "city" and any(s.text[k] in AT_WORDS or _without_clitic(s.text[k]) in PLACE_WORDS
                                                 and s.text[k] != _without_clitic(s.text[k])
                                                 for k in range(max(lo, j - 3), j))  # "بالعاصمة البحرينية المنامة"
        placed = clitic or near_locative or (prev is not None and (
            prev in AT_WORDS or prev in PLACE_WORDS or prev in AIRPORT_WORDS
            or not s.cues[j - 1].isdisjoint(("host", "visit"))
            or m.kind == "city" and "summit" in s.cues[j - 1])) \
            or m.kind == "country" and (_after_unknown_city_ar(s, lo, j) if arabic else _after_unknown_city(s, lo, j))
        if not placed or _topic_place(s, lo, j) or _earlier_meetings_place(s, lo, j) or _envoy_to(s, lo, j):
            continue
        if m.kind == "country" and _ones_state(s, lo, j):
            continue  # "وزير الخارجية والمغتربين في سوريا": whose minister, not where they met
        if m.kind == "city":
            found.append((0, abs(j - (trig or j)), m.country, m.entity))
        elif m.form == "adjective" and (prev in CAPITAL_WORDS or arabic and _after_unknown_city_ar(s, lo, j)):
            # "في العاصمة الروسية", "في مدينة إشبيلية الإسبانية": a city, named by its state
            found.append((1, abs(j - (trig or j)), m.entity, None))
        elif m.form in ("name", "formal") or m.form == "seat" and (clitic or prev in AT_WORDS):
            found.append((2, abs(j - (trig or j)), m.entity, None))  # "بقصر قرطاج", "در کاخ الیزه": the seat's state
    if not found:
        return None, None
    _, _, country, city = min(found, key=lambda f: (f[0], f[1], f[2] or "", f[3] or ""))
    return country, city


_PLACE_CLITICS = ("ب", "ف", "ل")


def _after_post(s: Sentence, lo: int, j: int) -> bool:
    """Whether token j comes right after a title, or after a title and a few plain words of its portfolio
    ("وزير صناعة الدفاع بجمهورية أذربيجان": whose minister, not where they met)."""
    return _post_before(s, lo, j) is not None


def _post_before(s: Sentence, lo: int, j: int) -> int | None:
    """The last token of the title right before token j, or before a few plain words of its portfolio, if any."""
    for k in range(j - 1, max(lo, j - 1 - PORTFOLIO_WORDS) - 1, -1):
        m = s.mention[k]
        if m is not None:
            return k if m.kind == "title" else None
        if s.cues[k] or not s.text[k].isalpha():
            return None
    return None


PLURAL_POSTS = frozenset("وزرای وزرا وزراء الوزراء رووسای رووساء قاده القاده زعماء سفرای سفراء".split())  # folded


def _ones_state(s: Sentence, lo: int, j: int) -> bool:
    """Whether the country at token j, after "في"/"در", is one minister's or official's own: "وزير الخارجية
    والمغتربين في سوريا" (not "سفيرنا في": where he serves; not "نشست وزرای خارجه … در قطر": where they met)."""
    k = _post_before(s, lo, j - 1) if j - 1 > lo and s.text[j - 1] in IN_WORDS else None
    if k is None or s.mention[k].form not in ("minister", "senior"):
        return False
    head = k
    while head > lo and s.mention[head - 1] is s.mention[k]:
        head -= 1
    return s.text[head] not in PLURAL_POSTS


def _clitic_place(s: Sentence, lo: int, j: int, m: Mention) -> bool:
    """Whether the place ``m`` at token j, a word starting with ب, ف or ل, is placed by that proclitic:
    "بالقاهرة", or "ل" after a visit word: "زيارته لأبوظبي", "للمغرب"."""
    visit = any(["visit" in s.cues[k] for k in range(max(lo, j - 2), j)])  # "زيارته الرسمية لمصر"
    return (s.text[j][:1] in ("ب", "ف") or s.text[j][:1] == "ل" and visit) \
        and (s.start[j] < m.start or visit and s.text[j][:2] == "لل")


def _after_unknown_city(s: Sentence, lo: int, j: int) -> bool:
    """'در خانکندی آذربایجان': a Persian country name after a locative and one word that is no common word
    (a city the gazetteer lacks) places the meeting in that country; "در کنار روسیه" (beside) does not."""
    k = j - 1
    return k - 1 >= lo and s.text[k - 1] in AT_WORDS and s.mention[k] is None and not s.cues[k] \
        and s.mention[j].form == "name" and s.text[k].isalpha() and not s.text[k][:2] == "ال" \
        and not common_persian(s.text[k])


CITY_WORDS_AR = frozenset("مدینه بمدینه ومدینه".split())  # folded: "في مدينة", "بمدينة"


def _after_unknown_city_ar(s: Sentence, lo: int, j: int) -> bool:
    """'في مدينة إشبيلية الإسبانية', 'بمدينة شنزان الصينية': a state's adjective after "مدينة" and one word no
    table knows (a city the gazetteer lacks) places the meeting in that state."""
    k = j - 1
    return k - 1 >= lo and s.mention[j].form == "adjective" and s.mention[k] is None and not s.cues[k] \
        and s.text[k].isalpha() and s.text[k - 1] in CITY_WORDS_AR \
        and (s.text[k - 1] != "مدینه" or k - 2 >= lo and s.text[k - 2] in AT_WORDS)


def _without_clitic(word: str) -> str:
    """A place word without the Arabic proclitics ب/ف/و before it: "بالعاصمه" -> "العاصمه"; others unchanged."""
    bare = word[1:] if word[:1] in ("و", "ف") and word[1:2] == "ب" else word
    return bare[1:] if bare[:1] == "ب" and bare[1:] in PLACE_WORDS else word


DURING_IT = frozenset({"خلالها", "خلاله"})  # folded: during it (a visit told before)
PREVIOUS_WORDS = frozenset("السابقه السابق الماضیه الماضی قبلی پیشین گذشته".split())  # folded: previous


def _earlier_meetings_place(s: Sentence, lo: int, j: int) -> bool:
    """Whether the place at token j is where an earlier meeting was: "في القمة السابقة بالصين", "نشست قبلی در
    مسکو" (not "الأسبوع الماضي في موسكو": that week's meeting is the one told)."""
    return any([s.text[k] in PREVIOUS_WORDS and k > lo and not TRIGGER_KINDS.isdisjoint(s.cues[k - 1])
                for k in range(max(lo, j - 2), j)])


def _topic_place(s: Sentence, lo: int, j: int) -> bool:
    """'حمله روسیه به اوکراین', 'تحولات در سوریه', 'در برابر تجاوز تل آویو': the place at token j is where the
    topic is when a topic noun (an attack, a war, developments) stands right before it, with at most a
    locative and one country word between them."""
    k, steps = j - 1, 0
    while k >= lo and steps < 3:
        m = s.mention[k]
        if "topic_place" in s.cues[k]:
            return True
        if m is not None and m.kind == "country":
            k = _mention_head(s, k) - 1
        elif s.text[k] in LOCATIVE:
            k -= 1
        elif s.text[k] in ESPECIALLY_WORDS:  # "الوضع في المنطقة وخاصة في ليبيا": the topic goes on
            return any(["topic_place" in s.cues[i] for i in range(max(lo, k - 4), k)])
        else:
            return False
        steps += 1
    return False


def _envoy_to(s: Sentence, lo: int, j: int) -> bool:
    """Whether the place at token j is where an envoy named just before is sent ("مبعوث الرئيس الروسي الخاص إلى
    سورية", "نماینده ویژه چین به افغانستان"): his brief, not where the meeting was."""
    if j - 1 <= lo or s.text[j - 1] not in TO_WORDS:
        return False
    for k in range(j - 2, max(lo, j - 1 - ENVOY_REACH) - 1, -1):
        if s.text[k] in RELATIVE_WORDS or s.text[k] == "که" or s.text[k] in TRIP_WORDS or "visit" in s.cues[k]:
            return False  # "فرستاده ویژه رئیسجمهور که به کاراکاس سفر کرده است": where he went
        m = s.mention[k]
        if m is not None and m.kind == "title" and m.entity in ENVOY_TITLES:
            return True
    return False


TO_WORDS = frozenset({"الی", "به"})  # folded: "إلى", "به" (to)
ENVOY_TITLES = frozenset({"envoy", "high_representative"})
ENVOY_REACH = 6  # tokens from an envoy's title to "إلى": "مبعوث الرئيس الروسي الخاص إلى"


PRESENCE_REACH = 10  # tokens from "با حضور" to the counterparts it goes on to: "با حضور X، معاون …، و همتایان او"


ESPECIALLY_WORDS = frozenset("خاصه وخاصه بخاصه وبخاصه خصوصا وخصوصا لاسیما ولاسیما بویژه وبویژه".split())  # folded

PORTFOLIO_WORDS = 4  # words of a portfolio after a title: "وزیر صنعت و تجارت", "معین وزارت معادن و پترولیم"
STATE_NOUNS = frozenset("کشور کشورهای کشورها دولت دولتهای الدول دول البلاد بلاد".split())  # folded: not a portfolio


def _host_title(s: Sentence, split: int | None, hi: int, actors: list[Actor], venue: str | None) -> Actor | None:
    """The partner named only by a bare title between "with" and the meeting word, in a meeting placed in
    another country than its one other side: the host's official ("سفیر چین در تهران با معاون اول رئیس جمهور
    ملاقات نمود"). A title followed by more words ("با وزرای خارجه سه کشور اروپایی") says whose it is."""
    if split is None or venue is None or not actors or any([a.tok >= split for a in actors]) \
            or {a.country for a in actors} != {actors[0].country} or actors[0].country == venue:
        return None
    j = next((j for j in range(split, min(hi, split + 2)) if s.mention[j] is not None), None)
    if j is None:  # "با احمد دنیامالی، وزیر ورزش و جوانان دیدار": a name no table knows, then the bare title
        j = next((k for k in range(split + 2, min(hi, split + 2 + NAME_WORDS_BEFORE_POST))
                  if s.mention[k] is not None and s.mention[k].kind == "title"
                  and all([s.mention[x] is None and not s.cues[x] for x in range(split, k)])), None)
    if (j is None or s.mention[j].kind != "title") and all(map(_is_envoy, actors)):
        post = next((k for k in range(split, min(hi, split + 1 + NAME_WORDS_BEFORE_POST)) if s.mention[k] is None
                     and "person" in s.cues[k] and all([s.mention[x] is None and not s.cues[x]
                                                        for x in range(split, k)])), None)
        if post is not None:  # "سرکنسول روسیه در اصفهان با رئیس نمایندگی وزارت امور خارجه", also after a name no
            return Actor(venue, post, None)  # table knows ("با احمد معصومیفر، رئیس دفتر نمایندگی …"): a post
    if j is None or s.mention[j].kind != "title":  # of the state the envoy serves in
        return None
    m = s.mention[j]
    after = next((k for k in range(j, hi) if s.mention[k] is not m), hi)
    while after < hi and (s.text[after] in LIST_WORDS or s.mention[after] is not None
                          and s.mention[after].kind == "title"):  # "نماینده رهبری و دبیر شورای عالی امنیت ملی"
        after += 1
    if m.form == "minister":  # "با وزیر صنعت و تجارت دیدار کرد": a minister's portfolio, no state's word in it
        portfolio = after
        while portfolio < min(hi, after + PORTFOLIO_WORDS) and s.mention[portfolio] is None \
                and not s.cues[portfolio] and s.text[portfolio] not in STATE_NOUNS:
            portfolio += 1
        if portfolio < hi and not TRIGGER_KINDS.isdisjoint(s.cues[portfolio]):
            after = portfolio
    if after == hi or TRIGGER_KINDS.isdisjoint(s.cues[after]):  # the bare title, then the meeting word
        return None
    return Actor(venue, j, Participant(m.surface, None, m.entity, venue, m.start, m.end))


NAME_WORDS_BEFORE_POST = 3  # words of a name no table knows between "با" and a bare title: "با احمد دنیامالی، وزیر"
COUNTERPART_WORDS = frozenset("نظیره نظیرها نظیرته نظیرتها همتای همتا".split())  # folded: his counterpart
RECEPTION_WORDS = frozenset("استقبل استقبال استقباله یستقبل پذیرفت".split())  # folded: received (a guest)


def _served_in(s: Sentence, lo: int, hi: int) -> str | None:
    """The state an envoy is accredited to, "لدى" it or its capital: "السفير ما شينمين سفير جمهورية الصين
    الشعبية لدى الخرطوم" serves in Sudan."""
    return next((s.mention[j].country for j in s.named if lo < j < hi and (s.text[j - 1] == "لدی"
                 or s.text[j - 1] in ACCREDITED_WORDS and s.text[j][:1] == "ب")
                 and s.mention[j].kind in ("country", "city") and s.mention[j].country), None)


def _bare_title_host(s: Sentence, lo: int, actors: list[Actor], venue: str | None, received: bool) -> Actor | None:
    """The official named by a bare title who meets someone of one other state where the meeting was (``venue``):
    his counterpart ("أجرى وزير العدل السيد عبد اللطيف وهبي، اليوم الخميس بالرباط، مباحثات مع نظيره العراقي": Morocco's
    minister) or, in a reception (``received``), a guest named after him ("وسلم الرسالة الخطية لرئيس الجمهورية،
    فيليب هيس، المبعوث الخاص للرئيس البرازيلي؛ خلال استقبال خصه به … بنواكشوط": Mauritania's president)."""
    if venue is None or not actors or {a.country for a in actors} != {actors[0].country} \
            or actors[0].country == venue:
        return None
    first = min([a.tok for a in actors])
    end = next((k for k in (first, first - 1) if k >= lo
                and s.text[k].removeprefix("و").removeprefix("ب") in COUNTERPART_WORDS), first if received else None)
    if end is None:
        return None
    j = next((j for j in range(lo, end) if s.mention[j] is not None and s.mention[j].kind == "title"
              and s.mention[j].country is None), None)
    welcomer = (_welcomer_after(s, first) or _welcomer_last(s, lo, first)) if received else None
    if welcomer is not None:  # "حفل استقبال رئيس أركان الجيش الإسرائيلي …، حيث كان في استقباله الجنرال …"
        j = welcomer
    elif j is None or s.mention[j].form == "diplomat" or any([s.mention[k] is not None and s.mention[k].kind in
                                                            ("country", "official")
                                                            and s.mention[k].country != venue for k in range(lo, end)]):
        return None  # an envoy is the guest ("السفير/ عمرو معوض، سفير مصر لدى إندونيسيا"), not the host; the venue
        # itself may stand between ("استقبل وزير الدفاع …، في مطار الكويت اليوم، الأمير خالد بن سلمان")
    m = s.mention[j]
    after = next((k for k in range(j, len(s.text)) if s.mention[k] is not m), len(s.text))
    if after < len(s.text) and s.mention[after] is not None and s.mention[after].kind in ("country", "official"):
        return None  # "استقبال وزير خارجية سوريا", "الرئيس حسن شيخ محمود": the title is the guest's own
    return Actor(venue, j, Participant(m.surface, None, m.entity, venue, m.start, m.end))


WELCOMER_REACH = 3  # tokens from "في استقباله" to the title of who welcomed the guest
WAS_WELCOMING = (("وکان", "فی", "استقبال"), ("کان", "فی", "استقبال"))  # folded: "وكان في استقبال …"


def _welcomer_last(s: Sentence, lo: int, first: int) -> int | None:
    """The token of a bare title named after the guest at ``first`` in a sentence that opens "وكان في استقبال"
    ("وكان في استقبال الوزير السعودي لدى وصوله إلى مطار دمشق الدولي وزير شؤون رئاسة الجمهورية منصور عزام"): who
    welcomed him."""
    if tuple(s.text[lo:lo + 3]) not in WAS_WELCOMING:
        return None
    guest = s.mention[first]
    return next((j for j in s.named if j > first and s.mention[j] is not guest and s.mention[j].kind == "title"
                 and s.mention[j].country is None), None)


def _welcomer_after(s: Sentence, first: int) -> int | None:
    """The token of a bare title right after "في استقباله" (who welcomed him) told after the guest at ``first``:
    "استقبال رئيس أركان الجيش الإسرائيلي …، حيث كان في استقباله الجنرال بلخير"."""
    k = next((k for k in range(first + 1, len(s.text)) if s.text[k] in WELCOMED_WORDS and s.text[k - 1] == "فی"),
             None)
    if k is None:
        return None
    return next((j for j in range(k + 1, min(len(s.text), k + 1 + WELCOMER_REACH)) if s.mention[j] is not None
                 and s.mention[j].kind == "title" and s.mention[j].country is None), None)


WELCOMED_WORDS = frozenset({"استقباله", "استقبالها", "استقبالهم", "استقبالهما"})  # folded: "في استقباله"


def _welcomed_each(s: Sentence, trig: int, actors: list[Actor], venue: str | None,
                   named_most: str | None) -> tuple[str, list[str]] | None:
    """(host, guests' states) when "في استقبال(هما)" tells a welcome of people of two states or more other than the
    host ("كان في استقبال رئيسَي الوزراء العراقي …، والكويتي …", "وصل الرئيسان المصري … والفرنسي … إلى عمان،
    وكان في استقبالهما الأمير الحسين"): each guest was welcomed by the state where they arrived, else by the state
    the text names most, whoever of it the sentence names."""
    if trig == 0 or s.text[trig - 1] != "فی" or s.text[trig] != "استقبال" and s.text[trig] not in WELCOMED_WORDS:
        return None
    host = venue or named_most
    told_before = s.text[trig] in WELCOMED_WORDS  # "في استقبالهما": the guests are told before it, the welcomers after
    guests = [c for c in dict.fromkeys([a.country for a in actors if a.participant is not None
                                        and (a.tok < trig) == told_before]) if c != host]
    return (host, guests) if host is not None and len(guests) >= 2 else None


def _bare_guest_welcomed(s: Sentence, trig: int) -> bool:
    """Whether the meeting word is "في استقبال" told of who were the welcomers ("وكان في استقبال …") and a bare
    title, of no state, right after it is the guest: "وكان في استقبال الرئيس والوفد المرافق له …"."""
    k = trig + 1
    return s.text[trig] == "استقبال" and trig > 1 and s.text[trig - 1] == "فی" and s.text[trig - 2] in WAS_WORDS \
        and k < len(s.text) and s.mention[k] is not None and s.mention[k].kind == "title" \
        and s.mention[k].country is None and _next_after(s, k) is None


def _next_after(s: Sentence, k: int) -> Mention | None:
    """The mention right after the one at token k, if it follows with no word between (its state: "الرئيس
    الصومالي")."""
    j = _last_token(s, k) + 1
    return s.mention[j] if j < len(s.text) else None


ALSO_RECEIVED = frozenset({"استقبل", "واستقبل"})  # folded: received
GUEST_POST_REACH = 6  # tokens from a guest's post to its state: "مستشار الأمن القومي في جمهورية التشيك"


def _counterpart_of_state(s: Sentence, state: str) -> bool:
    """Whether the sentence names someone's counterpart of ``state`` ("ونظيره المصري"): the one he is the counterpart
    of is another state's."""
    return any([s.text[j].removeprefix("و").removeprefix("ب") in COUNTERPART_WORDS and j + 1 < len(s.text)
                and s.mention[j + 1] is not None and s.mention[j + 1].country == state for j in range(len(s.text))])


def _also_received_alone(s: Sentence) -> bool:
    """Whether the sentence opens "كما استقبل" or "واستقبل أيضا" (also received) and names the guest first, by name,
    with no host: "كما استقبل الشيخ سعود بن عبد الرحمن آل ثاني …" (the host of the reception told just before)."""
    k = next((k for k in range(min(3, len(s.text))) if s.text[k] in ALSO_RECEIVED), None)
    if k is None or not (k > 0 and s.text[k - 1] == "کما" or s.text[k + 1:k + 2] == ["ایضا"]):
        return False
    first = next((j for j in s.named if j > k), None)
    if first is None:
        return False
    m = s.mention[first]
    if m.kind == "title" and m.country is None:  # "كما استقبل مستشار الأمن القومي في جمهورية التشيك": the post's
        state = next((j for j in s.named if first < j <= first + GUEST_POST_REACH and s.mention[j] is not m), None)
        return state is not None and s.mention[state].kind == "country"  # state names the guest
    return m.kind == "official" and m.country is not None


def _welcome_party(s: Sentence, lo: int, hi: int) -> bool:
    """Whether the sentence tells who were among a guest's welcomers: "كما كان في استقبال الرئيس المالي الوزير
    الأول …", "وكان في استقباله …" (one welcome, however many hosts it names)."""
    if WAS_WORDS.isdisjoint(s.text[lo:hi]):  # most sentences: no "كان" at all
        return False
    return any([s.text[k] == "فی" and s.text[k - 1] in WAS_WORDS and (s.text[k + 1] == "استقبال"
                                                                       or s.text[k + 1] in WELCOMED_WORDS)
                for k in range(lo + 1, hi - 1)])


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


def _without_speaker(s: Sentence, actors: list[Actor], trig: int) -> list[Actor]:
    """'وزیر خارجه روسیه گفت که گفتگوهای رئیس‌جمهور روسیه با وزیر امور خارجه ایران …': who speaks before "said
    that" is no side of the talks told after it when his state has its own people there; when it has none, his
    state stays a side but he need not have been there ("امیرعبداللهیان … گفته است که رییسان جمهور دو کشور …
    گفتگو کرده"): the meeting is not told apart from one of other people by him."""
    if "clause" not in s.kinds:
        return actors
    said = next((j for j in reversed(s.cued) if j < trig and "clause" in s.cues[j]), None)
    if said is None:
        return actors
    after = {a.country for a in actors if a.tok > said}
    return [a if a.tok > said else Actor(a.country, a.tok, None) for a in actors
            if a.tok > said or a.country not in after]


POSSESSED_MEETINGS = frozenset("لقایه لقایها لقاءه اجتماعه اجتماعها محادثاته مباحثاته لقاءاته لقایاته اجتماعاته "
                                "دیدارش دیدارهایش".split())  # folded: "his meeting(s)", after "بعد"/"پس از"
HIS_MEETINGS = HIS_MEETING_WORDS | POSSESSED_MEETINGS
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


INVITE_WORDS = frozenset({"دعوت", "دعوه", "بدعوه"})  # folded: "به دعوت", "بدعوة من"
INVITER_SPAN = 4  # tokens from the invitation word to its inviter's country: "بدعوة من رئيس وزراء العراق"


def _invited_by(s: Sentence, lo: int, tok: int) -> bool:
    """Whether an actor is who invited the subject ("پزشکیان که به دعوت الهام علی اف … عازم شده بود، با
    اردوغان دیدار کرد"): the host of the trip, not a second side of the meeting told.

    >>> _invited_by(Sentence("به دعوت الهام علیاف".split(), [0, 3, 8, 14], [2, 7, 13, 19], [frozenset()] * 4), 0, 2)
    True
    """
    return any([s.text[j] in INVITE_WORDS for j in range(max(lo, tok - INVITER_SPAN), tok)])


def _outside_purpose(s: Sentence, actors: list[Actor], split: int) -> list[Actor]:
    """'شویگو که برای شرکت در اجلاس وزرای دفاع ایران، روسیه و سوریه به تهران سفر کرده است، … با … دیدار کرد':
    the countries of the gathering the subject came to attend are not sides of the meeting "with" someone,
    when the subject was named before the purpose words."""
    purpose = next((j for j in s.cued if "purpose" in s.cues[j] and j < split), None)
    if purpose is None or not any([a.tok < purpose for a in actors]):
        return actors
    return [a for a in actors if not purpose < a.tok < split]


NOUN_KINDS = frozenset({"meeting", "summit"})
OCCURRED_KINDS = frozenset({"held", "host"})  # "برگزار شد", "انطلقت", "استضافت": talks told as taking place
STATES_COUNTED = frozenset("کشور کشورهای ساحلی عضو همسایه".split())  # folded: "۵ کشور ساحلی", "کشورهای عضو"


def _counts_states(word: str) -> bool:
    """A number of states or what they are ("۵", "کشور", "ساحلی"): no modifier of the meeting noun."""
    return word.isdigit() or word in STATES_COUNTED


MAX_MODIFIERS = 2  # words between a meeting noun and the countries it is of: "غیرمستقیم", "المشترکه", "هسته ای"


COMMISSION_WORDS = frozenset("کمیسیون کمیته اللجنه لجنه للجنه".split())  # folded: a joint commission's session
MAX_COMMISSION_WORDS = 10  # words of a commission's name before the states it joins


SUBJECT_OPENERS = frozenset("که ان".split())  # folded: "اعلام کرد که …", "أعلن أن …": a clause opens


def _subject_sides(s: Sentence, live: list[int], lo: int) -> list[Actor]:
    """The states that held a meeting, told with no person as its subject: "ایران، چین و پاکستان امروز اولین نشست
    سه جانبه خود را … برگزار کردند". Two states at least, joined by "و" or side by side, opening the sentence or
    a clause ("که", "أن"), at most three words before the meeting noun. Asked only of a sentence that tells the
    meeting as held.

    >>> from core.pipeline import process_text
    >>> [e.countries for e in process_text("ایران، چین و پاکستان امروز نشستی در پکن برگزار کردند.").events]
    [('CHN', 'IRN', 'PAK')]
    """
    for trig in live:
        if NOUN_KINDS.isdisjoint(s.cues[trig]) or "meeting_verb" in s.cues[trig]:
            continue
        k, steps = trig - 1, 0
        while k >= lo and s.mention[k] is None and not s.cues[k] and s.text[k] not in LIST_WORDS and steps < 3:
            k, steps = k - 1, steps + 1
        sides: list[Actor] = []
        while k >= lo:
            m = s.mention[k]
            if m is not None and m.kind == "country" and m.country and m.form in ("name", "anaphor"):
                if m.country not in {a.country for a in sides}:  # "… اعلام کرد که این کشور و ایران مذاکرات …"
                    sides.append(Actor(m.country, k, None))
                while k >= lo and s.mention[k] is m:
                    k -= 1
            elif s.text[k] in LIST_WORDS and sides:
                k -= 1
            else:
                break
        if len(sides) >= 2 and (k < lo or s.text[k] in SUBJECT_OPENERS or "clause" in s.cues[k]):
            return sides[::-1]
    return _verb_first_sides(s, live, lo)


HELD_PAST_AR = frozenset("عقدت عقد اجرت اجری".split())  # folded Arabic past "held": "عقدت الكويت واليابان …"
STATE_FORMS = frozenset({"name", "formal"})  # "الكويت", "دولة الكويت": a state named, not its people
SUBJECT_REACH = 6  # tokens from the states after an Arabic "held" to the meeting noun ("اليوم السبت الجلسة الثالثة")


def _verb_first_sides(s: Sentence, live: list[int], lo: int) -> list[Actor]:
    """The states right after an Arabic past "held" that opens the sentence, a meeting noun soon after them:
    "عقدت دولة الكويت واليابان، اليوم السبت، الجلسة الثالثة للمشاورات السياسية".

    >>> from core.pipeline import process_text
    >>> [e.countries for e in process_text("عقدت دولة الكويت واليابان اليوم السبت الجلسة الثالثة للمشاورات.").events]
    [('JPN', 'KWT')]
    """
    verb = next((k for k in range(lo, min(lo + 3, len(s.text))) if s.text[k].removeprefix("و") in HELD_PAST_AR), None)
    if verb is None:
        return []
    sides, k = _states_run(s, verb + 1, len(s.text), STATE_FORMS)
    if len(sides) >= 2 and any([k <= j <= k + SUBJECT_REACH and not NOUN_KINDS.isdisjoint(s.cues[j]) for j in live]):
        return sides
    return []


def _genitive_state(s: Sentence, trig: int, split: int) -> str | None:
    """The state of the person a meeting noun is of, named right after it before "مع" ("لقاء العاهل الأردني مع
    …", "اجتماع وزير الخارجية المصري مع …"): an official, or a title and its state's adjective; None otherwise."""
    if not trig + 1 < split or NOUN_KINDS.isdisjoint(s.cues[trig]) or "meeting_verb" in s.cues[trig] \
            or s.text[trig] in HIS_MEETINGS:
        return None
    m = s.mention[trig + 1]
    if m is not None and m.kind == "official":
        return m.country
    after = _next_after(s, trig + 1) if m is not None and m.kind == "title" else None
    return after.country if after is not None and after.kind == "country" else None


def _adjacent_sides(s: Sentence, live: list[int], hi: int) -> list[Actor]:
    """The states named by two adjectives or more right after a meeting noun ("القمة الأردنية الفلسطينية",
    "المحادثات الإيرانية الأمريكية"): whose meeting it is, whatever else the sentence names."""
    for trig in live:
        if NOUN_KINDS.isdisjoint(s.cues[trig]) or "meeting_verb" in s.cues[trig]:
            continue
        k = trig + 1
        while k < hi and s.cues[k] == s.cues[trig] and s.mention[k] is None:  # the rest of the trigger phrase
            k += 1
        sides, _ = _states_run(s, k, hi)
        if len(sides) >= 2 and all([s.mention[a.tok] is not None and s.mention[a.tok].form in ("adjective", "name")
                                    for a in sides]) and s.mention[sides[0].tok].form == "adjective":
            return sides
    return []


def _noun_sides(s: Sentence, live: list[int], lo: int, hi: int) -> list[Actor]:
    """The countries a meeting noun is *of*: "مذاکرات غیرمستقیم ایران و آمریکا", "المحادثات الإيرانية الأمريكية",
    "نشست مشترک ایران و عربستان" name the sides without a person. Two countries at least, right after the noun
    and its modifiers, joined by "و" or side by side; not when the noun is itself a topic ("درباره مذاکرات …")
    or a verb ("بحث"). Asked only of a sentence that tells the talks as held ("برگزار شد", "انطلقت"): "روند
    مذاکرات ایران و آمریکا" or "تعثرت المحادثات الإيرانية الأمريكية" speaks of a process, not a meeting.

    >>> from core.pipeline import process_text
    >>> [e.countries for e in process_text("مذاکرات غیرمستقیم ایران و آمریکا امروز برگزار شد.").events]
    [('IRN', 'USA')]
    """
    for trig in live:
        if NOUN_KINDS.isdisjoint(s.cues[trig]) or "meeting_verb" in s.cues[trig] \
                or any(["topic" in s.cues[j] for j in range(max(lo, trig - 2), trig)]):
            continue
        k = trig + 1
        while k < hi and s.cues[k] == s.cues[trig] and s.mention[k] is None:  # the rest of the trigger phrase
            k += 1
        modifiers = 0  # "نشست کمیسیون مشترک همکاری های اقتصادی ایران و روسیه": the commission's name runs on
        limit = MAX_COMMISSION_WORDS if COMMISSION_WORDS.intersection(s.text[trig:k]) else MAX_MODIFIERS
        while k < hi and s.mention[k] is None and (s.text[k] not in LIST_WORDS or limit > MAX_MODIFIERS) \
                and (modifiers < limit or _counts_states(s.text[k]) or s.text[k] in COMMISSION_WORDS) \
                and (not s.cues[k] or s.cues[k] <= {"joint"}
                     or s.cues[k] <= {"joint", "summit"} and COMMISSION_WORDS.intersection(s.text[k - 1:k + 1])):
            if s.text[k] in COMMISSION_WORDS:  # "جلسه کمیسیون مشترک همکاری‌های تجارتی، اقتصادی، فنی و فرهنگی
                limit = MAX_COMMISSION_WORDS  # تاجیکستان و ایران": the commission's long name, "و" and all
            # "نشست وزاری خارجه ۵ کشور ساحلی روسیه، ایران …": a count of states and what they are add no modifier
            k, modifiers = k + 1, modifiers + (not _counts_states(s.text[k]))
        sides, _ = _states_run(s, k, hi)
        if len(sides) >= 2:
            return sides
    return []


def _states_run(s: Sentence, k: int, hi: int, forms: frozenset[str] | None = None) -> tuple[list[Actor], int]:
    """The states named one after another from token ``k`` ("ایران و آمریکا", "الكويت واليابان"), joined by "و"
    or side by side, each once (of ``forms`` only, if given), and the token after them."""
    sides: list[Actor] = []
    while k < hi:
        m = s.mention[k]
        if m is not None and m.kind == "country" and m.country and (forms is None or m.form in forms):
            if m.country not in {a.country for a in sides}:
                sides.append(Actor(m.country, k, None))
            while k < hi and s.mention[k] is m:
                k += 1
        elif s.text[k] in LIST_WORDS and sides:
            k += 1
        else:
            break
    return sides, k


def _noun_summits(s: Sentence, live: list[int], lo: int, hi: int) -> list[tuple[int, list[str], str | None]]:
    """Each summit or talks named by its sides' adjectives, with the forum one of them is
    ("سبقتها القمة السعودية الصينية، وأعقبتها القمة الخليجية الصينية": Saudi–China, and GCC–China):
    (trigger, countries, forum) per phrase that names at least one country after a forum or two without.

    >>> from core.pipeline import process_text
    >>> [(e.kind, e.countries, e.forum) for e in process_text(
    ...     "وعقدت في الرياض القمة السعودية الصينية، ثم القمة الخليجية الصينية.").events]
    [('bilateral', ('CHN', 'SAU'), None), ('multilateral', ('CHN', 'SAU'), 'GCC')]
    """
    out = []
    for trig in live:
        if NOUN_KINDS.isdisjoint(s.cues[trig]) or "meeting_verb" in s.cues[trig] \
                or any(["topic" in s.cues[j] for j in range(max(lo, trig - 2), trig)]):
            continue
        k, forum = trig + 1, None
        m = s.mention[trig]
        if m is not None and m.kind == "forum":
            forum = m.entity
            while k < hi and s.mention[k] is m:
                k += 1
        sides: list[str] = []
        while k < hi and (m := s.mention[k]) is not None and m.kind == "country" and m.country:
            if m.country not in sides:
                sides.append(m.country)
            while k < hi and s.mention[k] is m:
                k += 1
        if len(sides) >= (1 if forum else 2):
            out.append((trig, sides, forum))
    return out


def _note_summit_venue(s: Sentence, lo: int, hi: int, venues: dict[str, tuple[str, str | None]],
                       arabic: bool = False) -> None:
    """'وارد آستانه شد برای شرکت در اجلاس شانگهای', 'وصل إلى المنامة للمشاركة في القمة العربية': where someone
    arrives to attend a forum's summit is where that summit meets; kept per forum for its meetings told later."""
    forum = next((s.mention[j].entity for j in s.named if s.mention[j].kind == "forum"), None)
    if forum is not None and forum not in venues:
        country, city = _venue(s, lo, hi, arabic=arabic)
        if country is not None:
            venues[forum] = (country, city)


def _is_call(s: Sentence, live: list[int]) -> bool:
    """A phone or video call has no venue: a place in its sentence is the topic ("بحثا الوضع في أوكرانيا")."""
    calls = [j for j in live if "call" in s.cues[j]]
    return bool(calls) and not any(["summit" in s.cues[j] for j in live])


FORUM_TALKS_REACH = 3  # tokens from a meeting word to the forum whose own talks it names: "مذاکرات صلح آستانه"


def _forum_talks(s: Sentence, live: list[int], lo: int, hi: int) -> bool:
    """Whether a live meeting word is a forum's own session, its name right after, held in a city the sentence
    names: "نوزدهمین مذاکرات صلح آستانه … در شهر آستانه قزاقستان پایان یافت" (told as held, no side named: the
    forum met). A year told ("مذاکرات آستانه از ژانویه 2017 … آغاز شده است") makes it the forum's history."""
    return any([s.mention[k] is not None and s.mention[k].kind == "forum"
                for j in live for k in range(j + 1, min(hi, j + 1 + FORUM_TALKS_REACH))]) \
        and any([s.mention[k].kind == "city" for k in s.named if lo <= k < hi]) \
        and not any([len(w) == 4 and w.isdigit() for w in s.text[lo:hi]])


OFFICE_WORDS = frozenset("دفتر دفترش مکتبه بمکتبه".split())  # folded: where a host receives a guest


def _persons_welcomed(s: Sentence, lo: int, hi: int, roles: dict[str, str]) -> bool:
    """Whether a sentence whose one meeting word is "استقبال" (welcome) names people of two states, none of
    them only a deputy or vice-president (unless he receives in his office, "در دفتر خود"): "از وزیر دفاع عراق در
    تهران استقبال کرد" is a meeting; "از این توافق استقبال کرد" (a deal welcomed) is not, nor "توسط معاون وزیر خارجه
    مورد استقبال قرار گرفت" (met at the airport)."""
    if any([lo < j < hi - 2 and s.text[j - 1] == "با" and s.text[j + 1] == "از" and s.mention[j + 2] is None
            and "person" not in s.cues[j + 2] for j in s.cued if "reception" in s.cues[j]]):
        return False  # "با استقبال از برگزاری انتخابات ریاست جمهوری برزیل": welcoming a thing
    people = set()
    in_office = not OFFICE_WORDS.isdisjoint(s.text[lo:hi])  # "در دفتر خود … استقبال کرد": received in his office
    for a in actors_in(s, lo, hi, roles):
        deputy = (a.participant.role or "").startswith(("deputy_", "vice_")) if a.participant is not None else False
        if a.participant is not None and (in_office or not deputy) \
                or a.participant is None and a.tok > lo and "person" in s.cues[a.tok - 1] \
                and s.text[a.tok - 1] not in DEPUTY_WORDS \
                or a.participant is None and not deputy and _post_head_before(s, lo, a.tok):
            people.add(a.country)  # "از همتای عراقی", not "معاون «فالح الفیاض»"; "اسلوتسکی رییس کمیسیون روابط بین
            # الملل مجلس دومای روسیه": a post no table names, then its state
    return len(people) >= 2


POST_REACH = 8  # tokens from the head of a post no table names to its state: "رییس کمیسیون … مجلس دومای روسیه"


def _post_head_before(s: Sentence, lo: int, k: int) -> bool:
    """Whether the head of a Persian post ("رییس", "مدیر") stands a few words before the state at token k, with no
    other state or person between: "رییس کمیسیون روابط بین الملل مجلس دومای روسیه"."""
    for j in range(k - 1, max(lo, k - POST_REACH) - 1, -1):
        if s.mention[j] is not None:
            return False
        if s.text[j] in POST_HEADS_FA and s.text[j] not in DEPUTY_WORDS:
            return True
    return False


def _dates_in(dates: list[DateMention], start: int, end: int) -> list[DateMention]:
    return [d for d in dates if start <= d.start < end]


def drafts_for_sentence(s: Sentence, dates, roles, arabic, forum_default,
                        protagonist: str | None = None, published: date | None = None,
                        plans: list[Draft] | None = None,
                        venues: dict[str, tuple[str, str | None]] | None = None,
                        pair: list[str] | None = None, last_person: str | None = None,
                        named_most: str | None = None, headline: bool = False,
                        post_states: dict[str, frozenset[str]] | None = None,
                        host_before: str | None = None, states_named: tuple[str, ...] = ()) -> list[Draft]:
    """Every event the sentence reports (``published``: the stated publication day, if any). A sentence that
    only announces meetings (every meeting word cancelled as future) reports none; given ``plans``, the
    meetings it announces are added there (what a bare headline may name). ``named_most``: the state the
    article names most, the host of credentials when no other is known. ``host_before``: the state that received
    the guest of the reception told last, where a bare title receiving another with no place named does.
    ``states_named``: the states the article names, most often first."""
    sentence_cues = s.kinds
    if sentence_cues.isdisjoint(TRIGGER_KINDS):
        return []
    lo, hi = 0, len(s.text)
    # "پیش از این نیز … دیدار کرده بود": more of the same news, unless dated ("پیش از این نیز در اسفند 1403 …")
    also_earlier = not sentence_cues.isdisjoint(("recall", "pluperfect")) \
        and (_also_earlier(s) or _earlier_at_the_forum(s, forum_default)) \
        and not _dates_in(dates, s.start[0], s.end[-1])
    told_days = _dates_in(dates, s.start[0], s.end[-1])
    if (_earlier_month(s, published) or any([d.precision == "month" and d.iso and not reported_as_news(d.iso, published)
                                             for d in told_days])) \
            and not any([d.how == "relative" or d.precision == "day" for d in told_days]):
        sentence_cues = sentence_cues | {"recall"}  # "در جریان دیدار اخیر با پوتین در ماه جولای", "أجريا في منتصف
        # حزيران/يونيو 2023 محادثات" in a report of February 2026
    if "recall" in sentence_cues and (_told_earlier_as_held(s) or also_earlier or _before_this_meeting(s)
                                      or _earlier_yesterday(s, _dates_in(dates, s.start[0], s.end[-1]))):
        sentence_cues = sentence_cues - {"recall"}  # "پیش از این، وزارت خارجه روسیه اعلام کرده بود که نشست … برگزار شد"
    if "separate" in sentence_cues and all(j and s.text[j - 1] in PRESENCE_WORDS
                                           or s.text[j] in COUNTERPART_PLURALS and not PRESENCE_WORDS.isdisjoint(
                                               s.text[max(0, j - PRESENCE_REACH):j])
                                           for j in s.cued if "separate" in s.cues[j]):
        sentence_cues = sentence_cues - {"separate"}  # "بحضور نظرائه": in the presence of his counterparts; "با حضور
        # مجید تختروانچی … و همتایان او از کشورهای فرانسه، بریتانیا و آلمان برگزار شد": all in one meeting
    if "separate" in sentence_cues and _counterparts_together(s):
        sentence_cues = (sentence_cues - {"separate"}) | {"joint"}  # "با همتایان آلمانی، فرانسوی و انگلیسی خود …
        # ملاقات کرده و … با هم گفتوگو کردیم": his counterparts, all together
    if "joint" in sentence_cues and "before" in sentence_cues \
            and all([j > 1 and "summit" in s.cues[j - 1] and "before" in s.cues[j - 2] for j in s.cued
                     if "joint" in s.cues[j]]):
        sentence_cues = sentence_cues - {"joint"}  # "وقبيل القمة الثلاثية، عقد … لقاءين": the summit's, still ahead
    if "video" in sentence_cues and all(j and s.text[j - 1] in ONLINE_SPACE_WORDS for j in s.cued
                                        if "video" in s.cues[j]):
        sentence_cues = sentence_cues - {"video"}  # "در فضای مجازی نوشت": wrote online, met on no screen
    split_qad = _split_pluperfect(s) if arabic and "pluperfect" not in sentence_cues else None
    if "pluperfect" in sentence_cues or split_qad is not None:
        # "کرده بود", "كان قد": history, unless a day is told before it ("دیروز … گفت‌وگو کرده بود") or, in
        # Arabic, anywhere in the sentence ("وكان الوزير قد التقى في وقت سابق اليوم الرئيس", "في 20 نيسان");
        # a day long past is then left out as history by its date
        at = split_qad if split_qad is not None else next(j for j in s.cued if "pluperfect" in s.cues[j])
        pub = published.isoformat() if published else None
        told_day = any([d.how == "relative" or d.precision == "day" and d.iso != pub
                        for d in _dates_in(dates, s.start[lo], s.end[hi - 1] if arabic else s.start[at])])
        if told_day or _recent_days(s) or not arabic and (_past_main_verb_after(s, at, hi)
                                                          or _earlier(s, lo, at, also_earlier)
                                                          or _told_earlier_as_held(s)
                                                          or _before_a_meeting(s, lo, at)) \
                or arabic and (_earlier_ar(s, lo, hi) or pair is not None and not _dates_in(dates, s.start[lo],
                                                                                          s.end[hi - 1])):
            sentence_cues = sentence_cues - {"pluperfect"}
        else:
            sentence_cues = sentence_cues | {"recall"}
    if "this_meeting" in sentence_cues and not sentence_cues.isdisjoint(SEQUENCE_KINDS):
        sentence_cues = _beside_this_meeting(s, sentence_cues)
    took_part = "this_meeting" in sentence_cues and "participating" in sentence_cues and _who_took_part(s)
    if took_part:
        sentence_cues = sentence_cues - {"this_meeting"}
    cued, named = s.cued, s.named
    triggers = [j for j in cued if not TRIGGER_KINDS.isdisjoint(s.cues[j])
                and not (took_part and "this_meeting" in s.cues[j]) and not _chair_of(s, j)]
    if "press" in sentence_cues:  # "سخنگو در نشست خبری گفت": where he spoke, not a meeting
        triggers = [j for j in triggers if "press" not in s.cues[j] or _shared_press(s, j)]
    if "with" in sentence_cues:  # "در گفتوگوی اختصاصی با خبرنگار ایلنا": an interview, not a meeting
        triggers = [j for j in triggers if not _interview(s, j)]
    live = [j for j in triggers if not _cancelled(s, lo, hi, j, arabic, sentence_cues, headline)]
    if len(live) < len(triggers) and any(["meeting_verb" in s.cues[j] for j in triggers if j not in live]):
        dropped = [j for j in triggers if j not in live]
        live = [j for j in live if not _ordinal_of(s, j) and not _topic_of_plan(s, j, dropped)]
        # "يلتقي مبارك اليوم … أوباما في ثاني لقاء بينهما": the ordinal names the meeting the cancelled verb announces
    if len(live) < len(triggers):  # "من المتوقع أن يلتقي … على هامش القمة": the summit only places the plan
        live = [j for j in live if "summit" not in s.cues[j] or not _in_sideline(s, lo, j)]
        if live and all(["summit" in s.cues[j] for j in live]) \
                and any(["summit" in s.cues[j] for j in triggers if j not in live]) \
                and not _told_held(s, lo, hi, arabic):
            live = []  # "عشية القمة العربية التي تنطلق … في وقت لاحق اليوم، … وفد الكويت التي تستضيف القمة": the
            # summit still ahead, told again
    attended = [j for j in live if "summit" in s.cues[j] and _after_purpose(s, lo, j)]
    if attended:
        live = [j for j in live if j not in attended]
        if venues is not None:
            _note_summit_venue(s, lo, hi, venues, arabic)
    plan = False
    if live and all([s.cues[j] & TRIGGER_KINDS == {"reception"} for j in live]) and not _persons_welcomed(s, lo, hi,
                                                                                                       roles):
        live = []  # "ایران از این توافق استقبال کرد": welcomed a deal, not a person
    if not live:
        if not triggers or plans is None or "future" not in sentence_cues or "negation" in sentence_cues \
                or "recall" in sentence_cues:
            return []
        live, plan = triggers, True  # "تستضيف طهران غدا الاجتماع الثلاثي": told as a plan
    if "call" in s.cues[live[0]] and "video" not in sentence_cues and len(live) > 1:
        # "في اتصال هاتفي جمع بين الوزيرين … تحقيق مقررات … القمة الثلاثية": a summit named after the call it opens
        # with is what they talked about
        live = [j for j in live if "summit" not in s.cues[j] or j == live[0]]
    trig = next((j for kind in ("meeting_verb", "call", "meeting") for j in live if kind in s.cues[j]), live[0])
    s_start, s_end = s.start[lo], s.end[hi - 1]
    actors = _without_speaker(s, _without_senders(s, actors_in(s, lo, hi, roles), trig), trig)
    his_earlier = _his_earlier_meetings(s, actors, live)
    if his_earlier is not None:  # "بعد لقائه بالرئيس الأرجنتيني …، أجرى ولي العهد … محادثات مع …": his, each
        actors = [a for a in actors if a not in his_earlier[1]]
    actors = _without_companions(s, _without_arrangers(s, _without_met_before(s, actors, live)))
    actors = _travellers_ahead_unnamed(s, _without_timed_people(s, actors))
    if arabic:
        actors = _within_report(s, lo, trig, actors)
    deed = _deed_clause(s, trig)
    if deed is not None:
        actors = [a for a in actors if a.tok < deed]
    ahead_at = _meeting_ahead_after(s, trig, hi)
    if ahead_at is not None and len({a.country for a in actors if a.tok < ahead_at}) >= 2:
        actors = [a for a in actors if a.tok < ahead_at]  # "التقى الشيباني نظيره الفرنسي …، قبيل انعقاد جولة
        # مفاوضات مع الجانب الإسرائيلي": the sides of the talks still ahead met no one here
    if not arabic and "pluperfect" in s.kinds and len(live) < len(triggers):
        for j in triggers:  # "در ادامه نشست سه جانبه وزرای خارجه افغانستان، چین و پاکستان که … برگزار شده بود": its
            k = _history_clause(s, j, hi) if j not in live else None  # states are no sides of the meeting told
            if k is not None:
                actors = [a for a in actors if not j < a.tok < k]
    if len(live) < len(triggers):
        placing = [j for j in triggers if j not in live and "summit" in s.cues[j] and _in_sideline(s, lo, j)]
        # "اجتمع على هامش هذا المؤتمر مع X": a summit word that only places the meeting stops no partner
        actors = _outside_cancelled(s, actors, [j for j in triggers if j not in placing], live)
    if "between" in sentence_cues and _between_states(s, lo, hi, arabic) and sentence_cues.isdisjoint(OCCURRED_KINDS) \
            and actors \
            and all(a.participant is None for a in actors) \
            and all(s.cues[j].isdisjoint({"meeting_verb", "call"}) for j in live):
        return []  # "المحادثات بين إيران والولايات المتحدة متعثرة": states, no person, talks not told as held
    paired = False
    if pair and len({a.country for a in actors}) < 2:
        k = _pair_word(s, lo, hi)
        if k is not None:  # "دو وزیر پنجم مهر نیز تلفنی گفتگو کرده بودند": the two of the meeting told before
            actors = [*[Actor(c, k, None) for c in pair if c not in {a.country for a in actors}],
                      *[a for a in actors if a.participant is None or not _sat_in(s, a.tok)]]
            paired = True  # "وعقد الرئيسان اجتماعا ثنائيا، بحضور ولي العهد …": the two met, the prince sat in
    named_sides = _adjacent_sides(s, live, hi) if sentence_cues.isdisjoint({"meeting_verb", "with", "sideline"}) \
        and len({a.country for a in actors}) >= 2 else []  # (not "وتعثرت المحادثات الإيرانية الأمريكية": no one met)
    if named_sides:  # "وتناولت القمة الأردنية الفلسطينية … تداعيات قرار الرئيس الأمريكي": the summit's own sides
        actors = [*named_sides, *[a for a in actors if a.participant and a.country in {x.country for x in named_sides}]]
    if len({a.country for a in actors}) < 2 and not sentence_cues.isdisjoint(OCCURRED_KINDS):
        sides = _noun_sides(s, live, lo, hi) or _subject_sides(s, live, lo)
        if sides:
            actors = [*sides, *[a for a in actors if a.country not in {x.country for x in sides}]]
    hosted_by = _hosting_state(s, lo, hi) if "host" in sentence_cues and len({a.country for a in actors}) >= 2 \
        and sentence_cues.isdisjoint(SIDELINE_KINDS) else None  # (not "در حاشیه اجلاس اکو که به میزبانی …")
    if hosted_by is not None:
        if hosted_by.country in {a.country for a in actors}:
            hosted_by = None
        else:
            actors = [*actors, hosted_by]  # "استضافت سلطنة عمان، السبت، الجولة الأولى من المحادثات الإيرانية
            # الأميركية": a host counts when the text says it hosts (GUIDE), in one meeting with the sides
            sentence_cues = sentence_cues | {"joint"}
    ahead = [j for j in triggers if j not in live and "summit" in s.cues[j]
             and (_next_session(s, j, hi) or j > lo and {"held", "purpose"} <= s.cues[j - 1])]
    # ("بالدعوة إلى عقد اجتماع طارئ لمجلس جامعة الدول العربية": a meeting called for is no forum of the talks)
    forums = [s.mention[j] for j in named if s.mention[j].kind == "forum" and not _forum_of_person(s, j)
              and not (_mention_head(s, j) > lo and s.text[_mention_head(s, j) - 1] in BETWEEN_WORDS)
              # (not "الاتفاقية … الموقعتين بين الإتحاد الأوروبي والمملكة المغربية": a party to a deal)
              and not any([0 < _mention_head(s, j) - k <= FORUM_AFTER_SUMMIT for k in ahead])]
    # (not "نشست آتی سازمان شانگهای")
    side_at = next((j for j in cued if s.cues[j] & SIDELINE_KINDS and (s.mention[j] is None or s.mention[j].kind
                                                                       != "forum")), None) \
        if not sentence_cues.isdisjoint(SIDELINE_KINDS) else None  # not "حاشیه" in "کشورهای حاشیه دریای خزر"
    sideline_forum = None
    if side_at is not None:
        after = [s.mention[j] for j in range(side_at, hi)
                 if s.mention[j] is not None and s.mention[j].kind == "forum"]
        weak = "sideline" not in s.cues[side_at]
        sideline_forum = after[0].entity if after else (None if weak else forum_default)
        if sideline_forum is None and not weak and _gathering_after(s, side_at, hi):
            sideline_forum = "OTHER"  # "على هامش الدورة الخامسة لمنتدى باريس للسلام": a gathering not on the list
        if sideline_forum is None:
            side_at = None
    future_host = side_at is not None and _host_is_future(s, side_at, hi)
    summit_word = any(["summit" in s.cues[j] and not _before(s, lo, j) for j in live])
    # a shared press conference ("در یک نشست خبری") is no summit for a meeting to be on the sidelines of
    summit_noun = any(["summit" in s.cues[j] and "press" not in s.cues[j] and not _before(s, lo, j)
                       and (j in live or not _later_today(s, j, hi) and not _holding_discussed(s, lo, j))
                       for j in triggers])
    # (not "… لدى وصوله … الى اعمال الدورة … التي تبدأ في وقت لاحق من مساء اليوم": no sidelines of it yet)
    call = _is_call(s, live)
    forum = sideline_forum or (forums[0].entity if forums else None)
    if forum is None and summit_word and not _indefinite_meetings(s, live, arabic):
        forum = forum_default  # (not "عقد … إجتماعا عالي المستوى برئيس الحكومة الإسباني": a meeting of their own)
    if side_at is None and (call or "call" in s.cues[min(live)]):
        forum = None  # a call is on no summit's sidelines: one named after it is its topic ("برگزاری نشست … اکو")
    country, city = (None, None) if call else _venue(s, lo, hi if arabic else _clause_after(s, trig, hi), trig,
                                                     arabic)
    sdates = _meeting_days([d for d in _dates_in(dates, s_start, s_end) if d.precision == "day"
                            and not _until(s, d) and not _of_what_came_before(s, d, trig)], published)
    if not sdates and (_in_past_year(s, dates, s_start, s_end, published)
                       or _in_later_period(dates, s_start, s_end, published)):
        return []
    base = dict(sentence=(s_start, s_end), trigger=_trigger_word(s, trig), evidence=[(s_start, s_end)],
                held=_told_held(s, lo, hi, arabic) or _spoke_at(s, lo, hi, live),
                location=country, city=city, forum=forum, sideline=side_at is not None, future_host=future_host,
                call=call, party=_welcome_party(s, lo, hi),
                welcome=s.text[trig].removeprefix("و") in RECEPTION_WORDS or s.text[trig] in WELCOMED_WORDS)
    countries = list(dict.fromkeys([a.country for a in actors]))
    out: list[Draft] = []
    split = _split_at(s, lo, hi, trig, arabic)
    coordinated = split is None and len(set(countries)) >= 3 and _coordinated_subjects(s, trig, actors)
    if his_earlier is not None and split is not None and split <= his_earlier[0].tok:
        # "بعد لقائه بالرئيس …، أجرى ولي العهد … محادثات مع …": the "with" of his own meeting, after him
        split = next((j + 1 for j in s.cued if j > his_earlier[0].tok and "with" in s.cues[j]), None)
    if split is not None and not arabic and any([split - 3 <= j < split for j in triggers if j not in live]):
        # "در آستانه سفر به اسلام آباد و مذاکره با مقامات این کشور، امروز با … دیدار کرد": the first "با" is a
        # meeting still ahead's; the partners are after the next one
        later = next((j + 1 for j in s.cued if j >= split and "with" in s.cues[j] and j + 1 < hi), None)
        if later is not None:
            actors = [a for a in actors if not split <= a.tok < later]
            countries = list(dict.fromkeys([a.country for a in actors]))
            split = later
    if split is not None and "purpose" in sentence_cues:
        actors = _outside_purpose(s, actors, split)
        countries = list(dict.fromkeys([a.country for a in actors]))
    host = _host_title(s, split, hi, actors, country) if not actors or actors[0].country != protagonist \
        or _is_envoy(actors[0]) and not _new_envoy(s, lo, actors[0].tok) else None  # "سفیر … ایران در کویت با وزیر
    # دیوان امیری": the article's envoy serving there meets the host's official
    if host is None and not arabic and split is not None and protagonist and country and country != protagonist \
            and not any([a.tok >= split for a in actors]) and _arrived_in(s, lo, split, country):
        # "باقری روز گذشته … وارد بیروت شد و با نخست وزیر، وزیر خارجه، رئیس پارلمان … دیدار کرد": the posts of
        # the state he arrived in, one meeting each
        actors = [*actors, *[Actor(country, j, Participant(s.mention[j].surface, None, s.mention[j].entity, country,
                                                           s.mention[j].start, s.mention[j].end))
                             for j in _bare_posts(s, split, hi)]]
        countries = list(dict.fromkeys([a.country for a in actors]))
    # (the article's own envoy abroad meets a bare title at home: "سفیر جدید ایران در گرجستان با وزیر امور خارجه")
    if host is None and side_at is None:
        received = _received(s, lo, hi)
        envoys_met = bool(actors) and all(map(_is_envoy, actors))  # "التقى … سفيرة المملكة المتحدة بصنعاء"
        place = country or (_served_in(s, lo, hi) if received else None) \
            or (named_most if envoys_met and not any([s.mention[j].kind == "forum" or s.mention[j].kind == "title"
                                                      and s.mention[j].entity in ORGANISATION_ROLES
                                                      for j in s.named]) else None)
        # ("رئيس الجمهورية عرض مع سفير بريطانيا": no place named, the state the text names most; not "استقبل الأمين
        # العام لمجلس التعاون سفير رومانيا": an organisation's official)
        before = place is None and received and host_before is not None  # "وفي وقت سابق استقبل وزير الدفاع، وزيرَ
        # الدولة لشؤون الدفاع بدولة الإمارات": where the same host received the guests told before
        host = _bare_title_host(s, lo, actors, host_before if before else place, received or envoys_met)
        if host is not None and not envoys_met and not before and protagonist and protagonist != host.country \
                and protagonist not in countries and protagonist in (post_states or {}).get(host.participant.role, ()):
            # "وبحث وزير الخارجية مع نظيرته الكورية الجنوبية … في برلين", in a text about Jordan's foreign
            # minister abroad: the article's own minister, not the venue's
            host = Actor(protagonist, host.tok, replace(host.participant, country=protagonist))
    if host is not None:
        actors = sorted([*actors, host], key=lambda a: a.tok)  # in the order the sentence names them
        countries = [*countries, host.country]
    summoned = _summoned_to_ministry(s, lo, hi) if len(set(countries)) == 1 and protagonist \
        and protagonist not in countries else None
    if summoned is not None:  # "سفیر جمهوری آذربایجان به وزارت امور خارجه احضار شد": the ministry's state met him
        actors = sorted([*actors, Actor(protagonist, summoned, None)], key=lambda a: a.tok)
        countries = [*countries, protagonist]
    elif len(set(countries)) == 1 and actors and all(map(_is_envoy, actors)):
        summoner = _summoner(s, lo, hi, countries[0], protagonist)
        if summoner is not None:  # "روسیه سفیر آلمان را احضار کرد", "سفیر آلمان در ایران … احضار شد"
            actors = sorted([*actors, Actor(summoner[0], summoner[1], None)], key=lambda a: a.tok)
            countries = [*countries, summoner[0]]
    if split is not None and not any([split <= a.tok <= split + 7 for a in actors]) \
            and not (_person_after_name(s, _past_quantifier(s, split, hi), hi)
                     and any([a.tok > split for a in actors])):
        split = None  # "با هدف", "با اشاره به": not "with" a person ("با مقامات … کشورها، وزیران خارجه ژاپن" is)
    if split is not None and arabic and "meeting_verb" in s.cues[trig] and trig < split \
            and "with" not in s.cues[split - 1] \
            and len({a.country for a in actors if trig < a.tok < split}) >= 2 \
            and not _plural_subject(s, trig, split):
        split = None  # "التقى شي عدداً من الزعماء، بينهم علييف وباشينيان، كما التقى بمودي": objects before the ب+
        # (not "التقى مسؤولون كبار من قطر والعراق بوزير كوري": officials of both, the subject, met the one after ب+)
    earlier: list[Actor] = []
    each: list[Participant] = []  # people met one by one, when the sentence lists them
    if split is None and arabic and "meeting_verb" in s.cues[trig]:
        host = _titled_host(s, trig, hi, actors, country or protagonist)
        if host is not None:  # "استقبل وكيل وزارة الخارجية كلا من A وB": the host's official, one by one
            actors, split = [host, *actors], host.tok + 1
            countries = list(dict.fromkeys([a.country for a in actors]))
    if (split is None or split > trig + ENVOY_PHRASE) and not arabic and trig > lo and s.text[trig - 1] == "در" \
            and _envoy_after(s, trig, hi) and not any([a.tok < trig for a in actors]):
        split = trig + 1  # "جبارزاده در دیدار سرکنسول جمهوری ترکیه در تبریز …", "در دیدار خداحافظی چتین تانر،
        # سرکنسول …": the envoy is whom he met
    if split is None and arabic and "meeting_verb" in s.cues[trig] and not coordinated:
        present = next((j for j in range(trig + 1, hi) if s.text[j] in ATTENDED_WORDS), hi)
        after = [a for a in actors if trig < a.tok < present]  # not "في حضور الوزير العطية … والوزير طعمة"
        before = {a.country for a in actors if a.tok < trig}
        again = next((j for j in s.cued if j > trig and "meeting_verb" in s.cues[j] and s.text[j][:1] == "و"), None)
        if again is not None and len({a.country for a in after if a.tok < again}) == 1 \
                and any([a.tok > again for a in after]):
            # "وكان ولي العهد التقى رئيس وزراء الهند والتقى الرئيس الفرنسي": each verb has its own object
            split = trig + 1
        elif len(before) == 1 and len({a.country for a in after} - before) >= 2 \
                and (not any(["meeting" in s.cues[j] for j in s.cued if j < trig])
                     or s.text[trig - 1] in WHERE_WORDS and _listed_after(s, after)):
            # "أن الرئيس الصيني شي التقى عدداً من الزعماء، بينهم علييف وباشينيان": the subject before the verb
            split = next(a.tok for a in after if a.country not in before)
        elif not before and after and trig > lo and s.text[trig - 1] in WHERE_WORDS and _listed_after(s, after):
            # "رحّبوا بسمو ولي العهد، حيث التقى رئيس الوزراء الهندي …، والرئيس الفرنسي …": all met by the person
            # named last before "حيث"
            near = next((j for j in range(trig - 1, lo - 1, -1) if s.mention[j] is not None
                         and s.mention[j].kind == "official" and s.mention[j].country), None)
            if near is not None and s.mention[near].country not in {a.country for a in after}:
                actors = [Actor(s.mention[near].country, near, _participant(s.mention[near])), *actors]
                countries = list(dict.fromkeys([a.country for a in actors]))
                split = after[0].tok
        elif after and len({a.country for a in after}) >= 2 \
                and any([s.text[j] in NAMELY_WORDS for j in range(trig + 1, after[0].tok)]):
            # "كما التقى خلال الزيارة عدداً من رؤساء … الدول المشاركة … وهم رؤساء الصين وروسيا": all of them were
            # met; the subject is the verb's own
            split = next(j for j in range(trig + 1, after[0].tok) if s.text[j] in NAMELY_WORDS) + 1
        elif len({a.country for a in after}) >= 2 and not _plural_subject(s, trig, hi):
            # (not "اجتمع وزراء خارجية بلدان المغرب العربي … كل من المغرب والجزائر …": the plural subject met together)
            first = after[0].country
            split = next(a.tok for a in after if a.country != first)
            earlier = [a for a in _earlier_partners(s, lo, trig, actors) if a.country != first]
            actors = after
            countries = list(dict.fromkeys([a.country for a in actors]))
    if split is None and arabic:  # "وشملت لقاءات سموه كلا من الوزير A والوزير B": he met each of them
        k = _each_of_at(s, lo + 1, hi)
        if k is not None and any(_met_word(s, j) for j in range(max(lo, k - 6), k - 1)):
            before = {a.country for a in actors if a.tok < k and a.participant is not None}
            if len(before) == 1 and len({a.country for a in actors if a.tok > k} - before) >= 2:
                split = k + 1  # (not "في العاصمة المغربية الرباط … لمجلس وزراء خارجية كل من …": a place met no one)
    if split is None and actors and _also_received(s, lo, hi):
        # "أثناء استقبال سموه وزير الداخلية المصري …، وكذلك وزير الداخلية الأردني": the first named receives each
        first = min(actors, key=lambda a: a.tok)
        others = [a for a in actors if a.country != first.country]
        if len({a.country for a in others}) >= 2 and all([a.tok > first.tok for a in others]):
            split = min([a.tok for a in others])
    noun, own = next(((j, g) for j in live if arabic and split is not None and j < split
                      and (g := _genitive_state(s, j, split)) is not None), (None, None))
    if noun is not None and any([a.tok < noun and a.country != own for a in actors]):
        # "باطلاع الرئيس الفلسطيني على تفاصيل لقاء العاهل الأردني مع مايك بنس": the noun's own person met him,
        # who is told of it did not
        actors = [a for a in actors if a.tok > noun or a.country == own]
        countries = list(dict.fromkeys([a.country for a in actors]))
    subj = [a for a in actors if split is None or a.tok < split]
    part = [a for a in actors if split is not None and a.tok >= split]
    subj_c = list(dict.fromkeys([a.country for a in subj]))
    part_c = [c for c in dict.fromkeys([a.country for a in part]) if c not in subj_c]
    titled = _titled_subject(s, lo, split, part_c, post_states) if split is not None and not subj_c and part_c \
        else None
    served = _envoys_serve_in(s, part, hi) if titled is None and split is not None and not subj_c and part_c \
        else None
    if served is not None and served not in part_c and "first_person" not in sentence_cues \
            and (protagonist is None or served == protagonist or protagonist in part_c
                                                         or _place_named_before(s, lo, split, served)):
        titled = served  # "رضا رحمانی … در دیدار با مسلم آیگون سرکنسول جدید ترکیه در ارومیه": the host state's;
        # "بخت‌الرحمن شرافت؛ سرپرست این اداره با سفیر ترکمنستان در کابل": with no home, where the envoy serves
    if titled is not None:  # "واجتمع الملك اليوم بوزير الدفاع الأمريكي": the king the article names, Jordan's
        subj_c = [titled]
        countries = list(dict.fromkeys([titled, *countries]))
    elif split is not None and not subj_c and len(part_c) == 1 and pair and part_c[0] in pair \
            and len(set(pair)) == 2 and (any([s.text[j] in PRONOUNS for j in range(lo, split)])
                                         or s.mention[lo] is None and not s.cues[lo] and s.text[lo].isalpha()) \
            and any([s.text[j] in ALSO_WORDS for j in range(lo, max(split, trig + 1))]):
        # "… وزیر خارجه قطر … با چاووش اوغلو دیدار کرد. وی همچنین با اردوغان دیدار …": "he also" (or a name no table
        # knows, "آقاجعفری همچنین … در ملاقات با …") is the one who met the partner's state just before
        subj_c = [c for c in pair if c != part_c[0]]
        countries = list(dict.fromkeys([*subj_c, *countries]))
    elif split is not None and not subj_c and part_c and (told := _ministry_told(s, lo, split)) is not None \
            and told not in part_c:
        # "أعلنت وزارة الداخلية الايطالية أن الوزيرة لوتشانا لامورجيزي، أجرت محادثة هاتفية مع …": the ministry's
        # own minister
        subj_c = [told]
        countries = list(dict.fromkeys([told, *countries]))
    elif split is not None and not subj_c and len(part_c) == 1 and country is not None and country != part_c[0] \
            and _visiting(s, split, hi, country):
        # "عقب مباحثات أجراها بالجزائر العاصمة مع نظيره التونسي، الذي يقوم بزيارة عمل إلى الجزائر": the host
        # whose state the guest is visiting
        subj_c = [country]
        countries = list(dict.fromkeys([country, *countries]))
    elif split is not None and not subj_c and part_c and protagonist \
            and protagonist not in [a.country for a in _met(s, part)] \
            and ("first_person" in sentence_cues
                 or any(s.mention[j] is not None and s.mention[j].kind == "title" or s.text[j] in PRONOUNS
                        or s.text[j] in ADDRESS_WORDS for j in range(lo, split))
                 or not arabic and any(["person" in s.cues[j] and s.text[j] in POST_HEADS_FA for j in range(lo, split)])
                 or not arabic and _subject_dropped(s, lo, split)
                 or not arabic and not PEOPLE_SUBJECTS_FA.isdisjoint(s.text[lo:split])
                 and all([s.mention[j] is None for j in range(lo, split)])  # "نمایندگان مجلس با …": of home
                 or arabic and _verb_then_partners(s, lo, split)
                 or arabic and split - lo > 2 and s.text[lo].removeprefix("و") == "جاء" and s.text[lo + 1] == "ذلک"):
        # "وی … با وزیر خارجه نروژ": he, the article's protagonist; "نوشت: … با وزیر خارجه عمان داشتم": I;
        # "جاء ذلك خلال اتصال هاتفي تلقاه من …": what he said just before;
        # "زار مصر … والتقى بالرئيس السيسي": the verb's own "he"; his own ministers "في حضور" are no side he met
        subj_c = [protagonist]
        part_c = [c for c in part_c if c != protagonist]
        countries = list(dict.fromkeys([protagonist, *countries]))
    elif split is not None and not subj_c and len(part_c) >= 2 and protagonist in part_c and not arabic \
            and all([s.cues[k] or s.text[k] in LIST_WORDS for k in range(lo, split)]) \
            and any([not s.cues[k].isdisjoint(NOUN_KINDS) for k in range(lo, split)]):
        # "دیدار و گفتوگو با «لوئیس آرسه» رئیس جمهور بولیوی … در محل اقامت پزشکیان انجام شد": a sentence that opens
        # with the meeting and its partner; the article's protagonist, named after, is who met him
        subj_c = [protagonist]
        part_c = [c for c in part_c if c != protagonist]
    elif split is not None and not subj_c and len(set(part_c)) == 1 and pair is not None and part_c[0] in pair \
            and not arabic and split - lo <= DELEGATION_REACH and s.text[lo] in DELEGATION_WORDS_FA:
        # "هیات پارلمانی ایران … با بشار اسد … دیدار کرد. هیات پارلمانی سپس با ولید معلم … دیدار کرد": the
        # delegation of the meeting told before, its other side
        subj_c = [next(c for c in pair if c != part_c[0])]
        countries = list(dict.fromkeys([*subj_c, *countries]))
    elif split is not None and not subj_c and part_c and protagonist in part_c and last_person \
            and last_person != part_c[0] and any([s.text[j] in PRONOUNS or s.text[j].removeprefix("و") in HIS_MEETINGS
                                                   for j in range(lo, split)]):
        # "سفیر امارات … . او دیروز با امیرخان متقی دیدار کرد": "he" is the person just named, not the one met;
        # "وجاء ذلك خلال اجتماعه أمس مع نظيره الروسي": his meeting, the one named before (his state named later,
        # "… قوله لرئيس الوزراء الروسي إن الصين …", is what he said)
        subj_c = [last_person]
        part_c = [c for c in part_c if c != last_person]
        countries = list(dict.fromkeys([last_person, *countries]))
    elif split is None and arabic and protagonist and len(countries) == 1 and protagonist not in countries \
            and side_at is None and _also_received_alone(s):
        # "كما استقبل الشيخ سعود … وزير الدولة لشؤون الدفاع في دولة قطر": received by the host told before
        countries = [protagonist, *countries]
    elif split is None and arabic and "meeting_verb" in s.cues[trig] and protagonist \
            and len([a for a in actors if a.tok < _discussed_from(s, trig)]) == 1 \
            and protagonist not in countries and not summit_word and side_at is None \
            and _one_state_once(s, trig):
        # "والتقى خلال الزيارة وزير الخارجية النرويجي": one person named after the verb, the other side left to
        # the article's protagonist (as the verb's implied subject, or as the partner it met); a country named
        # twice ("الرئيس السوري وفدا من البرلمان السوري") is an internal meeting
        countries = [protagonist, *countries]
    elif split is None and arabic and s.text[trig].removeprefix("و") in HIS_MEETING_WORDS and protagonist \
            and len(countries) == 1 and protagonist not in countries and side_at is None:
        # "جاء ذلك في تصريح للصحفيين، خلال استقباله رئيس دولة الإمارات": "his", the article's protagonist
        countries = [protagonist, *countries]
    elif split is None and arabic and protagonist and len(countries) == 1 and protagonist not in countries \
            and side_at is None and _bare_guest_welcomed(s, trig):
        # "وكان في استقبال الرئيس … لدى وصولهم إلى مطار أمبولي الدولي في جيبوتي، رئيس جيبوتي": the guest is the
        # bare title, the article's protagonist
        countries = [protagonist, *countries]
    elif split is None and arabic and "meeting_verb" in s.cues[trig] and protagonist and len(countries) == 1 \
            and protagonist not in countries and not summit_word and side_at is None \
            and len(_listed_people(s, trig, actors)) >= 2:
        # "وخلال هذه الزيارة، التقى رئيس الوزراء X، والرئيس Y، ورئيس مجلس النواب Z": people of one country listed
        # after the verb, each met by the article's protagonist (a subject would not be listed with و)
        each = _listed_people(s, trig, actors)
        countries = [protagonist, *countries]
    if len(countries) == 1 and protagonist is None and states_named and _counterpart_of_state(s, countries[0]):
        # "لقاء ثنائي بين … وزير النقل الدكتور عبدالسلام حُميد ونظيره المصري", in a Yemeni outlet that names Yemen
        # elsewhere: his counterpart is another state's, the one the text names most
        other = next((c for c in states_named if c != countries[0]), None)
        if other is not None:
            countries = [other, *countries]
    phrases = _noun_summits(s, live, lo, hi) if not sentence_cues.isdisjoint(OCCURRED_KINDS) \
        and not any([a.participant for a in actors]) else []
    if not (len(phrases) >= 2 or any([f for _, _, f in phrases])):
        phrases = []
    if forum is not None and not forums and sideline_forum is None and len(set(countries)) == 2 \
            and (_only_meeting_between(s, live, hi) or any([not COMMISSION_WORDS.isdisjoint(s.text[j:j + 2])
                                                              for j in live])):
        # (a joint commission's session, "نشست کمیسیون دائمی همکاری های … ایران و روسیه", is the two states' own)
        forum = base["forum"] = None  # "نشست بین هیاتهای دیپلماتیک ایروان و باکو … در برلین": the two states' own
        # meeting, not one of the forum the article is about
    is_summit = (summit_word and (forum is not None or len(countries) >= 3 or "joint" in sentence_cues)
                 and side_at is None and "separate" not in sentence_cues) \
        or not countries and side_at is None and base["held"] and _forum_talks(s, live, lo, hi)
    received = _credentials_received(s, lo, hi, trig, actors, country or protagonist or named_most)
    if received is None and "credentials" in sentence_cues:
        received = _credentials_presented(s, lo, hi, actors, country or protagonist or named_most)
    if received is None:
        received = _envoys_received_each(s, lo, hi, trig, actors, protagonist, named_most)
    if received is None and arabic:
        received = _welcomed_each(s, trig, actors, country, named_most)
        if received is not None and base["location"] is None:
            base["location"] = received[0]  # they arrived there
    tour = _tour(s, lo, hi, actors) or _trip_to_these(s, lo, hi, actors, protagonist)
    if tour is not None:  # "قام بجولة اقليمية شملت لبنان، سورية، السعودية": one meeting at each stop
        traveler, stops = tour
        for c in stops:
            out.append(Draft("bilateral", sorted([traveler, c]),
                             [a.participant for a in actors if a.participant and a.country == traveler],
                             **{**base, "location": c, "city": None}))
    elif received is not None:
        host, guests = received  # "تسلم الرئيس أوراق اعتماد سفراء البحرين ومالطا": one audience for each envoy
        for c in guests:  # held in the host's state, where the envoys serve
            out.append(Draft("bilateral", sorted([host, c]),
                             [a.participant for a in actors if a.participant and a.country in (host, c)],
                             **{**base, "location": base["location"] or host}))
    elif phrases:
        for _, sides, phrase_forum in phrases:
            if phrase_forum is not None and country is not None and country not in sides:
                sides = [*sides, country]  # "القمة الخليجية الصينية" in Riyadh: the GCC side is hosted there
            kind = "bilateral" if len(sides) == 2 and phrase_forum is None else "multilateral"
            out.append(Draft(kind, sorted(sides) if kind == "bilateral" else sides, [],
                             **{**base, "forum": phrase_forum}, summit=kind == "multilateral"))
    elif coordinated and split is None and not is_summit:
        # "بحث وزير الخارجية الإماراتي …، ووزير خارجية السعودية …، و وزير خارجية الولايات المتحدة …": they met together
        out.append(Draft("multilateral", countries, _people_of(actors), **base))
    elif is_summit and (split is None or len(part_c) == 0):
        # "انطلقت في مدينة تيانجين أعمال قمة منظمة شنغهاي": a summit in session, no side named but its venue
        sides = countries or ([country] if forums and country else [])  # the forum named here, not the default
        out.append(Draft("multilateral", sides, _people_of(actors), summit=True, venue_only=not countries,
                         sideless=not sides and bool(forums) and base["held"], **base))
    elif split is not None and not subj_c and len(part_c) >= 2:
        pass  # "with the ministers of A and B" and no subject: who met whom is not said
    elif split is not None and len(subj_c) >= 2 and len(part_c) == 1 and call and _joined_list(s, subj):
        # "أجرى سعود الفيصل …، وخالد بن أحمد …، وعبدالله بن زايد …، اتصالاً هاتفياً مع وزير الخارجية التركي": one
        # call of them all
        out.append(Draft("multilateral", [*subj_c, *part_c], _people_of(actors), **base))
    elif split is not None and len(subj_c) >= 2 and len(part_c) == 1 and "separate" not in sentence_cues \
            and _delegates_of(s, subj, lo):
        # "نمایندگان کشورهای چین، روسیه و پاکستان … با ملامحمدحسن آخوند … دیدار": the delegates together
        out.append(Draft("multilateral", [*subj_c, *part_c], _people_of(actors), **base))
    elif split is not None and len(subj_c) >= 2 and len(part_c) == 1 and "joint" not in sentence_cues:
        hosts = [c for c in subj_c if not _invited_by(s, lo, min([a.tok for a in subj if a.country == c]))]
        for c in hosts or subj_c:  # "the defence ministers of Russia and China, in meetings with Iran's"
            out.append(Draft("bilateral", sorted([c, part_c[0]]),
                             [a.participant for a in actors if a.participant and a.country in (c, part_c[0])], **base))
    elif split is not None and len(subj_c) == 1 and len(part_c) == 1 and forum and side_at is None \
            and (_members_meet(s, lo, split) or _members_met(s, split, hi)):
        # "the ministers of the member states met the president of X": the organisation's meeting
        out.append(Draft("multilateral", subj_c + part_c, [a.participant for a in actors if a.participant],
                         summit=True, **base))
    elif split is not None and len(subj_c) == 1 and part_c:
        # "با وزرای خارجه ایران و ترکیه": one shared title makes a joint meeting, but calls are one by one
        # on the sidelines, "the FMs of A, B, C, D, E"; "اجتمع بكلا من وزير خارجية A وB وC": each of them
        listed = (side_at is not None or not TRIP_WORDS.isdisjoint(s.text[lo:split])) and len(part_c) >= MANY_MET \
            or _each_of(s, lo, split) or _also_received(s, split, hi)
        # "در روز دوم این سفر … با روسای جمهور روسیه، پاکستان، تاجیکستان، …"; "استقبال سموه وزير الداخلية المصري
        # والوفد المرافق له، وكذلك وزير الداخلية الأردني": one by one
        joint = ("joint" in sentence_cues or "video" in sentence_cues
                 or not call and not listed and (_shared_title(s, part, lo) or _one_held(s, lo, trig))) \
            and "separate" not in sentence_cues  # "video": "عبر تقنية الفيديو": one screen for all of them
        if len(part_c) >= 2 and joint:
            out.append(Draft("multilateral", subj_c + part_c, [a.participant for a in actors if a.participant], **base))
        else:
            many = not arabic and _plural_meeting_noun(s, lo, split)  # "گفتگوهای … با رئیسجمهور، وزیر …"
            for c in part_c:
                people = _distinct_people(_met(s, [a for a in part if a.country == c]))
                if ("separate" in sentence_cues and not APART_WORDS.isdisjoint(s.text[lo:hi]) or many) \
                        and len(people) <= 1:
                    # "در دیدارهای جداگانه با رئیس‌جمهور، نخست‌وزیر و رئیس شورای‌عالی قضایی این کشور": each post
                    people = _titles_listed(s, split, min([a.tok for a in part if a.country == c]), c) or people
                if len(people) > 1 and not any([p.name_en or p.start is not None or p.role in HEAD_POSTS
                                                for p in people]) and "separate" not in sentence_cues and not many:
                    # posts without names met in one reception ("السفير التركي … وقائد السفينة الحربية التركية"):
                    # one meeting (GUIDE: one per named official); a head of state's post is someone apart
                    people = people[:1]
                if len(people) > 1 and _attendees_told(s):
                    people = people[:1]  # "… والمعلم وبثينة شعبان …، شاركوا في الاجتماع": who sat in, one meeting
                subj_people = [a.participant for a in subj if a.participant]
                if len({p.name_en for p in subj_people if p.name_en}) >= 2:
                    people = people[:1]  # "أجرى فيدان وغولر وكالين محادثات مع وزير الخارجية السوري … ووزير الدفاع …
                    # ورئيس المخابرات": two delegations, one meeting
                for person in people or [None]:
                    ps = subj_people + ([person] if person else [])
                    out.append(Draft("bilateral", sorted([subj_c[0], c]), ps, **base,
                                     at=next(a.tok for a in part if a.country == c)))
    elif len(countries) == 2 and each:
        for person in each:
            out.append(Draft("bilateral", sorted(countries), [person], **base))
    elif len(countries) == 2 and not _with_a_group(s, actors):
        # (not "دیپلمات‌های ایرانی و آمریکایی با اروپایی‌ها دیدار کردند": both met others no state is named for)
        out.append(Draft("bilateral", sorted(countries), [a.participant for a in actors if a.participant], **base))
    elif len(countries) >= 3 and split is None and (hub := _first_between(s, actors) or protagonist) in countries \
            and any([s.text[j] in APART_WORDS for j in s.cued if "separate" in s.cues[j]]):
        for c in countries:  # "دیدار رؤسای جمهور ایران، کرواسی و قزاقستان به طور جداگانه برگزار شد": the
            if c != hub:  # article's protagonist met each of the others ("لقاءات منفردة بين رئيس الوزراء مصطفى
                # الكاظمي وضيفيه المصري والأردني": the first after "بين")
                out.append(Draft("bilateral", sorted([hub, c]),
                                 [a.participant for a in actors if a.participant and a.country in (c, hub)], **base))
    elif len(countries) >= 3 and (summit_word or not sentence_cues.isdisjoint({"joint", "video"})
                                  or _attended_by(s, actors)
                                  or not call and _shared_title(s, actors, lo) or _among(s, actors)):
        if "separate" not in sentence_cues:
            # a trilateral "در حاشیه نشست سران شانگهای" is its own meeting beside the summit, which it implies
            out.append(Draft("multilateral", countries, [a.participant for a in actors if a.participant],
                             summit=summit_word and side_at is None, **base))
    elif summit_word and forum and countries and side_at is None:
        out.append(Draft("multilateral", countries, _people_of(actors), summit=True, **base))
    elif forums and len(countries) == 1 and "separate" in sentence_cues and "with" in sentence_cues \
            and side_at is None and _counterparts_of_forum(s):
        # "يلتقي وزير الدفاع الروسي اليوم مع نظرائه من الدول الأعضاء في منظمة شنغهاي": the organisation's meeting
        out.append(Draft("multilateral", countries, _people_of(actors), summit=True, **base))
    elif side_at is not None and len(countries) < 2:
        out.append(Draft("note", countries, [], **base))
    for d in out if hosted_by is not None else ():
        if d.kind == "multilateral":
            d.hosted_by = hosted_by.country
    for c in dict.fromkeys([a.country for a in earlier]):  # "وإلى جانب لقائه برئيسها X، التقى الأسد Y"
        out.append(Draft("bilateral", sorted([subj_c[0], c]),
                         [a.participant for a in earlier + subj if a.participant], **base))
    if "this_meeting" in sentence_cues and his_earlier is None and not _own_meeting_after(s, trig, actors, out) \
            and not _meetings_of_the_trip(s, out):  # ("وبعد اللقاء مع الاسد عقد متكي اجتماعا مع …": his own next)
        note = Draft("note", countries, [a.participant for a in actors if a.participant], **base)
        note.fallback = out  # used only if no meeting was told before this sentence
        note.summit = summit_noun  # "در این اجلاس": about the summit itself
        out = [note]
        trig = next(j for j in range(lo, hi) if "this_meeting" in s.cues[j])
    if paired:  # the two met again, or their meeting goes on: nothing but that pair's meeting
        out = [d for d in out if d.kind in ("bilateral", "note")]
    if his_earlier is not None:
        subject, met = his_earlier
        for c in dict.fromkeys([a.country for a in met]):
            out.append(Draft("bilateral", sorted([subject.country, c]),
                             [subject.participant, *[a.participant for a in met if a.country == c and a.participant]],
                             **{**base, "evidence": list(base["evidence"])}))
    rel = _relative_before_verb(s, lo, trig) if arabic else trig
    day = _nearest_date([d for d in sdates if not s.start[rel] <= d.start < s.start[trig]], s.start[trig])
    vague = (day is None or published is not None and day.how == "stated" and day.iso == published.isoformat()) \
        and _last_week(s)  # "دمشق، 27 نيسان (سانا) - التقى … الأسبوع الماضي": the dateline is not its day
    if vague:
        day = None
    partners = sorted({d.at for d in out if d.at is not None}) if len(sdates) > 1 else []
    own_days = {p: _partner_day(s, sdates, p, partners) for p in partners}
    if len(own_days) < 2 or None in own_days.values():
        own_days = {}  # "نظيره الروسي أمس، ونظيره الصيني يوم الخميس": only when every partner has a day of its own
    for draft in out + [f for d in out for f in d.fallback]:
        draft.date = own_days.get(draft.at, day)
        draft.explicit_date = day is not None
        draft.vague = vague
        if draft.kind == "bilateral" and summit_noun and draft.forum and not draft.sideline:
            draft.sideline = True
    out = [o for d in out for o in _one_per_official(s, d, actors)]
    out += _more_summits_listed(s, lo, hi, out, forums)
    if _one_apart_meeting(s, lo, hi) and len({tuple(d.countries) for d in out if d.kind == "bilateral"}) == 1:
        for d in out:
            d.apart = d.kind == "bilateral"
    another = _another_meeting(s, lo, hi)
    pairs = [d for d in out if d.kind == "bilateral"]
    if another is not None and len({tuple(d.countries) for d in pairs}) == 1:
        # "وعقد أقار وغانتس لقاءً ثنائيًا وآخر على مستوى الوفود": the text counts out two meetings
        out.append(replace(pairs[0], participants=list(pairs[0].participants), evidence=list(pairs[0].evidence),
                           apart=True, at=another, fallback=[]))
    if plan and plans is not None:
        plans.extend([d for d in out if d.kind != "note"] + [f for d in out for f in d.fallback])
        return []
    return out


def _more_summits_listed(s: Sentence, lo: int, hi: int, out: list[Draft], forums: list[Mention]) -> list[Draft]:
    """A copy of the sentence's one summit for each other forum listed after it with "و" ("ترأس وفد دولة الكويت
    في القمة الطارئة لمجلس التعاون … والقمة العربية الطارئة والدورة الرابعة عشرة لمؤتمر القمة الإسلامي"): a
    summit of each forum, with the same sides."""
    summits = [d for d in out if d.kind == "multilateral" and d.summit and not d.sideline and d.forum]
    if len(summits) != 1 or len({m.entity for m in forums}) < 2:
        return []
    first, seen, more = summits[0], {summits[0].forum}, []
    for m in forums:
        j = next(k for k in range(lo, hi) if s.mention[k] is m)
        joined = any([s.text[k].startswith("و") and "summit" in s.cues[k]
                      for k in range(max(lo, j - SUMMIT_LIST_GAP), j + 1)])
        if m.entity not in seen and joined:
            seen.add(m.entity)
            more.append(replace(first, forum=m.entity, countries=list(first.countries),
                                participants=list(first.participants), evidence=list(first.evidence)))
    return more


SUMMIT_LIST_GAP = 4  # tokens from a listed summit's "و" to its forum: "والدورة الرابعة عشرة لمؤتمر القمة الإسلامي"


def _one_apart_meeting(s: Sentence, lo: int, hi: int) -> bool:
    """Whether the sentence tells one meeting as separate from those told before ("سپس سفیر تاجیکستان جلسه
    جداگانه ای با معاون اول … داشت", "وعقد لقاء منفصلا مع …"): a meeting noun, then a singular "separate".

    >>> none = frozenset()
    >>> s = Sentence(["جلسه", "جداگانه", "ای"], [0, 5, 13], [4, 12, 15], [frozenset({"summit"}), none, none])
    >>> _one_apart_meeting(s, 0, 3)
    True
    """
    if APART_ONE.isdisjoint(s.text):
        return False  # most sentences tell nothing apart
    return any([s.text[k] in APART_ONE and not TRIGGER_KINDS.isdisjoint(s.cues[k - 1])
                and (s.text[k] not in INDEFINITE_APART or k + 1 < hi and s.text[k + 1] == "ای")
                for k in range(lo + 1, hi)])


def _another_meeting(s: Sentence, lo: int, hi: int) -> int | None:
    """The token of "وآخر"/"وأخرى" right after a meeting noun and its adjective, naming a second meeting ("لقاءً
    ثنائيًا وآخر على مستوى الوفود", "جلسة مباحثات ثنائية وأخرى موسعة"); not "وآخر التطورات" (the latest news)."""
    if ANOTHER_WORDS.isdisjoint(s.text):
        return None
    for k in range(lo + 1, hi):
        if s.text[k] in ANOTHER_WORDS and any([not TRIGGER_KINDS.isdisjoint(s.cues[x])
                                                 and "meeting_verb" not in s.cues[x]
                                                 for x in range(max(lo, k - ANOTHER_REACH), k)]) \
                and (k + 1 == hi or not s.text[k + 1].startswith("ال")):
            return k
    return None


ANOTHER_WORDS = frozenset("واخر واخری".split())  # folded "وآخر", "وأخرى": and another (meeting)
ANOTHER_REACH = 3  # tokens from the meeting noun to "وآخر": "لقاءً ثنائيًا وآخر"


APART_ONE = frozenset("جداگانه جداگانهای منفصل منفصلا".split())  # folded: one meeting apart
INDEFINITE_APART = frozenset({"جداگانه"})  # "جلسه جداگانه ای" (one), not "دیدارهای جداگانه" (several)


def _one_per_official(s: Sentence, d: Draft, actors: list[Actor]) -> list[Draft]:
    """A bilateral draft in which one official met two or more officials of the other side named one after
    another after him: one meeting each, as the text counts them ("وسبق لبوريطة إجراء مباحثات موسعة بمعية الرئيس
    الموريتاني محمد ولد الشيخ الغزواني … ووزير الشؤون الخارجية إسماعيل ولد الشيخ أحمد"). Not a letter's ends, nor
    who attended ("بحضور")."""
    if d.kind != "bilateral" or d.call or len(d.participants) < 3:
        return [d]
    toks = {id(a.participant): a.tok for a in actors if a.participant is not None}
    people = [p for p in d.participants if id(p) in toks and (p.name_en or p.role not in UNTELLING_ROLES)]
    sides: dict[str, list[Participant]] = {}  # (a named spokesman met is someone: "رئيس وفد الحوثيين محمد عبدالسلام")
    for p in people:
        sides.setdefault(p.country, []).append(p)
    if len(sides) != 2:
        return [d]
    (_, first), (_, second) = sorted(sides.items(), key=lambda kv: min(toks[id(p)] for p in kv[1]))
    named = list({p.name_en: p for p in second if p.name_en}.values())
    if len({p.name_en or p.role for p in first}) != 1 or len(named) < 2 \
            or max(toks[id(p)] for p in first) > min(toks[id(p)] for p in second):
        return [d]
    present_from = next((j for j in range(max(toks[id(p)] for p in first), len(s.text))
                         if s.text[j].removeprefix("و") in PRESENCE_WORDS), len(s.text))
    named = [p for p in named if toks[id(p)] < present_from]  # "بحضور وزير الخارجية … والمستشارة …": present
    if len(named) < 2:
        return [d]
    if any([s.text[j].removeprefix("و") in PRESENCE_WORDS for p in named
            for j in range(max(0, toks[id(p)] - 4), toks[id(p)])]) \
            or any([w.lstrip("وبلف") in LETTER_WORDS for w in s.text]):
        return [d]  # "محملا برسالة شفوية … من العاهل": whom a letter is from is not met
    return [replace(d, participants=[first[0], p], evidence=list(d.evidence), fallback=[]) for p in named]


# folded: received; "شهد قصر بعبدا تقديم أوراق اعتماد ستة سفراء": the presentation the host's palace saw
RECEIVE_WORDS = frozenset("تسلم یتسلم استلم یستلم تقبل یتقبل تلقی دریافت تقدیم".split())


def _credentials_received(s: Sentence, lo: int, hi: int, trig: int, actors: list[Actor],
                          home: str | None) -> tuple[str, list[str]] | None:
    """(host, envoys' states) when the sentence tells credentials received from the envoys of two or more
    states, after the credentials word: "تسلم رئيس الجمهورية أوراق اعتماد سفراء البحرين ومالطا والبرتغال". The
    host is the state of whom receives them, named before that word, else where it happened (``home``)."""
    at = next((j for j in range(trig, min(hi, trig + 2)) if "credentials" in s.cues[j]), None)
    if at is None:
        return None
    host = _credentials_host(s, lo, hi, at, actors, home)
    # every state named after the word: the envoys' names stand between them ("سفراء استراليا السفير أندرو
    # بارنز، باكستان سلمان آتار، إسبانيا …")
    guests = [c for c in dict.fromkeys([s.mention[j].country for j in s.named if j > at and s.mention[j].country
                                        and s.mention[j].kind == "country"]) if c != host]
    return (host, guests) if host is not None and len(guests) >= 2 else None


PRESENT_WORDS = frozenset("قدم یقدم قدموا یقدمون سلم یسلم سلموا یسلمون".split())  # folded: presented, handed
PRESENT_WORDS_FA = frozenset("تقدیم تسلیم".split())  # folded: Persian "presented", after the credentials word
PRESENT_REACH_FA = 10  # tokens from "استوارنامه" to its verb: "رونوشت استوارنامه‌های خود را به وزیر خارجه ایران تسلیم"


def _credentials_presented(s: Sentence, lo: int, hi: int, actors: list[Actor],
                           home: str | None) -> tuple[str, list[str]] | None:
    """(host, envoys' states) when envoys named before the credentials word present them: "قدم سفراء كل من
    بلجيكا وفنلندا وبلغاريا أوراق اعتمادهم للرئيس السوداني", "سلم سفير بلجيكا لدى السودان نسخة من أوراق اعتماده
    لوزير الخارجية". The host is the one state named after the word, else the state the envoys serve in ("لدى
    السودان"), else ``home``; one envoy needs one of the first two."""
    at = next((j for j in range(lo, hi) if "credentials" in s.cues[j]), None)
    if at is None or not any([w.removeprefix("و") in PRESENT_WORDS for w in s.text[lo:at]]) \
            and PRESENT_WORDS_FA.isdisjoint(s.text[at + 1:min(hi, at + PRESENT_REACH_FA)]):
        return None  # ("سفرای جدید اتریش و غنا … رونوشت استوارنامه‌های خود را به وزیر خارجه ایران تسلیم کردند")
    guests = list(dict.fromkeys([a.country for a in actors if a.tok < at]))
    if not guests:  # "قدّم ثلاثة سفراء جدد أوراق اعتمادهم إلى رئيس الجمهورية، …، وهم سفراء كلٍّ من غينيا، …": listed after
        guests = list(dict.fromkeys([a.country for a in actors if a.tok > at and _is_envoy(a)]))
    after = {a.country for a in actors if a.tok > at} - set(guests)
    host = _one_state_else(after, None) or _served_in(s, lo, hi) or (home if len(guests) >= 2 else None)
    return (host, guests) if host is not None and guests and host not in guests else None


def _credentials_host(s: Sentence, lo: int, hi: int, at: int, actors: list[Actor], home: str | None) -> str | None:
    """The state receiving the credentials told at token ``at``: the one state named before that word, else
    ``home``; None when the sentence tells no receiving ("تسلم", "تقبل", "دریافت")."""
    if RECEIVE_WORDS.isdisjoint(s.bare) or not any([w.removeprefix("و") in RECEIVE_WORDS for w in s.text[lo:hi]]):
        return None
    envoys = {a.country for a in actors if _is_envoy(a)}
    host = _one_state_else({a.country for a in actors if a.tok < at and a.country not in envoys}, home)
    return None if host in envoys else host


ENVOY_ROLES = frozenset({"ambassador", "charge_d_affaires", "consul"})  # who presents credentials, never takes them


EACH_OF = (("کل", "من"), ("کلا", "من"))  # folded "each of": "استقبال كل من السيد X، السفير …، والسيد Y"


def _envoys_received_each(s: Sentence, lo: int, hi: int, trig: int, actors: list[Actor],
                          home: str | None, named_most: str | None = None) -> tuple[str, list[str]] | None:
    """(host, envoys' states) when a reception names "each of" two or more envoys of other states, or names only
    envoys of two or more states after it: "وجرى خلال هذا الاحتفال استقبال كل من السيد …، السفير الجديد لبوركينا
    فاسو، والسيد …، السفير اللبناني المعتمد بتونس" (the host: where they serve, else the article's own state,
    ``home``; with no "each of", the state named most outside the sentence, ``named_most``)."""
    if s.text[trig].removeprefix("و") not in RECEPTION_WORDS:
        return None  # the cheap test first: most sentences are no such reception
    each_of = tuple(s.text[trig + 1:trig + 3]) in EACH_OF
    subject = _receiving_subject(actors, trig) if not each_of else None
    if not each_of and subject is None \
            and not (actors and all(map(_is_envoy, actors)) and min([a.tok for a in actors]) > trig):
        return None  # "واستقبل ولد مرزوك اليوم السفير الفرنسي …، قبل أن يستقبل السفيرة الألمانية": no envoy
        # receives another; their host is the state the text names most
    host = subject or _served_in(s, lo, hi) or (home if each_of else named_most or home)
    if host is None:
        return None
    guests = list(dict.fromkeys([a.country for a in actors if a.tok > trig and _is_envoy(a) and a.country != host]))
    return (host, guests) if len(guests) >= 2 else None


def _receiving_subject(actors: list[Actor], trig: int) -> str | None:
    """The state of the official named right after a reception verb, when all named after him are envoys of two
    states or more ("استقبل … الرئيس … العليمي … سفيري استراليا، ونيوزيلند …، مارك دونفان، و بارني رايلي"):
    the host of an audience with each."""
    after = [a for a in actors if a.tok > trig]
    if not after or after[0].participant is None or _is_envoy(after[0]) or any([a.tok < trig for a in actors]):
        return None
    guests = {a.country for a in after[1:]} - {after[0].country}
    return after[0].country if len(guests) >= 2 and all(map(_is_envoy, after[1:])) else None


def _receives(s: Sentence) -> bool:
    """Whether a word of the sentence is an Arabic verb or noun of receiving someone ("استقبل", "واستقبال")."""
    return any([s.text[j].removeprefix("و") in RECEPTION_WORDS or s.text[j] in WELCOMED_WORDS for j in s.cued])


ARRIVED_WORDS = frozenset("وارد رسید وصل".split())  # folded: arrived (in a city)


def _bare_posts(s: Sentence, split: int, hi: int) -> list[int]:
    """The first tokens of the titles of no state listed right after "با", joined by "و" ("با نخست وزیر، وزیر خارجه،
    رئیس پارلمان و …"); [] if a state or a name follows one of them."""
    out: list[int] = []
    j = split
    while j < hi:
        m = s.mention[j]
        if m is not None and m.kind == "title" and m.country is None:
            out.append(j)
            j = _last_token(s, j) + 1
            if j < hi and s.mention[j] is not None and s.mention[j].kind != "title":
                return []  # "وزیر خارجه لبنان", "وزیر خارجه عبدالله بوحبیب": whose post is told
        elif s.text[j] in LIST_WORDS and out:
            j += 1
        else:
            break
    return out


def _arrived_in(s: Sentence, lo: int, split: int, state: str) -> bool:
    """Whether the words before the partners tell that the subject arrived in ``state`` ("وارد بیروت شد و با …")."""
    return any([s.text[j] in ARRIVED_WORDS and any([s.mention[k] is not None and s.mention[k].country == state
                                                    and s.mention[k].kind in ("city", "country")
                                                    for k in range(j + 1, min(split, j + 4))])
                for j in range(lo, split)])


def _is_envoy(a: Actor) -> bool:
    return a.participant is not None and a.participant.role in ENVOY_ROLES


def _one_state_else(states: set[str], home: str | None) -> str | None:
    """The one state of ``states``; ``home`` when there is none; None when there are several.

    >>> _one_state_else({"IRQ"}, "IRN"), _one_state_else(set(), "IRN"), _one_state_else({"IRQ", "SYR"}, "IRN")
    ('IRQ', 'IRN', None)
    """
    return next(iter(states)) if len(states) == 1 else home if not states else None


APART_WORDS = frozenset("جداگانه منفصله منفصلین حده منفردا منفرده".split())  # folded: "به طور جداگانه", "كلا على حدة"
TRIP_WORDS = frozenset("الزیاره زیاره سفر سفری الجوله جوله".split())  # folded: "خلال الزيارة", "در این سفر"


def _one_state_once(s: Sentence, trig: int) -> bool:
    """Whether the sentence, up to what was discussed after its verb at ``trig``, names one state, by one state
    word at most, its officials aside: "كما استقبل سفير مملكة النروج … رولف ولي هانسن" names Norway once; "الرئيس
    السوري وفدا من البرلمان السوري" names Syria twice."""
    end = _discussed_from(s, trig)
    named = {id(s.mention[j]): s.mention[j] for j in s.named
             if j < end and s.mention[j].kind in ("country", "official")}
    return len({m.country for m in named.values()}) == 1 and sum(m.kind == "country" for m in named.values()) <= 1


def _verb_then_partners(s: Sentence, lo: int, split: int) -> bool:
    """Whether an Arabic past meeting verb stands right before the partners, only "with" words between ("والتقى
    بالرئيس", "كما تباحث مع كل من …"): the verb's own "he" is the subject."""
    j = split - 1
    while j > lo and "with" in s.cues[j]:
        j -= 1
    return j >= lo and "meeting_verb" in s.cues[j] and not _present_ya(s.text[j])


def _discussed_from(s: Sentence, trig: int) -> int:
    """The token where what was discussed at a meeting whose verb is at ``trig`` begins (a topic or a second
    meeting word), else the sentence's end: "والتقى رئيس الحكومة ولي عهد الكويت … و"تم بحث …"، وشكر …"."""
    return next((j for j in s.cued if j > trig and not s.cues[j].isdisjoint({"topic", "meeting"})), len(s.text))


SUMMONED_WORDS = frozenset("احضار استدعت استدعی واستدعت واستدعی".split())  # folded: summoned (to a ministry),
# recalled (from a post)
MINISTRY_WORDS = frozenset({"وزارت", "وزارتخانه"})  # folded: ministry


def _summoned_to_ministry(s: Sentence, lo: int, hi: int) -> int | None:
    """The token of "احضار" when someone is summoned "به وزارت …" (to the ministry, which the article's state runs):
    "سفیر جمهوری آذربایجان به وزارت امور خارجه احضار"; not "سفیر خود را از … احضار کرد" (recalled); else None."""
    for j in range(lo, hi):
        if s.text[j] in SUMMONED_WORDS and any([s.text[k] in MINISTRY_WORDS and s.text[k - 1] == "به"
                                                 for k in range(max(lo + 1, j - 5), j)]):
            return j
    return None


def _summoner(s: Sentence, lo: int, hi: int, envoys: str, protagonist: str | None) -> tuple[str, int] | None:
    """(state, token) of who summoned another state's envoy ("احضار", not his own recalled, "سفیر خود"): the state
    he serves in ("سفیر آلمان در ایران … احضار شد"), else another state the sentence names ("روسیه سفیر آلمان را احضار
    کرد", "احضار سفیر آلمان از سوی روسیه"), else the article's protagonist; None if no "احضار"."""
    at = next((j for j in range(lo, hi) if s.text[j] in SUMMONED_WORDS), None)
    if at is None or "خود" in s.text[lo:at]:
        return None
    first = min([j for j in s.named if lo <= j < hi and s.mention[j].country == envoys], default=at)
    served = next((j for j in s.named if first < j < at and s.text[j - 1] in SERVES_IN_WORDS
                   and s.mention[j].country and s.mention[j].country != envoys), None)
    if served is not None:
        return s.mention[served].country, served
    other = next((j for j in s.named if lo <= j < hi and s.mention[j].kind == "country"
                  and s.mention[j].country and s.mention[j].country != envoys), None)
    if other is not None:  # before him, or "از سوی روسیه" (by Russia) after
        return s.mention[other].country, other
    return (protagonist, at) if protagonist and protagonist != envoys else None


def _post_states(mentions: list[Mention], roles: dict[str, str]) -> dict[str, frozenset[str]]:
    """The states of the officials an article names, by the post each holds that day ("king" -> {"JOR"})."""
    out: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind == "official" and m.country and roles.get(m.entity):
            out.setdefault(roles[m.entity], set()).add(m.country)
    return {role: frozenset(states) for role, states in out.items()}


SERVES_IN_WORDS = frozenset({"در", "فی", "لدی"})  # folded: "سرکنسول ترکیه در ارومیه", "سفير … لدى لبنان"


def _place_named_before(s: Sentence, lo: int, split: int, state: str) -> bool:
    """Whether a place or name of ``state`` is told before the partners: the subject's own side ("در کابل با …")."""
    return any([s.mention[j].country == state for j in s.named if lo <= j < split])


def _envoys_serve_in(s: Sentence, part: list[Actor], hi: int) -> str | None:
    """The state the partners, every one an envoy, serve in, from the place right after their state: "سرکنسول
    جدید ترکیه در ارومیه" serves in Iran; None if they are not all envoys or no such place is named."""
    if not part or not all(map(_is_envoy, part)):
        return None
    k = max([a.tok for a in part]) + 1
    while k < hi and s.mention[k] is not None and s.mention[k].kind == "country":
        k += 1
    if k + 1 < hi and s.text[k] in SERVES_IN_WORDS and s.mention[k + 1] is not None \
            and s.mention[k + 1].kind in ("city", "country"):
        return s.mention[k + 1].country
    return None


def _titled_subject(s: Sentence, lo: int, split: int, partners: list[str],
                    post_states: dict[str, frozenset[str]] | None) -> str | None:
    """The state of a bare title that is the subject before the partners, when the article names one official of
    one state in that post and that state is not a partner: "واجتمع الملك … بوزير الدفاع الأمريكي" in a text
    naming "العاهل عبد الله الثاني"."""
    if not post_states:
        return None
    title = next((s.mention[j] for j in range(lo, split) if s.mention[j] is not None and s.mention[j].kind == "title"
                  and not s.mention[j].country), None)
    states = post_states.get(title.entity, frozenset()) if title is not None else frozenset()
    return next(iter(states)) if len(states) == 1 and not states & set(partners) else None


def _subject_dropped(s: Sentence, lo: int, split: int) -> bool:
    """Whether a Persian sentence names no one before its "با" ("همچنین در جریان این سفر با نظربایف … دیدار
    کرد"): its subject is dropped, as Persian allows; the verb's "he" is the article's protagonist."""
    if split <= lo or any([s.mention[j] is not None and not _place_gone_to(s, lo, j) or "person" in s.cues[j]
                           or not TRIGGER_KINDS.isdisjoint(s.cues[j]) for j in range(lo, split)]):
        return False  # "این اجلاس … با سخنرانی روحانی آغاز شد": the gathering is the subject
    return any(["meeting" in s.cues[j] and j + 1 < len(s.text) and s.text[j + 1] in SINGULAR_PAST_FA
                for j in range(split, len(s.text))])  # a verb told of one man: "دیدار کرد", not "هدف … دیدار با"


SINGULAR_PAST_FA = frozenset("کرد کرده نمود نموده داشت داشته".split())  # folded


def _place_gone_to(s: Sentence, lo: int, j: int) -> bool:
    """Whether token j is (in) a city or state named right after "به"/"در": where he went or is, "در طول سفر خود
    به مسکو", no one who met."""
    m = s.mention[j]
    head = _mention_head(s, j)
    return m.kind in ("city", "country") and head > lo and (s.text[head - 1] in ("به", "در")
                                                             or s.text[head - 1] in ARRIVED_WORDS)


def _meetings_of_the_trip(s: Sentence, out: list[Draft]) -> bool:
    """Whether a sentence whose only "this meeting" is the trip ("خلال الزيارة") lists meetings with leaders of
    several states, each its own ("كما التقى خلال الزيارة عدداً من رؤساء … الدول المشاركة … وهم رؤساء الصين
    وروسيا وأفغانستان")."""
    return len([d for d in out if d.kind == "bilateral"]) >= MANY_MET \
        and all([s.text[j] in TRIP_WORDS for j in s.cued if "this_meeting" in s.cues[j] and s.text[j] not in
                 _LEAD_WORDS])


def _own_meeting_after(s: Sentence, trig: int, actors: list[Actor], out: list[Draft]) -> bool:
    """Whether every "this meeting" of a sentence that tells meetings of its own comes after the trigger and
    after everyone named: "التقى … رئيس فرنسا، والمستشارة الألمانية …، كلاً على حدة، وجرى خلال الاجتماعات
    استعراض أوجه التعاون" speaks of the meetings just told, not of one told before."""
    if not any([d.kind != "note" for d in out]):
        return False
    first: dict[str, int] = {}  # each side's first naming: "ليعيد هذا اللقاء الحياة … بين القاهرة والرياض" names
    for a in actors:  # again the two just told
        first[a.country] = min(first.get(a.country, a.tok), a.tok)
    last = max(first.values(), default=trig)
    told = [j for j in s.cued if "this_meeting" in s.cues[j]]
    return all([j > max(trig, last) for j in told]) \
        and not any([s.text[j] in TRIP_WORDS for j in told])  # "خلال الزيارة": the trip the meeting was part of


_LEAD_WORDS = frozenset("در این فی هذا خلال".split())  # folded: "در این تماس" is told by "تماس"


def _trigger_word(s: Sentence, trig: int) -> str:
    """The word that names the meeting: past the lead words of its phrase ("در این تماس" -> "تماس")."""
    while s.text[trig] in _LEAD_WORDS and trig + 1 < len(s.text) and s.cues[trig + 1] == s.cues[trig]:
        trig += 1
    return s.text[trig]


YEAR_WORDS = frozenset("سال عام العام".split())
IN_WORDS = frozenset("در فی خلال طی".split())


def _in_past_year(s: Sentence, dates: list[DateMention], start: int, end: int, published: date | None) -> bool:
    """Whether the sentence tells its meeting "in the year" of a year before the news: "در حاشیه مجمع عمومی در
    سال ۲۰۰۶ با هم دیدار کردند". The news year is the publication's, else the latest year the article states
    (two or more years later); "اتفاق عام 2015" (no "in") dates no meeting."""
    years, months = [], []
    for d in _dates_in(dates, start, end):
        k = bisect_left(s.start, d.start)
        if d.precision == "year" and d.how == "stated" and d.iso and 1 < k and s.text[k - 1] in YEAR_WORDS \
                and s.text[k - 2] in IN_WORDS:
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


AFTER_WORDS = frozenset({"بعد", "عقب", "اثر", "باثر", "بعید"})  # folded: "وذلك بعد استهداف …" (after a deed)
TIME_NOUNS = frozenset("ظهر الظهر غد ساعات ساعه ایام یوم یومین اسبوع اسابیع شهر اشهر منتصف انتهاء ختام".split())


def _deed_clause(s: Sentence, trig: int) -> int | None:
    """Where a clause of what came before the meeting opens, after the meeting word: "وانطلقت أعمال القمة … في
    الدوحة، وذلك بعد استهداف إسرائيل مقرات … الثلاثاء الماضي" (a deed, its day and its doer are not the meeting's)."""
    if "وذلک" not in s.text:  # the cheap test first: most sentences have no such clause
        return None
    return next((j for j in range(trig + 1, len(s.text) - 2) if s.text[j] == "وذلک" and s.text[j + 1] in AFTER_WORDS
                 and s.text[j + 2] not in TIME_NOUNS and TRIGGER_KINDS.isdisjoint(s.cues[j + 2])), None)


def _of_what_came_before(s: Sentence, d: DateMention, trig: int) -> bool:
    """Whether a day is told in the clause of a deed that came before the meeting (``_deed_clause``)."""
    j = _deed_clause(s, trig)
    return j is not None and j < bisect_left(s.start, d.start)


GLOSS_GAP = 4  # characters at most between a relative or yearless day and the full day in brackets after it: " ( "


def _glossed(d: DateMention, nxt: DateMention | None) -> bool:
    """Whether relative day ``d``, or a stated day with no year, is followed at once by the stated full day it
    stands for: "أمس ( الثلاثاء 5 أكتوبر 2021)", "الأحد 8 ربيع الأول (11 سبتمبر 2024)"."""
    return nxt is not None and (d.how == "relative" or d.iso is None) and nxt.how == "stated" \
        and nxt.precision == "day" and bool(nxt.year) and 0 <= nxt.start - d.end <= GLOSS_GAP


def _meeting_days(days: list[DateMention], published: date | None) -> list[DateMention]:
    """The day expressions of a sentence that can date its meeting: a stated publication day (a dateline,
    "دمشق، 27 نيسان 2024 (سانا) - التقى … أمس") gives way to any other day told in the sentence, and a relative
    day to the full day glossing it ("مساء أمس ( الثلاثاء 5 أكتوبر 2021)")."""
    days = [d for d, nxt in zip(days, [*days[1:], None] if days else [], strict=True) if not _glossed(d, nxt)]
    if published is None:
        return days
    pub = published.isoformat()
    others = [d for d in days if d.how == "relative" or d.iso != pub]
    return others or days


def _also_received(s: Sentence, lo: int, hi: int) -> bool:
    """Whether a reception names a second guest after "وكذلك" and a title: "أثناء استقبال سموه وزير الداخلية
    المصري … والوفد المرافق له، وكذلك وزير الداخلية الأردني" (each received on his own)."""
    return any([w in LIKEWISE_WORDS and k + 1 < hi and _person_at(s, k + 1) for k, w in enumerate(s.text[lo:hi], lo)]) \
        and _received(s, lo, hi)


def _received(s: Sentence, lo: int, hi: int) -> bool:
    """Whether the sentence tells a guest received ("استقبل", "خلال استقباله", "به حضور پذیرفت")."""
    return not RECEPTION_WORDS.isdisjoint(s.bare) and any([w.removeprefix("و") in RECEPTION_WORDS
                                                            for w in s.text[lo:hi]])


def _listed_after(s: Sentence, after: list[Actor]) -> bool:
    """Whether the second state after a verb is joined to the first by و+ a title ("التقى رئيس وزراء كندا، ووزراء
    خارجية الصين"): both are what was met, neither the verb's subject."""
    second = next((a for a in after if a.country != after[0].country), None)
    return second is not None and any([_joined_person(s, k) for k in range(after[0].tok + 1, second.tok + 1)])


def _joined_person(s: Sentence, k: int) -> bool:
    """Token k is و+ a person word or title: "والرئيس", "ومستشار" (not "وزير", a word of its own)."""
    return _and_joined(s.text[k]) and _person_word(s, k)


def _person_word(s: Sentence, k: int) -> bool:
    """Token k is a person word or (in) a title: "وزير", "الرئيس"."""
    m = s.mention[k]
    return "person" in s.cues[k] or m is not None and m.kind == "title"


def _joined_list(s: Sentence, actors: list[Actor]) -> bool:
    """Whether the people of ``actors`` follow one another each joined to the one before by "و" (+ a title, or a
    name): "سعود الفيصل وزير الخارجية، والشيخ خالد بن أحمد …، والشيخ عبدالله بن زايد"."""
    people = [a for a in actors if a.participant is not None]
    return len(people) >= 2 and all([any(_and_joined(s.text[k]) for k in range(prev.tok + 1, a.tok + 1))
                                     for prev, a in zip(people, people[1:], strict=False)])


def _coordinated_subjects(s: Sentence, trig: int, actors: list[Actor]) -> bool:
    """Whether the people right after a meeting verb are all joined by "و" + a title, the first to the second too
    (an object would not be): the verb's subjects, who met together ("بحث وزير الخارجية الإماراتي …
    ووزير خارجية السعودية … و وزير خارجية الولايات المتحدة … جهود …")."""
    people = [a for a in actors if a.tok > trig and a.participant is not None]
    if s.text[trig].removeprefix("و") in RECEPTION_WORDS:
        return False  # "واستقبل سموه X وY": whom he received, each
    if any([tuple(s.text[k:k + 2]) in EACH_OF or "with" in s.cues[k] for k in range(trig + 1, len(s.text))]):
        return False  # "والتقى … كلا من وزير الخارجية الإيراني ووزير الخارجية البريطاني": whom he met, each
    if len(people) < 3 or len(people) != len([a for a in actors if a.participant is not None]) \
            or people[0].tok > trig + CO_SUBJECT_REACH:
        return False
    return all([any(_joined_person(s, k) or s.text[k] == "و" and k + 1 < len(s.text) and _person_word(s, k + 1)
                    for k in range(prev.tok + 1, a.tok + 1)) for prev, a in zip(people, people[1:], strict=False)])


CO_SUBJECT_REACH = 6  # tokens from the verb to the first subject's name: "بحث وزير الخارجية الإماراتي الشيخ عبدالله"


def _listed_people(s: Sentence, trig: int, actors: list[Actor]) -> list[Participant]:
    """The people after the meeting verb when they are listed, every one after the first joined by و+ a title
    ("رئيس الوزراء X، والرئيس Y، ووزير الخارجية Z"): each is met on their own. Fewer than three: none, a verb's
    subject and its object ("التقى الرئيس X رئيس الوزراء Y") are not a list."""
    after = [a for a in actors if a.tok > trig and a.participant is not None]
    if len(after) < 3:
        return []
    for prev, a in zip(after, after[1:], strict=False):
        if not any(_joined_person(s, k) for k in range(prev.tok + 1, a.tok + 1)):
            return []
    return _distinct_people(after)


def _counterparts_of_forum(s: Sentence) -> bool:
    """'مع نظرائه من الدول الأعضاء في منظمة شنغهاي': the counterparts are named by the organisation after them."""
    first = next(j for j in s.cued if "separate" in s.cues[j])
    return any([s.mention[j].kind == "forum" for j in s.named if j > first])


def _members_meet(s: Sentence, lo: int, split: int) -> bool:
    """'دیدار وزرای … کشورهای عضو … با X': a meeting word, then the member states' ministers, then 'with'."""
    for t in range(lo, split):
        if "meeting" in s.cues[t] and any("person" in s.cues[k] for k in range(t + 1, min(split, t + 3))):
            return any("joint" in s.cues[k] for k in range(t + 1, split))
    return False


def _members_met(s: Sentence, split: int, hi: int) -> bool:
    """'استقبل … وزير الداخلية X، وإخوانه وزراء الداخلية بدول مجلس التعاون': the member states' ministers among
    those met, a person word, their states' group word, then the forum: the organisation's meeting."""
    for k in range(split, hi):
        if not TRIGGER_KINDS.isdisjoint(s.cues[k]):
            return False  # "… و نیز شرکت در نشست سران کشورهای عضو": the members of another meeting
        if "person" in s.cues[k]:
            group = next((g for g in range(k + 1, min(hi, k + 4)) if "group" in s.cues[g]), None)
            if group is not None and any([s.mention[f] is not None and s.mention[f].kind == "forum"
                                          for f in range(group + 1, min(hi, group + 3))]):
                return True
    return False


def _people_of(actors: list[Actor]) -> list[Participant]:
    return [a.participant for a in actors if a.participant]


def _partner_day(s: Sentence, days: list[DateMention], at: int, partners: list[int]) -> DateMention | None:
    """The day told right after one of several partners, before the next ("نظيره الروسي أمس، ونظيره الصيني
    يوم الخميس"), or None."""
    nxt = next((p for p in partners if p > at), None)
    end = s.start[nxt] if nxt is not None else s.end[-1]
    return next((d for d in days if s.start[at] <= d.start < end), None)


def _nearest_date(dates: list[DateMention], pos: int) -> DateMention | None:
    """The date expression closest to the meeting word: 'left yesterday … spoke at the summit today'."""
    return min(dates, key=lambda d: min(abs(d.start - pos), abs(d.end - pos)), default=None)


ASIDE_WORDS = PRESENCE_WORDS | frozenset("من الذی التی الذین که ومعه معه صهر نجل شقیق عقیله".split())
# folded: "الذي سلمه رسالة من", "مبعوث واشنطن ستيف ويتكوف ومعه جاريد كوشنر صهر الرئيس …" (who came along, whose kin)


PRESENT_REACH = 4  # tokens from "بحضور" to the first person present: "بحضور وزير الخارجية وليد المعلم"


ATTEND_WORDS = frozenset("شارکوا حضروا حضرا وشارک وحضر شارک حضر".split())  # folded: took part, attended


def _attendees_told(s: Sentence) -> bool:
    """Whether the sentence says who took part in the meeting it tells ("… وليد المعلم وبثينة شعبان، شاركوا في
    الاجتماع"): the people it lists sat in one meeting."""
    return any([s.text[j] in ATTEND_WORDS for j in s.cued if "this_meeting" in s.cues[j]])


SAT_IN_REACH = 6  # tokens from "بحضور" to a name after its title: "بحضور ولي العهد الأردني الأمير الحسين"


def _sat_in(s: Sentence, tok: int, reach: int = SAT_IN_REACH) -> bool:
    """Whether the person at ``tok`` is told as present ("بحضور ولي العهد الأردني"), not as a side: a presence word
    within ``reach`` tokens before."""
    return any([s.text[j].removeprefix("و") in PRESENCE_WORDS for j in range(max(0, tok - reach), tok)])


def _met(s: Sentence, actors: list[Actor]) -> list[Actor]:
    """The people of one side who were met: the first, and those listed with it before a word that turns
    aside to someone else ("الذي سلمه رسالة من الرئيس X", "بحضور … والسفير", "پیامی از").

    "استقبل السلطان الوزير X، الذي سلمه رسالة من الرئيس Y": X was met, Y sent the letter.
    """
    if len(actors) < 2:
        return actors
    first = actors[0].tok
    if _sat_in(s, first, PRESENT_REACH):
        return actors[:1]  # "بحضور وزير الخارجية وليد المعلم والمستشارة … بثينة شعبان": those present, one side
    aside = next((j for j in range(first + 1, actors[-1].tok) if s.text[j] in ASIDE_WORDS
                  and not _callers_from(s, j)), None)  # not "… وتلقى كذلك اتصالات مماثلة من": more callers
    return actors if aside is None else [a for a in actors if a.tok < aside]


GENERIC_POST = "official"  # the role of a post no title names


def _plural_meeting_noun(s: Sentence, lo: int, hi: int) -> bool:
    """Whether a Persian meeting noun in [lo, hi) is plural ("گفتگوهای بسیار خوب و مفیدی با رئیسجمهور، وزیر امور
    خارجه، رئیس مجلس و معاون نخستوزیر این کشور داشت"): meetings, one with each post listed."""
    return any([s.text[j].endswith(PLURAL_ENDINGS_FA) and "meeting_verb" not in s.cues[j]
                and not TRIGGER_KINDS.isdisjoint(s.cues[j]) for j in s.cued if lo <= j < hi])


PLURAL_ENDINGS_FA = ("های", "هایی")  # folded: "دیدارهای", "گفتگوهایی"


def _titles_listed(s: Sentence, start: int, end: int, country: str) -> list[Participant]:
    """The posts listed from token ``start`` to the title of the state at ``end``, joined by "و" or side by side,
    each a person of that state: "رئیس‌جمهور، نخست‌وزیر و رئیس شورای‌عالی قضایی این کشور" (three people); [] if
    anything else stands between them."""
    out: list[Participant] = []
    j = start
    while j < end:
        m = s.mention[j]
        if m is not None and m.kind == "title":
            if m.entity not in [p.role for p in out]:
                out.append(Participant(m.entity, None, m.entity, country))
            while j < end and s.mention[j] is m:
                j += 1
        elif s.text[j] in LIST_WORDS:
            j += 1
        elif m is None and "person" in s.cues[j]:  # a post no title names: "رئیس شورای‌عالی قضایی"
            out.append(Participant(s.text[j], None, GENERIC_POST, country))
            j += 1
            while j < end and s.mention[j] is None and not s.cues[j] and s.text[j] not in LIST_WORDS:
                j += 1
        else:
            return []
    return out if len(out) >= 2 else []


def _distinct_people(actors: list[Actor]) -> list[Participant]:
    """One participant per distinct official or role (a named official wins over a bare title)."""
    named = [a.participant for a in actors if a.participant and a.participant.name_en]
    roles = [a.participant for a in actors if a.participant and not a.participant.name_en]
    seen, out = set(), []
    for p in named:
        if p.name_en not in seen:
            seen.add(p.name_en)
            out.append(p)
    named_roles = {p.role for p in out}
    specific = {p.role for p in out + roles if p.role and p.role.endswith("minister") and p.role != "minister"}
    for p in roles:
        if p.role == "minister" and specific:
            continue  # "وزير الخارجية … الوزير": a bare minister is the one named with his ministry
        if p.role and p.role not in named_roles and p.role not in seen:
            seen.add(p.role)
            out.append(p)
    return out


def _people(d: Draft, country: str) -> tuple[set[str], set[str]]:
    """(names, roles) of one side's people; "the leaders" (سران, رهبران) is no role that tells people apart, nor is
    the spokesman who tells of the meeting ("وقال المتحدث باسم الخارجية إن الوزيرين التقيا")."""
    names = {p.name_en for p in d.participants if p.country == country and p.name_en}
    roles = {ROLE_KIN.get(p.role, p.role) for p in d.participants if p.country == country and p.role
             and not p.name_en and p.role not in UNTELLING_ROLES}
    return names, roles


# "the leaders"; who tells of the meeting; a bare "وزیر" (a headline's "ونخست وزیر هند" is the prime minister); a
# military rank with no post ("امیر دریادار نوید اشرف" is the "فرمانده نیروی دریایی" of the lead)
UNTELLING_ROLES = frozenset({"head_of_state", "spokesperson", "minister", "military_rank"})
ROLE_KIN = {"envoy": "ambassador", "chancellor": "prime_minister"}  # one post told two ways: "سفیر و نماینده ویژه",
# an envoy told once as "the ambassador"; Germany's chancellor as "صدر اعظم" (head of government)


def _same_people(a: Draft, b: Draft, country: str, offices: dict[str, frozenset[str]]) -> bool:
    """Two tellings can be one meeting unless they name different people for the same side: other names,
    other bare titles, or named officials none of whose offices, ever held (``offices``, by English name), is
    a title of the other telling (Putin is not "the Russian defence minister"; Shoigu may be)."""
    na, ra = _people(a, country)
    nb, rb = _people(b, country)
    if na and nb:
        return bool(na & nb)
    if not na and not nb and ra and rb:
        return bool(ra & rb)
    named, titles = (na, rb) if na else (nb, ra)
    if named and titles and {ROLE_KIN.get(p.role, p.role) for p in a.participants + b.participants
                             if p.country == country and p.name_en in named} & titles:
        return True  # "عبدالرضا رحمانی فضلی سفیر ایران" is the "سفیر جدید ایران" of the headline
    if named and titles and all(n in offices for n in named):
        return any({ROLE_KIN.get(o, o) for o in offices[n]} & titles for n in named)  # an envoy, "the ambassador"
    return True


def _compatible(a: Draft, b: Draft, offices: dict[str, frozenset[str]]) -> bool:
    if a.kind != b.kind:
        return False
    if a.vague != b.vague and (a.call != b.call or a.explicit_date or b.explicit_date):
        return False  # a call, and a visit "last week" ("هفته گذشته نیز در سفری … دیدار"): two meetings; so are
        # one "today" and one "two weeks ago" ("دو هفته قبل … در حاشیه اجلاس … در جده")
    if a.kind == "bilateral":
        if (a.apart or b.apart) and (a.sentence != b.sentence or a.at != b.at):
            return False  # "جلسه جداگانه ای", "لقاءً ثنائيًا وآخر": told as a meeting of its own
        if a.countries != b.countries or not (a.party and b.welcome or b.party and a.welcome) \
                and not all(_same_people(a, b, c, offices) for c in a.countries):
            return False
        if a.welcome != b.welcome and _other_welcomer(*((a, b) if a.welcome else (b, a)), offices):
            return False
    else:
        if a.summit != b.summit and not (set(a.countries) == set(b.countries) and len(set(a.countries)) >= 3) \
                and not _one_state_telling(a, b) and not _announced_within(a, b):
            return False  # a summit and a meeting beside it, unless the same three or more states met
        if a.forum and b.forum and a.forum != b.forum:
            return False
        if not (a.forum and a.forum == b.forum) and not _sideless_at(a, b) and not _sideless_at(b, a):
            sa, sb = set(a.countries), set(b.countries)
            if len(sa & sb) * 2 < len(sa | sb):
                return False
    if (a.explicit_date and b.explicit_date and a.date.precision == b.date.precision == "day"
            and a.date.iso and b.date.iso and a.date.iso != b.date.iso and not (a.summit and b.summit)):
        return False
    return True


def _other_welcomer(welcome: Draft, meeting: Draft, offices: dict[str, frozenset[str]]) -> bool:
    """Whether a welcome's host, named by a bare title only, held none of the offices of the host's official named
    in the other telling: "وكان في استقبال الوزير السعودي … وزير شؤون رئاسة الجمهورية" is no telling of the
    president's meeting with him (f013: a welcome is a meeting of its own)."""
    host = welcome.location
    titles = {p.role for p in welcome.participants if p.country == host and p.role and not p.name_en}
    named = [p.name_en for p in meeting.participants if p.country == host and p.name_en]
    if not host or not titles or not named or any([p.country == host and p.name_en for p in welcome.participants]):
        return False
    held = {o for n in named for o in offices.get(n, ())}
    return bool(held) and not any([t in held or t == "minister" and any([o.endswith("minister") for o in held])
                                   for t in titles])


def _sideless_at(a: Draft, b: Draft) -> bool:
    """Whether ``a`` tells a gathering by its place alone ("نشست کمیته اطلاعاتی چهارجانبه در بغداد برگزار شد", no
    side named) where ``b`` is held: the same gathering, its sides told after."""
    return a.venue_only and not a.countries and a.location is not None and a.location == b.location \
        and a.summit and b.summit


def _one_state_telling(a: Draft, b: Draft) -> bool:
    """Whether one of two tellings of a forum's gathering, neither on its sidelines, names one state at most: the
    same gathering told again ("محادثات أستانا بين نواب وزراء خارجية تركيا وروسيا وإيران وسوريا", then "قال نائب
    وزير خارجية كازاخستان: إن اجتماع تنسيق أستانا الذي اختتم اليوم …")."""
    return bool(a.forum) and a.forum == b.forum and not (a.sideline or b.sideline) \
        and min(len(set(a.countries)), len(set(b.countries))) <= 1


def _announced_within(a: Draft, b: Draft) -> bool:
    """Whether one of two multilateral tellings is an announcement ("از برگزاری نشست سه‌جانبه … خبر داده بودند")
    whose states are all among the other's: the same meeting, announced by some of its sides' spokesmen."""
    sa, sb = set(a.countries), set(b.countries)
    return (a.announced and sa <= sb or b.announced and sb <= sa) and bool(sa and sb)


def _summit_sides(a: Draft, b: Draft) -> list[str]:
    """The countries of a multilateral meeting told by ``a`` and again by ``b``: both tellings' sides, save a
    venue named for want of any side once a telling names sides (a host counts only when said to take part)."""
    if b.venue_only and a.countries:
        return a.countries
    if a.venue_only and b.countries:
        a.venue_only = b.venue_only
        return list(b.countries)
    return list(dict.fromkeys(a.countries + b.countries))


def _merge(a: Draft, b: Draft) -> None:
    if a.kind == "multilateral":
        a.countries = _summit_sides(a, b)
    names = {(p.name_en, p.role, p.country) for p in a.participants}
    if not b.announced or a.announced:  # who announced a meeting told before ("… از برگزاری نشست خبر دادند") met no one
        a.participants += [p for p in b.participants if (p.name_en, p.role, p.country) not in names]
    a.evidence += [e for e in b.evidence if e not in a.evidence]
    a.call = a.call or b.call
    a.hosted_by = a.hosted_by or b.hosted_by
    if a.call:
        a.location, a.city = None, None
    else:
        _place_from(a, b)
    a.forum = a.forum or b.forum
    if b.explicit_date and not a.explicit_date:
        a.date, a.explicit_date = b.date, True
    a.vague = a.vague or b.vague
    a.sideline = a.sideline or b.sideline
    a.held = a.held or b.held


def _place_from(target: Draft, other: Draft) -> None:
    """Fill what the target lacks of its place from the other draft, a city only with its own country: a meeting
    in Slovakia takes no "بروکسل" from talks told beside it."""
    if target.location is None:
        target.location, target.city = other.location, other.city
    elif target.city is None and other.location == target.location:
        target.city = other.city


def _apply_note(target: Draft, note: Draft) -> None:
    """A sentence about 'this meeting' adds its day, place or forum to the meeting told just before (not a day
    still ahead: "ويأتي اللقاء قبيل جولة يبدأها غدا" dates the tour)."""
    if note.explicit_date and not target.explicit_date and not _ahead(note.date):
        target.date, target.explicit_date = note.date, True
    target.evidence += [e for e in note.evidence if e not in target.evidence]
    if note.future_host:  # "كما تطرق اللقاء إلى … على هامش الجمعية العامة … في سبتمبر القادم": what was discussed
        return
    if not target.call:
        _place_from(target, note)
    if note.sideline and note.forum and not target.forum:
        target.forum, target.sideline = note.forum, True
    target.held = target.held or note.held
    if target.summit and note.summit and note.countries:  # "وزیر دفاع ایران و همتای روس در این نشست شرکت کردند"
        target.countries = _summit_sides(target, note)
        target.participants += [p for p in note.participants if p not in target.participants]


def merge_drafts(drafts: list[Draft], offices: dict[str, frozenset[str]] | None = None) -> list[Draft]:
    """The same meeting told twice becomes one; notes go to the meeting before them. ``offices``: every office
    each named official (by English name) has held, as ``_same_people`` uses them."""
    offices = offices or {}
    out: list[Draft] = []
    for d in drafts:
        if d.kind == "note" and d.summit:
            d.fallback_target = out[-1] if out else None
            out.append(d)  # kept for summits_from_sidelines
            continue
        if d.kind == "note":
            if out:
                _apply_note(out[-1], d)
                continue
            if not d.fallback and d.sideline and d.forum:
                out.append(d)  # a meeting with no state's side on a summit's sidelines: summits_from_sidelines
                continue
            for f in d.fallback:
                f.date, f.explicit_date = d.date, d.explicit_date
            out.extend(merge_drafts(d.fallback, offices))
            continue
        fits = [o for o in out if _compatible(o, d, offices)]
        target = next((o for o in fits if not (_sideless_at(o, d) or _sideless_at(d, o))), fits[0] if fits else None)
        if target is None:
            out.append(d)
        else:
            _merge(target, d)
    return out


def _without_recalled_pairs(drafts: list[Draft]) -> list[Draft]:
    """A meeting of two sides told as "weeks ago" in an article that reports the same two meeting on a day of its
    own is recalled in passing: "امیرعبداللهیان صبح امروز با هاکان فیدان دیدار کرد … دو هفته قبل وزرای امور خارجه
    ایران و ترکیه در حاشیه اجلاس … در جده با یکدیگر تبادل نظر کردند"."""
    dated = {tuple(d.countries) for d in drafts if d.kind == "bilateral" and d.explicit_date and not d.vague}
    return [d for d in drafts if not (d.kind == "bilateral" and d.vague and tuple(d.countries) in dated)]


def subsume_bilaterals(drafts: list[Draft]) -> list[Draft]:
    """Talks between two sides told again as a mediated or joint meeting of more are that one meeting."""
    adhoc = [d for d in drafts if d.kind == "multilateral" and not d.summit]  # notes pass through
    out = []
    for d in drafts:
        host = next((m for m in adhoc if d.kind == "bilateral" and not d.sideline and m.hosted_by not in d.countries
                     and set(d.countries) <= set(m.countries)), None)  # (the host's own call with one side is not
        # the talks it hosted)
        if host is None:
            out.append(d)
        else:
            _merge(host, d)
    return out


def summits_from_sidelines(drafts: list[Draft]) -> list[Draft]:
    """A meeting on the sidelines of a summit implies the summit took place: add it if missing."""
    notes = [d for d in drafts if d.kind == "note"]
    drafts = [d for d in drafts if d.kind != "note"]
    pending = []
    for note in notes:  # "the meeting, held on the sidelines of X": tell the meeting before creating summits
        has_summit = any(o.summit and (o.forum == note.forum or not note.forum) for o in drafts)
        if not has_summit and note.fallback_target is not None and note.sideline:
            _apply_note(note.fallback_target, note)
        else:
            pending.append(note)
    notes = pending
    out = list(drafts)
    future = {d.forum for d in drafts if d.future_host and d.forum}
    for d in drafts:
        if d.sideline and d.forum and d.forum not in future:
            _add_to_summit(out, d)
    for note in notes:
        summit = next((o for o in out if o.summit and (o.forum == note.forum or not note.forum)), None)
        if summit is not None:
            _apply_note(summit, note)
            if note.fallback_target is None:  # "… در حاشیه نشست آستانه … با پوتین … که برای شرکت در این اجلاس
                # … شده است دیدار کرد" opening the text: "this summit" is the summit's, the meeting the sentence's own
                out.extend([f for f in note.fallback if f.kind == "bilateral"
                            and not any([o.kind == "bilateral" and o.countries == f.countries for o in out])])
        elif note.fallback_target is not None:
            _apply_note(note.fallback_target, note)
        else:  # "این دیدار در حاشیه کنفرانس … انجام شد" with no meeting told before: the note is the meeting
            out.extend(note.fallback)
            for d in note.fallback:
                if d.sideline and d.forum and d.forum not in future and d.kind == "bilateral":
                    _add_to_summit(out, d)
            if not note.fallback and note.sideline and note.forum and note.forum not in future and note.countries:
                _add_to_summit(out, note)  # "با دبیرکل سازمان … در حاشیه نشست … دیدار کرد": the summit was held
    for s in out:
        if s.summit:
            for d in out:
                if d.forum == s.forum and not d.summit and d.kind == "bilateral":
                    d.location = d.location or s.location
                    s.location = s.location or d.location
                    if d.sideline and not d.explicit_date and s.explicit_date and s.date.precision == "day":
                        d.date, d.explicit_date = s.date, True  # on the margins of a meeting held on one day
    return out


def _add_to_summit(out: list[Draft], d: Draft) -> None:
    """Count a sideline meeting's sides in its summit, adding the summit to ``out`` if it is not there."""
    summit = next((o for o in out if o.summit and o.forum == d.forum), None)
    if summit is None:
        out.append(Draft("multilateral", list(d.countries), list(d.participants), d.sentence, d.trigger,
                         list(d.evidence), d.date, d.location, d.city, d.forum, summit=True,
                         explicit_date=d.explicit_date, held=True))
        return
    summit.held = True  # a meeting on its sidelines tells it was held
    summit.countries = _summit_sides(summit, d)
    summit.location = summit.location or d.location
    if not summit.explicit_date and d.explicit_date:
        summit.date, summit.explicit_date = d.date, True


ALSO_WORDS = frozenset({"کما", "همچنین", "نیز", "ایضا", "وکذلک", "کذلک"})  # folded: "كما التقى", "وی همچنین با …"


JOIN_WORDS = frozenset("یشارک ویشارک تشارک وتشارک شارک وشارک".split())  # folded: takes part


def _join_summit(summit: Draft, folded: Folded, f_start: int, f_end: int, mentions: list[Mention], arabic: bool,
                 mention_starts: list[int], roles: dict[str, str]) -> None:
    """Add to ``summit`` the people a sentence with no meeting word says also take part in it: "ويشارك كذلك كل
    من ولي العهد السعودي …، ورئيس الوزراء القطري …" after "كما يشارك في القمة كل من …"."""
    if "شارک" not in folded.text[f_start:f_start + 40]:  # the cheap test first: most sentences are no such
        return
    words, starts, ends = sentence_words(folded.text, f_start, f_end)
    if not (any([w in JOIN_WORDS for w in words[:3]]) and any([w in ALSO_WORDS for w in words[:4]])):
        return
    s = build_sentence(folded, words, starts, ends, mentions, arabic, mention_starts)
    people = [a for a in actors_in(s, 0, len(words), roles) if a.participant is not None]
    if people:
        summit.countries = [*summit.countries, *[c for c in dict.fromkeys(a.country for a in people)
                                                 if c not in summit.countries]]
        summit.participants = [*summit.participants, *[a.participant for a in people]]
        summit.evidence = [*summit.evidence, (s.start[0], s.end[-1])]


INCLUDED_WORDS = frozenset("شملت وشملت تضمنت وتضمنت".split())  # folded: "وشملت لقاءات سموه كلا من …"


def _goes_on(s: Sentence) -> bool:
    """A sentence that opens with "also" ("كما التقى الرئيس …", "وی همچنین با …") tells one more meeting of the
    same trip, on the same summit's margins as the one before; one that opens with "included" ("وشملت لقاءات سموه
    كلا من …") tells who those meetings were with."""
    return any([w in ALSO_WORDS for w in s.text[:3]]) or s.text[0] in INCLUDED_WORDS


def _share_circumstances(before: list[Draft], told: list[Draft]) -> None:
    """A clause cut at "while" from the one before shares its sideline forum, venue and day where it tells none
    ("وعلى هامش القمة في قازان، التقى شي مودي، فيما التقى بوتين بزشكيان": both on the summit's margins)."""
    side = next((d for d in before if d.sideline and d.forum), None)
    for d in told:
        if side is not None and d.forum is None and not d.call:
            d.forum, d.sideline = side.forum, True
            _place_from(d, side)
        if before and d.date is None and before[0].explicit_date:
            d.date, d.explicit_date = before[0].date, True


def _denied_sides(s: Sentence, roles: dict[str, str], home: str | None) -> frozenset[str] | None:
    """The two states of a meeting the sentence says is untrue after telling it (class ``untrue``): "أن ما يتم
    تداوله بشأن اتصال هاتفي بين وزيري خارجية مصر والولايات المتحدة … لا أساس له من الصحة", "خبر گفتگوی اخیرم با
    ویتکاف صحت ندارد" (the speaker's state, ``home``, when one state is named)."""
    if "untrue" not in s.kinds:
        return None
    trig = next((j for j in s.cued if not TRIGGER_KINDS.isdisjoint(s.cues[j])), None)
    if trig is None or not any(["untrue" in s.cues[j] for j in s.cued if j > trig]):
        return None
    states = {a.country for a in actors_in(s, 0, len(s.text), roles)}
    if len(states) == 1 and home is not None:
        states.add(home)
    return frozenset(states) if len(states) == 2 else None


def _same_sides(a: Draft, b: Draft) -> bool:
    if a.kind != b.kind:
        return False
    if a.kind == "bilateral":
        return a.countries == b.countries
    sa, sb = set(a.countries), set(b.countries)
    return len(sa & sb) * 2 >= len(sa | sb) > 0


def _two_named(mentions: list[Mention], starts: list[int], span: tuple[int, int]) -> list[str] | None:
    """The two states whose officials the sentence at ``span`` names, if exactly two: "حامد کرزی، رئیس جمهور
    افغانستان و پرویز مشرف، رئیس جمهور پاکستان تعهد نموده اند", then "این دو رهبر امروز در اسلام آباد ملاقات کردند"."""
    lo, hi = bisect_left(starts, span[0]), bisect_left(starts, span[1])
    states = {m.country for i, m in enumerate(mentions[lo:hi], lo) if m.country and (
        m.kind == "official" or m.kind == "country" and i > lo and _titled(mentions[i - 1], m))}
    return sorted(states) if len(states) == 2 else None


def _titled(title: Mention, m: Mention) -> bool:
    """Whether country mention ``m`` follows the title mention ``title`` right after it: "وزير الدفاع الإسباني"."""
    return title.kind == "title" and m.start - title.end <= 2


def _headline_end(text: str) -> int:
    """Where a headline ends: the end of the first line, unless that line ends as a sentence does (then -1); with
    the short lines after it that end as no sentence does (a kicker, the title, a stamp, the title again).

    >>> _headline_end("دیدار وزیران\\nمتن"), _headline_end("وزیر امروز دیدار کرد.\\nمتن")
    (12, -1)
    >>> _headline_end("انجام میشود؛\\n\\nدیدار آبه و روحانی\\n|\\nآبه با روحانی دیدار خواهد کرد.")
    34
    """
    end = text.find("\n")
    if end < 0 or text[:end].rstrip().endswith(SENTENCE_ENDS):
        return -1
    while True:
        nxt = text.find("\n", end + 1)
        line = text[end + 1:nxt if nxt >= 0 else len(text)].strip()
        if nxt < 0 or len(line) > HEADLINE_CHARS or line.endswith(SENTENCE_ENDS):
            return end
        end = nxt


SENTENCE_ENDS = (".", "!", "?", "؟")
HEADLINE_CHARS = 150  # a longer line is the body's, even without a full stop


def _without_planned_headline(drafts: list[Draft], plans: list[Draft], headline_end: int,
                              text: str = "") -> list[Draft]:
    """'اجتماع وزراء الدفاع الإيراني والروسي والسوري في طهران', then 'تستضيف طهران غدا الاجتماع': a headline that
    names a meeting the text tells only as a plan reports no meeting, nor does a sentence that only announces it
    ("از دیدار … خبر داد", then "قرار است … دیدار کند"). ``headline_end``: where the first line ends (-1: the text
    is one line, which has no headline)."""
    headlines = {line.strip() for line in text[:headline_end].split("\n")} - {""} if headline_end > 0 else set()
    repeated = [d for d in drafts if text[d.sentence[0]:d.sentence[1]].strip() in headlines]
    # (a headline's lines: "دوشنبه 01 دی 1404\nMonday, 22 December 2025\n\nدیدار رئیس جمهور افغانستان با جو بایدن")
    # (the title told again in the body, "دیدار رئیس جمهور افغانستان با جو بایدن", is still the headline)
    told = [d for d in drafts if d.sentence[0] >= headline_end and not d.announced and d not in repeated]
    meetings_told = [t for t in told if t.kind != "note"]
    return [d for d in drafts if d.kind == "note" and not _on_a_plan(d, plans, meetings_told)
            or d.kind != "note" and ((d.sentence[0] >= headline_end and d not in repeated or headline_end < 0)
                                     and not d.announced
                                     or not any(_same_sides(d, p) for p in plans)
                                     or any(_same_sides(d, t) for t in told))]


def _on_a_plan(note: Draft, plans: list[Draft], told: list[Draft]) -> bool:
    """Whether a note on "this meeting" that would stand for a meeting of its own, if none came before it, speaks
    of one the text tells only as a plan: "تستضيف طهران غدا الاجتماع الثلاثي …. وفي هذا الاجتماع الثلاثي الذي
    يعقد بمبادرة من إيران، سيتبادل وزراء الدفاع …"; or, naming no one who met, comes after a plan that names one of
    its states and after no meeting told: "اتحادیه عرب … در ریاض نشست برگزار می کند … سفیر عربستان … گفته بود، زمان
    این دیدار … باید تغییر کند"."""
    if note.held:
        return False
    sides = {c for f in note.fallback for c in f.countries}
    if not note.participants and not any(t.sentence[0] < note.sentence[0] for t in told) \
            and any(p.sentence[0] < note.sentence[0] and sides & set(p.countries) for p in plans):
        return True
    return any(_same_sides(f, p) for f in note.fallback for p in plans) \
        and not any(_same_sides(f, t) for f in note.fallback for t in told)


ANNOUNCER_REACH = 9  # tokens from "أعلن" to its "عن", the announcer's title and name between
ANNOUNCE_AR = frozenset("اعلن اعلنت واعلن واعلنت کشف کشفت وکشف وکشفت".split())  # folded: announced (… عن)


CONFIRMED_REACH = 16  # tokens from "برگزاری" (the holding) to "تایید" (confirmed): the meeting's name between


def _announces(s: Sentence) -> bool:
    """Whether the sentence announces a meeting, which may have been held or be still to come: "وزارت خارجه چین از
    دیدار … خبر داد", "أعلن مساعد الرئيس عن لقاء بين …".

    >>> _announces(Sentence("از دیدار دو وزیر خبر داد".split(), [0] * 5, [0] * 5, [frozenset()] * 5))
    True
    """
    words = s.text
    if "خبر" not in words and ANNOUNCE_AR.isdisjoint(words) and "تایید" not in words:
        return False
    return any([w == "خبر" and words[i + 1].startswith(("داد", "میدهد"))
                or w in ANNOUNCE_AR and "عن" in words[i + 1:i + ANNOUNCER_REACH]
                or w == "برگزاری" and "تایید" in words[i + 1:i + CONFIRMED_REACH]  # "برگزاری اجلاس … را تایید کرد"
                for i, w in enumerate(words[:-1])])


def resolve_date(d: DateMention | None, published: date | None,
                 anchor: date | None) -> tuple[str | None, str | None, str]:
    """(iso, precision, how) of an event: its own date, else a weekday placed by the text's anchor day,
    else the publication day (news reports what happened on or just before it), else unknown.

    >>> resolve_date(None, date(2025, 9, 2), None)
    ('2025-09-02', 'day', 'publication')
    """
    if d is not None:
        if d.iso and d.precision == "day" and len(d.iso) == 10:
            return d.iso, "day", d.how
        if published is None and anchor is not None and d.how == "relative" and d.weekday is not None \
                and (d.offset_days is None or (anchor + timedelta(days=d.offset_days)).weekday() == d.weekday):
            # "أمس الأربعاء" needs a Thursday: another day is no publication day but a date in the body
            placed = resolve(d, anchor)
            if placed.iso:
                return placed.iso, "day", "relative"
        return None, None, "none"
    if published:
        return published.isoformat(), "day", "publication"
    return None, None, "none"


def assemble(text: str, folded: Folded, mentions: list[Mention], dates: list[DateMention],
             published: date | None, lang: str, roles: dict[str, str], anchor: date | None = None,
             offices: dict[str, frozenset[str]] | None = None) -> list[Event]:
    """All events of one article (``roles``: each official's role on the day; ``offices``: every office each
    one has held, by English name).

    >>> from core.pipeline import process_text
    >>> [(e.kind, e.countries) for e in process_text("وزیر خارجه ایران با سرگئی لاوروف دیدار کرد.").events]
    [('bilateral', ('IRN', 'RUS'))]
    """
    arabic = lang == "ar"
    hits = trigger_starts(folded.text)
    if not hits:
        return []
    protagonist = _protagonist(mentions) or home_country(folded.text, mentions) \
        or dateline_country(text, mentions)  # a bare title is the home's, else the dateline's
    if any([w in folded.text for w in PARTY_STEMS]):  # the cheap test first: most texts name no party
        roles = {**roles, **dict.fromkeys(party_leaders(text, mentions), "group_leader")}  # no state's side
    forum_counts = Counter(m.entity for m in mentions if m.kind == "forum" and not _delegate_to(text, m)
                           and not _between_parties(text, m))
    forum_default = forum_counts.most_common(1)[0][0] if forum_counts else None
    drafts: list[Draft] = []
    plans: list[Draft] = []
    mention_starts = [m.start for m in mentions]
    previous: list[Draft] = []  # the drafts of the clause before, which a clause cut at "while" goes on
    last_told: list[Draft] = []  # the drafts of the last sentence that told a meeting, which "also" goes on
    venues: dict[str, tuple[str, str | None]] = {}  # forum -> where someone arrived to attend its summit
    said_by = None  # the country of who speaks before a colon, the "I" of the words after it
    awaiting = None  # (host, span, day, trigger) of credentials or envoys received whom a later sentence lists
    listing = None  # (host, span, trigger, call) of meetings told before a colon, whose partners the next lines list
    denied: set[frozenset[str]] = set()  # the sides of meetings the text says did not happen
    host_before = None  # the state that received the guest of the reception told last, where it was held
    states_named = tuple(c for c, _ in Counter(m.country for m in mentions if m.kind == "country" and m.country)
                         .most_common()) if protagonist is None else ()
    wrapped = _hard_wrapped(folded.text)
    headline_end = -1 if wrapped else _headline_end(folded.text)
    post_states = _post_states(mentions, roles)
    before_span = (0, 0)  # the sentence before, whose two officials "the two leaders" may be
    for f_start, f_end, joined in _clauses(folded.text, sentence_spans(folded.text, wrapped), hits):
        o_start, o_end = folded.span(f_start, f_end)
        named_two, before_span = _two_named(mentions, mention_starts, before_span), (o_start, o_end)
        speaker, said_by = said_by, _speaker(folded.text, f_end, mentions, o_start, o_end)
        if awaiting is not None and _PAST_PERFECT_AR.search(folded.text, f_start, f_end):
            awaiting = None  # "وكان … قد اعتمد منتصف الشهر الجاري سفراء أربع دول أخرى وهي …": others, before
        if awaiting is not None:  # "والسفراء هم، … سفير البوسنة والهرسك، … سفير كازاخستان": the envoys listed
            host, told_at, day, word = awaiting
            envoys = _envoys_listed(mentions[bisect_left(mention_starts, o_start):], o_end, host)
            if len(envoys) >= 2:
                drafts.extend([Draft("bilateral", sorted([host, c]), [], told_at, word,
                                     [told_at, (o_start, o_end)], day, location=host, explicit_date=day is not None)
                               for c in envoys])  # held where the envoys serve
                awaiting = None
                continue
        k = bisect_left(hits, f_start)
        if listing is not None:  # "أجرى الوزير مكالمات مع السادة:" then a line per partner: "- آمادو با، وزير …"
            partner = _listed_partner(text, mentions[bisect_left(mention_starts, o_start):], o_start, o_end,
                                      listing[0]) if k == len(hits) or hits[k] >= f_end else None
            if partner is not None:
                host, told_at, word, call = listing
                drafts.append(Draft("bilateral", sorted([host, partner]), [], told_at, word,
                                    [told_at, (o_start, o_end)], call=call))
                continue
            listing = None
        if k == len(hits) or hits[k] >= f_end:
            summit = next((d for d in reversed(last_told) if d.summit), None)
            if summit is not None:  # "ويشارك كذلك كل من ولي العهد السعودي …": more who attend the summit
                _join_summit(summit, folded, f_start, f_end, mentions, arabic, mention_starts, roles)
            continue
        k = bisect_left(mention_starts, o_start)
        if k == len(mentions) or mentions[k].start >= o_end:
            continue  # no country, place, person or forum named: nothing to assemble
        words, starts, ends = sentence_words(folded.text, f_start, f_end)
        if not words:
            continue
        s = build_sentence(folded, words, starts, ends, mentions, arabic, mention_starts)
        pair = next((d.countries for d in reversed(last_told) if d.kind == "bilateral"), None) \
            or (named_two if "this_meeting" not in s.kinds or _that_came_during(s) is not None else None)
        # "در آن دیدار": one told before, or none; "جاء ذلك خلال لقاء": the two named just before
        implied = speaker if speaker and "first_person" in s.kinds else protagonist
        also_received = host_before is not None and arabic and _also_received_alone(s)
        if also_received:
            implied = host_before  # "كما استقبل الشيخ سعود … والوفد المرافق له": the host of the reception before
        last_person = None if PRONOUNS.isdisjoint(s.text) and HIS_MEETINGS.isdisjoint(s.text) \
            else _last_person(mentions, k)  # only "او" and "اجتماعه" (his meeting) need it
        named_most = _most_named_state([m for m in mentions if not o_start <= m.start < o_end]) \
            if "credentials" in s.kinds or arabic and _receives(s) else None  # named outside the sentence,
        # where the envoys' states are
        sides = _denied_sides(s, roles, implied)
        if sides is not None:  # "خبر گفتگوی اخیرم با ویتکاف صحت ندارد"
            denied.add(sides)
            continue
        told = drafts_for_sentence(s, dates, roles, arabic, forum_default, implied, published, plans, venues, pair,
                                   last_person, named_most, f_start < headline_end, post_states, host_before,
                                   states_named)
        if also_received:
            for d in told:
                d.location, d.city = host_before, None
        if told and _announces(s):
            for d in told:
                d.announced = True
        if joined:
            _share_circumstances(previous, told)
        elif told and _goes_on(s):
            _share_circumstances(last_told, [d for d in told if d.kind == "bilateral"])
        drafts.extend(told)
        previous = told
        if not also_received:
            host_before = next((d.location for d in told if d.welcome and d.kind == "bilateral"
                                and d.location in d.countries), host_before if not told else None)
        last_told = told or last_told
        if told:
            awaiting = None
        if not told and folded.text[f_start:f_end].rstrip().endswith(":"):
            listing = _partners_to_list(s, roles, implied, (o_start, o_end))
        if not any([d.kind == "bilateral" for d in told]) \
                or "credentials" in s.kinds and not ENVOYS_WORDS.isdisjoint(s.text):
            # "تسلم … أوراق اعتماد خمسة سفراء دول أجنبية، بجانب أوراق سفير الصومال": more envoys than named
            awaiting = _awaiting_envoys(s, roles, implied, dates, (o_start, o_end)) or awaiting
    if plans:
        drafts = _without_planned_headline(drafts, plans, -1 if wrapped else _headline_end(text), text)
    if denied:  # every telling of a meeting the text says did not happen
        drafts = [d for d in drafts if frozenset(d.countries) not in denied]
    _name_un_body(drafts, forum_counts)
    drafts = _without_recalled_pairs(subsume_bilaterals(merge_drafts(drafts, offices)))
    drafts = summits_from_sidelines(drafts)
    seats = {m.entity: m.country for m in mentions if m.kind == "forum" and m.country}
    events = []
    today_told = published is None and any([_told_today(d) for d in drafts])
    for d in drafts:
        if d.location is None and not d.call and d.forum in venues:
            d.location, d.city = venues[d.forum]
        if d.sideless and d.countries:
            d.sideless = False
        if (d.venue_only or d.summit and len(set(d.countries)) == 1) and not (d.held or d.explicit_date):
            continue  # "قمة سمرقند تفتح صفحة جديدة": a summit of its venue or one state only, never told as held
        if d.kind != "multilateral" or not d.forum or not (d.countries or d.sideless):
            if len(set(d.countries)) < 2:
                continue  # one country alone met no one; a forum's session needs a side or to be told as held
        if not d.call and d.forum in seats and d.location != seats[d.forum]:
            # "در حاشیه کنفرانس امنیتی مسکو": the forum always meets there, whatever place a note names
            d.location, d.city = seats[d.forum], None
        iso, precision, how = (None, None, "none") if d.vague and not d.explicit_date \
            else resolve_date(d.date, published, anchor)
        if not reported_as_news(iso, published, how) or _ahead(d.date) \
                or today_told and not d.explicit_date and _in_a_month_of_a_year(d, dates, text):
            continue
        events.append(Event(
            kind=d.kind, countries=tuple(sorted(set(d.countries))), date=iso, date_precision=precision,
            date_how=how, location=d.location, city=d.city, forum=d.forum,
            participants=tuple(d.participants), evidence=tuple(d.evidence),
            confidence=_confidence(d), trigger=d.trigger))
    return events


LIST_MARKS = ("-", "–", "•", "*", "·")  # what opens a line of a list


def _partners_to_list(s: Sentence, roles: dict[str, str], home: str | None,
                      span: tuple[int, int]) -> tuple[str, tuple[int, int], str, bool] | None:
    """(host, sentence span, trigger, call) when a sentence that ends with a colon tells meetings or calls of one
    state's official with partners it does not name: "وفي هذا السياق أجرى الوزير مكالمات مع السادة:"; the lines
    after it list the partners."""
    trig = next((j for j in s.cued if not TRIGGER_KINDS.isdisjoint(s.cues[j])), None)
    if trig is None or _cancelled(s, 0, len(s.text), trig, False, s.kinds, False):
        return None
    host = _one_state_else({a.country for a in actors_in(s, 0, len(s.text), roles)}, home)
    if host is None:
        return None
    return host, span, _trigger_word(s, trig), "call" in s.kinds


def _listed_partner(text: str, mentions: list[Mention], start: int, end: int, host: str) -> str | None:
    """The state of the one partner a list line names ("- آمادو با وزير الشؤون الخارجية … بجمهورية السنغال"): the
    first state other than the host named in ``text[start:end]``, which opens with a list mark; None otherwise."""
    if not text[start:end].lstrip().startswith(LIST_MARKS):
        return None
    return next((m.country for m in mentions if m.start < end and m.kind in ("country", "official")
                 and m.country and m.country != host), None)


_PAST_PERFECT_AR = re.compile(r"(?<!\w)و?کان(?:ت)?(?!\w)(?:\s+\S+){0,6}?\s+قد(?!\w)")  # folded "وكان … قد"
LISTED_ENVOY_GAP = 60  # characters from one state of a list after "سفراء:" to the next: the envoy's name between
ENVOY_GAP = 30  # characters from an ambassador's title to the state it names ("السفير الجديد لجمهورية فرنسا")


UN_BODIES = ("UNGA", "UNSC")  # the United Nations' bodies whose sessions a text may call "the UN"


def _name_un_body(drafts: list[Draft], forum_counts: Counter) -> None:
    """"پس از سخنرانی در سازمان ملل، با رئیس جمهوری فرانسه دیدار کرد" in a text about the General Assembly's
    session: "the UN" there is that body (the one body of the UN the text names); a call is at no session."""
    bodies = [b for b in UN_BODIES if forum_counts[b]]
    if len(bodies) == 1:
        for d in drafts:
            if d.forum == "UN" and not d.call:
                d.forum = bodies[0]


Awaiting = tuple[str, tuple[int, int], DateMention | None, str]  # (host, span, day, trigger) of envoys to be listed


def _awaiting_envoys(s: Sentence, roles: dict[str, str], home: str | None, dates: list[DateMention],
                     span: tuple[int, int]) -> Awaiting | None:
    """(host, sentence span, day, trigger) when the sentence tells credentials received from envoys it does not name by
    state ("تقبل الرئيس الفلسطيني محمود عباس، اليوم الأربعاء، أوراق اعتماد عدد من السفراء"), or ambassadors
    received each apart ("استقبل في ذات الوقت مجموعة سفراء من دول أخرى، كل على حدة"); the next sentences may list
    them. The host is the one state of whom receives them, else the article's (``home``)."""
    at = next((j for j in s.cued if "credentials" in s.cues[j]), None)
    if at is not None:  # the state the envoys are accredited to first ("سفراء معتمدين في لبنان")
        home = _accredited_to(s) or home
        host, word = _credentials_host(s, 0, len(s.text), at, actors_in(s, 0, len(s.text), roles), home), "credentials"
    else:
        host, word = _envoys_met(s, roles, home)
    if host is None:
        return None
    day = next((d for d in dates if span[0] <= d.start < span[1] and d.precision == "day"), None)
    return host, span, day, word


ACCREDITED_WORDS = frozenset("المعتمدین معتمدین المعتمد معتمد المعتمده معتمده".split())  # folded: accredited


def _accredited_to(s: Sentence) -> str | None:
    """The state envoys are accredited to, named right after "المعتمدين لدى"/"معتمدين في": "أوراق اعتماد تسعة من
    السفراء المعتمدين لدى دولة فلسطين" (Palestine receives them, wherever the ceremony is held)."""
    for j in range(len(s.text) - 2):
        if s.text[j] in ACCREDITED_WORDS and s.text[j + 1] in ("لدی", "فی"):
            m = s.mention[j + 2]
            if m is not None and m.kind in ("country", "city") and m.country:
                return m.country
    return None


ENVOYS_WORDS = frozenset("سفراء السفراء سفرای".split())  # folded: ambassadors, not named by state


def _envoys_met(s: Sentence, roles: dict[str, str], home: str | None) -> tuple[str | None, str]:
    """(host, meeting verb) when the sentence tells ambassadors received, each apart, whom it does not name by
    state: "عبد المهدي استقبل في ذات الوقت مجموعة سفراء من دول أخرى، كل على حدة"; (None, "") otherwise."""
    if ENVOYS_WORDS.isdisjoint(s.text):
        return None, ""  # most sentences name no ambassadors in the plural
    at = next((j for j, w in enumerate(s.text) if w in ENVOYS_WORDS and (s.mention[j] is None
                                                                          or s.mention[j].kind == "title")), None)
    verb = next((j for j in s.cued if at is not None and j < at and "meeting_verb" in s.cues[j]), None)
    if verb is None or not any([s.text[j] in APART_WORDS for j in range(at, len(s.text))]):
        return None, ""
    return _one_state_else({a.country for a in actors_in(s, 0, at, roles)}, home), s.text[verb]


def _envoys_listed(mentions: list[Mention], end: int, host: str) -> list[str]:
    """The states named right after an ambassador's title in ``mentions`` (sorted, from the sentence's first)
    before ``end``, the host's aside."""
    out: list[str] = []
    last_title, plural = None, False
    for m in mentions:
        if m.start >= end:
            break
        if m.kind == "title" and m.entity == "ambassador":
            last_title, plural = m, fold_text(m.surface).rstrip(":") in ENVOYS_WORDS
        elif m.kind == "country" and last_title is not None \
                and m.start - last_title.end <= (LISTED_ENVOY_GAP if plural else ENVOY_GAP) \
                and m.country not in out and m.country != host:
            out.append(m.country)
            if plural:  # "سفراء: اوستراليا ربيكا …، جمهورية كوبا الكسندر …": one title, a list of states
                last_title = m
            else:
                last_title = None
    return out


def _last_person(mentions: list[Mention], k: int) -> str | None:
    """The country of the last person named before mention k: an official, or a title and its country
    ("عیسی سالم الظاهری، سفیر امارات متحده عربی"), whom a pronoun after it stands for."""
    for i in range(k - 1, -1, -1):
        m = mentions[i]
        if m.kind == "official" and m.country:
            return m.country
        if m.kind == "country" and i and _titled(mentions[i - 1], m):
            return m.country
    return None


def _speaker(folded_text: str, f_end: int, mentions: list[Mention], o_start: int, o_end: int) -> str | None:
    """The first country named, or of the first official named, in a clause cut at a colon: who says the words
    after it ("وزیر امور خارجه کشورمان نوشت: … با وزیر خارجه عمان گفتگو داشتم"); None for a clause not cut
    there."""
    if folded_text[f_end:f_end + 1] != ":":
        return None
    return next((m.country for m in mentions if o_start <= m.start < o_end and m.country
                 and m.kind in ("official", "country")), None)


def _protagonist(mentions: list[Mention]) -> str | None:
    """The country of the official the article names most often (the first named, on a tie), the side left
    implicit in "وصل لاريجاني إلى بغداد … التقى رئيس الوزراء X، والرئيس Y، ووزير الخارجية Z": a list of hosts
    met once each outnumbers the visitor's country but not the visitor's name."""
    main = _most_named_official(mentions)
    return main.country if main is not None else None


def _most_named_state(mentions: list[Mention]) -> str | None:
    """The country named most often by a state word (name, adjective, capital; the first named, on a tie): the
    host of credentials a bare title receives ("تقبل جلالة الملك أوراق اعتماد …" in a text naming Jordan
    elsewhere).

    >>> _most_named_state([Mention(0, 4, "عمان", "city", "amman", "JOR", "Amman", "capital")])
    'JOR'
    """
    first = _first_most_named([m for m in mentions if m.kind in ("country", "city") and m.country],
                              lambda m: m.country)
    return first.country if first is not None else None


def _most_named_official(mentions: list[Mention]) -> Mention | None:
    """The first mention of the official the article names most often (the first named, on a tie)."""
    return _first_most_named([m for m in mentions if m.kind == "official" and m.country], lambda m: m.entity)


def _first_most_named(mentions: list[Mention], key) -> Mention | None:
    """The first of ``mentions`` whose ``key`` (an entity, a country) is named most often; None if there are none."""
    counts = Counter(map(key, mentions))
    if not counts:
        return None
    top = max(counts.values())
    return next(m for m in mentions if counts[key(m)] == top)


def _told_today(d: Draft) -> bool:
    """Whether a meeting is told as held today or a day or so before ("اليوم الثلاثاء", "أمس")."""
    return d.explicit_date and not d.vague and d.date is not None and d.date.how == "relative" \
        and -RECENT_DAYS <= (d.date.offset_days if d.date.offset_days is not None else -1) <= 0


def _in_a_month_of_a_year(d: Draft, dates: list[DateMention], text: str) -> bool:
    """Whether a meeting's sentence tells it "in" a month of a stated year ("في مارس 2019، استقبلت القاهرة …",
    "در اسفند ۱۳۹۸"): beside one told as held today, in a text with no publication date, it is background."""
    start, end = d.sentence
    return any([m.precision == "month" and m.how == "stated" and m.year is not None and start <= m.start < end
                and text[max(start, m.start - MONTH_IN_REACH):m.start].split()[-1:] in (["في"], ["وفي"], ["در"])
                for m in dates])


MONTH_IN_REACH = 6  # characters before a month to look for "في"/"در"
RECENT_DAYS = 2  # "أمس", "أول أمس": days before today a meeting told by a relative day is still the news


def _ahead(day: DateMention | None) -> bool:
    """Whether a meeting's day is told as still ahead, with or without a publication date to count from:
    "غدا", "الجمعة المقبل", "فردا"."""
    return day is not None and day.how == "relative" and (day.offset_days or 0) > 0


def reported_as_news(iso: str | None, published: date | None, how: str = "stated") -> bool:
    """Whether a meeting on day ``iso`` is news on the publication day: not history told in passing (over
    ``HISTORY_DAYS`` before) and not a plan (a stated day after the day following publication, which a time
    zone may shift; a relative day after publication, "غدا", "فردا"). Unknown days always are.

    >>> reported_as_news("2024-01-02", date(2024, 5, 2)), reported_as_news("2024-05-01", date(2024, 5, 2))
    (False, True)
    >>> reported_as_news("2024-05-03", date(2024, 5, 2)), reported_as_news("2024-05-03", date(2024, 5, 2), "relative")
    (True, False)
    >>> reported_as_news("2023-06", date(2026, 2, 8)), reported_as_news("2026-02", date(2026, 2, 8))
    (False, True)
    """
    if iso is not None and published is not None and len(iso) == 7:  # a month: "في منتصف حزيران/يونيو 2023"
        months_before = published.year * 12 + published.month - int(iso[:4]) * 12 - int(iso[5:7])
        return months_before < EARLIER_MONTHS
    if iso is None or published is None or len(iso) != 10:
        return True
    days_before = (published - date.fromisoformat(iso)).days
    return (0 if how == "relative" else -1) <= days_before <= HISTORY_DAYS


def _confidence(d: Draft) -> float:
    score = 0.5 + 0.15 * bool(d.participants) + 0.1 * d.explicit_date + 0.1 * bool(d.location)
    return round(min(score, 0.95), 2)


__all__ = ["assemble", "replace"]
