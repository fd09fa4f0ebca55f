"""YAML in and out. Front matter is always emitted by PyYAML and read back.

MkDocs silently drops front matter it cannot parse, so every block the
generator writes is parsed again and compared before it reaches the disk.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml

from generator.errors import GeneratorError, InputError

FENCE = "---"


# libyaml's C emitter and parser when PyYAML has them (ten times faster); the same YAML either way.
_SafeDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Dumper(_SafeDumper):
    """Block style, keys in the order given, no anchors or aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


# What a person or a feed may write. Aliases are refused, not expanded: 428 bytes of nested aliases
# expand to gigabytes (and did, when an error message formatted the value).
MAX_YAML_CHARS = 4 * 1024 * 1024
MAX_DEPTH = 40
MAX_NUMBER_DIGITS = 40
# Control characters, Unicode's non-characters (U+FFFE, U+FFFF, U+FDD0–U+FDEF and the last two of
# each plane: XML forbids some, and no text needs them) and the bidirectional overrides and isolates
# (U+202A–U+202E, U+2066–U+2069: they reorder the text after them, menus and headers included).
# Removed from every article and every value of a writer's YAML (escapes can spell them).
NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef"
                      + "".join(chr(plane << 16 | 0xFFFE) + chr(plane << 16 | 0xFFFF) for plane in range(17)) + "]")


class _Loader(yaml.SafeLoader):
    """Safe loading of untrusted YAML: no anchors, aliases or merge keys; bounded nesting and
    number length (Python refuses to read an integer of more than 4,300 digits, with a ValueError).

    A date that does not exist (2026-02-30) stays text: PyYAML raises a bare
    ValueError for it, which names neither file, line nor key; as text it
    reaches the caller's check, whose message names all three.
    """

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node:
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _refused("anchors and aliases (&name, *name) are not allowed: write the value out", event)
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise _refused(f"nested more than {MAX_DEPTH} levels deep", event)
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def flatten_mapping(self, node: yaml.MappingNode) -> None:
        merge = next((key for key, _ in node.value if key.tag == "tag:yaml.org,2002:merge"), None)
        if merge is not None:
            raise _refused("merge keys (<<) are not allowed: write the keys out", merge)
        super().flatten_mapping(node)


def _refused(problem: str, where: yaml.Event | yaml.Node) -> yaml.MarkedYAMLError:
    return yaml.MarkedYAMLError(problem=problem, problem_mark=where.start_mark)


def _timestamp(loader: _Loader, node: yaml.Node) -> Any:
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


def _integer(loader: _Loader, node: yaml.ScalarNode) -> int:
    if len(node.value) > MAX_NUMBER_DIGITS:
        raise _refused(f"a number of {len(node.value)} digits is too long (at most {MAX_NUMBER_DIGITS})", node)
    return yaml.SafeLoader.construct_yaml_int(loader, node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)
_Loader.add_constructor("tag:yaml.org,2002:int", _integer)


def load_yaml(text: str) -> Any:
    """Untrusted YAML; every problem is a ``yaml.YAMLError`` (with a mark when it has a place)."""
    if len(text) > MAX_YAML_CHARS:
        raise yaml.MarkedYAMLError(problem=f"the YAML is over {MAX_YAML_CHARS // (1024 * 1024)} MB")
    return _cleaned(yaml.load(text, Loader=_Loader))


def compose_yaml(text: str) -> yaml.Node:
    """The node tree of untrusted YAML (for line numbers), under the same limits as ``load_yaml``."""
    if len(text) > MAX_YAML_CHARS:
        raise yaml.MarkedYAMLError(problem=f"the YAML is over {MAX_YAML_CHARS // (1024 * 1024)} MB")
    return yaml.compose(text, Loader=_Loader)


def _cleaned(data: Any) -> Any:
    """``data`` with ``NOT_TEXT`` removed from every text, keys included (nesting is bounded by the loader)."""
    if isinstance(data, str):
        return NOT_TEXT.sub("", data)
    if isinstance(data, list):
        return [_cleaned(item) for item in data]
    if isinstance(data, dict):
        return {_cleaned(key): _cleaned(value) for key, value in data.items()}
    return data


def shown(value: Any, limit: int = 60) -> str:
    """``repr(value)`` cut to ``limit`` characters, for error messages about a writer's value."""
    text = repr(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def dump_yaml(data: Any) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, default_flow_style=False,
                     width=100)


def front_matter_block(meta: dict[str, Any]) -> str:
    """``---``-fenced YAML for ``meta``; raises if it would not read back identically."""
    text = dump_yaml(meta)
    if yaml.load(text, Loader=_SafeLoader) != meta:
        raise GeneratorError(f"front matter does not survive a YAML round trip: {meta!r}")
    return f"{FENCE}\n{text}{FENCE}\n"


def load_yaml_file(path: Path, expected: type = dict) -> Any:
    """A writer's YAML file; a missing file is empty; errors name the file and line."""
    if not path.is_file():
        return expected()
    try:
        data = load_yaml(read_text_file(path))
    except yaml.YAMLError as exc:
        raise _yaml_error(path, exc, line_offset=0) from None
    if data is None:
        return expected()
    _check_encodable(data, path, None)
    if not isinstance(data, expected):
        raise InputError(path, f"expected a {_type_name(expected)} at the top level, got {_type_name(type(data))}", 1)
    return data


def read_text_file(path: Path, what: str = "text file", max_bytes: int = MAX_YAML_CHARS) -> str:
    """A writer's UTF-8 file of at most ``max_bytes``; unreadable, too big, UTF-16, binary or other
    bytes are one clear error naming it."""
    try:
        if path.stat().st_size > max_bytes:
            raise InputError(path, f"is {path.stat().st_size / 2**20:.1f} MB; a {what} may be at most "
                             f"{max_bytes / 2**20:g} MB: split it")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc}); check its permissions") from None
    if _is_utf16(data):
        raise InputError(path, "UTF-16 text: save the file as UTF-8", 1)
    if b"\x00" in data:
        raise InputError(path, f"this is a binary file, not a {what}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(path, f"not UTF-8 text (byte 0x{data[exc.start]:02x}); save the file as UTF-8",
                         line) from None


def _is_utf16(data: bytes) -> bool:
    """A UTF-16 byte-order mark, or (without one) Latin text: every other byte zero."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return True
    head = data[:4096]
    return len(head) >= 8 and any(head[i::2].count(0) == len(head[i::2]) for i in (0, 1))


def parse_front_matter(text: str, path: Path) -> tuple[dict[str, Any], str, int]:
    """Split ``---`` front matter from the body: (metadata, body, first body line)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != FENCE:
        raise InputError(path, "expected front matter: a first line '---', YAML with at least 'title:', then '---'", 1)
    try:
        # Unindented only: a dumped multi-line value can hold an indented "---" line.
        end = next(i for i in range(1, len(lines)) if lines[i].rstrip() == FENCE)
    except StopIteration:
        raise InputError(path, "front matter is not closed: expected a line '---' after it", 1) from None
    try:
        meta = load_yaml("\n".join(lines[1:end]))
    except yaml.YAMLError as exc:
        raise _yaml_error(path, exc, line_offset=1) from None
    if meta is None:
        meta = {}
    _check_encodable(meta, path, 2)
    if not isinstance(meta, dict):
        raise InputError(path, f"front matter must be a mapping of keys (title: …), got a {_type_name(type(meta))}", 2)
    return meta, "\n".join(lines[end + 1:]), end + 2


def _check_encodable(data: Any, path: Path, line: int | None) -> None:
    """YAML escapes can spell a lone surrogate ("\\ud800"): no text file or page can hold it."""
    try:
        yaml.dump(data, Dumper=_SafeDumper, allow_unicode=True).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(path, f"contains {exc.object[exc.start:exc.end]!r}, which is not a character "
                         "(a YAML \\u escape of half a surrogate pair); remove it", line) from None


def _yaml_error(path: Path, exc: yaml.YAMLError, line_offset: int) -> InputError:
    mark = getattr(exc, "problem_mark", None)
    line = mark.line + 1 + line_offset if mark else None
    problem = getattr(exc, "problem", None) or str(exc).split("\n")[0]
    return InputError(path, f"not valid YAML: {problem}", line)


def _type_name(kind: type) -> str:
    return {dict: "mapping", list: "list", str: "text", int: "number", float: "number",
            dt.date: "date"}.get(kind, kind.__name__)


def load_entry_list(path: Path, key: str, example: str) -> list:
    """The list under ``key`` of a writer's YAML file (``entities:``, ``events:``); missing is empty."""
    entries = load_yaml_file(path).get(key) or []
    if not isinstance(entries, list):
        raise InputError(path, f"key '{key}': expected a list of entries ({example})")
    return entries


def check_entry(path: Path, where: str, item: object, allowed, expected: str) -> dict:
    """An entry must be a mapping (``expected`` says of what) whose keys are all in ``allowed``
    (listed in the given order); the message names the entry and the key."""
    if not isinstance(item, dict):
        raise InputError(path, f"{where}: expected {expected}")
    unknown = sorted(set(item) - set(allowed), key=str)
    if unknown:
        raise InputError(path, f"{where}: unknown key '{unknown[0]}'; expected one of {', '.join(allowed)}")
    return item
