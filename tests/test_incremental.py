"""One new article changes only the pages it concerns.

Serve and CI rebuild what changed, so a page must not depend on the whole
corpus when its own facts did not change: chronology parts do not shift,
actor pages do not redraw because two other actors met elsewhere.
"""
from __future__ import annotations

import dataclasses
import html
import re
import shutil

from conftest import REPO

from generator import pipeline
from generator.config import load_config
from generator.pipeline import build_story
from generator.render import render_site
from generator.render.chronology import chronology_layout

EVAL = REPO / "tests" / "eval" / "dev" / "articles"


def _small_pages(config, size: int = 2):
    return dataclasses.replace(config, chronology_page_size=size)


def test_undated_events_keep_their_page_when_another_is_added(make_project):
    config = _small_pages(make_project(EVAL).config)
    events = build_story(config).events
    undated = [e for e in events if not e.date.known]
    assert len(undated) > 4 * config.chronology_page_size, "enough undated events for several parts"
    before = chronology_layout(tuple(e for e in events if e is not undated[0]), config)
    after = chronology_layout(events, config)
    moved = {slug for slug, page in before.items() if after[slug] != page}
    assert len(set(after.values())) > 3, "the chronology is paged"
    assert moved == set(), f"adding one undated event moved others: {sorted(moved)}"


def test_adding_an_article_rewrites_only_pages_about_it(tmp_path, make_project):
    project = make_project(EVAL)
    articles = sorted(project.input.iterdir())
    newest = articles[-1]
    shutil.move(newest, tmp_path / newest.name)
    config = load_config(project.config_file)
    pipeline.generate(config)
    before = {p.relative_to(config.docs_dir).as_posix(): p.read_bytes() for p in config.docs_dir.rglob("*.md")}
    story_before = build_story(config)
    events_before = {event.slug: event for event in story_before.events}
    shutil.move(tmp_path / newest.name, newest)
    pipeline.generate(config)
    after = {p.relative_to(config.docs_dir).as_posix(): p.read_bytes() for p in config.docs_dir.rglob("*.md")}
    changed = {page for page in after if before.get(page) != after[page]}

    story = build_story(config)
    slug = next(a.slug for a in story.articles if a.source_path.endswith(newest.name))
    concerned = {f"{'actors' if e.is_actor else 'venues'}/{e.slug}.md" for e in story.actors + story.venues
                 if slug in e.articles}
    event_pages = {f"{'actors' if e.is_actor else 'venues'}/{e.slug}.md" for e in story.actors + story.venues
                   for event in story.events if e.slug in event.actors + event.venues
                   and any(s.article == slug for s in event.sources)}
    entity_pages = {p for p in changed if p.startswith(("actors/", "venues/")) and "/_" not in p
                    and not p.endswith("index.md") and "/by-name/" not in p}  # A–Z index pages list the newcomers
    # What the new article tells about people named elsewhere reaches their events there: a role named in an
    # older article ("Russia's UN ambassador") now has a holder, a name spelt two ways its most used spelling.
    told_elsewhere = {f"{'actors' if e.is_actor else 'venues'}/{e.slug}.md" for e in story.actors + story.venues
                      for event in story.events if e.slug in event.actors + event.venues
                      and event.slug in events_before
                      and set(event.actors) != set(events_before[event.slug].actors)}
    renamed = {e.slug for e in story_before.actors + story_before.venues} - \
        {e.slug for e in story.actors + story.venues}
    linking_renamed = {page for page in entity_pages if any(f"/{slug}/" in before.get(page, b"").decode()
                                                            or f"{slug}.md" in before.get(page, b"").decode()
                                                            for slug in renamed)}
    assert entity_pages, "the new article's actors and venues got new mentions"
    allowed = concerned | event_pages | told_elsewhere | linking_renamed
    assert entity_pages <= allowed, sorted(entity_pages - allowed)


def test_an_actor_graph_draws_only_the_actor_s_own_ties(make_project):
    """Ties between two neighbours would redraw this page whenever they meet in another article."""
    config = make_project(EVAL).config
    story = build_story(config)
    pages = render_site(story, config)
    checked = 0
    for actor in story.actors:
        page = pages[f"actors/{actor.slug}.md"]
        ties = re.findall(r"<line [^>]*><title>([^<]*): \d+ shared paragraphs?</title>", page)
        for tie in ties:
            assert actor.name in html.unescape(tie).split(" – "), (actor.slug, tie)
        checked += len(ties) > 1
    assert checked >= 5, "several actors have a graph with more than one tie"
