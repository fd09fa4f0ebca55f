"""Find time expressions in one sentence and resolve them against the article date P.

Pure, deterministic, regex-based. A week is stored as its Monday, a month as
day 1, a month part as day 5 / 15 / 25 (early / mid / late), a year as year only.

  wording (examples)                              → date                                relation
  2026-02-01, March 3, 2026, 3 March, Mar. 3,     DAY (no year: P's year)               absolute
    the 3rd of March, Tuesday, March 3
  February 2026, in February, since March         MONTH (no year: P's year)             absolute
  early / mid- / late March, the middle of March  MONTH_PART 5 / 15 / 25                absolute
    the start / end of March, late January 2026
  this May / last May / next May                  P's year / latest May before P's      absolute /
                                                    month / first May after it          past / future
  in 2025, since 2020, by 2030, early 2025        YEAR (1900-2100, needs the cue)       absolute
  on Easter Sunday, on Good Friday 2019           DAY (Easter's date: python-dateutil)  past / future
  today, tonight, this morning                    DAY P                                 present
  yesterday, last night / tomorrow (morning)      DAY P-1 / P+1                         past / future
  the day before yesterday / after tomorrow       DAY P-2 / P+2                         past / future
  Saturday, on Saturday (morning)                 weekday rule below                    past / future
  last Friday / next Tuesday / this Tuesday       strictly before P (a week before     past / future
                                                    P-1) / strictly after P / on or
                                                    after P
  this / last / next week (or weekend), early /   WEEK of P / -1 week / +1 week         present /
    late / earlier / later this week                (a Sunday's "will … this week": +1;  by the words
                                                    a weekend: that week's Saturday)
  this / last / next month, the end of the month  MONTH; early / mid / late / start /   by the words
                                                    end give MONTH_PART
  this / last / next year, earlier this year      YEAR; the start / end of the year:    by the words
                                                    MONTH_PART January 5 / December 25
  two days ago, a week ago, three months ago      DAY / WEEK / MONTH / YEAR back        past
  in two weeks('time), in 3 days                  the same forward (needs a future cue  future
                                                    or "time": not "in two days of talks")
  in recent days, over the past few days          WEEK of P-2 days                      past
  recently, lately, in recent weeks               FuzzyDate.unknown()                   past
  soon, shortly, in the coming days / weeks, in   FuzzyDate.unknown()                   future
    the next few days, in the near future

  the first / second half of March, the first /   MONTH_PART 5 / 25                     absolute
    last week of March
  the 2003 invasion, Kenya's 2016 ruling, a      YEAR (a year before a noun)           absolute
    failed 1995 coup
  in the 1970s, the 1990s war, the early 1980s    DECADE (stored as its first year)     absolute
  hours earlier, the same day, that night,        unknown, shift 0 / +1 / -1 / ±N days  narrative
    the next day, the day before, two days
    later, earlier, at the eleventh hour
  the following / previous year, the year         unknown, shift ±N × YEAR_DAYS         narrative
    before, two years later
  the following / previous month, the month       unknown, shift ±N × MONTH_DAYS        narrative
    after, a month later, two months earlier

Narrative expressions name no date of their own: they are resolved by the event
extractor against the time the text has reached (``generator/extract/events.py``).

Rules for the ambiguous cases:

* Weekday, bare or after "on": wire copy names even the day of publication by
  its weekday, so it is the nearest such day on or before P; on or after P when
  the sentence has a future cue (will, 'll, due to, plans to, set to, expected
  to, scheduled, going to, upcoming ...) and no past verb governs it ("said on
  Saturday that talks will resume" stays past). "since Saturday" is past.
* A bare weekday after a/an/the/every/each or after a capitalised word ("a
  Sunday newspaper", "Good Friday"), or before a title ("Sunday Times"), is no date.
* A month or day without a year takes P's year, unless it lies after P's month and a
  past verb governs it ("Xi visited Riyadh in December" in a March story: the
  December before) or a future cue does ("will travel to China in April" in May:
  the next April).
  Impossible days ("February 30") are dropped; the month may still match.
* May, March, April, June and August are also words or names: they count only
  with a day number, a year, or a cue (in, on, since, until, by, from, during,
  before, after, early, mid-, late, the end of, last, next, this ...). May,
  March and Mar must be capitalised ("you may leave", "the march on ...").
* "earlier" / "later" claim only a side of P, so they keep WEEK / MONTH / YEAR
  precision; "early" / "mid" / "late" with a month give MONTH_PART.
* Vague words give FuzzyDate.unknown() plus a relation: any week we stored
  would claim more than the text says. The adjective "recent" ("the recent
  strikes") and "soon after", "shortly before", "as soon as" are not expressions.
* Prepositions (on, in, since, by ...) are context, not ``text``: "on Saturday"
  gives "Saturday"; idioms ("in the coming days") keep all their words.
* Undated article (P None): month / day wording keeps year=None; relative
  wording gives FuzzyDate.unknown(), never an invented date.
* A month and day between "the" and a capitalised word ("the April 6 Youth Movement") is a name.
* Bare "earlier" after a verb ("said earlier") is the narrative time; after "the", "an", "than"
  or a count ("weeks earlier") it is not, or is shifted by the count.
* Four digits before "hours" or a time zone ("from 1700 hours IST", "at 1800 GMT") are a time of day.
* Overlaps: the longest match wins. Known miss: "grew by 2000 troops" is a year.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable

from dateutil import easter

from generator.model import FuzzyDate, Precision


@dataclass(frozen=True)
class TimeExpression:
    text: str  # the matched words, as in the sentence
    start: int  # char offsets in the sentence
    end: int
    date: FuzzyDate
    relation: str  # "past" | "present" | "future" | "absolute" | "narrative" — what the wording implies
    shift: int | None = None  # "narrative" only: days from the time the text has reached ("the next day": 1)

    @property
    def anaphoric(self) -> bool:
        """Dated by the narrative, not by the publication: "hours earlier", "the same day"."""
        return self.relation == "narrative"


Resolved = tuple[FuzzyDate, str] | tuple[FuzzyDate, str, int] | None
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
                 "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_NAMED_MONTH = "|".join([*MONTHS, *ABBREVIATIONS])
# "that August", "the previous August", "September of that year", "Feb. 24 that year", "24 February that year"
THAT_MONTH = re.compile(rf"(?:that|the (?P<way>previous|following|next)) (?P<month>{'|'.join(MONTHS)})|"
                        rf"(?:(?P<month2>{_NAMED_MONTH})\.? (?:(?P<day>[0-9]{{1,2}})(?:st|nd|rd|th)?,? )?|"
                        rf"(?P<day2>[0-9]{{1,2}})(?:st|nd|rd|th)? (?P<month3>{_NAMED_MONTH})\.? )(?:of )?that year",
                        re.I)
WEEKDAYS = [name.lower() for name in calendar.day_name]
NEEDS_ANCHOR = {"may", "march", "april", "june", "august"}
CAPITALISED = {"may", "march", "mar"}
PART_DAY = {"early": 5, "beginning": 5, "start": 5, "mid": 15, "middle": 15, "late": 25, "end": 25}
YEAR_ENDS = {"beginning": (1, 5), "start": (1, 5), "end": (12, 25)}  # "the start / end of the year": its first /
# last month's part
COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
NOT_A_DATE_BEFORE = {"a", "an", "the", "every", "each"}
TITLE_AFTER = {"Times", "Telegraph", "Mail", "Mirror", "Express", "Post", "Herald", "Night",
               "Tribune", "Independent", "Observer", "Service", "School"}
# The irregular past tenses of English (but those that are nouns as often: "set", "bid", "spread"): a clause
# with one reports that something was done, as a regular "-ed" does.
IRREGULAR_PAST = frozenset(
    "flew went gave spoke wrote came made saw rose fell drew paid laid stood ran grew built bought sold brought "
    "thought kept became got caught dealt drove fought found forgave froze hung heard hid knew lent meant overcame "
    "overtook rode rang taught threw understood undertook upheld wore won beat bent bled blew bred burst chose "
    "clung crept dug forbade foresaw forgot mistook rebuilt rewrote sat slept slid sped spent spun sprang stole "
    "stuck stung strove strode swore swept swung tore woke wept withheld shook overran overthrew underwent oversaw "
    "slew smote sank shrank stank shot quit put cut shut cast broke sought withdrew arose swam forsook".split()
)
IRREGULAR_PARTICIPLES = frozenset("sworn taken chosen driven beaten thrown stolen born withdrawn overthrown written "
                                  "spoken broken frozen hidden shaken torn".split())  # "was sworn in on November 8"
PAST_VERBS = {"said", "told", "wrote", "met", "began", "spoke", "saw", "took", "held", "made", "gave", "went",
              "struck", "left", "led", "sent", "fled", "lost", "won", "died", "sued", "tied", "owed"} | IRREGULAR_PAST \
    | IRREGULAR_PARTICIPLES
DURATION_CUE = re.compile(r"\b(?:first|last|since|biggest|largest|worst|best|highest|lowest|longest|deadliest|"
                          r"most|only|least)\b", re.I)
NOT_EARLIER_AFTER = {"the", "an", "a", "than", "much", "far", "even", "its", "their", "his", "her", "days", "weeks",
                     "months", "years", "hours", "minutes", "moments", "decades", "some", "somewhat", "slightly"}
SCHEDULE_VERBS = {"opens", "begins", "starts", "ends", "resumes", "convenes", "closes", "expires"}
ONSET_WORDS = {"starting", "beginning", "effective"}  # "a truce starting Saturday": the day it will begin
YEAR_DAYS = 365  # a narrative shift of whole years ("the following year") counts in these
MONTH_DAYS = 31  # and one of whole months ("the following month") in these
PRESENT_AUXILIARIES = {"is", "are", "be", "being", "been", "to", "will"}  # "is held", "to be signed": not past
NOT_PAST = {"scheduled", "planned", "expected", "slated", "intended", "needed"}


def _alt(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_WD = _alt(WEEKDAYS)
_FOLLOWING_WEEKDAY = re.compile(rf"the (?:following|next) (?P<wd>{_WD})", re.I)
_MON = _alt(MONTHS)
_MONTH_NAMES = _alt(name.capitalize() for name in MONTHS)
_MON_ANY = rf"(?:{_MON})\b|(?:{_alt(ABBREVIATIONS)})\b\.?"  # only an abbreviation takes a full stop
_SUF = r"(?:st|nd|rd|th)?"
_DAYS_TO = r"(?:\s?[-–]\s?[0-9]{1,2}(?:st|nd|rd|th)?\b)?"  # the last day of a span of days
_YEAR_TAIL = r"(?:,?\s+(?:of\s+)?(?P<year>[0-9]{4})\b(?!-[0-9])|\s+(?P<ryear>last|this|next)\s+year\b)?"
_HALF_OF = r"(?:first|second|third|fourth|last|final)\s+(?:half|quarter)\s+of"  # "the second half of 2024"
_PART = r"(?:(?P<part>early|mid|late)[\s-]+|(?:the\s+)?(?P<partof>beginning|start|middle|end)\s+of\s+)"
_CUE = r"in|on|since|until|till|by|from|during|before|after|through|throughout"
YEARS_A_DECADE = 10
_NUM = r"a\s+few|several|an|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]{1,3}"
COMMITMENTS = frozenset("agreed decided pledged promised vowed voted invited asked urged ordered directed summoned "
                        "called told instructed".split())  # "agreed to meet …",
# "invited X to visit": a future ahead of the day the promise or invitation was made
# A proposal of a meeting the time after it belongs to: "proposed direct talks with Ukraine in Istanbul on …".
PROPOSAL_VERBS = r"(?:proposed|offered|suggested|called\s+for)"
PROPOSED_MEETINGS = r"(?:talks|negotiations|meeting|summit|conference|ceasefire|truce|visit)"
_PROPOSED_MEETING = re.compile(r"\b" + PROPOSAL_VERBS + r"\s+(?:[\w-]+\s+){0,3}?" + PROPOSED_MEETINGS +
                               r"\b[^.;,]*\Z")
_A_THING_OF = re.compile(r"\b(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?[a-z]+\s+of\s*\Z")  # "the decree of"
_A_DAY_NAMED = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today)\b")
_FUTURE = re.compile(r"\b(?:will|shall|must(?!\s+have)|won't|due\s+to|"
                     r"plans?\s+to(?!\s+(?:(?-i:[A-Z])|the\b|an?\b))|planning\s+to|planned|set\s+to|"  # (not "handed
                     # the plan to Zelenskiy")
                     r"slated\s+to|"
                     r"(?<!the\s)(?<!a\s)plans?\s+(?:another|more|further|a\s+new|new)\s|"  # "plan another march"
                     r"expected\s+to|expect(?:s|ed)?\s+(?:[\w'’-]+\s+){1,5}?to\s+(?:be|have)\s"  # "expected the
                     # cable to be repaired by Sunday"
                     r"|expects?\s+(?:[\w'’-]+\s+){1,5}?to\s+[a-z]+|"  # "Forecasters expect the storm to cross …"
                     r"as\s+soon\s+as(?=\s*\Z|\s+(?:next|this|tomorrow|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)"
                     # "could vote as soon as Wednesday" (the text up to a time ends with the cue)
                     r"|(?:is|are|was|were)\s+likely\s+to|should\s+be\s+(?:[a-z]+\s+){0,3}?by\b"  # "should be in
                     # place by the conference in October"
                     r"|(?:is|are)\s+(?:also\s+|now\s+|still\s+|widely\s+)?expected"
                     r"|(?:is|are)\s+due\s+(?:in|at|on|back|for)|(?:has|have|given)\s+until\s"  # "has until Friday to"
                     r"|(?:proposed|suggested|demanded|urged|recommended)\s+that\s"  # "proposed that they meet before
                     # the end of August"
                     r"|(?:could|might)\s+(?!not\b|have\b)(?:also\s+)?[a-z]{3,}\b(?!\s+(?:be\s+)?reached)"
                     # "could sail … by early June" (not "could not be reached")
                     r"|(?:is|are)\s+to\s+(?:be\s+)?[a-z]+"  # "who is to be sworn in on Monday"
                     r"|(?:hopes?|hoping|aims?|aiming|wants?|seeks?)\s+to\s+[a-z]+"  # "allies hope to welcome Sweden by
                     # the summit in July"
                     r"|look(?:s|ed|ing)?\s+forward\s+[“\"]?to\b"  # "he looked forward to welcoming him on 24 June"
                     r"|(?:agreed|decided|pledged|promised|vowed|voted)"
                     r"(?:\s+(?:on|late|early|in|at)(?:\s+on)?\s+(?:the\s+)?[A-Za-z]+)?"  # "voted late on Monday to
                     # hold …"
                     r"\s+to\s+"
                     r"(?:continue|meet|resume|hold|sign|extend|release|exchange|return|withdraw|open|reopen|restore|"
                     r"establish|convene|host|send|start|begin|inaugurate|form|set\s+up|launch|appoint|submit|"
                     r"complete|finali[sz]e|visit|attend)"
                     r"|(?:invited|asked|urged)\s+(?:[\w'’-]+\s+){1,4}?to\s+(?:attend|visit|join|come|take\s+part)"
                     r"|(?:ordered|directed|summoned|urged|asked|called\s+on|told|instructed)\s+(?:[\w'’-]+,?\s+){1,6}?"
                     r"(?:to\s+)?(?:appear|gather|rally|march|report|vote|convene|reconvene|sit|elect|stay|remain)\b"
                     # "ordered him to appear on Monday", "directed that Khan appear on Friday"
                     r"|called\s+(?:[\w'’-]+\s+){1,3}?to\s+(?:convene|reconvene|sit|vote|elect)\b"  # "called parliament
                     # to convene on January 9" (not "called the vote a fraud on Sunday")
                     r"|called\s+for\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:march|strike|rally|protest|vote|election|"
                     r"referendum|shutdown|boycott)s?\b"
                     r"|\bfor\s+(?:[\w'’-]+\s+){1,6}?to\s+(?:begin|start|take\s+effect|resume|open|end)"  # "the way
                     # for a truce to begin on Sunday"
                     r"|(?:a|the|his|her|their|its)\s+(?:motion|proposal|request|bid|offer)\s+to\s+"
                     r"(?!(?:the|an?|his|her|its|their|this|that)\b)(?-i:[a-z]+)"  # "put a motion
                     # to resume on Saturday": the day proposed, ahead of the proposing
                     r"|fac(?:es|ing)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:election|vote|runoff|referendum|ballot|"
                     r"trial|hearing|deadline)s?\b"  # "faces a general election on Sunday": the vote ahead
                     r"|scheduled|going\s+to|upcoming|intends?\s+to|look(?:s|ed|ing)?\s+ahead)\b|\w['’]ll\b", re.I)
_SCHEDULE_PHRASE = re.compile(r"\b(?:takes?|goes|go)\s+(?:into\s+)?effect\s+(?:on\s+|from\s+)?\Z|"
                              r"\b(?:comes?|enters?)\s+into\s+force\s+(?:on\s+|from\s+)?\Z", re.I)
_NO_AUXILIARY_BEFORE = "".join(rf"(?<!{word}\s)" for word in
                               "did not to n't ’t would will could can should might must".split())
_TIMETABLE = re.compile(r"\b(?:flies|travels|heads|leaves|returns|visits|arrives|departs|takes\s+over|hands\s+over"
                        r"|falls|announces|unveils|publishes|decides|debates|"
                        + _NO_AUXILIARY_BEFORE + r"(?<!\bwere\s)(?<!\bwas\s)(?<!\bbe\s)(?<!\bbeen\s)"
                        r"(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)"  # (not "at the start of Wednesday", "end-of-year")
                        r"(?:meet|gather|open|begin|start|end|resume|convene|expire|host)s?)\b(?!-)"
                        r"(?:[^.;,]|[ap]\.m\.){0,60}\Z"  # "ministers meet in Brussels on Wednesday", "the drills
                        # open in Belarus on Friday", "polls open at 7 a.m. on Sunday", "hosts … in November": a
                        # timetable
                        r"|\b(?:is|are|am)\s+(?:(?:\w+ly|now|also)\s+)?[a-z]+ing\b[^.;,]{0,60}\Z")  # "is staying on
# from Friday", "the row is now shifting to Sunday's closing ceremony"
# "declared the Games open late on Friday", "kept the crossing open": open as what something was made, no timetable
_DECLARED_OPEN = re.compile(r"\b(?:declared|declares|pronounced|kept|keeps|left|reopened)\s+(?:[\w'’-]+\s+){1,5}?"
                            r"open\b[^.;,]{0,60}\Z")
_TOLD_SOMEONE = re.compile(r"\btold\s+(?:the\s+|a\s+)?(?:[\w'’.-]+\s+){1,3}(?:on\s+|late\s+|early\s+)?\Z")
# "wants an agreement sealed by", "hopes to have the text signed by": a deadline set for what someone wishes done
_WANTED_BY = re.compile(r"\b(?:wants?|hopes?|aims?|expects?|needs?|seeks?)\s+(?:[\w“”\"'’-]+\s+){0,6}?[a-z]+ed\s+"
                        r"by\s+\Z", re.I)
_PROMISED = re.compile(r"\b(?:promised|pledged|vowed|agreed|committed|expects?|hopes?|aims?|wants?)\b[^.;]*\Z", re.I)
_AFTER_A_THING = re.compile(r"\b(?:after|following)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w“”\"'’-]+\s+){0,3}?"
                            r"(?:on\s+|late\s+|early\s+)?\Z", re.I)
_SAID = re.compile(r"\b(?:said|told|announced|wrote|posted)\b")
_CONDITION = re.compile(r"\bif\s+(?:[\w'’-]+\s+){1,3}\Z", re.I)  # "if Okafor lost": a condition, told ahead
_CALLED_OFF = re.compile(r"\b(?:(?:was|were)\s+(?:\w+ly\s+)?(?:called\s+off|cancell?ed|postponed|scrapped|put\s+off|"
                         r"delayed)|fell\s+through|never\s+(?:took\s+place|happened|materiali[sz]ed))\b")  # a plan
# that "was called off" or "fell through": a day gone by
_PASSIVE_BE = re.compile(r"\bbe\s+\Z")
_A_STATE_KEPT = re.compile(r"\b(?:stay|stays|remain|remains)\s+\w+\W*\Z", re.I)
_PREPOSITION_BEFORE = re.compile(r"\b(?:behind|in|at|with|under|into|from|of)\s+\Z", re.I)  # "behind closed doors"
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+\Z", re.I)  # "the delayed election": an adjective
_ABSOLUTE_OPEN = re.compile(r",\s+(?:[\w'’-]+\s+){1,3}\Z")  # ", rail crossings included,": a participle aside
_SET_BEFORE = re.compile(r"\bhad\s+(?:been\s+)?(?:\w+ly\s+)?[a-z]+\s+\Z", re.I)  # "had been scheduled for …"
_PAST_PLAN = re.compile(r"\bhad\s+(?:been\s+|originally\s+|initially\s+)*\Z", re.I)
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
# "would not say whether …": a refusal made then, no future
REFUSED = (r"(?!\s+not\s+(?:say|comment|confirm|deny|disclose|elaborate|reveal|discuss|specify|name|give|speculate|"
           r"be\s+drawn)\b)")
_WOULD = re.compile(r"\bwould\b" + REFUSED, re.I)  # reported future: "he said he would travel to China in April"
_NOT_SOON_AFTER = re.compile(r"\s+(?:after|before|afterwards|thereafter|as|enough)\b", re.I)
_NOT_SOON_BEFORE = re.compile(r"\bas\s+\Z", re.I)
_NEXT_WORD = re.compile(r"\s+([A-Z]\w*)")
WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")  # a word, a hyphened compound one word: "closed-door"
VERB_PREFIXES = frozenset({"re", "co", "pre"})


def _month_number(word: str, anchored: bool) -> int | None:
    """The month a word names, or None when it is an ordinary word here ("you may", "the march")."""
    key = word.lower().rstrip(".")
    if (key in CAPITALISED and not word[0].isupper()) or (key in NEEDS_ANCHOR and not anchored):
        return None
    return MONTHS.get(key) or ABBREVIATIONS.get(key)


def _valid_day(year: int | None, month: int, day: int) -> bool:
    """Whether the day exists; with no year, 29 February does (2000 is a leap year)."""
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(2000 if year is None else year, month)[1]


SOME_DAYS = 3  # "days earlier": about this many; the date it gives is only as precise as a week
ROUGHLY = re.compile(r"\b(?:than|under|over|about|around|nearly|almost|roughly|some|barely|only|just)\s+\Z", re.I)


def approximate(expression: TimeExpression) -> bool:
    """"Days earlier", "days later": a shift of some days, not of a counted number."""
    return expression.anaphoric and expression.text.lower().startswith("days")


def week_of(date: FuzzyDate) -> FuzzyDate:
    """The week (by its Monday) a day falls in: what "days earlier" can claim."""
    if date.precision is not Precision.DAY or date.year is None:
        return date
    return _shifted(dt.date(date.year, date.month, date.day), 0, "week")


def _shifted(p: dt.date, count: int, unit: str) -> FuzzyDate:
    """P moved by ``count`` units (negative = back), at the unit's own precision."""
    if unit == "day":
        return FuzzyDate.of_day(p + dt.timedelta(days=count))
    if unit == "week":
        monday = p + dt.timedelta(days=7 * count - p.weekday())
        return FuzzyDate(monday.year, monday.month, monday.day, Precision.WEEK)
    if unit == "month":
        year, month = divmod(p.year * 12 + p.month - 1 + count, 12)
        return FuzzyDate(year, month + 1, 1, Precision.MONTH)
    return FuzzyDate(p.year + count, None, None, Precision.YEAR)


def _previous_word(text: str) -> str:
    found = re.search(r"([\w'’]+)\W*\Z", text[-80:])  # a bounded window keeps long texts linear
    return found.group(1) if found else ""


@lru_cache(maxsize=64)
def _has_future_cue(sentence: str) -> bool:
    return _FUTURE.search(sentence) is not None


_TIME_CUE_TAIL = re.compile(r"(?:\s+(?:late|early|on))+\s*\Z", re.I)
_PARTICLE_TAIL = re.compile(r"(?<=[a-z])\s+(?:out|up|off|down|away)\s*\Z")
_DONE_BY_SOMEONE = re.compile(r"(?<!\bbe\s)(?<!\bbeen\s)\b[a-z]{3,}ed\s+by\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*"
                              r"(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:on\s+|late\s+|early\s+)*\Z")


def _future_context(sentence: str, start: int) -> bool:
    """A future cue in the sentence, unless a past verb governs the expression ("said on Saturday")
    or comes before the cue ("on Wednesday, X and Y signed a deal under which Z will …")."""
    before = sentence[max(0, start - 80):start]
    verb_end = _TIME_CUE_TAIL.sub("", before)  # "results released late on Sunday": the verb before the cue
    verb_end = _PARTICLE_TAIL.sub("", verb_end)  # "a fire that broke out on Wednesday": the verb, not its particle
    word = _previous_word(verb_end).lower()
    passive = re.search(r"\bbe\s+\w+\W*\Z", verb_end) is not None  # "is due to be appointed on Tuesday"
    passive = passive or _A_STATE_KEPT.search(verb_end) is not None  # "ordered schools to stay closed on Wednesday"
    if (word in PAST_VERBS or (word.endswith("ed") and word not in NOT_PAST)) and not passive and \
            not before.rstrip().endswith(","):  # (", rail crossings included, from Friday": no verb of the time's)
        return False
    if _TOLD_SOMEONE.search(before):
        return False  # "…, Okafor told reporters on Thursday": the telling's day
    if _DONE_BY_SOMEONE.search(before):
        return False  # "Israel's demand, repeated by Okafor on Thursday, that …": the repeating's day, gone by
    timetable = _SCHEDULE_PHRASE.search(sentence, 0, start) or (
        _TIMETABLE.search(sentence, 0, start) and not _AFTER_A_THING.search(sentence, max(0, start - 80), start)
        and not _DECLARED_OPEN.search(sentence, 0, start))
    # ("is holding two survivors after a strike on Thursday": the strike's Thursday, gone by)
    if word in SCHEDULE_VERBS | ONSET_WORDS or timetable:
        return True  # "the summit that opens on Friday", "takes effect on Thursday", "Biden flies to Helsinki on
        # Thursday": a timetable, in the present tense
    if _AFTER_A_THING.search(sentence, max(0, start - 80), start) and _SAID.search(sentence, 0, start):
        return False  # "X said he would meet Y after a “very productive” call on Thursday": the call told of
    if (proposal := _PROPOSED_MEETING.search(sentence, max(0, start - 100), start)) and \
            (proposal.start() == 0 or _A_DAY_NAMED.search(sentence, 0, proposal.start())):  # (0: the plan told apart)
        return True  # "Putin on Sunday proposed direct talks in Istanbul on Thursday": the talks' Thursday, ahead
        # (but "proposed the talks in the early hours of Sunday", with no other day, the proposing's)
    if _governed_by_future(sentence, start):
        return True  # "Okafor said she planned to leave on Sunday", "X said the two would meet on Thursday"
    if not _has_future_cue(sentence):
        return False
    cue = _FUTURE.search(sentence)
    if (cue.start() > start or start < cue.end()) and cue.group().split()[0].lower() in COMMITMENTS:
        return False  # "on Monday agreed to hold talks", "agreed on Monday to hold talks": the agreeing was on Monday
    if _PAST_PLAN.search(sentence, 0, cue.start()):
        return False  # "the ceremony had been scheduled for Thursday": a plan made before, for a day gone by
    if _past_after_an_aside(sentence, cue, start) or _past_after_a_subject_relative(sentence, cue, start):
        return False  # "X, who plans to meet Y in May, praised Z on Tuesday": the praising's Tuesday
    if _SAID.search(sentence, cue.end(), start):
        return False  # "“The army will …,” the army said in a statement late on Sunday": the saying's Sunday
    return not any(_is_past_verb(w.lower()) for w in WORD.findall(sentence[:cue.start()]))


def _past_after_an_aside(sentence: str, cue: re.Match, start: int) -> bool:
    """The future cue is inside an aside (", who plans to …,") and a past verb after the aside governs
    ``start``."""
    if not _ASIDE_OPEN.search(sentence, max(0, cue.start() - 40), cue.start()):
        return False
    close = sentence.find(",", cue.end(), start)
    return close != -1 and any(_is_past_verb(w.lower()) for w in WORD.findall(sentence[close:start]))


def _past_after_a_subject_relative(sentence: str, cue: re.Match, start: int) -> bool:
    """The future cue is in a relative inside the subject, and the main verb after it is past: "The committee
    that will oversee the vote met on Tuesday"."""
    if cue.start() > SUBJECT_REACH or not _RELATIVE_OPEN.search(sentence, max(0, cue.start() - 10), cue.start()) \
            or any(_is_past_verb(w.lower()) for w in WORD.findall(sentence[:cue.start()])):
        return False  # (a subject ends early in its sentence: the scans stay short in a sentence of any length)
    words = WORD.findall(sentence[cue.end():min(start, cue.end() + SUBJECT_REACH)])
    return any(_is_past_verb(word.lower()) and previous.lower() not in PRESENT_AUXILIARIES
               for previous, word in zip(words[1:], words[2:]))


_RELATIVE_OPEN = re.compile(r"\b(?:that|which|who)\s+\Z")
SUBJECT_REACH = 160  # characters from a sentence's start within which its subject, and a relative in it, lie
PAST_CUE_CHARS = 120  # the characters those words are looked for in
PAST_CUE_WORDS = 14  # words before a time in which a past verb makes it a past one ("escaped … before the invasion on Feb. 24")
_ASIDE_OPEN = re.compile(r",\s+(?:who|which)\s+(?:[\w'’-]+\s+){0,3}\Z")


def _governed_by_future(sentence: str, start: int) -> bool:
    """The nearest tense cue before ``start`` is a future one: "has said he will travel to China in April",
    "said he planned to leave on Sunday" (a plan made before, "had been scheduled", is none)."""
    before = sentence[max(0, start - 200):start]
    joined = max(before.rfind(", and "), before.rfind(", but "), before.rfind("; "))
    before = before[joined + 1:] if joined >= 0 else before  # "X agreed to suspend plans to annex …, and on
    # August 31 the first flight carried …": the clause before's cue governs nothing here
    cues = sorted([*_FUTURE.finditer(before), *_WOULD.finditer(before)], key=lambda m: m.end())
    if not cues:
        return False
    last = cues[-1]
    if _PAST_PLAN.search(before, 0, last.start()):
        return False
    ends = {m.end() for m in cues}
    past = [m.end() for m in WORD.finditer(before)
            if _is_past_verb(m.group().lower()) and m.end() not in ends
            and not _CONDITION.search(before, max(0, m.start() - 40), m.start())  # "would survive if X lost …"
            and not _PASSIVE_BE.search(before, max(0, m.start() - 8), m.start())  # "to be repaired by Sunday"
            and not _DETERMINER_BEFORE.search(before, max(0, m.start() - 8), m.start())  # "the delayed vote"
            and not _PREPOSITION_BEFORE.search(before, max(0, m.start() - 8), m.start())  # "behind closed doors"
            and not (before.startswith(",", m.end()) and _ABSOLUTE_OPEN.search(before, max(0, m.start() - 40),
                                                                                m.start()))]  # ", rail links included,"
    return last.end() > (past[-1] if past else -1)


def _told_as_past(sentence: str, start: int, reach: int = 0) -> bool:
    """The expression belongs to a past happening: the nearest tense cue before it (within ``reach`` words, else
    ``PAST_CUE_WORDS``) is a past verb ("Xi visited Riyadh in December"), and no future cue governs it."""
    if _governed_by_future(sentence, start):
        return False
    reach = reach or PAST_CUE_WORDS
    before = sentence[max(0, start - PAST_CUE_CHARS * reach // PAST_CUE_WORDS):start]
    before = before[before.rfind(";") + 1:]  # "… then suspended it; the pause expires on July 8": a clause of its own
    future = [m.end() for m in _FUTURE.finditer(before)]
    found = list(WORD.finditer(before))[-reach:]
    words = [w.group().lower() for w in found]
    past = [k for k, word in enumerate(words) if _is_past_verb(word)]
    if not past or future and future[-1] > found[past[-1]].start():
        return False  # (a future cue after the last past verb governs it; "plans to merge …, a deal signed in
        # December": the past verb comes last)
    if _WANTED_BY.search(before):
        return False  # "who wants an agreement sealed by Dec. 12": a goal, still ahead
    if _inside_a_closed_aside(before, found[past[-1]].start()):
        return False  # "Georgia, which won candidate status in December, holds elections on October 26"
    return past[-1] == 0 or words[past[-1] - 1] not in PRESENT_AUXILIARIES \
        or words[past[-1] - 2:past[-1]] == ["had", "been"]  # "had been sentenced on Aug. 4"


def _inside_a_closed_aside(before: str, position: int) -> bool:
    """``position`` lies in a ", who …," or ", which …," aside that closes before the end of ``before``."""
    close = before.find(",", position)
    return close != -1 and _ASIDE_START.search(before, 0, position) is not None and \
        not any(_is_past_verb(w.lower()) for w in WORD.findall(before[close:]))


_ASIDE_START = re.compile(r",\s+(?:who|which)\s")
_AHEAD_OF_THE_PAST_VERB = re.compile(r"\b(?:until|till|to\s+(?!(?:the|a|an|its|his|her|their|this|that)\b)"
                                     r"[a-z]+(?:\s+[a-z]+)?\s+(?:an?|the)\s"
                                     r"|(?<=set\s)(?:the|a|an|its|their)\s+(?:[a-z-]+\s+){1,3}?for\s+\Z"
                                     r"|(?<=proposed\s)[a-z]{3,}ing\s|(?<=suggested\s)[a-z]{3,}ing\s)")  # "set the
# vote for Feb. 23", "proposed holding a snap election on Oct. 29": the day set or proposed, ahead


def _ahead_of_its_verb(sentence: str, start: int) -> bool:
    """"has agreed to keep it open until the contract runs out at the end of December", "had accepted an
    invitation to make a state visit in November": the time of what a past verb agreed to, still ahead of it."""
    before = sentence[max(0, start - 120):start]
    if _SCHEDULED_FOR.search(before) is not None:
        return True  # "came ahead of the snap election due on February 23": the election's day, ahead
    past = [m for m in WORD.finditer(before) if _is_past_verb(m.group().lower())]
    return bool(past) and _AHEAD_OF_THE_PAST_VERB.search(before, past[-1].end()) is not None


_SCHEDULED_FOR = re.compile(r"\b(?<!had\s)(?<!been\s)(?:due|scheduled|slated)\s+(?:on|for)\s+\Z"
                            r"|\bahead\s+of\s+(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+){1,3}?(?:on\s+)?\Z", re.I)


def _told_in_past(sentence: str) -> bool:
    """The sentence, its quotes left out, tells only of the past: "In late December, X accused Y", "As recently
    as October, X said …" (a month after the publication's is then last year's)."""
    told = QUOTED.sub(" ", sentence)
    if _FUTURE.search(told) or _WOULD.search(told):
        return False
    words = [w.lower() for w in WORD.findall(told)]
    return any(_is_past_verb(word) and (k == 0 or words[k - 1] not in PRESENT_AUXILIARIES)
               for k, word in enumerate(words))  # "the summit is held in December": ahead


def _is_past_verb(word: str) -> bool:
    """"closed-door", "Iran-backed": a compound is an adjective, unless a prefix makes a verb ("re-elected")."""
    prefix, _, rest = word.rpartition("-")
    if prefix:
        return prefix in VERB_PREFIXES and _is_past_verb(rest)
    return word in PAST_VERBS or (word.endswith("ed") and len(word) > 4 and word not in NOT_PAST)


def _named_weekday(sentence: str, start: int, end: int) -> bool:
    """"a Sunday newspaper", "Good Friday", "Sunday Times": a name or habit, not a date."""
    before = sentence[max(0, start - 80):start].rstrip()
    word = _previous_word(before)
    if word.lower() in NOT_A_DATE_BEFORE:
        return True
    earlier = before[: len(before) - len(word)].rstrip()
    if word[:1].isupper() and earlier and earlier[-1] not in ".!?:;\"“(":
        return True
    after = _NEXT_WORD.match(sentence, end)
    return bool(after and after.group(1) in TITLE_AFTER)


def _inside_name(sentence: str, start: int, end: int) -> bool:
    """"the April 6 Youth Movement": after "the" and before a capitalised word, a date is part of a name."""
    return _previous_word(sentence[max(0, start - 80):start]).lower() == "the" and \
        _NEXT_WORD.match(sentence, end) is not None


def _tail_year(m: re.Match, p: dt.date | None) -> int | None:
    """The year written after a month: "March 2025", "November last year" (None: none written, or none known)."""
    if m["year"]:
        return int(m["year"])
    if m["ryear"] and p is not None:
        return p.year + {"last": -1, "this": 0, "next": 1}[m["ryear"].lower()]
    return None


def _iso(m: re.Match, sentence: str, p: dt.date | None) -> Resolved:
    year, month, day = int(m["year"]), int(m["mon"]), int(m["day"])
    if not _valid_day(year, month, day):
        return None
    return FuzzyDate(year, month, day, Precision.DAY), "absolute"


def _day(m: re.Match, sentence: str, p: dt.date | None) -> Resolved:
    if _inside_name(sentence, m.start("x"), m.end("x")):
        return None
    month, day, written = _month_number(m["mon"], anchored=True), int(m["day"]), _tail_year(m, p)
    year = written if written is not None else (p.year if p else None)
    if month is None or not _valid_day(year, month, day):
        return None
    if written is None and p is not None and (by_weekday := _year_of_its_weekday(m["x"], month, day, p)):
        return FuzzyDate(by_weekday, month, day, Precision.DAY), "absolute"  # "Friday, August 1" is 2025's
    told_as_past = written is None and p is not None and (
        _told_as_past(sentence, m.start("x")) or _opens(sentence, m.start("x")) and _told_in_past(sentence)
        or _subject_of_a_past_verb(sentence, m.end("x")) or _opening_told_as_past(sentence, m.start("x"), m.end("x"))
        or SINCE_A_DAYS_THING.search(sentence, max(0, m.start("x") - WORD_REACH * 3), m.start("x")) is not None)
    if written is None and p is not None and month > p.month and _valid_day(year - 1, month, day) and \
            not _ahead_of_its_verb(sentence, m.start("x")) and not A_DEADLINE_AFTER.match(sentence, m.end("x")) and \
            told_as_past:
        return FuzzyDate(year - 1, month, day, Precision.DAY), "past"  # "signed on December 12" in a March story
    if written is None and p is not None and month < p.month and _valid_day(year + 1, month, day) and \
            (dt.date(year + 1, month, day) - p).days <= NEAR_AHEAD_DAYS and \
            (_ahead_of_its_verb(sentence, m.start("x")) or not told_as_past):
        return FuzzyDate(year + 1, month, day, Precision.DAY), "future"  # "had wanted to hold the vote on Jan. 15",
        # "as Trump returns to the White House on Jan. 20" in a December story: the nearest Jan. 15, ahead
    if written is None and p is not None and _next_years(sentence, m.start("x"), month, p) and \
            _valid_day(year + 1, month, day):
        return FuzzyDate(year + 1, month, day, Precision.DAY), "future"  # "ahead of X's return on Jan 20" in November
    if written is None and p is not None and month > p.month and _valid_day(year - 1, month, day) and \
            (dt.date(year, month, day) - p).days > HALF_A_YEAR and \
            (_told_as_past(sentence, m.start("x"), FAR_PAST_CUE_WORDS)
             or _A_THING_OF.search(sentence, max(0, m.start("x") - WORD_REACH * 2), m.start("x"))) and \
            not _future_context(sentence, m.start("x")):
        return FuzzyDate(year - 1, month, day, Precision.DAY), "past"  # "left Baku for Grozny, the capital of
        # Chechnya, on the morning of Dec. 25" in a February story: a past verb further back, and a year ago the
        # nearest Dec. 25 (so for "the decree of Dec. 3": a thing's day)
    return FuzzyDate(year, month, day, Precision.DAY), "absolute"


A_DEADLINE_AFTER = re.compile(r"\s+deadline\b")  # "urging them to settle before a July 9 deadline": later this year
NEAR_AHEAD_DAYS = 100  # a yearless day of next year this close ahead, told as no past, is next year's
HALF_A_YEAR = 183  # days: a yearless day further ahead than this is last year's if a past verb tells it


def _year_of_its_weekday(text: str, month: int, day: int, p: dt.date) -> int | None:
    """The year, of those around P, in which a day told with its weekday ("Friday, August 1") falls on it."""
    named = re.match(_WD, text, re.I)
    if named is None:
        return None
    weekday = WEEKDAYS.index(named.group().lower())
    years = [y for y in (p.year, p.year - 1, p.year + 1)
             if _valid_day(y, month, day) and dt.date(y, month, day).weekday() == weekday]
    return min(years, key=lambda y: abs((dt.date(y, month, day) - p).days)) if years else None
FAR_PAST_CUE_WORDS = 30  # words before such a day in which a past verb tells it


def _subject_of_a_past_verb(sentence: str, end: int) -> bool:
    """"a raid on Oct. 7 triggered the war": the happening the time ends is the subject of a past verb."""
    following = re.match(r"\s+([a-z]+)\b", sentence[end:end + WORD_REACH])
    return following is not None and _is_past_verb(following.group(1)) and not _governed_by_future(sentence, end)


def _opening_told_as_past(sentence: str, start: int, end: int) -> bool:
    """"In December the United States launched …, and on Jan. 3 … warned they would …": a time opening the
    sentence takes the tense of the first verb after it, up to the first comma or relative pronoun."""
    if not _opens(sentence, start):
        return False
    after = OPENING_COMMA.sub(" ", sentence[end:end + OPENING_CLAUSE_REACH])  # "In July, however, police said …"
    clause = re.split(r"[,;:]|\b(?:who|which|that)\b", after, maxsplit=1)[0]
    for word in WORD.findall(clause):
        if word.lower() in PRESENT_AUXILIARIES or _FUTURE.match(word) or _WOULD.match(word):
            return False
        if _is_past_verb(word.lower()):
            return True
    return False


OPENING_CLAUSE_REACH = 80
OPENING_COMMA = re.compile(r"^\s*,\s*(?:(?:however|though|meanwhile|also|then|too|in\s+turn)\s*,\s*)?", re.I)
WORD_REACH = 20
# "since the rebels' Oct. 7 attack": a day that names what something has gone on since is past
SINCE_A_DAYS_THING = re.compile(r"\b[Ss]ince\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+(?:['’]s|s['’])\s+\Z")


def _opens(sentence: str, start: int) -> bool:
    """The time opens the sentence ("On August 14, border guards detained …"): the verb that tells its tense
    comes after it. So does one closing an opening phrase: "At a news conference on Nov. 23, she said …"."""
    return len(sentence[:start].split()) <= OPENING_WORDS or _OPENING_PHRASE.match(sentence[:start]) is not None


OPENING_WORDS = 2  # "On", "Late on"
_OPENING_PHRASE = re.compile(r"(?:At|In|During|Speaking\s+at)\s+(?:an?|the|his|her|its|their)\s+(?:[\w'’-]+\s+){0,4}?"
                             r"(?:on|of)\s+\Z")


def _next_years(sentence: str, start: int, month: int, p: dt.date) -> bool:
    """A month well before the publication's, told ahead ("will travel on Jan 20", "before X takes office in
    January" in a November story): next year's (but not "a summit planned for June 27 was called off")."""
    if month >= p.month or _told_as_past(sentence, start) or _CALLED_OFF.search(sentence, start) or \
            _SINCE_BEFORE.search(sentence, max(0, start - WORD_REACH), start):
        return False  # ("… will suspend the curbs taken since April 2": a time gone by, whatever the tense)
    window = sentence[max(0, start - 80):start]
    return _governed_by_future(sentence, start) or (p.month - month >= AHEAD_MONTHS and (
        _AHEAD.search(window) is not None or _DEADLINE.search(window) is not None))


AHEAD_MONTHS = 5  # a month this far back in the year, told ahead, is next year's
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:early\s+|mid-|late\s+)?\Z", re.I)
_AHEAD = re.compile(r"\b(?:ahead\s+of|before|takes|upcoming|due)\b", re.I)
_DEADLINE = re.compile(r"\b(?:until|till|by)\s+(?:[\w-]+\s+){0,3}\Z", re.I)  # "by late January", not "backed by
# Kigali, took Goma, the largest city, in late January"


HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
            "new year's eve": (12, 31), "new year's day": (1, 1)}  # fixed-date days news dates events by


def _holiday(m: re.Match, sentence: str, p: dt.date | None) -> Resolved:
    """"on Christmas", "on New Year's Eve": that day in the year of publication, or the year before when it is
    still ahead and the text does not look ahead (or the year after when it is past and the text does)."""
    month, day = HOLIDAYS[" ".join((m["holiday"] or m["holiday2"]).lower().replace("’", "'").split())]
    if p is None:
        return FuzzyDate(None, month, day, Precision.DAY), "absolute"
    future = _future_context(sentence, m.start("x"))
    return FuzzyDate.of_day(_nearest(p, future, lambda year: dt.date(year, month, day))), _side(future)


# Days counted from Easter Sunday that news dates events by ("on Good Friday", "on Easter Monday")
EASTER_DAYS = {"ash wednesday": -46, "palm sunday": -7, "maundy thursday": -3, "holy thursday": -3,
               "good friday": -2, "holy saturday": -1, "easter": 0, "easter sunday": 0, "easter day": 0,
               "easter monday": 1}


def _easter_feast(m: re.Match, sentence: str, p: dt.date | None) -> Resolved:
    """"on Easter Sunday", "on Good Friday 2019": the feast in the year written, else the one of the year of
    publication, or of the year before when it is still ahead and the text does not look ahead."""
    shift = dt.timedelta(days=EASTER_DAYS[" ".join(m["feast"].lower().split())])
    method = easter.EASTER_ORTHODOX if m["orthodox"] else easter.EASTER_WESTERN
    if m["fyear"]:
        return FuzzyDate.of_day(easter.easter(int(m["fyear"]), method) + shift), "absolute"
    if p is None:
        return FuzzyDate.unknown(), "absolute"
    future = _future_context(sentence, m.start("x"))
    return FuzzyDate.of_day(_nearest(p, future, lambda year: easter.easter(year, method) + shift)), _side(future)


def _nearest(p: dt.date, future: bool, day_in: Callable[[int], dt.date]) -> dt.date:
    """The yearly day (``day_in(year)``) of the year of ``p``, or of the year before when that is still ahead
    of ``p`` and the text does not look ahead, or of the year after when it is past and the text does."""
    day = day_in(p.year)
    if day > p and not future:
        return day_in(p.year - 1)
    if day < p and future:
        return day_in(p.year + 1)
    return day


def _side(future: bool) -> str:
    return "future" if future else "past"


def _day_of_month(m: re.Match, sentence: str, p: dt.date | None) -> Resolved:
    """"on the 10th": a day of the month of publication, or of the month before when that day is still
    ahead and the text does not look ahead (agency style: "Putin issued a statement on the 10th")."""
    if p is None:
        return None
    day = int(m["day"])
    future = _future_context(sentence, m.start("x"))
    year, month = p.year, p.month
    if day > p.day and not future:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    elif day < p.day and future:
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    if not _valid_day(year, month, day):
        return None
    return FuzzyDate(year, month, day, Precision.DAY), "future" if future else "past"


def _month(m: re.Match, sentence: str, p: dt.date | None) -> Resolved:
    part, rel = m["part"] or m["partof"], (m["rel"] or "").lower()
    month = _month_number(m["mon"], anchored=bool(m["cue"] or part or rel or m["year"] or m["ryear"]))
    if month is None:
        return None
    day, precision = (PART_DAY[part.lower()], Precision.MONTH_PART) if part else (1, Precision.MONTH)
    if (written := _tail_year(m, p)) is not None:
        return FuzzyDate(written, month, day, precision), "absolute"
    if rel in ("last", "next"):
        relation = "past" if rel == "last" else "future"
        if p is None:
            return FuzzyDate.unknown(), relation
        year = p.year - (month >= p.month) if rel == "last" else p.year + (month <= p.month)
        return FuzzyDate(year, month, day, precision), relation
    since = (m["cue"] or "").lower() == "since"
    if p is not None and not since and _next_years(sentence, m.start(), month, p):
        return FuzzyDate(p.year + 1, month, day, precision), "future"  # "will travel to China in April"
    if p is not None and month > p.month and (m["cue"] or "").lower() == "by" and \
            _PROMISED.search(sentence, max(0, m.start() - 120), m.start()):
        return FuzzyDate(p.year, month, day, precision), "future"  # "has promised elections by late September"
    if p is not None and month > p.month and (since or _told_as_past(sentence, m.start()) or _told_in_past(sentence)
                                              or _opening_told_as_past(sentence, m.start(), m.end())) and \
            (since or not _ahead_of_its_verb(sentence, m.start()) and not _on_a_timetable(sentence, m.start())):
        return FuzzyDate(p.year - 1, month, day, precision), "past"  # "since December", "Xi visited Riyadh in December"
    return FuzzyDate(p.year if p else None, month, day, precision), "absolute"


def _on_a_timetable(sentence: str, start: int) -> bool:
    """A verb of a timetable in the present governs the time: "the summit that South Africa hosts in
    Johannesburg in November" (ahead, whatever else the sentence tells in the past)."""
    found = _TIMETABLE.search(sentence, max(0, start - TIMETABLE_REACH), start)
    return found is not None and not any(_is_past_verb(w.lower()) or w.lower() == "since"
                                         for w in WORD.findall(sentence[found.start():start])[1:])


TIMETABLE_REACH = 80  # characters before a time where its timetable verb stands


def _year(m: re.Match, sentence: str, p: dt.date | None) -> Resolved:
    year = int(m["year"])
    groups = m.groupdict()
    earliest = 1700 if groups.get("cue") else 1900  # "in 1867" is a year; "the 1200 troops", "in 1500" not
    if not any(groups.get(cue) for cue in ("cue", "part", "partof", "det")) or not earliest <= year <= 2100:
        return None
    if (groups.get("partof") or "").lower() in YEAR_ENDS:  # "by the end of 2015": late December
        month, day = YEAR_ENDS[groups["partof"].lower()]
        return FuzzyDate(year, month, day, Precision.MONTH_PART), "absolute"
    return FuzzyDate(year, None, None, Precision.YEAR), "absolute"


def _decade(m: re.Match, sentence: str, p: dt.date | None) -> Resolved:
    return FuzzyDate(int(m["decade"]), None, None, Precision.DECADE), "absolute"


def _month_half(m: re.Match, sentence: str, p: dt.date | None) -> Resolved:
    month = _month_number(m["mon"], anchored=True)
    if month is None:
        return None
    day = 5 if m["half"].lower() == "first" else 25
    written = _tail_year(m, p)
    year = written if written is not None else (p.year if p else None)
    return FuzzyDate(year, month, day, Precision.MONTH_PART), "absolute"


def _weekday(m: re.Match, sentence: str, p: dt.date | None) -> Resolved:
    rel, cue = (m["rel"] or "").lower(), (m["cue"] or "").lower()
    if not rel and not cue and (paired := _PAIRED_DAY.search(sentence, max(0, m.start() - 40), m.start())):
        cue = paired["cue"].lower()  # "set for Sunday and Monday": both days ahead, as the first
    if m["week"] and not rel:  # "on Thursday of last week": that weekday of the week before P's
        relation = "past" if m["week"].lower() == "last" else "future"
        if p is None:
            return FuzzyDate.unknown(), relation
        monday = p - dt.timedelta(days=p.weekday()) + dt.timedelta(weeks=-1 if relation == "past" else 1)
        return FuzzyDate.of_day(monday + dt.timedelta(days=WEEKDAYS.index(m["wd"].lower()))), relation
    if not rel and not cue and _named_weekday(sentence, m.start("wd"), m.end("wd")):
        return None
    if rel:
        future, strict = rel != "last", rel != "this"
    elif _PUT_OFF_TO.search(sentence, max(0, m.start("wd") - 40), m.start("wd")):
        future, strict = True, False  # "the meeting was pushed back to Tuesday": a later day, still ahead
    elif cue == "for" and not sentence.startswith(("'s", "’s"), m.end("wd")):  # "called a strike for Thursday": the
        # day it is called for, ahead (but "the guest list for Monday's talks" names the talks' day)
        future, strict = not _SET_BEFORE.search(sentence, max(0, m.start() - 40), m.start()), False  # (not "had
        # been set for Thursday")
    else:
        future, strict = cue != "since" and (_future_context(sentence, m.start()) or _up_to(sentence, m.start())
                                             or a_day_declared(sentence, m.start("wd"), m.end("wd"))), False
    relation = "future" if future else "past"
    if p is None:
        return FuzzyDate.unknown(), relation
    gap = (WEEKDAYS.index(m["wd"].lower()) - p.weekday()) * (1 if future else -1) % 7
    if strict and gap == 0 or rel in ("last", "next") and gap == 1:
        gap += 7  # "last Thursday" in a Friday's copy: not yesterday, which it would call "on Thursday"; "next
        # Wednesday" in a Tuesday's: not tomorrow
    return FuzzyDate.of_day(p + dt.timedelta(days=gap if future else -gap)), relation


_PUT_OFF_TO = re.compile(r"\b(?:pushed\s+back|postponed|put\s+off|delayed|rescheduled|deferred)\s+"
                         r"(?:to|until|till)\s+(?:next\s+)?\Z")
_PAIRED_DAY = re.compile(rf"\b(?P<cue>on|by|until|till|from|for|before|after)\s+(?:{_WD})"
                         r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:and|or|to|through|into)\s+\Z", re.I)


def a_day_declared(sentence: str, start: int, end: int) -> bool:
    """"Modi declared Saturday a day of national mourning", "declaring Wednesday a public holiday": a day set
    aside, which lies ahead of the declaring."""
    return DECLARED_BEFORE.search(sentence, max(0, start - 20), start) is not None and \
        SET_ASIDE_AFTER.match(sentence, end) is not None


DECLARED_BEFORE = re.compile(r"\b(?:declared|declares|declare|declaring|proclaimed|named)\s+(?:that\s+)?\Z", re.I)
SET_ASIDE_AFTER = re.compile(r"\s+(?:as\s+|(?:would|will)\s+be\s+)?an?\s+(?:(?:national|public|official)\s+)?"
                             r"(?:day|holiday)\b", re.I)  # "declared that Saturday would be a day of mourning"
SUNDAY = 6
# "flights cancelled until at least Friday": a time from now on, up to that day.
UP_TO = re.compile(r"\b(?:until|till|through)\s+(?:at\s+least|(?:sunset|sundown|midnight|noon|dawn)(?:\s+on)?)\s+\Z",
                   re.I)  # "flags at half-staff until sunset on Sunday"


def _up_to(sentence: str, start: int) -> bool:
    return UP_TO.search(sentence, max(0, start - 20), start) is not None


def _period(m: re.Match, sentence: str, p: dt.date | None) -> Resolved:
    rel, unit = " ".join(m["rel"].lower().split()), m["unit"].lower()
    if rel in ("the past", "the last"):  # "drone attacks in the past week": the week before, as "last week"
        if unit == "year" or m["mod"]:
            return None  # ("the past year": twelve months up to now, no one year)
        rel = "last"
    mod = re.search(r"earlier|later|early|late|mid|beginning|start|middle|end", (m["mod"] or "").lower())
    mod = mod.group() if mod else ""
    if rel == "the" and mod not in ("beginning", "start", "middle", "end"):
        return None
    relation = {"earlier": "past", "later": "future"}.get(mod) or {"last": "past", "next": "future"}.get(rel, "present")
    if p is None:
        return FuzzyDate.unknown(), relation
    shift = {"last": -1, "next": 1}.get(rel, 0)
    if unit == "week" and rel == "this" and p.weekday() == SUNDAY and _has_future_cue(sentence):
        shift = 1  # "will meet this week" in Sunday's paper: the week that opens the next day
    date = _shifted(p, shift, "week" if unit.startswith("week") else unit)
    if unit == "weekend":  # "next weekend": that week's Saturday, as "over the weekend" is stored
        saturday = dt.date(date.year, date.month, date.day) + dt.timedelta(days=5)
        date = FuzzyDate(saturday.year, saturday.month, saturday.day, Precision.WEEK)
    if unit == "month" and mod in PART_DAY:
        date = FuzzyDate(date.year, date.month, PART_DAY[mod], Precision.MONTH_PART)
    if unit == "year" and mod in YEAR_ENDS:  # "by the end of the year": late December
        month, day = YEAR_ENDS[mod]
        date = FuzzyDate(date.year, month, day, Precision.MONTH_PART)
    return date, relation


def _season(m: re.Match, sentence: str, p: dt.date | None) -> Resolved:
    """"in the autumn", "next spring": a season is known to its year only ("the fall of 2020", "autumn 2018")."""
    if m.groupdict().get("year"):
        return FuzzyDate(int(m["year"]), None, None, Precision.YEAR), "absolute"
    first = m["x"].split()[0].lower()
    relation = {"last": "past", "next": "future"}.get(first, "present")
    if p is None:
        return FuzzyDate.unknown(), relation
    year = p.year + {"last": -1, "next": 1}.get(first, 0)
    return FuzzyDate(year, None, None, Precision.YEAR), relation


def _weekend(m: re.Match, sentence: str, p: dt.date | None) -> Resolved:
    """"over the weekend": the last one before P, or the next one in a future sentence; stored on its Saturday."""
    future = _future_context(sentence, m.start())
    if p is None:
        return FuzzyDate.unknown(), "future" if future else "past"
    gap = (5 - p.weekday()) % 7 if future else (p.weekday() - 5) % 7 or 7
    saturday = p + dt.timedelta(days=gap if future else -gap)
    return FuzzyDate(saturday.year, saturday.month, saturday.day, Precision.WEEK), "future" if future else "past"


def _dayword(m: re.Match, sentence: str, p: dt.date | None) -> Resolved:
    words = m["x"].lower().split()
    if words[0] == "the":
        shift = -2 if words[2] == "before" else 2
    else:
        shift = {"yesterday": -1, "last": -1, "tomorrow": 1}.get(words[0], 0)
    relation = "past" if shift < 0 else "future" if shift > 0 else "present"
    return (FuzzyDate.of_day(p + dt.timedelta(days=shift)) if p else FuzzyDate.unknown()), relation


def _count(m: re.Match, sentence: str, p: dt.date | None) -> Resolved:
    future = m["x"].lower().startswith("in")
    if future and not (m["time"] or _future_context(sentence, m.start())):
        return None  # "agreed in two days of talks"
    if future and not m["time"] and DURATION_CUE.search(sentence[max(0, m.start() - 60):m.start()]):
        return None  # "his first visit in 11 years": how long, not when
    number = m["n"].lower()
    count = int(number) if number.isdigit() else COUNTS.get(number)
    relation = "future" if future else "past"
    if p is None or count is None:
        return FuzzyDate.unknown(), relation
    if count == 1 and m["unit"].lower() == "week" and not future and \
            not ROUGHLY.search(sentence, max(0, m.start() - WORD_REACH), m.start()):
        return FuzzyDate.of_day(p - dt.timedelta(days=7)), relation  # "a week ago": last week's same weekday
    unit = m["unit"].lower()
    if unit == "decade":
        count, unit = count * YEARS_A_DECADE, "year"  # "a decade ago": ten years back
    return _shifted(p, count if future else -count, unit), relation



def _narrative(m: re.Match, sentence: str, p: dt.date | None) -> Resolved:
    """"Hours earlier", "the next day", "two days later": a shift from the time the text has reached."""
    text, groups = " ".join(m["x"].lower().split()), m.groupdict()
    if re.match(r"(?:hours|minutes|moments|shortly|soon|just|only)\b", text):
        shift = 0  # "hours before he landed", "shortly after,": the same day
    elif groups.get("n"):
        count = int(m["n"]) if m["n"].isdigit() else COUNTS.get(m["n"].lower())
        if count is None:
            return None
        days = count * (7 if m["unit"].lower().startswith("week") else 1)
        direction = (groups.get("dir") or groups.get("dir2") or "").lower()
        shift = -days if direction in ("earlier", "before") else days
    elif re.search(r"\b(?:next|following|after)\b", text):
        shift = 1
    elif re.search(r"\b(?:previous|before|eve)\b", text):
        shift = -1
    else:
        shift = 0
    return FuzzyDate.unknown(), "narrative", shift


def _narrative_years(m: re.Match, sentence: str, p: dt.date | None) -> Resolved:
    """"the following year", "the year before", "two years later": whole years from the narrative's year
    (a shift of ``YEAR_DAYS`` days each, which the event finder reads as years)."""
    direction = (m["ydir"] or m["ydir2"] or m["ydir3"]).lower()
    count = 1
    if m["yn"]:
        count = int(m["yn"]) if m["yn"].isdigit() else COUNTS.get(m["yn"].lower())
        if count is None:
            return None
    sign = -1 if direction in ("previous", "before", "earlier") else 1
    return FuzzyDate.unknown(), "narrative", sign * count * YEAR_DAYS


def _narrative_months(m: re.Match, sentence: str, p: dt.date | None) -> Resolved:
    """"the following month", "the month before", "two months later": whole months from the narrative's month
    (a shift of ``MONTH_DAYS`` days each, which the event finder reads as months)."""
    direction = (m["mdir"] or m["mdir2"] or m["mdir3"]).lower()
    count = 1
    if m["mn"] and m["mn"].lower() not in ("a", "an", "one"):
        count = int(m["mn"]) if m["mn"].isdigit() else COUNTS.get(m["mn"].lower())
        if count is None:
            return None
    sign = -1 if direction in ("previous", "before", "earlier") else 1
    return FuzzyDate.unknown(), "narrative", sign * count * MONTH_DAYS


def _following_weekday(m: re.Match, sentence: str, p: dt.date | None) -> Resolved:
    """"The following Monday": the first Monday after the day the text has reached (``following_weekday``)."""
    return FuzzyDate.unknown(), "narrative"


def following_weekday(text: str) -> int | None:
    """The weekday (Monday 0) "the following Monday" or "the next Monday" names, for the event finder."""
    named = _FOLLOWING_WEEKDAY.fullmatch(" ".join(text.split()))
    return WEEKDAYS.index(named.group("wd").lower()) if named else None


def _that_month(m: re.Match, sentence: str, p: dt.date | None) -> Resolved:
    """"took office that August": that month of the year the text has reached (``that_month`` names it)."""
    return FuzzyDate.unknown(), "narrative", 0


def that_month(text: str) -> int | None:
    """The month "that August" names, for the event finder to place in the narrative's year."""
    named = THAT_MONTH.fullmatch(" ".join(text.split()))
    if named is None:
        return None
    name = (named["month"] or named["month2"] or named["month3"]).lower()
    return MONTHS.get(name) or ABBREVIATIONS[name]


def that_day(text: str) -> int | None:
    """The day of the month "Feb. 24 that year" names, if it names one."""
    named = THAT_MONTH.fullmatch(" ".join(text.split()))
    day = named and (named["day"] or named["day2"])
    return int(day) if day else None


def month_in_year(text: str, year: int, month: int | None) -> int:
    """The year of the month ``text`` names ("that August", "the previous August", "the following March"),
    told when the text has reached ``month`` (None: only the year) of ``year``."""
    named = THAT_MONTH.fullmatch(" ".join(text.split()))
    way, named_month = (named.group("way") or "").lower(), that_month(text)
    if way == "previous":
        return year - 1 if month is None or named_month >= month else year
    if way in ("following", "next"):
        return year + 1 if month is None or named_month <= month else year
    return year


def _bare_earlier(m: re.Match, sentence: str, p: dt.date | None) -> Resolved:
    """"said earlier", "had earlier warned": the time the text has reached (or the day of publication)."""
    before = _previous_word(sentence[max(0, m.start() - 80):m.start()]).lower()
    if before in NOT_EARLIER_AFTER or before in COUNTS or before.isdigit():
        return None
    return FuzzyDate.unknown(), "narrative", 0


def _vague(m: re.Match, sentence: str, p: dt.date | None) -> Resolved:
    text = m["x"].lower()
    if text in ("soon", "shortly"):
        before = sentence[max(0, m.start() - 8):m.start()]
        if _NOT_SOON_AFTER.match(sentence, m.end()) or _NOT_SOON_BEFORE.search(before):
            return None  # "soon after the attack", "as soon as"
    if text.startswith("days"):  # "Days earlier, …": a few days from the narrative, the week around them
        return FuzzyDate.unknown(), "narrative", SOME_DAYS if re.search(r"later|after", text) else -SOME_DAYS
    if re.match(r"(?:weeks|months)\s", text):  # "Weeks later": some time after the narrative, no date
        return FuzzyDate.unknown(), "future" if re.search(r"later|after", text) else "past"
    future = re.search(r"soon|shortly|imminently|coming|next|following|future", text)
    if p is not None and not future and re.search(r"\bdays\b", text):
        return _shifted(p - dt.timedelta(days=2), 0, "week"), "past"  # "in recent days": the days before P
    return FuzzyDate.unknown(), "future" if future else "past"


# (pattern, resolver): group "x" is the expression; anything outside it is context.
_NOT_CLOCK = r"(?!\s*(?:hours?|hrs|GMT|UTC|IST|local\s+time)\b)"  # "from 1700 hours IST" is a time of day
RULES = tuple((re.compile(pattern, re.I), resolver) for pattern, resolver in (
    (r"(?<![0-9-])(?P<x>(?P<year>[0-9]{4})-(?P<mon>[0-9]{2})-(?P<day>[0-9]{2}))(?![0-9-])", _iso),
    (rf"\b(?P<x>(?:(?:{_WD}),?\s+)?(?P<mon>{_MON_ANY})\s+(?P<day>[0-9]{{1,2}}){_SUF}\b{_DAYS_TO}{_YEAR_TAIL})", _day),
    (rf"\b(?P<x>(?:(?:{_WD}),?\s+)?(?:the\s+)?(?P<day>[0-9]{{1,2}}){_SUF}{_DAYS_TO}\s+(?:of\s+)?(?P<mon>{_MON_ANY})"
     rf"{_YEAR_TAIL})", _day),  # "Feb. 13-15, 2026", "12-14 March 2024": the first day
    (rf"\b(?:(?P<cue>{_CUE})\s+)?(?P<x>(?:{_PART}|(?P<rel>last|next|this)\s+)?(?P<mon>{_MON})\b{_YEAR_TAIL})", _month),
    (rf"\b(?:(?P<cue>in|since|until|till|by|from|during|before|after|through|between|{_HALF_OF})\s+)?(?P<x>{_PART}?"
     rf"(?P<year>[0-9]{{4}}))(?![0-9%]|[.,][0-9]){_NOT_CLOCK}", _year),
    (r"\b(?P<det>the|its|their|his|her|a|this|that|last\s+year's|[A-Z][\w-]*(?:['’]s|s['’]))\s+"
     r"(?:(?:botched|failed|abortive|aborted|thwarted|disputed|contested|landmark|historic|deadly|bloody)\s+)?"
     r"(?P<x>(?P<year>[0-9]{4}))(?:\s+(?=[a-z])|['’]s\s)",
     _year),
    (r"\b(?P<x>the\s+(?:early\s+|late\s+|mid-)?(?P<decade>(?:1[7-9]|20)[0-9]0)[’']?s)\b", _decade),
    (r"\b(?:on|by|until|since|from)\s+the\s+(?P<x>(?P<day>[0-9]{1,2})(?:st|nd|rd|th))\b(?!\s*[-–]|\s+(?:of|"
     r"anniversary|century|floor|round|day|time|place|minute|hour|year|edition|summit|session|meeting|congress|"
     r"amendment|parallel|birthday|division|brigade|regiment|army|fleet|corps)\b)", _day_of_month),
    (rf"\b(?P<x>the\s+(?P<half>first|second|last)\s+(?P<unit>half|week|fortnight)\s+of\s+(?P<mon>{_MON})\b{_YEAR_TAIL})",
     _month_half),
    (r"\b(?P<x>(?:(?:on|since|until|before|after|by)\s+)?(?P<holiday>Christmas\s+(?:Day|Eve)|Boxing\s+Day"
     r"|New\s+Year['’]s\s+(?:Day|Eve))|(?:on|since|until|by)\s+(?P<holiday2>Christmas))\b", _holiday),
    (r"\b(?P<x>(?:on|since|until|by|before|after|over|at)\s+(?P<orthodox>(?-i:Orthodox)\s+)?(?P<feast>(?-i:Easter"
     r"(?:\s+(?:Sunday|Monday|Day))?|Good\s+Friday|Holy\s+(?:Thursday|Saturday)|Maundy\s+Thursday|Palm\s+Sunday"
     r"|Ash\s+Wednesday))(?:,?\s+(?P<fyear>(?:1[89]|20)[0-9]{2}))?)\b"
     r"(?![-–]|\s+(?:(?:Sunday|Monday|Day)\s+)?(?:agreement|accords?|rising|uprising|island|offensive|"
     r"attacks?|bombings?|blasts?|massacres?|truce|ceasefire)\b)", _easter_feast),
    (rf"\b(?P<x>(?:overnight\s+(?:from\s+)?|(?:on\s+)?the\s+night\s+(?:of|from)\s+)(?:{_WD})\s+(?:to|into)\s+"
     rf"(?P<wd>{_WD})(?P<cue>)(?P<rel>)(?P<week>))\b", _weekday),  # "overnight from Monday to Tuesday": Tuesday
    (rf"\b(?:(?P<cue>on|by|until|till|since|from|before|after|for)\s+)?(?P<x>(?:(?P<rel>last|next|this|coming)\s+)?"
     rf"(?P<wd>{_WD})\b(?:\s+(?:morning|afternoon|evening|night)\b)?"
     r"(?:\s+(?:of\s+)?(?P<week>last|next)\s+week\b(?!['’]))?)", _weekday),
    (r"\b(?P<x>(?:(?P<mod>earlier|later|early|late|mid|(?:the\s+)?(?:beginning|start|middle|end)\s+of)[\s-]+)?"
     r"(?P<rel>this|last|next|the\s+(?:past|last)|the)\s+(?P<unit>weekend|week|month|year))\b", _period),
    (r"\b(?P<x>(?:in\s+the|this|next|last)\s+(?:spring|summer|autumn|fall|winter))\b(?!\s+of\s+[0-9]{4})", _season),
    (r"\b(?P<x>(?:the\s+)?(?:early\s+|late\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?"
     r"(?P<year>(?:1[7-9]|20)[0-9]{2}))\b", _season),
    (r"\b(?:over|at|during)\s+(?P<x>the\s+weekend)\b", _weekend),
    (r"\b(?P<x>the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|today(?![’']s\b)|tonight"
     r"|this\s+(?:morning|afternoon|evening)"
     r"|tomorrow\s+night|(?:yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening))?|last\s+night)\b",
     _dayword),
    (rf"\b(?P<x>(?P<n>{_NUM})\s+(?P<unit>day|week|month|year|decade)s?\s+ago)\b", _count),
    (rf"\b(?P<x>in\s+(?P<n>{_NUM})\s+(?P<unit>day|week|month|year)s?(?P<time>['’]?s?\s+time)?)\b", _count),
    (rf"\b(?P<x>(?:(?P<n>{_NUM})\s+(?P<unit>day|week)s?|hours|minutes|moments|shortly|soon|just|only)\s+"
     r"(?:(?P<dir>earlier|later|afterwards?)\b(?=\s*(?:[,.;:)]|\Z)|\s+(?:on|that|in|when|as|the|a|an|he|she|they|it|"
     r"[A-Z]))"
     r"|(?P<dir2>before|after)(?:\s+that)?\b(?=\s*(?:[,.;:)]|\Z))))", _narrative),  # "shortly before that,"
    (r"\b(?P<x>(?:hours|minutes|moments)\s+(?:before|after|into))\b", _narrative),  # "Hours into Wednesday's
    # protests": that day
    (r"\b(?P<x>(?:later|earlier)\s+(?:that(?:\s+same)?|the\s+same)\s+(?:day|night|morning|afternoon|evening|week)"
     r"|(?:later|earlier|early|late)\s+in\s+the\s+(?:day|morning|afternoon|evening|night)"
     r"|(?:that(?:\s+same)?|the\s+same)\s+(?:day|night|morning|afternoon|evening)"
     r"|the\s+(?:next|following|previous)\s+(?:day|night|morning|afternoon|evening)"
     r"|the\s+day\s+(?:before|after)(?=\s*(?:[,.;]|\Z)|\s+(?:he|she|they|it|the|[A-Z]))|the\s+eve\b(?!\s+of)"
     r"|the\s+(?:night|morning|evening)\s+(?:before|after)(?=\s*(?:[,.;]|\Z))"  # "had lodged it the night before."
     r"|at\s+the\s+eleventh\s+hour|at\s+the\s+time(?!\s+of\b)|hours\s+later|hours\s+earlier"
     r"|(?:an|one|half\s+an)\s+hour\s+(?:later|earlier)|(?:a|one)\s+(?:minute|moment)\s+later"
     r"|(?:By|In|During)\s+(?:the\s+)?(?:afternoon|evening|nightfall)(?=,)"  # "By evening, crowds …": the text's day
     r"|within\s+(?:the\s+hour|(?:an|the\s+same)\s+hour|hours|minutes|moments)"
     r"|(?:(?:later|earlier)\s+)?(?:that(?:\s+same)?|the\s+same)\s+(?:month|year))\b", _narrative),
    (rf"\b(?P<x>the\s+(?P<ydir>following|previous)\s+year|the\s+year\s+(?P<ydir2>before|after)"
     rf"|(?P<yn>{_NUM})\s+years?\s+(?P<ydir3>later|earlier))\b(?!\s+(?:of|in|to|as)\b)", _narrative_years),
    (rf"\b(?P<x>the\s+(?P<mdir>following|previous)\s+month|the\s+month\s+(?P<mdir2>before|after)"
     rf"|(?P<mn>{_NUM}|a)\s+months?\s+(?P<mdir3>later|earlier))\b(?!\s+(?:of|in|to|as)\b)", _narrative_months),
    (r"(?P<x>\bearlier\b)(?!\s+(?:this|than|in\s+the|that\s+(?:day|night|morning|afternoon|evening|week))\b)",
     _bare_earlier),
    (rf"\b(?P<x>the\s+(?:following|next)\s+(?P<wd>{_WD}))\b", _following_weekday),
    (rf"\b(?P<x>(?:that|the\s+(?:previous|following|next))\s+(?-i:{_MONTH_NAMES})|(?-i:{_MONTH_NAMES})\s+"
     rf"(?:of\s+)?that\s+year|(?:{_MON_ANY})\s+[0-9]{{1,2}}{_SUF},?\s+(?:of\s+)?that\s+year"
     rf"|[0-9]{{1,2}}{_SUF}\s+(?:{_MON_ANY})\s+(?:of\s+)?that\s+year)\b", _that_month),  # not
    # "that may impede", "led that march"
    (r"\b(?P<x>recently|lately|(?<!how\s)(?<!as\s)soon(?!\s+as\b)|shortly"
     r"|(?:days|weeks|months)\s+(?:earlier|later|before|after)"
     r"(?=\s*(?:[,.;]|\Z))|imminently|in\s+the\s+near\s+future|in\s+recent\s+(?:days|weeks|months)"
     r"|in\s+the\s+(?:coming|next\s+few|following)\s+(?:days|weeks|months|week|month)"
     r"|(?:in|over)\s+the\s+(?:past|last)\s+(?:few\s+)?(?:days|weeks|months))\b", _vague),
))


# Words (lower case, as parts of words) each resolver's patterns cannot match without: a rule none of
# whose words is in the sentence is not run. Substring tests cost next to nothing against a pattern
# (a pattern of its own where a word list would be long: an ordinal's digit and suffix).
_MONTH_PARTS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_YEAR_DIGITS = re.compile(r"[0-9]{4}")
_ORDINAL = re.compile(r"[0-9](?:st|nd|rd|th)\b")  # "on the 10th"
_NEEDS = {
    _iso: None, _year: None, _decade: None,  # four digits
    _day: _MONTH_PARTS, _month: _MONTH_PARTS, _day_of_month: _ORDINAL, _month_half: _MONTH_PARTS,
    _weekday: ("day",),
    _period: ("week", "month", "year"), _weekend: ("weekend",),
    _season: ("spring", "summer", "autumn", "fall", "winter"), _count: ("day", "week", "month", "year", "decade"),
    _dayword: ("day", "tonight", "morning", "afternoon", "evening", "night", "tomorrow"),
    _narrative: ("earlier", "later", "after", "before", "same", "next", "following", "previous", "day", "eve",
                 "hour", "night", "morning", "minute", "moment", "month", "year", "the time"),
    _narrative_years: ("year",), _narrative_months: ("month",),
    _bare_earlier: ("earlier",), _that_month: ("that", "previous", "following", "next"),
    _following_weekday: ("following", "next"),
    _holiday: ("christmas", "boxing", "new year"), _easter_feast: ("easter", "friday", "holy", "thursday", "palm",
                                                                      "ash wednesday"),
    _vague: ("recent", "lately", "soon", "shortly", "imminent", "future", "coming", "next", "following", "past",
             "last", "days", "weeks", "months"),
}


def _rules_for(sentence: str):
    lower, four_digits = sentence.lower(), _YEAR_DIGITS.search(sentence) is not None
    present: dict[tuple[str, ...], bool] = {}  # rules share their words: each set is looked for once
    for order, (pattern, resolver) in enumerate(RULES):
        needs = _NEEDS[resolver]
        if needs is None:
            wanted = four_digits
        elif isinstance(needs, re.Pattern):
            wanted = needs.search(lower) is not None
        elif (wanted := present.get(needs)) is None:
            wanted = present[needs] = any(word in lower for word in needs)
        if wanted:
            yield order, pattern, resolver


def _candidates(sentence: str, published: dt.date | None):
    for order, pattern, resolver in _rules_for(sentence):
        for m in pattern.finditer(sentence):
            try:
                resolved = resolver(m, sentence, published)
            except (KeyError, ValueError, OverflowError):  # odd case folding, dates beyond year 1..9999
                resolved = None
            if resolved is not None and not NAMED_AFTER_A_DAY.match(sentence, m.end("x")):
                start, end = m.span("x")
                yield order, TimeExpression(sentence[start:end], start, end, *resolved)


# "May 13 Square", "the 6 April Movement": a place or a body named after a day, no time of the story.
NAMED_AFTER_A_DAY = re.compile(r"\s+(?:Square|Street|Avenue|Road|Boulevard|Bridge|Stadium|Park|Memorial|Airport|"
                               r"Hospital|University|Station|Movement|Group|Brigade|Coalition|Alliance|Front)\b")


@lru_cache(maxsize=8192)
def find_time_expressions(sentence: str, published: dt.date | None) -> tuple[TimeExpression, ...]:
    """Every time expression in ``sentence``, resolved against ``published``; sorted, non-overlapping.
    Cached: the event finder asks about a sentence, then about each of its clauses."""
    found = sorted(_candidates(sentence, published), key=lambda c: (c[1].start - c[1].end, c[1].start, c[0]))
    taken, chosen = bytearray(len(sentence)), []
    for _, expr in found:
        if not any(taken[expr.start:expr.end]):
            taken[expr.start:expr.end] = b"\x01" * (expr.end - expr.start)
            chosen.append(expr)
    return _with_the_year_of_a_range_s_end(sentence, sorted(chosen, key=lambda e: e.start))


_RANGE_JOIN = re.compile(r"\s*(?:to|until|till|through|and|-|–)\s*")
_WRITTEN_YEAR = re.compile(r"\b[0-9]{4}\b")


def _with_the_year_of_a_range_s_end(sentence: str, chosen: list[TimeExpression]) -> tuple[TimeExpression, ...]:
    """"from January to May 2024", "Jan. 5 to Feb. 3, 2024": the first end takes the year written at the second
    (the year before, where its month comes later: "from December to February 2024")."""
    result = list(chosen)
    for k, (first, second) in enumerate(zip(chosen, chosen[1:])):
        if first.date.precision not in (Precision.MONTH, Precision.DAY) or _WRITTEN_YEAR.search(first.text) or \
                not _WRITTEN_YEAR.search(second.text) or second.date.year is None or second.date.month is None or \
                _RANGE_JOIN.fullmatch(sentence, first.end, second.start) is None:
            continue
        year = second.date.year - ((first.date.month, first.date.day) > (second.date.month, second.date.day))
        if _valid_day(year, first.date.month, first.date.day):
            result[k] = replace(first, date=FuzzyDate(year, first.date.month, first.date.day, first.date.precision),
                                relation="absolute")
    return tuple(result)
