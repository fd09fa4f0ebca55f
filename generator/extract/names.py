"""Spotting actors and venues in a sentence, by rules that each leave their name on the mention.

At each capitalised token the rules are tried in order; the first that
matches consumes its tokens:

1. institution   — a seat of government standing for it ("the Kremlin")
2. ship          — a ship prefix and name, with its unit ("USS X carrier strike group")
3. organisation  — a capitalised run ending in an organisation word ("… Security Council"),
                   or a body named by who leads it ("the Saudi-led coalition")
4. gazetteer     — a country, demonym, capital, city, sea or region; a country or
                   capital is a venue only where the text makes it a place
5. title         — a title or honorific before a name ("Foreign Minister Dara Velan")
6. name run      — capitalised words that look like a person's name, or a lone
                   word kept as a candidate that resolution matches to a known surname
"""
from __future__ import annotations

import re

from generator.extract.context import (
    CALENDAR_WORDS,
    CONNECTORS,
    KNOWN_AS_WORDS,
    MONTH_SURNAMES,
    NICKNAME,
    SentenceContext,
    initials,
    is_starter,
    norm,
    opens_with_article,
    role_before,
    role_with_country,
    run_end,
    titles_end,
    with_article,
)
from generator.extract.places import (
    AGED_AFTER,
    CAPITAL_OF_A_COUNTRY,
    FEATURE_NOUNS,
    GAZETTEER_CITY,
    HELD_PLACE_NOUNS,
    LEGISLATURES,
    WORKPLACE_ROLES,
    bare_national_bodies,
    gazetteer_place,
    is_dateline,
    is_place_context,
    is_place_run,
    listed_region_noun,
    named_feature,
    names_a_chamber,
    opens_place_name,
    person_named_like_a_feature,
    spoken_language,
    unknown_place_kind,
)
from generator.extract.text import Token
from generator.gazetteer import GIVEN_NAMES
from generator.model import EntityKind, Mention
from generator.timeexpr import IRREGULAR_PAST

MAX_NAME_TOKENS = 9
NAME_LIKE_MONTHS = frozenset({"Jan", "Mar", "Jun", "Jul"})  # short months that are names too (the rest never are)
# "European diplomats", "Arab officials": an adjective before a group word names no group.
ADJECTIVE_ENDINGS = ("an", "ese", "ish", "ic", "al")
ORDINAL = re.compile(r"[0-9]{1,3}(?:st|nd|rd|th)")
MILITARY_UNITS = frozenset("Brigade Brigades Division Regiment Battalion Corps Army Fleet Squadron Wing".split())
# "London-based …", "U.S.-backed …": where a body is or who backs it, no part of its name
PLACED_BY = frozenset({"based", "run", "owned", "funded", "registered", "headquartered", "backed", "allied",
                       "aligned", "led", "supported", "sponsored", "friendly", "leaning", "linked", "affiliated"})
SIDE_PREFIXES = frozenset({"pro", "anti"})  # "pro-Russian", "anti-Western": a side, before a body's name
SPEAKING_NAME = "lone name before speech verb"
KNOWN_SURNAME = "lone name (kept if a known surname)"
ROLE_BEFORE_ONE_NAME = "role word before a single name"
AGED_NAME = "lone name with an age"  # "said Tomasz, 45, a painter": someone, though named once by one name
DESCRIBED_SPEAKER = "lone speaker with a role"  # "said Gilmar, a leader of the community": someone, named once
APPOSED_ROLE_WORDS = 3  # words after ", a" in which the role of a lone speaker is looked for ("a community leader")
ITSELF_REACH = 10  # tokens after a lone name where its own "its" is looked for
PERSONAL_PRONOUNS = frozenset("he his him she her they their".split())
AWARD_HEADS = frozenset("Prize Prizes Award Awards Medal Trophy Cup Olympics Games".split())  # names of no one
OFFICER_BODY = "body before its leader"  # "Hamas leader X": kept, an organisation unless a known surname
# Titles of those who lead a body, and the words that may qualify them: "Hezbollah deputy leader".
BODY_LEADERS = frozenset("leader leaders chief commander founder co-founder".split())
OFFICER_QUALIFIERS = frozenset("deputy political military supreme top former late".split())
SEAT_FOR_GOVERNMENT = "seat for its government"
PLACE_BY_CONTEXT = "place by context"
HOLIDAY_HEADS = frozenset({"Day", "Eve"})  # "New Year's Day", "Christmas Eve": a day, no one called Day
FUNCTION_WORDS = frozenset("The A An This That These Those It Its He She They We I You Our Their His Her".split())
ACTING_NAME = "lone name before a verb"  # kept when seen acting or speaking more than once (resolve)
ACTOR_PARTS = frozenset("bureau wing fighters members leadership forces militants officials delegation "
                        "negotiators ranks council".split())
AUXILIARIES = frozenset("has had have was were is are will would could can may might must should".split())
BODY_VERBS = frozenset({"has", "had", "have", "was", "is", "were", "would", "will"})
BODY_FOLLOWERS = frozenset({",", ".", ";", ")", "and", "or"}) | BODY_VERBS
GENERIC_BODY_NOUNS = frozenset("council ministry committee commission agency department office government "
                               "presidency army navy military movement group militia alliance cabinet court "
                               "assembly parliament senate congress union league authority police".split())
PLACE_DIRECTIONS = frozenset("north south east west northeast northwest southeast southwest".split())
PRONOUNS = frozenset("I He She We They It You".split())
SHOW_HEADS = frozenset({"Show", "Airshow", "Expo", "Festival", "Exhibition", "Carnival"})
# Last words of names of times, grounds and occasions, not of anyone: "the Korean War", "the World Cup".
ERA_WORDS = frozenset("War Wars Revolution Era Age Spring Lawn Garden Gardens Cup Olympics Games Championship "
                      "Championships".split()) | SHOW_HEADS
OCCASION_HEADS = frozenset({"Summit", "Festival", "Games", "Olympics"})
STYLED_TITLES = frozenset({"Pope", "Patriarch"})  # part of the name of the one they title
PARTY_MEMBERS = frozenset({"Democrat", "Republican", "Conservative", "Socialist", "Liberal", "Labour", "Labor", "Tory"})
PARTY_WORDS = PARTY_MEMBERS | {"Democratic", "Communist"}  # "Trump's Democratic challenger": no one's name
PLACE_HONORIFICS = frozenset({"Sheikh", "Saint", "St", "St.", "San", "Santa", "Sidi"})
PLACE_PREPOSITIONS = frozenset({"in", "near", "inside", "outside", "around"})
AND_TAIL_TOKENS = 3  # capitalised words an "of" body's name may still run on with after "and"
LEGAL_OFFICES = frozenset({"Attorney General", "Attorney-General", "Prosecutor General", "Prosecutor-General",
                           "Public Prosecutor", "Chief Prosecutor", "Solicitor General", "Auditor General",
                           "Inspector General", "Ombudsman", "Prosecutor"})  # whose office is an institution
LOCATED_HEADS = ("Mission", "operation", "Cooperation", "Resistance")
ACRONYM_TAIL_TOKENS = 8  # words after an organisation word that its acronym in brackets may still spell out
APOSTROPHE_NAME = re.compile(r"[A-Z][a-z]*[’'](?!(?:ll|re|ve)\b)[A-Za-z][a-z]+")  # "O'Brien", "D’Souza",
# "Sa'ar", "Wetang'ula" (not "We're", "They'll")
# "ExxonMobil", "BlackRock": a capital inside a word names a company; "McCarthy", "DeSantis" are surnames.
CAMEL_CASE = re.compile(r"(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)[A-Z][a-z]{2,}[A-Z][a-z]+")
# Nouns after "X-Y" that make it two sides meeting: "the Okafor-Velan summit", "a Putin-Zelenskiy meeting".
MEETING_NOUNS = frozenset("summit meeting talks call deal agreement relationship ties rivalry negotiations "
                          "ceasefire truce handshake encounter".split())
# Buildings named by a proper name and a lower-case noun: "the Capella hotel", "Gimhae air base".
# Lower-case nouns that name what the capitalised name after them is: "the militant group Hamas".
COALITION_WORDS = frozenset("coalition junior governing ruling".split())
BODY_HEADS = frozenset("party organisation organization coalition collective platform alliance".split())
# "the reformist newspaper Etemad", "the daily Kayhan": an outlet named after what it is
MEDIA_HEADS = frozenset("newspaper daily broadcaster magazine tabloid weekly".split())
NAMING_HEADS = frozenset("group movement militia faction gang cartel network party organisation organization "
                         "coalition collective platform alliance".split()) | MEDIA_HEADS
# "the group Okafor led": a verb right after the name makes it the subject of a relative, not the group's name.
LEADING_VERBS = frozenset("led leads heads headed founded co-founded commands commanded formed runs ran".split())
# Words that open a clause or a phrase, not a role, after a name and a comma.
CLAUSE_WORDS = frozenset("who which that whose where when while and but or as if because although though after "
                         "before since including according with without in on at for from by to of not also "
                         "however then now said says told".split())
BUILDING_NOUNS = ("air base", "airbase", "naval base", "military base", "castle", "hotel", "temple", "mosque", "church",
                  "cathedral", "stadium", "palace", "compound", "field", "platform", "refinery",
                  "estate", "resort", "mansion", "shrine", "gurdwara", "monastery", "synagogue", "basilica",
                  "border crossing", "crossing", "tower", "hospital", "prison", "jail", "headquarters", "airport",
                  "memorial", "monument", "museum", "cemetery", "airfield", "plant", "factory", "shipyard",
                  "cosmodrome", "station", "building", "launch complex", "exhibition centre", "exhibition center",
                  "convention centre", "convention center", "conference centre", "conference center", "pavilion",
                  "villa", "arena", "bridge", "terminal", "highway", "motorway", "expressway", "power plant",
                  "power station", "dam", "base", "cinema", "theatre", "theater", "refugee camp", "camp", "market",
                  "barracks", "penal colony", "prison colony", "colony")


def _by_first_word(phrases: tuple[str, ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word → the phrases it opens, as words, longest first: one lookup a name instead of a loop."""
    table: dict[str, tuple[tuple[str, ...], ...]] = {}
    for phrase in sorted(phrases, key=lambda p: -len(p.split())):
        words = tuple(phrase.split())
        table[words[0]] = table.get(words[0], ()) + (words,)
    return table


BUILDING_NOUN_WORDS = _by_first_word(BUILDING_NOUNS)
# A body's head word that is also a building where something happens there ("a news conference at the Prime
# Minister's Office", "at the National Defence University", "in the courtyard of Vilnius University").
PLACE_HEADS = frozenset({"Office", "University", "Centre", "Center", "Academy", "Hospital", "Museum", "College"})
HELD_THERE = frozenset("meeting encounter talks summit clash showdown address speech ceremony".split())  # "an Oval
# Office meeting": held in that office
REGION_NOUNS = frozenset("region province oblast governorate".split())
PURPOSE_PARTICLES = frozenset({"por", "para"})  # "for" inside a Spanish or Portuguese name: a body's, never a person's
FIGHTERS = frozenset("fighters militants gunmen insurgents jihadists rebels militiamen".split())
FIGHTERS_LINKS = ("from", "of", "loyal to", "linked to", "allied with", "affiliated with", "allied to", "backed by")
ROLE_OF_A_PLACE = frozenset("mayor governor commandant prefect deputy chief head".split())  # "the mayor of X Jan Y"
MODIFIER_STOPS = frozenset("and or of the a an to in on at for with by from was were is are has had said".split())
# "the Saudi-led coalition": bodies named by who leads them.
LED_BODIES = frozenset("coalition alliance bloc".split())
ADJECTIVE_SLOTS = frozenset("the a an former ex its their his her our".split())
# Words that open a sentence as a modifier of a common noun, not as a name: "Masked gunmen", "Enraged residents",
# "Islamist militants", "Rebel fighters", "Leftist Luisa González".
OPENING_MODIFIER_ENDINGS = ("ed", "ist", "ive", "ous", "ful", "less")
IDEOLOGY_ENDINGS = ("ist", "ite")  # "the Islamist group", "a Shiite militia": what a body believes, no name
NAME_OPENING_MODIFIER_ENDINGS = ("ist", "ive")  # before a full name too ("Leftist", "Conservative"; not the "-ed" of
# "Mohammed")
OPENING_MODIFIERS = frozenset("Rebel Militant Opposition Government Army Police Security Student Tribal Local "
                              "Foreign Armed Angry Unidentified Unknown Suspected Hardline Radical".split())
ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ship")
PLURAL_ABSTRACT_ENDINGS = ("tions", "sions", "ments", "nesses", "ities", "ances", "ences", "ships")  # "Relations
# between the two …", "Negotiations resumed"
# The last word of a person's name does not end like an abstract noun ("Verification Mechanism").
NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ship", "ism")
# Government bodies a lone capitalised word names with the lower-case head: "the Foreign ministry".
GOVERNMENT_HEADS = frozenset({"ministry", "agency", "committee", "council", "commission"})
# Lower-case words that may follow a place name used as a place ("in Ankara next week").
APPOSITIVE_MAX_TOKENS = 14


PRONOUN_CONTRACTION = re.compile(r"(?:I|We|You|They|He|She|It)['’](?:ll|ve|d|m|re|s)")


def spot_sentence(ctx: SentenceContext) -> None:
    """Add every mention and role reference found in ``ctx.sentence`` to ``ctx``."""
    rules = (_international_body, _numbered_group, _occasion, _institution, _ship, _legal_office, named_feature,
             _organisation, _led_body, _place_building, gazetteer_place, _titled_person, _named_by_kin, _name_run)
    index = 0
    while index < len(ctx.tokens):
        token = ctx.tokens[index]
        if not (token.is_word and token.capitalised or opens_with_article(ctx, index)) or \
                (is_starter(ctx, index) and not opens_place_name(ctx, index)) or PRONOUN_CONTRACTION.fullmatch(
                    token.text):  # "… China, and I'll be doing that": no place called "I'll"
            index += 1  # "The …", "New …" open a sentence, but "New Delhi" or "New York" is a place
            continue
        for rule in rules:
            following = rule(ctx, index)
            if following is not None:
                index = following
                break
        else:
            index += 1
    bare_national_bodies(ctx)


def _legal_office(ctx: SentenceContext, i: int) -> int | None:
    """"The Attorney General's office said", "the Public Prosecutor's Office": an institution named by the office
    that heads it (not a person's own office: "Netanyahu's office" speaks for him)."""
    for length in (2, 1):
        end = i + length
        if end < len(ctx.tokens) and ctx.tokens[end - 1].possessive and ctx.word(end).lower() == "office" and \
                " ".join(t.bare for t in ctx.tokens[i:end]) in LEGAL_OFFICES:
            name = ctx.span(i, end + 1, bare_last=False)
            ctx.add(i, end + 1, name, EntityKind.ORGANISATION, f"org:{norm(name)}", "a legal office")
            return end + 1
    return None


def _named_by_kin(ctx: SentenceContext, i: int) -> int | None:
    """"his daughter Ewa", "Okafor's son, Tomas,": a relative named by a given name alone is a person,
    named so (not under the relative's surname, which the story's main figure keeps for "Kowalski said")."""
    comma = ctx.word(i - 1) == ","
    kin = i - 2 if comma else i - 1
    if kin < 1 or ctx.word(kin).lower() not in KIN_NOUNS or run_end(ctx, i) != i + 1 or \
            ctx.tokens[i].bare in ctx.lexicon.titles or ctx.gazetteer.lookup(ctx.tokens[i].bare):
        return None
    if not any(_owns(ctx.tokens[k]) for k in range(max(0, kin - KIN_MODIFIERS), kin)):
        return None  # ("Their 23-year-old daughter, Daria,")
    name = ctx.tokens[i].bare
    ctx.add(i, i + 1, name, EntityKind.PERSON, f"person:{norm(name)}", "a relative by a given name")
    return i + 1


def _speaks_as_an_agency(ctx: SentenceContext, start: int, stop: int) -> bool:
    """"the official Xinhua news agency said", "TASS said in a commentary": a state's agency speaking for itself
    (not "Reuters said the talks were delayed": the wire telling the story)."""
    after = stop + 2 if (ctx.word(stop), ctx.word(stop + 1)) == ("news", "agency") else \
        stop + 1 if ctx.word(stop) == "agency" else stop
    if not ctx.lexicon.is_speech_verb(ctx.word(after)):
        return False
    official = any(ctx.word(k).lower() in STATE_MEDIA_WORDS for k in range(max(0, start - 3), start))
    return official or ctx.word(after + 1) == "in" and ctx.word(after + 3) in ("commentary", "editorial")


STATE_MEDIA_WORDS = frozenset({"official", "state", "state-run", "state-owned", "government-run"})


KIN_MODIFIERS = 6  # tokens between an owner and the kin noun: "Their 23 - year - old daughter"


def _owns(token: Token) -> bool:
    """A possessive that owns the noun after it: "his", "their", "Okafor's"."""
    return token.possessive and token.capitalised or token.text.lower() in ("his", "her", "their")


def _place_building(ctx: SentenceContext, i: int) -> int | None:
    """"the Preah Vihear temple", "Santa Rita church", "the EEAS building": a known place's name or an acronym
    before a lower-case building noun names the building."""
    end = run_end(ctx, i)
    named = is_place_run(ctx, i, end) and not any(e.kind is EntityKind.COUNTRY for e in
                                                  ctx.gazetteer.lookup(ctx.span(i, end)))
    named = named or end - i >= 2 and is_place_run(ctx, i, i + 1) and not is_place_run(ctx, i, end) and \
        not ctx.tokens[i].possessive  # "the Bharat Mandapam convention centre": a name opening with a place's
    acronym = end == i + 1 and ctx.tokens[i].bare.isupper() and len(ctx.tokens[i].bare) > 1
    building = _building_noun_end(ctx, end)
    if building == end or ctx.tokens[end - 1].possessive or not (named or acronym) or \
            ctx.word(end) in ("airport",):  # "Sanaa airport": the city's own rule names it
        return None
    if ctx.word(i - 1).lower() in ("a", "an") or ctx.word(building) == "of" or \
            ctx.word(i - 1).isalpha() and ctx.word(i - 1).islower() and ctx.word(i - 2).lower() in ("a", "an"):
        return None  # "a Stockholm mosque", "a giant Nile dam", "the Red Sea resort of Sharm el-Sheikh": a kind of
        # place, not a name
    name = ctx.span(i, building)
    ctx.add(i, building, name, EntityKind.BUILDING, f"place:{norm(name)}", "name with a building noun")
    return building


def _international_body(ctx: SentenceContext, i: int) -> int | None:
    """"Nato", "Asean": an international body's acronym written as a word is that body."""
    word = ctx.tokens[i].bare
    if word not in ctx.lexicon.international_bodies:
        return None
    ctx.add(i, i + 1, word.upper(), EntityKind.ORGANISATION, f"org:{norm(word)}", "international body")
    return i + 1


def _numbered_group(ctx: SentenceContext, i: int) -> int | None:
    """"the Group of 20": a forum numbered in figures (as "Group of Seven" is in words) is a body."""
    if i + 2 >= len(ctx.tokens) or ctx.tokens[i].bare != "Group" or ctx.word(i + 1) != "of" or \
            not ctx.tokens[i + 2].bare.isdigit():
        return None
    name = ctx.span(i, i + 3)
    ctx.add(i, i + 3, name, EntityKind.ORGANISATION, f"org:{norm(name)}", "numbered group")
    return i + 3


def _occasion(ctx: SentenceContext, i: int) -> int | None:
    """"the Summit of the Americas", "the Summit on Peace in Ukraine": an occasion's name is no one and no place
    (what is named inside it after "in" still is)."""
    if ctx.word(i) == "World" and ctx.word(i + 1) == "War" and i + 2 < len(ctx.tokens) and \
            ctx.tokens[i + 2].capitalised:
        return i + 3  # "World War Three", "World War II": a war's name, no place
    if ctx.tokens[i].bare not in OCCASION_HEADS or ctx.word(i + 1) not in ("of", "on", "for"):
        return None
    end = i + 1
    while end < len(ctx.tokens) and (ctx.word(end) in CONNECTORS or ctx.tokens[end].is_word
                                     and ctx.tokens[end].capitalised):
        end += 1
    while ctx.word(end - 1) in CONNECTORS:
        end -= 1
    return end if end > i + 2 else None


def _institution(ctx: SentenceContext, i: int) -> int | None:
    """"The White House said": the institution; "signed at the White House": the building."""
    for length in (3, 2, 1):
        if i + length <= len(ctx.tokens) and ctx.span(i, i + length) in ctx.lexicon.institutions:
            if _longer_name_after(ctx, i + length):
                return None  # "the White House Correspondents' Association": a longer name of its own
            name = ctx.span(i, i + length)
            if is_place_context(ctx, i, i + length):
                ctx.add(i, i + length, name, EntityKind.BUILDING, f"place:{norm(name)}", "institution as a place")
            elif name in ctx.lexicon.seats_of_government and not _names_a_body(ctx, i + length):
                state = ctx.gazetteer.country(ctx.lexicon.institutions[name])  # "the Kremlin said": Russia
                ctx.add(i, i + length, state.name, EntityKind.STATE, state.key, SEAT_FOR_GOVERNMENT,
                        coordinates=state.coordinates)
            else:
                ctx.add(i, i + length, name, EntityKind.ORGANISATION, f"org:{norm(name)}", "institution")
            return i + length
    return None


def _longer_name_after(ctx: SentenceContext, end: int) -> bool:
    """Capitalised words go on after an institution into a name of their own ("White House Correspondents'
    Association", "White House National Security Council"), not into a title ("White House Press Secretary X") nor
    a person's name ("the commandant of the Kremlin Sergei Udovenko")."""
    stop = run_end(ctx, end, connectors=True)
    words = [ctx.tokens[k].bare for k in range(end, stop) if ctx.tokens[k].is_word]
    lexicon = ctx.lexicon
    return len(words) >= 2 and not _looks_like_person(ctx, end, stop) and \
        not any(w in lexicon.title_heads or w in lexicon.titles or w == "Press" for w in words)


def _names_a_body(ctx: SentenceContext, end: int) -> bool:
    """"White House Correspondents' Association": the seat names another body ("Kremlin spokesman" is the
    state's spokesman, as the Kremlin stands for the state's government)."""
    return ctx.word(end)[:1].isupper()


def _ship(ctx: SentenceContext, i: int) -> int | None:
    if ctx.tokens[i].text == "Operation" and run_end(ctx, i + 1) > i + 1:
        end = run_end(ctx, i + 1)  # "Operation Aspides"
        ctx.add(i, end, ctx.span(i, end), EntityKind.ORGANISATION, f"org:{norm(ctx.span(i, end))}", "operation name")
        return end
    if ctx.tokens[i].text not in ctx.lexicon.ship_prefixes:
        return None
    end = run_end(ctx, i + 1, connectors=True)  # "HMS Prince of Wales"
    if end == i + 1:
        return None
    for unit in ctx.lexicon.ship_units:
        words = [t.text.lower() for t in ctx.tokens[end:end + len(unit)]]
        if tuple(words) == unit:
            end += len(unit)
            break
    name = ctx.span(i, end)
    ctx.add(i, end, name, EntityKind.ORGANISATION, f"org:{norm(ctx.span(i, run_end(ctx, i + 1, connectors=True)))}",
            "ship prefix")
    return end


def _led_body(ctx: SentenceContext, i: int) -> int | None:
    """"the Saudi-led coalition", "a US-led alliance": a body of its own, not the country that leads it."""
    words = [ctx.word(k) for k in range(i + 1, i + 4)]
    if words[:2] != ["-", "led"] or words[2].lower() not in LED_BODIES or ctx.tokens[i + 1].start != ctx.tokens[i].end:
        return None
    name = ctx.span(i, i + 4)
    ctx.add(i, i + 4, name, EntityKind.ORGANISATION, f"org:{norm(name)}", "led body")
    return i + 4


def _opening_participle(ctx: SentenceContext, start: int) -> bool:
    """"Addressing the Security Council, …", "Visiting the Kremlin, …", "Appearing on Fox News, …": a verb in -ing
    before "the", a preposition or a place's name, no name."""
    word, after = ctx.tokens[start].bare, ctx.word(start + 1)
    if word.endswith("ed") and ctx.tokens[start].sentence_start and after in PARTICIPLE_LINKS and \
            not ctx.gazetteer.lookup(word):  # "Booed as he rose to speak, X …", "Pressed by reporters, X …"
        return any(ctx.word(k) == "," for k in range(start + 2, start + OPENING_PHRASE_WORDS))
    if not word.endswith("ing") or len(word) <= PARTICIPLE_LENGTH or ctx.gazetteer.lookup(word):
        return False
    if ctx.tokens[start].sentence_start and after[:1].isupper() and ctx.gazetteer.lookup(after):
        return True  # "Reaching Derna remains hard", "Visiting Kyiv, X said": a verb in -ing and the place it names
    return after in ("the", "on", "at", "in", "before", "with", "to") or ctx.tokens[start].sentence_start and \
        after.isalpha() and after.islower() and not after.endswith("ed") and after not in TELLING_VERBS \
        and any(ctx.word(k) == "," for k in range(start + 2, start + OPENING_PHRASE_WORDS))  # "Answering
    # questions in the Assembly, X said"


MEDIUM_BEFORE = frozenset("told to on by with according".split())  # an outlet after these only carries the news
PORTFOLIO_TITLES = frozenset({"Minister", "Ministers"})
GENERATIONS = frozenset({"Gen X", "Gen Y", "Gen Z"})
PARTICIPLE_LENGTH = 5  # "King", "Ming", "Boeing" are no verbs
OPENING_PHRASE_WORDS = 9  # words an opening participle's phrase runs to its comma
TELLING_VERBS = frozenset("said says told tells added adds wrote writes".split())  # "Manning said, …": a name
# Words that follow a past participle opening a sentence ("Asked whether …,", "Booed as he rose,"), never a given name
PARTICIPLE_LINKS = frozenset("as by about whether over during after amid from into outside".split())


TITLE_CASE_ACRONYM = 6  # letters of the longest acronym written in title case ("Fact", "Nato")
ACRONYM_LINKS = CONNECTORS | {"in"}  # "Front for Change and Concord in Chad (FACT)"


def _run_to_its_acronym(ctx: SentenceContext, start: int) -> int | None:
    """Where a name of two words or more ends, "of the" and "for" inside it, when an acronym of its initials (in
    any order) follows in brackets: "Rally of the Guinean People (RPG)"; or any acronym, when a body's word opens
    the name."""
    end = run_end(ctx, start, connectors=True)
    while ctx.word(end) in ACRONYM_LINKS and end > start:
        linked = end
        while ctx.word(linked) in ACRONYM_LINKS:
            linked += 1
        if linked >= len(ctx.tokens) or not ctx.tokens[linked].capitalised or ctx.word(linked) == "(":
            break
        end = run_end(ctx, linked, connectors=True)
    acronym = ctx.word(end + 1)
    if end - start < 2 or ctx.word(end) != "(" or ctx.word(end + 2) != ")" or not (
            acronym.isupper() or acronym.istitle() and len(acronym) <= TITLE_CASE_ACRONYM):
        return None  # "(FACT)", or as some papers write it, "(Fact)"
    spelt = sorted(initials(ctx.span(start, end)).upper()) == sorted(acronym.upper())
    return end if spelt or ctx.tokens[start].bare in ctx.lexicon.organisation_heads else None  # "Front for
    # Change and Concord in Chad (FACT)": a body's word first, its acronym in another tongue


def _organisation(ctx: SentenceContext, i: int) -> int | None:
    """A capitalised run (with "of", "the", "for"… inside) whose last word is an organisation word."""
    start = i
    if ctx.word(i + 1) == "-" and ctx.word(i + 2) in PLACED_BY and i + 3 < len(ctx.tokens) and \
            ctx.tokens[i + 3].capitalised:
        start = i + 3  # "the London-based Syrian Observatory": where it is or who backs it, not its name
    elif ctx.word(i - 1) == "-" and ctx.word(i - 2).lower() in SIDE_PREFIXES and i + 1 < len(ctx.tokens) and \
            ctx.tokens[i + 1].capitalised:
        start = i + 1  # "the pro-Russian Patriotic Electoral Bloc": whose side it takes, not its name
    if _opening_participle(ctx, start):
        return None  # "Addressing the U.N. Security Council, …": the council is found from its own first word
    end = run_end(ctx, start, connectors=True)
    if ctx.word(start - 1) == "," and ctx.word(start + 1) == "and":
        return None  # "SFR, Free and Bouygues Telecom": the last of a list, not one name joined by "and"
    chamber = next((k for k in range(start, min(end, start + CHAMBER_OWNER_WORDS + 1)) if names_a_chamber(ctx, k)),
                   None)
    if chamber is not None and end > chamber + 2:
        name = ctx.span(start, end)  # "House of Lords", "Minnesota House of Representatives"
        ctx.add(start, end, name, EntityKind.ORGANISATION, f"org:{norm(name)}", "organisation word")
        return end
    if _a_country_s_airline(ctx, start, end):
        name = ctx.span(start, start + 2)  # "Air India", "an Air India Boeing": a company, not the country
        ctx.add(start, start + 2, name, EntityKind.ORGANISATION, f"org:{norm(name)}", "airline")
        return start + 2
    opener = ctx.tokens[start].bare.split("-")[0]
    if opener in ctx.lexicon.organisation_openers | ctx.lexicon.armed_group_openers and \
            (end > start + 1 or "-" in ctx.tokens[start].bare):
        name = ctx.span(start, end)  # "Kataib Hezbollah", "Jaish al-Adl", "Tehreek-e-Taliban Pakistan"
        if opener in ctx.lexicon.armed_group_openers or _armed_group_context(ctx, start, end):
            ctx.add(start, end, name, EntityKind.GROUP, f"group:{norm(name)}", "name of fighters")
            return end  # "Jaish X", "Tanzim X fighters"
        mention = ctx.add(start, end, name, EntityKind.ORGANISATION, f"org:{norm(name)}", "organisation opening word")
        return _acronym_definition(ctx, end, mention)
    if (defined := _run_to_its_acronym(ctx, start)) is not None:
        end = defined
        name = ctx.span(start, end)  # "UK Maritime Trade Operations (UKMTO)", "Inter-Services Public Relations (ISPR)",
        # "Rally of the Guinean People (RPG)" (its initials in another tongue's order)
        if any(place.kind is EntityKind.COUNTRY for place in ctx.gazetteer.lookup(name)):
            return None  # "the United Arab Emirates (UAE)": the state, by the gazetteer
        mention = ctx.add(start, end, name, EntityKind.ORGANISATION, f"org:{norm(name)}", "acronym definition")
        return _acronym_definition(ctx, end, mention)
    heads = ctx.lexicon.organisation_heads
    if ctx.tokens[end - 1].bare in ctx.lexicon.feature_words and ctx.tokens[end - 1].bare not in heads and \
            ctx.lexicon.feature_words[ctx.tokens[end - 1].bare] is EntityKind.BUILDING:
        return None  # "Lawson Army Airfield", "Georgia State Capitol": a place, found by its feature word
    titled = start + 1 if _is_demonym(ctx, ctx.tokens[start].bare) else start  # "Saudi Crown Prince X and …"
    if (ctx.tokens[titled].bare in ctx.lexicon.titles or titles_end(ctx, titled) > titled
            and ctx.tokens[titled].bare not in heads) and _titled_person_first(ctx, start, end):
        return None  # "President António Costa and European Commission President …": a person, by the title rule
    if end - start >= 4 and ctx.word(start + 1) == "and" and ctx.tokens[start].bare in ctx.surnames:
        return None  # "talks with Kowalski and European Parliament President X" after "Jan Kowalski": the
        # man, then the body's own run
    end = _before_a_titled_name(ctx, start, end)  # "European Council President António Costa and …": the council
    if end - start >= 3 and ctx.word(end - 2) == "and" and ctx.word(end) in ctx.lexicon.titles:
        return None  # "envoy Steve Witkoff and Army Secretary Dan Driscoll": a person, then a portfolio's title
    if ctx.word(end) in PORTFOLIO_TITLES:
        return None  # "Armed Forces Minister James Heappey": the minister's portfolio, no body of its own
    if ctx.tokens[end - 1].bare in SHOW_HEADS:
        return None  # "the Paris Air Show": an occasion, though "Air" ends airlines' names
    for stop in range(end, start, -1):
        last, two = ctx.tokens[stop - 1].bare, ctx.span(max(start, stop - 2), stop)
        if last in CLOSING_HEADS and stop + 1 == end and _is_country(ctx, stop):
            stop = end  # "Amnesty International Kenya": the body's branch in a country
        closing = stop == end and ctx.tokens[stop - 1].bare in CLOSING_HEADS or \
            stop > start + 1 and ctx.tokens[stop - 2].bare in CLOSING_HEADS and _is_country(ctx, stop - 1)
        if (last in heads or two in heads or closing) and ctx.word(stop - 1).lower() not in CONNECTORS \
                and not _head_only_after_of(ctx, start, stop):
            if ctx.tokens[start].text in ctx.lexicon.titles | ctx.lexicon.title_heads and ctx.word(start + 1) == "of":
                return None  # "Secretary of the … Council" is a role, the council is found next
            if last == "Press" and ctx.word(stop) in ctx.lexicon.title_heads:
                return None  # "Palace Press Officer Claire Castro": a press officer's title, no body
            if stop - start >= 3 and ctx.word(stop - 2) == "and" and \
                    not any(t.bare in heads for t in ctx.tokens[start:stop - 2]):
                return None  # "minister Airlangga Hartarto and Bank Indonesia": a person, then a body of its own
            if ctx.word(stop) == "-" and stop + 1 < len(ctx.tokens) and ctx.tokens[stop + 1].capitalised:
                stop += 2  # "… Liberation Movement-North"
            if stop + 1 < end and ctx.word(stop) in TITLE_CASE_LINKS:
                stop = end  # "Global Initiative Against Transnational Organized Crime": the name runs on
            alone = stop == start + 1
            if stop + 1 == end and ctx.word(stop) in ctx.lexicon.directions:
                stop += 1  # "Operational Command South", "Army North": a command named by its region
            stop = _of_tail(ctx, stop, end)
            while stop < end and ctx.tokens[stop].bare in SUBJECT_TAILS:
                stop += 1  # "the Higher Committee for People's Assembly Elections": what the body deals with
            if alone and stop == start + 1:
                return None  # a lone "Council" names nothing; "Chamber of Deputies" does
            name = ctx.span(start, stop)
            if stop - start >= 3 and ctx.span(stop - 2, stop) in CENTRE_BUILDINGS and \
                    not ctx.lexicon.is_speech_verb(ctx.word(stop)):
                ctx.add(start, stop, name, EntityKind.BUILDING, f"place:{norm(name)}", "a centre as a building")
                return stop  # "taken to Sheba Medical Center": the hospital, a place
            if ctx.tokens[stop - 1].bare in PLACE_HEADS and (is_place_context(ctx, start, stop)
                                                             or ctx.word(stop).lower() in HELD_THERE):
                ctx.add(start, stop, name, EntityKind.BUILDING, f"place:{norm(name)}", "office as a place")
                return stop  # "talks in the Oval Office", "a news conference at the Prime Minister's Office", "a
                # heated Oval Office encounter"
            stop = _located_tail(ctx, _and_tail(ctx, start, stop, end))
            stop = _spelt_out_by_acronym(ctx, start, stop)
            name = ctx.span(start, stop)
            if any(place.kind is EntityKind.COUNTRY for place in ctx.gazetteer.lookup(name)):
                return None  # "the Russian Federation", "the United Arab Emirates": a state, by the gazetteer
            first_end = _two_bodies(ctx, start, stop)
            if first_end is not None:  # "the European Union and United Nations": two bodies
                first = ctx.span(start, first_end)
                ctx.add(start, first_end, first, EntityKind.ORGANISATION, f"org:{norm(first)}", "organisation word")
                start, name = first_end + 1, ctx.span(first_end + 1, stop)
            if start > 0 and ORDINAL.fullmatch(ctx.word(start - 1)) and ctx.tokens[stop - 1].bare in MILITARY_UNITS:
                start, name = start - 1, ctx.span(start - 1, stop)  # "the 4th Armoured Brigade": its number too
            mention = ctx.add(start, stop, name, EntityKind.ORGANISATION, f"org:{norm(name)}", "organisation word")
            return _acronym_definition(ctx, stop, mention)
    return None


def _and_tail(ctx: SentenceContext, start: int, stop: int, end: int) -> int:
    """"Ministry of Intelligence and Security", "Department of Health and Human Services": after an "of" or "for",
    a short "and …" of words naming no place and no person still belongs to the name."""
    end = next((k for k in range(stop + 2, end) if ctx.word(k) == "and"), end)  # "… and Security and Okafor"
    if ctx.word(stop) != "and" or not 1 <= end - stop - 1 <= AND_TAIL_TOKENS or \
            not any(ctx.word(k) in ("of", "for") for k in range(start + 1, stop)):
        return stop
    tail = [ctx.tokens[k] for k in range(stop + 1, end)]
    lexicon = ctx.lexicon
    common = all(t.bare.lower() in ctx.lowercase_words or t.bare in lexicon.organisation_heads
                 or t.bare in lexicon.portfolio_words for t in tail)  # "security", "Services": no one's name
    if not common or any(t.possessive or ctx.gazetteer.lookup(t.bare) for t in tail):
        return stop
    return end


def _located_tail(ctx: SentenceContext, stop: int) -> int:
    """"United Nations Mission in South Sudan", "Organization for Security and Co-operation in Europe": a
    mission's or a co-operation's place is part of its name."""
    if not ctx.span(stop - 1, stop).endswith(LOCATED_HEADS) or ctx.word(stop) != "in":
        return stop
    for length in (3, 2, 1):
        if stop + 1 + length <= len(ctx.tokens) and ctx.tokens[stop + 1].capitalised and \
                ctx.gazetteer.lookup(ctx.span(stop + 1, stop + 1 + length)):
            return stop + 1 + length
    return stop


def _titled_person_first(ctx: SentenceContext, start: int, end: int) -> bool:
    """The run opens with a title and a name before any "and" ("President António Costa and …"), not with a
    body whose name starts with a title word ("General Assembly", "General Border Committee")."""
    first = next((k for k in range(start, end) if ctx.word(k) in ("and", "&")), end)
    return first - start >= 3 and ctx.tokens[first - 1].bare not in ctx.lexicon.organisation_heads


def _before_a_titled_name(ctx: SentenceContext, start: int, end: int) -> int:
    """Where a run of name words ends before a title and a name inside it ("European Council President António
    Costa"): the body's name stops there, and the title and the person are found next."""
    heads = ctx.lexicon.organisation_heads
    for k in range(start + 1, end - 1):
        if ctx.tokens[k].bare in ctx.lexicon.titles and ctx.word(k + 1) not in CONNECTORS and \
                ctx.tokens[k + 1].capitalised and (ctx.tokens[k - 1].bare in heads or ctx.word(start + 1) == "of"
                                                   and ctx.tokens[start].bare in heads):
            return k  # "Organization of American States Secretary General Luis Almagro": the body ends at the title
    return end


def _spelt_out_by_acronym(ctx: SentenceContext, start: int, stop: int) -> int:
    """Where a name ends that its acronym spells out further: "Organization for Security and Co-operation in
    Europe (OSCE)", "Intergovernmental Authority on Development (IGAD)", "Community of Latin American and
    Caribbean States (CELAC)"."""
    for end in range(stop + 1, min(stop + ACRONYM_TAIL_TOKENS, len(ctx.tokens) - 2) + 1):
        if ctx.word(end) == "(" and ctx.word(end + 2) == ")" and ctx.word(end + 1).isupper():
            acronym, spelt = ctx.word(end + 1), initials(ctx.span(start, end))
            alike = acronym[0] == spelt[0] and (acronym[-1] == spelt[-1] and abs(len(acronym) - len(spelt)) <= 1
                                                or len(acronym) >= 3 and len(acronym) == len(spelt))  # "Front for
            # Change and Concord in Chad (FACT)": an acronym of the name in another language
            return end if alike and ctx.tokens[end - 1].capitalised else stop  # "IGAD": Inter-Governmental …
        if not (ctx.tokens[end].capitalised or ctx.word(end) in CONNECTORS or ctx.word(end) in ("-", "in")):
            return stop
    return stop


def _two_bodies(ctx: SentenceContext, start: int, stop: int) -> int | None:
    """Where the first of two bodies joined by "and" ends, when each ends with an organisation word of its own
    ("European Union and United Nations"); None for one body ("Organization for Security and Co-operation")."""
    heads = ctx.lexicon.organisation_heads
    for k in range(start + 2, stop - 2):
        if ctx.word(k) == "and" and ctx.tokens[k - 1].bare in heads and ctx.tokens[k + 1].capitalised \
                and ctx.tokens[k + 1].bare not in heads and ctx.tokens[stop - 1].bare in heads \
                and not {ctx.tokens[k - 1].bare, ctx.tokens[k + 1].bare} <= ctx.lexicon.portfolio_words:
            return k  # (but "National Intelligence and Security Service": two fields of one body)
    return None


def _head_only_after_of(ctx: SentenceContext, start: int, stop: int) -> bool:
    """"Sean Hannity of Fox News": the words before "of" name no body (a body's head comes first: "Ministry
    of Defence", "Forces for the Liberation of Rwanda"), so they are a person's name and the body follows."""
    words = [ctx.word(k) for k in range(start, stop)]
    linker = next((k for k, w in enumerate(words) if w in ("of", "for")), None)
    if linker is None:
        return False
    heads = ctx.lexicon.organisation_heads
    if linker == 1 and words[0].lower() in ctx.lowercase_words and words[0] not in ctx.surnames and \
            words[0].lower() not in ctx.lexicon.role_nouns | MEMBER_WORDS:
        return False  # "State of Law Coalition": a common word opens the body's name, no one's
    return not any(w in heads or ctx.tokens[start + k].bare in heads for k, w in enumerate(words[:linker]))


MEMBER_WORDS = frozenset("member members head chief leader".split())  # "Member of Parliament": a role, no body
SUBJECT_TAILS = frozenset("Elections Affairs Rights Studies Relations Services Operations Reconstruction".split())


def _of_tail(ctx: SentenceContext, stop: int, end: int) -> int:
    """"Court of Arbitration", "Organization for Migration", "Authority on Development": a head word's "of/for/on …"
    belongs to the name."""
    if ctx.word(stop) in ("of", "for", "on") and stop < end:
        tail = stop + 1
        while tail < end and ctx.word(tail) in CONNECTORS:
            tail += 1
        if tail < end and _short_month_date(ctx, tail):
            return stop  # "elected to head the National Assembly on Jan. 5": the date, not the name
        if tail < end and not ctx.gazetteer.lookup(ctx.span(tail, end)):
            return _before_another_name(ctx, tail, end)
        if tail + 1 == end and _is_country(ctx, tail) and ctx.word(stop - 1) not in STATE_HEADS:
            return end  # "the Police of Armenia", "the Sovereign Council of Sudan": the country's own body
        if tail + 1 == end and ctx.word(stop - 1) in CITY_NAMED_HEADS and ctx.gazetteer.lookup(ctx.word(tail)):
            return end  # "the University of Arendal", "the Bank of Kenya": an institution named by its place
    return stop


def _short_month_date(ctx: SentenceContext, i: int) -> bool:
    """A short month that could be a name, as a date's: "Jan. 10", "Jun 3"."""
    return ctx.tokens[i].bare in NAME_LIKE_MONTHS and (
        ctx.word(i + 1) == "." and ctx.word(i + 2).isdigit() or ctx.word(i + 1).isdigit())


CLOSING_HEADS = frozenset({"International"})  # a body's word only where it closes the name: "Amnesty International"
# (not "Department of International Relations")
CHAMBER_OWNER_WORDS = 2  # "New Mexico House of Representatives": the words naming whose chamber it is
CITY_NAMED_HEADS = frozenset({"University", "Bank", "Institute", "Academy"})
LISTED_OF_ENDINGS = frozenset({"States", "Countries", "Nations", "Territories", "Affairs", "Peoples"})


STATE_HEADS = ("Government", "Administration")  # "the Government of Serbia" is the state


def _is_country(ctx: SentenceContext, i: int) -> bool:
    return any(e.kind is EntityKind.COUNTRY and e.form != "demonym" for e in ctx.gazetteer.lookup(ctx.tokens[i].bare))


def _before_another_name(ctx: SentenceContext, tail: int, end: int) -> int:
    """Where a name's "of" tail ends: before "and"/"on" and a place, a possessive or a person that starts another
    name ("the International Court of Justice and Venezuela", "… Court of Justice on Guyana's claim")."""
    listed = ctx.word(end - 1) in LISTED_OF_ENDINGS  # "Community of Latin American and Caribbean States": one name
    for k in range(tail + 1, end - 1):
        if listed and ctx.word(k) == "and" and k + 2 < end:
            continue
        if ctx.word(k) in ("and", "on", "&") and (ctx.tokens[k + 1].possessive
                                                  or ctx.gazetteer.lookup(ctx.tokens[k + 1].bare)):
            return k
        if ctx.word(k) == "and" and _looks_like_person(ctx, k + 1, end):
            return k  # "the Ministry of Defence and Jan Kowalski"
    return end


def _acronym_definition(ctx: SentenceContext, i: int, org: Mention) -> int:
    """"International Atomic Energy Agency (IAEA)": the acronym becomes an alias of the organisation."""
    acronym = ctx.word(i + 1)
    if ctx.word(i) == "(" and ctx.word(i + 2) == ")" and (acronym.isupper() or acronym.istitle() and len(
            acronym) <= TITLE_CASE_ACRONYM and not ctx.gazetteer.lookup(acronym)):
        ctx.add(i + 1, i + 2, org.name, EntityKind.ORGANISATION, org.key, "acronym definition")
        return i + 3
    known = _known_by_initials(ctx, i)  # "…, known by its French initials CNSP": in another tongue's order
    if known is not None:
        ctx.add(known, known + 1, org.name, EntityKind.ORGANISATION, org.key, "acronym definition")
        return known + 1
    return i


def _known_by_initials(ctx: SentenceContext, i: int) -> int | None:
    """Where the acronym stands in ", known as X" or ", known by its (French) initials X" after a name ending at
    ``i``."""
    words = [ctx.word(k) for k in range(i, min(i + KNOWN_BY_TOKENS, len(ctx.tokens)))]
    if words[:2] != [",", "known"]:
        return None
    for k, word in enumerate(words[2:], 2):
        if word.isupper() and len(word) >= 2 and word.isalpha():
            return i + k
        if word not in ("as", "by", "its", "their", "initials", "acronym", "abbreviation") and \
                not (word[:1].isupper() and words[k + 1:k + 2] in (["initials"], ["acronym"])):
            return None
    return None


# Words after a name that are no part of it: "Jr", a regnal number ("Leo XIV"; not "Xi", a surname).
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "vi", "vii", "viii", "xii", "xiii", "xiv", "xv", "xvi"})


def surname_of(name: str) -> str:
    """The last word of a full name that is no suffix: "Marcos" of "Ferdinand Marcos Jr"."""
    words = name.split()
    while len(words) > 2 and words[-1].lower().rstrip(".") in NAME_SUFFIXES:
        words = words[:-1]
    return words[-1]
TITLE_CASE_LINKS = frozenset({"Against", "For", "Of", "On", "To", "In", "Without"})  # inside a name in title case
# A centre that is a building, not a body (unless it speaks): "Sheba Medical Center", "a Convention Centre".
CENTRE_BUILDINGS = frozenset(f"{kind} {centre}" for kind in ("Medical", "Convention", "Conference", "Exhibition",
                                                              "Trade", "Shopping", "Press")
                             for centre in ("Center", "Centre"))


def _titled_person(ctx: SentenceContext, i: int) -> int | None:
    """Titles and honorifics, then a name: a person whose role is the title."""
    title_end = titles_end(ctx, i)
    name_start = _honorifics_end(ctx, title_end)
    if name_start == i:
        return None
    if title_end > i and _name_set_off(ctx, title_end):
        name_start = _honorifics_end(ctx, titles_end(ctx, title_end + 1))  # "Iran's Foreign Minister, Hossein
        # Amir-Abdollahian, said", "… Defence Minister, General Tea Seiha,": the title's holder
    name_end = run_end(ctx, name_start)
    if name_end == name_start and title_end == i + 1 and ctx.tokens[i].bare in ctx.surnames and \
            (ctx.word(i + 1).islower() or ctx.word(i + 1) == ",") and ctx.word(i + 1) not in PHRASE_WORDS:
        _single_word(ctx, i)  # "King put it …" after "Angus King": him, no monarch (but "Minister at the port",
        return i + 1  # a run-in heading)
    if name_end == name_start or is_place_run(ctx, name_start, name_end):
        return max(title_end, i + 1)
    if ctx.span(name_start - 1, name_start + 1) in GENERATIONS and ctx.word(name_start + 1) != ".":
        return None  # "Gen Z Madagascar", "the Gen Z Mada movement": a generation, no general's name
    if name_end == name_start + 1 and ctx.tokens[name_start].bare.lower() in NAME_SUFFIXES:
        return None  # "Martin Luther King Jr.": a surname before a suffix, no title
    if _names_a_thing(ctx, name_start, name_end) or name_end == name_start + 1 and ctx.word(i - 1).lower() == "the" and \
            ctx.tokens[name_start].bare in ctx.lexicon.portfolio_words | ctx.lexicon.organisation_heads:
        return run_end(ctx, i, connectors=True)  # "General Security of Military Information Agreement", "the
        # General Staff": no one
    if _place_after_honorific(ctx, i, name_start, name_end):
        ctx.add(i, name_end, ctx.span(i, name_end), EntityKind.REGION, f"place:{norm(ctx.span(i, name_end))}",
                "honorific place name")
        return name_end
    role = ctx.span(i, title_end) if title_end > i else None
    if role and i > 0 and ctx.mentions and ctx.mentions[-1].end == ctx.tokens[i - 1].end and \
            ctx.mentions[-1].kind is EntityKind.ORGANISATION and ctx.tokens[i - 1].bare.isupper():
        role = f"{ctx.tokens[i - 1].text} {role}"  # "NATO Secretary-General Jens Stoltenberg": NATO's
    elif role and i > 0 and ctx.mentions and ctx.mentions[-1].end == ctx.tokens[i - 1].end and \
            ctx.mentions[-1].kind is EntityKind.ORGANISATION and \
            ctx.tokens[i - 1].bare in ctx.lexicon.organisation_heads:
        role = f"{ctx.mentions[-1].text} {role}"  # "Interim Senate President X": the Senate's president, no one
        # "the president" stands for
    if role and ctx.word(i - 1) in ("former", "Former"):
        role = f"former {role}"  # "former President Jan Kowalski": not the president in office
    rule = "title before name" if role else "honorific before name"
    if title_end > i + 1 and _acronym_of_a_body(ctx, i):
        _single_word(ctx, i)  # "NATO Secretary-General Mark Rutte": the body its officer serves
    numbered = name_end == name_start + 2 and ctx.tokens[name_start + 1].bare.lower() in NAME_SUFFIXES
    if ctx.tokens[name_start - 1].bare in STYLED_TITLES and (name_end == name_start + 1 or numbered):
        name_start -= 1  # "Pope Francis", "Patriarch Kirill", "Pope Leo XIV": known by title and name together
    role = role or (role_before(ctx, i) if title_end == i else None)  # "Qatar's emir Sheikh Tamim": the office
    # before the honorific
    _person(ctx, name_start, name_end, rule, role=_of_its_country(ctx, role_with_country(ctx, i, role), name_end))
    return name_end


PHRASE_WORDS = frozenset("at in on of for to with by from the a an and or as over under after before".split())


def _of_its_country(ctx: SentenceContext, role: str | None, name_end: int) -> str | None:
    """"President Daniel Mwangi of Kenya": a capitalised title whose country follows the name is that
    country's ("President of Kenya"), so that "the Ugandan leader" is not taken for him."""
    if not role or not role[:1].isupper() or " of " in role or ctx.word(name_end) != "of":
        return role
    for length in (3, 2, 1):
        if name_end + 1 + length > len(ctx.tokens):
            continue
        country = next((e for e in ctx.gazetteer.lookup(ctx.span(name_end + 1, name_end + 1 + length))
                        if e.kind is EntityKind.COUNTRY and e.form != "demonym"), None)
        if country is not None:
            return f"{role} of {with_article(country.name)}"
    return role


def _acronym_of_a_body(ctx: SentenceContext, i: int) -> bool:
    """An acronym that names a body, not a state ("US Secretary of State X": the title's country)."""
    word = ctx.tokens[i].bare
    return word.isupper() and _body_of_an_officer(ctx, i) and not ctx.gazetteer.lookup(word.replace(".", "")) \
        and not (i > 0 and ctx.tokens[i - 1].possessive)  # "Kenya's G20 Sherpa X": Kenya's officer


def _acronym_before_a_name(ctx: SentenceContext, i: int) -> bool:
    """An acronym ("UN", "U.N.") right before two or more name words: no one's first name."""
    letters = ctx.tokens[i].bare.replace(".", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha() and not _initials_of_a_person(ctx, i) and \
        all(ctx.tokens[k].capitalised and not ctx.tokens[k].bare.isupper() for k in (i + 1, i + 2))


def _initials_of_a_person(ctx: SentenceContext, i: int) -> bool:
    """"forced K.P. Sharma Oli from office": stops after single letters are a person's initials, not a body's
    acronym ("the U.N. Lena Okafor addressed": a body; "U.S." and the gazetteer's other places stay places)."""
    word = ctx.tokens[i].bare
    return DOTTED_INITIALS.fullmatch(word) is not None and ctx.word(i - 1).lower() not in ("the", "a", "an") and \
        not ctx.gazetteer.lookup(word.replace(".", ""))


DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def _name_set_off(ctx: SentenceContext, comma: int) -> bool:
    """A title, then a full name between commas or closing the sentence: "Lebanon's Telecoms Minister, Johnny
    Corm, told …", "… he met Iran's Supreme Leader, Ayatollah Ali Khamenei."."""
    if ctx.word(comma) != "," or comma + 1 >= len(ctx.tokens) or not ctx.tokens[comma + 1].capitalised:
        return False
    end = run_end(ctx, comma + 1)
    closes = ctx.word(end) == "," or ctx.word(end) in (".", ";") and end == len(ctx.tokens) - 1
    return end - comma - 1 >= 2 and closes and not is_place_run(ctx, comma + 1, end)


def _place_after_honorific(ctx: SentenceContext, i: int, name_start: int, name_end: int) -> bool:
    """"evictions in Sheikh Jarrah", "a church near Saint Sava": a place named after someone, where no one is."""
    return ctx.word(i) in PLACE_HONORIFICS and name_start == i + 1 and name_end == name_start + 1 and \
        ctx.word(i - 1) in PLACE_PREPOSITIONS and not ctx.tokens[name_end - 1].possessive


def _names_a_thing(ctx: SentenceContext, name_start: int, name_end: int) -> bool:
    """"General Security of Military Information Agreement": the "of" run names no place, so the title
    word began a name of a thing ("King Abdullah II of Jordan" is a person, and so is "Senator Jan Okafor of
    Varnia": two names, then one word a place unknown to the gazetteer)."""
    if ctx.word(name_end) != "of" or name_end + 1 >= len(ctx.tokens) or not ctx.tokens[name_end + 1].capitalised:
        return False
    tail_end = run_end(ctx, name_end + 1, connectors=True)
    if name_end - name_start >= 2 and tail_end == name_end + 2 and \
            ctx.tokens[name_end + 1].bare not in ctx.lexicon.organisation_heads:
        return False
    place_ends = range(name_end + 3, min(tail_end, name_end + 4) + 1)  # "President X of South Sudan and …"
    return not ctx.gazetteer.lookup(ctx.span(name_end + 1, tail_end)) and \
        not ctx.gazetteer.lookup(ctx.tokens[name_end + 1].bare) and \
        not any(ctx.gazetteer.lookup(ctx.span(name_end + 1, end)) for end in place_ends)


def _honorifics_end(ctx: SentenceContext, i: int) -> int:
    end = i
    while ctx.word(end) in ctx.lexicon.honorifics or ctx.word(end) + "." in ctx.lexicon.honorifics:
        end += 1
        if ctx.word(end) == ".":
            end += 1
    return end


def _home_of_the_one_before(ctx: SentenceContext, i: int) -> bool:
    """"Sen. Lena Okafor of Arendal called …": the place a person is from, not a second speaker."""
    return ctx.word(i - 1) == "of" and bool(ctx.mentions) and ctx.mentions[-1].kind is EntityKind.PERSON \
        and ctx.mentions[-1].end == ctx.tokens[i - 1].start - 1


def _party_members(word: str) -> bool:
    """"Democrats", "Conservatives": the members of a party, in the plural."""
    return word.endswith("s") and word.removesuffix("s") in PARTY_MEMBERS


def _name_run(ctx: SentenceContext, i: int) -> int | None:
    start = i
    if ctx.tokens[i].bare in PARTY_WORDS and i + 1 < len(ctx.tokens) and ctx.tokens[i + 1].capitalised and \
            not _party_members(ctx.tokens[i + 1].bare):
        return i + 1  # "Republican Sen. Lena Okafor", "Democrat Dara Velan": the party, then the person (but "the
        # Liberal Democrats" is a party's name)
    if _party_members(ctx.tokens[i].bare) and \
            not (i > 0 and ctx.tokens[i - 1].capitalised) and i + 2 < len(ctx.tokens) and \
            ctx.tokens[i + 1].capitalised and ctx.tokens[i + 2].capitalised:
        return i + 1  # "brought by Democrats Dara Velan and Lena Okafor": the party's members, then one of them
    if _short_month_date(ctx, start):
        return start + 1  # "sworn in on Jan. 10": a date, no one called Jan
    if _opening_participle(ctx, start):
        return start + 1  # "Reaching Derna remains hard": the verb, then the place
    end = run_end(ctx, start)
    if end == start:
        return max(start, i + 1)
    if end - start == 1 and ctx.tokens[start].bare in FUNCTION_WORDS and not _surname_after_a_quote(ctx, start):
        return end  # "blunter still: “The city of …”": a quote's first word, no name
    if end - start >= 3 and _people_word(ctx, start):
        return start + 1  # "Britons Jan Kowalski and …": the people, then the person
    opening = ctx.tokens[start]
    if end - start >= 3 and opening.sentence_start and opening.bare.endswith(NAME_OPENING_MODIFIER_ENDINGS):
        return start + 1  # "Leftist Luisa González will face …": a modifier, then the person
    if opening.sentence_start and end - start >= 2 and ctx.word(end) == "," and \
            opening.bare.endswith("ing") and len(opening.bare) > PARTICIPLE_LENGTH and not ctx.gazetteer.lookup(
                opening.bare):
        return start + 1  # "Addressing Okafor, whom he called …": a participle, then the person
    if ctx.span(start, min(end, start + 2)) == "New Year":
        return end + (ctx.word(end) in HOLIDAY_HEADS)  # "On New Year's Eve", "New Year's Day": a time
    if ctx.span(start, end) in ctx.lexicon.languages and spoken_language(ctx, start, end):
        return end  # "told reporters in English that …": a tongue, no one
    titled = next((k for k in range(start + 1, end) if k < titles_end(ctx, k) < end), None)  # "Lena King," is a name
    if titled is not None:
        if titled == start + 1 and _acronym_of_a_body(ctx, start):
            _single_word(ctx, start)  # "NATO Secretary-General Mark Rutte": the body its officer serves
        return titled  # "Philippine Foreign Secretary Theresa Lazaro": the title rule takes it from here
    if end - start >= 3 and _acronym_before_a_name(ctx, start):
        _single_word(ctx, start)  # "Ambassador to the U.N. Lena Okafor": the body, then the person
        return start + 1
    if _forces_of_a_people(ctx, start, end):
        name = f"{ctx.span(start, end)} {ctx.word(end).lower()}"  # "Tigrayan forces", "Kurdish fighters": a people's
        key = f"group:{norm(ctx.span(start, end))}:forces"  # armed men, however the text calls them
        ctx.add(start, end + 1, name, EntityKind.GROUP, key, "a people's forces")
        return end + 1
    outlet = next((start + k for k in (2, 1) if end - start > k and ctx.span(start, start + k) in ctx.lexicon.agencies),
                  None) if ctx.word(start - 1).lower() in MEDIUM_BEFORE else None
    if outlet is not None:
        return outlet  # "a source told Reuters Rajoelina had left": the outlet told, then a name of its own
    span = ctx.span(start, end)
    medium = span in ctx.lexicon.agencies and ctx.word(start - 1).lower() in MEDIUM_BEFORE  # "told Al Jazeera"
    if span in ctx.lexicon.platforms or medium or span in ctx.lexicon.peoples or \
            span == "X" and ctx.word(start - 1) == "on" or ctx.tokens[end - 1].bare in AWARD_HEADS:
        return end  # "wrote on Telegram", "posted on X", "Arab states", "the Nobel Peace Prize": no place, no actor
    if span in ctx.lexicon.agencies and end - start >= 2:
        ctx.add(start, end, span, EntityKind.ORGANISATION, f"org:{norm(span)}", "news outlet")
        return end  # "Al Jazeera called the strike …": an outlet that acts, not a person
    if ctx.tokens[end - 1].bare in PARTY_MEMBERS and ctx.gazetteer.lookup(ctx.span(start, end - 1)):
        return end  # "the Wisconsin Republican said": a role for the quote finder, not a name
    if (holder := _holder_after_the_place_of_a_role(ctx, start, end)) is not None:
        return holder
    if end - start == 3 and ctx.word(start + 1) == "-" and ctx.word(end).lower() in MEETING_NOUNS:
        _single_word(ctx, start)  # "the Okafor-Velan summit": two people, each named by surname
        _single_word(ctx, start + 2)
        return end
    head = end + 1 if _modifier_before_an_org_head(ctx, start, end) else end  # "the Kovana labour federation"
    if ctx.word(head).lower() in ctx.lexicon.lowercase_org_heads and end - start >= 1 and \
            not ctx.gazetteer.lookup(ctx.span(start, end)) and not (
                ctx.tokens[end - 1].possessive and not ctx.gazetteer.lookup(ctx.tokens[end - 1].bare)):  # ("Nouri
        # al-Maliki's party": his, not named by him; "Ukraine's infrastructure ministry" is named by Ukraine)
        if ctx.word(start - 1).lower() in ("a", "an") or end - start == 1 and \
                ctx.tokens[start].bare.endswith(IDEOLOGY_ENDINGS) or \
                _is_demonym(ctx, ctx.tokens[start].bare) and not _named_with_its_people(ctx, start, end):
            return end + 1  # "a Rwandan Hutu militia", "the Islamist group" describe a group, they do not name one
            # (but "the Georgian Dream party" names one)
        stop = end + 1 if end - start == 1 and ctx.word(end).lower() in GOVERNMENT_HEADS else end
        name = ctx.span(start, stop)  # "the Multinational Security Support mission"; "the Foreign ministry"
        ctx.add(start, stop, name, EntityKind.ORGANISATION, f"org:{norm(name)}", "organisation word after name")
        return head + 1
    numbered = end + 1 if ctx.word(end).isdigit() else end  # "the Merdeka 118 tower", "Vnukovo-2 airport"
    numbered = end + 2 if ctx.word(end) == "-" and ctx.word(end + 1).isdigit() else numbered
    building = _building_noun_end(ctx, numbered)
    if building > numbered and not ctx.tokens[end - 1].possessive and not _is_demonym(ctx, ctx.tokens[start].bare):
        name = ctx.span(start, building)  # "the Capella hotel", "Gimhae air base": the noun is part of the name
        ctx.add(start, building, name, EntityKind.BUILDING, f"place:{norm(name)}", "name with a building noun")
        return building
    if ctx.word(start - 1).lower() == "the" and end - start == 1 and _is_plural_name(ctx, start):
        word = ctx.tokens[start].bare
        ctx.add(start, end, word, EntityKind.GROUP, f"group:{norm(word)}", "the + plural name")
        return end
    head = ctx.word(start - 1)
    if head == "as" and ctx.word(start - 2) == "known":
        head = ctx.word(start - 3)  # "the coalition known as Hands Off My Constitution"
    if head == "partner" and ctx.word(start - 2) in COALITION_WORDS:
        head = "party"  # "its junior coalition partner Komeito": a party
    if head in NAMING_HEADS and not ctx.tokens[end - 1].possessive and ctx.word(end) not in LEADING_VERBS:
        name = ctx.span(start, end)  # "the Lebanese group Hezbollah", "the Palestinian movement Fatah"
        kind = EntityKind.ORGANISATION if head in BODY_HEADS | MEDIA_HEADS else EntityKind.GROUP
        ctx.add(start, end, name, kind, f"{'group' if kind is EntityKind.GROUP else 'org'}:{norm(name)}",
                "name after a group noun")
        return end
    if end - start >= 2 and _armed_group_context(ctx, start, end) and not ctx.gazetteer.lookup(ctx.span(start, end)):
        name = ctx.span(start, end)  # "Boko Haram fighters", "militants loyal to Ansar Kowal": the group
        ctx.add(start, end, name, EntityKind.GROUP, f"group:{norm(name)}", "name of fighters")
        return end
    if end - start == 1 and ctx.tokens[start].bare in LEGISLATURES:
        return end  # "lawmakers in Congress": the legislature, for the finder of national bodies
    if 2 <= end - start <= 3 and _names_a_body_before_its_leader(ctx, start, end):
        if start == 0 and ctx.tokens[start].bare.endswith(IDEOLOGY_ENDINGS) and \
                ctx.tokens[start + 1].bare not in ctx.lexicon.organisation_heads:
            start += 1  # "Centrist D66 leader Rob Jetten" opening a sentence: what the party believes, then its
            # name (not "Socialist Party leader …")
        name = ctx.span(start, end)  # "Viv Ansanm leader Jimmy Chérizier": the body he leads
        ctx.add(start, end, name, EntityKind.ORGANISATION, f"org:{norm(name)}", OFFICER_BODY)
        return end
    place_kind = unknown_place_kind(ctx, start, end)
    if place_kind is None and _body_after_the(ctx, start, end):
        name = ctx.span(start, end)  # "the Mossad and the Shin Bet": a body, no person is "the Okafor"
        ctx.add(start, end, name, EntityKind.ORGANISATION, f"org:{norm(name)}", "name after 'the'")
        return end
    if place_kind is not None:
        name = ctx.span(start, end)
        name = name.title() if name.isupper() and len(name) > 3 else name  # a dateline's "SHARM EL-SHEIKH"
        key = f"place:{norm(name)}"
        if place_kind is EntityKind.REGION and ctx.word(end) in REGION_NOUNS or ctx.word(end) in FEATURE_NOUNS:
            end += 1  # "the Kordofan region", "the Magro river": named as written, the same place as "Kordofan"
            name = ctx.span(start, end)
        elif place_kind is EntityKind.REGION and (noun := listed_region_noun(ctx, start, end)):
            name, key = f"{name} {noun}", f"place:{norm(f'{name} {noun}')}"  # "the Sumy and Kherson regions"
        elif (capital := _capital_before(ctx, start)) is not None:
            key = capital.key  # "the Maldives capital, Male,": that capital, by the name the text gives it
        ctx.add(start, end, name, place_kind, key, PLACE_BY_CONTEXT)
    elif (end - start == 1 or end - start == 3 and opens_with_article(ctx, start)) and \
            (not _qualifies_a_role(ctx, end) or _body_of_an_officer(ctx, start)):
        if _leads_a_body(ctx, start, end):  # "Hamas leader Lena Okafor": the body she leads
            word = ctx.span(start, end)
            ctx.add(start, end, word, EntityKind.ORGANISATION, f"surname:{norm(word)}", OFFICER_BODY)
        else:
            _single_word(ctx, start)  # not "Press" of "Press secretary John Kirby", but "RSF" of "RSF commander X"
    elif end - start <= MAX_NAME_TOKENS and _looks_like_person(ctx, start, end) and not ctx.in_role(start) \
            and not _qualifies_a_role(ctx, end):
        if _title_of_a_work(ctx, start):
            return end  # "his weekly television programme, Con Maduro+,": a programme's title, no one's name
        if end - start >= 3 and ctx.tokens[start].bare.endswith(IDEOLOGY_ENDINGS):
            start += 1  # "the Islamist Anis Amri": what he believed, then his name
        rule = _person_rule(ctx, start, end)
        if _apposed_company(ctx, end) or employer_after(ctx, start, end):
            name = ctx.span(start, end)  # "Rossiya Segodnya, Sputnik's parent company,", "an economist at Oxford
            # Economics"
            ctx.add(start, end, name, EntityKind.ORGANISATION, f"org:{norm(name)}", "company named by its trade")
        elif _apposed_building(ctx, end):
            name = ctx.span(start, end)  # "Mar-a-Lago, his resort in Palm Beach,"
            ctx.add(start, end, name, EntityKind.BUILDING, f"place:{norm(name)}", "name set off by its building noun")
        elif any(ctx.word(k) in PURPOSE_PARTICLES for k in range(start + 1, end - 1)):
            name = ctx.span(start, end)  # "Unión por la Patria", "Juntos por el Cambio": a body named for its
            # cause, no one's name
            ctx.add(start, end, name, EntityKind.ORGANISATION, f"org:{norm(name)}", "name of a cause")
        elif "&" in ctx.span(start, end) and not ctx.tokens[end - 1].bare.endswith("s"):
            name = ctx.span(start, end)  # "Prestige Construction & Engineering": a firm, no one's name (not
            # "the Radical Left Lunatics & Maniacs", a taunt)
            ctx.add(start, end, name, EntityKind.ORGANISATION, f"org:{norm(name)}", "company name")
        elif any(CAPITAL_AFTER_SMALL_AT_THE_END.search(ctx.tokens[k].bare) for k in range(start, end)):
            name = ctx.span(start, end)  # "GroenLinks-PvdA": an abbreviation's letters end no one's name
            ctx.add(start, end, name, EntityKind.ORGANISATION, f"org:{norm(name)}", "name ending in an abbreviation")
        elif rule == "name sequence" and _named_after_a_city(ctx, start):
            city = ctx.mentions.pop()  # "the Tampa Bay Rays", "the Munich Security Conference": a team, a forum
            name = f"{city.text} {ctx.span(start, end)}"
            ctx.add(start - (city.text.count(" ") + 1), end, name, EntityKind.ORGANISATION, f"org:{norm(name)}",
                    "name after a city")
        else:
            _person(ctx, start, end, rule)
    return end


def _apposed_building(ctx: SentenceContext, stop: int) -> bool:
    """A building noun set off after the name: "Mar-a-Lago, his resort in Palm Beach", "Wang Fuk Court, the
    housing estate"."""
    if ctx.word(stop) != "," or ctx.word(stop + 1).lower() not in ("his", "her", "its", "their", "the", "a", "an"):
        return False
    for k in range(stop + 2, min(len(ctx.tokens), stop + 5)):
        length = next((len(words) for words in BUILDING_NOUN_WORDS.get(ctx.word(k).lower(), ())
                       if [ctx.word(k + n).lower() for n in range(len(words))] == list(words)), 0)
        if length:
            after = ctx.word(k + length)
            return not after.isalpha() or after in ("in", "at", "near", "on", "outside", "where", "which", "that")
        if not ctx.word(k).isalpha() or not ctx.word(k).islower():
            return False
    return False


def _title_of_a_work(ctx: SentenceContext, start: int) -> bool:
    """The words name a programme or book they follow: "his television show, Face the Nation", "his show Con
    Maduro" (but "the show Jan Kowalski hosts" names its host)."""
    before = start - 1 if ctx.word(start - 1) == "," else start
    if ctx.word(before - 1).lower() not in WORK_NOUNS:
        return False
    modifier = ctx.tokens[before - 2] if before >= 2 else None  # "his weekly television programme", not "to show"
    if modifier is None or not (modifier.possessive or modifier.text.lower() in WORK_MODIFIERS):
        return False
    return before < start or modifier.text.lower() not in ("the", "a", "an")


WORK_NOUNS = frozenset("programme program show podcast documentary film book series column blog broadcast".split())
WORK_MODIFIERS = frozenset("the a an his her its their weekly daily nightly television tv radio talk news "
                           "new latest popular".split())


def _forces_of_a_people(ctx: SentenceContext, start: int, end: int) -> bool:
    """One word naming a people or a region, no country's, before "forces" or "fighters" ("Tigrayan forces",
    "Amhara forces", "Kurdish fighters"): the armed men of that people, a group of their own."""
    word = ctx.tokens[start]
    return end - start == 1 and ctx.word(end).lower() in PEOPLE_S_FORCES and word.is_word and \
        not word.possessive and (word.bare in ctx.lexicon.peoples or word.bare.endswith(PEOPLE_ENDINGS)) and \
        word.bare.lower() not in ctx.lowercase_words and \
        not {ctx.word(start - 1).lower(), ctx.word(start - 2).lower()} & {"a", "an"} and \
        ctx.word(end + 1).lower() not in ("known", "called", "named", "dubbed") and \
        not any(e.kind is EntityKind.COUNTRY for e in ctx.gazetteer.lookup(word.bare))


PEOPLE_S_FORCES = frozenset({"forces", "fighters", "militia", "militias", "militiamen", "rebels", "guerrillas"})
PEOPLE_ENDINGS = ("ian", "ish", "ese")  # "Kurdish", "Rwandese": a people's adjective (not the "-an" of "Taliban")


def _armed_group_context(ctx: SentenceContext, start: int, end: int) -> bool:
    """The name before "fighters" or "militants", or after "fighters from" / "militants loyal to": an armed group."""
    if ctx.word(end).lower() in FIGHTERS:
        return not ctx.tokens[end - 1].possessive
    before = " ".join(ctx.word(k).lower() for k in range(max(0, start - 3), start))
    return any(before.endswith(f"{noun} {link}") for noun in FIGHTERS for link in FIGHTERS_LINKS)


def _holder_after_the_place_of_a_role(ctx: SentenceContext, start: int, end: int) -> int | None:
    """"the mayor of Arendal Tomas Brenner", "the U.N. envoy for Yemen Hans Grundberg": the place the role is of,
    then the person who holds it."""
    if ctx.word(start - 1) not in ("of", "for", "to") or \
            ctx.word(start - 2).lower() not in ctx.lexicon.role_nouns | ROLE_OF_A_PLACE:
        return None
    place = next((k for k in (start + 2, start + 1) if end - k >= 2 and ctx.gazetteer.lookup(ctx.span(start, k))), None)
    if place is None or not _looks_like_person(ctx, place, end):
        return None
    entry = ctx.gazetteer.lookup(ctx.span(start, place))[0]
    ctx.add(start, place, entry.name, entry.kind, entry.key, f"gazetteer {entry.kind.value}",
            coordinates=entry.coordinates)
    _person(ctx, place, end, "role word before name",
            role=f"{ctx.word(start - 2).lower()} {ctx.word(start - 1)} {entry.name}")
    return end


def _capital_before(ctx: SentenceContext, start: int) -> Mention | None:
    """The capital a name is set beside ("the Maldives capital, Male,"), found just before its comma."""
    if ctx.word(start - 1) != "," or not ctx.mentions:
        return None
    last = ctx.mentions[-1]
    return last if last.rule == CAPITAL_OF_A_COUNTRY and last.end == ctx.tokens[start - 1].start else None


def _body_after_the(ctx: SentenceContext, start: int, end: int) -> bool:
    """"the Mossad", "the Shin Bet said": one or two name words after "the" that end their noun phrase; not
    where a place would be ("north of the Litani", "on the South Lawn"), nor a document, feature or era
    ("the Agreement", "the Bay", "the Cold War"), nor a body's head noun alone ("the Council")."""
    following, lexicon = ctx.word(end), ctx.lexicon
    words = [ctx.tokens[k].bare for k in range(start, end)]
    before_the = ctx.word(start - 2).lower()
    acts = lexicon.is_speech_verb(following) or _a_deed(following) or following in BODY_VERBS
    return (ctx.word(start - 1) == "the" and (following in BODY_FOLLOWERS or acts)
            or ctx.word(start - 1) == "The" and acts and words[-1] not in lexicon.organisation_heads) \
        and end - start <= 2 and not ctx.tokens[end - 1].possessive and not ctx.tokens[start].bare.isupper() \
        and all(ctx.tokens[k].is_word and ctx.tokens[k].capitalised for k in range(start, end)) \
        and before_the not in lexicon.locative_prepositions and before_the not in lexicon.movement_words \
        and ctx.word(start - 3).lower() not in PLACE_DIRECTIONS \
        and not any(w in ERA_WORDS for w in words) and not _generic_head(ctx, words) \
        and (words[-1] in lexicon.organisation_heads or not _names_no_one(ctx, words))


def _people_word(ctx: SentenceContext, i: int) -> bool:
    """A people named by the plural of its country's adjective: "Britons", "Filipinos"."""
    word = ctx.tokens[i].bare
    return word.endswith("s") and any(e.form == "demonym" for e in ctx.gazetteer.lookup(word[:-1]))


def _a_deed(word: str) -> bool:
    """A past tense after a name: "the Taliban seized Kabul", "The Tatmadaw fought on"."""
    return word.islower() and (word.endswith("ed") and len(word) > 4 or word in IRREGULAR_PAST
                               or word in DEED_VERBS)


DEED_VERBS = frozenset("took held met sent won struck left led fled lost shot fought seized hit broke began".split())


def _generic_head(ctx: SentenceContext, words: list[str]) -> bool:
    """"the Council", "the Ministry": a body's head noun alone refers back to a body; "the Knesset" names one."""
    return len(words) == 1 and (words[0].lower() in GENERIC_BODY_NOUNS or words[0].lower() in ctx.lowercase_words)


def _body_of_an_officer(ctx: SentenceContext, i: int) -> bool:
    """"RSF commander Mohamed Hamdan Dagalo", "Hamas leader Khalil al-Hayya": a body's name before its officer's
    title (an acronym, or a word the text never writes in lower case and no title is made of)."""
    word = ctx.tokens[i].bare
    if word.isupper():
        return 2 <= len(word) <= 6 and word not in ctx.lexicon.acronym_stoplist
    lexicon = ctx.lexicon
    return word.lower() not in ctx.lowercase_words and word not in lexicon.sentence_starters and \
        word not in lexicon.titles and word not in lexicon.title_heads and word not in lexicon.portfolio_words \
        and word not in lexicon.organisation_heads and word.lower() not in GENERIC_BODY_NOUNS \
        and not word.endswith(ADJECTIVE_ENDINGS) and not ctx.gazetteer.lookup(word)


def _leads_a_body(ctx: SentenceContext, start: int, end: int) -> bool:
    """A word, no acronym, before the title of one who leads a body and a name: "Hamas leader X", "Wagner chief
    X", "Hezbollah deputy leader X" (not "Putin spokesman X": a spokesman speaks for people too; nor "Coup leader
    X", whose word is capitalised only as it opens the sentence)."""
    role = end + (ctx.word(end).lower() in OFFICER_QUALIFIERS)
    return end == start + 1 and not ctx.tokens[start].bare.isupper() and not ctx.tokens[start].sentence_start \
        and ctx.word(role).lower() in BODY_LEADERS \
        and role + 1 < len(ctx.tokens) and ctx.tokens[role + 1].capitalised and _body_of_an_officer(ctx, start)


def _names_a_body_before_its_leader(ctx: SentenceContext, start: int, end: int) -> bool:
    """Words of a name before the title of one who leads a body and a name ("Viv Ansanm leader X", "Tigray
    People's chief X"), each a word no title, place or adjective is made of: the body's name."""
    role = end + (ctx.word(end).lower() in OFFICER_QUALIFIERS)
    return ctx.word(role).lower() in BODY_LEADERS and role + 1 < len(ctx.tokens) and \
        ctx.tokens[role + 1].capitalised and not ctx.gazetteer.lookup(ctx.span(start, end)) and \
        all(_body_of_an_officer(ctx, i) for i in range(start, end))


def _qualifies_a_role(ctx: SentenceContext, end: int) -> bool:
    """"House Democratic leader Nancy Pelosi": capitalised words before a lower-case role noun and a name say
    whose leader she is; they are no one's name."""
    return ctx.word(end).lower() in ctx.lexicon.role_nouns and end + 1 < len(ctx.tokens) \
        and ctx.tokens[end + 1].capitalised


def _building_noun_end(ctx: SentenceContext, end: int) -> int:
    """Where a lower-case building noun after a name ends ("… hotel", "… air base", one modifier before it: "the
    Yuri Gagarin aircraft plant"), or ``end`` if none follows."""
    for start in (end, end + 1):
        if start > end and not (ctx.word(end).isalpha() and ctx.word(end).islower()
                                and ctx.word(end) not in MODIFIER_STOPS):
            break
        for words in BUILDING_NOUN_WORDS.get(ctx.word(start), ()):
            if [ctx.word(start + k) for k in range(len(words))] == list(words):
                return start + len(words)
    return end


def _is_plural_name(ctx: SentenceContext, i: int) -> bool:
    """"the Houthis", "the Taliban"-style groups: a plural capitalised word after "the"."""
    word = ctx.tokens[i].bare
    lexicon = ctx.lexicon
    return (word.endswith("s") and len(word) > 3 and word[:-1].lower() not in ctx.lowercase_words
            and word not in lexicon.sentence_starters and word not in lexicon.organisation_heads
            and word not in CALENDAR_WORDS and not word.isupper())


def _named_as_a_company(ctx: SentenceContext, start: int, stop: int) -> bool:
    """A lone name its trade stands next to: "flag carrier Chilea", "Oslo-listed Norvale", "Norvale, the
    Oslo-listed company that operates the field", or a country owns: "Kenya's Norvale"."""
    before = ctx.word(start - 1)
    if before.lower() in COMPANY_NOUNS or before.endswith("-listed") or employer_after(ctx, start, stop):
        return True
    if start > 0 and ctx.tokens[start - 1].possessive and ctx.word(start) not in ctx.surnames and \
            not ctx.word(start).endswith("s") and \
            any(p.kind is EntityKind.COUNTRY for p in ctx.gazetteer.lookup(ctx.tokens[start - 1].bare)):
        return True  # "Japan's Icom said": a country's own, no one the article names in full ("Russia's Putin")
        # and no people ("Yemen's Houthis")
    return _apposed_company(ctx, stop) or ctx.word(start) not in ctx.surnames and (
        _a_company_s_own(ctx, stop) or _listed_before_companies(ctx, stop))


def employer_after(ctx: SentenceContext, start: int, stop: int) -> bool:
    """"an economist at Berenberg", "chief strategist at Pepperstone": where someone works, a company (not
    "researchers at Yale's lab": the lab's)."""
    return ctx.word(start - 1) == "at" and ctx.word(start - 2).lower() in WORKPLACE_ROLES and \
        not ctx.tokens[stop - 1].possessive


def _listed_before_companies(ctx: SentenceContext, stop: int) -> bool:
    """"Rosneft and Lukoil, Russia's two largest oil producers": the first of two names the plural trade after
    the second describes."""
    if ctx.word(stop) != "and" or not ctx.word(stop + 1)[:1].isupper():
        return False
    other_end = run_end(ctx, stop + 1)
    return other_end > stop + 1 and _apposed_company(ctx, other_end, plural=True)


def _a_company_s_own(ctx: SentenceContext, stop: int) -> bool:
    """What only a company has follows the name: "Norvale's Dutch headquarters", "Norvale shares fell",
    "Norvale chief executive Jan Okafor" (not "Okafor shares his view": a verb)."""
    if ctx.tokens[stop - 1].possessive:
        return any(ctx.word(k).lower() in CORPORATE_THINGS for k in (stop, stop + 1)
                   if k == stop or ctx.tokens[stop].capitalised)
    if ctx.word(stop).lower() in ("shares", "stock"):
        return ctx.word(stop + 1).lower() in MARKET_MOVES
    return f"{ctx.word(stop)} {ctx.word(stop + 1)}".lower() == "chief executive" or ctx.word(stop) == "CEO"


CORPORATE_THINGS = frozenset("headquarters subsidiary subsidiaries plant plants factory factories shares stock "
                             "shareholders board unit division brand revenue profits earnings".split())
MARKET_MOVES = frozenset("fell rose dropped jumped slumped surged plunged climbed tumbled gained slid sank soared "
                         "closed were".split())


def _apposed_company(ctx: SentenceContext, stop: int, plural: bool = False) -> bool:
    """A trade set off after the name: "Norvale, the Oslo-listed company", "Rossiya Segodnya, Sputnik's parent
    company" (``plural``: a trade of several, "…, Russia's two largest oil producers")."""
    if ctx.word(stop) != "," or stop + 1 >= len(ctx.tokens) or not (
            ctx.word(stop + 1).lower() in ("the", "a", "an") or
            ctx.tokens[stop + 1].capitalised and ctx.tokens[stop + 1].possessive):
        return False
    for k in range(stop + 2, min(len(ctx.tokens), stop + 6)):
        if ctx.word(k).lower() in COMPANY_NOUNS and (not plural or ctx.word(k).endswith("s")):
            return not ctx.word(k + 1).isalpha() or ctx.word(k + 1) in ("that", "which", "based", "owned", "in")
        if not ctx.word(k).isalpha() and ctx.word(k) != "-" or ctx.word(k).lower() in ("of", "for", "at", "with"):
            return False  # (not "a company director", "the head of the firm that built it")
    return False


def _speaks_of_itself(ctx: SentenceContext, stop: int) -> bool:
    """A lone name that tells of "its" own is a body, no person: "Velkor confirmed that its leader had been killed",
    "Velkor said its fighters …" ("it" alone is too often no one: "Okafor said it was a good deal")."""
    for k in range(stop, min(len(ctx.tokens), stop + ITSELF_REACH)):
        word = ctx.word(k).lower()
        if word in (",", ";", "“", '"') or word in PERSONAL_PRONOUNS:
            return False
        if word == "its" and (ctx.word(k - 1) == "that" or ctx.lexicon.is_speech_verb(ctx.word(k - 1))):
            return True  # (not "Trump regarded its annexation": Crimea's)
    return False


CURRENCY_UNITS = frozenset("franc francs dollar dollars pound pounds peso pesos rupee rupees".split())
FLIGHT_NUMBER = re.compile(r"[A-Z]{2}[0-9]{2,4}")
NOT_MODIFIERS = frozenset("and or of to for with by as at in on is was are were has had have will would its their his "
                          "her led joined formed left quit".split())


def _modifier_before_an_org_head(ctx: SentenceContext, start: int, end: int) -> bool:
    """One lower-case word between a name and the word saying it is a body: "the Kovana labour federation",
    "the Solvei rebel movement" (not "Okafor's ruling party": a person's party, named by its leader)."""
    word, first = ctx.word(end), ctx.tokens[start]
    if first.sentence_start and end - start == 1:
        return False  # "State news agency KCNA said": a word capitalised as it opens the sentence (a body's name
        # there comes after "The")
    return word.isalpha() and word.islower() and ctx.word(end + 1).lower() in ctx.lexicon.lowercase_org_heads \
        and not ctx.tokens[end - 1].possessive and not ctx.lexicon.is_speech_verb(word) \
        and word not in NOT_MODIFIERS


def _named_with_its_people(ctx: SentenceContext, start: int, end: int) -> bool:
    """"Georgian Dream": a people's adjective and one word that is no people, creed or leaning, a body's name."""
    if end - start != 2:
        return False
    word = ctx.tokens[start + 1].bare
    return word.isalpha() and word not in ctx.lexicon.peoples and not _is_demonym(ctx, word) and \
        not word.endswith(IDEOLOGY_ENDINGS + ADJECTIVE_ENDINGS)


def _a_country_s_airline(ctx: SentenceContext, start: int, end: int) -> bool:
    """"Air India", "Air France": "Air" and a country's name, the carrier that flies its flag."""
    return end >= start + 2 and ctx.tokens[start].text == "Air" and \
        any(place.kind is EntityKind.COUNTRY for place in ctx.gazetteer.lookup(ctx.tokens[start + 1].bare))


def _single_word(ctx: SentenceContext, i: int) -> None:
    """An acronym is an organisation; any other lone capitalised word ("al-Qaeda" included) is a surname
    candidate."""
    token = ctx.tokens[i]
    stop = i + 3 if opens_with_article(ctx, i) else i + 1
    word, bare = ctx.span(i, stop), ctx.tokens[stop - 1].bare
    if word.isupper() and is_dateline(ctx, i):
        return  # "KYIV, July 8 (AP) —": the agency that filed the story, not an actor in it
    if word in LEGISLATURES:
        return  # "Congress voted": the country's legislature, for the finder of national bodies
    if word in HOLIDAY_HEADS and i > 0 and ctx.tokens[i - 1].capitalised:
        return  # "Christmas Day", "Victory Day": a day named, no one called Day
    if _opening_participle(ctx, i):
        return  # "Answering questions in the Assembly, X said": a verb opening the sentence, no one's name
    acronym = word.replace(".", "")
    if acronym in ctx.lexicon.agencies and _speaks_as_an_agency(ctx, i, stop):
        ctx.add(i, stop, acronym, EntityKind.ORGANISATION, f"org:{norm(acronym)}", "news outlet")
        return  # "Xinhua said in a commentary", "the official Xinhua news agency said": it speaks in the story
    if acronym in ctx.lexicon.agencies:
        return  # "told AFP": the news agency reporting the story
    if word.isupper() and acronym.lower() in ctx.lowercase_words:
        return  # "ALL of the Hostages", "PEACE!": a word in capitals, not an acronym
    if bare in PARTY_WORDS and ctx.word(i - 1).lower() != "a":
        return  # "the New York Democrat said": a role, for the quote finder to resolve, not a name
    if CAMEL_CASE.fullmatch(word):
        ctx.add(i, stop, word, EntityKind.ORGANISATION, f"org:{norm(word)}", "company name")  # "ExxonMobil"
        return
    if FLIGHT_NUMBER.fullmatch(acronym):
        return  # "MH17", "CX907": a flight, not a body (but "G7" and "G20" are)
    if ctx.text.startswith("$", ctx.tokens[stop - 1].end) or ctx.word(stop).lower() in CURRENCY_UNITS:
        return  # "HK$300 million", "US$5 billion", "1 billion CFA francs": a currency
    if word.isupper() and 2 <= len(acronym) <= 6 and acronym not in ctx.lexicon.acronym_stoplist:
        if "." in word and ctx.word(i - 1) == "," and i >= 2 and ctx.tokens[i - 2].capitalised:
            return  # "Washington, D.C.", "Portland, Ore.": the state or district a city is in, as written
        ctx.add(i, stop, acronym, EntityKind.ORGANISATION, f"org:{norm(acronym)}", "acronym")
    elif word.isupper() and acronym in ctx.lexicon.acronym_stoplist:
        return  # "state TV said": a medium, no one's name
    elif ctx.word(stop).lower() in ctx.lexicon.group_nouns and bare.isalpha() and word not in CALENDAR_WORDS \
            and word not in ctx.lexicon.sentence_starters and not word.endswith(ADJECTIVE_ENDINGS + IDEOLOGY_ENDINGS) \
            and not (token.sentence_start and (word.endswith(OPENING_MODIFIER_ENDINGS) or word in OPENING_MODIFIERS)) \
            and not ctx.tokens[stop - 1].possessive:  # "Kowalski's delegation": his, not a group called so
        ctx.add(i, stop, word, EntityKind.GROUP, f"group:{norm(word)}", "name before a group word")
    elif ctx.word(stop).isdigit() and not ctx.tokens[stop - 1].possessive:
        return  # "Resolution 1701", "Article 5", "Section 907": a numbered text, not a name (but "Okafor's 2019
        # victory" is his)
    elif ((bare.lower() not in ctx.lowercase_words and word not in CALENDAR_WORDS
           or word in MONTH_SURNAMES and run_end(ctx, i) > i  # "“…,” May said" after "Lena May"
           or word in ctx.surnames and ctx.lexicon.is_speech_verb(ctx.word(i + 1)))  # "Ban said" after "Ban Ki-moon"
          and (bare.isalpha() or APOSTROPHE_NAME.fullmatch(word))
          and (word not in ctx.lexicon.sentence_starters or _surname_after_a_quote(ctx, i))
          and not (token.sentence_start and word in ctx.lexicon.organisation_heads)  # "Army commander X said"
          and not _opening_common_word(ctx, i) and not _adjective_use(ctx, i)):
        if ctx.word(i - 1) == "of" and ctx.word(i - 2).lower() in HELD_PLACE_NOUNS and word not in ctx.surnames:
            ctx.add(i, stop, word, EntityKind.OTHER, f"place:{norm(word)}", PLACE_BY_CONTEXT)
            return  # "the capture of Kupiansk", "the fall of Varnecka": a town, though it "will be repeated" (but
            # "the fall of Assad" after "Bashar al-Assad": him)
        if _named_as_a_party(ctx, i) and word not in ctx.surnames:
            ctx.add(i, stop, word, EntityKind.ORGANISATION, f"org:{norm(word)}", "party named by its leaning")
            return  # "Ventura's far-right Chega", "who founded Chega in 2019": a party, no one's surname
        if _named_as_a_company(ctx, i, stop):
            ctx.add(i, stop, word, EntityKind.ORGANISATION, f"org:{norm(word)}", "company named by its trade")
            return  # "flag carrier Chilea", "Norvale, the Oslo-listed company"
        kind = EntityKind.ORGANISATION if _speaks_of_itself(ctx, stop) else EntityKind.PERSON
        if _an_age_after(ctx, stop):
            ctx.add(i, stop, word, EntityKind.PERSON, f"surname:{norm(word)}", AGED_NAME)
        elif ctx.lexicon.is_speech_verb(ctx.word(i - 1)) and _a_role_after(ctx, stop):
            ctx.add(i, stop, word, EntityKind.PERSON, f"surname:{norm(word)}", DESCRIBED_SPEAKER)
        elif ctx.lexicon.is_speech_verb(ctx.word(stop)) and not ctx.tokens[stop - 1].possessive \
                and word not in ctx.lexicon.agencies and not _home_of_the_one_before(ctx, i):
            # "Hemedti said …": the speaker of a statement is an actor even without a full name
            ctx.add(i, stop, word, kind, f"surname:{norm(word)}", SPEAKING_NAME)
        elif _acts(ctx, i, stop) and word not in ctx.lexicon.agencies:
            ctx.add(i, stop, word, kind, f"surname:{norm(word)}", ACTING_NAME)  # "… as Hamas fired"
        elif kind is EntityKind.PERSON and word not in ctx.lexicon.organisation_heads and ctx.word(i - 1) != "," \
                and (role := role_before(ctx, i)) is not None:  # "disaster agency chief Suharyanto": someone known
            ctx.add(i, stop, word, kind, f"surname:{norm(word)}", ROLE_BEFORE_ONE_NAME, role=role)  # by one name
        elif (word not in ctx.lexicon.organisation_heads or word in ctx.surnames) and \
                word.lower() not in ctx.lexicon.place_nouns:  # (not "the weekly Cabinet meeting", "the First Coast
            # Guard District commander")
            ctx.add(i, stop, word, EntityKind.PERSON, f"surname:{norm(word)}", KNOWN_SURNAME)


def _named_as_a_party(ctx: SentenceContext, i: int) -> bool:
    """A lone name after a word of political leaning ("far-right", "centre-left") or after "founded": a party
    or a movement."""
    before = ctx.word(i - 1).lower()
    leaning = "".join(ctx.word(k).lower() for k in range(i - 3, i)) if before in LEANING_SIDES else before
    if ctx.word(i + 1) in ("for", "of"):
        return False  # "the far-right Alternative for Germany": a longer name, not the one word
    return leaning in PARTY_LEANINGS or before == "founded"


LEANING_SIDES = frozenset({"right", "left", "wing"})  # the tokens end a hyphenated leaning: "far", "-", "right"
PARTY_LEANINGS = frozenset("far-right far-left centre-right centre-left center-right center-left hard-right "
                           "hard-left right-wing left-wing ultranationalist".split())
MAX_AGE = 120
KNOWN_BY_TOKENS = 8  # ", known by its French initials CNSP"
KIN_NOUNS = frozenset("wife husband daughter son sons daughters brother sister mother father nephew niece cousin "
                      "widow widower grandson granddaughter".split())
COMPANY_NOUNS = frozenset("company firm carrier airline miner operator producer giant lender insurer maker "
                          "manufacturer developer retailer conglomerate utility exporter contractor shipper "
                          "multinational companies firms carriers airlines miners operators producers giants lenders "
                          "insurers makers manufacturers exporters".split())  # "flag carrier Chilea", "Norvale, the
# listed company", "Norvale and Velkor, Kenya's two largest oil producers"
MEMBER_NOUNS = frozenset("lawmaker lawmakers official officials legislator negotiator negotiators member".split())


def _surname_after_a_quote(ctx: SentenceContext, i: int) -> bool:
    """"“…,” He said" after "Vice Premier He Lifeng": a capitalised word that looks like a pronoun mid-sentence,
    a family name the article gives in full, speaking."""
    return not ctx.tokens[i].sentence_start and ctx.word(i) in ctx.surnames and i > 0 and \
        ctx.word(i - 1) in ("”", "\"") and ctx.lexicon.is_speech_verb(ctx.word(i + 1))


def _a_role_after(ctx: SentenceContext, end: int) -> bool:
    """", a leader of …" right after a name: a person described by a role."""
    if ctx.word(end) != "," or ctx.word(end + 1).lower() not in ("a", "an", "the"):
        return False
    return any(ctx.word(k).lower() in ctx.lexicon.role_nouns for k in range(end + 2, end + 2 + APPOSED_ROLE_WORDS))


def _an_age_after(ctx: SentenceContext, end: int) -> bool:
    """", 45," right after a name: a person's age (not "Yeah, 100%,": a share)."""
    age = ctx.word(end + 1)
    return ctx.word(end) == "," and age.isdigit() and 0 < int(age) < MAX_AGE and ctx.word(end + 2) in (",", ".") \
        and ctx.tokens[end + 2].start == ctx.tokens[end + 1].end


def _acts(ctx: SentenceContext, start: int, end: int) -> bool:
    """The word is seen as an actor: a verb follows ("Hamas fired", "Hezbollah has"), it follows a state or
    body ("Israel and Hamas"), or it has members or officers ("Hamas's political bureau", "Hezbollah's leader")."""
    following = ctx.word(end)
    if ctx.tokens[end - 1].possessive:
        nouns = [ctx.word(k).lower() for k in (end, end + 1)]
        return any(noun in ctx.lexicon.role_nouns or noun in ACTOR_PARTS for noun in nouns)
    if following in AUXILIARIES or (following.islower() and following.endswith("ed") and len(following) > 4):
        return not ctx.tokens[start].sentence_start
    if (following in ctx.lexicon.role_nouns or following in MEMBER_NOUNS) and ctx.word(end + 1)[:1].isupper() \
            and not ctx.word(start).endswith(ADJECTIVE_ENDINGS):
        return True  # "Hezbollah lawmaker Hassan Fadlallah": the body whose officer is named
    before = ctx.mentions[-1] if ctx.mentions else None  # mentions are added in order: the one just before
    return start >= 2 and ctx.word(start - 1) == "and" and before is not None and before.kind.is_actor \
        and before.kind is not EntityKind.PERSON and before.end == ctx.tokens[start - 2].end


def _adjective_use(ctx: SentenceContext, i: int) -> bool:
    """"the former Soviet republics", "the Soviet era": a capitalised word between a determiner and a noun;
    "Arabic-language", "Kremlin-backed": the first half of a compound adjective."""
    following = ctx.word(i + 1)
    if following == "-" and i + 2 < len(ctx.tokens) and ctx.tokens[i + 1].start == ctx.tokens[i].end \
            and ctx.word(i + 2).islower():
        return True
    return (ctx.word(i - 1).lower() in ADJECTIVE_SLOTS and following.isalpha() and following.islower()
            and not ctx.lexicon.is_speech_verb(following))


def _opening_common_word(ctx: SentenceContext, i: int) -> bool:
    """"Fighting resumed …", "Flanked by …", "Cooperation between …", "Shortly afterwards …": a sentence
    opening with a participle, an abstract noun or an adverb, capitalised only because it opens the sentence."""
    token = ctx.tokens[i]
    if not token.sentence_start or token.text in ctx.surnames or token.bare in ctx.surnames:
        return False  # "Pence addressed the rioters", "Shilling, opening the sitting, …", "Pence's chief of staff
        # X said": someone named in full
    participle = token.text.endswith("ed") and ctx.word(i + 1).lower() in (
        ctx.lexicon.locative_prepositions | PARTICIPLE_OBJECTS)  # "Seated before the cameras, …"
    following = ctx.word(i + 1)
    adverb = token.text.endswith("ly") and (following == "," or following.islower()) \
        and not ctx.lexicon.is_speech_verb(following)  # "Shortly afterwards, …", "Separately, …"
    if token.text.endswith("ing") and ctx.lexicon.is_speech_verb(following) and token.text[:1].isupper():
        return False  # "Boeing said …": no participle speaks
    return token.text.endswith(("ing", *ABSTRACT_ENDINGS)) or token.text.endswith(PLURAL_ABSTRACT_ENDINGS) \
        or participle or adverb or _opens_a_role(ctx, i) \
        or token.text.lower() in ctx.lexicon.group_nouns or token.text.lower() in OPENING_PLURALS  # "Authorities
    # had said …", "Witnesses said …"


OPENING_PLURALS = frozenset("authorities investigators prosecutors paramedics medics doctors nurses rescuers "
                            "firefighters officials analysts diplomats observers lawmakers legislators researchers "
                            "experts journalists reporters survivors villagers workers forecasters economists "
                            "lawyers detectives witnesses mourners talks clashes protests strikes".split())  # (no group
# words: "Kent authorities" names the county's)


# Words after a participle that opens a sentence ("Flanked by", "Asked whether", "Seated before the cameras").
PARTICIPLE_OBJECTS = frozenset("by with whether about before after behind beside alongside among amid against under "
                               "over inside outside into onto on for to".split())  # ("Pressed on whether …")


def _opens_a_role(ctx: SentenceContext, i: int) -> bool:
    """"National security adviser Robert O'Brien …", "Foreign policy chief …": the first word of a lower-case
    role, capitalised only because it opens the sentence ("Hamas leader …" is a name and a role)."""
    modifier, noun = ctx.word(i + 1), ctx.word(i + 2)
    return modifier.isalpha() and modifier.islower() and noun.islower() and noun in ctx.lexicon.role_nouns


def _looks_like_person(ctx: SentenceContext, start: int, end: int) -> bool:
    words = [t.bare for t in ctx.tokens[start:end] if t.is_word]
    capitalised = [w for w in words if w[0].isupper()]
    if " ".join(words[:2]) in GENERATIONS:
        return False  # "Gen Z Arendal": a generation's movement
    if len(capitalised) < 2 or any(w in CALENDAR_WORDS and not (k and w in MONTH_SURNAMES)
                                   or w.isupper() and len(w) > 1 and not (k == 0 and DOTTED_INITIALS.fullmatch(w))
                                   and not (k == len(capitalised) - 1 > 1 and w.lower() in NAME_SUFFIXES)
                                   and not _regnal_number_of_one_named(ctx, capitalised, k)
                                   or w in PRONOUNS for k, w in enumerate(capitalised)):
        return False  # "If I": a pronoun is in no one's name (but "Lena May" is someone's)
    after_particle = {ctx.tokens[k].bare for k in range(start + 2, end) if ctx.word(k - 1) == "-"
                      and ctx.word(k - 2).lower() in ctx.lexicon.name_particles}  # "al-Assam": a surname
    if any(_names_a_region(ctx, w) for w in capitalised[1:] if w not in after_particle) and \
            not _role_beside(ctx, start, end) and capitalised[0] not in GIVEN_NAMES \
            or ctx.word(end).lower() in ctx.lexicon.group_nouns:  # (but "Emily Soriano" is someone)
        return False  # "Europe Economic Corridor"; "Southeast Asian diplomat" describes, it does not name
    if _names_no_one(ctx, capitalised) and not person_named_like_a_feature(ctx, start, end) or \
            ctx.word(end).lower() in NAMED_HAPPENINGS:
        return False  # "the Yom Kippur war": a war named, no one (but "Jeffrey Hall said": someone)
    return _person_rule(ctx, start, end) != "name sequence" or not any(
        w.lower() in ctx.lowercase_words and not (k and w in MONTH_SURNAMES)
        and not (k and w.lower() in ctx.lexicon.name_particles) for k, w in enumerate(capitalised)) \
        or capitalised[0] in GIVEN_NAMES or ctx.word(end) == "," and AGED_AFTER.match(ctx.text, ctx.tokens[end].end)
    # ("Andrew Young, the 92-year-old …" in a text that has "a young senator": a given name, an age)


def _regnal_number_of_one_named(ctx: SentenceContext, capitalised: list[str], k: int) -> bool:
    """"Mohammed VI" after "King Mohammed VI": a regnal number after a name the text gave with its title."""
    return k == len(capitalised) - 1 == 1 and capitalised[k].lower() in REGNAL_NUMBERS and \
        capitalised[0] in ctx.surnames


REGNAL_NUMBERS = NAME_SUFFIXES - {"jr", "sr"}
CAPITAL_AFTER_SMALL_AT_THE_END = re.compile(r"[a-z][A-Z]\Z")


def _role_beside(ctx: SentenceContext, start: int, end: int) -> bool:
    """A role noun right before the name (or its apposition) or in an apposition right after it ("spokesman Jan
    Togo", "Lena Chad, the spokeswoman,"): a person, though the surname names a country."""
    if ctx.word(start - 1).lower() in ctx.lexicon.role_nouns or ctx.word(start - 1) == "," and \
            ctx.word(start - 2).lower() in ctx.lexicon.role_nouns:
        return True  # (also "Its president, Ana Paola Hall, …")
    return ctx.word(end) == "," and ctx.word(end + 1).lower() in ("the", "a", "an") and \
        any(ctx.word(k).lower() in ctx.lexicon.role_nouns for k in range(end + 2, min(end + 5, len(ctx.tokens))))


def _names_a_region(ctx: SentenceContext, word: str) -> bool:
    """A country, capital, sea or region; not a town, which many surnames also name ("Antonio García")."""
    return any(entry.kind is not EntityKind.CITY or entry.is_capital for entry in ctx.gazetteer.lookup(word))


NAMED_HAPPENINGS = frozenset("war wars uprising revolution offensive massacre festival holiday".split())


def _names_no_one(ctx: SentenceContext, words: list[str]) -> bool:
    """"Colombian State", "South Kivu", "Waters Treaty", "Verification Mechanism", "Standard Time": a
    demonym or a direction first, or a document, organisation or abstract noun last, is no one's name."""
    first, last = words[0], words[-1]
    lexicon = ctx.lexicon
    return (_is_demonym(ctx, first) or _is_demonym(ctx, last) or first in lexicon.directions
            or first in ("Lake", "Mount", "Cape") or last in ERA_WORDS
            or last in lexicon.document_words or last in lexicon.organisation_heads or last in lexicon.feature_words
            or last in CALENDAR_WORDS and last not in MONTH_SURNAMES
            or last.endswith(NOUN_ENDINGS) or last in ("Time", "Asian", "African")
            or last in lexicon.peoples and not _given_names(ctx, words[:-1]))  # "Gulf Arab countries": a people,
    # described (but "Farida Noor Baloch": a surname)


def _given_names(ctx: SentenceContext, words: list[str]) -> bool:
    """Words before a people's name that no gazetteer or lexicon knows are a person's given names."""
    lexicon = ctx.lexicon
    return bool(words) and not any(ctx.gazetteer.lookup(w) or w in lexicon.peoples or w in lexicon.directions
                                   or w.lower() in ctx.lowercase_words for w in words)


def _is_demonym(ctx: SentenceContext, word: str) -> bool:
    return any(entry.form == "demonym" for entry in ctx.gazetteer.lookup(word))


def _named_after_a_city(ctx: SentenceContext, start: int) -> bool:
    """The words start right after "the" and a city the gazetteer knows, with nothing between ("the Tampa Bay
    Rays"); no one is "the Oslo Jan Kowalski"."""
    city = ctx.mentions[-1] if ctx.mentions else None
    city_start = start - (city.text.count(" ") + 1) if city is not None else 0
    return city is not None and city.rule == GAZETTEER_CITY and city.end + 1 == ctx.tokens[start].start \
        and ctx.text[city.end] == " " and city_start >= 1 and ctx.word(city_start - 1).lower() == "the"


def _person_rule(ctx: SentenceContext, start: int, end: int) -> str:
    if role_before(ctx, start):
        return "role word before name"
    if ctx.word(end) == "," and _appositive_role(ctx, end):
        return "name with appositive role"
    if ctx.lexicon.is_speech_verb(ctx.word(end)):
        return "name before speech verb"
    return "name sequence"


RANK_WORDS = frozenset({"General", "Gen", "Gen.", "Marshal", "Admiral", "Adm.", "Colonel", "Col", "Col.", "Brigadier",
                        "Brig.", "Major", "Lieutenant", "Captain", "Capt.", "Commander"})


def _person(ctx: SentenceContext, start: int, end: int, rule: str, role: str | None = None) -> None:
    name = ctx.span(start, end)
    ranked = bool(role) and role.split()[-1].split("-")[-1] in RANK_WORDS
    if ranked and ctx.word(end) == "," and (office := _appositive_role(ctx, end)):
        role = f"{role}, {office}"  # "Field Marshal X, chief of staff of the army,": the rank and the office
    role = role or role_before(ctx, start) or (_appositive_role(ctx, end) if ctx.word(end) == "," else None) or \
        _posted_to_before(ctx, start) or _kin_before(ctx, start)
    if (known := _known_as(ctx, start)) is not None:
        ctx.add(start, end, known.name, EntityKind.PERSON, known.key, KNOWN_AS)
        return  # "Salah Abdallah Mohamed Saleh, known as Salah Gosh": one man by two names
    plain = " ".join(NICKNAME.sub(" ", name).split())  # 'Joaquin "El Chapo" Guzman' is the Joaquin Guzman named so
    ctx.add(start, end, plain, EntityKind.PERSON, f"person:{norm(plain)}", rule, role=role)


def _kin_before(ctx: SentenceContext, start: int) -> str | None:
    """"Okafor's younger brother Tim Okafor", "his sister, Ewa Okafor,": the kin of someone named (a role that keeps
    the lone surname for the one whose kin this is)."""
    kin = start - 2 if ctx.word(start - 1) == "," else start - 1
    if kin < 1 or ctx.word(kin).lower() not in KIN_NOUNS:
        return None
    owner = next((k for k in range(kin - 1, max(-1, kin - 1 - KIN_MODIFIERS), -1) if _owns(ctx.tokens[k])), None)
    return None if owner is None else f"{ctx.word(kin).lower()} of {ctx.tokens[owner].bare}"


def _posted_to_before(ctx: SentenceContext, start: int) -> str | None:
    """"U.S. Ambassador to Japan George Glass": the post, named to where it is held, right before the name."""
    name_start = ctx.tokens[start].start
    found = POSTED_TO_BEFORE.search(ctx.text, max(0, name_start - POSTED_TO_REACH), name_start)
    return " ".join(found.group("post").split()) if found is not None else None


POSTED_TO_BEFORE = re.compile(r"\b(?P<post>(?:Ambassador|Envoy|Special\s+Envoy|Representative|High\s+Commissioner|"
                              r"Consul)\s+to\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}?)\Z")
POSTED_TO_REACH = 60


def _known_as(ctx: SentenceContext, start: int) -> Mention | None:
    """The person named just before ", known as" (or "better known as", "nicknamed") and the name at ``start``."""
    window = max(0, ctx.tokens[start].start - KNOWN_AS_REACH)
    found = KNOWN_AS_BEFORE.search(ctx.text, window, ctx.tokens[start].start)
    person = ctx.mentions[-1] if found and ctx.mentions else None
    return person if person is not None and person.kind is EntityKind.PERSON and \
        person.end == found.start() else None


KNOWN_AS = "name one is known as"
KNOWN_AS_BEFORE = re.compile(r",\s+" + KNOWN_AS_WORDS + r"\s+\Z")
KNOWN_AS_REACH = 40


def _appositive_role(ctx: SentenceContext, comma: int) -> str | None:
    """", Secretary of the Supreme National Security Council," → the role after a name."""
    first = ctx.word(comma + 1)
    stop = comma + 1
    while stop < len(ctx.tokens) and stop - comma <= APPOSITIVE_MAX_TOKENS and ctx.word(stop) not in ",.;:()—–":
        stop += 1
    words = [t.text for t in ctx.tokens[comma + 1:stop]]
    titled = first in ctx.lexicon.titles or first in ctx.lexicon.title_heads or (
        first[:1].isupper() and ctx.word(comma + 2) in ctx.lexicon.title_heads) or (
        first in ctx.lexicon.role_nouns and ctx.word(comma + 2) == "of")  # ", director of the … Center,"
    title_end = titles_end(ctx, comma + 1)
    if title_end > comma + 1 and title_end < len(ctx.tokens) and ctx.tokens[title_end].capitalised:
        return None  # ", Gen Tea Seiha,": a titled person, not a role
    if any(ctx.tokens[k].capitalised and (role := role_before(ctx, k)) and k - len(role.split()) <= comma + 2
           for k in range(comma + 3, stop)):
        return None  # "X, Togo's foreign minister Jan Kowalski and …": the next titled person of a list
    article = first.lower() in ("the", "a", "an")
    if article and ctx.word(comma + 2).lower() in KIN_NOUNS:
        return None  # ", the brother of former president X": a relative, and X a person of their own
    owned = any(t.possessive for t in ctx.tokens[comma + 1:min(stop, comma + 4)])  # ", South Korea's envoy,"
    lowercase_role = first[:1].islower() and first.lower() not in CLAUSE_WORDS  # not ", who served as envoy,"
    described = (article or owned or lowercase_role) and any(w.lower() in ctx.lexicon.role_nouns for w in words[:5])
    if not words or not (titled or described) or ctx.lexicon.is_speech_verb(words[-1]):
        return None
    ctx.role_spans.append((ctx.tokens[comma + 1].start, ctx.tokens[stop - 1].end))
    role = ctx.text[ctx.tokens[comma + 1].start:ctx.tokens[stop - 1].end]
    return role.split(" ", 1)[1] if article else role
