"""The gazetteer: countries, demonyms, capitals, cities, seas and regions by surface form."""
from __future__ import annotations

import csv
import math

import pytest

from generator.gazetteer import CITIES_FILE, GazetteerEntry, load_gazetteer
from generator.model import EntityKind


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def first(gazetteer, surface: str) -> GazetteerEntry:
    entries = gazetteer.lookup(surface)
    assert entries, f"{surface!r} is not in the gazetteer"
    return entries[0]


def near(point: tuple[float, float] | None, lat: float, lon: float, tolerance: float = 0.3) -> bool:
    return point is not None and math.dist(point, (lat, lon)) <= tolerance


@pytest.mark.parametrize(("surface", "key", "name", "form"), [
    ("Türkiye", "country:TUR", "Türkiye", "name"),
    ("Turkey", "country:TUR", "Türkiye", "alias"),
    ("Turkiye", "country:TUR", "Türkiye", "alias"),
    ("US", "country:USA", "United States", "alias"),
    ("U.S.", "country:USA", "United States", "alias"),
    ("United States", "country:USA", "United States", "name"),
    ("America", "country:USA", "United States", "alias"),
    ("UK", "country:GBR", "United Kingdom", "alias"),
    ("Britain", "country:GBR", "United Kingdom", "alias"),
    ("UAE", "country:ARE", "United Arab Emirates", "alias"),
    ("Islamic Republic of Iran", "country:IRN", "Iran", "alias"),
    ("Russian Federation", "country:RUS", "Russia", "alias"),
    ("Georgia", "country:GEO", "Georgia", "name"),
    ("Ivory Coast", "country:CIV", "Côte d'Ivoire", "alias"),
    ("Holy See", "country:VAT", "Holy See", "name"),
    ("Iranian", "country:IRN", "Iran", "demonym"),
    ("Qatari", "country:QAT", "Qatar", "demonym"),
    ("Turkish", "country:TUR", "Türkiye", "demonym"),
    ("American", "country:USA", "United States", "demonym"),
    ("Israeli", "country:ISR", "Israel", "demonym"),
    ("Israelis", "country:ISR", "Israel", "demonym"),
    ("Iranians", "country:IRN", "Iran", "demonym"),
    ("Chinese", "country:CHN", "China", "demonym"),
    ("French", "country:FRA", "France", "demonym"),
    ("Saudi", "country:SAU", "Saudi Arabia", "demonym"),
    ("Argentine", "country:ARG", "Argentina", "demonym"),
    ("Philippine", "country:PHL", "Philippines", "demonym"),
    ("Kosovo", "country:XKX", "Kosovo", "name"),  # a state ISO 3166 leaves out
    ("Kosovar", "country:XKX", "Kosovo", "demonym"),
    ("Somaliland", "country:XSL", "Somaliland", "name"),  # a de facto state
    ("ROK", "country:KOR", "South Korea", "alias"),  # a news abbreviation
    ("PRC", "country:CHN", "China", "alias"),
    ("PNG", "country:PNG", "Papua New Guinea", "alias"),
])
def test_country_surfaces(gazetteer, surface, key, name, form):
    entry = first(gazetteer, surface)
    assert (entry.key, entry.name, entry.kind, entry.form) == (key, name, EntityKind.COUNTRY, form)


@pytest.mark.parametrize(("iso3", "name"), [
    ("RUS", "Russia"), ("IRN", "Iran"), ("SYR", "Syria"), ("KOR", "South Korea"), ("PRK", "North Korea"),
    ("VNM", "Vietnam"), ("VEN", "Venezuela"), ("BOL", "Bolivia"), ("TZA", "Tanzania"), ("MDA", "Moldova"),
    ("LAO", "Laos"), ("TWN", "Taiwan"), ("TUR", "Türkiye"), ("USA", "United States"), ("PSE", "Palestine"),
    ("BRN", "Brunei"), ("FLK", "Falkland Islands"),
])
def test_canonical_country_names(gazetteer, iso3, name):
    assert gazetteer.country(iso3).name == name


def test_demonyms_shared_in_countryinfo_go_to_one_country(gazetteer):
    assert [entry.key for entry in gazetteer.lookup("French")] == ["country:FRA"]


@pytest.mark.parametrize(("demonym", "iso3"), [("Ecuadorian", "ECU"), ("Maldivian", "MDV"), ("Nepali", "NPL"),
                                              ("Slovenian", "SVN"), ("Salvadorean", "SLV")])
def test_demonyms_news_spells_otherwise_than_countryinfo(gazetteer, demonym, iso3):
    assert [(entry.key, entry.form) for entry in gazetteer.lookup(demonym)] == [(f"country:{iso3}", "demonym")]


@pytest.mark.parametrize(("surface", "iso3", "lat", "lon"), [
    ("Tehran", "IRN", 35.7, 51.4),
    ("Ankara", "TUR", 39.9, 32.9),
    ("Washington", "USA", 38.9, -77.0),
    ("Doha", "QAT", 25.3, 51.5),
    ("Dili", "TLS", -8.6, 125.6),  # countryinfo puts it in New Delhi
    ("Nur-Sultan", "KAZ", 51.2, 71.4),  # countryinfo's old name, matched to GeoNames' Astana
])
def test_capitals(gazetteer, surface, iso3, lat, lon):
    capital = next(entry for entry in gazetteer.lookup(surface) if entry.is_capital)
    assert (capital.kind, capital.form, capital.country) == (EntityKind.CITY, "capital", iso3)
    assert near(capital.coordinates, lat, lon)
    assert gazetteer.capital_of(iso3) == capital


def test_a_capital_is_its_geonames_city_not_a_second_entry(gazetteer):
    assert [entry.key for entry in gazetteer.lookup("Tehran")] == ["city:112931"]


@pytest.mark.parametrize(("surface", "iso3"), [
    ("Doha", "QAT"), ("Geneva", "CHE"), ("Jeddah", "SAU"), ("Istanbul", "TUR"), ("São Paulo", "BRA"),
    ("Sao Paulo", "BRA"),
])
def test_cities(gazetteer, surface, iso3):
    entry = first(gazetteer, surface)
    assert (entry.kind, entry.country) == (EntityKind.CITY, iso3)
    assert entry.key.startswith("city:") and entry.coordinates is not None


@pytest.mark.parametrize(("surface", "name", "iso3", "capital"), [
    ("Kiev", "Kyiv", "UKR", True), ("Odessa", "Odesa", "UKR", False), ("Bombay", "Mumbai", "IND", False),
    ("Zaporizhzhia", "Zaporizhzhia", "UKR", False), ("Zaporizhzhya", "Zaporizhzhia", "UKR", False),
    ("Leningrad", "Saint Petersburg", "RUS", False), ("Derna", "Derna", "LBY", False), ("Darnah", "Derna", "LBY", False),
    ("Misurata", "Misrata", "LBY", False),
    ("Nara", "Nara", "JPN", False), ("Nara-shi", "Nara", "JPN", False),  # a Japanese city without "-shi"
    ("Acapulco", "Acapulco", "MEX", False), ("Queretaro", "Querétaro", "MEX", False),  # without "de Juárez"
])
def test_a_city_s_other_english_names_find_it_under_the_name_english_copy_uses(gazetteer, surface, name, iso3,
                                                                               capital):
    entry = first(gazetteer, surface)
    assert (entry.name, entry.kind, entry.country, entry.is_capital) == (name, EntityKind.CITY, iso3, capital)


@pytest.mark.parametrize("surface", ["Of", "Split", "Reading", "Nice", "Mobile", "Commonwealth", "Victoria",
                                     "Van", "Gulf"])
def test_common_words_and_given_names_are_not_cities(gazetteer, surface):
    assert not [entry for entry in gazetteer.lookup(surface) if entry.kind is EntityKind.CITY]


@pytest.mark.parametrize(("surface", "key", "kind"), [
    ("Persian Gulf", "place:persian-gulf", EntityKind.SEA),
    ("Arabian Gulf", "place:persian-gulf", EntityKind.SEA),
    ("Gulf of Oman", "place:gulf-of-oman", EntityKind.SEA),
    ("Strait of Hormuz", "place:strait-of-hormuz", EntityKind.SEA),
    ("Mediterranean", "place:mediterranean-sea", EntityKind.SEA),
    ("Middle East", "place:middle-east", EntityKind.REGION),
    ("Horn of Africa", "place:horn-of-africa", EntityKind.REGION),
])
def test_places(gazetteer, surface, key, kind):
    entry = first(gazetteer, surface)
    assert (entry.key, entry.kind, entry.form) == (key, kind, "place")
    assert entry.coordinates is not None


def test_order_is_countries_then_capitals_then_cities_then_places(gazetteer):
    assert [entry.form for entry in gazetteer.lookup("Armenia")] == ["name", "city"]  # and Armenia, Colombia
    assert [entry.form for entry in gazetteer.lookup("Singapore")] == ["name", "capital"]
    assert [entry.form for entry in gazetteer.lookup("Gaza")] == ["city", "place"]
    kingstons = gazetteer.lookup("Kingston")  # Jamaica's, then Norfolk Island's
    assert [entry.country for entry in kingstons][:2] == ["JAM", "NFK"]


def test_possessives_are_not_stripped(gazetteer):
    assert gazetteer.lookup("Iran’s") == () and gazetteer.lookup("Türkiye's") == ()


def test_lookups_are_deterministic(gazetteer):
    load_gazetteer.cache_clear()
    rebuilt = load_gazetteer()
    assert rebuilt is not gazetteer
    assert rebuilt.surfaces == gazetteer.surfaces
    assert list(rebuilt.surfaces) == list(gazetteer.surfaces)


def test_max_words_covers_every_surface(gazetteer):
    assert gazetteer.max_words == max(len(surface.split()) for surface in gazetteer.surfaces)
    assert gazetteer.max_words >= 3


def test_every_country_has_a_name_and_unique_keys(gazetteer):
    assert len(gazetteer.countries) > 240
    assert all(entry.name and entry.key == f"country:{code}" for code, entry in gazetteer.countries.items())
    for entries in gazetteer.surfaces.values():
        assert len({entry.key for entry in entries}) == len(entries)


def test_cities_file_is_sorted_and_well_formed():
    with open(CITIES_FILE, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert list(rows[0]) == ["geonameid", "name", "asciiname", "country_iso2", "latitude", "longitude",
                             "population"]
    assert rows == sorted(rows, key=lambda row: (row["name"], int(row["geonameid"])))
    assert len({row["geonameid"] for row in rows}) == len(rows)


@pytest.mark.parametrize("surface, name", [("Scotland", "Scotland"), ("Punjab", "Punjab"), ("Alaska", "Alaska"),
                                           ("Jammu & Kashmir", "Jammu and Kashmir"), ("Preah Vihear", "Preah Vihear")])
def test_first_level_subdivisions_are_regions(gazetteer, surface, name):
    entry = gazetteer.lookup(surface)[0]
    assert (entry.name, entry.kind) == (name, EntityKind.REGION)


@pytest.mark.parametrize("surface, first", [("Ontario", "region:ontario"), ("Colorado", "region:colorado"),
                                            ("Idlib", "city:169389"), ("Tehran", "city:112931")])
def test_a_province_comes_before_small_towns_abroad_but_not_its_own_city(gazetteer, surface, first):
    assert gazetteer.lookup(surface)[0].key == first


@pytest.mark.parametrize("surface", ["Central", "Northern", "Balkan", "Lakes", "Nara", "Afar"])
def test_subdivision_names_read_as_ordinary_words_are_left_out(gazetteer, surface):
    assert [entry for entry in gazetteer.lookup(surface) if entry.form == "subdivision"] == []


@pytest.mark.parametrize("surface", ["Summit", "Alliance", "Police", "Central", "Republic"])
def test_towns_named_by_ordinary_words_are_left_out(gazetteer, surface):
    assert gazetteer.lookup(surface) == ()


def test_towns_down_to_fifteen_thousand_people_are_cities_with_their_population(gazetteer):
    entry = first(gazetteer, "Ashkelon")
    assert (entry.kind, entry.country, entry.form) == (EntityKind.CITY, "ISR", "city")
    assert 15_000 <= entry.population < 150_000


@pytest.mark.parametrize(("key", "names"), [
    ("org:country:KEN:police", {"Kenya Police", "Kenyan Police", "Police of Kenya"}),
    ("org:country:TUR:foreign ministry", {"Turkish Ministry of Foreign Affairs", "Turkish Foreign Ministry",
                                          "Ministry of Foreign Affairs of Türkiye"}),
    ("org:country:NOR:military", {"Norwegian Armed Forces", "Norwegian Army", "Military of Norway"}),
    ("org:country:PHL:coast guard", {"Coast Guard of the Philippines"}),
    ("org:country:BFA:military", {"Burkina Faso Armed Forces", "Burkina Faso Army"}),
    ("org:country:USA:congress", {"U.S. Congress", "US Congress", "United States Congress"}),
    ("org:country:GBR:parliament", {"UK Parliament", "Parliament of the United Kingdom"}),
])
def test_a_countrys_body_is_also_known_by_its_formal_names(gazetteer, key, names):
    assert names <= set(gazetteer.names_of(key))


def test_a_body_of_no_known_country_has_no_formal_names(gazetteer):
    assert gazetteer.names_of("org:country:ZZZ:police") == ()


@pytest.mark.parametrize(("key", "demonym"), [("country:THA", "Thai"), ("country:TGO", "Togolese")])
def test_a_demonym_also_listed_as_a_name_is_a_demonym(gazetteer, key, demonym):
    assert gazetteer.demonyms_of(key)[0] == demonym


@pytest.mark.parametrize("iso3, adjective", [("USA", "U.S."), ("PHL", "Philippine"), ("NZL", "New Zealand"),
                                             ("KEN", "Kenyan")])
def test_the_word_news_puts_before_a_country_s_bodies(gazetteer, iso3, adjective):
    assert gazetteer.adjective_of(f"country:{iso3}") == adjective
