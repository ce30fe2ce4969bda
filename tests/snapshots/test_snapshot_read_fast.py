"""The GEOS path for GeoJSON FeatureCollections gives what GDAL gives, or declines."""

from __future__ import annotations

import json

import pyogrio
import pytest
import shapely

from geomap.snapshots.read import read_geojson_geometries, read_raw

SQUARE = {"type": "Polygon", "coordinates": [[[30, 50], [31, 50], [31, 51], [30, 51], [30, 50]]]}
HOLED = {
    "type": "Polygon",
    "coordinates": [
        [[30, 50], [32, 50], [32, 52], [30, 52], [30, 50]],
        [[30.5, 50.5], [30.5, 51.5], [31.5, 51.5], [31.5, 50.5], [30.5, 50.5]],
    ],
}
MULTI = {
    "type": "MultiPolygon",
    "coordinates": [SQUARE["coordinates"], [[[33, 50], [34, 50], [34, 51], [33, 50]]]],
}
WITH_Z = {"type": "Polygon", "coordinates": [[[30, 50, 0], [31, 50, 0], [31, 51, 0], [30, 50, 0]]]}
COLLECTION = {
    "type": "GeometryCollection",
    "geometries": [SQUARE, {"type": "Point", "coordinates": [30.1, 50.2]}],
}
LINE = {"type": "LineString", "coordinates": [[30, 50], [31.123456789012345, 50.987654321]]}
CRS84 = {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}}


def _fc(*geoms, head=None, **extra):
    doc = {"type": "FeatureCollection", **(head or {})}
    doc["features"] = [{"type": "Feature", "properties": {"x": 1}, "geometry": g} for g in geoms]
    doc.update(extra)
    return doc


@pytest.mark.parametrize(
    "doc",
    [
        _fc(SQUARE),
        _fc(SQUARE, HOLED, MULTI, WITH_Z, COLLECTION, LINE),
        _fc(MULTI, head={"name": "x", "crs": CRS84}),
        _fc(SQUARE, head={"name": 'a "features": [ in a name'}),
    ],
    ids=["one", "every-shape", "crs84-header", "odd-name"],
)
@pytest.mark.parametrize("indent", [None, 1])
def test_same_geometries_as_gdal(tmp_path, doc, indent):
    path = tmp_path / "a.geojson"
    path.write_text(json.dumps(doc, indent=indent), encoding="utf-8")
    fast = read_geojson_geometries(path)
    assert fast is not None
    meta, _fids, wkb, _fields = pyogrio.raw.read(path, columns=[])
    assert fast.crs == meta["crs"]
    assert shapely.to_wkb(fast.geoms).tolist() == list(wkb)
    via_read_raw = read_raw(path, [])[0]
    assert shapely.to_wkb(via_read_raw.geoms).tolist() == list(wkb)


@pytest.mark.parametrize(
    "text",
    [
        json.dumps(_fc(SQUARE, None)),  # a null geometry
        json.dumps(_fc()),  # no feature
        json.dumps(
            _fc(SQUARE, head={"crs": {"type": "name", "properties": {"name": "EPSG:3857"}}})
        ),
        json.dumps(_fc(SQUARE, crs=CRS84)),  # a "crs" after the features
        json.dumps({"features": [], "type": "FeatureCollection"}),  # type not first
        json.dumps({"type": "Feature", "properties": {}, "geometry": SQUARE}),
        json.dumps(_fc({"type": "Polygon", "coordinates": [[[30, 50], [31, 50], [31, 51]]]})),
        "not json",
        '{"type": "FeatureCollection", "features": [',
    ],
    ids=[
        "null-geometry",
        "empty",
        "projected",
        "crs-later",
        "type-later",
        "feature",
        "open-ring",
        "text",
        "truncated",
    ],
)
def test_declines_what_gdal_must_read(tmp_path, text):
    path = tmp_path / "a.geojson"
    path.write_text(text, encoding="utf-8")
    assert read_geojson_geometries(path) is None


def test_columns_go_through_gdal(tmp_path):
    path = tmp_path / "a.geojson"
    path.write_text(json.dumps(_fc(SQUARE)), encoding="utf-8")
    raw, err = read_raw(path, ["x"])
    assert err is None and raw.fields["x"].tolist() == [1]
