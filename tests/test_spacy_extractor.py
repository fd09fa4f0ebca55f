"""The optional spaCy extractor, with a stand-in pipeline: spaCy itself is never required."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from generator.errors import GeneratorError
from generator.extract import RuleExtractor
from generator.extract.spacy_ner import SpacyExtractor
from generator.model import Article, Block


@dataclass
class Span:
    text: str
    start_char: int
    end_char: int
    label_: str


class FakeNlp:
    """Finds the spans it was told to, the way spaCy's ``doc.ents`` reports them."""

    def __init__(self, *found: tuple[str, str]):
        self.found = found

    def __call__(self, text: str):
        ents = [Span(t, text.index(t), text.index(t) + len(t), label) for t, label in self.found if t in text]
        return type("Doc", (), {"ents": ents})()


def article(text: str) -> Article:
    return Article("a", "A", None, "a.txt", (Block("paragraph", text, 1),))


def test_spacy_confirms_a_lone_word_the_rules_only_kept_as_a_candidate():
    text = "Hamas said on Monday that talks in Ankara would go on, and kemi ade agreed."
    nlp = FakeNlp(("Hamas", "ORG"), ("kemi ade", "PERSON"), ("Ankara", "GPE"))
    rules_only = RuleExtractor().extract(article(text))
    assert [m.key for m in rules_only.mentions if m.text == "Hamas"] == ["surname:hamas"]
    found = SpacyExtractor(RuleExtractor(), "stand-in", nlp=nlp).extract(article(text))
    assert [(m.kind.value, m.key, m.rule) for m in found.mentions if m.text == "Hamas"] == [
        ("organisation", "org:hamas", "spaCy NER ORG")]
    assert not any(m.text == "kemi ade" for m in found.mentions)  # not a capitalised name
    assert [m.rule for m in found.mentions if m.text == "Ankara"] == ["gazetteer city"]  # the rules keep theirs


def test_spacy_never_overlaps_a_rule_mention():
    text = "Foreign Minister Abbas Araghchi spoke."
    nlp = FakeNlp(("Minister Abbas", "PERSON"))
    found = SpacyExtractor(RuleExtractor(), "stand-in", nlp=nlp).extract(article(text))
    assert [m.rule for m in found.mentions] == ["title before name"]


def test_a_missing_model_name_is_a_clear_error():
    with pytest.raises(GeneratorError, match="spacy_model"):
        SpacyExtractor(RuleExtractor(), None).extract(article("Text."))
