"""Small value parsers shared by the input readers.

Each returns ``(value, None)`` on success and ``(None, message)`` on failure,
where the message says what is wrong with the value as the user wrote it.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable

import shapely
from shapely.geometry import shape

from .dates import DATE_HINT, parse_day, parse_when  # the one date policy lives in dates.py
from .errors import ProblemCollector

HEX_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
#: The most vertices one drawn geometry may have (an extent in areas.geojson, a drawn area in
#: events.csv, an [aoi] file's polygons): far more than any hand-drawn or traced outline needs,
#: few enough that cells, areas and maps stay within memory and time.
VERTEX_BUDGET = 250_000

__all__ = [
    "parse_day",
    "parse_when",
    "parse_float",
    "parse_geometry",
    "check_latlon",
    "JSON_TOO_DEEP",
    "vertex_problem",
    "geojson_positions",
    "VERTEX_BUDGET",
    "HEX_COLOR",
    "DATE_HINT",
]


def parse_float(text: str, *, what: str = "number") -> tuple[float | None, str | None]:
    """Parse a finite decimal number (a decimal point, no thousands separators)."""
    value = text.strip()
    if not value:
        return None, f"missing {what}"
    try:
        number = float(value)
    except ValueError:
        hint = " (use a decimal point, not a comma)" if re.fullmatch(r"-?\d+,\d+", value) else ""
        return None, f"{value!r} is not a {what}{hint}"
    if not math.isfinite(number):
        return None, f"{value!r} is not a finite {what}"
    return number, None


#: ``(message, hint)`` of JSON nested deeper than Python's parser goes (a hostile or broken file).
JSON_TOO_DEEP = (
    "JSON nested too deep (thousands of levels of [ or {)",
    "a GeoJSON geometry nests at most 4 levels of arrays: the file is damaged or not GeoJSON",
)


def check_latlon(
    c: ProblemCollector,
    display: str,
    line: int,
    texts: tuple[str, str],
    fields: tuple[str, str] = ("lat", "lon"),
    inside: Callable[[float, float], bool] | None = None,
) -> tuple[float | None, float | None, bool]:
    """``(lat, lon, ok)`` of a row's latitude and longitude cells, every problem reported.

    Both must be decimal degrees in range.  A latitude beyond ±90 suggests
    swapping the two only when the swapped point is a valid position and,
    when ``inside(lat, lon)`` is given (the area of interest), lies inside.

    Examples
    --------
    >>> c = ProblemCollector()
    >>> check_latlon(c, "places.csv", 4, ("91", "34.5"))
    (91.0, 34.5, False)
    >>> print(c.problems[0])
    places.csv:4: lat: latitude 91.0 is out of range -90..90; lat and lon look swapped: swap them
    >>> check_latlon(c, "places.csv", 5, ("91", "134.5"))[2]
    False
    >>> print(c.problems[1])
    places.csv:5: lat: latitude 91.0 is out of range -90..90; give decimal degrees (WGS84)
    """
    lat_f, lon_f = fields
    lat, err_lat = parse_float(texts[0], what="latitude")
    lon, err_lon = parse_float(texts[1], what="longitude")
    ok = True
    for fld, err in ((lat_f, err_lat), (lon_f, err_lon)):
        if err:
            c.add(display, line, fld, err, "give decimal degrees (WGS84), e.g. 34.56")
            ok = False
    if lat is None or lon is None:
        return lat, lon, ok
    if not -90 <= lat <= 90:
        swapped = -90 <= lon <= 90 and -180 <= lat <= 180
        if swapped and inside is not None:
            swapped = inside(lon, lat)
        hint = (
            f"{lat_f} and {lon_f} look swapped: swap them"
            if swapped
            else "give decimal degrees (WGS84)"
        )
        c.add(display, line, lat_f, f"latitude {lat} is out of range -90..90", hint)
        return lat, lon, False
    if not -180 <= lon <= 180:
        c.add(
            display,
            line,
            lon_f,
            f"longitude {lon} is out of range -180..180",
            "give decimal degrees (WGS84)",
        )
        return lat, lon, False
    return lat, lon, ok


def parse_geometry(text: str) -> tuple[shapely.Geometry | None, str | None]:
    """Parse WKT or GeoJSON (a geometry, Feature or one-feature collection)."""
    value = text.strip()
    if not value:
        return None, "missing geometry"
    if value.startswith("{"):
        try:
            obj = json.loads(value)
            if obj.get("type") == "FeatureCollection":
                feats = obj.get("features") or []
                if len(feats) != 1:
                    return None, f"a FeatureCollection with {len(feats)} features; give one polygon"
                obj = feats[0]
            if obj.get("type") == "Feature":
                obj = obj.get("geometry")
            geom = shape(obj)
        except (ValueError, TypeError, AttributeError, KeyError, IndexError) as exc:
            return None, f"not valid GeoJSON ({exc})"
        except RecursionError:
            return None, f"{JSON_TOO_DEEP[0]}; {JSON_TOO_DEEP[1]}"
    else:
        try:
            geom = shapely.from_wkt(value)
        except shapely.errors.ShapelyError as exc:
            return None, f"not valid WKT ({str(exc).splitlines()[0]})"
    if geom is None or geom.is_empty:
        return None, "the geometry is empty"
    if shapely.has_z(geom):
        geom = shapely.force_2d(geom)
    return geom, None


def geojson_positions(coordinates: object) -> int:
    """How many positions a GeoJSON ``coordinates`` array holds (counted without building it).

    >>> geojson_positions([[[0, 0], [1, 0], [1, 1], [0, 0]]])
    4
    """
    n, stack = 0, [coordinates]
    while stack:
        item = stack.pop()
        if not isinstance(item, list | tuple) or not item:
            continue
        first = item[0]
        if isinstance(first, int | float):
            n += 1  # a position
        elif isinstance(first, list | tuple) and first and isinstance(first[0], int | float):
            n += len(item)  # a ring or line of positions
        else:
            stack.extend(item)
    return n


def vertex_problem(geom: shapely.Geometry | dict) -> str | None:
    """Why ``geom`` is too detailed to use (more than :data:`VERTEX_BUDGET` vertices), or None.

    ``geom`` is a shapely geometry or a GeoJSON geometry object (counted
    before it is built, so an outsize one costs no memory).

    >>> vertex_problem(shapely.box(0, 0, 1, 1)) is None
    True
    """
    if isinstance(geom, dict):
        n = geojson_positions(geom.get("coordinates"))
    else:
        n = int(shapely.get_num_coordinates(geom))
    if n <= VERTEX_BUDGET:
        return None
    return (
        f"{n:,} vertices, more than the {VERTEX_BUDGET:,} geomap accepts for one geometry; "
        "simplify it (e.g. QGIS 'Simplify' to about 10 m)"
    )


def lonlat_problem(geom: shapely.Geometry) -> str | None:
    """Say why coordinates are not longitude/latitude degrees, if they are not."""
    minx, miny, maxx, maxy = geom.bounds
    if minx < -180 or maxx > 180 or miny < -90 or maxy > 90:
        return (
            f"coordinates out of longitude/latitude range (bounds {minx:.6g}, {miny:.6g}, "
            f"{maxx:.6g}, {maxy:.6g}): they look projected (e.g. metres in EPSG:3857)"
        )
    return None
