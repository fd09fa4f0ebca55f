"""Where the venue map's frame, dots and labels go: pure geometry, no SVG.

- **Frame**: the window (at most ``MAX_SPAN_LON`` × ``MAX_SPAN_LAT`` degrees) that holds the
  most mentions, plus a margin; places outside it sit on the frame's edge, in their direction,
  as markers (so the story's region fills the picture and the rest of the world is one row of
  edge markers, not a pile of discs on a world map).
- **Dots never hide each other**: every place has a target of radius ``HIT`` (28 units across,
  about 25 px on a phone's 358 px of content); overlapping targets are pushed apart until none
  overlaps, and a moved dot keeps a thin line to where the place really is.
- **Labels**: most-mentioned first, each beside its own dot where it covers no target and no
  other label; the five most mentioned, where that leaves no room, may cover a neighbour's target
  but never its dot (whose centre still opens the neighbour).
"""
from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, replace

WIDTH = 400
HIT = 14.0
GAP = 1.0
FONT = 13
MAX_PLACES = 20  # the rest are in the description and the venues list; fewer tab stops
MAX_SPAN_LON, MAX_SPAN_LAT = 60.0, 36.0
MIN_SPAN_LON, MIN_SPAN_LAT = 24.0, 14.0  # one place still shows its region
MARGIN, MIN_MARGIN = 0.2, 3.0            # of the places' span on each side, in degrees at least
MAX_ASPECT, MIN_ASPECT = 0.9, 0.5        # height / width of the picture
ROUNDS = 400
ALWAYS_LABELLED = 5


@dataclass(frozen=True)
class Place:
    slug: str
    label: str
    lat: float
    lon: float
    count: float


@dataclass(frozen=True)
class Frame:
    west: float
    east: float
    south: float
    north: float
    scale_x: float  # units per degree
    scale_y: float
    height: float

    def project(self, lat: float, lon: float) -> tuple[float, float]:
        return (lon - self.west) * self.scale_x, (self.north - lat) * self.scale_y

    def holds(self, place: Place) -> bool:
        return self.west <= place.lon <= self.east and self.south <= place.lat <= self.north


@dataclass(frozen=True)
class Spot:
    place: Place
    x: float       # where the dot is drawn
    y: float
    true_x: float  # where the place is (off the frame for an edge marker)
    true_y: float
    r: float       # the visible dot's radius (its target is HIT)
    outside: bool  # beyond the frame: drawn as a marker on its edge


@dataclass(frozen=True)
class Label:
    slug: str
    text: str
    x: float
    y: float
    anchor: str
    box: tuple[float, float, float, float]


@dataclass(frozen=True)
class MapLayout:
    frame: Frame
    spots: tuple[Spot, ...]  # most mentioned first
    labels: tuple[Label, ...]
    left_out: int  # places not drawn (past MAX_PLACES)


def valid_places(rows: Iterable[tuple[str, str, float, float, float]]) -> list[Place]:
    """Places with usable coordinates, most mentioned first (ties by slug)."""
    places = []
    for slug, label, lat, lon, count in rows:
        try:
            lat, lon = float(lat), float(lon)
        except (TypeError, ValueError):
            continue
        if math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180:
            places.append(Place(str(slug), str(label), round(lat, 4), round(lon, 4), max(0.0, float(count or 0))))
    return sorted(places, key=lambda p: (-p.count, p.slug))


def layout(rows: Iterable[tuple[str, str, float, float, float]]) -> MapLayout | None:
    places = valid_places(rows)
    if not places:
        return None
    drawn = places[:MAX_PLACES]
    core = busiest_window(drawn)
    frame = frame_for([(p.lat, p.lon) for p in core])
    spots = spread([_spot(p, frame, drawn[0].count) for p in drawn], frame.height)
    return MapLayout(frame, tuple(spots), tuple(place_labels(spots, frame.height)), len(places) - len(drawn))


def busiest_window(places: list[Place]) -> list[Place]:
    """The places in the window, centred on one of them, that holds the most mentions."""
    def window(center: Place) -> list[Place]:
        return [p for p in places if abs(p.lon - center.lon) <= MAX_SPAN_LON / 2
                and abs(p.lat - center.lat) <= MAX_SPAN_LAT / 2]
    return max((window(p) for p in places), key=lambda w: (sum(p.count for p in w), len(w)))


def frame_for(points: list[tuple[float, float]]) -> Frame:
    """The points' bounding box plus a margin, at least ~24° × 14°, at most the world; equirectangular,
    with the middle latitude as the standard parallel so the region is not stretched."""
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    south, north, west, east = min(lats), max(lats), min(lons), max(lons)
    lat_margin = max(MIN_MARGIN, (north - south) * MARGIN)
    lon_margin = max(MIN_MARGIN, (east - west) * MARGIN)
    south, north = _at_least(south - lat_margin, north + lat_margin, MIN_SPAN_LAT)
    west, east = _at_least(west - lon_margin, east + lon_margin, MIN_SPAN_LON)
    for _ in range(2):  # fit the aspect ratio by widening the short side, then clamp to the world
        stretch = _stretch(south, north)
        aspect = (north - south) / ((east - west) * stretch)
        if aspect > MAX_ASPECT:
            west, east = _at_least(west, east, (north - south) / (MAX_ASPECT * stretch))
        elif aspect < MIN_ASPECT:
            south, north = _at_least(south, north, (east - west) * stretch * MIN_ASPECT)
        south, north = _clamp(south, north, -80.0, 84.0)
        west, east = _clamp(west, east, -180.0, 180.0)
    scale_x = WIDTH / (east - west)
    scale_y = scale_x / _stretch(south, north)
    return Frame(west, east, south, north, scale_x, scale_y, round((north - south) * scale_y, 1))


def _stretch(south: float, north: float) -> float:
    return math.cos(math.radians(max(-60.0, min(60.0, (south + north) / 2))))


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


def _spot(place: Place, frame: Frame, most: float) -> Spot:
    x, y = frame.project(place.lat, place.lon)
    r = 4 + 8 * math.sqrt(place.count / (most or 1.0))
    if frame.holds(place):
        return Spot(place, x, y, x, y, r, False)
    ex, ey = edge_point(x, y, WIDTH, frame.height)
    return Spot(place, ex, ey, x, y, r, True)


def edge_point(x: float, y: float, width: float, height: float) -> tuple[float, float]:
    """Where the line from the frame's middle to (x, y) leaves the frame, ``HIT`` inside its border."""
    cx, cy = width / 2, height / 2
    dx, dy = x - cx, y - cy
    half_w, half_h = width / 2 - HIT, height / 2 - HIT
    t = min(half_w / abs(dx) if dx else math.inf, half_h / abs(dy) if dy else math.inf)
    return cx + dx * t, cy + dy * t


def spread(spots: list[Spot], height: float) -> list[Spot]:
    """Push overlapping targets apart, pairwise, until none overlaps (deterministic: fixed order,
    coincident dots split along the golden angle)."""
    xy = [[s.x, s.y] for s in spots]
    least = 2 * HIT + GAP
    for _ in range(ROUNDS):
        moved = False
        for i in range(len(xy)):
            for j in range(i + 1, len(xy)):
                dx, dy = xy[j][0] - xy[i][0], xy[j][1] - xy[i][1]
                distance = math.hypot(dx, dy)
                if distance >= least:
                    continue
                if distance < 1e-6:
                    angle = j * 2.399963  # the golden angle: coincident dots fan out evenly
                    dx, dy, distance = math.cos(angle), math.sin(angle), 1.0
                push = (least - distance) / 2 + 0.05
                ux, uy = dx / distance, dy / distance
                xy[i][0] -= ux * push
                xy[i][1] -= uy * push
                xy[j][0] += ux * push
                xy[j][1] += uy * push
                moved = True
        for point in xy:
            point[0] = min(WIDTH - HIT, max(HIT, point[0]))
            point[1] = min(height - HIT, max(HIT, point[1]))
        if not moved:
            break
    return [replace(s, x=round(p[0], 1), y=round(p[1], 1)) for s, p in zip(spots, xy)]


def place_labels(spots: list[Spot], height: float) -> list[Label]:
    """A label beside each dot, most-mentioned first, where it covers no target and no label; the
    ``ALWAYS_LABELLED`` most mentioned, when crowded, may cover others' targets but never a dot."""
    targets = [(s.x - HIT, s.y - HIT, s.x + HIT, s.y + HIT) for s in spots]
    dots = [(s.x - s.r - 2, s.y - s.r - 2, s.x + s.r + 2, s.y + s.r + 2) for s in spots]
    labels: list[Label] = []
    for index, spot in enumerate(spots):
        label = _label(spot, index, targets, labels, height)
        if label is None and index < ALWAYS_LABELLED:
            label = _label(spot, index, dots, labels, height)
        if label is not None:
            labels.append(label)
    return labels


def _label(spot: Spot, own: int, avoid: list[tuple[float, float, float, float]], placed: list[Label],
           height: float) -> Label | None:
    text = " ".join(spot.place.label.split())  # whole: the link's name must contain it
    for anchor, x, y, box in _candidates(text, spot):
        if box[0] < 2 or box[2] > WIDTH - 2 or box[1] < 2 or box[3] > height - 2:
            continue
        if any(overlap(box, other) for i, other in enumerate(avoid) if i != own):
            continue
        if any(overlap(box, label.box) for label in placed):
            continue
        return Label(spot.place.slug, text, x, y, anchor, box)
    return None


def _candidates(text: str, spot: Spot):
    """(anchor, x, baseline y, box) beside the target: right, left, above, below, then the diagonals."""
    w, h = len(text) * FONT * 0.56, FONT * 1.1
    x, y, d = spot.x, spot.y, HIT + 2
    for anchor, tx, ty in (("start", x + d, y), ("end", x - d, y), ("middle", x, y - d - h / 2),
                           ("middle", x, y + d + h / 2), ("start", x + d * 0.7, y - d), ("end", x - d * 0.7, y - d),
                           ("start", x + d * 0.7, y + d), ("end", x - d * 0.7, y + d)):
        left = tx if anchor == "start" else tx - w if anchor == "end" else tx - w / 2
        yield anchor, tx, ty + FONT * 0.35, (left, ty - h / 2, left + w, ty + h / 2)


def overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
