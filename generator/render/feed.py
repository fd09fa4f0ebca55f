"""An Atom feed of the articles, newest first (``articles/feed.xml``), built with ElementTree."""
from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

from generator.model import Story

ATOM = "http://www.w3.org/2005/Atom"
FEED_PAGE = "articles/feed.xml"
FEED_SIZE = 50


def site_url(mkdocs_file: Path) -> str:
    """``site_url`` from mkdocs.yml, honouring MkDocs' ``!ENV [NAME, default]`` tag."""
    class Loader(yaml.SafeLoader):
        pass

    def env(loader: yaml.SafeLoader, node: yaml.Node) -> str | None:
        names = loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else [loader.construct_scalar(node)]
        *variables, default = names if len(names) > 1 else (*names, None)
        return next((os.environ[v] for v in variables if v in os.environ), default)

    Loader.add_constructor("!ENV", env)
    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    data = yaml.load(mkdocs_file.read_text(encoding="utf-8"), Loader=Loader) or {}
    url = str(data.get("site_url") or "http://127.0.0.1:8000/")
    return url if url.endswith("/") else url + "/"


def atom_feed(story: Story, base_url: str, title: str) -> str:
    """Dated articles only: an entry needs a date, and an undated article is never given one."""
    dated = sorted((a for a in story.articles if a.date), key=lambda a: (a.date, a.slug), reverse=True)[:FEED_SIZE]
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _text(feed, "title", title)
    _text(feed, "id", base_url)
    _text(feed, "updated", f"{dated[0].date.isoformat()}T00:00:00Z" if dated else "1970-01-01T00:00:00Z")
    ET.SubElement(feed, f"{{{ATOM}}}link", href=base_url + FEED_PAGE, rel="self")
    for article in dated:
        url = f"{base_url}articles/{article.slug}/"
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _text(entry, "title", article.title)
        _text(entry, "id", url)
        ET.SubElement(entry, f"{{{ATOM}}}link", href=url)
        _text(entry, "updated", f"{article.date.isoformat()}T00:00:00Z")
        author = ET.SubElement(entry, f"{{{ATOM}}}author")
        _text(author, "name", article.publisher or "Unknown publication")
        if article.paragraphs:
            _text(entry, "summary", article.paragraphs[0].text)
    ET.indent(feed)
    return ET.tostring(feed, encoding="unicode", xml_declaration=True) + "\n"


# What XML 1.0 cannot carry (control characters, surrogates, U+FFFE and U+FFFF); ElementTree writes it
# anyway, and the feed is then not well-formed. Ingest removes these from articles; this is the last guard.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _text(parent: ET.Element, tag: str, value: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{tag}").text = _clean(value)


def _clean(text: str) -> str:
    return NOT_XML.sub("", text)
