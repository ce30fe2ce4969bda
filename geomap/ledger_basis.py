"""What every ledger of a theatre is worked from, as plain arrays: numpy and pandas only.

:class:`LedgerBasis` holds a theatre's :class:`~geomap.facelog.FaceLog` (who held each face,
over time), the km² and label of each face, the confidence of each event, the actors, the
assumptions, the default range and the days of the applied events.  ``Theatre.ledger``
works every ledger from it; ``Theatre.ledger_basis()`` adds the front between actors on
every day a face changed holder and the claims tables, and the derivation cache keeps that
(:meth:`LedgerBasis.value`), so ``geomap gains`` with any period, range, units or rolling
window is worked from the kept arrays with no geometry library imported: the same
functions on the same arrays, the same figures to the last bit.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from .dates import DataSpan, to_day, within_data
from .errors import DataRangeError, InputError, Problem
from .facelog import FaceLog
from .ledger import LedgerOptions, period_ledger
from .schema import CLAIMS_COLUMNS

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "LedgerBasis",
    "pick_range",
    "data_span",
    "events_after",
    "add_front_columns",
    "claims_frame",
    "claim_range_note",
    "claims_with_places",
    "stack_radii",
]

By = Literal["day", "week", "month", "total"]


def pick_range(start: Any, end: Any, default: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date]:
    """``start`` and ``end`` as days, each ``default``'s when not given (``end`` never before a
    given ``start``); :class:`~geomap.errors.InputError` when ``end`` is before ``start``."""
    d0, d1 = default
    given = to_day(start)
    start = given or d0
    end = to_day(end) or max(d1, start)
    if end < start:
        if given:
            what, hint = f"{end} is before start {start}", "swap them"
        else:  # the start not given: say which it was, and both ways out, with their days
            what = (
                f"{end} is before the default start {start} (theatre.toml's [dates] start, "
                "else the initial snapshot's date)"
            )
            hint = f"give a start on or before {end} as well, or an end on or after {start}"
        raise InputError(Problem("<argument>", None, "end", what, hint))
    return start, end


def data_span(
    default_range: tuple[dt.date, dt.date],
    snapshot_date: dt.date | None,
    applied_days: list[dt.date],
) -> DataSpan:
    """The days an event theatre's data covers (:class:`geomap.dates.DataSpan`): from the
    initial snapshot, else the earlier of the default range's start (``[dates] start``) and the
    first applied event, to the later of the default range's end (``[dates] end``) and the
    last applied event.

    Without a snapshot, nobody holds any ground before the first event (every event adds to
    unassigned land), so that is known from the first event on, even before ``[dates] start``.

    >>> d = dt.date
    >>> data_span((d(2015, 6, 1), d(2015, 12, 31)), None, [d(2015, 3, 1), d(2015, 7, 1)]).text
    '2015-03-01 (the first event, before [dates] start) to 2015-12-31 ([dates] end)'
    """
    if snapshot_date is not None:
        start, start_source = snapshot_date, "the initial snapshot"
    elif applied_days and applied_days[0] < default_range[0]:
        start, start_source = applied_days[0], "the first event, before [dates] start"
    elif applied_days and applied_days[0] == default_range[0]:
        start, start_source = default_range[0], "the first event"
    else:
        start, start_source = default_range[0], "[dates] start"
    if applied_days and applied_days[-1] >= default_range[1]:
        end, end_source = applied_days[-1], "the last event"
    elif not applied_days and default_range[1] == start:
        end, end_source = start, f"{start_source}; no event"
    else:
        end, end_source = default_range[1], "[dates] end"
    return DataSpan(start, max(start, end), start_source, end_source)


def events_after(days: list[dt.date], count: np.ndarray, end: dt.date) -> dict[str, str]:
    """A note on applied events dated after ``end`` (``days`` with an applied event, ascending,
    each once, and ``count`` events on each): never left out without a word."""
    k = bisect.bisect_right(days, end)
    if k == len(days):
        return {}
    return {
        "events after this range": f"{int(count[k:].sum())} (from {days[k]}): not counted"
        f" here; give --to {days[-1]} (or end={days[-1]}) to count them"
    }


def add_front_columns(
    df: pd.DataFrame, km: np.ndarray, ends: list[Any], ids: list[str]
) -> pd.DataFrame:
    """A ledger with ``front_km`` and ``front_km_<OTHER>`` added at each period's end.

    ``km[t]`` is the km matrix (:func:`geomap.front.km_matrix`, or
    :func:`geomap.front.front_km_by_day`) at ``ends[t]``; rows of holders not in ``ids``
    (unassigned land) get NaN.
    """
    t = {d: i for i, d in enumerate(ends)}
    pos = {a: k for k, a in enumerate(ids)}
    ti = np.array([t[d] for d in df["period_end"]], dtype=int)
    ai = np.array([pos.get(a, -1) for a in df["actor"]], dtype=int)
    own = ai >= 0
    df = df.copy()
    total = np.full(len(df), np.nan)
    total[own] = km[ti[own], ai[own]].sum(axis=1)
    df["front_km"] = total
    for k, other in enumerate(ids):
        col = np.full(len(df), np.nan)
        col[own] = km[ti[own], ai[own], k]
        df[f"front_km_{other}"] = col
    return df


def claims_frame(
    claims: pd.DataFrame, ledger: Callable[..., pd.DataFrame], assumptions: dict[str, str]
) -> pd.DataFrame:
    """Published area figures (the rows of claims.csv) beside the km² ``ledger`` gives for the
    same actor and period (``Theatre.claims``): one total ledger per claim."""
    import pandas as pd

    rows = []
    for r in claims.itertuples(index=False):
        try:
            led = ledger(by="total", start=r.start, end=r.end)
        except DataRangeError as exc:  # the claim's period is outside the data: nothing to compare
            led, note = None, exc.problems[0].message
        else:
            note = claim_range_note(r.start, r.end, led.attrs.get("assumptions") or {})
        row = _claim_row(led, r.actor)
        gained = float(row["gained_km2"])
        rows.append(
            {
                "id": r.id,
                "actor": r.actor,
                "start": r.start,
                "end": r.end,
                "claimant": r.claimant,
                "figure": r.figure,
                "claimed_km2": r.area_km2,
                "unit_note": r.unit_note,
                "computed_gained_km2": gained,
                "computed_confirmed_km2": float(row["gained_confirmed_km2"]),
                "computed_net_km2": float(row["net_km2"]),
                "diff_km2": gained - r.area_km2,
                "diff_pct": 100.0 * (gained - r.area_km2) / r.area_km2 if r.area_km2 else np.nan,
                "data_note": note,
                "source": r.source,
            }
        )
    df = pd.DataFrame(rows, columns=list(CLAIMS_COLUMNS))
    df.attrs["assumptions"] = dict(assumptions)
    return df


def claim_range_note(start: dt.date, end: dt.date, assumptions: dict[str, str]) -> str:
    """What a claim's figure leaves out when its period straddles an edge of the data ("" when
    the data covers the whole period), from the ``"from"``/``"to"`` of the clipped ledger.

    >>> claim_range_note(
    ...     dt.date(2017, 3, 1), dt.date(2017, 5, 27), {"from": "2017-05-01", "to": "2017-05-27"}
    ... )
    "the model covers only 2017-05-01 to 2017-05-27 of it; the claim's first 61 days are not counted"
    """
    lo, hi = to_day(assumptions.get("from")), to_day(assumptions.get("to"))
    if lo is None or hi is None or (lo, hi) == (start, end):
        return ""
    left = []
    if lo > start:
        n = (lo - start).days
        left.append(f"the claim's first {n} day{'s' * (n != 1)}")
    if hi < end:
        n = (end - hi).days
        left.append(
            f"its last {n} day{'s' * (n != 1)}"
            if left
            else f"the claim's last {n} day{'s' * (n != 1)}"
        )
    return f"the model covers only {lo} to {hi} of it; {' and '.join(left)} are not counted"


def _claim_row(led: pd.DataFrame | None, actor: str) -> dict[str, float]:
    """The actor's row of a claim's total ledger; NaN figures when the claim's period lies
    outside the data (``led`` None)."""
    if led is None:
        return {"gained_km2": np.nan, "gained_confirmed_km2": np.nan, "net_km2": np.nan}
    return led[led["actor"] == actor].iloc[0]


def claims_with_places(
    df: pd.DataFrame, radius_km: float, ledger: Callable[..., pd.DataFrame]
) -> pd.DataFrame:
    """:func:`claims_frame`'s table under one radius with ``radius_km`` second and
    ``places_gained`` (how many places the actor gained in the claim's period, for the
    calibrated range) last."""
    import pandas as pd

    df.insert(1, "radius_km", radius_km)
    counts = []
    for actor, start, end in zip(df["actor"], df["start"], df["end"], strict=True):
        try:
            led = ledger(by="total", start=start, end=end)
        except DataRangeError:  # outside the data: no count, as no figure (NA, not 0)
            counts.append(None)
            continue
        names = led.loc[led["actor"] == actor, "places_gained"]
        text = str(names.iloc[0]) if len(names) else ""
        counts.append(len([x for x in text.split("; ") if x]))
    df["places_gained"] = pd.array(counts, dtype="Int64")
    return df


def stack_radii(
    frames: list[pd.DataFrame], radii: list[float], assumptions: dict[str, str]
) -> pd.DataFrame:
    """The claims under each radius (:func:`claims_with_places`) in one table
    (``Theatre.claims_by_radius``)."""
    import pandas as pd

    out = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    out.attrs["assumptions"] = {
        **assumptions,
        "cell radius": ", ".join(f"{r:g}" for r in radii) + " km",
    }
    return out


@dataclasses.dataclass
class LedgerBasis:
    """A theatre's ledgers as plain arrays (a theatre without a contested band).

    Attributes
    ----------
    log : FaceLog
    face_area : array of float
        km² of each face (:mod:`geomap.areas`).
    face_label : array of str
        The place (or drawn area) of each face, ``""`` for none.
    confidence : array of str
        The confidence of each event by ``seq`` (``"enclosed"`` last under ``[model] enclose``).
    actor_ids, actor_names : list of str
    assumptions : dict
        What every figure rests on (``Theatre.assumptions``).
    default_range : (date, date)
        ``Theatre.default_range()``.
    applied_days : list of date
        The days with an applied event, ascending, each once.
    applied_count : array of int
        How many events were applied on each of ``applied_days``.
    snapshot_date : date or None
    radius_km : float
    front_days : array of int, optional
        The days (ordinals, ascending) a face changed holder.
    front_km : array of float, optional
        ``(len(front_days) + 1, n_actors, n_actors)``: the front km between each pair of
        actors before the first of ``front_days``, then at the end of each.
    claims_input : DataFrame, optional
        The validated rows of claims.csv (``TheatreInputs.claims``).
    """

    log: FaceLog
    face_area: np.ndarray
    face_label: np.ndarray
    confidence: np.ndarray
    actor_ids: list[str]
    actor_names: list[str]
    assumptions: dict[str, str]
    default_range: tuple[dt.date, dt.date]
    applied_days: list[dt.date]
    applied_count: np.ndarray
    snapshot_date: dt.date | None
    radius_km: float
    front_days: np.ndarray | None = None
    front_km: np.ndarray | None = None
    claims_input: pd.DataFrame | None = None

    def range(self, start: Any = None, end: Any = None) -> tuple[dt.date, dt.date]:
        """:func:`pick_range` with this theatre's default range (not clipped to the data)."""
        return pick_range(start, end, self.default_range)

    @property
    def data_span(self) -> DataSpan:
        """The days the data covers (:func:`data_span`)."""
        return data_span(self.default_range, self.snapshot_date, self.applied_days)

    def ledger(
        self,
        by: By = "day",
        start: Any = None,
        end: Any = None,
        *,
        band: np.ndarray | None = None,
    ) -> pd.DataFrame:
        """km² gained, lost, net and held per actor and period (``Theatre.ledger``).

        ``band``: the contested band's km² per actor (:class:`geomap.ledger.LedgerOptions`),
        which only the theatre can measure.
        """
        start, end, notes = within_data(*self.range(start, end), self.data_span)
        df = period_ledger(
            self.log,
            self.face_area,
            actor_ids=self.actor_ids,
            actor_names=self.actor_names,
            start=start,
            end=end,
            by=by,
            options=LedgerOptions(
                face_label=self.face_label, confidence=self.confidence, band=band
            ),
        )
        df.attrs["assumptions"] = {
            **self.assumptions,
            "from": str(start),
            "to": str(end),
            "by": by,
            **notes,
            **events_after(self.applied_days, self.applied_count, end),
        }
        return df

    def front_columns(self, df: pd.DataFrame) -> pd.DataFrame:
        """``Theatre.front_columns`` from the kept front (:attr:`front_km`)."""
        if self.front_days is None or self.front_km is None:
            raise ValueError("this basis keeps no front")
        ends = sorted(set(df["period_end"]))
        at = np.searchsorted(self.front_days, [d.toordinal() for d in ends], side="right")
        return add_front_columns(df, self.front_km[at], ends, self.actor_ids)

    def claims(self) -> pd.DataFrame:
        """``Theatre.claims()``, from the kept rows of claims.csv."""
        if self.claims_input is None:
            raise ValueError("this basis keeps no claims")
        return claims_frame(self.claims_input, self.ledger, self.assumptions)

    def claims_by_radius(self, radii: list[float]) -> pd.DataFrame:
        """``Theatre.claims_by_radius``: for the theatre's own radius only."""
        if [float(r) for r in radii] != [self.radius_km]:
            raise ValueError(f"this basis has the ledgers under {self.radius_km:g} km only")
        frame = claims_with_places(self.claims(), self.radius_km, self.ledger)
        return stack_radii([frame], list(radii), self.assumptions)

    # ------------------------------------------------------------------ kept on disk
    def value(self) -> dict[str, Any]:
        """Plain values, arrays and frames (what the derivation cache stores)."""
        log = self.log
        out = {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.name != "log"}
        out["log"] = {k: getattr(log, k) for k in ("initial", "seq", "day", "face", "old", "new")}
        out["default_range"] = list(self.default_range)
        out["applied_days"] = np.array([d.toordinal() for d in self.applied_days], dtype=np.int64)
        return out

    @classmethod
    def from_value(cls, value: dict[str, Any]) -> LedgerBasis:
        """The basis :meth:`value` described, checked in full (ValueError, TypeError when not)."""
        if type(value) is not dict or set(value) != {f.name for f in dataclasses.fields(cls)}:
            raise TypeError("not a ledger basis")
        fields = dict(value)
        fields["log"] = FaceLog(**_log_arrays(value["log"]))
        fields["default_range"] = tuple(value["default_range"])
        _array(value["applied_days"], "i", len(value["applied_days"]), "applied_days")
        if np.any(np.diff(value["applied_days"]) <= 0):
            raise ValueError("the applied events' days are not in order")
        fields["applied_days"] = [dt.date.fromordinal(d) for d in value["applied_days"].tolist()]
        basis = cls(**fields)
        basis._check()
        return basis

    def _check(self) -> None:
        n_faces, n_act = len(self.face_area), len(self.actor_ids)
        log = self.log
        _array(self.face_area, "f", n_faces, "face_area")
        _texts(self.face_label, n_faces, "face_label")
        _texts(self.confidence, len(self.confidence), "confidence")
        if len(log.initial) != n_faces:
            raise ValueError("the log's faces and the face areas differ in number")
        if len(self.actor_names) != n_act or not all(
            type(x) is str for x in [*self.actor_ids, *self.actor_names]
        ):
            raise TypeError("actors are not text")
        if len(log.face) and (
            log.face.min() < 0
            or log.face.max() >= n_faces
            or log.seq.min() < 0
            or log.seq.max() >= len(self.confidence)
            or np.any(np.diff(log.day) < 0)
        ):
            raise ValueError("the log's changes do not fit its faces, events or days")
        for holders in (log.initial, log.old, log.new):
            if len(holders) and (holders.min() < -1 or holders.max() >= n_act):
                raise ValueError("a holder that is no actor")
        if not all(type(k) is str and type(v) is str for k, v in self.assumptions.items()):
            raise TypeError("assumptions are not text")
        days = [*self.default_range, *self.applied_days]
        if len(self.default_range) != 2 or not all(type(d) is dt.date for d in days):
            raise TypeError("days that are not dates")
        _array(self.applied_count, "i", len(self.applied_days), "applied_count")
        if self.snapshot_date is not None and type(self.snapshot_date) is not dt.date:
            raise TypeError("the snapshot date is not a date")
        if type(self.radius_km) is not float:
            raise TypeError("the radius is not a number")
        if self.front_days is not None or self.front_km is not None:
            _array(self.front_days, "i", None, "front_days")
            _array(self.front_km, "f", None, "front_km")
            if self.front_km.shape != (len(self.front_days) + 1, n_act, n_act):
                raise ValueError("the front's days and matrices differ in shape")
        if self.claims_input is not None:
            _claims_rows(self.claims_input)


def _log_arrays(value: Any) -> dict[str, np.ndarray]:
    names = ("initial", "seq", "day", "face", "old", "new")
    if type(value) is not dict or set(value) != set(names):
        raise TypeError("not a face log")
    n = len(value["seq"])
    for name in names:
        _array(value[name], "i", len(value[name]) if name == "initial" else n, f"log.{name}")
    return dict(value)


def _array(arr: Any, kind: str, n: int | None, what: str) -> None:
    if not isinstance(arr, np.ndarray) or arr.dtype.kind not in kind + ("u" if kind == "i" else ""):
        raise TypeError(f"{what} is not an array of the right kind")
    if (n is not None and (arr.ndim != 1 or len(arr) != n)) or (kind == "f" and arr.ndim == 0):
        raise ValueError(f"{what} has the wrong shape")


def _texts(arr: Any, n: int, what: str) -> None:
    if not isinstance(arr, np.ndarray) or arr.dtype != object or arr.ndim != 1 or len(arr) != n:
        raise TypeError(f"{what} is not a column of text")
    if not all(type(v) is str for v in arr.tolist()):
        raise TypeError(f"{what} holds something that is not text")


def _claims_rows(frame: Any) -> None:
    """The kept rows of claims.csv: a table with the columns :func:`claims_frame` reads."""
    if type(frame).__name__ != "DataFrame":
        raise TypeError("claims that are not a table")
    need = {"id", "actor", "start", "end", "claimant", "figure", "area_km2", "unit_note", "source"}
    if not need <= set(frame.columns):
        raise ValueError("claims without the columns of claims.csv")
    for col in ("start", "end"):
        if not all(type(d) is dt.date for d in frame[col]):
            raise TypeError(f"claims whose {col} is not a date")
