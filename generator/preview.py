"""The live preview (``mkdocs serve``): regenerate when an input changes, keep search current.

The generator's inputs (articles, ``content/``, templates, settings, and the
writers' pages in ``docs/``) are watched here: a change regenerates the pages,
which writes only the pages whose text changed, then asks MkDocs for one rebuild
(``RebuildSignal``), which re-renders just the changed pages (``--dirty``).
MkDocs itself no longer polls ``docs/``: its poll, every half second, could land
in the middle of a regeneration's writes and see one save as two changes, two
rebuilds. Regenerating inside MkDocs' build instead would make every change cost
two builds as well: the pages written during the first trigger the second.

Search is re-indexed after each rebuild in the background: the page shows as
soon as MkDocs is done, search catches up a few seconds later and keeps
answering from the previous index meanwhile.

A problem that blocks the strict build (a hand-edited generated page, a bad or
unmatched correction, a failed MkDocs rebuild) is shown in the browser as a
banner on every page, not only in the terminal: the writer is looking at the page.
"""
from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from generator.config import Config
from generator.errors import GeneratorError
from generator.write import JOURNAL, MANIFEST, as_written

log = logging.getLogger("mkdocs.hooks.generator")

SETTLE_SECONDS = 0.15  # an editor's save is often several file events: wait for them to stop


class Debounced:
    """Run ``action`` once, ``delay`` seconds after the last of a burst of calls; never two at once.

    Calls arriving while the action runs make exactly one more run after it, however many they are.
    """

    def __init__(self, action: Callable[[], None], delay: float = SETTLE_SECONDS):
        self.action, self.delay = action, delay
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None
        self._busy = self._pending = False

    def __call__(self) -> None:
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
            self._timer = threading.Timer(self.delay, self._run)
            self._timer.daemon = True
            self._timer.start()

    def _run(self) -> None:
        with self._lock:
            if self._busy:
                self._pending = True
                return
            self._busy = True
        while True:
            try:
                self.action()
            except Exception:  # a bug, not a writer's error: say so, and keep the preview alive
                log.exception("the preview's background work failed")
            with self._lock:
                again, self._pending = self._pending, False
                self._busy = again
            if not again:
                return


def regenerate(load: Callable[[], Config], status: Status | None = None) -> None:
    """Generate the pages; an error is logged and the previous pages stay (the writer is atomic).

    What blocks the strict build (an error, a correction that did nothing) is also given to
    ``status``, which shows it in the browser."""
    from generator.pipeline import generate

    try:
        report = generate(load())
    except GeneratorError as exc:
        log.error(f"generation failed, previous pages kept: {exc}")
        problems = [f"The pages are not being regenerated: {exc}"]
    else:
        log_report(report)
        problems = list(report.problems)
    if status is not None:
        status.report("generate", problems)


def log_report(report) -> None:
    """The generator's summary, its problems as warnings: a strict MkDocs build counts them."""
    for line in report.summary().splitlines():
        if not line.startswith("Warning: "):
            log.info(line)
    for problem in report.problems:
        log.warning(problem)


STATUS_FILE = "preview-status.json"


class Status:
    """The preview's blocking problems by where they come from (generation, the MkDocs build),
    written to ``STATUS_FILE`` in the served site, which every served page polls (``BANNER_SCRIPT``)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._problems: dict[str, list[str]] = {}
        self.site_dir: Path | None = None

    def report(self, source: str, problems: list[str]) -> None:
        """Replace what ``source`` reported last, and rewrite the file (also after a full rebuild
        emptied the site folder)."""
        with self._lock:
            self._problems[source] = list(problems)
            self._write()

    def problems(self) -> list[str]:
        with self._lock:
            return self._lines()

    def _lines(self) -> list[str]:
        return [line for source in sorted(self._problems) for line in self._problems[source]]

    def _write(self) -> None:
        """Best effort: a rebuild may be emptying the folder; the next one's report writes it again."""
        if self.site_dir is None or not self.site_dir.is_dir():
            return
        target = self.site_dir / STATUS_FILE
        staging = target.with_name(f".tmp-{STATUS_FILE}")
        try:
            staging.write_text(json.dumps({"problems": self._lines()}, ensure_ascii=False), encoding="utf-8")
            staging.replace(target)
        except OSError as exc:
            log.debug(f"preview status not written: {exc}")


# Shown on every page while the preview has a problem; text only (textContent), never markup.
BANNER_SCRIPT = r"""<script>
(function () {
  var url = %s, banner = null;
  function show(problems) {
    if (!problems.length) { if (banner) { banner.remove(); banner = null; } return; }
    if (!banner) {
      banner = document.createElement("div");
      banner.id = "preview-problems";
      banner.setAttribute("role", "alert");
      banner.style.cssText = "position:fixed;top:0;left:0;right:0;z-index:1000;padding:.8em 1em;" +
        "background:#b00020;color:#fff;font:14px/1.4 sans-serif;white-space:pre-wrap;max-height:50vh;overflow:auto";
      document.body.appendChild(banner);
    }
    banner.textContent = "Preview: " + problems.join("\n") + "\n(make site and CI refuse this until it is fixed)";
  }
  function poll() {
    fetch(url, {cache: "no-store"}).then(function (r) { return r.ok ? r.json() : {problems: []}; })
      .then(function (data) { show(data.problems || []); }, function () {});
  }
  poll();
  setInterval(poll, 1500);
})();
</script>"""


def banner_script(site_path: str) -> str:
    """The banner script for a site served under ``site_path`` ("/" or "/sub/path/")."""
    return BANNER_SCRIPT % json.dumps(site_path.rstrip("/") + "/" + STATUS_FILE)


def watched_inputs(config: Config, config_file: Path) -> list[Path]:
    """What the pages are made from: article folders, the writer's content/, templates, the settings,
    and docs/ (writers' pages: their wikilinks become backlinks on entity pages)."""
    paths = sorted({p for p in [*config.inputs, config.root / "content", config.templates_dir, config_file,
                                config.docs_dir] if p.exists()})
    return [p for p in paths if not any(p != other and p.is_relative_to(other) for other in paths)]


def generated_paths(config: Config) -> list[Path]:
    """What the generator itself writes under docs/."""
    return [config.docs_dir / folder for folder in config.generated_dirs] + [
        config.docs_dir / MANIFEST, config.docs_dir / JOURNAL]


class RebuildSignal:
    """A file under the cache folder that MkDocs' server watches in place of ``docs/``: touched once
    after each regeneration, it makes exactly one rebuild, whatever the regeneration wrote."""

    def __init__(self, cache_dir: Path) -> None:
        self.folder = cache_dir / "preview"
        self.folder.mkdir(parents=True, exist_ok=True)
        self._count = 0

    def is_sent(self) -> bool:
        return (self.folder / "rebuild").is_file()

    def send(self) -> None:
        self._count += 1
        (self.folder / "rebuild").write_text(f"{self._count}\n", encoding="utf-8")


class Regeneration:
    """What a change under the watched inputs does: regenerate, then signal one MkDocs rebuild.

    The generator's own writes to docs/ come back here as changes too, and are skipped: each page is
    as the manifest says it was written. A hand edit of a generated page is not skipped: regenerating
    reports it, and every served page shows it."""

    def __init__(self, config: Config, load: Callable[[], Config], status: Status, signal: RebuildSignal) -> None:
        self._docs_dir, self._generated = config.docs_dir, generated_paths(config)
        self._load, self._status, self._signal = load, status, signal
        self._lock = threading.Lock()
        self._changed: set[Path] = set()
        self._debounced = Debounced(self._run)

    def __call__(self, path: Path) -> None:
        with self._lock:
            self._changed.add(path)
        self._debounced()

    def _run(self) -> None:
        with self._lock:
            changed, self._changed = self._changed, set()
        if all(self._written_by_generator(path) for path in changed):
            return
        regenerate(self._load, self._status)
        self._signal.send()

    def _written_by_generator(self, path: Path) -> bool:
        generated = any(path == folder or path.is_relative_to(folder) for folder in self._generated)
        return generated and as_written(self._docs_dir, path)


def watch_inputs(paths: list[Path], on_change: Callable[[Path], None]):
    """Call ``on_change`` with each file under ``paths`` that is created, changed, moved or deleted
    (a staged ``.tmp-`` file is no change: its rename is)."""
    from watchdog.events import FileSystemEventHandler
    from watchdog.observers import Observer

    class Handler(FileSystemEventHandler):
        def on_any_event(self, event) -> None:
            if event.is_directory or event.event_type not in ("created", "modified", "moved", "deleted"):
                return
            for path in (event.src_path, getattr(event, "dest_path", "")):
                if path and not Path(path).name.startswith(".tmp-"):
                    on_change(Path(path))

    observer = Observer()
    for path in paths:
        target = path if path.is_dir() else path.parent
        observer.schedule(Handler(), str(target), recursive=path.is_dir())
    observer.daemon = True
    observer.start()
    log.info("Regenerating the pages when these change: " + ", ".join(str(p) for p in paths))
    return observer
