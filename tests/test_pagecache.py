"""Reusing pages rendered earlier is safe: a page whose text would change always gets a new key.

The property is checked edit by edit, through the real pipeline: for every kind
of input a writer changes (an article's text or title, a new article, the
registry, the event corrections, an enrichment page, a hand-written page
linking to an entity, the settings), every page whose rendered text differs
must have a different key. A page that slipped through would be served stale.
"""
from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import REPO, Project

from generator import pipeline
from generator.config import load_config
from generator.errors import OwnershipError
from generator.pipeline import build_story
from generator.render import render_site

EVAL = REPO / "tests" / "eval" / "dev" / "articles"


def pages_and_keys(config) -> tuple[dict[str, str], dict[str, str]]:
    keys: dict[str, str] = {}

    def record(page: str, key: str) -> None:
        keys[page] = key  # and render everything: the test compares fresh texts

    return render_site(build_story(config), config, record), keys


def _first_article(project: Project) -> Path:
    return sorted(project.input.iterdir())[0]


def _edit_paragraph(project: Project) -> None:
    article = _first_article(project)
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace(". ", ". Observers took note. ", 1), encoding="utf-8")


def _retitle(project: Project) -> None:
    article = next(p for p in sorted(project.input.iterdir()) if p.suffix == ".txt")
    lines = article.read_text(encoding="utf-8").split("\n")
    article.write_text("\n".join([lines[0] + " again", *lines[1:]]), encoding="utf-8")


def _remove_article(project: Project) -> None:
    _first_article(project).unlink()


def _registry(project: Project) -> None:
    story = build_story(project.config)
    person = next(a for a in story.actors if a.kind.value == "person" and len(a.mentions) > 1)
    (project.root / "content" / "entities.yml").write_text(
        f"entities:\n  - name: {person.name}\n    role: Chief Negotiator\n    aliases: [The Negotiator]\n",
        encoding="utf-8")


def _rename(project: Project) -> None:
    story = build_story(project.config)
    in_events = {slug for event in story.events for slug in event.actors}
    person = next(a for a in story.actors if a.kind.value == "person" and a.slug in in_events)
    (project.root / "content" / "entities.yml").write_text(
        f"entities:\n  - name: Renamed Person\n    aliases: [{person.name}]\n", encoding="utf-8")


def _event_correction(project: Project) -> None:
    story = build_story(project.config)
    event = next(e for e in story.events if len(e.summary) > 30)
    (project.root / "content" / "events.yml").write_text(
        f"events:\n  - match: {event.summary[:30]!r}\n    all: true\n    date: 2026-05-15\n    precision: day\n",
        encoding="utf-8")  # "all": the words may also lie in another event's sentence (an aside's event)


def _enrichment(project: Project) -> None:
    story = build_story(project.config)
    state = next(a for a in story.actors if a.kind.value == "state")
    other = next(a for a in story.actors if a.kind.value == "person")
    folder = project.root / "content" / "actors"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{state.slug}.md").write_text(
        f"---\nsummary: A party to the talks.\n---\nIts envoy met [[{other.name}]].\n", encoding="utf-8")


def _writer_page(project: Project) -> None:
    story = build_story(project.config)
    actor = story.actors[0]
    (project.docs / "background.md").write_text(f"# Background\n\nSee [[{actor.name}]].\n", encoding="utf-8")


def _smaller_chronology_pages(project: Project) -> None:
    settings = project.config_file
    settings.write_text(settings.read_text(encoding="utf-8") + "\nchronology_page_size: 3\n", encoding="utf-8")


EDITS: dict[str, Callable[[Project], None]] = {
    "paragraph text": _edit_paragraph, "article title": _retitle, "article removed": _remove_article,
    "registry role and alias": _registry, "registry rename": _rename, "event correction": _event_correction,
    "enrichment page": _enrichment, "writer page backlink": _writer_page, "settings": _smaller_chronology_pages,
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_a_page_whose_text_changes_gets_a_new_key(make_project, edit):
    project = make_project(EVAL)
    before_pages, before_keys = pages_and_keys(project.config)
    EDITS[edit](project)
    after_pages, after_keys = pages_and_keys(load_config(project.config_file))
    changed = [p for p in after_pages if p in before_pages and after_pages[p] != before_pages[p] and p in after_keys]
    stale = [p for p in changed if before_keys.get(p) == after_keys[p]]
    assert changed, f"the edit ({edit}) changes some cached page"
    assert stale == [], f"{edit}: these pages changed but kept their key, so a cache would serve them stale"
    kept = [p for p in after_keys if before_keys.get(p) == after_keys[p]]
    assert kept, f"{edit}: most pages keep their key"


def test_a_second_run_reuses_pages_and_writes_the_same(make_project):
    project = make_project(EVAL)
    pipeline.generate(project.config)
    first = {p: p.read_bytes() for p in project.docs.rglob("*.md")}
    second = pipeline.generate(project.config)
    assert {p: p.read_bytes() for p in project.docs.rglob("*.md")} == first
    assert second.pages.written == ()


def test_incremental_run_equals_a_fresh_run(tmp_path, make_project):
    """One article added to a cached project gives byte for byte what a project without a cache gives."""
    project = make_project(EVAL)
    newest = sorted(project.input.iterdir())[-1]
    shutil.move(newest, tmp_path / newest.name)
    pipeline.generate(project.config)
    shutil.move(tmp_path / newest.name, newest)
    pipeline.generate(project.config)
    cached = {p.relative_to(project.docs): p.read_bytes() for p in project.docs.rglob("*") if p.is_file()}

    fresh_config = dataclasses.replace(project.config, cache_dir=tmp_path / "empty-cache",
                                       docs_dir=tmp_path / "fresh-docs")
    shutil.copytree(project.docs, fresh_config.docs_dir,
                    ignore=shutil.ignore_patterns("articles", "actors", "venues", "chronology", ".generated.json"))
    pipeline.generate(fresh_config)
    fresh = {p.relative_to(fresh_config.docs_dir): p.read_bytes() for p in fresh_config.docs_dir.rglob("*")
             if p.is_file()}
    assert cached.keys() == fresh.keys()
    assert [p for p in cached if cached[p] != fresh[p]] == []


def test_a_hand_edited_page_is_not_reused_but_reported(make_project):
    project = make_project(EVAL)
    pipeline.generate(project.config)
    page = next((project.docs / "actors").glob("[a-z]*.md"))
    page.write_text(page.read_text(encoding="utf-8") + "\nMy note.\n", encoding="utf-8")
    with pytest.raises(OwnershipError, match="edited by hand"):
        pipeline.generate(project.config)
    assert page.read_text(encoding="utf-8").endswith("My note.\n"), "the edit is kept"


def test_a_damaged_cache_index_means_rendering_everything(make_project):
    project = make_project(EVAL)
    pipeline.generate(project.config)
    (project.config.cache_dir / "pages.json").write_text("{not json", encoding="utf-8")
    before = {p: p.read_bytes() for p in project.docs.rglob("*.md")}
    pipeline.generate(project.config)
    assert {p: p.read_bytes() for p in project.docs.rglob("*.md")} == before


def test_companion_counts_are_part_of_an_actor_s_key():
    """B moves from two mentions in one shared paragraph to one in each of two: A's co-mention sums
    stay the same, its count of shared paragraphs (shown on its page) does not."""
    from generator.model import Article, Block, Entity, EntityKind, Mention, SourceRef, Story
    from generator.render.context import Site, inputs_digest
    from generator.render.entities import entity_inputs

    text = "X met Y. " * 3
    article = Article("a1", "T", None, "a1.txt", tuple(Block("paragraph", text, n) for n in (1, 2, 3)))

    def mention(paragraph: int, start: int, name: str) -> Mention:
        return Mention(SourceRef("a1", paragraph), start, start + 1, text[start], name, EntityKind.PERSON, name, "r")

    a = Entity("a", "A", EntityKind.PERSON, (), (mention(1, 0, "A"), mention(1, 9, "A"), mention(2, 0, "A"),
                                                 mention(3, 0, "A")))
    keys = []
    for b_mentions in ((mention(1, 6, "B"), mention(1, 15, "B")), (mention(2, 6, "B"), mention(3, 6, "B"))):
        b = Entity("b", "B", EntityKind.PERSON, (), b_mentions)
        keys.append(inputs_digest(entity_inputs(Site.of(Story((article,), actors=(a, b))), a)))
    assert keys[0] != keys[1]
