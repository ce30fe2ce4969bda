"""One rule for the date arguments of the Python API (``control(date)``, ``ledger(start=...)``...).

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

>>> to_day("2017-05-27")
datetime.date(2017, 5, 27)
>>> import datetime as dt
>>> to_day(dt.datetime(2017, 5, 27, 23, 30))
datetime.date(2017, 5, 27)
>>> to_day("2017-05-27T14:00")
Traceback (most recent call last):
...
geomap.errors.InputError: <argument>: date: '2017-05-27T14:00' has a time; a day (YYYY-MM-DD) is expected here; write dates as YYYY-MM-DD
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from ._parse import parse_day
from .errors import InputError, Problem

__all__ = ["DateLike", "to_day"]

#: What the API accepts wherever it asks for a date.
DateLike = str | dt.date | dt.datetime | pd.Timestamp


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
        A string that is not an ISO 8601 day.
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
    if isinstance(value, pd.Timestamp | dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raise TypeError(f"{what} must be a date or an ISO 8601 string, not {type(value).__name__}")
