"""The one date policy of geomap: how dates are written, which days are supported, which zone.

**Writing dates.**  Files take ISO 8601: a day ``2017-05-27`` or a datetime
``2017-05-27T14:00`` (:func:`parse_when`, :func:`parse_day`).

**Supported days.**  From :data:`MIN_DAY` (1500-01-01) to :data:`MAX_DAY`
(2199-12-31), for events, the control snapshot, claims, ``[dates]`` and date
arguments alike: a day outside is an error naming the range, so no later
step (a week or month end, the day before a range, a pandas timestamp) can
overflow.  pandas 3 parses days into microsecond timestamps (some 290,000
years either side of 1970); pandas 2's nanoseconds stopped at 1677-09-21, which
is why geomap needs pandas 3 for theatres of the 16th and 17th centuries (the
English Civil War, the Williamite war in Ireland).  Days are days of the
Gregorian calendar, carried back before its adoption (proleptic): a day a
source gives in the Julian calendar (Britain and its colonies before
1752-09-14, Russia before 1918-02-14) is converted before it is written.

**Time zone.**  A theatre's times are local times of its ``[theatre]
timezone`` (an IANA name such as ``Asia/Damascus``; default ``UTC``).  A
naive time (``2017-06-09T01:00``) is that local time; a time with a UTC offset
(``2017-06-09T01:00+03:00``) is converted to it, and the reader says so
(:func:`event_when` returns a note the caller reports as a warning), since
the conversion can move an event to another day.  Snapshot files'
timestamps are UTC (:func:`parse_when` with no zone).

**Typo-looking years.**  :func:`far_days` finds days more than
:data:`TYPO_YEARS` years from the theatre's ``[dates]`` and from every other
event: ``2107-05-27`` among May 2017 events is warned about.

**Date arguments of the API** (``control(date)``, ``ledger(start=...)``):
:func:`to_day` turns what a caller passes into a calendar day, for every
theatre kind alike:

* ``None`` stays ``None`` (the caller's default applies);
* a :class:`datetime.date` is that day;
* a :class:`datetime.datetime` or :class:`pandas.Timestamp` is its own
  calendar date, as given (no time-zone conversion);
* a string is an ISO 8601 day, ``"2017-05-27"``.  A string with a time of day
  (``"2017-05-27T14:00"``) is refused: which day it names depends on a time
  zone (an event theatre's times are local, a snapshot file's timestamps UTC),
  so the caller writes the day;
* anything else is a :class:`TypeError`.

A bad string raises :class:`geomap.errors.InputError` naming the argument.

**The days the data covers** (:class:`DataSpan`, :func:`within_data`): from a theatre's initial
snapshot (else the earlier of ``[dates] start`` and its first event: without a snapshot nobody
holds ground before the first event) to the later of ``[dates] end`` and its last event; a snapshot series' first to last snapshot.  A range wholly outside is refused
(:class:`~geomap.errors.DataRangeError`); one that straddles an edge is clipped to the data and
the clipping is stated (``"range clipped"`` in the figures' assumptions, which the command line
prints as a warning); the covered period is stated with every ledger (``"data covers"``).

>>> to_day("2017-05-27")
datetime.date(2017, 5, 27)
>>> import datetime as dt
>>> to_day(dt.datetime(2017, 5, 27, 23, 30))
datetime.date(2017, 5, 27)
>>> to_day("2017-05-27T14:00")
Traceback (most recent call last):
...
geomap.errors.InputError: argument date: '2017-05-27T14:00' has a time; a day (YYYY-MM-DD) is expected here; write dates as YYYY-MM-DD
>>> parse_day("9999-12-31")[1]
"'9999-12-31' is outside the days geomap supports (1500-01-01 to 2199-12-31)"
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
import zoneinfo
from collections.abc import Sequence

import numpy as np

from .errors import DataRangeError, InputError, Problem

__all__ = [
    "DateLike",
    "to_day",
    "parse_when",
    "parse_day",
    "event_when",
    "plain_whens",
    "theatre_zone",
    "range_problem",
    "far_days",
    "MIN_DAY",
    "MAX_DAY",
    "TYPO_YEARS",
    "DATE_HINT",
    "RANGE_TEXT",
    "DataSpan",
    "within_data",
]

#: What the API accepts wherever it asks for a date (a pandas ``Timestamp`` is a ``datetime``;
#: pandas is not imported here, so that a command's date option imports no pandas).
DateLike = str | dt.date | dt.datetime

#: The first and last day geomap supports.
MIN_DAY = dt.date(1500, 1, 1)
MAX_DAY = dt.date(2199, 12, 31)
RANGE_TEXT = f"{MIN_DAY} to {MAX_DAY}"
#: An event this many years away from ``[dates]`` and from every other event looks like a typo.
TYPO_YEARS = 5

DATE_HINT = "write dates as YYYY-MM-DD (ISO 8601), e.g. 2017-05-27, or 2017-05-27T14:00"
_ISO = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?(Z|[+-]\d{2}:?\d{2})?)?$"
)


def range_problem(day: dt.date, text: str | None = None) -> str | None:
    """Why ``day`` is not supported (outside :data:`MIN_DAY`..:data:`MAX_DAY`), or None.

    >>> range_problem(dt.date(2017, 5, 27)) is None
    True
    >>> range_problem(dt.date(1, 1, 1))
    "'0001-01-01' is outside the days geomap supports (1500-01-01 to 2199-12-31)"
    """
    if MIN_DAY <= day <= MAX_DAY:
        return None
    return f"{text or day.isoformat()!r} is outside the days geomap supports ({RANGE_TEXT})"


def _parse_aware(text: str) -> tuple[dt.datetime | None, str | None]:
    """An ISO 8601 day or datetime as written (aware when it has an offset), in range."""
    value = text.strip()
    if not value:
        return None, "missing date"
    m = _ISO.match(value)
    if not m:
        return None, f"{value!r} is not an ISO 8601 date"
    y, mo, d = int(m[1]), int(m[2]), int(m[3])
    if not 1 <= mo <= 12:
        return None, f"{value!r}: month {mo} is not in 1..12"
    try:
        day = dt.date(y, mo, d)
    except ValueError:
        return None, f"{value!r}: day {d} does not exist in {y}-{mo:02d}"
    err = range_problem(day, value)
    if err:
        return None, err
    if m[4] is None:
        return dt.datetime(day.year, day.month, day.day), None
    try:
        return dt.datetime.fromisoformat(value.replace(" ", "T").replace("Z", "+00:00")), None
    except ValueError as exc:
        return None, f"{value!r}: {exc}"


def parse_when(text: str) -> tuple[dt.datetime | None, str | None]:
    """Parse an ISO 8601 day or datetime; aware datetimes are converted to UTC, naive.

    (The rule of snapshot files' timestamps; an event theatre's times go
    through :func:`event_when`.)
    """
    when, err = _parse_aware(text)
    if when is not None and when.tzinfo is not None:
        when = when.astimezone(dt.UTC).replace(tzinfo=None)
    return when, err


def parse_day(text: str) -> tuple[dt.date | None, str | None]:
    """Parse an ISO 8601 day (a datetime is refused: a day is expected)."""
    when, err = parse_when(text)
    if err:
        return None, err
    if len(text.strip()) > 10:
        return None, f"{text.strip()!r} has a time; a day (YYYY-MM-DD) is expected here"
    return when.date(), None


def theatre_zone(name: str | None) -> tuple[dt.tzinfo | None, str | None]:
    """``[theatre] timezone`` as a time zone: ``(zone, None)`` or ``(None, why not)``.

    >>> theatre_zone(None)
    (datetime.timezone.utc, None)
    >>> theatre_zone("Mars/Olympus")[1]
    "'Mars/Olympus' is not an IANA time zone name"
    """
    if name is None or name in ("UTC", "Etc/UTC", "Z"):
        return dt.UTC, None
    if not isinstance(name, str) or not name.strip():
        return None, f"{name!r} is not an IANA time zone name"
    try:
        return zoneinfo.ZoneInfo(name), None
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None, f"{name!r} is not an IANA time zone name"


def event_when(
    text: str, zone: dt.tzinfo = dt.UTC, zone_name: str = "UTC"
) -> tuple[dt.datetime | None, str | None, str | None]:
    """An event's date and time in the theatre's local time: ``(when, error, note)``.

    A naive time is local already.  A time with a UTC offset is converted to
    ``zone``; ``note`` then says so (and names the day when it changed), for
    the caller to report as a warning: never silently.

    >>> event_when("2017-06-09T01:00+03:00")[0]
    datetime.datetime(2017, 6, 8, 22, 0)
    >>> event_when("2017-06-09T01:00+03:00")[2]
    "'2017-06-09T01:00+03:00' has a UTC offset: taken as 2017-06-08 22:00 in the theatre's time zone (UTC), the day before"
    >>> event_when("2017-06-09T01:00")
    (datetime.datetime(2017, 6, 9, 1, 0), None, None)
    """
    when, err = _parse_aware(text)
    if when is None or when.tzinfo is None:
        return when, err, None
    local = when.astimezone(zone).replace(tzinfo=None)
    err = range_problem(local.date())
    if err:
        return None, err, None
    shift = (local.date() - when.date()).days
    moved = {-1: ", the day before", 1: ", the day after"}.get(shift, "")
    note = (
        f"{text.strip()!r} has a UTC offset: taken as {local:%Y-%m-%d %H:%M} in the theatre's "
        f"time zone ({zone_name}){moved}"
    )
    return local, None, note


#: The dates :func:`plain_whens` parses in bulk: a day, or a day and a time to the minute or second,
#: no offset, ASCII digits only (anything else is parsed one by one by :func:`event_when`).
_PLAIN = r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?)?"


def plain_whens(texts: Sequence[str]) -> np.ndarray:
    """The naive datetimes of many date cells at once (``datetime64[us]``), NaT where not plain.

    A cell is plain when it is a day or a day and time without a UTC offset
    (:data:`_PLAIN`), a real date and time, and a supported day: then its value
    is what :func:`event_when` returns for it, with no error and no note.  Every
    other cell is NaT, for the caller to pass to :func:`event_when` one by one
    (and report what it says).

    >>> cells = ["2017-05-27", "2017-05-27T14:00", "2017-02-30", "2017-05-27T14:00+03:00", "9999-01-01"]
    >>> [str(v) for v in plain_whens(cells)]
    ['2017-05-27T00:00:00.000000', '2017-05-27T14:00:00.000000', 'NaT', 'NaT', 'NaT']
    """
    import pandas as pd

    codes, distinct = pd.factorize(np.asarray(list(texts), dtype=object))
    if len(distinct) < len(codes) and (codes >= 0).all():  # each distinct cell parsed once
        return _plain_whens(distinct)[codes]
    return _plain_whens(texts)


def _plain_whens(texts: Sequence[str]) -> np.ndarray:
    """:func:`plain_whens` of every cell, one by one."""
    import pandas as pd

    cells = pd.Series(list(texts), dtype=object)
    plain = cells.str.fullmatch(_PLAIN).fillna(False).astype(bool)
    when = pd.to_datetime(cells.where(plain), format="ISO8601", errors="coerce")
    out = when.to_numpy(dtype="datetime64[us]", copy=True)
    lo, hi = np.datetime64(MIN_DAY, "us"), np.datetime64(MAX_DAY + dt.timedelta(days=1), "us")
    out[(out < lo) | (out >= hi)] = np.datetime64("NaT")
    return out


def far_days(
    days: Sequence[dt.date],
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    years: int = TYPO_YEARS,
) -> list[int]:
    """Positions of the days that look like typos of the year.

    A day is far when it is more than ``years`` years before ``start`` or
    after ``end`` (``[dates]``, when given), or, with no ``[dates]``, more
    than ``years`` years from every other day of ``days``.

    >>> d = dt.date
    >>> far_days([d(2017, 5, 1), d(2017, 5, 9), d(2107, 5, 9)])
    [2]
    >>> far_days([d(2017, 5, 1), d(2010, 5, 9)], start=d(2017, 5, 1), end=d(2017, 6, 30))
    [1]
    """
    span = dt.timedelta(days=round(365.25 * years))
    if start is not None or end is not None:
        lo = (start or end) - span
        hi = (end or start) + span
        return [i for i, day in enumerate(days) if day < lo or day > hi]
    ordered = sorted(days)
    out = []
    for i, day in enumerate(days):
        k = bisect.bisect_left(ordered, day)
        near = [ordered[j] for j in (k - 1, k + 1) if 0 <= j < len(ordered)]
        if near and all(abs(day - other) > span for other in near):
            out.append(i)
    return out


def to_day(value: DateLike | None, *, what: str = "date") -> dt.date | None:
    """The calendar day of a date argument (the rule is in the module docstring).

    Parameters
    ----------
    value : str, date, datetime, Timestamp or None
    what : str
        The argument's name, for the error message.

    Returns
    -------
    datetime.date or None

    Raises
    ------
    geomap.errors.InputError
        A string that is not an ISO 8601 day, or a day outside
        :data:`MIN_DAY`..:data:`MAX_DAY`.
    TypeError
        A value of another type.
    """
    if value is None:
        return None
    if isinstance(value, str):
        day, err = parse_day(value)
        if err:
            raise InputError(Problem("<argument>", None, what, err, "write dates as YYYY-MM-DD"))
        return day
    if isinstance(value, dt.datetime):  # a pandas Timestamp too
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    else:
        raise TypeError(f"{what} must be a date or an ISO 8601 string, not {type(value).__name__}")
    err = range_problem(day)
    if err:
        raise InputError(Problem("<argument>", None, what, err, f"give a day from {RANGE_TEXT}"))
    return day


@dataclasses.dataclass(frozen=True)
class DataSpan:
    """The days a theatre's data covers, both included, and what sets each edge.

    >>> span = DataSpan(dt.date(2017, 5, 1), dt.date(2017, 11, 19), "initial snapshot", "last event")
    >>> span.text
    '2017-05-01 (initial snapshot) to 2017-11-19 (last event)'
    """

    start: dt.date
    end: dt.date
    start_source: str
    end_source: str

    @property
    def text(self) -> str:
        """The span in words, for notes and messages."""
        return f"{self.start} ({self.start_source}) to {self.end} ({self.end_source})"


def within_data(
    start: dt.date,
    end: dt.date,
    span: DataSpan | None,
    *,
    names: tuple[str, str] = ("start", "end"),
) -> tuple[dt.date, dt.date, dict[str, str]]:
    """``start`` to ``end`` clipped to the days ``span`` covers, and notes saying so.

    Returns ``(start, end, notes)``: ``notes["data covers"]`` always (with a span),
    ``notes["range clipped"]`` when a part of the range was outside the data (the clipped
    range is the one returned).  A range wholly before or after the data raises
    :class:`~geomap.errors.DataRangeError`, since nothing is known there, naming the argument
    (``names``: what the caller calls ``start`` and ``end``, e.g. ``("date", "date")`` for
    ``control(date)``; the command line names its options, ``--from`` and ``--to``).

    >>> span = DataSpan(dt.date(2017, 5, 1), dt.date(2017, 6, 30), "initial snapshot", "[dates] end")
    >>> within_data(dt.date(2017, 4, 1), dt.date(2017, 5, 27), span)[2]["range clipped"]
    'asked 2017-04-01 to 2017-05-27; the data starts on 2017-05-01 (initial snapshot), so the figures are for 2017-05-01 to 2017-05-27'
    """
    if span is None:
        return start, end, {}
    hint = f"give dates from {span.start} to {span.end}, the days the theatre's data covers"
    asked = str(start) if start == end else f"{start} to {end}"
    if end < span.start:  # the end (and so the whole range) is before the data
        raise DataRangeError(
            Problem(
                "<argument>",
                None,
                names[1],
                f"{asked} is before the data starts on {span.start} "
                f"({span.start_source}): nothing is known there",
                hint,
            )
        )
    if start > span.end:  # the start (and so the whole range) is after the data
        raise DataRangeError(
            Problem(
                "<argument>",
                None,
                names[0],
                f"{asked} is after the data ends on {span.end} ({span.end_source}): "
                "no event is known after it",
                hint,
            )
        )
    notes = {"data covers": span.text}
    lo, hi = max(start, span.start), min(end, span.end)
    if (lo, hi) != (start, end):
        why = []
        if lo != start:
            why.append(f"the data starts on {span.start} ({span.start_source})")
        if hi != end:
            why.append(f"the data ends on {span.end} ({span.end_source})")
        notes["range clipped"] = (
            f"asked {start} to {end}; {' and '.join(why)}, so the figures are for {lo} to {hi}"
        )
    return lo, hi, notes
