"""The chronology page scans: each event once, contents by month and day, undated events in the order
the articles tell them, sources one click away."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from generator.model import (Article, Block, Entity, EntityKind, Event, EventStatus, FuzzyDate, Mention, Precision,
                             SourceRef, Story)
from generator.render import render_site

PARAGRAPHS = tuple(Block("paragraph", f"Iran said something in paragraph {n}.", n) for n in range(1, 6))
LONG = "Iran and the United States agree to a second round of talks in Muscat."


def _event(slug: str, date: FuzzyDate, summary: str, article: str, paragraph: int,
           status: EventStatus = EventStatus.HAPPENED) -> Event:
    return Event(slug, date, status, summary, ("iran",), (), (SourceRef(article, paragraph),))


@pytest.fixture
def page(make_project) -> str:
    older = Article("older", "Older", dt.date(2026, 1, 5), "older.txt", PARAGRAPHS)
    newer = Article("newer", "Newer", dt.date(2026, 2, 1), "newer.txt", PARAGRAPHS)
    iran = Entity("iran", "Iran", EntityKind.STATE, (),
                  tuple(Mention(SourceRef(a, n), 0, 4, "Iran", "Iran", EntityKind.STATE, "country:IRN", "test")
                        for a in ("older", "newer") for n in range(1, 6)))
    day = FuzzyDate.of_day
    events = (
        _event("talks", day(dt.date(2026, 2, 3)), LONG, "newer", 2),
        _event("strike", day(dt.date(2026, 2, 3)), "A strike was reported", "newer", 3),
        _event("visit", day(dt.date(2026, 1, 20)), "Envoy visits Doha", "older", 1, EventStatus.PLANNED),
        _event("z-first-told", FuzzyDate.unknown(), "Zebra talks continue", "older", 2, EventStatus.ONGOING),
        _event("a-last-told", FuzzyDate.unknown(), "Alpha sanctions stay", "newer", 4, EventStatus.ONGOING),
        _event("m-middle", FuzzyDate.unknown(), "Middle statement", "older", 4, EventStatus.ONGOING),
    )
    story = Story((older, newer), actors=(iran,), venues=(), events=events)
    return render_site(story, make_project().config)["chronology/index.md"]


def test_each_event_appears_once_with_status_and_sources(page):
    body = page.split("</script>", 1)[1]  # after the structured data, which names events for search engines
    assert body.count("Envoy visits Doha") == 1
    assert body.count("A strike was reported") == 1
    assert "<svg" not in page and "> " not in body, "no timeline picture or quote repeating the list"
    entry = re.search(r'<div class="chronology-event chronology-planned" id="event-visit" markdown>(.*?)</div>',
                      page, re.S)
    assert entry, "an entry carries its status and the anchor other pages link to"
    status_line = next(line for line in entry.group(1).splitlines() if line.startswith("*planned*"))
    assert "[Older, ¶1](../articles/older.md#p1)" in status_line, "status, who, where and sources on one line"


def test_contents_are_months_not_sentences_and_each_day_is_shown_once(page):
    headings = re.findall(r"^(#{2,3}) (.+)$", page, re.M)
    assert headings == [("##", "January 2026"), ("##", "February 2026"), ("##", "Undated or ongoing")]
    days = re.findall(r"^\*\*(.+)\*\*\n\{: \.chronology-day \}$", page, re.M)
    assert days == ["20 January 2026", "3 February 2026"], "two events on one day share its date line"


def test_undated_events_follow_the_articles_not_the_alphabet(page):
    undated = page.split("## Undated or ongoing", 1)[1]
    order = re.findall(r'id="event-([\w-]+)"', undated)
    assert order == ["z-first-told", "m-middle", "a-last-told"], "older article first, then by paragraph"


def test_a_summary_shows_once_in_bold_and_a_month_is_not_repeated_as_a_date(page):
    assert page.count("**A strike was reported**") == 1
    assert "**February 2026**" not in page, "a month-precision date is said by its month heading"


def test_a_month_precision_event_has_no_date_line_of_its_own(make_project):
    article = Article("a", "A", dt.date(2026, 2, 1), "a.txt", PARAGRAPHS)
    month = FuzzyDate(2026, 2, 1, Precision.MONTH)
    story = Story((article,), actors=(), venues=(), events=(
        Event("talks", month, EventStatus.PLANNED, "Talks are planned", (), (), (SourceRef("a", 1),)),))
    page = render_site(story, make_project().config)["chronology/index.md"]
    assert "## February 2026" in page and "chronology-day" not in page


def test_a_paged_chronology_index_lists_months_then_the_undated_parts_and_the_latest_dated_events(make_project):
    import dataclasses

    article = Article("a", "A", dt.date(2026, 3, 1), "a.txt", PARAGRAPHS)
    day = FuzzyDate.of_day
    def event(slug: str, date: FuzzyDate, summary: str) -> Event:
        return Event(slug, date, EventStatus.HAPPENED, summary, (), (), (SourceRef("a", 1),))
    events = [event(f"dated-{n}", day(dt.date(2026, 1 + n % 2, 1 + n)), f"Dated {n}") for n in range(6)]
    events += [event(f"undated-{n}", FuzzyDate.unknown(), f"Undated {n}") for n in range(12)]
    events.append(event("yearless", FuzzyDate(None, 3, 5, Precision.DAY), "No year"))
    story = Story((article,), actors=(), venues=(), events=tuple(events))
    config = dataclasses.replace(make_project().config, chronology_page_size=3)
    index = render_site(story, config)["chronology/index.md"]
    rows = re.findall(r"^\| \[([^\]]+)\]", index, re.M)
    months = [r for r in rows if "Undated" not in r]
    undated = [r for r in rows if "Undated" in r]
    assert rows == months + undated and months[:2] == ["January 2026", "February 2026"]
    assert undated == sorted(undated, key=lambda r: int(r.rsplit(" ", 1)[-1]) if "part" in r else 1)
    latest = index.split("## Latest events", 1)[1]
    assert "No year" not in latest, "a date without its year is not among the latest"
    assert latest.index("Dated 5") < latest.index("Dated 0"), "newest first"
