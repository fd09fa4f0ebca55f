#!/usr/bin/env python
"""Scale benchmark of the generator and the site build (issue 7). Prints numbers; never a test.

    make bench                                   # sizes 100, 1000, 5000
    .venv/bin/python tests/benchmarks/bench.py --quick           # sizes 20, 100: a smoke run
    .venv/bin/python tests/benchmarks/bench.py --sizes 100,1000 --keep /tmp/bench --profile --out RESULTS.md

For each size N a throwaway project is made in a temporary folder (a copy of
``site_config/``, ``mkdocs.yml``, the hand-written pages of ``docs/`` and an
empty ``content/`` structure) with N synthetic raw articles in ``seeds/``
(``tests/benchmarks/corpus.py``: deterministic, seed-sized, dense with people,
places, organisations, quotes and dates). Then, each timed on its own:

- ``python -m generator generate`` (a subprocess, as a writer runs it);
- ``python -m mkdocs build --strict`` (a subprocess, as ``generator.site`` runs it);
- the link check (``generator.site.link_check``, in process; lychee underneath);
- the pipeline stage by stage, in a child process (where generation time goes).

Peak memory is the maximum resident set size of each subprocess, from
``os.wait4`` (Linux). On the incremental size (1,000 by default) it also times
a second ``generate`` with nothing changed, and one after adding one article,
and checks that exactly the pages whose content changed were rewritten.
``--profile`` adds a cProfile of a cold in-process ``generate`` at that size.

Nothing here runs under pytest: the file is not named ``test_*.py``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import itertools
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
CODE = REPO  # where generator/, site_config/, mkdocs.yml and docs/ are taken from (see snapshot_code)
sys.path[:0] = [str(HERE)]

import corpus  # tests/benchmarks/corpus.py

GENERATED = ("articles", "actors", "venues", "chronology")


def hand_written(docs: Path) -> list[Path]:
    """The writers' pages and assets in ``docs``: everything but the generated folders and dot-files."""
    return sorted(p for p in docs.iterdir() if p.name not in GENERATED and not p.name.startswith("."))
MIB = 1024 * 1024
GIB = 1024 * MIB

# Targets of issue 7.
GEN_SHARE_MAX = 0.10         # generate ≤ 10 % of the MkDocs build at 1,000
SCALE_MAX = 5.5              # total(5,000) ≤ 5.5 × total(1,000)
INCREMENTAL_MAX_S = 1.0      # regenerate after one new article
PREVIEW_MAX_S = 5.0          # 'make serve' shows the new article
PEAK_RSS_MAX = 1 * GIB       # at 5,000
SEARCH_INDEX_FLAG = 2 * 1000 * 1000  # "2 MB"


# --------------------------------------------------------------------------- running things

@dataclass
class Run:
    seconds: float
    max_rss: int  # bytes
    returncode: int
    output: str
    timed_out: bool = False
    cpu: float = 0.0  # user + system seconds of the process and its waited-for children

    @property
    def cpu_share(self) -> float:
        """CPU seconds / wall seconds: ~1.0 for a single-threaded step that had a core to itself;
        well below 1 means it waited (disk, or other work on the machine competing for the CPU)."""
        return self.cpu / self.seconds if self.seconds else 0.0


def run_measured(command: list[str], cwd: Path, log: Path, timeout: float, env: dict | None = None) -> Run:
    """Run ``command``; wall time with perf_counter, peak RSS of the process (and the children it
    waited for) from ``os.wait4``. Output goes to ``log`` (no pipe to fill up)."""
    env = os.environ | {"PYTHONPATH": str(CODE), "NO_MKDOCS_2_WARNING": "1"} | (env or {})
    with open(log, "wb") as out:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, env=env,
                                   start_new_session=True)
        timed_out = False
        try:
            while True:
                pid, status, usage = os.wait4(process.pid, os.WNOHANG)
                if pid:
                    break
                if time.perf_counter() - started > timeout:
                    os.killpg(process.pid, signal.SIGKILL)  # only the group this call started
                    pid, status, usage = os.wait4(process.pid, 0)
                    timed_out = True
                    break
                time.sleep(0.02)
        except BaseException:  # interrupted (Ctrl-C, SIGTERM): take the child down too
            os.killpg(process.pid, signal.SIGKILL)
            os.wait4(process.pid, 0)
            process.returncode = -9
            raise
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)  # so Popen does not wait again
    return Run(seconds, usage.ru_maxrss * 1024, process.returncode, log.read_text(errors="replace"), timed_out,
               usage.ru_utime + usage.ru_stime)


def generate(project: Path, timeout: float, tag: str) -> Run:
    return run_measured([sys.executable, "-m", "generator", "generate"], project, project / f".bench-{tag}.log",
                        timeout)


WRITE_REPORT = re.compile(r"(\d+) articles read; (\d+) pages written, (\d+) unchanged, (\d+) removed in ([\d.]+) s")


def parse_report(output: str) -> dict | None:
    found = WRITE_REPORT.search(output)
    if not found:
        return None
    articles, written, unchanged, removed, seconds = found.groups()
    return {"articles": int(articles), "written": int(written), "unchanged": int(unchanged),
            "removed": int(removed), "seconds": float(seconds)}


# --------------------------------------------------------------------------- the project

def snapshot_code(target: Path) -> str:
    """Copy the generator and the site configuration once, so that a long run measures one version
    of the code even while someone edits the working tree; return a short hash of that version."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(REPO / "generator", target / "generator", ignore=ignore)
    shutil.copytree(REPO / "site_config", target / "site_config", ignore=ignore)
    shutil.copy2(REPO / "mkdocs.yml", target / "mkdocs.yml")
    (target / "docs").mkdir()
    for source in hand_written(REPO / "docs"):
        if source.is_dir():
            shutil.copytree(source, target / "docs" / source.name, ignore=ignore)
        else:
            shutil.copy2(source, target / "docs" / source.name)
    return _digest_tree(target)


def _digest_tree(target: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in target.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(target).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


WIKILINK = re.compile(r"\[\[([^\]|]+)(?:\|([^\]]+))?\]\]")


def make_project(root: Path, log) -> Path:
    """Like tests/conftest.create_project, with the configured inputs (seeds/, content/articles/)."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(CODE / "site_config", root / "site_config", ignore=ignore)
    shutil.copy2(CODE / "mkdocs.yml", root / "mkdocs.yml")
    (root / "docs").mkdir(parents=True)
    for source in hand_written(CODE / "docs"):
        name = source.name
        if source.is_dir():
            shutil.copytree(source, root / "docs" / name, ignore=ignore)
        elif source.suffix != ".md":
            shutil.copy2(source, root / "docs" / name)
        else:
            text = source.read_text(encoding="utf-8")
            # Wikilinks in the hand-written pages name people of the seed story, who are not in a
            # synthetic corpus: the strict build would fail on them. Keep their words, drop the link.
            plain = WIKILINK.sub(lambda m: (m.group(2) or m.group(1)).strip(), text)
            if plain != text:
                log(f"note: wikilinks in docs/{name} made plain text in the benchmark's copy")
            (root / "docs" / name).write_text(plain, encoding="utf-8")
    (root / "seeds").mkdir()
    (root / "content" / "articles").mkdir(parents=True)
    # The writer's correction files, empty: the repository's own may name events of the seeds,
    # and an events.yml entry that matches nothing is an error.
    (root / "content" / "entities.yml").write_text("entities: []\n", encoding="utf-8")
    (root / "content" / "events.yml").write_text("events: []\n", encoding="utf-8")
    (root / "content" / "sources.yml").write_text("# corrections to article metadata\n", encoding="utf-8")
    return root


def snapshot(docs: Path) -> dict[str, tuple[str, int]]:
    """Generated files: path → (sha256, mtime_ns)."""
    result = {}
    for folder in GENERATED:
        for path in sorted((docs / folder).rglob("*")):
            if path.is_file():
                result[path.relative_to(docs).as_posix()] = (hashlib.sha256(path.read_bytes()).hexdigest(),
                                                             path.stat().st_mtime_ns)
    return result


def count_pages(docs: Path) -> dict[str, int]:
    def items(folder: str) -> int:
        return sum(1 for p in (docs / folder).glob("*.md") if p.name != "index.md")

    events = 0
    for page in (docs / "chronology").rglob("*.md"):
        events += page.read_text(encoding="utf-8").count('class="chronology-event ')
    return {"articles": items("articles"), "actors": items("actors"), "venues": items("venues"), "events": events}


def site_measures(site: Path) -> dict:
    pages = list(site.rglob("*.html"))
    largest = max(pages, key=lambda p: p.stat().st_size) if pages else None
    files = [p for p in site.rglob("*") if p.is_file()]
    return {
        **search_measures(site),
        "largest_page": largest.stat().st_size if largest else None,
        "largest_page_path": largest.relative_to(site).as_posix() if largest else None,
        "html_pages": len(pages),
        "site_bytes": sum(p.stat().st_size for p in files),
    }


def search_measures(site: Path) -> dict:
    """Pagefind's bundles (``pagefind/``, and ``pagefind-2/``… on a big site): their size on disk,
    and the most one search downloads.

    A search loads the fixed files of the main bundle (the UI, Pagefind's script, worker and
    WebAssembly for the site's language), then from every bundle its entry and meta files and
    one index chunk per word typed, and one fragment per result shown: the bound below counts
    each bundle's largest chunk and five of the largest fragments, as for a one-word query
    showing the first five results.
    """
    bundles = sorted(p for p in site.glob("pagefind*") if p.is_dir())
    if not bundles:
        return {"search_index": None}
    size = lambda paths: sum(p.stat().st_size for p in paths if p.is_file())
    main = site / "pagefind"
    fixed = [main / name for name in ("pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind.js",
                                      "pagefind-worker.js", "merge-bundles.js")] + list(main.glob("wasm.en.pagefind"))
    per_bundle = [size([b / "pagefind-entry.json", *b.glob("*.pf_meta")])
                  + max((c.stat().st_size for c in (b / "index").glob("*.pf_index")), default=0) for b in bundles]
    fragments = sorted((f.stat().st_size for b in bundles for f in (b / "fragment").glob("*.pf_fragment")), reverse=True)
    files = [p for b in bundles for p in b.rglob("*") if p.is_file()]
    return {
        "search_index": size(files), "search_files": len(files), "search_bundles": len(bundles),
        "search_download": size(fixed) + sum(per_bundle) + sum(fragments[:5]),
    }


PAGEFIND_LINE = re.compile(r"Pagefind indexed (\d+) pages, .*? in ([\d.]+) s")
BUILT_LINE = re.compile(r"Documentation built in ([\d.]+) seconds")


def pagefind_seconds(output: str) -> float | None:
    found = PAGEFIND_LINE.search(output)
    return float(found.group(2)) if found else None


# --------------------------------------------------------------------------- one size

@dataclass
class SizeResult:
    n: int
    words: int = 0
    gen: Run | None = None
    gen_report: dict | None = None
    mkdocs: Run | None = None
    mkdocs_problem: str | None = None
    link_seconds: float | None = None
    link_summary: str | None = None
    link_cpu: float | None = None  # lychee is multi-threaded: cpu/wall may exceed 1
    pagefind_seconds: float | None = None  # inside the MkDocs build (its on_post_build hook)
    pages: dict = field(default_factory=dict)
    site: dict = field(default_factory=dict)
    stages: dict | None = None
    incremental: dict | None = None
    profile: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def total_seconds(self) -> float | None:
        if self.gen is None or self.mkdocs is None or self.link_seconds is None:
            return None
        return self.gen.seconds + self.mkdocs.seconds + self.link_seconds


def bench_size(n: int, workdir: Path, args, writer_world: corpus.World, log, results: list[SizeResult]) -> SizeResult:
    result = SizeResult(n)
    results.append(result)  # at once: if the run is interrupted, what was measured is still reported
    project = make_project(workdir / f"n{n}", log)
    deadline = time.perf_counter() + args.size_timeout
    remaining = lambda: max(1.0, deadline - time.perf_counter())

    writer = corpus.write_corpus(project / "seeds", n, args.seed, writer_world)
    result.words = sum(len(p.read_text(encoding="utf-8").split()) for p in (project / "seeds").glob("*.txt"))
    log(f"[{n}] corpus written: {n} articles, {result.words} words ({project})")

    result.gen = generate(project, remaining(), "generate")
    result.gen_report = parse_report(result.gen.output)
    if result.gen.returncode != 0:
        result.notes.append(f"generate failed ({'timeout' if result.gen.timed_out else result.gen.returncode}): "
                            f"{result.gen.output.strip()[-600:]}")
        return result
    result.pages = count_pages(project / "docs")
    log(f"[{n}] generate {result.gen.seconds:.2f} s (cpu/wall {result.gen.cpu_share:.2f}), {result.gen.max_rss / MIB:.0f} MiB: "
        f"{result.gen.output.strip().splitlines()[-1]}")

    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(project / "mkdocs.yml"),
               "--site-dir", str(project / "site")]
    result.mkdocs = run_measured(command, project, project / ".bench-mkdocs.log", remaining())
    if result.mkdocs.returncode != 0:
        problems = [line for line in result.mkdocs.output.splitlines() if line.startswith(("WARNING", "ERROR", "Aborted"))]
        result.mkdocs_problem = "timeout" if result.mkdocs.timed_out else (
            f"{len(problems)} warnings/errors; first: " + " | ".join(problems[:3]) if problems
            else result.mkdocs.output.strip()[-600:])
        result.notes.append(f"mkdocs build --strict failed: {result.mkdocs_problem}")
    result.pagefind_seconds = pagefind_seconds(result.mkdocs.output)
    log(f"[{n}] mkdocs build --strict {result.mkdocs.seconds:.1f} s (cpu/wall {result.mkdocs.cpu_share:.2f}), "
        f"of which Pagefind {fmt_s(result.pagefind_seconds)} s, "
        f"{result.mkdocs.max_rss / MIB:.0f} MiB, "
        f"exit {result.mkdocs.returncode}")
    if (project / "site" / "index.html").is_file():
        result.site = site_measures(project / "site")
        if result.mkdocs.returncode == 0 and not args.no_link_check:
            import resource

            from generator.errors import GeneratorError
            from generator.site import link_check

            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            try:
                result.link_summary = link_check(project / "site")
            except GeneratorError as exc:
                text = str(exc)
                result.link_summary = "FAILED: " + " ".join(text.splitlines()[-1:])
                result.notes.append(f"link check failed: {text[:800]}")
            result.link_seconds = time.perf_counter() - started
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            result.link_cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
            log(f"[{n}] link check {result.link_seconds:.1f} s: {result.link_summary}")

    gen_seconds = result.gen_report["seconds"] if result.gen_report else result.gen.seconds
    if remaining() > 1.3 * gen_seconds + 60:
        result.stages = stages_in_child(project, remaining(), log, n)
    else:
        result.notes.append(f"stage breakdown skipped: about {gen_seconds:.0f} s needed, "
                            f"{remaining():.0f} s left of --size-timeout")
        log(f"[{n}] {result.notes[-1]}")
    if args.profile and n == args.incremental_size:
        result.profile = profile_in_child(project, remaining(), args.profile_top, log, n)
    if n == args.incremental_size:  # last: it adds an article (the stages above each regenerate all N, cold)
        result.incremental = incremental(project, writer, n, remaining, log)

    if args.keep is None:
        shutil.rmtree(project, ignore_errors=True)
    return result


def incremental(project: Path, writer: corpus.ArticleWriter, n: int, remaining, log) -> dict:
    docs = project / "docs"
    out: dict = {}
    # The stage breakdown regenerated every page into a clean docs/: bring site/ up to date first, as
    # a running preview is, so the dirty rebuild measured below re-renders only what the article changed.
    preview_rebuild(project, remaining(), log, n)
    before = snapshot(docs)
    same = generate(project, remaining(), "nochange")
    after_same = snapshot(docs)
    out["nochange"] = {"seconds": same.seconds, "max_rss": same.max_rss, "cpu_share": same.cpu_share, "report": parse_report(same.output),
                       "touched": sum(1 for p in after_same if before.get(p) != after_same[p]), "ok": same.returncode == 0}
    log(f"[{n}] no-change generate {same.seconds:.2f} s: {same.output.strip().splitlines()[-1:]}")

    name, text = writer.article(n)  # article n: the next one of the same corpus
    (project / "seeds" / name).write_text(text, encoding="utf-8")
    plus = generate(project, remaining(), "plusone")
    after = snapshot(docs)
    rewritten = {p for p in after if p not in after_same or after[p][1] != after_same[p][1]}
    changed = {p for p in after if p not in after_same or after[p][0] != after_same[p][0]}
    removed = set(after_same) - set(after)
    by_folder: dict[str, int] = {}
    for path in sorted(rewritten):
        key = path.split("/")[0] + ("/index.md" if path.endswith("/index.md") else "/*")
        by_folder[key] = by_folder.get(key, 0) + 1
    out["plusone"] = {
        "seconds": plus.seconds, "max_rss": plus.max_rss, "cpu_share": plus.cpu_share,
        "report": parse_report(plus.output),
        "ok": plus.returncode == 0, "rewritten": len(rewritten), "changed": len(changed), "removed": len(removed),
        "rewritten_unchanged": sorted(rewritten - changed)[:10], "changed_not_rewritten": sorted(changed - rewritten)[:10],
        "by_folder": by_folder, "new_article": name,
    }
    log(f"[{n}] +1 article generate {plus.seconds:.2f} s: {plus.output.strip().splitlines()[-1:]}")
    out["preview"] = preview_rebuild(project, remaining(), log, n)
    return out


def preview_rebuild(project: Path, timeout: float, log, n: int) -> dict:
    """What 'make serve' does after the generator rewrote the changed pages: a dirty MkDocs build
    (only pages newer than their HTML are rendered), then Pagefind over the whole output, which
    the preview runs in the background. MkDocs' own "built in" time excludes its start-up, which
    a running preview does not pay again."""
    command = [sys.executable, "-m", "mkdocs", "build", "--dirty", "--no-strict", "--config-file", str(project / "mkdocs.yml"),
               "--site-dir", str(project / "site")]
    run = run_measured(command, project, project / ".bench-mkdocs-dirty.log", timeout)
    built = BUILT_LINE.search(run.output)
    result = {"seconds": run.seconds, "ok": run.returncode == 0, "built": float(built.group(1)) if built else None,
              "pagefind": pagefind_seconds(run.output)}
    log(f"[{n}] dirty mkdocs build {run.seconds:.1f} s (MkDocs' timer {fmt_s(result['built'])} s, "
        f"of which Pagefind {fmt_s(result['pagefind'])} s), exit {run.returncode}")
    return result


# --------------------------------------------------------------------------- in a child process

STAGES_CODE = r"""
# Times every stage function that generator.pipeline calls, by wrapping the names in its namespace,
# so the breakdown follows the pipeline as it changes instead of copying it.
import functools, json, resource, sys, time
from pathlib import Path
root = Path(sys.argv[1])
t0 = time.perf_counter()
from generator.config import load_config
from generator import pipeline
imported = time.perf_counter() - t0
times, captured = {}, {}

def wrap(name, fn):
    @functools.wraps(fn)
    def timed(*args, **kwargs):
        started = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            times[name] = times.get(name, 0.0) + time.perf_counter() - started
    return timed

for name, value in list(vars(pipeline).items()):
    if (callable(value) and not isinstance(value, type) and getattr(value, "__module__", "").startswith("generator.")
            and value.__module__ != "generator.pipeline"):
        setattr(pipeline, name, wrap(name, value))
build_story = pipeline.build_story
def capture(config):
    captured["story"] = build_story(config)
    return captured["story"]
pipeline.build_story = capture

config = load_config(root / "site_config" / "generator.yml")
cold = pipeline.generate(config)
cold_times, times = dict(times), {}
again = pipeline.generate(config)
story = captured["story"]
count = lambda name: len(getattr(story, name, ()) or ())
print(json.dumps({
    "times": {"import": imported, **cold_times, "generate (cold)": cold.seconds,
              "generate (no change)": again.seconds},
    "again": times,
    "pages": len(cold.pages.written) + len(cold.pages.unchanged),
    "page_bytes": sum(p.stat().st_size for d in config.generated_dirs for p in (config.docs_dir / d).rglob("*")
                      if p.is_file()),
    "actors": count("actors"), "venues": count("venues"), "events": count("events"), "quotes": count("quotes"),
    "mentions": sum(len(e.mentions) for e in getattr(story, "extractions", ())),
    "written_again": len(again.pages.written),
    "max_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}))
"""

PROFILE_CODE = r"""
import cProfile, io, pstats, sys
from pathlib import Path
root, top = Path(sys.argv[1]), int(sys.argv[2])
from generator.config import load_config
from generator import pipeline
config = load_config(root / "site_config" / "generator.yml")
profiler = cProfile.Profile()
profiler.enable()
report = pipeline.generate(config)
profiler.disable()
print("generate under cProfile:", report.summary())
for key in ("cumulative", "tottime"):
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs().sort_stats(key)
    stats.print_stats(top)
    text = out.getvalue()
    print(f"--- top {top} by {key} ---")
    print(text[text.find("   ncalls"):].rstrip())
"""


def _clear_generated(project: Path) -> None:
    for folder in GENERATED:
        shutil.rmtree(project / "docs" / folder, ignore_errors=True)
    (project / "docs" / ".generated.json").unlink(missing_ok=True)
    shutil.rmtree(project / ".cache", ignore_errors=True)  # a per-article extraction cache, if there is one


def stages_in_child(project: Path, timeout: float, log, n: int) -> dict | None:
    """The pipeline stage by stage (cold: generated folders and any cache removed first)."""
    _clear_generated(project)
    run = run_measured([sys.executable, "-c", STAGES_CODE, str(project)], project, project / ".bench-stages.log",
                       timeout)
    try:
        data = json.loads(run.output.strip().splitlines()[-1])
    except (ValueError, IndexError):
        log(f"[{n}] stage breakdown failed (the pipeline's functions may have changed): {run.output.strip()[-400:]}")
        return None
    data["wall"] = run.seconds
    log(f"[{n}] stages: " + ", ".join(f"{k} {v:.2f}" for k, v in data["times"].items()))
    return data


def profile_in_child(project: Path, timeout: float, top: int, log, n: int) -> str:
    _clear_generated(project)
    run = run_measured([sys.executable, "-c", PROFILE_CODE, str(project), str(top)], project,
                       project / ".bench-profile.log", timeout)
    log(f"[{n}] cProfile done in {run.seconds:.1f} s")
    return run.output.rstrip()


# --------------------------------------------------------------------------- the report

def fmt_s(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def fmt_bytes(value: int | None) -> str:
    if value is None:
        return "—"
    if value >= MIB:
        return f"{value / MIB:.1f} MiB"
    return f"{value / 1024:.0f} KiB"


def table(results: list[SizeResult]) -> list[str]:
    lines = [
        ("| articles | generate s | pages written | mkdocs build s | link check s | total s | peak RSS generate | "
        "peak RSS mkdocs | Pagefind s | search index: on disk (files) / one search fetches | largest page | actors | venues | events | site | cpu/wall gen, mkdocs |"),
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        written = r.gen_report["written"] if r.gen_report else "—"
        largest = fmt_bytes(r.site.get("largest_page"))
        if r.site.get("largest_page_path"):
            largest += f" ({r.site['largest_page_path']})"
        mk = fmt_s(r.mkdocs.seconds if r.mkdocs else None) + (" FAILED" if r.mkdocs_problem else "")
        lines.append(
            f"| {r.n} | {fmt_s(r.gen.seconds if r.gen else None)} | {written} | {mk} | {fmt_s(r.link_seconds)} | "
            f"{fmt_s(r.total_seconds)} | {fmt_bytes(r.gen.max_rss if r.gen else None)} | "
            f"{fmt_bytes(r.mkdocs.max_rss if r.mkdocs else None)} | {fmt_s(r.pagefind_seconds)} | "
            f"{fmt_bytes(r.site.get('search_index'))} ({r.site.get('search_files', '—')}) / "
            f"{fmt_bytes(r.site.get('search_download'))} | "
            f"{largest} | {r.pages.get('actors', '—')} | {r.pages.get('venues', '—')} | {r.pages.get('events', '—')} | "
            f"{r.site.get('html_pages', '—')} html, {fmt_bytes(r.site.get('site_bytes'))} | "
            f"{r.gen.cpu_share if r.gen else 0:.2f}, {r.mkdocs.cpu_share if r.mkdocs else 0:.2f} |")
    return lines


def stage_table(results: list[SizeResult]) -> list[str]:
    rows = [r for r in results if r.stages]
    if not rows:
        return []
    totals = ("generate (cold)", "generate (no change)")
    names = list(dict.fromkeys(k for r in rows for k in r.stages["times"] if k not in totals))
    shown = [k for k in names if k == "import" or max(r.stages["times"].get(k, 0) for r in rows) >= 0.02]
    small = [k for k in names if k not in shown]
    lines = ["| articles | " + " | ".join(shown) + (" | other stages" if small else "") + " | " + " | ".join(totals)
             + " | pages | page MiB | mentions | quotes | child RSS |",
             "|---:|" + "---:|" * (len(shown) + bool(small) + len(totals) + 5)]
    for r in rows:
        s = r.stages
        cells = [fmt_s(s["times"].get(k)) for k in shown]
        if small:
            cells.append(fmt_s(sum(s["times"].get(k, 0) for k in small)))
        cells += [fmt_s(s["times"].get(k)) for k in totals]
        lines.append(f"| {r.n} | " + " | ".join(cells) + f" | {s['pages']} | {s['page_bytes'] / MIB:.1f} | "
                     f"{s['mentions']} | {s['quotes']} | {fmt_bytes(s['max_rss'])} |")
    if small:
        lines += ["", "Other stages: " + ", ".join(small) + "."]
    return lines


def scaling_lines(results: list[SizeResult]) -> list[str]:
    """Growth between consecutive sizes: ×time / ×articles (1.0 = linear)."""
    lines = []
    for a, b in itertools.pairwise(results):
        ratio = b.n / a.n
        parts = []
        for label, get in (("generate", lambda r: r.gen.seconds if r.gen else None),
                           ("mkdocs", lambda r: r.mkdocs.seconds if r.mkdocs else None),
                           ("link check", lambda r: r.link_seconds),
                           ("total", lambda r: r.total_seconds)):
            x, y = get(a), get(b)
            if x and y:
                parts.append(f"{label} ×{y / x:.1f}")
        if a.stages and b.stages:
            for k in ("read_corpus", "extract_all", "resolve", "build_chronology", "render_site", "write_pages"):
                x, y = a.stages["times"].get(k), b.stages["times"].get(k)
                if x and y and x > 0.005:
                    parts.append(f"{k} ×{y / x:.1f}")
        lines.append(f"- {a.n} → {b.n} articles (×{ratio:g}): " + ", ".join(parts))
    return lines


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("PASS" if ok else "FAIL")


def targets(results: list[SizeResult], incremental_size: int) -> list[str]:
    by_n = {r.n: r for r in results}
    lines = ["| target | measured | result |", "|---|---|---|"]
    r1, r5 = by_n.get(1000), by_n.get(5000)

    if r1 and r1.gen and r1.mkdocs and r1.mkdocs.seconds:
        share = r1.gen.seconds / r1.mkdocs.seconds
        inproc = r1.gen_report["seconds"] if r1.gen_report else None
        inproc_text = f"; the generator's own timer {inproc:.2f} s = {inproc / r1.mkdocs.seconds:.0%}" if inproc else ""
        cpu_share = r1.gen.cpu / r1.mkdocs.cpu if r1.mkdocs.cpu else float("nan")
        lines.append(f"| generate ≤ 10 % of the MkDocs build at 1,000 | {r1.gen.seconds:.2f} s / "
                     f"{r1.mkdocs.seconds:.1f} s = {share:.0%} (command wall time{inproc_text}; in CPU seconds "
                     f"{r1.gen.cpu:.1f} / {r1.mkdocs.cpu:.1f} = {cpu_share:.0%}) | "
                     f"{verdict(share <= GEN_SHARE_MAX)} |")
    else:
        lines.append("| generate ≤ 10 % of the MkDocs build at 1,000 | not measured | n/a |")

    if r1 and r5 and r1.total_seconds and r5.total_seconds:
        ratio = r5.total_seconds / r1.total_seconds
        cpu = lambda r: r.gen.cpu + r.mkdocs.cpu + (r.link_cpu or 0.0)
        parts = lambda r: f"{r.gen.seconds:.0f} + {r.mkdocs.seconds:.0f} + {r.link_seconds:.0f}"
        lines.append(f"| total build at 5,000 ≤ 5.5 × at 1,000 | {r5.total_seconds:.1f} s / {r1.total_seconds:.1f} s "
                     f"= ×{ratio:.2f} (generate + mkdocs + link check: {parts(r5)} s vs {parts(r1)} s; "
                     f"in CPU seconds ×{cpu(r5) / cpu(r1):.2f}) | {verdict(ratio <= SCALE_MAX)} |")
    else:
        lines.append("| total build at 5,000 ≤ 5.5 × at 1,000 | not measured (needs sizes 1000 and 5000) | n/a |")

    inc = by_n.get(incremental_size).incremental if by_n.get(incremental_size) else None
    if inc:
        plus, same = inc["plusone"], inc["nochange"]
        own = plus["report"]["seconds"] if plus["report"] else None
        fast = plus["seconds"] <= INCREMENTAL_MAX_S
        exact = plus["ok"] and not plus["rewritten_unchanged"] and not plus["changed_not_rewritten"] \
            and same["touched"] == 0
        lines.append(f"| incremental regenerate ≤ 1 s ({incremental_size:,} + 1 article) | {plus['seconds']:.2f} s "
                     f"command wall time" + (f"; generator's own timer {own:.2f} s" if own is not None else "") +
                     f" | {verdict(fast)} |")
        preview = inc.get("preview") or {}
        if own is not None and preview.get("built") is not None:
            shown = own + preview["built"] - (preview.get("pagefind") or 0.0)
            lines.append(f"| the preview shows one new article ≤ 5 s ({incremental_size:,} + 1) | {shown:.1f} s: "
                         f"generate {own:.2f} s + dirty MkDocs rebuild {preview['built'] - (preview.get('pagefind') or 0):.2f} s "
                         f"(Pagefind's {fmt_s(preview.get('pagefind'))} s run in the background, search follows) "
                         f"| {verdict(shown <= PREVIEW_MAX_S)} |")
        lines.append(f"| incremental rewrites only changed pages | {plus['rewritten']} rewritten, {plus['changed']} "
                     f"changed in content, {len(plus['rewritten_unchanged'])} rewritten without change; no-change run "
                     f"touched {same['touched']} | {verdict(exact)} |")
    else:
        lines.append("| incremental regenerate ≤ 1 s, only changed pages | not measured | n/a |")

    if r5 and r5.gen and r5.mkdocs:
        peak = max(r5.gen.max_rss, r5.mkdocs.max_rss)
        lines.append(f"| peak memory < 1 GiB at 5,000 | generate {fmt_bytes(r5.gen.max_rss)}, mkdocs "
                     f"{fmt_bytes(r5.mkdocs.max_rss)} | {verdict(peak < PEAK_RSS_MAX)} |")
    else:
        lines.append("| peak memory < 1 GiB at 5,000 | not measured | n/a |")

    for r in results:
        size = r.site.get("search_download")
        if size is not None:
            lines.append(f"| search: what a reader downloads ≤ 2 MB (flag) at {r.n:,} | a one-word search fetches at "
                         f"most {size / 1e6:.2f} MB (Pagefind's files, each bundle's largest index chunk, five "
                         f"results); the whole index is {r.site['search_index'] / 1e6:.1f} MB in "
                         f"{r.site['search_files']} files and {r.site['search_bundles']} bundle(s), never fetched "
                         f"whole | {'FLAG' if size > SEARCH_INDEX_FLAG else 'ok'} |")
    return lines


def incremental_lines(results: list[SizeResult]) -> list[str]:
    lines = []
    for r in results:
        if not r.incremental:
            continue
        same, plus = r.incremental["nochange"], r.incremental["plusone"]
        sr, pr = same["report"] or {}, plus["report"] or {}
        lines += [
            f"On the {r.n:,}-article project, after the full build:",
            "",
            (f"- second `generate`, nothing changed: {same['seconds']:.2f} s wall "
            f"(generator's timer {sr.get('seconds', float('nan')):.2f} s), {sr.get('written', '?')} written, "
            f"{sr.get('unchanged', '?')} unchanged, files touched on disk: {same['touched']}, "
            f"peak RSS {fmt_bytes(same['max_rss'])}, cpu/wall {same['cpu_share']:.2f}"),
            (f"- one new article ({plus['new_article']}), `generate`: {plus['seconds']:.2f} s wall "
            f"(generator's timer {pr.get('seconds', float('nan')):.2f} s), {pr.get('written', '?')} written, "
            f"{pr.get('unchanged', '?')} unchanged, {pr.get('removed', '?')} removed, cpu/wall {plus['cpu_share']:.2f}"),
            (f"- on disk: {plus['rewritten']} files rewritten (mtime changed), {plus['changed']} with different content; "
            f"rewritten but identical: {plus['rewritten_unchanged'] or 'none'}; changed but not rewritten: "
            f"{plus['changed_not_rewritten'] or 'none'}"),
            "- rewritten by folder: " + ", ".join(f"{k} {v}" for k, v in plus["by_folder"].items()),
            (f"- then what the preview does: `mkdocs build --dirty` {r.incremental['preview']['seconds']:.1f} s wall, "
             f"MkDocs' own timer {fmt_s(r.incremental['preview']['built'])} s, of which Pagefind "
             f"{fmt_s(r.incremental['preview']['pagefind'])} s (run in the background by the preview)"
             if r.incremental.get("preview") else "- dirty rebuild not measured"),
            "",
        ]
    return lines


def machine_header(argv: list[str], started: dt.datetime) -> list[str]:
    def first(path: str, prefix: str) -> str:
        try:
            with open(path) as lines:
                return next((line.split(":", 1)[1].strip() for line in lines if line.startswith(prefix)), "")
        except OSError:
            return ""

    cpu = first("/proc/cpuinfo", "model name")
    mem = int(first("/proc/meminfo", "MemTotal").split()[0] or 0) * 1024 if first("/proc/meminfo", "MemTotal") else 0
    try:
        import mkdocs
        mkdocs_version = mkdocs.__version__
    except ImportError:
        mkdocs_version = "?"
    return [
        (f"- machine: {os.cpu_count()} cores ({cpu or platform.processor()}), {mem / GIB:.0f} GiB RAM, "
        f"{platform.system()} {platform.release()}"),
        f"- date: {started:%Y-%m-%d %H:%M} (local time)",
        f"- command: `{' '.join(argv)}`",
        f"- Python {platform.python_version()}, MkDocs {mkdocs_version}",
    ]


# --------------------------------------------------------------------------- main

INTERRUPTED: list[str] = []


def _interrupt(signum, frame):
    INTERRUPTED.append(signal.Signals(signum).name)
    raise KeyboardInterrupt


def render_report(results: list[SizeResult], meta: dict) -> str:
    report = ["# Benchmark: generator and site build at scale (issue 7)", "", *meta["header"]]
    report += [(f"- code: generator/, site_config/, mkdocs.yml and the hand-written docs/ pages copied at start, "
               f"sha256 of the copy {meta['code_version']}")]
    report += [f"- corpus: synthetic raw articles from `tests/benchmarks/corpus.py` (seed {meta['seed']}); "
               + ", ".join(f"{r.n:,} articles = {r.words:,} words" for r in results),
               f"- the run took {meta['seconds']:.0f} s ({meta['seconds'] / 60:.1f} min)"
               + (f"; it was interrupted {meta['interrupted']}" if meta.get("interrupted") else ""), "",
               "## Per size", "", *table(results), "",
               ("Times are wall-clock seconds of each command as a subprocess (generate includes Python start-up "
               "and imports); peak RSS is the process's maximum resident set size (`os.wait4`). "
               "Largest page is the largest `.html` in `site/`; actors/venues count generated pages, events count "
               "chronology entries. cpu/wall is CPU seconds over wall seconds of the subprocess: about 1.0 means "
               "the step had a core to itself; much less means it waited (for example on other work on the "
               "machine)."), ""]
    report += ["## Generation stage by stage (in a child process)", "",
               ("Seconds in each function that `generator.pipeline` calls, during a cold `pipeline.generate` "
               "(generated folders and any cache removed first); then the whole of a cold and of a second, "
               "no-change `generate` in the same process (no start-up or import cost)."), "",
               *stage_table(results), ""]
    report += ["## Scaling", "", *scaling_lines(results), ""]
    report += ["## Incremental", "", *(incremental_lines(results) or ["not measured", ""])]
    report += ["## Targets", "", *targets(results, meta["incremental_size"]), ""]
    notes = [f"- {r.n}: {note}" for r in results for note in r.notes]
    if notes:
        report += ["## Problems", "", *notes, ""]
    for r in results:
        if r.profile:
            report += [f"## cProfile of a cold `generate` at {r.n:,} articles", "", "```", r.profile, "```", ""]
    return "\n".join(report)


def save_json(path: Path, results: list[SizeResult], meta: dict) -> None:
    path.write_text(json.dumps({"meta": meta, "results": [asdict(r) for r in results]}, indent=1) + "\n",
                    encoding="utf-8")


def load_json(path: Path) -> tuple[list[SizeResult], dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    results = []
    for raw in data["results"]:
        for key in ("gen", "mkdocs"):
            if raw.get(key) is not None:
                raw[key] = Run(**raw[key])
        results.append(SizeResult(**raw))
    return results, data["meta"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,1000,5000", help="corpus sizes, comma-separated (default 100,1000,5000)")
    parser.add_argument("--quick", action="store_true", help="sizes 20,100: a smoke run")
    parser.add_argument("--keep", metavar="DIR", type=Path, help="keep the projects (DIR/n<size>) instead of deleting them")
    parser.add_argument("--seed", type=int, default=7, help="corpus seed (default 7)")
    parser.add_argument("--incremental-size", type=int, default=None,
                        help="size for the incremental case (default 1000, else the largest size)")
    parser.add_argument("--profile", action="store_true", help="cProfile a cold generate at the incremental size")
    parser.add_argument("--profile-top", type=int, default=15, help="functions listed by the profile (default 15)")
    parser.add_argument("--size-timeout", type=float, default=25 * 60,
                        help="give up on a size after this many seconds (default 1500)")
    parser.add_argument("--no-link-check", action="store_true", help="skip the link check")
    parser.add_argument("--out", type=Path, help="also write the report (Markdown) to this file, and the raw "
                        "measurements to the same name with .json")
    parser.add_argument("--report-from", type=Path, metavar="JSON", help="only print the report of an earlier run")
    parser.add_argument("--code", type=Path, metavar="DIR",
                        help="use this earlier snapshot (a run's DIR/code) instead of copying the working tree")
    parser.add_argument("--no-snapshot", action="store_true",
                        help="run the working tree's generator/ (default: a copy taken at start)")
    args = parser.parse_args(argv)
    if args.report_from:
        results, meta = load_json(args.report_from)
        print(render_report(results, meta))
        return 0
    sizes = [20, 100] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.incremental_size is None:
        args.incremental_size = 1000 if 1000 in sizes else max(sizes)
    if not sys.platform.startswith("linux"):
        print("warning: peak memory uses os.wait4 ru_maxrss, measured in KiB on Linux only", file=sys.stderr)

    signal.signal(signal.SIGTERM, _interrupt)
    signal.signal(signal.SIGINT, _interrupt)
    signal.signal(signal.SIGHUP, _interrupt)
    started_at = dt.datetime.now()
    wall = time.perf_counter()
    log = lambda message: print(f"{time.perf_counter() - wall:7.1f}s {message}", file=sys.stderr, flush=True)

    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        workdir = args.keep.resolve()
    else:
        workdir = Path(tempfile.mkdtemp(prefix="explainer-bench-"))
    global CODE
    if args.no_snapshot:
        code_version = "working tree (no snapshot)"
    elif args.code:
        CODE = args.code.resolve()
        code_version = _digest_tree(CODE)
        log(f"code snapshot {code_version} from {CODE}")
    else:
        shutil.rmtree(workdir / "code", ignore_errors=True)
        code_version = snapshot_code(workdir / "code")
        CODE = workdir / "code"
        log(f"code snapshot {code_version} in {CODE}")
    sys.path.insert(0, str(CODE))
    missing = corpus.check_gazetteer()
    if missing:
        log(f"warning: the gazetteer does not know {missing}")
    world = corpus.World(args.seed)
    command = [os.path.relpath(sys.executable, REPO) if sys.executable.startswith(str(REPO)) else sys.executable,
               os.path.relpath(__file__, REPO)] + (argv if argv is not None else sys.argv[1:])
    meta = {"header": machine_header(command, started_at), "code_version": code_version, "seed": args.seed,
            "incremental_size": args.incremental_size, "seconds": 0.0}
    results = []
    try:
        for n in sorted(sizes):
            bench_size(n, workdir, args, world, log, results)
            print("\n".join(table(results[-1:])[2:]), flush=True)  # the row, as soon as it is known
            meta["seconds"] = time.perf_counter() - wall
            if args.out:
                save_json(args.out.with_suffix(".json"), results, meta)
    except KeyboardInterrupt:
        meta["interrupted"] = f"by {INTERRUPTED[0] if INTERRUPTED else 'KeyboardInterrupt'} after " \
                              f"{time.perf_counter() - wall:.0f} s"
        log(f"interrupted {meta['interrupted']}: reporting what was measured")
    finally:
        if args.keep is None:
            shutil.rmtree(workdir, ignore_errors=True)
    meta["seconds"] = time.perf_counter() - wall
    text = render_report(results, meta)
    print("\n" + text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
        save_json(args.out.with_suffix(".json"), results, meta)
    return 0


if __name__ == "__main__":
    sys.exit(main())
