"""Regions ledger and front lines on a theatre across the antimeridian (Fiji-like, 16–17°S)."""

import json
import math
import shutil
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import shapely
from common import antimeridian_multi_polygon
from pyproj import Geod

from geomap.areas import geodesic_area_km2
from geomap.theatre import load_theatre

DATA = Path(__file__).parent / "data"
GEOD = Geod(ellps="WGS84")
KM2 = ["gained_km2", "lost_km2", "net_km2", "held_km2"]
#: Two regions that tile the area of interest, split at ±180° as files store them.
REGIONS = gpd.GeoDataFrame(
    {"name": ["west of 180", "east of 180"]},
    geometry=list(antimeridian_multi_polygon.geoms),
    crs=4326,
)


def _feature_collection(geom) -> str:
    return json.dumps(
        {
            "type": "FeatureCollection",
            "features": [
                {"type": "Feature", "properties": {}, "geometry": shapely.geometry.mapping(geom)}
            ],
        }
    )


@pytest.fixture(scope="module")
def fiji(tmp_path_factory):
    """a (179.5°E) held by A, b (179.5°W) by B, c (179.2°W) by C; A takes b on 3 January."""
    folder = tmp_path_factory.mktemp("fiji") / "fiji"
    shutil.copytree(DATA / "three", folder)
    (folder / "aoi.geojson").write_text(_feature_collection(antimeridian_multi_polygon))
    (folder / "places.csv").write_text(
        "id,name,alt_names,lat,lon,kind,source\n"
        "a,Place A,,-16.5,179.5,town,test\n"
        "b,Place B,,-16.5,-179.5,town,test\n"
        "c,Place C,,-16.2,-179.2,town,test\n"
    )
    (folder / "control.csv").write_text(
        "as_of,place,actor\n2020-01-01,a,A\n2020-01-01,b,B\n2020-01-01,c,C\n"
    )
    toml = folder / "theatre.toml"
    toml.write_text(toml.read_text().replace("cell_radius_km = 5", "cell_radius_km = 60"))
    (folder / "events.csv").write_text(
        "date,place,geometry,to_actor,from_actor,source\n2020-01-03,b,,A,B,test\n"
    )
    return load_theatre(folder)


@pytest.mark.parametrize("by", ["day", "total"])
def test_regions_ledger_across_180_keeps_the_identities(fiji, by):
    plain = fiji.ledger(by=by, start="2020-01-01", end="2020-01-04")
    led = fiji.ledger(by=by, start="2020-01-01", end="2020-01-04", regions=REGIONS)
    summed = led.groupby(["period_start", "actor"], sort=False)[KM2].sum()
    ref = plain.set_index(["period_start", "actor"])[KM2]
    summed = summed.reindex(ref.index, fill_value=0.0)
    scale = float(ref.abs().to_numpy().max())
    assert np.abs(summed.to_numpy() - ref.to_numpy()).max() <= 1e-9 * scale
    # held per region adds up to the area of interest, which is the regions' own area
    last = led[led["period_end"] == led["period_end"].max()]
    aoi_km2 = sum(geodesic_area_km2(g) for g in antimeridian_multi_polygon.geoms)
    assert last["held_km2"].sum() == pytest.approx(aoi_km2, rel=1e-4)


def test_regions_across_180_get_the_ground_on_their_side(fiji):
    led = fiji.ledger(by="total", start="2020-01-03", end="2020-01-03", regions=REGIONS)
    led = led.set_index(["region", "actor"])
    ctl = fiji.control("2020-01-01").set_index("actor")["area_km2"]
    # b's cell lies east of 180° (the bisector with a is the meridian): A gains it there
    assert led.loc[("east of 180", "A"), "gained_km2"] == pytest.approx(ctl["B"], rel=1e-6)
    assert led.loc[("west of 180", "A"), "gained_km2"] == pytest.approx(0, abs=1e-6)
    assert led.loc[("east of 180", "B"), "lost_km2"] == pytest.approx(ctl["B"], rel=1e-6)
    # outside both regions only slivers of rounding are left (never the ground itself)
    assert led.xs("(outside every region)")["held_km2"].sum() < 0.1


def test_front_across_180(fiji):
    front = fiji.front("2020-01-01").set_index(["actor_a", "actor_b"])
    line = front.loc[("A", "B"), "geometry"]
    xs = shapely.get_coordinates(line)[:, 0]
    assert np.allclose(np.mod(xs, 360), 180)  # on the antimeridian itself
    _, _, d = GEOD.inv(179.5, -16.5, -179.5, -16.5)
    chord = 2 * math.sqrt(60.0**2 - (d / 2000) ** 2)  # where the two 60 km caps cross
    km = float(front.loc[("A", "B"), "length_km"])
    assert km == pytest.approx(chord, rel=0.02)
    ys = shapely.get_coordinates(line)[:, 1]
    assert km == pytest.approx(GEOD.inv(180, ys.min(), 180, ys.max())[2] / 1000, rel=1e-9)
    # front_km in the ledger is the same figure; once A holds b, A meets C instead
    led = fiji.ledger(by="day", start="2020-01-01", end="2020-01-03", front=True)
    day1 = led[led["period_end"].astype(str) == "2020-01-01"].set_index("actor")
    assert day1.loc["A", "front_km_B"] == pytest.approx(km, rel=1e-9)
    later = fiji.front("2020-01-03")
    assert list(zip(later["actor_a"], later["actor_b"], strict=True)) == [("A", "C")]


def test_snapshot_front_across_180(tmp_path):
    from geomap.snapshots import load_snapshots

    west, east = antimeridian_multi_polygon.geoms  # A holds 179–180°E, B 180–179°W
    features = [
        {"type": "Feature", "properties": {"fill": fill}, "geometry": shapely.geometry.mapping(g)}
        for g, fill in [(west, "#a52714"), (east, "#0f9d58")]
    ]
    (tmp_path / "fj_2020-01-01.geojson").write_text(
        json.dumps({"type": "FeatureCollection", "features": features})
    )
    series = load_snapshots(
        tmp_path,
        pattern="fj_{date:%Y-%m-%d}.geojson",
        actor_rule={"by": "fill", "map": {"#a52714": "A", "#0f9d58": "B"}},
    )
    front = series.front("2020-01-01")
    assert list(zip(front["actor_a"], front["actor_b"], strict=True)) == [("A", "B")]
    expected = GEOD.inv(180, -17, 180, -16)[2] / 1000
    # to within the meeting tolerance (1e-5°, about 1 m) at each end of the line
    assert float(front["length_km"].iloc[0]) == pytest.approx(expected, abs=2.4e-3)
