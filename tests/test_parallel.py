"""Work spread over processes gives exactly the serial result, in order."""
from __future__ import annotations

import dataclasses
import os
import signal
import threading

import pytest
from conftest import REPO

import generator.parallel as parallel
from generator.errors import InputError
from generator.extract import extract_all, make_extractor
from generator.ingest import read_corpus
from generator.pipeline import build_story
from generator.render import render_site

pytestmark = pytest.mark.skipif(parallel.worker_count(10**6, 2) < 2, reason="this platform cannot fork")


@pytest.fixture
def every_batch_parallel(monkeypatch):
    """Even a batch of two is split, so the small fixture corpora take the parallel path."""
    monkeypatch.setattr(parallel, "MIN_ITEMS_PER_WORKER", 1)


def _square(n: int) -> int:
    return n * n


def test_parallel_map_keeps_input_order(every_batch_parallel):
    assert parallel.parallel_map(_square, range(500), workers=2) == [n * n for n in range(500)]


def test_parallel_map_uses_other_processes(every_batch_parallel):
    pids = set(parallel.parallel_map(lambda _: os.getpid(), range(64), workers=2))
    assert pids - {os.getpid()}, "the work ran in worker processes"


def test_small_batches_stay_in_this_process():
    assert parallel.worker_count(parallel.MIN_ITEMS_PER_WORKER - 1, workers=8) == 1
    assert parallel.parallel_map(lambda _: os.getpid(), range(3), workers=8) == [os.getpid()] * 3


def test_worker_count_is_capped_by_the_setting():
    assert parallel.worker_count(10**6, workers=1) == 1
    assert parallel.worker_count(10**6, workers=3) == 3


def test_parallel_extraction_equals_serial(every_batch_parallel, make_project):
    project = make_project(REPO / "tests" / "eval" / "dev" / "articles")
    articles = read_corpus(project.config)
    serial = extract_all(articles, make_extractor(project.config, cached=False), workers=1)
    in_parallel = extract_all(articles, make_extractor(project.config, cached=False), workers=2)
    assert in_parallel == serial


def test_parallel_cold_cache_equals_serial(every_batch_parallel, make_project):
    project = make_project(REPO / "tests" / "eval" / "dev" / "articles")
    articles = read_corpus(project.config)
    cold = extract_all(articles, make_extractor(project.config), workers=2)
    warm = extract_all(articles, make_extractor(project.config), workers=2)
    assert cold == warm == extract_all(articles, make_extractor(project.config, cached=False), workers=1)


def test_parallel_rendering_is_byte_identical(every_batch_parallel, make_project):
    project = make_project(REPO / "tests" / "eval" / "dev" / "articles")
    story = build_story(project.config)
    serial = render_site(story, dataclasses.replace(project.config, workers=1))
    in_parallel = render_site(story, dataclasses.replace(project.config, workers=2))
    assert list(in_parallel) == list(serial)
    assert in_parallel == serial


class _Unpicklable(Exception):
    def __init__(self, a, b):
        super().__init__(f"{a} {b}")


def _fail_on_seven(n: int) -> int:
    if n == 7:
        raise InputError("content/actors/x.md", "the wikilink [[Nobody]] names no actor or venue", 3)
    return n


def _fail_unpicklably(n: int) -> int:
    if n == 7:
        raise _Unpicklable("half", "built")
    return n


def _within(call, seconds: int = 60):
    """``call()``'s outcome, or a failure if it has not finished in time (a hung pool). It runs in
    the main thread: with another thread running, ``parallel_map`` would not fork at all."""
    outcome: dict = {}

    def hung(signum, frame):
        raise TimeoutError("parallel_map hung")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        outcome["value"] = call()
    except TimeoutError:
        raise
    except Exception as exc:  # the test inspects it
        outcome["error"] = exc
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    return outcome


def test_a_writer_error_in_a_worker_is_raised_in_the_caller(every_batch_parallel):
    outcome = _within(lambda: parallel.parallel_map(_fail_on_seven, range(64), workers=2))
    error = outcome.get("error")
    assert isinstance(error, InputError), outcome
    assert str(error) == "content/actors/x.md:3: the wikilink [[Nobody]] names no actor or venue"


def test_an_exception_that_cannot_be_rebuilt_does_not_hang(every_batch_parallel):
    outcome = _within(lambda: parallel.parallel_map(_fail_unpicklably, range(64), workers=2))
    assert isinstance(outcome.get("error"), RuntimeError) and "half built" in str(outcome["error"]), outcome


def test_a_process_with_other_threads_running_never_forks():
    """A forked child inherits every lock as it was: one held by another thread would hang it."""
    assert parallel.worker_count(1000, 2) == 2
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert parallel.worker_count(1000, 2) == 1
    finally:
        stop.set()
        thread.join()
