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

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely
from pyproj import Geod

from .territory import FaceLog

__all__ = ["Edges", "shared_edges", "front_pairs", "front_lines", "front_km_by_day"]

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
        e = sel[(lo == i) & (hi == j)]
        segs = shapely.linestrings(np.stack([edges.start[e], edges.end[e]], axis=1))
        rows.append(
            {
                "actor_a": actor_ids[i],
                "actor_b": actor_ids[j],
                "geometry": shapely.line_merge(shapely.multilinestrings(segs)),
                "length_km": float(edges.km[e].sum()),
            }
        )
    return pd.DataFrame(rows, columns=["actor_a", "actor_b", "geometry", "length_km"])


def front_km_by_day(log: FaceLog, edges: Edges, n_actors: int, days: Sequence[int]) -> np.ndarray:
    """Front km between each pair of actors at the end of each day (ordinal).

    Returns an array ``(len(days), n_actors, n_actors)``, symmetric, zero on
    the diagonal.  ``days`` ascending; changes are applied day by day.
    """
    out = np.zeros((len(days), n_actors, n_actors))
    if not len(days):
        return out
    owner = log.owners_at(days[0])
    prev = days[0]
    for t, day in enumerate(days):
        if t:
            lo = np.searchsorted(log.day, prev, side="right")
            hi = np.searchsorted(log.day, day, side="right")
            if hi > lo:
                face = log.face[lo:hi][::-1]
                new = log.new[lo:hi][::-1]
                uniq, first = np.unique(face, return_index=True)  # last change of each face
                owner[uniq] = new[first]
            prev = day
        sel, i, j = front_pairs(edges, owner)
        km = np.bincount(i * n_actors + j, weights=edges.km[sel], minlength=n_actors * n_actors)
        km = km.reshape(n_actors, n_actors)
        out[t] = km + km.T
    return out
