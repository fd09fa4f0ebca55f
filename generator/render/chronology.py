"""The chronology: events by month, an undated section, a timeline picture.

Up to ``chronology_page_size`` events it is one page; beyond, one page per
month plus an index, so no page grows with the whole corpus.
"""
from __future__ import annotations

import calendar
from collections import defaultdict

import jinja2

from generator import slugs
from generator.config import Config
from generator.markdown import Markdown, html_title, link
from generator.model import Event
from generator.render.articles import GENERATOR_MARK
from generator.render.context import Site, headline, month_key
from generator.render.structured import events_schema
from generator.timeline import timeline_svg

INDEX_TIMELINE_EVENTS = 40


def is_paged(site_events: int, config: Config) -> bool:
    return site_events > config.chronology_page_size


def chronology_pages(env: jinja2.Environment, site: Site, config: Config) -> dict[str, str]:
    events = sorted(site.story.events, key=lambda e: (e.date.sort_key(), e.slug),
                    reverse=config.chronology_order == "descending")
    if not is_paged(len(events), config):
        page = "chronology/index.md"
        return {page: _page(env, site, page, "Chronology", events, len(events))}
    by_page: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        by_page[slugs.chronology_page(month_key(event))].append(event)
    pages = {page: _page(env, site, page, _page_title(group[0]), group, len(group)) for page, group in by_page.items()}
    pages["chronology/index.md"] = _index(env, by_page, events)
    return pages


def _page(env: jinja2.Environment, site: Site, page: str, title: str, events: list[Event], count: int) -> str:
    dated = [e for e in events if e.date.known]
    months: dict[str, list[dict]] = defaultdict(list)
    for event in dated:
        months[_month_heading(event)].append(_event_view(site, event, page))
    undated = [_event_view(site, e, page) for e in events if not e.date.known]
    names = {slug: entity.name for slug, entity in site.entities.items()}
    return env.get_template("chronology.md.j2").render(
        title=title, months=list(months.items()), undated=undated, count=count,
        timeline=Markdown(timeline_svg(dated)),
        meta={"title": html_title(title), "generated_by": GENERATOR_MARK, "schema": events_schema(events, names)})


def _index(env: jinja2.Environment, by_page: dict[str, list[Event]], events: list[Event]) -> str:
    page = "chronology/index.md"
    rows = [{"link": link(_page_title(group[0]), page, target), "count": len(group)}
            for target, group in by_page.items()]
    latest = sorted((e for e in events if e.date.known), key=lambda e: (e.date.sort_key(), e.slug))
    return env.get_template("chronology_index.md.j2").render(
        rows=rows, count=len(events), timeline=Markdown(timeline_svg(latest[-INDEX_TIMELINE_EVENTS:])))


def _page_title(event: Event) -> str:
    return _month_heading(event) if event.date.known else "Undated or ongoing"


def _month_heading(event: Event) -> str:
    """"February 2026"; a year-only date is headed by its year."""
    year = " (year not stated)" if event.date.year is None else f" {event.date.year}"
    return f"{calendar.month_name[event.date.month]}{year}" if event.date.month else event.date.label()


def _event_view(site: Site, event: Event, page: str) -> dict:
    return {
        "anchor": Markdown(slugs.event_anchor(event.slug)), "date": event.date.label(), "status": event.status.value,
        "headline": headline(event.summary), "summary": event.summary, "basis": event.date_basis,
        "actors": [site.entity_link(s, page) for s in event.actors],
        "venues": [site.entity_link(s, page) for s in event.venues],
        "sources": [site.cite(ref, page) for ref in event.sources],
    }
