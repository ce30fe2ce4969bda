"""Model v2: a per-place reach from local density, and barriers cells do not cross (issue 11)."""

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
import shapely

from geomap import load_theatre
from geomap.areas import area_km2
from geomap.crs import equal_area_crs, to_metres
from geomap.errors import InputError
from geomap.inputs.barriers import read_barriers
from geomap.territory import place_reach_km, tessellate

DATA = Path(__file__).parent / "data"
AOI = shapely.box(30.0, 45.0, 32.0, 46.0)
CRS_ = equal_area_crs(AOI)


def _grid(step_deg=0.1):
    """A dense grid of places in the west half of the AOI, and one isolated place east."""
    xs, ys = np.meshgrid(np.arange(30.05, 30.95, step_deg), np.arange(45.05, 45.95, step_deg))
    lon = np.append(xs.ravel(), 31.7)
    lat = np.append(ys.ravel(), 45.5)
    return lon, lat


def _faces_km2(tess):
    return area_km2(tess.faces, crs=tess.crs)


# ------------------------------------------------------------------ reach
@pytest.mark.parametrize(("factor", "k"), [(1.0, 1), (1.5, 3), (2.0, 6)])
def test_reach_follows_local_density_and_the_cap_is_the_backstop(factor, k):
    lon, lat = _grid()
    reach = place_reach_km(lon, lat, CRS_, neighbours=k, factor=factor, cap_km=40.0)
    # the k-th neighbour distance, measured directly in the same CRS
    xy = shapely.get_coordinates(to_metres(shapely.points(lon, lat), CRS_))
    d = np.sqrt(((xy[:, None, :] - xy[None, :, :]) ** 2).sum(-1)) / 1000.0
    kth = np.sort(d, axis=1)[:, k]  # column 0 is the place itself
    expect = np.minimum(40.0, factor * kth)
    assert reach[:-1] == pytest.approx(expect[:-1], rel=1e-6)  # mm rounding
    # the isolated place: fewer than k places within cap / factor → the global cap
    assert reach[-1] == 40.0


def test_reach_bad_arguments():
    with pytest.raises(ValueError, match="neighbours"):
        place_reach_km([30.0, 30.1], [45.0, 45.0], CRS_, neighbours=0, factor=1.0, cap_km=30)
    with pytest.raises(ValueError, match="positive"):
        place_reach_km([30.0, 30.1], [45.0, 45.0], CRS_, neighbours=1, factor=0, cap_km=30)


def test_reach_shrinks_cells_at_the_edge_of_a_dense_area_and_keeps_a_coverage():
    lon, lat = _grid()
    plain = tessellate(AOI, lon, lat, radius_km=40.0, crs=CRS_)
    reach = place_reach_km(lon, lat, CRS_, neighbours=3, factor=1.5, cap_km=40.0)
    reached = tessellate(AOI, lon, lat, radius_km=40.0, crs=CRS_, own_radius_km=reach)
    aoi_km2 = float(area_km2(AOI, crs=CRS_))
    for tess in (plain, reached):
        assert _faces_km2(tess).sum() == pytest.approx(aoi_km2, rel=1e-6)
    # a place on the grid's east edge (its Voronoi cell runs ~35 km east, to the bisector
    # with the isolated place) claims less; the isolated place keeps its 40 km cap
    edge = 4 * 9 + 8
    assert (lon[edge], lat[edge]) == pytest.approx((30.85, 45.45))
    owned = [_faces_km2(t)[t.place_faces[edge]].sum() for t in (plain, reached)]
    assert owned[1] < 0.6 * owned[0]
    iso = len(lon) - 1
    iso_km2 = [_faces_km2(t)[t.place_faces[iso]].sum() for t in (plain, reached)]
    assert iso_km2[1] == pytest.approx(iso_km2[0], rel=1e-6)
    un = [_faces_km2(t)[t.face_place < 0].sum() for t in (plain, reached)]
    assert un[1] > un[0]


# ------------------------------------------------------------------ barriers
def _two_banks():
    """Two places either side of a north-south river at lon 31; the west one is near it."""
    return np.array([30.95, 31.6]), np.array([45.5, 45.5])


def test_a_line_barrier_stops_a_cell_at_the_river():
    lon, lat = _two_banks()
    river = shapely.LineString([(31.0, 44.0), (31.0, 47.0)])
    plain = tessellate(AOI, lon, lat, radius_km=60.0, crs=CRS_)
    cut = tessellate(AOI, lon, lat, radius_km=60.0, crs=CRS_, barriers=[river])
    west = shapely.union_all(cut.faces[cut.place_faces[0]])
    east = shapely.union_all(cut.faces[cut.place_faces[1]])
    # the Voronoi edge is at lon ~31.275: without the barrier the west cell crosses the river
    assert shapely.union_all(plain.faces[plain.place_faces[0]]).bounds[2] > 31.2
    assert west.bounds[2] <= 31.0 + 1e-6
    assert east.bounds[0] >= 31.0 - 1e-6
    # what the west cell lost east of the river is unassigned, and the faces stay a coverage
    fa = _faces_km2(cut)
    assert fa.sum() == pytest.approx(float(area_km2(AOI, crs=CRS_)), rel=1e-6)
    lost = shapely.intersection(
        shapely.union_all(plain.faces[plain.place_faces[0]]), shapely.box(31, 44, 32, 47)
    )
    assert fa[cut.face_place < 0].sum() - _faces_km2(plain)[plain.face_place < 0].sum() == (
        pytest.approx(float(area_km2(lost, crs=CRS_)), rel=1e-4)
    )


def test_a_line_ending_inside_a_cell_cuts_nothing():
    lon, lat = _two_banks()
    stub = shapely.LineString([(31.0, 45.4), (31.0, 45.6)])  # the cell reaches round it
    plain = tessellate(AOI, lon, lat, radius_km=60.0, crs=CRS_)
    cut = tessellate(AOI, lon, lat, radius_km=60.0, crs=CRS_, barriers=[stub])
    for i in (0, 1):
        a = _faces_km2(plain)[plain.place_faces[i]].sum()
        b = _faces_km2(cut)[cut.place_faces[i]].sum()
        assert b == pytest.approx(a, rel=1e-6)


def test_a_polygon_barrier_belongs_to_no_cell():
    lon, lat = _two_banks()
    lake = shapely.box(31.05, 45.2, 31.3, 45.8)
    cut = tessellate(AOI, lon, lat, radius_km=60.0, crs=CRS_, barriers=[lake])
    fa = _faces_km2(cut)
    owned = shapely.union_all(cut.faces[cut.face_place >= 0])
    lake_km2 = float(area_km2(lake, crs=CRS_))
    assert float(area_km2(shapely.intersection(owned, lake), crs=CRS_)) < 1e-6 * lake_km2
    assert fa[cut.face_place < 0].sum() >= lake_km2 * (1 - 1e-6)
    assert fa.sum() == pytest.approx(float(area_km2(AOI, crs=CRS_)), rel=1e-6)


# ------------------------------------------------------------------ barrier files
def _write(tmp_path, features, crs=None, name="barriers.geojson"):
    fc = {"type": "FeatureCollection", "features": features}
    if crs:
        fc["crs"] = {"type": "name", "properties": {"name": crs}}
    p = tmp_path / name
    p.write_text(json.dumps(fc), encoding="utf-8")
    return p


def _line(coords):
    return {
        "type": "Feature",
        "properties": {},
        "geometry": {"type": "LineString", "coordinates": coords},
    }


def test_barrier_file_reads_lines_and_polygons(tmp_path):
    poly = {
        "type": "Feature",
        "properties": {},
        "geometry": {
            "type": "Polygon",
            "coordinates": [[[31.1, 45.2], [31.3, 45.2], [31.3, 45.4], [31.1, 45.2]]],
        },
    }
    p = _write(tmp_path, [_line([[31, 45], [31, 46]]), poly])
    geoms = read_barriers(p, aoi=AOI)
    assert [g.geom_type for g in geoms] == ["LineString", "Polygon"]


@pytest.mark.parametrize(
    ("features", "crs", "field", "words"),
    [
        ([_line([[31, 45], [31, 46]])], "urn:ogc:def:crs:EPSG::3857", "crs", "EPSG:3857"),
        ([_line([[3450000, 5000000], [3450000, 5100000]])], None, "coordinates", "not degrees"),
        ([_line([[45.5, 31.0], [46.0, 31.0]])], None, "coordinates", "longitude, latitude"),
        (
            [
                {
                    "type": "Feature",
                    "properties": {},
                    "geometry": {"type": "Point", "coordinates": [31, 45]},
                }
            ],
            None,
            "feature 0",
            "not a barrier",
        ),
    ],
    ids=["declared-crs", "projected-coordinates", "lat-lon-swapped", "point"],
)
def test_bad_barrier_files_name_the_file_field_and_fix(tmp_path, features, crs, field, words):
    p = _write(tmp_path, features, crs)
    with pytest.raises(InputError) as exc:
        read_barriers(p, aoi=AOI)
    prob = exc.value.problems[0]
    assert prob.file == str(p) and prob.field == field and words in prob.message + prob.hint
    assert prob.hint


# ------------------------------------------------------------------ in a theatre
def _theatre(tmp_path, lines: str, barrier_features=None):
    folder = tmp_path / "th"
    shutil.copytree(DATA / "tiny", folder)
    toml = (folder / "theatre.toml").read_text(encoding="utf-8")
    toml = toml.replace("cell_radius_km = 25", "cell_radius_km = 25\n" + lines)
    (folder / "theatre.toml").write_text(toml, encoding="utf-8")
    if barrier_features is not None:
        _write(folder, barrier_features)
    return folder


# a north-south line between Palmyra (38.28 E) and Arak (38.57 E)
_LINE = [_line([[38.42, 33.5], [38.42, 35.5]])]


@pytest.mark.parametrize(
    "lines",
    [
        "reach_factor = 0.5\nreach_neighbours = 1",
        'barriers = "barriers.geojson"',
        'reach_factor = 2\nbarriers = "barriers.geojson"\ncontested_band_km = 4',
    ],
    ids=["reach", "barriers", "reach+barriers+band"],
)
def test_theatre_options_keep_the_coverage(tmp_path, lines):
    th = load_theatre(_theatre(tmp_path, lines, _LINE))
    plain = load_theatre(DATA / "tiny")
    aoi_km2 = float(area_km2(th.aoi.geometry.iloc[0], crs=th.crs))
    for day in ("2020-01-01", "2020-01-31"):
        ctl = th.control(day)
        assert ctl["area_km2"].sum() == pytest.approx(aoi_km2, rel=1e-6)
        un = ctl.set_index("actor").loc["", "area_km2"]
        un0 = plain.control(day).set_index("actor").loc["", "area_km2"]
        assert un > un0  # the options only take land from cells
    key = "reach" if "reach" in lines else "barriers"
    assert key in th.assumptions
    if "barriers" in lines:
        cells = th.place_cells().set_index("place")
        assert cells.loc["palmyra"].geometry.bounds[2] <= 38.42 + 1e-6
        assert cells.loc["arak"].geometry.bounds[0] >= 38.42 - 1e-6


@pytest.mark.parametrize(
    ("lines", "field"),
    [
        ("reach_factor = 0", "model.reach_factor"),
        ('reach_factor = "2"', "model.reach_factor"),
        ("reach_neighbours = 0", "model.reach_neighbours"),
        ("reach_neighbours = 2.5", "model.reach_neighbours"),
        ("barriers = 3", "model.barriers"),
        ('barriers = "nothere.geojson"', "model.barriers"),
    ],
)
def test_bad_reach_and_barrier_settings(tmp_path, lines, field):
    with pytest.raises(InputError) as exc:
        load_theatre(_theatre(tmp_path, lines))
    probs = [p for p in exc.value.problems if p.severity == "error"]
    assert probs[0].file.endswith("theatre.toml") and probs[0].field == field
    assert probs[0].hint


def test_barrier_file_in_the_wrong_crs_fails_the_theatre(tmp_path):
    folder = _theatre(tmp_path, 'barriers = "barriers.geojson"')
    _write(folder, _LINE, crs="urn:ogc:def:crs:EPSG::32637")
    with pytest.raises(InputError) as exc:
        load_theatre(folder)
    p = next(p for p in exc.value.problems if p.severity == "error")
    assert p.file.endswith("barriers.geojson") and p.field == "crs" and "EPSG:4326" in p.hint
