"""What readers see of the site's own furniture: the article footer names its file as it is
spelt, and the writers' guide is not one of the reader's pages."""
from __future__ import annotations

import markdown as python_markdown
import pytest
import yaml
from conftest import REPO

from generator import pipeline
from generator.markdown import code_span


@pytest.mark.parametrize("text, shown", [
    ("seeds/003_4dd9cd740fc03870.txt", "seeds/003_4dd9cd740fc03870.txt"),
    ("input/2026-02-03-talks.md", "input/2026-02-03-talks.md"),
    ("odd `name` & <b>.txt", "odd `name` &amp; &lt;b&gt;.txt"),
    ("``start.txt", "``start.txt"),
])
def test_a_code_span_shows_its_text_as_typed(text, shown):
    html = python_markdown.markdown(f"File: {code_span(text)}", extensions=["attr_list", "md_in_html"])
    assert html == f"<p>File: <code>{shown}</code></p>"


def test_the_article_footer_shows_the_file_name_without_backslashes(make_project):
    project = make_project("two_articles")
    pipeline.generate(project.config)
    page = (project.docs / "articles" / "envoys-weigh-a-second-round-of-talks-in-geneva.md").read_text(encoding="utf-8")
    (footer,) = [line for line in page.splitlines() if "Source file:" in line]
    html = python_markdown.markdown(footer, extensions=["attr_list", "md_in_html"])
    assert "<code>input/001_geneva_undated.txt</code>" in html, html


def test_the_writers_guide_is_not_a_reader_page():
    settings = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    assert "writers.md" not in str(settings["nav"])
    assert "/writers.md" in settings["exclude_docs"].split()
    assert (REPO / "docs" / "writers.md").is_file(), "the guide stays with the writers' pages in the repository"


def test_an_officials_page_links_to_the_state_she_acts_for(make_project):
    project = make_project("extract/officials_act_for_states")
    pipeline.generate(project.config)
    page = (project.docs / "actors" / "lena-okafor.md").read_text(encoding="utf-8")
    (line,) = [line for line in page.splitlines() if "Acts for:" in line]
    assert line.strip() == "**Acts for:** [Kenya](kenya.md)", line
