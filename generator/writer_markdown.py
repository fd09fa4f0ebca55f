"""A writer's Markdown article body → blocks: plain text for extraction, markup beside it.

The body is parsed by markdown-it-py (CommonMark) with raw HTML switched off, so
``<script>``, attribute lists (``{: .x}``), snippet lines (``--8<--``) and any other
syntax CommonMark does not know stay text, and a link whose address markdown-it
refuses (``javascript:``, ``data:``…) stays text too. What a writer expects
survives as structure: each paragraph, list item and blockquote paragraph is a
numbered paragraph with its ``style``; emphasis, strong emphasis and http(s) or
mailto links are ``Mark`` spans over its plain text; headings are plain text
(no ``**`` reaches the table of contents). A blockquote is a quotation: its text
is given to extraction between quotation marks, as a quote written inline would be.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from markdown_it import MarkdownIt
from markdown_it.token import Token

from generator.model import Block, Mark

_PARSER = MarkdownIt("commonmark", {"html": False})
LINK_SCHEMES = re.compile(r"^(?:https?://|mailto:)", re.I)
CONTAINERS = {"blockquote_open": "quote", "bullet_list_open": "bullet", "ordered_list_open": "ordered"}
TEXT_BLOCKS = ("paragraph_open", "heading_open")
QUOTE_MARKS = ("“", "\"", "«", "‘")


def markdown_blocks(body: str) -> tuple[Block, ...]:
    """Headings and numbered paragraphs of a writer's Markdown article, in reading order."""
    blocks, styles = [], ["plain"]
    tokens = _PARSER.parse(body)
    for index, token in enumerate(tokens):
        if token.type in CONTAINERS:
            styles.append(CONTAINERS[token.type])
        elif token.type.replace("_close", "_open") in CONTAINERS and token.nesting == -1:
            styles.pop()
        elif token.type == "inline" and tokens[index - 1].type in TEXT_BLOCKS:
            blocks.append(_block(token, tokens[index - 1].type, styles[-1]))
        elif token.type in ("fence", "code_block"):
            blocks.append(Block("paragraph", " ".join(token.content.split()), style=styles[-1]))
    return _numbered([block for block in blocks if block.text])


def _block(inline: Token, opened_by: str, style: str) -> Block:
    text, marks = inline_text(inline.children or [])
    if opened_by == "heading_open":
        return Block("heading", text)
    if style == "quote" and text and not text.startswith(QUOTE_MARKS):
        text, marks = f"“{text}”", tuple(replace(m, start=m.start + 1, end=m.end + 1) for m in marks)
    return Block("paragraph", text, style=style, marks=marks)


@dataclass
class _Inline:
    """One inline run being read: its plain text so far, the marks still open (kind, start, href)
    and those closed, trimmed of edge spaces (emphasis cannot start or end with one)."""

    parts: list[str] = field(default_factory=list)
    length: int = 0
    open: list[tuple[str, int, str | None]] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def close(self, kind: str) -> None:
        at = max(i for i, (open_kind, _, _) in enumerate(self.open) if open_kind == kind)
        _, start, href = self.open.pop(at)
        text = "".join(self.parts)
        start += len(text[start:]) - len(text[start:].lstrip())
        end = len(text[:self.length].rstrip())
        if start < end and (kind != "link" or href):
            self.marks.append(Mark(start, end, kind, href))


def inline_text(children: list[Token]) -> tuple[str, tuple[Mark, ...]]:
    """Plain text of an inline run and its emphasis, strong and link spans (offsets into that text)."""
    run = _Inline()
    for token in children:
        kind = token.type.rsplit("_", 1)[0]
        if token.type in ("em_open", "strong_open"):
            run.open.append((kind, run.length, None))
        elif token.type == "link_open":
            href = str(token.attrs.get("href", ""))
            run.open.append(("link", run.length, href if LINK_SCHEMES.match(href) else None))
        elif token.type in ("em_close", "strong_close", "link_close"):
            run.close(kind)
        elif token.type in ("softbreak", "hardbreak"):
            run.add(" ")
        elif token.type in ("text", "code_inline", "image", "html_inline"):
            run.add(token.content)
    text = "".join(run.parts)
    stripped = text.strip()
    offset = len(text) - len(text.lstrip())
    marks = tuple(sorted((replace(m, start=m.start - offset, end=m.end - offset) for m in run.marks),
                         key=lambda m: (m.start, -m.end, m.kind)))
    return stripped, marks


def _numbered(blocks: list[Block]) -> tuple[Block, ...]:
    numbered, count = [], 0
    for block in blocks:
        if block.kind == "paragraph":
            count += 1
            block = replace(block, number=count)
        numbered.append(block)
    return tuple(numbered)
