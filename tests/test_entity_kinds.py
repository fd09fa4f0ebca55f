"""A state that acts and is a place: an actor and a venue with one slug are two pages, and every
link or list picks the one of the right kind (issue 12, item 2)."""
from __future__ import annotations

import pytest
from conftest import built_writer_page

from generator.enrichment import name_index, resolve_wikilinks, wikilink_target
from generator.errors import InputError
from generator.model import Article, Block, Entity, EntityKind, Event, EventStatus, FuzzyDate, Mention, SourceRef, Story
from generator.render import render_site

TEXT = "Türkiye offered to host the talks in Türkiye."


def _mention(start: int, kind: EntityKind) -> Mention:
    return Mention(SourceRef("talks", 1), start, start + 7, "Türkiye", "Türkiye", kind, "country:TUR", "test")


@pytest.fixture
def story() -> Story:
    article = Article("talks", "Talks", None, "talks.txt", (Block("paragraph", TEXT, 1),))
    state = Entity("turkiye", "Türkiye", EntityKind.STATE, (), (_mention(0, EntityKind.STATE),))
    country = Entity("turkiye", "Türkiye", EntityKind.COUNTRY, (), (_mention(37, EntityKind.COUNTRY),))
    event = Event("offer", FuzzyDate.unknown(), EventStatus.HAPPENED, TEXT, ("turkiye",), (), (SourceRef("talks", 1),))
    return Story((article,), actors=(state,), venues=(country,), events=(event,))


@pytest.fixture
def pages(story, make_project) -> dict[str, str]:
    return render_site(story, make_project().config)


def test_the_chronology_links_an_acting_state_to_its_actor_page(pages):
    event_line = next(line for line in pages["chronology/index.md"].splitlines() if line.startswith("*happened*"))
    assert "(../actors/turkiye.md)" in event_line
    assert "venues/turkiye.md" not in event_line


def test_an_article_lists_the_state_among_actors_and_the_place_among_venues(pages):
    page = pages["articles/talks.md"]
    actors = next(line for line in page.splitlines() if "**Actors:**" in line)
    venues = next(line for line in page.splitlines() if "**Venues:**" in line)
    assert "(../actors/turkiye.md)" in actors
    assert "(../venues/turkiye.md)" in venues


def test_each_page_lists_only_its_own_events(pages):
    assert "chronology/index.md#" in pages["actors/turkiye.md"]
    assert "chronology/index.md#" not in pages["venues/turkiye.md"]


def test_a_wikilink_picks_the_actor_and_a_kind_prefix_picks_the_venue(story):
    index = name_index(story.actors + story.venues)
    assert wikilink_target(index, "Türkiye") == "actors/turkiye.md"
    assert wikilink_target(index, "venue:Turkiye") == "venues/turkiye.md"
    assert wikilink_target(index, "Actor: Türkiye") == "actors/turkiye.md"
    linked = resolve_wikilinks("[[venue:Türkiye]] and [[venue:Türkiye|the country]]", index,
                               lambda label, page: f"<{label}→{page}>", "page.md")
    assert linked == "<Türkiye→venues/turkiye.md> and <the country→venues/turkiye.md>"
    with pytest.raises(InputError, match=r"\[\[venue:Qatar\]\]"):
        resolve_wikilinks("[[venue:Qatar]]", index, lambda label, page: label, "page.md")


@pytest.mark.build
def test_a_writers_page_picks_the_kind_with_a_prefix(make_project):
    html = built_writer_page(make_project("two_articles"),
                             "# Notes\n\n[[venue:Ankara]], [[Venue: Ankara|the capital]] and [[actor:Qatar]].\n")
    assert 'href="../venues/ankara/">Ankara</a>' in html
    assert 'href="../venues/ankara/">the capital</a>' in html
    assert 'href="../actors/qatar/">Qatar</a>' in html


@pytest.mark.build
def test_an_unknown_wikilink_fails_the_build_at_the_line_lint_names(make_project):
    from generator import pipeline
    from generator.errors import BuildError
    from generator.lint import lint
    from generator.site import mkdocs_build

    project = make_project("two_articles")
    (project.docs / "notes.md").write_text("---\ntitle: Notes\n---\n# Notes\n\n`[[Atlantis]]` in code.\n\n"
                                           "See [[Atlantis]].\n", encoding="utf-8")
    (problem,) = lint(project.config).problems
    assert (problem.path, problem.line) == ("docs/notes.md", 8)
    pipeline.generate(project.config)
    with pytest.raises(BuildError, match=r"Doc file 'notes.md', line 8: the wikilink \[\[Atlantis\]\]"):
        mkdocs_build(project.config)

