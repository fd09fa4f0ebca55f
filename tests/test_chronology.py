"""Stage 4, chronology: small corpora (``tests/fixtures/extract/<case>/``) through ``build_story``.

Events are found by a piece of their summary. Dates are checked against each
article's own date line: 2026-02-03 is a Tuesday, so "on Saturday" is 31 January.
Writers' corrections come from ``tests/fixtures/extract/events_yml/<case>.yml``,
copied to the project's ``content/events.yml``.
"""
from __future__ import annotations

import shutil

import pytest
from conftest import FIXTURES, create_project

from generator.errors import InputError
from generator.model import Event, Story
from generator.pipeline import build_story

CASES = "extract"
EVENTS_YML = FIXTURES / CASES / "events_yml"
DISPUTE = "kenya-and-norway-dispute-fishing-rights"  # the slug of corrections/001_kenya_norway_dispute.txt



def events_with(story: Story, text: str) -> list[Event]:
    return [e for e in story.events if text in e.summary]


def the_event(story: Story, text: str) -> Event:
    found = events_with(story, text)
    assert len(found) == 1, [e.summary for e in story.events]
    return found[0]


def sources(event: Event) -> set[tuple[str, int]]:
    return {(s.article, s.paragraph) for s in event.sources}


# --- one event per happening ------------------------------------------------------------


def test_same_event_in_two_articles_is_one_event_with_two_sources(make_project):
    story = build_story(make_project(f"{CASES}/same_event_two_reports").config)
    met = [e for e in story.events if "Bram Tessel" in e.summary]
    assert len(met) == 1, [e.summary for e in story.events]
    event = met[0]
    assert sources(event) == {("kenya-and-norway-hold-talks-in-doha", 1),
                              ("doha-meeting-opens-a-channel-between-kenya-and-norway", 2)}
    assert set(event.actors) == {"lena-okafor", "bram-tessel", "kenya", "norway"}
    assert event.venues == ("doha",)
    # "on Saturday" (article of Tuesday 3 February) is more precise than "last weekend" (of 5 February)
    assert (event.date.iso(), event.date.precision.value, event.date_basis) == ("2026-01-31", "day", "text")


@pytest.mark.parametrize("case", [
    pytest.param("different_events_other_venues", id="other-venues"),
    pytest.param("different_events_same_month", id="same-month-other-days"),
])
def test_two_events_with_the_same_two_states_stay_two(make_project, case):
    story = build_story(make_project(f"{CASES}/{case}").config)
    signed = events_with(story, "signed a")
    assert sorted((e.date.iso(), len(e.sources)) for e in signed) == [("2026-02-02", 1), ("2026-02-20", 1)]
    assert all(set(e.actors) == {"kenya", "norway"} for e in signed)


def test_a_happening_and_a_state_going_on_the_same_day_stay_two(make_project):
    story = build_story(make_project(f"{CASES}/a_deal_and_work_going_on").config)
    signed, working = the_event(story, "signed a fisheries deal"), the_event(story, "have been working")
    assert signed.slug != working.slug
    assert len(signed.sources) == len(working.sources) == 1


def test_a_plan_for_a_month_and_a_happening_on_a_day_of_it_with_one_word_in_common_stay_two(make_project):
    story = build_story(make_project(f"{CASES}/a_plan_in_a_month_and_a_day_it_happened").config)
    gathered, urging = the_event(story, "gathered in Arendal"), the_event(story, "are urging Norway")
    assert gathered.slug != urging.slug
    assert (gathered.date.iso(), gathered.status.value) == ("2025-06-25", "happened")


def test_a_happening_dated_to_the_day_is_kept_though_it_names_no_one(make_project):
    story = build_story(make_project(f"{CASES}/a_day_and_no_one").config)
    abducted = the_event(story, "were abducted")
    assert (abducted.date.iso(), abducted.actors, abducted.venues) == ("2026-03-10", (), ())


def test_an_officer_named_by_a_country_s_role_takes_part(make_project):
    story = build_story(make_project(f"{CASES}/an_officer_named_by_a_country_s_role").config)
    met = the_event(story, "met the Polish prime minister")
    assert {"bruno-tell", "jan-kowalski", "poland"} <= set(met.actors)


# --- dates and status, resolved against each article ------------------------------------


@pytest.fixture(scope="module")
def dates_story(tmp_path_factory) -> Story:
    project = create_project(tmp_path_factory.mktemp("dates") / "project", f"{CASES}/dates_and_status")
    return build_story(project.config)


# summary text → (iso date, precision, status, date basis); 001 is dated Tuesday 2026-02-03, 002 is undated
DATES = [
    pytest.param("traded accusations", "2026-02-03", "day", "happened", "publication", id="lead-dated-by-publication"),
    pytest.param("expelled two Kenyan diplomats", "2026-01-31", "day", "happened", "text", id="on-saturday"),
    pytest.param("summoned Kenya's ambassador", "2026-01-26", "week", "happened", "text", id="last-week"),
    pytest.param("hold talks in Nairobi in mid-March", "2026-03-15", "month-part", "planned", "text",
                 id="mid-march-planned"),
    pytest.param("will visit Oslo on Friday", "2026-02-06", "day", "planned", "text", id="future-weekday"),
    pytest.param("possible meeting", None, "unknown", "proposed", "none", id="proposed"),
    pytest.param("is deploying patrol boats", None, "unknown", "ongoing", "none", id="ongoing"),
    pytest.param("called off a visit", None, "unknown", "cancelled", "none", id="cancelled"),
    pytest.param("rejected the plan", "2026-02-01", "day", "happened", "text", id="noun-plan-is-not-planned"),
    pytest.param("rejected the proposal", "2026-02-01", "day", "happened", "text",
                 id="noun-proposal-is-not-proposed"),
    pytest.param("car bomb exploded", "2026-01-30", "day", "happened", "text", id="a-dated-happening-at-a-place"),
    # the undated article: no year, and no weekday resolved; its lead is not dated
    pytest.param("sparred over fishing rights", None, "unknown", "happened", "none", id="undated-lead"),
    pytest.param("seized a Kenyan trawler", None, "unknown", "happened", "none", id="undated-weekday"),
    pytest.param("host a summit in mid-April", "XXXX-04-15", "month-part", "planned", "text", id="undated-mid-april"),
]


@pytest.mark.parametrize("text, iso, precision, status, basis", DATES)
def test_dates_and_status(dates_story, text, iso, precision, status, basis):
    event = the_event(dates_story, text)
    assert (event.date.iso(), event.date.precision.value, event.status.value, event.date_basis) == \
        (iso, precision, status, basis)


def test_each_event_cites_its_own_article(dates_story):
    articles = {e.sources[0].article for e in dates_story.events}
    assert articles == {"kenya-and-norway-trade-accusations-over-fishing-rights",
                        "what-the-fishing-dispute-means-for-kenya"}
    assert all(len(e.sources) == 1 for e in dates_story.events)


# --- the writer's corrections: content/events.yml ---------------------------------------


def corrected(make_project, case: str | None) -> tuple[Story, object]:
    project = make_project(f"{CASES}/corrections")
    if case is not None:
        shutil.copy2(EVENTS_YML / f"{case}.yml", project.root / "content" / "events.yml")
    return build_story(project.config), project


def summary_of(event: Event) -> tuple:
    return (event.date.iso(), event.date.precision.value, event.status.value, event.date_basis, event.summary,
            event.actors, event.venues, tuple(sorted(sources(event))))


def test_uncorrected_events(make_project):
    story, _ = corrected(make_project, None)
    assert [(e.date.iso(), e.date.precision.value, e.status.value, e.date_basis, e.sources[0].paragraph)
            for e in story.events] == [
        ("2026-01-01", "year", "planned", "text", 3),    # "… joint naval exercise later this year."
        ("2026-01-26", "week", "happened", "text", 5),   # "… summoned Kenya's ambassador last week."
        ("2026-01-31", "day", "happened", "text", 2),    # "… expelled two Kenyan diplomats on Saturday."
        ("2026-02-03", "day", "happened", "publication", 1),
        ("2026-02-03", "day", "happened", "publication", 4),  # "… a misunderstanding, officials said.": the lead's day
    ]
    assert story.problems == ()


def test_correction_of_date_precision_status_and_summary(make_project):
    story, _ = corrected(make_project, "date_precision_status_summary")
    event = the_event(story, "mid-May")
    assert summary_of(event) == ("2026-05-15", "month-part", "proposed", "editor",
                                 "Kenya and Norway may hold a joint naval exercise in mid-May",
                                 ("kenya", "norway"), (), ((DISPUTE, 3),))
    assert events_with(story, "later this year") == []
    assert len(story.events) == 5 and story.problems == ()


def test_correction_of_precision_only(make_project):
    story, _ = corrected(make_project, "precision_only")
    event = the_event(story, "traded accusations")
    assert (event.date.year, event.date.month, event.date.day, event.date.precision.value, event.date_basis) == \
        (2026, 2, 1, "month", "editor")
    assert event.date.label() == "February 2026"


def test_correction_hides_an_event(make_project):
    story, _ = corrected(make_project, "hide")
    assert events_with(story, "misunderstanding") == []
    assert len(story.events) == 4 and story.problems == ()


def test_correction_merges_events(make_project):
    story, _ = corrected(make_project, "merge")
    event = the_event(story, "expelled two Kenyan diplomats")
    assert sources(event) == {(DISPUTE, 2), (DISPUTE, 5)}
    assert (event.date.iso(), event.date.precision.value) == ("2026-01-31", "day")  # the day beats the week
    assert events_with(story, "summoned") == []
    assert len(story.events) == 4 and story.problems == ()


def test_correction_adds_an_event(make_project):
    story, _ = corrected(make_project, "new_event")
    event = the_event(story, "Talks open in Nairobi")
    assert summary_of(event) == ("2026-02-20", "day", "happened", "editor", "Talks open in Nairobi",
                                 ("kenya", "norway"), ("nairobi",), ((DISPUTE, 6),))
    assert len(story.events) == 6 and story.problems == ()


def test_added_event_citing_no_real_paragraph_is_left_out_and_reported(make_project):
    story, _ = corrected(make_project, "new_event_bad_citation")
    assert not [e for e in story.events if e.summary == "Talks open in Nairobi"]
    assert sorted(str(p).split(": ", 1)[1] for p in story.problems) == [
        "the event 'Talks open in Nairobi' cites paragraph 2 of 'no-such-article', which does not exist",
        "the event 'Talks open in Nairobi' cites paragraph 99 of 'kenya-and-norway-dispute-fishing-rights', "
        "which does not exist"]


def test_correction_that_matches_nothing_is_reported_naming_events_yml(make_project):
    story, _ = corrected(make_project, "unmatched")
    problem, = story.problems
    assert isinstance(problem, InputError)
    assert problem.path == "content/events.yml"
    assert "'a summit that never was'" in str(problem)
    assert str(problem).startswith("content/events.yml:2: no event contains")
    assert len(story.events) == 5  # nothing else changed


def test_corrections_survive_an_edit_elsewhere_in_the_article(make_project):
    story, project = corrected(make_project, "date_precision_status_summary")
    assert the_event(story, "mid-May").date.iso() == "2026-05-15"
    article = project.input / "001_kenya_norway_dispute.txt"
    text = article.read_text(encoding="utf-8")
    edited = text.replace("Kenya described the dispute as a misunderstanding, officials said.",
                          "Kenya described the dispute as a regrettable misunderstanding, officials said on Monday.")
    assert edited != text
    article.write_text(edited, encoding="utf-8")
    story = build_story(project.config)
    assert the_event(story, "regrettable misunderstanding").date.iso() == "2026-02-02"  # the edit is seen
    event = the_event(story, "mid-May")
    assert summary_of(event)[:5] == ("2026-05-15", "month-part", "proposed", "editor",
                                     "Kenya and Norway may hold a joint naval exercise in mid-May")
    assert story.problems == ()


def test_event_anchors_survive_a_new_article(make_project):
    """A reader's link to an event (its slug is its anchor) must not move when the corpus grows."""
    project = make_project(f"{CASES}/corrections")
    before = {e.slug for e in build_story(project.config).events}
    (project.config.inputs[0] / "999_later.txt").write_text(
        "Kenya and Norway resume fishing talks\n2026-02-10 - 09:00\n"
        "Kenya and Norway agreed on Monday to resume talks on fishing rights in Oslo.\n", encoding="utf-8")
    after = {e.slug for e in build_story(project.config).events}
    assert before and before <= after and len(after) > len(before)


# --- officials act for their states ------------------------------------------------------


def test_an_officials_event_is_also_her_states_and_does_not_merge_by_it(make_project):
    story = build_story(make_project(f"{CASES}/officials_act_for_states").config)
    accord, pact = the_event(story, "trade accord"), the_event(story, "fisheries pact")
    assert set(accord.actors) == {"lena-okafor", "kenya"}
    assert set(pact.actors) == {"lena-okafor", "kenya"}
    # one named participant in common, same day, same event word: her state alone does not make them one
    assert accord.slug != pact.slug


def test_a_day_and_another_week_of_its_month_stay_two(make_project):
    story = build_story(make_project(f"{CASES}/a_day_and_another_week_of_its_month").config)
    took_effect, expected = the_event(story, "took effect"), the_event(story, "said last week")
    assert took_effect.slug != expected.slug
    assert (expected.date.iso(), expected.date.precision.value) == ("2021-06-14", "week")  # its Monday


def test_a_day_and_the_end_of_its_month_stay_two(make_project):
    story = build_story(make_project(f"{CASES}/a_day_and_a_later_part_of_its_month").config)
    summit, proposed = the_event(story, "will meet in Lamu"), the_event(story, "proposed that")
    assert summit.slug != proposed.slug
    assert (proposed.date.iso(), proposed.date.precision.value) == ("2025-08-25", "month-part")
