"""One real browser through the main path: Debian's Chromium, driven by Playwright, against the dashboard
served on 127.0.0.1 from a store that starts empty (so the bundled seeds are ingested on first start).

Visits every page, clicks a network node and checks the drill-down, downloads a PNG and checks its bytes,
opens an article carrying <script>/<img onerror> and checks it is shown as text and never runs. Screenshots
go to tests/artifacts/screens/.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
SCREENS = ROOT / "tests" / "artifacts" / "screens"
CHROMIUM = os.environ.get("NASHEST_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
                 "--disable-background-networking", "--disable-component-update"]
HOSTILE = ("# گزارش آزمایشی <script>window.__pwned = 1; alert('x')</script>\n"
           "وزیر امور خارجه ایران با سرگئی لاوروف در مسکو دیدار کرد. <img src=x onerror=\"alert('y')\">")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The dashboard as a user starts it: a store that does not exist yet, seeded on first start."""
    path = tmp_path_factory.mktemp("browser") / "store.duckdb"
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "NASHEST_NO_SEED"} | {"NASHEST_STORE": str(path)}
    log = open(tmp_path_factory.mktemp("log") / "streamlit.log", "w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).read() == b"ok":
                break
        except OSError:
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail(f"the dashboard did not come up; see {log.name}")
    yield url
    proc.terminate()
    proc.wait(timeout=30)
    log.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: the README's test command installs Debian's chromium")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    p = ctx.new_page()
    p.dialogs = []
    p.on("dialog", lambda d: (p.dialogs.append(d.message), d.dismiss()))
    yield p
    ctx.close()


def shot(page, name: str) -> None:
    SCREENS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENS / f"{name}.png"), full_page=True)


IDLE = """() => document.querySelector('[data-testid="stMainBlockContainer"] h1')
    && !document.querySelector('[data-testid^="stStatusWidgetRunning"], [data-stale="true"]')
    && !document.querySelector('[data-testid="stSkeleton"], [data-testid="stSkeletonElement"]')
    && [...document.querySelectorAll('[data-testid="stPlotlyChart"]')].every(c => c.querySelector('.main-svg'))"""


def settle(page) -> None:
    """Wait until Streamlit has finished the run and drawn every chart."""
    page.wait_for_selector("[data-testid='stApp']", timeout=60_000)
    page.wait_for_timeout(300)
    page.wait_for_function(IDLE, timeout=90_000, polling=100)
    page.wait_for_timeout(300)


PAGES = [("", "Nashest"), ("timeline", "Timeline"), ("network", "Network"), ("viewer", "Source viewer"),
         ("events", "Events")]


@pytest.mark.parametrize(("path", "heading"), PAGES)
def test_every_page_renders(server, page, path, heading):
    page.goto(f"{server}/{path}")
    settle(page)
    page.get_by_role("heading", name=heading).first.wait_for(timeout=60_000)
    assert not page.locator("[data-testid='stException']").count()
    shot(page, path or "overview")


def test_clicking_a_network_node_shows_its_meetings(server, page):
    page.goto(f"{server}/network")
    settle(page)
    chart = page.locator("[data-testid='stPlotlyChart']").first
    chart.wait_for(timeout=60_000)
    node = chart.locator("g.trace.scatter").last.locator("path.point").first
    node.wait_for(timeout=30_000)
    node.click(force=True)
    settle(page)
    page.get_by_text("Meetings of", exact=False).first.wait_for(timeout=30_000)
    shot(page, "network-drilldown")


def test_timeline_png_download_is_a_png(server, page, tmp_path):
    page.goto(f"{server}/timeline")
    settle(page)
    with page.expect_download(timeout=120_000) as dl:
        page.get_by_role("button", name="PNG").first.click()
    target = tmp_path / "timeline.png"
    dl.value.save_as(target)
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def metric(page, label: str) -> str:
    box = page.locator("[data-testid='stMetric']").filter(has_text=label)
    return box.locator("[data-testid='stMetricValue']").inner_text()


def test_seeded_then_an_uploaded_hostile_article_is_text_that_never_runs(server, page, tmp_path):
    page.goto(server)
    settle(page)
    assert metric(page, "Articles") == "5"  # the bundled seeds, ingested on first start
    upload = tmp_path / "hostile.txt"
    upload.write_text(HOSTILE, encoding="utf-8")
    page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(str(upload))
    page.get_by_text("hostile.txt: 1 new article", exact=False).first.wait_for(timeout=60_000)
    settle(page)
    assert metric(page, "Articles") == "6"
    page.goto(f"{server}/viewer")
    settle(page)
    page.get_by_label("Article").first.click()
    page.get_by_role("option", name="hostile", exact=False).first.click()
    settle(page)
    page.get_by_text("window.__pwned", exact=False).first.wait_for(timeout=30_000)
    shot(page, "viewer-hostile")
    assert page.evaluate("() => window.__pwned") is None
    assert page.dialogs == []
    assert page.locator("img[src='x']").count() == 0
