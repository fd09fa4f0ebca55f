"""Whom "he" and "she" can stand for: the gender a text itself gives each person it names.

Only the text's own words count, never a list of first names (the generator meets names from everywhere):

* a gendered title or noun right before a name: "Mrs Okafor", "spokeswoman Anna Berg", "his son Mahamat";
* one heading an apposition right after it: "Anna Berg, a spokeswoman for the ministry, …";
* the pronouns of a sentence that opens with a person and names no one else: "Okafor said she would …", and
  the "She …" that opens the sentence after one.

A person is known by name, and by surname where no one of the other gender bears it ("Okafor" is Lena Okafor);
evidence that disagrees is weighed, titles above pronouns, and a tie gives no gender: the pronoun then resolves
as it did without one.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

from generator.extract.text import Sentence, inside_spans, quote_spans
from generator.model import EntityKind, Mention

FEMININE = frozenset(
    "mrs ms miss madam madame lady dame queen princess duchess empress baroness countess sheikha spokeswoman "
    "chairwoman congresswoman businesswoman councilwoman stateswoman policewoman wife widow mother daughter "
    "sister grandmother granddaughter aunt niece actress woman girl".split())
MASCULINE = frozenset(
    "mr sir lord king prince duke emperor baron sheikh emir sultan spokesman chairman congressman businessman "
    "councilman statesman policeman husband widower father son brother grandfather grandson uncle nephew actor "
    "man boy ayatollah imam".split())
TITLE_WEIGHT = 3  # a title says more than a pronoun, which may stand for someone else
# "Anna Berg, a spokeswoman for …", "Jan Kowalski, the agency's chairman,": the words of the apposition, up to
# what they are of or for ("a pro-democracy activist whose husband …": not the husband's).
APPOSITION = re.compile(r",\s+(?:the|a|an|his|her|its|their|[A-Z][\w'’.-]*(?:'s|’s))\s+(?P<words>(?:(?!(?:who|whose|"
                        r"which|that|of|for|at|in|with)\b)[\w'’-]+\s*){1,4})")
WORD_BEFORE = re.compile(r"\b([A-Za-z]+)[.,]?\s+\Z")  # "Mrs. ", "spokeswoman ", "Okafor's wife, "
OTHERS_POSSESSIVE = re.compile(r",\s+(?:his|her)\b", re.I)  # an apposition's possessive right after the name
PRONOUNS = re.compile(r"\b(?:(?P<f>she|her|hers|herself)|(?P<m>he|him|his|himself))\b", re.I)
# The pronouns that stand for a sentence's subject ("said she would", "his visit"), not objects ("told him").
SUBJECT_PRONOUNS = re.compile(r"\b(?:(?P<f>she|hers|herself)|(?P<m>he|his|himself))\b"
                              r"(?!\s+(?:said|says|told|tells|added|adds|asked|wrote|recalled)\b)", re.I)  # not "Kim,
# she said, …": who speaks there is someone else
OPENING_PRONOUN = re.compile(r"\W*(?:(?P<f>She)|(?P<m>He))\b(?!\s+(?:said|says|told|tells|added|adds)\b)")
# What may come before a name that opens its sentence as the subject: "Swiss President", "Kenya's Foreign
# Minister" (not "Appearing with Amherd, he said": the "he" is someone else).
OPENING_SUBJECT = re.compile(r"[\W_]*(?:(?:[A-Z][\w'’.-]*|of|the)\s+)*")
LOOK_BACK = 20  # characters before a name where its title ends


def gender_of_word(word: str) -> str | None:
    """"f" or "m" for a gendered noun or title ("spokeswoman", "Mr"), else None."""
    word = word.lower()
    return "f" if word in FEMININE else "m" if word in MASCULINE else None


def pronoun_gender(text: str, position: int) -> str | None:
    """The gender of the pronoun at ``position`` ("she" → "f"), None for any other word."""
    found = PRONOUNS.match(text, position)
    return None if found is None else "f" if found.group("f") else "m"


def _surname(name: str) -> str:
    return name.rsplit(" ", 1)[-1]


def text_genders(paragraphs: Iterable[tuple[str, list[Sentence], list[Mention]]]) -> dict[str, str]:
    """The gender the text gives each person (by lower-case name and surname) where its evidence agrees."""
    votes: dict[str, Counter] = defaultdict(Counter)
    full_names: set[str] = set()
    for text, sentences, mentions in paragraphs:
        full_names.update(m.name.lower() for m in mentions if m.kind is EntityKind.PERSON and " " in m.name)
        spans = quote_spans(text)
        starts = [start for start, _ in spans]
        persons = sorted((m for m in mentions if m.kind is EntityKind.PERSON
                          and not inside_spans(spans, starts, m.start)), key=lambda m: m.start)
        person_starts = [m.start for m in persons]
        for mention in persons:
            if (gender := _titled(text, mention)) is not None:
                votes[mention.name.lower()][gender] += TITLE_WEIGHT
        for index, sentence in enumerate(sentences):
            named = persons[bisect.bisect_left(person_starts, sentence.start):
                            bisect.bisect_left(person_starts, sentence.end)]
            if not named or not OPENING_SUBJECT.fullmatch(text, sentence.start, named[0].start):
                continue
            alone = len({m.name for m in named}) == 1
            pronoun = next((m.start() for m in SUBJECT_PRONOUNS.finditer(text, named[0].end, sentence.end)
                            if not inside_spans(spans, starts, m.start())), sentence.end)
            if not alone and any(m.name != named[0].name for m in named if m.start < pronoun):
                continue  # (but "X said he had warned Y": he is no one named after him)
            following = sentences[index + 1].start if index + 1 < len(sentences) and alone else None
            after = OTHERS_POSSESSIVE.match(text, named[0].end)  # "Boluarte, his running mate, …": his is another's
            for gender in _pronouns_after(text, after.end() if after else named[0].end, sentence.end, following,
                                          spans, starts):
                votes[named[0].name.lower()][gender] += 1
    known = {name: gender for name, counts in votes.items()
             if (gender := max(counts, key=counts.get)) and counts[gender] > sum(counts.values()) - counts[gender]}
    return _with_surnames(known, full_names)


def _with_surnames(known: dict[str, str], full_names: set[str]) -> dict[str, str]:
    """Each surname takes the gender of the people named by it where they all agree ("Okafor" is Lena Okafor's
    unless Jan Okafor is named too, whatever the text says of him: "Melania Trump" tells nothing of "Trump"),
    and a full name with no word of its own takes its surname's."""
    by_surname: dict[str, set[str | None]] = defaultdict(set)
    for name in full_names | set(known):
        by_surname[_surname(name)].add(known.get(name))
    surnames = {surname: genders.pop() for surname, genders in by_surname.items() if len(genders) == 1
                and None not in genders}
    return {**surnames, **known}


def agrees(genders: Mapping[str, str], mention: Mention, gender: str | None) -> bool:
    """The person may be what a pronoun of ``gender`` stands for: the text gives them no other gender."""
    name = mention.name.lower()
    known = genders.get(name, genders.get(_surname(name))) if mention.kind is EntityKind.PERSON else None
    return gender is None or known is None or known == gender


def _titled(text: str, mention: Mention) -> str | None:
    """The gender of a title or noun right before the name, or heading the apposition right after it."""
    before = WORD_BEFORE.search(text, max(0, mention.start - LOOK_BACK), mention.start)
    inside = mention.text.split()[0] if " " in mention.text else ""  # "Mrs Okafor" spotted whole
    found = gender_of_word(before.group(1)) if before else None
    found = found or gender_of_word(inside.rstrip("."))
    if found is None and (apposition := APPOSITION.match(text, mention.end)) is not None:
        found = next(filter(None, map(gender_of_word, re.findall(r"[a-z]+", apposition.group("words")))), None)
    return found


def _pronouns_after(text: str, start: int, end: int, following: int | None, spans, starts) -> set[str]:
    """The genders of the pronouns outside quotes from ``start`` to the sentence's ``end``, and of a pronoun
    opening the sentence after (at ``following``); none where both genders appear."""
    found = {"f" if match.group("f") else "m" for match in SUBJECT_PRONOUNS.finditer(text, start, end)
             if not inside_spans(spans, starts, match.start())}
    opening = OPENING_PRONOUN.match(text, following) if following is not None else None
    if opening is not None and not inside_spans(spans, starts, opening.end() - 1):
        found.add("f" if opening.group("f") else "m")
    return found if len(found) == 1 else set()
