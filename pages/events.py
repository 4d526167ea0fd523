"""Events table: the events the sidebar filters keep, one readable row each, sortable, with CSV and JSON
downloads and a link from every row to its source in the viewer."""

import pandas as pd
import streamlit as st

from ui import boot, data, filters

boot.through_entry()

events = filters.apply(data.events(), filters.current())
table = data.events_table(events).reset_index(drop=True)
links = ("/viewer?article=" + events["article_id"] + "&event=" + events["event_id"].str.replace(":", "%3A")).tolist()

st.title("Events table")
st.caption(f"{len(table)} event(s) match the filters · click a column header to sort, "
           "the Source link opens the text with the event's evidence underlined.")

st.dataframe(
    table.assign(viewer=links), hide_index=True, width="stretch", key="ev_table",
    column_order=("viewer", "date", "jalali", "kind", "country_names", "forum", "city", "location", "officials",
                  "confidence", "date_how", "lang", "article", "title", "countries", "event_id"),
    column_config={
        "event_id": st.column_config.TextColumn("Event"),
        "date": st.column_config.DateColumn("Date", format="YYYY-MM-DD", width="small"),
        "jalali": st.column_config.TextColumn("Jalali date"),
        "kind": st.column_config.TextColumn("Kind"),
        "countries": st.column_config.TextColumn("Codes"),
        "country_names": st.column_config.TextColumn("Countries"),
        "forum": st.column_config.TextColumn("Forum"),
        "location": st.column_config.TextColumn("Location"),
        "city": st.column_config.TextColumn("City"),
        "officials": st.column_config.TextColumn("Officials", width="large"),
        "date_how": st.column_config.TextColumn("How dated"),
        "confidence": st.column_config.NumberColumn("Confidence", format="%.2f"),
        "lang": st.column_config.TextColumn("Language"),
        "article": st.column_config.TextColumn("Article"),
        "title": st.column_config.TextColumn("Article title"),
        "viewer": st.column_config.LinkColumn("Source", display_text="open"),
    })



def as_json() -> str:
    days = table["date"].map(lambda d: d.isoformat() if pd.notna(d) else None)
    return table.assign(date=days).to_json(orient="records", force_ascii=False, indent=1)


cols = st.columns([1, 1, 4])
cols[0].download_button("Download CSV", data=table.to_csv(index=False).encode("utf-8-sig"),
                        file_name="nashest_events.csv", mime="text/csv", key="ev_csv",
                        icon=":material/download:", on_click="ignore")
cols[1].download_button("Download JSON",
                        data=as_json(),
                        file_name="nashest_events.json", mime="application/json", key="ev_json",
                        icon=":material/data_object:", on_click="ignore")
