"""Tiny named geometries shared by the tests, in EPSG:4326 (longitude, latitude).

Import them as ``from common import ...`` (``tests/`` is put on ``sys.path`` by
pytest) and parametrize over the groups at the bottom.
"""

from shapely import (
    GeometryCollection,
    LineString,
    MultiPoint,
    MultiPolygon,
    Point,
    Polygon,
    box,
)

#: The header of an ``events.csv`` as geomap writes it (drafts, imports, the sin15 fixture).
EVENTS_HEADER = (
    "date,place,geometry,to_actor,from_actor,confidence,claimed_area_km2,source,source_url,note"
)

# --- empty -------------------------------------------------------------------------------------
empty_point = Point()
empty_line_string = LineString()
empty_polygon = Polygon()
empty_multi_polygon = MultiPolygon()
empty_geometry_collection = GeometryCollection()

# --- valid, near Palmyra (Syrian desert) -------------------------------------------------------
point = Point(38.28, 34.56)
multi_point = MultiPoint([(38.28, 34.56), (38.5, 34.6)])
line_string = LineString([(38.0, 34.0), (39.0, 35.0)])
#: About 1 km² (0.009° of latitude by 0.0109° of longitude at 34.5°N).
cell_1km2 = box(38.28, 34.56, 38.28 + 0.010905, 34.56 + 0.009017)
#: A lon/lat rectangle 10° of latitude tall (25°N to 35°N) and 5° wide.
rectangle_10deg_lat = box(36.0, 25.0, 41.0, 35.0)
#: 10° of latitude with a long slanted edge (straight in lon/lat, not a geodesic).
trapezoid_10deg_lat = Polygon([(36.0, 25.0), (41.0, 25.0), (43.0, 35.0), (36.0, 35.0)])
#: A long straight "desert border" (a 5° diagonal), where edge readings differ.
diagonal_triangle = Polygon([(38.0, 32.0), (43.0, 32.0), (43.0, 37.0)])
#: 1° square with a 0.5° square hole (hole clockwise, exterior counter-clockwise).
polygon_with_hole = Polygon(
    [(38.0, 34.0), (39.0, 34.0), (39.0, 35.0), (38.0, 35.0)],
    [[(38.25, 34.25), (38.25, 34.75), (38.75, 34.75), (38.75, 34.25)]],
)
#: Same, but the hole has the exterior's orientation (shapely does not enforce orientation).
polygon_with_same_oriented_hole = Polygon(
    [(38.0, 34.0), (39.0, 34.0), (39.0, 35.0), (38.0, 35.0)],
    [[(38.25, 34.25), (38.75, 34.25), (38.75, 34.75), (38.25, 34.75)]],
)
#: Two parts with opposite ring orientations.
multi_polygon = MultiPolygon(
    [
        Polygon([(36.0, 33.0), (37.0, 33.0), (37.0, 34.0), (36.0, 34.0)]),
        Polygon([(40.0, 35.0), (40.0, 36.5), (41.5, 36.5), (41.5, 35.0)]),
    ]
)
#: A repeated vertex (zero-length edges); same area as the 1° square at 38–39°E, 34–35°N.
duplicate_points_polygon = Polygon(
    [(38.0, 34.0), (38.0, 34.0), (39.0, 34.0), (39.0, 35.0), (39.0, 35.0), (38.0, 35.0)]
)

# --- antimeridian (Fiji-like, 16–17°S) ---------------------------------------------------------
#: One ring running 179°E → 179°W: crosses the antimeridian, 2° wide (not 358°).
antimeridian_polygon = Polygon([(179.0, -17.0), (-179.0, -17.0), (-179.0, -16.0), (179.0, -16.0)])
#: The same area split at ±180° into two parts, as Natural Earth stores Fiji.
antimeridian_multi_polygon = MultiPolygon(
    [box(179.0, -17.0, 180.0, -16.0), box(-180.0, -17.0, -179.0, -16.0)]
)
#: The same shape shifted to straddle the prime meridian (a reference without wrapping).
antimeridian_reference = box(-1.0, -17.0, 1.0, -16.0)

# --- invalid -----------------------------------------------------------------------------------
#: Self-intersecting ring with unequal lobes (1/3 and 4/3 square degrees, opposite orientation).
bowtie = Polygon([(38.0, 34.0), (40.0, 36.0), (40.0, 34.0), (38.0, 35.0)])

# --- mixed -------------------------------------------------------------------------------------
collection_with_polygon = GeometryCollection([point, line_string, polygon_with_hole])

# --- groups for parametrize --------------------------------------------------------------------
empty_geometries = (
    empty_point,
    empty_line_string,
    empty_polygon,
    empty_multi_polygon,
    empty_geometry_collection,
)
non_polygonal_geometries = (point, multi_point, line_string)
