"""First render and filter change of each dashboard page with 10,000 events.

    python bench/dashboard.py [--events 10000]

Builds a temporary store of synthetic events made from the seeds' real extractions (each copy gets its own
article id, a date spread over three years and countries drawn from a fixed pool, so the timeline and the
network have realistic size), then drives every page with Streamlit's AppTest in this process:
first render = a new session on a cold cache; filter change = the same session rerun with a date range and
a kind filter. Prints numbers only (goals: first render <= 2 s, filter change <= 0.5 s).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core import store  # noqa: E402
from core.config import SEEDS_DIR  # noqa: E402
from core.ingest import read_paths  # noqa: E402
from core.pipeline import process_all  # noqa: E402
from core.records import ArticleResult  # noqa: E402

POOL = ("IRN RUS CHN IND PAK KAZ KGZ TJK UZB BLR TUR SYR IRQ SAU QAT OMN ARE EGY AFG AZE ARM BRA ZAF ETH "
        "IDN MYS VNM PRK SRB CUB VEN USA FRA DEU GBR JPN KOR MNG LBN JOR").split()
PAGES = ("pages/overview.py", "pages/timeline.py", "pages/network.py", "pages/viewer.py", "pages/events.py")


def synthetic_store(path: str, n_events: int, seed: int = 7) -> int:
    """Write copies of the seeds' rows until ``n_events`` events are stored; returns the event count."""
    rng = random.Random(seed)
    results = [r for r in process_all(read_paths([SEEDS_DIR])) if isinstance(r, ArticleResult)]
    base = [store.table_rows(r) for r in results]
    con = store.connect(path)
    made, copy = 0, 0
    batch: dict[str, list[dict]] = {t: [] for t in ("articles", "mentions", "events", "event_countries")}
    while made < n_events:
        rows = base[copy % len(base)]
        aid = f"syn{copy:07d}"
        shift = timedelta(days=rng.randrange(0, 3 * 365))
        batch["articles"].append({**rows["articles"][0], "article_id": aid, "source_id": aid,
                                  "published": date(2023, 1, 1) + shift})
        batch["mentions"].extend({**m, "article_id": aid} for m in rows["mentions"])
        for e in rows["events"]:
            k = len(e["countries"]) if e["kind"] == "bilateral" else rng.randrange(3, 9)
            countries = sorted(rng.sample(POOL, k))
            eid = f"{aid}:{e['seq']}"
            day = None if e["date"] is None and rng.random() < 0.5 else date(2023, 1, 1) + shift
            batch["events"].append({**e, "event_id": eid, "article_id": aid, "countries": countries, "date": day,
                                    "summit_id": e["summit_id"] and f"{aid}:{e['summit_id'].split(':')[1]}"})
            batch["event_countries"].extend({"event_id": eid, "article_id": aid, "country": c} for c in countries)
            made += 1
        copy += 1
    for table, rows in batch.items():
        store._insert(con, table, rows)
    con.close()
    return made


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def session(path: str):
    """A dashboard session that has rendered the overview once on the store at ``path``."""
    from streamlit.testing.v1 import AppTest

    os.environ["NASHEST_STORE"] = path
    return AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120).run()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=10_000)
    n = ap.parse_args().events
    work = tempfile.mkdtemp()
    path = os.path.join(work, "bench.duckdb")
    t_build = timed(lambda: synthetic_store(path, n))
    os.environ["NASHEST_NO_SEED"] = "1"
    warm = os.path.join(work, "warm.duckdb")
    shutil.copy(path, warm)
    for page in PAGES:  # import every module once, as a running server has
        session(warm).switch_page(page).run()

    print(f"events={n} store_build_s={t_build:.1f}")
    print(f"{'page':<22}{'first render s':>16}{'filter change s':>17}")
    for k, page in enumerate(PAGES):
        at = session(warm)
        cold = os.path.join(work, f"cold{k}.duckdb")  # a store path no cache has seen: a cold first render
        shutil.copy(path, cold)
        os.environ["NASHEST_STORE"] = cold
        first = timed(at.switch_page(page).run)
        at.session_state["dates"] = (date(2024, 1, 1), date(2024, 12, 31))
        at.session_state["kind"] = ["bilateral"]
        change = timed(at.run)
        note = "" if at.session_state["filters"].kinds == ("bilateral",) else "  (filter not applied!)"
        if at.exception:
            note += f"  (exception: {at.exception[0].message[:60]})"
        print(f"{page:<22}{first:>16.2f}{change:>17.2f}{note}")


if __name__ == "__main__":
    main()
