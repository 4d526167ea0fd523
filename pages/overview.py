"""Overview: counts, the latest events, problems met while parsing, and the uploader."""

import streamlit as st

from ui import boot, data, describe, filters

boot.through_entry()

st.title("Nashest · نشست")
st.caption("Diplomatic and defence meetings read from Persian and Arabic news, every fact tied to its words.")

events = filters.apply(data.events(), filters.current())
arts = data.articles()
dated = events["date"].dropna()
countries = {c for cs in events["countries"] for c in cs}
cols = st.columns(5)
cols[0].metric("Articles", len(arts))
cols[1].metric("Events", len(events))
cols[2].metric("Countries", len(countries))
cols[3].metric("First event", str(dated.min().date()) if len(dated) else "—")
cols[4].metric("Last event", str(dated.max().date()) if len(dated) else "—")
if len(dated) < len(events):
    st.caption(f"{len(events) - len(dated)} of the {len(events)} events have no date the text fixes.")

st.subheader("Latest events")
latest = events.sort_values("date", ascending=False, na_position="last").head(8)
if latest.empty:
    st.info("No event matches the filters.")
grid = st.columns(2)
for k, (_, row) in enumerate(latest.iterrows()):
    with grid[k % 2]:
        describe.event_card(row)

st.subheader("Add articles")
uploads = st.file_uploader("Drop .txt, .html, .json, .jsonl or .csv files", accept_multiple_files=True,
                           type=["txt", "html", "htm", "json", "jsonl", "ndjson", "csv", "tsv"], key="ov_upload")
done = st.session_state.setdefault("ov_done", {})
fresh = [up for up in uploads or [] if up.file_id not in done]
for up in fresh:
    summary = data.ingest_upload(up.name, up.getvalue())
    done[up.file_id] = (up.name, summary)
if fresh:
    st.rerun()  # every count above now includes the new articles
for name, summary in (done[up.file_id] for up in uploads or [] if up.file_id in done):
    for p in summary.problems:
        st.error(p.message())
    if summary.articles_new or summary.articles_unchanged or not summary.problems:
        st.success(f"{name}: {summary.articles_new} new article(s), {summary.events} event(s)"
                   + (f", {summary.articles_unchanged} already stored" if summary.articles_unchanged else ""))

probs = data.problems()
st.subheader(f"Problems found while parsing ({len(probs)})")
if probs.empty:
    st.caption("None.")
else:
    st.dataframe(probs, hide_index=True, width="stretch")
