"""Stage 2, extract: one ``Article`` → one ``Extraction`` (mentions, role references, quotes, events).

An extractor is anything with ``name`` and ``extract(article)``. The one shipped
is rule-based and needs no model (a spaCy plug-in was tried and dropped: on unseen
articles it found fewer actors than the rules alone and more fragments).
"""
from __future__ import annotations

import functools
import hashlib
import os
import pickle
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Protocol

from generator.config import Config
from generator.extract.events import LEAD_DAY_PARAGRAPHS, TextTime, find_events, lead_day
from generator.extract.genders import text_genders
from generator.extract.lexicon import Lexicon, load_lexicon
from generator.extract.context import CALENDAR_WORDS, MONTH_SURNAMES, TIME_PREPOSITIONS, norm
from generator.extract.names import (KNOWN_SURNAME, PLACE_BY_CONTEXT, REGNAL_NUMBERS, SentenceContext, spot_sentence,
                                     surname_of)
from generator.extract.places import COUNTRY_AS_ACTOR, GAZETTEER_CITY, GAZETTEER_REGION, PART_OF_A_COUNTRY
from generator.extract.anaphora import Coverage, References
from generator.extract.bodies import described_bodies, home_country, national_bodies
from generator.extract.quotes import Discourse, Names, find_quotes, outside_quotes, repeated_quotes_credited
from generator.extract.text import inside_spans, quote_spans, tokenize
from generator.gazetteer import load_gazetteer
from generator.model import Article, EntityKind, EventFinding, Extraction, Mention, QuoteFinding, SourceRef
from generator.parallel import parallel_map


class Extractor(Protocol):
    name: str

    def extract(self, article: Article) -> Extraction: ...


class RuleExtractor:
    """Gazetteers and patterns; deterministic and fast. Word lists load on first use."""

    name = "rules"

    @property
    def lexicon(self):
        return load_lexicon()

    @property
    def gazetteer(self):
        return load_gazetteer()

    def extract(self, article: Article) -> Extraction:
        lowercase = _lowercase_words(article)
        mentions, roles, quotes, events = [], [], [], []
        paragraphs = [block for block in article.paragraphs if not CREDIT_LINE.search(block.text)]
        sentences_of = [tokenize(block.text) for block in paragraphs]
        lead = 1 if paragraphs and LONE_DATELINE.fullmatch(paragraphs[0].text.strip()) and len(paragraphs) > 1 else 0
        opening = list(zip(paragraphs, sentences_of))[lead:lead + LEAD_DAY_PARAGRAPHS]
        time = TextTime(article.date, lead_day([(b.text, s) for b, s in opening], article.date),
                        lead_paragraph=paragraphs[lead].number if paragraphs else 1)
        references = References(self.gazetteer, self.lexicon.peoples)  # what "the palace" or "the rebels" refers to
        written_in_full = _written_in_full(paragraphs)
        spotted = [[self._spot(block.text, s, SourceRef(article.slug, block.number), lowercase, written_in_full)
                    for s in sentences] for block, sentences in zip(paragraphs, sentences_of)]
        surnames = _surnames(ctx.mentions for found in spotted for ctx in found)
        name_words = _name_words(ctx.mentions for found in spotted for ctx in found)
        bodies = _named_bodies(ctx.mentions for found in spotted for ctx in found)
        time.home = _setting([m for found in spotted for ctx in found for m in ctx.mentions])
        _drop_coinages([block.text for block in paragraphs], spotted, self.lexicon)
        _join_bodies_named_with_their_people([block.text for block in paragraphs], spotted, self.lexicon)
        _join_bodies_named_for_their_country([block.text for block in paragraphs], spotted, self.lexicon)
        _drop_storms([block.text for block in paragraphs], spotted)
        discourse = Discourse(genders=text_genders((block.text, sentences, [m for ctx in found for m in ctx.mentions])
                                                   for block, sentences, found in zip(paragraphs, sentences_of,
                                                                                      spotted)),
                              name_words=name_words)
        for block, sentences, found in zip(paragraphs, sentences_of, spotted):
            source = SourceRef(article.slug, block.number)
            para_mentions = [_without_participle(_surname_not_country(_surname_not_place(_body_not_place(
                                 m, bodies), surnames), block.text, surnames), block.text, surnames)
                             for ctx in found for m in ctx.mentions if len(m.name) > 1
                             and not _call_sign(block.text, m) and not self._in_document_name(block.text, m)
                             and not _names_a_clock(block.text, m)]
            described = references.described_groups(block.text, source)  # "Russian-backed separatists"
            covers = Coverage(described)
            para_mentions = [m for m in para_mentions if not covers(m.start, m.end)] + described
            para_mentions += references.named_before(block.text, source, para_mentions)
            para_mentions.sort(key=lambda m: (m.start, m.end))
            para_mentions = described_bodies(block.text, para_mentions)
            para_roles = [r for ctx in found for r in ctx.role_references]
            para_quotes = find_quotes(block.text, sentences, source, para_mentions, para_roles, discourse, self.lexicon)
            quotes += para_quotes
            para_events = find_events(block.text, sentences, source, para_mentions, time, self.lexicon,
                                      discourse.last_person, discourse.bodies, discourse.genders,
                                      discourse.last_of_gender, _named_speakers(para_quotes))
            events += para_events
            mentions += _without_places_only_quoted(block.text, para_mentions, para_events)
            roles += para_roles
            names = Names(block.text, sentences, outside_quotes(para_mentions, quote_spans(block.text)), para_roles,
                          discourse.holders, discourse.genders, discourse.last_of_gender, name_words)
            discourse = discourse.after(names, sentences, self.lexicon, para_quotes)
        mentions = _join_group_adjectives(_prefer_named_countries(_parts_named_once_as_wholes(mentions,
                                                                                            self.gazetteer)))
        mentions = national_bodies(mentions, {b.number: b.text for b in paragraphs}, self.lexicon,
                                   self.gazetteer)
        quotes = repeated_quotes_credited(quotes)
        return Extraction(article.slug, tuple(mentions), tuple(quotes), tuple(roles), tuple(events))

    def _in_document_name(self, text: str, mention: Mention) -> bool:
        """"the Charter of Paris", "the Athens Declaration": the place names a document, not where it happened."""
        if mention.kind.is_actor and mention.kind is not EntityKind.STATE:
            return False
        after = re.match(r"\s+([A-Za-z]\w+)", text[mention.end:mention.end + 30])
        before = re.search(r"\b([A-Z]\w+)\s+of\s+(?:the\s+)?\Z", text[max(0, mention.start - 40):mention.start])
        words = self.lexicon.document_words  # "the Oslo Accords", "the Pretoria agreement"
        return bool(after and after.group(1).capitalize() in words or before and before.group(1) in words)

    def _spot(self, text, sentence, source, lowercase, surnames) -> SentenceContext:
        ctx = SentenceContext(text, sentence, source, self.lexicon, self.gazetteer, lowercase, surnames)
        spot_sentence(ctx)
        return ctx


class CachedExtractor:
    """Remembers each article's extraction by the hash of its content and of the extractor itself.

    The key covers the article (text and metadata), the extractor's name and
    every file of code and data that extraction depends on, so editing a rule
    or a word list invalidates the cache; a damaged entry is recomputed.
    """

    def __init__(self, inner: Extractor, cache_dir: Path):
        self.inner, self.name = inner, inner.name
        self.folder = cache_dir / "extract"

    def extract(self, article: Article) -> Extraction:
        return self.extract_many((article,))[0]

    def extract_many(self, articles: tuple[Article, ...], workers: int | None = None) -> tuple[Extraction, ...]:
        """Cached extractions as they are; the rest computed (in parallel when many) and stored."""
        paths = [self._path(article) for article in articles]
        found = [self._load(path) for path in paths]
        missing = [i for i, extraction in enumerate(found) if extraction is None]
        if not missing:
            return tuple(found)
        # The first here: it loads the word lists and gazetteer once, which forked workers then share.
        computed = [self.inner.extract(articles[missing[0]])]
        computed += parallel_map(self.inner.extract, [articles[i] for i in missing[1:]], workers)
        for index, extraction in zip(missing, computed):
            found[index] = extraction
            self._store(paths[index], extraction)
        return tuple(found)

    def _path(self, article: Article) -> Path:
        key = hashlib.sha256(_fingerprint() + self.name.encode() + pickle.dumps(article)).hexdigest()
        return self.folder / key[:2] / f"{key}.pickle"

    @staticmethod
    def _load(path: Path) -> Extraction | None:
        if path in _REMEMBERED:
            return _REMEMBERED[path]
        try:
            extraction = pickle.loads(path.read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
            return None
        _remember(path, extraction)
        return extraction

    @staticmethod
    def _store(path: Path, extraction: Extraction) -> None:
        _remember(path, extraction)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(pickle.dumps(extraction))
        os.replace(temporary, path)


# Extractions this process has loaded or made, by cache file (whose name is the content hash):
# a running preview regenerates on every change and need not unpickle a thousand files each time.
_REMEMBERED: dict[Path, Extraction] = {}
REMEMBER_AT_MOST = 20000


def _remember(path: Path, extraction: Extraction) -> None:
    if len(_REMEMBERED) >= REMEMBER_AT_MOST:
        _REMEMBERED.clear()
    _REMEMBERED[path] = extraction


@functools.lru_cache(maxsize=1)
def _fingerprint() -> bytes:
    """A hash of the code and data extraction depends on."""
    package = Path(__file__).resolve().parent.parent
    files = sorted([*package.joinpath("extract").glob("*.py"), *package.joinpath("data").iterdir(),
                    package / "gazetteer.py", package / "timeexpr.py", package / "model.py"])
    digest = hashlib.sha256()
    for path in files:
        if path.is_file():
            digest.update(path.name.encode() + path.read_bytes())
    return digest.digest()


def make_extractor(config: Config, cached: bool = True) -> Extractor:
    extractor: Extractor = RuleExtractor()
    return CachedExtractor(extractor, config.cache_dir) if cached else extractor


def extract_all(articles: tuple[Article, ...], extractor: Extractor, workers: int | None = None
                ) -> tuple[Extraction, ...]:
    """Every article's extraction, in order; ``workers`` processes at most (None: one per core)."""
    if isinstance(extractor, CachedExtractor):
        return extractor.extract_many(articles, workers)
    return tuple(parallel_map(extractor.extract, articles, workers))


def _prefer_named_countries(mentions: list[Mention]) -> list[Mention]:
    """"Congo" (or "eastern Congo", named once) in an article about the Democratic Republic of Congo means that
    country; "Sudan" in one that names South Sudan is still Sudan."""
    countries = {m.name: m for m in mentions if m.key.startswith("country:")}
    result = []
    for mention in mentions:
        fuller = [c for name, c in countries.items()
                  if mention.key.startswith("country:") and name != mention.name
                  and any(name.endswith((f" of {short}", f" of the {short}"))
                          for short in (mention.text, mention.name))]
        if len(fuller) == 1:
            mention = replace(mention, name=fuller[0].name, key=fuller[0].key, coordinates=fuller[0].coordinates)
        result.append(mention)
    return result


def _join_group_adjectives(mentions: list[Mention]) -> list[Mention]:
    """"Houthi fighters" in an article about "the Houthis": the lone word names the group (but "Bongo" after
    "Ali Bongo" is the man, not "the Bongos", his family)."""
    groups = {m.name[:-1]: m for m in mentions if m.kind is EntityKind.GROUP}
    surnames = {surname_of(m.name) for m in mentions if m.kind is EntityKind.PERSON and " " in m.name}
    result = []
    for mention in mentions:
        candidate = (mention.key.startswith("surname:") and mention.text not in surnames) or \
            mention.rule == "name before a group word"
        group = groups.get(mention.text) if candidate else None
        if group is not None:
            mention = replace(mention, name=group.name, kind=EntityKind.GROUP, key=group.key,
                              rule="adjective of a group")
        result.append(mention)
    return result


def _parts_named_once_as_wholes(mentions: list[Mention], gazetteer) -> list[Mention]:
    """"southern Lebanon", named again and again, is a region of its own; "southern Italy", named once in passing,
    is Italy."""
    parts = Counter(m.name for m in mentions if m.rule == PART_OF_A_COUNTRY)
    result = []
    for mention in mentions:
        if mention.rule == PART_OF_A_COUNTRY and parts[mention.name] < 2:
            whole = gazetteer.lookup(mention.text.split(" ", 1)[1])[0]
            mention = replace(mention, name=whole.name, key=whole.key, kind=whole.kind, rule="country a part names")
        result.append(mention)
    return result


def _drop_coinages(texts: list[str], spotted: list[list[SentenceContext]], lexicon: Lexicon) -> None:
    """Take out of each paragraph's finds a capitalised phrase that only a quote uses and no pattern vouches for
    ("the Rigged Witch Hunt!", "It was GREAT"): a speaker's emphasis, not a name the story names."""
    spans = [quote_spans(text) for text in texts]  # once a paragraph: a paragraph may hold thousands of sentences
    quoted: set[Mention] = set()
    for found, paragraph_spans in zip(spotted, spans):
        mentions = [m for ctx in found for m in ctx.mentions]
        quoted.update(set(mentions) - set(outside_quotes(mentions, paragraph_spans)) if paragraph_spans else ())
    outside = {m.name for found in spotted for ctx in found for m in ctx.mentions if m not in quoted}
    outside -= {name.split()[-1] for name in outside if " " in name}  # (a surname whose full name is outside too)
    for found in spotted:
        for ctx in found:
            ctx.mentions = [m for m in ctx.mentions if not (m in quoted and m.rule in COINAGE_RULES
                                                            and m.name not in outside
                                                            and not _surname_used_alone(m, outside, lexicon))]


def _surname_used_alone(mention: Mention, outside: set[str], lexicon: Lexicon) -> bool:
    """"“… other than Dara Okafor,” the official said. Okafor drove …": a person the text names in full only in a
    quote, and by surname alone outside it (``outside``: the names outside quotes, less the surnames of those)."""
    words = mention.name.split()
    return mention.kind is EntityKind.PERSON and len(words) > 1 and words[-1] in outside and \
        not any(word in lexicon.titles or word in lexicon.honorifics for word in words)  # (not "Holy Father
    # Francis": a title)


def _join_bodies_named_with_their_people(texts: list[str], spotted: list[list[SentenceContext]],
                                         lexicon: Lexicon) -> None:
    """"Georgian Dream kept control …": a people's adjective and one capitalised word that the article never
    uses alone name one body (a party, a firm), not a state and a person called Dream (but "Lebanese Hezbollah …
    Hezbollah said" is the group, named with its people once)."""
    pairs = [(ctx, first, second) for found in spotted for ctx in found
             for first, second in zip(ctx.mentions, ctx.mentions[1:])
             if first.rule == "demonym" and second.end - second.start == len(second.name) and " " not in second.name
             and second.name.isalpha() and second.name[1:].islower() and not second.name.endswith("s")
             and second.name.lower() not in lexicon.place_nouns  # (not "the French Quarter")
             and second.kind in (EntityKind.PERSON, EntityKind.ORGANISATION, EntityKind.GROUP)
             and second.name not in lexicon.peoples and ctx.text[first.end:second.start] == " "]
    if not pairs:
        return
    uses = Counter(word for text in texts for word in re.findall(r"[A-Z][a-z]+", text))
    written = Counter(pair for text in texts for pair in CAPITALISED_PAIR.findall(text))
    for ctx, first, second in pairs:
        name = ctx.text[first.start:second.end]
        if uses[second.name] > written[name] or written[name] < 2:  # (a name, written more than once)
            continue
        body = replace(second, start=first.start, text=name, name=name, kind=EntityKind.ORGANISATION,
                       key=f"org:{norm(name)}", rule=BODY_WITH_ITS_PEOPLE)
        ctx.mentions = [body if m is second else m for m in ctx.mentions if m is not first]


def _join_bodies_named_for_their_country(texts: list[str], spotted: list[list[SentenceContext]],
                                         lexicon: Lexicon) -> None:
    """"… the leadership of Reform UK": a capitalised word inside a sentence before a country's initials, the pair
    written more than once, name one body (a party), not the country."""
    if not any(INITIALS_AFTER_A_WORD.search(text) for text in texts):
        return
    for found in spotted:
        for ctx in found:
            for k in _words_before_a_country_s_initials(ctx):
                word, initials = ctx.tokens[k], ctx.tokens[k + 1]
                name = f"{word.text} {initials.text}"
                written = sum(text.count(name) for text in texts)
                if written < 2 or word.sentence_start or word.text in lexicon.titles | lexicon.honorifics:
                    continue
                ctx.mentions = [m for m in ctx.mentions if not word.start <= m.start < initials.end]
                ctx.add(k, k + 2, name, EntityKind.ORGANISATION, f"org:{norm(name)}", BODY_FOR_ITS_COUNTRY)


INITIALS_AFTER_A_WORD = re.compile(r"\b[A-Z][a-z]+ [A-Z]{2,3}\b")


def _words_before_a_country_s_initials(ctx: SentenceContext) -> list[int]:
    """Where a capitalised word stands right before a country's initials ("Reform UK")."""
    tokens = ctx.tokens
    return [k for k in range(len(tokens) - 1) if tokens[k].is_word and tokens[k].capitalised
            and tokens[k].text[1:].islower() and not tokens[k].possessive and tokens[k].end + 1 == tokens[k + 1].start
            and tokens[k + 1].text.isupper() and len(tokens[k + 1].text) <= 3
            and any(e.kind is EntityKind.COUNTRY for e in ctx.gazetteer.lookup(tokens[k + 1].text))]


BODY_FOR_ITS_COUNTRY = "a body named for its country"
BODY_WITH_ITS_PEOPLE = "a body named with its people"
CAPITALISED_PAIR = re.compile(r"(?=(?<![\w.'’-])([A-Z][\w.'’-]*\s[A-Z][a-z]+)\b)")  # each pair, overlapping ones too
STORM = re.compile(r"\b(?:Hurricane|Typhoon|Super\s+Typhoon|Cyclone|Tropical\s+Storm|Storm)\s+([A-Z][a-z]+)\b")


def _drop_storms(texts: list[str], spotted: list[list[SentenceContext]]) -> None:
    """Take out a storm the article names ("Hurricane Helene", then "Helene killed 160 people"): a weather system,
    no one who acts, and no place."""
    storms = {name for text in texts for name in STORM.findall(text)}
    if not storms:
        return
    for found in spotted:
        for ctx in found:
            ctx.mentions = [m for m in ctx.mentions if not (m.kind is EntityKind.PERSON and (
                m.name in storms or STORM.fullmatch(m.name)))]


def _name_words(mention_lists) -> frozenset[str]:
    """Every word of the names of the people the article names in full: "Kang" of "Kang Kyung-wha" too."""
    return frozenset(word for mentions in mention_lists for m in mentions
                     if m.kind is EntityKind.PERSON and len(m.name.split()) > 1 for word in m.name.split())


def _surnames(mention_lists) -> frozenset[str]:
    """The last words of the people the article names in full ("Marco Rubio", "President Lena Okafor")."""
    return frozenset(surname_of(m.name) for mentions in mention_lists for m in mentions
                     if m.kind is EntityKind.PERSON and len(m.name.split()) > 1 and not _opens_with_participle(m))


def _named_bodies(mention_lists) -> dict[str, Mention]:
    """The organisations and groups the article names by a rule of their own, by name."""
    return {m.name: m for mentions in mention_lists for m in mentions
            if m.kind in (EntityKind.ORGANISATION, EntityKind.GROUP) and m.rule != PLACE_BY_CONTEXT}


def _body_not_place(mention: Mention, bodies: dict[str, Mention]) -> Mention:
    """"talks in Meklat" where the article names Meklat a movement elsewhere: the movement, not a place."""
    body = bodies.get(mention.name) if mention.rule == PLACE_BY_CONTEXT else None
    return mention if body is None else replace(mention, kind=body.kind, key=body.key, rule=body.rule,
                                                coordinates=None)


def _opens_with_participle(mention: Mention) -> bool:
    first = mention.text.split()[0]
    return len(first) > 5 and first.endswith("ing") and len(mention.text.split()) > 1


def _without_participle(mention: Mention, text: str, surnames: frozenset[str]) -> Mention:
    """"Greeting Okafor warmly, Kowalski said": a sentence that opens with a participle and a known surname
    names the person, not "Greeting Okafor"."""
    if mention.kind is not EntityKind.PERSON or not _opens_with_participle(mention) or \
            mention.text.split()[-1] not in surnames or text[max(0, mention.start - 3):mention.start].strip(" “\"") \
            not in ("", ".", "!", "?"):
        return mention
    rest = mention.text.split(maxsplit=1)[1]
    key = f"surname:{norm(rest)}" if " " not in rest else f"person:{norm(rest)}"
    return replace(mention, start=mention.end - len(rest), text=rest, name=rest, key=key)


def _surname_not_place(mention: Mention, surnames: frozenset[str]) -> Mention:
    """"Rubio said" after "Marco Rubio": the person's surname, though a town (or a region: "Taraba") bears the
    name too; "standing next to Putin" after "Vladimir Putin": the person, though a place could stand there."""
    if mention.rule not in (GAZETTEER_CITY, GAZETTEER_REGION, PLACE_BY_CONTEXT) or \
            mention.text.split()[-1] not in surnames:
        return mention
    if " " in mention.text:  # "to propose the truce to Lena Okafor": the person named so elsewhere
        return _as_person(mention, "person") if mention.rule == PLACE_BY_CONTEXT else mention
    return _as_person(mention, "surname")


def _surname_not_country(mention: Mention, text: str, surnames: frozenset[str]) -> Mention:
    """"Montenegro, who cleared his agenda, called …", "Montenegro has refused …" after "Prime Minister Luís
    Montenegro": the article's person, though a country bears the name, unless a word of place comes before it."""
    if mention.rule != COUNTRY_AS_ACTOR or mention.text not in surnames or \
            PLACE_BEFORE.search(text, max(0, mention.start - WORDS_BEFORE), mention.start):
        return mention  # ("flew to Montenegro", "the government of Montenegro": the country)
    return _as_person(mention, "surname")


def _as_person(mention: Mention, key_kind: str) -> Mention:
    """The mention read as a person named as written, a surname or a full name (``key_kind``)."""
    return replace(mention, name=mention.text, kind=EntityKind.PERSON, key=f"{key_kind}:{norm(mention.text)}",
                   rule=KNOWN_SURNAME, coordinates=None)


PLACE_BEFORE = re.compile(r"\b(?:in|to|from|of|into|across|for|with|and|visit(?:ed|ing|s)?)\s+(?:the\s+)?\Z",
                          re.I)
WORDS_BEFORE = 20


# "WASHINGTON" as a paragraph of its own, before the lead
LONE_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]{2,40}(?:,\s[A-Z][\w.'’ -]{1,30})?")
COINAGE_RULES = frozenset({"name sequence", "acronym"})
CALL_SIGN = re.compile(r"\s(?:One|Two|Three|Four|Five)\b")


# "(Reporting by X; Editing by Y)", "Associated Press writers X and Y contributed to this report.", a byline
# ("Dara Velan in Arendal"): who wrote the copy, not who is in the story.
CREDIT_LINE = re.compile(r"^\W*(?:(?:Additional\s+)?[Rr]eporting\s+by|Writing\s+by|Editing\s+by|Compiled\s+by)\b"
                         r"|^(?:By\s+)?[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,2}\s+in\s+"
                         r"[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)?$"
                         r"|^[^.]{0,300}\b(?:writers?|correspondents?|reporters?)\b[^.]{0,200}\bcontributed"
                         r"(?:\s+to\s+this\s+(?:report|story))?\W*$")


def _names_a_clock(text: str, mention: Mention) -> bool:
    """"3:30 p.m. Washington, D.C. time", "5 a.m. Nairobi time": a place that names a clock, where no one acts
    and nothing happens."""
    return CLOCK_BEFORE.search(text, max(0, mention.start - 12), mention.start) is not None and \
        CLOCK_AFTER.match(text, mention.end) is not None


CLOCK_BEFORE = re.compile(r"(?:[ap]\.m\.|[0-9]{1,2}:[0-9]{2}|GMT|UTC)\s+(?:\(?or\s+)?\Z", re.I)
CLOCK_AFTER = re.compile(r"(?:,\s+[A-Z][A-Za-z.]*)?\s+time\b")


def _call_sign(text: str, mention: Mention) -> bool:
    """"Air Force One", "Marine One": a plane or helicopter named by its call sign, not the service."""
    return mention.kind.is_actor and CALL_SIGN.match(text, mention.end) is not None


MONTH_SURNAME_IN_FULL = re.compile(r"\b([A-Z][a-z]+)\s+(" + "|".join(sorted(MONTH_SURNAMES)) + r")\b(?!\s*[0-9])")
FULL_NAME = re.compile(r"(?<=[a-z,] )(?=(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]\.?[A-Z]\.?)\s+([A-Z][a-z]{2,})\b)")
# "… Mike Pence", "… JD Vance", mid-sentence, each pair of a run ("… President Jan Kowalski")


TITLED_REGNAL_NAME = re.compile(r"\b(?:King|Queen|Pope|Emperor|Empress|Sultan|Prince|Princess|Tsar|Shah|Emir)\s+"
                                r"([A-Z][a-z]+)\s+(?:" + "|".join(sorted(REGNAL_NUMBERS, key=len, reverse=True)).upper()
                                + r")\b")
# "Ban Ki-moon", "Moon Jae-in": a family name first, before a hyphenated given name
FAMILY_NAME_FIRST = re.compile(r"\b([A-Z][a-z]+)\s+[A-Z][a-z]+-[a-z]+\b")
SHORT_FAMILY_NAME = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+\s+([A-Z][a-z])\s+[A-Z][a-z]{2,}\b")  # "Vice Premier He
# Lifeng": a family name of two letters, which "“…,” He said" may then name


def _without_places_only_quoted(text: str, mentions: list[Mention], events: list[EventFinding]) -> list[Mention]:
    """"“We changed the face of the Middle East,” he said": a place named only inside someone's words, and in none
    of the paragraph's events, is what they spoke of, not a venue of the story."""
    spans = quote_spans(text)
    if not spans:
        return mentions
    starts = [start for start, _ in spans]
    in_events = {(m.start, m.end) for event in events for m in event.participants}
    return [m for m in mentions if m.kind.is_actor or (m.start, m.end) in in_events
            or not inside_spans(spans, starts, m.start)]


def _written_in_full(paragraphs) -> frozenset[str]:
    """The last words of capitalised pairs written mid-sentence ("said Mike Pence") and the family name that opens
    an East Asian name ("Ban Ki-moon"): surnames the article gives in full, which a sentence may then open with
    even where they look like common words ("Pence", "Shilling", "Ban"); a
    month's name after a given name anywhere ("Prime Minister Lena May"); and a monarch's or pope's name before
    a regnal number ("King Mohammed VI"), which the text may then write without the title ("Mohammed VI")."""
    months = {found.group(2) for block in paragraphs for found in MONTH_SURNAME_IN_FULL.finditer(block.text)
              if found.group(1).lower() not in TIME_PREPOSITIONS and found.group(1) not in CALENDAR_WORDS}
    family_first = {found.group(1) for block in paragraphs for pattern in (FAMILY_NAME_FIRST, SHORT_FAMILY_NAME)
                    for found in pattern.finditer(block.text)}
    regnal = {found.group(1) for block in paragraphs for found in TITLED_REGNAL_NAME.finditer(block.text)}
    return frozenset(found.group(1) for block in paragraphs for found in FULL_NAME.finditer(block.text)) | months \
        | family_first | regnal


def _named_speakers(quotes: list[QuoteFinding]) -> dict[int, Mention]:
    """Each quote's speaker, where the quote finder named one, by where the quote opens."""
    return {q.start: q.speaker for q in quotes if isinstance(q.speaker, Mention)}


def _lowercase_words(article: Article) -> frozenset[str]:
    """Words the article itself writes in lower case: evidence that they are not names."""
    words = set()
    for block in article.blocks:
        for word in block.text.replace("’", "'").split():
            word = word.strip(".,;:!?\"“”()'")
            if word and word[0].islower():
                words.add(word.lower())
    return frozenset(words)


def _setting(mentions: list[Mention]) -> Mention | None:
    """The country the story is set in (its home country), where the article names it as a place: what the events
    that name no place of their own took place in."""
    home = home_country(mentions)
    return next((m for m in mentions if home is not None and m.key == home.key and m.kind is EntityKind.COUNTRY),
                None)
