"""One rule for the date arguments of the Python API (``control(date)``, ``ledger(start=...)``...).

:func:`to_day` turns what a caller passes into a calendar day:

* ``None`` stays ``None`` (the caller's default applies);
* a :class:`datetime.date` is that day;
* a :class:`datetime.datetime` or :class:`pandas.Timestamp` is its day; an
  aware one is first converted to UTC (a day is a UTC day);
* a string is ISO 8601: ``"2017-05-27"``.  A string with a time of day
  (``"2017-05-27T14:00"``, ``"...Z"``, ``"...+03:00"``) depends on ``times``:
  ``"refuse"`` (the default, used by :class:`geomap.Theatre`, whose events are
  dated to the day) makes it an error; ``"utc"`` (snapshot series, whose files
  may carry a timestamp) converts it to UTC and takes the day;
* anything else is a :class:`TypeError`.

A bad string raises :class:`geomap.errors.InputError` naming the argument.

>>> to_day("2017-05-27")
datetime.date(2017, 5, 27)
>>> to_day("2017-05-27T23:30-02:00", times="utc")
datetime.date(2017, 5, 28)
>>> to_day("2017-05-27T14:00")
Traceback (most recent call last):
...
geomap.errors.InputError: <argument>: date: '2017-05-27T14:00' has a time; a day (YYYY-MM-DD) is expected here; write dates as YYYY-MM-DD
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

import pandas as pd

from ._parse import parse_day, parse_when
from .errors import InputError, Problem

__all__ = ["DateLike", "to_day"]

#: What the API accepts wherever it asks for a date.
DateLike = str | dt.date | dt.datetime | pd.Timestamp


def to_day(
    value: DateLike | None, *, what: str = "date", times: Literal["refuse", "utc"] = "refuse"
) -> dt.date | None:
    """The calendar day of a date argument (see the module docstring for the rule).

    Parameters
    ----------
    value : str, date, datetime, Timestamp or None
    what : str
        The argument's name, for the error message.
    times : {"refuse", "utc"}
        A string with a time of day: an error, or converted to UTC.

    Returns
    -------
    datetime.date or None
    """
    if value is None:
        return None
    if isinstance(value, str):
        if times == "refuse":
            day, err = parse_day(value)
        else:
            when, err = parse_when(value)
            day = when.date() if when is not None else None
        if err:
            raise InputError(Problem("<argument>", None, what, err, "write dates as YYYY-MM-DD"))
        return day
    if isinstance(value, pd.Timestamp | dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC)
        return value.date()
    if isinstance(value, dt.date):
        return value
    raise TypeError(f"{what} must be a date or an ISO 8601 string, not {type(value).__name__}")
