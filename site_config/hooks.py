"""MkDocs hooks.

- Under 'mkdocs serve', regenerate the pages before every rebuild: saving an
  article in seeds/ or content/ (both watched, see mkdocs.yml) shows up in the
  preview. A generation error is logged and the previous pages stay.
- Wikilinks in writers' pages (``[[Donald Trump]]``, ``[[Ankara|the Turkish
  capital]]``) become links to entity pages, by any name or alias (the
  generator writes the names to docs/actors/.names.json). One that names no
  entity is a warning, so the strict build fails naming the page and the link.
- After every build (``mkdocs build`` and each ``mkdocs serve`` rebuild, dirty
  or not), Pagefind indexes the whole output directory into ``pagefind/``: the
  search the header offers (overrides/partials/header.html). A failure stops
  the build with Pagefind's output (``generator.site.pagefind_index``).
"""
from __future__ import annotations

import json
import logging
import posixpath
from pathlib import Path

log = logging.getLogger("mkdocs.hooks.generator")
_state = {"serving": False, "names": {}}


def on_startup(command: str, dirty: bool) -> None:
    _state["serving"] = command == "serve"


def on_pre_build(config) -> None:
    root = Path(config.config_file_path).parent
    if _state["serving"]:
        _regenerate(root)
    names = Path(config.docs_dir) / "actors" / ".names.json"
    _state["names"] = json.loads(names.read_text(encoding="utf-8")) if names.is_file() else {}


def on_page_markdown(markdown: str, page, config, files) -> str:
    if page.meta.get("generated_by"):
        return markdown
    from generator.enrichment import link_outside_code
    from generator.registry import name_key

    def replace(match) -> str:
        name, label = match.group(1).strip(), (match.group(2) or match.group(1)).strip()
        target = _state["names"].get(name_key(name))
        if target is None:
            log.warning(f"Doc file '{page.file.src_uri}' contains the wikilink [[{name}]], "
                        "which names no actor or venue")
            return match.group(0)
        return f"[{label}]({posixpath.relpath(target, posixpath.dirname(page.file.src_uri) or '.')})"

    return link_outside_code(markdown, replace)  # code shows wikilink syntax literally


def on_post_build(config) -> None:
    from mkdocs.exceptions import PluginError

    from generator.errors import BuildError
    from generator.site import pagefind_index

    try:
        log.info(pagefind_index(Path(config.site_dir), "**/index.html" if config.use_directory_urls else "**/*.html"))
    except BuildError as exc:
        first, *output = str(exc).splitlines()
        for line in output:
            log.error(f"pagefind: {line}")
        raise PluginError(f"{first.rstrip(':')} (its output above)" if output else first) from exc


def _regenerate(root: Path) -> None:
    from generator.config import load_config
    from generator.errors import GeneratorError
    from generator.pipeline import generate

    try:
        log.info(generate(load_config(root / "site_config" / "generator.yml")).summary())
    except GeneratorError as exc:
        log.error(f"generation failed, previous pages kept: {exc}")
