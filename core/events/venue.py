"""Where a meeting took place: the city or state it is placed in, a host, a trip's destination.

``_venue`` reads "در تهران", "في الرياض", "به میزبانی" and a summit's seat, so "التقى … في موسكو"
places the meeting in Moscow, RUS; a state that is only visited or hosted is no side of its own.
"""

from __future__ import annotations

from core.events.actors import FROM_WORDS, PORTFOLIO_WORDS, post_over_a_portfolio
from core.events.sentence import LOCATIVE, TRIGGER_KINDS, Actor, Draft, Sentence, _mention_head
from core.events.tense import IN_WORDS, RELATIVE_WORDS, TRIP_WORDS
from core.fold import fold_text
from core.names import common_persian
from core.records import Mention

SIDELINE_KINDS = frozenset({"sideline", "sideline_weak"})

AT_WORDS = LOCATIVE - FROM_WORDS  # what places a meeting: "بطلب من روسيا", "هیئتی از روسیه" come from there

CAPITAL_WORDS = frozenset({"العاصمه", "پایتخت"})
PLACE_WORDS = CAPITAL_WORDS | {"شهر", "مدینه"}  # folded: "in the city of X" places a meeting
AIRPORT_WORDS = frozenset({"مطار", "فرودگاه"})  # folded: "في مطار الكويت" places the welcome

MANY_MET = 4  # partners under one title on a summit's sidelines that were met one by one, not as a group

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


GATHERING_REACH = 4  # tokens after "على هامش" / "در حاشیه" where the gathering's noun may stand
GATHERING_NOUN_REACH = 6  # the same, for a gathering's noun after words that open it: "على هامش انعقاد النسخة
# الخامسة من منتدى باريس للسلام", "على هامش مشاركة وزير الدولة في الدورة الثانية لمنتدى …"


def _gathering_after(s: Sentence, side_at: int, hi: int) -> bool:
    """Whether a gathering's noun (a summit cue, not a press conference) follows the sideline cue at side_at:
    "على هامش الدورة الخامسة لمنتدى باريس للسلام", "در حاشیه همایش بین‌المللی …"."""
    j = side_at
    while j < hi and "sideline" in s.cues[j]:
        j += 1
    show = next((k for k in range(j, min(hi, j + GATHERING_NOUN_REACH)) if s.text[k] in EXHIBITION_WORDS), None)
    if show is not None and not any(["summit" in s.cues[k] for k in range(j, show)]):
        return False  # "على هامش انعقاد معرض ومؤتمر الدفاع الدولي (آيدكس)": a trade show, no officials' meeting
    nouns = [k for k in range(j, min(hi, j + GATHERING_NOUN_REACH)) if "summit" in s.cues[k]]
    if nouns == [j] and (j + 1 == hi or s.text[j + 1] in SENTENCE_LINKS):
        # "… للمشاركة في القمة الدولية الـ13 لكبار مسؤولي الأمن، … وتحدث معه على هامش القمة": the gathering the
        # sentence named before
        return any([_named_gathering(s, k, side_at) for k in range(side_at) if "summit" in s.cues[k]])
    return any([_named_gathering(s, k, hi) for k in nouns if k < j + GATHERING_REACH
                or k == nouns[0] and not any(["visit" in s.cues[x] for x in range(j, k)])])
    # (a noun further on only when no other, nor a visit, stands before it: not "در حاشیه نشست امروز که دومین روز
    # اجلاس بود", "على هامش زيارته للأردن للمشاركة في الاجتماع الوزاري")


SENTENCE_LINKS = frozenset("و ثم".split())  # a word that opens the sentence's next clause


def _named_gathering(s: Sentence, k: int, hi: int) -> bool:
    """Whether the gathering noun at k is named after it (not "نشست امروز", "أحد المؤتمرات", "جلسه هیئت دولت")."""
    return "press" not in s.cues[k] and k + 1 < hi and s.text[k + 1] not in UNNAMED_AFTER and not _one_of(s, k) \
        and not any([s.text[x] in DOMESTIC_WORDS for x in range(k + 1, min(hi, k + 3))])


ONE_OF = (("یکی", "از"), ("احد",), ("احدی",))  # folded: "یکی از کنفرانس‌ها", "أحد المؤتمرات", "إحدى القمم"


def _one_of(s: Sentence, k: int) -> bool:
    """Whether the gathering word at k is "one of" several ("در حاشیه یکی از کنفرانسهای خارج از کشور"): no
    gathering the text names."""
    return k >= 1 and (tuple(s.text[k - 1:k]) in ONE_OF or k >= 2 and tuple(s.text[k - 2:k]) in ONE_OF)


CABINET_SITTINGS = frozenset({("هیات", "دولت"), ("هییت", "دولت"), ("هیات", "وزیران"), ("هییت", "وزیران"),
                              ("مجلس", "الوزراء")})  # folded: "جلسه هیئت دولت", "جلسة مجلس الوزراء"


def _cabinet_sitting(s: Sentence, j: int) -> bool:
    """Whether the summit word at j is a cabinet's sitting ("جلسه هیئت دولت"): no meeting between states."""
    return j + 2 < len(s.text) and (s.text[j + 1], s.text[j + 2]) in CABINET_SITTINGS


EXHIBITION_WORDS = frozenset("معرض المعرض نمایشگاه".split())  # folded: a show, not a gathering of officials

# folded: a government's own sitting, "جلسه هیات دولت", "جلسة مجلس الوزراء", "جلسه علنی مجلس"
DOMESTIC_WORDS = frozenset("هیات هییت دولت کابینه الحکومه الوزراء علنی النواب".split())
# folded: a gathering left unnamed, "در حاشیه نشست امروز که …", "على هامش الاجتماع الذي"
UNNAMED_AFTER = frozenset("امروز دیروز که این آن الیوم امس التی الذی هذا هذه و".split())


def _in_sideline(s: Sentence, lo: int, j: int) -> bool:
    """Whether the summit word at j closes a sideline phrase: "على هامش القمة", "در حاشیه اجلاس"."""
    return any(s.cues[k] & SIDELINE_KINDS for k in range(max(lo, j - 3), j))


VISITED_REACH = 3  # tokens from a visit word to the place visited: "يقوم بزيارة عمل إلى الجزائر"


def _visiting(s: Sentence, split: int, hi: int, state: str) -> bool:
    """Whether, after the partners begin at ``split``, the sentence says one is visiting ``state``: "مع نظيره
    التونسي، الذي يقوم بزيارة عمل إلى الجزائر"."""
    return any(["visit" in s.cues[k] and any([s.mention[x] is not None and s.mention[x].country == state
                                              and s.mention[x].kind in ("country", "city")
                                              for x in range(k + 1, min(hi, k + 1 + VISITED_REACH))])
                for k in s.cued if split <= k < hi])


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


RESIDENCE_WORDS = frozenset(fold_text("اقامت مقیم المقیم ومقره مقره").split())  # folded: "با اقامت در", "المقيم في"


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
        if j - 2 >= lo and s.text[j - 2] in RESIDENCE_WORDS:
            continue  # "سفیر … در گرجستان (با اقامت در باکو)": where an envoy resides, not where they met
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
    ("وزير صناعة الدفاع بجمهورية أذربيجان": whose minister, not where they met), or after the list of what the post
    deals with ("وزير الدولة لشؤون الشرق الأوسط وشمال أفريقيا وجنوب آسيا بالمملكة المتحدة")."""
    return _post_before(s, lo, j) is not None or j - 1 > lo and post_over_a_portfolio(s, lo, j - 1)


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


PREVIOUS_WORDS = frozenset("السابقه السابق الماضیه الماضی قبلی پیشین گذشته".split())  # folded: previous


def _earlier_meetings_place(s: Sentence, lo: int, j: int) -> bool:
    """Whether the place at token j is where an earlier meeting was: "في القمة السابقة بالصين", "نشست قبلی در
    مسکو" (not "الأسبوع الماضي في موسكو": that week's meeting is the one told)."""
    return any([s.text[k] in PREVIOUS_WORDS and k > lo and not TRIGGER_KINDS.isdisjoint(s.cues[k - 1])
                for k in range(max(lo, j - 2), j)])


def _topic_place(s: Sentence, lo: int, j: int) -> bool:
    """'حمله روسیه به اوکراین', 'تحولات در سوریه', 'در برابر تجاوز تل آویو': the place at token j is where the
    topic is when a topic noun (an attack, a war, developments) stands right before it, with at most a
    locative and one country word between them, or one word no table knows ("الأزمة الراهنة في السودان")."""
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
        else:  # "الأزمة الراهنة في السودان": one word no table knows after the topic noun, its adjective
            return m is None and not s.cues[k] and k > lo and "topic_place" in s.cues[k - 1]
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

ESPECIALLY_WORDS = frozenset("خاصه وخاصه بخاصه وبخاصه خصوصا وخصوصا لاسیما ولاسیما بویژه وبویژه".split())  # folded


def _note_summit_venue(s: Sentence, lo: int, hi: int, venues: dict[str, tuple[str, str | None]],
                       arabic: bool = False) -> None:
    """'وارد آستانه شد برای شرکت در اجلاس شانگهای', 'وصل إلى المنامة للمشاركة في القمة العربية': where someone
    arrives to attend a forum's summit is where that summit meets; kept per forum for its meetings told later."""
    forum = next((s.mention[j].entity for j in s.named if s.mention[j].kind == "forum"), None)
    if forum is not None and forum not in venues:
        country, city = _venue(s, lo, hi, arabic=arabic)
        if country is not None:
            venues[forum] = (country, city)


ARRIVED_REACH = 7  # tokens from the arrival word past the state: "در سفری حساس و مهم به کشور سوریه"
ARRIVED_WORDS = frozenset("وارد رسید وصل سفر سفری".split())  # folded: arrived (in a city), on a trip ("در سفر به عراق")


def _arrived_in(s: Sentence, lo: int, split: int, state: str) -> bool:
    """Whether the words before the partners tell that the subject arrived in ``state`` ("وارد بیروت شد و با …")."""
    for j in range(lo, split):
        if s.text[j] in ARRIVED_WORDS:
            places = {s.mention[k].country for k in range(j + 1, min(split, j + ARRIVED_REACH))
                      if s.mention[k] is not None and s.mention[k].kind in ("city", "country")}
            if places == {state}:  # (not "در سفری به امارات و قطر": a tour of two)
                return True
    return False


def _one_state_else(states: set[str], home: str | None) -> str | None:
    """The one state of ``states``; ``home`` when there is none; None when there are several.

    >>> _one_state_else({"IRQ"}, "IRN"), _one_state_else(set(), "IRN"), _one_state_else({"IRQ", "SYR"}, "IRN")
    ('IRQ', 'IRN', None)
    """
    return next(iter(states)) if len(states) == 1 else home if not states else None


def _place_named_before(s: Sentence, lo: int, split: int, state: str) -> bool:
    """Whether a place or name of ``state`` is told before the partners: the subject's own side ("در کابل با …")."""
    return any([s.mention[j].country == state for j in s.named if lo <= j < split])


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
    وروسيا وأفغانستان"), or one with a named man of each side ("كما استقبل شنقريحة، خلال الزيارة من قبل الرئيس
    الفرنسي إيمانويل ماكرون"), or a named man met by the other state's official ("وخلال الزيارة …، التقى نائب وزير
    الدفاع السعودي، بوزير الخارجية الأمريكي، مايك بومبيو")."""
    pairs = [d for d in out if d.kind == "bilateral"]
    return (len(pairs) >= MANY_MET or any([len({p.country for p in d.participants if p.start is not None}) == 2
                                           or len(set(d.countries)) == 2
                                           and any([p.start is not None for p in d.participants]) for d in pairs])) \
        and all([s.text[j] in TRIP_WORDS for j in s.cued if "this_meeting" in s.cues[j]
                 and s.text[j].removeprefix("و") not in _LEAD_WORDS])


_LEAD_WORDS = frozenset("در این فی هذا خلال".split())  # folded: "در این تماس" is told by "تماس"
