"""Properties of the whole pipeline, and determinism of its output.

- Any article text and any front matter: ``build_story`` and ``render_site``
  either succeed or raise ``InputError`` (a clean ``Error: file:line: …``),
  never anything else. Five random articles also pass a strict MkDocs build.
- The same corpus read in another order, from folders listed in another
  order, under another ``PYTHONHASHSEED``, gives byte-identical pages.
"""
from __future__ import annotations

import datetime as dt
import difflib
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import FIXTURES, REPO, create_project
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from generator import pipeline
from generator.errors import InputError
from generator.render import render_site
from generator.site import mkdocs_build
from generator.slugs import slugify
from generator.yamlio import parse_front_matter

# Characters that Markdown, HTML, YAML or the parsers care about, and Unicode that breaks naive code.
SPECIAL = list("\n\n\r\t \"'`*_[]{}()#+-.!|<>&:;,?\\~^=$%@/") + [
    "\u2028", "\u00a0", "\ufeff", "\u200b", "\u202e", "é", "ü", "ğ", "中", "😀", "’", "“", "”", "…", "—"]
# Phrases the extractor reacts to, so that random text also makes entities, quotes and events.
PHRASES = ["Iran", "the United States", "Geneva", "Ankara", "President Donald Trump",
           "Foreign Minister Abbas Araghchi said", "met in Ankara on Tuesday", "on 3 February", "next week",
           "mid-February", "\"We will respond,\" he said.", "<script>alert(1)</script>", "[x](javascript:alert(1))",
           "## Heading", "2026-02-01", "was blunter still: \"The city of Geneva was hit.\"", "the same day",
           "a day after the talks"]

TEXT = st.text(alphabet=st.one_of(st.characters(), st.sampled_from(SPECIAL)), max_size=120)
BODY = st.lists(st.one_of(TEXT, st.sampled_from(PHRASES)), max_size=12).map(" ".join)
VALUE = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), TEXT, st.dates(), st.datetimes(),
                  st.lists(TEXT, max_size=3), st.dictionaries(TEXT, TEXT, max_size=2))
URL = st.one_of(VALUE, st.sampled_from(["https://example.org/a", "http://x", "javascript:alert(1)", "//evil"]),
                TEXT.map(lambda t: "https://example.org/" + t))
WORDS = st.tuples(TEXT, st.sampled_from(["Talks", "Iran", "Envoys", "Geneva"]), TEXT).map(" ".join)
GOOD_META = st.fixed_dictionaries({"title": WORDS}, optional={
    "date": st.dates(), "source": TEXT, "tags": st.lists(TEXT, max_size=3),
    "url": TEXT.map(lambda t: "https://example.org/" + "".join(t.split())), "slug": WORDS.map(slugify)})
ANY_META = st.fixed_dictionaries({}, optional={
    "title": st.one_of(TEXT, VALUE), "date": st.one_of(TEXT, VALUE), "source": VALUE, "url": URL,
    "tags": VALUE, "slug": st.one_of(TEXT, VALUE), "author": VALUE})
META = st.integers(0, 3).flatmap(lambda i: ANY_META if i == 0 else GOOD_META)  # mostly articles that read
PROPERTY = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return create_project(tmp_path_factory.mktemp("properties") / "project")


def replace_inputs(project, files: dict[str, str | bytes]) -> None:
    for old in project.input.iterdir():
        old.unlink()
    for name, content in files.items():
        path = project.input / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass"))


def build_and_render(project) -> None:
    """Succeeds, or fails with a clean InputError; every page's front matter reads back."""
    try:
        story = pipeline.build_story(project.config)
        pages = render_site(story, project.config)
    except InputError as error:
        event(f"clean error: {error.message[:30]}")  # see --hypothesis-show-statistics
        return
    event(f"generated, with actors: {bool(story.actors)}")
    for path, page in pages.items():
        if path.endswith(".md") and page.startswith("---"):
            parse_front_matter(page, Path(path))


def markdown_article(meta: dict, body: str) -> str:
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\n" + body + "\n"


@PROPERTY
@given(title=TEXT, date_line=st.one_of(st.just(""), TEXT, st.dates().map(lambda d: f"{d} - 21:55")),
       paragraphs=st.lists(BODY, max_size=6))
def test_any_raw_article_is_generated_or_a_clean_error(project, title, date_line, paragraphs):
    replace_inputs(project, {"raw.txt": "\n".join([title, date_line, *paragraphs])})
    build_and_render(project)


@PROPERTY
@given(meta=META, body=BODY, raw_front_matter=st.one_of(st.none(), st.none(), st.none(), TEXT))
def test_any_markdown_article_is_generated_or_a_clean_error(project, meta, body, raw_front_matter):
    text = (markdown_article(meta, body) if raw_front_matter is None
            else f"---\n{raw_front_matter}\n---\n\n{body}\n")
    replace_inputs(project, {"article.md": text, "other.txt": f"Other article\n{body}\n"})
    build_and_render(project)


@PROPERTY
@given(data=st.binary(max_size=200))
def test_any_bytes_are_generated_or_a_clean_error(project, data):
    replace_inputs(project, {"bytes.txt": data, "bytes.md": data})
    build_and_render(project)


def random_articles(count: int, seed: int = 20260201) -> dict[str, str]:
    """``count`` articles of random text (fixed seed), each still a valid article."""
    rng = random.Random(seed)
    pool = SPECIAL + PHRASES + [chr(rng.randrange(0x20, 0x3000)) for _ in range(200)]

    def text(n: int) -> str:
        return "".join(rng.choice(pool) + (" " if rng.random() < 0.3 else "") for _ in range(n))

    files = {}
    for i in range(count):
        title = "Article " + " ".join(text(12).split()) or f"Article {i}"
        paragraphs = [" ".join(text(rng.randrange(20, 90)).split()) for _ in range(rng.randrange(1, 5))]
        if i % 2:
            meta = {"title": title, "date": dt.date(2026, 2, 1 + i), "source": text(10).strip() or "Wire",
                    "tags": [text(6).strip() or "tag"]}
            files[f"{i:03d}_random.md"] = markdown_article(meta, "\n\n".join(paragraphs))
        else:
            files[f"{i:03d}_random.txt"] = "\n".join([title, f"2026-02-0{1 + i} - 10:00", *paragraphs]) + "\n"
    return files


@pytest.mark.build
def test_five_random_articles_pass_a_strict_mkdocs_build(tmp_path):
    project = create_project(tmp_path / "project")
    replace_inputs(project, random_articles(5))
    report = pipeline.generate(project.config)
    assert report.articles == 5
    mkdocs_build(project.config)  # raises BuildError on any warning
    assert (project.config.site_dir / "articles" / "index.html").is_file()


# --- determinism ---------------------------------------------------------------------------------

CORPUS = {"input_a": [*sorted((REPO / "seeds").glob("*.txt")), *sorted((FIXTURES / "two_articles").iterdir())],
          "input_b": sorted((REPO / "tests" / "eval" / "dev" / "articles").iterdir())}


def determinism_project(root: Path, reverse: bool) -> Path:
    """The same corpus and corrections; with ``reverse`` the input folders are listed the other way round
    and files are copied last-first with the opposite modification times."""
    project = create_project(root)
    folders = sorted(CORPUS, reverse=reverse)
    settings_file = project.config_file
    config = yaml.safe_load(settings_file.read_text(encoding="utf-8"))
    settings_file.write_text(yaml.safe_dump({**config, "inputs": folders}, sort_keys=False), encoding="utf-8")
    for folder in folders:
        files = sorted(CORPUS[folder], key=lambda p: p.name, reverse=reverse)
        for age, source in enumerate(files):
            target = root / folder / source.name
            target.parent.mkdir(exist_ok=True)
            shutil.copyfile(source, target)
            os.utime(target, ns=(1_700_000_000 * 10**9 + age * 10**9,) * 2)
    shutil.copytree(FIXTURES / "lint" / "clean" / "content", root / "content", dirs_exist_ok=True)
    return root


def generated_files(root: Path) -> dict[str, bytes]:
    docs = root / "docs"
    owned = ("articles", "actors", "venues", "chronology")
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*"))
            if p.is_file() and (p.relative_to(docs).parts[0] in owned or p.name == ".generated.json")}


def generate(root: Path, hash_seed: str) -> None:
    env = os.environ | {"PYTHONPATH": str(REPO), "PYTHONHASHSEED": hash_seed}
    result = subprocess.run([sys.executable, "-m", "generator", "generate"], cwd=root, env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr


def test_same_corpus_in_another_order_and_hash_seed_gives_identical_pages(tmp_path):
    first = determinism_project(tmp_path / "first", reverse=False)
    second = determinism_project(tmp_path / "second", reverse=True)
    generate(first, "0")
    generate(second, "4242")
    pages = generated_files(first)
    assert len([p for p in pages if p.startswith("articles/")]) >= 10
    assert any(p.startswith("actors/") for p in pages) and "chronology/index.md" in pages
    again = generated_files(second)
    assert sorted(again) == sorted(pages)
    differ = [path for path in pages if pages[path] != again[path]]
    assert differ == [], first_difference(differ, pages, again)


def first_difference(paths: list[str], first: dict[str, bytes], second: dict[str, bytes]) -> str:
    path = next((p for p in paths if not p.endswith(".json")), paths[0])
    lines = difflib.unified_diff(first[path].decode("utf-8").splitlines(), second[path].decode("utf-8").splitlines(),
                                 "first/" + path, "second/" + path, lineterm="", n=1)
    return "\n".join(list(lines)[:40])
