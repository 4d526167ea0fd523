"""Overview page: counts, latest events and the uploader on the seeded store."""

from datetime import date


def metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_counts_on_the_seeds(app):
    at = app()
    m = metrics(at)
    assert m["Articles"] == "5"
    assert int(m["Events"]) >= 10
    assert m["First event"] == "2024-04-26"


def test_date_filter_narrows_the_counts(app):
    everything = int(metrics(app())["Events"])
    april = metrics(app(dates=(date(2024, 4, 1), date(2024, 4, 30)), undated=False))
    assert 0 < int(april["Events"]) < everything
    assert april["First event"].startswith("2024-04") and april["Last event"].startswith("2024-04")


def test_kind_filter_keeps_only_that_kind(app):
    at = app(kind=["multilateral"])
    titles = [m.value for m in at.markdown if m.value.startswith("**")]
    assert titles and all(t.startswith("**Multilateral") for t in titles)


def test_latest_events_name_countries_in_english(app):
    titles = " ".join(m.value for m in app().markdown)
    assert "Iran – Russia" in titles
