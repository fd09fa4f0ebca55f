"""The command line: parses arguments, loads the configuration, calls the library.

The one error boundary: a ``GeneratorError`` becomes ``Error: …`` on stderr and
exit code 1, never a traceback.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import warnings
from pathlib import Path

from generator import commands
from generator.config import DEFAULT_CONFIG, load_config
from generator.errors import GeneratorError

COMMANDS = {
    "generate": ("Write the generated pages under docs/ from the articles.",
                 "python -m generator generate --input seeds"),
    "build": ("Generate, build the site with 'mkdocs build --strict', then link-check it.",
              "python -m generator build"),
    "check": ("Link-check an already built site/: internal links and #anchors (add --external for URLs).",
              "python -m generator check --external"),
    "serve": ("Preview with live reload: saving an article, content/ or docs/ file regenerates the page.",
              "python -m generator serve --dev-addr 127.0.0.1:8000"),
    "export": ("Print the extraction as JSON (articles, actors, venues, events, quotes).",
               "python -m generator export --input seeds > export.json"),
    "new": ("Scaffold a new Markdown article in content/articles/ with valid front matter.",
            'python -m generator new article --title "Talks resume in Geneva" --date 2026-03-02'),
    "explain": ("Show why an entity was found (each mention with article, paragraph and rule), or, given "
                "words of an event's summary, why it has its date.",
                "python -m generator explain Araghchi"),
    "evaluate": ("Score the extraction against gold annotations (format: tests/eval/README.md).",
                 "python -m generator evaluate --gold tests/eval/seeds/gold --input seeds"),
    "lint": ("Check every writer file (articles, content/*.yml, enrichment pages); list every problem.",
             "python -m generator lint"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator",
                                     description="Explainer-microsite generator: news articles in, MkDocs site out.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (summary, example) in COMMANDS.items():
        command = sub.add_parser(name, help=summary, description=summary, epilog=f"example: {example}",
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
        command.add_argument("--config", type=Path, default=DEFAULT_CONFIG,
                             help=f"generator settings (default: {DEFAULT_CONFIG})")
        command.add_argument("--input", type=Path, action="append", metavar="DIR",
                             help="read articles from DIR instead of the configured folders (repeatable)")
        _add_options(name, command)
    return parser


def _add_options(name: str, command: argparse.ArgumentParser) -> None:
    if name in ("generate", "build", "serve"):
        command.add_argument("--take-back", action="store_true",
                             help="overwrite generated pages that were edited by hand (move edits to content/ first)")
    if name == "check":
        command.add_argument("--external", action="store_true", help="also check external URLs (needs network)")
    if name == "serve":
        command.add_argument("--dev-addr", default="127.0.0.1:8000", help="address to serve on")
    if name == "new":
        command.add_argument("kind", choices=["article"], help="what to scaffold")
        command.add_argument("--title", required=True, help="the article's title")
        command.add_argument("--date", help="publication date, YYYY-MM-DD (default: none)")
        command.add_argument("--source", help="the publication's name")
        command.add_argument("--url", help="the original article's address")
    if name == "explain":
        command.add_argument("name", help="any name or alias of the entity")
    if name == "evaluate":
        command.add_argument("--gold", type=Path, required=True, metavar="DIR",
                             help="folder of gold annotation files (*.yml), one per article")
        command.add_argument("--json", action="store_true", help="print one JSON object instead of the report")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                config = load_config(args.config)
            finally:  # also when the config is invalid: an unknown key is often a misspelt one
                for warning in caught:
                    print(f"Warning: {args.config}: {warning.message}", file=sys.stderr)
        if args.input:
            config = config.with_inputs(args.input)
        code = _run(args, config)
        sys.stdout.flush()  # inside the try: a reader gone away shows here, not at exit
        return code
    except GeneratorError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away ('export | head'): stop quietly, as Unix tools do
        return _stdout_closed()
    except OSError as exc:  # the last guard (a disk that fills up mid-run): the path, not a traceback
        print(f"Error: {exc.filename or 'a file'}: {exc.strerror or exc}", file=sys.stderr)
        return 1


def _stdout_closed() -> int:
    """Point stdout at /dev/null so the interpreter's last flush cannot fail again; exit as SIGPIPE would."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 141


def _run(args: argparse.Namespace, config) -> int:
    if args.command == "generate":
        print(commands.generate(config, args.take_back))
    elif args.command == "build":
        print(commands.build(config, args.take_back))
    elif args.command == "check":
        print(commands.check(config, args.external))
    elif args.command == "serve":
        return commands.serve(config, args.dev_addr, args.take_back)
    elif args.command == "export":
        print(json.dumps(commands.export(config), ensure_ascii=False, indent=1))
    elif args.command == "new":
        print(commands.new_article(config, args.title, args.date, args.source, args.url))
    elif args.command == "explain":
        print(commands.explain(config, args.name))
    elif args.command == "evaluate":
        print(commands.evaluate(config, args.gold, args.json))
    elif args.command == "lint":
        report = commands.lint(config)
        print(report.text())
        return 0 if report.ok else 1
    return 0
