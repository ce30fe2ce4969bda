"""The front line of a snapshot series: where two actors' given polygons meet."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
import shapely
from pyproj import Geod
from snapshot_fixtures import AOI, BLUE, FILL_RULE, RED, feature, write

from geomap.snapshots import load_snapshots

GEOD = Geod(ellps="WGS84")
PATTERN = "front_{date:%Y-%m-%d}.geojson"
#: km: the part of one boundary within the meeting tolerance of the other overshoots each end
#: of a line by at most that tolerance (1e-5°, under 1.2 m)
END = 2 * 1.2e-3


def _meridian_km(lon: float, lat0: float, lat1: float) -> float:
    return GEOD.inv(lon, lat0, lon, lat1)[2] / 1000


@pytest.fixture(scope="module")
def series(tmp_path_factory):
    """Red and blue side by side along a meridian; red pushes east on day 2.

    Day 1: the shared edge is x = 30.5 from 50.0 to 50.5, blue's side with an
    extra vertex red's has not (no shared vertices but the corners).  Day 2:
    red reaches x = 30.6; blue is cut back to 50.0..50.3, so they meet along
    x = 30.6 from 50.0 to 50.3 only.  Day 3: blue is 0.1° away (no front).
    """
    folder = tmp_path_factory.mktemp("front")
    blue1 = shapely.Polygon([(30.5, 50.0), (31.0, 50.0), (31.0, 50.5), (30.5, 50.5), (30.5, 50.2)])
    days = {
        1: (shapely.box(30.0, 50.0, 30.5, 50.5), blue1),
        2: (shapely.box(30.0, 50.0, 30.6, 50.5), shapely.box(30.6, 50.0, 31.0, 50.3)),
        3: (shapely.box(30.0, 50.0, 30.6, 50.5), shapely.box(30.7, 50.0, 31.0, 50.3)),
    }
    for day, (red, blue) in days.items():
        write(
            folder,
            f"front_2024-01-0{day}.geojson",
            [feature(red, fill=RED), feature(blue, fill=BLUE)],
        )
    return load_snapshots(folder, pattern=PATTERN, actor_rule=FILL_RULE, aoi=AOI)


def test_front_where_the_polygons_meet(series):
    front = series.front("2024-01-01")
    assert list(zip(front["actor_a"], front["actor_b"], strict=True)) == [("red", "blue")]
    assert list(front.columns) == [
        "actor_a",
        "actor_b",
        "name_a",
        "name_b",
        "geometry",
        "length_km",
    ]
    km = float(front["length_km"].iloc[0])
    # to within the meeting tolerance (about 1 m) at each end of the line
    assert km == pytest.approx(_meridian_km(30.5, 50.0, 50.5), abs=END)
    # the line itself: on both grounds' boundaries, not the AOI's
    line = front.geometry.iloc[0]
    assert line.buffer(1e-6).covers(shapely.LineString([(30.5, 50.0), (30.5, 50.5)]))
    assert km == pytest.approx(
        GEOD.geometry_length(shapely.segmentize(line, 0.001)) / 1000, rel=1e-6
    )
    assert "front" in front.attrs["assumptions"]
    # day 2: only where they still meet; day 3: apart, so no front
    day2 = series.front("2024-01-02")
    assert float(day2["length_km"].iloc[0]) == pytest.approx(
        _meridian_km(30.6, 50.0, 50.3), abs=END
    )
    assert series.front("2024-01-03").empty


def test_front_km_in_the_snapshot_ledger(series):
    led = series.ledger(by="day", start="2024-01-01", end="2024-01-03", front=True)
    plain = series.ledger(by="day", start="2024-01-01", end="2024-01-03")
    assert list(led.columns[: len(plain.columns)]) == list(plain.columns)
    for day, expected in [
        (1, _meridian_km(30.5, 50.0, 50.5)),
        (2, _meridian_km(30.6, 50.0, 50.3)),
        (3, 0.0),
    ]:
        rows = led[led["period_end"] == dt.date(2024, 1, day)].set_index("actor")
        assert rows.loc["red", "front_km_blue"] == pytest.approx(expected, abs=END)
        assert rows.loc["blue", "front_km_red"] == pytest.approx(expected, abs=END)
        assert rows.loc["red", "front_km"] == pytest.approx(expected, abs=END)
        assert rows.loc["red", "front_km_red"] == 0
        assert np.isnan(rows.loc["", "front_km"])  # unassigned land has no front
    assert "front" in led.attrs["assumptions"]


def test_date_pages_of_a_series_draw_its_front(series):
    from geomap.render import date_map

    html = date_map(series, "2024-01-01", assets="assets/").get_root().render()
    assert "front line" in html and "Front: red | blue" in html and "km (geodesic)" in html
    html = date_map(series, "2024-01-03", assets="assets/").get_root().render()
    assert "Front: red" not in html  # apart on day 3


def test_front_intervals_of_a_series(series):
    fi = series.front_intervals()
    assert list(zip(fi["actor_a"], fi["actor_b"], strict=True)) == [("red", "blue")] * 2
    assert [str(d.date()) for d in fi["valid_from"]] == ["2024-01-01", "2024-01-02"]
    assert [str(d.date()) for d in fi["valid_to"]] == ["2024-01-02", "2024-01-03"]  # apart on 3rd
    for row, day in zip(fi.itertuples(), ["2024-01-01", "2024-01-02"], strict=True):
        front = series.front(day)
        assert row.length_km == front["length_km"].iloc[0]
        assert row.geometry.equals(front.geometry.iloc[0])
    # a front still holding at the end of the range is open (NaT), as in intervals()
    same = series.front_intervals("2024-01-02", "2024-01-02")
    assert len(same) == 1 and same["valid_to"].isna().all()
