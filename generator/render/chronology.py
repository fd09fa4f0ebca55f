"""The chronology: events by month and day, then the undated, each event once.

Laid out to scan: the table of contents lists months and days (the event
entries are not headings); an entry is its summary (the extraction keeps it
to a headline), then status, who and where, and its sources, drawn as a
timeline by the stylesheet (body-size text, no picture repeating the list). Undated events
follow in the order the articles tell them (article date, then paragraph).
Up to ``chronology_page_size`` events it is one page; beyond, one page per
month plus an index, so no page grows with the whole corpus.
"""
from __future__ import annotations

import calendar
import functools
import hashlib
import re
from collections import defaultdict
from collections.abc import Callable

import jinja2

from generator import slugs
from generator.config import Config
from generator.markdown import Markdown, html_title, link
from generator.model import Event
from generator.render.articles import GENERATOR_MARK
from generator.render.context import Site, headline, month_key
from generator.render.structured import events_schema, json_ld_block

INDEX_LATEST_EVENTS = 20
PART = re.compile(r"-part-(\d+)\.md$")


def ordered(events: tuple[Event, ...], config: Config) -> list[Event]:
    return sorted(events, key=lambda e: (e.date.sort_key(), e.slug), reverse=config.chronology_order == "descending")


def chronology_layout(events: tuple[Event, ...], config: Config) -> dict[str, str]:
    """Which page shows each event: all on one page up to ``chronology_page_size`` events; beyond,
    one page per month (and one for the undated), each split in parts of about that many.

    A month's parts follow the dates. The undated have no order a reader relies on, so they are
    spread over parts by a hash of the event: a new undated event changes one page, not every
    part after it (and the links to them from actor pages).
    """
    size = config.chronology_page_size
    if len(events) <= size:
        return {e.slug: "chronology/index.md" for e in events}
    groups: dict[str | None, list[Event]] = defaultdict(list)
    for event in ordered(events, config):
        groups[month_key(event)].append(event)
    layout = {}
    for key, group in groups.items():
        parts = _power_of_two_at_least(-(-len(group) // size))
        for index, event in enumerate(group):
            part = _stable_bucket(event.slug, parts) if key is None else index // size
            layout[event.slug] = slugs.chronology_page(key if not part else f"{key or 'undated'}-part-{part + 1}")
    return layout


def _power_of_two_at_least(n: int) -> int:
    """Part counts move in powers of two, so the undated reshuffle only when their number doubles."""
    return 1 << (n - 1).bit_length()


def _stable_bucket(slug: str, buckets: int) -> int:
    return int.from_bytes(hashlib.sha256(slug.encode()).digest()[:8], "big") % buckets


def chronology_pages(env: jinja2.Environment, site: Site, config: Config
                     ) -> dict[str, tuple[tuple | None, Callable[[], str]]]:
    """Each chronology page: what it shows (None: always rendered), and the function that renders it."""
    events = ordered(site.story.events, config)
    by_page: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        by_page[site.event_pages[event.slug]].append(event)
    if list(by_page) in ([], ["chronology/index.md"]):
        by_page = {"chronology/index.md": events}
        titles = {"chronology/index.md": "Chronology"}
    else:
        titles = {page: _part_title(page, group[0]) for page, group in by_page.items()}
    pages = {page: (_page_inputs(site, page, titles[page], group),
                    functools.partial(_page, env, site, page, titles[page], group))
             for page, group in by_page.items()}
    if "chronology/index.md" not in pages:
        pages["chronology/index.md"] = (None, functools.partial(_index, env, site, by_page, events))
    return pages


def _page_inputs(site: Site, page: str, title: str, events: list[Event]) -> tuple:
    """Everything a chronology page shows: its events, who and where they name, the articles they cite
    (their dates order the undated)."""
    named = sorted({(True, slug) for e in events for slug in e.actors}
                   | {(False, slug) for e in events for slug in e.venues})
    cited = sorted({ref.article for e in events for ref in e.sources})
    return (page, title, tuple(events), tuple(site.card(site.entity(slug, actor)) for actor, slug in named),
            tuple((slug, site.articles[slug].title, site.articles[slug].date) for slug in cited))


def _part_title(page: str, first: Event) -> str:
    """"February 2026", or "February 2026, part 2" for a month split over several pages."""
    part = PART.search(page)
    return f"{_page_title(first)}, part {part.group(1)}" if part else _page_title(first)


def _page(env: jinja2.Environment, site: Site, page: str, title: str, events: list[Event]) -> str:
    months: dict[str, list[tuple[str, list[dict]]]] = defaultdict(list)
    for event in (e for e in events if e.date.known):
        month = _month_heading(event)
        days = months[month]
        day = "" if event.date.label() == month else event.date.label()  # "February 2026" is said once
        if not days or days[-1][0] != day:
            days.append((day, []))
        days[-1][1].append(_event_view(site, event, page))
    undated = [_event_view(site, e, page) for e in sorted((e for e in events if not e.date.known),
                                                           key=lambda e: _telling_order(site, e))]
    names = {**{slug: site.venues[slug].name for e in events for slug in e.venues},
             **{slug: site.actors[slug].name for e in events for slug in e.actors}}
    return env.get_template("chronology.md.j2").render(
        title=title, months=list(months.items()), undated=undated, count=len(events),
        meta={"title": html_title(title), "generated_by": GENERATOR_MARK},
        structured_data=Markdown(json_ld_block(events_schema(events, names))))


def _telling_order(site: Site, event: Event) -> tuple:
    """Where the articles tell an undated event: its first source's article (by date) and paragraph."""
    first = min(event.sources, key=lambda ref: (_article_order(site, ref.article), ref.paragraph), default=None)
    if first is None:
        return ((), 0, event.slug)
    return (_article_order(site, first.article), first.paragraph, event.slug)


def _article_order(site: Site, slug: str) -> tuple:
    date = site.articles[slug].date
    return (date is None, date or 0, slug)


def _index(env: jinja2.Environment, site: Site, by_page: dict[str, list[Event]], events: list[Event]) -> str:
    page = "chronology/index.md"
    rows = [{"link": link(_part_title(target, group[0]), page, target), "count": len(group)}
            for target, group in sorted(by_page.items(), key=lambda item: _index_order(item[0], item[1][0]))]
    latest = sorted((e for e in events if e.date.known and e.date.year is not None),
                    key=lambda e: (e.date.sort_key(), e.slug))
    shown = [{"date": e.date.label(), "status": e.status.value,
              "link": site.event_link(e, headline(e.summary), page)}
             for e in reversed(latest[-INDEX_LATEST_EVENTS:])]
    return env.get_template("chronology_index.md.j2").render(rows=rows, count=len(events), latest=shown)


def _index_order(page: str, first: Event) -> tuple[int, int]:
    """Months with a year (in date order, as given), then those without one, then the undated parts in turn."""
    part = PART.search(page)
    if not first.date.known:
        return (2, int(part.group(1)) if part else 1)
    return (1 if first.date.year is None else 0, 0)


def _page_title(event: Event) -> str:
    return _month_heading(event) if event.date.known else "Undated or ongoing"


def _month_heading(event: Event) -> str:
    """"February 2026"; a year-only date is headed by its year."""
    year = " (year not stated)" if event.date.year is None else f" {event.date.year}"
    return f"{calendar.month_name[event.date.month]}{year}" if event.date.month else event.date.label()


def _event_view(site: Site, event: Event, page: str) -> dict:
    return {
        "anchor": Markdown(slugs.event_anchor(event.slug)), "date": event.date.label(), "status": event.status.value,
        "summary": " ".join(event.summary.split()).rstrip("."), "basis": event.date_basis,
        "actors": [site.entity_link(s, page, actor=True) for s in event.actors],
        "venues": [site.entity_link(s, page, actor=False) for s in event.venues],
        "sources": [site.cite(ref, page) for ref in event.sources],
    }
