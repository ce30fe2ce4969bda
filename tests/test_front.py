"""Front lines and their length; the rate of advance."""

import datetime as dt
import io
import math
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import shapely
from pyproj import Geod

from geomap.cli import main
from geomap.rates import rolling_rates
from geomap.theatre import load_theatre

DATA = Path(__file__).parent / "data"
GEOD = Geod(ellps="WGS84")
CELL = 0.5 * 64 * 5.0**2 * math.sin(2 * math.pi / 64)  # see test_ledger.py


def _pair(tmp_path, control: str) -> Path:
    """tests/data/three with places a and b 6 km apart: their 5 km cells meet."""
    folder = tmp_path / "pair"
    shutil.copytree(DATA / "three", folder)
    places = (folder / "places.csv").read_text().replace("34.25,38.5,", "34.25,38.265,")
    (folder / "places.csv").write_text(places)
    (folder / "control.csv").write_text("as_of,place,actor\n" + control)
    (folder / "events.csv").write_text(
        "date,place,geometry,to_actor,from_actor,source\n2020-01-03,b,,A,B,test\n"
    )
    return folder


def test_front_between_two_cells_is_their_shared_chord(tmp_path):
    th = load_theatre(_pair(tmp_path, "2020-01-01,a,A\n2020-01-01,b,B\n2020-01-01,c,C\n"))
    front = th.front("2020-01-01")
    assert list(front["actor_a"]) == ["A"] and list(front["actor_b"]) == ["B"]
    _, _, d = GEOD.inv(38.2, 34.25, 38.265, 34.25)
    chord = 2 * math.sqrt(5.0**2 - (d / 2000) ** 2)  # where two 5 km circles cross
    km = float(front["length_km"].iloc[0])
    assert km == pytest.approx(chord, rel=0.02)  # 64-gon caps: a little shorter
    # the length is the geodesic length of the line itself
    line = shapely.segmentize(front.geometry.iloc[0], 0.001)
    assert km == pytest.approx(GEOD.geometry_length(line) / 1000, rel=1e-6)
    # the line lies on both actors' ground and on neither's interior
    ctl = th.control("2020-01-01").set_index("actor").geometry
    assert ctl["A"].boundary.buffer(1e-7).covers(front.geometry.iloc[0])
    assert ctl["B"].boundary.buffer(1e-7).covers(front.geometry.iloc[0])
    # once A holds both, there is no front (and the AOI boundary / unassigned edges never are)
    assert th.front("2020-01-03").empty


def test_no_front_against_unassigned_land(tmp_path):
    th = load_theatre(_pair(tmp_path, "2020-01-01,a,A\n"))  # b has no known holder
    assert th.front("2020-01-01").empty
    assert th.front("2020-01-03").empty  # a and b both A's


def test_front_km_columns(tmp_path):
    th = load_theatre(_pair(tmp_path, "2020-01-01,a,A\n2020-01-01,b,B\n2020-01-01,c,C\n"))
    led = th.ledger(by="day", start="2020-01-01", end="2020-01-04", front=True)
    day1 = led[led["period_end"] == dt.date(2020, 1, 1)].set_index("actor")
    km = float(th.front("2020-01-01")["length_km"].iloc[0])
    assert day1.loc["A", "front_km_B"] == pytest.approx(km)
    assert day1.loc["B", "front_km_A"] == pytest.approx(km)
    assert day1.loc["A", "front_km"] == pytest.approx(km)
    assert day1.loc["C", "front_km"] == 0 and np.isnan(day1.loc["", "front_km"])
    day3 = led[led["period_end"] == dt.date(2020, 1, 3)]
    assert (day3["front_km"].fillna(0) == 0).all()
    # the plain columns are unchanged
    plain = th.ledger(by="day", start="2020-01-01", end="2020-01-04")
    pd.testing.assert_frame_equal(led[plain.columns], plain)


def test_demo_front_is_measured(tmp_path):
    th = load_theatre(Path(__file__).parents[1] / "layers" / "syria-2017")
    front = th.front("2017-05-27").set_index(["actor_a", "actor_b"])
    assert front.loc[("GOV", "IS"), "length_km"] > 50
    assert "front" in th.front("2017-05-27").attrs["assumptions"]


# ----------------------------------------------------------------------------- rate of advance
def test_rolling_rate_of_advance():
    th = load_theatre(DATA / "three")
    rates = rolling_rates(
        th, 2, start=dt.date(2020, 1, 2), end=dt.date(2020, 1, 5), first_day=dt.date(2020, 1, 1)
    ).set_index(["date", "actor"])
    # A gains b's cell on 3 Jan: over the two days ending 3 and 4 Jan, CELL / 2 a day
    for day in (3, 4):
        got = rates.loc[(dt.date(2020, 1, day), "A"), "gained_km2_per_day"]
        assert got == pytest.approx(CELL / 2, rel=1e-4)
    assert rates.loc[(dt.date(2020, 1, 2), "A"), "gained_km2_per_day"] == 0
    assert rates.loc[(dt.date(2020, 1, 3), "B"), "net_km2_per_day"] == pytest.approx(
        -CELL / 2, rel=1e-4
    )
    # a window reaching before the first day is shortened, and says so
    early = rolling_rates(
        th, 30, start=dt.date(2020, 1, 3), end=dt.date(2020, 1, 3), first_day=dt.date(2020, 1, 1)
    ).set_index("actor")
    assert early.loc["A", "window_days"] == 3
    assert early.loc["A", "gained_km2_per_day"] == pytest.approx(CELL / 3, rel=1e-4)


def test_cli_gains_front_and_rolling(capsys):
    code = main(["gains", str(DATA / "three"), "--format", "csv", "--rolling", "2", "--with-meta"])
    assert code == 0
    out = capsys.readouterr().out
    body = "\n".join(ln for ln in out.splitlines() if not ln.startswith("#"))
    df = pd.read_csv(io.StringIO(body))
    for col in ("front_km", "front_km_A", "front_km_B", "front_km_C"):
        assert col in df
    assert "rolling_2d_gained_km2_per_day" in df and "rolling_2d_net_km2_per_day" in df
    assert "# rate of advance: km² per day over the 2 days" in out
    with pytest.raises(SystemExit):
        main(["gains", str(DATA / "three"), "--rolling", "0"])
    assert "is not a number of days" in capsys.readouterr().err
