"""The area ledger: km² gained, lost, net and held per actor and period.

Works on a :class:`~geomap.facelog.FaceLog` (who held each face, over
time) and the equal-area km² of each face.  Because every figure is a sum of
the same face areas, the ledger's identities hold by construction, up to
floating-point rounding:

* per actor: held(end) − held(start) = gained − lost;
* Σ held over actors + unassigned = area of interest;
* Σ gained = Σ lost over all holders, unassigned counted as a holder.

The unassigned holder has actor id ``""``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd

from .facelog import FaceLog
from .schema import CONFIDENCE, DIFF_TOTAL_COLUMNS, LEDGER_COLUMNS

__all__ = [
    "periods",
    "period_ledger",
    "LedgerOptions",
    "event_areas",
    "held_by_day",
    "face_diff",
    "LEDGER_COLUMNS",
    "DIFF_TOTAL_COLUMNS",
]

By = Literal["day", "week", "month", "total"]


def periods(start: dt.date, end: dt.date, by: By) -> list[tuple[dt.date, dt.date]]:
    """Consecutive periods covering ``start``..``end`` (inclusive), clipped at both ends.

    Weeks are ISO weeks (Monday to Sunday); months are calendar months.

    Examples
    --------
    >>> periods(dt.date(2017, 5, 30), dt.date(2017, 6, 2), "month")
    [(datetime.date(2017, 5, 30), datetime.date(2017, 5, 31)), (datetime.date(2017, 6, 1), datetime.date(2017, 6, 2))]
    """
    if end < start:
        raise ValueError(f"the period ends ({end}) before it starts ({start})")
    if by == "total":
        return [(start, end)]
    out = []
    cur = start
    while cur <= end:
        if by == "day":
            stop = cur
        elif by == "week":
            stop = cur + dt.timedelta(days=6 - cur.weekday())
        elif by == "month":
            nxt = dt.date(cur.year + (cur.month == 12), cur.month % 12 + 1, 1)
            stop = nxt - dt.timedelta(days=1)
        else:
            raise ValueError(f"by must be one of day, week, month, total; not {by!r}")
        stop = min(stop, end)
        out.append((cur, stop))
        cur = stop + dt.timedelta(days=1)
    return out


def _held(owner: np.ndarray, face_area: np.ndarray, n_actors: int) -> np.ndarray:
    # slot 0 = unassigned, slot i+1 = actor i
    return np.bincount(owner + 1, weights=face_area, minlength=n_actors + 1)


def held_by_day(
    log: FaceLog, face_area: np.ndarray, n_actors: int, days: Sequence[dt.date]
) -> np.ndarray:
    """Held km² (unassigned first, then each actor) after each given day."""
    return np.array([_held(log.owners_at(d.toordinal()), face_area, n_actors) for d in days])


@dataclass
class LedgerOptions:
    """Optional inputs of :func:`period_ledger` beyond the faces.

    Attributes
    ----------
    face_label : array of str, optional
        Name of the place (or drawn area) of each face, for the
        ``places_gained`` / ``places_lost`` columns.
    confidence : array of str, optional
        Confidence of each event, indexed by ``seq``: fills the columns
        ``gained_<level>_km2`` (one per level of
        :data:`geomap.inputs.events.CONFIDENCE`), the gains split by the
        confidence of the event that moved the ground; a level ``"enclosed"``
        (ground given by enclosure, not by an event) adds ``gained_enclosed_km2``.
    band : array of float, optional
        Shape ``(n_periods + 1, n_actors)``: km² of each actor's ground inside
        the contested band before the first period and at the end of each
        period.  Adds the holder ``contested``: actors' held area is net of
        the band, ground the band takes from an actor counts as its loss
        (and the band's gain), ground it gives back as its gain, so the
        identities still hold with ``contested`` as a holder.  With
        ``confidence`` too, ``gained_band_km2`` is the part of the gain the
        band moved (not an event), so the split still adds up to ``gained_km2``.
    """

    face_label: np.ndarray | None = None
    confidence: np.ndarray | None = None
    band: np.ndarray | None = None


@dataclass
class _Flows:
    """Per period (rows) and holder (columns: unassigned, actors[, contested]) km²."""

    gained: np.ndarray
    lost: np.ndarray
    held: np.ndarray
    held0: np.ndarray
    levels: tuple[str, ...] = ()
    gained_by: np.ndarray | None = None  # (level, period, holder)


def _summed(row: np.ndarray, col: np.ndarray, weight: np.ndarray, shape) -> np.ndarray:
    """``np.add.at(np.zeros(shape), (row, col), weight)`` by one ``bincount``: the same sums,
    each bin added to in the same order, ten times faster."""
    n_rows, n_cols = shape
    flat = np.asarray(row, dtype=np.int64) * n_cols + np.asarray(col, dtype=np.int64)
    return np.bincount(flat, weights=weight, minlength=n_rows * n_cols).reshape(shape)


def _split_by_level(confidence, seq, per, new, area, shape) -> tuple[tuple[str, ...], np.ndarray]:
    codes, uniq = pd.factorize(np.asarray(confidence, dtype=object))  # each text compared once
    code_of = {v: k for k, v in enumerate(uniq.tolist())}
    levels = CONFIDENCE + (("enclosed",) if "enclosed" in code_of else ())
    conf = codes[seq]
    gained_by = np.zeros((len(levels), *shape))
    for li, lev in enumerate(levels):
        sel = conf == code_of.get(lev, -2)
        gained_by[li] = _summed(per[sel], new[sel], area[sel], shape)
    return levels, gained_by


def _add_band(f: _Flows, band: np.ndarray) -> None:
    """Make the band a holder (last column); actors net of it; the identities kept."""
    band = np.asarray(band, dtype=float)
    n_per, n_act = band.shape[0] - 1, band.shape[1]
    step = np.diff(band, axis=0)  # (n_per, n_act): growth of the band into each actor
    into, back = np.maximum(step, 0), np.maximum(-step, 0)
    f.gained = np.column_stack([f.gained, into.sum(axis=1)])
    f.lost = np.column_stack([f.lost, back.sum(axis=1)])
    f.lost[:, 1 : n_act + 1] += into
    f.gained[:, 1 : n_act + 1] += back
    f.held = np.column_stack([f.held, band[1:].sum(axis=1)])
    f.held[:, 1 : n_act + 1] -= band[1:]
    f.held0 = np.append(f.held0, band[0].sum())
    f.held0[1 : n_act + 1] -= band[0]
    if f.levels:
        # ground the band gives back (to actors) or takes (the band's own gain): its own level
        from_band = np.zeros((1, n_per, n_act + 2))
        from_band[0, :, 1 : n_act + 1] = back
        from_band[0, :, -1] = f.gained[:, -1]
        padded = np.concatenate([f.gained_by, np.zeros((len(f.levels), n_per, 1))], axis=2)
        f.gained_by = np.concatenate([padded, from_band])
        f.levels = (*f.levels, "band")


def _name_columns(  # noqa: PLR0913 - the changes' columns, a column each
    per: np.ndarray,
    old: np.ndarray,
    new: np.ndarray,
    labels: np.ndarray,
    rows: np.ndarray,
    n_rows: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """places_changed, places_gained and places_lost of every ledger row, a column at a time.

    ``rows[h]`` is the row (within a period) of holder ``h`` (``old``/``new`` values); a row's
    names are those of the faces its holder gained (lost) in the period, each once, in the
    order of the changes; ``places_changed`` counts the names gained or lost.
    """
    codes, uniq = pd.factorize(labels)  # a missing label: code -1, not named
    named = np.array([bool(u) for u in uniq.tolist()] + [False], dtype=bool)[codes]
    width = int(rows.max()) + 1
    per, codes = per[named], codes[named].astype(np.int64)
    row_g = per * width + rows[new[named]]
    row_l = per * width + rows[old[named]]
    n_codes = len(uniq) + 1
    names = np.asarray(uniq, dtype=object)
    both = np.sort(np.concatenate([row_g, row_l]) * n_codes + np.concatenate([codes, codes]))
    both = both[np.r_[True, both[1:] != both[:-1]]] if len(both) else both  # distinct pairs
    changed = np.bincount(both // n_codes, minlength=n_rows)
    return changed, _joined(row_g, codes, names, n_rows), _joined(row_l, codes, names, n_rows)


def _joined(row: np.ndarray, code: np.ndarray, names: np.ndarray, n_rows: int) -> np.ndarray:
    """Per row, its distinct names joined by ``"; "`` in the order they first appear."""
    out = np.full(n_rows, "", dtype=object)
    if not len(row):
        return out
    key = row * (len(names) + 1) + code
    order = np.argsort(key, kind="stable")  # a sort, not a hash: faster here
    sk = key[order]
    first = order[np.r_[True, sk[1:] != sk[:-1]]]  # each (row, name)'s first change
    first = first[np.lexsort((first, row[first]))]  # by row, then by first appearance
    r = row[first]
    bounds = np.r_[0, np.flatnonzero(r[1:] != r[:-1]) + 1, len(r)].tolist()
    taken = names[code[first]].tolist()
    for rr, a, b in zip(r[bounds[:-1]].tolist(), bounds[:-1], bounds[1:], strict=True):
        out[rr] = "; ".join(taken[a:b])
    return out


def period_ledger(
    log: FaceLog,
    face_area: np.ndarray,
    *,
    actor_ids: Sequence[str],
    actor_names: Sequence[str],
    start: dt.date,
    end: dt.date,
    by: By = "day",
    options: LedgerOptions | None = None,
) -> pd.DataFrame:
    """Gains, losses, net and held km² per actor and period.

    Parameters
    ----------
    log : FaceLog
    face_area : array of float
        km² of each face (equal-area; see :mod:`geomap.areas`).
    actor_ids, actor_names : sequences of str
        Actor index → id / display name.
    start, end : datetime.date
        First and last day (inclusive).
    by : {"day", "week", "month", "total"}
    options : LedgerOptions, optional
        Place names of the faces, event confidence (the gain split by it),
        the contested band.

    Returns
    -------
    DataFrame with :data:`LEDGER_COLUMNS`, one row per period and holder
    (the unassigned holder, ``actor == ""``, last; ``contested`` before it
    with a band).  Without ``split.confidence`` the split columns are NaN.
    """
    split = options or LedgerOptions()
    face_label = split.face_label
    spans = periods(start, end, by)
    n_act, n_per = len(actor_ids), len(spans)
    starts = np.array([s.toordinal() for s, _ in spans])
    in_range = (log.day >= start.toordinal()) & (log.day <= end.toordinal())
    face = log.face[in_range]
    old, new = log.old[in_range] + 1, log.new[in_range] + 1
    per = np.searchsorted(starts, log.day[in_range], side="right") - 1
    area = face_area[face]
    gained = _summed(per, new, area, (n_per, n_act + 1))
    lost = _summed(per, old, area, (n_per, n_act + 1))
    held0 = _held(log.owners_at(start.toordinal() - 1), face_area, n_act)
    f = _Flows(gained, lost, held0 + np.cumsum(gained - lost, axis=0), held0)
    if split.confidence is not None:
        f.levels, f.gained_by = _split_by_level(
            split.confidence, log.seq[in_range], per, new, area, gained.shape
        )
    order = list(range(1, n_act + 1)) + [0]
    ids = ["", *actor_ids]
    names = ["unassigned", *actor_names]
    if split.band is not None:
        _add_band(f, split.band)
        order = list(range(1, n_act + 1)) + [n_act + 1, 0]
        ids.append("contested")
        names.append("contested")
    p_idx = np.repeat(np.arange(n_per), len(order))
    a_idx = np.tile(order, n_per)
    slot = np.zeros(max(order) + 1, dtype=np.int64)  # holder → its row within a period
    slot[order] = np.arange(len(order))
    n_rows = n_per * len(order)
    if face_label is not None and len(face):
        changed, gained_names, lost_names = _name_columns(
            per, old, new, face_label[face], slot, n_rows
        )
    else:
        changed = np.zeros(n_rows, dtype=np.int64)
        gained_names = lost_names = np.full(n_rows, "", dtype=object)
    span_arr = np.empty((len(spans), 2), dtype=object)
    span_arr[:] = spans if spans else np.empty((0, 2), dtype=object)
    df = pd.DataFrame(
        {
            "period_start": span_arr[p_idx, 0],
            "period_end": span_arr[p_idx, 1],
            "actor": np.array(ids, dtype=object)[a_idx],
            "actor_name": np.array(names, dtype=object)[a_idx],
            "gained_km2": f.gained[p_idx, a_idx],
            "lost_km2": f.lost[p_idx, a_idx],
            "net_km2": f.gained[p_idx, a_idx] - f.lost[p_idx, a_idx],
            "held_km2": f.held[p_idx, a_idx],
            "places_changed": changed,
            "places_gained": gained_names,
            "places_lost": lost_names,
        },
        columns=LEDGER_COLUMNS,
    )
    for li, lev in enumerate(f.levels):
        df[f"gained_{lev}_km2"] = f.gained_by[li][p_idx, a_idx]
    df.attrs["held_at_start_km2"] = {ids[a]: float(f.held0[a]) for a in order}
    return df


def event_areas(log: FaceLog, face_area: np.ndarray, n_events: int) -> np.ndarray:
    """km² each event transferred (faces whose holder it changed), indexed by ``seq``."""
    return np.bincount(log.seq, weights=face_area[log.face], minlength=n_events)


def face_diff(
    before: np.ndarray,
    after: np.ndarray,
    face_area: np.ndarray,
    face_group: np.ndarray,
    *,
    n_actors: int,
) -> tuple[
    list[tuple[int, int, int, np.ndarray, float]], np.ndarray, np.ndarray, np.ndarray, np.ndarray
]:
    """Faces whose holder differs between two states, grouped, and the held km² of each state.

    Parameters
    ----------
    before, after : array of int
        Holder of every face (actor index, -1 = unassigned) in the two states.
    face_area : array of float
        km² of each face.
    face_group : array of int
        A group per face (e.g. its place, -1 = none): pieces are split by group.
    n_actors : int
        Number of actors (holder indices run from -1 to ``n_actors - 1``).

    Returns
    -------
    pieces : list of (old, new, group, faces, km2)
        One per (holder before, holder after, group) with at least one face,
        largest first.
    held_before, held_after, gained, lost : array of float
        km² per holder slot (slot 0 = unassigned, slot i+1 = actor i);
        ``gained``: ground a slot holds after and did not before; ``lost``:
        ground it held before and does not after.  Per slot, gained − lost =
        held_after − held_before (every changed face leaves one slot and
        enters another).
    """
    before = np.asarray(before)
    after = np.asarray(after)
    n_slots = n_actors + 1
    held0 = np.bincount(before + 1, weights=face_area, minlength=n_slots)
    held1 = np.bincount(after + 1, weights=face_area, minlength=n_slots)
    changed = np.flatnonzero(before != after)
    gained = np.bincount(after[changed] + 1, weights=face_area[changed], minlength=n_slots)
    lost = np.bincount(before[changed] + 1, weights=face_area[changed], minlength=n_slots)
    groups: dict[tuple[int, int, int], list[int]] = {}
    for f, o, n, g in zip(
        changed.tolist(),
        before[changed].tolist(),
        after[changed].tolist(),
        np.asarray(face_group)[changed].tolist(),
        strict=True,
    ):
        groups.setdefault((o, n, g), []).append(f)
    pieces = []
    for (o, n, g), faces in groups.items():
        idx = np.asarray(faces, dtype=np.int64)
        pieces.append((o, n, g, idx, float(face_area[idx].sum())))
    pieces.sort(key=lambda p: (-p[4], p[0], p[1], p[2]))
    return pieces, held0, held1, gained, lost
