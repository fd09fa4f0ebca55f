"""``content/sources.yml``: the writer's corrections to article metadata.

Keyed by the article's file name, so a correction applies wherever the file
is read from::

    000_affccbf800d1ea4f.txt:
      date: 2026-01-30
      source: Daily Sabah
      url: https://example.org/story
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from generator import yamllines
from generator.errors import InputError
from generator.slugs import slugify
from generator.yamlio import check_entry, load_yaml_file, shown

KEYS = {"title": "title", "date": "date", "source": "publisher", "url": "url", "tags": "tags", "slug": "slug"}


@dataclass(frozen=True)
class SourceOverride:
    title: str | None = None
    date: dt.date | None = None
    publisher: str | None = None
    url: str | None = None
    tags: tuple[str, ...] | None = None
    slug: str | None = None

    def changes(self) -> dict:
        return {"title": self.title, "date": self.date, "publisher": self.publisher, "url": self.url,
                "tags": self.tags, "slug": self.slug}


def load_sources(path: Path) -> dict[str, SourceOverride]:
    """Every entry; an error names the line of the key it is about (as ``lint`` does)."""
    data = load_yaml_file(path)
    root = yamllines.compose_file(path) if data else None
    overrides = {}
    for name, entry in sorted(data.items(), key=lambda kv: str(kv[0])):
        try:
            overrides[str(name)] = _override(path, str(name), entry)
        except InputError as error:
            raise yamllines.located(error, yamllines.value(root, name)) from None
    return overrides


def _override(path: Path, name: str, entry: object) -> SourceOverride:
    entry = check_entry(path, f"entry '{name}'", entry, KEYS, "a mapping of corrections (date:, source:, …)")
    values = {KEYS[k]: v for k, v in entry.items()}
    _check(path, name, values)
    if isinstance(values.get("date"), dt.datetime):  # a date and time: the page shows the day
        values["date"] = values["date"].date()
    if values.get("tags") is not None:
        values["tags"] = tuple(values["tags"])
    return SourceOverride(**values)


def _check(path: Path, name: str, values: dict) -> None:
    date = values.get("date")
    if date is not None and not isinstance(date, dt.date):
        raise InputError(path, f"entry '{name}', key 'date': expected a date such as 2026-02-01, got {shown(date)}")
    for key in ("title", "publisher", "url", "slug"):
        if values.get(key) is not None and not isinstance(values[key], str):
            raise InputError(path, f"entry '{name}', key '{key}': expected text, got {shown(values[key])}")
    url = values.get("url")
    if url and not url.startswith(("https://", "http://")):
        raise InputError(path, f"entry '{name}', key 'url': expected an http(s) address, got {shown(url)}")
    slug = values.get("slug")
    if slug is not None and slugify(slug) != slug:
        raise InputError(path, f"entry '{name}', key 'slug': expected lower-case words joined by hyphens, "
                         f"got {shown(slug)}")
    tags = values.get("tags")
    if tags is not None and not (isinstance(tags, list) and all(isinstance(t, str) for t in tags)):
        raise InputError(path, f"entry '{name}', key 'tags': expected a list of words, got {shown(tags)}")
