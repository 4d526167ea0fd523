"""Everything the engine extracts from a fixed set of texts, as one JSON line per text: the oracle for speed work.

    python bench/fingerprint.py > /tmp/before.jsonl     # on the old code
    python bench/fingerprint.py | cmp - /tmp/before.jsonl  # on the new code: silent when nothing changed

The texts: the seeds, ../shared/devset/articles, every challenge case (tests/test_challenge.py), and the dev
articles cut into sentences and pairs of sentences (many texts with no publication line, no header, a trigger
at the very start). Each line holds every mention, date, the publication date, countries and events with all
their fields, so a faster path that changes any offset, label or event shows up as a difference.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from core.ingest import detect_lang  # noqa: E402
from core.pipeline import process_text  # noqa: E402


def texts() -> list[tuple[str, str]]:
    """(name, text) of every text the fingerprint covers, in a fixed order."""
    devset = ROOT.parent / "shared" / "devset" / "articles"
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted(devset.glob("*.txt"))
    out = [(f.name, f.read_text(encoding="utf-8")) for f in files]
    from test_challenge import CASES

    out += [(f"challenge:{p.id}", p.values[1]) for p in CASES]
    for name, text in list(out[: len(files)]):
        lines = [line for line in text.split("\n") if line.strip()]
        out += [(f"{name}:line{i}", line) for i, line in enumerate(lines)]
        out += [(f"{name}:pair{i}", a + " " + b) for i, (a, b) in enumerate(zip(lines, lines[1:], strict=False))]
    return out


def fingerprint(name: str, text: str) -> str:
    r = process_text(text, detect_lang(text))
    return json.dumps({
        "name": name,
        "mentions": [dataclasses.astuple(m) for m in r.mentions],
        "dates": [dataclasses.astuple(d) for d in r.dates],
        "published": dataclasses.astuple(r.published) if r.published else None,
        "countries": r.countries,
        "events": [dataclasses.asdict(e) for e in r.events],
    }, ensure_ascii=False, sort_keys=True)


def main() -> None:
    for name, text in texts():
        print(fingerprint(name, text))


if __name__ == "__main__":
    main()
