"""schema.org descriptions (JSON-LD) of entities and events, for search engines.

An entity's travels in its page's front matter (key ``schema``), printed by
the theme override ``site_config/overrides/main.html``; a chronology page's
events, too many for front matter, are an inline block in the page.
"""
from __future__ import annotations

import json

from generator.model import Entity, EntityKind, Event, EventStatus, Precision

CONTEXT = "https://schema.org"
TYPES = {
    EntityKind.PERSON: "Person", EntityKind.STATE: "Country", EntityKind.ORGANISATION: "Organization",
    EntityKind.GROUP: "Organization", EntityKind.CITY: "City", EntityKind.COUNTRY: "Country",
    EntityKind.SEA: "BodyOfWater", EntityKind.REGION: "Place", EntityKind.BUILDING: "LandmarksOrHistoricalBuildings",
    EntityKind.OTHER: "Place",
}
STATUS = {EventStatus.CANCELLED: "https://schema.org/EventCancelled",
          EventStatus.PLANNED: "https://schema.org/EventScheduled",
          EventStatus.PROPOSED: "https://schema.org/EventScheduled"}


def entity_schema(entity: Entity) -> dict:
    schema = {"@context": CONTEXT, "@type": TYPES[entity.kind], "name": entity.name}
    if entity.aliases:
        schema["alternateName"] = list(entity.aliases)
    if entity.role and entity.kind is EntityKind.PERSON:
        schema["jobTitle"] = entity.role
    if entity.description:
        schema["description"] = entity.description
    if entity.coordinates:
        schema["geo"] = {"@type": "GeoCoordinates", "latitude": entity.coordinates[0],
                         "longitude": entity.coordinates[1]}
    return schema


def events_schema(events: list[Event], names: dict[str, str]) -> dict:
    return {"@context": CONTEXT, "@graph": [_event(e, names) for e in events]}


def json_ld_block(schema: dict) -> str:
    """A JSON-LD <script> for a page body. Every "<", ">" and "&" is written as a JSON escape,
    so no text inside can close the element or open another."""
    text = json.dumps(schema, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return '<script type="application/ld+json">' + text + "</script>"


def _event(event: Event, names: dict[str, str]) -> dict:
    schema = {"@type": "Event", "name": event.summary}
    start = _start_date(event)
    if start:
        schema["startDate"] = start
    if event.status in STATUS:
        schema["eventStatus"] = STATUS[event.status]
    if event.venues:
        schema["location"] = [{"@type": "Place", "name": names[v]} for v in event.venues if v in names]
    if event.actors:
        schema["organizer"] = [{"@type": "Thing", "name": names[a]} for a in event.actors if a in names]
    return schema


def _start_date(event: Event) -> str | None:
    """ISO 8601 at the date's own precision: "2026-02-01", "2026-02", "2026"; none without a year."""
    date = event.date
    if not date.known or date.year is None:
        return None
    if date.precision is Precision.DAY:
        return f"{date.year:04d}-{date.month:02d}-{date.day:02d}"
    if date.precision in (Precision.MONTH, Precision.MONTH_PART, Precision.WEEK):
        return f"{date.year:04d}-{date.month:02d}"
    return f"{date.year:04d}"
