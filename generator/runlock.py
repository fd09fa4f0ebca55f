"""One generator at a time per project.

A run holds an exclusive ``flock`` on ``<cache_dir>/generate.lock`` (the preview's
regenerations too, as they call the same ``pipeline.generate``). The kernel drops
the lock when its process ends however it ends, so a killed run never leaves a
stale lock behind; the file keeps the holder's pid for the message.

While the lock is held, SIGTERM is turned into ``KeyboardInterrupt``, so that a
stopped run unwinds like Ctrl-C and removes what it staged; taking the lock deletes
the half-written cache files (``*.tmp``) a killed run left.
"""
from __future__ import annotations

import contextlib
import fcntl
import os
import signal
import tempfile
import threading
from pathlib import Path

from generator.errors import GeneratorError

LOCK_FILE = "generate.lock"


class LockedError(GeneratorError):
    """Another run of the generator holds the project."""


@contextlib.contextmanager
def run_lock(cache_dir: Path):
    path = cache_dir / LOCK_FILE
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as exc:
        raise GeneratorError(f"{path}: cannot be created ({exc.strerror or exc}); the generator needs "
                             f"{cache_dir} to be writable") from None
    try:
        _acquire(fd, path)
        _check_writable(cache_dir)
        _sweep(cache_dir)
        with _sigterm_interrupts():
            yield
    finally:
        os.close(fd)  # closing the last descriptor releases the lock


def _acquire(fd: int, path: Path) -> None:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
        raise LockedError(f"another generate is running (pid {holder}) in this project; wait for it to "
                          f"finish and try again (lock: {path})") from None
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)


def _check_writable(cache_dir: Path) -> None:
    """The run writes its caches after docs/: a read-only cache must stop it before, not after."""
    try:
        fd, probe = tempfile.mkstemp(dir=cache_dir, suffix=".tmp")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise GeneratorError(f"{cache_dir}: cannot be written ({exc.strerror or exc}); the generator keeps "
                             f"its caches there") from None


def _sweep(cache_dir: Path) -> None:
    """Delete the cache files a killed run left half-written (``*.tmp``): with the lock held,
    no other run can be writing one."""
    for leftover in cache_dir.rglob("*.tmp"):
        with contextlib.suppress(OSError):
            leftover.unlink()


@contextlib.contextmanager
def _sigterm_interrupts():
    """SIGTERM raises KeyboardInterrupt in the main thread (signal handlers can only be set there)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt(f"signal {signum}")
