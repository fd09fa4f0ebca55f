"""A site built without SITE_URL points its canonical links and sitemap at this machine: the build says so."""
from __future__ import annotations

import pytest

from generator.commands import site_url_note

SITEMAP = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
           "\n    <url>\n         <loc>{url}</loc>\n    </url>\n</urlset>")


@pytest.mark.parametrize("url, noted", [
    ("http://127.0.0.1:8000/", True),
    ("http://localhost:8000/sub/", True),
    ("https://example.org/story/", False),
])
def test_a_local_site_url_is_noted_with_how_to_set_it(tmp_path, url, noted):
    (tmp_path / "sitemap.xml").write_text(SITEMAP.format(url=url), encoding="utf-8")
    notes = site_url_note(tmp_path)
    if not noted:
        assert notes == []
        return
    assert len(notes) == 1 and url in notes[0] and "SITE_URL=https://" in notes[0]


def test_no_sitemap_no_note(tmp_path):
    assert site_url_note(tmp_path) == []
