"""Event clauses: who did what, where, when, and whether it happened, goes on, is planned or proposed.

A sentence is cut into clauses ("…persists even as X steams toward Y and Z
warns…"); a clause that names an actor and says something happens is an
event. Its date comes from the time expressions in it, resolved against the
article's date; the lead sentence of a dated article, with no date of its
own, is dated by the publication (basis "publication"). Nothing else gets a
date it does not state.
"""
from __future__ import annotations

import datetime as dt
import re

from generator.extract.lexicon import Lexicon
from generator.extract.text import Sentence
from generator.model import EntityKind, EventFinding, EventStatus, FuzzyDate, Mention, SourceRef
from generator.timeexpr import find_time_expressions

CLAUSE_BREAK = re.compile(r";|\s—\s|,?\s(?:even as|while|whereas)\s|,\s(?:and|but)\s(?=[A-Z])")
LIST_ITEM_WORDS = 5  # ", and Egypt" ends a list when the part before it is this short
LEADING_FILLER = re.compile(r"^(?:Meanwhile|However|Furthermore|Moreover|Also|Still|Separately|And|But)\b,?\s*")
MAX_SUMMARY = 220

EVENT_WORDS = frozenset(
    "meet meets met meeting talks visit visits visited visiting summit deploy deploys deployed deploying "
    "deployment buildup exercise exercises drill drills strike strikes struck attack attacks attacked launch "
    "launched launches sanctions sanction sanctioned impose imposed imposing negotiate negotiating negotiations "
    "negotiated agreement agreed agree deal signed sign signs ceasefire truce host hosts hosted hosting "
    "arrive arrived arrives travel travelled traveled steams steaming sail sailed heading headed mediate "
    "mediating mediation coordinating coordinate organize organized organised organizing organising "
    "contact communicated communicate send sent sends withdraw withdrew withdrawn seize seized fire fired "
    "killed kill bomb bombed invade invaded election elected vote voted resign resigned appoint appointed "
    "arrest arrested release released expel expelled summon summoned protest protests announce announced "
    "plan plans planned planning propose proposed proposal offer offered offers facilitate refuse refused "
    "reject rejected accept accepted approve approved began begin begins hit hits took held led won lost fled "
    "left shot fought sought sank sink board boards boarding patrol patrols storm storms vote votes reach "
    "reaches tow towed".split()
)
# Words ending in -ed that describe rather than report ("the United Nations", "armed groups").
ED_ADJECTIVES = frozenset(
    "united armed based limited related concerned alleged detailed interested advanced supposed required "
    "expected proposed scheduled planned renewed heightened increased reported unnamed named red need "
    "speed hundred indeed embed breed greed seed feed creed shed".split()
)
PROPOSED = re.compile(r"\b(?:potential|proposed (?:venue|meeting|talks|summit|deal)|possible|possibly|"
                      r"offer(?:ed|s)? to host|mooted|floated|"
                      r"(?:could|might|may) (?:be held|take place|meet|host|hold))\b", re.I)
PLANNED = re.compile(r"\b(?:plans to|planned to|planning|will|is set to|are set to|scheduled|expected to|due to|"
                     r"to be held|upcoming|prepar(?:es|ing) to|intends? to)\b", re.I)
ONGOING = re.compile(r"\b(?:is|are|has been|have been|remains?|continues?|continuing|ongoing|still)\s+\w+ing\b|"
                     r"\b(?:steams|heads|sails|continues|persists|remains)\b", re.I)
# "Maduro said on Sunday that Venezuela will not negotiate": the saying happened; the future is reported.
REPORTED = re.compile(r"\b(?:said|told|announced|warned|stated|declared|added|insisted|argued|claimed|stressed)\b")
CANCELLED = re.compile(r"\b(?:cancel(?:led|ed|s)?|called off|scrapped|postponed|suspended)\b", re.I)


def find_events(text: str, sentences: list[Sentence], source: SourceRef, mentions: list[Mention],
                published: dt.date | None, lexicon: Lexicon, last_person: Mention | None = None) -> list[EventFinding]:
    events = []
    for index, sentence in enumerate(sentences):
        lead = source.paragraph == 1 and index == 0
        for start, end in _clauses(text, sentence):
            event = _event(text, start, end, source, mentions, published, lexicon, lead, last_person)
            if event is not None:
                events.append(event)
        persons = [m for m in mentions if m.kind is EntityKind.PERSON and m.end <= sentence.end]
        last_person = persons[-1] if persons else last_person
    return events


def _clauses(text: str, sentence: Sentence) -> list[tuple[int, int]]:
    spans, start = [], sentence.start
    body = text[sentence.start:sentence.end]
    for match in CLAUSE_BREAK.finditer(body):
        since_comma = body[:match.start()].rsplit(",", 1)[-1]
        ends_list = match.group().startswith(",") and len(since_comma.split()) <= LIST_ITEM_WORDS
        if not _inside_quote(body, match.start()) and not ends_list:
            spans.append((start, sentence.start + match.start()))
            start = sentence.start + match.end()
    spans.append((start, sentence.end))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _inside_quote(body: str, position: int) -> bool:
    before = body[:position]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _event(text: str, start: int, end: int, source: SourceRef, mentions: list[Mention], published: dt.date | None,
           lexicon: Lexicon, lead: bool, last_person: Mention | None) -> EventFinding | None:
    clause = text[start:end]
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", clause)}
    participants = [m for m in mentions if start <= m.start < end]
    subject = _pronoun_subject(clause, last_person)
    if subject is not None:
        participants.insert(0, subject)
    if not any(m.kind.is_actor for m in participants):
        return None
    if not (words & EVENT_WORDS or any(lexicon.is_speech_verb(w) or _reports_action(w) for w in words)):
        return None
    status = _status(clause)
    date, date_text = _date(clause, published, status, lead)
    if date.known and status is EventStatus.HAPPENED and date_text and _is_future(published, date):
        status = EventStatus.PLANNED
    return EventFinding(source, _summary(clause), tuple(participants), date, date_text, status)


def _reports_action(word: str) -> bool:
    """A regular past tense ("stormed", "authorised"): something was done."""
    return word.endswith("ed") and len(word) > 4 and word not in ED_ADJECTIVES


def _pronoun_subject(clause: str, last_person: Mention | None) -> Mention | None:
    """"He stated that …": the clause's subject is the last person named."""
    return last_person if re.match(r"^\W*(?:He|She)\b", clause) else None


def _status(clause: str) -> EventStatus:
    if CANCELLED.search(clause):
        return EventStatus.CANCELLED
    if PROPOSED.search(clause):
        return EventStatus.PROPOSED
    planned = PLANNED.search(clause)
    if planned and not REPORTED.search(clause[:planned.start()]):
        return EventStatus.PLANNED
    if ONGOING.search(clause):
        return EventStatus.ONGOING
    return EventStatus.HAPPENED


def _date(clause: str, published: dt.date | None, status: EventStatus, lead: bool) -> tuple[FuzzyDate, str | None]:
    for expression in find_time_expressions(clause, published):
        if expression.date.known:
            return expression.date, expression.text
    if lead and published and status in (EventStatus.HAPPENED, EventStatus.ONGOING):
        return FuzzyDate.of_day(published), None
    return FuzzyDate.unknown(), None


def _is_future(published: dt.date | None, date: FuzzyDate) -> bool:
    return bool(published and date.year and (date.year, date.month or 0, date.day or 0) >
                (published.year, published.month, published.day))


def _summary(clause: str) -> str:
    summary = LEADING_FILLER.sub("", " ".join(clause.split())).strip(" ,;—")
    summary = summary[:1].upper() + summary[1:]
    if len(summary) > MAX_SUMMARY:
        summary = summary[:MAX_SUMMARY].rsplit(" ", 1)[0] + "…"
    return summary
