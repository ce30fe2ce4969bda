"""Clipping the files of a series to the area of interest, reusing work from file to file.

A file's polygons are kept as they are where they lie inside the AOI
(``contains_properly`` on the prepared AOI), left out (and reported) where
they lie wholly outside, and cut only where they cross its outline, each
against the piece of the AOI around it.  Archives repeat most polygons from
one file to the next, and a front moves far from the outline, so
:class:`AoiClipper` carries work over from the previous file:

- a polygon met in the previous file (same WKB) is not cut again;
- a polygon whose boundary differs from one of the previous file's only
  inside the AOI (the edges found in only one of them lie inside it, see
  :meth:`AoiClipper._same_outside`) has the same part outside the AOI: only
  its inside is cut, and the part clipped away is the previous one, the same
  geometry, measured once.

Every clip is reported as before: a warning per feature, a ``clipped`` flag
with the km² clipped away and a ``stray-polygon`` flag per polygon wholly
outside.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cached_property
from typing import Any, NamedTuple

import numpy as np
import shapely

from ..errors import Problem
from ._geom import EMPTY, from_polygons, polygon_members
from .overlay import change_windows, directed_edges, found_in
from .read import FileResult, PendingFlag
from .rings import changed_rings, points, polygon_rings, xy_of

__all__ = ["AoiClipper", "changed_runs", "spliced"]


@dataclass
class _Cut:
    """One polygon crossing the outline: what is kept, what is clipped away."""

    kept: list[Any]  # polygons inside the AOI
    outside: Any  # the part outside it (polygonal, maybe empty)
    bounds: tuple[float, float, float, float]
    part: Any  # the polygon as read
    known_rings: list[np.ndarray] | None = None  # the part's rings, when already read
    known_kept_rings: list[list[np.ndarray]] | None = None  # ... and the kept polygons'

    @cached_property
    def rings(self) -> list[np.ndarray]:
        """The part's rings (closed coordinate arrays)."""
        return self.known_rings if self.known_rings is not None else polygon_rings(self.part)

    @cached_property
    def kept_rings(self) -> list[list[np.ndarray]]:
        """The rings of each kept polygon."""
        if self.known_kept_rings is not None:
            return self.known_kept_rings
        return [polygon_rings(k) for k in self.kept]

    @cached_property
    def edges(self) -> np.ndarray:
        """Directed edges of the polygon as read."""
        return directed_edges(self.part)

    @cached_property
    def whole_outside(self) -> _Outside:
        """The part outside as a feature's (when this is its only cut)."""
        return _Outside(self.outside)


class _Same(NamedTuple):
    """A previous cut whose part outside the AOI is a polygon's too, and how the rings differ."""

    cut: _Cut
    runs: list[tuple[np.ndarray, np.ndarray]] | None  # per changed ring (None: not known)
    rings: list[np.ndarray] | None = None  # the new polygon's rings, when read


class _Outside:
    """A feature's part outside the AOI, with what its ``clipped`` flag reports (made once)."""

    def __init__(self, geom: Any) -> None:
        self.geom = geom

    @cached_property
    def has_area(self) -> bool:
        return not self.geom.is_empty and self.geom.area > 0

    @cached_property
    def location(self) -> tuple[float, float]:
        return _surface_point(self.geom)


class AoiClipper:
    """Clips each file of a series to one area of interest (files in date order).

    Parameters
    ----------
    aoi : shapely geometry
        The area of interest (EPSG:4326, valid); it is prepared here.
    """

    def __init__(self, aoi: Any) -> None:
        self.aoi = aoi
        shapely.prepare(aoi)
        self._cuts: dict[bytes, _Cut] = {}  # crossing polygons of this file, by WKB
        self._previous: dict[bytes, _Cut] = {}  # ... and of the previous file
        self._locals: dict[tuple[float, ...], Any] = {}  # the AOI inside a box, by the box
        # a feature's part outside, by its cuts' parts outside (held, so their ids stay theirs)
        self._outsides: dict[tuple[int, ...], tuple[list[Any], _Outside]] = {}
        # where a geometry lies (inside, disjoint), by WKB: this file's and the previous one's
        self._where: dict[bytes, tuple[bool, bool]] = {}
        self._where_before: dict[bytes, tuple[bool, bool]] = {}
        # a stray polygon and its reported point, by WKB (archives repeat them): this file's, the last
        self._strays: dict[bytes, tuple[Any, tuple[float, float]]] = {}
        self._strays_before: dict[bytes, tuple[Any, tuple[float, float]]] = {}

    def clip(self, res: FileResult, file_no: int) -> FileResult:
        """The result with its kept features clipped to the AOI, every clip and stray part reported."""
        self._previous, self._cuts = self._cuts or self._previous, {}
        self._where_before, self._where = self._where or self._where_before, {}
        self._strays_before, self._strays = self._strays or self._strays_before, {}
        if not res.geoms:
            return res
        geoms = np.asarray(res.geoms, dtype=object)
        new_geoms, new_wkbs = list(res.geoms), list(res.wkbs)
        problems, pending = list(res.problems), list(res.pending)
        inside, _disjoint = self._lies(geoms, res.wkbs, disjoint=False)
        for j in np.flatnonzero(~inside):
            i, actor, day = res.feature_idx[j], res.actors[j], res.dates[j]
            parts = shapely.get_parts(geoms[j])
            wkbs = _part_wkbs(geoms[j], res.wkbs[j], parts)
            part_inside, disjoint = self._lies(parts, wkbs)
            kept, outside = self._clip_parts(parts, wkbs, part_inside, disjoint)
            for k in np.flatnonzero(disjoint):
                part, location = self._stray(parts[k], wkbs[k])
                pending.append(
                    PendingFlag(
                        "stray-polygon",
                        file_no,
                        actor,
                        i,
                        day,
                        part,
                        message="a polygon wholly outside the area of interest; clipped away",
                        hint="check the source; nothing to do if the clip is right",
                        location=location,
                        fixed=True,
                    )
                )
            if outside is not None and outside.has_area:
                pending.append(
                    PendingFlag(
                        "clipped",
                        file_no,
                        actor,
                        i,
                        day,
                        outside.geom,
                        message="the part outside the area of interest was clipped away",
                        hint="widen the area of interest if that land belongs in the figures",
                        location=outside.location,
                        fixed=True,
                    )
                )
            new_geoms[j] = kept
            new_wkbs[j] = shapely.to_wkb(kept)
            problems.append(
                Problem(
                    res.display,
                    None,
                    f"feature {i}",
                    f"{actor}: clipped to the area of interest"
                    + (
                        f" ({int(disjoint.sum())} polygon(s) wholly outside)"
                        if disjoint.any()
                        else ""
                    ),
                    "see geomap check for the km² clipped",
                    "warning",
                )
            )
        return dataclasses.replace(
            res, geoms=new_geoms, wkbs=new_wkbs, problems=problems, pending=pending
        )

    def _stray(self, part: Any, wkb: bytes) -> tuple[Any, tuple[float, float]]:
        """A polygon wholly outside the AOI and a point on it: the last file's polygon and
        point when it had the same one (one object, so its km² is measured once)."""
        known = self._strays.get(wkb) or self._strays_before.get(wkb)
        if known is None:
            known = (part, _surface_point(part))
        self._strays[wkb] = known
        return known

    def _lies(
        self, geoms: np.ndarray, wkbs: Any, *, disjoint: bool = True
    ) -> tuple[np.ndarray, np.ndarray]:
        """``(inside, disjoint)``: whether each geometry lies properly inside the AOI, and
        (``disjoint``) wholly outside it; each WKB met in this file or the previous one is
        looked up, not tested again."""
        n = len(geoms)
        inside, out = np.zeros(n, dtype=bool), np.zeros(n, dtype=bool)
        todo = []
        for k, wkb in enumerate(wkbs):
            known = self._where.get(wkb) or self._where_before.get(wkb)
            if known is None or (disjoint and known[1] is None):
                todo.append(k)
            else:
                inside[k], out[k] = known[0], bool(known[1])
        if todo:
            idx = np.asarray(todo)
            inside[idx] = shapely.contains_properly(self.aoi, geoms[idx])
            if disjoint:
                out[idx] = ~inside[idx] & shapely.disjoint(self.aoi, geoms[idx])
        for k, wkb in enumerate(wkbs):
            self._where[wkb] = (bool(inside[k]), bool(out[k]) if disjoint else None)
        return inside, out

    def _clip_parts(
        self, parts: np.ndarray, wkbs: np.ndarray, inside: np.ndarray, disjoint: np.ndarray
    ) -> tuple[Any, _Outside | None]:
        """A feature's polygons clipped to the AOI, and the part outside (None: no part meets it).

        Polygons wholly inside are kept as they are; only those crossing the
        outline are cut (:meth:`_crossing`).
        """
        near = ~disjoint
        if not near.any():
            return EMPTY, None
        kept = list(parts[inside])
        crossing = np.flatnonzero(near & ~inside)
        cuts = [self._crossing(parts[k], wkbs[k]) for k in crossing]
        for cut in cuts:
            kept += cut.kept
        return from_polygons(kept), self._outside(cuts)

    def _outside(self, cuts: list[_Cut]) -> _Outside | None:
        """The part of a feature outside the AOI, from its cuts (the same cuts: the same object)."""
        if not cuts:
            return None
        if len(cuts) == 1:
            return cuts[0].whole_outside
        key = tuple(id(cut.outside) for cut in cuts)  # a part outside is often carried over
        if key not in self._outsides:
            if len(self._outsides) > 64:
                self._outsides.clear()
            # parts of a valid MultiPolygon meet at points at most: so do their pieces
            polys = [p for cut in cuts for p in _polygons(cut.outside)]
            self._outsides[key] = ([cut.outside for cut in cuts], _Outside(from_polygons(polys)))
        return self._outsides[key][1]

    def _crossing(self, part: Any, wkb: bytes) -> _Cut:
        """One polygon crossing the outline, cut (or carried over from the previous file)."""
        cut = self._cuts.get(wkb) or self._previous.get(wkb)
        if cut is None:
            bounds = tuple(part.bounds)
            same = self._same_outside(part, bounds)
            done = None
            if same is not None and same.runs is not None:
                prev = same.cut
                done = _splice(prev.kept, prev.kept_rings, same.runs, part, prev.outside)
            if done is not None:
                kept, kept_rings = done
            else:
                kept = _polygons(shapely.intersection(part, self._local(bounds)))
                kept_rings = None
            if same is not None:
                outside = same.cut.outside
            else:
                outside = from_polygons(_polygons(shapely.difference(part, self._local(bounds))))
            cut = _Cut(kept, outside, bounds, part, same.rings if same else None, kept_rings)
        self._cuts[wkb] = cut
        return cut

    def _local(self, bounds: tuple[float, ...]) -> Any:
        """The AOI inside the polygon's box, padded so its edges stay off the polygon."""
        if bounds not in self._locals:
            x0, y0, x1, y1 = bounds
            pad = max(x1 - x0, y1 - y0, 1e-6) * 0.01
            box = shapely.box(x0 - pad, y0 - pad, x1 + pad, y1 + pad)
            if len(self._locals) > 64:  # a series has a few boxes; do not grow without end
                self._locals.clear()
            self._locals[bounds] = shapely.intersection(self.aoi, box)
        return self._locals[bounds]

    def _same_outside(self, part: Any, bounds: tuple[float, ...]) -> _Same | None:
        """The previous file's cut whose part outside the AOI is this polygon's too (None: none).

        The previous crossing polygon whose box overlaps this one's most is
        compared.  Where two polygons differ is bounded by the edges found in
        only one of them (see :func:`~geomap.snapshots.overlay.change_windows`).
        When the AOI's complement is connected (no holes, no land enclosed by
        its parts) and every such edge lies inside the AOI, each region where
        they differ is enclosed by edges inside the AOI, so it lies inside
        the AOI too: outside it the two polygons are the same point set.
        Otherwise the change windows themselves must lie inside the AOI.

        The edges found in one only are first looked for in the runs of
        vertices where each pair of rings differs (:func:`changed_runs`,
        every edge outside them is in both); the runs' edges are then checked
        instead, and handed on for :func:`spliced`.
        """
        best, best_overlap = None, 0.0
        for cut in self._previous.values():
            w = min(bounds[2], cut.bounds[2]) - max(bounds[0], cut.bounds[0])
            h = min(bounds[3], cut.bounds[3]) - max(bounds[1], cut.bounds[1])
            if w > 0 and h > 0 and w * h > best_overlap:
                best, best_overlap = cut, w * h
        if best is None:
            return None
        rings = polygon_rings(part) if self._complement_connected else None
        runs = _runs(best.rings, rings) if rings is not None else None
        if runs is not None:
            inside = _edge_boxes_inside(self.aoi, runs)
            return _Same(best, runs, rings) if inside else None
        edges = directed_edges(part)
        if self._complement_connected:
            ch = np.vstack(
                [best.edges[~found_in(best.edges, edges)], edges[~found_in(edges, best.edges)]]
            )
            lo, hi = np.minimum(ch[:, :2], ch[:, 2:]), np.maximum(ch[:, :2], ch[:, 2:])
            boxes = shapely.box(lo[:, 0], lo[:, 1], hi[:, 0], hi[:, 1])
        else:
            windows = change_windows(best.edges, edges)
            boxes = shapely.box(windows[:, 0], windows[:, 1], windows[:, 2], windows[:, 3])
        if len(boxes) and not shapely.contains_properly(self.aoi, boxes).all():
            return None
        return _Same(best, None)

    @cached_property
    def _complement_connected(self) -> bool:
        """Whether the land outside the AOI is one piece (it reaches infinity from everywhere)."""
        x0, y0, x1, y1 = self.aoi.bounds
        frame = shapely.box(x0 - 1.0, y0 - 1.0, x1 + 1.0, y1 + 1.0)
        # one polygon (the AOI's parts are its holes); land enclosed by the AOI is a second one
        return shapely.difference(frame, self.aoi).geom_type == "Polygon"


def spliced(
    old: Any,
    new: Any,
    old_kept: list[Any],
    outside: Any,
    *,
    runs: list[tuple[np.ndarray, np.ndarray]] | None = None,
) -> list[Any] | None:
    """``new`` clipped to the AOI, from ``old``'s clip (None: not found this way).

    ``old`` and ``new`` are one polygon in two files, the same point set
    outside the AOI (``outside``, checked by :meth:`AoiClipper._same_outside`):
    they differ only inside it, where a clip keeps every vertex.  So in each
    changed ring, the run of vertices between the last and the first vertex
    both rings share (the anchors) is found in a ring of ``old_kept``, and
    replaced there by ``new``'s run, with no overlay.  Used only when every
    run is found whole, the rings keep their number, and the result is valid
    with the area of ``new`` minus ``outside`` (planar, to 1e-9); otherwise
    the caller overlays.  ``runs``: :func:`changed_runs` of the two, when
    known.
    """
    runs = changed_runs(old, new) if runs is None else runs
    if runs is None:
        return None
    done = _splice(old_kept, [polygon_rings(k) for k in old_kept], runs, new, outside)
    return None if done is None else done[0]


def _splice(
    old_kept: list[Any],
    old_kept_rings: list[list[np.ndarray]],
    runs: list[tuple[np.ndarray, np.ndarray]],
    new: Any,
    outside: Any,
) -> tuple[list[Any], list[list[np.ndarray]]] | None:
    """:func:`spliced` given the rings of ``old_kept``: ``(polygons, their rings)``."""
    kept = [list(rings) for rings in old_kept_rings]
    changed: set[int] = set()
    for run in runs:
        where = _replace_run(kept, *run)
        if where is None:
            return None
        changed.add(where)
    polys = [
        shapely.Polygon(kept[n][0], kept[n][1:]) if n in changed else poly
        for n, poly in enumerate(old_kept)
    ]
    whole = from_polygons(polys)
    want = new.area - outside.area
    if not whole.is_valid or abs(whole.area - want) > 1e-9 * new.area:
        return None
    return polys, kept


def changed_runs(old: Any, new: Any) -> list[tuple[np.ndarray, np.ndarray]] | None:
    """``(run of old, run of new)`` for each pair of rings that differ: the
    vertices between the last and the first both share (included), so every
    edge outside the runs is in both polygons (None: the rings do not pair up)."""
    return _runs(polygon_rings(old), polygon_rings(new))


def _runs(
    old_rings: list[np.ndarray], new_rings: list[np.ndarray]
) -> list[tuple[np.ndarray, np.ndarray]] | None:
    """:func:`changed_runs` of two polygons' rings."""
    changed = changed_rings(old_rings, new_rings)
    return None if changed is None else [run for _, run in changed]


_CHUNK = 32  # edges per box in a first, coarse test


def _edge_boxes_inside(aoi: Any, runs: list[tuple[np.ndarray, np.ndarray]]) -> bool:
    """Whether the box of every edge of the runs lies properly inside the (prepared) AOI.

    The boxes of chunks of consecutive edges are tested first (a chunk's box
    holds its edges' boxes); only the edges of chunks not found inside are
    tested one by one.
    """
    if not runs:
        return True
    e = np.vstack([np.hstack([r[:-1], r[1:]]) for run in runs for r in run])
    lo, hi = np.minimum(e[:, :2], e[:, 2:]), np.maximum(e[:, :2], e[:, 2:])
    starts = np.arange(0, len(e), _CHUNK)
    clo, chi = np.minimum.reduceat(lo, starts), np.maximum.reduceat(hi, starts)
    chunk_in = shapely.contains_properly(
        aoi, shapely.box(clo[:, 0], clo[:, 1], chi[:, 0], chi[:, 1])
    )
    if chunk_in.all():
        return True
    todo = ~np.repeat(chunk_in, _CHUNK)[: len(e)]
    boxes = shapely.box(lo[todo, 0], lo[todo, 1], hi[todo, 0], hi[todo, 1])
    return bool(shapely.contains_properly(aoi, boxes).all())


def _replace_run(
    kept: list[list[np.ndarray]], old_run: np.ndarray, new_run: np.ndarray
) -> int | None:
    """Replace ``old_run`` (found whole, either way round, in a ring of ``kept``) by
    ``new_run``, in place: the polygon it is in (None: not found)."""
    m = len(old_run)
    old = points(old_run)
    for n, rings in enumerate(kept):
        for j, ring in enumerate(rings):
            pts = points(ring)[:-1]
            for k in (pts, pts[::-1]):
                if m > len(k):
                    continue
                for st in np.flatnonzero(k == old[0]):
                    if (k[(st + np.arange(m)) % len(k)] == old).all():
                        rest = xy_of(np.roll(k, -int(st))[m:])
                        rings[j] = np.vstack([new_run, rest, new_run[:1]])
                        return n
    return None


_MULTIPOLYGON_HEAD = b"\x01\x06\x00\x00\x00"  # little-endian 2-D MultiPolygon
_POLYGON_HEAD = b"\x01\x03\x00\x00\x00"


def _part_wkbs(geom: Any, wkb: bytes, parts: np.ndarray) -> list[bytes]:
    """The WKB of each part of a (Multi)Polygon, cut out of the geometry's own ``wkb`` (a
    MultiPolygon's is a head, then each polygon's own WKB); encoded again when it is not
    laid out so (another byte order, a third coordinate, an empty part)."""
    if len(parts) == 1 and parts[0] is geom:
        return [wkb]
    rings = shapely.get_num_interior_rings(parts) + 1
    sizes = 9 + 4 * rings + 16 * shapely.get_num_coordinates(parts)
    ends = 9 + np.cumsum(sizes)
    if (
        wkb[:5] != _MULTIPOLYGON_HEAD
        or int.from_bytes(wkb[5:9], "little") != len(parts)
        or int(ends[-1]) != len(wkb)
        or shapely.is_empty(parts).any()
    ):
        return shapely.to_wkb(parts).tolist()
    starts = [9, *ends[:-1].tolist()]
    out = [wkb[a:b] for a, b in zip(starts, ends.tolist(), strict=True)]
    if any(w[:5] != _POLYGON_HEAD for w in out):
        return shapely.to_wkb(parts).tolist()
    return out


def _polygons(geom: Any) -> list[Any]:
    """The polygons of an overlay result (lines and points dropped), in order."""
    kind = shapely.get_type_id(geom)
    if kind == 6:  # MultiPolygon: its parts, without a Python walk
        return list(shapely.get_parts(geom))
    if kind == 3:
        return [] if geom.is_empty else [geom]
    return polygon_members(geom)[0]


def _surface_point(geom: Any) -> tuple[float, float]:
    p = shapely.point_on_surface(geom)
    return (round(p.x, 6), round(p.y, 6))
