"""Stage 5, render: the resolved ``Story`` → ``{docs-relative path: page text}``.

Nothing here writes: it reads the Jinja templates in ``site_config/templates``
(the page layouts; this module only prepares their context) and, to tell
whether an earlier run's page can be reused, its own code. Every
value printed by a template is Markdown-escaped unless it was built as
``Markdown`` here (see ``generator.markdown``).
"""
from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path

import jinja2
import yaml

from generator import slugs
from generator.config import Config
from generator.markdown import Markdown, code_span, escape, finalize
from generator.model import Story
from generator.parallel import parallel_map
from generator.render.articles import article_inputs, article_page, articles_index
from generator.render.chronology import chronology_layout, chronology_pages
from generator.render.context import Site, inputs_digest
from generator.render.entities import entity_index, entity_inputs, entity_page
from generator.render.feed import FEED_PAGE, atom_feed, site_url
from generator.render.home import home_snippets
from generator.yamlio import front_matter_block

Reuse = Callable[[str, str], "str | None"]  # (page, key of its inputs) → text rendered earlier, or None

# Every entity name and alias → its page, for the wikilinks in writers' pages (site_config/hooks.py).
NAMES_FILE = "actors/.names.json"


def render_site(story: Story, config: Config, reuse: Reuse | None = None) -> dict[str, str]:
    """Every generated page. ``reuse(page, key)`` may return the text an earlier run rendered from
    the same inputs (``key``, a digest of them and of the rendering code); those are not rendered."""
    env = _environment(config.templates_dir)
    site = Site.of(story, chronology_layout(story.events, config))
    jobs = {slugs.article_page(article.slug): (article_inputs(site, article),
                                               functools.partial(article_page, env, site, article))
            for article in story.articles}
    jobs.update({site.page_of(entity): (entity_inputs(site, entity), functools.partial(entity_page, env, site, entity))
                 for entity in story.actors + story.venues})
    jobs.update(chronology_pages(env, site, config))
    pages = _reused(jobs, reuse, config.templates_dir) if reuse else {}
    missing = [page for page in jobs if page not in pages]
    pages.update(zip(missing, parallel_map(_call, [jobs[page][1] for page in missing], config.workers)))
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


def _reused(jobs: dict[str, tuple[tuple | None, Callable[[], str]]], reuse: Reuse, templates: Path) -> dict[str, str]:
    code = _rendering_code(templates)
    found = {}
    for page, (inputs, _) in jobs.items():
        if inputs is not None and (text := reuse(page, inputs_digest(code, inputs))) is not None:
            found[page] = text
    return found


def _rendering_code(templates: Path) -> str:
    """A digest of what turns inputs into page text: this package's code, the templates, and the
    versions of Python, Jinja and PyYAML (an upgrade may change how a page is written)."""
    package = Path(__file__).resolve().parent.parent
    files = [(p.relative_to(package).as_posix(), p.read_bytes()) for p in sorted(package.rglob("*.py"))]
    files += [(p.relative_to(templates).as_posix(), p.read_bytes()) for p in sorted(templates.rglob("*"))
              if p.is_file()]
    return inputs_digest(sys.version, jinja2.__version__, yaml.__version__, *files)


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
    env.filters["code"] = code_span
    return env


def _join(items, separator: str = "") -> Markdown:
    """Like Jinja's ``join``, but links built as Markdown stay links and plain text is escaped."""
    return Markdown(str(escape(separator)).join(str(finalize(item)) for item in items))
