"""MkDocs hook: under 'mkdocs serve', regenerate the pages before every rebuild.

Saving an article in seeds/ or content/ (both watched, see mkdocs.yml)
triggers a rebuild; this hook regenerates first, so the preview shows it.
A generation error is logged and the previous pages stay.
"""
from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger("mkdocs.hooks.generator")
_serving = False


def on_startup(command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def on_pre_build(config) -> None:
    if not _serving:
        return
    from generator.config import load_config
    from generator.errors import GeneratorError
    from generator.pipeline import generate

    root = Path(config.config_file_path).parent
    try:
        log.info(generate(load_config(root / "site_config" / "generator.yml")).summary())
    except GeneratorError as exc:
        log.error(f"generation failed, previous pages kept: {exc}")
