"""Untrusted YAML in every file a person writes, and the file system saying no (issue 14, items 1,
5 and 6): each is one ``Error: <file>[:<line>]: …`` line, never a traceback, and nothing is written.

The machine running the tests may be root, whom permissions do not stop: an unreadable file or
folder is simulated by making the read fail as the kernel would (``PermissionError``), a read-only
folder by a file standing where the folder should be.
"""
from __future__ import annotations

import errno
import pathlib
import shutil
import tempfile
from pathlib import Path

import pytest
import yaml
from conftest import snapshot
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import site
from generator.cli import main
from generator.yamlio import load_yaml

BOMB = "\n".join(["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
                 + [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 9)])


def run(project, *args: str) -> tuple[int, list[str], str]:
    code = main([*args, "--config", str(project.config_file)])
    return code, *_streams()


_captured = {}


@pytest.fixture(autouse=True)
def _capture(capsys):
    _captured["capsys"] = capsys


def _streams() -> tuple[list[str], str]:
    out = _captured["capsys"].readouterr()
    return out.err.splitlines(), out.out


def one_error(code: int, err: list[str], expected: str) -> None:
    assert code == 1 and len(err) == 1 and err[0].startswith("Error: "), err
    assert expected in err[0], err[0]


def unreadable(monkeypatch, *paths: pathlib.Path) -> None:
    """Reading any of ``paths`` (or listing it, for a folder) fails with EACCES."""
    denied = {p.resolve() for p in paths}

    def check(path: pathlib.Path) -> None:
        if path.resolve() in denied:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))

    for name in ("read_bytes", "read_text", "iterdir"):
        original = getattr(pathlib.Path, name)

        def guarded(self, *args, _original=original, **kwargs):
            check(self)
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(pathlib.Path, name, guarded)


def test_an_alias_bomb_in_the_settings_is_one_error(make_project):
    project = make_project("two_articles")
    text = project.config_file.read_text(encoding="utf-8")
    project.config_file.write_text(text + "\nbomb:\n" + "\n".join("  " + line for line in BOMB.split("\n")) + "\n",
                                   encoding="utf-8")
    one_error(*run(project, "generate")[:2], "not valid YAML: anchors and aliases")


@pytest.mark.parametrize("value", ["[" * 5000, "1" * 5001, "{<<: {a: 1}}"])
def test_malformed_settings_are_one_error(make_project, value):
    project = make_project("two_articles")
    project.config_file.write_text(project.config_file.read_text(encoding="utf-8") + f"\nworkers: {value}\n",
                                   encoding="utf-8")
    one_error(*run(project, "generate")[:2], "generator.yml")


def test_export_leaves_out_an_article_with_an_alias_bomb(make_project):
    project = make_project("two_articles")
    (project.input / "bomb.md").write_text("---\ntitle: Bomb\ntags:\n" + "\n".join("  " + line for line in BOMB.split("\n"))
                                           + "\n---\n\nText.\n", encoding="utf-8")
    code, err, out = run(project, "export")
    assert code == 0 and len(err) == 1 and err[0].startswith("Warning: ") and "bomb.md:4:" in err[0]
    assert '"articles"' in out and "Bomb" not in out


def test_lint_reports_an_alias_bomb_in_entities(make_project):
    project = make_project("two_articles")
    (project.root / "content" / "entities.yml").write_text("entities:\n  - name: Iran\n    aliases:\n"
                                                           + "\n".join("      " + l for l in BOMB.split("\n")) + "\n",
                                                           encoding="utf-8")
    code, err, out = run(project, "lint")
    assert code == 1 and "entities.yml:4" in out + "\n".join(err) and "anchors and aliases" in out + "\n".join(err)


@pytest.mark.parametrize("target", ["article", "entities", "writers_page", "input_folder"])
def test_an_unreadable_file_or_folder_is_one_error_and_nothing_is_written(make_project, monkeypatch, target):
    project = make_project("two_articles")
    (project.root / "content" / "entities.yml").write_text("entities:\n  - name: Iran\n", encoding="utf-8")
    run(project, "generate")
    (project.input / "new.txt").write_text("Talks in Oman\nIran met Oman.\n", encoding="utf-8")
    paths = {"article": project.input / "new.txt", "entities": project.root / "content" / "entities.yml",
             "writers_page": project.docs / "writers.md", "input_folder": project.input}
    before = snapshot(project.docs)
    unreadable(monkeypatch, paths[target])
    code, err, _ = run(project, "generate")
    monkeypatch.undo()
    one_error(code, err, f"{paths[target].name}: ")
    assert "cannot be read (Permission denied)" in err[0]
    assert snapshot(project.docs) == before


@pytest.mark.parametrize("command", ["lint", "export"])
def test_an_unreadable_article_is_reported_by_lint_and_export(make_project, monkeypatch, command):
    project = make_project("two_articles")
    unreadable(monkeypatch, next(project.input.glob("*.txt")))
    code, err, out = run(project, command)
    assert "Traceback" not in out + "\n".join(err) and "cannot be read (Permission denied)" in out + "\n".join(err)


def test_an_unwritable_cache_stops_the_run_before_docs_is_touched(make_project):
    project = make_project("two_articles")
    cache = project.config.cache_dir
    shutil.rmtree(cache, ignore_errors=True)
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text("a file where the cache folder should be\n", encoding="utf-8")
    before = snapshot(project.docs)
    code, err, _ = run(project, "generate")
    one_error(code, err, f"{cache / 'generate.lock'}: cannot be created")
    assert snapshot(project.docs) == before


def test_a_crashing_mkdocs_is_summarised_in_one_line():
    output = "INFO    -  Building documentation...\nTraceback (most recent call last):\n" \
             + "".join(f'  File "x{i}.py", line {i}, in f\n    f()\n' for i in range(12)) \
             + "PermissionError: [Errno 13] Permission denied: '/p/site/index.html'\n"
    assert site._problems(output) == ("MkDocs stopped with PermissionError: [Errno 13] Permission denied: "
                                      "'/p/site/index.html'")


def test_an_article_past_the_size_limit_is_one_error(make_project, monkeypatch):
    project = make_project("two_articles")
    settings = project.config_file.read_text(encoding="utf-8")
    project.config_file.write_text(settings.replace("max_article_mb: 16", "max_article_mb: 1"), encoding="utf-8")
    (project.input / "long.txt").write_text("Long\n" + "Iran met Oman. " * 100_000 + "\n", encoding="utf-8")
    code, err, _ = run(project, "generate")
    one_error(code, err, "long.txt: is 1.4 MB; a text article may be at most 1 MB: split it")


def test_a_site_folder_mkdocs_cannot_write_is_summarised(make_project):
    project = make_project("two_articles")
    run(project, "generate")
    project.config.site_dir.write_text("a file where the site folder should be\n", encoding="utf-8")
    code, err, _ = run(project, "build")
    assert code == 1 and "Traceback" not in "\n".join(err) and len(err) <= 3, err
    assert err[-1] == f"MkDocs stopped with NotADirectoryError: [Errno 20] Not a directory: '{project.config.site_dir}'"


def test_a_read_only_cache_stops_the_run_before_docs_is_touched(make_project, monkeypatch):
    project = make_project("two_articles")
    run(project, "generate")
    (project.input / "new.txt").write_text("Talks in Oman\nIran met Oman.\n", encoding="utf-8")
    before = snapshot(project.docs)
    cache = project.config.cache_dir
    original = tempfile.mkstemp

    def read_only(*args, dir=None, **kwargs):
        if dir is not None and Path(dir) == cache:
            raise OSError(errno.EROFS, "Read-only file system", str(dir))
        return original(*args, dir=dir, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    code, err, _ = run(project, "generate")
    one_error(code, err, f"{cache}: cannot be written (Read-only file system)")
    assert snapshot(project.docs) == before


def test_a_disk_that_fills_up_after_the_pages_are_written_is_one_error(make_project, monkeypatch):
    project = make_project("two_articles")
    cache_file = project.config.cache_dir / "pages.json"

    def disk_full(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(cache_file))

    monkeypatch.setattr("generator.pagecache.PageCache.save", disk_full)
    code, err, _ = run(project, "generate")
    one_error(code, err, f"{cache_file}: No space left on device")


@settings(max_examples=300, deadline=None)
@given(head=st.text(alphabet="[]{}&*!<>:-,?'\"\n #|0123456789ab.\\u", max_size=40),
       run=st.text(alphabet="[{&*-1 :", min_size=1, max_size=4), times=st.integers(1, 3000))
def test_any_yaml_text_loads_or_is_a_yaml_error(head, run, times):
    """Never a RecursionError, ValueError or TypeError (they became tracebacks), whatever the text,
    and runs of it (5,000 brackets, 5,000 digits) included."""
    try:
        load_yaml(head + run * times)
    except yaml.YAMLError:
        pass
