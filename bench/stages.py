"""Milliseconds per article spent in each step of the pipeline, over the throughput corpus.

    python bench/stages.py [--n 3000] [--repeat 3]

Runs the steps of ``core.pipeline.process`` one by one on each article (fold, mentions with the officials
learnt from the text, dates with the publication date and resolving, events) and prints, for each, the best
of ``--repeat`` runs. The machine is shared, so the best run is the one least disturbed; compare two versions
of the code run by run.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import corpus  # noqa: E402

from core import dates as dates_mod  # noqa: E402
from core.events import assemble  # noqa: E402
from core.fold import fold  # noqa: E402
from core.gazetteer import load  # noqa: E402
from core.mentions import find_mentions  # noqa: E402
from core.names import learned_officials, written_ezafe  # noqa: E402
from core.pipeline import anchor_day, official_roles, process  # noqa: E402


def one_run(articles, gaz) -> dict[str, float]:
    took = dict.fromkeys(("fold", "mentions", "dates", "events"), 0.0)
    clock = time.perf_counter
    for a in articles:
        t0 = clock()
        folded = fold(a.text, written_ezafe if a.lang == "fa" else None)
        t1 = clock()
        mentions = find_mentions(folded, a.text, gaz, a.lang)
        learned, learned_roles = learned_officials(folded, a.text, mentions, a.lang)
        if learned:
            mentions = sorted(mentions + learned, key=lambda m: m.start)
        t2 = clock()
        found = dates_mod.find_dates(a.text, folded)
        pub = dates_mod.publication_date(a.text, folded, found, a.published_hint)
        pub_day = date.fromisoformat(pub.iso) if pub and pub.iso and len(pub.iso) == 10 else None
        resolved = dates_mod.resolve_all(found, pub)
        roles = official_roles(mentions, gaz, pub.iso if pub else None) | learned_roles
        t3 = clock()
        assemble(a.text, folded, mentions, resolved, pub_day, a.lang, roles, anchor_day(resolved))
        t4 = clock()
        took["fold"] += t1 - t0
        took["mentions"] += t2 - t1
        took["dates"] += t3 - t2
        took["events"] += t4 - t3
    return took


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    articles = corpus(args.n)
    gaz = load()
    for a in articles[:40]:  # tables and lexicons loaded once, as a long run would
        process(a)
    runs = [one_run(articles, gaz) for _ in range(args.repeat)]
    best = {k: min(r[k] for r in runs) for k in runs[0]}
    total = sum(best.values())
    for k, v in best.items():
        print(f"{k:9s} {v / args.n * 1000:.3f} ms/article  {v / total:4.0%}")
    print(f"{'total':9s} {total / args.n * 1000:.3f} ms/article  ({args.n / total:,.0f} articles/s)")


if __name__ == "__main__":
    main()
