"""Small synthetic snapshot series, written as GeoJSON files into a folder.

Everything sits near 30–31°E, 50–51°N.  Each builder returns the folder and
documents the breakages it holds, so tests can assert on exact dates and
features.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry import mapping

RED = "#a52714"
BLUE = "#0f9d58"
RED_NAME = "Окуповано\u00a0/// Occupied /// geoJSON.status.occupied\n"
BLUE_NAME = "Звільнено /// Liberated /// geoJSON.status.dismissed_at {{at:25.03}}"
AOI = (29.0, 49.0, 32.0, 52.0)
START = dt.date(2024, 1, 1)

FILL_RULE = {"by": "fill", "map": {"#A52714": "red", BLUE: "blue"}}
KEY_RULE = {
    "by": "name-key",
    "match": "prefix",
    "map": {"geoJSON.status.occupied": "red", "geoJSON.status.dismissed": "blue"},
}


def feature(geom: Any, **props: Any) -> dict:
    """A GeoJSON Feature from a shapely geometry or a raw geometry dict."""
    g = geom if isinstance(geom, dict) or geom is None else mapping(geom)
    return {"type": "Feature", "properties": props, "geometry": g}


def with_z(geom: shapely.Geometry) -> dict:
    """GeoJSON of a polygon with a third coordinate (0) on every vertex."""
    g = json.loads(shapely.to_geojson(geom))

    def lift(c):
        if isinstance(c[0], int | float):
            return [c[0], c[1], 0]
        return [lift(x) for x in c]

    g["coordinates"] = lift(g["coordinates"])
    return g


def write(folder: Path, name: str, features: list[dict], **extra: Any) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(
        json.dumps({"type": "FeatureCollection", **extra, "features": features}), encoding="utf-8"
    )
    return path


def bow_tie(x: float, y: float, d: float = 0.02) -> dict:
    """An invalid self-crossing ring (two triangles meeting at the centre)."""
    ring = [[x, y], [x + d, y + d], [x + d, y], [x, y + d], [x, y]]
    return {"type": "Polygon", "coordinates": [ring]}


def red_main(day: int, extra: float = 0.0) -> shapely.Geometry:
    """Red's main polygon on day ``day`` (1-based): grows east a little each day, with a hole."""
    width = 0.5 + sum(0.005 + 0.004 * ((k * 7) % 5) / 4 for k in range(1, day)) + extra
    return shapely.Polygon(
        shapely.box(30.0, 50.0, 30.0 + width, 50.5).exterior.coords,
        [shapely.box(30.1, 50.1, 30.15, 50.15).exterior.coords[::-1]],
    )


def kitchen_sink(folder: Path) -> Path:
    """One date (2024-01-01) holding every feature shape the loader must handle.

    Features (index: what):
    0  red Polygon with a hole (fill in upper case), 3-D coordinates
    1  red MultiPolygon of two boxes
    2  red GeometryCollection: a polygon and a point
    3  red box overlapping feature 0 (same actor)
    4  blue Polygon (name carries NBSP / trailing newline variants)
    5  a Point marker (not territory)
    6  an unmatched fill (#123456)
    7  a feature without geometry
    8  a LineString
    """
    main = red_main(1)
    feats = [
        feature(with_z(main), fill="#A52714", name=RED_NAME),
        feature(
            shapely.MultiPolygon(
                [shapely.box(30.0, 50.6, 30.1, 50.7), shapely.box(30.2, 50.6, 30.3, 50.7)]
            ),
            fill=RED,
            name=RED_NAME,
        ),
        feature(
            {
                "type": "GeometryCollection",
                "geometries": [
                    mapping(shapely.box(30.0, 50.8, 30.1, 50.9)),
                    {"type": "Point", "coordinates": [30.05, 50.85]},
                ],
            },
            fill=RED,
            name=RED_NAME,
        ),
        feature(shapely.box(30.4, 50.4, 30.6, 50.55), fill=RED, name=RED_NAME),
        feature(shapely.box(30.7, 50.0, 31.0, 50.5), fill=BLUE, name=BLUE_NAME),
        feature(shapely.Point(30.2, 50.2), name="Бригада"),
        feature(
            shapely.box(31.2, 50.0, 31.3, 50.1), fill="#123456", name="x /// y /// geoJSON.other"
        ),
        feature(None, fill=RED),
        feature(shapely.LineString([(30, 50), (31, 51)]), fill=RED),
    ]
    write(folder, "snap_2024-01-01.geojson", feats)
    return folder


def expected_red_day1() -> shapely.Geometry:
    """The union the kitchen sink's red features must dissolve to."""
    return shapely.union_all(
        [
            red_main(1),
            shapely.box(30.0, 50.6, 30.1, 50.7),
            shapely.box(30.2, 50.6, 30.3, 50.7),
            shapely.box(30.0, 50.8, 30.1, 50.9),
            shapely.box(30.4, 50.4, 30.6, 50.55),
        ]
    )


def daily_series(folder: Path, *, with_breakages: bool = True) -> Path:
    """Twelve days, 2024-01-01..12, of a red front that grows a little every day.

    Blue holds a fixed box.  With ``with_breakages``:

    * 2024-01-03 has two files (``snap_2024-01-03.geojson`` and
      ``snap_2024-01-03_b.geojson``, the latter 0.002° wider): a duplicate date;
    * 2024-01-04 holds an extra invalid bow-tie red feature (index 1);
    * 2024-01-06 is missing;
    * 2024-01-09: red holds an extra 0.5°×0.5° box (index 1) that is gone on 01-10 (a spike);
    * from 2024-01-08 on, blue holds a second 0.5°×0.4° box (index 3: a step);
    * 2024-01-11: red holds a stray box in the Arabian Sea (64°E 14°N), feature 1.

    Feature order in each file: red features, a Point marker, blue features.
    """
    for day in range(1, 13):
        date = START + dt.timedelta(days=day - 1)
        if with_breakages and day == 6:
            continue
        red = [feature(red_main(day), fill=RED, name=RED_NAME)]
        blue = [feature(shapely.box(30.7, 50.6, 31.0, 51.0), fill=BLUE, name=BLUE_NAME)]
        if with_breakages:
            if day == 4:
                red.append(feature(bow_tie(30.9, 50.0), fill=RED, name=RED_NAME))
            if day == 9:
                red.append(feature(shapely.box(30.0, 51.1, 30.5, 51.6), fill=RED, name=RED_NAME))
            if day >= 8:
                blue.append(feature(shapely.box(31.2, 50.0, 31.7, 50.4), fill=BLUE, name=BLUE_NAME))
            if day == 11:
                red.append(feature(shapely.box(64.0, 14.0, 64.2, 14.2), fill=RED, name=RED_NAME))
        feats = [*red, feature(shapely.Point(30.3, 50.3), name="marker"), *blue]
        write(folder, f"snap_{date.isoformat()}.geojson", feats)
        if with_breakages and day == 3:
            feats_b = [feature(red_main(day, extra=0.002), fill=RED, name=RED_NAME), *feats[1:]]
            write(folder, f"snap_{date.isoformat()}_b.geojson", feats_b)
    return folder


PATTERN = "snap_{date:%Y-%m-%d}*.geojson"
