"""One rule for date arguments (geomap.dates.to_day)."""

import datetime as dt

import pandas as pd
import pytest

from geomap.dates import to_day
from geomap.errors import InputError


@pytest.mark.parametrize(
    "value, day",
    [
        ("2017-05-27", dt.date(2017, 5, 27)),
        (dt.date(2017, 5, 27), dt.date(2017, 5, 27)),
        (dt.datetime(2017, 5, 27, 23, 0), dt.date(2017, 5, 27)),
        (pd.Timestamp("2017-05-27 23:00"), dt.date(2017, 5, 27)),
        # an aware time is a UTC day: 23:30 at UTC-2 is the 28th
        (
            dt.datetime(2017, 5, 27, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-2))),
            dt.date(2017, 5, 28),
        ),
        (pd.Timestamp("2017-05-27 23:30", tz="America/Sao_Paulo"), dt.date(2017, 5, 28)),
        (None, None),
    ],
)
def test_values_and_their_day(value, day):
    assert to_day(value) == day
    assert to_day(value, times="utc") == day


def test_a_time_in_a_string_is_refused_or_read_in_utc():
    with pytest.raises(InputError, match="has a time; a day"):
        to_day("2017-05-27T14:00")
    assert to_day("2017-05-27T14:00", times="utc") == dt.date(2017, 5, 27)
    assert to_day("2017-05-27T23:30-02:00", times="utc") == dt.date(2017, 5, 28)


def test_errors_name_the_argument():
    with pytest.raises(InputError, match=r"<argument>: start: 'Saturday' is not an ISO 8601 date"):
        to_day("Saturday", what="start")
    with pytest.raises(TypeError, match="end must be a date"):
        to_day(20170527, what="end")
