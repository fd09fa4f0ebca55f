"""What every page needs: indexes over the story built once, links and citations, excerpts."""
from __future__ import annotations

import hashlib
import io
import pickle
from collections import Counter, defaultdict
from dataclasses import dataclass

from generator import slugs
from generator.enrichment import name_index
from generator.extract.text import split_sentences
from generator.markdown import Markdown, escape, link
from generator.model import Article, Entity, Event, Mention, Quote, SourceRef, Story

EXCERPT_CHARS = 220
HEADLINE_CHARS = 90


@dataclass(frozen=True)
class Site:
    """Indexes built once and shared by every page, so no page scans the whole story."""

    story: Story
    actors: dict[str, Entity]
    venues: dict[str, Entity]
    articles: dict[str, Article]
    mentions_at: dict[SourceRef, list[tuple[Mention, Entity]]]
    quotes_by: dict[str, list[Quote]]
    events_of: dict[str, list[Event]]  # by entity page
    co_mentions: dict[str, Counter]
    by_page: dict[str, Entity]
    entities_in: dict[str, Counter]  # article slug → entity page → mentions
    event_pages: dict[str, str]
    names: dict[str, str]
    backlinks: dict[str, list]
    article_digests: dict[str, str]
    cards: dict[int, tuple[str, str, str, str]]

    @classmethod
    def of(cls, story: Story, event_pages: dict[str, str] | None = None) -> Site:
        """``event_pages``: the chronology page of each event (default: all on the one page)."""
        entities = story.actors + story.venues
        cards = {id(e): (e.slug, e.name, e.kind.value, page_of(e)) for e in entities}
        mentions_at, entities_in = defaultdict(list), defaultdict(Counter)
        for entity in entities:
            for m in entity.mentions:
                mentions_at[m.source].append((m, entity))
                entities_in[m.source.article][cards[id(entity)][3]] += 1
        co_mentions = _co_mentions(mentions_at, cards)
        quotes_by, events_of = defaultdict(list), defaultdict(list)
        for said in story.quotes:
            quotes_by[said.speaker].append(said)
        for event in story.events:
            for page in [*map(slugs.actor_page, event.actors), *map(slugs.venue_page, event.venues)]:
                events_of[page].append(event)
        event_pages = event_pages or {e.slug: "chronology/index.md" for e in story.events}
        backlinks = defaultdict(list)
        for writer_page in story.writer_pages:
            for target in writer_page.links_to:
                backlinks[target].append(writer_page)
        return cls(story, {e.slug: e for e in story.actors}, {e.slug: e for e in story.venues},
                   {a.slug: a for a in story.articles},
                   mentions_at, quotes_by, events_of, co_mentions, {cards[id(e)][3]: e for e in entities},
                   entities_in, event_pages, name_index(entities), backlinks,
                   {a.slug: inputs_digest(a) for a in story.articles}, cards)

    def event_link(self, event: Event, label: str, from_page: str) -> Markdown:
        return link(label, from_page, self.event_pages[event.slug], slugs.event_anchor(event.slug))

    def page_of(self, entity: Entity) -> str:
        return self.cards[id(entity)][3]

    def cite(self, ref: SourceRef, from_page: str) -> Markdown:
        article = self.articles[ref.article]
        return link(f"{article.title}, ¶{ref.paragraph}", from_page, slugs.article_page(ref.article),
                    slugs.paragraph_anchor(ref.paragraph))

    def card(self, entity: Entity) -> tuple[str, str, str, str]:
        """What a link to ``entity`` or a dot for it in a picture shows: part of a page cache key."""
        return self.cards[id(entity)]

    def entity(self, slug: str, actor: bool) -> Entity:
        """An actor and a venue may share a slug (Türkiye acts and is a place): the kind picks one."""
        return self.actors[slug] if actor else self.venues[slug]

    def entity_link(self, slug: str, from_page: str, actor: bool) -> Markdown:
        entity = self.entity(slug, actor)
        return link(entity.name, from_page, self.page_of(entity))


def inputs_digest(*inputs: object) -> str:
    """A digest of model objects (frozen dataclasses, tuples, text): equal inputs, equal digest.

    Pickled without its memo: a normal pickle writes an object seen twice as a back-reference,
    so equal values built differently (loaded from the cache or freshly made) would differ.
    """
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.fast = True  # no memo; the model has no cycles
    pickler.dump(inputs)
    return hashlib.blake2b(buffer.getbuffer(), digest_size=16).hexdigest()


def page_of(entity: Entity) -> str:
    """An actor and a venue may share a slug (a state and its territory); their pages differ."""
    return slugs.actor_page(entity.slug) if entity.is_actor else slugs.venue_page(entity.slug)


def _co_mentions(mentions_at: dict[SourceRef, list[tuple[Mention, Entity]]],
                 cards: dict[int, tuple[str, str, str, str]]) -> dict[str, Counter]:
    """For each entity's page, how often each other entity (by page) is mentioned in the paragraphs
    that mention it.

    One pass over the paragraphs, so a picture of who appears with whom costs the
    same however many paragraphs its busiest members have.
    """
    counts: dict[str, Counter] = defaultdict(Counter)
    for mentioned in mentions_at.values():
        others = Counter(cards[id(entity)][3] for _, entity in mentioned)
        for page in others:
            counts[page].update(others)
    return counts


def month_key(event: Event) -> str | None:
    """"2026-02" for an event in February 2026, "xxxx-02" when the year is unknown, None when undated."""
    if not event.date.known or event.date.month is None:
        return f"{event.date.year}" if event.date.year else None
    year = f"{event.date.year:04d}" if event.date.year else "xxxx"
    return f"{year}-{event.date.month:02d}"


def excerpt(text: str, start: int, end: int) -> Markdown:
    """The sentence holding text[start:end], that span in bold, cut at word boundaries if long."""
    sentence_start, sentence_end = next(((a, b) for a, b in split_sentences(text) if a <= start < b), (0, len(text)))
    left = max(sentence_start, start - EXCERPT_CHARS // 2)
    right = min(sentence_end, end + EXCERPT_CHARS // 2)
    if left > sentence_start:
        left = text.find(" ", left, start) + 1 or start
    if right < sentence_end:
        right = text.rfind(" ", end, right) if text.rfind(" ", end, right) > 0 else right
    return Markdown(("…" if left > sentence_start else "") + escape(text[left:start]) + "**" + escape(text[start:end])
                    + "**" + escape(text[end:right].rstrip()) + ("…" if right < sentence_end else ""))


def headline(summary: str) -> str:
    """A summary short enough for a heading or a list, cut at a word."""
    if len(summary) <= HEADLINE_CHARS:
        return summary.rstrip(".")
    return summary[:HEADLINE_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "…"
