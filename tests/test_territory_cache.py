"""The cached derivations behind control(date): saved holdings and block unions."""

import numpy as np
import pytest
import shapely

from geomap.crs import equal_area_crs
from geomap.territory import FaceLog, FaceUnions, Tessellation, replay, tessellate

AOI_BOX = shapely.box(37.0, 33.5, 39.0, 35.0)


def _naive_owners(log: FaceLog, n: int) -> np.ndarray:
    owner = log.initial.copy()
    for f, a in zip(log.face[:n], log.new[:n], strict=True):
        owner[f] = a
    return owner


@pytest.mark.parametrize("changes", [0, 1, 2047, 2048, 2049, 9000])
def test_owners_at_from_saved_holdings_equals_a_replay(changes):
    rng = np.random.default_rng(changes)
    faces = 300
    day = np.sort(rng.integers(0, 500, changes)).astype(np.int64)
    log = FaceLog(
        initial=rng.integers(-1, 4, faces).astype(np.int32),
        seq=np.arange(changes, dtype=np.int64),
        day=day,
        face=rng.integers(0, faces, changes).astype(np.int64),
        old=np.zeros(changes, np.int32),
        new=rng.integers(-1, 4, changes).astype(np.int32),
    )
    for d in [-1, 0, 7, 250, 499, 1000]:
        n = int(np.searchsorted(day, d, side="right"))
        np.testing.assert_array_equal(log.owners_at(d), _naive_owners(log, n))
    np.testing.assert_array_equal(log.owners_at(None), _naive_owners(log, changes))
    assert log.owners_at(None) is not log.initial  # a fresh array, safe to change


@pytest.fixture(scope="module")
def faces():
    rng = np.random.default_rng(1)
    lon, lat = rng.uniform(37.0, 39.0, 120), rng.uniform(33.5, 35.0, 120)
    tess = tessellate(AOI_BOX, lon, lat, radius_km=15.0, crs=equal_area_crs(AOI_BOX))
    return tess.faces


@pytest.mark.parametrize("block", [3, 1000])
def test_block_unions_equal_the_direct_union(faces, block):
    rng = np.random.default_rng(block)
    # small: evictions happen; blocks only (traced outlines are tested below)
    unions = FaceUnions(faces, block=block, max_coords=5_000, trace=False)
    holder = rng.integers(0, 3, len(faces))
    for _ in range(5):  # a front moving: a few faces change each time, then a big jump
        holder[rng.integers(0, len(faces), 6)] = rng.integers(0, 3, 6)
        for k in range(3):
            mask = holder == k
            got = unions.union(mask)
            want = shapely.coverage_union_all(faces[mask])
            assert got.is_valid
            assert shapely.area(got) == pytest.approx(shapely.area(want), rel=1e-12)
            assert shapely.symmetric_difference(got, want).area < 1e-12 * shapely.area(want)
    assert unions.union(np.zeros(len(faces), bool)).is_empty
    assert unions._coords <= 5_000 or len(unions._cache) == 1


def _loop_replay(tess, initial, events):
    """The event-by-event replay the vectorised one must match."""
    owner = initial.copy()
    rows = []
    for seq, day, place, drawn, to in events:
        faces = tess.place_faces[place] if place >= 0 else tess.drawn_faces[drawn]
        for f in faces:
            if owner[f] != to:
                rows.append((seq, day, f, owner[f], to))
                owner[f] = to
    return rows


@pytest.mark.parametrize("seed", range(4))
def test_vectorised_replay_equals_the_event_loop(seed):
    rng = np.random.default_rng(seed)
    n_faces, n_places = 60, 20
    face_place = rng.integers(-1, n_places, n_faces)
    place_faces = [np.flatnonzero(face_place == p) for p in range(n_places)]
    drawn_faces = [
        np.sort(rng.choice(n_faces, rng.integers(0, 15), replace=False)) for _ in range(3)
    ]
    tess = Tessellation(
        faces=np.empty(n_faces, dtype=object),
        face_place=face_place,
        place_faces=place_faces,
        drawn_faces=drawn_faces,
        crs=None,
        radius_km=1.0,
    )
    holder = rng.integers(-1, 3, n_places).astype(np.int32)
    n_ev = 80
    drawn = rng.random(n_ev) < 0.2
    events = [
        (
            i,
            i // 3,
            -1 if drawn[i] else int(rng.integers(0, n_places)),
            int(rng.integers(0, 3)) if drawn[i] else -1,
            int(rng.integers(-1, 3)),
        )
        for i in range(n_ev)
    ]
    log = replay(
        tess,
        initial_place_holder=holder,
        event_seq=np.array([e[0] for e in events]),
        event_day=np.array([e[1] for e in events]),
        event_place=np.array([e[2] for e in events]),
        event_drawn=np.array([e[3] for e in events]),
        event_to=np.array([e[4] for e in events], dtype=np.int32),
    )
    got = list(
        zip(*(a.tolist() for a in (log.seq, log.day, log.face, log.old, log.new)), strict=True)
    )
    assert got == _loop_replay(tess, log.initial, events)
    assert len(got) > 0


def _same_union(got, faces):
    want = shapely.coverage_union_all(faces)
    assert got.is_valid, shapely.is_valid_reason(got)
    assert got.geom_type == want.geom_type
    assert shapely.area(got) == pytest.approx(shapely.area(want), rel=1e-9)
    assert shapely.equals(got, want)


@pytest.mark.parametrize("seed", range(3))
def test_traced_outlines_equal_the_direct_union(faces, seed):
    rng = np.random.default_rng(seed)
    unions = FaceUnions(faces)
    holder = rng.integers(-1, 3, len(faces))
    for _ in range(4):  # fronts moving, and each holder as one mask
        holder[rng.integers(0, len(faces), 10)] = rng.integers(-1, 3, 10)
        got = unions.unions(holder, [-1, 0, 1, 2, 7])
        for k in (-1, 0, 1, 2):
            _same_union(got[k], faces[holder == k])
        assert got[7].is_empty
        _same_union(unions.union(holder == 1), faces[holder == 1])
    assert unions.counts["traced"] > 0


def _grid(n: int) -> np.ndarray:
    return np.array([shapely.box(x, y, x + 1, y + 1) for y in range(n) for x in range(n)])


def test_outlines_with_holes_and_islands_are_traced():
    cells = _grid(5)
    xy = np.array([(i % 5, i // 5) for i in range(25)])
    ring = (xy.min(axis=1) == 0) | (xy.max(axis=1) == 4)  # a frame: one hole
    island = ring | ((xy[:, 0] == 2) & (xy[:, 1] == 2))  # the frame and a cell in its hole
    unions = FaceUnions(cells)
    for mask in (ring, island, ~ring, np.ones(25, bool)):
        _same_union(unions.union(mask), cells[mask])
    assert unions.counts == {"traced": 4, "blocks": 0}


def test_nested_frames_of_several_holders_are_traced_in_one_pass():
    # frames inside frames: holder 0 the outer frame (cut in two by holder 2's cells: a
    # MultiPolygon) and the third; holder 1 the second frame and the centre cell
    cells = _grid(7)
    xy = np.array([(i % 7, i // 7) for i in range(49)])
    depth = np.minimum(xy.min(axis=1), 6 - xy.max(axis=1))  # 0 outer frame ... 3 centre
    holder = np.where(depth % 2 == 0, 0, 1)
    holder[[3, 45]] = 2  # the middle cells of the top and bottom rows
    unions = FaceUnions(cells)
    got = unions.unions(holder, [0, 1, 2])
    for k in (0, 1, 2):
        _same_union(got[k], cells[holder == k])
    assert unions.counts == {"traced": 3, "blocks": 0}


def test_an_outline_touching_itself_is_left_to_the_blocks():
    cells = _grid(4)
    checker = np.array([(i % 4 + i // 4) % 2 == 0 for i in range(16)])  # corners touch
    unions = FaceUnions(cells)
    got = unions.unions(checker.astype(int), [0, 1])
    for k in (0, 1):
        _same_union(got[k], cells[checker == k])
    assert unions.counts == {"traced": 0, "blocks": 2}


def test_faces_not_meeting_vertex_for_vertex_are_left_to_the_blocks():
    # the right cell's left edge has a vertex the left cell's right edge lacks
    left = shapely.box(0, 0, 1, 1)
    right = shapely.Polygon([(1, 0), (2, 0), (2, 1), (1, 1), (1, 0.5)])
    unions = FaceUnions(np.array([left, right]))
    assert unions._edges.outlines(np.ones(2, int), [1]) == {1: None}  # not traced
    with pytest.raises(shapely.errors.GEOSException):  # as before outlines: not a coverage
        unions.union(np.ones(2, bool))
    assert unions.counts == {"traced": 0, "blocks": 1}
    assert shapely.area(unions.union(np.array([True, False]))) == pytest.approx(1.0)


@pytest.mark.parametrize("name", ["tiny", "three"])
def test_control_equals_the_direct_union_on_every_event_day(data_dir, name):
    import geomap
    from geomap.areas import area_km2

    th = geomap.load_theatre(data_dir / name, cache=False)
    faces = th._engine.tess.faces
    for day in [None, *th.event_days()]:
        owner = th._owners(day)
        got = th.control(day) if day is not None else None
        for k, geom in th._unions.unions(owner, sorted(set(owner.tolist()))).items():
            want = shapely.coverage_union_all(faces[owner == k])
            assert shapely.area(geom) == pytest.approx(shapely.area(want), rel=1e-9)
            assert area_km2([geom], crs=th.crs)[0] == pytest.approx(
                area_km2([want], crs=th.crs)[0], rel=1e-9
            )
        if got is not None:
            assert got["geometry"].is_valid.all()
            assert got["area_km2"].sum() == pytest.approx(th._engine.face_area.sum(), rel=1e-9)
    assert th._unions.counts["traced"] > 0
