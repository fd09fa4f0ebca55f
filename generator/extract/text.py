"""Sentences and tokens with character offsets, for the rule-based extractor."""
from __future__ import annotations

import functools
import bisect
import re
from dataclasses import dataclass

ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Mx Dr Prof Gen Lt Col Maj Brig Adm Capt Sgt Sen Rep Gov St Jr Sr Rev Rt Hon No Vol Inc Corp Ltd "
    "Co vs etc Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec U.S U.K U.N E.U".split()
)
# Possessive, and never starting inside a run of stops: a run of n dots is tried once, not n times (O(n²)).
SENTENCE_END = re.compile(r"(?<![.!?])[.!?]++[\"”’)]*+\s++(?=[\"“‘(]?[A-Z0-9À-Þ])")
TOKEN = re.compile(
    r"(?:[^\W\d_]\.){2,}(?:[’']s\b)?"            # U.S., U.K., E.U.'s
    r"|[@#]\w+"                                  # a handle or hashtag ("@SecRubio") is no name
    r"|[^\W_](?:[\w]|[’'](?=\w)|\.(?=\w\.)|\+(?=\d))*(?:(?<=s)'(?!\w))?"  # words with inner apostrophes; "P5+1";
    # a plural's possessive ("the Democrats' leader")
    r"|[“”\"‘’()\[\],;:!?.\-–—/]"                 # punctuation we reason about
)
CLOCK_ABBREVIATIONS = frozenset({"a.m", "p.m"})
# What goes on after "p.m." within the sentence: a bracket, a number, a lower-case word, a time zone.
CLOCK_GOES_ON = re.compile(r"[(0-9a-z]|[A-Z]{2,4}\b|[A-Z][a-z]+\s+time\b")
INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
PLATFORM_X = re.compile(r"\b(?:on|to|via)\s+X\.\Z")  # the platform X, named at a sentence's end
PLATFORM_REACH = 8
POSSESSIVE = re.compile(r"[’']s?$")
QUOTE_CHARS = "“”\""
# A sentence that opens by saying what its subject is: "A protege of X and an admirer of Y, Okafor joined …"; the
# people named there are not the subject (not "A day after …", "A week later, …": times).
DESCRIPTIVE_OPENING = re.compile(r"\W*An?\s+(?!(?:day|week|month|year|decade|few|couple|number|total|series)\b)"
                                 r"[a-z0-9][\w'’-]*\s[^,;:“”\"]{1,140}?,\s+(?=[A-Z])")

# The place (and agency) that opens wire copy: "ISTANBUL, May 16 (Reuters) - ", "CAMP DAVID, Md., May 19 (UPI) -- ",
# "LIBREVILLE (Reuters) - ", "CARACAS/WASHINGTON (Reuters) - "; and South Asian style, "New Delhi: ".
DATELINE = re.compile(r"[A-Z][A-Z.'’ /-]+(?:,[^-–—\n]{0,40}?(?:\([^)]{1,40}\))?|\s*\([^)]{1,40}\))\s*[-–—]+\s"
                      r"|[A-Z][A-Z.'’ /-]{2,}?\s[-–—]+\s"  # "WASHINGTON — "
                      r"|\A(?:[A-Z][\w'’.-]+\s){0,2}[A-Z][\w'’.-]+:\s(?=[A-Z])"  # "New Delhi: In a big …"
                      # "Baku, Nov. 12, (dpa/GNA) – ", "Riyadh, May 14 (IANS) ", "Dec. 7 (UPI) -- ": by agency
                      r"|\A(?:[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2},?\s){0,2}(?:\[[^\]]{1,20}\],?\s)?"  # "[US], "
                      r"(?:[A-Z][a-z]{2,8}\.?\s[0-9]{1,2},?\s)?"
                      r"\((?:[A-Z][A-Za-z]*|dpa|afp)(?:[/ ][A-Za-z]+)*\):?"  # "(ANI): "
                      r"\s*(?:[-–—]+\s)?(?=[A-Z“\"])"
                      r"|\A[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2},\s[A-Z]{2,6}\s[-–—]+\s"  # "Nairobi, KNA – "
                      # "MOSCOW, June 6. /TASS/. "
                      r"|\A[A-Z][A-Z'’ -]+,\s[A-Z][a-z]{2,8}\.?\s[0-9]{1,2}\.\s/[A-Za-z-]{2,12}/\.\s")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    index: int
    sentence_start: bool = False

    @property
    def bare(self) -> str:
        """The word without a possessive ending: "Iran’s" → "Iran"."""
        return POSSESSIVE.sub("", self.text) if len(self.text) > 2 and self.is_word else self.text

    @property
    def possessive(self) -> bool:
        return self.bare != self.text

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper()

    @property
    def lower(self) -> bool:
        return self.text[0].islower()


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    tokens: tuple[Token, ...]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans; an abbreviation ("Mr.", "U.S.") does not end a sentence."""
    spans, start = [], 0
    for match in SENTENCE_END.finditer(text):
        last = _last_word(text, start, match.start()).rstrip(".")
        if last in ABBREVIATIONS or (len(last) == 1 and last.isupper() and not PLATFORM_X.search(
                text, max(0, match.start() - PLATFORM_REACH), match.start() + 1)) or INITIALS.fullmatch(last + "."):
            continue  # "Mr.", "U.S.", "J.D. Vance": not the end of a sentence (but "… in a post on X. Police …")
        if last.lower() in CLOCK_ABBREVIATIONS and CLOCK_GOES_ON.match(text, match.end()):
            continue  # "at about 3 a.m. (01:00 GMT) in Banjska", "at 4:45 p.m. ET on May 6", "3 p.m. local time"
        spans.append((start, match.end()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def tokenize(text: str) -> list[Sentence]:
    """Sentences of ``text`` with their tokens; hyphenated words become their parts."""
    sentences = []
    dateline = DATELINE.match(text)
    opening = dateline.end() if dateline else -1  # "Kampala: The Northern Front said …": "The" opens the sentence
    for s_start, s_end in split_sentences(text):
        tokens: list[Token] = []
        seen_word = False  # tracked, not recomputed per token: a run of punctuation was quadratic
        for match in TOKEN.finditer(text, s_start, s_end):
            token = Token(match.group(), match.start(), match.end(), len(tokens),
                          not seen_word or match.start() == opening)
            seen_word = seen_word or token.is_word
            tokens.append(token)
        sentences.append(Sentence(s_start, s_end, tuple(tokens)))
    return sentences


def _last_word(text: str, start: int, end: int) -> str:
    """The last whitespace-free run of ``text[start:end]``, found by walking back from ``end``:
    splitting the whole slice at every candidate stop was quadratic in a long sentence."""
    end_word = end
    while end_word > start and text[end_word - 1].isspace():
        end_word -= 1
    begin = end_word
    while begin > start and not text[begin - 1].isspace():
        begin -= 1
    return text[begin:end_word]


@functools.lru_cache(maxsize=256)
def quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the text inside double quotes (curly or straight), without the quote marks.

    Remembered per text: callers ask again for each mention of a paragraph, which made a
    paragraph of n names cost n scans of it."""
    spans = []
    for match in re.finditer(r"“([^”]{1,600})”|\"([^\"]{1,600})\"", text):
        group = 1 if match.group(1) is not None else 2
        spans.append((match.start(group), match.end(group)))
    return tuple(spans)


def inside_spans(spans: tuple[tuple[int, int], ...], starts: list[int], position: int) -> bool:
    """Whether ``position`` lies in one of ``spans`` (sorted, not overlapping; ``starts`` their starts)."""
    index = bisect.bisect_right(starts, position) - 1
    return index >= 0 and position < spans[index][1]


def in_span(items: list, starts: list[int], order: list[int], start: int, end: int) -> list:
    """The items whose start lies in [start, end), in their original order. ``order`` lists the items'
    indexes sorted by start and ``starts`` those starts (``by_start``): a bisection instead of a scan."""
    low, high = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    return [items[i] for i in sorted(order[low:high])]


def by_start(items: list) -> tuple[list[int], list[int]]:
    """(starts, order) for ``in_span``: the items' indexes sorted by their ``start``, and those starts."""
    order = sorted(range(len(items)), key=lambda i: items[i].start)
    return [items[i].start for i in order], order
