"""Flags: structured findings about a snapshot series, with the km² at stake.

The kinds are listed once, in :data:`FlagKind`; :data:`FLAG_KINDS` is the same
list as a tuple, in the order flags on one date are sorted.

Examples
--------
>>> import datetime as dt
>>> flag = Flag("spike", dt.date(2024, 1, 4), "red", 798.0, message="held area jumps")
>>> str(flag)
'<series>: warning: 2024-01-04 red: spike: held area jumps [798.00 km²]'
>>> FLAG_KINDS[:2]
('invalid-ring', 'spike')
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal, get_args

from ..errors import Problem

__all__ = ["Flag", "FlagKind", "FLAG_KINDS"]

FlagKind = Literal[
    "invalid-ring",
    "spike",
    "step",
    "missing-date",
    "duplicate-date",
    "stray-polygon",
    "clipped",
]
#: Every flag kind, in sorting order.
FLAG_KINDS: tuple[str, ...] = get_args(FlagKind)


@dataclass(frozen=True)
class Flag:
    """One finding about a snapshot series, with what is at stake.

    Produced while loading (invalid rings, clips, stray polygons, duplicate
    dates) and by :mod:`geomap.snapshots.checks` (spikes, steps, missing dates, stray
    polygons).

    Attributes
    ----------
    kind : str
        One of :data:`FLAG_KINDS`.
    date : datetime.date
        The snapshot date concerned.
    actor : str
        The actor id ("" when the flag concerns no single actor).
    km2 : float
        The area at stake: skipped, moved by a fix, clipped, or the size of
        the jump.
    file : str or None
        The snapshot file.
    feature : int or None
        0-based index of the feature in that file.
    message, hint : str
        What was found, and what to do about it.
    severity : {"error", "warning"}
        ``error`` when the figures are wrong unless someone acts (an invalid
        feature left out, a stray polygon counted); otherwise ``warning``.
    location : tuple of float or None
        ``(lon, lat)`` where to look.
    fixed : bool
        True when geomap changed the data (a fix or a clip) and says so here.
    """

    kind: FlagKind
    date: dt.date
    actor: str
    km2: float
    file: str | None = None
    feature: int | None = None
    message: str = ""
    hint: str = ""
    severity: Literal["error", "warning"] = "warning"
    location: tuple[float, float] | None = None
    fixed: bool = False

    def to_problem(self) -> Problem:
        """The flag as a :class:`~geomap.errors.Problem` (for ``geomap check``)."""
        where = f" at {self.location[0]:.4f}E {self.location[1]:.4f}N" if self.location else ""
        who = f" {self.actor}" if self.actor else ""
        msg = f"{self.date}{who}: {self.kind}: {self.message} [{self.km2:,.2f} km²]{where}"
        return Problem(
            file=self.file or "<series>",
            line=None,
            field=None if self.feature is None else f"feature {self.feature}",
            message=msg,
            hint=self.hint,
            severity=self.severity,
        )

    def __str__(self) -> str:
        return str(self.to_problem())
