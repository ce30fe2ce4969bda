"""A snapshot series stored as one GeoParquet file gives the same figures as its files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from snapshot_fixtures import AOI, FILL_RULE, PATTERN, daily_series

import geomap
from geomap.errors import InputError
from geomap.snapshots import load_snapshots

pytest.importorskip("pyarrow")
SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
DEEPSTATE = SHARED / "deepstate-cyterat" / "daily"


def _to_parquet(folder: Path, out: Path, *, date_kind: str = "date", crs=None) -> Path:
    frames = []
    for path in sorted(folder.glob("*.geojson")):
        df = gpd.read_file(path)
        day = dt.date.fromisoformat(path.stem.split("_")[1][:10])
        value = {"date": day, "text": day.isoformat(), "ts": pd.Timestamp(day, tz="UTC")}
        df["date"] = value[date_kind]
        frames.append(df)
    gdf = gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), crs="EPSG:4326")
    if crs:
        gdf = gdf.to_crs(crs)
    gdf.to_parquet(out, schema_version="1.1.0", row_group_size=3)
    return out


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return daily_series(tmp_path_factory.mktemp("snaps"), with_breakages=False)


@pytest.fixture(scope="module")
def from_files(folder):
    return load_snapshots(folder, pattern=PATTERN, actor_rule=FILL_RULE, aoi=AOI)


@pytest.mark.parametrize("date_kind", ["date", "text", "ts"])
def test_same_ledger_as_the_folder(folder, from_files, tmp_path, date_kind):
    pq = _to_parquet(folder, tmp_path / "s.parquet", date_kind=date_kind)
    series = load_snapshots(pq, actor_rule=FILL_RULE, aoi=AOI)
    a, b = series.ledger(by="day"), from_files.ledger(by="day")
    pd.testing.assert_frame_equal(
        a.reset_index(drop=True), b.reset_index(drop=True), check_dtype=False, rtol=1e-9
    )
    assert series.dates == from_files.dates


def test_projected_file_is_reprojected_with_a_note(folder, from_files, tmp_path):
    pq = _to_parquet(folder, tmp_path / "m.parquet", crs="EPSG:32636")
    series = load_snapshots(pq, actor_rule=FILL_RULE, aoi=AOI)
    assert any("reprojected to longitude/latitude" in str(p) for p in series.problems)
    a, b = series.ledger(by="total"), from_files.ledger(by="total")
    assert (a["held_km2"] - b["held_km2"]).abs().max() < 1e-3 * b["held_km2"].max()


def test_theatre_toml_path_key(folder, from_files, tmp_path):
    _to_parquet(folder, tmp_path / "snaps.parquet", date_kind="text")
    (tmp_path / "theatre.toml").write_text(
        f"""[theatre]\nname = "pq"\ntitle = "Parquet"\n[aoi]\npath = "aoi.geojson"\n
[snapshots]\npath = "snaps.parquet"\ndate_column = "date"\n
[snapshots.actors]\nby = "fill"\nmap = {json.dumps(FILL_RULE["map"]).replace(":", " =")}\n""",
        encoding="utf-8",
    )
    gpd.GeoDataFrame(geometry=[__import__("shapely").box(*AOI)], crs="EPSG:4326").to_file(
        tmp_path / "aoi.geojson"
    )
    th = geomap.load_theatre(tmp_path)
    assert th.ledger(by="total")["held_km2"].tolist() == pytest.approx(
        from_files.ledger(by="total")["held_km2"].tolist(), rel=1e-9
    )


def _plain(tmp_path, **cols):
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "bad.parquet"
    pq.write_table(pa.table(cols), path)
    return path


def test_bad_files(tmp_path, folder):
    with pytest.raises(InputError, match="no geometry column"):
        load_snapshots(_plain(tmp_path, date=["2024-01-01"]), actor_rule=FILL_RULE)
    good = _to_parquet(folder, tmp_path / "g.parquet")
    with pytest.raises(InputError, match="no date column 'day'; columns:"):
        load_snapshots(good, actor_rule=FILL_RULE, date_column="day")
    gdf = gpd.read_parquet(good)
    gdf["other"] = gdf.geometry.representative_point()
    gdf.to_parquet(tmp_path / "two.parquet")
    with pytest.raises(InputError, match="2 geometry columns"):
        load_snapshots(tmp_path / "two.parquet", actor_rule=FILL_RULE)
    gdf = gpd.read_parquet(good)
    gdf["date"] = "soon"
    gdf.to_parquet(tmp_path / "nodate.parquet")
    with pytest.raises(InputError, match="not dates, e.g. 'soon'"):
        load_snapshots(tmp_path / "nodate.parquet", actor_rule=FILL_RULE)


@pytest.mark.shared
@pytest.mark.skipif(not DEEPSTATE.is_dir(), reason="../shared/data (DeepState) not present")
def test_deepstate_daily_same_as_geojson(tmp_path):
    files = sorted(DEEPSTATE.glob("*.geojson"))[:10]
    frames = []
    for path in files:
        df = gpd.read_file(path)
        df["date"] = dt.datetime.strptime(path.stem[-8:], "%Y%m%d").date()
        frames.append(df)
    out = tmp_path / "ds.parquet"
    gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), crs="EPSG:4326").to_parquet(out)
    rule = {"by": "constant", "actor": "occupied"}
    sub = tmp_path / "geojson"
    sub.mkdir()
    for path in files:
        (sub / path.name).symlink_to(path)
    a = load_snapshots(out, actor_rule=rule).ledger(by="day")
    b = load_snapshots(
        sub, pattern="deepstatemap_data_{date:%Y%m%d}.geojson", actor_rule=rule
    ).ledger(by="day")
    pd.testing.assert_frame_equal(a, b, check_dtype=False, rtol=1e-12)
