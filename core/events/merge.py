"""From drafts to an article's events: merging tellings, summits from sidelines, dates and confidence.

``assemble`` runs ``drafts_for_sentence`` over every sentence with a trigger, then ``merge_drafts`` folds
the same meeting told twice into one event (unless the tellings name different officials or days) and
``summits_from_sidelines`` adds the summit a sideline meeting sat beside.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from datetime import date

from core.cues import trigger_starts
from core.events.actors import (
    ALSO_WORDS,
    OFFICIAL_STATELESS,
    _between_parties,
    _convening_after,
    _delegate_to,
    actors_in,
    party_leaders,
)
from core.events.dating import _in_a_month_of_a_year, _told_today, line_of_a_day, resolve_date
from core.events.drafts import SAID_OPENERS_AR, drafts_for_sentence, reported_as_news
from core.events.receptions import (
    ENVOYS_WORDS,
    RECEPTION_WORDS,
    WELCOMED_WORDS,
    _also_received_alone,
    _awaiting_envoys,
    _envoys_listed,
    _other_welcomer,
)
from core.events.sentence import (
    Draft,
    Sentence,
    _clauses,
    _most_named_official,
    build_sentence,
    sentence_spans,
    sentence_words,
)
from core.events.sides import (
    HIS_MEETINGS,
    PRONOUNS,
    _denied_sides,
    _last_person,
    _listed_partner,
    _most_named_state,
    _one_state_telling,
    _partners_to_list,
    _post_states,
    _same_people,
    _same_sides,
    _summit_sides,
    _that_came_during,
    _titled,
    _without_recalled_pairs,
)
from core.fold import Folded, hard_wrapped
from core.home import dateline_country, home_by_words, home_country
from core.records import DateMention, Event, Mention

PARTY_STEMS = ("حزب", "جنبش", "حرکت", "حرکه", "تیار", "ایتلاف")  # folded: in every word of PARTY_WORDS


def _receives(s: Sentence) -> bool:
    """Whether a word of the sentence is an Arabic verb or noun of receiving someone ("استقبل", "واستقبال")."""
    return any([s.text[j].removeprefix("و") in RECEPTION_WORDS or s.text[j] in WELCOMED_WORDS for j in s.cued])


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
    return not _weekdays_differ(a, b)


def _weekdays_differ(a: Draft, b: Draft) -> bool:
    """Whether two meetings are told on two different weekdays no publication day resolves ("روز شنبه در دیدار
    «ژانگ یوشیا»" and "همچنین روز جمعه با «وی فنگ هه» همتای چینی خود دیدار"): two meetings, whoever the sides."""
    return a.explicit_date and b.explicit_date and not (a.summit and b.summit) \
        and a.date.weekday is not None and b.date.weekday is not None and a.date.weekday != b.date.weekday


def _sideless_at(a: Draft, b: Draft) -> bool:
    """Whether ``a`` tells a gathering by its place alone ("نشست کمیته اطلاعاتی چهارجانبه در بغداد برگزار شد", no
    side named) where ``b`` is held: the same gathering, its sides told after."""
    return a.venue_only and not a.countries and a.location is not None and a.location == b.location \
        and a.summit and b.summit


def _announced_within(a: Draft, b: Draft) -> bool:
    """Whether one of two multilateral tellings is an announcement ("از برگزاری نشست سه‌جانبه … خبر داده بودند")
    whose states are all among the other's: the same meeting, announced by some of its sides' spokesmen."""
    sa, sb = set(a.countries), set(b.countries)
    return (a.announced and sa <= sb or b.announced and sb <= sa) and bool(sa and sb)


def _merge(a: Draft, b: Draft) -> None:
    if a.kind == "multilateral":
        a.countries = _summit_sides(a, b)
    names = {(p.name_en, p.role, p.country) for p in a.participants}
    if not b.announced or a.announced:  # who announced a meeting told before ("… از برگزاری نشست خبر دادند") met no one
        a.participants += [p for p in b.participants if (p.name_en, p.role, p.country) not in names]
    a.evidence += [e for e in b.evidence if e not in a.evidence]
    a.counterparts = {**b.counterparts, **a.counterparts}
    a.separate = a.separate or b.separate
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
    if note.sideline and note.forum and not target.forum and not target.call:  # a call sits beside no summit: one
        target.forum, target.sideline = note.forum, True  # named in "در این گفتگوی تلفنی" is what they talked of
    target.held = target.held or note.held
    if target.summit and note.summit and note.countries:  # "وزیر دفاع ایران و همتای روس در این نشست شرکت کردند"
        target.countries = _summit_sides(target, note)
        target.participants += [p for p in note.participants if p not in target.participants]


def _a_meeting_of_its_own(before: Draft, note: Draft) -> bool:
    """Whether a note on "the meeting" names two sides and their people, and a day other than that of the meeting
    told before it: "شارك في اللقاء الذي جرى يوم الأحد، بين الرئيس الروسي … ومستشار قائد الثورة" after a meeting
    "اليوم الاثنين" is another meeting."""
    if before.kind != "bilateral" or len(set(note.countries)) != 2 or not note.participants:
        return False
    return _weekdays_differ(before, note) or before.explicit_date and note.explicit_date \
        and before.date.precision == note.date.precision == "day" and bool(before.date.iso and note.date.iso) \
        and before.date.iso != note.date.iso


def merge_drafts(drafts: list[Draft], offices: dict[str, frozenset[str]] | None = None) -> list[Draft]:
    """The same meeting told twice becomes one; notes go to the meeting before them. ``offices``: every office
    each named official (by English name) has held, as ``_same_people`` uses them."""
    offices = offices or {}
    out: list[Draft] = []
    beside: Draft | None = None  # a note counting its subject's meetings on a summit's sidelines
    for d in drafts:
        if beside is not None and d.kind == "bilateral" and not d.forum and not d.call \
                and set(beside.countries) <= set(d.countries):
            d.forum, d.sideline = beside.forum, True  # "قام ولي العهد … بعقد مجموعة من اللقاءات … على هامش أعمال
            # القمة العربية الإسلامية الطارئة", then "حيث التقى الملك عبدالله الثاني …": his meetings there
        if d.kind == "note" and not d.summit and out and _a_meeting_of_its_own(out[-1], d):
            d.kind, d.countries = "bilateral", sorted(set(d.countries))
        if d.kind == "note" and d.summit:
            d.fallback_target = out[-1] if out else None
            out.append(d)  # kept for summits_from_sidelines
            continue
        if d.kind == "note":
            if out:
                _apply_note(out[-1], d)
                if d.sideline and d.forum and d.countries and not d.fallback and out[-1].summit \
                        and out[-1].forum == d.forum:
                    beside = d
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


def subsume_bilaterals(drafts: list[Draft]) -> list[Draft]:
    """Talks between two sides told again as a mediated or joint meeting of more are that one meeting."""
    adhoc = [d for d in drafts if d.kind == "multilateral" and not d.summit]  # notes pass through
    out = []
    for d in drafts:
        host = next((m for m in adhoc if d.kind == "bilateral" and not d.sideline and not d.separate
                     and m.hosted_by not in d.countries and set(d.countries) <= set(m.countries)), None)
        # (the host's own call with one side is not the talks it hosted; talks told as separate are not the joint)
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
            if not note.fallback and note.sideline and note.forum and note.forum not in future and note.countries \
                    and not _remark_setting(note):
                _add_to_summit(out, note)  # "با دبیرکل سازمان … در حاشیه نشست … دیدار کرد": the summit was held
            elif not note.fallback and note.sideline and note.forum and note.forum not in future:
                for d in _told_next(out, note):  # "در حاشیه … نشست … اکو با چهار وزیر خارجه … دیدار" then "در
                    d.forum, d.sideline = note.forum, True  # دیدارهای جداگانه با «مورات نورتلئو» …": those meetings
                    _add_to_summit(out, d)
    for s in out:
        if s.summit:
            for d in out:
                if d.forum == s.forum and not d.summit and d.kind == "bilateral":
                    d.location = d.location or s.location
                    s.location = s.location or d.location
                    if d.sideline and not d.explicit_date and s.explicit_date and s.date.precision == "day":
                        d.date, d.explicit_date = s.date, True  # on the margins of a meeting held on one day
    return out


def _remark_setting(note: Draft) -> bool:
    """Whether a sideline note tells only where one state's official spoke: a gathering no list names, held nowhere
    the text says ("وزیر خارجه کشورمان در حاشیه نشست «طوفان الاقصی؛ آغاز نصرالله» اعلام کرد"), no meeting."""
    return note.forum == "OTHER" and note.location is None and len(set(note.countries)) < 2


def _told_next(out: list[Draft], note: Draft) -> list[Draft]:
    """The bilaterals of no forum told in the first sentence after ``note`` that tells any: the meetings a
    sideline note naming no state counted before them (a call is on no summit's sidelines)."""
    later = [d for d in out if d.kind == "bilateral" and not d.forum and not d.call
             and d.sentence[0] > note.sentence[0]]
    first = min([d.sentence[0] for d in later], default=None)
    return [d for d in later if d.sentence[0] == first]


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


def _no_trigger_in(hits: list[int], f_start: int, f_end: int) -> bool:
    """Whether no meeting trigger starts in folded [f_start, f_end) (``hits``: the sorted trigger starts)."""
    k = bisect_left(hits, f_start)
    return k == len(hits) or hits[k] >= f_end


def _two_named(mentions: list[Mention], starts: list[int], span: tuple[int, int]) -> list[str] | None:
    """The two states whose officials the sentence at ``span`` names, if exactly two: "حامد کرزی، رئیس جمهور
    افغانستان و پرویز مشرف، رئیس جمهور پاکستان تعهد نموده اند", then "این دو رهبر امروز در اسلام آباد ملاقات کردند"."""
    lo, hi = bisect_left(starts, span[0]), bisect_left(starts, span[1])
    states = {m.country for i, m in enumerate(mentions[lo:hi], lo) if m.country and (
        m.kind == "official" or m.kind == "country" and i > lo and _titled(mentions[i - 1], m))}
    return sorted(states) if len(states) == 2 else None


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


QUOTE_OPENING = 30  # folded characters from a sentence's start to the colon of "وی ادامه داد:"
SENTENCE_ENDS = (".", "!", "?", "؟")
HEADLINE_CHARS = 150  # a longer line is the body's, even without a full stop
# folded: a web page's "read more" box, opening a line ("بیشتر بخوانید:", "اقرأ أيضا..", "أخبار ذات صلة")
READ_MORE = re.compile(r"^(?:بیشتر بخوانید|بخوانید|اخبار مرتبط|خبرهای مرتبط|مطالب مرتبط|مطالب پیشنهادی|اقرا ایضا"
                       r"|اقرا المزید|اخبار ذات صله|مواضیع ذات صله)[\s:.…]*", re.MULTILINE)
LINK_CHARS = 110  # a link's headline is shorter: a longer line is the article's own text


def drop_read_more(text: str, hits: list[int]) -> list[int]:
    r"""``hits`` less those in the headlines a "read more" box links to: the rest of its line, or, when the marker
    stands alone, the short lines after it that end as no sentence does (other news, not this article's).

    >>> t = "روحانی در تماس تلفنی امیر قطر گفت.\nبیشتر بخوانید:\nجزئیات گفتگوی روحانی با رئیس جمهور عراق\nروحانی گفت."
    >>> drop_read_more(t, [t.find("تماس"), t.find("گفتگوی")]) == [t.find("تماس")]
    True
    """
    if not any([w in text for w in ("بخوانید", "مرتبط", "مطالب", "اقرا", "ذات صله")]):
        return hits  # the cheap test first: most texts have no such box
    spans = []
    for m in READ_MORE.finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if text[m.end():end].strip():  # "بیشتر بخوانید: توضیح ظریف درباره …": the headline on the marker's line
            if end - m.end() <= LINK_CHARS:
                spans.append((m.start(), end))
            continue
        while end < len(text):  # the marker alone: the short lines after it
            nxt = text.find("\n", end + 1)
            nxt = len(text) if nxt < 0 else nxt
            line = text[end + 1:nxt].strip()
            if len(line) > LINK_CHARS or line.endswith(SENTENCE_ENDS):
                break
            end = nxt
        spans.append((m.start(), end))
    return [h for h in hits if not any([a <= h < b for a, b in spans])]


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
    if plans:  # "يعقد … اجتماعاً ثلاثياً في عمان الأسبوع المقبل", then "تركز «القمة التي تعقد للمرة الثالثة …»": the
        # plan told again, in the present, by sides no meeting told as held has
        drafts = [d for d in drafts if not (d.kind == "multilateral" and not d.held and not d.explicit_date
                                             and any([p.kind == "multilateral" and set(d.countries) == set(p.countries)
                                                      for p in plans])
                                             and not any([t.held and _same_sides(d, t) for t in told if t is not d]))]
    return [d for d in drafts if d.kind == "note" and not _on_a_plan(d, plans, meetings_told)
            and not (d.sentence[0] < headline_end and _headline_note_planned(d, plans, meetings_told))
            or d.kind != "note" and ((d.sentence[0] >= headline_end and d not in repeated or headline_end < 0)
                                     and not d.announced and not (not d.held and _title_line(text, d))
                                     or not any(_same_sides(d, p) for p in plans)
                                     or any(_same_sides(d, t) for t in told if t is not d))]


TITLE_STATE_REACH = 25  # characters from a title's end to the state it names: "فرمانده ارتش پاکستان"


def _people_states(mentions: list[Mention]) -> list[str]:
    """The states whose people the text names: a known official's, or the state right after a title."""
    out = [m.country for m in mentions if m.kind == "official" and m.country]
    out += [n.country for m, n in zip(mentions, mentions[1:], strict=False) if m.kind == "title"
            and n.kind == "country" and n.country and n.start - m.end <= TITLE_STATE_REACH]
    return list(dict.fromkeys(out))


THIS_BEFORE = frozenset("این آن هذا هذه ذلک تلک".split())  # folded: "این تماس", "هذا اللقاء"


TOPIC_BEFORE = ("رابطه با", "درباره", "در مورد", "در خصوص", "بشان", "حول")  # folded: "در رابطه با این دیدار"


def _after_this(folded_text: str, hit: int) -> bool:
    """Whether the meeting phrase at ``hit`` is "this" one ("در این تماس تلفنی", "هذا اللقاء"), and not what is
    spoken of ("در رابطه با این دیدار نوشت")."""
    words = folded_text[hit:hit + 16].split()[:2]
    before = folded_text[max(0, hit - 8):hit].split()[-1:]
    this = bool(words) and (words[0] in THIS_BEFORE or len(words) == 2 and words[1] in THIS_BEFORE) \
        or bool(before) and before[0] in THIS_BEFORE
    start = hit - len(before[0]) - 1 if before and before[0] in THIS_BEFORE else hit
    return this and not folded_text[max(0, start - 12):start].rstrip().endswith(TOPIC_BEFORE)


def _notes_of_an_untold_meeting(notes: list[Draft], mentions: list[Mention]) -> list[Draft]:
    """Notes on "this meeting" in a text that never tells the meeting itself (an excerpt that opens on "وی در
    این تماس تلفنی …"), where the people named are of two states: the meeting of those two, told by its notes."""
    states = _people_states(mentions)
    if len(states) != 2:
        return notes
    first = notes[0]
    return [replace(first, kind="bilateral", countries=sorted(states), evidence=list(first.evidence), fallback=[])]


def _title_line(text: str, d: Draft) -> bool:
    """Whether a draft's sentence is a line of its own that ends as no sentence does, no longer than a headline:
    a title below a web page's menu ("امروز؛ دیدار سرنوشتساز وزرای خارجه آمریکا و روسیه در مسکو")."""
    start, end = d.sentence
    if not text or (start > 0 and text[start - 1] != "\n") or (end < len(text) and text[end:end + 1] != "\n"):
        return False
    line = text[start:end].rstrip()
    return len(line) <= HEADLINE_CHARS and not line.endswith(SENTENCE_ENDS)


def _headline_note_planned(note: Draft, plans: list[Draft], told: list[Draft]) -> bool:
    """Whether a headline's note naming only some states ("دیدار رئیس جمهور با پوتین در حاشیه نشست بریکس") speaks
    of a meeting the body tells only as a plan ("… با ولادیمیر پوتین، رئیس‌جمهور روسیه، دیدار خواهد داشت"), and
    of no meeting told as held."""
    sides = set(note.countries)
    return not note.held and bool(sides) and any([sides <= set(p.countries) for p in plans]) \
        and not any([sides <= set(t.countries) for t in told])


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


def _in_portfolio(text: str, mentions: list[Mention], i: int) -> bool:
    """Whether the forum ``mentions[i]`` is one more portfolio of the title right before it, joined by "و" ("وزير
    الشؤون الخارجية والاتحاد الأوروبي"): no gathering of the article."""
    return i > 0 and mentions[i - 1].kind == "title" and text[mentions[i - 1].end:mentions[i].start].strip() == "و"


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
    hits = drop_read_more(folded.text, trigger_starts(folded.text))
    if not hits:
        return []
    dates = [d for d in dates if not line_of_a_day(text, d)]  # "على حدود 4 يونيو 1967": no day anyone met
    own_words = home_by_words(folded.text, lang)
    protagonist = _protagonist(mentions, roles) or home_country(folded.text, mentions) \
        or dateline_country(text, mentions) or own_words  # a bare title is the home's, else the dateline's, else the
    # state whose government's words the text uses ("ستردرستیز")
    home = own_words if own_words != protagonist else None  # whose government's words the text uses, apart from
    # the state of the official named most
    if any([w in folded.text for w in PARTY_STEMS]):  # the cheap test first: most texts name no party
        roles = {**roles, **dict.fromkeys(party_leaders(text, mentions), "group_leader")}  # no state's side
    forum_counts = Counter(m.entity for i, m in enumerate(mentions) if m.kind == "forum" and not _delegate_to(text, m)
                           and not _between_parties(text, m) and not _convening_after(text, m)
                           and not _in_portfolio(text, mentions, i))
    forum_default = forum_counts.most_common(1)[0][0] if forum_counts else None
    default_named_at = next((m.start for m in mentions if m.kind == "forum" and m.entity == forum_default), None)
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
    by_count = tuple(c for c, _ in Counter(m.country for m in mentions if m.kind == "country" and m.country)
                     .most_common())  # the states the article names, most often first
    states_named = by_count if protagonist is None else ()
    wrapped = hard_wrapped(folded.text)
    headline_end = -1 if wrapped else _headline_end(folded.text)
    post_states = _post_states(mentions, roles)
    this_span = (0, 0)  # folded: the sentence before, whose two officials "the two leaders" may be
    for f_start, f_end, joined in _clauses(folded.text, sentence_spans(folded.text, wrapped), hits):
        before_span, this_span = this_span, (f_start, f_end)  # turned into original offsets only when needed
        speaker, said_by = said_by, (_speaker(folded.text, f_end, mentions, *folded.span(f_start, f_end))
                                     if folded.text[f_end:f_end + 1] == ":" else None)
        if awaiting is None and listing is None and _no_trigger_in(hits, f_start, f_end) \
                and not any([d.summit for d in last_told]):
            continue  # most sentences tell no meeting: skip them before any offset is worked out
        o_start, o_end = folded.span(f_start, f_end)
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
            or (_two_named(mentions, mention_starts, folded.span(*before_span) if before_span[1] else (0, 0))
                if "this_meeting" not in s.kinds or _that_came_during(s) is not None else None)
        # "در آن دیدار": one told before, or none; "جاء ذلك خلال لقاء": the two named just before
        if "first_person" in s.kinds and not speaker and s.text[0] in PRONOUNS \
                and ":" in folded.text[f_start:f_start + QUOTE_OPENING]:  # "وی ادامه داد: من با مارکو روبیو …
            # مکالمات تلفنی داشتم": "I" is the official named last before
            k0 = bisect_left(mention_starts, o_start)
            speaker = next((m.country for m in reversed(mentions[:k0]) if m.kind == "official" and m.country), None)
        implied = speaker if speaker and "first_person" in s.kinds else protagonist
        also_received = host_before is not None and arabic and _also_received_alone(s)
        if also_received:
            implied = host_before  # "كما استقبل الشيخ سعود … والوفد المرافق له": the host of the reception before
        last_person = None if PRONOUNS.isdisjoint(s.text) and HIS_MEETINGS.isdisjoint(s.text) \
            and s.text[0] not in SAID_OPENERS_AR \
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
                                   states_named, home, by_count, default_named_at)
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
    if drafts and all([d.kind == "note" and not d.fallback and not d.summit for d in drafts]) and not plans \
            and hits[0] >= folded.folded_position(drafts[0].sentence[0]) and _after_this(folded.text, hits[0]):
        drafts = _notes_of_an_untold_meeting(drafts, mentions)  # (the first meeting word of all is "this" one)
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


_PAST_PERFECT_AR = re.compile(r"(?<!\w)و?کان(?:ت)?(?!\w)(?:\s+\S+){0,6}?\s+قد(?!\w)")  # folded "وكان … قد"

UN_BODIES = ("UNGA", "UNSC")  # the United Nations' bodies whose sessions a text may call "the UN"


def _name_un_body(drafts: list[Draft], forum_counts: Counter) -> None:
    """"پس از سخنرانی در سازمان ملل، با رئیس جمهوری فرانسه دیدار کرد" in a text about the General Assembly's
    session: "the UN" there is that body (the one body of the UN the text names); a call is at no session."""
    bodies = [b for b in UN_BODIES if forum_counts[b]]
    if len(bodies) == 1:
        for d in drafts:
            if d.forum == "UN" and not d.call:
                d.forum = bodies[0]


def _speaker(folded_text: str, f_end: int, mentions: list[Mention], o_start: int, o_end: int) -> str | None:
    """The first country named, or of the first official named, in a clause cut at a colon: who says the words
    after it ("وزیر امور خارجه کشورمان نوشت: … با وزیر خارجه عمان گفتگو داشتم"); None for a clause not cut
    there."""
    if folded_text[f_end:f_end + 1] != ":":
        return None
    return next((m.country for m in mentions if o_start <= m.start < o_end and m.country
                 and m.kind in ("official", "country")), None)


def _protagonist(mentions: list[Mention], roles: dict[str, str]) -> str | None:
    """The country of the official the article names most often (the first named, on a tie), the side left
    implicit in "وصل لاريجاني إلى بغداد … التقى رئيس الوزراء X، والرئيس Y، ووزير الخارجية Z": a list of hosts
    met once each outnumbers the visitor's country but not the visitor's name. One who speaks for an organisation
    here ("المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد") is of no state."""
    main = _most_named_official([m for m in mentions if m.kind != "official"
                                 or roles.get(m.entity) not in OFFICIAL_STATELESS])
    return main.country if main is not None else None


def _ahead(day: DateMention | None) -> bool:
    """Whether a meeting's day is told as still ahead, with or without a publication date to count from:
    "غدا", "الجمعة المقبل", "فردا"."""
    return day is not None and day.how == "relative" and (day.offset_days or 0) > 0


def _confidence(d: Draft) -> float:
    score = 0.5 + 0.15 * bool(d.participants) + 0.1 * d.explicit_date + 0.1 * bool(d.location)
    return round(min(score, 0.95), 2)
