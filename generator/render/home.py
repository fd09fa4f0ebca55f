"""Lists and pictures for the writer's home page, kept current by the generator.

The home page's prose is the writer's (docs/index.md); it includes these
snippets where it wants them, e.g. ``--8<-- "actors/_home_actors.md"``.
Snippet files start with "_" so MkDocs does not build them as pages
(``exclude_docs`` in mkdocs.yml); their links are relative to the site root.
"""
from __future__ import annotations

from generator import slugs
from generator.markdown import escape, link
from generator.model import Entity, Story
from generator.pictures import figure, relationship_graph_svg, venue_map_svg
from generator.render.context import Site, headline

HOME = "index.md"
KEY_ENTITIES = 8
LATEST = 6
GRAPH_NODES = 10


def home_snippets(site: Site) -> dict[str, str]:
    story = site.story
    return {
        "actors/_home_actors.md": _entity_list(site, story.actors),
        "venues/_home_venues.md": _entity_list(site, story.venues),
        "venues/_home_map.md": venue_map(site, story.venues, HOME) + "\n",
        "chronology/_home_latest.md": _latest_events(site),
        "articles/_home_latest.md": _latest_articles(story),
        "actors/_home_graph.md": relationship_graph(site, story.actors, HOME) + "\n",
    }


def built_url(page: str, from_page: str) -> str:
    """The URL MkDocs gives ``page`` (directory URLs), relative to where ``from_page`` is served."""
    def url(path: str) -> str:
        stem = path[:-3]
        return "" if stem == "index" else (stem[:-5] if stem.endswith("/index") else stem + "/")
    here, there = url(from_page), url(page)
    depth = here.count("/")
    return "../" * depth + there if there or depth else "./"


def relationship_graph(site: Site, actors: tuple[Entity, ...], page: str, center: Entity | None = None,
                       companions: list[tuple[Entity, int]] | None = None) -> str:
    """Who appears with whom, weighted by the paragraphs naming both.

    Around a ``center``, its ``companions`` (the "Most often mentioned with" list of its page, with
    their shared paragraphs) and only those ties: the picture and the list agree, and the page
    changes only when an article mentions it. Without one, the most mentioned actors, each with
    its strongest ties.
    """
    if center is not None:
        chosen = [center] + [other for other, _ in companions] if companions else []
        weights = {(center.slug, other.slug): count for other, count in companions or []}
    else:
        chosen = sorted(actors, key=lambda e: (-len(e.mentions), e.slug))[:GRAPH_NODES]
        weights = shared_paragraphs(chosen)
    nodes = [(e.slug, e.name, e.kind.value) for e in chosen]
    links = {e.slug: built_url(site.page_of(e), page) for e in chosen}
    svg = relationship_graph_svg(nodes, [(a, b, w) for (a, b), w in sorted(weights.items())],
                                 center.slug if center else None, links, top=GRAPH_NODES)
    return figure(svg, "relationship-graph")


def shared_paragraphs(entities: list[Entity]) -> dict[tuple[str, str], int]:
    """For each pair, the number of paragraphs that mention both."""
    paragraphs = {e.slug: {m.source for m in e.mentions} for e in entities}
    return {(a.slug, b.slug): shared for i, a in enumerate(entities) for b in entities[i + 1:]
            if (shared := len(paragraphs[a.slug] & paragraphs[b.slug]))}


def venue_map(site: Site, venues: tuple[Entity, ...], page: str) -> str:
    places = [(v.slug, v.name, v.coordinates[0], v.coordinates[1], len(v.mentions)) for v in venues if v.coordinates]
    links = {v.slug: built_url(site.page_of(v), page) for v in venues}
    return figure(venue_map_svg(places, links), "venue-map")


def _entity_list(site: Site, entities: tuple[Entity, ...]) -> str:
    top = sorted(entities, key=lambda e: (-len(e.mentions), e.name))[:KEY_ENTITIES]
    lines = [f"- {link(e.name, HOME, site.page_of(e))}" + (f" — {escape(e.role)}" if e.role else "") for e in top]
    return "\n".join(lines) + "\n" if lines else "Nothing yet.\n"


def _latest_events(site: Site) -> str:
    dated = sorted((e for e in site.story.events if e.date.known and e.date.year is not None),
                   key=lambda e: (e.date.sort_key(), e.slug))
    lines = [f"- **{escape(e.date.label())}** · {site.event_link(e, headline(e.summary), HOME)}"
             for e in reversed(dated[-LATEST:])]
    return "\n".join(lines) + "\n" if lines else "No dated events yet.\n"


def _latest_articles(story: Story) -> str:
    ordered = sorted(story.articles, key=lambda a: (a.date is not None, a.date or 0, a.slug), reverse=True)
    lines = [f"- {link(a.title, HOME, slugs.article_page(a.slug))}"
             + (f" · {escape(a.date.strftime('%-d %B %Y'))}" if a.date else " · undated") for a in ordered[:LATEST]]
    return "\n".join(lines) + "\n" if lines else "No articles yet.\n"

