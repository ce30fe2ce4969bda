"""Real DeepStateMap snapshots from ../shared/data (not bundled: their licences forbid it).

Skipped when the shared folder is absent.  CI puts ``shared/`` beside its
clone, i.e. at ``/work/shared/data`` for a repo at ``/work/main``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import shapely
from pyproj import Geod

from geomap.snapshots import check_series, load_snapshots

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
RAW = SHARED / "deepstate-raw-danielrose2310"
CYTERAT = SHARED / "deepstate-cyterat"
PUBLISHED = SHARED / "deepstate-areas-hexqnt-rua" / "area_history.csv"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(
        not SHARED.is_dir(),
        reason="optional shared test data (../shared/data, DeepState snapshots: not bundled) not present",
    ),
]

# DeepState's own colour key (see the raw archive's PROVENANCE.md)
RAW_RULE = {
    "by": "fill",
    "map": {
        "#a52714": "occupied",  # occupied after 24.02.2022
        "#880e4f": "occupied",  # occupied before: Crimea, ORDLO, Tuzla (Transnistria in early 2022!)
        "#bcaaa4": "unknown",
        "#bdbdbd": "unknown",
    },
}
CYTERAT_RULE = {"by": "constant", "actor": "occupied", "colors": {"occupied": "#a52714"}}
CYTERAT_PATTERN = "deepstatemap_data_{date:%Y%m%d}.geojson"
UKRAINE_BOX = (22.0, 44.0, 41.0, 53.0)
D = dt.date


@pytest.fixture(scope="module")
def monthly_flags():
    series = load_snapshots(
        RAW / "monthly", pattern="{timestamp}.geojson", actor_rule=RAW_RULE, on_invalid="warn"
    )
    return series, check_series(series)


def test_raw_monthly_invalid_rings_of_2022(monthly_flags):
    series, flags = monthly_flags
    invalid = [f for f in flags if f.kind == "invalid-ring"]
    assert {f.date for f in invalid} == {D(2022, 4, 3), D(2022, 5, 1), D(2022, 8, 1)}
    # the self-intersecting "occupied" polygons, where PROVENANCE.md places them: each is a
    # GeometryCollection whose member polygons share an edge, read as one MultiPolygon
    where = {f.date: f.location for f in invalid if "Self-intersection" in f.message}
    assert where[D(2022, 4, 3)] == pytest.approx((32.317, 46.550), abs=1e-3)
    assert where[D(2022, 5, 1)] == pytest.approx((32.443, 46.575), abs=1e-3)
    assert where[D(2022, 8, 1)] == pytest.approx((36.803, 50.232), abs=1e-3)
    # Transnistria (#880e4f in early 2022) has a disconnected interior
    assert sum("Interior is disconnected" in f.message for f in invalid) == 2
    assert all(
        f.severity == "error" and f.file and f.feature is not None and f.km2 > 100 for f in invalid
    )


def test_raw_monthly_stray_polygon_of_2023(monthly_flags):
    series, flags = monthly_flags
    stray = [f for f in flags if f.kind == "stray-polygon"]
    assert [f.date for f in stray] == [D(2023, 2, 2), D(2023, 5, 1), D(2023, 8, 1), D(2023, 11, 1)]
    assert all(f.actor == "unknown" for f in stray)
    assert all(63 <= f.location[0] <= 65.6 and 13.5 <= f.location[1] <= 15.3 for f in stray)
    assert stray[0].km2 == pytest.approx(25_700, rel=0.01)  # PROVENANCE: about 25,700 km²
    assert [round(f.km2) for f in stray[1:]] == [527, 527, 527]
    # it also shows as a one-snapshot spike in the unknown area
    assert any(
        f.kind == "spike" and f.date == D(2023, 2, 2) and f.actor == "unknown" for f in flags
    )


def test_raw_monthly_with_an_aoi_clips_the_stray_away():
    series = load_snapshots(
        RAW / "monthly",
        pattern="{timestamp}.geojson",
        actor_rule=RAW_RULE,
        on_invalid="fix",
        aoi=UKRAINE_BOX,
    )
    flags = check_series(series)
    stray = [f for f in flags if f.kind == "stray-polygon"]
    assert [f.date for f in stray] == [D(2023, 2, 2), D(2023, 5, 1), D(2023, 8, 1), D(2023, 11, 1)]
    assert all(f.fixed and f.severity == "warning" for f in stray)
    assert not any(f.kind == "spike" and f.date.year == 2023 for f in flags)
    fixed = [f for f in flags if f.kind == "invalid-ring"]
    assert len(fixed) == 5 and all(f.fixed for f in fixed)
    # the 2022 GeometryCollections' parts only touch: repairing them moves (almost) nothing
    assert max(f.km2 for f in fixed if "Self-intersection" in f.message) < 0.01


def test_clean_2024_daily_runs_raise_no_flag():
    raw = load_snapshots(RAW / "daily", pattern="{timestamp}.geojson", actor_rule=RAW_RULE)
    assert len(raw.dates) == 60
    assert check_series(raw) == []
    cy = load_snapshots(CYTERAT / "daily", pattern=CYTERAT_PATTERN, actor_rule=CYTERAT_RULE)
    assert check_series(cy) == []


def _spherical_km2(geom: shapely.Geometry) -> float:
    sphere = Geod(a=6_378_137.0, b=6_378_137.0)
    parts = shapely.get_parts(shapely.orient_polygons(shapely.segmentize(geom, 0.01)))
    return sum(abs(sphere.geometry_area_perimeter(p)[0]) for p in parts) / 1e6


def test_daily_ledger_against_deepstate_published_areas():
    """Our occupied area is 0.0446–0.0449 % above DeepState's published figure, every day.

    Measured on the 60 cyterat daily files (2024-10-09..2024-12-07), each
    compared with the last published DeepState figure before its date 03:00 UTC
    (when cyterat fetched it), occupied = ``occupied_after_24_02_2022`` +
    ``occupied_to_24_02_2022``:

    * geomap − published = +49.2 to +50.1 km² on ~110,300–111,600 km²
      (+0.0446 % to +0.0449 %); daily changes agree to within 0.05 km²
      (median 0.012 km²).
    * The difference is the earth model.  geomap measures on the WGS84
      ellipsoid (equal-area LAEA, agrees with ``pyproj.Geod`` to ~2e-9);
      DeepState's figures are the area on a **sphere of radius 6,378,137 m**
      (the equatorial radius, as older Turf.js ``area`` uses).  At Ukraine's
      latitudes the sphere gives less: −0.013 % for a 1° cell at 44–45°N,
      +0.081 % at 48–49°N, +0.127 % at 50–51°N (ellipsoid minus sphere), so
      the occupied south-east comes out +53.6 to +54.5 km² (+0.0486 % to
      +0.0488 %) larger on the ellipsoid.
    * The rest, −4.38 km², is Tuzla island (in DeepState's "occupied before
      2022" total, dropped by cyterat's processing).  The spherical area of
      cyterat's polygon plus Tuzla reproduces the published figure to within
      0.025 km² (cyterat's ±0.000009° buffer step).
    """
    series = load_snapshots(CYTERAT / "daily", pattern=CYTERAT_PATTERN, actor_rule=CYTERAT_RULE)
    pub = pd.read_csv(PUBLISHED)
    pub["t"] = pd.to_datetime(pub["time_index"].str.replace(" UTC", ""))
    occupied = (
        pub[pub["area_type"].isin(["occupied_after_24_02_2022", "occupied_to_24_02_2022"])]
        .groupby("t")["area"]
        .sum()
    )
    held = series.held_series().set_index("date")["held_km2"]
    published = np.array(
        [
            occupied[occupied.index < pd.Timestamp(d) + pd.Timedelta(hours=3)].iloc[-1]
            for d in series.dates
        ]
    )
    ours = held.loc[series.dates].to_numpy()
    diff = ours - published
    assert diff.min() > 49.0 and diff.max() < 50.3
    rel = 100 * diff / published
    assert rel.min() > 0.0445 and rel.max() < 0.0450
    # day-to-day changes: the ledger's net equals the published change
    net = (
        series.ledger(by="day").set_index("period_end")["net_km2"].loc[series.dates[1:]].to_numpy()
    )
    assert np.abs(net - np.diff(published)).max() < 0.06

    raw0 = json.loads(
        next(iter(sorted((RAW / "daily").glob("*.geojson")))).read_text(encoding="utf-8")
    )
    (tuzla,) = [
        shapely.force_2d(shapely.geometry.shape(f["geometry"]))
        for f in raw0["features"]
        if "geoJSON.territories.tuzla" in (f["properties"].get("name") or "")
    ]
    for i in (0, 59):
        territory = series.territory(series.dates[i])["occupied"]
        sphere = _spherical_km2(territory) + _spherical_km2(tuzla)
        assert sphere == pytest.approx(published[i], abs=0.05)
        assert 100 * (ours[i] / _spherical_km2(territory) - 1) == pytest.approx(0.0487, abs=0.0003)


def test_snapshot_theatre_gains_check_and_maps(tmp_path, capsys):
    from geomap.cli import main

    aoi = tmp_path / "aoi.geojson"
    aoi.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {},
                        "geometry": shapely.geometry.mapping(shapely.box(*UKRAINE_BOX)),
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    (tmp_path / "theatre.toml").write_text(
        f"""
[theatre]
name = "deepstate-2024"
title = "DeepStateMap, autumn 2024"
allow_outside = true  # the archive stays in ../shared/data (not copied into the temp theatre)
[aoi]
path = "aoi.geojson"
[data]
licence = "none stated (DeepStateMap data; test use only)"
attribution = "DeepStateMap"
[snapshots]
folders = ["{(CYTERAT / "daily").as_posix()}", "{(CYTERAT / "monthly").as_posix()}"]
pattern = "{CYTERAT_PATTERN}"
[snapshots.actors]
by = "constant"
actor = "occupied"
colors = {{ occupied = "#a52714" }}
names = {{ occupied = "Russian-occupied" }}
""",
        encoding="utf-8",
    )
    assert (
        main(
            [
                "snapshot-gains",
                str(tmp_path),
                "--by",
                "month",
                "--from",
                "2024-10-01",
                "--to",
                "2024-12-31",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "2024-11-01  2024-11-30  occupied" in out
    code = main(["snapshot-check", str(tmp_path)])
    out = capsys.readouterr().out
    # the daily and monthly folders share 2024-11-01 and 2024-12-01: identical files, 0 km² apart
    assert code == 0
    assert "2024-11-01 occupied: duplicate-date" in out and "[0.00 km²]" in out
    # between monthly snapshots days are missing: one flag per gap, not one per day
    missing = [line for line in out.splitlines() if ": missing-date: " in line]
    assert 20 <= len(missing) <= 30 and all("missing dates from" in line for line in missing)

    from geomap.snapshots import load_snapshot_theatre

    series = load_snapshot_theatre(tmp_path)
    pages = series.write_maps(tmp_path / "maps", start="2024-11-20", end="2024-11-22")
    assert [p.name for p in pages][:3] == ["2024-11-20.html", "2024-11-21.html", "2024-11-22.html"]
    assert "Russian-occupied" in (tmp_path / "maps" / "2024-11-21.html").read_text(encoding="utf-8")
