"""Regions: reading and validating a regions file, and the ledger per region."""

import io
import json
import math
import re
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geomap.errors import InputError
from geomap.regions import OUTSIDE, load_regions, parse_regions_arg, read_regions
from geomap.theatre import load_theatre

DATA = Path(__file__).parent / "data"
CELL = 0.5 * 64 * 5.0**2 * math.sin(2 * math.pi / 64)  # see test_ledger.py
WEST = shapely.box(38.0, 34.0, 38.5, 34.5)
EAST = shapely.box(38.5, 34.0, 39.0, 34.5)
KM2 = ["gained_km2", "lost_km2", "net_km2", "held_km2"]


@pytest.fixture(scope="module")
def three():
    return load_theatre(DATA / "three")


def _halves(**extra) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"name": ["West", "East"], **extra}, geometry=[WEST, EAST], crs=4326)


def _write(tmp_path, gdf, name="regions.geojson", **kw) -> Path:
    path = tmp_path / name
    gdf.to_file(path, **kw)
    return path


def _summed(df: pd.DataFrame) -> pd.DataFrame:
    return df.groupby(["period_start", "actor"], sort=False)[KM2].sum()


def _assert_identity(plain: pd.DataFrame, per_region: pd.DataFrame) -> None:
    summed = _summed(per_region)
    ref = plain.set_index(["period_start", "actor"])[KM2]
    summed = summed.reindex(ref.index, fill_value=0.0)
    scale = max(1.0, float(ref.abs().to_numpy().max()))
    assert np.abs(summed.to_numpy() - ref.to_numpy()).max() <= 1e-9 * scale


# ----------------------------------------------------------------------------- the ledger
def test_hand_checked_per_region(three):
    led = three.ledger(by="day", start="2020-01-01", end="2020-01-06", regions=_halves())
    day3 = led[led["period_start"].astype(str) == "2020-01-03"].set_index(["region", "actor"])
    # b's cell straddles x = 38.5: A gains half of it in each half of the box
    assert day3.loc[("West", "A"), "gained_km2"] == pytest.approx(CELL / 2, rel=1e-4)
    assert day3.loc[("East", "A"), "gained_km2"] == pytest.approx(CELL / 2, rel=1e-4)
    assert day3.loc[("West", "B"), "lost_km2"] == pytest.approx(CELL / 2, rel=1e-4)
    assert day3.loc[("West", "A"), "held_km2"] == pytest.approx(1.5 * CELL, rel=1e-4)
    # the halves tile the AOI: the outside row is there, with only the hair (~300 m²) by which
    # the faces, built in metres, stand off the box's edges once read back in lon/lat
    out = led[led["region"] == OUTSIDE]
    assert len(out) and (out[KM2].abs().to_numpy() < 1e-3).all()
    assert "regions" in led.attrs["assumptions"]


@pytest.mark.parametrize("by", ["day", "week", "total"])
def test_sums_over_tiling_regions_equal_the_theatre(three, by):
    # four uneven pieces that tile the box (one cuts through the drawn area)
    cuts = [
        shapely.box(38.0, 34.0, 38.1, 34.5),
        shapely.box(38.1, 34.0, 38.73, 34.27),
        shapely.box(38.1, 34.27, 38.73, 34.5),
        shapely.box(38.73, 34.0, 39.0, 34.5),
    ]
    regs = gpd.GeoDataFrame({"name": list("pqrs")}, geometry=cuts, crs=4326)
    plain = three.ledger(by=by, start="2020-01-01", end="2020-01-10")
    _assert_identity(plain, three.ledger(by=by, start="2020-01-01", end="2020-01-10", regions=regs))


def test_land_outside_every_region_is_its_own_row(three):
    west = gpd.GeoDataFrame({"name": ["West"]}, geometry=[WEST], crs=4326)
    led = three.ledger(by="total", start="2020-01-01", end="2020-01-10", regions=west)
    out = led[led["region"] == OUTSIDE].set_index("actor")
    east_km2 = float(three.region_split(_halves()).region_km2[1:].sum())  # East and the hair
    assert out["held_km2"].sum() == pytest.approx(east_km2, rel=1e-8)
    assert out.loc["A", "gained_km2"] == pytest.approx(CELL / 2, rel=1e-4)
    _assert_identity(three.ledger(by="total", start="2020-01-01", end="2020-01-10"), led)


def test_overlapping_regions_are_reported_with_their_km2(three):
    big_west = shapely.box(38.0, 34.0, 38.6, 34.5)
    regs = gpd.GeoDataFrame({"name": ["W", "E"]}, geometry=[big_west, EAST], crs=4326)
    split = three.region_split(regs)
    assert len(split.overlaps) == 1
    overlap = split.overlaps.iloc[0]
    from geomap.areas import geodesic_area_km2

    assert overlap["overlap_km2"] == pytest.approx(
        geodesic_area_km2(shapely.box(38.5, 34.0, 38.6, 34.5)), rel=1e-4
    )
    led = three.ledger(by="total", regions=regs)
    assert "overlap" in led.attrs["assumptions"]["regions"]
    assert led.attrs["region_overlaps"][0]["region_a"] == "W"


def test_regions_in_another_crs_are_reprojected_with_a_note(three, tmp_path):
    path = _write(tmp_path, _halves().to_crs(3857), "halves.gpkg")
    regs = read_regions(path)
    assert any("reprojected from EPSG:3857" in n for n in regs.notes)
    a = three.ledger(by="total", regions=_halves())
    b = three.ledger(by="total", regions=f"{path}:name")
    assert np.allclose(a[KM2].to_numpy(), b[KM2].to_numpy(), rtol=1e-6, atol=1e-6)


def test_theatre_regions_from_theatre_toml(tmp_path):
    import shutil

    folder = tmp_path / "three"
    shutil.copytree(DATA / "three", folder)
    _write(folder, _halves(code=["W", "E"]))
    toml = folder / "theatre.toml"
    toml.write_text(
        toml.read_text() + '\n[regions]\npath = "regions.geojson"\nname_field = "code"\n'
    )
    th = load_theatre(folder)
    assert th.regions.names == ["W", "E"]
    led = th.ledger(by="total", regions=True)
    assert set(led["region"]) == {"W", "E", OUTSIDE}
    assert not [p for p in th.check() if "regions" in str(p)]


def test_the_split_is_computed_once(three):
    regs = load_regions(_halves())
    assert three.region_split(regs) is three.region_split(load_regions(_halves()))


# ----------------------------------------------------------------------------- bad input
def test_missing_file(tmp_path):
    with pytest.raises(InputError, match=r"nowhere\.geojson: no such regions file; check the path"):
        read_regions(tmp_path / "nowhere.geojson")


def test_not_polygons(tmp_path):
    pts = gpd.GeoDataFrame({"name": ["x", "y"]}, geometry=shapely.points([[38, 34], [39, 35]]))
    path = _write(tmp_path, pts.set_crs(4326), "pts.geojson")
    with pytest.raises(
        InputError, match=r"pts\.geojson: feature 0 \('x'\): a Point, not a polygon"
    ):
        read_regions(path)


def test_projected_without_prj(tmp_path):
    path = _write(tmp_path, _halves().to_crs(3857), "halves.shp")
    path.with_suffix(".prj").unlink()
    with pytest.raises(
        InputError, match=r"halves\.shp: feature 0 \('West'\): the file has no CRS.*\.prj"
    ):
        read_regions(path)


def test_lonlat_without_crs_is_read_with_a_note(tmp_path):
    path = _write(tmp_path, _halves(), "halves.shp")
    path.with_suffix(".prj").unlink()
    regs = read_regions(path)
    assert any("no CRS; read as longitude/latitude" in n for n in regs.notes)


BOWTIE = shapely.Polygon([(38.0, 34.0), (38.5, 34.5), (38.5, 34.0), (38.0, 34.5), (38.0, 34.0)])


def test_invalid_polygon_is_an_error_with_its_location(tmp_path):
    gdf = gpd.GeoDataFrame({"name": ["bow", "East"]}, geometry=[BOWTIE, EAST], crs=4326)
    path = _write(tmp_path, gdf)
    with pytest.raises(
        InputError,
        match=r"regions\.geojson: feature 0 \('bow'\): invalid polygon: Self-intersection\[38\.25 34\.25\].*--fix-invalid",
    ):
        read_regions(path)


def test_invalid_polygon_fixed_on_request_reports_the_km2_moved(tmp_path):
    gdf = gpd.GeoDataFrame({"name": ["bow", "East"]}, geometry=[BOWTIE, EAST], crs=4326)
    regs = read_regions(_write(tmp_path, gdf), on_invalid="fix")
    assert regs.geoms[0].is_valid
    (note,) = [n for n in regs.notes if "repaired" in n]
    # the bow-tie's lobes count with opposite signs as drawn (0 km²), both after the fix
    moved = float(note.split(": ")[-1].split(" km²")[0].replace(",", ""))
    from geomap.areas import area_km2

    assert moved == pytest.approx(area_km2(regs.geoms[0]), rel=1e-3)
    assert moved > 0


def test_unknown_name_field_lists_the_fields(tmp_path):
    path = _write(tmp_path, _halves(code=["W", "E"]))
    with pytest.raises(
        InputError, match=r"regions\.geojson: nom: no field 'nom'; choose one of: name, code"
    ):
        read_regions(path, "nom")
    with pytest.raises(InputError, match=r"no field 'nom'"):
        load_regions(f"{path}:nom")


def test_no_name_field_given_and_no_name_column(tmp_path):
    gdf = gpd.GeoDataFrame({"adm1": ["W", "E"]}, geometry=[WEST, EAST], crs=4326)
    with pytest.raises(InputError, match=r"FILE:FIELD; fields: adm1"):
        read_regions(_write(tmp_path, gdf))


def test_duplicate_region_names(tmp_path):
    gdf = gpd.GeoDataFrame({"name": ["Homs", "Homs"]}, geometry=[WEST, EAST], crs=4326)
    with pytest.raises(
        InputError, match=r"feature 1\.name: duplicate region name 'Homs' \(also feature 0\)"
    ):
        read_regions(_write(tmp_path, gdf))


def test_unreadable_file(tmp_path):
    path = tmp_path / "junk.geojson"
    path.write_text(json.dumps({"not": "geojson"})[:-3])
    with pytest.raises(InputError, match=r"junk\.geojson: cannot be read as a vector file"):
        read_regions(path)


@pytest.mark.parametrize(
    "text, path, fld",
    [
        ("a.gpkg", "a.gpkg", None),
        ("a.gpkg:NAME_1", "a.gpkg", "NAME_1"),
        ("dir/a.shp:adm1_name", "dir/a.shp", "adm1_name"),
        ("C:/x/a.shp", "C:/x/a.shp", None),
    ],
)
def test_parse_regions_arg(text, path, fld):
    assert parse_regions_arg(text) == (Path(path), fld)


# ----------------------------------------------------------------------------- the CLI
def test_cli_gains_by_region(tmp_path, capsys):
    from geomap.cli import main

    path = _write(tmp_path, _halves().to_crs(3857), "halves.gpkg")
    assert main(["gains", str(DATA / "three"), "--regions", f"{path}:name", "--by", "week"]) == 0
    out = capsys.readouterr().out
    assert "reprojected from EPSG:3857" in out
    assert "per region" in out and OUTSIDE in out
    # the note gives the outside land to the precision of every other figure, and names its row
    assert re.search(r"land outside every region: [\d,]+\.\d km², listed as the region \(outside", out)
    assert main(["gains", str(DATA / "three"), "--regions", str(path), "--format", "csv"]) == 0
    body = [ln for ln in capsys.readouterr().out.splitlines() if not ln.startswith("#")]
    df = pd.read_csv(io.StringIO("\n".join(body)))
    assert set(df["region"]) == {"West", "East", OUTSIDE}


def test_cli_gains_by_region_errors(tmp_path, capsys):
    from geomap.cli import main

    gdf = gpd.GeoDataFrame({"name": ["bow", "East"]}, geometry=[BOWTIE, EAST], crs=4326)
    path = _write(tmp_path, gdf)
    assert main(["gains", str(DATA / "three"), "--regions", f"{path}:nom"]) == 1
    assert "no field 'nom'; choose one of: name" in capsys.readouterr().err
    assert main(["gains", str(DATA / "three"), "--regions", str(path)]) == 1
    assert "invalid polygon: Self-intersection" in capsys.readouterr().err
    assert main(["gains", str(DATA / "three"), "--regions", str(path), "--fix-invalid"]) == 0
    assert "km² moved" in capsys.readouterr().out
    assert main(["gains", str(DATA / "three"), "--regions"]) == 2
    assert "the theatre has none" in capsys.readouterr().err


# ----------------------------------------------------------------------------- the demo
DEMO = Path(__file__).parents[1] / "layers" / "syria-2017"
OCHA_ADM1 = (
    Path(__file__).parents[2] / "shared" / "data" / "ocha-cod-ab-syria" / "syr_admin1.geojson"
)


@pytest.fixture(scope="module")
def demo():
    return load_theatre(DEMO)


def test_demo_gain_per_governorate(demo):
    plain = demo.ledger(by="total", start="2017-05-07", end="2017-05-27")
    led = demo.ledger(by="total", start="2017-05-07", end="2017-05-27", regions=True)
    assert len(demo.regions) == 14
    _assert_identity(plain, led)
    gov = led[led["actor"] == "GOV"].set_index("region")["gained_km2"]
    # the campaign: the Badia south-west of Palmyra (Homs) and the southern desert (Rural Damascus)
    assert set(gov[gov > 0].index) == {"Homs", "Rural Damascus"}
    from geomap.report import gains_by_region

    lines = gains_by_region(demo, "GOV", "2017-05-07", "2017-05-27")
    total = float(plain.set_index("actor").loc["GOV", "gained_km2"])
    assert lines[0].startswith("Homs") and f"{total:8,.0f}" in lines[-2]


def test_demo_regions_file_matches_its_manifest():
    import tomllib

    spec = tomllib.loads((DEMO / "manifest.toml").read_text())["files"]["regions.geojson"]
    gdf = gpd.read_file(DEMO / "regions.geojson")
    assert len(gdf) == spec["features"] and gdf.crs.to_epsg() == 4326
    assert list(gdf.columns) == ["name", "name_ar", "pcode", "geometry"]
    assert "CC-BY-3.0-IGO" == spec["licence"] and "OCHA" in spec["attribution"]
    if OCHA_ADM1.is_file():  # coordinates exactly as in the source
        src = gpd.read_file(OCHA_ADM1).set_index("adm1_pcode")
        for row in gdf.itertuples():
            assert shapely.equals_exact(row.geometry, src.loc[row.pcode, "geometry"], 0)


def test_demo_report_gives_the_gain_per_governorate(capsys):
    from geomap.cli import main

    assert main(["demo", "--no-maps"]) == 0
    out = capsys.readouterr().out
    where = out.split("per region:")[1]
    assert "Homs" in where and "Rural Damascus" in where and "outside every region" in where


# ----------------------------------------------------------------------------- export
def test_export_has_a_ledger_by_region_layer(tmp_path):
    import shutil

    import pyogrio

    from geomap.export import export_gpkg

    folder = tmp_path / "three"
    shutil.copytree(DATA / "three", folder)
    _write(folder, _halves())
    toml = folder / "theatre.toml"
    toml.write_text(toml.read_text() + '\n[regions]\npath = "regions.geojson"\n')
    th = load_theatre(folder)
    out = export_gpkg(th, tmp_path / "three.gpkg", by="week")
    layers = {name for name, _ in pyogrio.list_layers(out)}
    assert {"regions", "ledger_by_region", "ledger"} <= layers
    led = pyogrio.read_dataframe(out, layer="ledger_by_region")
    assert set(led["region"]) == {"West", "East", OUTSIDE}
    ref = th.ledger(by="week", regions=True)
    assert np.allclose(led["gained_km2"], ref["gained_km2"])
    assert "regions" in json.loads(
        pyogrio.read_info(out, layer="ledger_by_region")["layer_metadata"]["geomap_assumptions"]
    )
    # a theatre without regions gets neither layer
    plain = export_gpkg(load_theatre(DATA / "three"), tmp_path / "plain.gpkg")
    assert "ledger_by_region" not in {name for name, _ in pyogrio.list_layers(plain)}


def test_theatre_regions_invalid_fixed_only_when_asked(tmp_path, capsys):
    import shutil

    from geomap.cli import main

    folder = tmp_path / "three"
    shutil.copytree(DATA / "three", folder)
    _write(folder, gpd.GeoDataFrame({"name": ["bow", "East"]}, geometry=[BOWTIE, EAST], crs=4326))
    toml = folder / "theatre.toml"
    toml.write_text(toml.read_text() + '\n[regions]\npath = "regions.geojson"\n')
    assert main(["gains", str(folder), "--regions"]) == 1  # the data: an invalid region
    assert "regions.geojson: feature 0 ('bow'): invalid polygon" in capsys.readouterr().err
    assert main(["gains", str(folder), "--regions", "--fix-invalid"]) == 0
    assert "km² moved" in capsys.readouterr().out


# ----------------------------------------------------------------------------- property


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    x=st.floats(38.01, 38.99),
    y=st.floats(34.01, 34.49),
    covered=st.booleans(),
)
def test_identities_hold_for_any_tiling(three, x, y, covered):
    # three regions cut at (x, y); with covered=False the north-east one is left out (outside row)
    cuts = [
        shapely.box(38.0, 34.0, x, 34.5),
        shapely.box(x, 34.0, 39.0, y),
        shapely.box(x, y, 39.0, 34.5),
    ]
    names = ["w", "se", "ne"]
    if not covered:
        cuts, names = cuts[:2], names[:2]
    regs = gpd.GeoDataFrame({"name": names}, geometry=cuts, crs=4326)
    led = three.ledger(by="day", start="2020-01-01", end="2020-01-06", regions=regs)
    _assert_identity(three.ledger(by="day", start="2020-01-01", end="2020-01-06"), led)
    held = led.groupby("period_start")["held_km2"].sum()
    aoi = float(three._engine.face_area.sum())
    assert np.allclose(held.to_numpy(), aoi, rtol=1e-12)
    # per region: held(end) - held(start) = gained - lost
    for _, grp in led.groupby(["region", "actor"]):
        before = grp["held_km2"].shift(1).fillna(grp["held_km2"].iloc[0] - grp["net_km2"].iloc[0])
        assert np.allclose(grp["held_km2"] - before, grp["net_km2"], atol=1e-9)


def test_check_reports_a_bad_theatre_regions_file(tmp_path, capsys):
    import shutil

    from geomap.cli import main

    folder = tmp_path / "three"
    shutil.copytree(DATA / "three", folder)
    toml = folder / "theatre.toml"
    toml.write_text(toml.read_text() + '\n[regions]\npath = "gone.geojson"\n')
    assert main(["check", str(folder)]) == 1
    assert "gone.geojson: no such regions file" in capsys.readouterr().out


@pytest.mark.parametrize(
    "name, message",
    [
        ("Homs\x1b[31m", r"control character \(U\+001B\)"),
        ("=HYPERLINK(1)", r"starts with '=': spreadsheets would read it as a formula"),
    ],
)
def test_untrusted_region_names(tmp_path, name, message):
    gdf = gpd.GeoDataFrame({"name": [name, "East"]}, geometry=[WEST, EAST], crs=4326)
    with pytest.raises(InputError, match=rf"feature 0\.name: .*{message}"):
        read_regions(_write(tmp_path, gdf))


@pytest.mark.parametrize(
    "table, message",
    [
        ("[regions]\npath = 3\n", r"regions\.path: 3 is not a text"),
        ('[regions]\nname_field = "name"\n', r"regions: no path"),
    ],
)
def test_bad_regions_table_in_theatre_toml(tmp_path, table, message):
    import shutil

    folder = tmp_path / "three"
    shutil.copytree(DATA / "three", folder)
    toml = folder / "theatre.toml"
    toml.write_text(toml.read_text() + "\n" + table)
    with pytest.raises(InputError, match=message):
        load_theatre(folder)
