"""Quality checks: each breakage of the synthetic series is flagged once, with what is at stake."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
import shapely
from snapshot_fixtures import AOI, FILL_RULE, PATTERN, daily_series

from geomap.areas import area_km2
from geomap.snapshots import FLAG_KINDS, check_held, check_series, load_snapshots


def day(n: int) -> dt.date:
    return dt.date(2024, 1, n)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return daily_series(tmp_path_factory.mktemp("qc"))


@pytest.fixture(scope="module")
def flags(folder):
    series = load_snapshots(folder, pattern=PATTERN, actor_rule=FILL_RULE, on_invalid="warn")
    return check_series(series)


def by_kind(flags, kind):
    return [f for f in flags if f.kind == kind]


def test_every_breakage_is_flagged_and_nothing_else(flags):
    got = sorted((f.kind, f.date, f.actor) for f in flags)
    assert got == sorted(
        [
            ("duplicate-date", day(3), "red"),
            ("duplicate-date", day(3), "blue"),
            ("invalid-ring", day(4), "red"),
            ("missing-date", day(6), ""),
            ("step", day(8), "blue"),
            ("spike", day(9), "red"),
            ("spike", day(11), "red"),
            ("stray-polygon", day(11), "red"),
        ]
    )
    assert {f.kind for f in flags} <= set(FLAG_KINDS)


def test_spike_names_the_feature_and_the_km2(flags):
    spike = next(f for f in by_kind(flags, "spike") if f.date == day(9))
    assert spike.file.endswith("snap_2024-01-09.geojson") and spike.feature == 1
    assert spike.km2 == pytest.approx(area_km2(shapely.box(30.0, 51.1, 30.5, 51.6)), rel=0.03)
    assert "comes back" in spike.message and "2024-01-10" in spike.message
    assert spike.location is not None and 30.0 <= spike.location[0] <= 30.5


def test_step_is_a_lasting_jump(flags):
    (step,) = by_kind(flags, "step")
    assert step.actor == "blue" and step.feature == 3
    assert step.km2 == pytest.approx(area_km2(shapely.box(31.2, 50.0, 31.7, 50.4)), rel=1e-6)
    assert "and stays" in step.message and "redefined" in step.hint


def test_missing_date_reports_the_change_across_the_gap(flags):
    (miss,) = by_kind(flags, "missing-date")
    assert miss.date == day(6) and miss.actor == ""
    assert 30 < miss.km2 < 80  # two days of red growth without a date
    assert "2024-01-05 and 2024-01-07" in miss.message


def test_stray_polygon_without_an_aoi(flags):
    (stray,) = by_kind(flags, "stray-polygon")
    assert stray.severity == "error" and not stray.fixed  # it is counted in the figures
    assert stray.km2 == pytest.approx(area_km2(shapely.box(64.0, 14.0, 64.2, 14.2)))
    assert stray.feature == 1 and stray.file.endswith("snap_2024-01-11.geojson")


def test_with_an_aoi_the_stray_is_clipped_and_the_spike_goes(folder):
    series = load_snapshots(
        folder, pattern=PATTERN, actor_rule=FILL_RULE, on_invalid="warn", aoi=AOI
    )
    flags = check_series(series)
    stray = by_kind(flags, "stray-polygon")
    assert len(stray) == 1 and stray[0].fixed and stray[0].severity == "warning"
    assert [f.date for f in by_kind(flags, "spike")] == [day(9)]


def test_fix_reports_km2_moved_and_is_a_warning(folder):
    series = load_snapshots(folder, pattern=PATTERN, actor_rule=FILL_RULE, on_invalid="fix")
    (inv,) = by_kind(check_series(series), "invalid-ring")
    assert inv.fixed and inv.severity == "warning" and inv.km2 > 1


def test_clean_series_has_no_flags(tmp_path):
    series = load_snapshots(
        daily_series(tmp_path, with_breakages=False), pattern=PATTERN, actor_rule=FILL_RULE
    )
    assert check_series(series) == []


def test_thresholds_are_parameters(folder):
    series = load_snapshots(folder, pattern=PATTERN, actor_rule=FILL_RULE, on_invalid="warn")
    assert not by_kind(check_series(series, min_km2=5000), "spike")
    assert not by_kind(check_series(series, missing_factor=3), "missing-date")
    assert not by_kind(check_series(series, stray_km=5000), "stray-polygon")
    assert {f.kind for f in check_series(series, kinds=["step"])} == {"step"}
    with pytest.raises(ValueError, match="return_frac"):
        check_series(series, return_frac=2)
    with pytest.raises(ValueError, match="unknown flag kinds"):
        check_series(series, kinds=["spikes"])


def test_flags_read_as_problems(flags):
    (inv,) = by_kind(flags, "invalid-ring")
    assert str(inv).endswith(
        "snap_2024-01-04.geojson: feature 1: 2024-01-04 red: invalid-ring: invalid Polygon: "
        "Self-intersection[30.91 50.01]; the feature was left out (km² = what it would cover once "
        "repaired) [1.59 km²] at 30.9100E 50.0100N; repair it in a GIS, or load with on_invalid='fix'"
    )
    assert all("km²]" in str(f) for f in flags)
    assert inv.to_problem().is_error


def test_check_held_on_a_plain_table():
    dates = pd.date_range("2024-01-01", periods=30).date
    rng = np.random.default_rng(1)
    values = 1000 + np.cumsum(rng.normal(5, 2, 30))
    values[10] += 500  # spike
    values[20:] += 800  # step
    held = pd.DataFrame({"date": dates, "actor": "a", "held_km2": values})
    held = pd.concat([held.drop(index=[25]), held.iloc[[5]]])  # a missing and a duplicate date
    got = sorted((f.kind, f.date) for f in check_held(held))
    assert got == sorted(
        [
            ("duplicate-date", dates[5]),
            ("spike", dates[10]),
            ("step", dates[20]),
            ("missing-date", dates[25]),
        ]
    )
