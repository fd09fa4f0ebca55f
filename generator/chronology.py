"""Stage 4, chronology: event clauses → events with entity pages, merged across articles, corrected.

The same event reported by two articles (same place or person, mostly the
same participants, compatible dates, a shared event word) becomes one event
with both sources. The writer's ``content/events.yml`` is applied last, so
corrections win over extraction.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace

from generator.corrections import EventCorrection
from generator.errors import InputError
from generator.extract.events import EVENT_WORDS, headline
from generator.model import (
    Entity,
    EntityKind,
    Event,
    EventFinding,
    EventStatus,
    Extraction,
    FuzzyDate,
    Precision,
    SourceRef,
)
from generator.registry import name_key
from generator.slugs import fold, unique_slugs

MIN_SHARED = 2
MIN_OVERLAP = 0.5
BLOCK_LIMIT = 200  # events sharing one participant and event word compared pairwise; more is a hub, not a clue
_WORD = re.compile(r"[a-z]+")
MATCHES_LISTED = 3  # events named when an events.yml 'match' finds several


@dataclass
class _Draft:
    summary: str
    text: str
    date: FuzzyDate
    status: EventStatus
    actors: list[str]
    venues: list[str]
    sources: list[SourceRef]
    basis: str
    words: frozenset[str] = field(default_factory=frozenset)
    states: frozenset[str] = field(default_factory=frozenset)
    acted_for: frozenset[str] = field(default_factory=frozenset)  # states present only through their officials
    published: dt.date | None = None  # of the article it was first reported in
    line: int | None = None  # of the events.yml entry that added it by hand
    date_from: str = ""  # where the date comes from (generator/explain.py)

    @property
    def participants(self) -> set[str]:
        """Who is named taking part: what two reports of one event must share."""
        actors = set(self.actors) - self.acted_for if self.acted_for else set(self.actors)
        return actors | set(self.venues)


def build_chronology(extractions: tuple[Extraction, ...], entities: tuple[Entity, ...],
                     corrections: tuple[EventCorrection, ...] = (),
                     citable: frozenset[SourceRef] | None = None,
                     published: dict[str, dt.date | None] | None = None) -> tuple[tuple[Event, ...], list[InputError]]:
    """The events, and a problem for each correction that matched no event or cites no paragraph
    in ``citable`` (every paragraph of the corpus; None accepts any citation). ``published``: each
    article's date, by slug: an undated report joins only reports of articles published days apart."""
    entity_at: dict[tuple[str, int, int], list[Entity]] = {}  # several where a role names a person by a country
    for entity in entities:  # ("the Polish prime minister": the man and Poland)
        for m in entity.mentions:
            entity_at.setdefault((m.source.article, m.source.paragraph, m.start), []).append(entity)
    published = published or {}
    drafts = [d for ext in extractions for f in ext.events
              if (d := _draft(f, entity_at, published.get(ext.article))) is not None]
    drafts = _merge_reports(drafts)
    drafts, problems = _apply_corrections(drafts, corrections, entities)
    if citable is not None:
        drafts, bad = _check_citations(drafts, citable)
        problems += bad
    return _events(drafts), problems


def _check_citations(drafts: list[_Draft], citable: frozenset[SourceRef]) -> tuple[list[_Draft], list[InputError]]:
    """A hand-added event must cite real paragraphs; without one it is left out, never linked to nowhere."""
    kept, problems = [], []
    for draft in drafts:
        wrong = [s for s in draft.sources if s not in citable]
        for source in wrong:
            problems.append(InputError("content/events.yml", f"the event {draft.summary!r} cites paragraph "
                                       f"{source.paragraph} of '{source.article}', which does not exist", draft.line))
        draft.sources = [s for s in draft.sources if s in citable]
        if draft.sources:
            kept.append(draft)
    return kept, problems


def _draft(finding: EventFinding, entity_at: dict, published: dt.date | None) -> _Draft | None:
    actors, venues, states, represented = [], [], set(), set()
    for entity in (e for m in finding.participants
                   for e in entity_at.get((m.source.article, m.source.paragraph, m.start), ())):
        bucket = actors if entity.is_actor else venues
        if entity.slug not in bucket:
            bucket.append(entity.slug)
        if entity.kind is EntityKind.STATE:
            states.add(entity.slug)
        if entity.affiliation:
            represented.add(entity.affiliation)
    if not actors and not (finding.date_text and (venues or finding.date.precision is Precision.DAY)):
        return None  # a happening no one is named in is kept where the text places or dates it to the day
    # The states whose officials or bodies take part without the state being named in the clause: "Iran's
    # foreign minister met …" is Iran's doing too, and the event belongs on Iran's page.
    acted_for = represented - set(actors)
    actors += sorted(acted_for)
    basis = "text" if finding.date_text else ("publication" if finding.date.known else "none")
    words = frozenset(_WORD.findall(finding.sentence.lower())) & EVENT_WORDS
    first = finding.participants[0] if finding.participants else None
    subject = first.name if first is not None and first.kind is EntityKind.PERSON else None  # whom "He" stands for
    speaker = next((m.name for m in finding.participants if m.kind.is_actor), None)  # "Peskov: “…”"
    return _Draft(headline(finding.sentence, subject, speaker), finding.sentence, finding.date, finding.status, actors, venues,
                  [finding.source], basis, words, frozenset(states | acted_for), frozenset(acted_for), published,
                  date_from=_date_from(finding))


def _date_from(finding: EventFinding) -> str:
    where = f"paragraph {finding.source.paragraph} of '{finding.source.article}'"
    if finding.date_text:
        return f"the words “{finding.date_text}” in {where}"
    return f"the publication date: {where} tells no time of its own for it" if finding.date.known else ""


def _merge_reports(drafts: list[_Draft]) -> list[_Draft]:
    """One event per real happening: later reports of it add their sources to the first."""
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, draft in enumerate(drafts):
        for key in sorted((clue, word) for clue in _clues(draft) for word in draft.words):
            blocks[key].append(index)
    merged_into: dict[int, int] = {}
    for key in sorted(blocks):
        members = blocks[key][:BLOCK_LIMIT]
        for position, first in enumerate(members):
            for second in members[position + 1:]:
                a, b = _root(merged_into, first), _root(merged_into, second)
                if a != b and _same_event(drafts[a], drafts[b]):
                    merged_into[b] = a
                    _absorb(drafts[a], drafts[b])
    return [d for i, d in enumerate(drafts) if i not in merged_into]


def _clues(draft: _Draft) -> set[str]:
    """What two reports of one event must share: a venue or a named actor (and an event word, see
    ``_same_event``). States are in too many events to narrow the search; they still count once two
    reports are compared."""
    return set(draft.venues) | {a for a in draft.actors if a not in draft.states} or set(draft.actors)


def _root(merged_into: dict[int, int], index: int) -> int:
    while index in merged_into:
        index = merged_into[index]
    return index


def _same_event(a: _Draft, b: _Draft) -> bool:
    """Cheapest tests first: most pairs sharing a clue differ in date."""
    if not _dates_agree(a, b) or not (a.words & b.words) or _one_goes_on(a, b):
        return False
    if a.date.known and b.date.known and not _same_day(a, b) and a.status is not b.status and \
            len(a.words & b.words) < 2:
        return False  # "ahead of the summit in June" and "leaders gathered on Wednesday": one word, other tellings
    if {s.article for s in a.sources} & {s.article for s in b.sources}:
        return False
    a_participants, b_participants = a.participants, b.participants
    shared = a_participants & b_participants
    overlap = len(shared) / min(len(a_participants), len(b_participants))
    venues_agree = not (a.venues and b.venues) or bool(set(a.venues) & set(b.venues))
    return len(shared) >= MIN_SHARED and overlap >= MIN_OVERLAP and venues_agree


def _same_day(a: _Draft, b: _Draft) -> bool:
    return a.date.precision is b.date.precision is Precision.DAY and a.date == b.date


def _one_goes_on(a: _Draft, b: _Draft) -> bool:
    """"Kenya and Norway signed a deal on Friday" and "The UN has been working for two months to broker a deal
    between Kenya and Norway": a happening and a state that goes on are two events, however alike."""
    return (a.status is EventStatus.ONGOING) != (b.status is EventStatus.ONGOING)


def _dates_agree(a: _Draft, b: _Draft) -> bool:
    """Two exact days must be the same day; a day and a part of a month must lie within days of each other;
    otherwise the same month will do. An undated report agrees with
    another only when both articles came out within a few days (and a dated one is that recent):
    without a date, nothing but the publication tells two months-apart happenings apart."""
    if a.date.precision is Precision.UNKNOWN or b.date.precision is Precision.UNKNOWN:
        return _published_close(a, b)
    if Precision.WEEK in (a.date.precision, b.date.precision):
        return _weeks_agree(a.date, b.date)
    if a.date.month != b.date.month or a.date.year != b.date.year:
        return False
    if {a.date.precision, b.date.precision} == {Precision.DAY, Precision.MONTH_PART}:
        return abs((a.date.day or 0) - (b.date.day or 0)) <= MONTH_PART_DAYS  # "the end of August" is no August 15
    return a.date.day == b.date.day or a.date.precision is not Precision.DAY or b.date.precision is not Precision.DAY


def _weeks_agree(a: FuzzyDate, b: FuzzyDate) -> bool:
    """A week (stored as its Monday) agrees with the same week or a day within it; with a coarser time, by the
    month of its Monday."""
    week, other = (a, b) if a.precision is Precision.WEEK else (b, a)
    if other.precision is Precision.WEEK:
        return other == week
    if other.precision is Precision.DAY and None not in (other.year, week.year):
        monday = dt.date(week.year, week.month, week.day)
        return 0 <= (dt.date(other.year, other.month, other.day) - monday).days < DAYS_IN_A_WEEK
    return (other.year, other.month) == (week.year, week.month)


UNDATED_MERGE_DAYS = 3
MONTH_PART_DAYS = 6  # "early June" (the 5th) agrees with June 10, "the end of August" (the 25th) not with the 15th
DAYS_IN_A_WEEK = 7


def _published_close(a: _Draft, b: _Draft) -> bool:
    if a.published is None or b.published is None or abs((a.published - b.published).days) > UNDATED_MERGE_DAYS:
        return False
    for dated, undated in ((a, b), (b, a)):
        if dated.date.precision is Precision.DAY and dated.date.year is not None:
            gap = (undated.published - dt.date(dated.date.year, dated.date.month, dated.date.day)).days
            if not -UNDATED_MERGE_DAYS <= gap <= UNDATED_MERGE_DAYS:
                return False
    return True


def _absorb(keep: _Draft, other: _Draft) -> None:
    named = (set(keep.actors) - keep.acted_for) | (set(other.actors) - other.acted_for)
    keep.acted_for = (keep.acted_for | other.acted_for) - named
    keep.sources += [s for s in other.sources if s not in keep.sources]
    keep.actors += [a for a in other.actors if a not in keep.actors]
    keep.venues += [v for v in other.venues if v not in keep.venues]
    if _rank(other.date) > _rank(keep.date):
        keep.date, keep.basis, keep.date_from = other.date, other.basis, other.date_from


def _rank(date: FuzzyDate) -> int:
    order = [Precision.UNKNOWN, Precision.DECADE, Precision.YEAR, Precision.MONTH, Precision.MONTH_PART,
             Precision.WEEK, Precision.DAY]
    return order.index(date.precision)


def _apply_corrections(drafts: list[_Draft], corrections: tuple[EventCorrection, ...],
                       entities: tuple[Entity, ...]) -> tuple[list[_Draft], list[InputError]]:
    problems = []
    for correction in corrections:
        if correction.match is None:
            drafts.append(_new_event(correction, entities))
            problems += _unknown_names(correction, entities)
            continue
        hits = [d for d in drafts if _matches(d, correction.match)]
        if not hits or (len(hits) > 1 and not correction.every):
            problems.append(_unmatched(correction, hits))
            continue
        if correction.hide:
            drafts = [d for d in drafts if d not in hits]
            continue
        problems += _merge(hits[0], correction, drafts)
        for draft in hits:
            _correct(draft, correction)
    return drafts, problems


def _unmatched(correction: EventCorrection, hits: list[_Draft]) -> InputError:
    """A correction that matches no event, or several without 'all: true' (it would re-date them all)."""
    if not hits:
        message = f"no event contains {correction.match!r}; correct the 'match' text or remove the entry"
    else:
        listed = "; ".join(repr(d.summary if len(d.summary) <= 60 else d.summary[:59] + "…")
                           for d in hits[:MATCHES_LISTED])
        more = f" and {len(hits) - MATCHES_LISTED} more" if len(hits) > MATCHES_LISTED else ""
        message = (f"{len(hits)} events contain {correction.match!r} ({listed}{more}); use a longer 'match' text "
                   "that finds one, or add 'all: true' to correct them all")
    return InputError("content/events.yml", message, correction.line)


def _merge(keep: _Draft, correction: EventCorrection, drafts: list[_Draft]) -> list[InputError]:
    """The events each 'merge' text finds join ``keep`` (and leave ``drafts``); a text that finds none is a problem."""
    problems = []
    for text in correction.merge:
        others = [d for d in drafts if _matches(d, text) and d is not keep]
        if not others:
            problems.append(InputError("content/events.yml", f"merge text {text!r} finds no event: "
                                       f"{_closest(text, drafts)}", correction.line))
        for other in others:
            _absorb(keep, other)
            drafts.remove(other)
    return problems


def _closest(text: str, drafts: list[_Draft]) -> str:
    """Advice for a text that finds no event: the event sharing most of its words, if one shares half."""
    words = set(re.findall(r"\w+", fold(text).lower()))
    scored = [(len(words & set(re.findall(r"\w+", fold(d.summary).lower()))), d.summary) for d in drafts]
    best = max(scored, default=(0, ""))
    if not words or best[0] * 2 < len(words):
        return "use a piece of an event's text as it appears in the chronology, or remove it"
    summary = (best[1] if len(best[1]) <= 80 else best[1][:77] + "…").replace(";", ",")
    return f"use a piece of the closest event's text, {summary!r}"


def _matches(draft: _Draft, text: str) -> bool:
    return fold(text).lower() in fold(draft.text).lower()


def _correct(draft: _Draft, correction: EventCorrection) -> None:
    if correction.date is not None or correction.precision is not None:
        draft.basis, draft.date_from = "editor", f"content/events.yml, line {correction.line}"
    if correction.date is not None:
        precision = correction.precision or Precision.DAY
        draft.date = FuzzyDate(correction.date.year, correction.date.month, correction.date.day, precision)
    elif correction.precision is not None:
        draft.date = _at_precision(draft.date, correction.precision)
    draft.status = correction.status or draft.status
    draft.summary = correction.summary or draft.summary


def _at_precision(date: FuzzyDate, precision: Precision) -> FuzzyDate:
    """The same date, coarsened the way the model stores each precision (a month on its 1st, a year on 1 January)."""
    day = {Precision.MONTH: 1, Precision.YEAR: None, Precision.DECADE: None}.get(precision, date.day)
    month = None if precision in (Precision.YEAR, Precision.DECADE) else date.month
    return replace(date, month=month, day=day, precision=precision)


def _new_event(correction: EventCorrection, entities: tuple[Entity, ...]) -> _Draft:
    by_name = {}
    for entity in entities:
        for name in (entity.slug, entity.name, *entity.aliases):
            by_name.setdefault((entity.is_actor, name_key(name)), entity.slug)
    lookup = lambda names, actor: [by_name[(actor, name_key(n))] for n in names if (actor, name_key(n)) in by_name]
    date = (FuzzyDate(correction.date.year, correction.date.month, correction.date.day,
                      correction.precision or Precision.DAY) if correction.date else FuzzyDate.unknown())
    return _Draft(correction.summary or "", correction.summary or "", date,
                  correction.status or EventStatus.HAPPENED, lookup(correction.actors, True),
                  lookup(correction.venues, False), list(correction.sources), "editor", line=correction.line,
                  date_from=f"content/events.yml, line {correction.line}" if correction.date else "")


def _unknown_names(correction: EventCorrection, entities: tuple[Entity, ...]) -> list[InputError]:
    """A hand-added event's actor or venue that names no entity of its kind would be left out silently."""
    known = {(e.is_actor, name_key(name)) for e in entities for name in (e.slug, e.name, *e.aliases)}
    return [InputError("content/events.yml", f"{'actor' if actor else 'venue'} {name!r} of the new event "
                       f"{correction.summary!r} names no {'actor' if actor else 'venue'}; use a name from the "
                       f"{'Actors' if actor else 'Venues'} page, or remove it", correction.line)
            for actor, names in ((True, correction.actors), (False, correction.venues)) for name in names
            if (actor, name_key(name)) not in known]


def _events(drafts: list[_Draft]) -> tuple[Event, ...]:
    drafts = sorted(drafts, key=lambda d: (d.date.sort_key(), d.sources[0].article if d.sources else "",
                                           d.sources[0].paragraph if d.sources else 0, d.summary))
    return tuple(
        Event(slug, d.date, d.status, d.summary, tuple(d.actors), tuple(d.venues), tuple(d.sources), d.basis,
              d.date_from)
        for slug, d in zip(unique_slugs([_stable_label(d) for d in drafts]), drafts)
    )


def _stable_label(draft: _Draft) -> str:
    """An event's page anchor comes from its own first source and words, never from its place among
    the other events or from corrections, so a reader's link to it survives new articles and edits."""
    first = draft.sources[0] if draft.sources else SourceRef("", 0)
    digest = hashlib.sha256(f"{first.article}\n{first.paragraph}\n{draft.text}".encode()).hexdigest()[:6]
    return f"{' '.join(draft.text.split()[:6])} {digest}"

