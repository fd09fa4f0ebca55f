"""Stage 6, write: the only code that touches docs/. Ownership, idempotency, stale files, failures."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest
from conftest import REPO, snapshot

from generator import pipeline
from generator import write as write_module
from generator.errors import GeneratorError, OwnershipError
from generator.runlock import LockedError, run_lock
from generator.write import MANIFEST, as_written, write_pages

OWNED = ("articles", "actors", "venues", "chronology")
PAGES = {
    "actors/index.md": "# Actors\n",
    "articles/a.md": "# A\n",
    "articles/b.md": "# B\n",
    "articles/index.md": "# Articles\n",
}
LONG_AGO = 1_000_000_000  # 2001: a write would move the mtime to now


@pytest.fixture
def docs(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "index.md").write_text("# Home, written by hand\n", encoding="utf-8")
    return folder


def age(folder):
    """Set every file's mtime far into the past, so that any rewrite shows."""
    for path in folder.rglob("*"):
        if path.is_file():
            os.utime(path, (LONG_AGO, LONG_AGO))


def read(docs, path):
    return (docs / path).read_text(encoding="utf-8")


def test_first_write_writes_every_page(docs):
    report = write_pages(PAGES, docs, OWNED)
    assert report.written == tuple(PAGES) and report.unchanged == () and report.removed == ()
    assert {path: read(docs, path) for path in PAGES} == PAGES
    assert sorted(json.loads(read(docs, MANIFEST))) == sorted(PAGES)


def test_as_written_tells_the_generators_own_files_from_a_writers_edits(docs):
    write_pages(PAGES, docs, OWNED)
    assert as_written(docs, docs / "articles/a.md") and as_written(docs, docs / MANIFEST)
    assert as_written(docs, docs / "articles/none.md"), "no page, and the manifest lists none"
    (docs / "articles/a.md").write_text("# A, edited\n", encoding="utf-8")
    (docs / "articles/b.md").unlink()
    (docs / "articles/mine.md").write_text("# Mine\n", encoding="utf-8")
    assert not any(as_written(docs, docs / path) for path in ("articles/a.md", "articles/b.md", "articles/mine.md"))
    (docs / MANIFEST).write_text("{damaged", encoding="utf-8")
    assert not as_written(docs, docs / "articles/index.md")


def test_second_write_is_a_no_op(docs):
    write_pages(PAGES, docs, OWNED)
    age(docs)
    before = snapshot(docs)
    report = write_pages(PAGES, docs, OWNED)
    assert report.written == () and report.removed == ()
    assert report.unchanged == tuple(PAGES)
    assert snapshot(docs) == before  # same bytes, same mtimes: nothing rewritten, manifest included


def test_only_changed_pages_are_rewritten(docs):
    write_pages(PAGES, docs, OWNED)
    age(docs)
    report = write_pages(PAGES | {"articles/a.md": "# A, revised\n"}, docs, OWNED)
    assert report.written == ("articles/a.md",)
    assert read(docs, "articles/a.md") == "# A, revised\n"
    assert (docs / "articles/b.md").stat().st_mtime_ns == LONG_AGO * 10**9


def test_hand_written_file_in_the_way_is_never_overwritten(docs):
    (docs / "articles").mkdir()
    (docs / "articles/a.md").write_text("my own page\n", encoding="utf-8")
    with pytest.raises(OwnershipError) as caught:
        write_pages(PAGES, docs, OWNED)
    assert "docs/articles/a.md was not written by the generator" in str(caught.value)
    assert read(docs, "articles/a.md") == "my own page\n"
    assert not (docs / "articles/b.md").exists()  # nothing else written either
    assert not (docs / MANIFEST).exists()


def test_hand_written_file_elsewhere_in_a_generated_folder_is_left_alone(docs):
    write_pages(PAGES, docs, OWNED)
    (docs / "articles/notes.md").write_text("my notes\n", encoding="utf-8")
    write_pages({"articles/index.md": "# Articles\n"}, docs, OWNED)  # a.md, b.md become stale
    assert read(docs, "articles/notes.md") == "my notes\n"
    assert not (docs / "articles/a.md").exists()


def test_edited_generated_file_is_detected_and_kept(docs):
    write_pages(PAGES, docs, OWNED)
    (docs / "articles/a.md").write_text("# A, with my edit\n", encoding="utf-8")
    with pytest.raises(OwnershipError) as caught:
        write_pages(PAGES | {"articles/b.md": "# B, revised\n"}, docs, OWNED)
    assert "docs/articles/a.md was edited by hand" in str(caught.value)
    assert "--take-back" in str(caught.value)
    assert read(docs, "articles/a.md") == "# A, with my edit\n"
    assert read(docs, "articles/b.md") == "# B\n"  # the run stopped before writing anything


def test_edited_stale_file_is_not_removed(docs):
    write_pages(PAGES, docs, OWNED)
    (docs / "articles/b.md").write_text("# B, with my edit\n", encoding="utf-8")
    pages = {k: v for k, v in PAGES.items() if k != "articles/b.md"}
    with pytest.raises(OwnershipError, match="docs/articles/b.md was edited by hand"):
        write_pages(pages, docs, OWNED)
    assert read(docs, "articles/b.md") == "# B, with my edit\n"


def test_take_back_overwrites_the_edit(docs):
    write_pages(PAGES, docs, OWNED)
    (docs / "articles/a.md").write_text("# A, with my edit\n", encoding="utf-8")
    report = write_pages(PAGES, docs, OWNED, take_back=True)
    assert report.written == ("articles/a.md",)
    assert read(docs, "articles/a.md") == "# A\n"
    assert write_pages(PAGES, docs, OWNED).written == ()  # and it is the generator's again


def test_take_back_still_refuses_a_hand_written_file(docs):
    (docs / "articles").mkdir()
    (docs / "articles/a.md").write_text("my own page\n", encoding="utf-8")
    with pytest.raises(OwnershipError, match="not written by the generator"):
        write_pages(PAGES, docs, OWNED, take_back=True)
    assert read(docs, "articles/a.md") == "my own page\n"


def test_stale_files_and_empty_folders_are_removed(docs):
    write_pages(PAGES | {"venues/deep/x.md": "# X\n"}, docs, OWNED)
    report = write_pages({"articles/a.md": "# A\n"}, docs, OWNED)
    assert report.removed == ("actors/index.md", "articles/b.md", "articles/index.md", "venues/deep/x.md")
    assert sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*")) == [
        ".generated.json", "articles", "articles/a.md", "index.md"]
    assert list(json.loads(read(docs, MANIFEST))) == ["articles/a.md"]


def test_a_file_already_holding_the_page_is_no_conflict(docs):
    """After an interrupted run the file may hold the new page while the manifest is old: nothing is lost."""
    write_pages(PAGES, docs, OWNED)
    (docs / "articles/a.md").write_text("# A, next version\n", encoding="utf-8")
    report = write_pages(PAGES | {"articles/a.md": "# A, next version\n"}, docs, OWNED)
    assert report.unchanged == tuple(PAGES)
    assert write_pages(PAGES, docs, OWNED).written == ("articles/a.md",)


@pytest.mark.parametrize("path", ["../x.md", "/etc/x", "index.md", "about.md", "articles/../index.md",
                                  "stylesheets/extra.css", "articles", ""])
def test_paths_outside_the_generated_folders_are_refused(docs, path):
    before = snapshot(docs)
    with pytest.raises(OwnershipError, match="outside the generated folders"):
        write_pages(PAGES | {path: "# gotcha\n"}, docs, OWNED)
    assert snapshot(docs) == before
    assert not (docs.parent / "x.md").exists()


def test_damaged_manifest_cannot_delete_outside(docs):
    outside = docs.parent / "outside.md"
    outside.write_text("keep me\n", encoding="utf-8")
    (docs / MANIFEST).write_text(json.dumps({"../outside.md": "0" * 64}), encoding="utf-8")
    with pytest.raises(OwnershipError, match="damaged"):
        write_pages(PAGES, docs, OWNED)
    assert outside.read_text(encoding="utf-8") == "keep me\n"


def test_unreadable_manifest_is_a_clean_error(docs):
    (docs / MANIFEST).write_text("{not json", encoding="utf-8")
    with pytest.raises(OwnershipError, match="is damaged; delete it"):
        write_pages(PAGES, docs, OWNED)


def test_a_failed_write_leaves_the_previous_pages(docs):
    write_pages(PAGES, docs, OWNED)
    before = snapshot(docs)
    (docs / "articles/sub").write_text("a file where the new page needs a folder\n", encoding="utf-8")
    pages = PAGES | {"articles/a.md": "# A, revised\n", "articles/sub/c.md": "# C\n"}
    with pytest.raises(GeneratorError, match="nothing was written"):
        write_pages(pages, docs, OWNED)
    after = snapshot(docs)
    del after["articles/sub"]
    assert after == before  # a.md not replaced, manifest unchanged, no temporary files left


def test_generate_never_touches_hand_written_pages(make_project):
    project = make_project("two_articles")
    age(project.docs)
    hand_written = snapshot(project.docs)
    report = pipeline.generate(project.config)
    assert report.articles == 2 and report.pages.written
    after = snapshot(project.docs)
    assert {path: after[path] for path in hand_written} == hand_written
    new = set(after) - set(hand_written)
    assert all(p == MANIFEST or p.split("/")[0] in project.config.generated_dirs for p in new)
    second = pipeline.generate(project.config)
    assert second.pages.written == () and second.pages.removed == ()
    assert "0 pages written" in second.summary()


def test_pages_get_ordinary_file_permissions(docs):
    write_pages(PAGES, docs, OWNED)
    ordinary = docs / "ordinary.txt"
    ordinary.write_text("x", encoding="utf-8")
    expected = ordinary.stat().st_mode & 0o777
    assert {path: (docs / path).stat().st_mode & 0o777 for path in [*PAGES, MANIFEST]} == {
        path: expected for path in [*PAGES, MANIFEST]}


# --- interrupted runs (issue 14, item 8) ---------------------------------------------------------

NEXT = {f"articles/n{i}.md": f"# N{i}\n" for i in range(20)} | {"articles/index.md": "# Articles, again\n"}


def staged_files(docs):
    return sorted(p.relative_to(docs).as_posix() for p in docs.rglob(".tmp-*"))


@pytest.mark.parametrize("interruption", [KeyboardInterrupt, SystemExit])
def test_an_interruption_while_staging_leaves_no_staged_file(docs, monkeypatch, interruption):
    write_pages(PAGES, docs, OWNED)
    before = snapshot(docs)
    original, calls = write_module._stage, []

    def stage_then_stop(target, data):
        calls.append(target)
        if len(calls) == 5:
            raise interruption()
        return original(target, data)

    monkeypatch.setattr(write_module, "_stage", stage_then_stop)
    with pytest.raises(interruption):
        write_pages(NEXT, docs, OWNED)
    assert staged_files(docs) == []
    assert snapshot(docs) == before


def test_sigterm_while_staging_unwinds_like_ctrl_c(make_project, monkeypatch):
    project = make_project("two_articles")
    pipeline.generate(project.config)
    (project.input / "extra.txt").write_text("Talks in Oman\nIran met Oman in Muscat.\n", encoding="utf-8")
    before = snapshot(project.docs)
    original = write_module._stage

    def stage_then_terminate(target, data):
        os.kill(os.getpid(), signal.SIGTERM)
        return original(target, data)

    monkeypatch.setattr(write_module, "_stage", stage_then_terminate)
    with pytest.raises(KeyboardInterrupt):
        pipeline.generate(project.config)
    assert staged_files(project.docs) == [] and snapshot(project.docs) == before


def test_a_killed_run_s_staged_files_are_deleted_by_the_next(docs):
    write_pages(PAGES, docs, OWNED)
    (docs / "articles" / ".tmp-abc123.md").write_text("left by kill -9\n", encoding="utf-8")
    (docs / ".tmp-def456.json").write_text("{}\n", encoding="utf-8")
    write_pages(PAGES, docs, OWNED)
    assert staged_files(docs) == []


def test_a_run_killed_while_switching_is_finished_by_the_next(docs, monkeypatch):
    """Killed after 7 renames: docs/ is a mix of two runs until the next run finishes the switch."""
    write_pages(PAGES, docs, OWNED)
    original, renames = os.replace, []

    def replace_then_die(source, target):
        if len(renames) == 7:
            raise SystemExit("killed")  # like kill -9: no clean-up runs after this point
        renames.append(target)
        original(source, target)

    monkeypatch.setattr(write_module.os, "replace", replace_then_die)
    with pytest.raises(SystemExit):
        write_pages(NEXT, docs, OWNED)
    monkeypatch.setattr(write_module.os, "replace", original)
    assert (docs / write_module.JOURNAL).is_file()

    report = write_pages(NEXT, docs, OWNED)  # no false "edited by hand": the switch is finished first
    assert report.written == () and staged_files(docs) == []
    assert not (docs / write_module.JOURNAL).exists()
    on_disk = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md") if p.name != "index.md"
                     or p.parent != docs)
    assert on_disk == sorted(NEXT)  # the old a.md, b.md and actors/index.md removed, nothing unlisted
    assert sorted(json.loads(read(docs, MANIFEST))) == sorted(NEXT)


def test_a_damaged_journal_cannot_rename_outside(docs):
    write_pages(PAGES, docs, OWNED)
    (docs / write_module.JOURNAL).write_text(json.dumps({"replace": [["../x", "index.md"]], "remove": []}),
                                             encoding="utf-8")
    with pytest.raises(OwnershipError, match="is damaged"):
        write_pages(PAGES, docs, OWNED)
    assert read(docs, "index.md") == "# Home, written by hand\n"


# --- one run at a time (issue 14, item 4) ---------------------------------------------------------

def test_a_second_generate_is_refused_while_one_runs(make_project):
    project = make_project("two_articles")
    with run_lock(project.config.cache_dir):
        with pytest.raises(LockedError, match=rf"another generate is running \(pid {os.getpid()}\)"):
            pipeline.generate(project.config)
    assert pipeline.generate(project.config).articles == 2


def test_a_killed_run_leaves_no_lock(make_project):
    project = make_project()
    code = ("import sys, time; from pathlib import Path; from generator.runlock import run_lock\n"
            "with run_lock(Path(sys.argv[1])):\n    print('locked', flush=True); time.sleep(600)\n")
    holder = subprocess.Popen([sys.executable, "-c", code, str(project.config.cache_dir)], cwd=REPO,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "locked\n"
        with pytest.raises(LockedError, match=rf"\(pid {holder.pid}\)"):
            with run_lock(project.config.cache_dir):
                pass
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    with run_lock(project.config.cache_dir):
        pass


def test_taking_the_lock_deletes_half_written_cache_files(make_project):
    project = make_project()
    cache = project.config.cache_dir
    (cache / "extract").mkdir(parents=True)
    (cache / "pages.1234.tmp").write_text("half", encoding="utf-8")
    (cache / "extract" / "abc.999.tmp").write_bytes(b"half")
    (cache / "pages.json").write_text("{}", encoding="utf-8")
    with run_lock(cache):
        pass
    assert sorted(p.relative_to(cache).as_posix() for p in cache.rglob("*") if p.is_file()) == [
        "generate.lock", "pages.json"]


KILL_AT = """
import os, signal, sys
from pathlib import Path
from generator import pipeline, write
from generator.config import load_config
step, count = sys.argv[2], [0]
original = getattr(write, step) if step == "_stage" else os.replace

def killed(*args):
    count[0] += 1
    if count[0] == 5:
        os.kill(os.getpid(), signal.SIGKILL)
    return original(*args)

if step == "_stage":
    write._stage = killed
else:
    write.os.replace = killed
pipeline.generate(load_config(Path(sys.argv[1])))
"""


def pages_of(docs):
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("step", ["_stage", "replace"])
def test_kill_9_while_staging_or_switching_then_one_more_run_is_a_clean_run(make_project, step):
    project, reference = make_project("two_articles"), make_project("two_articles")
    pipeline.generate(project.config)
    for root in (project, reference):
        (root.input / "extra.txt").write_text("Talks in Oman\n2026-02-09 - 10:00\nIran met Oman.\n", encoding="utf-8")
    killed = subprocess.run([sys.executable, "-c", KILL_AT, str(project.config_file), step], cwd=REPO,
                            capture_output=True, text=True, timeout=300, check=False)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    if step == "_stage":
        assert staged_files(project.docs)  # the debris a kill leaves
    else:
        assert (project.docs / write_module.JOURNAL).is_file()  # killed mid-switch: docs/ is two runs

    pipeline.generate(project.config)  # no "edited by hand" error: the killed run is undone or finished
    pipeline.generate(reference.config)
    assert pages_of(project.docs) == pages_of(reference.docs)
    assert staged_files(project.docs) == [] and not list(project.config.cache_dir.rglob("*.tmp"))


def test_the_preview_s_regeneration_takes_the_same_lock(make_project):
    from generator.preview import Status, regenerate

    project = make_project("two_articles")
    status = Status()
    with run_lock(project.config.cache_dir):
        regenerate(lambda: project.config, status)
    assert status.problems() == [f"The pages are not being regenerated: another generate is running "
                                 f"(pid {os.getpid()}) in this project; wait for it to finish and try again "
                                 f"(lock: {project.config.cache_dir / 'generate.lock'})"]
