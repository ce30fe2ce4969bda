"""GeoParquet 1.1 export: layers, metadata, exact areas, and bad output paths."""

from __future__ import annotations

import json

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow.parquet as pq
import pytest

import geomap
from geomap.areas import area_km2
from geomap.cli import main
from geomap.errors import GeomapError
from geomap.export import export_parquet

DEMO = "layers/syria-2017"


@pytest.fixture(scope="module")
def demo():
    return geomap.load_theatre(DEMO)


@pytest.fixture(scope="module")
def written(demo, tmp_path_factory):
    out = tmp_path_factory.mktemp("pq") / "syria.parquet"
    return export_parquet(demo, out)


def test_four_files_beside_each_other(written):
    assert sorted(p.name for p in written.values()) == [
        "syria.events.parquet",
        "syria.ledger.parquet",
        "syria.parquet",
        "syria.places.parquet",
    ]
    assert not list(written["control"].parent.glob("*.tmp"))


@pytest.mark.parametrize("layer", ["control", "places", "events"])
def test_geoparquet_1_1_metadata_and_assumptions(written, demo, layer):
    md = pq.read_schema(written[layer]).metadata
    geo = json.loads(md[b"geo"])
    assert geo["version"] == "1.1.0" and geo["primary_column"] == "geometry"
    assert json.loads(md[b"geomap_assumptions"]) == demo.assumptions


def test_control_round_trips_with_exact_areas(written, demo):
    ctl = gpd.read_parquet(written["control"])
    assert ctl.crs.to_epsg() == 4326
    assert {"actor", "actor_name", "valid_from", "valid_to", "area_km2"} <= set(ctl.columns)
    # the stored km² are the theatre's; recomputed from the stored geometry they agree to 1e-9
    again = area_km2(ctl.geometry.values, crs=demo.crs)
    rel = np.abs(again - ctl["area_km2"]) / np.maximum(ctl["area_km2"], 1.0)
    assert rel.max() < 1e-9
    day = "2017-05-27"
    live = ctl[(ctl["valid_from"] <= day) & (ctl["valid_to"].isna() | (ctl["valid_to"] > day))]
    expect = demo.control(day).groupby("actor")["area_km2"].sum()
    got = live.groupby("actor")["area_km2"].sum()
    pd.testing.assert_series_equal(got.sort_index(), expect.sort_index(), rtol=1e-9)


def test_ledger_is_plain_parquet_equal_to_the_theatre(written, demo):
    led = pd.read_parquet(written["ledger"])
    assert "geo" not in (pq.read_schema(written["ledger"]).metadata or {})
    expect = demo.ledger(by="day")
    assert len(led) == len(expect)
    np.testing.assert_allclose(led["held_km2"], expect["held_km2"], rtol=1e-12)


def test_cli_writes_parquet(tmp_path, capsys):
    out = tmp_path / "x.parquet"
    assert main(["export", DEMO, "--out", str(out), "--by", "total"]) == 0
    printed = capsys.readouterr().out
    assert printed.count("wrote ") == 4 and "x.ledger.parquet" in printed


@pytest.mark.parametrize(
    "name, match",
    [("x.pq", "must end in .parquet"), ("no/such/x.parquet", "does not exist; create it first")],
)
def test_bad_output_path(demo, tmp_path, name, match):
    with pytest.raises(GeomapError, match=match):
        export_parquet(demo, tmp_path / name)
