"""Geometry for display: simplified, rounded, serialised as compact GeoJSON.

Display only: areas shown on maps always come from the source's ``area_km2``
columns, never from these shapes.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import shapely

__all__ = [
    "fit_zoom",
    "pixel_degrees",
    "coordinate_decimals",
    "simplify_for_display",
    "geojson_geometry",
]

#: Viewport assumed when choosing the initial zoom (pixels).
VIEWPORT = (1000, 650)


def fit_zoom(bounds: Sequence[float], *, viewport: tuple[int, int] = VIEWPORT) -> int:
    """The zoom at which Leaflet's ``fitBounds`` shows ``bounds`` in ``viewport``.

    Parameters
    ----------
    bounds : (minx, miny, maxx, maxy)
        Longitude/latitude degrees.
    viewport : (width, height)
        Pixels.

    Examples
    --------
    >>> fit_zoom((35.7, 32.3, 42.4, 37.3))
    6
    """
    minx, miny, maxx, maxy = (float(v) for v in bounds)
    dlon = max(maxx - minx, 1e-9)
    miny, maxy = max(miny, -85.0), min(maxy, 85.0)

    def merc(lat: float) -> float:
        return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))

    dy = max(merc(maxy) - merc(miny), 1e-9)
    zx = math.log2(viewport[0] * 360.0 / (256.0 * dlon))
    zy = math.log2(viewport[1] * 2 * math.pi / (256.0 * dy))
    return int(min(max(math.floor(min(zx, zy)), 1), 18))


def pixel_degrees(zoom: int, lat: float) -> float:
    """Size of one screen pixel in degrees at ``zoom`` near latitude ``lat`` (Web Mercator)."""
    return 360.0 / (256.0 * 2.0**zoom) * max(math.cos(math.radians(lat)), 0.05)


def coordinate_decimals(tolerance: float) -> int:
    """Decimals to keep so rounding stays well below ``tolerance`` degrees (4 to 6)."""
    if tolerance <= 0:
        return 6
    return int(min(max(math.ceil(-math.log10(tolerance)) + 2, 4), 6))


def simplify_for_display(geoms: Any, tolerance: float, *, coverage: bool = False) -> np.ndarray:
    """Simplify polygons for drawing.

    Parameters
    ----------
    geoms : array_like of shapely geometries
    tolerance : float
        Degrees; about a screen pixel at the initial zoom.
    coverage : bool, default False
        The geometries tile without overlaps (one day's territory): simplify
        shared edges once (``shapely.coverage_simplify``) so neighbours keep
        meeting without slivers.  Falls back to per-geometry simplification
        if GEOS refuses the input.

    Returns
    -------
    numpy.ndarray of geometries (empty ones where nothing drawable is left)
    """
    arr = np.asarray(geoms, dtype=object)
    if arr.size == 0 or tolerance <= 0:
        return arr
    arr = shapely.make_valid(arr) if not shapely.is_valid(arr).all() else arr
    arr = np.array([_polygonal(g) for g in arr], dtype=object)
    if coverage:
        try:
            return np.asarray(shapely.coverage_simplify(arr, tolerance), dtype=object)
        except shapely.errors.GEOSException:
            pass
    return np.asarray(shapely.simplify(arr, tolerance, preserve_topology=True), dtype=object)


def _polygonal(geom: Any) -> Any:
    """Keep only the polygon parts of ``geom`` (after ``make_valid``)."""
    if geom is None or shapely.is_empty(geom):
        return shapely.Polygon()
    kind = shapely.get_type_id(geom)
    if kind in (3, 6):  # Polygon, MultiPolygon
        return geom
    parts = [p for p in shapely.get_parts(geom) if shapely.get_type_id(p) in (3, 6)]
    if not parts:
        return shapely.Polygon()
    return shapely.union_all(parts) if len(parts) > 1 else parts[0]


def _ring(ring: Any, decimals: int) -> list[list[float]]:
    coords = np.round(shapely.get_coordinates(ring), decimals)
    # Drop consecutive duplicates created by rounding.
    if len(coords) > 1:
        keep = np.ones(len(coords), dtype=bool)
        keep[1:] = np.any(coords[1:] != coords[:-1], axis=1)
        coords = coords[keep]
    return coords.tolist()


def _polygon(poly: Any, decimals: int) -> list[list[list[float]]] | None:
    outer = _ring(shapely.get_exterior_ring(poly), decimals)
    if len(outer) < 4:
        return None
    rings = [outer]
    for i in range(shapely.get_num_interior_rings(poly)):
        inner = _ring(shapely.get_interior_ring(poly, i), decimals)
        if len(inner) >= 4:
            rings.append(inner)
    return rings


def geojson_geometry(geom: Any, decimals: int) -> dict[str, Any] | None:
    """Compact GeoJSON geometry with rounded coordinates; ``None`` if nothing is left.

    Polygons and multipolygons only; rings that collapse below four points
    after rounding are dropped.
    """
    if geom is None or shapely.is_empty(geom):
        return None
    kind = shapely.get_type_id(geom)
    if kind == 3:
        polys: Iterable[Any] = [geom]
    elif kind in (6, 7):
        polys = [p for p in shapely.get_parts(geom) if shapely.get_type_id(p) == 3]
    else:
        return None
    out = [rings for rings in (_polygon(p, decimals) for p in polys) if rings]
    if not out:
        return None
    if len(out) == 1:
        return {"type": "Polygon", "coordinates": out[0]}
    return {"type": "MultiPolygon", "coordinates": out}
