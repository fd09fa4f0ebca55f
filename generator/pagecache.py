"""Pages rendered by an earlier run, reused while what they show is the same.

The render stage keys each page by a digest of its inputs (every fact the page
shows) and of the rendering code and templates. This index remembers, for each
page, the key it was last rendered from and the digest of its text; the text
itself is the page in ``docs/``, reused only while it still has that digest, so
a hand-edited page is rendered again and the writer reports the edit as usual.
A missing or damaged index just means every page is rendered.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

INDEX = "pages.json"


class PageCache:
    def __init__(self, cache_dir: Path, docs_dir: Path):
        self.path, self.docs_dir = cache_dir / INDEX, docs_dir
        self.previous = _load(self.path)
        self.keys: dict[str, str] = {}

    def reuse(self, page: str, key: str) -> str | None:
        """The page's text from the last run if it was rendered from ``key`` and is untouched since."""
        self.keys[page] = key
        known = self.previous.get(page)
        if known is None or known[0] != key:
            return None
        try:
            data = (self.docs_dir / page).read_bytes()
        except OSError:
            return None
        if hashlib.sha256(data).hexdigest() != known[1]:
            return None
        return data.decode("utf-8")

    def save(self, pages: dict[str, str]) -> None:
        """Remember the keys seen in this run, for the pages as written."""
        index = {page: [key, hashlib.sha256(pages[page].encode("utf-8")).hexdigest()]
                 for page, key in sorted(self.keys.items()) if page in pages}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(index, indent=0, sort_keys=True), encoding="utf-8")
        os.replace(temporary, self.path)


def _load(path: Path) -> dict[str, tuple[str, str]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {page: (entry[0], entry[1]) for page, entry in data.items()
            if isinstance(entry, list) and len(entry) == 2 and all(isinstance(v, str) for v in entry)}
