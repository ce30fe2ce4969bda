"""Reading one snapshot file: raw arrays first, then the rule, validity and reports.

Like ``pyogrio.raw`` beside ``pyogrio.geopandas``, :func:`read_raw` only asks
GDAL for the columns and geometries (thread-safe, no interpretation);
:func:`read_file` applies the actor rule, the dates, the validity policy and
the reports, and returns a :class:`FileResult` holding the kept features, the
counts, its problems and the flags still to be measured
(:class:`geomap.snapshots.clip.AoiClipper` clips it to the area of
interest).  Nothing is filled in for the caller: every function returns what
it found.

How features are read is described in ``docs/snapshots.md``.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, NamedTuple

import numpy as np
import pandas as pd
import pyogrio
import shapely
from pyproj import CRS

from .._parse import lonlat_problem, parse_when
from ..errors import Problem
from ..repair import OnInvalid, polygon_members, repair_polygon
from ._geom import EMPTY
from ._pieces import PieceCache
from .flags import FlagKind
from .rules import ActorRule

__all__ = [
    "FileResult",
    "OnInvalid",
    "PendingFlag",
    "RawFile",
    "ReadSettings",
    "ValidityCache",
    "read_file",
    "read_geojson_geometries",
    "read_raw",
    "repaired",
]

_LOCATION = re.compile(r"\[\s*([-+\d.eE]+)\s+([-+\d.eE]+)")
_AREAL = (3, 6, 7)  # shapely type ids: Polygon, MultiPolygon, GeometryCollection


@dataclass(frozen=True)
class ReadSettings:
    """How every file of a series is read."""

    rule: ActorRule
    date_property: str | None = None
    on_invalid: OnInvalid = "raise"

    @property
    def columns(self) -> list[str]:
        """The feature properties to read."""
        return self.rule.columns + ([self.date_property] if self.date_property else [])


@dataclass
class PendingFlag:
    """A flag whose km² is measured once the series CRS is known."""

    kind: FlagKind
    file_no: int
    actor: str
    feature: int
    feature_date: dt.date | None  # from the date property, else None (the file's date)
    geom: Any  # area to measure (km² at stake)
    minus: Any = None  # km² = area(geom) - area(minus), absolute
    message: str = ""
    hint: str = ""
    severity: Literal["error", "warning"] = "warning"
    location: tuple[float, float] | None = None
    fixed: bool = False


@dataclass
class FileResult:
    """What one file gave: kept features, counts, problems and pending flags."""

    path: Path
    display: str
    when: dt.datetime | None
    n_features: int = 0
    n_non_areal: Counter = field(default_factory=Counter)
    unmatched: Counter = field(default_factory=Counter)
    n_matched: int = 0
    n_invalid: int = 0
    n_fixed: int = 0
    n_skipped: int = 0
    # kept features: rows of (feature index, actor, key, date or None, geometry)
    feature_idx: list[int] = field(default_factory=list)
    wkbs: list[bytes] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    dates: list[dt.date | None] = field(default_factory=list)
    geoms: list[Any] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    pending: list[PendingFlag] = field(default_factory=list)

    def keep(self, i: int, wkb: bytes, actor: str, key: str, day: dt.date | None, geom: Any):
        """Record feature ``i`` as part of the territory."""
        self.feature_idx.append(i)
        self.wkbs.append(wkb)
        self.actors.append(actor)
        self.keys.append(key)
        self.dates.append(day)
        self.geoms.append(geom)


@dataclass(frozen=True)
class RawFile:
    """One file as GDAL gives it: CRS text, property columns, geometries."""

    crs: str | None
    fields: dict[str, np.ndarray]
    geoms: np.ndarray


class ValidityCache:
    """``is_valid_reason`` of each distinct geometry (archives repeat features)."""

    def __init__(self) -> None:
        self._reasons: dict[bytes, str | None] = {}

    def reason(self, wkb: bytes, geom: Any) -> str | None:
        """Why ``geom`` is invalid (None: valid)."""
        if wkb not in self._reasons:
            self._reasons[wkb] = None if geom.is_valid else shapely.is_valid_reason(geom)
        return self._reasons[wkb]


def read_raw(
    path: Path, columns: list[str], *, pieces: PieceCache | None = None
) -> tuple[RawFile | None, str | None]:
    """``(RawFile, None)`` or ``(None, why it cannot be read)``; thread-safe.

    A GeoJSON FeatureCollection read for its geometries alone (no columns)
    goes through :func:`read_geojson_geometries` when it can (with ``pieces``,
    the text pieces already parsed in the series' other files); every other
    file, and every file that path declines, is read by GDAL.
    """
    if not columns and path.suffix.lower() in (".geojson", ".json"):
        fast = read_geojson_geometries(path, pieces=pieces)
        if fast is not None:
            return fast, None
    try:
        meta, _fids, wkb, field_data = pyogrio.raw.read(path, columns=columns)
    except (
        Exception
    ) as exc:  # pyogrio raises DataSourceError, FieldError, ... : all mean "unreadable"
        return None, str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    geoms = shapely.from_wkb(wkb) if wkb is not None else np.full(len(_fids), None, dtype=object)
    fields = {name: values for name, values in zip(meta["fields"], field_data, strict=True)}
    return RawFile(meta.get("crs"), fields, np.asarray(geoms, dtype=object)), None


_FC_HEAD = re.compile(
    rb'\A\s*\{\s*"type"\s*:\s*"FeatureCollection"\s*,(.*?)"features"\s*:\s*\[', re.S
)
_CRS84 = ("urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84", "OGC:CRS84")
_MAX_FAST_BYTES = 256 * 2**20


def read_geojson_geometries(path: Path, *, pieces: PieceCache | None = None) -> RawFile | None:
    """The features' geometries of a plain GeoJSON FeatureCollection, parsed by GEOS
    (None: not such a file; read it with GDAL, which reports what is wrong).

    GDAL's GeoJSON driver costs about 3× GEOS's parser on a daily DeepState
    file.  This path takes only the files both read the same way: the text
    opens with ``{"type": "FeatureCollection",``; the members before
    ``"features"`` are plain JSON, with at most a ``"crs"`` naming CRS84 and
    no other ``"crs"`` anywhere in the file; GEOS parses the text, and finds
    at least one feature.  Anything else (a null or broken geometry, a
    projected CRS, an empty collection, ...) declines, and GDAL reads and
    reports it exactly as before.  The CRS is then ``"EPSG:4326"``, as GDAL
    gives it for such a file.

    With ``pieces`` (a :class:`~geomap.snapshots._pieces.PieceCache` shared by
    the files of a series), Polygon and MultiPolygon coordinates are first read
    piece by piece, each distinct piece of text parsed once: the same
    geometries, byte for byte; text that path does not take goes to GEOS.
    """
    try:
        if path.stat().st_size > _MAX_FAST_BYTES:
            return None
        text = path.read_bytes()
    except OSError:
        return None
    m = _FC_HEAD.match(text)
    if m is None or text.count(b'"crs"') != m[1].count(b'"crs"'):
        return None
    try:
        head = json.loads(b"{" + m[1].strip().rstrip(b",") + b"}")
    except (ValueError, RecursionError):  # not JSON, or nested past the recursion limit
        return None
    crs = head.get("crs") if isinstance(head, dict) else None
    if crs is not None and not (
        isinstance(crs, dict)
        and crs.get("type") == "name"
        and isinstance(crs.get("properties"), dict)
        and crs["properties"].get("name") in _CRS84
    ):
        return None
    known = pieces.geometries(text) if pieces is not None else None
    if known is not None:
        geoms = np.empty(len(known), dtype=object)
        geoms[:] = known
        return RawFile("EPSG:4326", {}, geoms)
    try:
        collection = shapely.from_geojson(text)
    except (shapely.errors.GEOSException, ValueError, TypeError):
        return None
    if shapely.get_type_id(collection) != 7 or shapely.get_num_geometries(collection) == 0:
        return None
    return RawFile("EPSG:4326", {}, np.asarray(shapely.get_parts(collection), dtype=object))


def repaired(geom: Any) -> Any:
    """:func:`geomap.repair.repair_polygon`, structure method (parts unioned, bow-ties split)."""
    return repair_polygon(geom, method="structure")


def _location(reason: str, geom: Any) -> tuple[float, float] | None:
    m = _LOCATION.search(reason)
    if m:
        return float(m[1]), float(m[2])
    if geom is None or geom.is_empty:
        return None
    p = shapely.point_on_surface(geom) if geom.is_valid else shapely.centroid(geom)
    return (round(p.x, 6), round(p.y, 6))


# --------------------------------------------------------------------------- one file
def read_file(
    path: Path,
    when: dt.datetime | None,
    raw: tuple[RawFile | None, str | None],
    *,
    file_no: int,
    settings: ReadSettings,
    validity: ValidityCache,
) -> FileResult:
    """Interpret one file read by :func:`read_raw`.

    Parameters
    ----------
    path : Path
        The file.
    when : datetime or None
        Its date from the file name (None with a date property).
    raw : (RawFile or None, str or None)
        What :func:`read_raw` returned.
    file_no : int
        The file's position in the series (pending flags refer to it).
    settings : ReadSettings
        The actor rule, date property and validity policy.
    validity : ValidityCache
        Validity reasons shared by the files of a series.

    Returns
    -------
    FileResult
        The kept features with their counts, problems and pending flags.
    """
    # step 0: a readable file in longitude/latitude
    res = FileResult(path=path, display=str(path), when=when)
    data = _opened(res, raw)
    if data is None:
        return res
    rule, date_property = settings.rule, settings.date_property
    geoms = data.geoms
    # the properties read (none for a constant rule without a date property: no frame)
    df = (
        pd.DataFrame(
            {
                c: data.fields.get(c, np.full(len(geoms), None, dtype=object))
                for c in settings.columns
            },
            index=range(len(geoms)),
        )
        if settings.columns
        else None
    )
    actors, keys, type_ids, empty, wkb_of = _classified(df, geoms, rule)

    # step 2: the date of every feature (date property)
    feature_dates: list[dt.date | None] = [None] * len(geoms)
    if date_property:
        matched = np.isin(type_ids, _AREAL) & (actors != "")
        feature_dates = _feature_dates(res, df[date_property].tolist(), matched, date_property)

    # step 3: each feature: areal?, matched?, valid? (policy), kept
    lonlat_checked = False
    for i in range(len(geoms)):
        geom = _areal(res, i, geoms[i], type_ids[i], bool(empty[i]), actors[i])
        if geom is not None and not actors[i]:
            res.unmatched[keys[i] if rule.by != "constant" else ""] += 1
        if geom is None or not actors[i] or (date_property and feature_dates[i] is None):
            continue  # not areal, unmatched (counted), or no date (reported above)
        if not lonlat_checked:
            bad = lonlat_problem(geom)
            if bad:
                res.problems.append(
                    Problem(
                        res.display, None, f"feature {i}", bad, "snapshots must be in EPSG:4326"
                    )
                )
                return res
            lonlat_checked = True
        res.n_matched += 1
        wkb = wkb_of[i] if type_ids[i] != 7 else shapely.to_wkb(geom)
        feature = _Feature(i, geom, actors[i], keys[i], feature_dates[i])
        _validate_and_keep(res, feature, wkb, _Context(file_no, settings, validity))

    # step 4: one warning for what was ignored
    ignored = _ignored(res, rule)
    if ignored is not None:
        res.problems.append(ignored)
    return res


class _Feature(NamedTuple):
    """A matched areal feature of the file."""

    i: int
    geom: Any
    actor: str
    key: str
    day: dt.date | None


class _Context(NamedTuple):
    """What every feature of one file is read with."""

    file_no: int
    settings: ReadSettings
    validity: ValidityCache


def _validate_and_keep(res: FileResult, feature: _Feature, wkb: bytes, ctx: _Context) -> None:
    """Keep a matched feature: as it is when valid, else as the validity policy says."""
    reason = ctx.validity.reason(wkb, feature.geom)
    geom = feature.geom
    if reason is not None:
        geom = _invalid(res, feature, reason, ctx)
        if geom is None or geom.is_empty:
            return
        wkb = shapely.to_wkb(geom)
    res.keep(feature.i, wkb, feature.actor, feature.key, feature.day, geom)


def _classified(
    df: pd.DataFrame | None, geoms: np.ndarray, rule: ActorRule
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, dict[int, bytes]]:
    """``(actors, keys, type ids, empty, WKB of each matched areal feature)``.

    Matched areal features with a third coordinate are made 2-D in ``geoms``.
    """
    if rule.by == "constant":
        actors = np.full(len(geoms), rule.actor, dtype=object)
        keys = np.full(len(geoms), "", dtype=object)
    else:
        actors, keys = rule.assign(df[rule.prop].tolist())
    present = ~shapely.is_missing(geoms)
    type_ids = np.where(present, shapely.get_type_id(np.where(present, geoms, EMPTY)), -1)
    empty = present & shapely.is_empty(np.where(present, geoms, EMPTY))
    wanted = np.flatnonzero(np.isin(type_ids, _AREAL) & ~empty & (actors != ""))
    if len(wanted):
        three_d = wanted[shapely.has_z(geoms[wanted])]
        if len(three_d):
            geoms[three_d] = shapely.force_2d(geoms[three_d])
    wkb_of = dict(zip(wanted.tolist(), shapely.to_wkb(geoms[wanted]).tolist(), strict=True))
    return actors, keys, type_ids, empty, wkb_of


def _opened(res: FileResult, raw: tuple[RawFile | None, str | None]) -> RawFile | None:
    """The raw file when it can be used: read, not empty, in longitude/latitude."""
    disp = res.display
    data, err = raw
    if data is None:
        res.problems.append(
            Problem(disp, None, None, f"cannot read the file ({err})", "check it is valid GeoJSON")
        )
        return None
    res.n_features = len(data.geoms)
    if len(data.geoms) == 0:
        res.problems.append(
            Problem(
                disp, None, None, "no features", "an empty snapshot: remove the file", "warning"
            )
        )
        return None
    if data.crs is not None:
        if not _is_lonlat(data.crs):
            res.problems.append(
                Problem(
                    disp,
                    None,
                    "crs",
                    f"the file is in {data.crs}, not longitude/latitude (EPSG:4326)",
                    "export the snapshot as GeoJSON in EPSG:4326 / CRS84",
                )
            )
            return None
    return data


@functools.lru_cache(maxsize=32)
def _is_lonlat(crs: str) -> bool:
    """Whether a file's CRS is longitude/latitude on WGS84 (EPSG:4326 or CRS84); a series'
    files name the same CRS, so it is parsed once."""
    file_crs = CRS.from_user_input(crs)
    return bool(file_crs.equals("EPSG:4326") or file_crs.equals("OGC:CRS84"))


def _feature_dates(
    res: FileResult, values: list[Any], areal_matched: np.ndarray, date_property: str
) -> list[dt.date | None]:
    """Each feature's date from the date property (None where it does not parse)."""
    out: list[dt.date | None] = [None] * len(values)
    for i, value in enumerate(values):
        text = "" if value is None or (isinstance(value, float) and np.isnan(value)) else str(value)
        when, err = parse_when(text)
        if err and text.strip().lstrip("-").isdigit():
            try:
                when, err = (
                    dt.datetime.fromtimestamp(int(text), dt.UTC).replace(tzinfo=None),
                    None,
                )
            except (ValueError, OverflowError, OSError):
                pass
        if err:
            if areal_matched[i]:
                res.problems.append(
                    Problem(
                        res.display,
                        None,
                        f"feature {i}.{date_property}",
                        err,
                        "give an ISO 8601 date such as 2024-10-09",
                    )
                )
            continue
        out[i] = when.date()
    return out


def _areal(res: FileResult, i: int, geom: Any, tid: int, empty: bool, actor: str) -> Any:
    """The feature's polygons (None: not areal, counted); a GeometryCollection's
    polygons read as one MultiPolygon."""
    if tid == -1 or empty:
        res.n_non_areal["no geometry"] += 1
        return None
    if tid not in _AREAL:
        res.n_non_areal[geom.geom_type] += 1
        return None
    if tid != 7:
        return geom
    polys, other = polygon_members(geom)
    if not polys:
        res.n_non_areal["GeometryCollection without polygons"] += 1
        return None
    if other and actor:
        res.problems.append(
            Problem(
                res.display,
                None,
                f"feature {i}",
                f"the GeometryCollection also holds {', '.join(f'{n} {k}' for k, n in other.items())}: ignored",
                "only its polygons count as territory",
                "warning",
            )
        )
    return shapely.multipolygons(polys) if len(polys) > 1 else polys[0]


def _invalid(res: FileResult, feature: _Feature, reason: str, ctx: _Context) -> Any:
    """Apply the validity policy to an invalid feature: None (left out) or the repair."""
    i, geom, actor, day = feature.i, feature.geom, feature.actor, feature.day
    file_no, settings = ctx.file_no, ctx.settings
    disp = res.display
    res.n_invalid += 1
    loc = _location(reason, geom)
    kind = geom.geom_type
    if settings.on_invalid == "raise":
        res.problems.append(
            Problem(
                disp,
                None,
                f"feature {i}",
                f"invalid {kind} ({actor}): {reason}",
                "repair it in a GIS, or load with on_invalid='fix' (repaired and reported) "
                "or 'warn' (left out and reported)",
            )
        )
        return None
    if settings.on_invalid == "warn":
        res.n_skipped += 1
        res.problems.append(
            Problem(
                disp,
                None,
                f"feature {i}",
                f"invalid {kind} ({actor}): {reason}; left out",
                "repair it, or load with on_invalid='fix'",
                "warning",
            )
        )
        res.pending.append(
            PendingFlag(
                "invalid-ring",
                file_no,
                actor,
                i,
                day,
                repaired(geom),
                message=f"invalid {kind}: {reason}; the feature was left out "
                "(km² = what it would cover once repaired)",
                hint="repair it in a GIS, or load with on_invalid='fix'",
                severity="error",
                location=loc,
            )
        )
        return None
    return _fixed(res, feature, reason, file_no, loc)


def _fixed(
    res: FileResult,
    feature: _Feature,
    reason: str,
    file_no: int,
    loc: tuple[float, float] | None,
) -> Any:
    """``on_invalid="fix"``: the repaired feature, reported with the km² it moves."""
    i, geom, actor, day = feature.i, feature.geom, feature.actor, feature.day
    disp = res.display
    kind = geom.geom_type
    new = repaired(geom)
    res.n_fixed += 1
    res.problems.append(
        Problem(
            disp,
            None,
            f"feature {i}",
            f"invalid {kind} ({actor}): {reason}; repaired with make_valid (structure)",
            "check the repair on the map; see the km² moved in geomap check",
            "warning",
        )
    )
    res.pending.append(
        PendingFlag(
            "invalid-ring",
            file_no,
            actor,
            i,
            day,
            new,
            minus=geom,
            message=f"invalid {kind}: {reason}; repaired (km² = area after the fix minus area as drawn)",
            hint="check the repair on the map",
            severity="warning",
            location=loc,
            fixed=True,
        )
    )
    return new


def _ignored(res: FileResult, rule: ActorRule) -> Problem | None:
    """One warning listing the unmatched values and the features that are not areas."""
    if not (res.unmatched or res.n_non_areal):
        return None
    bits = []
    if res.unmatched:
        listed = ", ".join(f"{k!r} ×{n}" for k, n in res.unmatched.most_common(8))
        more = len(res.unmatched) - 8
        what = {"fill": "fill", "name-key": "name key", "property": rule.prop}.get(rule.by, "value")
        bits.append(
            f"{sum(res.unmatched.values())} areal feature(s) matched no actor rule ({what} {listed}"
            + (f" and {more} more values" if more > 0 else "")
            + ")"
        )
    if res.n_non_areal:
        bits.append(
            "not areas: " + ", ".join(f"{n} {k}" for k, n in sorted(res.n_non_areal.items()))
        )
    return Problem(
        res.display,
        None,
        rule.prop or None,
        "ignored: " + "; ".join(bits),
        "add the values to the actor rule's map if they are territory",
        "warning",
    )
