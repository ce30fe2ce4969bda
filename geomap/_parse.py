"""Small value parsers shared by the input readers.

Each returns ``(value, None)`` on success and ``(None, message)`` on failure,
where the message says what is wrong with the value as the user wrote it.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re

import shapely
from shapely.geometry import shape

__all__ = [
    "parse_day",
    "parse_when",
    "parse_float",
    "parse_geometry",
    "HEX_COLOR",
    "DATE_HINT",
    "JSON_TOO_DEEP",
]

DATE_HINT = "write dates as YYYY-MM-DD (ISO 8601), e.g. 2017-05-27, or 2017-05-27T14:00"
HEX_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
_ISO = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?(Z|[+-]\d{2}:?\d{2})?)?$"
)


def parse_when(text: str) -> tuple[dt.datetime | None, str | None]:
    """Parse an ISO 8601 day or datetime; aware datetimes are converted to UTC, naive."""
    value = text.strip()
    if not value:
        return None, "missing date"
    m = _ISO.match(value)
    if not m:
        return None, f"{value!r} is not an ISO 8601 date"
    y, mo, d = int(m[1]), int(m[2]), int(m[3])
    if not 1 <= mo <= 12:
        return None, f"{value!r}: month {mo} is not in 1..12"
    try:
        day = dt.date(y, mo, d)
    except ValueError:
        return None, f"{value!r}: day {d} does not exist in {y}-{mo:02d}"
    if m[4] is None:
        return dt.datetime(day.year, day.month, day.day), None
    try:
        when = dt.datetime.fromisoformat(value.replace(" ", "T").replace("Z", "+00:00"))
    except ValueError as exc:
        return None, f"{value!r}: {exc}"
    if when.tzinfo is not None:
        when = when.astimezone(dt.UTC).replace(tzinfo=None)
    return when, None


def parse_day(text: str) -> tuple[dt.date | None, str | None]:
    """Parse an ISO 8601 day (a datetime is refused: a day is expected)."""
    when, err = parse_when(text)
    if err:
        return None, err
    if len(text.strip()) > 10:
        return None, f"{text.strip()!r} has a time; a day (YYYY-MM-DD) is expected here"
    return when.date(), None


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


def lonlat_problem(geom: shapely.Geometry) -> str | None:
    """Say why coordinates are not longitude/latitude degrees, if they are not."""
    minx, miny, maxx, maxy = geom.bounds
    if minx < -180 or maxx > 180 or miny < -90 or maxy > 90:
        return (
            f"coordinates out of longitude/latitude range (bounds {minx:.6g}, {miny:.6g}, "
            f"{maxx:.6g}, {maxy:.6g}): they look projected (e.g. metres in EPSG:3857)"
        )
    return None
