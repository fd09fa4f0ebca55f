"""Things named once, then referred to by a common noun: "the palace" after "the Palace of Independence",
"the separatists" after "pro-Russian separatists". Each such reference becomes a mention of the thing,
so that the event it is part of has it as a participant and the page links it.

Read paragraph by paragraph through one article (``References``); nothing carries over to another article.
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from generator.gazetteer import Gazetteer, GazetteerEntry
from generator.model import EntityKind, Mention, SourceRef

# Places, by the noun their name holds ("Gimhae International Airport" → "the airport").
VENUE_NOUNS = frozenset("palace hotel airport base compound mosque cathedral church stadium hospital prison tower "
                        "square residence villa estate resort mausoleum cemetery memorial monument museum university "
                        "hall embassy consulate bridge crossing temple shoal reef island atoll dam port harbour "
                        "harbor strait monastery station plant refinery camp terminal".split())
# Armed groups and crowds described rather than named; nouns of one class refer to one another
# ("pro-Russian separatists" … "the rebels").
GROUP_NOUNS = {"separatists": "rebels", "rebels": "rebels", "insurgents": "rebels", "militants": "militants",
               "protesters": "protesters", "demonstrators": "protesters"}
# A town or city the gazetteer knows, named before: "Shusha … the town"; a capital: "Caracas … the capital".
SETTLEMENT_NOUNS = frozenset({"town", "city", "village"})
CAPITAL = "capital"
DEFINITE = re.compile(r"\b[Tt]he\s+(" + "|".join(sorted(VENUE_NOUNS | SETTLEMENT_NOUNS | set(GROUP_NOUNS) | {CAPITAL}))
                      + r")\b(?!['’]s\s+(?:[a-z]+\s+)?(?:province|region|district|governorate))")
# Bodies, by the noun their name holds ("the Law Society of Kenya" → "the society"; "Islamabad High Court" → "the
# high court", not "the supreme court"), where no name follows ("the committee of experts" is another).
BODY_NOUNS = frozenset("court committee council commission society association tribunal directorate bureau junta "
                       "board command authority federation league institute foundation secretariat inspectorate "
                       "observatory union flotilla convoy network campaign generals".split())
GENERALS = "generals"  # "the ruling generals" after "the Transitional Military Council": the junta
# The words of the names officers who seize power give their council: what "the junta" then stands for.
JUNTA_WORDS = frozenset("military transition transitional restoration salvation safeguard recovery redemption".split())
RULING_BODY_NOUNS = frozenset({"command", "council", "committee"})
BODY_QUALIFIERS = frozenset("high supreme constitutional electoral military national security central federal "
                            "transitional sovereignty".split())
DEFINITE_BODY = re.compile(r"\b[Tt]he\s+(?:(" + "|".join(sorted(BODY_QUALIFIERS)) + r")\s+)?(" +
                           "|".join(sorted(BODY_NOUNS)) + r"|ruling\s+generals)\b(?!\s+(?:of|for|on)\b)")
# "pro-Russian separatists", "Russian-backed rebels": a group described by whom it sides with.
DESCRIBED_GROUP = re.compile(r"\b(?:[Pp]ro-(?P<pro>[A-Z][\w]+)|(?P<backer>[A-Z][\w]+)-backed|"
                             r"(?P<people>[A-Z][a-z]+))\s+(?P<noun>" + "|".join(sorted(GROUP_NOUNS)) + r")\b")
NAMED_BEFORE = "named before, by its noun"
NAMED_NEXT = re.compile(r",?\s+[A-Z]")
DESCRIBED = "group described by whom it sides with"


@dataclass
class References:
    """What "the palace" or "the rebels" refers to, as one article is read."""

    gazetteer: Gazetteer
    peoples: frozenset[str] = frozenset()  # "Tuareg rebels", "Kurdish militants": a people's armed group
    venues: dict[str, Mention] = field(default_factory=dict)
    groups: dict[str, Mention] = field(default_factory=dict)
    bodies: dict[str, Mention] = field(default_factory=dict)  # by "society", "high court"
    countries: dict[str, int] = field(default_factory=dict)  # ISO3 → how often the text has named the country

    def described_groups(self, text: str, source: SourceRef) -> list[Mention]:
        """"pro-Russian separatists", "Russian-backed rebels": one group per side and kind, whatever the words;
        "Tuareg rebels": the armed group of a people."""
        found = []
        for match in DESCRIBED_GROUP.finditer(text):
            if match.group("people") is not None and match.group("people") not in self.peoples:
                continue
            side = match.group("pro") or match.group("backer") or match.group("people")
            country = next((e.country for e in self.gazetteer.lookup(side) if e.country), side.lower())
            name = match.group()[0].upper() + match.group()[1:]
            key = f"group:{country}-sided:{GROUP_NOUNS[match.group('noun')]}"
            found.append(Mention(source, match.start(), match.end(), match.group(), name, EntityKind.GROUP, key,
                                 DESCRIBED))
        return found

    def named_before(self, text: str, source: SourceRef, mentions: list[Mention]) -> list[Mention]:
        """Mentions for "the palace", "the rebels" in ``text``: the place or group named last before with that
        noun (``mentions``, the paragraph's own, count from where they stand)."""
        found = []
        pending, remembered = sorted(mentions, key=lambda m: m.start), 0
        covers = Coverage(pending)
        matches = sorted([*DEFINITE.finditer(text), *DEFINITE_BODY.finditer(text)], key=lambda m: m.start())
        for match in matches:
            while remembered < len(pending) and pending[remembered].start < match.start():
                self._remember(text, pending[remembered])
                remembered += 1
            known = self._named_before(match)
            if known is not None and not covers(match.start(), match.end()) and \
                    not (match.group(1) in SETTLEMENT_NOUNS | {CAPITAL} and text.startswith(" of ", match.end())) \
                    and not (match.group(1) == CAPITAL and NAMED_NEXT.match(text, match.end())):
                # "the town of Akdam", "the capital of Chad", "the capital, Ouagadougou": named there
                found.append(Mention(source, match.start(), match.end(), match.group(), known.name, known.kind,
                                     known.key, NAMED_BEFORE, coordinates=known.coordinates))
        for mention in pending[remembered:]:
            self._remember(text, mention)
        return found

    def _named_before(self, match: re.Match) -> Mention | GazetteerEntry | None:
        if match.re is DEFINITE_BODY:
            if match.group(2).endswith(GENERALS):
                return self.bodies.get("junta")
            return self.bodies.get(" ".join(filter(None, match.groups())))
        noun = match.group(1)
        if noun == CAPITAL and CAPITAL not in self.venues:
            return self._main_capital()
        return self.groups.get(GROUP_NOUNS[noun]) if noun in GROUP_NOUNS else self.venues.get(noun)

    def _main_capital(self) -> GazetteerEntry | None:
        """"in the capital" before any capital is named: the capital of the country the text has named most
        ("Turkish police … Istanbul … Turkey's justice minister told a news conference in the capital": Ankara)."""
        if not self.countries:
            return None
        most = max(self.countries.values())
        return self.gazetteer.capital_of(next(iso for iso, count in self.countries.items() if count == most))

    def _remember(self, text: str, mention: Mention) -> None:
        if mention.rule == NAMED_BEFORE:
            return
        if mention.key.startswith("country:"):
            iso = mention.key.split(":")[1]
            self.countries[iso] = self.countries.get(iso, 0) + 1
        if not mention.kind.is_actor:
            if mention.key.startswith("city:"):
                self.venues.update(dict.fromkeys(SETTLEMENT_NOUNS, mention))
                if any(e.key == mention.key and e.is_capital for e in self.gazetteer.lookup(mention.name)):
                    self.venues[CAPITAL] = mention
            for word in mention.name.lower().split():
                if word in VENUE_NOUNS:
                    self.venues[word] = mention
        elif mention.kind in (EntityKind.GROUP, EntityKind.ORGANISATION):
            named = mention.name.lower().split()
            for index, word in enumerate(named):
                if word in BODY_NOUNS:
                    self.bodies[word] = mention
                    if index > 0 and named[index - 1] in BODY_QUALIFIERS:
                        self.bodies[f"{named[index - 1]} {word}"] = mention
            if JUNTA_WORDS.intersection(named) and RULING_BODY_NOUNS.intersection(named):
                self.bodies["junta"] = mention  # "the High Military Command for the Restoration of Order … the junta"
            words = (mention.text.split()[-1], _next_word(text, mention.end))
            noun = next((w for w in words if w in GROUP_NOUNS), None)
            if noun is not None:  # "pro-Russian separatists", "M23 rebels"
                self.groups[GROUP_NOUNS[noun]] = mention


def _next_word(text: str, position: int) -> str:
    match = re.match(r"\s+(\w+)", text[position:position + 30])
    return match.group(1) if match else ""


class Coverage:
    """Whether a span overlaps any of many mentions, answered by bisection (a paragraph may name thousands)."""

    def __init__(self, mentions: list[Mention]):
        mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in mentions]
        self.reach = list(itertools.accumulate((m.end for m in mentions), max))  # the furthest end so far

    def __call__(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self.starts, start)
        return (index < len(self.starts) and self.starts[index] < end) or (index > 0 and self.reach[index - 1] > start)

