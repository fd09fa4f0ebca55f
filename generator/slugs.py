"""Identities: slugs and the page paths built from them. The only place that makes either."""
from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

MAX_SLUG_LENGTH = 80
DOTTED_ACRONYM = re.compile(r"\b(?:[A-Za-z]\.){2,}")


def fold(text: str) -> str:
    """Accent-free, ASCII spelling: "Türkiye" → "Turkiye", "Erdoğan" → "Erdogan"."""
    if text.isascii():
        return text  # most names: nothing to fold, and the gazetteer folds tens of thousands of them
    return anyascii(unicodedata.normalize("NFC", text))


def undotted(text: str) -> str:
    """Acronyms written with stops as without: "U.S. State Department" and "US State Department" are one name;
    so are initials written with stops, with spaces or run together: "K.P. Sharma Oli", "K P Sharma Oli"."""
    text = DOTTED_ACRONYM.sub(lambda m: m.group().replace(".", ""), text)
    return SPACED_INITIALS.sub(lambda m: m.group().replace(" ", ""), text)


SPACED_INITIALS = re.compile(r"\b[A-Z](?: [A-Z]){1,2}\b(?= [A-Z][a-z])")


def slugify(text: str, fallback: str = "untitled") -> str:
    """Lower-case ASCII words joined by hyphens; never empty, never a path."""
    words = re.findall(r"[a-z0-9]+", fold(text).lower().replace("'", ""))
    slug = "-".join(words)[:MAX_SLUG_LENGTH].strip("-")
    return slug or fallback


# Names the site itself uses inside a section folder: its index page, the index's sub-folders, the
# feed. A page named like one would replace it, or be replaced by it.
RESERVED = frozenset({"index", "by-month", "by-name", "feed", "undated"})


def unique_slugs(names: list[str]) -> list[str]:
    """Slugs for ``names`` in order, suffixing -2, -3 … where two would collide or one is reserved."""
    taken: set[str] = set()
    return [free_slug([slugify(name)], taken) for name in names]


def free_slug(candidates: list[str], taken: set[str]) -> str:
    """The first candidate neither taken nor reserved, else the last one suffixed -2, -3 …; added to ``taken``.

    Suffixes count up from 2 past every name already taken, so "talks", "talks", "talks-2" get three pages.
    """
    slug = next((c for c in candidates if c not in taken and c not in RESERVED), None)
    number = 2
    while slug is None:
        slug = f"{candidates[-1]}-{number}"
        slug = None if slug in taken or slug in RESERVED else slug
        number += 1
    taken.add(slug)
    return slug


def article_page(slug: str) -> str:
    return f"articles/{slug}.md"


def actor_page(slug: str) -> str:
    return f"actors/{slug}.md"


def venue_page(slug: str) -> str:
    return f"venues/{slug}.md"


def chronology_page(month_key: str | None) -> str:
    """``chronology/2026-02.md`` for a month (``xxxx-02`` when the year is unknown), ``chronology/undated.md``."""
    return f"chronology/{month_key or 'undated'}.md"


def index_letter(name: str) -> str:
    """The A–Z index page a name is listed on: its first letter, accents folded; "0-9" for the rest."""
    first = next((c for c in fold(name).lower() if c.isalnum()), "0")
    return first if "a" <= first <= "z" else "0-9"


def letter_page(section: str, letter: str) -> str:
    """``actors/by-name/a.md``: the folder cannot clash with an entity page, which is a file of the section."""
    return f"{section}/by-name/{letter}.md"


def month_page(month_key: str | None) -> str:
    """``articles/by-month/2026-02.md``, or ``articles/by-month/undated.md``."""
    return f"articles/by-month/{month_key or 'undated'}.md"


def paragraph_anchor(number: int) -> str:
    return f"p{number}"


def event_anchor(slug: str) -> str:
    return f"event-{slug}"
