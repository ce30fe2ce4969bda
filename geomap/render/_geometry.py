"""Geometry for display: simplified, rounded, serialised compactly.

Display only: areas shown on maps always come from the source's ``area_km2``
columns, never from these shapes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import shapely

__all__ = [
    "fit_zoom",
    "pixel_degrees",
    "pixel_km",
    "coordinate_decimals",
    "simplify_for_display",
    "encode_geometry",
    "encode_geometries",
    "polyline_chars",
    "encode_lines",
    "encode_lines_many",
    "display_lines",
    "display_line_geoms",
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
    >>> fit_zoom((35.7, 32.3, 42.4, 37.3))  # Syria in 1000 × 650 px
    7
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


#: Web Mercator's sphere (km): the scale of a map tile's pixels on the ground
MERCATOR_RADIUS_KM = 6378.137


def pixel_km(zoom: int, lat: float) -> float:
    """Size of one screen pixel on the ground (km, either way) at ``zoom`` near latitude ``lat``.

    A pixel spans ``360 / (256·2^zoom)`` degrees of longitude (so
    ``/ cos(lat)`` fewer of latitude): ``2π·R·cos(lat) / (256·2^zoom)`` km.

    >>> round(pixel_km(7, 0.0), 4), round(pixel_km(7, 60.0), 4)
    (1.223, 0.6115)
    """
    return 2.0 * math.pi * MERCATOR_RADIUS_KM * math.cos(math.radians(lat)) / (256.0 * 2.0**zoom)


def coordinate_decimals(tolerance: float) -> int:
    """Decimals to keep so rounding stays a tenth of ``tolerance`` degrees or less (3 to 6).

    Examples
    --------
    >>> coordinate_decimals(0.0068)  # 0.75 px at zoom 7: ~750 m; rounded to ~11 m
    4
    """
    if tolerance <= 0:
        return 6
    return int(min(max(math.ceil(-math.log10(tolerance)) + 1, 3), 6))


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
    arr = _drawable(arr, np.zeros(len(arr), dtype=np.int64))
    if coverage:
        try:
            return np.asarray(shapely.coverage_simplify(arr, tolerance), dtype=object)
        except shapely.errors.GEOSException:
            pass
    return np.asarray(shapely.simplify(arr, tolerance, preserve_topology=True), dtype=object)


def simplify_groups(geoms: Any, group: np.ndarray, tolerance: float) -> np.ndarray:
    """:func:`simplify_for_display` of each group of ``geoms`` (``group``: one number per
    geometry), in one pass: a group with an invalid geometry is made valid whole, as
    :func:`simplify_for_display` makes its input."""
    arr = np.asarray(geoms, dtype=object)
    if arr.size == 0 or tolerance <= 0:
        return arr
    out = _drawable(arr, group)
    return np.asarray(shapely.simplify(out, tolerance, preserve_topology=True), dtype=object)


def _drawable(arr: np.ndarray, group: np.ndarray) -> np.ndarray:
    """The polygon parts of each geometry, every group holding an invalid geometry made
    valid whole first (the step both simplifiers take before simplifying)."""
    fix = np.isin(group, group[~shapely.is_valid(arr)])
    if fix.any():
        arr = arr.copy()
        arr[fix] = shapely.make_valid(arr[fix])
    out = np.empty(len(arr), dtype=object)
    # polygons and multipolygons are kept as they are (most of them): the others one by one
    kept = np.isin(shapely.get_type_id(arr), (3, 6)) & ~shapely.is_empty(arr)
    out[kept] = arr[kept]
    for i in np.flatnonzero(~kept).tolist():
        out[i] = _polygonal(arr[i])
    return out


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


def polyline_chars(values: Any) -> tuple[bytes, np.ndarray]:
    """Google's encoded-polyline text of integers (zigzag, 5-bit chunks), vectorised.

    Returns the ASCII bytes of all values in order and the number of
    characters of each value (to cut the text at value boundaries).
    Characters are in ``?``..``~`` (63..126): no quotes, ``<``, ``>`` or ``&``.

    Examples
    --------
    >>> polyline_chars([0, 1, -1, 1000])[0]
    b'?A@o}@'
    """
    v = np.asarray(values, dtype=np.int64).ravel()
    zz = np.where(v < 0, ~(v << 1), v << 1)
    chunks = np.stack([(zz >> (5 * j)) & 31 for j in range(7)], axis=1)
    more = np.stack([(zz >> (5 * (j + 1))) != 0 for j in range(7)], axis=1)
    present = np.concatenate([np.ones((len(v), 1), dtype=bool), more[:, :-1]], axis=1)
    chars = (chunks | np.where(more, 0x20, 0)) + 63
    return chars[present].astype(np.uint8).tobytes(), present.sum(axis=1)


def encode_geometry(geom: Any, decimals: int) -> list[list[str]] | None:
    """Compact polygon encoding, decoded in the page by ``geomap.decode`` (``render/static/geomap.js``).

    A geometry is a list of polygons, a polygon a list of rings (exterior
    first), a ring one string: the integers ``dx, dy, dx, dy, ...`` in
    Google's encoded-polyline form.  Coordinates are longitude/latitude in
    units of ``10**-decimals`` degrees; each point is written as the
    difference to the point before it, through all rings of the geometry in
    order (the very first point as the difference to 0, 0); closing points are
    left out.  About a quarter of the size
    of GeoJSON text.  Rings that collapse when rounded (fewer than 3 points,
    or no area) are dropped; a polygon whose exterior is dropped goes with its
    holes.  ``decimals`` must be at most 6 (the decoder works in 32 bits).

    Returns ``None`` when nothing drawable is left.

    Examples
    --------
    >>> encode_geometry(shapely.box(36, 33, 36.5, 33.25), 2)
    [['ccFgmE?q@bB??p@']]
    """
    return encode_geometries([geom], decimals)[0]


def _drawable_rings(
    rings: np.ndarray, part_of_ring: np.ndarray, decimals: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Rounded points of the rings that stay drawable once rounded.

    Returns the points of the kept rings (closing points and repeats
    dropped), their count per kept ring, the kept rings' indices, and which
    of all rings are exteriors.
    """
    coords, ring_of_coord = shapely.get_coordinates(rings, return_index=True)
    q = np.rint(coords * 10**decimals).astype(np.int64)
    same = np.zeros(len(q) + 1, dtype=bool)  # same[i + 1]: point i + 1 is on point i's ring
    same[1:-1] = ring_of_coord[1:] == ring_of_coord[:-1]
    repeated = same[:-1].copy()
    repeated[1:] &= (q[1:] == q[:-1]).all(axis=1)
    keep = same[1:] & ~repeated  # drops closing points and repeats from rounding
    q, ring_of_coord = q[keep], ring_of_coord[keep]
    counts = np.bincount(ring_of_coord, minlength=len(rings))
    starts = np.cumsum(counts) - counts
    # twice the signed area of each rounded ring (shoelace): 0 = collapsed to a line or a point
    nxt = np.arange(1, len(q) + 1)
    nxt[(starts + counts - 1)[counts > 0]] = starts[counts > 0]
    nxt %= max(len(q), 1)
    cross = (q[:, 0] * q[nxt, 1] - q[nxt, 0] * q[:, 1]).astype(float)
    area2 = np.bincount(ring_of_coord, weights=cross, minlength=len(rings))
    ok = (counts >= 3) & (area2 != 0)
    is_exterior = np.ones(len(rings), dtype=bool)
    is_exterior[1:] = part_of_ring[1:] != part_of_ring[:-1]
    # a ring is kept when it is drawable and so is its polygon's exterior
    keep_ring = ok & ok[np.flatnonzero(is_exterior)][np.cumsum(is_exterior) - 1]
    kept = np.flatnonzero(keep_ring)
    return q[keep_ring[ring_of_coord]], counts[kept], kept, is_exterior


def encode_geometries(geoms: Any, decimals: int) -> list[list[list[str]] | None]:
    """:func:`encode_geometry` of each of ``geoms``, in one vectorised pass.

    Examples
    --------
    >>> encode_geometries([shapely.box(36, 33, 36.5, 33.25), None], 2)
    [[['ccFgmE?q@bB??p@']], None]
    """
    if not 0 <= decimals <= 6:
        raise ValueError(f"decimals={decimals}: use 0 to 6")
    geoms = np.asarray(geoms, dtype=object).ravel()
    out: list[list[list[str]] | None] = [None] * len(geoms)
    parts, geom_of_part = shapely.get_parts(geoms, return_index=True)
    polys = shapely.get_type_id(parts) == 3
    parts, geom_of_part = parts[polys], geom_of_part[polys]
    if len(parts) == 0:
        return out
    rings, part_of_ring = shapely.get_rings(parts, return_index=True)
    q, counts, kept, is_exterior = _drawable_rings(rings, part_of_ring, decimals)
    if len(kept) == 0:
        return out
    geom_of_ring = geom_of_part[part_of_ring[kept]]
    # one chain of differences through the kept rings of each geometry: a ring's first
    # point is relative to the previous ring's last one (small numbers, short text)
    deltas = np.diff(q, axis=0, prepend=np.zeros((1, 2), dtype=np.int64))
    first_ring = np.ones(len(kept), dtype=bool)
    first_ring[1:] = geom_of_ring[1:] != geom_of_ring[:-1]
    ring_start = np.cumsum(counts) - counts
    deltas[ring_start[first_ring]] = q[ring_start[first_ring]]
    text, widths = polyline_chars(deltas)
    ends = np.zeros(len(widths) + 1, dtype=np.int64)
    np.cumsum(widths, out=ends[1:])
    cuts = ends[2 * np.append(ring_start, len(q))].tolist()
    exterior = is_exterior[kept].tolist()
    for j, g in enumerate(geom_of_ring.tolist()):
        ring = text[cuts[j] : cuts[j + 1]].decode("ascii")
        if out[g] is None:
            out[g] = [[ring]]
        elif exterior[j]:
            out[g].append([ring])
        else:
            out[g][-1].append(ring)
    return out


def encode_lines(geom: Any, decimals: int) -> list[list[str]] | None:
    """Lines in the encoding of :func:`encode_geometry` (one "polygon" whose "rings" are the lines).

    Each part of a (Multi)LineString is one string, its points as differences
    chained through all parts (no closing point dropped: lines are open);
    points that round onto the one before are dropped, and parts left with
    fewer than 2 points.  ``geomap.decode`` gives ``[[latlngs, ...]]``, which
    ``L.polyline`` draws.  ``None`` when nothing drawable is left.

    Examples
    --------
    >>> encode_lines(shapely.LineString([(36, 33), (36.5, 33.25)]), 2)
    [['_`FgmEcBq@']]
    """
    return encode_lines_many([geom], decimals)[0]


def encode_lines_many(geoms: Any, decimals: int) -> list[list[list[str]] | None]:
    """:func:`encode_lines` of each of ``geoms``, in one vectorised pass.

    Examples
    --------
    >>> encode_lines_many([shapely.LineString([(36, 33), (36.5, 33.25)]), None], 2)
    [[['_`FgmEcBq@']], None]
    """
    if not 0 <= decimals <= 6:
        raise ValueError(f"decimals={decimals}: use 0 to 6")
    geoms = np.asarray(geoms, dtype=object).ravel()
    out: list[list[list[str]] | None] = [None] * len(geoms)
    parts, geom_of_part = shapely.get_parts(geoms, return_index=True)
    lines = shapely.get_type_id(parts) == 1
    parts, geom_of_part = parts[lines], geom_of_part[lines]
    if len(parts) == 0:
        return out
    coords, part = shapely.get_coordinates(parts, return_index=True)
    q = np.rint(coords * 10**decimals).astype(np.int64)
    same_part = np.r_[False, part[1:] == part[:-1]]
    keep = ~(same_part & np.r_[False, (q[1:] == q[:-1]).all(axis=1)])  # rounded onto the last
    q, part = q[keep], part[keep]
    keep = (np.bincount(part, minlength=len(parts)) >= 2)[part]
    q, part = q[keep], part[keep]
    if not len(q):
        return out
    # one chain of differences through all the lines of a geometry (its first point from 0, 0)
    geom = geom_of_part[part]
    deltas = np.diff(q, axis=0, prepend=np.zeros((1, 2), dtype=np.int64))
    first = np.r_[True, geom[1:] != geom[:-1]]
    deltas[first] = q[first]
    text, widths = polyline_chars(deltas)
    ends = np.zeros(len(widths) + 1, dtype=np.int64)
    np.cumsum(widths, out=ends[1:])
    kept = np.unique(part)
    counts = np.bincount(part)[kept]
    starts = np.cumsum(counts) - counts
    cuts = ends[2 * np.append(starts, len(q))].tolist()
    for j, g in enumerate(geom_of_part[kept].tolist()):
        line = text[cuts[j] : cuts[j + 1]].decode("ascii")
        if out[g] is None:
            out[g] = [[line]]
        else:
            out[g][0].append(line)
    return out


def display_lines(geoms: Any, tolerance: float, decimals: int) -> list[list[list[str]] | None]:
    """Line geometries simplified for display (multi-lines merged), each in :func:`encode_lines`' encoding.

    ``None`` for a missing, empty or undrawable geometry.
    """
    return encode_lines_many(display_line_geoms(geoms, tolerance), decimals)


def display_line_geoms(geoms: Any, tolerance: float) -> np.ndarray:
    """Line geometries simplified for display, multi-lines merged (None: missing or empty)."""
    arr = np.array(geoms, dtype=object).ravel()
    ok = ~(shapely.is_missing(arr) | shapely.is_empty(arr))
    if tolerance > 0 and ok.any():
        arr[ok] = shapely.simplify(arr[ok], tolerance)
    multi = ok & np.isin(shapely.get_type_id(arr), (4, 5, 6))
    if multi.any():
        arr[multi] = shapely.line_merge(arr[multi])
    arr[~ok] = None
    return arr


class LineParts:
    """Lines encoded once, joined into :func:`encode_lines`' encoding of any selection of them.

    The encoding of a multi-line chains each part's first point to the part
    before it; everything after a part's first point depends on that part
    alone.  So each part's rounded ends and the text of its inner points are
    made once, and a selection only encodes each part's first point.

    ``join(groups)``: for each list of part indices, the same as
    ``encode_lines_many([MultiLineString(parts in that order)])``.
    """

    def __init__(self, parts: Any, decimals: int):
        if not 0 <= decimals <= 6:
            raise ValueError(f"decimals={decimals}: use 0 to 6")
        parts = np.asarray(parts, dtype=object).ravel()
        n = len(parts)
        self.ok = np.zeros(n, dtype=bool)
        self.first = np.zeros((n, 2), dtype=np.int64)
        self.last = np.zeros((n, 2), dtype=np.int64)
        self.tail: list[str] = [""] * n
        self._ok: list[bool] | None = None
        self._memo: dict[tuple[int, int], str] = {}
        if n == 0:
            return
        coords, part = shapely.get_coordinates(parts, return_index=True)
        q = np.rint(coords * 10**decimals).astype(np.int64)
        same_part = np.r_[False, part[1:] == part[:-1]]
        keep = ~(same_part & np.r_[False, (q[1:] == q[:-1]).all(axis=1)])  # rounded onto the last
        q, part = q[keep], part[keep]
        counts = np.bincount(part, minlength=n)
        keep = (counts >= 2)[part]
        q, part = q[keep], part[keep]
        if not len(q):
            return
        self.ok = counts >= 2
        starts = np.flatnonzero(np.r_[True, part[1:] != part[:-1]])
        ends = np.r_[starts[1:], len(q)] - 1
        self.first[part[starts]] = q[starts]
        self.last[part[ends]] = q[ends]
        deltas = np.diff(q, axis=0, prepend=np.zeros((1, 2), dtype=np.int64))
        text, widths = polyline_chars(deltas)
        cum = np.zeros(len(widths) + 1, dtype=np.int64)
        np.cumsum(widths, out=cum[1:])
        # a part's inner points: from its second point's delta to its last's
        lo, hi = cum[2 * (starts + 1)].tolist(), cum[2 * (ends + 1)].tolist()
        for p, a, b in zip(part[starts].tolist(), lo, hi, strict=True):
            self.tail[p] = text[a:b].decode("ascii")

    def join(self, groups: list[list[int]]) -> list[list[list[str]] | None]:
        """The encoding of each group's parts as one multi-line (None: nothing drawable).

        A part's text depends only on the part before it in its group: each
        (part before, part) pair is encoded once and kept for later joins.
        """
        if self._ok is None:
            self._ok = self.ok.tolist()
        ok, memo = self._ok, self._memo
        # each group's (part before, part) pairs; the lookups run in C (sets, map)
        pairs = [
            list(zip([-1, *d[:-1]], d, strict=True)) if d else []
            for d in ([p for p in g if ok[p]] for g in groups)
        ]
        todo = sorted(set().union(*pairs).difference(memo))
        if todo:
            keys = np.array(todo, dtype=np.int64).reshape(-1, 2)
            heads = self.first[keys[:, 1]].copy()
            chained = keys[:, 0] >= 0  # from the previous part's last point
            heads[chained] -= self.last[keys[chained, 0]]
            text, widths = polyline_chars(heads)
            cum = np.zeros(len(widths) + 1, dtype=np.int64)
            np.cumsum(widths, out=cum[1:])
            cut = cum[::2].tolist()
            tail = self.tail
            for k, key in enumerate(todo):
                memo[key] = text[cut[k] : cut[k + 1]].decode("ascii") + tail[key[1]]
        get = memo.__getitem__
        return [[list(map(get, pr))] if pr else None for pr in pairs]
