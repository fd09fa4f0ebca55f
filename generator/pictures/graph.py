"""Who appears with whom, drawn as SVG from ``graph_layout``'s geometry."""
from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

from generator.pictures import graph_layout
from generator.pictures.graph_layout import WIDTH, GraphLayout, Node, Tie
from generator.pictures.svg import FONT, esc, link, num, open_svg, plural, text_width, uid

KINDS = ("person", "state", "organisation", "group")
UNIT = "shared paragraph"


def relationship_graph_svg(
    nodes: Iterable[tuple[str, str, object]],
    edges: Iterable[tuple[str, str, float]],
    center: str | None = None,
    links: Mapping[str, str] | None = None,
    top: int = 20,
    per_node: int = graph_layout.PER_NODE,
) -> str:
    """Nodes on an ellipse, lines as thick as the number of paragraphs naming both ends.

    ``nodes`` are (slug, label, kind) with kind person/state/organisation/group (an ``EntityKind``
    or its value; anything else is "other"); ``edges`` are (slug_a, slug_b, shared paragraphs),
    undirected. Only the ``top`` nodes with the most weight are drawn, each with its ``per_node``
    strongest ties; with a ``center``, only its own ties, each labelled with its number. Returns ""
    when there is no node to draw.
    """
    labels: dict[str, tuple[str, str]] = {}
    for slug, label, kind in sorted(nodes, key=lambda n: (str(n[0]), str(n[1]))):
        labels.setdefault(str(slug), (str(label), _kind(kind)))
    center = center if center in labels else None
    weights = graph_layout.add_up(edges, set(labels))
    if center:
        weights = {pair: w for pair, w in weights.items() if center in pair}
    else:
        weights = graph_layout.strongest_ties(weights, per_node)
    shape = graph_layout.layout(labels, weights, center, top)
    if shape is None:
        return ""
    links = links or {}
    heaviest = max((t.weight for t in shape.ties), default=0.0) or 1.0
    positions = {n.slug: n for n in shape.nodes}
    parts = [_tie(t, positions, heaviest, center) for t in shape.ties]
    parts += [link(_node(n, n.slug == center), links.get(n.slug), _node_name(n, shape)) for n in shape.nodes]
    parts.append(_legend(sorted({n.kind for n in shape.nodes}), shape.height, heaviest))
    return (open_svg(uid("graph", (positions, shape.ties)), WIDTH, shape.height, _title(shape), _desc(shape),
                     "relationship-graph") + "".join(parts) + "</svg>")


def _kind(kind: object) -> str:
    value = str(getattr(kind, "value", kind) or "").lower()
    return value if value in KINDS else "other"


def _tie(tie: Tie, nodes: dict[str, Node], heaviest: float, center: str | None) -> str:
    """A line as thick as its weight; around a centre, its number beside it, nearer the neighbour."""
    a, b = nodes[tie.a], nodes[tie.b]
    line = (f'<line class="graph-tie" x1="{num(a.x)}" y1="{num(a.y)}" x2="{num(b.x)}" y2="{num(b.y)}" '
            f'stroke-linecap="round" stroke-width="{num(1.5 + 5 * tie.weight / heaviest)}">'
            f'<title>{esc(a.label)} – {esc(b.label)}: {esc(plural(tie.weight, UNIT))}</title></line>')
    if center is None:
        return line
    hub, other = (a, b) if a.slug == center else (b, a)
    x, y = hub.x + (other.x - hub.x) * 0.6, hub.y + (other.y - hub.y) * 0.6
    return line + (f'<text class="graph-weight" x="{num(x)}" y="{num(y + 5)}" text-anchor="middle" '
                   f'font-size="14" fill="currentColor" paint-order="stroke" stroke-width="4" '
                   f'stroke-linejoin="round" style="stroke:var(--md-default-bg-color,#fff)">{num(tie.weight)}</text>')


def _node(node: Node, is_center: bool) -> str:
    return (f'<g class="graph-node graph-{esc(node.kind)}"><title>{esc(node.label)}</title>'
            f'<circle cx="{num(node.x)}" cy="{num(node.y)}" r="{num(node.r)}"/>'
            f'{_node_label(node, is_center)}</g>')


def _node_name(node: Node, shape: GraphLayout) -> str:
    """What a screen reader says for the node's link: who, and how tied."""
    if shape.center and node.slug != shape.center:
        return f"{node.label} ({node.kind}): {plural(node.weight, UNIT)}"
    return f"{node.label} ({node.kind})"


def _node_label(node: Node, is_center: bool) -> str:
    lines = graph_layout.label_lines(node.label)
    line_height = FONT * 1.15
    cos, sin = math.cos(node.angle), math.sin(node.angle)
    if is_center or abs(cos) < 1e-6:  # the very top or bottom of the ellipse, and the centre: above/below
        anchor, tx = "middle", node.x
        below = is_center or sin > 0
        first = node.y + node.r + FONT if below else node.y - node.r - 6 - line_height * (len(lines) - 1)
    else:
        anchor = "start" if cos > 0 else "end"
        tx = node.x + (node.r + 5) * (1 if cos > 0 else -1)
        first = node.y + FONT * 0.35 - line_height * (len(lines) - 1) / 2
    spans = "".join(f'<tspan x="{num(tx)}" y="{num(first + i * line_height)}">{" " if i else ""}{esc(line)}</tspan>'
                    for i, line in enumerate(lines))  # the space: the label's text reads as its name
    return (f'<text aria-hidden="true" text-anchor="{anchor}" fill="currentColor" paint-order="stroke" '
            f'stroke-width="3" stroke-linejoin="round" style="stroke:var(--md-default-bg-color,#fff)">{spans}</text>')


def _legend(kinds: Sequence[str], height: float, heaviest: float) -> str:
    """A row of coloured dots and kind names, and under it what a line's width means."""
    y = height - 34
    total = sum(16 + text_width(kind, 14) + 22 for kind in kinds) - 22
    items, x = [], max(4.0, (WIDTH - total) / 2)
    for kind in kinds:
        items.append(f'<g class="graph-{kind}"><circle cx="{num(x + 6)}" cy="{num(y - 5)}" r="6"/></g>'
                     f'<text x="{num(x + 16)}" y="{num(y)}" fill="currentColor" font-size="14">{esc(kind)}</text>')
        x += 16 + text_width(kind, 14) + 22
    key = f"Lines: paragraphs naming both (thickest {num(heaviest)})"
    items.append(f'<text x="{WIDTH / 2:g}" y="{num(y + 22)}" text-anchor="middle" fill="currentColor" '
                 f'font-size="14">{esc(key)}</text>')
    return f'<g class="graph-legend">{"".join(items)}</g>'


def _title(shape: GraphLayout) -> str:
    center = next((n.label for n in shape.nodes if n.slug == shape.center), None)
    return f"Who appears with whom{' — ' + center if center else ''}"


def _desc(shape: GraphLayout) -> str:
    names = [n.label for n in shape.nodes]
    strongest = sorted(shape.ties, key=lambda t: (-t.weight, t.a, t.b))[:5]
    label = {n.slug: n.label for n in shape.nodes}
    text = f"{len(names)} actors" + (f" around {names[0]}" if shape.center else "") + ": " + ", ".join(names) + "."
    if strongest:
        text += " Strongest ties, in paragraphs naming both: " + "; ".join(
            f"{label[t.a]} and {label[t.b]} ({num(t.weight)})" for t in strongest) + "."
    return text
