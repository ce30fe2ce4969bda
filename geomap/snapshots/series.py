"""The snapshot series: territory per actor and date, its ledger and its maps.

A :class:`SnapshotSeries` holds, for every snapshot date, each actor's
dissolved territory and its km² (and the unassigned land when an area of
interest was given).  It has the face of a :class:`geomap.theatre.Theatre`
(``check``, ``control``, ``ledger``, ``claims``, ``event_ledger``, ``map``,
``timeline``; empty tables where a snapshot series has nothing) and the
map-source methods the renderer uses.  How the figures are computed is
described in ``docs/snapshots.md`` ("Figures").
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import CRS

from ..areas import area_km2
from ..crs import crs_lon_0, unwrap_longitudes
from ..dates import DataSpan, to_day, within_data
from ..errors import ARGUMENT, ArgumentError, Problem
from ..front import (
    FRONT_INTERVAL_COLUMNS,
    add_front_columns,
    front_frame,
    interval_frame,
    km_matrix,
    meeting_lines,
)
from ..ledger import periods
from ..schema import CLAIMS_COLUMNS, EVENT_LEDGER_COLUMNS, LEDGER_CONFIDENCE_COLUMNS
from ._geom import EMPTY, polygonal
from .checks import check_series
from .flags import Flag
from .overlay import (
    EdgeSet,
    change_windows,
    directed_edges,
    disjoint_windows,
    join_disjoint,
    pieces,
)
from .rules import ActorRule

__all__ = ["SnapshotSeries", "SeriesData", "CLAIMS_COLUMNS", "EVENT_LEDGER_COLUMNS"]


_FRONT_RULE = (
    "where two actors' polygons meet (one's boundary within about 1 m of the other's ground; "
    "not the edge of the area of interest, not against land no actor holds); WGS84 geodesic km, "
    "densified every 0.01°"
)

_EVENTS_BETWEEN_COLUMNS = (
    "date",
    "place",
    "place_name",
    "lat",
    "lon",
    "from_actor",
    "to_actor",
    "confidence",
    "source",
    "source_url",
    "note",
    "status",
    "reason",
    "area_km2",
)
_FLOAT_COLUMNS = {
    "lat",
    "lon",
    "area_km2",
    "claimed_area_km2",
    "claim_diff_km2",
    "claim_diff_pct",
    "claimed_km2",
    "computed_gained_km2",
    # no events, so no confidence split: NaN, as in the ledger's LEDGER_CONFIDENCE_COLUMNS
    "computed_confirmed_km2",
    "computed_net_km2",
    "diff_km2",
    "diff_pct",
}


def _empty_table(columns: Iterable[str]) -> pd.DataFrame:
    return pd.DataFrame(
        {c: pd.Series(dtype=float if c in _FLOAT_COLUMNS else object) for c in columns}
    )


@dataclass(frozen=True)
class SeriesData:
    """What :func:`geomap.snapshots.build.build_series` computed, one snapshot per date.

    Attributes
    ----------
    title : str
    rule : ActorRule
    crs : pyproj.CRS
        The equal-area CRS every area is measured in.
    dates : list of datetime.date
        Sorted and unique.
    holders : list of str
        The rule's actor ids, then "" (unassigned) when an AOI was given.
    geoms, held : numpy arrays, shape (dates, holders)
        Each holder's dissolved territory (EPSG:4326) and its km².  The
        unassigned column of ``geoms`` may hold ``None``: the series makes
        those polygons (AOI minus the actors' union) when first asked.
    files : list of str
        The file each date's territory comes from.
    aoi : shapely geometry or None
    sources : list of str
        The folders read.
    flags, problems : lists
        Load-time flags and reports.
    snapshots, features : DataFrames
        See :class:`SnapshotSeries`.
    wkbs : numpy array, shape (dates, actors), optional
        The WKB of each actor's ground where already made (None: not known).
    change_boxes : dict, optional
        ``{(i, k): boxes}``: actor ``k``'s ground on date ``i + 1`` differs from
        date ``i``'s only inside these boxes ``(minx, miny, maxx, maxy)``.
    """

    title: str
    rule: ActorRule
    crs: CRS
    dates: list[dt.date]
    holders: list[str]
    geoms: np.ndarray
    held: np.ndarray
    files: list[str]
    aoi: shapely.Geometry | None
    sources: list[str]
    flags: list[Flag]
    problems: list[Problem]
    snapshots: pd.DataFrame
    features: gpd.GeoDataFrame
    wkbs: np.ndarray | None = None
    change_boxes: dict[tuple[int, int], np.ndarray] | None = None


def _as_day(value: Any, what: str = "date") -> dt.date:
    """:func:`geomap.dates.to_day`, the one rule for date arguments; None is refused here."""
    day = to_day(value, what=what)
    if day is None:
        raise TypeError(f"{what} must be a date or an ISO 8601 string, not None")
    return day


class SnapshotSeries:
    """Territory per actor and date, read from snapshots.

    Build it with :func:`load_snapshots` or :func:`load_snapshot_theatre`.
    It has the face of a :class:`geomap.theatre.Theatre`: ``check``,
    ``control``, ``ledger``, ``claims``, ``event_ledger``, ``map`` and
    ``timeline`` with the same signatures (``claims`` and ``event_ledger``
    are empty tables with the Theatre's columns: a snapshot series has no
    claims.csv and no events).  It satisfies the map-source protocol of ``docs/architecture.md`` (``title``,
    ``actors``, ``places``, ``aoi``, ``basemap``, ``assumptions``,
    ``map_dates``, ``control``, ``changes``, ``events_between``, ``ledger``,
    ``held_series``, ``intervals``).

    The state on a date between snapshots is the latest snapshot on or
    before it; a date before the first snapshot is an error.

    Attributes
    ----------
    dates : list of datetime.date
        Snapshot dates, sorted and unique.
    snapshots : pandas.DataFrame
        One row per file read: ``date``, ``time`` (from the file name, may be
        NaT), ``file``, ``kept`` (False for a duplicate left out), and counts
        ``features``, ``matched``, ``unmatched``, ``not_areal``, ``invalid``,
        ``fixed``, ``skipped``, and ``overlap_km2`` (same-actor overlap
        dissolved).
    features : geopandas.GeoDataFrame
        The features that make up the territory (after fixes and clips):
        ``date``, ``file``, ``feature``, ``actor``, ``key``, ``geometry``.
    flags : list of Flag
        Load-time findings with km² (invalid, clipped, stray, duplicate).
    problems : list of Problem
        Every load-time report, as ``file: feature i: ...`` lines.
    crs : pyproj.CRS
        The equal-area CRS every area is measured in.
    rule : ActorRule
    """

    def __init__(self, data: SeriesData) -> None:
        rule, title, aoi = data.rule, data.title, data.aoi
        actor_ids = rule.actor_ids
        self.rule = rule
        self.title = title
        #: ``(what, licence, attribution)`` of the data shown (the maps' credits): from
        #: theatre.toml's ``[data]`` (:func:`geomap.snapshots.config.load_snapshot_theatre`)
        self.credits: list[tuple[str, str, str]] = []
        self.crs = data.crs
        self.dates = list(data.dates)
        self.flags = data.flags
        self.problems = data.problems
        self.snapshots = data.snapshots
        self.features = data.features
        self._geoms = data.geoms
        self._held = data.held
        self._files = list(data.files)
        self._cols = list(data.holders)
        self._n_act = len(actor_ids)
        self._aoi_geom = aoi
        self._ordinals = np.array([d.toordinal() for d in self.dates])
        self._col_pos = {a: k for k, a in enumerate(self._cols)}
        # WKB of each ground; the unassigned column's key is its row's actor WKBs
        # (the AOI minus the union changes exactly when an actor's ground does)
        known = data.wkbs
        if known is None:
            known = np.full((len(self._geoms), self._n_act), None, dtype=object)
        self._wkb: list[list[Any]] = [
            [w if w is not None else shapely.to_wkb(g) for g, w in zip(row, ws, strict=True)]
            for row, ws in zip(self._geoms[:, : self._n_act], known, strict=True)
        ]
        if len(self._cols) > self._n_act:
            for row in self._wkb:
                row.append(tuple(row))
        self._pair_cache: dict[tuple[int, int], np.ndarray] = {}
        self._edge_cache: dict[tuple[int, int], EdgeSet] = {}
        self._change_boxes = dict(data.change_boxes or {})
        self._union_cache: dict[int, Any] = {}
        self._front_cache: dict[int, pd.DataFrame] = {}
        self.actors = pd.DataFrame(
            {
                "id": actor_ids,
                "name": [rule.names.get(a, a) for a in actor_ids],
                "color": [rule.colors[a] for a in actor_ids],
            }
        )
        self.assumptions = {
            "model": "territory as published in dated snapshots (given, not derived)",
            "theatre": title,
            "snapshots": f"{len(self.dates)} dates, {self.dates[0]} to {self.dates[-1]}, from {', '.join(data.sources)}",
            "actor rule": rule.describe(),
            "area of interest": "given (polygons clipped to it)"
            if aoi is not None
            else "none (nothing clipped; no unassigned land)",
            "projection": self.crs.srs,
            "areas": "edges straight in lon/lat, densified every 0.01°, equal-area planar area on WGS84",
        }

    @cached_property
    def places(self) -> gpd.GeoDataFrame:
        """No places (a snapshot series has none): the empty table maps expect (made when
        first asked, as building a GeoDataFrame costs milliseconds)."""
        return gpd.GeoDataFrame(
            {
                "id": pd.Series(dtype=object),
                "name": pd.Series(dtype=object),
                "kind": pd.Series(dtype=object),
            },
            geometry=gpd.GeoSeries([], crs="EPSG:4326"),
        )

    @cached_property
    def aoi(self) -> gpd.GeoDataFrame:
        """The area of interest (without one, the data's bounding box), one row named by the
        title (made when first asked)."""
        if self._aoi_geom is not None:
            aoi_shape = self._aoi_geom
        else:
            aoi_shape = shapely.box(*shapely.total_bounds(self._geoms.ravel()))
        return gpd.GeoDataFrame({"name": [self.title]}, geometry=[aoi_shape], crs="EPSG:4326")

    # ------------------------------------------------------------------ basics
    @property
    def actor_ids(self) -> list[str]:
        """Actor ids in legend order."""
        return list(self.actors["id"])

    @property
    def has_aoi(self) -> bool:
        """Whether an area of interest was given (then there is unassigned land)."""
        return self._aoi_geom is not None

    @cached_property
    def basemap(self) -> gpd.GeoDataFrame:
        """Country outlines around the area (Natural Earth, from an installed package)."""
        from ..boundaries import basemap_around

        return basemap_around(self.aoi.geometry.iloc[0])

    def __repr__(self) -> str:
        return (
            f"<SnapshotSeries {self.title!r}: {len(self.dates)} dates {self.dates[0]}..{self.dates[-1]}, "
            f"actors {', '.join(self.actor_ids)}>"
        )

    def _index(self, date: Any, what: str = "date") -> int:
        day = _as_day(date, what)
        i = int(np.searchsorted(self._ordinals, day.toordinal(), side="right")) - 1
        if i < 0:
            raise ArgumentError(
                Problem(
                    ARGUMENT,
                    None,
                    what,
                    f"{day} is before the first snapshot ({self.dates[0]})",
                    f"give a date from {self.dates[0]} on",
                )
            )
        return i

    def _geom(self, i: int, k: int) -> Any:
        """Holder ``k``'s ground at snapshot ``i``; unassigned land is made when first asked."""
        geom = self._geoms[i, k]
        if geom is None:
            geom = polygonal(shapely.difference(self._aoi_geom, self._union(i)))
            self._geoms[i, k] = geom
        return geom

    def _row(self, i: int) -> list[Any]:
        """Every holder's ground at snapshot ``i``."""
        return [self._geom(i, k) for k in range(len(self._cols))]

    def _union(self, i: int) -> Any:
        """Union of every actor's territory at snapshot i."""
        if i not in self._union_cache:
            row = self._geoms[i, : self._n_act]
            self._union_cache[i] = row[0] if len(row) == 1 else shapely.union_all(row)
        return self._union_cache[i]

    def _col(self, actor: str) -> int:
        if actor in self._col_pos:
            return self._col_pos[actor]
        close = difflib.get_close_matches(str(actor), self.actor_ids, n=1)
        raise ArgumentError(
            Problem(
                ARGUMENT,
                None,
                "actor",
                f"unknown actor {actor!r}",
                f"did you mean {close[0]!r}?" if close else f"actors: {', '.join(self.actor_ids)}",
            )
        )

    @property
    def data_span(self) -> DataSpan:
        """The days the series covers, both included: its first to its last snapshot."""
        return DataSpan(self.dates[0], self.dates[-1], "the first snapshot", "the last snapshot")

    def _range(self, start: Any, end: Any) -> tuple[dt.date, dt.date]:
        """:meth:`covered_range` without the notes."""
        return self.covered_range(start, end)[:2]

    def covered_range(
        self, start: Any = None, end: Any = None
    ) -> tuple[dt.date, dt.date, dict[str, str]]:
        """Default range: the day after the first snapshot to the last snapshot; a range
        given is clipped to :attr:`data_span`, and the notes say so
        (:func:`geomap.dates.within_data`: DataRangeError for a range wholly outside)."""
        lo = _as_day(start, "start") if start is not None else self.dates[0] + dt.timedelta(days=1)
        hi = _as_day(end, "end") if end is not None else self.dates[-1]
        if start is None and len(self.dates) == 1:
            lo = hi
        if hi < lo:
            raise ArgumentError(
                Problem(ARGUMENT, None, "end", f"{hi} is before start {lo}", "swap them")
            )
        return within_data(lo, hi, self.data_span)

    def _before(self, day: dt.date) -> int:
        """Snapshot index of the state at the end of the day before ``day``
        (the first snapshot for days up to it)."""
        i = int(np.searchsorted(self._ordinals, day.toordinal() - 1, side="right")) - 1
        return max(i, 0)

    @property
    def files(self) -> list[str]:
        """The file each snapshot date's territory was read from (parallel to :attr:`dates`)."""
        return list(self._files)

    def territory(self, date: Any) -> dict[str, shapely.Geometry]:
        """Each actor's dissolved territory on ``date`` (EPSG:4326; "" = unassigned)."""
        i = self._index(date)
        return dict(zip(self._cols, self._row(i), strict=True))

    # ------------------------------------------------------------------ map source
    def control(self, date: Any) -> gpd.GeoDataFrame:
        """Territory on ``date``: ``actor``, ``geometry``, ``area_km2``.

        One row per actor holding land, plus ``actor=""`` for unassigned land
        when an area of interest was given.  Exact geometry (simplify for
        display only).
        """
        i = self._index(date)
        row = self._row(i)
        keep = [k for k in range(len(self._cols)) if not row[k].is_empty]
        return gpd.GeoDataFrame(
            {
                "actor": [self._cols[k] for k in keep],
                "area_km2": np.asarray([self._held[i, k] for k in keep], dtype=float),
            },
            geometry=gpd.GeoSeries([row[k] for k in keep], crs="EPSG:4326"),
        )[["actor", "geometry", "area_km2"]]

    def changes(self, start: Any, end: Any) -> gpd.GeoDataFrame:
        """Ground that changed hands after ``start`` up to and including ``end``.

        Columns ``from_actor``, ``to_actor``, ``geometry``, ``area_km2``; ""
        is land no actor holds (unassigned, or simply not held in a one-actor
        series without an area of interest).  ``start=None`` compares with the
        first snapshot.  Pairs with nothing changed are left out.
        """
        i = 0 if start is None else self._index(start, "start")
        j = self._index(end, "end")
        cols = ["from_actor", "to_actor", "geometry", "area_km2"]
        froms: list[str] = []
        tos: list[str] = []
        geoms: list[Any] = []
        if i != j and self._n_act == 1 and not self.has_aoi:
            gained, lost = self.gained_lost(self.dates[i], self.dates[j], self._cols[0])
            froms, tos, geoms = ["", self._cols[0]], [self._cols[0], ""], [gained, lost]
        elif i != j:
            a, b = self._geoms[i], self._geoms[j]
            ua, ub = self._union(i), self._union(j)
            ids = self.actor_ids
            for k, actor in enumerate(ids):
                froms.append("")
                tos.append(actor)
                geoms.append(shapely.difference(b[k], ua))
                froms.append(actor)
                tos.append("")
                geoms.append(shapely.difference(a[k], ub))
                for m, other in enumerate(ids):
                    if m != k:
                        froms.append(actor)
                        tos.append(other)
                        geoms.append(shapely.intersection(a[k], b[m]))
            if self.has_aoi:  # "" = unassigned: clip the "not held" pieces to the AOI
                for n, (f, t) in enumerate(zip(froms, tos, strict=True)):
                    if f == "" or t == "":
                        geoms[n] = shapely.intersection(geoms[n], self._aoi_geom)
        polys = np.asarray([polygonal(g) for g in geoms], dtype=object)
        km = area_km2(polys, crs=self.crs) if len(polys) else np.zeros(0)
        keep = km > 0
        return gpd.GeoDataFrame(
            {
                "from_actor": pd.Series(np.asarray(froms, dtype=object)[keep], dtype=object),
                "to_actor": pd.Series(np.asarray(tos, dtype=object)[keep], dtype=object),
                "area_km2": pd.Series(km[keep], dtype=float),
            },
            geometry=gpd.GeoSeries(list(polys[keep]), crs="EPSG:4326"),
        )[cols]

    def events_between(self, start: Any, end: Any) -> pd.DataFrame:
        """No events in a snapshot series: an empty table with the protocol's columns."""
        return _empty_table(_EVENTS_BETWEEN_COLUMNS)

    def map_dates(self, every: str = "event", start: Any = None, end: Any = None) -> list[dt.date]:
        """Dates to draw.

        ``"event"``: each snapshot date in the range; ``"day"``: every calendar
        day; ``"week"``: each ISO week's last day (Sunday, or the range's last
        day).  The range defaults to the first to the last snapshot.
        """
        lo = max(_as_day(start, "start"), self.dates[0]) if start is not None else self.dates[0]
        hi = _as_day(end, "end") if end is not None else self.dates[-1]
        if hi < lo:
            raise ArgumentError(
                Problem(ARGUMENT, None, "end", f"{hi} is before start {lo}", "swap them")
            )
        if every == "event":
            return [d for d in self.dates if lo <= d <= hi]
        if every == "day":
            return [p[0] for p in periods(lo, hi, "day")]
        if every in ("week", "month"):
            return [p[1] for p in periods(lo, hi, every)]
        raise ArgumentError(
            Problem(ARGUMENT, None, "every", f"{every!r}", "choose event, day, week or month")
        )

    def held_series(self, dates: Iterable[Any] | None = None) -> pd.DataFrame:
        """Held km² per actor: ``date``, ``actor``, ``held_km2``.

        On the snapshot dates by default, or on the dates given (each the
        latest snapshot on or before it).  Actor "" is unassigned land (only
        when an area of interest was given), last on each date.
        """
        days = self.dates if dates is None else [_as_day(d) for d in dates]
        idx = [self._index(d) for d in days]
        n = len(self._cols)
        return pd.DataFrame(
            {
                "date": np.repeat(np.asarray(days, dtype=object), n),
                "actor": np.tile(np.asarray(self._cols, dtype=object), len(days)),
                "held_km2": self._held[np.asarray(idx, dtype=int)].ravel() if days else np.zeros(0),
            }
        )

    def intervals(self, start: Any = None, end: Any = None) -> gpd.GeoDataFrame:
        """One feature per holder per run of dates with unchanged territory.

        Columns ``actor`` ("" = unassigned), ``geometry``, ``area_km2``,
        ``valid_from``, ``valid_to`` (Timestamps; ``valid_to`` exclusive, NaT
        = still valid at ``end``).  Default range: first to last snapshot.
        """
        lo_day = _as_day(start, "start") if start is not None else self.dates[0]
        hi_day = _as_day(end, "end") if end is not None else self.dates[-1]
        lo, hi = self._index(lo_day, "start"), self._index(hi_day, "end")
        rows = []
        for k, actor in enumerate(self._cols):
            i = lo
            while i <= hi:
                j = i + 1
                while j <= hi and self._wkb[j][k] == self._wkb[i][k]:
                    j += 1
                geom = self._geom(i, k)
                if not geom.is_empty:
                    valid_from = max(self.dates[i], lo_day)
                    valid_to = pd.Timestamp(self.dates[j]) if j <= hi else pd.NaT
                    rows.append(
                        (actor, geom, float(self._held[i, k]), pd.Timestamp(valid_from), valid_to)
                    )
                i = j
        return gpd.GeoDataFrame(
            pd.DataFrame(rows, columns=["actor", "geometry", "area_km2", "valid_from", "valid_to"]),
            geometry="geometry",
            crs="EPSG:4326",
        )

    # ------------------------------------------------------------------ ledger
    def _ground(self, i: int, k: int) -> tuple[Any, int]:
        """``(polygons, edge-cache column)`` whose differences give column ``k``'s pieces.

        An actor's ground; for unassigned land, the actors' union (inside the
        AOI, unassigned land gains what the union loses and loses what it
        gains, so the whole outline is never overlaid).
        """
        if k < self._n_act:
            return self._geoms[i, k], k
        return self._union(i), (0 if self._n_act == 1 else k)

    def _edges_of(self, i: int, k: int) -> EdgeSet:
        """The directed edges of snapshot ``i``'s ground in column ``k``, hashed once."""
        geom, col = self._ground(i, k)
        key = (i, col)
        if key not in self._edge_cache:
            self._edge_cache[key] = EdgeSet(directed_edges(geom))
        return self._edge_cache[key]

    def _windows(self, i: int, j: int, k: int, known: bool) -> np.ndarray:
        """Disjoint windows holding every difference of column ``k``'s grounds ``i`` and ``j``:
        with ``known``, from the boxes found while measuring the held areas (consecutive
        dates), else from the edges found in one ground only."""
        col = self._ground(i, k)[1]
        if known and j == i + 1 and (i, col) in self._change_boxes:
            return disjoint_windows(self._change_boxes[(i, col)])
        return change_windows(self._edges_of(i, k), self._edges_of(j, k))

    def _pieces(
        self, cells: list[tuple[int, int, int]], known: bool = False
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Gained and lost pieces of each cell ``(i, j, k)``: ``(gained, lost, cell of piece)``.

        Only the windows where the two boundaries differ are overlaid (see
        :func:`geomap.snapshots.overlay.change_windows`); the pieces are
        exactly ``B \\ A`` and ``A \\ B`` cut into disjoint windows.  For the
        unassigned column they are the union's lost and gained pieces.
        ``known`` (the ledger's areas): consecutive dates' windows come from
        the held areas' boxes, and the grounds are cut to them by rectangle
        clips (see :func:`~geomap.snapshots.overlay.pieces`).
        """
        windows = [self._windows(i, j, k, known) for i, j, k in cells]
        a = np.asarray([self._ground(i, k)[0] for i, _j, k in cells], dtype=object)
        b = np.asarray([self._ground(j, k)[0] for _i, j, k in cells], dtype=object)
        gained, lost, owner = pieces(a, b, windows, by_rect=known)
        unassigned = np.asarray([k >= self._n_act for _i, _j, k in cells], dtype=bool)
        if unassigned.any() and len(owner):
            swap = unassigned[owner]
            gained, lost = np.where(swap, lost, gained), np.where(swap, gained, lost)
        return gained, lost, owner

    def _gain_loss(self, pairs: list[tuple[int, int]]) -> dict[tuple[int, int], np.ndarray]:
        """``{(i, j): array[[gained, lost] per holder column]}`` between snapshot indices."""
        n_col = len(self._cols)
        todo = []
        for i, j in set(pairs):
            if (i, j) in self._pair_cache:
                continue
            if i == j:
                self._pair_cache[(i, j)] = np.zeros((n_col, 2))
                continue
            todo.append((i, j))
        if todo:
            todo.sort()
            # one actor: unassigned land's gains and losses are the actor's, swapped
            mirrored = n_col > self._n_act == 1
            cells = [
                (i, j, k)
                for i, j in todo
                for k in range(1 if mirrored else n_col)
                if self._wkb[i][k] != self._wkb[j][k]
            ]
            out = {p: np.zeros((n_col, 2)) for p in todo}
            if cells:
                gained, lost, owner = self._pieces(cells, known=True)
                km = area_km2(np.concatenate([gained, lost]), crs=self.crs)
                sums = np.zeros((len(cells), 2))
                np.add.at(sums[:, 0], owner, km[: len(gained)])
                np.add.at(sums[:, 1], owner, km[len(gained) :])
                for c, (i, j, k) in enumerate(cells):
                    out[(i, j)][k] = sums[c]
            if mirrored:
                for gl in out.values():
                    gl[1] = gl[0, ::-1]
            self._pair_cache.update(out)
        return {p: self._pair_cache[p] for p in pairs}

    def gained_lost(
        self, start: Any, end: Any, actor: str
    ) -> tuple[shapely.Geometry, shapely.Geometry]:
        """``(gained, lost)`` polygons of one holder between two dates (EPSG:4326)."""
        i, j = self._index(start, "start"), self._index(end, "end")
        k = self._col(actor)
        if self._wkb[i][k] == self._wkb[j][k]:
            return EMPTY, EMPTY
        gained, lost, _owner = self._pieces([(i, j, k)])
        return join_disjoint(gained), join_disjoint(lost)

    def ledger(
        self,
        by: Literal["day", "week", "month", "total"] = "day",
        start: Any = None,
        end: Any = None,
        *,
        regions: Any = None,
        front: bool = False,
    ) -> pd.DataFrame:
        """km² gained, lost, net and held per actor and period.

        ``front=True`` adds ``front_km`` and ``front_km_<ACTOR>`` at each
        period's end (see :meth:`front`).  With ``regions`` (a GeoDataFrame, ``"FILE[:NAME_FIELD]"`` or
        :class:`geomap.regions.Regions`): the ledger per region, see
        :func:`geomap.regions.snapshot_region_ledger`.

        Parameters
        ----------
        by : {"day", "week", "month", "total"}
            Calendar days, ISO weeks (Monday to Sunday), calendar months, or one
            period from ``start`` to ``end``; periods are clipped to the range.
        start, end : date-like, optional
            First and last day, inclusive.  Default: the day after the first
            snapshot (the first day a change can be seen) to the last snapshot.

        Returns
        -------
        pandas.DataFrame
            Columns of :data:`geomap.ledger.LEDGER_COLUMNS`: ``period_start``,
            ``period_end`` (inclusive days), ``actor``, ``actor_name``,
            ``gained_km2``, ``lost_km2``, ``net_km2``, ``held_km2``,
            ``places_changed``, ``places_gained``, ``places_lost`` (NA: a snapshot series has no
            places).  One row per period and actor, then unassigned land
            (``actor ""``) when an area of interest was given.

            A period compares the state at the end of the day before
            ``period_start`` with the state at the end of ``period_end`` (the
            state on a day is the latest snapshot on or before it; before the
            first snapshot, the first snapshot).  ``gained`` is land held at the
            end and not at the start, ``lost`` the reverse, so back-and-forth
            changes inside one period cancel and
            ``held(end) - held(start) = gained - lost`` exactly (up to
            rounding).  Days without a snapshot carry the previous state.
            ``.attrs["assumptions"]`` describes the figures.
        """
        if regions is not None:
            from ..regions import snapshot_region_ledger

            return snapshot_region_ledger(self, regions, by=by, start=start, end=end)
        lo, hi, notes = self.covered_range(start, end)
        if by not in ("day", "week", "month", "total"):
            raise ArgumentError(
                Problem(ARGUMENT, None, "by", f"{by!r}", "choose day, week, month or total")
            )
        spans = periods(lo, hi, by)
        idx0 = [self._before(s) for s, _e in spans]
        idx1 = [self._before(e + dt.timedelta(days=1)) for _s, e in spans]
        pairs = list(zip(idx0, idx1, strict=True))
        gl = self._gain_loss(pairs)
        cols = self._cols
        n, n_col = len(pairs), len(cols)
        gained = np.array([gl[p][:, 0] for p in pairs]).reshape(n, n_col)
        lost = np.array([gl[p][:, 1] for p in pairs]).reshape(n, n_col)
        held = self._held[np.asarray(idx1, dtype=int)].reshape(n, n_col)
        names = dict(zip(self.actors["id"], self.actors["name"], strict=True))
        out = pd.DataFrame(
            {
                "period_start": np.repeat(np.asarray([s for s, _e in spans], dtype=object), n_col),
                "period_end": np.repeat(np.asarray([e for _s, e in spans], dtype=object), n_col),
                "actor": np.tile(np.asarray(cols, dtype=object), n),
                "actor_name": np.tile(
                    np.asarray([names.get(c, "unassigned") for c in cols], dtype=object), n
                ),
                "gained_km2": gained.ravel(),
                "lost_km2": lost.ravel(),
            }
        )
        out["net_km2"] = out["gained_km2"] - out["lost_km2"]
        out["held_km2"] = held.ravel()
        out["places_changed"] = pd.array([pd.NA] * len(out), dtype="Int64")
        out["places_gained"] = pd.array([pd.NA] * len(out), dtype="Int64")
        out["places_lost"] = pd.array([pd.NA] * len(out), dtype="Int64")
        for col in LEDGER_CONFIDENCE_COLUMNS:  # no events, so no confidence to split by
            out[col] = np.nan
        out.attrs["assumptions"] = {
            **self.assumptions,
            "from": str(lo),
            "to": str(hi),
            "by": by,
            **notes,
        }
        if front:
            assumptions = out.attrs["assumptions"]
            out = self.front_columns(out)
            out.attrs["assumptions"] = {
                **assumptions,
                "front": f"km of front at each period's end: {_FRONT_RULE}",
            }
        return out

    # ------------------------------------------------------------------ fronts
    def _front_table(self, i: int) -> pd.DataFrame:
        """The fronts of snapshot ``i`` (actor_a, actor_b, geometry, length_km), computed once."""
        if i not in self._front_cache:
            # into one longitude window: ground split at ±180° meets across the antimeridian
            grounds = unwrap_longitudes(self._geoms[i, : self._n_act], crs_lon_0(self.crs))
            self._front_cache[i] = meeting_lines(list(grounds), self.actor_ids)
        return self._front_cache[i]

    def front(self, date: Any) -> gpd.GeoDataFrame:
        """The front lines on ``date``: where each pair of actors' ground meets.

        The columns of :meth:`geomap.Theatre.front`.  The given polygons need
        not share vertices: the front between A and B (A first in legend
        order) is the part of A's boundary within
        :data:`geomap.front.MEET_TOLERANCE_DEG` (about 1 m) of B's ground.
        Land no actor holds (unassigned, or outside every polygon) is never a
        front.

        Returns
        -------
        GeoDataFrame (EPSG:4326)
            actor_a, actor_b, name_a, name_b, geometry, length_km (WGS84
            geodesic km); ``.attrs["assumptions"]``.
        """
        day = _as_day(date)
        df = self._front_table(self._index(day))
        names = dict(zip(self.actors["id"], self.actors["name"], strict=True))
        return front_frame(df, names, {**self.assumptions, "date": str(day), "front": _FRONT_RULE})

    def front_intervals(self, start: Any = None, end: Any = None) -> gpd.GeoDataFrame:
        """The front lines as pieces of line over intervals of dates (the timeline).

        One row per pair of actors per run of snapshots whose front between
        them is the same line; columns of
        :meth:`geomap.Theatre.front_intervals` (``valid_to`` exclusive, NaT
        while it still holds at ``end``).  Default range: first to last snapshot.
        """
        lo_day = _as_day(start, "start") if start is not None else self.dates[0]
        hi_day = _as_day(end, "end") if end is not None else self.dates[-1]
        lo, hi = self._index(lo_day, "start"), self._index(hi_day, "end")
        open_runs: dict[tuple[str, str], list[Any]] = {}
        rows: list[dict[str, Any]] = []
        for i in range(lo, hi + 1):
            since = pd.Timestamp(max(self.dates[i], lo_day))
            table = self._front_table(i)
            now = {}
            for a, b, geom, km in table.itertuples(index=False):
                run = open_runs.get((a, b))
                if run is not None and run[4] == shapely.to_wkb(geom):
                    now[(a, b)] = run
                    continue
                now[(a, b)] = [a, b, geom, km, shapely.to_wkb(geom), since]
            for pair, run in open_runs.items():
                if now.get(pair) is not run:  # ended (or moved) at this snapshot
                    rows.append(
                        dict(zip(FRONT_INTERVAL_COLUMNS, [*run[:4], run[5], since], strict=True))
                    )
            open_runs = now
        for run in open_runs.values():
            rows.append(dict(zip(FRONT_INTERVAL_COLUMNS, [*run[:4], run[5], pd.NaT], strict=True)))
        return interval_frame(
            sorted(rows, key=lambda r: (r["valid_from"], r["actor_a"], r["actor_b"]))
        )

    def front_columns(self, df: pd.DataFrame) -> pd.DataFrame:
        """Add front_km and front_km_<OTHER> per other actor at each period's end (see :meth:`front`)."""
        ends = sorted(set(df["period_end"]))
        ids = self.actor_ids
        km = np.array(
            [
                km_matrix(self._front_table(self._before(e + dt.timedelta(days=1))), ids)
                for e in ends
            ]
        ).reshape(len(ends), len(ids), len(ids))
        return add_front_columns(df, km, ends, ids)

    def claims(self) -> pd.DataFrame:
        """Published claims beside computed figures: none for a snapshot series.

        An empty table with the columns of :meth:`geomap.theatre.Theatre.claims`
        (:data:`CLAIMS_COLUMNS`), so callers need not ask which kind of theatre
        they hold.

        Returns
        -------
        pandas.DataFrame
            No rows; ``.attrs["assumptions"]``.
        """
        out = _empty_table(CLAIMS_COLUMNS)
        out.attrs["assumptions"] = self.assumptions
        return out

    def event_ledger(self) -> pd.DataFrame:
        """Every event with its outcome: none for a snapshot series (territory is given per date).

        An empty table with the columns of
        :meth:`geomap.theatre.Theatre.event_ledger` (:data:`EVENT_LEDGER_COLUMNS`).

        Returns
        -------
        pandas.DataFrame
            No rows; ``.attrs["assumptions"]``.
        """
        out = _empty_table(EVENT_LEDGER_COLUMNS)
        out.attrs["assumptions"] = self.assumptions
        return out

    def diff(self, start: Any, end: Any) -> gpd.GeoDataFrame:
        """Ground gained and lost by each holder from ``start`` to ``end`` (both included).

        The columns and ``attrs`` of :meth:`geomap.Theatre.diff`; a snapshot
        series has no places, so ``place`` and ``place_name`` are ``""`` and
        there is one row per (from, to) pair.  The totals are the
        ``by="total"`` :meth:`ledger` (which already compares the two states).
        """
        lo, hi, notes = self.covered_range(start, end)
        led = self.ledger(by="total", start=lo, end=hi)
        pieces = self.changes(self.dates[self._before(lo)], hi)
        pieces = pieces.sort_values("area_km2", ascending=False, kind="stable")
        pieces.insert(2, "place", "")
        pieces.insert(3, "place_name", "")
        pieces = pieces.reset_index(drop=True)
        totals = []
        for r in led.itertuples(index=False):
            totals.append(
                {
                    "actor": r.actor,
                    "actor_name": r.actor_name,
                    "held_start_km2": float(r.held_km2 - r.net_km2),
                    "gained_km2": float(r.gained_km2),
                    "lost_km2": float(r.lost_km2),
                    "net_km2": float(r.net_km2),
                    "held_end_km2": float(r.held_km2),
                    "gross_gained_km2": float(r.gained_km2),
                    "gross_lost_km2": float(r.lost_km2),
                }
            )
        pieces.attrs["start"] = lo.isoformat()
        pieces.attrs["end"] = hi.isoformat()
        pieces.attrs["totals"] = totals
        pieces.attrs["assumptions"] = {
            **self.assumptions,
            "from": str(lo),
            "to": str(hi),
            **notes,
        }
        return pieces

    # ------------------------------------------------------------------ checks and maps
    def quality_flags(self, **thresholds: Any) -> list[Flag]:
        """The flags of :func:`geomap.snapshots.checks.check_series`.

        Parameters
        ----------
        **thresholds
            Fields of :class:`geomap.snapshots.checks.Thresholds`, e.g. ``z=8``.
        """
        return check_series(self, **thresholds)

    def check(self, **thresholds: Any) -> list[Problem]:
        """Every load report and quality flag, as problems (for ``geomap check``).

        Like :meth:`geomap.theatre.Theatre.check`; a load report about a
        feature that a flag also names is given once, as the flag.

        Parameters
        ----------
        **thresholds
            Fields of :class:`geomap.snapshots.checks.Thresholds`.
        """
        flags = self.quality_flags(**thresholds)
        flagged = {(f.file, f"feature {f.feature}") for f in flags if f.feature is not None}
        rest = [p for p in self.problems if (p.file, p.field) not in flagged]
        return [*rest, *(f.to_problem() for f in flags)]

    def map(self, date: Any, **kwargs: Any):
        """A folium map of the control on ``date`` (shows inline in Jupyter)."""
        from ..render import date_map

        day = _as_day(date)
        prev = max((d for d in self.dates if d < day), default=None)
        return date_map(self, day, previous=prev, **kwargs)

    def timeline(self, **kwargs: Any):
        """A folium map with a time slider over the snapshot dates."""
        from ..render import timeline_map

        return timeline_map(self, **kwargs)

    def write_maps(self, out_dir: str | Path, *, rolling: int | None = 30, **kwargs: Any):
        """Write the per-date pages, the index and the timeline (see ``geomap maps``).

        ``rolling``: the window (days) of the rate of advance charted on the
        index (:func:`geomap.rates.rolling_rates`); None for no rate chart.
        """
        from ..rates import index_rates
        from ..render import write_maps

        rates = index_rates(self, rolling, kwargs)
        return write_maps(self, Path(out_dir), rates=rates, **kwargs)
