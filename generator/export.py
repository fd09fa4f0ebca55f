"""The extraction as JSON: five lists (articles, actors, venues, events, quotes), every reference
by slug (an actor's ``affiliation``: the state it acts for, or null); what ``python -m generator
evaluate`` scores (generator/evaluate.py)."""
from __future__ import annotations

from generator.model import Entity, Event, Story


def export_story(story: Story) -> dict:
    return {
        "articles": [{"id": a.slug, "title": a.title, "date": a.date.isoformat() if a.date else None,
                      "source": a.source_path} for a in story.articles],
        "actors": [_entity(e) | {"affiliation": e.affiliation} for e in story.actors],
        "venues": [_entity(e) | {"coordinates": list(e.coordinates) if e.coordinates else None}
                   for e in story.venues],
        "events": [_event(e) for e in story.events],
        "quotes": [{"speaker": q.speaker, "text": q.text, "article": q.source.article,
                    "paragraph": q.source.paragraph} for q in story.quotes],
    }


def _entity(entity: Entity) -> dict:
    return {
        "id": entity.slug, "name": entity.name, "kind": entity.kind.value, "role": entity.role,
        "aliases": list(entity.aliases),
        "mentions": [{"article": m.source.article, "paragraph": m.source.paragraph} for m in entity.mentions],
    }


def _event(event: Event) -> dict:
    return {
        "id": event.slug, "date": event.date.iso(), "precision": event.date.precision.value,
        "status": event.status.value, "summary": event.summary, "actors": list(event.actors),
        "venues": list(event.venues),
        "sources": [{"article": s.article, "paragraph": s.paragraph} for s in event.sources],
    }
