"""A real ``mkdocs build --strict`` and lychee link check of a fixture project (two builds in all)."""
from __future__ import annotations

import gzip
import json
import re
import shutil
from html.parser import HTMLParser

import pytest
from conftest import built_writer_page, create_project

from generator import pipeline
from generator import site as site_tools
from generator.config import load_config
from generator.errors import BuildError
from generator.site import link_check, mkdocs_build, pagefind_index

pytestmark = pytest.mark.build

ARTICLES = ("2026-02-03-envoys-meet-in-ankara", "envoys-weigh-a-second-round-of-talks-in-geneva")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The two_articles project, generated, built strictly and link-checked once for the module."""
    project = create_project(tmp_path_factory.mktemp("build") / "project", "two_articles")
    pipeline.generate(project.config)
    mkdocs_build(project.config)
    return project, link_check(project.config.site_dir)


def test_link_check_finds_no_broken_links(built):
    _, summary = built
    assert "0 Errors" in summary
    assert " 0 OK" not in summary  # it did check links


def test_built_site_has_the_pages(built):
    project, _ = built
    site = project.config.site_dir
    assert (site / "index.html").is_file()
    index = (site / "articles" / "index.html").read_text(encoding="utf-8")
    for slug in ARTICLES:
        assert f'href="{slug}/"' in index
        page = (site / "articles" / slug / "index.html").read_text(encoding="utf-8")
        assert 'id="p1"' in page and 'href="#p1"' in page


def pagefind_pages(site) -> dict[str, dict]:
    """Pagefind's index of the built site, one record per page by URL: {"url", "content", "meta": {"title"}, …}.

    Each page is a gzipped fragment file, ``pagefind_dcd`` followed by its JSON."""
    pages = {}
    for fragment in sorted((site / "pagefind" / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(fragment.read_bytes())
        assert data.startswith(b"pagefind_dcd"), fragment
        record = json.loads(data[len(b"pagefind_dcd"):])
        pages[record["url"]] = record
    return pages


def test_search_is_a_pagefind_index_not_materials(built):
    project, _ = built
    site = project.config.site_dir
    assert not (site / "search" / "search_index.json").exists(), "Material's one-file search index is gone"
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"]["en"]["page_count"] > 0
    for needed in ("pagefind.js", "pagefind-component-ui.js", "pagefind-component-ui.css"):
        assert (site / "pagefind" / needed).is_file(), needed
    assert list((site / "pagefind" / "index").glob("*.pf_index")), "the index is in chunks"
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'data-script="pagefind/pagefind-component-ui.js"' in home, "loaded by the search button, on demand"
    assert '<script src="pagefind/' not in home and '<link rel="stylesheet" href="pagefind/' not in home
    assert "data-md-pagefind" in home and "<pagefind-modal " in home


def test_search_index_has_every_page_and_only_its_content(built):
    project, _ = built
    site = project.config.site_dir
    pages = pagefind_pages(site)
    built_pages = {"/" + p.parent.relative_to(site).as_posix() + "/" for p in site.rglob("index.html")
                   if not p.is_relative_to(site / "pagefind")}
    assert set(pages) == {url.replace("/./", "/") for url in built_pages}  # every page; not 404.html
    titles = {page["meta"]["title"] for page in pages.values()}
    assert {"Envoys meet in Ankara: what we know", "Envoys weigh a second round of talks in Geneva", "Ankara"} <= titles
    article = pages["/articles/2026-02-03-envoys-meet-in-ankara/"]["content"]
    assert article.startswith("Envoys meet in Ankara: what we know.")  # the <article>: no header, no navigation
    everything = " ".join(page["content"] for page in pages.values())
    for outside in ("Made with", "Table of contents", "Skip to content"):
        assert outside not in everything, f"{outside!r} (outside the page content) is indexed"
    assert "¶." not in everything and not any(t.endswith("¶") for t in titles), "headings' permalinks are indexed"
    assert "¶1 " not in article, "paragraph numbers are indexed"
    ankara = pages["/venues/ankara/"]["content"]
    assert "Mentions" in ankara and "Envoys met in Ankara" not in ankara  # mention excerpts: data-search-exclude


def test_entity_names_weigh_most_in_search(built):
    """The entity page's name (h1) and its other names weigh more than body text (Pagefind weights)."""
    project, _ = built
    page = (project.config.site_dir / "venues" / "ankara" / "index.html").read_text(encoding="utf-8")
    assert '<h1 data-pagefind-weight="10" id="ankara">Ankara' in page


class VisibleText(HTMLParser):
    """The text a reader sees, outside code, scripts and styles."""

    HIDDEN = frozenset({"code", "pre", "script", "style"})

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self._hidden += tag in self.HIDDEN

    def handle_endtag(self, tag):
        self._hidden -= tag in self.HIDDEN and self._hidden > 0

    def handle_data(self, data):
        if not self._hidden:
            self.parts.append(data)


def test_no_built_page_shows_markdown_link_syntax(built):
    project, _ = built
    shown = {}
    for page in sorted(project.config.site_dir.rglob("index.html")):
        text = " ".join("".join(VisibleText(page.read_text(encoding="utf-8")).parts).split())
        if "](" in text:
            at = text.find("](")
            shown[page.relative_to(project.config.site_dir).as_posix()] = text[max(0, at - 50):at + 50]
    assert shown == {}


def test_broken_link_fails_the_strict_build(tmp_path):
    project = create_project(tmp_path / "project", "two_articles")
    pipeline.generate(project.config)
    (project.docs / "notes.md").write_text("# Notes\n\nSee [x](nowhere.md).\n", encoding="utf-8")
    with pytest.raises(BuildError) as caught:
        mkdocs_build(project.config)
    message = str(caught.value)
    assert message.startswith("the MkDocs strict build failed:")
    assert "'notes.md'" in message and "'nowhere.md'" in message
    assert "INFO" not in message


def test_link_check_reports_a_broken_link(tmp_path):
    """No MkDocs needed: a hand-made site with a missing page and a missing #anchor."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text('<a href="missing/">x</a> <a href="#p9">y</a> <p id="p1">z</p>',
                                     encoding="utf-8")
    with pytest.raises(BuildError) as caught:
        link_check(site)
    assert "missing" in str(caught.value) and "#p9" in str(caught.value)


def test_a_big_index_is_split_in_bundles_and_a_smaller_one_leaves_none_behind(built, tmp_path):
    """Pagefind holds every page it indexes in memory: past bundle_pages it runs once per bundle."""
    site = tmp_path / "site"
    shutil.copytree(built[0].config.site_dir, site)
    pages = len(pagefind_pages(site))
    summary = pagefind_index(site, bundle_pages=4)
    bundles = sorted(p.name for p in site.iterdir() if p.name.startswith("pagefind"))
    assert len(bundles) == -(-pages // 4) and f"and {len(bundles) - 1} more bundles" in summary, (bundles, summary)
    merge = (site / "pagefind" / "merge-bundles.js").read_text(encoding="utf-8")
    assert json.dumps(bundles[1:]) in merge
    indexed = sum(len(list((site / name / "fragment").glob("*.pf_fragment"))) for name in bundles)
    assert indexed == pages, "every page is in exactly one bundle"
    pagefind_index(site)
    assert sorted(p.name for p in site.iterdir() if p.name.startswith(("pagefind", ".pagefind"))) == ["pagefind"]
    assert 'var bundles = [];' in (site / "pagefind" / "merge-bundles.js").read_text(encoding="utf-8")


def test_pagefind_failure_is_a_clear_error(tmp_path, monkeypatch):
    site = tmp_path / "site"
    with pytest.raises(BuildError, match="no built site"):
        pagefind_index(site)
    site.mkdir()
    (site / "index.html").write_text('<article class="md-content__inner"><h1>Home</h1></article>', encoding="utf-8")
    failing = tmp_path / "pagefind"
    failing.write_text("#!/bin/sh\necho 'Error: out of cheese' >&2\nexit 3\n", encoding="utf-8")
    failing.chmod(0o755)
    monkeypatch.setattr(site_tools, "_pagefind", lambda: str(failing))
    with pytest.raises(BuildError) as caught:
        pagefind_index(site)
    assert str(caught.value).startswith("the search indexer Pagefind failed (exit 3)")
    assert "out of cheese" in str(caught.value)


def test_link_check_without_a_built_site(tmp_path):
    with pytest.raises(BuildError, match="no built site"):
        link_check(tmp_path / "site")


def test_wikilinks_in_a_writers_page_link_by_any_name_and_show_as_backlinks(tmp_path):
    project = create_project(tmp_path / "project", "two_articles")
    html = built_writer_page(
        project, "# Notes\n\nWatch [[Ankara|the Turkish capital]] and [[Qatar]]; `[[Nowhere]]` in code stays text.\n")
    assert 'href="../venues/ankara/">the Turkish capital</a>' in html
    assert 'href="../actors/qatar/">Qatar</a>' in html
    assert "[[Nowhere]]" in html
    qatar = (project.docs / "actors" / "qatar.md").read_text(encoding="utf-8")
    assert "## Written about in" in qatar and "[Notes](../notes.md)" in qatar


def test_a_wikilink_to_no_entity_fails_the_strict_build_naming_page_and_link(tmp_path):
    project = create_project(tmp_path / "project", "two_articles")
    (project.docs / "notes.md").write_text("# Notes\n\nSee [[Atlantis]].\n", encoding="utf-8")
    pipeline.generate(project.config)
    with pytest.raises(BuildError) as caught:
        mkdocs_build(project.config)
    assert "'notes.md'" in str(caught.value) and "[[Atlantis]]" in str(caught.value)


def test_enrichment_page_opens_the_generated_page(tmp_path):
    project = create_project(tmp_path / "project", "two_articles")
    folder = project.root / "content" / "actors"
    folder.mkdir(parents=True)
    (folder / "qatar.md").write_text(
        "---\nsummary: A Gulf mediator.\naliases: [State of Qatar]\n"
        "links: [{title: Foreign ministry, url: 'https://example.org/mofa'}]\n---\n"
        "Qatar has hosted talks before, often with [[Egypt]].\n", encoding="utf-8")
    pipeline.generate(project.config)
    page = (project.docs / "actors" / "qatar.md").read_text(encoding="utf-8")
    assert "*A Gulf mediator\\.*" in page
    assert "Qatar has hosted talks before, often with [Egypt](egypt.md)." in page
    assert "[Foreign ministry](<https://example.org/mofa>)" in page
    assert "State of Qatar" in page.split("Also known as:")[1].split("\n")[0]
    mkdocs_build(project.config)


def generated_with(tmp_path, setting: str):
    """The two_articles project with one more line in its settings, generated; its configuration."""
    project = create_project(tmp_path / "project", "two_articles")
    settings = project.root / "site_config" / "generator.yml"
    settings.write_text(settings.read_text(encoding="utf-8") + f"\n{setting}\n", encoding="utf-8")
    config = load_config(settings)
    pipeline.generate(config)
    return config


def test_paged_indexes_build_strict_and_list_every_item_once(tmp_path):
    """Past index_page_size the indexes keep the newest or most mentioned; every item is on a month or letter page."""
    config = generated_with(tmp_path, "index_page_size: 1")
    docs = config.docs_dir
    by_month = sorted(p.name for p in (docs / "articles" / "by-month").glob("*.md"))
    assert by_month == ["2026-02.md", "undated.md"], by_month
    index = (docs / "articles" / "index.md").read_text(encoding="utf-8")
    assert index.count("](2026-") + index.count("](envoys-") == 1, "the index lists only the newest article"
    assert "[February 2026](by-month/2026-02.md)" in index and "[Undated](by-month/undated.md)" in index
    for section in ("actors", "venues"):
        story_pages = {p.stem for p in (docs / section).glob("*.md") if p.stem != "index" and not p.stem.startswith("_")}
        listed = [target for letter in (docs / section / "by-name").glob("*.md")
                  for target in re.findall(r"\]\(\.\./([a-z0-9-]+)\.md\)", letter.read_text(encoding="utf-8"))]
        listed = [target for target in listed if target != "index"]  # the link back to the index
        assert sorted(listed) == sorted(story_pages), f"every {section[:-1]} is on exactly one letter page"
        index = (docs / section / "index.md").read_text(encoding="utf-8")
        for letter in (docs / section / "by-name").glob("*.md"):
            assert f"](by-name/{letter.name})" in index, f"{section}/index.md links to {letter.name}"
    mkdocs_build(config)
    assert "0 Errors" in link_check(config.site_dir)


def test_a_paged_chronology_builds_strict_with_every_event_link_resolving(tmp_path):
    """Past chronology_page_size the chronology is one page per month, big months in parts."""
    config = generated_with(tmp_path, "chronology_page_size: 1")
    pages = sorted(p.name for p in (config.docs_dir / "chronology").glob("*.md") if not p.name.startswith("_"))
    assert "index.md" in pages and len(pages) >= 3, pages
    assert any("-part-" in name for name in pages), pages
    index = (config.docs_dir / "chronology" / "index.md").read_text(encoding="utf-8")
    assert "| Month | Events |" in index
    mkdocs_build(config)
    assert "0 Errors" in link_check(config.site_dir)
