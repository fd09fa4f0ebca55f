"""Article pages (numbered, anchored paragraphs with linked mentions) and the articles index."""
from __future__ import annotations

import calendar

import jinja2

from generator import slugs
from generator.markdown import Markdown, Span, apart, html_title, link, nested, relative, safe_url, with_spans
from generator.model import Article, Block, Mark, SourceRef, Story
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
    blocks = [_block_view(site, article, block, page, previous)
              for block, previous in zip(article.blocks, (None, *article.blocks))]
    return env.get_template("article.md.j2").render(
        meta=meta, article=article, blocks=blocks, url=safe_url(article.url),
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


# How a paragraph a writer set as a list item or a blockquote opens, and how its attribute line
# ({: #p3 …}) stays inside the list item or the quote.
STYLE_PREFIXES = {"plain": ("", ""), "quote": ("> ", "> "), "bullet": ("- ", "    "), "ordered": ("1. ", "    ")}
# Written as tags, not "*": Python-Markdown misreads runs of asterisks where emphases meet ("**a****b**").
MARKS = {"em": ("<em>", "</em>"), "strong": ("<strong>", "</strong>")}
# Python-Markdown runs a bulleted list straight into a numbered one after it: a comment ends the first.
LIST_END = Markdown("<!-- list ends -->\n\n")


def _block_view(site: Site, article: Article, block: Block, page: str, previous: Block | None) -> dict:
    if block.kind == "heading":
        return {"kind": "heading", "text": block.text}
    opening, continued = STYLE_PREFIXES.get(block.style, ("", ""))
    lists = ("bullet", "ordered")
    ends_list = previous is not None and {previous.style, block.style} == set(lists)
    return {"kind": "paragraph", "number": block.number, "anchor": Markdown(slugs.paragraph_anchor(block.number)),
            "markdown": _linked_paragraph(site, article.slug, block, page),
            "opening": Markdown((LIST_END if ends_list else "") + opening), "continued": Markdown(continued)}


def _linked_paragraph(site: Site, article: str, block: Block, page: str) -> Markdown:
    """The paragraph, escaped, with the writer's emphasis and links, and the first mention of each
    entity linked to its page where that link neither touches another link nor crosses emphasis."""
    styled = [(_mark_span(mark), mark.kind) for mark in block.marks]
    spans = [span for span, _ in styled if span is not None]
    links = [span for span, kind in styled if span is not None and kind == "link"]
    linked = set()
    found = sorted(site.mentions_at.get(SourceRef(article, block.number), []),
                   key=lambda pair: (pair[0].start, -pair[0].end, pair[1].slug))
    for mention, entity in found:
        target = site.page_of(entity)
        span = Span(mention.start, mention.end, Markdown("["), Markdown(f"]({relative(page, target)})"))
        if target in linked or not all(apart(span, other) for other in links) \
                or not all(nested(span, other) for other in spans):
            continue
        linked.add(target)
        spans.append(span)
        links.append(span)
    return with_spans(block.text, spans)


def _mark_span(mark: Mark) -> Span | None:
    if mark.kind == "link":
        url = safe_url(mark.href)
        return Span(mark.start, mark.end, Markdown("["), Markdown(f"](<{url}>)")) if url else None
    opening, closing = MARKS[mark.kind]
    return Span(mark.start, mark.end, Markdown(opening), Markdown(closing))


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
