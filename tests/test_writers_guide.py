"""The writers' guide (docs/writers.md) documents every writer file with a complete example: each
example is read by the generator's own loader, and uses every key that loader knows."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from conftest import REPO

from generator import corrections, enrichment, registry, sources

GUIDE = REPO / "docs" / "writers.md"


def example_after(heading: str, language: str) -> str:
    """The first ```language block after ``heading`` in the guide."""
    text = GUIDE.read_text(encoding="utf-8")
    assert heading in text, f"the guide has no section {heading!r}"
    found = re.search(rf"```{language}\n(.*?)```", text[text.index(heading):], re.S)
    assert found, f"no {language} example under {heading!r}"
    return found.group(1)


def keys_of(entries) -> set[str]:
    return {key for entry in entries for key in entry}


@pytest.mark.parametrize("heading, load, file_name, entries, known", [
    ("### `content/sources.yml`", sources.load_sources, "sources.yml", lambda data: data.values(), set(sources.KEYS)),
    ("### `content/entities.yml`", registry.load_registry, "entities.yml", lambda data: data["entities"],
     registry.KEYS),
    ("### `content/events.yml`", corrections.load_corrections, "events.yml", lambda data: data["events"],
     corrections.KEYS),
], ids=["sources", "entities", "events"])
def test_each_yaml_file_has_a_complete_example_that_loads(tmp_path, heading, load, file_name, entries, known):
    example = example_after(heading, "yaml")
    path = tmp_path / file_name
    path.write_text(example, encoding="utf-8")
    assert load(path), "the example loads and has entries"
    assert keys_of(entries(yaml.safe_load(example))) >= known, "every key is shown"


def test_the_enrichment_examples_load_and_show_every_key(tmp_path):
    text = GUIDE.read_text(encoding="utf-8")
    section = text[text.index("## Enrich an actor or venue page"):]
    actor, venue = re.findall(r"```markdown\n(.*?)```", section, re.S)[:2]
    for folder, example in (("actors", actor), ("venues", venue)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "example.md").write_text(example, encoding="utf-8")
    found = enrichment.load_enrichments(tmp_path)
    assert found[("venues", "example")].coordinates == (39.93, 32.86)
    shown = keys_of(yaml.safe_load(example.split("---")[1]) for example in (actor, venue))
    assert shown >= enrichment.KEYS


def test_the_guide_shows_how_to_add_a_page_to_the_menu():
    example = yaml.load(example_after("## Add a page to the menu", "yaml"), Loader=yaml.BaseLoader)
    menu = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)["nav"]
    assert [entry for entry in example["nav"] if "background.md" not in entry.values()] == menu, (
        "the example is the real menu plus one page")


def test_no_writers_page_points_outside_the_repository():
    for page in sorted(Path(REPO / "docs").glob("*.md")):
        assert "../" + "shared" not in page.read_text(encoding="utf-8"), page
