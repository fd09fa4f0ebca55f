"""MkDocs hooks.

- Before MkDocs reads the pages, ``mkdocs build`` and ``mkdocs serve`` generate
  what is missing or stale (the generator rewrites only pages whose text
  changed), so MkDocs' own commands work on a clean checkout. Skipped when
  ``python -m generator build`` or ``serve`` has just generated them. An error
  stops ``mkdocs build`` before the site directory is touched.
- Under 'mkdocs serve', the generator's inputs (article folders, content/,
  templates, settings, writers' pages in docs/) are watched: a change regenerates the pages, then
  MkDocs rebuilds once, re-rendering the ones that changed (generator/preview.py). A generation error is
  logged, the previous pages stay, and every served page shows it in a banner.
- Wikilinks in writers' pages (``[[Lena Okafor]]``, ``[[Ankara|the Turkish
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
_state = {"serving": False, "names": {}, "watcher": None, "indexer": None, "started": False, "status": None}


def on_startup(command: str, dirty: bool) -> None:
    try:
        from generator.preview import Status
    except ModuleNotFoundError as missing:  # MkDocs from outside the project's venv
        from mkdocs.exceptions import PluginError

        raise PluginError(f"this MkDocs cannot import the generator ({missing}): run 'make site' once, then "
                          "use the venv's mkdocs ('. .venv/bin/activate' first)") from None
    _state["serving"] = command == "serve"
    _state["status"] = Status()


def on_config(config):
    """Generate the pages once per command, before MkDocs reads them (see the module's docstring)."""
    from generator.preview import regenerate
    from generator.site import FRESH_VARIABLE

    _state["status"].site_dir = Path(config.site_dir)
    if _state["started"]:  # under serve, every rebuild loads the configuration again
        return config
    _state["started"] = True
    if _state["serving"]:
        _check_address(config)
    settings = _settings_file(config)
    fresh = os.environ.get(FRESH_VARIABLE)
    if fresh:
        if _state["serving"]:  # the problems 'python -m generator serve' found: shown until a regeneration clears them
            _state["status"].report("generate", json.loads(fresh))
        return config
    if not settings.is_file():
        return config
    if _state["serving"]:
        regenerate(functools.partial(_load_settings, settings), _state["status"])
    else:
        _generate_or_stop(settings)
    return config


def _check_address(config) -> None:
    """A busy port is one line, not the traceback MkDocs' server would end in."""
    from mkdocs.exceptions import PluginError

    from generator.site import address_in_use

    host, port = config.dev_addr.host, config.dev_addr.port
    problem = address_in_use(host, port)
    if problem:
        raise PluginError(f"{host}:{port} cannot be served ({problem}): stop what is serving there, "
                          f"or choose another port with --dev-addr {host}:{port + 1}")


def _generate_or_stop(settings: Path) -> None:
    """A writer's error stops the build with its one line; an unmatched correction is a warning,
    which the strict build counts."""
    from mkdocs.exceptions import PluginError

    from generator.errors import GeneratorError
    from generator.pipeline import generate
    from generator.preview import log_report

    try:
        report = generate(_load_settings(settings))
    except GeneratorError as exc:
        raise PluginError(str(exc)) from None
    log_report(report)


def on_serve(server, config, builder):
    """The generator's watcher replaces MkDocs' watch of docs/: it regenerates, then signals one rebuild."""
    from generator.preview import RebuildSignal, Regeneration, watch_inputs, watched_inputs

    settings = _settings_file(config)
    if _state["watcher"] is None and settings.is_file():
        load = functools.partial(_load_settings, settings)  # read afresh each time: the settings may change
        generator_config = load()
        signal = RebuildSignal(generator_config.cache_dir)
        server.unwatch(config.docs_dir)
        server.watch(str(signal.folder))
        regeneration = Regeneration(generator_config, load, _state["status"], signal)
        _state["watcher"] = watch_inputs(watched_inputs(generator_config, settings), regeneration)
    return server


def on_post_page(output: str, page, config) -> str:
    """Under serve every page shows the preview's problems in a banner (generator/preview.py)."""
    if not _state["serving"]:
        return output
    from urllib.parse import urlsplit

    from generator.preview import banner_script

    script = banner_script(urlsplit(config.site_url or "/").path)
    head, body_end, tail = output.rpartition("</body>")
    return f"{head}{script}{body_end}{tail}" if body_end else output + script


def on_build_error(error) -> None:
    if _state["serving"] and _state["status"] is not None:
        _state["status"].report("mkdocs", [f"The site could not be rebuilt: {error}"])


def on_files(files, config):
    """A page a writer puts in a folder the generator owns is ignored by git (.gitignore), so it would
    never reach CI or the published site: a warning, which the strict build counts."""
    from generator.write import MANIFEST

    manifest = Path(config.docs_dir) / MANIFEST
    if not manifest.is_file():
        return files
    generated = set(json.loads(manifest.read_text(encoding="utf-8")))
    owned = {path.split("/")[0] for path in generated if "/" in path}
    for file in files.documentation_pages():
        if file.src_uri.split("/")[0] in owned and file.src_uri not in generated:
            log.warning(f"docs/{file.src_uri} is a page you wrote in a folder the generator owns, which git ignores: "
                        f"it never reaches CI or the published site. Move it to docs/ outside "
                        f"{', '.join(sorted(owned))}/ (and add it to nav: in mkdocs.yml); for an actor or venue, "
                        "write its prose in content/actors/ or content/venues/")
    return files


def on_pre_build(config) -> None:
    names = Path(config.docs_dir) / "actors" / ".names.json"
    _state["names"] = json.loads(names.read_text(encoding="utf-8")) if names.is_file() else {}


def on_page_markdown(markdown: str, page, config, files) -> str:
    if page.meta.get("generated_by"):
        return markdown
    from generator.enrichment import line_of, link_outside_code, unprefixed, wikilink_target

    def replace(match) -> str:
        name, label = match.group(1).strip(), (match.group(2) or unprefixed(match.group(1))).strip()
        target = wikilink_target(_state["names"], name)
        if target is None:  # at the line lint names (the file's, front matter included)
            line = line_of(Path(page.file.abs_src_path).read_text(encoding="utf-8"), match.group(0))
            log.warning(f"Doc file '{page.file.src_uri}', line {line}: the wikilink [[{name}]] "
                        "names no actor or venue")
            return match.group(0)
        return f"[{label}]({posixpath.relpath(target, posixpath.dirname(page.file.src_uri) or '.')})"

    return link_outside_code(markdown, replace)  # code shows wikilink syntax literally


def on_post_build(config) -> None:
    from generator.preview import Debounced

    if not _state["serving"]:
        _index_search(config)
        return
    _state["status"].report("mkdocs", [])  # built: also rewrites the status file a full rebuild removed
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
