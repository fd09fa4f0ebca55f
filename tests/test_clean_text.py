"""Text that XML, HTML or JSON forbid, or that would reorder the interface, never reaches a page
(issue 14, items 9 and 10): non-characters, control characters and bidirectional overrides."""
from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from generator import pipeline
from generator.headings import blocks_from_lines
from generator.ingest import read_corpus
from generator.model import Article, Story
from generator.registry import load_registry
from generator.render.feed import atom_feed

FORBIDDEN = "\x01\ufffe\uffff\U0010ffff\ufdd0\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def story_of(*articles: Article) -> Story:
    return Story(articles=articles)


def test_the_feed_is_well_formed_whatever_an_article_holds():
    """Articles built directly (as a future reader might), not through ingest: the feed guards itself."""
    article = Article(slug="talks", title="Talks\uffff in \x01Oman", date=dt.date(2026, 2, 1), source_path="a.txt",
                      blocks=blocks_from_lines(["Iran met Oman\ufffe in Muscat."]), publisher="Wire\x0b")
    feed = ET.fromstring(atom_feed(story_of(article), "https://example.org/", "Site\uffff"))
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert feed.find("a:entry/a:title", ns).text == "Talks in Oman"
    assert feed.find("a:entry/a:summary", ns).text == "Iran met Oman in Muscat."


def test_forbidden_characters_are_removed_from_articles_as_read(make_project):
    project = make_project()
    (project.input / "a.txt").write_text(f"Talks{FORBIDDEN} in Oman\nIran met{FORBIDDEN} Oman.\n", encoding="utf-8")
    escaped = "".join(f"\\U{ord(c):08X}" for c in FORBIDDEN)
    (project.input / "b.md").write_text(f'---\ntitle: "Envoys{escaped} meet"\nsource: "Wire{escaped}"\n'
                                        f'tags: ["x{escaped}"]\n---\n\nIran met Oman.\n', encoding="utf-8")
    articles = {a.slug: a for a in read_corpus(project.config)}
    assert articles["talks-in-oman"].title == "Talks in Oman"
    assert articles["talks-in-oman"].paragraphs[0].text == "Iran met Oman."
    assert (articles["b"].title, articles["b"].publisher, articles["b"].tags) == ("Envoys meet", "Wire", ("x",))


def test_the_generated_feed_parses(make_project):
    project = make_project("two_articles")
    (project.input / "c.txt").write_text("Talks\uffff in Oman\n2026-02-09 - 10:00\nIran met Oman.\n", encoding="utf-8")
    pipeline.generate(project.config)
    feed = ET.parse(project.docs / "articles" / "feed.xml").getroot()
    titles = [e.text for e in feed.iter("{http://www.w3.org/2005/Atom}title")]
    assert "Talks in Oman" in titles


def test_forbidden_characters_are_removed_from_every_writers_yaml_value(tmp_path):
    path = tmp_path / "entities.yml"
    path.write_text('entities:\n  - name: "Ir\\u202Ean\\uFFFF"\n    aliases: ["Pers\\u2066ia\\x01"]\n', encoding="utf-8")
    (entry,) = load_registry(path)
    assert (entry.name, entry.aliases) == ("Iran", ("Persia",))
