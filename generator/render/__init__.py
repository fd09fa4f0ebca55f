"""Stage 5, render: the resolved ``Story`` → ``{docs-relative path: page text}``.

Pure: nothing here touches the disk. Page layouts are Jinja templates in
``site_config/templates``; this module only prepares their context. Every
value printed by a template is Markdown-escaped unless it was built as
``Markdown`` here (see ``generator.markdown``).
"""
from __future__ import annotations

import functools
import json
from collections.abc import Callable
from pathlib import Path

import jinja2

from generator import slugs
from generator.config import Config
from generator.markdown import Markdown, escape, finalize
from generator.model import Story
from generator.parallel import parallel_map
from generator.render.articles import article_page, articles_index
from generator.render.chronology import chronology_layout, chronology_pages
from generator.render.context import Site
from generator.render.entities import entity_index, entity_page
from generator.render.feed import FEED_PAGE, atom_feed, site_url
from generator.render.home import home_snippets
from generator.yamlio import front_matter_block

# Every entity name and alias → its page, for the wikilinks in writers' pages (site_config/hooks.py).
NAMES_FILE = "actors/.names.json"


def render_site(story: Story, config: Config) -> dict[str, str]:
    env = _environment(config.templates_dir)
    site = Site.of(story, chronology_layout(story.events, config))
    jobs = {slugs.article_page(article.slug): functools.partial(article_page, env, site, article)
            for article in story.articles}
    jobs.update({site.page_of(entity): functools.partial(entity_page, env, site, entity)
                 for entity in story.actors + story.venues})
    jobs.update(chronology_pages(env, site, config))
    pages = dict(zip(jobs, parallel_map(_call, list(jobs.values()), config.workers)))
    pages.update(articles_index(env, story, config.index_page_size))
    pages.update(entity_index(env, story.actors, "Actors", "actors", site, config.index_page_size))
    pages.update(entity_index(env, story.venues, "Venues", "venues", site, config.index_page_size))
    pages.update(home_snippets(site))
    mkdocs_file = config.root / "mkdocs.yml"
    if mkdocs_file.is_file():
        pages[FEED_PAGE] = atom_feed(story, site_url(mkdocs_file), "New articles")
    pages[NAMES_FILE] = json.dumps(site.names, ensure_ascii=False, indent=0, sort_keys=True) + "\n"
    return dict(sorted(pages.items()))


def _call(render: Callable[[], str]) -> str:
    return render()


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
