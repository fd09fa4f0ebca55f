"""A writer gives a place coordinates in ``content/venues/<page>.md``; they win over the gazetteer's."""
from __future__ import annotations

import pytest

from generator import pipeline
from generator.errors import InputError


def venue_page(project, slug: str, front_matter: str) -> None:
    folder = project.root / "content" / "venues"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{slug}.md").write_text(f"---\nsummary: A place.\n{front_matter}\n---\nProse.\n", encoding="utf-8")


def venue(project, slug: str):
    return next(v for v in pipeline.build_story(project.config).venues if v.slug == slug)


def test_a_writers_coordinates_win_over_the_gazetteers(make_project):
    project = make_project("two_articles")
    assert venue(project, "ankara").coordinates != (40.5, 33.25), "the gazetteer knows Ankara"
    venue_page(project, "ankara", "coordinates: [40.5, 33.25]")
    assert venue(project, "ankara").coordinates == (40.5, 33.25)
    pipeline.generate(project.config)
    page = (project.docs / "venues" / "ankara.md").read_text(encoding="utf-8")
    assert "40.5" in page and "33.25" in page


@pytest.mark.parametrize("value", ["[95, 10]", "[10, 200]", "[40.5]", "'40.5, 33.2'", "[true, 3]"])
def test_bad_coordinates_are_an_error_at_their_line(make_project, value):
    project = make_project("two_articles")
    venue_page(project, "ankara", f"coordinates: {value}")
    with pytest.raises(InputError) as raised:
        pipeline.build_story(project.config)
    assert raised.value.line == 3
    assert "key 'coordinates': expected [latitude, longitude] in degrees" in raised.value.message


def test_an_actor_page_has_no_coordinates(make_project):
    project = make_project("two_articles")
    folder = project.root / "content" / "actors"
    folder.mkdir(parents=True)
    (folder / "iran.md").write_text("---\ncoordinates: [35.7, 51.4]\n---\n", encoding="utf-8")
    with pytest.raises(InputError, match="only a place has coordinates"):
        pipeline.build_story(project.config)
