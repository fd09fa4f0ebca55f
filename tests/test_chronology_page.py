"""The chronology page scans: each event once, contents by month and day, undated events in the order
the articles tell them, sources one click away."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from generator.model import Article, Block, Entity, EntityKind, Event, EventStatus, FuzzyDate, Mention, SourceRef, Story
from generator.render import render_site
from generator.render.chronology import split_summary

PARAGRAPHS = tuple(Block("paragraph", f"Iran said something in paragraph {n}.", n) for n in range(1, 6))
LONG = ("Iran and the United States agreed to hold a second round of indirect talks in Muscat next week, "
        "with Oman carrying messages between the delegations.")


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
    assert "*planned*" in entry.group(1) and "[Older, ¶1](../articles/older.md#p1)" in entry.group(1)


def test_contents_are_months_and_days_not_sentences(page):
    headings = re.findall(r"^(#{2,3}) (.+)$", page, re.M)
    assert headings == [("##", "January 2026"), ("###", "20 January 2026"), ("##", "February 2026"),
                        ("###", "3 February 2026"), ("##", "Undated or ongoing")]


def test_undated_events_follow_the_articles_not_the_alphabet(page):
    undated = page.split("## Undated or ongoing", 1)[1]
    order = re.findall(r'id="event-([\w-]+)"', undated)
    assert order == ["z-first-told", "m-middle", "a-last-told"], "older article first, then by paragraph"


def test_a_long_summary_shows_once_its_headline_in_bold(page):
    head, rest = split_summary(LONG)
    assert f"{head} {rest}" == LONG and rest
    assert page.count("Oman carrying messages") == 2, "once in the list, once in the structured data"
    assert f"**{head}** {rest}" in page.replace("\\", "")
    assert split_summary("Envoy visits Doha.") == ("Envoy visits Doha", "")
