"""Golden files for the rendered article pages and the articles index, and deterministic output.

The golden files are ``tests/golden/<corpus>/<docs-relative path>``. After an intended change
to the pages, regenerate them and review the diff:

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py
"""
from __future__ import annotations

import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
from conftest import REPO, create_project

from generator.pipeline import build_story
from generator.render import render_site

GOLDEN = Path(__file__).resolve().parent / "golden"
CORPUS = "two_articles"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def golden_pages(pages: dict[str, str]) -> dict[str, str]:
    """The pages under golden test: every article page and the articles index."""
    return {path: text for path, text in pages.items() if path.startswith("articles/")}


@pytest.fixture
def pages(make_project):
    project = make_project(CORPUS)
    return render_site(build_story(project.config), project.config)


def test_golden_pages(pages):
    folder = GOLDEN / CORPUS
    actual = golden_pages(pages)
    if UPDATE:
        for old in [*folder.rglob("*.md"), *folder.rglob("*.xml")]:
            old.unlink()
        for path, text in actual.items():
            (folder / path).parent.mkdir(parents=True, exist_ok=True)
            (folder / path).write_text(text, encoding="utf-8", newline="")
    files = sorted([*folder.rglob("*.md"), *folder.rglob("*.xml")])
    expected = {p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8") for p in files}
    assert sorted(actual) == sorted(expected), "pages added or missing: regenerate with UPDATE_GOLDEN=1"
    for path, text in expected.items():
        assert actual[path] == text, f"{path} differs from tests/golden/{CORPUS}/{path}"


def test_golden_covers_both_articles_and_the_index():
    names = sorted(p.name for p in (GOLDEN / CORPUS / "articles").glob("*.md"))
    assert names == ["2026-02-03-envoys-meet-in-ankara.md", "_home_latest.md",
                     "envoys-weigh-a-second-round-of-talks-in-geneva.md", "index.md"]


class Blocks(HTMLParser):
    """Visible text of the whole page, of each ``<p id="pN">`` paragraph and of each ``<h2>``."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.paragraphs: dict[str, list[str]] = {}
        self.headings: list[list[str]] = []
        self._open: list[str] | None = None
        self._skip = 0
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "p" and (attributes.get("id") or "").startswith("p"):
            self._open = self.paragraphs.setdefault(attributes["id"], [])
        elif tag == "h2":
            self.headings.append([])
            self._open = self.headings[-1]
        elif tag == "a" and attributes.get("class") == "headerlink":
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("p", "h2"):
            self._open = None
        elif tag == "a" and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if self._skip:
            return
        self.text.append(data)
        if self._open is not None:
            self._open.append(data)


def shown(parts: list[str]) -> str:
    return " ".join("".join(parts).split())


def rendered_articles(project) -> list[tuple[object, Blocks]]:
    """Each article with its page as Python-Markdown renders it (the extensions of mkdocs.yml)."""
    story = build_story(project.config)
    pages = render_site(story, project.config)
    result = []
    for article in story.articles:
        source = pages[f"articles/{article.slug}.md"].split("---\n", 2)[2]
        html = markdown.markdown(source, extensions=["attr_list", "admonition", "tables", "md_in_html", "toc"],
                                 extension_configs={"toc": {"permalink": True}})
        result.append((article, Blocks(html)))
    return result


def test_rendered_article_pages_show_the_article_text(make_project):
    """What the reader sees: each paragraph and heading, word for word, spaces around links included."""
    for article, page in rendered_articles(make_project(CORPUS)):
        assert {key: shown(parts) for key, parts in page.paragraphs.items()} == {
            f"p{b.number}": f"¶{b.number} {shown([b.text])}" for b in article.paragraphs}
        assert [shown(h) for h in page.headings] == [b.text for b in article.blocks if b.kind == "heading"]


@pytest.mark.parametrize("literal", ["](", "\\[", "\\*", "&lt;", "&amp;"])
def test_rendered_article_pages_show_no_markdown_syntax(make_project, literal):
    """Links built as Markdown must render as links, not as escaped text (e.g. the "In this article" box)."""
    for article, page in rendered_articles(make_project(CORPUS)):
        text = shown(page.text)
        at = text.find(literal)
        assert at < 0, f"{article.slug} shows {literal!r} literally: …{text[max(0, at - 60):at + 60]}…"


def test_two_renders_are_identical(make_project):
    project = make_project(CORPUS)
    first = render_site(build_story(project.config), project.config)
    second = render_site(build_story(project.config), project.config)
    assert list(first) == list(second)
    assert first == second


def generate_in_subprocess(root: Path, hash_seed: str) -> None:
    env = os.environ | {"PYTHONPATH": str(REPO), "PYTHONHASHSEED": hash_seed}
    result = subprocess.run([sys.executable, "-m", "generator", "generate"], cwd=root, env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr


def files_under(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_output_does_not_depend_on_hash_seed(tmp_path):
    roots = [create_project(tmp_path / name, CORPUS).root for name in ("one", "two")]
    for root, seed in zip(roots, ("1", "4242")):
        generate_in_subprocess(root, seed)
    first, second = (files_under(root / "docs") for root in roots)
    assert any(path.startswith("articles/") for path in first)
    assert sorted(first) == sorted(second)
    for path in first:
        assert first[path] == second[path], f"docs/{path} differs between PYTHONHASHSEED=1 and 4242"


def test_every_generated_page_reads_back_with_an_independent_front_matter_parser(pages):
    """python-frontmatter, not our own reader: what we emit is ordinary front matter any tool reads."""
    import frontmatter

    markdown_pages = {path: text for path, text in pages.items() if path.endswith(".md") and "/_" not in path}
    assert markdown_pages
    for path, text in markdown_pages.items():
        post = frontmatter.loads(text)
        assert post.metadata.get("generated_by") == "explainer-generator", path
        assert post.metadata.get("title"), path
        assert post.content.lstrip().startswith("# "), path
