"""Sentences of an article as tokens with their cues and mentions: what every other events module reads.

``build_sentence`` turns one sentence span of the folded text into a ``Sentence``: its word tokens, each with
the cue kinds it carries (``meeting``, ``with``, ``sideline`` …) and the mention that covers it, so that
"وزیر امور خارجه ایران با همتای روسی خود دیدار کرد" becomes tokens where "دیدار" has the cue ``meeting``,
"با" has ``with``, "همتای" has ``person``, and "ایران" holds the country mention IRN. ``sentence_spans``
cuts the folded text into sentences (also hard-wrapped text); pronouns and honorifics ("این کشور", "سموه")
are resolved to what they stand for here.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import accumulate, compress
from operator import add

from core.cues import token_cues
from core.fold import Folded
from core.mentions import TOKEN
from core.records import DateMention, Mention, Participant

# A run of sentence ends: a newline, or . ! ? before a space or the end ("ا.ا.ا", an abbreviation, is not one).
# Written to start with a plain character class, which lets the regex engine skip ahead between candidates.
# folded: a comma before "it is worth noting that" ends a sentence ("وتسلّم منهم أوراق إعتمادهم، جدير بالذكر أن
# السفراء سيقدمون أوراق إعتمادهم … غداً": what follows is a statement of its own)
_NOTE_AFTER_COMMA = r"|[،,](?= (?:و?(?:ال)?جدیر بالذکر|یذکر ان|یشار الی ان|وتجدر الاشاره|تجدر الاشاره)(?!\w))"
# folded (lower case): a Latin title or dotted initials before a full stop end no sentence ('"H.E.Mr. Masahisa
# Sato" وزير الدولة')
_LATIN_ABBREVIATION = r"(?<!mr\.)(?<!ms\.)(?<!dr\.)(?<!mrs\.)(?<!prof\.)(?<!\.[^\W\d_]\.)"
SENTENCE_END = re.compile(r"[.!?\n](?<!\s[^\W\d_]\.)" + _LATIN_ABBREVIATION
                          + r"(?:(?<=\n)|(?=\s|$))(?:\n|[.!?](?=\s|$))*"
                          r"|\.(?<=[^\W\d_]{2}\.)(?=[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc])"
                          + _NOTE_AFTER_COMMA)
# (a full stop run into the next sentence, its space lost: "دیدار و گفتوگو کرد.مرتضی سرمدی"; not "ا.ا.ا"; nor after a
# one-letter abbreviation: "وزير الخارجية د. رياض المالكي")
TRIGGERS = ("meeting", "meeting_verb", "call", "summit", "reception")
TRIGGER_KINDS = frozenset(TRIGGERS)

LOCATIVE = frozenset("در به فی الی من از لدی مقیم عازم وارد".split())


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
    separate: bool = False  # told in a sentence of separate meetings ("محادثات منفصلة مع …"): no joint one's part
    counterparts: dict[str, Participant] = field(default_factory=dict)  # a side told only as "his counterpart" ->
    # the one whose counterpart he is ("حاتمی … با همتای سوری خود": Syria's holder of Hatami's post)


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
    if arabic and "visit_person" in s.kinds:
        _visits_to_people(s)
        _people_visited(s)
    if not arabic and "summit" in s.kinds:
        _sat_down_to_talk(s)
    s.named = list(compress(range(len(words)), s.mention))  # a Mention is always true
    return s


SAT_WORDS = frozenset({"نشست", "نشستند"})  # folded: "sat", also the noun "a session"


def _sat_down_to_talk(s: Sentence) -> None:
    """Make "نشست" a verb, no summit, after "به" and a meeting word: "به گفتگو نشست", "به رایزنی نشستند" (sat down
    to talk)."""
    for j in list(s.cued):
        if s.text[j] in SAT_WORDS and j >= 2 and "meeting" in s.cues[j - 1] \
                and (s.text[j - 2] == "به" or "meeting" in s.cues[j - 2] and j >= 3 and s.text[j - 3] == "به"):
            s.cues[j] = s.cues[j] - {"summit"}
    if not any(["summit" in s.cues[j] for j in s.cued]):
        s.kinds = s.kinds - {"summit"}


VISIT_TO_PERSON_REACH = 3  # tokens from "بزيارة" to the "إلى" before the person visited ("بزيارة أمس، إلى")
TO_AR = frozenset({"الی"})  # folded "إلى", "الى" (to)
PERSON_AFTER_TO = 3  # tokens of a style ("صاحب السمو") from "إلى" to the person


HIS_VISIT_WORDS = frozenset({"زیارته", "زیارتها"})  # folded: "his/her visit", whose object follows it
VISITED_REACH = 6  # tokens after "زيارته" where the person visited is named (his post, his state, his name)


def _people_visited(s: Sentence) -> None:
    """Make "زيارته" (his visit) a meeting word when a person is what he visited: "خلال زيارته مستشار الأمن الوطني
    العراقي قاسم الأعرجي" (a post no title names, its state, the man) or "زيارته رئيس الوزراء", not "زيارته
    العراق" (a place)."""
    meeting = frozenset({"meeting"})
    for j in list(s.cued):
        if "visit_person" not in s.cues[j] or s.text[j] not in HIS_VISIT_WORDS:
            continue
        named = [m for k, m in enumerate(s.mention[j + 1:j + 1 + VISITED_REACH]) if m is not None
                 and m is not s.mention[j + k]]  # each mention once, in order
        first = named[0] if named else None
        post = first is not None and first.kind == "country" and first.form == "adjective" and len(named) > 1 \
            and named[1].kind == "official"
        if post or first is not None and first.kind in ("official", "title") and s.mention[j + 1] is first:
            s.cues[j] = s.cues[j] | meeting
            s.kinds = s.kinds | meeting


def _visits_to_people(s: Sentence) -> None:
    """Make an Arabic visit noun a meeting word when "إلى" and a person follow it: "وقام … رئيس الوزراء بزيارة أمس،
    إلى صاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر" (a visit to him, not to a place)."""
    meeting = frozenset({"meeting"})
    for j in list(s.cued):
        if "visit_person" not in s.cues[j]:
            continue
        to = next((k for k in range(j + 1, min(len(s.text) - 1, j + 1 + VISIT_TO_PERSON_REACH))
                   if s.text[k] in TO_AR), None)
        if to is None:
            continue
        m = next((s.mention[k] for k in range(to + 1, min(len(s.text), to + 1 + PERSON_AFTER_TO))
                  if s.mention[k] is not None), None)  # (past "صاحب السمو الشيخ")
        if m is not None and m.kind in ("official", "title"):
            s.cues[j] = s.cues[j] | meeting
            s.kinds = s.kinds | meeting


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
    held_by = set().union(*[EMIRATES.get(m.entity, ()) for m in covering.values()]) if covering else set()
    if antecedent is not None and held_by and antecedent.country not in held_by:
        # "نقل … تحيات سمو أمير البلاد" in a text about a Kuwaiti's visit to Jordan: the nearest state named
        # before that has an emir, not Jordan (a kingdom)
        antecedent = next((_as_state(m) for m in reversed(mentions[:bisect_left(starts, s.start[i])])
                           if m.kind in ("country", "official") and m.country in held_by), antecedent)
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


EMIRATES = {"emir": frozenset({"KWT", "QAT"})}  # the states whose head of state the title names: an emir rules
# Kuwait and Qatar (Bahrain's became a king in 2002)


STYLE_WORDS = frozenset("سمو جلاله فخامه معالی حضره صاحب السمو الامیر الملک".split())  # "سمو الأمير المفدى"

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
    while head >= 2 and s.text[head - 1] == "و" and s.mention[head - 2] is not None \
            and s.mention[head - 2].kind == "title":
        head = _mention_head(s, head - 2)  # "حسن کاظمی قمی؛ سفیر و نماینده ویژه این کشور": his posts, one by one
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


PORTFOLIO_AFFAIRS = frozenset("امور شوون لشوون بشوون للشوون الشوون بخش".split())  # folded "امور", "شؤون", "بخش":
# what a post is for


def _last_country(s: Sentence, k: int, reach: int = 60) -> Mention | None:
    """The nearest country named before token k (what "این کشور" / "بلاده" points back to)."""
    for j in range(k - 1, max(-1, k - reach), -1):
        m = s.mention[j]
        if m is not None and m.kind == "country" and m.form not in ("anaphor", "self") \
                and not (j > 0 and s.text[j - 1] in PORTFOLIO_AFFAIRS):
            return m  # (not "کشورمان", "our country": "این کشور" points away from the speaker's own; nor the
            # state of a portfolio: "نماینده ویژه رئیس جمهور روسیه در امور افغانستان و مدیرکل وزارت خارجه این کشور")
        if m is not None and m.kind == "city" and m.country and j > 0 and s.text[j - 1] in LOCATIVE \
                and not (j >= 2 and s.mention[j - 2] is not None and s.mention[j - 2].kind == "country"
                         and envoy_of_state_before(s, 0, j - 2, reach=2)):
            # "در سفر به اسلام‌آباد با مقام‌های آن کشور": the state of the city just named (not "سفیر منتخب
            # پاکستان در تهران به دیدار عارف علوی رئیس جمهوری آن کشور رفت": where the envoy serves)
            return _as_state(m)
    return None


def envoy_of_state_before(s: Sentence, lo: int, j: int, reach: int = 1) -> bool:
    """Whether the state named at token j comes right after an envoy's title ("سفير امريكا"), or, with ``reach``
    2, one word after it ("سفیر منتخب پاکستان")."""
    head = _mention_head(s, j)
    for t in range(head - 1, max(lo, head - reach) - 1, -1):
        m = s.mention[t]
        if m is not None:
            return m.kind == "title" and m.form == "diplomat"
    return False


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
RUN_ON_WORDS = frozenset("و با در به از که را برای وزیر رییس معاون سفیر مع فی من علی الی عن عبر نایب بین بن روز یوم "
                         "استاندار فرماندار شهردار سرکنسول کنسول نماینده سرپرست دبیر دبیرکل مدیرکل فرمانده نخست"
                         .split())  # (a post's head: "با استاندار\nخوزستان اظهار کرد")


def _runs_on(folded_text: str, i: int) -> bool:
    """Whether the single line end at ``i`` falls inside a sentence: the line's last word cannot end one, or the line
    ends with a comma."""
    start = max(folded_text.rfind(" ", 0, i), folded_text.rfind("\n", 0, i)) + 1
    return folded_text[start:i] in RUN_ON_WORDS or folded_text[i - 1:i] == ","  # "… اليوم،\nوزير الدفاع …"


# hard-wrapped text: a line end is a space
WRAPPED_END = re.compile(r"[.!?](?<!\s[^\W\d_]\.)" + _LATIN_ABBREVIATION + r"(?=\s|$)[.!?\s]*|\n\s*\n\s*"
                         + _NOTE_AFTER_COMMA)
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
