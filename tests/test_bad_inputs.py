"""Bad inputs: what a user sees when an article or a correction is broken or hostile.

Each case is ``tests/bad_inputs/<case>`` (a file, or a folder whose ``*.yml``
go to ``content/``) with ``<case>.expected`` beside it: the expected error
(``{input}`` and ``{content}`` stand for those folders of the project) or
``ok`` when it must be handled safely. ``huge_article`` is generated here (10 MB
is not committed). A new case is two new files.

Every case runs ``python -m generator generate`` in a throwaway project that
already has good output. An error must be one clean line naming the file,
with nothing written anywhere; a success must touch only the generated
folders. The untrusted-text cases are then built together with
``mkdocs build --strict`` and every HTML page is searched for live markup.
"""
from __future__ import annotations

import html
import json
import os
import posixpath
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import REPO, create_project

from generator import pipeline
from generator.config import load_config
from generator.errors import InputError
from generator.ingest import read_corpus
from generator.runlock import LOCK_FILE
from generator.site import mkdocs_build

CASES_DIR = Path(__file__).resolve().parent / "bad_inputs"
CASES = sorted(p.name.removesuffix(".expected") for p in CASES_DIR.glob("*.expected"))
HUGE = "huge_article"
HUGE_BYTES = 10 * 1024 * 1024
UNSAFE_URL = re.compile(r"\s*(javascript|data|vbscript)\s*:", re.IGNORECASE)
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset"})
EMBEDS = frozenset({"iframe", "object", "embed", "frame", "frameset"})


def expected(case: str) -> str:
    return (CASES_DIR / f"{case}.expected").read_text(encoding="utf-8").strip()


OK_CASES = [case for case in CASES if expected(case) == "ok" and case != HUGE]
ERROR_CASES = [case for case in CASES if expected(case) != "ok"]


def test_every_case_has_its_input_and_expected_outcome():
    inputs = sorted(p.name for p in CASES_DIR.iterdir() if not p.name.endswith(".expected") and p.name != "README.md")
    assert inputs == sorted(case for case in CASES if case != HUGE)
    assert expected(HUGE) == "ok"


@pytest.fixture(scope="module")
def previous(tmp_path_factory) -> Path:
    """A project whose docs/ already holds good generated output; each case runs on a copy."""
    root = tmp_path_factory.mktemp("previous") / "project"
    pipeline.generate(create_project(root, "two_articles").config)
    return root


def copy_project(previous: Path, destination: Path) -> Path:
    shutil.copytree(previous, destination, symlinks=True)  # copy2: contents and mtimes as they were
    return destination


def add_case(root: Path, case: str) -> None:
    source = CASES_DIR / case
    files = sorted(source.iterdir()) if source.is_dir() else [source]
    for path in files:
        shutil.copy2(path, root / ("content" if path.suffix == ".yml" else "input") / path.name)


def tree(root: Path) -> dict[str, tuple[bytes, int]]:
    """Every file of the project: relative path → (content, mtime in ns); not the run lock, which
    every run takes and which holds the pid of the last run (generator/runlock.py)."""
    return {p.relative_to(root).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(root.rglob("*")) if p.is_file() and p.name != LOCK_FILE}


def generator_owned(root: Path) -> tuple[str, ...]:
    """What ``generate`` may change: its folders under docs/, its manifest, its extraction cache."""
    config = load_config(root / "site_config" / "generator.yml")
    docs = config.docs_dir.relative_to(root).as_posix()
    return (*(f"{docs}/{name}/" for name in config.generated_dirs), f"{docs}/.generated.json",
            f"{config.cache_dir.relative_to(root).as_posix()}/")


def outside_generated(root: Path, snapshot: dict[str, tuple[bytes, int]]) -> dict[str, tuple[bytes, int]]:
    owned = generator_owned(root)
    return {path: value for path, value in snapshot.items() if not path.startswith(owned)}


def generate(root: Path) -> subprocess.CompletedProcess:
    env = os.environ | {"PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "generator", "generate"], cwd=root, env=env,
                          capture_output=True, text=True, timeout=300, check=False)


@pytest.mark.parametrize("case", ERROR_CASES)
def test_bad_input_is_one_clean_error_and_nothing_is_touched(previous, tmp_path, case):
    root = copy_project(previous, tmp_path / "project")
    add_case(root, case)
    before = tree(root)
    assert any(path.startswith("docs/articles/") for path in before)

    result = generate(root)

    message = expected(case).format(input=root / "input", content=root / "content")
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr.startswith("Error: "), result.stderr
    assert message in result.stderr.splitlines()[0]
    assert "Traceback" not in result.stderr + result.stdout
    assert tree(root) == before  # previous output byte-identical, nothing else touched


@pytest.mark.parametrize("case", OK_CASES)
def test_hostile_text_is_generated_and_only_generated_folders_change(previous, tmp_path, case):
    root = copy_project(previous, tmp_path / "project")
    add_case(root, case)
    before = tree(root)

    result = generate(root)

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    after = tree(root)
    assert outside_generated(root, after) == outside_generated(root, before)
    articles = lambda snapshot: sum(p.startswith("docs/articles/") for p in snapshot)
    assert articles(after) > articles(before)


def test_a_10_mb_article_is_generated(previous, tmp_path):
    """Generated at all (the subprocess's timeout is the bound); its times are in
    tests/benchmarks/big_article.py, not asserted here."""
    assert expected(HUGE) == "ok"
    root = copy_project(previous, tmp_path / "project")
    (root / "input" / "huge_article.txt").write_text(huge_article(HUGE_BYTES), encoding="utf-8")
    before = tree(root)

    result = generate(root)

    assert result.returncode == 0, result.stderr
    assert outside_generated(root, tree(root)) == outside_generated(root, before)
    assert (root / "docs" / "articles" / "a-very-long-article-about-nothing-in-particular.md").is_file()


def huge_article(size: int) -> str:
    """A raw article of ``size`` bytes: plain paragraphs of common words, deterministic."""
    words = ("the a of and to in that it was for on are as with they at be this from have or by one had not "
             "but what all were when we there can an which their said if do will each about how up out them "
             "then many some so these would other into has more two like time could no make than first been its "
             "who now people made over did down only way find use may water long little very after called just "
             "where most know")
    words = words.split()
    lines = ["A very long article about nothing in particular", "2026-02-01 - 10:00"]
    total, n = 0, 0
    while total < size:
        sentences = []
        for s in range(5):
            count = 6 + (n * 7 + s * 3) % 13
            sentences.append(" ".join(words[(n * 31 + s * 17 + i * 11) % len(words)] for i in range(count)).capitalize() + ".")
        lines.append(" ".join(sentences))
        total += len(lines[-1]) + 1
        n += 1
    return "\n".join(lines) + "\n"


# --- the untrusted-text cases, built once with MkDocs --------------------------------------------

class PageScan(HTMLParser):
    """Live markup on a built page that Material did not put there.

    Problems inside Material's header title (where the theme prints the page's
    front-matter title as is) are kept apart in ``header``, to name the cause.
    """

    RAW_TEXT = ("title", "textarea")  # browsers read their content as text (RCDATA), never as tags

    def __init__(self, material_inline: set[str], page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.material_inline, self.page = material_inline, page
        self.problems: list[str] = []
        self.header: list[str] = []
        self._script: dict | None = None
        self._text: list[str] = []
        self._header_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "div" and (self._header_depth or attributes.get("data-md-component") == "header-topic"):
            self._header_depth += 1
        for name, value in attrs:
            if name.startswith("on"):
                self._problem(f"<{tag} {name}=…>")
            if name in URL_ATTRIBUTES and value and UNSAFE_URL.match(value):
                self._problem(f"<{tag} {name}={value!r}>")
        if tag in EMBEDS:
            self._problem(f"<{tag}>")
        if tag == "script":
            self._script, self._text = attributes, []
        if tag in self.RAW_TEXT:
            self.set_cdata_mode(tag)

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "div" and self._header_depth:
            self._header_depth -= 1
        if tag == "script" and self._script is not None:
            if not self._allowed_script(self._script, "".join(self._text)):
                self._problem(f"<script {self._script}>{''.join(self._text)[:60]}")
            self._script = None

    def _problem(self, text: str) -> None:
        (self.header if self._header_depth else self.problems).append(text)

    def _allowed_script(self, attrs: dict, text: str) -> bool:
        """Material's own (its bundles under assets/, its JSON config, its inline snippets), the search's
        (Pagefind's UI script in pagefind/ and the script that merges the index's bundles, the result template of overrides/partials/pagefind.html, the
        same on every page) or the generator's inert schema.org data."""
        if "src" in attrs:
            src = attrs["src"] or ""
            base = "" if src.startswith("/") else posixpath.dirname(self.page)
            path = posixpath.normpath(posixpath.join(base, src.lstrip("/")))
            return (path.startswith("assets/") or path in PAGEFIND_SCRIPTS) and not text.strip()
        if attrs == {"id": "__config", "type": "application/json"}:
            return True
        if attrs == {"type": "text/pagefind-template"}:
            return normalised(text) in self.material_inline
        if attrs == {"type": "application/ld+json"}:
            return is_inert_json(text)
        return not attrs and normalised(text) in self.material_inline


def is_inert_json(text: str) -> bool:
    """A data block the browser never runs; with no "<" in it, "</script>" cannot end it early."""
    try:
        json.loads(text)
    except ValueError:
        return False
    return "<" not in text


def normalised(script: str) -> str:
    """Material's inline scripts differ between pages only in the site root they compute."""
    return re.sub(r'new URL\("[^"]*",location\)', 'new URL(ROOT,location)', script.strip())


PAGEFIND_SCRIPTS = ("pagefind/pagefind-component-ui.js", "pagefind/merge-bundles.js")  # merge: generator/site.py


def material_inline_scripts(site: Path) -> set[str]:
    """The inline scripts (and the search's result template) on Material's own 404 page, which holds
    no text from any article."""
    page = (site / "404.html").read_text(encoding="utf-8")
    found = re.findall(r'<script(?: type="text/pagefind-template")?>(.*?)</script>', page, flags=re.DOTALL)
    return {normalised(text) for text in found}


def scan_site(site: Path) -> dict[str, PageScan]:
    material_inline = material_inline_scripts(site)
    assert material_inline, "Material's own inline scripts were not found on 404.html"
    scans = {}
    for page in sorted(site.rglob("*.html")):
        relative = page.relative_to(site).as_posix()
        scans[relative] = PageScan(material_inline, relative)
        scans[relative].feed(page.read_text(encoding="utf-8"))
        scans[relative].close()
    return scans


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    """Every ``ok`` case in one project, generated and built with ``mkdocs build --strict`` once."""
    project = create_project(tmp_path_factory.mktemp("hostile") / "project", "two_articles")
    for case in OK_CASES:
        add_case(project.root, case)
    pipeline.generate(project.config)
    mkdocs_build(project.config)
    return project.config.site_dir


def test_ok_cases_do_not_share_a_correction_file():
    """``hostile_site`` puts every ok case in one project: two sources.yml would overwrite each other."""
    names = [p.name for case in OK_CASES if (CASES_DIR / case).is_dir() for p in (CASES_DIR / case).glob("*.yml")]
    assert len(names) == len(set(names))


# The page of tests/bad_inputs/title_breakout.md: its title would close <title> and open a <script> in <head>.
TITLE_BREAKOUT = "articles/title-breakout/index.html"


def test_no_live_markup_from_article_text(hostile_site):
    scans = scan_site(hostile_site)
    assert len(scans) > 10 and TITLE_BREAKOUT in scans
    assert {page: s.problems + s.header for page, s in scans.items() if s.problems or s.header} == {}


def test_a_title_is_text_in_head_and_header(hostile_site):
    """Material prints the front-matter title unescaped into <title> and its header: it must arrive escaped."""
    page = (hostile_site / TITLE_BREAKOUT).read_text(encoding="utf-8")
    title = "</title><script>alert('title')</script> Talks in Muscat"
    head = re.search(r"<title>(.*?)</title>", page, flags=re.DOTALL)
    header = re.search(r'data-md-component="header-topic">\s*<span class="md-ellipsis">(.*?)</span>', page,
                       flags=re.DOTALL)
    assert head and html.unescape(head.group(1)).startswith(title + " - ")
    assert header and html.unescape(header.group(1)).strip() == title


def test_hostile_text_is_shown_literally(hostile_site):
    """Escaping must not eat the text: the reader sees the markup as written."""
    page = (hostile_site / "articles" / "envoys-script-alert-1-script-meet-in-geneva" / "index.html")
    shown = page.read_text(encoding="utf-8")
    assert "Foreign Minister" in shown and "said &lt;script&gt;alert(1)&lt;/script&gt; after talks" in shown
    metacharacters = (hostile_site / "articles" / "foo-bar-baz-qux-x-y" / "index.html").read_text(encoding="utf-8")
    assert "Foo: [bar] {baz} *qux* #x | y" in metacharacters.replace("&#124;", "|")


def test_the_page_scan_finds_live_markup():
    """The safety tests above pass only if the scan would have seen an injection."""
    markup = ('<html><head><title><script>x()</script></title><script src="../../assets/javascripts/b.js"></script>'
              '<script type="application/ld+json">{"a": "\\u003c"}</script></head><body>'
              '<div data-md-component="header-topic"><span><img src=x onerror=alert(1)></span></div>'
              '<p><script>alert(1)</script><img src=x onerror=alert(1)><a href=" JavaScript:alert(1)">x</a>'
              '<iframe src="https://evil.example"></iframe><script src="https://evil.example/x.js"></script>'
              '<script type="application/ld+json">{"a": "</script><script>alert(1)</script>"}</p>'
              '<script src="../../pagefind/pagefind-component-ui.js" defer></script>'
              '<script type="text/pagefind-template"><li>{{ meta.title }}</li></script>'
              '<script src="../../pagefind/other.js"></script>'
              '<script type="text/pagefind-template"><li>{{+ meta.title +}}</li></script></body></html>')
    page = PageScan({normalised('var palette=1'), normalised('<li>{{ meta.title }}</li>')}, "articles/x/index.html")
    page.feed(markup)
    page.close()
    assert page.header == ["<img onerror=…>"]
    assert len(page.problems) == 9, page.problems
    assert not [p for p in page.problems if "assets/javascripts" in p or "\\u003c" in p or "component-ui" in p
                or "{{ meta.title }}" in p]


def test_an_article_longer_than_the_setting_is_an_error_that_says_to_split_it(tmp_path):
    project = create_project(tmp_path / "project")
    settings = project.config_file.read_text(encoding="utf-8").replace("max_article_mb: 16", "max_article_mb: 0.001")
    project.config_file.write_text(settings, encoding="utf-8")
    (project.input / "long.txt").write_text("A long article\n" + "Words go on. " * 200, encoding="utf-8")
    with pytest.raises(InputError, match="split it"):
        read_corpus(load_config(project.config_file))
