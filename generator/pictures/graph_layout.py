"""Where the relationship graph's nodes and lines go: pure geometry, no SVG.

Nodes sit on an ellipse (a ``center``, when given, in the middle). Only the
strongest ties are kept: each node keeps its ``per_node`` heaviest lines, so a
busy story does not draw every actor tied to every other.
"""
from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

WIDTH = 480
RX = 100.0
MARGIN_Y = 56.0
LEGEND = 52.0  # room under the ring for the kinds and the line-width key
PER_NODE = 2


@dataclass(frozen=True)
class Node:
    slug: str
    label: str
    kind: str
    x: float
    y: float
    r: float
    angle: float  # where on the ring, in radians (the label goes outward)
    weight: float  # the sum of its drawn ties, or its tie to the centre


@dataclass(frozen=True)
class Tie:
    a: str
    b: str
    weight: float


@dataclass(frozen=True)
class GraphLayout:
    nodes: tuple[Node, ...]  # the centre first, then round the ring clockwise from the top
    ties: tuple[Tie, ...]    # lightest first, so heavy lines are drawn on top
    height: float
    center: str | None


def add_up(edges: Iterable[tuple[str, str, float]], known: set[str]) -> dict[tuple[str, str], float]:
    """Undirected weights: a→b and b→a add up; self-links, unknown nodes and non-positive weights dropped."""
    weights: dict[tuple[str, str], float] = {}
    for a, b, weight in edges:
        a, b = str(a), str(b)
        if a == b or a not in known or b not in known or not weight or weight <= 0:
            continue
        pair = (a, b) if a < b else (b, a)
        weights[pair] = weights.get(pair, 0) + float(weight)
    return weights


def strongest_ties(weights: dict[tuple[str, str], float], per_node: int = PER_NODE) -> dict[tuple[str, str], float]:
    """Each node's ``per_node`` heaviest ties (ties broken by name); a tie is kept if either end keeps it."""
    by_node: dict[str, list[tuple[float, tuple[str, str]]]] = {}
    for pair, weight in weights.items():
        for end in pair:
            by_node.setdefault(end, []).append((weight, pair))
    kept = set()
    for ties in by_node.values():
        kept.update(pair for _, pair in sorted(ties, key=lambda t: (-t[0], t[1]))[:per_node])
    return {pair: weights[pair] for pair in kept}


def layout(labels: dict[str, tuple[str, str]], weights: dict[tuple[str, str], float],
           center: str | None, top: int) -> GraphLayout | None:
    """The ``top`` nodes with the most weight (the centre's strongest neighbours around it), or None."""
    degree = {slug: 0.0 for slug in labels}
    for (a, b), weight in weights.items():
        degree[a] += weight
        degree[b] += weight

    def strength(slug: str) -> float:
        return degree[slug] if center is None else weights.get(tuple(sorted((center, slug))), 0.0)

    ring = sorted((s for s in labels if s != center), key=lambda s: (-strength(s), -degree[s], s))
    ring = ring[: max(0, top - (1 if center else 0))]
    kept = set(ring) | ({center} if center else set())
    if not kept:
        return None
    ties = tuple(Tie(a, b, w) for (a, b), w in sorted(weights.items(), key=lambda kv: (kv[1], kv[0]))
                 if a in kept and b in kept)
    drawn = {slug: (strength(slug) if center else sum(t.weight for t in ties if slug in (t.a, t.b)))
             for slug in kept}
    points, height = ring_points(len(ring), center is not None)
    biggest = max(drawn.values(), default=0.0) or 1.0
    nodes = [Node(slug, *labels[slug], x, y, 6 + 8 * math.sqrt(drawn[slug] / biggest), angle, drawn[slug])
             for slug, (x, y, angle) in zip(ring, points)]
    if center:
        nodes.insert(0, Node(center, *labels[center], WIDTH / 2, MARGIN_Y + (height - 2 * MARGIN_Y - LEGEND) / 2,
                             14.0, math.pi / 2, sum(n.weight for n in nodes)))
    return GraphLayout(tuple(nodes), ties, height, center)


def ring_points(count: int, around_center: bool) -> tuple[list[tuple[float, float, float]], float]:
    """(x, y, angle) of ``count`` nodes on an ellipse, clockwise from the top, and the picture's height.

    Around a centre, an even ring is turned half a step, so that no spoke runs straight up or down
    through the centre's label."""
    ry = max(90.0, min(210.0, 22.0 * count))
    if count <= 2 and not around_center:
        ry = 60.0
    height = 2 * ry + 2 * MARGIN_Y + LEGEND
    cx, cy = WIDTH / 2, MARGIN_Y + ry
    if count == 1 and not around_center:
        return [(cx, cy, math.pi / 2)], height
    offset = math.pi / count if around_center and count % 2 == 0 else 0.0
    angles = [-math.pi / 2 + offset + 2 * math.pi * i / count for i in range(count)]
    return [(cx + RX * math.cos(a), cy + ry * math.sin(a), a) for a in angles], height


def label_lines(label: str, per_line: int = 14, lines: int = 3) -> list[str]:
    """The label wrapped between words to lines of about 14 characters; past three lines the rest
    stays on the last one. Never cut: a link's name must contain its whole visible label."""
    words, result, current = " ".join(label.split()).split(" "), [], ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if len(candidate) <= per_line or not current:
            current = candidate
        else:
            result.append(current)
            current = word
    result.append(current)
    return result[: lines - 1] + [" ".join(result[lines - 1:])] if len(result) > lines else result
