"""Article pages (numbered, anchored paragraphs with linked mentions) and the articles index."""
from __future__ import annotations

from urllib.parse import quote

import jinja2

from generator import slugs
from generator.markdown import Markdown, escape, html_title, link
from generator.model import Article, Block, SourceRef, Story
from generator.render.context import Site

GENERATOR_MARK = "explainer-generator"


def article_page(env: jinja2.Environment, site: Site, article: Article) -> str:
    page = slugs.article_page(article.slug)
    meta = {
        "title": html_title(article.title),
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
    found = sorted(site.mentions_at.get(SourceRef(article, block.number), []),
                   key=lambda pair: (pair[0].start, -pair[0].end, pair[1].slug))
    for mention, entity in found:
        if entity.slug in linked or mention.start < cursor:
            continue
        linked.add(entity.slug)
        parts.append(escape(text[cursor:mention.start]))
        parts.append(link(text[mention.start:mention.end], page, site.page_of(entity)))
        cursor = mention.end
    parts.append(escape(text[cursor:]))
    return Markdown("".join(parts))


def _entities_in(site: Site, article: str, actor: bool, page: str) -> list[Markdown]:
    counts = {slug: n for slug, n in site.entities_in[article].items() if site.entities[slug].is_actor == actor}
    return [site.entity_link(slug, page) for slug, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def articles_index(env: jinja2.Environment, story: Story) -> str:
    page = "articles/index.md"
    dated = sorted((a for a in story.articles if a.date), key=lambda a: (a.date, a.slug), reverse=True)
    undated = sorted((a for a in story.articles if not a.date), key=lambda a: a.title)
    row = lambda a: {"link": link(a.title, page, slugs.article_page(a.slug)), "date": a.date, "publisher": a.publisher}
    return env.get_template("articles_index.md.j2").render(
        dated=[row(a) for a in dated], undated=[row(a) for a in undated], count=len(story.articles))


def _safe_url(url: str | None) -> Markdown | None:
    """An http(s) address, percent-encoded so it cannot break out of a Markdown link."""
    if not url or not url.startswith(("https://", "http://")):
        return None
    return Markdown(quote(url, safe=":/?#@!$&'*+,;=%~"))
