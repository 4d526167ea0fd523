"""Records stay frozen dataclasses with their fast constructor: same fields, defaults, guards and helpers."""

import dataclasses

import pytest

from core.records import Article, ArticleResult, DateMention, Event, Mention, Participant, Problem, record

RECORDS = [
    (Mention, (0, 5, "ایران", "country", "IRN", "IRN", "Iran"), {"form": "name"}),
    (DateMention, (0, 10, "۱۴۰۵/۰۳/۱۵", "jalali", 1405, 3, 15, "2026-06-05", "day"),
     {"how": "stated", "offset_days": None, "weekday": None}),
    (Participant, ("لاوروف", "Sergei Lavrov", "foreign_minister", "RUS"), {"start": None, "end": None}),
    (Event, ("bilateral", ("IRN", "RUS")), {"date": None, "date_how": "none", "participants": (), "confidence": 0.5}),
    (Problem, ("x.bin", "binary", "file looks binary"), {"source_id": None}),
    (Article, ("a1", "f001", "f001.txt", "سلام"), {"lang": "", "title": None}),
]


@pytest.mark.parametrize(("cls", "args", "defaults"), RECORDS, ids=lambda v: getattr(v, "__name__", ""))
def test_record_is_a_frozen_dataclass(cls, args, defaults):
    r = cls(*args)
    assert dataclasses.is_dataclass(r)
    names = [f.name for f in dataclasses.fields(cls)]
    assert [getattr(r, n) for n in names[: len(args)]] == list(args)
    assert {k: getattr(r, k) for k in defaults} == defaults
    assert cls(**dict(zip(names, args, strict=False))) == r
    assert hash(r) == hash(cls(*args))
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(r, names[0], args[0])
    with pytest.raises(dataclasses.FrozenInstanceError):
        delattr(r, names[0])
    changed = dataclasses.replace(r, **{names[1]: args[0]})
    assert getattr(changed, names[1]) == args[0] and getattr(r, names[1]) == args[1]
    assert dataclasses.asdict(r) == {n: getattr(r, n) for n in names} or cls is Event
    with pytest.raises(TypeError):
        cls()


def test_result_defaults_and_as_dict():
    r = ArticleResult(Article("a1", "f001", "f001.txt", "سلام", "fa"))
    assert (r.mentions, r.events, r.problems) == ((), (), ())
    e = Event("bilateral", ("IRN", "RUS"), participants=(Participant("لاوروف", "Sergei Lavrov", None, "RUS", 0, 6),))
    assert e.as_dict()["participants"] == [{"name": "لاوروف", "name_en": "Sergei Lavrov", "role": None,
                                            "country": "RUS"}]


def test_record_refuses_factories():
    with pytest.raises(TypeError):
        @record
        class Bad:
            items: list = dataclasses.field(default_factory=list)
