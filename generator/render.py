"""Stage 5, render: the resolved ``Story`` → ``{docs-relative path: page text}``.

Pure: nothing here touches the disk. Page layouts are Jinja templates in
``site_config/templates``; this module only prepares their context. Every
value printed by a template is Markdown-escaped unless it was built as
``Markdown`` here (see ``generator.markdown``).
"""
from __future__ import annotations

import calendar
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import jinja2

from generator import slugs
from generator.config import Config
from generator.extract.text import split_sentences
from generator.markdown import Markdown, escape, finalize, link, relative
from generator.model import Article, Block, Entity, Event, Mention, Quote, SourceRef, Story
from generator.timeline import timeline_svg
from generator.yamlio import front_matter_block

EXCERPT_CHARS = 220
SHORT_QUOTE_WORDS = 6
TOP_COMPANIONS = 8
GENERATOR_MARK = "explainer-generator"


@dataclass(frozen=True)
class Site:
    """Lookups shared by every page: who an entity is, where a citation points."""

    story: Story
    entity_by_mention: dict[tuple[str, int, int], Entity]
    entities: dict[str, Entity]
    articles: dict[str, Article]

    @classmethod
    def of(cls, story: Story) -> Site:
        by_mention = {}
        for entity in story.actors + story.venues:
            for m in entity.mentions:
                by_mention[(m.source.article, m.source.paragraph, m.start)] = entity
        return cls(story, by_mention, {e.slug: e for e in story.actors + story.venues},
                   {a.slug: a for a in story.articles})

    def page_of(self, entity: Entity) -> str:
        return slugs.actor_page(entity.slug) if entity.is_actor else slugs.venue_page(entity.slug)

    def cite(self, ref: SourceRef, from_page: str) -> Markdown:
        article = self.articles[ref.article]
        return link(f"{article.title}, ¶{ref.paragraph}", from_page, slugs.article_page(ref.article),
                    slugs.paragraph_anchor(ref.paragraph))

    def entity_link(self, slug: str, from_page: str) -> Markdown:
        entity = self.entities[slug]
        return link(entity.name, from_page, self.page_of(entity))


def render_site(story: Story, config: Config) -> dict[str, str]:
    env = _environment(config.templates_dir)
    site = Site.of(story)
    pages: dict[str, str] = {}
    for article in story.articles:
        pages[slugs.article_page(article.slug)] = _article_page(env, site, article)
    pages["articles/index.md"] = _articles_index(env, story)
    for entity in story.actors + story.venues:
        pages[site.page_of(entity)] = _entity_page(env, site, entity)
    pages["actors/index.md"] = _entity_index(env, story.actors, "Actors", "actors/index.md", site)
    pages["venues/index.md"] = _entity_index(env, story.venues, "Venues", "venues/index.md", site)
    pages.update(_chronology_pages(env, site, config))
    return dict(sorted(pages.items()))


def _environment(templates: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        finalize=finalize,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,  # output is Markdown, escaped by ``finalize``
    )
    env.filters["yaml_front_matter"] = lambda meta: Markdown(front_matter_block(meta))
    env.filters["join"] = _join
    return env


def _join(items, separator: str = "") -> Markdown:
    """Like Jinja's ``join``, but links built as Markdown stay links and plain text is escaped."""
    return Markdown(str(escape(separator)).join(str(finalize(item)) for item in items))


def _article_page(env: jinja2.Environment, site: Site, article: Article) -> str:
    page = slugs.article_page(article.slug)
    meta = {
        "title": article.title,
        "date": article.date.isoformat() if article.date else None,
        "source": article.publisher,
        "url": article.url,
        "source_file": article.source_path,
        "tags": list(article.tags),
        "paragraphs": len(article.paragraphs),
        "generated_by": GENERATOR_MARK,
    }
    blocks = [_block_view(site, article, block, page) for block in article.blocks]
    return env.get_template("article.md.j2").render(
        meta=meta, article=article, blocks=blocks, url=_safe_url(article.url),
        date_label=article.date.strftime("%-d %B %Y") if article.date else "Undated",
        actors=_entities_in(site, article.slug, actor=True, page=page),
        venues=_entities_in(site, article.slug, actor=False, page=page),
    )


def _block_view(site: Site, article: Article, block: Block, page: str) -> dict:
    if block.kind == "heading":
        return {"kind": "heading", "text": block.text}
    return {"kind": "paragraph", "number": block.number, "anchor": Markdown(slugs.paragraph_anchor(block.number)),
            "markdown": _linked_paragraph(site, article.slug, block, page)}


def _linked_paragraph(site: Site, article: str, block: Block, page: str) -> Markdown:
    """The paragraph, escaped, with the first mention of each entity linked to its page."""
    text, parts, cursor, linked = block.text, [], 0, set()
    mentions = sorted((m for e in site.story.actors + site.story.venues for m in e.mentions
                       if m.source == SourceRef(article, block.number)), key=lambda m: (m.start, -m.end))
    for mention in mentions:
        entity = site.entity_by_mention[(article, block.number, mention.start)]
        if entity.slug in linked or mention.start < cursor:
            continue
        linked.add(entity.slug)
        parts.append(escape(text[cursor:mention.start]))
        parts.append(link(text[mention.start:mention.end], page, site.page_of(entity)))
        cursor = mention.end
    parts.append(escape(text[cursor:]))
    return Markdown("".join(parts))


def _entities_in(site: Site, article: str, actor: bool, page: str) -> list[Markdown]:
    counts = Counter(e.slug for e in (site.story.actors if actor else site.story.venues)
                     for m in e.mentions if m.source.article == article)
    return [site.entity_link(slug, page) for slug, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def _articles_index(env: jinja2.Environment, story: Story) -> str:
    page = "articles/index.md"
    dated = sorted((a for a in story.articles if a.date), key=lambda a: (a.date, a.slug), reverse=True)
    undated = sorted((a for a in story.articles if not a.date), key=lambda a: a.title)
    row = lambda a: {"link": link(a.title, page, slugs.article_page(a.slug)), "date": a.date, "publisher": a.publisher}
    return env.get_template("articles_index.md.j2").render(
        dated=[row(a) for a in dated], undated=[row(a) for a in undated], count=len(story.articles))


def _entity_page(env: jinja2.Environment, site: Site, entity: Entity) -> str:
    page = site.page_of(entity)
    template = "actor.md.j2" if entity.is_actor else "venue.md.j2"
    return env.get_template(template).render(
        meta=_entity_meta(entity), entity=entity, aliases=_display_aliases(entity),
        quotes=[_quote_view(site, q, page) for q in site.story.quotes if q.speaker == entity.slug],
        mentions=[_mention_view(site, m, page) for m in entity.mentions],
        companions=_companions(site, entity, page),
        articles=[link(site.articles[a].title, page, slugs.article_page(a)) for a in entity.articles],
        events=[_event_link(site, e, page) for e in site.story.events
                if entity.slug in e.actors + e.venues],
        map_url=_map_url(entity),
    )


def _entity_meta(entity: Entity) -> dict:
    return {
        "title": entity.name,
        "name": entity.name,
        "kind": entity.kind.value,
        "role": entity.role,
        "aliases": list(entity.aliases),
        "mentions": len(entity.mentions),
        "articles": list(entity.articles),
        "coordinates": list(entity.coordinates) if entity.coordinates else None,
        "search": {"boost": 4},
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
    speaker = site.entity_link(quote.speaker, page) if quote.speaker else None
    context = None
    if len(quote.text.split()) < SHORT_QUOTE_WORDS:
        text = site.articles[quote.source.article].paragraph(quote.source.paragraph).text
        at = text.find(quote.text)
        if at >= 0:
            context = _excerpt(text, at, at + len(quote.text))
    return {"text": quote.text, "speaker": speaker, "context": context, "cite": site.cite(quote.source, page)}


def _mention_view(site: Site, mention: Mention, page: str) -> dict:
    text = site.articles[mention.source.article].paragraph(mention.source.paragraph).text
    return {"excerpt": _excerpt(text, mention.start, mention.end), "cite": site.cite(mention.source, page)}


def _excerpt(text: str, start: int, end: int) -> Markdown:
    """The sentence holding text[start:end], that span in bold, cut at word boundaries if long."""
    sentence_start, sentence_end = next(((a, b) for a, b in split_sentences(text) if a <= start < b), (0, len(text)))
    left = max(sentence_start, start - EXCERPT_CHARS // 2)
    right = min(sentence_end, end + EXCERPT_CHARS // 2)
    if left > sentence_start:
        left = text.find(" ", left, start) + 1 or start
    if right < sentence_end:
        right = text.rfind(" ", end, right) if text.rfind(" ", end, right) > 0 else right
    return Markdown(("…" if left > sentence_start else "") + escape(text[left:start]) + "**" + escape(text[start:end])
                    + "**" + escape(text[end:right].rstrip()) + ("…" if right < sentence_end else ""))


def _companions(site: Site, entity: Entity, page: str) -> list[dict]:
    """Actors named in the same paragraphs as ``entity``, most shared paragraphs first."""
    mine = {m.source for m in entity.mentions}
    shared = Counter()
    for other in site.story.actors:
        if other.slug != entity.slug:
            count = len(mine & {m.source for m in other.mentions})
            if count:
                shared[other.slug] = count
    ranked = sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_COMPANIONS]
    return [{"link": site.entity_link(slug, page), "count": count} for slug, count in ranked]


def _entity_index(env: jinja2.Environment, entities: tuple[Entity, ...], title: str, page: str, site: Site) -> str:
    groups: dict[str, list[dict]] = defaultdict(list)
    for entity in sorted(entities, key=lambda e: (-len(e.mentions), e.name)):
        groups[entity.kind.value].append({"link": site.entity_link(entity.slug, page), "role": entity.role,
                                          "mentions": len(entity.mentions), "articles": len(entity.articles)})
    return env.get_template("entity_index.md.j2").render(title=title, groups=sorted(groups.items()))


def _event_link(site: Site, event: Event, page: str) -> dict:
    return {"label": event.date.label(), "summary": event.summary,
            "link": Markdown(f"[{escape(event.summary)}]({relative(page, 'chronology/index.md', slugs.event_anchor(event.slug))})")}


def _chronology_pages(env: jinja2.Environment, site: Site, config: Config) -> dict[str, str]:
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


def _map_url(entity: Entity) -> str | None:
    if not entity.coordinates:
        return None
    lat, lon = entity.coordinates
    return f"https://www.openstreetmap.org/?mlat={lat:.4f}&mlon={lon:.4f}#map=6/{lat:.4f}/{lon:.4f}"


def _safe_url(url: str | None) -> Markdown | None:
    """An http(s) address, percent-encoded so it cannot break out of a Markdown link."""
    if not url or not url.startswith(("https://", "http://")):
        return None
    return Markdown(quote(url, safe=":/?#@!$&'*+,;=%~"))
