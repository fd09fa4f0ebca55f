"""Optional statistical NER (spaCy) on top of the rules: ``extractor: spacy`` in the settings.

Never required: spaCy and its model are the user's install
(``pip install spacy && python -m spacy download en_core_web_sm``, model
name in ``site_config/generator.yml``). The rules run first; spaCy adds the
people and organisations they missed, and confirms the lone capitalised words
the rules keep only as surname candidates ("Hamas said …"); each such mention
is marked "spaCy NER <label>".
"""
from __future__ import annotations

from dataclasses import replace

from generator.errors import GeneratorError
from generator.model import Article, EntityKind, Extraction, Mention, SourceRef
from generator.slugs import fold

LABELS = {"PERSON": EntityKind.PERSON, "ORG": EntityKind.ORGANISATION, "NORP": EntityKind.GROUP}


class SpacyExtractor:
    name = "rules+spacy"

    def __init__(self, rules, model: str | None, nlp=None):
        self.rules, self.model, self._nlp = rules, model, nlp
        self.name = f"rules+spacy:{model}"

    def extract(self, article: Article) -> Extraction:
        found = self.rules.extract(article)
        mentions = list(found.mentions)
        for block in article.paragraphs:
            mentions = self._merge(SourceRef(article.slug, block.number), block.text, mentions)
        return replace(found, mentions=tuple(mentions))

    def _merge(self, source: SourceRef, text: str, mentions: list[Mention]) -> list[Mention]:
        for entity in self.nlp(text).ents:
            kind = LABELS.get(entity.label_)
            if kind is None or not entity.text[:1].isupper():
                continue
            here = [m for m in mentions if m.source == source and m.start < entity.end_char and entity.start_char < m.end]
            candidate = [m for m in here if m.key.startswith("surname:")
                         and (m.start, m.end) == (entity.start_char, entity.end_char)]
            if here and not candidate:
                continue  # the rules found it already: they keep their kind and rule
            mentions = [m for m in mentions if m not in candidate] + [_mention(source, entity, kind)]
        return sorted(mentions, key=lambda m: (m.source.paragraph, m.start))

    @property
    def nlp(self):
        if self._nlp is None:
            self._nlp = _load(self.model)
        return self._nlp


def _mention(source: SourceRef, entity, kind: EntityKind) -> Mention:
    prefix = {EntityKind.PERSON: "person", EntityKind.GROUP: "group"}.get(kind, "org")
    key = f"{prefix}:{' '.join(fold(entity.text).lower().split())}"
    return Mention(source, entity.start_char, entity.end_char, entity.text, entity.text, kind, key,
                   f"spaCy NER {entity.label_}")


def _load(model: str | None):
    if not model:
        raise GeneratorError("extractor 'spacy' needs a model name: set 'spacy_model' in site_config/generator.yml "
                             "(for example en_core_web_sm)")
    try:
        import spacy
    except ImportError:
        raise GeneratorError("extractor 'spacy' needs spaCy: pip install spacy (or set 'extractor: rules')") from None
    try:
        return spacy.load(model)
    except OSError:
        raise GeneratorError(f"the spaCy model '{model}' is not installed: python -m spacy download {model}") from None
