"""Territory and ledger: a hand-checked theatre and property tests of the identities."""

import datetime as dt
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from pyproj import Geod

from geomap.areas import geodesic_area_km2
from geomap.crs import equal_area_crs
from geomap.ledger import period_ledger, periods
from geomap.territory import replay, tessellate
from geomap.theatre import load_theatre

DATA = Path(__file__).parent / "data"
GEOD = Geod(ellps="WGS84")
# a 64-gon of radius r: n r² sin(2π/n) / 2 — the cap on every cell of tests/data/three
CELL = 0.5 * 64 * 5.0**2 * math.sin(2 * math.pi / 64)
BOX = geodesic_area_km2(shapely.box(38.05, 34.05, 38.15, 34.15))
AOI = geodesic_area_km2(shapely.box(38.0, 34.0, 39.0, 34.5))


@pytest.fixture(scope="module")
def three():
    return load_theatre(DATA / "three")


def test_hand_checked_figures(three):
    assert CELL == pytest.approx(78.41, abs=0.01)  # by hand: 32 × 25 × sin(5.625°)
    held0 = three.control("2020-01-01").set_index("actor")["area_km2"]
    assert held0["A"] == pytest.approx(CELL, rel=1e-4)
    assert held0["B"] == pytest.approx(2 * CELL, rel=1e-4)
    assert held0[""] == pytest.approx(AOI - 3 * CELL, rel=1e-4)
    led = three.ledger(by="day", start="2020-01-01", end="2020-01-06").set_index(
        ["period_start", "actor"]
    )
    d3, d5 = dt.date(2020, 1, 3), dt.date(2020, 1, 5)
    assert led.loc[(d3, "A"), "gained_km2"] == pytest.approx(CELL, rel=1e-4)
    assert led.loc[(d3, "B"), "lost_km2"] == pytest.approx(CELL, rel=1e-4)
    assert led.loc[(d3, "A"), "held_km2"] == pytest.approx(2 * CELL, rel=1e-4)
    assert led.loc[(d3, "A"), "places_gained"] == "Place B"
    assert led.loc[(d5, "C"), "gained_km2"] == pytest.approx(CELL + BOX, rel=1e-4)
    assert led.loc[(d5, ""), "lost_km2"] == pytest.approx(BOX, rel=1e-4)
    assert led.loc[(d5, "B"), "held_km2"] == pytest.approx(0, abs=1e-9)
    ev = three.event_ledger().set_index("line")
    assert ev.loc[2, "area_km2"] == pytest.approx(CELL, rel=1e-4)
    assert ev.loc[3, "area_km2"] == pytest.approx(BOX, rel=1e-6)  # a drawn area transfers exactly
    assert (ev["status"] == "applied").all()


def test_control_is_a_coverage_of_the_aoi(three):
    ctl = three.control("2020-01-06")
    assert set(ctl["actor"]) == {"A", "C", ""}
    assert ctl["area_km2"].sum() == pytest.approx(AOI, rel=1e-7)  # faces are noded on a 1 cm grid
    geoms = ctl.geometry.values
    for i in range(len(geoms)):
        for j in range(i + 1, len(geoms)):
            assert shapely.intersection(geoms[i], geoms[j]).area < 1e-12
    # up to the 1 cm noding grid and the 2 km densification in metres: < 1e-5 deg² (~0.1 km²)
    assert (
        shapely.union_all(geoms).symmetric_difference(shapely.box(38.0, 34.0, 39.0, 34.5)).area
        < 1e-5
    )


def test_control_area_agrees_with_geodesic(three):
    for row in three.control("2020-01-06").itertuples():
        assert row.area_km2 == pytest.approx(geodesic_area_km2(row.geometry), rel=1e-4)


def test_place_cells_carry_their_km2(three):
    """Each place's cell says its km² (the ground popups name it): its faces' as the ledger
    counts them, within 0.01 % of the WGS84 geodesic area, and the cells' sum is the ground
    the places hold."""
    cells = three.place_cells()
    assert len(cells) and (cells["area_km2"] > 0).all()
    for row in cells.itertuples():
        assert row.area_km2 == pytest.approx(geodesic_area_km2(row.geometry), rel=1e-4)
    held = three.control("2020-01-01")
    assert cells["area_km2"].sum() == pytest.approx(
        held.loc[held["actor"] != "", "area_km2"].sum(), rel=1e-9
    )


def test_changes_and_intervals(three):
    ch = three.changes("2020-01-03", "2020-01-05").set_index(["from_actor", "to_actor"])
    assert ch.loc[("B", "C"), "area_km2"] == pytest.approx(CELL, rel=1e-4)
    assert ch.loc[("", "C"), "area_km2"] == pytest.approx(BOX, rel=1e-6)
    iv = three.intervals(start="2020-01-01", end="2020-01-06")
    a = iv[iv["actor"] == "A"].sort_values("valid_from")
    # place A's cell is held throughout (one piece), place B's from 3 January
    assert list(a["valid_from"].dt.date) == [dt.date(2020, 1, 1), dt.date(2020, 1, 3)]
    assert a["valid_to"].isna().all()
    assert list(a["area_km2"]) == pytest.approx([CELL, CELL], rel=1e-4)
    # on every date the pieces valid then are the control of that date, without overlap
    for day in ["2020-01-01", "2020-01-03", "2020-01-04", "2020-01-05", "2020-01-06"]:
        ts = pd.Timestamp(day)
        now = iv[(iv["valid_from"] <= ts) & (iv["valid_to"].isna() | (iv["valid_to"] > ts))]
        held = now.groupby("actor")["area_km2"].sum()
        ctl = three.control(day).set_index("actor")["area_km2"]
        assert held.to_dict() == pytest.approx(ctl[ctl > 0].to_dict(), rel=1e-9)
        assert shapely.union_all(now.geometry.values).area == pytest.approx(
            shapely.area(now.geometry.values).sum(), rel=1e-9
        )


def test_sensitivity_changes_with_radius(three):
    sens = three.sensitivity([2, 5], by="total", start="2020-01-01", end="2020-01-06")
    a = sens[sens["actor"] == "A"].set_index("radius_km")["gained_km2"]
    assert a[5.0] == pytest.approx(CELL, rel=1e-4)
    assert a[2.0] == pytest.approx(CELL * 4 / 25, rel=1e-4)


def test_periods():
    assert periods(dt.date(2017, 5, 29), dt.date(2017, 6, 5), "week") == [
        (dt.date(2017, 5, 29), dt.date(2017, 6, 4)),
        (dt.date(2017, 6, 5), dt.date(2017, 6, 5)),
    ]
    with pytest.raises(ValueError, match="ends"):
        periods(dt.date(2017, 6, 5), dt.date(2017, 6, 1), "day")
    with pytest.raises(ValueError, match="by must be"):
        periods(dt.date(2017, 6, 1), dt.date(2017, 6, 5), "fortnight")


# ------------------------------------------------------------------ property tests
AOI_BOX = shapely.box(37.0, 33.5, 39.0, 35.0)
CRS = equal_area_crs(AOI_BOX)


@st.composite
def theatres(draw):
    n = draw(st.integers(1, 12))
    lon = draw(st.lists(st.floats(36.8, 39.2), min_size=n, max_size=n))  # some outside the AOI
    lat = draw(st.lists(st.floats(33.4, 35.1), min_size=n, max_size=n))
    if draw(st.booleans()) and n > 1:
        lon[1], lat[1] = lon[0], lat[0]  # duplicate location
    n_act = draw(st.integers(1, 4))
    holders = draw(st.lists(st.integers(-1, n_act - 1), min_size=n, max_size=n))
    n_drawn = draw(st.integers(0, 3))
    drawn = []
    for _ in range(n_drawn):
        x, y = draw(st.floats(36.5, 39.0)), draw(st.floats(33.0, 34.8))
        drawn.append(
            shapely.box(x, y, x + draw(st.floats(0.05, 1.0)), y + draw(st.floats(0.05, 0.6)))
        )
    n_ev = draw(st.integers(0, 25))
    events = []
    for _ in range(n_ev):
        day = draw(st.integers(0, 40))
        if drawn and draw(st.booleans()):
            events.append(
                (day, -1, draw(st.integers(0, len(drawn) - 1)), draw(st.integers(0, n_act - 1)))
            )
        else:
            events.append((day, draw(st.integers(0, n - 1)), -1, draw(st.integers(0, n_act - 1))))
    events.sort(key=lambda e: e[0])  # stable: "file order within a day"
    radius = draw(st.floats(5.0, 80.0))
    by = draw(st.sampled_from(["day", "week", "month", "total"]))
    return (
        np.array(lon),
        np.array(lat),
        n_act,
        np.array(holders, dtype=np.int32),
        drawn,
        events,
        radius,
        by,
    )


@settings(max_examples=40, deadline=None)
@given(theatres())
def test_ledger_identities(case):
    lon, lat, n_act, holders, drawn, events, radius, by = case
    from geomap.areas import area_km2

    tess = tessellate(AOI_BOX, lon, lat, radius_km=radius, crs=CRS, drawn=drawn)
    area = area_km2(tess.faces, crs=CRS)
    aoi_area = float(area_km2([AOI_BOX], crs=CRS)[0])
    # faces tile the AOI up to the 1 cm noding grid: under 1 cm × perimeter, ~1e-7 of the area
    assert area.sum() == pytest.approx(aoi_area, rel=1e-6)
    assert shapely.coverage_is_valid(tess.faces)
    base = dt.date(2020, 1, 1).toordinal()
    log = replay(
        tess,
        initial_place_holder=holders,
        event_seq=np.arange(len(events)),
        event_day=np.array([base + e[0] for e in events], dtype=np.int64),
        event_place=np.array([e[1] for e in events], dtype=int),
        event_drawn=np.array([e[2] for e in events], dtype=int),
        event_to=np.array([e[3] for e in events], dtype=np.int32),
    )
    start, end = dt.date(2020, 1, 1), dt.date(2020, 2, 15)
    led = period_ledger(
        log,
        area,
        actor_ids=[f"A{i}" for i in range(n_act)],
        actor_names=[f"A{i}" for i in range(n_act)],
        start=start,
        end=end,
        by=by,
    )
    held0 = led.attrs["held_at_start_km2"]
    for actor, grp in led.groupby("actor"):
        # held(end) − held(start) = gained − lost, per actor, cumulatively
        cum = held0[actor] + (grp["gained_km2"] - grp["lost_km2"]).cumsum()
        np.testing.assert_allclose(grp["held_km2"], cum, atol=1e-6)
        assert (grp["gained_km2"] >= 0).all() and (grp["lost_km2"] >= 0).all()
    for _, grp in led.groupby("period_start"):
        # Σ held + unassigned = AOI; Σ gained = Σ lost (unassigned counted as a holder)
        assert grp["held_km2"].sum() == pytest.approx(area.sum(), rel=1e-12)
        assert grp["gained_km2"].sum() == pytest.approx(grp["lost_km2"].sum(), abs=1e-6)
        assigned = grp[grp["actor"] != ""]
        unassigned = grp[grp["actor"] == ""]
        change_unassigned = float((unassigned["gained_km2"] - unassigned["lost_km2"]).sum())
        assert assigned["gained_km2"].sum() == pytest.approx(
            assigned["lost_km2"].sum() - change_unassigned, abs=1e-6
        )
    # the last state from the ledger equals a replay from scratch of the final owners
    final = log.owners_at(None)
    held_final = np.bincount(final + 1, weights=area, minlength=n_act + 1)
    last = led[led["period_start"] == led["period_start"].max()].set_index("actor")["held_km2"]
    assert last[""] == pytest.approx(held_final[0], abs=1e-6)
    for i in range(n_act):
        assert last[f"A{i}"] == pytest.approx(held_final[i + 1], abs=1e-6)


def _names_by_loop(per, old, new, labels):
    """The ledger's place names as they were first written: a walk over the changes."""
    gained: dict = {}
    lost: dict = {}
    for p, o, nw, lab in zip(per, old, new, labels, strict=True):
        if lab:
            for names, key in ((gained, (p, nw)), (lost, (p, o))):
                got = names.setdefault(key, [])
                if lab not in got:
                    got.append(lab)
    return gained, lost


@pytest.mark.parametrize("seed", range(4))
def test_place_name_columns_match_a_walk_over_the_changes(seed):
    from geomap.ledger import _name_columns

    rng = np.random.default_rng(seed)
    n, n_per, n_hold = 300, 7, 4
    per = np.sort(rng.integers(0, n_per, n))
    old, new = rng.integers(0, n_hold, n), rng.integers(0, n_hold, n)
    pool = np.array(["", "Aleppo", "Homs", "Idlib", "Hama", "drawn area (line 3)"], dtype=object)
    labels = pool[rng.integers(0, len(pool), n)]
    rows = np.array([3, 0, 1, 2])  # holder 0 (unassigned) is the last row of a period
    changed, gained, lost = _name_columns(per, old, new, labels, rows, n_per * n_hold)
    want_g, want_l = _names_by_loop(per.tolist(), old.tolist(), new.tolist(), labels.tolist())
    for p in range(n_per):
        for h in range(n_hold):
            row = p * n_hold + rows[h]
            g, lo = want_g.get((p, h), []), want_l.get((p, h), [])
            assert gained[row] == "; ".join(g)
            assert lost[row] == "; ".join(lo)
            assert changed[row] == len(set(g) | set(lo))
