"""Which lines are subheadings, and headings glued into run-on paragraphs.

Expected blocks are written compactly: ``("h", text)`` for a heading,
``("p", text)`` for a paragraph (numbered in order).
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.headings import OPENERS, blocks_from_lines
from generator.model import Block
from generator.writer_markdown import markdown_blocks

INTRO = "The talks stalled again on Friday evening."


def compact(blocks: tuple[Block, ...]) -> list[tuple[str, str]]:
    return [("h" if b.kind == "heading" else "p", b.text) for b in blocks]


GLUED = [
    ("strong opener after a lower-case word",
     (f"{INTRO} A dual-track strategy of pressure and outreach The current US approach appears to be a "
      "high-stakes strategy, officials said."),
     [("p", INTRO),
      ("h", "A dual-track strategy of pressure and outreach"),
      ("p", "The current US approach appears to be a high-stakes strategy, officials said.")]),
    ("two glued headings in one paragraph",
     (f"{INTRO} Active regional diplomacy led by key mediators A critical development is the involvement "
      "of regional powers. Officials met twice. The shadow of military preparations Behind the scenes, "
      "envoys have been in contact with officials."),
     [("p", INTRO),
      ("h", "Active regional diplomacy led by key mediators"),
      ("p", "A critical development is the involvement of regional powers. Officials met twice."),
      ("h", "The shadow of military preparations"),
      ("p", "Behind the scenes, envoys have been in contact with officials.")]),
    ("a weaker heading splits when the paragraph has a strong one",
     (f"{INTRO} Active regional diplomacy led by key mediators A critical development is the involvement "
      "of regional powers. Iran's conditional stance and regional warnings Iranian officials have sent "
      "mixed signals about diplomacy."),
     [("p", INTRO),
      ("h", "Active regional diplomacy led by key mediators"),
      ("p", "A critical development is the involvement of regional powers."),
      ("h", "Iran's conditional stance and regional warnings"),
      ("p", "Iranian officials have sent mixed signals about diplomacy.")]),
    ("a closing quote mark stays with its sentence",
     ('"We are close," Okafor wrote. "Peace is near." A dual-track strategy of pressure and outreach The '
      "current US approach appears to be a high-stakes strategy, officials said."),
     [("p", '"We are close," Okafor wrote. "Peace is near."'),
      ("h", "A dual-track strategy of pressure and outreach"),
      ("p", "The current US approach appears to be a high-stakes strategy, officials said.")]),
    ("a weaker heading alone is not enough",
     (f"{INTRO} Iran's conditional stance and regional warnings Iranian officials have sent mixed "
      "signals about diplomacy."),
     None),
    ("a capitalised preposition before a name opens a sentence",
     (f"{INTRO} Sanctions deadline passes On Saturday, the envoys of Kenya and Norway met again in Oslo."),
     [("p", INTRO), ("h", "Sanctions deadline passes"),
      ("p", "On Saturday, the envoys of Kenya and Norway met again in Oslo.")]),
    ("a participle after a lower-case word opens a sentence",
     (f"{INTRO} Nairobi rules out land swap Asked at a news conference whether Kenya would cede land, "
      "Okafor said no."),
     [("p", INTRO), ("h", "Nairobi rules out land swap"),
      ("p", "Asked at a news conference whether Kenya would cede land, Okafor said no.")]),
    ("a longer name goes on after a weaker candidate",
     (f"{INTRO} Nairobi rules out land swap Asked about it, Okafor said no. Kenya claims almost the entire "
      "Lake Turkana basin, including waters that Ethiopia also claims."),
     [("p", INTRO), ("h", "Nairobi rules out land swap"),
      ("p", "Asked about it, Okafor said no. Kenya claims almost the entire Lake Turkana basin, including "
            "waters that Ethiopia also claims.")]),
    ("a hyphenated compound goes on after a weaker candidate",
     (f"{INTRO} Nairobi rules out land swap Asked about it, Okafor said no. Three rounds of direct "
      "Kenyan-Norwegian talks in Oslo have produced no ceasefire."),
     [("p", INTRO), ("h", "Nairobi rules out land swap"),
      ("p", "Asked about it, Okafor said no. Three rounds of direct Kenyan-Norwegian talks in Oslo have "
            "produced no ceasefire.")]),
    ("a name inside the heading does not end it",
     (f"{INTRO} Rebels still hold Lamu and Kilifi The agreement does not name the rebels, who seized both "
      "towns in January."),
     [("p", INTRO), ("h", "Rebels still hold Lamu and Kilifi"),
      ("p", "The agreement does not name the rebels, who seized both towns in January.")]),
    ("a day inside the heading does not end it",
     (f"{INTRO} Commanders to meet on Tuesday Under the deal, the two sides will hold talks within a week."),
     [("p", INTRO), ("h", "Commanders to meet on Tuesday"),
      ("p", "Under the deal, the two sides will hold talks within a week.")]),
    ("a heading ending in says",
     (f"{INTRO} What the deal says Under the agreement, the two sides will withdraw their forces within a week."),
     [("p", INTRO), ("h", "What the deal says"),
      ("p", "Under the agreement, the two sides will withdraw their forces within a week.")]),
    ("a quotation later in the sentence does not stop the split",
     (f'{INTRO} Orders to the fronts On Monday, commander Jan Okafor told his units to "comply fully" with '
      "the truce."),
     [("p", INTRO), ("h", "Orders to the fronts"),
      ("p", 'On Monday, commander Jan Okafor told his units to "comply fully" with the truce.')]),
    ("an opening participle and a sentence with a past verb are no weaker headings",
     (f"{INTRO} Commanders to meet on Tuesday Under the deal, the two sides will talk. Flanked by Kenyan "
      "President Jan Okafor and Norway's acting Prime Minister Lena Velani, Kowalski said the truce held. "
      "Kenya's Constitutional Court suspended Prime Minister Dara Brenner on July 1 over a leaked call."),
     [("p", INTRO), ("h", "Commanders to meet on Tuesday"),
      ("p", "Under the deal, the two sides will talk. Flanked by Kenyan President Jan Okafor and Norway's acting "
            "Prime Minister Lena Velani, Kowalski said the truce held. Kenya's Constitutional Court suspended "
            "Prime Minister Dara Brenner on July 1 over a leaked call.")]),
    ("a heading glued to the start of a line, before a determiner",
     "Talks stall The envoy said that the talks would resume on Monday in Oslo.",
     [("h", "Talks stall"), ("p", "The envoy said that the talks would resume on Monday in Oslo.")]),
    ("a heading glued to the start of a line, before an age",
     "Army promises justice The 58-year-old general, who took over in June, told viewers to keep faith.",
     [("h", "Army promises justice"),
      ("p", "The 58-year-old general, who took over in June, told viewers to keep faith.")]),
    ("a two-word heading before a title and a name",
     "Funding warning Homeland Security Secretary Jan Okafor, who travelled with the president, said funds ran low.",
     [("h", "Funding warning"),
      ("p", "Homeland Security Secretary Jan Okafor, who travelled with the president, said funds ran low.")]),
    # Negatives: ordinary prose that only looks like a glued heading.
    ("a verb in the past before a capitalised word",
     "Police fired The tear gas at the crowd in Oslo on Monday, witnesses said today.",
     None),
    ("a place ending like a participle",
     f"{INTRO} The fresh sanctions angered Beijing on Tuesday, officials in the region said.",
     None),
    ("a given name ending like a participle",
     f"{INTRO} The delegation later met Mohammed bin Salman at his palace, officials said.",
     None),
    ("told The Associated Press",
     (f"{INTRO} Officials close to the negotiations told The Associated Press that a meeting was likely "
      "within days."),
     None),
    ("in the Middle East",
     ("Tensions have risen sharply in the Middle East since the strike on the tanker last week. "
      "Diplomats fear a wider war."),
     None),
    ("a sentence starting with This",
     (f"{INTRO} This diplomatic outreach occurs simultaneously with a major US military buildup in "
      "the region, officials said."),
     None),
    ("This beside a real glued heading",
     (f"{INTRO} A dual-track strategy of pressure and outreach The current US approach appears to be a "
      "high-stakes strategy. This diplomatic outreach occurs simultaneously with a major US military "
      "buildup in the region, officials said."),
     [("p", INTRO),
      ("h", "A dual-track strategy of pressure and outreach"),
      ("p", ("The current US approach appears to be a high-stakes strategy. This diplomatic outreach occurs "
             "simultaneously with a major US military buildup in the region, officials said."))]),
    ("a quotation is never split",
     (f"{INTRO} Officials said “A dual-track strategy of pressure and outreach The approach is new” on "
      "Monday."),
     None),
    ("a short sentence is never split",
     f"{INTRO} Talks in Geneva The envoy left.",
     None),
    ("a heading candidate ending in a function word",
     f"{INTRO} Officials close to the talks in The Hague said the meeting was likely within days.",
     None),
    ("a run-in heading in capitals",
     f"{INTRO} REGIONAL SPLIT Okafor recognised the result without congratulating the winner directly.",
     [("p", INTRO), ("h", "REGIONAL SPLIT"),
      ("p", "Okafor recognised the result without congratulating the winner directly.")]),
    ("an acronym pair opening a sentence is no heading",
     f"{INTRO} US NATO Ambassador Dara Okafor said the allies would meet again within days.",
     None),
]


@pytest.mark.parametrize("paragraph, expected", [(p, e) for _, p, e in GLUED], ids=[n for n, _, _ in GLUED])
def test_glued_heading_recovery(paragraph, expected):
    blocks = blocks_from_lines([paragraph])
    assert compact(blocks) == (expected if expected is not None else [("p", paragraph)])


LINES = [
    ("a short unpunctuated line between paragraphs",
     ["First paragraph.", "Mixed signals from Washington and Tehran", "Second paragraph."],
     [("p", "First paragraph."), ("h", "Mixed signals from Washington and Tehran"), ("p", "Second paragraph.")]),
    ("the first line is never a heading",
     ["Mixed signals from Washington", "Second paragraph."],
     [("p", "Mixed signals from Washington"), ("p", "Second paragraph.")]),
    ("the last line is never a heading",
     ["First paragraph.", "Mixed signals from Washington"],
     [("p", "First paragraph."), ("p", "Mixed signals from Washington")]),
    ("a line ending in punctuation is a paragraph",
     ["First paragraph.", "Talks resume.", "Second paragraph."],
     [("p", "First paragraph."), ("p", "Talks resume."), ("p", "Second paragraph.")]),
    ("a lower-case line is a paragraph",
     ["First paragraph.", "and then the talks", "Second paragraph."],
     [("p", "First paragraph."), ("p", "and then the talks"), ("p", "Second paragraph.")]),
    ("a long line is a paragraph",
     ["First paragraph.", "One two three four five six seven eight nine ten eleven twelve thirteen",
      "Second paragraph."],
     [("p", "First paragraph."), ("p", "One two three four five six seven eight nine ten eleven twelve thirteen"),
      ("p", "Second paragraph.")]),
    ("blank lines are skipped",
     ["First paragraph.", "", "   ", "Second paragraph."],
     [("p", "First paragraph."), ("p", "Second paragraph.")]),
]


@pytest.mark.parametrize("lines, expected", [(l, e) for _, l, e in LINES], ids=[n for n, _, _ in LINES])
def test_line_headings(lines, expected):
    assert compact(blocks_from_lines(lines)) == expected


MARKDOWN = [
    (["## Who was there"], [("h", "Who was there")]),
    (["### Closing hashes ###"], [("h", "Closing hashes")]),
    (["#hashtag is not a heading"], [("p", "#hashtag is not a heading")]),
    (["Mixed signals from Washington"], [("p", "Mixed signals from Washington")]),
]


@pytest.mark.parametrize("lines, expected", MARKDOWN, ids=["h2", "closed", "hashtag", "no-line-headings"])
def test_markdown_headings(lines, expected):
    assert compact(markdown_blocks("\n\n".join(["Intro.", *lines, "End."])))[1:-1] == expected


def test_paragraph_numbers_skip_headings():
    blocks = blocks_from_lines(["One.", "A heading here", "Two.", "Another heading", "Three."])
    assert [(b.kind, b.number) for b in blocks] == [
        ("paragraph", 1), ("heading", None), ("paragraph", 2), ("heading", None), ("paragraph", 3)]


# --- property: a split never loses, adds or reorders a word -------------------

WORDS = sorted(OPENERS) + [
    "the", "a", "of", "and", "said", "told", "strategy", "talks", "Iran", "US", "Qatar", "Middle", "East,",
    "officials", "pressure", "outreach", "war.", "resume?", "Ankara!", "“very", "harsh”", "\"quoted\"", "—",
    "1990.", "x", "Iran's", "dual-track",
]
word = st.sampled_from(WORDS) | st.text(min_size=1, max_size=8).filter(lambda w: w.strip() == w and w)
line = st.lists(word, max_size=40).map(" ".join) | st.text(max_size=60)


@settings(max_examples=400, deadline=None)
@given(st.lists(line, max_size=10))
def test_blocks_keep_every_word_in_order(lines):
    blocks = blocks_from_lines(lines)
    assert [w for b in blocks for w in b.text.split()] == [w for text in lines for w in text.split()]
    numbers = [b.number for b in blocks if b.kind == "paragraph"]
    assert numbers == list(range(1, len(numbers) + 1))
    assert all(b.number is None and b.text.strip() for b in blocks if b.kind == "heading")
    assert all(b.text.strip() for b in blocks)
