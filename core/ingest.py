"""Files of each format in, Article records (or Problems) out.

Formats: .txt, .html/.htm, .json (an object or a list of objects), .jsonl, .csv/.tsv. Bytes are decoded in a
fixed order: byte-order mark (UTF-8/16/32) -> BOM-less UTF-16 by its NUL pattern -> strict UTF-8 -> the
encoding an HTML page declares -> Windows-1256 -> charset-normalizer. A decoding other than UTF-8/16/32 is
kept only if the result reads as Persian or Arabic (common function words, not mojibake); otherwise the file
is an ``encoding`` Problem. ``Article.text`` is the decoded text exactly (BOM removed), so every offset
downstream points into it. Nothing here raises for bad input: each failure is a Problem naming the file,
the record (``source_id``) and the reason.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import html
import io
import json
import logging
import os
import re
import stat
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePath
from typing import Any

import charset_normalizer
import lxml.etree
import lxml.html
import trafilatura

from core.config import MAX_ARTICLE_CHARS, MAX_FILE_BYTES
from core.records import Article, Problem

__all__ = ["SUPPORTED_EXTENSIONS", "article_id", "detect_lang", "read_bytes", "read_paths"]

log = logging.getLogger(__name__)

_KINDS = {".txt": "txt", ".html": "html", ".htm": "html", ".xhtml": "html", ".json": "json",
          ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "csv"}
SUPPORTED_EXTENSIONS = tuple(_KINDS)


class _Bad(Exception):
    """A file or record that cannot become an Article; carries the Problem's reason and detail."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


# ---------------------------------------------------------------------------------------------- public


_PathArg = str | os.PathLike[str]


def read_paths(paths: Iterable[_PathArg] | _PathArg) -> Iterator[Article | Problem]:
    """Read files and folders (recursively, sorted, hidden files and folders skipped).

    Yields one Article per article and one Problem per failure; one bad file never stops the others.

    Args:
        paths: files and/or folders (a single path is accepted too).

    Yields:
        Article or Problem records, in path order.

    >>> [p.reason for p in read_paths(["/no/such/file.txt"])]
    ['unreadable']
    """
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    for given in paths:
        path = Path(given)
        try:
            is_dir = path.is_dir()
        except OSError as err:
            yield Problem(str(path), "unreadable", f"cannot open: {err.strerror or err}")
            continue
        if not is_dir:
            yield from _read_file(path)
            continue
        for item in _walk(path):
            if isinstance(item, Problem):
                yield item
            else:
                yield from _read_file(item)


def read_bytes(name: str, data: bytes, path: str | None = None) -> list[Article | Problem]:
    """Parse an uploaded file's bytes exactly as ``read_paths`` parses a file.

    Args:
        name: the file name; gives the extension (format) and the stem (``source_id``).
        data: the file's bytes.
        path: what to record as ``Article.path`` / ``Problem.path`` (default: ``name``).

    Returns:
        Articles and Problems, in record order.

    >>> [a.lang for a in read_bytes("f1.txt", "وزیر امور خارجه ایران با همتای روسی خود دیدار کرد".encode())]
    ['fa']
    """
    return _parse(name, data, path or name)


def detect_lang(text: str) -> str:
    """Persian ("fa"), Arabic ("ar") or "" (not Arabic script, or too little text to tell), from the letters.

    Persian evidence: پ چ ژ گ, Persian digits and function words (در، به، از، که، را، است ...). Arabic
    evidence: ة, words starting with ال, and function words (في، على، إلى، التي ...). ي/ك versus ی/ک only
    break ties, since Persian archives often use the Arabic forms.

    >>> detect_lang("وزیر امور خارجه ایران با همتای روسی خود دیدار کرد")
    'fa'
    >>> detect_lang("التقى وزير الخارجية الإيراني نظيره الروسي في موسكو")
    'ar'
    """
    sample = text[:_SAMPLE_CHARS]
    n_arabic, n_other = _letters(sample)
    if n_arabic < _MIN_LETTERS or n_arabic < n_other:
        return ""
    if _count_chars(_OTHER_ARABIC_SCRIPT, sample) * 50 > n_arabic:
        return ""  # Urdu, Kurdish or Pashto letters
    fa, ar = _evidence(sample)
    if fa == ar:
        return ""
    return "fa" if fa > ar else "ar"


def article_id(text: str) -> str:
    """Short content hash: the first 16 hex digits of SHA-1 over the text.

    Line endings and surrounding whitespace do not count, so the same article read from a .txt file
    (trailing newline) and from a JSON field gets the same id.

    >>> article_id("سلام\\r\\nدنیا\\n") == article_id("سلام\\nدنیا")
    True
    """
    core = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return hashlib.sha1(core.encode("utf-8", "surrogatepass")).hexdigest()[:16]


# ---------------------------------------------------------------------------------------------- files


def _walk(top: Path) -> Iterator[Path | Problem]:
    """Every non-hidden file under ``top``, sorted; folders that cannot be listed become Problems."""
    errors: list[OSError] = []
    found: list[Path] = []
    for root, dirs, files in os.walk(top, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(root, f) for f in files if not f.startswith("."))
    for err in errors:
        where = str(err.filename or top)
        yield Problem(where, "unreadable", f"cannot list the folder: {err.strerror or err}")
    yield from sorted(found)


def _read_file(path: Path) -> Iterator[Article | Problem]:
    """One file from disk: checks existence, type and size before reading it."""
    name = str(path)
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            yield Problem(name, "unreadable", "not a regular file")
            return
        if _kind(path.name) is None:
            yield Problem(name, "unsupported", _unsupported(path.name))
            return
        if info.st_size > MAX_FILE_BYTES:
            yield Problem(name, "too_large", _too_large(info.st_size))
            return
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as err:
        yield Problem(name, "unreadable", f"cannot read: {err.strerror or err}")
        return
    yield from _parse(path.name, data, name)


def _kind(name: str) -> str | None:
    return _KINDS.get(PurePath(name).suffix.lower())


def _unsupported(name: str) -> str:
    suffix = PurePath(name).suffix
    expected = ", ".join(SUPPORTED_EXTENSIONS)
    if not suffix:
        return f"no file extension, so the format is unknown (supported: {expected})"
    return f"'{suffix}' files are not supported (supported: {expected})"


def _too_large(size: int) -> str:
    return f"file is {size / 2**20:.1f} MB, over the {MAX_FILE_BYTES / 2**20:g} MB limit"


def _parse(name: str, data: bytes, path: str) -> list[Article | Problem]:
    """Bytes of one file -> Articles and Problems."""
    kind = _kind(name)
    if kind is None:
        return [Problem(path, "unsupported", _unsupported(name))]
    if len(data) > MAX_FILE_BYTES:
        return [Problem(path, "too_large", _too_large(len(data)))]
    stem = PurePath(name).stem
    try:
        text = _decode(data, _declared_charset(data) if kind == "html" else None)
        if not text.strip():
            raise _Bad("empty", "file is empty" if not text else "file has only whitespace")
        if kind == "txt":
            return [_article(text, stem, path, title=_title_from_text(text))]
        if kind == "html":
            return [_html_article(text, stem, path)]
        return _records(kind, text, stem, path, delimiter="\t" if name.lower().endswith(".tsv") else None)
    except _Bad as bad:
        return [Problem(path, bad.reason, bad.detail)]


def _article(text: str, source_id: str, path: str, **meta: str | None) -> Article:
    """The checks every article passes: not empty, not too long, Persian or Arabic."""
    if not text.strip():
        raise _Bad("empty", "no text")
    if len(text) > MAX_ARTICLE_CHARS:
        raise _Bad("too_large", f"text is {len(text):,} characters, over the {MAX_ARTICLE_CHARS:,} limit")
    lang = detect_lang(text)
    if not lang:
        raise _Bad("language", _why_not_fa_ar(text))
    return Article(article_id(text), source_id, path, text, lang, **meta)


_FIRST_LINE = re.compile(r"^[^\S\n]*(\S[^\n]*?)[^\S\n]*$", re.M)
_HEADING = re.compile(r"#+[^\S\n]+")  # "# title", as in the seeds (markdown)


def _title_from_text(text: str) -> str | None:
    """A '# ' heading on the first non-empty line, or that line if it is short and not a sentence."""
    first = _FIRST_LINE.search(text)
    if first is None:
        return None
    line = first.group(1)
    heading = _HEADING.match(line)
    if heading:
        return line[heading.end():] or None
    if len(line) >= 200 or line.endswith((".", "۔", ":", "…")) or sum(_letters(line)) < 3:
        return None
    return line


# ---------------------------------------------------------------------------------------------- decoding

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"), (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KB, if Python knows it."""
    found = _META_CHARSET.search(data[:4096])
    if not found:
        return None
    try:
        return codecs.lookup(found.group(1).decode("ascii")).name
    except LookupError:
        return None


def _decode(data: bytes, declared: str | None = None) -> str:
    """Bytes -> text in the fixed order of the module docstring; raises _Bad(encoding|binary)."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec)
            except UnicodeDecodeError as err:
                raise _Bad("encoding", f"starts with a {label} byte-order mark but is not valid {label} "
                                       f"({_where(err, len(bom))})") from None
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            raise _Bad("binary", f"file looks binary ({data.count(0):,} NUL bytes; not UTF-16 text)")
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        utf8_error = err
    for codec in dict.fromkeys(c for c in (declared, "cp1256") if c and c != "utf-8"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _reads_fa_ar(text):
            return text
    best = charset_normalizer.from_bytes(data).best()
    if best is not None and best.encoding not in ("utf_8", declared, "cp1256"):
        try:  # strictly: charset-normalizer's own text may have bytes silently replaced
            text = data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            text = ""
        if _reads_fa_ar(text):
            return text
    raise _Bad("encoding", f"not valid UTF-8, UTF-16 or Windows-1256 ({_where(utf8_error)})")


def _where(err: UnicodeDecodeError, offset: int = 0) -> str:
    return f"byte 0x{err.object[err.start]:02x} at offset {err.start + offset}"


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII characters leave a NUL in every other byte, all on one side."""
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if len(data) % 2 or max(even, odd) < 4 * max(min(even, odd), 1):
        return None
    try:
        text = data.decode("utf-16-le" if odd > even else "utf-16-be")
    except UnicodeDecodeError:
        return None
    return None if _count(_CONTROL, text) * 100 > len(text) else text


def _reads_fa_ar(text: str) -> bool:
    """A guessed decoding is kept only if it reads as Persian or Arabic: Arabic-script letters and real
    function words (mojibake has the letters but not the words)."""
    if not detect_lang(text):
        return False
    words = Counter(_WORD.findall(_fold_ky(text[:_SAMPLE_CHARS])))
    common = sum(words[w] for w in _FA_WORDS | _AR_WORDS | _BOTH_WORDS)
    common += sum(n for w, n in words.items() if len(w) > 3 and w.startswith("ال"))
    return common * 10 >= words.total()  # >= 10% of words; real prose has 25-50%


# ---------------------------------------------------------------------------------------------- language

_SAMPLE_CHARS = 50_000  # the language of an article is clear long before this
_MIN_LETTERS = 3
_ARABIC_RANGES = (
    "\u0620-\u064A\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF\u0750-\u077F\u08A0-\u08C9"
    "\uFB50-\uFDFB\uFE70-\uFEFC"
)
_ARABIC_LETTERS = re.compile(f"[{_ARABIC_RANGES}]+")
_OTHER_LETTERS = re.compile(f"[^\\W\\d_{_ARABIC_RANGES}]+")  # letters of any other script
_SCRIPTS = (
    ("Latin", re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]+")),
    ("Cyrillic", re.compile(r"[\u0400-\u04FF]+")),
    ("Greek", re.compile(r"[\u0370-\u03FF]+")),
    ("Hebrew", re.compile(r"[\u05D0-\u05EA]+")),
    ("Chinese, Japanese or Korean", re.compile(r"[\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]+")),
)
# Urdu, Kurdish (Sorani) and Pashto letters, unused in Persian and Arabic
_OTHER_ARABIC_SCRIPT = "ٹڈڑںےۓێۆڵڕټډړږښګڼې"
_FA_LETTERS = "پچژگۀ"
_FA_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
_AR_DIGITS = "٠١٢٣٤٥٦٧٨٩"
_WORD = re.compile(r"[\u0621-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FF]+")  # ZWNJ splits words ("می‌شود")
_FA_WORDS = frozenset("در به از که این را است برای با می های آن تا شد هم نیز یک خود شده کرد".split())
_AR_WORDS = frozenset(
    "فی على إلى الى عن أن إن التی الذی الذین هذا هذه ذلک کان قد لم مع کما وقد وفی حیث منذ خلال".split()
)
_BOTH_WORDS = frozenset("و من بین بعد پس ما او".split())


def _count(pattern: re.Pattern[str], text: str) -> int:
    """Characters of ``text`` matched by ``pattern`` (a character class with ``+``), counted run by run."""
    return sum(map(len, pattern.findall(text)))


def _count_chars(chars: str, text: str) -> int:
    return sum(text.count(c) for c in chars)


def _letters(sample: str) -> tuple[int, int]:
    """(Arabic-script letters, letters of other scripts)."""
    return _count(_ARABIC_LETTERS, sample), _count(_OTHER_LETTERS, sample)


def _fold_ky(text: str) -> str:
    return text.replace("ي", "ی").replace("ك", "ک")


def _evidence(sample: str) -> tuple[float, float]:
    """(Persian, Arabic) evidence counts over a sample."""
    words = Counter(_WORD.findall(_fold_ky(sample)))
    fa_words = sum(words[w] for w in _FA_WORDS)
    ar_words = sum(words[w] for w in _AR_WORDS)
    al_words = sum(n for w, n in words.items() if w.startswith("ال") and len(w) > 3)
    fa = _count_chars(_FA_LETTERS, sample) + fa_words + 0.5 * _count_chars(_FA_DIGITS, sample)
    ar = sample.count("ة") + al_words + ar_words + 0.5 * _count_chars(_AR_DIGITS, sample)
    return fa + 0.1 * _count_chars("کی", sample), ar + 0.1 * _count_chars("كي", sample)


def _why_not_fa_ar(text: str) -> str:
    """A person's reason why ``detect_lang`` gave ""."""
    sample = text[:_SAMPLE_CHARS]
    n_arabic, n_other = _letters(sample)
    if n_arabic + n_other == 0:
        return "not Persian or Arabic (no letters at all: only digits, punctuation or symbols)"
    if n_arabic < _MIN_LETTERS or n_arabic < n_other:
        name, n = max(((name, _count(p, sample)) for name, p in _SCRIPTS), key=lambda pair: pair[1])
        script = f"{name} script" if n * 2 >= n_other else "another script"
        return f"not Persian or Arabic (looks like {script})"
    if _count_chars(_OTHER_ARABIC_SCRIPT, sample) * 50 > n_arabic:
        return "Arabic script, but its letters look like Urdu, Kurdish or Pashto, not Persian or Arabic"
    return "Arabic script, but too little text to tell Persian from Arabic"


# ---------------------------------------------------------------------------------------------- html

_DROP_TAGS = ("script", "style", "noscript", "template", "nav", "footer", "aside", "iframe", "svg",
              "head", "button", "select", "object", "embed", "canvas")
_BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd article section main header blockquote pre table tr td th "
    "caption figure figcaption address hr body center".split()
)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_DATE_META = ("article:published_time", "og:article:published_time", "og:published_time", "datepublished",
              "pubdate", "publishdate", "publish-date", "publish_date", "article.published", "dc.date.issued",
              "dc.date", "dcterms.created", "date", "sailthru.date", "parsely-pub-date")
_JOINERS = ("\u200c", "\u200d")  # ZWNJ, ZWJ: Persian needs them; trafilatura drops every non-printable char
_STAND_INS = "ᚠᚢᚦᚨᚱᚲᚷᚹᚺᚾ"  # printable runic letters, never in a Persian or Arabic page


def _parse_html(text: str) -> lxml.html.HtmlElement:
    try:
        return lxml.html.document_fromstring(_XML_DECL.sub("", text, count=1))
    except lxml.etree.ParserError as err:
        raise _Bad("empty", f"the page has no content ({err})") from None
    except (ValueError, lxml.etree.LxmlError) as err:
        raise _Bad("unparseable", f"HTML could not be parsed: {err}") from None


def _html_article(text: str, stem: str, path: str) -> Article:
    root = _parse_html(text)
    meta = _html_meta(root)
    plain = _lxml_text(_parse_html(text)) or _tag_soup_text(text)  # also decides "no text"
    body = _trafilatura_text(root) if plain else ""
    body = body or plain
    if not body:
        raise _Bad("empty", "the page has no text (after removing scripts, styles and navigation)")
    title = meta["title"]
    if title and title not in body[: len(title) + 300]:
        body = f"{title}\n\n{body}"  # the title first, as in the dev set's text files
    return _article(body, stem, path, **meta)


def _clean(value: str | None) -> str | None:
    """Whitespace collapsed (ZWNJ is not whitespace and stays); '' -> None."""
    return " ".join(value.split()) or None if value else None


def _html_meta(root: lxml.html.HtmlElement) -> dict[str, str | None]:
    """Title, publication-date hint, URL and site name from the page's head and headings."""
    metas: dict[str, str] = {}
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key and el.get("content") and key not in metas:
            metas[key] = el.get("content")
    h1 = next(iter(root.iter("h1")), None)
    head_title = next(iter(root.iter("title")), None)
    title = _clean(metas.get("og:title") or metas.get("twitter:title")) \
        or _clean(h1.text_content() if h1 is not None else None) \
        or _clean(head_title.text_content() if head_title is not None else None)
    published = next((metas[k] for k in _DATE_META if metas.get(k)), None)
    if published is None:
        stamped = root.xpath("//*[@itemprop='datePublished']/@datetime | //time/@datetime")
        published = str(stamped[0]) if stamped else None
    canonical = root.xpath("//link[@rel='canonical']/@href")
    return {
        "title": title,
        "published_hint": _clean(published),
        "url": _clean(metas.get("og:url") or (str(canonical[0]) if canonical else None)),
        "source": _clean(metas.get("og:site_name")),
    }


def _trafilatura_text(root: lxml.html.HtmlElement) -> str:
    """Main text by trafilatura, with ZWNJ/ZWJ protected by stand-ins (it would delete them)."""
    stand_ins = _stand_ins(root)
    if stand_ins is None:
        return ""
    for el in root.iter():
        for attr in ("text", "tail"):
            value = getattr(el, attr)
            if value and ("\u200c" in value or "\u200d" in value):
                setattr(el, attr, _swap(value, _JOINERS, stand_ins))
    try:
        out = trafilatura.extract(root, include_comments=False, include_tables=True)
    except Exception as err:  # noqa: BLE001 - third-party parser on arbitrary pages; fall back to lxml
        log.warning("trafilatura failed (%s: %s); using the plain lxml text", type(err).__name__, err)
        return ""
    if not out:
        return ""
    text = _swap(out, stand_ins, _JOINERS)
    return re.sub(r"\n+", "\n\n", text).strip()


def _stand_ins(root: lxml.html.HtmlElement) -> tuple[str, str] | None:
    present = set("".join(root.itertext()))
    free = [c for c in _STAND_INS if c not in present]
    return (free[0], free[1]) if len(free) >= 2 else None


def _swap(text: str, old: tuple[str, ...], new: tuple[str, ...]) -> str:
    for a, b in zip(old, new, strict=True):
        text = text.replace(a, b)
    return text


def _lxml_text(root: lxml.html.HtmlElement) -> str:
    """Plain text of <article>, <main> or <body>: scripts, styles, navigation and footers dropped,
    paragraphs separated by blank lines."""
    for el in root.xpath("//" + " | //".join(_DROP_TAGS) + " | //comment() | //processing-instruction()"):
        el.drop_tree()
    candidates = root.xpath("//article") or root.xpath("//main") or root.xpath("//body") or [root]
    main = max(candidates, key=lambda el: len(el.text_content()))
    parts: list[str] = []
    for event, el in lxml.etree.iterwalk(main, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            parts.append("\n" if tag == "br" else "\n\n" if tag in _BLOCK_TAGS else "")
            parts.append(el.text or "")
        else:
            parts.append("\n\n" if tag in _BLOCK_TAGS else "")
            if el is not main:
                parts.append(el.tail or "")
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


_SOUP_DROP = re.compile(
    r"<(script|style|noscript|template|nav|footer|aside)\b.*?(?:</\1\s*>|\Z)|<!--.*?(?:-->|\Z)",
    re.IGNORECASE | re.DOTALL,
)
_SOUP_TAG = re.compile(r"<[^>]*>")


def _tag_soup_text(text: str) -> str:
    """Last resort when lxml gives up (e.g. nesting too deep): scripts, styles and tags cut out by pattern."""
    soup = _SOUP_TAG.sub("\n", _SOUP_DROP.sub("\n", text))
    lines = (" ".join(line.split()) for line in html.unescape(soup).split("\n"))
    return "\n\n".join(line for line in lines if line)


# ---------------------------------------------------------------------------------------------- records

_TEXT_KEYS = ("text", "body", "content")
_JSON_TYPES = {dict: "an object", list: "a list", str: "a string", int: "a number", float: "a number",
               bool: "true/false", type(None): "null"}


def _what(value: object) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)


def _records(kind: str, text: str, stem: str, path: str, delimiter: str | None) -> list[Article | Problem]:
    """JSON / JSONL / CSV text -> one Article or Problem per record."""
    if kind == "json":
        rows = _json_rows(text)
    elif kind == "jsonl":
        rows = _jsonl_rows(text)
    else:
        rows = _csv_rows(text, delimiter)
    if not rows:
        raise _Bad("empty", "no records after the header")
    out: list[Article | Problem] = []
    for row, record in rows:
        fallback = f"{stem}:{row}"
        if isinstance(record, _Bad):
            out.append(Problem(path, record.reason, record.detail, fallback if row else None))
            continue
        source_id = _scalar(record.get("id")) or fallback
        try:
            out.append(_record_article(record, source_id, path))
        except _Bad as bad:
            out.append(Problem(path, bad.reason, bad.detail, source_id))
    return out


def _record_article(record: dict[str, Any], source_id: str, path: str) -> Article:
    texts = [record[k] for k in _TEXT_KEYS if isinstance(record.get(k), str)]
    text = next((t for t in texts if t.strip()), None)
    if text is None:
        found = [k for k in _TEXT_KEYS if k in record]
        raise _Bad("empty", f"the record's {found[0]} is empty" if found else
                   f"the record has no text, body or content field (fields: {', '.join(map(str, record))})")
    return _article(
        text, source_id, path,
        title=_scalar(record.get("title")) or _title_from_text(text),
        url=_scalar(record.get("url")),
        source=_scalar(record.get("source")),
        published_hint=_scalar(record.get("date")) or _scalar(record.get("published")),
    )


def _scalar(value: object) -> str | None:
    """A field as a string: numbers become text; lists, objects, null and blanks become None."""
    if isinstance(value, bool) or value is None or isinstance(value, dict | list):
        return None
    text = str(value).strip()
    return text or None


def _lower_keys(record: dict[Any, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in record.items():
        out.setdefault(str(key).strip().lower(), value)
    return out


def _json_error(err: json.JSONDecodeError) -> str:
    return f"JSON error at line {err.lineno} column {err.colno}: {err.msg}"


def _json_rows(text: str) -> list[tuple[int, dict[str, Any] | _Bad]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise _Bad("unparseable", _json_error(err)) from None
    except RecursionError:
        raise _Bad("unparseable", "JSON is nested too deeply") from None
    if isinstance(data, dict):
        keys = _lower_keys(data)
        lists = [v for v in data.values() if isinstance(v, list) and v and isinstance(v[0], dict)]
        data = lists[0] if not any(k in keys for k in _TEXT_KEYS) and len(lists) == 1 else [data]
    if not isinstance(data, list):
        raise _Bad("unparseable", f"expected a JSON object or a list of objects, found {_what(data)}")
    if not data:
        raise _Bad("empty", "the JSON list has no records")
    return [(i, _lower_keys(rec) if isinstance(rec, dict) else
             _Bad("unparseable", f"record {i} is {_what(rec)}, not an object"))
            for i, rec in enumerate(data, 1)]


def _jsonl_rows(text: str) -> list[tuple[int, dict[str, Any] | _Bad]]:
    """One JSON object per line; the row is the record's 1-based index (blank lines do not count)."""
    rows: list[tuple[int, dict[str, Any] | _Bad]] = []
    for line_no, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        row = len(rows) + 1
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as err:
            detail = f"line {line_no}: JSON error at column {err.colno}: {err.msg}"
            rows.append((row, _Bad("unparseable", detail)))
            continue
        except RecursionError:
            rows.append((row, _Bad("unparseable", f"line {line_no}: JSON is nested too deeply")))
            continue
        rows.append((row, _lower_keys(rec) if isinstance(rec, dict) else _Bad(
            "unparseable", f"line {line_no} is {_what(rec)}, not an object")))
    return rows


def _csv_rows(text: str, delimiter: str | None) -> list[tuple[int, dict[str, Any] | _Bad]]:
    """A header row, then one record per row; the delimiter: the most frequent of , ; tab | in the header."""
    header_line = text.lstrip("\r\n").split("\n", 1)[0]
    delimiter = delimiter or max(",;\t|", key=header_line.count)
    csv.field_size_limit(max(csv.field_size_limit(), MAX_ARTICLE_CHARS + 1))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, dict[str, Any] | _Bad]] = []
    try:
        header = next((h for h in reader if any(c.strip() for c in h)), [])
        keys = [h.strip().lower() for h in header]
        if not any(k in keys for k in _TEXT_KEYS):
            raise _Bad("unparseable", "no text, body or content column in the header "
                                      f"(columns: {', '.join(h.strip() for h in header)})")
        for cells in reader:
            if any(c.strip() for c in cells):
                record: dict[str, Any] = {}
                for key, cell in zip(keys, cells, strict=False):
                    record.setdefault(key, cell)
                rows.append((len(rows) + 1, record))
    except csv.Error as err:
        rows.append((0, _Bad("unparseable", f"CSV error at line {reader.line_num}: {err}")))
    return rows
