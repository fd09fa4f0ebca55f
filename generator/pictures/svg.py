"""What every picture shares when it is drawn: escaping, numbers, ids, the frame, links.

Accessibility, one choice for every picture: the ``<svg>`` is a labelled group
(``role="group"``, named by its ``<title>``, described by its ``<desc>``) of real
links, each with its own name (``aria-label``: the whole name and its count) and a
visible focus ring (``docs/stylesheets/extra.css``). A link's drawn label is the
whole name, never cut (it is wrapped or left out), so the link's name contains
what a reader sees (axe's ``label-content-name-mismatch``); it is ``aria-hidden``
so a screen reader does not read the name twice. An image role would hide those links from
screen readers while keyboards still stop on them (axe's ``nested-interactive``).

Colours are not written here: shapes carry classes, and the site's stylesheet
paints them from palette variables, so both schemes keep 3:1 for shapes.
"""
from __future__ import annotations

import hashlib
import re

FONT = 15
CHAR_WIDTH = 0.56  # average advance of a sans-serif character, in ems (for label boxes)

_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def esc(value: object) -> str:
    """Text safe in XML content and in a double- or single-quoted attribute."""
    text = _XML_FORBIDDEN.sub("", str(value))
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;"))


def num(value: float) -> str:
    """Fixed rounding: one decimal, no trailing ".0", never "-0"."""
    text = f"{round(value, 1):.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def text_width(text: str, size: float) -> float:
    return len(text) * size * CHAR_WIDTH


def plural(count: float, unit: str) -> str:
    return f"{num(count)} {unit}{'' if count == 1 else 's'}"


def uid(prefix: str, payload: object) -> str:
    """A stable id from the content, so two pictures on one page never share an id."""
    return f"{prefix}-{hashlib.sha1(repr(payload).encode('utf-8')).hexdigest()[:8]}"


def open_svg(ident: str, width: float, height: float, title: str, desc: str, css_class: str,
             font: float = FONT) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="{css_class}" role="group" '
        f'aria-labelledby="{ident}-title" aria-describedby="{ident}-desc" '
        f'viewBox="0 0 {num(width)} {num(height)}" width="100%" font-size="{num(font)}" data-search-exclude="">'
        f'<title id="{ident}-title">{esc(title)}</title><desc id="{ident}-desc">{esc(desc)}</desc>'
    )


def link(inner: str, url: str | None, name: str) -> str:
    """``inner`` as a link named ``name``, or ``inner`` alone when there is no URL."""
    return f'<a href="{esc(url)}" aria-label="{esc(name)}">{inner}</a>' if url else inner


def figure(svg: str, css_class: str) -> str:
    """The picture in a block-level ``<figure>`` Python-Markdown passes through; "" stays ""."""
    if not svg:
        return ""
    return f'<figure class="{esc(css_class)}" markdown="0">{svg}</figure>'
