"""One sentence into draft events: the trigger, its actors, its sides, venue, forum and date.

``drafts_for_sentence`` is where the other modules meet: "وزیر خارجه ایران در حاشیه نشست شانگهای با
همتای روسی خود دیدار کرد" yields a bilateral IRN–RUS draft with forum SCO and, through the sideline cue,
the SCO summit itself.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from datetime import date

from core.events.actors import (
    ADDRESS_WORDS,
    ALSO_WORDS,
    BETWEEN_WORDS,
    DELEGATION_WORDS_FA,
    EMBASSY_WORDS,
    HEAD_POSTS,
    LIST_WORDS,
    PRESENCE_WORDS,
    _between_states,
    _compound_after,
    _forum_of_person,
    _participant,
    actors_in,
)
from core.events.dating import (
    EARLIER_MONTHS,
    _earlier_month,
    _last_week,
    _later_today,
    _meeting_days,
    _nearest_date,
    _partner_day,
)
from core.events.receptions import (
    APART_WORDS,
    POST_HEADS_FA,
    RECEPTION_WORDS,
    WELCOMED_WORDS,
    _also_received,
    _also_received_alone,
    _bare_guest_welcomed,
    _credentials_presented,
    _credentials_received,
    _envoy_after,
    _envoys_received_each,
    _envoys_serve_in,
    _is_envoy,
    _new_envoy,
    _persons_welcomed,
    _received,
    _served_in,
    _summoned_to_ministry,
    _summoner,
    _welcome_party,
    _welcomed_each,
)
from core.events.sentence import TRIGGER_KINDS, Actor, Draft, Sentence, _mention_head
from core.events.sides import (
    COMMISSION_WORDS,
    COUNTERPART_PLURALS,
    COUNTERPART_WORDS,
    HIS_MEETING_WORDS,
    HIS_MEETINGS,
    LETTER_WORDS,
    PAIR_WORDS,
    PRONOUNS,
    STATE_PLURALS,
    UPCOMING_REACH,
    _adjacent_sides,
    _among,
    _attended_by,
    _bare_posts,
    _bare_title_host,
    _callers_from,
    _clitic_title,
    _coordinated_subjects,
    _counterpart_of_state,
    _counterparts_of_forum,
    _counterparts_together,
    _delegates_of,
    _discussed_from,
    _distinct_people,
    _each_of_at,
    _ezafe_partner,
    _genitive_state,
    _host_title,
    _joined_list,
    _listed_after,
    _listed_people,
    _members_meet,
    _members_met,
    _met,
    _more_summits_listed,
    _noun_sides,
    _one_per_official,
    _one_state_once,
    _pair_word,
    _people_of,
    _person_after_name,
    _plural_subject,
    _posted_host,
    _sat_in,
    _shared_title,
    _subject_dropped,
    _subject_sides,
    _titled_host,
    _titled_subject,
    _titles_listed,
    _trigger_word,
    _verb_then_partners,
    _without_timed_people,
)
from core.events.tense import (
    ATTEND_NOUNS_FA,
    IN_WORDS,
    NOUN_KINDS,
    OCCURRED_KINDS,
    OWN_SUFFIXES_AR,
    PAIRING,
    PAST_LIGHT_FA,
    PURPOSE_WORDS,
    REPORT_VERBS_AR,
    SEQUENCE_KINDS,
    SPOKE_WORDS,
    THAT_AR,
    TRIP_WORDS,
    _after_purpose,
    _also_earlier,
    _before,
    _before_a_meeting,
    _before_this_meeting,
    _came_after,
    _cancelled,
    _clause_after,
    _dates_in,
    _earlier,
    _earlier_ar,
    _earlier_at_the_forum,
    _earlier_in_the_host_state,
    _earlier_partners,
    _earlier_yesterday,
    _his_earlier_meetings,
    _history_clause,
    _holding_discussed,
    _host_is_future,
    _in_later_period,
    _in_past_year,
    _meeting_ahead_after,
    _next_session,
    _ordinal_of,
    _outcome_of,
    _outside_cancelled,
    _outside_purpose,
    _own_talks_with,
    _past_main_verb_after,
    _past_quantifier,
    _recent_days,
    _relative_before_verb,
    _split_pluperfect,
    _this_meeting_starts,
    _told_earlier_as_held,
    _told_held,
    _topic_of_plan,
    _until,
    _within_report,
    _without_met_before,
)
from core.events.venue import (
    GATHERING_REACH,
    MANY_MET,
    SIDELINE_KINDS,
    _arrived_in,
    _cabinet_sitting,
    _gathering_after,
    _hosting_state,
    _in_sideline,
    _meetings_of_the_trip,
    _named_gathering,
    _note_summit_venue,
    _place_named_before,
    _tour,
    _trip_to_these,
    _venue,
    _visiting,
)
from core.fold import fold_text
from core.home import is_agency, is_outlet
from core.records import DateMention, Participant

SHOWED = frozenset({"عرض", "وعرض"})  # folded: reviewed (with), showed, an offer
SHOWED_WITH = 5  # tokens from "عرض" to its "مع": "وعرض بري مع السفير الروسي"
BROUGHT_TOGETHER = frozenset("جمع جمعت ضم ضمت جمعهم جمعهما یجمعهم یجمعهما".split())  # folded: "الذي جمع وزراء …"
CONDUCTED_IT = frozenset("اجراها اجراه اجرته عقده عقدها عقدته اجریاها عقداه".split())  # folded: "محادثات أجراها"
FORUM_AFTER_SUMMIT = 3  # tokens from a summit word to the forum it names ("نشست آتی سازمان شانگهای")

WHERE_WORDS = frozenset({"حیث"})  # folded: "واجرى عدد من اللقاءات …، حيث التقى …": his meetings, told one by one
NOT_WITH_A_PERSON = ("حضور", "شرکت", "مشارکه", "مشارکت", "دعوت", "نشر", "انتشار", "اشاره", "تاکید", "صدور", "ارسال",
                     "بدء", "بدایه", "انطلاق", "ختام", "نهایه", "اقتراب", "حلول", "اقامت")  # "مع بدء أمير قطر
# كلمته": a time; folded: "با حضور", "با دعوت" (invited by), "با نشر خبرنامه ای گفته" (by a press release), "با اشاره
# به" (citing), "(با اقامت در باکو)" (residing in)
ONLINE_SPACE_WORDS = frozenset("فضای صفحه صفحات شبکه شبکههای".split())  # folded: "فضای مجازی", social media
ATTENDED_WORDS = frozenset({"بحضور", "حضور"})  # folded: "التقى أمير قطر، في حضور الوزير العطية": who sat in

HISTORY_DAYS = 30  # a meeting dated longer before the publication day is background, not the news

ORGANISATION_ROLES = frozenset({"secretary_general", "organisation_head", "high_representative"})  # no state's


def _first_between(s: Sentence, actors: list[Actor]) -> str | None:
    """The state of the first actor right after "بين"/"میان" (between), if any: who met each of the others in
    separate meetings "بين X وضيفيه المصري والأردني"."""
    k = next((j for j in s.cued if "between" in s.cues[j]), None)
    first = next((a for a in actors if k is not None and a.tok > k), None)
    return first.country if first is not None and first.tok <= k + BETWEEN_REACH else None


BETWEEN_REACH = 6  # tokens from "بين" to the first side's person: "بين رئيس الوزراء العراقي مصطفى الكاظمي"

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


def _who_took_part(s: Sentence) -> bool:
    """Whether every "this meeting" of the sentence follows a word for taking part: "با سران کشورهای شرکت کننده
    در این نشست از جمله روسیه و چین دیدار کرد" says who was at the summit the sentence is set at; it is no note
    on a meeting told before."""
    firsts = _this_meeting_starts(s)
    return all([j and "participating" in s.cues[j - 1] for j in firsts])


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


SPEECH_WORDS = frozenset("کلمته کلمتها خطابه خطابها سخنرانی".split())  # folded: "خلال كلمته في المؤتمر"
SPOKE_VERB_HEADS = frozenset("اظهار تاکید سخنرانی خاطرنشان اشاره تصریح".split())  # folded: "اظهار کرد", "اشاره کرد"
SPOKE_LIGHT_VERBS = frozenset({"کرد", "داشت"})  # folded: "تاکید کرد", "اظهار داشت"


def _spoken(s: Sentence, k: int) -> bool:
    """Whether token ``k`` is a past verb of speech: "گفت", "قال", or a head and its light verb ("اشاره کرد").

    >>> _spoken(Sentence("وی اشاره کرد".split(), [0] * 3, [0] * 3, [frozenset()] * 3), 2)
    True
    """
    return s.text[k].removeprefix("و") in SPOKE_WORDS \
        or s.text[k] in SPOKE_LIGHT_VERBS and k > 0 and s.text[k - 1] in SPOKE_VERB_HEADS


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
    return at is not None and any([_spoken(s, k) for k in range(at + 1, hi)])


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


ABSENT_VERBS = frozenset("نیافت نیافتند نداشت نداشتند نکرد نکردند نمییابد نمییابند".split())  # folded: "حضور نیافتند"


def _without_absent(s: Sentence, actors: list[Actor], trig: int) -> list[Actor]:
    """The actors less those named after the meeting word who, it says, did not attend ("در نشست … سارک در پاکستان
    نمایندگان افغانستان و بنگلادش حضور نیافتند"): no sides of it."""
    if ABSENT_VERBS.isdisjoint(s.text):
        return actors  # the cheap test first: most sentences tell no one absent
    absent = next((k for k in range(trig + 1, len(s.text) - 1) if s.text[k] in ATTEND_NOUNS_FA
                   and s.text[k + 1] in ABSENT_VERBS), None)
    return actors if absent is None else [a for a in actors if not trig < a.tok < absent]


REMARKS_FA = frozenset("اظهارات سخنان تصریحات ادعاهای ادعای".split())  # folded: the remarks of
AT_WHICH_FA = frozenset("طی در ضمن".split())  # folded: the meeting the remarks were made at ("طی کنفرانس مطبوعاتی")


def _without_remarkers(s: Sentence, actors: list[Actor], trig: int) -> list[Actor]:
    """The actors less who spoke of someone's remarks told with the meeting they were made at: "مرضیه افخم
    سخنگوی وزارت خارجه اظهارات اخیر وزیر خارجه سعودی … طی کنفرانس مطبوعاتی با جان کری … را مردود دانست" (the
    Saudi minister's press conference with Kerry; the spokeswoman was not there)."""
    if REMARKS_FA.isdisjoint(s.text):
        return actors  # the cheap test first: most sentences quote no remarks
    at = next((k for k in range(trig - 1, -1, -1) if s.text[k] in REMARKS_FA), None)
    if at is None or s.text[trig - 1] not in AT_WHICH_FA \
            or not any([at < a.tok < trig and a.participant is not None for a in actors]):
        return actors  # (not "سفیر نروژ در اعتراض به اظهارات … رئیس پارلمان این کشور … احضار شد": he was summoned)
    return [a for a in actors if a.tok > at]


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


UPCOMING_WORDS = frozenset("اتی اینده قریب المرتقبه المقبله القادمه".split())  # folded: "سفر آتی", "الزيارة المرتقبة"

JOINT_WORDS = frozenset("مشترک مشترکه المشترک مشترکی مشترکا".split())  # folded "مشترك", "مشتركة", "جلسه
# مشترکی", "اجتماعا مشتركا"


def _earlier_meetings_named(s: Sentence) -> tuple[int, ...]:
    """The meeting words that carry their own "earlier" ("الاجتماعات السابقة", "نشست قبلی"), when every "earlier" of
    the sentence is one of them and another meeting word, told as no earlier one, stands before them; else ()."""
    recalled = [j for j in s.cued if "recall" in s.cues[j]]
    named = tuple(j for j in recalled if not NOUN_KINDS.isdisjoint(s.cues[j]))
    if not named or not all(j in named or j - 1 in named for j in recalled):
        return ()
    first = min(named)
    return named if any([not TRIGGER_KINDS.isdisjoint(s.cues[j]) for j in s.cued if j < first]) else ()


OFFICIALS_FA = frozenset("مقامات مقامهای مسئولان مسئولین مسوولان مقامها".split())  # folded: officials, of no state
OFFICIALS_REACH = 4  # tokens from "با" to the officials it names: "با تعدادی از مقامات"
GUEST_WORDS = frozenset(fold_text("الضيف الزائر مهمان").split())  # folded: "the guest" (minister)
THAT_HE_AR = frozenset({"انه", "بانه"})  # folded "أنه", "بأنه": that he


COINCIDING_OPENERS = (("همزمان", "با"), ("بالتزامن", "مع"), ("تزامنا", "مع"))  # folded: "coinciding with"


def _without_coinciding(s: Sentence, lo: int, actors: list[Actor], trig: int) -> list[Actor]:
    """The actors less those of a trip the sentence opens by as its time ("همزمان با سفر رسمی وزیر امور خارجه ایران
    به اسلامآباد، سفیر منتخب پاکستان … به دیدار عارف علوی … رفت"): up to the place that trip went to."""
    if trig - lo < 4 or (s.text[lo], s.text[lo + 1]) not in COINCIDING_OPENERS:
        return actors
    end = next((j for j in range(lo + 2, trig) if s.mention[j] is not None and s.mention[j].kind in ("city", "country")
                and j > lo + 2 and s.text[j - 1] in ("به", "الی", "إلى", "الى")), None)  # "… به اسلامآباد"
    return [a for a in actors if a.tok > end] if end is not None else actors


def _press_only(s: Sentence, live: list[int]) -> bool:
    """Whether every gathering word still live is a press conference's ("مؤتمر صحافي")."""
    return all(["press" in s.cues[j] for j in live if "summit" in s.cues[j]])


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
                        "جریده سایت پایگاه وسایل".split())
INTERVIEW_REACH = 3  # tokens from the talk word to its "with": "گفتوگوی اختصاصی با", "حديث خاص مع"
MEDIA_BEFORE_REACH = 4  # tokens from a "with" before the talk word to it: "با خبرنگار پارلمانی مهر، گفتگو"


def _interview(s: Sentence, j: int) -> bool:
    """Whether the talk word at token j is an interview: its "with" opens a newspaper, agency, channel or reporter
    ("در گفتگو با خبرگزاری ریانووستی", "في حديث مع صحيفة"), or a national agency by name ("در گفتوگو با ایسنا")."""
    after = next((k for k in range(j + 1, min(len(s.text) - 1, j + 1 + INTERVIEW_REACH))
                  if "with" in s.cues[k] or s.text[k] == "که"), None)  # "در گفتوگویی که سایت … وزارت نفت داشته"
    # "که با خبرنگار پارلمانی مهر، گفتگو می کرد": the reporter before the Persian talk word
    before = next((k for k in range(j - 1, max(-1, j - 1 - MEDIA_BEFORE_REACH), -1) if "with" in s.cues[k]), None)
    return any([k is not None and k + 1 < len(s.text) and (_media(s.text[k + 1]) or s.text[k + 1] in SPOKESMEN_OF
                                                           and k + 2 < len(s.text) and _media(s.text[k + 2]))
                for k in (after, before)])  # "في لقائه الدوري مع ممثلي وسائل الاعلام": the press


SPOKESMEN_OF = frozenset("ممثلی نمایندگان مدیران اصحاب".split())  # folded: representatives, heads of (the media)


def _media(word: str) -> bool:
    """A folded word for a newspaper, agency, channel or reporter, or a national agency's or world outlet's name
    ("ایسنا", "الجزیره")."""
    return word in MEDIA_WORDS or word.removeprefix("ال") in MEDIA_WORDS or is_agency(word) or is_outlet(word)


PEOPLE_SUBJECTS_FA = frozenset("نمایندگان هیات هییت هیئت اعضای".split())  # folded: MPs, a delegation, members

DELEGATION_REACH = 6  # tokens from a sentence's "هیات" to its "با": "هیات پارلمانی بعد از دیدار با"


def _indefinite_meetings(s: Sentence, live: list[int], arabic: bool) -> bool:
    """Whether every summit word of the sentence is indefinite, "a meeting" ("عقد … إجتماعا", "نشستی"): one of
    its own, not the gathering the article is about."""
    words = [s.text[j] for j in live if "summit" in s.cues[j]]
    return bool(words) and all([w.endswith("ا") and not w.startswith("ال") if arabic else w.endswith("ی")
                                for w in words])


ONE_WITH_ONE_REACH = 18  # tokens from a meeting noun to the "مع" after the one person who held it


def _one_with_one(s: Sentence, live: list[int]) -> bool:
    """Whether the sentence's first summit word is the meeting of one named person (or "his": "اجتماعه") with
    another, "مع" after him: "بعد اجتماع المبعوث الخاص …، ميخائيل بوغدانوف، مع سفير البحرين" (a meeting of its own,
    not the gathering the article is about; "اللقاء" after it is the same meeting)."""
    j = next((j for j in live if "summit" in s.cues[j]), None)
    if j is None:
        return False
    if _own_talks_with(s, j) and not any([s.text[j].endswith("ات" + own) for own in OWN_SUFFIXES_AR]):
        return True  # "بوتين خلال اجتماعه مع ملك البحرين": his own meeting with one (not "أول اجتماعاته مع
        # مبعوث الأمم المتحدة": the first of his meetings at the gathering)
    split = next((k for k in range(j + 1, min(len(s.text), j + ONE_WITH_ONE_REACH)) if "with" in s.cues[k]), None)
    named = [s.mention[k] for k in range(j + 1, split or j) if s.mention[k] is not None]
    return split is not None and any([m.kind == "official" for m in named]) and all([m.kind != "forum" for m in named])


def _with_a_group(s: Sentence, actors: list[Actor]) -> bool:
    """Whether the sentence's "با"/"مع" opens people named by a region, no state, with no one named after them:
    "دیپلمات‌های ایرانی و آمریکایی با اروپایی‌ها دیدار کردند" (both met others)."""
    return any([s.text[j + 1] in GROUP_NOUNS and not any([a.tok > j for a in actors])
                for j in s.cued if "with" in s.cues[j] and j + 1 < len(s.text)])


GROUP_NOUNS = frozenset("اروپاییها الاوروبیین الاوروبیون اعراب العرب غربیها الغربیین".split())  # folded:

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


def _only_meeting_between(s: Sentence, live: list[int], hi: int) -> bool:
    """Whether a meeting noun right before "بین"/"بين" is the sentence's only summit word ("نشست بین هیاتهای
    دیپلماتیک ایروان و باکو"): a meeting of the sides after it, with no summit of its own (not "غادرا قاعة القمة
    والتقيا..اجتماع بين السيسي والملك سلمان")."""
    between = [j for j in live if j + 1 < hi and "between" in s.cues[j + 1]]
    return bool(between) and not any(["summit" in s.cues[k] for k in s.cued if k not in between])


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

RECIPROCAL_WORDS = frozenset("یکدیگر همدیگر هم".split())  # folded: "با یکدیگر دیدار": the sides named before met
# folded: "همزمان با سفر …" (at the time of), "تحولات مرتبط با افغانستان" (related to), "مبارزه با تروریسم" (the
# fight against), "در رابطه با" (regarding): no partner after "با"
AT_THE_TIME_WORDS = frozenset("همزمان مرتبط رابطه ارتباط مبارزه مقابله بالتزامن تزامنا وبالتزامن وتزامنا".split())

NAMELY_WORDS = frozenset("وهم هم وهما وهی".split())  # folded: "… الدول المشاركة وهم رؤساء الصين وروسيا"

PRESENCE_REACH = 10  # tokens from "با حضور" to the counterparts it goes on to: "با حضور X، معاون …، و همتایان او"


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


INVITE_WORDS = frozenset({"دعوت", "دعوه", "بدعوه"})  # folded: "به دعوت", "بدعوة من"
INVITER_SPAN = 4  # tokens from the invitation word to its inviter's country: "بدعوة من رئيس وزراء العراق"


def _invited_by(s: Sentence, lo: int, tok: int) -> bool:
    """Whether an actor is who invited the subject ("پزشکیان که به دعوت الهام علی اف … عازم شده بود، با
    اردوغان دیدار کرد"): the host of the trip, not a second side of the meeting told.

    >>> _invited_by(Sentence("به دعوت الهام علیاف".split(), [0, 3, 8, 14], [2, 7, 13, 19], [frozenset()] * 4), 0, 2)
    True
    """
    return any([s.text[j] in INVITE_WORDS for j in range(max(lo, tok - INVITER_SPAN), tok)])


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


def _organisation_met(s: Sentence, lo: int, split: int) -> str | None:
    """The forum whose states hold the meeting named before the partners: "خلال اجتماع دول مجلس التعاون لدول
    الخليج العربية مع وزير خارجية اليابان" (GCC); None otherwise."""
    if STATE_PLURALS.isdisjoint(s.text[lo:split]):
        return None  # most sentences name no states of an organisation
    for k in range(lo, split - 2):
        if not s.cues[k].isdisjoint(TRIGGER_KINDS) and s.text[k + 1] in STATE_PLURALS \
                and s.mention[k + 2] is not None and s.mention[k + 2].kind == "forum":
            return s.mention[k + 2].entity
    return None


def _visit_beside(s: Sentence, trig: int) -> int | None:
    """The token of a sideline cue after the meeting at trig whose occasion is a visit ("وذلك على هامش زيارة …"),
    when no meeting word follows it; None otherwise."""
    if "sideline" not in s.kinds:
        return None  # most sentences tell no sidelines
    at = next((j for j in s.cued if j > trig and "sideline" in s.cues[j] and j + 1 < len(s.text)
               and "visit" in s.cues[j + 1]), None)
    return at if at is not None and not any([not s.cues[j].isdisjoint(TRIGGER_KINDS) for j in s.cued if j > at]) \
        else None


RECENT_FA = frozenset({"اخیر", "اخیرش"})  # folded: "دیدار اخیر", "نشست منطقهای اخیر" (the recent meeting)


def _the_recent_meeting(s: Sentence) -> bool:
    """Whether a Persian meeting noun is told "the recent one" within two words: "نشست منطقهای اخیر در کابل"
    (recalled, class ``recall``)."""
    return not RECENT_FA.isdisjoint(s.text) and any([s.text[k] in RECENT_FA for j in s.cued
                                                      if not s.cues[j].isdisjoint(NOUN_KINDS)
                                                      for k in range(j + 1, min(len(s.text), j + 3))])


def _title_of_the_pair(s: Sentence, lo: int, trig: int, countries: list[str]) -> Actor | None:
    """The bare title before the meeting word, with one state in the sentence's actors, when two states'
    adjectives side by side name the pair ("التعاون السوري - الروسي"): the other state's official. None otherwise.

    >>> from core.pipeline import process_text
    >>> [e.countries for e in process_text("أكد وزير النفط المهندس بسام طعمة و وزير الطاقة الروسي نيكولاي "
    ...     "شولغينوف خلال لقاء لهما في موسكو على أهمية التعاون السوري - الروسي.", "ar").events]
    [('RUS', 'SYR')]
    """
    j = next((j for j in range(lo, trig) if s.mention[j] is not None and s.mention[j].kind == "title"
              and s.mention[j].country is None), None)
    if j is None:
        return None
    adjectives = [k for k in s.named if s.mention[k].kind == "country" and s.mention[k].form == "adjective"]
    for a, b in zip(adjectives, adjectives[1:], strict=False):
        pair = {s.mention[a].country, s.mention[b].country}
        if b - _mention_head(s, b) == 0 and 0 < b - a <= 2 and len(pair) == 2 and countries[0] in pair:
            other = (pair - {countries[0]}).pop()
            m = s.mention[j]
            return Actor(other, j, Participant(m.surface, None, m.entity, other, m.start, m.end))
    return None


SECOND_PARTY_REACH = 4  # tokens from "بين" to a forum named as the second party after a state


def _second_party(s: Sentence, lo: int, head: int) -> bool:
    """Whether the forum whose name starts at token ``head`` is the second party after a state, "بين" before it:
    "والحوار الاستراتيجي بين روسيا ودول مجلس التعاون الخليجي" (a topic, no gathering the talks sat in)."""
    if BETWEEN_WORDS.isdisjoint(s.text):
        return False  # most sentences have no "بين"
    k = next((k for k in range(head - 1, max(lo, head - SECOND_PARTY_REACH) - 1, -1) if s.text[k] in BETWEEN_WORDS),
             None)
    return k is not None and any([s.mention[x] is not None and s.mention[x].kind == "country" for x in range(k, head)])


def _host_named_most(named_most: str | None, states_named: tuple[str, ...], guests: list[str]) -> str | None:
    """The state that received envoys no place is told for: the state named most outside the sentence, or, when
    that is the envoys' own ("سفير دولة الإمارات" in the headline too), the article's most named other state.

    >>> _host_named_most("ARE", ("ARE", "BHR"), ["ARE"])
    'BHR'
    """
    if named_most is None or named_most not in guests:
        return named_most
    return next((c for c in states_named if c not in guests), None)


def drafts_for_sentence(s: Sentence, dates, roles, arabic, forum_default,
                        protagonist: str | None = None, published: date | None = None,
                        plans: list[Draft] | None = None,
                        venues: dict[str, tuple[str, str | None]] | None = None,
                        pair: list[str] | None = None, last_person: str | None = None,
                        named_most: str | None = None, headline: bool = False,
                        post_states: dict[str, frozenset[str]] | None = None,
                        host_before: str | None = None, states_named: tuple[str, ...] = (),
                        home: str | None = None, by_count: tuple[str, ...] = (),
                        default_named_at: int | None = None) -> list[Draft]:
    """Every event the sentence reports (``published``: the stated publication day, if any). A sentence that
    only announces meetings (every meeting word cancelled as future) reports none; given ``plans``, the
    meetings it announces are added there (what a bare headline may name). ``named_most``: the state the
    article names most, the host of credentials when no other is known. ``host_before``: the state that received
    the guest of the reception told last, where a bare title receiving another with no place named does.
    ``states_named``: the states the article names, most often first, when it has no protagonist; ``by_count``:
    the same, always. ``default_named_at``: where the article first names ``forum_default``."""
    sentence_cues = s.kinds
    if sentence_cues.isdisjoint(TRIGGER_KINDS):
        return []
    lo, hi = 0, len(s.text)
    named_earlier = _earlier_meetings_named(s) if "recall" in sentence_cues else ()
    if named_earlier:  # "… لعقد اجتماعات منفصلة مع …، مؤكدًا أنه تمت متابعة … الاتفاقات … في الاجتماعات السابقة":
        sentence_cues = sentence_cues - {"recall"}  # only the meetings named as earlier are history
    # "پیش از این نیز … دیدار کرده بود": more of the same news, unless dated ("پیش از این نیز در اسفند 1403 …")
    also_earlier = not sentence_cues.isdisjoint(("recall", "pluperfect")) \
        and (_also_earlier(s) or _earlier_at_the_forum(s, forum_default) or _earlier_in_the_host_state(s, pair)) \
        and not _dates_in(dates, s.start[0], s.end[-1])
    told_days = _dates_in(dates, s.start[0], s.end[-1])
    if (_earlier_month(s, published) or any([d.precision == "month" and d.iso and not reported_as_news(d.iso, published)
                                             for d in told_days])) \
            and not any([d.how == "relative" or d.precision == "day" for d in told_days]):
        sentence_cues = sentence_cues | {"recall"}  # "در جریان دیدار اخیر با پوتین در ماه جولای", "أجريا في منتصف
        # حزيران/يونيو 2023 محادثات" in a report of February 2026
    if "members" in sentence_cues and sentence_cues.isdisjoint({"meeting_verb", "call", "held"}):
        return []  # "اللجنة التنفيذية … تتألف من ترويكا القمة الإسلامية … وترويكا وزراء الخارجية، وهي: السعودية
        # والكويت": a body's membership, no meeting
    if _the_recent_meeting(s):
        sentence_cues = sentence_cues | {"recall"}  # "دیدار اخیر رؤسای جمهور دو کشور … را مهم توصیف کرد"
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
    if "sideline" in sentence_cues and all(j and s.text[j - 1] in LITTORAL_HEADS for j in s.cued
                                           if "sideline" in s.cues[j]):
        sentence_cues = sentence_cues - {"sideline"}  # "کشورهای حاشیه خلیج فارس": the Gulf's littoral states
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
    triggers = [j for j in cued if not TRIGGER_KINDS.isdisjoint(s.cues[j]) and j not in named_earlier
                and not (took_part and "this_meeting" in s.cues[j]) and not _chair_of(s, j)
                and not ("summit" in s.cues[j] and _cabinet_sitting(s, j))  # not "جلسه هیئت دولت"
                and not (s.mention[j] is not None and s.mention[j].kind == "forum" and _forum_of_person(s, j))
                # (not "مدیر اجرایی کنفرانس تعامل …": the conference in an organisation head's title)
                and not (s.text[j] in SHOWED and not any(["with" in s.cues[k] for k in range(j + 1, min(len(s.text),
                                                                                                j + SHOWED_WITH))]))]
    # ("عرض" reviews only "مع" someone: "وعرض بري مع السفير الروسي", not "عرض عسكري")
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
    unsaid = [j for j in live if not (j > live[0] and _in_what_was_said(s, lo, live[0], j))] \
        if arabic else live  # "أكد … خلال مؤتمر صحفي مشترك مع نظيره …، أن المباحثات …": the talks in his words
    trig = next((j for kind in ("meeting_verb", "call", "meeting") for j in unsaid if kind in s.cues[j]), unsaid[0])
    s_start, s_end = s.start[lo], s.end[hi - 1]
    actors = _without_speaker(s, _without_senders(s, actors_in(s, lo, hi, roles), trig), trig)
    visit_at = _visit_beside(s, trig)
    if visit_at is not None and len({a.country for a in actors if a.tok < visit_at}) >= 2:
        # "… الجبير، وذلك على هامش زيارة خادم الحرمين الشريفين الملك سلمان … إلى روسيا": the visitor met no one
        # here (but "تقديم أوراق اعتماد السفير الأمريكي، تمت على هامش زيارة سيالة لتونس": he is whom they met)
        actors = [a for a in actors if a.tok < visit_at or a.participant is None]
    his_earlier = _his_earlier_meetings(s, actors, live)
    if his_earlier is not None:  # "بعد لقائه بالرئيس الأرجنتيني …، أجرى ولي العهد … محادثات مع …": his, each
        actors = [a for a in actors if a not in his_earlier[1]]
    actors = _without_companions(s, _without_arrangers(s, _without_met_before(s, actors, live)))
    actors = _without_absent(s, actors, trig)
    actors = _without_coinciding(s, lo, actors, trig)
    if not arabic:
        actors = _without_remarkers(s, actors, trig)
    actors = _travellers_ahead_unnamed(s, _without_timed_people(s, actors))
    if arabic:
        actors = _within_report(s, lo, trig, actors)
        said = _said_at_gathering(s, lo, trig, hi)
        if said is not None:  # "وأضاف خلوصى أكار، على هامش مشاركته فى قمة … الناتو …، أن …": what he said there
            actors = [a for a in actors if a.tok < said]
        said = _talks_in_what_was_said(s, lo, trig)
        if said is not None:  # "فيما قال الرئيس الروسي …، إن الأطراف السورية حققت تقدما في مفاوضاتها": the
            actors = [a for a in actors if a.tok > said]  # speaker is no side of the talks he speaks of
    deed = _deed_clause(s, trig)
    if deed is not None:
        actors = [a for a in actors if a.tok < deed]
    aside = _aside_after(s, trig, hi) if arabic and len(actors) > 2 else None  # (two actors are both sides)
    if aside is not None and len({a.country for a in actors if a.tok < aside}) >= 2:
        actors = [a for a in actors if a.tok < aside]  # "…، خصوصاً أن موقف الرئيس المصري الحالي …": a remark
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
        if not arabic:
            actors = _before_cancelled_fa(s, actors, triggers, live)
    if "between" in sentence_cues and _between_states(s, lo, hi, arabic) and sentence_cues.isdisjoint(OCCURRED_KINDS) \
            and actors and "sideline" not in sentence_cues \
            and all(a.participant is None for a in actors) \
            and all(s.cues[j].isdisjoint({"meeting_verb", "call"}) for j in live):
        return []  # "المحادثات بين إيران والولايات المتحدة متعثرة": states, no person, talks not told as held (a
        # sideline, "در حاشیه نهمین اجلاس مرزی میان … ایران و عراق", tells it held)
    paired = False
    if pair and len({a.country for a in actors}) < 2:
        k = _pair_word(s, lo, hi)
        if k is not None and k <= max(live):  # (not "… دیدار کرده و دو طرف بر … تأکید کردند": the two after it
            # are the meeting's own sides) "دو وزیر پنجم مهر نیز تلفنی گفتگو کرده بودند": the two told before
            post = s.mention[k - 1] if k > lo and s.mention[k - 1] is not None \
                and s.mention[k - 1].kind == "title" else None  # "روسای جمهور دو کشور": each state's president
            actors = [*[Actor(c, k, post and Participant(post.entity, None, post.entity, c)) for c in pair
                        if c not in {a.country for a in actors}],
                      *[a for a in actors if a.participant is None or not _sat_in(s, a.tok)]]
            paired = True  # "وعقد الرئيسان اجتماعا ثنائيا، بحضور ولي العهد …": the two met, the prince sat in
    elif pair and len(set(pair)) == 2 and trig <= lo + 1 and trig + 1 < hi and s.text[trig + 1] in PAIR_WORDS \
            and {a.country for a in actors} - set(pair):
        actors = [*[Actor(c, trig + 1, None) for c in pair if c not in {a.country for a in actors}],
                  *[a for a in actors if a.country in pair]]  # "وبحثا الجانبان … الاجتماع الثلاثي بين وزراء خارجية
        paired = True  # ايران وروسيا وتركيا": the two of the call told before; the three are what they talked of
    named_sides = _adjacent_sides(s, live, hi) if sentence_cues.isdisjoint({"meeting_verb", "with", "sideline"}) \
        and len({a.country for a in actors}) >= 2 else []  # (not "وتعثرت المحادثات الإيرانية الأمريكية": no one met)
    if named_sides:  # "وتناولت القمة الأردنية الفلسطينية … تداعيات قرار الرئيس الأمريكي": the summit's own sides
        actors = [*named_sides, *[a for a in actors if a.participant and a.country in {x.country for x in named_sides}]]
    if len({a.country for a in actors}) < 2 and not sentence_cues.isdisjoint(OCCURRED_KINDS):
        sides = _noun_sides(s, live, lo, hi) or _subject_sides(s, live, lo)
        if sides:  # (one told as present, "با حضور نماینده‌ای از دولت عراق", sat in on the sides' talks)
            actors = [*sides, *[a for a in actors if a.country not in {x.country for x in sides}
                                and not (len(sides) >= 2 and _sat_in(s, a.tok))]]
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
              and not _second_party(s, lo, _mention_head(s, j))
              and not (_mention_head(s, j) > lo and s.text[_mention_head(s, j) - 1] in RESOLUTION_WORDS)
              # (not "بموجب قرار مجلس الأمن الدولي 2254", "قطعنامه شورای امنیت": a resolution's body)
              and not (arabic and _in_what_was_said(s, lo, trig, _mention_head(s, j)))
              and not any([0 < _mention_head(s, j) - k <= FORUM_AFTER_SUMMIT for k in ahead])]
    # (not "نشست آتی سازمان شانگهای")
    side_at = next((j for j in cued if s.cues[j] & SIDELINE_KINDS and (s.mention[j] is None or s.mention[j].kind
                                                                       != "forum")), None) \
        if not sentence_cues.isdisjoint(SIDELINE_KINDS) else None  # not "حاشیه" in "کشورهای حاشیه دریای خزر"
    sideline_forum = None
    if side_at is not None:
        after = [j for j in range(side_at, hi)
                 if s.mention[j] is not None and s.mention[j].kind == "forum" and not _forum_of_person(s, j)]
        weak = "sideline" not in s.cues[side_at]
        sideline_forum = s.mention[after[0]].entity if after else (None if weak else forum_default)
        if not after and not weak and _named_right_after(s, side_at, hi) \
                and (default_named_at is None or default_named_at > s.start[side_at]):
            sideline_forum = None  # "على هامش منتدى المدن الكبرى: "… بين روسيا ومجلس التعاون الخليجي"": a gathering
            # not on the list, not the forum the article names most and names only later, in what was said there
        if sideline_forum is None and not weak and _gathering_after(s, side_at, hi):
            sideline_forum = "OTHER"  # "على هامش الدورة الخامسة لمنتدى باريس للسلام": a gathering not on the list
            if any([s.text[j] in BETWEEN_WORDS and not _compound_after(s, j + 1, hi)
                    for j in range(side_at + 1, min(hi, side_at + GATHERING_REACH + 2))]):
                sideline_forum = None  # "در حاشیه نهمین اجلاس مرزی میان … ایران و عراق": the two states' own meeting
        if sideline_forum is None:
            side_at = None
    future_host = side_at is not None and _host_is_future(s, side_at, hi)
    summit_word = any(["summit" in s.cues[j] and not _before(s, lo, j) for j in live])
    # a shared press conference ("در یک نشست خبری") is no summit for a meeting to be on the sidelines of
    summit_noun = any(["summit" in s.cues[j] and "press" not in s.cues[j] and not _before(s, lo, j)
                       and (j in live or not _later_today(s, j, hi) and not _holding_discussed(s, lo, j)
                            and not _outcome_of(s, lo, j))
                       for j in triggers])
    # (not "… لدى وصوله … الى اعمال الدورة … التي تبدأ في وقت لاحق من مساء اليوم": no sidelines of it yet)
    call = _is_call(s, live)
    forum = sideline_forum or (forums[0].entity if forums else None)
    if forum is None and summit_word and not _indefinite_meetings(s, live, arabic) and not _one_with_one(s, live):
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
        posts = _bare_posts(s, split, hi)
        actors = [*actors, *[Actor(country, j, Participant(s.mention[j].surface, None, s.mention[j].entity, country,
                                                           s.mention[j].start, s.mention[j].end))
                             for j in posts]]
        if not posts:  # "در سفری به کشور سوریه با تعدادی از مقامات رسمی … در دمشق دیدار کرد": its officials
            actors += [Actor(country, j, None) for j in range(split, min(hi, split + OFFICIALS_REACH))
                       if s.text[j] in OFFICIALS_FA and s.mention[j] is None][:1]
        countries = list(dict.fromkeys([a.country for a in actors]))
    # (the article's own envoy abroad meets a bare title at home: "سفیر جدید ایران در گرجستان با وزیر امور خارجه")
    if host is None and side_at is None:
        received = _received(s, lo, hi)
        envoys_met = bool(actors) and all(map(_is_envoy, actors))  # "التقى … سفيرة المملكة المتحدة بصنعاء"
        place = country or (_served_in(s, lo, hi) if received else None) \
            or (_host_named_most(named_most, states_named, countries)
                if envoys_met and not any([s.mention[j].kind == "forum" or s.mention[j].kind == "title"
                                           and s.mention[j].entity in ORGANISATION_ROLES for j in s.named]) else None)
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
        if host is None and received and place is None and not envoys_met:
            host = _posted_host(s, lo, actors, post_states)  # "وكان ولي العهد رئيس مجلس الوزراء استقبل أمس، في
            # مكتبه، وزير الخارجية الأمريكي": the one man the article names in that post, Saudi Arabia's
    if host is not None:
        actors = sorted([*actors, host], key=lambda a: a.tok)  # in the order the sentence names them
        countries = [*countries, host.country]
    paired_title = _title_of_the_pair(s, lo, trig, countries) if host is None and len(set(countries)) == 1 else None
    if paired_title is not None:  # "أكد وزير النفط … و وزير الطاقة الروسي … خلال لقاء لهما … التعاون السوري - الروسي"
        actors = sorted([*actors, paired_title], key=lambda a: a.tok)
        countries = [*countries, paired_title.country]
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
        elif not before and protagonist and after and after[0].tok <= trig + 1 and len(after) == len(actors) \
                and protagonist not in {a.country for a in after} and len({a.country for a in after}) >= 2 \
                and _joined_list(s, after):
            # "فقد التقى مولود تشاووش أوغلو وزير خارجية تركيا وجيمس كليفرلي … وماورو فييرا وزير خارجية البرازيل":
            # people of several states listed with "و" right after the verb, no subject among them: each met by the
            # article's protagonist
            actors = [Actor(protagonist, trig, None), *actors]
            countries = list(dict.fromkeys([a.country for a in actors]))
            split = after[0].tok
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
    if arabic and split is not None and trig + 2 < split and s.text[trig + 1] in CONDUCTED_IT \
            and any([trig + 1 < a.tok < split for a in actors]):
        # "بعد محادثات أجراها لافروف مع نظرائه …": the relative clause names who held them, the one before it
        # ("عبد الله بن زايد، هو رابع وزير خارجية … يزور موسكو") is of another clause
        actors = [a for a in actors if a.tok > trig + 1]
        countries = list(dict.fromkeys([a.country for a in actors]))
    inviters = [a for a in actors if split is not None and a.tok < split and _invited_by(s, lo, a.tok)
                and not PRONOUNS.isdisjoint(s.text[lo:a.tok])] if split is not None else []
    if inviters:  # "او که به دعوت «سردار بردی محمداف» … عازم عشقآباد شده بود، … با ولادیمیر پوتین … دیدار": he,
        actors = [a for a in actors if a not in inviters]  # not who invited him, met the partner
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
                                                         or _place_named_before(s, lo, split, served)) \
            and not (len(part_c) == 1 and _place_named_before(s, lo, split, part_c[0])):
        titled = served  # "رضا رحمانی … در دیدار با مسلم آیگون سرکنسول جدید ترکیه در ارومیه": the host state's;
        # "بخت‌الرحمن شرافت؛ سرپرست این اداره با سفیر ترکمنستان در کابل": with no home, where the envoy serves
        # (not "به گزارش خبرنگار ایلنا از ایلام، احمد کرمی … با … سفیر جمهوری اسلامی ایران در عراق": a place of
        # the envoy's own state told first, his state's own official)
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
    elif split is not None and not subj_c and len(part_c) == 1 and country is not None and country != part_c[0] \
            and part_c[0] == protagonist and not arabic and not any(map(_is_envoy, part)) \
            and _unknown_speaker_in_talks(s, lo, split, hi):
        # "اولگ سالیوکوف دوشنبه در مذاکرات مشترک با فرمانده نیروی زمینی ارتش … ایران در … مسکو افزود": a speaker
        # no table knows, in talks with the article's own official, speaks for the state they met in (not where
        # the article's envoy serves: "در دیدار با … سفیر ایران در جمهوری آذربایجان")
        subj_c = [country]
        countries = list(dict.fromkeys([country, *countries]))
    elif split is not None and not subj_c and len(part_c) == 1 and country is None \
            and part_c[0] == (protagonist or part_c[0]) \
            and not arabic and not any(map(_is_envoy, part)) and _unknown_speaker_in_talks(s, lo, split, hi) \
            and (other := next((c for c in by_count if c != part_c[0]), None)) is not None:
        # "تسوکادا تاماکی در دیدار با استاندار خراسان رضوی … اظهار کرد" with no place told: a speaker no table
        # knows, meeting the article's own official (or, in a text that names no one, any state's), is of the
        # other state the article names most
        subj_c = [other]
        countries = list(dict.fromkeys([other, *countries]))
    elif split is not None and not subj_c and len(part_c) == 1 and not GUEST_WORDS.isdisjoint(s.text[lo:split]) \
            and (other := next((c for c in by_count if c != part_c[0]), None)) is not None:
        # "مؤتمراً صحفياً للوزير الضيف مع نظيره السوري": the guest, of the other state the article names most
        subj_c = [other]
        countries = list(dict.fromkeys([other, *countries]))
    elif split is not None and not subj_c and arabic and (speaker := _speaker_after_partner(s, lo, split, part)):
        # "وفي لقائه مع أمير الكويت، أكد الرئيس الصيني أن …": the one who speaks after the partner held the meeting
        subj, part = [speaker], [a for a in part if a.country != speaker.country and a.tok < speaker.tok]
        actors = [a for a in actors if a.tok <= speaker.tok]  # (not who is named in what he said after it)
        subj_c = [speaker.country]
        part_c = [c for c in dict.fromkeys([a.country for a in part]) if c != speaker.country]
        countries = list(dict.fromkeys([speaker.country, *[a.country for a in actors]]))
    elif split is not None and not subj_c and part_c and protagonist \
            and protagonist not in [a.country for a in _met(s, part)] \
            and ("first_person" in sentence_cues
                 or any(s.mention[j] is not None and s.mention[j].kind == "title" or s.text[j] in PRONOUNS
                        or s.text[j] in ADDRESS_WORDS for j in range(lo, split))
                 or not arabic and any(["person" in s.cues[j] and s.text[j] in POST_HEADS_FA for j in range(lo, split)])
                 or not arabic and _subject_dropped(s, lo, split)
                 or not arabic and _unknown_speaker_in_talks(s, lo, split, hi)
                 or not arabic and not PEOPLE_SUBJECTS_FA.isdisjoint(s.text[lo:split])
                 and all([s.mention[j] is None for j in range(lo, split)])  # "نمایندگان مجلس با …": of home
                 or arabic and _verb_then_partners(s, lo, split)
                 or arabic and not THAT_HE_AR.isdisjoint(s.text[lo:split])
                 or arabic and split - lo <= HIS_MEETING_OPENING and split - 1 > lo
                 and s.text[split - 2].removeprefix("و") in HIS_MEETINGS
                 or arabic and split - lo > 2 and s.text[lo].removeprefix("و") == "جاء" and s.text[lo + 1] == "ذلک"):
        # "وی … با وزیر خارجه نروژ": he, the article's protagonist; "نوشت: … با وزیر خارجه عمان داشتم": I;
        # "جاء ذلك خلال اتصال هاتفي تلقاه من …": what he said just before;
        # "زار مصر … والتقى بالرئيس السيسي": the verb's own "he"; his own ministers "في حضور" are no side he met;
        # "وتركز اجتماعه مع وزير الخارجية …", "وخلال اجتماعه مع …" opening the sentence: his meeting; "وأوضح … أنه
        # استغل الفرصة لعقد اجتماعات منفصلة مع": "that he", the one the article tells of
        subj_c = [protagonist]
        part_c = [c for c in part_c if c != protagonist]
        countries = list(dict.fromkeys([protagonist, *countries]))
    elif split is not None and not subj_c and part_c and home and protagonist in part_c \
            and home not in [a.country for a in _met(s, part)] \
            and any([s.mention[j] is not None and s.mention[j].kind == "title" for j in range(lo, split)]):
        # "دگرجنرال … وزیر دفاع ملی با آقای نورالدین جانیکلی وزیردفاع ترکیه ملاقات نمود": a bare title meeting the
        # state of the official the article names most is of the article's home (its agency, its government's words)
        subj_c = [home]
        part_c = [c for c in part_c if c != home]
        countries = list(dict.fromkeys([home, *countries]))
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
    elif split is not None and not subj_c and part_c and (protagonist in part_c or protagonist is None) \
            and last_person and last_person != part_c[0] \
            and any([s.text[j] in PRONOUNS or s.text[j].removeprefix("و") in HIS_MEETINGS for j in range(lo, split)]):
        # "سفیر امارات … . او دیروز با امیرخان متقی دیدار کرد": "he" is the person just named, not the one met;
        # "وجاء ذلك خلال اجتماعه أمس مع نظيره الروسي": his meeting, the one named before (his state named later,
        # "… قوله لرئيس الوزراء الروسي إن الصين …", is what he said)
        subj_c = [last_person]
        part_c = [c for c in part_c if c != last_person]
        countries = list(dict.fromkeys([last_person, *countries]))
    elif split is not None and not subj_c and part_c and last_person and arabic and _said_in_talks(s, lo, split) \
            and last_person not in [a.country for a in part if a.tok < _what_was_said(s, split, hi)]:
        # "وأكد وزير الدفاع الإيراني …. وقال في محادثات منفصلة مع وزراء دفاع روسيا وتركيا وسوريا أن الجهود الإيرانية
        # …": "he said", the one named just before; the states after "أن" are what he said
        said = _what_was_said(s, split, hi)
        actors = [a for a in actors if a.tok < said]
        part = [a for a in part if a.tok < said]
        part_c = list(dict.fromkeys([a.country for a in part]))
        subj_c = [last_person]
        countries = list(dict.fromkeys([last_person, *part_c]))
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
    elif split is None and not arabic and protagonist and len(countries) == 1 and protagonist not in countries \
            and side_at is None and trig > lo + 1 and s.text[trig - 1] == "در" and all([a.tok > trig for a in actors]) \
            and any([s.mention[j] is not None and s.mention[j].kind == "title" and s.mention[j].country is None
                     for j in range(lo, trig - 1)]):
        # "رییس جمهور در تماس تلفنی نخست وزیر هند … تصریح کرد": a bare title "in the call of" another state's
        # official, the article's protagonist
        countries = [protagonist, *countries]
    elif split is None and arabic and s.text[trig].removeprefix("و") in HIS_MEETING_WORDS and protagonist \
            and len(countries) == 1 and protagonist not in countries and side_at is None:
        # "جاء ذلك في تصريح للصحفيين، خلال استقباله رئيس دولة الإمارات": "his", the article's protagonist
        countries = [protagonist, *countries]
    elif split is None and arabic and protagonist and len(countries) == 1 and protagonist not in countries \
            and side_at is None and _host_received_him(s, trig):
        # "قام بنقل الرسالة … سفير دولة فلسطين …، خلال استقبال سمو الأمير له بمكتبه": the host named by his post
        # alone, the article's protagonist
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
    if len(countries) == 1 and protagonist is None and arabic and named_most not in (None, countries[0]) \
            and _envoy_received_by_unknown(s, trig, actors):
        # "استقبل الدكتور قصي السهيل السفير الياباني ماساتو تاكاوكا" in a text naming Iraq: a host no table knows
        # receives the envoy in the state the text names most
        countries = [named_most, *countries]
    if len(countries) == 1 and arabic and _guest_of_no_state_with_delegation(s, trig, actors):
        # "استقبل رئيس جمهورية كازاخستان …، المستشار عبدالوهاب عبدالرازق رئيس مجلس الشيوخ والوفد المرافق له" in a
        # text that goes on "ورحب الرئيس الكازاخي، بالوفد المصري": a visitor's delegation, of the other state the
        # article names most
        other = next((c for c in by_count if c != countries[0]), None)
        if other is not None:
            countries = [countries[0], other]
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
    one_and_the_press = len(set(countries)) < 2 and _press_only(s, live)  # "مؤتمر صحافي … مع أمين عام حلف
    # الناتو": one state's minister beside an organisation's head, no summit
    is_summit = (summit_word and not one_and_the_press
                 and (forum is not None or len(countries) >= 3 or "joint" in sentence_cues)
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
    elif split is not None and len(subj_c) >= 2 and len(part_c) == 1 and call and _joined_list(s, subj) \
            and "separate" not in sentence_cues:
        # "أجرى سعود الفيصل …، وخالد بن أحمد …، وعبدالله بن زايد …، اتصالاً هاتفياً مع وزير الخارجية التركي": one
        # call of them all (not "محادثات هاتفية منفصلة": one each)
        out.append(Draft("multilateral", [*subj_c, *part_c], _people_of(actors), **base))
    elif split is not None and len(subj_c) >= 2 and len(part_c) == 1 and "separate" not in sentence_cues \
            and _delegates_of(s, subj, lo):
        # "نمایندگان کشورهای چین، روسیه و پاکستان … با ملامحمدحسن آخوند … دیدار": the delegates together
        out.append(Draft("multilateral", [*subj_c, *part_c], _people_of(actors), **base))
    elif split is not None and len(subj_c) >= 2 and len(part_c) == 1 \
            and ("joint" in sentence_cues
                 and any([s.text[j] in BROUGHT_TOGETHER for j in s.cued if "joint" in s.cues[j]])
                 or "separate" not in sentence_cues and _joint_noun(s, live)):
        # "الاجتماع الذي جمع وزراء خارجية الأردن، والإمارات، والسعودية … مع وزير الخارجية الأميركي": one meeting
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
        joint = ("joint" in sentence_cues or "video" in sentence_cues or _joint_meeting_named(s, lo, hi)
                 or not call and not listed and (_shared_title(s, part, lo) or _one_held(s, lo, trig))) \
            and ("separate" not in sentence_cues or _joint_meeting_named(s, lo, hi))
        # ("video": "عبر تقنية الفيديو": one screen for all of them)
        if len(part_c) >= 2 and joint:
            out.append(Draft("multilateral", subj_c + part_c, [a.participant for a in actors if a.participant], **base))
        else:
            many = not arabic and _plural_meeting_noun(s, lo, split)  # "گفتگوهای … با رئیسجمهور، وزیر …"
            for c in part_c:
                people = _distinct_people(_met(s, [a for a in part if a.country == c]))
                visited = not arabic and (_arrived_in(s, lo, split, c) or not TRIP_WORDS.isdisjoint(s.text[lo:split]))
                if ("separate" in sentence_cues and not APART_WORDS.isdisjoint(s.text[lo:hi]) or many or visited) \
                        and (len(people) <= 1 or visited):
                    # "در دیدارهای جداگانه با رئیس‌جمهور، نخست‌وزیر و رئیس شورای‌عالی قضایی این کشور": each post,
                    # also on a trip there ("در سفر به عراق با رئیسجمهور، رئیس مجلس، وزیر دفاع … عراق دیدار")
                    listed = _titles_listed(s, split, min([a.tok for a in part if a.country == c]), c)
                    people = listed if len(listed) > len(people) else people
                if len(people) > 1 and not any([p.name_en or p.start is not None or p.role in HEAD_POSTS
                                                for p in people]) and "separate" not in sentence_cues and not many \
                        and not visited:
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
    elif len(countries) >= 3 and split is None \
            and (hub := _first_between(s, actors) or _named_before(actors, trig) or protagonist) in countries \
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
    elif summit_word and forum and countries and side_at is None and not one_and_the_press:
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
    received = _where_he_received(s, actors, out) if "this_meeting" in sentence_cues else None
    if "this_meeting" in sentence_cues and his_earlier is None and not _own_meeting_after(s, trig, actors, out) \
            and not _meetings_of_the_trip(s, out) and not _came_to_attend_it(s, out) and not _also_met_after(s, out) \
            and not _preceded_this_meeting(s, out) and received is None:
        # ("وبعد اللقاء مع الاسد عقد متكي اجتماعا مع …": his own next)
        note = Draft("note", countries, [a.participant for a in actors if a.participant], **base)
        note.fallback = out  # used only if no meeting was told before this sentence
        note.summit = summit_noun  # "در این اجلاس": about the summit itself
        out = [note]
        trig = next(j for j in range(lo, hi) if "this_meeting" in s.cues[j])
    elif received is not None and his_earlier is None:  # only the meeting told after "حيث" is new
        after = [a.participant for a in actors if a.tok > received and a.participant is not None]
        out = [d for d in out if d.participants and all([p in after for p in d.participants])]
    if paired:  # the two met again, or their meeting goes on: nothing but that pair's meeting
        out = [d for d in out if d.kind in ("bilateral", "note")]
    if his_earlier is not None:
        subject, met = his_earlier
        for c in dict.fromkeys([a.country for a in met]):
            out.append(Draft("bilateral", sorted([subject.country, c]),
                             [subject.participant, *[a.participant for a in met if a.country == c and a.participant]],
                             **{**base, "evidence": list(base["evidence"])}))
    org = _organisation_met(s, lo, split) if split is not None else None
    if org is not None and len(out) == 1 and out[0].kind == "bilateral":
        # "خلال اجتماع دول مجلس التعاون … مع وزير خارجية اليابان": the organisation's meeting with him
        # ("على هامش … الجمعية العامة": the summit it sat beside is a gathering of its own)
        beside = [replace(out[0], kind="multilateral", summit=True, sideline=False, participants=[],
                          evidence=list(out[0].evidence), fallback=[])] if out[0].sideline else []
        out = [replace(out[0], kind="multilateral", forum=org, sideline=False, participants=list(out[0].participants),
                       evidence=list(out[0].evidence), fallback=[]), *beside]
    rel = _relative_before_verb(s, lo, trig) if arabic else trig
    day = _nearest_date([d for d in sdates if not s.start[rel] <= d.start < s.start[trig]
                         and not (arabic and _day_of_saying(s, d, trig))
                         and not _of_an_earlier_one(s, d, trig)], s.start[trig])
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
    if _besides_this(s, lo, hi):
        for d in out:  # "معاون وزیر … قطر علاوه بر این … با «بختیار سعیداف» وزیر امور خارجه ازبکستان نیز دیدار کرد":
            d.apart = d.kind == "bilateral" and any([p.start is not None for p in d.participants])  # one more
    another = _another_meeting(s, lo, hi)
    pairs = [d for d in out if d.kind == "bilateral"]
    if another is not None and len({tuple(d.countries) for d in pairs}) == 1:
        # "وعقد أقار وغانتس لقاءً ثنائيًا وآخر على مستوى الوفود": the text counts out two meetings
        out.append(replace(pairs[0], participants=list(pairs[0].participants), evidence=list(pairs[0].evidence),
                           apart=True, at=another, fallback=[]))
    if "separate" in sentence_cues and not APART_WORDS.isdisjoint(s.text[lo:hi]) \
            or not ALSO_WORDS.isdisjoint(s.text[lo:hi]):
        for d in out:  # "صبح امروز نیز با والری گراسیموف … دیدار کرد" after a trilateral: one more meeting, his own
            d.separate = d.kind == "bilateral"
    posts = _counterpart_posts(s, actors) if "person" in sentence_cues else {}
    for d in out if posts else ():
        if d.kind == "bilateral":
            d.counterparts = {c: r for c, r in posts.items() if c in d.countries}
    if plan and plans is not None:
        plans.extend([d for d in out if d.kind != "note"] + [f for d in out for f in d.fallback])
        return []
    return out


LITTORAL_HEADS = frozenset("کشورهای کشورها کشور دولتهای دول".split())  # folded: "کشورهای حاشیه …", a coast's states
INVITATION_WORDS = frozenset(fold_text("دعوت بدعوة دعوة").split())  # folded: "به دعوت", "بدعوة من"


ASIDE_OPENERS_AR = ("خصوصا", "خاصه", "لاسیما", "علما", "سیما")  # folded: "خصوصاً أن", "لا سيما أن", "علماً أن"


def _aside_after(s: Sentence, trig: int, hi: int) -> int | None:
    """The token of an Arabic remark opened after the meeting word ("خصوصاً أن", "علماً أن", "لا سيما أن", also
    written as one word, "خصوصاًأن"): what the writer adds, whose people met no one here."""
    for j in range(trig + 1, hi):
        word = s.text[j].removeprefix("و")
        if word.startswith(ASIDE_OPENERS_AR) and (word.endswith("ان") and word not in ASIDE_OPENERS_AR
                                                 or j + 1 < hi and s.text[j + 1] in THAT_WORDS):
            # (not "وخاصة في ما يتعلق بمكافحة الإرهاب": "especially" before a topic)
            return j
    return None


def _before_cancelled_fa(s: Sentence, actors: list[Actor], triggers: list[int], live: list[int]) -> list[Actor]:
    """Persian puts the verb last: partners after a held meeting's words and a new "با", before a meeting word told
    as still ahead, are that plan's ("… با قالیباف … دیدار و گفتگو کرد و امروز نیز با حسن روحانی … دیدار و گفتگو
    می کند": Rouhani is met later)."""
    out = []
    for a in actors:
        held = [j for j in live if j < a.tok]
        ahead = next((j for j in triggers if j > a.tok and j not in live), None)
        closed = next((k for k in range(held[-1] + 1, a.tok) if s.text[k] in PAST_LIGHT_FA), None) if held else None
        if closed is not None and ahead is not None and not any([a.tok < j < ahead for j in live]) \
                and any(["with" in s.cues[k] for k in range(closed + 1, a.tok)]):
            continue
        out.append(a)
    return out


SPEAKER_AFTER_VERB = 2  # tokens from a said-verb to the speaker: "أكد الرئيس الصيني"


def _speaker_after_partner(s: Sentence, lo: int, split: int, part: list[Actor]) -> Actor | None:
    """The one who speaks right after an Arabic sentence opens with a meeting and its partner, the meeting's other
    side: "وفي لقائه مع أمير الكويت، أكد الرئيس الصيني أن …", "أما في لقائه مع الرئيس السوري …، أعلن الرئيس شي";
    None otherwise."""
    if lo < split and s.text[lo] in AS_FOR_WORDS:
        lo += 1
    opening = [w for w in s.text[lo:split] if w.removeprefix("و") not in OPENING_FILLERS_AR]
    if len(opening) > HIS_MEETING_OPENING or not part \
            or all([s.cues[j].isdisjoint(("meeting", "summit")) for j in range(lo, split)]):
        return None  # (the words that only frame it aside: "وفي مستهل المحادثات التي أجراها مع")
    verb = next((j for j in range(part[0].tok + 1, len(s.text)) if s.text[j].removeprefix("و") in SAID_VERBS_AR),
                None)
    if verb is None:
        return None
    met = {a.country for a in part if a.tok < verb}
    speaker = next((a for a in part if a.tok > verb), None)
    return speaker if len(met) == 1 and speaker is not None and speaker.country not in met \
        and speaker.tok - verb <= SPEAKER_AFTER_VERB else None


OPENING_FILLERS_AR = frozenset("مستهل بدایه ختام نهایه التی الذی اجراها اجراه عقدها عقده".split())  # folded: "the
# start of", "the end of", "that he held": words framing a meeting that opens a sentence
AS_FOR_WORDS = frozenset({"اما", "واما"})  # folded "أما": "as for", opening a sentence


HIS_MEETING_OPENING = 3  # tokens from a sentence's start to "مع" after "his meeting": "وخلال اجتماعه مع"
RESOLUTION_WORDS = frozenset(fold_text("قرار وقرار قرارات لقرار بقرار قطعنامه قطعنامه‌های").split())
SAID_VERBS_AR = REPORT_VERBS_AR | frozenset(fold_text("صرح صرحت أكد أكدت أعرب أعربت شدد شددت").split())  # said,
# stated, expressed, stressed
SAYING_REACH = 3  # tokens from the speech verb to its day, and from the day to "أن"


def _joint_meeting_named(s: Sentence, lo: int, hi: int) -> bool:
    """Whether the sentence names a joint meeting ("در جلسه مشترکی با وزرای امور خارجه مصر و عمان") and no word
    sets meetings apart: then "با همتایان خود" is who sat in it, not one meeting each."""
    return any([not s.cues[j].isdisjoint(NOUN_KINDS) and j + 1 < hi and s.text[j + 1] in JOINT_WORDS
                for j in s.cued if lo <= j < hi]) and APART_WORDS.isdisjoint(s.text[lo:hi])


def _named_right_after(s: Sentence, side_at: int, hi: int) -> bool:
    """Whether the sideline cue at ``side_at`` is followed at once by a gathering's noun and its name, two words at
    least before the clause ends: "على هامش منتدى المدن الكبرى" (not "على هامش القمة", the one told before)."""
    j = side_at
    while j < hi and "sideline" in s.cues[j]:
        j += 1
    return j + 2 < hi and "summit" in s.cues[j] and _named_gathering(s, j, hi) \
        and all([not s.cues[k] and s.mention[k] is None and len(s.text[k]) > 2 for k in (j + 1, j + 2)])
    # (not "در حاشیه نشست آستانه در روز پنجشنبه": a place and a preposition, the summit the article is about)


def _in_what_was_said(s: Sentence, lo: int, trig: int, k: int) -> bool:
    """Whether token k comes after "أن" that follows the meeting word, in a sentence opened by a speech verb: "وأكد
    البيان الختامي للاجتماع …، أن الحل الوحيد … بمساندة من الأمم المتحدة" (what was said, not where it met)."""
    that = next((x for x in range(trig + 1, k) if s.text[x] in THAT_AR), None)
    return that is not None and any([s.text[x].removeprefix("و") in SAID_VERBS_AR for x in range(lo, trig)])


EARLIER_ONE_WORDS = frozenset("الاخیره الاخیر السابقه السابق الماضیه الماضی قبلی پیشین".split())  # folded: "the last"
EARLIER_ONE_REACH = 3  # tokens from a later meeting noun to its "الأخيرة": "القمة الافتراضية الأخيرة"


def _of_an_earlier_one(s: Sentence, d: DateMention, trig: int) -> bool:
    """Whether the day ``d`` follows, after the meeting word, another meeting noun told as the last or previous one:
    "بحثوا … التطورات التي أعقبت القمة الافتراضية الأخيرة في 1 تموز 2020" (that summit's day)."""
    k = bisect_left(s.start, d.start)
    return any([not s.cues[j].isdisjoint(NOUN_KINDS) and trig < j < k
                and not EARLIER_ONE_WORDS.isdisjoint(s.text[j + 1:j + 1 + EARLIER_ONE_REACH]) for j in s.cued])


def _day_of_saying(s: Sentence, d: DateMention, trig: int) -> bool:
    """Whether the day ``d`` is the day something was said, the meeting told after "أن": "قالت يوم الأحد، إن محادثات
    جرت بين مسؤولين سعوديين وإيرانيين" (the paper's Sunday, not the talks')."""
    k = bisect_left(s.start, d.start)
    if k >= trig:
        return False
    verb = any([s.text[j].removeprefix("و") in SAID_VERBS_AR for j in range(max(0, k - SAYING_REACH), k)])
    return verb and any([s.text[j] in THAT_AR for j in range(k + 1, min(trig, k + SAYING_REACH + 2))])


SAID_OPENERS_AR = frozenset(fold_text("قال وقال أضاف وأضاف أكد وأكد أوضح وأوضح اعتبر واعتبر شدد وشدد").split())
SAID_IN_REACH = 4  # tokens from "وقال" to the meeting noun: "وقال في محادثات منفصلة"


def _what_was_said(s: Sentence, split: int, hi: int) -> int:
    """The token of the "أن" after the partners that opens what was said, else ``hi``."""
    return next((j for j in range(split, hi) if s.text[j] in THAT_WORDS), hi)


def _said_at_gathering(s: Sentence, lo: int, trig: int, hi: int) -> int | None:
    """The "أن" that opens what was said, in an Arabic sentence opening with a verb of saying, then where it was said
    ("وأضاف خلوصى أكار، على هامش مشاركته فى قمة حلف شمال الأطلسى …، أن …", no partner "مع" before it); else None."""
    if s.text[lo] not in SAID_OPENERS_AR or "summit" not in s.cues[trig]:
        return None
    that = _what_was_said(s, trig + 1, hi)
    if that == hi or any(["with" in s.cues[j] for j in range(lo, that)]):
        return None
    return that


THAT_ALONE_AR = frozenset({"ان", "بان"})  # folded "إن", "أن", "بأن" with no pronoun: its subject named after it


def _talks_in_what_was_said(s: Sentence, lo: int, trig: int) -> int | None:
    """The "إن" before a meeting noun, in an Arabic sentence that opens with a verb of saying ("فيما قال الرئيس
    الروسي …، إن الأطراف السورية حققت تقدما في مفاوضاتها"): the talks are what was said, their sides named after
    it; None if the sentence does not open so, or the meeting word is a verb, or "إنه" makes the speaker its
    subject ("وقال إنه بحث مع …")."""
    first = lo + 1 if s.text[lo] in WHILE_OPENERS_AR and lo + 1 < len(s.text) else lo
    if s.text[first] not in SAID_OPENERS_AR or "meeting_verb" in s.cues[trig]:
        return None
    return next((k for k in range(first + 1, trig) if s.text[k] in THAT_ALONE_AR), None)


WHILE_OPENERS_AR = frozenset({"فیما", "بینما"})  # folded: "فيما قال …" (while … said)


def _said_in_talks(s: Sentence, lo: int, split: int) -> bool:
    """Whether an Arabic sentence opens with a verb of saying whose "he" is not named, then the talks where he said
    it before their partners: "وقال في محادثات منفصلة مع وزراء دفاع روسيا وتركيا وسوريا أن …"."""
    return s.text[lo] in SAID_OPENERS_AR and split - lo <= SAID_IN_REACH + 2 \
        and any(["meeting" in s.cues[j] for j in range(lo + 1, min(split, lo + 1 + SAID_IN_REACH))]) \
        and all([s.mention[j] is None for j in range(lo, split)])


def _counterpart_posts(s: Sentence, actors: list[Actor]) -> dict[str, Participant]:
    """State -> whose counterpart each side told only as a counterpart is ("حاتمی نیز با همتای سوری خود دیدار
    کرده", "بحث مع نظيره السوري"): the official of another state named before it, with a post or a name.

    >>> from core.pipeline import process_text
    >>> [e.countries for e in process_text("بشار اسد رییس جمهوری سوریه با امیر حاتمی وزیر دفاع ایران دیدار کرد. "
    ...                                    "حاتمی نیز با همتای سوری خود دیدار کرد.").events]
    [('IRN', 'SYR'), ('IRN', 'SYR')]
    """
    out = {}
    for a in actors:
        if a.participant is None and a.tok and s.text[a.tok - 1].removeprefix("و").removeprefix("ب") \
                in COUNTERPART_WORDS and INVITATION_WORDS.isdisjoint(s.text[max(0, a.tok - 4):a.tok - 1]):
            # (not "به دعوت رسمی همتای ایرانی خود وارد تهران شد": who invited him)
            whose = next((b.participant for b in reversed(actors) if b.tok < a.tok and b.country != a.country
                          and b.participant is not None and b.participant.role), None)
            if whose is not None:
                out[a.country] = whose
    return out


BESIDES_WORDS = (("علاوه", "بر", "این"), ("علاوه", "بر", "ان"), ("بالاضافه", "الی", "ذلک"))  # folded: besides this


def _besides_this(s: Sentence, lo: int, hi: int) -> bool:
    """Whether the sentence says "besides this" ("علاوه بر این", "بالإضافة إلى ذلك"): what it tells is one more."""
    return any([tuple(s.text[k:k + 3]) in BESIDES_WORDS for k in range(lo, hi - 2)
                if s.text[k] in ("علاوه", "بالاضافه")])


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


HIM_WORDS = frozenset({"له", "لها", "لهم", "لهما"})  # "him", after a reception noun and its host
HOST_THEN_HIM = 4  # tokens from "استقبال" to "له": "استقبال سمو الأمير له"


def _host_received_him(s: Sentence, trig: int) -> bool:
    """Whether an Arabic reception noun is followed by its host, a person word with no state, and "له" (him): "خلال
    استقبال سمو الأمير له" (the guest was told before)."""
    if s.text[trig].removeprefix("و") != "استقبال":
        return False
    him = next((k for k in range(trig + 2, min(len(s.text), trig + 1 + HOST_THEN_HIM)) if s.text[k] in HIM_WORDS), None)
    return him is not None and any(["person" in s.cues[k] and (s.mention[k] is None or s.mention[k].country is None)
                                    for k in range(trig + 1, him)])


PRECEDED_WORDS = frozenset(fold_text("سبق وسبق سبقت وسبقت").split())  # "وسبق هذه القمة" (preceded); "قبل" is a cue


def _preceded_this_meeting(s: Sentence, out: list[Draft]) -> bool:
    """Whether the sentence tells meetings that came before "this meeting": "وسبق هذه القمة، لقاءات ثنائية بين رؤساء
    الدول الثلاث، … حيث التقى بوتين بأردوغان وبرئيسي" (meetings of their own, besides the summit)."""
    return any([d.kind == "bilateral" for d in out]) \
        and any([j and (s.text[j - 1] in PRECEDED_WORDS or "before" in s.cues[j - 1]) and "this_meeting" not in
                 s.cues[j - 1] for j in s.cued if "this_meeting" in s.cues[j]])


JOINT_ADJ = frozenset("مشترک مشترکی مشترکا المشترک".split())  # folded: "نشست مشترکی", "اجتماعا مشتركا"


def _joint_noun(s: Sentence, live: list[int]) -> bool:
    """Whether a live meeting noun is told "joint" right after it ("نشست مشترکی را … با وزیر خارجه آمریکا …
    برگزار کردند"): one meeting of all its subjects with the partner."""
    return any([j + 1 < len(s.text) and s.text[j + 1] in JOINT_ADJ and not s.cues[j].isdisjoint(NOUN_KINDS)
                for j in live])


def _where_he_received(s: Sentence, actors: list[Actor], out: list[Draft]) -> int | None:
    """The meeting verb after "حيث" by which a sentence that speaks of "this meeting" goes on to tell a meeting of
    its own, a named official after it: "ويعتبر هذا اللقاء، الثاني من نوعه …، حيث استقبل الرئيس الأسد الأحد الفائت
    رئيس مجلس الشورى الإيراني غلام علي حداد عادل" (the earlier one); None otherwise."""
    if not any([d.kind == "bilateral" for d in out]):
        return None
    last = max([j for j in s.cued if "this_meeting" in s.cues[j]], default=len(s.text))
    verb = next((j for j in s.cued if j > last and s.text[j - 1] in WHERE_WORDS
                 and ("meeting_verb" in s.cues[j] or "reception" in s.cues[j])), None)
    return verb if verb is not None and any([a.tok > verb and a.participant is not None for a in actors]) else None


def _also_met_after(s: Sentence, out: list[Draft]) -> bool:
    """Whether a sentence that speaks of "this meeting" goes on to tell more meetings "with" others "also": "این
    دیدار در ادامه سفر عراقچی به عربستان انجام شد که طی آن وی با محمد بن سلمان … و فیصل بن فرحان … نیز
    گفتوگوهای سازندهای داشت" (two meetings of their own)."""
    if not any([d.kind == "bilateral" for d in out]):
        return False
    last = max([j for j in s.cued if "this_meeting" in s.cues[j]], default=None)
    if last is None:
        return False
    told = next((j for j in s.cued if j > last + 1 and "this_meeting" not in s.cues[j]
                 and not (s.cues[j].isdisjoint(NOUN_KINDS) and "meeting_verb" not in s.cues[j])), None)
    return told is not None and not ALSO_WORDS.isdisjoint(s.text[last + 1:told]) \
        and any(["with" in s.cues[k] for k in range(last + 1, told)])


def _named_before(actors: list[Actor], trig: int) -> str | None:
    """The state of the official named by name before the meeting word, first of the sentence's actors: "أجرى ولي
    العهد … الأمير محمد بن سلمان …، اتصالات هاتفية … بإخوانه قادة دول مجلس التعاون …، كلاً على حدة" (he made each
    call)."""
    first = min(actors, key=lambda a: a.tok, default=None)
    return first.country if first is not None and first.tok < trig and first.participant is not None \
        and first.participant.name_en else None


def _envoy_received_by_unknown(s: Sentence, trig: int, actors: list[Actor]) -> bool:
    """Whether the sentence opens with a reception verb whose only guest is an envoy, and names no state or known
    official between the verb and him: "استقبل الدكتور قصي السهيل السفير الياباني" (the host a name no table
    knows)."""
    return trig == 0 and s.text[0].removeprefix("و") in RECEPTION_WORDS and len(actors) == 1 \
        and _is_envoy(actors[0]) and all([s.mention[j] is None or s.mention[j].kind == "title"
                                          and s.mention[j].entity not in ORG_TITLES for j in range(1, actors[0].tok)])
    # (not "استقبل الأمين العام لمجلس التعاون سفير رومانيا": an organisation's head receives for no state)


DELEGATION_ALONG = ("والوفد", "المرافق")  # folded: "… والوفد المرافق له", a visitor's delegation
HOST_REACH = 5  # words from the reception verb to its host's state, if no official of it is named: "استقبل صاحب
# السمو الملكي ولي العهد السعودي"


def _guest_of_no_state_with_delegation(s: Sentence, trig: int, actors: list[Actor]) -> bool:
    """Whether a reception verb's guest is a title of no state followed by "والوفد المرافق له", every side named
    being the host's: "استقبل رئيس جمهورية كازاخستان قاسم جومارت توكاييف …، المستشار عبدالوهاب عبدالرازق رئيس
    مجلس الشيوخ والوفد المرافق له" (a visitor, not the host's own official)."""
    if s.text[trig].removeprefix("و") not in RECEPTION_WORDS or not actors \
            or min(a.tok for a in actors) - trig > HOST_REACH and not all([s.mention[a.tok] is not None and
                                                                          s.mention[a.tok].kind == "official"
                                                                          for a in actors]):
        return False  # (not "استقبل نائب رئيس الأركان …، اليوم في مكتبه قائد القوات البحرية … الأمريكية": the state
        # named is the guest's)
    last = max(a.tok for a in actors)
    along = next((j for j in range(last + 1, len(s.text) - 1)
                  if (s.text[j], s.text[j + 1]) == DELEGATION_ALONG), None)
    return along is not None and any([s.mention[j] is not None and s.mention[j].kind == "title"
                                      and s.mention[j].country is None for j in range(last + 1, along)])


SPEAKER_WORDS = 4  # words at most of a name no table knows, and its time, before "در دیدار با"
JOINT_WORDS_FA = frozenset({"مشترک"})  # folded: a meeting noun's own "joint" ("در مذاکرات مشترک با")


def _unknown_speaker_in_talks(s: Sentence, lo: int, split: int, hi: int) -> bool:
    """Whether a Persian "در دیدار با …" has before it only a name no table knows (and its time), after the report's
    opener, and a speech verb after: "به گزارش خبرگزاری مهر در بندرعباس، حسین‌هاشمی صبح چهارشنبه در دیدار با …
    جانشین فرمانده گارد ساحلی عمان … افزود" (the speaker is of the article's own state)."""
    noun = split - 2  # "در", then the meeting noun (and its "مشترک") and "با" before the partner at ``split``
    while noun > lo and (s.text[noun] in JOINT_WORDS_FA or not s.cues[noun].isdisjoint(PAIRING)):
        noun -= 1  # "در مذاکرات مشترک با"
    at = noun - 1
    if at <= lo or s.text[at] != "در" or "meeting" not in s.cues[at + 1] or "with" not in s.cues[split - 1]:
        return False
    report = next((k for k in range(lo, min(at, lo + REPORT_OPENING)) if tuple(s.text[k:k + 2]) == ("به", "گزارش")),
                  None)  # "به گزارش شهرآرانیوز،": an outlet, perhaps after a dateline ("date 2025-12-10 به گزارش")
    opener = report + 3 if report is not None else lo
    start = max([j + 1 for j in range(lo, at) if s.mention[j] is not None or s.cues[j]], default=opener)
    return 1 <= at - start <= SPEAKER_WORDS and any([_spoken(s, k) for k in range(split, hi)])


REPORT_OPENING = 6  # tokens from a sentence's start to its "به گزارش": a dateline's date may come first


ATTENDING_REACH = 3  # tokens from "جهت" to the "this meeting" phrase: "جهت حضور در این اجلاس"


def _came_to_attend_it(s: Sentence, out: list[Draft]) -> bool:
    """Whether every "this meeting" of a Persian sentence that tells a meeting of its own is what someone came to
    attend: "سرلشکر باقری که … جهت حضور در این اجلاس به روسیه سفر کرده است، صبح امروز نیز با والری گراسیموف …
    دیدار کرد" (the summit is why he came; whom he met is a meeting of its own)."""
    return any([d.kind == "bilateral" for d in out]) \
        and all([not PURPOSE_WORDS.isdisjoint(s.text[max(0, j - ATTENDING_REACH):j]) for j in _this_meeting_starts(s)])


AFTER_WORDS = frozenset({"بعد", "عقب", "اثر", "باثر", "بعید"})  # folded: "وذلك بعد استهداف …" (after a deed)
TIME_NOUNS = frozenset("ظهر الظهر غد ساعات ساعه ایام یوم یومین اسبوع اسابیع شهر اشهر منتصف انتهاء ختام".split())


def _deed_clause(s: Sentence, trig: int) -> int | None:
    """Where a clause of what came before the meeting, or comes after it, opens after the meeting word: "وانطلقت
    أعمال القمة … في الدوحة، وذلك بعد استهداف إسرائيل مقرات … الثلاثاء الماضي", "وذلك قبل ساعات من زيارة سيقوم
    بها وزير الخارجية الإيراني" (a deed, its day and its doer are not the meeting's)."""
    if "وذلک" not in s.text:  # the cheap test first: most sentences have no such clause
        return None
    return next((j for j in range(trig + 1, len(s.text) - 2) if s.text[j] == "وذلک"
                 and (s.text[j + 1] in AFTER_WORDS and s.text[j + 2] not in TIME_NOUNS
                      and TRIGGER_KINDS.isdisjoint(s.cues[j + 2])
                      or "before" in s.cues[j + 1] and all([TRIGGER_KINDS.isdisjoint(s.cues[k]) for k in s.cued
                                                             if k > j]))), None)
    # (not "وذلك قبل دخول الزعماء الثلاثة إلى قاعة الاجتماع، حيث تم عقد لقاءات منفردة": more meetings told)



def _of_what_came_before(s: Sentence, d: DateMention, trig: int) -> bool:
    """Whether a day is told in the clause of a deed that came before the meeting (``_deed_clause``)."""
    j = _deed_clause(s, trig)
    return j is not None and j < bisect_left(s.start, d.start)


ATTEND_WORDS = frozenset("شارکوا حضروا حضرا وشارک وحضر شارک حضر".split())  # folded: took part, attended


def _attendees_told(s: Sentence) -> bool:
    """Whether the sentence says who took part in the meeting it tells ("… وليد المعلم وبثينة شعبان، شاركوا في
    الاجتماع"): the people it lists sat in one meeting."""
    return any([s.text[j] in ATTEND_WORDS for j in s.cued if "this_meeting" in s.cues[j]])


def _plural_meeting_noun(s: Sentence, lo: int, hi: int) -> bool:
    """Whether a Persian meeting noun in [lo, hi) is plural ("گفتگوهای بسیار خوب و مفیدی با رئیسجمهور، وزیر امور
    خارجه، رئیس مجلس و معاون نخستوزیر این کشور داشت"): meetings, one with each post listed."""
    return any([s.text[j].endswith(PLURAL_ENDINGS_FA) and "meeting_verb" not in s.cues[j]
                and not TRIGGER_KINDS.isdisjoint(s.cues[j]) for j in s.cued if lo <= j < hi])


PLURAL_ENDINGS_FA = ("های", "هایی")  # folded: "دیدارهای", "گفتگوهایی"


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
