"""The typed model that flows through the pipeline.

ingest → Article; extract → Extraction; resolve → Entity, Quote;
chronology → Event; render → pages. Every value is frozen: a stage builds new
values, it never mutates what an earlier stage produced.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from enum import Enum


class Precision(str, Enum):
    """How much of a date the text actually gives."""

    DAY = "day"
    WEEK = "week"
    MONTH_PART = "month-part"
    MONTH = "month"
    YEAR = "year"
    DECADE = "decade"
    UNKNOWN = "unknown"


MONTH_PART_WORDS = {5: "early", 15: "mid", 25: "late"}


@dataclass(frozen=True, order=True)
class FuzzyDate:
    """A date that never claims more than the text says.

    ``year`` is None when the article is undated and the text gives only a
    month and day ("mid-February" in an undated article). ``day`` and
    ``month`` are representative values for coarse precisions: a month-part
    date stores 5, 15 or 25; a week stores its Monday; a month stores 1.
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    precision: Precision = Precision.UNKNOWN

    @classmethod
    def unknown(cls) -> FuzzyDate:
        return cls()

    @classmethod
    def of_day(cls, value: dt.date) -> FuzzyDate:
        return cls(value.year, value.month, value.day, Precision.DAY)

    @property
    def known(self) -> bool:
        return self.precision is not Precision.UNKNOWN

    def iso(self) -> str | None:
        """ISO 8601 ``YYYY-MM-DD``; an unknown year is written ``XXXX`` (EDTF)."""
        if not self.known or self.month is None:
            return None if not self.known or self.year is None else f"{self.year:04d}-01-01"
        year = "XXXX" if self.year is None else f"{self.year:04d}"
        return f"{year}-{self.month:02d}-{self.day or 1:02d}"

    def label(self) -> str:
        """Human wording at the date's own precision, e.g. "mid-February 2026"."""
        if not self.known:
            return "undated"
        year = "" if self.year is None else f" {self.year}"
        month = calendar.month_name[self.month] if self.month else ""
        if self.precision is Precision.DAY:
            return f"{self.day} {month}{year}"
        if self.precision is Precision.WEEK:
            return f"week of {self.day} {month}{year}"
        if self.precision is Precision.MONTH_PART:
            return f"{MONTH_PART_WORDS.get(self.day or 15, 'mid')}-{month}{year}"
        if self.precision is Precision.MONTH:
            return f"{month}{year}"
        if self.precision is Precision.DECADE and self.year is not None:
            return f"the {self.year - self.year % 10}s"
        return str(self.year) if self.year is not None else "undated"

    def sort_key(self) -> tuple[int, int, int, int]:
        """Chronological; a date whose year the text does not give sorts after every dated one."""
        return (self.year is None, self.year or 0, self.month or 0, self.day or 0)


@dataclass(frozen=True)
class Mark:
    """Inline Markdown a writer used, over ``Block.text[start:end]``: "em", "strong" or "link"."""

    start: int
    end: int
    kind: str
    href: str | None = None  # a link's http(s) or mailto address


@dataclass(frozen=True)
class Block:
    """One block of an article body: a heading or a numbered paragraph.

    ``text`` is plain (what extraction reads: no Markdown syntax); a writer's Markdown article adds
    how the paragraph was set (``style``) and its inline markup (``marks``) beside it."""

    kind: str  # "heading" | "paragraph"
    text: str
    number: int | None = None  # paragraph number, 1-based; None for headings
    style: str = "plain"  # "plain" | "quote" (a blockquote) | "bullet" | "ordered" (a list item)
    marks: tuple[Mark, ...] = ()


@dataclass(frozen=True)
class Article:
    slug: str
    title: str
    date: dt.date | None
    source_path: str  # where it came from, relative to the project when possible
    blocks: tuple[Block, ...]
    publisher: str | None = None
    url: str | None = None
    tags: tuple[str, ...] = ()
    body_format: str = "text"  # "text" (raw article) | "markdown"

    @property
    def paragraphs(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind == "paragraph")

    def paragraph(self, number: int) -> Block:
        return next(b for b in self.blocks if b.number == number)


class EntityKind(str, Enum):
    PERSON = "person"
    STATE = "state"
    ORGANISATION = "organisation"
    GROUP = "group"
    CITY = "city"
    COUNTRY = "country"
    SEA = "sea"
    REGION = "region"
    BUILDING = "building"
    OTHER = "other"

    @property
    def is_actor(self) -> bool:
        return self in ACTOR_KINDS


ACTOR_KINDS = frozenset({EntityKind.PERSON, EntityKind.STATE, EntityKind.ORGANISATION, EntityKind.GROUP})


@dataclass(frozen=True)
class SourceRef:
    """A citation: paragraph ``paragraph`` of article ``article`` (a slug)."""

    article: str
    paragraph: int


@dataclass(frozen=True)
class Mention:
    """One place in one paragraph where an entity is named.

    ``key`` identifies the entity before resolution: a gazetteer id such as
    ``country:IRN`` or ``city:112931``, or a normalised name for entities
    found by patterns. ``rule`` names the pattern that fired (for ``explain``).
    """

    source: SourceRef
    start: int
    end: int
    text: str
    name: str
    kind: EntityKind
    key: str
    rule: str
    role: str | None = None
    coordinates: tuple[float, float] | None = None


@dataclass(frozen=True)
class RoleReference:
    """A descriptive reference such as "Iran's leader", resolved later to a person."""

    source: SourceRef
    start: int
    end: int
    text: str
    role_word: str
    country_key: str | None


@dataclass(frozen=True)
class QuoteFinding:
    source: SourceRef
    text: str
    start: int
    end: int
    speaker: Mention | RoleReference | None
    rule: str


class EventStatus(str, Enum):
    HAPPENED = "happened"
    ONGOING = "ongoing"
    PLANNED = "planned"
    PROPOSED = "proposed"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class EventFinding:
    """A sentence that reports something happening, before resolution."""

    source: SourceRef
    sentence: str
    participants: tuple[Mention, ...]
    date: FuzzyDate
    date_text: str | None
    status: EventStatus


@dataclass(frozen=True)
class Extraction:
    """Everything the extractor found in one article."""

    article: str
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[QuoteFinding, ...] = ()
    role_references: tuple[RoleReference, ...] = ()
    events: tuple[EventFinding, ...] = ()


@dataclass(frozen=True)
class Entity:
    """A resolved actor or venue: every surface form of one thing."""

    slug: str
    name: str
    kind: EntityKind
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]
    role: str | None = None
    description: str | None = None
    coordinates: tuple[float, float] | None = None
    affiliation: str | None = None  # slug of the state a person or body acts for ("Iran's foreign minister")

    @property
    def is_actor(self) -> bool:
        return self.kind.is_actor

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(sorted({m.source.article for m in self.mentions}))


@dataclass(frozen=True)
class Quote:
    text: str
    speaker: str | None  # actor slug
    source: SourceRef


@dataclass(frozen=True)
class Event:
    slug: str
    date: FuzzyDate
    status: EventStatus
    summary: str
    actors: tuple[str, ...]
    venues: tuple[str, ...]
    sources: tuple[SourceRef, ...]
    date_basis: str = "text"  # "text" | "publication" | "editor" | "none"
    date_from: str = ""  # where the date comes from, for 'explain': the words and their paragraph


@dataclass(frozen=True)
class CorrectionTally:
    """What the writer's corrections did in one run; each unmatched one is also among the problems."""

    applied: int = 0
    unmatched: int = 0
    notes: tuple[str, ...] = ()  # what a correction did that a writer may not expect (a rename)

    def summary(self) -> str:
        return f"corrections: {self.applied} applied, {self.unmatched} unmatched"


@dataclass(frozen=True)
class Story:
    """The whole resolved corpus: what the renderer turns into pages."""

    articles: tuple[Article, ...]
    actors: tuple[Entity, ...] = ()
    venues: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    extractions: tuple[Extraction, ...] = field(default=(), repr=False)
    enrichments: dict = field(default_factory=dict, repr=False)  # (folder, slug) → enrichment.Enrichment
    writer_pages: tuple = ()  # enrichment.WriterPage: hand-written pages that link to entities
    problems: tuple = ()  # errors.InputError: writers' corrections that apply to nothing in this corpus
    corrections: CorrectionTally = field(default_factory=CorrectionTally, repr=False)
