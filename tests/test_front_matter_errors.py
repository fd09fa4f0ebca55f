"""Bad front matter: each case is ``tests/fixtures/bad_front_matter/<case>.md`` with the exact
expected message beside it in ``<case>.error`` (``{path}`` stands for the file's path).

A new case is two new files and one row in CASES.
"""
from __future__ import annotations

import shutil

import pytest
from conftest import FIXTURES, snapshot

from generator.cli import main
from generator.errors import InputError
from generator.ingest import read_article

pytestmark = pytest.mark.usefixtures("in_tmp_dir")

CASES_DIR = FIXTURES / "bad_front_matter"

CASES = [
    # case, line, key named (None: there is no key to name), what was expected
    ("missing_title", 1, "title", "add a line such as 'title: What happened'"),
    ("malformed_yaml", 4, None, "not valid YAML: mapping values are not allowed here"),
    ("front_matter_list", 2, None, "must be a mapping of keys (title: …)"),
    ("unclosed_fence", 1, None, "expected a line '---' after it"),
    ("impossible_date", 4, "date", "'2026-02-30' is not a real date; expected YYYY-MM-DD"),
    ("javascript_url", 4, "url", "expected an http(s) address"),
    ("unknown_key", 4, "author", "expected one of date, slug, source, tags, title, url"),
]
IDS = [case for case, *_ in CASES]


def test_every_fixture_has_a_row():
    assert sorted(p.stem for p in CASES_DIR.glob("*.md")) == sorted(IDS)
    assert sorted(p.stem for p in CASES_DIR.glob("*.error")) == sorted(IDS)


@pytest.mark.parametrize("case, line, key, expected", CASES, ids=IDS)
def test_bad_front_matter_is_an_input_error(make_project, case, line, key, expected):
    path = CASES_DIR / f"{case}.md"
    with pytest.raises(InputError) as caught:
        read_article(path, make_project().config)
    error = caught.value
    assert str(error) == (CASES_DIR / f"{case}.error").read_text(encoding="utf-8").strip().format(path=path)
    assert (error.path, error.line) == (str(path), line)
    assert str(error).startswith(f"{path}:{line}: ")
    if key is not None:
        assert f"'{key}'" in error.message
    assert expected in error.message


@pytest.mark.parametrize("case, line, key, expected", CASES, ids=IDS)
def test_cli_generate_writes_nothing_on_bad_front_matter(make_project, capsys, case, line, key, expected):
    project = make_project("two_articles")
    argv = ["generate", "--config", str(project.config_file)]
    assert main(argv) == 0
    before = snapshot(project.docs)
    assert "articles/index.md" in before

    shutil.copy(CASES_DIR / f"{case}.md", project.input / f"{case}.md")
    capsys.readouterr()
    assert main(argv) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"Error: {project.input / case}.md:{line}: ")
    assert expected in captured.err
    assert "Traceback" not in captured.err
    assert snapshot(project.docs) == before
