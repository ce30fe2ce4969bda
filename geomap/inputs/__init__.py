"""Loading and validating a theatre folder (DESIGN §1).

:func:`load_inputs` reads ``theatre.toml``, ``actors.csv``, ``places.csv``,
the optional ``areas.geojson``, ``control.csv``, ``events.csv`` and the
optional ``claims.csv``; checks every value where it enters; and either
returns a :class:`TheatreInputs` or raises one :class:`~geomap.errors.InputError`
listing *every* problem found, each as ``file:line: field: what; how to fix``.
Nothing is dropped or repaired silently: rows with errors make the load fail,
and warnings stay on ``TheatreInputs.problems``.

One module per file of the folder: :mod:`~geomap.inputs.meta`
(``theatre.toml``, also read by every other module that needs it),
:mod:`~geomap.inputs.aoi`, :mod:`~geomap.inputs.actors`,
:mod:`~geomap.inputs.places`, :mod:`~geomap.inputs.areas`,
:mod:`~geomap.inputs.control`, :mod:`~geomap.inputs.events`,
:mod:`~geomap.inputs.claims`.  Column orders live in :mod:`geomap.schema`,
the repair policy in :mod:`geomap.repair`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ..errors import InputError, Problem
from ..names import NameIndex
from ..paths import input_problem
from ..repair import OnInvalid, check_on_invalid
from ..schema import (
    ACTOR_COLUMNS,
    CLAIM_COLUMNS,
    CONTROL_COLUMNS,
    EVENT_COLUMNS,
    EVENTS_CSV_ORDER,
    PLACE_COLUMNS,
    PLACES_CSV_ORDER,
)
from ._folder import FolderReader, in_any
from .actors import read_actors
from .aoi import check_places_in_aoi, load_aoi
from .areas import read_areas
from .barriers import read_barriers
from .claims import read_claims
from .control import read_control
from .events import CONFIDENCE, check_event_days, read_events
from .meta import TheatreMeta, is_snapshot_theatre, read_meta, read_toml
from .places import read_places

__all__ = [
    "TheatreMeta",
    "TheatreInputs",
    "load_inputs",
    "read_events",
    "read_toml",
    "is_snapshot_theatre",
    "CONFIDENCE",
    "OnInvalid",
    # column orders, kept importable from here (their home is geomap.schema)
    "ACTOR_COLUMNS",
    "PLACE_COLUMNS",
    "CONTROL_COLUMNS",
    "EVENT_COLUMNS",
    "CLAIM_COLUMNS",
    "EVENTS_CSV_ORDER",
    "PLACES_CSV_ORDER",
]


@dataclass
class TheatreInputs:
    """A validated theatre: see docs/architecture.md for every column."""

    path: Path
    meta: TheatreMeta
    aoi: gpd.GeoDataFrame
    actors: pd.DataFrame
    places: gpd.GeoDataFrame
    areas: gpd.GeoDataFrame
    control: pd.DataFrame
    events: pd.DataFrame
    claims: pd.DataFrame
    place_index: NameIndex
    actor_index: NameIndex
    problems: list[Problem] = field(default_factory=list)
    #: ``[model] barriers``: lines and polygons (EPSG:4326) cells do not cross.
    barriers: list[shapely.Geometry] = field(default_factory=list)

    @property
    def aoi_geometry(self) -> shapely.Geometry:
        """The area of interest as one (Multi)Polygon, EPSG:4326."""
        return self.aoi.geometry.iloc[0]

    @property
    def snapshot_date(self) -> dt.date | None:
        """The date of the initial snapshot (``control.csv``), None when it is empty."""
        return None if self.control.empty else self.control["as_of"].iloc[0]


def load_inputs(
    path: str | Path, *, on_invalid: OnInvalid = "raise", strict: bool = True
) -> TheatreInputs:
    """Load and validate a theatre folder.

    Parameters
    ----------
    path : str or Path
        The theatre folder (holding ``theatre.toml``).
    on_invalid : {"raise", "fix"}
        What to do with invalid polygons in ``areas.geojson`` and drawn event
        geometries: report an error (default), or repair them with
        ``shapely.make_valid`` and report a warning (:mod:`geomap.repair`).
        ``"warn"`` is not offered: an extent or an event's area cannot be
        left out without changing the territory.
    strict : bool
        Raise :class:`~geomap.errors.InputError` when any error is found
        (default).  With ``strict=False`` the loader returns what it could
        read and every problem in ``.problems`` (used by ``geomap check``).

    Returns
    -------
    TheatreInputs

    Examples
    --------
    >>> inputs = load_inputs("tests/data/tiny")  # doctest: +SKIP
    >>> inputs.events[["date", "place", "to_actor"]]  # doctest: +SKIP
    """
    check_on_invalid(on_invalid, ("raise", "fix"))
    with _no_cycle_collection():
        return _load_inputs(Path(path), on_invalid, strict)


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while the files are read (and resumed after).

    Reading builds hundreds of thousands of small lists and dicts, and the
    collector walks every live one again and again as they accumulate: a
    quarter of the load time at 80,000 events.  Loading makes no reference
    cycles to speak of; whatever it leaves is collected once it is resumed.
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _load_inputs(root: Path, on_invalid: OnInvalid, strict: bool) -> TheatreInputs:
    """:func:`load_inputs` of a folder (the collector paused by the caller)."""
    c = FolderReader(root)
    meta = read_meta(root, c)
    if meta is None:
        raise InputError(c.problems)
    aoi_geom = load_aoi(c, meta)
    actors = read_actors(c)
    places = read_places(c, aoi_geom)
    inside = np.ones(len(places), dtype=bool)
    if aoi_geom is not None and len(places):
        inside = check_places_in_aoi(c, places, aoi_geom)
    actor_index = NameIndex(c.actor_entries, kind="actor", skeletons=False)
    place_index = NameIndex(c.place_entries, kind="place")
    areas = read_areas(c, set(places["id"].tolist()), on_invalid)
    control = read_control(c, place_index, actor_index)
    snapshot = control["as_of"].iloc[0] if len(control) else None
    events = read_events(
        root / "events.csv",
        place_index,
        actor_index,
        problems=c.problems,
        snapshot_date=snapshot,
        on_invalid=on_invalid,
        display=c.file("events.csv"),
        timezone=meta.timezone,
    )
    check_event_days(
        c, c.file("events.csv"), events, start=meta.start, end=meta.end, snapshot=snapshot
    )
    claims = read_claims(c, actor_index, meta.reference_areas)
    barriers = _barriers(c, meta, aoi_geom)
    c.summarise()  # rows left out because actors.csv or places.csv has no valid entry
    if not any(p.is_error and p.line in (None, 1) for p in c.problems):
        # with a whole file or column missing, "no holder" would only repeat the root cause
        _unheld_warnings(c, places, inside, control, events, actors)
    if c.n_errors and strict:
        raise InputError(c.problems)
    return TheatreInputs(
        path=root,
        meta=meta,
        aoi=gpd.GeoDataFrame(
            {"name": [meta.title]},
            geometry=[aoi_geom if aoi_geom is not None else shapely.Polygon()],
            crs="EPSG:4326",
        ),
        actors=actors,
        places=gpd.GeoDataFrame(
            places, geometry=gpd.points_from_xy(places["lon"], places["lat"]), crs="EPSG:4326"
        ),
        areas=areas,
        control=control,
        events=events,
        claims=claims,
        place_index=place_index,
        actor_index=actor_index,
        problems=c.problems,
        barriers=barriers,
    )


def _barriers(
    c: FolderReader, meta: TheatreMeta, aoi: shapely.Geometry | None
) -> list[shapely.Geometry]:
    """The ``[model] barriers`` file's lines and polygons (problems reported to ``c``)."""
    if meta.barriers_path is None:
        return []
    p = c.root / meta.barriers_path
    bad = input_problem(  # missing, a folder, a link loop, unreadable (geomap.paths)
        p, missing_hint="give a path relative to the theatre folder, e.g. barriers.geojson"
    )
    if bad is not None:
        c.add(
            c.file("theatre.toml"),
            None,
            "model.barriers",
            f"{meta.barriers_path!r}: {bad.message}",
            bad.hint,
        )
        return []
    try:
        return read_barriers(p, aoi=aoi, display=c.file(meta.barriers_path))
    except InputError as exc:
        c.problems.extend(exc.problems)
        return []


def _unheld_warnings(
    c: FolderReader,
    places: pd.DataFrame,
    inside: np.ndarray,
    control: pd.DataFrame,
    events: pd.DataFrame,
    actors: pd.DataFrame,
) -> None:
    """Warn about places inside the area that no one holds and actors that hold nothing."""
    if len(places):
        unheld = inside & ~in_any(places["id"], control["place"], events["place"])
        for ident, line in zip(places["id"][unheld], places["line"][unheld], strict=True):
            c.add(
                c.file("places.csv"),
                line,
                "id",
                f"{ident!r} has no holder in control.csv and no event",
                "its cell counts as unassigned; add it to control.csv if its holder is known",
                "warning",
            )
    holds = in_any(actors["id"], control["actor"], events["to_actor"])
    for r, held in zip(actors.itertuples(), holds.tolist(), strict=True):
        if not held:
            c.add(
                c.file("actors.csv"),
                r.line,
                "id",
                f"{r.id!r} holds nothing: no place in control.csv and no event gives it one",
                "it stays in the ledger with 0 km²; remove it if it is not a side in this theatre",
                "warning",
            )
