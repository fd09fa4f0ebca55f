"""Generator settings: ``site_config/generator.yml``, validated once, at load.

Every problem is collected before anything is raised, and each message names
the file, the key, what was expected and what was found. Relative paths are
resolved from the project root (the folder that holds ``site_config/``).
"""
from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable

import yaml

from generator.errors import ConfigError
from generator.yamlio import load_yaml

DEFAULT_CONFIG = Path("site_config/generator.yml")


@dataclass(frozen=True)
class Config:
    root: Path
    inputs: tuple[Path, ...]
    docs_dir: Path
    site_dir: Path
    templates_dir: Path
    sources_file: Path
    entities_file: Path
    events_file: Path
    boilerplate: tuple[re.Pattern[str], ...]
    chronology_order: str
    chronology_page_size: int
    index_page_size: int
    cache_dir: Path
    workers: int | None  # processes for extraction and rendering; None: one per core
    max_article_bytes: int  # a longer article is refused with "split it"
    settings_file: Path  # the file these settings were read from

    @property
    def generated_dirs(self) -> tuple[str, ...]:
        """Folders under ``docs_dir`` that belong to the generator."""
        return ("articles", "actors", "venues", "chronology")

    def with_inputs(self, inputs: list[Path]) -> Config:
        return replace(self, inputs=tuple(p.resolve() for p in inputs))


def _is_str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _is_str(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


# key → (expected, check, default)
SCHEMA: dict[str, tuple[str, Callable[[Any], bool], Any]] = {
    "inputs": ("a list of folders", _is_str_list, ["seeds", "content/articles"]),
    "docs_dir": ("a folder path", _is_str, "docs"),
    "site_dir": ("a folder path", _is_str, "site"),
    "templates_dir": ("a folder path", _is_str, "site_config/templates"),
    "sources_file": ("a file path", _is_str, "content/sources.yml"),
    "entities_file": ("a file path", _is_str, "content/entities.yml"),
    "events_file": ("a file path", _is_str, "content/events.yml"),
    "cache_dir": ("a folder path", _is_str, ".cache/generator"),
    "boilerplate_patterns": ("a list of regular expressions", _is_str_list, []),
    "chronology_order": ("'ascending' or 'descending'", lambda v: v in ("ascending", "descending"), "ascending"),
    "chronology_page_size": ("a whole number of events above 0", lambda v: isinstance(v, int) and not isinstance(v, bool) and v > 0, 150),
    "index_page_size": ("a whole number of entries above 0", lambda v: isinstance(v, int) and not isinstance(v, bool) and v > 0, 200),
    "max_article_mb": ("a number of megabytes above 0",
                       lambda v: isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0, 16),
    "workers": ("'auto' (one per core) or a whole number of processes above 0",
                lambda v: v == "auto" or isinstance(v, int) and not isinstance(v, bool) and v > 0, "auto"),
}


def load_config(path: Path = DEFAULT_CONFIG) -> Config:
    """Read and validate the configuration file; raise ConfigError naming every problem."""
    path = path.resolve()
    if not path.is_file():
        raise ConfigError(path, "configuration file not found (pass --config FILE)")
    try:
        raw = load_yaml(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        line = exc.problem_mark.line + 1 if getattr(exc, "problem_mark", None) else None
        raise ConfigError(path, f"not valid YAML: {getattr(exc, 'problem', exc)}", line) from None
    except UnicodeDecodeError:
        raise ConfigError(path, "not UTF-8 text; save the file as UTF-8") from None
    except OSError as exc:
        raise ConfigError(path, f"cannot be read ({exc.strerror or exc}); check its permissions") from None
    if not isinstance(raw, dict):
        raise ConfigError(path, f"expected a mapping of settings, got {type(raw).__name__}")
    values, problems = _validate(raw)
    patterns = _compile_patterns(values["boilerplate_patterns"], problems)
    if problems:
        raise ConfigError(path, "; ".join(problems))
    return _build(path, values, patterns)


def _validate(raw: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    problems: list[str] = []
    for key in sorted(set(raw) - set(SCHEMA)):
        warnings.warn(f"unknown setting '{key}' is ignored", stacklevel=3)
    values = {}
    for key, (expected, check, default) in SCHEMA.items():
        value = raw.get(key, default)
        if not check(value):
            problems.append(f"key '{key}': expected {expected}, got {value!r}")
        values[key] = value
    return values, problems


def _compile_patterns(patterns: Any, problems: list[str]) -> tuple[re.Pattern[str], ...]:
    compiled = []
    for pattern in patterns if _is_str_list(patterns) else []:
        try:
            compiled.append(re.compile(pattern))
        except re.error as exc:
            problems.append(f"key 'boilerplate_patterns': {pattern!r} is not a regular expression ({exc})")
    return tuple(compiled)


def _build(path: Path, values: dict[str, Any], patterns: tuple[re.Pattern[str], ...]) -> Config:
    root = path.parent.parent if path.parent.name == "site_config" else path.parent

    def resolve(key: str) -> Path:
        return (root / values[key]).resolve()

    return Config(
        root=root,
        inputs=tuple((root / p).resolve() for p in values["inputs"]),
        docs_dir=resolve("docs_dir"),
        site_dir=resolve("site_dir"),
        templates_dir=resolve("templates_dir"),
        sources_file=resolve("sources_file"),
        entities_file=resolve("entities_file"),
        events_file=resolve("events_file"),
        boilerplate=patterns,
        chronology_order=values["chronology_order"],
        chronology_page_size=values["chronology_page_size"],
        index_page_size=values["index_page_size"],
        cache_dir=resolve("cache_dir"),
        workers=None if values["workers"] == "auto" else values["workers"],
        max_article_bytes=int(values["max_article_mb"] * 2**20),
        settings_file=path,
    )
