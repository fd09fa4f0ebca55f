"""``content/events.yml``: the writer's corrections to the chronology.

    events:
      - match: "joint naval exercise"      # an extracted event whose text contains this
        date: 2026-02-15                    # correct the date …
        precision: month-part               # … and how precise it is
        status: planned
        summary: Iran, China and Russia plan a naval exercise in the Gulf of Oman
      - match: "dual-track approach"
        hide: true                          # not an event: hide it
      - match: "new round of sanctions"
        date: 2026-03                       # a month (precision month), or a year: date: 2026
      - match: "Iran"                       # a text found in several events corrects none of them
        all: true                           # … unless 'all: true' says to correct them all
        status: happened
      - match: "potential meeting"
        merge: ["coordinating closely"]     # the same event as these: one event, all sources
      - summary: Talks open in Ankara        # no match: a new event, added by hand
        date: 2026-02-20
        precision: day
        status: happened
        actors: [Iran, United States]        # entity names or page slugs
        venues: [Ankara]
        sources: [{article: talks-open-in-ankara, paragraph: 2}]

Events are found by text, not by position, so a correction keeps applying
when articles are edited or added; one that matches nothing, or several events
without ``all: true``, is reported with its line.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from generator.errors import InputError
from generator.model import EventStatus, Precision, SourceRef
from generator.yamlio import check_entry
from generator.yamllines import load_entries

KEYS = {"match", "all", "date", "precision", "status", "summary", "hide", "merge", "actors", "venues", "sources"}


@dataclass(frozen=True)
class EventCorrection:
    match: str | None = None
    date: dt.date | None = None
    precision: Precision | None = None
    status: EventStatus | None = None
    summary: str | None = None
    hide: bool = False
    merge: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    venues: tuple[str, ...] = ()
    sources: tuple[SourceRef, ...] = ()
    every: bool = False  # 'all: true': the match may correct several events
    line: int | None = None  # where the entry starts in events.yml, for messages


def load_corrections(path: Path) -> tuple[EventCorrection, ...]:
    return load_entries(path, "events", "- match: …", _correction)


def _correction(path: Path, index: int, item: object, line: int | None = None) -> EventCorrection:
    where = f"events entry {index}"
    item = check_entry(path, where, item, sorted(KEYS), "a mapping (match:, date:, …)")
    if not item.get("match") and not (item.get("summary") and item.get("sources")):
        raise InputError(path, f"{where}: expected 'match' (text of an extracted event) or, for a new "
                         "event, 'summary' and 'sources'")
    date, precision = _date(path, where, item)
    return EventCorrection(
        match=_text(path, where, item, "match"), date=date, precision=precision,
        status=_enum(path, where, item, "status", EventStatus), summary=_text(path, where, item, "summary"),
        hide=bool(item.get("hide", False)), merge=_names(path, where, item, "merge"),
        actors=_names(path, where, item, "actors"), venues=_names(path, where, item, "venues"),
        sources=_sources(path, where, item.get("sources") or []), every=_flag(path, where, item, "all"), line=line,
    )


def _text(path: Path, where: str, item: dict, key: str) -> str | None:
    value = item.get(key)
    if value is not None and not (isinstance(value, str) and value.strip()):
        raise InputError(path, f"{where}, key '{key}': expected text, got {value!r}")
    return value


def _flag(path: Path, where: str, item: dict, key: str) -> bool:
    value = item.get(key, False)
    if not isinstance(value, bool):
        raise InputError(path, f"{where}, key '{key}': expected true or false, got {value!r}")
    return value


PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?")


def _date(path: Path, where: str, item: dict) -> tuple[dt.date | None, Precision | None]:
    """The date and its precision. A month (2026-03) or a year (2026) is stored on its first day, as
    the chronology stores coarse dates, and is as precise as it is written unless ``precision``
    says coarser."""
    value, precision = item.get("date"), _enum(path, where, item, "precision", Precision)
    if value is None or isinstance(value, dt.date):
        return value, precision
    found = PARTIAL_DATE.fullmatch(str(value)) if isinstance(value, (str, int)) and not isinstance(value, bool) else None
    if not found or not 1 <= int(found.group(2) or 1) <= 12:
        raise InputError(path, f"{where}, key 'date': expected a date such as 2026-02-15, a month such as 2026-03 "
                         f"or a year such as 2026, got {value!r}")
    written = Precision.MONTH if found.group(2) else Precision.YEAR
    allowed = (Precision.MONTH, Precision.YEAR, Precision.DECADE) if written is Precision.MONTH else \
        (Precision.YEAR, Precision.DECADE)
    if precision is not None and precision not in allowed:
        raise InputError(path, f"{where}, key 'precision': {value} gives no day; expected "
                         f"{' or '.join(p.value for p in allowed)}, got {precision.value!r}")
    return dt.date(int(found.group(1)), int(found.group(2) or 1), 1), precision or written


def _enum(path: Path, where: str, item: dict, key: str, kind):
    value = item.get(key)
    if value is None:
        return None
    try:
        return kind(value)
    except ValueError:
        raise InputError(path, f"{where}, key '{key}': expected one of {', '.join(k.value for k in kind)}, "
                         f"got {value!r}") from None


def _names(path: Path, where: str, item: dict, key: str) -> tuple[str, ...]:
    value = item.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(path, f"{where}, key '{key}': expected a list of texts")
    return tuple(value)


def _sources(path: Path, where: str, value: object) -> tuple[SourceRef, ...]:
    ok = isinstance(value, list) and all(isinstance(s, dict) and isinstance(s.get("article"), str)
                                         and isinstance(s.get("paragraph"), int) for s in value)
    if not ok:
        raise InputError(path, f"{where}, key 'sources': expected a list of {{article: slug, paragraph: number}}")
    return tuple(SourceRef(s["article"], s["paragraph"]) for s in value)
