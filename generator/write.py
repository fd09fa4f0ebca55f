"""Stage 6, write: the only code that touches ``docs/``.

The generated folders belong to the generator; a manifest
(``docs/.generated.json``, hidden from MkDocs) records the hash of every file
it wrote. Before anything is written, every conflict is found:

- a file in the way that the generator did not write (a hand-written page);
- a generated file that someone edited since (its hash no longer matches).

Either stops the run with nothing written. Otherwise the run is switched in
as one step: every changed file is staged beside its target (``.tmp-*``), then a
journal (``docs/.generated.journal.json``) records the renames, removals and
the new manifest, then they are carried out and the journal deleted. A run
interrupted while staging removes what it staged (Ctrl-C, SIGTERM); after a
kill, the next run deletes the staged files, or, if the journal was written,
finishes the switch first, so ``docs/`` never stays a mix of two runs.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator.errors import GeneratorError, OwnershipError

MANIFEST = ".generated.json"
JOURNAL = ".generated.journal.json"
STAGED_PREFIX = ".tmp-"
_UMASK = os.umask(0o022)  # read the process umask (the only way) and put it back at once
os.umask(_UMASK)


@dataclass(frozen=True)
class WriteReport:
    written: tuple[str, ...]
    unchanged: tuple[str, ...]
    removed: tuple[str, ...]


def write_pages(pages: dict[str, str], docs_dir: Path, owned_dirs: tuple[str, ...],
                take_back: bool = False) -> WriteReport:
    """Bring the generated folders of ``docs_dir`` in line with ``pages``.

    ``take_back`` lets the generator overwrite generated files that were
    edited by hand (the writer has moved the edit to ``content/``).
    """
    for path in pages:
        _check_path(path, owned_dirs)
    recover(docs_dir, owned_dirs)
    manifest = _load_manifest(docs_dir, owned_dirs)
    stale = sorted(set(manifest) - set(pages))
    wanted = {path: text.encode("utf-8") for path, text in pages.items()}
    on_disk = _read_existing(docs_dir, list(pages) + stale)  # each file read once
    _check_conflicts(wanted, stale, manifest, on_disk, owned_dirs, take_back)
    changed = {path: data for path, data in wanted.items() if on_disk.get(path) != data}
    unchanged = [path for path in pages if path not in changed]
    new_manifest = {path: _digest(data) for path, data in wanted.items()}
    if new_manifest != manifest or not (docs_dir / MANIFEST).is_file():
        changed[MANIFEST] = (json.dumps(new_manifest, indent=1, sort_keys=True) + "\n").encode()
    removed = [path for path in stale if on_disk.get(path) is not None]
    _switch(docs_dir, _stage_all(docs_dir, changed), removed)
    return WriteReport(tuple(p for p in changed if p != MANIFEST), tuple(unchanged), tuple(removed))


def recover(docs_dir: Path, owned_dirs: tuple[str, ...]) -> None:
    """Undo what a killed run left: finish its switch if it got as far as the journal, and delete
    every staged file (no run can be staging now: the caller holds the run lock)."""
    journal = docs_dir / JOURNAL
    if journal.is_file():
        _apply(docs_dir, _load_journal(journal, owned_dirs))
        journal.unlink()
    folders = [docs_dir / name for name in owned_dirs if (docs_dir / name).is_dir()]
    for staged in [*docs_dir.glob(STAGED_PREFIX + "*"), *(p for f in folders for p in f.rglob(STAGED_PREFIX + "*"))]:
        if staged.is_file():
            staged.unlink()


def as_written(docs_dir: Path, path: Path) -> bool:
    """Whether ``path``, a file under the generated folders of ``docs_dir``, is as the last run left it:
    the manifest, the journal or a staged file; a page with the hash the manifest records for it; or
    no page, where the manifest lists none. A hand edit, or a damaged manifest, is not."""
    relative = path.relative_to(docs_dir).as_posix()
    if relative in (MANIFEST, JOURNAL) or path.name.startswith(STAGED_PREFIX):
        return True
    try:
        manifest = json.loads((docs_dir / MANIFEST).read_text(encoding="utf-8"))
        recorded = manifest.get(relative) if isinstance(manifest, dict) else None
        return recorded == (_digest(path.read_bytes()) if path.is_file() else None)
    except (OSError, ValueError):
        return False


def _check_path(path: str, owned_dirs: tuple[str, ...]) -> None:
    """Refuse any path outside the generated folders (absolute, ``..``, or another folder)."""
    parts = PurePosixPath(path).parts
    if PurePosixPath(path).is_absolute() or ".." in parts or len(parts) < 2 or parts[0] not in owned_dirs:
        raise OwnershipError(f"refusing to write {path!r}: outside the generated folders {', '.join(owned_dirs)}")


def _read_existing(docs_dir: Path, paths: list[str]) -> dict[str, bytes | None]:
    """The bytes of each path that exists (None for a folder or other non-file in the way)."""
    found: dict[str, bytes | None] = {}
    for path in paths:
        target = docs_dir / path
        try:
            if target.is_file():
                found[path] = target.read_bytes()
            elif target.exists():
                found[path] = None
        except OSError as exc:
            raise GeneratorError(f"{target}: cannot be read ({exc.strerror or exc}); nothing was written") from None
    return found


def _check_conflicts(wanted: dict[str, bytes], stale: list[str], manifest: dict[str, str],
                     on_disk: dict[str, bytes | None], owned_dirs: tuple[str, ...], take_back: bool) -> None:
    problems = []
    for path in list(wanted) + stale:
        if path not in on_disk or (path in wanted and on_disk[path] == wanted[path]):
            continue  # nothing there, or already the very page: nothing can be lost
        if path not in manifest:
            problems.append(f"docs/{path} was not written by the generator, but the generator needs that "
                            f"path. Move your page out of docs/{path.split('/')[0]}/ (the generated folders "
                            f"are {', '.join(owned_dirs)}), or put an enrichment in content/.")
        elif not take_back and (on_disk[path] is None or _digest(on_disk[path]) != manifest[path]):
            problems.append(f"docs/{path} was edited by hand since the generator wrote it. Edits there "
                            f"would be lost: move them to content/ (sources.yml, entities.yml, events.yml "
                            f"or an enrichment page), then run 'python -m generator generate --take-back' "
                            f"to let the generator take the file back.")
    if problems:
        raise OwnershipError("nothing was written:\n  " + "\n  ".join(problems))


def _load_manifest(docs_dir: Path, owned_dirs: tuple[str, ...]) -> dict[str, str]:
    path = docs_dir / MANIFEST
    if not path.is_file():
        return {}
    damaged = f"{path} is damaged; delete it and the generated folders, then generate again"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise OwnershipError(damaged) from None
    manifest = {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}
    for name in manifest:  # its stale entries get deleted: never outside the generated folders
        try:
            _check_path(name, owned_dirs)
        except OwnershipError:
            raise OwnershipError(f"{damaged} (it lists {name!r})") from None
    return manifest


def _stage_all(docs_dir: Path, files: dict[str, bytes]) -> list[tuple[str, str]]:
    """Write every file beside its target: ``(staged, target)`` paths relative to ``docs_dir``.

    Any failure or interruption (disk full, Ctrl-C, SIGTERM) deletes what was staged and leaves
    every previous page as it was.
    """
    staged: list[tuple[str, str]] = []
    path = ""
    try:
        for path, data in files.items():
            staged.append((_stage(docs_dir / path, data).relative_to(docs_dir).as_posix(), path))
    except BaseException as exc:
        for tmp, _ in staged:
            (docs_dir / tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise GeneratorError(f"could not write {docs_dir / path}: {exc.strerror or exc}; "
                                 f"nothing was written") from None
        raise
    return staged


def _switch(docs_dir: Path, staged: list[tuple[str, str]], stale: list[str]) -> None:
    """The journal is the run's commit point: once it is on disk, the switch is finished by this
    run or, if this one is killed, by the next (``recover``)."""
    if not staged and not stale:
        return
    journal = {"replace": staged, "remove": stale}
    try:
        _atomic_write(docs_dir / JOURNAL, json.dumps(journal, indent=1).encode())
    except OSError as exc:
        for tmp, _ in staged:
            (docs_dir / tmp).unlink(missing_ok=True)
        raise GeneratorError(f"could not write {docs_dir / JOURNAL}: {exc.strerror or exc}; "
                             f"nothing was written") from None
    _apply(docs_dir, journal)
    (docs_dir / JOURNAL).unlink()


def _apply(docs_dir: Path, journal: dict) -> None:
    """Carry out a journal; safe to repeat (a rename already done, a file already gone, is skipped)."""
    try:
        for tmp, target in journal["replace"]:
            if (docs_dir / tmp).is_file():
                os.replace(docs_dir / tmp, docs_dir / target)
        for path in journal["remove"]:
            _remove(docs_dir, path)
    except OSError as exc:
        raise GeneratorError(f"could not finish writing {docs_dir}: {exc.strerror or exc} ({exc.filename}); "
                             f"fix that, and the next run finishes the switch") from None


def _load_journal(path: Path, owned_dirs: tuple[str, ...]) -> dict:
    """The journal of a killed run; its paths are checked like the manifest's before anything is renamed."""
    damaged = f"{path} is damaged; delete it and the generated folders, then generate again"
    try:
        journal = json.loads(path.read_text(encoding="utf-8"))
        pairs = [(str(tmp), str(target)) for tmp, target in journal["replace"]]
        removals = [str(p) for p in journal["remove"]]
    except (OSError, ValueError, KeyError, TypeError):
        raise OwnershipError(damaged) from None
    for name in [p for pair in pairs for p in pair] + removals:
        if name == MANIFEST or name.startswith(STAGED_PREFIX) and "/" not in name:
            continue  # the manifest, and where it was staged
        try:
            _check_path(name, owned_dirs)
        except OwnershipError:
            raise OwnershipError(f"{damaged} (it lists {name!r})") from None
    return {"replace": pairs, "remove": removals}


def _stage(target: Path, data: bytes) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=STAGED_PREFIX, suffix=target.suffix)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), 0o666 & ~_UMASK)  # mkstemp makes files private (0600)
            handle.write(data)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def _atomic_write(target: Path, data: bytes) -> None:
    os.replace(_stage(target, data), target)


def _remove(docs_dir: Path, path: str) -> bool:
    """Delete a stale generated file and the generated sub-folders it leaves empty."""
    target = docs_dir / path
    if not target.is_file():
        return False
    target.unlink()
    parent = target.parent
    while parent != docs_dir and docs_dir in parent.parents and not any(parent.iterdir()):
        parent.rmdir()
        parent = parent.parent
    return True


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
