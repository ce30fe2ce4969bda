"""Loading and validating a theatre folder (DESIGN §1).

:func:`load_inputs` reads ``theatre.toml``, ``actors.csv``, ``places.csv``,
the optional ``areas.geojson``, ``control.csv``, ``events.csv`` and the
optional ``claims.csv``; checks every value where it enters; and either
returns a :class:`TheatreInputs` or raises one :class:`~geomap.errors.InputError`
listing *every* problem found, each as ``file:line: field: what; how to fix``.
Nothing is dropped or repaired silently: rows with errors make the load fail,
and warnings stay on ``TheatreInputs.problems``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry import shape

from . import boundaries
from ._csv import read_csv
from ._parse import (
    DATE_HINT,
    HEX_COLOR,
    lonlat_problem,
    parse_day,
    parse_float,
    parse_geometry,
    parse_when,
)
from .errors import InputError, NameResolutionError, Problem
from .names import NameIndex

__all__ = ["TheatreMeta", "TheatreInputs", "load_inputs", "read_events", "CONFIDENCE"]

CONFIDENCE = ("confirmed", "claimed", "disputed")
_ACTOR_ID = re.compile(r"^[A-Za-z0-9_]+$")
_PLACE_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_THEATRE_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_ISO3 = re.compile(r"^[A-Z]{3}$")

ACTOR_COLUMNS = (["id", "name", "color"], ["aliases", "note"])
PLACE_COLUMNS = (
    ["id", "name", "lat", "lon", "kind", "source"],
    ["alt_names", "admin1", "country", "geonames_id", "note", "cell_radius_km", "show"],
)
CONTROL_COLUMNS = (["as_of", "place", "actor"], ["source", "note"])
EVENT_COLUMNS = (
    ["date", "to_actor", "source"],
    ["place", "geometry", "from_actor", "confidence", "claimed_area_km2", "source_url", "note"],
)
#: Column order of the files geomap writes (drafts, imports): the documented order.
EVENTS_CSV_ORDER = (
    "date",
    "place",
    "geometry",
    "to_actor",
    "from_actor",
    "confidence",
    "claimed_area_km2",
    "source",
    "source_url",
    "note",
)
PLACES_CSV_ORDER = (
    "id",
    "name",
    "alt_names",
    "lat",
    "lon",
    "kind",
    "admin1",
    "country",
    "geonames_id",
    "source",
    "note",
)
CLAIM_COLUMNS = (
    ["id", "actor", "start", "end", "figure", "claimant", "source"],
    ["source_url", "note"],
)
_TOML_KEYS = {
    "theatre": {"name", "title", "description"},
    "aoi": {"countries", "path"},
    "model": {"cell_radius_km", "sensitivity_radii_km"},
    "dates": {"start", "end"},
    "data": {"licence", "attribution", "sources"},
    "map": {"view"},
    "snapshots": None,  # read by geomap.snapshots
}

OnInvalid = Literal["raise", "fix"]


@dataclass
class TheatreMeta:
    """Settings from ``theatre.toml``."""

    name: str
    title: str
    description: str = ""
    aoi_countries: list[str] = field(default_factory=list)
    aoi_path: str | None = None
    cell_radius_km: float = 30.0
    sensitivity_radii_km: list[float] = field(default_factory=list)
    start: dt.date | None = None
    end: dt.date | None = None
    licence: str = ""
    attribution: str = ""
    sources: str = ""
    snapshots: dict[str, Any] | None = None
    #: ``[map] view``: ``"action"`` (default), ``"aoi"`` or ``[west, south, east, north]``.
    map_view: str | list[float] = "action"


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

    @property
    def aoi_geometry(self) -> shapely.Geometry:
        return self.aoi.geometry.iloc[0]

    @property
    def snapshot_date(self) -> dt.date | None:
        return None if self.control.empty else self.control["as_of"].iloc[0]


class _Collector:
    def __init__(self, root: Path):
        self.root = root
        self.problems: list[Problem] = []
        # (id, name, aliases) of every row whose id is valid, even if another field is not:
        # references to them resolve, so one bad colour does not cascade into "unknown actor"
        self.actor_entries: list[tuple[str, str, list[str]]] = []
        self.place_entries: list[tuple[str, str, list[str]]] = []

    def file(self, name: str) -> str:
        return str(self.root / name)

    def add(self, file: str, line, fld, msg, hint="", severity="error"):
        self.problems.append(Problem(file, line, fld, msg, hint, severity))

    @property
    def n_errors(self) -> int:
        return sum(p.is_error for p in self.problems)


# --------------------------------------------------------------------------- theatre.toml
def _read_meta(c: _Collector) -> TheatreMeta | None:
    disp = c.file("theatre.toml")
    path = c.root / "theatre.toml"
    if not c.root.is_dir():
        c.add(
            str(c.root),
            None,
            None,
            "not a folder",
            "give the path of a theatre folder (with theatre.toml)",
        )
        return None
    if not path.is_file():
        c.add(
            disp,
            None,
            None,
            "file not found",
            "every theatre folder needs a theatre.toml; see docs/architecture.md",
        )
        return None
    try:
        raw = tomllib.loads(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError:
        c.add(disp, None, None, "not valid UTF-8", "save the file as UTF-8")
        return None
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        c.add(
            disp,
            int(m[1]) if m else None,
            None,
            f"not valid TOML ({exc})",
            "fix the syntax (strings need quotes)",
        )
        return None
    lines = path.read_text(encoding="utf-8-sig").splitlines()

    def line_of(key: str) -> int | None:
        for i, text in enumerate(lines, 1):
            if re.match(rf"\s*{re.escape(key)}\s*=", text):
                return i
        return None

    for section, value in raw.items():
        if section not in _TOML_KEYS:
            c.add(
                disp,
                None,
                section,
                "unknown section, ignored",
                f"known sections: {', '.join(_TOML_KEYS)}",
                "warning",
            )
            continue
        allowed = _TOML_KEYS[section]
        if allowed is None:
            continue
        if not isinstance(value, dict):
            c.add(
                disp,
                line_of(section),
                section,
                "must be a [table]",
                f"write [{section}] on its own line",
            )
            continue
        for key in value:
            if key not in allowed:
                c.add(
                    disp,
                    line_of(key),
                    f"{section}.{key}",
                    "unknown key, ignored",
                    f"known keys: {', '.join(sorted(allowed))}",
                    "warning",
                )

    th = raw.get("theatre", {}) if isinstance(raw.get("theatre"), dict) else {}
    name = str(th.get("name", "")).strip()
    if not name:
        c.add(disp, None, "theatre.name", "missing", 'add name = "my-theatre" under [theatre]')
    elif not _THEATRE_NAME.match(name):
        c.add(
            disp,
            line_of("name"),
            "theatre.name",
            f"{name!r} is not a valid name",
            "use lower-case letters, digits and hyphens",
        )
    meta = TheatreMeta(
        name=name, title=str(th.get("title", name)), description=str(th.get("description", ""))
    )

    aoi = raw.get("aoi", {}) if isinstance(raw.get("aoi"), dict) else {}
    countries, apath = aoi.get("countries"), aoi.get("path")
    if (countries is None) == (apath is None):
        c.add(
            disp,
            None,
            "aoi",
            "give exactly one of aoi.countries and aoi.path",
            'e.g. [aoi] countries = ["SYR"]',
        )
    elif countries is not None:
        if (
            not isinstance(countries, list)
            or not countries
            or not all(isinstance(x, str) for x in countries)
        ):
            c.add(
                disp,
                line_of("countries"),
                "aoi.countries",
                f"{countries!r} is not a list of codes",
                'write countries = ["SYR"]',
            )
        else:
            meta.aoi_countries = [x.strip().upper() for x in countries]
    else:
        meta.aoi_path = str(apath)

    model = raw.get("model", {}) if isinstance(raw.get("model"), dict) else {}
    radius = model.get("cell_radius_km", 30.0)
    if isinstance(radius, bool) or not isinstance(radius, int | float) or not 0 < radius <= 2000:
        c.add(
            disp,
            line_of("cell_radius_km"),
            "model.cell_radius_km",
            f"{radius!r} is not a radius in km",
            "give a number between 0 and 2000, e.g. 30",
        )
    else:
        meta.cell_radius_km = float(radius)
    radii = model.get("sensitivity_radii_km", [])
    if not isinstance(radii, list) or not all(
        isinstance(r, int | float) and not isinstance(r, bool) and 0 < r <= 2000 for r in radii
    ):
        c.add(
            disp,
            line_of("sensitivity_radii_km"),
            "model.sensitivity_radii_km",
            f"{radii!r} is not a list of radii",
            "e.g. [15, 30, 50]",
        )
    else:
        meta.sensitivity_radii_km = [float(r) for r in radii]

    dates = raw.get("dates", {}) if isinstance(raw.get("dates"), dict) else {}
    for key in ("start", "end"):
        if key in dates:
            value = dates[key]
            if isinstance(value, dt.datetime):
                value = value.date()
            if isinstance(value, dt.date):
                setattr(meta, key, value)
            else:
                day, err = parse_day(str(value))
                if err:
                    c.add(disp, line_of(key), f"dates.{key}", err, DATE_HINT)
                setattr(meta, key, day)
    if meta.start and meta.end and meta.start > meta.end:
        c.add(
            disp,
            line_of("end"),
            "dates.end",
            f"{meta.end} is before dates.start {meta.start}",
            "swap them",
        )

    data = raw.get("data", {}) if isinstance(raw.get("data"), dict) else {}
    meta.licence = str(data.get("licence", ""))
    meta.attribution = str(data.get("attribution", ""))
    meta.sources = str(data.get("sources", ""))
    if not meta.licence:
        c.add(
            disp,
            None,
            "data.licence",
            "no licence stated",
            "say under [data] what licence the data is under",
            "warning",
        )
    meta.snapshots = raw.get("snapshots") if isinstance(raw.get("snapshots"), dict) else None
    mp = raw.get("map", {}) if isinstance(raw.get("map"), dict) else {}
    if "view" in mp:
        view, err = _map_view(mp["view"])
        if err:
            c.add(disp, line_of("view"), "map.view", err, _VIEW_HINT)
        else:
            meta.map_view = view
    return meta


_VIEW_HINT = (
    'write view = "action" (the places that change hands), view = "aoi" (the whole area '
    "of interest) or view = [west, south, east, north] in degrees, e.g. [36.0, 33.0, 40.5, 35.5]"
)


def _map_view(value: Any) -> tuple[str | list[float], str | None]:
    """``[map] view`` checked: a keyword or a box in degrees; (value, error)."""
    if isinstance(value, str):
        if value in ("action", "aoi"):
            return value, None
        return "action", f"{value!r} is not a view"
    if not isinstance(value, list) or len(value) != 4:
        return "action", f"{value!r} is not a view (expected 4 numbers or a keyword)"
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value):
        return "action", f"{value!r}: the four values must be numbers"
    w, s_, e, n = (float(v) for v in value)
    if not (-180 <= w < e <= 180):
        return "action", f"{value!r}: west {w:g} must be less than east {e:g}, both in -180..180"
    if not (-85 <= s_ < n <= 85):
        return "action", f"{value!r}: south {s_:g} must be less than north {n:g}, both in -85..85"
    return [w, s_, e, n], None


def _load_aoi(c: _Collector, meta: TheatreMeta) -> shapely.Geometry | None:
    try:
        if meta.aoi_countries:
            return boundaries.country_outline(meta.aoi_countries, file=c.file("theatre.toml"))
        if meta.aoi_path:
            p = (c.root / meta.aoi_path).resolve()
            if not p.is_file():
                c.add(
                    c.file("theatre.toml"),
                    None,
                    "aoi.path",
                    f"{meta.aoi_path!r} not found",
                    "give a path relative to the theatre folder",
                )
                return None
            return boundaries.aoi_from_file(p, display=str(c.root / meta.aoi_path))
    except InputError as exc:
        c.problems.extend(exc.problems)
    return None


# --------------------------------------------------------------------------- actors
def _read_actors(c: _Collector) -> pd.DataFrame:
    disp = c.file("actors.csv")
    table = read_csv(
        c.root / "actors.csv",
        required=ACTOR_COLUMNS[0],
        optional=ACTOR_COLUMNS[1],
        problems=c.problems,
        display=disp,
    )
    rows = []
    first_line: dict[str, int] = {}
    for line, row in table or []:
        ok = True
        ident = row["id"]
        if not ident:
            c.add(disp, line, "id", "missing id", "give each actor a short code, e.g. GOV")
            ok = False
        elif not _ACTOR_ID.match(ident):
            c.add(
                disp,
                line,
                "id",
                f"{ident!r} is not a valid actor id",
                "use letters, digits and _ only",
            )
            ok = False
        elif ident in first_line:
            c.add(
                disp,
                line,
                "id",
                f"duplicate id {ident!r} (first on line {first_line[ident]})",
                "give each actor its own id",
            )
            ok = False
        else:
            first_line[ident] = line
        if not row["name"]:
            c.add(disp, line, "name", "missing name", "give the actor's name")
            ok = False
        color = row["color"]
        if not HEX_COLOR.match(color):
            c.add(
                disp, line, "color", f"{color!r} is not a hex colour", "write #rrggbb, e.g. #d62728"
            )
            ok = False
        aliases = [a.strip() for a in row.get("aliases", "").split(";") if a.strip()]
        if ident and _ACTOR_ID.match(ident) and first_line.get(ident) == line:
            c.actor_entries.append((ident, row["name"] or ident, aliases))
        if ok:
            rows.append(
                {
                    "id": ident,
                    "name": row["name"],
                    "aliases": aliases,
                    "color": color.lower(),
                    "note": row.get("note", ""),
                    "line": line,
                }
            )
    return pd.DataFrame(rows, columns=["id", "name", "aliases", "color", "note", "line"])


# --------------------------------------------------------------------------- places
def _read_places(c: _Collector) -> pd.DataFrame:
    disp = c.file("places.csv")
    table = read_csv(
        c.root / "places.csv",
        required=PLACE_COLUMNS[0],
        optional=PLACE_COLUMNS[1],
        problems=c.problems,
        display=disp,
    )
    rows = []
    first_line: dict[str, int] = {}
    for line, row in table or []:
        ok = True
        ident = row["id"]
        if not ident:
            c.add(disp, line, "id", "missing id", "give each place a short id, e.g. palmyra")
            ok = False
        elif not _PLACE_ID.match(ident):
            c.add(
                disp,
                line,
                "id",
                f"{ident!r} is not a valid place id",
                "use lower-case letters, digits, - and _",
            )
            ok = False
        elif ident in first_line:
            c.add(
                disp,
                line,
                "id",
                f"duplicate id {ident!r} (first on line {first_line[ident]})",
                "give each place its own id",
            )
            ok = False
        else:
            first_line[ident] = line
        if not row["name"]:
            c.add(
                disp,
                line,
                "name",
                "missing name (empty or only white space)",
                "give the place's name",
            )
            ok = False
        lat, err_lat = parse_float(row["lat"], what="latitude")
        lon, err_lon = parse_float(row["lon"], what="longitude")
        for fld, err in (("lat", err_lat), ("lon", err_lon)):
            if err:
                c.add(disp, line, fld, err, "give decimal degrees (WGS84), e.g. 34.56")
                ok = False
        if lat is not None and lon is not None:
            if not -90 <= lat <= 90:
                swapped = -90 <= lon <= 90 and -180 <= lat <= 180
                c.add(
                    disp,
                    line,
                    "lat",
                    f"latitude {lat} is out of range -90..90",
                    "lat and lon look swapped; swap them" if swapped else "give decimal degrees",
                )
                ok = False
            elif not -180 <= lon <= 180:
                c.add(
                    disp,
                    line,
                    "lon",
                    f"longitude {lon} is out of range -180..180",
                    "give decimal degrees",
                )
                ok = False
        if not row["kind"]:
            c.add(
                disp,
                line,
                "kind",
                "missing kind",
                "e.g. city, town, village, mine, gasfield, airbase, crossing, junction, area",
            )
            ok = False
        country = row.get("country", "")
        if country and not _ISO3.match(country):
            c.add(disp, line, "country", f"{country!r} is not an ISO-3 code", "e.g. SYR")
            ok = False
        gid = row.get("geonames_id", "")
        if gid and not gid.isdigit():
            c.add(
                disp,
                line,
                "geonames_id",
                f"{gid!r} is not a GeoNames id",
                "give the integer id, or leave it empty",
            )
            ok = False
        if not row["source"]:
            c.add(
                disp,
                line,
                "source",
                "no source given",
                "say where the coordinates come from",
                "warning",
            )
        own_radius = None
        if row.get("cell_radius_km", ""):
            own_radius, rerr = parse_float(row["cell_radius_km"], what="radius in km")
            if rerr or not 0 < own_radius <= 2000:
                c.add(
                    disp,
                    line,
                    "cell_radius_km",
                    rerr or f"{own_radius} is not a radius in km",
                    "give a number of km between 0 and 2000, or leave it empty for the theatre's radius",
                )
                ok = False
        show = row.get("show", "").strip().lower() or "yes"
        if show not in ("yes", "no"):
            c.add(
                disp, line, "show", f"{row['show']!r} is not yes or no", "write yes, no or nothing"
            )
            ok = False
        alt = [a.strip() for a in row.get("alt_names", "").split(";") if a.strip()]
        if ident and _PLACE_ID.match(ident) and first_line.get(ident) == line:
            c.place_entries.append((ident, row["name"] or ident, alt))
        if ok:
            rows.append(
                {
                    "id": ident,
                    "name": row["name"],
                    "alt_names": alt,
                    "lat": lat,
                    "lon": lon,
                    "kind": row["kind"],
                    "admin1": row.get("admin1", ""),
                    "country": country,
                    "geonames_id": int(gid) if gid else None,
                    "source": row["source"],
                    "note": row.get("note", ""),
                    "cell_radius_km": own_radius if own_radius is not None else float("nan"),
                    "show": show == "yes",
                    "line": line,
                }
            )
    cols = [*PLACES_CSV_ORDER, "cell_radius_km", "show", "line"]
    df = pd.DataFrame(rows, columns=cols)
    # the same point under two ids is probably one place entered twice
    if len(df):
        key = df["lat"].round(4).astype(str) + "," + df["lon"].round(4).astype(str)
        for _, grp in df[key.duplicated(keep=False)].groupby(key[key.duplicated(keep=False)]):
            first = grp.iloc[0]
            for _, other in grp.iloc[1:].iterrows():
                c.add(
                    disp,
                    int(other["line"]),
                    "lat,lon",
                    f"{other['id']!r} has the same coordinates as {first['id']!r} (line {first['line']})",
                    "if they are one place, keep one row and list the other name in alt_names",
                    "warning",
                )
    return df


def _place_checks_against_aoi(
    c: _Collector, places: pd.DataFrame, aoi: shapely.Geometry
) -> np.ndarray:
    """Flag places outside the AOI; error when swapping lat/lon would put them inside."""
    disp = c.file("places.csv")
    if places.empty:
        return np.zeros(0, dtype=bool)
    pts = shapely.points(places["lon"].to_numpy(), places["lat"].to_numpy())
    shapely.prepare(aoi)
    inside = shapely.contains_xy(
        aoi, places["lon"].to_numpy(), places["lat"].to_numpy()
    ) | shapely.intersects(aoi, pts)
    swapped_inside = shapely.contains_xy(aoi, places["lat"].to_numpy(), places["lon"].to_numpy())
    for i in np.flatnonzero(~inside):
        row = places.iloc[i]
        if swapped_inside[i]:
            c.add(
                disp,
                int(row["line"]),
                "lat,lon",
                f"({row['lat']}, {row['lon']}) is outside the area of interest but inside it with lat and lon swapped",
                "swap the lat and lon values",
            )
        else:
            c.add(
                disp,
                int(row["line"]),
                "lat,lon",
                f"{row['name']!r} ({row['lat']}, {row['lon']}) is outside the area of interest: it owns no territory",
                "fine for a reference place; otherwise check the coordinates",
                "warning",
            )
    return inside


# --------------------------------------------------------------------------- areas.geojson
def _read_areas(c: _Collector, place_ids: set[str], on_invalid: OnInvalid) -> gpd.GeoDataFrame:
    path = c.root / "areas.geojson"
    disp = c.file("areas.geojson")
    empty = gpd.GeoDataFrame(
        {"place": pd.Series(dtype=str), "feature": pd.Series(dtype=int)},
        geometry=gpd.GeoSeries([], crs="EPSG:4326"),
        crs="EPSG:4326",
    )
    if not path.exists():
        return empty
    try:
        obj = json.loads(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError:
        c.add(disp, None, None, "not valid UTF-8", "save the file as UTF-8")
        return empty
    except json.JSONDecodeError as exc:
        c.add(disp, exc.lineno, None, f"not valid JSON ({exc.msg})", "fix the JSON syntax")
        return empty
    if (
        not isinstance(obj, dict)
        or obj.get("type") != "FeatureCollection"
        or not isinstance(obj.get("features"), list)
    ):
        c.add(
            disp,
            None,
            "type",
            "not a GeoJSON FeatureCollection",
            'write {"type": "FeatureCollection", "features": [...]}',
        )
        return empty
    crs = (obj.get("crs") or {}).get("properties", {}).get("name", "")
    if crs and not any(s in crs for s in ("CRS84", "4326")):
        c.add(
            disp,
            None,
            "crs",
            f"CRS {crs!r} is not longitude/latitude WGS84",
            "reproject to EPSG:4326",
        )
        return empty
    rows, geoms = [], []
    seen: dict[str, int] = {}
    for i, feat in enumerate(obj["features"]):
        fld = f"features[{i}]"
        props = (feat or {}).get("properties") or {}
        place = str(props.get("place", "")).strip()
        if not place:
            c.add(
                disp,
                None,
                f"{fld}.properties.place",
                "missing place id",
                "set properties.place to the id of a place in places.csv",
            )
            continue
        if place not in place_ids:
            c.add(
                disp,
                None,
                f"{fld}.properties.place",
                f"unknown place id {place!r}",
                "use an id from places.csv",
            )
            continue
        if place in seen:
            c.add(
                disp,
                None,
                f"{fld}.properties.place",
                f"{place!r} already has an extent (feature {seen[place]})",
                "merge them into one MultiPolygon",
            )
            continue
        try:
            geom = shape(feat.get("geometry"))
        except (ValueError, TypeError, AttributeError, KeyError, IndexError) as exc:
            c.add(
                disp,
                None,
                f"{fld}.geometry",
                f"not a valid GeoJSON geometry ({exc})",
                "write a Polygon or MultiPolygon",
            )
            continue
        if geom.geom_type not in ("Polygon", "MultiPolygon") or geom.is_empty:
            c.add(
                disp,
                None,
                f"{fld}.geometry",
                f"a {geom.geom_type}, not a polygon",
                "an extent must be a Polygon or MultiPolygon",
            )
            continue
        geom = shapely.force_2d(geom)
        bad_crs = lonlat_problem(geom)
        if bad_crs:
            c.add(
                disp, None, f"{fld}.geometry", bad_crs, "reproject to EPSG:4326 longitude/latitude"
            )
            continue
        if not geom.is_valid:
            reason = shapely.is_valid_reason(geom)
            if on_invalid == "fix":
                fixed = shapely.make_valid(geom)
                fixed = shapely.union_all(
                    [
                        g
                        for g in getattr(fixed, "geoms", [fixed])
                        if g.geom_type in ("Polygon", "MultiPolygon")
                    ]
                )
                c.add(
                    disp,
                    None,
                    f"{fld}.geometry",
                    f"invalid polygon for {place!r} ({reason}); fixed with make_valid as asked",
                    "repair it at the source",
                    "warning",
                )
                geom = fixed
            else:
                c.add(
                    disp,
                    None,
                    f"{fld}.geometry",
                    f"invalid polygon for {place!r}: {reason}",
                    "repair it (e.g. QGIS 'Fix geometries'), or load with on_invalid='fix'",
                )
                continue
        seen[place] = i
        rows.append({"place": place, "feature": i})
        geoms.append(geom)
    if not rows:
        return empty
    return gpd.GeoDataFrame(rows, geometry=geoms, crs="EPSG:4326")


# --------------------------------------------------------------------------- control.csv
def _resolve(c, disp, line, fld, index: NameIndex, value: str, *, what: str) -> str | None:
    if not value:
        c.add(disp, line, fld, f"missing {what}", f"give a {what} id or name")
        return None
    try:
        return index.resolve(value).id
    except NameResolutionError as exc:
        c.add(disp, line, fld, str(exc), exc.hint)
        return None


def _read_control(c: _Collector, places: NameIndex, actors: NameIndex) -> pd.DataFrame:
    disp = c.file("control.csv")
    table = read_csv(
        c.root / "control.csv",
        required=CONTROL_COLUMNS[0],
        optional=CONTROL_COLUMNS[1],
        problems=c.problems,
        display=disp,
    )
    rows = []
    as_of_first: tuple[dt.date, int] | None = None
    seen: dict[str, tuple[str, int]] = {}
    for line, row in table or []:
        day, err = parse_day(row["as_of"])
        if err:
            c.add(disp, line, "as_of", err, DATE_HINT)
        elif as_of_first is None:
            as_of_first = (day, line)
        elif day != as_of_first[0]:
            c.add(
                disp,
                line,
                "as_of",
                f"{day} differs from {as_of_first[0]} (line {as_of_first[1]})",
                "the snapshot has one date: express later changes as events",
            )
        place = _resolve(c, disp, line, "place", places, row["place"], what="place")
        actor = _resolve(c, disp, line, "actor", actors, row["actor"], what="actor")
        if place and actor and day and not err:
            if place in seen:
                prev_actor, prev_line = seen[place]
                if prev_actor != actor:
                    c.add(
                        disp,
                        line,
                        "place",
                        f"{place!r} is given to {actor!r} here and to {prev_actor!r} on line {prev_line}",
                        "keep one holder per place in the snapshot",
                    )
                else:
                    c.add(
                        disp,
                        line,
                        "place",
                        f"{place!r} repeats line {prev_line}",
                        "remove the duplicate row",
                        "warning",
                    )
                continue
            seen[place] = (actor, line)
            rows.append(
                {
                    "as_of": day,
                    "place": place,
                    "actor": actor,
                    "source": row.get("source", ""),
                    "note": row.get("note", ""),
                    "line": line,
                }
            )
    return pd.DataFrame(rows, columns=["as_of", "place", "actor", "source", "note", "line"])


# --------------------------------------------------------------------------- events.csv
def read_events(
    path: str | Path,
    place_index: NameIndex,
    actor_index: NameIndex,
    *,
    problems: list[Problem],
    snapshot_date: dt.date | None = None,
    on_invalid: OnInvalid = "raise",
    display: str | None = None,
) -> pd.DataFrame:
    """Read and validate an events file (``events.csv`` or a drafts file).

    Every problem goes to ``problems``; rows with errors are left out of the
    returned table (and the caller fails the load).  The result is sorted in
    application order: by date, then by line.
    """
    path = Path(path)
    c = _Collector(path.parent)
    c.problems = problems
    disp = display or str(path)
    table = read_csv(
        path, required=EVENT_COLUMNS[0], optional=EVENT_COLUMNS[1], problems=problems, display=disp
    )
    cols = ["seq", "line", "date", "day", *EVENTS_CSV_ORDER[1:]]
    if table is None:
        return pd.DataFrame(columns=cols)
    if "place" not in table.header and "geometry" not in table.header:
        c.add(
            disp,
            1,
            "place",
            "neither a place nor a geometry column",
            "add a place column (or geometry for drawn areas)",
        )
        return pd.DataFrame(columns=cols)
    rows = []
    for line, row in table:
        ok = True
        when, err = parse_when(row["date"])
        if err:
            c.add(disp, line, "date", err, DATE_HINT)
            ok = False
        elif snapshot_date is not None and when.date() < snapshot_date:
            c.add(
                disp,
                line,
                "date",
                f"{when.date()} is before the initial snapshot ({snapshot_date})",
                "the snapshot already reflects earlier changes: remove the event or date the snapshot earlier",
            )
            ok = False
        place_txt, geom_txt = row.get("place", ""), row.get("geometry", "")
        place = geom = None
        if place_txt and geom_txt:
            c.add(
                disp,
                line,
                "place",
                "both a place and a geometry",
                "give one: a place, or a drawn geometry",
            )
            ok = False
        elif not place_txt and not geom_txt:
            c.add(
                disp,
                line,
                "place",
                "no place and no geometry",
                "name the place that changed hands (or draw its area in geometry)",
            )
            ok = False
        elif place_txt:
            place = _resolve(c, disp, line, "place", place_index, place_txt, what="place")
            ok &= place is not None
        else:
            geom, gerr = parse_geometry(geom_txt)
            if gerr is None and geom.geom_type not in ("Polygon", "MultiPolygon"):
                gerr = f"a {geom.geom_type}, not a polygon"
            if gerr is None:
                gerr = lonlat_problem(geom)
            if gerr is None and not geom.is_valid:
                reason = shapely.is_valid_reason(geom)
                if on_invalid == "fix":
                    fixed = shapely.make_valid(geom)
                    parts = [
                        g
                        for g in getattr(fixed, "geoms", [fixed])
                        if g.geom_type in ("Polygon", "MultiPolygon")
                    ]
                    c.add(
                        disp,
                        line,
                        "geometry",
                        f"invalid polygon ({reason}); fixed with make_valid as asked",
                        "repair it at the source",
                        "warning",
                    )
                    geom = shapely.union_all(parts)
                else:
                    gerr = f"invalid polygon: {reason}"
            if gerr:
                c.add(
                    disp,
                    line,
                    "geometry",
                    gerr,
                    "give a valid Polygon/MultiPolygon as WKT or GeoJSON in EPSG:4326 (lon lat)",
                )
                ok = False
        to_actor = _resolve(c, disp, line, "to_actor", actor_index, row["to_actor"], what="actor")
        ok &= to_actor is not None
        from_actor = None
        if row.get("from_actor", ""):
            from_actor = _resolve(
                c, disp, line, "from_actor", actor_index, row["from_actor"], what="actor"
            )
            ok &= from_actor is not None
        confidence = row.get("confidence", "").lower() or "confirmed"
        if confidence not in CONFIDENCE:
            c.add(
                disp,
                line,
                "confidence",
                f"{row['confidence']!r} is not a confidence level",
                f"use one of {', '.join(CONFIDENCE)}",
            )
            ok = False
        claimed = None
        if row.get("claimed_area_km2", ""):
            claimed, cerr = parse_float(
                row["claimed_area_km2"].replace("\u00a0", ""), what="number of km²"
            )
            if cerr or claimed < 0:
                c.add(
                    disp,
                    line,
                    "claimed_area_km2",
                    cerr or f"{claimed} is negative",
                    "give a plain number of km², e.g. 5000",
                )
                ok = False
        url = row.get("source_url", "")
        if url and not re.match(r"^https?://[^\s<>\"']+$", url, re.IGNORECASE):
            c.add(
                disp,
                line,
                "source_url",
                f"{url!r} is not an http(s) URL",
                "give a full http:// or https:// address, or leave it empty",
            )
            ok = False
        if not row["source"]:
            c.add(disp, line, "source", "no source given", "say who reported the change", "warning")
        if from_actor is not None and from_actor == to_actor:
            c.add(
                disp,
                line,
                "from_actor",
                f"from_actor and to_actor are both {to_actor!r}",
                "an event is a change of holder",
            )
            ok = False
        if ok:
            rows.append(
                {
                    "line": line,
                    "date": pd.Timestamp(when),
                    "day": when.date(),
                    "place": place,
                    "geometry": geom,
                    "to_actor": to_actor,
                    "from_actor": from_actor,
                    "confidence": confidence,
                    "claimed_area_km2": claimed,
                    "source": row["source"],
                    "source_url": url,
                    "note": row.get("note", ""),
                }
            )
    df = pd.DataFrame(rows, columns=[c for c in cols if c != "seq"])
    df = df.sort_values(["date", "line"], kind="stable").reset_index(drop=True)
    df.insert(0, "seq", np.arange(len(df)))
    _duplicate_events(c, disp, df)
    return df


def _duplicate_events(c: _Collector, disp: str, df: pd.DataFrame) -> None:
    if df.empty:
        return

    def text(v):
        return v if isinstance(v, str) else None

    target = [
        p if isinstance(p, str) else (g.wkb_hex if g is not None else None)
        for p, g in zip(df["place"].tolist(), df["geometry"].tolist(), strict=True)
    ]
    seen: dict[tuple, int] = {}
    by_day: dict[tuple, tuple[str, int]] = {}
    rows = zip(
        df["day"].tolist(),
        target,
        df["to_actor"].tolist(),
        [text(v) for v in df["from_actor"].tolist()],
        [text(v) for v in df["place"].tolist()],
        df["line"].tolist(),
        strict=True,
    )
    for day, tgt, to_actor, from_actor, place, line in rows:
        key = (day, tgt, to_actor, from_actor)
        if key in seen:
            c.add(
                disp,
                int(line),
                "date",
                f"duplicate of the event on line {seen[key]}",
                "remove one of them",
            )
            continue
        seen[key] = int(line)
        dkey = (day, tgt)
        if dkey in by_day and by_day[dkey][0] != to_actor:
            what = place or "the drawn area"
            c.add(
                disp,
                int(line),
                "to_actor",
                f"{what!r} goes to {by_day[dkey][0]!r} on line {by_day[dkey][1]} and to {to_actor!r} here, the same day",
                "events apply in file order within a day, so this line stands; give times or fix one of them",
                "warning",
            )
        by_day[dkey] = (to_actor, int(line))


# --------------------------------------------------------------------------- claims.csv
def _read_claims(c: _Collector, actors: NameIndex) -> pd.DataFrame:
    path = c.root / "claims.csv"
    cols = [
        "id",
        "actor",
        "start",
        "end",
        "figure",
        "area_km2",
        "unit_note",
        "claimant",
        "source",
        "source_url",
        "note",
        "line",
    ]
    if not path.exists():
        return pd.DataFrame(columns=cols)
    from .units import parse_area  # a leaf module: area figures and units as published

    disp = c.file("claims.csv")
    table = read_csv(
        path,
        required=CLAIM_COLUMNS[0],
        optional=CLAIM_COLUMNS[1],
        problems=c.problems,
        display=disp,
    )
    rows = []
    for line, row in table or []:
        ok = True
        actor = _resolve(c, disp, line, "actor", actors, row["actor"], what="actor")
        start, e1 = parse_day(row["start"])
        end, e2 = parse_day(row["end"])
        for fld, err in (("start", e1), ("end", e2)):
            if err:
                c.add(disp, line, fld, err, DATE_HINT)
                ok = False
        if ok and start > end:
            c.add(disp, line, "end", f"{end} is before start {start}", "swap them")
            ok = False
        try:
            fig = parse_area(row["figure"])
        except ValueError as exc:
            c.add(
                disp,
                line,
                "figure",
                str(exc),
                "write the figure as published, e.g. 'over 5,000 km2'",
            )
            ok = False
            fig = None
        if ok and actor:
            rows.append(
                {
                    "id": row["id"],
                    "actor": actor,
                    "start": start,
                    "end": end,
                    "figure": row["figure"],
                    "area_km2": fig.value_km2,
                    "unit_note": _unit_note(fig),
                    "claimant": row["claimant"],
                    "source": row["source"],
                    "source_url": row.get("source_url", ""),
                    "note": row.get("note", ""),
                    "line": line,
                }
            )
    return pd.DataFrame(rows, columns=cols)


def _unit_note(fig) -> str:
    notes = []
    if fig.unit_corrected:
        notes.append(f"{fig.unit!r} is a length unit; read as km² (an area is meant)")
    notes += [c.message for c in fig.conversions if c.message]
    if fig.reference:
        notes.append(f"{fig.value:g} × {fig.reference} = {fig.value_km2:,.0f} km²")
    return "; ".join(notes)


# --------------------------------------------------------------------------- entry point
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
        ``shapely.make_valid`` and report a warning.
    strict : bool
        Raise :class:`~geomap.errors.InputError` when any error is found
        (default).  With ``strict=False`` the loader returns what it could
        read and every problem in ``.problems`` (used by ``geomap check``).

    Returns
    -------
    TheatreInputs
    """
    if on_invalid not in ("raise", "fix"):
        raise ValueError(f"on_invalid must be 'raise' or 'fix', not {on_invalid!r}")
    root = Path(path)
    c = _Collector(root)
    meta = _read_meta(c)
    if meta is None:
        raise InputError(c.problems)
    aoi_geom = _load_aoi(c, meta)
    actors = _read_actors(c)
    places = _read_places(c)
    inside = np.ones(len(places), dtype=bool)
    if aoi_geom is not None and len(places):
        inside = _place_checks_against_aoi(c, places, aoi_geom)
    actor_index = NameIndex(c.actor_entries, kind="actor", skeletons=False)
    place_index = NameIndex(c.place_entries, kind="place")
    areas = _read_areas(c, set(places["id"]), on_invalid)
    control = _read_control(c, place_index, actor_index)
    snapshot = control["as_of"].iloc[0] if len(control) else None
    events = read_events(
        root / "events.csv",
        place_index,
        actor_index,
        problems=c.problems,
        snapshot_date=snapshot,
        on_invalid=on_invalid,
        display=c.file("events.csv"),
    )
    claims = _read_claims(c, actor_index)
    if len(places):
        held = set(control["place"])
        for r, is_in in zip(places.itertuples(), inside, strict=True):
            if is_in and r.id not in held and not (events["place"] == r.id).any():
                c.add(
                    c.file("places.csv"),
                    r.line,
                    "id",
                    f"{r.id!r} has no holder in control.csv and no event",
                    "its cell counts as unassigned; add it to control.csv if its holder is known",
                    "warning",
                )
    holders = set(control["actor"]) | set(events["to_actor"])
    for r in actors.itertuples():
        if r.id not in holders:
            c.add(
                c.file("actors.csv"),
                r.line,
                "id",
                f"{r.id!r} holds nothing: no place in control.csv and no event gives it one",
                "it stays in the ledger with 0 km²; remove it if it is not a side in this theatre",
                "warning",
            )
    if c.n_errors and strict:
        raise InputError(c.problems)
    aoi = gpd.GeoDataFrame(
        {"name": [meta.title]},
        geometry=[aoi_geom if aoi_geom is not None else shapely.Polygon()],
        crs="EPSG:4326",
    )
    places_gdf = gpd.GeoDataFrame(
        places, geometry=gpd.points_from_xy(places["lon"], places["lat"]), crs="EPSG:4326"
    )
    return TheatreInputs(
        path=root,
        meta=meta,
        aoi=aoi,
        actors=actors,
        places=places_gdf,
        areas=areas,
        control=control,
        events=events,
        claims=claims,
        place_index=place_index,
        actor_index=actor_index,
        problems=c.problems,
    )
