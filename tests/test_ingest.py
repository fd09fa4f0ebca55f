"""Stage 1, ingest: both seed shapes, Markdown articles, sources.yml corrections, unreadable files."""
from __future__ import annotations

import datetime as dt
import string
from pathlib import Path

import pytest
from conftest import FIXTURES, REPO, create_project
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.config import load_config
from generator.errors import InputError
from generator.ingest import read_article, read_corpus
from generator.model import Article
from generator.yamlio import front_matter_block, parse_front_matter

SEED_000 = REPO / "seeds" / "000_affccbf800d1ea4f.txt"
SEED_003 = REPO / "seeds" / "003_4dd9cd740fc03870.txt"
COMMENT_POLICY = "Comments you share on our site are a valuable resource for other users."


@pytest.fixture
def project(make_project):
    return make_project()


def headings(article: Article) -> list[str]:
    return [b.text for b in article.blocks if b.kind == "heading"]


def kinds(article: Article) -> str:
    return "".join("h" if b.kind == "heading" else "p" for b in article.blocks)


def block_words(article: Article) -> list[str]:
    return [w for b in article.blocks for w in b.text.split()]


def source_words_without(path: Path, dropped_lines: list[str]) -> list[str]:
    """The file's words, in order, leaving out whole lines that start with one of ``dropped_lines``."""
    lines = path.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if not any(line.strip().startswith(d) for d in dropped_lines)]
    return " ".join(kept).split()


# --- the two seed shapes ------------------------------------------------------


def test_seed_000_line_headings_and_no_date(project):
    article = read_article(SEED_000, project.config)
    assert article.title == "Amid war threats, diplomacy edges forward in US-Iran tensions"
    assert article.date is None
    assert article.body_format == "text"
    assert headings(article) == [
        "Mixed signals from Washington and Tehran",
        "Türkiye emerges as a potential host for critical talks",
        "The shadow of military preparations and strategic maneuvers",
    ]
    assert kinds(article) == "pphphphp"
    assert [p.number for p in article.paragraphs] == [1, 2, 3, 4, 5]


def test_seed_003_glued_headings_and_date_line(project):
    article = read_article(SEED_003, project.config)
    assert article.title == "Trump signals openness to Iran diplomacy despite military pressure campaign"
    assert article.date == dt.date(2026, 2, 1)
    assert headings(article) == [
        "A dual-track strategy of pressure and outreach",
        "Active regional diplomacy led by key mediators",
        "Iran's conditional stance and regional warnings",
    ]
    assert kinds(article) == "phphphp"
    assert [p.number for p in article.paragraphs] == [1, 2, 3, 4]
    assert article.paragraph(2).text.startswith("The current US approach appears")
    assert article.paragraph(1).text.endswith("a massive naval force is heading toward Iran.")


@pytest.mark.parametrize("seed, dropped", [
    (SEED_000, ["Advertisement", COMMENT_POLICY]),
    (SEED_003, ["2026-02-01 - 21:55"]),
], ids=["000", "003"])
def test_seed_words_are_preserved_in_order(project, seed, dropped):
    article = read_article(seed, project.config)
    assert article.title.split() + block_words(article) == source_words_without(seed, dropped)


def test_seed_boilerplate_is_dropped(project):
    article = read_article(SEED_000, project.config)
    texts = [b.text for b in article.blocks]
    assert not any("Advertisement" in t for t in texts)
    assert not any(COMMENT_POLICY in t for t in texts)
    assert article.paragraph(5).text.endswith("a position of mutual, armed caution.")


def test_corpus_of_the_real_seeds_is_sorted_by_slug(make_project):
    project = make_project(REPO / "seeds")
    articles = read_corpus(project.config)
    assert [a.slug for a in articles] == [
        "amid-war-threats-diplomacy-edges-forward-in-us-iran-tensions",
        "trump-signals-openness-to-iran-diplomacy-despite-military-pressure-campaign",
    ]
    assert [a.source_path for a in articles] == ["input/000_affccbf800d1ea4f.txt", "input/003_4dd9cd740fc03870.txt"]


# --- Markdown articles --------------------------------------------------------


def test_markdown_article_front_matter_and_headings(project):
    article = read_article(FIXTURES / "two_articles" / "2026-02-03-envoys-meet-in-ankara.md", project.config)
    assert (article.slug, article.title, article.date) == (
        "2026-02-03-envoys-meet-in-ankara", "Envoys meet in Ankara: what we know", dt.date(2026, 2, 3))
    assert (article.publisher, article.url, article.tags) == (
        "Example Wire", "https://example.org/2026/02/03/envoys-ankara", ("diplomacy", "turkiye"))
    assert article.body_format == "markdown"
    assert headings(article) == ["Who was there", "What comes next"]
    # "## Who was there" has its paragraph on the very next line: still a heading of its own.
    assert [(b.kind, b.number, b.text[:30]) for b in article.blocks] == [
        ("paragraph", 1, "Envoys from Washington and Teh"),
        ("heading", None, "Who was there"),
        ("paragraph", 2, "The delegations were led by se"),
        ("paragraph", 3, "Qatar and Egypt sent observers"),
        ("heading", None, "What comes next"),
        ("paragraph", 4, "Both sides said they would mee"),
    ]


def test_markdown_slug_from_front_matter(project, tmp_path):
    path = tmp_path / "draft.md"
    path.write_text("---\ntitle: Talks\nslug: talks-in-ankara\n---\n\nText.\n", encoding="utf-8")
    assert read_article(path, project.config).slug == "talks-in-ankara"


def test_markdown_date_with_time_keeps_the_day(project, tmp_path):
    path = tmp_path / "timed.md"
    path.write_text("---\ntitle: Talks\ndate: 2026-02-03 10:30:00\n---\n\nText.\n", encoding="utf-8")
    assert read_article(path, project.config).date == dt.date(2026, 2, 3)


@pytest.mark.parametrize("body, expected", [
    ("OSLO, Aug 10 (Reuters) - Kenya's envoys met on Thursday.\nThey last met in November 2020.", dt.date(2023, 8, 10)),
    ("NAIROBI, 24 June (AFP) - Norway's envoy left on Saturday.\nTalks began in 2014; a vote will follow in 2030.",
     dt.date(2017, 6, 24)),
    ("OSLO, Aug 10 (Reuters) - Kenya's envoys met. They last met in 2020.", None),
    ("OSLO, Aug 10 (Reuters) - Kenya's envoys met on Thursday.", None),
    ("OSLO (Reuters) - Kenya's envoys met on Thursday in 2020.", None),
    ("Kenya's envoys met on Thursday, Aug 10, as in 2020.", None),
    ("OSLO, Aug 10 (Reuters) - Kenya's envoys met on Thursday (2030 GMT), as in 2020.", dt.date(2023, 8, 10)),
    ("NAIROBI, 24 June (AFP) - Norway's envoy left on Saturday.\nTalks began in 2014. Okafor, whose second term "
     "ends in 2030, cannot stand again.", dt.date(2017, 6, 24)),
    ("NAIROBI, 24 June (AFP) - Norway's envoy left on Saturday.\nTalks began in 2014. Kenya repeated its intention "
     "to buy $40 billion of Norwegian gas through 2028.", dt.date(2017, 6, 24)),
    ("NAIROBI, 24 June (AFP) - Jan Okafor won the runoff on Saturday.\nOkafor lost in 2014. He told migrants to leave "
     "before he takes office on March 11, 2018.", dt.date(2017, 6, 24)),
], ids=["weekday-and-latest-year", "a-year-ahead-is-passed-over", "no-weekday", "no-year", "no-day", "no-dateline",
        "a-clock-time-is-no-year", "a-term-ending-in-a-year-is-a-year-ahead", "an-intention-through-a-year-is-ahead",
        "the-day-someone-takes-office-is-ahead"])
def test_wire_copy_without_a_date_line_is_dated_by_its_dateline(tmp_path, project, body, expected):
    path = tmp_path / "wire.txt"
    path.write_text(f"Envoys meet\n\n{body}\n", encoding="utf-8")
    assert read_article(path, project.config).date == expected


STORY = ("Lena Okafor met Jan Kowalski in Varnecka. Okafor and Kowalski spoke of the Brenner Plan, "
         "the Varnecka Accord and the Tamsin Corridor, and of their deputies Aurel Dunmore and Petra Halloway.")


@pytest.mark.parametrize("wire, expected", [
    ("OSLO, Feb 27 (Reuters) - On Wednesday, as in 1964: " + STORY, dt.date(2019, 2, 27)),
    ("OSLO, Feb 27 (Reuters) - " + STORY, dt.date(2019, 2, 27)),
    ("OSLO, Mar 2 (Reuters) - On Saturday: " + STORY, dt.date(2019, 3, 2)),
    ("OSLO, Feb 27 (Reuters) - On Monday, as in 1964: Kenya and Norway met.", dt.date(1967, 2, 27)),
    ("OSLO, Feb 27 (Reuters) - On Wednesday, as in 1964: Kenya and Norway met.", dt.date(1964, 2, 27)),
    ("OSLO, Feb 27 (Reuters) - Okafor will fly out on Thursday, Oslo said on Wednesday. " + STORY,
     dt.date(2019, 2, 27)),
    ("OSLO, Feb 25 (Reuters) - The ferry that sank last Tuesday was raised. " + STORY, dt.date(2019, 2, 25)),
], ids=["weekday-near-the-story", "no-weekday-nearest-day", "after-the-story", "another-story-first-year-after",
        "another-story-filed-the-day-after",
        "the-weekday-told-in-the-past-not-the-plan's", "last-week's-weekday-is-not-the-news's"])
def test_wire_copy_without_a_date_line_takes_its_year_from_the_article_most_like_it(tmp_path, project, wire,
                                                                                     expected):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a-dated.txt").write_text(f"Talks open\n2019-02-28 - 10:00\n{STORY}\n", encoding="utf-8")
    (folder / "b-other.txt").write_text("Other news\n2024-06-01 - 10:00\nKenya and Norway met on Friday.\n",
                                        encoding="utf-8")
    (folder / "c-wire.txt").write_text(f"Envoys meet\n\n{wire}\n", encoding="utf-8")
    articles = read_corpus(project.config.with_inputs([folder]))
    assert {article.title: article.date for article in articles}["Envoys meet"] == expected


@pytest.mark.parametrize("story_days, wire, expected", [
    (["2024-05-16"], "May 20 (Reuters) - On Sunday:", dt.date(2024, 5, 20)),  # a Monday; Sunday in 2018 and 2029
    (["2021-08-16", "2021-08-31"], "Aug 27 (Reuters) - On Thursday:", dt.date(2021, 8, 27)),  # Thursday in 2020
    (["2019-03-01", "2018-04-20"], "Apr 26 (Reuters) - On Thursday:", dt.date(2018, 4, 26)),  # Friday in 2019
], ids=["the-day-after-a-sunday", "the-day-after-a-thursday", "two-stories-as-alike-the-weekday-tells"])
def test_wire_copy_filed_the_day_after_its_news_keeps_its_story_s_year(tmp_path, project, story_days, wire,
                                                                       expected):
    folder = tmp_path / "articles"
    folder.mkdir()
    for number, day in enumerate(story_days):
        (folder / f"a{number}-dated.txt").write_text(f"Talks open\n{day} - 10:00\n{STORY}\n", encoding="utf-8")
    (folder / "c-wire.txt").write_text(f"Envoys meet\n\nOSLO, {wire} {STORY}\n", encoding="utf-8")
    articles = read_corpus(project.config.with_inputs([folder]))
    assert {article.title: article.date for article in articles}["Envoys meet"] == expected


def test_a_date_line_beats_the_dateline(tmp_path, project):
    path = tmp_path / "wire.txt"
    path.write_text("Envoys meet\n2024-01-05 - 10:00\nOSLO, Aug 10 (Reuters) - Kenya met on Thursday in 2020.\n",
                    encoding="utf-8")
    assert read_article(path, project.config).date == dt.date(2024, 1, 5)


titles = st.text(alphabet=string.ascii_letters + string.digits + " :'\"#-,.!?&*[]{}|>%@", min_size=1,
                 max_size=60).filter(lambda t: t.strip() and t == t.strip())
tag_lists = st.lists(st.text(alphabet=string.ascii_lowercase + "-", min_size=1, max_size=12), max_size=4)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=titles, tags=tag_lists, date=st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)))
def test_front_matter_round_trip(tmp_path, project, title, tags, date):
    """Whatever the generator writes as front matter, ingest reads back unchanged."""
    meta = {"title": title, "tags": tags} | ({"date": date} if date else {})
    text = front_matter_block(meta) + "\nBody.\n"
    assert parse_front_matter(text, Path("x.md"))[0] == meta
    path = tmp_path / "round-trip.md"
    path.write_text(text, encoding="utf-8")
    article = read_article(path, project.config)
    assert (article.title, article.tags, article.date) == (title, tuple(tags), date)


body_words = st.sampled_from(["the", "talks", "Iran", "Ankara", "said", "officials", "resume", "in", "The", "This", "A", "of", "war,", "talks.", "pressure", "and", "outreach", "Qatar", "warned;", "“very", "harsh”", "2026"])
body_lines = st.lists(body_words, min_size=1, max_size=30).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=body_lines, lines=st.lists(body_lines, max_size=8), blank=st.sampled_from(["", "\n", "\r\n"]))
def test_raw_article_keeps_title_and_words(tmp_path, project, title, lines, blank):
    path = tmp_path / "raw.txt"
    newline = "\r\n" if blank == "\r\n" else "\n"
    path.write_text(newline.join([title, blank, *lines]), encoding="utf-8", newline="")
    article = read_article(path, project.config)
    assert article.title == title
    assert block_words(article) == " ".join(lines).split()
    assert [p.number for p in article.paragraphs] == list(range(1, len(article.paragraphs) + 1))


# --- content/sources.yml ------------------------------------------------------


def test_sources_yml_dates_an_undated_article(make_project):
    project = make_project("sources_correction")
    first, _ = read_corpus(project.config)
    assert first.source_path == "input/001_undated.txt"
    assert (first.date, first.publisher, first.url, first.tags) == (
        dt.date(2026, 2, 5), "Example Wire", "https://example.org/2026/02/05/mediators", ("diplomacy", "ankara"))
    assert first.title == "Mediators prepare for talks in Ankara"  # not corrected: kept from the file


def test_undated_article_stays_undated(make_project):
    project = make_project("sources_correction")
    second = read_corpus(project.config)[1]
    assert second.source_path == "input/002_still_undated.txt"
    assert (second.date, second.publisher, second.url, second.tags) == (None, None, None, ())


def test_sources_yml_slug_renames_the_page(make_project, tmp_path):
    sources = tmp_path / "sources.yml"
    sources.write_text("001_undated.txt:\n  slug: mediators-in-ankara\n", encoding="utf-8")
    project = make_project("sources_correction", sources=sources)
    assert read_corpus(project.config)[0].slug == "mediators-in-ankara"


def test_sources_yml_date_with_time_keeps_the_day(make_project, tmp_path):
    sources = tmp_path / "sources.yml"
    sources.write_text("001_undated.txt:\n  date: 2026-02-05 08:15:00\n", encoding="utf-8")
    project = make_project("sources_correction", sources=sources)
    assert read_corpus(project.config)[0].date == dt.date(2026, 2, 5)


BAD_SOURCES = [
    # case, what the message must name (besides the file)
    ("entry_not_mapping", ["entry '001_undated.txt'", "expected a mapping of corrections"]),
    ("unknown_key", ["entry '001_undated.txt'", "unknown key 'publisher'", "expected one of title, date"]),
    ("date_not_a_date", ["entry '001_undated.txt'", "key 'date'", "expected a date such as 2026-02-01",
                         "'next week'"]),
    ("impossible_date", ["entry '001_undated.txt'", "key 'date'", "expected a date", "'2026-02-30'"]),
    ("url_javascript", ["entry '001_undated.txt'", "key 'url'", "expected an http(s) address"]),
    ("slug_path", ["entry '001_undated.txt'", "key 'slug'", "expected lower-case words joined by hyphens"]),
    ("tags_not_list", ["entry '001_undated.txt'", "key 'tags'", "expected a list of words", "'diplomacy'"]),
    ("title_not_text", ["entry '001_undated.txt'", "key 'title'", "expected text"]),
    ("top_level_list", [":1:", "expected a mapping at the top level, got list"]),
    ("malformed_yaml", [":4:", "not valid YAML"]),
]


@pytest.mark.parametrize("case, expected", BAD_SOURCES, ids=[c for c, _ in BAD_SOURCES])
def test_bad_sources_entry_names_file_and_key(make_project, case, expected):
    project = make_project("sources_correction", sources=FIXTURES / "bad_sources" / f"{case}.yml")
    with pytest.raises(InputError) as caught:
        read_corpus(project.config)
    message = str(caught.value)
    assert message.startswith(str(project.config.sources_file))
    for part in expected:
        assert part in message


# --- files that cannot be read ------------------------------------------------

BAD_FILES = [
    ("not_utf8.txt", 3, "not UTF-8 text (byte 0xe9); save the file as UTF-8"),
    ("binary.txt", None, "this is a binary file, not a text article"),
    ("empty.txt", None, "the article is empty: expected a title on the first line"),
    ("empty.md", 1, "expected front matter: a first line '---', YAML with at least 'title:', then '---'"),
    ("no_front_matter.md", 1, "expected front matter: a first line '---', YAML with at least 'title:', then '---'"),
]


@pytest.mark.parametrize("name, line, message", BAD_FILES, ids=[n for n, _, _ in BAD_FILES])
def test_unreadable_file_is_a_clean_error(project, name, line, message):
    path = FIXTURES / "bad_files" / name
    with pytest.raises(InputError) as caught:
        read_article(path, project.config)
    where = f"{path}:{line}" if line else str(path)
    assert str(caught.value) == f"{where}: {message}"
    assert (caught.value.path, caught.value.line) == (str(path), line)


def test_chosen_page_names_alike_name_both_files(make_project):
    project = make_project("duplicate_slugs")
    (project.input / "talks-resume-in-geneva.md").write_text(
        "---\ntitle: Other talks\nslug: talks\n---\n\nIran met Oman.\n", encoding="utf-8")
    (project.input / "other.md").write_text("---\ntitle: Talks\nslug: talks\n---\n\nIran met Oman.\n",
                                            encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_corpus(project.config)
    message = str(caught.value)
    assert "input/other.md" in message and "input/talks-resume-in-geneva.md" in message
    assert "'talks'" in message


def test_missing_input_folder(project):
    config = project.config.with_inputs([project.root / "nowhere"])
    with pytest.raises(InputError, match="nowhere: input folder not found"):
        read_corpus(config)


def test_other_files_in_an_input_folder_are_ignored(make_project):
    project = make_project("two_articles")
    (project.input / "notes.docx").write_bytes(b"\x00\x01")
    (project.input / "README").write_text("not an article", encoding="utf-8")
    assert len(read_corpus(project.config)) == 2


def test_projects_live_in_tmp_path(tmp_path):
    """The fixture copies; it never points a project at the real docs/."""
    project = create_project(tmp_path / "p", REPO / "seeds")
    assert project.docs == (tmp_path / "p" / "docs").resolve()
    assert REPO not in project.docs.parents


@pytest.mark.parametrize("line, expected", [
    ("2026-02-01 - 21:55", dt.date(2026, 2, 1)),
    ("2026-02-01 – 21:55", dt.date(2026, 2, 1)),
    ("February 1, 2026", dt.date(2026, 2, 1)),
    ("1 February 2026", dt.date(2026, 2, 1)),
    ("Feb. 1, 2026 - 21:55", dt.date(2026, 2, 1)),
    ("Sept 3, 2026 at 10:00 AM GMT", dt.date(2026, 9, 3)),
    ("February 30, 2026", None),
    ("Talks resume in Geneva in 2026", None),
])
def test_date_line_shapes(tmp_path, line, expected):
    path = tmp_path / "article.txt"
    path.write_text(f"A title\n{line}\nThe first paragraph, long enough to be one.\n", encoding="utf-8")
    config = load_config(REPO / "site_config" / "generator.yml")
    article = read_article(path, config)
    assert article.date == expected
    assert len(article.paragraphs) == (1 if expected else 2)


def test_unicode_line_separators_and_control_characters_are_normalised(tmp_path):
    """Found by Hypothesis: U+0085 inside a name broke the YAML round trip of its page's front matter."""
    path = tmp_path / "article.txt"
    path.write_text("Talks in B\x85Geneva\nFirst\u2028second paragraph.\x07\n", encoding="utf-8")
    article = read_article(path, load_config(REPO / "site_config" / "generator.yml"))
    assert article.title == "Talks in B"
    texts = [b.text for b in article.blocks]
    assert texts == ["Geneva", "First", "second paragraph."]


def test_bylines_and_credit_lines_are_boilerplate(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Talks resume in Nairobi\n2026-04-02 - 07:30\nBy Amina Yusuf and Tom Reid\n"
                    "Envoys met in Nairobi on Wednesday, officials said.\nPhoto: Delegates arrive. REUTERS/X Y\n"
                    "Reporting by Amina Yusuf; Editing by Peter Graff\n", encoding="utf-8")
    article = read_article(path, load_config(REPO / "site_config" / "generator.yml"))
    assert [b.text for b in article.blocks] == ["Envoys met in Nairobi on Wednesday, officials said."]


def test_a_yaml_escape_of_half_a_surrogate_pair_is_a_clean_error(tmp_path):
    """Found by Hypothesis: "\\ud800" in front matter crashed the page's YAML dump with a traceback."""
    path = tmp_path / "article.md"
    path.write_text('---\ntitle: "Talks \\ud800 resume"\n---\nBody text.\n', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_article(path, load_config(REPO / "site_config" / "generator.yml"))
    assert "article.md:2: contains '\\ud800', which is not a character" in str(caught.value)
