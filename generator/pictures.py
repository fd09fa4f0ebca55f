"""Pictures drawn at build time as inline SVG: who appears with whom, and where.

No JavaScript, no CDN, nothing fetched when a reader opens the page. Each
function is pure and deterministic (inputs are sorted, numbers rounded to a
fixed precision, ids derived from the content) and returns one line of SVG
(no blank line, so Python-Markdown keeps it as one raw HTML block):

- ``relationship_graph_svg(nodes, edges, center=None, links=None, top=20)``
- ``venue_map_svg(places, links=None)``

**Empty input returns ""** (like ``generator.timeline.timeline_svg``), so a
template can write ``{% if graph %}…{% endif %}`` and a page with nothing to
draw shows no empty frame.

Accessibility: ``role="img"``, a ``<title>`` and a ``<desc>`` (``aria-labelledby``
points at both), and every node or place also has its own ``<title>`` tooltip.
Search: the ``<svg>`` carries ``data-search-exclude``, so Material's search index
does not swallow its labels and tooltips (the page's text already says it).
Every name and URL is untrusted: it is XML-escaped (control characters that
XML forbids are dropped), so a label like ``<script>`` shows as text.

Sizes: the viewBox is 480 units wide and text is 15-16 units, so at phone
width (about 330 px of content) labels are 10-11 px; ``width="100%"`` with
``height`` left to the viewBox's aspect ratio. Colours work in both Material
schemes: text and lines use ``currentColor``, fills are mid-tone.

Embedding: Python-Markdown passes a raw HTML block through only if it starts
with a block-level tag, and ``<svg>`` is not one; wrap the picture with
``figure(svg, "relationship-graph")`` (or in a ``<figure markdown="0">`` of your
own). Links given in ``links`` are written as is into ``href`` (MkDocs does not
rewrite links inside raw HTML): give the final relative URL of the built page,
e.g. ``../ankara/`` from ``venues/index.md`` with ``use_directory_urls``.
"""
from __future__ import annotations

import functools
import hashlib
import math
import re
from collections.abc import Iterable, Mapping, Sequence

WIDTH = 480
FONT = 15
CHAR_WIDTH = 0.56  # average advance of a sans-serif character, in ems (for label boxes)

KIND_COLOURS = {
    "person": "#3f51b5",        # indigo
    "state": "#2e7d32",         # green
    "organisation": "#e65100",  # orange
    "group": "#8e24aa",         # purple
}
OTHER_COLOUR = "#757575"
KIND_NAMES = {"person": "person", "state": "state", "organisation": "organisation", "group": "group"}

_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


# ---------------------------------------------------------------- shared helpers

def esc(value: object) -> str:
    """Text safe in XML content and in a double- or single-quoted attribute."""
    text = _XML_FORBIDDEN.sub("", str(value))
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;"))


def _num(value: float) -> str:
    """Fixed rounding: one decimal, no trailing ".0", never "-0"."""
    text = f"{round(value, 1):.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _kind(kind: object) -> str:
    return str(getattr(kind, "value", kind) or "").lower()


def _short(label: str, limit: int) -> str:
    label = " ".join(str(label).split())
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def _text_width(text: str, size: float) -> float:
    return len(text) * size * CHAR_WIDTH


def _uid(prefix: str, payload: object) -> str:
    """A stable id from the content, so two pictures on one page never share an id."""
    return f"{prefix}-{hashlib.sha1(repr(payload).encode('utf-8')).hexdigest()[:8]}"


def _open(uid: str, width: float, height: float, title: str, desc: str, css_class: str, style: str = "") -> str:
    style_attr = f' style="{style}"' if style else ""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="{css_class}" role="img" '
        f'aria-labelledby="{uid}-title {uid}-desc" viewBox="0 0 {_num(width)} {_num(height)}" '
        f'width="100%"{style_attr} font-size="{FONT}" data-search-exclude="">'
        f'<title id="{uid}-title">{esc(title)}</title><desc id="{uid}-desc">{esc(desc)}</desc>'
    )


def _wrap_link(inner: str, url: str | None) -> str:
    return f'<a href="{esc(url)}">{inner}</a>' if url else inner


def figure(svg: str, css_class: str) -> str:
    """The picture in a block-level ``<figure>`` Python-Markdown passes through; "" stays ""."""
    if not svg:
        return ""
    return f'<figure class="{esc(css_class)}" markdown="0">{svg}</figure>'


# ---------------------------------------------------------------- relationship graph

def relationship_graph_svg(
    nodes: Iterable[tuple[str, str, object]],
    edges: Iterable[tuple[str, str, float]],
    center: str | None = None,
    links: Mapping[str, str] | None = None,
    top: int = 20,
) -> str:
    """Who appears with whom: nodes on an ellipse, lines as thick as the weight of the link.

    ``nodes`` are (slug, label, kind) with kind person/state/organisation/group
    (an ``EntityKind`` or its value; anything else is grey); ``edges`` are
    (slug_a, slug_b, weight), undirected (a→b and b→a add up; self-links and
    links to unknown nodes are ignored). Only the ``top`` nodes with the most
    weight are drawn (``center`` always is, in the middle, with its
    neighbours around it, strongest first from the top, clockwise). Returns ""
    when there is no node to draw.
    """
    labels: dict[str, tuple[str, str]] = {}
    for slug, label, kind in sorted(nodes, key=lambda n: (str(n[0]), str(n[1]))):
        labels.setdefault(str(slug), (str(label), _kind(kind)))
    weights: dict[tuple[str, str], float] = {}
    for a, b, weight in edges:
        a, b = str(a), str(b)
        if a == b or a not in labels or b not in labels or not weight or weight <= 0:
            continue
        pair = (a, b) if a < b else (b, a)
        weights[pair] = weights.get(pair, 0) + float(weight)
    if center is not None and center not in labels:
        center = None
    degree = {slug: 0.0 for slug in labels}
    for (a, b), weight in weights.items():
        degree[a] += weight
        degree[b] += weight

    def strength(slug: str) -> float:  # with a centre, rank by the link to the centre first
        if center is None:
            return degree[slug]
        return weights.get((center, slug) if center < slug else (slug, center), 0.0)

    ranked = sorted((s for s in labels if s != center), key=lambda s: (-strength(s), -degree[s], s))
    keep = ranked[: max(0, top - (1 if center else 0))]
    kept = set(keep) | ({center} if center else set())
    if not kept:
        return ""
    kept_edges = sorted(((w, a, b) for (a, b), w in weights.items() if a in kept and b in kept),
                        key=lambda t: (t[0], t[1], t[2]))  # lightest first: heavy lines on top

    ring = keep
    count = len(ring)
    rx, ry = 100.0, max(90.0, min(210.0, 22.0 * count))
    if count <= 2 and center is None:
        ry = 60.0
    margin_y = 56.0
    height = 2 * ry + 2 * margin_y + 34  # 34: legend
    cx, cy = WIDTH / 2, margin_y + ry
    positions: dict[str, tuple[float, float, float]] = {}  # slug → x, y, angle
    # Around a centre, an even ring is turned half a step, so that no spoke runs straight up or
    # down through the centre's label (an odd ring has a node at the top and none at the bottom).
    offset = math.pi / count if center and count and count % 2 == 0 else 0.0
    for i, slug in enumerate(ring):
        angle = -math.pi / 2 + offset + 2 * math.pi * i / count if count else 0.0
        if count == 1 and center is None:
            positions[slug] = (cx, cy, math.pi / 2)
            continue
        positions[slug] = (cx + rx * math.cos(angle), cy + ry * math.sin(angle), angle)
    if center:
        positions[center] = (cx, cy, math.pi / 2)

    max_degree = max((degree[s] for s in kept), default=0.0) or 1.0
    max_weight = max((w for w, _, _ in kept_edges), default=0.0) or 1.0

    def radius(slug: str) -> float:
        return 6 + 8 * math.sqrt(degree[slug] / max_degree)

    uid = _uid("graph", (sorted(kept), kept_edges, center))
    parts = []
    for weight, a, b in kept_edges:
        (x1, y1, _), (x2, y2, _) = positions[a], positions[b]
        spoke = center is None or center in (a, b)  # around a centre, its own links stand out
        parts.append(
            f'<line x1="{_num(x1)}" y1="{_num(y1)}" x2="{_num(x2)}" y2="{_num(y2)}" '
            f'stroke="currentColor" stroke-opacity="{"0.35" if spoke else "0.18"}" stroke-linecap="round" '
            f'stroke-width="{_num(1 + 6 * weight / max_weight)}">'
            f'<title>{esc(labels[a][0])} – {esc(labels[b][0])}: {_num(weight)}</title></line>'
        )
    for slug in sorted(kept, key=lambda s: (s != center, ring.index(s) if s in ring else -1)):
        x, y, angle = positions[slug]
        label, kind = labels[slug]
        r = radius(slug)
        text = _node_label(label, x, y, angle, r, slug == center)
        node = (
            f'<g class="graph-node graph-{esc(kind or "other")}"><title>{esc(label)}</title>'
            f'<circle cx="{_num(x)}" cy="{_num(y)}" r="{_num(r)}" fill="{KIND_COLOURS.get(kind, OTHER_COLOUR)}" '
            f'stroke="currentColor" stroke-opacity="0.6"/>{text}</g>'
        )
        parts.append(_wrap_link(node, (links or {}).get(slug)))
    parts.append(_legend(sorted({labels[s][1] for s in kept}), height - 16))

    names = [labels[s][0] for s in ([center] if center else []) + keep]
    strongest = sorted(kept_edges, key=lambda t: (-t[0], t[1], t[2]))[:5]
    desc = (f"{len(kept)} actors" + (f" around {labels[center][0]}" if center else "") + ": " + ", ".join(names)
            + ("." if not strongest else ". Strongest links: " + "; ".join(
                f"{labels[a][0]} and {labels[b][0]} ({_num(w)})" for w, a, b in strongest) + "."))
    title = f"Who appears with whom{' — ' + labels[center][0] if center else ''}"
    return (_open(uid, WIDTH, height, title, desc, "relationship-graph", "max-width:640px;height:auto")
            + "".join(parts) + "</svg>")


def _label_lines(label: str, per_line: int = 14, lines: int = 2) -> list[str]:
    """Up to two lines of about 14 characters, split between words; the rest cut with "…"."""
    words, result, current = " ".join(label.split()).split(" "), [], ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if len(candidate) <= per_line or not current:
            current = candidate
        else:
            result.append(current)
            current = word
    result.append(current)
    if len(result) > lines:
        result = result[: lines - 1] + [" ".join(result[lines - 1:])]
    return [_short(line, per_line + 2) for line in result]


def _node_label(label: str, x: float, y: float, angle: float, r: float, is_center: bool) -> str:
    lines = _label_lines(label)
    line_height = FONT * 1.15
    cos, sin = math.cos(angle), math.sin(angle)
    if is_center or abs(cos) < 1e-6:  # the very top or bottom of the ellipse (and the centre): above/below
        anchor = "middle"
        below = is_center or sin > 0
        tx = x
        first = y + r + FONT if below else y - r - 6 - line_height * (len(lines) - 1)
    else:
        anchor = "start" if cos > 0 else "end"
        tx = x + (r + 5) * (1 if cos > 0 else -1)
        first = y + FONT * 0.35 - line_height * (len(lines) - 1) / 2
    spans = "".join(f'<tspan x="{_num(tx)}" y="{_num(first + i * line_height)}">{esc(line)}</tspan>'
                    for i, line in enumerate(lines))
    return (f'<text text-anchor="{anchor}" fill="currentColor" paint-order="stroke" stroke-width="3" '
            f'stroke-linejoin="round" style="stroke:var(--md-default-bg-color,#fff)">{spans}</text>')


def _legend(kinds: Sequence[str], y: float) -> str:
    """One row of coloured dots and kind names, centred under the graph."""
    names = [KIND_NAMES.get(kind, kind or "other") for kind in kinds]
    total = sum(16 + _text_width(name, 14) + 22 for name in names) - 22
    items, x = [], max(4.0, (WIDTH - total) / 2)
    for kind in kinds:
        name = KIND_NAMES.get(kind, kind or "other")
        items.append(f'<circle cx="{_num(x + 6)}" cy="{_num(y - 5)}" r="6" fill="{KIND_COLOURS.get(kind, OTHER_COLOUR)}"/>'
                     f'<text x="{_num(x + 16)}" y="{_num(y)}" fill="currentColor" font-size="14">{esc(name)}</text>')
        x += 16 + _text_width(name, 14) + 22
    return f'<g class="graph-legend">{"".join(items)}</g>'


# ---------------------------------------------------------------- venue map

SIMPLIFY_DEGREES = 0.5
MIN_SPAN_LON = 24.0   # one place still shows its region (a country and its neighbours)
MIN_SPAN_LAT = 14.0
MARGIN = 0.25         # of the places' span, on each side
MIN_MARGIN = 4.0      # degrees
MAX_ASPECT, MIN_ASPECT = 0.9, 0.45  # height / width of the picture


@functools.lru_cache(maxsize=1)
def world_outline() -> tuple[tuple[tuple[float, float], ...], ...]:
    """Every country's rings as (lon, lat) points, simplified: a point closer than
    0.5° to the last one kept is dropped, coordinates rounded to 0.1°, rings
    that collapse below three points left out. Sorted, so the output is stable."""
    from countryinfo import CountryInfo

    rings = set()
    for _, data in sorted(CountryInfo.all().items()):
        for feature in (data.get("geoJSON") or {}).get("features", []):
            geometry = feature.get("geometry") or {}
            polygons = geometry.get("coordinates") or []
            if geometry.get("type") == "Polygon":
                polygons = [polygons]
            elif geometry.get("type") != "MultiPolygon":
                continue
            for polygon in polygons:
                for ring in polygon:
                    simplified = _simplify(ring)
                    if simplified:
                        rings.add(simplified)
    return tuple(sorted(rings))


def _simplify(ring: Sequence[Sequence[float]]) -> tuple[tuple[float, float], ...] | None:
    kept: list[tuple[float, float]] = []
    for point in ring:
        lon, lat = round(float(point[0]), 1), round(float(point[1]), 1)
        if kept and math.hypot(lon - kept[-1][0], lat - kept[-1][1]) < SIMPLIFY_DEGREES:
            continue
        kept.append((lon, lat))
    if len(kept) > 1 and kept[0] == kept[-1]:
        kept.pop()
    return tuple(kept) if len(set(kept)) >= 3 else None


def venue_map_svg(places: Iterable[tuple[str, str, float, float, float]], links: Mapping[str, str] | None = None) -> str:
    """Where things happen: a circle per place (area by ``count``) on a country outline.

    ``places`` are (slug, label, lat, lon, count); places without valid
    coordinates are left out. The view is the places' bounding box plus a
    margin, at least about 24° × 14° so a single place shows its region, at
    most the world; equirectangular, with the view's middle latitude as the
    standard parallel so the region is not stretched. Returns "" when no place
    can be drawn.
    """
    rows = []
    for slug, label, lat, lon, count in places:
        try:
            lat, lon = float(lat), float(lon)
        except (TypeError, ValueError):
            continue
        if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
            continue
        rows.append((str(slug), str(label), round(lat, 4), round(lon, 4), max(0.0, float(count or 0))))
    rows.sort(key=lambda r: (-r[4], r[0]))
    if not rows:
        return ""
    view = _view([(lat, lon) for _, _, lat, lon, _ in rows])
    west, east, south, north, scale_x, scale_y, height = view

    def project(lat: float, lon: float) -> tuple[float, float]:
        return (lon - west) * scale_x, (north - lat) * scale_y

    land = _land_path(view)
    max_count = max(r[4] for r in rows) or 1.0
    placed_boxes: list[tuple[float, float, float, float]] = []
    dots, labels = [], []
    for slug, label, lat, lon, count in rows:  # biggest first: they get their labels placed first
        x, y = project(lat, lon)
        r = 5 + 9 * math.sqrt(count / max_count)
        placed_boxes.append((x - r, y - r, x + r, y + r))
    for index, (slug, label, lat, lon, count) in enumerate(rows):
        x, y = project(lat, lon)
        r = 5 + 9 * math.sqrt(count / max_count)
        name = _short(label, 24)
        tooltip = f"{label}: {_num(count)} mention{'s' if count != 1 else ''}"
        dot = (f'<circle cx="{_num(x)}" cy="{_num(y)}" r="{_num(r)}" fill="#c62828" fill-opacity="0.75" '
               f'stroke="#fff" stroke-width="1.5"><title>{esc(tooltip)}</title></circle>')
        dots.append(_wrap_link(f'<g class="map-place">{dot}</g>', (links or {}).get(slug)))
        text = _place_label(name, x, y, r, WIDTH, height, placed_boxes, own=index)
        if text:
            labels.append(_wrap_link(text, (links or {}).get(slug)))

    uid = _uid("map", rows)
    desc = "; ".join(f"{label} ({_num(count)} mention{'s' if count != 1 else ''})" for _, label, _, _, count in rows)
    title = f"Map of {len(rows)} place{'s' if len(rows) != 1 else ''}"
    return (
        _open(uid, WIDTH, height, title, desc, "venue-map")
        + f'<rect width="{WIDTH}" height="{_num(height)}" fill="#4a90d9" fill-opacity="0.12"/>'
        + f'<path d="{land}" fill="#9e9e9e" fill-opacity="0.35" fill-rule="evenodd" stroke="currentColor" '
          f'stroke-opacity="0.35" stroke-width="0.6" stroke-linejoin="round"/>'
        + "".join(dots) + "".join(labels) + "</svg>"
    )


def _view(points: list[tuple[float, float]]) -> tuple[float, float, float, float, float, float, float]:
    """(west, east, south, north, x units per degree, y units per degree, height) of the picture."""
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    south, north, west, east = min(lats), max(lats), min(lons), max(lons)
    lat_margin = max(MIN_MARGIN, (north - south) * MARGIN)
    lon_margin = max(MIN_MARGIN, (east - west) * MARGIN)
    south, north, west, east = south - lat_margin, north + lat_margin, west - lon_margin, east + lon_margin
    south, north, west, east = _at_least(south, north, MIN_SPAN_LAT) + _at_least(west, east, MIN_SPAN_LON)
    for _ in range(2):  # fit the aspect ratio by widening the short side, then clamp to the world
        middle = max(-60.0, min(60.0, (south + north) / 2))
        stretch = math.cos(math.radians(middle))
        aspect = (north - south) / ((east - west) * stretch)
        if aspect > MAX_ASPECT:
            west, east = _at_least(west, east, (north - south) / (MAX_ASPECT * stretch))
        elif aspect < MIN_ASPECT:
            south, north = _at_least(south, north, (east - west) * stretch * MIN_ASPECT)
        south, north = _clamp(south, north, -80.0, 84.0)
        west, east = _clamp(west, east, -180.0, 180.0)
    middle = max(-60.0, min(60.0, (south + north) / 2))
    stretch = math.cos(math.radians(middle))
    scale_x = WIDTH / (east - west)
    scale_y = scale_x / stretch
    height = round((north - south) * scale_y, 1)
    return west, east, south, north, scale_x, scale_y, height


def _at_least(low: float, high: float, span: float) -> tuple[float, float]:
    if high - low >= span:
        return low, high
    middle = (low + high) / 2
    return middle - span / 2, middle + span / 2


def _clamp(low: float, high: float, floor: float, ceiling: float) -> tuple[float, float]:
    span = min(high - low, ceiling - floor)
    if low < floor:
        low, high = floor, floor + span
    if high > ceiling:
        low, high = ceiling - span, ceiling
    return low, high


def _land_path(view: tuple[float, ...]) -> str:
    """The countries in view, clipped to the view (plus a little), as one path."""
    west, east, south, north, scale_x, scale_y, _ = view
    pad = 2.0
    box = (west - pad, south - pad, east + pad, north + pad)
    commands = []
    for ring in world_outline():
        lons, lats = [p[0] for p in ring], [p[1] for p in ring]
        if max(lons) < box[0] or min(lons) > box[2] or max(lats) < box[1] or min(lats) > box[3]:
            continue
        clipped = _clip(ring, box)
        points = []
        for lon, lat in clipped:
            point = f"{_num((lon - west) * scale_x)},{_num((north - lat) * scale_y)}"
            if not points or points[-1] != point:
                points.append(point)
        if len(points) >= 3:
            commands.append("M" + " ".join(points) + "Z")
    return "".join(commands)


def _clip(ring: Sequence[tuple[float, float]], box: tuple[float, float, float, float]) -> list[tuple[float, float]]:
    """Sutherland–Hodgman: the part of a polygon inside a rectangle (west, south, east, north)."""
    west, south, east, north = box
    edges = (
        (lambda p: p[0] >= west, lambda a, b: _cross_x(a, b, west)),
        (lambda p: p[0] <= east, lambda a, b: _cross_x(a, b, east)),
        (lambda p: p[1] >= south, lambda a, b: _cross_y(a, b, south)),
        (lambda p: p[1] <= north, lambda a, b: _cross_y(a, b, north)),
    )
    points = list(ring)
    for inside, cross in edges:
        if not points:
            break
        result, previous = [], points[-1]
        for point in points:
            if inside(point):
                if not inside(previous):
                    result.append(cross(previous, point))
                result.append(point)
            elif inside(previous):
                result.append(cross(previous, point))
            previous = point
        points = result
    return points


def _cross_x(a: tuple[float, float], b: tuple[float, float], x: float) -> tuple[float, float]:
    t = (x - a[0]) / (b[0] - a[0])
    return x, a[1] + t * (b[1] - a[1])


def _cross_y(a: tuple[float, float], b: tuple[float, float], y: float) -> tuple[float, float]:
    t = (y - a[1]) / (b[1] - a[1])
    return a[0] + t * (b[0] - a[0]), y


def _place_label(name: str, x: float, y: float, r: float, width: float, height: float,
                 boxes: list[tuple[float, float, float, float]], own: int) -> str:
    """The label beside its dot where it overlaps no dot or label placed before; "" if nowhere fits."""
    size = FONT
    w, h = _text_width(name, size), size * 1.1
    candidates = (  # (anchor, text x, baseline y, box)
        ("start", x + r + 4, y + size * 0.35, (x + r + 4, y - h / 2, x + r + 4 + w, y + h / 2)),
        ("end", x - r - 4, y + size * 0.35, (x - r - 4 - w, y - h / 2, x - r - 4, y + h / 2)),
        ("middle", x, y - r - 5, (x - w / 2, y - r - 5 - h * 0.85, x + w / 2, y - r - 5 + h * 0.15)),
        ("middle", x, y + r + size, (x - w / 2, y + r + size - h * 0.85, x + w / 2, y + r + size + h * 0.15)),
    )
    for anchor, tx, ty, box in candidates:
        if box[0] < 2 or box[2] > width - 2 or box[1] < 2 or box[3] > height - 2:
            continue
        if any(_overlap(box, other) for i, other in enumerate(boxes) if i != own):
            continue
        boxes.append(box)
        return (f'<text x="{_num(tx)}" y="{_num(ty)}" text-anchor="{anchor}" fill="currentColor" '
                f'paint-order="stroke" stroke-width="3" stroke-linejoin="round" '
                f'style="stroke:var(--md-default-bg-color,#fff)">{esc(name)}</text>')
    return ""


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
