"""Control state over time, without geometry.

The state at date D is the initial snapshot with every event up to and
including D applied in order (date, then line).  :func:`apply_events` walks
the events once and accounts for every one of them: each row gets a
``status`` (``applied`` or ``rejected``), a ``reason`` the user can read, and
the holder before the event (``prev_actor``) of its target.  Targets are
places (by id) or drawn areas (by event sequence number).

A mismatch between an event's ``from_actor`` and the known holder is not
fatal: the event is applied and the mismatch is reported as a warning, since
sources often disagree about who held a place.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from .errors import Problem

__all__ = ["History", "apply_events", "distinct_values"]


@dataclass
class History:
    """Events with their outcome, and the place-level state over time.

    Attributes
    ----------
    events : DataFrame
        The input events in application order plus ``status``, ``reason``,
        ``prev_actor``, ``target`` (``place:<id>`` or ``drawn:<seq>``).
    initial : dict
        Place id → holder from the snapshot.
    problems : list of Problem
        Warnings about contradictions (``from_actor`` vs known holder, ...).
    """

    events: pd.DataFrame
    initial: dict[str, str]
    problems: list[Problem]

    @property
    def applied(self) -> pd.DataFrame:
        return self.events[self.events["status"] == "applied"]

    def holders(self, day=None) -> dict[str, str]:
        """Place id → holder after every event on or before ``day`` (all events when None)."""
        places, actors, days = self._holder_steps
        k = len(days)
        if day is not None:
            d = np.datetime64(pd.Timestamp(day).date(), "D")
            k = int(np.searchsorted(days, d, side="right"))
        state = dict(self.initial)
        state.update(zip(places[:k], actors[:k], strict=True))
        return state

    @functools.cached_property
    def _holder_steps(self) -> tuple[list[str], list[str], np.ndarray]:
        """The applied events that move a place, in application order (by date, so that
        the events up to a day are a prefix): place ids, new holders, days."""
        ev = self.applied
        keep = np.array([isinstance(p, str) for p in ev["place"]], dtype=bool)
        ev = ev[keep]
        days = np.array(list(ev["day"]), dtype="datetime64[D]")
        order = np.argsort(days, kind="stable")  # application order is by date already
        return (
            [ev["place"].iloc[i] for i in order],
            [ev["to_actor"].iloc[i] for i in order],
            days[order],
        )


def _below(min_confidence: str | None):
    """``confidence → reason`` when an event is less sure than ``min_confidence``, else ``""``."""
    from .inputs.events import CONFIDENCE

    if min_confidence is not None and min_confidence not in CONFIDENCE:
        raise ValueError(
            f"confidence must be one of {', '.join(CONFIDENCE)}; not {min_confidence!r}"
        )
    rank = {c: i for i, c in enumerate(CONFIDENCE)}
    cut = rank[min_confidence] if min_confidence is not None else len(CONFIDENCE)

    def why(conf: str) -> str:
        if rank.get(conf, 0) <= cut:
            return ""
        return (
            f"confidence {conf!r} is below the least counted, {min_confidence!r}"
            " (confidence setting): not applied"
        )

    return why


_DRAWN_OUTSIDE = "the drawn area lies wholly outside the area of interest"


def _outside_problem(file: str, line: int) -> Problem:
    return Problem(
        file,
        line,
        "geometry",
        f"{_DRAWN_OUTSIDE}: event rejected",
        "check the coordinates (lon lat order, EPSG:4326)",
        "warning",
    )


def distinct_values(column: Any, *, missing_apart: bool = False) -> tuple[np.ndarray, list]:
    """``(codes, values)``: each row's distinct cell, found by pandas (in pyarrow for text kept
    there), for work done once per distinct value.  Missing values are one more distinct value,
    or with ``missing_apart`` code -1 and not among ``values``."""
    codes, uniq = pd.factorize(column, use_na_sentinel=missing_apart)
    return codes, np.asarray(uniq, dtype=object).tolist()


@dataclass
class _Rows:
    """The columns of the events the replay reads, as numpy arrays (one entry per row)."""

    place: np.ndarray  # object: the place id, or not a str for a drawn area
    place_code: np.ndarray  # the row's distinct place (an index into ``places``); -1: no place
    places: list  # the distinct place ids
    is_place: np.ndarray
    to: np.ndarray  # object
    stated: np.ndarray  # object: from_actor when a non-empty str, else ""
    why: np.ndarray  # object: "" when counted, else why not (confidence)
    seq: np.ndarray
    line: np.ndarray

    @classmethod
    def of(cls, events: pd.DataFrame, too_low) -> _Rows:
        n = len(events)
        codes, uniq = distinct_values(events["place"])
        named = np.array([isinstance(p, str) for p in uniq] + [False], dtype=bool)
        places = [p for p in uniq if isinstance(p, str)]
        code_of = np.full(len(uniq) + 1, -1, dtype=np.int64)
        code_of[np.flatnonzero(named[:-1])] = np.arange(len(places))
        place_code = code_of[codes] if n else np.zeros(0, np.int64)
        if "confidence" in events:
            codes_c, levels = distinct_values(events["confidence"])
            why = np.array([too_low(c) for c in levels] or [""], dtype=object)[codes_c]
        else:
            why = np.full(n, too_low("confirmed"), dtype=object)
        codes_s, said = distinct_values(events["from_actor"])
        stated = np.array([s if isinstance(s, str) else "" for s in said] or [""], dtype=object)
        return cls(
            place=np.array(uniq + [None], dtype=object)[codes] if n else np.empty(0, object),
            place_code=place_code,
            places=places,
            is_place=place_code >= 0,
            to=events["to_actor"].to_numpy(dtype=object),
            stated=stated[codes_s].reshape(n),
            why=why.reshape(n),
            seq=events["seq"].to_numpy(dtype=np.int64),
            line=events["line"].to_numpy(dtype=np.int64),
        )


def _holders_before(rows: _Rows, initial: dict[str, str]) -> tuple[np.ndarray, np.ndarray]:
    """Each place event's holder before it, and the line that made it so (-1: the snapshot).

    The holder before is the ``to_actor`` of the last counted event on the
    same place in an earlier row, else the snapshot's holder (None when
    unknown). Drawn-area rows get None and -1.
    """
    n = len(rows.place)
    before = np.full(n, None, dtype=object)
    since = np.full(n, -1, dtype=np.int64)
    idx = np.flatnonzero(rows.is_place)
    if not len(idx):
        return before, since
    codes = rows.place_code[idx]
    order = np.argsort(codes, kind="stable")  # by place, then row
    idx, codes = idx[order], codes[order]
    k = np.arange(len(idx))
    counted = rows.why[idx] == ""
    last = np.maximum.accumulate(np.where(counted, k, -1))  # last counted at or before k
    last = np.r_[-1, last[:-1]]  # ... strictly before k
    first = np.r_[True, codes[1:] != codes[:-1]]
    group_start = np.maximum.accumulate(np.where(first, k, 0))
    has = last >= group_start
    snap = np.array([initial.get(p) for p in rows.places], dtype=object)[codes]
    src = idx[np.maximum(last, 0)]
    before[idx] = np.where(has, rows.to[src], snap)
    since[idx] = np.where(has, rows.line[src], -1)
    return before, since


def apply_events(
    events: pd.DataFrame,
    initial: dict[str, str],
    *,
    places_inside: set[str],
    drawn_outside: set[int] = frozenset(),
    file: str = "events.csv",
    min_confidence: str | None = None,
) -> History:
    """Apply events in order to the snapshot and account for every one.

    One numpy pass: each place's events are put in order (a stable sort by
    place, then row), so the holder before an event is the ``to_actor`` of
    the last counted event on the same place before it, or the snapshot's
    holder; only the rows with something to say (a note, a warning) are
    then visited one by one, in order.

    Parameters
    ----------
    events : DataFrame
        Validated events (``geomap.inputs``), in application order.
    initial : dict
        Place id → holder at the snapshot date.
    places_inside : set of str
        Ids of places inside the area of interest (they own territory).
    drawn_outside : set of int
        ``seq`` of drawn-area events whose geometry lies wholly outside the
        area of interest: rejected.
    file : str
        Name of the events file, for messages.
    min_confidence : {"confirmed", "claimed", "disputed"}, optional
        Apply only events at least this sure (confirmed > claimed >
        disputed); the others are rejected with the reason, never dropped.
    """
    rows = _Rows.of(events, _below(min_confidence))
    before, since = _holders_before(rows, initial)
    counted = rows.why == ""
    outside = ~rows.is_place & np.isin(
        rows.seq, np.fromiter(drawn_outside, np.int64, len(drawn_outside))
    )
    status = np.where(counted & ~outside, "applied", "rejected").astype(object)
    reason = np.where(counted, "", rows.why).astype(object)
    reason[outside & counted] = _DRAWN_OUTSIDE
    place_rows = counted & rows.is_place
    stated = rows.stated
    has_before = np.not_equal(before, None)
    mismatch = place_rows & has_before & (stated != "") & (stated != before)
    unknown = place_rows & ~has_before & (stated != "")
    same = place_rows & has_before & (before == rows.to)
    inside = np.array([p in places_inside for p in rows.places] + [True], dtype=bool)
    away = place_rows & ~inside[rows.place_code]
    problems: list[Problem] = []
    for i in np.flatnonzero(mismatch | unknown | same | away | (outside & counted)).tolist():
        if outside[i]:
            problems.append(_outside_problem(file, int(rows.line[i])))
            continue
        notes = []
        if mismatch[i]:
            msg = (
                f"from_actor {stated[i]!r} but {rows.place[i]!r} was held by {before[i]!r}"
                f" (per {_since(since[i])})"
            )
            problems.append(
                Problem(
                    file,
                    int(rows.line[i]),
                    "from_actor",
                    msg,
                    "applied anyway; check the sources for who held it",
                    "warning",
                )
            )
            notes.append(msg)
        elif unknown[i]:
            notes.append(f"holder before unknown; source says {stated[i]!r}")
        if same[i]:
            notes.append(f"already held by {rows.to[i]!r}: no change")
        if away[i]:
            notes.append("outside the area of interest: holder updated, no territory")
        reason[i] = "; ".join(notes)
    prev = np.where(rows.is_place, before, None)
    out = events.copy()
    out["status"] = _text_column(status, few=True)
    out["reason"] = _text_column(reason, few=True)
    # None where unknown; a text column as pandas makes of the list, unless nothing is known
    # (a list of None alone is left to pandas)
    out["prev_actor"] = _text_column(prev) if np.not_equal(prev, None).any() else prev.tolist()
    out["target"] = _text_column(_targets(rows))
    return History(events=out, initial=dict(initial), problems=problems)


@functools.cache
def _text_dtype():
    """The dtype pandas gives a column assigned a list of str (``str`` or ``object``)."""
    return pd.Series(["x"]).dtype


def _text_column(values: np.ndarray, *, few: bool = False) -> Any:
    """What assigning ``values.tolist()`` (all str) makes, built at once; with ``few`` distinct
    values, each is converted once and taken by code."""
    if not len(values):
        return values.tolist()
    if not few:
        return pd.array(values, dtype=_text_dtype())
    codes, uniq = pd.factorize(values)
    return pd.array(uniq, dtype=_text_dtype()).take(codes)


def _targets(rows: _Rows) -> np.ndarray:
    """The ``target`` of each row: ``place:<id>`` (each place's text made once) or ``drawn:<seq>``."""
    target = np.empty(len(rows.place), dtype=object)
    named = np.array([f"place:{p}" for p in rows.places] + [None], dtype=object)
    target[rows.is_place] = named[rows.place_code[rows.is_place]]
    target[~rows.is_place] = [f"drawn:{s}" for s in rows.seq[~rows.is_place].tolist()]
    return target


def _since(line: int) -> str:
    return "the snapshot" if line < 0 else f"line {line}"
