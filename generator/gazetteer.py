"""Countries, capitals, cities, seas and regions, by the words news text uses for them.

Countries come from ``pycountry`` (which countries exist, their ISO names) and
``countryinfo`` (short names, alternative spellings, demonyms, capitals and
coordinates), read at run time. Cities come from ``data/cities.tsv`` (GeoNames,
made by ``tools/build_cities.py``); seas and regions from ``data/places.yml``;
provinces, states and other first-level subdivisions ("Punjab", "Scotland",
"Alaska") from ``pycountry``'s ISO 3166-2 list, after everything else.

``countryinfo``'s capital coordinates are often wrong (Dili sits in New Delhi,
St. George's in France, Douglas in Illinois), so a capital is matched to its
GeoNames city and takes that city's coordinates and key; ``countryinfo``'s
values are only the fallback for a capital GeoNames does not list.
"""
from __future__ import annotations

import csv
import functools
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pycountry
import yaml
from countryinfo import CountryInfo

from generator.model import EntityKind
from generator.slugs import fold, slugify

DATA = Path(__file__).resolve().parent / "data"
CITIES_FILE = DATA / "cities.tsv"
PLACES_FILE = DATA / "places.yml"
CITY_NAMES_FILE = DATA / "city_names.yml"
CITY_COLUMNS = ("geonameid", "name", "asciiname", "country_iso2", "latitude", "longitude", "population")

# News spellings the packages lack or that the 2-3 letter code rule drops.
NEWS_NAMES: Mapping[str, tuple[str, ...]] = {
    "USA": ("US", "U.S.", "USA", "U.S.A.", "America"),
    "GBR": ("UK", "U.K.", "Britain"),
    "ARE": ("UAE", "U.A.E."),
    "PRK": ("DPRK",),
    "COD": ("DRC",),
    "MMR": ("Burma",),
    "VAT": ("Vatican",),
    "KOR": ("ROK",),
    "CHN": ("PRC",),
    "PNG": ("PNG",),
}
# Short names pycountry and countryinfo both have but the rule in
# canonical_name cannot pick: pycountry's name is the formal one and has no
# common_name ("Russian Federation", "Brunei Darussalam").
NAME_OVERRIDES: Mapping[str, str] = {"RUS": "Russia", "BRN": "Brunei"}
# States that act in the news but that ISO 3166 (and so pycountry and countryinfo) leave out: Kosovo under
# the user-assigned code in common use, de facto states under codes of the same user-assigned range (X..);
# with what countryinfo would give for them.
UNLISTED_STATES: tuple[tuple[SimpleNamespace, Mapping[str, Any]], ...] = (
    (SimpleNamespace(alpha_3="XKX", name="Kosovo", official_name="Republic of Kosovo"),
     {"latlng": [42.6, 20.9], "demonym": "Kosovar", "population": 1_800_000}),
    (SimpleNamespace(alpha_3="XSL", name="Somaliland", official_name="Republic of Somaliland"),
     {"latlng": [9.6, 45.0], "population": 4_000_000}),
    (SimpleNamespace(alpha_3="XTR", name="Transnistria", official_name="Pridnestrovian Moldavian Republic"),
     {"latlng": [47.2, 29.4], "population": 350_000}),
    (SimpleNamespace(alpha_3="XAB", name="Abkhazia", official_name="Republic of Abkhazia"),
     {"latlng": [43.0, 41.0], "population": 240_000}),
    (SimpleNamespace(alpha_3="XSO", name="South Ossetia", official_name="Republic of South Ossetia"),
     {"latlng": [42.3, 44.0], "population": 50_000}),
    (SimpleNamespace(alpha_3="XNC", name="Northern Cyprus", official_name="Turkish Republic of Northern Cyprus"),
     {"latlng": [35.25, 33.6], "population": 380_000}),
)
# Adjectives in everyday news use that countryinfo spells otherwise
# ("Saudi Arabian", "Kazakhstani", "Tadzhik").
NEWS_ADJECTIVES: Mapping[str, str] = {"USA": "U.S.", "PHL": "Philippine", "NZL": "New Zealand"}  # "U.S. Congress",
# "Philippine Senate", "New Zealand police": not "American Congress", "Filipino Senate", "New Zealander police"
NEWS_DEMONYMS: Mapping[str, tuple[str, ...]] = {
    "SAU": ("Saudi",),
    "KAZ": ("Kazakh",),
    "KGZ": ("Kyrgyz",),
    "TJK": ("Tajik",),
    "UZB": ("Uzbek",),
    "AZE": ("Azeri",),
    "BLR": ("Belarussian", "Belarusian"),
    "ARE": ("Emirati",),
    "PRK": ("North Korean",),
    "KOR": ("South Korean",),
    "ARG": ("Argentine", "Argentinian"),
    "PHL": ("Philippine",),
    "GBR": ("Briton",),
    "ECU": ("Ecuadorian",),
    "SLV": ("Salvadorean",),
    "THA": ("Thai",),
    "NPL": ("Nepali",),
    "MDV": ("Maldivian",),
    "TGO": ("Togolese",),
    "SVN": ("Slovenian",),
    "MNE": ("Montenegrin",),
    "ISL": ("Icelandic",),
}

# A city surface is dropped when it reads as an ordinary word or a person's
# name more often than as the place: "Reading the report", "Nice to see",
# "Victoria said". General English: function words, then everyday words that
# GeoNames also uses as place names, then common given names.
# A country's body by its key, as ``extract.places`` forms it: "org:country:LKA:police"
NATIONAL_BODY_KEY = re.compile(r"org:country:(?P<code>[A-Z]{3}):(?P<body>[a-z][a-z ]*)")
BODY_TITLES = {"military": ("Army", "Armed Forces")}  # "military" is the key of all three
PORTFOLIO_TITLES = {"foreign": "Foreign Affairs"}  # "the foreign ministry": the Ministry of Foreign Affairs
NAMED_WITH_THE = re.compile(r"^United\b|\b(?:Republic|Kingdom|Islands|Emirates|Netherlands|Philippines)$")
INITIALS = re.compile(r"[A-Z](?:\.?[A-Z])+\.?")  # "US", "U.S.", "UAE": a country by its initials
MIN_SINGLE_WORD_CITY = 4
SHORT_NAMED_CITY = 700_000  # a three-letter name is read as the city only for one this big
COMMON_WORDS = frozenset({
    "about", "after", "again", "against", "also", "among", "and", "another", "any", "are", "around", "back",
    "because", "been", "before", "being", "below", "between", "both", "but", "can", "come", "could", "down",
    "during", "each", "even", "every", "few", "first", "for", "from", "further", "good", "great", "had", "has",
    "have", "her", "here", "high", "him", "his", "how", "into", "its", "just", "last", "like", "long", "made",
    "make", "many", "may", "might", "more", "most", "much", "must", "near", "never", "new", "next", "now", "off",
    "old", "once", "one", "only", "other", "our", "out", "over", "own", "said", "same", "says", "see", "she",
    "should", "since", "some", "still", "such", "than", "that", "the", "their", "them", "then", "there", "these",
    "they", "this", "those", "through", "too", "two", "under", "until", "upon", "very", "was", "way", "well",
    "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "year", "yet",
    "you", "your", "bath", "best", "big", "bridge", "cape", "centre", "city", "coast", "commonwealth", "corona",
    "deal", "east", "enterprise", "fair", "female", "field", "forest", "freedom", "friendship", "harbour", "haven",
    "hope", "hub", "independence", "island", "justice", "lake", "liberty", "male", "man", "march", "mango", "metro",
    "mission", "mobile", "mount", "nice", "north", "oral", "orange", "paradise", "peace", "pest", "port",
    "progress", "queens", "reading", "riverside", "sale", "south", "split", "springs", "surprise", "union", "unity",
    "valley", "victory", "west", "woodlands", "alliance", "central", "marina", "police", "republic", "summit"
})
GIVEN_NAMES = frozenset({
    "Adam", "Alan", "Albert", "Alexander", "Alexandra", "Alice", "Amanda", "Amelia", "Andrew", "Angela", "Anna",
    "Anne", "Anthony", "Arthur", "Aurora", "Austin", "Barbara", "Benjamin", "Brian", "Carl", "Carol", "Carolina",
    "Caroline", "Catherine", "Charles", "Charlotte", "Christopher", "Claire", "Daniel", "David", "Deborah",
    "Dennis", "Diana", "Donald", "Douglas", "Edward", "Elizabeth", "Emily", "Emma", "Eric", "Eugene", "Florence",
    "Frank", "Gary", "George", "Gilbert", "Grace", "Harry", "Helen", "Henry", "Isabella", "Jack", "Jackson",
    "James", "Jane", "Jason", "Jennifer", "Jessica", "John", "Joseph", "Joshua", "Julia", "Kennedy", "Kevin",
    "Laura", "Lawrence", "Lincoln", "Linda", "Louis", "Lucy", "Madison", "Margaret", "Maria", "Mark", "Martin",
    "Mary", "Matthew", "Michael", "Nancy", "Olivia", "Orlando", "Patricia", "Paul", "Peter", "Philip", "Preston",
    "Rachel", "Raymond", "Regina", "Richard", "Robert", "Ronald", "Ruth", "Samuel", "Sarah", "Sophia", "Stanley",
    "Stephen", "Steven", "Susan", "Thomas", "Timothy", "Victoria", "Walter", "William"
})
# How close (km) countryinfo's capital point must be to a GeoNames city of the
# same country to identify it when the names differ ("Nur-Sultan" → Astana).
CAPITAL_RADIUS_KM = 10.0

FORM_NAME, FORM_ALIAS, FORM_DEMONYM = "name", "alias", "demonym"
FORM_CAPITAL, FORM_CITY, FORM_PLACE, FORM_SUBDIVISION = "capital", "city", "place", "subdivision"
# Order of entries under one surface: countries, capitals, cities, places, subdivisions.
GROUP_ORDER = {FORM_NAME: 0, FORM_ALIAS: 0, FORM_DEMONYM: 0, FORM_CAPITAL: 1, FORM_CITY: 2, FORM_PLACE: 3,
               FORM_SUBDIVISION: 4}
# A town abroad this small does not take a state's or province's name from it ("Florida", a town in Cuba).
SMALL_TOWN = 200_000
# A one-word subdivision name needs this many letters ("Mon", "Tak", "Nara" read as other words).
MIN_SINGLE_WORD_SUBDIVISION = 5
# Subdivision names that news uses as ordinary words, directions or other things ("the Central
# Bank", "Gulf states", "Balkan leaders", "Batman").
SUBDIVISION_STOPWORDS = frozenset({
    "Central", "Centrale", "Centre", "Coast", "Delta", "Eastern", "Northern", "Southern", "Western", "Gulf",
    "Lakes", "Littoral", "Plateau", "Plateaux", "Rivers", "Balkan", "Batman", "Cascade", "Cascades", "Store",
    "Nelson", "Maine", "Isabel", "Portland", "Savannah", "Toledo", "Virginia", "Montana", "Sahel",
    "Midlands", "Capital", "Highlands", "Islands", "Border", "Frontier", "Interior", "Maritime", "Atlantique",
    "Atlantico", "Atlantida", "Principe", "Santander", "Herrera", "Morazan", "Bolivar", "Colon", "Miranda",
    "Sucre", "Cortes", "Rivera", "Flores", "Guerrero", "Hidalgo", "Lempira", "Falcon", "Martin",
})


@dataclass(frozen=True)
class GazetteerEntry:
    """One thing a surface form can name. ``form`` says how the surface matched."""

    key: str  # "country:IRN", "city:112931", "capital:PLW", "place:persian-gulf"
    name: str
    kind: EntityKind
    form: str  # "name" | "alias" | "demonym" | "capital" | "city" | "place"
    coordinates: tuple[float, float] | None
    country: str | None = None  # ISO3 of a city's country, or of the country itself
    is_capital: bool = False
    population: int = 0


@dataclass(frozen=True)
class City:
    """A row of ``cities.tsv``."""

    geonameid: int
    name: str
    asciiname: str
    country: str | None  # ISO3; None for codes pycountry lacks (Kosovo's XK)
    coordinates: tuple[float, float]
    population: int


@dataclass(frozen=True)
class Gazetteer:
    """Surface form → entries, plus each country's own entry and capital."""

    surfaces: Mapping[str, tuple[GazetteerEntry, ...]] = field(repr=False)
    countries: Mapping[str, GazetteerEntry] = field(repr=False)
    capitals: Mapping[str, GazetteerEntry] = field(repr=False)
    max_words: int
    names: Mapping[str, tuple[str, ...]] = field(repr=False, default_factory=dict)
    demonyms: Mapping[str, tuple[str, ...]] = field(repr=False, default_factory=dict)
    openings: Mapping[str, int] = field(repr=False, default_factory=dict)

    def pieces_from(self, word: str) -> int:
        """At most how many tokens a surface opening with ``word`` has (0: none opens with it): most
        capitalised words open no place, and the lookup need not try ten spans to find that out."""
        return self.openings.get(word, 0)

    def lookup(self, surface: str) -> tuple[GazetteerEntry, ...]:
        """Every entry for an exact, case-sensitive surface ("Iran’s" finds nothing)."""
        return self.surfaces.get(surface, ())

    def country(self, iso3: str) -> GazetteerEntry:
        """The country with ISO 3166 alpha-3 code ``iso3``; KeyError if unknown."""
        return self.countries[iso3]

    def capital_of(self, iso3: str) -> GazetteerEntry | None:
        return self.capitals.get(iso3)

    def names_of(self, key: str) -> tuple[str, ...]:
        """Every name and alias (not demonym) of the thing with ``key``: "Turkey", "Turkiye"…; of a country's
        body ("org:country:LKA:police"), the ways it is formally named ("Sri Lanka Police", "Police of Sri
        Lanka")."""
        body = NATIONAL_BODY_KEY.fullmatch(key)
        if body is not None and body["code"] in self.countries:
            return self._body_names(self.countries[body["code"]], body["body"])
        return self.names.get(key, ())

    def _body_names(self, country: GazetteerEntry, body: str) -> tuple[str, ...]:
        """"Sri Lanka Police", "Sri Lankan Police", "Police of Sri Lanka"; a ministry also by its full title
        ("Turkish Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Türkiye"), a military as the
        country's army and armed forces ("Israeli Armed Forces")."""
        adjective = self.adjective_of(country.key)
        of_country = f"the {country.name}" if NAMED_WITH_THE.search(country.name) else country.name
        short = [name for name in self.names.get(country.key, ()) if INITIALS.fullmatch(name)]  # "U.S. Congress"
        names = {f"{country.name} {body.title()}", f"{adjective} {body.title()}", f"{body.title()} of {of_country}",
                 *(f"{initials} {body.title()}" for initials in short)}
        portfolio = body.removesuffix(" ministry") if body.endswith(" ministry") else None
        titles = [f"Ministry of {PORTFOLIO_TITLES.get(portfolio, portfolio.title())}"] if portfolio else []
        names |= {f"{named} {title}" for title in titles + list(BODY_TITLES.get(body, ()))
                  for named in (adjective, country.name)}  # "Israeli Armed Forces", "Burkina Faso Armed Forces"
        return tuple(sorted(names | {f"{title} of {of_country}" for title in titles}))

    def adjective_of(self, key: str) -> str:
        """The word news puts before a country's bodies: "Kenyan police", "U.S. Congress"."""
        country = self.countries.get(key.removeprefix("country:"))
        return NEWS_ADJECTIVES.get(key.removeprefix("country:")) or next(iter(self.demonyms_of(key)), None) or \
            (country.name if country is not None else key)

    def demonyms_of(self, key: str) -> tuple[str, ...]:
        """The adjectives and plurals of a country: "Iranian", "Iranians"."""
        return self.demonyms.get(key, ())


class _Index:
    """Collects entries by surface; the first form given for a key under a surface wins."""

    def __init__(self) -> None:
        self._entries: dict[str, dict[str, tuple[tuple, GazetteerEntry]]] = {}

    def add(self, surfaces: Iterable[str], entry: GazetteerEntry, population: int = 0,
            group: str | None = None) -> None:
        """``group``: rank the entry as that form would be (a subdivision put before small foreign towns)."""
        rank = (GROUP_ORDER[group or entry.form], -population, entry.key)
        for surface in surfaces:
            self._entries.setdefault(surface, {}).setdefault(entry.key, (rank, entry))

    def __contains__(self, surface: str) -> bool:
        return surface in self._entries

    def entries(self, surface: str) -> list[GazetteerEntry]:
        return [entry for _, entry in self._entries.get(surface, {}).values()]

    def freeze(self) -> dict[str, tuple[GazetteerEntry, ...]]:
        return {surface: tuple(entry for _, entry in sorted(by_key.values(), key=lambda item: item[0]))
                for surface, by_key in sorted(self._entries.items())}


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built once per process; the same input always gives the same lookups."""
    index = _Index()
    records = _countryinfo_records()
    cities = _read_cities()
    countries = {}
    capitals = {}
    records.update({state.alpha_3: record for state, record in UNLISTED_STATES})
    for country in sorted([*pycountry.countries, *(state for state, _ in UNLISTED_STATES)], key=lambda c: c.alpha_3):
        record = records.get(country.alpha_3, {})
        countries[country.alpha_3] = _add_country(index, country, record)
        found = _capital(country.alpha_3, record, cities)
        if found is not None:
            capital, surfaces, population = found
            capitals[country.alpha_3] = capital
            index.add(surfaces, capital, population)
    _add_demonyms(index, countries, records)
    other_names = _read_city_names()
    for capital in capitals.values():
        _english, aliases = other_names.pop((capital.country, capital.name), (None, []))
        index.add(_with_folds(aliases), capital)
    _add_cities(index, cities, {entry.key for entry in capitals.values()}, other_names)
    _add_places(index, _read_places())
    _add_subdivisions(index)
    surfaces = index.freeze()
    names: dict[str, list[str]] = {}
    demonyms: dict[str, list[str]] = {}
    for surface, entries in surfaces.items():
        for entry in entries:
            if entry.form in (FORM_NAME, FORM_ALIAS, FORM_PLACE, FORM_SUBDIVISION):
                names.setdefault(entry.key, []).append(surface)
            elif entry.form == FORM_DEMONYM:
                demonyms.setdefault(entry.key, []).append(surface)
    return Gazetteer(surfaces, countries, capitals, max(len(surface.split()) for surface in surfaces),
                     {key: tuple(sorted(values)) for key, values in names.items()},
                     {key: tuple(sorted(values)) for key, values in demonyms.items()}, _openings(surfaces))


def _openings(surfaces: Iterable[str]) -> dict[str, int]:
    """First word (as split by spaces, and as its first letters-only piece) → the most pieces (words and
    punctuation marks) a surface opening with it has: an upper bound on its tokens."""
    openings: dict[str, int] = {}
    for surface in surfaces:
        pieces = re.findall(r"\w+|[^\w\s]", surface)
        if not pieces:
            continue
        for first in {surface.split()[0], pieces[0]}:
            openings[first] = max(openings.get(first, 0), len(pieces))
    return openings


# Countries ---------------------------------------------------------------------------------------

def _countryinfo_records() -> dict[str, dict[str, Any]]:
    """One countryinfo record per ISO alpha-3 code.

    countryinfo holds several records for some codes (Wales is filed under
    GBR, Burma under MMR; Palestine, the Vatican and Curaçao appear twice):
    the record with the most of the fields used here wins, then one that
    pycountry names the same way, then the first by name.
    """
    by_code: dict[str, list[dict[str, Any]]] = {}
    for record in CountryInfo.all().values():
        code = (record.get("ISO") or {}).get("alpha3")
        if code:
            by_code.setdefault(code, []).append(record)
    records = {}
    for country in pycountry.countries:
        own_names = {getattr(country, attr, None) for attr in ("name", "official_name", "common_name")}
        candidates = by_code.get(country.alpha_3, [])
        if candidates:
            records[country.alpha_3] = min(candidates, key=lambda record: _record_rank(record, own_names))
    return records


def _record_rank(record: dict[str, Any], own_names: set[str]) -> tuple[int, bool, str]:
    present = sum(bool(record.get(name)) for name in ("latlng", "capital_latlng", "demonym", "altSpellings"))
    return -present, record["name"] not in own_names, record["name"]


def canonical_name(country: Any, record: Mapping[str, Any]) -> str:
    """The name a newspaper uses.

    NAME_OVERRIDES first; then pycountry's common name; else the first of
    pycountry's name, countryinfo's name and pycountry's official name that is
    not inverted ("Iran, Islamic Republic of", "Virgin Islands, British"), less
    any parenthetical ("Holy See (Vatican City State)" → "Holy See").
    """
    if country.alpha_3 in NAME_OVERRIDES:
        return NAME_OVERRIDES[country.alpha_3]
    if getattr(country, "common_name", None):
        return country.common_name
    candidates = (country.name, record.get("name"), getattr(country, "official_name", None))
    names = [_drop_parenthetical(name) for name in candidates if name]
    return next((name for name in names if "," not in name), country.name)


def _drop_parenthetical(name: str) -> str:
    """"Falkland Islands (Malvinas)" → "Falkland Islands"."""
    return re.sub(r"\s*\([^)]*\)", "", name).strip()


def _add_country(index: _Index, country: Any, record: Mapping[str, Any]) -> GazetteerEntry:
    name = canonical_name(country, record)
    entry = GazetteerEntry(f"country:{country.alpha_3}", name, EntityKind.COUNTRY, FORM_NAME,
                           _point(record.get("latlng")), country.alpha_3)
    population = record.get("population") or 0
    index.add([name], entry, population)
    aliases = [getattr(country, attr, None) for attr in ("name", "official_name", "common_name")]
    aliases += [record.get("name"), *(record.get("altSpellings") or [])]
    demonyms = set(_demonyms(country.alpha_3, record))  # ("Thai" is listed as a name of Thailand too)
    usable = [_drop_parenthetical(alias) for alias in aliases
              if alias and _usable_alias(alias.strip()) and alias.strip() not in demonyms]
    surfaces = _with_folds([*usable, *NEWS_NAMES.get(country.alpha_3, ()), name])
    index.add(surfaces, replace(entry, form=FORM_ALIAS), population)
    return entry


def _usable_alias(alias: str) -> bool:
    """Whether an alias can appear as written in English running text.

    Dropped: inverted names ("Korea, Republic of"), 2-3 letter codes (NEWS_NAMES
    puts back the ones news uses), fragments that do not start with a capital
    ("the Abode of Peace") and names in non-Latin scripts.
    """
    return (alias[:1].isupper() and "," not in alias and not re.fullmatch(r"[A-Z]{2,3}", alias)
            and all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in alias))


def _add_demonyms(index: _Index, countries: Mapping[str, GazetteerEntry],
                  records: Mapping[str, Mapping[str, Any]]) -> None:
    """Demonyms ("Iranian") and their plurals ("Iranians") for demonyms ending in -i or -an.

    countryinfo gives some demonyms to several codes ("French" to France and
    four overseas departments, "Chinese" to Hong Kong and Macao): the most
    populous country keeps such a demonym.
    """
    claims: dict[str, tuple[int, str]] = {}
    for code in sorted(countries):
        population = records.get(code, {}).get("population") or 0
        for demonym in _demonyms(code, records.get(code, {})):
            if demonym not in claims or population > claims[demonym][0]:
                claims[demonym] = (population, code)
    for demonym, (population, code) in sorted(claims.items()):
        plural = [demonym + "s"] if demonym.endswith(("i", "an")) else []
        index.add(_with_folds([demonym, *plural]), replace(countries[code], form=FORM_DEMONYM), population)


def _demonyms(code: str, record: Mapping[str, Any]) -> list[str]:
    """countryinfo writes two demonyms as "Antiguan,Barbudan"."""
    given = [part.strip() for part in (record.get("demonym") or "").split(",")]
    return [demonym for demonym in [*given, *NEWS_DEMONYMS.get(code, ())] if demonym]


# Capitals and cities -----------------------------------------------------------------------------

def _read_cities() -> dict[str | None, list[City]]:
    """Cities by ISO3 country code (None for a code pycountry lacks)."""
    by_country: dict[str | None, list[City]] = {}
    iso3 = {country.alpha_2: country.alpha_3 for country in pycountry.countries}
    with open(CITIES_FILE, encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        column = {name: number for number, name in enumerate(next(rows))}
        geonameid, name, asciiname, iso2, latitude, longitude, population = (column[c] for c in CITY_COLUMNS)
        for row in rows:
            city = City(int(row[geonameid]), row[name], row[asciiname], iso3.get(row[iso2]),
                        (float(row[latitude]), float(row[longitude])), int(row[population]))
            by_country.setdefault(city.country, []).append(city)
    return by_country


def _capital(code: str, record: Mapping[str, Any], cities: Mapping[str | None, list[City]],
             ) -> tuple[GazetteerEntry, list[str], int] | None:
    """The capital's entry, surface forms and population, or None if countryinfo names none.

    Where countryinfo lists several capitals ("Kralendijk / Oranjestad / The
    Bottom") the first is taken.
    """
    names = _capital_names(record.get("capital"))
    if not names:
        return None
    point = _point(_first_point(record.get("capital_latlng")))
    city = _match_city(names, point, cities.get(code, []))
    if city is None:
        entry = GazetteerEntry(f"capital:{code}", names[0], EntityKind.CITY, FORM_CAPITAL, point, code, True)
        return entry, _city_surfaces(names), 0
    entry = GazetteerEntry(f"city:{city.geonameid}", city.name, EntityKind.CITY, FORM_CAPITAL,
                           city.coordinates, code, True)
    return entry, _city_surfaces([*names, city.name, city.asciiname]), city.population


def _capital_names(value: str | list[str] | None) -> list[str]:
    parts = value if isinstance(value, list) else (value or "").split(" / ")
    return [part.strip() for part in parts if part.strip()][:1]


def _first_point(value: Any) -> Any:
    return value[0] if value and isinstance(value[0], list) else value


def _match_city(names: list[str], point: tuple[float, float] | None, cities: list[City]) -> City | None:
    """The GeoNames city a capital is: same name once folded, else the nearest within CAPITAL_RADIUS_KM."""
    named = [city for city in cities if city.name in names or city.asciiname in names]  # the usual case, cheaply
    if not named:
        keys = {_match_key(name) for name in names}
        named = [city for city in cities if _match_key(city.name) in keys or _match_key(city.asciiname) in keys]
    if named:
        return max(named, key=lambda city: (city.population, -city.geonameid))
    if point is None:
        return None
    near = [(_distance_km(point, city.coordinates), city.geonameid, city) for city in cities]
    near = [item for item in near if item[0] <= CAPITAL_RADIUS_KM]
    return min(near)[2] if near else None


@functools.lru_cache(maxsize=None)
def _match_key(name: str) -> str:
    """"St. George's" and "Saint George’s" both become "saintgeorges"."""
    text = re.sub(r"^st\.?\s", "saint ", fold(name).lower())
    return re.sub(r"[^a-z0-9]", "", text)


def _distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _add_cities(index: _Index, cities: Mapping[str | None, list[City]], capital_keys: set[str],
                other_names: dict[tuple[str, str], tuple[str | None, list[str]]]) -> None:
    """Every city but the capitals, under its GeoNames names and the other English names ``other_names``
    gives it (taken out as they are used: any left name no city)."""
    for city in (city for group in cities.values() for city in group):
        key = f"city:{city.geonameid}"
        if key in capital_keys:
            continue
        english, aliases = other_names.pop((city.country, city.name), (None, []))
        english = english or _without_a_city_suffix(city)
        entry = GazetteerEntry(key, english or city.name, EntityKind.CITY, FORM_CITY, city.coordinates, city.country,
                               population=city.population)
        index.add([*_city_surfaces([city.name, city.asciiname, *([english] if english else [])], city.population),
                   *_with_folds(aliases)], entry, city.population)
    if other_names:
        raise ValueError(f"{CITY_NAMES_FILE.name}: no such city in {CITIES_FILE.name}: {sorted(other_names)[0]}")


def _without_a_city_suffix(city: City) -> str | None:
    """The English name of a city GeoNames names with its own language's word for "city" ("Nara-shi": Nara)."""
    suffix = CITY_SUFFIXES.get(city.country or "")
    return city.name.removesuffix(suffix) if suffix and city.name.endswith(suffix) else None


CITY_SUFFIXES = {"JPN": "-shi"}


def _read_city_names() -> dict[tuple[str, str], tuple[str | None, list[str]]]:
    """``city_names.yml`` by (country, GeoNames name): the English name used instead, if any, and other names."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(CITY_NAMES_FILE, encoding="utf-8") as handle:
        by_country = yaml.load(handle, Loader=loader)
    return {(code, name): (other.get("name"), other.get("aliases", [])) if isinstance(other, dict) else (None, other)
            for code, named in by_country.items() for name, other in named.items()}


def _city_surfaces(names: Iterable[str], population: int = 0) -> list[str]:
    names = list(dict.fromkeys(names))  # a name and its ASCII spelling are mostly one: fold it once
    names += [f"St. {name[len('Saint '):]}" for name in names if name.startswith("Saint ")]  # "St. Paul"
    return [surface for surface in _with_folds(names) if _usable_city_surface(surface, population)]


def _usable_city_surface(surface: str, population: int = 0) -> bool:
    """False for names read as other words: a one-word name under MIN_SINGLE_WORD_CITY
    letters ("Of", "Van"), unless a city of a million or so ("Qom", "Ufa"), a common English word
    ("Reading", "Nice") or a given name ("Victoria", "Jos")."""
    short = len(surface) < MIN_SINGLE_WORD_CITY and not (len(surface) == MIN_SINGLE_WORD_CITY - 1
                                                          and population >= SHORT_NAMED_CITY)
    if " " not in surface and short:
        return False
    return surface.lower() not in COMMON_WORDS and surface not in GIVEN_NAMES


# Places ------------------------------------------------------------------------------------------

def _read_places() -> list[dict[str, Any]]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(PLACES_FILE, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=loader)


def _add_places(index: _Index, places: list[dict[str, Any]]) -> None:
    for place in places:
        entry = GazetteerEntry(f"place:{slugify(place['name'])}", place["name"], EntityKind(place["kind"]),
                               FORM_PLACE, _point(place["coordinates"]))
        index.add(_with_folds([place["name"], *place["aliases"]]), entry)


# Subdivisions ------------------------------------------------------------------------------------

def _add_subdivisions(index: _Index) -> None:
    """First-level subdivisions of every country as regions, keyed by name: "Punjab" of India and of
    Pakistan is one entry, as a reader cannot tell them apart either. A name a country, city or place
    already has ("Tehran", the province and its capital) stays theirs alone."""
    for subdivision in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if subdivision.parent_code is not None:
            continue
        name = re.sub(r"\s*\[.*?\]", "", subdivision.name).strip()
        country = _iso3(subdivision.country_code)
        surfaces = _with_folds([name, name.replace(" and ", " & ")])
        entry = GazetteerEntry(f"region:{slugify(fold(name))}", fold(name), EntityKind.REGION, FORM_SUBDIVISION,
                               None, country)
        index.add([surface for surface in surfaces if _usable_subdivision_surface(surface) and surface not in index],
                  entry)
        index.add([surface for surface in surfaces if _usable_subdivision_surface(surface)
                   and _only_small_foreign_towns(index.entries(surface), country)], entry, group=FORM_NAME)


def _only_small_foreign_towns(entries: list[GazetteerEntry], country: str | None) -> bool:
    """"Florida", "Ontario": a state or province whose name only small towns abroad share is the state
    (but "Idlib", the province and its city, stays the city, and a capital is always the capital)."""
    return bool(entries) and all(entry.form == FORM_CITY and not entry.is_capital and entry.country != country
                                 and entry.population < SMALL_TOWN for entry in entries)


def _usable_subdivision_surface(surface: str) -> bool:
    if " " not in surface and (len(surface) < MIN_SINGLE_WORD_SUBDIVISION or surface in SUBDIVISION_STOPWORDS):
        return False
    return surface[:1].isupper() and _usable_city_surface(surface)


def _iso3(alpha_2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=alpha_2)
    return country.alpha_3 if country else None


# Helpers -----------------------------------------------------------------------------------------

def _with_folds(names: Iterable[str]) -> list[str]:
    """Each name followed by its accent-free spelling when that differs ("Türkiye", "Turkiye"),
    and "of the" names also without "the" ("Democratic Republic of Congo")."""
    result: list[str] = []
    for name in names:
        folded = fold(name)
        variants = (name, folded, name.replace(" of the ", " of "), folded.replace(" of the ", " of "))
        for surface in variants:
            if surface and surface not in result:
                result.append(surface)
    return result


def _point(value: Any) -> tuple[float, float] | None:
    if not value or len(value) != 2:
        return None
    return round(float(value[0]), 4), round(float(value[1]), 4)
