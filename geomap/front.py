"""Front lines: where two actors' ground meets, and how long that is.

The faces of a theatre (:mod:`geomap.territory`) share their edges vertex for
vertex, so the front between actors A and B on a date is exactly the set of
edges between a face A holds and a face B holds.  :func:`shared_edges` finds
every edge two faces share, once per theatre, with its geodesic length;
after that a date's front is a mask over those edges.  The boundary of the
area of interest (an edge of one face only) and edges touching unassigned
land are never part of a front.

Lengths are WGS84 geodesic lengths (``pyproj.Geod``) of the edges densified
every 0.01° in longitude/latitude, so they follow the edges as drawn
(straight in longitude/latitude, as areas do: see :mod:`geomap.areas`).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import Geod

from .ledger_basis import add_front_columns
from .territory import FaceLog

__all__ = [
    "Edges",
    "shared_edges",
    "front_pairs",
    "front_lines",
    "front_km_by_day",
    "front_runs",
    "edge_lines",
    "grouped_edge_lines",
    "line_km",
    "meeting_lines",
    "front_frame",
    "km_matrix",
    "add_front_columns",
    "MEET_TOLERANCE_DEG",
    "FRONT_INTERVAL_COLUMNS",
    "interval_frame",
]

_GEOD = Geod(ellps="WGS84")
_DENSIFY_DEG = 0.01


@dataclass
class Edges:
    """Edges shared by two faces.

    Attributes
    ----------
    a, b : ndarray of int
        The two faces of each edge (``a < b``).
    start, end : ndarray of float, shape (n, 2)
        Longitude/latitude of each edge's ends.
    km : ndarray of float
        Geodesic length of each edge.
    """

    a: np.ndarray
    b: np.ndarray
    start: np.ndarray
    end: np.ndarray
    km: np.ndarray

    def __len__(self) -> int:
        return len(self.a)


def geodesic_km(
    start: np.ndarray, end: np.ndarray, densify_deg: float = _DENSIFY_DEG
) -> np.ndarray:
    """Geodesic km of straight lon/lat segments, densified every ``densify_deg`` degrees."""
    if not len(start):
        return np.zeros(0)
    d = end - start
    k = np.maximum(1, np.ceil(np.abs(d).max(axis=1) / densify_deg)).astype(int)
    seg = np.repeat(np.arange(len(k)), k)
    step = np.arange(len(seg)) - np.repeat(np.cumsum(k) - k, k)
    t0 = (step / k[seg])[:, None]
    t1 = ((step + 1) / k[seg])[:, None]
    p0 = start[seg] + d[seg] * t0
    p1 = start[seg] + d[seg] * t1
    _, _, dist = _GEOD.inv(p0[:, 0], p0[:, 1], p1[:, 0], p1[:, 1])
    return np.bincount(seg, weights=dist, minlength=len(k)) / 1000.0


def shared_edges(faces: np.ndarray) -> Edges:
    """Every edge two faces share (faces that share edges vertex for vertex)."""
    rings, ring_face = shapely.get_rings(faces, return_index=True)
    coords, ring = shapely.get_coordinates(rings, return_index=True)
    same = ring[:-1] == ring[1:]
    p, q = coords[:-1][same], coords[1:][same]
    face = ring_face[ring[:-1][same]]
    swap = (p[:, 0] > q[:, 0]) | ((p[:, 0] == q[:, 0]) & (p[:, 1] > q[:, 1]))
    lo = np.where(swap[:, None], q, p)
    hi = np.where(swap[:, None], p, q)
    key = np.ascontiguousarray(np.column_stack([lo, hi]))
    order = np.lexsort((face, key[:, 3], key[:, 2], key[:, 1], key[:, 0]))
    key, face, lo, hi = key[order], face[order], lo[order], hi[order]
    twin = np.flatnonzero((key[:-1] == key[1:]).all(axis=1) & (face[:-1] != face[1:]))
    a, b = face[twin], face[twin + 1]
    return Edges(
        a=a.astype(np.int64),
        b=b.astype(np.int64),
        start=lo[twin],
        end=hi[twin],
        km=geodesic_km(lo[twin], hi[twin]),
    )


def front_pairs(edges: Edges, owner: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Front edges under ``owner`` (actor index per face, -1 unassigned): ``(edge, actor_lo, actor_hi)``."""
    oa, ob = owner[edges.a], owner[edges.b]
    sel = np.flatnonzero((oa != ob) & (oa >= 0) & (ob >= 0))
    return sel, np.minimum(oa[sel], ob[sel]), np.maximum(oa[sel], ob[sel])


def front_lines(edges: Edges, owner: np.ndarray, actor_ids: Sequence[str]) -> pd.DataFrame:
    """One row per pair of actors whose ground meets: actor_a, actor_b, geometry, length_km.

    ``actor_a`` comes before ``actor_b`` in legend order; the geometry is the
    merged (Multi)LineString of their shared edges, EPSG:4326.
    """
    sel, lo, hi = front_pairs(edges, owner)
    rows = []
    for i, j in sorted(set(zip(lo.tolist(), hi.tolist(), strict=True))):
        line, km = edge_lines(edges, sel[(lo == i) & (hi == j)])
        rows.append(
            {"actor_a": actor_ids[i], "actor_b": actor_ids[j], "geometry": line, "length_km": km}
        )
    return pd.DataFrame(rows, columns=["actor_a", "actor_b", "geometry", "length_km"])


def front_km_by_day(log: FaceLog, edges: Edges, n_actors: int, days: Sequence[int]) -> np.ndarray:
    """Front km between each pair of actors at the end of each day (ordinal).

    Returns an array ``(len(days), n_actors, n_actors)``, symmetric, zero on
    the diagonal.  ``days`` ascending; changes are applied day by day.

    Worked for all days at once: each edge's pair of actors is followed through the
    changes of its two faces as runs of days (:func:`_edge_runs`), and the km of every
    run are added to each of its days by one ``bincount``.  An edge's km are added in
    edge order, day by day, as when each day is summed on its own: the figures are the
    same to the last bit.
    """
    n_days, nn = len(days), n_actors * n_actors
    out = np.zeros((n_days, n_actors, n_actors))
    if not n_days or not len(edges):
        return out
    edge, key, first, end = _edge_runs(log, edges, n_actors, np.asarray(days, dtype=np.int64))
    front = key < nn
    edge, key, first, end = edge[front], key[front], first[front], end[front]
    for lo in range(0, n_days, _DAYS_AT_ONCE):  # a block of days at a time: bounded memory
        hi = min(lo + _DAYS_AT_ONCE, n_days)
        d0, d1 = np.maximum(first, lo), np.minimum(end, hi)
        keep = d1 > d0
        e, k, d0, n = edge[keep], key[keep], d0[keep], (d1 - d0)[keep]
        # run by run in edge order, a day at a time: (day, pair) bins filled in edge order
        day = np.repeat(d0 - lo - (np.cumsum(n) - n), n) + np.arange(int(n.sum()))
        km = np.bincount(
            day * nn + np.repeat(k, n),
            weights=np.repeat(edges.km[e], n),
            minlength=(hi - lo) * nn,
        ).reshape(hi - lo, n_actors, n_actors)
        out[lo:hi] = km + km.transpose(0, 2, 1)
    return out


#: Days of :func:`front_km_by_day` worked at once.
_DAYS_AT_ONCE = 256


def _edge_runs(
    log: FaceLog, edges: Edges, n_actors: int, days: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Each edge's pair of actors as runs over ``days`` (indices): ``(edge, key, first, end)``.

    ``key`` is :func:`_front_bins`' (``n_actors**2``: no front); a run holds from day
    ``first`` up to, not including, ``end``.  Runs come in edge order, then day order.
    """
    n_days, n_edges = len(days), len(edges)
    owner0 = log.owners_at(int(days[0]))
    lo = np.searchsorted(log.day, days[0], side="right")
    hi = np.searchsorted(log.day, days[-1], side="right")
    face, new = log.face[lo:hi], log.new[lo:hi]
    when = np.searchsorted(days, log.day[lo:hi], side="left")  # the first day that sees it
    # every face's changes by (face, day, order): the last at or before a day is its holder
    order = np.lexsort((np.arange(len(face)), when, face))
    stamp, held = face[order] * (n_days + 1) + when[order], new[order]

    def holder(f: np.ndarray, t: np.ndarray) -> np.ndarray:
        at = np.searchsorted(stamp, f * (n_days + 1) + t, side="right") - 1
        ok = at >= 0
        ok[ok] = stamp[at[ok]] // (n_days + 1) == f[ok]
        return np.where(ok, held[np.maximum(at, 0)], owner0[f])

    # an edge's pair can change only on a day one of its faces changes hands
    fe = _FaceEdges(edges, len(owner0))
    n = fe.start[face + 1] - fe.start[face]
    moved = np.sort(fe.of(face) * (n_days + 1) + np.repeat(when, n))
    moved = moved[np.append(True, moved[1:] != moved[:-1])[: len(moved)]]  # np.unique is slower
    ev_edge, ev_day = moved // (n_days + 1), moved % (n_days + 1)
    ev_key = _pair_bins(
        holder(edges.a[ev_edge], ev_day), holder(edges.b[ev_edge], ev_day), n_actors
    )
    key0 = _front_bins(edges, owner0, n_actors, slice(None))
    edge = np.concatenate([np.arange(n_edges), ev_edge])
    first = np.concatenate([np.zeros(n_edges, dtype=np.int64), ev_day])
    key = np.concatenate([key0, ev_key])
    order = np.argsort(edge, kind="stable")  # day 0 first, then the changes (already in order)
    edge, first, key = edge[order], first[order], key[order]
    end = np.append(first[1:], n_days)
    end[np.append(edge[1:] != edge[:-1], True)] = n_days
    return edge, key, first, end


def _front_bins(edges: Edges, owner: np.ndarray, n_actors: int, which) -> np.ndarray:
    """Per edge of ``edges[which]``: ``lo * n_actors + hi`` for its two actors, ``n_actors**2``
    where it is no front."""
    return _pair_bins(owner[edges.a[which]], owner[edges.b[which]], n_actors)


def _pair_bins(oa: np.ndarray, ob: np.ndarray, n_actors: int) -> np.ndarray:
    """``lo * n_actors + hi`` for the holders of an edge's two faces, ``n_actors**2`` where
    they are the same or one is nobody (-1)."""
    oa, ob = oa.astype(np.int64, copy=False), ob.astype(np.int64, copy=False)
    front = (oa != ob) & (oa >= 0) & (ob >= 0)
    return np.where(front, np.minimum(oa, ob) * n_actors + np.maximum(oa, ob), n_actors**2)


class _FaceEdges:
    """The edges of each face (both sides), for :func:`front_km_by_day`."""

    def __init__(self, edges: Edges, n_faces: int):
        face = np.concatenate([edges.a, edges.b])
        order = np.argsort(face, kind="stable")
        self.edge = np.concatenate([np.arange(len(edges))] * 2)[order]
        self.start = np.searchsorted(face[order], np.arange(n_faces + 1))

    def of(self, faces: np.ndarray) -> np.ndarray:
        """The edges of ``faces`` (an edge of two of them comes twice)."""
        lo, hi = self.start[faces], self.start[faces + 1]
        n = hi - lo
        offset = np.repeat(lo - (np.cumsum(n) - n), n)
        return self.edge[offset + np.arange(int(n.sum()))]


def _pair_key(edges: Edges, owner: np.ndarray, n_actors: int) -> np.ndarray:
    """Per edge: ``lo * n_actors + hi`` for the two actors it lies between, -1 if no front."""
    key = _front_bins(edges, owner, n_actors, slice(None))
    key[key == n_actors * n_actors] = -1
    return key


def front_runs(
    log: FaceLog, edges: Edges, n_actors: int, start: int, end: int
) -> list[tuple[int, int, int, int | None, np.ndarray]]:
    """The front as runs of days: ``(actor_lo, actor_hi, first_day, end_day, edges)``.

    Days are ordinals: a run holds from the end of ``first_day`` (``start``
    for the state at its end) up to, not including, ``end_day`` (None: still
    at ``end``).  Each shared edge is followed through the changes between
    ``start`` and ``end``, so a stretch of front that does not move is one
    run, not one per day; edges with the same actors and days form one run.
    """
    owner = log.owners_at(start)
    key = _pair_key(edges, owner, n_actors)
    since = np.full(len(key), start, dtype=np.int64)
    sel = (log.day > start) & (log.day <= end)
    out_edge, out_key, out_d0, out_d1 = [], [], [], []
    for day in np.unique(log.day[sel]).tolist():
        lo = np.searchsorted(log.day, day, side="left")
        hi = np.searchsorted(log.day, day, side="right")
        face = log.face[lo:hi][::-1]
        uniq, first = np.unique(face, return_index=True)  # the day's last change of each face
        owner[uniq] = log.new[lo:hi][::-1][first]
        new_key = _pair_key(edges, owner, n_actors)
        moved = np.flatnonzero(new_key != key)
        ended = moved[key[moved] >= 0]
        out_edge.append(ended)
        out_key.append(key[ended])
        out_d0.append(since[ended])
        out_d1.append(np.full(len(ended), day, dtype=np.int64))
        since[moved] = day
        key = new_key
    still = np.flatnonzero(key >= 0)
    out_edge.append(still)
    out_key.append(key[still])
    out_d0.append(since[still])
    out_d1.append(np.full(len(still), -1, dtype=np.int64))
    edge, k, d0, d1 = (np.concatenate(x) for x in (out_edge, out_key, out_d0, out_d1))
    rows = np.column_stack([d0, d1, k]) if len(edge) else np.zeros((0, 3), dtype=np.int64)
    groups, inverse = np.unique(rows, axis=0, return_inverse=True)
    inverse = np.asarray(inverse).reshape(-1)
    order = np.argsort(inverse, kind="stable")
    bounds = np.searchsorted(inverse[order], np.arange(len(groups) + 1))
    runs = []
    for g, (g_d0, g_d1, g_key) in enumerate(groups.tolist()):
        members = edge[order[bounds[g] : bounds[g + 1]]]
        runs.append(
            (g_key // n_actors, g_key % n_actors, g_d0, None if g_d1 < 0 else g_d1, members)
        )
    return runs


def edge_lines(edges: Edges, members: np.ndarray) -> tuple[shapely.Geometry, float]:
    """The merged (Multi)LineString of some edges, and their geodesic km."""
    lines, km = grouped_edge_lines(edges, [members])
    return lines[0], float(km[0])


def grouped_edge_lines(edges: Edges, groups: Sequence[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """:func:`edge_lines` of many groups of edges at once (vectorised): lines, km."""
    if not groups:
        return np.empty(0, dtype=object), np.zeros(0)
    members = np.concatenate(groups).astype(np.int64)
    group = np.repeat(np.arange(len(groups)), [len(g) for g in groups])
    segs = shapely.linestrings(np.stack([edges.start[members], edges.end[members]], axis=1))
    lines = shapely.line_merge(shapely.multilinestrings(segs, indices=group))
    km = np.bincount(group, weights=edges.km[members], minlength=len(groups))
    return np.asarray(lines, dtype=object), km


# ----------------------------------------------------------------------------- given ground
#: Two grounds "meet" where one's boundary is within this distance (degrees, about 1 m) of
#: the other: dated control polygons drawn by hand rarely share edges vertex for vertex.
MEET_TOLERANCE_DEG = 1e-5


def line_km(geom: shapely.Geometry, densify_deg: float = _DENSIFY_DEG) -> float:
    """Geodesic km of a (Multi)LineString whose edges are straight in lon/lat."""
    if geom is None or shapely.is_empty(geom):
        return 0.0
    coords, part = shapely.get_coordinates(shapely.get_parts(geom), return_index=True)
    same = part[:-1] == part[1:]
    return float(geodesic_km(coords[:-1][same], coords[1:][same], densify_deg).sum())


def _linear(geom: shapely.Geometry) -> shapely.Geometry | None:
    """The line parts of an overlay result, merged (None when there are none)."""
    parts = [
        p
        for p in shapely.get_parts(geom)
        if p.geom_type in ("LineString", "LinearRing") and p.length > 0
    ]
    if not parts:
        return None
    return shapely.line_merge(shapely.multilinestrings(parts))


def meeting_lines(
    grounds: Sequence[shapely.Geometry],
    ids: Sequence[str],
    *,
    tolerance_deg: float = MEET_TOLERANCE_DEG,
) -> pd.DataFrame:
    """Where each pair of given grounds meets: actor_a, actor_b, geometry, length_km.

    For polygons that need not share vertices (dated snapshots; ground cut by
    a contested band): the front between A and B (A before B in ``ids``) is
    the part of A's boundary within ``tolerance_deg`` of B.  A pair whose
    grounds do not meet has no row.  Lengths as :func:`front_lines`.
    """
    rows = []
    boxes = [None if g is None or g.is_empty else shapely.bounds(g) for g in grounds]
    for i, j in itertools.combinations(range(len(grounds)), 2):
        bi, bj = boxes[i], boxes[j]
        if bi is None or bj is None:
            continue
        if bi[0] > bj[2] + tolerance_deg or bj[0] > bi[2] + tolerance_deg:
            continue
        if bi[1] > bj[3] + tolerance_deg or bj[1] > bi[3] + tolerance_deg:
            continue
        near = shapely.buffer(grounds[j], tolerance_deg) if tolerance_deg > 0 else grounds[j]
        line = _linear(shapely.intersection(shapely.boundary(grounds[i]), near))
        if line is None:
            continue
        rows.append(
            {"actor_a": ids[i], "actor_b": ids[j], "geometry": line, "length_km": line_km(line)}
        )
    return pd.DataFrame(rows, columns=["actor_a", "actor_b", "geometry", "length_km"])


def front_frame(
    df: pd.DataFrame, names: dict[str, str], assumptions: dict[str, str]
) -> gpd.GeoDataFrame:
    """The GeoDataFrame ``front(date)`` returns: names beside the ids, assumptions in attrs."""
    df = df.copy()
    df.insert(2, "name_a", [names.get(a, a) for a in df["actor_a"]])
    df.insert(3, "name_b", [names.get(b, b) for b in df["actor_b"]])
    gdf = gpd.GeoDataFrame(df, geometry="geometry", crs="EPSG:4326")
    gdf.attrs["assumptions"] = assumptions
    return gdf


def km_matrix(fronts: pd.DataFrame, ids: Sequence[str]) -> np.ndarray:
    """Front km between each pair of ``ids`` (symmetric, zero diagonal) from a front table."""
    pos = {a: k for k, a in enumerate(ids)}
    out = np.zeros((len(ids), len(ids)))
    for a, b, km in zip(fronts["actor_a"], fronts["actor_b"], fronts["length_km"], strict=True):
        if a in pos and b in pos:
            out[pos[a], pos[b]] += km
            out[pos[b], pos[a]] += km
    return out


#: Columns of ``front_intervals``: the front as pieces of line, each over an interval of days.
FRONT_INTERVAL_COLUMNS = ["actor_a", "actor_b", "geometry", "length_km", "valid_from", "valid_to"]


def interval_frame(rows: list[dict[str, Any]]) -> gpd.GeoDataFrame:
    """The GeoDataFrame ``front_intervals`` returns (EPSG:4326), from rows of its columns."""
    return gpd.GeoDataFrame(
        pd.DataFrame(rows, columns=FRONT_INTERVAL_COLUMNS), geometry="geometry", crs="EPSG:4326"
    )
