"""``generator.evaluate``: the measures on small hand-made exports, rule by rule."""
from __future__ import annotations

import pytest

from generator.errors import InputError
from generator.evaluate import date_ok, evaluate, fold, load_gold

GOLD = {
    "_file": "a.yml",
    "article": {"title": "Talks open in Geneva", "date": "2025-03-12"},
    "actors": [
        {"name": "Lena Okafor", "kind": "person", "aliases": ["Okafor", "Ms Okafor"]},
        {"name": "Kenya", "kind": "state", "aliases": ["Kenya", "Nairobi"]},
        {"name": "Reuters", "kind": "organisation", "optional": True},
    ],
    "venues": [{"name": "Geneva", "kind": "city"}],
    "other_named": [{"name": "Air Force One", "kind": "plane"}],
    "events": [
        {"date": "2025-03-10", "precision": "day", "summary": "Okafor opens talks in Geneva",
         "actors": ["Lena Okafor"], "venue": "Geneva", "status": "happened"},
        {"date": "2025-03-15", "precision": "month-part", "summary": "Kenya hosts a summit",
         "actors": ["Kenya"], "venue": None, "status": "planned"},
    ],
    "quotes": [{"text": "We are close", "speaker": "Lena Okafor"},
               {"text": "It is final", "speaker": "unnamed official"}],
}


def export(**changes) -> dict:
    base = {
        "articles": [{"id": "talks", "title": "Talks open in Geneva", "date": "2025-03-12"}],
        "actors": [{"id": "lena-okafor", "name": "Lena Okafor", "kind": "person", "aliases": ["Okafor"]},
                   {"id": "kenya", "name": "Kenya", "kind": "state", "aliases": []}],
        "venues": [{"id": "geneva", "name": "Geneva", "kind": "city", "aliases": []}],
        "events": [{"id": "e1", "date": "2025-03-10", "precision": "day", "summary": "Okafor opened talks",
                    "actors": ["lena-okafor"], "venues": ["geneva"], "sources": [{"article": "talks"}]},
                   {"id": "e2", "date": "2025-03-20", "precision": "day", "summary": "Kenya will host a summit",
                    "actors": ["kenya"], "venues": [], "sources": [{"article": "talks"}]}],
        "quotes": [{"speaker": "lena-okafor", "text": "We are close, she said"},
                   {"speaker": None, "text": "It is final"}],
    }
    return base | changes


def test_a_perfect_export_scores_one_everywhere():
    assert evaluate(export(), [GOLD]).measures == {"actors_f1": 1.0, "venues_f1": 1.0, "events_found": 1.0,
                                                 "dated_right": 1.0, "quotes_found": 1.0, "attributed": 1.0}


def test_a_second_entity_for_one_gold_entity_is_a_split():
    actors = export()["actors"] + [{"id": "okafor", "name": "Ms Okafor", "kind": "person", "aliases": []}]
    result = evaluate(export(actors=actors), [GOLD])
    assert result.actors.split == ["Ms Okafor (again Lena Okafor)"]
    assert result.actors.precision == pytest.approx(2 / 3)


def test_optional_and_other_named_things_are_neither_required_nor_penalised():
    actors = export()["actors"] + [{"id": "reuters", "name": "Reuters", "kind": "organisation", "aliases": []},
                                   {"id": "air", "name": "Air Force One", "kind": "organisation", "aliases": []}]
    assert evaluate(export(actors=actors), [GOLD]).actors.f1 == 1.0


def test_an_event_needs_its_participants_and_a_date_right_to_its_precision():
    events = export()["events"]
    events[0] = events[0] | {"date": "2025-03-11"}  # a day off: wrong at day precision
    result = evaluate(export(events=events), [GOLD])
    assert (result.events.found, result.events.dated_ok) == (2, 1)
    assert result.events.wrong_dates == ["a.yml: Okafor opens talks in Geneva — gold 2025-03-10 (day), "
                                         "got 2025-03-11 (day)"]


def test_an_unnamed_official_is_attributed_right_when_no_person_is_named():
    quotes = [{"speaker": "kenya", "text": "We are close"}, {"speaker": "lena-okafor", "text": "It is final"}]
    result = evaluate(export(quotes=quotes), [GOLD])
    assert (result.quotes.found, result.quotes.attributed) == (2, 0)


@pytest.mark.parametrize("predicted, gold, right", [
    ("2025-03-13", {"date": "2025-03-15", "precision": "week"}, True),
    ("2025-03-10", {"date": "2025-03-15", "precision": "week"}, False),
    ("2025-03-25", {"date": "2025-03-28", "precision": "month-part"}, True),
    ("2025-03-01", {"date": "2025-03-28", "precision": "month"}, True),
    ("XXXX-03-02", {"date": "2026-03-02", "precision": "day"}, True),
])
def test_date_precision_rules(predicted, gold, right):
    assert date_ok(predicted, gold, article_dated=False) is right


def test_names_are_folded():
    assert fold("The Türkiye’s") == "turkiye"


def test_a_gold_file_without_a_title_names_the_file(tmp_path):
    (tmp_path / "a.yml").write_text("actors: []\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"a\.yml: expected 'article:'"):
        load_gold(tmp_path)
