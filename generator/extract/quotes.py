"""Quotes and who said them.

A quote's speaker is the subject of the nearest speech verb: after the quote
("…,” he said", "…,” said X", "according to X") or before it in the same
sentence ("X warned that “…”"). A pronoun takes the last person named; a
common noun ("an official", "Israeli media") leaves the speaker unnamed.
"""
from __future__ import annotations

from generator.extract.lexicon import Lexicon
from generator.extract.text import Sentence, Token, quote_spans
from generator.model import EntityKind, Mention, QuoteFinding, RoleReference, SourceRef

Speaker = Mention | RoleReference | None


def find_quotes(text: str, sentences: list[Sentence], source: SourceRef, mentions: list[Mention],
                roles: list[RoleReference], last_person: Mention | None, lexicon: Lexicon) -> list[QuoteFinding]:
    finder = _SpeakerFinder(text, mentions, roles, last_person, lexicon)
    quotes: list[QuoteFinding] = []
    for start, end in quote_spans(text):
        quoted = text[start:end].strip()
        if not any(c.isalnum() for c in quoted):
            continue
        sentence = next((s for s in sentences if s.start <= start - 1 < s.end), sentences[-1])
        closing = next((s for s in sentences if s.start <= end < s.end), sentence)
        speaker, rule = finder.speaker(sentence, closing, start - 1, end + 1)
        if speaker is None and rule == "no speech verb" and quotes and _opens_sentence(text, sentence, start):
            speaker, rule = quotes[-1].speaker, "continues the previous quote"
        quotes.append(QuoteFinding(source, quoted, start, end, speaker, rule))
    return quotes


def _opens_sentence(text: str, sentence: Sentence, quote_start: int) -> bool:
    """A quote that is a sentence of its own continues the quote before it."""
    return not text[sentence.start:quote_start - 1].strip()


class _SpeakerFinder:
    def __init__(self, text: str, mentions: list[Mention], roles: list[RoleReference],
                 last_person: Mention | None, lexicon: Lexicon):
        self.text, self.mentions, self.roles = text, mentions, roles
        self.last_person, self.lexicon = last_person, lexicon

    def speaker(self, sentence: Sentence, closing: Sentence, quote_start: int,
                quote_end: int) -> tuple[Speaker, str]:
        """``sentence`` holds the opening quote mark, ``closing`` the closing one (a quote may hold full stops)."""
        tokens = sentence.tokens
        before = [t for t in tokens if t.end <= quote_start]
        after = [t for t in closing.tokens if t.start >= quote_end]
        verb = next((t for t in reversed(before) if self.lexicon.is_speech_verb(t.text)), None)
        if verb is not None:
            return self._subject(tokens, verb, quote_start), f"subject of '{verb.text}'"
        found = self._after_quote(after, quote_start)
        return found if found is not None else (None, "no speech verb")

    def _after_quote(self, after: list[Token], quote_start: int) -> tuple[Speaker, str] | None:
        """"…,” he said", "…,” said Ali Larijani", "…,” Zimbabwe’s minister, X, told …", "according to X"."""
        words = [t for t in after if t.text not in "”\""][:14]
        while words and words[0].text == ",":
            words = words[1:]
        if not words:
            return None
        if [w.text.lower() for w in words[:2]] == ["according", "to"]:
            return self._mention_at(words[2:]), "according to"
        verb = next((i for i, w in enumerate(words) if self.lexicon.is_speech_verb(w.text)
                     and not w.text.endswith("ing")), None)
        if verb is None:
            return None
        if verb == 0:
            return self._mention_at(words[verb + 1:verb + 3]), "speech verb after quote"
        between = words[:verb]
        persons = [found for w in between if isinstance(found := self._covering(w), Mention)
                   and found.kind is EntityKind.PERSON]
        if persons:
            return persons[-1], "speaker before verb after quote"
        if verb > 3:
            return None
        return self._resolve_token(between[-1]), "speaker before verb after quote"

    def _mention_at(self, words: list[Token]) -> Speaker:
        for word in words[:4]:
            if word.text in self.lexicon.person_pronouns:
                return self._previous_person(word.start)
            found = self._covering(word)
            if found is not None:
                return found
        return None

    def _subject(self, tokens: tuple[Token, ...], verb: Token, quote_start: int) -> Speaker:
        index = verb.index - 1
        while index >= 0 and tokens[index].text.lower() in self.lexicon.skippable:
            index -= 1
        if index < 0:
            return None
        token = tokens[index]
        if token.text.lower() == "who":
            return self._antecedent(tokens, index)  # "… from Ms Okafor, who said “…”"
        if token.text == "," and index > 0:
            named = self._covering(tokens[index - 1])
            if isinstance(named, Mention) and named.kind is EntityKind.PERSON:
                return named  # "…, Yemane Gebremeskel, said": the name the appositive closes
        if token.text in (",", "and", "but", "—", "–") or token.text.lower() in ("and", "but", "yet"):
            return self._sentence_subject(tokens, verb)
        return self._resolve_token(token)

    def _antecedent(self, tokens: tuple[Token, ...], who: int) -> Speaker:
        before = who - 1 if who > 0 and tokens[who - 1].text == "," else who
        return self._covering(tokens[before - 1]) if before > 0 else None

    def _resolve_token(self, token: Token) -> Speaker:
        if token.text in self.lexicon.person_pronouns or token.text.lower() in ("he", "she"):
            return self._previous_person(token.start)
        found = self._covering(token)
        if isinstance(found, Mention) and found.rule == "demonym":
            return None  # "Israeli media", "Iranian officials": a group, not a named speaker
        return found

    def _covering(self, token: Token) -> Speaker:
        for role in self.roles:
            if role.start <= token.start < role.end:
                return role
        return next((m for m in self.mentions if m.start <= token.start < m.end), None)

    def _sentence_subject(self, tokens: tuple[Token, ...], verb: Token) -> Speaker:
        """After a comma or conjunction the subject is the first person the sentence names,
        or the actor that opens it ("Moscow said … and accused …")."""
        before = [m for m in self.mentions if tokens[0].start <= m.start < verb.start]
        persons = sorted((m for m in before if m.kind is EntityKind.PERSON),
                         key=lambda m: (m.key.startswith("surname:"), m.start))
        if persons:
            return persons[0]
        opening = [t for t in tokens[:4] if t.is_word]
        first = before[0] if before else None
        if first and first.kind.is_actor and first.rule != "demonym" and opening and first.start <= opening[-1].start:
            return first
        return None

    def _previous_person(self, position: int) -> Mention | None:
        earlier = [m for m in self.mentions if m.end <= position and m.kind is EntityKind.PERSON]
        return earlier[-1] if earlier else self.last_person
