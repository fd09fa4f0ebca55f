"""Page names: every article, actor and venue gets its own page, never one the site uses
(issue 14, item 3), and two articles with the same headline both get a page whose name does
not change when newer articles arrive (issue 12, item 5). Articles of the same day with the same
headline are settled in file-name order."""
from __future__ import annotations

import pytest

from generator import pipeline
from generator.errors import InputError
from generator.ingest import read_corpus
from generator.slugs import RESERVED, free_slug, unique_slugs

HEADLINE = "Envoys from Tehran and Washington meet again in Muscat for talks"


def raw(project, name: str, title: str, date: str | None, text: str = "Iran and Oman met on Monday.") -> None:
    lines = [title] + ([f"{date} - 10:00"] if date else []) + [text]
    (project.input / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def slugs(project) -> dict[str, str]:
    return {a.source_path.rsplit("/", 1)[-1]: a.slug for a in read_corpus(project.config)}


def test_same_headline_twice_gives_two_pages_the_oldest_keeps_the_plain_name(make_project):
    project = make_project()
    raw(project, "b.txt", "Talks resume in Geneva", "2026-02-03")
    raw(project, "a.txt", "Talks resume in Geneva", "2026-02-01")
    assert slugs(project) == {"a.txt": "talks-resume-in-geneva", "b.txt": "talks-resume-in-geneva-2026-02-03"}


def test_adding_a_newer_article_never_renames_an_existing_page(make_project):
    project = make_project()
    raw(project, "a.txt", "Talks resume in Geneva", "2026-02-01")
    raw(project, "b.txt", "Talks resume in Geneva", "2026-02-03")
    before = slugs(project)
    raw(project, "0.txt", "Talks resume in Geneva", "2026-02-05")  # sorts first by file name
    raw(project, "c.txt", "Talks resume in Geneva", None)
    after = slugs(project)
    assert {name: after[name] for name in before} == before
    assert after["0.txt"] == "talks-resume-in-geneva-2026-02-05"
    assert after["c.txt"] == "talks-resume-in-geneva-2"


def test_same_headline_same_day_is_told_apart_by_file_name_order(make_project):
    project = make_project()
    raw(project, "b.txt", "Talks resume in Geneva", "2026-02-03")
    raw(project, "a.txt", "Talks resume in Geneva", "2026-02-03")
    raw(project, "c.txt", "Talks resume in Geneva", "2026-02-03")
    assert slugs(project) == {"a.txt": "talks-resume-in-geneva", "b.txt": "talks-resume-in-geneva-2026-02-03",
                              "c.txt": "talks-resume-in-geneva-2026-02-03-2"}


def test_headlines_sharing_their_first_ten_words_are_told_apart_by_the_rest(make_project):
    project = make_project()
    raw(project, "a.txt", HEADLINE, "2026-02-01")
    raw(project, "b.txt", HEADLINE + " on Sunday", "2026-02-02")
    assert slugs(project) == {
        "a.txt": "envoys-from-tehran-and-washington-meet-again-in-muscat-for",
        "b.txt": "envoys-from-tehran-and-washington-meet-again-in-muscat-for-talks-on-sunday"}


def test_the_whole_corpus_generates_with_duplicate_headlines(make_project):
    project = make_project("duplicate_slugs")
    report = pipeline.generate(project.config)
    pages = sorted(p.name for p in (project.docs / "articles").glob("talks-resume-in-geneva*.md"))
    assert report.articles == 2 and pages == ["talks-resume-in-geneva-2.md", "talks-resume-in-geneva.md"]


@pytest.mark.parametrize("reserved", sorted(RESERVED))
def test_a_headline_never_takes_a_name_the_site_uses(make_project, reserved):
    project = make_project()
    raw(project, "a.txt", reserved.replace("-", " ").title(), None)
    raw(project, "b.txt", reserved.replace("-", " ").title(), "2026-02-01")
    assert slugs(project) == {"a.txt": f"{reserved}-2", "b.txt": f"{reserved}-2026-02-01"}


@pytest.mark.parametrize("reserved", sorted(RESERVED))
def test_an_entity_never_takes_a_name_the_site_uses(reserved):
    assert unique_slugs([reserved.replace("-", " ").title(), "Iran"]) == [f"{reserved}-2", "iran"]


@pytest.mark.parametrize("reserved", sorted(RESERVED))
def test_a_chosen_slug_the_site_uses_is_an_error(make_project, reserved):
    project = make_project()
    (project.input / "a.md").write_text(f"---\ntitle: Talks\nslug: {reserved}\n---\n\nIran met Oman.\n",
                                        encoding="utf-8")
    with pytest.raises(InputError, match=rf"a\.md: the page name '{reserved}' is one the site uses"):
        read_corpus(project.config)


def test_an_index_headline_generates_without_replacing_the_section_index(make_project):
    project = make_project("two_articles")
    raw(project, "index.txt", "Index", "2026-02-01")
    pipeline.generate(project.config)
    index = (project.docs / "articles" / "index.md").read_text(encoding="utf-8")
    assert (project.docs / "articles" / "index-2026-02-01.md").is_file()
    assert "index-2026-02-01" in index


def test_suffixes_skip_names_already_taken():
    assert unique_slugs(["Talks", "Talks 2", "Talks"]) == ["talks", "talks-2", "talks-3"]
    taken = {"talks", "talks-2"}
    assert free_slug(["talks"], taken) == "talks-3" and "talks-3" in taken
