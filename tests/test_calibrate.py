"""geomap.calibrate on a synthetic front, checked against direct computation.

The area of interest is the 1°×1° box 30–31°E, 50–51°N with 150 places at
seeded random positions.  "red" holds everything west of a vertical front
that moves east.  Expected figures are computed here independently: the
model is the union of the faces of the places west of the front, measured
with shapely overlays and ``area_km2``.  (A regular lon/lat grid is avoided
on purpose: GEOS' Voronoi with ``extend_to`` mis-assigns cells when hull
sites are nearly collinear.)
"""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pandas as pd
import pytest
import shapely

from geomap.areas import area_km2
from geomap.calibrate import ModelSetting, calibrate, parse_setting, read_gazetteer
from geomap.cli import main
from geomap.errors import InputError
from geomap.snapshots import load_snapshots
from geomap.territory import tessellate

AOI = (30.0, 50.0, 31.0, 51.0)
# Mondays, so each consecutive pair is one ISO week
FRONTS = {
    dt.date(2024, 1, 1): 30.33,
    dt.date(2024, 1, 8): 30.43,
    dt.date(2024, 1, 15): 30.53,
    dt.date(2024, 1, 22): 30.53,
}
RULE = {"by": "constant", "actor": "red"}


def _write(folder):
    folder.mkdir(exist_ok=True)
    for day, x in FRONTS.items():
        geom = shapely.box(AOI[0], AOI[1], x, AOI[3])
        fc = {
            "type": "FeatureCollection",
            "features": [
                {
                    "type": "Feature",
                    "properties": {},
                    "geometry": json.loads(shapely.to_geojson(geom)),
                }
            ],
        }
        (folder / f"{day:%Y-%m-%d}.geojson").write_text(json.dumps(fc), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def series(tmp_path_factory):
    folder = _write(tmp_path_factory.mktemp("front"))
    return load_snapshots(folder, actor_rule=RULE, aoi=shapely.box(*AOI))


def _grid():
    rng = np.random.default_rng(11)
    lon = rng.uniform(30.005, 30.995, 150)
    lat = rng.uniform(50.005, 50.995, 150)
    return pd.DataFrame({"id": [f"p{i}" for i in range(150)], "lat": lat, "lon": lon})


def _expected(series, radius_km, front):
    """(model km², symdiff km², truth km²) of red, computed directly."""
    g = _grid()
    tess = tessellate(
        shapely.box(*AOI),
        g["lon"].to_numpy(),
        g["lat"].to_numpy(),
        radius_km=radius_km,
        crs=series.crs,
    )
    red = np.flatnonzero(g["lon"].to_numpy() < front)
    faces = np.concatenate([tess.place_faces[i] for i in red])
    model = shapely.union_all(tess.faces[faces])
    truth = shapely.box(AOI[0], AOI[1], front, AOI[3])
    return (
        float(area_km2(tess.faces[faces], crs=series.crs).sum()),
        float(area_km2(shapely.symmetric_difference(model, truth), crs=series.crs)),
        float(area_km2(truth, crs=series.crs)),
    )


@pytest.fixture(scope="module")
def cal(series):
    return calibrate(series, _grid(), [None, 2], other="blue", periods=("week",))


def test_held_area_errors_match_direct_overlays(cal, series):
    held = cal.held[(cal.held["setting"] == "uncapped") & (cal.held["actor"] == "red")]
    assert len(held) == len(FRONTS)
    for _, r in held.iterrows():
        model, symdiff, truth = _expected(series, _diag(), FRONTS[r["date"]])
        assert r["truth_km2"] == pytest.approx(truth, rel=1e-9)
        assert r["model_km2"] == pytest.approx(model, rel=1e-9)
        # overlaps are updated incrementally from date to date: still exact
        assert r["symdiff_km2"] == pytest.approx(symdiff, rel=1e-6, abs=1e-3)
        assert r["net_error_pct"] == pytest.approx(100 * (model - truth) / truth, rel=1e-9)
        assert r["symdiff_pct"] == pytest.approx(100 * symdiff / truth, rel=1e-6)
    # blue (ground no actor holds) is the rest of the box: both cover it exactly
    box = area_km2(shapely.box(*AOI), crs=series.crs)
    for _, d in cal.held[cal.held["setting"] == "uncapped"].groupby("date"):
        assert d["truth_km2"].sum() == pytest.approx(box, rel=1e-9)
        assert d["model_km2"].sum() == pytest.approx(box, rel=1e-6)  # faces round-trip via metres
        # each holder's errors mirror the other's
        assert d["symdiff_km2"].iloc[0] == pytest.approx(d["symdiff_km2"].iloc[1], abs=0.01)


def _diag():
    from pyproj import Geod

    return Geod(ellps="WGS84").line_length([AOI[0], AOI[2]], [AOI[1], AOI[3]]) / 1000 + 1


def test_weekly_gains_model_against_truth(cal, series):
    g = cal.gains[
        (cal.gains["setting"] == "uncapped")
        & (cal.gains["actor"] == "red")
        & (cal.gains["period"] == "week")
    ].reset_index(drop=True)
    days = list(FRONTS)
    assert list(g["start"]) == days[:3] and list(g["end"]) == days[1:]
    lon = _grid()["lon"].to_numpy()
    for n in range(2):
        a, b = FRONTS[days[n]], FRONTS[days[n + 1]]
        m_a, _, t_a = _expected(series, _diag(), a)
        m_b, _, t_b = _expected(series, _diag(), b)
        assert g.loc[n, "truth_gained_km2"] == pytest.approx(t_b - t_a, rel=1e-6)
        assert g.loc[n, "model_gained_km2"] == pytest.approx(m_b - m_a, rel=1e-9)
        assert g.loc[n, "flips"] == int(((lon >= a) & (lon < b)).sum())
        assert g.loc[n, "error_pct"] == pytest.approx(
            100 * ((m_b - m_a) - (t_b - t_a)) / (t_b - t_a), rel=1e-6
        )
    assert g.loc[2, "truth_gained_km2"] == 0.0 and g.loc[2, "model_gained_km2"] == 0.0
    s = cal.summary.set_index(["setting", "actor"]).loc[("uncapped", "red")]
    assert s["week_n"] == 2  # the week with no truth gain is left out of the summary
    e = g.loc[:1]
    assert s["week_gain_error_pct"] == pytest.approx(
        100
        * (e["model_gained_km2"] - e["truth_gained_km2"]).abs().sum()
        / e["truth_gained_km2"].sum()
    )


def test_a_small_cap_leaves_land_unassigned_and_under_claims(cal):
    small = cal.held[(cal.held["setting"] == "cap 2 km") & (cal.held["actor"] == "red")]
    assert (small["net_error_pct"] < -50).all()
    assert (small["unassigned_km2"] > 0).all()
    unc = cal.held[cal.held["setting"] == "uncapped"]
    assert (unc["unassigned_km2"] < 1e-6).all()
    # the summary's unassigned share is of the whole area of interest
    box = area_km2(shapely.box(*AOI))
    share = cal.summary.set_index(["setting", "actor"])["unassigned_pct_aoi"]
    assert share[("cap 2 km", "red")] == pytest.approx(
        100 * small["unassigned_km2"].mean() / box, rel=1e-3
    )
    assert share[("uncapped", "red")] == pytest.approx(0.0, abs=1e-6)


def test_outputs_carry_assumptions_and_are_escaped(series, tmp_path):
    cal = calibrate(series, _grid(), [None], other="=<b>x</b>", periods=("week",))
    text = cal.table()
    assert "uncapped" in text and "net %" in text
    path = cal.to_csv(tmp_path / "cal.csv")
    summary = pd.read_csv(path)
    assert "'=<b>x</b>" in set(summary["actor"])
    assert (tmp_path / "cal-held.csv").is_file() and (tmp_path / "cal-gains.csv").is_file()
    page = cal.to_html(tmp_path / "cal.html").read_text(encoding="utf-8")
    assert "<svg" in page and "Assumptions" in page
    assert "<b>x</b>" not in page and "&lt;b&gt;x&lt;/b&gt;" in page
    assert "http" not in page.replace("http://www.w3.org/2000/svg", "")  # nothing to fetch


def test_no_place_inside_the_area(series, tmp_path):
    f = tmp_path / "places.csv"
    f.write_text("id,lat,lon\nfar,10.0,10.0\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        calibrate(series, f, [30])
    msg = str(e.value)
    assert "places.csv" in msg and "lat,lon" in msg and "none of the gazetteer" in msg


def test_a_date_with_no_snapshot(series):
    with pytest.raises(InputError) as e:
        calibrate(series, _grid(), [30], dates=["2024-01-03"])
    assert "no snapshot on 2024-01-03" in str(e.value) and "2024-01-01" in str(e.value)


def test_places_that_all_carry_one_label(series):
    east = _grid()
    east = east[east["lon"] > 30.6]  # never red; unlabelled without other=
    with pytest.raises(InputError) as e:
        calibrate(series, east, [30])
    assert "carry one label" in str(e.value) and "other=" in str(e.value)


@pytest.mark.parametrize("bad", [0, -5, float("nan")])
def test_a_radius_must_be_positive(bad):
    with pytest.raises(InputError) as e:
        ModelSetting(bad)
    assert "radius" in str(e.value)


def test_parse_setting():
    assert parse_setting("uncapped").radius_km is None
    assert parse_setting("15km").radius_km == 15
    with pytest.raises(InputError):
        parse_setting("wide")


def test_gazetteer_file_errors_name_line_and_field(tmp_path):
    f = tmp_path / "g.csv"
    f.write_text("id,lat,lon\na,50.1,30.1\nb,north,30.2\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        read_gazetteer(f)
    assert "g.csv" in str(e.value) and ":3" in str(e.value) and "lat,lon" in str(e.value)
    f.write_text("id,latitude,lon\na,50.1,30.1\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        read_gazetteer(f)
    assert "no column lat" in str(e.value)


def test_series_without_an_area_of_interest(tmp_path):
    folder = _write(tmp_path / "s")
    s = load_snapshots(folder, actor_rule=RULE)
    with pytest.raises(InputError) as e:
        calibrate(s, _grid(), [30])
    assert "area of interest" in str(e.value)


def test_cli(tmp_path, capsys):
    _write(tmp_path / "snaps")
    (tmp_path / "aoi.geojson").write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {},
                        "geometry": json.loads(shapely.to_geojson(shapely.box(*AOI))),
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    (tmp_path / "theatre.toml").write_text(
        '[theatre]\nname = "front"\ntitle = "A front"\n[aoi]\npath = "aoi.geojson"\n'
        '[data]\nlicence = "CC0"\n[snapshots]\nfolder = "snaps"\n'
        'pattern = "{date:%Y-%m-%d}.geojson"\n[snapshots.actors]\nby = "constant"\nactor = "red"\n',
        encoding="utf-8",
    )
    _grid().to_csv(tmp_path / "places.csv", index=False)
    code = main(
        [
            "calibrate",
            str(tmp_path),
            "--places",
            str(tmp_path / "places.csv"),
            "--radii",
            "uncapped",
            "--other",
            "blue",
            "--csv",
            str(tmp_path / "out.csv"),
            "--html",
            str(tmp_path / "out.html"),
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "uncapped" in out and "red" in out and "blue" in out and "gazetteer:" in out
    assert (tmp_path / "out.csv").is_file() and (tmp_path / "out.html").is_file()
    for name in ("out.csv", "out-held.csv", "out-gains.csv"):  # geomap's one CSV writer
        table = pd.read_csv(tmp_path / name)  # opens with no options
        assert len(table) and not table.map(lambda v: str(v).startswith(("=", "@"))).any().any()
    assert main(["calibrate", str(tmp_path)]) == 2


def test_parse_model_v2_options():
    s = parse_setting("15+enclose")
    assert (s.radius_km, s.enclose, s.band_km, s.name) == (15, True, None, "cap 15 km + enclose")
    s = parse_setting("uncapped + band5")
    assert (s.radius_km, s.band_km, s.name) == (None, 5.0, "uncapped + band 5 km")
    for bad in ("30+band0", "30+band-2", "30+bandx", "30+fill"):
        with pytest.raises(InputError, match="band|option"):
            parse_setting(bad)


def test_contested_band_setting_matches_direct_overlays(series):
    from geomap.territory import contested_band

    cal = calibrate(series, _grid(), ["uncapped+band4"], other="blue", periods=("week",))
    held = cal.held[cal.held["actor"] == "red"]
    g = _grid()
    tess = tessellate(
        shapely.box(*AOI),
        g["lon"].to_numpy(),
        g["lat"].to_numpy(),
        radius_km=_diag(),
        crs=series.crs,
    )
    for _, r in held.iterrows():
        front = FRONTS[r["date"]]
        red = np.isin(tess.face_place, np.flatnonzero(g["lon"].to_numpy() < front))
        grounds = [
            shapely.coverage_union_all(tess.faces[red]),
            shapely.coverage_union_all(tess.faces[~red]),
        ]
        band, _ = contested_band(grounds, 4.0, series.crs)
        model = shapely.difference(grounds[0], band)
        truth = shapely.box(AOI[0], AOI[1], front, AOI[3])
        assert r["model_km2"] == pytest.approx(float(area_km2(model, crs=series.crs)), rel=1e-6)
        symdiff = float(area_km2(shapely.symmetric_difference(model, truth), crs=series.crs))
        assert r["symdiff_km2"] == pytest.approx(symdiff, rel=1e-5, abs=1e-2)
        # the band is about 4 km × the front's length (111 km), less than the ground it cuts
        cut = float(area_km2(grounds[0], crs=series.crs)) - r["model_km2"]
        assert 0.5 * 4 * 111 / 2 < cut < 4 * 111


def test_parse_reach_and_barrier_options():
    s = parse_setting("30+reach1.5k4+barriers")
    assert (s.radius_km, s.reach, s.barriers) == (30, (1.5, 4), True)
    assert s.name == "cap 30 km + reach 1.5×d4 + barriers"
    assert parse_setting("30+reach2").reach == (2.0, 3)
    for bad in ("30+reach", "30+reach0", "30+reach2k0", "30+reachxk3"):
        with pytest.raises(InputError, match="reach"):
            parse_setting(bad)


@pytest.mark.parametrize("setting", ["30+reach1.5k2", "uncapped+barriers"])
def test_reach_and_barrier_settings_match_direct_tessellation(series, setting):
    from geomap.territory import place_reach_km

    river = shapely.LineString([(30.48, 49.9), (30.48, 51.1)])  # between two fronts
    cal = calibrate(series, _grid(), [setting], other="blue", periods=("week",), barriers=[river])
    g = _grid()
    lon, lat = g["lon"].to_numpy(), g["lat"].to_numpy()
    s = parse_setting(setting)
    radius = 30.0 if s.radius_km else _diag()
    own = (
        place_reach_km(lon, lat, series.crs, neighbours=2, factor=1.5, cap_km=radius)
        if s.reach
        else None
    )
    tess = tessellate(
        shapely.box(*AOI),
        lon,
        lat,
        radius_km=radius,
        crs=series.crs,
        own_radius_km=own,
        barriers=[river] if s.barriers else None,
    )
    held = cal.held[cal.held["actor"] == "red"]
    for _, r in held.iterrows():
        red = np.isin(tess.face_place, np.flatnonzero(lon < FRONTS[r["date"]]))
        model = float(area_km2(tess.faces[red], crs=series.crs).sum())
        assert r["model_km2"] == pytest.approx(model, rel=1e-9)
        assert r["unassigned_km2"] > 0  # both options leave land to nobody
    if s.barriers:  # no red cell crosses the river while the front is west of it
        r0 = np.isin(tess.face_place, np.flatnonzero(lon < FRONTS[dt.date(2024, 1, 8)]))
        assert shapely.union_all(tess.faces[r0]).bounds[2] <= 30.48 + 1e-6


def test_barrier_setting_without_barriers_is_an_error(series):
    with pytest.raises(InputError, match="barriers"):
        calibrate(series, _grid(), ["30+barriers"], periods=("week",))


def test_gains_with_a_band_match_direct_overlays(series):
    """With a band, a holder's ground is its faces outside the band: gained = G_end − G_start."""
    from geomap.territory import contested_band

    cal = calibrate(series, _grid(), ["uncapped+band4"], other="blue", periods=("week",))
    g = _grid()
    tess = tessellate(
        shapely.box(*AOI),
        g["lon"].to_numpy(),
        g["lat"].to_numpy(),
        radius_km=_diag(),
        crs=series.crs,
    )

    def ground(day, k):
        red = np.isin(tess.face_place, np.flatnonzero(g["lon"].to_numpy() < FRONTS[day]))
        grounds = [
            shapely.coverage_union_all(tess.faces[red]),
            shapely.coverage_union_all(tess.faces[~red]),
        ]
        band, _ = contested_band(grounds, 4.0, series.crs)
        return shapely.difference(grounds[k], band)

    for k, actor in enumerate(("red", "blue")):
        gains = cal.gains[cal.gains["actor"] == actor]
        held = cal.held[cal.held["actor"] == actor].set_index("date")["model_km2"]
        assert len(gains) == 3
        for r in gains.itertuples():
            a, b = ground(r.start, k), ground(r.end, k)
            gained = float(area_km2(shapely.difference(b, a), crs=series.crs))
            lost = float(area_km2(shapely.difference(a, b), crs=series.crs))
            assert r.model_gained_km2 == pytest.approx(gained, rel=1e-5, abs=1e-3)
            assert r.model_lost_km2 == pytest.approx(lost, rel=1e-5, abs=1e-3)
            # gained − lost is the change in held area (the band counts for no one)
            change = held[r.end] - held[r.start]
            assert r.model_gained_km2 - r.model_lost_km2 == pytest.approx(change, abs=1e-3)
    assert "nobody's gain" in cal.assumptions["band"]  # the rule travels with the figures
    # red's weekly gains with the band differ from the faces' (the band moves with the front)
    plain = calibrate(series, _grid(), [None], other="blue", periods=("week",)).gains
    red_band = cal.gains[cal.gains["actor"] == "red"]["model_gained_km2"].to_numpy()
    red_plain = plain[plain["actor"] == "red"]["model_gained_km2"].to_numpy()
    assert red_band[:2] != pytest.approx(red_plain[:2], rel=1e-3)
    assert red_band[2] == red_plain[2] == 0.0  # a week with no flip gains nothing either way
