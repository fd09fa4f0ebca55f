"""Where things happen, drawn as SVG from ``map_layout``'s geometry and ``outline``'s land."""
from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from generator.pictures import map_layout, outline
from generator.pictures.map_layout import FONT, HIT, WIDTH, Frame, Label, MapLayout, Spot
from generator.pictures.svg import esc, link, num, open_svg, plural, uid

LAND_PAD = 2.0  # degrees of land drawn beyond the frame, so coasts do not stop at its edge


def venue_map_svg(places: Iterable[tuple[str, str, float, float, float]],
                  links: Mapping[str, str] | None = None) -> str:
    """A dot per place (area by ``count``) on the land of the story's region; places beyond it are
    markers on the frame's edge. ``places`` are (slug, label, lat, lon, count); places without
    valid coordinates are left out. Returns "" when no place can be drawn."""
    shape = map_layout.layout(places)
    if shape is None:
        return ""
    links = links or {}
    labels = {label.slug: label for label in shape.labels}
    frame = shape.frame
    parts = [f'<rect class="map-sea" width="{WIDTH}" height="{num(frame.height)}"/>',
             f'<path class="map-land" d="{land_path(frame)}" fill-rule="evenodd" stroke-linejoin="round"/>']
    parts += [_leader(s) for s in shape.spots if not s.outside and math.hypot(s.x - s.true_x, s.y - s.true_y) > 2]
    parts += [link(_place(s, labels.get(s.place.slug)), links.get(s.place.slug), _name(s)) for s in shape.spots]
    return (open_svg(uid("map", [s.place for s in shape.spots]), WIDTH, frame.height, _title(shape), _desc(shape),
                     "venue-map", FONT) + "".join(parts) + "</svg>")


def land_path(frame: Frame) -> str:
    """The land in the frame (plus a little), at the detail its scale shows, as one path."""
    box = (frame.west - LAND_PAD, frame.south - LAND_PAD, frame.east + LAND_PAD, frame.north + LAND_PAD)
    commands = []
    for ring in outline.land_rings(box, outline.tolerance_for(frame.east - frame.west, WIDTH)):
        points = []
        for lon, lat in ring:
            x, y = frame.project(lat, lon)
            point = f"{num(x)},{num(y)}"
            if not points or points[-1] != point:
                points.append(point)
        if len(points) >= 3:
            commands.append("M" + " ".join(points) + "Z")
    return "".join(commands)


def _leader(spot: Spot) -> str:
    """A moved dot's thin line back to where the place is, and a small mark there."""
    return (f'<line class="map-leader" x1="{num(spot.true_x)}" y1="{num(spot.true_y)}" x2="{num(spot.x)}" '
            f'y2="{num(spot.y)}"/><circle class="map-true" cx="{num(spot.true_x)}" cy="{num(spot.true_y)}" r="2"/>')


def _place(spot: Spot, label: Label | None) -> str:
    """The place's target (transparent, HIT wide: the link's area), its dot or edge marker, its label."""
    hit = f'<circle class="map-hit" cx="{num(spot.x)}" cy="{num(spot.y)}" r="{num(HIT)}" fill="transparent"/>'
    mark = _marker(spot) if spot.outside else (
        f'<circle class="map-dot" cx="{num(spot.x)}" cy="{num(spot.y)}" r="{num(spot.r)}"/>')
    text = "" if label is None else (
        f'<text aria-hidden="true" x="{num(label.x)}" y="{num(label.y)}" text-anchor="{label.anchor}" '
        f'fill="currentColor" paint-order="stroke" stroke-width="3" stroke-linejoin="round" '
        f'style="stroke:var(--md-default-bg-color,#fff)">{esc(label.text)}</text>')
    return f'<g class="map-place"><title>{esc(_name(spot))}</title>{hit}{mark}{text}</g>'


def _marker(spot: Spot) -> str:
    """A triangle on the frame's edge pointing towards the place beyond it."""
    angle = math.atan2(spot.true_y - spot.y, spot.true_x - spot.x)
    tip = (spot.x + 9 * math.cos(angle), spot.y + 9 * math.sin(angle))
    back = [(spot.x + 7 * math.cos(angle + s), spot.y + 7 * math.sin(angle + s)) for s in (2.4, -2.4)]
    points = " ".join(f"{num(x)},{num(y)}" for x, y in (tip, *back))
    return f'<polygon class="map-dot map-beyond" points="{points}"/>'


def _name(spot: Spot) -> str:
    where = " (beyond this map)" if spot.outside else ""
    return f"{spot.place.label}{where}: {plural(spot.place.count, 'mention')}"


def _title(shape: MapLayout) -> str:
    count = len(shape.spots)
    return f"Map of {count} place{'s' if count != 1 else ''}"


def _desc(shape: MapLayout) -> str:
    inside = [s for s in shape.spots if not s.outside]
    beyond = [s for s in shape.spots if s.outside]
    text = "; ".join(f"{s.place.label} ({plural(s.place.count, 'mention')})" for s in inside) + "."
    if beyond:
        text += " Beyond the map's edges: " + "; ".join(
            f"{s.place.label} ({plural(s.place.count, 'mention')})" for s in beyond) + "."
    if shape.left_out:
        text += f" {shape.left_out} less-mentioned places are not drawn."
    return text
