"""Held areas measured from the ground before (geomap.snapshots.held) equal area_km2's."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from geomap.areas import area_km2
from geomap.crs import equal_area_crs
from geomap.snapshots import held as held_mod
from geomap.snapshots.held import held_km2


def _ring(n: int, cx: float, cy: float, r: float, rng, jitter: float = 0.0) -> np.ndarray:
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    rad = r * (1 + jitter * rng.standard_normal(n))
    xy = np.column_stack([cx + rad * np.cos(t), cy + 0.7 * rad * np.sin(t)])
    return np.vstack([xy, xy[:1]])


def _moved(ring: np.ndarray, rng, k: int, step: float) -> np.ndarray:
    """The ring with ``k`` vertices moved outward or inward (a front gaining here, losing
    there), one vertex inserted and one dropped: the rest byte for byte the same."""
    xy = ring[:-1].copy()
    c = xy.mean(axis=0)
    for i in rng.choice(len(xy), size=k, replace=False):
        xy[i] = c + (xy[i] - c) * (1 + step * rng.uniform(-1, 1))
    i = int(rng.integers(1, len(xy) - 1))
    xy = np.insert(xy, i, (xy[i - 1] + xy[i]) / 2 + 1e-3, axis=0)
    xy = np.delete(xy, int(rng.integers(1, len(xy) - 1)), axis=0)
    return np.vstack([xy, xy[:1]])


def _series(seed: int, days: int = 12) -> list:
    """A holder's ground per day: a big polygon with a hole and small islands; its front
    and the hole's edge move every day; on some days an island appears or goes, the hole fills, the ground
    repeats (the same object), turns over, or is empty."""
    rng = np.random.default_rng(seed)
    shell = _ring(400, 35.0, 48.0, 2.0, rng, 0.02)
    hole = _ring(30, 35.5, 48.2, 0.2, rng)[::-1]
    islands = [shapely.Polygon(_ring(12, 31.0 + i, 45.0, 0.1, rng)) for i in range(3)]
    out = []
    for day in range(days):
        if day:
            shell = _moved(shell, rng, 20, 0.01)
            hole = _moved(hole, rng, 3, 0.05)
        parts = [shapely.Polygon(shell, [hole] if day < 8 else None)]  # the hole fills on day 8
        parts += islands[: 1 + day % 3]  # islands come and go
        ground = shapely.MultiPolygon(parts)
        assert ground.is_valid
        out.append(ground)
        if day == 4:
            out.append(ground)  # the same object again
        if day == 6:
            out.append(shapely.Polygon(shell[::-1]))  # turned over, one part
        if day == 9:
            out.append(shapely.Polygon())  # no ground
    return out


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("every", [32, 3, 1])
def test_held_equals_area_km2(seed, every):
    grounds = np.empty(len(_series(seed)), dtype=object)
    grounds[:] = _series(seed)
    crs = equal_area_crs(shapely.box(30, 44, 38, 51))
    want = area_km2(grounds, crs=crs)
    got = held_km2(grounds, crs, every=every)
    np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-9)


def test_a_moving_front_is_measured_from_the_day_before(monkeypatch):
    """Only the first ground is measured whole; later days add small loops (a front both
    gaining and losing: loops that cross themselves), whole islands and a repeat."""
    grounds = np.empty(len(_series(5, days=8)), dtype=object)
    grounds[:] = _series(5, days=8)
    grounds = grounds[[i for i, g in enumerate(grounds) if g.geom_type == "MultiPolygon"]]
    seen = {}
    original = held_mod._resolve

    def spy(geoms, crs, whole, steps):
        seen["whole"] = list(whole)
        seen["loops"] = sum(len(t.loops) for _b, t in steps.values())
        return original(geoms, crs, whole, steps)

    monkeypatch.setattr(held_mod, "_resolve", spy)
    crs = equal_area_crs(shapely.box(30, 44, 38, 51))
    got = held_km2(grounds, crs)
    assert seen["whole"] == [0]
    assert seen["loops"] >= 7 * 10
    np.testing.assert_allclose(got, area_km2(grounds, crs=crs), rtol=1e-12)


def test_split_loops_sum_to_the_runs_difference():
    """However the runs are split, the loops' signed areas add up to S(R) - S(R')."""
    rng = np.random.default_rng(7)
    a = _ring(200, 0.0, 0.0, 1.0, rng)
    b = _moved(a, rng, 15, 0.05)
    from geomap.snapshots.rings import changed_ring_run

    run_a, run_b = changed_ring_run(a, b)

    def s(xy):  # planar shoelace of a closed ring
        return 0.5 * np.sum(xy[:-1, 0] * xy[1:, 1] - xy[1:, 0] * xy[:-1, 1])

    loops = held_mod._split_loops(run_a, run_b)
    assert len(loops) > 1
    assert sum(len(loop) for loop in loops) < len(run_a) + len(run_b)
    np.testing.assert_allclose(sum(s(loop) for loop in loops), s(a) - s(b), rtol=1e-9)


def test_near_a_pole_every_ground_is_measured_whole(monkeypatch):
    """Loops whose squares would reach past 85° are not measured that way: every ground is
    measured whole, as area_km2 does."""
    rng = np.random.default_rng(11)
    shell = _ring(200, 20.0, 84.6, 1.2, rng, 0.02)  # up to 85.4°
    grounds = np.empty(4, dtype=object)
    for day in range(4):
        grounds[day] = shapely.Polygon(shell)
        shell = _moved(shell, rng, 10, 0.02)
    crs = equal_area_crs(shapely.box(15, 80, 25, 86))
    whole = []
    original = held_mod.area_km2
    monkeypatch.setattr(
        held_mod, "area_km2", lambda g, crs: whole.append(len(g)) or original(g, crs=crs)
    )
    got = held_km2(grounds, crs)
    assert whole == [4]  # one call, the four grounds whole
    np.testing.assert_allclose(got, area_km2(grounds, crs=crs), rtol=1e-12)


@pytest.mark.parametrize("rotate", [0, 1, 2])
def test_a_change_beside_the_first_vertex_still_splits_into_small_loops(rotate):
    """When the ring changes on both sides of the vertex its run starts from, the run is the
    whole ring, starting and ending at that vertex: it is still split where the rings
    share vertices (not one loop around the whole ground), and the loops add up."""
    rng = np.random.default_rng(3)
    a = _ring(300, 35.0, 48.0, 1.0, rng)
    b = a.copy()
    b[1] = a[0] + (a[1] - a[0]) * 1.001 + 1e-3  # the vertex after the first one moves ...
    b[-2] = a[-2] + 1e-3  # ... and the one before it
    b[150] = a[150] - 1e-3  # and one far away
    a, b = (
        np.vstack([np.roll(r[:-1], -rotate, axis=0), np.roll(r[:-1], -rotate, axis=0)[:1]])
        for r in (a, b)
    )
    from geomap.snapshots.rings import changed_ring_run

    run_a, run_b = changed_ring_run(a, b)
    loops = held_mod._split_loops(run_a, run_b)
    assert len(loops) == 3  # around each moved vertex
    assert max(len(loop) for loop in loops) <= 7

    def s(xy):
        return 0.5 * np.sum(xy[:-1, 0] * xy[1:, 1] - xy[1:, 0] * xy[:-1, 1])

    np.testing.assert_allclose(sum(s(loop) for loop in loops), s(a) - s(b), rtol=1e-9)
    grounds = np.empty(2, dtype=object)
    grounds[:] = [shapely.Polygon(a), shapely.Polygon(b)]
    crs = equal_area_crs(shapely.box(33, 46, 37, 50))
    changes = {}
    got = held_km2(grounds, crs, changes=changes)
    np.testing.assert_allclose(got, area_km2(grounds, crs=crs), rtol=1e-12)
    boxes = changes[1][1]
    assert (boxes[:, 2] - boxes[:, 0]).max() < 0.1  # small boxes, not the whole ground


def test_points_whose_hashes_collide_make_longer_loops_not_wrong_ones(monkeypatch):
    """split_runs looks shared vertices up by a hash: should every hash collide, fewer
    vertices are matched (longer loops), and the loops still add up to S(R) - S(R')."""
    from geomap.snapshots import rings
    from geomap.snapshots.rings import changed_ring_run

    rng = np.random.default_rng(7)
    a = _ring(200, 0.0, 0.0, 1.0, rng)
    b = _moved(a, rng, 15, 0.05)
    run_a, run_b = changed_ring_run(a, b)
    many = held_mod._split_loops(run_a, run_b)
    monkeypatch.setattr(rings, "_hash", lambda pts: np.zeros(len(pts), dtype=np.uint64))
    few = held_mod._split_loops(run_a, run_b)
    assert len(few) < len(many)

    def s(xy):
        return 0.5 * np.sum(xy[:-1, 0] * xy[1:, 1] - xy[1:, 0] * xy[:-1, 1])

    for loops in (many, few):
        np.testing.assert_allclose(sum(s(loop) for loop in loops), s(a) - s(b), rtol=1e-9)


def test_a_vertex_at_negative_zero_matches_its_positive_zero():
    from geomap.snapshots import rings

    a = np.array([complex(-0.0, -0.0), complex(1.5, -0.0), complex(-0.0, 2.0)])
    b = np.array([complex(0.0, 0.0), complex(1.5, 0.0), complex(0.0, 2.0)])
    np.testing.assert_array_equal(rings._hash(a), rings._hash(b))
