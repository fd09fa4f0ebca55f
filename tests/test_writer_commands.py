"""What ``new`` writes, ``generate`` reads; ``explain --help``'s example works on the seed project
(issue 14, item 10)."""
from __future__ import annotations

from conftest import REPO

from generator import commands
from generator.cli import COMMANDS
from generator.ingest import read_corpus


def test_a_title_with_line_breaks_and_a_fence_is_scaffolded_readably(make_project):
    project = make_project()
    config = project.config.with_inputs([project.root / "content" / "articles"])
    commands.new_article(config, "a\n---\nb", "2026-03-02", None, None)
    (article,) = read_corpus(config)
    assert article.title == "a --- b"


def test_the_explain_example_works_on_the_seed_project(make_project):
    project = make_project(REPO / "seeds")
    example = COMMANDS["explain"][1].split()
    assert example[:4] == ["python", "-m", "generator", "explain"]
    text = commands.explain(project.config, " ".join(example[4:]))
    assert text.startswith(("Abbas Araghchi", "Araghchi")) and "rule:" in text

