"""Receptions, welcomes, credentials and envoys: who received whom, one audience each.

"استقبل الرئيس … سفيري استراليا، ونيوزيلندا" is two audiences, hosted by the state where the envoys serve;
``_credentials_received`` and ``_envoys_received_each`` split such lists, ``_persons_welcomed`` reads
welcomes at an airport.
"""

from __future__ import annotations

from core.events.actors import (
    ACCREDITED_WORDS,
    DELEGATION_NOUNS,
    DEPUTY_WORDS,
    EACH_WORDS,
    _last_token,
    actors_in,
)
from core.events.sentence import Actor, Draft, Sentence, envoy_of_state_before
from core.events.tense import WAS_WORDS
from core.events.venue import _one_state_else
from core.fold import fold_text
from core.records import DateMention, Mention

LIKEWISE_WORDS = frozenset({"وکذلک", "کذلک"})  # folded "وكذلك": and likewise, a partner met on his own

ENVOY_NAME_WORDS = 4  # words between a meeting noun and the envoy's title: "خداحافظی چتین تانر،"


def _envoy_after(s: Sentence, trig: int, hi: int) -> bool:
    """Whether the first thing named after the meeting noun, a few plain words on, is an envoy's title."""
    j = next((j for j in range(trig + 1, min(hi, trig + 2 + ENVOY_NAME_WORDS))
              if s.mention[j] is not None and (s.mention[j].kind != "official" or s.mention[j].form == "official")
              or s.mention[j] is None and s.cues[j]), None)  # (past his name: "چتین تانر، سرکنسول …")
    return j is not None and s.mention[j] is not None and s.mention[j].form == "diplomat"


# folded: the head of a post no titles table names, "رییس سازمان توسعه تجارت" (the article's own official)
POST_HEADS_FA = frozenset("رییس رئیس مدیرعامل مدیر دبیر معاون".split())  # (and "معاون اول قوه قضاییه")

NEW_WORDS = frozenset(fold_text("جدید جديد الجديد الجديدة تازه").split())  # a new envoy, not yet at his post
NEW_ENVOY_REACH = 3  # tokens from "new" to the envoy's state: "سفیر جدید ایران", "سفیر جدید جمهوری اسلامی ایران"


def _new_envoy(s: Sentence, lo: int, tok: int) -> bool:
    """Whether the envoy whose state is at ``tok`` is told as new ("سفیر جدید ایران در گرجستان"): he may still
    be at home, meeting his own state's officials."""
    return not NEW_WORDS.isdisjoint(s.text[max(lo, tok - NEW_ENVOY_REACH):tok])


def _person_at(s: Sentence, j: int) -> bool:
    """Whether token j names a person: a person word ("سران", "نظيره") or a title ("دبیرکل")."""
    m = s.mention[j]
    return "person" in s.cues[j] or m is not None and m.kind in ("title", "official")


RECEPTION_WORDS = frozenset("استقبل استقبال استقباله یستقبل پذیرفت".split())  # folded: received (a guest)


def _served_in(s: Sentence, lo: int, hi: int) -> str | None:
    """The state an envoy is accredited to, "لدى" it or its capital, or "ب" it after his own state: "السفير ما
    شينمين سفير جمهورية الصين الشعبية لدى الخرطوم" serves in Sudan, "سفير تركيا بتونس" in Tunisia."""
    places = [j for j in s.named if lo < j < hi and s.mention[j].kind in ("country", "city") and s.mention[j].country]
    told = next((s.mention[j].country for j in places if s.text[j - 1] == "لدی"
                 or s.text[j][:1] == "ب" and s.text[j - 1] in ACCREDITED_WORDS), None)
    return told or next((s.mention[j].country for j in places if s.text[j][:1] == "ب" and s.mention[j - 1] is not None
                         and s.mention[j - 1].kind == "country" and envoy_of_state_before(s, lo, j - 1)), None)
    # ("سفير تركيا بتونس": the envoy of the state before, serving there; "لدى" first, who serves where is told)


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
    if m.kind == "country" and first > 0 and s.text[first - 1] in DELEGATION_NOUNS:
        return True  # "كما استقبل وفداً بريطانياً برئاسة …": a delegation of another state
    return m.kind == "official" and m.country is not None



def _welcome_party(s: Sentence, lo: int, hi: int) -> bool:
    """Whether the sentence tells who were among a guest's welcomers: "كما كان في استقبال الرئيس المالي الوزير
    الأول …", "وكان في استقباله …" (one welcome, however many hosts it names)."""
    if WAS_WORDS.isdisjoint(s.text[lo:hi]):  # most sentences: no "كان" at all
        return False
    return any([s.text[k] == "فی" and s.text[k - 1] in WAS_WORDS and (s.text[k + 1] == "استقبال"
                                                                       or s.text[k + 1] in WELCOMED_WORDS)
                for k in range(lo + 1, hi - 1)])


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
    more = s.text[lo] in IN_ADDITION  # "إضافة إلى أوراق اعتماد سعادة السفيرة …": one more envoy of the list before
    return (host, guests) if host is not None and (len(guests) >= 2 or more and guests) else None


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
    if RECEIVE_WORDS.isdisjoint(s.bare) and RECEPTION_WORDS.isdisjoint(s.bare) \
            and not (s.text[lo] in IN_ADDITION and lo + 1 < hi and s.text[lo + 1] == "الی"):
        return None  # (nor "استقبل … السفراء …، الذين قدموا له أوراق اعتمادهم": received them; "إضافة إلى أوراق
        # اعتماد سعادة السفيرة …": more of the credentials received just before)
    envoys = {a.country for a in actors if _is_envoy(a)}
    host = _one_state_else({a.country for a in actors if a.tok < at and a.country not in envoys}, home)
    return None if host in envoys else host


IN_ADDITION = frozenset("اضافه بالاضافه واضافه وبالاضافه".split())  # folded: "(ب)الإضافة إلى", in addition to
ENVOY_ROLES = frozenset({"ambassador", "charge_d_affaires", "consul"})  # who presents credentials, never takes them


EACH_OF = tuple((w, "من") for w in sorted(EACH_WORDS))  # folded "each of": "استقبال كل من السيد X، السفير …"


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


def _is_envoy(a: Actor) -> bool:
    return a.participant is not None and a.participant.role in ENVOY_ROLES


APART_WORDS = frozenset("جداگانه منفصله منفصلین حده منفردا منفرده".split())  # folded: "به طور جداگانه", "كلا على حدة"

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


SERVES_IN_WORDS = frozenset({"در", "فی", "لدی"})  # folded: "سرکنسول ترکیه در ارومیه", "سفير … لدى لبنان"


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


def _also_received(s: Sentence, lo: int, hi: int) -> bool:
    """Whether a reception names a second guest after "وكذلك" and a title: "أثناء استقبال سموه وزير الداخلية
    المصري … والوفد المرافق له، وكذلك وزير الداخلية الأردني" (each received on his own)."""
    return any([w in LIKEWISE_WORDS and k + 1 < hi and _person_at(s, k + 1) for k, w in enumerate(s.text[lo:hi], lo)]) \
        and _received(s, lo, hi)


def _received(s: Sentence, lo: int, hi: int) -> bool:
    """Whether the sentence tells a guest received ("استقبل", "خلال استقباله", "به حضور پذیرفت")."""
    return not RECEPTION_WORDS.isdisjoint(s.bare) and any([w.removeprefix("و") in RECEPTION_WORDS
                                                            for w in s.text[lo:hi]])


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


LISTED_ENVOY_GAP = 60  # characters from one state of a list after "سفراء:" to the next: the envoy's name between
ENVOY_GAP = 30  # characters from an ambassador's title to the state it names ("السفير الجديد لجمهورية فرنسا")

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
