"""The equal-area CRS fitted to an area of interest, and projecting to and from it."""

import common
import geopandas as gpd
import numpy as np
import pytest
import shapely
from pyproj import Transformer

from geomap import crs as crs_module
from geomap.areas import area_km2
from geomap.crs import (
    distinct_points,
    equal_area_crs,
    to_degrees,
    to_metres,
    unwrap_longitudes,
)
from geomap.errors import CRSError, GeometryError

SYRIA_BOUNDS = (35.7, 32.3, 42.4, 37.3)


def centre(crs):
    params = {p.name: p.value for p in crs.coordinate_operation.params}
    return params["Longitude of natural origin"], params["Latitude of natural origin"]


# --- equal_area_crs ----------------------------------------------------------------------------


def test_crs_is_laea_on_wgs84_centred_on_the_bounds():
    crs = equal_area_crs(SYRIA_BOUNDS)
    assert crs.srs == (
        "+proj=laea +lat_0=34.8 +lon_0=39.05 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs +type=crs"
    )
    assert crs.coordinate_operation.method_name == "Lambert Azimuthal Equal Area"
    assert crs.axis_info[0].unit_name == "metre"


def test_no_ballpark_datum_step():
    # With only +ellps=WGS84, PROJ adds a "Ballpark geographic offset" from EPSG:4326.
    transformer = Transformer.from_crs("EPSG:4326", equal_area_crs(SYRIA_BOUNDS), always_xy=True)
    assert "allpark" not in transformer.description


@pytest.mark.parametrize(
    "aoi",
    [
        pytest.param(shapely.box(*SYRIA_BOUNDS), id="geometry"),
        pytest.param(
            [shapely.box(35.7, 32.3, 37.0, 33.0), shapely.box(41.0, 36.0, 42.4, 37.3)], id="list"
        ),
        pytest.param(gpd.GeoSeries([shapely.box(*SYRIA_BOUNDS)], crs="EPSG:4326"), id="geoseries"),
        pytest.param(gpd.GeoDataFrame(geometry=[shapely.box(*SYRIA_BOUNDS)], crs=4326), id="frame"),
        pytest.param(np.array(SYRIA_BOUNDS), id="bounds-array"),
    ],
)
def test_crs_from_geometries(aoi):
    assert centre(equal_area_crs(aoi)) == pytest.approx((39.05, 34.8))


@pytest.mark.parametrize(
    "aoi, lon_0",
    [
        pytest.param((179.0, -17.0, -179.0, -16.0), 180.0, id="rfc7946-bounds"),
        pytest.param(common.antimeridian_polygon, 180.0, id="ring-179-to-minus-179"),
        pytest.param(common.antimeridian_multi_polygon, 180.0, id="split-at-180"),
        # 38.28°E to 180°: 141.72° the direct way, 218.28° across the antimeridian.
        pytest.param([shapely.box(177.0, -17.0, 180.0, -16.0), common.point], 109.14, id="wide"),
        # 100°E to -100°: 160° across the antimeridian.
        pytest.param(
            [shapely.Point(100.0, 0.0), shapely.Point(-100.0, 0.0)], 180.0, id="wide-across"
        ),
    ],
)
def test_crs_across_the_antimeridian(aoi, lon_0):
    got = centre(equal_area_crs(aoi))[0]
    assert abs((got - lon_0 + 180.0) % 360.0 - 180.0) < 1e-9


def test_crs_of_empty_aoi_is_refused():
    with pytest.raises(GeometryError, match="empty area of interest"):
        equal_area_crs(shapely.Polygon())
    with pytest.raises(GeometryError, match="empty area of interest"):
        equal_area_crs([None, shapely.MultiPolygon()])


def test_crs_of_geoseries_in_another_crs_is_refused():
    series = gpd.GeoSeries([shapely.box(*SYRIA_BOUNDS)], crs="EPSG:4326").to_crs("EPSG:3857")
    with pytest.raises(CRSError, match=r"EPSG:4326 \(WGS 84\), got EPSG:3857"):
        equal_area_crs(series)


@pytest.mark.parametrize(
    "aoi", [(0.0, 0.0, 1.0, 100.0), shapely.box(3_900_000.0, 3_800_000.0, 4_000_000.0, 3_900_000.0)]
)
def test_crs_of_non_degrees_is_refused(aoi):
    with pytest.raises(CRSError, match="not EPSG:4326 longitude/latitude"):
        equal_area_crs(aoi)


# --- to_metres / to_degrees --------------------------------------------------------------------


def test_to_metres_is_vectorised_and_keeps_shape_and_missing():
    crs = equal_area_crs(SYRIA_BOUNDS)
    geoms = [common.cell_1km2, None, common.empty_polygon, common.point, common.multi_polygon]
    out = to_metres(geoms, crs)
    assert isinstance(out, np.ndarray) and out.shape == (5,)
    assert out[1] is None and out[2].is_empty
    assert shapely.get_type_id(out).tolist() == shapely.get_type_id(geoms).tolist()
    assert isinstance(to_metres(common.point, crs), shapely.Point)


def test_round_trip_is_exact_to_a_millimetre():
    crs = equal_area_crs(SYRIA_BOUNDS)
    geoms = np.array([common.polygon_with_hole, common.multi_polygon, common.line_string])
    back = to_degrees(to_metres(geoms, crs), crs)
    assert shapely.equals_exact(back, geoms, tolerance=1e-7).all()


def test_round_trip_across_the_antimeridian_stays_continuous():
    crs = equal_area_crs(common.antimeridian_polygon)
    back = to_degrees(to_metres(common.antimeridian_polygon, crs, densify_deg=0.1), crs)
    assert back.is_valid
    assert back.bounds == pytest.approx((179.0, -17.0, 181.0, -16.0), abs=1e-7)


def test_to_metres_densifies_lonlat_edges():
    crs = equal_area_crs(SYRIA_BOUNDS)
    sparse = to_metres(common.diagonal_triangle, crs)
    dense = to_metres(common.diagonal_triangle, crs, densify_deg=0.01)
    assert shapely.get_num_coordinates(sparse) == 4
    assert shapely.get_num_coordinates(dense) > 1000
    assert dense.area / 1e6 == pytest.approx(area_km2(common.diagonal_triangle), rel=1e-9)


def test_densifying_refuses_to_repair_invalid_geometry():
    crs = equal_area_crs(SYRIA_BOUNDS)
    to_metres(common.bowtie, crs)  # projecting alone changes nothing
    with pytest.raises(GeometryError, match=r"geometry 1 is invalid \(Self-intersection"):
        to_metres([common.cell_1km2, common.bowtie], crs, densify_deg=0.01)


def test_to_degrees_densify_keeps_cells_built_in_metres():
    crs = equal_area_crs(SYRIA_BOUNDS)
    square = shapely.box(150_000.0, 100_000.0, 350_000.0, 300_000.0)  # 200 km, off-centre
    planar = square.area / 1e6
    sparse = area_km2(to_degrees(square, crs), crs=crs)
    dense = area_km2(to_degrees(square, crs, densify_m=1000.0), crs=crs)
    assert abs(sparse / planar - 1) > 1e-5  # edges re-read straight in lon/lat move
    assert abs(dense / planar - 1) < 1e-8


def test_ring_spanning_over_180_degrees_is_refused():
    crs = equal_area_crs((-1.0, -17.0, 1.0, -16.0))  # lon_0 = 0
    with pytest.raises(CRSError, match=r"geometry 0 has a ring .* 358\.0° of longitude"):
        to_metres(common.antimeridian_polygon, crs)
    to_metres(common.antimeridian_multi_polygon, crs)  # each part is fine


@pytest.mark.parametrize("crs", ["EPSG:4326", "+proj=laea +datum=WGS84 +units=km +no_defs"])
def test_to_metres_needs_a_projected_crs_in_metres(crs):
    with pytest.raises(CRSError, match="projected CRS in metres"):
        to_metres(common.point, crs)
    with pytest.raises(CRSError, match="projected CRS in metres"):
        to_degrees(common.point, crs)


def test_to_degrees_checks_the_geoseries_crs():
    crs = equal_area_crs(SYRIA_BOUNDS)
    series = gpd.GeoSeries([common.point], crs="EPSG:4326")
    with pytest.raises(CRSError, match=r"to_degrees needs geometries in \+proj=laea"):
        to_degrees(series, crs)
    metres = gpd.GeoSeries(to_metres([common.point], crs), crs=crs)
    assert to_degrees(metres, crs)[0].equals_exact(common.point, tolerance=1e-7)


def test_unwrap_longitudes_leaves_ordinary_data_alone():
    geoms = np.array([common.polygon_with_hole, common.antimeridian_multi_polygon])
    assert shapely.equals_exact(unwrap_longitudes(geoms, 0.0), geoms, tolerance=0).all()
    moved = unwrap_longitudes(common.antimeridian_polygon, 180.0)
    assert moved.bounds == (179.0, -17.0, 181.0, -16.0)


def test_transformer_is_cached():
    a, b = equal_area_crs(SYRIA_BOUNDS), equal_area_crs(shapely.box(*SYRIA_BOUNDS))
    assert crs_module._transformer(a) is crs_module._transformer(b)


def test_distinct_points_number_equal_points_by_their_bits():
    xy = np.array([[1.5, 2.0], [3.0, 4.0], [1.5, 2.0], [-0.0, 2.0], [0.0, 2.0], [3.0, 4.0]])
    ids, first = distinct_points(xy)
    assert ids.tolist() == [0, 1, 0, 2, 3, 1]  # -0.0 is a point of its own: its own bits
    assert first.tolist() == [0, 1, 3, 4]
    assert xy[first][ids].tobytes() == xy.tobytes()
    ids, first = distinct_points(np.zeros((0, 2)))
    assert len(ids) == len(first) == 0


def test_distinct_points_never_join_two_points_whose_bits_mix_alike():
    # two different points made to mix to one number: each row then counts as its own point
    a = np.array([1.0, 2.0]).view(np.uint64)
    x2 = np.array([7.0]).view(np.uint64)
    k = np.uint64(0x9E3779B97F4A7C15)
    y2 = (a[:1] * k) ^ a[1:] ^ (x2 * k)  # arrays: they wrap modulo 2**64 without a warning
    xy = np.vstack([a, np.r_[x2, y2], a]).view(float)
    assert not np.array_equal(xy[0], xy[1])
    ids, first = distinct_points(xy)
    assert ids.tolist() == [0, 1, 2]
    assert xy[first][ids].tobytes() == xy.tobytes()
