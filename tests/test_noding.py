"""Local noding (issue 15): the same coverage as noding every boundary together."""

import numpy as np
import pytest
import shapely
from common import antimeridian_multi_polygon

from geomap import territory
from geomap.areas import area_km2
from geomap.crs import equal_area_crs
from geomap.territory import tessellate
from geomap.theatre.core import _face_area

BOX = shapely.box(37.0, 33.5, 39.0, 35.0)
HOLED = shapely.Polygon(
    BOX.exterior.coords, [[(37.8, 34.0), (38.3, 34.0), (38.3, 34.4), (37.8, 34.4)]]
)


def _theatre(kind: str, seed: int) -> tuple[shapely.Geometry, np.ndarray, np.ndarray, dict]:
    """An area of interest, places (some outside, one duplicate) and tessellate's options."""
    rng = np.random.default_rng(seed)
    aoi = antimeridian_multi_polygon if kind == "antimeridian" else HOLED if kind == "hole" else BOX
    w, s, e, n = (
        (179.0, -17.0, 181.0, -16.0) if kind == "antimeridian" else (37.0, 33.5, 39.0, 35.0)
    )
    count = {"sparse": 60, "dense": 300}.get(kind, 150)
    lon = rng.uniform(w - 0.1, e + 0.1, count)
    lat = rng.uniform(s - 0.1, n + 0.1, count)
    lon = np.where(lon > 180.0, lon - 360.0, lon)  # stored as files store them: ±180
    lon[1], lat[1] = lon[0], lat[0]  # two places at one point: one cell
    kw: dict = {"radius_km": {"sparse": 6.0, "dense": 60.0}.get(kind, 12.0)}
    if kind == "dense":  # a large drawn area: the cells wholly inside it are not cut
        kw["drawn"] = [shapely.box(37.3, 33.7, 38.6, 34.8), shapely.box(38.7, 34.7, 38.8, 34.8)]
    if kind == "everything":
        x, y = lon[2], lat[2]
        kw["extents"] = {
            2: shapely.box(x - 0.03, y - 0.02, x + 0.03, y + 0.02),
            5: shapely.box(36.9, 34.0, 37.1, 34.1),  # over the AOI's edge
        }
        kw["drawn"] = [
            shapely.box(37.4, 33.9, 37.7, 34.15),
            shapely.box(38.5, 34.5, 39.2, 34.7),  # over the AOI's edge
            shapely.Point(38.0, 34.8).buffer(0.05),
        ]
        kw["barriers"] = [
            shapely.LineString([(37.05, 33.6), (37.9, 34.3), (38.9, 34.9)]),  # a river
            shapely.Point(38.4, 33.8).buffer(0.06),  # a lake
        ]
        own = np.full(count, np.nan)
        own[::7] = 3.0
        kw["own_radius_km"] = own
    return aoi, lon, lat, kw


def _by_holder(tess, crs, n: int) -> tuple[np.ndarray, np.ndarray]:
    """km² of each place's faces (first: unassigned), and of each drawn area's."""
    a = area_km2(tess.faces, crs=crs)
    return np.bincount(tess.face_place + 1, a, minlength=n + 1), np.array(
        [a[f].sum() for f in tess.drawn_faces]
    )


CASES = [
    ("sparse", 1),
    ("dense", 2),
    ("hole", 3),
    ("everything", 4),
    ("everything", 5),
    ("antimeridian", 6),
]


@pytest.mark.parametrize(("kind", "seed"), CASES, ids=[f"{k}-{s}" for k, s in CASES])
def test_local_noding_gives_the_global_coverage(kind, seed):
    aoi, lon, lat, kw = _theatre(kind, seed)
    crs = equal_area_crs(aoi)
    old = tessellate(aoi, lon, lat, crs=crs, noding="global", **kw)
    new = tessellate(aoi, lon, lat, crs=crs, noding="local", **kw)
    # a valid coverage: no overlaps, neighbours share every vertex ...
    assert shapely.coverage_is_valid(new.faces)
    assert shapely.is_empty(shapely.coverage_invalid_edges(new.faces)).all()
    # ... with no gaps: the faces add up to the area of interest
    aoi_km2 = float(area_km2([aoi], crs=crs)[0])
    assert area_km2(new.faces, crs=crs).sum() == pytest.approx(aoi_km2, rel=1e-6)
    assert len(new.faces) == len(old.faces)
    # the same land for every place, the unassigned and every drawn area
    held_old, drawn_old = _by_holder(old, crs, len(lon))
    held_new, drawn_new = _by_holder(new, crs, len(lon))
    np.testing.assert_allclose(held_new, held_old, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(drawn_new, drawn_old, rtol=1e-9, atol=1e-12)
    assert [len(f) for f in new.place_faces] == [len(f) for f in old.place_faces]
    assert [len(f) for f in new.drawn_faces] == [len(f) for f in old.drawn_faces]


def test_untouched_cells_pass_through_without_global_noding(monkeypatch):
    aoi, lon, lat, kw = _theatre("dense", 2)
    crs = equal_area_crs(aoi)
    noded: list[int] = []
    real = territory._Cells.near_cut

    def spy(cells):
        out = real(cells)
        noded.append(int(out.sum()))
        return out

    def no_global(*args, **kwargs):
        raise AssertionError("local noding fell back to global noding")

    monkeypatch.setattr(territory._Cells, "near_cut", spy)
    monkeypatch.setattr(territory, "_faces_global", no_global)
    tess = tessellate(aoi, lon, lat, crs=crs, **kw)
    assert shapely.coverage_is_valid(tess.faces)
    assert 0 < noded[0] < len(lon) // 2  # the cells along the edges, not the inner ones
    # (a drawn area over half the area: its inner cells too are kept as they are)


def test_a_mismatch_at_the_kept_cells_outline_is_found():
    kept = np.array([shapely.box(1, 1, 2, 2), shapely.box(2, 1, 3, 2)])
    outer = shapely.box(0, 0, 4, 3).exterior.coords
    hole = [(1, 1), (2, 1), (3, 1), (3, 2), (2, 2), (1, 2)]
    assert not territory._unmatched(kept, np.array([shapely.Polygon(outer, [hole])])).any()
    # snap-rounding gave the noded face one more vertex on the second cell's edge
    bent = shapely.Polygon(outer, [hole[:3] + [(3, 1.5)] + hole[3:]])
    assert territory._unmatched(kept, np.array([bent])).tolist() == [False, True]
    # or left out a vertex the kept cells share
    straight = shapely.Polygon(outer, [[(1, 1), (3, 1), (3, 2), (2, 2), (1, 2)]])
    assert territory._unmatched(kept, np.array([straight])).tolist() == [True, True]


def test_an_outline_that_never_matches_falls_back_to_global_noding(monkeypatch):
    aoi, lon, lat, kw = _theatre("everything", 4)
    crs = equal_area_crs(aoi)
    old = tessellate(aoi, lon, lat, crs=crs, noding="global", **kw)
    monkeypatch.setattr(territory, "_unmatched", lambda kept, faces: np.ones(len(kept), bool))
    new = tessellate(aoi, lon, lat, crs=crs, **kw)
    assert shapely.coverage_is_valid(new.faces)
    np.testing.assert_allclose(
        _by_holder(new, crs, len(lon))[0], _by_holder(old, crs, len(lon))[0], rtol=1e-12
    )


def test_densified_shared_edges_are_identical_both_ways_round():
    a = shapely.Polygon([(0, 0), (12_345.6, 3.3), (0, 9_876.5)])
    b = shapely.Polygon([(12_345.6, 3.3), (0, 0), (4_000.0, -7_000.0)])  # the edge reversed
    da, db = territory._densify(np.array([a, b]), 1000.0)
    assert shapely.coverage_is_valid(np.array([da, db]))
    shared = {tuple(p) for p in shapely.get_coordinates(da).tolist()} & {
        tuple(p) for p in shapely.get_coordinates(db).tolist()
    }
    assert len(shared) == 2 + 12  # both ends and the 12 points between (12.3 km / 1 km)
    assert shapely.area(da) == pytest.approx(shapely.area(a), rel=1e-12)


def test_noding_must_be_named():
    with pytest.raises(ValueError, match="noding must be 'local' or 'global'"):
        tessellate(
            BOX,
            np.array([38.0]),
            np.array([34.0]),
            radius_km=5.0,
            crs=equal_area_crs(BOX),
            noding="fast",
        )


def test_kept_cells_are_rounded_to_the_grid_as_geos_rounds_them():
    """``_on_grid`` (numpy) gives ``set_precision(..., mode="pointwise")``'s coordinates bit for
    bit, ties (exact half centimetres, positive and negative) included."""
    rng = np.random.default_rng(3)
    x0 = rng.uniform(-2e6, 2e6, 300)
    y0 = rng.uniform(-2e6, 2e6, 300)
    polys = [
        shapely.box(x, y, x + 3000.123456, y + 2500.987654) for x, y in zip(x0, y0, strict=True)
    ]
    ties = [
        shapely.Polygon([(0.005, 0.005), (10.125, -0.015), (-10.005, 20.135), (0.005, 0.005)]),
        shapely.Polygon([(-1234.565, 50.255), (-1200.515, 50.255), (-1200.515, 80.005)]),
    ]
    geoms = np.array(polys + ties, dtype=object)
    ours = territory._on_grid(geoms)
    geos = shapely.set_precision(geoms, territory._GRID_M, mode="pointwise")
    assert shapely.to_wkb(ours).tolist() == shapely.to_wkb(geos).tolist()
    assert shapely.get_coordinates(geoms).tolist() != shapely.get_coordinates(ours).tolist()


def test_ragged_coordinates_match_shapely():
    """``_ragged`` reads polygons as ``to_ragged_array`` does, holes or none."""
    plain = np.array([shapely.box(0, 0, 1, 1), shapely.box(2, 0, 3, 2).exterior.buffer(0)])
    for polys in (plain, np.array([HOLED, BOX], dtype=object)):
        xy, (ring_off, poly_off) = territory._ragged(polys)
        _, xy2, (ring_off2, poly_off2) = shapely.to_ragged_array(polys)
        assert xy.tolist() == xy2.tolist()
        assert ring_off.tolist() == ring_off2.tolist()
        assert poly_off.tolist() == poly_off2.tolist()


@pytest.mark.parametrize("on_grid", [True, False])
def test_point_ids_are_the_equal_points(on_grid, monkeypatch):
    """``_point_ids`` numbers equal points alike and unequal ones apart, on the grid (one integer
    per point, hashed) or off it (a sort of the coordinates); -0.0 is 0.0."""
    hashed = []
    factorize = territory.pd.factorize
    monkeypatch.setattr(territory.pd, "factorize", lambda v: hashed.append(1) or factorize(v))
    rng = np.random.default_rng(5)
    xy = rng.integers(-300, 300, (400, 2)) * territory._GRID_M + 1.5e6
    xy = territory._grid_round(xy) if on_grid else xy + 1e-7
    xy = np.vstack([xy, xy[::3], -xy[:2], [[0.0, 0.0], [-0.0, 0.0], [0.0, -0.0]]])
    ids, n = territory._point_ids(xy)
    assert bool(hashed) == on_grid
    _, ref = np.unique(xy + 0.0, axis=0, return_inverse=True)
    ref = ref.reshape(-1)
    assert n == len(set(ref.tolist())) == len(set(ids.tolist()))
    assert len(set(zip(ids.tolist(), ref.tolist(), strict=True))) == n


@pytest.mark.parametrize("shift", [0.0, 1e-7])  # on the noding grid, and off it
def test_unmatched_finds_the_kept_outline_edges_no_face_carries(shift):
    kept = np.array([shapely.box(0, 0, 1, 1), shapely.box(1, 0, 2, 1), shapely.box(5, 5, 6, 6)])
    kept = shapely.transform(kept, lambda c: c + shift)
    # the faces carry the outline of the first two (drawn the other way round, from another
    # start) but not the shared edge, which is no outline edge; the third is lost
    faces = np.array([shapely.Polygon([(2, 1), (1, 1), (0, 1), (0, 0), (1, 0), (2, 0)]).reverse()])
    faces = shapely.transform(faces, lambda c: c + shift)
    assert territory._unmatched(kept, faces).tolist() == [False, False, True]
    cut = shapely.transform(np.array([shapely.box(0, 0, 2, 0.5)]), lambda c: c + shift)
    assert territory._unmatched(kept, cut).tolist() == [True, True, True]
    assert territory._unmatched(kept[:0], faces).tolist() == []


def test_of_places_at_one_point_only_the_first_owns_a_cell():
    # at 9 decimals: -0.0 is 0.0, 1e-10° apart is one point, 1e-8° apart is two
    lon = np.array([38.0, 38.5, 38.0, 38.0000000001, 0.0, -0.0, 38.2, 38.20000001])
    lat = np.array([34.0, 34.5, 34.0, 34.0, 0.0, 0.0, 34.2, 34.2])
    inside = np.ones(len(lon), bool)
    owns = territory._owning(None, None, lon, lat, inside)
    assert owns.tolist() == [True, True, False, False, True, False, True, True]
    tess = tessellate(BOX, lon[[1, 0, 2]], lat[[1, 0, 2]], radius_km=30.0, crs=equal_area_crs(BOX))
    assert [len(f) > 0 for f in tess.place_faces] == [True, True, False]


@pytest.mark.parametrize(("kind", "seed"), CASES, ids=[f"{k}-{s}" for k, s in CASES])
def test_faces_keep_the_coordinates_they_were_built_from(kind, seed):
    aoi, lon, lat, kw = _theatre(kind, seed)
    crs = equal_area_crs(aoi)
    tess = tessellate(aoi, lon, lat, crs=crs, **kw)
    r = tess.ragged
    assert r is not None  # local noding: faces densified on their way to lon/lat
    _, xy, (ring_off, poly_off) = shapely.to_ragged_array(tess.faces)
    assert xy.tobytes() == r.xy.tobytes()
    assert np.array_equal(ring_off, r.ring_off) and np.array_equal(poly_off, r.poly_off)
    # the theatre measures them from there: area_km2's figures, bit for bit, and lets them go
    want = area_km2(tess.faces, crs=crs)
    assert _face_area(tess).tobytes() == want.tobytes()
    assert tess.ragged is None
    assert _face_area(tess).tobytes() == want.tobytes()  # without them: read back
    # global noding keeps none (its faces were densified before polygonize)
    assert tessellate(aoi, lon, lat, crs=crs, noding="global", **kw).ragged is None


def test_shared_points_are_unprojected_once_with_the_same_bits(monkeypatch):
    aoi, lon, lat, kw = _theatre("everything", 4)
    crs = equal_area_crs(aoi)
    sizes = []
    real = territory.inverse_xy

    def counting(c):
        inverse = real(c)

        def counted(x, y):
            sizes.append(len(x))
            return inverse(x, y)

        return counted

    new = tessellate(aoi, lon, lat, crs=crs, **kw)
    monkeypatch.setattr(territory, "inverse_xy", counting)
    monkeypatch.setattr(territory, "distinct_points", lambda xy: (np.arange(len(xy)),) * 2)
    every = tessellate(aoi, lon, lat, crs=crs, **kw)  # each row unprojected, shared or not
    assert shapely.to_wkb(new.faces).tolist() == shapely.to_wkb(every.faces).tolist()
    monkeypatch.undo()
    monkeypatch.setattr(territory, "inverse_xy", counting)
    tessellate(aoi, lon, lat, crs=crs, **kw)
    assert sizes[1] < sizes[0] / 2  # neighbours share most points
