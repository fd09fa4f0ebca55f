"""The ``#anchor`` half of the link check, linear in the size of the site.

lychee (``--include-fragments``) re-reads a page for every link to one of its anchors, so an
article's page of n paragraphs, each with a ``#pN`` link, costs n² (a 2 MB article took four
times a 1 MB one; a 20 MB one ran for over half an hour). Here each page is read once: its ids,
and its links that carry a fragment, then every fragment is looked up in its target's ids.
lychee still checks that every link's page or file exists.

The HTML is MkDocs' own output (attributes in double quotes); a link inside a client-side
template (``{{ … }}``) is not a link yet and is skipped.
"""
from __future__ import annotations

import functools
import html
import posixpath
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

ID = re.compile(r'<[a-zA-Z][^<>]*?\s(?:id|name)="([^"]*)"')
LINK = re.compile(r'<(?:a|area)\s[^<>]*?href="([^"]*#[^"]*)"')
MAX_REPORTED = 20


def broken_anchors(site_dir: Path) -> list[str]:
    """``page: link`` for every internal link whose ``#anchor`` is not on its target page."""
    site_dir = site_dir.resolve()
    ids = functools.lru_cache(maxsize=None)(lambda page: _ids(site_dir / page))
    problems = []
    for path in sorted(site_dir.rglob("*.html")):
        page = path.relative_to(site_dir).as_posix()
        for href in _links(path):
            target, fragment = _target(site_dir, page, href)
            if target is not None and fragment and fragment not in ids(target):
                problems.append(f"{page}: {href}")
    return problems


def _ids(path: Path) -> frozenset[str]:
    text = path.read_text(encoding="utf-8", errors="replace")
    return frozenset(html.unescape(value) for value in ID.findall(text))


def _links(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8", errors="replace")
    return [html.unescape(href) for href in LINK.findall(text) if "{{" not in href]


def _target(site_dir: Path, page: str, href: str) -> tuple[str | None, str]:
    """The site page ``href`` points to (None: external, or not an HTML page of the site) and its fragment."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        return None, ""
    path = posixpath.normpath(posixpath.join(posixpath.dirname(page), unquote(parts.path))) if parts.path else page
    if path.startswith("../") or path == "..":
        return None, ""
    if (site_dir / path).is_dir() or href.split("#")[0].endswith("/"):
        path = posixpath.join(path, "index.html")
    if not path.endswith(".html") or not (site_dir / path).is_file():
        return None, ""  # a missing page is lychee's to report
    return path, unquote(parts.fragment)
