"""Regions (governorates, oblasts, districts): read them, split faces by them, ledger per region.

A regions file is any polygon file pyogrio reads (GeoPackage, GeoJSON,
Shapefile...) with one feature per region and a field naming it.  It is
validated where it enters (:func:`read_regions`, :func:`as_regions`): a
missing file, features that are not polygons, a projected file without a
CRS, invalid polygons (repaired only on request, with the km² the repair
moved), an unknown name field and duplicate names are errors naming the file,
the feature and the fix.  A file in another CRS is reprojected to EPSG:4326,
with a note.

The ledger per region reuses the theatre's faces and their history
(:class:`~geomap.territory.FaceLog`): the faces are cut by the regions once
(:func:`split_faces`: faces × regions → sub-faces with their km²), and every
face change is spread over the face's sub-faces.  Land outside every region is
a region of its own (:data:`OUTSIDE`), so nothing is dropped.  Where regions do
not overlap, each face's sub-face areas are scaled to add up to the face's
own km² exactly (the largest adjustment, a measuring rounding of ~1e-10, is
reported), so summed over regions every figure equals the theatre's own.
Overlapping regions are reported with the overlap's km²; there each region
counts the overlap in full.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import CRS

from .areas import area_km2
from .crs import crs_lon_0, unwrap_longitudes
from .errors import InputError, Problem
from .ledger import By, periods
from .paths import input_problem
from .repair import check_on_invalid, invalid_message, repair_polygon
from .territory import FaceLog

__all__ = [
    "OUTSIDE",
    "REGION_LEDGER_COLUMNS",
    "Regions",
    "RegionSplit",
    "as_regions",
    "load_regions",
    "parse_regions_arg",
    "read_regions",
    "region_ledger",
    "snapshot_region_ledger",
    "split_faces",
]

OUTSIDE = "(outside every region)"
REGION_LEDGER_COLUMNS = [
    "period_start",
    "period_end",
    "region",
    "actor",
    "actor_name",
    "gained_km2",
    "lost_km2",
    "net_km2",
    "held_km2",
]
_OVERLAP_MIN_KM2 = 1e-6  # 1 m²: shared borders digitised a hair apart are not overlaps
_NAME_GUESSES = ("name", "NAME", "Name", "region")


@dataclass
class Regions:
    """Validated regions: one name and one polygon (EPSG:4326) per region.

    Attributes
    ----------
    names : list of str
        Region names, in file order (unique).
    geoms : ndarray of shapely Polygon/MultiPolygon, EPSG:4326
    source : str
        The file (or ``"<GeoDataFrame>"``) the regions came from.
    name_field : str
    notes : list of str
        What was done to the input (reprojected, CRS assumed, repaired).
    """

    names: list[str]
    geoms: np.ndarray
    source: str
    name_field: str
    notes: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.names)

    def key(self) -> bytes:
        """A digest of the names and geometries (for caching a split)."""
        h = hashlib.blake2b(digest_size=16)
        for name, wkb in zip(self.names, shapely.to_wkb(self.geoms), strict=True):
            h.update(name.encode())
            h.update(b"\0")
            h.update(wkb)
        return h.digest()

    def to_geodataframe(self) -> gpd.GeoDataFrame:
        return gpd.GeoDataFrame({"region": self.names}, geometry=self.geoms, crs="EPSG:4326")


# ----------------------------------------------------------------------------- reading
def parse_regions_arg(text: str) -> tuple[Path, str | None]:
    """Split ``FILE[:NAME_FIELD]`` (a drive letter or a path that exists is kept whole).

    Examples
    --------
    >>> parse_regions_arg("gov.geojson:adm1_name")
    (PosixPath('gov.geojson'), 'adm1_name')
    >>> parse_regions_arg("gov.gpkg")
    (PosixPath('gov.gpkg'), None)
    """
    if Path(text).exists() or ":" not in text:
        return Path(text), None
    head, tail = text.rsplit(":", 1)
    if not head or "/" in tail or "\\" in tail or (len(head) == 1 and head.isalpha()):
        return Path(text), None
    return Path(head), tail or None


def _problem(src: str, fld: str | None, message: str, hint: str) -> InputError:
    return InputError(Problem(src, None, fld, message, hint))


def read_regions(
    path: str | Path,
    name_field: str | None = None,
    *,
    on_invalid: Literal["raise", "fix"] = "raise",
) -> Regions:
    """Read and validate a regions file (anything pyogrio reads).

    Parameters
    ----------
    path : str or Path
        GeoPackage, GeoJSON, Shapefile...: one polygon feature per region.
    name_field : str, optional
        The field holding each region's name (default: ``name`` if there is one).
    on_invalid : {"raise", "fix"}
        Invalid polygons are an error listing each one with its location, or
        are repaired (:func:`geomap.repair.repair_polygon`, the theatre
        inputs' policy) and reported with the km² the repair moved.

    Returns
    -------
    Regions

    Raises
    ------
    geomap.errors.InputError
        Naming the file, the feature and the fix.
    """
    import pyogrio
    from pyogrio.errors import DataLayerError, DataSourceError

    path = Path(path)
    src = str(path)
    bad = input_problem(
        path,
        want="folder" if path.suffix.lower() == ".gdb" else "file",
        missing_hint="check the path (relative to the working folder, or to the theatre folder "
        "in theatre.toml)",
    )
    if bad is not None:
        raise _problem(
            src, None, bad.message.replace("file not found", "no such regions file"), bad.hint
        )
    try:
        gdf = pyogrio.read_dataframe(path)
    except (DataSourceError, DataLayerError) as exc:
        raise _problem(
            src,
            None,
            f"cannot be read as a vector file ({exc})",
            "give a GeoPackage, GeoJSON or Shapefile of polygons",
        ) from None
    return as_regions(gdf, name_field, source=src, on_invalid=on_invalid)


def _feature(i: int, name: Any) -> str:
    return f"feature {i}" + (f" ({name!r})" if isinstance(name, str) and name else "")


def as_regions(
    gdf: gpd.GeoDataFrame,
    name_field: str | None = None,
    *,
    source: str = "<GeoDataFrame>",
    on_invalid: Literal["raise", "fix"] = "raise",
) -> Regions:
    """Validate regions given as a GeoDataFrame (see :func:`read_regions`)."""
    check_on_invalid(on_invalid, ("raise", "fix"))
    name_field = _name_field(gdf, name_field, source)
    if not len(gdf):
        raise _problem(source, None, "no features", "give at least one region polygon")
    names = gdf[name_field].tolist()
    clean = [n.strip() if isinstance(n, str) else "" for n in names]
    geoms = np.asarray(gdf.geometry.values, dtype=object)
    problems = [
        *_name_problems(names, clean, name_field, source),
        *_geometry_problems(geoms, clean, source),
    ]
    if problems:
        raise InputError(problems)
    geoms = shapely.force_2d(geoms)
    notes: list[str] = []
    crs = gdf.crs
    if crs is None:
        bad = next(
            ((i, why) for i, g in enumerate(geoms) if (why := _lonlat_problem(g)) is not None),
            None,
        )
        if bad is not None:
            raise _problem(
                source,
                _feature(bad[0], clean[bad[0]]),
                f"the file has no CRS and its {bad[1]}",
                "ship the .prj beside the .shp, or write the file as GeoPackage/GeoJSON "
                "with its CRS (e.g. ogr2ogr -t_srs EPSG:4326)",
            )
        crs = CRS.from_epsg(4326)
        notes.append(f"{source}: no CRS; read as longitude/latitude (EPSG:4326)")
    # validity in the file's own coordinates, where the user can find the location
    invalid = np.flatnonzero(~shapely.is_valid(geoms))
    reasons = {int(i): shapely.is_valid_reason(geoms[i]) for i in invalid}
    if reasons and on_invalid == "raise":
        raise InputError(
            [
                Problem(
                    source,
                    None,
                    _feature(i, clean[i]),
                    invalid_message(why) + ("" if "[" in why else f" near {_near(geoms[i])}"),
                    "repair it (e.g. QGIS 'Fix geometries'), or pass --fix-invalid "
                    "(on_invalid='fix') to repair it and report the km² moved",
                )
                for i, why in reasons.items()
            ]
        )
    ll = np.asarray(gpd.GeoSeries(geoms, crs=crs).to_crs(4326).values, dtype=object)
    if not CRS.from_user_input(crs).equals(CRS.from_epsg(4326)) and gdf.crs is not None:
        notes.append(
            f"{source}: reprojected from {CRS.from_user_input(crs).to_string()} to EPSG:4326"
        )
    for i, why in reasons.items():
        fixed = repair_polygon(geoms[i])
        fixed_ll = gpd.GeoSeries([fixed], crs=crs).to_crs(4326).values[0]
        moved = float(area_km2(fixed_ll) - area_km2(ll[i]))
        notes.append(
            f"{source}: {_feature(i, clean[i])}: invalid polygon ({why}); repaired with "
            f"make_valid as asked: {moved:+,.3f} km² moved "
            "(area after the fix minus the area as drawn)"
        )
        ll[i] = fixed_ll
    return Regions(names=clean, geoms=ll, source=source, name_field=name_field, notes=notes)


def _name_field(gdf: gpd.GeoDataFrame, name_field: str | None, source: str) -> str:
    """The field holding the region names: the one given, or one called like a name."""
    fields = [c for c in gdf.columns if c != gdf.geometry.name]
    if name_field is None:
        name_field = next((f for f in _NAME_GUESSES if f in fields), None)
        if name_field is None:
            raise _problem(
                source,
                None,
                "no name field given and none called 'name'",
                f"name the field that holds the region names, as FILE:FIELD; fields: {', '.join(fields) or '(none)'}",
            )
    if name_field not in fields:
        raise _problem(
            source,
            name_field,
            f"no field {name_field!r}",
            f"choose one of: {', '.join(map(str, fields)) or '(the file has no fields)'}",
        )
    return name_field


def _name_problems(names: list, clean: list[str], name_field: str, source: str) -> list[Problem]:
    """Every region name that is missing, unsafe to print or write, or taken twice."""
    problems: list[Problem] = []

    def bad(i: int, what: str, fix: str) -> None:
        problems.append(Problem(source, None, f"feature {i}.{name_field}", what, fix))

    for i, name in enumerate(names):
        if not isinstance(name, str) or not name.strip():
            bad(i, f"no name ({name!r})", "give every region a name")
    for i, name in enumerate(clean):
        ch = next((ch for ch in name if unicodedata.category(ch) in ("Cc", "Cf")), None)
        if ch is not None:
            bad(
                i,
                f"the name holds a control character (U+{ord(ch):04X})",
                "remove it from the name",
            )
        elif name[:1] in ("=", "+", "-", "@"):
            bad(
                i,
                f"the name {name!r} starts with {name[0]!r}: spreadsheets would read it as a formula",
                "rename the region (or choose another name field)",
            )
    seen: dict[str, int] = {}
    for i, name in enumerate(clean):
        if not name:
            continue
        if name == OUTSIDE:
            bad(
                i,
                f"{name!r} is the name geomap gives land outside every region",
                "rename the region",
            )
        if name in seen:
            bad(
                i,
                f"duplicate region name {name!r} (also feature {seen[name]})",
                "merge the features into one MultiPolygon, or name them apart "
                "(or choose a field with unique names, e.g. a code)",
            )
        else:
            seen[name] = i
    return problems


def _geometry_problems(geoms: np.ndarray, clean: list[str], source: str) -> list[Problem]:
    """Every feature with no geometry or one that is no polygon."""
    problems: list[Problem] = []
    for i, g in enumerate(geoms):
        if g is None or g.is_empty:
            what, fix = "no geometry", "draw the region's polygon, or leave the feature out"
        elif g.geom_type not in ("Polygon", "MultiPolygon"):
            what = f"a {g.geom_type}, not a polygon"
            fix = "regions must be Polygons or MultiPolygons (admin areas, not points or lines)"
        else:
            continue
        problems.append(Problem(source, None, _feature(i, clean[i]), what, fix))
    return problems


def _near(geom: shapely.Geometry) -> str:
    """A point to look at, where the validity reason gives none (``[x y]`` in the reason)."""
    p = shapely.centroid(geom)
    return f"[{p.x:.6f} {p.y:.6f}]"


def _lonlat_problem(geom: shapely.Geometry) -> str | None:
    from ._parse import lonlat_problem

    return lonlat_problem(geom)


# ----------------------------------------------------------------------------- splitting
@dataclass
class RegionSplit:
    """The theatre's faces cut by regions: sub-faces, sorted by face.

    Attributes
    ----------
    names : list of str
        Region names, then :data:`OUTSIDE` (index ``len(names) - 1``).
    face, region : ndarray of int
        Face and region of each sub-face.
    area : ndarray of float
        km² of each sub-face.
    indptr : ndarray of int
        Sub-faces of face ``f`` are ``indptr[f]:indptr[f + 1]``.
    overlaps : DataFrame
        region_a, region_b, overlap_km2: pairs of regions that overlap.
    max_adjustment : float
        Largest relative scaling applied to make a face's sub-faces add up to
        the face (a measuring rounding; faces in overlaps are not scaled).
    notes : list of str
    """

    names: list[str]
    face: np.ndarray
    region: np.ndarray
    area: np.ndarray
    indptr: np.ndarray
    overlaps: pd.DataFrame
    max_adjustment: float
    notes: list[str]

    @property
    def region_km2(self) -> np.ndarray:
        """km² of the area of interest in each region (outside last)."""
        return np.bincount(self.region, weights=self.area, minlength=len(self.names))


def split_faces(
    faces: np.ndarray, face_area: np.ndarray, regions: Regions, *, crs: CRS
) -> RegionSplit:
    """Cut faces (EPSG:4326) by regions, once: each face's km² in each region.

    A face inside one region is not cut (its km² is the face's own); the
    others are intersected with each region they touch and with the land
    outside every region.  Areas by :func:`geomap.areas.area_km2` in ``crs``.
    """
    # faces are in the longitude window of the CRS (a theatre across 180° runs past it):
    # regions read from a file (split at ±180°) are brought into the same window
    geoms = unwrap_longitudes(regions.geoms, crs_lon_0(crs))
    n_faces, n_reg = len(faces), len(regions)
    shapely.prepare(geoms)
    # land outside every region, within the faces' extent
    minx, miny, maxx, maxy = shapely.total_bounds(faces)
    frame = shapely.box(minx - 1, miny - 1, maxx + 1, maxy + 1)
    outside = shapely.difference(frame, shapely.union_all(geoms))
    shapely.prepare(outside)
    all_geoms = np.append(geoms, np.array([outside], dtype=object))
    tree = shapely.STRtree(all_geoms)
    fi, ri = tree.query(faces, predicate="intersects")
    area = np.zeros(len(fi))
    covered = shapely.covers(all_geoms[ri], faces[fi])
    area[covered] = face_area[fi[covered]]
    cut = ~covered
    if cut.any():
        pieces = shapely.intersection(faces[fi[cut]], all_geoms[ri[cut]])
        area[cut] = area_km2(pieces, crs=crs)

    overlaps = _overlaps(regions, crs)
    overlap_geoms = []
    if len(overlaps):
        pos = {n: i for i, n in enumerate(regions.names)}
        a = np.array([pos[n] for n in overlaps["region_a"]])
        b = np.array([pos[n] for n in overlaps["region_b"]])
        overlap_geoms = list(shapely.intersection(geoms[a], geoms[b]))

    # scale each face's pieces to add up to the face (not where regions overlap)
    pos = area > 0
    fi, ri, area = fi[pos], ri[pos], area[pos]
    total = np.bincount(fi, weights=area, minlength=n_faces)
    scalable = total > 0
    if overlap_geoms:
        og = np.asarray(overlap_geoms, dtype=object)
        hit, _ = shapely.STRtree(og).query(faces, predicate="intersects")
        scalable[hit] = False
    factor = np.ones(n_faces)
    factor[scalable] = face_area[scalable] / total[scalable]
    adjust = float(np.max(np.abs(factor - 1))) if n_faces else 0.0
    area = area * factor[fi]
    order = np.lexsort((ri, fi))
    fi, ri, area = fi[order], ri[order], area[order]
    indptr = np.concatenate([[0], np.cumsum(np.bincount(fi, minlength=n_faces))])
    names = [*regions.names, OUTSIDE]
    notes = list(regions.notes)
    out_km2 = float(area[ri == n_reg].sum())
    notes.append(
        f"{n_reg} regions from {Path(regions.source).name} (field {regions.name_field!r}); "
        f"land outside every region: {out_km2:,.1f} km², listed as the region {OUTSIDE}"
    )
    if len(overlaps):
        notes.append(
            f"{len(overlaps)} pair(s) of regions overlap ({overlaps['overlap_km2'].sum():,.1f} km² in all): "
            "each counts the overlap in full, so sums over regions count it twice"
        )
    if adjust > 1e-6:
        notes.append(
            f"a face's pieces measured up to {adjust:.2e} (relative) off the face's own km²: "
            "regions may have gaps narrower than the model's faces"
        )
    return RegionSplit(
        names=names,
        face=fi.astype(np.int64),
        region=ri.astype(np.int64),
        area=area,
        indptr=indptr,
        overlaps=overlaps,
        max_adjustment=adjust,
        notes=notes,
    )


# ----------------------------------------------------------------------------- the ledger
def region_ledger(
    log: FaceLog,
    split: RegionSplit,
    *,
    actor_ids: list[str],
    actor_names: list[str],
    start: dt.date,
    end: dt.date,
    by: By = "day",
    band: np.ndarray | None = None,
) -> pd.DataFrame:
    """Gains, losses, net and held km² per region, actor and period.

    The same replay as :func:`geomap.ledger.period_ledger`, each face change
    spread over the face's sub-faces.  ``band`` (shape: periods + 1, actors,
    regions): km² of each actor's ground in the contested band in each
    region, before the first period and at each period's end; it adds the
    holder ``contested`` as :func:`geomap.ledger.period_ledger` does (actors
    net of the band, ground the band takes their loss and its gain).

    Returns
    -------
    DataFrame with :data:`REGION_LEDGER_COLUMNS`: one row per period, region
    (file order, then :data:`OUTSIDE`) and holder present in the region over
    the range (held some of it, or gained or lost some; actors in legend
    order, the unassigned holder ``""`` last).  Land outside every region
    always has its rows.
    """
    spans = periods(start, end, by)
    n_act = len(actor_ids)
    n_h = n_act + 1
    n_r = len(split.names)
    n_per = len(spans)
    starts = np.array([s.toordinal() for s, _ in spans])
    owner0 = log.owners_at(start.toordinal() - 1)
    held0 = np.bincount(
        (owner0[split.face] + 1) * n_r + split.region, weights=split.area, minlength=n_h * n_r
    ).reshape(n_h, n_r)
    lo = np.searchsorted(log.day, start.toordinal(), side="left")
    hi = np.searchsorted(log.day, end.toordinal(), side="right")
    face = log.face[lo:hi]
    per = np.searchsorted(starts, log.day[lo:hi], side="right") - 1
    first = split.indptr[face]
    counts = split.indptr[face + 1] - first
    change = np.repeat(np.arange(len(face)), counts)
    sub = np.arange(len(change)) - np.repeat(np.cumsum(counts) - counts, counts) + first[change]
    region = split.region[sub]
    area = split.area[sub]
    base = per[change] * n_h
    size = n_per * n_h * n_r
    gained = np.bincount(
        (base + log.new[lo:hi][change] + 1) * n_r + region, weights=area, minlength=size
    ).reshape(n_per, n_h, n_r)
    lost = np.bincount(
        (base + log.old[lo:hi][change] + 1) * n_r + region, weights=area, minlength=size
    ).reshape(n_per, n_h, n_r)
    held = held0 + np.cumsum(gained - lost, axis=0)
    ids = ["", *actor_ids]
    names = ["unassigned", *actor_names]
    if band is not None:
        gained, lost, held, held0 = _with_band(gained, lost, held, held0, band)
        n_h += 1
        ids.append("contested")
        names.append("contested")

    present = (held0 > 0) | (gained > 0).any(axis=0) | (lost > 0).any(axis=0)
    present[0, n_r - 1] = True  # land outside every region: always its own row
    order = [*range(1, n_h), 0]
    pairs = [(r, h) for r in range(n_r) for h in order if present[h, r]]
    r_idx = np.array([r for r, _ in pairs], dtype=int)
    h_idx = np.array([h for _, h in pairs], dtype=int)
    n_rows = len(pairs)
    ids = np.asarray(ids, dtype=object)
    names = np.asarray(names, dtype=object)
    p_idx = np.repeat(np.arange(n_per), n_rows)
    rr = np.tile(r_idx, n_per)
    hh = np.tile(h_idx, n_per)
    g = gained[p_idx, hh, rr]
    lo_ = lost[p_idx, hh, rr]
    df = pd.DataFrame(
        {
            "period_start": np.repeat(np.asarray([s for s, _ in spans], dtype=object), n_rows),
            "period_end": np.repeat(np.asarray([e for _, e in spans], dtype=object), n_rows),
            "region": np.asarray(split.names, dtype=object)[rr],
            "actor": ids[hh],
            "actor_name": names[hh],
            "gained_km2": g,
            "lost_km2": lo_,
            "net_km2": g - lo_,
            "held_km2": held[p_idx, hh, rr],
        },
        columns=REGION_LEDGER_COLUMNS,
    )
    df.attrs["region_overlaps"] = split.overlaps.to_dict("records")
    return df


def _with_band(gained, lost, held, held0, band):
    """The region flows with the contested band as the last holder (actors net of it)."""
    band = np.asarray(band, dtype=float)  # (n_per + 1, n_act, n_r)
    n_act = band.shape[1]
    step = np.diff(band, axis=0)
    into, back = np.maximum(step, 0), np.maximum(-step, 0)
    gained = np.concatenate([gained, into.sum(axis=1)[:, None, :]], axis=1)
    lost = np.concatenate([lost, back.sum(axis=1)[:, None, :]], axis=1)
    gained[:, 1 : n_act + 1] += back
    lost[:, 1 : n_act + 1] += into
    held = np.concatenate([held, band[1:].sum(axis=1)[:, None, :]], axis=1)
    held[:, 1 : n_act + 1] -= band[1:]
    held0 = np.concatenate([held0, band[0].sum(axis=0)[None, :]], axis=0)
    held0[1 : n_act + 1] -= band[0]
    return gained, lost, held, held0


def load_regions(
    spec: Any,
    *,
    name_field: str | None = None,
    on_invalid: Literal["raise", "fix"] = "raise",
    base: Path | None = None,
) -> Regions:
    """Regions from a :class:`Regions`, a GeoDataFrame, or ``"FILE[:NAME_FIELD]"`` / a Path.

    ``base``: the folder a relative path is read from (a theatre folder).
    """
    if isinstance(spec, Regions):
        return spec
    if isinstance(spec, gpd.GeoDataFrame):
        return as_regions(spec, name_field, on_invalid=on_invalid)
    if isinstance(spec, str):
        path, field_ = parse_regions_arg(spec)
        name_field = name_field or field_
    elif isinstance(spec, Path):
        path = spec
    else:
        raise TypeError(
            f"regions must be a GeoDataFrame, a path or 'FILE:NAME_FIELD', not {type(spec).__name__}"
        )
    if base is not None and not path.is_absolute():
        path = base / path
    return read_regions(path, name_field, on_invalid=on_invalid)


# ----------------------------------------------------------------------------- snapshot theatres
def snapshot_region_ledger(
    series: Any,
    regions: Any,
    *,
    by: By = "day",
    start: Any = None,
    end: Any = None,
) -> pd.DataFrame:
    """The ledger per region of a snapshot series (:class:`geomap.snapshots.SnapshotSeries`).

    Each period's gained and lost ground (``series.gained_lost``) and each
    period end's territory are cut by the regions (and the land outside
    every region) and measured; where regions do not overlap, a figure's
    pieces are scaled to add up to the series' own figure (a measuring
    rounding), so summed over regions every figure equals ``series.ledger``'s.

    Returns
    -------
    DataFrame with :data:`REGION_LEDGER_COLUMNS` (see :func:`region_ledger`).
    """
    regs = load_regions(regions)
    plain = series.ledger(by=by, start=start, end=end)
    names = [*regs.names, OUTSIDE]
    first = series.dates[0]
    # land outside every region, around everything the series holds
    frame = [g for d in {first, series.dates[-1]} for g in series.territory(d).values()]
    overlaps = _overlaps(regs, series.crs)
    cut = _Cutter(regs, series.crs, frame, scale=overlaps.empty)
    held_cache: dict[int, dict[str, Any]] = {}
    rows = []
    for (p0, p1), grp in plain.groupby(["period_start", "period_end"], sort=False):
        s = max(p0 - dt.timedelta(days=1), first)
        k = bisect.bisect_right(series.dates, p1) - 1
        if k not in held_cache:
            held_cache[k] = series.territory(series.dates[k])
        terr = held_cache[k]
        for r in grp.itertuples():
            g = l_ = np.zeros(len(names))
            if r.gained_km2 > 0 or r.lost_km2 > 0:
                gg, ll = series.gained_lost(s, p1, r.actor)
                g, l_ = cut(gg, r.gained_km2), cut(ll, r.lost_km2)
            h = cut(terr.get(r.actor), r.held_km2)
            for j in range(len(names)):
                rows.append((p0, p1, j, r.actor, r.actor_name, g[j], l_[j], h[j]))
    df = _region_rows(rows, names, list(dict.fromkeys(plain["actor"])))
    notes = [
        *regs.notes,
        f"{len(regs)} regions from {Path(regs.source).name} (field {regs.name_field!r}); "
        f"land outside every region: listed as the region {OUTSIDE}",
    ]
    if len(overlaps):
        notes.append(
            f"{len(overlaps)} pair(s) of regions overlap ({overlaps['overlap_km2'].sum():,.1f} km² in all)"
        )
    df.attrs["assumptions"] = {**plain.attrs.get("assumptions", {}), "regions": "; ".join(notes)}
    df.attrs["region_overlaps"] = overlaps.to_dict("records")
    return df


class _Cutter:
    """A figure's ground cut by the regions and the land outside them (inside a frame around
    ``frame`` and the regions), each piece measured; with ``scale``, the pieces are scaled to
    add up to the figure's own km² (a measuring rounding; not where regions overlap)."""

    def __init__(self, regs: Regions, crs: CRS, frame: list, *, scale: bool):
        geoms = regs.geoms
        minx, miny, maxx, maxy = shapely.total_bounds(np.asarray([*frame, *geoms], dtype=object))
        outside = shapely.difference(
            shapely.box(minx - 1, miny - 1, maxx + 1, maxy + 1), shapely.union_all(geoms)
        )
        self.geoms = np.append(geoms, np.array([outside], dtype=object))
        shapely.prepare(self.geoms)
        self.tree = shapely.STRtree(self.geoms)
        self.crs, self.scale = crs, scale

    def __call__(self, geom: Any, total: float) -> np.ndarray:
        out = np.zeros(len(self.geoms))
        if geom is None or geom.is_empty or total <= 0:
            return out
        idx = self.tree.query(geom, predicate="intersects")
        out[idx] = area_km2(shapely.intersection(geom, self.geoms[idx]), crs=self.crs)
        s = out.sum()
        if s > 0 and self.scale:
            out *= total / s
        return out


def _region_rows(rows: list[tuple], names: list[str], ids: list[str]) -> pd.DataFrame:
    """The region ledger of ``(period_start, period_end, region_i, actor, actor_name, gained,
    lost, held)`` rows: a (region, holder) that holds, gains or loses anything in the range is
    kept (and the land outside, always), sorted by period, region and the actors' order."""
    df = pd.DataFrame(
        rows,
        columns=[
            "period_start",
            "period_end",
            "region_i",
            "actor",
            "actor_name",
            "gained_km2",
            "lost_km2",
            "held_km2",
        ],
    )
    touch = (df[["gained_km2", "lost_km2", "held_km2"]] > 0).any(axis=1)
    keep = df.assign(t=touch).groupby(["region_i", "actor"])["t"].transform("any")
    keep |= (df["region_i"] == len(names) - 1) & (df["actor"] == ids[-1])
    df = df[keep].copy()
    rank = {a: i for i, a in enumerate(ids)}
    df["_a"] = df["actor"].map(rank)
    df = df.sort_values(["period_start", "region_i", "_a"], kind="stable")
    df["region"] = [names[i] for i in df["region_i"]]
    df["net_km2"] = df["gained_km2"] - df["lost_km2"]
    return df[REGION_LEDGER_COLUMNS].reset_index(drop=True)


def _overlaps(regions: Regions, crs: CRS) -> pd.DataFrame:
    """Pairs of regions that overlap by more than 1 m², with the overlap's km²."""
    geoms = regions.geoms
    ai, bi = shapely.STRtree(geoms).query(geoms, predicate="intersects")
    keep = ai < bi
    ai, bi = ai[keep], bi[keep]
    rows = []
    if len(ai):
        km2 = area_km2(shapely.intersection(geoms[ai], geoms[bi]), crs=crs)
        rows = [
            {"region_a": regions.names[a], "region_b": regions.names[b], "overlap_km2": float(k)}
            for a, b, k in zip(ai, bi, km2, strict=True)
            if k > _OVERLAP_MIN_KM2
        ]
    return pd.DataFrame(rows, columns=["region_a", "region_b", "overlap_km2"])
