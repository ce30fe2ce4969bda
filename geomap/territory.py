"""Territory from places: capped Voronoi cells, drawn areas, and faces.

The territory model (DESIGN §2):

* each place inside the area of interest owns a **cell**: its Voronoi cell
  among those places, capped at ``radius_km`` around the place, clipped to the
  area of interest;
* places with an extent (``areas.geojson``) own that extent first; the other
  places are tessellated around it;
* land no capped cell reaches is **unassigned**;
* a drawn-geometry event transfers exactly its geometry (clipped to the area
  of interest).

All of this is computed once, as a planar partition of the area of interest
into **faces**: cell, extent and drawn-area boundaries are noded (snap-rounded
on a 1 cm grid) and polygonized, so faces share their edges vertex for vertex
and form a valid coverage.  Voronoi cells already tile the plane, so only the
cells something cuts (a cap, the AOI outline, an extent, a drawn area's outline, a
barrier) are noded, with the few neighbours such a cut can reach; every other
cell is a face as it is, its vertices rounded to the same grid (*local
noding*: the same coverage as noding everything, checked edge for edge where
the two meet).  Each face belongs to at most one place and to any number
of drawn areas.  Over time a face is held by whoever the latest event touching
it (its place's, or a drawn area's containing it) gave it to: actors'
territories never overlap and, with the unassigned faces, add up to the area
of interest exactly.  An actor's territory on a date is the
``coverage_union_all`` of its faces.

Cells are built in the equal-area CRS fitted to the area of interest (so the
cap is a circle in metres, a 64-gon) and the faces are returned in
EPSG:4326; their edges are straight in longitude/latitude from then on.
"""

from __future__ import annotations

import functools
import math
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import pandas as pd
import shapely
from pyproj import CRS

from .crs import distinct_points, inverse_xy, to_degrees, to_metres
from .facelog import FaceLog

__all__ = [
    "Tessellation",
    "FaceLog",
    "FaceUnions",
    "tessellate",
    "replay",
    "contested_band",
    "FaceGraph",
    "face_graph",
    "enclose",
    "enclose_log",
    "place_reach_km",
    "cut_by_barriers",
]

_CAP_QUAD_SEGS = 16  # a 64-gon cap: its area is 0.16 % under the circle's
_GRID_M = 0.01  # noding grid, metres
_DENSIFY_M = 5000.0  # longest face edge (m) before reading back in lon/lat: shape kept to ~1e-5
_MARGIN_M = 1.0  # a cell with an edge this short, or a cut this near, is noded: never kept as is
_LOCAL_TRIES = 4  # rounds of local noding before noding everything


@dataclass
class RaggedFaces:
    """Polygons' coordinates as :func:`shapely.to_ragged_array` gives them: ``xy``, lon/lat
    rows, ring after ring; ``ring_off`` and ``poly_off``, the ring and polygon offsets."""

    xy: np.ndarray
    ring_off: np.ndarray
    poly_off: np.ndarray


@dataclass
class Tessellation:
    """Faces of the area of interest and what owns them.

    Attributes
    ----------
    faces : ndarray of shapely Polygons, EPSG:4326
    face_place : ndarray of int
        Index into the places given to :func:`tessellate`, or -1.
    place_faces : list of ndarray
        Face indices of each place (empty for a place with no cell).
    drawn_faces : list of ndarray
        Face indices inside each drawn area, in the order given.
    crs : pyproj.CRS
        The equal-area CRS the cells were built in.
    radius_km : float
    ragged : RaggedFaces or None
        The faces' coordinates as :func:`tessellate` built them, to measure the
        faces without reading them back (None: not kept, e.g. faces from the
        derivation cache).  Not an argument: set after the faces are made.
    """

    faces: np.ndarray
    face_place: np.ndarray
    place_faces: list[np.ndarray]
    drawn_faces: list[np.ndarray]
    crs: CRS
    radius_km: float
    ragged: RaggedFaces | None = field(default=None, init=False, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.faces)


def _polygons_only(geoms: np.ndarray) -> np.ndarray:
    """Keep the polygonal part of each geometry (intersections may add lines)."""
    out = np.empty(len(geoms), dtype=object)
    for i, g in enumerate(geoms):
        if g is None or g.is_empty or g.geom_type in ("Polygon", "MultiPolygon"):
            out[i] = g
        else:
            parts = [p for p in shapely.get_parts(g) if p.geom_type == "Polygon"]
            out[i] = shapely.multipolygons(parts) if parts else shapely.Polygon()
    return out


def tessellate(  # noqa: PLR0913  (the theatre's inputs, each keyword-only)
    aoi: shapely.Geometry,
    lon: np.ndarray,
    lat: np.ndarray,
    *,
    radius_km: float,
    crs: CRS,
    own_radius_km: np.ndarray | None = None,
    inside: np.ndarray | None = None,
    extents: dict[int, shapely.Geometry] | None = None,
    drawn: list[shapely.Geometry] | None = None,
    barriers: list[shapely.Geometry] | None = None,
    noding: Literal["local", "global"] = "local",
) -> Tessellation:
    """Partition the area of interest into faces owned by places and drawn areas.

    Parameters
    ----------
    aoi : shapely Polygon or MultiPolygon, EPSG:4326
    lon, lat : array of float
        Place coordinates, EPSG:4326.
    radius_km : float
        The cap on each cell, in km, measured in ``crs``.
    own_radius_km : array of float, optional
        A place's own cap (NaN: ``radius_km``), e.g. a city district that
        changed hands on its own.  Sensitivity runs vary ``radius_km`` only.
    crs : pyproj.CRS
        An equal-area CRS in metres fitted to the AOI (``geomap.crs.equal_area_crs``).
    inside : array of bool, optional
        Which places own a cell (default: those inside the AOI).  Of several
        places at the same point only the first owns the cell.
    extents : dict, optional
        Place index → polygon (EPSG:4326) that the place owns first.
    drawn : list, optional
        Drawn-area polygons (EPSG:4326), in event order.
    barriers : list, optional
        Lines or polygons (EPSG:4326) cells do not cross: see
        :func:`cut_by_barriers` (places' extents and drawn areas are not cut).
    noding : {"local", "global"}
        ``"local"`` (default): only the cells that a cap, the area's outline,
        an extent, a barrier or a drawn area cuts are noded, with their
        neighbours; every other Voronoi cell is a face as it is (on the same
        1 cm grid).  ``"global"``: every boundary is noded together.  Both
        give the same coverage (same faces up to their order and the last
        bits of densified vertices); ``"global"`` is the slower reference.

    Returns
    -------
    Tessellation
    """
    if not radius_km > 0:
        raise ValueError(f"radius_km must be positive, not {radius_km!r}")
    if noding not in ("local", "global"):
        raise ValueError(f"noding must be 'local' or 'global', not {noding!r}")
    n = len(lon)
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    # parts one by one: an AOI split at the antimeridian becomes one piece once unwrapped
    aoi_m = shapely.union_all(to_metres(shapely.get_parts(aoi), crs, densify_deg=0.05))
    shapely.prepare(aoi_m)
    pts_m = to_metres(shapely.points(lon, lat), crs) if n else np.empty(0, dtype=object)
    inside = _owning(aoi_m, pts_m, lon, lat, inside)

    extents = extents or {}
    ext_idx = np.array(sorted(i for i in extents if i < n), dtype=int)
    ext_m = _clipped_m([extents[i] for i in ext_idx], crs, aoi_m)
    drawn_m = _polygons_only(_clipped_m(drawn or [], crs, aoi_m))
    barriers_m = (
        to_metres(np.array(barriers, dtype=object), crs, densify_deg=0.01) if barriers else None
    )
    has_ext = np.zeros(n, bool)
    has_ext[ext_idx] = True
    seeds = np.flatnonzero(inside & ~has_ext)
    cells = _Cells.build(aoi_m, pts_m[seeds], _radii(seeds, radius_km, own_radius_km), radius_km)
    if noding == "global" or not len(seeds):
        cells.cut(np.ones(len(seeds), bool), aoi_m, barriers_m, ext_m)
    else:
        # a drawn area cuts the cells its outline crosses; a cell inside it is a face as it is
        cutters = [g for g in ext_m if g is not None and not g.is_empty]
        cutters += [shapely.boundary(g) for g in drawn_m if g is not None and not g.is_empty]
        cells.cut(~cells.untouched(aoi_m, cutters, barriers_m), aoi_m, barriers_m, ext_m)
    ext_owned = (_polygons_only(ext_m), ext_idx)
    if noding == "global" or not len(seeds):
        base = np.concatenate([cells.geoms, ext_owned[0]])
        owner = np.concatenate([seeds, ext_idx])
        faces_m, face_place, drawn_faces = _faces_global(aoi_m, base, owner, drawn_m)
    else:
        faces_m, face_place, drawn_faces = _faces_local(aoi_m, cells, seeds, ext_owned, drawn_m)
    # local faces are densified on their way to degrees (global ones were before polygonize)
    densify_m = _DENSIFY_M if noding == "local" and len(seeds) else None
    return _tessellation(faces_m, face_place, drawn_faces, n, crs, radius_km, densify_m)


def _owning(aoi_m, pts_m, lon, lat, inside) -> np.ndarray:
    """Which places own a cell: those inside (given or inside the AOI), the first at each point."""
    n = len(lon)
    if inside is None:
        inside = shapely.contains(aoi_m, pts_m) if n else np.zeros(0, bool)
    inside = np.asarray(inside, dtype=bool).copy()
    # one cell per location: later duplicates own none
    if n:
        x, y = np.round(lon, 9), np.round(lat, 9)
        order = np.lexsort((y, x))  # stable: the first of equal points comes first
        x, y = x[order], y[order]
        dup = np.zeros(n, bool)
        dup[order[1:]] = (x[1:] == x[:-1]) & (y[1:] == y[:-1])
        inside &= ~dup
    return inside


def _clipped_m(geoms: list, crs: CRS, aoi_m: shapely.Geometry) -> np.ndarray:
    """Polygons (EPSG:4326) in metres, clipped to the AOI (in metres)."""
    if not len(geoms):
        return np.empty(0, dtype=object)
    out = to_metres(np.array(list(geoms), dtype=object), crs, densify_deg=0.01)
    return shapely.intersection(out, aoi_m)


def _radii(seeds: np.ndarray, radius_km: float, own_radius_km: np.ndarray | None) -> np.ndarray:
    """Each seed's cap in km: its own, else ``radius_km``."""
    radii = np.full(len(seeds), float(radius_km))
    if own_radius_km is not None:
        own = np.asarray(own_radius_km, dtype=float)[seeds]
        radii = np.where(np.isnan(own), radii, own)
    return radii


@dataclass
class _Cells:
    """The seeds' Voronoi cells (``vor``) and their capped, clipped, cut shapes (``geoms``)."""

    vor: np.ndarray
    geoms: np.ndarray
    pts: np.ndarray
    radii_m: np.ndarray
    cut_mask: np.ndarray
    spread: np.ndarray  # cut cells whose cut may reach an edge they share with a neighbour

    @classmethod
    def build(cls, aoi_m, pts: np.ndarray, radii_km: np.ndarray, radius_km: float) -> _Cells:
        seed_xy = shapely.get_coordinates(pts)
        if len(pts) == 1:
            vor = np.array([aoi_m.envelope.buffer(radius_km * 1000 * 2)], dtype=object)
        elif len(pts):
            minx, miny, maxx, maxy = aoi_m.bounds
            pad = max(maxx - minx, maxy - miny) + radius_km * 1000 * 4
            env = shapely.box(minx - pad, miny - pad, maxx + pad, maxy + pad)
            vor = shapely.get_parts(
                shapely.voronoi_polygons(shapely.multipoints(seed_xy), extend_to=env, ordered=True)
            )
        else:
            vor = np.empty(0, dtype=object)
        none = np.zeros(len(pts), bool)
        return cls(vor, vor.copy(), pts, radii_km * 1000.0, none, none.copy())

    def untouched(self, aoi_m, cutters: list, barriers_m: np.ndarray | None) -> np.ndarray:
        """Cells no cap, AOI outline, extent, drawn area or barrier comes near (conservative).

        A cell is untouched when its vertices lie inside its cap's 64-gon
        (in the inscribed circle) at least ``_MARGIN_M`` from its edge, the
        AOI contains its bounding box grown by that much, none of ``cutters``
        (extents, drawn areas) or barriers comes that near, and no edge of it
        is that short (snap-rounding on the 1 cm grid could move an edge near
        a vertex a hair away).

        Also sets ``spread``: the other cells whose cut may change an edge
        they share with an untouched cell.  An edge an untouched cell shares
        is that far from the AOI outline and every cutter, and (for equal
        caps) as deep in the neighbour's cap as in its own, so only a short
        edge, a smaller cap or a barrier (which drops pieces of a cell) can
        reach it.
        """
        xy, which = shapely.get_coordinates(self.vor, return_index=True)
        n = len(self.vor)
        far = np.zeros(n)  # each cell's farthest vertex from its place (``which`` is sorted)
        first = np.flatnonzero(np.r_[True, which[1:] != which[:-1]]) if len(which) else which
        dist = np.hypot(*(xy - shapely.get_coordinates(self.pts)[which]).T)
        far[which[first]] = np.maximum.reduceat(dist, first) if len(first) else far[:0]
        capped = far < self.radii_m * math.cos(math.pi / (4 * _CAP_QUAD_SEGS)) - _MARGIN_M
        same = which[1:] == which[:-1]
        edge = np.hypot(*(xy[1:] - xy[:-1]).T)
        self.spread = np.zeros(n, bool)
        self.spread[which[1:][same & (edge < _MARGIN_M)]] = True
        if np.ptp(self.radii_m) > 0:
            self.spread |= ~capped
        ok = capped & ~self.spread
        ok[ok] = shapely.contains_properly(aoi_m, self.grown[ok])
        if cutters:
            _, hit = self.tree.query(
                np.array(cutters, dtype=object), predicate="dwithin", distance=_MARGIN_M
            )
            ok[hit] = False
        if barriers_m is not None and len(barriers_m):
            _, hit = self.tree.query(barriers_m, predicate="dwithin", distance=_MARGIN_M)
            ok[hit] = False
            self.spread[hit] = True
        return ok

    @functools.cached_property
    def tree(self) -> shapely.STRtree:
        """The Voronoi cells' tree, built when first queried (only cutters, barriers and
        cut cells near kept ones are looked up in it)."""
        return shapely.STRtree(self.vor)

    @functools.cached_property
    def grown(self) -> np.ndarray:
        """Each cell's bounding box grown by ``_MARGIN_M``: it holds all within that of the cell."""
        b = shapely.bounds(self.vor).reshape(-1, 4)
        return shapely.box(
            b[:, 0] - _MARGIN_M, b[:, 1] - _MARGIN_M, b[:, 2] + _MARGIN_M, b[:, 3] + _MARGIN_M
        )

    def cut(self, mask: np.ndarray, aoi_m, barriers_m: np.ndarray | None, ext_m) -> None:
        """Cap, clip to the AOI, cut by barriers and extents the cells in ``mask``."""
        self.cut_mask = np.asarray(mask, bool)
        if not self.cut_mask.any():
            return
        cells = shapely.intersection(
            self.vor[mask],
            shapely.buffer(self.pts[mask], self.radii_m[mask], quad_segs=_CAP_QUAD_SEGS),
        )
        # clip to the AOI only where a cell reaches beyond it
        crossing = ~shapely.contains(aoi_m, cells)
        cells[crossing] = shapely.intersection(cells[crossing], aoi_m)
        if barriers_m is not None:
            cells = cut_by_barriers(cells, self.pts[mask], barriers_m)
        ext_union = shapely.union_all(ext_m) if len(ext_m) else shapely.Polygon()
        if not ext_union.is_empty:
            cells = shapely.difference(cells, ext_union)
        self.geoms[mask] = _polygons_only(cells)

    def near_cut(self) -> np.ndarray:
        """The cut cells, and every cell touching (or ``_MARGIN_M`` near) one in ``spread``."""
        near = self.cut_mask.copy()
        if self.spread.any() and not near.all():
            _, nb = self.tree.query(self.grown[self.spread], predicate="intersects")
            near[nb] = True
        return near


def _boundaries(aoi_m, *groups: np.ndarray) -> np.ndarray:
    """The AOI's outline and the outlines of every non-empty polygon in ``groups``."""
    lines = [shapely.boundary(aoi_m)]
    for g in groups:
        if len(g):
            lines += list(shapely.boundary(g[~shapely.is_empty(g)]))
    return np.array(lines, dtype=object)


def _faces_global(aoi_m, base: np.ndarray, owner: np.ndarray, drawn_m: np.ndarray):
    """Faces from every boundary noded together (the reference), densified."""
    # snap-rounding on a 1 cm grid merges edges that overlays computed a hair apart
    noded = shapely.union_all(_boundaries(aoi_m, base, drawn_m), grid_size=_GRID_M)
    # densify the (unique) noded edges, so faces keep their metric shape in lon/lat and
    # neighbours still share every vertex
    noded = shapely.segmentize(noded, _DENSIFY_M)
    faces = shapely.get_parts(shapely.polygonize(shapely.get_parts(noded)))
    return _assign(faces, aoi_m, base, owner, drawn_m)


def _faces_local(aoi_m, cells: _Cells, seeds: np.ndarray, ext_owned, drawn_m: np.ndarray):
    """Faces: untouched cells as they are, the rest noded locally (not yet densified:
    :func:`_tessellation` densifies them as it unprojects them).

    The cells to node are the cut ones and the neighbours their cut can
    reach (:meth:`_Cells.untouched`), so a cell kept as it is borders only
    cells whose boundary it shares vertex for vertex.  Each kept cell's vertices are rounded to the noding grid one by one, as
    snap-rounding rounds them; the noded faces must then carry every edge
    of the kept region's outline exactly.  Where they do not (snap-rounding
    moved an edge through a vertex a hair away), the kept cells concerned are
    noded too and the check repeats; in the end every boundary is noded.
    """
    ext_geoms, ext_idx = ext_owned
    noded = cells.near_cut()
    for _ in range(_LOCAL_TRIES):
        kept_idx = np.flatnonzero(~noded)
        kept = _on_grid(cells.vor[kept_idx])
        base = np.concatenate([cells.geoms[noded], ext_geoms])
        owner = np.concatenate([seeds[noded], ext_idx])
        lines = shapely.union_all(_boundaries(aoi_m, base, drawn_m), grid_size=_GRID_M)
        faces = shapely.get_parts(shapely.polygonize(shapely.get_parts(lines)))
        faces, face_place, drawn_faces = _assign(faces, aoi_m, base, owner, drawn_m, kept)
        bad = _unmatched(kept, faces)
        if not bad.any():
            break
        noded[kept_idx[bad]] = True
    else:
        base = np.concatenate([cells.geoms, ext_geoms])
        return _faces_global(aoi_m, base, np.concatenate([seeds, ext_idx]), drawn_m)
    shift = len(kept)
    # a kept cell lies wholly inside or outside each drawn area: its place tells which
    inside = _inside_each(drawn_m, cells.pts[kept_idx])
    return (
        np.concatenate([kept, faces]),
        np.concatenate([seeds[kept_idx], face_place]),
        [np.concatenate([k, f + shift]) for k, f in zip(inside, drawn_faces, strict=True)],
    )


def _grid_round(xy: np.ndarray) -> np.ndarray:
    """Coordinates rounded to the noding grid as GEOS rounds them (``round(v * scale) / scale``,
    rounding half up as Java's ``Math.round`` does), bit for bit."""
    scale = 1.0 / _GRID_M
    v = xy * scale
    whole = np.floor(v)
    return (whole + (v - whole >= 0.5)) / scale


def _on_grid(polys: np.ndarray) -> np.ndarray:
    """``shapely.set_precision(polys, _GRID_M, mode="pointwise")``, the same coordinates bit for
    bit, rounded in numpy (GEOS rounds geometry by geometry, three times slower).  Nothing else
    is changed: pointwise rounding keeps every vertex, and the cells kept as they are have no
    edge short enough to collapse (:meth:`_Cells.untouched`)."""
    return shapely.transform(polys, _grid_round)


def _assign(faces, aoi_m, base, owner, drawn_m, kept: np.ndarray | None = None):
    """Faces inside the AOI (and outside ``kept``), each face's place and each drawn area's faces."""
    faces = faces[shapely.area(faces) > 0]
    probe = shapely.point_on_surface(faces)
    keep = shapely.contains(aoi_m, probe)  # drop faces filling holes of the AOI
    if kept is not None and len(kept):
        inner, _ = shapely.STRtree(kept).query(probe, predicate="intersects")
        keep[inner] = False
    faces, probe = faces[keep], probe[keep]
    face_place = np.full(len(faces), -1, dtype=int)
    if len(base):
        pi, bi = shapely.STRtree(base).query(probe, predicate="within")
        face_place[pi] = owner[bi]
    return faces, face_place, _inside_each(drawn_m, probe)


def _inside_each(areas: np.ndarray, probe: np.ndarray) -> list[np.ndarray]:
    """For each area, the indices (ascending) of the probe points it contains."""
    if not len(areas):
        return []
    ai, pi = shapely.STRtree(probe).query(areas, predicate="contains")
    order = np.lexsort((pi, ai))
    ai, pi = ai[order], pi[order].astype(int)
    return np.split(pi, np.searchsorted(ai, np.arange(1, len(areas))))


def _ring_coordinates(polys: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The coordinates of every ring of the polygons, each ring's number, and each ring's
    polygon (rings made as objects only when some polygon has holes)."""
    if not np.any(shapely.get_num_interior_rings(polys) > 0):
        xy, ring = shapely.get_coordinates(polys, return_index=True)
        return xy, ring, np.arange(len(polys))
    rings, ring_of = shapely.get_rings(polys, return_index=True)
    xy, ring = shapely.get_coordinates(rings, return_index=True)
    return xy, ring, ring_of


def _point_ids(xy: np.ndarray) -> tuple[np.ndarray, int]:
    """One number per coordinate row, equal exactly when the points are (``-0.0`` as ``0.0``),
    and how many distinct points there are.

    On the noding grid every coordinate is ``round(v * scale) / scale`` (:func:`_grid_round`,
    and snap-rounding's output), so its whole number of grid steps stands for it exactly and
    a point is one integer, numbered by hashing; off the grid, the rows are sorted."""
    scale = 1.0 / _GRID_M
    x, y = np.rint(xy[:, 0] * scale), np.rint(xy[:, 1] * scale)  # column by column: faster
    if (
        len(xy)
        and np.array_equal(x / scale, xy[:, 0])
        and np.array_equal(y / scale, xy[:, 1])
        and max(np.ptp(x), np.ptp(y)) < 2.0**32
    ):
        u = (x - x.min()).astype(np.uint64) << np.uint64(32) | (y - y.min()).astype(np.uint64)
        codes, uniq = pd.factorize(u)
        return codes.astype(np.int64), len(uniq)
    uniq, codes = np.unique(xy + 0.0, axis=0, return_inverse=True)
    return codes.reshape(-1).astype(np.int64), len(uniq)


def _edge_keys(ring: np.ndarray, ring_of: np.ndarray, ids: np.ndarray, n: int):
    """Every non-degenerate ring edge as one number (its two points' numbers ``ids``, of
    ``n`` points, the lower first, so an edge reads the same both ways round), and the
    polygon each comes from."""
    same = ring[1:] == ring[:-1]
    a, b = ids[:-1][same], ids[1:][same]
    real = a != b
    lo, hi = np.minimum(a, b)[real], np.maximum(a, b)[real]
    return lo * (n + 1) + hi, ring_of[ring[1:][same][real]]


def _unmatched(kept: np.ndarray, faces: np.ndarray) -> np.ndarray:
    """Which kept cells have an outline edge (shared with no other kept cell) no face carries."""
    bad = np.zeros(len(kept), bool)
    if not len(kept):
        return bad
    xy_k, ring_k, of_k = _ring_coordinates(kept)
    empty = (np.zeros((0, 2)), np.zeros(0, np.int64), np.zeros(0, np.int64))
    xy_f, ring_f, of_f = _ring_coordinates(faces) if len(faces) else empty
    ids, n = _point_ids(np.vstack([xy_k, xy_f]))  # one numbering for both
    edges, owner = _edge_keys(ring_k, of_k, ids[: len(xy_k)], n)
    face_edges, _ = _edge_keys(ring_f, of_f, ids[len(xy_k) :], n)
    outline = ~pd.Series(edges).duplicated(keep=False).to_numpy()
    found = pd.Series(edges[outline]).isin(face_edges).to_numpy()
    bad[owner[outline][~found]] = True
    return bad


def _densify(polys: np.ndarray, max_len: float) -> np.ndarray:
    """Polygons with vertices inserted so no edge is longer than ``max_len``.

    Like ``shapely.segmentize``, but an edge's new vertices are computed from
    its lexicographically lower end, so two faces sharing an edge (in either
    direction) get the same vertices, bit for bit.
    """
    out = np.array(polys, dtype=object)
    xy, which = shapely.get_coordinates(out, return_index=True)
    same = which[1:] == which[:-1]
    long = same & (np.hypot(*(xy[1:] - xy[:-1]).T) > max_len)
    todo = np.unique(which[1:][long])  # the others keep their vertices
    if len(todo):
        out[todo] = _split_edges(out[todo], max_len)
    return out


def _ragged(polys: np.ndarray) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray]]:
    """``shapely.to_ragged_array(polys)[1:]`` of polygons: coordinates, (ring, polygon) offsets.
    Without holes each polygon is one ring, read without making the rings as objects."""
    if (
        len(polys)
        and not np.any(shapely.get_num_interior_rings(polys) > 0)
        and not shapely.is_empty(polys).any()
    ):
        xy = shapely.get_coordinates(polys)
        off = np.zeros(len(polys) + 1, dtype=np.int64)
        np.cumsum(shapely.get_num_coordinates(polys), out=off[1:])
        return xy, (off, np.arange(len(polys) + 1, dtype=np.int64))
    _, xy, offsets = shapely.to_ragged_array(polys)
    return xy, offsets


def _split_edges(polys: np.ndarray, max_len: float) -> np.ndarray:
    """:func:`_densify` of polygons, every one rebuilt."""
    xy, (ring_off, poly_off) = _ragged(polys)
    out, ring_off = _split_coords(xy, ring_off, max_len)
    out = np.ascontiguousarray(out)  # as from_ragged_array reads it
    return shapely.from_ragged_array(shapely.GeometryType.POLYGON, out, (ring_off, poly_off))


def _split_coords(xy: np.ndarray, ring_off: np.ndarray, max_len: float):
    """The ragged coordinates and ring offsets of :func:`_split_edges` (an edge no longer than
    ``max_len`` keeps its ends only, so polygons without a long edge keep their vertices).
    Worked one coordinate at a time (row gathers and scatters of (n, 2) arrays are slower)."""
    starts = np.ones(len(xy), bool)
    starts[ring_off[1:] - 1] = False  # a ring's closing vertex starts no edge
    s = np.flatnonzero(starts)
    ax, ay, bx, by = xy[s, 0], xy[s, 1], xy[s + 1, 0], xy[s + 1, 1]
    k = np.maximum(np.ceil(np.hypot(bx - ax, by - ay) / max_len), 1).astype(np.int64)
    per = np.ones(len(xy), np.int64)
    per[s] = k
    pos = np.cumsum(per) - per  # where each input vertex goes
    out = np.empty((2, int(per.sum())))
    out[0, pos], out[1, pos] = xy[:, 0], xy[:, 1]
    more = k > 1
    if more.any():
        s, k = s[more], k[more]
        ax, ay, bx, by = ax[more], ay[more], bx[more], by[more]
        swap = (bx < ax) | ((bx == ax) & (by < ay))  # from the lexicographically lower end
        lx, ly = np.where(swap, bx, ax), np.where(swap, by, ay)
        hx, hy = np.where(swap, ax, bx), np.where(swap, ay, by)
        extra = k - 1
        e = np.repeat(np.arange(len(s)), extra)
        m = np.arange(len(e)) - np.repeat(np.cumsum(extra) - extra, extra) + 1
        j = np.where(swap[e], k[e] - m, m)
        t = j / k[e]
        at = pos[s[e]] + m
        out[0, at] = lx[e] + t * (hx[e] - lx[e])
        out[1, at] = ly[e] + t * (hy[e] - ly[e])
    return out.T, np.append(pos[ring_off[:-1]], out.shape[1])


def _densified_degrees(
    polys: np.ndarray, crs: CRS, densify_m: float | None
) -> tuple[np.ndarray, RaggedFaces | None]:
    """``to_degrees(_densify(polys, densify_m), crs)`` with the same coordinates, bit for bit,
    in one ragged pass: the polygons are built once, not densified in metres then copied,
    and a point that neighbouring faces share is unprojected once.  Also the ragged
    coordinates (None on the other path: polygons not all plain, or no densifying)."""
    kind = shapely.get_type_id(polys) if len(polys) else np.zeros(1, int)
    if densify_m is None or (kind != shapely.GeometryType.POLYGON).any():
        return to_degrees(polys if densify_m is None else _densify(polys, densify_m), crs), None
    xy, (ring_off, poly_off) = _ragged(polys)
    xy, ring_off = _split_coords(xy, ring_off, densify_m)
    ids, first = distinct_points(xy)  # each point about 3 times: once per face around it
    lonlat = np.column_stack(inverse_xy(crs)(xy[first, 0], xy[first, 1]))[ids]
    faces = shapely.from_ragged_array(shapely.GeometryType.POLYGON, lonlat, (ring_off, poly_off))
    return faces, RaggedFaces(lonlat, ring_off, poly_off)


def _tessellation(faces_m, face_place, drawn_faces, n, crs, radius_km, densify_m):  # noqa: PLR0913
    """The Tessellation of faces in metres: faces densified (``densify_m``: longest edge in
    metres; None: as they are) and brought to EPSG:4326, each place's faces."""
    faces, ragged = _densified_degrees(faces_m, crs, densify_m)
    order = np.argsort(face_place, kind="stable")
    counts = np.bincount(face_place[face_place >= 0], minlength=n) if n else np.zeros(0, int)
    sorted_faces = order[face_place[order] >= 0]  # by place, then by face (a stable sort)
    cut = [0, *np.cumsum(counts).tolist()]  # slices, as np.split gives, without its overhead
    place_faces = [sorted_faces[s:e] for s, e in zip(cut[:-1], cut[1:], strict=True)]
    tess = Tessellation(
        faces=np.asarray(faces, dtype=object),
        face_place=face_place,
        place_faces=place_faces,
        drawn_faces=drawn_faces,
        crs=crs,
        radius_km=float(radius_km),
    )
    tess.ragged = ragged
    return tess


def place_reach_km(
    lon: np.ndarray,
    lat: np.ndarray,
    crs: CRS,
    *,
    neighbours: int,
    factor: float,
    cap_km: float,
    inside: np.ndarray | None = None,
) -> np.ndarray:
    """Each place's reach: ``factor`` × the distance to its ``neighbours``-th nearest place.

    The reach follows the local density of places: in a dense area a cell
    reaches little beyond its neighbours; an isolated place (fewer than
    ``neighbours`` others within ``cap_km / factor``) keeps the global cap.

    Parameters
    ----------
    lon, lat : array of float
        Place coordinates, EPSG:4326.
    crs : pyproj.CRS
        The equal-area CRS (metres) the distances are measured in.
    neighbours : int
        Which neighbour sets the scale (1 = the nearest other place).
    factor : float
        Reach = ``factor`` × that distance.
    cap_km : float
        The global radius: no reach exceeds it.
    inside : array of bool, optional
        The places counted as neighbours (default: all); places at the same
        point count once.

    Returns
    -------
    ndarray of float
        Reach in km, one per place.
    """
    if not (isinstance(neighbours, int | np.integer) and neighbours >= 1):
        raise ValueError(f"neighbours must be a whole number ≥ 1, not {neighbours!r}")
    if not factor > 0 or not cap_km > 0:
        raise ValueError(f"factor and cap_km must be positive, not {factor!r}, {cap_km!r}")
    n = len(lon)
    out = np.full(n, float(cap_km))
    if n < 2:
        return out
    pts = to_metres(shapely.points(np.asarray(lon, float), np.asarray(lat, float)), crs)
    xy = shapely.get_coordinates(pts)
    use = np.ones(n, bool) if inside is None else np.asarray(inside, bool)
    uniq = np.unique(np.round(xy[use], 3), axis=0)
    if len(uniq) < 2:
        return out
    others = shapely.points(uniq)
    tree = shapely.STRtree(others)
    within_m = cap_km * 1000.0 / factor
    qi, oi = tree.query(pts, predicate="dwithin", distance=within_m)
    d = shapely.distance(pts[qi], others[oi])
    keep = d > 0.5  # the place itself (or another at the same point) is no neighbour
    qi, d = qi[keep], d[keep]
    order = np.lexsort((d, qi))
    qi, d = qi[order], d[order]
    start = np.searchsorted(qi, np.arange(n))
    count = np.bincount(qi, minlength=n)
    has = count >= neighbours
    kth = d[start[has] + neighbours - 1]
    out[has] = np.minimum(cap_km, factor * kth / 1000.0)
    return out


def cut_by_barriers(cells: np.ndarray, seeds: np.ndarray, barriers: np.ndarray) -> np.ndarray:
    """Cells cut by barriers: each keeps only the piece that holds its place.

    The rule: a polygon barrier (a reservoir, a lake, the sea) belongs to no
    cell; a line barrier (a river) cuts every cell it crosses.  A cell the
    barriers cut keeps the piece holding its place (the piece nearest to it
    when the place is on the barrier); the other pieces go unassigned.  A
    line that ends inside a cell cuts nothing (cells reach round its end).

    Parameters
    ----------
    cells : array of shapely geometry
        The cells, in the equal-area CRS.
    seeds : array of shapely Point
        Each cell's place, same CRS.
    barriers : array of shapely geometry
        Lines and polygons, same CRS.

    Returns
    -------
    ndarray of shapely geometry
    """
    barriers = np.asarray(barriers, dtype=object)
    barriers = barriers[~shapely.is_empty(barriers)]
    if not len(barriers):
        return cells
    dims = shapely.get_dimensions(barriers)
    areas = shapely.union_all(barriers[dims == 2]) if (dims == 2).any() else None
    edges = list(barriers[dims == 1])
    if areas is not None:
        edges.append(shapely.boundary(areas))
    lines = shapely.union_all(np.array(edges, dtype=object))
    out = np.asarray(cells, dtype=object).copy()
    if areas is not None:
        hit = shapely.intersects(out, areas)
        out[hit] = _polygons_only(shapely.difference(out[hit], areas))
    shapely.prepare(lines)
    for i in np.flatnonzero(shapely.intersects(lines, out)):
        cell = out[i]
        noded = shapely.union_all(
            [shapely.boundary(cell), shapely.intersection(lines, cell)], grid_size=_GRID_M
        )
        pieces = shapely.get_parts(shapely.polygonize(shapely.get_parts(noded)))
        pieces = pieces[shapely.area(pieces) > 0]
        # polygonize fills holes of the cell: keep the pieces inside it
        pieces = pieces[shapely.contains(cell, shapely.point_on_surface(pieces))]
        if len(pieces) < 2:
            continue
        dist = shapely.distance(pieces, seeds[i])
        out[i] = pieces[int(np.argmin(dist))]
    return out


def _event_faces(
    tess: Tessellation, event_place: np.ndarray, event_drawn: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Each event's target faces (its place's, else its drawn area's), all events' in one
    array in event order, and the event of each."""
    if np.any((event_place < 0) & (event_drawn < 0)):
        raise ValueError("an event with no place needs a drawn area (event_drawn >= 0)")
    targets = [*tess.place_faces, *tess.drawn_faces]  # target t: place t, or drawn area t - n
    sizes = np.fromiter(map(len, targets), dtype=np.int64, count=len(targets))
    flat = (
        np.concatenate(targets).astype(np.int64, copy=False)
        if len(targets)
        else np.zeros(0, np.int64)
    )
    target = np.where(event_place >= 0, event_place, len(tess.place_faces) + event_drawn)
    n = sizes[target]
    ev = np.repeat(np.arange(len(target)), n)
    first = np.cumsum(n) - n  # where each event's faces start in the output
    at = np.cumsum(sizes) - sizes  # where each target's faces start in ``flat``
    return flat[at[target][ev] + np.arange(len(ev)) - first[ev]], ev


def replay(
    tess: Tessellation,
    *,
    initial_place_holder: np.ndarray,
    event_seq: np.ndarray,
    event_day: np.ndarray,
    event_place: np.ndarray,
    event_drawn: np.ndarray,
    event_to: np.ndarray,
) -> FaceLog:
    """Apply events to faces in order; record every face that changed holder.

    Parameters
    ----------
    initial_place_holder : array of int
        Actor index holding each place at the snapshot (-1: unknown).
    event_seq, event_day : arrays
        Sequence number and day ordinal of each applied event, in order.
    event_place : array of int
        Place index of each event, or -1 for a drawn area.
    event_drawn : array of int
        Index into ``tess.drawn_faces`` for drawn-area events, else -1.
    event_to : array of int
        Actor index gaining the target.
    """
    initial = np.full(len(tess), -1, dtype=np.int32)
    has_place = tess.face_place >= 0
    initial[has_place] = initial_place_holder[tess.face_place[has_place]]
    # every (event, face) pair in application order; a face's holder before a pair is the
    # holder the face's previous pair gave it (or its initial holder): one pass, no loop
    face, ev = _event_faces(tess, np.asarray(event_place), np.asarray(event_drawn))
    to = np.asarray(event_to, dtype=np.int32)[ev]
    by_face = np.lexsort((np.arange(len(face)), face))
    f_sorted, to_sorted = face[by_face], to[by_face]
    first = np.ones(len(face), bool)
    first[1:] = f_sorted[1:] != f_sorted[:-1]
    old_sorted = np.empty(len(face), np.int32)
    old_sorted[first] = initial[f_sorted[first]]
    old_sorted[~first] = to_sorted[np.flatnonzero(~first) - 1]
    old = np.empty(len(face), np.int32)
    old[by_face] = old_sorted
    changed = old != to
    ev = ev[changed]
    return FaceLog(
        initial=initial,
        seq=np.asarray(event_seq, dtype=np.int64)[ev],
        day=np.asarray(event_day, dtype=np.int64)[ev],
        face=face[changed],
        old=old[changed],
        new=to[changed],
    )


def contested_band(
    grounds: list[shapely.Geometry], width_km: float, crs: CRS
) -> tuple[shapely.Geometry, list[shapely.Geometry]]:
    """The band where two actors' ground meets, and each actor's ground inside it.

    Parameters
    ----------
    grounds : list of shapely Polygon or MultiPolygon, EPSG:4326
        Each actor's ground (empty for none), a coverage: unions of faces
        that share their edges vertex for vertex.
    width_km : float
        The band's full width: ``width_km / 2`` each side of every edge two
        actors share, measured in ``crs`` (equal-area, metres).
    crs : pyproj.CRS

    Returns
    -------
    band : shapely geometry, EPSG:4326
        The buffer of the shared edges (it may reach beyond the actors' ground).
    pieces : list of shapely geometry, EPSG:4326
        ``grounds[k] ∩ band``: the part of each actor's ground the band takes.
        Unassigned land is never in the band.
    """
    if not width_km > 0:
        raise ValueError(f"width_km must be positive, not {width_km!r}")
    n = len(grounds)
    empty = shapely.Polygon()
    bounds = [shapely.boundary(g) if g is not None and not g.is_empty else None for g in grounds]
    shared = []
    for i in range(n):
        for j in range(i + 1, n):
            if bounds[i] is None or bounds[j] is None:
                continue
            if not shapely.intersects(grounds[i], grounds[j]):
                continue
            common = shapely.intersection(bounds[i], bounds[j])
            shared += [p for p in shapely.get_parts(common) if p.geom_type == "LineString"]
    if not shared:
        return empty, [empty] * n
    lines_m = to_metres(np.array(shared, dtype=object), crs, densify_deg=0.01)
    band_m = shapely.union_all(shapely.buffer(lines_m, width_km * 500.0, quad_segs=8))
    band = to_degrees(shapely.segmentize(band_m, _DENSIFY_M), crs)
    pieces = [
        _polygons_only(np.array([shapely.intersection(g, band)], dtype=object))[0]
        if g is not None and not g.is_empty
        else empty
        for g in grounds
    ]
    return band, pieces


@dataclass
class FaceGraph:
    """Which faces share an edge (``i < j``), and which faces lie on the area's edge."""

    i: np.ndarray
    j: np.ndarray
    border: np.ndarray


def face_graph(faces: np.ndarray) -> FaceGraph:
    """Edge adjacency of a coverage of faces (EPSG:4326, sharing vertices exactly).

    A face is on the **border** when part of its boundary is shared with no
    other face: the edge of the area of interest (or of one of its holes).
    """
    faces = np.asarray(faces, dtype=object)
    n = len(faces)
    if n == 0:
        return FaceGraph(np.zeros(0, int), np.zeros(0, int), np.zeros(0, bool))
    tree = shapely.STRtree(faces)
    a, b = tree.query(faces, predicate="intersects")
    keep = a < b
    a, b = a[keep], b[keep]
    bnd = shapely.boundary(faces)
    shared = shapely.length(shapely.intersection(bnd[a], bnd[b]))
    line = shared > 0
    a, b, shared = a[line], b[line], shared[line]
    perimeter = shapely.length(bnd)
    covered = np.bincount(a, shared, minlength=n) + np.bincount(b, shared, minlength=n)
    border = perimeter - covered > 1e-7 * perimeter
    return FaceGraph(a, b, border)


def enclose(owner: np.ndarray, graph: FaceGraph) -> tuple[np.ndarray, int]:
    """Give each unassigned pocket wholly enclosed by one actor's ground to that actor.

    A pocket is a connected set of unassigned faces (-1); it is enclosed by
    actor ``k`` when it does not reach the edge of the area of interest and
    every face bordering it is held by ``k``.

    Returns
    -------
    owner : array of int
        The holding with the enclosed pockets filled in (a new array).
    pockets : int
        How many pockets were filled.
    """
    owner = np.asarray(owner)
    un = owner == -1
    if not un.any() or not len(graph.i):
        return owner.copy(), 0
    n = len(owner)
    label = np.arange(n)
    both = un[graph.i] & un[graph.j]
    ei, ej = graph.i[both], graph.j[both]
    while True:  # connected components of unassigned faces, by label propagation
        lo = np.minimum(label[ei], label[ej])
        new = label.copy()
        np.minimum.at(new, ei, lo)
        np.minimum.at(new, ej, lo)
        new = new[new]
        if np.array_equal(new, label):
            break
        label = new
    # neighbours of each pocket across its edge: (pocket label, neighbour holder)
    cross = un[graph.i] != un[graph.j]
    pi = np.where(un[graph.i[cross]], graph.i[cross], graph.j[cross])
    qi = np.where(un[graph.i[cross]], graph.j[cross], graph.i[cross])
    pocket = label[pi]
    holder = owner[qi]
    out = owner.copy()
    count = 0
    blocked = set(label[un & graph.border].tolist())
    by_pocket: dict[int, set[int]] = {}
    for p, h in zip(pocket.tolist(), holder.tolist(), strict=True):
        by_pocket.setdefault(p, set()).add(h)
    for p, holders in by_pocket.items():
        if p in blocked or len(holders) != 1:
            continue
        members = un & (label == p)
        out[members] = next(iter(holders))
        count += 1
    return out, count


def enclose_log(log: FaceLog, graph: FaceGraph, enclosed_seq: int) -> FaceLog:
    """The face log with :func:`enclose` applied after the snapshot and after every day.

    A face an event changed keeps that event's ``seq`` when the event's
    holder stands; every other change (a pocket filled, or freed when its
    enclosure opens) gets ``seq = enclosed_seq``.
    """
    initial, _ = enclose(log.initial, graph)
    seqs, days, faces, olds, news = [], [], [], [], []
    prev = initial
    raw_days = np.unique(log.day)
    for d in raw_days.tolist():
        raw = log.owners_at(d)
        eff, _ = enclose(raw, graph)
        changed = np.flatnonzero(eff != prev)
        if len(changed):
            # the last event of the day on each face
            sel = np.flatnonzero(log.day == d)
            last: dict[int, tuple[int, int]] = {}
            for k in sel.tolist():
                last[int(log.face[k])] = (int(log.seq[k]), int(log.new[k]))
            seq = np.array(
                [
                    last[f][0] if f in last and last[f][1] == eff[f] else enclosed_seq
                    for f in changed.tolist()
                ],
                dtype=np.int64,
            )
            order = np.argsort(seq, kind="stable")
            seqs.append(seq[order])
            days.append(np.full(len(changed), d, dtype=np.int64))
            faces.append(changed[order])
            olds.append(prev[changed[order]])
            news.append(eff[changed[order]])
        prev = eff

    def cat(parts, dtype):
        return np.concatenate(parts).astype(dtype) if parts else np.zeros(0, dtype)

    return FaceLog(
        initial=initial.astype(np.int32),
        seq=cat(seqs, np.int64),
        day=cat(days, np.int64),
        face=cat(faces, np.int64),
        old=cat(olds, np.int32),
        new=cat(news, np.int32),
    )


class FaceUnions:
    """The union of any set of faces: traced from the edges on its outline, else built from
    cached unions of blocks of faces.

    **Traced** (the usual case): the faces' edges are listed once, each
    with the face on its left and the face on its right (none on the outline
    of the coverage).  The outline of a set of faces is the edges with the set
    on their left and not on their right; they are linked end to start into
    rings, counter-clockwise rings are shells, clockwise rings holes, each
    hole in the smallest shell around it.  A call costs a pass over the edges
    in numpy and then the set's outline: the front and the edge of the area
    of interest, not the faces inside.  Where the outline touches itself at a
    vertex (two rings through one point), or its rings' area differs from
    the faces' (edges that do not meet vertex for vertex), the set is left to
    the block unions below.

    **Block unions**: faces are ordered along a Z-order curve of their
    centres and grouped in blocks of ``block`` faces, blocks in groups of
    ``block`` blocks, and so on.  The union of a set of faces is the coverage
    union of its groups' unions; each group's union is cached under the exact
    set of its faces taken (a bit mask), so a set that differs from an
    earlier one only along a front recomputes only the blocks and groups the
    front runs through.

    Parameters
    ----------
    faces : array of shapely Polygons
        A coverage: neighbours share their edges vertex for vertex.
    block : int
        Faces per block (and blocks per group).
    max_coords : int
        Coordinates kept in cached unions, at most (the least recently used
        are dropped first): about 16 bytes each.
    trace : bool
        Trace outlines (False: block unions only).
    """

    def __init__(
        self,
        faces: np.ndarray,
        *,
        block: int = 32,
        max_coords: int = 1_000_000,
        trace: bool = True,
    ):
        self.faces = np.asarray(faces, dtype=object)
        n = len(self.faces)
        self.order = _z_order(self.faces) if n else np.zeros(0, dtype=int)
        self._sorted = self.faces[self.order]
        self._sizes = [block]
        while self._sizes[-1] < n:
            self._sizes.append(self._sizes[-1] * block)
        self._cache: OrderedDict[tuple[int, int, bytes], tuple[shapely.Geometry, int]] = (
            OrderedDict()
        )
        self._coords = 0
        self._max = max_coords
        self._trace = trace
        #: How many unions were traced and how many left to the block unions.
        self.counts = {"traced": 0, "blocks": 0}

    @functools.cached_property
    def _edges(self) -> _Edges | None:
        return _Edges.of(self.faces) if self._trace else None

    def union(self, mask: np.ndarray) -> shapely.Geometry:
        """Coverage union of the faces where ``mask`` is true (an empty MultiPolygon for none)."""
        return self.unions(np.asarray(mask, dtype=np.int8), [1])[1]

    def unions(self, owner: np.ndarray, keys) -> dict[int, shapely.Geometry]:
        """For each key, the coverage union of the faces ``owner`` gives it (an empty
        MultiPolygon for none): what :meth:`union` gives for ``owner == key``, with one pass
        over the edges for all the keys."""
        owner = np.asarray(owner)
        edges = self._edges
        traced = edges.outlines(owner, keys) if edges is not None else {}
        out = {}
        for k in keys:
            geom = traced.get(k)
            if geom is not None:
                self.counts["traced"] += 1
                out[k] = geom
                continue
            m = owner[self.order] == k
            if not m.any():
                out[k] = shapely.MultiPolygon()
                continue
            self.counts["blocks"] += 1
            out[k] = self._piece(m, 0, len(m), len(self._sizes) - 1)
        return out

    def _piece(self, m: np.ndarray, lo: int, hi: int, level: int) -> shapely.Geometry | None:
        sub = m[lo:hi]
        if not sub.any():
            return None
        key = (lo, hi, np.packbits(sub).tobytes())
        hit = self._cache.get(key)
        if hit is not None:
            self._cache.move_to_end(key)
            return hit[0]
        if level == 0:
            parts = self._sorted[lo:hi][sub]
        else:
            step = self._sizes[level - 1]
            parts = [self._piece(m, a, min(a + step, hi), level - 1) for a in range(lo, hi, step)]
            parts = np.array([p for p in parts if p is not None], dtype=object)
        geom = parts[0] if len(parts) == 1 else shapely.coverage_union_all(parts)
        size = int(shapely.get_num_coordinates(geom))
        self._cache[key] = (geom, size)
        self._coords += size
        while self._coords > self._max and len(self._cache) > 1:
            self._coords -= self._cache.popitem(last=False)[1][1]
        return geom


@dataclass
class _Edges:
    """Every edge of a coverage's faces, oriented with its face on the left.

    ``left`` is that face; ``right`` the face across the edge (-1: none, the
    coverage's outline); ``start`` and ``end`` the vertex ids of its ends,
    ``xy`` the coordinates of its start, ``cross`` twice the signed area it
    adds to a ring (``x0 y1 − x1 y0``); ``face_cross`` the same summed per face.
    """

    left: np.ndarray
    right: np.ndarray
    start: np.ndarray
    end: np.ndarray
    xy: np.ndarray
    cross: np.ndarray
    face_cross: np.ndarray

    @classmethod
    def of(cls, faces: np.ndarray) -> _Edges | None:
        """The edges of polygon faces (None when a face is not a Polygon)."""
        if not len(faces) or not np.all(shapely.get_type_id(faces) == 3):
            return None
        rings, ring_face = shapely.get_rings(faces, return_index=True)
        xy, ring = shapely.get_coordinates(rings, return_index=True)
        cont = ring[1:] == ring[:-1]
        a, b = xy[:-1][cont], xy[1:][cont]
        seg_ring = ring[:-1][cont]
        cross = a[:, 0] * b[:, 1] - b[:, 0] * a[:, 1]
        ring_cross = np.bincount(seg_ring, weights=cross, minlength=len(rings))
        first = np.r_[True, ring_face[1:] != ring_face[:-1]]  # a face's first ring: its shell
        flip = ((ring_cross < 0) == first)[seg_ring]  # shells counter-clockwise, holes clockwise
        a, b = np.where(flip[:, None], b, a), np.where(flip[:, None], a, b)
        cross = np.where(flip, -cross, cross)
        left = ring_face[seg_ring]
        vid = np.unique(_rows(xy), return_inverse=True)[1].reshape(-1)
        at = np.flatnonzero(cont)  # a segment runs from coordinate at to at + 1
        start = np.where(flip, vid[at + 1], vid[at])
        end = np.where(flip, vid[at], vid[at + 1])
        key = start.astype(np.int64) * (int(vid.max()) + 1) + end
        rev = end.astype(np.int64) * (int(vid.max()) + 1) + start
        by = np.argsort(key, kind="stable")
        pos = np.minimum(np.searchsorted(key[by], rev), len(key) - 1)
        right = np.where(key[by][pos] == rev, left[by[pos]], -1)
        face_cross = np.bincount(left, weights=cross, minlength=len(faces))
        return cls(left, right, start, end, a, cross, face_cross)

    def outlines(self, owner: np.ndarray, keys) -> dict[int, shapely.Geometry | None]:
        """For each key, the union of the faces ``owner`` gives it, traced from its outline,
        all keys in one pass over the edges; None for a key whose outline cannot be traced
        (it touches itself at a vertex, or its edges do not close into rings of the faces'
        area)."""
        keys = sorted(set(keys))
        owner = np.asarray(owner, dtype=np.int64)
        rank = np.full(len(owner) + 1, -1, dtype=np.int64)  # face → its key's rank (-1: none)
        for r, k in enumerate(keys):
            rank[:-1][owner == k] = r
        want = np.bincount(rank[:-1] + 1, weights=self.face_cross, minlength=len(keys) + 1)[1:]
        mine = rank[self.left]
        idx = np.flatnonzero((mine >= 0) & (mine != rank[self.right]))  # right -1: nobody
        kk = mine[idx]
        width = int(self.start.max()) + 1 if len(self.start) else 1
        node = kk * width + self.start[idx]
        by = np.argsort(node, kind="stable")
        idx, kk, node = idx[by], kk[by], node[by]
        bad = np.zeros(len(keys), dtype=bool)
        bad[kk[1:][node[1:] == node[:-1]]] = True  # two edges leave one vertex: touches itself
        got = np.bincount(kk, weights=self.cross[idx], minlength=len(keys))
        bad |= ~(want > 0) | (np.abs(got - want) > 1e-9 * np.abs(want))
        nxt = kk * width + self.end[idx]
        pos = np.minimum(np.searchsorted(node, nxt), max(len(node) - 1, 0))
        if len(node):
            found = node[pos] == nxt
            bad[kk[~found]] = True  # an edge ends where none of its key starts
            twice = np.bincount(pos[found], minlength=len(node)) > 1
            bad[kk[twice]] = True  # two edges end where one starts: not rings
        keep = ~bad[kk]
        if not keep.all():
            idx, kk, node, nxt = idx[keep], kk[keep], node[keep], nxt[keep]
            pos = np.searchsorted(node, nxt)
        walk, ring = _cycles(pos)
        ring_cross = np.bincount(ring, weights=self.cross[idx[walk]])
        ring_key = np.zeros(len(ring_cross), dtype=np.int64)
        ring_key[ring] = kk[walk]
        flat = np.abs(ring_cross) <= 1e-12 * np.abs(want[ring_key])  # rings of no area
        bad[ring_key[flat]] = True
        rings = shapely.linearrings(self.xy[idx[walk]], indices=ring) if len(walk) else ring_key
        good = ~bad[ring_key]
        made = _polygons(rings[good], ring_cross[good], ring_key[good], len(keys))
        return {k: made[r] if not bad[r] else None for r, k in enumerate(keys)}


def _rows(xy: np.ndarray) -> np.ndarray:
    """Each (x, y) row as one opaque value (for exact equality, sorting and unique)."""
    xy = np.ascontiguousarray(xy, dtype=np.float64) + 0.0  # -0.0 and 0.0 as one
    return xy.view(np.dtype((np.void, 16))).reshape(-1)


def _cycles(succ: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The cycles of a permutation: its elements in cycle order (each cycle from its smallest
    element), and each one's cycle number; by pointer doubling, no loop over elements."""
    n = len(succ)
    ident = np.arange(n)
    label, jump = ident.copy(), succ.copy()
    rounds = max(1, n.bit_length())
    for _ in range(rounds):  # label: the smallest element of each cycle
        label = np.minimum(label, label[jump])
        jump = jump[jump]
    last = succ == label  # the element before the cycle's smallest
    nxt = np.where(last, ident, succ)
    dist = (~last).astype(np.int64)  # steps to the cycle's last element
    for _ in range(rounds):
        dist = dist + dist[nxt]
        nxt = nxt[nxt]
    walk = np.lexsort((-dist, label))
    ring = np.unique(label[walk], return_inverse=True)[1].reshape(-1)
    return walk, ring


def _polygons(
    rings: np.ndarray, ring_cross: np.ndarray, ring_key: np.ndarray, n_keys: int
) -> list[shapely.Geometry | None]:
    """Per key, a Polygon or MultiPolygon from its rings (sorted by key): counter-clockwise
    shells, clockwise holes, each hole in the smallest shell of its key that holds it (None
    for a key with a hole in no shell, or with no ring).  All keys in one pass."""
    shells = np.flatnonzero(ring_cross > 0)
    holes = np.flatnonzero(ring_cross < 0)
    out: list[shapely.Geometry | None] = [None] * n_keys
    if not len(shells):
        return out
    which = np.arange(len(shells))  # the polygon (shell) of each ring in ``take``
    take = shells
    if len(holes):
        shell_polys = shapely.polygons(rings[shells])
        probe = shapely.get_point(rings[holes], 0)
        # the shells as the query side: GEOS prepares each (an index on its edges), so a
        # long outline holding many holes is not walked once per hole
        si, hi = shapely.STRtree(probe).query(shell_polys, predicate="contains")
        mine = ring_key[shells[si]] == ring_key[holes[hi]]  # a hole's shell is of its key
        hi, si = hi[mine], si[mine]
        order = np.lexsort((ring_cross[shells[si]], hi))  # per hole, the smallest shell first
        hi, si = hi[order], si[order]
        first = np.r_[True, hi[1:] != hi[:-1]]
        shell_of = np.full(len(holes), -1, dtype=np.int64)
        shell_of[hi[first]] = si[first]
        lost = np.unique(ring_key[holes[shell_of < 0]])  # a hole outside every shell
        ok = ~np.isin(ring_key[holes], lost)
        which = np.concatenate([which, shell_of[ok]])
        take = np.concatenate([shells, holes[ok]])
        order = np.lexsort((np.r_[np.zeros(len(shells)), np.ones(int(ok.sum()))], which))
        take, which = take[order], which[order]
    else:
        lost = np.zeros(0, dtype=np.int64)
    polys = shapely.polygons(rings[take], indices=which)
    poly_key = ring_key[shells]
    starts = np.searchsorted(poly_key, np.arange(n_keys + 1))
    for r in range(n_keys):
        a, b = starts[r], starts[r + 1]
        if b > a and r not in lost:
            out[r] = polys[a] if b - a == 1 else shapely.multipolygons(polys[a:b])
    return out


def _z_order(geoms: np.ndarray) -> np.ndarray:
    """Indices sorting geometries along a Z-order (Morton) curve of their bounding-box centres."""
    b = shapely.bounds(geoms)
    x, y = (b[:, 0] + b[:, 2]) / 2, (b[:, 1] + b[:, 3]) / 2

    def scaled(v: np.ndarray) -> np.ndarray:
        span = v.max() - v.min()
        return ((v - v.min()) / (span if span > 0 else 1.0) * 65535).astype(np.uint64)

    def spread(v: np.ndarray) -> np.ndarray:  # 16 bits → every other bit of 32
        v = (v | (v << np.uint64(8))) & np.uint64(0x00FF00FF)
        v = (v | (v << np.uint64(4))) & np.uint64(0x0F0F0F0F)
        v = (v | (v << np.uint64(2))) & np.uint64(0x33333333)
        return (v | (v << np.uint64(1))) & np.uint64(0x55555555)

    code = spread(scaled(x)) | (spread(scaled(y)) << np.uint64(1))
    return np.argsort(code, kind="stable")
