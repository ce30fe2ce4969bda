"""The series as the rest of geomap sees it: ledger, changes, held series, intervals, maps."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from snapshot_fixtures import AOI, FILL_RULE, PATTERN, RED, daily_series, feature, write

from geomap.areas import area_km2
from geomap.errors import InputError
from geomap.ledger import LEDGER_COLUMNS
from geomap.snapshots import load_snapshots
from geomap.snapshots.overlay import change_windows as _change_windows
from geomap.snapshots.overlay import directed_edges as _directed_edges


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    folder = daily_series(tmp_path_factory.mktemp("clean"), with_breakages=False)
    return load_snapshots(folder, pattern=PATTERN, actor_rule=FILL_RULE, aoi=AOI)


@pytest.fixture(scope="module")
def broken(tmp_path_factory):
    folder = daily_series(tmp_path_factory.mktemp("broken"))
    return load_snapshots(folder, pattern=PATTERN, actor_rule=FILL_RULE, on_invalid="warn")


def test_ledger_columns_and_defaults(clean):
    led = clean.ledger()
    assert list(led.columns) == LEDGER_COLUMNS
    assert led["period_start"].iloc[0] == dt.date(2024, 1, 2)  # the first day a change can be seen
    assert led["period_end"].iloc[-1] == dt.date(2024, 1, 12)
    assert list(led["actor"].iloc[:3]) == ["red", "blue", ""]  # unassigned last
    assert led["places_gained"].isna().all()
    assert led.attrs["assumptions"]["by"] == "day"


@pytest.mark.parametrize("by", ["day", "week", "month", "total"])
def test_ledger_identities(broken, by):
    led = broken.ledger(by=by, start="2024-01-01")
    held = broken.held_series([dt.date(2024, 1, 1) + dt.timedelta(days=k) for k in range(12)])
    held = held.set_index(["date", "actor"])["held_km2"]
    for r in led.itertuples():
        before = held[(max(r.period_start - dt.timedelta(days=1), broken.dates[0]), r.actor)]
        assert r.held_km2 - before == pytest.approx(r.gained_km2 - r.lost_km2, abs=1e-4)
        assert r.net_km2 == pytest.approx(r.gained_km2 - r.lost_km2)
        assert r.gained_km2 >= 0 and r.lost_km2 >= 0


def test_week_ledger_cancels_back_and_forth(broken):
    week = broken.ledger(by="total", start="2024-01-09", end="2024-01-10").set_index("actor")
    days = (
        broken.ledger(by="day", start="2024-01-09", end="2024-01-10")
        .groupby("actor")[["gained_km2"]]
        .sum()
    )
    # the spike (in on the 9th, out on the 10th) shows in daily rows, not across both days
    assert days.loc["red", "gained_km2"] > 1500
    assert week.loc["red", "gained_km2"] < 100


def test_one_actor_changes_match_the_ledger(tmp_path):
    for day, width in [(1, 0.5), (2, 0.6), (3, 0.55)]:
        write(
            tmp_path,
            f"snap_2024-01-0{day}.geojson",
            [
                feature(
                    shapely.box(30.0, 50.0, 30.0 + width, 50.5 + (0.1 if day == 3 else 0)), fill=RED
                )
            ],
        )
    series = load_snapshots(
        tmp_path, pattern=PATTERN, actor_rule={"by": "fill", "map": {RED: "red"}}
    )
    ch = series.changes("2024-01-02", "2024-01-03")
    assert set(zip(ch.from_actor, ch.to_actor, strict=True)) == {("", "red"), ("red", "")}
    led = series.ledger(start="2024-01-03", end="2024-01-03").iloc[0]
    got = ch.set_index("to_actor")["area_km2"]
    assert got["red"] == pytest.approx(led.gained_km2) and got[""] == pytest.approx(led.lost_km2)
    lost = ch.set_index("to_actor").geometry[""]
    assert shapely.equals(lost, shapely.box(30.55, 50.0, 30.6, 50.5))
    assert series.changes("2024-01-02", "2024-01-02").empty
    assert len(series.changes(None, "2024-01-02")) == 1  # from the first snapshot


def test_multi_actor_changes_with_unassigned(tmp_path):
    write(
        tmp_path,
        "snap_2024-01-01.geojson",
        [
            feature(shapely.box(30, 50, 30.5, 50.5), fill=RED),
            feature(shapely.box(30.5, 50, 31, 50.5), fill="#0f9d58"),
        ],
    )
    write(
        tmp_path,
        "snap_2024-01-02.geojson",
        [
            feature(shapely.box(30, 50, 30.6, 50.5), fill=RED),
            feature(shapely.box(30.6, 50, 31.2, 50.5), fill="#0f9d58"),
        ],
    )
    series = load_snapshots(tmp_path, pattern=PATTERN, actor_rule=FILL_RULE, aoi=AOI)
    ch = series.changes("2024-01-01", "2024-01-02").set_index(["from_actor", "to_actor"])[
        "area_km2"
    ]
    assert set(ch.index) == {("blue", "red"), ("", "blue")}
    assert ch[("blue", "red")] == pytest.approx(area_km2(shapely.box(30.5, 50, 30.6, 50.5)))
    assert ch[("", "blue")] == pytest.approx(area_km2(shapely.box(31, 50, 31.2, 50.5)))
    led = series.ledger(start="2024-01-02").set_index("actor")
    # sum of gains = sum of losses (+ change in unassigned, included as actor "")
    assert led["gained_km2"].sum() == pytest.approx(led["lost_km2"].sum(), abs=1e-6)
    held = series.held_series()
    totals = held.groupby("date")["held_km2"].sum()
    np.testing.assert_allclose(totals.to_numpy(), area_km2(shapely.box(*AOI)), rtol=1e-9)


def test_state_between_snapshots_and_before_the_first(broken):
    # 2024-01-06 is missing: its state is 01-05's
    assert broken.control("2024-01-06").equals(broken.control("2024-01-05"))
    led = broken.ledger(start="2024-01-06", end="2024-01-07").set_index(["period_start", "actor"])
    assert led.loc[(dt.date(2024, 1, 6), "red"), "gained_km2"] == 0
    assert led.loc[(dt.date(2024, 1, 7), "red"), "gained_km2"] > 30  # two days of growth at once
    with pytest.raises(InputError, match="before the first snapshot"):
        broken.control("2023-12-31")


def test_held_series_and_intervals(clean):
    held = clean.held_series()
    assert list(held.columns) == ["date", "actor", "held_km2"]
    assert len(held) == 12 * 3
    iv = clean.intervals()
    blue = iv[iv.actor == "blue"]
    assert len(blue) == 1 and pd.isna(blue.valid_to.iloc[0])  # blue never changes
    red = iv[iv.actor == "red"]
    assert len(red) == 12
    assert (red.valid_to.iloc[:-1].to_numpy() == red.valid_from.iloc[1:].to_numpy()).all()
    assert set(iv.columns) >= {"actor", "geometry", "area_km2", "valid_from", "valid_to"}


def test_map_dates(broken):
    assert broken.map_dates("event") == broken.dates
    assert len(broken.map_dates("day")) == 12
    assert broken.map_dates("week", start="2024-01-01", end="2024-01-12") == [
        dt.date(2024, 1, 7),
        dt.date(2024, 1, 12),
    ]
    assert broken.events_between(None, "2024-01-12").empty


def test_series_is_a_map_source_and_renders(clean, tmp_path):
    from geomap.render import MapSource

    assert isinstance(clean, MapSource)
    pages = clean.write_maps(tmp_path / "maps", start="2024-01-08", end="2024-01-10")
    names = [p.name for p in pages]
    assert names[:3] == ["2024-01-08.html", "2024-01-09.html", "2024-01-10.html"]
    assert "index.html" in names and "timeline.html" in names
    html = (tmp_path / "maps" / "2024-01-09.html").read_text(encoding="utf-8")
    assert "Unassigned" in html and "red" in html


def test_unknown_actor_suggests(clean):
    with pytest.raises(InputError, match="did you mean 'red'"):
        clean.gained_lost("2024-01-01", "2024-01-02", "redd")


# --------------------------------------------------------------------------- windows
def test_change_windows_cover_the_whole_difference():
    # a long strip with a vertex every degree: only its east end moves
    strip = [(x, 0.0) for x in range(11)] + [(x, 1.0) for x in range(10, -1, -1)]
    moved = [(10.5 if x == 10 else x, y) for x, y in strip]
    a = shapely.union_all([shapely.Polygon(strip), shapely.box(20, 0, 21, 1)])
    b = shapely.union_all([shapely.Polygon(moved), shapely.box(20, 0, 21, 1.5)])
    win = _change_windows(_directed_edges(a), _directed_edges(b))
    assert len(win) == 2  # one window per place that changed
    assert (win[:, 2] - win[:, 0]).max() < 2  # each small: the strip's west end is not overlaid
    boxes = shapely.box(win[:, 0], win[:, 1], win[:, 2], win[:, 3])
    assert shapely.union_all(boxes).contains(shapely.symmetric_difference(a, b))


def test_change_windows_of_identical_geometries_are_empty():
    a = shapely.box(0, 0, 1, 1)
    b = shapely.Polygon(
        list(a.exterior.coords)[1:] + [list(a.exterior.coords)[1]]
    )  # start vertex rotated
    assert len(_change_windows(_directed_edges(a), _directed_edges(b))) == 0


_box = st.tuples(
    st.floats(30.0, 30.9, allow_nan=False),
    st.floats(50.0, 50.9, allow_nan=False),
    st.floats(0.01, 0.3, allow_nan=False),
    st.floats(0.01, 0.3, allow_nan=False),
).map(lambda t: shapely.box(t[0], t[1], t[0] + t[2], t[1] + t[3]))


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.lists(_box, min_size=1, max_size=4), min_size=2, max_size=4))
def test_windowed_ledger_equals_full_overlay(tmp_path_factory, days):
    folder = tmp_path_factory.mktemp("hyp")
    for n, boxes in enumerate(days, 1):
        write(folder, f"snap_2024-01-{n:02d}.geojson", [feature(b, fill=RED) for b in boxes])
    series = load_snapshots(folder, pattern=PATTERN, actor_rule={"by": "fill", "map": {RED: "red"}})
    led = series.ledger(start="2024-01-02")
    geoms = series._geoms[:, 0]
    want_gain = area_km2(shapely.difference(geoms[1:], geoms[:-1]))
    want_loss = area_km2(shapely.difference(geoms[:-1], geoms[1:]))
    # Pieces cut at window edges are densified at other points than the full
    # overlay's: the same lon/lat-straight edges, measured to ~1e-7 relative.
    np.testing.assert_allclose(led["gained_km2"], want_gain, rtol=1e-6, atol=1e-4)
    np.testing.assert_allclose(led["lost_km2"], want_loss, rtol=1e-6, atol=1e-4)
    held = series._held[:, 0]
    np.testing.assert_allclose(
        np.diff(held), led["gained_km2"] - led["lost_km2"], rtol=1e-6, atol=1e-4
    )


def _windows_edge_by_edge(ea, eb, pad=1e-7):
    """change_windows as one box per unshared edge, merged until none touch (the reference)."""
    from geomap.snapshots.overlay import components, found_in

    ch = np.vstack([ea[~found_in(ea, eb)], eb[~found_in(eb, ea)]])
    boxes = np.column_stack(
        [np.minimum(ch[:, :2], ch[:, 2:]) - pad, np.maximum(ch[:, :2], ch[:, 2:]) + pad]
    )
    while len(boxes):
        geo = shapely.box(boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3])
        left, right = shapely.STRtree(geo).query(geo, predicate="intersects")
        _u, inv = np.unique(components(len(boxes), left, right), return_inverse=True)
        if inv.max() + 1 == len(boxes):
            break
        merged = np.column_stack(
            [np.full((inv.max() + 1, 2), np.inf), np.full((inv.max() + 1, 2), -np.inf)]
        )
        for k in range(2):
            np.minimum.at(merged[:, k], inv, boxes[:, k])
            np.maximum.at(merged[:, k + 2], inv, boxes[:, k + 2])
        boxes = merged
    return boxes


@settings(max_examples=30, deadline=None)
@given(st.lists(_box, min_size=1, max_size=5), st.lists(_box, min_size=1, max_size=5))
def test_chained_windows_equal_edge_by_edge_windows(a_boxes, b_boxes):
    a = shapely.union_all(a_boxes).simplify(0)
    b = shapely.union_all([*a_boxes[:-1], *b_boxes])
    ea, eb = _directed_edges(a), _directed_edges(b)
    got = _change_windows(ea, eb)
    want = _windows_edge_by_edge(ea, eb)
    key = lambda w: sorted(map(tuple, np.round(w, 12)))  # noqa: E731
    assert key(got) == key(want)


@pytest.mark.parametrize("n", [1, 7, 60, 300])
def test_touching_boxes_are_the_tree_query(n):
    """The boxes merged into change windows: all pairs compared at once (few boxes) or
    through the STRtree (many) find the pairs an STRtree ``intersects`` query finds,
    boxes meeting at an edge or only at a corner included."""
    from geomap.snapshots.overlay import _touching_boxes

    rng = np.random.default_rng(n)
    lo = rng.integers(0, 12, size=(n, 2)).astype(float)  # on a grid: many shared edges, corners
    boxes = np.hstack([lo, lo + rng.integers(1, 3, size=(n, 2))])
    geo = shapely.box(boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3])
    want = set(zip(*shapely.STRtree(geo).query(geo, predicate="intersects"), strict=True))
    got = set(zip(*_touching_boxes(boxes), strict=True))
    assert got == {(int(i), int(j)) for i, j in want}


def test_measure_by_keys_equals_measure_by_wkb():
    """``measure`` told which geometries are the same (``keys``) gives, bit for bit, what
    it gives finding them by WKB; entries sharing a key are measured once."""
    from geomap.crs import equal_area_crs
    from geomap.snapshots._geom import EMPTY, measure

    a, b = shapely.box(30.0, 45.0, 31.0, 46.0), shapely.box(30.5, 45.5, 32.0, 47.0).buffer(0.1)
    twin = shapely.from_wkb(shapely.to_wkb(b))  # the same geometry, another object
    geoms = np.array([a, b, EMPTY, a, twin, b, EMPTY], dtype=object)
    crs = equal_area_crs(shapely.union_all(geoms))
    want = measure(geoms, crs)
    got = measure(geoms, crs, keys=[id(g) for g in geoms])
    np.testing.assert_array_equal(got, want)
    assert got[0] == got[3] == area_km2(a, crs=crs) and got[2] == 0.0


def _wobbly(rng, n=200):
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    r = 1 + 0.005 * rng.standard_normal(n)
    xy = np.column_stack([31 + r * np.cos(t), 49 + 0.7 * r * np.sin(t)])
    return xy


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_rectangle_clipped_pieces_equal_the_overlay(seed):
    """pieces(by_rect=True), the ledger's: the same gained and lost areas as the overlay's."""
    from geomap.snapshots.overlay import pieces

    rng = np.random.default_rng(seed)
    xy = _wobbly(rng)
    moved = xy.copy()
    for i in rng.choice(len(xy), size=12, replace=False):
        moved[i] = (31, 49) + (xy[i] - (31, 49)) * (1 + 0.03 * rng.uniform(-1, 1))
    hole = [(31.2, 49.0), (31.2, 49.2), (31.4, 49.2), (31.4, 49.0)]
    a = np.array([shapely.Polygon(xy, [hole]), shapely.Polygon(xy)], dtype=object)
    b = np.array([shapely.Polygon(moved), shapely.Polygon(moved, [hole])], dtype=object)
    assert shapely.is_valid(np.concatenate([a, b])).all()
    windows = [
        _change_windows(_directed_edges(x), _directed_edges(y)) for x, y in zip(a, b, strict=True)
    ]
    want = pieces(a, b, windows)
    got = pieces(a, b, windows, by_rect=True)
    assert len(got[0]) == len(want[0]) > 10
    np.testing.assert_array_equal(got[2], want[2])
    for g, w in zip(got[:2], want[:2], strict=True):
        np.testing.assert_allclose(area_km2(g), area_km2(w), rtol=1e-12, atol=1e-12)


def test_an_invalid_rectangle_clip_is_overlaid_instead(monkeypatch):
    """The rectangle clip does not promise a valid result: where it is not valid, the
    window is overlaid as before."""
    from geomap.snapshots import overlay

    a = np.array([shapely.box(0, 0, 2, 2)], dtype=object)
    b = np.array([shapely.box(0, 0, 3, 2)], dtype=object)
    windows = [np.array([[1.5, -1.0, 4.0, 3.0]])]
    bowtie = shapely.Polygon([(0, 0), (1, 1), (1, 0), (0, 1)])
    monkeypatch.setattr(overlay.shapely, "clip_by_rect", lambda g, *box: bowtie)
    gained, lost, _owner = overlay.pieces(a, b, windows, by_rect=True)
    assert gained[0].equals(shapely.box(2, 0, 3, 2))
    assert lost[0].is_empty


@pytest.mark.parametrize(
    ("start", "end", "lo", "hi", "clipped"),
    [
        ("2023-12-01", "2023-12-31", None, None, None),  # before the first snapshot
        ("2023-12-20", "2024-01-03", "2024-01-01", "2024-01-03", True),  # straddling the start
        ("2024-01-02", "2024-01-04", "2024-01-02", "2024-01-04", False),  # inside
        ("2024-01-12", "2024-01-12", "2024-01-12", "2024-01-12", False),  # one day, the last
        ("2024-01-10", "2024-02-01", "2024-01-10", "2024-01-12", True),  # straddling the end
        ("2024-01-13", "2024-01-13", None, None, None),  # one day after the last snapshot
    ],
)
def test_a_range_outside_the_snapshots(clean, start, end, lo, hi, clipped):
    if lo is None:
        with pytest.raises(InputError, match="the data (starts|ends) on 2024-01-(01|12)"):
            clean.ledger(by="total", start=start, end=end)
        with pytest.raises(InputError, match="the days the theatre's data covers"):
            clean.diff(start, end)
        return
    for frame in (clean.ledger(by="total", start=start, end=end), clean.diff(start, end)):
        notes = frame.attrs["assumptions"]
        assert (notes["from"], notes["to"]) == (lo, hi)
        assert notes["data covers"] == (
            "2024-01-01 (the first snapshot) to 2024-01-12 (the last snapshot)"
        )
        assert ("range clipped" in notes) is clipped
