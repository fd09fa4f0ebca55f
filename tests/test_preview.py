"""The live preview: an edited article shows up in the served page, after one rebuild."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request

import pytest
from conftest import REPO, create_project

from generator.preview import Debounced, watched_inputs


def test_a_burst_of_calls_runs_the_action_once():
    runs = []
    action = Debounced(lambda: runs.append(time.monotonic()), delay=0.05)
    for _ in range(10):
        action()
    time.sleep(0.3)
    assert len(runs) == 1


def _held_action() -> tuple[Debounced, threading.Event, threading.Event, list[int]]:
    """A Debounced action whose runs are numbered and wait until ``release`` is set."""
    started, release, runs = threading.Event(), threading.Event(), []

    def slow() -> None:
        runs.append(len(runs))
        started.set()
        release.wait(2)

    return Debounced(slow, delay=0), started, release, runs


def test_a_call_during_a_run_runs_it_again_after():
    action, started, release, runs = _held_action()
    action()
    assert started.wait(2)
    action()  # while the first run holds the lock
    time.sleep(0.1)
    assert runs == [0], "never two runs at once"
    release.set()
    time.sleep(0.3)
    assert runs == [0, 1]


def test_watched_inputs_are_the_generator_inputs_without_nesting(make_project):
    project = make_project("two_articles")
    (project.root / "content" / "articles").mkdir(parents=True, exist_ok=True)
    paths = watched_inputs(project.config, project.config_file)
    assert project.config.templates_dir in paths and project.config_file in paths
    assert project.root / "content" in paths
    assert not any(p != q and p.is_relative_to(q) for p in paths for q in paths), paths


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def _wait_for(predicate, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


@pytest.mark.build
def test_saving_an_article_updates_the_served_page(tmp_path):
    project = create_project(tmp_path / "project", "two_articles")
    elsewhere = tmp_path / "articles-elsewhere"  # given with --input: the hooks must regenerate from it too
    shutil.copytree(project.input, elsewhere)
    article = next(p for p in elsewhere.iterdir() if "ankara" in p.name)
    port = _free_port()
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen([sys.executable, "-m", "generator", "serve", "--config", str(project.config_file),
                               "--input", str(elsewhere), "--dev-addr", f"127.0.0.1:{port}"],
                              cwd=project.root, stdout=log,
                              stderr=subprocess.STDOUT, env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        url = f"http://127.0.0.1:{port}/articles/2026-02-03-envoys-meet-in-ankara/"
        assert _wait_for(lambda: "Ankara" in _fetch(url), 90), (tmp_path / "serve.log").read_text()
        text = article.read_text(encoding="utf-8")
        article.write_text(text.rstrip("\n") + "\n\nObservers called the quokkafluxed talks a start.\n",
                           encoding="utf-8")
        assert _wait_for(lambda: "quokkafluxed" in _fetch(url), 60), (tmp_path / "serve.log").read_text()
        time.sleep(1.5)  # a second, needless rebuild would start within the watcher's settle delay
        rebuilds_for_the_article = (tmp_path / "serve.log").read_text().count("Detected file changes")
        (project.docs / "background.md").write_text("# Background\n\nSee [[Ankara]].\n", encoding="utf-8")
        venue = f"http://127.0.0.1:{port}/venues/ankara/"
        assert _wait_for(lambda: "Background" in _fetch(venue).split("Written about in")[-1], 60), (
            "a writer's new page with a wikilink shows up as a backlink on the entity page")
    finally:
        server.terminate()
        server.wait(20)
        log.close()
    output = (tmp_path / "serve.log").read_text()
    assert rebuilds_for_the_article == 1, f"one edit, one rebuild (not {rebuilds_for_the_article}):\n{output[-3000:]}"
    assert "search index: Pagefind indexed" in output.split("Detected file changes")[1], "search re-indexed"


def test_many_calls_during_a_run_make_one_more_run():
    action, started, release, runs = _held_action()
    action()
    assert started.wait(2)
    for _ in range(5):
        action()
        time.sleep(0.02)
    release.set()
    time.sleep(0.5)
    assert runs == [0, 1]
