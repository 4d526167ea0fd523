"""The embedded store: one DuckDB file with the tables every page reads.

Tables: ``articles`` (with the original text), ``mentions`` (gazetteer hits and date expressions),
``events``, ``event_countries``, ``problems``. The write path is one place: results -> row dicts
(``table_rows``, pure) -> Arrow tables -> ``INSERT``; a partitioned Parquet store filled in parallel can take
the same Arrow tables later.

Idempotent: an article is keyed by its content hash; the same text ingested again with the same engine is
left alone, with a newer engine its rows are replaced in one transaction. A file that fails becomes a row in
``problems`` and never removes what was stored.

>>> con = connect(":memory:")
>>> from core.pipeline import process_text
>>> write(con, [process_text("وزیر خارجه ایران با سرگئی لاوروف در مسکو دیدار کرد.")]).articles_new
1
>>> events_frame(con)[["kind", "countries", "location"]].values.tolist()
[['bilateral', ['IRN', 'RUS'], 'RUS']]
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa

from core.config import DEFAULT_STORE, ENGINE_VERSION
from core.pipeline import process_all
from core.records import ArticleResult, Event, Problem

__all__ = ["IngestSummary", "StoreBusy", "article_row", "articles_frame", "connect", "events_frame", "ingest",
           "ingest_bytes", "mentions_frame", "problems_frame", "seed_if_empty", "stats", "table_rows", "write"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR PRIMARY KEY, source_id VARCHAR, path VARCHAR, lang VARCHAR, title VARCHAR, url VARCHAR,
    source VARCHAR, published DATE, n_chars INTEGER, n_events INTEGER, text VARCHAR, engine VARCHAR,
    ingested_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR, start INTEGER, "end" INTEGER, surface VARCHAR, kind VARCHAR, entity VARCHAR,
    country VARCHAR, label_en VARCHAR, form VARCHAR, calendar VARCHAR, iso VARCHAR, precision VARCHAR,
    how VARCHAR);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY, article_id VARCHAR, seq INTEGER, kind VARCHAR, countries VARCHAR[],
    date DATE, date_precision VARCHAR, date_how VARCHAR, location VARCHAR, city VARCHAR, forum VARCHAR,
    summit_id VARCHAR, participants VARCHAR, evidence VARCHAR, confidence DOUBLE, trigger VARCHAR);
CREATE TABLE IF NOT EXISTS event_countries (event_id VARCHAR, article_id VARCHAR, country VARCHAR);
CREATE TABLE IF NOT EXISTS problems (
    path VARCHAR, source_id VARCHAR, reason VARCHAR, detail VARCHAR, seen_at TIMESTAMP,
    PRIMARY KEY (path, source_id, reason, detail));
"""

# Arrow schemas of the write path, column order as in SCHEMA.
_ARROW = {
    "articles": pa.schema([("article_id", pa.string()), ("source_id", pa.string()), ("path", pa.string()),
                           ("lang", pa.string()), ("title", pa.string()), ("url", pa.string()),
                           ("source", pa.string()), ("published", pa.date32()), ("n_chars", pa.int32()),
                           ("n_events", pa.int32()), ("text", pa.string()), ("engine", pa.string()),
                           ("ingested_at", pa.timestamp("us"))]),
    "mentions": pa.schema([("article_id", pa.string()), ("start", pa.int32()), ("end", pa.int32()),
                           ("surface", pa.string()), ("kind", pa.string()), ("entity", pa.string()),
                           ("country", pa.string()), ("label_en", pa.string()), ("form", pa.string()),
                           ("calendar", pa.string()), ("iso", pa.string()), ("precision", pa.string()),
                           ("how", pa.string())]),
    "events": pa.schema([("event_id", pa.string()), ("article_id", pa.string()), ("seq", pa.int32()),
                         ("kind", pa.string()), ("countries", pa.list_(pa.string())), ("date", pa.date32()),
                         ("date_precision", pa.string()), ("date_how", pa.string()), ("location", pa.string()),
                         ("city", pa.string()), ("forum", pa.string()), ("summit_id", pa.string()),
                         ("participants", pa.string()), ("evidence", pa.string()), ("confidence", pa.float64()),
                         ("trigger", pa.string())]),
    "event_countries": pa.schema([("event_id", pa.string()), ("article_id", pa.string()),
                                  ("country", pa.string())]),
}


class StoreBusy(RuntimeError):
    """The DuckDB file is held by another process (DuckDB allows one writer)."""


@dataclass
class IngestSummary:
    """What one ingest did. ``problems`` are the files or records that could not be stored."""

    articles_new: int = 0
    articles_updated: int = 0
    articles_unchanged: int = 0
    events: int = 0
    problems: list[Problem] = field(default_factory=list)

    def add(self, other: IngestSummary) -> None:
        self.articles_new += other.articles_new
        self.articles_updated += other.articles_updated
        self.articles_unchanged += other.articles_unchanged
        self.events += other.events
        self.problems.extend(other.problems)


# ------------------------------------------------------------------------------------------- connection


def connect(path: str | Path | None = None, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (and create, if new) the store; ``":memory:"`` for a throwaway one.

    Raises:
        StoreBusy: another process holds the file.

    >>> connect(":memory:").execute("SELECT count(*) FROM events").fetchone()
    (0,)
    """
    target = str(path or DEFAULT_STORE)
    if target != ":memory:":
        Path(target).parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(target, read_only=read_only)
    except duckdb.IOException as err:
        raise StoreBusy(f"{target}: the store is in use by another process ({err})") from err
    if not read_only:
        con.execute(SCHEMA)
    return con


# ------------------------------------------------------------------------------------------- write path


def _day(iso: str | None) -> date | None:
    if not iso or len(iso) != 10:
        return None
    try:
        return date.fromisoformat(iso)
    except ValueError:
        return None


def summit_links(events: tuple[Event, ...]) -> list[int | None]:
    """For each event, the index of the summit it sits beside: a bilateral with a forum belongs to the
    multilateral event of the same forum in the same article (the first such), else None.

    >>> summit_links((Event("multilateral", ("CHN", "IRN", "RUS"), forum="SCO"),
    ...               Event("bilateral", ("IRN", "RUS"), forum="SCO"), Event("bilateral", ("IRN", "IRQ"))))
    [None, 0, None]
    """
    summits = {}
    for k, e in enumerate(events):
        if e.kind == "multilateral" and e.forum and e.forum not in summits:
            summits[e.forum] = k
    return [summits.get(e.forum) if e.kind == "bilateral" and e.forum else None for e in events]


def table_rows(result: ArticleResult, now: datetime | None = None) -> dict[str, list[dict]]:
    """One article's rows for every table (pure: no store needed).

    >>> from core.pipeline import process_text
    >>> rows = table_rows(process_text("وزیر خارجه ایران با سرگئی لاوروف دیدار کرد."))
    >>> [r["country"] for r in rows["event_countries"]]
    ['IRN', 'RUS']
    """
    a = result.article
    now = now or datetime.now(UTC).replace(tzinfo=None)
    published = result.published.iso if result.published and result.published.precision == "day" else None
    out: dict[str, list[dict]] = {"articles": [{
        "article_id": a.article_id, "source_id": a.source_id, "path": a.path, "lang": a.lang, "title": a.title,
        "url": a.url, "source": a.source, "published": _day(published), "n_chars": len(a.text),
        "n_events": len(result.events), "text": a.text, "engine": ENGINE_VERSION, "ingested_at": now}],
        "mentions": [], "events": [], "event_countries": []}
    for m in result.mentions:
        out["mentions"].append({"article_id": a.article_id, "start": m.start, "end": m.end, "surface": m.surface,
                                "kind": m.kind, "entity": m.entity, "country": m.country, "label_en": m.label_en,
                                "form": m.form, "calendar": None, "iso": None, "precision": None, "how": None})
    for d in result.dates:
        out["mentions"].append({"article_id": a.article_id, "start": d.start, "end": d.end, "surface": d.surface,
                                "kind": "date", "entity": d.iso, "country": None, "label_en": d.iso or d.surface,
                                "form": d.precision, "calendar": d.calendar, "iso": d.iso,
                                "precision": d.precision, "how": d.how})
    links = summit_links(result.events)
    for k, e in enumerate(result.events):
        eid = f"{a.article_id}:{k}"
        out["events"].append({
            "event_id": eid, "article_id": a.article_id, "seq": k, "kind": e.kind, "countries": list(e.countries),
            "date": _day(e.date), "date_precision": e.date_precision, "date_how": e.date_how,
            "location": e.location, "city": e.city, "forum": e.forum,
            "summit_id": None if links[k] is None else f"{a.article_id}:{links[k]}",
            "participants": json.dumps(e.as_dict()["participants"], ensure_ascii=False),
            "evidence": json.dumps([list(s) for s in e.evidence]), "confidence": e.confidence,
            "trigger": e.trigger})
        out["event_countries"].extend({"event_id": eid, "article_id": a.article_id, "country": c}
                                      for c in e.countries)
    return out


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> None:
    if not rows:
        return
    arrow = pa.Table.from_pylist(rows, schema=_ARROW[table])  # noqa: F841 (read by DuckDB by name)
    con.execute(f"INSERT INTO {table} SELECT * FROM arrow")


def record_problems(con: duckdb.DuckDBPyConnection, problems: Iterable[Problem]) -> None:
    """Keep each problem once (same file, record, reason and detail)."""
    now = datetime.now(UTC).replace(tzinfo=None)
    for p in problems:
        con.execute("INSERT OR IGNORE INTO problems VALUES (?, ?, ?, ?, ?)",
                    [p.path, p.source_id or "", p.reason, p.detail, now])


def write(con: duckdb.DuckDBPyConnection, results: Iterable[ArticleResult]) -> IngestSummary:
    """Store processed articles in one transaction: new ones added, changed ones replaced, the rest left.

    A result carrying problems but no text (an unsupported language) is recorded as a problem only.
    """
    summary = IngestSummary()
    batch: dict[str, list[dict]] = {t: [] for t in _ARROW}
    replaced: list[str] = []
    seen: set[str] = set()
    for r in results:
        aid = r.article.article_id
        if r.problems and not r.events and not r.mentions and r.article.lang not in ("fa", "ar"):
            summary.problems.extend(r.problems)
            continue
        if aid in seen:
            summary.articles_unchanged += 1
            continue
        seen.add(aid)
        row = con.execute("SELECT engine FROM articles WHERE article_id = ?", [aid]).fetchone()
        if row and row[0] == ENGINE_VERSION:
            summary.articles_unchanged += 1
            continue
        if row:
            replaced.append(aid)
            summary.articles_updated += 1
        else:
            summary.articles_new += 1
        summary.events += len(r.events)
        summary.problems.extend(r.problems)
        for table, rows in table_rows(r).items():
            batch[table].extend(rows)
    con.execute("BEGIN TRANSACTION")
    try:
        for aid in replaced:
            for table in ("event_countries", "events", "mentions", "articles"):
                con.execute(f"DELETE FROM {table} WHERE article_id = ?", [aid])
        for table, rows in batch.items():
            _insert(con, table, rows)
        record_problems(con, summary.problems)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return summary


def _write_stream(con: duckdb.DuckDBPyConnection, items: Iterable, batch_size: int,
                  progress: Callable[[int, str], None] | None) -> IngestSummary:
    summary, batch, done = IngestSummary(), [], 0
    for item in process_all(items):
        done += 1
        if isinstance(item, Problem):
            summary.problems.append(item)
            record_problems(con, [item])
        else:
            batch.append(item)
        if progress:
            progress(done, item.path if isinstance(item, Problem) else item.article.path)
        if len(batch) >= batch_size:
            summary.add(write(con, batch))
            batch = []
    summary.add(write(con, batch))
    return summary


def ingest(paths: Iterable[str | Path], store: str | Path | None = None, batch_size: int = 200,
           progress: Callable[[int, str], None] | None = None,
           con: duckdb.DuckDBPyConnection | None = None) -> IngestSummary:
    """Read files and folders, run the pipeline, store the results (batched transactions).

    >>> s = ingest(["seeds"], ":memory:")
    >>> (s.articles_new, s.problems)
    (5, [])
    """
    from core.ingest import read_paths

    own = con is None
    con = con or connect(store)
    try:
        return _write_stream(con, read_paths(list(paths)), batch_size, progress)
    finally:
        if own:
            con.close()


def ingest_bytes(con: duckdb.DuckDBPyConnection, name: str, data: bytes) -> IngestSummary:
    """Parse, process and store one uploaded file's bytes (the dashboard's uploader)."""
    from core.ingest import read_bytes

    return _write_stream(con, read_bytes(name, data), 200, None)


def seed_if_empty(con: duckdb.DuckDBPyConnection, seeds_dir: str | Path) -> IngestSummary | None:
    """Ingest the bundled seeds into a store that has no article yet; None if it already has some."""
    if con.execute("SELECT count(*) FROM articles").fetchone()[0]:
        return None
    return ingest([seeds_dir], con=con)


# ------------------------------------------------------------------------------------------- read path


def stats(con: duckdb.DuckDBPyConnection) -> dict[str, int | str | None]:
    """Counts for the overview and a cheap version stamp that changes with every write.

    >>> stats(connect(":memory:"))["articles"]
    0
    """
    arts, evs, probs, last = con.execute(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), (SELECT count(*) FROM problems), "
        "(SELECT max(ingested_at) FROM articles)").fetchone()
    return {"articles": arts, "events": evs, "problems": probs,
            "version": f"{arts}:{evs}:{probs}:{last}"}


def events_frame(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every event with its article's language, title, source and publication date; one row per event.

    ``countries`` is a list of ISO3 codes, ``participants`` a list of dicts, ``evidence`` a list of
    [start, end] pairs, ``date`` a ``datetime64`` (NaT when unknown).
    """
    df = con.execute("""
        SELECT e.event_id, e.article_id, e.seq, e.kind, e.countries, e.date, e.date_precision, e.date_how,
               e.location, e.city, e.forum, e.summit_id, e.participants, e.evidence, e.confidence, e.trigger,
               a.source_id, a.lang, a.title, a.published, a.path
        FROM events e JOIN articles a USING (article_id)
        ORDER BY e.date NULLS LAST, e.article_id, e.seq""").df()
    df["countries"] = [list(c) for c in df["countries"]]
    df["participants"] = [json.loads(p) for p in df["participants"]]
    df["evidence"] = [json.loads(v) for v in df["evidence"]]
    df["date"] = pd.to_datetime(df["date"])
    df["published"] = pd.to_datetime(df["published"])
    return df


def articles_frame(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every article without its text (for pickers and counts)."""
    df = con.execute("""SELECT article_id, source_id, path, lang, title, url, source, published, n_chars,
                               n_events, ingested_at FROM articles ORDER BY source_id""").df()
    df["published"] = pd.to_datetime(df["published"])
    return df


def article_row(con: duckdb.DuckDBPyConnection, article_id: str) -> dict | None:
    """One article with its original text, or None."""
    cur = con.execute("SELECT * FROM articles WHERE article_id = ?", [article_id])
    row = cur.fetchone()
    return dict(zip([c[0] for c in cur.description], row, strict=True)) if row else None


def mentions_frame(con: duckdb.DuckDBPyConnection, article_id: str) -> pd.DataFrame:
    """One article's mentions and date expressions, in text order."""
    return con.execute('SELECT * FROM mentions WHERE article_id = ? ORDER BY start, "end" DESC',
                       [article_id]).df()


def problems_frame(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every problem met while ingesting, newest first."""
    return con.execute("SELECT path, nullif(source_id, '') AS source_id, reason, detail, seen_at "
                       "FROM problems ORDER BY seen_at DESC, path").df()
