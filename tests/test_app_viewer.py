"""Source viewer page: the original text highlighted, English event cards, deep links, compare mode, and
untrusted article text rendered as text."""

from __future__ import annotations

import re

import pytest

from core import store
from core.config import SEEDS_DIR
from tests.conftest import ROOT
from ui.describe import countries_label, event_title

PAGE = "pages/viewer.py"


@pytest.fixture(scope="module")
def facts() -> dict:
    """What the seeded store holds: the same seeds ingested into a private in-memory store (article ids are
    content hashes, so they match; the shared file stays untouched and its app connection undisturbed)."""
    con = store.connect(":memory:")
    try:
        store.ingest([SEEDS_DIR], con=con)
        arts = store.articles_frame(con)
        texts = {aid: store.article_row(con, aid)["text"] for aid in arts["article_id"]}
        return {"events": store.events_frame(con), "articles": arts, "texts": texts}
    finally:
        con.close()


def article_of(facts, source_prefix: str) -> str:
    arts = facts["articles"]
    return arts.loc[arts["source_id"].str.startswith(source_prefix), "article_id"].iloc[0]


def texts(at) -> list[str]:
    """The bodies of the full-text blocks (not the evidence excerpts in the cards)."""
    return [h.proto.body for h in at.html if 'class="nh-doc"' in h.proto.body]


def body(at) -> str:
    found = texts(at)
    assert len(found) == 1
    return found[0]


def highlighted_count(at) -> int:
    caption = next(c.value for c in at.caption if "mentions highlighted" in c.value)
    return int(caption.split()[0])


def test_deep_link_shows_the_persian_text_highlighted(app, facts):
    aid = article_of(facts, "000_")
    phrase = "حمایت قاطع"
    assert phrase in facts["texts"][aid]
    at = app(PAGE, query={"article": aid})
    assert at.selectbox(key="vw_article").value == aid
    html = body(at)
    assert phrase in html and 'dir="rtl"' in html and 'lang="fa"' in html
    assert highlighted_count(at) > 0
    assert 'class="nh-m nh-country" title="Country: Kyrgyzstan"' in html
    assert 'class="nh-m nh-forum" title="Forum: Shanghai Cooperation Organisation"' in html


def test_cards_name_countries_and_officials_in_english(app, facts):
    aid = article_of(facts, "000_")
    events = facts["events"][facts["events"]["article_id"] == aid]
    at = app(PAGE, query={"article": aid})
    lines = [t.value for t in at.text]
    for _, ev in events.iterrows():
        assert f"Countries: {countries_label(ev['countries'])}" in lines
        assert any(event_title(ev) in m.value for m in at.markdown)
    assert any(line.startswith("Countries: Iran – ") for line in lines)
    assert any(line.startswith("Officials: ") and "Eskandar Momeni" in line for line in lines)


def test_event_from_the_link_is_preselected_and_its_evidence_underlined(app, facts):
    ev = facts["events"].query("kind == 'bilateral' and lang == 'ar'").iloc[0]
    at = app(PAGE, query={"article": ev["article_id"], "event": ev["event_id"]})
    assert at.radio(key="vw_event").value == ev["event_id"]
    caption = next(c.value for c in at.caption if "evidence span" in c.value)
    assert f"{len(ev['evidence'])} evidence span(s)" in caption
    html = body(at)
    assert 'lang="ar"' in html
    start, end = ev["evidence"][0]
    text = facts["texts"][ev["article_id"]]
    # the evidence words are inside nh-ev segments: strip our tags from the emphasised spans and find them
    emphasised = "".join(re.findall(r'<span class="[^"]*nh-ev[^"]*" title="[^"]*">([^<]*)</span>', html))
    first_words = text[start:end].split()[:3]
    assert first_words and all(w in emphasised for w in first_words)
    assert any(m.value.startswith("**▶ ") and "Iran – Russia" in m.value for m in at.markdown)
    excerpt = next(h.proto.body for h in at.html if "nh-excerpt" in h.proto.body)
    assert all(w in excerpt for w in first_words), "the selected card quotes its evidence"


def test_picking_another_article_sticks_and_reaches_the_url(app, facts):
    first, other = article_of(facts, "000_"), article_of(facts, "003_")
    at = app(PAGE)
    assert at.selectbox(key="vw_article").value == first
    assert at.query_params["article"] == first
    at.selectbox(key="vw_article").set_value(other).run()
    assert at.selectbox(key="vw_article").value == other
    assert 'lang="ar"' in body(at)
    assert at.query_params["article"] == other
    assert at.query_params["event"] == at.radio(key="vw_event").value
    assert at.query_params["event"].startswith(other)
    at.run()
    assert at.selectbox(key="vw_article").value == other, "the URL written by the page does not pull it back"


def test_session_state_is_a_second_way_in(app, facts):
    aid = article_of(facts, "003_")
    at = app(PAGE, vw_article=aid)
    assert at.selectbox(key="vw_article").value == aid
    assert "الجمهورية" in body(at) or "إيران" in body(at) or "ايران" in body(at)


def test_compare_mode_shows_two_articles_side_by_side(app, facts):
    fa, ar = article_of(facts, "002_"), article_of(facts, "003_")
    at = app(PAGE, vw_compare=True, vw_article=fa, vw_article2=ar)
    assert at.toggle(key="vw_compare").value is True
    bodies = texts(at)
    assert len(bodies) == 2
    assert 'lang="fa"' in bodies[0] and 'lang="ar"' in bodies[1]
    assert all('dir="rtl"' in b for b in bodies)
    assert at.radio(key="vw_event") and at.radio(key="vw_event2")
    counts = [int(c.value.split()[0]) for c in at.caption if "mentions highlighted" in c.value]
    assert len(counts) == 2 and min(counts) > 0


XSS = ("# خبر <script>alert(1)</script>\n\n"
       "وزیر امور خارجه ایران با سرگئی لاوروف در مسکو دیدار کرد. "
       "<img src=x onerror=alert(1)> و \"><svg onload=alert(1)>\n"
       "دو طرف در این دیدار درباره همکاریهای دوجانبه و تحولات منطقه گفتگو و تبادل نظر کردند. "
       "وزیر امور خارجه روسیه نیز بر اهمیت گسترش روابط دو کشور در زمینه های اقتصادی تأکید کرد.\n")


def test_untrusted_article_text_is_shown_as_text(tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    path = tmp_path / "xss.duckdb"
    con = store.connect(path)
    summary = store.ingest_bytes(con, "xss.txt", XSS.encode())
    assert summary.articles_new == 1, summary.problems
    aid = store.articles_frame(con)["article_id"].iloc[0]
    assert "<script>" in store.article_row(con, aid)["text"], "stored as it came"
    con.close()

    monkeypatch.setenv("NASHEST_STORE", str(path))
    monkeypatch.setenv("NASHEST_NO_SEED", "1")
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    at.query_params["article"] = aid
    at.run()
    at.switch_page(PAGE).run()
    assert not at.exception, at.exception
    html = body(at)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    low = html.lower()
    assert "<script" not in low and "<img" not in low and "<svg" not in low
    assert highlighted_count(at) > 0
    titles = [t.value for t in at.text if t.value.startswith("Title: ")]
    assert titles == ["Title: خبر <script>alert(1)</script>"], "the title is plain text, not markup"
