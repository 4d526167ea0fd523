"""First render and filter change of each dashboard page with 10,000 events.

    python bench/dashboard.py [--events 10000]

Builds a temporary store of synthetic events made from the seeds' real extractions (each copy gets its own
article id, a date spread over three years and countries drawn from a fixed pool, so the timeline and the
network have realistic size), serves the dashboard on 127.0.0.1 and drives Debian's Chromium with Playwright,
as a user would: first render = a new browser session opening the page until Streamlit has drawn it and
nothing is stale (the first page is the cold start of the server's caches); filter change = picking
"bilateral" in the sidebar's event-kind filter until the rerun is drawn. Prints numbers only
(goals: first render <= 2 s, filter change <= 0.5 s).

Three tables: the pages' run time on the server (AppTest: what the app itself costs), the wait in Chromium
with 10,000 events, and the same wait on the five seed articles — the floor this machine's browser sets
whatever the data (loading Streamlit's front end, drawing in software).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
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
PAGES = ("", "timeline", "network", "viewer", "events")
CHROMIUM = os.environ.get("NASHEST_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
                 "--disable-background-networking", "--disable-component-update"]


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


def serve(path: str, port: int) -> subprocess.Popen:
    """The dashboard on 127.0.0.1:port over the store at ``path``, as a user runs it."""
    env = {**os.environ, "NASHEST_STORE": path, "NASHEST_NO_SEED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard.py"),
                             "--server.port", str(port), "--server.address", "127.0.0.1",
                             "--server.headless", "true", "--browser.gatherUsageStats", "false"],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(180):
        try:
            if urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2).read() == b"ok":
                return proc
        except OSError:
            time.sleep(0.5)
    proc.kill()
    raise SystemExit("the dashboard did not come up")


IDLE = """() => document.querySelector('[data-testid="stMainBlockContainer"] h1')
    && !document.querySelector('[data-testid^="stStatusWidgetRunning"], [data-stale="true"]')
    && !document.querySelector('[data-testid="stSkeleton"], [data-testid="stSkeletonElement"]')
    && [...document.querySelectorAll('[data-testid="stPlotlyChart"]')].every(c => c.querySelector('.main-svg'))"""


def until_idle(page, t0: float) -> float:
    """Seconds from ``t0`` until Streamlit has drawn the page and no element is stale."""
    page.wait_for_timeout(30)
    page.wait_for_function(IDLE, timeout=120_000, polling=20)
    return time.perf_counter() - t0


def script_times(path: str, work: str) -> list[tuple[str, float, float]]:
    """Server-side run time of each page (Streamlit's AppTest, in this process).

    first render: the page on a store path no cache has seen; filter change: the page rerun with a date range
    and a kind filter on warm caches — what Streamlit does when a sidebar widget changes.
    """
    from streamlit.testing.v1 import AppTest

    def session(store: str, **state):
        os.environ["NASHEST_STORE"] = store
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=300)
        for key, value in state.items():
            at.session_state[key] = value
        return at.run()

    out = []
    for k, name in enumerate(PAGES):
        page = f"pages/{name or 'overview'}.py"
        at = session(path)
        cold = os.path.join(work, f"cold{k}.duckdb")
        shutil.copy(path, cold)
        os.environ["NASHEST_STORE"] = cold
        first = timed(at.switch_page(page).run)
        at = session(cold, dates=(date(2024, 1, 1), date(2024, 12, 31)), kind=["bilateral"])
        change = timed(at.switch_page(page).run)
        assert at.session_state["filters"].kinds == ("bilateral",) and not at.exception
        out.append((name or "overview", first, change))
    return out


def browser_times(path: str, port: int) -> list[tuple[str, float, float]]:
    """Seconds a user waits in Chromium: a new session opening each page until it is drawn, then picking
    "bilateral" in the sidebar's event-kind filter until the rerun is drawn."""
    from playwright.sync_api import sync_playwright

    out = []
    proc = serve(path, port)
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for name in PAGES:
                ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
                page = ctx.new_page()
                t0 = time.perf_counter()
                page.goto(f"http://127.0.0.1:{port}/{name}")
                first = until_idle(page, t0)
                page.get_by_role("combobox", name="Event kind").first.click()
                t0 = time.perf_counter()
                page.get_by_role("option", name="bilateral").first.click()
                change = until_idle(page, t0)
                out.append((name or "overview", first, change))
                ctx.close()
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--no-browser", action="store_true", help="server-side times only")
    args = ap.parse_args()
    work = tempfile.mkdtemp()
    path = os.path.join(work, "bench.duckdb")
    t_build = timed(lambda: synthetic_store(path, args.events))
    seeds = os.path.join(work, "seeds.duckdb")
    store.ingest([SEEDS_DIR], seeds)
    os.environ["NASHEST_NO_SEED"] = "1"
    print(f"events={args.events} store_build_s={t_build:.1f}")
    rows = {"script, 10k events": script_times(path, work)}
    if not args.no_browser:
        rows["browser, 10k events"] = browser_times(path, args.port)
        rows["browser, 5 seed articles (floor)"] = browser_times(seeds, args.port + 1)
    for title, times in rows.items():
        print(f"\n{title}\n{'page':<12}{'first render s':>16}{'filter change s':>17}")
        for name, first, change in times:
            print(f"{name:<12}{first:>16.2f}{change:>17.2f}")


if __name__ == "__main__":
    main()
