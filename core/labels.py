"""English labels and calendar equivalents for what the store holds (ISO3 codes, forum codes, role ids, days).

>>> country_name("IRN"), forum_name("MCIS"), role_name("defence_minister"), jalali("2024-04-27")
('Iran', 'Moscow Conference on International Security', 'Defence Minister', '1403/02/08')
"""

from __future__ import annotations

from datetime import date
from functools import cache

import jdatetime

from core.gazetteer import load

__all__ = ["country_name", "forum_name", "jalali", "role_name"]


@cache
def _forum_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for entries in load().entries.values():
        for e in entries:
            if e.kind == "forum":
                names.setdefault(e.entity, e.label_en)
    return names


def country_name(iso3: str | None) -> str:
    """English short name of a country code (the code itself when unknown, '' for None)."""
    if not iso3:
        return ""
    return load().country_names.get(iso3, iso3)


def forum_name(code: str | None) -> str:
    """English name of a forum code; OTHER is 'another named conference'."""
    if not code:
        return ""
    if code == "OTHER":
        return "Other named conference"
    return _forum_names().get(code, code)


def role_name(role: str | None) -> str:
    """English label of a title id (e.g. 'foreign_minister' -> 'Foreign Minister')."""
    if not role:
        return ""
    return load().title_labels.get(role, role.replace("_", " ").title())


def jalali(day: str | date | None) -> str:
    """The Jalali (Solar Hijri) day of a Gregorian day, as YYYY/MM/DD; '' when unknown."""
    if day is None or day == "" or day != day:  # None, '', NaN/NaT
        return ""
    return _jalali(str(day)[:10])


@cache
def _jalali(iso: str) -> str:
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return ""
    return jdatetime.date.fromgregorian(date=day).strftime("%Y/%m/%d")
