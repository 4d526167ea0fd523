"""Ingest: every format and encoding, every kind of bad input, language detection, stable ids."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from core import ingest
from core.config import MAX_FILE_BYTES, SEEDS_DIR
from core.ingest import article_id, detect_lang, read_bytes, read_paths
from core.records import Article, Problem

DEVSET = Path("/work/shared/devset/articles")
SEED_FA = SEEDS_DIR / "000_194c18994d752a41.txt"
SEED_AR = SEEDS_DIR / "003_9e38885ca1d5d1df.txt"

# Real sentences (the first two from the seeds), with ZWNJ (U+200C) and Arabic diacritics kept.
FA = (
    "وزیر کشور گفت: همه کشورهای عضو سازمان همکاری شانگهای به ویژه چین و روسیه، "
    "حمایت قاطع خود را اعلام کردند."
)
AR = (
    "أدان وزراء دفاع الدول الأعضاء في منظمة شنغهاي للتعاون، "
    "في اجتماعهم الـ21 في العاصمة الكازاخستانية أستانا."
)
FA_ZWNJ = (
    "وزیر امور خارجه ایران با همتای روسی خود درباره همکاری\u200cهای دوجانبه "
    "و تحولات منطقه\u200cای گفت\u200cوگو کرد."
)
AR_DIACRITICS = "مَن قابل الأسد مِن القادة العرب في جدّة؟ شهدت قمّة جدّة خمسة لقاءات ثنائية على هامشها."


def _one(items: list[Article | Problem]) -> Article | Problem:
    assert len(items) == 1, items
    return items[0]


def _article(items: list[Article | Problem]) -> Article:
    item = _one(items)
    assert isinstance(item, Article), item
    return item


def _problem(items: list[Article | Problem]) -> Problem:
    item = _one(items)
    assert isinstance(item, Problem), item
    return item


def _cp1256_able(text: str) -> str:
    """What a Windows-1256 archive holds: Arabic yeh for Persian yeh, no hamza-above, ASCII digits."""
    digits = {0x06F0 + i: str(i) for i in range(10)} | {0x0660 + i: str(i) for i in range(10)}
    return text.replace("ی", "ي").replace("ۀ", "ه").replace("\u0654", "").translate(digits)


def _devset_files() -> list[Path]:
    return sorted(DEVSET.glob("*.txt")) if DEVSET.is_dir() else []


# --------------------------------------------------------------------------------------------- .txt

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1256"]
TEXTS = [
    pytest.param(SEED_FA, "fa", id="seed000-fa"),
    pytest.param(SEED_AR, "ar", id="seed003-ar"),
    *[
        pytest.param(
            DEVSET / name,
            lang,
            id=name,
            marks=pytest.mark.skipif(not (DEVSET / name).exists(), reason="dev set not present"),
        )
        for name, lang in [("f001.txt", "fa"), ("f110.txt", "fa"), ("a008.txt", "ar"), ("a113.txt", "ar")]
    ],
]


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize(("source", "lang"), TEXTS)
def test_txt_each_encoding_decodes_exactly(source: Path, lang: str, encoding: str) -> None:
    text = source.read_text(encoding="utf-8")
    if encoding == "cp1256":
        text = _cp1256_able(text)
    article = _article(read_bytes("report.txt", text.encode(encoding)))
    assert article.text == text  # BOM gone, nothing else touched (\n, diacritics, spacing)
    assert (article.lang, article.source_id, article.path) == (lang, "report", "report.txt")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "\n\n# حمایت قاطع سازمان همکاری شانگهای از ایران\n\n" + FA,
            "حمایت قاطع سازمان همکاری شانگهای از ایران",
        ),
        (
            "نشست سه جانبه روحانی، اردوغان و پوتین آغاز شد\n\n" + FA,
            "نشست سه جانبه روحانی، اردوغان و پوتین آغاز شد",
        ),
        (
            "  وزراء الدفاع بمنظمة شنغهاي يدينون العدوان على القنصلية  \r\n\r\n" + AR,
            "وزراء الدفاع بمنظمة شنغهاي يدينون العدوان على القنصلية",
        ),
        (FA + "\n\n" + FA, None),  # the first line is a sentence
        ("۱۴۰۵/۰۳/۱۵\n\n" + FA, None),  # a date is not a title
        ("#تهران_مسکو " + FA, None),  # a hashtag is not a heading
        ("دیدار " * 60 + "\n\n" + FA, None),  # too long for a title
    ],
)
def test_txt_title(text: str, title: str | None) -> None:
    article = _article(read_bytes("t.txt", text.encode()))
    assert article.title == title
    assert article.text == text  # the title line stays part of the text


def test_seed_title_and_text_unchanged() -> None:
    article = _article(list(read_paths([SEED_FA])))
    assert article.title == "حمایت قاطع سازمان همکاری شانگهای از ایران در برابر تجاوز آمریکایی-صهیونیستی"
    assert article.text == SEED_FA.read_text(encoding="utf-8")
    assert article.source_id == SEED_FA.stem


@pytest.mark.parametrize(
    "text", [FA_ZWNJ, AR_DIACRITICS, FA_ZWNJ.replace(" ", "\u00a0") + "\r\n" + FA + "\r\n"]
)
def test_txt_text_kept_exactly(text: str) -> None:
    article = _article(read_bytes("x.txt", text.encode()))
    assert article.text == text


# --------------------------------------------------------------------------------------------- .html

PAGE = f"""<!DOCTYPE html><html lang="fa"><head><meta charset="utf-8">
<title>دیدار وزیران | خبرگزاری</title>
<meta property="og:title" content="گفت&zwnj;وگوی وزیران خارجه ایران و روسیه">
<meta property="article:published_time" content="2024-11-21T09:30:00+03:30">
<meta property="og:site_name" content="خبرگزاری نمونه">
<link rel="canonical" href="https://example.ir/news/1">
<script>var secret = "متن اسکریپت نباید بیاید"; document.write("<p>no</p>");</script>
<style>p {{ color: red }}</style></head>
<body><nav><a href="/">صفحه اصلی</a> | <a href="/world">بین&zwnj;الملل</a></nav>
<article><h1>گفت&zwnj;وگوی وزیران خارجه ایران و روسیه</h1>
<p>{FA_ZWNJ}</p>
<p>{FA}</p>
<p>سید عباس عراقچی وزیر امور خارجه ایران روز پنجشنبه با سرگئی لاوروف تلفنی گفت&#8204;وگو کرد.</p>
<script>trackPageView("اسکریپت دوم");</script></article>
<footer>کلیه حقوق این سایت محفوظ است</footer></body></html>"""

ARABIC_PAGE = f"""<html><head><title>لافروف يلتقي نظيره الصيني</title></head><body>
<div class="story"><time datetime="2025-07-17">الخميس 17 يوليو 2025</time>
<h1>لافروف يلتقي نظيره الصيني في بكين</h1><p>{AR_DIACRITICS}</p><p>{AR}</p></div>
<script type="text/javascript">var x = 'لا يجب أن يظهر';</script></body></html>"""

DEEP_PAGE = "<div>" * 30_000 + f"<p>{FA_ZWNJ}</p><script>var x = 'اسکریپت'"  # deeper than lxml's limit
BROKEN_PAGE = f"<div><p>{FA}<b>{FA_ZWNJ}<div>همکاری&zwnj;های دوجانبه <script>var x='اسکریپت"

HTML_CASES = [
    pytest.param(
        PAGE,
        "fa",
        "گفت\u200cوگوی وزیران خارجه ایران و روسیه",
        "2024-11-21T09:30:00+03:30",
        [FA_ZWNJ, FA, "گفت\u200cوگو کرد"],
        ["اسکریپت", "secret", "color", "کلیه حقوق", "صفحه اصلی"],
        id="article-with-scripts-nav-footer",
    ),
    pytest.param(
        ARABIC_PAGE,
        "ar",
        "لافروف يلتقي نظيره الصيني في بكين",
        "2025-07-17",
        [AR_DIACRITICS, AR],
        ["لا يجب أن يظهر"],
        id="arabic-time-datetime",
    ),
    pytest.param(
        BROKEN_PAGE,
        "fa",
        None,
        None,
        [FA, FA_ZWNJ, "همکاری\u200cهای دوجانبه"],
        ["اسکریپت", "var x"],
        id="broken-unclosed-tags-and-script",
    ),
    pytest.param(DEEP_PAGE, "fa", None, None, [FA_ZWNJ], ["اسکریپت", "var x"], id="nested-too-deep"),
]


@pytest.mark.parametrize("trafilatura_works", [True, False], ids=["trafilatura", "lxml-fallback"])
@pytest.mark.parametrize(("html", "lang", "title", "published", "present", "absent"), HTML_CASES)
def test_html(
    monkeypatch: pytest.MonkeyPatch,
    trafilatura_works: bool,
    html: str,
    lang: str,
    title: str | None,
    published: str | None,
    present: list[str],
    absent: list[str],
) -> None:
    if not trafilatura_works:
        monkeypatch.setattr(ingest.trafilatura, "extract", lambda *args, **kwargs: None)
    article = _article(read_bytes("page.html", html.encode("utf-8")))
    assert (article.lang, article.title, article.published_hint) == (lang, title, published)
    for text in present:
        assert text in article.text
    for text in absent:
        assert text not in article.text
    assert not re.search("[\u16a0-\u16ff]", article.text)  # no ZWNJ stand-in left behind
    if title:
        assert title in article.text[: len(title) + 300]  # the title near the top, as in the dev set


def test_html_meta_and_paragraphs() -> None:
    article = _article(read_bytes("page.htm", PAGE.encode("utf-8"), path="uploads/page.htm"))
    assert (article.url, article.source, article.path) == (
        "https://example.ir/news/1",
        "خبرگزاری نمونه",
        "uploads/page.htm",
    )
    assert f"{FA_ZWNJ}\n\n{FA}" in article.text  # paragraphs separated by blank lines


def test_html_cp1256_page_declaring_its_charset() -> None:
    html = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head>'
        f"<body><p>{AR}</p><p>{AR_DIACRITICS}</p></body></html>"
    )
    article = _article(read_bytes("old.html", html.encode("cp1256")))
    assert AR in article.text and article.lang == "ar"


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><script>var a = 1;</script></head><body> </body></html>",
        "<html><body><nav>خانه</nav><!-- فقط توضیح --></body></html>",
        "<p>   </p>",
    ],
)
def test_html_without_text_is_empty(html: str) -> None:
    problem = _problem(read_bytes("blank.html", html.encode()))
    assert problem.reason == "empty"


# --------------------------------------------------------------------------------------------- records


def _dumps(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


RECORD_CASES = [
    pytest.param(
        "one.json",
        _dumps(
            {
                "id": "n-1",
                "title": "عنوان",
                "body": FA,
                "date": "1403/09/01",
                "url": "https://x.ir/1",
                "source": "ایرنا",
            }
        ),
        [("n-1", "fa", FA, "عنوان", "1403/09/01", "https://x.ir/1", "ایرنا")],
        id="json-object",
    ),
    pytest.param(
        "list.json",
        _dumps([{"text": FA}, {"content": AR, "published": "2024-04-27"}]),
        [("list:1", "fa", FA, None, None, None, None), ("list:2", "ar", AR, None, "2024-04-27", None, None)],
        id="json-list",
    ),
    pytest.param(
        "wrapped.json",
        _dumps({"articles": [{"Text": FA_ZWNJ, "ID": 12}]}),
        [("12", "fa", FA_ZWNJ, None, None, None, None)],
        id="json-wrapper-object-and-key-case",
    ),
    pytest.param(
        "feed.jsonl",
        b"\n".join([_dumps({"text": FA}), b"", _dumps({"body": AR, "id": "a9"})]) + b"\n",
        [("feed:1", "fa", FA, None, None, None, None), ("a9", "ar", AR, None, None, None, None)],
        id="jsonl-blank-line",
    ),
    pytest.param(
        "sheet.csv",
        f'id,title,text,date\nr1,"عنوان، با ویرگول","{FA}\n{FA_ZWNJ}",2024-11-21\n,,"{AR}",\n'.encode(),
        [
            ("r1", "fa", f"{FA}\n{FA_ZWNJ}", "عنوان، با ویرگول", "2024-11-21", None, None),
            ("sheet:2", "ar", AR, None, None, None, None),
        ],
        id="csv-text",
    ),
    pytest.param(
        "sheet.csv",
        f"Title;Body;URL\r\nعنوان;{FA};https://x.ir\r\n".encode("utf-8-sig"),
        [("sheet:1", "fa", FA, "عنوان", None, "https://x.ir", None)],
        id="csv-body-semicolon-bom",
    ),
    pytest.param(
        "sheet.tsv",
        f"content\tpublished\n{AR}\t2024-04-27\n".encode("utf-16"),
        [("sheet:1", "ar", AR, None, "2024-04-27", None, None)],
        id="tsv-content-utf16",
    ),
]


@pytest.mark.parametrize(("name", "data", "expected"), RECORD_CASES)
def test_records(name: str, data: bytes, expected: list[tuple]) -> None:
    items = read_bytes(name, data)
    assert all(isinstance(item, Article) for item in items), items
    got = [(a.source_id, a.lang, a.text, a.title, a.published_hint, a.url, a.source) for a in items]
    assert got == expected


def test_jsonl_bad_line_is_one_problem_and_others_are_read() -> None:
    data = b"\n".join([_dumps({"text": FA}), b'{"text": "\xd8\xa7", oops}', _dumps({"text": AR}), b"[1, 2]"])
    items = read_bytes("feed.jsonl", data)
    assert [type(i).__name__ for i in items] == ["Article", "Problem", "Article", "Problem"]
    assert (items[1].reason, items[1].source_id) == ("unparseable", "feed:2")
    assert (
        items[1].detail
        == "line 2: JSON error at column 15: Expecting property name enclosed in double quotes"
    )
    assert items[3].detail == "line 4 is a list, not an object"
    assert items[2].source_id == "feed:3"


@pytest.mark.parametrize(
    ("name", "data", "reason", "detail"),
    [
        (
            "a.json",
            b'[\n  {"text": "x"},\n  {"text" "y"}\n]',
            "unparseable",
            "JSON error at line 3 column 11: Expecting ':'",
        ),
        ("a.json", b"42", "unparseable", "expected a JSON object or a list of objects, found a number"),
        ("a.json", b"[]", "empty", "the JSON list has no records"),
        ("a.csv", b"id,title,text\n\n", "empty", "no records after the header"),
        ("a.csv", "نام,شهر\nایران,تهران\n".encode(), "unparseable", "no text, body or content column"),
    ],
)
def test_record_files_that_fail_whole(name: str, data: bytes, reason: str, detail: str) -> None:
    problem = _problem(read_bytes(name, data))
    assert (problem.reason, problem.path) == (reason, name)
    assert detail in problem.detail


def test_record_problems_name_the_record() -> None:
    items = read_bytes(
        "mixed.json",
        _dumps(
            [
                {"title": "فقط عنوان"},
                {"text": "  "},
                "متن",
                {"text": "Only English."},
                {"id": "ok", "text": FA},
            ]
        ),
    )
    reasons = [(i.reason, i.source_id) if isinstance(i, Problem) else ("article", i.source_id) for i in items]
    assert reasons == [
        ("empty", "mixed:1"),
        ("empty", "mixed:2"),
        ("unparseable", "mixed:3"),
        ("language", "mixed:4"),
        ("article", "ok"),
    ]


# --------------------------------------------------------------------------------------------- bad input

BAD_CASES = [
    pytest.param("a.txt", b"", "empty", "file is empty", id="empty"),
    pytest.param("a.txt", b" \r\n\t\n ", "empty", "file has only whitespace", id="whitespace"),
    pytest.param("a.txt", "\ufeff\n".encode(), "empty", "file has only whitespace", id="bom-only"),
    pytest.param("a.json", b"", "empty", "file is empty", id="empty-json"),
    pytest.param(
        "a.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary", "NUL bytes", id="binary"
    ),
    pytest.param(
        "a.txt",
        FA.encode().replace(b" ", b" \x9d", 1),
        "encoding",  # after "وزیر " (8 + 1 bytes)
        "not valid UTF-8, UTF-16 or Windows-1256 (byte 0x9d at offset 9)",
        id="stray-byte-in-utf8",
    ),
    pytest.param(
        "a.txt",
        "Le ministre a rencontré son homologue à Moscou".encode("latin-1"),
        "encoding",
        "not valid UTF-8, UTF-16 or Windows-1256 (byte 0xe9 at offset 22)",
        id="latin1",
    ),
    pytest.param(
        "a.txt",
        b"\xef\xbb\xbf" + FA.encode()[:9] + b"\xff",
        "encoding",
        "starts with a UTF-8 byte-order mark but is not valid UTF-8 (byte 0xff at offset 12)",
        id="bad-after-bom",
    ),
    pytest.param(
        "a.txt",
        b"The foreign ministers of Iran and Russia met in Moscow.",
        "language",
        "not Persian or Arabic (looks like Latin script)",
        id="latin-only",
    ),
    pytest.param(
        "a.txt",
        "Министры иностранных дел встретились в Москве.".encode(),
        "language",
        "looks like Cyrillic script",
        id="cyrillic",
    ),
    pytest.param("a.txt", b"1403/09/01 - 12:30 !!!", "language", "no letters at all", id="no-letters"),
    pytest.param(
        "a.txt",
        "وزیر خارجہ نے کہا کہ پاکستان اور ایران کے تعلقات اچھے ہیں۔".encode(),
        "language",
        "Urdu",
        id="urdu",
    ),
    pytest.param("a.pdf", b"%PDF-1.7", "unsupported", "'.pdf' files are not supported", id="pdf"),
    pytest.param("a.docx", b"PK\x03\x04", "unsupported", "'.docx' files are not supported", id="docx"),
    pytest.param("README", b"text", "unsupported", "no file extension", id="no-extension"),
]


@pytest.mark.parametrize(("name", "data", "reason", "detail"), BAD_CASES)
def test_bad_input_is_a_named_problem(name: str, data: bytes, reason: str, detail: str) -> None:
    problem = _problem(read_bytes(name, data, path=f"in/{name}"))
    assert (problem.reason, problem.path) == (reason, f"in/{name}")
    assert detail in problem.detail
    assert problem.message().startswith(f"in/{name}: {reason}: ")


def test_too_large_file_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:  # sparse: just over the real limit, costs no disk
        handle.truncate(MAX_FILE_BYTES + 1)

    def no_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("a too large file must not be opened")

    monkeypatch.setattr(ingest, "open", no_open, raising=False)
    problem = _problem(list(read_paths([big])))
    assert problem.reason == "too_large"
    size_mb, limit_mb = (MAX_FILE_BYTES + 1) / 2**20, MAX_FILE_BYTES / 2**20
    assert problem.detail == f"file is {size_mb:.1f} MB, over the {limit_mb:g} MB limit"


def test_too_large_bytes_and_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 2**20)
    data = FA.encode() * (2**20 // len(FA.encode()) + 1)
    assert _problem(read_bytes("big.txt", data)).detail == "file is 1.0 MB, over the 1 MB limit"
    monkeypatch.setattr(ingest, "MAX_ARTICLE_CHARS", 100)
    problem = _problem(read_bytes("long.json", _dumps({"id": "k", "text": FA * 2})))
    assert (problem.reason, problem.source_id) == ("too_large", "k")
    assert problem.detail == f"text is {len(FA) * 2:,} characters, over the 100 limit"


def test_unreadable(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    items = list(read_paths([tmp_path / "gone.txt", tmp_path / "missing.json", tmp_path / "no_folder"]))
    assert [(p.reason, Path(p.path).name) for p in items] == [
        ("unreadable", "gone.txt"),
        ("unreadable", "missing.json"),
        ("unreadable", "no_folder"),
    ]
    assert "No such file" in items[0].detail


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_permission_denied(tmp_path: Path) -> None:
    locked, folder = tmp_path / "locked.txt", tmp_path / "locked_folder"
    locked.write_text(FA, encoding="utf-8")
    folder.mkdir()
    (folder / "inside.txt").write_text(FA, encoding="utf-8")
    (tmp_path / "open.txt").write_text(AR, encoding="utf-8")
    locked.chmod(0)
    folder.chmod(0)
    try:
        items = list(read_paths(tmp_path))
    finally:
        locked.chmod(0o600)
        folder.chmod(0o700)
    got = sorted((Path(i.path).name, i.reason if isinstance(i, Problem) else i.lang) for i in items)
    assert got == [("locked.txt", "unreadable"), ("locked_folder", "unreadable"), ("open.txt", "ar")]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a FIFO")
def test_fifo_is_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    problem = _problem(list(read_paths([tmp_path / "pipe.txt"])))
    assert (problem.reason, problem.detail) == ("unreadable", "not a regular file")


def test_folder_with_good_and_bad_files(tmp_path: Path) -> None:
    fa, ar = SEED_FA.read_text(encoding="utf-8"), SEED_AR.read_text(encoding="utf-8")
    files = {
        "01_fa.txt": fa.encode("utf-8"),
        "02_ar_cp1256.txt": _cp1256_able(ar).encode("cp1256"),
        "03_empty.txt": b"",
        "04_scan.pdf": b"%PDF-1.4",
        "05_broken.json": b'{"text": ',
        "06_english.txt": b"Ministers met in Astana on Friday.",
        "07_binary.txt": b"\x00\x01\x02\x03" * 10,
        "sub/08_page.html": PAGE.encode(),
        "sub/09_feed.jsonl": _dumps({"text": AR}) + b"\nnot json\n",
        ".hidden.txt": fa.encode(),
        ".git/config.txt": fa.encode(),
    }
    for name, data in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    items = list(read_paths(tmp_path))  # a single folder, not in a list
    got = [(Path(i.path).name, i.lang if isinstance(i, Article) else i.reason) for i in items]
    assert got == [
        ("01_fa.txt", "fa"),
        ("02_ar_cp1256.txt", "ar"),
        ("03_empty.txt", "empty"),
        ("04_scan.pdf", "unsupported"),
        ("05_broken.json", "unparseable"),
        ("06_english.txt", "language"),
        ("07_binary.txt", "binary"),
        ("08_page.html", "fa"),
        ("09_feed.jsonl", "ar"),
        ("09_feed.jsonl", "unparseable"),
    ]
    assert items[0].text == fa and items[1].text == _cp1256_able(ar)
    assert all(Path(i.path).is_relative_to(tmp_path) for i in items)


def test_never_raises_on_garbage() -> None:
    junk = bytes(range(256)) * 3
    for name in ["x.txt", "x.html", "x.json", "x.jsonl", "x.csv", "x.tsv"]:
        for data in [junk, junk.replace(b"\x00", b""), b"\xd8" * 50, b'"' * 7, b"{" * 5000, b"<" * 300]:
            items = read_bytes(name, data)
            assert items and all(isinstance(i, Article | Problem) for i in items)


# --------------------------------------------------------------------------------------------- language

LANG_FILES = [
    pytest.param(p, "ar" if p.name.startswith(("a", "003_")) else "fa", id=p.name)
    for p in [*_devset_files(), *sorted(SEEDS_DIR.glob("*.txt"))]
]


@pytest.mark.parametrize(("path", "lang"), LANG_FILES)
def test_detect_lang_devset_and_seeds(path: Path, lang: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert detect_lang(text) == lang
    assert detect_lang(_cp1256_able(text)) == lang  # Persian typed with Arabic yeh/kaf is still Persian


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (FA, "fa"),
        (AR, "ar"),
        (FA_ZWNJ, "fa"),
        (AR_DIACRITICS, "ar"),
        ("پزشکیان وارد پکن شد", "fa"),
        ("رئيس الجمهورية يستقبل وزير الخارجية", "ar"),
        ("وزير امور خارجه ايران با همتاي روسي خود ديدار كرد", "fa"),  # Arabic yeh/kaf, Persian words
        ("Iran and Russia (ایران و روسیه) met in Moscow on Friday to discuss trade and security.", ""),
        ("The meeting was held in Tehran.", ""),
        ("", ""),
        ("۱۴۰۳/۰۹/۰۱", ""),
    ],
)
def test_detect_lang_sentences(text: str, lang: str) -> None:
    assert detect_lang(text) == lang


# --------------------------------------------------------------------------------------------- ids


def test_article_id_same_text_same_id_across_formats(tmp_path: Path) -> None:
    text = SEED_AR.read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "c.json").write_bytes(_dumps({"text": text}))
    (tmp_path / "d.jsonl").write_bytes(_dumps({"text": text.strip()}) + b"\n")
    ids = {a.article_id for a in read_paths(tmp_path)}
    assert ids == {article_id(text)}
    assert re.fullmatch("[0-9a-f]{16}", article_id(text))
    assert article_id(text) == article_id(text.replace("\n", "\r\n"))
    assert article_id(FA) != article_id(FA.replace("روسیه", "چین"))
