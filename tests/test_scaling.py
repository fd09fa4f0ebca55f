"""Extraction stays linear in the text, whatever the text is (issue 14, item 2).

No timings here (``tests/benchmarks/pathological.py`` prints them): the tokenizer's
work is counted, and half a megabyte of each pathological input, which took hours when
a scan was quadratic, must finish inside a generous bound in a child process.
"""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import REPO

from generator.extract import text
from generator.extract.text import Token, tokenize

PATHOLOGICAL = {
    "hyphens": "'-' * n",
    "dots": "'.' * n",
    "curly quotes": "'“' * (n // 2) + '”' * (n // 2)",
    "straight quotes": "'\"' * n",
    "abbreviations": "'Mr. Smith ' * (n // 10)",
    "one endless sentence": "('the talks in Geneva would resume, officials said ' * n)[:n]",
    "one paragraph of quotes, pronouns and names":
        "('“We agree,” he said. The minister met Lena Okafor in Oman on Monday. ' * (n // 60))",
    "one paragraph of bodies quoted by 'it'":
        "('Varlonia said it fired at what it called “targets”, his spokesman said, in a pact signed in 2001. '"
        " * (n // 90))",
    "one endless sentence of references":
        "('Pro-Kenyan rebels, the Palace of Peace, the palace, the rebels, the 2015 deal, Kenya and Zelbrook, '"
        " * n)[:n]",
}
HALF_MEGABYTE = 1 << 19
BOUND_SECONDS = 300  # a hang detector, not a benchmark: quadratic code took hours; the linear code needs from a
# second to about two minutes (the paragraph of quotes and names on a slow, shared 2-core machine)


@pytest.mark.parametrize("size", [1_000, 4_000])
def test_each_token_is_inspected_a_bounded_number_of_times(monkeypatch, size):
    """The old tokenizer asked every earlier token whether it was a word, for every token."""
    calls = 0
    original = Token.is_word.fget

    def counted(token: Token) -> bool:
        nonlocal calls
        calls += 1
        return original(token)

    monkeypatch.setattr(Token, "is_word", property(counted))
    tokens = sum(len(s.tokens) for s in tokenize("-" * size))
    assert tokens == size
    assert calls <= 2 * tokens


def test_tokens_before_the_first_word_start_the_sentence():
    sentences = tokenize("-- “Iran said no.” Oman agreed.")
    marks = [[(t.text, t.sentence_start) for t in s.tokens[:4]] for s in sentences]
    assert marks == [[("-", True), ("-", True), ("“", True), ("Iran", True)],
                     [("Oman", True), ("agreed", False), (".", False)]]


def test_last_word_walks_back_over_spaces_only():
    assert text._last_word("said Mr. Smith", 0, 7) == "Mr"
    assert text._last_word("  Mr   .", 0, 7) == "Mr"
    assert text._last_word("", 0, 0) == ""


@pytest.mark.parametrize("case", sorted(PATHOLOGICAL))
def test_half_a_megabyte_of_pathological_text_is_extracted(case):
    code = (f"from generator.extract import RuleExtractor\n"
            f"from generator.headings import blocks_from_lines\n"
            f"from generator.model import Article\n"
            f"n = {HALF_MEGABYTE}\n"
            f"article = Article(slug='x', title='X', date=None, source_path='x.txt',\n"
            f"                  blocks=blocks_from_lines([{PATHOLOGICAL[case]}]))\n"
            f"RuleExtractor().extract(article)\n")
    env = os.environ | {"PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                            timeout=BOUND_SECONDS, check=False)
    assert result.returncode == 0, result.stderr
