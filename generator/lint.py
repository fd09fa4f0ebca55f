"""``python -m generator lint``: check every file a writer owns and report every problem at once.

Each problem is one line, ``file:line: problem — fix``. The checks reuse the
generator's own loaders, one article or one entry at a time, so that one
mistake never hides the next; an ``InputError`` becomes a report line. YAML
line numbers come from the composed node tree (``start_mark``), which the
loaders do not keep.

Checked: every article in the inputs; ``sources.yml`` (and that each entry
names an article file); ``entities.yml`` (and that each entry finds an entity
or adds one); ``events.yml`` (and that each ``match`` finds one event, or
several with ``all: true``, each ``merge`` text an event, each new event's
sources exist); the enrichment pages ``content/actors/*.md`` and
``content/venues/*.md`` (front matter, keys, wikilinks, and that the page they
enrich is generated); the writers' own pages in ``docs/`` (wikilinks, pictures).
The generator's own problems are reported at the same ``file:line`` as the build's.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator import corrections, enrichment, ingest, registry, sources, yamllines
from generator.chronology import build_chronology
from generator.config import Config
from generator.corrections import EventCorrection
from generator.enrichment import Enrichment
from generator.errors import InputError
from generator.extract import extract_all, make_extractor
from generator.gazetteer import load_gazetteer
from generator.model import Article, Story
from generator.outcomes import registry_outcomes
from generator.registry import RegistryEntry
from generator.resolve import resolve
from generator.yamlio import FENCE, load_yaml_file

# Where a loader's message turns from what is wrong to what to do about it.
FIX_STARTS = re.compile(r": (?=(?:expected|add|give|save|correct|move|use) )")
FIXES = [  # messages that carry no advice of their own → (problem pattern, fix)
    (r"^not valid YAML", "quote text that holds ': ', ' #', '[' or '{', and check the indentation"),
    (r"binary file", "remove it from the input folder: articles are .txt or .md text files"),
    (r"must be a mapping", "write one 'key: value' per line between the '---' lines"),
    (r"at the top level", "write 'key: value' lines, as the comment atop the file shows"),
    (r"input folder not found", "create the folder, or correct 'inputs' in site_config/generator.yml"),
]
DEFAULT_FIX = "see README.md, 'Writers: adding and correcting'"
PICTURE = re.compile(r"!\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+[\"'][^\"'\n]*[\"'])?\s*\)")


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    problem: str
    fix: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.problem} — {self.fix}"


@dataclass(frozen=True)
class LintReport:
    files: int
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    def text(self) -> str:
        count = len(self.problems)
        tally = "no problems" if self.ok else f"{count} problem{'' if count == 1 else 's'}"
        return "\n".join([*map(str, self.problems), f"lint: {self.files} files checked, {tally}"])


def lint(config: Config) -> LintReport:
    run = _Lint(config)
    files = run.input_files()
    overrides = run.sources_file({path.name for path in files})
    articles = run.articles(files, overrides)
    entries = run.entities_file()
    fixes = run.events_file()
    run.corpus(articles, entries, fixes)
    return LintReport(run.files, tuple(sorted(set(run.problems))))


def split_message(message: str) -> tuple[str, str]:
    """A loader's message → (what is wrong, what to do): "…; expected X" or "…: expected X, got Y"."""
    head, fix = None, None
    if "; " in message:
        head, fix = message.rsplit("; ", 1)
    elif match := FIX_STARTS.search(message):
        head, fix = message[:match.start()], message[match.end():]
    if head is None:
        if message.startswith("expected front matter"):
            return "the file does not start with front matter", message
        fix = next((advice for pattern, advice in FIXES if re.search(pattern, message)), DEFAULT_FIX)
        return message, fix
    got = re.fullmatch(r"(expected .*?), got (.*)", fix, flags=re.DOTALL)
    if got:
        return f"{head} is {got[2]}", got[1]
    return head, fix


class _Lint:
    def __init__(self, config: Config):
        self.config = config
        self.problems: list[Problem] = []
        self.files = 0

    # --- reporting -------------------------------------------------------------------------------

    def report(self, path: Path | str, line: int | None, problem: str, fix: str) -> None:
        self.problems.append(Problem(self.display(path), line or 1, problem, fix))

    def report_error(self, path: Path, error: InputError, line: int | None = None) -> None:
        self.report(path, error.line or line, *split_message(error.message))

    def display(self, path: Path | str) -> str:
        path = Path(path)
        try:
            return path.resolve().relative_to(self.config.root).as_posix()
        except ValueError:
            return path.as_posix()

    # --- articles --------------------------------------------------------------------------------

    def input_files(self) -> list[Path]:
        files = []
        for folder in self.config.inputs:
            try:
                files += ingest.article_files((folder,))
            except InputError as error:
                self.report_error(folder, error)
        return files

    def articles(self, files: list[Path], overrides: dict[str, sources.SourceOverride]) -> list[Article]:
        articles, chosen = [], []
        for path in files:
            self.files += 1
            try:
                article = ingest.read_article(path, self.config)
            except InputError as error:
                self.report_error(path, error)
                continue
            if path.suffix == ".md":
                self.duplicate_keys(path, _front_matter_text(path), offset=1)
            chosen.append(ingest.is_chosen(path, article, overrides.get(path.name)))
            articles.append(ingest._apply_precedence(article, overrides.get(path.name)))
        return self.unique(articles, chosen)

    def unique(self, articles: list[Article], chosen: list[bool]) -> list[Article]:
        """Page names as generate gives them; every clash of chosen names, not only the first (the
        second article of each pair is left out)."""
        clashes: list[InputError] = []
        named = ingest.name_pages(articles, chosen, clashes)
        for error in clashes:
            self.report(self.config.root / error.path, 1, *split_message(error.message))
        return sorted(named, key=lambda a: a.slug)

    # --- the writer's YAML files -----------------------------------------------------------------

    def yaml_file(self, path: Path, top_keys: set[str] | None) -> tuple[dict, yaml.Node | None]:
        """The file's data (empty if it is missing or broken) and its node tree for line numbers."""
        if not path.is_file():
            return {}, None
        self.files += 1
        try:
            data = load_yaml_file(path)
        except InputError as error:
            self.report_error(path, error)
            return {}, None
        root = yamllines.compose(path.read_text(encoding="utf-8"))
        self.duplicate_keys(path, path.read_text(encoding="utf-8"))
        for key in sorted(set(map(str, data)) - top_keys) if top_keys is not None else ():
            self.report(path, yamllines.key_line(root, key), f"unknown key '{key}' is ignored",
                        f"expected {' or '.join(sorted(top_keys))}")
        return data, root

    def sources_file(self, article_names: set[str]) -> dict[str, sources.SourceOverride]:
        path = self.config.sources_file
        data, root = self.yaml_file(path, None)
        overrides = {}
        for name, entry in sorted(data.items(), key=lambda kv: str(kv[0])):
            line = yamllines.key_line(root, name)
            try:
                overrides[str(name)] = sources._override(path, str(name), entry)
            except InputError as error:
                self.report_error(path, error, yamllines.message_line(yamllines.value(root, name), error.message)
                                  or line)
            if str(name) not in article_names:
                self.report(path, line, f"entry '{name}' names no article file in the inputs",
                            _suggest(str(name), article_names, "the file name"))
        return overrides

    def entities_file(self) -> list[RegistryEntry]:
        return [entry for entry, _ in self.entries(self.config.entities_file, "entities", registry._entry)]

    def events_file(self) -> list[tuple[EventCorrection, yaml.Node | None]]:
        return self.entries(self.config.events_file, "events", corrections._correction)

    def entries(self, path: Path, key: str, load) -> list[tuple[object, yaml.Node | None]]:
        """Each entry of the list under ``key`` read by the loader's own ``load``, with its node."""
        data, root = self.yaml_file(path, {key})
        items = data.get(key) or []
        if not isinstance(items, list):
            self.report(path, yamllines.key_line(root, key), f"key '{key}' is not a list", "expected a list of entries "
                        f"(- {'name' if key == 'entities' else 'match'}: …)")
            return []
        good = []
        for index, entry in enumerate(items, 1):
            node = yamllines.item(root, key, index)
            try:
                good.append((load(path, index, entry, yamllines.line(node)), node))
            except InputError as error:
                self.report_error(path, yamllines.located(error, node))
        return good

    def duplicate_keys(self, path: Path, text: str | None, offset: int = 0) -> None:
        """YAML keeps the last of two equal keys without a word: the first is silently lost."""
        for key, first, second in _duplicates(yamllines.compose(text or "")):
            self.report(path, second + offset, f"key '{key}' appears again (first on line {first + offset}); "
                        "only this one is used", "merge the two into one")

    # --- what needs the whole corpus ---------------------------------------------------------------

    def corpus(self, articles: list[Article], entries: list[RegistryEntry],
               fixes: list[tuple[EventCorrection, yaml.Node | None]]) -> None:
        enrichments = self.enrichment_pages()
        story = _story(self.config, tuple(articles), tuple(entries), enrichments, tuple(c for c, _ in fixes))
        for problem in story.problems:  # the generator's own: an unmatched correction, an unknown page
            self.report_error(self.config.root / problem.path, problem)
        for correction, node in fixes:
            self.new_event_sources(correction, node, story)
        self.wikilinks(story)
        self.writer_pages(story)

    def new_event_sources(self, correction: EventCorrection, node: yaml.Node | None, story: Story) -> None:
        """A citation of an article or paragraph that does not exist would be a dead link."""
        paragraphs = {a.slug: len(a.paragraphs) for a in story.articles}
        line = yamllines.line(node)  # as the build reports a hand-added event's citations
        for ref in correction.sources:
            if ref.article not in paragraphs:
                self.report(self.config.events_file, line, f"source article '{ref.article}' is no article's "
                            "page name", _suggest(ref.article, set(paragraphs), "the page name"))
            elif not 1 <= ref.paragraph <= paragraphs[ref.article]:
                self.report(self.config.events_file, line, f"article '{ref.article}' has no paragraph "
                            f"{ref.paragraph}", f"expected a number from 1 to {paragraphs[ref.article]}")

    def wikilinks(self, story: Story) -> None:
        """``[[Name]]`` in an enrichment page must name an actor or venue (generate stops on it otherwise)."""
        entities = story.actors + story.venues
        index = enrichment.name_index(entities)
        names = {name for e in entities for name in (e.name, *e.aliases)}
        for found in story.enrichments.values():
            for match in enrichment.WIKILINK.finditer(enrichment.without_code(found.body)):
                name = match.group(1).strip()
                if enrichment.wikilink_target(index, name) is None:
                    self.report(found.path, enrichment.body_line_of(found, match.group(0)),
                                f"the wikilink [[{name}]] names no actor or venue", _suggest(name, names, "the name"))

    def writer_pages(self, story: Story) -> None:
        """Pages a writer keeps in docs/: a wikilink must name an actor or venue and a picture must
        exist, or the strict build fails (naming the page, but only after generating everything)."""
        index = enrichment.name_index(story.actors + story.venues)
        names = {name for e in story.actors + story.venues for name in (e.name, *e.aliases)}
        docs = self.config.docs_dir
        for path in sorted(docs.rglob("*.md")):
            parts = path.relative_to(docs).parts
            if parts[0] in self.config.generated_dirs or any(part.startswith(".") for part in parts):
                continue
            self.files += 1
            text = enrichment.blank_code(path.read_text(encoding="utf-8", errors="replace"))
            for match in enrichment.WIKILINK.finditer(text):
                if enrichment.wikilink_target(index, match.group(1).strip()) is None:
                    self.report(path, _line_at(text, match.start()), f"the wikilink [[{match.group(1).strip()}]] "
                                "names no actor or venue", _suggest(match.group(1).strip(), names, "the name"))
            for match in PICTURE.finditer(text):
                if not _picture_exists(path, match.group(1)):
                    self.report(path, _line_at(text, match.start()), f"the picture '{match.group(1)}' is not there",
                                "put the picture under docs/ and give its path from this page")

    def enrichment_pages(self) -> dict[tuple[str, str], Enrichment]:
        """Each page read by the generator's own reader; a page that does not read is left out."""
        found = {}
        for folder in enrichment.FOLDERS:
            for path in sorted((self.config.root / "content" / folder).glob("*.md")):
                self.files += 1
                try:
                    found[(folder, path.stem)] = enrichment._read(path, folder)
                except InputError as error:
                    self.report_error(path, error)
                    continue
                self.duplicate_keys(path, _front_matter_text(path), offset=1)
        return found


def _line_at(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _picture_exists(page: Path, target: str) -> bool:
    """An address (https:, data:) is not checked here; a path is, from the page's folder."""
    if re.match(r"[a-z][a-z0-9+.-]*:", target, re.I) or target.startswith("/"):
        return True
    return (page.parent / target.split("#")[0]).is_file()


def _published(articles: tuple[Article, ...]) -> dict:
    return {article.slug: article.date for article in articles}


def _story(config: Config, articles: tuple[Article, ...], entries: tuple[RegistryEntry, ...],
           enrichments: dict[tuple[str, str], Enrichment], fixes: tuple[EventCorrection, ...]) -> Story:
    """``pipeline.build_story`` on the files that read cleanly (``test_lint`` checks that they agree)."""
    extractions = extract_all(articles, make_extractor(config), config.workers)
    resolution = resolve(extractions, entries, load_gazetteer().names_of)
    kept, unknown = enrichment.unknown_slugs(enrichments, resolution.actors + resolution.venues)
    unknown += enrichment.missing_pictures(enrichments, config.docs_dir)
    actors = enrichment.apply_enrichments(resolution.actors, kept)
    venues = enrichment.apply_enrichments(resolution.venues, kept)
    events, unmatched = build_chronology(extractions, actors + venues, fixes, None, _published(articles))
    wrong, _ = registry_outcomes(config.entities_file, entries, extractions, resolution.actors + resolution.venues)
    return Story(articles=articles, actors=actors, venues=venues, quotes=resolution.quotes, events=events,
                 extractions=extractions, enrichments=kept, problems=tuple(unknown + wrong + unmatched))


def _suggest(name: str, choices: set[str], what: str) -> str:
    close = difflib.get_close_matches(name, sorted(choices), n=3, cutoff=0.6)
    if not close:
        return f"correct {what}, or remove it"
    return f"did you mean {' or '.join(map(repr, close))}? correct {what}"


# --- YAML nodes → line numbers (generator.yamllines) -----------------------------------------------

def _duplicates(node: yaml.Node | None):
    """(key, first line, second line) for every key that appears twice in one mapping, at any depth."""
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                if key.value in seen:
                    yield key.value, seen[key.value], yamllines.line(key)
                seen.setdefault(key.value, yamllines.line(key))
            yield from _duplicates(value)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _duplicates(item)


def _front_matter_text(path: Path) -> str | None:
    """The YAML between the ``---`` fences, or None when the file has no readable front matter."""
    try:
        lines = path.read_text(encoding="utf-8-sig").split("\n")
    except (UnicodeDecodeError, OSError):
        return None
    if not lines or lines[0].strip() != FENCE:
        return None
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == FENCE), None)
    return "\n".join(lines[1:end]) if end else None
