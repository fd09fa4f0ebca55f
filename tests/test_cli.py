"""The command line: help with examples, documented commands, clean errors, new and export."""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys

import pytest
from conftest import REPO

from generator.cli import COMMANDS, main
from generator.ingest import read_corpus
from generator.yamlio import parse_front_matter

pytestmark = pytest.mark.usefixtures("in_tmp_dir")


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_has_help_with_an_example(command, capsys):
    with pytest.raises(SystemExit) as exited:
        main([command, "--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert "example:" in out
    assert COMMANDS[command][1] in out  # the example itself, not just the word


def test_every_command_is_in_the_readme():
    readme = REPO / "README.md"
    if not readme.is_file():
        pytest.xfail("README not written yet")
    text = readme.read_text(encoding="utf-8")
    # "python -m generator NAME …" in prose, or a row of the commands table: "| `NAME …` | …"
    missing = [name for name in COMMANDS
               if not re.search(rf"generator\s+{name}\b|^\|\s*`{name}\b", text, flags=re.MULTILINE)]
    assert missing == [], f"commands not documented in README.md: {missing}"


def run_cli(*args: str, cwd) -> subprocess.CompletedProcess:
    """``python -m generator`` in a fresh process: what a user sees, tracebacks included."""
    env = os.environ | {"PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=60, check=False)


def assert_clean_error(result: subprocess.CompletedProcess, *expected: str) -> None:
    assert result.returncode == 1
    assert result.stderr.startswith("Error: ")
    assert "Traceback" not in result.stderr
    for part in expected:
        assert part in result.stderr


def test_missing_config_file_is_a_clean_error(tmp_path):
    result = run_cli("generate", "--config", "nowhere/generator.yml", cwd=tmp_path)
    assert_clean_error(result, "nowhere/generator.yml", "configuration file not found")


def test_default_config_missing_is_a_clean_error(tmp_path):
    result = run_cli("generate", cwd=tmp_path)
    assert_clean_error(result, "site_config/generator.yml", "configuration file not found (pass --config FILE)")


def test_bad_input_folder_is_a_clean_error(make_project):
    project = make_project("two_articles")
    result = run_cli("generate", "--input", "no-such-folder", cwd=project.root)
    assert_clean_error(result, "no-such-folder: input folder not found")
    assert not (project.docs / "articles").exists()


def test_malformed_article_is_a_clean_error(make_project):
    project = make_project("two_articles")
    (project.input / "broken.md").write_text("---\ntitle: [unclosed\n---\n\nText.\n", encoding="utf-8")
    result = run_cli("generate", cwd=project.root)
    assert_clean_error(result, f"{project.input / 'broken.md'}:", "not valid YAML")
    assert not (project.docs / "articles").exists()


def test_invalid_config_names_every_key(make_project, capsys):
    project = make_project()
    project.config_file.write_text("inputs: seeds\nchronology_order: sideways\nbogus: 1\n", encoding="utf-8")
    assert main(["generate", "--config", str(project.config_file)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"Warning: {project.config_file}: unknown setting 'bogus' is ignored\nError: ")
    assert "key 'inputs': expected a list of folders, got 'seeds'" in err
    assert "key 'chronology_order': expected 'ascending' or 'descending', got 'sideways'" in err


@pytest.mark.parametrize("content, message", [
    (b"inputs: [seeds\n", "not valid YAML"),
    (b"site_dir: caf\xe9\n", "not UTF-8 text; save the file as UTF-8"),
    (b"- seeds\n", "expected a mapping of settings, got list"),
], ids=["yaml", "encoding", "list"])
def test_unreadable_config_is_a_clean_error(make_project, capsys, content, message):
    project = make_project()
    project.config_file.write_bytes(content)
    assert main(["generate", "--config", str(project.config_file)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"Error: {project.config_file}") and message in err


def test_generate_prints_a_summary(make_project, capsys):
    project = make_project("two_articles")
    assert main(["generate", "--config", str(project.config_file)]) == 0
    out = capsys.readouterr().out
    assert re.match(r"corrections: 0 applied, 0 unmatched\n"
                    r"2 articles read; \d+ pages written, 0 unchanged, 0 removed in \d+\.\d\d s\n$", out)


def test_new_article_scaffolds_valid_front_matter(make_project, capsys):
    project = make_project()
    argv = ["new", "article", "--title", "Talks resume in Geneva: day one", "--date", "2026-03-02",
            "--source", "Example Wire", "--url", "https://example.org/geneva", "--config", str(project.config_file)]
    assert main(argv) == 0
    path = project.root / "content" / "articles" / "2026-03-02-talks-resume-in-geneva-day-one.md"
    assert capsys.readouterr().out == ("created content/articles/2026-03-02-talks-resume-in-geneva-day-one.md: "
                                       "write the article below its front matter, paragraphs separated by a "
                                       "blank line, '## Subheading' for sections\n")
    meta, body, _ = parse_front_matter(path.read_text(encoding="utf-8"), path)
    assert meta == {"title": "Talks resume in Geneva: day one", "date": dt.date(2026, 3, 2),
                    "source": "Example Wire", "url": "https://example.org/geneva"}
    assert body.strip() == "", "no placeholder text that would be published if left in"
    (article,) = read_corpus(project.config.with_inputs([path.parent]))
    assert (article.title, article.date, article.publisher) == (
        "Talks resume in Geneva: day one", dt.date(2026, 3, 2), "Example Wire")
    assert article.paragraphs == ()


def test_new_article_refuses_to_overwrite(make_project, capsys):
    project = make_project()
    argv = ["new", "article", "--title", "Talks", "--config", str(project.config_file)]
    assert main(argv) == 0
    path = project.root / "content" / "articles" / "talks.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nMy work.\n", encoding="utf-8")
    assert main(argv) == 1
    assert capsys.readouterr().err.startswith(f"Error: {path}: already exists")
    assert path.read_text(encoding="utf-8").endswith("My work.\n")


@pytest.mark.parametrize("option, value, message", [
    ("--date", "2026-02-30", "--date: '2026-02-30' is not a date; expected YYYY-MM-DD"),
    ("--url", "javascript:alert(1)", "--url: expected an http(s) address, got 'javascript:alert(1)'"),
])
def test_new_article_bad_option_is_a_clean_error(make_project, capsys, option, value, message):
    project = make_project()
    assert main(["new", "article", "--title", "Talks", option, value, "--config", str(project.config_file)]) == 1
    assert capsys.readouterr().err == f"Error: {message}\n"
    assert not (project.root / "content" / "articles").exists()


def test_export_prints_the_five_lists(make_project, capsys):
    project = make_project("two_articles")
    assert main(["export", "--config", str(project.config_file)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["articles", "actors", "venues", "events", "quotes"]
    assert all(isinstance(value, list) for value in data.values())
    assert data["articles"] == [
        {"id": "2026-02-03-envoys-meet-in-ankara", "title": "Envoys meet in Ankara: what we know",
         "date": "2026-02-03", "source": "input/2026-02-03-envoys-meet-in-ankara.md"},
        {"id": "envoys-weigh-a-second-round-of-talks-in-geneva", "title": "Envoys weigh a second round of talks in Geneva",
         "date": None, "source": "input/001_geneva_undated.txt"},
    ]


def test_export_skips_a_bad_article_with_a_warning_but_generate_refuses(make_project, capsys):
    """export is a read-only report: one bad file must not lose the other articles."""
    project = make_project("two_articles")
    (project.config.inputs[0] / "bad.txt").write_bytes(b"Caf\xe9 talks\nBody.\n")
    assert main(["export", "--config", str(project.config_file)]) == 0
    captured = capsys.readouterr()
    assert len(json.loads(captured.out)["articles"]) == 2
    assert "Warning: " in captured.err and "bad.txt:1: not UTF-8 text" in captured.err
    assert main(["generate", "--config", str(project.config_file)]) == 1
    assert capsys.readouterr().err.startswith("Error: ")


@pytest.mark.parametrize("args", [["export"], ["explain", "Ankara"]], ids=["export", "explain"])
def test_output_cut_by_a_pipe_is_no_traceback(make_project, args):
    """``python -m generator export | head``: the reader is gone before the first line is written."""
    project = make_project("two_articles")
    reader = subprocess.Popen([sys.executable, "-m", "generator", *args], cwd=project.root,
                              env=os.environ | {"PYTHONPATH": str(REPO)},
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    reader.stdout.close()  # like 'head' that has read its lines and exited
    _, err = reader.communicate(timeout=120)
    assert b"Traceback" not in err and b"BrokenPipeError" not in err, err.decode()
    assert reader.returncode == 141


def test_a_python_without_the_dependencies_is_a_one_line_error(tmp_path):
    """Outside the venv: '-S' hides the venv's packages, as running the system's Python would."""
    result = subprocess.run([sys.executable, "-S", "-m", "generator", "--help"], cwd=tmp_path,
                            env=os.environ | {"PYTHONPATH": str(REPO)}, capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert re.fullmatch(r"Error: \S+: the package '\w+' is not installed for this Python; run 'make site' .*\n",
                        result.stderr), result.stderr


def test_no_help_text_points_outside_the_repository(capsys):
    for command in COMMANDS:
        with pytest.raises(SystemExit):
            main([command, "--help"])
    assert "../" not in capsys.readouterr().out
