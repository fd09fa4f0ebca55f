"""What the writer's corrections did: one that applies to nothing is a problem naming its file and
line (the strict build fails on it, ``lint`` lists it), a surprising one is a note, and each run
prints one tally ("corrections: 3 applied, 0 unmatched").

Checked here: ``content/entities.yml`` (an entry whose name and aliases are found nowhere, unless
its ``kind`` adds the entity by hand; a name found nowhere whose alias is found renames that
entity: a note) and ``content/sources.yml`` (an entry for a file that is no article in the inputs).
Unmatched ``events.yml`` entries are reported by the chronology, unknown enrichment pages by
``enrichment.unknown_slugs``.
"""
from __future__ import annotations

import difflib
from pathlib import Path

from generator import yamllines
from generator.errors import InputError
from generator.model import CorrectionTally, Entity, Extraction
from generator.registry import RegistryEntry, name_key


def registry_outcomes(path: Path, entries: tuple[RegistryEntry, ...], extractions: tuple[Extraction, ...],
                      entities: tuple[Entity, ...]) -> tuple[list[InputError], list[str]]:
    """A problem for each entry that corrects nothing, and a note for each that renames an entity.

    Entries are matched as ``resolve`` matches them: by any name or alias against the names found."""
    found = {name_key(text) for e in extractions for m in e.mentions for text in (m.name, m.text)}
    names = sorted({entity.name for entity in entities})
    problems, notes = [], []
    for entry in entries:
        aliases = [alias for alias in entry.aliases if name_key(alias) in found]
        if name_key(entry.name) in found or (entry.kind is not None and not entry.suppress and not aliases):
            continue
        if not aliases:
            problems.append(InputError(path, _nothing_found(entry, names), entry.line))
        elif not entry.suppress:
            notes.append(f"{path}:{entry.line}: {entry.name!r} is found nowhere; the entity found as "
                         f"{aliases[0]!r} is renamed to it{_page_of(entry.name, entities)}")
    return problems, notes


def _nothing_found(entry: RegistryEntry, names: list[str]) -> str:
    under = f"{entry.name!r} or its aliases" if entry.aliases else repr(entry.name)
    what = "nothing to suppress" if entry.suppress else "the entry corrects nothing"
    close = difflib.get_close_matches(entry.name, names, n=3)
    hint = f"did you mean {' or '.join(map(repr, close))}?" if close else "use a name from the Actors or Venues pages"
    add = "" if entry.suppress else ", or give a 'kind' to add it by hand"
    return f"no actor or venue is found under {under} ({what}); {hint}{add}"


def _page_of(name: str, entities: tuple[Entity, ...]) -> str:
    entity = next((e for e in entities if e.name == name), None)
    return "" if entity is None else f" (its page: {'actors' if entity.is_actor else 'venues'}/{entity.slug}.md)"


def unused_sources(path: Path, entries: dict, file_names: set[str], shown: Path | None = None) -> list[InputError]:
    """A sources.yml entry for a file that is not among the articles read corrects nothing
    (``shown``: the file as messages name it)."""
    root = yamllines.compose_file(path) if entries else None
    return [InputError(shown or path, f"entry '{name}' names no article file in the inputs; correct the file name "
                       "(as in the input folder, e.g. 000_affccbf800d1ea4f.txt) or remove the entry",
                       yamllines.key_line(root, name))
            for name in sorted(entries) if name not in file_names]


def tally(corrections: int, problems: list[InputError], notes: list[str]) -> CorrectionTally:
    """``corrections`` entries in all; each problem is one that applied to nothing."""
    return CorrectionTally(max(corrections - len(problems), 0), len(problems), tuple(notes))
