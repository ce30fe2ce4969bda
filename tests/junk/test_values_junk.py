"""Junk values: coordinates, areas of interest in metres, over-detailed geometries, missing columns.

Each case asserts the exit code and that the message names the file (line, field) and the cause.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import geopandas as gpd
import pytest
import shapely

import geomap._parse
from geomap._parse import check_latlon
from geomap.cli import main
from geomap.errors import ProblemCollector
from geomap.inputs import load_inputs

DATA = Path(__file__).parents[1] / "data"
THREE = DATA / "three"
ACLED_THEATRE = Path(__file__).parents[1] / "importers" / "data" / "theatre"
ACLED = Path(__file__).parents[1] / "importers" / "data" / "acled_sample.csv"


@pytest.fixture
def three(tmp_path: Path) -> Path:
    folder = tmp_path / "three"
    shutil.copytree(THREE, folder)
    return folder


def _run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


# --------------------------------------------------------------------------- lat/lon swap hint
@pytest.mark.parametrize(
    ("lat", "lon", "inside", "swap"),
    [
        ("91", "34.5", None, True),  # the swapped point is a valid position
        ("91", "134.5", None, False),  # lon 134.5 is no latitude
        ("-95", "200", None, False),
        ("105", "15", lambda lat, lon: 10 <= lat <= 20 and 100 <= lon <= 110, True),
        ("91", "34.5", lambda lat, lon: 10 <= lat <= 20 and 100 <= lon <= 110, False),
    ],
)
def test_swap_hint_only_when_the_swap_helps(lat, lon, inside, swap):
    c = ProblemCollector()
    _, _, ok = check_latlon(c, "places.csv", 7, (lat, lon), inside=inside)
    assert not ok and len(c.problems) == 1
    p = c.problems[0]
    assert (p.file, p.line, p.field) == ("places.csv", 7, "lat")
    assert ("swap" in p.hint) is swap


def test_places_lat_91_far_outside_the_area_gets_no_swap_hint(three, capsys):
    places = (three / "places.csv").read_text("utf-8").replace("34.25,38.8", "91,34.25")
    (three / "places.csv").write_text(places, "utf-8")
    code, out, _ = _run(capsys, "check", three)
    assert code == 1
    line = next(ln for ln in out.splitlines() if "places.csv:4: lat:" in ln)
    assert "out of range" in line and "swap" not in line


def test_acled_uses_the_same_coordinate_rule(tmp_path, capsys):
    theatre = tmp_path / "theatre"
    shutil.copytree(ACLED_THEATRE, theatre)
    rows = ACLED.read_text("utf-8").replace("34.6712,38.5389", "91.5,34.6712", 1)
    sample = tmp_path / "acled.csv"
    sample.write_text(rows, "utf-8")
    code, _, err = _run(
        capsys, "import-acled", sample, "--theatre", theatre, "--out", tmp_path / "d.csv"
    )
    assert code == 1
    assert "acled.csv:2: latitude: latitude 91.5 is out of range -90..90" in err
    assert "latitude and longitude look swapped" in err


# --------------------------------------------------------------------------- [aoi] in metres
def _aoi_box_3857() -> shapely.Geometry:
    return shapely.box(4_230_000, 4_040_000, 4_360_000, 4_090_000)  # ~38–39°E, 34–34.5°N


def test_aoi_geojson_in_metres_without_crs_is_a_clear_error(three, capsys):
    fc = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {},
                "geometry": shapely.geometry.mapping(_aoi_box_3857()),
            }
        ],
    }
    (three / "aoi.geojson").write_text(json.dumps(fc), "utf-8")
    code, out, _ = _run(capsys, "check", three)
    assert code == 1
    line = next(ln for ln in out.splitlines() if "aoi.geojson" in ln)
    assert "feature 0" in line and "out of longitude/latitude range" in line
    assert "declare its CRS" in line


def test_aoi_with_a_projected_crs_is_reprojected_with_a_note(three, capsys):
    gpd.GeoDataFrame(geometry=[_aoi_box_3857()], crs="EPSG:3857").to_file(
        three / "aoi.gpkg", driver="GPKG"
    )
    toml = (three / "theatre.toml").read_text("utf-8").replace("aoi.geojson", "aoi.gpkg")
    (three / "theatre.toml").write_text(toml, "utf-8")
    code, out, _ = _run(capsys, "check", three)
    assert code == 0
    assert "aoi.gpkg: crs: warning:" in out and "reprojected" in out and "EPSG:3857" in out
    inputs = load_inputs(three)
    minx, miny, maxx, maxy = inputs.aoi.total_bounds
    assert 37 < minx < maxx < 40 and 33 < miny < maxy < 35


# --------------------------------------------------------------------------- vertex budget
@pytest.fixture
def small_budget(monkeypatch):
    monkeypatch.setattr(geomap._parse, "VERTEX_BUDGET", 200)


def _detailed(n: int) -> shapely.Geometry:
    return shapely.Point(38.5, 34.25).buffer(0.02, quad_segs=n // 4)


def test_extent_over_the_vertex_budget(three, capsys, small_budget):
    fc = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"place": "b"},
                "geometry": shapely.geometry.mapping(_detailed(400)),
            }
        ],
    }
    (three / "areas.geojson").write_text(json.dumps(fc), "utf-8")
    code, out, _ = _run(capsys, "check", three)
    assert code == 1
    assert "areas.geojson: features[0].geometry: 401 vertices, more than the 200" in out
    code, _, err = _run(capsys, "maps", three, "--out", three / "maps")
    assert code == 1 and "vertices" in err


def test_drawn_area_over_the_vertex_budget(three, capsys, small_budget):
    with open(three / "events.csv", "a", encoding="utf-8") as fh:
        fh.write(f'2020-01-06,,"{shapely.to_wkt(_detailed(400), rounding_precision=5)}",A,,test\n')
    code, out, _ = _run(capsys, "check", three)
    assert code == 1
    assert "events.csv:5: geometry: 401 vertices, more than the 200" in out


def test_budget_is_generous_for_legal_drawn_areas(three, capsys):
    with open(three / "events.csv", "a", encoding="utf-8") as fh:
        fh.write(f'2020-01-06,,"{shapely.to_wkt(_detailed(4000), rounding_precision=5)}",A,,test\n')
    code, out, _ = _run(capsys, "check", three)
    assert code == 0, out


# --------------------------------------------------------------------------- root cause first
@pytest.mark.parametrize(
    ("name", "text", "what"),
    [
        ("actors.csv", "id,name,aliases,color\n", "no actors: the file holds only its header"),
        ("actors.csv", "id,name,aliases\nA,Alpha,\nB,Bravo,\nC,Charlie,\n", "missing column"),
        ("actors.csv", "name,aliases,color\nAlpha,,#d62728\n", "missing column"),
        ("places.csv", "id,name,alt_names,lat,lon,kind,source\n", "no places"),
        ("places.csv", "id,name,lat,lon,source\na,A,34,38,t\n", "missing column"),
    ],
)
def test_missing_column_or_empty_table_is_reported_once_first(three, capsys, name, text, what):
    (three / name).write_text(text, "utf-8")
    code, out, _ = _run(capsys, "check", three)
    assert code == 1
    errors = [ln for ln in out.splitlines() if ": warning: " not in ln]
    assert name in errors[0] and what in errors[0]  # the root cause, first
    assert sum(ln.startswith(str(three / name)) for ln in errors) == 1  # reported once
    # each file that refers to it: one line saying which rows it left out, not one per row
    rest = [ln for ln in errors[1:] if "rows not loaded" in ln or "row not loaded" in ln]
    assert len(rest) == len(errors) - 1  # nothing else: no error per reference
    assert all(f"see {name}" in ln for ln in rest)
    code, _, err = _run(capsys, "gains", three)
    assert code == 1 and name in err and what in err
    listed = [ln.removeprefix("geomap: error: ") for ln in err.splitlines()]
    first = next(ln for ln in listed if ln.startswith(str(three)))
    assert first.startswith(str(three / name)) and what in first
