"""Untrusted article text, escaped, then rendered by Python-Markdown with the extensions of mkdocs.yml:
no tag or attribute from the input survives, and the reader sees exactly the input text.
"""
from __future__ import annotations

from html.parser import HTMLParser

import markdown
import pytest
import yaml
from conftest import REPO
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.markdown import Markdown, escape, finalize, link, relative

ATTACKS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[x](javascript:alert(1))",
    "![x](javascript:alert(1))",
    'Talks resume {: onclick="alert(1)" }',
    'Talks resume\n{: onclick="alert(1)" }',
    "{: #p1 .admonition }",
    "*emphasis* and **strong** and _under_ and __double__",
    "`code` and ``more code``",
    "a | b | c",
    "<http://example.org> and <mailto:x@example.org>",
    "&lt;b&gt; already escaped &amp; &#60;i&#62;",
    "# not a heading",
    "1. not a list",
    "- not a list either",
    "> not a quote",
    "!!! warning \"not an admonition\"",
    '<div markdown="1">*md in html*</div>',
    "[ref]: https://example.org \"a reference definition\"",
    "back\\slash \\* and trailing \\",
    "<!-- a comment --> and <![CDATA[x]]>",
    "tab\tseparated   and  spaced",
    "Türkiye’s “quoted” remark — ¶3",
    '--8<-- "about.md"',
    ';--8<-- "../mkdocs.yml"',
]


def mkdocs_extensions() -> list[str]:
    """The Markdown extensions as configured in mkdocs.yml (names only)."""
    text = (REPO / "mkdocs.yml").read_text(encoding="utf-8").replace("!ENV", "")
    entries = yaml.safe_load(text)["markdown_extensions"]
    return [e if isinstance(e, str) else next(iter(e)) for e in entries]


EXTENSIONS = mkdocs_extensions()
# Snippets may only read docs/; an escaped "--8<--" in article text must include nothing at all.
EXTENSION_CONFIGS = {"toc": {"permalink": True},
                     "pymdownx.snippets": {"base_path": [str(REPO / "docs")], "check_paths": True}}


class Page(HTMLParser):
    """The tags with their attributes, and the text a reader sees (permalink anchors aside)."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._in_permalink = 0
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if tag == "a" and attributes.get("class") == "headerlink":
            self._in_permalink += 1

    def handle_endtag(self, tag):
        if tag == "a" and self._in_permalink:
            self._in_permalink -= 1

    def handle_data(self, data):
        if not self._in_permalink:
            self.text.append(data)

    @property
    def visible(self) -> str:
        return " ".join("".join(self.text).split())


def render(source: str) -> Page:
    md = markdown.Markdown(extensions=EXTENSIONS, extension_configs=EXTENSION_CONFIGS)
    return Page(md.convert(source))


def visible(text: str) -> str:
    return " ".join(text.split())


def test_extensions_are_those_of_mkdocs_yml():
    assert EXTENSIONS == ["attr_list", "admonition", "tables", "md_in_html", "pymdownx.snippets", "toc"]


def check_paragraph(text: str) -> None:
    page = render(escape(text))
    assert page.tags == [("p", {})]
    assert page.visible == visible(text)


def check_heading(text: str) -> None:
    page = render("## " + escape(text))
    assert [tag for tag, _ in page.tags] == ["h2", "a"]
    assert set(page.tags[0][1]) == {"id"}
    assert page.tags[1][1]["class"] == "headerlink" and page.tags[1][1]["href"].startswith("#")
    assert page.visible == visible(text)


def check_table_cell(text: str) -> None:
    page = render(f"| Name | Role |\n| --- | --- |\n| {escape(text)} | x |\n")
    assert [tag for tag, _ in page.tags] == ["table", "thead", "tr", "th", "th", "tbody", "tr", "td", "td"]
    assert all(attrs == {} for _, attrs in page.tags)
    assert page.visible == visible(f"Name Role {text} x")


def check_article_paragraph(text: str) -> None:
    """As in templates/article.md.j2: number link, escaped text, then the attribute list line."""
    page = render(f'[¶1](#p1){{ .paragraph-number title="Paragraph 1" }} {escape(text)}\n'
                  "{: #p1 .article-paragraph }\n")
    assert page.tags == [("p", {"id": "p1", "class": "article-paragraph"}),
                         ("a", {"href": "#p1", "class": "paragraph-number", "title": "Paragraph 1"})]
    assert page.visible == visible(f"¶1 {text}")


CONTEXTS = [check_paragraph, check_heading, check_table_cell, check_article_paragraph]


@pytest.mark.parametrize("check", CONTEXTS, ids=lambda c: c.__name__.removeprefix("check_"))
@pytest.mark.parametrize("text", ATTACKS)
def test_attack_is_shown_literally(check, text):
    check(text)


def test_unescaped_text_would_be_live():
    """The oracle can fail: without escape() the same inputs do produce tags and attributes."""
    assert ("script", {}) in render("<script>alert(1)</script>").tags
    assert ("a", {"href": "javascript:alert(1)"}) in render("[x](javascript:alert(1))").tags
    assert render('Talks\n{: onclick="alert(1)" }').tags == [("p", {"onclick": "alert(1)"})]
    assert render('## Talks {: onclick="alert(1)" }').tags[0] == ("h2", {"onclick": "alert(1)", "id": "talks"})


printable = st.characters(blacklist_categories=("Cs", "Cc"))
syntax = st.sampled_from(list("<>&;#x[](){}:!*_`|\\-+.=~\"' /@1\n\t") + ["&amp;", "javascript:", "{:", "]("])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=printable, min_size=1) | st.lists(syntax, min_size=1).map("".join))
def test_any_text_is_shown_literally(text):
    if not text.strip():
        return
    for check in CONTEXTS:
        check(text)


def test_markdown_values_pass_through_and_others_are_escaped():
    assert escape(Markdown("*kept*")) == "*kept*"
    assert finalize(Markdown("*kept*")) == "*kept*"
    assert finalize("*x*") == "\\*x\\*"
    assert finalize(None) == "" and finalize(3) == 3


@pytest.mark.parametrize("from_page, to_page, anchor, expected", [
    ("articles/a.md", "articles/b.md", None, "b.md"),
    ("articles/a.md", "actors/x.md", None, "../actors/x.md"),
    ("actors/x.md", "articles/a.md", "p2", "../articles/a.md#p2"),
    ("index.md", "chronology/index.md", "event-x", "chronology/index.md#event-x"),
])
def test_relative_links(from_page, to_page, anchor, expected):
    assert relative(from_page, to_page, anchor) == expected


def test_link_label_is_escaped():
    page = render(link("[evil](javascript:x) <b>", "articles/a.md", "actors/x.md"))
    assert page.tags == [("p", {}), ("a", {"href": "../actors/x.md"})]
    assert page.visible == "[evil](javascript:x) <b>"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=printable), st.text(alphabet=printable))
def test_escaped_pieces_join_like_the_text(left, right):
    """Text between two links is escaped piece by piece: no space may be lost at the seams."""
    if not (left + right).strip():
        return
    page = render(escape(left) + escape(right))
    assert page.visible == visible(left + right)


def test_text_around_a_link_keeps_its_spaces():
    source = escape("met in ") + link("Ankara", "articles/a.md", "venues/ankara.md") + escape(" on Tuesday.")
    page = render(source)
    assert page.visible == "met in Ankara on Tuesday."
    assert ("a", {"href": "../venues/ankara.md"}) in page.tags
