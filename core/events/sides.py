"""Who met whom in one sentence: subjects and partners, lists, counterparts, titles without names.

"التقى X وزير خارجية A، ووزير خارجية B" gives X meeting each; ``_subject_sides``, ``_noun_sides`` and
``_adjacent_sides`` find the two sides when no "با"/"مع" separates them; ``_met`` and the list helpers
split "با رئیس‌جمهور، نخست‌وزیر و رئیس مجلس این کشور" into one meeting per post.
"""

from __future__ import annotations

from dataclasses import replace

from core.events.actors import (
    BETWEEN_WORDS,
    FORMER_WORDS,
    HEAD_POSTS,
    LIST_WORDS,
    PORTFOLIO_WORDS,
    PRESENCE_WORDS,
    SERVANT_ROLES,
    STATE_NOUNS,
    STATELESS_ROLES,
    WINDOW,
    _and_joined,
    _last_token,
    actors_in,
    is_ties_word,
)
from core.events.receptions import (
    APART_WORDS,
    EACH_OF,
    RECEPTION_WORDS,
    _is_envoy,
    _next_after,
    _person_at,
    _welcomer_after,
    _welcomer_last,
)
from core.events.sentence import TRIGGER_KINDS, Actor, Draft, Sentence, _first_most_named, _mention_head
from core.events.tense import NOUN_KINDS, POSSESSED_MEETINGS, QUANTIFIER_WORDS, TOPIC_HEADS, _cancelled, _present_ya
from core.events.venue import _LEAD_WORDS, CITY_WORDS_AR, GATHERING_REACH, _one_state_else, _place_gone_to
from core.fold import fold_text
from core.records import Mention, Participant

PRONOUNS = frozenset({"وی", "او", "ایشان"})  # Persian "he/she" as the subject before "با"

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
        if word == "دو" and j + 1 < hi and s.text[j + 1] == "کشور" and j > lo and s.mention[j - 1] is not None \
                and s.mention[j - 1].kind == "title":
            return j  # "روسای جمهور دو کشور نیز با یکدیگر دیدار کردند": the two states' presidents
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


def _each_of_at(s: Sentence, start: int, end: int) -> int | None:
    """The token of "من" in the first "كلا من" (each of, "بكلا من", "كلًّا من") whose "من" is in [start, end)."""
    return next((k for k in range(max(1, start), end) if s.text[k] == "من"
                 and (s.text[k - 1].endswith("کلا") or s.text[k - 1] == "کل")), None)


# folded: a letter, message, greeting or thanks, whose sender or addressee is not there ("عن شكره للعاهل السعودي")
LETTER_WORDS = frozenset("رساله رسالتین رسائل برقیه پیام پیامی نامه نامهای دعوه تحیات تهنئه تهانی شکره شکرها "
                         "امتنانه امتنانها".split())


def _without_timed_people(s: Sentence, actors: list[Actor]) -> list[Actor]:
    """The actors less a named official right after "پیش از/قبل از/بعد از" + a coming or going ("یک هفته پیش از
    بازگشت دونالد ترامپ … به کاخ سفید"): a time, no side of the meeting."""
    if TIME_CLAUSE_NOUNS.isdisjoint(s.text):
        return actors
    timed = [k for k in range(2, len(s.text)) if s.text[k] in TIME_CLAUSE_NOUNS and s.text[k - 1] == "از"
             and s.text[k - 2] in BEFORE_AFTER_FA]
    return [a for a in actors if not (a.participant is not None and a.participant.name_en
                                      and any([0 < a.tok - k <= UPCOMING_REACH
                                               and not any(["with" in s.cues[x] for x in range(k + 1, a.tok)])
                                               for k in timed]))]
    # (not "پس از ورود به مسکو با ولادیمیر پوتین دیدار کرد": whom he met "with" after arriving)


TIME_CLAUSE_NOUNS = frozenset("بازگشت ورود".split())  # folded: "پیش از بازگشت X", "قبل از ورود X": a time, no side
BEFORE_AFTER_FA = frozenset("پیش قبل بعد پس".split())  # folded

UPCOMING_REACH = 5  # tokens from "آتی" to the traveller's title: "سفر آتی رجب طیب اردوغان، رئیس‌جمهور ترکیه"


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
    """Whether every partner hangs off one title ("وزرای خارجه بریتانیا، فرانسه، آلمان": one joint meeting), the
    names of its holders perhaps told after the states ("رئيس أركان إيران والعراق محمد حسين باقري وعثمان الغانمي")."""
    heads = set()
    for a in actors:
        if a.participant is not None and a.participant.name_en and not _named_after_states(s, a, lo):
            return False
        heads.add(_title_index(s, a.tok, lo))
    if actors and all([a.participant is not None and a.participant.role == "ambassador" for a in actors]) \
            and any([s.mention[j] is not None and s.mention[j].kind == "title" and s.mention[j].entity in HEAD_POSTS
                     for j in range(lo, min(a.tok for a in actors))]):
        return False  # "رییس‌جمهوری با سفیران سوئیس، فنلاند، بلژیک … دیدار کرد": a head of state receives envoys one
        # by one (not "لاوروف … با سفرای جمهوری آذربایجان، ایران، قزاقستان و ترکمنستان": one meeting)
    return len(heads) == 1 and None not in heads


def _named_after_states(s: Sentence, a: Actor, lo: int) -> bool:
    """Whether the named official ``a`` hangs off a title whose states, two or more, are listed right before his
    name: "رئيس أركان إيران والعراق محمد حسين باقري" (one of the two chiefs the title names)."""
    head = _title_index(s, a.tok, lo)
    if head is None:
        return False
    states = {s.mention[j].country for j in range(head, a.tok) if s.mention[j] is not None
              and s.mention[j].kind == "country"}
    return len(states) >= 2


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


# people named by a region, no state: "با اروپایی‌ها" (with the Europeans)
DELEGATE_PLURALS = frozenset("نمایندگان هییتهای هیاتهای وفود الوفود ممثلو ممثلی ممثلین".split())  # folded

SUBJECT_PLURALS = frozenset("مسوولون المسوولون مسوولو وزراء الوزراء قاده زعماء رووساء وفود".split())  # folded


def _plural_subject(s: Sentence, trig: int, split: int) -> bool:
    """Whether the word right after the meeting verb is a plural of people in the nominative ("التقى مسؤولون كبار
    من قطر والعراق بوزير …"): the verb's subject, whose states met the one after "ب"."""
    return trig + 1 < split and s.text[trig + 1] in SUBJECT_PLURALS


COUNTERPART_PLURALS = frozenset(fold_text("همتایان نظرائه نظرائهم").split())  # his counterparts (class separate)


def _counterparts_together(s: Sentence) -> bool:
    """Whether the sentence's only "separate" word is a plural of counterparts and it says they talked "با هم"
    (together): one joint meeting, not one with each."""
    return all([s.text[j] in COUNTERPART_PLURALS for j in s.cued if "separate" in s.cues[j]]) \
        and any([s.text[k] in ("هم", "یکدیگر") and s.text[k - 1] == "با" for k in range(1, len(s.text))])


def _clitic_title(s: Sentence, trig: int, hi: int) -> int | None:
    """The first token after the meeting word that is "ب" written on to a title no person cue knows, a rank
    or a style ("التقى الفريق أول عبد المجيد صقر … بالفريق ركن محسن الداعرى"): whom he met."""
    return next((j for j in s.named if trig < j < hi and s.text[j].startswith("ب") and s.mention[j].kind == "title"
                 and s.mention[j].start > s.start[j] and (j == 0 or s.mention[j - 1] is not s.mention[j])), None)


SIMILAR_WORDS = frozenset("مماثله مشابهه مشترک".split())  # folded: "تلقى كذلك اتصالات هاتفية مماثلة من …" (similar
# calls), "تلقى اتصال هاتفي مشترك من" (a joint call)


def _callers_from(s: Sentence, j: int) -> bool:
    """Whether token j is the "من" (from) after a call word, the callers after it: "اتصالا هاتفيا من", "تلقى
    كذلك اتصالات هاتفية مماثلة من …"."""
    return s.text[j] == "من" and j > 1 and ("call" in s.cues[j - 1]
                                            or s.text[j - 1] in SIMILAR_WORDS | RECEIVED_IT | APART_WORDS
                                            and "call" in s.cues[j - 2])


RECEIVED_IT = frozenset("تلقاه تلقاها تلقیاه".split())  # folded: "خلال اتصال هاتفي تلقاه من …" (a call he received)

# (Arabic "بالتزامن مع زيارة …", "تزامنا مع": at the time of)
HIS_MEETING_WORDS = frozenset("استقباله لقایه اجتماعه اتصاله مباحثاته محادثاته".split())  # folded: his reception …

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
    if after < hi and s.text[after] in REGION_WORDS:  # "فرماندار منطقه کاختی و سولخان تامازاشویلی، رئیس دولت
        # جمهوری خودمختار آجارستان دیدار": posts of regions no table names, and more such people, then the meeting
        end = min(hi, after + 1 + REGION_LIST_WORDS)
        after += 1
        while after < end and (s.mention[after] is None or s.mention[after].kind == "title") \
                and s.cues[after] <= {"person"}:
            after += 1
    if after == hi or TRIGGER_KINDS.isdisjoint(s.cues[after]):  # the bare title, then the meeting word
        return None
    return Actor(venue, j, Participant(m.surface, None, m.entity, venue, m.start, m.end))


REGION_WORDS = frozenset(fold_text("منطقه استان ولایت ایالت شهرستان").split())  # a region's post: "فرماندار منطقه …"
REGION_LIST_WORDS = 12  # words from "منطقه" to the meeting word: the region's name, more names and posts


NAME_WORDS_BEFORE_POST = 3  # words of a name no table knows between "با" and a bare title: "با احمد دنیامالی، وزیر"
COUNTERPART_WORDS = frozenset("نظیره نظیرها نظیرته نظیرتها همتای همتا".split())  # folded: his counterpart


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
    elif j is None or s.mention[j].form == "diplomat" \
            or any([s.mention[k] is not None and s.mention[k].kind in ("country", "official")
                    and s.mention[k].country != venue and not _of_ties(s, lo, k)
                    for k in range(lo, end)]):  # (a state's adjective of a topic: "التعاون التونسي التركي")
        return None  # an envoy is the guest ("السفير/ عمرو معوض، سفير مصر لدى إندونيسيا"), not the host; the venue
        # itself may stand between ("استقبل وزير الدفاع …، في مطار الكويت اليوم، الأمير خالد بن سلمان")
    m = s.mention[j]
    if _title_of_the_named(s, j) or m.entity in STATELESS_ROLES:
        return None  # "استقبال وزير خارجية سوريا", "الرئيس حسن شيخ محمود": the title is the guest's own; "رئيس
        # المكتب السياسي لحركة حماس" is no state's
    return Actor(venue, j, Participant(m.surface, None, m.entity, venue, m.start, m.end))


def _of_ties(s: Sentence, lo: int, k: int) -> bool:
    """Whether the state at token k is one of the adjectives right after a word for ties: "التعاون التونسي التركي"."""
    j = k
    while j > lo and s.mention[j - 1] is not None and s.mention[j - 1].kind == "country":
        j -= 1
    return j > lo and is_ties_word(s.text[j - 1])


def _title_of_the_named(s: Sentence, j: int) -> bool:
    """Whether the title mention at token j is followed by a state or an official: the title is theirs, not a bare
    post ("وزير خارجية سوريا", "الرئيس بري")."""
    m = s.mention[j]
    after = next((k for k in range(j, len(s.text)) if s.mention[k] is not m), len(s.text))
    return after < len(s.text) and s.mention[after] is not None and s.mention[after].kind in ("country", "official")


TITLED_SUBJECT_POSTS = 2  # posts a bare host may be told by, one after the other: "ولي العهد رئيس مجلس الوزراء"


def _posted_host(s: Sentence, lo: int, actors: list[Actor],
                 post_states: dict[str, frozenset[str]] | None) -> Actor | None:
    """The host of a reception named by a bare title before his guests of one other state, no place told, when the
    article names one official of one state in that post: "وكان ولي العهد رئيس مجلس الوزراء استقبل أمس، في
    مكتبه بقصر اليمامة، وزير الخارجية الأمريكي" in a text naming "ولي العهد رئيس مجلس الوزراء الأمير محمد بن
    سلمان"."""
    if not post_states or not actors or {a.country for a in actors} != {actors[0].country}:
        return None
    first = min([a.tok for a in actors])
    titles = [j for j in range(lo, first) if s.mention[j] is not None and s.mention[j].kind == "title"
              and s.mention[j].country is None and (j == lo or s.mention[j - 1] is not s.mention[j])]
    for j in titles[:TITLED_SUBJECT_POSTS]:
        states = post_states.get(s.mention[j].entity, frozenset())
        if states:
            if len(states) != 1 or actors[0].country in states:
                return None
            m, state = s.mention[j], next(iter(states))
            if _title_of_the_named(s, j):
                return None  # "وكان الرئيس بري استقبل": the title is the named man's own
            return Actor(state, j, Participant(m.surface, None, m.entity, state, m.start, m.end))
    return None


def _counterpart_of_state(s: Sentence, state: str) -> bool:
    """Whether the sentence names someone's counterpart of ``state`` ("ونظيره المصري"): the one he is the counterpart
    of is another state's."""
    return any([s.text[j].removeprefix("و").removeprefix("ب") in COUNTERPART_WORDS and j + 1 < len(s.text)
                and s.mention[j + 1] is not None and s.mention[j + 1].country == state for j in range(len(s.text))])


HIS_MEETINGS = HIS_MEETING_WORDS | POSSESSED_MEETINGS

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
        while k >= lo and steps < 3 and (s.mention[k] is None and not s.cues[k] and s.text[k] not in LIST_WORDS
                                         or _place_after_in(s, k, lo)):  # "در شهر استانبول نشست …"
            while k > lo and s.mention[k] is not None and s.mention[k - 1] is s.mention[k]:
                k -= 1
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
        lead = k  # "که روز شنبه هفته جاری چهار کشور روسیه، ترکیه …": a time and a count after the clause's opener
        while lead >= lo and k - lead < SUBJECT_LEAD and s.mention[lead] is None and not s.cues[lead] \
                and s.text[lead] not in LIST_WORDS and s.text[lead] not in SUBJECT_OPENERS:
            lead -= 1
        led = lead < k and (lead >= lo and s.text[lead] in SUBJECT_OPENERS  # or the clause's start, the states
                            or lead < lo and any([_counts_states(w) for w in s.text[lo:k + 1]]))  # counted: "چهار کشور"
        if len(sides) >= 2 and (k < lo or s.text[k] in SUBJECT_OPENERS or "clause" in s.cues[k] or led):
            return sides[::-1]
    return _verb_first_sides(s, live, lo)


SUBJECT_LEAD = 6  # plain words between a clause's "که" and the states that held a meeting


def _place_after_in(s: Sentence, k: int, lo: int) -> bool:
    """Whether token k is (the end of) a city named after "در"/"في"/"شهر": a place, no side of the meeting."""
    m = s.mention[k]
    if m is None or m.kind != "city":
        return False
    while k > lo and s.mention[k - 1] is m:
        k -= 1
    return k > lo and s.text[k - 1] in IN_PLACE


IN_PLACE = frozenset({"در", "فی", "شهر"}) | CITY_WORDS_AR  # folded: "در شهر استانبول", "في مدينة"


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
        if k + 1 < hi and s.text[k] in BETWEEN_WORDS:  # "نشست مشترک مرزی بین جمهوری اسلامی ایران و … پاکستان"
            k += 1
        elif k + 2 < hi and _each_of_at(s, k + 1, k + 2) is not None:  # "اجتماع ثلاثي ضم كلا من …"
            k += 2
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
            k = j + 1 if j < hi and s.text[j] in FORMER_WORDS else j  # "سفیر پیشین اتحادیه اروپا": his post then
            if k < hi and s.mention[k] is not None and s.mention[k].kind != "title":
                return []  # "وزیر خارجه لبنان", "وزیر خارجه عبدالله بوحبیب": whose post is told
        elif s.text[j] in LIST_WORDS and out:
            j += 1
        else:
            break
    return out


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


def _post_states(mentions: list[Mention], roles: dict[str, str]) -> dict[str, frozenset[str]]:
    """The states of the officials an article names, by the post each holds that day ("king" -> {"JOR"})."""
    out: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind == "official" and m.country and roles.get(m.entity):
            out.setdefault(roles[m.entity], set()).add(m.country)
    return {role: frozenset(states) for role, states in out.items()}


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
    beside = next((j for j in range(lo, split) if "sideline" in s.cues[j]), split)  # "در حاشیه نشست بریکس": where
    gathering = range(beside, min(split, beside + GATHERING_REACH + 1))  # he met, no subject
    if split <= lo or any([s.mention[j] is not None and not _place_gone_to(s, lo, j) or "person" in s.cues[j]
                           or not TRIGGER_KINDS.isdisjoint(s.cues[j]) for j in range(lo, split) if j not in gathering]):
        return False  # "این اجلاس … با سخنرانی روحانی آغاز شد": the gathering is the subject
    return any(["meeting" in s.cues[j] and j + 1 < len(s.text) and s.text[j + 1] in SINGULAR_PAST_FA
                for j in range(split, len(s.text))])  # a verb told of one man: "دیدار کرد", not "هدف … دیدار با"


SINGULAR_PAST_FA = frozenset("کرد کرده نمود نموده داشت داشته".split())  # folded


def _trigger_word(s: Sentence, trig: int) -> str:
    """The word that names the meeting: past the lead words of its phrase ("در این تماس" -> "تماس")."""
    while s.text[trig] in _LEAD_WORDS and trig + 1 < len(s.text) and s.cues[trig + 1] == s.cues[trig]:
        trig += 1
    return s.text[trig]


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


ASIDE_WORDS = PRESENCE_WORDS | frozenset("من الذی التی الذین که اینکه بان ومعه معه صهر نجل شقیق عقیله".split())
# folded: "الذي سلمه رسالة من", "مبعوث واشنطن ستيف ويتكوف ومعه جاريد كوشنر صهر الرئيس …" (who came along, whose kin);
# "با اشاره به اینکه … دعوت پادشاه این کشور": what was said


PRESENT_REACH = 4  # tokens from "بحضور" to the first person present: "بحضور وزير الخارجية وليد المعلم"

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
    aside = next((j for j in range(first + 1, actors[-1].tok)
                  if (s.text[j] in ASIDE_WORDS or _topic_opens(s, j, actors)) and not _callers_from(s, j)), None)
    # (not "… وتلقى كذلك اتصالات مماثلة من": more callers)
    return actors if aside is None else [a for a in actors if a.tok < aside]


def _topic_opens(s: Sentence, j: int, actors: list[Actor]) -> bool:
    """Whether token ``j`` opens what was talked of, the next person named inside it: "با مایک پنس … دیدار و درباره
    استراتژی ترامپ" (not "به منظور گفت و گو … درباره مناسبات … در فرودگاه … مورد استقبال محلب": a meeting word
    between, whose own partner follows)."""
    if s.text[j] not in TOPIC_HEADS or "topic" not in s.cues[j]:
        return False
    nxt = next(a.tok for a in actors if a.tok > j)
    return all(TRIGGER_KINDS.isdisjoint(s.cues[k]) for k in range(j + 1, nxt))


GENERIC_POST = "official"  # the role of a post no title names


def _titles_listed(s: Sentence, start: int, end: int, country: str) -> list[Participant]:
    """The posts listed from token ``start`` to the title of the state at ``end``, joined by "و" or side by side,
    each a person of that state: "رئیس‌جمهور، نخست‌وزیر و رئیس شورای‌عالی قضایی این کشور" (three people); [] if
    anything else stands between them."""
    out: list[Participant] = []
    j = start
    adjacent = False  # whether the title at j follows the one before with nothing between
    while j < end:
        m = s.mention[j]
        if m is not None and m.kind == "title":
            while j < end and s.mention[j] is m:
                j += 1
            title_end = portfolio = j  # "وزیر مالی", "وزیر انرژی و ذخایر آبی": words of his portfolio no title names
            while portfolio < end and portfolio - j < PORTFOLIO_WORDS and s.mention[portfolio] is None \
                    and not s.cues[portfolio] and (s.text[portfolio] not in LIST_WORDS or portfolio > j):
                portfolio += 1
            if portfolio < end and s.mention[portfolio] is None and not s.cues[portfolio] \
                    and s.text[portfolio] not in LIST_WORDS:
                return []  # a longer run of words is no list of posts
            principal = out and out[-1].role in SERVANT_ROLES and adjacent  # "نماینده ویژه روسای جمهور": whose envoy
            if (m.entity not in [p.role for p in out] or portfolio > j) and not principal:
                out.append(Participant(m.entity, None, m.entity, country))
            adjacent = portfolio == title_end
            j = portfolio
        elif s.text[j] in LIST_WORDS or s.text[j] in QUANTIFIER_WORDS and out:  # "و برخی مسئولان": some more
            j += 1
            adjacent = False
        elif m is None and "person" in s.cues[j]:  # a post no title names: "رئیس شورای‌عالی قضایی"
            out.append(Participant(s.text[j], None, GENERIC_POST, country))
            j += 1
            adjacent = False
            while j < end and s.mention[j] is None and not s.cues[j] \
                    and (s.text[j] not in LIST_WORDS or j + 2 == end and not s.cues[j + 1]):
                j += 1  # (its adjectives, the last two joined: "مسئولان سیاسی و مذهبی عراق")
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
HEAD_ROLES = HEAD_POSTS | {"prime_minister", "queen", "chancellor"}
# posts at the head of a state or government: no minister's counterpart holds one
ROLE_KIN = {"envoy": "ambassador", "chancellor": "prime_minister", "head_of_state": "president"}  # one post told
# two ways: "سفیر و نماینده ویژه", an envoy told once as "the ambassador"; Germany's chancellor as "صدر اعظم" (head
# of government); a head of state by no other post (al-Burhan) as "رئيس مجلس السيادة" (its president)


def _same_people(a: Draft, b: Draft, country: str, offices: dict[str, frozenset[str]]) -> bool:
    """Two tellings can be one meeting unless they name different people for the same side: other names,
    other bare titles, or named officials none of whose offices, ever held (``offices``, by English name), is
    a title of the other telling (Putin is not "the Russian defence minister"; Shoigu may be)."""
    na, ra = _people(a, country)
    nb, rb = _people(b, country)
    if na and nb:
        return bool(na & nb)
    if na and not nb and not rb and country in b.counterparts:
        return _counterpart_may_be(na, b.counterparts[country], offices)
    if nb and not na and not ra and country in a.counterparts:
        return _counterpart_may_be(nb, a.counterparts[country], offices)
    if not na and not nb and ra and rb:
        return bool(ra & rb)
    other = b if ra else a
    if not na and not nb and (ra or rb) and not (ra and rb) and country in other.counterparts \
            and (ra or rb) <= HEAD_ROLES:  # "مورد استقبال همتای عراقی خود قرار گرفت" after "زنگنه با نخست وزیر عراق
        whose = other.counterparts[country]  # دیدار کرد": the oil minister, no head of government
        posts = offices.get(whose.name_en, frozenset()) if whose.name_en else frozenset({whose.role} - {None})
        return not posts or bool(posts & (ra or rb))
    named, titles = (na, rb) if na else (nb, ra)
    if named and titles and {ROLE_KIN.get(p.role, p.role) for p in a.participants + b.participants
                             if p.country == country and p.name_en in named} & titles:
        return True  # "عبدالرضا رحمانی فضلی سفیر ایران" is the "سفیر جدید ایران" of the headline
    if named and titles and all(n in offices for n in named):
        return any({ROLE_KIN.get(o, o) for o in offices[n]} & titles for n in named)  # an envoy, "the ambassador"
    return True


def _counterpart_may_be(named: set[str], whose: Participant, offices: dict[str, frozenset[str]]) -> bool:
    """Whether officials named by name may be the counterpart of ``whose``: one of them has held a post he has
    held, or the tables cannot tell ("بشار اسد" is not the Syrian counterpart of Hatami, a defence minister)."""
    posts = offices.get(whose.name_en, frozenset()) if whose.name_en else frozenset({whose.role})
    if not posts or not all(n in offices for n in named):
        return True
    kin = {ROLE_KIN.get(p, p) for p in posts}
    return any([{ROLE_KIN.get(o, o) for o in offices[n]} & kin for n in named])


def _one_state_telling(a: Draft, b: Draft) -> bool:
    """Whether one of two tellings of a forum's gathering, neither on its sidelines, names one state at most: the
    same gathering told again ("محادثات أستانا بين نواب وزراء خارجية تركيا وروسيا وإيران وسوريا", then "قال نائب
    وزير خارجية كازاخستان: إن اجتماع تنسيق أستانا الذي اختتم اليوم …")."""
    return bool(a.forum) and a.forum == b.forum and not (a.sideline or b.sideline) \
        and min(len(set(a.countries)), len(set(b.countries))) <= 1


def _summit_sides(a: Draft, b: Draft) -> list[str]:
    """The countries of a multilateral meeting told by ``a`` and again by ``b``: both tellings' sides, save a
    venue named for want of any side once a telling names sides (a host counts only when said to take part)."""
    if b.venue_only and a.countries:
        return a.countries
    if a.venue_only and b.countries:
        a.venue_only = b.venue_only
        return list(b.countries)
    return list(dict.fromkeys(a.countries + b.countries))


def _without_recalled_pairs(drafts: list[Draft]) -> list[Draft]:
    """A meeting of two sides told as "weeks ago" in an article that reports the same two meeting on a day of its
    own is recalled in passing: "امیرعبداللهیان صبح امروز با هاکان فیدان دیدار کرد … دو هفته قبل وزرای امور خارجه
    ایران و ترکیه در حاشیه اجلاس … در جده با یکدیگر تبادل نظر کردند"."""
    dated = {tuple(d.countries) for d in drafts if d.kind == "bilateral" and d.explicit_date and not d.vague}
    return [d for d in drafts if not (d.kind == "bilateral" and d.vague and tuple(d.countries) in dated)]


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


def _titled(title: Mention, m: Mention) -> bool:
    """Whether country mention ``m`` follows the title mention ``title`` right after it: "وزير الدفاع الإسباني", or
    after a bare "وزیر" and a portfolio no table knows ("وزیر صنعت و تجارت جمهوری چک")."""
    return title.kind == "title" and (m.start - title.end <= 2
                                      or title.entity == "minister" and m.start - title.end <= PORTFOLIO_CHARS)


PORTFOLIO_CHARS = 24  # characters of a portfolio between a bare "وزیر" and its state: " صنعت و تجارت "


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
