"""MkDocs' own commands are first-class: ``mkdocs build --strict`` and ``mkdocs serve`` (the venv's
``mkdocs``, no PYTHONPATH) work on a project whose pages were never generated, and stop cleanly on a
writer's error."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import create_project
from test_preview import fetch, free_port, stop, wait_for

pytestmark = pytest.mark.build

MKDOCS = Path(sys.executable).parent / "mkdocs"  # the console script 'mkdocs' in the venv


def mkdocs_env() -> dict[str, str]:
    """What a writer's shell has: no PYTHONPATH pointing at the repository."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "GENERATOR_PAGES_FRESH")}


def run_mkdocs(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(MKDOCS), *args], cwd=root, env=mkdocs_env(), capture_output=True, text=True,
                          timeout=300, check=False)


def test_mkdocs_build_generates_the_missing_pages(tmp_path):
    project = create_project(tmp_path / "project", "two_articles")
    assert not (project.docs / "articles").exists()
    result = run_mkdocs(project.root, "build", "--strict")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert (project.config.site_dir / "articles" / "2026-02-03-envoys-meet-in-ankara" / "index.html").is_file()
    assert (project.config.site_dir / "pagefind" / "pagefind.js").is_file()
    assert not (project.config.site_dir / "writers").exists(), "the writers' guide is not published"
    assert "Writers" not in (project.config.site_dir / "index.html").read_text(encoding="utf-8")


def built_project(tmp_path):
    """A project of the two fixture articles whose site has been built once, cleanly."""
    project = create_project(tmp_path / "project", "two_articles")
    assert run_mkdocs(project.root, "build", "--strict").returncode == 0
    return project


def test_mkdocs_build_regenerates_what_is_stale(tmp_path):
    project = built_project(tmp_path)
    article = next(project.input.glob("*ankara*"))
    article.write_text(article.read_text(encoding="utf-8") + "\n\nObservers called the talks quokkafluxed.\n",
                       encoding="utf-8")
    result = run_mkdocs(project.root, "build", "--strict")
    assert result.returncode == 0, result.stderr
    page = project.config.site_dir / "articles" / "2026-02-03-envoys-meet-in-ankara" / "index.html"
    assert "quokkafluxed" in page.read_text(encoding="utf-8")


def test_mkdocs_build_stops_on_a_writer_error_before_touching_the_site(tmp_path):
    project = built_project(tmp_path)
    (project.root / "content" / "events.yml").write_text("events:\n  - match: 3\n", encoding="utf-8")
    result = run_mkdocs(project.root, "build", "--strict")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert re.search(rf"{re.escape(str(project.root / 'content' / 'events.yml'))}(:\d+)?: events entry 1, "
                     r"key 'match': expected text", result.stderr), result.stderr
    assert (project.config.site_dir / "index.html").is_file(), "the previous site is left as it was"


def test_mkdocs_build_counts_a_correction_that_did_nothing(tmp_path):
    project = create_project(tmp_path / "project", "two_articles")
    (project.root / "content" / "events.yml").write_text(
        'events:\n  - match: "words in no event"\n    hide: true\n', encoding="utf-8")
    result = run_mkdocs(project.root, "build", "--strict")
    assert result.returncode == 1
    output = result.stderr + result.stdout
    assert "words in no event" in output and "in strict mode" in output


def test_mkdocs_serve_generates_and_serves(tmp_path):
    project = create_project(tmp_path / "project", "two_articles")
    port = free_port()
    with (tmp_path / "serve.log").open("w") as log:
        server = subprocess.Popen([str(MKDOCS), "serve", "--dev-addr", f"127.0.0.1:{port}"], cwd=project.root,
                                  env=mkdocs_env(), stdout=log, stderr=subprocess.STDOUT)
        try:
            url = f"http://127.0.0.1:{port}/articles/2026-02-03-envoys-meet-in-ankara/"
            assert wait_for(lambda: "Ankara" in fetch(url), 90), (tmp_path / "serve.log").read_text()
        finally:
            stop(server)
    assert "Traceback" not in (tmp_path / "serve.log").read_text()


def test_mkdocs_serve_on_a_busy_port_is_one_error_line(tmp_path):
    import socket

    project = create_project(tmp_path / "project", "two_articles")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run_mkdocs(project.root, "serve", "--dev-addr", f"127.0.0.1:{port}")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"127.0.0.1:{port} cannot be served (Address already in use)" in result.stderr


def test_a_page_written_in_a_generated_folder_fails_the_build(tmp_path):
    """git ignores the generated folders: such a page would never reach CI, so the build says so."""
    project = built_project(tmp_path)
    (project.docs / "actors" / "my-notes.md").write_text("# My notes\n", encoding="utf-8")
    result = run_mkdocs(project.root, "build", "--strict")
    assert result.returncode == 1
    assert "docs/actors/my-notes.md is a page you wrote in a folder the generator owns, which git ignores" in (
        result.stderr)


def test_the_build_names_a_page_in_no_menu_and_how_to_view_the_site(tmp_path):
    from generator.commands import build

    project = create_project(tmp_path / "project", "two_articles")
    (project.docs / "background.md").write_text("# Background\n", encoding="utf-8")
    lines = build(project.config).splitlines()
    assert "Note: docs/background.md is in no menu: readers reach it only by a link; add it to nav: in " \
           "mkdocs.yml (see docs/writers.md)" in lines
    assert not any("docs/articles/" in line or "docs/actors/" in line for line in lines if line.startswith("Note:"))
    assert lines[-1] == ("view it with 'make serve', or serve the built files: "
                         f"python -m http.server --directory {project.config.site_dir} 8000")
