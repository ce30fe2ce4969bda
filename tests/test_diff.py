"""Theatre.diff and ``geomap diff``: the ground each actor gained and lost between two dates."""

import datetime as dt
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyproj import Geod

from geomap.cli import main
from geomap.errors import InputError
from geomap.theatre import load_theatre

DATA = Path(__file__).parent / "data"
DEMO = Path(__file__).parents[1] / "layers" / "syria-2017"
GEOD = Geod(ellps="WGS84")


@pytest.fixture(scope="module")
def tiny():
    return load_theatre(DATA / "tiny")


@pytest.fixture(scope="module")
def three():
    return load_theatre(DATA / "three")


def _held(th, day: dt.date) -> dict[str, float]:
    ctl = th.control(day)
    return dict(zip(ctl["actor"], ctl["area_km2"], strict=True))


def _check_identities(th, start: dt.date, end: dt.date) -> None:
    d = th.diff(start, end)
    totals = {t["actor"]: t for t in d.attrs["totals"]}
    before = _held(th, start - dt.timedelta(days=1))
    after = _held(th, end)
    assert set(totals) == {*th.actors["id"], ""}
    for actor, t in totals.items():
        # per actor: gained − lost = held(end) − held(before start)
        assert t["gained_km2"] - t["lost_km2"] == pytest.approx(
            after.get(actor, 0.0) - before.get(actor, 0.0), abs=1e-6
        )
        assert t["held_start_km2"] == pytest.approx(before.get(actor, 0.0), abs=1e-6)
        assert t["held_end_km2"] == pytest.approx(after.get(actor, 0.0), abs=1e-6)
        # the pieces add up to the totals
        assert d.loc[d["to_actor"] == actor, "area_km2"].sum() == pytest.approx(
            t["gained_km2"], abs=1e-6
        )
        assert d.loc[d["from_actor"] == actor, "area_km2"].sum() == pytest.approx(
            t["lost_km2"], abs=1e-6
        )
        # a state comparison never exceeds the ledger's gross figures
        assert t["gained_km2"] <= t["gross_gained_km2"] + 1e-6
    assert sum(t["gained_km2"] for t in totals.values()) == pytest.approx(
        sum(t["lost_km2"] for t in totals.values()), abs=1e-6
    )
    assert (d["from_actor"] != d["to_actor"]).all()


def test_tiny_identities_over_every_pair_of_days(tiny):
    days = [dt.date(2020, 1, 1) + dt.timedelta(days=k) for k in range(0, 31, 3)]
    for i, a in enumerate(days):
        for b in days[i:]:
            _check_identities(tiny, a, b)


@settings(max_examples=25, deadline=None)
@given(a=st.integers(0, 30), n=st.integers(0, 30))
def test_identities_property(tiny, a, n):
    start = dt.date(2020, 1, 1) + dt.timedelta(days=a)
    _check_identities(tiny, start, start + dt.timedelta(days=n))


def test_hand_checked_three(three):
    d = three.diff("2020-01-01", "2020-01-05")
    led = three.ledger(by="total", start="2020-01-01", end="2020-01-05").set_index("actor")
    totals = {t["actor"]: t for t in d.attrs["totals"]}
    for actor in ("A", "B", "C", ""):
        # no ground changes hands twice in this theatre: the diff is the ledger
        assert totals[actor]["gained_km2"] == pytest.approx(led.at[actor, "gained_km2"], abs=1e-6)
        assert totals[actor]["lost_km2"] == pytest.approx(led.at[actor, "lost_km2"], abs=1e-6)
    assert set(d["place_name"]) >= {"Place B"}
    assert d.attrs["start"] == "2020-01-01" and d.attrs["end"] == "2020-01-05"
    assert d.crs.to_epsg() == 4326


def test_piece_areas_are_geodesic(tiny):
    d = tiny.diff("2020-01-01", "2020-01-31")
    assert len(d)
    for geom, km2 in zip(d.geometry, d["area_km2"], strict=True):
        geodesic = abs(GEOD.geometry_area_perimeter(geom)[0]) / 1e6
        assert km2 == pytest.approx(geodesic, rel=1e-4)


def test_back_and_forth_is_in_the_gross_figures_only(tiny):
    # Sukhna: RED on 10 Jan, BLUE again on 20 Jan
    d = tiny.diff("2020-01-09", "2020-01-21")
    totals = {t["actor"]: t for t in d.attrs["totals"]}
    assert "Sukhna" not in set(d.loc[d["to_actor"] == "RED", "place_name"])
    assert totals["RED"]["gross_gained_km2"] > totals["RED"]["gained_km2"] + 1


def test_no_change_is_empty(tiny):
    d = tiny.diff("2020-01-02", "2020-01-03")
    assert len(d) == 0
    assert all(t["gained_km2"] == 0 and t["lost_km2"] == 0 for t in d.attrs["totals"])


def test_end_before_start_is_an_error(tiny):
    with pytest.raises(InputError, match="before start"):
        tiny.diff("2020-01-20", "2020-01-10")
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        tiny.diff("20/01/2020", "2020-01-10")


@pytest.mark.skipif(not DEMO.is_dir(), reason="demo theatre not in this tree")
def test_demo_claim_period_matches_the_claims():
    th = load_theatre(DEMO)
    d = th.diff("2017-05-07", "2017-05-27")
    gov = next(t for t in d.attrs["totals"] if t["actor"] == "GOV")
    claim = th.claims().set_index("id").at["scmm-2017-05-27", "computed_gained_km2"]
    assert gov["gained_km2"] == pytest.approx(claim, rel=1e-9)
    assert "Al-Sabe' Biyar" in set(d["place_name"])


def test_cli_table_csv_json_and_map(capsys, tmp_path):
    out = tmp_path / "diff.html"
    args = [str(DATA / "tiny"), "2020-01-01", "2020-01-31"]
    assert main(["diff", *args, "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "gained_km2" in text and "place(s) changed hands" in text
    html = out.read_text(encoding="utf-8")
    assert "gm-dh-" in html and "Khunayfis" in html and "gross gain" in html
    assert main(["diff", *args, "--format", "csv"]) == 0
    lines = [x for x in capsys.readouterr().out.splitlines() if not x.startswith("#")]
    assert lines[0] == "from_actor,to_actor,place,place_name,area_km2"
    assert main(["diff", *args, "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    totals = pd.DataFrame(doc["totals"]).set_index("actor")
    places = pd.DataFrame(doc["places"])
    for actor, row in totals.iterrows():
        assert places.loc[places["to_actor"] == actor, "area_km2"].sum() == pytest.approx(
            row["gained_km2"], abs=1e-6
        )
    assert np.isfinite(totals["net_km2"]).all()


def test_cli_errors(capsys, tmp_path):
    assert main(["diff", str(DATA / "tiny"), "2020-01-20", "2020-01-10"]) == 2
    assert "before start" in capsys.readouterr().err
    out = tmp_path / "diff.png"
    assert main(["diff", str(DATA / "tiny"), "2020-01-01", "2020-01-20", "--out", str(out)]) == 2
    assert ".html" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["diff", str(DATA / "tiny"), "2020-13-01", "2020-01-20"])
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_cli_csv_is_formula_safe(capsys, tmp_path):
    # one CSV writer and one terminal filter for every command (issue 13)
    from geomap._csv import formula_safe as _cell
    from geomap._text import terminal_text as _term

    assert _cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert _cell("Palmyra") == "Palmyra"
    assert _term("a\x1b[31mb\u202ec") == "a\\x1b[31mb\\u202ec"
