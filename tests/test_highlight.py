"""ui.highlight: segments at every boundary, colour priority, evidence, and escaping of untrusted text."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from ui.highlight import Mark, Segment, article_html, escape, legend_html, marks_from_records, segments

FA = "وزیر امور خارجه روسیه سرگئی لاوروف در مسکو با همتای ایرانی خود دیدار کرد."
AR = "التقى وزير الدفاع الإيراني نظيره الروسي في موسكو يوم الجمعة."


def span(text: str, surface: str, kind: str, label: str = "") -> Mark:
    """A mark on the first occurrence of ``surface`` (offsets found, never typed by hand)."""
    start = text.index(surface)
    return Mark(start, start + len(surface), kind, label)


def pieces(text: str, marks, evidence=()) -> list[tuple[str, str | None, bool]]:
    return [(text[s.start:s.end], s.kind, s.evidence) for s in segments(len(text), marks, evidence)]


@pytest.mark.parametrize(("text", "marks", "evidence", "expected"), [
    pytest.param("", [], [], [], id="empty text"),
    pytest.param("سلام", [], [], [("سلام", None, False)], id="no marks"),
    pytest.param(FA, [span(FA, "مسکو", "city", "Moscow")], [],
                 [("وزیر امور خارجه روسیه سرگئی لاوروف در ", None, False), ("مسکو", "city", False),
                  (" با همتای ایرانی خود دیدار کرد.", None, False)], id="one city"),
    pytest.param("روسیه ایران", [Mark(0, 5, "country"), Mark(6, 11, "country")], [],
                 [("روسیه", "country", False), (" ", None, False), ("ایران", "country", False)], id="two apart"),
    pytest.param("روسیهایران", [Mark(0, 5, "country"), Mark(5, 10, "country")], [],
                 [("روسیه", "country", False), ("ایران", "country", False)], id="adjacent, no gap"),
    pytest.param("وزیر امور خارجه روسیه", [Mark(0, 21, "title"), Mark(16, 21, "country")], [],
                 [("وزیر امور خارجه ", "title", False), ("روسیه", "title", False)], id="nested: title wins"),
    pytest.param("الدفاع الإيراني", [Mark(0, 11, "forum"), Mark(7, 15, "official")], [],
                 [("الدفاع ", "forum", False), ("الإي", "official", False), ("راني", "official", False)],
                 id="partial overlap: official wins"),
    pytest.param(AR, [span(AR, "موسكو", "city")], [(AR.index("في"), AR.index("يوم"))],
                 [(AR[:AR.index("في")], None, False), ("في ", None, True), ("موسكو", "city", True),
                  (" ", None, True), ("يوم الجمعة.", None, False)], id="evidence around a mention"),
    pytest.param("ایران و روسیه", [Mark(0, 5, "country")], [(3, 8)],
                 [("ایر", "country", False), ("ان", "country", True), (" و ", None, True), ("روسیه", None, False)],
                 id="evidence cuts a mention"),
    pytest.param("مسکو", [Mark(-3, 2, "city"), Mark(3, 99, "date"), Mark(2, 2, "country")], [(5, 9), (1,)],
                 [("مس", "city", False), ("ک", None, False), ("و", "date", False)],
                 id="offsets clipped, empty and malformed spans dropped"),
    pytest.param("مسکو", [Mark(0, 4, "person")], [], [("مسکو", "other", False)], id="unknown kind"),
])
def test_segments(text, marks, evidence, expected):
    got = pieces(text, marks, evidence)
    assert got == expected
    assert "".join(p[0] for p in got) == text


def test_segment_keeps_every_covering_kind_and_label():
    text = "وزیر امور خارجه روسیه"
    (_, last) = segments(len(text), [Mark(0, 21, "title", "Foreign Minister"), Mark(16, 21, "country", "Russia")])
    assert last == Segment(16, 21, ("title", "country"), ("Foreign Minister", "Russia"), False)


def test_marks_from_mention_rows():
    rows = [{"start": 0, "end": 4, "kind": "city", "label_en": "Moscow", "surface": "مسکو"},
            {"start": 5, "end": 9, "kind": "date", "label_en": None}]
    assert marks_from_records(rows) == [Mark(0, 4, "city", "Moscow"), Mark(5, 9, "date", "")]


class Parsed(HTMLParser):
    """The tags, attributes and visible text of an HTML fragment, as a browser would read them."""

    def __init__(self, fragment: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: dict[str, list[str]] = {}
        self.text = ""
        self.feed(fragment)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            self.attrs.setdefault(name, []).append(value or "")

    def handle_data(self, data):
        self.text += data


PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "' onmouseover='alert(1)' x='",
    "<a href=\"javascript:alert(1)\">click</a>",
    "&lt;already escaped&gt; & <!-- comment --> <style>body{display:none}</style>",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_untrusted_text_and_labels_stay_text(payload):
    text = f"{FA}\n{payload}\n{AR}"
    start = text.index(payload)
    marks = [span(text, "روسیه", "country", payload), Mark(start, start + len(payload), "forum", payload),
             span(text, "موسكو", "city", "Moscow")]
    out = article_html(text, marks, [(start - 3, start + 4)], lang="fa")
    low = out.lower()
    for tag in ("<script", "<img", "<svg", "<a ", "<style", "<!--"):
        assert tag not in low
    parsed = Parsed(out)
    assert set(parsed.tags) <= {"div", "span", "br"}
    assert set(parsed.attrs) <= {"class", "title", "dir", "lang"}
    assert parsed.text.replace("\n", "") == text.replace("\n", ""), "the visible text is the stored text"
    assert payload in parsed.attrs["title"][0] and "Country: " in parsed.attrs["title"][0]
    assert out.count("<br>") == 2


def test_script_tag_shows_as_escaped_text():
    out = article_html("خبر <script>alert(1)</script> <img src=x onerror=alert(1)>", [])
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "&lt;img src=x onerror=alert(1)&gt;" in out


@pytest.mark.parametrize(("raw", "expected"), [
    ("", ""),
    ("سلام\nدنیا", "سلام<br>\nدنیا"),
    ("a\r\nb", "a<br>\nb"),
    ("\"'<>&", "&quot;&#x27;&lt;&gt;&amp;"),
])
def test_escape(raw, expected):
    assert escape(raw) == expected


@pytest.mark.parametrize(("lang", "direction"), [("fa", "rtl"), ("ar", "rtl"), ("en", "ltr"),
                                                 ('fa" onload="x', "ltr")])
def test_direction_and_lang_attribute(lang, direction):
    out = article_html("سلام", [], lang=lang)
    assert f'dir="{direction}"' in out
    assert 'onload="' not in out


def test_legend_names_every_kind():
    text = Parsed(legend_html()).text
    for word in ("Official", "Title", "Forum", "Country", "City / place", "Date", "Evidence"):
        assert word in text
