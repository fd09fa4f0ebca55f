"""Article pages (numbered, anchored paragraphs with linked mentions) and the articles index."""
from __future__ import annotations

import calendar
from urllib.parse import quote

import jinja2

from generator import slugs
from generator.markdown import Markdown, escape, html_title, link, relative
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


def article_inputs(site: Site, article: Article) -> tuple:
    """Everything ``article_page`` shows: the article, and each mention's entity (what its link and
    the lists of actors and venues show). The page cache reuses the page while these are equal."""
    mentions = tuple((block.number, mention.start, mention.end, site.card(entity))
                     for block in article.paragraphs
                     for mention, entity in site.mentions_at.get(SourceRef(article.slug, block.number), []))
    listed = tuple((entity_page, count, site.card(site.by_page[entity_page]))
                   for entity_page, count in site.entities_in[article.slug].items())
    return article, mentions, listed


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
    """Keyed by page, not slug: a state that acts and is a place is listed as both."""
    counts = {entity_page: n for entity_page, n in site.entities_in[article].items()
              if site.by_page[entity_page].is_actor == actor}
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [link(site.by_page[entity_page].name, page, entity_page) for entity_page, _ in ranked]


def articles_index(env: jinja2.Environment, story: Story, page_size: int) -> dict[str, str]:
    """One list, newest first; past ``page_size`` articles the index shows the newest and a page per month."""
    page = "articles/index.md"
    dated = sorted((a for a in story.articles if a.date), key=lambda a: (a.date, a.slug), reverse=True)
    undated = sorted((a for a in story.articles if not a.date), key=lambda a: a.title)
    if len(story.articles) <= page_size:
        return {page: _article_list(env, page, "Articles", dated, undated, len(story.articles))}
    months: dict[str | None, list[Article]] = {}
    for article in dated + undated:
        months.setdefault(article.date.strftime("%Y-%m") if article.date else None, []).append(article)
    pages = {slugs.month_page(key): _article_list(env, slugs.month_page(key), _month_title(key),
                                                  [a for a in group if a.date], [a for a in group if not a.date],
                                                  len(group), index=page)
             for key, group in months.items()}
    rows = [{"link": link(_month_label(key), page, slugs.month_page(key)),
             "count": len(group)} for key, group in months.items()]
    pages[page] = _article_list(env, page, "Articles", dated[:page_size], [], len(story.articles), months=rows)
    return pages


def _article_list(env: jinja2.Environment, page: str, title: str, dated: list[Article], undated: list[Article],
                  count: int, months: list[dict] | None = None, index: str | None = None) -> str:
    def row(article: Article) -> dict:
        return {"link": link(article.title, page, slugs.article_page(article.slug)), "date": article.date,
                "publisher": article.publisher}

    return env.get_template("articles_index.md.j2").render(
        meta={"title": html_title(title), "generated_by": GENERATOR_MARK}, title=title,
        dated=[row(a) for a in dated], undated=[row(a) for a in undated], count=count,
        months=months or [], index=Markdown(relative(page, index)) if index else None)


def _month_title(key: str | None) -> str:
    return f"Articles, {_month_label(key)}" if key else "Undated articles"


def _month_label(key: str | None) -> str:
    """"February 2026" for "2026-02"; "Undated"."""
    if key is None:
        return "Undated"
    year, month = key.split("-")
    return f"{calendar.month_name[int(month)]} {year}"


def _safe_url(url: str | None) -> Markdown | None:
    """An http(s) address, percent-encoded so it cannot break out of a Markdown link."""
    if not url or not url.startswith(("https://", "http://")):
        return None
    return Markdown(quote(url, safe=":/?#@!$&'*+,;=%~"))
