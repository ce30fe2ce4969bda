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

from dataclasses import dataclass

import pandas as pd

from .errors import Problem

__all__ = ["History", "apply_events"]


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
        state = dict(self.initial)
        ev = self.applied
        if day is not None:
            ev = ev[ev["day"] <= pd.Timestamp(day).date()]
        for place, actor in zip(ev["place"], ev["to_actor"], strict=True):
            if isinstance(place, str):
                state[place] = actor
        return state


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
    too_low = _below(min_confidence)
    state = dict(initial)
    state_line: dict[str, str] = {p: "the snapshot" for p in initial}
    status, reason, prev, target = [], [], [], []
    problems: list[Problem] = []
    for row in events.itertuples(index=False):
        why = too_low(getattr(row, "confidence", "confirmed"))
        if why:
            is_place = isinstance(row.place, str)
            target.append(f"place:{row.place}" if is_place else f"drawn:{row.seq}")
            prev.append(state.get(row.place) if is_place else None)
            status.append("rejected")
            reason.append(why)
            continue
        stated = row.from_actor if isinstance(row.from_actor, str) and row.from_actor else None
        if isinstance(row.place, str):
            tgt = f"place:{row.place}"
            before = state.get(row.place)
            prev.append(before)
            notes = []
            if stated and before is not None and stated != before:
                msg = f"from_actor {stated!r} but {row.place!r} was held by {before!r} (per {state_line[row.place]})"
                problems.append(
                    Problem(
                        file,
                        int(row.line),
                        "from_actor",
                        msg,
                        "applied anyway; check the sources for who held it",
                        "warning",
                    )
                )
                notes.append(msg)
            elif stated and before is None:
                notes.append(f"holder before unknown; source says {stated!r}")
            if before == row.to_actor:
                notes.append(f"already held by {row.to_actor!r}: no change")
            if row.place not in places_inside:
                notes.append("outside the area of interest: holder updated, no territory")
            state[row.place] = row.to_actor
            state_line[row.place] = f"line {row.line}"
            status.append("applied")
            reason.append("; ".join(notes))
        else:
            tgt = f"drawn:{row.seq}"
            prev.append(None)
            if row.seq in drawn_outside:
                status.append("rejected")
                reason.append("the drawn area lies wholly outside the area of interest")
                problems.append(
                    Problem(
                        file,
                        int(row.line),
                        "geometry",
                        "the drawn area lies wholly outside the area of interest: event rejected",
                        "check the coordinates (lon lat order, EPSG:4326)",
                        "warning",
                    )
                )
            else:
                status.append("applied")
                reason.append("")
        target.append(tgt)
    out = events.copy()
    out["status"] = status
    out["reason"] = reason
    out["prev_actor"] = prev
    out["target"] = target
    return History(events=out, initial=dict(initial), problems=problems)
