"""ACLED-style event CSVs to draft ``events.csv`` rows.

ACLED (Armed Conflict Location & Event Data) records, among other events,
changes of territorial control as the sub-event types

* ``Government regains territory``,
* ``Non-state actor overtakes territory``,
* ``Non-violent transfer of territory``.

In each, ``actor1`` is the side that takes the ground and ``actor2`` (may be
empty) the side that loses it.  :func:`read_acled` keeps those rows (any
other sub-event type is counted and left out) and turns each into a **draft**
event for a theatre: ``date`` from ``event_date`` (ISO ``2017-05-25`` or
ACLED's ``25 May 2017``), ``to_actor``/``from_actor`` resolved against the
theatre's actors (ids, names, aliases), ``place`` matched to its gazetteer.

Place matching (deterministic, via :class:`~geomap.names.NameIndex`):

1. ``location`` resolves to one place within ``max_km`` of ACLED's
   coordinates: that place.
2. It resolves to several (ambiguous): the one nearest ACLED's coordinates,
   if it alone lies within ``max_km``.
3. Otherwise (unknown, or the name's place lies farther away, a homonym): a
   **new place** is added at ACLED's coordinates (``kind`` = ``new_place_kind``,
   source = the ACLED event); rows naming the same new place share it.  Each
   addition is reported, with the nearest existing place when one lies within
   ``max_km``.

An unknown ``actor1`` is an error listing the nearest actors (add the ACLED
name as an alias in ``actors.csv``); an unknown ``actor2`` is reported and
left empty, since ``from_actor`` is optional.  Junk input (missing columns,
bad dates or coordinates, wrong delimiter or encoding) is an
:class:`~geomap.errors.InputError` listing every bad line and field.

Required columns: ``event_date``, ``sub_event_type``, ``actor1``, ``actor2``,
``location``, ``latitude``, ``longitude``, ``admin1``, ``source``, ``notes``;
ACLED's other columns are accepted and ``event_id_cnty`` is quoted in the
draft's source.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .._csv import read_csv
from .._parse import check_latlon, parse_day
from ..dates import range_problem
from ..drafts import write_events  # the one drafts module writes draft events
from ..errors import InputError, NameResolutionError, Problem, ProblemCollector
from ..names import NameIndex, normalize
from ..schema import EVENTS_CSV_ORDER
from .actor_map import ActorMap, suggest_actor_map
from .geonames import PLACES_COLUMNS, slugify, write_places

__all__ = [
    "ACLED_COLUMNS",
    "TERRITORY_SUB_EVENTS",
    "EVENT_COLUMNS",
    "AcledImport",
    "UnknownActorsError",
    "read_acled",
    "write_events",
]

ACLED_COLUMNS = (
    "event_date",
    "sub_event_type",
    "actor1",
    "actor2",
    "location",
    "latitude",
    "longitude",
    "admin1",
    "source",
    "notes",
)
# ACLED's other export columns: accepted without a warning.
_ACLED_OPTIONAL = (
    "event_id_cnty",
    "event_id_no_cnty",
    "data_id",
    "iso",
    "iso3",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "assoc_actor_1",
    "assoc_actor_2",
    "inter1",
    "inter2",
    "interaction",
    "civilian_targeting",
    "region",
    "country",
    "admin2",
    "admin3",
    "geo_precision",
    "source_scale",
    "fatalities",
    "tags",
    "timestamp",
)
TERRITORY_SUB_EVENTS = {
    "government regains territory": "Government regains territory",
    "non-state actor overtakes territory": "Non-state actor overtakes territory",
    "non-violent transfer of territory": "Non-violent transfer of territory",
}
EVENT_COLUMNS = EVENTS_CSV_ORDER
_EARTH_KM = 6371.0088


@dataclass
class AcledImport:
    """What :func:`read_acled` produced.

    Attributes
    ----------
    events : pandas.DataFrame
        Draft events (:data:`EVENT_COLUMNS`), by date then input line, plus
        ``acled_line`` (the input line) and ``match`` (``name``, ``skeleton``,
        ``coordinates``, ``added``).
    new_places : pandas.DataFrame
        Places added (places.csv columns).
    problems : list of Problem
        Warnings: rows left out, places added, unknown ``actor2``.
    suggested_map : pandas.DataFrame or None
        When some ``actor2`` names no theatre actor: a map to fill in for them.
    """

    events: pd.DataFrame
    new_places: pd.DataFrame
    problems: list[Problem] = field(default_factory=list)
    suggested_map: pd.DataFrame | None = None


def _km(lat1: float, lon1: float, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    """Great-circle distance in km (a sphere is plenty to tell homonyms apart)."""
    p1, p2 = math.radians(lat1), np.radians(lat2)
    dlat = p2 - p1
    dlon = np.radians(lon2) - math.radians(lon1)
    a = np.sin(dlat / 2) ** 2 + math.cos(p1) * np.cos(p2) * np.sin(dlon / 2) ** 2
    return 2 * _EARTH_KM * np.arcsin(np.sqrt(np.clip(a, 0, 1)))


def _parse_acled_date(text: str) -> tuple[dt.date | None, str | None]:
    day, err = parse_day(text)
    if day is not None:
        return day, None
    for fmt in ("%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%d-%b-%Y"):
        try:
            day = dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
        out = range_problem(day, text.strip())
        return (None, out) if out else (day, None)
    return None, err


def read_acled(
    path: str | Path,
    *,
    places: pd.DataFrame,
    place_index: NameIndex,
    actor_index: NameIndex,
    max_km: float = 25.0,
    new_place_kind: str = "village",
    confidence: str = "claimed",
    actor_map: ActorMap | None = None,
) -> AcledImport:
    """Turn the territory rows of an ACLED-style CSV into draft events.

    Parameters
    ----------
    path : str or Path
        The CSV (comma-separated, UTF-8, header on line 1).
    places : pandas.DataFrame
        The theatre's gazetteer: ``id``, ``name``, ``lat``, ``lon``.
    place_index, actor_index : NameIndex
        Name resolution for places and actors (from
        ``geomap.inputs.load_inputs``).
    max_km : float, default 25
        How far ACLED's coordinates may lie from a matched place.
    new_place_kind : str, default "village"
        ``kind`` of places added.
    confidence : {"confirmed", "claimed", "disputed"}, default "claimed"
        Written in every draft (ACLED reports what sources say).
    actor_map : ActorMap, optional
        ACLED actor names → theatre actors (:func:`geomap.importers.actor_map.read_actor_map`),
        tried before the theatre's own names and aliases.

    Returns
    -------
    AcledImport

    Raises
    ------
    UnknownActorsError
        When ``actor1`` names no theatre actor: every problem, and a suggested actor map
        (``.suggested_map``) listing each unknown name with its row count and nearest actors.
    InputError
        Listing every error: unreadable file, missing columns, bad dates or
        coordinates.
    """
    if confidence not in ("confirmed", "claimed", "disputed"):
        raise ValueError(f"confidence must be confirmed, claimed or disputed, not {confidence!r}")
    if max_km <= 0:
        raise ValueError(f"max_km must be positive, got {max_km}")
    path = Path(path)
    display = str(path)
    c = ProblemCollector()
    table = read_csv(
        path, required=ACLED_COLUMNS, optional=_ACLED_OPTIONAL, problems=c, display=display
    )
    if table is None:
        raise InputError(c.problems)
    gaz = _Gazetteer.of(places, place_index, max_km)
    added: dict[tuple[str, float, float], dict[str, Any]] = {}
    events = []
    other_types: dict[str, int] = {}
    actors = _Actors(actor_index, actor_map)
    for line, row in table:
        kind = " ".join(row["sub_event_type"].split()).casefold()
        if kind not in TERRITORY_SUB_EVENTS:
            label = row["sub_event_type"] or "(empty)"
            other_types[label] = other_types.get(label, 0) + 1
            continue
        checked = _check_row(c, display, line, row, actors)
        if checked is None:
            continue
        day, lat, lon, to_actor, from_actor = checked
        place, how = gaz.match(row["location"], lat, lon)
        if place is None:
            key = (normalize(row["location"]), round(lat, 3), round(lon, 3))
            if key not in added:
                added[key] = gaz.add(c, display, line, row, lat, lon, how, new_place_kind)
            place, how = added[key]["id"], "added"
        events.append(_draft(row, kind, day, place, how, to_actor, from_actor, confidence, line))
    _report_other_types(c, display, other_types)
    if actors.unknown:
        suggested = suggest_actor_map(actors.unknown, actor_index)
        if actors.unknown_takers:
            raise UnknownActorsError(c.problems, suggested)
    else:
        suggested = None
    c.raise_if_errors()
    cols = [*EVENT_COLUMNS, "acled_line", "match"]
    df = pd.DataFrame(events, columns=cols)
    if len(df):
        df = df.sort_values(["date", "acled_line"], kind="stable").reset_index(drop=True)
    new_places = pd.DataFrame(list(added.values()), columns=list(PLACES_COLUMNS))
    return AcledImport(
        events=df, new_places=new_places, problems=c.problems, suggested_map=suggested
    )


@dataclass
class _Gazetteer:
    """The theatre's places as the matcher needs them: ids, coordinates, names."""

    place_ids: list[str]
    place_lat: np.ndarray
    place_lon: np.ndarray
    pos: dict[str, int]
    by_name: dict[str, list[str]]
    taken: set[str]
    index: NameIndex
    max_km: float

    @classmethod
    def of(cls, places: pd.DataFrame, index: NameIndex, max_km: float) -> _Gazetteer:
        place_ids = places["id"].astype(str).tolist()
        place_lat = places["lat"].to_numpy(float) if len(places) else np.zeros(0)
        place_lon = places["lon"].to_numpy(float) if len(places) else np.zeros(0)
        pos = {pid: n for n, pid in enumerate(place_ids)}
        by_name: dict[str, list[str]] = {}
        alt_col = places["alt_names"] if "alt_names" in places.columns else [[]] * len(places)
        for pid, name, alts in zip(place_ids, places["name"], alt_col, strict=True):
            alts = alts.split(";") if isinstance(alts, str) else list(alts or [])
            for text in [name, *alts]:
                if str(text).strip():
                    by_name.setdefault(normalize(str(text)), []).append(pid)
        return cls(place_ids, place_lat, place_lon, pos, by_name, set(place_ids), index, max_km)

    def match(self, location: str, lat: float, lon: float) -> tuple[str | None, str]:
        """``(place id, how)``, or ``(None, why not)``: see :func:`_match_place`."""
        return _match_place(
            location,
            lat,
            lon,
            self.index,
            self.pos,
            self.place_lat,
            self.place_lon,
            self.max_km,
            self.by_name,
        )

    def add(
        self,
        c: ProblemCollector,
        display: str,
        line: int,
        row: dict[str, str],
        lat: float,
        lon: float,
        how: str,
        kind: str,
    ) -> dict[str, Any]:
        """A new place at the event's coordinates, reported with the nearest known place."""
        base = slugify(row["location"]) or "place"
        ident, n = base, 2
        while ident in self.taken:
            ident, n = f"{base}-{n}", n + 1
        self.taken.add(ident)
        near = ""
        if len(self.place_lat):
            dist = _km(lat, lon, self.place_lat, self.place_lon)
            k = int(np.argmin(dist))
            if dist[k] <= self.max_km:
                near = f"; {self.place_ids[k]!r} lies {dist[k]:.1f} km away: if they are one place, add the name to its alt_names instead"
        event_id = row.get("event_id_cnty", "")
        c.add(
            display,
            line,
            "location",
            f"{row['location']!r} is not in the gazetteer ({how}): added as place {ident!r} at ({lat}, {lon}){near}",
            "review the new places file before merging it into places.csv",
            "warning",
        )
        return {
            "id": ident,
            "name": row["location"],
            "alt_names": "",
            "lat": lat,
            "lon": lon,
            "kind": kind,
            "admin1": row["admin1"],
            "country": row.get("iso3", "").upper() if len(row.get("iso3", "")) == 3 else "",
            "geonames_id": None,
            "source": f"ACLED {event_id}".rstrip() + ": coordinates of the event",
            "note": f"added by geomap import-acled ({how}); kind not given by ACLED",
        }


class UnknownActorsError(InputError):
    """ACLED actor names that neither the actor map nor actors.csv knows.

    Attributes
    ----------
    suggested_map : pandas.DataFrame
        A map to fill in (:func:`geomap.importers.actor_map.suggest_actor_map`).
    """

    def __init__(self, problems, suggested_map: pd.DataFrame):
        super().__init__(problems)
        self.suggested_map = suggested_map


_MAP_HINT = (
    "map it to a theatre actor in an --actor-map file (a suggested map is written when names "
    "are unknown), or add it as an alias in actors.csv"
)


class _Actors:
    """ACLED actor names → theatre actor ids: the actor map first, then actors.csv."""

    def __init__(self, index: NameIndex, amap: ActorMap | None):
        self.index, self.amap = index, amap
        self.unknown: dict[str, int] = {}
        self.unknown_takers: set[str] = set()

    def resolve(self, name: str, *, taker: bool) -> str:
        """Raises NameResolutionError (and remembers the name) when nobody knows it."""
        if self.amap is not None:
            mapped = self.amap.resolve(name)
            if mapped:
                return mapped
        try:
            return self.index.resolve(name).id
        except NameResolutionError:
            self.unknown[name] = self.unknown.get(name, 0) + 1
            if taker:
                self.unknown_takers.add(name)
            raise


def _check_row(
    c: ProblemCollector, display: str, line: int, row: dict[str, str], actors: _Actors
) -> tuple[dt.date, float, float, str, str | None] | None:
    """``(day, lat, lon, to_actor, from_actor)`` of a territory row, or None (reported)."""
    ok = True
    day, err = _parse_acled_date(row["event_date"])
    if err:
        c.add(display, line, "event_date", err, "write 2017-05-25 or 25 May 2017")
        ok = False
    lat, lon, coords_ok = check_latlon(
        c, display, line, (row["latitude"], row["longitude"]), ("latitude", "longitude")
    )
    ok &= coords_ok
    to_actor = from_actor = None
    if not row["actor1"]:
        c.add(
            display,
            line,
            "actor1",
            "missing actor1 (the side that takes the ground)",
            "fill it in",
        )
        ok = False
    else:
        try:
            to_actor = actors.resolve(row["actor1"], taker=True)
        except NameResolutionError as exc:
            c.add(display, line, "actor1", str(exc), _MAP_HINT)
            ok = False
    if row["actor2"]:
        try:
            from_actor = actors.resolve(row["actor2"], taker=False)
        except NameResolutionError as exc:
            c.add(
                display,
                line,
                "actor2",
                f"{exc}; from_actor left empty",
                _MAP_HINT + ", to check it against the known holder",
                "warning",
            )
    if not row["location"]:
        c.add(display, line, "location", "missing location", "give the place name")
        ok = False
    return (day, lat, lon, to_actor, from_actor) if ok else None


def _draft(
    row: dict[str, str],
    kind: str,
    day: dt.date,
    place: str,
    how: str,
    to_actor: str,
    from_actor: str | None,
    confidence: str,
    line: int,
) -> dict[str, Any]:
    """One draft event (events.csv columns, plus ``acled_line`` and ``match``)."""
    event_id = row.get("event_id_cnty", "")
    notes = " ".join(row["notes"].split())
    actors_text = row["actor1"] + (f" / {row['actor2']}" if row["actor2"] else "")
    return {
        "date": day.isoformat(),
        "place": place,
        "geometry": "",
        "to_actor": to_actor,
        "from_actor": from_actor or "",
        "confidence": confidence,
        "claimed_area_km2": "",
        "source": ("ACLED " + event_id + ": " if event_id else "ACLED: ") + row["source"],
        "source_url": "",
        "note": f"{TERRITORY_SUB_EVENTS[kind]} ({actors_text})" + (f": {notes}" if notes else ""),
        "acled_line": line,
        "match": how,
    }


def _report_other_types(c: ProblemCollector, display: str, other_types: dict[str, int]) -> None:
    """One warning counting the rows that are not territory changes."""
    if not other_types:
        return
    listed = ", ".join(
        f"{k!r} ×{v}" for k, v in sorted(other_types.items(), key=lambda kv: -kv[1])[:6]
    )
    c.add(
        display,
        None,
        "sub_event_type",
        f"{sum(other_types.values())} row(s) are not territory changes and were left out ({listed})",
        "only " + ", ".join(repr(v) for v in TERRITORY_SUB_EVENTS.values()) + " become events",
        "warning",
    )


def _match_place(
    location: str,
    lat: float,
    lon: float,
    index: NameIndex,
    pos: dict[str, int],
    place_lat: np.ndarray,
    place_lon: np.ndarray,
    max_km: float,
    by_name: dict[str, list[str]],
) -> tuple[str | None, str]:
    """``(place id, how)``, or ``(None, why not)``.

    A name that resolves to a place too far from the event, or to several
    places, is settled by the coordinates: the one place of that name
    (normalised) within ``max_km``, if there is exactly one.
    """
    try:
        match = index.resolve(location)
    except NameResolutionError as exc:
        if not exc.ambiguous:
            return None, "unknown name"
        ids = [ident for ident, _label in exc.candidates if ident in pos]
        near = _near(ids, lat, lon, pos, place_lat, place_lon, max_km)
        if len(near) == 1:
            return near[0], "coordinates"
        return None, f"ambiguous name, {len(near)} candidates within {max_km:g} km"
    if match.id not in pos:
        return match.id, match.how
    k = pos[match.id]
    dist = float(_km(lat, lon, place_lat[[k]], place_lon[[k]])[0])
    if dist <= max_km:
        return match.id, match.how
    near = _near(by_name.get(normalize(location), []), lat, lon, pos, place_lat, place_lon, max_km)
    if len(near) == 1:
        return near[0], "coordinates"
    return None, f"the name matches {match.id!r}, {dist:.0f} km from the event: a homonym"


def _near(ids, lat, lon, pos, place_lat, place_lon, max_km) -> list[str]:
    ids = [i for i in dict.fromkeys(ids) if i in pos]
    if not ids:
        return []
    dist = _km(lat, lon, place_lat[[pos[i] for i in ids]], place_lon[[pos[i] for i in ids]])
    return [i for i, d in zip(ids, dist, strict=True) if d <= max_km]


# re-exported for the CLI
write_new_places = write_places
