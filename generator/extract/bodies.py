"""Which country's ministry: "Russia's Defence Ministry" and "Brazil's Ministry of Defence" are two bodies.

A government body's name ("Defence Ministry", "Ministry of Foreign Affairs", "Health Ministry") is the
same in every country, so the name alone would merge every country's ministry into one page. A body
the text ties to a country ("Russia's Defence Ministry", "the Russian Defence Ministry") takes that
country's key, the one the lower-case form already has ("Russia's defence ministry"); a bare one
("the Defence Ministry said") is the article's tied body of that kind when there is exactly one,
the body of the country the article is about when it ties none, and otherwise stays as named.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import replace

from generator.extract.lexicon import Lexicon
from generator.extract.places import SAME_BODY
from generator.gazetteer import Gazetteer
from generator.model import EntityKind, Mention

WITHOUT_MINISTRIES = frozenset({"country:USA"})  # its government has departments, not ministries
# The countries whose legislature is a congress: "Congress" is no other country's.
CHAMBER_COUNTRIES = {"congress": frozenset(f"country:{code}" for code in "USA PER COL CHL MEX BRA ARG PHL GTM HND "
                                           "PRY DOM SLV BOL".split())}
HOME_BODIES = frozenset({"police", "protesters"})  # besides ministries, bodies the home country's by default
BARE_PREFIX = "org:bare:"  # a body named by its noun alone, whose country is not yet known
BODY_HEADS = frozenset({"Ministry", "Department", "Office", "Council", "Committee", "Agency"})
LINKS = frozenset({"of", "for", "and", "the", "&"})
INTERNATIONAL = frozenset({"European", "International", "Regional", "Global", "World", "United"})  # no one country's
POSSESSIVE_GAPS = ("'s ", "’s ", " ")
FORCE_NAMES = r"(?P<body>Defen[cs]e\s+Forces?|Armed\s+Forces|Army|Military|Navy|Air\s+Force|Coast\s+Guard|Police)"
COUNTRY_NAME = r"(?P<country>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)"
NATIONAL_FORCE = re.compile(rf"(?:The\s+)?(?:Royal\s+)?{COUNTRY_NAME}\s+{FORCE_NAMES}"
                            rf"|{FORCE_NAMES.replace('body', 'of_body')}"
                            rf"\s+of\s+(?:the\s+)?{COUNTRY_NAME.replace('country', 'of_country')}")
MILITARY_NAMES = frozenset({"defence forces", "defense forces", "defence force", "defense force", "armed forces",
                            "army"})
FORCES_AFTER = re.compile(r"\s+(?:forces|troops|soldiers|jets|warplanes|tanks?|drones?|artillery|aircraft|strikes?|"
                          r"shelling|bombardment|fire|gunfire)\b")
# A legislature's own names, general ("the National Assembly") or of one country ("the Knesset").
LEGISLATURE_NAMES = frozenset({"national assembly", "knesset", "bundestag", "duma", "state duma", "verkhovna rada",
                               "sejm", "majlis", "lok sabha", "storting", "riksdag", "folketing", "eduskunta",
                               "national congress", "grand national assembly", "legislative yuan", "jatiya sangsad",
                               "national parliament", "assembly of the republic", "national people's congress",
                               "legislative assembly", "people's assembly"})  # (not one chamber of two)
# Courts and election bodies by the name every country gives its own.
NATIONAL_INSTITUTIONS = frozenset({"constitutional court", "supreme court", "high court", "constitutional council",
                                   "electoral commission", "election commission", "national electoral commission",
                                   "electoral council", "national electoral council", "central election commission",
                                   "central electoral commission", "electoral tribunal", "supreme electoral tribunal"})
ARMED_HOME_MARGIN = 3  # "the army" is the home country's where no other is named a third as often
HOME_MARGIN = 2  # the home country is named at least twice as often as any other
DATELINE_WEIGHT = 3  # a dateline's city counts for its country as often as this many more mentions
# What a body is described as: "the FFC, the coalition of protest groups", "the rebel alliance, the SRF".
KIND_NOUNS = "coalition|alliance|movement|group|militia|bloc|front|party|network|umbrella|organi[sz]ation"
DESCRIPTION = (r"(?:a|an|the)\s+(?P<description>(?:(?!(?:of|and|which|that|who)\b)[a-z][\w-]*\s+){0,3}?"
               rf"(?:{KIND_NOUNS})(?:\s+of\s+[a-z][\w\s-]{{0,60}}?(?=[,.;]|\s(?:that|which|who)\b))?)")
DESCRIBED_AFTER = re.compile(r"(?:\s+\([A-Z][\w-]*\))?,\s+" + DESCRIPTION + r"(?=[\s,.;])")
DESCRIBED_BEFORE = re.compile(DESCRIPTION + r",\s+(?:the\s+)?\Z")


def national_bodies(mentions: list[Mention], text_of: dict[int, str], lexicon: Lexicon,
                    gazetteer: Gazetteer) -> list[Mention]:
    """The article's mentions with each government body tied to its country where the text says which.
    ``text_of`` gives each paragraph's text by paragraph number."""
    result, tied, states = [], {}, []
    mentions = [_as_national_force(m, gazetteer) for m in mentions]
    for index, mention in enumerate(mentions):
        if mention.key.startswith("org:country:") and mention.key.count(":") == 3:  # "Russia's defence ministry"
            tied.setdefault(mention.key.rsplit(":", 1)[1], set()).add((mention.key, mention.name))
        states = _paragraph_states(states, mention)
        named = _named_country(mention, gazetteer) if mention.kind is EntityKind.ORGANISATION else None
        body = _body(mention.name.split(" ", 1)[-1] if named else mention.name, lexicon)
        if body is None:
            result.append(mention)
            continue
        country = named or _owner_before(mentions[index - 1] if index else None, mention, text_of)
        in_context = None if country else _owner_in_context(states, mention, text_of, body, sole_state=False)
        if in_context is not None:  # "… in Lebanon, according to the country's Health Ministry"
            mention = replace(mention, name=_named_for(mention, in_context, set(), gazetteer, body),
                              key=f"org:{in_context.key}:{body}")
        elif country is not None:
            name = text_of[mention.source.paragraph][country.start:mention.end] if country.end <= mention.start \
                else mention.name
            mention = replace(mention, name=name, key=f"org:{country.key}:{body}")
            tied.setdefault(body, set()).add((mention.key, mention.name))
        result.append(mention)
    home = home_country(result, gazetteer=gazetteer)
    likely_home = home or home_country(result, margin=1, least=2)
    sole_home = home_country(result, margin=ARMED_HOME_MARGIN)
    result = [_join_the_tied_one(m, tied, lexicon, home, likely_home, gazetteer) for m in result]
    homes = (home, likely_home, sole_home)
    owned = _owned_bare_bodies(result, tied, homes, gazetteer, text_of)
    return _parliament_as_the_named_legislature(_forces_as_military(owned, text_of))


def _owned_bare_bodies(mentions: list[Mention], tied: dict[str, set[tuple[str, str]]],
                       homes: tuple[Mention | None, ...], gazetteer: Gazetteer,
                       text_of: dict[int, str]) -> list[Mention]:
    """The mentions with each body named by its noun alone given its country (the one country its sentence
    names before it, else as ``_owned_bare_body`` finds); those whose country the article does not tell are no
    actors."""
    result, last_tied, states = [], {}, []
    places: dict[int, list[Mention]] = {}
    starts_of: dict[int, list[int]] = {}
    for mention in mentions:
        if mention.kind in (EntityKind.CITY, EntityKind.COUNTRY, EntityKind.STATE) and mention.rule != "demonym":
            places.setdefault(mention.source.paragraph, []).append(mention)
    for mention in mentions:
        if mention.key.startswith("org:country:") and mention.key.count(":") == 3:
            last_tied[mention.key.rsplit(":", 1)[1]] = (mention.key, mention.name)
        states = _paragraph_states(states, mention)
        body = mention.key.removeprefix(BARE_PREFIX) if mention.key.startswith(BARE_PREFIX) else None
        here = places.get(mention.source.paragraph, [])
        local = _country_of_the_place_around(mention, here, starts_of.setdefault(mention.source.paragraph, [
            p.start for p in here]), text_of, gazetteer) if body in HOME_BODIES | COUNTED_BY_THE_PLACE else None
        # police and protesters: of the place they act in; a health ministry: of the place it counts the dead in
        owner = None if body is None else local or _owner_in_context(states, mention, text_of, body)
        homes_here = (owner,) * 3 if owner is not None else homes
        owned = _owned_bare_body(mention, last_tied, tied, homes_here, gazetteer)
        if owned is not None:
            result.append(owned)
    return result


def _owned_bare_body(mention: Mention, last_tied: dict[str, tuple[str, str]], tied: dict[str, set[tuple[str, str]]],
                     homes: tuple[Mention | None, ...], gazetteer: Gazetteer) -> Mention | None:
    """"the defence ministry said": the home country's (``homes``: the three homes of ``national_bodies``); an
    army is only where the article names no other country's army, or is all but about that one country; else
    the body of that kind the article tied to a country last before it, or the only one it ties. None when the
    article does not say whose it is."""
    home, likely_home, sole_home = homes
    if not mention.key.startswith(BARE_PREFIX):
        return mention
    body = mention.key.removeprefix(BARE_PREFIX)
    choices = tied.get(body, set())
    others = {key for key, _ in choices if home is None or key != f"org:{home.key}:{body}"}
    owner = home if "ministry" in body.split() or not others else sole_home
    if body in HOME_BODIES and not others:
        owner = likely_home  # "police broke up the march" in a story mostly about Cuba: Cuba's
    if owner is not None and owner.key in WITHOUT_MINISTRIES and "ministry" in body.split():
        owner = None  # "the defence ministry" in a story mostly about Washington is someone else's
    if owner is not None and body in CHAMBER_COUNTRIES and owner.key not in CHAMBER_COUNTRIES[body]:
        owner = None  # "told Congress" in a story about Nigeria, whose legislature is no congress: not Nigeria's
    if owner is not None:
        prefix = "group" if mention.kind is EntityKind.GROUP else "org"  # "protesters": "Armenian protesters"
        return replace(mention, key=f"{prefix}:{owner.key}:{body}", name=_named_for(mention, owner, choices, gazetteer))
    if body in last_tied or len(choices) == 1:
        key, name = last_tied.get(body) or next(iter(choices))
        return replace(mention, key=key, name=name)
    return None  # "the coast guard" of a story about two countries' ships: whose, the text must say


SENTENCE_REACH = 600  # characters back from a body in which its sentence is read
# "Lithuania's caretaker government approved …. The cabinet also agreed …": that state's cabinet
GOVERNMENT_AFTER = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}government\b")
COUNTED_BY_THE_PLACE = frozenset({"health ministry"})  # "… killed 11 people in southern X, according to the
# health ministry": X's, the country the dead are counted in


def _paragraph_states(states: list[Mention], mention: Mention) -> list[Mention]:
    """The states and countries named in ``mention``'s paragraph up to it (``states``: those up to the one
    before)."""
    if states and states[-1].source != mention.source:
        states = []
    if mention.kind in (EntityKind.STATE, EntityKind.COUNTRY) and mention.key.startswith("country:"):
        states.append(mention)
    return states


def _owner_in_context(states: list[Mention], mention: Mention, text_of: dict[int, str], body: str,
                      sole_state: bool = True) -> Mention | None:
    """Whose ``body`` a mention is by its context: the state whose government its sentence or the one before
    names; a health ministry's, the country its sentence places the toll in; else (``sole_state``) the one
    state its sentence names before it."""
    text = text_of[mention.source.paragraph]
    sentence_start = _sentence_start(text, mention.start)
    previous_start = _sentence_start(text, sentence_start - 2) if sentence_start > 1 else sentence_start
    here = []
    for state in reversed(states):  # in text order: only those of the two sentences are read
        if state.start < previous_start:
            break
        if state.start < mention.start:
            here.insert(0, state)
    governing = [m for m in here if m.kind is EntityKind.STATE and GOVERNMENT_AFTER.match(text, m.end)]
    if governing:
        return governing[-1]
    places = [m for m in here if m.kind is EntityKind.COUNTRY and m.start >= sentence_start]
    if body in COUNTED_BY_THE_PLACE and places:
        return places[-1]
    named = {m.key: m for m in here if m.kind is EntityKind.STATE and m.start >= sentence_start}
    return next(iter(named.values())) if sole_state and len(named) == 1 else None


def _country_of_the_place_around(mention: Mention, places: list[Mention], starts: list[int],
                                 text_of: dict[int, str], gazetteer: Gazetteer) -> Mention | None:
    """The country of the place named nearest ``mention`` in its sentence or the ones either side ("marched
    through central Helsinki, according to police": Finland's police); ``places`` are the paragraph's, in text
    order, starting at ``starts``."""
    text = text_of[mention.source.paragraph]
    start = _sentence_start(text, mention.start)
    start = _sentence_start(text, start - 2) if start > 1 else start
    end = text.find(". ", mention.end, mention.end + SENTENCE_REACH)
    end = text.find(". ", end + 2, end + SENTENCE_REACH) if end >= 0 else -1  # and the sentence after
    end = end if end >= 0 else mention.end + SENTENCE_REACH
    window = places[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
    near = sorted(window, key=lambda p: abs(p.start - mention.start))
    for place in near:
        code = place.key.removeprefix("country:") if place.key.startswith("country:") else \
            next((e.country for e in gazetteer.lookup(place.name) if e.key == place.key and e.country), None)
        if code and ":" not in code:
            country = gazetteer.country(code)
            return Mention(mention.source, place.start, place.end, place.text, country.name, EntityKind.STATE,
                           country.key, "country of a place")
    return None


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding ``position`` starts (read back at most ``SENTENCE_REACH`` characters)."""
    reach = max(0, position - SENTENCE_REACH)  # bounded: a run-on text may have no sentence end
    return max(text.rfind(". ", reach, position), text.rfind("? ", reach, position), reach - 1) + 1


def _named_for(mention: Mention, owner: Mention, choices: set[tuple[str, str]], gazetteer: Gazetteer,
               body: str | None = None) -> str:
    """The name of ``owner``'s body that ``mention`` names by its noun (``body``, else its bare key's): as the
    article names it, else by the country's adjective ("Kenyan defence ministry")."""
    body = body or mention.key.removeprefix(BARE_PREFIX)
    named = next((name for key, name in sorted(choices) if key == f"org:{owner.key}:{body}"), None)
    return named or f"{gazetteer.adjective_of(owner.key)} {mention.name}"


def _parliament_as_the_named_legislature(mentions: list[Mention]) -> list[Mention]:
    """"The National Assembly voted the decree down … and parliament impeached him": in an article that names one
    legislature and one country's parliament by its noun, the two are one body, by the name the article gives."""
    named = {m.key: m for m in mentions if m.kind is EntityKind.ORGANISATION
             and m.name.lower().removeprefix("the ") in LEGISLATURE_NAMES}
    bare = {m.key for m in mentions if m.key.startswith("org:country:") and m.key.endswith(":parliament")}
    if len(named) != 1 or len(bare) != 1:
        return mentions
    legislature = next(iter(named.values()))
    return [replace(m, name=legislature.name, key=legislature.key, rule="parliament by the name the article gives")
            if m.key in bare else m for m in mentions]


def _forces_as_military(mentions: list[Mention], text_of: dict[int, str]) -> list[Mention]:
    """"Israeli jets struck …", "Lebanese troops patrolled …" in an article that names the country's military
    ("the Israeli army", "the Lebanese army"): the jets and troops are that military's."""
    militaries = {m.key.removeprefix("org:").removesuffix(":military"): m for m in mentions
                  if m.key.startswith("org:country:") and m.key.endswith(":military")}
    if not militaries:
        return mentions
    result = []
    for mention in mentions:
        military = militaries.get(mention.key) if mention.rule == "demonym" else None
        if military is not None and FORCES_AFTER.match(text_of[mention.source.paragraph], mention.end):
            mention = replace(mention, name=military.name, kind=military.kind, key=military.key,
                              rule="demonym of the country's forces")
        result.append(mention)
    return result


def described_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """The paragraph's mentions, each organisation or group the text describes by what it is taking that
    description as its role: "the Forces of Freedom and Change (FFC), the coalition of protest groups" or "the
    rebel alliance, the M23" is whom "the coalition" or "the alliance" later means."""
    result = []
    for index, mention in enumerate(mentions):
        if mention.kind in (EntityKind.ORGANISATION, EntityKind.GROUP) and not mention.role:
            after = DESCRIBED_AFTER.match(text, mention.end)
            before = DESCRIBED_BEFORE.search(text, max(0, mention.start - 80), mention.start)
            previous_end = mentions[index - 1].end if index else 0
            described = after or (before if before and before.start() >= previous_end else None)
            if described is not None:
                mention = replace(mention, role=described.group("description"))
        result.append(mention)
    return result


def home_country(mentions: list[Mention], margin: int = HOME_MARGIN, least: int = 1,
                  gazetteer: Gazetteer | None = None) -> Mention | None:
    """The state the article names most, if it names one ``margin`` times as often as any other (and ``least``
    times): "the Defence Ministry" of an article about Sudan is Sudan's. With the ``gazetteer``, a city named
    counts for its country: a story told in Conakry is at home in Guinea."""
    counts = Counter(m.key for m in mentions if m.kind in (EntityKind.STATE, EntityKind.COUNTRY)
                     and m.key.startswith("country:"))
    if gazetteer is not None:
        counts.update(key for m in mentions if m.kind is EntityKind.CITY and (key := _country_key_of(m, gazetteer))
                      in counts)
        dateline = mentions[0] if mentions and mentions[0].kind is EntityKind.CITY and mentions[0].start == 0 else None
        if dateline is not None and (key := _country_key_of(dateline, gazetteer)) in counts:
            counts[key] += DATELINE_WEIGHT  # "KATHMANDU, Sept 9 (Reuters) -": where the story is told
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < least or (len(ranked) > 1 and ranked[1][1] * margin > ranked[0][1]):
        return None
    return next(m for m in mentions if m.key == ranked[0][0])


def _country_key_of(city: Mention, gazetteer: Gazetteer) -> str | None:
    """The key of the country a city the gazetteer knows lies in."""
    entry = next((e for e in gazetteer.lookup(city.name) if e.key == city.key and e.country), None)
    return f"country:{entry.country}" if entry else None


def _as_national_force(mention: Mention, gazetteer: Gazetteer) -> Mention:
    """"Israel Defense Forces", "Royal Thai Army", "Serbian Armed Forces": a country's military by its own name is
    the body "the Israeli military" names (but not "Free Syrian Army", a rebel force); so are "Sri Lanka Police",
    "Police of Armenia", "Philippine Coast Guard" the bodies "Sri Lankan police", "the Armenian police" and "the
    Philippine coast guard" name."""
    if mention.kind is not EntityKind.ORGANISATION:
        return mention
    named = NATIONAL_FORCE.fullmatch(mention.name)
    if named is None:
        return mention
    country = named.group("country") or named.group("of_country")
    entry = next((e for e in gazetteer.lookup(country) if e.form in ("demonym", "name", "alias")
                  and e.kind in (EntityKind.COUNTRY, EntityKind.STATE) and e.country), None)
    if entry is None:
        return mention
    body = " ".join((named.group("body") or named.group("of_body")).lower().split())
    body = "military" if body in MILITARY_NAMES else SAME_BODY.get(body, body)
    return replace(mention, key=f"org:{gazetteer.country(entry.country).key}:{body}")


def _body(name: str, lexicon: Lexicon) -> str | None:
    """"Ministry of Foreign Affairs" → "foreign ministry", "Defense Ministry" → "defence ministry"; None for
    a name that is more than a body's head and portfolio words ("Guyana Defence Force", "State Department")."""
    words = name.split()
    words = words[1:] if words[:1] == ["The"] else words
    if " ".join(words).lower() in NATIONAL_INSTITUTIONS:
        return " ".join(words).lower()  # "Romania's Constitutional Court": one of a court every country has
    if not words or not any(w in BODY_HEADS for w in words) or any(w in INTERNATIONAL for w in words) or \
            not all(w in BODY_HEADS or w in LINKS or w in lexicon.portfolio_words for w in words):
        return None
    lower = [w.lower() for w in words if w not in LINKS]
    if words[0] in BODY_HEADS and len(lower) > 1:
        lower = [*lower[1:], lower[0]]  # "Ministry of Defence" → "defence ministry"
    if lower[-2:-1] == ["affairs"]:
        del lower[-2]  # "foreign affairs ministry" → "foreign ministry"
    body = " ".join(lower)
    return SAME_BODY.get(body, body)


def _named_country(mention: Mention, gazetteer: Gazetteer) -> Mention | None:
    """"Russian Defence Ministry": the demonym inside the name says whose it is."""
    first = mention.name.split()[0]
    if " " not in mention.name:
        return None
    entry = next((e for e in gazetteer.lookup(first) if e.form in ("demonym", "name", "alias")), None)
    if entry is None or entry.kind not in (EntityKind.COUNTRY, EntityKind.STATE) or entry.country is None:
        return None
    country = gazetteer.country(entry.country)
    return Mention(mention.source, mention.start, mention.end, first, country.name, EntityKind.STATE, country.key,
                   "demonym")


def _owner_before(previous: Mention | None, mention: Mention, text_of: dict[int, str]) -> Mention | None:
    """"Russia's Defence Ministry": a state named right before the body, with a possessive or nothing between."""
    if previous is None or previous.source != mention.source or previous.kind is not EntityKind.STATE:
        return None
    gap = text_of[mention.source.paragraph][previous.end:mention.start]
    return previous if gap in POSSESSIVE_GAPS else None


def _join_the_tied_one(mention: Mention, tied: dict[str, set[tuple[str, str]]], lexicon: Lexicon,
                       home: Mention | None, likely_home: Mention | None, gazetteer: Gazetteer) -> Mention:
    """"the Defence Ministry said" after "Russia's Defence Ministry": the one body of that kind the article ties
    to a country; where it ties none, the home country's (``home_country``), so that no other article's
    country's body takes it over. A ministry, which only a state has, goes with the state the article names
    most even by a small margin: one story's "Foreign Ministry" is not another story's (a council may be the
    UN's)."""
    if mention.kind is not EntityKind.ORGANISATION or mention.key.count(":") > 1:
        return mention
    body = _body(mention.name, lexicon)
    choices = tied.get(body, set()) if body else set()
    owner = likely_home if body and "ministry" in body.split() else home
    if not choices and body and owner is not None:
        name = _named_for(mention, owner, set(), gazetteer, body) if body in NATIONAL_INSTITUTIONS else mention.name
        return replace(mention, key=f"org:{owner.key}:{body}", name=name)  # ("Malawian Constitutional Court":
        # every country has one)
    if len(choices) != 1:
        return mention
    key, name = next(iter(choices))
    return replace(mention, key=key, name=name)
