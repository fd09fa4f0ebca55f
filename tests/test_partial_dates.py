"""``date: 2026-03`` (a month) or ``date: 2026`` (a year) in ``content/events.yml``: as precise as written."""
from __future__ import annotations

import pytest

from generator import pipeline
from generator.errors import InputError
from generator.model import Precision


def corrected(project, entry: str):
    (project.root / "content" / "events.yml").write_text(
        f'events:\n  - match: "Qatar and Egypt sent observers"\n{entry}', encoding="utf-8")
    story = pipeline.build_story(project.config)
    return next(e for e in story.events if e.summary.startswith("Qatar and Egypt"))


@pytest.mark.parametrize("entry, month, precision, label", [
    ("    date: 2026-03\n", 3, Precision.MONTH, "March 2026"),
    ("    date: '2026-03'\n", 3, Precision.MONTH, "March 2026"),
    ("    date: 2026-03\n    precision: year\n", None, Precision.YEAR, "2026"),
    ("    date: 2025\n", None, Precision.YEAR, "2025"),
    ("    date: 1975\n    precision: decade\n", None, Precision.DECADE, "the 1970s"),
], ids=["month", "quoted-month", "month-as-year", "year", "decade"])
def test_a_partial_date_is_as_precise_as_written(make_project, entry, month, precision, label):
    event = corrected(make_project("two_articles"), entry)
    assert event.date.precision is precision
    assert event.date.label() == label
    assert event.date.month == month or precision in (Precision.YEAR, Precision.DECADE)


@pytest.mark.parametrize("entry, message", [
    ("    date: 2026-13\n", "key 'date': expected a date such as 2026-02-15, a month such as 2026-03 or a year"),
    ("    date: March\n", "key 'date': expected a date such as 2026-02-15, a month such as 2026-03 or a year"),
    ("    date: 2026-03\n    precision: day\n", "key 'precision': 2026-03 gives no day; expected month or year or decade"),
    ("    date: 2026\n    precision: month\n", "key 'precision': 2026 gives no day; expected year or decade, got 'month'"),
])
def test_a_bad_partial_date_is_an_error(make_project, entry, message):
    with pytest.raises(InputError, match=message):
        corrected(make_project("two_articles"), entry)
