"""Polygon helpers shared by the snapshot modules (package-private).

``polygon_members`` is :func:`geomap.repair.polygon_members`.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import shapely
from pyproj import CRS

from ..areas import area_km2
from ..repair import polygon_members

EMPTY = shapely.Polygon()


def from_polygons(polys: list[Any]) -> Any:
    """One Polygon, a MultiPolygon of several, or the empty polygon."""
    if not polys:
        return EMPTY
    return polys[0] if len(polys) == 1 else shapely.multipolygons(polys)


def polygonal(geom: Any) -> Any:
    """The polygonal part of an overlay result (lines and points dropped)."""
    if geom is None or geom.is_empty:
        return EMPTY
    kind = geom.geom_type
    if kind in ("Polygon", "MultiPolygon"):
        return geom
    polys, _ = polygon_members(geom)
    if not polys:
        return EMPTY
    return shapely.multipolygons(polys) if len(polys) > 1 else polys[0]


def measure(geoms: np.ndarray, crs: CRS, keys: list[Any] | None = None) -> np.ndarray:
    """:func:`~geomap.areas.area_km2` of each geometry, measuring each distinct geometry once.

    Geometries are the same when their WKB is; ``keys``, one per geometry, says
    so instead (equal keys: the same geometry), so the caller's geometries are
    not encoded again (e.g. ``id`` of geometries shared between entries).
    """
    geoms = np.asarray(geoms, dtype=object)
    if len(geoms) == 0:
        return np.zeros(0)
    if keys is not None:
        slot: dict[Any, int] = {}
        inverse = np.fromiter((slot.setdefault(k, len(slot)) for k in keys), np.intp, len(geoms))
        first = np.zeros(len(slot), dtype=np.intp)
        first[inverse[::-1]] = np.arange(len(geoms))[::-1]
        return area_km2(geoms[first], crs=crs)[inverse]
    wkb = shapely.to_wkb(geoms)
    uniq, inverse = np.unique(wkb, return_inverse=True)
    if len(uniq) == len(geoms):
        return area_km2(geoms, crs=crs)
    first = np.zeros(len(uniq), dtype=int)
    first[inverse[::-1]] = np.arange(len(geoms))[::-1]
    return area_km2(geoms[first], crs=crs)[inverse]
