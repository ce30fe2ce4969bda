"""One rule for date arguments (geomap.dates.to_day), the same for every theatre kind."""

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
        # an object's own calendar date, as given: no time-zone conversion
        (
            dt.datetime(2017, 5, 27, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-2))),
            dt.date(2017, 5, 27),
        ),
        (None, None),
    ],
)
def test_values_and_their_day(value, day):
    assert to_day(value) == day


@pytest.mark.parametrize("text", ["2017-05-27T14:00", "2017-05-27 14:00", "2017-05-27T14:00Z"])
def test_a_time_in_a_string_is_refused(text):
    with pytest.raises(InputError, match="has a time; a day"):
        to_day(text)


def test_errors_name_the_argument():
    with pytest.raises(InputError, match=r"argument start: 'Saturday' is not an ISO 8601 date"):
        to_day("Saturday", what="start")
    with pytest.raises(TypeError, match="end must be a date"):
        to_day(20170527, what="end")


def test_the_theatre_follows_it(data_dir):
    from geomap import load_theatre

    th = load_theatre(data_dir / "three")
    with pytest.raises(InputError, match="has a time"):
        th.control("2020-01-05T10:00")
    assert th.control(pd.Timestamp("2020-01-05 10:00")).equals(th.control("2020-01-05"))


def test_plain_whens_repeated_cells_as_one_by_one():
    """Each distinct cell is parsed once; the values are each cell's own (NaT where not plain)."""
    import numpy as np

    from geomap.dates import _plain_whens, plain_whens

    cells = ["2017-05-27", "2017-02-30", "2017-05-27T14:00", "x", "", "9999-01-01"] * 3
    cells += ["2017-05-27T14:00+03:00", " 2017-01-01", "2017-05-28"]
    got = plain_whens(cells)
    assert got.dtype == np.dtype("datetime64[us]")
    assert [str(v) for v in got] == [str(v) for v in _plain_whens(cells)]
    assert [str(v) for v in got[:3]] == [
        "2017-05-27T00:00:00.000000",
        "NaT",
        "2017-05-27T14:00:00.000000",
    ]
