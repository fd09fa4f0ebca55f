"""The chronology: events by month, an undated section, a timeline picture."""
from __future__ import annotations

import calendar
from collections import defaultdict

import jinja2

from generator import slugs
from generator.config import Config
from generator.markdown import Markdown
from generator.model import Event
from generator.render.context import Site
from generator.timeline import timeline_svg


def chronology_pages(env: jinja2.Environment, site: Site, config: Config) -> dict[str, str]:
    page = "chronology/index.md"
    events = sorted(site.story.events, key=lambda e: (e.date.sort_key(), e.slug),
                    reverse=config.chronology_order == "descending")
    dated = [e for e in events if e.date.known]
    months: dict[str, list[dict]] = defaultdict(list)
    for event in dated:
        months[_month_heading(event)].append(_event_view(site, event, page))
    undated = [_event_view(site, e, page) for e in events if not e.date.known]
    return {page: env.get_template("chronology.md.j2").render(
        months=list(months.items()), undated=undated, count=len(events),
        timeline=Markdown(timeline_svg(dated)))}


def _month_heading(event: Event) -> str:
    """"February 2026"; a year-only date is headed by its year."""
    year = "" if event.date.year is None else f" {event.date.year}"
    return f"{calendar.month_name[event.date.month]}{year}".strip() if event.date.month else event.date.label()


def _event_view(site: Site, event: Event, page: str) -> dict:
    return {
        "anchor": Markdown(slugs.event_anchor(event.slug)), "date": event.date.label(), "status": event.status.value,
        "summary": event.summary, "basis": event.date_basis,
        "actors": [site.entity_link(s, page) for s in event.actors],
        "venues": [site.entity_link(s, page) for s in event.venues],
        "sources": [site.cite(ref, page) for ref in event.sources],
    }
