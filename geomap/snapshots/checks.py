"""Quality checks on a time series of territory (the flags of ``geomap check``).

Real control-map archives break in recurring ways: a polygon that is not a
valid ring, a one-day glitch that appears and vanishes (a **spike**), a
lasting jump when the source redefines a category (a **step**), days with no
snapshot, two snapshots on one day, junk polygons far from the area of
interest.  :func:`check_series` finds each of them and returns one
:class:`Flag` per finding that names the date, the actor, the km² at stake
and, where there is one, the file and feature responsible.  It reports; it
never patches.  Thresholds are keyword parameters, the fields of
:class:`Thresholds` (their one home: defaults and limits).

Checks and defaults
-------------------
``invalid-ring``, ``clipped``, ``duplicate-date``, ``stray-polygon`` (outside
the area of interest)
    Recorded while loading (:mod:`geomap.snapshots.read`); repeated here.
``spike`` and ``step``
    On each actor's held area.  The change between consecutive snapshots is
    divided by the days between them (a per-day rate); the series' normal
    daily change is the median rate, its spread the median absolute
    deviation (MAD, times 1.4826 so that it estimates a standard deviation
    for normal noise; at least ``mad_floor_km2``).  A change is a **jump**
    when its robust z-score exceeds ``z`` (default 10) and it moves at least
    ``min_km2`` (default 10 km²).  A jump followed within ``spike_max_len``
    snapshots (default 3) by an opposite jump that brings the area back to
    within ``return_frac`` (default 0.5) of the jump is a **spike**; any other
    jump is a **step**.  On DeepState's daily record of autumn 2024 the largest
    daily change is about 3 robust standard deviations: far below the default.
``missing-date``
    Gaps longer than ``missing_factor`` (default 1.5) times the series' usual
    spacing (its median gap): a daily series flags each missing day (a gap of
    more than ``max_listed``, default 3, missing dates gets one flag).  The
    km² at stake is the ground that changed hands across the gap, which no
    date can be given to.
``stray-polygon`` (no area of interest)
    Parts of the territory are grouped into clusters whose members lie
    within ``stray_km`` (default 500 km) of one another; the cluster with the
    largest area is the theatre, every part outside it is stray.

Examples
--------
>>> import pandas as pd
>>> held = pd.DataFrame({
...     "date": pd.date_range("2024-01-01", periods=8).date,
...     "actor": "red",
...     "held_km2": [100, 101, 102, 900, 103, 104, 105, 106.0],
... })
>>> [(f.kind, str(f.date), round(f.km2)) for f in check_held(held)]
[('spike', '2024-01-04', 798)]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import shapely

from ..areas import area_km2
from ..crs import to_metres
from .flags import FLAG_KINDS, Flag
from .overlay import components

if TYPE_CHECKING:  # the series calls the checks; the checks only read the series
    from .series import SnapshotSeries

__all__ = ["Flag", "Thresholds", "check_series", "check_held", "stray_parts", "FLAG_KINDS"]

_MAD_TO_SD = 1.4826


@dataclass(frozen=True)
class Thresholds:
    """The thresholds of the quality checks, with their defaults (their one home).

    Attributes
    ----------
    z : float, default 10
        Robust z-score (MAD-based) above which a change is a jump.
    min_km2 : float, default 10
        Smallest change, in km², that can be a jump.
    mad_floor_km2 : float, default 1
        Lower bound of the MAD, so a series that hardly ever moves does not
        flag every small change.
    return_frac : float, default 0.5
        A spike must come back to within this fraction of its jump.
    spike_max_len : int, default 3
        Longest spike, in snapshots.
    missing_factor : float, default 1.5
        A gap longer than this many usual gaps has missing dates.
    max_listed : int, default 3
        A gap missing more dates than this gets one flag (dated at its first
        missing date) instead of one per date; e.g. a monthly archive joined
        to a daily one.
    stray_km : float, default 500
        Without an area of interest: parts farther than this from the main
        cluster of territory are stray (:func:`check_series` only).

    Raises
    ------
    ValueError
        A threshold out of its range, named.

    Examples
    --------
    >>> Thresholds(z=8).min_km2
    10.0
    >>> Thresholds(return_frac=2)
    Traceback (most recent call last):
    ...
    ValueError: return_frac must be between 0 and 1, got 2
    """

    z: float = 10.0
    min_km2: float = 10.0
    mad_floor_km2: float = 1.0
    return_frac: float = 0.5
    spike_max_len: int = 3
    missing_factor: float = 1.5
    max_listed: int = 3
    stray_km: float = 500.0

    def __post_init__(self) -> None:
        if self.z <= 0 or self.min_km2 < 0 or self.mad_floor_km2 <= 0:
            raise ValueError("z and mad_floor_km2 must be positive and min_km2 not negative")
        if not 0 < self.return_frac < 1:
            raise ValueError(f"return_frac must be between 0 and 1, got {self.return_frac}")
        if self.spike_max_len < 1:
            raise ValueError(f"spike_max_len must be at least 1, got {self.spike_max_len}")
        if self.missing_factor <= 1:
            raise ValueError(f"missing_factor must be above 1, got {self.missing_factor}")
        if self.stray_km <= 0:
            raise ValueError(f"stray_km must be positive, got {self.stray_km}")

    def jumps(self) -> dict[str, Any]:
        """The keywords of the jump detection."""
        return {
            "z": self.z,
            "min_km2": self.min_km2,
            "mad_floor_km2": self.mad_floor_km2,
            "return_frac": self.return_frac,
            "spike_max_len": self.spike_max_len,
        }


#: The default thresholds (e.g. for command-line defaults).
DEFAULT_THRESHOLDS = Thresholds()


# --------------------------------------------------------------------------- jumps
def _jumps(
    values: np.ndarray,
    days: np.ndarray,
    *,
    z: float,
    min_km2: float,
    mad_floor_km2: float,
    return_frac: float,
    spike_max_len: int,
) -> list[dict[str, Any]]:
    """Spikes and steps in one series (values at strictly increasing day ordinals)."""
    n = len(values)
    if n < 3:
        return []
    d = np.diff(values)
    gaps = np.diff(days).astype(float)
    rate = d / gaps
    centre = float(np.median(rate))
    mad = float(np.median(np.abs(rate - centre)))
    scale = _MAD_TO_SD * max(mad, mad_floor_km2)
    score = np.abs(rate - centre) / scale
    big = (score > z) & (np.abs(d) >= min_km2)
    out: list[dict[str, Any]] = []
    used = np.zeros(len(d), dtype=bool)
    for c in np.flatnonzero(big):
        if used[c]:
            continue
        before = values[c]  # level before the jump (at snapshot c)
        spike_end = None
        for e in range(c + 1, min(c + 1 + spike_max_len, len(d))):
            if big[e] and np.sign(d[e]) != np.sign(d[c]):
                if abs(values[e + 1] - before) <= return_frac * abs(d[c]):
                    spike_end = e
                    break
        if spike_end is not None:
            excursion = values[c + 1 : spike_end + 1] - before
            used[c] = used[spike_end] = True
            out.append(
                {
                    "kind": "spike",
                    "at": c + 1,  # index of the first snapshot inside the spike
                    "back": spike_end + 1,  # index of the snapshot where it is back
                    "km2": float(np.max(np.abs(excursion))),
                    "jump": float(d[c]),
                    "ret": float(d[spike_end]),
                    "score": float(score[c]),
                    "centre": centre,
                    "scale": scale,
                }
            )
        else:
            used[c] = True
            later = values[c + 2 : c + 2 + spike_max_len]
            out.append(
                {
                    "kind": "step",
                    "at": c + 1,
                    "km2": float(abs(d[c])),
                    "jump": float(d[c]),
                    "score": float(score[c]),
                    "centre": centre,
                    "scale": scale,
                    "lasting": bool(
                        len(later)
                        and np.all(np.abs(later - before) >= (1 - return_frac) * abs(d[c]))
                    ),
                    "at_end": c + 1 == n - 1,
                }
            )
    return out


def _missing(
    days: list[dt.date], missing_factor: float
) -> list[tuple[dt.date, dt.date, list[dt.date]]]:
    """``(before, after, expected dates)`` for each gap longer than usual."""
    if len(days) < 3:
        return []
    ords = np.array([d.toordinal() for d in days])
    gaps = np.diff(ords)
    usual = float(np.median(gaps))
    out = []
    for k in np.flatnonzero(gaps > missing_factor * usual):
        step = max(int(round(usual)), 1)
        n_missing = max(int(round(gaps[k] / usual)) - 1, 1)
        if step == 1:
            expected = [days[k] + dt.timedelta(days=j) for j in range(1, int(gaps[k]))]
        else:
            expected = [days[k] + dt.timedelta(days=step * j) for j in range(1, n_missing + 1)]
            expected = [e for e in expected if e < days[k + 1]] or [
                days[k] + dt.timedelta(days=int(gaps[k]) // 2)
            ]
        out.append((days[k], days[k + 1], expected))
    return out


def _missing_dates(expected: list[dt.date], max_listed: int) -> list[tuple[dt.date, str]]:
    """One flag per missing date, or one per gap when it misses more than ``max_listed``."""
    if len(expected) <= max_listed:
        return [(d, "missing date") for d in expected]
    return [(expected[0], f"{len(expected)} missing dates from {expected[0]} to {expected[-1]}")]


def _jump_message(j: dict[str, Any], days: list[dt.date]) -> tuple[str, str]:
    normal = f"the usual change is {j['centre']:+,.1f} ± {j['scale']:,.1f} km²/day"
    if j["kind"] == "spike":
        back = days[j["back"]]
        msg = (
            f"held area jumps by {j['jump']:+,.1f} km² and comes back ({j['ret']:+,.1f} km²) on {back}: "
            f"a one-off excursion ({j['score']:.0f} robust SD; {normal})"
        )
        hint = "check this snapshot against the ones around it; if it is a glitch, drop or replace the file"
    else:
        tail = (
            "at the end of the series: cannot tell yet whether it lasts"
            if j.get("at_end")
            else ("and stays" if j.get("lasting") else "and partly reverts later")
        )
        msg = f"held area jumps by {j['jump']:+,.1f} km² {tail} ({j['score']:.0f} robust SD; {normal})"
        hint = (
            "a lasting jump larger than any normal day: check whether the source redefined a category "
            "(a colour or key renamed, a region added) before comparing across it"
        )
    return msg, hint


def check_held(held: pd.DataFrame, **thresholds: Any) -> list[Flag]:
    """Spikes, steps, missing and duplicate dates in a held-area table.

    Works on any theatre's ``held_series()`` (event theatres included).

    Parameters
    ----------
    held : pandas.DataFrame
        ``date``, ``actor``, ``held_km2``.  Actor "" (unassigned) is skipped.
    **thresholds
        Fields of :class:`Thresholds` (``stray_km`` is not used here).

    Returns
    -------
    list of Flag
        Without file or feature (a held table has none).
    """
    limits = Thresholds(**thresholds)
    df = held.copy()
    df["date"] = [_day(d) for d in df["date"]]
    flags: list[Flag] = []
    dup = df[df.duplicated(["date", "actor"], keep=False) & (df["actor"] != "")]
    for (day, actor), grp in dup.groupby(["date", "actor"], sort=True):
        flags.append(
            Flag(
                kind="duplicate-date",
                date=day,
                actor=actor,
                km2=float(grp["held_km2"].max() - grp["held_km2"].min()),
                message=f"{len(grp)} values on one date",
                hint="keep one value per date",
            )
        )
    df = df.drop_duplicates(["date", "actor"], keep="last")
    days = sorted(set(df["date"]))
    for before, after, expected in _missing(days, limits.missing_factor):
        sub = df[df["date"].isin([before, after]) & (df["actor"] != "")]
        piv = sub.pivot(index="date", columns="actor", values="held_km2")
        change = (
            float(np.nansum(np.abs(piv.loc[after] - piv.loc[before]))) if len(piv) == 2 else 0.0
        )
        for day, what in _missing_dates(expected, limits.max_listed):
            flags.append(
                Flag(
                    kind="missing-date",
                    date=day,
                    actor="",
                    km2=change,
                    message=f"{what}: no snapshot between {before} and {after} (net change across the gap shown)",
                    hint="add the missing snapshot if the source has one",
                )
            )
    for actor, grp in df[df["actor"] != ""].groupby("actor", sort=False):
        grp = grp.sort_values("date")
        adays = list(grp["date"])
        ords = np.array([d.toordinal() for d in adays])
        for j in _jumps(grp["held_km2"].to_numpy(float), ords, **limits.jumps()):
            msg, hint = _jump_message(j, adays)
            flags.append(
                Flag(
                    kind=j["kind"],
                    date=adays[j["at"]],
                    actor=actor,
                    km2=j["km2"],
                    message=msg,
                    hint=hint,
                )
            )
    return _sorted(flags)


# --------------------------------------------------------------------------- stray parts
def stray_parts(
    series: SnapshotSeries, *, stray_km: float = DEFAULT_THRESHOLDS.stray_km
) -> list[tuple[int, str, Any]]:
    """``(date index, actor, polygon)`` of parts outside each date's main cluster.

    Parts of every actor on a date are linked when they lie within
    ``stray_km`` of each other (distance in the series' equal-area CRS); the
    linked cluster with the largest area is the theatre.
    """
    out: list[tuple[int, str, Any]] = []
    ids = series.actor_ids
    parts, owner, day_of = [], [], []
    for i, day in enumerate(series.dates):
        territory = series.territory(day)
        for k, actor in enumerate(ids):
            g = territory[actor]
            if g.is_empty:
                continue
            p = shapely.get_parts(g)
            parts.extend(p)
            owner.extend([k] * len(p))
            day_of.extend([i] * len(p))
    if not parts:
        return out
    parts_arr = np.asarray(parts, dtype=object)
    metres = to_metres(parts_arr, series.crs)
    owner_arr = np.asarray(owner)
    day_arr = np.asarray(day_of)
    limit = stray_km * 1000.0
    for i in np.unique(day_arr):
        sel = np.flatnonzero(day_arr == i)
        if len(sel) < 2:
            continue
        geo = metres[sel]
        tree = shapely.STRtree(geo)
        left, right = tree.query(geo, predicate="dwithin", distance=limit)
        roots = components(len(sel), left, right)
        areas = shapely.area(geo)
        totals = pd.Series(areas).groupby(roots).sum()
        core = int(totals.idxmax())
        for x in np.flatnonzero(roots != core):
            out.append((int(i), ids[owner_arr[sel[x]]], parts_arr[sel[x]]))
    return out


# --------------------------------------------------------------------------- the series check
def check_series(
    series: SnapshotSeries, *, kinds: Iterable[str] | None = None, **thresholds: Any
) -> list[Flag]:
    """Every quality check on a snapshot series.

    Parameters
    ----------
    series : SnapshotSeries
        From :func:`geomap.snapshots.load_snapshots`.  Load it with
        ``on_invalid="warn"`` (or ``"fix"``) to see invalid rings here rather
        than as a load error.
    kinds : iterable of str, optional
        Only these kinds (see ``FLAG_KINDS``).
    **thresholds
        Fields of :class:`Thresholds`: ``z``, ``min_km2``, ``mad_floor_km2``,
        ``return_frac``, ``spike_max_len``, ``missing_factor``,
        ``max_listed``, ``stray_km`` (defaults and meaning there).

    Returns
    -------
    list of Flag
        Sorted by date, kind, actor.  Nothing is changed in the series.

    Raises
    ------
    ValueError
        A threshold out of range, or an unknown flag kind.
    """
    limits = Thresholds(**thresholds)
    wanted = set(FLAG_KINDS if kinds is None else kinds)
    unknown = wanted - set(FLAG_KINDS)
    if unknown:
        raise ValueError(
            f"unknown flag kinds {sorted(unknown)}; choose from {', '.join(FLAG_KINDS)}"
        )
    flags = [f for f in series.flags if f.kind in wanted]
    if wanted & {"missing-date"}:
        flags += _missing_flags(series, limits)
    if wanted & {"spike", "step"}:
        flags += _jump_flags(series, limits, wanted)
    if "stray-polygon" in wanted and not series.has_aoi:
        flags += _stray_flags(series, limits.stray_km)
    return _sorted(flags)


def _missing_flags(series: SnapshotSeries, limits: Thresholds) -> list[Flag]:
    """Gaps longer than usual, with the km² gained and lost across each."""
    flags = []
    days = series.dates
    ids = series.actor_ids
    for before, after, expected in _missing(days, limits.missing_factor):
        # the ledger of one period from the day after `before` to `after` compares
        # the snapshot of `before` with that of `after`
        led = series.ledger(by="total", start=before + dt.timedelta(days=1), end=after)
        gl = np.column_stack([led["gained_km2"].to_numpy(), led["lost_km2"].to_numpy()])
        gl = gl[: len(ids)]
        moved = float(gl.sum())
        detail = ", ".join(f"{a} +{g:,.1f}/−{lo:,.1f}" for a, (g, lo) in zip(ids, gl, strict=True))
        for day, what in _missing_dates(expected, limits.max_listed):
            flags.append(
                Flag(
                    kind="missing-date",
                    date=day,
                    actor="",
                    km2=moved,
                    message=f"{what}: no snapshot between {before} and {after}; "
                    f"km² gained/lost across the gap: {detail}",
                    hint="add the missing snapshot if the source has one; changes across the gap have no date",
                )
            )
    return flags


def _jump_flags(series: SnapshotSeries, limits: Thresholds, wanted: set[str]) -> list[Flag]:
    """Spikes and steps in each actor's held area, with the feature most responsible."""
    flags = []
    days = series.dates
    ords = np.array([d.toordinal() for d in days])
    held = series.held_series()
    for k, actor in enumerate(series.actor_ids):
        values = held.loc[held["actor"] == actor, "held_km2"].to_numpy(float)
        for jmp in _jumps(values, ords, **limits.jumps()):
            if jmp["kind"] not in wanted:
                continue
            at = jmp["at"]
            file, feature, loc = _culprit(series, at - 1, at, k)
            msg, hint = _jump_message(jmp, days)
            flags.append(
                Flag(
                    kind=jmp["kind"],
                    date=days[at],
                    actor=actor,
                    km2=jmp["km2"],
                    file=file,
                    feature=feature,
                    message=msg,
                    hint=hint,
                    location=loc,
                )
            )
    return flags


def _stray_flags(series: SnapshotSeries, stray_km: float) -> list[Flag]:
    """Parts far from the rest of the territory (a series without an area of interest)."""
    found = stray_parts(series, stray_km=stray_km)
    if not found:
        return []
    flags = []
    km = area_km2(np.asarray([g for _i, _a, g in found], dtype=object), crs=series.crs)
    for (i, actor, geom), a in zip(found, km, strict=True):
        file, feature = _feature_at(series, i, actor, geom)
        p = shapely.point_on_surface(geom)
        flags.append(
            Flag(
                kind="stray-polygon",
                date=series.dates[i],
                actor=actor,
                km2=float(a),
                file=file,
                feature=feature,
                message=f"a polygon more than {stray_km:,.0f} km from the rest of the territory; "
                "it is counted in the figures",
                hint="give an area of interest to clip it away, or remove it from the source",
                severity="error",
                location=(round(p.x, 6), round(p.y, 6)),
            )
        )
    return flags


def _culprit(series: SnapshotSeries, i: int, j: int, k: int) -> tuple[str | None, int | None, Any]:
    """File, feature and location most responsible for the change of actor k from i to j."""
    gained, lost = series.gained_lost(series.dates[i], series.dates[j], series.actor_ids[k])
    km = area_km2(np.asarray([gained, lost], dtype=object), crs=series.crs)
    region, at = (gained, j) if km[0] >= km[1] else (lost, i)
    if region.is_empty:
        return series.files[j], None, None
    parts = shapely.get_parts(region)
    biggest = parts[int(np.argmax(area_km2(parts, crs=series.crs)))]
    p = shapely.point_on_surface(biggest)
    file, feature = _feature_at(series, at, series.actor_ids[k], biggest)
    return file, feature, (round(p.x, 6), round(p.y, 6))


def _feature_at(
    series: SnapshotSeries, i: int, actor: str, geom: Any
) -> tuple[str | None, int | None]:
    """The kept feature of date index i and actor overlapping ``geom`` most."""
    feats = series.features
    file = series.files[i]
    sel = feats[
        (feats["date"] == series.dates[i]) & (feats["actor"] == actor) & (feats["file"] == file)
    ]
    if sel.empty:
        return file, None
    hits = sel[sel.intersects(geom)]
    if hits.empty:
        return file, None
    if len(hits) == 1:
        return str(hits["file"].iloc[0]), int(hits["feature"].iloc[0])
    inter = shapely.intersection(hits.geometry.values, geom)
    best = int(np.argmax(area_km2(inter, crs=series.crs)))
    return str(hits["file"].iloc[best]), int(hits["feature"].iloc[best])


def _day(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return pd.Timestamp(value).date()


def _sorted(flags: list[Flag]) -> list[Flag]:
    order = {k: n for n, k in enumerate(FLAG_KINDS)}
    return sorted(
        flags, key=lambda f: (f.date, order.get(f.kind, 99), f.actor, f.file or "", f.feature or -1)
    )
