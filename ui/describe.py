"""Events as English text for people: titles, card lines, a readable table, a link to the source viewer.

Everything here is plain text (rendered by Streamlit as escaped text or Markdown of our own making); nothing
from an article becomes HTML.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from core.labels import country_name, forum_name, jalali, role_name

VIEWER = "pages/viewer.py"
HOW = {"stated": "stated in the text", "relative": "relative day resolved against the publication date",
       "publication": "publication day (no date in the sentence)", "none": "no date"}


def text(value) -> str:
    """A cell as text: '' for None/NaN/NA (pandas 3 stores missing strings as NaN).

    >>> text(float("nan")), text("SCO")
    ('', 'SCO')
    """
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def _day(value) -> str:
    return "" if value is None or pd.isna(value) else pd.Timestamp(value).date().isoformat()


def countries_label(codes) -> str:
    """'Iran – Russia' for a bilateral, 'China, Iran, Russia' for more; an organisation's session told with no
    country named says so.

    >>> countries_label(["IRN", "RUS"]), countries_label([])
    ('Iran – Russia', 'countries not named')
    """
    names = [country_name(c) for c in codes]
    if not names:
        return "countries not named"
    return " – ".join(names) if len(names) == 2 else ", ".join(names)


def date_label(value) -> str:
    """'2024-04-27 (Jalali 1403/02/08)', or 'undated'.

    >>> date_label(pd.Timestamp("2024-04-27"))
    '2024-04-27 (Jalali 1403/02/08)'
    """
    day = _day(value)
    return f"{day} (Jalali {jalali(day)})" if day else "undated"


def place_label(row) -> str:
    """'Moscow, Russia' / 'Russia' / ''."""
    parts = [text(row.get("city")), country_name(text(row.get("location")))]
    return ", ".join(dict.fromkeys(p for p in parts if p))


def person_label(p: dict) -> str:
    """'Sergei Lavrov (Foreign Minister, Russia)'; the name as written when there is no English one, and the
    title alone when the text names only the office.

    >>> person_label({"name": "defence_minister", "name_en": None, "role": "defence_minister", "country": "RUS"})
    'Defence Minister (Russia)'
    """
    role, country = role_name(p.get("role")), country_name(p.get("country"))
    name = p.get("name_en") or p.get("name") or ""
    if not p.get("name_en") and name in (p.get("role"), role):
        return f"{role} ({country})" if country else role
    extra = ", ".join(x for x in (role, country) if x)
    return f"{name} ({extra})" if extra else name


def event_title(row) -> str:
    """One line: kind, countries, forum, date.

    >>> event_title({"kind": "bilateral", "countries": ["IRN", "RUS"], "forum": "SCO",
    ...              "date": pd.Timestamp("2024-07-04")})
    'Bilateral · Iran – Russia · SCO · 2024-07-04'
    """
    parts = [str(row["kind"]).capitalize(), countries_label(row["countries"])]
    if text(row.get("forum")):
        parts.append(text(row["forum"]))
    parts.append(_day(row.get("date")) or "undated")
    return " · ".join(parts)


def event_lines(row) -> list[tuple[str, str]]:
    """(label, value) pairs for an event card."""
    people = [person_label(p) for p in row.get("participants") or []]
    forum = text(row.get("forum"))
    return [("Countries", countries_label(row["countries"])),
            ("Date", date_label(row.get("date"))),
            ("How dated", HOW.get(text(row.get("date_how")) or "none", text(row.get("date_how")))),
            ("Place", place_label(row) or "—"),
            ("Forum", f"{forum} — {forum_name(forum)}" if forum else "—"),
            ("Officials", "; ".join(people) or "—"),
            ("Confidence", f"{row.get('confidence', 0):.2f}")]


def officials_label(people: list[dict]) -> str:
    """'Sergei Lavrov (Foreign Minister, Russia); …' for a participants list."""
    return "; ".join(person_label(p) for p in people)


def table(events: pd.DataFrame) -> pd.DataFrame:
    """The events as a flat, readable table (one row per event, same index) for display and download."""
    days = events["date"].dt.date
    return pd.DataFrame({
        "event_id": events["event_id"],
        "date": days,
        "jalali": days.map(jalali),
        "kind": events["kind"],
        "countries": events["countries"].map(" ".join),
        "country_names": events["countries"].map(countries_label),
        "forum": events["forum"],
        "location": events["location"],
        "city": events["city"],
        "officials": events["participants"].map(officials_label),
        "date_how": events["date_how"],
        "confidence": events["confidence"],
        "lang": events["lang"],
        "article": events["source_id"],
        "title": events["title"],
    }, index=events.index)


def viewer_link(row) -> None:
    """A link that opens the event's article in the source viewer with the event's evidence emphasised."""
    st.page_link(VIEWER, label=f"Open the source: {row['source_id']}", icon=":material/article:",
                 query_params={"article": row["article_id"], "event": row["event_id"]})


def event_card(row) -> None:
    """An event as a bordered card of English lines plus the link to its source."""
    with st.container(border=True):
        st.markdown(f"**{event_title(row)}**")  # English labels and codes only: no article text in Markdown
        st.text("\n".join(f"{label}: {value}" for label, value in event_lines(row)))
        viewer_link(row)
