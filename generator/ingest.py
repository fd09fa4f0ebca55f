"""Stage 1, ingest: article files → ``Article`` values.

Readers are chosen by suffix: ``.txt`` is a raw article as received (title
line, optional date line, one paragraph per line), ``.md`` is a writer's
Markdown article with YAML front matter. Metadata precedence, in one place
(``_apply_precedence``): file name → the file itself → ``content/sources.yml``.
"""
from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import functools
import math
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

from generator.config import Config
from generator.errors import InputError
from generator.extract.text import DATELINE
from generator.headings import blocks_from_lines
from generator.model import Article
from generator.slugs import RESERVED, free_slug, slugify
from generator.timeexpr import find_time_expressions
from generator.sources import SourceOverride, load_sources
from generator.writer_markdown import markdown_blocks
from generator.yamlio import NOT_TEXT, parse_front_matter, read_text_file

ARTICLE_SUFFIXES = (".txt", ".md")
LINE_BREAKS = str.maketrans({"\r": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n", "\x0b": "\n", "\x0c": "\n"})
CONTROL = NOT_TEXT
DATE_LINE = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2})(?:\s*(?:-|–|—|T|\s)\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*$")
# "February 1, 2026", "1 February 2026", "Feb. 1, 2026 - 21:55": date lines in words.
WORDED_DATE_LINE = re.compile(
    r"^(?:(?P<day1>\d{1,2})\s+(?P<month1>[A-Z][a-z]+)\.?|(?P<month2>[A-Z][a-z]+)\.?\s+(?P<day2>\d{1,2}),?)\s+"
    r"(?P<year>\d{4})(?:\s*(?:-|–|—|,|at)?\s*\d{1,2}:\d{2}(?:\s*[AP]M)?(?:\s*[A-Z]{2,4})?)?\s*$")
MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
MAX_SLUG_WORDS = 10
# Dates of wire copy without a date line (``date_from_dateline``).
DATELINE_DAY = re.compile(r"\b(?:(?P<month1>[A-Z][a-z]{2,8})\.?\s+(?P<day1>\d{1,2})|(?P<day2>\d{1,2})\s+"
                          r"(?P<month2>[A-Z][a-z]{2,8}))\b")
WEEKDAYS = [name.lower() for name in calendar.day_name]
WEEKDAY = re.compile(r"\b(?:" + "|".join(calendar.day_name) + r")\b")
YEAR = re.compile(r"\b(?:19|20)\d{2}\b(?!\s*(?:GMT|UTC|hrs|hours|local\b|ET\b|EST\b|EDT\b))")  # not "(1945 GMT)"
DAYS_PER_YEAR = 365.25
WEEK_AWAY = re.compile(r"\b(?:last|next|this|previous|following|coming)\s+\Z", re.I)  # "sank last Wednesday":
# a day of another week, not the news's weekday
WEEK_AWAY_REACH = 12
LATE_FILING_DAYS = 1  # with no story date, copy filed this many days after the news's weekday is still read
LAG_IN_YEARS = 0.5  # a day between the news's weekday and the dateline weighs as much as this many years off the story
NEARLY_AS_ALIKE = 0.9  # articles this alike to wire copy as the likest one tell its story's dates too
AHEAD = re.compile(r"\b(?:will|would|plans?|planned|scheduled|expected|aims?|target|by|until|till|next|due|ends|"
                   r"expires|runs|pledged?|promised?|commit(?:s|ted)?|intends?|intention|through|takes?\s+office)\b"
                   r"[^.]*\Z")  # ("before he takes office on March 11, 2026": a day ahead)
# ("whose term ends in 2028", "its intention to invest $600 billion … through 2028": a year ahead)
YEARS_TO_SEARCH = 12  # a day of the year falls on every weekday within this many years
NAME_WORD = re.compile(r"\b[A-Z][a-z]{3,}\b")
STORY_NAMES = 5  # names an undated article must share with a dated one to take its year from it
# Everything is linear in an article's size, but a page past this is unreadable and slow to build
# (tests/benchmarks/big_article.py: about 10 s per MB to generate); the error says to split it.
# Articles follow the setting 'max_article_mb' (default the same); other writer pages this.
MAX_ARTICLE_BYTES = 16 * 2**20
FRONT_MATTER_KEYS = {"title", "date", "source", "url", "tags", "slug"}


def read_corpus(config: Config, skipped: list[InputError] | None = None) -> tuple[Article, ...]:
    """Every article in the configured input folders, sorted by slug, metadata corrections applied.

    A bad article raises, naming its file; given a ``skipped`` list, it is left out and its error
    added there instead (for read-only reports such as ``export``, which should not lose the rest).
    """
    overrides = load_sources(config.sources_file)
    articles, chosen = [], []
    for path in article_files(config.inputs):
        try:
            article = _parse_article(path, read_text(path, config.max_article_bytes), config)
            chosen.append(is_chosen(path, article, overrides.get(path.name)))
            articles.append(_apply_precedence(article, overrides.get(path.name)))
        except InputError as problem:
            if skipped is None:
                raise
            skipped.append(problem)
    return tuple(sorted(name_pages(date_wire_copy(articles), chosen), key=lambda a: a.slug))


def article_files(folders: tuple[Path, ...]) -> list[Path]:
    files: list[Path] = []
    for folder in folders:
        if not folder.is_dir():
            raise InputError(folder, "input folder not found")
        try:
            files.extend(p for p in sorted(folder.iterdir()) if p.suffix in ARTICLE_SUFFIXES and p.is_file())
        except OSError as exc:
            raise InputError(folder, f"input folder cannot be read ({exc.strerror or exc}); check its "
                             f"permissions") from None
    return files


def read_article(path: Path, config: Config) -> Article:
    """One article on its own (wire copy without a date line dated by its dateline alone)."""
    return date_wire_copy([_parse_article(path, read_text(path, config.max_article_bytes), config)])[0]


@functools.lru_cache(maxsize=16384)
def _parse_article(path: Path, text: str, config: Config) -> Article:
    """Parsed once per text: a running preview re-reads every file on each change, and parses
    only the ones that changed. (A bad article raises, and is not remembered.)"""
    return _read_markdown(path, text, config) if path.suffix == ".md" else _read_raw(path, text, config)


def read_text(path: Path, max_bytes: int = MAX_ARTICLE_BYTES) -> str:
    """UTF-8 text with line endings normalised; a clear error for anything else (or anything longer
    than ``max_bytes``: the setting ``max_article_mb``)."""
    return _normalise_breaks(read_text_file(path, "text article", max_bytes))


def _normalise_breaks(text: str) -> str:
    """One kind of line break; Unicode's other line separators (U+0085, U+2028, U+2029, form feed,
    vertical tab) become breaks too, and other control characters go: YAML and HTML would misread them."""
    text = text.replace("\r\n", "\n").translate(LINE_BREAKS)
    return CONTROL.sub("", text)


def _read_raw(path: Path, text: str, config: Config) -> Article:
    lines = [(number, line.strip()) for number, line in enumerate(text.split("\n"), 1) if line.strip()]
    if not lines:
        raise InputError(path, "the article is empty: expected a title on the first line")
    (number, title), rest = lines[0], lines[1:]
    if DATE_LINE.match(title):  # else the page would be titled "2026-02-01 - 21:55"
        raise InputError(path, "the first line is a date, not a title: expected the headline on the first line "
                         "and the date below it", number)
    date = None
    if rest and DATE_LINE.match(rest[0][1]):
        date = _parse_date(rest[0][1][:10], path, rest[0][0])
        rest = rest[1:]
    elif rest and _worded_date(rest[0][1]) is not None:
        date = _worded_date(rest[0][1])
        rest = rest[1:]
    body = [line for _, line in rest if not _is_boilerplate(line, config)]
    return Article(
        slug=_slug_from_title(title),
        title=title,
        date=date,
        source_path=_display_path(path, config),
        blocks=blocks_from_lines(body),
    )


def _read_markdown(path: Path, text: str, config: Config) -> Article:
    meta, body, body_line = parse_front_matter(text, path)
    _check_front_matter(meta, path, text)
    date = meta.get("date")
    if isinstance(date, str):
        date = _parse_date(date, path, _key_line(text, "date"), key="date")
    elif isinstance(date, dt.datetime):
        date = date.date()
    return Article(
        slug=slugify(str(meta.get("slug") or path.stem)),
        title=re.sub(r"\s*[\r\n\x85\u2028\u2029]\s*", " ", CONTROL.sub("", meta["title"])).strip(),  # one line
        date=date,
        source_path=_display_path(path, config),
        blocks=markdown_blocks(body),
        publisher=CONTROL.sub("", meta["source"]) if "source" in meta else None,
        url=meta.get("url"),
        tags=tuple(CONTROL.sub("", tag) for tag in meta.get("tags") or ()),
        body_format="markdown",
    )


def _check_front_matter(meta: dict, path: Path, text: str) -> None:
    """Validate the front matter keys; the message names the key and what was expected."""
    checks = {
        "title": (lambda v: isinstance(v, str) and v.strip(), "a non-empty text"),
        "date": (lambda v: isinstance(v, (dt.date, str)), "a date such as 2026-02-01"),
        "source": (lambda v: isinstance(v, str), "the publication's name, as text"),
        "url": (lambda v: isinstance(v, str) and re.match(r"https?://\S+$", v), "an http(s) address"),
        "tags": (lambda v: isinstance(v, list) and all(isinstance(t, str) for t in v), "a list of words"),
        "slug": (lambda v: isinstance(v, str) and slugify(v) == v, "lower-case words joined by hyphens"),
    }
    if "title" not in meta:
        raise InputError(path, "front matter has no 'title': add a line such as 'title: What happened'", 1)
    for key, value in meta.items():
        if key not in FRONT_MATTER_KEYS:
            raise InputError(path, f"front matter key '{key}' is not known; expected one of "
                             f"{', '.join(sorted(FRONT_MATTER_KEYS))}", _key_line(text, key))
        check, expected = checks[key]
        if not check(value):
            raise InputError(path, f"front matter key '{key}': expected {expected}, got {value!r}",
                             _key_line(text, key))


def _key_line(text: str, key: object) -> int:
    """The line of ``key:`` in the front matter, so that an error points at it; 1 if not found."""
    lines = text.split("\n")
    for number, line in enumerate(lines[1:], 2):
        if line.strip() == "---":
            break
        if re.match(rf"['\"]?{re.escape(str(key))}['\"]?\s*:", line):
            return number
    return 1


def _parse_date(value: str, path: Path, line: int, key: str | None = None) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        where = f"key '{key}': " if key else "date line: "
        raise InputError(path, f"{where}{value!r} is not a real date; expected YYYY-MM-DD", line) from None


def _worded_date(line: str) -> dt.date | None:
    """A date line written in words; None when the line is not one (or names no real day)."""
    match = WORDED_DATE_LINE.match(line)
    if not match:
        return None
    month = MONTHS.get((match["month1"] or match["month2"]).lower())
    day = int(match["day1"] or match["day2"])
    try:
        return dt.date(int(match["year"]), month, day) if month else None
    except ValueError:
        return None


def date_wire_copy(articles: list[Article]) -> list[Article]:
    """Wire copy without a date line, dated by its dateline; the other articles as they are.

    A dateline gives the month and day but no year. The story's other articles tell the year: the
    dated article sharing most names with this one was published close to it.
    """
    if all(article.date is not None for article in articles):
        return articles
    names = [_names(article) for article in articles]
    weight = _rarity(names)
    dated = [(article.date, article.slug, words) for article, words in zip(articles, names) if article.date is not None]
    return [article if article.date is not None else
            replace(article, date=date_from_dateline(article, _story_dates(words, dated, weight)))
            for article, words in zip(articles, names)]


def _names(article: Article) -> frozenset[str]:
    return frozenset(word for block in article.paragraphs for word in NAME_WORD.findall(block.text))


def _rarity(names: list[frozenset[str]]) -> dict[str, float]:
    """How much sharing a name says two articles tell one story: names in every article ("President",
    "Monday") say nothing; a name in two of a hundred says much (inverse document frequency)."""
    counts = Counter(word for words in names for word in words)
    return {word: math.log(len(names) / count) for word, count in counts.items()}


def _story_dates(names: frozenset[str], dated: list[tuple[dt.date, str, frozenset[str]]],
                 weight: dict[str, float]) -> tuple[dt.date, ...]:
    """The dates of the dated articles whose names are most like ``names`` (sharing at least STORY_NAMES, and
    nearly as alike as the likest: two stories with the same leaders are told apart by the dates of both)."""
    ranked = [(sum(weight[word] for word in names & other), date) for date, _, other in dated
              if len(names & other) >= STORY_NAMES]
    best = max((score for score, _ in ranked), default=0.0)
    return tuple(sorted({date for score, date in ranked if score >= NEARLY_AS_ALIKE * best}))


def date_from_dateline(article: Article, story_dates: tuple[dt.date, ...] = ()) -> dt.date | None:
    """The date of wire copy that has no date line: "MOSCOW, June 24 (Reuters) - … on Saturday …".

    The dateline gives the month and day. The year is the one closest to ``story_dates`` (the dates of
    the story's nearest articles) in which that day falls on the weekday the lead paragraph names first,
    as wire copy names the day of the news by its weekday; but news of Sunday is often filed on Monday,
    so a year whose day falls a day or two after that weekday wins when it is a year or more closer to
    the story. Without a story date it is the first year, from the latest year the text names (outside
    plans and deadlines), in which the day falls on that weekday or the day after it (news filed the next day),
    a year off counting as two days late. No weekday in the lead paragraph: the
    day nearest the story, if there is one.
    """
    paragraphs = article.paragraphs
    dateline = DATELINE.match(paragraphs[0].text) if paragraphs else None
    day = _month_day(dateline.group()) if dateline else None
    if day is None:
        return None
    wanted = _news_weekday(paragraphs[0].text[dateline.end():])
    if story_dates:
        years = range(min(story_dates).year - YEARS_TO_SEARCH, max(story_dates).year + YEARS_TO_SEARCH)

        def cost(date: dt.date) -> tuple[float, dt.date]:
            lag = 0 if wanted is None else (date.weekday() - wanted) % 7  # days from the news to the filing
            return min(abs(date - story).days for story in story_dates) / DAYS_PER_YEAR + LAG_IN_YEARS * lag, date
        return min(_dates(day, years), key=cost, default=None)
    years_named = [int(m.group()) for paragraph in paragraphs for m in YEAR.finditer(paragraph.text)
                   if not AHEAD.search(paragraph.text[max(0, m.start() - 60):m.start()])]
    if wanted is None or not years_named:
        return None
    first_year = max(years_named)
    found = [date for date in _dates(day, range(first_year, first_year + YEARS_TO_SEARCH))
             if (date.weekday() - wanted) % 7 <= LATE_FILING_DAYS]  # "on Monday" in copy dated Tuesday

    def cost(date: dt.date) -> float:
        return date.year - first_year + LAG_IN_YEARS * ((date.weekday() - wanted) % 7)
    return min(found, key=cost, default=None)


def _news_weekday(lead: str) -> int | None:
    """The weekday of the news the lead names first, outside quotes: the first one told in the past ("will
    cross on Friday, Seoul said on Thursday": Thursday), else the first one."""
    named = [m for m in WEEKDAY.finditer(lead) if lead[:m.start()].count("“") <= lead[:m.start()].count("”")
             and not WEEK_AWAY.search(lead, max(0, m.start() - WEEK_AWAY_REACH), m.start())]
    told = {e.start for e in find_time_expressions(lead, None) if e.relation == "past"}
    weekday = next((m for m in named if m.start() in told), named[0] if named else None)
    return WEEKDAYS.index(weekday.group().lower()) if weekday else None


def _dates(day: tuple[int, int], years: range) -> list[dt.date]:
    """That month and day in each of ``years`` (29 February only in leap years)."""
    found = []
    for year in years:
        with contextlib.suppress(ValueError):
            found.append(dt.date(year, *day))
    return found


def _month_day(dateline: str) -> tuple[int, int] | None:
    match = DATELINE_DAY.search(dateline)
    if not match:
        return None
    month = MONTHS.get((match["month1"] or match["month2"]).lower().rstrip("."))
    return (month, int(match["day1"] or match["day2"])) if month else None


def _is_boilerplate(line: str, config: Config) -> bool:
    return any(pattern.fullmatch(line) for pattern in config.boilerplate)


def _slug_from_title(title: str) -> str:
    return slugify(" ".join(title.split()[:MAX_SLUG_WORDS]))


def _display_path(path: Path, config: Config) -> str:
    try:
        return path.resolve().relative_to(config.root).as_posix()
    except ValueError:
        return path.resolve().as_posix()


def _apply_precedence(article: Article, override: SourceOverride | None) -> Article:
    """The writer's corrections in ``sources.yml`` win over what the file says."""
    if override is None:
        return article
    changes = {k: CONTROL.sub("", v) if isinstance(v, str) else v for k, v in override.changes().items()
               if v is not None}
    return replace(article, **changes)


def is_chosen(path: Path, article: Article, override: SourceOverride | None) -> bool:
    """Whether a writer chose the article's page name (a 'slug'), rather than its file name (Markdown)
    or headline (raw) giving it."""
    default = slugify(path.stem) if article.body_format == "markdown" else _slug_from_title(article.title)
    return bool(override and override.slug) or article.slug != default


def name_pages(articles: list[Article], chosen: list[bool], problems: list[InputError] | None = None) -> list[Article]:
    """Every article its own page name. A name a writer chose is kept (two alike, or one the site
    uses, are an error: raised, or added to ``problems`` and the article left out); the others are
    settled oldest first, each taking the first free one of its headline, its whole headline,
    headline and date, then a number, so adding a newer article never renames an existing page."""
    taken: dict[str, Article] = {}
    for article in (a for a, fixed in zip(articles, chosen) if fixed):
        try:
            _check_chosen(article, taken)
        except InputError as problem:
            if problems is None:
                raise
            problems.append(problem)
            continue
        taken[article.slug] = article
    derived = sorted((a for a, fixed in zip(articles, chosen) if not fixed),
                     key=lambda a: (a.date is None, a.date or dt.date.min, a.source_path))
    names = set(taken)
    named = {id(a): replace(a, slug=free_slug(_candidates(a), names)) for a in derived}
    return [named.get(id(a), a) for a in articles if id(a) in named or taken.get(a.slug) is a]


def _candidates(article: Article) -> list[str]:
    names = [article.slug]
    if article.body_format != "markdown":
        names.append(slugify(article.title))  # headlines alike in their first ten words
    if article.date:
        names.append(f"{article.slug}-{article.date.isoformat()}")
    return names


def _check_chosen(article: Article, taken: dict[str, Article]) -> None:
    if article.slug in RESERVED:
        raise InputError(article.source_path, f"the page name '{article.slug}' is one the site uses "
                         f"({', '.join(sorted(RESERVED))}); choose another 'slug'")
    if article.slug in taken:
        raise InputError(article.source_path, f"has the same page name '{article.slug}' as "
                         f"{taken[article.slug].source_path}; give one of them a 'slug' in sources.yml "
                         f"or front matter")
