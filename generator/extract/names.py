"""Spotting actors and venues in a sentence, by rules that each leave their name on the mention.

At each capitalised token the rules are tried in order; the first that
matches consumes its tokens:

1. institution   — a seat of government standing for it ("the Kremlin")
2. ship          — a ship prefix and name, with its unit ("USS X carrier strike group")
3. organisation  — a capitalised run ending in an organisation word ("… Security Council")
4. gazetteer     — a country, demonym, capital, city, sea or region; a country or
                   capital is a venue only where the text makes it a place
5. title         — a title or honorific before a name ("Foreign Minister Abbas Araghchi")
6. name run      — capitalised words that look like a person's name, or a lone
                   word kept as a candidate that resolution matches to a known surname
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass, field

from generator.extract.lexicon import Lexicon
from generator.extract.text import Sentence, Token
from generator.gazetteer import Gazetteer, GazetteerEntry
from generator.model import EntityKind, Mention, RoleReference, SourceRef
from generator.slugs import fold

CALENDAR_WORDS = frozenset(list(calendar.day_name) + list(calendar.month_name)[1:])
CONNECTORS = frozenset({"of", "the", "for", "and", "on", "&"})
MAX_NAME_TOKENS = 7
# Lower-case words that may follow a place name used as a place ("in Ankara next week").
PLACE_FOLLOWERS = frozenset(
    "in on at and or to for last this next since after before during from with as where which that the a an "
    "its their his her "
    "when while until by over under earlier later late early on but amid is are was were has have had will "
    "would could can may might must should shall does did do remains remained became seems appears".split())
APPOSITIVE_MAX_TOKENS = 14


@dataclass
class SentenceContext:
    """What the rules may look at: the paragraph, one sentence, and the article's lower-case words."""

    text: str
    sentence: Sentence
    source: SourceRef
    lexicon: Lexicon
    gazetteer: Gazetteer
    lowercase_words: frozenset[str]
    mentions: list[Mention] = field(default_factory=list)
    role_references: list[RoleReference] = field(default_factory=list)
    role_spans: list[tuple[int, int]] = field(default_factory=list)  # characters of appositive roles

    @property
    def tokens(self) -> tuple[Token, ...]:
        return self.sentence.tokens

    def span(self, start: int, end: int, bare_last: bool = True) -> str:
        """The text of tokens [start, end), without a possessive on the last one."""
        last = self.tokens[end - 1]
        stop = last.start + len(last.bare) if bare_last else last.end
        return self.text[self.tokens[start].start:stop]

    def word(self, index: int) -> str:
        return self.tokens[index].text if 0 <= index < len(self.tokens) else ""

    def add(self, start: int, end: int, name: str, kind: EntityKind, key: str, rule: str, **extra) -> Mention:
        first, last = self.tokens[start], self.tokens[end - 1]
        mention = Mention(self.source, first.start, last.start + len(last.bare), self.span(start, end),
                          name, kind, key, rule, **extra)
        self.mentions.append(mention)
        return mention


def spot_sentence(ctx: SentenceContext) -> None:
    """Add every mention and role reference found in ``ctx.sentence`` to ``ctx``."""
    rules = (_institution, _ship, _named_feature, _organisation, _gazetteer, _titled_person, _name_run)
    index = 0
    while index < len(ctx.tokens):
        token = ctx.tokens[index]
        if not (token.is_word and token.capitalised) or _is_starter(ctx, index):
            index += 1
            continue
        for rule in rules:
            following = rule(ctx, index)
            if following is not None:
                index = following
                break
        else:
            index += 1


def _institution(ctx: SentenceContext, i: int) -> int | None:
    for length in (3, 2, 1):
        if i + length <= len(ctx.tokens) and ctx.span(i, i + length) in ctx.lexicon.institutions:
            name = ctx.span(i, i + length)
            ctx.add(i, i + length, name, EntityKind.ORGANISATION, f"org:{_norm(name)}", "institution")
            return i + length
    return None


def _ship(ctx: SentenceContext, i: int) -> int | None:
    if ctx.tokens[i].text == "Operation" and _run_end(ctx, i + 1) > i + 1:
        end = _run_end(ctx, i + 1)  # "Operation Aspides"
        ctx.add(i, end, ctx.span(i, end), EntityKind.ORGANISATION, f"org:{_norm(ctx.span(i, end))}", "operation name")
        return end
    if ctx.tokens[i].text not in ctx.lexicon.ship_prefixes:
        return None
    end = _run_end(ctx, i + 1)
    if end == i + 1:
        return None
    for unit in ctx.lexicon.ship_units:
        words = [t.text.lower() for t in ctx.tokens[end:end + len(unit)]]
        if tuple(words) == unit:
            end += len(unit)
            break
    name = ctx.span(i, end)
    ctx.add(i, end, name, EntityKind.ORGANISATION, f"org:{_norm(ctx.span(i, _run_end(ctx, i + 1)))}", "ship prefix")
    return end


def _named_feature(ctx: SentenceContext, i: int) -> int | None:
    """Geographic and built features by their generic word: "Strait of Sicily", "Cape of Good Hope",
    "Laconian Gulf", "Zappeion Hall", "Eastern Mediterranean" (a direction and a known place)."""
    features = ctx.lexicon.feature_words
    first = ctx.tokens[i].text
    if first in features and ctx.word(i + 1) == "of":
        end = _run_end(ctx, i + 2, connectors=True)
        if end > i + 2:
            return _add_feature(ctx, i, end, features[first])
    end = _run_end(ctx, i)
    if end - i >= 2 and ctx.tokens[end - 1].bare in features and not ctx.gazetteer.lookup(ctx.span(i, end)):
        return _add_feature(ctx, i, end, features[ctx.tokens[end - 1].bare])
    if end - i >= 2 and first in ctx.lexicon.directions and ctx.gazetteer.lookup(ctx.span(i + 1, end)):
        place = ctx.gazetteer.lookup(ctx.span(i + 1, end))[0]
        kind = place.kind if place.kind in (EntityKind.SEA, EntityKind.REGION) else EntityKind.REGION
        return _add_feature(ctx, i, end, kind, place.coordinates)
    return None


def _add_feature(ctx: SentenceContext, i: int, end: int, kind: EntityKind,
                 coordinates: tuple[float, float] | None = None) -> int:
    name = ctx.span(i, end)
    found = ctx.gazetteer.lookup(name)
    if found:
        ctx.add(i, end, found[0].name, found[0].kind, found[0].key, f"gazetteer {found[0].kind.value}",
                coordinates=found[0].coordinates)
    else:
        ctx.add(i, end, name, kind, f"place:{_norm(name)}", "named feature", coordinates=coordinates)
    return end


def _organisation(ctx: SentenceContext, i: int) -> int | None:
    """A capitalised run (with "of", "the", "for"… inside) whose last word is an organisation word."""
    start = i
    end = _run_end(ctx, start, connectors=True)
    heads = ctx.lexicon.organisation_heads
    for stop in range(end, start + 1, -1):
        last, two = ctx.tokens[stop - 1].bare, ctx.span(max(start, stop - 2), stop)
        if (last in heads or two in heads) and ctx.word(stop - 1).lower() not in CONNECTORS:
            if ctx.tokens[start].text in ctx.lexicon.titles | ctx.lexicon.title_heads and ctx.word(start + 1) == "of":
                return None  # "Secretary of the … Council" is a role, the council is found next
            if ctx.word(stop) == "-" and stop + 1 < len(ctx.tokens) and ctx.tokens[stop + 1].capitalised:
                stop += 2  # "… Liberation Movement-North"
            stop = _of_tail(ctx, stop, end)
            name = ctx.span(start, stop)
            mention = ctx.add(start, stop, name, EntityKind.ORGANISATION, f"org:{_norm(name)}", "organisation word")
            return _acronym_definition(ctx, stop, mention)
    if end - start >= 2 and ctx.word(end) == "(" and ctx.word(end + 2) == ")" and \
            initials(ctx.span(start, end)) == ctx.word(end + 1):
        name = ctx.span(start, end)  # "UK Maritime Trade Operations (UKMTO)"
        mention = ctx.add(start, end, name, EntityKind.ORGANISATION, f"org:{_norm(name)}", "acronym definition")
        return _acronym_definition(ctx, end, mention)
    return None


def initials(name: str) -> str:
    """"World Food Programme" → "WFP"; acronyms inside stay whole: "UK Maritime Trade Operations" → "UKMTO"."""
    words = name.replace("-", " ").split()
    return "".join(w if w.isupper() else w[0] for w in words if w[0].isupper())


def _of_tail(ctx: SentenceContext, stop: int, end: int) -> int:
    """"Court of Arbitration", "Organization for Migration": a head word's "of/for …" belongs to the name."""
    if ctx.word(stop) in ("of", "for") and stop < end:
        tail = stop + 1
        while tail < end and ctx.word(tail) in CONNECTORS:
            tail += 1
        if tail < end and not ctx.gazetteer.lookup(ctx.span(tail, end)):
            return end
    return stop


def _acronym_definition(ctx: SentenceContext, i: int, org: Mention) -> int:
    """"International Atomic Energy Agency (IAEA)": the acronym becomes an alias of the organisation."""
    if ctx.word(i) == "(" and ctx.word(i + 2) == ")" and ctx.word(i + 1).isupper():
        ctx.add(i + 1, i + 2, org.name, EntityKind.ORGANISATION, org.key, "acronym definition")
        return i + 3
    return i


def _gazetteer(ctx: SentenceContext, i: int) -> int | None:
    match = _longest_place(ctx, i)
    if match is None:
        return None
    end, entry = match
    if end == i + 1 and _starts_person_name(ctx, end):
        return None
    if entry.form == "demonym" and ctx.word(end).lower() in ctx.lexicon.territory_nouns and entry.country:
        country = ctx.gazetteer.country(entry.country)
        ctx.add(i, end, country.name, EntityKind.COUNTRY, country.key, "demonym with a place word",
                coordinates=country.coordinates)  # "off the Yemeni coast", "Chinese waters"
    elif entry.form == "demonym":
        ctx.add(i, end, entry.name, EntityKind.STATE, entry.key, "demonym", coordinates=entry.coordinates)
    elif entry.kind is EntityKind.COUNTRY:
        _country(ctx, i, end, entry)
    elif entry.kind is EntityKind.CITY:
        _city(ctx, i, end, entry)
    else:
        ctx.add(i, end, entry.name, entry.kind, entry.key, f"gazetteer {entry.kind.value}",
                coordinates=entry.coordinates)
    _role_reference(ctx, i, end, entry)
    return end


def _longest_place(ctx: SentenceContext, i: int) -> tuple[int, GazetteerEntry] | None:
    for end in range(min(len(ctx.tokens), i + ctx.gazetteer.max_words), i, -1):
        if not ctx.tokens[end - 1].is_word:
            continue
        surface = ctx.span(i, end)
        entries = ctx.gazetteer.lookup(surface)
        if not entries and surface.isupper() and len(surface) > 3:
            entries = ctx.gazetteer.lookup(surface.title())  # datelines: "JEDDAH, Saudi Arabia -"
        if entries:
            return end, entries[0]
    return None


def _country(ctx: SentenceContext, i: int, end: int, entry: GazetteerEntry) -> None:
    if _is_place_context(ctx, i, end):
        ctx.add(i, end, entry.name, EntityKind.COUNTRY, entry.key, "gazetteer country as place",
                coordinates=entry.coordinates)
    else:
        ctx.add(i, end, entry.name, EntityKind.STATE, entry.key, "gazetteer country as actor",
                coordinates=entry.coordinates)


def _city(ctx: SentenceContext, i: int, end: int, entry: GazetteerEntry) -> None:
    """A capital that acts stands for its government ("Washington warned"); otherwise a city is a place."""
    metonym = ctx.lexicon.capital_metonyms.get(entry.name)
    if metonym and not _is_place_context(ctx, i, end):
        ctx.add(i, end, metonym, EntityKind.ORGANISATION, f"org:{_norm(metonym)}", "city for an institution")
    elif entry.is_capital and entry.country and not _is_place_context(ctx, i, end, city=True):
        state = ctx.gazetteer.country(entry.country)
        ctx.add(i, end, state.name, EntityKind.STATE, state.key, "capital for its government",
                coordinates=state.coordinates)
    else:
        ctx.add(i, end, entry.name, EntityKind.CITY, entry.key, "gazetteer city", coordinates=entry.coordinates)


def _is_place_context(ctx: SentenceContext, i: int, end: int, city: bool = False) -> bool:
    """"in Ankara", "visit … to Tehran", "Ankara as the proposed venue", "Riyadh would host"."""
    last = ctx.tokens[end - 1]
    attached_hyphen = ctx.word(end) == "-" and ctx.tokens[end].start == last.end
    if last.possessive or attached_hyphen:
        return False  # "Brazil's Congress", "the India-Middle East corridor"
    if _is_dateline(ctx, i):
        return True  # "KHARTOUM —", "JEDDAH, Saudi Arabia -"
    if city and ctx.lexicon.host_verbs & {ctx.word(end).lower(), ctx.word(end + 1).lower()}:
        return True  # "Riyadh would host a follow-up meeting"
    before = i - 1
    while ctx.word(before).lower() in ("the",) or ctx.word(before).lower() in ctx.lexicon.place_adjectives:
        before -= 1
    preposition = ctx.word(before).lower()
    determiner = ctx.word(i - 1).lower() == "the"
    if _is_modifier(ctx, end) and (determiner or preposition not in ctx.lexicon.locative_prepositions):
        return False  # "in the US press": a place name as an adjective names the state
    if preposition in ctx.lexicon.locative_prepositions:
        return True
    if preposition == "from" and ctx.word(end) == "to":
        return True  # "from Saudi Arabia to Europe"
    if preposition == "to" and _from_before(ctx, before):
        return True
    if preposition in ("to", "from"):
        window = ctx.tokens[max(0, before - 14):before]
        return any(t.text.lower() in ctx.lexicon.movement_words for t in window)
    after = [t.text.lower() for t in ctx.tokens[end:end + 5]]
    return bool(after[:1] == ["as"] and set(after) & ctx.lexicon.venue_nouns)


def _is_dateline(ctx: SentenceContext, i: int) -> bool:
    """The all-caps place (and its country) that opens a wire story: "JEDDAH, Saudi Arabia - …"."""
    if ctx.sentence.start != 0 or not ctx.tokens or not ctx.tokens[0].text.isupper() or len(ctx.tokens[0].text) < 3:
        return False
    dash = next((k for k, t in enumerate(ctx.tokens[:8]) if t.text in ("-", "—", "–")), None)
    return dash is not None and i < dash


def _from_before(ctx: SentenceContext, to_index: int) -> bool:
    """"from X to Y": a place ended right before this "to" and a "from" opened it."""
    window = [t.text.lower() for t in ctx.tokens[max(0, to_index - 6):to_index]]
    return "from" in window and any(m.end <= ctx.tokens[to_index].start and not m.kind.is_actor
                                    for m in ctx.mentions[-1:])


def _is_modifier(ctx: SentenceContext, end: int) -> bool:
    """"the US press", "Iranian officials": a place name used as an adjective names the state."""
    following = ctx.word(end)
    return bool(following) and following[0].islower() and following not in PLACE_FOLLOWERS


def _role_reference(ctx: SentenceContext, i: int, end: int, entry: GazetteerEntry) -> None:
    """"Iran’s leader", "the Iranian president": a person named by role, resolved later."""
    if not (ctx.tokens[end - 1].possessive or entry.form == "demonym"):
        return
    role_end = end
    while role_end < len(ctx.tokens) and role_end - end < 3 and ctx.tokens[role_end].lower:
        role_end += 1
    for stop in range(role_end, end, -1):
        role = " ".join(t.text for t in ctx.tokens[end:stop])
        if role in ctx.lexicon.role_nouns and not (stop < len(ctx.tokens) and ctx.tokens[stop].capitalised):
            country = ctx.gazetteer.country(entry.country) if entry.country else entry
            start, end_char = ctx.tokens[i].start, ctx.tokens[stop - 1].end
            ctx.role_references.append(RoleReference(ctx.source, start, end_char, ctx.text[start:end_char], role,
                                                     country.key))
            return


def _titled_person(ctx: SentenceContext, i: int) -> int | None:
    """Titles and honorifics, then a name: a person whose role is the title."""
    title_end = _titles_end(ctx, i)
    name_start = _honorifics_end(ctx, title_end)
    if name_start == i:
        return None
    name_end = _run_end(ctx, name_start)
    if name_end == name_start or _is_place_run(ctx, name_start, name_end):
        return max(title_end, i + 1)
    role = ctx.span(i, title_end) if title_end > i else None
    rule = "title before name" if role else "honorific before name"
    _person(ctx, name_start, name_end, rule, role=_role_with_country(ctx, i, role))
    return name_end


def _titles_end(ctx: SentenceContext, i: int) -> int:
    lexicon, end = ctx.lexicon, i
    while end < len(ctx.tokens):
        for length in range(lexicon.max_title_words, 0, -1):
            if end + length <= len(ctx.tokens) and ctx.span(end, end + length, bare_last=False) in lexicon.titles:
                end += length
                break
        else:
            if ctx.tokens[end].capitalised and ctx.word(end + 1) in lexicon.title_heads:
                end += 2  # "Oil Minister", "Defence Secretary"
                continue
            return end
        if ctx.word(end) == ".":
            end += 1
    return end


def _honorifics_end(ctx: SentenceContext, i: int) -> int:
    end = i
    while ctx.word(end) in ctx.lexicon.honorifics or ctx.word(end) + "." in ctx.lexicon.honorifics:
        end += 1
        if ctx.word(end) == ".":
            end += 1
    return end


def _role_with_country(ctx: SentenceContext, i: int, role: str | None) -> str | None:
    """"Qatari Prime Minister" → "Prime Minister of Qatar"."""
    if role is None:
        return None
    previous = next((m for m in reversed(ctx.mentions) if m.end <= ctx.tokens[i].start), None)
    gap = ctx.text[previous.end:ctx.tokens[i].start] if previous else None
    if previous and previous.kind is EntityKind.STATE and gap is not None and gap.strip() in ("", "’s", "'s"):
        return f"{role} of {with_article(previous.name)}" if role[0].isupper() else f"{previous.text} {role}"
    return role


def with_article(country: str) -> str:
    """"the United States", "the Philippines", but "Qatar": how a country follows "of"."""
    plural_or_union = country.split()[0] in ("United", "Republic", "Democratic", "Central", "Czech", "Federated")
    return f"the {country}" if plural_or_union or country.endswith(("s", "Islands")) and country != "Laos" else country


def _name_run(ctx: SentenceContext, i: int) -> int | None:
    start = i
    end = _run_end(ctx, start)
    if end == start:
        return max(start, i + 1)
    titled = next((k for k in range(start + 1, end) if _titles_end(ctx, k) > k), None)
    if titled is not None:
        return titled  # "Philippine Foreign Secretary Theresa Lazaro": the title rule takes it from here
    if ctx.word(end).lower() in ctx.lexicon.lowercase_org_heads and end - start >= 1 and \
            not ctx.gazetteer.lookup(ctx.span(start, end)):
        name = ctx.span(start, end)  # "the Multinational Security Support mission"
        ctx.add(start, end, name, EntityKind.ORGANISATION, f"org:{_norm(name)}", "organisation word after name")
        return end + 1
    if ctx.word(start - 1).lower() == "the" and end - start == 1 and _is_plural_name(ctx, start):
        word = ctx.tokens[start].bare
        ctx.add(start, end, word, EntityKind.GROUP, f"group:{_norm(word)}", "the + plural name")
        return end
    place_kind = _unknown_place_kind(ctx, start, end)
    if place_kind is not None:
        name = ctx.span(start, end)
        ctx.add(start, end, name, place_kind, f"place:{_norm(name)}", "place by context")
    elif end - start == 1:
        _single_word(ctx, start)
    elif end - start <= MAX_NAME_TOKENS and _looks_like_person(ctx, start, end) and not _in_role(ctx, start):
        _person(ctx, start, end, _person_rule(ctx, start, end))
    return end


def _unknown_place_kind(ctx: SentenceContext, start: int, end: int) -> EntityKind | None:
    """A name the gazetteer lacks is a place where the text says so: "the town of Dilling",
    "the Kordofan region", "in Kadugli", "reached Dilling"."""
    noun_after = ctx.word(end).lower()
    if noun_after in ctx.lexicon.place_nouns:
        return ctx.lexicon.place_nouns[noun_after]
    if ctx.tokens[end - 1].possessive or _role_before(ctx, start) or ctx.lexicon.is_speech_verb(ctx.word(end)):
        return None
    before = [ctx.word(start - k).lower() for k in (3, 2, 1)]
    if before[2] == "of" and before[1] in ctx.lexicon.place_nouns:
        return ctx.lexicon.place_nouns[before[1]]  # "the town of Dilling"
    if before[2] == "of" and before[1] in ctx.lexicon.territory_nouns:
        return EntityKind.REGION  # "the western coast of Palawan"
    if ctx.word(end) == "," and ctx.word(end + 1) == "the" and ctx.word(end + 2) == "capital":
        return EntityKind.CITY
    preposition = before[1] if before[2] == "the" or before[2] in ctx.lexicon.place_adjectives else before[2]
    if before[1] in ctx.lexicon.place_adjectives and before[0] == "the":
        preposition = ctx.word(start - 4).lower()  # "off the southern Peloponnese"
    if preposition in ctx.lexicon.locative_prepositions | ctx.lexicon.arrival_verbs:
        return EntityKind.OTHER
    return None


def _is_plural_name(ctx: SentenceContext, i: int) -> bool:
    """"the Houthis", "the Taliban"-style groups: a plural capitalised word after "the"."""
    word = ctx.tokens[i].bare
    lexicon = ctx.lexicon
    return (word.endswith("s") and len(word) > 3 and word[:-1].lower() not in ctx.lowercase_words
            and word not in lexicon.sentence_starters and word not in lexicon.organisation_heads
            and word not in CALENDAR_WORDS and not word.isupper())


def _in_role(ctx: SentenceContext, i: int) -> bool:
    """Inside ", Minister of Foreign Affairs,": the words describe the person before, they name no one."""
    return any(start <= ctx.tokens[i].start < end for start, end in ctx.role_spans)


def _single_word(ctx: SentenceContext, i: int) -> None:
    """An acronym is an organisation; any other lone capitalised word is a surname candidate."""
    token = ctx.tokens[i]
    word = token.bare
    if word.isupper() and 2 <= len(word) <= 6 and word not in ctx.lexicon.acronym_stoplist:
        ctx.add(i, i + 1, word, EntityKind.ORGANISATION, f"org:{_norm(word)}", "acronym")
    elif (word.lower() not in ctx.lowercase_words and word not in CALENDAR_WORDS and word.isalpha()
          and word not in ctx.lexicon.sentence_starters):
        ctx.add(i, i + 1, word, EntityKind.PERSON, f"surname:{_norm(word)}", "lone name (kept if a known surname)")


def _looks_like_person(ctx: SentenceContext, start: int, end: int) -> bool:
    words = [t.bare for t in ctx.tokens[start:end] if t.is_word]
    capitalised = [w for w in words if w[0].isupper()]
    if len(capitalised) < 2 or any(w in CALENDAR_WORDS or w.isupper() and len(w) > 1 for w in capitalised):
        return False
    if any(ctx.gazetteer.lookup(w) for w in capitalised[1:]) or ctx.word(end).lower() in ctx.lexicon.group_nouns:
        return False  # "Europe Economic Corridor"; "Southeast Asian diplomat" describes, it does not name
    return _person_rule(ctx, start, end) != "name sequence" or not any(
        w.lower() in ctx.lowercase_words for w in capitalised)


def _person_rule(ctx: SentenceContext, start: int, end: int) -> str:
    if _role_before(ctx, start):
        return "role word before name"
    if ctx.word(end) == "," and _appositive_role(ctx, end):
        return "name with appositive role"
    if ctx.lexicon.is_speech_verb(ctx.word(end)):
        return "name before speech verb"
    return "name sequence"


def _person(ctx: SentenceContext, start: int, end: int, rule: str, role: str | None = None) -> None:
    name = ctx.span(start, end)
    role = role or _role_before(ctx, start) or (_appositive_role(ctx, end) if ctx.word(end) == "," else None)
    ctx.add(start, end, name, EntityKind.PERSON, f"person:{_norm(name)}", rule, role=role)


def _role_before(ctx: SentenceContext, start: int) -> str | None:
    """"his envoy Steve Witkoff", "US special envoy …": a lower-case role word right before the name."""
    for length in (3, 2, 1):
        words = [ctx.word(start - k) for k in range(length, 0, -1)]
        phrase = " ".join(words)
        if all(w and w[0].islower() for w in words) and phrase in ctx.lexicon.role_nouns:
            return _role_with_country(ctx, start - length, phrase)
    return None


def _appositive_role(ctx: SentenceContext, comma: int) -> str | None:
    """", Secretary of the Supreme National Security Council," → the role after a name."""
    first = ctx.word(comma + 1)
    stop = comma + 1
    while stop < len(ctx.tokens) and stop - comma <= APPOSITIVE_MAX_TOKENS and ctx.word(stop) not in ",.;:()—–":
        stop += 1
    words = [t.text for t in ctx.tokens[comma + 1:stop]]
    titled = first in ctx.lexicon.titles or first in ctx.lexicon.title_heads or (
        first[:1].isupper() and ctx.word(comma + 2) in ctx.lexicon.title_heads)
    described = first.lower() in ("the", "a", "an") and any(w.lower() in ctx.lexicon.role_nouns for w in words[:5])
    if not words or not (titled or described) or ctx.lexicon.is_speech_verb(words[-1]):
        return None
    ctx.role_spans.append((ctx.tokens[comma + 1].start, ctx.tokens[stop - 1].end))
    role = ctx.text[ctx.tokens[comma + 1].start:ctx.tokens[stop - 1].end]
    return role.split(" ", 1)[1] if described else role


def _run_end(ctx: SentenceContext, i: int, connectors: bool = False) -> int:
    """End of the run of capitalised name words starting at ``i`` (particles and hyphens inside)."""
    end = i
    while end < len(ctx.tokens):
        token = ctx.tokens[end]
        if token.is_word and token.capitalised and token.text not in CALENDAR_WORDS:
            end += 1
            if token.possessive and not (connectors and _possessive_inside_name(ctx, end)):
                break
            continue
        if end > i and _particle_joins(ctx, end):
            end += 3  # "al-Burhan": particle, hyphen, name
            continue
        joins_next = end > i and _next_name_word(ctx, end + 1)
        hyphen = token.text == "-" and token.start == ctx.tokens[end - 1].end if end > i else False
        allowed = token.text in ctx.lexicon.name_particles or hyphen or (connectors and token.text in CONNECTORS)
        if not (joins_next and allowed):
            break
        end += 1
    return end


def _next_name_word(ctx: SentenceContext, i: int) -> bool:
    """Whether a capitalised word follows, possibly after more particles ("von der Leyen")."""
    while i < len(ctx.tokens) and ctx.tokens[i].text in ctx.lexicon.name_particles:
        i += 1
    return i < len(ctx.tokens) and ctx.tokens[i].capitalised


def _particle_joins(ctx: SentenceContext, i: int) -> bool:
    if i + 2 >= len(ctx.tokens) or ctx.tokens[i].text not in ctx.lexicon.name_particles:
        return False
    particle, hyphen, name = ctx.tokens[i:i + 3]
    return hyphen.text == "-" and hyphen.start == particle.end and name.start == hyphen.end and name.capitalised


def _possessive_inside_name(ctx: SentenceContext, end: int) -> bool:
    """"Sudan People's Liberation Movement": a possessive inside a name, not "Iran's Foreign Ministry"."""
    token = ctx.tokens[end - 1]
    following = ctx.tokens[end] if end < len(ctx.tokens) else None
    return bool(following and following.capitalised and not ctx.gazetteer.lookup(token.bare))


def _is_place_run(ctx: SentenceContext, start: int, end: int) -> bool:
    return ctx.gazetteer.lookup(ctx.span(start, end)) != ()


def _starts_person_name(ctx: SentenceContext, i: int) -> bool:
    """A place name followed by a capitalised non-title word may be a first name ("Israel Katz")."""
    token = ctx.tokens[i] if i < len(ctx.tokens) else None
    if token is None or not (token.is_word and token.capitalised) or token.text in CALENDAR_WORDS:
        return False
    lexicon = ctx.lexicon
    blocked = lexicon.titles | lexicon.title_heads | lexicon.honorifics | lexicon.organisation_heads
    single_name = not (i + 1 < len(ctx.tokens) and ctx.tokens[i + 1].capitalised)
    return (single_name and token.bare not in blocked and not token.text.isupper()
            and not ctx.gazetteer.lookup(token.bare) and token.bare.lower() not in ctx.lowercase_words
            and _titles_end(ctx, i) == i)


def _is_starter(ctx: SentenceContext, i: int) -> bool:
    token = ctx.tokens[i]
    return token.sentence_start and (token.text in ctx.lexicon.sentence_starters
                                     or token.text.lower() in ctx.lowercase_words)


def _norm(name: str) -> str:
    return " ".join(fold(name).lower().replace("’", "'").split())
