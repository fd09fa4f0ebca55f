"""Body lines → blocks: which lines are subheadings, and headings glued into run-on text.

Some sources lose their line breaks, so a subheading ends up inside a
paragraph: "…remains receptive to dialogue. A dual-track strategy of pressure
and outreach The current US approach…". A split is made only on strong
evidence, and a split never loses, adds or reorders a word: the heading and
the paragraphs around it hold exactly the original words, in order.
"""
from __future__ import annotations

import re

from generator.model import Block

HEADING_MAX_WORDS = 12
HEADING_MAX_CHARS = 100
FINAL_PUNCTUATION = tuple(".!?:;,\"”’)…")
# Between sentences: the space after a full stop (and its closing quote mark, which stays with its sentence).
SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[\"“‘]?[A-Z0-9])")

# Closed-class English words. A capitalised one in mid-sentence, right after a
# lower-case word, is strong evidence that a new sentence began there.
OPENERS = frozenset(
    "The A An This These Those Its Their His Her Our In On At As While Behind After Before During "
    "Despite Although But However Meanwhile Since With For When Yet Still Such Some Many Most Both "
    "Each Several Other Another Amid Under Over Beyond Against".split()
)
# Openers that are never part of a name, so a capitalised word after one does not weaken the evidence.
CLAUSE_OPENERS = frozenset("In On At As While After Before During Despite Although But However Meanwhile Since "
                           "When Yet Amid Under".split())
TITLE_OPENERS = frozenset("President Prime Minister King Queen General Gen Foreign Defence Defense Secretary "
                          "Chancellor Sheikh Emir Prince Mr Mrs Ms Dr".split())
# Participles that open a reporting sentence ("Asked whether …, Okafor said"); not a pattern, which would take
# "Beijing" or "Mohammed" for one.
PARTICIPLE_OPENERS = frozenset("Asked Speaking Pressed Responding Writing Addressing Referring Commenting "
                               "Questioned Interviewed Briefing Reached Contacted".split())
FUNCTION_WORDS = frozenset(
    "the a an and or but of to in on at by for with from as that this these those its their his her "
    "our is are was were be been has have had will would can could may might must should than then "
    "into onto over under about after before between against amid among any each every no not nor "
    "so such who whom whose which what where when while said says told according".split()
)
VERBS = frozenset("is are was were has have had will would can could said says told warned".split())


def blocks_from_lines(lines: list[str]) -> tuple[Block, ...]:
    """Number the paragraphs; lines that look like subheadings become headings. Blank lines are skipped."""
    lines = [line.strip() for line in lines if line.strip()]
    blocks: list[Block] = []
    for index, line in enumerate(lines):
        if _looks_like_heading(line, index, lines):
            blocks.append(Block("heading", line))
        else:
            blocks.extend(_split_glued(line))
    return _numbered(blocks)


def _looks_like_heading(line: str, index: int, lines: list[str]) -> bool:
    words = line.split()
    return (
        0 < index < len(lines) - 1
        and len(words) <= HEADING_MAX_WORDS
        and len(line) <= HEADING_MAX_CHARS
        and not line.endswith(FINAL_PUNCTUATION)
        and line[0].isupper()
    )


def _numbered(blocks: list[Block]) -> tuple[Block, ...]:
    numbered, count = [], 0
    for block in blocks:
        if block.kind == "paragraph":
            count += 1
            block = Block("paragraph", block.text, count)
        numbered.append(block)
    return tuple(numbered)


def _split_glued(paragraph: str) -> list[Block]:
    """Recover subheadings glued into a paragraph; the paragraph unchanged when evidence is weak."""
    sentences = SENTENCE_END.split(paragraph)
    candidates = [_heading_candidate(s) for s in sentences]
    if not any(strength == "strong" for strength, _ in candidates):
        return [Block("paragraph", paragraph)]
    blocks: list[Block] = []
    current: list[str] = []
    for sentence, (strength, cut) in zip(sentences, candidates):
        if strength is None:
            current.append(sentence)
            continue
        words = sentence.split(" ")
        if current:
            blocks.append(Block("paragraph", " ".join(current)))
        blocks.append(Block("heading", " ".join(words[:cut])))  # (at a line's start too: "Army promises justice The
        # general, …" where the heading lost its line break)
        current = [" ".join(words[cut:])]
    blocks.append(Block("paragraph", " ".join(current)))
    return blocks


def _heading_candidate(sentence: str) -> tuple[str | None, int]:
    """Where a glued heading ends inside ``sentence`` and how strong the evidence is. A name inside the heading
    ("M23 still holds Goma and Bukavu The agreement …", "Commanders to meet on Tuesday Under the deal, …") does
    not end it: an opener after it, and a lower-case word after that, does."""
    words = sentence.split(" ")
    if len(words) < 9 or any(q in words[0] for q in "\"“”"):
        return None, 0
    if (caps := _capitals_run(words)) is not None:
        return "strong", caps  # "REGIONAL SPLIT Fernandez recognised …": wire copy's run-in heading in capitals
    medium = None
    for cut in range(2, min(HEADING_MAX_WORDS, len(words) - 6) + 1):
        head, next_word, after = words[:cut], words[cut], words[cut + 1]
        if any(q in head[-1] for q in "\"“”"):
            return None, 0  # a quote opens inside: no heading
        if not next_word[:1].isupper():
            continue
        if head[-1][:1].isupper():
            if next_word in OPENERS and after[:1].islower() and _plausible_heading(head) and len(head) >= 3:
                return "strong", cut  # "… Goma and Bukavu The agreement does not name …"
            continue
        if head[-1] in ("says", "said") and next_word in OPENERS and after[:1].islower() and head[0][:1].isupper():
            return "strong", cut  # "What the deal says Under the agreement, …": no reported clause is capitalised
        if not _plausible_heading(head):
            if next_word in OPENERS or head[-1].endswith(FINAL_PUNCTUATION):
                return None, 0  # "… in The Hague": a name, not a new sentence
            continue  # "… to meet on Tuesday …": a name the heading holds
        lower_after = after[:1].islower() or after[:1].isdigit()  # "The envoy", "The 58-year-old general"
        if cut < 3:
            if (_title_run_opens(words[cut:]) or next_word in OPENERS and lower_after) and \
                    _plausible_untitled_heading(head) and head[-1].islower():
                return "strong", cut  # "Funding warning Homeland Security Secretary X, who …", "Talks stall The
                # envoy …": a title or a determiner opens the sentence after a two-word heading
            continue
        if next_word in OPENERS and lower_after:
            return "strong", cut
        opens_clause = next_word in CLAUSE_OPENERS and after[:1].isupper()
        if opens_clause or next_word in PARTICIPLE_OPENERS and after[:1].islower():
            return "strong", cut  # "Sanctions deadline passes On Saturday, …", "… land swap Asked at the …"
        if medium is None and _plausible_untitled_heading(head) and not _names_go_on(next_word, after):
            medium = cut
            continue  # a stronger end may follow ("M23 still holds | Goma and Bukavu The …")
        if medium is None:
            return None, 0
    return ("medium", medium) if medium is not None else (None, 0)


def _capitals_run(words: list[str]) -> int | None:
    """Where a run of words in capitals opening the sentence ends, when it is long enough to be no acronym
    ("REGIONAL SPLIT", not "US NATO") and a capitalised word in lower case follows it."""
    run = 0
    while run < len(words) and CAPITALS_WORD.fullmatch(words[run]):
        run += 1
    letters = sum(c.isalpha() for w in words[:run] for c in w)
    following = words[run] if run < len(words) else ""
    return run if run >= 2 and letters >= CAPITALS_HEADING_LETTERS and following[:1].isupper() and \
        any(c.islower() for c in following) else None


CAPITALS_WORD = re.compile(r"[A-Z][A-Z0-9.'’&-]*")
CAPITALS_HEADING_LETTERS = 10  # "REGIONAL SPLIT" (13); an acronym pair ("US NATO") is shorter


def _title_run_opens(words: list[str]) -> bool:
    """The words open with a run of capitalised words holding an office's title, then a name: "Homeland Security
    Secretary Alejandro Mayorkas, who …"."""
    run = []
    for word in words[:TITLE_RUN_WORDS]:
        if not word[:1].isupper():
            break
        run.append(word.strip(",;:"))
    return any(word in TITLE_WORDS for word in run[:-1]) and len(run) >= 3 and words[len(run) - 1].endswith(",")


TITLE_WORDS = TITLE_OPENERS | frozenset("Minister Secretary Director Chief Governor Senator Mayor Spokesman "
                                        "Spokeswoman Commander Ambassador".split())
TITLE_RUN_WORDS = 7  # "Homeland Security Secretary Alejandro Mayorkas,": the longest title-and-name run read


def _plausible_heading(head: list[str]) -> bool:
    return (
        head[0][:1].isupper()
        and not any(w.endswith(FINAL_PUNCTUATION) for w in head)
        and head[-1].lower() not in FUNCTION_WORDS
    )


def _names_go_on(next_word: str, after: str) -> bool:
    """"… the entire South China Sea", "… of direct Russian-Ukrainian talks": the capitalised word goes on the
    phrase before it (a longer name or a compound), unless a title opens a name ("… open President X Y")."""
    return (after[:1].isupper() and next_word not in TITLE_OPENERS) or "-" in next_word


def _plausible_untitled_heading(head: list[str]) -> bool:
    """Weaker evidence (no capitalised opener): a heading looks like a short noun phrase, with no past verb and
    not opening with a participle ("Flanked by …", "Thailand's court suspended …")."""
    return head[0] not in OPENERS and not any(w.lower() in VERBS for w in head) and \
        len(head) <= MEDIUM_HEADING_WORDS and not head[0].endswith("ed") and \
        not any(w.islower() and w.endswith("ed") for w in head[1:])


MEDIUM_HEADING_WORDS = 7
