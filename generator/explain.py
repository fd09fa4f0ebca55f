"""``python -m generator explain NAME``: why an entity was found, mention by mention."""
from __future__ import annotations

from generator.errors import GeneratorError
from generator.model import Entity, Story
from generator.registry import name_key


def explain_entity(story: Story, name: str) -> str:
    wanted = name_key(name)
    entities = story.actors + story.venues
    matches = [e for e in entities if wanted in {name_key(n) for n in (e.name, e.slug, *e.aliases)}]
    if not matches and wanted:  # a surname alone ("Araghchi"), as a reader would ask
        matches = [e for e in entities if any(name_key(n).endswith(" " + wanted) for n in (e.name, *e.aliases))]
    if not matches:
        raise GeneratorError(f"no actor or venue is called {name!r}; see the Actors and Venues pages for names")
    return "\n\n".join(_explain(entity, story) for entity in matches)


def _explain(entity: Entity, story: Story) -> str:
    titles = {a.slug: a.title for a in story.articles}
    lines = [f"{entity.name} ({entity.kind.value}{', ' + entity.role if entity.role else ''}) "
             f"— page {'actors' if entity.is_actor else 'venues'}/{entity.slug}.md",
             f"  also known as: {', '.join(entity.aliases) or '-'}",
             f"  {len(entity.mentions)} mentions in {len(entity.articles)} articles:"]
    for m in entity.mentions:
        lines.append(f"  - {titles[m.source.article]}, ¶{m.source.paragraph}: “{m.text}” — rule: {m.rule}")
    return "\n".join(lines)
