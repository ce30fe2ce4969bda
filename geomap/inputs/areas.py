"""``areas.geojson`` (optional): drawn extents of places, owned before any cell."""

from __future__ import annotations

import json
import os
from typing import Any

import geopandas as gpd
import pandas as pd
import shapely
from shapely.geometry import shape

from .._parse import JSON_TOO_DEEP, lonlat_problem
from ..paths import read_bytes
from ..repair import (
    FIXED_HINT,
    INVALID_HINT,
    OnInvalid,
    fixed_message,
    invalid_message,
    repair_polygon,
)
from ._folder import FolderReader

__all__ = ["read_areas"]


def read_areas(c: FolderReader, place_ids: set[str], on_invalid: OnInvalid) -> gpd.GeoDataFrame:
    """Read and check ``areas.geojson``: one extent per place.

    Parameters
    ----------
    c : FolderReader
        The folder being read; every problem is reported to it.
    place_ids : set of str
        The ids of ``places.csv``; an extent must name one of them.
    on_invalid : {"raise", "fix"}
        An invalid polygon is an error, or repaired (:mod:`geomap.repair`,
        ``"linework"``) and reported as a warning.

    Returns
    -------
    geopandas.GeoDataFrame
        ``place``, ``feature`` (its index in the file), geometry (EPSG:4326);
        empty when the file is absent.
    """
    path = c.root / "areas.geojson"
    disp = c.file("areas.geojson")
    empty = gpd.GeoDataFrame(
        {"place": pd.Series(dtype=str), "feature": pd.Series(dtype=int)},
        geometry=gpd.GeoSeries([], crs="EPSG:4326"),
        crs="EPSG:4326",
    )
    if not os.path.lexists(path):  # optional; a link loop or a folder is an error, not "absent"
        return empty
    data = read_bytes(path, c, display=disp)
    obj = None if data is None else _feature_collection(c, data, disp)
    if obj is None:
        return empty
    rows, geoms = [], []
    seen: dict[str, int] = {}
    for i, feat in enumerate(obj["features"]):
        extent = _extent(c, disp, i, feat, place_ids, seen, on_invalid)
        if extent is None:
            continue
        place, geom = extent
        seen[place] = i
        rows.append({"place": place, "feature": i})
        geoms.append(geom)
    if not rows:
        return empty
    return gpd.GeoDataFrame(rows, geometry=geoms, crs="EPSG:4326")


def _feature_collection(c: FolderReader, data: bytes, disp: str) -> dict[str, Any] | None:
    """The parsed FeatureCollection in longitude/latitude, or None (reported)."""
    try:
        obj = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        c.add(disp, None, None, "not valid UTF-8", "save the file as UTF-8")
        return None
    except json.JSONDecodeError as exc:
        c.add(disp, exc.lineno, None, f"not valid JSON ({exc.msg})", "fix the JSON syntax")
        return None
    except RecursionError:
        c.add(disp, None, None, *JSON_TOO_DEEP)
        return None
    if (
        not isinstance(obj, dict)
        or obj.get("type") != "FeatureCollection"
        or not isinstance(obj.get("features"), list)
    ):
        c.add(
            disp,
            None,
            "type",
            "not a GeoJSON FeatureCollection",
            'write {"type": "FeatureCollection", "features": [...]}',
        )
        return None
    crs = (obj.get("crs") or {}).get("properties", {}).get("name", "")
    if crs and not any(s in crs for s in ("CRS84", "4326")):
        c.add(
            disp,
            None,
            "crs",
            f"CRS {crs!r} is not longitude/latitude WGS84",
            "reproject to EPSG:4326",
        )
        return None
    return obj


def _extent(
    c: FolderReader,
    disp: str,
    i: int,
    feat: Any,
    place_ids: set[str],
    seen: dict[str, int],
    on_invalid: OnInvalid,
) -> tuple[str, shapely.Geometry] | None:
    """``(place id, polygon)`` of feature ``i``, or None (reported)."""
    fld = f"features[{i}]"
    props = (feat or {}).get("properties") or {}
    place = str(props.get("place", "")).strip()
    if not place:
        c.add(
            disp,
            None,
            f"{fld}.properties.place",
            "missing place id",
            "set properties.place to the id of a place in places.csv",
        )
        return None
    if place not in place_ids:
        c.add(
            disp,
            None,
            f"{fld}.properties.place",
            f"unknown place id {place!r}",
            "use an id from places.csv",
        )
        return None
    if place in seen:
        c.add(
            disp,
            None,
            f"{fld}.properties.place",
            f"{place!r} already has an extent (feature {seen[place]})",
            "merge them into one MultiPolygon",
        )
        return None
    geom = _extent_geometry(c, disp, fld, place, feat, on_invalid)
    return None if geom is None else (place, geom)


def _extent_geometry(
    c: FolderReader, disp: str, fld: str, place: str, feat: Any, on_invalid: OnInvalid
) -> shapely.Geometry | None:
    """The feature's polygon: GeoJSON, polygonal, longitude/latitude, valid (or repaired)."""
    try:
        geom = shape(feat.get("geometry"))
    except (ValueError, TypeError, AttributeError, KeyError, IndexError) as exc:
        c.add(
            disp,
            None,
            f"{fld}.geometry",
            f"not a valid GeoJSON geometry ({exc})",
            "write a Polygon or MultiPolygon",
        )
        return None
    if geom.geom_type not in ("Polygon", "MultiPolygon") or geom.is_empty:
        c.add(
            disp,
            None,
            f"{fld}.geometry",
            f"a {geom.geom_type}, not a polygon",
            "an extent must be a Polygon or MultiPolygon",
        )
        return None
    geom = shapely.force_2d(geom)
    bad_crs = lonlat_problem(geom)
    if bad_crs:
        c.add(disp, None, f"{fld}.geometry", bad_crs, "reproject to EPSG:4326 longitude/latitude")
        return None
    if not geom.is_valid:
        reason = shapely.is_valid_reason(geom)
        subject = repr(place)
        if on_invalid != "fix":
            c.add(
                disp,
                None,
                f"{fld}.geometry",
                invalid_message(reason, subject=subject),
                INVALID_HINT,
            )
            return None
        c.add(
            disp,
            None,
            f"{fld}.geometry",
            fixed_message(reason, subject=subject),
            FIXED_HINT,
            "warning",
        )
        geom = repair_polygon(geom, method="linework")
    return geom
