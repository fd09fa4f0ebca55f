"""Stage 3, resolve: mentions from every article → one entity per real-world thing.

"President Lena Okafor", "Okafor" and "Okafor’s" become one actor; "Türkiye"
and "Turkey" share a gazetteer key; a lone surname joins the one person in
the corpus whose name ends with it; "Iran’s leader" joins the person whose
role says leader. The writer's registry (``content/entities.yml``) has the
last word: it merges, renames, retypes, describes or suppresses.
"""
from __future__ import annotations

import bisect
import difflib
import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import Callable

from generator.extract.context import initials
from generator.extract.lexicon import load_lexicon
from generator.extract.names import (ACTING_NAME, AGED_NAME, DESCRIBED_SPEAKER, KNOWN_AS, KNOWN_SURNAME,
                                     NAME_SUFFIXES, OFFICER_BODY, ROLE_BEFORE_ONE_NAME, SPEAKING_NAME)
from generator.extract.quotes import OFFICE_SYNONYMS
from generator.extract.places import CAPITAL_FOR_GOVERNMENT, COUNTRY_AS_ACTOR, GAZETTEER_RULE
from generator.model import Entity, EntityKind, Extraction, Mention, Quote, RoleReference
from generator.registry import RegistryEntry, name_key
from generator.slugs import fold, unique_slugs

GroupId = tuple[bool, str]  # (is an actor, key)


@dataclass(frozen=True)
class Resolution:
    actors: tuple[Entity, ...]
    venues: tuple[Entity, ...]
    quotes: tuple[Quote, ...]


class _Groups:
    """Union-find over mention keys: which keys name the same entity."""

    def __init__(self, mentions: list[Mention]):
        self.parent: dict[GroupId, GroupId] = {}
        self.members: dict[GroupId, list[Mention]] = defaultdict(list)
        for mention in mentions:
            gid = group_id(mention)
            self.parent.setdefault(gid, gid)
            self.members[gid].append(mention)

    def find(self, gid: GroupId) -> GroupId:
        while self.parent[gid] != gid:
            self.parent[gid] = self.parent[self.parent[gid]]
            gid = self.parent[gid]
        return gid

    def union(self, keep: GroupId, other: GroupId) -> None:
        keep, other = self.find(keep), self.find(other)
        if keep != other:
            self.parent[other] = keep

    def groups(self) -> dict[GroupId, list[Mention]]:
        result: dict[GroupId, list[Mention]] = defaultdict(list)
        for gid, mentions in self.members.items():
            result[self.find(gid)].extend(mentions)
        return result


def group_id(mention: Mention) -> GroupId:
    """A lone name is grouped per article first: "Yoon" of one article may be another "Yoon" than another's."""
    if mention.key.startswith("surname:"):
        return (mention.kind.is_actor, f"{mention.key}{ARTICLE_MARK}{mention.source.article}")
    return (mention.kind.is_actor, mention.key)


def _no_known_names(key: str) -> tuple[str, ...]:
    return ()


def resolve(extractions: tuple[Extraction, ...], registry: tuple[RegistryEntry, ...] = (),
            known_names: Callable[[str], tuple[str, ...]] = _no_known_names,
            demonyms: Callable[[str], tuple[str, ...]] = _no_known_names) -> Resolution:
    """``known_names(key)`` gives other names of gazetteer things ("Turkey" for "Türkiye"),
    so that a page lists them and search finds it by any of them; ``demonyms(key)`` a country's
    adjectives ("Turkish"), which tell whose official a "Turkish minister" is."""
    mentions = _places_named_as_places(_surnames_read_as_countries([m for e in extractions for m in e.mentions]))
    groups = _Groups(mentions)
    _join_acronyms(groups, mentions)
    _join_same_names(groups)
    _join_bare_bodies_to_their_country(groups)
    _join_person_names(groups)
    _join_families(groups)
    _join_lone_names(groups)
    _join_transliterations(groups)
    _join_place_spellings(groups)
    _join_short_names(groups)
    _join_building_short_names(groups)
    entry_of = _apply_registry(groups, registry)
    merged = groups.groups()
    suppressed = {gid for gid, entry in entry_of.items() if entry.suppress}
    merged = {gid: ms for gid, ms in merged.items() if gid not in suppressed and _is_entity(ms, entry_of.get(gid))}
    role_refs = [r for e in extractions for r in e.role_references]
    resolved_roles = _resolve_role_references(role_refs, merged, entry_of, demonyms)
    for ref, gid in resolved_roles.items():
        merged[gid].append(Mention(ref.source, ref.start, ref.end, ref.text, ref.text, EntityKind.PERSON,
                                   gid[1], "role reference"))
    entities = _with_affiliations(_entities(merged, entry_of, known_names), merged, entry_of, demonyms)
    slug_of = {gid: entity.slug for gid, entity in entities.items()}
    quotes = _quotes(extractions, groups, resolved_roles, slug_of)
    actors = tuple(sorted((e for e in entities.values() if e.is_actor), key=lambda e: e.slug))
    venues = tuple(sorted((e for e in entities.values() if not e.is_actor), key=lambda e: e.slug))
    return Resolution(actors, venues, quotes)


BUILDING_NOUNS = frozenset({"hotel", "airport", "stadium", "palace"})  # what a building's name may leave out
ARTICLE_MARK = "@"  # between a lone name's key and its article in its first group
LONE_NAME_RULES = frozenset({KNOWN_SURNAME, ACTING_NAME})
UNTITLED_NAME_RULES = frozenset({"name sequence", *LONE_NAME_RULES})


def _surnames_read_as_countries(mentions: list[Mention]) -> list[Mention]:
    """A country that only ever acts, in a story that names someone in full by that surname, is that person:
    "Montenegro wins Portugal's election" after "Prime Minister Luis Montenegro" (a story that names the country
    as a place, "in Jordan", means the country)."""
    surnames = {name_key(m.name.split()[-1]) for m in mentions if m.kind is EntityKind.PERSON and " " in m.name}
    places = {m.key for m in mentions if not m.kind.is_actor or m.rule == "demonym"}
    return [replace(m, kind=EntityKind.PERSON, key=f"surname:{name_key(m.text)}", name=m.text, rule=KNOWN_SURNAME,
                    coordinates=None)
            if m.rule == COUNTRY_AS_ACTOR and name_key(m.text) in surnames and m.key not in places else m
            for m in mentions]


def _places_named_as_places(mentions: list[Mention]) -> list[Mention]:
    """A bare name that the article also names as a place is that place: after "the Saudi city of Al-Ula",
    "Al-Ula's dramatic landscape" is no person (a name with a title or a role stays one, and so does a name someone
    is titled with: "President Xi"). A lone word is the place another article names too ("Debaltseve fell")."""
    surnames = {name_key(m.name.split()[-1]) for m in mentions if m.kind is EntityKind.PERSON and " " in m.name}
    titled = {name_key(m.name) for m in mentions if m.kind is EntityKind.PERSON and m.rule not in UNTITLED_NAME_RULES}
    places = {(m.source.article, name_key(m.name)): m for m in mentions  # not "President Xi" of "during Xi's visit"
              if not m.kind.is_actor and name_key(m.name) not in titled}
    anywhere = {name: m for (_, name), m in sorted(places.items())  # a lone word: named as a place in any article,
                if name not in surnames}  # unless it is someone's surname
    result = []
    for mention in mentions:
        place = places.get((mention.source.article, name_key(mention.name)))
        if place is None and mention.rule in LONE_NAME_RULES:
            place = anywhere.get(name_key(mention.name))
        if place is not None and mention.kind is EntityKind.PERSON and mention.rule in UNTITLED_NAME_RULES:
            mention = replace(mention, kind=place.kind, key=place.key, name=place.name, rule="named as a place",
                              coordinates=place.coordinates)
        result.append(mention)
    return result


def _join_acronyms(groups: _Groups, mentions: list[Mention]) -> None:
    """Bare acronyms join their organisation: defined in the text ("… Agency (IAEA)"),
    or the initials of exactly one organisation's name ("EU" of "European Union")."""
    for mention in mentions:
        if mention.rule == "acronym definition":
            acronym = (True, f"org:{name_key(mention.text)}")
            if acronym in groups.parent:
                groups.union(group_id(mention), acronym)
    by_initials: dict[str, set[GroupId]] = defaultdict(set)
    in_article: dict[tuple[str, str], set[GroupId]] = defaultdict(set)
    for mention in mentions:
        if mention.kind is EntityKind.ORGANISATION and len(mention.name.split()) > 1:
            for letters in _initials_of(mention.name):
                by_initials[letters].add(groups.find(group_id(mention)))
                in_article[(mention.source.article, letters)].add(groups.find(group_id(mention)))
    for mention in mentions:
        if mention.rule != "acronym":
            continue
        found = in_article.get((mention.source.article, mention.name)) or by_initials.get(mention.name, ())
        if len(found) == 1:  # the article's own body first: its "DEA" is no other story's Danish Energy Agency
            groups.union(next(iter(found)), group_id(mention))


def _initials_of(name: str) -> set[str]:
    """A name's initials, and those of the name after a country's abbreviation ("U.S. Drug Enforcement
    Administration": "USDEA" and "DEA")."""
    letters = {initials(name)}
    first, _, rest = name.partition(" ")
    if "." in first or first.isupper() and len(first) <= 3:
        letters.add(initials(rest))
    return letters



def _join_same_names(groups: _Groups) -> None:
    """One name, one actor: "Viv Ansanm" found as an organisation and as a person is one entity,
    "Defence Ministry" and "Ministry of Defence" are one body, "Houthi" and "Houthis" one group; a lone
    word seen speaking ("Hamas said") joins the body of that name, not a person's surname, or else the person
    known only by that name ("President Aliyev")."""
    by_name: dict[tuple[bool, str, str | None], GroupId] = {}
    bodies: dict[str, GroupId] = {}
    one_word_persons: dict[str, GroupId] = {}  # "President Aliyev": a person known by one name
    lone: list[tuple[GroupId, list[Mention]]] = []

    @functools.cache
    def long_names() -> frozenset[tuple[str, str]]:
        """(article, word) for every word of a person's name of two words or more."""
        return frozenset((m.source.article, word) for ms in groups.members.values() for m in ms
                         if m.kind is EntityKind.PERSON and len(words := name_key(m.name).split()) > 1
                         for word in words)

    for gid, mentions in sorted(groups.groups().items()):
        if gid[1].startswith("surname:"):
            lone.append((gid, mentions))
            continue
        key = (gid[0], _canonical_name(_name(mentions), mentions[0].kind), _body_country(gid))
        if key in by_name:
            groups.union(by_name[key], gid)
        else:
            by_name[key] = gid
        if gid[0] and mentions[0].kind is not EntityKind.PERSON:
            bodies.setdefault(name_key(_name(mentions)), gid)
        elif mentions[0].kind is EntityKind.PERSON and len(name_key(_name(mentions)).split()) == 1:
            one_word_persons.setdefault(name_key(_name(mentions)), gid)
    for gid, mentions in lone:
        if (body := bodies.get(name_key(_name(mentions)))) is not None:
            groups.union(body, gid)
        elif (person := one_word_persons.get(name_key(_name(mentions)))) is not None and \
                _share_article(groups.members[person], mentions) and not _in_longer_name(mentions, long_names()):
            groups.union(person, gid)  # "Azerbaijani President Aliyev" … "Aliyev said"


def _join_bare_bodies_to_their_country(groups: _Groups) -> None:
    """"the Constitutional Court" in one article, "Thailand's Constitutional Court" in another: one court, where
    the bare one's articles name that country and no other whose court of that name the corpus ties."""
    countries: dict[str, set[str]] = defaultdict(set)  # article → the countries it names
    tied: dict[str, dict[str, GroupId]] = defaultdict(dict)  # body's name → country → its group
    bare: list[tuple[GroupId, list[Mention]]] = []
    for gid, mentions in sorted(groups.groups().items()):
        kind = mentions[0].kind
        if kind in (EntityKind.STATE, EntityKind.COUNTRY):
            for mention in mentions:
                countries[mention.source.article].add(gid[1])
        elif kind is EntityKind.ORGANISATION and (country := _body_country(gid)) is not None:
            tied[gid[1].rsplit(":", 1)[1]][country] = gid
        elif kind is EntityKind.ORGANISATION and gid[0]:
            bare.append((gid, mentions))
    for gid, mentions in bare:
        owners = tied.get(name_key(_name(mentions)), {})
        named = set().union(*(countries[m.source.article] for m in mentions)) & set(owners)
        if len(named) == 1:
            groups.union(owners[named.pop()], gid)


def _body_country(gid: GroupId) -> str | None:
    """The country a government body is tied to ("org:country:SDN:defence ministry" → "country:SDN"): two
    countries' bodies of one name are two bodies."""
    parts = gid[1].split(":")
    return ":".join(parts[1:3]) if parts[:2] == ["org", "country"] and len(parts) > 3 else None


def _share_article(a: list[Mention], b: list[Mention]) -> bool:
    return bool({m.source.article for m in a} & {m.source.article for m in b})


def _in_longer_name(mentions: list[Mention], long_names: frozenset[tuple[str, str]]) -> bool:
    """The lone word is part of a longer person's name in one of its articles ("Omar Abdullah" … "Abdullah
    said"): the full name, not a one-word namesake, is who it is (``_join_person_names`` joins them)."""
    word = name_key(_name(mentions))
    return any((m.source.article, word) in long_names for m in mentions)


def _canonical_name(name: str, kind: EntityKind) -> str:
    words = name_key(name).split()
    if kind is EntityKind.ORGANISATION and words[:2] == ["united", "nations"] and len(words) > 2:
        words = ["un", *words[2:]]  # "United Nations Security Council" is the "UN Security Council"
    if kind is EntityKind.ORGANISATION:
        words = " ".join(words).replace("co operation", "cooperation").split()  # "Co-operation", "Cooperation"
    if kind is EntityKind.ORGANISATION and len(words) == 2 and words[1] in HEADS_WITH_OF:
        return f"{words[1]} of {words[0]}"  # "defence ministry" → "ministry of defence"
    if kind is EntityKind.GROUP and words and words[-1].endswith("s"):
        return " ".join(words[:-1] + [words[-1][:-1]])  # "houthis" → "houthi"
    if kind is EntityKind.BUILDING and words[-2:] == ["international", "airport"]:
        return " ".join(words[:-2] + ["airport"])  # "Gardermoen International Airport" is "Gardermoen Airport"
    if not kind.is_actor and words[-2:] in (["gas", "field"], ["oil", "field"]):
        return " ".join(words[:-2] + ["field"])  # "the Karish gas field" is "the Karish field"
    if kind is EntityKind.BUILDING and words[-2:] in (["nuclear", "plant"], ["power", "station"]):
        return " ".join(words[:-1] + ["power", "plant"] if words[-2] == "nuclear" else words[:-2] + ["power", "plant"])
        # "the X nuclear plant" is "the X nuclear power plant"; a power station is a power plant
    return " ".join(words)


def _join_short_names(groups: _Groups) -> None:
    """An organisation or group joins the one longer name it ends ("Aspides" → "Operation Aspides",
    "Security Council" → "UN Security Council")."""
    bodies = {gid: ms for gid, ms in groups.groups().items()
              if gid[0] and ms[0].kind in (EntityKind.ORGANISATION, EntityKind.GROUP)}
    named = {gid: _words(ms) for gid, ms in bodies.items()}
    articles = {gid: {m.source.article for m in ms} for gid, ms in bodies.items()}
    for gid, words in named.items():
        longer = [other for other, other_words in named.items()
                  if len(other_words) > len(words) and (other_words[-len(words):] == words
                                                        and not _sent_to(other_words[:-len(words)])
                                                        or _named_with_its_kind(words, other_words))
                  and _body_country(other) in (None, _body_country(gid))]
        if len(longer) > 1:  # "Security Council": the UN's, where the article names only that one
            longer = [other for other in longer if articles[other] & articles[gid]]
        if len(longer) == 1:
            groups.union(longer[0], gid)


def _named_with_its_kind(words: list[str], other: list[str]) -> bool:
    """"Labour" of "Labour Party", "Badr" of "Badr Organization": a body's name without the word for its kind."""
    return len(other) == len(words) + 1 and other[:len(words)] == words and other[-1] in BODY_KIND_WORDS


BODY_KIND_WORDS = frozenset("party organization organisation movement front alliance group".split())


def _sent_to(head: list[str]) -> bool:
    """"mission to the United Nations": the shorter name is what the longer one's body is sent to, not the body
    (but "International Committee of the Red Cross" is the Red Cross, "House of Commons" the Commons)."""
    words = head[:-1] if head[-1:] == ["the"] else head
    return words[-1:] == ["to"]


def _join_building_short_names(groups: _Groups) -> None:
    """A place named without the noun that says what it is joins the one building so named ("the Metropole" →
    "Metropole Hotel", "JW Marriott" → "JW Marriott hotel"); a city, country or region of that name stays apart
    ("Gaza" is not "Gaza Airport")."""
    places = {gid: ms for gid, ms in groups.groups().items() if not gid[0]}
    buildings: dict[str, list[GroupId]] = defaultdict(list)
    for gid, mentions in places.items():
        words = name_key(_name(mentions)).split()
        if mentions[0].kind is EntityKind.BUILDING and len(words) > 1 and words[-1] in BUILDING_NOUNS:
            buildings[" ".join(words[:-1])].append(gid)
    for gid, mentions in places.items():
        longer = buildings.get(name_key(_name(mentions)), [])
        if mentions[0].kind in (EntityKind.OTHER, EntityKind.BUILDING) and len(longer) == 1 and longer[0] != gid:
            groups.union(longer[0], gid)
    _join_military_sites(groups, places)


def _join_military_sites(groups: _Groups, places: dict[GroupId, list[Mention]]) -> None:
    """"Kati military base", "Kati camp", "the Kati barracks": one site, whatever the text calls its kind."""
    sites: dict[str, list[GroupId]] = defaultdict(list)
    for gid, mentions in sorted(places.items()):
        name = name_key(_name(mentions))
        base = MILITARY_SITE.sub("", name)
        if mentions[0].kind is EntityKind.BUILDING and base != name and base:
            sites[base].append(gid)
    for members in sites.values():
        for other in members[1:]:
            groups.union(members[0], other)


MILITARY_SITE = re.compile(r"\s(?:(?:military|army|air|naval)\s)?(?:base|camp|barracks|garrison)\Z")


def _join_person_names(groups: _Groups) -> None:
    """Surnames and partial names join the one full name they belong to."""
    persons = {gid: ms for gid, ms in groups.groups().items() if ms[0].kind is EntityKind.PERSON}
    full = {gid: _words(ms) for gid, ms in persons.items() if len(_words(ms)) >= 2 and gid[1].startswith("person:")}
    having: dict[str, list[GroupId]] = defaultdict(list)
    given: dict[str, list[GroupId]] = defaultdict(list)  # by the sound of the first name: "Mohamed", "Mohammed"
    known_as = {gid: [name_key(m.text).split() for m in persons[gid] if m.rule == KNOWN_AS] for gid in full}
    for gid, words in full.items():
        for word in set(words).union(*known_as[gid]):  # "Salah Gosh", the name "Salah … Saleh" is known as
            having[word].append(gid)
        given[_skeleton(words[0])].append(gid)
    # Longer names first: "Tayyip Erdogan" joins "Recep Tayyip Erdoğan" before "Erdogan" looks for its
    # full name, and then finds one person, not two.
    for gid, mentions in sorted(persons.items(), key=lambda item: (-len(_words(item[1])), item[0])):
        words = _words(mentions)
        if not words:
            continue  # a name with no letters or digits joins nothing
        matches = [other for other in having.get(words[0], ())
                   if other != gid and any(_is_part_of(words, name) for name in [full[other], *known_as[other]])
                   and not (len(words) > 1 and _longer_name_later(mentions, persons[other]))]
        if len(words) == 1:  # "Crown Prince Mohamed" may be a "Mohammed bin Salman" named in full before
            matches += [other for other in given.get(_skeleton(words[0]), ())
                        if other != gid and other not in matches and _given_alike(words[0], full[other][0])]
        matches = list({groups.find(other): other for other in sorted(matches)}.values())
        best = _closest(matches, mentions, persons)
        if best is not None:
            groups.union(best, gid)


def _longer_name_later(short: list[Mention], longer: list[Mention]) -> bool:
    """"President Nicolas Maduro … his son, Nicolas Maduro Guerra": a longer name an article brings in after the
    shorter full name is someone else (a story shortens a name it gave in full, never the reverse)."""
    first_short = _first_places(short)
    return any(article in first_short and where > first_short[article]
               for article, where in _first_places(longer).items())


def _first_places(mentions: list[Mention]) -> dict[str, tuple[int, int]]:
    """Where each article first names the mentions' bearer (paragraph, offset)."""
    first: dict[str, tuple[int, int]] = {}
    for mention in mentions:
        where = (mention.source.paragraph, mention.start)
        if where < first.get(mention.source.article, (1 << 30, 0)):
            first[mention.source.article] = where
    return first


def _join_lone_names(groups: _Groups) -> None:
    """An article's lone name that joined no full name goes where the same name of other articles went most
    often ("Putin" of an article that never names him in full is Vladimir Putin), or else with the others."""
    current = groups.groups()
    by_name: dict[tuple[bool, str], list[GroupId]] = defaultdict(list)
    for gid in sorted(groups.members):
        if gid[1].startswith("surname:"):
            by_name[(gid[0], gid[1].split(ARTICLE_MARK, 1)[0])].append(gid)
    for gids in by_name.values():
        alone = [gid for gid in gids if groups.find(gid) == gid and not _longer_than_lone(current.get(gid, []))]
        went = Counter(groups.find(gid) for gid in gids if groups.find(gid) != gid)
        target = min(went, key=lambda root: (-went[root], root)) if went else (alone[0] if alone else None)
        for gid in alone:
            if target is not None and gid != target:
                groups.union(target, gid)


def _longer_than_lone(mentions: list[Mention]) -> bool:
    """The group holds more than lone names: something else joined it."""
    return any(not m.key.startswith("surname:") for m in mentions)


def _join_families(groups: _Groups) -> None:
    """"The Obamas ended the evening at …": a family named by its surname joins the person of that surname its
    articles name in full, or of several the one named most."""
    current = groups.groups()
    persons = {gid: _words(ms) for gid, ms in current.items() if ms[0].kind is EntityKind.PERSON
               and len(_words(ms)) >= 2}
    for gid, mentions in current.items():
        words = _words(mentions)
        if mentions[0].kind is not EntityKind.GROUP or len(words) != 1 or not words[0].endswith("s"):
            continue
        matches = sorted({groups.find(person) for person, names in persons.items()
                          if names[-1] == words[0][:-1] and _share_article(current[person], mentions)})
        named = sorted(((len(current[m]), m) for m in matches), reverse=True)
        if named and len(mentions) > named[0][0]:
            continue  # "the Houthis" named more often than Abdul Malik al-Houthi: a movement, not his family
        if len(named) == 1 or len(named) > 1 and named[0][0] > named[1][0]:
            groups.members[gid] = [replace(m, kind=EntityKind.PERSON) for m in groups.members[gid]]
            groups.union(named[0][1], gid)  # "the Obamas": Barack Obama, named more than Michelle (a couple's
            # page is the one of the two named more: no third person of the surname)


# On a tie, the kind with the stronger evidence: a name seen with "gang" or "Council" is not a person.
KIND_TIE_ORDER = [EntityKind.ORGANISATION, EntityKind.GROUP, EntityKind.STATE, EntityKind.PERSON, EntityKind.CITY,
                  EntityKind.COUNTRY, EntityKind.SEA, EntityKind.REGION, EntityKind.BUILDING, EntityKind.OTHER]
# Organisation words that name the same body either way round: "Defence Ministry", "Ministry of Defence".
HEADS_WITH_OF = frozenset({"ministry", "department", "office", "agency", "commission", "committee", "council",
                           "bank", "court", "secretariat"})
# "the Rwandan leader": whoever leads the country, whatever the office is called.
LEADER_ROLES = ("leader", "president", "prime minister", "premier", "chancellor", "king", "emir", "sultan")
ROLE_SYNONYMS = OFFICE_SYNONYMS | {"pm": ("prime minister",)}


def _words(mentions: list[Mention]) -> list[str]:
    longest = max((m.name for m in mentions), key=lambda n: (len(n.split()), n))
    return name_key(longest).split()


def _without_suffixes(words: list[str]) -> list[str]:
    """A name's words but the suffixes that end it ("ferdinand marcos" of "ferdinand marcos jr")."""
    end = len(words)
    while end > 1 and words[end - 1] in NAME_SUFFIXES:
        end -= 1
    return words[:end]


def _is_part_of(words: list[str], other: list[str]) -> bool:
    """A surname ("trump" of "donald trump", "marcos" of "ferdinand marcos jr"), another single
    name a person goes by ("lula" of "luiz inacio lula da silva"), a run of words of a longer name, or its
    first and last names."""
    if len(words) >= len(other):
        return False
    core = _without_suffixes(other)
    if len(words) == 1:  # two letters only as the first or last word ("Xi" of "Xi Jinping")
        return (words[0] in core and (len(words[0]) > 2 or words[0] in (core[0], core[-1]))) or \
            any(_spelled_alike(words[0], word) for word in core[-1:])
    if len(words) >= 2 and words[-1] == core[-1] and other[:len(words) - 1] == words[:-1]:
        return True  # "Khawaja Asif" of "Khawaja Muhammad Asif", "Paul-Henri Damiba" of "Paul-Henri Sandaogo
        # Damiba": the given names and the surname
    if len(words) >= 3 and words[0] == other[0] and words[1] in SURNAME_PARTICLES and core[-len(words) + 1:] == \
            words[1:]:
        return True  # "Tarek Ibn Nour" of "Tarek Mohamed Ahmed Ibn Nour": the first name and the surname
    if len(words) >= 3 and words[0] == other[0] and words[-1] == other[-1] and _in_order(words, other):
        return True  # "Mohammed bin Abdulrahman Al Thani" of "Mohammed bin Abdulrahman bin Jassim Al Thani": a
        # lineage shortened
    if len(words) == 2 and len(core) >= 4 and words[0] == core[0] and words[1] in core[2:-1] and \
            words[1] not in SURNAME_PARTICLES:
        return True  # "Carlos Manzo" of "Carlos Alberto Manzo Rodríguez": the given name and the father's surname
    return any(other[i:i + len(words)] == words for i in range(len(other) - len(words) + 1))


def _in_order(words: list[str], other: list[str]) -> bool:
    """Each of ``words`` is in ``other``, in the same order."""
    rest = iter(other)
    return all(word in rest for word in words)


SURNAME_PARTICLES = frozenset("ibn bin bint ben abu al el van von de da di du del der den le la".split())


def _join_transliterations(groups: _Groups) -> None:
    """One person spelt two ways ("Rustem Umerov" / "Rustem Umierov", "Volodymyr Zelensky" /
    "Zelenskyy"), or shortened ("Pat Ryder" / "Patrick Ryder"): full names of as many words, each word the same or
    spelt alike, at least one the same, or one given name the other's short form; never both in one paragraph (two
    names side by side are two people)."""
    persons = {gid: ms for gid, ms in groups.groups().items() if ms[0].kind is EntityKind.PERSON}
    full = {gid: _unhyphenated_words(ms) for gid, ms in persons.items() if len(_words(ms)) >= 2}
    by_skeleton: dict[tuple[int, str], list[GroupId]] = defaultdict(list)
    for gid, words in full.items():
        by_skeleton[(len(words), _skeleton(words[-1]))].append(gid)  # the surname's sound; then word by word
    for members in by_skeleton.values():
        for position, first in enumerate(members):
            for second in members[position + 1:]:
                a, b = full[first], full[second]
                if (_names_alike(a, b) or _short_form_of(a, b)) and not _share_paragraph(persons[first],
                                                                                          persons[second]):
                    groups.union(first, second)
    _join_run_together_names(groups, persons, full)


def _names_alike(a: list[str], b: list[str]) -> bool:
    """Word by word the same or spelt alike, the given name by its own looser likeness ("ahmad" / "ahmed",
    "youssef" / "yousef"), and one word the same or the given names alike."""
    given = _given_alike(a[0], b[0])
    one_word_the_same = given or any(x == y for x, y in zip(a, b))
    first_alike = a[0] == b[0] or given or _spelled_alike(a[0], b[0])
    rest_alike = all(x == y or _spelled_alike(x, y) for x, y in zip(a[1:], b[1:]))
    return one_word_the_same and first_alike and rest_alike


def _join_run_together_names(groups: _Groups, persons: dict[GroupId, list[Mention]],
                             full: dict[GroupId, list[str]]) -> None:
    """"Ram Chandra Paudel" / "Ramchandra Paudel": one name with its given names written apart or run together."""
    by_letters: dict[str, list[GroupId]] = defaultdict(list)
    for gid, words in sorted(full.items()):
        by_letters["".join(words)].append(gid)
    for members in by_letters.values():
        for other in members[1:]:
            if not _share_paragraph(persons[members[0]], persons[other]):
                groups.union(members[0], other)


def _short_form_of(a: list[str], b: list[str]) -> bool:
    """"Pat Ryder" / "Patrick Ryder": the same surname and other names, one given name the short form of the
    other's."""
    if a[1:] != b[1:]:
        return False
    short_forms = load_lexicon().given_name_short_forms
    return b[0] in short_forms.get(a[0], ()) or a[0] in short_forms.get(b[0], ())


def _join_place_spellings(groups: _Groups) -> None:
    """One place spelt two ways ("Hodeidah" / "Hodeida", "Debaltseve" / "Debaltsevo", "Odesa" / "Odessa"): names
    of as many words, each the same or spelt alike, never two places the gazetteer locates apart, and never both
    in one paragraph ("Shusha, which Armenians call Shushi" names it twice on purpose, a page each is no harm)."""
    places = {gid: ms for gid, ms in groups.groups().items() if not gid[0]}
    words = {gid: name_key(_name(ms)).split() for gid, ms in places.items()}
    by_sound: dict[tuple[int, str], list[GroupId]] = defaultdict(list)
    for gid, name in sorted(words.items()):
        if name:  # a name with no letters or digits joins nothing
            by_sound[(len(name), _skeleton(name[-1]))].append(gid)
    for members in by_sound.values():
        for position, first in enumerate(members):
            for second in members[position + 1:]:
                if all(x == y or _place_spelled_alike(x, y) for x, y in zip(words[first], words[second])) \
                        and words[first] != words[second] and _not_located_apart(places[first], places[second]) \
                        and not _share_paragraph(places[first], places[second]):
                    groups.union(first, second)


def _place_spelled_alike(a: str, b: str) -> bool:
    """Two spellings of one place name: as for people's names, or, short names, one letter doubled or dropped."""
    return _spelled_alike(a, b) or len(a) >= 5 and _skeleton(a) == _skeleton(b) and \
        difflib.SequenceMatcher(None, a, b).ratio() >= SHORT_PLACE_LIKENESS or \
        len(a) == len(b) >= 4 and a[0] == b[0] and a[-1] == b[-1] and _skeleton(a) == _skeleton(b)  # "kiev" / "kyiv"


SHORT_PLACE_LIKENESS = 0.9  # "odesa" / "odessa", not "gaza" / "giza"


def _not_located_apart(a: list[Mention], b: list[Mention]) -> bool:
    """Not two places the gazetteer knows apart: by where they lie, or as two of its entries ("Borno", a
    Nigerian state, is no spelling of "Brno", a Czech city)."""
    located = {m.coordinates for m in a + b if m.coordinates is not None}
    known = {m.key for m in a + b if m.rule.startswith(GAZETTEER_RULE)}
    return len(located) <= 1 and len(known) <= 1


# Letters one alphabet's names are written with in two ways: Ukrainian "Oleh", Russian "Oleg".
TRANSLITERATION_TWINS = {pair for a, b in (("h", "g"), ("i", "y"), ("v", "w"), ("k", "c")) for pair in ((a, b), (b, a))}


def _unhyphenated_words(mentions: list[Mention]) -> list[str]:
    """A name's words with hyphenated parts joined: "Amir-Abdollahian" and "Amirabdollahian" are one word."""
    longest = max((m.name for m in mentions), key=lambda n: (len(n.split()), n))
    return name_key(re.sub(r"(?<=\w)[-‐](?=\w)", "", longest)).split()


SKELETON_RULES = ((re.compile(r"kh|gh|q|c(?=[aou])|g|ck"), "k"), (re.compile(r"dh"), "d"), (re.compile(r"th"), "t"),
                  (re.compile(r"ph"), "f"), (re.compile(r"(?<=[aeiouy])h"), ""), (re.compile(r"[aeiouyw]"), ""),
                  (re.compile(r"(.)\1+"), r"\1"))


@functools.cache
def _skeleton(word: str) -> str:
    """A name's consonants as transliterations agree on them: vowels, doubled letters, an "h" after a vowel
    and k/q/g/gh dropped to one sound ("zelenskyy" and "zelensky" → "zlnsk", "qadhafi" and "gaddafi" →
    "kdf", "zabihullah" and "zabiullah" → "zbl")."""
    for pattern, replacement in SKELETON_RULES:
        word = pattern.sub(replacement, word)
    return word


def _spelled_alike(a: str, b: str) -> bool:
    """Two spellings of one name: the same skeleton (three consonants at least) and mostly the same letters,
    or one letter swapped for its usual transliteration twin ("oleh" / "oleg", "aleksei" / "aleksey")."""
    if len(a) == len(b) >= 4:
        different = {(x, y) for x, y in zip(a, b) if x != y}
        if len(different) == 1 and different <= TRANSLITERATION_TWINS:
            return True
    return len(_skeleton(a)) >= 3 and _skeleton(a) == _skeleton(b) and \
        difflib.SequenceMatcher(None, a, b).ratio() >= 0.7


def _given_alike(a: str, b: str) -> bool:
    """Two spellings of one short given name ("mohamed" / "mohammed"): one sound, nearly the same letters
    (the cheap tests first: a name of many single words meets many others of the same sound)."""
    if a[:1] != b[:1] or abs(len(a) - len(b)) > 2 or _skeleton(a) != _skeleton(b):
        return False
    return difflib.SequenceMatcher(None, a, b).ratio() >= GIVEN_NAME_LIKENESS or _one_vowel_apart(a, b)


def _one_vowel_apart(a: str, b: str) -> bool:
    """"ahmad" / "ahmed": one vowel for another inside the name (not at its end: "maria" / "mario" are two)."""
    different = [k for k, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(a) == len(b) >= 4 and len(different) == 1 and different[0] < len(a) - 1 and \
        a[different[0]] in VOWELS and b[different[0]] in VOWELS


VOWELS = frozenset("aeiou")


GIVEN_NAME_LIKENESS = 0.85


def _share_paragraph(a: list[Mention], b: list[Mention]) -> bool:
    return bool({m.source for m in a} & {m.source for m in b})


def _closest(matches: list[GroupId], mentions: list[Mention], persons: dict[GroupId, list[Mention]]) -> GroupId | None:
    """The one match; among several, the one whose surname it is, then the one sharing most
    articles (none on a tie). Not one named only as the kin of someone of that name ("Okafor's brother Tim
    Okafor": "Okafor" is the other)."""
    words = _words(mentions)
    matches = [g for g in matches if not _only_kin_of(persons[g], words)]
    if len(matches) <= 1:
        return matches[0] if matches else None
    same_office = _same_office(matches, mentions, persons)
    if same_office is not None:
        return same_office
    introduced = _introduced_first(matches, mentions, persons) if len(words) == 1 else None
    if introduced is not None:
        return introduced
    by_surname = [g for g in matches if len(words) == 1 and
                  _without_suffixes(_words(persons[g]))[-1:] == words]
    if len(by_surname) == 1:
        return by_surname[0]
    articles = {m.source.article for m in mentions}
    shared = sorted(((len(articles & {m.source.article for m in persons[g]}), g) for g in matches), reverse=True)
    return shared[0][1] if shared[0][0] > shared[1][0] else None


def _same_office(matches: list[GroupId], mentions: list[Mention],
                 persons: dict[GroupId, list[Mention]]) -> GroupId | None:
    """Of several full names, the one person given the same office as the short name ("Crown Prince
    Mohamed" is the crown prince named before, not a foreign minister of the same first name)."""
    roles = {f" {name_key(m.role)} " for m in mentions if m.role}
    if not roles:
        return None
    holding = [gid for gid in matches
               if any(role in f" {name_key(m.role)} " for m in persons[gid] if m.role for role in roles)]
    return holding[0] if len(holding) == 1 else None


def _introduced_first(matches: list[GroupId], mentions: list[Mention],
                      persons: dict[GroupId, list[Mention]]) -> GroupId | None:
    """Of several full names a short name may be, the one the article named first, before the short name
    is used: a story names its main figure in full, then by one name ("Kim" after "Kim Jong Un", though a
    "Sung Kim" comes later); of several named before, one whose surname it is. Read in the article that uses the
    short name most; None if none comes before."""
    uses = Counter(m.source.article for m in mentions)
    article = min(uses, key=lambda a: (-uses[a], a))
    first_use = min((m.source.paragraph, m.start) for m in mentions if m.source.article == article)
    named = []
    for gid in matches:
        where = [(m.source.paragraph, m.start) for m in persons[gid] if m.source.article == article]
        if where and min(where) < first_use:
            named.append((min(where), gid))
    named = [(where, gid) for where, gid in named if not _kin_of_another(persons[gid], article)] or named  # not
    # "the late dictator Ferdinand Marcos, father of the current president"
    short = _words(mentions)
    by_surname = [(where, gid) for where, gid in named if _without_suffixes(_words(persons[gid]))[-1:] == short]
    if by_surname:
        return min(by_surname)[1]  # "Abbas" after "Abbas Kamel" and "Mahmoud Abbas"
    times = Counter({gid: sum(m.source.article == article for m in persons[gid]) for _, gid in named})
    ranked = times.most_common(2)
    if len(ranked) == 2 and ranked[0][1] > ranked[1][1]:
        return ranked[0][0]  # "Lee" after "Lee Jae-myung", named in full again, and "Lee Jun-seok", once: the
        # story's figure, named most
    return max(named, key=lambda t: (t[0][0], -t[0][1]))[1] if named else None  # "Kim conceded" after "Adm. Kim
    # Myung-soo …" and, a paragraph later, "Kim Moon-soo": the one the latest paragraph named (first, if it named
    # two: "her son X Wazed Joy and daughter Y Wazed Putul")


def _only_kin_of(mentions: list[Mention], words: list[str]) -> bool:
    """Every mention of a person calls them the kin of the one ``words`` name ("brother of Okafor")."""
    return len(words) == 1 and all(m.role and KIN_ROLE.match(m.role) and
                                   name_key(m.role.rsplit(" ", 1)[-1]) == name_key(words[0]) for m in mentions)


def _kin_of_another(mentions: list[Mention], article: str) -> bool:
    """The article names the person only as someone's kin ("X, father of the current president")."""
    roles = [m.role for m in mentions if m.source.article == article]
    return bool(roles) and all(role and KIN_ROLE.match(role) for role in roles)


KIN_ROLE = re.compile(r"(?:the\s+)?(?:late\s+)?(?:father|mother|son|daughter|wife|husband|widow|brother|sister|"
                      r"uncle|aunt|cousin|nephew|niece|grandson|granddaughter|grandfather|grandmother)\s+of\b", re.I)


def _apply_registry(groups: _Groups, registry: tuple[RegistryEntry, ...]) -> dict[GroupId, RegistryEntry]:
    """Merge every group that a registry entry names; remember the entry for its overrides."""
    by_name: dict[str, list[GroupId]] = defaultdict(list)
    for gid, mentions in groups.groups().items():
        for text in {m.name for m in mentions} | {m.text for m in mentions}:
            by_name[name_key(text)].append(gid)
    entry_of: dict[GroupId, RegistryEntry] = {}
    for entry in registry:
        found = sorted({gid for name in entry.names for gid in by_name.get(name_key(name), [])})
        if entry.kind is not None:
            found = [g for g in found if g[0] == entry.kind.is_actor] or found
        for gid in found[1:]:
            groups.union(found[0], gid)
        if found:
            entry_of[groups.find(found[0])] = entry
        elif entry.kind is not None and not entry.suppress:
            added = (entry.kind.is_actor, f"registry:{name_key(entry.name)}")
            groups.parent.setdefault(added, added)
            groups.members.setdefault(added, [])
            entry_of[added] = entry
    return {groups.find(gid): entry for gid, entry in entry_of.items()}


def _is_entity(mentions: list[Mention], entry: RegistryEntry | None) -> bool:
    """A lone capitalised word is only a candidate: it counts once it joined a known name, once it names the body
    someone leads ("Hamas leader X"), once it is seen speaking ("Hemedti said") and named again, or once it is
    seen acting ("as Hamas fired") twice, given an age ("said Tomasz, 45, a painter") or a title ("disaster
    agency chief Suharyanto")."""
    if entry is not None or any(not m.key.startswith("surname:") or m.rule in (OFFICER_BODY, AGED_NAME,
                                                                               DESCRIBED_SPEAKER, ROLE_BEFORE_ONE_NAME)
                                for m in mentions):
        return True
    acting = sum(m.rule in (SPEAKING_NAME, ACTING_NAME) for m in mentions)
    return len(mentions) >= 2 and (any(m.rule == SPEAKING_NAME for m in mentions) or acting >= 2)


FORMERLY, LESSER = "formerly", "lesser"


def _qualified_office(role: str, needle: str) -> str | None:
    """How ``role`` holds the office ``needle``: ``LESSER`` ("vice president", "deputy prime minister": not who
    "the president" is), ``FORMERLY`` ("former president", "former Nigerian president"), or None: held now."""
    before = role[:role.index(needle)].split()
    if any(word in ("former", "ex-") for word in before):
        return FORMERLY
    return LESSER if before and before[-1] in ("vice", "deputy") else None


def _resolve_role_references(refs: list[RoleReference], groups: dict[GroupId, list[Mention]],
                             entry_of: dict[GroupId, RegistryEntry],
                             demonyms: Callable[[str], tuple[str, ...]]) -> dict[RoleReference, GroupId]:
    """"Iran’s leader" → the person, in the same article first, whose role holds "leader" (a role that names
    another country, by any of its names or adjectives, is not Iran's: "US ambassador")."""
    resolved = {}
    roles = {gid: _all_roles(ms, entry_of.get(gid)) for gid, ms in groups.items()
             if _kind(ms, entry_of.get(gid)) is EntityKind.PERSON}
    articles = {gid: {m.source.article for m in groups[gid]} for gid in roles}
    by_word: dict[str, list[GroupId]] = defaultdict(list)
    for gid, role in roles.items():
        for word in set(role.lower().split()):
            by_word[word].append(gid)
    named_in_role = _countries_in_roles(roles, groups, demonyms)
    padded = {gid: f" {role.lower()} " for gid, role in roles.items()}

    @functools.cache
    def holders(role_word: str, former: bool = False) -> tuple[list[GroupId], list[GroupId], dict[str, list[GroupId]]]:
        """Persons whose role holds ``role_word`` (``former``: held it once); those whose role names no country;
        the latter by article. Computed once per role word: many references share one ("minister")."""
        fitting = []
        for word in LEADER_ROLES if role_word.lower() == "leader" else ROLE_SYNONYMS.get(role_word.lower(),
                                                                                           (role_word.lower(),)):
            needle = f" {word} "
            fitting += [gid for gid in by_word.get(word.split()[-1], ())
                        if needle in padded[gid]
                        and _qualified_office(padded[gid], needle) == (FORMERLY if former else None)
                        and gid not in fitting]
        unnamed = [gid for gid in fitting if not named_in_role[gid]]
        by_article: dict[str, list[GroupId]] = defaultdict(list)
        for gid in unnamed:
            for article in articles[gid]:
                by_article[article].append(gid)
        return fitting, unnamed, by_article

    @functools.cache
    def named(role_word: str, country_key: str | None, former: bool) -> list[GroupId]:
        return [gid for gid in holders(role_word, former)[0] if country_key in named_in_role[gid]]

    @functools.cache
    def places_by_article(gid: GroupId) -> dict[str, list[tuple[int, int]]]:
        found: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for mention in groups[gid]:
            found[mention.source.article].append((mention.source.paragraph, mention.start))
        return {article: sorted(where) for article, where in found.items()}

    def places(gid: GroupId, article: str) -> list[tuple[int, int]]:
        return places_by_article(gid).get(article, [])

    countries_in = _countries_by_article(groups)
    home_of = _home_by_article(groups)

    @functools.cache
    def seen_beside(role_word: str, country_key: str | None, former: bool) -> list[GroupId]:
        """Holders whose role names no country, seen in an article naming ``country_key`` ("Qatar's
        ambassador" is not an ambassador only ever named beside Russia)."""
        unnamed = holders(role_word, former)[1]
        if country_key is None:
            return unnamed
        return [gid for gid in unnamed if any(country_key in countries_in[a] for a in articles[gid])
                and not any(home_of.get(a, country_key) != country_key for a in articles[gid])]  # (not one
        # named only in stories mostly about another country: "the Dutch prime minister" is not Britain's)

    untitled = [gid for gid, role in roles.items() if not role]
    for ref in refs:
        former = FORMER.match(ref.text) is not None  # "the former Nigerian leader": one who held the office
        unnamed_by_article = holders(ref.role_word, former)[2]
        local = unnamed_by_article.get(ref.source.article, []) if ref.country_key in (
            None, home_of.get(ref.source.article)) else []  # "the Dutch prime minister" in a story about Britain
        # is not its "Prime Minister X"
        of_country = named(ref.role_word, ref.country_key, former)
        in_article = [gid for gid in of_country if ref.source.article in articles[gid]] or \
            ([] if former else [gid for gid in named(ref.role_word, ref.country_key, True)
                                if ref.source.article in articles[gid]
                                and not _called_former_in(groups[gid], ref.source.article)])  # "Kenyatta praised
        # both camps. “…,” the Kenyan president said", in a story from before a later one calls him a former one
        unnamed = seen_beside(ref.role_word, ref.country_key, former)
        for choice in (in_article, of_country, local):
            if len(choice) > 1:
                choice = _last_named_before(ref, choice, places)  # "the minister": the one just named
            if len(choice) == 1:
                resolved[ref] = choice[0]
                break
            if len(choice) > 1:
                break
        else:
            same_country = [gid for gid in roles if ref.country_key is not None and ref.country_key in
                            named_in_role[gid]]  # "his Turkish counterpart X … the Turkish president": X
            titled = list(roles) if former else []  # "Secretary-General X said …. The former Dutch prime minister
            # pointed to …": an office held before the one X holds now
            if (epithet := _named_just_before(ref, untitled + same_country + titled, places)) is not None:
                resolved[ref] = epithet
            elif len(unnamed) == 1:
                resolved[ref] = unnamed[0]
    return resolved


def _called_former_in(mentions: list[Mention], article: str) -> bool:
    return any(m.role and FORMER.search(m.role) for m in mentions if m.source.article == article)


def _named_just_before(ref: RoleReference, untitled: list[GroupId],
                       places: Callable[[GroupId, str], list[tuple[int, int]]]) -> GroupId | None:
    """"Jan Kowalski arrived at the summit. “…,” the Polish prime minister told reporters": where no one holds
    the office, the reference is an epithet for the person named last before it (in its paragraph or the one
    before), if the text gives that person no title of their own."""
    named = _last_places_before(ref, untitled, places)
    if not named:
        return None
    (paragraph, _), gid = max(named)
    return gid if paragraph >= ref.source.paragraph - 1 else None


def _countries_by_article(groups: dict[GroupId, list[Mention]]) -> dict[str, set[str]]:
    """The countries each article names."""
    found: dict[str, set[str]] = defaultdict(set)
    for gid, mentions in groups.items():
        if gid[1].startswith("country:"):
            for mention in mentions:
                found[mention.source.article].add(gid[1])
    return found


def _home_by_article(groups: dict[GroupId, list[Mention]]) -> dict[str, str]:
    """The country each article names most (the first by key of a tie)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for gid, mentions in groups.items():
        if gid[1].startswith("country:"):
            for mention in mentions:
                counts[mention.source.article][gid[1]] += 1
    return {article: min(counted, key=lambda key: (-counted[key], key)) for article, counted in counts.items()}


def _countries_in_roles(roles: dict[GroupId, str], groups: dict[GroupId, list[Mention]],
                        demonyms: Callable[[str], tuple[str, ...]]) -> dict[GroupId, set[str]]:
    """The countries each role names, by any name the corpus gives them or their adjectives."""
    key_of: dict[str, str] = {}
    for gid, mentions in groups.items():
        if gid[1].startswith("country:"):
            for surface in {_name(mentions), *(m.text for m in mentions if m.text[:1].isupper()), *demonyms(gid[1])}:
                key_of.setdefault(surface, gid[1])
    if not key_of:
        return {gid: set() for gid in roles}
    pattern = _any_of(key_of)
    return {gid: {key_of[match.group()] for match in pattern.finditer(role)} for gid, role in roles.items()}


def _any_of(surfaces) -> re.Pattern:
    """One pattern for every surface, as a whole word; the longest one found at a place wins."""
    ordered = sorted(surfaces, key=lambda surface: (-len(surface), surface))
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(surface) for surface in ordered) + r")(?![\w-])")


def _last_named_before(ref: RoleReference, choice: list[GroupId],
                       places: Callable[[GroupId, str], list[tuple[int, int]]]) -> list[GroupId]:
    """Of several people who hold the office, the one named last before ``ref`` in its article (or all of
    them when none is). ``places(gid, article)``: where the person is named there, sorted."""
    named = _last_places_before(ref, choice, places)
    return [max(named)[1]] if named else choice


def _last_places_before(ref: RoleReference, gids: list[GroupId], places: Callable[[GroupId, str], list[tuple[int, int]]]
                        ) -> list[tuple[tuple[int, int], GroupId]]:
    """Where each of ``gids`` is named last before ``ref`` in its article (paragraph, offset), for those named
    before it at all."""
    place = (ref.source.paragraph, ref.start)
    named = []
    for gid in gids:
        where = places(gid, ref.source.article)
        index = bisect.bisect_left(where, place)
        if index:
            named.append((where[index - 1], gid))
    return named


def _entities(groups: dict[GroupId, list[Mention]], entry_of: dict[GroupId, RegistryEntry],
              known_names: Callable[[str], tuple[str, ...]]) -> dict[GroupId, Entity]:
    drafts = {}
    for gid, mentions in groups.items():
        entry = entry_of.get(gid)
        mentions = sorted(set(mentions), key=lambda m: (m.source.article, m.source.paragraph, m.start, m.end))
        kind = _kind(mentions, entry)
        name = entry.name if entry else _royal_name(_name(mentions), mentions) if kind is EntityKind.PERSON \
            else _name(mentions)
        drafts[gid] = (name, kind, mentions, entry, known_names(gid[1]))
    order = sorted(drafts, key=lambda gid: (not gid[0], name_key(drafts[gid][0]), gid[1]))
    slugs = {}
    for is_actor in (True, False):
        ids = [gid for gid in order if gid[0] == is_actor]
        slugs.update(zip(ids, unique_slugs([drafts[gid][0] for gid in ids])))
    return {gid: _entity(slugs[gid], *drafts[gid]) for gid in order}


def _royal_name(name: str, mentions: list[Mention]) -> str:
    """A king, queen or prince known by one name (and a number) is named with the title, as news names them:
    "King Charles", "Prince William", "King Abdullah II"."""
    titles = {title for m in mentions if m.role and not m.role.lower().startswith(("crown", "former"))
              for title in m.role.split() if title in ROYAL_TITLES}
    words = name.split()
    if len(titles) != 1 or not (len(words) == 1 or len(words) == 2 and REGNAL_NUMBER.fullmatch(words[1])):
        return name
    return f"{titles.pop()} {name}"


ROYAL_TITLES = frozenset({"King", "Queen", "Prince", "Princess", "Emperor", "Empress"})
REGNAL_NUMBER = re.compile(r"[IVX]+")


def _entity(slug: str, name: str, kind: EntityKind, mentions: list[Mention], entry: RegistryEntry | None,
            other_names: tuple[str, ...]) -> Entity:
    return Entity(
        slug=slug, name=name, kind=kind, aliases=_aliases(name, mentions, entry, other_names),
        mentions=tuple(mentions),
        role=(entry.role if entry and entry.role else _role(mentions, None)),
        description=entry.description if entry else None,
        coordinates=next((m.coordinates for m in mentions if m.coordinates), None),
    )


def _with_affiliations(entities: dict[GroupId, Entity], groups: dict[GroupId, list[Mention]],
                       entry_of: dict[GroupId, RegistryEntry],
                       demonyms: Callable[[str], tuple[str, ...]]) -> dict[GroupId, Entity]:
    """Each person or body whose roles (a body: its names) name exactly one state of the corpus as its
    own acts for that state: "Iran's foreign minister", "Qatari Prime Minister", "President of Egypt",
    "the Russian Defence Ministry". A former office holder no longer does."""
    owner_of = _state_surfaces(entities, demonyms)
    if not owner_of:
        return entities
    pattern = _any_of(owner_of)
    result = {}
    for gid, entity in entities.items():
        if entity.kind is EntityKind.PERSON:
            texts = [r for r in _all_roles(groups[gid], entry_of.get(gid)).split(" | ") if not FORMER.search(r)]
        elif entity.kind is EntityKind.ORGANISATION:
            texts = [entity.name, *entity.aliases]
        else:
            result[gid] = entity
            continue
        named = {owner_of[match.group()] for text in texts for match in pattern.finditer(text)
                 if _names_as_own(text, match)}
        result[gid] = replace(entity, affiliation=named.pop()) if len(named) == 1 and None not in named else entity
    return result


FORMER = re.compile(r"\b(?:former|ex-|late)\b", re.IGNORECASE)
DEALS_WITH = re.compile(r"\b(?:to|for|in|on|with|at|from|against|towards?|and|between)\s+(?:the\s+)?$", re.IGNORECASE)
AFTER_A_NAME_WORD = re.compile(r"\b[A-Z][\w.]*\s$")


def _state_surfaces(entities: dict[GroupId, Entity],
                    demonyms: Callable[[str], tuple[str, ...]]) -> dict[str, str | None]:
    """Every way the corpus names each state, and its adjectives, → the state's slug (None where two states
    share a word); not a capital: "the Minsk Group" is not Belarus's."""
    owner_of: dict[str, str | None] = {}
    for gid, state in sorted(entities.items()):
        if state.kind is not EntityKind.STATE:
            continue
        capitals = {m.text for m in state.mentions if m.rule == CAPITAL_FOR_GOVERNMENT}
        for surface in {state.name, *state.aliases, *demonyms(gid[1])} - capitals:
            owner_of[surface] = state.slug if owner_of.get(surface, state.slug) == state.slug else None
    return owner_of


def _names_as_own(text: str, match: re.Match) -> bool:
    """Not a state the office deals with ("ambassador to Japan", "envoy for Yemen"), nor a word inside
    another name ("Organization of American States", "Latin American")."""
    before, after = text[:match.start()], text[match.end():]
    inside_a_name = AFTER_A_NAME_WORD.search(before) or (before.endswith("of ") and after[1:2].isupper())
    return not (DEALS_WITH.search(before) or inside_a_name)


def _name(mentions: list[Mention]) -> str:
    """The fullest name, then one the text writes as it is ("Japan's parliament", not the "Japanese parliament"
    made for a bare "parliament"), then the most used; of spellings that differ only by accents ("François",
    "Francois"), the accented one, however often the other is used: an article that drops the accent
    does not rename the page."""
    counts = Counter(m.name for m in mentions if m.rule != "role reference") or Counter(m.name for m in mentions)
    by_letters: dict[str, int] = Counter()
    for name, count in counts.items():
        by_letters[fold(name)] += count
    written = {fold(m.name) for m in mentions if fold(m.text) == fold(m.name)}
    best = max(by_letters, key=lambda n: (len(n.split()), n in written, by_letters[n], n))
    spellings = [name for name in counts if fold(name) == best]
    return max(spellings, key=lambda n: (sum(not c.isascii() for c in n), counts[n], n))


def _kind(mentions: list[Mention], entry: RegistryEntry | None) -> EntityKind:
    if entry is not None and entry.kind is not None:
        return entry.kind
    counts = Counter(m.kind for m in mentions if not m.key.startswith("surname:"))
    counts = counts or Counter(m.kind for m in mentions if m.kind is not EntityKind.PERSON) or \
        Counter(m.kind for m in mentions)  # a lone word only guesses "person": others decide, then any cue of a body
    return max(counts, key=lambda k: (counts[k], -KIND_TIE_ORDER.index(k)))


def _all_roles(mentions: list[Mention], entry: RegistryEntry | None) -> str:
    """Every role a person is given: "the minister" finds a defence minister who has since
    become a council secretary."""
    if entry is not None and entry.role:
        return entry.role
    return " | ".join(sorted({m.role for m in mentions if m.role}))


def _role(mentions: list[Mention], entry: RegistryEntry | None) -> str | None:
    if entry is not None and entry.role:
        return entry.role
    roles = [m.role for m in mentions if m.role]
    return max(roles, key=lambda r: (" of " in r, len(r), r)) if roles else None


NICKNAME_AND_SURNAME = re.compile(r"[“\"]([^“”\"]{1,40})[”\"]\s+(\S+)\Z")


def _aliases(name: str, mentions: list[Mention], entry: RegistryEntry | None,
             other_names: tuple[str, ...]) -> tuple[str, ...]:
    seen = {name_key(name)}
    aliases = []
    texts = [m.text for m in mentions]
    texts += [f"{nickname.group(1)} {nickname.group(2)}" for text in texts
              if (nickname := NICKNAME_AND_SURNAME.search(text))]  # 'Ernesto "Che" Guevara': "Che Guevara" too
    for text in texts + list(entry.aliases if entry else ()) + list(other_names):
        if name_key(text) not in seen:
            seen.add(name_key(text))
            aliases.append(text)
    return tuple(sorted(aliases, key=str.lower))


def _quotes(extractions: tuple[Extraction, ...], groups: _Groups, roles: dict[RoleReference, GroupId],
            slug_of: dict[GroupId, str]) -> tuple[Quote, ...]:
    quotes = []
    at_place = {(m.source, m.start): gid for gid, members in groups.members.items() for m in members}
    for extraction in extractions:
        for found in extraction.quotes:
            speaker = found.speaker
            if isinstance(speaker, Mention):
                # By place, not by key: a later step of extraction (or a plug-in) may have re-keyed the
                # mention the quote names ("Houthi" joined "the Houthis"), or dropped it.
                gid = at_place.get((speaker.source, speaker.start))
                gid = groups.find(gid) if gid is not None else None
                gid = gid if gid is not None and gid[0] else None  # a place never speaks: no speaker
            else:
                gid = roles.get(speaker) if isinstance(speaker, RoleReference) else None
            quotes.append(Quote(found.text, slug_of.get(gid) if gid else None, found.source))
    return tuple(quotes)
