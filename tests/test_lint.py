"""``python -m generator lint``: every writer file checked, every problem reported in one run.

Fixture projects are ``tests/fixtures/lint/<case>/``: ``input/`` (the articles)
and ``content/`` (sources.yml, entities.yml, events.yml, enrichment pages).
``several_problems/expected.txt`` is the exact output a writer sees; after a
deliberate change of wording (or of extraction), regenerate it with

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_lint.py
"""
from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from conftest import FIXTURES, HAND_WRITTEN, REPO, create_project, snapshot

from generator import pipeline
from generator.cli import main
from generator.corrections import load_corrections
from generator.enrichment import load_enrichments
from generator.ingest import read_corpus
from generator.lint import _story, lint, split_message
from generator.registry import load_registry

pytestmark = pytest.mark.usefixtures("in_tmp_dir")

LINT = FIXTURES / "lint"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
# Lint also reads the writers' own pages in docs/, which every test project copies.
WRITER_PAGES = sum(1 for p in (REPO / "docs").rglob("*.md") if p.relative_to(REPO / "docs").parts[0] in HAND_WRITTEN)
PROBLEM_LINE = re.compile(r"^(?P<file>[^:\s]+):(?P<line>\d+): (?P<problem>.+) — (?P<fix>.+)$")


def lint_project(root: Path, case: str):
    project = create_project(root, LINT / case / "input")
    shutil.copytree(LINT / case / "content", project.root / "content", dirs_exist_ok=True)
    return project


def run_lint(project, capsys) -> tuple[int, str]:
    code = main(["lint", "--config", str(project.config_file)])
    captured = capsys.readouterr()
    assert captured.err == ""
    return code, captured.out


def test_a_clean_project_has_no_problems(tmp_path, capsys):
    project = lint_project(tmp_path / "clean", "clean")
    code, out = run_lint(project, capsys)
    assert (code, out) == (0, f"lint: {8 + WRITER_PAGES} files checked, no problems\n")


def test_every_problem_in_every_file_is_reported_in_one_run(tmp_path, capsys):
    project = lint_project(tmp_path / "several", "several_problems")
    code, out = run_lint(project, capsys)
    assert code == 1
    *problems, tally = out.splitlines()
    if UPDATE:
        (LINT / "several_problems" / "expected.txt").write_text("\n".join(problems) + "\n", encoding="utf-8")
    assert problems == (LINT / "several_problems" / "expected.txt").read_text(encoding="utf-8").splitlines()
    assert tally == f"lint: {14 + WRITER_PAGES} files checked, {len(problems)} problems"
    assert all(PROBLEM_LINE.match(line) for line in problems), problems
    files = {PROBLEM_LINE.match(line)["file"] for line in problems}
    assert files == {"content/actors/irann.md", "content/actors/qatar.md", "content/entities.yml",
                     "content/events.yml", "content/sources.yml", "content/venues/ankara.md", "content/venues/geneva.md",
                     "input/impossible_date.md", "input/latin1.txt", "input/no_title.md",
                     "input/title_twice.md"}


def test_generate_stops_at_the_first_of_those_problems(tmp_path, capsys):
    """What lint adds: generate names one problem per run, lint all of them."""
    project = lint_project(tmp_path / "several", "several_problems")
    assert main(["generate", "--config", str(project.config_file)]) == 1
    assert capsys.readouterr().err.count("Error:") == 1


def test_lint_writes_nothing_outside_its_cache(tmp_path, capsys):
    project = lint_project(tmp_path / "several", "several_problems")
    before = {path: value for path, value in snapshot(project.root).items() if not path.startswith(".cache/")}
    run_lint(project, capsys)
    after = {path: value for path, value in snapshot(project.root).items() if not path.startswith(".cache/")}
    assert after == before


def test_lint_sees_the_pages_that_generate_makes(tmp_path):
    """lint rebuilds the story from the files that read cleanly: on a clean project it is build_story's."""
    project = lint_project(tmp_path / "clean", "clean")
    config = project.config
    expected = pipeline.build_story(config)
    corrections = load_corrections(config.events_file)
    story = _story(config, read_corpus(config), load_registry(config.entities_file),
                   load_enrichments(config.root / "content"), corrections)
    assert [e.slug for e in story.actors] == [e.slug for e in expected.actors]
    assert [e.slug for e in story.venues] == [e.slug for e in expected.venues]
    assert story.events == expected.events
    assert [str(p) for p in story.problems] == [str(p) for p in expected.problems]


def test_a_missing_input_folder_does_not_stop_the_other_checks(tmp_path, capsys):
    project = lint_project(tmp_path / "clean", "clean")
    (project.root / "content" / "actors" / "irn.md").write_text("Text.\n", encoding="utf-8")
    code = main(["lint", "--config", str(project.config_file), "--input", str(project.input),
                 "--input", str(tmp_path / "nowhere")])
    out = capsys.readouterr().out.splitlines()
    assert code == 1
    assert out[0].startswith(f"{tmp_path / 'nowhere'}:1: input folder not found — create the folder")
    assert out[1].startswith("content/actors/irn.md:1: there is no actor page 'irn' — did you mean ")
    assert out[2] == f"lint: {9 + WRITER_PAGES} files checked, 2 problems"


def test_an_event_correction_hidden_earlier_is_reported_like_generate_warns(tmp_path, capsys):
    project = lint_project(tmp_path / "clean", "clean")
    (project.root / "content" / "events.yml").write_text(
        'events:\n  - match: "met in Ankara"\n    hide: true\n  - match: "met in Ankara"\n    status: planned\n',
        encoding="utf-8")
    code, out = run_lint(project, capsys)
    assert code == 1
    assert out.splitlines()[0] == ("content/events.yml:4: no event contains 'met in Ankara' — correct the 'match' "
                                   "text or remove the entry")


def test_duplicate_yaml_keys_are_reported_with_both_lines(tmp_path, capsys):
    project = lint_project(tmp_path / "clean", "clean")
    (project.root / "content" / "sources.yml").write_text(
        "001_geneva_undated.txt:\n  date: 2026-02-02\n001_geneva_undated.txt:\n  source: Example Wire\n",
        encoding="utf-8")
    code, out = run_lint(project, capsys)
    assert code == 1
    assert out.splitlines()[0] == ("content/sources.yml:3: key '001_geneva_undated.txt' appears again (first on "
                                   "line 1); only this one is used — merge the two into one")


def test_unknown_top_level_key_is_reported(tmp_path, capsys):
    project = lint_project(tmp_path / "clean", "clean")
    (project.root / "content" / "entities.yml").write_text("entitites:\n  - name: Iran\n", encoding="utf-8")
    expected = "content/entities.yml:1: unknown key 'entitites' is ignored — expected entities\n"
    assert run_lint(project, capsys) == (1, expected + f"lint: {8 + WRITER_PAGES} files checked, 1 problem\n")


@pytest.mark.parametrize("message, problem, fix", [
    ("not UTF-8 text (byte 0xe9); save the file as UTF-8", "not UTF-8 text (byte 0xe9)", "save the file as UTF-8"),
    ("front matter key 'url': expected an http(s) address, got 'javascript:x'",
     "front matter key 'url' is 'javascript:x'", "expected an http(s) address"),
    ("front matter has no 'title': add a line such as 'title: What happened'",
     "front matter has no 'title'", "add a line such as 'title: What happened'"),
    ("the article is empty: expected a title on the first line", "the article is empty",
     "expected a title on the first line"),
    ("not valid YAML: mapping values are not allowed here", "not valid YAML: mapping values are not allowed here",
     "quote text that holds ': ', ' #', '[' or '{', and check the indentation"),
    ("expected front matter: a first line '---', YAML with at least 'title:', then '---'",
     "the file does not start with front matter",
     "expected front matter: a first line '---', YAML with at least 'title:', then '---'"),
    ("something new", "something new", "see README.md, 'Writers: adding and correcting'"),
])
def test_a_loader_message_splits_into_problem_and_fix(message, problem, fix):
    assert split_message(message) == (problem, fix)


def test_lint_report_counts_files_and_problems(tmp_path):
    project = lint_project(tmp_path / "several", "several_problems")
    report = lint(project.config)
    assert (report.files, len(report.problems), report.ok) == (14 + WRITER_PAGES, 17, False)
    assert list(report.problems) == sorted(report.problems)
