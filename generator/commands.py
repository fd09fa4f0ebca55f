"""What each CLI command does, as plain functions returning what to print."""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

from generator import pipeline, site
from generator.config import Config
from generator.errors import BuildError, InputError
from generator.export import export_story
from generator.lint import LintReport
from generator.lint import lint as lint_files
from generator.slugs import slugify
from generator.yamlio import front_matter_block


def generate(config: Config, take_back: bool = False) -> str:
    return pipeline.generate(config, take_back).summary()


def build(config: Config, take_back: bool = False) -> str:
    report = pipeline.generate(config, take_back)
    if report.problems:
        raise BuildError("the writers' corrections have problems (strict build):\n  " + "\n  ".join(report.problems))
    summary = report.summary()
    unlisted = site.mkdocs_build(config)
    links = site.link_check(config.site_dir)
    notes = [f"Note: {config.docs_dir.name}/{page} is in no menu: readers reach it only by a link; add it to "
             f"nav: in mkdocs.yml (see {config.docs_dir.name}/writers.md)" for page in unlisted]
    return "\n".join([summary, f"site built with 'mkdocs build --strict' in {config.site_dir}", f"link check: {links}",
                      *notes, *site_url_note(config.site_dir), VIEW_SITE.format(site=config.site_dir)])


# Opened from disk (file://) the site shows folder listings for its links and search cannot load:
# it is made to be served.
VIEW_SITE = "view it with 'make serve', or serve the built files: python -m http.server --directory {site} 8000"


LOCAL_SITE_URL = ("Note: built for {url} (SITE_URL is not set): the pages' canonical links and sitemap.xml point "
                  "there; to publish, build with the public address: SITE_URL=https://example.org/story/ make site")


def site_url_note(site_dir: Path) -> list[str]:
    """A site built for this machine names it in every canonical link and in its sitemap: say so."""
    sitemap = site_dir / "sitemap.xml"
    found = re.search(r"<loc>\s*([^<\s]+)", sitemap.read_text(encoding="utf-8")) if sitemap.is_file() else None
    if found is None or urlsplit(found.group(1)).hostname not in ("127.0.0.1", "localhost", "::1"):
        return []
    return [LOCAL_SITE_URL.format(url=found.group(1))]


def check(config: Config, external: bool = False) -> str:
    return f"link check: {site.link_check(config.site_dir, external)}"


def serve(config: Config, address: str, take_back: bool = False) -> int:
    site.check_address(address)  # before generating: a busy port is found in a moment
    report = pipeline.generate(config, take_back)
    print(report.summary(), flush=True)
    return site.mkdocs_serve(config, address, report.problems)


def export(config: Config) -> dict:
    """The extraction as JSON; a bad article is skipped with a warning so the others are still reported."""
    story = pipeline.build_story(config, lenient=True)
    for problem in story.problems:
        print(f"Warning: {problem}", file=sys.stderr)
    return export_story(story)


def evaluate(config: Config, gold: Path, as_json: bool = False) -> str:
    """Score the export of the configured (or ``--input``) articles against the gold files in ``gold``."""
    from generator import evaluate as scoring

    evaluation = scoring.evaluate(export(config), scoring.load_gold(gold))
    if as_json:
        return json.dumps(scoring.as_json(evaluation), ensure_ascii=False, indent=1)
    return scoring.report(evaluation)


def new_article(config: Config, title: str, date: str | None, source: str | None, url: str | None) -> str:
    """Write ``content/articles/<date>-<slug>.md`` (front matter only) and say where to write."""
    if not title.strip():
        raise InputError("--title", "expected the article's title, got nothing")
    if url and not re.match(r"https?://\S+$", url):
        raise InputError("--url", f"expected an http(s) address, got {url!r}")
    meta: dict = {"title": title}
    if date:
        try:
            meta["date"] = dt.date.fromisoformat(date)
        except ValueError:
            raise InputError("--date", f"{date!r} is not a date; expected YYYY-MM-DD") from None
    if source:
        meta["source"] = source
    if url:
        meta["url"] = url
    folder = config.root / "content" / "articles"
    name = f"{date}-{slugify(title)}.md" if date else f"{slugify(title)}.md"
    path = folder / name
    if path.exists():
        raise InputError(path, "already exists; choose another title or edit that file")
    folder.mkdir(parents=True, exist_ok=True)
    # No placeholder text: whatever is below the front matter is published.
    path.write_text(front_matter_block(meta) + "\n", encoding="utf-8")
    return (f"created {path.relative_to(config.root)}: write the article below its front matter, "
            "paragraphs separated by a blank line, '## Subheading' for sections")


def explain(config: Config, name: str) -> str:
    from generator.explain import explain_entity

    return explain_entity(pipeline.build_story(config), name)


def lint(config: Config) -> LintReport:
    return lint_files(config)
