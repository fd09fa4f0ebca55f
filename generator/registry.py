"""``content/entities.yml``: the writer's corrections to extracted entities.

    entities:
      - name: Lena Okafor             # the entity, found by its name or any alias
        kind: person                  # correct the kind
        role: Foreign Minister of Kenya   # correct or add the role
        aliases: ["Kenya's minister"]     # more names; entities found under them merge into this one
        description: Kenya's foreign minister since 2024.
      - name: Israeli media
        suppress: true                # a false positive: never show it

Corrections win over extraction. An entry that matches nothing found is
still shown when it has a kind (the writer adds an entity by hand).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from generator.errors import InputError
from generator.model import EntityKind
from generator.slugs import fold, undotted
from generator.yamlio import check_entry, shown
from generator.yamllines import load_entries

KEYS = {"name", "kind", "role", "aliases", "description", "suppress"}


@dataclass(frozen=True)
class RegistryEntry:
    name: str
    kind: EntityKind | None = None
    role: str | None = None
    aliases: tuple[str, ...] = ()
    description: str | None = None
    suppress: bool = False
    line: int | None = None  # where the entry starts in entities.yml, for messages

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@functools.lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """How names are compared: folded, lower-case, no possessive, no leading "the".
    Cached: resolution asks for the same few thousand names tens of thousands of times."""
    text = undotted(fold(name)).lower().replace("'s", "").replace("'", "")
    words = "".join(c if c.isalnum() else " " for c in text).split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def load_registry(path: Path) -> tuple[RegistryEntry, ...]:
    return load_entries(path, "entities", "- name: …", _entry)


def _entry(path: Path, index: int, item: object, line: int | None = None) -> RegistryEntry:
    where = f"entities entry {index}"
    if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
        raise InputError(path, f"{where}: expected a mapping with a 'name' (text)")
    if not name_key(item["name"]):  # '!!!' and '???' would be one entity, on one 'untitled' page
        raise InputError(path, f"{where}: the name {shown(item['name'])} has no letter or digit; expected a name")
    item = check_entry(path, f"{where} ({item['name']})", item, sorted(KEYS), "a mapping")
    kind = item.get("kind")
    if kind is not None and (not isinstance(kind, str) or kind not in {k.value for k in EntityKind}):
        raise InputError(path, f"{where} ({item['name']}), key 'kind': expected one of "
                         f"{', '.join(k.value for k in EntityKind)}, got {shown(kind)}")
    if item.get("suppress") is not None and not isinstance(item["suppress"], bool):  # 'no' is text: true
        raise InputError(path, f"{where} ({item['name']}), key 'suppress': expected true or false (no quotes), "
                         f"got {shown(item['suppress'])}")
    aliases = item.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise InputError(path, f"{where} ({item['name']}), key 'aliases': expected a list of names")
    for key in ("role", "description"):
        if item.get(key) is not None and not isinstance(item[key], str):
            raise InputError(path, f"{where} ({item['name']}), key '{key}': expected text")
    return RegistryEntry(item["name"].strip(), EntityKind(kind) if kind else None, item.get("role"),
                         tuple(aliases), item.get("description"), item.get("suppress") is True, line)
