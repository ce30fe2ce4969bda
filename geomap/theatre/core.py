"""The Theatre: a loaded place theatre and everything derived from it.

>>> import geomap
>>> th = geomap.load_theatre("tests/data/tiny")           # doctest: +SKIP
>>> th.control("2020-01-10")                               # doctest: +SKIP
>>> th.ledger(by="week")                                   # doctest: +SKIP

Every figure carries the assumptions it was computed under
(:attr:`Theatre.assumptions`; ``DataFrame.attrs["assumptions"]``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import gc
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from geopandas.array import GeometryArray
from pyproj import CRS

from .. import boundaries
from ..areas import area_km2, ragged_area_km2
from ..crs import equal_area_crs
from ..dates import DataSpan, DateLike, to_day, within_data
from ..errors import InputError, Problem
from ..front import front_km_by_day
from ..inputs import TheatreInputs
from ..inputs.events import CONFIDENCE
from ..inputs.meta import credit, manifest_credit
from ..ledger import event_areas, held_by_day, periods
from ..ledger_basis import (
    LedgerBasis,
    claims_frame,
    claims_with_places,
    data_span,
    events_after,
    pick_range,
    stack_radii,
)
from ..model import History, apply_events, distinct_values
from ..rates import index_rates
from ..regions import RegionSplit, load_regions, region_ledger
from ..report import headline
from ..schema import CONTESTED
from ..territory import (
    FaceGraph,
    FaceLog,
    FaceUnions,
    Tessellation,
    enclose,
    enclose_log,
    face_graph,
    place_reach_km,
    replay,
    tessellate,
)
from ._band import BandMixin
from ._change import _BAND, ChangeMixin, _interval_row, _intervals_frame

if TYPE_CHECKING:
    from ..cache import Store

__all__ = ["Theatre", "CONTESTED"]

_CONTESTED_COLOR = "#8a8a8a"


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection inside: the engine makes some 10⁵ short-lived geometry
    objects (and ``control()`` thousands a date), which would otherwise trigger full
    collections that walk every object the loaded theatre holds (0.1–0.3 s at 5,000
    places).  Freed by reference counting as usual; any cycle is collected after."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


@functools.cache
def _WGS84() -> CRS:  # noqa: N802 - a constant, made once (comparing CRS objects is slow)
    return CRS.from_user_input("EPSG:4326")


@functools.cache
def _geomap_version() -> str:
    try:
        return version("geomap")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "unknown"


def _positions(
    pos: dict[str, int], values: pd.Series, *, where: np.ndarray | None = None
) -> np.ndarray:
    """``pos[v]`` for every value, in one lookup (-1 outside ``where``); a value ``where``
    selects that is not a key is a KeyError, as ``pos[v]`` would be."""
    return _looked_up(pos, *distinct_values(values, missing_apart=True), values, where)


def _looked_up(
    pos: dict[str, int],
    codes: np.ndarray,
    keys: list,
    values: pd.Series,
    where: np.ndarray | None = None,
) -> np.ndarray:
    """:func:`_positions` of values already factorized (:func:`_distinct`)."""
    out = np.array([pos.get(u, -1) for u in keys] + [-1], dtype=np.int64)[codes]
    sel = np.ones(len(out), dtype=bool) if where is None else np.asarray(where, dtype=bool)
    missing = sel & (out < 0)
    if missing.any():
        raise KeyError(values.iloc[int(np.flatnonzero(missing)[0])])
    out[~sel] = -1
    return out


def _face_area(tess: Tessellation) -> np.ndarray:
    """The faces' km² (:func:`~geomap.areas.area_km2`, bit for bit), from the coordinates the
    faces were built from when the tessellation kept them (then let go)."""
    r, tess.ragged = tess.ragged, None
    if r is None:
        return area_km2(tess.faces, crs=tess.crs)
    return ragged_area_km2(r.xy, r.ring_off, r.poly_off, crs=tess.crs)


@dataclass
class _Engine:
    tess: Tessellation
    face_area: np.ndarray
    face_label: np.ndarray
    log: FaceLog
    event_km2: np.ndarray
    raw_log: FaceLog | None = None  # before enclosure (``[model] enclose``)
    graph: FaceGraph | None = None


class Theatre(BandMixin, ChangeMixin):
    """A loaded theatre: inputs, control over time, ledger and maps.

    Use :func:`load_theatre` to make one.

    Attributes
    ----------
    inputs : TheatreInputs
        The validated input tables.
    actors : DataFrame
        id, name, color (legend order).
    places : GeoDataFrame
        The gazetteer (EPSG:4326).
    aoi : GeoDataFrame
        The area of interest (one row, EPSG:4326).
    radius_km : float
        The cell radius in use.
    """

    def __init__(
        self,
        inputs: TheatreInputs,
        *,
        cell_radius_km: float | None = None,
        confidence: str | None = None,
    ):
        self.inputs = inputs
        self.meta = inputs.meta
        self.title = inputs.meta.title
        self.path = inputs.path
        #: How problems found while replaying events name the events file.
        self.events_file = str(inputs.path / "events.csv")
        self.actors = inputs.actors[["id", "name", "color"]].reset_index(drop=True)
        self.places = inputs.places
        self.aoi = inputs.aoi
        self.radius_km = float(
            cell_radius_km if cell_radius_km is not None else inputs.meta.cell_radius_km
        )
        if not self.radius_km > 0:
            raise InputError(
                Problem(
                    "<argument>",
                    None,
                    "cell_radius_km",
                    f"{cell_radius_km!r} is not a positive radius",
                    "give a radius in km, e.g. 30",
                )
            )
        self.on_invalid: Literal["raise", "fix"] = "raise"  # set by load_theatre
        #: The derivation cache of the theatre's folder (set by load_theatre; None: no cache).
        self.derivation_cache: Store | None = None
        if confidence is not None and confidence not in CONFIDENCE:
            raise InputError(
                Problem(
                    "<argument>",
                    None,
                    "confidence",
                    f"{confidence!r} is not a confidence level",
                    f"give one of {', '.join(CONFIDENCE)} (the lowest level counted)",
                )
            )
        self.confidence = confidence
        self.band_km = inputs.meta.contested_band_km
        self.enclose = bool(inputs.meta.enclose)
        self._band_cache: dict[bytes, tuple[shapely.Geometry, list, np.ndarray]] = {}
        self._splits: dict[bytes, RegionSplit] = {}
        self._other_radii: dict[float, Theatre] = {}
        # claims beside the model (index, diff pages, demo and report ask again): made once
        self._claims: pd.DataFrame | None = None
        self._claims_by_radius: dict[tuple[float, ...], pd.DataFrame] = {}
        self._actor_pos = {a: i for i, a in enumerate(self.actors["id"].tolist())}
        self._place_pos = {p: i for i, p in enumerate(self.places["id"].tolist())}

    def __repr__(self) -> str:
        return f"<Theatre {self.meta.name!r}: {len(self.places)} places, {len(self.actors)} actors, {len(self.inputs.events)} events, radius {self.radius_km:g} km>"

    # ------------------------------------------------------------------ derived state
    @functools.cached_property
    def crs(self):
        """The equal-area CRS fitted to the area of interest."""
        return equal_area_crs(self.inputs.aoi_geometry)

    @property
    def map_view(self) -> str | list[float]:
        """``[map] view`` of theatre.toml: ``"action"``, ``"aoi"`` or ``[w, s, e, n]``."""
        return self.meta.map_view

    @functools.cached_property
    def credits(self) -> list[tuple[str, str, str]]:
        """Where the data shown comes from: ``(what, licence, attribution)`` triples.

        The theatre's ``[data] licence`` and ``attribution``, the regions
        file's entry in the folder's ``manifest.toml`` (when there are
        regions) and the country outlines' source.  Untrusted text, made safe
        (:func:`geomap.inputs.meta.credit`); maps also escape it.
        """
        out = [credit("Data", self.meta.licence, self.meta.attribution)]
        if self.meta.regions_path:
            rel = Path(self.meta.regions_path)
            lic, attr = manifest_credit(self.path, rel.as_posix()) or ("", "")
            out.append(
                credit(
                    "Regions",
                    lic,
                    attr,
                    no_attribution=f"{rel.name} (no attribution in the folder's manifest.toml)",
                )
            )
        man = boundaries.boundary_manifest()
        out.append(credit("Country outlines", man["licence"], man["attribution"]))
        return out

    @functools.cached_property
    def basemap(self) -> gpd.GeoDataFrame:
        """Country outlines around the area of interest, for maps."""
        return boundaries.basemap_around(self.inputs.aoi_geometry)

    @functools.cached_property
    def _inside(self) -> np.ndarray:
        aoi = self.inputs.aoi_geometry
        shapely.prepare(aoi)
        return shapely.intersects(aoi, self.places.geometry.values)

    @functools.cached_property
    def _drawn(self) -> tuple[list, dict[int, int], set[int], dict[int, float]]:
        """Drawn-area events: geometries in order, seq → index, seqs wholly outside, km² outside."""
        aoi = self.inputs.aoi_geometry
        ev = self.inputs.events
        geoms, index, outside, clipped = [], {}, set(), {}
        column = ev["geometry"].to_numpy(dtype=object)
        rows = np.flatnonzero(~pd.isna(column))  # None or NaN: a place's event
        for seq, geom in zip(
            ev["seq"].to_numpy()[rows].tolist(), column[rows].tolist(), strict=True
        ):
            if not shapely.intersects(aoi, geom):
                outside.add(int(seq))
                continue
            rest = shapely.difference(geom, aoi)
            if not rest.is_empty:
                clipped[int(seq)] = float(area_km2([rest], crs=self.crs)[0])
            index[int(seq)] = len(geoms)
            geoms.append(geom)
        return geoms, index, outside, clipped

    @functools.cached_property
    def history(self) -> History:
        """Every event with its outcome (status, reason, holder before)."""
        store = self.derivation_cache
        if store is not None:
            hit = store.read_history(self.confidence)
            if hit is not None:
                return hit
        hist = self._apply_events()
        if store is not None:
            store.write_history(self.confidence, hist)
        return hist

    def _apply_events(self) -> History:
        ctl = self.inputs.control  # .tolist(): iterating an arrow column is per element
        initial = dict(zip(ctl["place"].tolist(), ctl["actor"].tolist(), strict=True))
        inside = set(self.places["id"][self._inside].tolist())
        _, _, outside, clipped = self._drawn
        hist = apply_events(
            self.inputs.events,
            initial,
            places_inside=inside,
            drawn_outside=outside,
            file=self.events_file,
            min_confidence=self.confidence,
        )
        for seq, km2 in clipped.items():
            i = int(np.flatnonzero(hist.events["seq"] == seq)[0])
            note = f"clipped to the area of interest ({km2:,.1f} km² outside ignored)"
            prev = hist.events.at[i, "reason"]
            hist.events.at[i, "reason"] = f"{prev}; {note}" if prev else note
        return hist

    def _own_radius_km(self) -> np.ndarray:
        """Each place's cap: its own ``cell_radius_km``, else its reach (``[model] reach_factor``)."""
        own = self.places["cell_radius_km"].to_numpy(dtype=float)
        if self.meta.reach_factor is None:
            return own
        reach = place_reach_km(
            self.places["lon"].to_numpy(),
            self.places["lat"].to_numpy(),
            self.crs,
            neighbours=self.meta.reach_neighbours,
            factor=self.meta.reach_factor,
            cap_km=self.radius_km,
            inside=self._inside,
        )
        return np.where(np.isnan(own), reach, own)

    def _faces(
        self, extents: dict[int, shapely.Geometry], drawn: list
    ) -> tuple[Tessellation, np.ndarray]:
        """The faces and their km²: from the derivation cache when it holds them, else built
        (and kept there for the next run)."""
        store = self.derivation_cache
        if store is not None:
            hit = store.read_faces(self.radius_km, self.crs)
            if hit is not None:
                return hit
        tess = tessellate(
            self.inputs.aoi_geometry,
            self.places["lon"].to_numpy(),
            self.places["lat"].to_numpy(),
            radius_km=self.radius_km,
            crs=self.crs,
            own_radius_km=self._own_radius_km(),
            inside=self._inside,
            extents=extents,
            drawn=drawn,
            barriers=self.inputs.barriers or None,
        )
        face_area = _face_area(tess)
        if store is not None:
            store.write_faces(self.radius_km, tess, face_area)
        return tess, face_area

    @functools.cached_property
    def _engine(self) -> _Engine:
        with _gc_paused():
            return self._build_engine()

    def _build_engine(self) -> _Engine:
        geoms, index, _, _ = self._drawn
        extents = {
            self._place_pos[p]: g
            for p, g in zip(self.inputs.areas["place"], self.inputs.areas.geometry, strict=True)
        }
        tess, face_area = self._faces(extents, geoms)
        names = self.places["name"].to_numpy(dtype=object)
        face_label = np.where(tess.face_place >= 0, names[np.maximum(tess.face_place, 0)], "")
        ev = self.history.events
        applied = (ev["status"] == "applied").to_numpy(dtype=bool)
        cols = ev[["seq", "day", "place", "to_actor"]]  # the replay's columns only
        log = replay(tess, **self._replay_arrays(cols if applied.all() else cols[applied], index))
        if index:  # drawn areas: label faces that only a drawn area can change
            line_of = dict(zip(ev["seq"].tolist(), ev["line"].tolist(), strict=True))
            for seq, k in index.items():
                faces = tess.drawn_faces[k]
                unl = faces[face_label[faces] == ""]
                face_label[unl] = f"drawn area (events.csv line {int(line_of[seq])})"
        km2 = event_areas(log, face_area, len(ev))
        if not self.enclose:
            return _Engine(tess, face_area, face_label, log, km2)
        graph = face_graph(tess.faces)
        eff = enclose_log(log, graph, enclosed_seq=len(self._seq_confidence))
        return _Engine(tess, face_area, face_label, eff, km2, raw_log=log, graph=graph)

    def _replay_arrays(self, applied: pd.DataFrame, drawn: dict[int, int]) -> dict[str, np.ndarray]:
        """The face replay's inputs (:func:`geomap.territory.replay`) from the applied events, a
        column at a time: place and actor indices, day ordinals, drawn-area indices."""
        codes, keys = distinct_values(
            applied["place"], missing_apart=True
        )  # one check per distinct place
        is_place = np.array([isinstance(p, str) for p in keys] + [False], dtype=bool)[codes]
        place_idx = _looked_up(self._place_pos, codes, keys, applied["place"], where=is_place)
        seqs = applied["seq"].to_numpy(dtype=np.int64)
        drawn_idx = np.full(len(applied), -1, dtype=np.int64)
        drawn_idx[~is_place] = [drawn.get(s, -1) for s in seqs[~is_place].tolist()]
        ctl = self.inputs.control
        holder = np.full(len(self.places), -1, dtype=np.int32)
        holder[_positions(self._place_pos, ctl["place"])] = _positions(
            self._actor_pos, ctl["actor"]
        )
        codes, uniq = pd.factorize(applied["day"])  # one toordinal per distinct day
        days = np.array([d.toordinal() for d in uniq.tolist()] + [0], dtype=np.int64)[codes]
        return {
            "initial_place_holder": holder,
            "event_seq": seqs,
            "event_day": days,
            "event_place": place_idx,
            "event_drawn": drawn_idx,
            "event_to": _positions(self._actor_pos, applied["to_actor"]).astype(np.int32),
        }

    # ------------------------------------------------------------------ dates
    @property
    def snapshot_date(self) -> dt.date | None:
        """The date of the initial control snapshot."""
        return self.inputs.snapshot_date

    def event_days(self) -> list[dt.date]:
        """Days on which at least one event was applied."""
        return list(self._applied_days[0])

    @functools.cached_property
    def _applied_days(self) -> tuple[list[dt.date], np.ndarray]:
        """The days with an applied event (sorted, each once) and how many each has."""
        codes, uniq = pd.factorize(self.history.applied["day"])  # one hash per event
        days = np.asarray(uniq, dtype=object).tolist()
        order = sorted(range(len(days)), key=days.__getitem__)
        count = np.bincount(codes, minlength=len(days)) if len(days) else np.zeros(0, np.int64)
        return [days[k] for k in order], count[order]

    def default_range(self) -> tuple[dt.date, dt.date]:
        """``[dates]`` from theatre.toml, else the snapshot date to the last event."""
        days = self.event_days()
        start = self.meta.start or self.snapshot_date or (days[0] if days else dt.date.today())
        end = self.meta.end or (days[-1] if days else start)
        return start, max(start, end)

    @property
    def data_span(self) -> DataSpan:
        """The days the data covers, both included: from the initial snapshot to the later of
        ``[dates] end`` and the last event (:func:`geomap.ledger_basis.data_span`)."""
        return data_span(self.default_range(), self.snapshot_date, self._applied_days[0])

    def _range(self, start, end) -> tuple[dt.date, dt.date]:
        """The range asked (defaults filled), clipped to :attr:`data_span`."""
        return self.covered_range(start, end)[:2]

    def covered_range(
        self, start: DateLike | None = None, end: DateLike | None = None
    ) -> tuple[dt.date, dt.date, dict[str, str]]:
        """The range every figure for ``start`` to ``end`` is given for, and notes saying so.

        Defaults as :meth:`ledger`; a range straddling the start or the end of
        :attr:`data_span` is clipped to it (``notes["range clipped"]`` says how),
        one wholly outside raises :class:`~geomap.errors.DataRangeError`
        (:func:`geomap.dates.within_data`).
        """
        return within_data(*pick_range(start, end, self.default_range()), self.data_span)

    def map_dates(
        self, every: Literal["event", "day", "week"] = "event", start=None, end=None
    ) -> list[dt.date]:
        """Dates to draw maps for: the range's first day, then every event day / day / week end."""
        start, end = self._range(start, end)
        if every == "event":
            days = [d for d in self.event_days() if start < d <= end]
            return [start, *days]
        if every in ("day", "week"):
            return (
                [p[1] for p in periods(start, end, every)]
                if every == "week"
                else [p[0] for p in periods(start, end, "day")]
            )
        raise ValueError(f"every must be event, day or week; not {every!r}")

    # ------------------------------------------------------------------ territory
    @property
    def assumptions(self) -> dict[str, str]:
        """The model parameters and conventions every figure depends on."""
        return dict(self._assumptions)

    @functools.cached_property
    def _assumptions(self) -> dict[str, str]:
        man = boundaries.boundary_manifest()
        aoi = (
            ", ".join(self.meta.aoi_countries)
            if self.meta.aoi_countries
            else Path(str(self.meta.aoi_path)).name  # pages get published: no folder names
        )
        return {
            "theatre": f"{self.meta.name} ({self.title})",
            "model": "capped Voronoi cells around places; places with an extent own it; drawn areas transfer exactly",
            "cell radius": f"{self.radius_km:g} km",
            "held area": "the cells of the places a side holds: a model of control, not a survey; "
            "land no cell reaches is unassigned, never given to anyone",
            "area of interest": f"{aoi} ({man['source']} {man['source_version']})"
            if self.meta.aoi_countries
            else aoi,
            "projection": self.crs.srs,
            "edges": "straight in longitude/latitude (GeoJSON), densified every 0.01° before projecting",
            "snapshot": str(self.snapshot_date),
            "geomap": _geomap_version(),
            **self._model_assumptions(),
        }

    def _model_assumptions(self) -> dict[str, str]:
        """Lines for the optional model settings, only when one is in use."""
        out = {}
        if self.confidence is not None:
            kept = CONFIDENCE[: CONFIDENCE.index(self.confidence) + 1]
            ev = self.inputs.events
            low = int((~ev["confidence"].isin(kept)).sum()) if len(ev) else 0
            out["events counted"] = (
                f"{', '.join(kept)} only; {low} of {len(ev)} events of lower confidence"
                " rejected (see the event ledger)"
            )
        if self.band_km is not None:
            out["contested band"] = (
                f"{self.band_km:g} km wide ({self.band_km / 2:g} km each side of every edge two"
                f" actors' ground share, in the equal-area projection): held by neither, actor id"
                f" {CONTESTED!r}"
            )
        if self.meta.reach_factor is not None:
            out["reach"] = (
                f"each place's cell reaches {self.meta.reach_factor:g} × the distance to its"
                f" neighbour no. {self.meta.reach_neighbours} (nearest first), at most {self.radius_km:g} km"
                " (a place's own cell_radius_km comes first)"
            )
        if self.inputs.barriers:
            out["barriers"] = (
                f"{len(self.inputs.barriers)} barrier features ({Path(str(self.meta.barriers_path)).name}): a cell"
                " crossed by a barrier keeps only the piece holding its place; polygon barriers"
                " belong to no cell; the rest is unassigned"
            )
        if self.enclose:
            out["enclosure"] = (
                "unassigned pockets wholly enclosed by one actor's ground (not reaching the edge"
                " of the area of interest) are given to that actor, after the snapshot and after"
                " each day; control().attrs['enclosed'] gives the pockets and km² per date, the"
                " ledger's gained_enclosed_km2 the ground gained that way"
            )
        return out

    @functools.cached_property
    def _labels(self) -> list[tuple[str, str, str]]:
        return list(self.actors[["id", "name", "color"]].itertuples(index=False, name=None))

    def _label(self, owner: int) -> tuple[str, str, str]:
        if owner == _BAND:
            return CONTESTED, CONTESTED, _CONTESTED_COLOR
        if owner < 0:
            return "", "unassigned", "#bbbbbb"
        return self._labels[owner]

    @functools.cached_property
    def _unions(self) -> FaceUnions:
        return FaceUnions(self._engine.tess.faces)

    def _union(self, mask: np.ndarray) -> shapely.Geometry:
        """Union of the faces in ``mask`` (:class:`geomap.territory.FaceUnions`): traced from its
        outline, so a date costs its outlines, not the whole territory."""
        return self._unions.union(mask)

    def _owners(self, day: dt.date | None) -> np.ndarray:
        eng = self._engine
        return eng.log.initial.copy() if day is None else eng.log.owners_at(day.toordinal())

    def control(self, date: DateLike) -> gpd.GeoDataFrame:
        """Territory of each actor at the end of ``date``.

        Returns
        -------
        GeoDataFrame (EPSG:4326)
            actor, name, color, geometry, area_km2: one row per actor holding
            land that day (legend order), then, with ``[model] contested_band_km``,
            ``actor == "contested"`` for the band, then ``actor == ""`` for
            unassigned land.  Actors' rows are net of the band; the rows add up
            to the area of interest.  ``.attrs["assumptions"]`` holds the model
            parameters.
        """
        day = to_day(date)
        outside = self._outside_note(day)
        eng = self._engine
        owner = self._owners(day)
        with _gc_paused():  # a date's rings and polygons: no full collection over the theatre
            geoms, areas = self._coverage(owner)
        gdf = self._control_frame(tuple(geoms)).copy(deep=False)  # copy on write: cached frame kept
        gdf["area_km2"] = np.array([areas[k] for k in geoms], dtype=float)
        gdf["geometry"] = GeometryArray(np.array(list(geoms.values()), dtype=object), crs=_WGS84())
        gdf.attrs["assumptions"] = {**self.assumptions, "date": str(day), **outside}
        if eng.raw_log is not None:
            raw = eng.raw_log.initial if day is None else eng.raw_log.owners_at(day.toordinal())
            _, pockets = enclose(raw, eng.graph)
            filled = (raw == -1) & (owner >= 0)
            gdf.attrs["enclosed"] = {
                "pockets": int(pockets),
                "km2": float(eng.face_area[filled].sum()),
            }
        return gdf

    def _outside_note(self, day: dt.date | None) -> dict[str, str]:
        """For ``control(day)``: DataRangeError before the data starts (the snapshot is not
        the ground of an earlier day; the end of the day before it is its start, which it
        describes, as every ledger's first period counts from it); after the data ends, a
        note that the last known ground is carried forward, an assumption."""
        span = self.data_span
        if day is None or span.start - dt.timedelta(days=1) <= day <= span.end:
            return {}
        if day < span.start:
            within_data(day, day, span, names=("date", "date"))  # DataRangeError, naming the span
        return {
            "carried forward": f"{day} is after the data ends on {span.end} "
            f"({span.end_source}): the ground held then is carried forward unchanged, "
            "an assumption, not data"
        }

    def _control_frame(self, keys: tuple[int, ...]) -> gpd.GeoDataFrame:
        """An empty ``control()`` frame for these holders (labels filled, no geometry, no km²),
        made once per set of holders: building a GeoDataFrame costs more than tracing a date."""
        cache = self._control_frames
        if keys not in cache:
            labels = [self._label(k) for k in keys]
            cache[keys] = gpd.GeoDataFrame(
                {
                    "actor": [lab[0] for lab in labels],
                    "name": [lab[1] for lab in labels],
                    "color": [lab[2] for lab in labels],
                    "geometry": [None] * len(keys),
                    "area_km2": np.zeros(len(keys)),
                },
                geometry="geometry",
                crs=_WGS84(),
            )
        return cache[keys]

    @functools.cached_property
    def _control_frames(self) -> dict[tuple[int, ...], gpd.GeoDataFrame]:
        return {}

    def place_cells(self) -> gpd.GeoDataFrame:
        """Each place's cell, the ground it stands for (maps: what clicking the ground says).

        Columns: place, name, geometry (EPSG:4326), area_km2 (the cell's km², the sum of its
        faces' as the ledger counts them); places without a cell are left out.
        """
        return self._place_cells.copy()

    @functools.cached_property
    def _place_cells(self) -> gpd.GeoDataFrame:
        eng = self._engine
        fp = np.asarray(eng.tess.face_place)
        order = np.argsort(fp, kind="stable")
        fp_sorted = fp[order]
        places, starts = np.unique(fp_sorted, return_index=True)
        bounds = np.r_[starts, len(fp_sorted)]
        faces = np.asarray(eng.tess.faces, dtype=object)[order]
        keep = places >= 0
        geoms = [
            shapely.coverage_union_all(faces[bounds[k] : bounds[k + 1]])
            for k in np.flatnonzero(keep)
        ]
        ids = self.places["id"].to_numpy(dtype=object)[places[keep]]
        names = self.places["name"].to_numpy(dtype=object)[places[keep]]
        area = np.asarray(eng.face_area, dtype=float)[order]
        km2 = np.add.reduceat(area, starts)[keep] if len(area) else np.zeros(0)
        return gpd.GeoDataFrame(
            {"place": ids, "name": names, "area_km2": km2}, geometry=geoms, crs="EPSG:4326"
        )

    def changes(self, start: DateLike | None, end: DateLike) -> gpd.GeoDataFrame:
        """Ground that changed hands after ``start`` up to and including ``end``.

        ``start=None`` compares with the initial snapshot.  Columns: from_actor,
        to_actor, geometry, area_km2 (``""`` = unassigned).  With ``[model]
        contested_band_km`` the band is a holder (``"contested"``): ground the
        band took or gave back is a row like any other.
        """
        rows = self._change_rows(self._owners(to_day(start)), self._owners(to_day(end)))
        return gpd.GeoDataFrame(
            rows,
            columns=["from_actor", "to_actor", "geometry", "area_km2"],
            geometry="geometry",
            crs="EPSG:4326",
        )

    def changes_series(self, dates: Any) -> gpd.GeoDataFrame:
        """:meth:`changes` from each of ``dates`` to the next, in one table.

        Columns: ``start``, ``end`` (two consecutive dates, as ``changes(start,
        end)`` takes them), then :meth:`changes`'s columns, each ``end``'s rows
        in :meth:`changes`'s order.  A run of map pages asks this once instead
        of once per date: each date's holding is found once and one table built.
        """
        days = [to_day(d) for d in dates]
        rows = []
        o1 = None
        for k, day in enumerate(days):
            o0, o1 = o1, self._owners(day)
            if k:
                rows += [(days[k - 1], day, *r) for r in self._change_rows(o0, o1)]
        return gpd.GeoDataFrame(
            rows,
            columns=["start", "end", "from_actor", "to_actor", "geometry", "area_km2"],
            geometry="geometry",
            crs="EPSG:4326",
        )

    def _change_rows(self, o0: np.ndarray, o1: np.ndarray) -> list[tuple[str, str, Any, float]]:
        """:meth:`changes`'s rows (from_actor, to_actor, geometry, area_km2) from holding ``o0``
        to holding ``o1``."""
        eng = self._engine
        diff = np.flatnonzero(o0 != o1)
        moves: list[tuple[int, int, Any, float]] = []
        if self.band_km is not None:
            moves = self._band_moves(o0, o1)
        elif len(diff):
            pairs = sorted(set(zip(o0[diff].tolist(), o1[diff].tolist(), strict=True)))
            for a, b in pairs:
                sel = diff[(o0[diff] == a) & (o1[diff] == b)]
                union = shapely.coverage_union_all(eng.tess.faces[sel])
                moves.append((a, b, union, float(eng.face_area[sel].sum())))
        return [(self._label(a)[0], self._label(b)[0], geom, km2) for a, b, geom, km2 in moves]

    # ------------------------------------------------------------------ ledgers
    def ledger(
        self,
        by: Literal["day", "week", "month", "total"] = "day",
        start: DateLike | None = None,
        end: DateLike | None = None,
        *,
        regions: Any = None,
        front: bool = False,
    ) -> pd.DataFrame:
        """km² gained, lost, net and held per actor and period (and region).

        Parameters
        ----------
        by : {"day", "week", "month", "total"}
            Period length; ``"total"`` is one period from ``start`` to ``end``.
        start, end : date or "YYYY-MM-DD", optional
            First and last day, inclusive (default: ``[dates]`` in
            theatre.toml, else the snapshot date to the last event).
        regions : GeoDataFrame, "FILE[:NAME_FIELD]", Path, Regions or True, optional
            Give the ledger per region (``True``: the theatre's own
            ``[regions]``); see :mod:`geomap.regions`.
        front : bool
            Add ``front_km`` (the length of the actor's whole front with other
            actors at the period's end, km) and ``front_km_<ACTOR>`` (its front
            with each other actor); NaN for unassigned land.  See :meth:`front`.

        Returns
        -------
        DataFrame
            See :data:`geomap.ledger.LEDGER_COLUMNS`; with ``regions``,
            :data:`geomap.regions.REGION_LEDGER_COLUMNS` (land outside every
            region is the region ``"(outside every region)"``).
            ``.attrs["assumptions"]``.
        """
        start, end, notes = self.covered_range(start, end)
        eng = self._engine
        if regions is not None and regions is not False:
            split = self.region_split(None if regions is True else regions)
            band = None
            if self.band_km is not None:
                regs = self.regions if regions is True else load_regions(regions)
                days = [start - dt.timedelta(days=1)] + [p[1] for p in periods(start, end, by)]
                band = self._region_band(regs, days)
            df = region_ledger(
                eng.log,
                split,
                actor_ids=list(self.actors["id"]),
                actor_names=list(self.actors["name"]),
                start=start,
                end=end,
                by=by,
                band=band,
            )
            df.attrs["assumptions"] = {
                **self.assumptions,
                "from": str(start),
                "to": str(end),
                "by": by,
                "regions": "; ".join(split.notes),
                **notes,
                **self._after_range(end),
            }
            return df
        df = self._basis.ledger(by, start, end, band=self._band_series(start, end, by))
        df.attrs["assumptions"] = {**df.attrs["assumptions"], **notes}  # "range clipped" kept
        if front:
            attrs = df.attrs["assumptions"]
            df = self.front_columns(df)
            df.attrs["assumptions"] = {
                **attrs,
                "front": "km of front at each period's end: edges between two actors' ground "
                "(WGS84 geodesic, densified every 0.01°)",
            }
        return df

    @functools.cached_property
    def _basis(self) -> LedgerBasis:
        """What every ledger is worked from (no front, no claims: :meth:`ledger_basis`)."""
        eng = self._engine
        confidence = self._seq_confidence
        return LedgerBasis(
            log=eng.log,
            face_area=eng.face_area,
            face_label=eng.face_label,
            confidence=np.append(confidence, "enclosed") if self.enclose else confidence,
            actor_ids=list(self.actors["id"]),
            actor_names=list(self.actors["name"]),
            assumptions=self.assumptions,
            default_range=self.default_range(),
            applied_days=self._applied_days[0],
            applied_count=self._applied_days[1],
            snapshot_date=self.snapshot_date,
            radius_km=float(self.radius_km),
        )

    def ledger_basis(self) -> LedgerBasis | None:
        """Every ledger's arrays with the front on each day a face changed holder and the
        claims tables: what ``geomap gains`` keeps in the derivation cache, to work any period,
        range, units or rolling window from without geometry.  None for a theatre whose
        ledger needs geometry per period (a contested band) or whose default range is today's
        date (no ``[dates]``, snapshot date or event)."""
        if self.band_km is not None or not (
            self.meta.start or self.snapshot_date or self._applied_days[0]
        ):
            return None
        basis = self._basis
        days = np.unique(basis.log.day).astype(np.int64)
        before = days[:1] - 1 if len(days) else np.array([basis.default_range[0].toordinal()])
        km = front_km_by_day(
            basis.log, self._edges, len(basis.actor_ids), np.concatenate([before, days]).tolist()
        )
        return dataclasses.replace(
            basis, front_days=days, front_km=km, claims_input=self.inputs.claims
        )

    def _after_range(self, end: dt.date) -> dict[str, str]:
        """A note on applied events dated after ``end``: never left out without a word."""
        return events_after(*self._applied_days, end)

    def _band_series(self, start: dt.date, end: dt.date, by) -> np.ndarray | None:
        """km² of each actor's ground in the band before ``start`` and at each period's end."""
        if self.band_km is None:
            return None
        days = [start - dt.timedelta(days=1)] + [p[1] for p in periods(start, end, by)]
        return np.array([self._band(self._owners(d))[2] for d in days])

    @functools.cached_property
    def _seq_confidence(self) -> np.ndarray:
        """Confidence of each event, indexed by ``seq``."""
        ev = self.history.events
        out = np.full(int(ev["seq"].max()) + 1 if len(ev) else 0, "confirmed", dtype=object)
        out[ev["seq"].to_numpy(dtype=int)] = ev["confidence"].to_numpy(dtype=object)
        return out

    def event_ledger(self) -> pd.DataFrame:
        """Every event with its outcome and the km² it transferred.

        Columns: seq, line, date, place, place_name, from_actor (stated),
        prev_actor (holder before, as far as known), to_actor, confidence,
        status, reason, area_km2, claimed_area_km2, claim_diff_km2,
        claim_diff_pct, source, source_url, note.
        """
        ev = self.history.events
        names = dict(zip(self.places["id"], self.places["name"], strict=True))
        out = pd.DataFrame(
            {
                "seq": ev["seq"],
                "line": ev["line"],
                "date": ev["day"],
                "place": ev["place"].where(ev["place"].notna(), ""),
                "place_name": [
                    names.get(p, "drawn area") if isinstance(p, str) else "drawn area"
                    for p in ev["place"]
                ],
                "from_actor": ev["from_actor"].where(ev["from_actor"].notna(), ""),
                "prev_actor": ev["prev_actor"].where(ev["prev_actor"].notna(), ""),
                "to_actor": ev["to_actor"],
                "confidence": ev["confidence"],
                "status": ev["status"],
                "reason": ev["reason"],
                "area_km2": self._engine.event_km2[ev["seq"].to_numpy(dtype=int)]
                if len(ev)
                else [],
                "claimed_area_km2": pd.to_numeric(ev["claimed_area_km2"], errors="coerce"),
                "source": ev["source"],
                "source_url": ev["source_url"],
                "note": ev["note"],
            }
        )
        out["claim_diff_km2"] = out["area_km2"] - out["claimed_area_km2"]
        out["claim_diff_pct"] = 100.0 * out["claim_diff_km2"] / out["claimed_area_km2"]
        out.attrs["assumptions"] = self.assumptions
        return out

    def claims(self) -> pd.DataFrame:
        """Published area figures (claims.csv) beside the km² computed for the same actor and period.

        ``computed_gained_km2`` is the actor's gross gain from ``start`` to
        ``end`` inclusive; ``computed_confirmed_km2`` the part of it from
        confirmed events only (the ledger's ``gained_confirmed_km2``);
        ``computed_net_km2`` its net change.
        """
        if self._claims is None:
            self._claims = self._claims_table()
        return self._claims.copy()

    def _claims_table(self) -> pd.DataFrame:
        """:meth:`claims`, computed (one total ledger per claim)."""
        return claims_frame(self.inputs.claims, self.ledger, self.assumptions)

    def claims_by_radius(self, radii=None) -> pd.DataFrame:
        """Every claim of claims.csv beside the actor's computed gain under each radius.

        Returns one row per claim and radius (default: the theatre's
        sensitivity radii, and always its own radius): the columns of
        :meth:`claims` with ``radius_km`` second, and ``places_gained`` (how many
        places the actor gained in the period) last.
        """
        radii = list(radii or self.meta.sensitivity_radii_km or [self.radius_km])
        if self.radius_km not in radii:
            radii = sorted({*radii, self.radius_km})
        key = tuple(float(r) for r in radii)
        if key not in self._claims_by_radius:
            self._claims_by_radius[key] = self._claims_by_radius_table(radii)
        return self._claims_by_radius[key].copy()

    def _claims_by_radius_table(self, radii: list[float]) -> pd.DataFrame:
        """:meth:`claims_by_radius` for these radii, computed."""
        frames = []
        for r in radii:
            th = self.with_radius(r)
            frames.append(claims_with_places(th.claims(), float(r), th.ledger))
        return stack_radii(frames, radii, self.assumptions)

    def claims_headline(self, *, range_note: Literal["each", "once"] = "each") -> list[str]:
        """One line per published claim: claimed km², the model's figure, its range, the verdict.

        ``range_note="once"``: why figures have no calibrated range is said
        once, in a last line, instead of on each claim's line (the index page).
        """
        if not len(self.inputs.claims):
            return []
        return headline(self.claims_by_radius(), radius_km=self.radius_km, range_note=range_note)

    def with_radius(self, radius_km: float) -> Theatre:
        """The same theatre under another cell radius (shares the loaded inputs).

        Kept, so the demo, the claims report and the index page build each
        radius's territory once.
        """
        radius_km = float(radius_km)
        if radius_km == self.radius_km:
            return self
        other = self._other_radii.get(radius_km)
        if other is None:
            other = self._other_radii[radius_km] = Theatre(
                self.inputs, cell_radius_km=radius_km, confidence=self.confidence
            )
            other.on_invalid = self.on_invalid
            other.derivation_cache = self.derivation_cache
        return other

    def sensitivity(
        self,
        radii=None,
        *,
        by: Literal["day", "week", "month", "total"] = "total",
        start=None,
        end=None,
    ) -> pd.DataFrame:
        """The ledger under each cell radius, stacked with a ``radius_km`` column.

        Shows how much of a figure is the model: a gain that doubles between
        15 and 50 km is mostly the radius, not the events.
        """
        radii = list(radii or self.meta.sensitivity_radii_km or [self.radius_km])
        frames = []
        for r in radii:
            th = self.with_radius(r)
            led = th.ledger(by=by, start=start, end=end)
            led.insert(0, "radius_km", float(r))
            frames.append(led)
        df = pd.concat(frames, ignore_index=True)
        df.attrs["assumptions"] = {
            **self.assumptions,
            "cell radius": ", ".join(f"{float(r):g}" for r in radii) + " km",
        }
        return df

    def held_series(self, dates) -> pd.DataFrame:
        """Held km² per actor (and unassigned, actor ``""``) at the end of each date.

        With a contested band, actors are net of it and ``contested`` is its own row.
        """
        days = [to_day(d) for d in dates]
        eng = self._engine
        held = held_by_day(eng.log, eng.face_area, len(self.actors), days)
        ids = [""] + list(self.actors["id"])
        order = list(range(1, len(ids))) + [0]
        if self.band_km is not None:  # actors net of the band, then the band itself
            band = np.array([self._band(self._owners(d))[2] for d in days])
            held[:, 1:] -= band
            held = np.column_stack([held, band.sum(axis=1)])
            ids.append(CONTESTED)
            order = list(range(1, len(ids) - 1)) + [len(ids) - 1, 0]
        rows = [
            {"date": d, "actor": ids[k], "held_km2": float(held[i, k])}
            for i, d in enumerate(days)
            for k in order
        ]
        return pd.DataFrame(rows, columns=["date", "actor", "held_km2"])

    def intervals(self, start=None, end=None) -> gpd.GeoDataFrame:
        """Territory as pieces of ground, each valid over an interval of dates.

        A piece is the ground one actor (``""``: unassigned) held without a
        break from ``valid_from`` (inclusive) to ``valid_to`` (exclusive; NaT
        while still held at ``end``), merged over all the faces that share
        that holder and interval.  Pieces valid on the same date never
        overlap, and together they cover the area of interest, so a time
        slider shows each date's territory exactly, and a piece of ground that
        never changes hands is stored once, not once per date.

        With ``[model] contested_band_km`` the band moves with the front, so
        the pieces are each holder's ground (actors net of the band, the band
        as ``"contested"``, unassigned) between two days on which the holding
        changed: the same coverage as :meth:`control` on every date.
        """
        start, end = self._range(start, end)
        if self.band_km is not None:
            return self._band_intervals(start, end)
        eng = self._engine
        rows = [
            _interval_row(
                self._label(k)[0],
                shapely.coverage_union_all(eng.tess.faces[idx]),
                float(eng.face_area[idx].sum()),
                d0,
                d1,
            )
            for k, d0, d1, idx in eng.log.holder_runs(start.toordinal(), end.toordinal())
        ]
        return _intervals_frame(rows)

    @functools.cached_property
    def _event_table(self) -> pd.DataFrame:
        """The event ledger with a point per event (place, or a drawn area's inner point)."""
        led = self.event_ledger()
        ev = self.history.events
        pos = self.places.set_index("id")
        lat = np.full(len(ev), np.nan)
        lon = np.full(len(ev), np.nan)
        is_place = ev["place"].map(lambda p: isinstance(p, str)).to_numpy(dtype=bool)
        if is_place.any():
            ids = ev.loc[is_place, "place"]
            lat[is_place] = pos.loc[ids, "lat"].to_numpy(dtype=float)
            lon[is_place] = pos.loc[ids, "lon"].to_numpy(dtype=float)
        for i in np.flatnonzero(~is_place):
            g = ev["geometry"].iloc[i]
            if isinstance(g, shapely.Geometry):
                pt = g.representative_point()
                lat[i], lon[i] = pt.y, pt.x
        out = led.assign(lat=lat, lon=lon)
        out["from_actor"] = np.where(out["prev_actor"] != "", out["prev_actor"], out["from_actor"])
        return out.reset_index(drop=True)

    def events_between(self, start: DateLike | None, end: DateLike) -> pd.DataFrame:
        """Events with ``start < date <= end`` (``start=None``: from the beginning), for maps.

        Columns of :meth:`event_ledger`, plus lat, lon; ``from_actor`` is the
        known holder before the event where there is one, else the stated one.
        """
        table = self._event_table
        s, e = to_day(start), to_day(end)
        day = self.history.events["day"].to_numpy()
        mask = day <= e
        if s is not None:
            mask &= day > s
        return table[mask].reset_index(drop=True)

    def place_holders(self, date: DateLike) -> dict[str, str]:
        """Place id → its holder at the end of ``date`` (places with a known holder only).

        For maps: the legend names what an actor holding no ground holds (a
        place outside the area of interest owns no cell).
        """
        return self.history.holders(to_day(date))

    # ------------------------------------------------------------------ checks and maps
    def check(self) -> list[Problem]:
        """Every problem found in the inputs and in applying the events (warnings included).

        Includes the regions file of theatre.toml's ``[regions]``, when there is one.
        """
        return [*self.inputs.problems, *self.history.problems, *self.region_problems()]

    def region_problems(self) -> list[Problem]:
        """Problems with the regions file of theatre.toml's ``[regions]`` (none without one)."""
        try:
            self.regions  # noqa: B018 - a cached property: reads and validates the file
        except InputError as exc:
            return list(exc.problems)
        return []

    def map(self, date: DateLike, **kwargs: Any):
        """A folium map of the control on ``date`` (shows inline in Jupyter)."""
        from ..render import date_map

        day = to_day(date)
        dates = self.map_dates("event")
        prev = max((d for d in dates if d < day), default=None)
        return date_map(self, day, previous=prev, **kwargs)

    def timeline(self, **kwargs: Any):
        """A folium map with a time slider over every map date."""
        from ..render import timeline_map

        return timeline_map(self, **kwargs)

    def write_maps(self, out_dir, *, rolling: int | None = 30, **kwargs: Any):
        """Write the per-date pages, the index and the timeline (see ``geomap maps``).

        ``rolling``: the window (days) of the rate of advance charted on the
        index (:func:`geomap.rates.rolling_rates`); None for no rate chart.
        Other keywords go to :func:`geomap.render.write_maps`.
        """
        from ..render import write_maps

        # the range `geomap gains` counts (to [dates] end, past the last map date), clipped to
        # the data: the index's ledger and rate are for it, never for days before the data
        start, end, _notes = self.covered_range(kwargs.get("start"), kwargs.get("end"))
        kwargs = {**kwargs, "start": start, "end": end}
        rates = index_rates(self, rolling, kwargs)
        return write_maps(self, Path(out_dir), rates=rates, **kwargs)
