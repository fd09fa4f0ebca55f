"""Writers' enrichment pages, ``content/actors/<slug>.md`` and ``content/venues/<slug>.md``,
and the wikilinks (``[[Lena Okafor]]``, ``[[Ankara|the Turkish capital]]``) writers use anywhere.

An enrichment's front matter (summary, role, aliases, image, links, and for a
venue its coordinates) overrides what was extracted; its body, the writer's
prose, opens the generated page.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, replace
from pathlib import Path

from generator.errors import InputError
from generator.ingest import _key_line as front_matter_line
from generator.ingest import read_text
from generator.model import Entity
from generator.registry import name_key
from generator.yamlio import parse_front_matter
from generator.yamllines import KEY_IN_MESSAGE

FOLDERS = ("actors", "venues")
KEYS = {"summary", "role", "aliases", "image", "links", "coordinates"}
WIKILINK = re.compile(r"\[\[([^\[\]|\n]+)(?:\|([^\[\]\n]+))?\]\]")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg")


@dataclass(frozen=True)
class Enrichment:
    folder: str
    slug: str
    path: Path
    summary: str | None = None
    role: str | None = None
    aliases: tuple[str, ...] = ()
    image: str | None = None
    links: tuple[tuple[str, str], ...] = ()
    body: str = ""
    body_line: int = 1  # the line of the file where ``body`` starts
    coordinates: tuple[float, float] | None = None  # a venue's [latitude, longitude]: wins over the gazetteer's


def load_enrichments(content_dir: Path) -> dict[tuple[str, str], Enrichment]:
    found = {}
    for folder in FOLDERS:
        for path in sorted((content_dir / folder).glob("*.md")):
            found[(folder, path.stem)] = _read(path, folder)
    return found


def missing_pictures(enrichments: dict[tuple[str, str], Enrichment], docs_dir: Path) -> list[InputError]:
    """An ``image:`` that is not under docs/ would fail the strict build naming the generated page."""
    return [InputError(found.path, f"front matter key 'image': {found.image!r} is not in docs/; put the "
                       "picture there or correct the path (from docs/, such as images/portrait.jpg)",
                       front_matter_line(read_text(found.path), "image"))
            for found in enrichments.values() if found.image and not (docs_dir / found.image).is_file()]


def unknown_slugs(enrichments: dict[tuple[str, str], Enrichment],
                  entities: tuple[Entity, ...]) -> tuple[dict[tuple[str, str], Enrichment], list[InputError]]:
    """Enrichments for pages the generator makes, and a problem (with the closest names) for each other."""
    kept, problems = {}, []
    for (folder, slug), enrichment in sorted(enrichments.items()):
        known = [e.slug for e in entities if e.is_actor == (folder == "actors")]
        if slug in known:
            kept[(folder, slug)] = enrichment
            continue
        close = difflib.get_close_matches(slug, known, n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else f"; the {folder} pages are listed in docs/{folder}/"
        problems.append(InputError(enrichment.path, f"there is no {folder[:-1]} page '{slug}'{hint}"))
    return kept, problems


def _read(path: Path, folder: str) -> Enrichment:
    text = read_text(path)
    meta, body, body_line = parse_front_matter(text, path) if text.startswith("---") else ({}, text, 1)
    try:
        unknown = sorted(set(meta) - KEYS)
        if unknown:
            raise InputError(path, f"front matter key '{unknown[0]}' is not known; "
                             f"expected {', '.join(sorted(KEYS))}", 2)
        return Enrichment(folder, path.stem, path, _text(meta, "summary", path), _text(meta, "role", path),
                          _aliases(meta, path), _image(meta, path), _links(meta, path), body.strip(),
                          body_line + body.count("\n", 0, len(body) - len(body.lstrip())),
                          _coordinates(meta, path, folder))
    except InputError as error:
        raise _at_key(error, text) from None


def _at_key(error: InputError, text: str) -> InputError:
    """A front matter error at the line of the key it names (the checks know the key, not its line)."""
    keys = KEY_IN_MESSAGE.findall(error.message)
    line = front_matter_line(text, keys[0]) if keys else 1
    return InputError(error.path, error.message, line if line > 1 else error.line)


def body_line_of(found: Enrichment, snippet: str) -> int:
    """The line in the page's file where ``snippet`` (a piece of its prose) first appears."""
    return found.body_line + found.body.count("\n", 0, max(found.body.find(snippet), 0))


def _text(meta: dict, key: str, path: Path) -> str | None:
    value = meta.get(key)
    if value is not None and not isinstance(value, str):
        raise InputError(path, f"front matter key '{key}': expected text, got {value!r}", 2)
    return value


def _aliases(meta: dict, path: Path) -> tuple[str, ...]:
    value = meta.get("aliases") or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(path, "front matter key 'aliases': expected a list of names", 2)
    return tuple(value)


def _image(meta: dict, path: Path) -> str | None:
    """A picture kept in docs/ (readers' browsers fetch nothing from third parties)."""
    value = _text(meta, "image", path)
    if value and (re.match(r"^[a-z]+:", value) or value.startswith("/") or ".." in value
                  or not value.lower().endswith(IMAGE_SUFFIXES)):
        raise InputError(path, f"front matter key 'image': expected a picture under docs/, such as "
                         f"images/portrait.jpg, got {value!r}", 2)
    return value


def _links(meta: dict, path: Path) -> tuple[tuple[str, str], ...]:
    value = meta.get("links") or []
    links = []
    for item in value if isinstance(value, list) else [None]:
        ok = isinstance(item, dict) and isinstance(item.get("title"), str) and isinstance(item.get("url"), str) \
            and re.match(r"https?://\S+$", item["url"])
        if not ok:
            raise InputError(path, "front matter key 'links': expected a list of {title: …, url: https://…}", 2)
        links.append((item["title"], item["url"]))
    return tuple(links)


def _coordinates(meta: dict, path: Path, folder: str) -> tuple[float, float] | None:
    """A place's ``[latitude, longitude]`` in degrees, as a map shows them (north and east positive)."""
    value = meta.get("coordinates")
    if value is None:
        return None
    if folder != "venues":
        raise InputError(path, "front matter key 'coordinates': only a place has coordinates; give them "
                         "in its venue page, content/venues/<page>.md", 2)
    numbers = isinstance(value, list) and len(value) == 2 and all(
        isinstance(v, (int, float)) and not isinstance(v, bool) for v in value)
    if not numbers or not (-90 <= value[0] <= 90 and -180 <= value[1] <= 180):
        raise InputError(path, "front matter key 'coordinates': expected [latitude, longitude] in degrees, "
                         f"such as [39.93, 32.86] (latitude -90 to 90, longitude -180 to 180), got {value!r}", 2)
    return float(value[0]), float(value[1])


def name_index(entities: tuple[Entity, ...]) -> dict[str, str]:
    """Every name and alias (folded) → the docs-relative page of its entity; actors win ties.

    Each name is also indexed under its kind (``actor:turkiye``, ``venue:turkiye``; a folded name
    never holds a colon), so ``[[venue:Türkiye]]`` picks the place where a state is both."""
    index: dict[str, str] = {}
    for entity in sorted(entities, key=lambda e: (not e.is_actor, e.slug)):
        page = f"{'actors' if entity.is_actor else 'venues'}/{entity.slug}.md"
        for name in (entity.name, entity.slug, *entity.aliases):
            index.setdefault(name_key(name), page)
            index.setdefault(f"{KIND_PREFIXES[entity.is_actor]}{name_key(name)}", page)
    return index


KIND_PREFIXES = {True: "actor:", False: "venue:"}


def wikilink_target(index: dict[str, str], name: str) -> str | None:
    """The page ``[[name]]`` links to: by any name or alias, or ``actor:``/``venue:`` and a name."""
    kind, colon, rest = name.partition(":")
    if colon and f"{kind.strip().lower()}:" in KIND_PREFIXES.values():
        return index.get(f"{kind.strip().lower()}:{name_key(rest)}")
    return index.get(name_key(name))


def apply_enrichments(entities: tuple[Entity, ...], enrichments: dict[tuple[str, str], Enrichment]) -> tuple[Entity, ...]:
    """The writer's role, aliases and a place's coordinates win over what was extracted."""
    result = []
    for entity in entities:
        found = enrichments.get(("actors" if entity.is_actor else "venues", entity.slug))
        if found is not None:
            aliases = entity.aliases + tuple(a for a in found.aliases if a not in entity.aliases)
            entity = replace(entity, role=found.role or entity.role, aliases=aliases,
                             description=found.summary or entity.description,
                             coordinates=found.coordinates or entity.coordinates)
        result.append(entity)
    return tuple(result)


def resolve_wikilinks(text: str, index: dict[str, str], link_to, where: Path, line_of=lambda snippet: None) -> str:
    """Replace ``[[Name]]`` and ``[[Name|label]]`` with links; a name that is no entity is an error
    (at the line ``line_of(the wikilink)`` gives)."""
    def replace_one(match: re.Match) -> str:
        name, label = match.group(1).strip(), (match.group(2) or unprefixed(match.group(1))).strip()
        page = wikilink_target(index, name)
        if page is None:
            raise InputError(where, f"the wikilink [[{name}]] names no actor or venue; use a name from the "
                             f"Actors or Venues pages, or add it as an alias in content/entities.yml",
                             line_of(match.group(0)))
        return link_to(label, page)
    return link_outside_code(text, replace_one)


def unprefixed(name: str) -> str:
    """The label of ``[[venue:Türkiye]]`` is "Türkiye"."""
    kind, colon, rest = name.partition(":")
    return rest if colon and f"{kind.strip().lower()}:" in KIND_PREFIXES.values() else name


CODE = re.compile(r"(```.*?```|`[^`\n]*`)", re.S)


def without_code(markdown: str) -> str:
    """The text outside code fences and spans, where wikilink syntax is shown, not followed."""
    return CODE.sub("", markdown)


def blank_code(markdown: str) -> str:
    """Code spans and fences blanked out, line breaks kept: offsets and lines stay those of the file."""
    return CODE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), markdown)


def line_of(markdown: str, snippet: str) -> int:
    """The line where ``snippet`` first appears outside code, for messages."""
    blanked = blank_code(markdown)
    return blanked.count("\n", 0, max(blanked.find(snippet), 0)) + 1


def link_outside_code(markdown: str, replace_one) -> str:
    parts = CODE.split(markdown)
    return "".join(part if i % 2 else WIKILINK.sub(replace_one, part) for i, part in enumerate(parts))


@dataclass(frozen=True)
class WriterPage:
    """A hand-written page in docs/ and the entity pages it links to (for backlinks)."""

    path: str
    title: str
    links_to: tuple[str, ...]


def scan_writer_pages(docs_dir: Path, owned: tuple[str, ...], index: dict[str, str]) -> tuple[WriterPage, ...]:
    pages = []
    for path in sorted(docs_dir.rglob("*.md")):
        relative = path.relative_to(docs_dir).as_posix()
        if relative.split("/")[0] in owned or any(part.startswith(".") for part in path.parts):
            continue
        try:
            text = without_code(path.read_text(encoding="utf-8", errors="replace"))
        except OSError as exc:
            raise InputError(path, f"cannot be read ({exc.strerror or exc}); check its permissions") from None
        targets = {wikilink_target(index, m.group(1)) for m in WIKILINK.finditer(text)} - {None}
        targets |= {f"{kind}/{slug}.md" for kind, slug in re.findall(r"\b(actors|venues)/([a-z0-9-]+)\.md", text)}
        if targets:
            pages.append(WriterPage(relative, _title(text, path), tuple(sorted(targets))))
    return tuple(pages)


def _title(text: str, path: Path) -> str:
    found = re.search(r"^title:\s*(.+)$", text, re.M) or re.search(r"^#\s+(.+)$", text, re.M)
    return found.group(1).strip().strip("'\"") if found else path.stem.replace("-", " ").capitalize()
