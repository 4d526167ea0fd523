"""Golden records: the whole pipeline over each bundled seed gives the events written beside it
(tests/golden/seeds.json: kind, countries, and forum/date/location where the text states them; a null
there means "not checked"), and every span points at its words in the original text."""

import json
from pathlib import Path

import pytest

from core.ingest import read_paths
from core.pipeline import process
from core.records import Article

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = json.loads((ROOT / "tests" / "golden" / "seeds.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def results():
    return {a.source_id: process(a) for a in read_paths([ROOT / "seeds"]) if isinstance(a, Article)}


def test_every_seed_is_read(results):
    assert sorted(results) == sorted(GOLDEN)


@pytest.mark.parametrize("seed", sorted(GOLDEN))
def test_seed_events(results, seed):
    got = [e.as_dict() for e in results[seed].events]
    expected = GOLDEN[seed]["events"]
    assert sorted((e["kind"], tuple(e["countries"])) for e in got) == \
        sorted((e["kind"], tuple(e["countries"])) for e in expected)
    for want in expected:
        match = next(e for e in got if e["kind"] == want["kind"] and e["countries"] == want["countries"])
        for key in ("forum", "date", "location"):
            if want[key] is not None:
                assert match[key] == want[key], (seed, want, key)


@pytest.mark.parametrize("seed", sorted(GOLDEN))
def test_seed_publication_date(results, seed):
    assert results[seed].as_dict()["published"] == GOLDEN[seed]["published"]


@pytest.mark.parametrize("seed", sorted(GOLDEN))
def test_every_span_is_its_surface(results, seed):
    result = results[seed]
    text = result.article.text
    assert result.mentions and result.dates is not None
    for m in result.mentions:
        assert text[m.start:m.end] == m.surface, m
    for d in result.dates:
        assert text[d.start:d.end] == d.surface, d
    for e in result.events:
        for start, end in e.evidence:
            assert 0 <= start < end <= len(text)
        for p in e.participants:
            if p.start is not None:
                assert text[p.start:p.end] == p.name


def test_seed_text_is_never_modified(results):
    for seed, result in results.items():
        assert result.article.text == (ROOT / "seeds" / f"{seed}.txt").read_text(encoding="utf-8").lstrip("\ufeff")
