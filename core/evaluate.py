"""Scoring predictions against gold annotations, in the dev set's format (see shared devset GUIDE.md).

Events match on kind plus: the same two countries (bilateral); the same forum, the same location, or half
the countries in common (multilateral). A date counts as right within one day.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any


@dataclass
class Score:
    """Counts and the misses behind them."""

    ctp: int = 0
    cfp: int = 0
    cfn: int = 0
    etp: int = 0
    efp: int = 0
    efn: int = 0
    dates_ok: int = 0
    dates_n: int = 0
    pub_ok: int = 0
    pub_n: int = 0
    misses: list[str] = field(default_factory=list)

    @staticmethod
    def f1(tp: int, fp: int, fn: int) -> float:
        """Harmonic mean of precision and recall.

        >>> Score.f1(8, 1, 1)
        0.8888888888888888
        """
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    def summary(self) -> dict[str, float]:
        """The measures as a dict (precision, recall, F1 for countries and events; date accuracies)."""
        def pr(tp, fp, fn):
            return (tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0, self.f1(tp, fp, fn))
        cp, cr, cf = pr(self.ctp, self.cfp, self.cfn)
        ep, er, ef = pr(self.etp, self.efp, self.efn)
        return {"country_p": cp, "country_r": cr, "country_f1": cf, "event_p": ep, "event_r": er,
                "event_f1": ef, "event_date_acc": self.dates_ok / self.dates_n if self.dates_n else 0.0,
                "published_acc": self.pub_ok / self.pub_n if self.pub_n else 0.0}


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def event_match(gold: dict, pred: dict) -> bool:
    """Whether a predicted event counts for a gold one.

    >>> event_match({"kind": "bilateral", "countries": ["IRN", "RUS"]},
    ...             {"kind": "bilateral", "countries": ["RUS", "IRN"]})
    True
    """
    if gold.get("kind") != pred.get("kind"):
        return False
    gc, pc = set(gold.get("countries") or []), set(pred.get("countries") or [])
    if gold["kind"] == "bilateral":
        return gc == pc
    if gold.get("forum") and gold.get("forum") == pred.get("forum"):
        return True
    if gold.get("location") and gold.get("location") == pred.get("location"):
        return True
    return bool(gc) and len(gc & pc) / len(gc | pc) >= 0.5


def score(gold: dict[str, dict], pred: dict[str, dict]) -> Score:
    """Compare predictions (by id) with gold rows."""
    s = Score()
    for gid, g in sorted(gold.items()):
        p = pred.get(gid, {})
        gcs, pcs = set(g.get("countries") or []), set(p.get("countries") or [])
        s.ctp += len(gcs & pcs)
        s.cfp += len(pcs - gcs)
        s.cfn += len(gcs - pcs)
        if gcs != pcs:
            s.misses.append(f"{gid} countries missed={sorted(gcs - pcs)} extra={sorted(pcs - gcs)}")
        if g.get("published"):
            s.pub_n += 1
            s.pub_ok += _day(p.get("published")) == _day(g["published"])
        left = list(p.get("events") or [])
        for ge in g.get("events") or []:
            hit = next((pe for pe in left if event_match(ge, pe)), None)
            if hit is None:
                s.efn += 1
                s.misses.append(f"{gid} event missed {ge}")
                continue
            left.remove(hit)
            s.etp += 1
            if ge.get("date"):
                s.dates_n += 1
                gd, pd = _day(ge["date"]), _day(hit.get("date"))
                ok = pd is not None and gd is not None and abs((gd - pd).days) <= 1
                s.dates_ok += ok
                if not ok:
                    s.misses.append(f"{gid} event date {hit.get('date')} != {ge['date']}")
        s.efp += len(left)
        for pe in left:
            s.misses.append(f"{gid} event extra {pe.get('kind')} {pe.get('countries')} {pe.get('forum')}")
    return s


def load_jsonl(path: str | Path) -> dict[str, dict]:
    """Rows of a JSONL file keyed by their "id"."""
    rows = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                rows[str(row["id"])] = row
    return rows
