"""What the extraction rules share: the sentence being read and how names run through it."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field

from generator.extract.lexicon import Lexicon
from generator.extract.text import Sentence, Token
from generator.gazetteer import Gazetteer
from generator.model import EntityKind, Mention, RoleReference, SourceRef
from generator.slugs import fold, undotted

# Days and months, with the months' wire-copy abbreviations ("Oct 13 (Reuters)", "Sept. 4") that are
# nobody's name ("Jan", "Jun" and "Mar" are).
MONTH_SURNAMES = frozenset({"May", "Ramadan"})  # a month that is also a common surname ("Lena May", "Tariq Ramadan")
TIME_PREPOSITIONS = frozenset("in on since until till by from of during before after early late mid last next this "
                              "that through".split())
CALENDAR_WORDS = frozenset(list(calendar.day_name) + list(calendar.month_name)[1:]
                           + ["Feb", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]
                           + ["Easter", "Christmas", "Ramadan", "Eid", "Passover", "Hanukkah", "Diwali", "Nowruz",
                              "Thanksgiving", "Lent", "Eve"])  # holidays: times, no one and no place
PLURAL_COUNTRIES = frozenset({"Netherlands", "Philippines", "Bahamas", "Maldives", "Seychelles", "Comoros", "Gambia"})
CONNECTORS = frozenset({"of", "the", "for", "and", "on", "&"})
# "X, known as Y": one person by two names
KNOWN_AS_WORDS = r"(?:(?:better|also|widely)\s+)?(?:known\s+as|nicknamed|dubbed)"
LINKING_CONNECTORS = CONNECTORS - {"and", "&"}  # may follow one another inside a name: "for the"


@dataclass
class SentenceContext:
    """What the rules may look at: the paragraph, one sentence, and the article's lower-case words."""

    text: str
    sentence: Sentence
    source: SourceRef
    lexicon: Lexicon
    gazetteer: Gazetteer
    lowercase_words: frozenset[str]
    surnames: frozenset[str] = frozenset()  # last words of names the article writes in full ("Mike Pence")
    mentions: list[Mention] = field(default_factory=list)
    role_references: list[RoleReference] = field(default_factory=list)
    role_spans: list[tuple[int, int]] = field(default_factory=list)  # characters of appositive roles

    @property
    def tokens(self) -> tuple[Token, ...]:
        return self.sentence.tokens

    def span(self, start: int, end: int, bare_last: bool = True) -> str:
        """The text of tokens [start, end), without a possessive on the last one."""
        last = self.tokens[end - 1]
        stop = last.start + len(last.bare) if bare_last else last.end
        return self.text[self.tokens[start].start:stop]

    def word(self, index: int) -> str:
        return self.tokens[index].text if 0 <= index < len(self.tokens) else ""

    def in_role(self, index: int) -> bool:
        """Inside ", Minister of Foreign Affairs,": the words describe the person before, they name no one."""
        return any(start <= self.tokens[index].start < end for start, end in self.role_spans)

    def add(self, start: int, end: int, name: str, kind: EntityKind, key: str, rule: str, **extra) -> Mention:
        first, last = self.tokens[start], self.tokens[end - 1]
        mention = Mention(self.source, first.start, last.start + len(last.bare), self.span(start, end),
                          name, kind, key, rule, **extra)
        self.mentions.append(mention)
        return mention


def opens_with_article(ctx: SentenceContext, i: int) -> bool:
    """"al-Qaeda", "al-Jalaa tower", "el-Sisi": a name whose first word is the Arabic article."""
    return i < len(ctx.tokens) and ctx.tokens[i].text in ARABIC_ARTICLES and _particle_joins(ctx, i)


def run_end(ctx: SentenceContext, i: int, connectors: bool = False) -> int:
    """End of the run of capitalised name words starting at ``i`` (particles and hyphens inside)."""
    end = i + 2 if opens_with_article(ctx, i) else i
    chained = False  # an organisation's name already linked on by "for the", "of the"
    while end < len(ctx.tokens):
        token = ctx.tokens[end]
        if token.is_word and token.capitalised and (token.text not in CALENDAR_WORDS or _month_surname(ctx, i, end)):
            end += 1
            if token.possessive and not (connectors and _possessive_inside_name(ctx, end)) and \
                    not _plural_possessive_inside_name(ctx, end):
                break
            continue
        if end > i and _particle_joins(ctx, end):
            end += 3  # "al-Burhan": particle, hyphen, name
            if ctx.tokens[end - 1].possessive and not (connectors and _possessive_inside_name(ctx, end)):
                break  # "Nouri al-Maliki's State of Law Coalition": his, not part of his name
            continue
        if not connectors and end > i and (after := nickname_end(ctx, end)) is not None:
            end = after  # 'Joaquin "El Chapo" Guzman': a nickname between the given name and the surname
            continue
        if end > i and _linked_by_a_hyphened_particle(ctx, end):
            end += 4  # "Tehreek-e-Insaf", "Hizb-ut-Tahrir": hyphen, particle, hyphen, name
            continue
        if end - i >= 2 and token.bare in PATRONYMIC_SUFFIXES:
            end += 1  # "Nurlanbek Turgunbek uulu": the father's name, then "son of"
            if token.possessive:
                break
            continue
        if end - i >= 2 and _lowercase_name_part(ctx, end):
            end += 2  # "Lee Jae-myung": a given name's lower-case second syllable
            break
        if connectors and end > i and _hyphenated_lowercase(ctx, end):
            end += 2  # "Organization for Security and Co-operation in Europe"
            continue
        chain = connectors and token.text in LINKING_CONNECTORS and (
            ctx.tokens[end - 1].bare in ctx.lexicon.organisation_heads or chained and not _state_after(ctx, end)) \
            and not _region_after(ctx, end)
        # "Forces for the Liberation of Rwanda", "Committee for the Salvation of the People", not "Yang of the
        # Group" nor "Ministry of Foreign Affairs of the Kingdom of Norway"
        joins_next = end > i and _next_name_word(ctx, end + 1, chain)
        chained = chained or chain and joins_next
        hyphen = token.text == "-" and token.start == ctx.tokens[end - 1].end if end > i else False
        initial = end > i and token.text == "." and _is_initial(ctx.tokens[end - 1], token)  # "Lena J. Okafor"
        allowed = token.text in ctx.lexicon.name_particles or hyphen or initial or \
            (connectors and token.text in CONNECTORS)
        if not (joins_next and allowed):
            break
        end += 1
    while end > i + 1 and ctx.tokens[end - 1].text in CONNECTORS:
        end -= 1  # "the International Court of Justice on Friday": the name ends before "on"
    return end


def _region_after(ctx: SentenceContext, connector: int) -> bool:
    """"the Federal Penitentiary Service for the Yamalo-Nenets region": a region the body serves, no part of its
    name."""
    start = connector + 1 + (ctx.word(connector + 1) == "the")
    stop = start
    while stop < len(ctx.tokens) and (ctx.tokens[stop].capitalised or ctx.word(stop) == "-"):
        stop += 1
    return stop > start and ctx.word(stop) in REGION_WORDS


REGION_WORDS = frozenset("region province oblast governorate district county".split())


def nickname_end(ctx: SentenceContext, k: int) -> int | None:
    """Where a quoted nickname of one to three capitalised words that opens at token ``k`` ends, when a
    capitalised word (the surname) follows it: 'Jorge "Tuto" Quiroga', "Ismael “El Mayo” Zambada"."""
    if ctx.word(k) not in ('"', "“"):
        return None
    last = min(k + 2 + NAME_NICKNAME_WORDS, len(ctx.tokens))
    close = next((j for j in range(k + 2, last) if ctx.word(j) in ('"', "”")), None)
    if close is None or close + 1 >= len(ctx.tokens) or not all(
            t.is_word and t.capitalised for t in ctx.tokens[k + 1:close]):
        return None
    surname = ctx.tokens[close + 1]
    if surname.start == ctx.tokens[close].end:
        return None
    return close + 1 if surname.is_word and (surname.capitalised or surname.text in ctx.lexicon.name_particles
                                             and _next_name_word(ctx, close + 1)) else None  # 'Ronald "Bato" dela Rosa'



SEASON_VERBS = frozenset("begins began starts started ends ended".split())
NAME_NICKNAME_WORDS = 3  # a nickname inside a name: one to three words ("El Mayo")
NICKNAME = re.compile(r"\s*[“\"][^“”\"]{1,40}[”\"]\s*")  # the nickname inside a name, for the name without it


def _month_surname(ctx: SentenceContext, start: int, end: int) -> bool:
    """"Lena May": a month's name that ends a name after a given name, or stands alone for a surname the
    article writes in full ("…,” May said"); not "in May 2019", "on May 5", "since May"."""
    if ctx.tokens[end].bare not in MONTH_SURNAMES or ctx.word(end + 1)[:1].isdigit():
        return False
    if end == start:
        return ctx.tokens[end].bare in ctx.surnames and ctx.word(end - 1).lower() not in TIME_PREPOSITIONS | {"for"} \
            and ctx.word(end + 1).lower() not in SEASON_VERBS  # (not "fasting for Ramadan", "Ramadan began")
    before = ctx.tokens[end - 1]
    return before.is_word and before.capitalised and not before.possessive and before.text not in CALENDAR_WORDS


def _hyphenated_lowercase(ctx: SentenceContext, end: int) -> bool:
    """A hyphen and a lower-case word attached to the name word before it: "Co-operation"."""
    if end + 1 >= len(ctx.tokens):
        return False
    hyphen, part = ctx.tokens[end], ctx.tokens[end + 1]
    return hyphen.text == "-" and hyphen.start == ctx.tokens[end - 1].end and part.start == hyphen.end \
        and part.is_word and part.text.islower()


def _is_initial(letter, stop) -> bool:
    """"Lena J. Okafor", "St. Paul", "Mt. Kenya": a capital initial or a place's abbreviated word and its stop."""
    return (len(letter.text) == 1 and letter.text.isupper() or letter.text in PLACE_WORD_ABBREVIATIONS) and \
        stop.start == letter.end


PLACE_WORD_ABBREVIATIONS = frozenset({"St", "Ste", "Mt", "Ft"})  # saint, sainte, mount, fort


# Turkic patronymics written after the father's name: Kyrgyz "uulu" (son of), "kyzy" (daughter of), Azerbaijani
# "oglu", "qizi".
PATRONYMIC_SUFFIXES = frozenset("uulu kyzy oglu ogly oğlu qizi gizi".split())


def _lowercase_name_part(ctx: SentenceContext, i: int) -> bool:
    """"-myung" of "Jae-myung", attached on both sides; not a compound like "Iran-backed" or "US-led"."""
    if i + 1 >= len(ctx.tokens):
        return False
    hyphen, part = ctx.tokens[i], ctx.tokens[i + 1]
    return hyphen.text == "-" and hyphen.start == ctx.tokens[i - 1].end and part.start == hyphen.end \
        and part.text.isalpha() and part.text.islower() and len(part.text) <= 6 \
        and not part.text.endswith(("ed", "ly", "led")) and not (part.text.endswith("ing") and len(part.text) > 4)
    # (but "Kai-ping" is a name: "-ping" is no verb's ending)


STATE_WORDS = frozenset("Kingdom Republic State States Federation Emirate Sultanate Government".split())


def _state_after(ctx: SentenceContext, i: int) -> bool:
    """The capitalised word after the connectors at ``i`` names a state or a place ("… of the Kingdom of Norway")."""
    while i < len(ctx.tokens) and ctx.tokens[i].text in LINKING_CONNECTORS:
        i += 1
    return i < len(ctx.tokens) and (ctx.tokens[i].bare in STATE_WORDS or bool(ctx.gazetteer.lookup(ctx.tokens[i].bare)))


def _next_name_word(ctx: SentenceContext, i: int, connectors: bool = False) -> bool:
    """Whether a capitalised word follows, possibly after more particles ("von der Leyen") or, in an
    organisation's name, connectors ("Forces for the Liberation of Rwanda")."""
    while i < len(ctx.tokens) and (ctx.tokens[i].text in ctx.lexicon.name_particles
                                   or connectors and ctx.tokens[i].text in LINKING_CONNECTORS):
        i += 1
    return i < len(ctx.tokens) and ctx.tokens[i].capitalised


ARABIC_ARTICLES = frozenset({"al", "el"})


def _particle_joins(ctx: SentenceContext, i: int) -> bool:
    if i + 2 >= len(ctx.tokens) or ctx.tokens[i].text not in ctx.lexicon.name_particles:
        return False
    particle, hyphen, name = ctx.tokens[i:i + 3]
    return hyphen.text == "-" and hyphen.start == particle.end and name.start == hyphen.end and name.capitalised


# Particles between two hyphenated words of a name ("Jamaat-e-Islami", "Hizb-ut-Tahrir", "Ansar-ul-Islam").
LINKING_PARTICLES = frozenset("e i ul ut ur us un ud al ad ash as az a".split())  # "Mar-a-Lago"


def _linked_by_a_hyphened_particle(ctx: SentenceContext, i: int) -> bool:
    if i + 3 >= len(ctx.tokens):
        return False
    hyphen, particle, second, name = ctx.tokens[i:i + 4]
    return hyphen.text == second.text == "-" and particle.text in LINKING_PARTICLES and name.capitalised and \
        ctx.tokens[i - 1].end == hyphen.start and hyphen.end == particle.start and particle.end == second.start and \
        second.end == name.start


def _plural_possessive_inside_name(ctx: SentenceContext, end: int) -> bool:
    """"White House Correspondents' Association": a plural's possessive before a body's last word, inside its name
    (not "the Liberal Democrats' Angus MacDonald")."""
    following = ctx.tokens[end] if end < len(ctx.tokens) else None
    return ctx.tokens[end - 1].text.endswith("'") and following is not None and \
        following.bare in ctx.lexicon.organisation_heads


def _possessive_inside_name(ctx: SentenceContext, end: int) -> bool:
    """"Sudan People's Liberation Movement": a possessive inside a name, not "Iran's Foreign Ministry" or
    "Khalifa Okafor's Libyan National Army" (whose possessor is a name: a word never written in lower case)."""
    token = ctx.tokens[end - 1]
    following = ctx.tokens[end] if end < len(ctx.tokens) else None
    lexicon = ctx.lexicon
    common = token.bare.lower() in ctx.lowercase_words or token.bare.lower() in COMMON_POSSESSORS or \
        token.bare in lexicon.titles or token.bare in lexicon.title_heads  # "the Prime Minister's Office"
    return bool(following and following.capitalised and not ctx.gazetteer.lookup(token.bare) and common)


# Common nouns that open a possessive inside a name even where the article never writes them in lower case.
COMMON_POSSESSORS = frozenset("people workers women children martyrs nation farmers fighters citizens veterans "
                              "mothers soldiers peasants patriots".split())


def titles_end(ctx: SentenceContext, i: int) -> int:
    lexicon, end = ctx.lexicon, i
    while end < len(ctx.tokens):
        for length in range(lexicon.max_title_words, 0, -1):
            title = ctx.span(end, end + length, bare_last=False) if end + length <= len(ctx.tokens) else ""
            plural = title.endswith("s") and title[:-1] in lexicon.titles and \
                (length > 1 or _names_follow(ctx, end + 1))
            if title in lexicon.titles or plural:
                end += length  # "Prime Ministers Narendra Modi and Shehbaz Sharif": a title for each
                if ctx.word(end) == "-" and ctx.word(end + 1) in ("elect", "designate"):
                    end += 2  # "Mayor-elect Zohran Mamdani": the office to come
                break
        else:
            if end > i and (serving := _institution_before_a_title(ctx, end)) > end:
                end = serving  # "Deputy Pentagon Press Secretary X", "White House Press Secretary X"
                continue
            head = _portfolio_run_end(ctx, end)
            if ctx.tokens[end].capitalised and ctx.word(head) in lexicon.title_heads \
                    and ctx.word(head + 1) != "-":  # not the "Secretary" of "U.N. Secretary-General"
                end = head if head > end and _title_opens(ctx, head) else head + 1  # "Oil Minister", "Defence
                # Secretary" ("Boeing Chief Executive X": the title "Chief Executive", whole)
                continue
            portfolio_end = _portfolio_end(ctx, end) if end > i else end
            if portfolio_end > end and ctx.tokens[portfolio_end - 1].capitalised:
                end = portfolio_end  # "Chief of General Staff Field Marshal X": a rank may follow the office
                continue
            return portfolio_end
        if ctx.word(end) == ".":
            end += 1
    return end


def _title_opens(ctx: SentenceContext, i: int) -> bool:
    """A title of more than one word starts at ``i``: "Chief Executive", "Prime Minister"."""
    return any(ctx.span(i, i + length, bare_last=False) in ctx.lexicon.titles
               for length in range(ctx.lexicon.max_title_words, 1, -1) if i + length <= len(ctx.tokens))


def _institution_before_a_title(ctx: SentenceContext, i: int) -> int:
    """Where an institution's name at ``i`` ends when an office follows it ("Pentagon Press Secretary"), else
    ``i``."""
    for institution in ctx.lexicon.institutions:
        length = len(institution.split())
        if i + length < len(ctx.tokens) and ctx.span(i, i + length) == institution:
            after = ctx.span(i + length, min(len(ctx.tokens), i + length + 2))
            if after.split()[-1] in ctx.lexicon.title_heads or after in ctx.lexicon.titles:
                return i + length
    return i


def _portfolio_run_end(ctx: SentenceContext, i: int) -> int:
    """Where a run of portfolio words from ``i`` ends ("External Affairs"), or ``i + 1`` for any one word
    ("Oil")."""
    k = i
    while k < len(ctx.tokens) and ctx.tokens[k].bare in ctx.lexicon.portfolio_words:
        k += 1
    if _hyphened_portfolio(ctx, k):
        return k + 3  # "Deputy Anti-Terrorism Minister": a hyphened portfolio before the office
    k = max(k, i + 1)
    return k + 3 if _hyphened_portfolio(ctx, k) else k  # "Chief Anti-Corruption Prosecutor"


def _hyphened_portfolio(ctx: SentenceContext, k: int) -> bool:
    """"Anti-Corruption" right before an office's head word ("Prosecutor", "Minister")."""
    return k + 3 < len(ctx.tokens) and ctx.tokens[k].capitalised and ctx.word(k + 1) == "-" and \
        ctx.tokens[k + 2].capitalised and ctx.word(k + 3) in ctx.lexicon.title_heads


def _names_follow(ctx: SentenceContext, i: int) -> bool:
    """Two capitalised words at ``i``: "Senators Patrick Leahy and …" is a title for each name."""
    return i + 1 < len(ctx.tokens) and ctx.tokens[i].capitalised and ctx.tokens[i + 1].capitalised


NAME_WORDS = 2
PORTFOLIO_AND_NAME = 3


def _portfolio_end(ctx: SentenceContext, end: int) -> int:
    """"Minister for Information and Broadcasting Fawad …": the portfolio after a title is part of it, whether
    a name follows or not ("Minister of National Defence, Gen Tea …", "the Director Generals of Military
    Operations of both countries")."""
    if ctx.word(end) == "to" and ctx.word(end + 1) == "the" and (body_end := _body_then_a_name(ctx, end + 2)) > end + 2:
        return body_end  # "Secretary to the Cabinet Patrick Kangwa": the body the office serves
    if ctx.word(end) not in ("for", "of"):
        return end
    opening = end + 1 + (ctx.word(end + 1) == "the")  # "Chief of the General Staff Valery Gerasimov"
    if opening > end + 1 and (body_end := _body_then_a_name(ctx, opening)) > opening:
        return body_end  # "Secretary of the Security Council Sergei Shoigu": the body the office is of
    k, portfolio = opening, ctx.lexicon.portfolio_words
    while ctx.word(k) in portfolio or _region_of_a_portfolio(ctx, k) or ctx.word(k) in ("and", "&") and \
            (ctx.word(k + 1) in portfolio or _region_of_a_portfolio(ctx, k + 1)):
        k += 1
    if opening > end + 1 and k < len(ctx.tokens) and \
            ctx.tokens[max(k, run_end(ctx, k)) - 1].bare in ctx.lexicon.organisation_heads:
        return end  # "Secretary of the National Anti-Corruption Secretariat": the body's own name
    if k == opening and ctx.word(end) == "for" and (run := run_end(ctx, opening)) - opening >= PORTFOLIO_AND_NAME:
        return run - NAME_WORDS  # "Deputy Secretary of State for Management Richard Verma": a portfolio no list
        # knows, then the name, in its two most usual words
    return k if k > opening else end


def _body_then_a_name(ctx: SentenceContext, k: int) -> int:
    """Where a body's name starting at ``k`` ends when a person's name of two or three words follows it with no
    break ("the Cabinet of Ministers Edil Baisalov"); else ``k``."""
    run = run_end(ctx, k, connectors=True)
    heads = [h for h in range(k, run) if ctx.tokens[h].bare in ctx.lexicon.organisation_heads
             or h > k + 1 and ctx.word(h - 1) == "of" and ctx.tokens[h].capitalised]
    if not heads or not NAME_WORDS <= run - heads[-1] - 1 <= NAME_WORDS + 1:
        return k
    name = ctx.tokens[heads[-1] + 1:run]
    if any(not t.capitalised or not t.bare.isalpha() or t.bare in ctx.lexicon.organisation_heads for t in name):
        return k
    return heads[-1] + 1


def _region_of_a_portfolio(ctx: SentenceContext, k: int) -> bool:
    """"Advisor for Arab and African Affairs", "Minister for Asian Affairs": a region's adjective, then (after
    "and" and another) "Affairs"."""
    if not (k < len(ctx.tokens) and ctx.tokens[k].capitalised):
        return False
    ahead = [ctx.word(j) for j in range(k + 1, min(k + 4, len(ctx.tokens)))]
    return "Affairs" in ahead and all(w[:1].isupper() or w in ("and", "&") for w in ahead[:ahead.index("Affairs")])


def is_starter(ctx: SentenceContext, i: int) -> bool:
    """A word capitalised only because it opens the sentence; not a title before a name ("Secretary of State
    Antony Blinken said", where "secretary" is written in lower case elsewhere)."""
    token = ctx.tokens[i]
    if not token.sentence_start:
        return False
    if token.text in ctx.lexicon.sentence_starters:
        return True
    singular = token.text[:-1] if token.text.endswith("s") else ""
    plural_title = singular in ctx.lexicon.titles or singular.lower() in ctx.lexicon.role_nouns
    if plural_title and not (i + 1 < len(ctx.tokens) and ctx.tokens[i + 1].capitalised):
        return True  # "Generals from both armies will meet", "Ministers agreed": a plural title, no one's name
    return token.text.lower() in ctx.lowercase_words and not (titles_end(ctx, i) > i + 1 or _title_then_name(ctx, i)
                                                               or _opens_a_body_s_name(ctx, i))


def _opens_a_body_s_name(ctx: SentenceContext, i: int) -> bool:
    """"Reporters Without Borders said": a common word opening a body's name written in title case."""
    if not (i + 1 < len(ctx.tokens) and ctx.tokens[i + 1].capitalised):
        return False
    end = run_end(ctx, i, connectors=True)
    return end > i + 1 and ctx.tokens[end - 1].bare in ctx.lexicon.organisation_heads


def _title_then_name(ctx: SentenceContext, i: int) -> bool:
    """A one-word title followed by a capitalised name: "President Lena Okafor"."""
    return titles_end(ctx, i) == i + 1 and i + 2 < len(ctx.tokens) and ctx.tokens[i + 1].capitalised \
        and ctx.tokens[i + 2].capitalised


def norm(name: str) -> str:
    return " ".join(undotted(fold(name)).lower().replace("’", "'").split())


def initials(name: str) -> str:
    """"World Food Programme" → "WFP"; acronyms inside stay whole: "UK Maritime Trade Operations" → "UKMTO";
    numbers are written in figures: "Group of Seven" → "G7", "Group of 20" → "G20"."""
    words = name.replace("-", " ").split()
    return "".join(NUMBER_WORDS.get(w, w if w.isupper() or w.isdigit() else w[0]) for w in words
                   if w[0].isupper() or w.isdigit())


NUMBER_WORDS = {"Two": "2", "Three": "3", "Four": "4", "Five": "5", "Six": "6", "Seven": "7", "Eight": "8",
                "Nine": "9", "Ten": "10", "Twenty": "20"}


def role_before(ctx: SentenceContext, start: int) -> str | None:
    """"his envoy Jan Kowalski", "US special envoy …", "Eritrea's information minister, Yemane …",
    "its secretary-general, Albert …": a lower-case role phrase right before the name, or before
    the comma that opens it."""
    end = start - 1 if ctx.word(start - 1) == "," else start
    for length in (4, 3, 2, 1):
        first = end - length
        if first < 0 or not all(t.text == "-" or t.text[:1].islower() for t in ctx.tokens[first:end]):
            continue
        phrase = ctx.text[ctx.tokens[first].start:ctx.tokens[end - 1].end]
        if ctx.tokens[first].text == "-" or ctx.tokens[end - 1].text == "-":
            continue
        last = phrase.split()[-1]
        if phrase in ctx.lexicon.role_nouns or (end < start and last in ctx.lexicon.role_nouns):
            first = _described_from(ctx, first) if phrase in ctx.lexicon.role_nouns else first  # "opposition
            # leader Lena Okafor": whose kind of leader
            return role_with_country(ctx, first, ctx.text[ctx.tokens[first].start:ctx.tokens[end - 1].end])
    return None


def _described_from(ctx: SentenceContext, first: int) -> int:
    """Where the lower-case words describing a role found at ``first`` start: one or two words that are no
    determiner, verb or link ("opposition leader", "rebel commander"; not "named envoy", "told envoy")."""
    for _ in range(DESCRIBING_WORDS):
        word = ctx.tokens[first - 1] if first > 0 else None
        if word is None or not (word.is_word and word.text.isalpha() and word.text.islower()) or \
                any(m.start <= word.start < m.end for m in ctx.mentions[-MENTIONS_CHECKED:]) or \
                word.text in NOT_DESCRIBING or word.text.endswith(("ed", "ing", "ly")) or \
                ctx.lexicon.is_speech_verb(word.text):
            return first
        first -= 1
    return first


DESCRIBING_WORDS = 2
MENTIONS_CHECKED = 3  # the last mentions found, which a role's describing words may not reach into
NOT_DESCRIBING = frozenset("the a an his her its their our my your and or but of to by with for from in on at as "
                           "told met said says say ask asked called urged led named made while when where who whom "
                           "whose which that after before than then also both each is are was were be been has have "
                           "had will would can could may might must should do does did not no him her them us me it "
                           "they we you".split())


BODY_KINDS = frozenset({EntityKind.ORGANISATION, EntityKind.GROUP, EntityKind.BUILDING})


SPELT_OUT = {"PM": "Prime Minister"}  # a title's short form, as a role is written out


def role_with_country(ctx: SentenceContext, i: int, role: str | None) -> str | None:
    """"Qatari Prime Minister" → "Prime Minister of Qatar"; "Eritrea's information minister" as written."""
    if role is None:
        return None
    role = SPELT_OUT.get(role, role)
    previous = next((m for m in reversed(ctx.mentions) if m.end <= ctx.tokens[i].start), None)
    gap = ctx.text[previous.end:ctx.tokens[i].start] if previous else None
    if previous and previous.kind is EntityKind.STATE and gap is not None and gap.strip() in ("", "’s", "'s"):
        written = ctx.text[previous.start:ctx.tokens[i].start]
        former = "former " if FORMER_JUST_BEFORE.search(ctx.text, max(0, previous.start - 8), previous.start) else ""
        return f"{former}{role} of {with_article(previous.name)}" if role[0].isupper() else \
            f"{former}{written}{role}"  # "former Nigerian president X": a role once held
    if previous and previous.kind in BODY_KINDS and gap is not None and gap.strip() in ("", "’s", "'s") \
            and role[0].islower():  # "Chinese Foreign Ministry spokesperson", "White House press secretary"
        return f"{ctx.text[previous.start:ctx.tokens[i].start]}{role}"
    return role


FORMER_JUST_BEFORE = re.compile(r"\b(?:[Ff]ormer\s+|[Ee]x-)\Z")  # "former Nigerian president"


def with_article(country: str) -> str:
    """"the United States", "the Philippines", but "Qatar": how a country follows "of"."""
    first = country.split()[0]
    takes_the = first in ("United", "Republic", "Democratic", "Central", "Czech", "Federated") or \
        country.endswith(("Islands", "Emirates")) or country in PLURAL_COUNTRIES
    return f"the {country}" if takes_the else country
