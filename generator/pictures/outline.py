"""The world's coastlines and borders (from ``countryinfo``), simplified and clipped: pure geometry.

A map's outline is cut to its frame and simplified in proportion to it (``tolerance``), so
a regional map carries only the land it shows, at the detail its scale can show.
"""
from __future__ import annotations

import functools
import math
from collections.abc import Sequence

SIMPLIFY_DEGREES = 0.5
TOLERANCES = (0.1, 0.2, 0.5, 1.0)  # the few levels cached; a frame picks the one its scale needs


def tolerance_for(span_lon: float, width: float) -> float:
    """The coarsest level under about two units of the picture: finer detail would not show."""
    wanted = 2 * span_lon / width
    return max((t for t in TOLERANCES if t <= wanted), default=TOLERANCES[0])


def land_rings(box: tuple[float, float, float, float], tolerance: float) -> list[list[tuple[float, float]]]:
    """Every ring of land crossing ``box`` (west, south, east, north), clipped to it."""
    rings = []
    for ring in world_outline(tolerance):
        lons, lats = [p[0] for p in ring], [p[1] for p in ring]
        if max(lons) < box[0] or min(lons) > box[2] or max(lats) < box[1] or min(lats) > box[3]:
            continue
        clipped = clip(ring, box)
        if len(clipped) >= 3:
            rings.append(clipped)
    return rings


@functools.lru_cache(maxsize=4)
def world_outline(tolerance: float = SIMPLIFY_DEGREES) -> tuple[tuple[tuple[float, float], ...], ...]:
    """Every country's rings as (lon, lat) points, simplified: a point closer than
    ``tolerance`` degrees to the last one kept is dropped, coordinates rounded to 0.1°, rings
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
                    simplified = _simplify(ring, tolerance)
                    if simplified:
                        rings.add(simplified)
    return tuple(sorted(rings))


def _simplify(ring: Sequence[Sequence[float]], tolerance: float) -> tuple[tuple[float, float], ...] | None:
    kept: list[tuple[float, float]] = []
    for point in ring:
        lon, lat = round(float(point[0]), 1), round(float(point[1]), 1)
        if kept and math.hypot(lon - kept[-1][0], lat - kept[-1][1]) < tolerance:
            continue
        kept.append((lon, lat))
    if len(kept) > 1 and kept[0] == kept[-1]:
        kept.pop()
    return tuple(kept) if len(set(kept)) >= 3 else None


def clip(ring: Sequence[tuple[float, float]], box: tuple[float, float, float, float]) -> list[tuple[float, float]]:
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
