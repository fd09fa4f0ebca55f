"""MkDocs hooks.

- Under 'mkdocs serve', the generator's inputs (article folders, content/,
  templates, settings, writers' pages in docs/) are watched: a change regenerates the pages, and MkDocs
  rebuilds the ones that changed (generator/preview.py). A generation error is
  logged and the previous pages stay.
- Wikilinks in writers' pages (``[[Donald Trump]]``, ``[[Ankara|the Turkish
  capital]]``) become links to entity pages, by any name or alias (the
  generator writes the names to docs/actors/.names.json). One that names no
  entity is a warning, so the strict build fails naming the page and the link.
- After every build Pagefind indexes the whole output directory into
  ``pagefind/``: the search the header offers (overrides/partials/header.html).
  'mkdocs build' waits for it, and a failure stops the build with Pagefind's
  output (``generator.site.pagefind_index``); under 'mkdocs serve' it runs in
  the background, so a rebuilt page shows at once and search follows.
"""
from __future__ import annotations

import functools
import json
import logging
import os
import posixpath
from pathlib import Path

log = logging.getLogger("mkdocs.hooks.generator")
_state = {"serving": False, "names": {}, "watcher": None, "indexer": None}


def on_startup(command: str, dirty: bool) -> None:
    _state["serving"] = command == "serve"


def on_serve(server, config, builder):
    from generator.preview import Debounced, generated_paths, regenerate, watch_inputs, watched_inputs

    settings = _settings_file(config)
    if _state["watcher"] is None and settings.is_file():
        load = functools.partial(_load_settings, settings)  # read afresh each time: the settings may change
        _state["watcher"] = watch_inputs(watched_inputs(load(), settings), Debounced(lambda: regenerate(load)),
                                         ignored=generated_paths(load()))
    return server


def on_pre_build(config) -> None:
    names = Path(config.docs_dir) / "actors" / ".names.json"
    _state["names"] = json.loads(names.read_text(encoding="utf-8")) if names.is_file() else {}


def on_page_markdown(markdown: str, page, config, files) -> str:
    if page.meta.get("generated_by"):
        return markdown
    from generator.enrichment import link_outside_code, unprefixed, wikilink_target

    def replace(match) -> str:
        name, label = match.group(1).strip(), (match.group(2) or unprefixed(match.group(1))).strip()
        target = wikilink_target(_state["names"], name)
        if target is None:
            log.warning(f"Doc file '{page.file.src_uri}' contains the wikilink [[{name}]], "
                        "which names no actor or venue")
            return match.group(0)
        return f"[{label}]({posixpath.relpath(target, posixpath.dirname(page.file.src_uri) or '.')})"

    return link_outside_code(markdown, replace)  # code shows wikilink syntax literally


def on_post_build(config) -> None:
    from generator.preview import Debounced

    if not _state["serving"]:
        _index_search(config)
        return
    if _state["indexer"] is None:
        _state["indexer"] = Debounced(lambda: _index_search_logged(config), delay=0)
    _state["indexer"]()


def _index_search(config) -> None:
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


def _index_search_logged(config) -> None:
    """In the background a failure cannot stop a build: it is logged, the previous index stays."""
    from mkdocs.exceptions import PluginError

    try:
        _index_search(config)
    except PluginError as exc:
        log.error(f"search not updated: {exc}")


def _settings_file(config) -> Path:
    """The settings 'python -m generator serve' was given (--config), else the project's."""
    from generator.site import SETTINGS_VARIABLE

    given = os.environ.get(SETTINGS_VARIABLE)
    return Path(given) if given else Path(config.config_file_path).parent / "site_config" / "generator.yml"


def _load_settings(path: Path):
    """The settings, with the input folders 'python -m generator serve' was given (--input), if any."""
    from generator.config import load_config
    from generator.site import INPUTS_VARIABLE

    settings = load_config(path)
    given = os.environ.get(INPUTS_VARIABLE)
    return settings.with_inputs([Path(p) for p in given.split(os.pathsep)]) if given else settings
