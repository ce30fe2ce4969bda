"""Junk corpus, streams and parsers: damaged zips, JSON nested thousands deep, huge CSV cells.

Each case is an input error naming the file (the zip member; the line and
field where there are lines), with no traceback; where rows apply, nothing is
dropped: rows in the file = rows loaded + rows reported.
"""

from __future__ import annotations

import io
import json
import math
import zipfile
from pathlib import Path

import pytest

import geomap._csv as gcsv
from geomap.inputs import load_inputs

from ._paths_fixtures import aoi_file, assert_one_clean_error, tiny_copy, use_aoi_path

DEEP = 50_000  # levels of nesting: far past Python's recursion limit

GEONAMES_ROW = (
    "163808\tPalmyra\tPalmyra\tTadmur\t34.5608\t38.2806\tP\tPPL\tSY\t\t12\t\t\t\t"
    "51323\t\t405\tAsia/Damascus\t2020-01-01\n"
)


# ----------------------------------------------------------------------------- zip streams
def _damaged_zip(how: str) -> bytes:
    """A GeoNames ``SY.zip`` whose one member's compressed stream is damaged."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("SY.txt", GEONAMES_ROW * 200)
    data = bytearray(buf.getvalue())
    start = 30 + len("SY.txt")  # the member's data follows its local header
    if how == "garbage":  # an invalid deflate block: zlib.error
        data[start : start + 16] = b"\xff" * 16
    else:  # a flipped byte late in the stream: a CRC or stream error
        data[start + 40] ^= 0xFF
    return bytes(data)


@pytest.mark.parametrize("how", ["garbage", "flipped"])
def test_a_damaged_stream_in_a_zip_names_the_member(cli, tmp_path, how):
    archive = tmp_path / "SY.zip"
    archive.write_bytes(_damaged_zip(how))
    code, _, err = cli(
        "import-geonames", archive, "--country", "SY", "--out", tmp_path / "places.csv"
    )
    assert code == 1
    assert_one_clean_error(err, "SY.zip:SY.txt", "damaged")
    assert not (tmp_path / "places.csv").exists()


# ----------------------------------------------------------------------------- deep JSON
def _deep_feature_collection() -> str:
    text = json.dumps(
        {
            "type": "FeatureCollection",
            "features": [
                {"type": "Feature", "properties": {"place": "palmyra"}, "geometry": "DEEP"}
            ],
        }
    )
    return text.replace('"DEEP"', "[" * DEEP + "]" * DEEP)


def test_json_nested_thousands_deep_in_areas_geojson(cli, tmp_path):
    theatre = tiny_copy(tmp_path)
    (theatre / "areas.geojson").write_text(_deep_feature_collection(), encoding="utf-8")
    code, out, err = cli("check", theatre)
    assert code == 1 and "Traceback" not in out + err
    assert "areas.geojson: JSON nested too deep" in out


def test_json_nested_thousands_deep_in_the_aoi_file(cli, tmp_path):
    theatre = tiny_copy(tmp_path)
    use_aoi_path(theatre, "aoi.geojson")
    (theatre / "aoi.geojson").write_text(_deep_feature_collection(), encoding="utf-8")
    code, out, err = cli("check", theatre)
    assert code == 1 and "Traceback" not in out + err
    assert "aoi.geojson" in out


def test_json_nested_thousands_deep_in_an_events_geometry_cell(cli, tmp_path):
    theatre = tiny_copy(tmp_path)
    events = theatre / "events.csv"
    deep = '{""type"": ""Polygon"", ""coordinates"": ' + "[" * DEEP + "]" * DEEP + "}"
    with events.open("a", encoding="utf-8") as fh:
        fh.write(f'2020-01-20,,"{deep}",RED,,confirmed,,invented,,\n')
    n_rows = _data_rows(events)
    code, out, err = cli("check", theatre)
    assert code == 1 and "Traceback" not in out + err
    assert f"events.csv:{n_rows + 1}: geometry: JSON nested too deep" in out
    _assert_nothing_dropped(theatre, "events.csv", n_rows)


def test_a_snapshot_file_nested_thousands_deep(cli, two_snapshots):
    snap = two_snapshots / "snaps" / "snap_2024-01-03.geojson"
    snap.write_text(_deep_feature_collection(), encoding="utf-8")
    code, out, err = cli("check", two_snapshots)
    assert code == 1 and "Traceback" not in out + err
    assert "snap_2024-01-03.geojson" in out + err


# ----------------------------------------------------------------------------- CSV cells
def _data_rows(path: Path) -> int:
    return sum(1 for line in path.read_text(encoding="utf-8").splitlines()[1:] if line.strip())


def _assert_nothing_dropped(theatre: Path, name: str, n_rows: int) -> None:
    """Rows in the file = rows loaded + rows reported (each bad row once)."""
    inputs = load_inputs(theatre, strict=False)
    loaded = len(inputs.events)
    reported = {p.line for p in inputs.problems if p.is_error and p.file.endswith(name) and p.line}
    assert loaded + len(reported) == n_rows, (loaded, sorted(reported))


def _ring_wkt(lon: float, lat: float, radius: float, n: int) -> str:
    pts = [
        (lon + radius * math.cos(2 * math.pi * k / n), lat + radius * math.sin(2 * math.pi * k / n))
        for k in range(n)
    ]
    pts.append(pts[0])
    return "POLYGON ((" + ", ".join(f"{x:.6f} {y:.6f}" for x, y in pts) + "))"


def test_a_legal_170_kb_wkt_cell_is_read(tmp_path):
    theatre = tiny_copy(tmp_path)
    wkt = _ring_wkt(38.28, 34.56, 0.2, 8000)
    assert len(wkt) > 160_000  # past the csv module's default field limit (128 kB)
    events = theatre / "events.csv"
    with events.open("a", encoding="utf-8") as fh:
        fh.write(f'2020-01-20,,"{wkt}",RED,,confirmed,,invented,,\n')
    inputs = load_inputs(theatre, strict=False)
    assert not [p for p in inputs.problems if p.is_error]
    assert len(inputs.events) == _data_rows(events)
    assert inputs.events["geometry"].iloc[-1] is not None


def test_a_cell_past_the_budget_is_named_and_the_rows_after_it_are_checked(tmp_path, monkeypatch):
    monkeypatch.setattr(gcsv, "FIELD_BUDGET", 1000)
    theatre = tiny_copy(tmp_path)
    events = theatre / "events.csv"
    with events.open("a", encoding="utf-8") as fh:
        fh.write(f'2020-01-20,palmyra,,RED,,confirmed,,"{"x" * 5000}",,\n')
        fh.write("Saturday,palmyra,,RED,,confirmed,,invented,,\n")  # checked after it
        fh.write("2020-01-21,palmyra,,BLUE,,confirmed,,invented,,\n")  # loaded after it
    n_rows = _data_rows(events)
    inputs = load_inputs(theatre, strict=False)
    lines = {p.line: str(p) for p in inputs.problems if p.is_error}
    assert "a cell longer than the" in lines[n_rows - 1] and "unclosed quote" not in str(lines)
    assert "date" in lines[n_rows]
    assert "2020-01-21" in set(inputs.events["day"].astype(str))  # the row after was loaded
    _assert_nothing_dropped(theatre, "events.csv", n_rows)


def test_the_field_budget_is_restored_after_reading(tmp_path):
    import csv

    before = csv.field_size_limit()
    gcsv.read_csv(aoi_file(tmp_path / "x.csv"), required=["type"], problems=[])
    assert csv.field_size_limit() == before


def test_geoparquet_metadata_nested_thousands_deep(cli, two_snapshots):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    table = pa.table({"side": ["red"], "date": ["2024-01-02"]})
    deep = ("[" * DEEP + "]" * DEEP).encode()
    pq.write_table(table.replace_schema_metadata({b"geo": deep}), two_snapshots / "s.parquet")
    toml = two_snapshots / "theatre.toml"
    text = toml.read_text(encoding="utf-8").replace('folder = "snaps"', 'path = "s.parquet"')
    toml.write_text(text, encoding="utf-8")
    code, out, err = cli("check", two_snapshots)
    assert code == 1 and "Traceback" not in out + err
    assert "s.parquet" in err and "JSON nested too deep" in err
