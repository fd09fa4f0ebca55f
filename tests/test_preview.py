"""The live preview: an edited article shows up in the served page, after one rebuild."""
from __future__ import annotations

import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import REPO, create_project

from generator.pipeline import generate
from generator.preview import STATUS_FILE, Debounced, RebuildSignal, Regeneration, Status, watched_inputs


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


def test_the_status_file_holds_every_sources_latest_problems(tmp_path):
    status = Status()
    status.report("generate", ["content/events.yml:2: no event contains 'x'"])  # no site yet: kept, not written
    status.site_dir = tmp_path
    status.report("mkdocs", ["The site could not be rebuilt: boom"])
    read = lambda: json.loads((tmp_path / STATUS_FILE).read_text(encoding="utf-8"))["problems"]
    assert read() == ["content/events.yml:2: no event contains 'x'", "The site could not be rebuilt: boom"]
    status.report("mkdocs", [])
    assert read() == ["content/events.yml:2: no event contains 'x'"]
    status.report("generate", [])
    assert read() == [] and [p.name for p in tmp_path.iterdir()] == [STATUS_FILE]


def test_watched_inputs_are_the_generator_inputs_without_nesting(make_project):
    project = make_project("two_articles")
    (project.root / "content" / "articles").mkdir(parents=True, exist_ok=True)
    paths = watched_inputs(project.config, project.config_file)
    assert project.config.templates_dir in paths and project.config_file in paths
    assert project.root / "content" in paths
    assert not any(p != q and p.is_relative_to(q) for p in paths for q in paths), paths


def test_a_regeneration_skips_the_generators_own_writes_and_signals_one_rebuild(make_project, tmp_path):
    project = make_project("two_articles")
    generate(project.config)
    signal = RebuildSignal(tmp_path / "cache")
    rebuilds = lambda: (signal.folder / "rebuild").read_text(encoding="utf-8") if signal.is_sent() else ""
    regeneration = Regeneration(project.config, lambda: project.config, Status(), signal)
    page = next((project.docs / "venues").glob("ankara*.md"))
    regeneration(page)
    regeneration(project.docs / ".generated.json")
    time.sleep(0.5)
    assert rebuilds() == "", "the generator's own pages come back as changes: nothing to do"
    article = next(project.input.glob("*ankara*"))
    article.write_text(article.read_text(encoding="utf-8") + "\n\nObservers called the quokkafluxed talks a start.\n",
                       encoding="utf-8")
    regeneration(article)
    regeneration(article)
    assert wait_for(lambda: rebuilds() == "1\n", SETTLED_SECONDS), rebuilds()
    assert "quokkafluxed" in next(project.docs.glob("articles/*ankara*")).read_text()
    page.write_text(page.read_text(encoding="utf-8") + "\nMy own note.\n", encoding="utf-8")
    regeneration(page)
    assert wait_for(lambda: rebuilds() == "2\n", SETTLED_SECONDS), "a hand edit of a generated page is shown " \
        "(and reported)"
    time.sleep(0.5)
    assert rebuilds() == "2\n", "one signal for one change"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str:
    """The page's text, or "" while it cannot be read whole (the server not up yet, or serving a file a rebuild
    is replacing: a short read)."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (OSError, http.client.HTTPException):
        return ""


def problems_shown(url: str) -> list[str]:
    """The problems the preview's status file lists (read again after a short read)."""
    texts: list[str] = []
    assert wait_for(lambda: texts.append(fetch(url)) or texts[-1], 10), url
    return json.loads(texts[-1])["problems"]


SETTLED_SECONDS = 20  # how long a regeneration in the background may take on a loaded machine


def wait_for(predicate, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def stop(server: subprocess.Popen) -> None:
    """What a supervisor does: SIGTERM to the process it started, then wait for it."""
    server.terminate()
    try:
        server.wait(30)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def children_of(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (from /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state != "Z"


def start_preview(project, port: int, log, *extra: str, **options) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "generator", "serve", "--config", str(project.config_file),
                             "--dev-addr", f"127.0.0.1:{port}", *extra], cwd=project.root, stdout=log,
                            stderr=subprocess.STDOUT, env={**os.environ, "PYTHONPATH": str(REPO)}, **options)


def ignore_sigint() -> None:
    """What a shell does to a command it starts in the background ('make serve &' in a script)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@pytest.mark.build
@pytest.mark.parametrize("started", [None, ignore_sigint], ids=["in-a-terminal", "in-the-background"])
def test_stopping_the_preview_stops_what_it_started(tmp_path, started):
    project = create_project(tmp_path / "project", "two_articles")
    port = free_port()
    with (tmp_path / "serve.log").open("w") as log:
        server = start_preview(project, port, log, preexec_fn=started)
        try:
            assert wait_for(lambda: "Ankara" in fetch(f"http://127.0.0.1:{port}/"), 90), (
                (tmp_path / "serve.log").read_text())
            started = children_of(server.pid)
            assert started, "MkDocs runs as a child process"
            assert wait_for(lambda: "search index: Pagefind indexed" in (tmp_path / "serve.log").read_text(), 60)
        finally:
            stop(server)
    assert wait_for(lambda: not any(alive(pid) for pid in started), 20), "MkDocs is left running"
    assert fetch(f"http://127.0.0.1:{port}/") == "", "nothing serves the preview any more"
    output = (tmp_path / "serve.log").read_text()
    assert "Traceback" not in output
    served_from = re.search(r"into (\S+)/pagefind", output).group(1)
    assert not Path(served_from).exists(), "MkDocs shut down cleanly: its temporary site is removed"


def test_a_busy_port_is_one_error_line(make_project):
    project = make_project("two_articles")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = subprocess.run([sys.executable, "-m", "generator", "serve", "--dev-addr", f"127.0.0.1:{port}"],
                                cwd=project.root, env={**os.environ, "PYTHONPATH": str(REPO)},
                                capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 1
    assert result.stderr == (f"Error: --dev-addr: 127.0.0.1:{port} cannot be served (Address already in use): "
                             f"stop what is serving there, or choose another port: make serve PORT={port + 1}\n")
    assert not (project.docs / "articles").exists(), "refused before generating"


def test_make_serve_takes_the_port():
    result = subprocess.run(["make", "-n", "serve", "PORT=8123"], cwd=REPO, capture_output=True, text=True,
                            check=False, timeout=60)
    assert "-m generator serve --dev-addr 127.0.0.1:8123" in result.stdout, result.stdout + result.stderr


@pytest.mark.build
def test_a_blocking_problem_shows_in_the_browser(tmp_path):
    """A correction that does nothing, then a generated page edited by hand (it stops every later
    regeneration): every served page says so, as soon as the page is saved."""
    project = create_project(tmp_path / "project", "two_articles")
    (project.root / "content" / "events.yml").write_text(
        'events:\n  - match: "words in no event"\n    hide: true\n', encoding="utf-8")
    port = free_port()
    status = f"http://127.0.0.1:{port}/{STATUS_FILE}"
    with (tmp_path / "serve.log").open("w") as log:
        server = start_preview(project, port, log)
        try:
            page = f"http://127.0.0.1:{port}/venues/ankara/"
            assert wait_for(lambda: "Ankara" in fetch(page), 90), (tmp_path / "serve.log").read_text()
            assert STATUS_FILE in fetch(page), "every served page polls the preview's status"
            (unmatched,) = problems_shown(status)
            assert "words in no event" in unmatched
            edited = project.docs / "venues" / "ankara.md"
            edited.write_text(edited.read_text(encoding="utf-8") + "\nMy own note.\n", encoding="utf-8")
            assert wait_for(lambda: "ankara.md" in fetch(status), 60), (tmp_path / "serve.log").read_text()
            (problem,) = problems_shown(status)
            assert problem.startswith("The pages are not being regenerated: ") and "--take-back" in problem
        finally:
            stop(server)


@pytest.mark.build
def test_saving_an_article_updates_the_served_page(tmp_path):
    project = create_project(tmp_path / "project", "two_articles")
    elsewhere = tmp_path / "articles-elsewhere"  # given with --input: the hooks must regenerate from it too
    shutil.copytree(project.input, elsewhere)
    article = next(p for p in elsewhere.iterdir() if "ankara" in p.name)
    port = free_port()
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen([sys.executable, "-m", "generator", "serve", "--config", str(project.config_file),
                               "--input", str(elsewhere), "--dev-addr", f"127.0.0.1:{port}"],
                              cwd=project.root, stdout=log,
                              stderr=subprocess.STDOUT, env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        url = f"http://127.0.0.1:{port}/articles/2026-02-03-envoys-meet-in-ankara/"
        assert wait_for(lambda: "Ankara" in fetch(url), 90), (tmp_path / "serve.log").read_text()
        text = article.read_text(encoding="utf-8")
        article.write_text(text.rstrip("\n") + "\n\nObservers called the quokkafluxed talks a start.\n",
                           encoding="utf-8")
        assert wait_for(lambda: "quokkafluxed" in fetch(url), 60), (tmp_path / "serve.log").read_text()
        time.sleep(1.5)  # a second, needless rebuild would start within the watcher's settle delay
        rebuilds_for_the_article = (tmp_path / "serve.log").read_text().count("Detected file changes")
        (project.docs / "background.md").write_text("# Background\n\nSee [[Ankara]].\n", encoding="utf-8")
        venue = f"http://127.0.0.1:{port}/venues/ankara/"
        assert wait_for(lambda: "Background" in fetch(venue).split("Written about in")[-1], 60), (
            "a writer's new page with a wikilink shows up as a backlink on the entity page")
    finally:
        stop(server)
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


@pytest.mark.build
@pytest.mark.browser
def test_the_banner_shows_in_a_real_browser_and_goes_when_fixed(tmp_path):
    """In headless Chromium: the problem's text (never its markup) on top of the page, gone once fixed."""
    from browser_support import DESKTOP, Browser, missing_browser

    if missing_browser():
        pytest.skip(missing_browser())
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    project = create_project(tmp_path / "project", "two_articles")
    events = project.root / "content" / "events.yml"
    events.write_text('events:\n  - match: "<b>no such event</b>"\n    hide: true\n', encoding="utf-8")
    port = free_port()
    with (tmp_path / "serve.log").open("w") as log:
        server = start_preview(project, port, log)
        browser = None
        try:
            assert wait_for(lambda: "Ankara" in fetch(f"http://127.0.0.1:{port}/"), 90), (
                (tmp_path / "serve.log").read_text())
            browser = Browser(f"http://127.0.0.1:{port}/", DESKTOP, "preview-banner")
            browser.open("venues/ankara/")
            banner = WebDriverWait(browser.driver, 20).until(
                lambda d: d.find_elements(By.ID, "preview-problems"))[0]
            assert "<b>no such event</b>" in banner.text, "shown as text"
            assert not banner.find_elements(By.TAG_NAME, "b"), "never as markup"
            assert banner.location["y"] == 0 and banner.is_displayed()
            events.write_text("events: []\n", encoding="utf-8")
            WebDriverWait(browser.driver, 30).until(lambda d: not d.find_elements(By.ID, "preview-problems"))
        finally:
            if browser is not None:
                browser.quit()
            stop(server)
