"""The original article text as safe HTML with its mentions coloured by kind and an event's evidence underlined.

Plain functions over plain data (no Streamlit). The text is untrusted: every piece of it, and every gazetteer
label, goes through ``html.escape`` (quotes too); the only markup is our own fixed tags and classes. Offsets
are half-open character offsets into the stored text, which is never changed.

Overlaps: the text is cut at every mention and evidence boundary; each segment knows every kind covering it,
takes one colour by ``PRIORITY`` and gets the evidence class when an evidence span covers it.

>>> html_out = article_html("<b>ایران</b>", [Mark(3, 8, "country", "Iran")], [(0, 12)])
>>> "<b>" in html_out, "&lt;b&gt;" in html_out, 'title="Country: Iran | evidence' in html_out
(False, True, True)
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

# Colour priority when kinds overlap: the first kind present wins the background.
PRIORITY = ("official", "title", "forum", "country", "city", "date")
KIND_LABELS = {"official": "Official", "title": "Title", "forum": "Forum", "country": "Country",
               "city": "City / place", "date": "Date", "other": "Other"}
COLOURS = {"official": "#ffc9c9", "title": "#ffd8a8", "forum": "#d0bfff", "country": "#a5d8ff",
           "city": "#b2f2bb", "date": "#fcc2d7", "other": "#dee2e6"}
EVIDENCE_COLOUR = "#e8590c"
FONTS = '"Vazirmatn", "Noto Naskh Arabic", "Noto Sans Arabic", "Tahoma", sans-serif'
RTL_LANGS = ("fa", "ar", "ur", "ps", "ckb", "he")

CSS = f"""<style>
.nh-doc {{ font-family: {FONTS}; font-size: 1.08rem; line-height: 2.1; direction: rtl; text-align: right;
  unicode-bidi: isolate; padding: 0.75rem 1rem; border: 1px solid rgba(128,128,128,.35); border-radius: 0.5rem;
  max-height: 75vh; overflow-y: auto; overflow-wrap: anywhere; }}
.nh-doc[dir="ltr"] {{ direction: ltr; text-align: left; }}
.nh-excerpt {{ max-height: none; font-size: 1rem; line-height: 1.9; padding: 0.4rem 0.7rem; }}
.nh-para + .nh-para {{ margin-top: 0.5rem; padding-top: 0.5rem; border-top: 1px dashed rgba(128,128,128,.4); }}
.nh-head {{ font-weight: 700; font-size: 1.25rem; margin-bottom: .5rem; }}
.nh-m {{ color: #1a1a1a; border-radius: 0.25rem; padding: 0 0.12rem; box-decoration-break: clone;
  -webkit-box-decoration-break: clone; }}
{"".join(f".nh-{k} {{ background: {c}; }}" + chr(10) for k, c in COLOURS.items())}
.nh-ev {{ text-decoration: underline solid {EVIDENCE_COLOUR} 2px; text-underline-offset: 0.45em;
}}
.nh-ev:not(.nh-m) {{ background-color: rgba(255, 212, 59, 0.22); }}
.nh-m.nh-ev {{ box-shadow: inset 0 -2px 0 {EVIDENCE_COLOUR}; }}
.nh-legend {{ font-family: sans-serif; font-size: 0.85rem; line-height: 2; margin-bottom: 0.4rem; }}
.nh-legend .nh-m, .nh-legend .nh-ev {{ margin-right: 0.4rem; padding: 0.05rem 0.35rem; }}
</style>"""


@dataclass(frozen=True)
class Mark:
    """One mention to colour: half-open offsets, its kind (country, city, forum, title, official, date) and
    the English label shown as its tooltip."""

    start: int
    end: int
    kind: str
    label: str = ""


@dataclass(frozen=True)
class Segment:
    """A stretch of text with one constant cover: the kinds and labels of the marks over it (text order) and
    whether an evidence span covers it."""

    start: int
    end: int
    kinds: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    evidence: bool = False

    @property
    def kind(self) -> str | None:
        """The kind whose colour this segment takes (by ``PRIORITY``; unknown kinds are 'other').

        >>> Segment(0, 3, ("country", "title")).kind, Segment(0, 3).kind, Segment(0, 1, ("person",)).kind
        ('title', None, 'other')
        """
        if not self.kinds:
            return None
        known = [k for k in PRIORITY if k in self.kinds]
        return known[0] if known else "other"


def _label(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def marks_from_records(records: Iterable[Mapping]) -> list[Mark]:
    """Marks from mention rows (dicts with start, end, kind, label_en; e.g. ``frame.to_dict("records")``).

    A missing label (None or NaN) becomes ''.

    >>> marks_from_records([{"start": 0, "end": 5, "kind": "country", "label_en": float("nan")}])
    [Mark(start=0, end=5, kind='country', label='')]
    """
    return [Mark(int(r["start"]), int(r["end"]), _label(r.get("kind")) or "other", _label(r.get("label_en")))
            for r in records]


def _clamp(start: int, end: int, n: int) -> tuple[int, int] | None:
    start, end = max(0, int(start)), min(n, int(end))
    return (start, end) if start < end else None


def segments(n: int, marks: Sequence[Mark], evidence: Iterable[Sequence[int]] = ()) -> list[Segment]:
    """Cut ``[0, n)`` at every mark and evidence boundary; each piece carries what covers it.

    Offsets outside the text are clipped and empty spans dropped, so bad offsets never break the page.

    >>> [(s.start, s.end, s.kinds, s.evidence) for s in segments(10, [Mark(2, 6, "title"), Mark(4, 8, "country")],
    ...                                                            [(5, 10)])]
    [(0, 2, (), False), (2, 4, ('title',), False), (4, 5, ('title', 'country'), False),
     (5, 6, ('title', 'country'), True), (6, 8, ('country',), True), (8, 10, (), True)]
    """
    if n <= 0:
        return []
    spans = [(c, m) for m in marks if (c := _clamp(m.start, m.end, n))]
    evs = [c for e in evidence if len(e) >= 2 and (c := _clamp(e[0], e[1], n))]
    cuts = sorted({0, n, *(x for c, _ in spans for x in c), *(x for c in evs for x in c)})
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        over = [m for (s, e), m in spans if s <= a and e >= b]
        out.append(Segment(a, b, tuple(m.kind for m in over), tuple(m.label for m in over),
                           any(s <= a and e >= b for s, e in evs)))
    return out


def escape(text: str) -> str:
    """Untrusted text as HTML text: &, <, >, " and ' escaped, then newlines as ``<br>``.

    >>> escape('<img src=x onerror="alert(1)">\\nسلام')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;<br>\\nسلام'
    """
    return html.escape(text, quote=True).replace("\r\n", "\n").replace("\n", "<br>\n")


def tooltip(seg: Segment) -> str:
    """The title text of a segment: each covering mention as 'Kind: English label', then evidence.

    >>> tooltip(Segment(0, 4, ("title", "country"), ("Foreign Minister", "Russia"), True))
    'Title: Foreign Minister | Country: Russia | evidence of the selected event'
    """
    parts = [f"{KIND_LABELS.get(k, k.capitalize())}: {lab}" if lab else KIND_LABELS.get(k, k.capitalize())
             for k, lab in zip(seg.kinds, seg.labels, strict=True)]
    if seg.evidence:
        parts.append("evidence of the selected event")
    return " | ".join(dict.fromkeys(parts))


def segment_html(text: str, seg: Segment) -> str:
    """One segment: plain escaped text, or a ``<span>`` with our classes and an escaped tooltip.

    >>> segment_html("ab<c", Segment(0, 4, ("city",), ("Moscow",)))
    '<span class="nh-m nh-city" title="City / place: Moscow">ab&lt;c</span>'
    """
    body = escape(text[seg.start:seg.end])
    classes = ([f"nh-m nh-{seg.kind}"] if seg.kind else []) + (["nh-ev"] if seg.evidence else [])
    if not classes:
        return body
    return f'<span class="{" ".join(classes)}" title="{html.escape(tooltip(seg), quote=True)}">{body}</span>'


def is_rtl(lang: str | None) -> bool:
    """Whether a language code is written right to left.

    >>> is_rtl("fa"), is_rtl("en"), is_rtl(None)
    (True, False, True)
    """
    return lang is None or str(lang).split("-")[0].lower() in RTL_LANGS


def article_html(text: str, marks: Sequence[Mark], evidence: Iterable[Sequence[int]] = (),
                 lang: str | None = "fa", title: str | None = None) -> str:
    """The whole article as one escaped, highlighted block (right to left for Persian and Arabic).

    ``title`` (untrusted too) is shown above the text when given.

    >>> article_html("سلام", [], lang="fa")
    '<div class="nh-doc" dir="rtl" lang="fa">سلام</div>'
    """
    code = html.escape(str(lang or "fa"), quote=True)
    body = "".join(segment_html(text, s) for s in segments(len(text or ""), marks, evidence))
    head = f'<div class="nh-head">{escape(title)}</div>' if title else ""
    return f'<div class="nh-doc" dir="{"rtl" if is_rtl(lang) else "ltr"}" lang="{code}">{head}{body}</div>'


def excerpt_html(text: str, marks: Sequence[Mark], spans: Iterable[Sequence[int]], lang: str | None = "fa") -> str:
    """Just the evidence spans of an event, each its own paragraph, with the mentions inside them coloured.

    >>> excerpt_html("وزیر امور خارجه ایران با لاوروف دیدار کرد.", [Mark(16, 21, "country", "Iran")], [(16, 42)])
    '<div class="nh-doc nh-excerpt" dir="rtl" lang="fa"><div class="nh-para"><span class="nh-m nh-country" \
title="Country: Iran">ایران</span> با لاوروف دیدار کرد.</div></div>'
    """
    n, paras = len(text or ""), []
    for span in spans:
        if len(span) < 2 or not (cut := _clamp(span[0], span[1], n)):
            continue
        s, e = cut
        inside = [Mark(m.start - s, m.end - s, m.kind, m.label) for m in marks if m.end > s and m.start < e]
        piece = text[s:e]
        paras.append('<div class="nh-para">' + "".join(segment_html(piece, g) for g in segments(len(piece), inside))
                     + "</div>")
    code = html.escape(str(lang or "fa"), quote=True)
    return (f'<div class="nh-doc nh-excerpt" dir="{"rtl" if is_rtl(lang) else "ltr"}" lang="{code}">'
            f'{"".join(paras)}</div>')


def legend_html(kinds: Iterable[str] = PRIORITY, evidence: bool = True) -> str:
    """A row of sample chips: one per kind in its colour, and the evidence style.

    >>> legend_html(["country"], evidence=False)
    '<div class="nh-legend"><span class="nh-m nh-country">Country</span></div>'
    """
    chips = [f'<span class="nh-m nh-{k if k in COLOURS else "other"}">'
             f'{html.escape(KIND_LABELS.get(k, k), quote=True)}</span>' for k in kinds]
    if evidence:
        chips.append('<span class="nh-ev">Evidence of the selected event</span>')
    return f'<div class="nh-legend">{"".join(chips)}</div>'


def count_highlighted(marks: Sequence[Mark], n: int) -> int:
    """How many marks fall (at least partly) inside a text of length ``n``.

    >>> count_highlighted([Mark(0, 2, "date"), Mark(9, 12, "city")], 5)
    1
    """
    return sum(1 for m in marks if _clamp(m.start, m.end, n))
