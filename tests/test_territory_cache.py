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
    unions = FaceUnions(faces, block=block, max_coords=5_000)  # small: evictions happen
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
