"""Loading snapshot files: every feature shape, every policy, every junk input."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest
import shapely
from snapshot_fixtures import (
    AOI,
    FILL_RULE,
    KEY_RULE,
    PATTERN,
    RED,
    bow_tie,
    daily_series,
    expected_red_day1,
    feature,
    kitchen_sink,
    red_main,
    write,
)

from geomap.areas import area_km2, geodesic_area_km2
from geomap.errors import InputError
from geomap.snapshots import load_snapshot_theatre, load_snapshots

D1 = dt.date(2024, 1, 1)


@pytest.mark.parametrize("rule", [FILL_RULE, KEY_RULE], ids=["fill", "name-key"])
def test_kitchen_sink_dissolves_every_shape(tmp_path, rule):
    series = load_snapshots(kitchen_sink(tmp_path), pattern=PATTERN, actor_rule=rule)
    assert series.dates == [D1]
    red = series.territory(D1)["red"]
    want = expected_red_day1()
    assert red.is_valid and not shapely.has_z(red)
    assert shapely.equals(red, want)
    control = series.control(D1).set_index("actor")
    assert control.loc["red", "area_km2"] == pytest.approx(geodesic_area_km2(want), rel=1e-6)
    assert control.loc["blue", "area_km2"] == pytest.approx(
        area_km2(shapely.box(30.7, 50.0, 31.0, 50.5))
    )
    # the hole stays a hole
    assert not red.contains(shapely.Point(30.12, 50.12))


def test_kitchen_sink_reports_what_it_ignored(tmp_path):
    series = load_snapshots(kitchen_sink(tmp_path), pattern=PATTERN, actor_rule=FILL_RULE)
    text = "\n".join(str(p) for p in series.problems)
    assert "1 areal feature(s) matched no actor rule (fill '#123456' ×1)" in text
    assert "not areas: 1 LineString, 1 Point, 1 no geometry" in text
    assert "feature 2: warning: the GeometryCollection also holds 1 Point: ignored" in text
    row = series.snapshots.iloc[0]
    assert (row.features, row.matched, row.unmatched, row.not_areal) == (9, 5, 1, 3)
    # features 0 and 3 overlap: the overlap is measured, and dissolved once
    overlap = shapely.intersection(shapely.box(30.4, 50.4, 30.6, 50.55), red_main(1))
    assert row.overlap_km2 == pytest.approx(area_km2(overlap), rel=1e-6)
    assert set(series.features["feature"]) == {0, 1, 2, 3, 4}


def test_invalid_ring_raises_by_default_with_reason_and_location(tmp_path):
    write(tmp_path, "snap_2024-01-01.geojson", [feature(bow_tie(30.0, 50.0), fill=RED)])
    with pytest.raises(InputError) as err:
        load_snapshots(tmp_path, pattern=PATTERN, actor_rule=FILL_RULE)
    (p,) = err.value.problems
    assert p.file.endswith("snap_2024-01-01.geojson") and p.line is None and p.field == "feature 0"
    assert "Self-intersection[30.01 50.01]" in p.message and "on_invalid='fix'" in p.hint


def test_invalid_ring_warn_leaves_it_out_and_flags_it(tmp_path):
    write(
        tmp_path,
        "snap_2024-01-01.geojson",
        [
            feature(shapely.box(30.5, 50.5, 30.6, 50.6), fill=RED),
            feature(bow_tie(30.0, 50.0), fill=RED),
        ],
    )
    series = load_snapshots(tmp_path, pattern=PATTERN, actor_rule=FILL_RULE, on_invalid="warn")
    assert shapely.equals(series.territory(D1)["red"], shapely.box(30.5, 50.5, 30.6, 50.6))
    (flag,) = series.flags
    assert (flag.kind, flag.date, flag.actor, flag.feature, flag.severity, flag.fixed) == (
        "invalid-ring",
        D1,
        "red",
        1,
        "error",
        False,
    )
    lobes = area_km2(shapely.make_valid(shapely.Polygon(bow_tie(30.0, 50.0)["coordinates"][0])))
    assert flag.km2 == pytest.approx(lobes) and flag.km2 > 1
    assert flag.location == (30.01, 50.01)


def test_invalid_ring_fix_repairs_and_reports_the_km2_moved(tmp_path):
    write(tmp_path, "snap_2024-01-01.geojson", [feature(bow_tie(30.0, 50.0), fill=RED)])
    series = load_snapshots(tmp_path, pattern=PATTERN, actor_rule=FILL_RULE, on_invalid="fix")
    red = series.territory(D1)["red"]
    assert red.is_valid and red.geom_type == "MultiPolygon" and len(red.geoms) == 2
    (flag,) = series.flags
    assert flag.fixed and flag.severity == "warning"
    # a symmetric bow-tie reads as 0 km² as drawn (lobes cancel): the fix moved both lobes
    assert flag.km2 == pytest.approx(area_km2(red))
    assert "repaired with make_valid" in str(series.problems[0])


def test_geometry_collection_members_that_share_an_edge_are_invalid_as_one_area(tmp_path):
    gc = {
        "type": "GeometryCollection",
        "geometries": [
            json.loads(shapely.to_geojson(shapely.box(30, 50, 30.2, 50.2))),
            json.loads(shapely.to_geojson(shapely.box(30.2, 50, 30.4, 50.2))),
        ],
    }
    write(tmp_path, "snap_2024-01-01.geojson", [feature(gc, fill=RED)])
    with pytest.raises(InputError, match="invalid MultiPolygon .red.: Self-intersection"):
        load_snapshots(tmp_path, pattern=PATTERN, actor_rule=FILL_RULE)
    series = load_snapshots(tmp_path, pattern=PATTERN, actor_rule=FILL_RULE, on_invalid="fix")
    assert shapely.equals(series.territory(D1)["red"], shapely.box(30, 50, 30.4, 50.2))
    assert series.flags[0].km2 == pytest.approx(0, abs=1e-6)  # touching parts: nothing moved


def test_aoi_clips_and_reports(tmp_path):
    straddling = shapely.box(31.5, 50.0, 32.5, 50.5)  # AOI ends at 32°E
    stray = shapely.box(64.0, 14.0, 64.2, 14.2)
    write(
        tmp_path,
        "snap_2024-01-01.geojson",
        [
            feature(shapely.MultiPolygon([straddling, stray]), fill=RED),
            feature(shapely.box(30, 50, 30.5, 50.5), fill=RED),
        ],
    )
    series = load_snapshots(tmp_path, pattern=PATTERN, actor_rule=FILL_RULE, aoi=AOI)
    red = series.territory(D1)["red"]
    assert shapely.equals(
        red,
        shapely.union_all([shapely.box(31.5, 50.0, 32.0, 50.5), shapely.box(30, 50, 30.5, 50.5)]),
    )
    kinds = {f.kind: f for f in series.flags}
    assert kinds["clipped"].km2 == pytest.approx(area_km2(shapely.box(32.0, 50.0, 32.5, 50.5)))
    assert kinds["stray-polygon"].km2 == pytest.approx(area_km2(stray))
    assert kinds["stray-polygon"].feature == 0 and kinds["stray-polygon"].fixed
    assert kinds["stray-polygon"].location == pytest.approx((64.1, 14.1), abs=0.1)
    # unassigned land = AOI minus the actors
    control = series.control(D1).set_index("actor")
    assert control.loc["", "area_km2"] == pytest.approx(
        area_km2(shapely.box(*AOI)) - control.loc["red", "area_km2"], rel=1e-9
    )


def test_duplicate_dates_keep_the_last_and_report_the_difference(tmp_path):
    series = load_snapshots(
        daily_series(tmp_path), pattern=PATTERN, actor_rule=FILL_RULE, on_invalid="warn"
    )
    dup = [f for f in series.flags if f.kind == "duplicate-date"]
    assert {f.date for f in dup} == {dt.date(2024, 1, 3)}
    red = next(f for f in dup if f.actor == "red")
    assert red.file.endswith("snap_2024-01-03.geojson")  # the one left out
    assert 5 < red.km2 < 12  # 0.002° × 0.5° at 50°N ≈ 7.9 km²
    assert next(f for f in dup if f.actor == "blue").km2 == 0
    kept = series.snapshots[series.snapshots.date == dt.date(2024, 1, 3)]
    assert kept.set_index("file")["kept"].to_dict() == {
        str(tmp_path / "snap_2024-01-03.geojson"): False,
        str(tmp_path / "snap_2024-01-03_b.geojson"): True,
    }
    first = load_snapshots(
        tmp_path, pattern=PATTERN, actor_rule=FILL_RULE, on_invalid="warn", on_duplicate="first"
    )
    assert (
        first.control("2024-01-03").set_index("actor").loc["red", "area_km2"]
        < series.control("2024-01-03").set_index("actor").loc["red", "area_km2"]
    )
    with pytest.raises(InputError, match="a second snapshot for 2024-01-03"):
        load_snapshots(
            tmp_path, pattern=PATTERN, actor_rule=FILL_RULE, on_invalid="warn", on_duplicate="raise"
        )


def test_date_from_a_property(tmp_path):
    feats = [
        feature(shapely.box(30, 50, 30.5, 50.5), fill=RED, date="2024-01-01"),
        feature(shapely.box(30, 50, 30.6, 50.5), fill=RED, date="2024-01-02T10:00"),
        feature(
            shapely.box(30, 50, 30.7, 50.5), fill=RED, date=1704240000
        ),  # 2024-01-03 (unix seconds)
    ]
    write(tmp_path, "all.geojson", feats)
    series = load_snapshots(
        tmp_path, pattern="*.geojson", date_property="date", actor_rule=FILL_RULE
    )
    assert series.dates == [dt.date(2024, 1, 1), dt.date(2024, 1, 2), dt.date(2024, 1, 3)]
    write(
        tmp_path,
        "all.geojson",
        [feature(shapely.box(30, 50, 30.5, 50.5), fill=RED, date="last Tuesday")],
    )
    with pytest.raises(InputError, match="feature 0.date: 'last Tuesday' is not an ISO 8601 date"):
        load_snapshots(tmp_path, pattern="*.geojson", date_property="date", actor_rule=FILL_RULE)


def test_date_offset(tmp_path):
    write(tmp_path, "snap_2024-01-02.geojson", [feature(shapely.box(30, 50, 30.5, 50.5), fill=RED)])
    series = load_snapshots(tmp_path, pattern=PATTERN, actor_rule=FILL_RULE, date_offset_days=-1)
    assert series.dates == [D1]


@pytest.mark.parametrize(
    ("content", "text"),
    [
        ("this is not json", "cannot read the file"),
        ("", "cannot read the file"),
        (
            json.dumps(
                {
                    "type": "FeatureCollection",
                    "crs": {"type": "name", "properties": {"name": "EPSG:3857"}},
                    "features": [
                        feature(shapely.box(3339584, 6446275, 3395243, 6533602), fill=RED)
                    ],
                }
            ),
            "not longitude/latitude",
        ),
        (
            json.dumps(
                {
                    "type": "FeatureCollection",
                    "features": [
                        feature(shapely.box(3339584, 6446275, 3395243, 6533602), fill=RED)
                    ],
                }
            ),
            "out of longitude/latitude range",
        ),
    ],
    ids=["text", "empty", "projected-crs", "projected-no-crs"],
)
def test_junk_files_are_errors_naming_the_file(tmp_path, content, text):
    (tmp_path / "snap_2024-01-01.geojson").write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=text) as err:
        load_snapshots(tmp_path, pattern=PATTERN, actor_rule=FILL_RULE)
    assert err.value.problems[0].file == str(tmp_path / "snap_2024-01-01.geojson")


def test_no_matching_files(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(InputError) as err:
        load_snapshots(tmp_path, pattern=PATTERN, actor_rule=FILL_RULE)
    text = "\n".join(str(p) for p in err.value.problems)
    assert "1 file(s) do not match" in text and "notes.txt" in text and "no file matches" in text


def test_missing_folder(tmp_path):
    with pytest.raises(InputError, match="not a folder"):
        load_snapshots(tmp_path / "nope", pattern=PATTERN, actor_rule=FILL_RULE)


def test_nothing_matched_the_rule(tmp_path):
    write(
        tmp_path, "snap_2024-01-01.geojson", [feature(shapely.box(30, 50, 31, 51), fill="#000000")]
    )
    with pytest.raises(InputError, match="no feature matched the actor rule"):
        load_snapshots(tmp_path, pattern=PATTERN, actor_rule=FILL_RULE)


def test_empty_collection_is_a_warning(tmp_path):
    write(tmp_path, "snap_2024-01-01.geojson", [feature(shapely.box(30, 50, 31, 51), fill=RED)])
    write(tmp_path, "snap_2024-01-02.geojson", [])
    series = load_snapshots(tmp_path, pattern=PATTERN, actor_rule=FILL_RULE)
    assert any("no features" in str(p) and not p.is_error for p in series.problems)


def test_snapshot_theatre_from_toml(tmp_path):
    daily_series(tmp_path / "snaps", with_breakages=False)
    (tmp_path / "aoi.geojson").write_text(
        json.dumps({"type": "FeatureCollection", "features": [feature(shapely.box(*AOI))]}),
        encoding="utf-8",
    )
    (tmp_path / "theatre.toml").write_text(
        """
[theatre]
name = "synthetic"
title = "A synthetic front"
[aoi]
path = "aoi.geojson"
[data]
licence = "CC0"
[snapshots]
folder = "snaps"
pattern = "snap_{date:%Y-%m-%d}*.geojson"
[snapshots.actors]
by = "name-key"
match = "prefix"
map = { "geoJSON.status.occupied" = "red", "geoJSON.status.dismissed" = "blue" }
names = { red = "Red side" }
""",
        encoding="utf-8",
    )
    series = load_snapshot_theatre(tmp_path)
    assert series.title == "A synthetic front"
    assert len(series.dates) == 12 and series.has_aoi
    assert series.actors.set_index("id").loc["red", "name"] == "Red side"
    assert series.assumptions["licence"] == "CC0"
    # the maps' credits, as a theatre's: the data's licence, and the country outlines'
    assert series.credits[0] == ("Data", "CC0", "")
    assert series.credits[1][0] == "Country outlines" and "Natural Earth" in series.credits[1][2]
    from geomap.render import index_html

    html = index_html(series, series.dates)
    assert '<h2 id="sources">Sources and licences</h2>' in html and "data CC0" in html


@pytest.mark.parametrize(
    ("data", "credits"),
    [
        ("", []),  # no [data]: nothing to credit (no invented licence)
        (
            '[data]\nattribution = "Us\\u202e \\u001b[2J"\n',
            [("Data", "licence not stated", "Us \\x1b[2J")],
        ),
    ],
)
def test_snapshot_theatre_credits_from_data(tmp_path, data, credits):
    daily_series(tmp_path / "snaps", with_breakages=False)
    (tmp_path / "theatre.toml").write_text(
        f"""{data}
[snapshots]
folder = "snaps"
pattern = "snap_{{date:%Y-%m-%d}}*.geojson"
[snapshots.actors]
by = "name-key"
match = "prefix"
map = {{ "geoJSON.status.occupied" = "red", "geoJSON.status.dismissed" = "blue" }}
""",
        encoding="utf-8",
    )
    series = load_snapshot_theatre(tmp_path)
    assert series.credits[: len(credits)] == credits
    assert len(series.credits) == (2 if credits else 0)


def test_load_many_files_calls_progress(tmp_path):
    daily_series(tmp_path, with_breakages=False)
    seen = []
    load_snapshots(
        tmp_path,
        pattern=PATTERN,
        actor_rule=FILL_RULE,
        progress=lambda i, n, f: seen.append((i, n)),
    )
    assert seen[0] == (0, 12) and seen[-1] == (11, 12)


def test_held_areas_are_exact_not_simplified(tmp_path):
    daily_series(tmp_path, with_breakages=False)
    series = load_snapshots(tmp_path, pattern=PATTERN, actor_rule=FILL_RULE)
    got = series.held_series().query("actor == 'red'")["held_km2"].to_numpy()
    want = np.array([geodesic_area_km2(red_main(d)) for d in range(1, 13)])
    np.testing.assert_allclose(got, want, rtol=1e-6)


def _snapshot_theatre(tmp_path, *, with_breakages):
    daily_series(tmp_path / "snaps", with_breakages=with_breakages)
    (tmp_path / "aoi.geojson").write_text(
        json.dumps({"type": "FeatureCollection", "features": [feature(shapely.box(*AOI))]}),
        encoding="utf-8",
    )
    (tmp_path / "theatre.toml").write_text(
        '[theatre]\nname = "synthetic"\ntitle = "A synthetic front"\n[aoi]\npath = "aoi.geojson"\n'
        '[data]\nlicence = "CC0"\n[snapshots]\nfolder = "snaps"\n'
        'pattern = "snap_{date:%Y-%m-%d}*.geojson"\n[snapshots.actors]\nby = "fill"\n'
        'map = { "#a52714" = "red", "#0f9d58" = "blue" }\n',
        encoding="utf-8",
    )
    return tmp_path


def test_main_commands_take_a_snapshot_theatre(tmp_path, capsys):
    """`geomap check`, `gains` and `maps` route a theatre with [snapshots] to the snapshot series."""
    from geomap import load_theatre
    from geomap.cli import main

    folder = _snapshot_theatre(tmp_path / "t", with_breakages=True)
    assert type(load_theatre(folder, on_invalid="fix")).__name__ == "SnapshotSeries"
    assert main(["check", str(folder), "--fix-invalid"]) == 0
    out = capsys.readouterr().out
    assert "spike" in out and "missing" in out  # the planted breakages are flagged
    assert main(["gains", str(folder), "--by", "week", "--format", "csv"]) == 1  # the bow-tie
    assert "Self-intersection" in capsys.readouterr().err
    assert main(["gains", str(folder), "--by", "week", "--format", "csv", "--fix-invalid"]) == 0
    csv_out = capsys.readouterr().out
    assert "period_start,period_end,actor" in csv_out and ",red," in csv_out
    assert ",front_km,front_km_red,front_km_blue" in csv_out  # the front, as for place theatres
    assert (
        main(["maps", str(folder), "--out", str(tmp_path / "maps"), "--quiet", "--fix-invalid"])
        == 0
    )
    index = (tmp_path / "maps" / "index.html").read_text(encoding="utf-8")
    assert "Checks (" in index and "spike" in index  # quality flags on the index page
    # the rate: a chart once a day has a full window, else the line saying none has yet
    assert "Rate of advance" in index
    assert ('class="gm-rate"' in index) != ("No day of this range has a full window yet" in index)
    assert main(["gains", str(folder), "--radius", "30"]) == 2
    assert "no cell radius" in capsys.readouterr().err
