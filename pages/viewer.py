"""Source viewer: an article's original text, right to left, with its mentions coloured by kind and the chosen
event's evidence underlined, beside the events read from it as English cards. Compare mode puts two articles
side by side (a Persian and an Arabic report of the same summit, say).

Deep link: ``?article=<article_id>&event=<event_id>`` (what ``ui.describe.viewer_link`` sends); the session
keys ``vw_article`` / ``vw_event`` work too. Everything from the article reaches HTML only through
``ui.highlight`` (escaped); the rest is Streamlit text.
"""

import pandas as pd
import streamlit as st

from core.labels import jalali
from ui import boot, data, describe, highlight
from ui.filters import LANGS

boot.through_entry()


def from_url(param: str, key: str, options: list[str]) -> None:
    """Let a new ``?param=`` value choose the widget ``key`` (once: later picks in the page are not undone)."""
    value, seen = st.query_params.get(param), f"_{key}_from_url"
    if value in options and value != st.session_state.get(seen):
        st.session_state[key] = value
    st.session_state[seen] = value
    if st.session_state.get(key) not in options:
        st.session_state[key] = options[0]  # a stale pick from another article: start at the first


def to_url(param: str, key: str, value: str | None) -> None:
    """Put the page's choice in the URL (bookmarkable), remembered as seen so it is not re-applied."""
    if value:
        st.query_params[param] = value
    else:
        st.query_params.pop(param, None)
    st.session_state[f"_{key}_from_url"] = value


def article_labels(arts: pd.DataFrame) -> dict[str, str]:
    """article_id -> 'source · title [lang]' for the pickers (vectorised: archives hold many articles)."""
    titles = arts["title"].fillna("").astype(str).replace("", "(untitled)")
    return dict(zip(arts["article_id"], arts["source_id"] + " · " + titles + " [" + arts["lang"] + "]",
                    strict=True))


def partner(arts: pd.DataFrame, aid: str) -> str:
    """A second article to compare with: the first in another language, else the first other one."""
    lang = arts.loc[arts["article_id"] == aid, "lang"].iloc[0]
    pool = arts[arts["lang"] != lang]
    pool = pool if len(pool) else arts[arts["article_id"] != aid]
    return pool["article_id"].iloc[0] if len(pool) else aid


def metadata(row: dict) -> None:
    day = describe.text(row.get("published"))[:10]
    st.text(f"Source: {row['source_id']}   Language: {LANGS.get(row['lang'], row['lang'])} ({row['lang']})   "
            f"Published: {f'{day} (Jalali {jalali(day)})' if day else 'unknown'}")
    title = describe.text(row.get("title"))
    if title:
        st.text(f"Title: {title}")
    url = describe.text(row.get("url"))
    if url:
        st.text(f"URL: {url}")
        if url.lower().startswith(("http://", "https://")):
            st.link_button("Open the original", url, icon=":material/open_in_new:")


def card(row: pd.Series, selected: bool, text: str, marks: list[highlight.Mark]) -> None:
    """An event in English; the selected one also quotes its evidence from the original text."""
    with st.container(border=True):
        st.markdown(f"**{'▶ ' if selected else ''}{describe.event_title(row)}**")
        for label, value in describe.event_lines(row):
            st.text(f"{label}: {value}")
        st.text(f"Evidence: {len(row['evidence'])} span(s) in the text")
        if selected and row["evidence"]:
            st.html(highlight.CSS + highlight.excerpt_html(text, marks, row["evidence"], lang=row["lang"]))


def show(aid: str, event_key: str, text_box, cards_box) -> str | None:
    """One article: metadata, event picker and cards in ``cards_box``, the highlighted text in ``text_box``."""
    row, mentions = data.article(aid)
    if row is None:
        st.warning("That article is no longer in the store.")
        return None
    events = data.events()
    events = events[events["article_id"] == aid]
    ids = events["event_id"].tolist()
    titles = dict(zip(ids, events.apply(describe.event_title, axis=1) if ids else [], strict=True))
    chosen = None
    with cards_box:
        if ids:
            from_url("event", event_key, ids)
            chosen = st.radio("Emphasise the evidence of", ids, key=event_key, format_func=titles.get)
        else:
            st.info("No meeting was read from this article.")
    evidence = events.loc[events["event_id"] == chosen, "evidence"].iloc[0] if chosen else []
    marks = highlight.marks_from_records(mentions.to_dict("records"))
    text = row["text"] or ""
    with text_box:
        metadata(row)
        st.html(highlight.CSS + highlight.legend_html()
                + highlight.article_html(text, marks, evidence, lang=row["lang"]))
        st.caption(f"{highlight.count_highlighted(marks, len(text))} mentions highlighted · "
                   f"{len(evidence)} evidence span(s) of the selected event")
    with cards_box:
        for _, ev in events.iterrows():
            card(ev, ev["event_id"] == chosen, text, marks)
    return chosen


st.title("Source viewer")
arts = data.articles()
if arts.empty:
    st.info("The store has no article yet: add some on the Overview page.")
    st.stop()
ids = arts["article_id"].tolist()
labels = article_labels(arts)
from_url("article", "vw_article", ids)
top = st.columns([3, 2], gap="large")
aid = top[0].selectbox("Article", ids, key="vw_article", format_func=labels.get)
compare = top[1].toggle("Compare two reports side by side", key="vw_compare")
if not compare:
    text_col, cards_col = st.columns([3, 2], gap="large")
    event = show(aid, "vw_event", text_col, cards_col)
else:
    if st.session_state.get("vw_article2") not in ids:
        st.session_state["vw_article2"] = partner(arts, aid)
    aid2 = top[1].selectbox("Compare with", ids, key="vw_article2", format_func=labels.get)
    left, right = st.columns(2, gap="large")
    event = show(aid, "vw_event", left.container(), left.container())
    show(aid2, "vw_event2", right.container(), right.container())
to_url("article", "vw_article", aid)
to_url("event", "vw_event", event)
