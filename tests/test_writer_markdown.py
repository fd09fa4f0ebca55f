"""A writer's Markdown article renders the Markdown a writer expects, and nothing else
(issue 12, item 4): emphasis, links, lists, blockquotes and subheadings work; raw HTML,
``javascript:`` links, attribute lists and snippet lines stay inert text; a blockquote is a
quote to extraction; no Markdown syntax leaks into plain text (summaries, headings, excerpts).
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_markdown_escape import render

from generator.markdown import with_spans
from generator.model import Block, Mark
from generator.pipeline import build_story
from generator.render import render_site
from generator.render.articles import _mark_span
from generator.slugs import article_page
from generator.writer_markdown import markdown_blocks

ARTICLE = """---
title: Envoys meet in Ankara
date: 2026-02-03
---

Envoys from **Washington** and *Tehran* met in [the Turkish capital](https://example.org/a_(b)) on Tuesday.

## Who was **there**

- The delegation of Iran was led by Abbas Araghchi.
- A [bad link](javascript:alert(1)) and <script>alert(1)</script> stay text.

1. First, the agenda.
2. Then, the date.

Abbas Araghchi spoke to reporters afterwards.

> We will not negotiate under threats, and the talks will resume in Geneva next week.

{: .evil onclick="alert(1)" }
--8<-- "about.md"
"""


def test_plain_text_for_extraction_and_markup_beside_it():
    blocks = markdown_blocks("Envoys from **Washington** met in [Ankara](https://example.org).\n\n"
                             "## Who was **there**\n\n- one\n- two\n\n> Not under threats.\n")
    assert blocks[0] == Block("paragraph", "Envoys from Washington met in Ankara.", 1, "plain",
                              (Mark(12, 22, "strong"), Mark(30, 36, "link", "https://example.org")))
    assert blocks[1] == Block("heading", "Who was there")
    assert [(b.text, b.number, b.style) for b in blocks[2:]] == [
        ("one", 2, "bullet"), ("two", 3, "bullet"), ("“Not under threats.”", 4, "quote")]


def test_a_link_with_an_unsafe_address_and_raw_html_stay_text():
    (block,) = markdown_blocks('[x](javascript:alert(1)) <b onclick="y">z</b>')
    assert block.text == '[x](javascript:alert(1)) <b onclick="y">z</b>'
    assert block.marks == ()


@pytest.fixture
def project(make_project):
    project = make_project()
    (project.input / "2026-02-03-envoys.md").write_text(ARTICLE, encoding="utf-8")
    return project


@pytest.fixture
def story(project):
    return build_story(project.config)


@pytest.fixture
def page(project, story):
    text = render_site(story, project.config)[article_page(story.articles[0].slug)]
    return render(text.split("---\n", 2)[2])


def test_emphasis_links_lists_blockquotes_and_subheadings_render(page):
    tags = [tag for tag, _ in page.tags]
    for tag in ("strong", "em", "ul", "ol", "blockquote", "h2"):
        assert tag in tags, tag
    hrefs = [attrs.get("href") for tag, attrs in page.tags if tag == "a"]
    assert "https://example.org/a_(b)" in [h.replace("%28", "(").replace("%29", ")") for h in hrefs if h]
    items = [attrs.get("id") for tag, attrs in page.tags if tag == "p" and attrs.get("id")]
    assert items == [f"p{n}" for n in range(1, 9)]  # every list item and quote keeps its own number


def test_html_javascript_attribute_lists_and_snippets_stay_inert(page):
    tags = [tag for tag, _ in page.tags]
    assert "script" not in tags and "b" not in tags
    assert not any("javascript" in str(attrs.get("href")) for _, attrs in page.tags)
    assert not any("evil" in str(attrs.get("class")) or "onclick" in attrs for _, attrs in page.tags)
    assert "<script>alert(1)</script>" in page.visible
    assert '--8<-- "about.md"' in page.visible


def test_no_markup_in_headings_or_the_table_of_contents(page):
    assert "Who was there" in page.visible
    assert "**" not in page.visible


def test_a_blockquote_is_a_quote_not_an_event(story):
    quotes = [q.text for q in story.quotes]
    assert any(q.startswith("We will not negotiate under threats") for q in quotes)
    assert not any("We will not negotiate" in e.summary for e in story.events)


def test_no_markup_reaches_summaries_or_names(story):
    texts = [e.summary for e in story.events] + [a.name for a in story.actors + story.venues]
    assert texts and not any("**" in text or "](" in text for text in texts)


def test_a_raw_text_article_stays_literal(make_project):
    project = make_project()
    (project.input / "raw.txt").write_text("A raw headline\n\nEnvoys said **nothing** in [Ankara](https://x.org).\n",
                                           encoding="utf-8")
    story = build_story(project.config)
    text = render_site(story, project.config)[article_page(story.articles[0].slug)]
    page = render(text.split("---\n", 2)[2])
    assert "Envoys said **nothing** in [Ankara](https://x.org)." in page.visible


MARKDOWN_SOUP = st.text(alphabet="ab \n*_[]()<>!#-`>{}:=\"'&|\\.1", max_size=60)


@settings(max_examples=300, deadline=None)
@given(body=st.one_of(MARKDOWN_SOUP, st.lists(st.sampled_from(
    ["**b**", "*i*", "[l](https://x.org/a)", "[j](javascript:x)", "<b>", "{: .x}", "\n\n", "> ", "- ", "1. ",
     "## ", "`c`", "text", " ", "\\*", "&amp;", "--8<-- \"a.md\""]), max_size=12).map("".join)))
def test_any_writer_markdown_renders_as_its_plain_text_with_only_safe_markup(body):
    for block in markdown_blocks(body):
        if block.kind != "paragraph":
            continue
        page = render(str(with_spans(block.text, [s for s in map(_mark_span, block.marks) if s])))
        assert {tag for tag, _ in page.tags} <= {"p", "em", "strong", "a"}
        assert all(attrs.get("href", "").startswith(("https://", "http://", "mailto:"))
                   for tag, attrs in page.tags if tag == "a")
        assert page.visible == " ".join(block.text.split())


def test_mention_links_never_nest_in_each_other_or_in_a_writers_link(make_project):
    from generator.model import Article, Entity, EntityKind, Mention, SourceRef, Story

    text = "Iran Foreign Ministry spoke; see Qatar."
    block = Block("paragraph", text, 1, marks=(Mark(33, 38, "link", "https://example.org/q"),))
    article = Article("a", "A", None, "a.md", (block,), body_format="markdown")

    def entity(slug: str, start: int, end: int) -> Entity:
        mention = Mention(SourceRef("a", 1), start, end, text[start:end], text[start:end], EntityKind.STATE, slug, "t")
        return Entity(slug, text[start:end], EntityKind.STATE, (), (mention,))

    story = Story((article,), actors=(entity("iran", 0, 4), entity("iran-foreign-ministry", 0, 21),
                                      entity("qatar", 33, 38)))
    page = render_site(story, make_project().config)[article_page("a")]
    paragraph = next(line for line in page.splitlines() if line.startswith("[¶1]"))
    assert paragraph.endswith("[Iran Foreign Ministry](../actors/iran-foreign-ministry.md) spoke; see "
                              "[Qatar](<https://example.org/q>)\\.")
