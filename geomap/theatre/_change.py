"""Where and how ground changed: the map of the answer (``diff``), regions, front lines.

Methods of :class:`geomap.Theatre`, kept in their own room (a mixin over the
theatre's engine: ``_engine``, ``_owners``, ``_label``, ``ledger``).
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ..areas import area_km2
from ..dates import DateLike, to_day, within_data
from ..errors import InputError, Problem
from ..front import (
    FRONT_INTERVAL_COLUMNS,
    Edges,
    add_front_columns,
    front_frame,
    front_km_by_day,
    front_lines,
    front_runs,
    grouped_edge_lines,
    interval_frame,
    meeting_lines,
    shared_edges,
)
from ..ledger import face_diff
from ..regions import Regions, RegionSplit, load_regions, split_faces
from ..schema import CONTESTED, DIFF_COLUMNS, DIFF_TOTAL_COLUMNS

#: Holder index of the contested band (as in core; actors are 0.., unassigned -1).
_BAND = -2


#: Columns of ``Theatre.intervals()``.
_INTERVAL_COLUMNS = ["actor", "geometry", "area_km2", "valid_from", "valid_to"]


@functools.lru_cache(maxsize=4096)
def day_stamp(ordinal: int) -> pd.Timestamp:
    """The Timestamp of a day (ordinal), made once: interval tables give thousands of rows
    the same few hundred days (Timestamps do not change, so rows may share one)."""
    return pd.Timestamp(dt.date.fromordinal(ordinal))


def _interval_row(actor: str, geometry: Any, area: float, d0: int, d1: int | None) -> dict:
    """One row of ``intervals()``: ``actor`` held ``geometry`` from day ``d0`` until ``d1``
    (ordinals; None = still held)."""
    return {
        "actor": actor,
        "geometry": geometry,
        "area_km2": area,
        "valid_from": day_stamp(d0),
        "valid_to": day_stamp(d1) if d1 else pd.NaT,
    }


def _intervals_frame(rows: list[dict]) -> gpd.GeoDataFrame:
    """The ``intervals()`` table of :func:`_interval_row` rows."""
    return gpd.GeoDataFrame(rows, columns=_INTERVAL_COLUMNS, geometry="geometry", crs="EPSG:4326")


#: Overlaps below this (km²) are noding slivers, not ground that moved.
_SLIVER_KM2 = 1e-6


def _polygonal(geom: Any) -> Any:
    """The polygonal part of an overlay result (it may carry lines and points)."""
    if geom.is_empty or geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    parts = [p for p in shapely.get_parts(geom) if p.geom_type == "Polygon"]
    return shapely.multipolygons(parts) if parts else shapely.MultiPolygon()


class ChangeMixin:
    """``diff``, ``regions``, ``region_split``, ``front`` and ``front_columns`` of a Theatre."""

    def diff(self, start: DateLike, end: DateLike) -> gpd.GeoDataFrame:
        """The map of the answer: ground gained and lost by each actor from ``start`` to ``end``.

        Compares the holder of every piece of ground at the start of
        ``start`` (the end of the day before) with its holder at the end of
        ``end``, both days included, as :meth:`ledger` and claims.csv count
        periods.  Ground taken and lost again within the period is not in
        the map; the ledger's gross figures are kept beside it in the totals.

        Parameters
        ----------
        start, end : date or "YYYY-MM-DD"
            First and last day, inclusive.

        Returns
        -------
        GeoDataFrame (EPSG:4326)
            One row per place (or drawn area) whose ground changed hands:
            ``from_actor``, ``to_actor`` (``""`` = unassigned), ``place`` (id,
            ``""`` for a drawn area or land no place owns), ``place_name``,
            ``geometry``, ``area_km2``; largest first.
            ``.attrs["totals"]``: one dict per holder (actors in legend order,
            then unassigned) with :data:`geomap.schema.DIFF_TOTAL_COLUMNS`;
            per actor ``gained_km2 - lost_km2 == held_end_km2 - held_start_km2``.
            ``.attrs["start"]``, ``.attrs["end"]`` (ISO dates) and
            ``.attrs["assumptions"]``.

        Examples
        --------
        >>> d = th.diff("2017-05-07", "2017-05-27")       # doctest: +SKIP
        >>> d.attrs["totals"][0]["gained_km2"]             # doctest: +SKIP
        """
        s, e = to_day(start), to_day(end)
        if s is None or e is None:
            raise InputError(
                Problem("<argument>", None, "date", "diff needs two dates", "give START and END")
            )
        if e < s:
            raise InputError(
                Problem("<argument>", None, "end", f"{e} is before start {s}", "swap them")
            )
        s, e, notes = within_data(s, e, self.data_span)  # refused or clipped, and said
        eng = self._engine
        before = eng.log.owners_at(s.toordinal() - 1)
        after = eng.log.owners_at(e.toordinal())
        if self.band_km is not None:
            rows, held0, held1, gained, lost = self._band_diff(before, after)
        else:
            rows, held0, held1, gained, lost = self._face_diff(before, after)
        gdf = gpd.GeoDataFrame(
            rows,
            columns=DIFF_COLUMNS,
            geometry="geometry",
            crs="EPSG:4326",
        )
        if len(gdf):
            gdf = gdf.sort_values("area_km2", ascending=False, kind="stable").reset_index(drop=True)
        gross = self.ledger(by="total", start=s, end=e).set_index("actor")
        totals = []
        for k in held0:
            ident, name, _ = self._label(k)
            totals.append(
                dict(
                    zip(
                        DIFF_TOTAL_COLUMNS,
                        [
                            ident,
                            name,
                            float(held0[k]),
                            float(gained[k]),
                            float(lost[k]),
                            float(held1[k] - held0[k]),
                            float(held1[k]),
                            float(gross.at[ident, "gained_km2"]),
                            float(gross.at[ident, "lost_km2"]),
                        ],
                        strict=True,
                    )
                )
            )
        gdf.attrs["start"] = s.isoformat()
        gdf.attrs["end"] = e.isoformat()
        gdf.attrs["totals"] = totals
        gdf.attrs["assumptions"] = {**self.assumptions, "from": str(s), "to": str(e), **notes}
        return gdf

    def _face_diff(self, before: np.ndarray, after: np.ndarray):
        """Diff rows per place from face holdings; held/gained/lost per holder (actors, -1)."""
        eng = self._engine
        n_places = len(self.places)
        _, label_idx = np.unique(eng.face_label, return_inverse=True)
        group = np.where(eng.tess.face_place >= 0, eng.tess.face_place, n_places + label_idx)
        pieces, held0, held1, gained, lost = face_diff(
            before, after, eng.face_area, group, n_actors=len(self.actors)
        )
        place_ids = self.places["id"].to_numpy(dtype=object)
        rows = [
            {
                "from_actor": self._label(old)[0],
                "to_actor": self._label(new)[0],
                "place": place_ids[g] if g < n_places else "",
                "place_name": str(eng.face_label[faces[0]]),
                "geometry": shapely.coverage_union_all(eng.tess.faces[faces]),
                "area_km2": km2,
            }
            for old, new, g, faces, km2 in pieces
        ]
        keys = [*range(len(self.actors)), -1]
        return rows, *({k: arr[k + 1] for k in keys} for arr in (held0, held1, gained, lost))

    def _band_diff(self, before: np.ndarray, after: np.ndarray):
        """:meth:`_face_diff` with the contested band as a holder: ground moved, split by place."""
        keys = [*range(len(self.actors)), _BAND, -1]
        _, a0 = self._coverage(before)
        _, a1 = self._coverage(after)
        held0 = {k: a0.get(k, 0.0) for k in keys}
        held1 = {k: a1.get(k, 0.0) for k in keys}
        gained = dict.fromkeys(keys, 0.0)
        lost = dict.fromkeys(keys, 0.0)
        cells = self.place_cells()
        tree = shapely.STRtree(cells.geometry.values)
        rows = []
        for a, b, geom, km2 in self._band_moves(before, after):
            gained[b] += km2
            lost[a] += km2
            rest = geom
            for i in tree.query(geom, predicate="intersects"):
                part = _polygonal(shapely.intersection(geom, cells.geometry.iat[i]))
                part_km2 = float(area_km2([part], crs=self.crs)[0]) if not part.is_empty else 0.0
                if part_km2 > _SLIVER_KM2:
                    rows.append(self._diff_row(a, b, cells.iloc[i], part, part_km2))
                    rest = shapely.difference(rest, cells.geometry.iat[i])
            rest = _polygonal(rest)
            rest_km2 = float(area_km2([rest], crs=self.crs)[0]) if not rest.is_empty else 0.0
            if rest_km2 > _SLIVER_KM2:
                rows.append(self._diff_row(a, b, None, rest, rest_km2))
        return rows, held0, held1, gained, lost

    def _diff_row(self, a: int, b: int, cell: Any, geom: Any, km2: float) -> dict[str, Any]:
        return {
            "from_actor": self._label(a)[0],
            "to_actor": self._label(b)[0],
            "place": cell["place"] if cell is not None else "",
            "place_name": cell["name"] if cell is not None else "",
            "geometry": geom,
            "area_km2": km2,
        }

    # ------------------------------------------------------------------ regions
    @functools.cached_property
    def regions(self) -> Regions | None:
        """The regions of theatre.toml's ``[regions]`` table (``path``, ``name_field``), or None."""
        if not self.meta.regions_path:
            return None
        return load_regions(
            Path(self.meta.regions_path),
            name_field=self.meta.regions_name_field,
            base=self.path,
            on_invalid=self.on_invalid,
        )

    def region_split(self, regions: Any = None) -> RegionSplit:
        """The theatre's faces cut by ``regions`` (default: the theatre's own), computed once."""
        regs = self.regions if regions is None else load_regions(regions)
        if regs is None:
            raise InputError(
                Problem(
                    str(self.path / "theatre.toml"),
                    None,
                    "regions",
                    "no regions given and the theatre has none",
                    "pass regions (a file FILE[:NAME_FIELD] or a GeoDataFrame), "
                    "or add [regions] path = ... to theatre.toml",
                )
            )
        key = regs.key()
        split = self._splits.get(key)
        if split is None:
            eng = self._engine
            split = self._splits[key] = split_faces(
                eng.tess.faces, eng.face_area, regs, crs=self.crs
            )
        return split

    # ------------------------------------------------------------------ fronts
    @functools.cached_property
    def _edges(self) -> Edges:
        return shared_edges(self._engine.tess.faces)

    def front(self, date: DateLike) -> gpd.GeoDataFrame:
        """The front lines at the end of ``date``: where each pair of actors' ground meets.

        Edges between two actors' faces only: the boundary of the area of
        interest and edges against unassigned land are not fronts.  With
        ``[model] contested_band_km``, the actors' ground no longer meets: the
        fronts are where each actor's ground meets the band (``actor_b`` is
        ``"contested"``), one line on each side of it.

        Returns
        -------
        GeoDataFrame (EPSG:4326)
            actor_a, actor_b (legend order), name_a, name_b, geometry
            (merged lines), length_km (WGS84 geodesic, edges densified every
            0.01° in lon/lat); ``.attrs["assumptions"]``.
        """
        day = to_day(date)
        ids = list(self.actors["id"])
        names = dict(zip(self.actors["id"], self.actors["name"], strict=True))
        owner = self._owners(day)
        why = (
            "edges between faces two actors hold (not the area of interest's boundary, "
            "not edges against unassigned land); WGS84 geodesic km, densified every 0.01°"
        )
        if self.band_km is None:
            df = front_lines(self._edges, owner, ids)
        else:
            band = self._band(owner)[0]
            ground = self._unions.unions(owner, range(len(ids)))
            grounds = [shapely.difference(ground[k], band) for k in range(len(ids))]
            df = meeting_lines([*grounds, band], [*ids, CONTESTED])
            names[CONTESTED] = CONTESTED
            why = (
                "where each actor's ground meets the contested band (the actors' ground does "
                "not meet across it); WGS84 geodesic km, densified every 0.01°"
            )
        return front_frame(df, names, {**self.assumptions, "date": str(day), "front": why})

    def front_intervals(
        self, start: DateLike | None = None, end: DateLike | None = None
    ) -> gpd.GeoDataFrame:
        """The front lines as pieces of line, each valid over an interval of dates (the timeline).

        Like :meth:`intervals` for territory: a stretch of front between two
        actors that does not move is one row for as long as it holds, not
        one per date.  On each date the rows valid then are :meth:`front`'s
        lines, cut where they started to hold on different days.

        Returns
        -------
        GeoDataFrame (EPSG:4326)
            actor_a, actor_b, geometry, length_km, valid_from (inclusive),
            valid_to (exclusive; NaT while it still holds at ``end``).
        """
        start, end = self._range(start, end)
        ids = list(self.actors["id"])
        if self.band_km is not None:  # the band's lines are drawn anew for each state
            return self._band_front_intervals(start, end)
        runs = front_runs(
            self._engine.log, self._edges, len(ids), start.toordinal(), end.toordinal()
        )
        runs = sorted(runs, key=lambda r: (r[2], r[0], r[1]))
        lines, km = grouped_edge_lines(self._edges, [r[4] for r in runs])
        rows = [
            {
                "actor_a": ids[i],
                "actor_b": ids[j],
                "geometry": line,
                "length_km": float(length),
                "valid_from": day_stamp(d0),
                "valid_to": pd.NaT if d1 is None else day_stamp(d1),
            }
            for (i, j, d0, d1, _), line, length in zip(runs, lines, km, strict=True)
        ]
        return interval_frame(rows)

    def _band_front_intervals(self, start: dt.date, end: dt.date) -> gpd.GeoDataFrame:
        """``front_intervals`` with a contested band: :meth:`front` of each state of the ground."""
        days = [start, *sorted({d for d in self.event_days() if start < d <= end})]
        ends = [*(pd.Timestamp(d) for d in days[1:]), pd.NaT]
        rows = [
            dict(zip(FRONT_INTERVAL_COLUMNS, [*r, pd.Timestamp(day), until], strict=True))
            for day, until in zip(days, ends, strict=True)
            for r in self.front(day)[["actor_a", "actor_b", "geometry", "length_km"]].itertuples(
                index=False
            )
        ]
        return interval_frame(rows)

    def front_columns(self, df: pd.DataFrame) -> pd.DataFrame:
        """Add front_km (the actor's whole front) and front_km_<OTHER> per other actor, at each period's end.

        Measured between the actors' cells (with a contested band: along the
        band's middle line, where their cells meet).
        """
        ends = sorted(set(df["period_end"]))
        km = front_km_by_day(
            self._engine.log, self._edges, len(self.actors), [d.toordinal() for d in ends]
        )
        return add_front_columns(df, km, ends, list(self.actors["id"]))
