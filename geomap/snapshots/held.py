"""Held areas of a series of grounds, each measured from the one before where only a front moved.

:func:`~geomap.areas.area_km2` measures a polygon as the sum, over its rings,
of ``|S(ring)|``: ``S`` is the signed shoelace area of the ring densified in
longitude/latitude and projected (holes subtracted).  ``S`` is a sum of one
term per edge (each edge densified on its own), so two rings that share every
edge but one run of vertices (:func:`~geomap.snapshots.clip.changed_runs`:
the runs ``R`` and ``R'`` between the same two anchors) differ by
``S(ring') - S(ring) = -S(L)``, ``L`` the closed loop ``R`` then ``R'``
backwards.  While a ring keeps its orientation, its ``|S|`` changes by
``-σ S(L)`` (``σ`` = +1 counter-clockwise, else -1), so a ground's area is the
previous ground's plus a few small loops' -- without projecting the ~10⁵
unchanged vertices again.

``S(L)`` is signed and ``area_km2`` gives ``|S|``; a loop that crosses itself
(a front advancing here and falling back there) can have either sign.  So the
loop is measured with a counter-clockwise square of side ``d`` appended at its
first vertex, big enough that the sum is positive (``d² = 4 ×`` the sum of the
loop's fan triangles, in degrees²), and the square alone: ``S(L)`` is the
difference.  The square's edges and first vertex are the same in both, so
area_km2 gives them the same terms.

Every figure still comes from :func:`~geomap.areas.area_km2`; the result
differs from measuring each ground whole by rounding only (relative ~1e-15
per step), and a ground is measured whole at least every ``every`` steps.
Parts found in the ground before (every coordinate equal) add nothing; a part that
cannot be paired with one before (another number of rings, no shared vertex,
a ring that turns over, a loop near a pole or the CRS's antimeridian) is
measured whole and the part it replaces subtracted.  The first ground, and a
ground that is not a (Multi)Polygon, is measured whole, as before.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import shapely
from pyproj import CRS

from ..areas import area_km2
from ..crs import crs_lon_0
from .rings import changed_rings, polygon_rings, split_runs

__all__ = ["held_km2"]

_EVERY = 32  # a ground is measured whole at least this often (rounding cannot pile up)
_MIN_SIDE = 1e-5  # degrees: the square's smallest side


@dataclass
class _Ground:
    """A ground's polygons, a key of each (vertex count and box) and (once read) their rings."""

    parts: np.ndarray
    keys: list[tuple]
    rings: dict[int, list[np.ndarray]] = field(default_factory=dict)

    def rings_of(self, k: int) -> list[np.ndarray]:
        if k not in self.rings:
            self.rings[k] = polygon_rings(self.parts[k])
        return self.rings[k]


@dataclass
class _Terms:
    """What is added to the ground before: ``Σ sign × S(loop) + Σ sign × area(part)``."""

    loops: list[np.ndarray] = field(default_factory=list)
    loop_signs: list[float] = field(default_factory=list)
    parts: list[Any] = field(default_factory=list)
    part_signs: list[float] = field(default_factory=list)


def held_km2(
    geoms: np.ndarray,
    crs: CRS,
    *,
    every: int = _EVERY,
    changes: dict[int, tuple[int, np.ndarray]] | None = None,
) -> np.ndarray:
    """:func:`~geomap.areas.area_km2` of each ground of one holder, in date order.

    Parameters
    ----------
    geoms : array of polygonal geometries
        One holder's ground per date (EPSG:4326, valid); the same object
        twice is measured once.
    crs : pyproj.CRS
        The series' equal-area CRS.
    every : int, default 32
        A ground is measured whole at least once in this many.
    changes : dict, optional
        Filled with ``{i: (j, boxes)}``: ground ``i`` differs from ground ``j``
        only inside the boxes ``(minx, miny, maxx, maxy)`` (each loop's and each
        part's found in one of them only); grounds not compared are left out.

    Returns
    -------
    numpy.ndarray
        km² of each ground: equal to ``area_km2(geoms, crs=crs)`` up to rounding.
    """
    geoms = np.asarray(geoms, dtype=object)
    whole: list[int] = []
    steps: dict[int, tuple[int, _Terms]] = {}  # ground: (the ground before, what it adds)
    seen: dict[int, int] = {}  # the first index of each ground, by id
    depth = np.zeros(len(geoms), dtype=int)  # steps from the last ground measured whole
    changes = {} if changes is None else changes
    prev, before = -1, None
    for i, g in enumerate(geoms):
        if id(g) in seen:  # the same ground as an earlier one: its area
            prev = seen[id(g)]
            steps[i] = (prev, _Terms())
            changes[i] = (prev, np.zeros((0, 4)))
            depth[i] = depth[prev]
            before = _ground(g)
            continue
        seen[id(g)] = i
        now = _ground(g)
        terms = _terms(before, now) if before is not None and now is not None else None
        if terms is not None:
            changes[i] = (prev, _boxes(terms))
        if terms is None or depth[prev] + 1 >= every:
            whole.append(i)
        else:
            steps[i] = (prev, terms)
            depth[i] = depth[prev] + 1
        prev, before = i, now
    return _resolve(geoms, crs, whole, steps)


def _boxes(terms: _Terms) -> np.ndarray:
    """The box of each loop and of each part measured whole."""
    loops = [np.hstack([loop.min(axis=0), loop.max(axis=0)]) for loop in terms.loops]
    parts = shapely.bounds(np.asarray(terms.parts, dtype=object).reshape(-1))
    return np.vstack([np.asarray(loops).reshape(-1, 4), parts.reshape(-1, 4)])


def _ground(geom: Any) -> _Ground | None:
    """A non-empty (Multi)Polygon's parts (None: anything else)."""
    if geom is None or shapely.get_type_id(geom) not in (3, 6) or geom.is_empty:
        return None
    parts = shapely.get_parts(geom)
    keys = np.column_stack([shapely.get_num_coordinates(parts), shapely.bounds(parts)])
    return _Ground(parts, list(map(tuple, keys.tolist())))


def _terms(before: _Ground, now: _Ground) -> _Terms:
    """What ``now`` adds to ``before``'s area: the loops of the parts paired in order once the
    parts found in both (every coordinate equal) are set aside; each part left over measured whole."""
    pool: dict[tuple, list[int]] = {}  # before's parts by key, in order
    for k, key in enumerate(before.keys):
        pool.setdefault(key, []).append(k)
    same: list[int | None] = [pool[key].pop(0) if pool.get(key) else None for key in now.keys]
    pairs = np.array([(k, old) for k, old in enumerate(same) if old is not None]).reshape(-1, 2)
    if len(pairs):  # the same key: the same part only if every coordinate is
        equal = shapely.equals_exact(
            now.parts[pairs[:, 0]], before.parts[pairs[:, 1]], tolerance=0.0
        )
        for k in pairs[~equal, 0].tolist():
            same[k] = None
    matched = {old for old in same if old is not None}
    for k, old in enumerate(same):  # rings already read
        if old is not None and old in before.rings:
            now.rings[k] = before.rings[old]
    old_left = [k for k in range(len(before.parts)) if k not in matched]
    terms = _Terms()
    for k1 in (k for k, old in enumerate(same) if old is None):
        for k0 in old_left:  # the first part left over that it pairs with
            found = _loops(before.rings_of(k0), now.rings_of(k1))
            if found is not None:
                old_left.remove(k0)
                for loop, sign in found:
                    terms.loops.append(loop)
                    terms.loop_signs.append(sign)
                break
        else:
            _whole_parts(terms, before, [], now, [k1])
    _whole_parts(terms, before, old_left, now, [])
    return terms


def _whole_parts(terms: _Terms, before: _Ground, old: list[int], now: _Ground, new: list[int]):
    """Parts measured whole: ``now``'s added, ``before``'s subtracted."""
    terms.parts += [before.parts[k] for k in old] + [now.parts[k] for k in new]
    terms.part_signs += [-1.0] * len(old) + [1.0] * len(new)


def _resolve(
    geoms: np.ndarray, crs: CRS, whole: list[int], steps: dict[int, tuple[int, _Terms]]
) -> np.ndarray:
    """Every area: grounds, parts and loops measured in one call, then summed in date order."""
    loops = [loop for _b, t in steps.values() for loop in t.loops]
    parts = [part for _b, t in steps.values() for part in t.parts]
    rings = _with_squares(loops, crs_lon_0(crs))
    if rings is None:  # a loop near a pole or the antimeridian: every ground measured whole
        return area_km2(geoms, crs=crs)
    km = area_km2(
        np.concatenate([geoms[whole], np.asarray(parts, dtype=object).reshape(-1), rings]),
        crs=crs,
    )
    out = np.zeros(len(geoms))
    out[whole] = km[: len(whole)]
    part_km = km[len(whole) : len(whole) + len(parts)]
    n = len(loops)
    loop_km = km[len(whole) + len(parts) :]
    signed = loop_km[:n] - loop_km[n:]  # S(loop), km²
    at_loop = at_part = 0
    for i in sorted(steps):
        base, t = steps[i]
        change = 0.0
        for sign in t.loop_signs:
            change += sign * signed[at_loop]
            at_loop += 1
        for sign in t.part_signs:
            change += sign * part_km[at_part]
            at_part += 1
        out[i] = out[base] + change
    return out


def _with_squares(loops: list[np.ndarray], lon_0: float) -> np.ndarray | None:
    """Each loop with its square appended, then each square alone, as polygons (None: a loop
    or square not well inside the CRS's longitude window or too near a pole, where
    area_km2 would wrap or refuse coordinates, or spanning latitudes whose degrees differ
    in area by more than 2×).

    A square's side ``d`` makes its area 4× the loop's fan triangles' from its first
    vertex (degrees², at least ``_MIN_SIDE``²): the loop with the square appended is then
    counter-clockwise (positive) whatever the loop's own sign.
    """
    if not loops:
        return np.empty(0, dtype=object)
    lens = np.array([len(loop) for loop in loops])
    starts = np.concatenate([[0], np.cumsum(lens)[:-1]])
    xy = np.vstack(loops)
    owner = np.repeat(np.arange(len(loops)), lens)
    corner = xy[starts]
    rel = xy - corner[owner]
    cross = np.abs(rel[:-1, 0] * rel[1:, 1] - rel[1:, 0] * rel[:-1, 1])
    same = owner[1:] == owner[:-1]
    fan = 0.5 * np.bincount(owner[:-1][same], weights=cross[same], minlength=len(loops))
    d = np.maximum(2.0 * np.sqrt(fan), _MIN_SIDE)
    lo = np.minimum(np.minimum.reduceat(xy, starts), corner)
    hi = np.maximum(np.maximum.reduceat(xy, starts), corner + d[:, None])
    # the square must outweigh the loop once projected: a degree² of the square is worth at
    # least half one of the loop (cos of the latitudes), a margin of 2 on the 4× above
    far = np.radians(np.maximum(np.abs(lo[:, 1]), np.abs(hi[:, 1])))
    near = np.radians(
        np.where(lo[:, 1] * hi[:, 1] <= 0, 0.0, np.minimum(np.abs(lo[:, 1]), np.abs(hi[:, 1])))
    )
    if not (
        (lo[:, 0] > lon_0 - 170.0).all()
        and (hi[:, 0] < lon_0 + 170.0).all()
        and (lo[:, 1] > -85.0).all()
        and (hi[:, 1] < 85.0).all()
        and (np.cos(far) >= 0.5 * np.cos(near)).all()
    ):
        return None
    unit = np.array([[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]])
    squares = corner[:, None, :] + d[:, None, None] * unit  # (loops, 5, 2), counter-clockwise
    with_square = np.empty((len(xy) + 4 * len(loops), 2))
    at = starts + 4 * np.arange(len(loops))  # where each loop starts, with the squares before
    rows = np.repeat(at - starts, lens) + np.arange(len(xy))
    with_square[rows] = xy
    tail = (at + lens)[:, None] + np.arange(4)  # the square after each loop, less its corner
    with_square[tail.ravel()] = squares[:, 1:].reshape(-1, 2)
    index = np.concatenate(
        [
            np.repeat(np.arange(len(loops)), lens + 4),
            np.repeat(np.arange(len(loops), 2 * len(loops)), 5),
        ]
    )
    coords = np.vstack([with_square, squares.reshape(-1, 2)])
    return shapely.polygons(shapely.linearrings(coords, indices=index))


def _loops(
    before: list[np.ndarray], after: list[np.ndarray]
) -> list[tuple[np.ndarray, float]] | None:
    """``(loop, sign)`` for every changed ring of a polygon: ``area(after) = area(before) +
    Σ sign × S(loop)`` (None: the rings do not pair up, or one turned over)."""
    changed = changed_rings(before, after)
    if changed is None:
        return None
    out = []
    for r, run in changed:
        a, b = before[r], after[r]
        ccw = shapely.is_ccw(
            shapely.linearrings(np.vstack([a, b]), indices=np.repeat([0, 1], [len(a), len(b)]))
        )
        if ccw[0] != ccw[1]:
            return None
        sign = -(1.0 if ccw[0] else -1.0) * (1.0 if r == 0 else -1.0)  # holes count negative
        out += [(loop, sign) for loop in _split_loops(*run)]
    return out


def _split_loops(run_a: np.ndarray, run_b: np.ndarray) -> list[np.ndarray]:
    """The closed loops ``R_k`` then ``R'_k`` backwards of :func:`split_runs`: ``S(R) - S(R')
    = Σ S(loop)``."""
    return [np.vstack([a, b[-2::-1]]) for a, b in split_runs(run_a, run_b)]
