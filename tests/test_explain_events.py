"""``explain`` answers "why is this dated …?" for an event found by words of its summary."""
from __future__ import annotations

import shutil

import pytest
from conftest import FIXTURES

from generator.errors import GeneratorError
from generator.explain import explain_entity
from generator.pipeline import build_story

CASES = "extract"


def test_an_event_dated_by_its_own_words_names_them_and_the_paragraph(make_project):
    story = build_story(make_project(f"{CASES}/corrections").config)
    text = explain_entity(story, "expelled two Kenyan diplomats")
    assert "31 January 2026 (day, happened)" in text
    assert "dated by: the words “Saturday” in paragraph 2 of 'kenya-and-norway-dispute-fishing-rights'" in text
    assert "Norway" in text and "¶2" in text


def test_an_event_dated_by_the_publication_says_so(make_project):
    story = build_story(make_project(f"{CASES}/corrections").config)
    assert "dated by: the publication date: paragraph 1 of 'kenya-and-norway-dispute-fishing-rights' tells no time " \
        "of its own for it" in explain_entity(story, "traded accusations over fishing rights")


def test_an_editor_date_names_the_events_yml_line(make_project):
    project = make_project(f"{CASES}/corrections")
    shutil.copy2(FIXTURES / CASES / "events_yml" / "date_precision_status_summary.yml",
                 project.root / "content" / "events.yml")
    story = build_story(project.config)
    text = explain_entity(story, "may hold a joint naval exercise")
    assert "mid-May 2026 (month-part, proposed)" in text
    assert "dated by: content/events.yml, line 3" in text


def test_words_matching_nothing_are_a_clear_error(make_project):
    story = build_story(make_project(f"{CASES}/corrections").config)
    with pytest.raises(GeneratorError, match="no event summary contains it"):
        explain_entity(story, "zzz no such words")
