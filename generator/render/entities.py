"""Actor and venue pages, and their index pages grouped by kind."""
from __future__ import annotations

import datetime as dt
import functools
from collections import Counter, defaultdict

import jinja2

from generator import slugs
from generator.enrichment import body_line_of, resolve_wikilinks
from generator.markdown import Markdown, escape, html_title, link, relative
from generator.model import Entity, Event, Mention, Quote
from generator.render.articles import GENERATOR_MARK
from generator.render.context import Site, excerpt, headline
from generator.render.home import relationship_graph, venue_map
from generator.render.structured import entity_schema

TOP_COMPANIONS = 8
LISTED = 100  # mentions and events listed on one entity page
SHORT_QUOTE_WORDS = 6


def entity_page(env: jinja2.Environment, site: Site, entity: Entity) -> str:
    page = site.page_of(entity)
    template = "actor.md.j2" if entity.is_actor else "venue.md.j2"
    return env.get_template(template).render(
        meta=_entity_meta(entity), entity=entity, aliases=_display_aliases(entity),
        acts_for=site.entity_link(entity.affiliation, page, actor=True) if entity.affiliation else None,
        quotes=[_quote_view(site, q, page) for q in site.quotes_by.get(entity.slug, [])],
        mentions=[_mention_view(site, m, page) for m in _newest(site, entity.mentions)],
        mention_count=len(entity.mentions),
        companions=_companions(site, entity, page),
        articles=[link(site.articles[a].title, page, slugs.article_page(a)) for a in entity.articles],
        events=[_event_link(site, e, page) for e in _latest_events(site.events_of.get(page, []))],
        event_count=len(site.events_of.get(page, [])),
        map_url=_map_url(entity),
        writer=_writer_view(site, entity, page),
        graph=Markdown(relationship_graph(site, site.story.actors, page, center=entity,
                                          companions=_companion_counts(site, entity))) if entity.is_actor else "",
        backlinks=[link(w.title, page, w.path) for w in site.backlinks.get(page, [])],
    )


def entity_inputs(site: Site, entity: Entity) -> tuple:
    """Everything ``entity_page`` shows: the entity, its quotes, events and writer's additions, the
    articles it is cited from (by their digest: titles, dates, paragraph text), every entity named
    with it (for the graph: by page, with how often each is named in the other's paragraphs) and
    the companions list (shared paragraphs, which those counts do not determine). The page cache reuses the page while these are equal."""
    page = site.page_of(entity)
    quotes = tuple(site.quotes_by.get(entity.slug, []))
    events = tuple((event, site.event_pages[event.slug]) for event in site.events_of.get(page, []))
    speakers = tuple(site.card(site.actors[q.speaker]) for q in quotes if q.speaker)
    cited = sorted(set(entity.articles) | {q.source.article for q in quotes})
    named_with = tuple((other, count, site.co_mentions[other][page], site.card(site.by_page[other]))
                       for other, count in sorted(site.co_mentions[page].items()))
    companions = tuple((site.card(other), count) for other, count in _companion_counts(site, entity))
    enrichment = site.story.enrichments.get(("actors" if entity.is_actor else "venues", entity.slug))
    names = tuple(sorted(site.names.items())) if enrichment is not None else ()  # wikilinks in the writer's text
    backlinks = tuple((w.title, w.path) for w in site.backlinks.get(page, []))
    acts_for = site.card(site.actors[entity.affiliation]) if entity.affiliation else None
    return (page, entity, acts_for, quotes, speakers, events, tuple(site.article_digests[a] for a in cited), named_with,
            companions, enrichment, names, backlinks)


def _writer_view(site: Site, entity: Entity, page: str) -> dict | None:
    """The writer's enrichment: prose (their Markdown, wikilinks resolved), picture and links."""
    found = site.story.enrichments.get(("actors" if entity.is_actor else "venues", entity.slug))
    if found is None:
        return None
    body = resolve_wikilinks(found.body, site.names, lambda label, target: link(label, page, target), found.path,
                             functools.partial(body_line_of, found))
    image = Markdown(f"![{escape(entity.name)}]({relative(page, found.image)})") if found.image else None
    links = [Markdown(f"[{escape(title)}](<{url}>)") for title, url in found.links]
    return {"body": Markdown(body), "image": image, "links": links}


def _newest(site: Site, mentions: tuple[Mention, ...]) -> list[Mention]:
    """The newest ``LISTED`` mentions (by article date), in reading order: a page stays small for an
    entity named in thousands of articles, and the full list of its articles is on the page."""
    if len(mentions) <= LISTED:
        return list(mentions)
    date_of = {slug: a.date or dt.date.min for slug, a in site.articles.items()}
    newest = sorted(mentions, key=lambda m: (date_of[m.source.article], m.source.article), reverse=True)[:LISTED]
    return sorted(newest, key=lambda m: (m.source.article, m.source.paragraph, m.start))


def _latest_events(events: list[Event]) -> list[Event]:
    dated = sorted(events, key=lambda e: (e.date.sort_key(), e.slug))
    return dated[-LISTED:]


def _entity_meta(entity: Entity) -> dict:
    return {
        "title": html_title(entity.name),
        "name": entity.name,
        "kind": entity.kind.value,
        "role": entity.role,
        "aliases": list(entity.aliases),
        "mentions": len(entity.mentions),
        "articles": list(entity.articles),
        "coordinates": list(entity.coordinates) if entity.coordinates else None,
        "schema": entity_schema(entity),
        "generated_by": GENERATOR_MARK,
    }


def _display_aliases(entity: Entity) -> list[str]:
    """Aliases plus accent-free spellings, so that search finds "Turkiye" and "Erdogan"."""
    names = list(entity.aliases)
    for name in [entity.name, *entity.aliases]:
        folded = slugs.fold(name)
        if folded != slugs.fold(name.replace("’", "'")) or folded == name.replace("’", "'"):
            continue
        if folded not in names and folded != entity.name:
            names.append(folded)
    return names


def _quote_view(site: Site, quote: Quote, page: str) -> dict:
    """The quote, and for a short one the sentence around it, so the reader sees what was said of what."""
    speaker = site.entity_link(quote.speaker, page, actor=True) if quote.speaker else None
    context = None
    if len(quote.text.split()) < SHORT_QUOTE_WORDS:
        text = site.articles[quote.source.article].paragraph(quote.source.paragraph).text
        at = text.find(quote.text)
        if at >= 0:
            context = excerpt(text, at, at + len(quote.text))
    return {"text": quote.text, "speaker": speaker, "context": context, "cite": site.cite(quote.source, page)}


def _mention_view(site: Site, mention: Mention, page: str) -> dict:
    text = site.articles[mention.source.article].paragraph(mention.source.paragraph).text
    return {"excerpt": excerpt(text, mention.start, mention.end), "cite": site.cite(mention.source, page)}


def _companions(site: Site, entity: Entity, page: str) -> list[dict]:
    return [{"link": link(other.name, page, site.page_of(other)), "count": count}
            for other, count in _companion_counts(site, entity)]


def _companion_counts(site: Site, entity: Entity) -> list[tuple[Entity, int]]:
    """Actors named in the same paragraphs as ``entity``, most shared paragraphs first."""
    shared: Counter = Counter()
    actors: dict[str, Entity] = {}
    for source in {m.source for m in entity.mentions}:
        here = {site.page_of(e): e for _, e in site.mentions_at[source] if e.is_actor and e.slug != entity.slug}
        actors.update(here)
        shared.update(here.keys())
    ranked = sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_COMPANIONS]
    return [(actors[other], count) for other, count in ranked]


def entity_index(env: jinja2.Environment, entities: tuple[Entity, ...], title: str, section: str, site: Site,
                 page_size: int) -> dict[str, str]:
    """Every actor (or venue) by kind, most mentioned first; past ``page_size`` of them the index keeps
    the most mentioned and every name is on the page of its first letter."""
    page = f"{section}/index.md"
    picture = Markdown(venue_map(site, entities, page) if section == "venues" else "")
    ranked = sorted(entities, key=lambda e: (-len(e.mentions), e.name))
    if len(entities) <= page_size:
        return {page: _entity_list(env, site, page, title, ranked, picture)}
    by_letter: dict[str, list[Entity]] = defaultdict(list)
    for entity in sorted(entities, key=lambda e: (slugs.fold(e.name).lower(), e.slug)):
        by_letter[slugs.index_letter(entity.name)].append(entity)
    pages = {slugs.letter_page(section, letter): _entity_list(
                 env, site, slugs.letter_page(section, letter), f"{title}: {letter.upper()}", group,
                 letters=_letter_links(by_letter, section, slugs.letter_page(section, letter)), index=page)
             for letter, group in by_letter.items()}
    pages[page] = _entity_list(env, site, page, title, ranked[:page_size], picture,
                               letters=_letter_links(by_letter, section, page), total=len(entities))
    return pages


def _entity_list(env: jinja2.Environment, site: Site, page: str, title: str, entities: list[Entity],
                 picture: Markdown = Markdown(""), letters: list[Markdown] | None = None, index: str | None = None,
                 total: int | None = None) -> str:
    groups: dict[str, list[dict]] = defaultdict(list)
    for entity in entities:
        groups[entity.kind.value].append({"link": link(entity.name, page, site.page_of(entity)), "role": entity.role,
                                          "mentions": len(entity.mentions), "articles": len(entity.articles)})
    return env.get_template("entity_index.md.j2").render(
        meta={"title": html_title(title), "generated_by": GENERATOR_MARK}, title=title,
        groups=sorted(groups.items()), picture=picture, letters=letters or [], shown=len(entities), total=total,
        index=Markdown(relative(page, index)) if index else None)


def _letter_links(by_letter: dict[str, list[Entity]], section: str, page: str) -> list[Markdown]:
    """A–Z links; the page's own letter in bold, not a link to itself."""
    return [Markdown(f"**{letter.upper()}**") if slugs.letter_page(section, letter) == page
            else link(letter.upper(), page, slugs.letter_page(section, letter)) for letter in sorted(by_letter)]


def _event_link(site: Site, event: Event, page: str) -> dict:
    return {"label": event.date.label(), "summary": event.summary,
            "link": site.event_link(event, headline(event.summary), page)}


def _map_url(entity: Entity) -> str | None:
    if not entity.coordinates:
        return None
    lat, lon = entity.coordinates
    return f"https://www.openstreetmap.org/?mlat={lat:.4f}&mlon={lon:.4f}#map=6/{lat:.4f}/{lon:.4f}"
