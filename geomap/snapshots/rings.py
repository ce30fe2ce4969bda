"""Rings as coordinate arrays, and the runs of vertices where two rings differ.

Shared by the clip (:mod:`~geomap.snapshots.clip`, splicing a moved front into
the previous clip) and the held areas (:mod:`~geomap.snapshots.held`).  Vertices are compared
as complex numbers (:func:`points`): two vertices are equal exactly when both
coordinates are (``==``).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import shapely

__all__ = ["changed_ring_run", "changed_rings", "points", "polygon_rings", "split_runs", "xy_of"]


def polygon_rings(polygon: Any) -> list[np.ndarray]:
    """The closed coordinate arrays of a valid polygon's rings, exterior first.

    One coordinate array, cut where each ring comes back to its first vertex
    (a valid ring touches itself nowhere else); ``get_rings`` when that does
    not account for every ring.
    """
    xy = shapely.get_coordinates(polygon)
    pts = points(xy)
    n_rings = shapely.get_num_interior_rings(polygon) + 1
    rings, start = [], 0
    while start < len(xy) and len(rings) < n_rings:
        back = np.flatnonzero(pts[start + 1 :] == pts[start])
        if not len(back):
            break
        end = start + 1 + int(back[0])
        rings.append(xy[start : end + 1])
        start = end + 1
    if len(rings) == n_rings and start == len(xy):
        return rings
    return [shapely.get_coordinates(r) for r in shapely.get_rings(polygon)]


def points(xy: np.ndarray) -> np.ndarray:
    """Each row ``(x, y)`` of a coordinate array as one complex number (a view when it can
    be): two rows are equal exactly when their complex numbers are (``==`` on each part)."""
    return np.ascontiguousarray(xy, dtype=np.float64).view(np.complex128).reshape(-1)


def changed_ring_run(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray] | tuple | None:
    """The runs of two closed rings that differ, with an anchor at each end:
    ``(run of a, run of b)``; ``()`` when the rings are the same; None when no
    vertex of a's first few is found once in b."""
    if len(a) == len(b) and np.array_equal(a, b):
        return ()
    ao, bo = points(a)[:-1], points(b)[:-1]
    for i in range(min(len(ao), 64)):  # start both at a vertex they share
        hit = np.flatnonzero(bo == ao[i])
        if len(hit) == 1:
            break
    else:
        return None
    j = int(hit[0])
    ac = np.concatenate([ao[i:], ao[:i], ao[i : i + 1]])  # both rolled to it, closed
    bc = np.concatenate([bo[j:], bo[:j], bo[j : j + 1]])
    n = min(len(ac), len(bc))
    eq = ac[:n] == bc[:n]
    if eq.all() and len(ac) == len(bc):
        return ()  # the same ring, started elsewhere
    p = n if eq.all() else int(np.argmin(eq))  # >= 1: both start at the shared vertex
    eq = ac[len(ac) - n :][::-1] == bc[len(bc) - n :][::-1]
    s = min(n if eq.all() else int(np.argmin(eq)), n - p)  # >= 1: both end there too
    return (
        xy_of(ac[p - 1 : len(ac) - s + 1]),
        xy_of(bc[p - 1 : len(bc) - s + 1]),
    )


def changed_rings(
    old_rings: list[np.ndarray], new_rings: list[np.ndarray]
) -> list[tuple[int, tuple[np.ndarray, np.ndarray]]] | None:
    """``(ring number, changed_ring_run)`` for each pair of rings that differ (None: the
    polygons have different numbers of rings, or a pair does not share a vertex)."""
    if len(old_rings) != len(new_rings):
        return None
    out = []
    for r, (ro, rn) in enumerate(zip(old_rings, new_rings, strict=True)):
        run = changed_ring_run(ro, rn)
        if run is None:
            return None
        if run:
            out.append((r, run))
    return out


def split_runs(run_a: np.ndarray, run_b: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    """The runs of :func:`changed_ring_run` cut at the vertices found in both, taken in the
    same order along both (the anchors when nothing else): the pairs ``(R_k, R'_k)`` that
    differ, each from one shared vertex to the next.  Every edge of ``R`` or ``R'`` outside
    them is an edge of both, between the same two shared vertices."""
    pa, pb = points(run_a), points(run_b)
    # the anchors pair up; the vertices between are matched (a run over a whole ring starts
    # and ends at one vertex, which must not be matched with the other end)
    ia, ib = np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp)
    if len(pa) > 2 and len(pb) > 2:
        # looked up by a 64-bit hash (sorted faster than complex numbers), then compared:
        # a point hidden by another's equal hash is left unmatched (a longer loop, no error)
        inner_a, inner_b = pa[1:-1], pb[1:-1]
        ha, hb = _hash(inner_a), _hash(inner_b)
        order = np.argsort(hb)
        sb = hb[order]
        where = np.minimum(np.searchsorted(sb, ha), len(sb) - 1)
        found = order[where]
        ia = 1 + np.flatnonzero((sb[where] == ha) & (inner_b[found] == inner_a))
        ib = 1 + found[ia - 1]
        keep = ib > np.maximum.accumulate(np.concatenate([[0], ib[:-1]]))  # increasing in b too
        ia, ib = ia[keep], ib[keep]
    ia = np.concatenate([[0], ia, [len(pa) - 1]])
    ib = np.concatenate([[0], ib, [len(pb) - 1]])
    return [
        (run_a[ia[k] : ia[k + 1] + 1], run_b[ib[k] : ib[k + 1] + 1])
        for k in np.flatnonzero((np.diff(ia) != 1) | (np.diff(ib) != 1))
    ]


_MIX = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F))


def _hash(pts: np.ndarray) -> np.ndarray:
    """A 64-bit hash of each point (its two float64's bits, -0.0 read as 0.0), wrapping
    arithmetic."""
    u = np.ascontiguousarray(pts + 0j).view(np.uint64).reshape(-1, 2)
    return (u[:, 0] * _MIX[0]) ^ (u[:, 1] * _MIX[1])


def xy_of(pts: np.ndarray) -> np.ndarray:
    """The ``(n, 2)`` coordinate array of :func:`points`' complex numbers."""
    return np.ascontiguousarray(pts).view(np.float64).reshape(-1, 2)
