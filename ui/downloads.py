"""Download buttons for every chart: PNG and SVG (kaleido driving the machine's Chromium, no MathJax, the
plotly.js that plotly ships — nothing fetched) and self-contained interactive HTML, which always works.

Static images are made only when the analyst clicks (a callable ``data``), so a page render never waits on a
browser.
"""

from __future__ import annotations

import shutil
from functools import cache

import plotly.graph_objects as go
import streamlit as st

EXPORT_WIDTH, EXPORT_HEIGHT = 1400, 700


@cache
def browser() -> str | None:
    """The Chromium kaleido will drive, or None (then only HTML is offered)."""
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def static_image(fig: go.Figure, fmt: str) -> bytes:
    """The figure as PNG or SVG bytes, offline: MathJax disabled, plotly.js from the plotly package.

    Raises:
        RuntimeError: no Chromium on this machine.
    """
    import kaleido

    if browser() is None:
        raise RuntimeError("no Chromium found for static export")
    opts = {"format": fmt, "width": EXPORT_WIDTH, "height": EXPORT_HEIGHT, "scale": 1}
    return kaleido.calc_fig_sync(fig.to_dict(), opts=opts, kopts={"mathjax": False})


def html_page(fig: go.Figure) -> str:
    """A self-contained interactive page (plotly.js inlined, no CDN)."""
    return fig.to_html(include_plotlyjs=True, full_html=True)


def chart_downloads(fig: go.Figure, name: str, key: str) -> None:
    """PNG, SVG and HTML download buttons in one row under a chart."""
    cols = st.columns(3)
    if browser():
        cols[0].download_button("PNG", data=lambda: static_image(fig, "png"), file_name=f"{name}.png",
                                mime="image/png", key=f"{key}_png", icon=":material/image:", on_click="ignore")
        cols[1].download_button("SVG", data=lambda: static_image(fig, "svg"), file_name=f"{name}.svg",
                                mime="image/svg+xml", key=f"{key}_svg", icon=":material/draw:", on_click="ignore")
    else:
        cols[0].caption("PNG/SVG need Chromium (not found); the HTML export works.")
    cols[2].download_button("HTML", data=lambda: html_page(fig), file_name=f"{name}.html", mime="text/html",
                            key=f"{key}_html", icon=":material/code:", on_click="ignore")
