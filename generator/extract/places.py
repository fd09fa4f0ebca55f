"""Rules for places, and for countries and capitals that act: which mention names a place.

A country or capital is a venue only where the text makes it a place ("in
Ankara", "visit … to Tehran", "Riyadh would host", a dateline); acting, it
names its state ("Washington warned"). Places the gazetteer lacks are found
by their feature word ("Strait of Sicily", "Zappeion Hall") or by context
("the town of Dilling", "in Kadugli").
"""
from __future__ import annotations

import bisect
import re
import itertools

from generator.extract.context import (CALENDAR_WORDS, KNOWN_AS_WORDS, SentenceContext, norm, role_before, run_end,
                                      titles_end)
from generator.gazetteer import GIVEN_NAMES, GazetteerEntry
from generator.extract.text import DATELINE
from generator.model import EntityKind, RoleReference
from generator.timeexpr import IRREGULAR_PAST

# Verbs whose object is a place: "visited Mogadishu", "left Pyongyang".
PLACE_OBJECT_VERBS = frozenset("visit visits visited visiting toured tour tours touring left leave leaves leaving "
                               "departed".split())
GATHERING_NOUNS = frozenset("summit talks meeting conference round ceremony".split())
RULERS = frozenset({"government", "authorities", "officials", "leadership", "administration", "regime"})
CAPITAL_FOR_GOVERNMENT = "capital for its government"  # the rule of "Tehran said": the state, by its capital
COUNTRY_AS_ACTOR = "gazetteer country as actor"
GAZETTEER_RULE = "gazetteer"  # the rules of places the gazetteer names open with it: "gazetteer city", …
GAZETTEER_CITY = "gazetteer city"
GAZETTEER_REGION = "gazetteer region"
LIST_REACH = 6  # tokens after a listed name in which the list's "and" or "or" comes
FEATURE_LINKS = frozenset({"of", "de", "del", "di", "della", "du", "des"})  # "Strait of …", "Plaza de …"
# A feature word that opens the name it is part of: "Lake Geneva", "Hotel Metropole", "Palacio Quemado", "Via Dutra".
LEADING_FEATURES = frozenset({"Jebel", "Jabal", "Wadi"})  # "Jebel Marra" (but "Meiss al-Jabal" is a town)
NAMING_FEATURES = frozenset({"Lake", "Mount", "Cape", "Hotel", "Fort", "Camp", "Palacio", "Via", "Rue",
                             "Avenida"}) | LEADING_FEATURES
# "Lancaster House", "State House", "the House of Culture": a building; "the House of Lords", "the U.S. House" are
# chambers of a legislature.
TRAILING_FEATURES = frozenset({"House"})
# "St Sebastian's Church" is a building; "the Orthodox Church" or "Zion Church said" the body that worships there.
POSSESSED_ONLY_FEATURES = frozenset({"Church"})
INSTITUTIONS = frozenset({"School"})  # "St Mary's School" is a building; "the School of Public Health" a faculty
CHAMBER_WORDS = frozenset("Lords Commons Representatives Councillors Councilors Delegates Assembly Keys Peers "
                          "Deputies People Peoples Federation Nationalities Elders Parliament".split())
INNER_FEATURES = frozenset({"Hotel"})  # … or stands inside it: "the Grand Hotel Solvik"
COMMON_NOUN_OPENERS = frozenset("a an another every each any first second third fourth fifth only other no".split())
MAJOR_CITY = 150_000  # inhabitants: a city news names without saying it is one
CITY_NOUNS = frozenset({"capital", "city", "port", "town", "village"})
# "border crossings, including Torkham", "towns such as Kherson": places listed after their plural noun
PLACE_PLURALS = frozenset("cities towns villages ports crossings areas districts provinces regions airports bases "
                          "capitals settlements neighbourhoods neighborhoods suburbs".split())
LISTING_WORDS = frozenset({"including", "like", "as"})
ASSAULT_NOUNS = frozenset("strike strikes airstrike airstrikes attack attacks assault offensive shelling raid raids "
                          "bombardment bombing".split())
STRIKE_VERBS = frozenset("hit hits struck strike targeted".split())
WEAPON_NOUNS = frozenset("rocket rockets missile missiles drone drones shell shells strike strikes airstrike "
                         "airstrikes bomb bombs artillery fire gunfire shellfire mortar mortars".split())
WEAPON_REACH = 5  # tokens before "hit" in which the weapon is named
# "state" that is no region after a name: "the Okafor state visit", "Kenya state media".
STATE_COMPOUNDS = frozenset("visit visits media television tv news funeral dinner banquet broadcaster agency "
                            "department secretary security councillor".split())
ADMIN_REGION_NOUNS = frozenset("province oblast governorate region".split())
# "capital" that is money, not a city: "Chinese capital flows".
NOT_A_CITY_CAPITAL = frozenset("markets market controls gains flight flows punishment investment investments spending "
                               "expenditure goods requirements ships".split())
BUILDING_PARTS = frozenset("courtyard grounds steps gates garden gardens campus lobby hall halls roof".split())
DIPLOMATIC_POSTS = frozenset({"embassy", "consulate"})  # compared in lower case
ISSUING_VERBS = frozenset({"issued", "released", "published", "posted"})  # "the embassy issued a statement"
REGION_PLURALS = {"regions": "region", "oblasts": "oblast", "provinces": "province", "governorates": "governorate",
                  "districts": "district", "rivers": "river"}
REGION_LIST_REACH = 12  # tokens a listed name looks on for the region noun ending the list (and back for its "and")
LISTING_REACH = 4  # tokens before "including" in which the plural place noun comes
# Bodies a demonym names in lower case: "the Indian army", "the Iranian foreign ministry".
SAME_BODY = {"army": "military", "armed forces": "military", "defense ministry": "defence ministry",
             "foreign office": "foreign ministry"}
NATIONAL_BODIES = ("army", "navy", "coast guard", "air force", "military", "armed forces", "foreign ministry",
                   "defence ministry", "defense ministry", "interior ministry", "foreign office", "security cabinet",
                   "cabinet", "health ministry", "finance ministry", "trade ministry", "commerce ministry",
                   "economy ministry", "energy ministry", "justice ministry", "information ministry",
                   "infrastructure ministry", "presidency", "police", "parliament", "congress", "senate",
                   "central bank",
                   "intelligence service", "intelligence agency", "election commission", "supreme court",
                   "prosecutor's office", "prosecutor general's office", "attorney general's office")
LEGISLATURES = frozenset({"Parliament", "Congress", "Senate"})  # named in capitals as often as not
# Groups of a country's people that act on their own, not as the state: "Armenian protesters", "Venezuelan
# voters"; each with the one key its spellings share.
NATIONAL_GROUPS = {"protesters": "protesters", "protestors": "protesters", "demonstrators": "protesters",
                   "voters": "voters", "refugees": "refugees", "factions": "factions", "rebels": "rebels",
                   "insurgents": "insurgents", "separatists": "separatists"}
WRITTEN_FORMS = frozenset("initials acronym abbreviation spelling translation transliteration".split())
BARE_GROUPS = frozenset({"protesters", "protestors", "demonstrators"})  # a country's people acting as a group
PART_OF_A_COUNTRY = "part of a country"
CAPITAL_OF_A_COUNTRY = "a country's capital"
PORTFOLIO_WORDS = 2  # "emergency situations ministry"
PART_DIRECTIONS = frozenset("northern southern eastern western central northeastern northwestern southeastern "
                            "southwestern north-eastern north-western south-eastern south-western northeast northwest "
                            "southeast southwest".split())
# "in central Khartoum", "pushed towards Addis Ababa": the capital as a place, not its government
PARTS_OF_A_CITY = PART_DIRECTIONS | {"downtown", "greater", "suburban", "outer", "inner", "towards", "toward"}
CITY_REGIONS = frozenset("region oblast province governorate".split())  # "the Kherson region", "Kharkiv oblast"
# Parts of a city after its possessive: "Beirut's port".
CITY_PARTS = frozenset("port airport district districts suburb suburbs outskirts streets centre center harbour harbor "
                       "neighbourhood neighborhood quarter square park street avenue road bridge market hospital "
                       "stadium palace mosque church cathedral university prison".split())
CITY_SITES = frozenset("hotel office apartment home court courtroom residence restaurant jail studio headquarters "
                       "compound".split())  # "a Moscow hotel": where, in the city
SITE_DETERMINERS = frozenset("a an the his her its their".split())
AIMING_WORDS = frozenset("erupted erupts shouted shouts yelled yells snapped snaps out aim swipe swipes swiped "
                         "jab jabs glared glares laughed angry furious aimed directed pointed".split())
# The offices held over a place: "the mayor of Nova Kakhovka", "the governor of Kursk".
OFFICES_OF_A_PLACE = {"mayor": EntityKind.CITY, "governor": EntityKind.REGION}
# "control of Goma", "the fall of Kabul", "residents of Kherson": what follows "of" is a place.
HELD_PLACE_NOUNS = frozenset("control heart edge fall capture siege residents resident native natives inhabitants "
                             "streets".split())
TOUR_NOUNS = frozenset("tour tours".split())
PLANNED_FOLLOWERS = frozenset("planned scheduled set slated due expected".split())
# "Speaking from Doha", "flew in from Kabul": a place someone is or comes from (not "a message from Moscow").
FROM_A_PLACE = frozenset("speaking addressing broadcasting reporting writing calling live".split())
PEOPLE_FROM = frozenset("people person persons tourists visitors citizens nationals victims passengers residents "
                        "pilgrims migrants workers students each".split())  # "people from Canada, France and Spain":
# where they come from, not the states acting
FROM_REACH = 4  # tokens before "from" where a word of movement makes what follows a place left
MOVEMENT_REACH = 14  # tokens before "to"/"from" where a word of movement makes what follows a destination
DATELINE_TOKENS = 14
TITLE_DATELINE_TOKENS = 4  # "Oslo, Norway —": a place in title case before a dash opens a story only this short
COLON_DATELINE_TOKENS = 4  # "New Delhi:", "Addis Ababa:"  # "SHARM EL-SHEIKH, Egypt, Oct 13 (Reuters) -"
PLACE_FOLLOWERS = frozenset(
    "in on at and or to for last this next since after before during from with as where which that the a an "
    "its their his her "
    "when while until by over under earlier later late early on but amid is are was were has have had will "
    "would could can may might must should shall does did do remains remained became seems appears alongside "
    "beside near against without within through across".split()) | {  # "in the Oval Office hours after …"
    "hours", "days", "weeks", "months", "minutes", "shortly", "soon", "just", "only", "ahead"}


def named_feature(ctx: SentenceContext, i: int) -> int | None:
    """Geographic and built features by their generic word: "Strait of Sicily", "Cape of Good Hope",
    "Laconian Gulf", "Zappeion Hall", "Eastern Mediterranean" (a direction and a known place)."""
    features = ctx.lexicon.feature_words
    first = ctx.tokens[i].text
    if first in features and not names_a_chamber(ctx, i) and first not in POSSESSED_ONLY_FEATURES | INSTITUTIONS and \
            ctx.word(i + 1) in FEATURE_LINKS:  # "Plaza de Bolivar", "Place de la Concorde"
        start = i + 3 if ctx.word(i + 2) in ("the", "la", "las", "los", "le", "les") else i + 2  # "Palace of the
        # Revolution"
        end = run_end(ctx, start, connectors=True)
        if end > start:
            return _add_feature(ctx, i, end, features[first])
    if first in ctx.lexicon.directions and ctx.word(i + 1) in ("and", "or") and \
            ctx.word(i + 2) in ctx.lexicon.directions and (end := run_end(ctx, i + 3)) > i + 3:
        return _paired_directions(ctx, i, end)  # "North and South Kivu"
    if first in NAMING_FEATURES and run_end(ctx, i + 1) > i + 1:
        return _add_feature(ctx, i, run_end(ctx, i + 1), features[first])  # "Lake Geneva", "Mount Kumgang"
    end = run_end(ctx, i)
    if ctx.tokens[end - 1].possessive and end + 1 < len(ctx.tokens) and ctx.tokens[end].text in features and \
            not (ctx.tokens[end + 1].capitalised or ctx.word(end + 1).isdigit()) and \
            ctx.word(end + 1) not in FEATURE_LINKS and not ctx.gazetteer.lookup(ctx.tokens[end - 1].bare) and \
            ctx.tokens[end - 1].bare not in ctx.lexicon.directions:
        end += 1  # "St Peter's Square", "the Martyrs' Memorial" (not "Israel's Channel 12", "the North's Mount …",
        # "Yale's School of Public Health")
    if _an_estate_court(ctx, i, end):
        return _add_feature(ctx, i, end, EntityKind.BUILDING)  # "Wang Fuk Court", not a court of law
    if end - i >= 3 and ctx.tokens[end - 1].bare == "General" and ctx.tokens[end - 2].bare.lower() in DIPLOMATIC_POSTS:
        end -= 1  # "U.S. Consulate General": the post, with its rank added back by _add_feature
    if person_named_like_a_feature(ctx, i, end):
        return None  # "said Jeffrey Hall, a lecturer …": a given name, then a surname that names features too
    if end - i >= 2 and ctx.tokens[end - 1].bare in features and ctx.tokens[end - 1].bare not in LEADING_FEATURES \
            and (ctx.tokens[end - 1].bare not in POSSESSED_ONLY_FEATURES or ctx.tokens[end - 2].possessive) \
            and not ctx.gazetteer.lookup(ctx.span(i, end)) and not (
                ctx.tokens[end - 1].bare in TRAILING_FEATURES and (ctx.word(end) in FEATURE_LINKS
                                                                   or _names_a_country(ctx, i, end - 1))):
        think_tank = (ctx.word(end), ctx.word(end + 1)) == ("think", "tank")
        if ctx.tokens[end - 1].bare in TRAILING_FEATURES and (ctx.lexicon.is_speech_verb(ctx.word(end)) or think_tank):
            name = ctx.span(i, end)  # "Chatham House said", "the Chatham House think tank": the institute
            ctx.add(i, end, name, EntityKind.ORGANISATION, f"org:{norm(name)}", "house that speaks")
            return end
        kind = features[ctx.tokens[end - 1].bare]
        if kind is EntityKind.BUILDING and (ctx.word(end), ctx.word(end + 1)) == ("of", "the") and \
                run_end(ctx, end + 2) == end + 3 and ctx.word(end + 2) not in ctx.lexicon.organisation_heads and \
                not ctx.gazetteer.lookup(ctx.word(end + 2)):
            end += 3  # "the Great Hall of the People" (not "… Hall of the University of Athens")
        return _add_feature(ctx, i, end, kind)
    if end - i >= 3 and any(ctx.tokens[k].bare in INNER_FEATURES for k in range(i + 1, end - 1)):
        return _add_feature(ctx, i, end, EntityKind.BUILDING)
    if end - i >= 2 and first in ctx.lexicon.directions and ctx.gazetteer.lookup(ctx.span(i + 1, end)):
        place = ctx.gazetteer.lookup(ctx.span(i + 1, end))[0]
        kind = place.kind if place.kind in (EntityKind.SEA, EntityKind.REGION) else EntityKind.REGION
        return _add_feature(ctx, i, end, kind, place.coordinates)
    return None


def person_named_like_a_feature(ctx: SentenceContext, i: int, end: int) -> bool:
    """"Jeffrey Hall said", "said Ana Paola Hall, a lecturer …": a surname that names features too, after given
    names, speaking or described as someone."""
    if not 2 <= end - i <= 3 or ctx.tokens[end - 1].bare not in SURNAME_FEATURES or ctx.tokens[end - 1].possessive:
        return False
    described = ctx.word(end) == "," and ctx.word(end + 1).lower() in ("a", "an") and \
        ctx.word(end + 2).lower() in ctx.lexicon.role_nouns | DESCRIBED_PEOPLE
    apposed = ctx.word(i - 1) == "," and ctx.word(i - 2).lower() in ctx.lexicon.role_nouns | DESCRIBED_PEOPLE  # "Its
    # president, Ana Paola Hall, appealed …"
    return ctx.lexicon.is_speech_verb(ctx.word(end)) or described or apposed or \
        ctx.lexicon.is_speech_verb(ctx.word(i - 1)) and ctx.word(end) in (",", ".")


SURNAME_FEATURES = frozenset("Hall Hill Park Field Wood Brook Ford Marsh Banks Bridge Castle Church Lane".split())
DESCRIBED_PEOPLE = frozenset("lecturer professor analyst economist researcher fellow expert scholar historian "
                             "journalist lawyer activist resident student".split())


def _an_estate_court(ctx: SentenceContext, i: int, end: int) -> bool:
    """"Wang Fuk Court", "Hampton Court": a court no word of jurisdiction names ("High Court", "Court of
    Appeal", "International Criminal Court" are courts of law), an estate or a palace."""
    if end - i < 2 or ctx.tokens[end - 1].bare != "Court" or ctx.word(end) == "of" or ctx.tokens[i].text == "The":
        return False
    return not any(ctx.tokens[k].bare.lower().strip(".'’") in COURT_KINDS for k in range(i, end - 1)) and \
        not any(ctx.gazetteer.lookup(ctx.span(i, end - 1)))  # ("Islamabad Court": the city's court)


COURT_KINDS = frozenset("supreme high constitutional criminal crimes district federal appeals appeal appellate "
                        "magistrates magistrate military special administrative regional provincial state circuit "
                        "crown family juvenile arbitration justice rights cassation sessions county superior "
                        "international tribunal anti-terrorism anti-corruption anticorruption electoral labour labor "
                        "commercial trial court courts human people's peoples national revolutionary islamic "
                        "sharia".split())


ORDINAL = re.compile(r"[0-9]{1,3}(?:st|nd|rd|th)")


def names_a_chamber(ctx: SentenceContext, i: int) -> bool:
    """"House of Lords", "House of the People": a legislature's chamber (not "the House of Culture")."""
    named = i + 3 if ctx.word(i + 2) == "the" else i + 2
    return ctx.tokens[i].bare in TRAILING_FEATURES and ctx.word(i + 1) == "of" and ctx.word(named) in CHAMBER_WORDS


def _names_a_country(ctx: SentenceContext, start: int, end: int) -> bool:
    found = ctx.gazetteer.lookup(ctx.span(start, end))
    return bool(found) and found[0].kind is EntityKind.COUNTRY


def _paired_directions(ctx: SentenceContext, i: int, end: int) -> int:
    """"North and South Kivu": two regions that share their name, one for each direction."""
    shared = ctx.span(i + 3, end)
    for at, stop in ((i, i + 1), (i + 2, end)):
        name = f"{ctx.word(at)} {shared}"
        found = ctx.gazetteer.lookup(name)
        if found and found[0].kind is EntityKind.COUNTRY:
            _country(ctx, at, stop, found[0])  # "North and South Korea signed": states, where they act
        elif found:
            ctx.add(at, stop, found[0].name, found[0].kind, found[0].key, f"gazetteer {found[0].kind.value}",
                    coordinates=found[0].coordinates)
        else:
            ctx.add(at, stop, name, EntityKind.REGION, f"place:{norm(name)}", "directions sharing a name")
    return end


def _add_feature(ctx: SentenceContext, i: int, end: int, kind: EntityKind,
                 coordinates: tuple[float, float] | None = None) -> int:
    if i > 0 and ORDINAL.fullmatch(ctx.word(i - 1)) and ctx.tokens[i - 1].end + 1 == ctx.tokens[i].start:
        i -= 1  # "the 14th Street Bridge", "the 38th Parallel": the number is part of the name
    name = ctx.span(i, end)
    found = ctx.gazetteer.lookup(name)
    if found and found[0].kind is EntityKind.COUNTRY:
        _country(ctx, i, end, found[0])  # "… and South Africa abstained": a state, where it acts
        return end
    if found:
        ctx.add(i, end, found[0].name, found[0].kind, found[0].key, f"gazetteer {found[0].kind.value}",
                coordinates=found[0].coordinates)
        return end
    if ctx.tokens[end - 1].bare.lower() in DIPLOMATIC_POSTS and ctx.word(end) == "General":
        end += 1  # "the U.S. Consulate General"
        name = ctx.span(i, end)
    name = _with_its_city(ctx, name, end)
    if ctx.tokens[end - 1].bare.lower() in DIPLOMATIC_POSTS and _post_speaks(ctx, ctx.span(i, end), name, end):
        ctx.add(i, end, name, EntityKind.ORGANISATION, f"org:{norm(name)}", "a country's mission speaking")
        return end  # "The U.S. Embassy in Islamabad said on X": the mission, a body
    base, _, noun = name.rpartition(" ")
    key = norm(base) if kind is EntityKind.REGION and noun.lower() in ADMIN_REGION_NOUNS and base else norm(name)
    ctx.add(i, end, name, kind, f"place:{key}", "named feature", coordinates=coordinates)  # "Tavush Province" is
    return end  # the place "the Tavush region" and "Tavush" name


def _opens_a_party_s_name(ctx: SentenceContext, i: int, end: int) -> bool:
    """"the La Libertad Avanza party": a place's name opening a longer name that a party's noun ends."""
    stop = run_end(ctx, i)
    return stop > end and ctx.word(stop).lower() in PARTY_NOUNS and not ctx.tokens[stop - 1].possessive


FEATURE_NOUNS = frozenset("river ravine creek canal gorge".split())  # written after the name: "the Magro river"
PARTY_NOUNS = frozenset("party coalition alliance movement front bloc".split())


def _diplomatic_post(ctx: SentenceContext, i: int, end: int, entry: GazetteerEntry) -> None:
    """"the North Korean embassy in Hanoi", "Russia's embassy": the country, then its post, a building; or,
    when the post speaks ("the U.S. embassy in Conakry said"), the mission, a body of the country named whole."""
    name = _with_its_city(ctx, f"{ctx.span(i, end, bare_last=False)} {ctx.word(end)}", end + 1)
    if _post_speaks(ctx, ctx.span(i, end + 1), name, end + 1):
        ctx.add(i, end + 1, name, EntityKind.ORGANISATION, f"org:{norm(name)}", "a country's mission speaking")
        return
    ctx.add(i, end, entry.name, EntityKind.STATE, entry.key, "demonym" if entry.form == "demonym" else
            COUNTRY_AS_ACTOR, coordinates=entry.coordinates)
    ctx.add(end, end + 1, name, EntityKind.BUILDING, f"place:{norm(name)}", "a country's embassy")


def _post_speaks(ctx: SentenceContext, written: str, name: str, end: int) -> bool:
    """The embassy ``written`` up to ``end`` (``name`` with its city, "… in Conakry") speaks: a speech verb
    follows ("the French embassy had issued a statement")."""
    named_end = end + len(name.split()) - len(written.split())
    while ctx.lexicon.is_skippable(ctx.word(named_end)):
        named_end += 1
    return ctx.lexicon.is_speech_verb(ctx.word(named_end)) or ctx.word(named_end) in ISSUING_VERBS


def _mission_to_a_body(ctx: SentenceContext, end: int) -> int | None:
    """Where "mission to the United Nations" (or "permanent mission to NATO") after a country ends, if it
    follows."""
    k = end + (ctx.word(end).lower() == "permanent")
    if ctx.word(k).lower() != "mission" or ctx.word(k + 1) != "to":
        return None
    k += 2 + (ctx.word(k + 2) == "the")
    stop = k
    while stop < len(ctx.tokens) and ctx.tokens[stop].capitalised:
        stop += 1
    return stop if stop > k else None


def _with_its_city(ctx: SentenceContext, name: str, end: int) -> str:
    """"the U.S. Embassy in Cairo": a diplomatic post is named with the city it is in (which is still a place
    named of its own, after the post's span)."""
    if name.split()[-1].lower() not in DIPLOMATIC_POSTS | {"general"} or ctx.word(end) != "in":
        return name
    city = _longest_place(ctx, end + 1)  # (or the country it is in: "Iran's embassy in Lebanon")
    if city is None or city[1].kind not in (EntityKind.CITY, EntityKind.COUNTRY, EntityKind.STATE):
        return name
    return f"{name} in {ctx.span(end + 1, city[0])}"


ROMAN_NUMERAL = re.compile(r"[IVXL]{1,6}")
# Nouns a region's name describes rather than names a place with: "the Caribbean country", "the Balkan state".
DESCRIBED_BY_REGION = frozenset("country nation state island kingdom republic monarchy emirate neighbour neighbor "
                                "archipelago".split())
HELD_BY_A_GROUP = frozenset("strongholds stronghold positions targets bases facilities infrastructure fighters "
                            "militants commanders operatives members".split())
ROLE_QUALIFIED = frozenset({"envoy", "adviser", "advisor", "correspondent", "editor", "director", "chief",
                            "coordinator"})


def gazetteer_place(ctx: SentenceContext, i: int) -> int | None:
    match = _longest_place(ctx, i)
    if match is None:
        return None
    end, entry = match
    if end == i + 1 and not ctx.tokens[i].possessive and starts_person_name(ctx, end) and \
            not (entry.form == "demonym" and _before_a_thing_named(ctx, end)):
        return None  # "Israel Katz", "a Rwandan Hutu militia" (but "Russian Shahed drones": the state's)
    if _town_out_of_place(ctx, i, end, entry) or _names_before_an_honorific(ctx, end, entry) or \
            _opens_a_party_s_name(ctx, i, end):
        return None
    if ctx.word(i - 1) == "(" and ctx.span(i, end) in ctx.lexicon.agencies:
        return end  # "ARENDAL, March 5 (Xinhua) --": the agency that filed the copy, though a town bears the name
    if ctx.word(end) in FEATURE_NOUNS and entry.kind is not EntityKind.COUNTRY and not ctx.tokens[end - 1].possessive:
        name = f"{ctx.span(i, end)} {ctx.word(end)}"  # "across the Moskva river": the river, not the region or city
        ctx.add(i, end + 1, name, ctx.lexicon.place_nouns[ctx.word(end)], f"place:{norm(ctx.span(i, end))}",
                "feature named after a place")
        return end + 1
    if entry.kind is EntityKind.REGION and ctx.word(end) in ROLE_QUALIFIED and ctx.word(end + 1)[:1].isupper():
        return end  # "Middle East envoy Tomas Brel": whose envoy, no place where anything happens
    if entry.kind in (EntityKind.REGION, EntityKind.SEA) and entry.form != "subdivision" and \
            ctx.tokens[end - 1].text == ctx.tokens[end - 1].bare \
            and ctx.word(end).lower().removesuffix("'s").removesuffix("’s") in DESCRIBED_BY_REGION:
        return end  # "the Caribbean country's capital", "the Gulf state": which country, no place of its own (but
        # "Roraima state" names the state)
    if entry.form == "demonym" and _names_its_place(ctx, end):
        return end  # "the Albanian capital Tirana": the city is the place, named next
    if entry.form == "demonym" and (spoken_language(ctx, i, end) or ctx.word(end).lower() in WRITTEN_FORMS):
        return end  # "spoke in French and Lingala", "known by its French initials CNSP": a tongue, no state
    if capital := _its_capital(ctx, end, entry):
        ctx.add(i, end + 1, capital.name, EntityKind.CITY, capital.key, CAPITAL_OF_A_COUNTRY,
                coordinates=capital.coordinates)  # "the Afghan capital", "Ukraine's capital": the city
        return end + 1
    if entry.kind is EntityKind.COUNTRY and (body := _national_body(ctx, end)):
        written = ctx.word(end) if ctx.word(end) in LEGISLATURES else body  # "Peru's Congress"
        name = f"{ctx.span(i, end, bare_last=False)} {written}"  # "the Indian army said", "Iran's foreign ministry"
        stop = end + len(body.split())
        key = f"org:{entry.key}:{SAME_BODY.get(body, body)}"  # "Israeli military", "Israel's army": one body
        ctx.add(i, stop, name, EntityKind.ORGANISATION, key, "country with a national body")
        return stop
    if entry.kind is EntityKind.CITY and (stop := _city_body_end(ctx, end)):
        body = " ".join(t.text.lower() for t in ctx.tokens[end:stop])  # "the Istanbul governor's office", "the Lyon
        ctx.add(i, stop, f"{ctx.span(i, end)} {body}", EntityKind.ORGANISATION,  # prosecutor's office": the city's
                f"org:{entry.key}:{body.replace('’', APOSTROPHE)}", "a city's own body")  # own, no place
        return stop
    if entry.kind is EntityKind.COUNTRY and entry.form == "demonym" and (group := _national_group(ctx, end)):
        stop = end + len(group.split())  # "Armenian protesters blocked roads": a group of the country's people,
        ctx.add(i, stop, f"{ctx.span(i, end)} {group}", EntityKind.GROUP,  # not the state itself
                f"group:{entry.key}:{NATIONAL_GROUPS[group]}", "country's people in a group")
        return stop
    if entry.form != "demonym" and entry.kind in (EntityKind.COUNTRY, EntityKind.REGION) and \
            ctx.word(i - 1) in PART_DIRECTIONS and not ctx.tokens[end - 1].possessive:
        name = f"{ctx.word(i - 1).capitalize()} {ctx.span(i, end)}"  # "in southern Lebanon": a region of it
        ctx.add(i - 1, end, name, EntityKind.REGION, f"place:{norm(name)}", PART_OF_A_COUNTRY,
                coordinates=entry.coordinates)
        return end
    if ctx.word(end).lower() in DIPLOMATIC_POSTS and (entry.country or entry.kind is EntityKind.COUNTRY):
        _diplomatic_post(ctx, i, end, entry)
        return end + 1
    if (entry.kind is EntityKind.COUNTRY or entry.is_capital and entry.country) and \
            (stop := _mission_to_a_body(ctx, end)) is not None:
        name = ctx.span(i, stop)  # "Iran's (Tehran's) mission to the United Nations": the country's body there
        country = entry if entry.kind is EntityKind.COUNTRY else ctx.gazetteer.country(entry.country)
        body = norm(ctx.span(end, stop)).removeprefix("permanent ")
        ctx.add(i, stop, name, EntityKind.ORGANISATION, f"org:{country.key}:{body}", "a country's mission to a body")
        return stop
    if entry.form == "demonym" and ctx.word(end).lower() == "waters" and entry.country:
        name = f"{ctx.span(i, end)} waters"  # "Turkish waters": the sea a country holds, not the country
        ctx.add(i, end + 1, name, EntityKind.SEA, f"place:{norm(name)}", "a country's waters")
        return end + 1
    if entry.form == "demonym" and ctx.word(end).lower() in ctx.lexicon.territory_nouns and entry.country:
        country = ctx.gazetteer.country(entry.country)
        ctx.add(i, end, country.name, EntityKind.COUNTRY, country.key, "demonym with a place word",
                coordinates=country.coordinates)  # "off the Yemeni coast", "Chinese waters"
    elif entry.form == "demonym":
        ctx.add(i, end, entry.name, EntityKind.STATE, entry.key, "demonym", coordinates=entry.coordinates)
    elif entry.kind is EntityKind.COUNTRY:
        _country(ctx, i, end, entry)
    elif entry.kind is EntityKind.CITY:
        if (joined := _hyphened_airport(ctx, i, end, entry)) is not None:
            return joined
        _city(ctx, i, end, entry)
    elif end == i + 1 and ctx.word(i) != entry.name and ctx.word(end).lower() not in ctx.lexicon.territory_nouns \
            and (_is_modifier(ctx, end) or ctx.word(end) == "Arab"):
        return end  # "Gulf leaders", "Gulf Arab states": a one-word alias as an adjective says whose, not where
    else:
        ctx.add(i, end, entry.name, entry.kind, entry.key, f"gazetteer {entry.kind.value}",
                coordinates=entry.coordinates)
    _role_reference(ctx, i, end, entry)
    return end


def _its_capital(ctx: SentenceContext, end: int, entry: GazetteerEntry) -> GazetteerEntry | None:
    """The capital a country or its demonym names before "capital" ("the U.S. capital"), not "capital markets"."""
    if ctx.word(end).lower() != "capital" or ctx.word(end + 1).lower() in NOT_A_CITY_CAPITAL or \
            not (entry.form == "demonym" or entry.kind is EntityKind.COUNTRY) or entry.country is None:
        return None
    return ctx.gazetteer.capital_of(entry.country)


def _town_out_of_place(ctx: SentenceContext, i: int, end: int, entry: GazetteerEntry) -> bool:
    """A town of under MAJOR_CITY inhabitants is named where the text places something there ("in Barmer",
    "the cities of Ashkelon and Ashdod"); elsewhere its name is more likely a surname or a word ("Summit")."""
    if entry.form != "city" or entry.population >= MAJOR_CITY or listed_region_noun(ctx, i, end) or \
            ctx.word(end).lower().replace("’", "'") in CITY_OFFICES | TOWN_BODIES or _owns_a_place(ctx, end):
        return False  # ("the Kherson prosecutor's office", "the Kherson governor": the town's own; "Kherson's
        # Ostriv district": a part of it)
    word = ctx.span(i, end).lower()
    return word in ctx.lowercase_words or not (is_place_context(ctx, i, end, city=True) or _after_place_noun(ctx, i))


def _names_before_an_honorific(ctx: SentenceContext, end: int, entry: GazetteerEntry) -> bool:
    """"Hassan Sheikh Mohamud": a town's name before an honorific and a name is a given name, not the town."""
    if entry.kind is EntityKind.CITY and ctx.word(end).lower() in ARABIC_NAME_PARTICLES and ctx.word(end + 1) == "-" \
            and ctx.tokens[end].start == ctx.tokens[end - 1].end + 1:
        return True  # "Sanaa al-Ali, a Damascus resident": a given name before a family name
    return entry.kind is EntityKind.CITY and not entry.is_capital and ctx.word(end) in ctx.lexicon.honorifics \
        and end + 1 < len(ctx.tokens) and ctx.tokens[end + 1].capitalised


ARABIC_NAME_PARTICLES = frozenset({"al", "el"})


MOTION_GERUNDS = frozenset("reaching visiting leaving entering approaching touring returning fleeing crossing "
                           "travelling traveling".split())
OPENING_PREPOSITIONS = frozenset("across in into around outside inside out through back".split())


def _apposed_to_a_role(ctx: SentenceContext, end: int) -> bool:
    """", a leader of the Yelema party,", ", the group's spokesman,": a person's role set off after the name."""
    if ctx.word(end) != ",":
        return False
    if ctx.word(end + 1).lower() in ctx.lexicon.role_nouns and ctx.word(end + 2) == "of":
        role = end + 1  # ", head of the presidential office,"
    elif ctx.word(end + 1).lower() in ("a", "an", "the"):
        role = next((k for k in range(end + 2, min(end + 5, len(ctx.tokens)))
                     if ctx.word(k).lower() in ctx.lexicon.role_nouns), None)
    else:
        role = None
    return role is not None and not _verb_before_the_comma(ctx, role + 1)  # (not "recaptured Umm Ramta, the
    # state's governor told …": a clause of its own)


def _verb_before_the_comma(ctx: SentenceContext, start: int) -> bool:
    """A verb comes before the next comma: the words after the name open a clause, not an apposition."""
    for k in range(start, min(start + APPOSITION_REACH, len(ctx.tokens))):
        word = ctx.word(k)
        if word in (",", ".", ";"):
            return False
        if ctx.lexicon.is_speech_verb(word) or word.endswith("ed") and word.islower():
            return True
    return False


APPOSITION_REACH = 10


def _after_place_noun(ctx: SentenceContext, i: int) -> bool:
    """"the coastal cities of Ashkelon", "the town, Barmer", "the battlefield of Bakhmut"."""
    before = ctx.word(i - 1)
    if before in ("including", "like") or before == "as" and ctx.word(i - 2) == "such":
        return ctx.word(i - (3 if before == "as" else 2)).lower() in PLACES_LISTED  # "in places including Zaanstad"
    if before in ("and", "or") and ctx.mentions and ctx.mentions[-1].end == ctx.tokens[i - 2].end and \
            not ctx.mentions[-1].kind.is_actor:
        return True  # "… including Zaanstad and Maastricht": the next of the places listed
    noun = ctx.word(i - 2) if before in ("of", ",") else before.lower()
    return noun in CITY_NOUNS or noun.rstrip("s") in CITY_NOUNS or noun == "cities" or \
        before == "of" and noun.isalpha() and noun.islower() and noun not in ctx.lexicon.role_nouns


PLACES_LISTED = frozenset("places towns cities villages areas municipalities districts communities "
                          "localities".split())


def opens_place_name(ctx: SentenceContext, i: int) -> bool:
    """A word that opens sentences ("New", "South") opens a place name of several words here ("New Delhi")."""
    if i + 1 >= len(ctx.tokens) or not ctx.tokens[i + 1].capitalised or ctx.gazetteer.pieces_from(ctx.tokens[i].text) < 2:
        return False  # the common case, settled without a lookup: "The talks …"
    match = _longest_place(ctx, i)
    return match is not None and match[0] > i + 1


def _longest_place(ctx: SentenceContext, i: int) -> tuple[int, GazetteerEntry] | None:
    token, gazetteer = ctx.tokens[i], ctx.gazetteer
    reach = max(gazetteer.pieces_from(token.text), gazetteer.pieces_from(token.bare),
                gazetteer.pieces_from(token.text.title()) if token.text.isupper() else 0)
    for end in range(min(len(ctx.tokens), i + reach), i, -1):
        if not ctx.tokens[end - 1].is_word:
            continue
        surface = ctx.span(i, end)
        entries = ctx.gazetteer.lookup(surface)
        if not entries and surface.isupper() and len(surface) > 3:
            entries = ctx.gazetteer.lookup(surface.title())  # datelines: "JEDDAH, Saudi Arabia -"
        if not entries and end > i + 1 and ctx.tokens[end - 1].text.islower():
            head, _, last = surface.rpartition(" ")
            entries = ctx.gazetteer.lookup(f"{head} {last.title()}")  # "the Korean peninsula"
        if entries:
            return end, entries[0]
    return None


def _country(ctx: SentenceContext, i: int, end: int, entry: GazetteerEntry) -> None:
    if is_place_context(ctx, i, end):
        ctx.add(i, end, entry.name, EntityKind.COUNTRY, entry.key, "gazetteer country as place",
                coordinates=entry.coordinates)
    else:
        ctx.add(i, end, entry.name, EntityKind.STATE, entry.key, COUNTRY_AS_ACTOR,
                coordinates=entry.coordinates)


def _hyphened_airport(ctx: SentenceContext, i: int, end: int, entry: GazetteerEntry) -> int | None:
    """"Helsinki-Vantaa airport": one airport named for two places, no capital acting; where its name ends."""
    if ctx.word(end) != "-" or not ctx.word(end + 1)[:1].isupper() or ctx.word(end + 2).lower() != "airport":
        return None
    name = f"{ctx.span(i, end + 2)} {ctx.word(end + 2)}"
    ctx.add(i, end + 3, name, EntityKind.BUILDING, f"place:{norm(name)}", "city's airport",
            coordinates=entry.coordinates)
    return end + 3


def _city(ctx: SentenceContext, i: int, end: int, entry: GazetteerEntry) -> None:
    """A capital that acts stands for its government ("Washington warned"); otherwise a city is a place."""
    metonym = ctx.lexicon.capital_metonyms.get(entry.name)
    if ctx.word(end) == "-" and ctx.word(end + 1).lower() == "based":
        return  # "the London-based group": where a body sits, said of it in passing; no place of the story
    if ctx.word(end) == "airport":
        name = f"{entry.name} airport"  # "Sanaa airport", "Sanaa's airport": a building of the city
        ctx.add(i, end + 1, name, EntityKind.BUILDING, f"place:{norm(name)}", "city's airport",
                coordinates=entry.coordinates)
    elif ctx.word(end) in CITY_REGIONS and not ctx.tokens[end - 1].possessive:
        name = f"{ctx.span(i, end)} {ctx.word(end)}"  # "the Kherson region": the province around the city, not the
        # city, named as written ("Dnipropetrovsk region", not the renamed city's "Dnipro region")
        ctx.add(i, end + 1, name, EntityKind.REGION, f"place:{norm(name)}", "city's region",
                coordinates=entry.coordinates)
    elif noun := listed_region_noun(ctx, i, end):
        name = f"{ctx.span(i, end)} {noun}"  # "the Kherson and Zaporizhzhia regions": one region each
        ctx.add(i, end, name, EntityKind.REGION, f"place:{norm(name)}", "city's region in a list",
                coordinates=entry.coordinates)
    elif metonym and not is_place_context(ctx, i, end):
        ctx.add(i, end, metonym, EntityKind.ORGANISATION, f"org:{norm(metonym)}", "city for an institution")
    elif entry.is_capital and entry.country and not _owns_a_place(ctx, end) and not _names_a_site(ctx, i, end) and \
            not _city_office_after(ctx, end) and \
            (_seat_of_power(ctx, i) or not is_place_context(ctx, i, end, city=True)) and \
            ctx.word(i - 1).lower() not in PARTS_OF_A_CITY and \
            not (ctx.word(end) == "-" and ctx.word(end + 1).lower() == "bound"):  # "flooded central Khartoum",
        # "towards Addis Ababa", "a London-bound jet"
        state = ctx.gazetteer.country(entry.country)
        ctx.add(i, end, state.name, EntityKind.STATE, state.key, CAPITAL_FOR_GOVERNMENT,
                coordinates=state.coordinates)
    else:
        ctx.add(i, end, entry.name, EntityKind.CITY, entry.key, GAZETTEER_CITY, coordinates=entry.coordinates)


def _national_group(ctx: SentenceContext, end: int) -> str | None:
    """The group of people a demonym ending at ``end`` names: "protesters", "security forces" (as written)."""
    following = " ".join(t.text for t in ctx.tokens[end:end + 2] if t.is_word)
    return next((group for group in NATIONAL_GROUPS if f"{following} ".startswith(f"{group} ")), None)


CITY_BODY = re.compile(r"\s+(?:(?:chief|public|metropolitan|municipal|city|regional|district|criminal|provincial)\s+)*"
                       r"(?:(?:prosecutor|governor|mayor)['’]s\s+office|council|municipality|court)\b"
                       r"(?!['’]s?\s+(?:office|building|headquarters)|\s+[A-Z])")  # (not "the Istanbul court's
# building", nor "Paris prosecutor Laure Beccuau": a title)
APOSTROPHE = "'"


def _city_body_end(ctx: SentenceContext, end: int) -> int | None:
    """Where a city's own body named after the city in lower case ends: "municipal council", "governor's office",
    "chief prosecutor's office"."""
    found = CITY_BODY.match(ctx.text, ctx.tokens[end - 1].end) if end < len(ctx.tokens) else None
    if found is None:
        return None
    return next((k + 1 for k in range(end, len(ctx.tokens)) if ctx.tokens[k].end == found.end()), None)


def _national_body(ctx: SentenceContext, end: int) -> str | None:
    """The body a demonym ending at ``end`` names: "army", "foreign ministry" (as written, in lower case)."""
    words = [t.text for t in itertools.takewhile(lambda t: t.is_word, ctx.tokens[end:end + 2])]
    if words and words[0] in LEGISLATURES and not ctx.word(end + 1)[:1].isupper():
        return words[0].lower()  # "Peru's Congress removed …" (not "India's Congress Party")
    following = " ".join(itertools.takewhile(str.islower, words))  # "26 Colombians, police chief X": no Colombian
    # police
    known = next((body for body in NATIONAL_BODIES if f"{following} ".startswith(f"{body} ")), None)
    return known or _portfolio_ministry(ctx, end)


BARE_BODY = "a national body by its noun"
# Bodies that stand on their own after "the": not "the military junta", "the army chief", "the police station".
ADDRESSING_VERBS = frozenset("asked told urged addressed called summoned dissolved suspended convened before "
                             "through dissolve dissolves dissolving suspend convene recall recalled "
                             "address".split())  # "asked parliament", "to dissolve Parliament": no article needed
STANDALONE_BODIES = frozenset({"army", "military", "navy", "police", "armed forces", "coast guard", "air force",
                               "cabinet", "security cabinet", "parliament", "congress", "senate"})
BODY_FOLLOWERS = frozenset("said says say told has have had is are was were will would could did does and or in on "
                           "at of to from for with into by after before as also then withdrew struck began took held "
                           "led lost fled left shot sought sank hit sent broke that".split()) | IRREGULAR_PAST


def bare_national_bodies(ctx: SentenceContext) -> None:
    """"the defence ministry said", "the army shelled", "police fired": a country's body named by its noun alone.
    Its key is provisional: which country's it is, the article decides (``bodies.national_bodies``)."""
    starts, covered = [t.start for t in ctx.tokens], set()
    for mention in ctx.mentions:  # the tokens already named, found by bisection (a sentence may be long)
        covered.update(range(bisect.bisect_left(starts, mention.start), bisect.bisect_left(starts, mention.end)))
    for i, token in enumerate(ctx.tokens):
        if token.text in ("the", "The"):
            start = i + 2 if _an_adjective(ctx, i + 1) else i + 1  # "the full cabinet", "the smaller security
            body = _national_body(ctx, start)  # cabinet"
            body = body if body in STANDALONE_BODIES or body and body.endswith("ministry") or \
                body == "presidency" and start == i + 1 and _speaks_next(ctx, start + 1) else None  # "the
            # presidency said" (not "the rotating presidency of the bloc")
        elif token.text.lower() == "police" and ctx.word(i - 1).lower() != "the":
            start, body = i, "police"  # "police said", "Police fired": no article needed
        elif token.text in ("parliament", "Parliament") and ctx.word(i - 1).lower() in ADDRESSING_VERBS:
            start, body = i, "parliament"  # "asked parliament to convene", "told parliament on Monday"
        elif (token.text in LEGISLATURES or token.text == "parliament") and \
                ctx.word(i - 1).lower() not in ("the", "a", "its", "their", "his", "her"):
            start, body = i, token.text.lower()  # "Congress voted to remove her", "and parliament impeached him"
        elif token.text.lower() in BARE_GROUPS:
            start, body = i, NATIONAL_GROUPS[token.text.lower()]  # "protesters stormed the city hall"
        else:
            continue
        stop = start + len(body.split()) if body else start
        if body is None or any(t in covered for t in range(start, stop)) or ctx.tokens[stop - 1].possessive or \
                ctx.word(stop) == "of" and ctx.word(stop + 1)[:1].isupper() or \
                body in STANDALONE_BODIES and ctx.word(stop)[:1].isalpha() and ctx.word(stop) not in BODY_FOLLOWERS \
                and not ctx.word(stop).endswith(("ed", "ly")):  # "the army said", "Parliament formally confirmed"
            continue
        seat = _capital_after(ctx, stop)  # "the defence ministry in Baku": Azerbaijan's
        if seat is not None:
            country = ctx.gazetteer.country(seat.country)
            adjective = ctx.gazetteer.adjective_of(country.key)
            ctx.add(start, stop, f"{adjective} {body}", EntityKind.ORGANISATION,
                    f"org:{country.key}:{SAME_BODY.get(body, body)}", "a national body by its seat")
        else:
            kind = EntityKind.GROUP if body in NATIONAL_GROUPS.values() else EntityKind.ORGANISATION
            name = ctx.word(start) if ctx.word(start) in ("Congress", "Senate") else body  # a proper noun
            ctx.add(start, stop, name, kind, f"org:bare:{SAME_BODY.get(body, body)}", BARE_BODY)


def _speaks_next(ctx: SentenceContext, i: int) -> bool:
    """A speech verb at ``i``, or after "has", "had", "also": "the presidency said", "… has denounced"."""
    while ctx.word(i) in ("has", "had", "also", "later", "earlier"):
        i += 1
    return ctx.lexicon.is_speech_verb(ctx.word(i))


def _an_adjective(ctx: SentenceContext, i: int) -> bool:
    """A lower-case word before a body's noun ("full", "smaller", "caretaker"), itself no body's noun."""
    word = ctx.word(i)
    return word.isalpha() and word.islower() and _national_body(ctx, i) is None and \
        _national_body(ctx, i + 1) is not None and word not in BODY_FOLLOWERS


def _capital_after(ctx: SentenceContext, stop: int) -> GazetteerEntry | None:
    """The capital named in "in <capital>" right after a body's noun."""
    if ctx.word(stop) != "in":
        return None
    found = _longest_place(ctx, stop + 1)
    return found[1] if found and found[1].is_capital and found[1].country else None


def _portfolio_ministry(ctx: SentenceContext, end: int) -> str | None:
    """"the Kenyan transport ministry", "the emergency situations ministry": any portfolio's ministry."""
    words = [t.text for t in ctx.tokens[end:end + PORTFOLIO_WORDS + 1] if t.is_word]
    for length in range(1, min(PORTFOLIO_WORDS, len(words) - 1) + 1):
        portfolio, head = words[:length], words[length]
        if head == "ministry" and all(w.islower() and w.capitalize() in ctx.lexicon.portfolio_words
                                      for w in portfolio):
            return " ".join(portfolio + [head])
    return None


CITY_OFFICES = frozenset("prosecutor prosecutors prosecutor's mayor city municipality court courts".split())


TOWN_BODIES = frozenset("governor council police officials authorities administration residents".split())


def _city_office_after(ctx: SentenceContext, end: int) -> bool:
    """"the Paris prosecutor's office", "the Nairobi mayor": the city's own office, not the state's government."""
    return end < len(ctx.tokens) and ctx.tokens[end].text.lower().replace("’", "'") in CITY_OFFICES


def _owns_a_place(ctx: SentenceContext, end: int) -> bool:
    """"Beirut's port", "Beirut's Noueiri district", "Kyiv's outskirts", "Dhaka's central Shahbagh Square": the city,
    a place, not its government."""
    if not ctx.tokens[end - 1].possessive:
        return False
    following = [t.text.lower() for t in ctx.tokens[end:end + 3] if t.is_word]
    return bool(set(following) & CITY_PARTS)


def _names_a_site(ctx: SentenceContext, i: int, end: int) -> bool:
    """"detained in a Moscow hotel", "signed in his Jerusalem office": the city names where, as a site's
    modifier (not "the Moscow government")."""
    return ctx.word(i - 1).lower() in SITE_DETERMINERS and not ctx.tokens[end - 1].possessive and \
        ctx.word(end).lower() in CITY_PARTS | CITY_SITES


def _seat_of_power(ctx: SentenceContext, i: int) -> bool:
    """"the government in Addis Ababa", "officials in Kyiv": the capital stands for its state."""
    return ctx.word(i - 1) == "in" and ctx.word(i - 2).lower() in RULERS


def _names_its_place(ctx: SentenceContext, end: int) -> bool:
    """A demonym before "capital", "city" or "port" and the place's own name: "the Thai capital, Bangkok"."""
    if ctx.word(end).lower() not in CITY_NOUNS:
        return False
    comma = ctx.word(end + 1) == ","
    after = end + 1 + comma
    if after >= len(ctx.tokens) or not ctx.tokens[after].capitalised or not ctx.tokens[after].is_word:
        return False
    return not comma or bool(ctx.gazetteer.lookup(ctx.tokens[after].bare))  # (not "At a news conference in the
    # Afghan capital, Zabihullah Mujahid said": after a comma, a name the gazetteer does not know opens the clause)


ROUTE_NOUNS = frozenset("trains train flights flight services service route routes road roads line lines ferries "
                        "ferry traffic journeys travel trade border corridor highway motorway railway sits lies "
                        "located situated sandwiched wedged".split())  # ("Ecuador, which sits between Colombia and
# Peru": where it lies)
LAND_PARTS = frozenset("parts swathes swaths areas much most size".split())  # "large parts of Indonesia", "the size
# of Singapore": the land
ROUTE_REACH = 6  # tokens back from "and" to the "between" a route opens with


def _route_between(ctx: SentenceContext, conjunction: int) -> bool:
    """The "and" at ``conjunction`` lists places a route runs "between" ("trains between Paris and London")."""
    between = next((k for k in range(conjunction - 1, max(0, conjunction - ROUTE_REACH), -1)
                    if ctx.word(k).lower() == "between"), None)
    return between is not None and ctx.word(between - 1).lower() in ROUTE_NOUNS


def is_place_context(ctx: SentenceContext, i: int, end: int, city: bool = False) -> bool:
    """"in Ankara", "visit … to Tehran", "Ankara as the proposed venue", "Riyadh would host",
    "the Albanian capital Tirana"."""
    last = ctx.tokens[end - 1]
    attached_hyphen = ctx.word(end) == "-" and ctx.tokens[end].start == last.end
    if last.possessive or attached_hyphen:
        return False  # "Brazil's Congress", "the India-Middle East corridor"
    if is_dateline(ctx, i):
        return True  # "KHARTOUM —", "JEDDAH, Saudi Arabia -"
    if _apposed_to_a_role(ctx, end):
        return False  # "seized El Bachir Thiam, a leader of the Yelema party,": someone
    before_name = i - 1 - (ctx.word(i - 1) in (",", "of"))
    if ctx.word(before_name).lower() in CITY_NOUNS and not (
            ctx.word(i - 1) == "," and ctx.word(before_name - 1).lower() in OPENING_PREPOSITIONS):
        return True  # "the Albanian capital Tirana", "the Thai capital, Bangkok", "the port of Tripoli" (not
        # "Across town, Andriy Yermak …")
    if _follows_a_city(ctx, i):
        return True  # "in Bridgetown, Barbados": the country of a place named just before
    if i == 1 and ctx.tokens[0].bare.lower() in MOTION_GERUNDS:
        return True  # "Reaching Derna remains hard", "Leaving Goma, …": a place gone to or from
    if _joins_a_place(ctx, i) or _listed_with_places(ctx, i - (ctx.word(i - 1).lower() == "the"), end):
        return True  # "accredited in Bangkok and Phnom Penh", "a tour of Croatia, Norway and the Netherlands"
    if city and ctx.lexicon.host_verbs & {ctx.word(end).lower(), ctx.word(end + 1).lower()}:
        return True  # "Riyadh would host a follow-up meeting"
    if city and ctx.word(end) in GATHERING_NOUNS:
        return True  # "its Bucharest summit", "the Helsinki talks": where they met
    before = i - 1
    while ctx.word(before).lower() in ("the",) or ctx.word(before).lower() in ctx.lexicon.place_adjectives:
        before -= 1
    preposition = ctx.word(before).lower()
    determiner = ctx.word(i - 1).lower() == "the"
    if _is_modifier(ctx, end) and (determiner or preposition not in ctx.lexicon.locative_prepositions):
        return False  # "in the US press": a place name as an adjective names the state
    if preposition in ctx.lexicon.locative_prepositions and not _aimed_at(ctx, before) or \
            _listed_after_place_plural(ctx, before):
        return True
    if city and _struck(ctx, before):
        return True  # "strikes on Nizhyn", "the shelling of Kharkiv", "rockets hit Kiryat Shmona"
    if preposition in PLACE_OBJECT_VERBS | ctx.lexicon.arrival_verbs:
        return True  # "will visit Pyongyang", "left Moscow on Tuesday", "reached Kyiv"
    if preposition == "between" and ctx.word(before - 1).lower() in ROUTE_NOUNS or \
            preposition == "and" and _route_between(ctx, before):
        return True  # "trains between Paris and London": where they run, not the two governments
    if preposition == "from" and (ctx.word(end) == "to" or ctx.word(before - 1).lower() in FROM_A_PLACE | PEOPLE_FROM
                                  or _after_movement(ctx, before, FROM_REACH)):
        return True  # "from Saudi Arabia to Europe", "Speaking from Doha", "returned from Kabul"
    if preposition == "of" and ctx.word(before - 1).lower() in BUILDING_PARTS | CITY_PARTS | HELD_PLACE_NOUNS | \
            TOUR_NOUNS | LAND_PARTS:  # ("a tour of Croatia")
        return True  # "in the courtyard of Vilnius University", "the outskirts of Kyiv", "seized control of Goma"
    if preposition == "of" and ctx.word(before - 1).lower() == "out" and _after_movement(ctx, before - 1):
        return True  # "flew out of Damascus"
    if preposition == "to" and _from_before(ctx, before):
        return True
    if ctx.word(end) == "," and ctx.word(end + 1) == "where":
        return True  # "… to Tehran, where the leader is to lead prayers": somewhere things happen
    if preposition in ("to", "from", "for"):
        return _after_movement(ctx, before)  # "flew to", "withdrew from", "left for"
    after = [t.text.lower() for t in ctx.tokens[end:end + 5]]
    return bool(after[:1] == ["as"] and set(after) & ctx.lexicon.venue_nouns)


def listed_region_noun(ctx: SentenceContext, start: int, end: int) -> str | None:
    """The region noun a list of names ends with, each name standing for one region of it ("the Donetsk, Luhansk,
    Kherson and Zaporizhzhia regions": "Kherson region"), as written in the singular; None if no such list."""
    before = start
    while before > 0 and start - before <= REGION_LIST_REACH and (ctx.word(before - 1) in (",", "and")
                                                                  or _list_name(ctx, before - 1)):
        before -= 1
    k = end
    while k < len(ctx.tokens) and k - end <= REGION_LIST_REACH and (ctx.word(k) in (",", "and")
                                                                    or _list_name(ctx, k)):
        k += 1
    noun = REGION_PLURALS.get(ctx.word(k).lower())
    listed = any(ctx.word(j) == "and" for j in range(before, k))
    return noun if listed else None


def _list_name(ctx: SentenceContext, k: int) -> bool:
    return ctx.tokens[k].capitalised and not ctx.tokens[k].possessive and not ctx.tokens[k].sentence_start


def _struck(ctx: SentenceContext, word: int) -> bool:
    """The word at ``word`` says what was struck: "strikes on", "the shelling of", or a verb of striking with
    a weapon shortly before it ("rockets hit", "a drone struck")."""
    if ctx.word(word).lower() in ("on", "of"):
        return ctx.word(word - 1).lower() in ASSAULT_NOUNS
    if ctx.word(word).lower() not in STRIKE_VERBS:
        return False
    for k in range(word - 1, max(-1, word - WEAPON_REACH), -1):
        if ctx.tokens[k].text.lower() in WEAPON_NOUNS:
            return True
        if ctx.tokens[k].capitalised and not ctx.tokens[k].sentence_start or not ctx.tokens[k].is_word:
            return False  # "a drone struck Varnecka and Trump hit Putin": the weapon struck something else
    return False


def _listed_after_place_plural(ctx: SentenceContext, listing: int) -> bool:
    """The word at ``listing`` opens a list of places: "crossings, including", "towns such as"."""
    word = ctx.word(listing).lower()
    if word not in LISTING_WORDS or word == "as" and ctx.word(listing - 1).lower() != "such":
        return False
    window = ctx.tokens[max(0, listing - LISTING_REACH):listing]
    return any(t.text.lower() in PLACE_PLURALS for t in window)


def _aimed_at(ctx: SentenceContext, preposition: int) -> bool:
    """"erupted at X", "lashed out at X", "took aim at X": whom something was aimed at, no place."""
    return ctx.word(preposition).lower() == "at" and ctx.word(preposition - 1).lower() in AIMING_WORDS


def _after_movement(ctx: SentenceContext, preposition: int, reach: int = MOVEMENT_REACH) -> bool:
    """A word of movement shortly before the "to" or "from" at ``preposition``: "flew … to", "withdrew from"."""
    window = ctx.tokens[max(0, preposition - reach):preposition]
    return any(t.text.lower() in ctx.lexicon.movement_words for t in window)


def is_dateline(ctx: SentenceContext, i: int) -> bool:
    """The all-caps place (and its country) that opens a wire story: "JEDDAH, Saudi Arabia - …"; or the place
    and a colon that open one in South Asian style: "New Delhi: In a big development, …"."""
    if ctx.sentence.start != 0 or not ctx.tokens:
        return False
    if (dateline := DATELINE.match(ctx.text)) and ctx.tokens[i].start < dateline.end():
        return True  # "Baku, Nov. 12, (dpa/GNA) –", "Riyadh, May 14 (IANS)"
    colon = next((k for k, t in enumerate(ctx.tokens[:COLON_DATELINE_TOKENS]) if t.text == ":"), None)
    if colon is not None and i < colon and all(t.capitalised for t in ctx.tokens[:colon]):
        return True
    dash = next((k for k, t in enumerate(ctx.tokens[:DATELINE_TOKENS])  # a spaced dash, not "Secretary-General"
                 if t.text in ("-", "—", "–") and ctx.text[t.start - 1:t.start].isspace()), None)
    if dash is not None and i < dash <= TITLE_DATELINE_TOKENS and dash + 1 < len(ctx.tokens) and \
            ctx.tokens[dash + 1].capitalised and all(t.capitalised or t.text == "," for t in ctx.tokens[:dash]):
        return True  # "Oslo — The prime minister …", "Oslo, Norway — …"
    if not ctx.tokens[0].text.isupper() or len(ctx.tokens[0].text) < 3:
        return False
    return dash is not None and i < dash


def _joins_a_place(ctx: SentenceContext, i: int) -> bool:
    """The second of two places joined by "and" / "or": a place like the first."""
    before = next((m for m in reversed(ctx.mentions) if m.end <= ctx.tokens[i].start), None)
    return (before is not None and not before.kind.is_actor
            and ctx.text[before.end:ctx.tokens[i].start].strip() in ("and", "or"))


def _listed_with_places(ctx: SentenceContext, start: int, end: int) -> bool:
    """"Odesa, Chornomorsk and Pivdenny", "Zvečan, Zubin Potok and Leposavić": a name in a list whose item
    before it is a place (after a comma, only where the list goes on with "and" or "or")."""
    before = next((m for m in reversed(ctx.mentions) if m.end <= ctx.tokens[start].start), None)
    if before is None or before.kind.is_actor:
        return False
    gap = ctx.text[before.end:ctx.tokens[start].start].strip()
    if gap in ("and", "or", ", and", ", or"):
        return True
    goes_on = ctx.word(end) in ("and", "or") or ctx.word(end) == "," and _list_ends_with_and(ctx, end)
    return gap == "," and goes_on and not _list_before_its_verb(ctx, end)


def _list_ends_with_and(ctx: SentenceContext, comma: int) -> bool:
    """After ``comma``, names and commas run on to an "and" or "or": "…, France, Germany, South Korea and Spain"
    (within LIST_REACH tokens of the comma, or as long as the names and commas go on)."""
    k = comma + 1
    while k < len(ctx.tokens):
        if ctx.word(k) in ("and", "or"):
            return True
        if not (ctx.word(k) == "," or ctx.tokens[k].capitalised or ctx.word(k) == "the") and k >= comma + LIST_REACH:
            return False
        k += 1
    return False


def _list_before_its_verb(ctx: SentenceContext, end: int) -> bool:
    """"After a reception at the Great Hall, Putin and Kim travelled …": names listed after the comma that closes
    an opening phrase are the subject of the verb that follows them, not more places."""
    opening = ctx.text[ctx.sentence.start:ctx.tokens[end - 1].start]
    if not OPENING_PHRASE_WORD.match(opening) or opening.count(",") != 1:
        return False
    k = end
    while k < len(ctx.tokens) and (ctx.word(k) in (",", "and", "or") or ctx.tokens[k].capitalised):
        k = run_end(ctx, k) if ctx.tokens[k].capitalised and run_end(ctx, k) > k else k + 1
    verb = ctx.word(k)
    return ctx.tokens[k - 1].capitalised and verb.islower() and (verb.endswith("ed") or verb in FINITE_VERBS)


OPENING_PHRASE_WORD = re.compile(r"\W*(?:After|Before|At|In|During|Following|Inside|Outside|Ahead)\s")
FINITE_VERBS = frozenset("said met held were was are is have has had will would went made took left flew".split())


def _paired_with_an_unknown_place(ctx: SentenceContext, start: int) -> bool:
    """"the streets of Deir al-Balah and Khan Younis", "in Khan Yunis and Deir al-Balah": a name joined by "and" to
    a place after a locative word is a place too."""
    before = next((m for m in reversed(ctx.mentions) if m.end <= ctx.tokens[start].start), None)
    gap = ctx.text[before.end:ctx.tokens[start].start].strip() if before is not None else ""
    if before is None or before.kind.is_actor or gap not in ("and", "or"):
        return False
    word_before = WORD_BEFORE.search(ctx.text, max(0, before.start - LOOK_BACK_CHARS), before.start)
    return before.rule == "place by context" or \
        word_before is not None and word_before.group(1).lower() in ctx.lexicon.locative_prepositions


def _follows_a_city(ctx: SentenceContext, i: int) -> bool:
    before = next((m for m in reversed(ctx.mentions) if m.end <= ctx.tokens[i].start), None)
    return (ctx.word(i - 1) == "," and before is not None and before.kind is EntityKind.CITY
            and not ctx.text[before.end:ctx.tokens[i].start].strip(", "))


def _from_before(ctx: SentenceContext, to_index: int) -> bool:
    """"from X to Y": a place ended right before this "to" and a "from" opened it."""
    window = [t.text.lower() for t in ctx.tokens[max(0, to_index - 6):to_index]]
    return "from" in window and any(m.end <= ctx.tokens[to_index].start and not m.kind.is_actor
                                    for m in ctx.mentions[-1:])


def _is_modifier(ctx: SentenceContext, end: int) -> bool:
    """"the US press", "Iranian officials": a place name used as an adjective names the state."""
    following = ctx.word(end)
    return bool(following) and following[0].islower() and following not in PLACE_FOLLOWERS and \
        following not in PLANNED_FOLLOWERS  # "a visit to Bangladesh planned for next week": the visit's


def _role_reference(ctx: SentenceContext, i: int, end: int, entry: GazetteerEntry) -> None:
    """"Iran’s leader", "the Iranian president", "the U.S. president": a person named by role, resolved later."""
    abbreviated = entry.form == "alias" and ctx.word(i - 1).lower() == "the" and ctx.span(i, end).isupper()
    if not (ctx.tokens[end - 1].possessive or entry.form == "demonym" or abbreviated):
        return
    role_end = end
    while role_end < len(ctx.tokens) and role_end - end < 3 and ctx.tokens[role_end].lower:
        role_end += 1
    for stop in range(role_end, end, -1):
        role = " ".join(t.text for t in ctx.tokens[end:stop])
        if role in ctx.lexicon.role_nouns and not (stop < len(ctx.tokens) and ctx.tokens[stop].capitalised) \
                and not _titles_a_name(ctx, stop):
            country = ctx.gazetteer.country(entry.country) if entry.country else entry
            opening = i - 1 if ctx.word(i - 1).lower() in ("former", "late") else i  # "the former Nigerian leader"
            start, end_char = ctx.tokens[opening].start, ctx.tokens[stop - 1].end
            ctx.role_references.append(RoleReference(ctx.source, start, end_char, ctx.text[start:end_char], role,
                                                     country.key))
            return


def _titles_a_name(ctx: SentenceContext, stop: int) -> bool:
    """"Russia's ambassador to Kyiv Mikhail Zurabov", "Nagorno-Karabakh's leader, Arayik Harutyunyan,": the role
    is the title of the name after it (its posting between), not a reference to someone named elsewhere."""
    if ctx.word(stop) not in ("to", "in", "at", "for", ","):
        return False
    capitalised = 0
    while stop + 1 + capitalised < len(ctx.tokens) and ctx.tokens[stop + 1 + capitalised].capitalised:
        capitalised += 1
    if capitalised >= 2:
        return True
    posting = stop + 1 + (ctx.word(stop + 1) == "the")  # "Russia's ambassador to the United States, Anatoly …"
    while posting < len(ctx.tokens) and ctx.tokens[posting].capitalised:
        posting += 1
    named = posting + 1
    return ctx.word(stop) != "," and posting > stop + 1 and ctx.word(posting) == "," and named + 1 < len(ctx.tokens) \
        and ctx.tokens[named].capitalised and ctx.tokens[named + 1].capitalised


def spoken_language(ctx: SentenceContext, start: int, end: int) -> bool:
    """A people's word after "in" with no noun after it names the tongue spoken: "told reporters in English that
    …", "prayers read in French, Lingala and Swahili" (not "in Russian hands")."""
    before = start - 1
    while before > start - LANGUAGE_LIST and (ctx.word(before) in (",", "and", "or") or
                                              before >= 0 and ctx.tokens[before].capitalised):
        before -= 1  # "in French, Lingala and …": the list goes back to its "in"
    following = ctx.word(end)
    return ctx.word(before).lower() == "in" and (not following[:1].isalpha() or following in LANGUAGE_FOLLOWERS)


LANGUAGE_LIST = 8  # tokens back a list of tongues goes to its "in"
LANGUAGE_FOLLOWERS = frozenset("and or that to on at as with for by from before after while when but".split())


STRETCH_NOUNS = frozenset("area region zone strip corridor road highway border line stretch territory towns cities "
                          "villages".split())  # "the area between X and Y": both are places


def _another_known_capital(ctx: SentenceContext, start: int, end: int) -> bool:
    """"in the Afghan capital, Zabihullah Mujahid, the spokesman, said": the capital before the comma is a city
    the gazetteer knows by another name, so a name of two words or more after it opens the clause, no place (one
    word may be the capital spelt another way)."""
    capital_end = ctx.tokens[start - 2].end
    name = ctx.span(start, end)
    return end - start >= 2 and any(m.rule == CAPITAL_OF_A_COUNTRY and m.end == capital_end and m.name != name
                                    for m in ctx.mentions)


INQUIRY_NOUNS = frozenset("inquiry inquiries investigation investigations probe probes review".split())
# "an economist at Berenberg": who works at a company named after "at" (a company, no place)
WORKPLACE_ROLES = frozenset("economist economists analyst analysts strategist strategists researcher researchers "
                            "executive executives engineer engineers trader traders banker bankers "
                            "employee employees".split())


def unknown_place_kind(ctx: SentenceContext, start: int, end: int) -> EntityKind | None:
    """A name the gazetteer lacks is a place where the text says so: "the town of Dilling",
    "the Kordofan region", "in Kadugli", "reached Dilling"."""
    noun_after = ctx.word(end).lower()
    if is_dateline(ctx, start) and ctx.word(end) == ",":
        return EntityKind.CITY  # "SHARM EL-SHEIKH, Egypt, Oct 13 (Reuters) -": where the copy was filed
    if ctx.word(end) in ctx.lexicon.demonym_heads or ctx.span(start, end) in ctx.lexicon.languages:
        return None  # "the Azeri capital", "Arab countries", "in Arabic and Hebrew": a people or a tongue
    if end == start + 1 and any(c.isdigit() for c in ctx.tokens[start].text):
        return None  # "at the G20", "in F1": a forum or a class, not a place
    if end == start + 1 and ctx.word(end).isdigit() or end == start + 2 and ROMAN_NUMERAL.fullmatch(ctx.word(end - 1)):
        return None  # "in Article 4", "into Chapter 35", "under Chapter VII": a numbered text
    if end == start + 1 and (ctx.tokens[start].bare.isupper() and len(ctx.tokens[start].bare) > 1
                             or ctx.tokens[start].bare in ctx.lexicon.international_bodies):
        return None  # "in NATO", "at the ICJ", "in Asean": a body, not a place
    if ctx.word(start - 1).lower() in COMMON_NOUN_OPENERS:
        return None  # "the third Arab state", "an Arab state": a kind of place, not one named
    if noun_after in ctx.lexicon.place_nouns and not ctx.tokens[end - 1].possessive and \
            not (noun_after == "state" and ctx.word(end + 1).lower() in STATE_COMPOUNDS):
        return ctx.lexicon.place_nouns[noun_after]  # not "Xi's state visit", "the Kenya state broadcaster"
    if end == start + 1 and (noun := listed_region_noun(ctx, start, end)):
        return ctx.lexicon.place_nouns.get(noun, EntityKind.REGION)  # "the Sumy, Dnipropetrovsk and Zaporizhzhia
        # regions", "the Ravi, Sutlej and Chenab rivers"
    if ctx.word(start - 1) == "of" and ctx.word(start - 2) == "," and ctx.word(start - 3).isdigit() and \
            ctx.word(start - 4) == ",":
        return EntityKind.OTHER  # "Piotr Zielinski, 57, of New Halford": where someone of that age is from
    if ctx.word(start - 1) == "of" and ctx.word(start - 2).lower() in OFFICES_OF_A_PLACE and \
            not ctx.tokens[end - 1].possessive and not ctx.in_role(start):
        return OFFICES_OF_A_PLACE[ctx.word(start - 2).lower()]  # "the mayor of Nova Kakhovka said": a town (but
        # "X, the mayor of Y," is X's role, read with X)
    if ctx.tokens[end - 1].possessive or role_before(ctx, start) or ctx.lexicon.is_speech_verb(ctx.word(end)):
        return None
    if ctx.word(end) == "," and AGED_AFTER.match(ctx.text, ctx.tokens[end].end) or \
            end - start >= 2 and ctx.tokens[start].bare in GIVEN_NAMES:
        return None  # "came from Andrew Young, the 92-year-old civil rights leader": someone of an age, or named so
    if ctx.word(end) == "-" and ctx.word(end + 1)[:1].islower() or ctx.word(end) in HELD_BY_A_GROUP:
        return None  # "in the Islamist-led government", "bombarded Tavrani strongholds": whose, no place
    before = [ctx.word(start - k).lower() for k in (3, 2, 1)]
    if before[2] == "between" and before[1] in STRETCH_NOUNS or _second_of_a_stretch(ctx, start):
        return EntityKind.OTHER  # "the area between Velika Dobra and Stari Most"
    if before[2] == "of" and before[1] in ctx.lexicon.place_nouns:
        return ctx.lexicon.place_nouns[before[1]]  # "the town of Dilling"
    if before[2] == "of" and before[1] in ctx.lexicon.territory_nouns:
        return EntityKind.REGION  # "the western coast of Palawan"
    if before[2] == "of" and before[1] in PARTS_OF_A_TOWN:
        return EntityKind.OTHER  # "the streets of Deir al-Balah", "residents of Beitunia"
    if ctx.word(end) == "," and ctx.word(end + 1) == "the" and ctx.word(end + 2) == "capital":
        return EntityKind.CITY
    if _apposed_to_a_role(ctx, end):
        return None  # "seized El Bachir Thiam, a leader of the Yelema party,": someone
    if end - start == 2 and ctx.word(end) == "of" and ctx.word(end + 1) == "the" and end + 2 < len(ctx.tokens) and \
            ctx.tokens[end + 2].capitalised:
        return None  # "273 votes over Vuyo Zungula of the African Transformation Movement": a member of a body
    if ctx.word(start - 1) == "," and ctx.word(start - 2) in CITY_NOUNS and ctx.word(end) in (",", ".") and \
            ctx.word(start - 3).lower() not in OPENING_PREPOSITIONS and not _another_known_capital(ctx, start, end) \
            and not KNOWN_AS_AFTER.match(ctx.text, ctx.tokens[end].end):
        return EntityKind.CITY  # "the Maldives capital, Male,": the capital's name (not "… seized the city, Lena
        # Okafor, known as Hemedti, said": someone opening the main clause)
    preposition = before[1] if before[2] == "the" or before[2] in ctx.lexicon.place_adjectives else before[2]
    if before[1] in ctx.lexicon.place_adjectives and before[0] == "the":
        preposition = ctx.word(start - 4).lower()  # "off the southern Peloponnese"
    at = start - (1 + (before[2] == "the"))
    if preposition == "from" and ctx.word(at - 1).lower() in MEMBERS_FROM:
        return None  # "delegations from Meklat and Qirat": whom they belong to, not where they came from
    if preposition == "at" and ctx.word(at - 1).lower() in WORKPLACE_ROLES and not ctx.tokens[end - 1].possessive:
        return None  # "an economist at Berenberg": a company
    if preposition == "into" and ctx.word(at - 1).lower() in INQUIRY_NOUNS:
        return None  # "an inquiry into Christos Triantopoulos": whom it looks into, no place
    struck = ctx.word(start - 1).lower() in STRIKE_VERBS and _struck(ctx, start - 1)  # "rockets hit Kiryat Shmona"
    if preposition in ctx.lexicon.locative_prepositions | ctx.lexicon.arrival_verbs | PLACE_OBJECT_VERBS and \
            not _aimed_at(ctx, start - 1 - (before[2] == "the")) or \
            _listed_after_place_plural(ctx, start - 1) or struck or \
            end == start + 1 and _listed_with_places(ctx, start, end) or \
            _paired_with_an_unknown_place(ctx, start):  # two words may be someone listed after a known place
        return EntityKind.OTHER
    if preposition in ("to", "from") and not (at > 0 and ctx.tokens[at - 1].capitalised) and _after_movement(ctx, at):
        return EntityKind.OTHER  # "the army withdrew from Sirte", not "the Peace to Prosperity workshop"
    if preposition == "from" and ctx.word(at - 1).lower() in FROM_A_PLACE:
        return EntityKind.OTHER  # "Speaking from the Grand Foyer of the White House"
    return None


WORD_BEFORE = re.compile(r"(\w+)\W*\Z")
KNOWN_AS_AFTER = re.compile(r"\s*" + KNOWN_AS_WORDS + r"\b")
AGED_AFTER = re.compile(r"\s+(?:[0-9]{1,3}\s*,|(?:the|a|an)\s+[0-9]{1,3}-year-old\b)")
LOOK_BACK_CHARS = 30
PARTS_OF_A_TOWN = frozenset("streets outskirts suburbs centre center heart edge ruins residents".split())
# People sent by a body: "from" after them names the body ("officials from Meklat"), not a place.
MEMBERS_FROM = frozenset("delegation delegations delegate delegates official officials representative representatives "
                         "envoy envoys leader leaders member members negotiator negotiators figures".split())


def _second_of_a_stretch(ctx: SentenceContext, start: int) -> bool:
    """The name after "and" in "the area between X and Y", once X is read as a place."""
    if ctx.word(start - 1) != "and" or not ctx.mentions:
        return False
    first = ctx.mentions[-1]
    index = bisect.bisect_left(ctx.tokens, first.start, key=lambda token: token.start)  # (an endless sentence of
    # "X and Y" stays linear)
    return first.kind is EntityKind.OTHER and ctx.word(index - 1) == "between"


def is_place_run(ctx: SentenceContext, start: int, end: int) -> bool:
    return ctx.gazetteer.lookup(ctx.span(start, end)) != ()


def _before_a_thing_named(ctx: SentenceContext, i: int) -> bool:
    """"Shahed drones", "Iskander missiles": a capitalised word before a common noun that names no people."""
    following = ctx.word(i + 1)
    return following.isalpha() and following.islower() and following not in ctx.lexicon.group_nouns and \
        following not in PEOPLE_NOUNS


PEOPLE_NOUNS = frozenset("militia militias movement party group forces troops army".split())


def starts_person_name(ctx: SentenceContext, i: int) -> bool:
    """A place name followed by a capitalised non-title word may be a first name ("Israel Katz")."""
    token = ctx.tokens[i] if i < len(ctx.tokens) else None
    if token is None or not (token.is_word and token.capitalised) or token.text in CALENDAR_WORDS:
        return False
    given_name = ctx.word(i - 2).lower() not in LOCATIVE_BEFORE and \
        not any(e.form == "demonym" for e in ctx.gazetteer.lookup(ctx.tokens[i - 1].bare))
    last = i + 1 if given_name and _second_surname(ctx, i + 1) else i  # "Vladimir Padrino Lopez said", not
    # "Gaza City Hall", "Indian Standard Time" or "the ambassador in Moscow Michael McFaul"
    town_first = all(e.kind is EntityKind.CITY and not e.is_capital for e in ctx.gazetteer.lookup(ctx.word(i - 1)))
    return _a_surname(ctx, i, towns_too=town_first) and \
        not (last + 1 < len(ctx.tokens) and ctx.tokens[last + 1].capitalised)  # ("Nelson Mandela": two towns'
    # names, a given name and a surname)


LOCATIVE_BEFORE = frozenset({"in", "at", "to", "from", "near", "of", "outside", "inside", "the"})


def _second_surname(ctx: SentenceContext, i: int) -> bool:
    """A second surname ends the name: a word no title, body or known word, and a town at most ("Lopez")."""
    return i < len(ctx.tokens) and not ctx.tokens[i - 1].possessive and \
        _a_surname(ctx, i, towns_too=True)


def _a_surname(ctx: SentenceContext, i: int, towns_too: bool = False) -> bool:
    token, lexicon = ctx.tokens[i], ctx.lexicon
    blocked = lexicon.titles | lexicon.title_heads | lexicon.honorifics | lexicon.organisation_heads
    places = ctx.gazetteer.lookup(token.bare)
    known = any(not (towns_too and e.kind is EntityKind.CITY and not e.is_capital) for e in places)
    return token.is_word and token.capitalised and token.text not in CALENDAR_WORDS and token.bare not in blocked \
        and not token.text.isupper() and not known \
        and token.bare.lower() not in ctx.lowercase_words and titles_end(ctx, i) == i
