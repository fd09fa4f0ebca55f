"""Measure the extraction against hand-made gold annotations (``python -m generator evaluate``).

A newsroom annotates a few of its own articles (one YAML file per article, format in
``tests/eval/README.md``) and measures how well actors, venues, dated events and quotes are found.
The measures and the matching rules are those of the evaluation the project is judged by:

- names are compared folded (case, accents, curly quotes, a trailing ``'s``, punctuation and a
  leading "the" ignored); a predicted entity matches a gold one by name or alias; a second
  predicted entity for the same gold one is a false positive (a split);
- an event is found when a predicted event sourced in the same article shares two of its
  participants (or its only one); pairs are taken best first: participants, then summary words,
  then a matching date. Its date is right when it agrees to the gold precision;
- a quote is found when its text holds the gold text (or the reverse, when at least half as long);
  it is attributed right when its speaker is the gold speaker (for ``unnamed official``: no person).
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import InputError
from generator.yamlio import load_yaml_file

UNNAMED = "unnamed official"
STOPWORDS = frozenset("""the a an of to in on at for and or but with by from that this as is was were be been
has have had will would said says say told after before over into its their his her they he she it which who
not also about than then there when while during since more most new first last""".split())


def fold(text: str | None) -> str:
    """Fold case, accents, quotes, possessives and punctuation, as names are compared."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").lower()
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


@dataclass
class GoldEntity:
    name: str
    kind: str
    keys: set[str]
    optional: bool


@dataclass
class EntityScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    kind_ok: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    split: list[str] = field(default_factory=list)
    wrong_kind: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EventScore:
    found: int = 0
    total: int = 0
    dated_ok: int = 0
    dated_total: int = 0
    dated_found: int = 0
    missed: list[str] = field(default_factory=list)
    wrong_dates: list[str] = field(default_factory=list)


@dataclass
class QuoteScore:
    found: int = 0
    total: int = 0
    attributed: int = 0
    missed: list[str] = field(default_factory=list)
    misattributed: list[str] = field(default_factory=list)


@dataclass
class Evaluation:
    actors: EntityScore
    venues: EntityScore
    events: EventScore
    quotes: QuoteScore

    @property
    def measures(self) -> dict[str, float]:
        """The six headline measures, each between 0 and 1."""
        e, q = self.events, self.quotes
        return {
            "actors_f1": self.actors.f1,
            "venues_f1": self.venues.f1,
            "events_found": e.found / e.total if e.total else 0.0,
            "dated_right": e.dated_ok / e.dated_total if e.dated_total else 1.0,
            "quotes_found": q.found / q.total if q.total else 0.0,
            "attributed": q.attributed / q.found if q.found else 0.0,
        }

    def summary(self) -> str:
        m = self.measures
        return (f"actors F1={m['actors_f1']:.2f} venues F1={m['venues_f1']:.2f} events R={m['events_found']:.2f} "
                f"dates={m['dated_right']:.2f} quotes R={m['quotes_found']:.2f} attribution={m['attributed']:.2f}")


def load_gold(folder: Path) -> list[dict[str, Any]]:
    """Every ``*.yml`` gold file of ``folder``, checked enough that scoring cannot fail on it."""
    files = sorted(folder.glob("*.yml")) + sorted(folder.glob("*.yaml"))
    if not files:
        raise InputError(folder, "expected gold annotation files (*.yml) in this folder, found none")
    docs = []
    for path in files:
        doc = load_yaml_file(path)
        _check_gold(doc, path)
        docs.append(doc | {"_file": path.name})
    return docs


def _check_gold(doc: dict, path: Path) -> None:
    article = doc.get("article")
    if not isinstance(article, dict) or not isinstance(article.get("title"), str):
        raise InputError(path, "expected 'article:' with the article's 'title:'")
    for section in ("actors", "venues", "other_named", "events", "quotes"):
        items = doc.get(section) or []
        if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
            raise InputError(path, f"expected '{section}:' to be a list of mappings")
        required = {"events": (), "quotes": ("text", "speaker")}.get(section, ("name",))
        for item in items:
            missing = [key for key in required if not item.get(key)]
            if missing:
                raise InputError(path, f"an entry of '{section}:' has no '{missing[0]}:' ({item!s:.60})")


def merge_gold(docs: list[dict], section: str) -> list[GoldEntity]:
    """One gold entity per folded name across all files; other_named things are optional everywhere."""
    merged: dict[str, GoldEntity] = {}
    for doc in docs:
        extra = [item | {"optional": True} for item in doc.get("other_named") or []]
        for item in (doc.get(section) or []) + extra:
            key = fold(item["name"])
            keys = {key} | {fold(a) for a in item.get("aliases") or []}
            optional = bool(item.get("optional", False))
            if key in merged:
                merged[key].keys |= keys
                merged[key].optional = merged[key].optional and optional
            else:
                merged[key] = GoldEntity(item["name"], _kind(item.get("kind")), keys, optional)
    return list(merged.values())


def _kind(value: str | None) -> str:
    value = (value or "").strip().lower()
    return {"organization": "organisation", "org": "organisation"}.get(value, value)


def match_entities(predicted: list[dict], gold: list[GoldEntity]) -> tuple[EntityScore, dict[str, GoldEntity]]:
    """Match predicted entities to gold ones; a second match of one gold entity is a split."""
    score = EntityScore()
    taken: set[str] = set()
    by_id: dict[str, GoldEntity] = {}
    for entity in predicted:
        name = fold(entity.get("name"))
        keys = {name} | {fold(a) for a in entity.get("aliases") or []}
        hit = next((g for g in gold if name in g.keys), None) or next((g for g in gold if fold(g.name) in keys), None)
        if hit is None:
            score.fp += 1
            score.extra.append(entity.get("name", "?"))
            continue
        by_id[entity.get("id", entity.get("name"))] = hit
        if hit.optional:
            continue
        if hit.name in taken:
            score.fp += 1
            score.split.append(f"{entity.get('name')} (again {hit.name})")
            continue
        taken.add(hit.name)
        score.tp += 1
        if _kind(entity.get("kind")) == hit.kind:
            score.kind_ok += 1
        else:
            score.wrong_kind.append(f"{entity.get('name')}: {entity.get('kind')} (gold {hit.kind})")
    for g in gold:
        if not g.optional and g.name not in taken:
            score.fn += 1
            score.missed.append(g.name)
    return score, by_id


def checkable(gold_event: dict) -> bool:
    """A gold date that needs knowledge from outside the article is not checked."""
    return bool(gold_event.get("date") or gold_event.get("month_day")) and gold_event.get("date_basis") != "external"


def date_ok(predicted: str | None, gold_event: dict, article_dated: bool = True) -> bool:
    """The predicted ISO date agrees with the gold one to the gold precision."""
    if not predicted:
        return False
    precision = gold_event.get("precision", "day")
    if gold_event.get("date"):
        gold = str(gold_event["date"])
        if not article_dated and not predicted[:4].isdigit():
            predicted = gold[:4] + predicted[4:]
        if precision == "day":
            return predicted[:10] == gold[:10]
        if precision in ("week", "month-part"):
            try:
                days = abs((dt.date.fromisoformat(predicted[:10]) - dt.date.fromisoformat(gold[:10])).days)
            except ValueError:
                return False
            return days <= (4 if precision == "week" else 6)
        if precision == "month":
            return predicted[:7] == gold[:7]
        return predicted[:4] == gold[:4]
    return predicted[5:7] == str(gold_event["month_day"])[:2]


def content_words(text: str | None) -> set[str]:
    """Content words of a summary, cut to six letters so 'talks'/'talked' meet."""
    return {w[:6] for w in fold(text).split() if w not in STOPWORDS and len(w) > 2}


def score_events(export: dict, docs: list[dict], actor_map: dict, venue_map: dict) -> EventScore:
    """Pair gold and predicted events of the same article, best pairs first (see the module docstring)."""
    articles = {fold(a.get("title")): a.get("id") for a in export["articles"]}
    score = EventScore()
    for doc in docs:
        article = articles.get(fold(doc["article"]["title"]))
        article_dated = bool(doc["article"].get("date"))
        candidates = [e for e in export["events"] if any(s.get("article") == article for s in e.get("sources") or [])]
        golds = doc.get("events") or []
        match = _pair_events(golds, candidates, actor_map, venue_map, article_dated)
        for index, gold in enumerate(golds):
            score.total += 1
            dated = checkable(gold)
            score.dated_total += dated
            if index not in match:
                score.missed.append(f"{doc['_file']}: {gold.get('summary')}")
                continue
            score.found += 1
            predicted = candidates[match[index]]
            if not dated:
                continue
            score.dated_found += 1
            if date_ok(predicted.get("date"), gold, article_dated):
                score.dated_ok += 1
            else:
                score.wrong_dates.append(
                    f"{doc['_file']}: {gold.get('summary')} — gold {gold.get('date') or gold.get('month_day')}"
                    f" ({gold.get('precision', 'day')}), got {predicted.get('date')} ({predicted.get('precision')})")
    return score


def _pair_events(golds: list[dict], candidates: list[dict], actor_map: dict, venue_map: dict,
                 article_dated: bool) -> dict[int, int]:
    pairs = []
    for gi, gold in enumerate(golds):
        parts = {fold(a) for a in gold.get("actors") or []} | ({fold(gold["venue"])} if gold.get("venue") else set())
        need = min(2, len(parts))
        dated = checkable(gold)
        words = content_words(gold.get("summary"))
        for pi, predicted in enumerate(candidates):
            got = {fold(actor_map[a].name) for a in predicted.get("actors") or [] if a in actor_map}
            got |= {fold(venue_map[v].name) for v in predicted.get("venues") or [] if v in venue_map}
            overlap = len(parts & got)
            same_date = dated and date_ok(predicted.get("date"), gold, article_dated)
            if overlap < need or (not parts and not same_date):
                continue
            similarity = len(words & content_words(predicted.get("summary"))) / len(words) if words else 0.0
            pairs.append((overlap + 4 * similarity + 0.5 * same_date, gi, pi))
    match: dict[int, int] = {}
    taken: set[int] = set()
    for _, gi, pi in sorted(pairs, key=lambda t: (-t[0], t[1], t[2])):
        if gi not in match and pi not in taken:
            match[gi] = pi
            taken.add(pi)
    return match


def score_quotes(export: dict, docs: list[dict], actor_map: dict) -> QuoteScore:
    optional = {fold(g.name) for g in merge_gold(docs, "actors") if g.optional}
    score = QuoteScore()
    for doc in docs:
        for gold in doc.get("quotes") or []:
            score.total += 1
            text = fold(gold["text"])
            hit = next((q for q in export["quotes"] if _quote_matches(text, fold(q.get("text")))), None)
            if hit is None:
                score.missed.append(gold["text"])
                continue
            score.found += 1
            speaker = actor_map.get(hit.get("speaker"))
            if gold["speaker"] == UNNAMED:
                right = speaker is None or speaker.kind != "person"
            elif fold(gold["speaker"]) in optional and speaker is None:
                right = True
            else:
                right = speaker is not None and fold(speaker.name) == fold(gold["speaker"])
            score.attributed += right
            if not right:
                score.misattributed.append(f"{gold['text']!r}: {speaker.name if speaker else None} "
                                           f"(gold {gold['speaker']})")
    return score


def _quote_matches(gold: str, predicted: str) -> bool:
    return bool(gold and predicted) and (gold in predicted or predicted in gold) and len(predicted) >= len(gold) / 2


def evaluate(export: dict, docs: list[dict]) -> Evaluation:
    """Score one export (``generator.export.export_story``) against loaded gold files."""
    actors, actor_map = match_entities(export["actors"], merge_gold(docs, "actors"))
    venues, venue_map = match_entities(export["venues"], merge_gold(docs, "venues"))
    return Evaluation(actors, venues, score_events(export, docs, actor_map, venue_map),
                      score_quotes(export, docs, actor_map))


def report(evaluation: Evaluation) -> str:
    """The readable report: each measure with what it missed; the summary line last."""
    lines = []
    for name, score in (("actors", evaluation.actors), ("venues", evaluation.venues)):
        lines.append(f"{name}: P={score.precision:.2f} R={score.recall:.2f} F1={score.f1:.2f} "
                     f"kind ok {score.kind_ok}/{score.tp}")
        for label, items in (("missed", score.missed), ("extra", score.extra), ("split", score.split),
                             ("wrong kind", score.wrong_kind)):
            if items:
                lines.append(f"  {label}: {', '.join(items)}")
    events = evaluation.events
    lines.append(f"events: found {events.found}/{events.total}, dates right {events.dated_ok}/{events.dated_total} "
                 f"({events.dated_ok}/{events.dated_found} of those found)")
    lines += [f"  missed: {m}" for m in events.missed] + [f"  wrong date: {m}" for m in events.wrong_dates]
    quotes = evaluation.quotes
    lines.append(f"quotes: found {quotes.found}/{quotes.total}, attributed {quotes.attributed}")
    lines += [f"  missed: {m}" for m in quotes.missed] + [f"  misattributed: {m}" for m in quotes.misattributed]
    lines.append(evaluation.summary())
    return "\n".join(lines)


def as_json(evaluation: Evaluation) -> dict:
    """The whole evaluation as one JSON-ready object (``evaluate --json``)."""
    def entities(score: EntityScore) -> dict:
        return {"precision": round(score.precision, 3), "recall": round(score.recall, 3), "f1": round(score.f1, 3),
                "kind_ok": score.kind_ok, "tp": score.tp, "missed": score.missed, "extra": score.extra,
                "split": score.split, "wrong_kind": score.wrong_kind}

    return {"actors": entities(evaluation.actors), "venues": entities(evaluation.venues),
            "events": vars(evaluation.events), "quotes": vars(evaluation.quotes),
            "measures": {k: round(v, 3) for k, v in evaluation.measures.items()}, "summary": evaluation.summary()}
