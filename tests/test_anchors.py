"""The #anchor check (generator/anchors.py): every page read once, whatever links where."""
from __future__ import annotations

from generator import anchors
from generator.anchors import broken_anchors


def site_of(tmp_path, pages: dict[str, str]):
    site = tmp_path / "site"
    for path, text in pages.items():
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_text(text, encoding="utf-8")
    return site


def test_broken_anchors_on_the_same_page_and_across_pages(tmp_path):
    site = site_of(tmp_path, {
        "index.html": '<a href="#top">t</a><h1 id="top">x</h1><a href="articles/a/#p2">ok</a>'
                      '<a href="articles/a/#p9">missing</a><a href="https://example.org/#x">external</a>',
        "articles/a/index.html": '<p id="p1"></p><p id="p2"></p><a href="#p1">1</a><a href="#p3">3</a>'
                                 '<a href="../../#top">home</a><a href="../../nowhere/#x">no page</a>',
        "404.html": '<script type="text/pagefind-template"><a href="{{ meta.url }}#x"></a></script>',
    })
    assert broken_anchors(site) == ["articles/a/index.html: #p3", "index.html: articles/a/#p9"]


def test_escaped_and_percent_encoded_anchors(tmp_path):
    site = site_of(tmp_path, {"index.html": '<h2 id="caf&eacute;">x</h2><a href="#caf%C3%A9">y</a>'
                                            '<a href="#a&amp;b">z</a>'})
    assert broken_anchors(site) == ["index.html: #a&b"]


def test_each_page_is_read_once_however_many_links_point_into_it(tmp_path, monkeypatch):
    paragraphs = "".join(f'<p id="p{i}"><a href="#p{i}">¶</a></p>' for i in range(1, 2001))
    mentions = "".join(f'<a href="../a/#p{i}">m</a>' for i in range(1, 2001))
    site = site_of(tmp_path, {"a/index.html": paragraphs, "b/index.html": mentions})
    reads = []
    original = anchors._ids
    monkeypatch.setattr(anchors, "_ids", lambda path: reads.append(path) or original(path))
    assert broken_anchors(site) == []
    assert len(reads) == 1
