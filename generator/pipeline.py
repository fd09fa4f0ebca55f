"""The spine: read the corpus, extract, resolve, build the chronology, render, write."""
from __future__ import annotations

import contextlib
import gc
import time
from dataclasses import dataclass
from pathlib import Path

from generator.chronology import build_chronology
from generator.config import Config
from generator.corrections import load_corrections
from generator.enrichment import (apply_enrichments, load_enrichments, missing_pictures, name_index, scan_writer_pages,
                                  unknown_slugs)
from generator.errors import InputError
from generator.extract import extract_all, make_extractor
from generator.gazetteer import load_gazetteer
from generator.ingest import read_corpus
from generator.model import CorrectionTally, SourceRef, Story
from generator.outcomes import registry_outcomes, tally, unused_sources
from generator.pagecache import PageCache
from generator.registry import load_registry
from generator.render import render_site
from generator.resolve import resolve
from generator.runlock import run_lock
from generator.sources import load_sources
from generator.write import WriteReport, write_pages


@dataclass(frozen=True)
class GenerateReport:
    articles: int
    pages: WriteReport
    seconds: float
    problems: tuple[str, ...] = ()
    corrections: CorrectionTally = CorrectionTally()

    def summary(self) -> str:
        p = self.pages
        lines = [f"Warning: {problem}" for problem in self.problems]
        lines += [f"Note: {note}" for note in self.corrections.notes] + [self.corrections.summary()]
        lines.append(f"{self.articles} articles read; {len(p.written)} pages written, {len(p.unchanged)} unchanged, "
                     f"{len(p.removed)} removed in {self.seconds:.2f} s")
        return "\n".join(lines)


@contextlib.contextmanager
def _without_cycle_collection():
    """Pause Python's cycle collector while generating.

    The pipeline builds hundreds of thousands of small immutable objects and makes few reference
    cycles; the collector kept walking them all, a third of a run's time at 1,000 articles (and
    more inside 'mkdocs serve', whose own objects it walks too). Reference counting still frees
    memory as usual: peak memory is the same.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def build_story(config: Config, lenient: bool = False) -> Story:
    """Everything in memory before the first page is written: actor pages list every article.

    ``lenient``: a bad article is left out and reported among the story's problems, not fatal.
    """
    skipped: list[InputError] = []
    articles = read_corpus(config, skipped if lenient else None)
    extractions = extract_all(articles, make_extractor(config), config.workers)
    registry = load_registry(config.entities_file)
    gazetteer = load_gazetteer()
    resolution = resolve(extractions, registry, gazetteer.names_of, gazetteer.demonyms_of)
    all_enrichments = load_enrichments(config.root / "content")
    enrichments, problems = unknown_slugs(all_enrichments, resolution.actors + resolution.venues)
    pictures = missing_pictures(all_enrichments, config.docs_dir)  # a problem, but not an unmatched correction
    actors = apply_enrichments(resolution.actors, enrichments)
    venues = apply_enrichments(resolution.venues, enrichments)
    citable = frozenset(SourceRef(a.slug, p.number) for a in articles for p in a.paragraphs)
    corrections = load_corrections(config.events_file)
    events, unmatched = build_chronology(extractions, actors + venues, corrections, citable,
                                         {a.slug: a.date for a in articles})
    writer_pages = scan_writer_pages(config.docs_dir, config.generated_dirs, name_index(actors + venues))
    checked, notes, entries = _checked_entries(config, articles, extractions, registry, resolution)
    problems += checked + unmatched
    return Story(articles=articles, actors=actors, venues=venues, quotes=resolution.quotes, events=events,
                 extractions=extractions, enrichments=enrichments, writer_pages=writer_pages,
                 problems=tuple(skipped + problems + pictures),
                 corrections=tally(entries + len(corrections) + len(all_enrichments), problems, notes))


def _checked_entries(config: Config, articles, extractions, registry, resolution) -> tuple[list, list[str], int]:
    """The problems and notes of the sources.yml and entities.yml entries, and how many entries there are."""
    overrides = load_sources(config.sources_file)
    unused = unused_sources(config.sources_file, overrides, {Path(a.source_path).name for a in articles},
                            _shown(config, config.sources_file))
    wrong, notes = registry_outcomes(_shown(config, config.entities_file), registry, extractions,
                                     resolution.actors + resolution.venues)
    return unused + wrong, notes, len(overrides) + len(registry)


def _shown(config: Config, path: Path) -> Path:
    """A writer's file as messages name it: from the project folder, as ``lint`` does."""
    return path.relative_to(config.root) if path.is_relative_to(config.root) else path


def generate(config: Config, take_back: bool = False) -> GenerateReport:
    started = time.perf_counter()
    with run_lock(config.cache_dir), _without_cycle_collection():
        story = build_story(config)
        cache = PageCache(config.cache_dir, config.docs_dir)
        pages = render_site(story, config, cache.reuse)
        report = write_pages(pages, config.docs_dir, config.generated_dirs, take_back=take_back)
        cache.save(pages)
    return GenerateReport(len(story.articles), report, time.perf_counter() - started,
                          tuple(str(p) for p in story.problems), story.corrections)
