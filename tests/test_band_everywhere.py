"""The contested band in changes(), intervals() and diff(): the same coverage as control() (issue 11)."""

import shutil
from pathlib import Path

import pandas as pd
import pytest
import shapely

from geomap.theatre import load_theatre

DATA = Path(__file__).parent / "data"
# the tiny theatre's event days are 5, 10, 20 and 25 January 2020
PAIRS = [(None, "2020-01-05"), ("2020-01-09", "2020-01-20"), ("2020-01-12", "2020-01-31")]


@pytest.fixture(scope="module", params=[4, 12])
def banded(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp("band") / "th"
    shutil.copytree(DATA / "tiny", folder)
    toml = (folder / "theatre.toml").read_text(encoding="utf-8")
    toml = toml.replace(
        "cell_radius_km = 25", f"cell_radius_km = 25\ncontested_band_km = {request.param}"
    )
    (folder / "theatre.toml").write_text(toml, encoding="utf-8")
    return load_theatre(folder)


def _held(th, day):
    day = th.snapshot_date if day is None else day
    return th.control(day).set_index("actor")["area_km2"]


@pytest.mark.parametrize(("start", "end"), PAIRS)
def test_changes_with_the_band_add_up_to_the_change_in_held_area(banded, start, end):
    ch = banded.changes(start, end)
    assert len(ch)
    assert (ch["from_actor"] != ch["to_actor"]).all()
    h0, h1 = _held(banded, start), _held(banded, end)
    for holder in set(h0.index) | set(h1.index):
        net = ch.loc[ch["to_actor"] == holder, "area_km2"].sum()
        net -= ch.loc[ch["from_actor"] == holder, "area_km2"].sum()
        assert net == pytest.approx(h1.get(holder, 0.0) - h0.get(holder, 0.0), rel=1e-7, abs=1e-5)
    # pieces do not overlap
    union = shapely.union_all(ch.geometry.values)
    assert sum(g.area for g in ch.geometry) == pytest.approx(union.area, rel=1e-6)


def test_intervals_with_the_band_are_control_on_every_date(banded):
    iv = banded.intervals()
    for day in ["2020-01-01", "2020-01-10", "2020-01-19", "2020-01-31"]:
        _check_day(banded, iv, day)


def _check_day(banded, iv, day):
    t = pd.Timestamp(day)
    on = iv[(iv["valid_from"] <= t) & (iv["valid_to"].isna() | (iv["valid_to"] > t))]
    ctl = banded.control(day).set_index("actor")
    got = on.groupby("actor")["area_km2"].sum()
    assert set(got.index) == set(ctl.index[ctl["area_km2"] > 0])
    for actor, km2 in got.items():
        assert km2 == pytest.approx(ctl.loc[actor, "area_km2"], rel=1e-9)
        geom = shapely.union_all(on.loc[on["actor"] == actor].geometry.values)
        assert shapely.symmetric_difference(geom, ctl.loc[actor, "geometry"]).area < 1e-9
    assert on["area_km2"].sum() == pytest.approx(ctl["area_km2"].sum(), rel=1e-9)


def test_the_band_moves_with_the_front_in_changes(banded):
    ch = banded.changes("2020-01-09", "2020-01-20")
    assert "contested" in set(ch["from_actor"]) | set(ch["to_actor"])


@pytest.mark.parametrize(("start", "end"), [p for p in PAIRS if p[0] is not None])
def test_diff_with_the_band_keeps_its_identities(banded, start, end):
    d = banded.diff(start, end)
    totals = pd.DataFrame(d.attrs["totals"]).set_index("actor")
    assert "contested" in totals.index and totals.index[-1] == ""
    # gained − lost = held at the end − held at the start, for every holder
    net = totals["gained_km2"] - totals["lost_km2"]
    pd.testing.assert_series_equal(
        net, totals["held_end_km2"] - totals["held_start_km2"], check_names=False, atol=1e-6
    )
    pd.testing.assert_series_equal(net, totals["net_km2"], check_names=False, atol=1e-6)
    assert totals["gained_km2"].sum() == pytest.approx(totals["lost_km2"].sum(), abs=1e-6)
    # the rows (split by place) add up to the totals, and held_end is control() on the end day
    for holder, row in totals.iterrows():
        assert d.loc[d["to_actor"] == holder, "area_km2"].sum() == pytest.approx(
            row["gained_km2"], rel=1e-7, abs=1e-5
        )
    ctl = banded.control(end).set_index("actor")["area_km2"]
    for holder, km2 in ctl.items():
        assert totals.loc[holder, "held_end_km2"] == pytest.approx(km2, rel=1e-9)
    # the band's gross figures are the ledger's (its row exists in both)
    assert totals.loc["contested", "gross_gained_km2"] >= 0
    assert list(d["area_km2"]) == sorted(d["area_km2"], reverse=True)


def test_region_ledger_with_the_band_adds_up_to_the_ledger(banded):
    import geopandas as gpd

    regions = gpd.GeoDataFrame(
        {"name": ["west", "east"]},
        geometry=[shapely.box(36.0, 33.0, 38.4, 36.0), shapely.box(38.4, 33.0, 41.0, 36.0)],
        crs="EPSG:4326",
    )
    led = banded.ledger(by="week", regions=regions)
    plain = banded.ledger(by="week")
    assert "contested" in set(led["actor"])
    # every holder's figures summed over the regions (and outside them) are the ledger's
    for col in ("gained_km2", "lost_km2", "held_km2"):
        by_region = led.groupby(["period_start", "actor"])[col].sum()
        whole = plain.set_index(["period_start", "actor"])[col]
        for key, km2 in whole.items():
            assert by_region.get(key, 0.0) == pytest.approx(km2, rel=1e-6, abs=1e-4), (col, key)
    # per region and holder: held = held before + gained − lost
    for _, grp in led.groupby(["region", "actor"]):
        held = grp["held_km2"].to_numpy()
        step = (grp["gained_km2"] - grp["lost_km2"]).to_numpy()
        assert held[1:] == pytest.approx(held[:-1] + step[1:], abs=1e-6)
