"""The measurement behind :func:`geomap.calibrate.calibrate` (the package docstring says what it measures)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import math
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import shapely

from ..areas import area_km2
from ..errors import ARGUMENT, ArgumentError, InputError, Problem
from ..paths import read_bytes, write_text
from ..territory import contested_band, enclose, face_graph, place_reach_km, tessellate
from .report import format_summary, html_report, write_safe_csv

__all__ = [
    "ModelSetting",
    "Calibration",
    "calibrate",
    "parse_setting",
    "read_gazetteer",
    "PERIODS",
    "uncertainty_table",
]

#: Period kind → (calendar step, tolerance days for the boundary snapshot).
PERIODS = {"week": 0, "month": 3, "quarter": 3, "pairs": None}
_TILE_DEG = 0.25
_MIN_TRUTH_KM2 = 1e-6


@dataclasses.dataclass(frozen=True)
class ModelSetting:
    """One place-model setting to measure.

    ``radius_km``: the cap on each cell (``None``: uncapped, a pure Voronoi
    tessellation of the area of interest).
    """

    radius_km: float | None = 30.0
    enclose: bool = False
    band_km: float | None = None
    #: ``(factor, neighbours)``: each place's reach is ``factor`` × the distance to its
    #: ``neighbours``-th nearest place, capped by ``radius_km`` (:func:`place_reach_km`).
    reach: tuple[float, int] | None = None
    #: Cut cells by the barriers given to :func:`calibrate` (:func:`cut_by_barriers`).
    barriers: bool = False

    @property
    def name(self) -> str:
        base = "uncapped" if self.radius_km is None else f"cap {self.radius_km:g} km"
        if self.reach is not None:
            base += f" + reach {self.reach[0]:g}×d{self.reach[1]}"
        if self.barriers:
            base += " + barriers"
        if self.enclose:
            base += " + enclose"
        if self.band_km is not None:
            base += f" + band {self.band_km:g} km"
        return base

    def __post_init__(self) -> None:
        if self.radius_km is not None and not (
            isinstance(self.radius_km, int | float)
            and math.isfinite(self.radius_km)
            and self.radius_km > 0
        ):
            raise ArgumentError(
                Problem(
                    ARGUMENT,
                    None,
                    "radius_km",
                    f"cell radius must be a positive number of km, not {self.radius_km!r}",
                    "give e.g. 30, or 'uncapped'",
                )
            )


def parse_setting(text: str) -> ModelSetting:
    """``"30"`` → cap 30 km; ``"uncapped"`` / ``"none"`` → no cap.

    Options follow with ``+``: ``"15+enclose"`` (enclosed pockets filled),
    ``"30+band5"`` (a contested band 5 km wide), ``"30+reach1.5k3"`` (each
    place reaches 1.5 × the distance to its 3rd nearest place, ``k`` default
    3, capped by the radius), ``"30+barriers"`` (cells cut by the barriers).
    """
    head, *opts = str(text).strip().lower().split("+")
    enclose, band, reach, barriers = False, None, None, False
    for opt in (o.strip() for o in opts):
        if opt == "enclose":
            enclose = True
        elif opt == "barriers":
            barriers = True
        elif opt.startswith("reach"):
            reach = _parse_reach(opt)
        elif opt.startswith("band"):
            try:
                band = float(opt.removeprefix("band").removesuffix("km").strip())
            except ValueError:
                band = -1.0
            if not (math.isfinite(band) and band > 0):
                raise ArgumentError(
                    Problem(
                        ARGUMENT,
                        None,
                        "radius",
                        f"{opt!r} is not a band width",
                        "write the band's full width in km after 'band', e.g. 30+band5",
                    )
                )
        else:
            raise ArgumentError(
                Problem(
                    ARGUMENT,
                    None,
                    "radius",
                    f"unknown model option {opt!r} in {text!r}",
                    "options: +enclose, +band<km>, +reach<factor>[k<n>], +barriers"
                    " (e.g. 15+enclose, 30+band5, 30+reach1.5k3)",
                )
            )
    base = _parse_radius(head, text)
    return ModelSetting(
        base.radius_km, enclose=enclose, band_km=band, reach=reach, barriers=barriers
    )


def _parse_reach(opt: str) -> tuple[float, int]:
    """``"reach1.5k3"`` → ``(1.5, 3)``; ``"reach2"`` → ``(2.0, 3)``."""
    m = re.fullmatch(r"reach(\d+(?:\.\d+)?)(?:k(\d+))?", opt)
    if not m or float(m[1]) <= 0 or (m[2] is not None and int(m[2]) < 1):
        raise ArgumentError(
            Problem(
                ARGUMENT,
                None,
                "radius",
                f"{opt!r} is not a reach",
                "write reach<factor>k<neighbours>, e.g. 30+reach1.5k3 (factor > 0, k ≥ 1)",
            )
        )
    return float(m[1]), int(m[2]) if m[2] is not None else 3


def _parse_radius(t: str, text: str) -> ModelSetting:
    t = t.strip()
    if t in ("uncapped", "none", "inf", "voronoi"):
        return ModelSetting(None)
    try:
        value = float(t.removesuffix("km").strip())
    except ValueError:
        raise ArgumentError(
            Problem(
                ARGUMENT,
                None,
                "radius",
                f"{text!r} is not a radius",
                "give km (e.g. 15, 30, 50) or 'uncapped'",
            )
        ) from None
    return ModelSetting(value)


def read_gazetteer(path: str | Path) -> pd.DataFrame:
    """A places table (``id``, ``lat``, ``lon``; other columns kept) from a CSV file.

    Raises
    ------
    InputError
        A missing column, or a lat/lon that is not a WGS84 number (file, line
        and field named).
    """
    path = Path(path)
    data = read_bytes(path)  # InputError: missing, a folder, a link loop, unreadable
    try:
        df = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise InputError(
            Problem(str(path), None, None, f"cannot read: {exc}", "give a UTF-8 places.csv")
        ) from None
    missing = [c for c in ("id", "lat", "lon") if c not in df.columns]
    if missing:
        raise InputError(
            Problem(
                str(path),
                1,
                ",".join(missing),
                f"no column {', '.join(missing)}",
                "a gazetteer needs id, lat, lon (WGS84 degrees), as in places.csv",
            )
        )
    problems = []
    lat = pd.to_numeric(df["lat"], errors="coerce")
    lon = pd.to_numeric(df["lon"], errors="coerce")
    for i in np.flatnonzero(~(lat.between(-90, 90) & lon.between(-180, 180)).to_numpy()):
        problems.append(
            Problem(
                str(path),
                int(i) + 2,
                "lat,lon",
                f"({df['lat'].iat[i]!r}, {df['lon'].iat[i]!r}) is not a WGS84 position",
                "give decimal degrees, lat in −90..90, lon in −180..180",
            )
        )
    if problems:
        raise InputError(problems)
    out = df.copy()
    out["lat"] = lat.astype(float)
    out["lon"] = lon.astype(float)
    out.attrs["file"] = str(path)
    return out


@dataclasses.dataclass
class Calibration:
    """What :func:`calibrate` measured.

    Attributes
    ----------
    held : DataFrame
        One row per setting, actor and date: ``setting``, ``actor``, ``date``,
        ``truth_km2``, ``model_km2``, ``overlap_km2``, ``net_error_pct``,
        ``symdiff_pct``, ``unassigned_km2`` (model land no cell reaches).
    gains : DataFrame
        One row per setting, actor, period kind and period: ``setting``,
        ``actor``, ``period``, ``start``, ``end``, ``truth_gained_km2``,
        ``model_gained_km2``, ``truth_lost_km2``, ``model_lost_km2``,
        ``flips`` (places whose label changed), ``places_gained`` (places
        that went to this holder), ``error_pct``.
    summary : DataFrame
        One row per setting and actor: held-area and gain figures (see the
        module docstring) and ``max_drift_km2`` (running total vs truth).
    assumptions : dict
        What the figures rest on (data, gazetteer, labelling, definitions).
    """

    held: pd.DataFrame
    gains: pd.DataFrame
    summary: pd.DataFrame
    assumptions: dict[str, str]

    def table(self) -> str:
        """A plain-text table of :attr:`summary` for the terminal."""
        return format_summary(self.summary)

    def to_csv(self, path: str | Path) -> Path:
        """Write :attr:`summary` (and ``*-held.csv``, ``*-gains.csv`` beside it)."""
        path = Path(path)
        write_safe_csv(self.summary, path)
        write_safe_csv(self.held, path.with_name(path.stem + "-held.csv"))
        write_safe_csv(self.gains, path.with_name(path.stem + "-gains.csv"))
        return path

    def to_html(self, path: str | Path, *, title: str = "Place-model calibration") -> Path:
        """An offline HTML report: summary table, held-area error chart (inline SVG), assumptions."""
        return write_text(path, html_report(self, title))


# --------------------------------------------------------------------------- measurement
def _tiles(geom: Any) -> np.ndarray:
    """``geom`` cut into ``_TILE_DEG`` tiles (non-empty pieces), for fast face overlaps."""
    if geom is None or geom.is_empty:
        return np.empty(0, dtype=object)
    w, s, e, n = geom.bounds
    xs = np.arange(math.floor(w / _TILE_DEG), math.ceil(e / _TILE_DEG)) * _TILE_DEG
    ys = np.arange(math.floor(s / _TILE_DEG), math.ceil(n / _TILE_DEG)) * _TILE_DEG
    gx, gy = np.meshgrid(xs, ys)
    boxes = shapely.box(gx.ravel(), gy.ravel(), gx.ravel() + _TILE_DEG, gy.ravel() + _TILE_DEG)
    shapely.prepare(geom)
    boxes = boxes[shapely.intersects(geom, boxes)]
    pieces = shapely.intersection(boxes, geom)
    return pieces[~shapely.is_empty(pieces)]


def _overlap(faces: np.ndarray, truth_geom: Any, crs: Any) -> np.ndarray:
    """km² of each face inside ``truth_geom`` (exact: face ∩ tile pieces)."""
    pieces = _tiles(truth_geom)
    out = np.zeros(len(faces))
    if not len(pieces):
        return out
    ptree = shapely.STRtree(pieces)
    fi, pj = ptree.query(faces, predicate="intersects")
    if not len(fi):
        return out
    inter = shapely.intersection(faces[fi], pieces[pj])
    km2 = area_km2(inter, crs=crs)
    return np.bincount(fi, weights=km2, minlength=len(faces))


def _pieces_overlap(
    faces: np.ndarray, tree: shapely.STRtree, pieces: np.ndarray, crs: Any
) -> np.ndarray:
    """km² of each face inside the union of disjoint ``pieces``."""
    out = np.zeros(len(faces))
    pieces = pieces[~shapely.is_empty(pieces)] if len(pieces) else pieces
    if not len(pieces):
        return out
    pj, fi = tree.query(pieces, predicate="intersects")
    if len(fi):
        km2 = area_km2(shapely.intersection(faces[fi], pieces[pj]), crs=crs)
        out += np.bincount(fi, weights=km2, minlength=len(faces))
    return out


def _period_pairs(dates: Sequence[dt.date], kind: str) -> list[tuple[dt.date, dt.date]]:
    """(start, end) snapshot dates of each period; ``pairs``: every two dates."""
    if kind == "pairs":
        return [(a, b) for n, a in enumerate(dates) for b in dates[n + 1 :]]
    bounds = _boundaries(dates, kind)
    return [
        (a, b)
        for a, b in zip(bounds[:-1], bounds[1:], strict=True)
        if a is not None and b is not None
    ]


def _boundaries(dates: Sequence[dt.date], kind: str) -> list[dt.date]:
    """Snapshot dates opening each calendar period (first on or after the boundary)."""
    tol = PERIODS[kind]
    first, last = dates[0], dates[-1]
    if kind == "week":
        cur = first + dt.timedelta(days=(7 - first.weekday()) % 7)
        step = lambda d: d + dt.timedelta(days=7)  # noqa: E731
    else:
        months = 1 if kind == "month" else 3
        m0 = ((first.month - 1) // months) * months + 1
        cur = dt.date(first.year, m0, 1)
        if cur < first:
            cur = _add_months(cur, months)
        step = lambda d: _add_months(d, months)  # noqa: E731
    ords = np.array([d.toordinal() for d in dates])
    out = []
    while cur <= last:
        i = int(np.searchsorted(ords, cur.toordinal()))
        if i < len(dates) and (dates[i] - cur).days <= tol:
            out.append(dates[i])
        else:
            out.append(None)  # a gap: no period across it
        cur = step(cur)
    return out


def _add_months(d: dt.date, k: int) -> dt.date:
    m = d.month - 1 + k
    return dt.date(d.year + m // 12, m % 12 + 1, 1)


def _read_places(places: pd.DataFrame | str | Path) -> tuple[pd.DataFrame, str]:
    """The gazetteer as a table, and its name for messages."""
    gaz_file = "<places>"
    if isinstance(places, str | Path):
        gaz_file = str(places)
        places = read_gazetteer(places)
    else:
        gaz_file = str(places.attrs.get("file", "<places>"))
        for col in ("id", "lat", "lon"):
            if col not in places.columns:
                raise InputError(
                    Problem(
                        gaz_file,
                        None,
                        col,
                        f"the gazetteer has no column {col!r}",
                        "give id, lat, lon (WGS84 degrees) as in places.csv",
                    )
                )
    return places, gaz_file


def _check_inputs(settings, periods: Sequence[str], series: Any) -> list[ModelSetting]:
    """The settings as :class:`ModelSetting`; InputError for bad settings, periods, or no AOI."""
    sets = [_as_setting(s) for s in settings]
    if not sets:
        raise ArgumentError(
            Problem(ARGUMENT, None, "settings", "no model setting", "give e.g. 15, 30, 50")
        )
    bad = [p for p in periods if p not in PERIODS]
    if bad:
        raise ArgumentError(
            Problem(
                ARGUMENT,
                None,
                "periods",
                f"unknown period(s) {', '.join(map(repr, bad))}",
                f"choose from {', '.join(PERIODS)}",
            )
        )
    if not getattr(series, "has_aoi", False):
        raise InputError(
            Problem(
                "<snapshots>",
                None,
                "aoi",
                "the snapshot series has no area of interest: the model needs one to partition",
                "load it with aoi= (e.g. geomap.boundaries.country_outline(['UKR'])) or an [aoi] table",
            )
        )
    return sets


def _pick_days(series: Any, dates: Iterable[Any] | None) -> list[dt.date]:
    """The snapshot dates to measure; InputError for a date with no snapshot."""
    if dates is None:
        days = list(series.dates)
    else:
        days = []
        known = set(series.dates)
        for d in dates:
            day = pd.Timestamp(d).date()
            if day not in known:
                near = min(series.dates, key=lambda x: abs((x - day).days))
                raise ArgumentError(
                    Problem(
                        ARGUMENT,
                        None,
                        "date",
                        f"no snapshot on {day}",
                        f"the nearest snapshot is {near}; give snapshot dates ({series.dates[0]}..{series.dates[-1]})",
                    )
                )
            days.append(day)
        days = sorted(set(days))
    if not days:
        raise ArgumentError(
            Problem(ARGUMENT, None, "date", "no date to measure", "give snapshot dates")
        )

    return days


def _places_inside(places: pd.DataFrame, aoi: Any, gaz_file: str):
    """``(places_in, pts, lon, lat)``: the gazetteer's places inside the area of interest."""
    lon = places["lon"].to_numpy(dtype=float)
    lat = places["lat"].to_numpy(dtype=float)
    pts = shapely.points(lon, lat)
    shapely.prepare(aoi)
    inside = shapely.contains(aoi, pts)
    if not inside.any():
        w, s, e, n = aoi.bounds
        raise InputError(
            Problem(
                gaz_file,
                None,
                "lat,lon",
                f"none of the gazetteer's {len(places)} places lies inside the snapshots' area "
                f"of interest ({w:.2f}, {s:.2f}, {e:.2f}, {n:.2f})",
                "use a gazetteer for the same country/region (check lat/lon are not swapped)",
            )
        )
    idx = np.flatnonzero(inside)
    places_in = places.iloc[idx].reset_index(drop=True)
    pts = pts[idx]
    lon, lat = lon[idx], lat[idx]

    return places_in, pts, lon, lat


def _labels(series: Any, days, pts, other: str | None, gaz_file: str):
    """``(actors, holders, labels, truth)``: each place's holder on each date, and the truth."""
    places_in = pts
    actors = [a for a in series.actor_ids]
    holders = actors + ([other] if other else [])
    if other and other in actors:
        raise ArgumentError(
            Problem(
                ARGUMENT,
                None,
                "other",
                f"{other!r} is already an actor of the series",
                "choose another label for ground no actor holds",
            )
        )

    # labels[d, p]: holder index (-1 = none) of each place on each date, and truth per holder
    labels = np.full((len(days), len(places_in)), -1, dtype=np.int32)
    truth: list[list[Any]] = []
    for t, day in enumerate(days):
        terr = series.territory(day)
        geoms = []
        for k, a in enumerate(actors):
            g = terr.get(a, shapely.Polygon())
            shapely.prepare(g)
            hit = shapely.contains(g, pts) | shapely.touches(g, pts)
            labels[t, hit & (labels[t] < 0)] = k
            geoms.append(g)
        if other:
            labels[t, labels[t] < 0] = len(actors)
            geoms.append(terr.get("", shapely.Polygon()))
        truth.append(geoms)
    present = np.unique(labels)
    if len(present) < 2:
        who = holders[present[0]] if present[0] >= 0 else "nobody (unknown)"
        raise InputError(
            Problem(
                gaz_file,
                None,
                "lat,lon",
                f"all {len(places_in)} places inside the area carry one label ({who}) on every date: "
                "the model cannot be told from a single colour",
                "give places on both sides of the line (a denser gazetteer), or set other= "
                "to label places on no actor's ground",
            )
        )

    return actors, holders, labels, truth


@dataclasses.dataclass
class _Truth:
    """What the settings are measured against (shared by every setting)."""

    aoi: Any
    crs: Any
    days: list
    lon: np.ndarray
    lat: np.ndarray
    actors: list
    holders: list
    labels: np.ndarray
    truth: list
    truth_km2: np.ndarray
    steps: list
    pos: dict
    pairs_of: dict
    truth_change: dict
    diag_km: float
    periods: Sequence[str]
    barriers: list = dataclasses.field(default_factory=list)


def _truth(series, aoi, days, lon, lat, actors, holders, labels, truth, other, periods) -> _Truth:  # noqa: PLR0913
    """Truth km² per date and holder, and what changed between dates (public API)."""
    crs = series.crs
    cols = actors + ([""] if other else [])
    hs = series.held_series(days)
    km = dict(zip(zip(hs["date"], hs["actor"], strict=True), hs["held_km2"], strict=True))
    truth_km2 = np.array([[float(km.get((d, c), 0.0)) for c in cols] for d in days])
    steps: list[list[tuple[np.ndarray, np.ndarray]]] = [[]]
    for t in range(1, len(days)):
        row = []
        for k in range(len(actors)):
            gained, lost = series.gained_lost(days[t - 1], days[t], actors[k])
            row.append((shapely.get_parts(gained), shapely.get_parts(lost)))
        steps.append(row)
    diag_km = _diagonal_km(aoi)
    pos = {d: i for i, d in enumerate(days)}
    truth_change: dict[tuple[int, int, int], tuple[float, float]] = {}
    pairs_of = {kind: _period_pairs(days, kind) for kind in periods}
    for kind, pairs in pairs_of.items():
        for a_day, b_day in pairs:
            for k, c in enumerate(cols):
                if kind == "pairs" and k >= len(actors):
                    continue  # every pair of dates: the actors only
                key = (pos[a_day], pos[b_day], k)
                if key not in truth_change:
                    g, lo = series.gained_lost(a_day, b_day, c)
                    truth_change[key] = (float(area_km2(g, crs=crs)), float(area_km2(lo, crs=crs)))

    return _Truth(
        aoi,
        crs,
        days,
        lon,
        lat,
        actors,
        holders,
        labels,
        truth,
        truth_km2,
        steps,
        pos,
        pairs_of,
        truth_change,
        diag_km,
        periods,
    )


def _face_holders(tr: _Truth, s: ModelSetting):
    """The faces of a setting, their km², and each face's holder on each date."""
    aoi, lon, lat, crs, days, labels = tr.aoi, tr.lon, tr.lat, tr.crs, tr.days, tr.labels
    radius = s.radius_km if s.radius_km is not None else tr.diag_km
    own = None
    if s.reach is not None:
        factor, k = s.reach
        own = place_reach_km(lon, lat, crs, neighbours=k, factor=factor, cap_km=radius)
    if s.barriers and not tr.barriers:
        raise ArgumentError(
            Problem(
                ARGUMENT,
                None,
                "barriers",
                f"setting {s.name!r} asks for barriers but none were given",
                "pass barriers= (a barrier file, e.g. the theatre's barriers.geojson)",
            )
        )
    tess = tessellate(
        aoi,
        lon,
        lat,
        radius_km=radius,
        crs=crs,
        own_radius_km=own,
        barriers=tr.barriers if s.barriers else None,
    )
    faces = tess.faces
    face_area = area_km2(faces, crs=crs)
    fp = tess.face_place
    has = fp >= 0
    face_holder = np.full((len(days), len(faces)), -1, dtype=np.int32)
    face_holder[:, has] = labels[:, fp[has]]
    if s.enclose:
        graph = face_graph(faces)
        for t in range(len(days)):
            face_holder[t] = enclose(face_holder[t], graph)[0]
    return faces, face_area, face_holder


def _band_pieces(tr: _Truth, s: ModelSetting, faces, face_holder) -> list[list[Any]]:
    """Per date, the band's piece of each holder's ground (empty without a band)."""
    empty = shapely.Polygon()
    if s.band_km is None:
        return [[empty] * len(tr.holders) for _ in tr.days]
    out = []
    for fh in face_holder:
        grounds = [
            shapely.coverage_union_all(faces[fh == k]) if (fh == k).any() else None
            for k in range(len(tr.holders))
        ]
        out.append(contested_band(grounds, s.band_km, tr.crs)[1])
    return out


def _band_cut(tr: _Truth, pieces: list[Any], t: int):
    """The band's piece of each holder's ground (km²), and the part of it the truth holds."""
    crs = tr.crs
    cut_km2 = np.zeros(len(tr.holders))
    cut_truth = np.zeros(len(tr.holders))
    for k, piece in enumerate(pieces):
        if not piece.is_empty:
            cut_km2[k] = float(area_km2(piece, crs=crs))
            inter = shapely.intersection(piece, tr.truth[t][k])
            cut_truth[k] = float(area_km2(inter, crs=crs)) if not inter.is_empty else 0
    return cut_km2, cut_truth


def _km2(geom: Any, crs: Any) -> float:
    return 0.0 if geom is None or geom.is_empty else float(area_km2(geom, crs=crs))


def _moved_km2(faces, face_area, into: np.ndarray, out_of: np.ndarray, band_into, band_out_of, crs):
    """km² of ``X − Y``, where ``X`` / ``Y`` are a holder's ground outside the band on two dates.

    ``into`` = the faces in ``X``'s date and not in ``Y``'s, ``out_of`` the
    reverse; ``band_into`` / ``band_out_of`` = the band's piece of the
    holder's faces on ``X``'s / ``Y``'s date (inside those faces).  Then
    ``X − Y`` = (faces ``into`` − ``band_into``) ∪ (``band_out_of`` on the
    faces of both dates − ``band_into``): two disjoint parts, each small.
    With ``X`` the end, it is the km² gained (ground the band gives back is a
    gain); with ``X`` the start, the km² lost (ground going into the band is
    a loss, and nobody's gain).
    """
    moved = float(face_area[into].sum())
    if into.any() and not band_into.is_empty:
        won = shapely.coverage_union_all(faces[into])
        moved -= _km2(shapely.intersection(won, band_into), crs)
    if not band_out_of.is_empty:
        kept = band_out_of
        if out_of.any():
            kept = shapely.difference(kept, shapely.coverage_union_all(faces[out_of]))
        if not band_into.is_empty:
            kept = shapely.difference(kept, band_into)
        moved += _km2(kept, crs)
    return moved


def _held_rows(tr: _Truth, s: ModelSetting, faces, face_area, face_holder, bands) -> list[tuple]:
    """Per date and holder: truth, model and overlap km²."""
    crs, actors, holders = tr.crs, tr.actors, tr.holders
    tree = shapely.STRtree(faces)
    rows = []
    # overlap of each face with each actor's truth: exact on the first date, then
    # updated by the pieces gained and lost between consecutive dates
    ov = np.stack([_overlap(faces, tr.truth[0][k], crs) for k in range(len(actors))])
    for t, day in enumerate(tr.days):
        if t:
            for k in range(len(actors)):
                gained, lost = tr.steps[t][k]
                ov[k] += _pieces_overlap(faces, tree, gained, crs)
                ov[k] -= _pieces_overlap(faces, tree, lost, crs)
        fh = face_holder[t]
        unassigned = float(face_area[fh < 0].sum())
        cut_km2, cut_truth = _band_cut(tr, bands[t], t)
        for k, h in enumerate(holders):
            # ground no actor holds: the rest of each face
            ovk = ov[k] if k < len(actors) else face_area - ov.sum(axis=0)
            mine = fh == k
            rows.append(
                (
                    s.name,
                    h,
                    day,
                    float(tr.truth_km2[t, k]),
                    float(face_area[mine].sum()) - cut_km2[k],
                    float(ovk[mine].sum()) - cut_truth[k],
                    unassigned,
                )
            )
    return rows


def _gain_rows(tr: _Truth, s: ModelSetting, faces, face_area, face_holder, bands) -> list[tuple]:
    """Per period and holder: truth and model km² gained and lost, flips.

    With a band the model's ground is each holder's faces outside the band:
    ground that goes into the band is the holder's loss and nobody's gain,
    ground the band gives back is a gain (:func:`_moved_km2`).
    """
    labels, rows, crs = tr.labels, [], tr.crs
    for kind in tr.periods:
        for a_day, b_day in tr.pairs_of[kind]:
            i, j = tr.pos[a_day], tr.pos[b_day]
            flips = int((labels[i] != labels[j]).sum())
            for k, h in enumerate(tr.holders):
                if (i, j, k) not in tr.truth_change:
                    continue
                gi = (face_holder[j] == k) & (face_holder[i] != k)
                lo = (face_holder[i] == k) & (face_holder[j] != k)
                bi, bj = bands[i][k], bands[j][k]
                tg, tl = tr.truth_change[(i, j, k)]
                rows.append(
                    (
                        s.name,
                        h,
                        kind,
                        a_day,
                        b_day,
                        tg,
                        _moved_km2(faces, face_area, gi, lo, bj, bi, crs),
                        tl,
                        _moved_km2(faces, face_area, lo, gi, bi, bj, crs),
                        flips,
                        int(((labels[j] == k) & (labels[i] != k)).sum()),
                    )
                )
    return rows


def _frames(held_rows: list[tuple], gain_rows: list[tuple]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The held and gains tables with their error columns."""
    held = pd.DataFrame(
        held_rows,
        columns=[
            "setting",
            "actor",
            "date",
            "truth_km2",
            "model_km2",
            "overlap_km2",
            "unassigned_km2",
        ],
    )
    tr = held["truth_km2"].where(held["truth_km2"] > _MIN_TRUTH_KM2)
    held["net_error_pct"] = 100 * (held["model_km2"] - held["truth_km2"]) / tr
    held["symdiff_km2"] = held["model_km2"] + held["truth_km2"] - 2 * held["overlap_km2"]
    held["symdiff_pct"] = 100 * held["symdiff_km2"] / tr
    gains = pd.DataFrame(
        gain_rows,
        columns=[
            "setting",
            "actor",
            "period",
            "start",
            "end",
            "truth_gained_km2",
            "model_gained_km2",
            "truth_lost_km2",
            "model_lost_km2",
            "flips",
            "places_gained",
        ],
    )
    tg = gains["truth_gained_km2"].where(gains["truth_gained_km2"] > _MIN_TRUTH_KM2)
    gains["error_pct"] = 100 * (gains["model_gained_km2"] - gains["truth_gained_km2"]) / tg
    return held, gains


def _assumptions(series, tr: _Truth, sets, other, gaz_file, places_in, places) -> dict[str, str]:
    """What the calibration's figures assume."""
    days, actors, diag_km, crs, periods = tr.days, tr.actors, tr.diag_km, tr.crs, tr.periods
    assumptions = {
        "truth": f"{getattr(series, 'title', 'snapshots')}: {len(days)} snapshot dates "
        f"{days[0]}..{days[-1]}; actors {', '.join(actors)}"
        + (f"; ground no actor holds labelled {other!r}" if other else ""),
        "gazetteer": f"{gaz_file}: {len(places_in)} of {len(places)} places inside the area of interest",
        "labels": "each place labelled on each date by the truth polygon holding it (a floor: "
        "no reporting delay, no missed event)",
        "model": "geomap.territory.tessellate (capped Voronoi faces); uncapped = radius "
        f"{diag_km:,.0f} km (the area's diagonal)",
        "areas": f"geomap.areas.area_km2 in the series' equal-area CRS ({getattr(crs, 'name', crs)})",
        "held error": "net = (model − truth) / truth; symdiff = area(model Δ truth) / truth",
        "gain error": "per period gained km² (end outside start); gain_error = Σ|model−truth| / Σ truth; "
        "bias = Σ(model−truth) / Σ truth; 68 % range = 16th–84th percentile of per-period error",
        "periods": "calendar week (Monday), month, quarter; boundary snapshot ≤ "
        + ", ".join(f"{k} {v} d" for k, v in PERIODS.items() if k in periods and v is not None)
        + " after the boundary; pairs = every two snapshot dates (overlapping windows)",
    }
    if any(s.band_km is not None for s in sets):
        assumptions["band"] = (
            "with a contested band each holder's ground is its faces outside the band, for held "
            "area and for gains: ground going into the band is a loss and nobody's gain, ground "
            "the band gives back a gain (gained − lost = change in held area)"
        )
    for key in ("attribution", "licence"):
        if key in getattr(series, "assumptions", {}):
            assumptions[f"truth {key}"] = str(series.assumptions[key])
    if "source" in places.columns and places["source"].astype(str).str.contains("GeoNames").any():
        from ..gazetteer import ATTRIBUTION

        assumptions["gazetteer attribution"] = ATTRIBUTION
    return assumptions


def calibrate(
    series: Any,
    places: pd.DataFrame | str | Path,
    settings: Iterable[ModelSetting | float | str | None] = (15, 30, 50, None),
    *,
    other: str | None = None,
    dates: Iterable[Any] | None = None,
    periods: Sequence[str] = ("week", "month", "quarter"),
    barriers: Sequence[Any] | str | Path | None = None,
) -> Calibration:
    """Measure the place model against a snapshot series.

    Parameters
    ----------
    series : SnapshotSeries
        Dated control polygons with an area of interest
        (:func:`geomap.load_snapshots` with ``aoi=``, or a snapshot theatre).
    places : DataFrame or path
        Gazetteer: ``id``, ``lat``, ``lon`` (a ``places.csv``, or
        :func:`geomap.gazetteer.geonames_places`).
    settings : iterable
        Model settings: :class:`ModelSetting`, a radius in km, ``None`` /
        ``"uncapped"``.
    other : str, optional
        Label of places on no actor's ground (their cells then form a
        measured holder whose truth is the area of interest outside every
        actor); default: such places are unknown and their cells unassigned.
    dates : iterable of dates, optional
        Snapshot dates to use (default: all).
    periods : sequence of {"week", "month", "quarter", "pairs"}
        ``pairs``: every two snapshot dates (for the error as a function of
        the places that changed hands; overlapping, so not independent).
    barriers : path or sequence of shapely geometry, optional
        Lines and polygons (EPSG:4326; a GeoJSON file read by
        :func:`geomap.inputs.barriers.read_barriers`) that the settings with
        ``barriers=True`` (``"30+barriers"``) cut their cells by.

    Returns
    -------
    Calibration

    Raises
    ------
    InputError
        A series with no area of interest, a date with no snapshot, a
        gazetteer with no place inside the area, places that all carry one
        label on every date, a bad setting.
    """
    places, gaz_file = _read_places(places)
    sets = _check_inputs(settings, periods, series)
    aoi = series.aoi.geometry.iloc[0]
    days = _pick_days(series, dates)
    places_in, pts, lon, lat = _places_inside(places, aoi, gaz_file)
    actors, holders, labels, truth = _labels(series, days, pts, other, gaz_file)
    tr = _truth(series, aoi, days, lon, lat, actors, holders, labels, truth, other, periods)
    if barriers is not None:
        tr.barriers = _barriers(barriers, aoi)
    held_rows, gain_rows = [], []
    for s in sets:
        faces, face_area, face_holder = _face_holders(tr, s)
        bands = _band_pieces(tr, s, faces, face_holder)
        held_rows += _held_rows(tr, s, faces, face_area, face_holder, bands)
        gain_rows += _gain_rows(tr, s, faces, face_area, face_holder, bands)
    held, gains = _frames(held_rows, gain_rows)
    summary = _summarize(
        held, gains, [s.name for s in sets], holders, periods, float(area_km2(aoi, crs=tr.crs))
    )
    assumptions = _assumptions(series, tr, sets, other, gaz_file, places_in, places)
    return Calibration(held=held, gains=gains, summary=summary, assumptions=assumptions)


#: Bins of places gained in a period, for :func:`uncertainty_table`.
FLIP_BINS = ((1, 1), (2, 2), (3, 4), (5, 8), (9, 16), (17, 10**9))


def uncertainty_table(
    cal: Calibration,
    *,
    setting: str,
    actor: str,
    period: str = "pairs",
    bins: Sequence[tuple[int, int]] = FLIP_BINS,
) -> pd.DataFrame:
    """The gain error as a function of the places gained in a period.

    One row per bin of ``places_gained`` (``n_min``..``n_max``) with
    ``periods`` (how many measured, with truth gain > 0), ``median_pct``,
    and the 68 % range ``lo_pct``..``hi_pct`` (16th–84th percentiles) of
    ``(model − truth) / truth``.  Bins with fewer than 5 periods are left out.
    """
    g = cal.gains[
        (cal.gains["setting"] == setting)
        & (cal.gains["actor"] == actor)
        & (cal.gains["period"] == period)
        & (cal.gains["truth_gained_km2"] > _MIN_TRUTH_KM2)
    ]
    rows = []
    for lo, hi in bins:
        e = g[(g["places_gained"] >= lo) & (g["places_gained"] <= hi)]["error_pct"].to_numpy()
        if len(e) < 5:
            continue
        rows.append(
            {
                "n_min": lo,
                "n_max": hi,
                "periods": len(e),
                "median_pct": float(np.median(e)),
                "lo_pct": float(np.percentile(e, 16)),
                "hi_pct": float(np.percentile(e, 84)),
            }
        )
    return pd.DataFrame(
        rows, columns=["n_min", "n_max", "periods", "median_pct", "lo_pct", "hi_pct"]
    )


def _barriers(barriers: Sequence[Any] | str | Path, aoi: Any) -> list:
    """The barrier geometries (EPSG:4326), read from a file when given a path."""
    from ..inputs.barriers import read_barriers

    if isinstance(barriers, str | Path):
        return read_barriers(Path(barriers), aoi=aoi)
    return [g for g in barriers if g is not None and not g.is_empty]


def _as_setting(s: Any) -> ModelSetting:
    if isinstance(s, ModelSetting):
        return s
    if s is None:
        return ModelSetting(None)
    if isinstance(s, str):
        return parse_setting(s)
    return ModelSetting(float(s))


def _diagonal_km(aoi: Any) -> float:
    from pyproj import Geod

    w, s, e, n = aoi.bounds
    return float(Geod(ellps="WGS84").line_length([w, e], [s, n]) / 1000.0) + 1.0


def _summarize(held, gains, set_names, holders, periods, aoi_km2: float) -> pd.DataFrame:
    rows = []
    for s in set_names:
        for h in holders:
            hd = held[(held["setting"] == s) & (held["actor"] == h)].sort_values("date")
            if not len(hd) or not (hd["truth_km2"] > _MIN_TRUTH_KM2).any():
                continue
            row: dict[str, Any] = {"setting": s, "actor": h, "dates": len(hd)}
            row["net_error_pct"] = (
                100 * (hd["model_km2"].sum() - hd["truth_km2"].sum()) / hd["truth_km2"].sum()
            )
            row["symdiff_pct"] = 100 * hd["symdiff_km2"].sum() / hd["truth_km2"].sum()
            row["unassigned_pct_aoi"] = np.nan
            dm = hd["model_km2"].to_numpy() - hd["model_km2"].iloc[0]
            dtr = hd["truth_km2"].to_numpy() - hd["truth_km2"].iloc[0]
            row["max_drift_km2"] = float(np.max(np.abs(dm - dtr))) if len(hd) else 0.0
            for kind in periods:
                g = gains[
                    (gains["setting"] == s) & (gains["actor"] == h) & (gains["period"] == kind)
                ]
                row.update(_period_stats(g, kind))
            rows.append(row)
    out = pd.DataFrame(rows)
    unassigned = held.groupby(["setting", "date"])["unassigned_km2"].first()
    if len(out):
        # unassigned share of the area of interest (mean over dates), per setting
        share = (unassigned / aoi_km2).groupby("setting").mean() * 100
        out["unassigned_pct_aoi"] = out["setting"].map(share)
    return out


_GAIN_STATS = (
    "truth_gain_km2",
    "gain_error_pct",
    "gain_bias_pct",
    "median_abs_error_pct",
    "range68_lo_pct",
    "range68_hi_pct",
    "flips",
)


def _period_stats(g: pd.DataFrame, kind: str) -> dict[str, float]:
    """Gain (and loss) error figures of one setting, holder and period kind."""
    p = f"{kind}_"
    row: dict[str, float] = {}
    gained = g[g["truth_gained_km2"] > _MIN_TRUTH_KM2]
    row[p + "n"] = len(gained)
    if len(gained):
        t, m = gained["truth_gained_km2"], gained["model_gained_km2"]
        e = gained["error_pct"].to_numpy()
        row[p + "truth_gain_km2"] = float(t.mean())
        row[p + "gain_error_pct"] = float(100 * (m - t).abs().sum() / t.sum())
        row[p + "gain_bias_pct"] = float(100 * (m - t).sum() / t.sum())
        row[p + "median_abs_error_pct"] = float(np.median(np.abs(e)))
        row[p + "range68_lo_pct"] = float(np.percentile(e, 16))
        row[p + "range68_hi_pct"] = float(np.percentile(e, 84))
        row[p + "flips"] = float(gained["flips"].mean())
    else:
        row.update({p + c: np.nan for c in _GAIN_STATS})
    # the same for the km² lost (with a band, ground going into the band is lost by
    # one side and gained by neither, so losses are no longer the other side's gains)
    lost = g[g["truth_lost_km2"] > _MIN_TRUTH_KM2]
    row[p + "loss_n"] = len(lost)
    t, m = lost["truth_lost_km2"], lost["model_lost_km2"]
    row[p + "loss_error_pct"] = float(100 * (m - t).abs().sum() / t.sum()) if len(lost) else np.nan
    row[p + "loss_bias_pct"] = float(100 * (m - t).sum() / t.sum()) if len(lost) else np.nan
    return row
