"""Stage 2, extract: one ``Article`` → one ``Extraction`` (mentions, role references, quotes, events).

An extractor is anything with ``name`` and ``extract(article)``. The default
is rule-based and needs no model; ``extractor: spacy`` in the settings adds a
statistical NER for people and organisations (an optional extra).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from generator.config import Config
from generator.extract.events import find_events
from generator.extract.lexicon import load_lexicon
from generator.extract.names import SentenceContext, spot_sentence
from generator.extract.quotes import find_quotes
from generator.extract.text import tokenize
from generator.gazetteer import load_gazetteer
from generator.model import Article, EntityKind, Extraction, Mention, SourceRef


class Extractor(Protocol):
    name: str

    def extract(self, article: Article) -> Extraction: ...


class RuleExtractor:
    """Gazetteers and patterns; deterministic and fast."""

    name = "rules"

    def __init__(self) -> None:
        self.lexicon = load_lexicon()
        self.gazetteer = load_gazetteer()

    def extract(self, article: Article) -> Extraction:
        lowercase = _lowercase_words(article)
        mentions, roles, quotes, events = [], [], [], []
        last_person: Mention | None = None
        for block in article.paragraphs:
            source = SourceRef(article.slug, block.number)
            sentences = tokenize(block.text)
            found = [self._spot(block.text, s, source, lowercase) for s in sentences]
            para_mentions = [m for ctx in found for m in ctx.mentions]
            para_roles = [r for ctx in found for r in ctx.role_references]
            quotes += find_quotes(block.text, sentences, source, para_mentions, para_roles, last_person, self.lexicon)
            events += find_events(block.text, sentences, source, para_mentions, article.date, self.lexicon, last_person)
            mentions += para_mentions
            roles += para_roles
            persons = [m for m in para_mentions if m.kind is EntityKind.PERSON]
            last_person = persons[-1] if persons else last_person
        mentions = _join_group_adjectives(_prefer_named_countries(mentions))
        return Extraction(article.slug, tuple(mentions), tuple(quotes), tuple(roles), tuple(events))

    def _spot(self, text, sentence, source, lowercase) -> SentenceContext:
        ctx = SentenceContext(text, sentence, source, self.lexicon, self.gazetteer, lowercase)
        spot_sentence(ctx)
        return ctx


def make_extractor(config: Config) -> Extractor:
    if config.extractor == "spacy":
        from generator.extract.spacy_ner import SpacyExtractor

        return SpacyExtractor(RuleExtractor(), config.spacy_model)
    return RuleExtractor()


def extract_all(articles: tuple[Article, ...], extractor: Extractor) -> tuple[Extraction, ...]:
    return tuple(extractor.extract(article) for article in articles)


def _prefer_named_countries(mentions: list[Mention]) -> list[Mention]:
    """"Congo" in an article about the Democratic Republic of Congo means that country."""
    countries = {m.name: m for m in mentions if m.key.startswith("country:")}
    result = []
    for mention in mentions:
        fuller = [c for name, c in countries.items()
                  if mention.key.startswith("country:") and name != mention.name
                  and f" {mention.text} " in f" {name} " and len(name) > len(mention.text)]
        if len(fuller) == 1:
            mention = replace(mention, name=fuller[0].name, key=fuller[0].key, coordinates=fuller[0].coordinates)
        result.append(mention)
    return result


def _join_group_adjectives(mentions: list[Mention]) -> list[Mention]:
    """"Houthi fighters" in an article about "the Houthis": the lone word names the group."""
    groups = {m.name[:-1]: m for m in mentions if m.kind is EntityKind.GROUP}
    result = []
    for mention in mentions:
        group = groups.get(mention.text) if mention.key.startswith("surname:") else None
        if group is not None:
            mention = replace(mention, name=group.name, kind=EntityKind.GROUP, key=group.key,
                              rule="adjective of a group")
        result.append(mention)
    return result


def _lowercase_words(article: Article) -> frozenset[str]:
    """Words the article itself writes in lower case: evidence that they are not names."""
    words = set()
    for block in article.blocks:
        for word in block.text.replace("’", "'").split():
            word = word.strip(".,;:!?\"“”()'")
            if word and word[0].islower():
                words.add(word.lower())
    return frozenset(words)
