"""Every correction reports what it did (issue 12, item 3), and the build names the same
``file:line`` as ``lint`` for the same problem (item 8)."""
from __future__ import annotations

import pytest

from generator.cli import main
from generator.enrichment import load_enrichments
from generator.errors import InputError
from generator.lint import lint
from generator.pipeline import build_story
from generator.registry import load_registry


def write(project, name: str, text: str) -> None:
    path = project.root / "content" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def build_problems(project) -> list[str]:
    return [str(problem) for problem in build_story(project.config).problems]


def places(problems) -> set[str]:
    return {":".join(str(problem).split(":")[:2]) for problem in problems}


@pytest.fixture
def project(make_project):
    return make_project("two_articles")


def test_suppressing_a_name_found_nowhere_is_an_error_with_its_line(project):
    write(project, "entities.yml", "entities:\n  - name: Qatar\n    role: Mediator\n"
                                   "  - name: Israeli media\n    suppress: true\n")
    assert build_problems(project) == [
        "content/entities.yml:4: no actor or venue is found under 'Israeli media' (nothing to suppress); "
        "use a name from the Actors or Venues pages"]


def test_an_entry_that_corrects_nothing_suggests_the_close_name(project):
    write(project, "entities.yml", "entities:\n  - name: Quatar\n    role: Mediator\n")
    (problem,) = build_problems(project)
    assert problem.startswith("content/entities.yml:2: no actor or venue is found under 'Quatar'")
    assert "did you mean 'Qatar'?" in problem


def test_an_entry_with_a_kind_adds_an_entity_without_complaint(project):
    write(project, "entities.yml", "entities:\n  - name: Oman\n    kind: state\n")
    story = build_story(project.config)
    assert story.problems == () and "oman" in {a.slug for a in story.actors}
    assert story.corrections.summary() == "corrections: 1 applied, 0 unmatched"


def test_a_misspelt_name_with_aliases_says_it_renames(project):
    write(project, "entities.yml", "entities:\n  - name: Qatarr\n    aliases: [Qatar]\n")
    story = build_story(project.config)
    assert story.corrections.notes == (
        "content/entities.yml:2: 'Qatarr' is found nowhere; the entity found as 'Qatar' is renamed to it "
        "(its page: actors/qatarr.md)",)


def test_a_match_found_in_several_events_needs_all_true(project):
    write(project, "events.yml", "events:\n  - match: 'the'\n    status: planned\n")
    (problem,) = build_problems(project)
    assert problem.startswith("content/events.yml:2: ")
    assert "events contain 'the' (" in problem and "add 'all: true' to correct them all" in problem
    assert all(e.status.value != "planned" for e in build_story(project.config).events)
    write(project, "events.yml", "events:\n  - match: 'the'\n    all: true\n    status: planned\n")
    story = build_story(project.config)
    assert story.problems == ()
    assert sum(e.status.value == "planned" for e in story.events) > 1


def test_a_sources_entry_for_no_file_fails_the_build_with_its_line(project):
    write(project, "sources.yml", "001_geneva_undated.txt:\n  source: Wire\n002_missing.txt:\n  source: Wire\n")
    (problem,) = build_problems(project)
    assert problem.startswith("content/sources.yml:3: entry '002_missing.txt' names no article file")


def test_generate_prints_a_corrections_tally(project, capsys):
    write(project, "entities.yml", "entities:\n  - name: Qatar\n    role: Mediator\n  - name: Nobody\n"
                                   "    suppress: true\n")
    write(project, "events.yml", "events:\n  - match: 'met in Ankara'\n    status: happened\n")
    assert main(["generate", "--config", str(project.config_file)]) == 0
    out = capsys.readouterr().out
    assert "corrections: 2 applied, 1 unmatched" in out.splitlines()


def test_build_and_lint_name_the_same_line(project):
    write(project, "entities.yml", "entities:\n  - name: Qatar\n  - name: Nobody\n    suppress: true\n")
    write(project, "events.yml", "# a comment\nevents:\n  - match: 'nothing like this'\n    hide: true\n"
                                 "  - match: 'the'\n    status: planned\n")
    write(project, "sources.yml", "\n\nghost.txt:\n  source: Wire\n")
    build = places(build_problems(project))
    linted = places(f"{p.path}:{p.line}" for p in lint(project.config).problems)
    assert build == {"content/entities.yml:3", "content/events.yml:3", "content/events.yml:5",
                     "content/sources.yml:3"}
    assert build <= linted


def test_an_entities_yml_error_names_the_line_of_its_key(project):
    write(project, "entities.yml", "entities:\n  - name: Qatar\n    role: Mediator\n  - name: Egypt\n"
                                   "    kind: nation\n")
    with pytest.raises(InputError) as error:
        load_registry(project.root / "content" / "entities.yml")
    assert error.value.line == 5


def test_an_enrichment_page_error_is_at_its_key_not_line_2(project):
    write(project, "actors/qatar.md", "---\nsummary: A mediator.\nrole: Emirate\naliases: Doha\n---\nProse.\n")
    with pytest.raises(InputError) as error:
        load_enrichments(project.root / "content")
    assert error.value.line == 4
    (problem,) = lint(project.config).problems
    assert (problem.path, problem.line) == ("content/actors/qatar.md", 4)


def test_a_wikilink_in_an_enrichment_page_fails_at_its_line(project, capsys):
    write(project, "actors/qatar.md", "---\nsummary: A mediator.\n---\n\nFirst line.\n\nSee [[Nowhere Land]].\n")
    assert main(["generate", "--config", str(project.config_file)]) == 1
    assert "content/actors/qatar.md:7: the wikilink [[Nowhere Land]] names no actor or venue" in capsys.readouterr().err
    (problem,) = lint(project.config).problems
    assert (problem.path, problem.line) == ("content/actors/qatar.md", 7)


def test_lint_checks_writers_pages_in_docs(project):
    (project.docs / "notes.md").write_text("# Notes\n\nSee [[Qatar]] and `[[Not Checked]]`.\n\n"
                                           "Also [[Atlantis]].\n\n![map](images/missing.png)\n", encoding="utf-8")
    found = [(p.path, p.line, p.problem) for p in lint(project.config).problems]
    assert found == [("docs/notes.md", 5, "the wikilink [[Atlantis]] names no actor or venue"),
                     ("docs/notes.md", 7, "the picture 'images/missing.png' is not there")]


def test_a_sources_yml_error_names_the_line_of_its_key(project):
    write(project, "sources.yml", "001_geneva_undated.txt:\n  source: Wire\n  date: soon\n")
    with pytest.raises(InputError) as error:
        build_story(project.config)
    assert error.value.line == 3
    (problem,) = lint(project.config).problems
    assert (problem.path, problem.line) == ("content/sources.yml", 3)


def test_a_merge_text_that_finds_no_event_fails_the_build_at_its_entry(project):
    write(project, "events.yml", "events:\n  - match: 'met in Ankara'\n    merge: ['a summit on the moon']\n")
    (problem,) = build_problems(project)
    assert problem.startswith("content/events.yml:2: merge text 'a summit on the moon' finds no event: use a piece")
    assert [(p.path, p.line) for p in lint(project.config).problems] == [("content/events.yml", 2)]


def test_a_new_events_unknown_actor_is_reported_not_dropped(project):
    article = build_story(project.config).articles[0].slug
    write(project, "events.yml", "events:\n  - summary: Talks open\n    actors: [Qatar, Atlantis]\n"
                                 f"    sources: [{{article: {article}, paragraph: 1}}]\n")
    (problem,) = build_problems(project)
    assert problem.startswith("content/events.yml:2: actor 'Atlantis' of the new event 'Talks open' names no actor")


def test_a_list_that_is_not_a_list_names_its_line(project):
    write(project, "events.yml", "# corrections\nevents:\n  match: 'met in Ankara'\n")
    with pytest.raises(InputError) as error:
        build_story(project.config)
    assert (str(error.value.path), error.value.line) == (str(project.config.events_file), 2)


def test_an_enrichment_picture_not_in_docs_is_reported_at_its_key(project):
    write(project, "actors/qatar.md", "---\nsummary: A mediator.\nimage: images/qatar.jpg\n---\nProse.\n")
    (problem,) = build_problems(project)
    assert problem.startswith(f"{project.root}/content/actors/qatar.md:3: front matter key 'image': "
                              "'images/qatar.jpg' is not in docs/")
    assert [(p.path, p.line) for p in lint(project.config).problems] == [("content/actors/qatar.md", 3)]
    (project.docs / "images").mkdir()
    (project.docs / "images" / "qatar.jpg").write_bytes(b"\xff\xd8\xff")
    assert build_problems(project) == []
