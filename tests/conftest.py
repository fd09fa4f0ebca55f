"""Shared fixtures: throwaway projects in tmp_path, never the real docs/.

A project is a copy of the real site configuration (``site_config/``,
``mkdocs.yml``), every hand-written page of ``docs/`` (all but the generated folders) and one fixture corpus from ``tests/fixtures/<case>/``
as its only input folder (``input/``). A ``sources.yml`` in the corpus
folder becomes the project's ``content/sources.yml``. Empty ``seeds/`` and
``content/`` exist because mkdocs.yml watches them.
"""
from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from hypothesis import settings

from generator.config import Config, load_config

# CI runs the same examples every time (a red CI must be reproducible); local runs keep exploring.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
GENERATED = {"articles", "actors", "venues", "chronology"}
HAND_WRITTEN = tuple(sorted(p.name for p in (REPO / "docs").iterdir()
                            if p.name not in GENERATED and not p.name.startswith(".")))
INPUT = "input"


@dataclass(frozen=True)
class Project:
    root: Path
    config: Config

    @property
    def docs(self) -> Path:
        return self.config.docs_dir

    @property
    def input(self) -> Path:
        return self.root / INPUT

    @property
    def config_file(self) -> Path:
        return self.root / "site_config" / "generator.yml"


def create_project(root: Path, corpus: str | Path | None = None, sources: Path | None = None) -> Project:
    """Copy the site configuration, the hand-written pages and ``corpus`` into ``root``."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(REPO / "site_config", root / "site_config", ignore=ignore)
    shutil.copy2(REPO / "mkdocs.yml", root / "mkdocs.yml")
    for name in HAND_WRITTEN:
        source = REPO / "docs" / name
        if source.is_dir():
            shutil.copytree(source, root / "docs" / name)
        else:
            (root / "docs").mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, root / "docs" / name)
    for watched in ("seeds", "content"):  # mkdocs.yml watches them: they must exist
        (root / watched).mkdir(parents=True, exist_ok=True)
    _copy_corpus(root, corpus, sources)
    _point_inputs_at(root / "site_config" / "generator.yml", [INPUT])
    return Project(root, load_config(root / "site_config" / "generator.yml"))


def _copy_corpus(root: Path, corpus: str | Path | None, sources: Path | None) -> None:
    folder = root / INPUT
    if corpus is None:
        folder.mkdir(parents=True)
    else:
        source = corpus if isinstance(corpus, Path) else FIXTURES / corpus
        shutil.copytree(source, folder, ignore=shutil.ignore_patterns("sources.yml"))
        if sources is None and (source / "sources.yml").is_file():
            sources = source / "sources.yml"
    if sources is not None:
        shutil.copy2(sources, root / "content" / "sources.yml")


def _point_inputs_at(config_file: Path, inputs: list[str]) -> None:
    settings = yaml.safe_load(config_file.read_text(encoding="utf-8"))
    settings["inputs"] = inputs
    config_file.write_text(yaml.safe_dump(settings, sort_keys=False, allow_unicode=True), encoding="utf-8")


@pytest.fixture
def make_project(tmp_path: Path) -> Callable[..., Project]:
    """``make_project("two_articles")``: a throwaway project with that fixture corpus as input."""
    count = 0

    def make(corpus: str | Path | None = None, sources: Path | None = None) -> Project:
        nonlocal count
        count += 1
        return create_project(tmp_path / f"project{count}", corpus, sources)

    return make


@pytest.fixture
def in_tmp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """For CLI tests: the default ``--config`` is relative, and from tmp_path it never finds the real project."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``folder``: relative path → (content, mtime in ns)."""
    return {p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def built_writer_page(project: Project, markdown: str) -> str:
    """Write ``docs/notes.md``, generate and build the site strict; the page's HTML."""
    from generator import pipeline
    from generator.site import mkdocs_build

    (project.docs / "notes.md").write_text(markdown, encoding="utf-8")
    pipeline.generate(project.config)
    mkdocs_build(project.config)
    return (project.config.site_dir / "notes" / "index.html").read_text(encoding="utf-8")
