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


def test_front_along_the_contested_band(tmp_path):
    folder = _pair(tmp_path, "2020-01-01,a,A\n2020-01-01,b,B\n2020-01-01,c,C\n")
    toml = folder / "theatre.toml"
    toml.write_text(
        toml.read_text().replace("cell_radius_km = 5", "cell_radius_km = 5\ncontested_band_km = 1")
    )
    th = load_theatre(folder)
    front = th.front("2020-01-01")
    # the band sits between A and B: each meets the band, not the other
    assert sorted(zip(front["actor_a"], front["actor_b"], strict=True)) == [
        ("A", "contested"),
        ("B", "contested"),
    ]
    assert "contested band" in front.attrs["assumptions"]["front"]
    _, _, d = GEOD.inv(38.2, 34.25, 38.265, 34.25)
    chord = 2 * math.sqrt(5.0**2 - (d / 2000) ** 2)
    ctl = th.control("2020-01-01").set_index("actor").geometry
    for row in front.itertuples():
        # a line along the band on each side, about as long as the chord the band covers
        assert 0.6 * chord < row.length_km < 1.2 * chord
        line = shapely.segmentize(row.geometry, 0.001)
        assert row.length_km == pytest.approx(GEOD.geometry_length(line) / 1000, rel=1e-6)
        assert ctl[row.actor_a].boundary.buffer(2e-5).covers(row.geometry)
        assert ctl["contested"].boundary.buffer(2e-5).covers(row.geometry)
    # once A holds both there is no band and no front
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
    # a window reaching before the first day is cut short: it says how short, and gives no
    # rate (not one gain divided by a few days: the spike at the start of the index's chart)
    early = rolling_rates(
        th, 30, start=dt.date(2020, 1, 3), end=dt.date(2020, 1, 3), first_day=dt.date(2020, 1, 1)
    ).set_index("actor")
    assert early.loc["A", "window_days"] == 3
    assert early[["gained_km2_per_day", "net_km2_per_day"]].isna().all().all()
    # the first day whose window is full has a rate again
    full = rolling_rates(
        th, 3, start=dt.date(2020, 1, 1), end=dt.date(2020, 1, 4), first_day=dt.date(2020, 1, 1)
    ).set_index(["date", "actor"])
    assert pd.isna(full.loc[(dt.date(2020, 1, 2), "A"), "gained_km2_per_day"])  # 2 days of 3
    assert full.loc[(dt.date(2020, 1, 3), "A"), "gained_km2_per_day"] == pytest.approx(
        CELL / 3, rel=1e-4
    )


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
    # the first day has 1 day of data of the 2: a blank cell, and the note says why
    first = df[df["period_end"] == df["period_end"].min()]
    assert first["rolling_2d_gained_km2_per_day"].isna().all()
    assert first["rolling_2d_net_km2_per_day"].isna().all()
    assert df["rolling_2d_net_km2_per_day"].notna().sum() > 0
    assert "blank until 2 days of data have passed" in out
    with pytest.raises(SystemExit):
        main(["gains", str(DATA / "three"), "--rolling", "0"])
    assert "is not a number of days" in capsys.readouterr().err


# ----------------------------------------------------------------------------- over time
def _tiny(tmp_path, band: bool):
    folder = tmp_path / "tiny"
    shutil.copytree(DATA / "tiny", folder)
    if band:
        toml = folder / "theatre.toml"
        text = toml.read_text(encoding="utf-8")
        toml.write_text(
            text.replace("cell_radius_km = 25", "cell_radius_km = 25\ncontested_band_km = 5")
        )
    return load_theatre(folder)


@pytest.mark.parametrize("band", [False, True], ids=["edges", "contested-band"])
def test_front_intervals_give_each_date_its_front(tmp_path, band):
    th = _tiny(tmp_path, band)
    fi = th.front_intervals("2020-01-01", "2020-01-31")
    assert list(fi.columns) == [
        "actor_a",
        "actor_b",
        "geometry",
        "length_km",
        "valid_from",
        "valid_to",
    ]
    assert len(fi) and (fi["valid_to"].isna() | (fi["valid_to"] > fi["valid_from"])).all()
    days = sorted({dt.date(2020, 1, 1), *th.event_days(), dt.date(2020, 1, 31)})
    days += [d + dt.timedelta(days=1) for d in days[1:-1]]  # the day after a change too
    for day in sorted(set(days)):
        ts = pd.Timestamp(day)
        on = fi[(fi["valid_from"] <= ts) & (fi["valid_to"].isna() | (fi["valid_to"] > ts))]
        got = on.groupby(["actor_a", "actor_b"])["length_km"].sum().to_dict()
        want = th.front(day).set_index(["actor_a", "actor_b"])["length_km"].to_dict()
        assert got.keys() == want.keys()
        for pair, km in want.items():
            assert got[pair] == pytest.approx(km, rel=1e-9)
        for (a, b), line in on.groupby(["actor_a", "actor_b"])["geometry"]:
            drawn = shapely.union_all(list(line))
            target = th.front(day).set_index(["actor_a", "actor_b"]).loc[(a, b), "geometry"]
            assert drawn.hausdorff_distance(target) < 1e-9
    if not band:  # a stretch of front that holds is one row, not one per day
        assert len(fi) < sum(len(th.front(d)) for d in pd.date_range("2020-01-01", "2020-01-31"))


@pytest.mark.parametrize("seed", range(8))
def test_front_km_by_day_is_each_day_worked_alone_to_the_last_bit(seed, monkeypatch):
    import geomap.front
    from geomap.front import Edges, front_km_by_day, front_pairs
    from geomap.territory import FaceLog

    monkeypatch.setattr(geomap.front, "_DAYS_AT_ONCE", 3 if seed % 2 else 256)  # blocks of days

    rng = np.random.default_rng(seed)
    n_faces, n_edges, n_actors, n_changes = 60, 200, 4, 150
    a = rng.integers(0, n_faces - 1, n_edges)
    b = np.minimum(a + rng.integers(1, 8, n_edges), n_faces - 1)
    ends = np.zeros((n_edges, 2))
    edges = Edges(
        a=a,
        b=b,
        start=ends,
        end=ends,
        km=rng.random(n_edges) * 10.0 ** rng.integers(-3, 4, n_edges),
    )
    day = np.sort(rng.integers(100, 140, n_changes))
    log = FaceLog(
        initial=rng.integers(-1, n_actors, n_faces).astype(np.int32),
        seq=np.arange(n_changes),
        day=day,
        face=rng.integers(0, n_faces, n_changes),
        old=np.zeros(n_changes, dtype=np.int32),
        new=rng.integers(-1, n_actors, n_changes).astype(np.int32),
    )
    days = [  # before, among and after the changes; one day; no change between two days
        sorted(set(rng.integers(95, 145, 30).tolist())),
        sorted(set(rng.integers(120, 125, 3).tolist())),
        [int(rng.integers(90, 150))],
        [50, 60],
        [150, 151, 152],
    ][seed % 5]
    got = front_km_by_day(log, edges, n_actors, days)
    for t, d in enumerate(days):  # the old way: the whole front summed again every day
        sel, i, j = front_pairs(edges, log.owners_at(d))
        km = np.bincount(i * n_actors + j, weights=edges.km[sel], minlength=n_actors**2)
        km = km.reshape(n_actors, n_actors)
        np.testing.assert_array_equal(got[t], km + km.T)
