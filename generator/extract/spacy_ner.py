"""Optional statistical NER (spaCy) on top of the rules: ``extractor: spacy`` in the settings.

Never required: spaCy and its model are the user's install
(``pip install spacy && python -m spacy download en_core_web_sm``, model
name in ``site_config/generator.yml``). The rules run first; spaCy adds the
people and organisations they missed, each mention marked "spaCy NER".
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
        extra = [m for block in article.paragraphs for m in self._mentions(article, block, found.mentions)]
        return replace(found, mentions=found.mentions + tuple(extra))

    def _mentions(self, article: Article, block, known: tuple[Mention, ...]) -> list[Mention]:
        source = SourceRef(article.slug, block.number)
        taken = [(m.start, m.end) for m in known if m.source == source]
        result = []
        for entity in self.nlp(block.text).ents:
            kind = LABELS.get(entity.label_)
            overlaps = any(start < entity.end_char and entity.start_char < end for start, end in taken)
            if kind is None or overlaps or not entity.text[:1].isupper():
                continue
            prefix = {EntityKind.PERSON: "person", EntityKind.GROUP: "group"}.get(kind, "org")
            key = f"{prefix}:{' '.join(fold(entity.text).lower().split())}"
            result.append(Mention(source, entity.start_char, entity.end_char, entity.text, entity.text, kind, key,
                                  f"spaCy NER {entity.label_}"))
        return result

    @property
    def nlp(self):
        if self._nlp is None:
            self._nlp = _load(self.model)
        return self._nlp


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
