"""The extractor's general-English word lists (``generator/data/lexicon.yml``), loaded once."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.model import EntityKind

LEXICON_FILE = Path(__file__).resolve().parent.parent / "data" / "lexicon.yml"


@dataclass(frozen=True)
class Lexicon:
    titles: frozenset[str]
    title_heads: frozenset[str]
    portfolio_words: frozenset[str]
    honorifics: frozenset[str]
    role_nouns: frozenset[str]
    organisation_heads: frozenset[str]
    organisation_openers: frozenset[str]
    armed_group_openers: frozenset[str]
    ship_prefixes: frozenset[str]
    ship_units: tuple[tuple[str, ...], ...]
    name_particles: frozenset[str]
    speech_verbs: frozenset[str]
    skippable: frozenset[str]
    person_pronouns: frozenset[str]
    group_nouns: frozenset[str]
    acronym_stoplist: frozenset[str]
    sentence_starters: frozenset[str]
    locative_prepositions: frozenset[str]
    movement_words: frozenset[str]
    venue_nouns: frozenset[str]
    institutions: dict[str, str]
    seats_of_government: frozenset[str]
    capital_metonyms: dict[str, str]
    place_nouns: dict[str, EntityKind]
    arrival_verbs: frozenset[str]
    host_verbs: frozenset[str]
    lowercase_org_heads: frozenset[str]
    agencies: frozenset[str]
    international_bodies: frozenset[str]
    platforms: frozenset[str]
    languages: frozenset[str]
    peoples: frozenset[str]
    demonym_heads: frozenset[str]
    territory_nouns: frozenset[str]
    place_adjectives: frozenset[str]
    directions: frozenset[str]
    feature_words: dict[str, EntityKind]
    document_words: frozenset[str]
    given_name_short_forms: dict[str, frozenset[str]]  # "pat" → {"patrick", "patricia"}
    max_title_words: int

    def is_skippable(self, word: str) -> bool:
        """A word between a subject and its speech verb: an auxiliary or an adverb ("drily", "tersely")."""
        return word.lower() in self.skippable or is_adverb(word)

    def is_speech_verb(self, word: str) -> bool:
        """A lower-case speech verb: "said", "warns"; the "States" of "United States" is none."""
        return word[:1].islower() and word in self.speech_verbs


NOT_ADVERBS = frozenset("family supply assembly anomaly monopoly rally ally reply apply comply multiply daily weekly "
                        "monthly quarterly".split())  # nouns and verbs ending like adverbs: "the daily said"


def is_adverb(word: str) -> bool:
    """A lower-case adverb in -ly: "drily", "formally" (not "rally", "the daily")."""
    return word.islower() and len(word) > 4 and word.endswith("ly") and word not in NOT_ADVERBS
DOUBLED_ENDING = re.compile(r"(?:^|[^aeiou]|qu)[aeiou][bdgmnpt]$")  # a short vowel and a consonant doubled before -ed


def _inflections(verbs: list[str]) -> frozenset[str]:
    """say → says, said-style forms: -s, -es, -ed, -d, -ing, with a dropped final e (and a doubled final
    consonant: "snapped")."""
    forms = set()
    for verb in verbs:
        stem = verb[:-1] if verb.endswith("e") else verb
        forms |= {verb, verb + "s", verb + "es", verb + "ed", verb + "d", stem + "ing", stem + "ed"}
        if verb.endswith("y"):
            forms |= {verb[:-1] + "ies", verb[:-1] + "ied"}
        if DOUBLED_ENDING.search(verb):  # "snap" → "snapped", "admit" → "admitted"
            forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return frozenset(forms)


def _unwritten_words(data: dict) -> list[str]:
    """Entries YAML did not read as words: unquoted, ``On``, ``No`` and ``off`` become booleans."""
    found = []
    for key, value in data.items():
        entries = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
        found += [f"{key}: {entry!r}" for _, entry in entries if isinstance(entry, (bool, int, float))]
    return found


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    data = yaml.safe_load(LEXICON_FILE.read_text(encoding="utf-8"))
    if unwritten := _unwritten_words(data):
        raise ValueError(f"{LEXICON_FILE}: quote these entries so they stay words: {', '.join(unwritten)}")
    words = lambda key: frozenset(data[key])
    return Lexicon(
        titles=words("titles"),
        title_heads=words("title_heads"),
        portfolio_words=words("portfolio_words"),
        honorifics=words("honorifics"),
        role_nouns=words("role_nouns"),
        organisation_heads=words("organisation_heads"),
        organisation_openers=words("organisation_openers"),
        armed_group_openers=words("armed_group_openers"),
        ship_prefixes=words("ship_prefixes"),
        ship_units=tuple(sorted((tuple(u.split()) for u in data["ship_units"]), key=len, reverse=True)),
        name_particles=words("name_particles"),
        speech_verbs=_inflections(data["speech_verbs"]),
        skippable=words("skippable"),
        person_pronouns=words("person_pronouns"),
        group_nouns=words("group_nouns"),
        acronym_stoplist=words("acronym_stoplist"),
        sentence_starters=words("sentence_starters"),
        locative_prepositions=words("locative_prepositions"),
        movement_words=words("movement_words"),
        venue_nouns=words("venue_nouns"),
        institutions={item["name"]: item["country"] for item in data["institutions"]},
        seats_of_government=frozenset(item["name"] for item in data["institutions"] if item.get("seat")),
        capital_metonyms=dict(data["capital_metonyms"]),
        place_nouns={noun: EntityKind(kind) for noun, kind in data["place_nouns"].items()},
        arrival_verbs=words("arrival_verbs"),
        host_verbs=words("host_verbs"),
        lowercase_org_heads=words("lowercase_org_heads"),
        agencies=words("agencies"),
        international_bodies=words("international_bodies"),
        platforms=words("platforms"),
        languages=words("languages"),
        peoples=words("peoples"),
        demonym_heads=words("demonym_heads"),
        territory_nouns=words("territory_nouns"),
        document_words=words("document_words"),
        place_adjectives=words("place_adjectives"),
        directions=words("directions"),
        feature_words={word: EntityKind(kind) for word, kind in data["feature_words"].items()},
        given_name_short_forms={short: frozenset(full) for short, full in data["given_name_short_forms"].items()},
        # in tokens: "Secretary-General" is three ("Secretary", "-", "General")
        max_title_words=max(len(t.replace("-", " - ").replace(".", " .").split())
                            for t in data["titles"] + data["honorifics"]),
    )
