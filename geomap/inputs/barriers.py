"""Barriers (``[model] barriers`` of ``theatre.toml``): lines and polygons cells do not cross.

A barrier file is a GeoJSON (or any file pyogrio reads) of rivers
(LineString / MultiLineString) and reservoirs, lakes or sea (Polygon /
MultiPolygon), in WGS84 longitude/latitude.  The rule the model applies is
:func:`geomap.territory.cut_by_barriers`; this module only reads and checks
the file.  A file in another CRS is an error, never reprojected silently.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely
from pyproj import CRS

from ..errors import InputError, Problem

__all__ = ["read_barriers", "BARRIER_TYPES"]

BARRIER_TYPES = ("LineString", "MultiLineString", "Polygon", "MultiPolygon")
_WGS84 = CRS.from_epsg(4326)
_CRS_HINT = (
    "barriers must be WGS84 longitude/latitude (EPSG:4326, as GeoJSON requires): reproject the"
    " file, e.g. ogr2ogr -t_srs EPSG:4326 barriers.geojson in.geojson"
)


def read_barriers(
    path: str | Path, *, aoi: shapely.Geometry | None = None, display: str | None = None
) -> list[shapely.Geometry]:
    """The barrier lines and polygons of a file, checked.

    Parameters
    ----------
    path : str or Path
        The barrier file.
    aoi : shapely geometry, optional
        The area of interest (EPSG:4326): at least one barrier must touch it
        (a file wholly outside is in the wrong CRS or has lon/lat swapped).
    display : str, optional
        The file's name in messages (default: ``path``).

    Returns
    -------
    list of shapely geometry, EPSG:4326

    Raises
    ------
    InputError
        The file cannot be read, declares a CRS other than WGS84, has
        coordinates that are not degrees, has a feature that is not a line or
        a polygon or is invalid, or lies wholly outside the area of interest.
    """
    disp = display or str(path)
    try:
        gdf = gpd.read_file(path)
    except Exception as exc:  # pyogrio raises several types; report them all the same way
        raise InputError(
            Problem(
                disp,
                None,
                "model.barriers",
                f"cannot read the barrier file ({exc})",
                "give a GeoJSON of lines (rivers) and polygons (reservoirs, sea)",
            )
        ) from None
    if gdf.crs is not None and not CRS(gdf.crs).equals(_WGS84, ignore_axis_order=True):
        raise InputError(
            Problem(disp, None, "crs", f"the file is in {gdf.crs.to_string()}", _CRS_HINT)
        )
    geoms = np.asarray(gdf.geometry.values, dtype=object)
    if not len(geoms):
        raise InputError(
            Problem(disp, None, "features", "no features", "add the barrier lines or polygons")
        )
    problems = [p for i, g in enumerate(geoms) if (p := _feature_problem(disp, i, g)) is not None]
    if problems:
        raise InputError(problems)
    w, s, e, n = shapely.total_bounds(geoms)
    if not (-180 <= w <= e <= 180 and -90 <= s <= n <= 90):
        raise InputError(
            Problem(
                disp,
                None,
                "coordinates",
                f"coordinates span x {w:,.1f}..{e:,.1f}, y {s:,.1f}..{n:,.1f}: not degrees"
                " (a projected CRS with no CRS declared?)",
                _CRS_HINT,
            )
        )
    if aoi is not None and not shapely.intersects(geoms, aoi).any():
        raise InputError(
            Problem(
                disp,
                None,
                "coordinates",
                f"no barrier touches the area of interest (barriers span lon {w:.2f}..{e:.2f},"
                f" lat {s:.2f}..{n:.2f})",
                "check the coordinates are longitude, latitude (in that order) in EPSG:4326",
            )
        )
    return list(geoms)


def _feature_problem(disp: str, i: int, g: shapely.Geometry | None) -> Problem | None:
    """What is wrong with feature ``i`` (0-based), or None."""
    if g is None or g.is_empty:
        return Problem(
            disp, None, f"feature {i}", "no geometry", "remove the feature or give its geometry"
        )
    if g.geom_type not in BARRIER_TYPES:
        return Problem(
            disp,
            None,
            f"feature {i}",
            f"a {g.geom_type} is not a barrier",
            "give lines (rivers) or polygons (reservoirs, lakes, sea)",
        )
    if not g.is_valid:
        return Problem(
            disp,
            None,
            f"feature {i}",
            f"invalid geometry: {shapely.is_valid_reason(g)}",
            "repair it in a GIS (e.g. QGIS 'Fix geometries')",
        )
    return None
