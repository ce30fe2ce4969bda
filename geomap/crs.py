"""Equal-area coordinate reference systems fitted to an area of interest.

A leaf utility: :mod:`geomap.territory` uses it to build cells in metres and
:mod:`geomap.areas` to measure them.  The CRS is a Lambert azimuthal equal-area
projection on the WGS84 ellipsoid centred on the area of interest: planar
areas in it are areas on the ellipsoid, and shapes near the centre are barely
distorted.

Longitude convention (the antimeridian)
---------------------------------------
Longitude/latitude geometries are read relative to the CRS centre ``lon_0``:
before anything else, each longitude outside the closed window
``[lon_0 - 180, lon_0 + 180]`` is shifted by a multiple of 360° into it.  A
ring that runs 179° → −179° around a centre near 180° becomes 179° → 181°: it
crosses the antimeridian by 2°, not the rest of the world by 358°.  Natural
Earth geometries split at ±180° (Fiji, Russia) join up the same way.
Longitudes already in the window are left alone, so ordinary data is unchanged.

:func:`equal_area_crs` centres the CRS on the shortest longitude interval that
holds the data, so this works for any area of interest narrower than 180° of
longitude.  After unwrapping, no ring or line may span more than 180° of
longitude (it would be read the long way round the globe, or the CRS is
centred far from it): :class:`~geomap.errors.CRSError`.  Polygons that enclose
a pole are not supported.

:func:`to_degrees` returns longitudes in the same window (continuous across the
antimeridian, possibly beyond ±180°), so a round trip keeps geometries valid.
Split them at ±180° before writing strict RFC 7946 GeoJSON.

Helpers shared with :mod:`geomap.areas`
---------------------------------------
:func:`wrap_lon`, :func:`centre_lon`, :func:`laea`, :func:`crs_lon_0`,
:func:`as_geometry_array`, :func:`crs_name`, :func:`check_latitudes`,
:func:`span_error`, :func:`positive_number`, :func:`cached_transformer` and
:func:`distinct_points` are public so that the area functions apply the same longitude convention and
the same checks as the projections; they are not part of ``geomap``'s API.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

import numpy as np
import shapely
from pyproj import CRS, Transformer

from .errors import CRSError, GeometryError

__all__ = ["equal_area_crs", "to_degrees", "to_metres", "unwrap_longitudes"]

_LONLAT = "EPSG:4326"  # every longitude/latitude geometry geomap reads (used in lon/lat order)

_G = TypeVar("_G")
_XYFunc = Callable[[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]


def equal_area_crs(aoi: Any, /) -> CRS:
    """Lambert azimuthal equal-area CRS centred on an area of interest.

    The centre is the middle of the area's longitude/latitude bounds.  When the
    area crosses the antimeridian, the longitude interval used is the shortest
    one that holds every vertex (so Fiji is centred near 178°E, not near 0°).

    Parameters
    ----------
    aoi : shapely.Geometry, array-like of geometries, GeoSeries, GeoDataFrame or bounds
        The area of interest in EPSG:4326 (longitude, latitude), or its bounds
        ``(min_lon, min_lat, max_lon, max_lat)``.  Bounds with
        ``min_lon > max_lon`` cross the antimeridian (RFC 7946 §5.2).

    Returns
    -------
    pyproj.CRS
        From the PROJ string
        ``+proj=laea +lat_0=… +lon_0=… +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs``,
        centre rounded to 1e-6°.  ``+datum=WGS84`` (not just ``+ellps=WGS84``)
        keeps PROJ from adding a "ballpark" datum step from EPSG:4326.

    Raises
    ------
    CRSError
        A GeoSeries/GeoDataFrame not in EPSG:4326, or latitudes outside ±90°.
    GeometryError
        The area of interest is empty.

    Examples
    --------
    >>> equal_area_crs((35.7, 32.3, 42.4, 37.3)).srs.split(" +x_0")[0]
    '+proj=laea +lat_0=34.8 +lon_0=39.05'
    >>> equal_area_crs((179.0, -17.0, -179.0, -16.0)).srs.split(" +x_0")[0]
    '+proj=laea +lat_0=-16.5 +lon_0=180'
    """
    if _is_bounds(aoi):
        west, south, east, north = (float(v) for v in aoi)
        check_latitudes(np.array([south, north]))
        if east < west:  # RFC 7946 bounds across the antimeridian
            east += 360.0
        return laea((south + north) / 2.0, (west + east) / 2.0)
    geoms = as_geometry_array(aoi, _LONLAT, "equal_area_crs")
    bounds = shapely.bounds(geoms).reshape(-1, 4)
    finite = np.isfinite(bounds).all(axis=1)
    if not finite.any():
        raise GeometryError("cannot fit an equal-area CRS to an empty area of interest")
    b = bounds[finite]
    check_latitudes(b[:, [1, 3]])
    lat_0 = (b[:, 1].min() + b[:, 3].max()) / 2.0
    lon_0 = centre_lon(b[:, 0].min(), b[:, 2].max(), lambda: shapely.get_coordinates(geoms)[:, 0])
    return laea(lat_0, lon_0)


def to_metres(geoms: _G, crs: Any, *, densify_deg: float | None = None) -> _G:
    """Project longitude/latitude geometries to a projected CRS in metres.

    Longitudes are unwrapped around the CRS centre (see the module docstring),
    edges are optionally densified in degrees, then every vertex is projected
    in one vectorised call.

    Parameters
    ----------
    geoms : shapely.Geometry, array-like of geometries or GeoSeries
        In EPSG:4326 (longitude, latitude).  A GeoSeries must carry EPSG:4326
        (or OGC:CRS84) or no CRS.
    crs : pyproj.CRS or anything :meth:`pyproj.CRS.from_user_input` accepts
        A projected CRS in metres, e.g. from :func:`equal_area_crs`.
    densify_deg : float, optional
        Insert vertices so that no edge is longer than this many degrees
        (:func:`shapely.segmentize`) before projecting, so that edges straight in
        longitude/latitude (GeoJSON's reading) keep their shape.  Default: project
        the vertices only.

    Returns
    -------
    shapely.Geometry or numpy.ndarray of geometries
        A geometry for a geometry, else an object array.  Empty geometries stay
        empty; ``None`` stays ``None``.

    Raises
    ------
    CRSError
        Input not in EPSG:4326, latitudes outside ±90°, ``crs`` not projected in
        metres, or a ring or line spanning more than 180° of longitude around the
        CRS centre.
    GeometryError
        ``densify_deg`` is given and a geometry is invalid: GEOS would silently
        repair it (``buffer(0)``) while densifying.

    Examples
    --------
    >>> from shapely import box
    >>> crs = equal_area_crs((38.0, 34.0, 39.0, 35.0))
    >>> round(to_metres(box(38.0, 34.0, 39.0, 35.0), crs, densify_deg=0.01).area / 1e6)
    10188
    """
    crs = _projected_in_metres(crs)
    arr = as_geometry_array(geoms, _LONLAT, "to_metres")
    bounds = shapely.bounds(arr).reshape(-1, 4)
    check_latitudes(bounds[:, [1, 3]])
    lon_0 = crs_lon_0(crs)
    if _outside_window(bounds, lon_0):
        arr = unwrap_longitudes(arr, lon_0)
        bounds = shapely.bounds(arr).reshape(-1, 4)
    _check_spans(arr.reshape(-1), bounds, lon_0)
    if densify_deg is not None:
        arr = _segmentize(arr, positive_number(densify_deg, "densify_deg"))
    out = shapely.transform(arr, _forward(crs), interleaved=False)
    return _like_input(out, geoms)


def to_degrees(geoms: _G, crs: Any, *, densify_m: float | None = None) -> _G:
    """Unproject geometries from a projected CRS in metres to longitude/latitude.

    Longitudes come back in the window ``[lon_0 - 180, lon_0 + 180]`` around the
    CRS centre, continuous across the antimeridian (see the module docstring).

    Parameters
    ----------
    geoms : shapely.Geometry, array-like of geometries or GeoSeries
        Coordinates in ``crs``.  A GeoSeries must carry ``crs`` or no CRS.
    crs : pyproj.CRS or anything :meth:`pyproj.CRS.from_user_input` accepts
        A projected CRS in metres.
    densify_m : float, optional
        Insert vertices so that no edge is longer than this many metres before
        unprojecting, so that edges straight in metres (cells built in the
        projection) keep their shape when read straight in longitude/latitude.
        Without it, a capped Voronoi cell (10–30 km radius) read back in degrees
        changes area by up to ~0.15% (median ~0.02%; a tiling's total barely
        moves, as shared edges move together); ``densify_m=1000`` keeps each
        cell within ~1e-5.

    Returns
    -------
    shapely.Geometry or numpy.ndarray of geometries
        In EPSG:4326 (longitude, latitude), same shape as the input.  The
        round trip through :func:`to_metres` is exact to ~1e-8° (PROJ's inverse
        authalic latitude series), i.e. about a millimetre.

    Raises
    ------
    CRSError
        A GeoSeries not in ``crs``, or ``crs`` not projected in metres.
    GeometryError
        ``densify_m`` is given and a geometry is invalid (see :func:`to_metres`).

    Examples
    --------
    >>> from shapely import Point
    >>> crs = equal_area_crs((179.0, -17.0, -179.0, -16.0))
    >>> round(to_degrees(to_metres(Point(-179.5, -16.5), crs), crs).x, 6)
    180.5
    """
    crs = _projected_in_metres(crs)
    arr = as_geometry_array(geoms, crs, "to_degrees")
    if densify_m is not None:
        arr = _segmentize(arr, positive_number(densify_m, "densify_m"))
    out = shapely.transform(arr, inverse_xy(crs), interleaved=False)
    return _like_input(out, geoms)


def unwrap_longitudes(geoms: _G, lon_0: float) -> _G:
    """Shift longitudes by multiples of 360° into ``[lon_0 - 180, lon_0 + 180]``.

    The longitude convention of this module on its own: longitudes already in
    the window are unchanged; coordinates stay in degrees.

    Parameters
    ----------
    geoms : shapely.Geometry or array-like of geometries
        Longitude/latitude geometries.
    lon_0 : float
        Centre of the window, e.g. the ``lon_0`` of :func:`equal_area_crs`.

    Returns
    -------
    shapely.Geometry or numpy.ndarray of geometries
        Same shape as the input.

    Examples
    --------
    >>> from shapely import LineString
    >>> unwrap_longitudes(LineString([(179, 0), (-179, 0)]), 180.0).wkt
    'LINESTRING (179 0, 181 0)'
    """
    lon_0 = float(lon_0)

    def unwrap(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return wrap_lon(x, lon_0), y

    return shapely.transform(geoms, unwrap, interleaved=False)


# --- helpers shared with geomap.areas ----------------------------------------------------------


def wrap_lon(x: np.ndarray, lon_0: float) -> np.ndarray:
    """Longitudes outside the closed window ``lon_0 ± 180`` shifted into it (vectorised)."""
    lo, hi = lon_0 - 180.0, lon_0 + 180.0
    outside = (x < lo) | (x > hi)
    if not outside.any():
        return x
    return np.where(outside, x - 360.0 * np.floor((x - lo) / 360.0), x)


def centre_lon(west: float, east: float, lon: Callable[[], np.ndarray]) -> float:
    """Middle of the shortest longitude interval holding the data.

    ``west``/``east`` are the plain min/max longitudes; only when they are more
    than 180° apart (possibly across the antimeridian) is ``lon()`` called for
    every vertex longitude, and the interval taken as the complement of the
    widest gap between them.
    """
    if east - west <= 180.0:
        return (west + east) / 2.0
    x = np.unique((np.asarray(lon(), dtype=float) + 180.0) % 360.0 - 180.0)
    gaps = np.diff(np.append(x, x[0] + 360.0))  # the last gap wraps round through ±180°
    k = int(np.argmax(gaps))
    if k == x.size - 1:
        return (x[0] + x[-1]) / 2.0
    return (x[k + 1] + x[k] + 360.0) / 2.0


def laea(lat_0: float, lon_0: float) -> CRS:
    """The WGS84 Lambert azimuthal equal-area CRS centred on ``lat_0``, ``lon_0`` (degrees)."""
    lon_0 = (lon_0 + 180.0) % 360.0 - 180.0
    if lon_0 == -180.0:
        lon_0 = 180.0
    lat_0 = min(90.0, max(-90.0, lat_0))
    return CRS.from_proj4(
        f"+proj=laea +lat_0={_fmt(lat_0)} +lon_0={_fmt(lon_0)} +x_0=0 +y_0=0"
        " +datum=WGS84 +units=m +no_defs"
    )


def _fmt(value: float) -> str:
    text = f"{round(value, 6) + 0.0:.6f}".rstrip("0").rstrip(".")  # + 0.0: no "-0"
    return "0" if text == "-0" else text


def crs_lon_0(crs: CRS) -> float:
    """Central longitude of a projected CRS, in degrees (0 when it has none)."""
    op = crs.coordinate_operation
    for param in op.params if op is not None else ():
        if param.name.startswith("Longitude of") and param.unit_category == "angular":
            return math.degrees(param.value * param.unit_conversion_factor)
    return 0.0


def as_geometry_array(geoms: Any, expected: Any, func: str) -> np.ndarray:
    """Object array of geometries; a GeoSeries/GeoDataFrame must be in ``expected`` (or naive)."""
    if hasattr(geoms, "geometry") and hasattr(geoms, "crs"):  # GeoSeries / GeoDataFrame
        got = geoms.crs
        if got is not None and not CRS.from_user_input(got).equals(
            expected, ignore_axis_order=True
        ):
            raise CRSError(
                f"{func} needs geometries in {crs_name(expected)}, got {crs_name(got)}; "
                f"reproject first, e.g. .to_crs({_crs_code(expected)!r})"
            )
        geoms = geoms.geometry
    return np.asarray(geoms, dtype=object)


def _crs_code(crs: Any) -> str:
    crs = CRS.from_user_input(crs)
    auth = crs.to_authority(min_confidence=90)
    return ":".join(auth) if auth else crs.srs


def crs_name(crs: Any) -> str:
    """``EPSG:3857 (WGS 84 / Pseudo-Mercator)``: code and name, for messages."""
    crs = CRS.from_user_input(crs)
    code = _crs_code(crs)
    return code if crs.name in code else f"{code} ({crs.name})"


def check_latitudes(lat: np.ndarray) -> None:
    """Raise :class:`GeometryError` when a finite latitude is outside [-90, 90]."""
    lat = lat[np.isfinite(lat)]
    if lat.size and (lat.min() < -90.0 or lat.max() > 90.0):
        bad = lat.min() if lat.min() < -90.0 else lat.max()
        raise CRSError(
            f"latitude {bad:g} is outside -90..90: these coordinates are not EPSG:4326 "
            "longitude/latitude degrees (projected metres? swapped axes?)"
        )


def span_error(i: int, span: float, lon_0: float) -> CRSError:
    """The error for geometry ``i`` spanning more than 180° of longitude around ``lon_0``."""
    return CRSError(
        f"geometry {i} has a ring or line spanning {span:.1f}° of longitude around the CRS "
        f"centre lon_0={lon_0:g}, which would be read the long way round the globe; fit the "
        "CRS to the data (geomap.crs.equal_area_crs) and do not pass polygons that enclose a pole"
    )


def positive_number(value: float, name: str) -> float:
    """``value`` as a float; ValueError naming ``name`` unless it is finite and > 0."""
    value = float(value)
    if not (value > 0.0 and math.isfinite(value)):
        raise ValueError(f"{name} must be a positive number, got {value!r}")
    return value


# --- private -----------------------------------------------------------------------------------


def _is_bounds(aoi: Any) -> bool:
    if isinstance(aoi, shapely.Geometry) or hasattr(aoi, "geometry"):
        return False
    try:
        arr = np.asarray(aoi)
    except (TypeError, ValueError):
        return False
    return arr.shape == (4,) and arr.dtype.kind in "iuf"


def _outside_window(bounds: np.ndarray, lon_0: float) -> bool:
    with np.errstate(invalid="ignore"):
        return bool(np.any(bounds[:, 0] < lon_0 - 180.0) or np.any(bounds[:, 2] > lon_0 + 180.0))


def _check_spans(arr: np.ndarray, bounds: np.ndarray, lon_0: float) -> None:
    """No ring or line may span more than 180° of longitude (after unwrapping)."""
    with np.errstate(invalid="ignore"):
        wide = np.flatnonzero(bounds[:, 2] - bounds[:, 0] > 180.0)
    if not wide.size:
        return
    # A wide geometry may be fine (parts on either side); look at its rings and lines.
    parts, index = shapely.get_parts(arr[wide], return_index=True)
    while (multi := shapely.get_type_id(parts) >= 4).any():
        sub, sub_index = shapely.get_parts(parts[multi], return_index=True)
        parts = np.concatenate([parts[~multi], sub])
        index = np.concatenate([index[~multi], index[multi][sub_index]])
    polygon = shapely.get_type_id(parts) == 3
    rings, ring_index = shapely.get_rings(parts[polygon], return_index=True)
    pieces = np.concatenate([parts[~polygon], rings])
    index = np.concatenate([index[~polygon], index[polygon][ring_index]])
    b = shapely.bounds(pieces).reshape(-1, 4)
    with np.errstate(invalid="ignore"):
        span = b[:, 2] - b[:, 0]
        bad = np.flatnonzero(span > 180.0)
    if bad.size:
        raise span_error(int(wide[index[bad[0]]]), float(span[bad[0]]), lon_0)


def _segmentize(arr: np.ndarray, max_length: float) -> np.ndarray:
    # GEOS densifies an invalid polygon and then repairs it with buffer(0) (a bow-tie loses a
    # lobe): refuse rather than change the geometry silently.
    flat = arr.reshape(-1)
    invalid = np.flatnonzero(~shapely.is_valid(flat) & ~shapely.is_missing(flat))
    if invalid.size:
        i = int(invalid[0])
        raise GeometryError(
            f"geometry {i} is invalid ({shapely.is_valid_reason(flat[i])}) and densifying "
            f"would repair it silently; fix or reject it where it is read "
            f"({invalid.size} invalid geometr{'ies' if invalid.size > 1 else 'y'})"
        )
    return shapely.segmentize(arr, max_length)


def _projected_in_metres(crs: Any) -> CRS:
    crs = CRS.from_user_input(crs)
    axis = crs.axis_info[0] if crs.axis_info else None
    if not crs.is_projected or axis is None or axis.unit_name != "metre":
        raise CRSError(
            f"need a projected CRS in metres, got {crs_name(crs)}; use equal_area_crs(aoi)"
        )
    return crs


@lru_cache(maxsize=64)
def cached_transformer(crs: CRS) -> Transformer:
    """The (cached) transformer from longitude/latitude to ``crs``."""
    # pyproj >= 3.1 transformers are thread-safe: one cached instance serves every thread.
    return Transformer.from_crs(_LONLAT, crs, always_xy=True)


def distinct_points(xy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(ids, first)``: each row's distinct point and a row holding each, so that
    ``xy[first][ids]`` is ``xy`` bit for bit (a projection of ``xy[first]`` gathered by
    ``ids`` is a projection of ``xy``: PROJ works point by point).

    Points are told apart by their bits (``-0.0`` is not ``0.0``): the two coordinates'
    bits are mixed into one number and hashed, and the rows are checked against their
    point; should two points ever mix to one number, every row is its own point.

    Examples
    --------
    >>> ids, first = distinct_points(np.array([[1.0, 2.0], [3.0, 4.0], [1.0, 2.0]]))
    >>> ids.tolist(), first.tolist()
    ([0, 1, 0], [0, 1])
    """
    import pandas as pd

    bits = np.ascontiguousarray(xy, dtype=float).view(np.uint64).reshape(-1, 2)
    n = len(bits)
    key = bits[:, 0] * np.uint64(0x9E3779B97F4A7C15) ^ bits[:, 1]  # wraps modulo 2**64
    ids, uniq = pd.factorize(key)
    first = np.empty(len(uniq), dtype=np.intp)
    # a row of each point: its first, as NumPy writes repeated indices in order today (it does
    # not promise it; any row of a point has the point's bits, and the check below proves it)
    first[ids[::-1]] = np.arange(n - 1, -1, -1)
    seen = bits[first]
    if not (np.array_equal(seen[ids, 0], bits[:, 0]) and np.array_equal(seen[ids, 1], bits[:, 1])):
        return np.arange(n), np.arange(n)  # a collision: no row shares (never seen in practice)
    return ids.astype(np.intp), first


def _forward(crs: CRS) -> _XYFunc:
    transformer = cached_transformer(crs)

    def forward(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return transformer.transform(x, y)

    return forward


def inverse_xy(crs: CRS) -> _XYFunc:
    """Metres in ``crs`` -> (longitude, latitude), longitudes unwrapped around the CRS centre
    (what :func:`to_degrees` applies to every coordinate)."""
    transformer = cached_transformer(crs)
    lon_0 = crs_lon_0(crs)

    def inverse(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        lon, lat = transformer.transform(x, y, direction="INVERSE")
        return wrap_lon(np.asarray(lon), lon_0), lat

    return inverse


def _like_input(out: Any, geoms: Any) -> Any:
    if isinstance(geoms, shapely.Geometry) and isinstance(out, np.ndarray):
        return out[()]
    return out


_transformer = cached_transformer  # the old name (tests/test_crs.py checks the cache through it)
