"""Regression guard on extraction quality: ``python -m generator evaluate`` on the project's own corpora.

Three corpora (``tests/eval/README.md``): the seeds against their gold annotations, the development
set the rules were improved on, and the blind set nobody read while developing. Each is exported in
a throwaway project (the real configuration, no writer corrections, its own cache), so the score is
the extractor's alone.

Thresholds sit a little under the values measured when they were last set (never above): a drop
below one of them is a regression to look at, not noise, since extraction is deterministic.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import REPO, create_project

EVAL = REPO / "tests" / "eval"


def evaluate(tmp_path: Path, articles: Path, gold: Path) -> dict:
    project = create_project(tmp_path / "project")
    run = subprocess.run([sys.executable, "-m", "generator", "evaluate", "--json", "--config",
                          str(project.config_file), "--input", str(articles), "--gold", str(gold)],
                         cwd=project.root, capture_output=True, text=True, timeout=600, check=False,
                         env=os.environ | {"PYTHONPATH": str(REPO)})
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    print(f"\n{articles.relative_to(REPO)}: {result['summary']}")
    return result


def test_seeds_score_perfectly(tmp_path):
    result = evaluate(tmp_path, REPO / "seeds", EVAL / "seeds" / "gold")
    assert result["measures"] == {"actors_f1": 1.0, "venues_f1": 1.0, "events_found": 1.0, "dated_right": 1.0,
                                  "quotes_found": 1.0, "attributed": 1.0}, result


def test_development_set(tmp_path):
    # measured: actors F1 0.903, venues F1 0.906, events found 0.867, dated right 0.733, quotes found 0.999,
    # attributed 0.921 (120 articles, 1,983 gold events, 1,615 quotes)
    result = evaluate(tmp_path, EVAL / "dev" / "articles", EVAL / "dev" / "gold")
    measures = result["measures"]
    assert measures["actors_f1"] >= 0.89, result["actors"]
    assert measures["venues_f1"] >= 0.89, result["venues"]
    assert measures["events_found"] >= 0.85, result["events"]["missed"]
    assert measures["dated_right"] >= 0.70, result["events"]["wrong_dates"]
    assert measures["quotes_found"] >= 0.98, result["quotes"]["missed"]
    assert measures["attributed"] >= 0.89, result["quotes"]["misattributed"]


def test_blind_set(tmp_path):
    # Scored at the end of the round only, never read while the rules changed (tests/eval/README.md).
    # measured: actors F1 0.861, venues F1 0.853, events found 0.779, dated right 0.617, quotes found 1.00,
    # attributed 0.873 (75 articles, 1,383 gold events, 1,127 quotes)
    result = evaluate(tmp_path, EVAL / "blind" / "articles", EVAL / "blind" / "gold")
    measures = result["measures"]
    assert measures["actors_f1"] >= 0.85
    assert measures["venues_f1"] >= 0.83
    assert measures["events_found"] >= 0.76
    assert measures["dated_right"] >= 0.58
    assert measures["quotes_found"] >= 0.98
    assert measures["attributed"] >= 0.85
