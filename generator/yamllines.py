"""Line numbers in a writer's YAML file, so that the build and ``lint`` name the same ``file:line``.

PyYAML's loaded data keeps no positions; the composed node tree does (``start_mark``).
An error about an entry points at the key its message names ("…, key 'date': …"),
else at the entry itself.
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from generator.errors import InputError
from generator.yamlio import compose_yaml, load_entry_list

KEY_IN_MESSAGE = re.compile(r"key '([^']+)'")


def compose(text: str) -> yaml.Node | None:
    try:
        return compose_yaml(text)
    except yaml.YAMLError:
        return None


def compose_file(path: Path) -> yaml.Node | None:
    try:
        return compose(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError):
        return None


def line(node: yaml.Node | None) -> int | None:
    return node.start_mark.line + 1 if node is not None else None


def pair(node: yaml.Node | None, key: object) -> tuple[yaml.Node, yaml.Node] | None:
    if isinstance(node, yaml.MappingNode):
        return next(((k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == str(key)), None)
    return None


def key_line(node: yaml.Node | None, key: object) -> int | None:
    found = pair(node, key)
    return line(found[0]) if found else None


def value(node: yaml.Node | None, key: object) -> yaml.Node | None:
    found = pair(node, key)
    return found[1] if found else None


def item(root: yaml.Node | None, key: str, index: int) -> yaml.Node | None:
    """Entry ``index`` (1-based) of the list under ``key``."""
    items = value(root, key)
    ok = isinstance(items, yaml.SequenceNode) and index <= len(items.value)
    return items.value[index - 1] if ok else None


def entry_nodes(path: Path, key: str) -> list[yaml.Node | None]:
    """The node of each entry of the list under ``key`` (empty when there is none)."""
    items = value(compose_file(path), key) if path.is_file() else None
    return list(items.value) if isinstance(items, yaml.SequenceNode) else []


def message_line(node: yaml.Node | None, message: str) -> int | None:
    """The line of the key a message names ("…, key 'date': …"), else of the entry."""
    keys = KEY_IN_MESSAGE.findall(message)
    return (key_line(node, keys[-1]) if keys else None) or line(node)


def located(error: InputError, node: yaml.Node | None) -> InputError:
    """``error`` with the line of the entry (or of the key it names) when it has none."""
    if error.line is not None or node is None:
        return error
    return type(error)(error.path, error.message, message_line(node, error.message))


def load_entries(path: Path, key: str, example: str, load) -> tuple:
    """The list under ``key`` of a writer's YAML file, each entry read by ``load(path, index, item,
    line)``; an error names the line of the entry (or of the key it is about)."""
    try:
        entries = load_entry_list(path, key, example)
    except InputError as error:
        raise located(error, compose_file(path)) from None
    nodes = entry_nodes(path, key)
    result = []
    for index, entry in enumerate(entries, 1):
        node = nodes[index - 1] if index <= len(nodes) else None
        try:
            result.append(load(path, index, entry, line(node)))
        except InputError as error:
            raise located(error, node) from None
    return tuple(result)
