"""The offline basemap: land and sea for the whole viewport at every zoom.

Country outlines (the source's ``basemap``, Natural Earth 1:10m for a
theatre) are drawn in zoom **bands**.  Each band is simplified for the
deepest zoom it serves and covers an extent around the map frame wide enough
for the viewport at its shallowest zoom; the first band covers the whole
world.  At a given zoom the page draws its band's outlines plus, from every
coarser band, the ring between that band's extent and the next one's: the
land is drawn everywhere the viewport can be panned to, at the resolution the
zoom needs near the action and coarser far from it, with no two bands
overlapping (no doubled fills, no coarse coast over a fine one).

The bands are the same for every page of a folder: :func:`basemap_script`
writes them once to ``assets/basemap.js``; a single page (Jupyter) carries
them inline.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import shapely

from geomap.render import _common as c
from geomap.render._escape import script_json
from geomap.render._geometry import (
    coordinate_decimals,
    encode_geometries,
    pixel_degrees,
    polyline_chars,
)

__all__ = ["BAND_ZOOMS", "MIN_ZOOM", "basemap_bands", "basemap_script"]

#: The deepest zoom each band is simplified for; band k serves the zooms
#: ``(BAND_ZOOMS[k-1], BAND_ZOOMS[k]]`` (the last one every deeper zoom too).
BAND_ZOOMS = (3, 5, 7, 9, 11)
#: The map cannot be zoomed out further than this (the first band is the world).
MIN_ZOOM = 2
#: Simplification tolerance of the basemap, in screen pixels.
_BASEMAP_PX = 1.0
_VIEWPORT_PX = 1000  # the widest viewport a band's extent must cover around the frame
#: Pieces of land cut apart by a band's clip rectangles overlap by this many
#: pixels (at the band's deepest zoom): abutting fills would show a hairline
#: seam where their anti-aliased edges meet.
_OVERLAP_PX = 1.5
#: Holes in the land smaller than this (km², display estimate) are land no
#: country outline covers (Natural Earth leaves the Golan Heights, Abyei, Bir
#: Tawil... to no country): drawn as land.  Larger holes are enclosed seas.
GAP_KM2 = 20_000.0

_CACHE: dict[int, tuple[Any, Any, dict[str, Any]]] = {}


def _extent(fr: c.Frame, zoom: int) -> tuple[float, float, float, float]:
    """The frame grown by the viewport's width at ``zoom`` (clamped to the world)."""
    minx, miny, maxx, maxy = fr.bounds
    half = _VIEWPORT_PX * 360.0 / (256.0 * 2.0**zoom) / 2.0
    lat_half = half * 0.8
    return (
        max(minx - half, -180.0),
        max(miny - lat_half, -85.06),
        min(maxx + half, 180.0),
        min(maxy + lat_half, 85.06),
    )


def _ring(
    outer: tuple[float, ...], inner: tuple[float, ...], pad: float = 0.0
) -> list[tuple[float, ...]]:
    """Four rectangles tiling ``outer`` minus ``inner`` (``inner`` lies inside ``outer``).

    ``pad`` > 0 grows each rectangle inwards by that much (degrees), so that
    the rectangles overlap each other and ``inner``.
    """
    ox0, oy0, ox1, oy1 = outer
    ix0, iy0, ix1, iy1 = inner
    boxes = [
        (ox0, oy0, ix0 + pad, oy1),  # west strip
        (ix1 - pad, oy0, ox1, oy1),  # east strip
        (ix0 - pad, oy0, ix1 + pad, iy0 + pad),  # south, between them
        (ix0 - pad, iy1 - pad, ix1 + pad, oy1),  # north
    ]
    return [b for b in boxes if b[2] > b[0] and b[3] > b[1]]


def _grow(box: tuple[float, ...], pad: float) -> tuple[float, ...]:
    return (box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad)


def _fills(geoms: np.ndarray, decimals: int) -> list[Any]:
    return [e for e in encode_geometries(geoms, decimals) if e]


def _gaps(simple: np.ndarray, near: tuple[float, ...]) -> list[Any]:
    """Holes smaller than :data:`GAP_KM2` in the union of ``simple`` (land no outline covers).

    Only among the outlines that reach the box ``near`` (around the map
    frame): a union of the whole world's would cost seconds per band.
    """
    simple = simple[shapely.intersects(simple, shapely.box(*near))]
    parts = simple[~shapely.is_empty(simple)]
    if len(parts) == 0:
        return []
    bad = ~shapely.is_valid(parts)
    if bad.any():  # only these made valid (np.where would make every part valid, then drop it)
        parts = parts.copy()
        parts[bad] = shapely.make_valid(parts[bad])
    land = shapely.union_all(parts)
    holes = [
        shapely.Polygon(ring)
        for poly in shapely.get_parts(land)
        if shapely.get_type_id(poly) == 3
        for ring in shapely.get_rings(poly)[1:]
    ]
    out = []
    for hole in holes:
        lat = shapely.get_y(shapely.centroid(hole))
        km2 = shapely.area(hole) * 111.32**2 * np.cos(np.radians(lat))  # display estimate
        if km2 < GAP_KM2:
            out.append(hole)
    return out


def _lines(geoms: Any, rects: list[tuple[float, ...]], decimals: int) -> list[str]:
    """The outlines of ``geoms`` as polylines, without the segments along the clip ``rects``.

    Land is filled without a stroke; borders and coasts are drawn from these
    lines, so the edges where a band was clipped never show as lines.  Each
    line is a string of :func:`encode_geometry`'s ring form, all in one chain
    of differences.
    """
    geoms = np.asarray(geoms, dtype=object)
    if len(geoms) == 0:
        return []
    geoms = geoms[~shapely.is_empty(geoms)]
    if len(geoms) == 0:
        return []
    rings = shapely.get_rings(shapely.get_parts(geoms))
    xy, ring = shapely.get_coordinates(rings, return_index=True)
    if len(xy) < 2:
        return []
    a, b = xy[:-1], xy[1:]
    keep = ring[:-1] == ring[1:]
    for x0, y0, x1, y1 in rects:
        for k, v in ((0, x0), (0, x1), (1, y0), (1, y1)):
            keep &= ~((a[:, k] == v) & (b[:, k] == v))
    q = np.rint(xy * 10**decimals).astype(np.int64)
    # runs of kept segments: segment i joins points i and i+1; run r has points lo..hi
    flags = np.r_[0, keep.astype(np.int8), 0]
    edges = np.flatnonzero(np.diff(flags))
    lo, hi = edges[::2], edges[1::2]
    if len(lo) == 0:
        return []
    count = hi - lo + 1
    run = np.repeat(np.arange(len(lo)), count)
    pts = q[np.repeat(lo - (np.cumsum(count) - count), count) + np.arange(int(count.sum()))]
    first = np.r_[True, run[1:] != run[:-1]]
    pts_keep = first.copy()  # a run's first point, and each point unlike the one before it
    pts_keep[1:] |= (pts[1:] != pts[:-1]).any(axis=1)
    pts, run = pts[pts_keep], run[pts_keep]
    drawn = (np.bincount(run, minlength=len(lo)) >= 2)[run]  # runs of 2 points or more
    pts, run = pts[drawn], run[drawn]
    if len(pts) == 0:
        return []
    # one chain of differences through every run (the first from 0, 0)
    text, widths = polyline_chars(np.diff(pts, axis=0, prepend=np.zeros((1, 2), np.int64)))
    ends = np.zeros(len(widths) + 1, dtype=np.int64)
    np.cumsum(widths, out=ends[1:])
    starts = np.flatnonzero(np.r_[True, run[1:] != run[:-1]])
    cuts = ends[2 * np.r_[starts, len(pts)]].tolist()
    return [text[a:b].decode("ascii") for a, b in zip(cuts[:-1], cuts[1:], strict=True)]


def _prepare(geoms: np.ndarray, tolerance: float) -> np.ndarray:
    """Drop parts smaller than a couple of pixels, then simplify (display only).

    One pass over every outline's polygon parts: each outline becomes the
    multipolygon of its simplified parts, in order (an empty polygon when none is left).
    """
    geoms = np.asarray(geoms, dtype=object)
    out = np.empty(len(geoms), dtype=object)
    out[:] = [shapely.Polygon() for _ in range(len(geoms))]
    shown = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    parts, owner = shapely.get_parts(geoms[shown], return_index=True)
    owner = np.flatnonzero(shown)[owner]
    keep = shapely.get_type_id(parts) == 3
    parts, owner = parts[keep], owner[keep]
    # bounding-box size: cheap, and an island under ~2 px wide cannot be seen
    b = shapely.bounds(parts).reshape(-1, 4)
    big = np.maximum(b[:, 2] - b[:, 0], b[:, 3] - b[:, 1]) >= 2 * tolerance
    parts, owner = parts[big], owner[big]
    simple, at = shapely.get_parts(
        shapely.simplify(parts, tolerance, preserve_topology=False), return_index=True
    )
    owner = owner[at]
    keep = (shapely.get_type_id(simple) == 3) & ~shapely.is_empty(simple)
    simple, owner = simple[keep], owner[keep]
    if len(simple):
        # one multipolygon per outline with parts left (owner ascending: get_parts keeps order)
        group = np.cumsum(np.r_[0, owner[1:] != owner[:-1]])
        out[np.unique(owner)] = shapely.multipolygons(simple, indices=group)
    return out


def basemap_bands(source: Any, fr: c.Frame) -> dict[str, Any]:
    """The zoom bands of the basemap of ``source`` around frame ``fr``, encoded for the page.

    Returns
    -------
    dict
        ``{"bands": [{"z": deepest zoom, "scale": 10**decimals,
        "inner": [geometry, ...], "outer": [geometry, ...],
        "inner_lines": [line, ...], "outer_lines": [line, ...]}, ...]}``:
        ``inner`` is the band's land inside the next band's extent,
        ``outer`` the rest (filled, no stroke); ``*_lines`` their borders and
        coasts, without the edges where they were clipped (one delta chain
        per list, as in a ring of :func:`encode_geometry`).  Empty when the
        source has no basemap.
    """
    basemap = getattr(source, "basemap", None)
    if basemap is None or len(basemap) == 0:
        return {"bands": []}
    original, key = basemap, id(basemap)
    hit = _CACHE.get(key)
    if hit is not None and hit[0] is original and hit[1] == fr.bounds:
        return hit[2]
    basemap = c.to_wgs84(basemap)
    geoms = np.asarray(basemap.geometry.values, dtype=object)
    bad = ~shapely.is_valid(geoms)
    if bad.any():  # a few Natural Earth outlines have self-touching rings
        geoms = geoms.copy()
        geoms[bad] = shapely.make_valid(geoms[bad])
    lat = (fr.bounds[1] + fr.bounds[3]) / 2
    extents = [(-180.0, -85.06, 180.0, 85.06)]
    for prev in BAND_ZOOMS[:-1]:
        extents.append(_extent(fr, prev + 1))
    bands = []
    gaps: list[Any] = []
    for k, zoom in enumerate(BAND_ZOOMS):
        tol = pixel_degrees(zoom, lat) * _BASEMAP_PX
        pad = pixel_degrees(zoom, lat) * _OVERLAP_PX
        decimals = coordinate_decimals(tol)
        clipped = shapely.clip_by_rect(geoms, *_grow(extents[k], pad))
        simple = _prepare(clipped, tol)
        gaps = _gaps(simple, extents[min(2, len(extents) - 1)])
        # fills: the countries and the land no outline covers; lines: the countries' only
        fills = np.concatenate([simple, np.asarray(gaps, dtype=object)]) if gaps else simple
        if k + 1 < len(extents):
            inner_box = _grow(extents[k + 1], pad)
            rings = _ring(extents[k], extents[k + 1], pad)
            inner_rects, outer_rects = [extents[k], inner_box], [extents[k], *rings]
        else:
            inner_box, rings = _grow(extents[k], pad), []
            inner_rects, outer_rects = [inner_box], []

        def cut(geoms: np.ndarray, boxes: list[tuple[float, ...]]) -> np.ndarray:
            if not boxes:
                return np.asarray([], dtype=object)
            return np.concatenate([shapely.clip_by_rect(geoms, *b) for b in boxes])

        bands.append(
            {
                "z": zoom,
                "scale": 10**decimals,
                "box": [round(v, 4) for v in extents[k]],
                "inner": _fills(cut(fills, [inner_box]), decimals),
                "outer": _fills(cut(fills, rings), decimals),
                "inner_lines": _lines(cut(simple, [inner_box]), inner_rects, decimals),
                "outer_lines": _lines(cut(simple, rings), outer_rects, decimals),
            }
        )
    out = {"bands": bands}
    _CACHE.clear()  # one entry: the source being drawn (a folder of pages, or a notebook)
    _CACHE[key] = (original, fr.bounds, out)
    return out


def basemap_script(data: dict[str, Any]) -> str:
    """A script setting the basemap bands shared by every page of a map folder."""
    return f"window.GEOMAP_BASEMAP = {script_json(data)};\n"
