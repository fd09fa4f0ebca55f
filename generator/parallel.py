"""Spread independent work (one article's extraction, one page's rendering) over the machine's cores.

Work is handed to forked worker processes, which inherit everything already
loaded in memory (word lists, gazetteer, the resolved story) instead of
receiving it pickled; only each item's result travels back. Results come back
in input order, so output is identical to a serial run. Small batches and
machines without ``fork`` run serially: starting workers would cost more than
it saves. So does a process with other threads running (the preview's watchers,
a test's web server): a forked child gets a copy of every lock as it was, and
one held by a thread that the child does not have is never released.
"""
from __future__ import annotations

import multiprocessing
import os
import pickle
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

MIN_ITEMS_PER_WORKER = 32  # a page or an article costs 3–10 ms; starting a worker, a few

# What forked workers run: set just before the pool forks, read by ``_run`` in the child.
_job: tuple[Callable, Sequence] | None = None


def worker_count(items: int, workers: int | None = None) -> int:
    """How many processes ``items`` pieces of work deserve: at most ``workers`` (default one per core),
    each with at least ``MIN_ITEMS_PER_WORKER`` items."""
    if "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1:
        return 1
    return max(1, min(workers or _cores(), items // MIN_ITEMS_PER_WORKER))


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def parallel_map(function: Callable[[Item], Result], items: Sequence[Item], workers: int | None = None) -> list[Result]:
    """``[function(item) for item in items]``, on several cores when the batch is big enough."""
    global _job
    count = worker_count(len(items), workers)
    if count == 1:
        return [function(item) for item in items]
    _job = (function, items)
    pool = multiprocessing.get_context("fork").Pool(count)
    try:
        outcomes = pool.map(_run, range(len(items)), chunksize=max(1, len(items) // (count * 8)))
        pool.close()  # the workers finish and exit on their own: killing one that holds the task queue's
    except BaseException:  # lock (what leaving a ``with Pool()`` block does) once left the run waiting forever
        pool.terminate()
        raise
    finally:
        pool.join()
        _job = None
    for succeeded, value in outcomes:
        if not succeeded:
            raise value
    return [value for _, value in outcomes]


def _run(index: int) -> tuple[bool, object]:
    """(True, result) or (False, the exception), raised again in the parent. An exception that
    cannot cross back to the parent intact is sent as a RuntimeError with its message: one that
    failed to unpickle there would stop the pool's result thread and hang the run."""
    function, items = _job
    try:
        return True, function(items[index])
    except Exception as exc:
        try:
            pickle.loads(pickle.dumps(exc))
        except Exception:
            exc = RuntimeError(f"{type(exc).__name__} in a worker process: {exc}")
        return False, exc
