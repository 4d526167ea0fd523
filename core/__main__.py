"""Command line: ``python -m core extract|ingest|evaluate``.

    python -m core extract seeds/ --format jsonl     # one JSON object per article on stdout
    python -m core ingest seeds/ --store data/nashest.duckdb
    python -m core evaluate ../shared/devset/gold.jsonl ../shared/devset/articles
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator

from core.records import ArticleResult, Problem


def _results(paths: list[str]) -> Iterator[ArticleResult | Problem]:
    from core.ingest import read_paths
    from core.pipeline import process_all

    return process_all(read_paths(paths))


CSV_COLUMNS = ("id", "article_id", "event", "kind", "countries", "date", "date_precision", "location", "city",
               "forum", "participants", "confidence", "evidence")


def cmd_extract(args: argparse.Namespace) -> int:
    ok = 0
    writer = csv.writer(sys.stdout) if args.format == "csv" else None
    if writer:
        writer.writerow(CSV_COLUMNS)
    for item in _results(args.paths):
        if isinstance(item, Problem):
            print(f"nashest: {item.message()}", file=sys.stderr)
            continue
        ok += 1
        row = item.as_dict()
        for p in item.problems:
            print(f"nashest: {p.message()}", file=sys.stderr)
        if writer is None:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
            continue
        for k, e in enumerate(row["events"]):
            writer.writerow([row["id"], row["article_id"], k, e["kind"], " ".join(e["countries"]), e["date"] or "",
                             e["date_precision"] or "", e["location"] or "", e["city"] or "", e["forum"] or "",
                             "; ".join(p["name_en"] or p["name"] for p in e["participants"]), e["confidence"],
                             " ".join(f"{s}-{t}" for s, t in e["evidence"])])
    return 0 if ok else 1


def cmd_ingest(args: argparse.Namespace) -> int:
    from core import store

    def progress(done: int, name: str) -> None:
        if sys.stderr.isatty() or done % 500 == 0:
            print(f"\r{done} files … {name[-60:]:<60}", end="", file=sys.stderr, flush=True)

    summary = store.ingest(args.paths, args.store, progress=progress)
    print(file=sys.stderr)
    for p in summary.problems:
        print(f"nashest: {p.message()}", file=sys.stderr)
    print(f"articles new={summary.articles_new} updated={summary.articles_updated} events={summary.events} "
          f"problems={len(summary.problems)}")
    return 0 if (summary.articles_new + summary.articles_updated) or not summary.problems else 1


def cmd_evaluate(args: argparse.Namespace) -> int:
    from core.evaluate import load_jsonl, score

    gold = load_jsonl(args.gold)
    pred = {}
    for item in _results([args.articles]):
        if isinstance(item, ArticleResult):
            pred[item.article.source_id] = item.as_dict()
    s = score(gold, pred)
    if args.verbose:
        for line in s.misses:
            print(line, file=sys.stderr)
    summary = s.summary()
    print(f"articles={len(gold)} predicted={len(set(pred) & set(gold))}")
    for measure in ("country", "event"):
        p, r, f = (summary[f"{measure}_{k}"] for k in ("p", "r", "f1"))
        print(f"{measure:<8} precision={p:.3f} recall={r:.3f} f1={f:.3f}")
    print(f"event_date_acc={summary['event_date_acc']:.3f} ({s.dates_n})  "
          f"published_acc={summary['published_acc']:.3f} ({s.pub_n})")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m core", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="articles -> events on stdout")
    p.add_argument("paths", nargs="+")
    p.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    p.set_defaults(func=cmd_extract)
    p = sub.add_parser("ingest", help="articles -> the embedded store")
    p.add_argument("paths", nargs="+")
    p.add_argument("--store", default=None, help="DuckDB file (default: data/nashest.duckdb or $NASHEST_STORE)")
    p.set_defaults(func=cmd_ingest)
    p = sub.add_parser("evaluate", help="score against gold annotations")
    p.add_argument("gold")
    p.add_argument("articles")
    p.add_argument("-v", "--verbose", action="store_true", help="list every miss on stderr")
    p.set_defaults(func=cmd_evaluate)
    args = parser.parse_args(argv)
    return args.func(args)


# What extract, ingest and evaluate import (module names, not pip names); the rest of requirements.txt serves the
# dashboard.
ENGINE_MODULES = ("ahocorasick", "charset_normalizer", "hazm", "hijridate", "jdatetime", "lxml", "trafilatura",
                  "duckdb", "pyarrow")


def _missing_modules() -> list[str]:
    """The engine's modules this Python cannot import (looked up, not imported: cheap)."""
    from importlib.util import find_spec

    return [name for name in ENGINE_MODULES if find_spec(name) is None]


def _run_in_project_venv(missing: list[str]) -> None:
    """A Python without the engine's modules ("python3 -m core" outside the venv): run the same command in the
    project's .venv, which `bash start.sh` builds, if there is one; else say what to do and exit."""
    import os
    from pathlib import Path

    venv = Path(__file__).resolve().parents[1] / ".venv" / "bin" / "python"
    if venv.exists() and Path(sys.prefix).resolve() != venv.parents[1].resolve():
        os.execv(venv, [str(venv), "-m", "core", *sys.argv[1:]])
    sys.exit(f"nashest: this Python ({sys.executable}) lacks {', '.join(missing)}; run `bash start.sh` once "
             "(it installs requirements.txt into .venv), then `.venv/bin/python -m core …`")


if __name__ == "__main__":
    if missing := _missing_modules():
        _run_in_project_venv(missing)
    sys.exit(main())
