"""``python -m generator explain NAME``: why an entity was found, mention by mention; or, for words of an
event, why it has its date ("why is this dated 3 February?")."""
from __future__ import annotations

from generator.errors import GeneratorError
from generator.model import Entity, Event, Story
from generator.registry import name_key
from generator.slugs import fold


def explain_entity(story: Story, name: str) -> str:
    wanted = name_key(name)
    entities = story.actors + story.venues
    matches = [e for e in entities if wanted in {name_key(n) for n in (e.name, e.slug, *e.aliases)}]
    if not matches and wanted:  # a surname alone ("Okafor"), as a reader would ask
        matches = [e for e in entities if any(name_key(n).endswith(" " + wanted) for n in (e.name, *e.aliases))]
    if matches:
        return "\n\n".join(_explain(entity, story) for entity in matches)
    events = _events_with(story, name)
    if not events:
        raise GeneratorError(f"no actor or venue is called {name!r}, and no event summary contains it; see the "
                             "Actors, Venues and Chronology pages for names and summaries")
    return "\n\n".join(_explain_event(event, story) for event in events)


def _events_with(story: Story, words: str) -> list[Event]:
    wanted = fold(words).lower()
    return [e for e in story.events if wanted and wanted in fold(e.summary).lower()]


def _explain_event(event: Event, story: Story) -> str:
    titles = {a.slug: a.title for a in story.articles}
    names = {e.slug: e.name for e in story.actors + story.venues}
    lines = [f"{event.summary} — {event.date.label()} ({event.date.precision.value}, {event.status.value})",
             f"  dated by: {event.date_from or 'nothing: no time expression, none earlier in the text'}",
             f"  who and where: {', '.join(names.get(s, s) for s in event.actors + event.venues) or '-'}",
             f"  reported in {len(event.sources)} paragraph(s):"]
    lines += [f"  - {titles.get(s.article, s.article)}, ¶{s.paragraph}" for s in event.sources]
    return "\n".join(lines)


def _explain(entity: Entity, story: Story) -> str:
    titles = {a.slug: a.title for a in story.articles}
    lines = [f"{entity.name} ({entity.kind.value}{', ' + entity.role if entity.role else ''}) "
             f"— page {'actors' if entity.is_actor else 'venues'}/{entity.slug}.md",
             f"  also known as: {', '.join(entity.aliases) or '-'}",
             f"  {len(entity.mentions)} mentions in {len(entity.articles)} articles:"]
    for m in entity.mentions:
        lines.append(f"  - {titles[m.source.article]}, ¶{m.source.paragraph}: “{m.text}” — rule: {m.rule}")
    return "\n".join(lines)
