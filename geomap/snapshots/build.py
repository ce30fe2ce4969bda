"""Loading a snapshot series: list the files, read each, clip, then build the series.

:func:`load_snapshots` is the pipeline; :func:`build_series` turns the read
files into a :class:`~geomap.snapshots.series.SnapshotSeries` in the steps its
helpers name: dated units, the equal-area CRS, one dissolved territory per
unit and actor, the load-time flags measured, one snapshot per date
(duplicates resolved and reported), the unassigned land, the tables.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import CRS

from ..areas import area_km2
from ..crs import equal_area_crs
from ..errors import CRSError, GeometryError, InputError, Problem
from ..repair import OnInvalid, check_on_invalid, polygon_members
from ._geom import EMPTY, measure
from ._pieces import PieceCache
from .clip import AoiClipper
from .files import DEFAULT_PATTERN, compile_pattern, list_files
from .flags import Flag
from .held import held_km2
from .overlay import components
from .parquet import is_parquet_source, open_parquet
from .read import (
    FileResult,
    PendingFlag,
    ReadSettings,
    ValidityCache,
    read_file,
    read_raw,
)
from .rules import ActorRule
from .series import SeriesData, SnapshotSeries

__all__ = ["BuildSettings", "OnDuplicate", "build_series", "load_snapshots"]

OnDuplicate = Literal["last", "first", "raise"]
_FEATURE_COLUMNS = ["date", "file", "feature", "actor", "key", "geometry"]


def load_snapshots(
    folder: str | Path | Sequence[str | Path],
    *,
    actor_rule: ActorRule | Mapping[str, Any],
    pattern: str = DEFAULT_PATTERN,
    date_property: str | None = None,
    date_offset_days: int = 0,
    aoi: Any = None,
    on_invalid: OnInvalid = "raise",
    on_duplicate: OnDuplicate = "last",
    title: str | None = None,
    crs: Any = None,
    progress: Callable[[int, int, str], None] | None = None,
    date_column: str = "date",
) -> SnapshotSeries:
    """Load a folder (or folders) of dated control-polygon files, or one GeoParquet file.

    Parameters
    ----------
    folder : path or list of paths
        Folder(s) holding the snapshot files; or one ``.parquet`` file of dated polygons
        (:mod:`geomap.snapshots.parquet`: one snapshot per date of ``date_column``, each
        read with a filter on its date; ``pattern`` is then not used).
    actor_rule : ActorRule or mapping
        Which features belong to which actor (see ``docs/snapshots.md``).
    pattern : str, default ``"{date:%Y-%m-%d}.geojson"``
        File-name pattern with the date field (see ``docs/snapshots.md``).
    date_property : str, optional
        Read each feature's date from this property instead of the file name.
    date_offset_days : int, default 0
        Days added to every date.
    aoi : shapely geometry, GeoDataFrame, path of a polygon file, bounds or None
        Area of interest in EPSG:4326.  Polygons are clipped to it (every
        clip reported) and land in it that no actor holds is "unassigned".
        ``None``: nothing is clipped, there is no unassigned land and the map
        extent is the data's bounding box.
    on_invalid : {"raise", "warn", "fix"}, default "raise"
        Invalid polygons: fail listing them, leave them out (reported), or
        repair them (reported with the km² moved).
    on_duplicate : {"last", "first", "raise"}, default "last"
        Several files on one date: keep the latest, the earliest, or fail.
    title : str, optional
        Title for maps and reports (default: the folder name).
    crs : CRS-like, optional
        Equal-area CRS to measure in (default: fitted to the AOI, else to the
        data).
    progress : callable(i, n, file), optional
        Called before each file is read.
    date_column : str, default "date"
        The date column of a GeoParquet snapshot file.

    Returns
    -------
    SnapshotSeries

    Raises
    ------
    InputError
        Listing every error: unreadable files, dates that do not parse,
        invalid polygons (``on_invalid="raise"``), duplicate dates
        (``on_duplicate="raise"``), no snapshot at all.

    Examples
    --------
    >>> series = load_snapshots(  # doctest: +SKIP
    ...     "deepstate-cyterat/daily",
    ...     pattern="deepstatemap_data_{date:%Y%m%d}.geojson",
    ...     actor_rule={"by": "constant", "actor": "occupied"},
    ... )
    >>> series.ledger(by="week").head()  # doctest: +SKIP
    """
    rule = ActorRule.from_dict(actor_rule)
    check_on_invalid(on_invalid)
    if on_duplicate not in ("last", "first", "raise"):
        raise ValueError(f"on_duplicate must be 'last', 'first' or 'raise', not {on_duplicate!r}")
    folders = [Path(folder)] if isinstance(folder, str | Path) else [Path(f) for f in folder]
    if not folders:
        raise InputError(
            Problem(
                "<snapshots>", None, "folder", "no folder given", "give a folder of snapshot files"
            )
        )
    aoi_geom = _as_aoi(aoi)
    reader = None
    if len(folders) == 1 and is_parquet_source(folders[0]):
        source = open_parquet(folders[0], date_column)
        day_of = {source.file_for(d): d for d in source.days}
        files = [(f, dt.datetime.combine(d, dt.time())) for f, d in day_of.items()]
        problems = list(source.notes)

        def reader(path: Path, columns: list[str]):
            return source.read_day(day_of[path], columns)

        pattern = f"{date_column} column"
    else:
        pat = compile_pattern(pattern, need_date=date_property is None, file="<pattern>")
        files, problems = list_files(folders, pat)
    if not files and not any(p.is_error for p in problems):
        problems.append(
            Problem(
                ", ".join(map(str, folders)),
                None,
                "pattern",
                f"no file matches {pattern!r}",
                "check the pattern (e.g. 'deepstatemap_data_{date:%Y%m%d}.geojson')",
            )
        )
    settings = ReadSettings(rule, date_property, on_invalid)
    if reader is None:  # one cache of parsed coordinate text for the series' GeoJSON files
        reader = functools.partial(read_raw, pieces=PieceCache())
    results = _read_files(files, settings, aoi_geom, progress, reader)
    problems += [p for res in results for p in res.problems]
    if any(p.is_error for p in problems):
        raise InputError(problems)
    return build_series(
        results,
        problems,
        BuildSettings(
            rule=rule,
            aoi=aoi_geom,
            crs=crs,
            date_offset_days=date_offset_days,
            on_duplicate=on_duplicate,
            title=title or folders[0].name,
            sources=tuple(str(f) for f in folders),
            by_property=date_property is not None,
        ),
    )


def _read_files(
    files: list[tuple[Path, dt.datetime | None]],
    settings: ReadSettings,
    aoi: shapely.Geometry | None,
    progress: Callable[[int, int, str], None] | None,
    reader: Callable[[Path, list[str]], Any],
) -> list[FileResult]:
    """Every file read (by ``reader``, :func:`read_raw`'s signature), interpreted and clipped."""
    results: list[FileResult] = []
    validity = ValidityCache()
    clipper = AoiClipper(aoi) if aoi is not None else None
    # GDAL parses files outside the GIL: read two at a time, process in order
    with ThreadPoolExecutor(max_workers=2) as pool:
        raws = pool.map(lambda item: reader(item[0], settings.columns), files)
        for n, ((path, when), raw) in enumerate(zip(files, raws, strict=True)):
            if progress is not None:
                progress(n, len(files), str(path))
            res = read_file(path, when, raw, file_no=n, settings=settings, validity=validity)
            if clipper is not None:
                res = clipper.clip(res, n)
            results.append(res)
    return results


def _as_aoi(aoi: Any) -> shapely.Geometry | None:
    """The area of interest as one EPSG:4326 geometry (None: none)."""
    if aoi is None:
        return None
    if isinstance(aoi, str | Path):
        from ..boundaries import aoi_from_file

        return aoi_from_file(Path(aoi), display=str(aoi))
    if isinstance(aoi, gpd.GeoDataFrame | gpd.GeoSeries):
        if aoi.crs is not None and not aoi.crs.equals("EPSG:4326"):
            raise CRSError(
                f"the area of interest is in {aoi.crs.to_string()}; give it in EPSG:4326"
            )
        return shapely.union_all(
            np.asarray(aoi.geometry.values if isinstance(aoi, gpd.GeoDataFrame) else aoi.values)
        )
    if isinstance(aoi, shapely.Geometry):
        if aoi.is_empty:
            raise GeometryError(
                Problem("<aoi>", None, None, "the area of interest is empty", "give a polygon")
            )
        if not aoi.is_valid:
            raise GeometryError(
                Problem(
                    "<aoi>",
                    None,
                    None,
                    f"invalid area of interest: {shapely.is_valid_reason(aoi)}",
                    "repair it first",
                )
            )
        return aoi
    if isinstance(aoi, Sequence) and len(aoi) == 4:
        return shapely.box(*(float(v) for v in aoi))
    raise TypeError(
        f"aoi must be a polygon, a GeoDataFrame, a path or bounds, not {type(aoi).__name__}"
    )


# --------------------------------------------------------------------------- building the series
@dataclass(frozen=True)
class BuildSettings:
    """How the read files become a series (see :func:`load_snapshots` for each)."""

    rule: ActorRule
    aoi: shapely.Geometry | None
    crs: Any
    date_offset_days: int
    on_duplicate: OnDuplicate
    title: str
    sources: tuple[str, ...]
    by_property: bool


@dataclass(frozen=True)
class _Unit:
    """A file, or one date inside a file with a date property."""

    day: dt.date
    when: dt.datetime | None
    file_no: int
    idx: np.ndarray  # the file's kept features on this date


@dataclass
class _Dissolved:
    geoms: np.ndarray  # (units, actors)
    area: np.ndarray  # (units, actors) km²
    overlap: np.ndarray  # (units,) km² of same-actor overlap dissolved
    feature_rows: list[tuple]
    wkbs: np.ndarray  # (units, actors): a ground's WKB when it is one feature's, else None
    changes: list[dict]  # per actor, {unit: (unit before, boxes where they differ)}


def build_series(
    results: list[FileResult], problems: list[Problem], settings: BuildSettings
) -> SnapshotSeries:
    """The series of the files read.

    Parameters
    ----------
    results : list of FileResult
        The files read (:func:`geomap.snapshots.read.read_file`), in order.
    problems : list of Problem
        Every report so far (no errors); reports of duplicate dates are added.
    settings : BuildSettings

    Raises
    ------
    InputError
        No snapshot with territory, no feature matched, or duplicate dates
        with ``on_duplicate="raise"``; listing ``problems`` too.
    """
    offset = dt.timedelta(days=settings.date_offset_days)
    units = _units(results, settings.by_property, offset)
    if not units:
        raise InputError(
            problems
            + [
                Problem(
                    ", ".join(settings.sources),
                    None,
                    None,
                    "no snapshot with territory was read",
                    "check the pattern and the actor rule",
                )
            ]
        )
    crs = _series_crs(results, problems, settings)
    actor_ids = settings.rule.actor_ids
    dissolved = _dissolve_units(units, results, actor_ids, crs)
    flags = _measured_flags([p for r in results for p in r.pending], results, crs, offset)

    # one unit per date: duplicates resolved and reported
    kept_units, dup_pairs = _one_per_date(units, results, settings.on_duplicate)
    if dup_pairs and settings.on_duplicate == "raise":
        raise InputError(problems + _duplicate_errors(dup_pairs, units, results))
    dup_flags, dup_problems = _duplicate_reports(
        dup_pairs, units, results, dissolved.geoms, actor_ids, crs, settings.on_duplicate
    )

    geoms, held, holders = _with_unassigned(
        dissolved.geoms[kept_units], dissolved.area[kept_units], actor_ids, settings.aoi, crs
    )
    return SnapshotSeries(
        SeriesData(
            title=settings.title,
            rule=settings.rule,
            crs=crs,
            dates=[units[u].day for u in kept_units],
            holders=holders,
            geoms=geoms,
            held=held,
            files=[results[units[u].file_no].display for u in kept_units],
            aoi=settings.aoi,
            sources=list(settings.sources),
            flags=flags + dup_flags,
            problems=problems + dup_problems,
            snapshots=_snapshot_table(units, results, set(kept_units), dissolved, settings),
            features=gpd.GeoDataFrame(
                pd.DataFrame(dissolved.feature_rows, columns=_FEATURE_COLUMNS),
                geometry="geometry",
                crs="EPSG:4326",
            ),
            wkbs=dissolved.wkbs[kept_units],
            change_boxes=_change_boxes(kept_units, dissolved.changes),
        )
    )


def _change_boxes(kept_units: list[int], changes: list[dict]) -> dict[tuple[int, int], np.ndarray]:
    """``{(date, actor): boxes}``: where each actor's ground differs from the date's to the
    next's, when :func:`~geomap.snapshots.held.held_km2` compared those two grounds."""
    out = {}
    for r, (u0, u1) in enumerate(zip(kept_units[:-1], kept_units[1:], strict=True)):
        for k, by_unit in enumerate(changes):
            got = by_unit.get(u1)
            if got is not None and got[0] == u0:
                out[(r, k)] = got[1]
    return out


def _duplicate_errors(
    dup_pairs: list[tuple[int, int]], units: list[_Unit], results: list[FileResult]
) -> list[Problem]:
    """One error per file on a date already taken (``on_duplicate="raise"``)."""
    return [
        Problem(
            results[units[u].file_no].display,
            None,
            "date",
            f"a second snapshot for {units[u].day} (also {results[units[k].file_no].display})",
            "remove one, or load with on_duplicate='last' or 'first'",
        )
        for k, u in dup_pairs
    ]


def _units(results: list[FileResult], by_property: bool, offset: dt.timedelta) -> list[_Unit]:
    """(date, file) units: a file, or one date inside a file with a date property."""
    units: list[_Unit] = []
    for n, res in enumerate(results):
        if by_property:
            days = np.asarray(res.dates, dtype=object)
            for day in sorted(set(res.dates)):
                units.append(_Unit(day + offset, None, n, np.flatnonzero(days == day)))
        elif res.when is not None:
            units.append(_Unit(res.when.date() + offset, res.when, n, np.arange(len(res.geoms))))
    return units


def _series_crs(results: list[FileResult], problems: list[Problem], settings: BuildSettings) -> CRS:
    """The given CRS, else the equal-area CRS of the AOI, else of the data."""
    crs, aoi = settings.crs, settings.aoi
    if crs is None:
        all_geoms = [g for r in results for g in r.geoms]
        ref = (
            aoi
            if aoi is not None
            else (
                shapely.union_all(shapely.envelope(np.asarray(all_geoms, dtype=object)))
                if all_geoms
                else None
            )
        )
        if ref is None or ref.is_empty:
            raise InputError(
                problems
                + [
                    Problem(
                        ", ".join(settings.sources),
                        None,
                        None,
                        "no feature matched the actor rule",
                        "check the rule's map",
                    )
                ]
            )
        crs = equal_area_crs(ref)
    return CRS.from_user_input(crs)


def _dissolve(geoms: np.ndarray, wkbs: np.ndarray, cache: dict[tuple[bytes, ...], Any]) -> Any:
    """Union of valid polygons, one group of mutually touching features at a time.

    Features that touch or overlap no other are kept as they are; each group
    of intersecting features is unioned once per distinct group (archives
    repeat most features from date to date).  Groups do not touch one
    another, so their parts form a valid MultiPolygon.
    """
    if len(geoms) == 1:
        return geoms[0]
    left, right = shapely.STRtree(geoms).query(geoms, predicate="intersects")
    roots = components(len(geoms), left, right)
    parts: list[Any] = []
    for root in np.unique(roots):
        members = np.flatnonzero(roots == root)
        if len(members) == 1:
            parts.extend(shapely.get_parts(geoms[members[0]]))
            continue
        key = tuple(sorted(wkbs[members]))
        if key not in cache:
            cache[key] = shapely.union_all(geoms[members])
        parts.extend(polygon_members(cache[key])[0])
    return parts[0] if len(parts) == 1 else shapely.multipolygons(parts)


def _dissolve_units(
    units: list[_Unit], results: list[FileResult], actor_ids: list[str], crs: CRS
) -> _Dissolved:
    """Dissolve per unit and actor; measure feature areas for the overlap figure.

    Archives repeat most features from one date to the next: unions and
    areas are computed once per distinct set of features (keyed by WKB).
    """
    unit_geoms = np.empty((len(units), len(actor_ids)), dtype=object)
    unit_geoms[:] = EMPTY
    unit_wkbs = np.full(unit_geoms.shape, None, dtype=object)
    feat_rows = []
    sum_parts: list[tuple[int, int, list[bytes]]] = []
    unions: dict[tuple[bytes, ...], Any] = {}
    group_unions: dict[tuple[bytes, ...], Any] = {}
    for u, unit in enumerate(units):
        res, idx = results[unit.file_no], unit.idx
        if not len(idx):
            continue
        acts = np.asarray(res.actors, dtype=object)[idx]
        geoms = np.asarray(res.geoms, dtype=object)[idx]
        wkbs = np.asarray(res.wkbs, dtype=object)[idx]
        for k, actor in enumerate(actor_ids):
            mask = (acts == actor) & ~shapely.is_empty(geoms)
            if not mask.any():
                continue
            key = tuple(sorted(wkbs[mask]))
            if key not in unions:
                unions[key] = _dissolve(geoms[mask], wkbs[mask], group_unions)
            unit_geoms[u, k] = unions[key]
            if len(key) > 1:
                sum_parts.append((u, k, list(key)))
            else:  # the feature itself (see _dissolve), with its WKB
                unit_wkbs[u, k] = key[0]
        for j in idx:
            feat_rows.append(
                (
                    unit.day,
                    res.display,
                    res.feature_idx[j],
                    res.actors[j],
                    res.keys[j],
                    res.geoms[j],
                )
            )
    # each ground measured from the one before where a front moved (a union is one object
    # per distinct set of features, ``unions``: measured once)
    changes: list[dict] = [{} for _k in actor_ids]
    unit_area = np.column_stack(
        [held_km2(unit_geoms[:, k], crs, changes=changes[k]) for k in range(len(actor_ids))]
    )
    distinct = {w for _u, _k, key in sum_parts for w in key}
    part_km2 = (
        dict(zip(distinct, measure(shapely.from_wkb(list(distinct)), crs), strict=True))
        if distinct
        else {}
    )
    overlap = np.zeros(len(units))
    for u, k, key in sum_parts:
        overlap[u] += max(sum(part_km2[w] for w in key) - float(unit_area[u, k]), 0.0)
    return _Dissolved(unit_geoms, unit_area, overlap, feat_rows, unit_wkbs, changes)


def _measured_flags(
    pending: list[PendingFlag], results: list[FileResult], crs: CRS, offset: dt.timedelta
) -> list[Flag]:
    """The load-time flags, their km² measured in one call (each distinct geometry once:
    a part clipped away, or a stray polygon, is often the same object from file to file)."""
    if not pending:
        return []
    geoms = [p.geom for p in pending] + [p.minus if p.minus is not None else EMPTY for p in pending]
    slot: dict[int, int] = {}  # the same object once, then (measure) the same WKB once
    inverse = np.fromiter((slot.setdefault(id(g), len(slot)) for g in geoms), np.intp, len(geoms))
    first = np.zeros(len(slot), dtype=np.intp)
    first[inverse[::-1]] = np.arange(len(geoms))[::-1]
    km = measure(np.asarray(geoms, dtype=object)[first], crs)[inverse]
    first, minus = km[: len(pending)], km[len(pending) :]
    flags = []
    for p, a, b in zip(pending, first, minus, strict=True):
        res = results[p.file_no]
        base_day = p.feature_date if p.feature_date is not None else res.when.date()
        flags.append(
            Flag(
                kind=p.kind,
                date=base_day + offset,
                actor=p.actor,
                km2=float(abs(a - b) if p.minus is not None else a),
                file=res.display,
                feature=p.feature,
                message=p.message,
                hint=p.hint,
                severity=p.severity,
                location=p.location,
                fixed=p.fixed,
            )
        )
    return flags


def _one_per_date(
    units: list[_Unit], results: list[FileResult], on_duplicate: OnDuplicate
) -> tuple[list[int], list[tuple[int, int]]]:
    """``(unit kept per date in date order, [(kept, left out)])``."""
    by_day: dict[dt.date, list[int]] = {}
    for u, unit in enumerate(units):
        by_day.setdefault(unit.day, []).append(u)
    kept_units: list[int] = []
    dup_pairs: list[tuple[int, int]] = []
    for day in sorted(by_day):
        us = by_day[day]
        order = sorted(
            us, key=lambda u: (units[u].when or dt.datetime.min, results[units[u].file_no].display)
        )
        keep = order[-1] if on_duplicate != "first" else order[0]
        kept_units.append(keep)
        for u in us:
            if u != keep:
                dup_pairs.append((keep, u))
    return kept_units, dup_pairs


def _duplicate_reports(
    dup_pairs: list[tuple[int, int]],
    units: list[_Unit],
    results: list[FileResult],
    unit_geoms: np.ndarray,
    actor_ids: list[str],
    crs: CRS,
    on_duplicate: OnDuplicate,
) -> tuple[list[Flag], list[Problem]]:
    """A flag per actor (km² in which the versions differ) and a warning per file left out."""
    flags: list[Flag] = []
    problems: list[Problem] = []
    if not dup_pairs:
        return flags, problems
    a = np.concatenate([unit_geoms[k] for k, _u in dup_pairs])
    b = np.concatenate([unit_geoms[u] for _k, u in dup_pairs])
    sym = area_km2(shapely.symmetric_difference(a, b), crs=crs).reshape(
        len(dup_pairs), len(actor_ids)
    )
    for (k, u), row in zip(dup_pairs, sym, strict=True):
        day = units[u].day
        kept_file = results[units[k].file_no].display
        dropped = results[units[u].file_no].display
        for ka, actor in enumerate(actor_ids):
            flags.append(
                Flag(
                    kind="duplicate-date",
                    date=day,
                    actor=actor,
                    km2=float(row[ka]),
                    file=dropped,
                    message=f"a second snapshot on this date; kept {Path(kept_file).name} ({on_duplicate}), "
                    f"left this one out; they differ by the km² shown",
                    hint="remove one of the files, or set on_duplicate",
                )
            )
        problems.append(
            Problem(
                dropped,
                None,
                "date",
                f"another snapshot has the date {day}; {Path(kept_file).name} kept ({on_duplicate}), this one left out",
                "remove one of the files",
                "warning",
            )
        )
    return flags, problems


def _with_unassigned(
    geoms: np.ndarray,
    held: np.ndarray,
    actor_ids: list[str],
    aoi: shapely.Geometry | None,
    crs: CRS,
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Add the unassigned land (holder "") when there is an area of interest.

    Its km² is the AOI's minus the actors' union (every actor's ground is
    clipped to the AOI, so actors + unassigned = the AOI exactly); its
    polygons (the AOI minus the union, an overlay of the whole outline) are
    left as ``None`` for :class:`SnapshotSeries` to make when first asked.
    """
    holders = list(actor_ids)
    if aoi is None:
        return geoms, held, holders
    if len(actor_ids) == 1:
        union_km2 = held[:, 0]
    else:  # actors' grounds may overlap: measure their union
        unions = np.asarray([shapely.union_all(row) for row in geoms], dtype=object)
        union_km2 = measure(unions, crs)
    rest_km2 = np.maximum(float(area_km2(aoi, crs=crs)) - union_km2, 0.0)
    lazy = np.full((len(geoms), 1), None, dtype=object)
    return np.hstack([geoms, lazy]), np.column_stack([held, rest_km2]), [*holders, ""]


def _snapshot_table(
    units: list[_Unit],
    results: list[FileResult],
    kept: set[int],
    dissolved: _Dissolved,
    settings: BuildSettings,
) -> pd.DataFrame:
    """One row per unit read: date, time, file, kept and the counts."""
    rows = []
    for u, unit in enumerate(units):
        res = results[unit.file_no]
        rows.append(
            {
                "date": unit.day,
                "time": pd.Timestamp(unit.when) if unit.when is not None else pd.NaT,
                "file": res.display,
                "kept": u in kept,
                "features": res.n_features,
                "matched": res.n_matched if not settings.by_property else len(unit.idx),
                "unmatched": sum(res.unmatched.values()),
                "not_areal": sum(res.n_non_areal.values()),
                "invalid": res.n_invalid,
                "fixed": res.n_fixed,
                "skipped": res.n_skipped,
                "overlap_km2": dissolved.overlap[u],
            }
        )
    return pd.DataFrame(rows)
