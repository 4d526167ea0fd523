"""The ordered steps article -> folded text -> mentions -> dates -> events.

Each step is a plain function over plain data and can be called alone; ``process`` runs them in order.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date

from core import dates as dates_mod
from core.events import OFFICIAL_STATELESS, ORG_TITLES, STATELESS_ROLES, assemble, is_organisation_envoy
from core.fold import Folded, fold
from core.gazetteer import Gazetteer, load
from core.home import anchored_self, dateline_agency
from core.mentions import find_mentions
from core.names import (
    learned_officials,
    styled_first_names,
    surnames_alone,
    surnames_of_named,
    without_given_names,
    without_other_given_names,
    without_other_lineages,
    written_ezafe,
)
from core.records import Article, ArticleResult, DateMention, Event, Mention, Problem

COUNTRY_FORMS_FROM_CITIES = frozenset({"capital", "city"})  # a city named as a place refers to its country
COUNTRY_KINDS = frozenset({"country", "official", "title"})  # "پزشکیان" alone is Iran, as "خادم الحرمين" is SAU


def article_countries(mentions: list[Mention], events: Iterable[Event] = (),
                      roles: dict[str, str] | None = None) -> tuple[str, ...]:
    """Every country the text refers to: names, adjectives, epithets, seats, cities named as places, the
    countries of the officials it names (not of one heading an organisation that day, by ``roles``) and the
    sides of its events.

    >>> article_countries([Mention(0, 5, "تهران", "city", "Tehran", "IRN", "Tehran", "capital")])
    ('IRN',)
    >>> article_countries([Mention(0, 6, "پزشکیان", "official", "masoud_pezeshkian", "IRN", "Masoud Pezeshkian",
    ...                            "official")])
    ('IRN',)
    """
    roles = roles or {}
    found = {m.country for m in mentions if m.kind in COUNTRY_KINDS and m.country
             and roles.get(m.entity) not in OFFICIAL_STATELESS}
    found |= {m.country for m in mentions if m.kind == "city" and m.form in COUNTRY_FORMS_FROM_CITIES and m.country}
    found |= {c for e in events for c in e.countries}
    return tuple(sorted(found))


def anchor_day(dates: list[DateMention]) -> date | None:
    """The first stated full date in the text, used to place a bare weekday when no publication date is stated."""
    for d in dates:
        if d.how == "stated" and d.precision == "day" and d.iso and len(d.iso) == 10:
            return date.fromisoformat(d.iso)
    return None


def official_roles(mentions: list[Mention], gaz: Gazetteer, day: str | None) -> dict[str, str]:
    """Role of each official named, on the article's day; one the text calls his state's minister right before his
    name ("وزير الخارجية الجيبوتي محمود علي يوسف") holds that post, not the organisation he heads later.

    >>> ms = find_mentions(fold("وزير الخارجية الجيبوتي محمود علي يوسف"), "وزير الخارجية الجيبوتي محمود علي يوسف",
    ...                    load(), "ar")
    >>> official_roles(ms, load(), None)
    {'mahmoud_ali_youssouf': 'foreign_minister'}
    """
    roles = {}
    for i, m in enumerate(mentions):
        if m.kind == "official" and m.entity not in roles:
            role = gaz.role_of(m.entity, day)
            if role in STATELESS_ROLES and i >= 2 and mentions[i - 2].kind == "title" \
                    and mentions[i - 1].kind == "country" and mentions[i - 1].country == m.country \
                    and m.start - mentions[i - 2].end <= STATE_TITLE_REACH:
                role = mentions[i - 2].entity  # the state's post the text gives him
            elif role in STATELESS_ROLES or day is None:
                # "وزير الشؤون الخارجية …, رمطان لعمامرة": a state's post he held; with no day, "الأمين العام لمجلس
                # التعاون … عبداللطيف الزياني" holds the post the text gives him, not his latest
                held = {r.role for r in gaz.roles.get(m.entity, ())}
                role = _post_told(mentions, i, held, role in STATELESS_ROLES) or role
                if day is None and role not in STATELESS_ROLES and _organisation_post(mentions, i):
                    # "مبعوث الأمين العام للأمم المتحدة إلى اليمن إسماعيل ولد الشيخ أحمد": the UN post he held
                    role = next((r for r in sorted(held) if r in STATELESS_ROLES), role)
            if role:
                roles[m.entity] = role
    return roles


ORG_POST_MENTIONS = 3  # mentions back from a name to the organisation in his post: title, forum, country


def _organisation_post(mentions: list[Mention], i: int) -> bool:
    """Whether the post right before official ``i`` names an organisation ("مبعوث الأمين العام للأمم المتحدة إلى
    اليمن"): a title, then the organisation, each close to the next, up to the name."""
    chain = []
    for k in range(i - 1, max(-1, i - 1 - ORG_POST_MENTIONS), -1):
        if mentions[k + 1].start - mentions[k].end > HELD_TITLE_REACH:
            break
        chain.append(mentions[k])
    orgs = [k for k, c in enumerate(chain) if c.kind == "forum" or c.kind == "title" and c.entity in ORG_TITLES
            or is_organisation_envoy(c)]  # "المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد"
    return bool(orgs) and any([c.kind == "title" for c in chain[orgs[0]:]])


def _post_told(mentions: list[Mention], i: int, held: set[str], stateless: bool = False) -> str | None:
    """The post right before official ``i`` (an organisation's name may stand between: "الأمين العام لمجلس
    التعاون … الدكتور عبداللطيف بن راشد الزياني") when it is one he has held; for one whose latest post is an
    organisation's (``stateless``), else the state's post right after his name ("السيد رمطان لعمامرة وزير الشؤون
    الخارجية")."""
    after = mentions[i + 1] if i + 1 < len(mentions) and stateless else None
    told_after = after.entity if after is not None and after.kind == "title" and after.entity in held \
        and after.start - mentions[i].end <= TITLE_AFTER_REACH else None
    for k in (i - 1, i - 2):
        if k < 0 or mentions[k + 1].start - mentions[k].end > HELD_TITLE_REACH:
            return told_after
        if mentions[k].kind == "title":
            return mentions[k].entity if mentions[k].entity in held else told_after
        if mentions[k].kind != "forum":
            return told_after
    return told_after


STATE_TITLE_REACH = 20  # characters from a title's end to the name, its state's adjective between
HELD_TITLE_REACH = 40  # characters from a post he held to the name: the rest of the portfolio between
TITLE_AFTER_REACH = 3  # characters from the name to the post told right after it: ", "


def official_offices(mentions: list[Mention], gaz: Gazetteer) -> dict[str, frozenset[str]]:
    """Every office each official named has held, by English name: what tells two tellings' people apart.

    >>> m = Mention(0, 5, "پوتین", "official", "vladimir_putin", "RUS", "Vladimir Putin", "official")
    >>> sorted(official_offices([m], load())["Vladimir Putin"])
    ['president', 'prime_minister']
    """
    offices = {m.label_en: frozenset(r.role for r in gaz.roles.get(m.entity, ()))
               for m in mentions if m.kind == "official" and m.label_en and gaz.roles.get(m.entity)}
    for i, m in enumerate(mentions):  # and the posts the text gives him: "المبعوث الخاص للرئيس الإيراني مساعد
        if m.kind == "official" and m.label_en and i and m.start - mentions[i - 1].end <= TOLD_POST_GAP \
                and mentions[i - 1].kind in STATE_OR_POST:  # وزير الخارجية حسين جابري أنصاري" is "the envoy" after
            told = _posts_before(mentions, i)
            if told:
                offices[m.label_en] = offices.get(m.label_en, frozenset()) | told
    return offices


TOLD_POST_MENTIONS = 4  # mentions back from a name to the first of the posts told with it (states between)
TOLD_POST_GAP = 2  # characters between two links of that chain: a space, or a comma and a space


def _posts_before(mentions: list[Mention], i: int) -> frozenset[str]:
    """The titles told in a chain right before official ``i``, each within ``TOLD_POST_GAP`` characters of the
    next, states and organisations between them: "المبعوث الخاص للرئيس الإيراني مساعد وزير الخارجية" gives
    envoy and deputy foreign minister (not the president, whose envoy he is)."""
    posts = []
    for k in range(i - 1, max(-1, i - 1 - TOLD_POST_MENTIONS), -1):
        if mentions[k + 1].start - mentions[k].end > TOLD_POST_GAP or mentions[k].kind not in STATE_OR_POST:
            break
        if mentions[k].kind == "title" and not mentions[k].surface.startswith(("لل", "لـ")):
            posts.append(mentions[k].entity)  # (not "للرئيس": whose envoy he is)
    return frozenset(posts)


STATE_OR_POST = frozenset({"title", "country", "forum"})  # mention kinds a chain of posts before a name holds


def process(article: Article, gaz: Gazetteer | None = None) -> ArticleResult:
    """Run every step over one article.

    >>> from core.ingest import article_id
    >>> text = "بحث وزير الدفاع الروسي هاتفيا مع نظيره الأمريكي اليوم."
    >>> r = process(Article(article_id(text), "x", "x.txt", text, "ar"))
    >>> [(e.kind, e.countries) for e in r.events]
    [('bilateral', ('RUS', 'USA'))]
    """
    gaz = gaz or load()
    if article.lang not in ("fa", "ar"):
        return ArticleResult(article, problems=(Problem(article.path, "language", "not Persian or Arabic",
                                                        article.source_id),))
    text = article.text
    folded: Folded = fold(text, written_ezafe if article.lang == "fa" else None)
    mentions = find_mentions(folded, text, gaz, article.lang)
    learned, learned_roles = learned_officials(folded, text, mentions, article.lang)
    if learned:
        mentions = sorted(mentions + learned, key=lambda m: m.start)
    styled = styled_first_names(folded, text, mentions) if article.lang == "ar" else []
    if styled:  # "واستقبل الأمير سلطان": the official named in full before, not the title "سلطان"
        spans = {(m.start, m.end) for m in styled}
        mentions = sorted([m for m in mentions if (m.start, m.end) not in spans] + styled, key=lambda m: m.start)
    alone = surnames_alone(folded, text, mentions, article.lang)
    if alone:  # "أحمدي نجاد" … "اجتمع نجاد": the surname of the official named in full
        mentions = sorted(mentions + alone, key=lambda m: m.start)
    mentions = surnames_of_named(mentions)  # "المالكي" in a text naming "رياض المالكي" is he
    mentions = without_given_names(mentions, text)  # "هوک آبراهامیان": Hovik Abrahamyan, not Brian Hook
    mentions = without_other_given_names(folded, mentions, gaz)  # "الدكتورة رانيا المشاط": not Yemen's al-Mashat
    mentions = without_other_lineages(folded, mentions, gaz)  # "محمد بن عبدالرحمن بن عبدالعزيز": not Qatar's PM
    selfs = any([m.kind == "country" and m.form == "self" for m in mentions])
    own = selfs and (anchored_self(text, mentions) or dateline_agency(folded.text))  # "ژنو- سانا": Syria's
    if own:  # "نیکول پاشینیان نخست وزیر کشورمان": "our country" is Armenia here, every time the text says it
        mentions = [replace(m, entity=own, country=own, label_en=gaz.country_names.get(own, own))
                    if m.kind == "country" and m.form == "self" else m for m in mentions]
    found_dates = dates_mod.find_dates(text, folded)
    published = dates_mod.publication_date(text, folded, found_dates, article.published_hint)
    pub_day = date.fromisoformat(published.iso) if published and published.iso and len(published.iso) == 10 else None
    resolved = dates_mod.resolve_all(found_dates, published or dates_mod.publication_month(text))
    roles = official_roles(mentions, gaz, published.iso if published else None) | learned_roles
    told = [d for d in resolved if not dates_mod.is_stamp(text, d)]  # the page's stamp dates no meeting
    events = assemble(text, folded, mentions, told, pub_day, article.lang, roles, anchor_day(told),
                      official_offices(mentions, gaz))
    return ArticleResult(article, tuple(mentions), tuple(resolved), published,
                         article_countries(mentions, events, roles), tuple(events))


def process_text(text: str, lang: str | None = None) -> ArticleResult:
    """Convenience for tests and notebooks: one text in, one result out.

    >>> process_text("").events
    ()
    """
    from core.ingest import detect_lang

    lang = lang or detect_lang(text) or "fa"
    aid = hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
    return process(Article(aid, aid, "<text>", text, lang))


def process_all(items: Iterable[Article | Problem]) -> Iterator[ArticleResult | Problem]:
    """Process each article of a stream, passing problems through; one article's failure becomes a Problem.

    >>> from core.ingest import read_paths
    >>> [type(r).__name__ for r in process_all(read_paths(["seeds/000_194c18994d752a41.txt", "/no/file.txt"]))]
    ['ArticleResult', 'Problem']
    """
    gaz = load()
    for item in items:
        if isinstance(item, Problem):
            yield item
            continue
        try:
            yield process(item, gaz)
        except Exception as exc:  # one article's failure must not stop the others
            yield Problem(item.path, "failed", f"{type(exc).__name__}: {exc}", item.source_id)
