"""Clipping to the area of interest with work carried over from file to file, and
unassigned land measured without overlaying the whole outline: the same figures
as direct overlays."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
import shapely
from snapshot_fixtures import BLUE, FILL_RULE, PATTERN, RED, bow_tie, feature, write

from geomap.areas import area_km2
from geomap.snapshots import load_snapshots
from geomap.snapshots.clip import AoiClipper, _edge_boxes_inside, _part_wkbs, spliced
from geomap.snapshots.overlay import EdgeSet, found_in
from geomap.snapshots.rings import polygon_rings

# a jagged AOI outline, so clips cut real edges
AOI = shapely.Polygon(
    [
        (29.0, 49.0),
        (32.0, 49.0),
        (32.2, 49.6),
        (31.9, 50.2),
        (32.3, 50.8),
        (32.0, 52.0),
        (29.0, 52.0),
    ]
)
D0 = dt.date(2024, 1, 1)


def _red(west: float, east: float, hole: bool = True) -> shapely.Geometry:
    """Red's ground: the west edge is a front inside the AOI, the east edge runs past the outline."""
    holes = [shapely.box(31.5, 50.3, 31.6, 50.4).exterior.coords[::-1]] if hole else []
    shell = [
        *[(west, 49.8), (31.3, 49.8), (east, 49.8)],  # the front's edges end at 31.3°E
        *[(east, 50.9), (31.3, 50.9), (west + 0.05, 50.9), (west - 0.03, 50.3)],
    ]
    return shapely.Polygon(shell, holes)


# day: (red ground as published, what changes and so which path the clipper takes)
DAYS = [
    _red(31.0, 32.6),  # first file: cut
    _red(30.9, 32.6),  # the front moves inside the AOI: the part outside is carried over
    _red(30.9, 32.6, hole=False),  # a hole fills inside the AOI: carried over
    _red(30.9, 32.8),  # the ground past the outline grows: cut again
    _red(30.9, 32.8),  # unchanged: the previous file's cut
]


def _series(tmp_path, days, rule=FILL_RULE, aoi=AOI):
    for n, ground in enumerate(days):
        day = D0 + dt.timedelta(days=n)
        parts = [ground, shapely.box(29.5, 51.5, 29.7, 51.7), shapely.box(33.5, 50.0, 33.7, 50.2)]
        write(tmp_path, f"snap_{day}.geojson", [feature(shapely.MultiPolygon(parts), fill=RED)])
    return load_snapshots(tmp_path, pattern=PATTERN, actor_rule=rule, aoi=aoi)


def _spy(monkeypatch) -> list[bool]:
    """Whether each call of ``AoiClipper._same_outside`` carried the previous part over."""
    carried: list[bool] = []
    same_outside = AoiClipper._same_outside

    def spy(self, edges, bounds):
        out = same_outside(self, edges, bounds)
        carried.append(out is not None)
        return out

    monkeypatch.setattr(AoiClipper, "_same_outside", spy)
    return carried


def _check_against_overlays(series, days, aoi) -> None:
    """Every date's ground, held km² and flags equal direct overlays with the AOI."""
    clipped = {f.date: f for f in series.flags if f.kind == "clipped"}
    strays = {f.date: f for f in series.flags if f.kind == "stray-polygon"}
    assert len(clipped) == len(strays) == len(days)
    for n, ground in enumerate(days):
        day = D0 + dt.timedelta(days=n)
        raw = shapely.MultiPolygon([ground, shapely.box(29.5, 51.5, 29.7, 51.7)])
        want = shapely.intersection(raw, aoi)
        got = series.territory(day)["red"]
        assert shapely.equals(got, want), day
        held = series.held_series([day])["held_km2"][0]
        assert held == pytest.approx(area_km2(want), rel=1e-9)
        outside = shapely.difference(ground, aoi)
        assert clipped[day].km2 == pytest.approx(area_km2(outside), rel=1e-9)
        assert shapely.intersects(shapely.Point(clipped[day].location), outside.buffer(1e-5))
        assert strays[day].km2 == pytest.approx(area_km2(shapely.box(33.5, 50.0, 33.7, 50.2)))


# a hole far from red: the AOI's complement is two pieces, the clipper checks change windows
HOLED = shapely.Polygon(AOI.exterior.coords, [shapely.box(29.2, 49.2, 29.3, 49.3).exterior.coords])


@pytest.mark.parametrize("aoi", [AOI, HOLED], ids=["outline", "outline-with-hole"])
def test_clipped_grounds_and_flags_equal_direct_overlays(tmp_path, monkeypatch, aoi):
    carried = _spy(monkeypatch)
    series = _series(tmp_path, DAYS, aoi=aoi)
    assert carried == [False, True, True, False]  # day 5 is the previous file's cut: no call
    _check_against_overlays(series, DAYS, aoi)


def test_ground_that_comes_to_enclose_a_hole_of_the_aoi_is_cut_again(tmp_path, monkeypatch):
    """Every changed edge lies inside the AOI, but the new ground covers a hole of it."""
    hole = shapely.box(30.4, 50.4, 30.5, 50.5)
    aoi = shapely.Polygon(AOI.exterior.coords, [hole.exterior.coords])
    days = [DAYS[1], shapely.union(DAYS[1], shapely.box(30.3, 50.3, 30.95, 50.6))]
    carried = _spy(monkeypatch)
    series = _series(tmp_path, days, aoi=aoi)
    assert carried == [False, False]
    _check_against_overlays(series, days, aoi)


def test_unassigned_land_is_the_aoi_minus_the_union(tmp_path):
    """Two actors, overlapping: unassigned km², polygons and ledger equal direct overlays."""
    blue = [shapely.box(30.5, 49.2, 31.5, 50.0), shapely.box(30.5, 49.2, 31.2, 50.1)]
    for n, ground in enumerate(DAYS[:4]):
        day = D0 + dt.timedelta(days=n)
        feats = [feature(ground, fill=RED), feature(blue[n % 2], fill=BLUE)]
        write(tmp_path, f"snap_{day}.geojson", feats)
    series = load_snapshots(tmp_path, pattern=PATTERN, actor_rule=FILL_RULE, aoi=AOI)
    led = series.ledger(by="day", start=D0 + dt.timedelta(days=1))
    rest = led[led["actor"] == ""].reset_index(drop=True)
    unions = [shapely.union_all(list(series.territory(d).values())[:2]) for d in series.dates]
    for n, day in enumerate(series.dates):
        want = shapely.difference(AOI, unions[n])
        row = series.control(day).set_index("actor").loc[""]
        assert shapely.equals(row["geometry"], want)
        assert row["area_km2"] == pytest.approx(area_km2(want), rel=1e-9)
    gained = area_km2(shapely.difference(unions[:-1], unions[1:]))
    lost = area_km2(shapely.difference(unions[1:], unions[:-1]))
    np.testing.assert_allclose(rest["gained_km2"], gained, rtol=1e-6, atol=1e-6)
    np.testing.assert_allclose(rest["lost_km2"], lost, rtol=1e-6, atol=1e-6)
    g, lo = series.gained_lost(series.dates[0], series.dates[1], "")
    assert area_km2(g) == pytest.approx(gained[0], rel=1e-6)
    assert area_km2(lo) == pytest.approx(lost[0], rel=1e-6)
    # actors + unassigned = the AOI, every date
    held = series.held_series().pivot(index="date", columns="actor", values="held_km2")
    union_km2 = area_km2(np.asarray(unions, dtype=object))
    np.testing.assert_allclose(held[""] + union_km2, area_km2(AOI), rtol=1e-10)


def test_one_actor_unassigned_ledger_mirrors_the_actor(tmp_path):
    series = _series(tmp_path, DAYS, rule={"by": "fill", "map": {RED: "red"}})
    led = series.ledger(by="day")
    red = led[led["actor"] == "red"].reset_index(drop=True)
    rest = led[led["actor"] == ""].reset_index(drop=True)
    assert (rest["gained_km2"] == red["lost_km2"]).all()
    assert (rest["lost_km2"] == red["gained_km2"]).all()
    assert red["gained_km2"].sum() > 0 and red["lost_km2"].sum() > 0
    np.testing.assert_allclose(rest["held_km2"] + red["held_km2"], area_km2(AOI), rtol=1e-12)


@pytest.mark.parametrize("as_sets", [(False, False), (True, True), (True, False), (False, True)])
@pytest.mark.parametrize("collide", [False, True], ids=["hash", "collisions"])
def test_edge_lookup_is_a_set_lookup(monkeypatch, collide, as_sets):
    """``found_in`` answers as Python sets of the rows' bytes do, hash collisions included,
    given arrays or :class:`EdgeSet` (hashed once, looked up many times) on either side."""
    if collide:
        import geomap.snapshots.overlay as overlay

        monkeypatch.setattr(overlay, "_row_hash", lambda e: np.zeros(len(e), dtype=np.uint64))
    rng = np.random.default_rng(3)
    ea = rng.random((200, 4))
    eb = ea[::-1].copy()
    eb[:50] += 1.0  # 50 rows of eb not in ea, 50 rows of ea not in eb
    ea[10] = [-0.0, 0.0, 1.0, 1.0]  # -0.0 is not 0.0 byte for byte
    eb[199] = [0.0, 0.0, 1.0, 1.0]
    for a, b in ((ea, eb), (eb, ea), (ea, eb[:0]), (ea[:0], eb)):
        keys = set(b.view("V32").ravel().tolist())
        want = np.array([x in keys for x in a.view("V32").ravel().tolist()], dtype=bool)
        sa = EdgeSet(a) if as_sets[0] else a
        sb = EdgeSet(b) if as_sets[1] else b
        np.testing.assert_array_equal(found_in(sa, sb), want)
        np.testing.assert_array_equal(found_in(sa, sb), want)  # again, from the kept hashes


def test_a_front_moving_inside_the_aoi_is_spliced_not_overlaid(tmp_path, monkeypatch):
    """The clip of a polygon whose front moved inside the AOI is the previous clip with
    the front's run of vertices replaced; a filled hole (a ring fewer) is overlaid."""
    from geomap.snapshots import clip

    results: list[bool] = []
    original = clip._splice

    def spy(*args, **kwargs):
        out = original(*args, **kwargs)
        results.append(out is not None)
        return out

    monkeypatch.setattr(clip, "_splice", spy)
    series = _series(tmp_path, DAYS)
    assert results == [True]  # day 2: spliced; day 3: the hole went (a ring fewer), overlaid
    _check_against_overlays(series, DAYS, AOI)


def test_splice_declines_what_it_cannot_prove():
    old, new = _red(31.0, 32.6), _red(30.9, 32.6)
    kept = list(shapely.get_parts(shapely.intersection(old, AOI)))
    outside = shapely.difference(old, AOI)
    got = spliced(old, new, kept, outside)
    assert got is not None
    assert shapely.equals(shapely.union_all(got), shapely.intersection(new, AOI))
    # the run is not in the clip given
    other = list(shapely.get_parts(shapely.intersection(shapely.box(29.1, 49.1, 29.5, 49.5), AOI)))
    assert spliced(old, new, other, outside) is None
    # the area check: a part outside that is not the polygon's
    assert spliced(old, new, kept, shapely.box(33, 50, 33.1, 50.1)) is None
    # a ring fewer
    assert spliced(old, _red(30.9, 32.6, hole=False), kept, outside) is None


@pytest.mark.parametrize(
    "polygon",
    [
        _red(31.0, 32.6),
        _red(31.0, 32.6, hole=False),
        # a hole touching the shell at a vertex (valid), and a second hole
        shapely.Polygon(
            [(0, 0), (4, 0), (4, 4), (0, 4)],
            [[(0, 0), (1, 2), (2, 1)], [(3, 3), (3.5, 3), (3.5, 3.5)]],
        ),
    ],
    ids=["hole", "no-hole", "touching-hole"],
)
def test_rings_of_equals_get_rings(polygon):
    assert polygon.is_valid
    want = [shapely.get_coordinates(r) for r in shapely.get_rings(polygon)]
    got = polygon_rings(polygon)
    assert len(got) == len(want)
    for a, b in zip(got, want, strict=True):
        np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize("poke", [None, 5, 40, 63], ids=["inside", "edge-5", "edge-40", "last"])
def test_edge_boxes_inside_checks_every_edge(poke):
    aoi = shapely.box(0, 0, 10, 10)
    shapely.prepare(aoi)
    run = np.column_stack([np.linspace(1, 9, 65), np.full(65, 5.0)])
    if poke is not None:
        run[poke, 1] = 10.5  # the two edges at this vertex leave the AOI
    assert _edge_boxes_inside(aoi, [(run, run[::-1].copy())]) is (poke is None)


def test_grounds_keep_the_wkb_of_their_feature(tmp_path):
    """A ground made of one feature carries that feature's WKB into the series (not encoded
    again); every key is the ground's own WKB, and its held km² area_km2's."""
    series = _series(tmp_path, DAYS)
    n_act = len(series.actor_ids)
    for i, row in enumerate(series._geoms):
        for k in range(n_act):
            assert series._wkb[i][k] == shapely.to_wkb(row[k])
    np.testing.assert_allclose(
        series._held[:, :n_act], area_km2(series._geoms[:, :n_act], crs=series.crs), rtol=1e-12
    )


def test_daily_windows_from_the_held_areas_give_the_edges_ledger(tmp_path):
    """Consecutive dates are overlaid in the boxes found while measuring the held areas;
    the daily ledger equals the one from windows of the edges found in one ground only."""
    series = _series(tmp_path, DAYS)
    assert series._change_boxes  # boxes were found for consecutive dates
    led = series.ledger(by="day")
    again = _series(tmp_path / "again", DAYS)
    again._change_boxes.clear()
    want = again.ledger(by="day")
    for col in ("gained_km2", "lost_km2", "held_km2"):
        np.testing.assert_allclose(led[col], want[col], rtol=1e-12, atol=1e-12)
    assert (led["gained_km2"] > 0).any() and (led["lost_km2"] > 0).any()


_HOLED = shapely.Polygon(
    [(30, 50), (32, 50), (32, 52), (30, 52)], [[(30.5, 50.5), (30.5, 51), (31, 51), (31, 50.5)]]
)
_SQUARE = shapely.box(33, 50, 34, 51)


@pytest.mark.parametrize(
    "geom, byte_order",
    [
        (shapely.MultiPolygon([_HOLED, _SQUARE]), -1),
        (shapely.MultiPolygon([_SQUARE]), -1),
        (_HOLED, -1),
        (shapely.MultiPolygon([_HOLED, _SQUARE]), 0),  # big-endian: encoded again
        (shapely.force_3d(shapely.MultiPolygon([_HOLED, _SQUARE])), -1),  # 3-D: encoded again
    ],
    ids=["multi", "multi-one", "polygon", "big-endian", "3d"],
)
def test_part_wkbs_are_each_parts_wkb(geom, byte_order):
    parts = shapely.get_parts(geom)
    got = _part_wkbs(geom, shapely.to_wkb(geom, byte_order=byte_order), parts)
    assert list(got) == shapely.to_wkb(parts).tolist()


@pytest.mark.parametrize("on_invalid", ["warn", "fix"])
def test_what_repeats_from_file_to_file_is_reported_on_every_day(tmp_path, on_invalid):
    """Work carried from one file to the next (validity by WKB, cuts, stray polygons, one
    measure per object) reports as before: an invalid feature repeated on two days, the
    same bytes under another actor, and a stray polygon repeated are reported on each day,
    with the same km² each time; a feature unchanged for two days then moved is cut anew."""
    bad = bow_tie(30.5, 50.5)
    stray = shapely.box(35.0, 50.0, 35.2, 50.2)  # wholly outside the AOI

    def crossing(x1):  # crosses the AOI's east edge (x = 32)
        return shapely.box(31.5, 50.0, x1, 50.5)

    days = [
        [feature(bad, fill=RED), feature(crossing(32.5), fill=RED)],
        [feature(bad, fill=RED), feature(bad, fill=BLUE), feature(crossing(32.5), fill=RED)],
        [feature(shapely.MultiPolygon([crossing(32.6), stray]), fill=RED)],
        [feature(shapely.MultiPolygon([crossing(32.6), stray]), fill=RED)],
        [feature(shapely.MultiPolygon([crossing(32.7), stray]), fill=RED)],
    ]
    for n, feats in enumerate(days, 1):
        write(tmp_path, f"snap_2024-01-{n:02d}.geojson", feats)
    series = load_snapshots(
        tmp_path,
        pattern=PATTERN,
        actor_rule=FILL_RULE,
        aoi=(29.0, 49.0, 32.0, 52.0),
        on_invalid=on_invalid,
    )
    invalid = [f for f in series.flags if f.kind == "invalid-ring"]
    assert [(f.date.day, f.actor) for f in invalid] == [(1, "red"), (2, "red"), (2, "blue")]
    assert len({round(f.km2, 9) for f in invalid}) == 1 and invalid[0].km2 > 0
    reported = [p for p in series.problems if "invalid" in p.message]
    assert sorted(p.file.rsplit("_", 1)[-1] for p in reported) == [
        "2024-01-01.geojson",
        "2024-01-02.geojson",
        "2024-01-02.geojson",
    ]
    strays = [f for f in series.flags if f.kind == "stray-polygon"]
    assert [f.date.day for f in strays] == [3, 4, 5]
    assert strays[0].km2 == strays[1].km2 == strays[2].km2 > 0
    assert strays[0].location == strays[2].location
    clipped = [f for f in series.flags if f.kind == "clipped"]
    assert [f.date.day for f in clipped] == [1, 2, 3, 4, 5]
    want = area_km2(
        shapely.box(32.0, 50.0, np.array([32.5, 32.5, 32.6, 32.6, 32.7]), 50.5), crs=series.crs
    )
    np.testing.assert_allclose([f.km2 for f in clipped], want, rtol=1e-9)
    red = series._geoms[:, series._col("red")]
    for g in red[2:]:
        assert g.equals(shapely.box(31.5, 50.0, 32.0, 50.5))
