"""The overlay engine: what changed hands between two states of one holder.

Gains and losses between two snapshots are computed only inside windows
around the boundary segments that changed (:func:`change_windows`): exact,
and several times faster than overlaying whole polygons, because front lines
move locally.

Examples
--------
>>> import shapely
>>> a = directed_edges(shapely.Polygon([(0, 0), (1, 0), (2, 0), (2, 1), (1, 1), (0, 1)]))
>>> b = directed_edges(shapely.Polygon([(0, 0), (1, 0), (3, 0), (3, 1), (1, 1), (0, 1)]))
>>> change_windows(a, b, pad=0).tolist()  # the edges x <= 1 are shared: nothing changed there
[[1.0, 0.0, 3.0, 1.0]]
>>> components(4, [0, 2], [1, 3]).tolist()
[0, 0, 2, 2]
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np
import shapely

from ._geom import from_polygons, polygon_members, polygonal

__all__ = [
    "EdgeSet",
    "change_windows",
    "components",
    "directed_edges",
    "disjoint_windows",
    "found_in",
    "join_disjoint",
    "pieces",
    "threaded",
]


def threaded(func: Callable, a: np.ndarray, b: np.ndarray, workers: int = 2) -> np.ndarray:
    """``func(a, b)`` for a vectorised shapely function, split over threads
    (GEOS releases the GIL)."""
    n = len(a)
    if n < 16 or workers < 2:
        return func(a, b)
    chunks = np.array_split(np.arange(n), workers * 2)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        parts = list(pool.map(lambda idx: func(a[idx], b[idx]), chunks))
    return np.concatenate(parts)


def directed_edges(geom: Any) -> np.ndarray:
    """Edges ``(x0, y0, x1, y1)`` of a polygonal geometry, exteriors CCW and holes CW."""
    if geom is None or geom.is_empty:
        return np.zeros((0, 4))
    rings = shapely.get_rings(shapely.get_parts(shapely.orient_polygons(geom)))
    xy, idx = shapely.get_coordinates(rings, return_index=True)
    same = idx[1:] == idx[:-1]
    return np.ascontiguousarray(np.hstack([xy[:-1][same], xy[1:][same]]))


def change_windows(
    ea: np.ndarray | EdgeSet, eb: np.ndarray | EdgeSet, pad: float = 1e-7
) -> np.ndarray:
    """Disjoint boxes ``(minx, miny, maxx, maxy)`` holding every difference of A and B.

    With both polygons oriented (interior on the left of every edge), an edge
    found in both with the same direction has the same interior side, so it
    cannot bound ``A \\ B`` or ``B \\ A``: those regions are bounded by the
    edges found in only one of them.  A connected region lies in the bounding
    box of its boundary; boundary pieces that meet have overlapping edge
    boxes.  So the edge boxes of the unshared edges, merged until no two
    touch (not even at a corner), are windows that each hold whole components of the difference, and
    overlaying A and B inside them only gives the exact differences.
    Front lines move locally, so the windows hold a small part of each polygon.
    ``ea`` and ``eb``: :func:`directed_edges` of A and B, or their :class:`EdgeSet`.
    """
    sa, sb = _edge_set(ea), _edge_set(eb)
    chains = [
        _chain_boxes(sa.edges, ~found_in(sa, sb)),
        _chain_boxes(sb.edges, ~found_in(sb, sa)),
    ]
    return disjoint_windows(np.vstack(chains), pad)


def disjoint_windows(boxes: np.ndarray, pad: float = 1e-7) -> np.ndarray:
    """Boxes ``(minx, miny, maxx, maxy)`` padded, then merged while two overlap or touch
    (a corner is enough: boundary pieces of one region can meet there) into their common
    bounds: disjoint windows, each holding whole every connected set the boxes covered."""
    boxes = np.array(boxes, dtype=float).reshape(-1, 4)
    if len(boxes) == 0:
        return np.zeros((0, 4))
    boxes[:, :2] -= pad
    boxes[:, 2:] += pad
    while True:
        left, right = _touching_boxes(boxes)
        _uniq, inv = np.unique(components(len(boxes), left, right), return_inverse=True)
        if inv.max() + 1 == len(boxes):
            return boxes
        merged = np.empty((inv.max() + 1, 4))
        merged[:, :2] = np.inf
        merged[:, 2:] = -np.inf
        np.minimum.at(merged[:, 0], inv, boxes[:, 0])
        np.minimum.at(merged[:, 1], inv, boxes[:, 1])
        np.maximum.at(merged[:, 2], inv, boxes[:, 2])
        np.maximum.at(merged[:, 3], inv, boxes[:, 3])
        boxes = merged


_FEW_BOXES = 256  # up to this many boxes, all pairs are compared at once (no tree)


def _touching_boxes(boxes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pairs ``(left, right)`` of boxes that overlap or touch (closed boxes intersect).

    Few boxes (a front moves in a few places a day) are compared all pairs at
    once, which is what an STRtree ``intersects`` query of the boxes finds;
    many go through the tree.
    """
    if len(boxes) > _FEW_BOXES:
        geo = shapely.box(boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3])
        return shapely.STRtree(geo).query(geo, predicate="intersects")
    x0, y0, x1, y1 = boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3]
    meet = (
        (x0[:, None] <= x1[None, :])
        & (x0[None, :] <= x1[:, None])
        & (y0[:, None] <= y1[None, :])
        & (y0[None, :] <= y1[:, None])
    )
    return np.nonzero(meet)


def _chain_boxes(edges: np.ndarray, unshared: np.ndarray) -> np.ndarray:
    """Bounding boxes of the chains of unshared edges (consecutive edges, each ending where
    the next starts): their boxes touch, so :func:`change_windows` would merge them anyway
    (merging touching boxes into their bounds ends in the same windows in any order)."""
    idx = np.flatnonzero(unshared)
    if len(idx) == 0:
        return np.zeros((0, 4))
    e = edges[idx]
    lo, hi = np.minimum(e[:, :2], e[:, 2:]), np.maximum(e[:, :2], e[:, 2:])
    linked = (idx[1:] - idx[:-1] == 1) & (e[:-1, 2:] == e[1:, :2]).all(axis=1)
    starts = np.flatnonzero(np.concatenate([[True], ~linked]))
    return np.hstack([np.minimum.reduceat(lo, starts), np.maximum.reduceat(hi, starts)])


_MIX = tuple(
    np.uint64(k)
    for k in (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93)
)


def _row_hash(u: np.ndarray) -> np.ndarray:
    """A 64-bit hash of each row of 4 uint64 (a float64 edge's bytes), wrapping arithmetic."""
    h = u[:, 0] * _MIX[0] + u[:, 1] * _MIX[1] + u[:, 2] * _MIX[2] + u[:, 3] * _MIX[3]
    return h ^ (h >> np.uint64(31))


class EdgeSet:
    """Directed edges (rows of 4 float64) with their row hashes, sorted once and kept.

    :func:`change_windows` looks each row of one state's edges up in the
    other's and back; along a series every state is compared with the one
    before and the one after, so its hashes and their order are made once
    (``SnapshotSeries`` keeps one per date and holder).
    """

    __slots__ = ("_sorted", "edges", "rows")

    def __init__(self, edges: np.ndarray) -> None:
        self.edges = np.ascontiguousarray(edges)
        self.rows = self.edges.view(np.uint64) if len(self.edges) else None
        self._sorted: tuple[np.ndarray, np.ndarray, np.ndarray, bool] | None = None

    def __len__(self) -> int:
        return len(self.edges)

    def _index(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, bool]:
        """``(hashes, argsort of them, sorted hashes, whether a hash repeats)``."""
        if self._sorted is None:
            h = _row_hash(self.rows)
            order = np.argsort(h)
            hs = h[order]
            self._sorted = (h, order, hs, bool((hs[1:] == hs[:-1]).any()))
        return self._sorted


def _edge_set(edges: np.ndarray | EdgeSet) -> EdgeSet:
    return edges if isinstance(edges, EdgeSet) else EdgeSet(edges)


def found_in(ea: np.ndarray | EdgeSet, eb: np.ndarray | EdgeSet) -> np.ndarray:
    """Whether each row of ``ea`` is a row of ``eb``, byte for byte (a set lookup, vectorised).

    Rows are matched by a hash, then compared exactly; should two different
    rows share a hash, Python sets of the rows' bytes decide.  Either side
    may be an :class:`EdgeSet`, whose hashes are then not made again.
    """
    sa, sb = _edge_set(ea), _edge_set(eb)
    if len(sa) == 0 or len(sb) == 0:
        return np.zeros(len(sa), dtype=bool)
    # both sides' hashes in sorted order: the lookups walk ``eb``'s in order
    _ha, order_a, ha_sorted, _repeats = sa._index()
    _hb, order_b, hb_sorted, repeats = sb._index()
    pos = np.minimum(np.searchsorted(hb_sorted, ha_sorted), len(hb_sorted) - 1)
    same_hash = hb_sorted[pos] == ha_sorted
    ua, ub = sa.rows[order_a], sb.rows[order_b[pos]]
    equal = (
        (ua[:, 0] == ub[:, 0])
        & (ua[:, 1] == ub[:, 1])
        & (ua[:, 2] == ub[:, 2])
        & (ua[:, 3] == ub[:, 3])
    )
    if (same_hash & ~equal).any() or repeats:
        # a collision, or repeated hashes in eb: compare the rows' bytes exactly
        bytes_b = set(sb.edges.view("V32").ravel().tolist())
        va = sa.edges.view("V32").ravel().tolist()
        return np.fromiter((x in bytes_b for x in va), bool, len(va))
    found = np.empty(len(sa), dtype=bool)
    found[order_a] = same_hash
    return found


def components(n: int, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Connected-component label (the smallest node index) of each of n nodes
    linked by the pairs ``(left[i], right[i])``.

    Vectorised min-label propagation with pointer jumping: a few passes over
    the pairs even for long chains.
    """
    label = np.arange(n)
    left = np.asarray(left, dtype=np.intp)
    right = np.asarray(right, dtype=np.intp)
    if len(left) == 0:
        return label
    while True:
        low = np.minimum(label[left], label[right])
        new = label.copy()
        np.minimum.at(new, left, low)
        np.minimum.at(new, right, low)
        np.minimum.at(new, label[left], low)  # hook the old roots too
        np.minimum.at(new, label[right], low)
        while True:  # pointer jumping: every node points at its root
            jumped = new[new]
            if (jumped == new).all():
                break
            new = jumped
        if (new == label).all():
            return label
        label = new


def join_disjoint(parts: np.ndarray) -> Any:
    """One (Multi)Polygon from polygonal pieces lying in disjoint windows."""
    polys = [p for g in parts for p in polygon_members(polygonal(g))[0]]
    return from_polygons(polys)


def pieces(
    a: np.ndarray, b: np.ndarray, windows: list[np.ndarray], *, by_rect: bool = False
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Gained and lost pieces of pairs of states: ``(gained, lost, pair of each piece)``.

    Parameters
    ----------
    a, b : arrays of geometries
        The state before and after, one pair per entry.
    windows : list of arrays
        :func:`change_windows` of each pair.
    by_rect : bool, default False
        Cut each state to a window with GEOS's rectangle clip (one pass over
        the polygon, no noding; about 4x faster on a whole ground) instead
        of an overlay: the same point set, its vertices where the edges
        cross the window computed another way (areas agree to rounding).  A
        clip that is not valid (the rectangle clip does not promise it) is
        overlaid instead.  For measuring: the pieces drawn on maps keep the
        overlay's vertices.

    Returns
    -------
    gained, lost : arrays of geometries
        ``b \\ a`` and ``a \\ b`` inside each window: exact, cut into
        disjoint windows.
    owner : array of int
        The pair each window belongs to.
    """
    boxes, owner = [], []
    for c, win in enumerate(windows):
        boxes.extend(shapely.box(win[:, 0], win[:, 1], win[:, 2], win[:, 3]))
        owner.extend([c] * len(win))
    owner_arr = np.asarray(owner, dtype=int)
    if not boxes:
        empty = np.empty(0, dtype=object)
        return empty, empty, owner_arr
    boxes_arr = np.asarray(boxes, dtype=object)
    cut = _rect_cut if by_rect else shapely.intersection
    aw = threaded(cut, a[owner_arr], boxes_arr)
    bw = threaded(cut, b[owner_arr], boxes_arr)
    both = threaded(shapely.difference, np.concatenate([bw, aw]), np.concatenate([aw, bw]))
    n = len(boxes_arr)
    return both[:n], both[n:], owner_arr


def _rect_cut(geoms: np.ndarray, boxes: np.ndarray) -> np.ndarray:
    """``intersection(geoms, boxes)`` by :func:`shapely.clip_by_rect` (boxes are
    rectangles), overlaid where the clip is not valid."""
    bounds = shapely.bounds(boxes)
    out = np.empty(len(geoms), dtype=object)
    out[:] = [shapely.clip_by_rect(g, *bb) for g, bb in zip(geoms, bounds.tolist(), strict=True)]
    bad = ~shapely.is_valid(out)
    if bad.any():
        out[bad] = shapely.intersection(geoms[bad], boxes[bad])
    return out
