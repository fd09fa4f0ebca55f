"""Untrusted text → Markdown that shows it literally, and the links between pages.

Article text is untrusted: it must never become live HTML, a script or a
link. Every character that Python-Markdown or HTML would interpret is
escaped; ``Markdown`` marks strings that were built safely and may pass
through templates unescaped.
"""
from __future__ import annotations

import functools
import html
import posixpath
import re
from dataclasses import dataclass
from urllib.parse import quote

# Exactly Python-Markdown's backslash escapes; "|" (tables) becomes an entity instead.
_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!])")
_WHITESPACE = re.compile(r"\s+")


class Markdown(str):
    """Text that is already safe Markdown; templates print it as is."""


def escape(text: object) -> Markdown:
    """Show ``text`` literally: HTML entities for ``& < >``, backslashes for Markdown syntax."""
    if isinstance(text, Markdown):
        return text
    return _escape(str(text))


@functools.lru_cache(maxsize=1 << 16)
def _escape(value: str) -> Markdown:
    """Cached: the same names and titles are escaped for every page that links to them."""
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "&#124;")
    value = _WHITESPACE.sub(" ", value)  # one line; an edge space stays, for text between two links
    return Markdown(_SPECIAL.sub(r"\\\1", value))


def html_title(text: str) -> str:
    """A page title for front matter: the theme prints it into <title> and its header unescaped."""
    return html.escape(" ".join(text.split()), quote=True)


def finalize(value: object) -> object:
    """Jinja ``finalize``: every ``{{ }}`` is escaped unless it is ``Markdown`` or a number."""
    if value is None:
        return ""
    if isinstance(value, (Markdown, int, float)):
        return value
    return escape(value)


def relative(from_page: str, to_page: str, anchor: str | None = None) -> str:
    """Link from one docs-relative page to another, as MkDocs wants it (``../actors/x.md#p2``)."""
    path = _relative_path(from_page.rpartition("/")[0], to_page)
    return f"{path}#{anchor}" if anchor else path


@functools.lru_cache(maxsize=65536)
def _relative_path(from_folder: str, to_page: str) -> str:
    return posixpath.relpath(to_page, from_folder or ".")


def link(label: str, from_page: str, to_page: str, anchor: str | None = None) -> Markdown:
    return Markdown(f"[{escape(label)}]({relative(from_page, to_page, anchor)})")


@dataclass(frozen=True)
class Span:
    """Markdown to wrap around ``text[start:end]``: ``opening`` before it, ``closing`` after."""

    start: int
    end: int
    opening: Markdown
    closing: Markdown


def apart(a: Span, b: Span) -> bool:
    return a.end <= b.start or b.end <= a.start


def nested(a: Span, b: Span) -> bool:
    """Whether two spans can both be written: one inside the other, or apart."""
    return apart(a, b) or (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)


def with_spans(text: str, spans: list[Span]) -> Markdown:
    """``text`` escaped, each of ``spans`` (properly nested, see ``nested``) wrapped in its Markdown."""
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    return Markdown("".join(_wrapped(text, ordered, 0, len(text))))


def _wrapped(text: str, spans: list[Span], start: int, end: int) -> list[str]:
    parts, cursor, index = [], start, 0
    while index < len(spans):
        outer, inner = spans[index], []
        index += 1
        while index < len(spans) and spans[index].start < outer.end:
            inner.append(spans[index])
            index += 1
        parts += [escape(text[cursor:outer.start]), outer.opening,
                  *_wrapped(text, inner, outer.start, outer.end), outer.closing]
        cursor = outer.end
    parts.append(escape(text[cursor:end]))
    return parts


def safe_url(url: str | None) -> Markdown | None:
    """An http(s) or mailto address, percent-encoded so it cannot break out of a Markdown link."""
    if not url or not re.match(r"(?:https?://|mailto:)", url, re.I):
        return None
    return Markdown(quote(url, safe=":/?#@!$&'*+,;=%~"))


def code_span(text: object) -> Markdown:
    """Show ``text`` literally as inline code (a file name). Nothing in a code span is interpreted,
    so nothing is backslash-escaped (the backslashes would show); its fence is longer than any run
    of backticks in the text, and Python-Markdown escapes ``& < >`` in it."""
    value = _WHITESPACE.sub(" ", str(text)).strip()
    fence = "`" * (max((len(run) for run in re.findall(r"`+", value)), default=0) + 1)
    pad = " " if value.startswith("`") or value.endswith("`") else ""
    return Markdown(f"{fence}{pad}{value}{pad}{fence}")
